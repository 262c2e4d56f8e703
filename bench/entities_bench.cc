// Throughput of the entity layer alone on news text (BBC News articles from
// ../shared/bench/bbc_news when present, else examples/), with sentences
// split beforehand so only the recognizer is timed; plus a generated
// name-dense text as a worst case. Reports bytes and words per second.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench/bench_corpus.h"
#include "dossier/entities.h"
#include "dossier/text.h"

namespace {

struct Prepared : dossier::bench::SplitCorpus {
  size_t words = 0;  // runs of non-space bytes
};

size_t CountWords(const std::string& t) {
  size_t n = 0;
  bool in = false;
  for (char c : t) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

void Add(Prepared* r, std::string t) {
  r->words += CountWords(t);
  r->SplitCorpus::Add(std::move(t));
}

const Prepared& News() {
  static Prepared p = [] {
    Prepared r;
    for (std::string& t : dossier::bench::NewsTexts(8u << 20)) Add(&r, std::move(t));
    return r;
  }();
  return p;
}

// Almost every word capitalised: titles, names, organisations, places.
const Prepared& Dense() {
  static Prepared p = [] {
    Prepared r;
    static const char* const kLines[] = {
        "President Idris Malvane met Foreign Minister Lena Forsyth in Vienna on Monday. ",
        "The Union of Coastal Towns (UCT) and the Red Crescent Society sent teams to Orvashen. ",
        "Teralian forces and Armenian civilians left the Kelvar district during the Second "
        "Orvan War. ",
        "FLOODS HIT TOWNS ALONG THE RIVER AS RESCUERS SEARCH FOR MISSING\n",
        "Malvane told Forsyth, head of the rescue service, that the UCT would help. "};
    std::string t;
    for (size_t i = 0; t.size() < (4u << 20); ++i) {
      t += kLines[i % 5];
      if (i % 20 == 19) t += "\n";
    }
    Add(&r, std::move(t));
    return r;
  }();
  return p;
}

void Run(benchmark::State& state, const Prepared& p) {
  auto ner = dossier::EntityRecognizer::Create({});
  if (!ner.ok()) {
    state.SkipWithError(ner.status().ToString().c_str());
    return;
  }
  std::vector<dossier::EntityMention> out;
  size_t items = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < p.texts.size(); ++i) {
      out.clear();
      (*ner)->Recognize(p.texts[i], p.sentences[i], &out);
      items += out.size();
    }
    benchmark::DoNotOptimize(items);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(p.bytes));
  state.counters["words_per_second"] =
      benchmark::Counter(static_cast<double>(state.iterations()) * static_cast<double>(p.words),
                         benchmark::Counter::kIsRate);
  state.counters["items_per_MB"] =
      static_cast<double>(items) / static_cast<double>(state.iterations()) / (p.bytes / 1e6);
}

void BM_EntitiesNews(benchmark::State& state) { Run(state, News()); }
void BM_EntitiesDense(benchmark::State& state) { Run(state, Dense()); }

BENCHMARK(BM_EntitiesNews)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_EntitiesDense)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
