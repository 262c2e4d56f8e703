// Runs of quotes: a straight mark that reopens a quote whose paragraph
// breaks were lost, the words between two quotes that let the second carry
// on the first's speaker, and whether a span in marks reads like speech at
// all. Plain tests on the text and the spans; no attribution happens here
// (marked.cc decides the speakers).
#include "extract/quotes/runs.h"

#include <algorithm>

#include "extract/quotes/clauses.h"

namespace dossier::quotes {

// A straight mark taken as the close of q that opens the next paragraph
// of the same quote instead ("... the end. "Then we ..."): in text whose
// paragraph breaks were lost, it follows a space and touches a letter.
bool Reopens(std::string_view text, const QuoteSpan& q) {
  size_t m = q.close_end - 1;
  if (q.close_end >= text.size() || m == 0 || text[m] != '"' || text[m - 1] != ' ') return false;
  auto c = static_cast<unsigned char>(text[q.close_end]);
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// After a mark that reopened the quote: just past the straight mark that
// ends the run of paragraphs ("... the date,” he said"), before limit and
// on the same line; npos when there is none.
size_t ChainClose(std::string_view text, size_t from, size_t limit) {
  limit = std::min({limit, text.size() - 1, from + kContinueLimit});
  for (size_t k = from + 1; k < limit; ++k) {
    char c = text[k];
    if (c == '\n') break;
    if (c != '"' || text[k + 1] != ' ') continue;
    char p = text[k - 1];
    if (p == ',' || p == '?' || p == '!') return k + 1;
  }
  return std::string_view::npos;
}

namespace {

// "said Capt. Jo Reyes, ...": the full stop at k ends a capitalised word
// of at most four letters, a title or an abbreviation, not a sentence.
bool ShortCapitalised(std::string_view text, size_t k) {
  size_t w = k;
  while (w > 0 && k - w <= 4 &&
         ((text[w - 1] >= 'a' && text[w - 1] <= 'z') || (text[w - 1] >= 'A' && text[w - 1] <= 'Z')))
    --w;
  return w < k && k - w <= 4 && text[w] >= 'A' && text[w] <= 'Z' && (w == 0 || text[w - 1] == ' ');
}

}  // namespace

// Nothing but the previous quote's own attribution between it and this
// one: at most one sentence end and one paragraph break. After a mark that
// reopened the quote, the words in between are quoted too.
bool Adjacent(std::string_view text, const std::vector<QuoteSpan>& spans, size_t i) {
  size_t from = spans[i - 1].close_end;
  size_t to = spans[i].open;
  if (to < from || to - from > kContinueLimit) return false;
  if (Reopens(text, spans[i - 1])) {
    size_t c = ChainClose(text, from, to);
    if (c == std::string_view::npos) return Breaks(text, from, to) <= 1;
    from = c;
  }
  // The last paragraph of a quote whose marks were lost, given its own
  // span, is read as the run it ends.
  if (i >= 2 && spans[i - 1].open == spans[i - 2].close_end && !Attributed(text, spans[i - 1]))
    return Breaks(text, from, to) <= 1;
  int ends = 0;
  for (size_t k = from; k < to; ++k) {
    char c = text[k];
    if ((c == '.' || c == '!' || c == '?') && k + 1 < to &&
        (text[k + 1] == ' ' || text[k + 1] == '\n') && !(c == '.' && ShortCapitalised(text, k)))
      ++ends;
  }
  return ends <= 1 && Breaks(text, from, to) <= 1;
}

// Whether q has words of attribution after it: a comma, "?" or
// "!" before its closing mark leaves its sentence open.
bool Attributed(std::string_view text, const QuoteSpan& q) {
  if (!q.closed) return false;
  size_t m = q.close_end - 1;
  while (m > q.start && text[m - 1] == ' ') --m;
  char p = m > q.start ? text[m - 1] : '.';
  return p == ',' || p == '?' || p == '!';
}

// The paragraph breaks in text[from, to).
int Breaks(std::string_view text, size_t from, size_t to) {
  int breaks = 0;
  for (size_t k = from; k < to; ++k) {
    if (text[k] == '\n' && (k == from || text[k - 1] != '\n')) ++breaks;
  }
  return breaks;
}

bool SameLine(std::string_view text, const std::vector<QuoteSpan>& spans, size_t i) {
  size_t from = spans[i - 1].close_end;
  size_t to = spans[i].open;
  return from <= to && text.substr(from, to - from).find('\n') == std::string_view::npos;
}

bool DoubleMarked(std::string_view text, const QuoteSpan& q) {
  std::string_view mark = text.substr(q.open, q.start - q.open);
  if (mark.empty()) return false;
  if (mark[0] == '\'') return mark.size() >= 2 && mark[1] == '\'';
  // ‘ (E2 80 98) alone is a single mark; ‘‘ typed for a double one is not.
  return !(mark.size() == 3 && static_cast<unsigned char>(mark[2]) == 0x98);
}

// A section head or headline that opens with a quoted phrase: single marks
// (news copy sets speech in double ones), at the start of a short line,
// after at most a dash.
bool HeadlineLine(std::string_view text, const QuoteSpan& q) {
  constexpr size_t kShortLine = 100;
  if (DoubleMarked(text, q) || q.start == q.open) return false;
  size_t from = LineStart(text, q.open, kShortLine);
  if (from != 0 && text[from - 1] != '\n') return false;
  for (size_t k = from; k < q.open; ++k) {
    auto c = static_cast<unsigned char>(text[k]);
    // Spaces, hyphens and the bytes of an en or em dash (E2 80 93 / 94).
    if (c != ' ' && c != '-' && c != 0xE2 && c != 0x80 && c != 0x93 && c != 0x94) return false;
  }
  return LineEnd(text, q.close_end, kShortLine) - from <= kShortLine;
}

// Names in quote marks are not speech: a short span in title case inside
// a sentence (a show, a campaign, a nickname) is left out; a whole quoted
// sentence stays ("“Thank You, Varno,” she said"), and so does an
// attributed span that opens in lower case ("“a lot of Ireland”"). An unattributed span is
// reported only when it reads like speech: four words or more, no title.
// Words that end in "!" or "?" inside the marks are an exclamation or a
// question, so speech however short ("“Not again!”", chants, cries).
bool WorthReporting(std::string_view text, const QuoteSpan& q, bool direct, bool attributed,
                    std::vector<Tok>* toks) {
  static constexpr std::string_view kI = "I";
  if (attributed && direct) return true;
  size_t last = q.end;
  while (last > q.start && (text[last - 1] == ' ' || text[last - 1] == '\n')) --last;
  if (last > q.start && (text[last - 1] == '!' || text[last - 1] == '?')) return true;
  // "“Go! Go! Go”": an exclamation or a question ends a word inside.
  for (size_t k = q.start; k + 1 < last; ++k) {
    if ((text[k] == '!' || text[k] == '?') && text[k + 1] == ' ') return true;
  }
  int words = 0;
  int capped = 0;
  bool long_lower = false;   // a lower-case word of four letters or more
  bool lower_first = false;  // "a lot of Ireland": no title opens in lower case
  size_t pos = q.start;
  while (pos < q.end) {  // a few tokens at a time: most spans decide early
    toks->clear();
    pos = TokenizeRange(text, pos, q.end, toks, 16);
    for (const Tok& t : *toks) {
      if (t.kind != TokKind::kWord) continue;
      if (++words == 1) lower_first = !t.cap;
      if (t.cap && TokText(text, t) != kI) {
        ++capped;
      } else if (t.end - t.start > 3) {
        long_lower = true;
      }
    }
    if (long_lower && (attributed || words >= 4)) return true;
    if (attributed && words > 6) return true;
  }
  bool title = capped > 0 && !long_lower && !(lower_first && attributed);
  if (!attributed) return words >= 4 && !title;
  return !title || words > 6;
}

}  // namespace dossier::quotes
