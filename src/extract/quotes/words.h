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

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
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

// Appends the tokens of text[begin, end) to *out, at most max_tokens of
// them; returns where it stopped (end, or just past the last token).
size_t TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Tok>* out,
                     size_t max_tokens = SIZE_MAX);

// True when the code point starting at text[i] is a letter (ASCII letters and
// any non-ASCII code point outside the punctuation and space blocks).
bool IsLetterAt(std::string_view text, size_t i);
// True when the code point starting at text[i] is an upper-case letter
// (ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals).
bool IsUpperAt(std::string_view text, size_t i);
// Byte length of the UTF-8 sequence starting with byte c (1 for invalid).
size_t Utf8Len(unsigned char c);
// An ASCII letter.
inline bool LetterByte(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Whether the word w ends in a possessive 's, straight or curly, after
// something ("Reyes's", "Acme’s"; not "'s" alone).
bool Possessive(std::string_view w);
// The words of text[from, to) without the spaces around them.
std::string_view Between(std::string_view text, size_t from, size_t to);

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
  kFemale = 1u << 10,   // a word before a name that tells a woman ("widow", "Mrs")
  kMale = 1u << 11,
  kNoun = 1u << 12,        // a noun that ends like an adverb ("family", "assembly")
  kLinkBefore = 1u << 13,  // before a name, makes it no clause subject ("of", "his")
  kDiscourse = 1u << 14,   // may stand between a sentence start and its subject ("even")
  kIntro = 1u << 15,       // opens a phrase a comma closes before the subject ("later")
  kAux = 1u << 16,         // an auxiliary or verb after a subject ("was", "told")
  kPost = 1u << 17,        // a post or standing "the X" uses for someone named before
  kRank = 1u << 18,        // makes another office of a post ("deputy", "shadow")
  kParticle = 1u << 19,    // ends a phrasal verb after its object ("backed her up")
  // The head of a definite description that stands for an organisation
  // named before ("the company", "the club"). A high bit, apart from the
  // classes added one after another above.
  kOrgHead = 1u << 27,
  // The head of a description that tells a person by age, origin or sex
  // ("the youngster", "the Dutchman", "the Waterford man").
  kTrait = 1u << 28,
  // The head of a description that stands only for an organisation whose
  // name holds it ("the committee").
  kOrgNamed = 1u << 29,
  // A post whose holder the text names with it ("Judge Jo Reyes", "the
  // club's agent, Jo Reyes"): "the judge" stands only for a person named
  // so, not for whoever was named last (a defendant, a client).
  kOffice = 1u << 26,
  kAbbrev = 1u << 20,    // its full stop ends no sentence before a name ("Capt. Jo Reyes")
  kStreet = 1u << 21,    // ends a street's name ("Elm Drive"): a place after "on" or a number
  kCaption = 1u << 22,   // opens a caption, never a speaker ("Photo: ...")
  kKin = 1u << 23,       // a relative or friend named through another ("Jo's cousin")
  kSuffix = 1u << 24,    // ends a person's name after a full stop ("Jo Reyes Jr. said")
  kDocument = 1u << 25,  // a statement, release or filing its issuer speaks through
  // A verb of view or feeling ("considered", "expressed"): a phrase quoted
  // later in its clause is its subject's words.
  kView = 1u << 30,
  // A form of "be" or "get", or a modal, before a verb of view: a passive
  // ("was considered") or a view urged, not held ("should consider").
  kBeModal = 1u << 31,
};

// Speech verb flags.
enum VerbFlag : uint32_t {
  kInvertible = 1u << 0,  // "said Mira Halden"
  kAddressee = 1u << 1,   // "told reporters"
  kWeak = 1u << 2,        // only next to quote marks
  kObject = 1u << 3,      // the quote is its object: a cue before the quote only
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

// An open-addressing table from lower-case ASCII words to values. Lookups
// fold ASCII case while hashing (FNV-1a) and compare in place (kFold false:
// exact keys): no copy, no allocation. Keys are views; whoever inserts keeps
// them alive. Words over 32 bytes are never found.
template <typename V, bool kFold = true>
class WordTable {
 public:
  [[nodiscard]] const V* Find(std::string_view word) const {
    if (word.size() > kMaxLen || ((length_mask_ >> word.size()) & 1) == 0) return nullptr;
    size_t mask = slots_.size() - 1;
    for (size_t i = Hash(word) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key.size() == word.size() && EqualsFolded(word, s.key)) return &s.value;
    }
  }
  // The value for lower_key, inserted (value-initialised) when missing.
  V& Insert(std::string_view lower_key) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    size_t mask = slots_.size() - 1;
    size_t i = Hash(lower_key) & mask;
    for (; slots_[i].used; i = (i + 1) & mask) {
      if (slots_[i].key == lower_key) return slots_[i].value;
    }
    slots_[i] = Slot{lower_key, V{}, true};
    ++size_;
    if (lower_key.size() <= kMaxLen) length_mask_ |= uint64_t{1} << lower_key.size();
    return slots_[i].value;
  }

 private:
  static constexpr size_t kMaxLen = 32;  // longer words are never looked up
  struct Slot {
    std::string_view key;
    V value{};
    bool used = false;
  };
  static char Lower(char c) {
    return (kFold && c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  static size_t Hash(std::string_view w) {
    uint64_t h = 1469598103934665603ull;
    for (char c : w) h = (h ^ static_cast<unsigned char>(Lower(c))) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
  static bool EqualsFolded(std::string_view word, std::string_view lower) {
    for (size_t k = 0; k < word.size(); ++k) {
      if (Lower(word[k]) != lower[k]) return false;
    }
    return true;
  }
  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot{});
    size_t mask = slots_.size() - 1;
    for (Slot& s : old) {
      if (!s.used) continue;
      size_t i = Hash(s.key) & mask;
      while (slots_[i].used) i = (i + 1) & mask;
      slots_[i] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  size_t size_ = 0;
  uint64_t length_mask_ = 0;
};

class QuoteLexicon {
 public:
  // Loads quotes/speech_verbs.tsv, quotes/cues.tsv, quotes/words.tsv and
  // quotes/documents.tsv.
  // Errors name the file and line.
  Status Load(const LexiconLoader& loader);

  // Everything the lexicon knows about a word (case-insensitive, ASCII
  // folding), in one hash lookup; nullptr when nothing.
  const WordEntry* Lookup(std::string_view word) const { return entries_.Find(word); }
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
  // The phrases of quotes/documents.tsv that tell who issued a document,
  // by place: before the document noun with the issuer before them, opening
  // the words before it with the issuer after them, between it and its
  // issuer after it; and the verbs that issue one and the words of its name.
  struct DocumentCues {
    std::vector<std::string_view> before;
    std::vector<std::string_view> opening;
    std::vector<std::string_view> after;
    std::vector<std::string_view> verb;  // "issued": issues a document
    std::vector<std::string_view> part;  // "news": of the document's name
  };
  const DocumentCues& document_cues() const { return document_cues_; }
  // 'f' or 'm' for a first name the lexicon knows (case-insensitive), else 0.
  char Gender(std::string_view first_name) const;

 private:
  std::deque<std::string> store_;  // owns the keys and lemmas
  WordEntry& Entry(std::string_view lower_word);

  std::deque<VerbInfo> verb_store_;
  WordTable<WordEntry> entries_;
  std::vector<Cue> cues_;
  DocumentCues document_cues_;
  WordTable<char> genders_;
};

// True when word equals `lower` ignoring ASCII case.
bool WordIs(std::string_view word, std::string_view lower);
// True when tok is a word equal to `lower` ignoring ASCII case.
inline bool TokIs(std::string_view text, const Tok& tok, std::string_view lower) {
  return WordIs(text.substr(tok.start, tok.end - tok.start), lower);
}
// Whether tok is the one-byte punctuation c.
inline bool TokIsChar(std::string_view text, const Tok& tok, char c) {
  return tok.kind == TokKind::kPunct && tok.end == tok.start + 1 && text[tok.start] == c;
}
inline std::string_view TokText(std::string_view text, const Tok& tok) {
  return text.substr(tok.start, tok.end - tok.start);
}

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_WORDS_H_
