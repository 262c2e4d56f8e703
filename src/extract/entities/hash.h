// extract/entities/hash.h: the entity layer's word hash and ASCII case
// folding eight bytes at a time (SWAR). Inline: these run once per token.
// They look nothing up; lexicons.h does.
#ifndef DOSSIER_EXTRACT_ENTITIES_HASH_H_
#define DOSSIER_EXTRACT_ENTITIES_HASH_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace dossier::entities {

// The n < 8 bytes at p as the low bytes of a word (the rest zero).
inline uint64_t LoadTail(const char* p, size_t n) {
  uint64_t v = 0;
  if (n & 4) {
    uint32_t x;
    std::memcpy(&x, p, 4);
    v = x;
    p += 4;
  }
  if (n & 2) {
    uint16_t x;
    std::memcpy(&x, p, 2);
    v |= static_cast<uint64_t>(x) << (8 * (n & 4));
    p += 2;
  }
  if (n & 1) v |= static_cast<uint64_t>(static_cast<unsigned char>(*p)) << (8 * (n & 6));
  return v;
}

// The first min(8, n) bytes at p, zero-padded.
inline uint64_t LoadHead(const char* p, size_t n) {
  if (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  return LoadTail(p, n);
}

// Each byte 'A'..'Z' of x lower-cased; every other byte unchanged.
inline uint64_t LowerAscii8(uint64_t x) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  uint64_t low7 = x & ~kHigh;
  uint64_t ge_a = low7 + 0x3F3F3F3F3F3F3F3Full;  // high bit set when byte >= 'A'
  uint64_t gt_z = low7 + 0x2525252525252525ull;  // high bit set when byte > 'Z'
  uint64_t upper = ge_a & ~gt_z & ~x & kHigh;
  return x | (upper >> 2);
}

inline uint64_t MixChunk(uint64_t h, uint64_t chunk) {
  h = (h ^ chunk) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}

// A hash of a word that ignores ASCII case: bytes are hashed with 0x20
// or-ed in, so "The", "THE" and "the" agree (other bytes change too, the
// same way for keys and probes; lookups compare the bytes exactly after).
inline uint64_t HashWord(std::string_view s) {
  uint64_t h = s.size() * 0x9E3779B97F4A7C15ull;
  const char* p = s.data();
  size_t n = s.size();
  while (n >= 8) {
    uint64_t chunk;
    std::memcpy(&chunk, p, 8);
    h = MixChunk(h, chunk | 0x2020202020202020ull);
    p += 8;
    n -= 8;
  }
  if (n) {
    uint64_t mask = (1ull << (8 * n)) - 1;
    uint64_t tail;
    if (std::endian::native == std::endian::little && s.size() >= 8) {
      // The last eight bytes, shifted down to the n that are left: the
      // same value as LoadTail(p, n), with no branch on n.
      std::memcpy(&tail, p + n - 8, 8);
      tail >>= 8 * (8 - n);
    } else {
      tail = LoadTail(p, n);
    }
    h = MixChunk(h, tail | (0x2020202020202020ull & mask));
  }
  return h;
}

// HashWord of the word text[start, start + n) and LowerAscii8 of its first
// eight bytes (zero-padded), from one unaligned load when the text holds
// eight bytes from start: no branch on the length for short words.
struct WordKey {
  uint64_t hash;
  uint64_t head;
};
inline WordKey MakeWordKey(std::string_view text, size_t start, size_t n) {
  const char* p = text.data() + start;
  uint64_t first;
  if (std::endian::native == std::endian::little && start + 8 <= text.size()) {
    std::memcpy(&first, p, 8);
    if (n < 8) first &= (1ull << (8 * n)) - 1;
  } else {
    first = LoadHead(p, n);
  }
  if (n > 8) return {HashWord(std::string_view(p, n)), LowerAscii8(first)};
  uint64_t case_bits =
      n == 8 ? 0x2020202020202020ull : 0x2020202020202020ull & ((1ull << (8 * n)) - 1);
  return {MixChunk(n * 0x9E3779B97F4A7C15ull, first | case_bits), LowerAscii8(first)};
}

// The hash of a phrase: its words' HashWord values folded in order.
constexpr uint64_t kPhraseSeed = 0x2545F4914F6CDD1Dull;
inline uint64_t PhraseMix(uint64_t h, uint64_t word_hash) {
  h = (h ^ word_hash) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

inline unsigned char LowerByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 'A' && u <= 'Z' ? static_cast<unsigned char>(u + 32) : u;
}

// True when word, lower-cased (ASCII), equals key (lower-case already).
inline bool EqualsLower(std::string_view word, std::string_view key) {
  if (word.size() != key.size()) return false;
  size_t j = 0;
  for (; j + 8 <= word.size(); j += 8) {
    uint64_t a, b;
    std::memcpy(&a, word.data() + j, 8);
    std::memcpy(&b, key.data() + j, 8);
    if (LowerAscii8(a) != b) return false;
  }
  for (; j < word.size(); ++j) {
    if (LowerByte(word[j]) != static_cast<unsigned char>(key[j])) return false;
  }
  return true;
}

}  // namespace dossier::entities

#endif  // DOSSIER_EXTRACT_ENTITIES_HASH_H_
