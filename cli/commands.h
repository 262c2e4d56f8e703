// cli/commands.h: the subcommands of the dossier CLI and what they share.
//
// main.cc builds the CLI11 app and calls each Setup function; each
// cmd_<name>.cc adds its subcommand(s) and, when run, sets *exit_code
// (0 ok, 1 input problems, 2 usage or fatal error). Only cli/ prints.
#ifndef DOSSIER_CLI_COMMANDS_H_
#define DOSSIER_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/types.h"

namespace dossier::cli {

struct GlobalFlags {
  bool quiet = false;
};

// Prints "dossier: error: <message>" on stderr.
void PrintError(std::string_view message);
// Prints "dossier: warning: <message>" on stderr unless quiet.
void PrintWarning(const GlobalFlags& flags, std::string_view message);
// True when stderr is a terminal (progress lines are shown only then).
bool StderrIsTerminal();

// Options every command that reads inputs shares.
struct InputFlags {
  std::vector<std::string> inputs;
  std::string date;  // --date YYYY-MM-DD
  std::string format = "auto";
  std::string lexicon_dir;  // --lexicons DIR
};
void AddInputFlags(CLI::App* cmd, InputFlags& in);

// Checks the flags, then ingests every input, calling on_document for each
// document; diagnostics go to stderr naming the file (and line). Returns
// false (after printing an error) on a usage problem; *skipped counts the
// inputs or records that were not read.
bool RunIngest(const InputFlags& in, const GlobalFlags& flags,
               const std::function<void(Document&&)>& on_document, size_t* skipped, size_t* bytes);

// A progress line on stderr, shown only when stderr is a terminal and the
// job has run for more than a second; Finish() clears it.
class Progress {
 public:
  explicit Progress(const GlobalFlags& flags);
  void Update(size_t documents, size_t bytes);
  void Finish();

 private:
  bool enabled_;
  bool shown_ = false;
  double start_;
  double last_ = 0;
};

void SetupExtract(CLI::App& app, GlobalFlags& flags, int& exit_code);
void SetupBuild(CLI::App& app, GlobalFlags& flags, int& exit_code);
void SetupInfo(CLI::App& app, GlobalFlags& flags, int& exit_code);
// sources, figures, timeline, entities, quotes, wording, report
// (cli/cmd_reconcile.cc).
void SetupReconcileCommands(CLI::App& app, GlobalFlags& flags, int& exit_code);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_COMMANDS_H_
