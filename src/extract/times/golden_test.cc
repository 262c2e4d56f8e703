// Golden-file test of the time layer: every tests/golden/times/<case>.txt is
// run with the document date on its first line ("date: YYYY-MM-DD", or none)
// and compared with <case>.expected.jsonl, one JSON object per time item.
// DOSSIER_UPDATE_GOLDEN=1 rewrites the expected files.
#include "tests/testing/golden.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/json.h"
#include "dossier/times.h"

namespace dossier {
namespace {

TEST(TimesGoldenTest, Cases) {
  auto rec = TimeRecognizer::Create({});
  ASSERT_TRUE(rec.ok());
  testing::CheckGoldenCases("times", [&](const std::string& text) {
    CivilDate date;
    if (text.rfind("date: ", 0) == 0) date = ParseIsoDate(text.substr(6, 10));
    // Sentences: one per line, enough for the golden files.
    std::vector<Sentence> sentences;
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n') {
        if (i > start) sentences.push_back({start, i});
        start = i + 1;
      }
    }
    std::vector<TimeMention> times;
    std::vector<std::string> warnings;
    (*rec)->Recognize(text, sentences, date, &times, &warnings);
    return testing::JsonLinePerItem(
        times,
        [&](const std::vector<TimeMention>& one, JsonWriter* w) { WriteTimesJson(text, one, w); },
        warnings);
  });
}

}  // namespace
}  // namespace dossier
