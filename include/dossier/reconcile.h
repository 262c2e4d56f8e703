// dossier/reconcile.h: cross-checks the extractions of many reports about
// one event: which reports are copies of each other, which figures agree or
// conflict, one merged timeline, people, organisations, quotes and wording.
//
// Documents stream in one at a time (Add), so a corpus never has to sit in
// memory: what is kept per document is its metadata, a MinHash signature
// and compact references; evidence sentences are kept for at most
// ReconcileOptions::max_evidence items per output row (counts are never
// capped). Finish() builds the result. The reconciler never decides who is
// right: it groups, counts and cites, and its own words take no side.
// No I/O besides loading lexicons in Create(); never prints.
//
//   auto rec = Reconciler::Create(ReconcileOptions{});
//   store->ForEach([&](const AnalyzedDocument& d) { return (*rec)->Add(d); });
//   Reconciliation r = (*rec)->Finish();
//   std::string json; JsonWriter w(&json); WriteFiguresJson(r, &w);
#ifndef DOSSIER_RECONCILE_H_
#define DOSSIER_RECONCILE_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dossier/extract.h"
#include "dossier/json.h"
#include "dossier/status.h"

namespace dossier {

struct ReconcileOptions {
  std::string lexicon_dir;  // --lexicons DIR; empty: built-in lexicons only
  // Near-duplicates: word n-shingles, one-permutation MinHash with
  // `minhash_hashes` bins; two documents whose estimated Jaccard similarity
  // is >= duplicate_threshold are copies (one source group).
  int shingle_words = 5;
  int minhash_hashes = 128;
  double duplicate_threshold = 0.5;
  // Up to this many documents every pair is compared; above it only the
  // pairs that collide in an LSH band (32 bands of 4 rows) are.
  size_t exact_pairwise_max = 1000;
  // "approximately N" is read as N +- this fraction when checking agreement.
  double approx_tolerance = 0.1;
  // Values that only rise with report date, all within this many days, are a
  // toll changing over time rather than a conflict (also without "rose to").
  int toll_window_days = 14;
  // Conflation notes only for values at or above this (small counts repeat
  // by chance).
  double conflation_min_value = 10;
  // Evidence spans kept per output row (values, timeline entries, entities,
  // quotes). Counts and document lists are complete regardless.
  size_t max_evidence = 20;
  // Wording: at most this many phrases are reported.
  size_t max_wording_terms = 300;
};

// One cited span: the document, byte offsets into its text, the words, and
// the sentence they sit in (for display).
struct Evidence {
  std::string document;
  size_t start = 0;
  size_t end = 0;
  std::string text;
  size_t sentence_start = 0;  // offset of `sentence` in the document's text
  std::string sentence;
};

struct SourceRow {
  std::string id;
  std::string source;
  std::string title;
  std::string date;       // "YYYY-MM-DD" or empty
  int group = 0;          // 1-based independent source group
  std::string lead;       // id of the group's lead (its earliest report)
  double similarity = 1;  // estimated Jaccard similarity to the lead
};

struct FigureValue {
  double value = 0;
  std::optional<double> value_high;
  std::string qualifier;                  // the most frequent one ("exact", "approx"...)
  std::vector<std::string> qualifiers;    // every qualifier given, sorted
  std::vector<std::string> attributions;  // who the reports say gives it, sorted
  std::vector<std::string> documents;     // ids, in report order
  int independent_groups = 0;
  std::string first_date;  // earliest / latest report date; empty if undated
  std::string last_date;
  bool latest = false;        // the latest value of a figure that changed over time
  bool rise_wording = false;  // some report says the figure rose to it
  std::vector<Evidence> evidence;
};

struct FigureNote {
  std::string kind;  // "conflation", or "same_reports" (values from the same reports)
  std::vector<double> values;
  std::vector<std::string> categories;
  std::vector<std::string> figures;  // figure ids ("captured/people")
  std::string text;                  // a neutral sentence for a reader
};

struct Figure {
  std::string id;                  // "category/group" (+ "/unit" for money)
  std::string category;            // killed, injured, ...
  std::string group;               // the group class: people, children, houses, ...
  std::string unit;                // money only
  std::string parent;              // id of the figure it is part of; empty if none
  std::vector<std::string> nouns;  // the counted nouns the reports use
  std::string status;              // agreed, conflict, single_source, changed_over_time
  double low = 0;
  double best = 0;
  double high = 0;
  std::string best_rule;  // most_independent_groups, latest_report, ...
  int independent_groups = 0;
  std::vector<FigureValue> values;
  std::vector<FigureNote> notes;
};

struct TimelineMention {
  std::string document;
  std::string value;  // the TIMEX3 value (or the implied event date)
  std::string how;    // absolute, document_date, mention, implied
  std::string note;   // how an inferred date was reached, for a reader
  Evidence evidence;
};

struct TimelineEntry {
  std::string date;   // "1992-02-26", "1992-02-25/1992-02-26", "1992-02", "1992"
  std::string start;  // first and last day covered
  std::string end;
  std::string precision;                  // day, month, year
  std::vector<std::string> parts_of_day;  // night, morning, ...
  std::vector<std::string> sources;       // document ids
  size_t mention_count = 0;
  std::vector<TimelineMention> mentions;  // at most max_evidence
};

struct EntityRow {
  std::string name;
  std::string type;  // person, organization, place, group, event, other
  int mentions = 0;
  std::vector<std::pair<std::string, int>> per_source;  // document id, mentions
  std::vector<std::string> roles;
  std::vector<Evidence> evidence;  // the first mention in each report
};

struct QuoteRow {
  std::string speaker;               // empty when unknown
  std::string text;                  // the quote as its first report gives it
  std::string kind;                  // direct, partial, indirect
  std::vector<std::string> sources;  // document ids
  std::vector<Evidence> evidence;
};

struct WordingTerm {
  std::string phrase;  // as first written
  std::string kind;    // event (the X massacre), party (Armenian forces), name
  int total = 0;
  std::vector<std::pair<std::string, int>> per_source;  // document id, uses
  Evidence example;
};

struct Reconciliation {
  std::vector<SourceRow> sources;
  int group_count = 0;
  std::vector<Figure> figures;
  std::vector<FigureNote> conflations;  // every conflation note, once
  std::vector<TimelineEntry> timeline;
  std::vector<EntityRow> entities;
  std::vector<QuoteRow> quotes;
  std::vector<WordingTerm> wording;
  std::vector<std::string> warnings;
};

class Reconciler {
 public:
  // Loads the reconcile lexicons. Errors name the lexicon file.
  static Result<std::unique_ptr<Reconciler>> Create(const ReconcileOptions& options);
  ~Reconciler();
  Reconciler(const Reconciler&) = delete;
  Reconciler& operator=(const Reconciler&) = delete;

  // Adds one document; keeps what the dossier needs and nothing of the
  // text beyond evidence sentences. InvalidArgument when an offset points
  // outside the text (the document is skipped). Not thread-safe.
  Status Add(const AnalyzedDocument& doc);
  [[nodiscard]] size_t document_count() const;
  // Builds the dossier from everything added. Call once.
  Reconciliation Finish();

 private:
  struct Impl;
  explicit Reconciler(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// JSON (docs/formats/reconcile.md). Each writes one array value.
void WriteSourcesJson(const Reconciliation& r, JsonWriter* w);
void WriteFiguresJson(const Reconciliation& r, JsonWriter* w);
void WriteTimelineJson(const Reconciliation& r, JsonWriter* w);
void WriteEntityRowsJson(const Reconciliation& r, JsonWriter* w);
void WriteQuoteRowsJson(const Reconciliation& r, JsonWriter* w);
void WriteWordingJson(const Reconciliation& r, JsonWriter* w);

// Plain-text tables for a terminal, each ending in a newline.
std::string SourcesText(const Reconciliation& r);
std::string FiguresText(const Reconciliation& r);
std::string TimelineText(const Reconciliation& r);
std::string EntitiesText(const Reconciliation& r);
std::string QuotesText(const Reconciliation& r);
std::string WordingText(const Reconciliation& r);

}  // namespace dossier

#endif  // DOSSIER_RECONCILE_H_
