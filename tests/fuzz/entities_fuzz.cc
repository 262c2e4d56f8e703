// Fuzz target: the entity recognizer on arbitrary bytes, with sentences split
// at newlines and with no sentences at all. Must never crash or hang; every
// mention must lie inside the text, be non-empty, sorted and not overlap
// the one before, and its JSON must be writable.
//
// Build and run (tests/fuzz/CMakeLists.txt; every library is instrumented):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DDOSSIER_FUZZ=ON -DDOSSIER_WERROR=OFF
//   ninja -C build/fuzz entities_fuzz
//   build/fuzz/tests/fuzz/entities_fuzz -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/entities.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto ner = dossier::EntityRecognizer::Create({});
  if (!ner.ok()) __builtin_trap();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<dossier::Sentence> lines;
  size_t start = 0;
  for (size_t i = 0; i <= size; ++i) {
    if (i == size || text[i] == '\n') {
      if (i > start) lines.push_back({start, i});
      start = i + 1;
    }
  }
  const std::vector<dossier::Sentence> none;
  const std::vector<dossier::Sentence>* cases[] = {&lines, &none};
  for (const auto* sentences : cases) {
    std::vector<dossier::EntityMention> out;
    (*ner)->Recognize(text, *sentences, &out);
    for (size_t k = 0; k < out.size(); ++k) {
      const dossier::EntityMention& m = out[k];
      if (m.start >= m.end || m.end > size) __builtin_trap();
      if (k > 0 && out[k - 1].end > m.start) __builtin_trap();
      if (m.canonical.empty()) __builtin_trap();
    }
    std::string json;
    dossier::JsonWriter w(&json);
    dossier::WriteEntitiesJson(text, out, &w);
  }
  return 0;
}
