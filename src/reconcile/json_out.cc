// JSON for each reconcile subcommand (docs/formats/reconcile.md). Key order
// is fixed; the fields the issue names come first, extras after.
#include <cmath>

#include "dossier/reconcile.h"

namespace dossier {
namespace {

void StringArray(const std::vector<std::string>& items, JsonWriter* w) {
  w->BeginArray();
  for (const std::string& s : items) w->String(s);
  w->EndArray();
}

void EvidenceJson(const Evidence& e, bool with_sentence, JsonWriter* w) {
  w->BeginObject();
  w->Field("document", e.document);
  w->Field("start", static_cast<int64_t>(e.start));
  w->Field("end", static_cast<int64_t>(e.end));
  w->Field("text", e.text);
  if (with_sentence) w->Field("sentence", e.sentence);
  w->EndObject();
}

void EvidenceArray(const std::vector<Evidence>& items, JsonWriter* w) {
  w->BeginArray();
  for (const Evidence& e : items) EvidenceJson(e, false, w);
  w->EndArray();
}

void NoteJson(const FigureNote& n, JsonWriter* w) {
  w->BeginObject();
  w->Field("kind", n.kind);
  w->Key("values");
  w->BeginArray();
  for (double v : n.values) w->Double(v);
  w->EndArray();
  w->Key("categories");
  StringArray(n.categories, w);
  w->Key("figures");
  StringArray(n.figures, w);
  w->Field("text", n.text);
  w->EndObject();
}

void ValueJson(const FigureValue& v, JsonWriter* w) {
  w->BeginObject();
  w->Field("value", v.value);
  w->NullableField("value_high", v.value_high);
  w->Field("qualifier", v.qualifier);
  w->Key("documents");
  StringArray(v.documents, w);
  w->Field("independent_groups", static_cast<int64_t>(v.independent_groups));
  w->NullableStringField("first_date", v.first_date);
  w->NullableStringField("last_date", v.last_date);
  w->Key("evidence");
  EvidenceArray(v.evidence, w);
  w->Key("qualifiers");
  StringArray(v.qualifiers, w);
  w->Key("attributions");
  StringArray(v.attributions, w);
  w->Field("latest", v.latest);
  w->Field("rise_wording", v.rise_wording);
  w->EndObject();
}

void PerSource(const std::vector<std::pair<std::string, int>>& items, std::string_view count_key,
               JsonWriter* w) {
  w->BeginArray();
  for (const auto& [doc, n] : items) {
    w->BeginObject();
    w->Field("document", doc);
    w->Field(count_key, static_cast<int64_t>(n));
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace

void WriteSourcesJson(const Reconciliation& r, JsonWriter* w) {
  w->BeginArray();
  for (const SourceRow& s : r.sources) {
    w->BeginObject();
    w->Field("id", s.id);
    w->NullableStringField("source", s.source);
    w->NullableStringField("date", s.date);
    w->Field("group", static_cast<int64_t>(s.group));
    w->Field("similarity", std::round(s.similarity * 1000) / 1000);
    w->Field("lead", s.lead);
    w->NullableStringField("title", s.title);
    w->EndObject();
  }
  w->EndArray();
}

void WriteFiguresJson(const Reconciliation& r, JsonWriter* w) {
  w->BeginArray();
  for (const Figure& f : r.figures) {
    w->BeginObject();
    w->Field("category", f.category);
    w->Field("group", f.group);
    w->NullableStringField("parent", f.parent);
    w->Field("status", f.status);
    w->Field("low", f.low);
    w->Field("best", f.best);
    w->Field("high", f.high);
    w->Field("best_rule", f.best_rule);
    w->Key("values");
    w->BeginArray();
    for (const FigureValue& v : f.values) ValueJson(v, w);
    w->EndArray();
    w->Key("notes");
    w->BeginArray();
    for (const FigureNote& n : f.notes) NoteJson(n, w);
    w->EndArray();
    w->Field("id", f.id);
    w->NullableStringField("unit", f.unit);
    w->Key("nouns");
    StringArray(f.nouns, w);
    w->Field("independent_groups", static_cast<int64_t>(f.independent_groups));
    w->EndObject();
  }
  w->EndArray();
}

void WriteTimelineJson(const Reconciliation& r, JsonWriter* w) {
  w->BeginArray();
  for (const TimelineEntry& e : r.timeline) {
    w->BeginObject();
    w->Field("date", e.date);
    w->Field("start", e.start);
    w->Field("end", e.end);
    w->Field("precision", e.precision);
    w->Key("parts_of_day");
    StringArray(e.parts_of_day, w);
    w->Key("sources");
    StringArray(e.sources, w);
    w->Field("mention_count", static_cast<int64_t>(e.mention_count));
    w->Key("mentions");
    w->BeginArray();
    for (const TimelineMention& m : e.mentions) {
      w->BeginObject();
      w->Field("document", m.document);
      w->Field("value", m.value);
      w->Field("how", m.how);
      w->NullableStringField("note", m.note);
      w->Field("start", static_cast<int64_t>(m.evidence.start));
      w->Field("end", static_cast<int64_t>(m.evidence.end));
      w->Field("text", m.evidence.text);
      w->Field("sentence", m.evidence.sentence);
      w->EndObject();
    }
    w->EndArray();
    w->EndObject();
  }
  w->EndArray();
}

void WriteEntityRowsJson(const Reconciliation& r, JsonWriter* w) {
  w->BeginArray();
  for (const EntityRow& e : r.entities) {
    w->BeginObject();
    w->Field("name", e.name);
    w->Field("type", e.type);
    w->Field("mentions", static_cast<int64_t>(e.mentions));
    w->Key("sources");
    PerSource(e.per_source, "mentions", w);
    w->Key("roles");
    StringArray(e.roles, w);
    w->Key("evidence");
    EvidenceArray(e.evidence, w);
    w->EndObject();
  }
  w->EndArray();
}

void WriteQuoteRowsJson(const Reconciliation& r, JsonWriter* w) {
  w->BeginArray();
  for (const QuoteRow& q : r.quotes) {
    w->BeginObject();
    w->NullableStringField("speaker", q.speaker);
    w->Field("text", q.text);
    w->Field("kind", q.kind);
    w->Key("sources");
    StringArray(q.sources, w);
    w->Key("evidence");
    EvidenceArray(q.evidence, w);
    w->EndObject();
  }
  w->EndArray();
}

void WriteWordingJson(const Reconciliation& r, JsonWriter* w) {
  w->BeginArray();
  for (const WordingTerm& t : r.wording) {
    w->BeginObject();
    w->Field("phrase", t.phrase);
    w->Field("kind", t.kind);
    w->Field("total", static_cast<int64_t>(t.total));
    w->Key("sources");
    PerSource(t.per_source, "count", w);
    w->Key("example");
    EvidenceJson(t.example, false, w);
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace dossier
