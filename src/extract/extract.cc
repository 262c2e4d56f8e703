// Extractor: runs the layers in order over one document and writes its JSON
// Lines record. It owns no rules of its own; each layer keeps its own.
#include "dossier/extract.h"

#include "dossier/json.h"
#include "dossier/text.h"

namespace dossier {

Extractor::~Extractor() = default;

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractOptions& options) {
  std::unique_ptr<Extractor> ex(new Extractor());
  ex->options_ = options;
  {
    auto r = NumberRecognizer::Create(NumberOptions{options.lexicon_dir});
    if (!r.ok()) return r.status();
    ex->numbers_ = std::move(r).value();
  }
  {
    auto r = TimeRecognizer::Create(TimeOptions{options.lexicon_dir});
    if (!r.ok()) return r.status();
    ex->times_ = std::move(r).value();
  }
  {
    auto r = EntityRecognizer::Create(EntityOptions{options.lexicon_dir});
    if (!r.ok()) return r.status();
    ex->entities_ = std::move(r).value();
  }
  {
    auto r = QuoteFinder::Create(EntityOptions{options.lexicon_dir});
    if (!r.ok()) return r.status();
    ex->quotes_ = std::move(r).value();
  }
  {
    auto r = ClaimExtractor::Create(ClaimOptions{options.lexicon_dir});
    if (!r.ok()) return r.status();
    ex->claims_ = std::move(r).value();
  }
  return ex;
}

Analysis Extractor::Analyze(const Document& doc) const {
  Analysis a;
  a.sentences = SplitSentences(doc.text);
  if (numbers_) numbers_->Recognize(doc.text, &a.numbers);
  if (times_) {
    times_->Recognize(doc.text, a.sentences, ParseIsoDate(doc.date), &a.times, &a.warnings);
  }
  if (entities_) entities_->Recognize(doc.text, a.sentences, &a.entities);
  if (quotes_) quotes_->Find(doc.text, a.sentences, a.entities, &a.quotes, &a.warnings);
  if (claims_) {
    claims_->Extract(doc.text, a.sentences, a.numbers, a.times, a.entities, &a.claims);
  }
  return a;
}

void Extractor::WriteJson(const Document& doc, const Analysis& a, bool with_text,
                          std::string* out) const {
  JsonWriter w(out);
  w.BeginObject();
  w.Field("id", doc.id);
  w.NullableStringField("source", doc.source);
  w.NullableStringField("title", doc.title);
  w.NullableStringField("url", doc.url);
  w.NullableStringField("date", doc.date);
  w.Field("date_origin", DateOriginName(doc.date_origin));
  if (!doc.metadata.empty()) {
    w.Key("metadata");
    w.BeginObject();
    for (const auto& [key, value] : doc.metadata) w.Field(key, value);
    w.EndObject();
  }
  w.Key("sentences");
  w.BeginArray();
  for (const Sentence& s : a.sentences) {
    w.BeginObject();
    w.Field("start", static_cast<int64_t>(s.start));
    w.Field("end", static_cast<int64_t>(s.end));
    w.EndObject();
  }
  w.EndArray();
  w.Key("numbers");
  WriteNumbersJson(doc.text, a.numbers, options_.explain, &w);
  w.Key("times");
  WriteTimesJson(doc.text, a.times, &w);
  w.Key("entities");
  WriteEntitiesJson(doc.text, a.entities, &w);
  w.Key("quotes");
  WriteQuotesJson(doc.text, a.quotes, &w);
  w.Key("claims");
  WriteClaimsJson(doc.text, a.claims, &w);
  w.Key("warnings");
  w.BeginArray();
  for (const std::string& m : doc.warnings) w.String(m);
  for (const std::string& m : a.warnings) w.String(m);
  w.EndArray();
  if (with_text) w.Field("text", doc.text);
  w.EndObject();
}

}  // namespace dossier
