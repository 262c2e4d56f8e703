// Internal pieces of the HTML report: the style sheet, evidence anchors,
// number formatting and the SVG timeline. Not part of the public API.
#ifndef DOSSIER_REPORT_PARTS_H_
#define DOSSIER_REPORT_PARTS_H_

#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "dossier/reconcile.h"

namespace dossier::report {

extern const char kReportCss[];

// Gives every distinct evidence span (document, start, end) one anchor id
// ("ev-N") and remembers it for the evidence section.
class EvidenceIndex {
 public:
  // Appends a small link to the evidence (label: "1", "2", ... or given).
  void AppendLink(const Evidence& e, std::string_view label, std::string* out);
  // The anchor id of e, registering it when new.
  std::string Anchor(const Evidence& e);
  [[nodiscard]] const std::vector<const Evidence*>& items() const { return items_; }

 private:
  std::map<std::tuple<std::string, size_t, size_t>, size_t> ids_;
  std::vector<const Evidence*> items_;
};

// "1,275"; non-integers with up to two decimals.
std::string FormatNumber(double v);
// "1992-02-25/1992-02-26" -> "1992-02-25 to 26"; other labels unchanged.
std::string ShortDate(std::string_view date);

// Appends an <svg> overview of the first max_rows timeline entries; each
// row links to "#tl-<index>".
void AppendTimelineSvg(const Reconciliation& r, size_t max_rows, std::string* out);

}  // namespace dossier::report

#endif  // DOSSIER_REPORT_PARTS_H_
