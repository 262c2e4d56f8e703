// Tests for the referents of "he" and "she" beside a quote: the subject of
// the clause the pronoun carries on (a named person who spoke no quote, a
// description of one person), and the cases where that subject is not the
// referent (a possessive, a name in the object, someone the quote speaks
// of, a sentence whose own attribution names another), and "it" for the
// organisation that is the subject before it. The finder runs without
// entity mentions (its own name scan) unless a case gives them. Only
// speakers are checked.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"
#include "extract/quotes/quote_testing.h"

namespace dossier {
namespace {

struct Case {
  std::string text;
  std::string quote;    // a few words of the quote to look up
  std::string speaker;  // its wanted speaker
};

class ReferentsTest : public QuoteSpeakerTest {
 protected:
  // Indirect quotes count too.
  std::string SpeakerOf(const std::string& text, const std::string& words,
                        const std::vector<EntityMention>& mentions = {}) {
    return QuoteSpeakerTest::SpeakerOf(text, words, mentions, true);
  }
  void ExpectCases(const std::vector<Case>& cases) {
    for (const Case& c : cases) EXPECT_EQ(SpeakerOf(c.text, c.quote), c.speaker) << c.text;
  }
};

TEST_F(ReferentsTest, PronounCarriesOnADescribedSubject) {
  ExpectCases({
      {"\"The pier is safe,\" said Ana Brandt. A spokeswoman for the harbour board said "
       "repairs would start in May. \"The work will take six weeks,\" she said.",
       "six weeks", "A spokeswoman"},
      {"\"Sales are up,\" said Tom Ashby. The official said the bank would be sold next "
       "year. \"The method is still open,\" he said.",
       "method is still", "The official"},
      // The organisation's name stands between the article and the noun.
      {"\"The plan is late,\" said Lena Holt. A Department for Harbour Affairs spokeswoman "
       "said the two sides agreed. \"The dispute is about the law,\" she said.",
       "dispute is about", "A Department for Harbour Affairs spokeswoman"},
      // A spokesman is no "she": the earlier speaker of that gender stays.
      {"\"We are ready,\" said Ana Brandt. A spokesman for the council said the roads were "
       "clear. \"Buses will run,\" she said.",
       "Buses will run", "Ana Brandt"},
      // Nor is a group of officials.
      {"\"We are ready,\" said Tom Ashby. Officials said the roads were clear. \"Buses will "
       "run,\" he said.",
       "Buses will run", "Tom Ashby"},
  });
}

TEST_F(ReferentsTest, PronounCarriesOnANamedSubjectThatSpokeNoQuote) {
  ExpectCases({
      {"\"We played well,\" said Tom Ashby, who thanked manager Ben Marlow. Marlow has been "
       "in talks over a new deal and he said: \"I want to stay here.\"",
       "want to stay", "Ben Marlow"},
      {"\"The first set was hard,\" said Ivo Petrak. Sam Ortiz was far from content. \"I "
       "served badly all day,\" he said.",
       "served badly", "Sam Ortiz"},
      // Her own possessive does not hand the sentence to another "she".
      {"\"It was a fine year,\" said Ana Brandt. Lena Holt won her second prize, beating "
       "stars including Ana Brandt. \"I did not expect it,\" she said.",
       "did not expect", "Lena Holt"},
      // A lone surname before a speech verb is a person.
      {"\"We start again,\" said Ivo Petrak. The board thanked Ortiz. Ortiz admitted that "
       "Cole had been asked first. \"He was not free at the time,\" he explained.",
       "not free", "Ortiz"},
  });
}

TEST_F(ReferentsTest, SubjectsThatAreNoReferent) {
  ExpectCases({
      // The quote speaks of the subject in the third person.
      {"\"We need a striker,\" said Ben Marlow. Dan Cole is fit again after a long lay-off. "
       "\"Cole is the best striker in the league,\" he said.",
       "best striker", "Ben Marlow"},
      // After an opening phrase the pronoun is the subject of its own clause.
      {"Tom Ashby told reporters he had not read the report. Asked if Jo Reyes could "
       "return, he replied: \"I admire Jo a great deal.\"",
       "admire Jo", "Tom Ashby"},
      // The sentence before names its own speaker at its end.
      {"Others on the list include Jo Reyes and Sam Lee, party chief Tom Ashby said. He "
       "said: \"Nobody is safe this time.\"",
       "Nobody is safe", "Tom Ashby"},
      // Its own pronoun carries on the speaker before.
      {"\"Prices rose,\" said Ana Brandt. Kestrel's shop was a good example, she said. "
       "\"Nobody buys there now,\" she said.",
       "Nobody buys", "Ana Brandt"},
      // Nor the person named last when the quote speaks of him.
      {"Tom Ashby, the organiser, said the court had been made faster. Sam Ortiz lost in the "
       "first round. But he refused to blame the court. \"Sam is in form on every court,\" he "
       "said.",
       "in form on every", "Tom Ashby"},
      // "Acme's leader, Jo Reyes,": the name after the post.
      {"\"We go our own way,\" said Sam Lee. Norvik's leader, Tom Ashby, has said he is glad "
       "to see Lee go. \"He never fitted in,\" he said.",
       "never fitted", "Tom Ashby"},
      // A possessive name is not the subject.
      {"\"We lost,\" said Ana Brandt. Lena Holt's team won the cup on Sunday. \"They "
       "deserved it,\" she said.",
       "deserved it", "Ana Brandt"},
  });
}

// A quote with no attribution that opens its sentence after one whose
// subject is a person is that person's, not the previous speaker's.
TEST_F(ReferentsTest, UnattributedQuoteAfterAPersonSubject) {
  ExpectCases({
      {"\"We won it in the second half,\" said coach Ben Marlow. Sam Ortiz, who scored "
       "twice, was keen not to talk about the title.\n\n\"We have more belief these "
       "days. Nobody talks about the title.\"",
       "more belief", "Sam Ortiz"},
      {"\"Costs are falling,\" said Jo Reyes. Lena Holt, editor of a trade weekly, says the "
       "shops will gain. \"Buyers want cheaper phones and they will get them.\"",
       "Buyers want", "Lena Holt"},
      // The sentence before is quoted too: a mark that closed one paragraph
      // opens the next in text whose breaks were lost.
      {"Tom Ashby said: \"Prices rise every year. \"People keep buying all the same. \"They "
       "have no other place to go.\"",
       "no other place", "Tom Ashby"},
      // A group is no person (and two sentences stand between the quotes).
      {"\"We need help,\" said Jo Reyes. Officials said the road would reopen soon.\n\n"
       "\"The bridge is safe again for every car.\"",
       "bridge is safe", ""},
  });
}

// Organisation mentions of `names` in text, as the entity layer gives them.
std::vector<EntityMention> Organisations(const std::string& text,
                                         const std::vector<std::string>& names) {
  std::vector<EntityMention> out;
  for (const std::string& name : names) {
    for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
      EntityMention m;
      m.start = at;
      m.end = at + name.size();
      m.type = EntityType::kOrganization;
      m.canonical = name;
      out.push_back(m);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
  return out;
}

// "it" and "they" carry on an organisation that is the subject of the
// clause before, not the nearest organisation named.
TEST_F(ReferentsTest, ItCarriesOnTheOrganisationSubject) {
  std::string text =
      "Norvik said it sold its stake in the port to its rival Kestrel last year. \"We will "
      "grow again,\" it said.";
  EXPECT_EQ(SpeakerOf(text, "grow again", Organisations(text, {"Norvik", "Kestrel"})), "Norvik");
  text =
      "\"Lenders will act,\" said Tom Ashby of Kestrel. Norvik has said more help for the shop "
      "could hurt its name. It says it wants \"fair terms\" from the banks.";
  EXPECT_EQ(SpeakerOf(text, "fair terms", Organisations(text, {"Norvik", "Kestrel"})), "Norvik");
  // A place is no speaker for "it": the organisation named before stays.
  text =
      "Kestrel opened a branch in Leeds. Leeds has grown fast in ten years. \"We like the "
      "city,\" it said.";
  std::vector<EntityMention> mentions = Organisations(text, {"Kestrel"});
  for (size_t at = text.find("Leeds"); at != std::string::npos; at = text.find("Leeds", at + 1)) {
    EntityMention m;
    m.start = at;
    m.end = at + 5;
    m.type = EntityType::kPlace;
    m.canonical = "Leeds";
    mentions.push_back(m);
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
  EXPECT_EQ(SpeakerOf(text, "like the", mentions), "Kestrel");
  // Nor a record that speaks of nothing (typed an organisation by mistake).
  text =
      "His record Blue Night will be out next week, part of a campaign by his label Norvik. It "
      "has called it \"the biggest release of the year\".";
  EXPECT_EQ(SpeakerOf(text, "biggest release", Organisations(text, {"Night", "Norvik"})), "Norvik");
}

// "But" opens no phrase that runs to the first comma; a subject of two
// people or more is no "he" (the person named before them is).
TEST_F(ReferentsTest, DiscourseWordsAndPluralSubjects) {
  ExpectCases({
      {"\"We will vote no,\" said Sam Lee. But Tom Ashby denied Mr Lee, his deputy, said the "
       "plan \"stinks\". He also said he was sure the party would \"back the plan in the "
       "end\".",
       "back the plan", "Tom Ashby"},
      {"Ben Marlow says the medal crowns a fine year for the relay team.\n\nMarlow, Sam Ortiz, "
       "Dan Cole and Ivo Petrak have all been given awards. \"I think this award shows what "
       "we did that night,\" he said.",
       "award shows", "Ben Marlow"},
  });
}

// "they" takes a group of people described as the subject that speaks.
TEST_F(ReferentsTest, TheyCarriesOnADescribedGroup) {
  ExpectCases({
      {"\"Back up your files,\" said Tom Ashby. Although disks fail less often now, data "
       "recovery experts say people are still to blame. They say that no machine can stop a "
       "careless owner.",
       "no machine can stop", "data recovery experts"},
  });
}

// The first speech verb of the sentence before decides who it reports:
// a verb later in what was said names no other speaker.
TEST_F(ReferentsTest, FirstSpeechVerbDecides) {
  ExpectCases({
      {"\"Costs rose,\" said Jo Reyes. Party spokesman Tom Ashby meanwhile said instead of "
       "the cuts the council had promised, there had been more spending. \"For ten years "
       "these offices have grown and grown.\"",
       "For ten years", "Tom Ashby"},
  });
}

// A described speaker of one person is who the next "he" or "she" carries
// on, unless a person is named after it.
TEST_F(ReferentsTest, PronounCarriesOnADescribedSpeaker) {
  ExpectCases({
      {"Most rivals said the flaw did not touch them. \"We have not changed our plans,\" said "
       "a Norvik spokesman. To switch suppliers, \"would not be an option,\" he said.",
       "would not be an option", "a Norvik spokesman"},
      {"\"The road was closed,\" a spokeswoman said. Traffic was heavy until noon. \"We had "
       "no choice,\" she said.",
       "no choice", "a spokeswoman"},
      {"\"The bid is fair,\" a spokesman said. A rise could double the price, according to "
       "the bank's Mr Tom Ashby. \"It may take years,\" he said.",
       "may take years", "Tom Ashby"},
  });
}

// "Acme is “...”, he said": the name the quote's own clause opens with is
// whom the quote speaks of; and a capitalised noun for people or a word
// that opens an organisation's name stands for no one.
TEST_F(ReferentsTest, NamesThatAreNoReferent) {
  ExpectCases({
      {"\"Shareholders want the cash,\" Ana Ruiz said. Brandt Logistics is \"trying to win "
       "them over\", she said.",
       "trying to win", "Ana Ruiz"},
      {"Ivo Brandt spoke last. Tom Ashby \"made the decisions\", he told the court.",
       "made the decisions", "Ivo Brandt"},
      {"Omar Bell said his cousin called him.\n\nFamily told him she was in surgery.\n\n\"I "
       "hope she pulls through,\" he said.",
       "I hope she", "Omar Bell"},
  });
  std::string text =
      "Mark Tilden, head of research at Halvern-Barnes Co., said the plan was sound. Halvern "
      "announced that it would ship in spring. \"These delays do not touch us,\" he said.";
  EntityMention org;
  org.start = text.find("Halvern-Barnes Co");
  org.end = org.start + 17;
  org.type = EntityType::kOrganization;
  EntityMention firm;
  firm.start = text.find("Halvern announced");
  firm.end = firm.start + 7;
  firm.type = EntityType::kPerson;
  firm.rule = "say_after";
  EntityMention tilden;
  tilden.start = 0;
  tilden.end = 11;
  tilden.type = EntityType::kPerson;
  EXPECT_EQ(SpeakerOf(text, "delays do not", {tilden, org, firm}), "Mark Tilden");
}

}  // namespace
}  // namespace dossier
