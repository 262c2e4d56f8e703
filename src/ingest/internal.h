// ingest/internal.h: the readers behind Ingest(), one per format, and the
// steps every document goes through before it is handed out. Internal to
// src/ingest.
#ifndef DOSSIER_INGEST_INTERNAL_H_
#define DOSSIER_INGEST_INTERNAL_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "dossier/ingest.h"
#include "dossier/types.h"

namespace dossier::ingest {

// What a reader hands on for one document before it is finished.
struct RawDocument {
  Document doc;               // id/title/source/url/metadata as read; text raw
  std::string date_text;      // the date as given in metadata, any format
  std::string detected_date;  // "YYYY-MM-DD" found in the text, or empty
};

// Everything the readers share for one run.
struct Context {
  const IngestOptions* options = nullptr;
  const DocumentCallback* on_document = nullptr;
  const DiagnosticCallback* on_diagnostic = nullptr;
  const std::unordered_set<std::string>* furniture = nullptr;
  IngestStats* stats = nullptr;
  // Lower-case words of class, id or role attributes that name page chrome.
  const std::vector<std::string>* chrome = nullptr;

  void Warn(const std::string& location, const std::string& message) const;
  void Skip(const std::string& location, const std::string& message) const;
};

// Repairs UTF-8, normalises to NFC, fills the id and the date, and hands the
// document on (or reports it empty). `stem` is the default id.
void FinishDocument(RawDocument raw, const std::string& stem, const std::string& location,
                    const Context& ctx);

// Parses a date written in metadata ("2026-02-25", "2026-02-25T08:00:00Z",
// "2026/02/25", "25.02.2026", "February 25, 2026", "25 Feb 2026",
// "Wed, 25 Feb 2026 08:00:00 GMT"). Invalid CivilDate when it cannot.
CivilDate ParseLooseDate(std::string_view text);

// Plain text and Markdown: front matter, a date marker in the first lines,
// page furniture dropped, Markdown markup stripped when markdown is true.
void ReadText(std::string_view content, bool markdown, const std::string& stem,
              const std::string& location, const Context& ctx);

// HTML: gumbo parse, metadata from the head, article text by density.
void ReadHtml(std::string_view content, const std::string& stem, const std::string& location,
              const Context& ctx);

// One JSON Lines record (line_number is 1-based).
void ReadJsonlLine(std::string_view line, size_t line_number, const std::string& stem,
                   const std::string& path, const Context& ctx);

// True when a trimmed line is page chrome: a widget's residue (symbols and
// numbers, no word of three letters) or a short line made only of furniture
// vocabulary ("Share this article", "Leave a Reply").
bool IsFurnitureLine(std::string_view line, const std::unordered_set<std::string>& furniture);

}  // namespace dossier::ingest

#endif  // DOSSIER_INGEST_INTERNAL_H_
