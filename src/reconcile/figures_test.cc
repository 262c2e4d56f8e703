// Tests of figures across documents: agreement with qualifiers, conflicts,
// tolls changing over time, copies counted once, sub-groups and conflation
// notes. Texts are our own, in the shapes real reports use.
#include <gtest/gtest.h>

#include "reconcile/test_docs.h"

namespace dossier::reconcile {
namespace {

using testing::DocMaker;
using testing::FindFigure;
using testing::Reconcile;

// Five unrelated wordings of one toll (each report independent).
std::vector<DocMaker> FiveTollReports() {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "2030-03-01",
                    "Officials in the valley said 410 civilians were killed, including 52 "
                    "children. The regional council met on Tuesday to discuss aid.");
  docs.emplace_back("b", "2030-03-02",
                    "The shelling took the lives of 410 people, among them 52 children, "
                    "according to the health ministry. Roads remain closed to trucks.");
  docs.emplace_back("c", "",
                    "Victims: approximately 410 killed. Injured: approximately 300 people. "
                    "Schools in the district stayed shut for a week.");
  docs.emplace_back("d", "2030-02-27",
                    "A human rights group counted 410 residents dead after the raid, with "
                    "52 children among them. Families gathered at the square.");
  docs.emplace_back("e", "2030-03-05",
                    "Mourners remembered the 410 villagers who died that night. Volunteers "
                    "cleared rubble from the old market and the mosque.");
  docs[0].AddClaim("410 civilians were killed", "killed", "people", 410);
  docs[0].AddClaim("52 children", "killed", "children", 52).parent = 0;
  docs[1].AddClaim("took the lives of 410 people", "killed", "people", 410);
  docs[1].AddClaim("52 children", "killed", "children", 52).parent = 0;
  docs[2].AddClaim("approximately 410 killed", "killed", "people", 410, Qualifier::kApprox);
  docs[2].AddClaim("approximately 300 people", "injured", "people", 300, Qualifier::kApprox);
  docs[3].AddClaim("410 residents dead", "killed", "people", 410);
  docs[3].AddClaim("52 children", "killed", "children", 52).parent = 0;
  docs[4].AddClaim("410 villagers who died", "killed", "people", 410);
  return docs;
}

TEST(Figures, FiveReportsAgreeOnOneValue) {
  std::vector<DocMaker> docs = FiveTollReports();
  Reconciliation r = Reconcile(docs);
  const Figure* f = FindFigure(r, "killed/people");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->status, "agreed");
  ASSERT_EQ(f->values.size(), 1u);
  EXPECT_EQ(f->values[0].documents.size(), 5u);
  EXPECT_EQ(f->values[0].independent_groups, 5);
  EXPECT_EQ(f->values[0].qualifier, "exact");
  EXPECT_EQ(f->values[0].qualifiers, (std::vector<std::string>{"approx", "exact"}));
  EXPECT_EQ(f->values[0].first_date, "2030-02-27");
  EXPECT_EQ(f->values[0].last_date, "2030-03-05");
  EXPECT_EQ(f->best, 410);
  EXPECT_EQ(f->best_rule, "most_independent_groups");
  ASSERT_FALSE(f->values[0].evidence.empty());
  EXPECT_EQ(f->values[0].evidence[0].text, "410 civilians were killed");
  EXPECT_NE(f->values[0].evidence[0].sentence.find("Officials in the valley"), std::string::npos);
}

TEST(Figures, SubGroupFollowsItsParent) {
  std::vector<DocMaker> docs = FiveTollReports();
  Reconciliation r = Reconcile(docs);
  const Figure* kids = FindFigure(r, "killed/children");
  ASSERT_NE(kids, nullptr);
  EXPECT_EQ(kids->parent, "killed/people");
  ASSERT_GE(r.figures.size(), 3u);
  EXPECT_EQ(r.figures[0].id, "killed/people");
  EXPECT_EQ(r.figures[1].id, "killed/children");
  EXPECT_EQ(r.figures[2].id, "injured/people");
  EXPECT_EQ(r.figures[2].status, "single_source");
}

TEST(Figures, QualifiedValuesFitExactOnes) {
  struct Case {
    Qualifier q1;
    double v1;
    double v2;
    const char* status;
  };
  const Case cases[] = {
      {Qualifier::kAtLeast, 30, 44, "agreed"},  {Qualifier::kMoreThan, 30, 44, "agreed"},
      {Qualifier::kApprox, 600, 613, "agreed"}, {Qualifier::kExact, 30, 44, "conflict"},
      {Qualifier::kAtMost, 30, 44, "conflict"}, {Qualifier::kMoreThan, 45, 44, "conflict"},
      {Qualifier::kLessThan, 50, 44, "agreed"}, {Qualifier::kApprox, 100, 127, "conflict"},
  };
  for (const Case& c : cases) {
    std::vector<DocMaker> docs;
    docs.emplace_back("x", "",
                      "Rescuers say the toll is high: some count here. Rain fell all day.");
    docs.emplace_back("y", "",
                      "A separate count from the coast was given to us. Nothing else known.");
    docs[0].AddClaim("some count here", "killed", "people", c.v1, c.q1);
    docs[1].AddClaim("count from the coast", "killed", "people", c.v2);
    Reconciliation r = Reconcile(docs);
    ASSERT_EQ(r.figures.size(), 1u);
    EXPECT_EQ(r.figures[0].status, c.status) << c.v1 << " vs " << c.v2;
  }
}

TEST(Figures, ConflictKeepsBothValuesAndPicksTheBetterBacked) {
  std::vector<DocMaker> docs;
  const char* texts[] = {
      "Some 900 people were taken hostage during the assault on the town.",
      "The militia seized 900 captives, relatives told reporters on Sunday.",
      "Witnesses at the border crossing said 900 were abducted from the farms.",
      "Hostages and captives: 90 people. Houses: most destroyed.",
  };
  for (int i = 0; i < 4; ++i) {
    docs.emplace_back(std::string(1, static_cast<char>('p' + i)),
                      "2031-01-0" + std::to_string(i + 1), texts[i]);
  }
  docs[0].AddClaim("900 people were taken hostage", "captured", "people", 900);
  docs[1].AddClaim("900 captives", "captured", "people", 900);
  docs[2].AddClaim("900 were abducted", "captured", "people", 900);
  docs[3].AddClaim("90 people", "captured", "people", 90);
  Reconciliation r = Reconcile(docs);
  const Figure* f = FindFigure(r, "captured/people");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->status, "conflict");
  ASSERT_EQ(f->values.size(), 2u);
  EXPECT_EQ(f->values[0].value, 900);
  EXPECT_EQ(f->values[0].documents.size(), 3u);
  EXPECT_EQ(f->values[1].value, 90);
  EXPECT_EQ(f->low, 90);
  EXPECT_EQ(f->best, 900);
  EXPECT_EQ(f->high, 900);
}

TEST(Figures, TieGoesToTheMostRecentReport) {
  std::vector<DocMaker> docs;
  docs.emplace_back("old", "2031-05-01", "Police said 12 people died in the fire at the depot.");
  docs.emplace_back("new", "2031-06-20", "An inquiry later found that 14 workers had perished.");
  docs[0].AddClaim("12 people died", "killed", "people", 12);
  docs[1].AddClaim("14 workers had perished", "killed", "people", 14);
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].status, "conflict");  // 50 days apart and no "rose to"
  EXPECT_EQ(r.figures[0].best, 14);
  EXPECT_EQ(r.figures[0].best_rule, "most_independent_groups_then_latest_report");
}

TEST(Figures, RisingTollIsChangedOverTimeNotConflict) {
  std::vector<DocMaker> docs;
  docs.emplace_back("d3", "2032-07-03",
                    "Forty-six people lost their lives, the agency said on Friday.");
  docs.emplace_back("d1", "2032-07-01", "At least 31 people were killed when the dam failed.");
  docs.emplace_back("d2", "2032-07-02", "The death toll rose to 44 as divers searched the river.");
  docs[0].AddClaim("Forty-six people lost their lives", "killed", "people", 46);
  docs[1].AddClaim("At least 31 people were killed", "killed", "people", 31, Qualifier::kAtLeast);
  docs[2].AddClaim("death toll rose to 44", "killed", "people", 44);
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.figures.size(), 1u);
  const Figure& f = r.figures[0];
  EXPECT_EQ(f.status, "changed_over_time");
  ASSERT_EQ(f.values.size(), 3u);
  EXPECT_EQ(f.values[0].value, 31);
  EXPECT_EQ(f.values[1].value, 44);
  EXPECT_TRUE(f.values[1].rise_wording);
  EXPECT_EQ(f.values[2].value, 46);
  EXPECT_TRUE(f.values[2].latest);
  EXPECT_FALSE(f.values[0].latest);
  EXPECT_EQ(f.best, 46);
  EXPECT_EQ(f.best_rule, "latest_report_of_rising_figure");
}

TEST(Figures, LaterReportRecallingTheFirstTollStillRises) {
  std::vector<DocMaker> docs;
  docs.emplace_back("d1", "2032-07-01", "At least 31 people were killed when the dam failed.");
  docs.emplace_back("d2", "2032-07-02", "The death toll rose to 44 as divers searched the river.");
  docs.emplace_back("d3", "2032-07-04",
                    "The toll, first put at 31, climbed to 46 after two more bodies were found.");
  docs[0].AddClaim("At least 31 people were killed", "killed", "people", 31, Qualifier::kAtLeast);
  docs[1].AddClaim("death toll rose to 44", "killed", "people", 44);
  docs[2].AddClaim("first put at 31", "killed", "people", 31);
  docs[2].AddClaim("climbed to 46", "killed", "people", 46);
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].status, "changed_over_time");
  EXPECT_EQ(r.figures[0].best, 46);
}

TEST(Figures, FallingValuesAreAConflict) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "2032-07-01", "Officials said 60 people were killed in the blast.");
  docs.emplace_back("b", "2032-07-02", "A later count gave 48 dead after duplicates were removed.");
  docs[0].AddClaim("60 people were killed", "killed", "people", 60);
  docs[1].AddClaim("48 dead", "killed", "people", 48);
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].status, "conflict");
}

TEST(Figures, CopiesCountAsOneIndependentGroup) {
  const std::string wire =
      "The storm destroyed 230 homes along the northern coast overnight, emergency officials "
      "said on Monday, adding that crews were still clearing roads and restoring power lines "
      "to the worst hit villages near the estuary.";
  std::vector<DocMaker> docs;
  docs.emplace_back("wire", "2033-01-10", wire);
  docs.emplace_back("copy", "2033-01-11", wire + " Schools will reopen on Thursday.");
  docs[0].AddClaim("destroyed 230 homes", "destroyed", "houses", 230);
  docs[1].AddClaim("destroyed 230 homes", "destroyed", "houses", 230);
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].values[0].documents.size(), 2u);
  EXPECT_EQ(r.figures[0].values[0].independent_groups, 1);
  EXPECT_EQ(r.figures[0].status, "single_source");
}

TEST(Figures, NegatedAndHypotheticalFiguresAreLeftOut) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "", "No one was killed, but the toll could rise to 100 residents.");
  docs[0].AddClaim("No one was killed", "killed", "people", 0).modality = "negated";
  docs[0].AddClaim("could rise to 100", "killed", "people", 100).modality = "hypothetical";
  Reconciliation r = Reconcile(docs);
  EXPECT_TRUE(r.figures.empty());
}

TEST(Figures, SameNumberForDifferentThingsIsFlagged) {
  std::vector<DocMaker> docs;
  docs.emplace_back("h1", "",
                    "Gunmen took 740 people hostage in the mountain villages last spring.");
  docs.emplace_back("h2", "",
                    "Relatives say 740 hostages were marched toward the border that night.");
  docs.emplace_back("h3", "",
                    "Buildings: 740 houses burned or demolished. Crops: lost to the frost.");
  docs[0].AddClaim("740 people hostage", "captured", "people", 740);
  docs[1].AddClaim("740 hostages", "captured", "people", 740);
  docs[2].AddClaim("740 houses burned", "destroyed", "houses", 740);
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.conflations.size(), 1u);
  const FigureNote& n = r.conflations[0];
  EXPECT_EQ(n.kind, "conflation");
  EXPECT_EQ(n.values, std::vector<double>{740});
  EXPECT_EQ(n.categories, (std::vector<std::string>{"captured", "destroyed"}));
  EXPECT_EQ(n.text, "740 appears as captured/people in h1, h2; as destroyed/houses in h3.");
  ASSERT_NE(FindFigure(r, "captured/people"), nullptr);
  EXPECT_EQ(FindFigure(r, "captured/people")->notes.size(), 1u);
  EXPECT_EQ(FindFigure(r, "destroyed/houses")->notes.size(), 1u);
}

TEST(Figures, SubGroupsUnderDifferentParentsShareOneNote) {
  std::vector<DocMaker> docs;
  docs.emplace_back("m", "",
                    "The fate of 95 people, including 31 women and 17 children, is unknown.");
  docs.emplace_back("c", "", "Of the 800 captives, 31 women and 17 children were held apart.");
  auto& m = docs[0];
  m.AddClaim("95 people", "missing", "people", 95);
  m.AddClaim("31 women", "missing", "women", 31).parent = 0;
  m.AddClaim("17 children", "missing", "children", 17).parent = 0;
  auto& c = docs[1];
  c.AddClaim("800 captives", "captured", "people", 800);
  c.AddClaim("31 women", "captured", "women", 31).parent = 0;
  c.AddClaim("17 children", "captured", "children", 17).parent = 0;
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.conflations.size(), 1u);
  EXPECT_EQ(r.conflations[0].values, (std::vector<double>{31, 17}));
  EXPECT_EQ(r.conflations[0].categories, (std::vector<std::string>{"captured", "missing"}));
  EXPECT_EQ(FindFigure(r, "missing/women")->parent, "missing/people");
}

TEST(Figures, SameNumberInOneReportIsNotAConflation) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "", "The attack killed 25 people and injured 25 others near the stadium.");
  docs.emplace_back("b", "", "Twenty-five were killed and twenty-five wounded, a medic said.");
  docs[0].AddClaim("killed 25 people", "killed", "people", 25);
  docs[0].AddClaim("injured 25 others", "injured", "people", 25);
  docs[1].AddClaim("Twenty-five were killed", "killed", "people", 25);
  docs[1].AddClaim("twenty-five wounded", "injured", "people", 25);
  Reconciliation r = Reconcile(docs);
  EXPECT_TRUE(r.conflations.empty());
}

TEST(Figures, TwoValuesFromTheSameReportsAreNotAConflict) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "2030-01-02",
                    "14 children lost both parents and 90 children lost one parent.");
  docs.emplace_back("b", "2030-01-03",
                    "Ninety children lost a parent; 14 children lost both parents.");
  docs[0].AddClaim("14 children lost both", "orphaned", "children", 14);
  docs[0].AddClaim("90 children lost one", "orphaned", "children", 90);
  docs[1].AddClaim("Ninety children lost", "orphaned", "children", 90);
  docs[1].AddClaim("14 children lost both", "orphaned", "children", 14);
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].status, "agreed");
  ASSERT_EQ(r.figures[0].notes.size(), 1u);
  EXPECT_EQ(r.figures[0].notes[0].kind, "same_reports");
  EXPECT_EQ(r.figures[0].notes[0].text,
            "14 and 90 are each given by the same reports (a, b) for orphaned/children; they "
            "may count different groups.");
}

TEST(Figures, MoneyKeepsItsUnit) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "", "Damage is estimated at 340 million dollars by the insurers.");
  docs[0].AddClaim("340 million dollars", "damage", "", 340e6).unit = "USD";
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.figures.size(), 1u);
  EXPECT_EQ(r.figures[0].id, "damage/unspecified/USD");
  EXPECT_EQ(r.figures[0].unit, "USD");
}

}  // namespace
}  // namespace dossier::reconcile
