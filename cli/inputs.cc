// Reading inputs for the CLI: shared flags, diagnostics on stderr, progress.
#include <chrono>
#include <cstdio>

#include "cli/commands.h"
#include "dossier/ingest.h"

namespace dossier::cli {

static double Now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

void AddInputFlags(CLI::App* cmd, InputFlags& in) {
  cmd->add_option("inputs", in.inputs,
                  "Files or directories to read (recursively, sorted); - for standard input")
      ->required();
  cmd->add_option("--date", in.date,
                  "Reference date YYYY-MM-DD for documents that have none of their own");
  cmd->add_option("--format", in.format, "Input format: auto, text, markdown, html or jsonl")
      ->capture_default_str();
  cmd->add_option("--lexicons", in.lexicon_dir,
                  "Directory of lexicon files that replace (NAME) or extend (NAME.extra) the "
                  "built-in ones");
}

bool RunIngest(const InputFlags& in, const GlobalFlags& flags,
               const std::function<void(Document&&)>& on_document, size_t* skipped, size_t* bytes) {
  IngestOptions opt;
  if (!ParseInputFormat(in.format, &opt.format)) {
    PrintError("--format: unknown format \"" + in.format +
               "\" (use auto, text, markdown, html or jsonl)");
    return false;
  }
  if (!in.date.empty()) {
    if (!ParseIsoDate(in.date).valid() || in.date.size() != 10) {
      PrintError("--date: \"" + in.date + "\" is not a date of the form YYYY-MM-DD");
      return false;
    }
    opt.default_date = in.date;
  }
  opt.lexicon_dir = in.lexicon_dir;
  Progress progress(flags);
  size_t docs = 0;
  IngestStats stats = Ingest(
      in.inputs, opt,
      [&](Document&& d) {
        on_document(std::move(d));
        progress.Update(++docs, 0);
      },
      [&](const Diagnostic& d) {
        if (d.severity == Diagnostic::Severity::kSkipped) {
          PrintError(d.location + ": " + d.message);
        } else {
          PrintWarning(flags, d.location + ": " + d.message);
        }
      });
  progress.Finish();
  *skipped = stats.skipped;
  if (bytes) *bytes = stats.bytes;
  return true;
}

Progress::Progress(const GlobalFlags& flags)
    : enabled_(!flags.quiet && StderrIsTerminal()), start_(Now()) {}

void Progress::Update(size_t documents, size_t bytes) {
  if (!enabled_) return;
  double t = Now();
  if (t - start_ < 1.0 || t - last_ < 0.25) return;
  last_ = t;
  shown_ = true;
  if (bytes > 0) {
    std::fprintf(stderr, "\rdossier: %zu documents, %.1f MB ...", documents, bytes / 1e6);
  } else {
    std::fprintf(stderr, "\rdossier: %zu documents ...", documents);
  }
  std::fflush(stderr);
}

void Progress::Finish() {
  if (shown_) std::fprintf(stderr, "\r\033[K");
  shown_ = false;
}

}  // namespace dossier::cli
