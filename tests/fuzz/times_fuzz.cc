// Fuzz target: the time recogniser on arbitrary bytes, with and without a
// document date taken from the input. Must never crash or hang; every item
// must lie inside the text, items must be sorted, range links must point at
// each other.
//
// Build and run (tests/fuzz/CMakeLists.txt; every library is instrumented):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DDOSSIER_FUZZ=ON -DDOSSIER_WERROR=OFF
//   ninja -C build/fuzz times_fuzz
//   build/fuzz/tests/fuzz/times_fuzz -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/times.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto rec = dossier::TimeRecognizer::Create({});
  if (!rec.ok()) __builtin_trap();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  // Sentences: split at newlines, so sentence indexes get exercised.
  std::vector<dossier::Sentence> sentences;
  size_t start = 0;
  for (size_t i = 0; i <= size; ++i) {
    if (i == size || text[i] == '\n') {
      if (i > start) sentences.push_back({start, i});
      start = i + 1;
    }
  }
  dossier::CivilDate dates[2] = {{}, {2026, 2, 26}};
  if (size >= 3) dates[0] = {1 + data[0] * 8, 1 + data[1] % 12, 1 + data[2] % 28};
  for (const dossier::CivilDate& date : dates) {
    std::vector<dossier::TimeMention> out;
    std::vector<std::string> warnings;
    (*rec)->Recognize(text, sentences, date, &out, &warnings);
    for (size_t k = 0; k < out.size(); ++k) {
      const dossier::TimeMention& m = out[k];
      if (m.start >= m.end || m.end > size) __builtin_trap();
      if (k > 0 && out[k - 1].start > m.start) __builtin_trap();
      if (m.range_other && (*m.range_other >= out.size() || out[*m.range_other].range_other != k))
        __builtin_trap();
      if (m.anchor_index && (*m.anchor_index >= out.size() || *m.anchor_index == k))
        __builtin_trap();
    }
    std::string json;
    dossier::JsonWriter w(&json);
    dossier::WriteTimesJson(text, out, &w);
  }
  return 0;
}
