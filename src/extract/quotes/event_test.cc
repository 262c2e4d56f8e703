// Tests for quote shapes of local event reports (shootings, fires, crashes):
// a short quote inside a sentence that ends in its attribution ("... was in
// “stable” condition, police said."), officers named with a rank
// abbreviation, names followed by a party tag, attributions with no verb,
// and words that never speak (places, captions). Sentences are our own; the
// finder runs without entity mentions (its own name scan) unless a case
// gives them. Only speakers are checked.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"

namespace dossier {
namespace {

#define LDQ "\u201C"
#define RDQ "\u201D"

struct Case {
  std::string text;
  std::string quote;    // a few words of the quote to look up
  std::string speaker;  // its wanted speaker ("" for none, "?" for no quote)
};

class EventQuotesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto qf = QuoteFinder::Create({});
    ASSERT_TRUE(qf.ok()) << qf.status().message();
    finder_ = std::move(qf).value();
  }
  // The speaker of the marked quote holding `words`; "?" when none holds it.
  std::string SpeakerOf(const std::string& text, const std::string& words) {
    std::vector<Quote> quotes;
    std::vector<std::string> warnings;
    finder_->Find(text, SplitSentences(text), {}, &quotes, &warnings);
    size_t at = text.find(words);
    for (const Quote& q : quotes) {
      if (q.kind != QuoteKind::kIndirect && q.start <= at && at < q.end) return q.speaker;
    }
    return "?";
  }
  void ExpectCases(const std::vector<Case>& cases) {
    for (const Case& c : cases) EXPECT_EQ(SpeakerOf(c.text, c.quote), c.speaker) << c.text;
  }
  std::unique_ptr<QuoteFinder> finder_;
};

// The last clause of the sentence, after a comma, attributes a short quote
// earlier in it; only a time, a place or an appositive may follow the verb.
TEST_F(EventQuotesTest, ShortQuoteInASentenceEndingInItsAttribution) {
  ExpectCases({
      {"The driver was in " LDQ "stable" RDQ " condition at Mercy Hospital and the passenger "
       "was treated at the scene, police said.",
       "stable", "police"},
      {"The girl was " LDQ "pale" RDQ " and shaking when deputies arrived, the report states.",
       "pale", "the report"},
      {"Neighbours heard a " LDQ "loud" RDQ " argument before the shots, according to a "
       "spokeswoman for the county sheriff.",
       "loud", "a spokeswoman"},
      {"One man was " LDQ "cleaning" RDQ " a rifle in the garage, said Sgt. Lena Holt, a "
       "department spokeswoman.",
       "cleaning", "Lena Holt"},
      {"The pair were " LDQ "fooling around" RDQ " with a pistol, officers said in a statement "
       "Tuesday.",
       "fooling around", "officers"},
      // A clause after the verb: the verb attributes that clause, not this one.
      {"The boy was " LDQ "pale" RDQ " and quiet in the back seat of the car on the way to the "
       "hospital in town, police said he would recover.",
       "pale", "?"},
      // A title in quote marks is no speech.
      {"A bar called " LDQ "Blue Lantern" RDQ " was closed, police said.", "Blue Lantern", "?"},
  });
}

}  // namespace
}  // namespace dossier
