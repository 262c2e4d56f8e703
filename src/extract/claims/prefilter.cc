// The sentence prefilter: key words in a small open-addressing table, looked
// up only for letter runs whose first letter and length some key has. A
// sentence is scanned once, byte by byte; number mentions cut it into the
// same pieces the unit splitter sees, so a unit that equals a key word is
// always a whole letter run here. It reads no claims.
#include "extract/claims/prefilter.h"

#include <algorithm>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/claims/vocab.h"

namespace dossier::claims {
namespace {

// Lower-case letter for an ASCII letter byte, 0 for any other byte.
constexpr std::array<char, 256> MakeLowerTable() {
  std::array<char, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = static_cast<char>(c + 32);
  return t;
}
constexpr std::array<char, 256> kLower = MakeLowerTable();

inline char LowerLetter(char c) { return kLower[static_cast<unsigned char>(c)]; }

// A word's shape, folded to kShapeBits bits: its first two letters, last
// letter and length. Keys set their shape's bit; a run whose shape bit is
// clear is no key, with no hash computed.
inline uint32_t Shape(char first, char second, char last, size_t len) {
  uint32_t s =
      ((static_cast<uint32_t>(first - 'a') * 26 + static_cast<uint32_t>(second - 'a')) * 26 +
       static_cast<uint32_t>(last - 'a')) *
          32 +
      static_cast<uint32_t>(len);
  return (s * 0x9E3779B1u) >> (32 - Prefilter::kShapeBits);
}

#if defined(__SSE2__)
// Bit q set when p[q] is an ASCII letter, for the 16 bytes at p.
inline uint32_t LetterMask16(const char* p) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  // Setting bit 5 folds upper case onto lower case; bytes >= 0x80 stay
  // negative as signed bytes and fail the first comparison.
  __m128i l = _mm_or_si128(v, _mm_set1_epi8(0x20));
  __m128i ge = _mm_cmpgt_epi8(l, _mm_set1_epi8('a' - 1));
  __m128i le = _mm_cmplt_epi8(l, _mm_set1_epi8('z' + 1));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_and_si128(ge, le)));
}
#endif

// Bit q set when text[base + q] is an ASCII letter, for q < 64 and
// base + q < end.
inline uint64_t LetterMask64(std::string_view text, size_t base, size_t end) {
  uint64_t m = 0;
  size_t q = 0;
#if defined(__SSE2__)
  for (; q < 64 && base + q + 16 <= text.size(); q += 16) {
    m |= static_cast<uint64_t>(LetterMask16(text.data() + base + q)) << q;
  }
#endif
  for (; q < 64 && base + q < end; ++q) {
    if (LowerLetter(text[base + q]) != 0) m |= uint64_t{1} << q;
  }
  size_t n = end - base;
  return n >= 64 ? m : m & ((uint64_t{1} << n) - 1);
}

// One past the letter run that goes on at i, at most end.
inline size_t RunEnd(std::string_view text, size_t i, size_t end) {
  while (i < end && LowerLetter(text[i]) != 0) ++i;
  return i;
}

// The first byte of the letter run that goes on before i, at least begin.
inline size_t RunStart(std::string_view text, size_t begin, size_t i) {
  while (i > begin && LowerLetter(text[i - 1]) != 0) --i;
  return i;
}

inline bool IsLetterAt(std::string_view text, size_t i) {
  return i < text.size() && LowerLetter(text[i]) != 0;
}

// Words too common to stand for a phrase ("in hospital" is keyed by
// "hospital", "the dead" by "dead").
bool IsCommon(std::string_view w) {
  static constexpr std::string_view kCommon[] = {
      "a",    "an",   "the",   "of",  "to",    "in",   "on",    "at",    "by",
      "for",  "with", "from",  "and", "or",    "into", "out",   "under", "up",
      "his",  "her",  "their", "its", "have",  "has",  "had",   "been",  "be",
      "were", "was",  "is",    "are", "taken", "set",  "number"};
  for (std::string_view c : kCommon) {
    if (c == w) return true;
  }
  return false;
}

// A key has 2 to kMaxKey lower-case ASCII letters.
bool AllLetters(std::string_view w) {
  if (w.size() < 2) return false;
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

bool IsCountNumber(const NumberMention& n) {
  switch (n.kind) {
    case NumberKind::kCardinal:
    case NumberKind::kVague:
    case NumberKind::kRange:
    case NumberKind::kMoney:
      return n.value >= 0;
    default:
      return false;
  }
}

}  // namespace

void Prefilter::AddPhrase(const std::vector<std::string>& words, Need need) {
  pending_.push_back(Pending{words, need});
}

void Prefilter::AddWord(std::string_view word, Need need) {
  pending_.push_back(Pending{{std::string(word)}, need});
}

void Prefilter::AddLeadWord(std::string_view word, Need need) {
  if (!AllLetters(word) || word.size() > kMaxKey) {
    off_ = true;
    return;
  }
  leads_.push_back(Pending{{std::string(word)}, need});
}

void Prefilter::Finish() {
  // One-word phrases are their own keys; a longer phrase that holds a key
  // already needs no new one. Fewer keys pass fewer sentences.
  for (const Pending& p : pending_) {
    if (p.words.size() == 1) Insert(p.words[0], p.need);
  }
  for (const Pending& p : pending_) {
    if (p.words.size() == 1) continue;
    bool covered = false;
    std::string_view best;
    bool best_common = true;
    for (const std::string& w : p.words) {
      if (!AllLetters(w) || w.size() > kMaxKey) continue;
      if ((Lookup(w.data(), w.size()) & p.need) == p.need) covered = true;
      bool common = IsCommon(w);
      if (best.empty() || (best_common && !common) ||
          (common == best_common && w.size() > best.size())) {
        best = w;
        best_common = common;
      }
    }
    if (covered) continue;
    if (best.empty()) {
      off_ = true;
      continue;
    }
    Insert(best, p.need);
  }
  pending_.clear();
}

void Prefilter::Insert(std::string_view word, Need need) {
  if (!AllLetters(word) || word.size() > kMaxKey) {
    off_ = true;
    return;
  }
  if ((count_ + 1) * 2 > slots_.size()) Grow();
  uint64_t h = HashWord(word);
  size_t mask = slots_.size() - 1;
  size_t i = static_cast<size_t>(h) & mask;
  while (!slots_[i].key.empty() && (slots_[i].hash != h || slots_[i].key != word)) {
    i = (i + 1) & mask;
  }
  if (slots_[i].key.empty()) {
    slots_[i].hash = h;
    slots_[i].key.assign(word);
    ++count_;
  }
  slots_[i].need |= need;
  uint32_t shape = Shape(word[0], word[1], word.back(), word.size());
  shapes_[shape >> 6] |= uint64_t{1} << (shape & 63);
}

void Prefilter::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 256 : old.size() * 2, Slot());
  size_t mask = slots_.size() - 1;
  for (Slot& o : old) {
    if (o.key.empty()) continue;
    size_t i = static_cast<size_t>(o.hash) & mask;
    while (!slots_[i].key.empty()) i = (i + 1) & mask;
    slots_[i] = std::move(o);
  }
}

uint8_t Prefilter::Lookup(const char* lower, size_t len) const {
  if (slots_.empty()) return 0;
  std::string_view w(lower, len);
  uint64_t h = HashWord(w);
  size_t mask = slots_.size() - 1;
  for (size_t i = static_cast<size_t>(h) & mask; !slots_[i].key.empty(); i = (i + 1) & mask) {
    if (slots_[i].hash == h && slots_[i].key == w) return slots_[i].need;
  }
  return 0;
}

inline uint8_t Prefilter::Check(std::string_view text, size_t i, size_t len) const {
  if (len < 2 || len > kMaxKey) return 0;
  uint32_t shape =
      Shape(LowerLetter(text[i]), LowerLetter(text[i + 1]), LowerLetter(text[i + len - 1]), len);
  if (((shapes_[shape >> 6] >> (shape & 63)) & 1u) == 0) return 0;
  return CheckSlow(text, i, len);
}

uint8_t Prefilter::CheckSlow(std::string_view text, size_t i, size_t len) const {
  char buf[kMaxKey];
  for (size_t q = 0; q < len; ++q) buf[q] = LowerLetter(text[i + q]);
  return Lookup(buf, len);
}

uint8_t Prefilter::ScanRuns(std::string_view text, size_t begin, size_t end) const {
  uint8_t need = 0;
  uint64_t cur = begin < end ? LetterMask64(text, begin, end) : 0;
  uint64_t carry = 0;  // 1 when the previous block ends inside a run
  for (size_t base = begin; base < end; base += 64) {
    uint64_t next = base + 64 < end ? LetterMask64(text, base + 64, end) : 0;
    uint64_t starts = cur & ~((cur << 1) | carry);
    while (starts != 0) {
      size_t q = static_cast<size_t>(__builtin_ctzll(starts));
      starts &= starts - 1;
      uint64_t after = ~cur & (~uint64_t{0} << q);
      size_t run_end;
      if (after != 0) {
        run_end = base + static_cast<size_t>(__builtin_ctzll(after));
      } else if (~next != 0) {
        run_end = base + 64 + static_cast<size_t>(__builtin_ctzll(~next));
      } else {
        run_end = RunEnd(text, base + 128, end);
      }
      need |= Check(text, base + q, run_end - base - q);
    }
    carry = cur >> 63;
    cur = next;
  }
  return need;
}

// Lead words count as the sentence's first unit only: the first bytes
// after spaces must spell one (over-approximated by a prefix match).
uint8_t Prefilter::LeadNeed(std::string_view text, size_t begin, size_t end) const {
  if (leads_.empty()) return 0;
  size_t i = begin;
  while (i < end) {
    char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
    } else if (c == '\xC2' && i + 1 < end && text[i + 1] == '\xA0') {
      i += 2;
    } else {
      break;
    }
  }
  uint8_t need = 0;
  for (const Pending& p : leads_) {
    const std::string& w = p.words[0];
    if (end - i < w.size()) continue;
    size_t q = 0;
    while (q < w.size() && LowerLetter(text[i + q]) == w[q]) ++q;
    if (q == w.size()) need |= p.need;
  }
  return need;
}

// The unit splitter also cuts words at every number's start and end. A run
// cut there was checked whole above; its pieces at the cut are checked
// here (each at most kMaxKey letters long, so this stays linear).
uint8_t Prefilter::CheckCut(std::string_view text, size_t lo, size_t cut, size_t hi) const {
  if (cut == 0 || !IsLetterAt(text, cut - 1) || !IsLetterAt(text, cut)) return 0;
  uint8_t need = 0;
  if (cut > lo) {
    size_t a = RunStart(text, std::max(lo, cut > kMaxKey + 1 ? cut - kMaxKey - 1 : 0), cut);
    need |= Check(text, a, cut - a);
  }
  if (cut < hi) {
    size_t b = RunEnd(text, cut, std::min(hi, cut + kMaxKey + 1));
    need |= Check(text, cut, b - cut);
  }
  return need;
}

bool Prefilter::MayClaim(std::string_view text, size_t begin, size_t end,
                         const std::vector<NumberMention>& numbers, size_t* cursor) const {
  constexpr uint8_t kBoth = kCue | kCounted;
  size_t k = *cursor;
  while (k < numbers.size() && numbers[k].start < begin) ++k;
  if (off_ || slots_.empty()) {
    *cursor = k;
    return true;
  }
  if (end > text.size()) end = text.size();
  if (begin > end) begin = end;
  uint8_t need = ScanRuns(text, begin, end) | LeadNeed(text, begin, end);
  // Number units as the unit splitter makes them: [s, e) after the previous
  // one's end `pos`. Each cut's pieces lie between its neighbouring cuts.
  size_t pos = begin;
  size_t prev_start = begin;
  bool any = false;
  for (; k < numbers.size() && numbers[k].start < end; ++k) {
    const NumberMention& n = numbers[k];
    if (n.end <= pos) continue;
    size_t s = std::max(n.start, pos);
    size_t e = std::min(n.end, end);
    if (IsCountNumber(n)) need |= kCounted;
    if (any) need |= CheckCut(text, prev_start, pos, s);
    need |= CheckCut(text, pos, s, e);
    prev_start = s;
    pos = e;
    any = true;
  }
  if (any) need |= CheckCut(text, prev_start, pos, end);
  *cursor = k;
  return need == kBoth;
}

}  // namespace dossier::claims
