// Tests for speaker shapes of British and wire reports: a post between an
// organisation and the name ("said Acme chief executive Jo Reyes"), labels
// ("- Harbour boss Jo Reyes: ..."), and quotes whose paragraph breaks were
// lost ("... the end. "Then ..."). The finder runs without entity mentions
// (its own name scan) unless a case gives them. Only speakers are checked,
// so the cases hold however the quote marks are paired.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"
#include "extract/quotes/quote_testing.h"

namespace dossier {
namespace {

using SpeakerShapesTest = QuoteSpeakerTest;

TEST_F(SpeakerShapesTest, PostBetweenOrganisationAndName) {
  ExpectSpeakers({
      {"Sales fell. \"The winter was hard for everyone,\" said Norvik chief executive "
       "Jo Reyes.",
       "winter was hard", "Jo Reyes"},
      {"\"We expect a better spring,\" said Harbour FC doctor Ana Brandt.", "better spring",
       "Ana Brandt"},
      {"\"Demand will recover,\" said Kestrel Bank economist Tom Ashby.", "Demand will",
       "Tom Ashby"},
      {"\"Costs are falling,\" said Norvik president and chief executive Jo Reyes.", "Costs are",
       "Jo Reyes"},
      {"\"The deal is done,\" wrote Norvik's finance director Lena Holt.", "deal is done",
       "Lena Holt"},
      // A place after a preposition is no name of a person.
      {"\"We will stay,\" said Jo Reyes in Leeds.", "We will stay", "Jo Reyes"},
      {"\"The assets are pledged,\" said Kiev-based US lawyer Jo Reyes.", "assets are pledged",
       "Jo Reyes"},
  });
}

TEST_F(SpeakerShapesTest, PostBetweenOrganisationMentionAndName) {
  std::string text = "\"Orders are up again,\" said Norvik analyst Tom Ashby.";
  EntityMention org;
  org.start = text.find("Norvik");
  org.end = org.start + 6;
  org.type = EntityType::kOrganization;
  org.canonical = "Norvik";
  EXPECT_EQ(SpeakerOf(text, "Orders are", {org}), "Tom Ashby");
}

// "said Brelian President Jo Reyes": the group or place before a person's
// office is not the speaker; the person whose role the office ends is.
TEST_F(SpeakerShapesTest, GroupBeforeTitledPerson) {
  std::string text = "\"The border stays open,\" said Brelian President Jo Reyes.";
  EntityMention group;
  group.start = text.find("Brelian");
  group.end = group.start + 7;
  group.type = EntityType::kGroup;
  group.canonical = "Brelian";
  EntityMention person;
  person.start = text.find("Jo Reyes");
  person.end = person.start + 8;
  person.type = EntityType::kPerson;
  person.canonical = "Jo Reyes";
  person.role = "President";
  EXPECT_EQ(SpeakerOf(text, "border stays", {group, person}), "Jo Reyes");
  // Without the role from the entity layer, the capitalised title between
  // the group and the name still makes the person the speaker.
  person.role.clear();
  EXPECT_EQ(SpeakerOf(text, "border stays", {group, person}), "Jo Reyes");
}

// "Sgt. Jo Reyes of the Harbour Police said": the person before "of" speaks,
// not the organisation or place after it.
TEST_F(SpeakerShapesTest, PersonBeforeOf) {
  ExpectSpeakers({
      {"\"The road stays shut,\" Sgt. Mira Kolbe of the Dunmore Police Department said.",
       "road stays", "Mira Kolbe"},
      {"\"Nobody saw a thing,\" Capt. Ivo Brandt of Harlow County told reporters.", "Nobody saw",
       "Ivo Brandt"},
  });
  std::string text = "\"We heard shots,\" Tessa Marlow of Greyfield said.";
  EntityMention person;
  person.start = text.find("Tessa Marlow");
  person.end = person.start + 12;
  person.type = EntityType::kPerson;
  person.canonical = "Tessa Marlow";
  EXPECT_EQ(SpeakerOf(text, "heard shots", {person}), "Tessa Marlow");
}

// The full stops inside initials ("U.S.", "L.A.") do not cut a description.
TEST_F(SpeakerShapesTest, InitialsInsideDescription) {
  ExpectSpeakers({
      {"\"The talks are over,\" said one U.S. official.", "talks are", "one U.S. official"},
      {"\"The talks are over,\" one U.S. official said.", "talks are", "one U.S. official"},
      {"\"Nobody was hurt,\" according to the N.Y. Courier.", "Nobody was", "the N.Y. Courier"},
  });
}

// A state between commas after a city is part of the place in a
// description ("the Dunmore, Ohio, maker"), not the speaker.
TEST_F(SpeakerShapesTest, StateAfterCityInDescription) {
  ExpectSpeakers({
      {"\"Orders doubled in March,\" said the Dunmore, Ohio, maker of valves.", "Orders doubled",
       "the Dunmore, Ohio, maker of valves"},
      {"\"We will rebuild,\" the Harlow, Ky., company said.", "will rebuild",
       "the Harlow, Ky., company"},
  });
}

// "said Norvik spokeswoman, Lena Holt": the name in apposition to a post
// after an organisation speaks; "according to Dunmore Assistant Police
// Chief Ivo Brandt": the place before a person's office does not.
TEST_F(SpeakerShapesTest, PersonAfterPlaceOrOrganisationPost) {
  ExpectSpeakers({
      {"\"The fare stays,\" said Norvik spokeswoman, Lena Holt.", "fare stays", "Lena Holt"},
      {"\"We have no suspect,\" according to Harlow Deputy Fire Chief Tessa Marlow.", "no suspect",
       "Tessa Marlow"},
      {"According to Dunmore Assistant Police Chief Ivo Brandt, the gunman \"fired at "
       "random.\"",
       "fired at", "Ivo Brandt"},
  });
}

// "Secretary of the Navy Jo Reyes", "Harbour Chief of Staff Jo Reyes": the
// person named after an office and the organisation it is "of" speaks, not
// the office.
TEST_F(SpeakerShapesTest, PersonAfterOfficeOfOrganisation) {
  ExpectSpeakers({
      {"\"It was chaos out there,\" said Harlow Chief of Staff Maria Ortiz.", "chaos out",
       "Maria Ortiz"},
      {"Secretary of the Navy Paul Greer: \"We should wait for the report.\"", "should wait",
       "Paul Greer"},
      {"Assistant Secretary of the Army for Logistics Tessa Marlow defended the plan, saying, "
       "\"This was never a tender.\"",
       "never a tender", "Tessa Marlow"},
      // A word that opens the clause and no "of": the colon ends no label.
      {"But told Harbour News: \"We have drawn a line under that.\"", "drawn a line", ""},
  });
}

TEST_F(SpeakerShapesTest, LabelsBeforeTheQuote) {
  ExpectSpeakers({
      {"The match ended level.\n\n- Harbour boss Jo Reyes: \"We deserved more than a "
       "draw today.\"",
       "deserved more", "Jo Reyes"},
      {"The match ended level.\n\n- Harbour boss Jo Reyes \"We deserved more than a draw "
       "today.\"",
       "deserved more", "Jo Reyes"},
  });
}

TEST_F(SpeakerShapesTest, ParagraphsRunTogether) {
  // Each paragraph of the quote opens with a mark and only the last closes,
  // with the line breaks lost: every part is the coach's.
  std::string text =
      "The coach had a hard week. \"It is a big game and we have one session. We must "
      "manage it. \"If five players are picked they should move the date,\" Tom Ashby told "
      "the radio. \"They want him for the country and we want him for the club. \"There is "
      "a conflict. \"We will see.\"";
  for (const char* words : {"It is a big game", "They want him", "There is a conflict"}) {
    std::string got = SpeakerOf(text, words);
    EXPECT_TRUE(got == "Tom Ashby" || got == "?") << words << ": " << got;
  }
  EXPECT_EQ(SpeakerOf(text, "It is a big game"), "Tom Ashby");
  // A name at the start of a reopened paragraph is quoted, not a speaker.
  std::string own =
      "Reyes said: \"I am glad we won the case. \"Morrow was given everything he asked for.\"";
  EXPECT_EQ(SpeakerOf(own, "glad we won"), "Reyes");
}

TEST_F(SpeakerShapesTest, NextSentenceIsNoAttribution) {
  // After a full stop inside the marks, the next sentence's subject is not
  // the speaker; the verb before the colon is.
  ExpectSpeakers({
      {"But Ana Brandt said in a statement: \"I never had that talk with him.\" Tom Ashby "
       "later added there was no truth in the report.",
       "never had that talk", "Ana Brandt"},
      {"\"How can anyone be happy about this?\" Brandt said.", "How can anyone", "Brandt"},
  });
}

TEST_F(SpeakerShapesTest, QuoteAfterASentenceReportingTheSpeaker) {
  ExpectSpeakers({
      {"The port reopened on Monday. Ana Brandt said the repairs had cost far more than "
       "planned. \"We will need another loan before the summer is out.\"",
       "another loan", "Ana Brandt"},
      // A narration sentence with no speech verb gives no speaker.
      {"The port reopened on Monday. The repairs had cost far more than planned. \"We will "
       "need another loan before the summer is out.\"",
       "another loan", ""},
  });
}

TEST_F(SpeakerShapesTest, QuotedAsSaying) {
  ExpectSpeakers({
      {"\"The deal is not likely this year,\" the agency quoted one trader as saying.",
       "deal is not likely", "one trader"},
      {"The agency quoted Tom Ashby as saying: \"We will appeal against the ruling.\"",
       "will appeal", "Tom Ashby"},
  });
}

TEST_F(SpeakerShapesTest, DescriptionsStandForTheNamedPerson) {
  // A definite description of a post or an age names the person the text
  // gave before, through the entity layer's role or the nearest subject.
  std::string text =
      "Harbour boss Tom Ashby praised his side. \"We were brave today,\" said the Harbour "
      "boss.";
  EntityMention ashby;
  ashby.start = text.find("Tom Ashby");
  ashby.end = ashby.start + 9;
  ashby.type = EntityType::kPerson;
  ashby.canonical = "Tom Ashby";
  ashby.role = "Harbour boss";
  EXPECT_EQ(SpeakerOf(text, "brave today", {ashby}), "Tom Ashby");
  std::string age =
      "Ana Brandt won the race in Leeds. \"It was a good way to end the year,\" the "
      "24-year-old told reporters.";
  EntityMention brandt;
  brandt.start = 0;
  brandt.end = 10;
  brandt.type = EntityType::kPerson;
  brandt.canonical = "Ana Brandt";
  EXPECT_EQ(SpeakerOf(age, "good way", {brandt}), "Ana Brandt");
  // With no one named before, the description stays.
  EXPECT_EQ(SpeakerOf("\"It was a good way to end the year,\" the 24-year-old told reporters.",
                      "good way"),
            "the 24-year-old");
}

// "the archbishop", "the agent", "the judge": an office stands for the
// person named before; for an office of class `office`, only when the text
// names that person with the word ("Judge Ana Ruiz"), not for the nearest
// person (the judge's defendant).
TEST_F(SpeakerShapesTest, OfficesStandForThePersonNamedWithThem) {
  auto person = [](const std::string& text, const std::string& name) {
    EntityMention m;
    m.start = text.find(name);
    m.end = m.start + name.size();
    m.type = EntityType::kPerson;
    m.canonical = name;
    return m;
  };
  std::string cleric =
      "Archbishop Desmond Lowe welcomed the release of the four men. The archbishop added: "
      "\"We are grateful, but what about the others?\"";
  EXPECT_EQ(SpeakerOf(cleric, "We are grateful", {person(cleric, "Desmond Lowe")}), "Desmond Lowe");
  std::string judge =
      "Judge Ana Ruiz heard the case on Monday. \"There will be no bail,\" the judge said.";
  EXPECT_EQ(SpeakerOf(judge, "no bail", {person(judge, "Ana Ruiz")}), "Ana Ruiz");
  std::string defendant =
      "Tom Ashby, 17, hid his face in court on Monday. \"There will be no bail,\" the judge "
      "said.";
  EXPECT_EQ(SpeakerOf(defendant, "no bail", {person(defendant, "Tom Ashby")}), "the judge");
}

// A described speaker ends before the verb of its clause ("the region
// faced", "the firm closed"), and a possessive may open it ("Norvik's
// economy minister").
TEST_F(SpeakerShapesTest, DescriptionsEndBeforeTheirVerb) {
  ExpectSpeakers({
      {"Meanwhile, Norvik's economy minister has said the region faced \"deep trouble\" "
       "unless others helped.",
       "deep trouble", "Norvik's economy minister"},
      {"A Treasury spokeswoman dismissed the latest claims, saying it was \"on track to meet "
       "its rules\".",
       "on track", "A Treasury spokeswoman"},
      {"One of Reyes's neighbours said she was \"shocked to the core\" by the news.", "shocked to",
       "one of Reyes's neighbours"},
  });
}

TEST_F(SpeakerShapesTest, RelativeClauseSpeaker) {
  ExpectSpeakers({
      {"One critic was the writer Lena Holt, who said the show was \"tired and far too long\".",
       "tired and far", "Lena Holt"},
  });
}

TEST_F(SpeakerShapesTest, PartialQuoteBeforeItsAttribution) {
  ExpectSpeakers({
      {"The firms have three months to respond and the process \"may take some time\", the "
       "spokesman said.",
       "may take some time", "the spokesman"},
      {"Tom Ashby said the plan was \"a waste of money\", adding that he would vote against it.",
       "a waste of money", "Tom Ashby"},
  });
}

}  // namespace
}  // namespace dossier
