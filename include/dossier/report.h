// dossier/report.h: the HTML dossier: one self-contained file a journalist
// or fact-checker reads.
//
// The page holds the figures table (conflicts and conflations marked,
// low/best/high, source counts), an SVG timeline, the sources and their
// groups, people and organisations, quotes and wording, and an evidence
// section: every item links (#anchor) to the sentence it comes from with the
// cited words marked. Inline CSS and SVG only: no network, no external
// assets, no script needed to read it; it adapts to phone screens and
// prints cleanly. All text is HTML-escaped. Pure: no I/O.
//
//   Reconciliation r = reconciler->Finish();
//   std::string html;
//   WriteHtmlReport(r, ReportOptions{}, &html);
#ifndef DOSSIER_REPORT_H_
#define DOSSIER_REPORT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dossier/reconcile.h"

namespace dossier {

struct ReportOptions {
  std::string title = "Dossier";  // the page title and heading
  // Shown under the heading, e.g. the database the report was built from.
  std::string subtitle;
  // Rows shown per section (figures, timeline entries, entities, quotes,
  // wording phrases); the JSON subcommands list everything.
  size_t max_rows = 400;
  // Documents shown as columns in the wording table; the rest are summed.
  size_t max_wording_columns = 12;
};

// Writes a complete HTML5 document for r into *out (replacing its
// contents). Deterministic: the same input gives the same bytes.
void WriteHtmlReport(const Reconciliation& r, const ReportOptions& options, std::string* out);

// Appends text to *out with &, <, >, " and ' escaped.
void AppendHtmlEscaped(std::string_view text, std::string* out);

}  // namespace dossier

#endif  // DOSSIER_REPORT_H_
