#include <gtest/gtest.h>

#include "dossier/text.h"

namespace dossier {
namespace {

std::vector<std::string> Split(std::string_view s) {
  std::vector<std::string> out;
  for (const Sentence& x : SplitSentences(s)) out.emplace_back(s.substr(x.start, x.end - x.start));
  return out;
}

struct Case {
  const char* name;
  const char* text;
  std::vector<std::string> want;
};

TEST(SentenceSplitter, TableOfCases) {
  const Case cases[] = {
      {"plain", "The river rose. Roads closed.", {"The river rose.", "Roads closed."}},
      {"abbreviation title",
       "Dr. Mira Halden spoke. She left.",
       {"Dr. Mira Halden spoke.", "She left."}},
      {"month abbreviation",
       "It began on Feb. 26, 1992 at night. Then it stopped.",
       {"It began on Feb. 26, 1992 at night.", "Then it stopped."}},
      {"country acronym inside",
       "The U.S. envoy arrived in Lorvik.",
       {"The U.S. envoy arrived in Lorvik."}},
      {"country acronym at end",
       "Aid came from the U.S. The rest came later.",
       {"Aid came from the U.S.", "The rest came later."}},
      {"number abbreviation",
       "Bridge No. 4 fell. Nobody was hurt.",
       {"Bridge No. 4 fell.", "Nobody was hurt."}},
      {"initials",
       "J. R. Okafor wrote it. Others agreed.",
       {"J. R. Okafor wrote it.", "Others agreed."}},
      {"decimals and thousands",
       "Losses reached 2.5 million, or 1,275 homes. Rebuilding starts.",
       {"Losses reached 2.5 million, or 1,275 homes.", "Rebuilding starts."}},
      {"ellipsis", "They waited... Nothing came.", {"They waited...", "Nothing came."}},
      {"ellipsis lower", "They waited... and waited.", {"They waited... and waited."}},
      {"quote closes sentence",
       "\xE2\x80\x9CWe lost everything.\xE2\x80\x9D The mayor wept.",
       {"\xE2\x80\x9CWe lost everything.\xE2\x80\x9D", "The mayor wept."}},
      {"quote continues",
       "\xE2\x80\x9CRun!\xE2\x80\x9D she shouted.",
       {"\xE2\x80\x9CRun!\xE2\x80\x9D she shouted."}},
      {"list lines",
       "Victims: about 40 killed\nInjured: 120 people\n",
       {"Victims: about 40 killed", "Injured: 120 people"}},
      {"headline without punctuation",
       "Flood hits valley town\nWater rose overnight.",
       {"Flood hits valley town", "Water rose overnight."}},
      {"question", "Who knew? Nobody did.", {"Who knew?", "Nobody did."}},
      {"space lost after a full stop",
       "Boats left the harbour.Two returned by noon.",
       {"Boats left the harbour.", "Two returned by noon."}},
      {"space lost before a quote",
       "She stood outside.\"We waited,\" she said.",
       {"She stood outside.", "\"We waited,\" she said."}},
      {"web address is not a glued end",
       "Read more at www.Harbour.Org today.",
       {"Read more at www.Harbour.Org today."}},
      {"short word before the mark is not a glued end",
       "Try the new Ctl.Alt keys.",
       {"Try the new Ctl.Alt keys."}},
      {"hard wrapped line",
       "The dam failed on\nTuesday night. Crews came.",
       {"The dam failed on\nTuesday night.", "Crews came."}},
      {"times of day",
       "It hit at 11 p.m. on Monday. Sirens sounded.",
       {"It hit at 11 p.m. on Monday.", "Sirens sounded."}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Split(c.text), c.want) << c.name;
  }
}

TEST(SentenceSplitter, OffsetsSliceTheText) {
  std::string text = "  First one.  Second one!\n\nThird";
  for (const Sentence& s : SplitSentences(text)) {
    EXPECT_LT(s.start, s.end);
    EXPECT_NE(text[s.start], ' ');
    EXPECT_NE(text[s.end - 1], ' ');
  }
  EXPECT_EQ(SplitSentences(text).size(), 3u);
}

TEST(SentenceSplitter, SentenceIndexAt) {
  std::string text = "One. Two. Three.";
  auto s = SplitSentences(text);
  EXPECT_EQ(SentenceIndexAt(s, 0), 0u);
  EXPECT_EQ(SentenceIndexAt(s, 6), 1u);
  EXPECT_EQ(SentenceIndexAt(s, 15), 2u);
}

TEST(SentenceSplitter, LongInputIsLinear) {
  std::string text(200000, 'a');
  for (size_t i = 100; i < text.size(); i += 101) text[i] = ' ';
  EXPECT_EQ(SplitSentences(text).size(), 1u);
}

}  // namespace
}  // namespace dossier
