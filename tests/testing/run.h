// tests/testing/run.h: runs a command for end-to-end tests and captures its
// standard output, standard error and exit status. Test-only.
#ifndef DOSSIER_TESTS_TESTING_RUN_H_
#define DOSSIER_TESTS_TESTING_RUN_H_

#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace dossier::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs `command` through /bin/sh with stdout and stderr sent to temporary
// files. REQUIRES: command is trusted test input.
inline CommandResult RunCommand(const std::string& command) {
  namespace fs = std::filesystem;
  static int counter = 0;
  std::string base = (fs::temp_directory_path() / ("dossier_run_" + std::to_string(::getpid()) +
                                                   "_" + std::to_string(counter++)))
                         .string();
  std::string full = command + " >" + base + ".out 2>" + base + ".err";
  int status = std::system(full.c_str());
  CommandResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = ReadFile(base + ".out");
  r.err = ReadFile(base + ".err");
  fs::remove(base + ".out");
  fs::remove(base + ".err");
  return r;
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_TESTING_RUN_H_
