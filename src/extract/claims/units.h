// extract/claims/units.h: a sentence as the claim rules see it: words,
// punctuation and whole number mentions, each with its byte span.
//
// A number mention (from the number layer) becomes one unit however many
// words it spans ("more than 140 million manats"). Words are compared in
// lower case through a lowered copy of the document. It does no tagging.
#ifndef DOSSIER_EXTRACT_CLAIMS_UNITS_H_
#define DOSSIER_EXTRACT_CLAIMS_UNITS_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/numbers.h"

namespace dossier::claims {

enum class UnitKind : uint8_t { kWord, kPunct, kNumber };

struct Unit {
  uint32_t start = 0;
  uint32_t end = 0;
  UnitKind kind = UnitKind::kWord;
  bool capitalized = false;  // first letter upper case in the original text
  bool count = false;      // kNumber that may count something (cardinal, vague, range, money >= 0)
  bool money = false;      // kNumber of kind money
  int32_t number = -1;     // index into numbers for kNumber
  std::string_view lower;  // the unit's text in lower case
};

// Appends the units of text[begin, end) to *out. lower is text[begin, end)
// with ASCII letters lowered (same length); the units' views point into it. numbers are sorted by
// start; *next_number is the first one not before begin and is advanced past those used.
void BuildUnits(std::string_view text, std::string_view lower, size_t begin, size_t end,
                const std::vector<NumberMention>& numbers, size_t* next_number,
                std::vector<Unit>* out);

// ASCII lower-casing of text into *out (resized to text's length).
void LowerAscii(std::string_view text, std::string* out);

}  // namespace dossier::claims

#endif  // DOSSIER_EXTRACT_CLAIMS_UNITS_H_
