// extract/quotes/quote_testing.h: a test fixture shared by the quote
// layer's speaker tests (tests only, never linked into the library): a
// QuoteFinder with the built-in lexicons and the speaker of the quote that
// holds some words.
#ifndef DOSSIER_EXTRACT_QUOTES_QUOTE_TESTING_H_
#define DOSSIER_EXTRACT_QUOTES_QUOTE_TESTING_H_

#include <gtest/gtest.h>

#include <algorithm>
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

// An entity a test hands the quote layer: each whole-word occurrence of its
// surface becomes a mention.
struct TestEntity {
  std::string surface;
  EntityType type = EntityType::kOrganization;
};

// The mentions of `ents` in text (canonical name the surface, rule "test"),
// in text order; with drop_inside, one inside a longer one ("Norvik" in
// "Norvik Savings Bank") is the longer one's and left out.
inline std::vector<EntityMention> TestMentions(const std::string& text,
                                               const std::vector<TestEntity>& ents,
                                               bool drop_inside = false) {
  auto word_byte = [](char c) { return isalnum(static_cast<unsigned char>(c)) != 0; };
  std::vector<EntityMention> out;
  for (const TestEntity& e : ents) {
    for (size_t p = text.find(e.surface); p != std::string::npos; p = text.find(e.surface, p + 1)) {
      size_t end = p + e.surface.size();
      if ((p > 0 && word_byte(text[p - 1])) || (end < text.size() && word_byte(text[end])))
        continue;
      EntityMention m;
      m.start = p;
      m.end = end;
      m.type = e.type;
      m.canonical = e.surface;
      m.rule = "test";
      out.push_back(m);
    }
  }
  if (drop_inside) {
    std::vector<EntityMention> kept;
    for (const EntityMention& m : out) {
      bool inside = std::any_of(out.begin(), out.end(), [&](const EntityMention& o) {
        return o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start;
      });
      if (!inside) kept.push_back(m);
    }
    out = std::move(kept);
  }
  std::sort(out.begin(), out.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
  return out;
}

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
