// extract/numbers/lexicon.h: the number layer's vocabulary, loaded once.
//
// Holds the number words (common/number_words.tsv plus numbers/number_extras),
// scale words, qualifiers, vague amounts, currencies and context cues, in
// tables built for lookups without allocation. It does not scan text.
#ifndef DOSSIER_EXTRACT_NUMBERS_LEXICON_H_
#define DOSSIER_EXTRACT_NUMBERS_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/numbers.h"
#include "dossier/status.h"

namespace dossier::numbers {

enum class NumWord : uint8_t {
  kNone,
  kUnit,
  kTens,
  kScale,
  kOrdinal,
  kOrdinalScale,
  kDozen,
  kFraction,
};

// Context roles of a word (bit mask).
enum Role : uint32_t {
  kIdentBefore = 1u << 0,
  kIdentAfter = 1u << 1,
  kMonth = 1u << 2,
  kYearBefore = 1u << 3,
  kAgeBefore = 1u << 4,
  kSports = 1u << 5,
  kTimeAfter = 1u << 6,
  kNotCurrency = 1u << 7,
  kPersonNoun = 1u << 8,
  kUnitSuffix = 1u << 9,
  kScaleWord = 1u << 10,      // "million", "bn" as a separate word
  kScaleSuffix = 1u << 11,    // "bn", "k" glued to digits
  kCurrencyStart = 1u << 12,  // may start a currency name
  kVagueStart = 1u << 13,     // may start a vague amount
  kOneBefore = 1u << 14,      // "the one": a pronoun, not a count
  kLengthAfter = 1u << 15,    // "30m tall": the m is metres
  kNotName = 1u << 16,        // "With 275": a headline word, not a name
  kTimeUnit = 1u << 17,       // "over four days": a span of time
  kChangeBefore = 1u << 18,   // "rose 6.5% to 164p": a change, then a level
  kSignWord = 1u << 19,       // "minus 5"
  kIdentLower = 1u << 20,     // "category 4": a naming word in any case
  kEra = 1u << 21,            // "A.D. 1000", "300 BC"
  kNotCounted = 1u << 22,     // "in 2011 was": an -s word that is no counted noun
  kPeriodBefore = 1u << 23,   // "the first three quarters": quarters of a year
  kQualifierEnd = 1u << 24,   // ends a qualifier written before a number ("than")
  kVagueAlone = 1u << 25,     // a vague amount in one word ("several")
  kVagueNext = 1u << 26,      // a later word of a vague amount ("few" of "a few")
  kAmountOf = 1u << 27,       // "an average of 1500": the number after "of" is an amount
  kIdentWords = 1u << 28,     // "phase two", "season one": a numbered part, in words too
};

struct WordInfo {
  NumWord num = NumWord::kNone;
  double num_value = 0;  // the word's value (for fractions: the denominator)
  uint32_t roles = 0;
  int month = 0;
  double scale = 0;  // kScaleWord / kScaleSuffix
  bool scale_money_only = false;
};

struct ScaleForm {
  std::string form;
  double value = 0;
  bool word = false, suffix = false, money_only = false, case_sensitive = false;
};

struct Phrase {
  std::vector<std::string> words;  // lower case
  Qualifier qualifier = Qualifier::kExact;
  bool after = false;
  bool equal = false;  // "equal to 20": exact, and the item is the interval [20, 20]
};

struct VagueForm {
  std::vector<std::string> words;
  double low = 0, high = 0;  // high 0: none
  enum Needs : uint8_t { kNothing, kOf, kNoun } needs = kNothing;
};

struct CurrencyForm {
  std::string code;  // ISO code, "" when ambiguous, or a sub-unit word
  std::string word;  // the ambiguous name ("manat"), "" otherwise
  bool before = false, after = false, weak = false;
};

struct CountryCurrency {
  std::string word;  // "manat"
  std::string code;  // "AZN"
  std::string name;  // "Azerbaijan", "Azerbaijani"
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;

class Lexicon {
 public:
  static Result<std::unique_ptr<Lexicon>> Load(const std::string& dir);

  // The info of a lower-case word, or nullptr.
  const WordInfo* Find(std::string_view lower) const;
  // The info of a word as written, folding ASCII case; nullptr when none.
  // One hash, no allocation.
  const WordInfo* FindFolded(std::string_view word) const;
  // FindFolded for the words that can start an expression only (number,
  // vague, sign and currency words): nullptr for any other word. The hot
  // path of the tokenizer; REQUIRES: MayStartExpression(word).
  const WordInfo* FindStarter(std::string_view word) const { return Lookup(starter_index_, word); }
  // False when no word that can start a numeric expression (number, vague,
  // sign or currency word) has word's length and first, second and last
  // letters (a bit table); other words are looked up only when a rule asks
  // about them.
  bool MayStartExpression(std::string_view word) const {
    if (word.empty() || word.size() > longest_) return false;
    size_t bit = StarterBit(word);
    return (starter_bits_[bit >> 6] >> (bit & 63)) & 1;
  }
  // Marks a token whose word has not been looked up yet.
  static const WordInfo* Unresolved() { return &kUnresolved; }
  const std::vector<ScaleForm>& scales() const { return scales_; }
  const std::vector<Phrase>& qualifiers() const { return qualifiers_; }
  // Qualifiers written before a number whose last word has len letters,
  // longest phrase first; len 0: those ending in a symbol ("~", ">=").
  const std::vector<const Phrase*>& QualifiersBefore(size_t len) const {
    return len < before_by_len_.size() ? before_by_len_[len] : kNoPhrases;
  }
  const std::vector<VagueForm>& vague() const { return vague_; }
  // Currency name or short form (lower case, words joined by one space).
  const CurrencyForm* FindCurrencyName(std::string_view lower) const;
  // Upper-case ISO code as written ("USD"), excluding English words.
  const CurrencyForm* FindCurrencyCode(std::string_view code) const;
  // Symbols and symbol-like forms ("$", "US$", "Rs."), longest first.
  const std::vector<std::pair<std::string, CurrencyForm>>& symbols() const { return symbols_; }
  const std::vector<CountryCurrency>& countries() const { return countries_; }
  // True when some qualifier written after a number starts with byte b
  // (letters folded): a filter before matching the phrases.
  bool AfterQualifierMayStartWith(unsigned char b) const {
    return after_first_[b | (b >= 'A' && b <= 'Z' ? 0x20 : 0)];
  }
  // True when some currency symbol form starts with byte b (letters folded).
  bool SymbolMayStartWith(unsigned char b) const {
    return symbol_first_[b | (b >= 'A' && b <= 'Z' ? 0x20 : 0)];
  }

 private:
  Status LoadNumberWords(const std::string& name, std::string_view text);
  Status LoadScales(std::string_view text);
  Status LoadQualifiers(std::string_view text);
  void IndexQualifiersBefore();
  Status LoadVague(std::string_view text);
  Status LoadCues(std::string_view text);
  Status LoadIsoCurrencies(std::string_view text);
  Status LoadCurrencyWords(std::string_view text);
  Status LoadCountries(std::string_view text);
  WordInfo& Info(std::string_view lower);
  void AddCurrencyName(const std::string& lower, const CurrencyForm& form);

  StringMap<WordInfo> words_;
  StringMap<CurrencyForm> currency_names_;
  StringMap<CurrencyForm> currency_codes_;
  std::vector<std::pair<std::string, CurrencyForm>> symbols_;
  std::vector<ScaleForm> scales_;
  std::vector<Phrase> qualifiers_;
  std::vector<std::vector<const Phrase*>> before_by_len_;
  static inline const std::vector<const Phrase*> kNoPhrases;
  std::vector<VagueForm> vague_;
  std::vector<CountryCurrency> countries_;
  bool symbol_first_[256] = {};
  bool after_first_[256] = {};
  // Open-addressing tables over words_ (a case-blind hash of the word's
  // first and last eight bytes), built once after loading: 8-byte slots
  // with part of the hash and an entry number, so they stay in cache. The
  // starter table holds only the words that can start an expression.
  struct Slot {
    uint32_t tag = 0;    // the hash's upper half
    uint32_t entry = 0;  // 1 + the index into keys_ and infos_; 0: empty
  };
  struct Table {
    std::vector<Slot> slots;
    uint64_t mask = 0;
  };
  static void Insert(Table* table, uint64_t hash, uint32_t entry);
  const WordInfo* Lookup(const Table& table, std::string_view word) const;
  void BuildIndex();
  // Letters a-z (either case) map to 0-25, anything else to 26.
  static size_t ShapeCode(char ch) {
    unsigned folded = static_cast<unsigned char>(ch) | 0x20u;
    return folded - 'a' < 26 ? folded - 'a' : 26;
  }
  // REQUIRES: word.size() <= longest_.
  static size_t Shape(std::string_view word) {
    if (word.empty()) return 0;
    return (word.size() * 27 + ShapeCode(word.front())) * 27 + ShapeCode(word.back());
  }
  Table index_;
  Table starter_index_;
  std::vector<std::string_view> keys_;
  std::vector<const WordInfo*> infos_;
  size_t longest_ = 0;
  // Which (length, first letter, last letter) triples some word has: most
  // words of running text are ruled out before hashing.
  std::vector<uint8_t> shapes_;
  // REQUIRES: !word.empty().
  static size_t StarterBit(std::string_view word) {
    uint32_t key = static_cast<uint32_t>(word.size()) << 24 |
                   static_cast<uint32_t>(ShapeCode(word[0])) << 16 |
                   static_cast<uint32_t>(ShapeCode(word[word.size() > 1 ? 1 : 0])) << 8 |
                   static_cast<uint32_t>(ShapeCode(word.back()));
    return (key * 0x9E3779B1u) >> (32 - kStarterBitsLog2);
  }
  static constexpr int kStarterBitsLog2 = 16;
  std::vector<uint64_t> starter_bits_;
  static inline const WordInfo kUnresolved{};
};

// Lower-cases ASCII letters of s into buf (size n); returns the view, or an
// empty view when s is longer than n.
std::string_view LowerInto(std::string_view s, char* buf, size_t n);

}  // namespace dossier::numbers

#endif  // DOSSIER_EXTRACT_NUMBERS_LEXICON_H_
