// dossier/times.h: the time layer: dates, times, durations and sets in
// English news text, normalised TIMEX3-style and anchored to the document's
// date.
//
// Reads full and partial dates in common orders, ranges (each end its own
// item, linked), parts of the day, relative references resolved against the
// document date with news conventions (a bare weekday is the most recent
// one), anniversaries and elapsed time ("34 years ago", "the 34th
// anniversary of X"), durations and sets. Linear time; no regex. It does not
// order events or decide which date an event happened on.
//
//   auto rec = TimeRecognizer::Create({});
//   std::vector<TimeMention> times;
//   (*rec)->Recognize(doc.text, sentences, ParseIsoDate(doc.date), &times,
//   &doc.warnings);
#ifndef DOSSIER_TIMES_H_
#define DOSSIER_TIMES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/json.h"
#include "dossier/status.h"
#include "dossier/types.h"

namespace dossier {

enum class TimeType { kDate, kTime, kDuration, kSet };
// "date", "time", "duration", "set".
inline std::string_view TimeTypeName(TimeType type) {
  switch (type) {
    case TimeType::kDate:
      return "date";
    case TimeType::kTime:
      return "time";
    case TimeType::kDuration:
      return "duration";
    case TimeType::kSet:
      return "set";
  }
  return "date";
}

enum class TimeAnchor {
  kAbsolute,      // the text gives the value whole
  kDocumentDate,  // computed from the document date
  kMention,       // computed from another time item (anchor_index)
};

struct TimeMention {
  size_t start = 0;
  size_t end = 0;
  TimeType type = TimeType::kDate;
  // TIMEX3 value: 1992-02-26, 1992-02, 199X, 2025-FA, 2025-06-14TNI, P3D,
  // XXXX-02-26. Empty when it cannot be resolved (see null_reason).
  std::string value;
  std::string mod;  // approx, start, mid, end, before, after, on_or_after...;
                    // empty if none
  TimeAnchor anchor = TimeAnchor::kAbsolute;
  std::optional<size_t> anchor_index;  // with kMention: the item it was computed from
  std::string range;                   // "1992-02-25/1992-02-26" for both ends of a range
  std::optional<size_t> range_other;   // index of the range's other end
  size_t sentence = 0;                 // index into the document's sentences
  std::string_view rule;               // static name of the rule that made it
  std::string null_reason;             // why value is empty ("no document date")
  // For anniversaries and elapsed time: the event date this mention implies
  // ("the 34th anniversary" in 2026 implies 1992). Empty when none.
  std::string implied_event_date;
};

struct TimeOptions {
  std::string lexicon_dir;  // --lexicons DIR; empty: built-in lexicons only
};

class TimeRecognizer {
 public:
  // Loads the lexicons. Errors name the lexicon file and line.
  static Result<std::unique_ptr<TimeRecognizer>> Create(const TimeOptions& options);
  virtual ~TimeRecognizer() = default;
  // Appends the time expressions of text, sorted by start. document_date
  // may be invalid: relative expressions then keep an empty value and a
  // null_reason. Contradictions in the text (a weekday that does not match
  // its date, February 30) add a message to *warnings. Thread-safe.
  virtual void Recognize(std::string_view text, const std::vector<Sentence>& sentences,
                         const CivilDate& document_date, std::vector<TimeMention>* out,
                         std::vector<std::string>* warnings) const = 0;
};

// Writes `times` as a JSON array value (the "times" field's value).
void WriteTimesJson(std::string_view text, const std::vector<TimeMention>& times, JsonWriter* w);

}  // namespace dossier

#endif  // DOSSIER_TIMES_H_
