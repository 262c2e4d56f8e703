// Tests for speakers that are organisations, bodies and documents: a short
// form or an acronym of an organisation named in full before ("Norvik said"
// after "Norvik Savings Bank"), a definite description of one ("the
// thrift said"), and a document standing for whoever issued it ("the
// statement said", "said a government communique"). Entity mentions are
// built by hand, as the entity layer would give them; only speakers are
// checked.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"
#include "extract/quotes/quote_testing.h"

namespace dossier {
namespace {

using Org = TestEntity;

struct Case {
  std::string text;
  std::vector<Org> ents;  // every whole-word occurrence not inside a longer one
  std::string quote;      // a few words of the quote to look up
  std::string speaker;    // its wanted speaker
};

class OrganisationsTest : public QuoteSpeakerTest {
 protected:
  void ExpectCases(const std::vector<Case>& cases) {
    for (const Case& c : cases)
      EXPECT_EQ(SpeakerOf(c.text, c.quote, TestMentions(c.text, c.ents, true)), c.speaker)
          << c.text;
  }
};

// A short form or an acronym of an organisation named in full before it.
TEST_F(OrganisationsTest, ShortFormOfAnOrganisation) {
  ExpectCases({
      {"Norvik Savings Bank said it would shut two branches. Higher fees had \"changed the sums "
       "for both sides,\" Norvik said.",
       {{"Norvik Savings Bank"}, {"Norvik"}},
       "changed the sums",
       "Norvik Savings Bank"},
      {"The Harlow County Sheriff's Office said a boy was hurt. The shooting was \"a tragic "
       "accident,\" HCSO said.",
       {{"Harlow County Sheriff's Office"}, {"HCSO"}},
       "tragic accident",
       "Harlow County Sheriff's Office"},
      // An acronym spells its name wherever the name stands.
      {"HSU calls off the race\nThe Harbour Sailing Union said on Monday the race was off. \"The "
       "sea is too rough,\" HSU said.",
       {{"Harbour Sailing Union"}, {"HSU"}},
       "sea is too rough",
       "Harbour Sailing Union"},
      // A longer name after the short one is a part or a product.
      {"Norvik said sales rose. It opened Norvik Labs in May. \"We are pleased,\" Norvik said.",
       {{"Norvik Labs"}, {"Norvik"}},
       "We are pleased",
       "Norvik"},
      // Two organisations the short form opens: neither.
      {"Norvik Foods and Norvik Ferries merged. \"It is a good day,\" Norvik said.",
       {{"Norvik Foods"}, {"Norvik Ferries"}, {"Norvik"}},
       "good day",
       "Norvik"},
  });
}

// A document named with its issuer: the words after it ("a release from
// X"), before its own name ("a Norvik statement", "the governor's
// statement"), or the subject of the verb that issued it.
TEST_F(OrganisationsTest, DocumentNamedWithItsIssuer) {
  ExpectCases({
      {"\"The road will stay shut until Friday,\" a press release from prosecutors said.",
       {},
       "road will stay",
       "prosecutors"},
      {"\"Two men were seen running away,\" according to a news release from the Harlow "
       "Police Department.",
       {{"Harlow Police Department"}},
       "Two men were seen",
       "Harlow Police Department"},
      {"\"Nothing is settled yet,\" said a government communique read at the rally.",
       {},
       "Nothing is settled",
       "the government"},
      {"The Harbour Sailing Union met on Monday. \"The race is off,\" an HSU statement said.",
       {{"Harbour Sailing Union"}, {"HSU"}},
       "race is off",
       "Harbour Sailing Union"},
      {"The union issued a statement saying \"the workers deserve better than this\" and left.",
       {},
       "workers deserve",
       "the union"},
      {"\"The ruling is unfair,\" a motion by Jo Reyes's lawyers stated.",
       {{"Jo Reyes", EntityType::kPerson}},
       "ruling is unfair",
       "Jo Reyes's lawyers"},
      // A bare document noun with no issuer stays as it is.
      {"\"We are looking into it,\" a statement said.", {}, "looking into it", "a statement"},
  });
}

// "the statement said" after a sentence that names the document and its
// issuer with no mention the entity layer gave.
TEST_F(OrganisationsTest, DocumentNamedBefore) {
  ExpectCases({
      {"In a Harbour Commission filing, Norvik Ferries said it held 6% of the shares. It has "
       "\"no firm plans,\" the filing said.",
       {{"Norvik Ferries"}},
       "no firm plans",
       "Norvik Ferries"},
      {"The club said in its statement that the coach would stay. \"He has our full "
       "support,\" the statement said.",
       {},
       "full support",
       "the club"},
      // The document named before with its issuer in front of it.
      {"Three men broke in, according to a Harlow police news release. \"One of them fired "
       "twice,\" the news release states.",
       {},
       "fired twice",
       "Harlow police"},
      // "the statement" again: the one named before it.
      {"In a statement released on Friday, the family said they were grateful. \"He loved the "
       "sea,\" the statement said. \"He will be missed,\" the statement said.",
       {},
       "will be missed",
       "the family"},
      // None named before: the body that spoke just before.
      {"The district said counsellors were \"on hand\". \"It is a hard day for us all,\" the "
       "statement read.",
       {},
       "hard day",
       "the district"},
      {"\"I apologise to all who lost money,\" Mr Reyes's statement said.",
       {{"Reyes", EntityType::kPerson}},
       "I apologise",
       "Reyes"},
  });
}

// "the company said", "the school said": the organisation named before.
TEST_F(OrganisationsTest, DescriptionOfAnOrganisation) {
  ExpectCases({
      // After a place set off by commas, before an "of" phrase.
      {"Harlow Fasteners Inc. said profit fell. The Harlow, Del., maker of bolts also said it "
       "expects \"slightly lower\" sales.",
       {{"Harlow Fasteners Inc."}},
       "slightly lower",
       "Harlow Fasteners Inc."},
      // The lead describes the organisation the report is about.
      {"Danish brewer Norvik has bought a stake in Kestrel Foods.\n\nKestrel Foods said the "
       "deal was fair. Kestrel Foods shares rose. The brewer said it was \"not looking to buy "
       "more\".",
       {{"Norvik"}, {"Kestrel Foods"}},
       "not looking",
       "Norvik"},
      // A kind of body the name holds.
      {"Pupils at Harlow Grammar School were sent home early. The school said it was \"deeply "
       "saddened\".",
       {{"Harlow Grammar School"}},
       "deeply saddened",
       "Harlow Grammar School"},
      // The name the report opens with, which no mention covers.
      {"Norvik is thinking of building a plant in Spain.\n\nThe Danish giant said the plan was "
       "only \"a possible idea\" for now.",
       {},
       "a possible idea",
       "Norvik"},
      {"Norvik's Inc. said it adopted a rights plan.\n\nThe company said it was \"worried about "
       "the bid\" by a rival group.",
       {},
       "worried about",
       "Norvik's Inc."},
      // The organisation that spoke just before.
      {"Kestrel Web ran the site. Kestrel Web said nothing. Kestrel Web is big. Norvik Ferries, "
       "which hosts the site, said in a statement that it was \"shut at once\". The company said "
       "it was told it broke \"our rules on threats\".",
       {{"Kestrel Web"}, {"Norvik Ferries"}},
       "our rules",
       "Norvik Ferries"},
  });
}

}  // namespace
}  // namespace dossier
