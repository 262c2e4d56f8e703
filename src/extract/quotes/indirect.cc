// Indirect quotes: "<speaker> <speech verb> [addressee or time] that
// <clause>". The pass looks for the word "that" and reads back a few tokens
// for the verb, so it costs one substring search over the text plus a small
// window per hit (NextThat: " that " sixteen places at a time). Reported
// speech without "that" ("she said the bridge would close") is not
// reported: too many verbs take such clauses.
#include <string.h>  // memmem

#include <algorithm>
#include <bit>
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/quotes/clauses.h"
#include "extract/quotes/finder.h"

namespace dossier::quotes {
namespace {

constexpr std::string_view kRuleIndirect = "indirect_that";
constexpr size_t kWindow = 120;      // bytes read back from "that"
constexpr size_t kMaxClause = 1500;  // bytes of a reported clause
constexpr int kMaxBetween = 6;       // tokens between the verb and "that"

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Words that may follow a verb that takes no addressee before "that":
// "said on Tuesday that", "said in a statement that".
bool MayFollowVerb(std::string_view text, const Tok& t, const QuoteLexicon& lex) {
  static constexpr std::string_view kWords[] = {
      "on",    "in",    "at",   "during",     "last",     "this",      "earlier",
      "later", "again", "also", "repeatedly", "publicly", "previously"};
  for (std::string_view w : kWords) {
    if (TokIs(text, t, w)) return true;
  }
  return (lex.Classes(TokText(text, t)) & kSkip) != 0;
}

// The end of the sentence that starts at `from`, without final punctuation.
size_t ClauseEnd(std::string_view text, size_t from) {
  size_t hi = std::min(text.size(), from + kMaxClause);
  size_t i = from;
  for (; i < hi; ++i) {
    char c = text[i];
    if (c == '\n') break;
    if ((c == '.' || c == '!' || c == '?') && (i + 1 >= text.size() || IsSpace(text[i + 1]))) {
      bool initial = i >= 2 && text[i - 2] == ' ' && text[i - 1] >= 'A' && text[i - 1] <= 'Z';
      if (!initial) break;
    }
  }
  while (i > from && (IsSpace(text[i - 1]) || text[i - 1] == ',')) --i;
  return i;
}

// A cheap test before tokenizing: a speech verb (not weak) among the last
// kMaxBetween + 1 space-separated words before s, with no punctuation
// between. It accepts whatever the token-level search below can accept:
// words here may hold bytes the tokenizer would split off (such words are
// never verbs, and the token search stops at those bytes anyway), and any
// non-ASCII byte leaves the decision to the tokenizer.
bool VerbNearBefore(std::string_view text, size_t s, const QuoteLexicon& lex) {
  size_t lo = s > kWindow ? s - kWindow : 0;
  size_t i = s;
  for (int words = 0; words <= kMaxBetween && i > lo; ++words) {
    while (i > lo && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\r')) --i;
    size_t e = i;
    while (i > lo) {
      auto c = static_cast<unsigned char>(text[i - 1]);
      if (c >= 0x80) return true;  // non-ASCII (a no-break space...): tokenize
      bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '\'' || c == '-';
      if (!word) break;
      --i;
    }
    if (i == e) return false;  // punctuation, a line break or the window's edge
    const VerbInfo* verb = lex.Verb(text.substr(i, e - i));
    if (verb != nullptr && !(verb->flags & kWeak)) return true;
  }
  return false;
}

// The first i >= pos where " that " stands, or npos: sixteen candidate
// starts at a time with SSE2 (each of the six bytes compared at its
// offset), then memmem ("t" alone is too common a first byte for a
// memchr-led search).
size_t NextThat(std::string_view text, size_t pos) {
  static constexpr std::string_view kThat = " that ";
#if defined(__SSE2__)
  const char* d = text.data();
  for (; pos + 16 + kThat.size() - 1 <= text.size(); pos += 16) {
    auto at = [&](size_t k) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + pos + k));
      return _mm_cmpeq_epi8(x, _mm_set1_epi8(kThat[k]));
    };
    __m128i m = _mm_and_si128(_mm_and_si128(at(0), at(1)), _mm_and_si128(at(2), at(3)));
    m = _mm_and_si128(m, _mm_and_si128(at(4), at(5)));
    auto bits = static_cast<uint32_t>(_mm_movemask_epi8(m));
    if (bits != 0) return pos + static_cast<size_t>(std::countr_zero(bits));
  }
#endif
  if (pos >= text.size()) return std::string_view::npos;
  const void* hit = memmem(text.data() + pos, text.size() - pos, kThat.data(), kThat.size());
  return hit == nullptr ? std::string_view::npos
                        : static_cast<size_t>(static_cast<const char*>(hit) - text.data());
}

bool InsideOrHoldsQuote(const std::vector<QuoteSpan>& spans, size_t a, size_t b) {
  auto it = std::upper_bound(spans.begin(), spans.end(), a,
                             [](size_t p, const QuoteSpan& s) { return p < s.open; });
  if (it != spans.begin() && std::prev(it)->close_end > a) return true;
  return it != spans.end() && it->open < b;
}

}  // namespace

void FindIndirectQuotes(std::string_view text, const std::vector<Sentence>& sentences,
                        const std::vector<QuoteSpan>& spans, const QuoteLexicon& lex,
                        Attributor* attributor, std::vector<Quote>* out) {
  std::vector<Tok> toks;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t hit = NextThat(text, pos);
    if (hit == std::string_view::npos) break;
    size_t s = hit + 1;
    pos = s + 4;
    if (!VerbNearBefore(text, s, lex)) continue;
    TokenizeLastSentence(text, LineStart(text, s, kWindow), s, &toks);
    int n = static_cast<int>(toks.size());
    int v = n - 1;
    for (; v >= 0 && v >= n - 1 - kMaxBetween; --v) {
      if (toks[v].kind == TokKind::kPunct) {
        v = -1;
        break;
      }
      const VerbInfo* verb = lex.Verb(TokText(text, toks[v]));
      if (verb != nullptr && !(verb->flags & kWeak)) break;
    }
    if (v < 0 || v < n - 1 - kMaxBetween) continue;
    const VerbInfo* verb = lex.Verb(TokText(text, toks[v]));
    if (!(verb->flags & kAddressee) && v + 1 < n && !MayFollowVerb(text, toks[v + 1], lex))
      continue;
    Who who = attributor->SubjectBefore(toks, 0, v);
    if (who.kind == Who::kNone) continue;
    size_t start = pos + 1;
    while (start < text.size() && IsSpace(text[start])) ++start;
    size_t end = ClauseEnd(text, start);
    if (end <= start || InsideOrHoldsQuote(spans, s, end)) continue;
    if (std::count(text.begin() + static_cast<std::ptrdiff_t>(start),
                   text.begin() + static_cast<std::ptrdiff_t>(end), ' ') < 2)
      continue;
    Attribution a;
    if (!attributor->Resolve(who, toks[v].start, &a)) continue;
    Quote q;
    q.start = start;
    q.end = end;
    q.speaker = std::move(a.speaker);
    q.speaker_start = a.speaker_start;
    q.speaker_end = a.speaker_end;
    q.kind = QuoteKind::kIndirect;
    q.verb = std::string(TokText(text, toks[v]));
    q.sentence = SentenceAt(sentences, start);
    q.rule = kRuleIndirect;
    out->push_back(std::move(q));
    pos = end;
  }
}

}  // namespace dossier::quotes
