// dossier/entities.h: people, organisations, places, groups and named
// events, and quotes with their speakers.
//
// Entities come from capitalisation and context rules, titles and
// honorifics, organisation and place cues, Debian's iso-codes country names
// and project lexicons (data files, --lexicons DIR overrides). Spans exclude
// titles and determiners; each mention gets one canonical name per document
// (surnames and acronyms tied to their full forms). Quotes: direct, partial
// and indirect, with the speaker resolved to a canonical entity when the text
// names one, else the description it gives. Linear time; no regex; no
// statistical model.
//
//   auto ner = EntityRecognizer::Create({});
//   std::vector<EntityMention> entities;
//   (*ner)->Recognize(doc.text, sentences, &entities);
//   auto qf = QuoteFinder::Create({});
//   std::vector<Quote> quotes;
//   (*qf)->Find(doc.text, sentences, entities, &quotes, &doc.warnings);
#ifndef DOSSIER_ENTITIES_H_
#define DOSSIER_ENTITIES_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/json.h"
#include "dossier/status.h"
#include "dossier/types.h"

namespace dossier {

enum class EntityType { kPerson, kOrganization, kPlace, kGroup, kEvent, kOther };
// "person", "organization", "place", "group", "event", "other".
inline std::string_view EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "person";
    case EntityType::kOrganization:
      return "organization";
    case EntityType::kPlace:
      return "place";
    case EntityType::kGroup:
      return "group";
    case EntityType::kEvent:
      return "event";
    case EntityType::kOther:
      return "other";
  }
  return "other";
}

struct EntityMention {
  size_t start = 0;  // without titles and determiners
  size_t end = 0;
  EntityType type = EntityType::kOther;
  std::string canonical;  // one name per entity within the document
  std::string role;       // "former Armenian president", "a deckhand"; empty if none
  size_t sentence = 0;
  std::string_view rule;  // static name of the rule that made it
};

enum class QuoteKind { kDirect, kPartial, kIndirect };
// "direct", "partial", "indirect".
inline std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kPartial:
      return "partial";
    case QuoteKind::kIndirect:
      return "indirect";
  }
  return "direct";
}

struct Quote {
  size_t start = 0;  // the quoted words, without the marks
  size_t end = 0;
  std::string speaker;                  // canonical entity name, or the description given;
                                        // empty if unknown
  std::optional<size_t> speaker_start;  // the mention that names the speaker
  std::optional<size_t> speaker_end;
  QuoteKind kind = QuoteKind::kDirect;
  std::string verb;  // said, told, stated, added, urged, wrote...; empty if none
  size_t sentence = 0;
  std::string_view rule;
};

struct EntityOptions {
  std::string lexicon_dir;  // --lexicons DIR; empty: built-in lexicons only
};

class EntityRecognizer {
 public:
  static Result<std::unique_ptr<EntityRecognizer>> Create(const EntityOptions& options);
  virtual ~EntityRecognizer() = default;
  // Appends the entity mentions of text, sorted by start, not overlapping.
  // Thread-safe.
  virtual void Recognize(std::string_view text, const std::vector<Sentence>& sentences,
                         std::vector<EntityMention>* out) const = 0;
};

class QuoteFinder {
 public:
  static Result<std::unique_ptr<QuoteFinder>> Create(const EntityOptions& options);
  virtual ~QuoteFinder() = default;
  // Appends the quotes of text, sorted by start. Unbalanced quote marks add
  // a warning. Thread-safe.
  virtual void Find(std::string_view text, const std::vector<Sentence>& sentences,
                    const std::vector<EntityMention>& entities, std::vector<Quote>* out,
                    std::vector<std::string>* warnings) const = 0;
};

// Write the arrays as JSON values (the "entities" and "quotes" fields' values).
void WriteEntitiesJson(std::string_view text, const std::vector<EntityMention>& entities,
                       JsonWriter* w);
void WriteQuotesJson(std::string_view text, const std::vector<Quote>& quotes, JsonWriter* w);

}  // namespace dossier

#endif  // DOSSIER_ENTITIES_H_
