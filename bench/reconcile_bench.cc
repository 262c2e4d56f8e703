// Reconcile benchmark: generates N synthetic AnalyzedDocuments (stories with
// wire copies, claims, times, entities and quotes) one at a time, streams
// them into a Reconciler and finishes. Timed: Add + Finish only, in thread
// CPU time (so a busy machine does not inflate it); generation is not
// counted. Reports documents/s, bytes/s and the
// process's peak resident memory. Not a test: numbers go to
// docs/benchmarks.md.
//
//   reconcile_bench --benchmark_filter='Reconcile/100000'
#include <benchmark/benchmark.h>
#include <time.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "dossier/reconcile.h"

namespace {

using dossier::AnalyzedDocument;

constexpr const char* kWords[] = {
    "the",      "river",    "council", "said",    "on",     "after",   "people",   "town",
    "water",    "bridge",   "rescue",  "workers", "night",  "morning", "houses",   "road",
    "families", "police",   "report",  "victims", "storm",  "valley",  "village",  "officials",
    "several",  "many",     "were",    "had",     "from",   "near",    "across",   "region",
    "north",    "south",    "east",    "west",    "market", "school",  "hospital", "doctors",
    "crews",    "power",    "lines",   "fire",    "smoke",  "fields",  "harvest",  "mayor",
    "governor", "minister", "aid",     "convoy",  "tents",  "shelter", "food",     "medicine"};
constexpr size_t kWordCount = sizeof(kWords) / sizeof(kWords[0]);
constexpr const char* kCategories[] = {"killed",   "injured",   "missing",
                                       "captured", "displaced", "destroyed"};
constexpr const char* kClasses[] = {"people", "children", "women", "houses"};

// Peak resident set size of this process, in MB (Linux).
double PeakRssMb() {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return 0;
  char line[256];
  double mb = 0;
  while (std::fgets(line, sizeof line, f)) {
    if (std::strncmp(line, "VmHWM:", 6) == 0) mb = std::atof(line + 6) / 1024.0;
  }
  std::fclose(f);
  return mb;
}

double ThreadCpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9;
}

class Generator {
 public:
  explicit Generator(uint64_t seed) : rng_(seed) {}

  // Fills d with document i. About one document in four is a lightly edited
  // copy of the story's wire text (a syndicated copy).
  void Make(size_t i, AnalyzedDocument* d) {
    const size_t story = i / 8;  // eight reports per story
    const bool copy = (i % 8) >= 6;
    std::mt19937_64 story_rng(story * 7919 + 17);
    d->document.id = "doc-" + std::to_string(i);
    d->document.source = "Outlet " + std::to_string(i % 97);
    d->document.date = Date(2024, 1 + story % 12, 1 + (story / 12) % 28 + i % 3);
    std::string& t = d->document.text;
    t.clear();
    auto& a = d->analysis;
    a.sentences.clear();
    a.claims.clear();
    a.times.clear();
    a.entities.clear();
    a.quotes.clear();
    std::mt19937_64& text_rng = copy ? story_rng : rng_;
    for (int s = 0; s < 16; ++s) {
      const size_t start = t.size();
      for (int w = 0; w < 18; ++w) {
        t += kWords[text_rng() % kWordCount];
        t += ' ';
      }
      if (copy && s == 3) t += "updated ";
      AddFacts(story, s, start, d);
      t.back() = '.';
      t += ' ';
      a.sentences.push_back({start, t.size() - 1});
    }
  }

 private:
  static std::string Date(int y, int m, int day) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, day > 28 ? 28 : day);
    return buf;
  }

  // Appends a claim, a time, an entity or a quote to sentence s.
  void AddFacts(size_t story, int s, size_t sentence_start, AnalyzedDocument* d) {
    std::string& t = d->document.text;
    auto& a = d->analysis;
    const size_t sentence = a.sentences.size();
    const size_t start = t.size();
    if (s % 3 == 0) {
      const uint64_t r = rng_();
      dossier::Claim c;
      c.category = kCategories[(story + s) % 6];
      c.group_class = kClasses[(s / 3) % 4];
      c.group = c.group_class;
      c.value = static_cast<double>(10 + (story * 31 + s) % 500 + (r % 10 == 0 ? r % 7 : 0));
      t += std::to_string(static_cast<long long>(c.value)) + " " + c.group + " " + c.category + " ";
      c.start = start;
      c.end = t.size() - 1;
      c.sentence = sentence;
      if (s == 3 && !a.claims.empty()) c.parent = 0;
      a.claims.push_back(std::move(c));
    } else if (s % 3 == 1) {
      dossier::TimeMention m;
      t += "on the night of ";
      m.value = Date(2020 + story % 4, 1 + story % 12, 1 + story % 28) + "TNI";
      t += m.value + " ";
      m.start = start;
      m.end = t.size() - 1;
      m.sentence = sentence;
      if (s == 7) m.implied_event_date = m.value.substr(0, 4);
      a.times.push_back(std::move(m));
    } else {
      dossier::EntityMention e;
      const size_t who = (story * 13 + s * 7 + rng_() % 3) % 2000;
      e.canonical = "Person" + std::to_string(who) + " Name" + std::to_string(who % 50);
      t += e.canonical + " said ";
      e.start = start;
      e.end = start + e.canonical.size();
      e.type = dossier::EntityType::kPerson;
      e.sentence = sentence;
      a.entities.push_back(e);
      if (s % 5 == 2) {
        dossier::Quote q;
        q.speaker = e.canonical;
        q.start = t.size();
        t += "we will rebuild the " + std::string(kWords[story % kWordCount]) + " bridge ";
        q.end = t.size() - 1;
        q.sentence = sentence;
        a.quotes.push_back(std::move(q));
      }
    }
    (void)sentence_start;
  }

  std::mt19937_64 rng_;
};

void BM_Reconcile(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  size_t bytes = 0;
  for (auto _ : state) {
    dossier::ReconcileOptions options;
    if (const char* e = std::getenv("DOSSIER_BENCH_MAX_EVIDENCE"))
      options.max_evidence = std::atoi(e);
    auto rec = dossier::Reconciler::Create(options);
    if (!rec.ok()) {
      state.SkipWithError(rec.status().message().c_str());
      return;
    }
    Generator gen(42);
    AnalyzedDocument d;
    double spent = 0;
    bytes = 0;
    for (size_t i = 0; i < n; ++i) {
      gen.Make(i, &d);
      bytes += d.document.text.size();
      const double t0 = ThreadCpuSeconds();
      dossier::Status s = (*rec)->Add(d);
      spent += ThreadCpuSeconds() - t0;
      if (!s.ok()) {
        state.SkipWithError(s.message().c_str());
        return;
      }
    }
    const double t0 = ThreadCpuSeconds();
    dossier::Reconciliation r = (*rec)->Finish();
    spent += ThreadCpuSeconds() - t0;
    benchmark::DoNotOptimize(r.figures.data());
    state.SetIterationTime(spent);
    state.counters["figures"] = static_cast<double>(r.figures.size());
    state.counters["groups"] = r.group_count;
    state.counters["timeline"] = static_cast<double>(r.timeline.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes) * state.iterations());
  state.SetItemsProcessed(static_cast<int64_t>(n) * state.iterations());
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_Reconcile)
    ->Arg(10000)
    ->Arg(100000)
    ->Unit(benchmark::kSecond)
    ->UseManualTime()
    ->Iterations(1);

}  // namespace

BENCHMARK_MAIN();
