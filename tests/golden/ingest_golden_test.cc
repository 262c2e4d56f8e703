// Golden test of ingest and segmentation on examples/: each document's
// metadata, date origin, text and sentences, as `dossier extract --with-text`
// writes them, against tests/golden/ingest/examples.expected.jsonl (only those
// fields: the extract layers have golden files of their own).
// DOSSIER_UPDATE_GOLDEN=1 rewrites the expected file; read the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

#include "tests/testing/run.h"

namespace dossier {
namespace {

// Keeps the part of a JSON line from its start up to the "numbers" key (id,
// source, title, url, date, date_origin, metadata, sentences), plus its text.
std::string IngestPart(const std::string& line) {
  size_t cut = line.find(",\"numbers\":");
  size_t text = line.rfind(",\"text\":");
  if (cut == std::string::npos || text == std::string::npos) return line;
  return line.substr(0, cut) + line.substr(text);
}

TEST(IngestGolden, Examples) {
  auto r = testing::RunCommand(std::string(DOSSIER_BINARY) + " extract --with-text " +
                               DOSSIER_SOURCE_DIR + "/examples");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string got;
  size_t pos = 0;
  while (pos < r.out.size()) {
    size_t nl = r.out.find('\n', pos);
    got += IngestPart(r.out.substr(pos, nl - pos)) + "\n";
    pos = nl + 1;
  }
  std::string path =
      std::string(DOSSIER_SOURCE_DIR) + "/tests/golden/ingest/examples.expected.jsonl";
  if (std::getenv("DOSSIER_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << got;
    GTEST_SKIP() << "rewrote " << path;
  }
  EXPECT_EQ(got, testing::ReadFile(path));
}

}  // namespace
}  // namespace dossier
