// extract/quotes/clauses.h: where the clause around a quote begins and ends.
//
// Bounded scans for line and sentence limits near a position, and the
// sentence-ending test on tokens (a full stop after "Mr" or an initial does
// not end a sentence). The text layer's sentences are used only for the
// "sentence" index of each quote; these scans keep the finder independent of
// how a splitter treats quote marks.
#ifndef DOSSIER_EXTRACT_QUOTES_CLAUSES_H_
#define DOSSIER_EXTRACT_QUOTES_CLAUSES_H_

#include <string_view>
#include <vector>

#include "dossier/types.h"
#include "extract/quotes/words.h"

namespace dossier::quotes {

inline constexpr size_t kMaxContext = 400;  // bytes read on each side of a quote

// The start of the line holding pos, but no further back than limit bytes.
size_t LineStart(std::string_view text, size_t pos, size_t limit);
// The end of the line holding pos (the '\n' or text.size()), at most limit
// bytes on.
size_t LineEnd(std::string_view text, size_t pos, size_t limit);

// True when toks[i] ends a sentence: . ! ? or ; followed by white space or
// the end, and a full stop not after an initial or a short abbreviation.
bool EndsSentence(std::string_view text, const std::vector<Tok>& toks, size_t i);

// Removes the tokens up to and including the last sentence end. Returns
// true when one was removed.
bool KeepLastSentence(std::string_view text, std::vector<Tok>* toks);
// Removes the first sentence end and every token after it.
void KeepFirstSentence(std::string_view text, std::vector<Tok>* toks);

// The same tokens as TokenizeRange(text, begin, end) followed by
// KeepLastSentence / KeepFirstSentence, but only the bytes of the kept
// sentence are tokenized. *out is cleared first. TokenizeLastSentence
// returns true when a sentence end was cut off.
bool TokenizeLastSentence(std::string_view text, size_t begin, size_t end, std::vector<Tok>* out);
void TokenizeFirstSentence(std::string_view text, size_t begin, size_t end, std::vector<Tok>* out);

// The index of the sentence holding pos (the last one starting at or before
// it); 0 when there are none.
size_t SentenceAt(const std::vector<Sentence>& sentences, size_t pos);

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_CLAUSES_H_
