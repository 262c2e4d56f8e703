// dossier/ingest.h: reading news files into Documents, one at a time.
//
// Inputs are files, directories (recursive, sorted by path) and "-" for
// standard input. Formats: plain text and Markdown with optional front
// matter, HTML (parsed with gumbo; article text kept by a text/link density
// method, page chrome dropped), JSON Lines (also .jsonl.gz and .jsonl.zst).
// Every document comes out with valid, NFC-normalised UTF-8 text and a
// reference date with its origin. Problems never stop a run: each is
// reported through the diagnostic callback, naming the file and line, and
// the run goes on. Memory does not grow with the corpus: documents are handed
// to the callback as soon as they are read. Ingest does not segment or
// extract.
//
//   IngestOptions opt;
//   IngestStats stats = Ingest({"examples/"}, opt,
//       [&](Document&& d) { ... },
//       [&](const Diagnostic& d) { std::cerr << d.location << ": " <<
//       d.message; });
#ifndef DOSSIER_INGEST_H_
#define DOSSIER_INGEST_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/types.h"

namespace dossier {

enum class InputFormat { kAuto, kText, kMarkdown, kHtml, kJsonl };
// Parses "auto", "text"/"txt", "markdown"/"md", "html", "jsonl"; false if
// unknown.
bool ParseInputFormat(std::string_view name, InputFormat* format);

struct IngestOptions {
  // kAuto guesses from the file extension (.txt .md .html .htm .jsonl
  // .jsonl.gz .jsonl.zst; other extensions are read as text), and for stdin
  // from the first byte ('{' means JSON Lines).
  InputFormat format = InputFormat::kAuto;
  // "YYYY-MM-DD" for documents that have no date of their own (--date).
  std::string default_date;
  // Lexicon directory (--lexicons) for the furniture list.
  std::string lexicon_dir;
};

struct Diagnostic {
  enum class Severity { kWarning, kSkipped };
  Severity severity = Severity::kWarning;
  std::string location;  // "path" or "path:line"
  std::string message;
};

struct IngestStats {
  size_t documents = 0;  // handed to the callback
  size_t skipped = 0;    // inputs or records not turned into documents
  size_t warnings = 0;
  size_t bytes = 0;  // input bytes read (after decompression)
};

using DocumentCallback = std::function<void(Document&&)>;
using DiagnosticCallback = std::function<void(const Diagnostic&)>;

// Reads every input in order. A missing path, an unreadable or binary file,
// a bad JSONL line or an empty document produce a kSkipped diagnostic.
IngestStats Ingest(const std::vector<std::string>& inputs, const IngestOptions& options,
                   const DocumentCallback& on_document, const DiagnosticCallback& on_diagnostic);

// Reads one in-memory input named `name` (used for messages and, without an
// id in metadata, as the document id). format kAuto guesses from name and
// content. For tests and for callers that already hold the bytes.
IngestStats IngestBuffer(std::string_view name, std::string_view content,
                         const IngestOptions& options, const DocumentCallback& on_document,
                         const DiagnosticCallback& on_diagnostic);

// The fingerprint of a document's content (text, title, source, url, date),
// a 16-hex-digit hash: the store uses it to add nothing twice.
std::string ContentHash(const Document& doc);

}  // namespace dossier

#endif  // DOSSIER_INGEST_H_
