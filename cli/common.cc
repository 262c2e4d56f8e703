// Shared CLI helpers: error and warning lines on stderr.
#include <unistd.h>

#include <cstdio>

#include "cli/commands.h"

namespace dossier::cli {

void PrintError(std::string_view message) {
  std::fprintf(stderr, "dossier: error: %.*s\n", static_cast<int>(message.size()), message.data());
}

void PrintWarning(const GlobalFlags& flags, std::string_view message) {
  if (flags.quiet) return;
  std::fprintf(stderr, "dossier: warning: %.*s\n", static_cast<int>(message.size()),
               message.data());
}

bool StderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }

}  // namespace dossier::cli
