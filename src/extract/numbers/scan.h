// extract/numbers/scan.h: shared pieces of the number scanner: the token
// view of a text and the numeral reader.
//
// ParseNumeral reads one numeral (digits with separators and decimals,
// number words, scale words and suffixes, fractions, ordinals) starting at a
// token; the recognizer (recognizer.cc) adds currencies, percents, ranges,
// qualifiers and kinds around it. Nothing here allocates.
#ifndef DOSSIER_EXTRACT_NUMBERS_SCAN_H_
#define DOSSIER_EXTRACT_NUMBERS_SCAN_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/numbers/ascii.h"
#include "extract/numbers/lexicon.h"
#include "extract/numbers/tokenizer.h"

namespace dossier::numbers {

// Read-only view of a tokenized text with small helpers.
struct Ctx {
  std::string_view text;
  std::vector<Token>* toks;  // Info() fills in entries looked up lazily
  const Lexicon* lex;

  [[nodiscard]] size_t size() const { return toks->size(); }
  [[nodiscard]] const Token& at(size_t i) const { return (*toks)[i]; }
  [[nodiscard]] std::string_view Text(size_t i) const {
    return text.substr(at(i).start, at(i).end - at(i).start);
  }
  [[nodiscard]] bool IsDigits(size_t i) const {
    return i < size() && at(i).kind == TokKind::kDigits;
  }
  [[nodiscard]] bool IsWord(size_t i) const { return i < size() && at(i).kind == TokKind::kWord; }
  [[nodiscard]] bool IsSym(size_t i, char32_t cp) const {
    return i < size() && at(i).kind == TokKind::kSym && at(i).cp == cp;
  }
  [[nodiscard]] bool IsDash(size_t i) const;
  [[nodiscard]] bool Glued(size_t i) const { return i < size() && at(i).gap == Gap::kNone; }
  // Case-insensitive comparison of word token i with lower-case w.
  [[nodiscard]] bool WordIs(size_t i, std::string_view w) const {
    return IsWord(i) && SameLower(Text(i), w);
  }
  // The lexicon entry of word token i, or nullptr.
  [[nodiscard]] const WordInfo* Info(size_t i) const {
    if (!IsWord(i)) return nullptr;
    Token& t = (*toks)[i];
    if (t.info == Lexicon::Unresolved()) t.info = lex->FindFolded(Text(i));
    return t.info;
  }
  [[nodiscard]] NumWord Num(size_t i) const {
    const WordInfo* w = Info(i);
    return w ? w->num : NumWord::kNone;
  }
  [[nodiscard]] uint32_t Roles(size_t i) const {
    const WordInfo* w = Info(i);
    return w ? w->roles : 0;
  }
  // True when token i starts a sentence: the text start, a line start, or
  // after ". ! ? :" or an opening quote.
  [[nodiscard]] bool SentenceStart(size_t i) const;
};

struct Numeral {
  size_t begin = 0, end = 0;  // tokens [begin, end)
  double value = 0;
  double raw = 0;    // the value before a scale word or suffix
  double scale = 1;  // the scale applied (1: none)
  bool ordinal = false;
  bool fraction = false;
  bool words = false;      // made of number words
  bool plain_int = false;  // one digit run: no sign, separator, decimal, scale
  bool has_sep = false;
  bool has_decimal = false;
  bool negative = false;
  int int_digits = 0;
  bool decade = false;            // "1990s"
  bool glued_unknown = false;     // digits glued to a word we do not know ("3D")
  bool scale_money_only = false;  // "$340m": the scale stands only with money
  bool scale_word = false;        // a separate scale word ("million") was read
  std::string_view rule;
};

// Reads a numeral at token i. Returns false when none starts there.
bool ParseNumeral(const Ctx& c, size_t i, Numeral* out);

// True for a denominator written fractions commonly have ("3/4", "5/16",
// "7/100"): 2-6, 8, 10, 12, 16, 20, 32, 64, 100, 128.
bool UsualDenominator(double den);

// The value of a vulgar fraction character (U+00BC-BE, U+2150-215E), or 0.
double VulgarFraction(char32_t cp);

// value = mantissa / 10^decimals * mult, exactly when mult is a power of ten.
double Compose(double mantissa, int decimals, double mult);

}  // namespace dossier::numbers

#endif  // DOSSIER_EXTRACT_NUMBERS_SCAN_H_
