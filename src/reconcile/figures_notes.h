// Figure post-processing: conflation notes (the same number attached to
// different things across reports) and the display order of figures
// (parents first, their sub-groups after them). It does not judge which
// attachment is right.
#ifndef DOSSIER_RECONCILE_FIGURES_NOTES_H_
#define DOSSIER_RECONCILE_FIGURES_NOTES_H_

#include <functional>
#include <string_view>
#include <vector>

#include "dossier/reconcile.h"

namespace dossier::reconcile {

// A value v (>= min_value, not money, not a range) given under figure A by
// some reports and under figure B (another category or group) by others,
// where neither set of reports also gives the other, is a conflation. Values
// whose reports and categories split the same way share one note.
std::vector<FigureNote> FindConflations(const std::vector<Figure>& figures, double min_value);

// Top-level figures by category rank, then by documents; each parent is
// followed by its sub-groups.
std::vector<Figure> OrderFigures(std::vector<Figure> figures,
                                 const std::function<int(std::string_view)>& category_rank);

}  // namespace dossier::reconcile

#endif  // DOSSIER_RECONCILE_FIGURES_NOTES_H_
