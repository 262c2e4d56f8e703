// extract/claims/vocab.h: the claim layer's vocabulary, loaded from the
// lexicon files under data/lexicons/claims/ (or a user's --lexicons DIR).
//
// Holds phrase tables keyed by lower-case words: triggers per category,
// counted nouns with their lemma and class, demonyms, function words,
// attribution cues, not-claim words and modality cues. It does not look at
// any text; the rules in extractor.cc do.
#ifndef DOSSIER_EXTRACT_CLAIMS_VOCAB_H_
#define DOSSIER_EXTRACT_CLAIMS_VOCAB_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"
#include "extract/claims/prefilter.h"

namespace dossier::claims {

// FNV-1a: words are short, so a simple inline hash beats the library's.
inline uint64_t HashWord(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

// A word -> V map with open addressing (power-of-two table, linear probing):
// one hash and usually one key comparison per lookup, no division. Built
// once; lookups never allocate.
template <typename V>
class WordMap {
 public:
  V& operator[](std::string_view key) {
    if ((count_ + 1) * 2 > slots_.size()) Grow();
    size_t i = Probe(key, HashWord(key));
    if (!slots_[i].used) {
      slots_[i].used = true;
      slots_[i].hash = HashWord(key);
      slots_[i].key.assign(key);
      ++count_;
    }
    return slots_[i].value;
  }
  // nullptr when absent.
  [[nodiscard]] const V* Find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[Probe(key, HashWord(key))];
    return s.used ? &s.value : nullptr;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    std::string key;
    V value{};
    bool used = false;
  };
  [[nodiscard]] size_t Probe(std::string_view key, uint64_t h) const {
    size_t mask = slots_.size() - 1;
    size_t i = static_cast<size_t>(h) & mask;
    while (slots_[i].used && (slots_[i].hash != h || slots_[i].key != key)) i = (i + 1) & mask;
    return i;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
    count_ = 0;
    for (Slot& o : old) {
      if (!o.used) continue;
      (*this)[o.key] = std::move(o.value);
    }
  }
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

// A lookup from word sequences (phrases) to values of type V. Matching asks
// a callback for the lower-case word at each position, so it works on any
// token sequence without copying it.
template <typename V>
class PhraseTable {
 public:
  // phrase: words separated by single spaces, lower case.
  void Add(std::string_view phrase, V value) {
    Entry e;
    size_t b = 0;
    while (b <= phrase.size()) {
      size_t sp = phrase.find(' ', b);
      if (sp == std::string_view::npos) sp = phrase.size();
      if (sp > b) e.words.emplace_back(phrase.substr(b, sp - b));
      b = sp + 1;
    }
    if (e.words.empty()) return;
    e.value = std::move(value);
    size_t id = entries_.size();
    first_[e.words.front()].push_back(static_cast<uint32_t>(id));
    last_[e.words.back()].push_back(static_cast<uint32_t>(id));
    entries_.push_back(std::move(e));
  }

  // Longest phrase whose first word is at position i: returns its length in
  // words (0: none) and sets *value. word(k) returns the word at position k
  // or an empty view past the end or at a non-word.
  template <typename WordAt>
  size_t MatchForward(const WordAt& word, size_t i, size_t n, const V** value) const {
    const std::vector<uint32_t>* ids = first_.Find(word(i));
    if (ids == nullptr) return 0;
    size_t best = 0;
    for (uint32_t id : *ids) {
      const Entry& e = entries_[id];
      size_t len = e.words.size();
      if (len <= best || i + len > n) continue;
      size_t k = 1;
      while (k < len && word(i + k) == e.words[k]) ++k;
      if (k == len) {
        best = len;
        *value = &e.value;
      }
    }
    return best;
  }

  // Longest phrase whose last word is at position i (earliest start >= lo).
  template <typename WordAt>
  size_t MatchBackward(const WordAt& word, size_t i, size_t lo, const V** value) const {
    const std::vector<uint32_t>* ids = last_.Find(word(i));
    if (ids == nullptr) return 0;
    size_t best = 0;
    for (uint32_t id : *ids) {
      const Entry& e = entries_[id];
      size_t len = e.words.size();
      if (len <= best || i + 1 < lo + len) continue;
      size_t k = 1;
      while (k < len && word(i - k) == e.words[len - 1 - k]) ++k;
      if (k == len) {
        best = len;
        *value = &e.value;
      }
    }
    return best;
  }

  [[nodiscard]] bool empty() const { return entries_.empty(); }
  // Calls f(words, value) for every phrase.
  template <typename F>
  void ForEach(const F& f) const {
    for (const Entry& e : entries_) f(e.words, e.value);
  }

 private:
  struct Entry {
    std::vector<std::string> words;
    V value;
  };
  std::vector<Entry> entries_;
  WordMap<std::vector<uint32_t>> first_;
  WordMap<std::vector<uint32_t>> last_;
};

enum Position : uint8_t { kAfter = 1, kBefore = 2, kHead = 4 };
enum class Applies : uint8_t { kPersons, kThings, kMoney, kBodies, kAny };

struct TriggerInfo {
  std::string category;
  uint8_t positions = 0;  // kAfter | kBefore | kHead
  Applies applies = Applies::kAny;
};

struct GroupInfo {
  std::string lemma;
  std::string group_class;
  bool person = true;     // counts people (not houses, vehicles...)
  bool singular = false;  // "man", "woman", "child": a singular form
};

struct DemonymInfo {
  std::string modifier;
  bool noun = false;  // "Azerbaijanis": the counted noun itself
};

// Roles of function words (words.tsv), as bits.
enum WordRole : uint8_t {
  kAux = 1,
  kGap = 2,
  kStop = 4,
  kRel = 8,
};

enum class AttributionKind : uint8_t { kVerb, kAccording, kFigure, kSource };
enum class NotClaimKind : uint8_t { kNoun, kMoney, kVerb };

class Vocab {
 public:
  // Loads every claims/*.tsv file. Errors name the file and line.
  static Result<Vocab> Load(const std::string& lexicon_dir);

  PhraseTable<TriggerInfo> triggers;
  PhraseTable<std::string> labels;  // label -> category ("*": the referred claim's)
  PhraseTable<GroupInfo> groups;
  PhraseTable<DemonymInfo> demonyms;
  PhraseTable<bool> lists;  // list cues ("including", "among them")
  PhraseTable<AttributionKind> attribution;
  PhraseTable<NotClaimKind> not_claims;
  PhraseTable<std::string> modality;  // cue -> "negated" / "hypothetical"
  // Which sentences may hold a claim, from the tables above.
  Prefilter prefilter;

  // Roles of a single function word; 0 when it has none.
  [[nodiscard]] uint8_t Roles(std::string_view word) const {
    const uint8_t* r = roles_.Find(word);
    return r == nullptr ? 0 : *r;
  }
  // True when word is the first word of some trigger phrase.
  [[nodiscard]] bool StartsTrigger(std::string_view word) const;

 private:
  WordMap<uint8_t> roles_;
  WordMap<bool> trigger_starts_;
};

}  // namespace dossier::claims

#endif  // DOSSIER_EXTRACT_CLAIMS_VOCAB_H_
