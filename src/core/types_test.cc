#include "dossier/types.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(ParseIsoDate, AcceptsDatesAndTimestamps) {
  EXPECT_EQ(ParseIsoDate("2026-02-25"), (CivilDate{2026, 2, 25}));
  EXPECT_EQ(ParseIsoDate("2026-02-25T10:00:00Z"), (CivilDate{2026, 2, 25}));
  EXPECT_EQ(FormatIsoDate(ParseIsoDate("2024-02-29")), "2024-02-29");
}

TEST(ParseIsoDate, RejectsImpossibleDates) {
  EXPECT_FALSE(ParseIsoDate("2026-02-30").valid());
  EXPECT_FALSE(ParseIsoDate("2026-13-01").valid());
  EXPECT_FALSE(ParseIsoDate("2026-1-1").valid());
  EXPECT_FALSE(ParseIsoDate("20260225").valid());
}

}  // namespace
}  // namespace dossier
