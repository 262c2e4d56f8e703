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
#include "extract/entities/hash.h"

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
  kClauseWord = 1u << 23,          // who, where, which: opens a clause after a comma
  kBodyRole = 1u << 24,            // spokesman, analyst: a role held for a firm or body
  kLegalForm = 1u << 25,           // Corp, Ltd, AG: a company's legal form (org cue)
  kPersonPronoun = 1u << 26,       // he, she, his, her, him: words that refer to a person
  kLocative = 1u << 27,            // in, at, near: before a name, a place or body, no person
  kPluralVerb = 1u << 28,          // are, were, have: after a city's name, a team
  kSportBefore = 1u << 29,         // against, beat: before a name, a team
  kSportAfter = 1u << 30,          // manager, drew: after a name, a team
  kSportResult = 1u << 31,         // win, drew, defeat: before "over", "with", "to", "by"
};
constexpr uint32_t kTitle = kHonorific | kOffice | kRank;

struct PhraseInfo {
  EntityType type = EntityType::kOther;
  std::string canonical;  // empty: the mention's own text
  uint8_t words = 1;
  bool settlement = false;  // a city, town or subdivision (not a country or region)
  bool caps = false;        // written in capitals in the lexicon ("UK", not "Ba")
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

  // Flags of a word, ignoring ASCII case; 0 when unknown. `hash` is
  // HashWord(word). One probe of an open-addressing table of 32-bit tags
  // (small enough to stay in cache): this runs once per token.
  // `name_like`: the word is capitalised, so phrase starts are looked up
  // too (a second, larger table that lower-case words never touch).
  uint32_t Flags(std::string_view word, uint64_t hash, bool name_like) const {
    return Flags(word, {hash, LowerAscii8(LoadHead(word.data(), word.size()))}, name_like);
  }
  // The same with the word's key from MakeWordKey.
  uint32_t Flags(std::string_view word, WordKey key, bool name_like) const {
    if (word.empty()) return 0;
    uint64_t hash = key.hash, head = key.head;
    uint32_t f = vocab_.FindWord(word, hash, head);
    if (f == kNone) f = 0;
    if (name_like && starts_.FindWord(word, hash, head) != kNone) f |= kPhraseStart;
    return f;
  }
  uint32_t Flags(std::string_view word, bool name_like = true) const {
    return Flags(word, HashWord(word), name_like);
  }
  // The phrase entry for lower-case words joined by single spaces, or null.
  const PhraseInfo* Phrase(std::string_view lower) const;
  // The phrase entry whose hash (PhraseMix over its words' hashes from
  // kPhraseSeed) is `hash`, for which same(key) holds, key being the entry's
  // lower-case words joined by single spaces; null when none.
  template <class Same>
  const PhraseInfo* PhraseByHash(uint64_t hash, Same&& same) const {
    uint32_t i = phrase_table_.Find(hash, same);
    return i == kNone ? nullptr : &phrase_info_[i];
  }
  size_t max_phrase_words() const { return max_phrase_words_; }
  // "over", "with": a word linking a result to a team ("a win over X");
  // lower case, from sport_context.tsv (a handful of words).
  bool SportLink(std::string_view lower) const {
    for (const std::string& w : sport_links_)
      if (w == lower) return true;
    return false;
  }
  // "daughter", "brother": a relative who mostly bears the family's
  // surname; lower case, from role_words.tsv (a handful of words).
  bool KinWord(std::string_view lower) const {
    for (const std::string& w : kin_words_)
      if (w == lower) return true;
    return false;
  }

 private:
  static constexpr uint32_t kNone = ~0u;
  void AddWord(std::string_view word, uint32_t flags);
  void Freeze();  // builds the probe tables from words_ and phrases_
  void AddPhrase(std::string_view name, EntityType type, std::string_view canonical,
                 bool settlement = false);
  Status LoadWords(const LexiconLoader& loader, std::string_view name, uint32_t flags);
  Status LoadSportContext(const LexiconLoader& loader);
  Status LoadCues(const LexiconLoader& loader, std::string_view name, uint32_t head, uint32_t lead);

  // Loading only; emptied by Freeze.
  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> words_;
  std::unordered_map<std::string, PhraseInfo, StringHash, std::equal_to<>> phrases_;
  size_t max_phrase_words_ = 1;
  std::vector<std::string> sport_links_;
  std::vector<std::string> kin_words_;

  // Open addressing, linear probing, load <= 1/2. A probe reads the slot
  // array only (16 bytes a slot: tag, value and the key's head) until a
  // slot matches; a word of up to eight bytes is settled there, longer
  // keys compare the rest of their bytes in the arena.
  struct Table {
    struct Slot {
      uint32_t tag = 0;  // 0 marks an empty slot
      uint32_t value = 0;
      uint64_t head = 0;  // the key's first eight bytes, zero-padded
    };
    struct Entry {
      uint32_t offset = 0;  // into arena
      uint32_t length = 0;
    };
    std::vector<uint64_t> bloom;  // kBloomBits bits: bit BloomBit(h) of every key
    std::vector<Slot> slots;      // power-of-two size
    std::vector<Entry> entries;   // parallel to slots
    std::string arena;            // lower-case keys, back to back
    uint32_t mask = 0;

    // High bits of the hash, then min(length, 255) in the low byte: a tag
    // that matches also matches a key's length up to 254. Never 0.
    static constexpr uint32_t kLengthBits = 0x1FFu;
    static uint32_t Tag(uint64_t h, size_t length) {
      return (static_cast<uint32_t>(h >> 32) & ~kLengthBits) | 0x100u |
             static_cast<uint32_t>(length < 255 ? length : 255);
    }
    // One bit per hash in a bitmap small enough to stay in L1 (8 KB): most
    // words that are not keys are turned away without touching the slots.
    static constexpr uint32_t kBloomBits = 1u << 16;
    static uint32_t BloomBit(uint64_t h) {
      return static_cast<uint32_t>(h >> 20) & (kBloomBits - 1);
    }
    bool MayHold(uint64_t h) const {
      if (bloom.empty()) return false;
      uint32_t b = BloomBit(h);
      return (bloom[b >> 6] >> (b & 63)) & 1;
    }
    void Build(const std::vector<std::pair<std::string_view, uint64_t>>& keys,
               const std::vector<uint32_t>& values);
    // The value of the first slot with hash h whose tag agrees with `tag`
    // on the bits of `tag_mask` and for which match(slot index) holds;
    // kNone.
    template <class Match>
    uint32_t Probe(uint64_t h, uint32_t tag, uint32_t tag_mask, Match&& match) const {
      if (!MayHold(h) || slots.empty()) return kNone;
      for (uint32_t i = static_cast<uint32_t>(h) & mask;; i = (i + 1) & mask) {
        const Slot& s = slots[i];
        if (s.tag == 0) return kNone;
        if (((s.tag ^ tag) & tag_mask) == 0 && match(i)) return s.value;
      }
    }
    // The value of the key with hash h for which same(key) holds; kNone.
    template <class Same>
    uint32_t Find(uint64_t h, Same&& same) const {
      return Probe(h, Tag(h, 0), ~kLengthBits, [&](uint32_t i) {
        const Entry& e = entries[i];
        return same(std::string_view(arena.data() + e.offset, e.length));
      });
    }
    // Find for a word: `head` is LowerAscii8 of its first eight bytes.
    uint32_t FindWord(std::string_view word, uint64_t h, uint64_t head) const {
      return Probe(h, Tag(h, word.size()), ~0u, [&](uint32_t i) {
        if (slots[i].head != head) return false;
        if (word.size() <= 8) return true;  // the tag holds the length
        const Entry& e = entries[i];
        return e.length == word.size() &&
               EqualsLower(word.substr(8),
                           std::string_view(arena.data() + e.offset + 8, e.length - 8));
      });
    }
  };
  Table vocab_;         // every flag but kPhraseStart: small and hot
  Table starts_;        // kPhraseStart: the first words of gazetteer names
  Table phrase_table_;  // phrase hash -> index into phrase_info_
  std::vector<PhraseInfo> phrase_info_;
};

// ASCII lower-case copy of s into *out (other bytes unchanged).
void LowerInto(std::string_view s, std::string* out);

}  // namespace dossier::entities

#endif  // DOSSIER_EXTRACT_ENTITIES_LEXICONS_H_
