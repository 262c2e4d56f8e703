// The time grammar: hand-written rules over the tokens of scanner.h that
// find time expressions, normalise them TIMEX3-style against the document
// date and link range ends. One Matcher per Recognize call; it only appends
// to the caller's vectors. Each rule tries a bounded number of tokens from
// one start position, so a document is matched in linear time.
//
// The rules are split by theme: matcher.cc (driver, prefixes, emission,
// ranges), rules_calendar.cc (named and numeric dates, years, decades,
// seasons, quarters, centuries), rules_relative.cc (days relative to the
// document date, weekdays, last/this/next, times of day), rules_span.cc
// (durations, "ago"/"later", anniversaries, sets, references).
#ifndef DOSSIER_EXTRACT_TIMES_MATCHER_H_
#define DOSSIER_EXTRACT_TIMES_MATCHER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/times.h"
#include "dossier/types.h"
#include "extract/times/scanner.h"
#include "extract/times/time_lexicon.h"

namespace dossier::times {

// What an optional prefix ("the", "early", "nearly", "the night of")
// contributed before the core of an expression.
struct Prefix {
  size_t begin = 0;          // first token of the expression
  size_t core = 0;           // first token after the prefix
  bool has_the = false;      // a leading "the"
  std::string_view mod;      // "start", "approx" ...
  std::string_view part;     // "NI" from "the night of"
  bool of_mod = false;       // the mod came from "the end of", "the beginning of"
  bool mod_outside = false;  // the mod word stays out of the span ("about")
};

// A count read from words or digits: 34, "thirty-four", "a", "several" (vague).
struct Count {
  size_t end = 0;  // token after the count
  int64_t value = 0;
  bool vague = false;    // "several", "a few": TIMEX3 'X'
  bool article = false;  // "a", "an"
};

// A count and a unit read by RuleCountUnit, for its helpers.
struct Counted {
  size_t first = 0;  // first token of the expression
  size_t end = 0;    // token after the unit
  Unit u = Unit::kNone;
  Count c;
  int64_t amount = 0;             // count times the unit's multiple ("fortnight" = 2 weeks)
  int64_t year_amount = 0;        // in years, for year-like units
  bool years = false;             // a year-like unit with a usable count
  const WordInfo* dir = nullptr;  // "ago", "later" ... after the unit
};

class Matcher {
 public:
  Matcher(const TimeLexicon& lexicon, std::string_view text, const std::vector<Tok>& toks,
          const std::vector<Sentence>& sentences, const CivilDate& dct,
          std::vector<TimeMention>* out, std::vector<std::string>* warnings);
  void Run();

 private:
  // ---- token helpers (matcher.cc)
  size_t Size() const { return toks_.size(); }
  const Tok& T(size_t i) const { return toks_[i]; }
  // Case-insensitive comparison with a lower-case word.
  bool IsWord(size_t i, std::string_view lower) const {
    if (i >= toks_.size()) return false;
    const Tok& t = toks_[i];
    if (t.kind != TokKind::kWord || t.end - t.start != lower.size()) return false;
    for (size_t k = 0; k < lower.size(); ++k) {
      char c = text_[t.start + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != lower[k]) return false;
    }
    return true;
  }
  bool IsPunct(size_t i, char c) const {
    return i < toks_.size() && toks_[i].kind == TokKind::kPunct && toks_[i].punct == c;
  }
  bool IsNumber(size_t i) const { return i < toks_.size() && toks_[i].kind == TokKind::kNumber; }
  // Digits only, no suffix or separator.
  bool IsPlainNumber(size_t i) const {
    return IsNumber(i) && (toks_[i].flags & (kOrdinal | kDecade | kSeparated)) == 0;
  }
  // No white space before token i.
  bool Tight(size_t i) const { return i < toks_.size() && (toks_[i].flags & kSpaceBefore) == 0; }
  const WordInfo* Info(size_t i) const {
    return i < toks_.size() && toks_[i].kind == TokKind::kWord ? toks_[i].info : nullptr;
  }
  int MonthAt(size_t i) const;    // 1..12 when token i is a month name (cap rule applied)
  int WeekdayAt(size_t i) const;  // 1..7
  Unit UnitAt(size_t i, bool* plural) const;
  // Skips an abbreviation's period: "Feb." -> index after '.'.
  size_t SkipDot(size_t i) const;
  bool SameSentence(size_t a, size_t b) const;
  bool FutureContext(size_t i) const;  // a future cue near token i
  std::string_view Text(size_t first, size_t last_exclusive) const;

  // ---- emission (matcher.cc)
  size_t Emit(size_t first, size_t last_exclusive, TimeType type, std::string value,
              std::string_view rule);
  TimeMention& Last() { return out_->back(); }
  void Warn(size_t first, size_t last_exclusive, std::string_view message);
  void MarkRelative(TimeMention* m);  // anchor to document date, or null with reason
  bool HasDct() const { return dct_.valid(); }
  // Index of the last emitted item with a calendar value (for "later").
  // need_day: only an item with a full date ("the next day").
  std::optional<size_t> LastDateItem(bool need_day = false) const;
  void ApplyPrefix(const Prefix& p, size_t first_item);
  void LinkRanges();
  // Links items a and b as the two ends of one range (range_other, and
  // range "a/b" when both have values); with year_inferred, both take their
  // year from the document date.
  void PairRange(size_t a, size_t b, bool year_inferred);
  void BorrowYears();

  // ---- driver
  size_t TryAt(size_t i);  // returns the token after the match, or i
  Prefix ReadPrefix(size_t i) const;
  size_t TryCore(const Prefix& p);
  size_t TryNumberCore(const Prefix& p, const Tok& t);        // TryCore: number cores
  size_t TryWordDateCore(const Prefix& p, const Tok& t);      // TryCore: calendar words
  size_t TryWordRelativeCore(const Prefix& p, const Tok& t);  // TryCore: other words

  // ---- counts and ordinals (rules_span.cc)
  bool ReadCount(size_t i, Count* c) const;
  bool ReadOrdinal(size_t i, int64_t* value, size_t* end) const;
  bool ReadNumberWords(size_t i, int64_t* value, size_t* end, bool* ordinal) const;
  bool ReadNumberWordsAt(size_t i, int64_t* value, size_t* end, bool* ordinal) const;

  // ---- rules_calendar.cc
  size_t RuleWeekdayDate(const Prefix& p);
  size_t RuleMonthFirst(const Prefix& p, size_t i, size_t first);
  size_t RuleDayFirst(const Prefix& p, size_t i, size_t first);
  size_t RuleNumericDate(const Prefix& p);
  size_t RuleYear(const Prefix& p);
  size_t RuleDecade(const Prefix& p);
  size_t RuleSeason(const Prefix& p);
  size_t RuleHoliday(const Prefix& p);
  size_t RuleQuarter(const Prefix& p);
  size_t RuleCentury(const Prefix& p);
  bool ReadYear(size_t i, int* year, size_t* end) const;  // after a month: any 4 digits, or "'92"
  bool ReadDay(size_t i, int* day, size_t* end) const;
  std::string MonthDayValue(int year, int month, int day, bool year_known, size_t first,
                            size_t last, std::string_view* reason);
  int InferYear(int month, int day, size_t at) const;  // year of a month (and day) without one

  // ---- rules_relative.cc
  size_t RuleRelativeDay(const Prefix& p);
  size_t RuleWeekday(const Prefix& p);
  size_t RuleQualified(const Prefix& p);
  size_t RuleTheUnit(const Prefix& p);
  size_t QualifiedUnit(const Prefix& p, int q, size_t k, size_t first, Unit u);
  size_t QualifiedName(const Prefix& p, int q, size_t k, size_t first);
  size_t RuleTimeOfDay(const Prefix& p);
  size_t DottedTimeOfDay(size_t j);          // "4.17am"
  size_t ClockDuration(size_t j, size_t k);  // "3:07:35"
  int ReadAmPm(size_t* k) const;             // 1 am, 2 pm, 0 none
  size_t SkipTimeZone(size_t k) const;       // "GMT", "local time"
  std::string DayOfClockTime(size_t* k);     // weekday, relative day or the document date
  size_t RuleDayPartAlone(const Prefix& p);
  std::string WeekdayValue(int weekday, int qualifier, size_t at) const;
  size_t ReadDayPart(size_t i, std::string_view* part) const;  // "night", "morning"

  // ---- rules_span.cc
  size_t RuleCountUnit(const Prefix& p);
  size_t CountedAgo(const Counted& x);
  size_t CountedFromMention(const Counted& x);
  void MarkElapsed(size_t idx, const Counted& x);
  size_t RuleBarePluralUnit(const Prefix& p);
  size_t RuleAnniversary(const Prefix& p);
  size_t RuleSet(const Prefix& p);
  size_t RuleReference(const Prefix& p);
  std::string ShiftedValue(Unit unit, int64_t amount, const CivilDate& from) const;
  bool BareUnitContext(size_t i) const;

  const TimeLexicon& lex_;
  std::string_view text_;
  const std::vector<Tok>& toks_;
  const std::vector<Sentence>& sentences_;
  CivilDate dct_;
  std::vector<TimeMention>* out_;
  std::vector<std::string>* warnings_;
  size_t base_ = 0;  // out_->size() when the matcher started
  // Per emitted item (parallel to out_ from base_): the year came from the
  // document date, not the text ("February 26" alone).
  std::vector<bool> year_inferred_;
  // The last ReadNumberWords answer (the tokens do not change while matching).
  struct NumberWordsMemo {
    size_t at = static_cast<size_t>(-1);
    bool ok = false;
    bool ordinal = false;
    int64_t value = 0;
    size_t end = 0;
  };
  mutable NumberWordsMemo number_words_memo_;
};

// "P34Y", "PT2H", "PXY": a duration value.
std::string DurationValue(Unit unit, int64_t count, bool vague, int64_t unit_count = 1);
bool IsTimeUnit(Unit unit);

}  // namespace dossier::times

#endif  // DOSSIER_EXTRACT_TIMES_MATCHER_H_
