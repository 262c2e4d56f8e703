// extract/claims/test_numbers.h: test-only stand-ins for the number and
// sentence layers, so the claim rules can be tested on plain sentences while
// those layers are built elsewhere. Small on purpose: digits with
// separators, scale words, number words to ninety-nine with "hundred",
// vague amounts, a few qualifiers, money with "$" or a currency word,
// years, ages, ordinals and percents. Never used outside tests.
#ifndef DOSSIER_EXTRACT_CLAIMS_TEST_NUMBERS_H_
#define DOSSIER_EXTRACT_CLAIMS_TEST_NUMBERS_H_

#include <string_view>
#include <vector>

#include "dossier/numbers.h"
#include "dossier/types.h"

namespace dossier::claims::testing {

void TestNumbers(std::string_view text, std::vector<NumberMention>* out);
// Sentences end at ". ", "! ", "? " and newlines.
void TestSentences(std::string_view text, std::vector<Sentence>* out);

}  // namespace dossier::claims::testing

#endif  // DOSSIER_EXTRACT_CLAIMS_TEST_NUMBERS_H_
