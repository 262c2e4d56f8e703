// The last steps of every document: UTF-8 repair, NFC, trimming, id and
// reference date. Also the loose date parser for metadata dates.
#include <simdjson.h>

#include <cctype>
#include <cstring>

#include "core/utf8.h"
#include "dossier/text.h"
#include "ingest/internal.h"

namespace dossier::ingest {

void Context::Warn(const std::string& location, const std::string& message) const {
  ++stats->warnings;
  (*on_diagnostic)(Diagnostic{Diagnostic::Severity::kWarning, location, message});
}

void Context::Skip(const std::string& location, const std::string& message) const {
  ++stats->skipped;
  (*on_diagnostic)(Diagnostic{Diagnostic::Severity::kSkipped, location, message});
}

namespace {

int MonthFromName(std::string_view w) {
  static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
  if (w.size() < 3) return 0;
  char lower[4] = {static_cast<char>(std::tolower(static_cast<unsigned char>(w[0]))),
                   static_cast<char>(std::tolower(static_cast<unsigned char>(w[1]))),
                   static_cast<char>(std::tolower(static_cast<unsigned char>(w[2]))), 0};
  for (int m = 0; m < 12; ++m) {
    if (std::strcmp(lower, kMonths[m]) == 0) return m + 1;
  }
  return 0;
}

// Splits into alphanumeric words; separators are dropped.
std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

int Number(std::string_view w) {
  if (w.empty() || w.size() > 4) return -1;
  int v = 0;
  for (char c : w) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

CivilDate Make(int y, int m, int d) {
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return {};
  return CivilDate{y, m, d};
}

}  // namespace

CivilDate ParseLooseDate(std::string_view text) {
  CivilDate iso = ParseIsoDate(text);
  if (iso.valid()) return iso;
  std::vector<std::string_view> w = Words(text);
  if (w.size() < 3) return {};
  // Numeric forms: Y M D or D M Y.
  int a = Number(w[0]), b = Number(w[1]), c = Number(w[2]);
  if (a >= 1000 && b > 0 && c > 0) return Make(a, b, c);
  if (a > 0 && a <= 31 && b > 0 && b <= 12 && c >= 1000) return Make(c, b, a);
  // Month names, skipping a leading weekday: "February 25, 2026", "25 Feb
  // 2026".
  size_t k = MonthFromName(w[0]) == 0 && Number(w[0]) < 0 ? 1 : 0;
  if (w.size() < k + 3) return {};
  int m0 = MonthFromName(w[k]), m1 = MonthFromName(w[k + 1]);
  if (m0 && Number(w[k + 1]) > 0 && Number(w[k + 2]) >= 1000)
    return Make(Number(w[k + 2]), m0, Number(w[k + 1]));
  if (m1 && Number(w[k]) > 0 && Number(w[k + 2]) >= 1000)
    return Make(Number(w[k + 2]), m1, Number(w[k]));
  return {};
}

void FinishDocument(RawDocument raw, const std::string& stem, const std::string& location,
                    const Context& ctx) {
  Document& doc = raw.doc;
  doc.origin = location;
  // Valid input (the usual case) is checked at SIMD speed and not copied.
  if (!simdjson::validate_utf8(doc.text.data(), doc.text.size())) {
    std::string repaired;
    size_t bad = RepairUtf8(doc.text, &repaired);
    std::string msg = std::to_string(bad) + " invalid UTF-8 byte" + (bad == 1 ? "" : "s") +
                      " replaced with U+FFFD";
    doc.warnings.push_back(msg);
    ctx.Warn(location, msg);
    doc.text = std::move(repaired);
  }
  NormalizeNfcInPlace(&doc.text);
  // Trim surrounding white space, so offsets start at the first word.
  size_t b = 0, e = doc.text.size();
  while (b < e && std::isspace(static_cast<unsigned char>(doc.text[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(doc.text[e - 1]))) --e;
  doc.text.resize(e);
  doc.text.erase(0, b);
  for (std::string* field : {&doc.title, &doc.source, &doc.url, &doc.id}) {
    std::string fixed;
    RepairUtf8(*field, &fixed);
    *field = NormalizeNfc(fixed);
  }
  if (doc.text.empty()) {
    ctx.Skip(location, "empty document, not stored");
    return;
  }
  if (doc.id.empty()) doc.id = stem;
  doc.date.clear();
  doc.date_origin = DateOrigin::kNone;
  if (!raw.date_text.empty()) {
    CivilDate d = ParseLooseDate(raw.date_text);
    if (d.valid()) {
      doc.date = FormatIsoDate(d);
      doc.date_origin = DateOrigin::kMetadata;
    } else {
      std::string msg = "date \"" + raw.date_text + "\" is not a date; ignored";
      doc.warnings.push_back(msg);
      ctx.Warn(location, msg);
    }
  }
  if (doc.date.empty() && !raw.detected_date.empty()) {
    doc.date = raw.detected_date;
    doc.date_origin = DateOrigin::kDetected;
  }
  if (doc.date.empty() && !ctx.options->default_date.empty()) {
    doc.date = ctx.options->default_date;
    doc.date_origin = DateOrigin::kCli;
  }
  ++ctx.stats->documents;
  (*ctx.on_document)(std::move(doc));
}

}  // namespace dossier::ingest
