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
#include "extract/quotes/quote_testing.h"

namespace dossier {
namespace {

using Ent = TestEntity;

struct Case {
  std::string text;
  std::vector<Ent> ents;  // every whole-word occurrence becomes a mention
  std::string quote;      // a few words of the quote to look up
  std::string speaker;    // its wanted speaker ("?" when no quote holds them)
};

class DescriptionsTest : public QuoteSpeakerTest {
 protected:
  void ExpectCases(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
      EXPECT_EQ(SpeakerOf(c.text, c.quote, TestMentions(c.text, c.ents)), c.speaker) << c.text;
    }
  }
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

const Ent kNorvik{"Norvik", EntityType::kOrganization};
const Ent kKestrel{"Kestrel Bank", EntityType::kOrganization};
const Ent kDelta{"Delta Foods", EntityType::kOrganization};

// "the company said": the organisation the report is about, or one whose
// name holds the head word.
TEST_F(DescriptionsTest, DescriptionOfAnOrganisation) {
  ExpectCases({
      {"Norvik posted a loss. Norvik said its ferries ran late. It is suing Delta Foods. In a "
       "statement the company said it \"could not go on like this\".",
       {kNorvik, kDelta},
       "could not go on",
       "Norvik"},
      {"Norvik sold its stake in Kestrel Bank. The bank said the sale was \"a fair deal for "
       "all\".",
       {kNorvik, kKestrel},
       "fair deal",
       "Kestrel Bank"},
      // No organisation named before: the description stays.
      {"\"We will appeal,\" the company said.", {}, "We will appeal", "the company"},
      // "the committee" only for a committee named before.
      {"Norvik met the Harbour Committee. The committee said it was \"far from happy\".",
       {kNorvik, {"Harbour Committee", EntityType::kOrganization}},
       "far from happy",
       "Harbour Committee"},
      {"Norvik said its ferries ran late. The committee said it was \"far from happy\".",
       {kNorvik},
       "far from happy",
       "the committee"},
  });
}

// "the Dutchman", "the youngster": a person named before.
TEST_F(DescriptionsTest, DescriptionOfAPerson) {
  const Ent mol{"Pieter Mol", EntityType::kPerson};
  ExpectCases({
      {"Pieter Mol was pleased with the win. \"We kept our shape,\" the Dutchman said.",
       {mol},
       "kept our shape",
       "Pieter Mol"},
      {"Winger Pieter Mol is delighted with his call-up. \"It is a dream,\" the youngster said.",
       {mol},
       "a dream",
       "Pieter Mol"},
      {"Pieter Mol recalls the crash. \"I was in pain,\" says the Leiden man.",
       {mol},
       "in pain",
       "Pieter Mol"},
      // "the man" alone is often someone the report never names.
      {"A man was hurt. Pieter Mol saw it. \"I was in pain,\" said the man.",
       {mol},
       "in pain",
       "the man"},
  });
}

// An appositive that is a relative clause, between commas or dashes, with
// commas of its own: the subject comes before it.
TEST_F(DescriptionsTest, RelativeClauseBetweenSubjectAndVerb) {
  const Ent lane{"Ada Lane", EntityType::kPerson};
  ExpectCases({
      {"Ada Lane backs the appeal. The veteran actor, whose films include Red Sky, Low Tide and "
       "Salt: The Return, said: \"The hall must stay open.\"",
       {lane},
       "hall must stay",
       "Ada Lane"},
      {"Senator Ada Lane - who chairs the transport committee, which meets today - said the "
       "plan was \"dead in the water\".",
       {lane},
       "dead in the water",
       "Ada Lane"},
      // Where the person is from, after a comma that nothing closes.
      {"Ada Lane, of the Harbour Trust at the University of Leeds said: \"The design is "
       "poor.\"",
       {lane, {"University of Leeds", EntityType::kOrganization}},
       "design is poor",
       "Ada Lane"},
  });
}

// A reduced relative clause ("found to be ...") between a described
// subject and its verb: the description speaks, not the words after the
// verb; a noun before "to be" ("the first thing to be said") opens none.
TEST_F(DescriptionsTest, ReducedRelativeClauseAfterTheSubject) {
  ExpectCases({
      {"The founder of a small charity found to be a front for smugglers says a ruling to close "
       "it is just a \"temporary setback.\"",
       {},
       "temporary setback",
       "the founder of a small charity"},
      {"A man believed to be the driver of the van said the brakes \"just gave out\".",
       {},
       "just gave out",
       "A man"},
  });
}

// "said Harbours' Jo Reyes": a plural possessive before the name.
TEST_F(DescriptionsTest, PersonAfterAPluralPossessive) {
  ExpectCases({
      {"\"It will be close,\" said Harbours' Jo Reyes.", {}, "will be close", "Jo Reyes"},
  });
}

// A verb after "and" in the sentence of an earlier quote shares its subject.
TEST_F(DescriptionsTest, CoordinatedVerbAfterAnEarlierQuote) {
  ExpectCases({
      {"Jo Reyes said she was \"let down\" by the board and claimed it had known for \"many "
       "months\".",
       {kReyes},
       "many months",
       "Jo Reyes"},
      // A quote that ends its sentence does not carry on.
      {"\"We are done.\" Jo Reyes said the board met and urged it to act \"very soon\".",
       {kReyes},
       "very soon",
       "Jo Reyes"},
  });
}

// "and" inside a post: "the work and pensions minister".
TEST_F(DescriptionsTest, PostWithAnAnd) {
  ExpectCases({
      {"Waiting lists have \"exploded\", the health and care minister has said.",
       {},
       "exploded",
       "the health and care minister"},
      {"\"We are ready,\" said the trade and industry secretary.",
       {},
       "We are ready",
       "the trade and industry secretary"},
      // Two speakers are not one post.
      {"\"We are ready,\" said the minister and the mayor.", {}, "We are ready", "the minister"},
  });
}

// An acronym in capitals before a full stop ends the sentence ("the MP."),
// so the clause before the quote starts after it.
TEST_F(DescriptionsTest, AcronymEndsTheSentence) {
  const Ent lee{"Ann Lee", EntityType::kPerson};
  ExpectCases({
      {"The row began after Jo Reyes met the MP. On tape, Ann Lee is heard asking him if he is "
       "\"a spy\".",
       {kReyes, lee},
       "a spy",
       "Ann Lee"},
  });
}

// Paragraphs of one quote whose breaks were lost ("... ready. "The road
// ..."): the speaker who introduces the run speaks them all, and an
// attribution after the run holds for its first paragraph too.
TEST_F(DescriptionsTest, QuoteRunOverLostParagraphs) {
  const std::string intro =
      "Jo Reyes said: \"We are ready. \"The road is open. \"Come and see,\" said Ann Lee.";
  const std::string after = "\"We won. \"We will win again,\" said Jo Reyes.";
  ExpectCases({
      {intro, {kReyes}, "We are ready", "Jo Reyes"},
      {intro, {kReyes}, "The road is open", "Jo Reyes"},
      {after, {kReyes}, "We won", "Jo Reyes"},
      {after, {kReyes}, "win again", "Jo Reyes"},
  });
}

}  // namespace
}  // namespace dossier
