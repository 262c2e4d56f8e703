// Tests of near-duplicate detection and source groups, on both pair
// searches (all pairs and LSH bands).
#include "reconcile/sources.h"

#include <gtest/gtest.h>

#include "reconcile/test_docs.h"

namespace dossier::reconcile {
namespace {

using testing::DocMaker;
using testing::Reconcile;

const char kWire[] =
    "Flood waters swept through the lower town on Tuesday, forcing hundreds of families onto "
    "rooftops while rescue boats worked through the night. The mayor said the river had risen "
    "faster than in any year on record and asked residents of the eastern districts to leave "
    "their homes before the second crest arrives on Thursday morning. Engineers were checking "
    "the old levee near the railway bridge, which had shown cracks earlier in the week.";

const char kOther[] =
    "The national orchestra opened its winter season with a programme of late romantic works, "
    "and the conductor thanked the city for restoring the concert hall after years of neglect. "
    "Tickets for the remaining concerts sold out within an hour, the box office reported.";

TEST(MinHasher, IdenticalTextsMatchAndDifferentOnesDoNot) {
  MinHasher h(5, 128);
  std::vector<uint32_t> a, b, c;
  ASSERT_TRUE(h.Sign(kWire, &a));
  ASSERT_TRUE(h.Sign(kWire, &b));
  ASSERT_TRUE(h.Sign(kOther, &c));
  EXPECT_EQ(EstimateJaccard(a.data(), b.data(), 128), 1.0);
  EXPECT_LT(EstimateJaccard(a.data(), c.data(), 128), 0.1);
  EXPECT_FALSE(h.Sign("  -- ... ", &c));
}

TEST(MinHasher, CaseAndPunctuationDoNotMatter) {
  MinHasher h(5, 128);
  std::vector<uint32_t> a, b;
  ASSERT_TRUE(h.Sign("The river rose fast, and the town flooded overnight.", &a));
  ASSERT_TRUE(h.Sign("the river rose fast -- and THE TOWN flooded overnight", &b));
  EXPECT_EQ(EstimateJaccard(a.data(), b.data(), 128), 1.0);
}

std::vector<DocMaker> WireAndCopies() {
  std::string edited = kWire;
  edited.replace(edited.find("Tuesday"), 7, "Tuesday evening");
  edited += " Schools stay closed.";
  std::vector<DocMaker> docs;
  docs.emplace_back("later-copy", "2035-04-03", edited, "Daily Courier");
  docs.emplace_back("concert", "2035-04-01", kOther, "Arts Weekly");
  docs.emplace_back("wire", "2035-04-02", kWire, "Wire Service");
  docs.emplace_back("undated-copy", "", kWire, "Blog");
  return docs;
}

void ExpectWireGrouping(const Reconciliation& r) {
  ASSERT_EQ(r.sources.size(), 4u);
  EXPECT_EQ(r.group_count, 2);
  EXPECT_EQ(r.sources[0].group, 1);
  EXPECT_EQ(r.sources[1].group, 2);
  EXPECT_EQ(r.sources[2].group, 1);
  EXPECT_EQ(r.sources[3].group, 1);
  // The earliest dated report leads; undated ones never do.
  EXPECT_EQ(r.sources[0].lead, "wire");
  EXPECT_EQ(r.sources[3].lead, "wire");
  EXPECT_EQ(r.sources[2].similarity, 1.0);
  EXPECT_EQ(r.sources[3].similarity, 1.0);
  EXPECT_GE(r.sources[0].similarity, 0.5);
  EXPECT_LT(r.sources[0].similarity, 1.0);
  EXPECT_EQ(r.sources[1].lead, "concert");
}

TEST(SourceGroups, CopiesJoinTheEarliestReport) {
  std::vector<DocMaker> docs = WireAndCopies();
  ExpectWireGrouping(Reconcile(docs));
}

TEST(SourceGroups, LshBandsFindTheSameCopies) {
  std::vector<DocMaker> docs = WireAndCopies();
  ReconcileOptions options;
  options.exact_pairwise_max = 0;
  ExpectWireGrouping(Reconcile(docs, options));
}

TEST(SourceGroups, ThresholdIsAnOption) {
  std::vector<DocMaker> docs = WireAndCopies();
  ReconcileOptions options;
  options.duplicate_threshold = 1.0;
  Reconciliation r = Reconcile(docs, options);
  EXPECT_EQ(r.group_count, 3);  // only the exact copy joins the wire
}

}  // namespace
}  // namespace dossier::reconcile
