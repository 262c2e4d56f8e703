// Near-duplicate detection and source groups. Documents whose estimated
// word-5-shingle Jaccard similarity reaches the threshold are joined
// (union-find); each group's lead is its earliest dated report (undated
// ones after dated, then in the order added). It does not compare content
// of extractions.
#include "reconcile/sources.h"

#include <algorithm>
#include <numeric>

namespace dossier::reconcile {
namespace {

constexpr uint32_t kEmptyBin = 0xFFFFFFFFu;
constexpr int kLshRows = 4;

uint32_t Find(std::vector<uint32_t>* parent, uint32_t x) {
  auto& p = *parent;
  while (p[x] != x) {
    p[x] = p[p[x]];
    x = p[x];
  }
  return x;
}

// True when a should lead a group containing b.
bool Earlier(const DocInfo& a, size_t ia, const DocInfo& b, size_t ib) {
  if (a.dated != b.dated) return a.dated;
  if (a.dated && a.day != b.day) return a.day < b.day;
  return ia < ib;
}

}  // namespace

MinHasher::MinHasher(int shingle_words, int bins)
    : k_(std::max(1, shingle_words)), bins_(std::max(4, bins)) {
  uint64_t p = 1;
  for (int j = 0; j < k_; ++j) {
    powers_.push_back(p);
    p *= 0x9E3779B97F4A7C15ULL;
  }
}

bool MinHasher::Sign(std::string_view text, std::vector<uint32_t>* sig) {
  ScanWords(text, &words_);
  return Sign(words_, sig);
}

// A shingle's hash is a polynomial of its k word hashes, mixed once.
bool MinHasher::Sign(const std::vector<Word>& words, std::vector<uint32_t>* sig) {
  sig->assign(bins_, kEmptyBin);
  if (words.empty()) return false;
  auto add_shingle = [&](uint64_t h) {
    h = Mix64(h);
    const uint32_t bin = static_cast<uint32_t>((h >> 32) % static_cast<uint64_t>(bins_));
    const uint32_t v = static_cast<uint32_t>(h) & 0x7FFFFFFFu;
    if (v < (*sig)[bin]) (*sig)[bin] = v;
  };
  const size_t k = std::min(static_cast<size_t>(k_), words.size());
  for (size_t i = 0; i + k <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t j = 0; j < k; ++j) h += words[i + j].hash * powers_[j];
    add_shingle(h);
  }
  // Rotation densification: an empty bin borrows the next non-empty bin's
  // value, offset by the distance so borrowed values stay distinguishable.
  std::vector<uint32_t>& s = *sig;
  for (int i = 0; i < bins_; ++i) {
    if (s[i] != kEmptyBin && s[i] < 0x80000000u) continue;
    for (int d = 1; d < bins_; ++d) {
      uint32_t v = s[(i + d) % bins_];
      if (v < 0x80000000u) {
        s[i] = 0x80000000u | ((v + static_cast<uint32_t>(d) * 0x9E3779B1u) & 0x7FFFFFFFu);
        break;
      }
    }
  }
  return true;
}

double EstimateJaccard(const uint32_t* a, const uint32_t* b, int bins) {
  int same = 0;
  for (int i = 0; i < bins; ++i) same += a[i] == b[i];
  return static_cast<double>(same) / bins;
}

SourceGrouper::SourceGrouper(const ReconcileOptions& options)
    : options_(options),
      bins_(std::max(kLshRows, options.minhash_hashes / kLshRows * kLshRows)),
      hasher_(options.shingle_words, bins_) {}

void SourceGrouper::Add(const std::vector<Word>& words) {
  bool has_words = hasher_.Sign(words, &scratch_);
  sigs_.insert(sigs_.end(), scratch_.begin(), scratch_.end());
  empty_.push_back(!has_words);
}

void SourceGrouper::Compare(size_t a, size_t b, std::vector<uint32_t>* parent) {
  if (empty_[a] || empty_[b]) return;
  uint32_t ra = Find(parent, static_cast<uint32_t>(a));
  uint32_t rb = Find(parent, static_cast<uint32_t>(b));
  if (ra == rb) return;
  if (EstimateJaccard(Sig(a), Sig(b), bins_) >= options_.duplicate_threshold) {
    (*parent)[std::max(ra, rb)] = std::min(ra, rb);
  }
}

void SourceGrouper::PairsExact(std::vector<uint32_t>* parent) {
  const size_t n = empty_.size();
  for (size_t a = 0; a < n; ++a) {
    for (size_t b = a + 1; b < n; ++b) Compare(a, b, parent);
  }
}

// One band at a time: sort (band hash, doc) pairs and compare each run's
// members with the run's first few, so memory stays at one band's worth.
void SourceGrouper::PairsLsh(std::vector<uint32_t>* parent) {
  const size_t n = empty_.size();
  std::vector<std::pair<uint64_t, uint32_t>> keys(n);
  constexpr size_t kRunCompare = 8;
  for (int band = 0; band < bins_ / kLshRows; ++band) {
    for (size_t i = 0; i < n; ++i) {
      uint64_t h = Mix64(static_cast<uint64_t>(band) + 1);
      for (int r = 0; r < kLshRows; ++r) h = Mix64(h ^ Sig(i)[band * kLshRows + r]);
      keys[i] = {h, static_cast<uint32_t>(i)};
    }
    std::sort(keys.begin(), keys.end());
    for (size_t i = 0; i < n;) {
      size_t j = i + 1;
      while (j < n && keys[j].first == keys[i].first) ++j;
      for (size_t b = i + 1; b < j; ++b) {
        for (size_t a = i; a < std::min(b, i + kRunCompare); ++a) {
          Compare(keys[a].second, keys[b].second, parent);
        }
      }
      i = j;
    }
  }
}

void SourceGrouper::Finish(DocTable* docs, Reconciliation* r) {
  const size_t n = docs->size();
  std::vector<uint32_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0u);
  if (n <= options_.exact_pairwise_max) {
    PairsExact(&parent);
  } else {
    PairsLsh(&parent);
  }
  // Lead of each root: its earliest member.
  std::vector<uint32_t> lead(n, UINT32_MAX);
  for (size_t i = 0; i < n; ++i) {
    uint32_t root = Find(&parent, static_cast<uint32_t>(i));
    if (lead[root] == UINT32_MAX || Earlier((*docs)[i], i, (*docs)[lead[root]], lead[root])) {
      lead[root] = static_cast<uint32_t>(i);
    }
  }
  // Groups numbered by the order their first member was added.
  std::vector<int> number(n, 0);
  int groups = 0;
  r->sources.clear();
  r->sources.reserve(n);
  for (size_t i = 0; i < n; ++i) {
    uint32_t root = Find(&parent, static_cast<uint32_t>(i));
    if (number[root] == 0) number[root] = ++groups;
    DocInfo& d = (*docs)[i];
    d.group = number[root];
    SourceRow row;
    row.id = d.id;
    row.source = d.source;
    row.title = d.title;
    row.date = d.date;
    row.group = d.group;
    const uint32_t l = lead[root];
    row.lead = (*docs)[l].id;
    row.similarity = (l == i) ? 1.0 : EstimateJaccard(Sig(i), Sig(l), bins_);
    r->sources.push_back(std::move(row));
  }
  r->group_count = groups;
}

}  // namespace dossier::reconcile
