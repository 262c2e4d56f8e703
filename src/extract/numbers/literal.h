// extract/numbers/literal.h: reads a digit literal ("1,275", "1 275",
// "12,34,567", "2.5", "6 . 2") at a digit token. Private to the number
// layer; numeral.cc adds scale words, suffixes and fractions around it.
#ifndef DOSSIER_EXTRACT_NUMBERS_LITERAL_H_
#define DOSSIER_EXTRACT_NUMBERS_LITERAL_H_

#include <cstddef>
#include <string_view>

#include "extract/numbers/scan.h"

namespace dossier::numbers {

constexpr size_t kMaxDigits = 20;  // longer digit runs are not amounts

struct Literal {
  size_t end = 0;
  double mant = 0;
  int dec = 0;
  int int_digits = 0;
  bool sep = false;
};

// *mant = *mant * 10^len(d) + d, for a run of ASCII digits d.
void AddDigits(std::string_view d, double* mant);

// Reads the literal at digit token i (REQUIRES: c.IsDigits(i)).
Literal ReadLiteral(const Ctx& c, size_t i);

}  // namespace dossier::numbers

#endif  // DOSSIER_EXTRACT_NUMBERS_LITERAL_H_
