// extract/quotes/quote_testing.h: a test fixture shared by the quote
// layer's speaker tests (tests only, never linked into the library): a
// QuoteFinder with the built-in lexicons and the speaker of the quote that
// holds some words.
#ifndef DOSSIER_EXTRACT_QUOTES_QUOTE_TESTING_H_
#define DOSSIER_EXTRACT_QUOTES_QUOTE_TESTING_H_

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"

namespace dossier {

// One table row of a speaker test: a text, a few words of the quote to look
// up, and its wanted speaker ("" for none, "?" for no quote there).
struct SpeakerCase {
  std::string text;
  std::string quote;
  std::string speaker;
};

class QuoteSpeakerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto qf = QuoteFinder::Create({});
    ASSERT_TRUE(qf.ok()) << qf.status().message();
    finder_ = std::move(qf).value();
  }

  // The speaker of the quote holding `words` (marked quotes only unless
  // with_indirect); "?" when none holds it.
  std::string SpeakerOf(const std::string& text, const std::string& words,
                        const std::vector<EntityMention>& mentions = {},
                        bool with_indirect = false) {
    std::vector<Quote> quotes;
    std::vector<std::string> warnings;
    finder_->Find(text, SplitSentences(text), mentions, &quotes, &warnings);
    size_t at = text.find(words);
    for (const Quote& q : quotes) {
      if (!with_indirect && q.kind == QuoteKind::kIndirect) continue;
      if (q.start <= at && at < q.end) return q.speaker;
    }
    return "?";
  }

  // Every quote the finder gives for text and mentions.
  std::vector<Quote> FindAll(const std::string& text, const std::vector<EntityMention>& mentions) {
    std::vector<Quote> quotes;
    std::vector<std::string> warnings;
    finder_->Find(text, SplitSentences(text), mentions, &quotes, &warnings);
    return quotes;
  }

  // Checks every row, found without entity mentions (the finder's own name
  // scan).
  void ExpectSpeakers(const std::vector<SpeakerCase>& cases) {
    for (const SpeakerCase& c : cases) EXPECT_EQ(SpeakerOf(c.text, c.quote), c.speaker) << c.text;
  }

  std::unique_ptr<QuoteFinder> finder_;
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_QUOTES_QUOTE_TESTING_H_
