// cli/commands.h: the subcommands of the dossier CLI and what they share.
//
// main.cc builds the CLI11 app and calls each Setup function; each
// cmd_<name>.cc adds its subcommand(s) and, when run, sets *exit_code
// (0 ok, 1 input problems, 2 usage or fatal error). Only cli/ prints.
#ifndef DOSSIER_CLI_COMMANDS_H_
#define DOSSIER_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>

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

void SetupExtract(CLI::App& app, GlobalFlags& flags, int& exit_code);
void SetupBuild(CLI::App& app, GlobalFlags& flags, int& exit_code);
void SetupInfo(CLI::App& app, GlobalFlags& flags, int& exit_code);
// sources, figures, timeline, entities, quotes, wording, report
// (cli/cmd_reconcile.cc).
void SetupReconcileCommands(CLI::App& app, GlobalFlags& flags, int& exit_code);

}  // namespace dossier::cli

#endif  // DOSSIER_CLI_COMMANDS_H_
