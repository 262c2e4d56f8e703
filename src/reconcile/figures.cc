// Figures across documents. Claims are keyed by category + group class (+
// unit for money); per key, values with their documents, qualifiers,
// attributions and evidence; then a status, low/best/high and conflation
// notes. Qualifier-aware agreement: every value is read as an interval
// ("at least 30" = [30, inf), "approximately 613" = 613 +- tolerance) and the
// figure agrees when all intervals share a point. It never picks a side:
// "best" follows a named, mechanical rule.
#include "reconcile/figures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <unordered_map>

#include "reconcile/figures_notes.h"

namespace dossier::reconcile {
namespace {

using ClaimRec = FigureBuilder::ClaimRec;

constexpr std::string_view kCategoryOrder[] = {"killed",    "injured", "missing",  "captured",
                                               "displaced", "rescued", "orphaned", "destroyed",
                                               "damaged",   "damage",  "arrested", "affected"};

int CategoryRank(std::string_view c) {
  for (size_t i = 0; i < std::size(kCategoryOrder); ++i) {
    if (kCategoryOrder[i] == c) return static_cast<int>(i);
  }
  return static_cast<int>(std::size(kCategoryOrder));
}

std::string FigureKey(const Claim& c) {
  std::string key = c.category;
  key += '/';
  key += !c.group_class.empty() ? c.group_class : !c.group.empty() ? c.group : "unspecified";
  if (!c.unit.empty()) {
    key += '/';
    key += c.unit;
  }
  return key;
}

struct Interval {
  double lo = 0;
  double hi = 0;
};

Interval IntervalOf(const ClaimRec& c, double tolerance) {
  constexpr double kInf = std::numeric_limits<double>::infinity();
  const double v = c.value;
  const double h = c.high.value_or(v);
  switch (c.qualifier) {
    case Qualifier::kExact:
      return {v, h};
    case Qualifier::kApprox:
      return {v * (1 - tolerance), h * (1 + tolerance)};
    case Qualifier::kAtLeast:
      return {v, kInf};
    case Qualifier::kMoreThan:
      return {std::nextafter(v, kInf), kInf};
    case Qualifier::kAtMost:
      return {0, h};
    case Qualifier::kLessThan:
      return {0, std::nextafter(h, 0.0)};
  }
  return {v, h};
}

// A value of a figure while it is being built.
struct ValueBuild {
  FigureValue out;
  std::vector<uint32_t> docs;  // sorted, unique
  Interval range;
};

// What the claims of one value row gather before the row is written.
struct ValueRun {
  std::map<std::string, int> qualifier_counts;
  std::set<std::string> attributions;
  int best_day = std::numeric_limits<int>::min();
  int first_day = std::numeric_limits<int>::max();
};

// Adds one claim of the value to its row.
void AddClaim(const ClaimRec& c, const DocTable& docs, const Interner& strings,
              const std::vector<Evidence>& evidence, const ReconcileOptions& options,
              ValueBuild* vb, ValueRun* run) {
  Interval iv = IntervalOf(c, options.approx_tolerance);
  vb->range.lo = std::min(vb->range.lo, iv.lo);
  vb->range.hi = std::max(vb->range.hi, iv.hi);
  ++run->qualifier_counts[std::string(QualifierName(c.qualifier))];
  if (c.attribution >= 0)
    run->attributions.insert(strings.Str(static_cast<uint32_t>(c.attribution)));
  vb->out.rise_wording = vb->out.rise_wording || c.rise;
  vb->docs.push_back(c.doc);
  if (c.evidence >= 0 && vb->out.evidence.size() < options.max_evidence) {
    vb->out.evidence.push_back(evidence[c.evidence]);
  }
  if (docs[c.doc].dated) {
    run->best_day = std::max(run->best_day, docs[c.doc].day);
    run->first_day = std::min(run->first_day, docs[c.doc].day);
  }
}

// Writes a value row's reports, first and last report dates, independent
// groups, qualifiers (the most frequent first met) and attributions.
void FinishValue(const DocTable& docs, const ValueRun& run, ValueBuild* vb) {
  std::sort(vb->docs.begin(), vb->docs.end());
  vb->docs.erase(std::unique(vb->docs.begin(), vb->docs.end()), vb->docs.end());
  std::set<int> groups;
  for (uint32_t d : vb->docs) {
    vb->out.documents.push_back(docs[d].id);
    groups.insert(docs[d].group);
    if (docs[d].dated && docs[d].day == run.first_day && vb->out.first_date.empty()) {
      vb->out.first_date = docs[d].date;
    }
    if (docs[d].dated && docs[d].day == run.best_day) vb->out.last_date = docs[d].date;
  }
  vb->out.independent_groups = static_cast<int>(groups.size());
  int top = -1;
  for (const auto& [q, n] : run.qualifier_counts) {
    vb->out.qualifiers.push_back(q);
    if (n > top) {
      top = n;
      vb->out.qualifier = q;
    }
  }
  vb->out.attributions.assign(run.attributions.begin(), run.attributions.end());
}

// Builds the value rows of one figure from its claims, sorted by value.
std::vector<ValueBuild> BuildValues(const std::vector<const ClaimRec*>& recs, const DocTable& docs,
                                    const Interner& strings, const std::vector<Evidence>& evidence,
                                    const ReconcileOptions& options) {
  std::vector<ValueBuild> values;
  for (size_t i = 0; i < recs.size();) {
    ValueBuild vb;
    vb.out.value = recs[i]->value;
    vb.out.value_high = recs[i]->high;
    vb.range = IntervalOf(*recs[i], options.approx_tolerance);
    ValueRun run;
    size_t j = i;
    for (; j < recs.size() && recs[j]->value == vb.out.value && recs[j]->high == vb.out.value_high;
         ++j) {
      AddClaim(*recs[j], docs, strings, evidence, options, &vb, &run);
    }
    FinishValue(docs, run, &vb);
    values.push_back(std::move(vb));
    i = j;
  }
  return values;
}

// Whether (day, value) pairs sorted by day never give a value below one of
// an earlier day.
bool NeverFalls(const std::vector<std::pair<int, double>>& dated) {
  double before_max = -1;  // largest value on earlier days
  double day_max = -1;
  for (size_t i = 0; i < dated.size(); ++i) {
    bool same_day = i > 0 && dated[i].first == dated[i - 1].first;
    if (i > 0 && !same_day) before_max = std::max(before_max, day_max);
    if (dated[i].second < before_max) return false;
    day_max = same_day ? std::max(day_max, dated[i].second) : dated[i].second;
  }
  return true;
}

// A toll that only rises with report date (and either says so or stays
// within the window) changed over time; it is not a conflict.
bool RisesOverTime(const std::vector<const ClaimRec*>& recs, const DocTable& docs,
                   const ReconcileOptions& options) {
  // A report giving several values ("initially put at 31, the toll rose to
  // 46") stands for its highest: its current count.
  std::map<uint32_t, double> doc_max;
  for (const ClaimRec* c : recs) {
    if (c->high) return false;
    auto [it, inserted] = doc_max.try_emplace(c->doc, c->value);
    if (!inserted) it->second = std::max(it->second, c->value);
  }
  std::vector<std::pair<int, double>> dated;
  std::set<double> dated_values;
  for (const auto& [doc, value] : doc_max) {
    if (!docs[doc].dated) continue;
    dated.emplace_back(docs[doc].day, value);
    dated_values.insert(value);
  }
  if (dated_values.size() < 2) return false;
  for (const auto& [doc, value] : doc_max) {
    if (!docs[doc].dated && !dated_values.count(value)) return false;
  }
  std::sort(dated.begin(), dated.end());
  if (!NeverFalls(dated)) return false;
  const double lowest = *dated_values.begin();
  for (const ClaimRec* c : recs) {
    if (c->rise && c->value > lowest) return true;
  }
  return dated.back().first - dated.front().first <= options.toll_window_days;
}

// The value backed by most independent groups; ties: the most recent
// report, then more documents, then the order values are listed in.
size_t PickBest(const std::vector<ValueBuild>& values, bool* tie_by_date) {
  size_t best = 0;
  *tie_by_date = false;
  for (size_t i = 1; i < values.size(); ++i) {
    const FigureValue& a = values[i].out;
    const FigureValue& b = values[best].out;
    if (a.independent_groups != b.independent_groups) {
      if (a.independent_groups > b.independent_groups) best = i;
      continue;
    }
    if (a.last_date != b.last_date) {
      if (a.last_date > b.last_date) best = i;
      *tie_by_date = true;
      continue;
    }
    if (a.documents.size() > b.documents.size()) best = i;
  }
  return best;
}

// Values that cannot both hold but come from the very same reports count
// different things within each report (sub-groups the noun does not tell
// apart); say so instead of calling it a conflict.
FigureNote SameReportsNote(const std::vector<const ValueBuild*>& values, const Figure& f) {
  FigureNote n;
  n.kind = "same_reports";
  n.categories.push_back(f.category);
  n.figures.push_back(f.id);
  std::set<std::string> docs;
  for (const ValueBuild* v : values) {
    if (std::find(n.values.begin(), n.values.end(), v->out.value) == n.values.end()) {
      n.values.push_back(v->out.value);
    }
    docs.insert(v->out.documents.begin(), v->out.documents.end());
  }
  std::string list;
  for (size_t i = 0; i < n.values.size(); ++i) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.15g", n.values[i]);
    list += (i == 0 ? "" : i + 1 == n.values.size() ? " and " : ", ") + std::string(buf);
  }
  std::string reports;
  for (const std::string& d : docs) reports += (reports.empty() ? "" : ", ") + d;
  n.text = list + " are each given by the same reports (" + reports + ") for " + f.id +
           "; they may count different groups.";
  return n;
}

// A figure that rose over time: values in report-date order (undated last);
// the highest value is the latest and the best.
void ChangedOverTime(std::vector<ValueBuild>* values, Figure* f) {
  f->status = "changed_over_time";
  std::stable_sort(values->begin(), values->end(), [](const ValueBuild& a, const ValueBuild& b) {
    if (a.out.first_date.empty() != b.out.first_date.empty()) return b.out.first_date.empty();
    if (a.out.first_date != b.out.first_date) return a.out.first_date < b.out.first_date;
    return a.out.value < b.out.value;
  });
  auto latest = std::max_element(
      values->begin(), values->end(),
      [](const ValueBuild& a, const ValueBuild& b) { return a.out.value < b.out.value; });
  latest->out.latest = true;
  f->best = latest->out.value;
  f->best_rule = "latest_report_of_rising_figure";
}

// Intervals on a line share a point iff every pair does; a pair only
// conflicts when different reports give the two values. Pairs that cannot
// both hold but come from the same reports go to *same_reports.
bool Conflicting(const std::vector<ValueBuild>& values,
                 std::vector<const ValueBuild*>* same_reports) {
  bool conflict = false;
  for (size_t a = 0; a < values.size(); ++a) {
    for (size_t b = a + 1; b < values.size(); ++b) {
      const ValueBuild& x = values[a];
      const ValueBuild& y = values[b];
      if (x.range.hi >= y.range.lo && y.range.hi >= x.range.lo) continue;
      if (x.docs != y.docs) {
        conflict = true;
      } else {
        same_reports->push_back(&x);
        same_reports->push_back(&y);
      }
    }
  }
  return conflict;
}

void Decide(const std::vector<const ClaimRec*>& recs, std::vector<ValueBuild>* values,
            const DocTable& docs, const ReconcileOptions& options, Figure* f) {
  std::set<int> groups;
  f->low = std::numeric_limits<double>::infinity();
  f->high = -std::numeric_limits<double>::infinity();
  for (const ValueBuild& v : *values) {
    for (uint32_t d : v.docs) groups.insert(docs[d].group);
    f->low = std::min(f->low, v.out.value);
    f->high = std::max(f->high, v.out.value_high.value_or(v.out.value));
  }
  f->independent_groups = static_cast<int>(groups.size());
  if (values->size() > 1 && RisesOverTime(recs, docs, options)) {
    ChangedOverTime(values, f);
    return;
  }
  std::vector<const ValueBuild*> same_reports;
  bool conflict = Conflicting(*values, &same_reports);
  if (!same_reports.empty()) f->notes.push_back(SameReportsNote(same_reports, *f));
  f->status = conflict ? "conflict" : groups.size() <= 1 ? "single_source" : "agreed";
  std::stable_sort(values->begin(), values->end(), [](const ValueBuild& a, const ValueBuild& b) {
    if (a.out.independent_groups != b.out.independent_groups) {
      return a.out.independent_groups > b.out.independent_groups;
    }
    return a.docs.size() > b.docs.size();
  });
  bool tie_by_date = false;
  size_t best = PickBest(*values, &tie_by_date);
  f->best = (*values)[best].out.value;
  f->best_rule =
      tie_by_date ? "most_independent_groups_then_latest_report" : "most_independent_groups";
}

// A figure's id and its parts (category/group/unit), the parent figure
// most of its claims name, and the nouns its claims count.
Figure FigureHead(const std::vector<const ClaimRec*>& recs, const Interner& strings) {
  Figure f;
  f.id = strings.Str(recs[0]->key);
  size_t slash = f.id.find('/');
  f.category = f.id.substr(0, slash);
  size_t slash2 = f.id.find('/', slash + 1);
  f.group =
      f.id.substr(slash + 1, slash2 == std::string::npos ? std::string::npos : slash2 - slash - 1);
  if (slash2 != std::string::npos) f.unit = f.id.substr(slash2 + 1);
  std::map<int64_t, int> parents;
  std::set<std::string> nouns;
  for (const ClaimRec* c : recs) {
    if (c->parent >= 0) ++parents[c->parent];
    const std::string& noun = strings.Str(c->noun);
    if (!noun.empty()) nouns.insert(noun);
  }
  int top = 0;
  for (const auto& [p, n] : parents) {
    if (n > top) {
      top = n;
      f.parent = strings.Str(static_cast<uint32_t>(p));
    }
  }
  f.nouns.assign(nouns.begin(), nouns.end());
  return f;
}

// Each figure carries the notes naming it (at most kMaxNotesPerFigure; the
// conflations list has them all).
void AttachNotes(const std::vector<FigureNote>& notes, std::vector<Figure>* figures) {
  constexpr size_t kMaxNotesPerFigure = 10;
  std::unordered_map<std::string, Figure*> by_id;
  for (Figure& f : *figures) by_id[f.id] = &f;
  for (const FigureNote& n : notes) {
    for (const std::string& id : n.figures) {
      auto it = by_id.find(id);
      if (it != by_id.end() && it->second->notes.size() < kMaxNotesPerFigure) {
        it->second->notes.push_back(n);
      }
    }
  }
}

}  // namespace

FigureBuilder::FigureBuilder(const ReconcileOptions& options, std::vector<std::string> rise_cues)
    : options_(options), rise_cues_(std::move(rise_cues)), budget_(options.max_evidence) {}

bool FigureBuilder::SaysRise(std::string_view sentence) const {
  std::string lower = Lower(sentence);
  for (const std::string& cue : rise_cues_) {
    if (lower.find(cue) != std::string::npos) return true;
  }
  return false;
}

void FigureBuilder::Add(uint32_t doc, const AnalyzedDocument& d) {
  const std::vector<Claim>& claims = d.analysis.claims;
  doc_keys_.assign(claims.size(), -1);
  for (size_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.category.empty() || !c.modality.empty() || !std::isfinite(c.value)) continue;
    doc_keys_[i] = strings_.Id(FigureKey(c));
  }
  const auto& sents = d.analysis.sentences;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (doc_keys_[i] < 0) continue;
    const Claim& c = claims[i];
    ClaimRec rec;
    rec.doc = doc;
    rec.key = static_cast<uint32_t>(doc_keys_[i]);
    if (c.parent && *c.parent < claims.size() && doc_keys_[*c.parent] >= 0 &&
        doc_keys_[*c.parent] != doc_keys_[i]) {
      rec.parent = doc_keys_[*c.parent];
    }
    rec.value = c.value;
    if (c.value_high && *c.value_high != c.value) rec.high = c.value_high;
    rec.qualifier = c.qualifier;
    if (!c.attributed_to.empty()) rec.attribution = strings_.Id(c.attributed_to);
    rec.noun = strings_.Id(c.group);
    if (c.sentence < sents.size() && sents[c.sentence].end <= d.document.text.size() &&
        sents[c.sentence].start <= sents[c.sentence].end) {
      std::string_view text = d.document.text;
      rec.rise = SaysRise(
          text.substr(sents[c.sentence].start, sents[c.sentence].end - sents[c.sentence].start));
    }
    const uint64_t budget_key = Mix64(rec.key) ^ static_cast<uint64_t>(std::llround(c.value));
    if (budget_.Take(budget_key)) {
      rec.evidence = static_cast<int64_t>(evidence_.size());
      evidence_.push_back(MakeEvidence(d, c.start, c.end, c.sentence));
    }
    claims_.push_back(rec);
  }
}

void FigureBuilder::Finish(const DocTable& docs, Reconciliation* r) {
  std::vector<const ClaimRec*> sorted;
  sorted.reserve(claims_.size());
  for (const ClaimRec& c : claims_) sorted.push_back(&c);
  std::stable_sort(sorted.begin(), sorted.end(), [](const ClaimRec* a, const ClaimRec* b) {
    if (a->key != b->key) return a->key < b->key;
    if (a->value != b->value) return a->value < b->value;
    return a->high.value_or(-1) < b->high.value_or(-1);
  });
  std::vector<Figure> figures;
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    while (j < sorted.size() && sorted[j]->key == sorted[i]->key) ++j;
    std::vector<const ClaimRec*> recs(sorted.begin() + i, sorted.begin() + j);
    Figure f = FigureHead(recs, strings_);
    std::vector<ValueBuild> values = BuildValues(recs, docs, strings_, evidence_, options_);
    Decide(recs, &values, docs, options_, &f);
    for (ValueBuild& v : values) f.values.push_back(std::move(v.out));
    figures.push_back(std::move(f));
    i = j;
  }
  r->conflations = FindConflations(figures, options_.conflation_min_value);
  AttachNotes(r->conflations, &figures);
  r->figures = OrderFigures(std::move(figures), CategoryRank);
}

}  // namespace dossier::reconcile
