// dossier: the command-line tool. Parses arguments with CLI11 and hands each
// subcommand to its cmd_<name>.cc. Exit codes: 0 ok, 1 input problems
// (something was skipped), 2 usage or fatal error.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "cli/commands.h"

namespace {

int Run(int argc, char** argv) {
  CLI::App app{
      "dossier: turns news reports about one event into a cited, cross-checked dossier.\n"
      "Every figure, date, name and quote is cited by document and byte offsets."};
  app.set_version_flag("--version", std::string("dossier ") + DOSSIER_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  dossier::cli::GlobalFlags flags;
  app.add_flag("-q,--quiet", flags.quiet, "Print no warnings or progress, only errors");
  int exit_code = 0;
  dossier::cli::SetupExtract(app, flags, exit_code);
  dossier::cli::SetupBuild(app, flags, exit_code);
  dossier::cli::SetupInfo(app, flags, exit_code);
  dossier::cli::SetupReconcileCommands(app, flags, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::fprintf(stderr, "dossier: error: %s\nRun 'dossier --help' for usage.\n", e.what());
    return 2;
  }
  std::fflush(stdout);
  if (std::ferror(stdout)) {
    dossier::cli::PrintError("cannot write to standard output");
    return 2;
  }
  return exit_code;
}

}  // namespace

// Anything thrown past the commands (out of memory, a library's exception)
// ends the run with a message and exit code 2, never an abort.
int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "dossier: error: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "dossier: error: unexpected failure\n");
  }
  return 2;
}
