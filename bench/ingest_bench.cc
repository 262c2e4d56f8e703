// Ingest + segmentation throughput over a large JSON Lines file generated
// from examples/ (each record a sample report with a fresh id), and
// segmentation alone over news text. Goal: >= 200 MB/s per core.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "bench/bench_corpus.h"
#include "dossier/ingest.h"
#include "dossier/json.h"
#include "dossier/text.h"

namespace dossier {
namespace {

// Writes ~`bytes` of JSON Lines built from the sample reports; returns the path.
std::string MakeJsonl(size_t bytes) {
  std::vector<Document> docs;
  Ingest(
      {std::string(DOSSIER_SOURCE_DIR) + "/examples"}, {},
      [&](Document&& d) { docs.push_back(std::move(d)); }, [](const Diagnostic&) {});
  std::string path =
      (std::filesystem::temp_directory_path() / "dossier_ingest_bench.jsonl").string();
  std::ofstream out(path, std::ios::binary);
  size_t written = 0;
  std::string line;
  for (size_t n = 0; written < bytes; ++n) {
    const Document& d = docs[n % docs.size()];
    line.clear();
    JsonWriter w(&line);
    w.BeginObject();
    w.Field("id", d.id + "-" + std::to_string(n));
    w.Field("source", d.source);
    w.Field("date", d.date);
    w.Field("title", d.title);
    w.Field("text", d.text);
    w.EndObject();
    line.push_back('\n');
    out << line;
    written += line.size();
  }
  return path;
}

void BM_IngestAndSegmentJsonl(benchmark::State& state) {
  static const std::string path = MakeJsonl(64 << 20);
  size_t bytes = std::filesystem::file_size(path);
  std::vector<Sentence> sentences;
  for (auto _ : state) {
    size_t n = 0;
    Ingest(
        {path}, {},
        [&](Document&& d) {
          sentences.clear();
          for (const Paragraph& p : SplitParagraphs(d.text)) {
            SplitSentencesInto(d.text, p.start, p.end, &sentences);
          }
          n += sentences.size();
        },
        [](const Diagnostic&) {});
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_IngestAndSegmentJsonl)->Unit(benchmark::kMillisecond);

void BM_SegmentSentences(benchmark::State& state) {
  static const std::vector<std::string> texts = bench::NewsTexts(16 << 20);
  size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  std::vector<Sentence> out;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      out.clear();
      for (const Paragraph& p : SplitParagraphs(t)) SplitSentencesInto(t, p.start, p.end, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_SegmentSentences)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  static const std::vector<std::string> texts = bench::NewsTexts(16 << 20);
  size_t bytes = 0;
  for (const std::string& t : texts) bytes += t.size();
  std::vector<Token> out;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      out.clear();
      Tokenize(t, 0, t.size(), &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
