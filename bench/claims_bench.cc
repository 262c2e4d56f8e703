// Throughput of full extraction for count claims: numbers + times + claims
// over news text (BBC News articles from ../shared/bench/bbc_news when
// present, else examples/), with sentences split beforehand; the claim layer
// alone on the same text with its inputs precomputed; and a casualty-dense
// text as a worst case. Reports bytes per second.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "dossier/claims.h"
#include "dossier/numbers.h"
#include "dossier/text.h"
#include "dossier/times.h"

namespace {

struct Prepared : dossier::bench::SplitCorpus {
  std::vector<std::vector<dossier::NumberMention>> numbers;
  std::vector<std::vector<dossier::TimeMention>> times;
};

struct Layers {
  std::unique_ptr<dossier::NumberRecognizer> numbers;
  std::unique_ptr<dossier::TimeRecognizer> times;
  std::unique_ptr<dossier::ClaimExtractor> claims;
  bool ok = false;
};

const Layers& GetLayers() {
  static Layers l = [] {
    Layers r;
    auto n = dossier::NumberRecognizer::Create({});
    auto t = dossier::TimeRecognizer::Create({});
    auto c = dossier::ClaimExtractor::Create({});
    if (!n.ok() || !t.ok() || !c.ok()) return r;
    r.numbers = std::move(n).value();
    r.times = std::move(t).value();
    r.claims = std::move(c).value();
    r.ok = true;
    return r;
  }();
  return l;
}

const dossier::CivilDate kDate{2026, 2, 26};

Prepared Prepare(std::vector<std::string> texts) {
  Prepared r;
  r.AddAll(std::move(texts));
  const Layers& l = GetLayers();
  for (size_t i = 0; i < r.texts.size(); ++i) {
    const std::string& t = r.texts[i];
    r.numbers.emplace_back();
    r.times.emplace_back();
    if (!l.ok) continue;
    std::vector<std::string> warnings;
    l.numbers->Recognize(t, &r.numbers.back());
    l.times->Recognize(t, r.sentences[i], kDate, &r.times.back(), &warnings);
  }
  return r;
}

const Prepared& News() {
  static Prepared p = Prepare(dossier::bench::NewsTexts(8u << 20));
  return p;
}

// Nearly every sentence states a figure, with lists, attributions and dates.
const Prepared& Dense() {
  static Prepared p = [] {
    static const char* const kLines[] = {
        "On Monday 47 people were killed, including 12 children and 9 women, officials said. ",
        "The blast killed 26 people and injured at least 70 others, according to the ministry. ",
        "The death toll from the floods rose to 389 on Wednesday, and 23 remain missing. ",
        "About 2,300 families were evacuated and 3,400 houses were destroyed or damaged. ",
        "Damage is estimated at $120 million; no one was hurt in the capital. "};
    std::string t;
    for (size_t i = 0; t.size() < (4u << 20); ++i) t += kLines[i % 5];
    return Prepare({t});
  }();
  return p;
}

// numbers + times + claims, sentences given.
void RunFull(benchmark::State& state, const Prepared& p) {
  const Layers& l = GetLayers();
  if (!l.ok) {
    state.SkipWithError("cannot build the extraction layers");
    return;
  }
  std::vector<dossier::NumberMention> numbers;
  std::vector<dossier::TimeMention> times;
  std::vector<dossier::Claim> claims;
  std::vector<std::string> warnings;
  size_t items = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < p.texts.size(); ++i) {
      numbers.clear();
      times.clear();
      claims.clear();
      warnings.clear();
      l.numbers->Recognize(p.texts[i], &numbers);
      l.times->Recognize(p.texts[i], p.sentences[i], kDate, &times, &warnings);
      l.claims->Extract(p.texts[i], p.sentences[i], numbers, times, {}, &claims);
      items += claims.size();
    }
    benchmark::DoNotOptimize(items);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(p.bytes));
  state.counters["claims_per_MB"] =
      static_cast<double>(items) / static_cast<double>(state.iterations()) / (p.bytes / 1e6);
}

// The claim layer alone, its inputs precomputed.
void RunClaims(benchmark::State& state, const Prepared& p) {
  const Layers& l = GetLayers();
  if (!l.ok) {
    state.SkipWithError("cannot build the extraction layers");
    return;
  }
  std::vector<dossier::Claim> claims;
  size_t items = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < p.texts.size(); ++i) {
      claims.clear();
      l.claims->Extract(p.texts[i], p.sentences[i], p.numbers[i], p.times[i], {}, &claims);
      items += claims.size();
    }
    benchmark::DoNotOptimize(items);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(p.bytes));
}

void BM_FullNews(benchmark::State& state) { RunFull(state, News()); }
void BM_FullDense(benchmark::State& state) { RunFull(state, Dense()); }
void BM_ClaimsOnlyNews(benchmark::State& state) { RunClaims(state, News()); }
void BM_ClaimsOnlyDense(benchmark::State& state) { RunClaims(state, Dense()); }

BENCHMARK(BM_FullNews)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_FullDense)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClaimsOnlyNews)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ClaimsOnlyDense)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
