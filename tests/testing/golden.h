// tests/testing/golden.h: the golden-file loop every extract layer's test
// shares. Each tests/golden/<layer>/<case>.txt is rendered by the layer's
// test and compared with <case>.expected.jsonl; with DOSSIER_UPDATE_GOLDEN
// set, the expected file is rewritten instead (read the diff before
// committing). Test-only.
#ifndef DOSSIER_TESTS_TESTING_GOLDEN_H_
#define DOSSIER_TESTS_TESTING_GOLDEN_H_

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "dossier/json.h"

namespace dossier::testing {

// One JSON line per item, as the layer's own array writer writes it (without
// the brackets), then one {"warning": ...} line per warning.
// write(one_item_vector, &json_writer) is the layer's Write*Json.
template <typename Item, typename Write>
std::string JsonLinePerItem(const std::vector<Item>& items, Write write,
                            const std::vector<std::string>& warnings = {}) {
  std::string out;
  for (const Item& item : items) {
    std::string line;
    JsonWriter w(&line);
    write(std::vector<Item>{item}, &w);
    out += line.substr(1, line.size() - 2) + "\n";
  }
  for (const std::string& warning : warnings) {
    std::string line;
    JsonWriter w(&line);
    w.BeginObject();
    w.Field("warning", warning);
    w.EndObject();
    out += line + "\n";
  }
  return out;
}

inline std::string ReadGoldenFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// REQUIRES: DOSSIER_SOURCE_DIR names the repository (dossier_test defines it).
inline void CheckGoldenCases(const std::string& layer,
                             const std::function<std::string(const std::string& text)>& render) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(DOSSIER_SOURCE_DIR) / "tests" / "golden" / layer;
  std::vector<fs::path> cases;
  if (fs::is_directory(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.path().extension() == ".txt") cases.push_back(entry.path());
    }
  }
  std::sort(cases.begin(), cases.end());
  ASSERT_FALSE(cases.empty()) << "no golden cases in " << dir;
  bool update = std::getenv("DOSSIER_UPDATE_GOLDEN") != nullptr;
  for (const fs::path& c : cases) {
    std::string got = render(ReadGoldenFile(c));
    fs::path expected = c;
    expected.replace_extension(".expected.jsonl");
    if (update) {
      std::ofstream(expected, std::ios::binary) << got;
      continue;
    }
    EXPECT_EQ(got, ReadGoldenFile(expected))
        << "golden case " << c.filename() << " differs; DOSSIER_UPDATE_GOLDEN=1 rewrites it";
  }
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_TESTING_GOLDEN_H_
