// Golden tests: each tests/golden/claims/<case>.txt is run end to end
// (sentences, numbers, times, claims) and its claims compared, one JSON
// line per claim, with <case>.expected.jsonl. DOSSIER_UPDATE_GOLDEN=1
// rewrites the expected files instead (read the diff before committing).
#include "tests/testing/golden.h"

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

TEST(ClaimsGolden, MatchesExpected) {
  auto numbers = NumberRecognizer::Create({});
  auto times = TimeRecognizer::Create({});
  auto claims = ClaimExtractor::Create({});
  ASSERT_TRUE(numbers.ok()) << numbers.status().ToString();
  ASSERT_TRUE(times.ok()) << times.status().ToString();
  ASSERT_TRUE(claims.ok()) << claims.status().ToString();
  testing::CheckGoldenCases("claims", [&](const std::string& text) {
    std::vector<Sentence> sentences = SplitSentences(text);
    std::vector<NumberMention> found;
    (*numbers)->Recognize(text, &found);
    std::vector<TimeMention> when;
    std::vector<std::string> warnings;
    (*times)->Recognize(text, sentences, CivilDate{2026, 3, 2}, &when, &warnings);
    std::vector<Claim> got_claims;
    (*claims)->Extract(text, sentences, found, when, {}, &got_claims);
    return Render(text, got_claims);
  });
}

}  // namespace
}  // namespace dossier
