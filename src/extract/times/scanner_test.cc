// Tests of the time layer's tokeniser and word lookup: the fast paths
// (eight-byte letter runs, two-key word lookup) give the same answers as
// the byte-wise ones, at every position up to the end of the text.
#include "extract/times/scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/times/time_lexicon.h"

namespace dossier::times {
namespace {

const TimeLexicon& Lex() {
  static TimeLexicon lex = [] {
    Result<TimeLexicon> r = TimeLexicon::Load("");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return std::move(*r);
  }();
  return lex;
}

TEST(TimeLexiconTest, FindLettersAgreesWithFind) {
  const std::vector<std::string> words = {
      "February", "FEBRUARY", "february", "Feb",     "yesterday", "Yesterday",  "anniversary",
      "thirty",   "Thursday", "weekend",  "decades", "fortnight", "government", "spokeswoman",
      "a",        "the",      "an",       "May",     "overnight", "Wednesdays", "abcdefghijklmnop",
      "x",        "qq",       "zzzz",     "Tonight", "centuries", "Christmas",  "quarterly"};
  for (const std::string& w : words) {
    // The word alone (no bytes after it) and inside a longer buffer.
    std::string padded = w + " and some more text after it";
    EXPECT_EQ(Lex().FindLetters(w, w.size()), Lex().Find(w)) << w;
    EXPECT_EQ(Lex().FindLetters(std::string_view(padded).substr(0, w.size()), padded.size()),
              Lex().Find(w))
        << w;
  }
  EXPECT_NE(Lex().FindLetters("February", 8), nullptr);
  EXPECT_NE(Lex().FindLetters("YESTERDAY", 9), nullptr);
  EXPECT_EQ(Lex().FindLetters("Februarys", 9), nullptr);
}

struct Shape {
  TokKind kind;
  uint32_t start;
  uint32_t end;
  uint16_t flags;
  const WordInfo* info;
  bool operator==(const Shape&) const = default;
};

std::vector<Shape> Shapes(std::string_view text) {
  std::vector<Tok> toks;
  ScanTokens(text, {}, Lex(), &toks);
  std::vector<Shape> out;
  out.reserve(toks.size());
  for (const Tok& t : toks) out.push_back({t.kind, t.start, t.end, t.flags, t.info});
  return out;
}

// Every prefix of a text scans like the text cut there: words at the very
// end of the buffer take the byte-wise path, the same words earlier the
// eight-byte one.
TEST(ScannerTest, PrefixesScanAlike) {
  const std::string text =
      "On WEDNESDAY, February 26, 1992 the Anniversary-of-sorts caf\u00e9 \u2019"
      "92 crowd met; THIRTY-four years later, abcdefghijklmnopqrstuvwxyz Yesterday";
  for (size_t cut = 0; cut <= text.size(); ++cut) {
    std::string piece = text.substr(0, cut);
    std::vector<Shape> in_place = Shapes(std::string_view(text).substr(0, cut));
    std::vector<Shape> copied = Shapes(piece);
    ASSERT_EQ(in_place.size(), copied.size()) << cut;
    for (size_t k = 0; k < copied.size(); ++k) {
      EXPECT_EQ(in_place[k], copied[k]) << cut << " token " << k;
    }
  }
}

TEST(ScannerTest, WordFlags) {
  std::vector<Tok> toks;
  ScanTokens("MARCH March march mArch the ab 'x '90s", {}, Lex(), &toks);
  ASSERT_EQ(toks.size(), 10u);
  EXPECT_EQ(toks[0].flags & (kCapital | kAllCaps), kCapital | kAllCaps);
  EXPECT_EQ(toks[1].flags & (kCapital | kAllCaps), kCapital);
  EXPECT_EQ(toks[2].flags & (kCapital | kAllCaps), 0);
  EXPECT_EQ(toks[3].flags & (kCapital | kAllCaps), 0);
  EXPECT_NE(toks[0].info, nullptr);
  EXPECT_EQ(toks[0].info, toks[3].info);
  EXPECT_NE(toks[4].flags & kMayStart, 0);  // "the"
  EXPECT_NE(toks[5].flags & kMayStart, 0);  // "ab": may open "at least"-like pairs
  EXPECT_EQ(toks[6].flags & kMayStart, 0);  // apostrophe before a letter
  EXPECT_NE(toks[8].flags & kMayStart, 0);  // apostrophe before digits
  EXPECT_NE(toks[9].flags & kDecade, 0);
}

}  // namespace
}  // namespace dossier::times
