// extract/entities/lexicons.h: the entity layer's vocabulary, loaded once.
//
// Words carry bit flags (title, organisation cue, first name...) looked up by
// their lower-case form; multi-word names (places, nationalities, known
// organisations) live in a phrase table keyed by lower-case words joined by
// single spaces. It does not find entities; recognizer.cc does.
#ifndef DOSSIER_EXTRACT_ENTITIES_LEXICONS_H_
#define DOSSIER_EXTRACT_ENTITIES_LEXICONS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/entities.h"
#include "dossier/lexicon.h"
#include "dossier/status.h"

namespace dossier::entities {

// Word flags.
enum WordFlag : uint32_t {
  kHonorific = 1u << 0,     // Mr, Dr, Sheikh
  kOffice = 1u << 1,        // President, Minister, Mayor
  kRank = 1u << 2,          // General, Colonel
  kOfficePart = 1u << 3,    // Foreign, Defence: only inside a title
  kRoleWord = 1u << 4,      // president, head, deckhand (lower-case roles)
  kRoleModifier = 1u << 5,  // former, deputy, foreign
  kFunction = 1u << 6,      // the, in, he, said
  kCommon = 1u << 7,        // police, results, north
  kCalendar = 1u << 8,      // months, weekdays
  kFirstName = 1u << 9,
  kOrgHead = 1u << 10,
  kOrgLead = 1u << 11,
  kPlaceHead = 1u << 12,
  kPlaceLead = 1u << 13,
  kEventHead = 1u << 14,
  kEventLead = 1u << 15,
  kParticleOrg = 1u << 16,         // of, for, and: inside organisation names
  kParticleName = 1u << 17,        // de, van, bin: inside person names too
  kPlaceContext = 1u << 18,        // in, near, at (weak)
  kPlaceContextStrong = 1u << 19,  // "city", "village" before "of X"
  kPhraseStart = 1u << 20,         // first word of some phrase-table entry
  kDocCue = 1u << 21,              // Convention, Treaty, Charter: a document's name
  kOrgNoun = 1u << 22,             // group, charity, agency (lower-case kinds of organisation)
};
constexpr uint32_t kTitle = kHonorific | kOffice | kRank;

struct PhraseInfo {
  EntityType type = EntityType::kOther;
  std::string canonical;  // empty: the mention's own text
  uint8_t words = 1;
  bool settlement = false;  // a city, town or subdivision (not a country or region)
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

class Lexicons {
 public:
  // Loads every entities/ lexicon through loader. Errors: NotFound or
  // IoError from the loader; InvalidArgument for a malformed line.
  static Result<Lexicons> Load(const LexiconLoader& loader);

  // Flags of a lower-case word; 0 when unknown.
  // Flags of a word, ignoring ASCII case; 0 when unknown. One probe of an
  // open-addressing table: this runs once per token.
  // `name_like`: the word is capitalised, so phrase starts are looked up
  // too (a second, larger table that lower-case words never touch).
  uint32_t Flags(std::string_view word, bool name_like = true) const;
  // The phrase entry for lower-case words joined by single spaces, or null.
  const PhraseInfo* Phrase(std::string_view lower) const {
    auto it = phrases_.find(lower);
    return it == phrases_.end() ? nullptr : &it->second;
  }
  size_t max_phrase_words() const { return max_phrase_words_; }

 private:
  void AddWord(std::string_view word, uint32_t flags);
  void Freeze();  // builds the probe table from words_
  void AddPhrase(std::string_view name, EntityType type, std::string_view canonical,
                 bool settlement = false);
  Status LoadWords(const LexiconLoader& loader, std::string_view name, uint32_t flags);
  Status LoadCues(const LexiconLoader& loader, std::string_view name, uint32_t head, uint32_t lead);

  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> words_;
  std::unordered_map<std::string, PhraseInfo, StringHash, std::equal_to<>> phrases_;
  size_t max_phrase_words_ = 1;
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0;  // into arena_
    uint32_t length = 0;
    uint32_t flags = 0;
  };
  struct Table {
    std::vector<Slot> slots;  // power-of-two size; length 0 marks an empty slot
    std::string arena;        // lower-case keys, back to back
    void Build(const std::vector<std::pair<std::string_view, uint32_t>>& entries);
    uint32_t Find(std::string_view word, uint64_t hash) const;
  };
  Table vocab_;   // every flag but kPhraseStart: small and hot
  Table starts_;  // kPhraseStart: the first words of gazetteer names
};

// ASCII lower-case copy of s into *out (other bytes unchanged).
void LowerInto(std::string_view s, std::string* out);

}  // namespace dossier::entities

#endif  // DOSSIER_EXTRACT_ENTITIES_LEXICONS_H_
