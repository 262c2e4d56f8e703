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
#include <unordered_map>
#include <vector>

#include "dossier/status.h"

namespace dossier::claims {

struct SvHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
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
    first_[e.words.front()].push_back(id);
    last_[e.words.back()].push_back(id);
    entries_.push_back(std::move(e));
  }

  // Longest phrase whose first word is at position i: returns its length in
  // words (0: none) and sets *value. word(k) returns the word at position k
  // or an empty view past the end or at a non-word.
  template <typename WordAt>
  size_t MatchForward(const WordAt& word, size_t i, size_t n, const V** value) const {
    auto it = first_.find(word(i));
    if (it == first_.end()) return 0;
    size_t best = 0;
    for (size_t id : it->second) {
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
    auto it = last_.find(word(i));
    if (it == last_.end()) return 0;
    size_t best = 0;
    for (size_t id : it->second) {
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

  bool empty() const { return entries_.empty(); }

 private:
  struct Entry {
    std::vector<std::string> words;
    V value;
  };
  std::vector<Entry> entries_;
  std::unordered_map<std::string, std::vector<size_t>, SvHash, std::equal_to<>> first_;
  std::unordered_map<std::string, std::vector<size_t>, SvHash, std::equal_to<>> last_;
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

  // Roles of a single function word; 0 when it has none.
  uint8_t Roles(std::string_view word) const {
    auto it = roles_.find(word);
    return it == roles_.end() ? 0 : it->second;
  }
  // True when word is the first word of some trigger phrase.
  bool StartsTrigger(std::string_view word) const;

 private:
  std::unordered_map<std::string, uint8_t, SvHash, std::equal_to<>> roles_;
  std::unordered_map<std::string, bool, SvHash, std::equal_to<>> trigger_starts_;
};

}  // namespace dossier::claims

#endif  // DOSSIER_EXTRACT_CLAIMS_VOCAB_H_
