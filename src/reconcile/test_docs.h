// Test-only: builds AnalyzedDocuments by hand for the reconcile tests.
// Spans are found by searching the text for a phrase, so tests read like
// the reports they model. Not used by the library.
#ifndef DOSSIER_RECONCILE_TEST_DOCS_H_
#define DOSSIER_RECONCILE_TEST_DOCS_H_

#include <string>
#include <string_view>

#include "dossier/extract.h"
#include "dossier/reconcile.h"

namespace dossier::reconcile::testing {

class DocMaker {
 public:
  DocMaker(std::string id, std::string date, std::string text, std::string source = "") {
    d_.document.id = std::move(id);
    d_.document.date = std::move(date);
    d_.document.source = std::move(source);
    d_.document.text = std::move(text);
    const std::string& t = d_.document.text;
    size_t start = 0;
    for (size_t i = 0; i < t.size(); ++i) {
      if ((t[i] == '.' || t[i] == '\n') &&
          (i + 1 == t.size() || t[i + 1] == ' ' || t[i + 1] == '\n')) {
        d_.analysis.sentences.push_back({start, i + 1});
        start = i + 1;
        while (start < t.size() && (t[start] == ' ' || t[start] == '\n')) ++start;
        i = start - 1;
      }
    }
    if (start < t.size()) d_.analysis.sentences.push_back({start, t.size()});
  }

  // The span of the nth occurrence of phrase; FAILs the test via an empty span if absent.
  Span Find(std::string_view phrase, int nth = 0) const {
    size_t pos = 0;
    for (int k = 0;; ++k) {
      pos = d_.document.text.find(phrase, pos);
      if (pos == std::string::npos) return {0, 0};
      if (k == nth) return {pos, pos + phrase.size()};
      pos += 1;
    }
  }
  size_t SentenceOf(size_t offset) const {
    for (size_t i = 0; i < d_.analysis.sentences.size(); ++i) {
      if (offset < d_.analysis.sentences[i].end) return i;
    }
    return 0;
  }

  Claim& AddClaim(std::string_view phrase, std::string category, std::string group_class,
                  double value, Qualifier q = Qualifier::kExact, int nth = 0) {
    Span s = Find(phrase, nth);
    Claim c;
    c.category = std::move(category);
    c.group = group_class;
    c.group_class = std::move(group_class);
    c.value = value;
    c.qualifier = q;
    c.start = s.start;
    c.end = s.end;
    c.sentence = SentenceOf(s.start);
    c.rule = "test";
    d_.analysis.claims.push_back(c);
    return d_.analysis.claims.back();
  }

  TimeMention& AddTime(std::string_view phrase, std::string value, int nth = 0) {
    Span s = Find(phrase, nth);
    TimeMention t;
    t.start = s.start;
    t.end = s.end;
    t.value = std::move(value);
    t.sentence = SentenceOf(s.start);
    t.rule = "test";
    d_.analysis.times.push_back(t);
    return d_.analysis.times.back();
  }

  void AddEntity(std::string_view phrase, EntityType type, std::string canonical = "",
                 int nth = 0) {
    Span s = Find(phrase, nth);
    EntityMention e;
    e.start = s.start;
    e.end = s.end;
    e.type = type;
    e.canonical = canonical.empty() ? std::string(phrase) : std::move(canonical);
    e.sentence = SentenceOf(s.start);
    e.rule = "test";
    d_.analysis.entities.push_back(e);
  }

  void AddQuote(std::string_view phrase, std::string speaker) {
    Span s = Find(phrase);
    Quote q;
    q.start = s.start;
    q.end = s.end;
    q.speaker = std::move(speaker);
    q.sentence = SentenceOf(s.start);
    q.rule = "test";
    d_.analysis.quotes.push_back(q);
  }

  AnalyzedDocument& doc() { return d_; }

 private:
  AnalyzedDocument d_;
};

// Runs a default reconciler over docs.
inline Reconciliation Reconcile(std::vector<DocMaker>& docs, ReconcileOptions options = {}) {
  auto rec = Reconciler::Create(options);
  if (!rec.ok()) return {};
  for (DocMaker& m : docs) {
    if (!(*rec)->Add(m.doc()).ok()) return {};
  }
  return (*rec)->Finish();
}

inline const Figure* FindFigure(const Reconciliation& r, std::string_view id) {
  for (const Figure& f : r.figures) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

}  // namespace dossier::reconcile::testing

#endif  // DOSSIER_RECONCILE_TEST_DOCS_H_
