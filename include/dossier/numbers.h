// dossier/numbers.h: the number layer: every numeric expression in English
// news text, found and normalised.
//
// Reads digits (1,275; 2.5; 1 275), number words (two hundred and six,
// Thirty-four), ordinals (34th, 34rd, thirty-fourth), fractions, percents,
// scale words (2.3bn, 170 million), money with ISO 4217 codes, ranges,
// vague amounts (dozens, hundreds) and the qualifiers around them
// (approximately, more than, nearly). Numbers that are not counts say so by
// kind (year, age, date_part, identifier, ...), so later stages do not count
// them. Linear time; no regex. It does not decide what a number counts: that
// is the claims layer.
//
//   auto rec = NumberRecognizer::Create({});
//   std::vector<NumberMention> found;
//   (*rec)->Recognize(doc.text, &found);
#ifndef DOSSIER_NUMBERS_H_
#define DOSSIER_NUMBERS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/json.h"
#include "dossier/status.h"

namespace dossier {

enum class NumberKind {
  kCardinal,
  kOrdinal,
  kPercent,
  kMoney,
  kFraction,
  kRange,
  kAge,
  kYear,
  kDatePart,
  kTimeOfDay,
  kScore,
  kIdentifier,
  kPhone,
  kVague,
};
// "cardinal", "ordinal", ... as in the JSON output.
inline std::string_view NumberKindName(NumberKind kind) {
  switch (kind) {
    case NumberKind::kCardinal:
      return "cardinal";
    case NumberKind::kOrdinal:
      return "ordinal";
    case NumberKind::kPercent:
      return "percent";
    case NumberKind::kMoney:
      return "money";
    case NumberKind::kFraction:
      return "fraction";
    case NumberKind::kRange:
      return "range";
    case NumberKind::kAge:
      return "age";
    case NumberKind::kYear:
      return "year";
    case NumberKind::kDatePart:
      return "date_part";
    case NumberKind::kTimeOfDay:
      return "time_of_day";
    case NumberKind::kScore:
      return "score";
    case NumberKind::kIdentifier:
      return "identifier";
    case NumberKind::kPhone:
      return "phone";
    case NumberKind::kVague:
      return "vague";
  }
  return "cardinal";
}

enum class Qualifier { kExact, kApprox, kAtLeast, kMoreThan, kAtMost, kLessThan };
// "exact", "approx", "at_least", "more_than", "at_most", "less_than".
inline std::string_view QualifierName(Qualifier qualifier) {
  switch (qualifier) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kApprox:
      return "approx";
    case Qualifier::kAtLeast:
      return "at_least";
    case Qualifier::kMoreThan:
      return "more_than";
    case Qualifier::kAtMost:
      return "at_most";
    case Qualifier::kLessThan:
      return "less_than";
  }
  return "exact";
}

struct NumberMention {
  size_t start = 0;  // byte offsets into the text; the span includes the
  size_t end = 0;    // qualifier words and the currency, not the counted noun
  double value = 0;  // ranges: the low end; percents as written; money in the unit written
  std::optional<double> value_high;  // ranges and vague amounts with an upper bound
  NumberKind kind = NumberKind::kCardinal;
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;       // ISO 4217 code or currency word for money; "%" never
  std::string_view rule;  // static name of the rule that made it
  // The numeral alone, without qualifier or currency words (for claims).
  size_t value_start = 0;
  size_t value_end = 0;
  // Rule trail for --explain: each step that touched the item, in order.
  std::vector<std::string_view> trail;
};

struct NumberOptions {
  std::string lexicon_dir;  // --lexicons DIR; empty: built-in lexicons only
};

class NumberRecognizer {
 public:
  // Loads the lexicons. Errors: NotFound / InvalidArgument naming the
  // lexicon file and line that is missing or malformed.
  static Result<std::unique_ptr<NumberRecognizer>> Create(const NumberOptions& options);
  virtual ~NumberRecognizer() = default;
  // Appends the numeric expressions of text, sorted by start, never
  // overlapping. REQUIRES: text is valid UTF-8. Thread-safe.
  virtual void Recognize(std::string_view text, std::vector<NumberMention>* out) const = 0;
};

// Writes `numbers` as a JSON array value (the "numbers" field's value).
// With explain, each item also carries its rule "trail".
void WriteNumbersJson(std::string_view text, const std::vector<NumberMention>& numbers,
                      bool explain, JsonWriter* w);

}  // namespace dossier

#endif  // DOSSIER_NUMBERS_H_
