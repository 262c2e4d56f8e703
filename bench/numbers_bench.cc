// Throughput of the number layer alone (NumberRecognizer::Recognize) on news
// text: the BBC news set from ../shared when it is there, else a generated
// text dense in numbers. Reports bytes per second.
//
//   cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DDOSSIER_BENCH=ON
//   ninja -C build-bench numbers_bench && build-bench/bench/numbers_bench
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "dossier/numbers.h"

namespace {

const dossier::NumberRecognizer& Recognizer() {
  static const dossier::NumberRecognizer* rec =
      dossier::NumberRecognizer::Create({}).value().release();
  return *rec;
}

// Sentences of our own, heavy in numbers, repeated to `bytes`.
std::vector<std::string> GeneratedTexts(size_t bytes) {
  static const char* kLines[] = {
      "More than 140 people were killed and about 2,300 injured on March 3, 2021. ",
      "The fund pledged $1.2bn, roughly 170 million US dollars, over 3-4 years. ",
      "Between 30 and 40 boats sank; hundreds of homes and 12% of the fields flooded. ",
      "A 21-year-old was among two hundred and six passengers on Flight 302 at 11 p.m. ",
      "Officials said nearly 8,000 residents, a third of the town, fled in 1992. ",
  };
  std::vector<std::string> out;
  std::string text;
  size_t total = 0;
  while (total < bytes) {
    for (const char* line : kLines) text += line;
    if (text.size() > 4000) {
      total += text.size();
      out.push_back(std::move(text));
      text.clear();
    }
  }
  return out;
}

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> t = dossier::bench::NewsTexts(8 << 20);
    return t.empty() ? GeneratedTexts(8 << 20) : t;
  }();
  return texts;
}

void RunOver(benchmark::State& state, const std::vector<std::string>& texts) {
  const dossier::NumberRecognizer& rec = Recognizer();
  std::vector<dossier::NumberMention> found;
  size_t bytes = 0, items = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      found.clear();
      rec.Recognize(t, &found);
      bytes += t.size();
      items += found.size();
    }
    benchmark::DoNotOptimize(found.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["items"] =
      benchmark::Counter(static_cast<double>(items), benchmark::Counter::kIsRate);
}

void BM_NumbersNews(benchmark::State& state) { RunOver(state, Texts()); }
BENCHMARK(BM_NumbersNews)->Unit(benchmark::kMillisecond);

void BM_NumbersDense(benchmark::State& state) {
  static const std::vector<std::string> texts = GeneratedTexts(4 << 20);
  RunOver(state, texts);
}
BENCHMARK(BM_NumbersDense)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
