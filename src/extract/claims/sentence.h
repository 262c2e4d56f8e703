// extract/claims/sentence.h: one sentence's units with the helpers every
// claim rule uses (word access, counted-noun phrases, attribution), shared
// by the rule files of the claim layer. It makes no claims itself.
#ifndef DOSSIER_EXTRACT_CLAIMS_SENTENCE_H_
#define DOSSIER_EXTRACT_CLAIMS_SENTENCE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/numbers.h"
#include "extract/claims/units.h"
#include "extract/claims/vocab.h"

namespace dossier::claims {

inline constexpr size_t kNone = static_cast<size_t>(-1);

// The sentence being read: units plus what the rules need to look at them.
struct Sent {
  std::string_view text;  // the whole document
  const std::vector<NumberMention>* numbers = nullptr;
  const std::vector<Unit>* units = nullptr;
  const Vocab* vocab = nullptr;

  [[nodiscard]] size_t size() const { return units->size(); }
  [[nodiscard]] const Unit& at(size_t i) const { return (*units)[i]; }
  // The lower-case word at i; empty for punctuation or past the end.
  [[nodiscard]] std::string_view Word(size_t i) const {
    if (i >= units->size() || (*units)[i].kind == UnitKind::kPunct) return {};
    return (*units)[i].lower;
  }
  [[nodiscard]] bool IsPunct(size_t i, std::string_view p) const {
    return i < units->size() && (*units)[i].kind == UnitKind::kPunct && (*units)[i].lower == p;
  }
  // A comma, dash or semicolon-like break at i ("," "-" en/em dash).
  [[nodiscard]] bool IsCommaOrDash(size_t i) const;
  [[nodiscard]] bool IsDash(size_t i) const;
  [[nodiscard]] const NumberMention* Number(size_t i) const {
    if (i >= units->size() || (*units)[i].kind != UnitKind::kNumber) return nullptr;
    return &(*numbers)[(*units)[i].number];
  }
  // A number that may count something: cardinal, vague, range or money.
  [[nodiscard]] bool IsCount(size_t i) const { return i < units->size() && (*units)[i].count; }
  [[nodiscard]] bool IsMoney(size_t i) const { return i < units->size() && (*units)[i].money; }
  [[nodiscard]] auto WordFn() const {
    return [this](size_t k) { return Word(k); };
  }
};

// A counted-noun phrase after a number ("Azerbaijani civilians", "elderly
// persons", "of the 1,275 Azerbaijanis").
struct NounPhrase {
  size_t end = 0;  // unit index one past the phrase
  std::string_view group = "people";
  std::string_view group_class = "people";
  std::string_view modifier;
  bool noun = false;       // a counted noun was found
  bool known = false;      // the noun is in the lexicon
  bool person = true;      // it counts people
  bool singular = false;   // "man", "child"
  bool not_claim = false;  // years, candles, countries...
  bool partitive = false;  // "N of the M ...", "N of them"
  // A trigger used as an adjective inside the phrase ("three dead children").
  std::string_view adjective_category;
  size_t adjective_unit = kNone;
};

// The counted noun after a number whose unit is i - 1 (i: first unit after
// it); handles partitives "of the M X", "of those taken hostage".
NounPhrase ParseNoun(const Sent& s, size_t i);
// The noun phrase starting at i, without a partitive.
NounPhrase ParseHead(const Sent& s, size_t i);

// How the category of a figure was found.
struct Found {
  std::string_view category;
  size_t first = kNone;  // the trigger's units [first, last)
  size_t last = kNone;
  std::string_view rule;
  bool among = false;         // "among the dead": a part of an earlier figure
  size_t list_start = kNone;  // an inserted "including" list met on the way
  [[nodiscard]] bool ok() const { return !category.empty(); }
};

// The category of the number at unit i whose counted noun is np: a trigger
// right after the noun, before the number, later in the clause, or a
// fact-sheet label. money: only damage triggers apply.
Found FindCategoryFor(const Sent& s, size_t i, const NounPhrase& np, bool money);
// Only a trigger right after the noun phrase ending at start (auxiliaries
// and adverbs between), or "among the dead".
Found FindAfterNoun(const Sent& s, size_t start, const NounPhrase& np);
// Only a trigger right before unit i ("killed a man").
Found FindBeforeNumber(const Sent& s, size_t i, const NounPhrase& np);
// "among the dead" at unit j.
Found MatchAmong(const Sent& s, size_t j);

// Who the sentence says gives figures.
struct Attribution {
  size_t unit = 0;   // the cue's unit (verb, "according", "figure")
  size_t start = 0;  // byte span of the source's words
  size_t end = 0;
  size_t number_unit = kNone;  // figure attributions: the number they name
  bool lower_first = false;    // write the first letter in lower case
};
void FindAttributions(const Sent& s, std::vector<Attribution>* out);
// The source for the figure at unit i, or nullptr.
const Attribution* AttributionFor(const std::vector<Attribution>& all, size_t i);

}  // namespace dossier::claims

#endif  // DOSSIER_EXTRACT_CLAIMS_SENTENCE_H_
