// Golden-file test of the quote layer: every tests/golden/quotes/<case>.txt
// is split into sentences and run without entity mentions (the finder's own
// name scan), then compared with <case>.expected.jsonl, one JSON object per
// quote, then one per warning. DOSSIER_UPDATE_GOLDEN=1 rewrites the expected
// files; read the diff before committing.
#include "tests/testing/golden.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/entities.h"
#include "dossier/json.h"
#include "dossier/text.h"

namespace dossier {
namespace {

TEST(QuotesGoldenTest, Cases) {
  auto finder = QuoteFinder::Create({});
  ASSERT_TRUE(finder.ok());
  testing::CheckGoldenCases("quotes", [&](const std::string& text) {
    std::vector<Quote> quotes;
    std::vector<std::string> warnings;
    (*finder)->Find(text, SplitSentences(text), {}, &quotes, &warnings);
    return testing::JsonLinePerItem(
        quotes,
        [&](const std::vector<Quote>& one, JsonWriter* w) { WriteQuotesJson(text, one, w); },
        warnings);
  });
}

}  // namespace
}  // namespace dossier
