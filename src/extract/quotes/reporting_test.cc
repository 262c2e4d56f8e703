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
#define LSQ "\u2018"
#define RSQ "\u2019"

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
      // A section head in single marks quoting the text below it, in a report
      // whose speech is in double marks, is no quote of its own.
      {LDQ "The water came in fast," RDQ " Jo Reyes said.\n\n'Not a single boat left.'\n\nThe "
           "harbour stayed shut.",
       {"The water came in fast"}},
      {LSQ "Calm before the storm" RSQ " in the valley\n\n" LDQ "We saw it coming," RDQ
           " the mayor said.",
       {"We saw it coming"}},
      // Single marks that open a long paragraph of speech stay a quote.
      {LDQ "It is over," RDQ " she said.\n\n'We waited three days for the road to open and "
           "nobody came,' said Ana Lee, who runs the bakery by the bridge.",
       {"It is over", "We waited three days for the road to open and nobody came"}},
      // A quote stays a quote.
      {LDQ "We will rebuild the pier by spring," RDQ " the mayor said.",
       {"We will rebuild the pier by spring"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Quoted(c.text), c.quoted) << c.text;
}

}  // namespace
}  // namespace dossier
