// Entities and quotes across documents. Entities: one row per canonical
// name (case-insensitive); a one-word person name that is the last word of
// exactly one longer person name is merged into it. Quotes: one row per
// speaker and quote; a quote whose words mostly appear in another quote of
// the same speaker (containment >= 0.8, at least 4 words) is the same quote.
#include "reconcile/people.h"

#include <algorithm>
#include <set>

namespace dossier::reconcile {
namespace {

constexpr size_t kMaxRoles = 5;
constexpr size_t kNearCompare = 64;  // latest rows of a speaker compared
constexpr double kContainment = 0.8;
constexpr size_t kMinNearWords = 4;

int TypeIndex(EntityType t) { return static_cast<int>(t); }
constexpr EntityType kTypes[] = {EntityType::kPerson, EntityType::kOrganization,
                                 EntityType::kPlace,  EntityType::kGroup,
                                 EntityType::kEvent,  EntityType::kOther};

std::string LastWord(const std::string& name) {
  size_t sp = name.rfind(' ');
  return sp == std::string::npos ? name : name.substr(sp + 1);
}

}  // namespace

void EntityMerger::Add(uint32_t doc, const AnalyzedDocument& d) {
  doc_counts_.clear();
  const std::string& text = d.document.text;
  for (const EntityMention& m : d.analysis.entities) {
    if (m.start >= m.end || m.end > text.size()) continue;
    std::string name =
        Squeeze(m.canonical.empty() ? text.substr(m.start, m.end - m.start) : m.canonical);
    if (name.empty()) continue;
    std::string key = Lower(name);
    auto [it, inserted] = index_.try_emplace(key, aggs_.size());
    if (inserted) {
      aggs_.emplace_back();
      aggs_.back().name = name;
    }
    Agg& a = aggs_[it->second];
    ++a.type_counts[TypeIndex(m.type)];
    ++a.total;
    if (!m.role.empty() && a.roles.size() < kMaxRoles &&
        std::find(a.roles.begin(), a.roles.end(), m.role) == a.roles.end()) {
      a.roles.push_back(m.role);
    }
    if (doc_counts_[it->second]++ == 0 && a.evidence.size() < options_.max_evidence) {
      a.evidence.push_back(MakeEvidence(d, m.start, m.end, m.sentence));
    }
  }
  for (const auto& [agg, n] : doc_counts_) aggs_[agg].per_doc.emplace_back(doc, n);
}

// Lone surnames into the one full person name that ends with them.
std::vector<size_t> EntityMerger::MergeTargets() const {
  std::unordered_map<std::string, std::vector<size_t>> by_last;
  auto is_person = [&](const Agg& a) {
    return a.type_counts[0] * 2 >= a.total && a.type_counts[0] > 0;
  };
  for (size_t i = 0; i < aggs_.size(); ++i) {
    if (is_person(aggs_[i]) && aggs_[i].name.find(' ') != std::string::npos) {
      by_last[Lower(LastWord(aggs_[i].name))].push_back(i);
    }
  }
  std::vector<size_t> target(aggs_.size());
  for (size_t i = 0; i < aggs_.size(); ++i) {
    target[i] = i;
    if (!is_person(aggs_[i]) || aggs_[i].name.find(' ') != std::string::npos) continue;
    auto it = by_last.find(Lower(aggs_[i].name));
    if (it != by_last.end() && it->second.size() == 1) target[i] = it->second[0];
  }
  return target;
}

// The row of one aggregate: its most frequent type (the first on ties) and
// its mentions per report.
EntityRow EntityMerger::Row(Agg& a, const DocTable& docs) {
  EntityRow row;
  row.name = a.name;
  int best = 5;
  for (int t = 0; t < 6; ++t) {
    if (a.type_counts[t] > a.type_counts[best] ||
        (a.type_counts[t] == a.type_counts[best] && t < best)) {
      best = t;
    }
  }
  row.type = std::string(EntityTypeName(kTypes[best]));
  row.mentions = a.total;
  std::sort(a.per_doc.begin(), a.per_doc.end());
  for (size_t k = 0; k < a.per_doc.size(); ++k) {
    if (k > 0 && a.per_doc[k].first == a.per_doc[k - 1].first) {
      row.per_source.back().second += a.per_doc[k].second;
      continue;
    }
    row.per_source.emplace_back(docs[a.per_doc[k].first].id, a.per_doc[k].second);
  }
  row.roles = std::move(a.roles);
  row.evidence = std::move(a.evidence);
  return row;
}

void EntityMerger::Finish(const DocTable& docs, Reconciliation* r) {
  std::vector<size_t> target = MergeTargets();
  for (size_t i = 0; i < aggs_.size(); ++i) {
    if (target[i] == i) continue;
    Agg& from = aggs_[i];
    Agg& to = aggs_[target[i]];
    for (int t = 0; t < 6; ++t) to.type_counts[t] += from.type_counts[t];
    to.total += from.total;
    to.per_doc.insert(to.per_doc.end(), from.per_doc.begin(), from.per_doc.end());
    for (Evidence& e : from.evidence) {
      if (to.evidence.size() < options_.max_evidence) to.evidence.push_back(std::move(e));
    }
  }
  for (size_t i = 0; i < aggs_.size(); ++i) {
    if (target[i] == i) r->entities.push_back(Row(aggs_[i], docs));
  }
  std::stable_sort(r->entities.begin(), r->entities.end(),
                   [](const EntityRow& x, const EntityRow& y) {
                     if (x.per_source.size() != y.per_source.size())
                       return x.per_source.size() > y.per_source.size();
                     if (x.mentions != y.mentions) return x.mentions > y.mentions;
                     return x.name < y.name;
                   });
}

size_t QuoteMerger::FindNear(const std::string& speaker, const std::vector<uint64_t>& words) const {
  if (words.size() < kMinNearWords) return SIZE_MAX;
  auto it = by_speaker_.find(speaker);
  if (it == by_speaker_.end()) return SIZE_MAX;
  const std::vector<size_t>& rows = it->second;
  const size_t from = rows.size() > kNearCompare ? rows.size() - kNearCompare : 0;
  for (size_t k = rows.size(); k-- > from;) {
    const std::vector<uint64_t>& other = rows_[rows[k]].words;
    if (other.size() < kMinNearWords) continue;
    size_t common = 0;
    for (size_t a = 0, b = 0; a < words.size() && b < other.size();) {
      if (words[a] == other[b]) {
        ++common, ++a, ++b;
      } else if (words[a] < other[b]) {
        ++a;
      } else {
        ++b;
      }
    }
    if (common >= kContainment * std::min(words.size(), other.size())) return rows[k];
  }
  return SIZE_MAX;
}

void QuoteMerger::Add(uint32_t doc, const AnalyzedDocument& d) {
  const std::string& text = d.document.text;
  for (const Quote& q : d.analysis.quotes) {
    if (q.start >= q.end || q.end > text.size()) continue;
    std::string_view body = std::string_view(text).substr(q.start, q.end - q.start);
    std::string speaker = Lower(Squeeze(q.speaker));
    std::string key = speaker + "|";
    std::vector<uint64_t> words;
    ForEachWord(body, [&](WordSpan w) {
      std::string_view word = body.substr(w.start, w.end - w.start);
      key += Lower(word);
      key += ' ';
      words.push_back(HashLower(word));
    });
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    size_t row = SIZE_MAX;
    auto it = exact_.find(key);
    if (it != exact_.end()) row = it->second;
    if (row == SIZE_MAX) row = FindNear(speaker, words);
    if (row == SIZE_MAX) {
      row = rows_.size();
      rows_.emplace_back();
      Row& r = rows_.back();
      r.out.speaker = Squeeze(q.speaker);
      r.out.text = Squeeze(body);
      r.out.kind = std::string(QuoteKindName(q.kind));
      r.words = std::move(words);
      by_speaker_[speaker].push_back(row);
    }
    exact_.emplace(std::move(key), row);
    Row& r = rows_[row];
    if (r.docs.empty() || r.docs.back() != doc) {
      r.docs.push_back(doc);
      if (r.out.evidence.size() < options_.max_evidence) {
        r.out.evidence.push_back(MakeEvidence(d, q.start, q.end, q.sentence));
      }
    }
  }
}

void QuoteMerger::Finish(const DocTable& docs, Reconciliation* r) {
  for (Row& row : rows_) {
    for (uint32_t d : row.docs) row.out.sources.push_back(docs[d].id);
    r->quotes.push_back(std::move(row.out));
  }
  std::stable_sort(r->quotes.begin(), r->quotes.end(), [](const QuoteRow& a, const QuoteRow& b) {
    if (a.speaker.empty() != b.speaker.empty()) return b.speaker.empty();
    if (a.speaker != b.speaker) return a.speaker < b.speaker;
    return a.sources.size() > b.sources.size();
  });
}

}  // namespace dossier::reconcile
