// Paragraph and sentence segmentation by rule, in one linear pass.
//
// A sentence ends at . ! ? or an ellipsis, followed by optional closing
// quotes or brackets and white space, unless the period belongs to an
// abbreviation, an initial or a number, or the next word starts in lower
// case. Lines are paragraphs (scraped news puts one on each line), except
// that a hard-wrapped line continuing in lower case joins the previous one.
// It does not split at semicolons or colons, and it does not try to detect
// headlines beyond "a line is a paragraph".
#include <algorithm>
#include <string>
#include <unordered_set>

#include "dossier/lexicon.h"
#include "dossier/text.h"

namespace dossier {
namespace {

bool IsSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(unsigned char c) { return IsUpper(c) || IsLower(c); }

// Length of a UTF-8 "space-like" sequence at s[i] (NBSP, thin space, ...), or
// 0.
size_t UnicodeSpaceAt(std::string_view s, size_t i) {
  auto u = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  if (u(i) == 0xC2 && u(i + 1) == 0xA0) return 2;
  if (u(i) == 0xE2 && u(i + 1) == 0x80 && u(i + 2) >= 0x80 && u(i + 2) <= 0x8A) return 3;
  if (u(i) == 0xE2 && u(i + 1) == 0x80 && u(i + 2) == 0xAF) return 3;
  if (u(i) == 0xE3 && u(i + 1) == 0x80 && u(i + 2) == 0x80) return 3;
  return 0;
}

// Closing quotes and brackets that may follow a sentence's final mark.
size_t CloserAt(std::string_view s, size_t i) {
  auto u = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  unsigned char c = u(i);
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  if (c == 0xE2 && u(i + 1) == 0x80 && (u(i + 2) == 0x9D || u(i + 2) == 0x99 || u(i + 2) == 0xBA))
    return 3;                                   // ” ’ ›
  if (c == 0xC2 && u(i + 1) == 0xBB) return 2;  // »
  return 0;
}

// Opening quotes and brackets that may start a sentence.
size_t OpenerAt(std::string_view s, size_t i) {
  auto u = [&](size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; };
  unsigned char c = u(i);
  if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
  if (c == 0xE2 && u(i + 1) == 0x80 && (u(i + 2) == 0x9C || u(i + 2) == 0x98 || u(i + 2) == 0x9E))
    return 3;                                   // “ ‘ „
  if (c == 0xC2 && u(i + 1) == 0xAB) return 2;  // «
  return 0;
}

bool EllipsisAt(std::string_view s, size_t i) {
  return i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         static_cast<unsigned char>(s[i + 2]) == 0xA6;
}

// A set of words looked up by string_view without building a std::string.
struct WordHash {
  using is_transparent = void;
  size_t operator()(std::string_view w) const { return std::hash<std::string_view>{}(w); }
};
using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;

// The sentence lexicons: abbreviations (and which of them often end a
// sentence too), the words that start a sentence after such an
// abbreviation, and the words that cannot end a line.
struct SentenceLexicons {
  WordSet abbreviations;
  WordSet can_end;
  WordSet starters;
  WordSet continuations;
};

const SentenceLexicons& Lexicons() {
  static const SentenceLexicons* const kLexicons = [] {
    auto* a = new SentenceLexicons;
    for (const LexiconLine& line : SplitLexicon(EmbeddedLexicon("text/abbreviations.txt"))) {
      std::string w(line.fields[0]);
      if (line.fields.size() > 1 && line.fields[1] == "can_end") a->can_end.insert(w);
      a->abbreviations.insert(w);
      if (!w.empty() && IsLower(static_cast<unsigned char>(w[0]))) {
        std::string cap = w;
        cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
        a->abbreviations.insert(cap);
      }
    }
    for (const LexiconLine& line : SplitLexicon(EmbeddedLexicon("text/sentence_starters.txt")))
      a->starters.emplace(line.fields[0]);
    for (const LexiconLine& line : SplitLexicon(EmbeddedLexicon("text/line_continuations.txt")))
      a->continuations.emplace(line.fields[0]);
    return a;
  }();
  return *kLexicons;
}

// Words that start a new sentence after an abbreviation that can end one.
bool IsCommonSentenceStarter(std::string_view w) { return Lexicons().starters.count(w) > 0; }

// The word that ends at s[dot] (exclusive), letters and inner dots.
std::string_view WordBefore(std::string_view s, size_t begin, size_t dot) {
  size_t j = dot;
  while (j > begin) {
    unsigned char c = static_cast<unsigned char>(s[j - 1]);
    if (IsAlpha(c) || c == '.' || IsDigit(c)) {
      --j;
    } else {
      break;
    }
  }
  return s.substr(j, dot - j);
}

std::string_view WordAt(std::string_view s, size_t i, size_t end) {
  size_t j = i;
  while (j < end && IsAlpha(static_cast<unsigned char>(s[j]))) ++j;
  return s.substr(i, j - i);
}

// Decides whether a period at s[dot] that is followed by white space and then
// s[next] (a visible character) ends a sentence.
bool PeriodEndsSentence(std::string_view s, size_t begin, size_t dot, size_t next, size_t end) {
  std::string_view word = WordBefore(s, begin, dot);
  unsigned char nc = static_cast<unsigned char>(s[next]);
  if (IsLower(nc)) return false;
  if (word.empty()) return true;
  const SentenceLexicons& lex = Lexicons();
  bool multi_dot = word.find('.') != std::string_view::npos;
  if (lex.abbreviations.count(word) > 0 || multi_dot) {
    if (lex.can_end.count(word) > 0 || multi_dot) {
      return IsCommonSentenceStarter(WordAt(s, next, end));
    }
    return false;
  }
  // A single capital letter is an initial ("J. Smith"), unless a common
  // sentence starter follows ("Plan B. The").
  if (word.size() == 1 && IsUpper(static_cast<unsigned char>(word[0]))) {
    return IsCommonSentenceStarter(WordAt(s, next, end));
  }
  return true;
}

// A line ending in a preposition, article or conjunction cannot end a
// sentence or a headline: the next line continues it.
bool EndsWithFunctionWord(std::string_view line) {
  size_t j = line.size();
  while (j > 0 && IsAlpha(static_cast<unsigned char>(line[j - 1]))) --j;
  if (j == line.size() || (j > 0 && line[j - 1] != ' ')) return false;
  return Lexicons().continuations.count(line.substr(j)) > 0;
}

}  // namespace

// "... the department.Two victims", "... outside."I wish": text whose
// spaces after full stops were lost. The mark at text[dot] ends a sentence
// when a capitalised word (or an opening quote mark and one) follows it at
// once and a word ending in three lower-case letters or digits precedes it.
bool GluedSentenceEnd(std::string_view text, size_t dot) {
  auto at = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  size_t n = dot + 1;
  if (n + 1 < text.size() && text[n] == '"') {
    ++n;
  } else if (n + 3 < text.size() && text.substr(n, 3) == "\u201c") {
    n += 3;
  }
  if (n + 1 >= text.size() || !IsUpper(at(n)) || !(IsLower(at(n + 1)) || n > dot + 1)) return false;
  // Three lower-case letters or digits before the mark, not part of a
  // web address ("Halo.Bungie.Org").
  constexpr size_t kWord = 48;  // bytes scanned for each word
  size_t e = n;
  while (e < text.size() && e < n + kWord && (IsLower(at(e)) || IsUpper(at(e)))) ++e;
  if (e + 1 < text.size() && text[e] == '.' && (IsLower(at(e + 1)) || IsUpper(at(e + 1))))
    return false;
  size_t w = dot;
  while (w > 0 && w + kWord > dot &&
         (IsLower(at(w - 1)) || IsUpper(at(w - 1)) || IsDigit(at(w - 1))))
    --w;
  if (dot < w + 3 || (w > 0 && (text[w - 1] == '.' || text[w - 1] == '/' || text[w - 1] == '@')))
    return false;
  for (size_t k = dot - 3; k < dot; ++k) {
    if (!IsLower(at(k)) && !IsDigit(at(k))) return false;
  }
  return true;
}

namespace {

// Past white space, line breaks and Unicode spaces from text[j].
size_t SkipSpace(std::string_view text, size_t j, size_t end) {
  while (j < end) {
    unsigned char c = static_cast<unsigned char>(text[j]);
    if (IsSpace(c) || c == '\n') {
      ++j;
      continue;
    }
    size_t sp = UnicodeSpaceAt(text, j);
    if (sp == 0) break;
    j += sp;
  }
  return j;
}

// The run of final marks at text[mark] ("?!", "...", an ellipsis), the
// closing quotes and brackets after it, and the white space after those.
struct TerminalRun {
  size_t marks_end = 0;  // after the last final mark
  size_t after = 0;      // after the closing marks: where the sentence ends
  size_t next = 0;       // after the white space: where the next one starts
  bool ellipsis = false;
};

TerminalRun ReadTerminalRun(std::string_view text, size_t mark, size_t end) {
  TerminalRun r;
  size_t j = mark;
  while (j < end) {
    unsigned char d = static_cast<unsigned char>(text[j]);
    if (d == '.' || d == '!' || d == '?') {
      ++j;
    } else if (EllipsisAt(text, j)) {
      r.ellipsis = true;
      j += 3;
    } else {
      break;
    }
  }
  r.marks_end = j;
  size_t cl;
  while (j < end && (cl = CloserAt(text, j)) != 0) j += cl;
  r.after = j;
  r.next = SkipSpace(text, j, end);
  return r;
}

// Reads the final mark at text[mark] of the sentence opened at `start`:
// sets *cut to where the sentence ends (npos when it goes on) and returns
// where the scan goes on.
size_t AfterFinalMark(std::string_view text, size_t start, size_t mark, size_t end, size_t* cut) {
  TerminalRun r = ReadTerminalRun(text, mark, end);
  bool single = !r.ellipsis && r.marks_end == mark + 1;
  *cut = std::string_view::npos;
  if (r.next >= end) {  // end of paragraph
    *cut = r.after;
    return r.next;
  }
  if (r.next == r.after) {  // no white space after the mark: "U.S.-led", "3.5", "e.g.,"
    if (single && GluedSentenceEnd(text, mark)) {
      *cut = mark + 1;  // "... the department.Two victims"
      return mark + 1;
    }
    return r.after;
  }
  size_t next = r.next;
  size_t op;
  while (next < end && (op = OpenerAt(text, next)) != 0) next += op;
  if (next >= end) next = r.next;
  bool boundary = single && text[mark] == '.' ? PeriodEndsSentence(text, start, mark, next, end)
                                              : !IsLower(static_cast<unsigned char>(text[next]));
  if (!boundary) return r.after;
  *cut = r.after;
  return r.next;
}

}  // namespace

void SplitSentencesInto(std::string_view text, size_t begin, size_t end,
                        std::vector<Sentence>* out) {
  end = std::min(end, text.size());
  size_t i = begin;
  while (i < end) {
    i = SkipSpace(text, i, end);
    if (i >= end) break;
    size_t start = i;
    size_t cut = std::string_view::npos;
    while (i < end && cut == std::string_view::npos) {
      unsigned char c = static_cast<unsigned char>(text[i]);
      // A line break inside a joined paragraph is no boundary.
      if (c == '.' || c == '!' || c == '?' || EllipsisAt(text, i)) {
        i = AfterFinalMark(text, start, i, end, &cut);
      } else {
        ++i;
      }
    }
    if (cut == std::string_view::npos) cut = end;
    while (cut > start && IsSpace(static_cast<unsigned char>(text[cut - 1]))) --cut;
    if (cut > start) out->push_back(Sentence{start, cut});
  }
}

namespace {

// Narrows [*b, *e) to the line without its leading and trailing white space.
void TrimLine(std::string_view text, size_t* b, size_t* e) {
  while (*b < *e) {
    size_t sp = UnicodeSpaceAt(text, *b);
    if (sp == 0 && !IsSpace(static_cast<unsigned char>(text[*b]))) break;
    *b += sp != 0 ? sp : 1;
  }
  while (*e > *b && IsSpace(static_cast<unsigned char>(text[*e - 1]))) --*e;
}

// A hard-wrapped continuation joins the paragraph [para_start, para_end):
// the paragraph does not end a sentence and the line at `first` starts in
// lower case, or the paragraph ends in a comma or a function word.
bool ContinuesLine(std::string_view text, size_t para_start, size_t para_end, size_t first) {
  unsigned char last = static_cast<unsigned char>(text[para_end - 1]);
  unsigned char f = static_cast<unsigned char>(text[first]);
  return (IsLower(f) && (IsAlpha(last) || last == '-' || IsDigit(last))) || last == ',' ||
         EndsWithFunctionWord(text.substr(para_start, para_end - para_start));
}

}  // namespace

std::vector<Paragraph> SplitParagraphs(std::string_view text) {
  std::vector<Paragraph> out;
  size_t i = 0;
  size_t n = text.size();
  size_t para_start = std::string_view::npos;
  size_t para_end = 0;
  while (i <= n) {
    size_t nl = text.find('\n', i);
    if (nl == std::string_view::npos) nl = n;
    size_t b = i;
    size_t e = nl;
    TrimLine(text, &b, &e);
    if (b >= e) {  // blank line: ends the paragraph
      if (para_start != std::string_view::npos) out.push_back({para_start, para_end});
      para_start = std::string_view::npos;
    } else if (para_start == std::string_view::npos) {
      para_start = b;
      para_end = e;
    } else {
      if (ContinuesLine(text, para_start, para_end, b)) {
        para_end = e;
      } else {
        out.push_back({para_start, para_end});
        para_start = b;
        para_end = e;
      }
    }
    if (nl >= n) break;
    i = nl + 1;
  }
  if (para_start != std::string_view::npos) out.push_back({para_start, para_end});
  return out;
}

std::vector<Sentence> SplitSentences(std::string_view text) {
  std::vector<Sentence> out;
  out.reserve(text.size() / 80 + 1);
  for (const Paragraph& p : SplitParagraphs(text)) SplitSentencesInto(text, p.start, p.end, &out);
  return out;
}

size_t SentenceIndexAt(const std::vector<Sentence>& sentences, size_t offset) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](size_t off, const Sentence& s) { return off < s.start; });
  if (it == sentences.begin()) return 0;
  return static_cast<size_t>(it - sentences.begin()) - 1;
}

}  // namespace dossier
