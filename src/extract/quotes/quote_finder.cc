// QuoteFinder: runs quote mark pairing, attribution of marked quotes and
// the indirect-speech pass, and writes the "quotes" JSON array. It holds the
// loaded vocabulary only, so one finder serves many threads.
#include <algorithm>
#include <memory>

#include "dossier/entities.h"
#include "extract/quotes/finder.h"
#include "extract/quotes/marks.h"
#include "extract/quotes/speaker.h"
#include "extract/quotes/titles.h"
#include "extract/quotes/words.h"

namespace dossier {
namespace {

class QuoteFinderImpl : public QuoteFinder {
 public:
  Status Init(const EntityOptions& options) {
    LexiconLoader loader(options.lexicon_dir);
    Status s = lex_.Load(loader);
    if (!s.ok()) return s;
    return titles_.Load(loader);
  }

  void Find(std::string_view text, const std::vector<Sentence>& sentences,
            const std::vector<EntityMention>& entities, std::vector<Quote>* out,
            std::vector<std::string>* warnings) const override {
    std::vector<quotes::QuoteSpan> spans;
    quotes::FindQuoteSpans(text, &spans, warnings);
    quotes::MarkMentions(text, titles_, lex_, &spans);
    const std::vector<EntityMention>* ents = &entities;
    std::vector<EntityMention> sorted;
    auto by_start = [](const EntityMention& a, const EntityMention& b) {
      return a.start < b.start;
    };
    if (!std::is_sorted(entities.begin(), entities.end(), by_start)) {
      sorted = entities;
      std::sort(sorted.begin(), sorted.end(), by_start);
      ents = &sorted;
    }
    quotes::Attributor attributor(text, lex_, *ents, spans);
    attributor.SetSentences(&sentences);
    size_t first = out->size();
    quotes::AttributeMarkedQuotes(text, sentences, spans, &attributor, out);
    quotes::FindIndirectQuotes(text, sentences, spans, lex_, &attributor, out);
    std::stable_sort(out->begin() + static_cast<std::ptrdiff_t>(first), out->end(),
                     [](const Quote& a, const Quote& b) { return a.start < b.start; });
  }

 private:
  quotes::QuoteLexicon lex_;
  quotes::TitleLexicon titles_;
};

}  // namespace

Result<std::unique_ptr<QuoteFinder>> QuoteFinder::Create(const EntityOptions& options) {
  auto finder = std::make_unique<QuoteFinderImpl>();
  Status s = finder->Init(options);
  if (!s.ok()) return s;
  return std::unique_ptr<QuoteFinder>(std::move(finder));
}

void WriteQuotesJson(std::string_view text, const std::vector<Quote>& quotes, JsonWriter* w) {
  w->BeginArray();
  for (const Quote& q : quotes) {
    w->BeginObject();
    w->Key("start");
    w->Uint(q.start);
    w->Key("end");
    w->Uint(q.end);
    w->Field("text", q.end <= text.size() && q.start <= q.end
                         ? text.substr(q.start, q.end - q.start)
                         : std::string_view());
    w->NullableStringField("speaker", q.speaker);
    w->NullableField("speaker_start",
                     q.speaker_start ? std::optional<int64_t>(*q.speaker_start) : std::nullopt);
    w->NullableField("speaker_end",
                     q.speaker_end ? std::optional<int64_t>(*q.speaker_end) : std::nullopt);
    w->Field("kind", QuoteKindName(q.kind));
    w->NullableStringField("verb", q.verb);
    w->Key("sentence");
    w->Uint(q.sentence);
    w->Field("rule", q.rule);
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace dossier
