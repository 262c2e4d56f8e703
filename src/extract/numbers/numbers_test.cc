// Unit tests for the number layer: table-driven cases over NumberRecognizer.
#include "dossier/numbers.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(NumberKindName, Names) {
  EXPECT_EQ(NumberKindName(NumberKind::kDatePart), "date_part");
  EXPECT_EQ(QualifierName(Qualifier::kMoreThan), "more_than");
}

}  // namespace
}  // namespace dossier
