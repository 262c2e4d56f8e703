// extract/quotes/titles.h: tells quoted spans that name something (a work,
// a nickname, a word) from quotes.
//
// A span in title case ("The Long Way Home", "Midday with Jo Reyes") right
// after a word for a kind of work ("her new film, “...”", "a memo titled
// “...”"), before an appositive that names one ("“...” -- a movie set in
// ..."), before "by" and an author, or shaped like a show named after its
// host ("... with Jo Reyes") is the title of a book, show, song, column or ad:
// it is no speech and is left out of the quotes. Lower-case phrases and
// spans without such a neighbour are left alone. A nickname inside a name
// (Joseph “Jo” Reyes) and a word or short phrase named as a word ("the word
// “resign”", "known as “pork”") are no speech either. Words for works, the
// short words a title keeps in lower case and the words that name a word
// come from quotes/titles.tsv.
#ifndef DOSSIER_EXTRACT_QUOTES_TITLES_H_
#define DOSSIER_EXTRACT_QUOTES_TITLES_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/lexicon.h"
#include "dossier/status.h"
#include "extract/quotes/marks.h"
#include "extract/quotes/words.h"

namespace dossier::quotes {

class TitleLexicon {
 public:
  enum Class : uint8_t { kWork = 1, kSmall = 2, kWordCue = 4, kNaming = 8, kDeterminer = 16 };
  // Loads quotes/titles.tsv; errors name the file and line.
  Status Load(const LexiconLoader& loader);
  [[nodiscard]] uint8_t Classes(std::string_view word) const {
    const uint8_t* c = words_.Find(word);
    return c == nullptr ? 0 : *c;
  }

 private:
  std::deque<std::string> store_;
  WordTable<uint8_t> words_;
};

// Sets QuoteSpan::mention on the spans of text that name a work, a
// nickname or a word. speech stops the look back for a work word at a speech
// verb ("a headline that said, “...”" is a quote of the headline) and knows
// first names.
void MarkMentions(std::string_view text, const TitleLexicon& titles, const QuoteLexicon& speech,
                  std::vector<QuoteSpan>* spans);

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_TITLES_H_
