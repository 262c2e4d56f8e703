// extract/claims/prefilter.h: a cheap, sound test of whether a sentence can
// hold a claim, run on its raw bytes before it is split into units.
//
// Every claim needs a trigger or a label phrase ("were killed", "the dead",
// "Injured:") or a sentence-initial "among", and something counted: a count
// number, a singular person noun ("a man was shot") or a denial ("no one").
// The filter keeps, for each such phrase of the vocabulary, a key word that
// any match must contain, and passes a sentence only when it holds a key
// word of the first kind and one of the second (or a count number). It
// never drops a sentence the rules would read a claim from; it may pass
// sentences that hold none. It does not read claims itself.
#ifndef DOSSIER_EXTRACT_CLAIMS_PREFILTER_H_
#define DOSSIER_EXTRACT_CLAIMS_PREFILTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/numbers.h"

namespace dossier::claims {

class Prefilter {
 public:
  // What a key word stands for, as bits.
  enum Need : uint8_t {
    kCue = 1,      // a trigger, label or "among": the category can be found
    kCounted = 2,  // a singular person noun or a denial: a figure without a numeral
  };

  // Adds a phrase (its words in lower case) that any match must contain.
  void AddPhrase(const std::vector<std::string>& words, Need need);
  void AddWord(std::string_view word, Need need);
  // A word that counts only as the sentence's first word ("Among them were").
  void AddLeadWord(std::string_view word, Need need);
  // Chooses the key words, once every phrase is added: a one-word phrase is
  // its own key; a longer one needs none when it holds a key already, else
  // its longest word of 2 to 31 ASCII letters that is not a common word. A
  // phrase without such a word turns the filter off (every sentence
  // passes), so the filter stays sound for any vocabulary.
  void Finish();

  // True when the sentence text[begin, end) may hold a claim. REQUIRES:
  // Finish() was called after the last Add. numbers are
  // the document's mentions sorted by start; *cursor is the first one that
  // may lie in the sentence and is advanced past those before end.
  [[nodiscard]] bool MayClaim(std::string_view text, size_t begin, size_t end,
                              const std::vector<NumberMention>& numbers, size_t* cursor) const;

  static constexpr int kShapeBits = 16;

 private:
  static constexpr size_t kMaxKey = 31;
  struct Slot {
    uint64_t hash = 0;
    std::string key;  // empty: free
    uint8_t need = 0;
  };
  struct Pending {
    std::vector<std::string> words;
    Need need;
  };
  void Insert(std::string_view word, Need need);
  [[nodiscard]] uint8_t Lookup(const char* lower, size_t len) const;
  [[nodiscard]] uint8_t LeadNeed(std::string_view text, size_t begin, size_t end) const;
  // The needs of the letter run text[i, i + len) when it is a key; 0 if not.
  [[nodiscard]] uint8_t Check(std::string_view text, size_t i, size_t len) const;
  // Check's hash lookup, once the masks let the run through.
  [[nodiscard]] uint8_t CheckSlow(std::string_view text, size_t i, size_t len) const;
  // Needs found among the letter runs of text[begin, end).
  [[nodiscard]] uint8_t ScanRuns(std::string_view text, size_t begin, size_t end) const;
  // Needs of the two pieces of a run cut at `cut` by a number's edge, the
  // pieces bounded by the neighbouring cuts lo and hi.
  [[nodiscard]] uint8_t CheckCut(std::string_view text, size_t lo, size_t cut, size_t hi) const;
  void Grow();

  bool off_ = false;
  // Bits set by the keys' shapes (first two letters, last letter, length).
  uint64_t shapes_[(1u << kShapeBits) / 64] = {};
  std::vector<Pending> pending_;
  std::vector<Pending> leads_;
  std::vector<Slot> slots_;
  size_t count_ = 0;
};

}  // namespace dossier::claims

#endif  // DOSSIER_EXTRACT_CLAIMS_PREFILTER_H_
