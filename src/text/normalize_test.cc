#include <gtest/gtest.h>

#include "dossier/text.h"

namespace dossier {
namespace {

TEST(NormalizeNfc, ComposesCombiningMarks) {
  // "e" + COMBINING ACUTE ACCENT -> "\u00e9"
  EXPECT_EQ(NormalizeNfc("caf"
                         "e\xCC\x81"),
            "caf\xC3\xA9");
}

TEST(NormalizeNfc, LeavesAsciiAndComposedTextAlone) {
  EXPECT_EQ(NormalizeNfc("plain ascii"), "plain ascii");
  EXPECT_EQ(NormalizeNfc("25\xE2\x80\x93"
                         "26"),
            "25\xE2\x80\x93"
            "26");
}

}  // namespace
}  // namespace dossier
