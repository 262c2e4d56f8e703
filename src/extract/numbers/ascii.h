// extract/numbers/ascii.h: small ASCII helpers the number layer's files share
// (case folding, letter tests, digit values). Private to the layer; no
// Unicode: callers pass bytes of ASCII words and digit tokens.
#ifndef DOSSIER_EXTRACT_NUMBERS_ASCII_H_
#define DOSSIER_EXTRACT_NUMBERS_ASCII_H_

#include <cstddef>
#include <string_view>

namespace dossier::numbers {

// "No position" for token and byte indexes.
inline constexpr size_t kNoPos = static_cast<size_t>(-1);

inline char Lower(char ch) {
  return (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
}

inline bool IsLetter(char ch) { return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; }

// True when t holds w at pos, ASCII case folded on both sides.
inline bool EqualsFoldAt(std::string_view t, size_t pos, std::string_view w) {
  if (pos + w.size() > t.size()) return false;
  for (size_t k = 0; k < w.size(); ++k) {
    if (Lower(t[pos + k]) != Lower(w[k])) return false;
  }
  return true;
}

// "st", "nd", "rd" or "th" in any case: the suffix of "21st", "42nd".
inline bool IsOrdinalSuffix(std::string_view w) {
  if (w.size() != 2) return false;
  char a = static_cast<char>(w[0] | 0x20), b = static_cast<char>(w[1] | 0x20);
  return (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
         (a == 't' && b == 'h');
}

// True when text is lower (in lower case) with its ASCII letters folded.
inline bool SameLower(std::string_view text, std::string_view lower) {
  if (text.size() != lower.size()) return false;
  for (size_t k = 0; k < text.size(); ++k) {
    char ch = text[k];
    if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (ch != lower[k]) return false;
  }
  return true;
}

// The value of a run of ASCII digits.
inline double DigitsValue(std::string_view d) {
  double v = 0;
  for (char ch : d) v = v * 10 + (ch - '0');
  return v;
}

}  // namespace dossier::numbers

#endif  // DOSSIER_EXTRACT_NUMBERS_ASCII_H_
