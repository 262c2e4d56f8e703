// Near-duplicate detection: word-shingle MinHash signatures, pair search
// (all pairs for small corpora, LSH banding above) and source groups led by
// their earliest report. It does not look at extractions.
#ifndef DOSSIER_RECONCILE_SOURCES_H_
#define DOSSIER_RECONCILE_SOURCES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "dossier/reconcile.h"
#include "reconcile/common.h"

namespace dossier::reconcile {

// One-permutation MinHash over word k-shingles with rotation densification
// (Shrivastava 2017): one hash per shingle, `bins` minima.
class MinHasher {
 public:
  MinHasher(int shingle_words, int bins);
  // Writes the signature of text into *sig (resized to bins). Returns false
  // when the text has no words (the signature then matches nothing).
  bool Sign(std::string_view text, std::vector<uint32_t>* sig);
  // The same from words already scanned (ScanWords).
  bool Sign(const std::vector<Word>& words, std::vector<uint32_t>* sig);

 private:
  int k_;
  int bins_;
  std::vector<uint64_t> powers_;  // multipliers of the k words in a shingle
  std::vector<Word> words_;       // scratch for Sign(text)
};

// Fraction of equal positions: the Jaccard estimate.
double EstimateJaccard(const uint32_t* a, const uint32_t* b, int bins);

class SourceGrouper {
 public:
  explicit SourceGrouper(const ReconcileOptions& options);
  void Add(const std::vector<Word>& words);
  // Fills docs[i].group and r->sources / r->group_count.
  void Finish(DocTable* docs, Reconciliation* r);

 private:
  [[nodiscard]] const uint32_t* Sig(size_t i) const { return &sigs_[i * bins_]; }
  void Compare(size_t a, size_t b, std::vector<uint32_t>* parent);
  void PairsExact(std::vector<uint32_t>* parent);
  void PairsLsh(std::vector<uint32_t>* parent);

  ReconcileOptions options_;
  int bins_;
  MinHasher hasher_;
  std::vector<uint32_t> sigs_;  // bins_ per document
  std::vector<bool> empty_;
  std::vector<uint32_t> scratch_;
};

}  // namespace dossier::reconcile

#endif  // DOSSIER_RECONCILE_SOURCES_H_
