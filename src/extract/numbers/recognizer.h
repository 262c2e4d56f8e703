// extract/numbers/recognizer.h: the number scanner behind NumberRecognizer.
//
// Scan() walks the tokens of one text left to right, reads each numeric
// expression once (numeral, currency, percent, range, qualifiers), decides
// its kind from the words around it, and appends it. Spans never overlap.
#ifndef DOSSIER_EXTRACT_NUMBERS_RECOGNIZER_H_
#define DOSSIER_EXTRACT_NUMBERS_RECOGNIZER_H_

#include <string_view>
#include <vector>

#include "dossier/numbers.h"
#include "extract/numbers/lexicon.h"
#include "extract/numbers/tokenizer.h"

namespace dossier::numbers {

// REQUIRES: toks and starts are Tokenize(text, lex).
void Scan(std::string_view text, std::vector<Token>& toks, const std::vector<uint32_t>& starts,
          const Lexicon& lex, std::vector<NumberMention>* out);

}  // namespace dossier::numbers

#endif  // DOSSIER_EXTRACT_NUMBERS_RECOGNIZER_H_
