// libFuzzer target for the number layer: any bytes, repaired to valid UTF-8,
// go through NumberRecognizer; the items must stay inside the text, sorted
// and never overlapping. It checks no values, only that the recognizer
// neither crashes nor breaks its contract.
//
// Build and run (tests/fuzz/CMakeLists.txt):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DDOSSIER_FUZZ=ON -DDOSSIER_WERROR=OFF
//   ninja -C build/fuzz numbers_fuzz
//   build/fuzz/tests/fuzz/numbers_fuzz -max_len=4096 -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "dossier/numbers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const dossier::NumberRecognizer* rec = [] {
    auto r = dossier::NumberRecognizer::Create({});
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  if (rec == nullptr) __builtin_trap();
  std::string text;
  dossier::RepairUtf8(std::string_view(reinterpret_cast<const char*>(data), size), &text);
  std::vector<dossier::NumberMention> found;
  rec->Recognize(text, &found);
  size_t last = 0;
  for (const dossier::NumberMention& m : found) {
    if (m.start < last || m.end <= m.start || m.end > text.size()) __builtin_trap();
    if (m.value_start < m.start || m.value_end > m.end) __builtin_trap();
    last = m.end;
  }
  return 0;
}
