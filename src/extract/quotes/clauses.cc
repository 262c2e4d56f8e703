// Clause and sentence limits for the quote finder. Every scan is bounded by
// the caller's limit, so the work per quote stays constant.
#include "extract/quotes/clauses.h"

#include <string.h>  // memrchr

#include <algorithm>
#include <cstring>

#include "dossier/text.h"

namespace dossier::quotes {

size_t LineStart(std::string_view text, size_t pos, size_t limit) {
  size_t lo = pos > limit ? pos - limit : 0;
  if (pos <= lo) return lo;
  const void* nl = memrchr(text.data() + lo, '\n', pos - lo);
  return nl == nullptr ? lo : static_cast<size_t>(static_cast<const char*>(nl) - text.data()) + 1;
}

size_t LineEnd(std::string_view text, size_t pos, size_t limit) {
  size_t hi = std::min(text.size(), pos + limit);
  if (pos >= hi) return hi;
  const void* nl = std::memchr(text.data() + pos, '\n', hi - pos);
  return nl == nullptr ? hi : static_cast<size_t>(static_cast<const char*>(nl) - text.data());
}

bool EndsSentence(std::string_view text, const std::vector<Tok>& toks, size_t i) {
  const Tok& t = toks[i];
  if (t.kind != TokKind::kPunct || t.end != t.start + 1) return false;
  char c = text[t.start];
  if (c != '.' && c != '!' && c != '?' && c != ';') return false;
  if (t.end < text.size()) {
    char n = text[t.end];
    if (n != ' ' && n != '\n' && n != '\t' && n != '\r' &&
        !(c != ';' && GluedSentenceEnd(text, t.start)))
      return false;
  }
  if (c == '.' && i > 0) {
    const Tok& p = toks[i - 1];
    // "R.", "Mr.", "Sen.", "U.S."; an acronym in capitals ("the MP.", "in
    // the UK.") ends a sentence.
    if (p.kind == TokKind::kWord && p.cap && p.end == t.start && p.end - p.start <= 3 && !p.upper) {
      return false;
    }
  }
  return true;
}

bool KeepLastSentence(std::string_view text, std::vector<Tok>* toks) {
  for (size_t i = toks->size(); i > 0; --i) {
    if (EndsSentence(text, *toks, i - 1)) {
      toks->erase(toks->begin(), toks->begin() + static_cast<std::ptrdiff_t>(i));
      return true;
    }
  }
  return false;
}

void KeepFirstSentence(std::string_view text, std::vector<Tok>* toks) {
  for (size_t i = 0; i < toks->size(); ++i) {
    if (EndsSentence(text, *toks, i)) {
      toks->resize(i);
      return;
    }
  }
}

namespace {

bool IsSpaceByte(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

}  // namespace

// A sentence-ending mark is always a one-byte token of its own (no word or
// number token takes a '.' followed by white space), and tokens never span
// white space, so tokenizing from just after the mark, or from the white
// space before a word, gives the same tokens as tokenizing from begin.
bool TokenizeLastSentence(std::string_view text, size_t begin, size_t end, std::vector<Tok>* out) {
  out->clear();
  if (end > text.size()) end = text.size();
  for (size_t k = end; k > begin; --k) {
    char c = text[k - 1];
    if (c != '.' && c != '!' && c != '?' && c != ';') continue;
    if (k < text.size() && !IsSpaceByte(text[k]) && !(c != ';' && GluedSentenceEnd(text, k - 1)))
      continue;
    if (c == '.') {
      // Re-tokenize the word glued to the full stop to apply EndsSentence's
      // abbreviation test.
      size_t w = k - 1;
      while (w > begin && w + 64 > k && !IsSpaceByte(text[w - 1])) --w;
      if (w > begin && !IsSpaceByte(text[w - 1])) w = begin;
      TokenizeRange(text, w, k, out);
      bool ends = !out->empty() && EndsSentence(text, *out, out->size() - 1);
      out->clear();
      if (!ends) continue;
    }
    TokenizeRange(text, k, end, out);
    return true;
  }
  TokenizeRange(text, begin, end, out);
  return false;
}

void TokenizeFirstSentence(std::string_view text, size_t begin, size_t end, std::vector<Tok>* out) {
  out->clear();
  constexpr size_t kChunk = 16;  // tokens per step
  size_t pos = begin;
  size_t checked = 0;
  while (pos < end) {
    pos = TokenizeRange(text, pos, end, out, kChunk);
    for (; checked < out->size(); ++checked) {
      if (EndsSentence(text, *out, checked)) {
        out->resize(checked);
        return;
      }
    }
  }
}

size_t SentenceAt(const std::vector<Sentence>& sentences, size_t pos) {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.start; });
  if (it == sentences.begin()) return 0;
  return static_cast<size_t>(it - sentences.begin()) - 1;
}

}  // namespace dossier::quotes
