// Tests for the sentence prefilter: table-driven cases for what passes, and
// a cross-check against the unit splitter on generated text: whenever a
// unit of a sentence equals a key word, the filter must see that key (it
// may pass more, never less).
#include "extract/claims/prefilter.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "extract/claims/units.h"

namespace dossier::claims {
namespace {

Prefilter MakeFilter() {
  Prefilter p;
  p.AddPhrase({"were", "killed"}, Prefilter::kCue);
  p.AddPhrase({"the", "dead"}, Prefilter::kCue);
  p.AddPhrase({"in", "hospital"}, Prefilter::kCue);
  p.AddLeadWord("among", Prefilter::kCue);
  p.AddPhrase({"man"}, Prefilter::kCounted);
  p.AddPhrase({"police", "officer"}, Prefilter::kCounted);
  p.AddWord("no", Prefilter::kCounted);
  p.Finish();
  return p;
}

NumberMention Cardinal(std::string_view text, std::string_view numeral) {
  NumberMention n;
  n.start = text.find(numeral);
  n.end = n.start + numeral.size();
  n.value = 3;
  return n;
}

struct Case {
  const char* text;
  const char* numeral;  // a cardinal mention, or nullptr
  bool want;
};

TEST(PrefilterTest, Cases) {
  const Case kCases[] = {
      {"Three people were killed.", "Three", true},
      {"Three people were KILLED on Monday.", "Three", true},
      {"Three people attended.", "Three", false},
      {"People were killed.", nullptr, false},  // nothing counted
      {"A man was killed.", nullptr, true},     // a singular noun
      {"A police officer was taken to hospital.", nullptr, true},
      {"No one was killed.", nullptr, true},  // a denial
      {"Among them were 3 children.", "3", true},
      {"\xC2\xA0 among them were 3 children.", "3", true},
      {"Many among them were 3 children.", "3", false},  // "among" leads only
      {"The dead-end road had 3 exits.", "3", true},     // over-approximation
      {"Three people were killedyesterday.", "Three", false},
      {"The mandate was killed.", nullptr, false},  // "man" inside a word
      {"", nullptr, false},
  };
  Prefilter p = MakeFilter();
  for (const Case& c : kCases) {
    std::string_view text = c.text;
    std::vector<NumberMention> numbers;
    if (c.numeral != nullptr) numbers.push_back(Cardinal(text, c.numeral));
    size_t cursor = 0;
    EXPECT_EQ(p.MayClaim(text, 0, text.size(), numbers, &cursor), c.want) << c.text;
    EXPECT_EQ(cursor, numbers.size()) << c.text;
  }
}

TEST(PrefilterTest, NumberEdgesCutWords) {
  // A mention ending inside a letter run ("3dead"-like text after a
  // numeral written in letters) leaves "dead" as a unit of its own.
  std::string text = "Threedead and 3 more";
  std::vector<NumberMention> numbers;
  NumberMention n;
  n.start = 0;
  n.end = 5;  // "Three"
  n.value = 3;
  numbers.push_back(n);
  Prefilter p = MakeFilter();
  size_t cursor = 0;
  EXPECT_TRUE(p.MayClaim(text, 0, text.size(), numbers, &cursor));
}

TEST(PrefilterTest, SentenceBoundsCutWords) {
  std::string text = "xxkilled 3 people";
  Prefilter p = MakeFilter();
  size_t cursor = 0;
  std::vector<NumberMention> numbers = {Cardinal(text, "3")};
  EXPECT_FALSE(p.MayClaim(text, 0, text.size(), numbers, &cursor));
  cursor = 0;
  EXPECT_TRUE(p.MayClaim(text, 2, text.size(), numbers, &cursor));
}

TEST(PrefilterTest, PhraseWithoutLetterWordTurnsFilterOff) {
  Prefilter p;
  p.AddPhrase({"9/11"}, Prefilter::kCue);
  p.Finish();
  size_t cursor = 0;
  EXPECT_TRUE(p.MayClaim("Nothing here.", 0, 13, {}, &cursor));
}

// Cross-check with the unit splitter on random text made of key words,
// other words, digits, hyphens, non-ASCII bytes and number mentions that
// may start or end inside words.
TEST(PrefilterTest, NeverMissesAUnitThatIsAKey) {
  const std::vector<std::string> kKeys = {"killed", "dead",    "hospital", "among",
                                          "man",    "officer", "no"};
  const std::vector<std::string> kPieces = {
      "killed", "Dead", "hospital", "AMONG", "man", "officer", "no",       "mandate", "the",
      " ",      " ",    "  ",       ",",     "-",   "3",       "\xC3\xA9", "x",       "\n"};
  Prefilter p = MakeFilter();
  std::mt19937 rng(7);
  std::string text;
  std::string lower;
  std::vector<Unit> units;
  for (int round = 0; round < 3000; ++round) {
    text.clear();
    size_t pieces = 1 + rng() % 12;
    for (size_t q = 0; q < pieces; ++q) text += kPieces[rng() % kPieces.size()];
    // Up to three mentions over random spans, sorted and not overlapping.
    std::vector<NumberMention> numbers;
    size_t at = 0;
    for (int m = 0; m < 3 && at < text.size(); ++m) {
      size_t start = at + rng() % (text.size() - at);
      size_t len = 1 + rng() % 6;
      if (start + len > text.size()) break;
      NumberMention n;
      n.start = start;
      n.end = start + len;
      n.value = 2;
      numbers.push_back(n);
      at = n.end;
    }
    size_t begin = rng() % 3 < text.size() ? rng() % 3 : 0;
    size_t end = text.size();
    units.clear();
    lower.clear();
    for (size_t q = begin; q < end; ++q) {
      char c = text[q];
      lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    size_t next = 0;
    BuildUnits(text, lower, begin, end, numbers, &next, &units);
    bool cue = false;
    bool counted = false;
    for (size_t q = 0; q < units.size(); ++q) {
      const Unit& u = units[q];
      for (size_t k = 0; k < kKeys.size(); ++k) {
        if (u.lower != kKeys[k] || (kKeys[k] == "among" && q > 0)) continue;
        if (k < 4) cue = true;
        if (k >= 4) counted = true;
      }
    }
    bool has_number = false;
    for (const NumberMention& n : numbers) has_number = has_number || n.start >= begin;
    if (cue && (counted || has_number)) {
      size_t cursor = 0;
      EXPECT_TRUE(p.MayClaim(text, begin, end, numbers, &cursor)) << "[" << text << "]";
    }
  }
}

}  // namespace
}  // namespace dossier::claims
