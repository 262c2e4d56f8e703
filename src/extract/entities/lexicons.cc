// Loads the entity lexicons (data/lexicons/entities/*) into word flags and a
// phrase table. It reads no text to be analysed and keeps no global state.
#include "extract/entities/lexicons.h"

#include <cstring>
#include <utility>

namespace dossier::entities {

void LowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

namespace {

inline unsigned char Lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c;
}

// A hash of the bytes with 0x20 or-ed in (ASCII letters fold to lower
// case; other bytes change too, the same way for keys and probes, and the
// final comparison is exact), eight bytes at a time.
inline uint64_t HashLower(std::string_view s) {
  uint64_t h = s.size() * 0x9E3779B97F4A7C15ull;
  size_t i = 0;
  while (i < s.size()) {
    size_t n = s.size() - i < 8 ? s.size() - i : 8;
    uint64_t chunk = 0;
    std::memcpy(&chunk, s.data() + i, n);
    uint64_t mask = n == 8 ? ~0ull : ((1ull << (8 * n)) - 1);
    chunk |= 0x2020202020202020ull & mask;
    h = (h ^ chunk) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    i += n;
  }
  return h;
}

}  // namespace

void Lexicons::Table::Build(const std::vector<std::pair<std::string_view, uint32_t>>& entries) {
  size_t cap = 16;
  while (cap < entries.size() * 2) cap <<= 1;
  slots.assign(cap, Slot());
  arena.clear();
  for (const auto& [key, flags] : entries) {
    uint64_t h = HashLower(key);
    size_t i = h & (cap - 1);
    while (slots[i].length != 0) i = (i + 1) & (cap - 1);
    slots[i] = {h, static_cast<uint32_t>(arena.size()), static_cast<uint32_t>(key.size()), flags};
    arena += key;
  }
}

uint32_t Lexicons::Table::Find(std::string_view word, uint64_t h) const {
  size_t mask = slots.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots[i];
    if (s.length == 0) return 0;
    if (s.hash != h || s.length != word.size()) continue;
    const char* k = arena.data() + s.offset;
    size_t j = 0;
    while (j < word.size() &&
           Lower(static_cast<unsigned char>(word[j])) == static_cast<unsigned char>(k[j]))
      ++j;
    if (j == word.size()) return s.flags;
  }
}

void Lexicons::Freeze() {
  std::vector<std::pair<std::string_view, uint32_t>> vocab, starts;
  for (const auto& [key, flags] : words_) {
    if (key.empty()) continue;
    if (flags & ~kPhraseStart) vocab.emplace_back(key, flags & ~kPhraseStart);
    if (flags & kPhraseStart) starts.emplace_back(key, kPhraseStart);
  }
  vocab_.Build(vocab);
  starts_.Build(starts);
}

uint32_t Lexicons::Flags(std::string_view word, bool name_like) const {
  if (word.empty() || vocab_.slots.empty()) return 0;
  uint64_t h = HashLower(word);
  uint32_t f = vocab_.Find(word, h);
  if (name_like) f |= starts_.Find(word, h);
  return f;
}

void Lexicons::AddWord(std::string_view word, uint32_t flags) {
  std::string key;
  LowerInto(word, &key);
  words_[key] |= flags;
}

void Lexicons::AddPhrase(std::string_view name, EntityType type, std::string_view canonical,
                         bool settlement) {
  std::string key;
  LowerInto(name, &key);
  size_t words = 1;
  for (char c : key) words += c == ' ';
  if (words > 255) return;
  // The first entry wins: hand-written files load before generated ones.
  auto [it, inserted] = phrases_.try_emplace(key);
  if (!inserted) return;
  it->second.type = type;
  it->second.canonical = std::string(canonical);
  it->second.words = static_cast<uint8_t>(words);
  it->second.settlement = settlement;
  if (words > max_phrase_words_) max_phrase_words_ = words;
  AddWord(key.substr(0, key.find(' ')), kPhraseStart);
}

Status Lexicons::LoadWords(const LexiconLoader& loader, std::string_view name, uint32_t flags) {
  Result<std::string> text = loader.Load(name);
  if (!text.ok()) return text.status();
  for (const LexiconLine& line : SplitLexicon(*text)) AddWord(line.fields[0], flags);
  return Status::Ok();
}

Status Lexicons::LoadCues(const LexiconLoader& loader, std::string_view name, uint32_t head,
                          uint32_t lead) {
  Result<std::string> text = loader.Load(name);
  if (!text.ok()) return text.status();
  for (const LexiconLine& line : SplitLexicon(*text)) {
    std::string_view pos = line.fields.size() > 1 ? line.fields[1] : "head";
    uint32_t f = pos == "lead" ? lead : pos == "any" ? (head | lead) : head;
    AddWord(line.fields[0], f);
  }
  return Status::Ok();
}

namespace {

Status Malformed(std::string_view file, int line) {
  return InvalidArgument("entities lexicon " + std::string(file) + " line " + std::to_string(line) +
                         ": expected more tab-separated fields");
}

}  // namespace

Result<Lexicons> Lexicons::Load(const LexiconLoader& loader) {
  Lexicons lex;
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/function_words.txt", kFunction));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/common_words.txt", kCommon));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/months.tsv", kCalendar));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/first_names.txt", kFirstName));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/role_words.tsv", kRoleWord));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/role_modifiers.tsv", kRoleModifier));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/document_cues.tsv", kDocCue));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/org_nouns.txt", kOrgNoun));
  DOSSIER_RETURN_IF_ERROR(lex.LoadCues(loader, "entities/org_cues.tsv", kOrgHead, kOrgLead));
  DOSSIER_RETURN_IF_ERROR(lex.LoadCues(loader, "entities/place_cues.tsv", kPlaceHead, kPlaceLead));
  DOSSIER_RETURN_IF_ERROR(lex.LoadCues(loader, "entities/event_cues.tsv", kEventHead, kEventLead));
  {
    Result<std::string> text = loader.Load("entities/titles.tsv");
    if (!text.ok()) return text.status();
    for (const LexiconLine& line : SplitLexicon(*text)) {
      if (line.fields.size() < 2) return Malformed("titles.tsv", line.line_number);
      std::string_view kind = line.fields[1];
      uint32_t f = kind == "honorific" ? kHonorific
                   : kind == "rank"    ? kRank
                   : kind == "office"  ? kOffice
                                       : kOfficePart;
      lex.AddWord(line.fields[0], f);
    }
  }
  {
    Result<std::string> text = loader.Load("entities/particles.tsv");
    if (!text.ok()) return text.status();
    for (const LexiconLine& line : SplitLexicon(*text)) {
      bool name = line.fields.size() > 1 && line.fields[1] == "name";
      lex.AddWord(line.fields[0], name ? (kParticleName | kParticleOrg) : kParticleOrg);
    }
  }
  {
    Result<std::string> text = loader.Load("entities/place_context.tsv");
    if (!text.ok()) return text.status();
    for (const LexiconLine& line : SplitLexicon(*text)) {
      std::string_view w = line.fields[0];
      bool strong = line.fields.size() > 1 && line.fields[1] == "strong";
      // "city of" marks the word before "of"; one-word cues mark themselves.
      size_t sp = w.find(' ');
      lex.AddWord(w.substr(0, sp), strong ? kPlaceContextStrong : kPlaceContext);
    }
  }
  {
    Result<std::string> text = loader.Load("entities/nationalities.tsv");
    if (!text.ok()) return text.status();
    for (const LexiconLine& line : SplitLexicon(*text)) {
      lex.AddPhrase(line.fields[0], EntityType::kGroup, {});
    }
  }
  {
    Result<std::string> text = loader.Load("entities/organizations.tsv");
    if (!text.ok()) return text.status();
    for (const LexiconLine& line : SplitLexicon(*text)) {
      std::string_view canon = line.fields.size() > 1 ? line.fields[1] : line.fields[0];
      lex.AddPhrase(line.fields[0], EntityType::kOrganization, canon);
    }
  }
  for (std::string_view file : {"entities/places.tsv", "entities/gazetteer_places.tsv"}) {
    Result<std::string> text = loader.Load(file);
    if (!text.ok()) return text.status();
    for (const LexiconLine& line : SplitLexicon(*text)) {
      std::string_view kind = line.fields.size() > 1 ? line.fields[1] : "";
      lex.AddPhrase(line.fields[0], EntityType::kPlace, {},
                    kind == "city" || kind == "subdivision");
    }
  }
  lex.Freeze();
  return lex;
}

}  // namespace dossier::entities
