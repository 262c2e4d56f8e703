// Tests for speakers given as descriptions and organisations, and for
// quotes inside reported clauses: "the company said" for the organisation
// named before, "the Dutchman said" for the person, a partial quote inside
// "Jo Reyes said the plan was ...", a coordinated verb after an earlier
// quote. Only speakers are checked. Entity mentions are built by hand, as
// the entity layer would give them.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"

namespace dossier {
namespace {

struct Ent {
  std::string surface;
  EntityType type;
};

struct Case {
  std::string text;
  std::vector<Ent> ents;  // every whole-word occurrence becomes a mention
  std::string quote;      // a few words of the quote to look up
  std::string speaker;    // its wanted speaker ("?" when no quote holds them)
};

std::vector<EntityMention> Mentions(const std::string& text, const std::vector<Ent>& ents) {
  std::vector<EntityMention> out;
  for (const Ent& e : ents) {
    for (size_t p = text.find(e.surface); p != std::string::npos; p = text.find(e.surface, p + 1)) {
      size_t end = p + e.surface.size();
      bool left = p == 0 || !isalpha(static_cast<unsigned char>(text[p - 1]));
      bool right = end >= text.size() || !isalpha(static_cast<unsigned char>(text[end]));
      if (!left || !right) continue;
      EntityMention m;
      m.start = p;
      m.end = end;
      m.type = e.type;
      m.canonical = e.surface;
      m.rule = "test";
      out.push_back(m);
    }
  }
  std::sort(out.begin(), out.end(),
            [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
  return out;
}

class DescriptionsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto qf = QuoteFinder::Create({});
    ASSERT_TRUE(qf.ok()) << qf.status().message();
    finder_ = std::move(qf).value();
  }
  std::string SpeakerOf(const Case& c) {
    std::vector<Quote> quotes;
    std::vector<std::string> warnings;
    finder_->Find(c.text, SplitSentences(c.text), Mentions(c.text, c.ents), &quotes, &warnings);
    size_t at = c.text.find(c.quote);
    for (const Quote& q : quotes) {
      if (q.kind != QuoteKind::kIndirect && q.start <= at && at < q.end) return q.speaker;
    }
    return "?";
  }
  void ExpectCases(const std::vector<Case>& cases) {
    for (const Case& c : cases) EXPECT_EQ(SpeakerOf(c), c.speaker) << c.text;
  }
  std::unique_ptr<QuoteFinder> finder_;
};

const Ent kReyes{"Jo Reyes", EntityType::kPerson};

// After a speech verb, words followed by a verb open the reported clause;
// they do not speak.
TEST_F(DescriptionsTest, PartialQuoteInAReportedClause) {
  ExpectCases({
      {"Channel 9 said the plan was \"a mess\" and would fail.", {}, "a mess", "Channel"},
      {"Jo Reyes, the head of Norvik Films, said there would be \"a lot of Ireland\" in the "
       "film.",
       {kReyes},
       "a lot of Ireland",
       "Jo Reyes"},
      {"\"Our plan is ready,\" said the minister.", {}, "Our plan", "the minister"},
  });
}

// Verbs that take the quoted words as their object; their passives and
// participles name no speaker.
TEST_F(DescriptionsTest, VerbsWithTheQuoteAsObject) {
  ExpectCases({
      {"Jo Reyes branded the harbour plan \"a costly mistake\" on Monday.",
       {kReyes},
       "costly mistake",
       "Jo Reyes"},
      {"Jo Reyes accused the board of \"bad faith\".", {kReyes}, "bad faith", "Jo Reyes"},
      {"Jo Reyes attacked \"greedy\" landlords.", {kReyes}, "greedy", "Jo Reyes"},
      {"Jo Reyes has been accused of \"bad faith\" by the union.", {kReyes}, "bad faith", "?"},
      {"A ferry plan branded as \"reckless\" is back.", {}, "reckless", "?"},
  });
}

}  // namespace
}  // namespace dossier
