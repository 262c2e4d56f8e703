// End-to-end tests of the dossier binary: exit codes, error messages naming
// the file (and line), the run going on past bad inputs, and the store.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/testing/run.h"

namespace dossier {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

const std::string kBin = DOSSIER_BINARY;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dossier_cli_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
  size_t Lines(const std::string& s) {
    return static_cast<size_t>(std::count(s.begin(), s.end(), '\n'));
  }
  fs::path dir_;
};

TEST_F(CliTest, VersionAndHelp) {
  auto v = RunCommand(kBin + " --version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.out.find("dossier "), std::string::npos);
  for (const char* sub : {"extract", "build", "info"}) {
    auto h = RunCommand(kBin + " " + sub + " --help");
    EXPECT_EQ(h.exit_code, 0) << sub;
    EXPECT_NE(h.out.find("Usage"), std::string::npos) << sub;
  }
}

TEST_F(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(RunCommand(kBin).exit_code, 2);
  EXPECT_EQ(RunCommand(kBin + " frobnicate").exit_code, 2);
  auto bad_date = RunCommand(kBin + " extract --date 2025-02-30 " + Write("a.txt", "Text."));
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_NE(bad_date.err.find("dossier: error: --date"), std::string::npos);
}

TEST_F(CliTest, BadInputsAreNamedAndTheRestGoesOn) {
  Write("in/a.txt", "The first report is fine.");
  Write("in/b.jsonl",
        "{\"id\":\"b1\",\"text\":\"A good line.\"}\n{broken\n{\"id\":\"b3\",\"text\":\"Also "
        "good.\"}\n");
  Write("in/c.bin", std::string("\x7f"
                                "ELF\0\0\0\x02",
                                8));
  Write("in/d.txt", "   \n");
  auto r =
      RunCommand(kBin + " extract " + (dir_ / "in").string() + " " + (dir_ / "nope.txt").string());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(Lines(r.out), 3u) << r.out;
  EXPECT_NE(r.err.find("b.jsonl:2: invalid JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("c.bin: binary file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("d.txt: empty document"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nope.txt: no such file"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("dossier: error: 4 inputs skipped"), std::string::npos) << r.err;
}

TEST_F(CliTest, StdinIsJsonLinesOrOneTextDocument) {
  auto j =
      RunCommand("printf '{\"id\":\"s1\",\"text\":\"From a pipe.\"}\\n' | " + kBin + " extract -");
  EXPECT_EQ(j.exit_code, 0);
  EXPECT_NE(j.out.find("\"id\":\"s1\""), std::string::npos);
  auto t = RunCommand("printf 'Plain words on stdin.' | " + kBin + " extract --with-text -");
  EXPECT_EQ(t.exit_code, 0);
  EXPECT_NE(t.out.find("\"text\":\"Plain words on stdin.\""), std::string::npos);
}

TEST_F(CliTest, WithTextOffsetsSliceTheText) {
  std::string in = Write("a.txt", "First sentence here. Second one follows!\nA third line");
  auto r = RunCommand(kBin + " extract --with-text " + in);
  ASSERT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("\"sentences\":[{\"start\":0,\"end\":20},{\"start\":21,\"end\":40},"
                       "{\"start\":41,\"end\":53}]"),
            std::string::npos)
      << r.out;
}

TEST_F(CliTest, BuildTwiceAddsNothingAndInfoCounts) {
  std::string a = Write("in/a.txt", "---\ndate: 2025-01-02\n---\nThe first report.");
  Write("in/b.md", "# Second\n\nThe second report.");
  std::string db = (dir_ / "d.db").string();
  auto first = RunCommand(kBin + " build " + (dir_ / "in").string() + " -o " + db);
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.out.find("2 documents added, 0 already present"), std::string::npos) << first.out;
  auto second = RunCommand(kBin + " build " + (dir_ / "in").string() + " -o " + db);
  EXPECT_NE(second.out.find("0 documents added, 2 already present"), std::string::npos)
      << second.out;
  auto info = RunCommand(kBin + " info " + db);
  EXPECT_EQ(info.exit_code, 0);
  EXPECT_NE(info.out.find("documents  2"), std::string::npos) << info.out;
  auto missing = RunCommand(kBin + " info " + (dir_ / "none.db").string());
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("dossier: error: "), std::string::npos);
  auto not_db = RunCommand(kBin + " info " + a);
  EXPECT_EQ(not_db.exit_code, 1);
}

TEST_F(CliTest, CliDateAndItsOrigin) {
  std::string in = Write("a.txt", "No date of its own.");
  auto r = RunCommand(kBin + " extract --date 2024-06-01 " + in);
  EXPECT_NE(r.out.find("\"date\":\"2024-06-01\",\"date_origin\":\"cli\""), std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace dossier
