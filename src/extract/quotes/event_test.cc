// Tests for quote shapes of local event reports (shootings, fires, crashes):
// a short quote inside a sentence that ends in its attribution ("... was in
// “stable” condition, police said."), officers named with a rank
// abbreviation, names followed by a party tag, attributions with no verb,
// and words that never speak (places, captions). Sentences are our own; the
// finder runs without entity mentions (its own name scan) unless a case
// gives them. Only speakers are checked.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"
#include "extract/quotes/quote_testing.h"

namespace dossier {
namespace {

#define LDQ "\u201C"
#define RDQ "\u201D"

struct Case {
  std::string text;
  std::string quote;        // a few words of the quote to look up
  std::string speaker;      // its wanted speaker ("" for none, "?" for no quote)
  std::string person = {};  // a person mention the entity layer would give, if any
  std::string role = {};    // and its role
};

class EventQuotesTest : public QuoteSpeakerTest {
 protected:
  // The speaker of the marked quote holding `words`, with one person
  // mention the entity layer would give (when person is not empty).
  std::string SpeakerWith(const std::string& text, const std::string& words,
                          const std::string& person, const std::string& role) {
    std::vector<EntityMention> mentions;
    if (!person.empty()) {
      EntityMention m;
      m.start = text.find(person);
      m.end = m.start + person.size();
      m.type = EntityType::kPerson;
      m.canonical = person;
      m.role = role;
      mentions.push_back(m);
    }
    return SpeakerOf(text, words, mentions);
  }
  void ExpectCases(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
      EXPECT_EQ(SpeakerWith(c.text, c.quote, c.person, c.role), c.speaker) << c.text;
    }
  }
};

// The last clause of the sentence, after a comma, attributes a short quote
// earlier in it; only a time, a place or an appositive may follow the verb.
TEST_F(EventQuotesTest, ShortQuoteInASentenceEndingInItsAttribution) {
  ExpectCases({
      {"The driver was in " LDQ "stable" RDQ " condition at Mercy Hospital and the passenger "
       "was treated at the scene, police said.",
       "stable", "police"},
      {"The girl was " LDQ "pale" RDQ " and shaking when deputies arrived, the report states.",
       "pale", "the report"},
      {"Neighbours heard a " LDQ "loud" RDQ " argument before the shots, according to a "
       "spokeswoman for the county sheriff.",
       "loud", "a spokeswoman"},
      {"One man was " LDQ "cleaning" RDQ " a rifle in the garage, said Sgt. Lena Holt, a "
       "department spokeswoman.",
       "cleaning", "Lena Holt"},
      {"The pair were " LDQ "fooling around" RDQ " with a pistol, officers said in a statement "
       "Tuesday.",
       "fooling around", "officers"},
      // A clause after the verb: the verb attributes that clause, not this one.
      {"The boy was " LDQ "pale" RDQ " and quiet in the back seat of the car on the way to the "
       "hospital in town, police said he would recover.",
       "pale", "?"},
      // A title in quote marks is no speech.
      {"A bar called " LDQ "Blue Lantern" RDQ " was closed, police said.", "Blue Lantern", "?"},
  });
}

// A short phrase quoted in a clause whose verb tells a view or a feeling
// ("considered", "expressed", "welcomed", ", calling it") is the words of
// that verb's subject; a passive, a modal, a participle after its noun and
// a title name no speaker.
TEST_F(EventQuotesTest, PhraseQuotedAfterAVerbOfView) {
  ExpectCases({
      {"The boy was taken to Mercy Hospital, where police considered him " LDQ "stable" RDQ ".",
       "stable", "police"},
      {"Mara Lind expressed concern about a " LDQ "culture of silence" RDQ " at the school.",
       "culture of silence", "Mara Lind"},
      {"Tom Ashby accepted the ruling " LDQ "with sadness" RDQ " on Monday.", "with sadness",
       "Tom Ashby"},
      {"Mara Lind welcomed the new rules, calling them " LDQ "overdue" RDQ ".", "overdue",
       "Mara Lind"},
      {"Critics fear the bill could allow " LDQ "policing by rumour" RDQ ".", "policing by",
       "critics"},
      {"The motive is " LDQ "unclear" RDQ " and is considered by detectives a matter for the "
       "courts.",
       "unclear", "?"},
      {"The board should consider a " LDQ "fresh approach" RDQ " to the port.", "fresh approach",
       "?"},
      {"The number of homes considered " LDQ "unsafe" RDQ " has doubled.", "unsafe", "?"},
      {"Mara Lind welcomed the band's new album " LDQ "Blue Harbour" RDQ ".", "Blue Harbour", "?"},
  });
}

// "was shot", "were fired": a passive verb before the quote names no
// speaker, even when the verb can report speech elsewhere ("fired back").
TEST_F(EventQuotesTest, PassiveVerbBeforeTheQuoteNamesNoSpeaker) {
  ExpectCases({
      {"The driver was shot when " LDQ "a second car pulled up beside him at the light" RDQ
       " on Main Street.",
       "second car", ""},
      {"The teacher was described as " LDQ "a calm and patient woman" RDQ " by her neighbours.",
       "calm and patient", ""},
  });
}

// Scraped pages lose the space after a full stop ("... outside."I wish",
// "... the department.Two victims"): the sentence still ends there, but not
// inside a web address.
TEST_F(EventQuotesTest, SentencesGluedWithoutASpace) {
  ExpectCases({
      {"Her son was shot in the yard in 2014.\"I can't keep doing this,\" Mara Lind said. "
       "\"It never ends.\"The motive was a dispute over a car, police said.Tuesday night a "
       "vigil was held.",
       "never ends", "Mara Lind"},
      {"Neighbors gathered on the porch.\"We heard six shots,\" said Tom Ashby.", "six shots",
       "Tom Ashby"},
      {"Lena Holt, who runs the site Harbor.News.Org, said: \"Everyone knew the house.\"",
       "Everyone knew", "Lena Holt"},
  });
}

// Ranks abbreviated as local news writes them: the person after the rank
// speaks, not the department and the rank; a four-letter abbreviation does
// not end the sentence.
TEST_F(EventQuotesTest, OfficersNamedWithAnAbbreviatedRank) {
  ExpectCases({
      {"\"We are asking anyone with video to call us,\" said Millbrook Police Capt. Lena Holt.",
       "anyone with video", "Lena Holt", "Lena Holt"},
      {"\"We are asking anyone with video to call us,\" said Millbrook Police Cpt. Lena Holt.",
       "anyone with video", "Lena Holt", "Lena Holt"},
      {"\"The scene is secure,\" says Det. Lena Holt.", "scene is secure", "Lena Holt"},
      {"\"The scene is secure,\" said Ofc. Tom Ashby, a department spokesman.", "scene is secure",
       "Tom Ashby"},
      {"\"Nobody else was hurt,\" said Harbor County Supt. Tom Ashby.", "Nobody else", "Tom Ashby",
       "Tom Ashby"},
      {"\"Nobody else was hurt,\" Cmdr. Tom Ashby told reporters.", "Nobody else", "Tom Ashby"},
      // "St." lets the place run on; the name starts after the title.
      {"\"The street was full of children,\" said St. Claire Police Chief Tom Ashby.",
       "street was full", "Tom Ashby"},
  });
}

// "the chief", "the sheriff", "the mayor": a definite rank or office stands
// for the person named with it before.
TEST_F(EventQuotesTest, RankAfterTheNamedOfficer) {
  ExpectCases({
      {"Harbor Police Chief Lena Holt spoke to reporters at the scene.\n\n\"We will find "
       "whoever did this,\" the chief said.",
       "find whoever", "Lena Holt", "Lena Holt", "Harbor Police Chief"},
      {"Sheriff Tom Ashby arrived within minutes.\n\n\"It was a long night,\" the sheriff "
       "said.",
       "long night", "Tom Ashby", "Tom Ashby", "Sheriff"},
  });
}

// A relative or friend named through the victim speaks, not the victim:
// the name after the kin word, else the kin phrase itself.
TEST_F(EventQuotesTest, RelativesNamedThroughTheVictim) {
  ExpectCases({
      {"\"She loved that dog,\" said Mara's grandmother, 61-year-old Lena Holt.", "loved that",
       "Lena Holt"},
      {"\"She loved that dog,\" said Mara's older brother.", "loved that", "Mara's older brother"},
      {"\"He was always early,\" said Reyes's boss at the bakery, Tom Ashby.", "always early",
       "Tom Ashby"},
      {"\"It was hard,\" said Jo Reyes's sister-in-law, Ana Ruiz.", "It was hard", "Ana Ruiz"},
      // A possessive before a post and a name is the post's organisation.
      {"\"Sales are up,\" said Norvik's chief executive Jo Reyes.", "Sales are up", "Jo Reyes"},
  });
}

// "Mara Lind ... Mara said": a first name names again the one person
// named before with it; two such people leave it as written.
TEST_F(EventQuotesTest, FirstNameOfAPersonNamedBefore) {
  ExpectCases({
      {"Mara Lind, 9, was playing in the yard.\n\n\"We found a ball,\" Mara said.", "found a ball",
       "Mara Lind", "Mara Lind"},
  });
  std::string text = "Mara Lind and Mara Holt were in the yard.\n\n\"We found a ball,\" Mara said.";
  std::vector<EntityMention> mentions;
  for (const char* name : {"Mara Lind", "Mara Holt"}) {
    EntityMention m;
    m.start = text.find(name);
    m.end = m.start + std::string(name).size();
    m.type = EntityType::kPerson;
    m.canonical = name;
    mentions.push_back(m);
  }
  std::vector<Quote> quotes = FindAll(text, mentions);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Mara");
}

// "Mara Lind ... Mara said ... She added": the pronoun takes the full name
// the first name was given, not the entity layer's lone "Mara".
TEST_F(EventQuotesTest, PronounAfterAFirstNameKeepsTheFullName) {
  std::string text =
      "Mara Lind opened the fair. Mara said the stalls were \"packed all day\". She added that "
      "the rain was \"no trouble at all\".";
  std::vector<EntityMention> mentions;
  size_t from = 0;
  for (const char* name : {"Mara Lind", "Mara"}) {
    EntityMention m;
    m.start = text.find(name, from);
    m.end = m.start + std::string(name).size();
    from = m.end;
    m.type = EntityType::kPerson;
    m.canonical = name;
    mentions.push_back(m);
  }
  std::vector<Quote> quotes = FindAll(text, mentions);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Mara Lind");
  EXPECT_EQ(quotes[1].speaker, "Mara Lind");
}

// "Jo Reyes Jr. said": the suffix and its full stop end the name.
TEST_F(EventQuotesTest, NameWithAGenerationSuffix) {
  ExpectCases({
      {"\"He was a great kid,\" Tom Ashby, Jr. said of his friend.", "great kid", "Tom Ashby, Jr",
       "Tom Ashby"},
      {"\"He was a great kid,\" Tom Ashby Jr. said.", "great kid", "Tom Ashby Jr", "Tom Ashby"},
  });
}

// "police said" in a report that names the force: the force.
TEST_F(EventQuotesTest, PoliceNamedAsTheForce) {
  std::string text =
      "Officers of the Harlow Police Department arrived at 2 a.m.\n\n\"The scene is "
      "secure,\" police said.";
  EntityMention m;
  m.start = text.find("Harlow Police Department");
  m.end = m.start + std::string("Harlow Police Department").size();
  m.type = EntityType::kOrganization;
  m.canonical = "Harlow Police Department";
  std::vector<Quote> quotes;
  std::vector<std::string> warnings;
  finder_->Find(text, SplitSentences(text), {m}, &quotes, &warnings);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Harlow Police Department");
  // A board of the police is no force.
  text = "The Harlow Police Review Board met.\n\n\"The scene is secure,\" police said.";
  m.start = text.find("Harlow Police Review Board");
  m.end = m.start + std::string("Harlow Police Review Board").size();
  m.canonical = "Harlow Police Review Board";
  quotes.clear();
  finder_->Find(text, SplitSentences(text), {m}, &quotes, &warnings);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "police");
}

// "Sen. Jo Reyes, D-Conn., said": the lawmaker speaks, not the party tag.
TEST_F(EventQuotesTest, PartyAndStateTagAfterAName) {
  ExpectCases({
      {"State Sen. Lena Holt, D-Millbrook, said the town would not forget the " LDQ
       "senseless act of violence" RDQ " on Main Street.",
       "senseless act", "Lena Holt", "Lena Holt"},
      {"Rep. Tom Ashby, R-Ore., said lawmakers must find the " LDQ
       "people who did this to our town" RDQ ".",
       "people who did", "Tom Ashby"},
      {"\"Our hearts are broken,\" Rep. Tom Ashby, R-Texas, said in a statement.",
       "hearts are broken", "Tom Ashby"},
  });
}

// A street after a house number or a preposition is a place, whatever
// the name scan makes of it; a caption never speaks.
TEST_F(EventQuotesTest, StreetsAndCaptionsNeverSpeak) {
  ExpectCases({
      {"The shots were fired in the 400 block of Harlow Ave.\n\n\"We found two victims in "
       "the yard,\" he said.",
       "two victims", "he"},
      {"Deputies were called to a home on Quarry Road.\n\n\"The boy was alone,\" she said.",
       "boy was alone", "she"},
      {"Photo: Courtesy of the family. Image 2 of 4. Caption: \"Reported shots near the school, "
       "stay inside.\"",
       "Reported shots", ""},
      // A person whose surname is a street word stays a person.
      {"\"I looked right back at him,\" Kyra Street said.", "looked right back", "Kyra Street"},
  });
}

}  // namespace
}  // namespace dossier
