// Golden-file test of the quote layer: every tests/golden/quotes/<case>.txt
// is split into sentences and run without entity mentions (the finder's own
// name scan), then compared with <case>.expected.jsonl, one JSON object per
// quote, then one per warning. DOSSIER_UPDATE_GOLDEN=1 rewrites the expected
// files; read the diff before committing.
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

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Render(const std::string& text, const std::vector<Quote>& quotes,
                   const std::vector<std::string>& warnings) {
  std::string out;
  for (const Quote& q : quotes) {
    std::string line;
    JsonWriter w(&line);
    WriteQuotesJson(text, std::vector<Quote>{q}, &w);
    out += line.substr(1, line.size() - 2) + "\n";  // without the array brackets
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

TEST(QuotesGoldenTest, Cases) {
  fs::path dir = fs::path(DOSSIER_SOURCE_DIR) / "tests" / "golden" / "quotes";
  ASSERT_TRUE(fs::exists(dir)) << dir;
  auto finder = QuoteFinder::Create({});
  ASSERT_TRUE(finder.ok());
  bool update = std::getenv("DOSSIER_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  ASSERT_FALSE(cases.empty());
  for (const fs::path& c : cases) {
    std::string text = ReadFile(c);
    std::vector<Quote> quotes;
    std::vector<std::string> warnings;
    (*finder)->Find(text, SplitSentences(text), {}, &quotes, &warnings);
    std::string got = Render(text, quotes, warnings);
    fs::path expected = c;
    expected.replace_extension(".expected.jsonl");
    if (update) {
      std::ofstream(expected, std::ios::binary) << got;
      continue;
    }
    EXPECT_EQ(got, ReadFile(expected)) << c;
  }
}

}  // namespace
}  // namespace dossier
