// Tests for which quoted spans the quote finder reports: titles, nicknames
// and words named stay out of the quotes; chants and cries stay in. Runs the
// whole finder, with no entity mentions.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dossier/entities.h"

namespace dossier {
namespace {

#define LDQ "\u201C"
#define RDQ "\u201D"

class ReportingTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto qf = QuoteFinder::Create({});
    ASSERT_TRUE(qf.ok()) << qf.status().message();
    finder_ = std::move(qf).value();
  }
  std::vector<std::string> Quoted(const std::string& text) const {
    std::vector<Quote> quotes;
    std::vector<std::string> warnings;
    finder_->Find(text, {}, {}, &quotes, &warnings);
    std::vector<std::string> out;
    for (const Quote& q : quotes) {
      if (q.kind != QuoteKind::kIndirect) out.push_back(text.substr(q.start, q.end - q.start));
    }
    return out;
  }
  std::unique_ptr<QuoteFinder> finder_;
};

struct Case {
  const char* text;
  std::vector<std::string> quoted;
};

TEST_F(ReportingTest, Table) {
  const Case cases[] = {
      // Titles of works, even with a speaker nearby.
      {"She said her new film, " LDQ "The Quiet Harbour," RDQ " opens in May.", {}},
      {"He told " LDQ "Evenings with Dana Reyes" RDQ " that the plan was " LDQ
       "a waste of public money" RDQ ".",
       {"a waste of public money"}},
      {"The pilot, Joseph " LDQ "Jo" RDQ " Reyes, said " LDQ "we will land at noon" RDQ ".",
       {"we will land at noon"}},
      {"She never used the word " LDQ "resign" RDQ ", aides said.", {}},
      // A chant or a cry is speech however short.
      {"The crowd answered with chants of " LDQ "Jo! Jo! Jo" RDQ " as she spoke.", {"Jo! Jo! Jo"}},
      // A quote stays a quote.
      {LDQ "We will rebuild the pier by spring," RDQ " the mayor said.",
       {"We will rebuild the pier by spring"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Quoted(c.text), c.quoted) << c.text;
}

}  // namespace
}  // namespace dossier
