// Word tokenizer and quote vocabulary. Tokens are byte ranges; no token
// owns memory. Lexicon loading validates fields and names the file and line
// of a bad entry; it does not check the vocabulary's wording.
#include "extract/quotes/words.h"

#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace dossier::quotes {
namespace {

uint32_t DecodeAt(std::string_view s, size_t i, size_t* len) {
  auto c = static_cast<unsigned char>(s[i]);
  size_t n = Utf8Len(c);
  if (i + n > s.size()) n = 1;
  *len = n;
  if (n == 1) return c;
  uint32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

bool IsSpaceCp(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000 || cp == 0xFEFF;
}

bool IsLetterCp(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xC0) return false;  // Latin-1 punctuation and symbols
  if (cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp == 0xFEFF || cp == 0xFFFD) return false;
  return true;
}

bool IsUpperCp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return (cp % 2) == 0;  // approximate: capitals are even
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

bool IsInnerJoiner(std::string_view text, size_t i, size_t* len) {
  auto c = static_cast<unsigned char>(text[i]);
  if (c == '\'' || c == '-') {
    *len = 1;
    return true;
  }
  // U+2019 RIGHT SINGLE QUOTATION MARK used as an apostrophe.
  if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
      static_cast<unsigned char>(text[i + 2]) == 0x99) {
    *len = 3;
    return true;
  }
  return false;
}

}  // namespace

size_t Utf8Len(unsigned char c) {
  if (c < 0xC0) return 1;
  if (c < 0xE0) return 2;
  if (c < 0xF0) return 3;
  if (c < 0xF8) return 4;
  return 1;
}

bool Possessive(std::string_view w) {
  return (w.size() > 2 && w.ends_with("'s")) || (w.size() > 4 && w.ends_with("\u2019s"));
}

std::string_view Between(std::string_view text, size_t from, size_t to) {
  while (from < to && text[from] == ' ') ++from;
  while (to > from && text[to - 1] == ' ') --to;
  return text.substr(from, to - from);
}

bool IsLetterAt(std::string_view text, size_t i) {
  size_t len = 0;
  return IsLetterCp(DecodeAt(text, i, &len));
}

bool IsUpperAt(std::string_view text, size_t i) {
  size_t len = 0;
  return IsUpperCp(DecodeAt(text, i, &len));
}

namespace {

constexpr bool AsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// ASCII letters and digits, for the tight loop of WordEnd.
constexpr auto kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) t[c] = AsciiAlnum(static_cast<unsigned char>(c));
  return t;
}();

// The first j in [i, end) whose byte is no ASCII letter or digit, or end:
// sixteen bytes at a time with SSE2 (one test for most of a word's letters,
// not a branch per letter), then byte by byte.
size_t AlnumRunEnd(std::string_view text, size_t i, size_t end) {
#if defined(__SSE2__)
  const __m128i lower_a = _mm_set1_epi8('a' - 1);
  const __m128i lower_z = _mm_set1_epi8('z' + 1);
  const __m128i digit_0 = _mm_set1_epi8('0' - 1);
  const __m128i digit_9 = _mm_set1_epi8('9' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20);
  while (i < end && i + 16 <= text.size()) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    // Bytes of 0x80 and above are negative as signed bytes: never in range.
    __m128i folded = _mm_or_si128(x, case_bit);
    __m128i alpha = _mm_and_si128(_mm_cmpgt_epi8(folded, lower_a), _mm_cmplt_epi8(folded, lower_z));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, digit_0), _mm_cmplt_epi8(x, digit_9));
    auto other = ~static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(alpha, digit))) & 0xFFFFu;
    if (other != 0) {
      i += static_cast<size_t>(std::countr_zero(other));
      return i < end ? i : end;
    }
    i += 16;
  }
  if (i >= end) return end;
#endif
  while (i < end && kAsciiAlnum[static_cast<unsigned char>(text[i])]) ++i;
  return i;
}

// Reads the word starting at i (a letter); returns its end and sets *all_upper
// and *letters (the count is exact only while *all_upper holds: it only
// matters then). ASCII bytes take a fast path; other code points are decoded.
size_t WordEnd(std::string_view text, size_t i, size_t end, bool* all_upper, size_t* letters) {
  while (i < end) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (AsciiAlnum(c)) {
        if (c >= 'a' && c <= 'z') *all_upper = false;
        ++*letters;
        ++i;
        if (!*all_upper) i = AlnumRunEnd(text, i, end);
        continue;
      }
      if ((c == '\'' || c == '-') && i + 1 < end && IsLetterAt(text, i + 1)) {
        ++i;
        continue;
      }
      return i;
    }
    size_t len = 0;
    uint32_t cp = DecodeAt(text, i, &len);
    if (IsLetterCp(cp)) {
      if (!IsUpperCp(cp)) *all_upper = false;
      ++*letters;
      i += len;
      continue;
    }
    size_t jl = 0;
    if (IsInnerJoiner(text, i, &jl) && i + jl < end && IsLetterAt(text, i + jl)) {
      i += jl;
      continue;
    }
    return i;
  }
  return i;
}

size_t NumberEnd(std::string_view text, size_t i, size_t end) {
  while (i < end) {
    auto c = static_cast<unsigned char>(text[i]);
    if (AsciiAlnum(c)) {
      ++i;
    } else if ((c == ',' || c == '.') && i + 1 < end && text[i + 1] >= '0' && text[i + 1] <= '9') {
      ++i;
    } else {
      break;
    }
  }
  return i;
}

}  // namespace

size_t TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Tok>* out,
                     size_t max_tokens) {
  if (end > text.size()) end = text.size();
  size_t i = begin;
  size_t emitted = 0;
  while (i < end) {
    if (emitted == max_tokens) return i;
    auto c = static_cast<unsigned char>(text[i]);
    size_t len = 1;
    uint32_t cp = c;
    if (c >= 0x80) cp = DecodeAt(text, i, &len);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || (c >= 0x80 && IsSpaceCp(cp))) {
      i += len;
      continue;
    }
    Tok tok;
    tok.start = static_cast<uint32_t>(i);
    if (IsLetterCp(cp)) {
      tok.kind = TokKind::kWord;
      tok.cap = IsUpperCp(cp);
      bool all_upper = tok.cap;
      size_t letters = 0;
      i = WordEnd(text, i, end, &all_upper, &letters);
      tok.upper = all_upper && letters >= 2;
    } else if (len == 1 && c >= '0' && c <= '9') {  // not an overlong form
      tok.kind = TokKind::kNumber;
      i = NumberEnd(text, i, end);
    } else {
      tok.kind = TokKind::kPunct;
      i += len;
    }
    if (i <= tok.start) i = tok.start + len;  // always advance, whatever the bytes
    tok.end = static_cast<uint32_t>(i);
    out->push_back(tok);
    ++emitted;
  }
  return i;
}

bool WordIs(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    char c = word[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != lower[k]) return false;
  }
  return true;
}

WordEntry& QuoteLexicon::Entry(std::string_view lower_word) {
  if (entries_.Find(lower_word) != nullptr) return entries_.Insert(lower_word);
  return entries_.Insert(store_.emplace_back(lower_word));
}

char QuoteLexicon::Gender(std::string_view first_name) const {
  const char* g = genders_.Find(first_name);
  return g == nullptr ? 0 : *g;
}

namespace {

Status LineError(std::string_view file, int line, std::string_view what) {
  return InvalidArgument("lexicon " + std::string(file) + " line " + std::to_string(line) + ": " +
                         std::string(what));
}

uint32_t ClassBit(std::string_view name) {
  if (name == "person") return kPersonPronoun;
  if (name == "plural") return kPluralPronoun;
  if (name == "it") return kItPronoun;
  if (name == "det") return kDeterminer;
  if (name == "skip") return kSkip;
  if (name == "title") return kTitle;
  if (name == "stop") return kStop;
  if (name == "role") return kRole;
  if (name == "org") return kOrgCue;
  if (name == "female") return kFemale;
  if (name == "male") return kMale;
  if (name == "noun") return kNoun;
  if (name == "link") return kLinkBefore;
  if (name == "discourse") return kDiscourse;
  if (name == "intro") return kIntro;
  if (name == "aux") return kAux;
  if (name == "post") return kPost;
  if (name == "rank") return kRank;
  if (name == "particle") return kParticle;
  if (name == "orghead") return kOrgHead;
  if (name == "trait") return kTrait;
  if (name == "orgnamed") return kOrgNamed;
  if (name == "abbrev") return kAbbrev;
  if (name == "street") return kStreet;
  if (name == "caption") return kCaption;
  if (name == "kin") return kKin;
  if (name == "suffix") return kSuffix;
  if (name == "document") return kDocument;
  if (name == "view") return kView;
  if (name == "office") return kOffice;
  if (name == "bemodal") return kBeModal;
  return 0;
}

}  // namespace

Status QuoteLexicon::Load(const LexiconLoader& loader) {
  static constexpr std::string_view kVerbs = "quotes/speech_verbs.tsv";
  static constexpr std::string_view kCues = "quotes/cues.tsv";
  static constexpr std::string_view kWords = "quotes/words.tsv";
  Result<std::string> verbs = loader.Load(kVerbs);
  if (!verbs.ok()) return verbs.status();
  for (const LexiconLine& line : SplitLexicon(*verbs)) {
    if (line.fields.size() < 2) return LineError(kVerbs, line.line_number, "want form, lemma");
    std::string_view form = line.fields[0];
    const std::string& lemma = store_.emplace_back(line.fields[1]);
    VerbInfo info{lemma, 0};
    if (line.fields.size() >= 3) {
      std::string_view flags = line.fields[2];
      if (flags.find("inv") != std::string_view::npos) info.flags |= kInvertible;
      if (flags.find("addr") != std::string_view::npos) info.flags |= kAddressee;
      if (flags.find("weak") != std::string_view::npos) info.flags |= kWeak;
      if (flags.find("obj") != std::string_view::npos) info.flags |= kObject;
    }
    WordEntry& entry = Entry(form);
    if (entry.verb == nullptr) entry.verb = &verb_store_.emplace_back(info);
  }
  Result<std::string> cues = loader.Load(kCues);
  if (!cues.ok()) return cues.status();
  for (const LexiconLine& line : SplitLexicon(*cues)) {
    if (line.fields.size() < 2) return LineError(kCues, line.line_number, "want phrase, verb");
    Cue cue;
    std::string_view phrase = line.fields[0];
    while (!phrase.empty()) {
      size_t sp = phrase.find(' ');
      std::string_view w = phrase.substr(0, sp);
      if (!w.empty()) cue.words.emplace_back(w);
      if (sp == std::string_view::npos) break;
      phrase.remove_prefix(sp + 1);
    }
    if (cue.words.empty()) return LineError(kCues, line.line_number, "empty phrase");
    Entry(cue.words[0]).classes |= kCueStart;
    cue.verb = std::string(line.fields[1]);
    cues_.push_back(std::move(cue));
  }
  Result<std::string> words = loader.Load(kWords);
  if (!words.ok()) return words.status();
  for (const LexiconLine& line : SplitLexicon(*words)) {
    if (line.fields.size() < 2) return LineError(kWords, line.line_number, "want word, class");
    uint32_t bit = ClassBit(line.fields[1]);
    if (bit == 0) return LineError(kWords, line.line_number, "unknown class");
    Entry(line.fields[0]).classes |= bit;
  }
  static constexpr std::string_view kDocuments = "quotes/documents.tsv";
  Result<std::string> documents = loader.Load(kDocuments);
  if (!documents.ok()) return documents.status();
  for (const LexiconLine& line : SplitLexicon(*documents)) {
    if (line.fields.size() < 2)
      return LineError(kDocuments, line.line_number, "want phrase, place");
    std::string_view place = line.fields[1];
    std::vector<std::string_view>* list = place == "before"    ? &document_cues_.before
                                          : place == "opening" ? &document_cues_.opening
                                          : place == "after"   ? &document_cues_.after
                                          : place == "verb"    ? &document_cues_.verb
                                          : place == "part"    ? &document_cues_.part
                                                               : nullptr;
    if (list == nullptr) return LineError(kDocuments, line.line_number, "unknown place");
    list->push_back(store_.emplace_back(line.fields[0]));
  }
  static constexpr std::string_view kNames = "quotes/first_names.tsv";
  Result<std::string> names = loader.Load(kNames);
  if (!names.ok()) return names.status();
  for (const LexiconLine& line : SplitLexicon(*names)) {
    if (line.fields.size() < 2 || (line.fields[1] != "f" && line.fields[1] != "m"))
      return LineError(kNames, line.line_number, "want name, f or m");
    std::string key(line.fields[0]);
    for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (genders_.Find(key) == nullptr)
      genders_.Insert(store_.emplace_back(key)) = line.fields[1][0];
  }
  return Status::Ok();
}

}  // namespace dossier::quotes
