#include "core/utf8.h"

#include <gtest/gtest.h>

namespace dossier {
namespace {

TEST(Utf8, RepairReplacesEachInvalidByte) {
  std::string out;
  EXPECT_EQ(RepairUtf8(std::string_view("ok\xC3\xA9\xC3(\xED\xA0\x80", 9), &out), 4u);
  EXPECT_EQ(out, "ok\xC3\xA9\xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8, DecodesMultiByte) {
  char32_t cp = 0;
  EXPECT_EQ(DecodeUtf8("\xE2\x80\x93", 0, &cp), 3u);
  EXPECT_EQ(cp, U'\u2013');
}

TEST(Utf8, BinaryDetection) {
  EXPECT_TRUE(LooksBinary(std::string_view("abc\0def", 7)));
  EXPECT_FALSE(LooksBinary("plain text\nwith lines\n"));
}

}  // namespace
}  // namespace dossier
