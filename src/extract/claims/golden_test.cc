// Golden tests: each tests/golden/claims/<case>.txt is run end to end
// (sentences, numbers, times, claims) and its claims compared, one JSON
// line per claim, with <case>.expected.jsonl. DOSSIER_UPDATE_GOLDEN=1
// rewrites the expected files instead (read the diff before committing).
#include <dirent.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/claims.h"
#include "dossier/json.h"
#include "dossier/numbers.h"
#include "dossier/text.h"
#include "dossier/times.h"

namespace dossier {
namespace {

const std::string kDir = std::string(DOSSIER_SOURCE_DIR) + "/tests/golden/claims";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void NullableIndex(JsonWriter* w, std::string_view key, const std::optional<size_t>& v) {
  w->Key(key);
  if (v) {
    w->Uint(*v);
  } else {
    w->Null();
  }
}

// One line per claim, keys sorted.
std::string Render(std::string_view text, const std::vector<Claim>& claims) {
  std::string out;
  for (const Claim& c : claims) {
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.NullableStringField("attributed_to", c.attributed_to);
    w.Field("category", c.category);
    w.Field("group", c.group);
    w.NullableStringField("group_class", c.group_class);
    w.NullableStringField("modality", c.modality);
    w.NullableStringField("modifier", c.modifier);
    NullableIndex(&w, "parent", c.parent);
    w.Field("rule", c.rule);
    w.Field("text", text.substr(c.start, c.end - c.start));
    NullableIndex(&w, "time", c.time);
    w.NullableStringField("unit", c.unit);
    w.Field("value", c.value);
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

TEST(ClaimsGolden, MatchesExpected) {
  auto numbers = NumberRecognizer::Create({});
  auto times = TimeRecognizer::Create({});
  auto claims = ClaimExtractor::Create({});
  ASSERT_TRUE(numbers.ok()) << numbers.status().ToString();
  ASSERT_TRUE(times.ok()) << times.status().ToString();
  ASSERT_TRUE(claims.ok()) << claims.status().ToString();
  std::vector<std::string> cases = Cases();
  ASSERT_FALSE(cases.empty()) << "no golden cases in " << kDir;
  const char* update = std::getenv("DOSSIER_UPDATE_GOLDEN");
  for (const std::string& name : cases) {
    std::string text = ReadFile(kDir + "/" + name + ".txt");
    std::vector<Sentence> sentences = SplitSentences(text);
    std::vector<NumberMention> found;
    (*numbers)->Recognize(text, &found);
    std::vector<TimeMention> when;
    std::vector<std::string> warnings;
    (*times)->Recognize(text, sentences, CivilDate{2026, 3, 2}, &when, &warnings);
    std::vector<Claim> got_claims;
    (*claims)->Extract(text, sentences, found, when, {}, &got_claims);
    std::string got = Render(text, got_claims);
    std::string path = kDir + "/" + name + ".expected.jsonl";
    if (update && std::string(update) == "1") {
      std::ofstream(path, std::ios::binary) << got;
      continue;
    }
    EXPECT_EQ(got, ReadFile(path)) << "golden case " << name;
  }
}

}  // namespace
}  // namespace dossier
