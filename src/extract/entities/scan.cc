// The entity layer's token scan: words, punctuation and shape flags over
// UTF-8 bytes. It does not segment sentences and never reads past `end`.
#include "extract/entities/scan.h"

#include <bit>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dossier::entities {
namespace {

inline bool IsAsciiAlpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// Byte length of the UTF-8 sequence starting with lead byte c (1 for
// continuation or invalid bytes, so the scan always advances).
inline size_t SeqLen(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  return 4;
}

// Punctuation code points outside ASCII: U+00A0..U+00BF (Latin-1 signs),
// U+2000..U+206F (general punctuation), U+3000..U+303F.
bool IsLetterSlow(std::string_view s, size_t i, size_t end);

inline bool IsUnicodePunct(std::string_view s, size_t i, size_t n) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  if (n == 2 && b(i) == 0xC2 && b(i + 1) >= 0xA0 && b(i + 1) <= 0xBF) return true;
  if (n == 2 && b(i) == 0xC3 && (b(i + 1) == 0x97 || b(i + 1) == 0xB7)) return true;
  if (n == 3 && b(i) == 0xE2 && (b(i + 1) == 0x80 || b(i + 1) == 0x81)) return true;
  if (n == 3 && b(i) == 0xE3 && b(i + 1) == 0x80) return true;
  return false;
}

inline bool IsLetterAt(std::string_view s, size_t i, size_t end) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return IsAsciiAlpha(c);
  return IsLetterSlow(s, i, end);
}

bool IsLetterSlow(std::string_view s, size_t i, size_t end) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = SeqLen(c);
  if (i + n > end) return false;
  return !IsUnicodePunct(s, i, n);
}

// The apostrophe at s[i] (ASCII ' or U+2019); its byte length or 0.
inline size_t ApostropheAt(std::string_view s, size_t i, size_t end) {
  if (s[i] == '\'') return 1;
  if (i + 3 <= end && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99)
    return 3;
  return 0;
}

// The shape of the ASCII punctuation byte c as a token of its own.
struct AsciiPunct {
  uint16_t shape[128] = {};
  constexpr AsciiPunct() {
    for (int c = 0; c < 128; ++c) {
      uint16_t f = kPunct;
      if (c == '-') f |= kDash;
      if (c == '(' || c == '[') f |= kOpenParen;
      if (c == ')' || c == ']') f |= kCloseParen;
      if (c == ',') f |= kComma;
      if (c == '"' || c == '\'') f |= kQuoteMark;
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':') f |= kStop;
      shape[c] = f;
    }
  }
};
constexpr AsciiPunct kAsciiPunct;

uint16_t PunctShape(std::string_view s, size_t i, size_t n) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  uint16_t f = kPunct;
  if (n == 1) return c < 0x80 ? kAsciiPunct.shape[c] : f;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
  if (n == 3 && c == 0xE2 && c1 == 0x80) {
    unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    if (c2 >= 0x90 && c2 <= 0x95) f |= kDash;
    if (c2 >= 0x98 && c2 <= 0x9F) f |= kQuoteMark;
  }
  if (n == 2 && c == 0xC2 && (c1 == 0xAB || c1 == 0xBB)) f |= kQuoteMark;
  return f;
}

}  // namespace

bool IsUpperAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (i + 1 >= s.size()) return false;
  unsigned char d = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xC3) return d >= 0x80 && d <= 0x9E && d != 0x97;
  if (c == 0xC4 || c == 0xC5) return (d & 1) == 0;  // U+0100..U+017F: mostly even
  if (c == 0xCE) return d >= 0x91 && d <= 0xA9;     // Greek capitals
  if (c == 0xD0) return d >= 0x80 && d <= 0xAF;     // Cyrillic capitals
  return false;
}

bool IsLowerAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c >= 'a' && c <= 'z';
  if (i + 1 >= s.size()) return false;
  unsigned char d = static_cast<unsigned char>(s[i + 1]);
  if (c == 0xC3) return d >= 0x9F && d <= 0xBF && d != 0xB7;
  if (c == 0xC4 || c == 0xC5) return (d & 1) == 1;
  if (c == 0xCE) return d >= 0xAC;
  if (c == 0xCF) return d <= 0x8E;
  if (c == 0xD0) return d >= 0xB0;
  if (c == 0xD1) return true;
  return false;
}

namespace {

// Byte classes for the ASCII fast path.
enum : uint8_t { kCLower = 1, kCUpper = 2, kCDigit = 4, kCSpace = 8 };

struct ByteClasses {
  uint8_t c[256] = {};
  constexpr ByteClasses() {
    for (int b = 'a'; b <= 'z'; ++b) c[b] = kCLower;
    for (int b = 'A'; b <= 'Z'; ++b) c[b] = kCUpper;
    for (int b = '0'; b <= '9'; ++b) c[b] = kCDigit;
    c[static_cast<int>(' ')] = c[static_cast<int>('\t')] = c[static_cast<int>('\r')] = kCSpace;
    c[static_cast<int>('\f')] = c[static_cast<int>('\v')] = kCSpace;
  }
};
constexpr ByteClasses kClasses;

constexpr uint64_t kHighBits = 0x8080808080808080ull;

// The high bit of each byte of x (read little-endian) that lies in
// [lo, hi], both ASCII; bytes >= 0x80 never do.
template <char lo, char hi>
inline uint64_t InRange(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull;
  uint64_t low7 = x & ~kHighBits;
  uint64_t ge = low7 + (0x80 - lo) * kOnes;
  uint64_t gt = low7 + (0x7F - hi) * kOnes;
  return ge & ~gt & ~x & kHighBits;
}

// The number of bytes of m with the high bit set (m holds high bits only):
// one multiply, where std::popcount may be a library call.
inline int CountHigh(uint64_t m) {
  return static_cast<int>(((m >> 7) * 0x0101010101010101ull) >> 56);
}

// Scans one word starting at i; returns its end and fills the shape.
// *dash is set when the word may hold a hyphen (false: it holds none).
size_t ScanWord(std::string_view s, size_t i, size_t end, uint16_t* shape, bool* dash) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t j = i;
  // ASCII lower and upper letters, other letters, and of those the upper-
  // and lower-case ones.
  int al = 0, au = 0, other = 0, other_upper = 0, other_lower = 0;
  uint8_t seen = 0;
  bool has_dash = false;
  while (j < end) {
    // The fast path: ASCII letters and digits, eight bytes at a time, then
    // byte by byte near the end of the range.
    while (std::endian::native == std::endian::little && j + 8 <= end) {
      uint64_t x;
      std::memcpy(&x, p + j, 8);
      uint64_t lower = InRange<'a', 'z'>(x), upper = InRange<'A', 'Z'>(x);
      uint64_t digits = InRange<'0', '9'>(x);
      uint64_t alnum = lower | upper | digits;
      uint64_t keep = ~0ull;
      size_t len = 8;
      if (alnum != kHighBits) {
        // Bytes before the first that is not an ASCII letter or digit.
        len = static_cast<size_t>(std::countr_zero(~alnum & kHighBits)) >> 3;
        keep = len == 0 ? 0 : ~0ull >> (64 - 8 * len);
      }
      al += CountHigh(lower & keep);
      au += CountHigh(upper & keep);
      if (digits & keep) seen |= kCDigit;
      j += len;
      if (len < 8) break;
    }
    uint8_t k;
    while (j < end && ((k = kClasses.c[p[j]]) & (kCLower | kCUpper | kCDigit))) {
      al += k & kCLower;
      au += (k >> 1) & 1;
      seen |= k;
      ++j;
    }
    if (j >= end) break;
    unsigned char c = p[j];
    if (c >= 0x80 && IsLetterSlow(s, j, end)) {
      ++other;
      other_upper += IsUpperAt(s, j);
      other_lower += IsLowerAt(s, j);
      has_dash = true;  // a malformed sequence may swallow a '-': look
      j += SeqLen(c);
      continue;
    }
    // Inner hyphen, apostrophe, ampersand or period: joins when a letter or
    // digit follows ("Ter-Petrosyan", "O'Brien", "AT&T", "U.S").
    size_t ap = ApostropheAt(s, j, end);
    size_t k2 = ap ? j + ap : j + 1;
    bool joiner = ap || c == '-' || c == '&' || c == '.';
    if (!joiner || k2 >= end) break;
    unsigned char nc = p[k2];
    if (!(IsDigit(nc) || IsLetterAt(s, k2, end))) break;
    int letters = al + au + other;
    if (c == '.' && !(letters == 1 || (j >= i + 2 && s[j - 2] == '.'))) break;  // "U.S" only
    if (ap && (nc == 's' || nc == 'S') && (k2 + 1 >= end || !IsLetterAt(s, k2 + 1, end))) break;
    has_dash |= c == '-';
    j = k2;
  }
  int letters = al + au + other;
  int uppers = au + other_upper;
  int lowers = al + other_lower;
  bool digit = (seen & kCDigit) != 0;
  // A final period after single letters: "U.S.", "P.".
  bool dotted = false;
  if (j < end && s[j] == '.' && letters >= 1 && !digit) {
    bool single_letters = true;
    for (size_t k = i; k < j; ++k) {
      if (s[k] == '.') continue;
      if (k + 1 < j && s[k + 1] != '.') single_letters = false;
    }
    if (single_letters && (j - i == 1 || letters >= 2)) {
      ++j;
      dotted = true;
    }
  }
  uint16_t f = kWord;
  if (digit) f |= kDigit;
  if (letters > 0 && IsUpperAt(s, i)) f |= kCap;
  if (digit && letters > 0 && IsDigit(p[i]) && has_dash) {
    // "44-Day": a digit-led word with a capital after its hyphen.
    for (size_t k = i; k + 1 < j; ++k) {
      if (s[k] == '-') {
        if (IsUpperAt(s, k + 1)) f |= kCap;
        break;
      }
    }
  }
  if (letters > 0 && IsLowerAt(s, i)) f |= kLowerStart;
  if (letters >= 2 && lowers == 0 && uppers >= 2) f |= kAllCaps;
  if (dotted) f |= (letters == 1 && (f & kCap)) ? kInitial : kDotted;
  *shape = f;
  *dash = has_dash;
  return j;
}

// One step of the byte-at-a-time scan at s[i], a byte that is neither a
// space nor a newline: appends the token that starts there (none for a
// no-break space) and returns where the scan goes on. The block scan below
// hands it every token it cannot settle from its masks.
size_t ScanOne(std::string_view s, size_t i, size_t end, bool* line_start, std::vector<Tok>* out) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
  size_t n = c < 0x80 ? 1 : SeqLen(c);
  if (i + n > end) n = end - i;
  if (n == 2 && c == 0xC2 && p[i + 1] == 0xA0) return i + 2;  // no-break space
  Tok t;
  t.start = static_cast<uint32_t>(i);
  size_t ap = (c == '\'' || c == 0xE2) ? ApostropheAt(s, i, end) : 0;
  bool dash = false;
  if (ap && i + ap < end && (s[i + ap] == 's' || s[i + ap] == 'S') &&
      (i + ap + 1 >= end || !IsLetterAt(s, i + ap + 1, end))) {
    t.end = static_cast<uint32_t>(i + ap + 1);
    t.shape = kPunct | kPossessive;
  } else if ((kClasses.c[c] & (kCLower | kCUpper | kCDigit)) ||
             (c >= 0x80 && IsLetterSlow(s, i, end))) {
    t.end = static_cast<uint32_t>(ScanWord(s, i, end, &t.shape, &dash));
    if (t.end - t.start <= kMaxLexWord) t.lex = kLexPending;
    if (dash) {
      for (size_t k = t.end; k-- > t.start + 1;) {
        if (s[k] != '-') continue;
        if (k + 1 < t.end && IsLowerAt(s, k + 1) && !(t.shape & kLowerStart)) t.more |= kLowerTail;
        break;
      }
      if (t.shape & kLowerStart) {
        for (size_t k = t.start + 1; k < t.end && k < t.start + 7; ++k) {
          if (s[k] != '-') continue;
          if (k + 1 < t.end && IsUpperAt(s, k + 1)) {
            t.more |= kLowerHead;
            t.shape = static_cast<uint16_t>((t.shape & ~kLowerStart) | kCap);
          }
          break;
        }
      }
    }
  } else {
    t.end = static_cast<uint32_t>(i + n);
    t.shape = PunctShape(s, i, n);
  }
  if (*line_start) t.shape |= kLineStart;
  *line_start = false;
  out->push_back(t);
  return t.end;
}

// Byte classes of a 64-byte window as bit masks (bit k: byte k).
struct Masks {
  uint64_t upper = 0, lower = 0, digit = 0;
  uint64_t space = 0;    // ' ', \t, \r, \f, \v
  uint64_t newline = 0;  // \n
  uint64_t dot = 0;      // .
  uint64_t joiner = 0;   // ', -, &: may join two words into one
  uint64_t high = 0;     // bytes >= 0x80
};

#if defined(__SSE2__) && !defined(DOSSIER_ENTITIES_NO_SIMD)
inline uint64_t Bits16(__m128i m, int k) {
  return static_cast<uint64_t>(static_cast<uint32_t>(_mm_movemask_epi8(m))) << (16 * k);
}
// x in [lo, hi] for ASCII bounds (bytes >= 0x80 are negative: never).
inline __m128i Between(__m128i x, char lo, char hi) {
  return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                       _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
}
inline Masks Classify(const unsigned char* p) {
  Masks m;
  for (int k = 0; k < 4; ++k) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * static_cast<size_t>(k)));
    auto eq = [&](char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); };
    m.upper |= Bits16(Between(x, 'A', 'Z'), k);
    m.lower |= Bits16(Between(x, 'a', 'z'), k);
    m.digit |= Bits16(Between(x, '0', '9'), k);
    __m128i nl = eq('\n');
    m.newline |= Bits16(nl, k);
    m.space |= Bits16(_mm_or_si128(eq(' '), _mm_andnot_si128(nl, Between(x, '\t', '\r'))), k);
    m.dot |= Bits16(eq('.'), k);
    m.joiner |= Bits16(_mm_or_si128(eq('-'), Between(x, '&', '\'')), k);
    m.high |= Bits16(x, k);  // the sign bit: bytes >= 0x80
  }
  return m;
}
#else
inline Masks Classify(const unsigned char* p) {
  Masks m;
  for (int k = 0; k < 64; ++k) {
    unsigned char c = p[k];
    uint64_t bit = 1ull << k;
    uint8_t cls = kClasses.c[c];
    if (cls & kCUpper) m.upper |= bit;
    if (cls & kCLower) m.lower |= bit;
    if (cls & kCDigit) m.digit |= bit;
    if (cls & kCSpace) m.space |= bit;
    if (c == '\n') m.newline |= bit;
    if (c == '.') m.dot |= bit;
    if (c == '\'' || c == '-' || c == '&') m.joiner |= bit;
    if (c >= 0x80) m.high |= bit;
  }
  return m;
}
#endif

// Bits [0, n) for n <= 64.
inline uint64_t Below(size_t n) { return n >= 64 ? ~0ull : (1ull << n) - 1; }
// The same for 1 <= n <= 64, without a branch (2 << 63 is 0).
inline uint64_t BelowNonZero(size_t n) { return (2ull << (n - 1)) - 1; }
// The same for n <= 63.
inline uint64_t BelowSmall(size_t n) { return (1ull << n) - 1; }

}  // namespace

// The scan classifies 64 bytes at a time into masks and settles the common
// tokens from them: ASCII words ended by a space, a newline, punctuation
// or a period after two or more letters, and one-byte ASCII punctuation.
// Every other token (non-ASCII bytes, apostrophes, a hyphen or ampersand
// after a word, a period after one letter, a word running past the window)
// is scanned by ScanOne, byte by byte, so both paths give the same tokens.
void ScanTokens(std::string_view s, size_t begin, size_t end, std::vector<Tok>* out) {
  if (end > s.size()) end = s.size();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  bool line_start = true;
  size_t i = begin;
  unsigned char pad[64];
  while (i < end) {
    size_t w = i;
    size_t limit = end - w < 64 ? end - w : 64;
    const unsigned char* bytes = p + w;
    if (s.size() - w < 64) {
      std::memset(pad, 0, sizeof pad);
      std::memcpy(pad, p + w, s.size() - w);
      bytes = pad;
    }
    Masks m = Classify(bytes);
    uint64_t avail = Below(limit);
    uint64_t word = (m.upper | m.lower | m.digit) & avail;
    uint64_t newline = m.newline & avail;
    uint64_t punct = avail & ~word & ~m.space & ~newline;
    // Tokens start at the first byte of a word and at every other byte
    // that is no space.
    uint64_t starts = (word & ~(word << 1)) | punct;
    // A word that reaches the window's end may go on: the next window
    // starts at it.
    size_t advance = limit;
    if (word >> 63) {
      advance = static_cast<size_t>(64 - std::countl_zero(~word));  // 0 if all 64 are word bytes
      starts &= Below(advance);
    }
    size_t prev = 0;  // where the last token ended
    while (starts) {
      size_t o = static_cast<size_t>(std::countr_zero(starts));
      starts &= starts - 1;
      line_start |= (newline & BelowSmall(o) & ~BelowSmall(prev)) != 0;
      uint64_t bit = 1ull << o;
      bool is_word = (word & bit) != 0;
      size_t e = is_word ? o + static_cast<size_t>(std::countr_zero(~word >> o)) : o + 1;
      uint64_t in = BelowNonZero(e) & ~BelowSmall(o);
      uint64_t letters = (m.upper | m.lower) & in;
      uint64_t stop = (in + bit) & avail;  // the byte after a word (0 past the range)
      bool plain;
      if (is_word) {
        // A joiner or non-ASCII byte may continue the word; a period after
        // a single letter may make "U.S" or "P.".
        plain =
            !((m.joiner | m.high) & stop) && (!(m.dot & stop) || (letters & (letters - 1)) != 0);
      } else {
        // An apostrophe may open "'s"; a non-ASCII byte is read whole.
        plain = !(bit & m.high) && bytes[o] != '\'';
      }
      if (plain) {
        // Flag bits by arithmetic: written as branches, the compiler
        // computes every combination and picks one.
        static_assert(kCap == 2 && kAllCaps == 4 && kLowerStart == 8 && kDigit == 16);
        uint64_t up = m.upper & in;
        uint32_t all_caps = !(m.lower & in) && (up & (up - 1)) != 0;
        uint32_t f = kWord | static_cast<uint32_t>((m.upper >> o) & 1) << 1 | all_caps << 2 |
                     static_cast<uint32_t>((m.lower >> o) & 1) << 3 |
                     static_cast<uint32_t>((m.digit & in) != 0) << 4;
        f = is_word ? f : kAsciiPunct.shape[bytes[o] & 0x7F];
        f |= static_cast<uint32_t>(line_start) << 7;
        static_assert(kLineStart == 1 << 7);
        line_start = false;
        Tok t;
        t.start = static_cast<uint32_t>(w + o);
        t.end = static_cast<uint32_t>(w + e);
        t.shape = static_cast<uint16_t>(f);
        t.lex = is_word && e - o <= kMaxLexWord ? kLexPending : 0;
        out->push_back(t);
        prev = e;
        continue;
      }
      // A token the masks do not settle; starts inside it are dropped, and
      // a word it ends inside ("'s" of "'s9") goes on as a token.
      prev = ScanOne(s, w + o, end, &line_start, out) - w;
      if (prev >= 64) break;
      starts &= ~Below(prev);
      starts |= word & (1ull << prev) & Below(advance);
    }
    if (advance == 0 && prev == 0) {
      // A word of 64 bytes or more from the window's start.
      i = ScanOne(s, w, end, &line_start, out);
      continue;
    }
    if (prev > advance) advance = prev;
    if (newline & Below(advance) & ~Below(prev)) line_start = true;
    i = w + advance;
  }
}

}  // namespace dossier::entities
