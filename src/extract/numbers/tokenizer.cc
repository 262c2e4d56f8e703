// The scanner's tokenizer: one left-to-right pass over bytes. Letters (ASCII
// and other scripts) make words, ASCII digits make digit runs, everything
// else is a one-code-point symbol. An apostrophe between letters stays in
// the word ("o'clock"). A 256-entry byte table classifies ASCII bytes and
// each token is written once, in place, into out (no per-token allocation
// beyond out's growth). It does not interpret numbers.
#include "extract/numbers/tokenizer.h"

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/utf8.h"
#include "extract/numbers/scan.h"

namespace dossier::numbers {
namespace {

// Byte classes. Bytes >= 0x80 start or continue a multi-byte sequence.
enum : uint8_t { kOther, kSpace, kNewline, kDigit, kLower, kUpper, kHigh };

constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> c{};
  for (int b = 0; b < 256; ++b) {
    uint8_t k = kOther;
    if (b == ' ' || b == '\t' || b == '\r' || b == '\f' || b == '\v') k = kSpace;
    if (b == '\n') k = kNewline;
    if (b >= '0' && b <= '9') k = kDigit;
    if (b >= 'a' && b <= 'z') k = kLower;
    if (b >= 'A' && b <= 'Z') k = kUpper;
    if (b >= 0x80) k = kHigh;
    c[static_cast<size_t>(b)] = k;
  }
  return c;
}
constexpr std::array<uint8_t, 256> kClass = MakeClasses();

inline uint8_t ClassOf(char ch) { return kClass[static_cast<unsigned char>(ch)]; }
inline bool IsLetterClass(uint8_t k) { return k == kLower || k == kUpper; }

bool IsSpaceCp(char32_t cp) {
  return cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x2007 || cp == 0x2002 ||
         cp == 0x2003 || cp == 0x2008 || cp == 0x200A || cp == 0x3000;
}

// Non-ASCII code points that are punctuation or symbols rather than letters.
bool IsSymbolCp(char32_t cp) {
  return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
         (cp >= 0xFF00 && cp <= 0xFF0F) || cp == 0xFFFD;
}

bool StartsWithFold(std::string_view text, size_t i, std::string_view w) {
  if (i + w.size() > text.size()) return false;
  for (size_t k = 0; k < w.size(); ++k)
    if ((text[i + k] | 0x20) != w[k] && text[i + k] != w[k]) return false;
  return true;
}

bool StartsUrl(std::string_view text, size_t i) {
  if (i > 0 && IsLetterClass(ClassOf(text[i - 1]))) return false;
  return StartsWithFold(text, i, "http://") || StartsWithFold(text, i, "https://") ||
         StartsWithFold(text, i, "www.");
}

// The length of the run of ASCII letters at text[i...]; sets *lower when
// one of them is lower case. Sixteen bytes at a time where SSE2 is there.
size_t AsciiLetterRun(std::string_view text, size_t i, bool* lower) {
  const size_t n = text.size();
  size_t j = i;
  bool low = false;
#if defined(__SSE2__)
  const __m128i a = _mm_set1_epi8('a');
  const __m128i span = _mm_set1_epi8(25);
  const __m128i fold = _mm_set1_epi8(0x20);
  while (n - j >= 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + j));
    // x - 'a' <= 25 (unsigned) picks lower-case letters; with bit 0x20 set
    // first, letters of either case.
    __m128i lo = _mm_sub_epi8(v, a);
    __m128i any = _mm_sub_epi8(_mm_or_si128(v, fold), a);
    unsigned lower_mask =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(lo, span), lo)));
    unsigned letter_mask =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(any, span), any)));
    unsigned stop = ~letter_mask & 0xFFFFu;
    if (stop == 0) {
      low = low || lower_mask != 0;
      j += 16;
      continue;
    }
    unsigned k = static_cast<unsigned>(__builtin_ctz(stop));
    low = low || (lower_mask & ((1u << k) - 1)) != 0;
    *lower = low;
    return j + k - i;
  }
#endif
  while (j < n) {
    uint8_t k = ClassOf(text[j]);
    if (k == kLower) {
      low = true;
    } else if (k != kUpper) {
      break;
    }
    ++j;
  }
  *lower = low;
  return j - i;
}

// The end of the word starting at i; sets *all_upper and *letters for its
// ASCII letters.
size_t WordEnd(std::string_view text, size_t i, bool* all_upper, int* letters) {
  const size_t n = text.size();
  bool lower = false;
  size_t run = AsciiLetterRun(text, i, &lower);
  size_t j = i + run;
  bool upper = !lower;
  int count = static_cast<int>(run);
  while (j < n) {
    uint8_t k = ClassOf(text[j]);
    if (k == kLower) {
      upper = false;
      ++count;
      ++j;
    } else if (k == kUpper) {
      ++count;
      ++j;
    } else if (k == kHigh) {
      char32_t dc = 0;
      size_t dl = DecodeUtf8(text, j, &dc);
      if (IsSymbolCp(dc) || IsSpaceCp(dc)) break;
      j += dl;
    } else if (text[j] == '\'' && j + 1 < n && IsLetterClass(ClassOf(text[j + 1])) && j > i) {
      ++j;
    } else {
      break;
    }
  }
  *all_upper = upper;
  *letters = count;
  return j;
}

}  // namespace

void Tokenize(std::string_view text, const Lexicon& lex, std::vector<Token>* out,
              std::vector<uint32_t>* starts) {
  out->clear();
  size_t n_starts = 0;
  const size_t n = text.size();
  size_t i = 0;
  Gap gap = Gap::kLineBreak;  // the text start acts as a line start
  int spaces = 0;
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const uint8_t cls = kClass[c];
    if (cls == kSpace || cls == kNewline) {
      if (cls == kNewline) {
        gap = Gap::kLineBreak;
      } else if (gap != Gap::kLineBreak) {
        gap = (++spaces == 1 && c == ' ') ? Gap::kOneSpace : Gap::kSpaces;
      }
      ++i;
      continue;
    }
    char32_t cp = c;
    size_t len = 1;
    if (cls == kHigh) {
      len = DecodeUtf8(text, i, &cp);
      if (IsSpaceCp(cp)) {
        if (gap != Gap::kLineBreak) gap = (++spaces == 1) ? Gap::kOneSpace : Gap::kSpaces;
        i += len;
        continue;
      }
    }
    if ((c | 0x20) == 'h' || (c | 0x20) == 'w') {
      bool url = i + 4 < n && ((text[i + 1] | 0x20) == 't' || (text[i + 1] | 0x20) == 'w') &&
                 StartsUrl(text, i);
      if (url) {
        // A URL holds no amounts: skip to the next whitespace.
        while (i < n && kClass[static_cast<unsigned char>(text[i])] != kSpace && text[i] != '\n')
          ++i;
        gap = Gap::kSpaces;
        continue;
      }
    }
    // Written in place: building a Token on the stack and copying it in
    // stalls on store forwarding.
    Token& t = out->emplace_back();
    t.start = static_cast<uint32_t>(i);
    t.gap = gap;
    if (cls == kDigit) {
      size_t j = i + 1;
      while (j < n && ClassOf(text[j]) == kDigit) ++j;
      t.kind = TokKind::kDigits;
      t.may_start = true;
      i = j;
    } else if (cls == kLower || cls == kUpper || (cls == kHigh && !IsSymbolCp(cp))) {
      bool all_upper = true;
      int letters = 0;
      size_t j = WordEnd(text, i, &all_upper, &letters);
      t.kind = TokKind::kWord;
      t.cap = cls == kUpper;
      t.upper = all_upper && letters >= 2;
      std::string_view w = text.substr(i, j - i);
      i = j;
      // Other words are looked up only when a rule asks (Ctx::Info).
      const WordInfo* info = lex.MayStartExpression(w) ? lex.FindStarter(w) : nullptr;
      t.info = info ? info : Lexicon::Unresolved();
      t.may_start = (info && (info->num != NumWord::kNone ||
                              (info->roles & (kVagueStart | kSignWord | kCurrencyStart)))) ||
                    ((t.upper || t.cap) && w.size() <= 4);
    } else {
      t.kind = TokKind::kSym;
      t.cp = cp;
      t.may_start = cp == '-' || cp == '+' || cp == '.' || cp == 0x2212 || cp == '~' || cp == '>' ||
                    cp == '<' || lex.SymbolMayStartWith(c) || VulgarFraction(cp) != 0;
      i += len;
    }
    t.end = static_cast<uint32_t>(i);
    gap = Gap::kNone;
    spaces = 0;
    // The usual case, one ASCII space before the next token, without a
    // round through the whitespace branch.
    if (i + 1 < n && text[i] == ' ') {
      uint8_t next = ClassOf(text[i + 1]);
      if (next != kSpace && next != kNewline && next != kHigh) {
        ++i;
        gap = Gap::kOneSpace;
        spaces = 1;
      }
    }
    // Appended without a branch on may_start: the slot is overwritten when
    // the token may not start anything.
    if (n_starts == starts->size()) starts->resize(2 * n_starts + 64);
    (*starts)[n_starts] = static_cast<uint32_t>(out->size() - 1);
    n_starts += t.may_start ? 1 : 0;
  }
  starts->resize(n_starts);
}

}  // namespace dossier::numbers
