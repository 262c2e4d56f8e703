// Tests for titles of works between quote marks: which quoted spans
// MarkTitles calls titles, and which quotes it leaves alone.
#include "extract/quotes/titles.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::quotes {
namespace {

#define LDQ "\u201C"
#define RDQ "\u201D"

struct Case {
  const char* text;
  std::vector<std::string> titles;  // the spans marked as titles
};

class TitlesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    LexiconLoader loader;
    ASSERT_TRUE(speech_.Load(loader).ok());
    ASSERT_TRUE(titles_.Load(loader).ok());
  }
  std::vector<std::string> Titles(const std::string& text) const {
    std::vector<QuoteSpan> spans;
    FindQuoteSpans(text, &spans, nullptr);
    MarkMentions(text, titles_, speech_, &spans);
    std::vector<std::string> out;
    for (const QuoteSpan& q : spans) {
      if (q.mention) out.push_back(text.substr(q.start, q.end - q.start));
    }
    return out;
  }
  QuoteLexicon speech_;
  TitleLexicon titles_;
};

TEST_F(TitlesTest, Table) {
  const Case cases[] = {
      // A work word before the mark.
      {"She starred in the film " LDQ "The Long Way Home" RDQ " last year.", {"The Long Way Home"}},
      {"His new book, " LDQ "Rivers of the North," RDQ " is out.", {"Rivers of the North"}},
      {"The union ran an ad titled " LDQ "Not Again?" RDQ " on Monday.", {"Not Again?"}},
      {"He is now the host of " LDQ "Harbour Nights" RDQ ".", {"Harbour Nights"}},
      // A show named after its host.
      {"She told " LDQ "Mornings with Dana Reyes" RDQ " that she would run.",
       {"Mornings with Dana Reyes"}},
      // An appositive or an author after the mark.
      {"In " LDQ "Blue Harbour," RDQ " a novel about a port town, the mayor lies.",
       {"Blue Harbour"}},
      {"He quoted " LDQ "The Quiet Years," RDQ " by Ana Varga, at length.", {"The Quiet Years"}},
      {"At the end of " LDQ "Cold Front" RDQ " -- a movie set in 1950, he dances.", {"Cold Front"}},
      // Speech stays speech.
      {LDQ "We Will Win," RDQ " the show's host said.", {}},
      {"The film " LDQ "is a disgrace to the city," RDQ " she said.", {}},
      {"A headline that said, " LDQ "Mayor Quits Over Bridge Deal" RDQ " ran on Sunday.", {}},
      {"The editorial: " LDQ "Fix The Bridge" RDQ ".", {}},
      {LDQ "Thank You, Varno," RDQ " she told the crowd.", {}},
      {"The crowd chanted " LDQ "Four More Years" RDQ " at the rally.", {}},
      {"She wrote a song, and then said " LDQ "Not Now" RDQ ".", {}},
      {LDQ "Vote Them Out," RDQ " a campaign ad says.", {}},
      // A span in title case opening its sentence as the subject of a verb
      // after it, or before ", which", names a thing; a cry and a speaker's
      // line stay quotes.
      {"The old series ended. " LDQ "Harbour Lights" RDQ " was filmed in the valley.",
       {"Harbour Lights"}},
      {LDQ "Deadwater," RDQ " which opens on Friday, is her third play.", {"Deadwater"}},
      {LDQ "Shame!" RDQ " rang out across the square.", {}},
      {LDQ "Not Again" RDQ " shouted the crowd.", {}},
      {LDQ "Harbour Lights" RDQ " she said, and left.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Titles(c.text), c.titles) << c.text;
}

TEST_F(TitlesTest, NicknamesWordsNamedAndBylines) {
  const Case cases[] = {
      {"The pilot, Joseph " LDQ "Jo" RDQ " Reyes, landed first.", {"Jo"}},
      {"She never used the word " LDQ "resign" RDQ " in the letter.", {"resign"}},
      {"The genre known as " LDQ "cozy crime" RDQ " sells well.", {"cozy crime"}},
      {"What became known as the " LDQ "Halden plan" RDQ " failed.", {"Halden plan"}},
      {"He coined the phrase " LDQ "pork barrel politics" RDQ " that year.",
       {"pork barrel politics"}},
      // Longer spans, questions and words after a comma stay quotes.
      {"In her words, " LDQ "he knows how to fix it" RDQ ".", {}},
      {"He used the words " LDQ "we will never stop building" RDQ " twice.", {}},
      {"She said the word " LDQ "why?" RDQ " again.", {}},
      {"The state has so-called " LDQ "shield" RDQ " laws.", {"shield"}},
      // A headline with its byline, in a digest of stories.
      {"OPENING\u2014\"Harbour museum to close in May,\" by the Courier's Jo Reyes: "
       "\"The museum will close.\"",
       {"Harbour museum to close in May"}},
      {"Officials called the \"remarks of a desperate man,\" by Reyes last week, unfair.", {}},
      {"His lawyer called the proposed term " LDQ "outrageous" RDQ ".", {}},
      {"The mayor, " LDQ "Honest" RDQ " Dana Reyes, smiled.", {}},
  };
  for (const Case& c : cases) EXPECT_EQ(Titles(c.text), c.titles) << c.text;
}

TEST_F(TitlesTest, LongSpansAreNoTitles) {
  std::string text = "The film " LDQ;
  for (int i = 0; i < 40; ++i) text += "Word ";
  text += RDQ " ran.";
  EXPECT_TRUE(Titles(text).empty());
}

}  // namespace
}  // namespace dossier::quotes
