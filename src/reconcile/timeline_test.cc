// Tests of the merged timeline: TIMEX parsing, one entry for a night told
// five ways (range, single days, "N years ago", "the Nth anniversary"),
// coarse dates that stand alone, order.
#include "reconcile/timeline.h"

#include <gtest/gtest.h>

#include "reconcile/test_docs.h"

namespace dossier::reconcile {
namespace {

using testing::DocMaker;
using testing::Reconcile;

TEST(ParseTimexDay, Shapes) {
  struct Case {
    const char* value;
    bool ok;
    const char* lo;
    const char* hi;
    int precision;
    uint8_t parts;
  };
  const Case cases[] = {
      {"1992-02-26", true, "1992-02-26", "1992-02-26", 0, 0},
      {"1992-02-25TNI", true, "1992-02-25", "1992-02-25", 0, 1},
      {"2024-06-14TMO", true, "2024-06-14", "2024-06-14", 0, 2},
      {"2024-06-14T10:30", true, "2024-06-14", "2024-06-14", 0, 0},
      {"1992-02", true, "1992-02-01", "1992-02-29", 1, 0},
      {"1992", true, "1992-01-01", "1992-12-31", 2, 0},
      {"2025-SU", true, "2025-01-01", "2025-12-31", 2, 0},
      {"XXXX-02-26", false, "", "", 0, 0},
      {"199X", false, "", "", 0, 0},
      {"P3D", false, "", "", 0, 0},
      {"1992-02-30", false, "", "", 0, 0},
      {"1992-13", false, "", "", 0, 0},
  };
  for (const Case& c : cases) {
    DaySpan s;
    ASSERT_EQ(ParseTimexDay(c.value, &s), c.ok) << c.value;
    if (!c.ok) continue;
    EXPECT_EQ(CivilFromDays(s.lo), c.lo) << c.value;
    EXPECT_EQ(CivilFromDays(s.hi), c.hi) << c.value;
    EXPECT_EQ(s.precision, c.precision) << c.value;
    EXPECT_EQ(s.parts, c.parts) << c.value;
  }
}

std::vector<DocMaker> FiveWaysToDateANight() {
  std::vector<DocMaker> docs;
  docs.emplace_back("r1", "2040-03-09",
                    "On the night of March 8-9, 2006, the harbour district of Velmora was shelled. "
                    "Relief convoys arrived in April 2006.");
  docs.emplace_back("r2", "2040-03-08",
                    "Thirty-four years have passed since the harbour district was shelled. "
                    "Date of the shelling: 9 March 2006");
  docs.emplace_back("r3", "", "Survivors recall March 8, 2006, when the first shells hit Velmora.");
  docs.emplace_back("r4", "2040-03-09",
                    "34 years ago the harbour district of Velmora was shelled without warning.");
  docs.emplace_back("r5", "2040-03-09",
                    "On the 34th anniversary of the Velmora shelling, survivors laid flowers.");
  TimeMention& a = docs[0].AddTime("March 8", "2006-03-08TNI");
  a.range = "2006-03-08TNI/2006-03-09TNI";
  a.range_other = 1;
  TimeMention& b = docs[0].AddTime("9, 2006", "2006-03-09TNI");
  b.range = "2006-03-08TNI/2006-03-09TNI";
  b.range_other = 0;
  docs[0].AddTime("April 2006", "2006-04");
  docs[1].AddTime("9 March 2006", "2006-03-09");
  docs[2].AddTime("March 8, 2006", "2006-03-08");
  TimeMention& ago = docs[3].AddTime("34 years ago", "2006");
  ago.anchor = TimeAnchor::kDocumentDate;
  ago.implied_event_date = "2006";
  TimeMention& ann = docs[4].AddTime("the 34th anniversary", "2040");
  ann.implied_event_date = "2006-03-09";
  return docs;
}

TEST(Timeline, OneNightToldFiveWaysIsOneEntry) {
  std::vector<DocMaker> docs = FiveWaysToDateANight();
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.timeline.size(), 2u);
  const TimelineEntry& night = r.timeline[0];
  EXPECT_EQ(night.date, "2006-03-08/2006-03-09");
  EXPECT_EQ(night.precision, "day");
  EXPECT_EQ(night.parts_of_day, std::vector<std::string>{"night"});
  EXPECT_EQ(night.sources, (std::vector<std::string>{"r1", "r2", "r3", "r4", "r5"}));
  EXPECT_EQ(night.mention_count, 5u);
  bool implied_note = false;
  for (const TimelineMention& m : night.mentions) {
    if (m.document == "r4") {
      EXPECT_EQ(m.how, "implied");
      EXPECT_EQ(m.note, "event date implied by \"34 years ago\" in a report dated 2040-03-09");
      implied_note = true;
    }
  }
  EXPECT_TRUE(implied_note);
  EXPECT_EQ(r.timeline[1].date, "2006-04");
  EXPECT_EQ(r.timeline[1].sources, std::vector<std::string>{"r1"});
}

TEST(Timeline, DayAndMonthTakeTheYearImpliedInTheirSentence) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "2040-03-09",
                    "34 years ago, on the night of 8-9 March, the district was shelled.");
  TimeMention& ago = docs[0].AddTime("34 years ago", "2006");
  ago.implied_event_date = "2006";
  TimeMention& from = docs[0].AddTime("8", "2040-03-08TNI", 1);
  from.anchor = TimeAnchor::kDocumentDate;
  from.range_other = 2;
  TimeMention& to = docs[0].AddTime("9 March", "2040-03-09TNI");
  to.anchor = TimeAnchor::kDocumentDate;
  to.range_other = 1;
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.timeline.size(), 1u);
  EXPECT_EQ(r.timeline[0].date, "2006-03-08/2006-03-09");
  ASSERT_EQ(r.timeline[0].mentions.size(), 2u);
  EXPECT_EQ(r.timeline[0].mentions[0].note,
            "year implied by \"34 years ago\" in the same sentence");
}

TEST(Timeline, CoarseDateWithOtherWordingStandsAlone) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "", "The ferry sank on 3 May 2011 near the cape.");
  docs.emplace_back("b", "", "In 2011 the parliament passed a new budget law.");
  docs[0].AddTime("3 May 2011", "2011-05-03");
  docs[1].AddTime("2011", "2011");
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.timeline.size(), 2u);
  EXPECT_EQ(r.timeline[0].date, "2011");  // sorted by first day covered
  EXPECT_EQ(r.timeline[1].date, "2011-05-03");
}

TEST(Timeline, CoarseDateWithSharedWordingJoins) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "", "The ferry Marisol sank near the cape on 3 May 2011.");
  docs.emplace_back("b", "", "The ferry Marisol sank near the cape in May 2011, survivors said.");
  docs[0].AddTime("3 May 2011", "2011-05-03");
  docs[1].AddTime("May 2011", "2011-05");
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.timeline.size(), 1u);
  EXPECT_EQ(r.timeline[0].sources, (std::vector<std::string>{"a", "b"}));
}

TEST(Timeline, SeparateDaysStaySeparateAndSorted) {
  std::vector<DocMaker> docs;
  docs.emplace_back("a", "", "Talks resumed on 12 June 2019. A ceasefire held from 2 June 2019.");
  docs[0].AddTime("12 June 2019", "2019-06-12");
  docs[0].AddTime("2 June 2019", "2019-06-02");
  docs[0].AddTime("resumed", "");  // unresolved: left out
  TimeMention& d = docs[0].AddTime("Talks", "P3D");
  d.type = TimeType::kDuration;
  Reconciliation r = Reconcile(docs);
  ASSERT_EQ(r.timeline.size(), 2u);
  EXPECT_EQ(r.timeline[0].date, "2019-06-02");
  EXPECT_EQ(r.timeline[1].date, "2019-06-12");
}

}  // namespace
}  // namespace dossier::reconcile
