// Golden tests: each tests/golden/numbers/<case>.txt is read whole and its
// numbers compared, one JSON line per item with sorted keys, with
// <case>.expected.jsonl. DOSSIER_UPDATE_GOLDEN=1 rewrites the expected
// files instead (read the diff before committing).
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/json.h"
#include "dossier/numbers.h"

namespace dossier {
namespace {

const std::string kDir = std::string(DOSSIER_SOURCE_DIR) + "/tests/golden/numbers";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// One line per item, keys sorted.
std::string Render(std::string_view text, const std::vector<NumberMention>& found) {
  std::string out;
  for (const NumberMention& n : found) {
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Field("end", static_cast<int64_t>(n.end));
    w.Field("kind", NumberKindName(n.kind));
    w.Field("qualifier", QualifierName(n.qualifier));
    w.Field("rule", n.rule);
    w.Field("start", static_cast<int64_t>(n.start));
    w.Field("text", text.substr(n.start, n.end - n.start));
    w.NullableStringField("unit", n.unit);
    w.Field("value", n.value);
    w.NullableField("value_high", n.value_high);
    w.EndObject();
    out += line;
    out += '\n';
  }
  return out;
}

std::vector<std::string> Cases() {
  std::vector<std::string> names;
  if (DIR* d = opendir(kDir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0)
        names.push_back(name.substr(0, name.size() - 4));
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST(NumbersGolden, MatchesExpected) {
  auto rec = NumberRecognizer::Create({});
  ASSERT_TRUE(rec.ok()) << rec.status().ToString();
  std::vector<std::string> cases = Cases();
  ASSERT_FALSE(cases.empty()) << "no golden cases in " << kDir;
  const char* update = std::getenv("DOSSIER_UPDATE_GOLDEN");
  for (const std::string& name : cases) {
    std::string text = ReadFile(kDir + "/" + name + ".txt");
    std::vector<NumberMention> found;
    (*rec)->Recognize(text, &found);
    std::string got = Render(text, found);
    std::string path = kDir + "/" + name + ".expected.jsonl";
    if (update && std::string(update) == "1") {
      std::ofstream(path, std::ios::binary) << got;
      continue;
    }
    EXPECT_EQ(got, ReadFile(path))
        << "golden case " << name << " (DOSSIER_UPDATE_GOLDEN=1 regenerates it)";
  }
}

}  // namespace
}  // namespace dossier
