// Wording phrases per report. Words are scanned once per document into a
// reused token buffer; lexicon lookups compare 64-bit word hashes, so the
// scan allocates only for the phrases it finds.
#include "reconcile/wording.h"

#include <algorithm>

namespace dossier::reconcile {
namespace {

constexpr std::string_view kKindNames[] = {"event", "party", "name"};
constexpr size_t kMaxLead = 3;  // words before the head noun

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

WordingCounter::WordingCounter(const ReconcileOptions& options, WordingLexicon lexicon)
    : options_(options), lex_(std::move(lexicon)), the_(HashLower("the")), of_(HashLower("of")) {}

bool WordingCounter::CapitalisedMidSentence(uint64_t hash) const {
  return std::binary_search(mid_caps_.begin(), mid_caps_.end(), hash);
}

void WordingCounter::Tokenize(std::string_view text, const std::vector<Word>& words) {
  toks_.clear();
  mid_caps_.clear();
  size_t prev_end = 0;
  bool first = true;
  for (const Word& w : words) {
    Tok t;
    t.start = w.start;
    t.end = w.end;
    t.hash = w.hash;
    t.cap = text[w.start] >= 'A' && text[w.start] <= 'Z';
    std::string_view gap = text.substr(prev_end, w.start - prev_end);
    t.boundary = first || gap != " ";
    t.stop = lex_.stop_words.contains(t.hash) || IsDigit(text[w.start]);
    first = false;
    prev_end = w.end;
    // After a comma or a space, a capital is the word's own, not the sentence's.
    const bool sentence_start =
        t.boundary && gap.find_first_of(".!?:;\n\"") != std::string_view::npos;
    if (t.cap && !sentence_start && !toks_.empty()) mid_caps_.push_back(t.hash);
    toks_.push_back(t);
  }
  std::sort(mid_caps_.begin(), mid_caps_.end());
}

void WordingCounter::Count(const AnalyzedDocument& d, int kind, size_t first, size_t last) {
  const std::string& text = d.document.text;
  std::string phrase = Squeeze(
      std::string_view(text).substr(toks_[first].start, toks_[last].end - toks_[first].start));
  std::string key = std::string(1, static_cast<char>('0' + kind)) + Lower(phrase);
  auto [it, inserted] = index_.try_emplace(std::move(key), aggs_.size());
  if (inserted) {
    aggs_.emplace_back();
    Agg& a = aggs_.back();
    a.phrase = std::move(phrase);
    a.kind = kind;
    // The sentence index is unknown here; MakeEvidence falls back to the line.
    a.example = MakeEvidence(d, toks_[first].start, toks_[last].end, SIZE_MAX);
  }
  ++aggs_[it->second].total;
  ++doc_counts_[it->second];
}

// "the [w1 [w2 [w3]]] <event noun>": the longest lead of content words.
void WordingCounter::FindEvents(const AnalyzedDocument& d) {
  for (size_t i = 1; i < toks_.size(); ++i) {
    if (!lex_.event_nouns.contains(toks_[i].hash)) continue;
    size_t best = SIZE_MAX;
    for (size_t k = 1; k <= kMaxLead && k + 1 <= i; ++k) {
      const size_t j = i - k;  // first lead word
      if (toks_[j + 1].boundary || toks_[j].stop) break;
      if (toks_[j - 1].hash == the_ && !toks_[j].boundary) best = j;
    }
    if (best != SIZE_MAX) Count(d, 0, best, i);
  }
}

// "<Capitalised> [lowercase words] <party noun>".
void WordingCounter::FindParties(const AnalyzedDocument& d) {
  for (size_t i = 1; i < toks_.size(); ++i) {
    if (!lex_.party_nouns.contains(toks_[i].hash)) continue;
    for (size_t k = 1; k <= kMaxLead && k <= i; ++k) {
      const size_t j = i - k;
      if (toks_[j + 1].boundary) break;
      if (toks_[j].cap) {
        size_t first = j;  // the whole capitalised run: "Motor Rifle Regiment"
        while (first > 0 && !toks_[first].boundary && toks_[first - 1].cap &&
               !toks_[first - 1].stop) {
          --first;
        }
        if (!toks_[first].stop && CapitalisedMidSentence(toks_[first].hash)) {
          Count(d, 1, first, i);
        }
        break;
      }
      if (toks_[j].stop) break;
    }
  }
}

// Runs of two or more capitalised words ("of" may join them), without a
// leading function word and not ending in an event or party noun.
void WordingCounter::FindNames(const AnalyzedDocument& d) {
  size_t i = 0;
  while (i < toks_.size()) {
    if (!toks_[i].cap || toks_[i].stop) {
      ++i;
      continue;
    }
    size_t j = i;
    size_t caps = 1;
    while (j + 1 < toks_.size() && !toks_[j + 1].boundary) {
      const Tok& next = toks_[j + 1];
      if (next.cap && !IsDigit(d.document.text[next.start])) {
        ++j;
        ++caps;
        continue;
      }
      if (next.hash == of_ && j + 2 < toks_.size() && toks_[j + 2].cap && !toks_[j + 2].boundary) {
        j += 2;
        ++caps;
        continue;
      }
      break;
    }
    const bool head_noun =
        lex_.event_nouns.contains(toks_[j].hash) || lex_.party_nouns.contains(toks_[j].hash);
    if (caps >= 2 && !head_noun) Count(d, 2, i, j);
    i = j + 1;
  }
}

void WordingCounter::Add(uint32_t doc, const AnalyzedDocument& d, const std::vector<Word>& words) {
  doc_counts_.clear();
  Tokenize(d.document.text, words);
  FindEvents(d);
  FindParties(d);
  FindNames(d);
  for (const auto& [agg, n] : doc_counts_) aggs_[agg].per_doc.emplace_back(doc, n);
}

void WordingCounter::Finish(const DocTable& docs, Reconciliation* r) {
  std::vector<size_t> keep;
  for (size_t i = 0; i < aggs_.size(); ++i) {
    const Agg& a = aggs_[i];
    if (a.kind < 2 || a.total >= 2) keep.push_back(i);
  }
  std::stable_sort(keep.begin(), keep.end(), [&](size_t x, size_t y) {
    const Agg& a = aggs_[x];
    const Agg& b = aggs_[y];
    if (a.kind != b.kind) return a.kind < b.kind;
    if (a.per_doc.size() != b.per_doc.size()) return a.per_doc.size() > b.per_doc.size();
    if (a.total != b.total) return a.total > b.total;
    return a.phrase < b.phrase;
  });
  if (keep.size() > options_.max_wording_terms) keep.resize(options_.max_wording_terms);
  for (size_t i : keep) {
    Agg& a = aggs_[i];
    WordingTerm t;
    t.phrase = a.phrase;
    t.kind = std::string(kKindNames[a.kind]);
    t.total = a.total;
    std::sort(a.per_doc.begin(), a.per_doc.end());
    for (const auto& [doc, n] : a.per_doc) t.per_source.emplace_back(docs[doc].id, n);
    t.example = std::move(a.example);
    r->wording.push_back(std::move(t));
  }
}

}  // namespace dossier::reconcile
