// extract/quotes/finder.h: the two passes of the quote finder.
//
// MarkedQuotes attributes the spans between quote marks (direct and partial
// quotes); IndirectQuotes finds reported speech ("Halden said that ...")
// outside quote marks. Both append dossier::Quote values; QuoteFinder (in
// quote_finder.cc) runs them and sorts the result.
#ifndef DOSSIER_EXTRACT_QUOTES_FINDER_H_
#define DOSSIER_EXTRACT_QUOTES_FINDER_H_

#include <string_view>
#include <vector>

#include "dossier/entities.h"
#include "dossier/types.h"
#include "extract/quotes/marks.h"
#include "extract/quotes/speaker.h"
#include "extract/quotes/words.h"

namespace dossier::quotes {

// Appends a Quote for each marked span worth reporting (spans with no
// speaker that are short or in title case, such as campaign names, are
// left out).
void AttributeMarkedQuotes(std::string_view text, const std::vector<Sentence>& sentences,
                           const std::vector<QuoteSpan>& spans, Attributor* attributor,
                           std::vector<Quote>* out);

// Appends the indirect quotes of text: a speech verb with a subject, then
// "that" and the reported clause. Clauses holding a marked quote are left
// to that quote.
void FindIndirectQuotes(std::string_view text, const std::vector<Sentence>& sentences,
                        const std::vector<QuoteSpan>& spans, const QuoteLexicon& lex,
                        Attributor* attributor, std::vector<Quote>* out);

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_FINDER_H_
