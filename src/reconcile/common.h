// Internal helpers shared by the reconcile accumulators: the document table,
// a string interner, word scanning, day arithmetic and evidence capture.
// Not part of the public API; nothing here allocates per word.
#ifndef DOSSIER_RECONCILE_COMMON_H_
#define DOSSIER_RECONCILE_COMMON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/extract.h"
#include "dossier/reconcile.h"
#include "dossier/types.h"

namespace dossier::reconcile {

// What is kept of every document after Add.
struct DocInfo {
  std::string id;
  std::string source;
  std::string title;
  std::string date;  // as given; may be empty
  int day = 0;       // days since 1970-01-01; valid only when dated
  bool dated = false;
  int group = 0;  // filled by the source grouping
};
using DocTable = std::vector<DocInfo>;

// Maps strings to small dense ids and back.
class Interner {
 public:
  uint32_t Id(std::string_view s);
  const std::string& Str(uint32_t id) const { return strings_[id]; }
  size_t size() const { return strings_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
  std::vector<std::string> strings_;
};

// Days since 1970-01-01 of a valid civil date (proleptic Gregorian).
int DaysFromCivil(int year, int month, int day);
// "YYYY-MM-DD" for a day number.
std::string CivilFromDays(int days);

// True for bytes that are part of a word: ASCII letters and digits, and
// UTF-8 sequences other than the General Punctuation block and Latin-1
// punctuation (so dashes and curly quotes separate words).
// Returns the byte length of the word character at text[i], 0 if none.
size_t WordCharLength(std::string_view text, size_t i);

struct WordSpan {
  size_t start = 0;
  size_t end = 0;
};
// Calls fn(WordSpan) for each word of text (letters/digits with inner
// apostrophes, hyphens and periods joined), in order.
template <typename Fn>
void ForEachWord(std::string_view text, Fn&& fn) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    size_t len = WordCharLength(text, i);
    if (len == 0) {
      ++i;
      continue;
    }
    size_t start = i;
    i += len;
    while (i < n) {
      len = WordCharLength(text, i);
      if (len > 0) {
        i += len;
        continue;
      }
      char c = text[i];
      if ((c == '-' || c == '\'') && i + 1 < n && WordCharLength(text, i + 1) > 0) {
        ++i;
        continue;
      }
      break;
    }
    fn(WordSpan{start, i});
  }
}

// A word of a document: its span and HashLower of its bytes.
struct Word {
  size_t start = 0;
  size_t end = 0;
  uint64_t hash = 0;
};
// Replaces *out with the words of text (ForEachWord), hashed.
void ScanWords(std::string_view text, std::vector<Word>* out);

// A fixed set of 64-bit hashes: open addressing, lookups never allocate.
class HashSet64 {
 public:
  HashSet64() = default;
  explicit HashSet64(const std::vector<uint64_t>& keys);
  [[nodiscard]] bool contains(uint64_t h) const {
    if (slots_.empty()) return false;
    h |= 1;  // 0 marks an empty slot
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      if (slots_[i] == h) return true;
      if (slots_[i] == 0) return false;
    }
  }

 private:
  std::vector<uint64_t> slots_;
  size_t mask_ = 0;
};

// 64-bit FNV-1a over the ASCII-lowercased bytes, then mixed.
uint64_t HashLower(std::string_view word);
uint64_t Mix64(uint64_t x);
// ASCII lowercase copy.
std::string Lower(std::string_view s);
// Collapses runs of whitespace to one space and trims.
std::string Squeeze(std::string_view s);

// Builds evidence for [start, end) of doc: the words and their sentence
// (the analysis' sentence when `sentence` is a valid index, else the span's
// line). Offsets are clamped to the text.
Evidence MakeEvidence(const AnalyzedDocument& doc, size_t start, size_t end, size_t sentence);

// Evidence caps: counts items per key and says whether one more may be kept.
class EvidenceBudget {
 public:
  explicit EvidenceBudget(size_t cap) : cap_(cap) {}
  bool Take(uint64_t key) { return counts_[key]++ < cap_; }

 private:
  size_t cap_;
  std::unordered_map<uint64_t, size_t> counts_;
};

}  // namespace dossier::reconcile

#endif  // DOSSIER_RECONCILE_COMMON_H_
