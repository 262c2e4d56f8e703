// Plain-text tables of a reconciliation for a terminal: aligned columns,
// long cells cut with "...". Lists are capped at the first rows of each kind
// where noted; the JSON has everything.
#include <cstdio>
#include <string>
#include <vector>

#include "dossier/reconcile.h"

namespace dossier {
namespace {

constexpr size_t kMaxCell = 60;

// Display width: UTF-8 code points.
size_t Width(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string Cut(std::string_view s, size_t max = kMaxCell) {
  if (Width(s) <= max) return std::string(s);
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n > max - 3) break;
    out.push_back(s[i]);
  }
  return out + "...";
}

std::string Num(double v) {
  char buf[40];
  if (v == static_cast<double>(static_cast<long long>(v))) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v));
  } else {
    std::snprintf(buf, sizeof buf, "%.3g", v);
  }
  return buf;
}

std::string Join(const std::vector<std::string>& items, std::string_view sep = ", ") {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

class Table {
 public:
  explicit Table(std::vector<std::string> header) { rows_.push_back(std::move(header)); }
  void Row(std::vector<std::string> cells) {
    for (std::string& c : cells) c = Cut(c);
    rows_.push_back(std::move(cells));
  }
  [[nodiscard]] std::string Render() const {
    std::vector<size_t> widths;
    for (const auto& row : rows_) {
      if (widths.size() < row.size()) widths.resize(row.size(), 0);
      for (size_t i = 0; i < row.size(); ++i) widths[i] = std::max(widths[i], Width(row[i]));
    }
    std::string out;
    for (const auto& row : rows_) {
      std::string line;
      for (size_t i = 0; i < row.size(); ++i) {
        line += row[i];
        if (i + 1 < row.size()) line.append(widths[i] - Width(row[i]) + 2, ' ');
      }
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out += line + "\n";
    }
    return out;
  }

 private:
  std::vector<std::vector<std::string>> rows_;
};

std::string ValueLabel(const FigureValue& v) {
  std::string s;
  if (v.qualifier != "exact") s = v.qualifier + " ";
  s += Num(v.value);
  if (v.value_high) s += "-" + Num(*v.value_high);
  if (v.latest) s += " (latest)";
  return s;
}

}  // namespace

std::string SourcesText(const Reconciliation& r) {
  Table t({"ID", "SOURCE", "DATE", "GROUP", "SIMILARITY", "LEAD"});
  for (const SourceRow& s : r.sources) {
    char sim[16];
    std::snprintf(sim, sizeof sim, "%.2f", s.similarity);
    t.Row({s.id, s.source.empty() ? "-" : s.source, s.date.empty() ? "-" : s.date,
           std::to_string(s.group), sim, s.lead});
  }
  return t.Render() + std::to_string(r.sources.size()) + " documents, " +
         std::to_string(r.group_count) + " independent source groups\n";
}

std::string FiguresText(const Reconciliation& r) {
  Table t({"FIGURE", "PARENT", "STATUS", "LOW", "BEST", "HIGH", "VALUES (documents/groups)"});
  for (const Figure& f : r.figures) {
    std::vector<std::string> values;
    for (const FigureValue& v : f.values) {
      values.push_back(ValueLabel(v) + " (" + std::to_string(v.documents.size()) + "/" +
                       std::to_string(v.independent_groups) + ")");
    }
    t.Row({f.id, f.parent.empty() ? "-" : f.parent, f.status, Num(f.low), Num(f.best), Num(f.high),
           Join(values, "; ")});
  }
  std::string out = t.Render();
  for (const FigureNote& n : r.conflations) out += "note: " + n.text + "\n";
  return out;
}

std::string TimelineText(const Reconciliation& r) {
  Table t({"DATE", "PART", "SOURCES", "MENTIONS", "FIRST SENTENCE"});
  for (const TimelineEntry& e : r.timeline) {
    std::string sentence = e.mentions.empty() ? "" : e.mentions[0].evidence.sentence;
    t.Row({e.date, e.parts_of_day.empty() ? "-" : Join(e.parts_of_day),
           std::to_string(e.sources.size()), std::to_string(e.mention_count), sentence});
  }
  return t.Render();
}

std::string EntitiesText(const Reconciliation& r) {
  Table t({"NAME", "TYPE", "MENTIONS", "SOURCES", "PER SOURCE"});
  for (const EntityRow& e : r.entities) {
    std::vector<std::string> per;
    for (const auto& [doc, n] : e.per_source) per.push_back(doc + ":" + std::to_string(n));
    t.Row({e.name, e.type, std::to_string(e.mentions), std::to_string(e.per_source.size()),
           Join(per, " ")});
  }
  return t.Render();
}

std::string QuotesText(const Reconciliation& r) {
  Table t({"SPEAKER", "SOURCES", "KIND", "QUOTE"});
  for (const QuoteRow& q : r.quotes) {
    t.Row({q.speaker.empty() ? "(unknown)" : q.speaker, std::to_string(q.sources.size()), q.kind,
           q.text});
  }
  return t.Render();
}

std::string WordingText(const Reconciliation& r) {
  Table t({"PHRASE", "KIND", "TOTAL", "PER SOURCE"});
  for (const WordingTerm& w : r.wording) {
    std::vector<std::string> per;
    for (const auto& [doc, n] : w.per_source) per.push_back(doc + ":" + std::to_string(n));
    t.Row({w.phrase, w.kind, std::to_string(w.total), Join(per, " ")});
  }
  return t.Render();
}

}  // namespace dossier
