// Tests for the quote finder's tokenizer and vocabulary.
#include "extract/quotes/words.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/quotes/clauses.h"

namespace dossier::quotes {
namespace {

std::vector<std::string> Texts(const std::string& text) {
  std::vector<Tok> toks;
  TokenizeRange(text, 0, text.size(), &toks);
  std::vector<std::string> out;
  for (const Tok& t : toks) out.emplace_back(TokText(text, t));
  return out;
}

TEST(QuoteWords, Tokenize) {
  EXPECT_EQ(Texts("Halden's crew don't, 1,275 \u201Cok\u201D"),
            (std::vector<std::string>{"Halden's", "crew", "don't", ",", "1,275", "\u201C", "ok",
                                      "\u201D"}));
  EXPECT_EQ(Texts("Russia\u2019s so-called R. Fieldstone"),
            (std::vector<std::string>{"Russia\u2019s", "so-called", "R", ".", "Fieldstone"}));
  EXPECT_EQ(Texts("\u00C7elik \u0130zmir"), (std::vector<std::string>{"\u00C7elik", "\u0130zmir"}));
}

TEST(QuoteWords, OverlongBytesAlwaysAdvance) {
  // 0xC0 0xB0 is an overlong '0' (found by the fuzzer: it once stalled here).
  std::string text = "a \xC0\xB0 b";
  std::vector<Tok> toks;
  TokenizeRange(text, 0, text.size(), &toks);
  EXPECT_LE(toks.size(), 4u);
}

TEST(QuoteWords, Capitals) {
  std::string text = "Mira halden NATO \u00C7elik";
  std::vector<Tok> toks;
  TokenizeRange(text, 0, text.size(), &toks);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_TRUE(toks[0].cap);
  EXPECT_FALSE(toks[1].cap);
  EXPECT_TRUE(toks[2].upper);
  EXPECT_TRUE(toks[3].cap);
}

TEST(QuoteWords, LexiconLoads) {
  QuoteLexicon lex;
  ASSERT_TRUE(lex.Load(LexiconLoader()).ok());
  ASSERT_NE(lex.Verb("Said"), nullptr);
  EXPECT_EQ(lex.Verb("said")->lemma, "say");
  EXPECT_TRUE(lex.Verb("told")->flags & kAddressee);
  EXPECT_TRUE(lex.Verb("attacked")->flags & kObject);
  EXPECT_FALSE(lex.Verb("said")->flags & kObject);
  EXPECT_EQ(lex.Verb("table"), nullptr);
  EXPECT_TRUE(lex.Classes("She") & kPersonPronoun);
  EXPECT_TRUE(lex.Classes("officials") & kRole);
  EXPECT_FALSE(lex.cues().empty());
}

// The bounded tokenizers give exactly what tokenizing the whole range and
// cutting at sentence ends gives.
TEST(QuoteWords, SentenceTokenizersMatchCutting) {
  const std::string texts[] = {
      "The crew left. Mr. Halden said; then R. Fieldstone told us",
      "no end here at all, only words",
      "U.S. officials met. She said ok. Sen. Lee",
      "Why? Because! The end.",
      "",
  };
  for (const std::string& text : texts) {
    for (size_t begin = 0; begin <= text.size(); begin += 3) {
      std::vector<Tok> all;
      TokenizeRange(text, begin, text.size(), &all);
      std::vector<Tok> last = all;
      bool cut = KeepLastSentence(text, &last);
      std::vector<Tok> first = all;
      KeepFirstSentence(text, &first);
      std::vector<Tok> got;
      EXPECT_EQ(TokenizeLastSentence(text, begin, text.size(), &got), cut) << text;
      ASSERT_EQ(got.size(), last.size()) << text << " from " << begin;
      for (size_t k = 0; k < got.size(); ++k) EXPECT_EQ(got[k].start, last[k].start);
      TokenizeFirstSentence(text, begin, text.size(), &got);
      ASSERT_EQ(got.size(), first.size()) << text << " from " << begin;
      for (size_t k = 0; k < got.size(); ++k) EXPECT_EQ(got[k].end, first[k].end);
    }
  }
}

TEST(QuoteWords, WordTableFoldsCase) {
  WordTable<int> folded;
  folded.Insert("said") = 1;
  ASSERT_NE(folded.Find("SAID"), nullptr);
  EXPECT_EQ(*folded.Find("Said"), 1);
  EXPECT_EQ(folded.Find("sai"), nullptr);
  WordTable<bool, false> exact;
  for (int i = 0; i < 200; ++i)
    exact.Insert(std::string_view("abcdefghijklmnopqrstuvwxyz").substr(i % 26, 1 + i / 26)) = true;
  EXPECT_NE(exact.Find("abc"), nullptr);
  EXPECT_EQ(exact.Find("ABC"), nullptr);
}

}  // namespace
}  // namespace dossier::quotes
