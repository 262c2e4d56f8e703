// Conflation notes and figure order. A note names the value(s), the
// categories and figures, and which reports attach the number to what; its
// wording is descriptive only.
#include "reconcile/figures_notes.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

namespace dossier::reconcile {
namespace {

struct Use {
  size_t figure = 0;
  std::vector<std::string> docs;  // sorted
};

bool Subset(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::includes(b.begin(), b.end(), a.begin(), a.end());
}

std::string Num(double v) {
  char buf[32];
  if (v == static_cast<double>(static_cast<long long>(v))) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

std::string Join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

// One side of a note: a category, the reports, the figures they use.
struct Side {
  std::string category;
  std::vector<std::string> docs;
  std::vector<std::string> figures;
};

struct NoteBuild {
  std::vector<double> values;
  std::vector<Side> sides;
};

// At most a few report ids in a note's text; the rest are counted.
std::string DocList(const std::vector<std::string>& docs) {
  constexpr size_t kShown = 5;
  if (docs.size() <= kShown) return Join(docs, ", ");
  std::vector<std::string> first(docs.begin(), docs.begin() + kShown);
  return Join(first, ", ") + " and " + std::to_string(docs.size() - kShown) + " more";
}

std::string NoteText(const NoteBuild& nb) {
  std::vector<std::string> values;
  for (double v : nb.values) values.push_back(Num(v));
  std::vector<std::string> parts;
  for (const Side& s : nb.sides) {
    parts.push_back(Join(s.figures, ", ") + " in " + DocList(s.docs));
  }
  return Join(values, ", ") + (nb.values.size() > 1 ? " appear as " : " appears as ") +
         Join(parts, "; as ") + ".";
}

}  // namespace

namespace {

using Sides = std::map<std::pair<std::string, std::vector<std::string>>, std::vector<std::string>>;

// The uses of one value that neither holds the other's reports, grouped by
// (category, reports): the sides a conflation note sets apart.
Sides SidesOf(const std::vector<Figure>& figures, const std::vector<Use>& uses) {
  std::vector<bool> involved(uses.size(), false);
  for (size_t a = 0; a < uses.size(); ++a) {
    for (size_t b = a + 1; b < uses.size(); ++b) {
      if (Subset(uses[a].docs, uses[b].docs) || Subset(uses[b].docs, uses[a].docs)) continue;
      involved[a] = involved[b] = true;
    }
  }
  Sides sides;
  for (size_t a = 0; a < uses.size(); ++a) {
    if (!involved[a]) continue;
    const Figure& f = figures[uses[a].figure];
    sides[{f.category, uses[a].docs}].push_back(f.id);
  }
  return sides;
}

// Adds a value's sides to the note of the same split of reports.
void AddToNote(double value, const Sides& sides, std::map<std::string, NoteBuild>* notes,
               std::vector<std::string>* order) {
  std::string signature;
  for (const auto& [k, ids] : sides) signature += k.first + "=" + Join(k.second, ",") + ";";
  auto [it, inserted] = notes->try_emplace(signature);
  if (inserted) order->push_back(signature);
  NoteBuild& nb = it->second;
  nb.values.push_back(value);
  if (inserted) {
    for (const auto& [k, ids] : sides) nb.sides.push_back(Side{k.first, k.second, {}});
  }
  size_t s = 0;
  for (const auto& [k, ids] : sides) {
    for (const std::string& id : ids) nb.sides[s].figures.push_back(id);
    ++s;
  }
}

// The note of one split: larger values first, the side with more reports
// first, each category and figure once.
FigureNote WriteNote(NoteBuild& nb) {
  std::sort(nb.values.rbegin(), nb.values.rend());
  std::stable_sort(nb.sides.begin(), nb.sides.end(),
                   [](const Side& a, const Side& b) { return a.docs.size() > b.docs.size(); });
  FigureNote note;
  note.kind = "conflation";
  note.values = nb.values;
  for (const Side& s : nb.sides) {
    if (std::find(note.categories.begin(), note.categories.end(), s.category) ==
        note.categories.end()) {
      note.categories.push_back(s.category);
    }
    for (const std::string& id : s.figures) {
      if (std::find(note.figures.begin(), note.figures.end(), id) == note.figures.end()) {
        note.figures.push_back(id);
      }
    }
  }
  note.text = NoteText(nb);
  return note;
}

}  // namespace

std::vector<FigureNote> FindConflations(const std::vector<Figure>& figures, double min_value) {
  std::map<double, std::vector<Use>> by_value;
  for (size_t i = 0; i < figures.size(); ++i) {
    if (!figures[i].unit.empty()) continue;
    for (const FigureValue& v : figures[i].values) {
      if (v.value_high || v.value < min_value) continue;
      Use u{i, v.documents};
      std::sort(u.docs.begin(), u.docs.end());
      by_value[v.value].push_back(std::move(u));
    }
  }
  std::map<std::string, NoteBuild> notes;  // keyed by how the reports split
  std::vector<std::string> order;
  for (const auto& [value, uses] : by_value) {
    Sides sides = SidesOf(figures, uses);
    if (sides.size() >= 2) AddToNote(value, sides, &notes, &order);
  }
  std::vector<FigureNote> out;
  out.reserve(order.size());
  for (const std::string& sig : order) out.push_back(WriteNote(notes[sig]));
  return out;
}

std::vector<Figure> OrderFigures(std::vector<Figure> figures,
                                 const std::function<int(std::string_view)>& category_rank) {
  std::unordered_map<std::string, size_t> by_id;
  std::vector<size_t> docs(figures.size(), 0);
  for (size_t i = 0; i < figures.size(); ++i) {
    by_id[figures[i].id] = i;
    std::set<std::string> d;
    for (const FigureValue& v : figures[i].values) d.insert(v.documents.begin(), v.documents.end());
    docs[i] = d.size();
  }
  std::vector<size_t> top;
  std::unordered_map<size_t, std::vector<size_t>> children;
  for (size_t i = 0; i < figures.size(); ++i) {
    auto it = by_id.find(figures[i].parent);
    if (figures[i].parent.empty() || it == by_id.end() || it->second == i) {
      top.push_back(i);
    } else {
      children[it->second].push_back(i);
    }
  }
  auto by_weight = [&](size_t a, size_t b) {
    if (docs[a] != docs[b]) return docs[a] > docs[b];
    return figures[a].id < figures[b].id;
  };
  std::sort(top.begin(), top.end(), [&](size_t a, size_t b) {
    int ra = category_rank(figures[a].category);
    int rb = category_rank(figures[b].category);
    if (ra != rb) return ra < rb;
    return by_weight(a, b);
  });
  std::vector<bool> done(figures.size(), false);
  std::vector<Figure> out;
  std::vector<size_t> stack;
  for (size_t t : top) {
    stack.push_back(t);
    while (!stack.empty()) {
      size_t i = stack.back();
      stack.pop_back();
      if (done[i]) continue;
      done[i] = true;
      out.push_back(std::move(figures[i]));
      std::vector<size_t>& kids = children[i];
      std::sort(kids.begin(), kids.end(), by_weight);
      for (auto k = kids.rbegin(); k != kids.rend(); ++k) stack.push_back(*k);
    }
  }
  for (size_t i = 0; i < figures.size(); ++i) {
    if (!done[i]) out.push_back(std::move(figures[i]));  // parent cycles
  }
  return out;
}

}  // namespace dossier::reconcile
