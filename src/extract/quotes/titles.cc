// Titles, nicknames and words named between quote marks. Each span is read
// once: its own words (title case?), then at most a few words on each side.
// It does not decide who speaks.
#include "extract/quotes/titles.h"

#include <algorithm>

#include "extract/quotes/clauses.h"

namespace dossier::quotes {
namespace {

constexpr size_t kReach = 160;          // bytes read after a span
constexpr size_t kReachBefore = 96;     // bytes read before a span for a work word
constexpr size_t kReachWord = 48;       // bytes read before a span for one or two words
constexpr size_t kTokStep = 8;          // span tokens read at a time
constexpr size_t kMaxTitleBytes = 160;  // a longer span is no title
constexpr size_t kMaxTitleToks = 32;    // a longer span is no title
constexpr int kWordsBefore = 4;         // words between a work word and the mark
constexpr int kWordsAfter = 4;          // words between the mark and a work word
constexpr int kMaxNamedWords = 3;       // a word named as a word: at most three
constexpr int kBylineWords = 7;         // capitalised words after "by" in a byline

// An en or em dash, or a hyphen (a "--" is two of them).
bool IsDash(std::string_view text, const Tok& t) {
  if (t.kind != TokKind::kPunct) return false;
  if (TokIsChar(text, t, '-')) return true;
  return t.end == t.start + 3 && static_cast<unsigned char>(text[t.start]) == 0xE2 &&
         static_cast<unsigned char>(text[t.start + 1]) == 0x80 &&
         (static_cast<unsigned char>(text[t.start + 2]) == 0x93 ||
          static_cast<unsigned char>(text[t.start + 2]) == 0x94);
}

// A closing quote mark left after the span (”, ’, " or ' of ''), or a comma.
bool IsCloser(std::string_view text, const Tok& t) {
  if (t.kind != TokKind::kPunct) return false;
  if (TokIsChar(text, t, ',') || TokIsChar(text, t, '"') || TokIsChar(text, t, '\'')) return true;
  return t.end == t.start + 3 && static_cast<unsigned char>(text[t.start]) == 0xE2 &&
         static_cast<unsigned char>(text[t.start + 1]) == 0x80 &&
         (static_cast<unsigned char>(text[t.start + 2]) == 0x9D ||
          static_cast<unsigned char>(text[t.start + 2]) == 0x99);
}

class Titles {
 public:
  Titles(std::string_view text, const TitleLexicon& titles, const QuoteLexicon& speech)
      : text_(text), titles_(titles), speech_(speech) {
    span_.reserve(kMaxTitleToks + kTokStep);  // one allocation each per text
    ctx_.reserve(64);
  }

  bool IsMention(const QuoteSpan& q) {
    if (Byline(q)) return true;
    if (q.end - q.start > kMaxTitleBytes) return false;  // most quotes: no tokens read
    char first = text_[q.start];
    if (first >= 'a' && first <= 'z') {  // no title: only a word named, rarely
      if (!CueWordBefore(q.open)) return false;
      TitleCase(q);
      return WordNamed(q);
    }
    if (!TitleCase(q)) return WordNamed(q);
    return WithHost() || WorkBefore(q) || WorkAfter(q) || Nickname(q) || WordNamed(q) ||
           SentenceSubject(q);
  }

 private:
  bool Small(const Tok& t) const {
    return (titles_.Classes(TokText(text_, t)) & TitleLexicon::kSmall) != 0;
  }
  bool Work(const Tok& t) const {
    return t.kind == TokKind::kWord &&
           (titles_.Classes(TokText(text_, t)) & TitleLexicon::kWork) != 0;
  }
  bool Speech(const Tok& t) const {
    return t.kind == TokKind::kWord && speech_.Verb(TokText(text_, t)) != nullptr;
  }

  // Every word capitalised (or a number), but for short words after the
  // first: "The Art of the Deal". Fills span_ with the span's tokens, a few
  // at a time: it stops early once the span can be neither a title nor a
  // word named (most quotes are long and in lower case).
  bool TitleCase(const QuoteSpan& q) {
    span_.clear();
    span_words_ = 0;
    bool title = true;
    size_t pos = q.start;
    while (pos < q.end && span_.size() < kMaxTitleToks) {
      size_t from = span_.size();
      pos = TokenizeRange(text_, pos, q.end, &span_, kTokStep);
      if (span_.size() == from) break;
      for (size_t k = from; k < span_.size(); ++k) {
        const Tok& t = span_[k];
        if (t.kind == TokKind::kPunct) continue;
        ++span_words_;
        if (t.kind == TokKind::kNumber || t.cap) continue;
        if (span_words_ == 1 || !Small(t)) title = false;
      }
      if (!title && span_words_ > kMaxNamedWords) return false;
    }
    if (span_.size() >= kMaxTitleToks) return false;
    return title && span_words_ > 0;
  }

  // The tokens of the last `reach` bytes before pos on its line, in ctx_;
  // a word the window cuts is left out.
  void TokensBefore(size_t pos, size_t reach) {
    ctx_.clear();
    size_t lo = LineStart(text_, pos, reach);
    TokenizeRange(text_, lo, pos, &ctx_);
    if (!ctx_.empty() && lo > 0 && ctx_.front().start == lo && text_[lo - 1] != '\n' &&
        text_[lo - 1] != ' ')
      ctx_.erase(ctx_.begin());
  }

  // A show named after its host: "... with Jo Reyes" closes the span.
  bool WithHost() const {
    size_t n = span_.size();
    if (n < 4) return false;
    const Tok& with = span_[n - 3];
    return TokIs(text_, with, "with") && span_[n - 2].kind == TokKind::kWord && span_[n - 2].cap &&
           span_[n - 1].kind == TokKind::kWord && span_[n - 1].cap;
  }

  // "her new film, “...”", "a memo titled “...”", "host of “...”": a work
  // word among the last few words before the mark, with no speech verb or
  // clause end in between.
  bool WorkBefore(const QuoteSpan& q) {
    TokensBefore(q.open, kReachBefore);
    int words = 0;
    for (size_t k = ctx_.size(); k-- > 0;) {
      const Tok& t = ctx_[k];
      if (t.kind == TokKind::kPunct) {
        if (TokIsChar(text_, t, ',')) continue;
        return false;
      }
      if (++words > kWordsBefore) return false;
      if (Work(t)) return true;
      if (Speech(t)) return false;
    }
    return false;
  }

  // Tokenizes the rest of the line after q's closing mark into ctx_ and
  // returns the index of the first token past the closing marks; *comma
  // tells whether a comma stands inside or among those marks ("“...,”").
  size_t TokensAfterClose(const QuoteSpan& q, bool* comma) {
    ctx_.clear();
    TokenizeRange(text_, q.close_end, LineEnd(text_, q.close_end, kReach), &ctx_, 16);
    size_t k = 0;
    *comma = text_.substr(q.end, q.close_end - q.end).find(',') != std::string_view::npos;
    while (k < ctx_.size() && IsCloser(text_, ctx_[k])) *comma |= TokIsChar(text_, ctx_[k++], ',');
    return k;
  }

  // "“...,” by Jo Reyes" (an author), "“...” -- a movie set in ..." or
  // "“...,” a song about ..." (an appositive that names the work), unless a
  // speech verb follows ("“...,” the show's host said" is speech).
  bool WorkAfter(const QuoteSpan& q) {
    if (!q.closed || !SeparatorFollows(q)) return false;
    bool comma = false;
    size_t k = TokensAfterClose(q, &comma);
    size_t n = ctx_.size();
    if (comma && k + 1 < n && TokIs(text_, ctx_[k], "by") && ctx_[k + 1].cap) return true;
    bool dash = false;
    while (k < n && IsDash(text_, ctx_[k])) {
      dash = true;
      ++k;
    }
    if (!comma && !dash) return false;
    if (k < n &&
        (TokIs(text_, ctx_[k], "a") || TokIs(text_, ctx_[k], "an") || TokIs(text_, ctx_[k], "the")))
      ++k;
    for (int words = 0; k < n && words < kWordsAfter; ++k, ++words) {
      if (ctx_[k].kind != TokKind::kWord) return false;
      if (!Work(ctx_[k])) continue;
      for (size_t v = k + 1; v < n && v <= k + 3; ++v) {
        if (Speech(ctx_[v])) return false;
      }
      return true;
    }
    return false;
  }

  // The words of the span (at most kMaxNamedWords, no "!" or "?") right
  // after words that name a word: "the word “resign”", "his phrase “pork
  // barrel”" (a determiner, then a word for a word), "so-called “shield”
  // laws", "known as “chick lit”", "known as the “cozy crime” genre".
  bool WordNamed(const QuoteSpan& q) {
    if (!CueWordBefore(q.open)) return false;  // the usual case, decided without tokens
    if (span_words_ == 0 || span_words_ > kMaxNamedWords || span_.size() >= kMaxTitleToks)
      return false;
    for (const Tok& t : span_) {
      if (TokIsChar(text_, t, '!') || TokIsChar(text_, t, '?')) return false;
    }
    TokensBefore(q.open, kReachWord);
    size_t n = ctx_.size();
    if (n >= 2 && (TokIs(text_, ctx_[n - 1], "the") || TokIs(text_, ctx_[n - 1], "a"))) --n;
    if (n == 0 || ctx_[n - 1].kind != TokKind::kWord) return false;
    uint8_t last = titles_.Classes(TokText(text_, ctx_[n - 1]));
    if ((last & TitleLexicon::kNaming) != 0) return true;
    if (n < 2 || ctx_[n - 2].kind != TokKind::kWord) return false;
    // "the word", "his phrase" (not "the recommended term “outrageous”").
    if ((last & TitleLexicon::kWordCue) != 0 &&
        (titles_.Classes(TokText(text_, ctx_[n - 2])) & TitleLexicon::kDeterminer) != 0)
      return true;
    // A two-word naming cue ("known as"), one space between its words.
    if (ctx_[n - 1].start != ctx_[n - 2].end + 1) return false;
    std::string_view two = text_.substr(ctx_[n - 2].start, ctx_[n - 1].end - ctx_[n - 2].start);
    return (titles_.Classes(two) & TitleLexicon::kNaming) != 0;
  }

  // “The Long Way Home” was filmed in ..., “Opening Night,” which ...: a
  // span in title case that opens its sentence and is the subject of the
  // verb right after the closing mark (no speech verb: “Go Home” chanted
  // the crowd is a cry, and so is a span ending in "!" or "?"), or the
  // antecedent of "which", names a thing.
  bool SentenceSubject(const QuoteSpan& q) {
    if (!q.closed || !SentenceOpens(q.open)) return false;
    char last = text_[q.end - 1];
    if (last == '!' || last == '?') return false;  // a cry: “Shame!” rang out
    bool comma = false;
    size_t k = TokensAfterClose(q, &comma);
    if (k >= ctx_.size()) return false;
    const Tok& next = ctx_[k];
    if (next.kind != TokKind::kWord || next.cap) return false;
    if (comma) return TokIs(text_, next, "which");
    if (Speech(next) || !SubjectVerb(next)) return false;
    return true;
  }

  // A lower-case word that may follow a subject as its verb: an auxiliary
  // or a verb in the past tense ("was", "has", "placed").
  [[nodiscard]] bool SubjectVerb(const Tok& t) const {
    static constexpr std::string_view kAux[] = {"is",    "was", "are",   "were",   "has",
                                                "have",  "had", "will",  "would",  "can",
                                                "could", "may", "might", "remains"};
    std::string_view w = TokText(text_, t);
    for (std::string_view a : kAux) {
      if (w == a) return true;
    }
    return w.size() > 4 && w.substr(w.size() - 2) == "ed";
  }

  // Nothing but white space since the start of the line or the end of a
  // sentence (". " "? " "! ") before the mark at open.
  [[nodiscard]] bool SentenceOpens(size_t open) const {
    size_t p = open;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\t')) --p;
    if (p == 0 || text_[p - 1] == '\n') return true;
    if (p == open) return false;
    char c = text_[p - 1];
    return c == '.' || c == '?' || c == '!';
  }

  // A headline with its byline, in any case: "“Mayor opens new bridge,” by
  // the Courier's Jo Reyes: ...". After the comma and "by" come only
  // capitalised words (a name, an outlet's possessive) up to a colon, a
  // comma or the end of the line; "“...,” by Reyes last week" is no byline.
  bool Byline(const QuoteSpan& q) {
    if (!q.closed || !ByFollows(q.close_end)) return false;
    bool comma = false;
    size_t k = TokensAfterClose(q, &comma);
    size_t n = ctx_.size();
    if (!comma || k + 1 >= n || !TokIs(text_, ctx_[k], "by")) return false;
    int words = 0;
    for (++k; k < n; ++k) {
      const Tok& t = ctx_[k];
      if (TokIsChar(text_, t, ':') || TokIsChar(text_, t, ',')) return words > 1;
      if (t.kind == TokKind::kWord) {
        if ((!t.cap && !TokIs(text_, t, "the")) || ++words > kBylineWords) return false;
      } else if (!TokIsChar(text_, t, '.') && !IsCloser(text_, t)) {
        return false;
      }
    }
    return n < 16 && words > 1;  // the line ended after the name
  }

  // The word before pos may name a word ("word", "so-called", the "as" of
  // "known as").
  bool CueWordBefore(size_t pos) const {
    std::string_view prev = WordBefore(pos);
    if (WordIs(prev, "the") || WordIs(prev, "a")) {  // "known as the “...”"
      prev = WordBefore(static_cast<size_t>(prev.data() - text_.data()));
    }
    return !prev.empty() &&
           (WordIs(prev, "as") ||
            (titles_.Classes(prev) & (TitleLexicon::kWordCue | TitleLexicon::kNaming)) != 0);
  }

  // The ASCII word that ends right before pos, past spaces ("" when the
  // byte there is no ASCII letter or hyphen).
  std::string_view WordBefore(size_t pos) const {
    while (pos > 0 && text_[pos - 1] == ' ') --pos;
    size_t b = pos;
    while (b > 0 && pos - b < 32) {
      char c = text_[b - 1];
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-')) break;
      --b;
    }
    return text_.substr(b, pos - b);
  }

  // A comma inside or after the closing mark, or a dash after it.
  bool SeparatorFollows(const QuoteSpan& q) const {
    if (text_.substr(q.end, q.close_end - q.end).find(',') != std::string_view::npos) return true;
    size_t p = q.close_end;
    size_t limit = std::min(text_.size(), p + 8);
    while (p < limit && (text_[p] == ' ' || text_[p] == '"' || text_[p] == '\'')) ++p;
    return p < text_.size() &&
           (text_[p] == ',' || text_[p] == '-' || static_cast<unsigned char>(text_[p]) == 0xE2);
  }

  // "by " within a few bytes after p, past closing marks, commas and spaces.
  bool ByFollows(size_t p) const {
    size_t limit = std::min(text_.size(), p + 12);
    while (p < limit && (text_[p] == ' ' || text_[p] == ',' || text_[p] == '"' ||
                         text_[p] == '\'' || static_cast<unsigned char>(text_[p]) >= 0x80))
      ++p;
    return p + 3 <= text_.size() && text_.compare(p, 3, "by ") == 0;
  }

  // Joseph “Jo” Reyes: one or two capitalised words between a first name
  // and the next capitalised word.
  bool Nickname(const QuoteSpan& q) {
    size_t words = 0;
    for (const Tok& t : span_) {
      if (t.kind != TokKind::kWord) return false;
      ++words;
    }
    if (words > 2 || !q.closed || q.open < 2 || q.close_end + 1 >= text_.size()) return false;
    if (text_[q.open - 1] != ' ' || text_[q.close_end] != ' ' || !IsUpperAt(text_, q.close_end + 1))
      return false;
    TokensBefore(q.open, kReachWord);
    if (ctx_.empty() || ctx_.back().kind != TokKind::kWord || !ctx_.back().cap) return false;
    return speech_.Gender(TokText(text_, ctx_.back())) != 0;
  }

  std::string_view text_;
  const TitleLexicon& titles_;
  const QuoteLexicon& speech_;
  std::vector<Tok> span_, ctx_;
  int span_words_ = 0;
};

}  // namespace

Status TitleLexicon::Load(const LexiconLoader& loader) {
  static constexpr std::string_view kFile = "quotes/titles.tsv";
  Result<std::string> text = loader.Load(kFile);
  if (!text.ok()) return text.status();
  const std::string& owned = store_.emplace_back(std::move(*text));
  for (const LexiconLine& line : SplitLexicon(owned)) {
    std::string_view cls = line.fields.size() >= 2 ? line.fields[1] : std::string_view();
    uint8_t bit = cls == "work"         ? kWork
                  : cls == "small"      ? kSmall
                  : cls == "word"       ? kWordCue
                  : cls == "naming"     ? kNaming
                  : cls == "determiner" ? kDeterminer
                                        : 0;
    if (bit == 0) {
      return InvalidArgument("lexicon " + std::string(kFile) + " line " +
                             std::to_string(line.line_number) + ": want word, then a class");
    }
    words_.Insert(line.fields[0]) |= bit;
  }
  return Status::Ok();
}

void MarkMentions(std::string_view text, const TitleLexicon& titles, const QuoteLexicon& speech,
                  std::vector<QuoteSpan>* spans) {
  Titles finder(text, titles, speech);
  for (QuoteSpan& q : *spans) q.mention = finder.IsMention(q);
}

}  // namespace dossier::quotes
