// Golden tests: each tests/golden/numbers/<case>.txt is read whole and its
// numbers compared, one JSON line per item with sorted keys, with
// <case>.expected.jsonl. DOSSIER_UPDATE_GOLDEN=1 rewrites the expected
// files instead (read the diff before committing).
#include "tests/testing/golden.h"

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

TEST(NumbersGolden, MatchesExpected) {
  auto rec = NumberRecognizer::Create({});
  ASSERT_TRUE(rec.ok()) << rec.status().ToString();
  testing::CheckGoldenCases("numbers", [&](const std::string& text) {
    std::vector<NumberMention> found;
    (*rec)->Recognize(text, &found);
    return Render(text, found);
  });
}

}  // namespace
}  // namespace dossier
