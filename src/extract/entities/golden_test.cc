// Golden-file test of the entity layer: every tests/golden/entities/<case>.txt
// is split into sentences with SplitSentences and compared with
// <case>.expected.jsonl, one JSON object per entity mention (the fields of
// WriteEntitiesJson). DOSSIER_UPDATE_GOLDEN=1 rewrites the expected files.
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

std::string Render(const std::string& text, const std::vector<EntityMention>& entities) {
  std::string out;
  for (const EntityMention& m : entities) {
    std::string line;
    JsonWriter w(&line);
    WriteEntitiesJson(text, {m}, &w);
    out += line.substr(1, line.size() - 2) + "\n";  // strip the array brackets
  }
  return out;
}

TEST(EntitiesGoldenTest, Cases) {
  fs::path dir = fs::path(DOSSIER_SOURCE_DIR) / "tests" / "golden" / "entities";
  ASSERT_TRUE(fs::exists(dir)) << dir;
  auto ner = EntityRecognizer::Create({});
  ASSERT_TRUE(ner.ok());
  bool update = std::getenv("DOSSIER_UPDATE_GOLDEN") != nullptr;
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  ASSERT_FALSE(cases.empty());
  for (const fs::path& c : cases) {
    std::string text = ReadFile(c);
    std::vector<EntityMention> entities;
    (*ner)->Recognize(text, SplitSentences(text), &entities);
    std::string got = Render(text, entities);
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
