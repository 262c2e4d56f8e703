// Throughput of the time layer alone on news text (BBC News articles from
// ../shared/bench/bbc_news when present, else examples/), with sentences
// split beforehand so only the recogniser is timed; plus a generated
// date-dense text as a worst case. Reports bytes per second.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "dossier/text.h"
#include "dossier/times.h"

namespace {

using Prepared = dossier::bench::SplitCorpus;

const Prepared& News() {
  static Prepared p = [] {
    Prepared r;
    r.AddAll(dossier::bench::NewsTexts(8u << 20));
    return r;
  }();
  return p;
}

// A text where almost every sentence holds several time expressions.
const Prepared& Dense() {
  static Prepared p = [] {
    Prepared r;
    static const char* const kLines[] = {
        "On the night of February 25-26, 1992, the town was shelled for two hours. ",
        "Thirty-four years have passed since then; 34 years ago the survivors fled. ",
        "Talks held on Tuesday, September 19, 2023, resumed last week and again yesterday. ",
        "The council met every year from 1988 to 1994 and in the fall of 2020. ",
        "Prices rose 1,993 points in the early 1990s, about three decades later than planned. "};
    std::string t;
    for (size_t i = 0; t.size() < (4u << 20); ++i) t += kLines[i % 5];
    r.Add(std::move(t));
    return r;
  }();
  return p;
}

void Run(benchmark::State& state, const Prepared& p) {
  auto rec = dossier::TimeRecognizer::Create({});
  if (!rec.ok()) {
    state.SkipWithError(rec.status().ToString().c_str());
    return;
  }
  dossier::CivilDate date{2026, 2, 26};
  std::vector<dossier::TimeMention> out;
  std::vector<std::string> warnings;
  size_t items = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < p.texts.size(); ++i) {
      out.clear();
      warnings.clear();
      (*rec)->Recognize(p.texts[i], p.sentences[i], date, &out, &warnings);
      items += out.size();
    }
    benchmark::DoNotOptimize(items);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(p.bytes));
  state.counters["items_per_MB"] =
      static_cast<double>(items) / static_cast<double>(state.iterations()) / (p.bytes / 1e6);
}

void BM_TimesNews(benchmark::State& state) { Run(state, News()); }
void BM_TimesDense(benchmark::State& state) { Run(state, Dense()); }

BENCHMARK(BM_TimesNews)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_TimesDense)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
