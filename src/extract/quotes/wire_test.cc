// Tests for speaker shapes common in wire copy: a title or post between an
// organisation or place and the name ("said U.S. Deputy Ambassador Jo
// Reyes", "said Norvik Inc. CEO Jo Reyes"), a description whose
// organisation a comma closes before the name ("said the chief strategist
// for Norvik Bank, Jo Reyes"), and the quote after "said Capt. Jo Reyes,
// commander of ...". The finder runs without entity mentions
// (its own name scan). Only speakers are checked.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "extract/quotes/quote_testing.h"

namespace dossier {
namespace {

using WireShapesTest = QuoteSpeakerTest;

TEST_F(WireShapesTest, TitleBetweenOrganisationAndName) {
  ExpectSpeakers({
      {"``The vote shows we are not alone,'' said the U.S. Deputy Ambassador Lena Holt.",
       "vote shows", "Lena Holt"},
      {"\"Prices will hold,\" said Norvik Inc. CEO Jo Reyes.", "Prices will", "Jo Reyes"},
      {"\"The port is open,\" said U.S. President Ana Brandt.", "port is open", "Ana Brandt"},
      {"\"We never gave up,\" said the Rev. Tom Ashby.", "never gave", "Tom Ashby"},
      {"\"We have a lead,\" said Kestrel police Capt. Lena Holt.", "have a lead", "Lena Holt"},
  });
}

// A phrase quoted in the sentence right after a quote whose speaker is
// named after it carries on that speaker, unless a name before a "that"
// may own the words.
TEST_F(WireShapesTest, PhraseInTheSentenceAfterAnAttributedQuote) {
  ExpectSpeakers({
      {"``The harbour will reopen,'' said Jo Reyes, head of the port board. The ferry firms "
       "are ``asking for more than the port can give them this year.''",
       "asking for more", "Jo Reyes"},
      {"``We never planned for this,'' Lena Holt said. The old pier ``will not last another "
       "winter without repairs.''",
       "not last another", "Lena Holt"},
      {"``We never planned for this,'' Lena Holt said. Norvik maintains that the pier "
       "``will not last another winter without repairs.''",
       "not last another", ""},
  });
}

// A quote that opens its sentence and runs on into the writer's words is
// attributed by the end of that sentence.
TEST_F(WireShapesTest, QuoteRunningOnIntoASentenceEndingInItsAttribution) {
  ExpectSpeakers({
      {"Talks resumed on Monday. ``It is high time'' the ferry came back to the island, said "
       "Jo Reyes, a councillor.",
       "high time", "Jo Reyes"},
      {"Talks resumed on Monday. ``Dozens of people have been heard'' and the inquiry will "
       "take months, Lena Holt said.",
       "Dozens of people", "Lena Holt"},
  });
}

// Paragraphs escaped with tripled marks: the stray marks before a quote
// are no words, so the next paragraph continues the quote before it.
TEST_F(WireShapesTest, ParagraphsEscapedWithTripledMarks) {
  ExpectSpeakers({
      {"\"\"\"We keep the books in the cellar,\"\" says Jo Reyes.\"\n\"\"\"We have to carry "
       "them at night, when the streets are quiet.\"\"\"\n",
       "carry them", "Jo Reyes"},
  });
}

// "Saying “...”, X did ...": the subject of the main clause speaks.
TEST_F(WireShapesTest, SpeechParticipleOpeningTheSentence) {
  ExpectSpeakers({
      {"Talks resumed. Saying ``nothing is settled yet'' about the ferry, Jo Reyes asked the "
       "council to wait.",
       "nothing is settled", "Jo Reyes"},
  });
}

TEST_F(WireShapesTest, NameAfterADescriptionAndItsOrganisation) {
  ExpectSpeakers({
      {"\"Buyers are tired,\" said the chief strategist for Kestrel Bank, Jo Reyes.", "Buyers are",
       "Jo Reyes"},
      {"\"The rigs are safe,\" said a spokeswoman at Norvik Oil, Ana Brandt.", "rigs are safe",
       "Ana Brandt"},
      {"\"Sales will slow,\" said chief economist at Kestrel Bank, Tom Ashby.", "Sales will",
       "Tom Ashby"},
  });
}

TEST_F(WireShapesTest, NameAfterATokenizedPossessive) {
  // Tokenized text splits the possessive off ("the firm 's"): the name
  // after the post the possessive opens still speaks.
  ExpectSpeakers({
      {"Norvik posted a profit . `` Our results show real progress , '' said the firm 's chief "
       "executive officer , Jo Reyes .",
       "results show", "Jo Reyes"},
      {"\"The yard is full,\" said the port 's harbour master, Lena Holt.", "yard is full",
       "Lena Holt"},
  });
}

TEST_F(WireShapesTest, PersonEndingAnOrganisationAfterAPost) {
  // "<post> at <Organisation> <Name> said:" with no comma between the
  // organisation and the person: the name after the organisation's cue word.
  ExpectSpeakers({
      {"Shares fell. Chief investment officer at Kestrel Capital Group Tom Ashby said: \"The "
       "machines took over.\"",
       "machines took", "Tom Ashby"},
      {"Senior analyst at Norvik Bank Ana Brandt said: \"Nobody saw it coming.\"", "Nobody saw",
       "Ana Brandt"},
  });
}

TEST_F(WireShapesTest, NextQuoteAfterAnAbbreviatedTitle) {
  // The full stops of "Capt." and "Lt." end no sentence: the next quote
  // still follows its speaker's own attribution.
  ExpectSpeakers({
      {"\"The crew is ready,\" said Capt. Lena Holt, commander of the Osprey. \"We sail "
       "at dawn and we will be back by Friday.\"",
       "We sail at dawn", "Lena Holt"},
      {"\"We found the car,\" said Lt. Jo Reyes of the county police. \"It was empty "
       "and the engine was still warm.\"",
       "It was empty", "Jo Reyes"},
  });
}

TEST_F(WireShapesTest, PersonBeforeAnUnclosedPost) {
  // "X, commander of Y said": the comma that would close the post is left
  // out; the person before it still speaks, not the organisation.
  ExpectSpeakers({
      {"Gen. Lena Holt, commander of U.S. Harbour Command said, \"We held the line.\"",
       "held the line", "Lena Holt"},
      {"Jo Reyes, chief executive of Norvik Freight said: \"Orders doubled in May.\"",
       "Orders doubled", "Jo Reyes"},
  });
}

TEST_F(WireShapesTest, SubjectAfterAnOpeningPhraseAndMoreVerbs) {
  ExpectSpeakers({
      {"Last Friday, Jo Reyes went on the radio, saying that the board \"was asleep at the "
       "wheel\" all year.",
       "asleep at the", "Jo Reyes"},
      {"\"We are rolling out the first ship,\" enthused Lena Holt, head of the yard.",
       "rolling out", "Lena Holt"},
  });
}

// A person mention with the role the entity layer gives it.
std::vector<EntityMention> Person(const std::string& text, const std::string& name,
                                  const std::string& role) {
  EntityMention m;
  m.start = text.find(name);
  m.end = m.start + name.size();
  m.type = EntityType::kPerson;
  m.canonical = name;
  m.role = role;
  return {m};
}

TEST_F(WireShapesTest, OfficeStandsForThePersonNamedBefore) {
  std::string text =
      "Governor Lena Holt toured the levee on Monday. \"We will rebuild every home,\" the "
      "governor said.";
  EXPECT_EQ(SpeakerOf(text, "rebuild every", Person(text, "Lena Holt", "Governor")), "Lena Holt");
  text =
      "Senator Jo Reyes voted against the bill. \"It does nothing for the ports,\" the "
      "senator said.";
  EXPECT_EQ(SpeakerOf(text, "nothing for", Person(text, "Jo Reyes", "Senator")), "Jo Reyes");
}

// An organisation mention of the words `name` in text.
std::vector<EntityMention> Organisation(const std::string& text, const std::string& name) {
  std::vector<EntityMention> out = Person(text, name, "");
  out[0].type = EntityType::kOrganization;
  return out;
}

TEST_F(WireShapesTest, DocumentStandsForItsIssuer) {
  std::string text =
      "Norvik Freight, which runs the port, said in a statement that the cranes were idle. "
      "\"We are searching for a new site,\" the statement said.";
  EXPECT_EQ(SpeakerOf(text, "new site", Organisation(text, "Norvik Freight")), "Norvik Freight");
  text =
      "A man was hurt, according to a news release from the Harbour Police. He was hit when "
      "\"a gun went off while being cleaned by another,\" according to the release.";
  EXPECT_EQ(SpeakerOf(text, "a gun went off", Organisation(text, "Harbour Police")),
            "Harbour Police");
  text =
      "In a statement, the Kestrel Trust said it was saddened. \"We are shocked by the loss of "
      "a friend,\" the statement said.";
  EXPECT_EQ(SpeakerOf(text, "shocked by", Organisation(text, "Kestrel Trust")), "Kestrel Trust");
  // No earlier "a statement" names anyone: the description stays.
  text = "Police found a car. \"The driver fled on foot and is at large,\" the statement said.";
  EXPECT_EQ(SpeakerOf(text, "fled on foot"), "the statement");
}

}  // namespace
}  // namespace dossier
