// Fuzz target: the claim layer on arbitrary bytes, end to end over the real
// sentence, number and time layers, and on the same text with number
// mentions derived from the input bytes (so odd spans, overlaps at sentence
// edges and every number kind reach the rules). Must never crash or hang;
// every claim must lie inside the text, and parent, number and time indices
// must point at existing items (a parent before its part).
//
// Configure with clang and -DDOSSIER_FUZZ=ON (see tests/fuzz/CMakeLists.txt):
//   ninja -C build/fuzz claims_fuzz && build/fuzz/tests/fuzz/claims_fuzz -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/claims.h"
#include "dossier/json.h"
#include "dossier/numbers.h"
#include "dossier/text.h"
#include "dossier/times.h"

namespace {

void Check(std::string_view text, const std::vector<dossier::NumberMention>& numbers,
           const std::vector<dossier::TimeMention>& times,
           const std::vector<dossier::Claim>& claims) {
  for (size_t k = 0; k < claims.size(); ++k) {
    const dossier::Claim& c = claims[k];
    if (c.start > c.end || c.end > text.size()) __builtin_trap();
    if (c.parent && *c.parent >= k) __builtin_trap();
    if (c.number && *c.number >= numbers.size()) __builtin_trap();
    if (c.time && *c.time >= times.size()) __builtin_trap();
  }
  std::string json;
  dossier::JsonWriter w(&json);
  dossier::WriteClaimsJson(text, claims, &w);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto numbers = dossier::NumberRecognizer::Create({});
  static auto times = dossier::TimeRecognizer::Create({});
  static auto claims = dossier::ClaimExtractor::Create({});
  if (!numbers.ok() || !times.ok() || !claims.ok()) __builtin_trap();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<dossier::Sentence> sentences = dossier::SplitSentences(text);
  std::vector<dossier::NumberMention> found;
  (*numbers)->Recognize(text, &found);
  std::vector<dossier::TimeMention> when;
  std::vector<std::string> warnings;
  (*times)->Recognize(text, sentences, dossier::CivilDate{2026, 2, 26}, &when, &warnings);
  std::vector<dossier::Claim> out;
  (*claims)->Extract(text, sentences, found, when, {}, &out);
  Check(text, found, when, out);

  // Synthetic mentions: every 7th byte starts a mention of a kind chosen by
  // the byte itself, sorted and not overlapping, as the contract requires.
  std::vector<dossier::NumberMention> synthetic;
  for (size_t i = 0; i + 2 < size; i += 7) {
    dossier::NumberMention m;
    m.start = i;
    m.end = i + 1 + data[i] % 2;
    m.value_start = m.start;
    m.value_end = m.end;
    m.value = data[i + 1];
    m.kind = static_cast<dossier::NumberKind>(data[i + 2] % 14);
    synthetic.push_back(m);
  }
  out.clear();
  (*claims)->Extract(text, sentences, synthetic, {}, {}, &out);
  Check(text, synthetic, {}, out);
  return 0;
}
