// Fuzz target: the quote finder on arbitrary text, with and without entity
// mentions built from the input's bytes. Must never crash or hang, and every
// quote must point inside the text.
//
// Build and run (tests/fuzz/CMakeLists.txt; every library is instrumented):
//   CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DDOSSIER_FUZZ=ON -DDOSSIER_WERROR=OFF
//   ninja -C build/fuzz quotes_fuzz
//   build/fuzz/tests/fuzz/quotes_fuzz -max_total_time=60
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/entities.h"
#include "dossier/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto finder = dossier::QuoteFinder::Create({});
  if (!finder.ok()) __builtin_trap();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<dossier::Sentence> sentences = dossier::SplitSentences(text);
  // Entity mentions over every capitalised ASCII word, alternating types.
  std::vector<dossier::EntityMention> entities;
  for (size_t i = 0; i < size; ++i) {
    if (text[i] < 'A' || text[i] > 'Z' || (i > 0 && text[i - 1] != ' ')) continue;
    size_t j = i;
    while (j < size && text[j] != ' ') ++j;
    dossier::EntityMention m;
    m.start = i;
    m.end = j;
    m.type =
        entities.size() % 2 ? dossier::EntityType::kPerson : dossier::EntityType::kOrganization;
    m.canonical = std::string(text.substr(i, j - i));
    entities.push_back(m);
    i = j;
  }
  static const std::vector<dossier::EntityMention> kNone;
  const std::vector<dossier::EntityMention>* both[] = {&kNone, &entities};
  for (const std::vector<dossier::EntityMention>* ents : both) {
    std::vector<dossier::Quote> quotes;
    std::vector<std::string> warnings;
    (*finder)->Find(text, sentences, *ents, &quotes, &warnings);
    for (const auto& q : quotes) {
      if (q.start > q.end || q.end > size) __builtin_trap();
      if (q.speaker_start && (*q.speaker_start > *q.speaker_end || *q.speaker_end > size))
        __builtin_trap();
    }
  }
  return 0;
}
