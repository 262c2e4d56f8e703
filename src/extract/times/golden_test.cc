// Golden-file test of the time layer: every tests/golden/times/<case>.txt is
// run with the document date on its first line ("date: YYYY-MM-DD", or none)
// and compared with <case>.expected.jsonl, one JSON object per time item.
// DOSSIER_UPDATE_GOLDEN=1 rewrites the expected files.
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

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One JSON line per item, with the same fields as WriteTimesJson.
std::string Render(const std::string& text, const std::vector<TimeMention>& times,
                   const std::vector<std::string>& warnings) {
  std::string out;
  for (const TimeMention& m : times) {
    std::string line;
    JsonWriter w(&line);
    std::vector<TimeMention> one{m};
    WriteTimesJson(text, one, &w);
    // Strip the array brackets.
    out += line.substr(1, line.size() - 2) + "\n";
  }
  for (const std::string& warning : warnings) {
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Field("warning", warning);
    w.EndObject();
    out += line + "\n";
  }
  return out;
}

TEST(TimesGoldenTest, Cases) {
  fs::path dir = fs::path(DOSSIER_SOURCE_DIR) / "tests" / "golden" / "times";
  ASSERT_TRUE(fs::exists(dir)) << dir;
  auto rec = TimeRecognizer::Create({});
  ASSERT_TRUE(rec.ok());
  bool update = std::getenv("DOSSIER_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  ASSERT_FALSE(cases.empty());
  for (const fs::path& c : cases) {
    std::string text = ReadFile(c);
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
    std::string got = Render(text, times, warnings);
    fs::path expected = c;
    expected.replace_extension(".expected.jsonl");
    if (update) {
      std::ofstream(expected, std::ios::binary) << got;
      continue;
    }
    EXPECT_EQ(got, ReadFile(expected))
        << "golden case " << c.filename()
        << " differs; rerun with DOSSIER_UPDATE_GOLDEN=1 after review";
  }
}

}  // namespace
}  // namespace dossier
