// Tests for the entity layer's word hash, SWAR case folding and the
// per-document FlatIndex: each fast path against the plain byte-by-byte
// definition it replaces.
#include "extract/entities/hash.h"

#include <gtest/gtest.h>

#include <bit>
#include <cstring>
#include <string>
#include <vector>

#include "extract/entities/flat_index.h"

namespace dossier::entities {
namespace {

std::string Lowered(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(LowerByte(c));
  return out;
}

TEST(LowerAscii8, FoldsOnlyAsciiCapitalsForEveryByte) {
  for (int b = 0; b < 256; ++b) {
    for (int pos = 0; pos < 8; ++pos) {
      uint64_t x = 0x4142434445464748ull;  // "HGFEDCBA" little-endian, all capitals
      x &= ~(0xFFull << (8 * pos));
      x |= static_cast<uint64_t>(b) << (8 * pos);
      uint64_t y = LowerAscii8(x);
      for (int k = 0; k < 8; ++k) {
        char in = static_cast<char>((x >> (8 * k)) & 0xFF);
        EXPECT_EQ((y >> (8 * k)) & 0xFF, LowerByte(in)) << "byte " << b << " at " << pos;
      }
    }
  }
}

TEST(HashWord, IgnoresAsciiCaseOnly) {
  EXPECT_EQ(HashWord("Ministry"), HashWord("MINISTRY"));
  EXPECT_EQ(HashWord("of"), HashWord("Of"));
  EXPECT_EQ(HashWord("Organisation-Wide"), HashWord("organisation-wide"));
  EXPECT_NE(HashWord("of"), HashWord("off"));
  EXPECT_NE(HashWord(""), HashWord("a"));
}

TEST(MakeWordKey, AgreesWithHashWordAtEveryLengthAndPosition) {
  // Words that end at the text's end take the careful load; the others one
  // unaligned eight-byte load.
  std::string text = "Aliyeva said the Ministry of Emergency Situations reported x";
  for (size_t start = 0; start < text.size(); ++start) {
    for (size_t n = 1; start + n <= text.size() && n <= 20; ++n) {
      std::string_view w = std::string_view(text).substr(start, n);
      WordKey key = MakeWordKey(text, start, n);
      EXPECT_EQ(key.hash, HashWord(w)) << w;
      std::string head = Lowered(w.substr(0, 8));
      head.resize(8, '\0');
      uint64_t expect;
      std::memcpy(&expect, head.data(), 8);
      if (std::endian::native == std::endian::little) {
        EXPECT_EQ(key.head, expect) << w;
      }
    }
  }
}

TEST(EqualsLower, ComparesTheLowerCasedWord) {
  EXPECT_TRUE(EqualsLower("Secretary-General", "secretary-general"));
  EXPECT_TRUE(EqualsLower("UN", "un"));
  EXPECT_FALSE(EqualsLower("un", "UN"));  // the key is lower-case already
  EXPECT_FALSE(EqualsLower("Unity", "unit"));
  EXPECT_FALSE(EqualsLower("Brigadier", "brigadeer"));
  EXPECT_TRUE(EqualsLower("", ""));
}

TEST(FlatIndex, InsertsFindsGrowsAndClears) {
  std::vector<std::string> keys;
  for (int i = 0; i < 500; ++i) keys.push_back("name" + std::to_string(i));
  FlatIndex index;
  EXPECT_TRUE(index.empty());
  EXPECT_EQ(index.Find("name1"), nullptr);
  for (uint32_t i = 0; i < keys.size(); ++i) EXPECT_TRUE(index.TryEmplace(keys[i], i).second);
  auto [slot, inserted] = index.TryEmplace(keys[7], 99);
  EXPECT_FALSE(inserted);
  EXPECT_EQ(*slot, 7u);
  index.Set(keys[7], 42);
  for (uint32_t i = 0; i < keys.size(); ++i) {
    const uint32_t* v = index.Find(keys[i]);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(*v, i == 7 ? 42u : i);
  }
  EXPECT_EQ(index.Find("NAME1"), nullptr);  // keys compare exactly
  index.Clear();
  EXPECT_TRUE(index.empty());
  EXPECT_EQ(index.Find(keys[3]), nullptr);
  EXPECT_TRUE(index.TryEmplace(keys[3], 5).second);
  EXPECT_EQ(*index.Find(keys[3]), 5u);
}

}  // namespace
}  // namespace dossier::entities
