// Quote mark pairing: one left-to-right pass with one open quote at a time.
// Invariant: while a quote of one family (double, single, guillemet) is
// open, marks of the other families are nested quotes and are ignored.
#include "extract/quotes/marks.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/quotes/words.h"

namespace dossier::quotes {
namespace {

enum class Mark : uint8_t {
  kNone,
  kDblLeft,    // “ ‟
  kDblRight,   // ”
  kDblLow,     // „
  kDblAscii,   // " and ''
  kDblBack,    // `` (typewriter opening mark)
  kDblTicks,   // '' after a `` in the same text: only ever a closing mark
  kSglLeft,    // ‘
  kSglRight,   // ’
  kSglAscii,   // '
  kGuilLeft,   // «
  kGuilRight,  // »
};

enum class Family : uint8_t { kNone, kDouble, kSingle, kGuillemet };

Mark MarkAt(std::string_view t, size_t i, size_t* len) {
  auto c = static_cast<unsigned char>(t[i]);
  *len = 1;
  if (c == '"') return Mark::kDblAscii;
  if (c == '\'') {
    if (i + 1 < t.size() && t[i + 1] == '\'') {  // '' as a double mark
      *len = 2;
      return Mark::kDblAscii;
    }
    return Mark::kSglAscii;
  }
  if (c == '`') {
    if (i + 1 < t.size() && t[i + 1] == '`') {
      *len = 2;
      return Mark::kDblBack;
    }
    return Mark::kNone;
  }
  if (c == 0xC2 && i + 1 < t.size()) {
    auto d = static_cast<unsigned char>(t[i + 1]);
    *len = 2;
    if (d == 0xAB) return Mark::kGuilLeft;
    if (d == 0xBB) return Mark::kGuilRight;
    return Mark::kNone;
  }
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    auto d = static_cast<unsigned char>(t[i + 2]);
    *len = 3;
    switch (d) {
      case 0x9C:
      case 0x9F:
        return Mark::kDblLeft;
      case 0x9D:
        return Mark::kDblRight;
      case 0x9E:
        return Mark::kDblLow;
      case 0x98:
      case 0x99:
        if (i + 5 < t.size() && t.substr(i, 3) == t.substr(i + 3, 3)) {
          *len = 6;  // ‘‘ and ’’: a double mark typed as two single ones
          return d == 0x98 ? Mark::kDblLeft : Mark::kDblRight;
        }
        return d == 0x98 ? Mark::kSglLeft : Mark::kSglRight;
      default:
        return Mark::kNone;
    }
  }
  return Mark::kNone;
}

Family FamilyOf(Mark m) {
  switch (m) {
    case Mark::kDblLeft:
    case Mark::kDblRight:
    case Mark::kDblLow:
    case Mark::kDblAscii:
    case Mark::kDblBack:
    case Mark::kDblTicks:
      return Family::kDouble;
    case Mark::kSglLeft:
    case Mark::kSglRight:
    case Mark::kSglAscii:
      return Family::kSingle;
    case Mark::kGuilLeft:
    case Mark::kGuilRight:
      return Family::kGuillemet;
    default:
      return Family::kNone;
  }
}

// Bytes that can start a quote mark, and the newline.
constexpr auto kInteresting = [] {
  std::array<bool, 256> t{};
  t['\n'] = t['"'] = t['\''] = t['`'] = t[0xC2] = t[0xE2] = true;
  return t;
}();

// The first i' >= i with kInteresting[data[i']], or n: sixteen bytes at a
// time with SSE2, then eight at a time. In v - 0x01.. & ~v & 0x80.. the
// lowest flagged byte is always a true zero byte of v (borrows only run
// upwards), which is all ctz reads.
size_t NextInteresting(const char* data, size_t i, size_t n) {
#if defined(__SSE2__)
  // Sixteen bytes at a time: marks and newlines are about 1% of news text.
  const __m128i nl = _mm_set1_epi8('\n');
  const __m128i dq = _mm_set1_epi8('"');
  const __m128i sq = _mm_set1_epi8('\'');
  const __m128i bq = _mm_set1_epi8('`');
  const __m128i c2 = _mm_set1_epi8(static_cast<char>(0xC2));
  const __m128i e2 = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, nl), _mm_cmpeq_epi8(x, dq)),
                               _mm_or_si128(_mm_cmpeq_epi8(x, sq), _mm_cmpeq_epi8(x, bq)));
    hit = _mm_or_si128(hit, _mm_or_si128(_mm_cmpeq_epi8(x, c2), _mm_cmpeq_epi8(x, e2)));
    auto bits = static_cast<uint32_t>(_mm_movemask_epi8(hit));
    if (bits != 0) return i + static_cast<size_t>(std::countr_zero(bits));
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    auto zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, data + i, 8);
      uint64_t hit = zero(x ^ (kOnes * '\n')) | zero(x ^ (kOnes * '"')) | zero(x ^ (kOnes * '\'')) |
                     zero(x ^ (kOnes * '`')) | zero(x ^ (kOnes * 0xC2)) | zero(x ^ (kOnes * 0xE2));
      if (hit != 0) return i + static_cast<size_t>(std::countr_zero(hit) / 8);
    }
  }
  while (i < n && !kInteresting[static_cast<unsigned char>(data[i])]) ++i;
  return i;
}

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsSpaceByte(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// A space, a tab or a no-break space (C2 A0) at k; its length, or 0.
size_t BlankAt(std::string_view t, size_t k) {
  if (k >= t.size()) return 0;
  if (t[k] == ' ' || t[k] == '\t') return 1;
  return static_cast<unsigned char>(t[k]) == 0xC2 && k + 1 < t.size() &&
                 static_cast<unsigned char>(t[k + 1]) == 0xA0
             ? 2
             : 0;
}

// A transcript's speaker label at j: capital letters (spaces, full stops,
// apostrophes and hyphens among them, at least two letters), then a colon
// and a space ("WALLACE: ", "JAKE TAPPER: "). Returns the colon's offset,
// or npos when there is no label.
size_t LabelColon(std::string_view t, size_t j) {
  constexpr size_t kMaxLabel = 32;
  int letters = 0;
  for (size_t k = j, limit = std::min(t.size(), j + kMaxLabel); k < limit; ++k) {
    char c = t[k];
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (c == ':') {
      bool ok = letters >= 2 && t[k - 1] != ' ' && BlankAt(t, k + 1) > 0;
      return ok ? k : std::string_view::npos;
    } else if (c != ' ' && c != '.' && c != '\'' && c != '-') {
      break;
    }
  }
  return std::string_view::npos;
}

// A stage direction on a line of its own: "(CROSSTALK.)", "(Applause)".
bool StageDirection(std::string_view t, size_t j) {
  constexpr size_t kMaxDirection = 60;
  if (j >= t.size() || t[j] != '(') return false;
  size_t k = j;
  while (k < t.size() && k - j < kMaxDirection && t[k] != '\n') ++k;
  if (k < t.size() && t[k] != '\n') return false;
  while (k > j && (t[k - 1] == ' ' || t[k - 1] == '.' || t[k - 1] == '"')) --k;
  return k > j + 1 && t[k - 1] == ')';
}

// An apostrophe that stands for left-out letters or digits, typed as an
// opening single mark: 'em, 'bout, 'cause, 'til, rock 'n' roll, the '80s,
// in '16. j is just after the mark.
bool Elided(std::string_view t, size_t j) {
  static constexpr std::string_view kWords[] = {"em", "bout", "cause", "til", "tis", "twas", "n"};
  auto ends = [&](size_t k) { return k >= t.size() || !IsAsciiAlnum(t[k]); };
  if (j + 1 < t.size() && t[j] >= '0' && t[j] <= '9' && t[j + 1] >= '0' && t[j + 1] <= '9') {
    return ends(j + 2) || (t[j + 2] == 's' && ends(j + 3));
  }
  for (std::string_view w : kWords) {
    if (j + w.size() > t.size()) continue;
    bool same = true;
    for (size_t k = 0; k < w.size() && same; ++k) same = (t[j + k] | 0x20) == w[k];
    if (same && ends(j + w.size())) return true;
  }
  return false;
}

// The kind of character just before i / just after [i, i+len).
enum class Side : uint8_t { kSpace, kWord, kPunct };

Side Before(std::string_view t, size_t i) {
  if (i == 0) return Side::kSpace;
  size_t k = i - 1;
  while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
  auto c = static_cast<unsigned char>(t[k]);
  if (IsSpaceByte(c) || (c == 0xC2 && k + 1 < t.size() && (unsigned char)t[k + 1] == 0xA0))
    return Side::kSpace;
  if ((c >= '0' && c <= '9') || IsLetterAt(t, k)) return Side::kWord;
  return Side::kPunct;
}

Side After(std::string_view t, size_t j) {
  if (j >= t.size()) return Side::kSpace;
  auto c = static_cast<unsigned char>(t[j]);
  if (IsSpaceByte(c) || (c == 0xC2 && j + 1 < t.size() && (unsigned char)t[j + 1] == 0xA0))
    return Side::kSpace;
  if ((c >= '0' && c <= '9') || IsLetterAt(t, j)) return Side::kWord;
  return Side::kPunct;
}

// A mark that opens a quote when no quote of its family is open.
bool Opens(Mark m, Side before, Side after) {
  switch (m) {
    case Mark::kDblLeft:
    case Mark::kDblLow:
    case Mark::kGuilLeft:
    case Mark::kSglLeft:
      return after != Side::kSpace;
    case Mark::kDblAscii:
      return after != Side::kSpace;
    case Mark::kDblBack:  // `` opens whatever follows (`` We ... in tokenized text)
      return true;
    case Mark::kDblRight:  // bad typography: ”word
      return before == Side::kSpace && after == Side::kWord;
    case Mark::kSglAscii:  // 'word, but not don't
      return before != Side::kWord && after == Side::kWord;
    default:
      return false;
  }
}

// A mark that closes an open quote of family f.
bool Closes(Family f, Mark m, Side before, Side after) {
  if (f == Family::kDouble) {
    if (m == Mark::kDblRight || m == Mark::kDblAscii || m == Mark::kDblTicks) return true;
    // „...“ (German) or a left mark misused as a right one.
    return m == Mark::kDblLeft && before != Side::kSpace && after != Side::kWord;
  }
  if (f == Family::kGuillemet) return m == Mark::kGuilRight;
  if (m != Mark::kSglRight && m != Mark::kSglAscii) return false;
  // An apostrophe inside a word never closes; the 1990s’ only at a boundary.
  return before != Side::kSpace && after != Side::kWord;
}

class Pairer {
 public:
  Pairer(std::string_view t, std::vector<QuoteSpan>* out, std::vector<std::string>* warnings,
         size_t max_warnings)
      : t_(t), out_(out), warnings_(warnings), max_warnings_(max_warnings) {}

  void Run() {
    size_t i = 0;
    while (true) {
      i = Scan(i);
      if (family_ == Family::kNone) break;
      i = Unclosed(t_.size());
      if (family_ == Family::kNone && i >= t_.size()) break;
    }
    if (dropped_warnings_ > 0 && warnings_ != nullptr) {
      warnings_->push_back("quotes: " + std::to_string(dropped_warnings_) +
                           " more unbalanced quote marks");
    }
  }

 private:
  // Scans from i to the end of the text; returns t_.size().
  size_t Scan(size_t i) {
    const size_t n = t_.size();
    const char* data = t_.data();
    while (i < n) {
      // Skip to the next byte that can start a mark or end a line.
      i = NextInteresting(data, i, n);
      if (i >= n) break;
      auto c = static_cast<unsigned char>(data[i]);
      if (c == '\n') {
        i = Newline(i);
        continue;
      }
      size_t len = 1;
      Mark m = MarkAt(t_, i, &len);
      if (m == Mark::kDblAscii && len == 1 && i > 0 && t_[i - 1] == '=') {
        i = AttributeEnd(i);
        continue;
      }
      if (m != Mark::kNone) OnMark(m, i, len);
      i += len;
    }
    return i;
  }

  // name="value" in markup left in the text (<a href="...">): no quote.
  // Returns where to scan on: past the closing mark, or past the opening
  // one when there is none near. The value may hold a line break only when
  // no quote is open, so an open quote still sees every paragraph end.
  size_t AttributeEnd(size_t i) const {
    constexpr size_t kMaxValue = 300;
    size_t limit = std::min(t_.size(), i + 1 + kMaxValue);
    for (size_t j = i + 1; j < limit; ++j) {
      if (t_[j] == '"') return j + 1;
      if (t_[j] == '\n' && family_ != Family::kNone) break;
    }
    return i + 1;
  }

  void OnMark(Mark m, size_t i, size_t len) {
    if (m == Mark::kDblBack) {
      backticks_ = true;
    } else if (backticks_ && m == Mark::kDblAscii && len == 2) {
      m = Mark::kDblTicks;  // ``...'': '' never opens
    }
    Family f = FamilyOf(m);
    Side before = Before(t_, i);
    Side after = After(t_, i + len);
    if (family_ == Family::kNone) {
      if (f == Family::kSingle && (i < no_single_until_ || Elided(t_, i + len))) return;
      if (ReopenedParagraphEnds(m, i, len, before, after)) {
        // Done.
      } else if (Opens(m, before, after)) {
        Open(f, m, i, len);
      } else if (SpacedOpens(m, i, before, after)) {
        Open(f, m, i, len);
        spaced_ = true;
      } else if (f != Family::kSingle && m != Mark::kDblLeft && m != Mark::kDblLow &&
                 m != Mark::kGuilLeft) {
        Warn("quotes: closing quote mark with no opening one at byte ", i);
      }
      return;
    }
    if (family_ == Family::kDouble && f == Family::kSingle) {
      Nested(m, i, len, before, after);
      return;
    }
    if (f != family_) return;  // a nested quote of another family
    if (nested_double_ > 0) {  // inside a double quote nested in this one
      nested_double_ += DoubleStep(m, before, after);
      return;
    }
    if (Closes(family_, m, before, after)) {
      Emit(i, i + len, true);
      if (Reopens(m, i, before, after)) reopened_ = i + len;
      return;
    }
    if (family_ == Family::kDouble &&
        (m == Mark::kDblLeft || m == Mark::kDblLow || m == Mark::kDblBack)) {
      // Two opening marks in a row ("“) are one mark typed twice.
      if (i != cur_.start && NestsDouble(i + len)) {
        nested_double_ = 1;
        return;
      }
      // A second opening mark: the first one was never closed.
      Unclosed(i);
      Open(f, m, i, len);
    } else if (family_ == Family::kSingle && m == Mark::kSglLeft) {
      family_ = Family::kNone;
      Open(f, m, i, len);
    }
  }

  // A single mark inside a double quote: it opens or closes a nested quote,
  // or, with no nested quote open, a right single mark after . ! ? or , and
  // before a new capitalised sentence closes the double quote it was typed
  // for (“We are ready.’ She left.).
  void Nested(Mark m, size_t i, size_t len, Side before, Side after) {
    if (Opens(m, before, after) && !Elided(t_, i + len)) {
      nested_single_ = true;
    } else if (Closes(Family::kSingle, m, before, after)) {
      if (nested_single_) {
        nested_single_ = false;
      } else if (m == Mark::kSglRight && EndsClause(i) && i + len + 1 < t_.size() &&
                 t_[i + len] == ' ' && IsUpperAt(t_, i + len + 1)) {
        Emit(i, i + len, true);
      }
    }
  }

  // "... the end. "Then we left." with the paragraph break lost: with no
  // quote open, a straight mark after the mark that closed the last quote
  // and opened the next paragraph of it ends that paragraph, whose words
  // run from that mark to this one (the span opens where its words start);
  // this mark may open one more. False when the mark is no such end.
  bool ReopenedParagraphEnds(Mark m, size_t i, size_t len, Side before, Side after) {
    bool reopens = Reopens(m, i, before, after);
    if (m != Mark::kDblAscii || reopened_ == kNoReopen || (before == Side::kSpace && !reopens))
      return false;
    Open(Family::kDouble, m, reopened_, 0);
    Emit(i, i + len, true);
    if (reopens) reopened_ = i + len;
    return true;
  }

  // A straight mark after a sentence end and a space, touching a word: it
  // may open the next paragraph of the quote it seems to close.
  [[nodiscard]] bool Reopens(Mark m, size_t i, Side before, Side after) const {
    return m == Mark::kDblAscii && before == Side::kSpace && after == Side::kWord && i >= 2 &&
           (t_[i - 2] == '.' || t_[i - 2] == '!' || t_[i - 2] == '?');
  }

  // A straight mark with a space on each side (tokenized text, or
  // `are " slightly above" the`) opens a quote when the next straight mark
  // is a closing one: not touching a word after it, and, on a later line
  // (tokenized text, one sentence a line), with a space before it too.
  bool SpacedOpens(Mark m, size_t i, Side before, Side after) const {
    if (m != Mark::kDblAscii || before != Side::kSpace || after != Side::kSpace || t_[i] != '"') {
      return false;
    }
    size_t k = i + 1;
    while (k < t_.size() && (t_[k] == ' ' || t_[k] == '\t')) ++k;
    if (k >= t_.size() || t_[k] == '"' || t_[k] == '\n') return false;
    bool same_line = true;
    for (size_t limit = std::min(t_.size(), i + kMaxLookahead); k < limit; ++k) {
      if (t_[k] == '\n') same_line = false;
      if (t_[k] != '"') continue;
      return After(t_, k + 1) != Side::kWord && (same_line || t_[k - 1] == ' ');
    }
    return false;
  }

  // A `` quote (or one a spaced straight mark opened) whose next line does
  // not reopen it: in text with one sentence a line it carries on when the
  // next double mark, within kMaxLookahead bytes, is its closing '' (or a
  // straight mark not touching a word after it) and not a new ``. The answer is
  // kept for the lines before that closing mark, so each byte is looked at
  // once per quote.
  bool ClosesAhead(size_t j) {
    if (closes_at_ != kNoReopen && j < closes_at_) return true;
    size_t limit = std::min(t_.size(), j + kMaxLookahead);
    for (size_t k = j; k + 1 < limit; ++k) {
      char c = t_[k];
      if (c == '"' && spaced_ && After(t_, k + 1) != Side::kWord) {
        closes_at_ = k;
        return true;
      }
      if (c == '"' || (c == '`' && t_[k + 1] == '`')) return false;
      if (c == '\'' && t_[k + 1] == '\'') {
        closes_at_ = k;
        return true;
      }
    }
    return false;
  }

  // How a double mark changes the depth of double quotes nested in an open
  // one: +1 when it opens a quote, -1 when it closes one (a left mark
  // misused as a right one closes, as in Closes).
  static int DoubleStep(Mark m, Side before, Side after) {
    switch (m) {
      case Mark::kDblLeft:
      case Mark::kDblLow:
        return before != Side::kSpace && after != Side::kWord ? -1 : 1;
      case Mark::kDblAscii:
        return after == Side::kWord && before != Side::kWord ? 1 : -1;
      case Mark::kDblRight:
        return -1;
      default:
        return 0;
    }
  }

  // A second opening double mark at j - len while a double quote is open:
  // a quote nested in it (“Reyes called it “a farce” and left.”) when the
  // double marks after it on the same line close both; a curly one inside
  // straight marks ("... about “fair play” and ...) nests as soon as it is
  // closed, the outer quote may run on to the next paragraph. Otherwise the
  // first quote was never closed. Reads at most kReach bytes and stops at
  // the third open quote, so each mark costs O(1) scans of bounded length.
  [[nodiscard]] bool NestsDouble(size_t j) const {
    constexpr size_t kReach = 2000;
    const size_t end = std::min(t_.size(), j + kReach);
    const bool mixed = open_mark_ == Mark::kDblAscii;
    int depth = 2;
    for (size_t k = NextInteresting(t_.data(), j, end); k < end;
         k = NextInteresting(t_.data(), k, end)) {
      if (t_[k] == '\n') break;
      size_t len = 1;
      Mark m = MarkAt(t_, k, &len);
      if (FamilyOf(m) == Family::kDouble) {
        depth += DoubleStep(m, Before(t_, k), After(t_, k + len));
        if (depth <= 0) return true;
        if (depth > 3) return false;  // deeper nesting is a run of stray marks
      }
      k += len;
    }
    return mixed && depth == 1;
  }

  bool EndsClause(size_t i) const {
    char c = i > 0 ? t_[i - 1] : ' ';
    return c == '.' || c == '!' || c == '?' || c == ',';
  }

  void Open(Family f, Mark m, size_t i, size_t len) {
    reopened_ = kNoReopen;
    closes_at_ = kNoReopen;
    spaced_ = false;
    nested_single_ = false;
    nested_double_ = 0;
    family_ = f;
    open_mark_ = m;
    cur_ = QuoteSpan{};
    cur_.open = i;
    cur_.start = i + len;
    if (f == Family::kDouble && len > 0) TakeLabel(i);
  }

  // At a newline inside a quote: continue when the next paragraph reopens
  // the quote or the line does not end a sentence (a wrapped line).
  size_t Newline(size_t i) {
    reopened_ = kNoReopen;
    if (family_ == Family::kNone) return i + 1;
    nested_double_ = 0;
    size_t j = i;
    while (j < t_.size() && IsSpaceByte(static_cast<unsigned char>(t_[j]))) ++j;
    size_t len = 1;
    Mark m = j < t_.size() ? MarkAt(t_, j, &len) : Mark::kNone;
    if (m != Mark::kNone && FamilyOf(m) == family_ && Opens(m, Side::kSpace, After(t_, j + len))) {
      if (family_ == Family::kDouble &&
          (cur_.label_end > cur_.label_start || LabelColon(t_, j + len) != std::string_view::npos))
        return NextTurn(i, m, j, len);
      cur_.paragraphs = true;
      return j + len;
    }
    size_t k = i;
    while (k > cur_.start && IsSpaceByte(static_cast<unsigned char>(t_[k - 1]))) --k;
    char last = k > cur_.start ? t_[k - 1] : '.';
    bool ends_sentence = last == '.' || last == '!' || last == '?' || last == ':';
    bool blank_line = j > i + 1 && t_.substr(i + 1, j - i - 1).find('\n') != std::string_view::npos;
    if (!ends_sentence && !blank_line && j < t_.size()) return i + 1;
    if (family_ == Family::kDouble && (open_mark_ == Mark::kDblBack || spaced_) && ClosesAhead(j))
      return i + 1;
    if (family_ == Family::kSingle) return Unclosed(i);
    Unclosed(i);
    return i + 1;
  }

  // In a transcript the paragraph that the mark m at j reopens is a turn of
  // its own: with its label, or the last one's when the turn carries on; a
  // stage direction is no quote. i: the end of the last paragraph.
  size_t NextTurn(size_t i, Mark m, size_t j, size_t len) {
    const size_t label_start = cur_.label_start;
    const size_t label_end = cur_.label_end;
    Emit(i, i, false);
    if (StageDirection(t_, j + len)) return j + len;
    Open(Family::kDouble, m, j, len);
    if (cur_.label_end == cur_.label_start) {
      cur_.label_start = label_start;
      cur_.label_end = label_end;
    }
    return j + len;
  }

  // A double quote that opens a line with a transcript's label ("WALLACE:
  // ..."): the label is left out of the quoted words.
  void TakeLabel(size_t i) {
    if (i > 0 && t_[i - 1] != '\n') return;
    size_t colon = LabelColon(t_, cur_.start);
    if (colon == std::string_view::npos) return;
    cur_.label_start = cur_.start;
    cur_.label_end = colon;
    size_t k = colon + 1;
    for (size_t b = BlankAt(t_, k); b > 0; b = BlankAt(t_, k)) k += b;
    cur_.start = k;
  }

  // Closes the open quote at para_end and returns where to scan next. An
  // unmatched single mark was most likely an apostrophe: the paragraph is
  // scanned again from just after it with single marks ignored, so a double
  // quote it hid is still found (each paragraph is scanned at most twice).
  size_t Unclosed(size_t para_end) {
    Family f = family_;
    family_ = Family::kNone;
    if (f == Family::kSingle) {
      if (open_mark_ == Mark::kSglLeft) Warn("quotes: unclosed quote mark at byte ", cur_.open);
      no_single_until_ = para_end;
      return cur_.start;
    }
    Warn("quotes: unclosed quote mark at byte ", cur_.open);
    family_ = f;
    Emit(para_end, para_end, false);
    return para_end;
  }

  void Emit(size_t close, size_t close_end, bool closed) {
    family_ = Family::kNone;
    QuoteSpan q = cur_;
    q.end = close;
    q.close_end = close_end;
    q.closed = closed;
    while (q.start < q.end && IsSpaceByte(static_cast<unsigned char>(t_[q.start]))) ++q.start;
    while (q.end > q.start &&
           (IsSpaceByte(static_cast<unsigned char>(t_[q.end - 1])) || t_[q.end - 1] == ',')) {
      --q.end;
    }
    if (q.end > q.start) out_->push_back(q);
  }

  void Warn(const char* what, size_t at) {
    if (warnings_ == nullptr) return;
    if (warned_ >= max_warnings_) {
      ++dropped_warnings_;
      return;
    }
    ++warned_;
    warnings_->push_back(what + std::to_string(at));
  }

  std::string_view t_;
  std::vector<QuoteSpan>* out_;
  std::vector<std::string>* warnings_;
  size_t max_warnings_;
  size_t warned_ = 0;
  size_t dropped_warnings_ = 0;
  Family family_ = Family::kNone;
  Mark open_mark_ = Mark::kNone;
  size_t no_single_until_ = 0;
  bool nested_single_ = false;  // a single quote is open inside the double one
  int nested_double_ = 0;       // double quotes open inside the double one
  static constexpr size_t kNoReopen = static_cast<size_t>(-1);
  // Bytes SpacedOpens and ClosesAhead read ahead for a closing mark.
  static constexpr size_t kMaxLookahead = 1200;
  // Just past the straight mark that closed the last quote when it may have
  // opened the next paragraph of it (this line only); kNoReopen otherwise.
  size_t reopened_ = kNoReopen;
  bool backticks_ = false;  // a `` was seen: the text writes ``...''
  bool spaced_ = false;     // the open quote began with a spaced straight mark
  // The closing '' ClosesAhead found for the open quote; kNoReopen if none.
  size_t closes_at_ = kNoReopen;
  QuoteSpan cur_;
};

}  // namespace

void FindQuoteSpans(std::string_view text, std::vector<QuoteSpan>* out,
                    std::vector<std::string>* warnings, size_t max_warnings) {
  Pairer(text, out, warnings, max_warnings).Run();
}

}  // namespace dossier::quotes
