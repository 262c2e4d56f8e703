// Evidence anchors, number and date labels, and the SVG timeline overview
// (one row per entry, evenly spaced so decades apart stay readable; bar
// length is the number of reports giving the date).
#include "report/parts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "dossier/report.h"

namespace dossier::report {

std::string EvidenceIndex::Anchor(const Evidence& e) {
  auto key = std::make_tuple(e.document, e.start, e.end);
  auto [it, inserted] = ids_.try_emplace(key, items_.size());
  if (inserted) items_.push_back(&e);
  return "ev-" + std::to_string(it->second + 1);
}

void EvidenceIndex::AppendLink(const Evidence& e, std::string_view label, std::string* out) {
  *out += "<a class=\"ev\" href=\"#";
  *out += Anchor(e);
  *out += "\" title=\"";
  AppendHtmlEscaped(e.document, out);
  *out += "\">";
  AppendHtmlEscaped(label, out);
  *out += "</a>";
}

std::string FormatNumber(double v) {
  if (!std::isfinite(v)) return "-";
  char buf[48];
  if (v != std::floor(v) || std::fabs(v) >= 1e15) {
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
  }
  std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(std::fabs(v)));
  std::string digits = buf;
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return v < 0 ? "-" + out : out;
}

std::string ShortDate(std::string_view date) {
  size_t slash = date.find('/');
  if (slash == std::string_view::npos) return std::string(date);
  std::string_view a = date.substr(0, slash);
  std::string_view b = date.substr(slash + 1);
  if (a.size() == 10 && b.size() == 10 && a.substr(0, 8) == b.substr(0, 8)) {
    return std::string(a) + " to " + std::string(b.substr(8));
  }
  return std::string(a) + " to " + std::string(b);
}

void AppendTimelineSvg(const Reconciliation& r, size_t max_rows, std::string* out) {
  const size_t n = std::min(max_rows, r.timeline.size());
  if (n == 0) return;
  constexpr int kRow = 30;
  constexpr int kAxis = 178;
  constexpr int kBarMax = 190;
  size_t most = 1;
  for (size_t i = 0; i < n; ++i) most = std::max(most, r.timeline[i].sources.size());
  const int height = static_cast<int>(n) * kRow + 10;
  *out += "<svg class=\"tl-svg\" viewBox=\"0 0 480 " + std::to_string(height) +
          "\" role=\"img\" aria-label=\"Timeline overview: " + std::to_string(n) +
          " dated entries\">";
  *out += "<line class=\"axis\" x1=\"" + std::to_string(kAxis) + "\" y1=\"4\" x2=\"" +
          std::to_string(kAxis) + "\" y2=\"" + std::to_string(height - 4) + "\"/>";
  for (size_t i = 0; i < n; ++i) {
    const TimelineEntry& e = r.timeline[i];
    const int y = static_cast<int>(i) * kRow + 20;
    const int bar =
        std::max(6, static_cast<int>(kBarMax * static_cast<double>(e.sources.size()) / most));
    std::string label = ShortDate(e.date);
    if (!e.parts_of_day.empty()) label += " (" + e.parts_of_day[0] + ")";
    *out += "<a href=\"#tl-" + std::to_string(i + 1) + "\"><text x=\"0\" y=\"" +
            std::to_string(y + 4) + "\">";
    AppendHtmlEscaped(label, out);
    *out += "</text><circle class=\"dot\" cx=\"" + std::to_string(kAxis) + "\" cy=\"" +
            std::to_string(y) + "\" r=\"5\"/><rect class=\"bar\" x=\"" +
            std::to_string(kAxis + 10) + "\" y=\"" + std::to_string(y - 7) + "\" width=\"" +
            std::to_string(bar) + "\" height=\"14\" rx=\"3\"/><text x=\"" +
            std::to_string(kAxis + 16 + bar) + "\" y=\"" + std::to_string(y + 4) + "\">" +
            std::to_string(e.sources.size()) + (e.sources.size() == 1 ? " report" : " reports") +
            "</text></a>";
  }
  *out += "</svg>";
}

}  // namespace dossier::report
