// The merged timeline: time mentions of every document placed on days;
// day-precise mentions that overlap (a range and the days in it) become one
// entry; coarser mentions (a month, a year, an event date implied by "N
// years ago" or "the Nth anniversary") join the entry inside them whose
// sentences share their wording, else stand alone. It does not order events
// that carry no date.
#ifndef DOSSIER_RECONCILE_TIMELINE_H_
#define DOSSIER_RECONCILE_TIMELINE_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "dossier/reconcile.h"
#include "reconcile/common.h"

namespace dossier::reconcile {

// A parsed TIMEX3 date value: the days it covers and its precision.
struct DaySpan {
  int lo = 0;
  int hi = 0;
  int precision = 0;  // 0 day, 1 month, 2 year
  uint8_t parts = 0;  // bit set of parts of the day (see PartNames)
};
// Parses "1992-02-26", "1992-02-26TNI", "1992-02", "1992", "2025-SU".
// False for anything without a known year (XXXX-02-26, 199X, P3D).
bool ParseTimexDay(std::string_view value, DaySpan* out);

class TimelineBuilder {
 public:
  // stop_words: HashLower of words left out of the wording sketch.
  TimelineBuilder(const ReconcileOptions& options, HashSet64 stop_words);
  void Add(uint32_t doc, const AnalyzedDocument& d);
  void Finish(const DocTable& docs, Reconciliation* r);

  struct Rec {
    uint32_t doc = 0;
    DaySpan span;
    bool coarse = false;
    bool implied = false;
    uint32_t value = 0;  // interned TIMEX value
    uint8_t how = 0;     // 0 absolute, 1 document_date, 2 mention, 3 implied
    int64_t evidence = -1;
    std::array<uint64_t, 2> sketch{};  // hashed content words of the sentence
  };

 private:
  void AddMention(uint32_t doc, const AnalyzedDocument& d, size_t index);
  std::array<uint64_t, 2> Sketch(std::string_view sentence) const;

  ReconcileOptions options_;
  HashSet64 stop_words_;
  Interner values_;
  std::vector<Rec> recs_;
  std::vector<Evidence> evidence_;
  std::vector<std::string> notes_;  // parallel to evidence_
  std::vector<size_t> implied_;     // scratch: mentions with an implied event date
  EvidenceBudget budget_;
};

}  // namespace dossier::reconcile

#endif  // DOSSIER_RECONCILE_TIMELINE_H_
