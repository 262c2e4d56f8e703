// Internal helpers of the reconcile stage: interning, day arithmetic, word
// scanning and evidence capture. No knowledge of figures or timelines.
#include "reconcile/common.h"

#include <algorithm>

namespace dossier::reconcile {

uint32_t Interner::Id(std::string_view s) {
  auto it = ids_.find(std::string(s));
  if (it != ids_.end()) return it->second;
  uint32_t id = static_cast<uint32_t>(strings_.size());
  strings_.emplace_back(s);
  ids_.emplace(strings_.back(), id);
  return id;
}

// Howard Hinnant's days_from_civil.
int DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

std::string CivilFromDays(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  return FormatIsoDate(CivilDate{y, static_cast<int>(m), static_cast<int>(d)});
}

size_t WordCharLength(std::string_view t, size_t i) {
  const unsigned char c = static_cast<unsigned char>(t[i]);
  if (c < 0x80) {
    return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? 1 : 0;
  }
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + len > t.size()) return 0;
  const unsigned char c1 = static_cast<unsigned char>(t[i + 1]);
  if (c == 0xC2) return 0;                                // Latin-1 punctuation, NBSP
  if (c == 0xE2 && (c1 == 0x80 || c1 == 0x81)) return 0;  // dashes, quotes, ellipsis
  if (c == 0xE3 && c1 == 0x80) return 0;                  // CJK punctuation
  if (c < 0xC0) return 0;                                 // stray continuation byte
  return len;
}

uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

uint64_t HashLower(std::string_view word) {
  uint64_t h = 1469598103934665603ULL;
  for (char ch : word) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c + 32);
    h = (h ^ c) * 1099511628211ULL;
  }
  return Mix64(h);
}

void ScanWords(std::string_view text, std::vector<Word>* out) {
  out->clear();
  ForEachWord(text, [&](WordSpan w) {
    out->push_back(Word{w.start, w.end, HashLower(text.substr(w.start, w.end - w.start))});
  });
}

HashSet64::HashSet64(const std::vector<uint64_t>& keys) {
  size_t size = 16;
  while (size < keys.size() * 4) size *= 2;
  slots_.assign(size, 0);
  mask_ = size - 1;
  for (uint64_t k : keys) {
    k |= 1;
    size_t i = k & mask_;
    while (slots_[i] != 0 && slots_[i] != k) i = (i + 1) & mask_;
    slots_[i] = k;
  }
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

std::string Squeeze(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

Evidence MakeEvidence(const AnalyzedDocument& doc, size_t start, size_t end, size_t sentence) {
  const std::string& text = doc.document.text;
  Evidence e;
  e.document = doc.document.id;
  e.start = std::min(start, text.size());
  e.end = std::clamp(end, e.start, text.size());
  e.text = text.substr(e.start, e.end - e.start);
  size_t s0 = 0;
  size_t s1 = text.size();
  const auto& sents = doc.analysis.sentences;
  if (sentence < sents.size() && sents[sentence].start <= e.start && sents[sentence].end >= e.end &&
      sents[sentence].end <= text.size()) {
    s0 = sents[sentence].start;
    s1 = sents[sentence].end;
  } else {
    size_t nl = text.rfind('\n', e.start == 0 ? 0 : e.start - 1);
    s0 = (nl == std::string::npos || e.start == 0) ? 0 : nl + 1;
    size_t nr = text.find('\n', e.end);
    s1 = nr == std::string::npos ? text.size() : nr;
  }
  // Very long "sentences" (tables, missing splits) are cut around the span.
  constexpr size_t kMaxSide = 300;
  if (e.start - s0 > kMaxSide) s0 = e.start - kMaxSide;
  if (s1 - e.end > kMaxSide) s1 = e.end + kMaxSide;
  // Do not start or end inside a UTF-8 sequence.
  while (s0 > 0 && (static_cast<unsigned char>(text[s0]) & 0xC0) == 0x80) --s0;
  while (s1 < text.size() && (static_cast<unsigned char>(text[s1]) & 0xC0) == 0x80) ++s1;
  e.sentence_start = s0;
  e.sentence = text.substr(s0, s1 - s0);
  return e;
}

}  // namespace dossier::reconcile
