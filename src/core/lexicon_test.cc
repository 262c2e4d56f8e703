#include "dossier/lexicon.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace dossier {
namespace {

TEST(Lexicon, SplitsFieldsAndSkipsComments) {
  auto lines = SplitLexicon("# comment\n\nkilled\tverb \n  \nwounded\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].line_number, 3);
  ASSERT_EQ(lines[0].fields.size(), 2u);
  EXPECT_EQ(lines[0].fields[1], "verb");
  EXPECT_EQ(lines[1].fields[0], "wounded");
}

TEST(Lexicon, DirectoryReplacesAndExtends) {
  auto dir = std::filesystem::temp_directory_path() / "dossier_lexicon_test";
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "a.txt") << "one\n";
  std::ofstream(dir / "sub" / "a.txt.extra") << "two\n";
  LexiconLoader loader(dir.string());
  Result<std::string> text = loader.Load("sub/a.txt");
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_EQ(*text, "one\ntwo\n");
  EXPECT_FALSE(loader.Load("sub/missing.txt").ok());
  std::filesystem::remove_all(dir);
}

TEST(Lexicon, EveryEmbeddedNameLoads) {
  LexiconLoader loader;
  for (std::string_view name : EmbeddedLexiconNames()) {
    EXPECT_TRUE(loader.Load(name).ok()) << name;
  }
}

}  // namespace
}  // namespace dossier
