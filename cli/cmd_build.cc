// dossier build: ingests and extracts inputs into the SQLite store, one
// transaction per batch; dossier info: what a store holds.
#include <cstdio>

#include "cli/commands.h"
#include "dossier/extract.h"
#include "dossier/store.h"

namespace dossier::cli {

namespace {

constexpr size_t kBatchSize = 256;  // documents per transaction

// Adds documents to a store, one transaction per kBatchSize documents. The
// first error sticks: later calls do nothing and Finish() returns it.
class BatchWriter {
 public:
  explicit BatchWriter(Store* store) : store_(store) {}
  void Add(const Document& doc, const Analysis& a) {
    if (!status_.ok()) return;
    if (in_batch_ == 0) status_ = store_->BeginBatch();
    bool was_added = false;
    if (status_.ok()) status_ = store_->Add(doc, a, &was_added);
    was_added ? ++added_ : ++present_;
    if (++in_batch_ == kBatchSize && status_.ok()) {
      status_ = store_->CommitBatch();
      in_batch_ = 0;
    }
  }
  Status Finish() {
    if (in_batch_ > 0 && status_.ok()) status_ = store_->CommitBatch();
    in_batch_ = 0;
    return status_;
  }
  [[nodiscard]] size_t added() const { return added_; }
  [[nodiscard]] size_t present() const { return present_; }

 private:
  Store* store_;
  Status status_;
  size_t in_batch_ = 0, added_ = 0, present_ = 0;
};

// The build command; returns the exit code.
int RunBuild(const InputFlags& in, const std::string& output, const GlobalFlags& flags) {
  auto ex = Extractor::Create(ExtractOptions{in.lexicon_dir, false});
  if (!ex.ok()) {
    PrintError(ex.status().message());
    return 2;
  }
  auto store = Store::Open(output, true);
  if (!store.ok()) {
    PrintError(store.status().message());
    return 2;
  }
  BatchWriter writer(store->get());
  size_t skipped = 0;
  bool ok = RunIngest(
      in, flags, [&](Document&& doc) { writer.Add(doc, (*ex)->Analyze(doc)); }, &skipped, nullptr);
  Status status = writer.Finish();
  if (!ok) return 2;
  if (!status.ok()) {
    PrintError(output + ": " + status.message());
    return 2;
  }
  if (!flags.quiet) {
    std::printf("%s: %zu document%s added, %zu already present, %zu input%s skipped\n",
                output.c_str(), writer.added(), writer.added() == 1 ? "" : "s", writer.present(),
                skipped, skipped == 1 ? "" : "s");
  }
  return skipped > 0 ? 1 : 0;
}

}  // namespace

void SetupBuild(CLI::App& app, GlobalFlags& flags, int& exit_code) {
  auto* cmd = app.add_subcommand("build", "Ingest and extract inputs into a dossier database");
  static InputFlags in;
  static std::string output = "dossier.db";
  AddInputFlags(cmd, in);
  cmd->add_option("-o,--output", output, "Database file to create or add to")
      ->capture_default_str();
  cmd->callback([&flags, &exit_code]() { exit_code = RunBuild(in, output, flags); });
}

void SetupInfo(CLI::App& app, GlobalFlags&, int& exit_code) {
  auto* cmd = app.add_subcommand("info", "Print what a dossier database holds");
  static std::string path;
  cmd->add_option("database", path, "Database file")->required();
  cmd->callback([&exit_code]() {
    auto store = Store::Open(path, false);
    if (!store.ok()) {
      PrintError(store.status().message());
      exit_code = 1;
      return;
    }
    auto c = (*store)->Counts();
    if (!c.ok()) {
      PrintError(path + ": " + c.status().message());
      exit_code = 1;
      return;
    }
    std::printf("%s (schema version %d)\n", path.c_str(), c->schema_version);
    std::printf("  documents  %lld (%.1f KB of text)\n", static_cast<long long>(c->documents),
                c->text_bytes / 1024.0);
    std::printf("  sentences  %lld\n", static_cast<long long>(c->sentences));
    std::printf("  numbers    %lld\n", static_cast<long long>(c->numbers));
    std::printf("  times      %lld\n", static_cast<long long>(c->times));
    std::printf("  entities   %lld\n", static_cast<long long>(c->entities));
    std::printf("  quotes     %lld\n", static_cast<long long>(c->quotes));
    std::printf("  claims     %lld\n", static_cast<long long>(c->claims));
  });
}

}  // namespace dossier::cli
