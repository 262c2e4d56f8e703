// Quote finder throughput over news text (../shared/bench/bbc_news when it
// is there, else examples/), alone and together with the entity recognizer
// it reads. Sentences and, for the first benchmark, entity mentions are
// computed once outside the timed loop. Goal: entities + quotes >= 50 MB/s
// per core.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "dossier/entities.h"
#include "dossier/text.h"

namespace dossier {
namespace {

struct Prepared : bench::SplitCorpus {
  std::vector<std::vector<EntityMention>> entities;
};

const Prepared& Corpus() {
  static const Prepared* p = [] {
    auto* out = new Prepared;
    out->AddAll(bench::NewsTexts(8 << 20));
    auto ner = EntityRecognizer::Create({});
    for (size_t i = 0; i < out->texts.size(); ++i) {
      std::vector<EntityMention> ents;
      if (ner.ok()) (*ner)->Recognize(out->texts[i], out->sentences[i], &ents);
      out->entities.push_back(std::move(ents));
    }
    return out;
  }();
  return *p;
}

void BM_Quotes(benchmark::State& state) {
  const Prepared& c = Corpus();
  auto finder = QuoteFinder::Create({});
  if (!finder.ok()) {
    state.SkipWithError(finder.status().message().c_str());
    return;
  }
  std::vector<Quote> quotes;
  std::vector<std::string> warnings;
  for (auto _ : state) {
    for (size_t i = 0; i < c.texts.size(); ++i) {
      quotes.clear();
      warnings.clear();
      (*finder)->Find(c.texts[i], c.sentences[i], c.entities[i], &quotes, &warnings);
      benchmark::DoNotOptimize(quotes.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_Quotes)->Unit(benchmark::kMillisecond);

void BM_EntitiesAndQuotes(benchmark::State& state) {
  const Prepared& c = Corpus();
  auto ner = EntityRecognizer::Create({});
  auto finder = QuoteFinder::Create({});
  if (!ner.ok() || !finder.ok()) {
    state.SkipWithError("cannot build the entity recognizer or the quote finder");
    return;
  }
  std::vector<EntityMention> entities;
  std::vector<Quote> quotes;
  std::vector<std::string> warnings;
  for (auto _ : state) {
    for (size_t i = 0; i < c.texts.size(); ++i) {
      entities.clear();
      quotes.clear();
      warnings.clear();
      (*ner)->Recognize(c.texts[i], c.sentences[i], &entities);
      (*finder)->Find(c.texts[i], c.sentences[i], entities, &quotes, &warnings);
      benchmark::DoNotOptimize(quotes.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
}
BENCHMARK(BM_EntitiesAndQuotes)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
