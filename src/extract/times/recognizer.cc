// TimeRecognizer (dossier/times.h): loads the lexicons once, then per call
// scans the text into tokens and runs the grammar of matcher.h. Also the
// JSON writer of the "times" field. No I/O besides lexicon loading.
#include <algorithm>

#include "dossier/times.h"
#include "extract/times/matcher.h"
#include "extract/times/scanner.h"
#include "extract/times/time_lexicon.h"

namespace dossier {

namespace {

class TimeRecognizerImpl : public TimeRecognizer {
 public:
  explicit TimeRecognizerImpl(times::TimeLexicon lexicon) : lexicon_(std::move(lexicon)) {}

  void Recognize(std::string_view text, const std::vector<Sentence>& sentences,
                 const CivilDate& document_date, std::vector<TimeMention>* out,
                 std::vector<std::string>* warnings) const override {
    if (out == nullptr) return;
    // Offsets are uint32 inside the scanner: very large texts are cut into
    // pieces at line breaks by the caller in practice; here we stop at 4 GiB.
    if (text.size() >= (1ull << 32) - 1) text = text.substr(0, (1ull << 32) - 2);
    thread_local std::vector<times::Tok> toks;
    times::ScanTokens(text, sentences, lexicon_, &toks);
    size_t base = out->size();
    times::Matcher matcher(lexicon_, text, toks, sentences, document_date, out, warnings);
    matcher.Run();
    // Rules run left to right and never overlap, so items are already in
    // start order; keep the contract explicit anyway.
    bool sorted = std::is_sorted(
        out->begin() + static_cast<std::ptrdiff_t>(base), out->end(),
        [](const TimeMention& a, const TimeMention& b) { return a.start < b.start; });
    (void)sorted;
    if (toks.capacity() > (1u << 22)) std::vector<times::Tok>().swap(toks);
  }

 private:
  times::TimeLexicon lexicon_;
};

}  // namespace

Result<std::unique_ptr<TimeRecognizer>> TimeRecognizer::Create(const TimeOptions& options) {
  Result<times::TimeLexicon> lex = times::TimeLexicon::Load(options.lexicon_dir);
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<TimeRecognizer>(new TimeRecognizerImpl(std::move(*lex)));
}

void WriteTimesJson(std::string_view text, const std::vector<TimeMention>& times, JsonWriter* w) {
  w->BeginArray();
  for (const TimeMention& m : times) {
    w->BeginObject();
    w->Field("start", static_cast<int64_t>(m.start));
    w->Field("end", static_cast<int64_t>(m.end));
    if (m.end <= text.size() && m.start <= m.end) {
      w->Field("text", text.substr(m.start, m.end - m.start));
    }
    w->Field("type", TimeTypeName(m.type));
    w->NullableStringField("value", m.value);
    if (!m.mod.empty()) w->Field("mod", m.mod);
    w->Key("anchor");
    if (m.anchor == TimeAnchor::kMention && m.anchor_index) {
      w->Int(static_cast<int64_t>(*m.anchor_index));
    } else {
      w->String(m.anchor == TimeAnchor::kDocumentDate ? "document_date" : "absolute");
    }
    if (!m.range.empty()) w->Field("range", m.range);
    if (m.range_other) w->Field("range_other", static_cast<int64_t>(*m.range_other));
    if (!m.implied_event_date.empty()) w->Field("implied_event_date", m.implied_event_date);
    if (!m.null_reason.empty()) w->Field("null_reason", m.null_reason);
    w->Field("sentence", static_cast<int64_t>(m.sentence));
    w->Field("rule", m.rule);
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace dossier
