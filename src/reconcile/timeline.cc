// The merged timeline. Day-precise mentions (and short ranges, at most a
// week) that overlap form one entry whatever their wording; coarse mentions
// join a day entry inside their period when their sentences share content
// words with it (an implied event date joins the best such entry even
// without shared words); the rest stand alone. Entries are sorted by the
// first day they cover.
#include "reconcile/timeline.h"

#include <algorithm>
#include <bit>
#include <map>
#include <set>

namespace dossier::reconcile {
namespace {

constexpr int kMaxFineDays = 7;
constexpr std::string_view kPartNames[] = {"night", "morning", "afternoon", "evening", "day"};
constexpr std::string_view kPartCodes[] = {"NI", "MO", "AF", "EV", "DT"};
constexpr std::string_view kHowNames[] = {"absolute", "document_date", "mention", "implied"};

bool Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return false;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int Num(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

int Popcount(const std::array<uint64_t, 2>& a) { return std::popcount(a[0]) + std::popcount(a[1]); }

struct Entry {
  DaySpan span;
  std::vector<size_t> members;  // indices into recs
  std::array<uint64_t, 2> sketch{};
  std::set<uint32_t> docs;
};

std::string DateLabel(const DaySpan& s) {
  std::string lo = CivilFromDays(s.lo);
  if (s.precision == 2) return lo.substr(0, 4);
  if (s.precision == 1) return lo.substr(0, 7);
  if (s.lo == s.hi) return lo;
  return lo + "/" + CivilFromDays(s.hi);
}

}  // namespace

bool ParseTimexDay(std::string_view v, DaySpan* out) {
  if (!Digits(v, 0, 4)) return false;
  const int year = Num(v, 0, 4);
  *out = DaySpan{};
  out->lo = DaysFromCivil(year, 1, 1);
  out->hi = DaysFromCivil(year, 12, 31);
  out->precision = 2;
  if (v.size() == 4 || v[4] != '-') return v.size() == 4;
  if (!Digits(v, 5, 2)) return true;  // seasons, quarters, weeks: the year
  const int month = Num(v, 5, 2);
  if (month < 1 || month > 12) return false;
  out->lo = DaysFromCivil(year, month, 1);
  out->hi = DaysFromCivil(year, month, DaysInMonth(year, month));
  out->precision = 1;
  if (v.size() < 10 || v[7] != '-' || !Digits(v, 8, 2)) return true;
  const int day = Num(v, 8, 2);
  if (day < 1 || day > DaysInMonth(year, month)) return false;
  out->lo = out->hi = DaysFromCivil(year, month, day);
  out->precision = 0;
  if (v.size() >= 13 && v[10] == 'T') {
    std::string_view code = v.substr(11, 2);
    for (size_t i = 0; i < std::size(kPartCodes); ++i) {
      if (code == kPartCodes[i]) out->parts |= static_cast<uint8_t>(1u << i);
    }
  }
  return true;
}

TimelineBuilder::TimelineBuilder(const ReconcileOptions& options, HashSet64 stop_words)
    : options_(options), stop_words_(std::move(stop_words)), budget_(options.max_evidence) {}

std::array<uint64_t, 2> TimelineBuilder::Sketch(std::string_view sentence) const {
  std::array<uint64_t, 2> s{};
  ForEachWord(sentence, [&](WordSpan w) {
    std::string_view word = sentence.substr(w.start, w.end - w.start);
    if (word.size() < 4 || (word[0] >= '0' && word[0] <= '9')) return;
    const uint64_t h = HashLower(word);
    if (stop_words_.contains(h)) return;
    s[(h >> 6) & 1] |= 1ULL << (h & 63);
  });
  return s;
}

namespace {

using Rec = TimelineBuilder::Rec;

// The TIMEX values a dated mention gives: its own and, for a range, the
// other end's; widens [*start, *end) over a range's other mention. False
// when the mention is no point on the line or its range's first end holds it.
bool DatedValues(const std::vector<TimeMention>& times, size_t index, size_t* start, size_t* end,
                 std::string* first, std::string* second) {
  const TimeMention& m = times[index];
  if (m.type != TimeType::kDate && m.type != TimeType::kTime) return false;
  if (!m.mod.empty() && m.mod != "approx" && m.mod != "start" && m.mod != "mid" && m.mod != "end")
    return false;  // before/after: not a point on the line
  if (m.range_other && *m.range_other < index) return false;  // the range's first end has it
  *first = m.value;
  if (m.range_other && *m.range_other < times.size()) {
    const TimeMention& o = times[*m.range_other];
    *second = o.value;
    *start = std::min(*start, o.start);
    *end = std::max(*end, o.end);
  } else if (size_t slash = m.range.find('/'); slash != std::string::npos) {
    *second = m.range.substr(slash + 1);
  }
  return true;
}

// "34 years ago, on the night of 25-26 February": a day and month the time
// layer placed in the report's year belong to the year an implied event
// date of the same sentence gives. Rewrites the values, sets *year_from to
// the words that gave the year and returns true when one applies.
bool BorrowImpliedYear(const std::vector<TimeMention>& times, const std::vector<size_t>& implied,
                       const TimeMention& m, std::string_view text, std::string* first,
                       std::string* second, std::string* year_from) {
  for (size_t k : implied) {
    const TimeMention& im = times[k];
    if (im.sentence != m.sentence || im.implied_event_date.size() < 4) continue;
    const std::string year = im.implied_event_date.substr(0, 4);
    if (first->size() < 10 || first->compare(0, 4, year) == 0) return false;
    first->replace(0, 4, year);
    if (second->size() >= 4) second->replace(0, 4, year);
    *year_from = Squeeze(text.substr(im.start, im.end - im.start));
    return true;
  }
  return false;
}

// Widens rec's span over the range's other end, when there is one, and
// appends it to the value.
void JoinRangeEnd(const std::string& second, Rec* rec, std::string* value) {
  DaySpan other;
  if (second.empty() || !ParseTimexDay(second, &other)) return;
  rec->span.lo = std::min(rec->span.lo, other.lo);
  rec->span.hi = std::max(rec->span.hi, other.hi);
  rec->span.precision = std::max(rec->span.precision, other.precision);
  rec->span.parts |= other.parts;
  *value += "/" + second;
}

// How the timeline says a mention's date was found.
std::string NoteFor(const Rec& rec, const std::string& year_from, const Evidence& ev,
                    const std::string& report_date) {
  std::string note;
  if (!year_from.empty()) {
    note = "year implied by \"" + year_from + "\" in the same sentence";
  } else if (rec.how == 3) {
    note = "event date implied by \"" + Squeeze(ev.text) + "\"";
    if (!report_date.empty()) note += " in a report dated " + report_date;
  } else if (rec.how == 1) {
    note = "resolved against the report date";
    if (!report_date.empty()) note += " " + report_date;
  }
  return note;
}

}  // namespace

void TimelineBuilder::AddMention(uint32_t doc, const AnalyzedDocument& d, size_t index) {
  const std::vector<TimeMention>& times = d.analysis.times;
  const TimeMention& m = times[index];
  Rec rec;
  rec.doc = doc;
  size_t start = m.start;
  size_t end = m.end;
  std::string value;
  std::string year_from;  // the words that gave the year, when rewritten
  if (!m.implied_event_date.empty()) {
    if (!ParseTimexDay(m.implied_event_date, &rec.span)) return;
    // "N years ago" and "the Nth anniversary" are exact to the year only:
    // the report's own date may fall days before or after the event's.
    ParseTimexDay(m.implied_event_date.substr(0, 4), &rec.span);
    rec.implied = true;
    rec.how = 3;
    value = m.implied_event_date;
  } else {
    std::string first;
    std::string second;
    if (!DatedValues(times, index, &start, &end, &first, &second)) return;
    rec.how = m.anchor == TimeAnchor::kDocumentDate ? 1 : m.anchor == TimeAnchor::kMention ? 2 : 0;
    if (rec.how == 1 &&
        BorrowImpliedYear(times, implied_, m, d.document.text, &first, &second, &year_from))
      rec.how = 3;
    if (!ParseTimexDay(first, &rec.span)) return;
    value = first;
    JoinRangeEnd(second, &rec, &value);
  }
  rec.coarse = rec.implied || rec.span.precision > 0 || rec.span.hi - rec.span.lo > kMaxFineDays;
  rec.value = values_.Id(value);
  const auto& sents = d.analysis.sentences;
  std::string_view text = d.document.text;
  if (m.sentence < sents.size() && sents[m.sentence].end <= text.size() &&
      sents[m.sentence].start <= sents[m.sentence].end) {
    rec.sketch = Sketch(
        text.substr(sents[m.sentence].start, sents[m.sentence].end - sents[m.sentence].start));
  } else {
    rec.sketch = Sketch(text.substr(start, end - start));
  }
  if (budget_.Take(Mix64(rec.value))) {
    Evidence ev = MakeEvidence(d, start, end, m.sentence);
    rec.evidence = static_cast<int64_t>(evidence_.size());
    notes_.push_back(NoteFor(rec, year_from, ev, d.document.date));
    evidence_.push_back(std::move(ev));
  }
  recs_.push_back(rec);
}

void TimelineBuilder::Add(uint32_t doc, const AnalyzedDocument& d) {
  implied_.clear();
  for (size_t i = 0; i < d.analysis.times.size(); ++i) {
    if (!d.analysis.times[i].implied_event_date.empty()) implied_.push_back(i);
  }
  for (size_t i = 0; i < d.analysis.times.size(); ++i) AddMention(doc, d, i);
}

namespace {

// Day-precise mentions, sorted by span: overlapping ones form one entry.
std::vector<Entry> GroupFine(const std::vector<Rec>& recs, const std::vector<size_t>& fine) {
  std::vector<Entry> entries;
  for (size_t i : fine) {
    const Rec& rec = recs[i];
    if (entries.empty() || rec.span.lo > entries.back().span.hi) {
      entries.push_back(Entry{rec.span, {}, {}, {}});
    }
    Entry& e = entries.back();
    e.span.hi = std::max(e.span.hi, rec.span.hi);
    e.span.parts |= rec.span.parts;
    e.members.push_back(i);
    e.sketch[0] |= rec.sketch[0];
    e.sketch[1] |= rec.sketch[1];
    e.docs.insert(rec.doc);
  }
  return entries;
}

// The day entry (of the first `fine` entries) inside rec's period whose
// wording rec shares best, more reports breaking ties; SIZE_MAX when none.
size_t BestDayEntry(const std::vector<Entry>& entries, size_t fine, const Rec& rec, int* score) {
  auto day_end = entries.begin() + static_cast<std::ptrdiff_t>(fine);
  auto first = std::lower_bound(entries.begin(), day_end, rec.span.lo,
                                [](const Entry& e, int lo) { return e.span.lo < lo; });
  *score = -1;
  size_t best = SIZE_MAX;
  for (auto it = first; it != day_end && it->span.lo <= rec.span.hi; ++it) {
    if (it->span.hi > rec.span.hi) continue;
    std::array<uint64_t, 2> both{rec.sketch[0] & it->sketch[0], rec.sketch[1] & it->sketch[1]};
    int shared = Popcount(both);
    if (shared > *score || (shared == *score && it->docs.size() > entries[best].docs.size())) {
      *score = shared;
      best = static_cast<size_t>(it - entries.begin());
    }
  }
  return best;
}

// Coarse mentions join the day entry inside their period whose wording
// they share (an implied event date joins the best one even without);
// the rest stand alone, one entry per period.
void PlaceCoarse(const std::vector<Rec>& recs, const std::vector<size_t>& coarse,
                 std::vector<Entry>* entries) {
  const size_t fine = entries->size();
  std::map<std::tuple<int, int, int>, size_t> standalone;
  for (size_t i : coarse) {
    const Rec& rec = recs[i];
    int best_score = -1;
    size_t best = BestDayEntry(*entries, fine, rec, &best_score);
    const int own = Popcount(rec.sketch);
    const bool shares = best_score >= 3 && best_score * 10 >= own * 3;
    if (best != SIZE_MAX && (rec.implied || shares)) {
      (*entries)[best].members.push_back(i);
      (*entries)[best].docs.insert(rec.doc);
      continue;
    }
    auto key = std::make_tuple(rec.span.lo, rec.span.hi, rec.span.precision);
    auto [it, inserted] = standalone.try_emplace(key, entries->size());
    if (inserted) entries->push_back(Entry{rec.span, {}, {}, {}});
    (*entries)[it->second].members.push_back(i);
    (*entries)[it->second].docs.insert(rec.doc);
  }
}

// The mentions an entry shows as evidence, at most `max`: one per report
// first, then the rest, in report order. Sorts members by report.
std::vector<size_t> EvidenceOrder(const std::vector<Rec>& recs, Entry* e, size_t max) {
  std::stable_sort(e->members.begin(), e->members.end(),
                   [&](size_t a, size_t b) { return recs[a].doc < recs[b].doc; });
  std::set<uint32_t> shown;
  std::vector<size_t> ordered;
  std::vector<bool> taken(e->members.size(), false);
  for (size_t k = 0; k < e->members.size() && ordered.size() < max; ++k) {
    const Rec& rec = recs[e->members[k]];
    if (rec.evidence >= 0 && shown.insert(rec.doc).second) {
      ordered.push_back(e->members[k]);
      taken[k] = true;
    }
  }
  for (size_t k = 0; k < e->members.size() && ordered.size() < max; ++k) {
    if (!taken[k] && recs[e->members[k]].evidence >= 0) ordered.push_back(e->members[k]);
  }
  return ordered;
}

// An entry's dates, parts of the day, reports and mention count.
TimelineEntry EntryHeader(const Entry& e, const DocTable& docs) {
  TimelineEntry out;
  out.date = DateLabel(e.span);
  out.start = CivilFromDays(e.span.lo);
  out.end = CivilFromDays(e.span.hi);
  out.precision = e.span.precision == 0 ? "day" : e.span.precision == 1 ? "month" : "year";
  for (size_t b = 0; b < std::size(kPartNames); ++b) {
    if (e.span.parts & (1u << b)) out.parts_of_day.emplace_back(kPartNames[b]);
  }
  for (uint32_t d : e.docs) out.sources.push_back(docs[d].id);
  out.mention_count = e.members.size();
  return out;
}

}  // namespace

void TimelineBuilder::Finish(const DocTable& docs, Reconciliation* r) {
  std::vector<size_t> fine;
  std::vector<size_t> coarse;
  for (size_t i = 0; i < recs_.size(); ++i) (recs_[i].coarse ? coarse : fine).push_back(i);
  auto by_span = [&](size_t a, size_t b) {
    const DaySpan& x = recs_[a].span;
    const DaySpan& y = recs_[b].span;
    if (x.lo != y.lo) return x.lo < y.lo;
    if (x.hi != y.hi) return x.hi < y.hi;
    return a < b;
  };
  std::sort(fine.begin(), fine.end(), by_span);
  std::vector<Entry> entries = GroupFine(recs_, fine);
  std::sort(coarse.begin(), coarse.end(), by_span);
  PlaceCoarse(recs_, coarse, &entries);
  std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    if (a.span.lo != b.span.lo) return a.span.lo < b.span.lo;
    if (a.span.hi != b.span.hi) return a.span.hi < b.span.hi;
    return a.span.precision < b.span.precision;
  });
  for (Entry& e : entries) {
    TimelineEntry out = EntryHeader(e, docs);
    for (size_t m : EvidenceOrder(recs_, &e, options_.max_evidence)) {
      const Rec& rec = recs_[m];
      TimelineMention tm;
      tm.document = docs[rec.doc].id;
      tm.value = values_.Str(rec.value);
      tm.how = std::string(kHowNames[rec.how]);
      tm.note = notes_[rec.evidence];
      tm.evidence = evidence_[rec.evidence];
      out.mentions.push_back(std::move(tm));
    }
    r->timeline.push_back(std::move(out));
  }
}

}  // namespace dossier::reconcile
