// EntityRecognizer::Create, the entity type names and the "entities" JSON
// writer. The rules live in recognizer.cc and resolve.cc; quotes are not
// here (src/extract/quotes).
#include "dossier/entities.h"

#include <memory>
#include <utility>

#include "dossier/lexicon.h"
#include "extract/entities/lexicons.h"
#include "extract/entities/recognizer.h"

namespace dossier {

namespace {

class RuleRecognizer : public EntityRecognizer {
 public:
  explicit RuleRecognizer(entities::Lexicons lex) : lex_(std::move(lex)), engine_(&lex_) {}
  void Recognize(std::string_view text, const std::vector<Sentence>& sentences,
                 std::vector<EntityMention>* out) const override {
    engine_.Run(text, sentences, out);
  }

 private:
  entities::Lexicons lex_;
  entities::RuleEngine engine_;
};

}  // namespace

Result<std::unique_ptr<EntityRecognizer>> EntityRecognizer::Create(const EntityOptions& options) {
  Result<entities::Lexicons> lex = entities::Lexicons::Load(LexiconLoader(options.lexicon_dir));
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<EntityRecognizer>(new RuleRecognizer(std::move(lex).value()));
}

void WriteEntitiesJson(std::string_view text, const std::vector<EntityMention>& entities,
                       JsonWriter* w) {
  w->BeginArray();
  for (const EntityMention& e : entities) {
    w->BeginObject();
    w->Field("start", static_cast<int64_t>(e.start));
    w->Field("end", static_cast<int64_t>(e.end));
    w->Field("text", e.end <= text.size() && e.start <= e.end
                         ? text.substr(e.start, e.end - e.start)
                         : std::string_view());
    w->Field("type", EntityTypeName(e.type));
    w->Field("canonical", std::string_view(e.canonical));
    w->NullableStringField("role", e.role);
    w->Field("sentence", static_cast<int64_t>(e.sentence));
    w->Field("rule", e.rule);
    w->EndObject();
  }
  w->EndArray();
}

}  // namespace dossier
