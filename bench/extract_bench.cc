// End-to-end extraction as `dossier extract` runs it on one core: sentences,
// every layer (numbers, times, entities, quotes, claims) and the JSON Lines
// record, over news text (BBC News articles from ../shared/bench/bbc_news
// when present, else examples/). The layer benchmarks time each layer alone;
// this one says what a user gets per core. Reports bytes of text per second.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "dossier/extract.h"

namespace {

const std::vector<dossier::Document>& Docs() {
  static const std::vector<dossier::Document> docs = [] {
    std::vector<dossier::Document> out;
    size_t n = 0;
    for (std::string& t : dossier::bench::NewsTexts(8u << 20)) {
      dossier::Document d;
      d.id = "d" + std::to_string(n++);
      d.date = "2026-02-26";
      d.text = std::move(t);
      out.push_back(std::move(d));
    }
    return out;
  }();
  return docs;
}

const dossier::Extractor* GetExtractor() {
  static const std::unique_ptr<dossier::Extractor> ex = [] {
    auto r = dossier::Extractor::Create({});
    return r.ok() ? std::move(r).value() : nullptr;
  }();
  return ex.get();
}

size_t Bytes(const std::vector<dossier::Document>& docs) {
  size_t b = 0;
  for (const dossier::Document& d : docs) b += d.text.size();
  return b;
}

// Sentences and all five layers over every document; with `json`, also each
// document's JSON Lines record, as the CLI writes it.
void RunExtract(benchmark::State& state, bool json) {
  const dossier::Extractor* ex = GetExtractor();
  if (ex == nullptr) {
    state.SkipWithError("cannot build the extractor");
    return;
  }
  const auto& docs = Docs();
  std::string line;
  size_t items = 0;
  for (auto _ : state) {
    for (const dossier::Document& d : docs) {
      dossier::Analysis a = ex->Analyze(d);
      items +=
          a.numbers.size() + a.times.size() + a.entities.size() + a.quotes.size() + a.claims.size();
      if (json) {
        line.clear();
        ex->WriteJson(d, a, /*with_text=*/false, &line);
        items += line.size();
      }
    }
    benchmark::DoNotOptimize(items);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(Bytes(docs)));
}

void BM_AnalyzeNews(benchmark::State& state) { RunExtract(state, /*json=*/false); }
void BM_ExtractJsonNews(benchmark::State& state) { RunExtract(state, /*json=*/true); }

BENCHMARK(BM_AnalyzeNews)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ExtractJsonNews)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
