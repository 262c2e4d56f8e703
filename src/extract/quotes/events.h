// extract/quotes/events.h: attribution shapes of local event reports
// (shootings, fires, crashes) read on the tokens around a quote, and quotes
// with no speech verb next to them (verbs of view, opening participles).
//
// The speaker helpers of these reports that need the Attributor's state
// (relatives, first names, the police force) are its members, defined in
// events.cc too. Nothing here pairs quote marks or picks the rule order.
#ifndef DOSSIER_EXTRACT_QUOTES_EVENTS_H_
#define DOSSIER_EXTRACT_QUOTES_EVENTS_H_

#include <string_view>
#include <vector>

#include "extract/quotes/speaker.h"
#include "extract/quotes/words.h"

namespace dossier::quotes {

// "... he was “out cold” and bleeding, the report states.", "... a “large”
// party, according to a spokesperson.": tail holds the tokens from the end
// of a short quote to the end of its sentence (hi: the end of the line);
// when the last clause, after a comma, attributes the sentence and only a
// time, a place or an appositive follows its verb, resolves its speaker
// (anchor: where the quote opens) into *a and sets a->verb. The rule is
// left to the caller.
bool SentenceEndAttribution(std::string_view text, const std::vector<Tok>& tail, size_t hi,
                            size_t anchor, Attributor* at, Attribution* a);

// "Police considered him “stable”", "Reyes expressed concern about a
// “common heritage”", "Reyes welcomed the ruling, calling it “overdue”":
// toks holds the clause before a partial quote that no speech verb
// attributes. When a verb of view or feeling (class view) in it has a
// subject (a name, a pronoun, a description; for a participle after a
// comma, the clause subject) and is no passive, resolves that subject
// (anchor: where the quote opens) into *a and sets a->verb. The rule is
// left to the caller.
bool ViewAttribution(std::string_view text, const std::vector<Tok>& toks, size_t anchor,
                     Attributor* at, Attribution* a);

// "Saying “...” about the vote, Jo Reyes left the hall": before holds the
// one word before the quote, a speech verb in -ing opening the sentence,
// after the words after it; resolves the subject of the clause after the
// next comma (anchor: where the quote opens) into *a and sets a->verb. The
// rule is left to the caller.
bool OpeningParticiple(std::string_view text, const std::vector<Tok>& before,
                       const std::vector<Tok>& after, size_t anchor, Attributor* at,
                       Attribution* a);

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_EVENTS_H_
