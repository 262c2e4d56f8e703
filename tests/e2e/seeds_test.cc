// The seed articles in ../shared/corpus/seeds, read in place (never copied):
// five documents, the three date markers found, no page furniture left.
// Skipped, with a message, where ../shared is not there.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/testing/run.h"

namespace dossier {
namespace {

TEST(Seeds, IngestFindsDatesAndDropsFurniture) {
  std::string seeds = std::string(DOSSIER_SHARED_DIR) + "/corpus/seeds";
  if (!std::filesystem::is_directory(seeds)) {
    GTEST_SKIP() << "no seed corpus at " << seeds << " (../shared is absent); skipped";
  }
  auto r = testing::RunCommand(std::string(DOSSIER_BINARY) + " extract --with-text " + seeds);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 5);
  for (const char* date : {"2026-02-25", "2026-02-23", "2026-02-26"}) {
    EXPECT_NE(r.out.find(std::string("\"date\":\"") + date + "\",\"date_origin\":\"detected\""),
              std::string::npos)
        << date;
  }
  EXPECT_EQ(r.out.find("Leave a Reply"), std::string::npos);
  EXPECT_EQ(r.out.find(" px"), std::string::npos);
  EXPECT_EQ(r.out.find("\\u21ba"), std::string::npos);
  EXPECT_EQ(r.out.find("\xE2\x86\xBA"), std::string::npos);  // the widget's arrow
  EXPECT_EQ(r.out.find("\"text\":\" date"), std::string::npos);
}

}  // namespace
}  // namespace dossier
