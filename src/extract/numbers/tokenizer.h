// extract/numbers/tokenizer.h: splits text into words, digit runs and
// symbols for the number scanner, in one pass.
//
// Whitespace (ASCII, no-break and thin spaces) is not a token; each token
// records what separated it from the one before. Word tokens carry their
// lexicon entry. It does not interpret numbers.
#ifndef DOSSIER_EXTRACT_NUMBERS_TOKENIZER_H_
#define DOSSIER_EXTRACT_NUMBERS_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/numbers/lexicon.h"

namespace dossier::numbers {

enum class TokKind : uint8_t { kWord, kDigits, kSym };

// What lies between a token and the one before it.
enum class Gap : uint8_t {
  kNone,       // glued
  kOneSpace,   // exactly one space, no-break space or thin space
  kSpaces,     // more whitespace, on one line
  kLineBreak,  // a line break
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  TokKind kind = TokKind::kSym;
  Gap gap = Gap::kNone;
  bool cap = false;        // a word whose first letter is upper case
  bool upper = false;      // a word of two or more letters, all upper case
  bool may_start = false;  // may start a numeric expression (a cheap first filter)
  char32_t cp = 0;         // kSym: the code point
  // kWord: the lexicon entry, nullptr when none, Lexicon::Unresolved()
  // until looked up (use Ctx::Info).
  const WordInfo* info = nullptr;
};

// Appends the tokens of text to out (cleared first), and the indices of the
// tokens that may start an expression (may_start) to starts (cleared first).
void Tokenize(std::string_view text, const Lexicon& lex, std::vector<Token>* out,
              std::vector<uint32_t>* starts);

}  // namespace dossier::numbers

#endif  // DOSSIER_EXTRACT_NUMBERS_TOKENIZER_H_
