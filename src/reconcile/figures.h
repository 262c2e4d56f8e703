// Figures across documents: claims grouped by category and group class,
// values with their documents and independent groups, a status
// (agreed / conflict / single_source / changed_over_time), low/best/high and
// conflation notes. It does not group documents (sources.h does).
#ifndef DOSSIER_RECONCILE_FIGURES_H_
#define DOSSIER_RECONCILE_FIGURES_H_

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "dossier/reconcile.h"
#include "reconcile/common.h"

namespace dossier::reconcile {

class FigureBuilder {
 public:
  // rise_cues: lowercase phrases saying a toll rose ("rose to").
  FigureBuilder(const ReconcileOptions& options, std::vector<std::string> rise_cues);
  void Add(uint32_t doc, const AnalyzedDocument& d);
  void Finish(const DocTable& docs, Reconciliation* r);

  // Public for the helpers in figures.cc.
  struct ClaimRec {
    uint32_t doc = 0;
    uint32_t key = 0;     // figure id (interned)
    int64_t parent = -1;  // parent figure id, -1 if none
    double value = 0;
    std::optional<double> high;
    Qualifier qualifier = Qualifier::kExact;
    int64_t attribution = -1;  // interned, -1 if none
    uint32_t noun = 0;         // interned counted noun
    bool rise = false;
    int64_t evidence = -1;  // index into evidence_
  };

 private:
  bool SaysRise(std::string_view sentence) const;

  ReconcileOptions options_;
  std::vector<std::string> rise_cues_;
  Interner strings_;
  std::vector<ClaimRec> claims_;
  std::vector<Evidence> evidence_;
  EvidenceBudget budget_;
  std::vector<int64_t> doc_keys_;  // scratch: figure key per claim of a document
};

}  // namespace dossier::reconcile

#endif  // DOSSIER_RECONCILE_FIGURES_H_
