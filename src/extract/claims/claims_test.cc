// Unit tests for the claim layer: table-driven sentences in the shapes news
// reports use (written for these tests), each with the claims expected as
// "category group value" (plus "^parent" and "!modality").
#include "dossier/claims.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dossier/json.h"
#include "dossier/numbers.h"
#include "dossier/text.h"
#include "extract/claims/test_numbers.h"

namespace dossier::claims {
namespace {

std::string Describe(const Claim& c) {
  char value[64];
  std::snprintf(value, sizeof value, "%.15g", c.value);
  std::string d = c.category + " " + c.group + " " + value;
  if (c.parent) d += " ^" + std::to_string(*c.parent);
  if (!c.unit.empty()) d += " " + c.unit;
  if (!c.modality.empty()) d += " !" + c.modality;
  return d;
}

class ClaimsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto ce = ClaimExtractor::Create({});
    ASSERT_TRUE(ce.ok()) << ce.status().ToString();
    extractor_ = std::move(ce).value();
    auto nr = NumberRecognizer::Create({});
    ASSERT_TRUE(nr.ok()) << nr.status().ToString();
    numbers_ = std::move(nr).value();
  }
  // End to end on the real text and number layers; with stand_ins, on the
  // test-only stand-ins (rules alone, whatever the number layer does).
  std::vector<Claim> Run(std::string_view text, bool stand_ins = false) {
    std::vector<Sentence> sentences;
    std::vector<NumberMention> numbers;
    if (stand_ins) {
      testing::TestSentences(text, &sentences);
      testing::TestNumbers(text, &numbers);
    } else {
      sentences = dossier::SplitSentences(text);
      numbers_->Recognize(text, &numbers);
    }
    std::vector<Claim> claims;
    extractor_->Extract(text, sentences, numbers, {}, {}, &claims);
    return claims;
  }
  std::vector<std::string> Describe(std::string_view text, bool stand_ins = false) {
    std::vector<std::string> d;
    for (const Claim& c : Run(text, stand_ins)) d.push_back(claims::Describe(c));
    return d;
  }
  std::unique_ptr<ClaimExtractor> extractor_;
  std::unique_ptr<NumberRecognizer> numbers_;
};

struct Case {
  const char* text;
  std::vector<std::string> want;
};

const Case kCases[] = {
    // Subject, verb and number in both voices.
    {"In the end 412 villagers were killed, including 51 children, 88 women and 40 elderly "
     "people.",
     {"killed villagers 412", "killed children 51 ^0", "killed women 88 ^0",
      "killed elderly 40 ^0"}},
    {"The raid killed 212 Chechen civilians \u2013 including 30 women and 19 children \u2013 and "
     "seriously injured 300 others.",
     {"killed civilians 212", "killed women 30 ^0", "killed children 19 ^0", "injured others 300"}},
    {"The landslide took the lives of 38 people.", {"killed people 38"}},
    {"Forty-one people lost their lives when the ferry capsized.", {"killed people 41"}},
    {"The death toll from the floods rose to 57 on Tuesday.", {"killed people 57"}},
    {"Rescuers found two more bodies, bringing the death toll to twenty-seven.",
     {"killed people 27"}},
    {"The quake left a death toll of 311 across the province.", {"killed people 311"}},
    {"Nine families were completely wiped out.", {"killed families 9"}},
    {"Fourteen children lost both parents, while 90 children lost one parent.",
     {"orphaned children 14", "orphaned children 90"}},
    {"A total of 260 people were wounded, including 41 children.",
     {"injured people 260", "injured children 41 ^0"}},
    {"In addition, 900 people were taken hostage.", {"captured people 900"}},
    {"Some 80 of the 700 Kurds that the militia abducted last spring remain missing.",
     {"missing people 80", "captured people 700"}},
    {"The fate of 45 of those taken hostage, including 12 women and 9 children, remains "
     "unknown.",
     {"missing people 45", "missing women 12 ^0", "missing children 9 ^0"}},
    {"Nineteen miners remain unaccounted for.", {"missing miners 19"}},
    {"The blaze forced more than 3,000 residents from their homes.", {"displaced residents 3000"}},
    {"Officials put the number of displaced at 15,500.", {"displaced people 15500"}},
    {"About 2,100 houses were destroyed or badly damaged.", {"destroyed houses 2100"}},
    {"Damage is estimated at $45 million.", {"damage  45000000 USD"}},
    {"The storm caused more than 80 million euros (approximately 87 million US dollars) in "
     "damage.",
     {"damage  80000000 EUR", "damage  87000000 USD"}},
    // Fact-sheet lines.
    {"Victims: approximately 210 killed, including 17 children\nInjured: approximately 95 "
     "people\nHostages and captives: 31 people\nDisplaced population: about 6,000 people forced "
     "to flee",
     {"killed people 210", "killed children 17 ^0", "injured people 95", "captured people 31",
      "displaced people 6000"}},
    // A label that names what it counts.
    {"Homes destroyed: about 950\nBuildings damaged: 130",
     {"destroyed homes 950", "damaged buildings 130"}},
    // Counts without numerals.
    {"A 34-year-old man was shot dead outside a bar.", {"killed men 1"}},
    {"Two teenagers were wounded in the crossfire.", {"injured teenagers 2"}},
    {"A woman and her son were killed when the roof fell.", {"killed people 2"}},
    {"Six people were killed. The gunman was among the dead.",
     {"killed people 6", "killed gunmen 1 ^0"}},
    {"Three people were killed. Among the dead were two children and a teacher.",
     {"killed people 3", "killed children 2 ^0", "killed teachers 1 ^0"}},
    // Vague amounts with a category.
    {"Hundreds were wounded in the stampede.", {"injured people 100"}},
    // Modality.
    {"No one was killed in the blast.", {"killed people 0 !negated"}},
    {"Officials warned the toll could rise to 100.", {"killed people 100 !hypothetical"}},
    // Not claims.
    {"The ferry was carrying 300 passengers.", {}},
    {"Mourners lit 500 candles at the memorial.", {}},
    {"Thirty years have passed since the massacre.", {}},
    {"The town marked the 30th anniversary in 2022.", {}},
    {"Parliaments in 12 countries have adopted resolutions.", {}},
    {"The government paid $5 million in compensation for the damage.", {}},
    {"The 34-year-old mayor attended the ceremony.", {}},
    // Other events, other shapes.
    {"The earthquake killed at least 1,200 people and injured 3,400 others.",
     {"killed people 1200", "injured others 3400"}},
    {"Eight people died and 15 were hurt when the bus overturned.",
     {"killed people 8", "injured people 15"}},
    {"Police said 23 people were arrested after the riot.", {"arrested people 23"}},
    {"Twelve miners were rescued after three days underground.", {"rescued miners 12"}},
    {"The floods have affected more than 200,000 people.", {"affected people 200000"}},
    {"A shooting at the mall left one person dead and three others injured.",
     {"killed people 1", "injured others 3"}},
    {"Four people were shot at a party on Sunday.", {"injured people 4"}},
    {"Five people were shot, two fatally, including a 9-year-old girl.",
     {"shot people 5", "killed people 2", "killed girls 1 ^1"}},
    // "others" counts those besides the dead: still the wounded.
    {"A teenager died at the scene and three others were shot, police said.",
     {"killed teenagers 1", "injured others 3"}},
    {"The gunman killed a guard and shot four others before he fled.",
     {"killed guards 1", "injured others 4"}},
    {"Two men and a woman were killed in the crash.", {"killed men 2", "killed women 1"}},
    {"The blast killed 30 people, 12 of whom were children.",
     {"killed people 30", "killed children 12 ^0"}},
    {"None of the 300 passengers were hurt.", {"injured passengers 300 !negated"}},
    {"Three dead children were found in the house.", {"killed children 3"}},
    {"A 13-year-old boy who accidentally shot and killed his brother was questioned.", {}},
    {"Three students who died in the attack were named.", {"killed students 3"}},
    {"Two suspects fled on foot.", {}},
    {"Police say a gunman killed four people at a home.", {"killed people 4"}},
    {"Rescuers recovered the bodies of five children from one collapsed house.",
     {"killed children 5"}},
    {"Three killed in highway crash.", {"killed people 3"}},
    {"Three others sustained non-fatal bullet wounds.", {"injured others 3"}},
    {"More than 8,000 Muslim men and boys were murdered.", {"killed people 8000"}},
    {"Of the 44 dead, 12 were children.", {"killed people 44", "killed children 12 ^0"}},
    {"Casualties by district. Dead: 12; injured: 40; missing: 3",
     {"killed people 12", "injured people 40", "missing people 3"}},
    {"The report gave no figures: 12 pages in all.", {}},
    {"Some 25,000 women, children and elderly people were forcibly deported.",
     {"displaced people 25000"}},
    {"Two teens were struck by gunfire outside the school.", {"injured teens 2"}},
    {"Two people were killed. The dead included a police officer and a 12-year-old girl.",
     {"killed people 2", "killed police officers 1 ^0", "killed girls 1 ^0"}},
    {"At least 20 people died, including 4 children and a teacher.",
     {"killed people 20", "killed children 4 ^0", "killed teachers 1 ^0"}},
    {"The ambush killed 5 soldiers and 3 civilians.", {"killed soldiers 5", "killed civilians 3"}},
    {"Aid agencies say 40,000 people are living in temporary camps.", {"displaced people 40000"}},
    {"Eight of the dead were police officers.", {"killed police officers 8"}},
    {"The fire destroyed 140 homes and damaged 60 more.",
     {"destroyed homes 140", "damaged homes 60"}},
};

TEST_F(ClaimsTest, Table) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Describe(c.text), c.want) << c.text;
  }
}

// The rules alone, on hand-made number mentions: a change in the number
// layer does not hide a change here.
TEST_F(ClaimsTest, RulesOnStandInNumbers) {
  for (const Case& c : kCases) {
    EXPECT_EQ(Describe(c.text, /*stand_ins=*/true), c.want) << c.text;
  }
}

TEST_F(ClaimsTest, ModifierAndGroupClass) {
  std::vector<Claim> got = Run("The attack killed 212 Chechen civilians.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].group, "civilians");
  EXPECT_EQ(got[0].group_class, "people");
  EXPECT_EQ(got[0].modifier, "Chechen");
  got = Run("Some 700 Kurds were abducted.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].group, "people");
  EXPECT_EQ(got[0].modifier, "Kurdish");
  EXPECT_EQ(got[0].qualifier, Qualifier::kApprox);
}

TEST_F(ClaimsTest, Attribution) {
  std::vector<Claim> got =
      Run("The aid agency says about 25,000 people have been displaced, well above the "
          "government's figure of 15,000.");
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].attributed_to, "the aid agency");
  EXPECT_EQ(got[1].attributed_to, "the government");
  EXPECT_EQ(got[1].category, "displaced");
  got = Run("According to official estimates, 14 people died.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].attributed_to, "official estimates");
  got = Run("According to the regional emergency service, 14 people died.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].attributed_to, "the regional emergency service");
  got = Run("Eleven people were injured, officials said.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].attributed_to, "officials");
  got = Run("Police said 23 people were arrested.");
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].attributed_to, "police");
}

TEST_F(ClaimsTest, SpansCoverNumberAndTrigger) {
  std::string text = "Yesterday 40 people were killed in the storm.";
  std::vector<Claim> got = Run(text);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(text.substr(got[0].start, got[0].end - got[0].start), "40 people were killed");
  EXPECT_EQ(got[0].rule, "trigger_after");
  ASSERT_TRUE(got[0].number.has_value());
}

TEST_F(ClaimsTest, WritesJson) {
  std::string text = "The blast killed 9 people, including 2 children.";
  std::vector<Claim> got = Run(text);
  std::string json;
  JsonWriter w(&json);
  WriteClaimsJson(text, got, &w);
  EXPECT_NE(json.find("\"category\":\"killed\""), std::string::npos) << json;
  EXPECT_NE(json.find("\"parent\":0"), std::string::npos) << json;
  EXPECT_NE(json.find("\"text\":\"killed 9 people\""), std::string::npos) << json;
}

TEST_F(ClaimsTest, SurvivesOddInput) {
  EXPECT_TRUE(Run("").empty());
  EXPECT_TRUE(Run("...,,,;;;").empty());
  EXPECT_TRUE(Run("including including 5 5 5 , , and and").empty());
  Run("\xE2\x80\x93 5 \xE2\x80\x93 killed ( 7 ( 8 ) ) of of the 9");
}

// Adversarial texts: one endless sentence full of figures, cues, lists and
// auxiliaries. Every rule looks at a bounded window, so these finish in
// about linear time (no timing is asserted; a quadratic rule would hang).
TEST_F(ClaimsTest, LongAdversarialSentencesFinish) {
  const char* const kPieces[] = {
      "5 killed, officials said, including 3 children and ",
      "were were were were were were 7 ",
      "among the dead were 2 women, ",
      "a man and a woman and a boy and ",
      "the death toll rose to 9 according to police and ",
      "Of the 4 dead, 2 were children, of whom 1 ",
      "( 6 ( 6 ) ) - 6 -- including -- 6 , 6 , ",
      "7 boys and ",
      "5 men and women and boys and girls and ",
      "5 of the 6 of the 7 of the dead of whom ",
      "no one no one nobody none no deaths ",
      "Damage to 5 and $6 million and $7 million in damage and ",
  };
  for (const char* piece : kPieces) {
    std::string text = "killed ";
    while (text.size() < 200000) text += piece;
    std::vector<Claim> got = Run(text, /*stand_ins=*/true);
    for (const Claim& c : got) {
      ASSERT_LE(c.end, text.size());
      if (c.parent) {
        ASSERT_LT(*c.parent, got.size());
      }
    }
  }
}

TEST(ClaimLexicons, MissingDirectoryFallsBackToBuiltIns) {
  ClaimOptions opts;
  opts.lexicon_dir = "/nonexistent/dir";
  EXPECT_TRUE(ClaimExtractor::Create(opts).ok());
}

std::string TempLexiconDir(const std::string& name, const std::string& file,
                           const std::string& body) {
  std::string dir = ::testing::TempDir() + "/" + name;
  std::filesystem::create_directories(dir + "/claims");
  std::ofstream(dir + "/claims/" + file) << body;
  return dir;
}

TEST(ClaimLexicons, ExtraFileExtendsTriggers) {
  ClaimOptions opts;
  opts.lexicon_dir =
      TempLexiconDir("claims_extra", "triggers.tsv.extra", "vanished\tmissing\tafter\tpersons\n");
  auto ce = ClaimExtractor::Create(opts);
  ASSERT_TRUE(ce.ok()) << ce.status().ToString();
  std::string text = "Five hikers vanished on the ridge.";
  std::vector<NumberMention> numbers;
  std::vector<Sentence> sentences;
  testing::TestSentences(text, &sentences);
  testing::TestNumbers(text, &numbers);
  std::vector<Claim> got;
  (*ce)->Extract(text, sentences, numbers, {}, {}, &got);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].category, "missing");
  EXPECT_EQ(got[0].group, "hikers");
}

TEST(ClaimLexicons, MalformedLineNamesFileAndLine) {
  ClaimOptions opts;
  opts.lexicon_dir =
      TempLexiconDir("claims_bad", "triggers.tsv.extra", "vanished\tgone\tafter\tpersons\n");
  auto ce = ClaimExtractor::Create(opts);
  ASSERT_FALSE(ce.ok());
  EXPECT_NE(ce.status().message().find("claims/triggers.tsv"), std::string::npos)
      << ce.status().message();
  EXPECT_NE(ce.status().message().find("unknown category 'gone'"), std::string::npos);
}

}  // namespace
}  // namespace dossier::claims
