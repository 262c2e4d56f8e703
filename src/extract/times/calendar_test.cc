// Tests of the calendar arithmetic behind the time layer.
#include "extract/times/calendar.h"

#include <gtest/gtest.h>

namespace dossier::times {
namespace {

TEST(CalendarTest, DaysRoundTrip) {
  for (int64_t d = -800000; d < 800000; d += 997) {
    CivilDate c = CivilFromDays(d);
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), d);
  }
  EXPECT_EQ(DaysFromCivil(1970, 1, 1), 0);
}

TEST(CalendarTest, Weekdays) {
  EXPECT_EQ(Weekday({1992, 2, 26}), 3);  // a Wednesday
  EXPECT_EQ(Weekday({2026, 2, 26}), 4);  // a Thursday
  EXPECT_EQ(Weekday({2013, 3, 22}), 5);
}

TEST(CalendarTest, IsoWeeks) {
  EXPECT_EQ(FormatWeek({2013, 3, 22}), "2013-W12");
  EXPECT_EQ(FormatWeek({2010, 1, 3}), "2009-W53");
  EXPECT_EQ(FormatWeek({2008, 12, 29}), "2009-W01");
}

TEST(CalendarTest, AddMonthsClamps) {
  EXPECT_EQ(AddMonths({2024, 3, 31}, -1), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(AddMonths({2024, 1, 15}, -13), (CivilDate{2022, 12, 15}));
  EXPECT_EQ(AddMonths({2024, 11, 15}, 2), (CivilDate{2025, 1, 15}));
}

TEST(CalendarTest, Validity) {
  EXPECT_TRUE(IsValidDay(2000, 2, 29));
  EXPECT_FALSE(IsValidDay(1900, 2, 29));
  EXPECT_FALSE(IsValidDay(1992, 2, 30));
  EXPECT_FALSE(IsValidDay(1992, 13, 1));
}

}  // namespace
}  // namespace dossier::times
