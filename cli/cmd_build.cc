// dossier build: ingests and extracts inputs into the SQLite store, one
// transaction per batch; dossier info: what a store holds.
#include <cstdio>

#include "cli/commands.h"
#include "dossier/extract.h"
#include "dossier/store.h"

namespace dossier::cli {

namespace {
constexpr size_t kBatchSize = 256;  // documents per transaction
}

void SetupBuild(CLI::App& app, GlobalFlags& flags, int& exit_code) {
  auto* cmd = app.add_subcommand("build", "Ingest and extract inputs into a dossier database");
  static InputFlags in;
  static std::string output = "dossier.db";
  AddInputFlags(cmd, in);
  cmd->add_option("-o,--output", output, "Database file to create or add to")
      ->capture_default_str();
  cmd->callback([&flags, &exit_code]() {
    auto ex = Extractor::Create(ExtractOptions{in.lexicon_dir, false});
    if (!ex.ok()) {
      PrintError(ex.status().message());
      exit_code = 2;
      return;
    }
    auto store = Store::Open(output, true);
    if (!store.ok()) {
      PrintError(store.status().message());
      exit_code = 2;
      return;
    }
    size_t added = 0, present = 0, in_batch = 0, skipped = 0, bytes = 0;
    Status failure;
    bool ok = RunIngest(
        in, flags,
        [&](Document&& doc) {
          if (!failure.ok()) return;
          if (in_batch == 0) failure = (*store)->BeginBatch();
          Analysis a = (*ex)->Analyze(doc);
          bool was_added = false;
          if (failure.ok()) failure = (*store)->Add(doc, a, &was_added);
          was_added ? ++added : ++present;
          if (++in_batch == kBatchSize && failure.ok()) {
            failure = (*store)->CommitBatch();
            in_batch = 0;
          }
        },
        &skipped, &bytes);
    if (in_batch > 0 && failure.ok()) failure = (*store)->CommitBatch();
    if (!ok) {
      exit_code = 2;
      return;
    }
    if (!failure.ok()) {
      PrintError(output + ": " + failure.message());
      exit_code = 2;
      return;
    }
    if (!flags.quiet) {
      std::printf("%s: %zu document%s added, %zu already present, %zu input%s skipped\n",
                  output.c_str(), added, added == 1 ? "" : "s", present, skipped,
                  skipped == 1 ? "" : "s");
    }
    if (skipped > 0) exit_code = 1;
  });
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
