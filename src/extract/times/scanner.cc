// Tokeniser of the time layer (see scanner.h). One pass over the bytes.
#include "extract/times/scanner.h"

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

}  // namespace

void ScanTokens(std::string_view text, const std::vector<Sentence>& sentences,
                const TimeLexicon& lexicon, std::vector<Tok>* out) {
  out->clear();
  if (out->capacity() < text.size() / 5) out->reserve(text.size() / 5);
  size_t n = text.size();
  size_t i = 0;
  size_t sent = 0;
  uint16_t pending = 0;
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (kClass.c[c] == 4) {
      pending |= kSpaceBefore;
      if (c == '\n') pending |= kNewlineBefore;
      ++i;
      continue;
    }
    Tok t;
    t.start = static_cast<uint32_t>(i);
    char folded = 0;
    size_t special = c >= 0x80 ? SpecialPunct(text, i, &folded) : 0;
    if (special != 0 && folded == ' ') {
      pending |= kSpaceBefore;
      i += special;
      continue;
    }
    if (special != 0) {
      t.kind = TokKind::kPunct;
      t.punct = folded;
      i += special;
    } else if (IsDigit(c)) {
      t.kind = TokKind::kNumber;
      int64_t v = 0;
      size_t j = i;
      while (j < n && IsDigit(static_cast<unsigned char>(text[j]))) {
        if (v < 100000000) v = v * 10 + (text[j] - '0');
        ++j;
      }
      t.digits = static_cast<uint8_t>(j - i > 255 ? 255 : j - i);
      t.value = static_cast<int32_t>(v);
      // Inner separators: "1,993", "2.5", "26.02.1992".
      while (j + 1 < n && (text[j] == ',' || text[j] == '.') &&
             IsDigit(static_cast<unsigned char>(text[j + 1]))) {
        t.flags |= kSeparated;
        ++j;
        while (j < n && IsDigit(static_cast<unsigned char>(text[j]))) ++j;
      }
      // Suffix letters: ordinal ("34th", "34rd"), decade ("1990s"); other
      // letters ("8pm", "5km") become their own word token.
      if (j < n && IsAlpha(static_cast<unsigned char>(text[j]))) {
        size_t k = j;
        while (k < n && IsAlpha(static_cast<unsigned char>(text[k]))) ++k;
        std::string_view suf = text.substr(j, k - j);
        char a = suf.size() == 2 ? static_cast<char>(suf[0] | 32) : 0;
        char b = suf.size() == 2 ? static_cast<char>(suf[1] | 32) : 0;
        bool ordinal = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
                       (a == 't' && b == 'h');
        if (ordinal && !(t.flags & kSeparated)) {
          t.flags |= kOrdinal;
          j = k;
        } else if (suf.size() == 1 && (suf[0] | 32) == 's' && !(t.flags & kSeparated)) {
          t.flags |= kDecade;
          j = k;
        }
      }
      i = j;
    } else if (IsAlpha(c) || c >= 0x80) {
      t.kind = TokKind::kWord;
      size_t j = i;
      bool all_caps = IsUpper(c);
      while (j < n) {
        unsigned char d = static_cast<unsigned char>(text[j]);
        uint8_t cls = kClass.c[d];
        if (cls == 1) {
          all_caps = all_caps && IsUpper(d);
          ++j;
        } else if (cls == 8) {
          char f = 0;
          if (SpecialPunct(text, j, &f) != 0) break;
          ++j;
        } else {
          break;
        }
      }
      i = j;
      if (IsUpper(c)) t.flags |= kCapital;
      if (all_caps && IsUpper(c)) t.flags |= kAllCaps;
      if (c < 0x80) t.info = lexicon.Find(text.substr(t.start, i - t.start));
      if (t.info != nullptr ? (t.info->flags & kTrigger) != 0
                            : (i - t.start == 3 && (text[t.start] | 32) == 't' &&
                               (text[t.start + 1] | 32) == 'h' && (text[t.start + 2] | 32) == 'e'))
        t.flags |= kMayStart;
      // Openers of two-word modifiers: "more than", "less than", "at least", "up to".
      size_t len = i - t.start;
      char f = static_cast<char>(text[t.start] | 32);
      if ((len == 2 && (f == 'a' || f == 'u')) ||
          ((len == 4 || len == 5) && (f == 'm' || f == 'l' || f == 'f')))
        t.flags |= kMayStart;
    } else {
      t.kind = TokKind::kPunct;
      t.punct = static_cast<char>(c);
      if (c == '`') t.punct = '\'';
      ++i;
    }
    if (t.kind == TokKind::kNumber || (t.kind == TokKind::kPunct && t.punct == '\''))
      t.flags |= kMayStart;
    t.end = static_cast<uint32_t>(i);
    t.flags |= pending;
    pending = 0;
    while (sent + 1 < sentences.size() && sentences[sent + 1].start <= t.start) ++sent;
    t.sentence = static_cast<uint32_t>(sent);
    out->push_back(t);
  }
}

}  // namespace dossier::times
