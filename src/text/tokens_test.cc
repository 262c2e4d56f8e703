#include <gtest/gtest.h>

#include "dossier/text.h"

namespace dossier {
namespace {

std::vector<std::string> Texts(std::string_view s) {
  std::vector<Token> toks;
  Tokenize(s, 0, s.size(), &toks);
  std::vector<std::string> out;
  for (const Token& t : toks) out.emplace_back(s.substr(t.start, t.end - t.start));
  return out;
}

TEST(Tokenize, KeepsNumbersWithSeparatorsWhole) {
  EXPECT_EQ(Texts("About 1,275 people, 2.5 km."),
            (std::vector<std::string>{"About", "1,275", "people", ",", "2.5", "km", "."}));
}

TEST(Tokenize, KeepsApostrophesAndHyphensInsideWords) {
  EXPECT_EQ(Texts("the town\xE2\x80\x99s so-called 34th"),
            (std::vector<std::string>{"the", "town\xE2\x80\x99s", "so-called", "34th"}));
}

TEST(Tokenize, SplitsDashesAndQuotes) {
  EXPECT_EQ(Texts("25\xE2\x80\x93"
                  "26 \xE2\x80\x9Cyes\xE2\x80\x9D"),
            (std::vector<std::string>{"25", "\xE2\x80\x93", "26", "\xE2\x80\x9C", "yes",
                                      "\xE2\x80\x9D"}));
}

}  // namespace
}  // namespace dossier
