// Fuzz target: every ingest reader (text, Markdown, HTML, JSON Lines) and
// sentence splitting on arbitrary bytes. Must never crash or hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dossier/ingest.h"
#include "dossier/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (const char* name : {"f.txt", "f.md", "f.html", "f.jsonl"}) {
    dossier::IngestBuffer(
        name, bytes, {},
        [](dossier::Document&& d) {
          auto sentences = dossier::SplitSentences(d.text);
          for (const auto& s : sentences) {
            if (s.start > s.end || s.end > d.text.size()) __builtin_trap();
          }
        },
        [](const dossier::Diagnostic&) {});
  }
  return 0;
}
