// Names the entity layer did not give: a scan of the text for runs of two
// or more capitalised words, tokenized only where such a run stands, so
// that "Halden" can still take "Mira Halden" when no entities were passed
// in. The scan runs on need, only as far as a lookup reaches; a run is
// tokenized only when a lookup walks back to it. It does not type the runs
// (person or organisation) or resolve anything.
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/quotes/speaker.h"

namespace dossier::quotes {

namespace {

bool CapitalAt(std::string_view text, size_t i) {
  auto c = static_cast<unsigned char>(text[i]);
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && IsUpperAt(text, i));
}

// Bytes of a chunk's leading word: ASCII letters, '-', and the bytes of
// non-ASCII code points but 0xE2 (which starts a quote mark or dash).
constexpr auto kWordByte = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[c] = (c >= 0x80 && c != 0xE2) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
  }
  return t;
}();

// The letters at the start of a chunk ("Trump" of "Trump's,").
std::string_view LeadingWord(std::string_view chunk) {
  size_t k = 0;
  while (k < chunk.size() && kWordByte[static_cast<unsigned char>(chunk[k])]) ++k;
  return chunk.substr(0, k);
}

// The end of the space-free chunk starting at i (a word with any punctuation
// glued to it).
size_t ChunkEnd(std::string_view text, size_t i) {
  while (i < text.size() && text[i] != ' ' && text[i] != '\n' && text[i] != '\t') ++i;
  return i;
}

// The first position at or after i holding an ASCII capital or the lead
// byte of a multi-byte code point: sixteen bytes at a time with SSE2, then
// eight at a time (capitals are a few percent of news text), then byte by
// byte.
size_t NextCapitalCandidate(std::string_view text, size_t i) {
  const size_t n = text.size();
  const char* d = text.data();
#if defined(__SSE2__)
  // Sixteen at a time first: 'A' <= byte <= 'Z' as signed bytes (bytes of
  // 0x80 and above are negative), or byte >= 0xC0 unsigned.
  const __m128i above = _mm_set1_epi8('A' - 1);
  const __m128i below = _mm_set1_epi8('Z' + 1);
  const __m128i c0 = _mm_set1_epi8(static_cast<char>(0xC0));
  for (; i + 16 <= n; i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(d + i));
    __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, above), _mm_cmplt_epi8(x, below));
    __m128i high = _mm_cmpeq_epi8(_mm_max_epu8(x, c0), x);
    auto bits = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(upper, high)));
    if (bits != 0) return i + static_cast<size_t>(std::countr_zero(bits));
  }
#endif
  if constexpr (std::endian::native == std::endian::little) {
    constexpr uint64_t kOnes = 0x0101010101010101ull;
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
    for (; i + 8 <= n; i += 8) {
      uint64_t x;
      std::memcpy(&x, d + i, 8);
      uint64_t t = x & kLow7;
      // High bit of each byte set when 0x41 <= byte <= 0x5A (exact, no
      // carries between bytes), or when the byte is 0xC0 or above.
      uint64_t upper = (kOnes * (127 + 0x5B) - t) & ~x & (t + kOnes * (127 - 0x40)) & kHigh;
      uint64_t lead = x & (x << 1) & kHigh;
      uint64_t hit = upper | lead;
      if (hit != 0) return i + static_cast<size_t>(std::countr_zero(hit) / 8);
    }
  }
  for (; i < n; ++i) {
    auto c = static_cast<unsigned char>(d[i]);
    if ((c >= 'A' && c <= 'Z') || c >= 0xC0) return i;
  }
  return n;
}

}  // namespace

// Scans the bytes for two or more capitalised words in a row and notes
// those runs (PrevFallbackName tokenizes them when first reached), so the
// cost is one pass plus the runs read. A word starts the text, follows a
// space or a newline, or follows the end of the last run. The words seen
// mid-sentence are noted only when note_words (SeenMidSentence asks in few
// documents): that scan reads the whole text. Otherwise the scan goes on
// from where it stopped until it has noted every run that starts before
// `limit`. Either way a run is noted once.
void Attributor::BuildFallbackNames(bool note_words, size_t limit) {
  size_t runs_from = 0;  // runs starting before this are noted already
  size_t i = fallback_next_;
  size_t resume = fallback_resume_;
  if (note_words) {
    mid_words_built_ = true;
    runs_from = fallback_scanned_;
    limit = std::string_view::npos;
    i = 0;
    resume = 0;
  }
  const size_t n = text_.size();
  while (i < n && i < limit) {
    i = NextCapitalCandidate(text_, i);
    if (i >= n || i >= limit) break;
    bool start = i == resume || text_[i - 1] == ' ' || text_[i - 1] == '\n';
    if (!start || !CapitalAt(text_, i)) {
      ++i;
      continue;
    }
    // After a lower-case word, a comma or a closing quote mark ("“...,” Reyes said").
    bool mid = i >= 2 && text_[i - 1] == ' ' &&
               ((text_[i - 2] >= 'a' && text_[i - 2] <= 'z') || text_[i - 2] == ',' ||
                static_cast<unsigned char>(text_[i - 2]) == 0x9D);
    // The leading word holds no space: the chunk's end is searched after it.
    std::string_view word = LeadingWord(text_.substr(i));
    size_t run_end = ChunkEnd(text_, i + word.size());
    if (mid && note_words) mid_sentence_words_.Insert(word) = true;
    int words = 1;
    while (run_end + 1 < n && text_[run_end] == ' ' && CapitalAt(text_, run_end + 1)) {
      size_t next = run_end + 1;
      word = LeadingWord(text_.substr(next));
      run_end = ChunkEnd(text_, next + word.size());
      if (note_words) mid_sentence_words_.Insert(word) = true;
      ++words;
    }
    if (words >= 2 && i >= runs_from) fallback_runs_.push_back(FallbackRun{i, run_end});
    i = run_end + 1;
    resume = i;
  }
  if (note_words || i >= n) {
    fallback_scanned_ = std::string_view::npos;
  } else {
    fallback_scanned_ = i;
    fallback_next_ = i;
    fallback_resume_ = resume;
  }
}

Attributor::FallbackWalk Attributor::StartFallbackWalk(size_t pos) {
  if (fallback_scanned_ < pos) BuildFallbackNames(false, pos);
  auto it = std::lower_bound(fallback_runs_.begin(), fallback_runs_.end(), pos,
                             [](const FallbackRun& r, size_t p) { return r.begin < p; });
  return FallbackWalk{pos, static_cast<size_t>(it - fallback_runs_.begin()), 0};
}

bool Attributor::PrevFallbackName(FallbackWalk* walk, size_t stop, Span* out) {
  while (walk->left == 0) {
    if (walk->run == 0 || fallback_runs_[walk->run - 1].end <= stop) return false;
    FallbackRun& r = fallback_runs_[--walk->run];
    if (r.first < 0) {
      r.first = static_cast<int>(fallback_names_.size());
      AddFallbackRun(r.begin, r.end);
      r.count = static_cast<int>(fallback_names_.size()) - r.first;
    }
    size_t left = static_cast<size_t>(r.count);
    while (left > 0 && fallback_names_[static_cast<size_t>(r.first) + left - 1].start >= walk->pos)
      --left;
    walk->left = left;
  }
  --walk->left;
  *out = fallback_names_[static_cast<size_t>(fallback_runs_[walk->run].first) + walk->left];
  return true;
}

void Attributor::AddFallbackRun(size_t begin, size_t end) {
  scratch_.clear();
  TokenizeRange(text_, begin, end, &scratch_);
  const std::vector<Tok>& toks = scratch_;
  int n = static_cast<int>(toks.size());
  for (int i = 0; i < n;) {
    if (!NameWord(toks, i) || toks[i].upper) {
      ++i;
      continue;
    }
    int b = i;
    bool org = (Cls(toks[i]) & kOrgCue) != 0;
    while (b + 1 < n && NameWord(toks, b + 1) && !toks[b + 1].upper) {
      ++b;
      org = org || (Cls(toks[b]) & kOrgCue);
    }
    // "Ogden Police Lt. Jo Reyes": an abbreviated rank ends a post, no name.
    bool rank = (Cls(toks[b]) & kTitle) && b + 1 < n && IsPunct(toks[b + 1], '.');
    if (!org && !rank && b > i) {
      Who who = NameRun(toks, i, b);
      if (who.kind == Who::kName && !PlaceOrCaption(text_, lex_, who.start, who.end) &&
          text_.substr(who.start, who.end - who.start).find(' ') != std::string_view::npos) {
        fallback_names_.push_back(Span{who.start, who.end});
      }
    }
    i = b + 1;
  }
}

}  // namespace dossier::quotes
