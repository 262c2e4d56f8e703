// The number layer's public surface (dossier/numbers.h): kind and qualifier
// names, the recognizer that loads the lexicons once and scans texts, and
// the JSON writer for its items. The scanning itself is in recognizer.cc.
#include "dossier/numbers.h"

#include "extract/numbers/lexicon.h"
#include "extract/numbers/recognizer.h"
#include "extract/numbers/tokenizer.h"

namespace dossier {

namespace {

class Recognizer final : public NumberRecognizer {
 public:
  explicit Recognizer(std::unique_ptr<numbers::Lexicon> lex) : lex_(std::move(lex)) {}
  void Recognize(std::string_view text, std::vector<NumberMention>* out) const override {
    // One token buffer per thread, reused across calls.
    thread_local std::vector<numbers::Token> toks;
    thread_local std::vector<uint32_t> starts;
    numbers::Tokenize(text, *lex_, &toks, &starts);
    numbers::Scan(text, toks, starts, *lex_, out);
  }

 private:
  std::unique_ptr<numbers::Lexicon> lex_;
};

}  // namespace

Result<std::unique_ptr<NumberRecognizer>> NumberRecognizer::Create(const NumberOptions& options) {
  Result<std::unique_ptr<numbers::Lexicon>> lex = numbers::Lexicon::Load(options.lexicon_dir);
  if (!lex.ok()) return lex.status();
  std::unique_ptr<NumberRecognizer> rec = std::make_unique<Recognizer>(std::move(lex).value());
  return rec;
}

void WriteNumbersJson(std::string_view text, const std::vector<NumberMention>& numbers,
                      bool explain, JsonWriter* w) {
  w->BeginArray();
  for (const NumberMention& n : numbers) {
    w->BeginObject();
    w->Field("start", static_cast<int64_t>(n.start));
    w->Field("end", static_cast<int64_t>(n.end));
    w->Field("text", n.end <= text.size() && n.start <= n.end
                         ? text.substr(n.start, n.end - n.start)
                         : std::string_view());
    w->Field("value", n.value);
    w->NullableField("value_high", n.value_high);
    w->Field("kind", NumberKindName(n.kind));
    w->Field("qualifier", QualifierName(n.qualifier));
    w->NullableStringField("unit", n.unit);
    w->Field("rule", n.rule);
    w->Field("value_start", static_cast<int64_t>(n.value_start));
    w->Field("value_end", static_cast<int64_t>(n.value_end));
    if (explain) {
      w->Key("trail");
      w->BeginArray();
      for (std::string_view step : n.trail) w->String(step);
      w->EndArray();
    }
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace dossier
