// The time layer's vocabulary: one table from lower-cased word to everything
// the word can mean for dates (month, weekday, unit, number, modifier ...),
// built once from the lexicon files in data/lexicons/times/ and the shared
// number words. Lookups do not allocate. It does not parse text.
#ifndef DOSSIER_EXTRACT_TIMES_TIME_LEXICON_H_
#define DOSSIER_EXTRACT_TIMES_TIME_LEXICON_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/lexicon.h"
#include "dossier/status.h"

namespace dossier::times {

enum class Unit : uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kWeekend,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury
};

// Bits of WordInfo::flags.
enum WordFlag : uint32_t {
  kMonthCap = 1u << 0,      // month only when capitalised
  kWeekdayCap = 1u << 1,    // weekday only when capitalised
  kUnitPlural = 1u << 2,    // "years"
  kQualSpan = 1u << 3,      // "past", "next": with a count, a stretch of time
  kPrepYear = 1u << 4,      // a bare 4-digit number after it is a year
  kPrepFrom = 1u << 5,      // opens a range
  kPrepTo = 1u << 6,        // joins a range
  kFutureCue = 1u << 7,     // points to the future
  kModPre = 1u << 8,        // modifier before the expression
  kModOf = 1u << 9,         // modifier followed by "of" ("the end of")
  kDirDocument = 1u << 10,  // "ago": counted from the document date
  kDirMention = 1u << 11,   // "later": counted from the last date mentioned
  kHasQualifier = 1u << 12,
  kHasDirection = 1u << 13,
  kHasRelDay = 1u << 14,
  kHasQuantity = 1u << 15,
  kVagueQuantity = 1u << 16,
  kModOutside = 1u << 18,     // modifier kept out of the span ("about")
  kWeakFutureCue = 1u << 19,  // future cue unless a past-tense verb is near
  kPastCue = 1u << 20,        // past-tense word
  kTrigger = 1u << 17,        // can start an expression (set for all but context words)
};

enum class NumberKind : uint8_t { kNone, kUnit, kTens, kScale, kOrdinal, kOrdinalScale };

struct WordInfo {
  uint32_t flags = 0;
  uint8_t month = 0;          // 1..12
  uint8_t weekday = 0;        // 1..7
  uint8_t holiday_month = 0;  // fixed-date holiday (with holiday_day)
  uint8_t holiday_day = 0;
  Unit unit = Unit::kNone;
  uint8_t unit_count = 0;  // "fortnight" = 2 weeks
  NumberKind number_kind = NumberKind::kNone;
  int8_t qualifier = 0;           // -1 last, 0 this, 1 next (with kHasQualifier)
  int8_t direction = 0;           // -1 ago/earlier, 1 later (with kHasDirection)
  int8_t rel_day = 0;             // yesterday -1 (with kHasRelDay)
  int64_t number = 0;             // number word value
  int quantity = 0;               // "a" = 1, "couple" = 2 (with kHasQuantity)
  std::string_view season;        // "SU"
  std::string_view day_part;      // "NI"
  std::string_view rel_day_part;  // "tonight" -> "NI"
  std::string_view reference;     // "PRESENT_REF"
  std::string_view set_value;     // "P1D"
  std::string_view mod;           // modifier or preposition mod: "start", "on_or_after"
  std::string_view prep_mod;      // mod a preposition gives ("since" -> on_or_after)
};

class TimeLexicon {
 public:
  // Loads data/lexicons/times/*.tsv and common/number_words.tsv through
  // LexiconLoader(lexicon_dir). Errors name the file and line.
  static Result<TimeLexicon> Load(const std::string& lexicon_dir);

  // The entry of a word, compared case-insensitively (ASCII); nullptr when
  // the word means nothing for time. Words longer than 24 bytes never match.
  [[nodiscard]] const WordInfo* Find(std::string_view word) const {
    size_t n = word.size();
    if (n == 0 || n > max_len_) return nullptr;
    if (n <= 3) {  // the commonest words: one direct table, no hashing
      uint32_t key = 0;
      for (size_t i = 0; i < n; ++i) {
        unsigned char l = static_cast<unsigned char>(word[i]) | 32;
        if (l < 'a' || l > 'z') return nullptr;
        key = key * 27 + (l - 'a' + 1);
      }
      int32_t idx = short_index_[key];
      return idx < 0 ? nullptr : &infos_[idx];
    }
    if (!MayHold(word)) return nullptr;
    return FindSlow(word);
  }

  // Find for a word of ASCII letters only, as the scanner reads them, at
  // word.data() with `avail` >= word.size() bytes readable from there.
  // Same answer as Find, without copying or byte-wise hashing.
  [[nodiscard]] const WordInfo* FindLetters(std::string_view word, size_t avail) const {
    size_t n = word.size();
    if (n <= 3) {
      uint32_t key = 0;
      for (size_t i = 0; i < n; ++i)
        key = key * 27 + ((static_cast<unsigned char>(word[i]) | 32) - 'a' + 1);
      int32_t idx = short_index_[key];
      return idx < 0 ? nullptr : &infos_[idx];
    }
    if (n > kFastLen) return Find(word);
    unsigned c = (static_cast<unsigned char>(word[0]) | 32) - 'a';
    unsigned d = (static_cast<unsigned char>(word[1]) | 32) - 'a';
    if (!(length_mask_[c * 27 + d] & (1u << n))) return nullptr;
    uint64_t k0 = 0, k1 = 0;
    LetterKey(word.data(), n, avail, &k0, &k1);
    for (size_t i = FastIndex(k0, k1);; i = (i + 1) & fast_mask_) {
      const FastSlot& s = fast_[i];
      if (s.info < 0) return nullptr;
      if (s.k0 == k0 && s.k1 == k1) return &infos_[s.info];
    }
  }

 private:
  static constexpr size_t kFastLen = 16;  // FindLetters hashes words up to this long
  // Quick reject: no word of this length starts with these two letters.
  [[nodiscard]] bool MayHold(std::string_view word) const {
    size_t n = word.size();
    unsigned char c = static_cast<unsigned char>(word[0]) | 32;
    unsigned char d = n > 1 ? static_cast<unsigned char>(word[1]) | 32 : 'a' + 26;
    if (c < 'a' || c > 'z' || d < 'a' || d > 'a' + 26) return false;
    return (length_mask_[(c - 'a') * 27 + (d - 'a')] & (1u << n)) != 0;
  }
  // The lower-cased bytes of a word of ASCII letters (at most kFastLen),
  // zero-padded, as two 64-bit keys.
  static void LetterKey(const char* p, size_t n, size_t avail, uint64_t* k0, uint64_t* k1) {
    constexpr uint64_t kLower = 0x2020202020202020ull;
    if (std::endian::native == std::endian::little && avail >= kFastLen) {
      std::memcpy(k0, p, 8);
      std::memcpy(k1, p + 8, 8);
      if (n < 8) {
        *k0 = (*k0 | kLower) & ((uint64_t{1} << (8 * n)) - 1);
        *k1 = 0;
      } else {
        *k0 |= kLower;
        *k1 = n == 16 ? (*k1 | kLower) : (*k1 | kLower) & ((uint64_t{1} << (8 * (n - 8))) - 1);
      }
      return;
    }
    char b[kFastLen] = {};
    for (size_t i = 0; i < n; ++i) b[i] = static_cast<char>(p[i] | 0x20);
    std::memcpy(k0, b, 8);
    std::memcpy(k1, b + 8, 8);
  }
  [[nodiscard]] size_t FastIndex(uint64_t k0, uint64_t k1) const {
    uint64_t h = k0 * 0x9E3779B97F4A7C15ull ^ (k1 + 0x632BE59BD9B4E019ull) * 0xC2B2AE3D27D4EB4Full;
    return static_cast<size_t>(h ^ (h >> 29)) & fast_mask_;
  }
  WordInfo* Insert(std::string_view lower_word);
  [[nodiscard]] const WordInfo* FindSlow(std::string_view word) const;
  void Finish();  // sets trigger bits and the quick-reject masks
  size_t max_len_ = 0;
  // Bit n of [first * 27 + second]: some word of length n starts with these
  // two letters (second = 26 for one-letter words).
  uint32_t length_mask_[26 * 27] = {};
  std::vector<int32_t> short_index_;  // words of 1-3 letters, base-27 key -> info
  struct Slot {
    uint64_t hash = 0;
    uint32_t key_offset = 0;
    uint16_t key_size = 0;
    int32_t info = -1;
  };
  std::vector<Slot> slots_;  // open addressing, power-of-two size
  // Words of 4 to kFastLen ASCII letters, keyed by LetterKey, for
  // FindLetters; open addressing, at most a quarter full.
  struct FastSlot {
    uint64_t k0 = 0;
    uint64_t k1 = 0;
    int32_t info = -1;
  };
  std::vector<FastSlot> fast_;
  size_t fast_mask_ = 0;
  std::string keys_;
  std::vector<WordInfo> infos_;
  std::deque<std::string> strings_;  // texts the string_views point to (stable)
  std::string_view Keep(std::string_view s);
  // Fills w from one line of the named lexicon file (Load's per-line step).
  Status ParseEntry(std::string_view file, const LexiconLine& line, WordInfo* w);
  void MarkTriggers();            // Finish: the trigger bits
  void IndexSlot(const Slot& s);  // Finish: short-word index and length masks
  void BuildFastTable();          // Finish: FindLetters' table
};

}  // namespace dossier::times

#endif  // DOSSIER_EXTRACT_TIMES_TIME_LEXICON_H_
