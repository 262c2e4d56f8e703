// extract/quotes/runs.h: runs of quotes and whether a span reads like
// speech. Plain tests on the text and the quote spans; the speakers are
// decided in marked.cc.
#ifndef DOSSIER_EXTRACT_QUOTES_RUNS_H_
#define DOSSIER_EXTRACT_QUOTES_RUNS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/quotes/marks.h"
#include "extract/quotes/words.h"

namespace dossier::quotes {

// Bytes to an earlier quote whose speaker carries on.
inline constexpr size_t kContinueLimit = 1500;

// The straight mark taken as q's close opens the next paragraph of the same
// quote instead (paragraph breaks lost: a space before it, a letter after).
bool Reopens(std::string_view text, const QuoteSpan& q);

// Just past the straight mark that ends a run of reopened paragraphs,
// before limit and on the same line; npos when there is none.
size_t ChainClose(std::string_view text, size_t from, size_t limit);

// Nothing but spans[i - 1]'s own attribution between it and spans[i].
bool Adjacent(std::string_view text, const std::vector<QuoteSpan>& spans, size_t i);

// A comma, "?" or "!" before q's closing mark leaves its sentence open.
bool Attributed(std::string_view text, const QuoteSpan& q);

// The paragraph breaks in text[from, to).
int Breaks(std::string_view text, size_t from, size_t to);

// spans[i - 1] and spans[i] stand on one line.
bool SameLine(std::string_view text, const std::vector<QuoteSpan>& spans, size_t i);

// q opens in single marks a short line of its own ("'A fight to the
// end.'", "'Calm before the storm' in the valley"): a headline or a
// section head quoting the text, in a report whose speech is in double marks.
bool HeadlineLine(std::string_view text, const QuoteSpan& q);

// The opening mark of q is a double one (" “ „ « or '' typed for ").
bool DoubleMarked(std::string_view text, const QuoteSpan& q);

// Whether q reads like speech (not a title, a nickname or a scare quote);
// attributed: a speaker was found for it. toks is a scratch buffer.
bool WorthReporting(std::string_view text, const QuoteSpan& q, bool direct, bool attributed,
                    std::vector<Tok>* toks);

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_RUNS_H_
