// People, organisations and quotes across documents: entities merged by
// canonical name (a lone surname joins the one full name ending with it),
// mention counts per report; quotes keyed by speaker and their normalised
// words, near-identical ones (one contains the other's words) merged. It
// does not resolve who a description ("a witness") refers to.
#ifndef DOSSIER_RECONCILE_PEOPLE_H_
#define DOSSIER_RECONCILE_PEOPLE_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/reconcile.h"
#include "reconcile/common.h"

namespace dossier::reconcile {

class EntityMerger {
 public:
  explicit EntityMerger(const ReconcileOptions& options) : options_(options) {}
  void Add(uint32_t doc, const AnalyzedDocument& d);
  void Finish(const DocTable& docs, Reconciliation* r);

 private:
  struct Agg {
    std::string name;
    int type_counts[6] = {0, 0, 0, 0, 0, 0};
    int total = 0;
    std::vector<std::pair<uint32_t, int>> per_doc;
    std::vector<std::string> roles;
    std::vector<Evidence> evidence;
  };
  // For each aggregate, the one it merges into (itself when none).
  [[nodiscard]] std::vector<size_t> MergeTargets() const;
  static EntityRow Row(Agg& a, const DocTable& docs);

  ReconcileOptions options_;
  std::unordered_map<std::string, size_t> index_;  // lowercase name -> aggs_
  std::vector<Agg> aggs_;
  std::unordered_map<size_t, int> doc_counts_;  // scratch
};

class QuoteMerger {
 public:
  explicit QuoteMerger(const ReconcileOptions& options) : options_(options) {}
  void Add(uint32_t doc, const AnalyzedDocument& d);
  void Finish(const DocTable& docs, Reconciliation* r);

 private:
  struct Row {
    QuoteRow out;
    std::vector<uint32_t> docs;
    std::vector<uint64_t> words;  // sorted unique word hashes
  };
  size_t FindNear(const std::string& speaker, const std::vector<uint64_t>& words) const;

  ReconcileOptions options_;
  std::unordered_map<std::string, size_t> exact_;  // speaker|words -> rows_
  std::unordered_map<std::string, std::vector<size_t>> by_speaker_;
  std::vector<Row> rows_;
};

}  // namespace dossier::reconcile

#endif  // DOSSIER_RECONCILE_PEOPLE_H_
