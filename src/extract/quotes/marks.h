// extract/quotes/marks.h: pairs quote marks into quoted spans.
//
// Reads “ ” ‘ ’ " ' « » „ and the typewriter ``...'' and tells apostrophes
// (don't, Russia’s, the 1990s’) from quote marks by their neighbours. A quote
// may run over paragraphs when each paragraph opens with a mark and only the
// last one closes. Single quotes inside double quotes (and the reverse) are
// part of the outer quote. In a transcript set in marks ("WALLACE: ..." at
// the head of each paragraph) each paragraph is a quote of its own, without
// the label, and a stage direction ("(CROSSTALK)") is none. It does not decide who speaks; see
// speaker.h. Linear in the input.
#ifndef DOSSIER_EXTRACT_QUOTES_MARKS_H_
#define DOSSIER_EXTRACT_QUOTES_MARKS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::quotes {

struct QuoteSpan {
  size_t open = 0;   // byte offset of the opening mark
  size_t start = 0;  // the quoted words, without the marks
  size_t end = 0;
  size_t close_end = 0;  // just past the closing mark (== end when unclosed)
  bool closed = true;
  bool paragraphs = false;  // ran over more than one paragraph
  bool mention = false;     // a title, nickname or word named, no speech (MarkMentions)
  // A transcript's speaker label ("WALLACE:") that heads the paragraph, left
  // out of [start, end); label_end == label_start when there is none.
  size_t label_start = 0;
  size_t label_end = 0;
};

// Appends the quoted spans of text to *out, in order. Unbalanced double
// quote marks and guillemets add a warning (at most max_warnings in all,
// then one that says how many more there were).
void FindQuoteSpans(std::string_view text, std::vector<QuoteSpan>* out,
                    std::vector<std::string>* warnings, size_t max_warnings = 5);

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_MARKS_H_
