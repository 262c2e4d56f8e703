// The HTML dossier: one self-contained page from a Reconciliation. Sections
// are written in reading order; evidence anchors are collected on the way
// and the evidence section (each cited sentence with its span marked) comes
// last. The page's own words describe; they never take a side.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

#include "dossier/report.h"
#include "report/parts.h"

namespace dossier {

void AppendHtmlEscaped(std::string_view text, std::string* out) {
  for (char c : text) {
    switch (c) {
      case '&':
        *out += "&amp;";
        break;
      case '<':
        *out += "&lt;";
        break;
      case '>':
        *out += "&gt;";
        break;
      case '"':
        *out += "&quot;";
        break;
      case '\'':
        *out += "&#39;";
        break;
      default:
        out->push_back(c);
    }
  }
}

namespace {

using report::EvidenceIndex;
using report::FormatNumber;

constexpr const char* kGroupColors[] = {"#2457a6", "#a23b1d", "#2f6f4f", "#7a4fa0", "#b07d12",
                                        "#197a86", "#8c3b62", "#4d5d1f", "#5b6673", "#c2571a"};

struct DocRef {
  size_t number = 0;  // R1, R2, ...
  const SourceRow* row = nullptr;
};

class Page {
 public:
  Page(const Reconciliation& r, const ReportOptions& o, std::string* out)
      : r_(r), o_(o), out_(*out) {
    for (size_t i = 0; i < r.sources.size(); ++i) docs_[r.sources[i].id] = {i + 1, &r.sources[i]};
  }
  void Write();

 private:
  void Esc(std::string_view s) { AppendHtmlEscaped(s, &out_); }
  void Raw(std::string_view s) { out_ += s; }
  std::string DocLabel(const std::string& id) {
    auto it = docs_.find(id);
    return it == docs_.end() ? id : "R" + std::to_string(it->second.number);
  }
  void DocList(const std::vector<std::string>& ids);
  void Links(const std::vector<Evidence>& ev, size_t max = 12);
  void Head();
  void Figures();
  void FigureRow(const Figure& f);
  void FigureName(const Figure& f);
  void FigureStatus(const Figure& f);
  void FigureValueItem(const FigureValue& v);
  void FigureNotes(const Figure& f);
  [[nodiscard]] size_t ConflationIndex(const FigureNote& n) const;
  void Conflations();
  void Timeline();
  void Sources();
  void Entities();
  void Quotes();
  void Wording();
  void EvidenceSection();

  const Reconciliation& r_;
  const ReportOptions& o_;
  std::string& out_;
  std::map<std::string, DocRef> docs_;
  EvidenceIndex ev_;
};

std::string Anchorize(std::string_view id) {
  std::string out;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    out += ok ? c : '-';
  }
  return out;
}

void Page::DocList(const std::vector<std::string>& ids) {
  for (size_t i = 0; i < ids.size(); ++i) {
    if (i) Raw(" ");
    Raw("<span title=\"");
    Esc(ids[i]);
    Raw("\">");
    Esc(DocLabel(ids[i]));
    Raw("</span>");
  }
}

void Page::Links(const std::vector<Evidence>& ev, size_t max) {
  std::map<std::string, int> seen;
  for (size_t i = 0; i < ev.size() && i < max; ++i) {
    const int n = ++seen[ev[i].document];
    std::string label = DocLabel(ev[i].document);
    if (n > 1) label += "." + std::to_string(n);
    ev_.AppendLink(ev[i], label, &out_);
  }
}

void Page::Head() {
  Raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  Esc(o_.title);
  Raw("</title>\n<style>");
  Raw(report::kReportCss);
  Raw("</style>\n</head>\n<body id=\"top\">\n<header class=\"top\"><div class=\"wrap\">\n<h1>");
  Esc(o_.title);
  Raw("</h1>\n");
  if (!o_.subtitle.empty()) {
    Raw("<p class=\"sub\">");
    Esc(o_.subtitle);
    Raw("</p>\n");
  }
  int conflicts = 0;
  for (const Figure& f : r_.figures) conflicts += f.status == "conflict";
  Raw("<ul class=\"summary\"><li><b>" + std::to_string(r_.sources.size()) +
      "</b> reports</li><li><b>" + std::to_string(r_.group_count) +
      "</b> independent source groups</li><li><b>" + std::to_string(r_.figures.size()) +
      "</b> figures</li><li><b>" + std::to_string(conflicts) +
      "</b> with differing values</li><li><b>" + std::to_string(r_.conflations.size()) +
      "</b> conflation notes</li><li><b>" + std::to_string(r_.timeline.size()) +
      "</b> timeline entries</li></ul>\n");
  Raw("<p class=\"sub\">Every figure, date, name and quote links to the sentence it comes from. "
      "This dossier groups and counts what the reports say; it does not decide which report "
      "is right.</p>\n</div></header>\n");
  Raw("<nav class=\"toc\" aria-label=\"Sections\"><div class=\"wrap\">"
      "<a href=\"#figures\">Figures</a>"
      "<a href=\"#timeline\">Timeline</a><a href=\"#sources\">Sources</a>"
      "<a href=\"#entities\">People &amp; organisations</a><a href=\"#quotes\">Quotes</a>"
      "<a href=\"#wording\">Wording</a><a href=\"#evidence\">Evidence</a></div></nav>\n<main>\n");
}

void Page::FigureRow(const Figure& f) {
  bool conflated = false;
  for (const FigureNote& n : f.notes) conflated = conflated || n.kind == "conflation";
  Raw("<tr id=\"fig-" + Anchorize(f.id) + "\" class=\"figure");
  if (!f.parent.empty()) Raw(" sub");
  if (f.status == "conflict") Raw(" conflict");
  if (conflated) Raw(" conflated");
  Raw("\" data-status=\"");
  Esc(f.status);
  Raw("\">");
  FigureName(f);
  FigureStatus(f);
  Raw("<td class=\"num\" data-label=\"Low\">" + FormatNumber(f.low) +
      "</td><td class=\"num\" data-label=\"Best\"><b>" + FormatNumber(f.best) +
      "</b></td><td class=\"num\" data-label=\"High\">" + FormatNumber(f.high) +
      "</td><td class=\"values\" data-label=\"Values\"><ul class=\"values\">");
  for (const FigureValue& v : f.values) FigureValueItem(v);
  Raw("</ul>");
  FigureNotes(f);
  Raw("</td><td class=\"num\" data-label=\"Groups\">" + std::to_string(f.independent_groups) +
      "</td></tr>\n");
}

// The figure cell: category, group, unit and up to six other nouns used.
void Page::FigureName(const Figure& f) {
  Raw("<td class=\"fig\" data-label=\"Figure\"><b>");
  Esc(f.category);
  Raw("</b> &middot; ");
  Esc(f.group);
  if (!f.unit.empty()) {
    Raw(" (");
    Esc(f.unit);
    Raw(")");
  }
  std::vector<std::string> nouns;
  for (const std::string& n : f.nouns) {
    if (n != f.group && nouns.size() < 6) nouns.push_back(n);
  }
  if (!nouns.empty()) {
    Raw("<div class=\"meta\">as ");
    for (size_t i = 0; i < nouns.size(); ++i) {
      if (i) Raw(", ");
      Esc(nouns[i]);
    }
    Raw("</div>");
  }
  Raw("</td>");
}

// The status cell: the status badge and the rule that chose the best value.
void Page::FigureStatus(const Figure& f) {
  Raw("<td class=\"status\" data-label=\"Status\"><span class=\"badge st-");
  Esc(f.status);
  Raw("\">");
  std::string status = f.status;
  std::replace(status.begin(), status.end(), '_', ' ');
  Esc(status);
  Raw("</span><div class=\"meta\">best: ");
  std::string rule = f.best_rule;
  std::replace(rule.begin(), rule.end(), '_', ' ');
  Esc(rule);
  Raw("</div></td>");
}

// One value: its qualifier and number, reports, groups, dates,
// attributions and evidence links.
void Page::FigureValueItem(const FigureValue& v) {
  Raw("<li><span class=\"val\">");
  if (v.qualifier != "exact") {
    std::string q = v.qualifier;
    std::replace(q.begin(), q.end(), '_', ' ');
    Esc(q);
    Raw(" ");
  }
  Raw(FormatNumber(v.value));
  if (v.value_high) Raw("&ndash;" + FormatNumber(*v.value_high));
  Raw("</span>");
  if (v.latest) Raw("<span class=\"latest\">latest</span>");
  Raw(" <span class=\"meta\">" + std::to_string(v.documents.size()) +
      (v.documents.size() == 1 ? " report &middot; " : " reports &middot; ") +
      std::to_string(v.independent_groups) + (v.independent_groups == 1 ? " group" : " groups"));
  if (!v.first_date.empty()) {
    Raw(" &middot; ");
    Esc(v.first_date);
    if (v.last_date != v.first_date) {
      Raw(" to ");
      Esc(v.last_date);
    }
  }
  if (!v.attributions.empty()) {
    Raw("<br>according to ");
    for (size_t i = 0; i < v.attributions.size() && i < 4; ++i) {
      if (i) Raw("; ");
      Esc(v.attributions[i]);
    }
  }
  Raw("</span><br>");
  Links(v.evidence);
  Raw("</li>");
}

// The figure's notes: a link to its conflation, or the text of a note.
void Page::FigureNotes(const Figure& f) {
  for (const FigureNote& n : f.notes) {
    if (n.kind == "conflation") {
      Raw("<div><a class=\"flag\" href=\"#cf-" + std::to_string(ConflationIndex(n)) +
          "\">same number, other figure</a></div>");
      continue;
    }
    Raw("<div><span class=\"flag\">several values per report</span> <span class=\"meta\">");
    Esc(n.text);
    Raw("</span></div>");
  }
}

size_t Page::ConflationIndex(const FigureNote& n) const {
  for (size_t i = 0; i < r_.conflations.size(); ++i) {
    if (r_.conflations[i].text == n.text) return i + 1;
  }
  return 0;
}

void Page::Figures() {
  Raw("<section id=\"figures\"><h2>Figures</h2>\n<p class=\"lede\">Counts grouped by what they "
      "count. <b>agreed</b>: every value fits the others once qualifiers are read "
      "(&ldquo;at least 30&rdquo; fits 44); <b>conflict</b>: values that cannot all hold; "
      "<b>single source</b>: one independent source group; <b>changed over time</b>: values "
      "that rise with report date, the latest marked. Best follows the rule named under the "
      "status. Links open the sentence each value comes from.</p>\n");
  if (r_.figures.empty()) {
    Raw("<p>No figures were found in these reports.</p></section>\n");
    return;
  }
  Raw("<div class=\"scroll\"><table class=\"cards figures\"><thead><tr><th>Figure</th>"
      "<th>Status</th><th class=\"num\">Low</th><th class=\"num\">Best</th>"
      "<th class=\"num\">High</th><th>Values, reports and evidence</th>"
      "<th class=\"num\">Groups</th></tr></thead><tbody>\n");
  for (size_t i = 0; i < r_.figures.size() && i < o_.max_rows; ++i) FigureRow(r_.figures[i]);
  Raw("</tbody></table></div>\n");
  Conflations();
  Raw("</section>\n");
}

void Page::Conflations() {
  if (r_.conflations.empty()) return;
  Raw("<h3 id=\"conflations\">Conflation notes</h3><p class=\"lede\">The same number attached "
      "to different things in different reports. Shown for a reader to check, not "
      "resolved.</p><ul class=\"notes\">");
  for (size_t i = 0; i < r_.conflations.size(); ++i) {
    const FigureNote& n = r_.conflations[i];
    Raw("<li id=\"cf-" + std::to_string(i + 1) + "\">");
    Esc(n.text);
    Raw(" <span class=\"meta\">Figures:");
    for (const std::string& id : n.figures) {
      Raw(" <a href=\"#fig-" + Anchorize(id) + "\">");
      Esc(id);
      Raw("</a>");
    }
    Raw("</span></li>");
  }
  Raw("</ul>\n");
}

void Page::Timeline() {
  Raw("<section id=\"timeline\"><h2>Timeline</h2>\n<p class=\"lede\">Dates the reports give, "
      "merged across reports: one entry per day or night however each report words it. "
      "Dates inferred from &ldquo;N years ago&rdquo; or an anniversary say how they were "
      "reached.</p>\n");
  if (r_.timeline.empty()) {
    Raw("<p>No dated mentions were found.</p></section>\n");
    return;
  }
  report::AppendTimelineSvg(r_, std::min<size_t>(o_.max_rows, 60), &out_);
  Raw("<ol class=\"timeline\">\n");
  for (size_t i = 0; i < r_.timeline.size() && i < o_.max_rows; ++i) {
    const TimelineEntry& e = r_.timeline[i];
    Raw("<li id=\"tl-" + std::to_string(i + 1) + "\"><span class=\"when\">");
    Esc(report::ShortDate(e.date));
    Raw("</span>");
    for (const std::string& p : e.parts_of_day) {
      Raw(" <span class=\"flag\">");
      Esc(p);
      Raw("</span>");
    }
    Raw(" <span class=\"meta\">" + std::to_string(e.sources.size()) +
        (e.sources.size() == 1 ? " report: " : " reports: "));
    DocList(e.sources);
    Raw("</span>");
    for (const TimelineMention& m : e.mentions) {
      Raw("<div class=\"mention\">");
      ev_.AppendLink(m.evidence, DocLabel(m.document), &out_);
      Raw(" &ldquo;");
      Esc(m.evidence.text);
      Raw("&rdquo;");
      if (!m.note.empty()) {
        Raw(" <span class=\"meta\">(");
        Esc(m.note);
        Raw(")</span>");
      }
      Raw("</div>");
    }
    Raw("</li>\n");
  }
  Raw("</ol></section>\n");
}

void Page::Sources() {
  Raw("<section id=\"sources\"><h2>Sources</h2>\n<p class=\"lede\">Reports whose wording is "
      "nearly the same (word 5-shingle similarity &ge; 0.5, MinHash estimate) form one "
      "source group, led by its earliest report. Corroboration counts groups, not "
      "articles.</p>\n<div class=\"scroll\"><table class=\"cards\"><thead><tr><th>Report</th>"
      "<th>Document</th><th>Source</th><th>Date</th><th>Group</th>"
      "<th class=\"num\">Similarity to lead</th></tr></thead><tbody>\n");
  for (size_t i = 0; i < r_.sources.size(); ++i) {
    const SourceRow& s = r_.sources[i];
    const char* color = kGroupColors[(s.group - 1 + 10) % 10];
    Raw("<tr id=\"src-" + std::to_string(i + 1) + "\"><td data-label=\"Report\">R" +
        std::to_string(i + 1) + "</td><td data-label=\"Document\">");
    Esc(s.id);
    if (!s.title.empty()) {
      Raw("<div class=\"meta\">");
      Esc(s.title);
      Raw("</div>");
    }
    Raw("</td><td data-label=\"Source\">");
    Esc(s.source.empty() ? "-" : s.source);
    Raw("</td><td data-label=\"Date\">");
    Esc(s.date.empty() ? "undated" : s.date);
    Raw("</td><td data-label=\"Group\"><span class=\"swatch\" style=\"background:" +
        std::string(color) + "\"></span>" + std::to_string(s.group));
    if (s.lead == s.id) {
      Raw(" <span class=\"meta\">lead</span>");
    } else {
      Raw(" <span class=\"meta\">lead ");
      Esc(DocLabel(s.lead));
      Raw("</span>");
    }
    char sim[16];
    std::snprintf(sim, sizeof sim, "%.2f", s.similarity);
    Raw("</td><td class=\"num\" data-label=\"Similarity\">" + std::string(sim) + "</td></tr>\n");
  }
  Raw("</tbody></table></div></section>\n");
}

void Page::Entities() {
  Raw("<section id=\"entities\"><h2>People and organisations</h2>\n<p class=\"lede\">Names "
      "merged across reports, with how often each report mentions them.</p>\n");
  Raw("<div class=\"scroll\"><table class=\"cards\"><thead><tr><th>Name</th><th>Type</th>"
      "<th class=\"num\">Mentions</th><th>Per report</th><th>Evidence</th></tr></thead><tbody>\n");
  size_t shown = 0;
  for (const EntityRow& e : r_.entities) {
    if (shown >= o_.max_rows) break;
    if (e.type != "person" && e.type != "organization" && e.type != "group") continue;
    ++shown;
    Raw("<tr><td data-label=\"Name\"><b>");
    Esc(e.name);
    Raw("</b>");
    if (!e.roles.empty()) {
      Raw("<div class=\"meta\">");
      Esc(e.roles[0]);
      Raw("</div>");
    }
    Raw("</td><td data-label=\"Type\">");
    Esc(e.type);
    Raw("</td><td class=\"num\" data-label=\"Mentions\">" + std::to_string(e.mentions) +
        "</td><td data-label=\"Per report\">");
    for (size_t i = 0; i < e.per_source.size() && i < 20; ++i) {
      if (i) Raw(", ");
      Esc(DocLabel(e.per_source[i].first));
      Raw("&times;" + std::to_string(e.per_source[i].second));
    }
    Raw("</td><td data-label=\"Evidence\">");
    Links(e.evidence, 8);
    Raw("</td></tr>\n");
  }
  Raw("</tbody></table></div></section>\n");
}

void Page::Quotes() {
  Raw("<section id=\"quotes\"><h2>Quotes</h2>\n<p class=\"lede\">By speaker; the same words "
      "in several reports are one entry.</p>\n");
  if (r_.quotes.empty()) Raw("<p>No quotes were found.</p>\n");
  for (size_t i = 0; i < r_.quotes.size() && i < o_.max_rows; ++i) {
    const QuoteRow& q = r_.quotes[i];
    Raw("<blockquote><p>&ldquo;");
    Esc(q.text);
    Raw("&rdquo;</p><div class=\"meta\">&mdash; ");
    Esc(q.speaker.empty() ? "speaker not named" : q.speaker);
    Raw(" &middot; " + std::to_string(q.sources.size()) +
        (q.sources.size() == 1 ? " report " : " reports "));
    Links(q.evidence);
    Raw("</div></blockquote>\n");
  }
  Raw("</section>\n");
}

void Page::Wording() {
  Raw("<section id=\"wording\"><h2>Wording</h2>\n<p class=\"lede\">The phrases each report "
      "uses for the event and its parties, counted per report, side by side.</p>\n");
  const size_t cols = std::min(o_.max_wording_columns, r_.sources.size());
  Raw("<div class=\"scroll\"><table class=\"wording\"><thead><tr><th>Phrase</th><th>Kind</th>");
  for (size_t c = 0; c < cols; ++c) {
    Raw("<th class=\"num\" title=\"");
    Esc(r_.sources[c].id);
    Raw("\">R" + std::to_string(c + 1) + "</th>");
  }
  if (r_.sources.size() > cols) Raw("<th class=\"num\">others</th>");
  Raw("</tr></thead><tbody>\n");
  for (size_t i = 0; i < r_.wording.size() && i < o_.max_rows; ++i) {
    const WordingTerm& t = r_.wording[i];
    Raw("<tr><td>");
    ev_.AppendLink(t.example, t.phrase, &out_);
    Raw("</td><td class=\"meta\">");
    Esc(t.kind);
    Raw("</td>");
    std::vector<int> counts(cols, 0);
    int others = 0;
    for (const auto& [doc, n] : t.per_source) {
      auto it = docs_.find(doc);
      if (it != docs_.end() && it->second.number <= cols) {
        counts[it->second.number - 1] = n;
      } else {
        others += n;
      }
    }
    for (int n : counts) {
      Raw(n ? "<td class=\"num hit\">" + std::to_string(n) + "</td>" : "<td class=\"num\"></td>");
    }
    if (r_.sources.size() > cols) Raw("<td class=\"num\">" + std::to_string(others) + "</td>");
    Raw("</tr>\n");
  }
  Raw("</tbody></table></div></section>\n");
}

void Page::EvidenceSection() {
  Raw("<section id=\"evidence\"><h2>Evidence</h2>\n<p class=\"lede\">Each cited sentence, with "
      "the words cited marked. Offsets are byte offsets into the report's text.</p>\n");
  const std::vector<const Evidence*>& items = ev_.items();
  for (size_t i = 0; i < items.size(); ++i) {
    const Evidence& e = *items[i];
    Raw("<div class=\"evidence\" id=\"ev-" + std::to_string(i + 1) + "\"><div class=\"meta\">" +
        DocLabel(e.document) + " &middot; ");
    Esc(e.document);
    auto it = docs_.find(e.document);
    if (it != docs_.end() && !it->second.row->source.empty()) {
      Raw(" &middot; ");
      Esc(it->second.row->source);
    }
    if (it != docs_.end() && !it->second.row->date.empty()) {
      Raw(" &middot; ");
      Esc(it->second.row->date);
    }
    Raw(" &middot; bytes " + std::to_string(e.start) + "&ndash;" + std::to_string(e.end) +
        "</div><p>");
    const std::string& s = e.sentence;
    size_t a = e.start >= e.sentence_start ? std::min(e.start - e.sentence_start, s.size()) : 0;
    size_t b = e.end >= e.sentence_start ? std::min(e.end - e.sentence_start, s.size()) : 0;
    b = std::max(a, b);
    Esc(std::string_view(s).substr(0, a));
    Raw("<mark>");
    Esc(std::string_view(s).substr(a, b - a));
    Raw("</mark>");
    Esc(std::string_view(s).substr(b));
    Raw("</p><a class=\"back\" href=\"#top\">back to top</a></div>\n");
  }
  Raw("</section>\n");
}

void Page::Write() {
  Head();
  Figures();
  Timeline();
  Sources();
  Entities();
  Quotes();
  Wording();
  EvidenceSection();
  Raw("</main>\n<footer>Made by dossier from " + std::to_string(r_.sources.size()) +
      " reports. It cites; it does not judge.</footer>\n</body>\n</html>\n");
}

}  // namespace

void WriteHtmlReport(const Reconciliation& r, const ReportOptions& options, std::string* out) {
  out->clear();
  Page page(r, options, out);
  page.Write();
}

}  // namespace dossier
