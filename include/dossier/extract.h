// dossier/extract.h: runs every extraction layer over a document and writes
// the document's JSON Lines record.
//
// Order: sentences (text layer) -> numbers -> times -> entities -> quotes ->
// claims, each layer reading the ones before. The Extractor is built once
// (it loads every lexicon) and is immutable and thread-safe afterwards. It
// does no I/O besides loading lexicons in Create().
//
//   auto ex = Extractor::Create(ExtractOptions{});
//   Analysis a = (*ex)->Analyze(doc);
//   std::string line; (*ex)->WriteJson(doc, a, /*with_text=*/false, &line);
#ifndef DOSSIER_EXTRACT_H_
#define DOSSIER_EXTRACT_H_

#include <memory>
#include <string>
#include <vector>

#include "dossier/claims.h"
#include "dossier/entities.h"
#include "dossier/numbers.h"
#include "dossier/status.h"
#include "dossier/times.h"
#include "dossier/types.h"

namespace dossier {

// Everything extracted from one document; all offsets into Document::text.
struct Analysis {
  std::vector<Sentence> sentences;
  std::vector<NumberMention> numbers;
  std::vector<TimeMention> times;
  std::vector<EntityMention> entities;
  std::vector<Quote> quotes;
  std::vector<Claim> claims;
  std::vector<std::string> warnings;  // from the layers; the document's own are kept apart
};

// A document with its analysis, as the store gives it back.
struct AnalyzedDocument {
  Document document;
  Analysis analysis;
};

struct ExtractOptions {
  std::string lexicon_dir;  // --lexicons DIR; empty: built-in lexicons only
  bool explain = false;     // write rule trails (--explain)
};

class Extractor {
 public:
  // Builds every layer. Errors name the lexicon file (and line) at fault.
  static Result<std::unique_ptr<Extractor>> Create(const ExtractOptions& options);
  ~Extractor();
  // Runs all layers over doc.text. Thread-safe.
  [[nodiscard]] Analysis Analyze(const Document& doc) const;
  // Appends one JSON object (no newline) for doc and its analysis to *out:
  // id, source, title, url, date, date_origin, sentences, numbers, times,
  // entities, quotes, claims, warnings, and text when with_text.
  void WriteJson(const Document& doc, const Analysis& analysis, bool with_text,
                 std::string* out) const;

 private:
  Extractor() = default;
  ExtractOptions options_;
  std::unique_ptr<NumberRecognizer> numbers_;
  std::unique_ptr<TimeRecognizer> times_;
  std::unique_ptr<EntityRecognizer> entities_;
  std::unique_ptr<QuoteFinder> quotes_;
  std::unique_ptr<ClaimExtractor> claims_;
};

}  // namespace dossier

#endif  // DOSSIER_EXTRACT_H_
