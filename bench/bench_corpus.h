// bench/bench_corpus.h: the texts benchmarks run over. News text from
// ../shared/bench/bbc_news when it is there (read in place), else the
// sample reports in examples/. Benchmark-only helper.
#ifndef DOSSIER_BENCH_BENCH_CORPUS_H_
#define DOSSIER_BENCH_BENCH_CORPUS_H_

#include <string>
#include <vector>

#include "dossier/ingest.h"
#include "dossier/text.h"

namespace dossier::bench {

// Document texts, at least `min_bytes` in all (repeating the corpus).
inline std::vector<std::string> NewsTexts(size_t min_bytes) {
  std::vector<std::string> base;
  std::string bbc = std::string(DOSSIER_SHARED_DIR) + "/bench/bbc_news/bbc_news.jsonl";
  std::string examples = std::string(DOSSIER_SOURCE_DIR) + "/examples";
  for (const std::string& input : {bbc, examples}) {
    Ingest(
        {input}, {}, [&](Document&& d) { base.push_back(std::move(d.text)); },
        [](const Diagnostic&) {});
    if (!base.empty()) break;
  }
  std::vector<std::string> out;
  size_t total = 0;
  while (total < min_bytes && !base.empty()) {
    for (const std::string& t : base) {
      out.push_back(t);
      total += t.size();
    }
  }
  return out;
}

// Texts with their sentences split beforehand, so a benchmark times only the
// layer it measures.
struct SplitCorpus {
  std::vector<std::string> texts;
  std::vector<std::vector<Sentence>> sentences;
  size_t bytes = 0;

  void Add(std::string text) {
    sentences.push_back(SplitSentences(text));
    bytes += text.size();
    texts.push_back(std::move(text));
  }
  void AddAll(std::vector<std::string> all) {
    for (std::string& t : all) Add(std::move(t));
  }
};

}  // namespace dossier::bench

#endif  // DOSSIER_BENCH_BENCH_CORPUS_H_
