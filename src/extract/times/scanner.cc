// Tokeniser of the time layer (see scanner.h). One pass over the bytes.
#include "extract/times/scanner.h"

#include <bit>
#include <cstring>

namespace dossier::times {
namespace {

// Byte classes: 1 letter, 2 digit, 4 space, 8 non-ASCII.
struct ClassTable {
  uint8_t c[256] = {};
  constexpr ClassTable() {
    for (int i = 'a'; i <= 'z'; ++i) c[i] = 1;
    for (int i = 'A'; i <= 'Z'; ++i) c[i] = 1;
    for (int i = '0'; i <= '9'; ++i) c[i] = 2;
    c[static_cast<int>(' ')] = c[static_cast<int>('\t')] = c[static_cast<int>('\n')] = 4;
    c[static_cast<int>('\r')] = c[static_cast<int>('\f')] = c[static_cast<int>('\v')] = 4;
    for (int i = 128; i < 256; ++i) c[i] = 8;
  }
};
constexpr ClassTable kClass;

bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Length of a dash or apostrophe written as a multi-byte UTF-8 sequence at
// text[i], with its folded character; 0 when there is none.
size_t SpecialPunct(std::string_view text, size_t i, char* folded) {
  if (i + 2 < text.size() + 0 && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x80) {
    unsigned char c = static_cast<unsigned char>(text[i + 2]);
    if (c >= 0x90 && c <= 0x95) {  // hyphen, non-breaking hyphen, figure dash, en, em, bar
      *folded = '-';
      return 3;
    }
    if (c == 0x89 || c == 0x8A || c == 0xAF ||
        c == 0x8B) {  // thin, hair, narrow no-break, zero-width
      *folded = ' ';
      return 3;
    }
    if (c == 0x98 || c == 0x99) {  // curly single quotes
      *folded = '\'';
      return 3;
    }
  }
  if (i + 2 < text.size() && static_cast<unsigned char>(text[i]) == 0xE2 &&
      static_cast<unsigned char>(text[i + 1]) == 0x88 &&
      static_cast<unsigned char>(text[i + 2]) == 0x92) {  // minus sign
    *folded = '-';
    return 3;
  }
  if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2 &&
      static_cast<unsigned char>(text[i + 1]) == 0xA0) {  // no-break space: treat as space
    *folded = ' ';
    return 2;
  }
  return 0;
}

// An apostrophe starts an expression only tight before digits ("'90s",
// "'92"): the only rules it can start read a number right after it.
bool DigitAt(std::string_view text, size_t i) {
  return i < text.size() && IsDigit(static_cast<unsigned char>(text[i]));
}

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHigh = kOnes * 0x80;

// The low `bytes` bytes of a word set, for 0 < bytes <= 8.
uint64_t ByteMask(size_t bytes) {
  return bytes >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * bytes)) - 1;
}

// How many of the 8 bytes of w (loaded little-endian) are ASCII letters
// before the first that is not.
size_t LetterRun(uint64_t w) {
  uint64_t x = (w | (kOnes * 0x20)) & ~kHigh;  // lower-cased, high bits off: no carries below
  uint64_t ge_a = x + kOnes * (0x80 - 'a');
  uint64_t gt_z = x + kOnes * (0x80 - 'z' - 1);
  uint64_t letter = ge_a & ~gt_z & ~w & kHigh;  // ~w: ASCII bytes only
  uint64_t stop = ~letter & kHigh;
  return stop == 0 ? 8 : static_cast<size_t>(std::countr_zero(stop)) / 8;
}

// Reads the number token at text[i] into *t; returns the index after it.
size_t ScanNumber(std::string_view text, size_t i, Tok* t, uint16_t* flags) {
  size_t n = text.size();
  t->kind = TokKind::kNumber;
  *flags |= kMayStart;
  int64_t v = 0;
  size_t j = i;
  while (j < n && IsDigit(static_cast<unsigned char>(text[j]))) {
    if (v < 100000000) v = v * 10 + (text[j] - '0');
    ++j;
  }
  t->digits = static_cast<uint8_t>(j - i > 255 ? 255 : j - i);
  t->value = static_cast<int32_t>(v);
  // Inner separators: "1,993", "2.5", "26.02.1992".
  bool separated = false;
  while (j + 1 < n && (text[j] == ',' || text[j] == '.') &&
         IsDigit(static_cast<unsigned char>(text[j + 1]))) {
    separated = true;
    ++j;
    while (j < n && IsDigit(static_cast<unsigned char>(text[j]))) ++j;
  }
  if (separated) *flags |= kSeparated;
  // Suffix letters: ordinal ("34th", "34rd"), decade ("1990s"); other
  // letters ("8pm", "5km") become their own word token.
  if (j < n && IsAlpha(static_cast<unsigned char>(text[j])) && !separated) {
    size_t k = j;
    while (k < n && IsAlpha(static_cast<unsigned char>(text[k]))) ++k;
    if (k - j == 2) {
      char a = static_cast<char>(text[j] | 32);
      char b = static_cast<char>(text[j + 1] | 32);
      if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
          (a == 't' && b == 'h')) {
        *flags |= kOrdinal;
        j = k;
      }
    } else if (k - j == 1 && (text[j] | 32) == 's') {
      *flags |= kDecade;
      j = k;
    }
  }
  return j;
}

// The end of the run of ASCII letters from text[j], eight bytes at a time;
// clears *all_caps at a lower-case letter when `upper` (the word's first
// letter is a capital).
size_t AsciiLetters(std::string_view text, size_t j, bool upper, bool* all_caps) {
  size_t n = text.size();
  while (std::endian::native == std::endian::little && j + 8 <= n) {
    uint64_t w = 0;
    std::memcpy(&w, text.data() + j, 8);
    size_t run = LetterRun(w);
    // Upper-case letters have bit 0x20 clear.
    if (upper && run != 0 && (w & ByteMask(run) & (kOnes * 0x20)) != 0) *all_caps = false;
    j += run;
    if (run < 8) return j;
  }
  while (j < n && kClass.c[static_cast<unsigned char>(text[j])] == 1) {
    *all_caps = *all_caps && IsUpper(static_cast<unsigned char>(text[j]));
    ++j;
  }
  return j;
}

// The end of a word of letters mixed with non-ASCII bytes from text[j]
// ("caf\u00e9"); a dash or curly apostrophe ends it.
size_t MixedLetters(std::string_view text, size_t j, bool* all_caps) {
  size_t n = text.size();
  while (j < n) {
    unsigned char d = static_cast<unsigned char>(text[j]);
    uint8_t cls = kClass.c[d];
    if (cls == 1) {
      *all_caps = *all_caps && IsUpper(d);
    } else if (cls == 8) {
      char f = 0;
      if (SpecialPunct(text, j, &f) != 0) break;
    } else {
      break;
    }
    ++j;
  }
  return j;
}

// Bit `length` of bits[first letter]: a word of that length and first
// letter may open a two-word modifier ("at least", "up to", "more than",
// "less than", "fewer than"; the matcher checks the words) or be "the".
struct OpenerLengths {
  uint8_t bits[26] = {};
  constexpr OpenerLengths() {
    bits['a' - 'a'] = bits['u' - 'a'] = 1u << 2;
    bits['m' - 'a'] = bits['l' - 'a'] = bits['f' - 'a'] = (1u << 4) | (1u << 5);
    bits['t' - 'a'] = 1u << 3;  // "the", checked by the caller
  }
};
constexpr OpenerLengths kOpenerLengths;

// Reads the word token at text[i] (a letter or a non-ASCII byte) into *t;
// returns the index after it.
size_t ScanWord(std::string_view text, size_t i, const TimeLexicon& lexicon, Tok* t,
                uint16_t* flags) {
  size_t n = text.size();
  unsigned char c = static_cast<unsigned char>(text[i]);
  t->kind = TokKind::kWord;
  size_t j = i + 1;
  bool upper = IsUpper(c);
  bool all_caps = upper;
  // The common case first: a run of ASCII letters.
  j = AsciiLetters(text, j, upper, &all_caps);
  bool ascii = c < 0x80;
  char folded = 0;
  if (!ascii || (j < n && static_cast<unsigned char>(text[j]) >= 0x80 &&
                 SpecialPunct(text, j, &folded) == 0)) {
    ascii = false;
    j = MixedLetters(text, j, &all_caps);
  }
  size_t len = j - i;
  if (upper) *flags |= all_caps ? (kCapital | kAllCaps) : kCapital;
  std::string_view word(text.data() + i, len);
  const WordInfo* info = ascii      ? lexicon.FindLetters(word, n - i)
                         : c < 0x80 ? lexicon.Find(word)
                                    : nullptr;
  t->info = info;
  // Openers of two-word modifiers ("more than", "less than", "at least",
  // "up to") and "the" start a match whether the lexicon knows them or not.
  unsigned f = (c | 32u) - 'a';
  bool may_start = info != nullptr && (info->flags & kTrigger) != 0;
  if (!may_start && f < 26 && len < 8 && (kOpenerLengths.bits[f] >> len) & 1u) {
    may_start =
        len != 3 || (info == nullptr && (text[i + 1] | 32) == 'h' && (text[i + 2] | 32) == 'e');
  }
  if (may_start) *flags |= kMayStart;
  return j;
}

}  // namespace

void ScanTokens(std::string_view text, const std::vector<Sentence>& sentences,
                const TimeLexicon& lexicon, std::vector<Tok>* out) {
  out->clear();
  if (out->capacity() < text.size() / 5) out->reserve(text.size() / 5);
  size_t n = text.size();
  size_t i = 0;
  size_t sent = 0;
  size_t next_sentence = sentences.size() > 1 ? sentences[1].start : n;
  uint16_t pending = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    uint8_t cls = kClass.c[c];
    if (cls == 4) {
      pending |= kSpaceBefore;
      if (c == '\n') pending |= kNewlineBefore;
      ++i;
      continue;
    }
    char folded = 0;
    size_t special = 0;
    if (cls == 8) {
      special = SpecialPunct(text, i, &folded);
      if (special != 0 && folded == ' ') {
        pending |= kSpaceBefore;
        i += special;
        continue;
      }
    }
    if (i >= next_sentence) {
      while (sent + 1 < sentences.size() && sentences[sent + 1].start <= i) ++sent;
      next_sentence = sent + 1 < sentences.size() ? sentences[sent + 1].start : n;
    }
    // The token is written in place: assembling it in a local and copying
    // it in made the stores of its narrow fields stall the copy's wide loads.
    Tok& t = out->emplace_back();
    t.start = static_cast<uint32_t>(i);
    t.sentence = static_cast<uint32_t>(sent);
    uint16_t flags = pending;
    pending = 0;
    if (cls == 1 || (cls == 8 && special == 0)) {
      i = ScanWord(text, i, lexicon, &t, &flags);
    } else if (special != 0) {
      t.kind = TokKind::kPunct;
      t.punct = folded;
      i += special;
      if (folded == '\'' && DigitAt(text, i)) flags |= kMayStart;
    } else if (cls == 2) {
      i = ScanNumber(text, i, &t, &flags);
    } else {
      t.kind = TokKind::kPunct;
      char p = c == '`' ? '\'' : static_cast<char>(c);
      t.punct = p;
      ++i;
      if (p == '\'' && DigitAt(text, i)) flags |= kMayStart;
    }
    t.end = static_cast<uint32_t>(i);
    t.flags = flags;
    // The common single space between tokens, without another round.
    if (i < n && text[i] == ' ') {
      pending = kSpaceBefore;
      ++i;
    }
  }
}

}  // namespace dossier::times
