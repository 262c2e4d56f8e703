// Reconciler: feeds each added document to the accumulators (sources,
// figures, timeline, entities, quotes, wording) and assembles the result.
// Source groups are decided first in Finish(), since figures count
// independent groups.
#include <string>

#include "dossier/lexicon.h"
#include "dossier/reconcile.h"
#include "reconcile/common.h"
#include "reconcile/figures.h"
#include "reconcile/people.h"
#include "reconcile/sources.h"
#include "reconcile/timeline.h"
#include "reconcile/wording.h"

namespace dossier {

using reconcile::DocInfo;

struct Reconciler::Impl {
  Impl(const ReconcileOptions& o, std::vector<std::string> rise, reconcile::HashSet64 stop,
       reconcile::WordingLexicon wording_lex)
      : options(o),
        sources(o),
        figures(o, std::move(rise)),
        timeline(o, std::move(stop)),
        entities(o),
        quotes(o),
        wording(o, std::move(wording_lex)) {}

  ReconcileOptions options;
  reconcile::DocTable docs;
  reconcile::SourceGrouper sources;
  reconcile::FigureBuilder figures;
  reconcile::TimelineBuilder timeline;
  reconcile::EntityMerger entities;
  reconcile::QuoteMerger quotes;
  reconcile::WordingCounter wording;
  std::vector<std::string> warnings;
  std::vector<reconcile::Word> words;  // scratch: the words of the document being added
};

namespace {

Status LoadWords(const LexiconLoader& loader, std::string_view name,
                 std::vector<std::string>* out) {
  Result<std::string> text = loader.Load(name);
  if (!text.ok()) return text.status();
  for (const LexiconLine& line : SplitLexicon(*text)) {
    if (line.fields.empty() || line.fields[0].empty()) continue;
    out->push_back(reconcile::Lower(line.fields[0]));
  }
  return Status::Ok();
}

reconcile::HashSet64 Hashes(const std::vector<std::string>& words) {
  std::vector<uint64_t> hashes;
  hashes.reserve(words.size());
  for (const std::string& w : words) hashes.push_back(reconcile::HashLower(w));
  return reconcile::HashSet64(hashes);
}

// Offsets every layer gives must lie inside the text.
bool OffsetsValid(const AnalyzedDocument& d) {
  const size_t n = d.document.text.size();
  auto bad = [n](size_t s, size_t e) { return s > e || e > n; };
  for (const Sentence& s : d.analysis.sentences) {
    if (bad(s.start, s.end)) return false;
  }
  for (const Claim& c : d.analysis.claims) {
    if (bad(c.start, c.end)) return false;
  }
  for (const TimeMention& t : d.analysis.times) {
    if (bad(t.start, t.end)) return false;
  }
  for (const EntityMention& e : d.analysis.entities) {
    if (bad(e.start, e.end)) return false;
  }
  for (const Quote& q : d.analysis.quotes) {
    if (bad(q.start, q.end)) return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<Reconciler>> Reconciler::Create(const ReconcileOptions& options) {
  LexiconLoader loader(options.lexicon_dir);
  std::vector<std::string> events, parties, rise, stop;
  DOSSIER_RETURN_IF_ERROR(LoadWords(loader, "reconcile/event_nouns.txt", &events));
  DOSSIER_RETURN_IF_ERROR(LoadWords(loader, "reconcile/party_nouns.txt", &parties));
  DOSSIER_RETURN_IF_ERROR(LoadWords(loader, "reconcile/rise_cues.txt", &rise));
  DOSSIER_RETURN_IF_ERROR(LoadWords(loader, "reconcile/stop_words.txt", &stop));
  if (options.minhash_hashes < 4 || options.shingle_words < 1 || options.duplicate_threshold <= 0 ||
      options.duplicate_threshold > 1) {
    return InvalidArgument(
        "reconcile options: minhash_hashes >= 4, shingle_words >= 1 and "
        "0 < duplicate_threshold <= 1 are required");
  }
  reconcile::WordingLexicon lex;
  lex.event_nouns = Hashes(events);
  lex.party_nouns = Hashes(parties);
  lex.stop_words = Hashes(stop);
  auto impl = std::make_unique<Impl>(options, std::move(rise), Hashes(stop), std::move(lex));
  return std::unique_ptr<Reconciler>(new Reconciler(std::move(impl)));
}

Reconciler::Reconciler(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Reconciler::~Reconciler() = default;

size_t Reconciler::document_count() const { return impl_->docs.size(); }

Status Reconciler::Add(const AnalyzedDocument& d) {
  if (!OffsetsValid(d)) {
    return InvalidArgument("document " + d.document.id + ": an offset lies outside its text");
  }
  Impl& m = *impl_;
  const uint32_t index = static_cast<uint32_t>(m.docs.size());
  DocInfo info;
  info.id = d.document.id;
  info.source = d.document.source;
  info.title = d.document.title;
  info.date = d.document.date;
  CivilDate date = ParseIsoDate(d.document.date);
  if (date.valid()) {
    info.dated = true;
    info.day = reconcile::DaysFromCivil(date.year, date.month, date.day);
    info.date = FormatIsoDate(date);
  }
  m.docs.push_back(std::move(info));
  reconcile::ScanWords(d.document.text, &m.words);
  m.sources.Add(m.words);
  m.figures.Add(index, d);
  m.timeline.Add(index, d);
  m.entities.Add(index, d);
  m.quotes.Add(index, d);
  m.wording.Add(index, d, m.words);
  return Status::Ok();
}

Reconciliation Reconciler::Finish() {
  Impl& m = *impl_;
  Reconciliation r;
  m.sources.Finish(&m.docs, &r);
  m.figures.Finish(m.docs, &r);
  m.timeline.Finish(m.docs, &r);
  m.entities.Finish(m.docs, &r);
  m.quotes.Finish(m.docs, &r);
  m.wording.Finish(m.docs, &r);
  r.warnings = std::move(m.warnings);
  return r;
}

}  // namespace dossier
