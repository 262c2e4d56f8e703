// extract/entities/scan.h: a fast token scan for entity rules.
//
// Splits a range of text into words and punctuation with the shape facts the
// rules need (capitalised, all capitals, an initial "P.", a dotted
// abbreviation "U.S.", the first word of a line). Possessive "'s" is split
// off its word. Linear, no allocation beyond the output vector's growth. It
// does not look words up; the recognizer does.
#ifndef DOSSIER_EXTRACT_ENTITIES_SCAN_H_
#define DOSSIER_EXTRACT_ENTITIES_SCAN_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dossier::entities {

enum TokFlag : uint16_t {
  kWord = 1 << 0,        // letters (and digits) word
  kCap = 1 << 1,         // starts with an upper-case letter
  kAllCaps = 1 << 2,     // two or more letters, none lower-case
  kLowerStart = 1 << 3,  // starts with a lower-case letter
  kDigit = 1 << 4,       // holds a digit
  kInitial = 1 << 5,     // one capital letter and a period: "P."
  kDotted = 1 << 6,      // letters separated by periods: "U.S.", "a.m."
  kLineStart = 1 << 7,   // first token after a newline (or of the range)
  kPunct = 1 << 8,
  kDash = 1 << 9,  // - – —
  kOpenParen = 1 << 10,
  kCloseParen = 1 << 11,
  kComma = 1 << 12,
  kQuoteMark = 1 << 13,   // " “ ” ‘ ’ « »
  kStop = 1 << 14,        // . ! ? ; :
  kPossessive = 1 << 15,  // 's / ’s split off a word
};

// Shape bits beyond 16: kept in Tok::more.
enum TokFlag2 : uint16_t {
  kLowerTail = 1 << 0,  // hyphenated with a lower-case last part: "Washington-based"
  kLowerHead = 1 << 1,  // a lower-case prefix before a capital: "pro-European", "al-Assad"
};

struct Tok {
  uint32_t start = 0;
  uint32_t end = 0;
  uint16_t shape = 0;
  uint16_t more = 0;
  // Lexicon flags, filled by the recognizer on first use (mutable so that
  // rules holding a const token can fill them): the scan sets kLexPending
  // on every word of up to kMaxLexWord bytes, 0 on the rest.
  mutable uint32_t lex = 0;
  // HashWord of a word's text, filled by the recognizer on first use (0
  // until then).
  mutable uint64_t hash = 0;
};

// In Tok::lex: the word has not been looked up yet.
constexpr uint32_t kLexPending = 1u << 31;
// Longer words are never looked up (their flags stay 0).
constexpr uint32_t kMaxLexWord = 48;

// Appends the tokens of text[begin, end) to *out.
void ScanTokens(std::string_view text, size_t begin, size_t end, std::vector<Tok>* out);

// True when the UTF-8 character at s[i] is an upper-case letter (ASCII,
// Latin-1, Latin Extended-A, Greek, Cyrillic); *len gets its byte length.
bool IsUpperAt(std::string_view s, size_t i);
bool IsLowerAt(std::string_view s, size_t i);

}  // namespace dossier::entities

#endif  // DOSSIER_EXTRACT_ENTITIES_SCAN_H_
