// extract/quotes/words.h: a small word tokenizer and the vocabulary the quote
// finder reads around quote marks.
//
// The tokenizer splits a byte range into words (letters with inner
// apostrophes and hyphens), numbers and single punctuation characters, and
// marks capitalised words. It knows nothing about sentences or quote pairs.
// QuoteLexicon holds the speech verbs, cues and word classes loaded from
// data/lexicons/quotes/; lookups never allocate.
#ifndef DOSSIER_EXTRACT_QUOTES_WORDS_H_
#define DOSSIER_EXTRACT_QUOTES_WORDS_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/lexicon.h"
#include "dossier/status.h"

namespace dossier::quotes {

enum class TokKind : uint8_t { kWord, kNumber, kPunct };

struct Tok {
  uint32_t start = 0;
  uint32_t end = 0;
  TokKind kind = TokKind::kWord;
  bool cap = false;    // first letter upper case
  bool upper = false;  // every letter upper case (and at least two letters)
};

// Appends the tokens of text[begin, end) to *out.
void TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Tok>* out);

// True when the code point starting at text[i] is a letter (ASCII letters and
// any non-ASCII code point outside the punctuation and space blocks).
bool IsLetterAt(std::string_view text, size_t i);
// True when the code point starting at text[i] is an upper-case letter
// (ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals).
bool IsUpperAt(std::string_view text, size_t i);
// Byte length of the UTF-8 sequence starting with byte c (1 for invalid).
size_t Utf8Len(unsigned char c);

// Word classes, as bits (a word may have several).
enum WordClass : uint32_t {
  kPersonPronoun = 1u << 0,
  kPluralPronoun = 1u << 1,
  kItPronoun = 1u << 2,
  kDeterminer = 1u << 3,
  kSkip = 1u << 4,
  kTitle = 1u << 5,
  kStop = 1u << 6,
  kRole = 1u << 7,
  kOrgCue = 1u << 8,
  kCueStart = 1u << 9,  // the first word of a phrase cue
};

// Speech verb flags.
enum VerbFlag : uint32_t {
  kInvertible = 1u << 0,  // "said Mira Halden"
  kAddressee = 1u << 1,   // "told reporters"
  kWeak = 1u << 2,        // only next to quote marks
};

struct VerbInfo {
  std::string_view lemma;
  uint32_t flags = 0;
};

struct WordEntry {
  uint32_t classes = 0;
  const VerbInfo* verb = nullptr;
};

struct Cue {
  std::vector<std::string> words;  // lower case
  std::string verb;                // what Quote::verb reports
};

class QuoteLexicon {
 public:
  // Loads quotes/speech_verbs.tsv, quotes/cues.tsv and quotes/words.tsv.
  // Errors name the file and line.
  Status Load(const LexiconLoader& loader);

  // Everything the lexicon knows about a word (case-insensitive, ASCII
  // folding), in one hash lookup; nullptr when nothing.
  const WordEntry* Lookup(std::string_view word) const;
  // The class bits of a word; 0 if none.
  uint32_t Classes(std::string_view word) const {
    const WordEntry* e = Lookup(word);
    return e == nullptr ? 0 : e->classes;
  }
  // The speech verb with this form, or nullptr.
  const VerbInfo* Verb(std::string_view word) const {
    const WordEntry* e = Lookup(word);
    return e == nullptr ? nullptr : e->verb;
  }
  const std::vector<Cue>& cues() const { return cues_; }
  // 'f' or 'm' for a first name the lexicon knows (case-insensitive), else 0.
  char Gender(std::string_view first_name) const;

 private:
  // Lower-cases word into buf (ASCII only); empty when it does not fit.
  static std::string_view Fold(std::string_view word, char* buf, size_t cap);

  std::deque<std::string> store_;  // owns the keys and lemmas
  WordEntry& Entry(std::string_view lower_word);

  std::deque<VerbInfo> verb_store_;
  std::unordered_map<std::string_view, WordEntry> entries_;
  std::vector<Cue> cues_;
  std::unordered_map<std::string_view, char> genders_;
};

// True when tok is a word equal to `lower` ignoring ASCII case.
bool TokIs(std::string_view text, const Tok& tok, std::string_view lower);
inline std::string_view TokText(std::string_view text, const Tok& tok) {
  return text.substr(tok.start, tok.end - tok.start);
}

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_WORDS_H_
