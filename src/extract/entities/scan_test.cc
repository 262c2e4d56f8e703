// Tests for the entity layer's token scan.
#include "extract/entities/scan.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::entities {
namespace {

std::vector<std::string> Words(std::string_view s, std::vector<Tok>* toks) {
  ScanTokens(s, 0, s.size(), toks);
  std::vector<std::string> out;
  for (const Tok& t : *toks) out.emplace_back(s.substr(t.start, t.end - t.start));
  return out;
}

TEST(ScanTokens, SplitsPossessiveAndKeepsDottedAbbreviations) {
  std::vector<Tok> t;
  EXPECT_EQ(Words("the U.S. envoy's visit", &t),
            (std::vector<std::string>{"the", "U.S.", "envoy", "'s", "visit"}));
  EXPECT_TRUE(t[1].shape & kDotted);
  EXPECT_TRUE(t[3].shape & kPossessive);
}

TEST(ScanTokens, InitialsHyphensAndApostrophes) {
  std::vector<Tok> t;
  EXPECT_EQ(Words("P. Ter-Osian O'Neil 44-Day", &t),
            (std::vector<std::string>{"P.", "Ter-Osian", "O'Neil", "44-Day"}));
  EXPECT_TRUE(t[0].shape & kInitial);
  EXPECT_TRUE(t[1].shape & kCap);
  EXPECT_TRUE(t[3].shape & kDigit);
}

TEST(ScanTokens, ShapesAndLineStarts) {
  std::vector<Tok> t;
  Words("NATO said\nBaku \xE2\x80\x94 x", &t);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_TRUE(t[0].shape & kAllCaps);
  EXPECT_TRUE(t[0].shape & kLineStart);
  EXPECT_TRUE(t[1].shape & kLowerStart);
  EXPECT_TRUE(t[2].shape & kLineStart);
  EXPECT_TRUE(t[3].shape & kDash);
}

TEST(ScanTokens, NonAsciiCapitals) {
  std::vector<Tok> t;
  Words("\xC3\x96zil \xD0\x91\xD0\xB0\xD0\xBA\xD1\x83", &t);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_TRUE(t[0].shape & kCap);
  EXPECT_TRUE(t[1].shape & kCap);
}

// Words longer than eight bytes take the eight-bytes-a-step path; the
// shape counts must not depend on where a chunk ends.
TEST(ScanTokens, LongWordsKeepTheirShape) {
  std::vector<Tok> t;
  EXPECT_EQ(Words("INTERNATIONALISED Reconstruction-Agency x1234567890y AB.", &t),
            (std::vector<std::string>{"INTERNATIONALISED", "Reconstruction-Agency", "x1234567890y",
                                      "AB", "."}));
  EXPECT_TRUE(t[0].shape & kAllCaps);
  EXPECT_TRUE(t[1].shape & kCap);
  EXPECT_FALSE(t[1].shape & kAllCaps);
  EXPECT_TRUE(t[2].shape & kLowerStart);
  EXPECT_TRUE(t[2].shape & kDigit);
  EXPECT_TRUE(t[3].shape & kAllCaps);
  // Eight capitals and a lower-case letter in the ninth byte.
  t.clear();
  Words("ABCDEFGHi", &t);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_FALSE(t[0].shape & kAllCaps);
}

// The scan settles most tokens from 64-byte masks; tokens across a window's
// end, longer than a window, or ended by a period must come out the same.
TEST(ScanTokens, WindowEdgesAndLongWords) {
  std::vector<Tok> t;
  std::string text(60, 'x');
  text += " Crossing the Edge said.\n";
  text += std::string(70, 'Q') + " ok";
  EXPECT_EQ(Words(text, &t),
            (std::vector<std::string>{std::string(60, 'x'), "Crossing", "the", "Edge", "said", ".",
                                      std::string(70, 'Q'), "ok"}));
  EXPECT_TRUE(t[1].shape & kCap);
  EXPECT_TRUE(t[6].shape & kAllCaps);
  EXPECT_TRUE(t[6].shape & kLineStart);
  EXPECT_FALSE(t[7].shape & kLineStart);
  // Words of up to kMaxLexWord bytes wait for their lexicon lookup.
  EXPECT_EQ(t[1].lex, kLexPending);
  EXPECT_EQ(t[5].lex, 0u);
  EXPECT_EQ(t[6].lex, 0u);
  // A period joins a word only after a single letter ("U.S", "A1.b"),
  // and ends an initial.
  t.clear();
  EXPECT_EQ(Words("Mr. A. A1.b Bx.y 12.5 ab.", &t),
            (std::vector<std::string>{"Mr", ".", "A.", "A1.b", "Bx", ".", "y", "12", ".", "5", "ab",
                                      "."}));
  EXPECT_TRUE(t[2].shape & kInitial);
}

TEST(ScanTokens, EmptyAndPunctuationOnly) {
  std::vector<Tok> t;
  EXPECT_TRUE(Words("", &t).empty());
  EXPECT_EQ(Words("(!)", &t).size(), 3u);
}

}  // namespace
}  // namespace dossier::entities
