// dossier sources|figures|timeline|entities|quotes|wording|report: open a
// dossier database, stream its documents through the Reconciler and print
// one view as a text table (default) or JSON (--json), or write the HTML
// dossier. Exit codes: 0 ok, 1 input problems (missing database, a document
// skipped), 2 usage or fatal error (lexicons, output file).
#include <cstdio>
#include <deque>
#include <fstream>
#include <string>

#include "cli/commands.h"
#include "dossier/reconcile.h"
#include "dossier/report.h"
#include "dossier/store.h"

namespace dossier::cli {
namespace {

struct ReconcileFlags {
  std::string database;
  bool json = false;
  std::string lexicon_dir;
  std::string output = "report.html";
  std::string title;
};

// "PATH: message" unless the message already names the path.
std::string WithPath(const std::string& path, const std::string& message) {
  return message.rfind(path, 0) == 0 ? message : path + ": " + message;
}

// Flags live as long as the program (CLI11 keeps references to them).
ReconcileFlags* NewFlags() {
  static std::deque<ReconcileFlags> storage;
  return &storage.emplace_back();
}

// Reads every document of the database into a reconciliation. False (with
// exit_code set) when the database cannot be read.
bool Run(const ReconcileFlags& f, const GlobalFlags& flags, int& exit_code, Reconciliation* out) {
  ReconcileOptions options;
  options.lexicon_dir = f.lexicon_dir;
  auto rec = Reconciler::Create(options);
  if (!rec.ok()) {
    PrintError(rec.status().message());
    exit_code = 2;
    return false;
  }
  auto store = Store::Open(f.database, false);
  if (!store.ok()) {
    PrintError(WithPath(f.database, store.status().message()));
    exit_code = 1;
    return false;
  }
  size_t skipped = 0;
  Status s = (*store)->ForEach([&](const AnalyzedDocument& d) {
    Status added = (*rec)->Add(d);
    if (!added.ok()) {
      PrintWarning(flags, f.database + ": " + added.message() + "; skipped");
      ++skipped;
    }
    return Status::Ok();
  });
  if (!s.ok()) {
    PrintError(WithPath(f.database, s.message()));
    exit_code = 1;
    return false;
  }
  *out = (*rec)->Finish();
  if (skipped > 0) exit_code = 1;
  return true;
}

using JsonFn = void (*)(const Reconciliation&, JsonWriter*);
using TextFn = std::string (*)(const Reconciliation&);

void AddView(CLI::App& app, GlobalFlags& flags, int& exit_code, const char* name, const char* help,
             JsonFn json, TextFn text) {
  auto* cmd = app.add_subcommand(name, help);
  ReconcileFlags* f = NewFlags();
  cmd->add_option("database", f->database, "Database file made by 'dossier build'")->required();
  cmd->add_flag("--json", f->json, "Print JSON (docs/formats/reconcile.md) instead of a table");
  cmd->add_option("--lexicons", f->lexicon_dir,
                  "Directory of lexicons replacing/extending "
                  "the built-in ones");
  cmd->callback([f, &flags, &exit_code, json, text]() {
    Reconciliation r;
    if (!Run(*f, flags, exit_code, &r)) return;
    std::string out;
    if (f->json) {
      JsonWriter w(&out);
      json(r, &w);
      out += '\n';
    } else {
      out = text(r);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  });
}

void AddReport(CLI::App& app, GlobalFlags& flags, int& exit_code) {
  auto* cmd = app.add_subcommand("report", "Write the self-contained HTML dossier");
  ReconcileFlags* f = NewFlags();
  cmd->add_option("database", f->database, "Database file made by 'dossier build'")->required();
  cmd->add_option("-o,--output", f->output, "HTML file to write")->capture_default_str();
  cmd->add_option("--title", f->title, "Page title (default: Dossier)");
  cmd->add_option("--lexicons", f->lexicon_dir,
                  "Directory of lexicons replacing/extending "
                  "the built-in ones");
  cmd->callback([f, &flags, &exit_code]() {
    Reconciliation r;
    if (!Run(*f, flags, exit_code, &r)) return;
    ReportOptions options;
    if (!f->title.empty()) options.title = f->title;
    options.subtitle = "Built from " + f->database;
    std::string html;
    WriteHtmlReport(r, options, &html);
    std::ofstream file(f->output, std::ios::binary | std::ios::trunc);
    file.write(html.data(), static_cast<std::streamsize>(html.size()));
    file.close();
    if (!file) {
      PrintError("cannot write " + f->output);
      exit_code = 2;
      return;
    }
    if (!flags.quiet) {
      std::fprintf(stderr, "%s: %zu figures, %zu timeline entries, %zu reports\n",
                   f->output.c_str(), r.figures.size(), r.timeline.size(), r.sources.size());
    }
  });
}

}  // namespace

void SetupReconcileCommands(CLI::App& app, GlobalFlags& flags, int& exit_code) {
  AddView(app, flags, exit_code, "sources",
          "List documents with their independent source group and similarity to its lead",
          &WriteSourcesJson, &SourcesText);
  AddView(app, flags, exit_code, "figures",
          "Figures across documents: values, agreement or conflict, low/best/high, notes",
          &WriteFiguresJson, &FiguresText);
  AddView(app, flags, exit_code, "timeline", "The merged timeline of dated mentions",
          &WriteTimelineJson, &TimelineText);
  AddView(app, flags, exit_code, "entities",
          "People, organisations and places merged across documents", &WriteEntityRowsJson,
          &EntitiesText);
  AddView(app, flags, exit_code, "quotes", "Quotes by speaker with the reports that carry them",
          &WriteQuoteRowsJson, &QuotesText);
  AddView(app, flags, exit_code, "wording",
          "The phrases each report uses for the event and its parties", &WriteWordingJson,
          &WordingText);
  AddReport(app, flags, exit_code);
}

}  // namespace dossier::cli
