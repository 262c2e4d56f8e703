// extract/entities/flat_index.h: a small open-addressing map from
// string_view to uint32_t for the per-document passes (names, surnames,
// acronyms). It does not own its keys: they must outlive the index. Reused
// across documents (Clear keeps the memory), so a document allocates
// nothing once the tables have grown.
#ifndef DOSSIER_EXTRACT_ENTITIES_FLAT_INDEX_H_
#define DOSSIER_EXTRACT_ENTITIES_FLAT_INDEX_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/entities/hash.h"

namespace dossier::entities {

class FlatIndex {
 public:
  // Empties the index in O(1): slots of older generations count as empty.
  void Clear() {
    if (size_ == 0) return;
    size_ = 0;
    if (++gen_ == 0) {
      for (Slot& s : slots_) s.gen = 0;
      gen_ = 1;
    }
  }
  [[nodiscard]] bool empty() const { return size_ == 0; }
  // The value of key, or null.
  [[nodiscard]] const uint32_t* Find(std::string_view key) const {
    if (size_ == 0) return nullptr;
    return Find(key, HashWord(key));
  }
  // The same with hash = HashWord(key) computed by the caller.
  [[nodiscard]] const uint32_t* Find(std::string_view key, uint64_t hash) const {
    if (size_ == 0) return nullptr;
    const Slot& s = slots_[Probe(key, hash)];
    return s.gen == gen_ ? &s.value : nullptr;
  }
  uint32_t* Find(std::string_view key) {
    return const_cast<uint32_t*>(static_cast<const FlatIndex*>(this)->Find(key));
  }
  uint32_t* Find(std::string_view key, uint64_t hash) {
    return const_cast<uint32_t*>(static_cast<const FlatIndex*>(this)->Find(key, hash));
  }
  // Inserts key -> value unless key is there; returns the stored value's
  // slot and whether it was inserted.
  std::pair<uint32_t*, bool> TryEmplace(std::string_view key, uint32_t value) {
    return TryEmplace(key, HashWord(key), value);
  }
  // The same with h = HashWord(key) computed by the caller.
  std::pair<uint32_t*, bool> TryEmplace(std::string_view key, uint64_t h, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot& s = slots_[Probe(key, h)];
    if (s.gen == gen_) return {&s.value, false};
    s = {key, h, value, gen_};
    ++size_;
    return {&s.value, true};
  }
  // key -> value, replacing any value there.
  void Set(std::string_view key, uint32_t value) { *TryEmplace(key, value).first = value; }

 private:
  struct Slot {
    std::string_view key;
    uint64_t hash = 0;
    uint32_t value = 0;
    uint32_t gen = 0;  // in use when equal to gen_
  };
  [[nodiscard]] size_t Probe(std::string_view key, uint64_t h) const {
    size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (s.gen != gen_ || (s.hash == h && s.key == key)) return i;
    }
  }
  void Grow() {
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(old.empty() ? 64 : old.size() * 2, Slot());
    for (const Slot& s : old) {
      if (s.gen != gen_) continue;
      size_t mask = slots_.size() - 1;
      size_t i = s.hash & mask;
      while (slots_[i].gen == gen_) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t size_ = 0;
  uint32_t gen_ = 1;
};

}  // namespace dossier::entities

#endif  // DOSSIER_EXTRACT_ENTITIES_FLAT_INDEX_H_
