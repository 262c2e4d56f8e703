// Loads the entity lexicons (data/lexicons/entities/*) into word flags and a
// phrase table. It reads no text to be analysed and keeps no global state.
#include "extract/entities/lexicons.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace dossier::entities {

void LowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

void Lexicons::Table::Build(const std::vector<std::pair<std::string_view, uint64_t>>& keys,
                            const std::vector<uint32_t>& values) {
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;
  slots.assign(cap, Slot());
  bloom.assign(kBloomBits / 64, 0);
  entries.assign(cap, Entry());
  mask = static_cast<uint32_t>(cap - 1);
  arena.clear();
  for (size_t k = 0; k < keys.size(); ++k) {
    uint64_t h = keys[k].second;
    bloom[BloomBit(h) >> 6] |= 1ull << (BloomBit(h) & 63);
    uint32_t i = static_cast<uint32_t>(h) & mask;
    while (slots[i].tag != 0) i = (i + 1) & mask;
    std::string_view key = keys[k].first;
    slots[i] = {Tag(h, key.size()), values[k], LoadHead(key.data(), key.size())};
    entries[i] = {static_cast<uint32_t>(arena.size()), static_cast<uint32_t>(key.size())};
    arena += keys[k].first;
  }
}

namespace {

// PhraseMix over the words of a lower-case key split at single spaces.
uint64_t PhraseHash(std::string_view key) {
  uint64_t h = kPhraseSeed;
  while (true) {
    size_t sp = key.find(' ');
    h = PhraseMix(h, HashWord(key.substr(0, sp)));
    if (sp == std::string_view::npos) return h;
    key.remove_prefix(sp + 1);
  }
}

}  // namespace

void Lexicons::Freeze() {
  std::vector<std::pair<std::string_view, uint64_t>> vocab, starts, phrases;
  std::vector<uint32_t> vocab_flags, start_flags, phrase_index;
  for (const auto& [key, flags] : words_) {
    if (key.empty()) continue;
    if (flags & ~kPhraseStart) {
      vocab.emplace_back(key, HashWord(key));
      vocab_flags.push_back(flags & ~kPhraseStart);
    }
    if (flags & kPhraseStart) {
      starts.emplace_back(key, HashWord(key));
      start_flags.push_back(kPhraseStart);
    }
  }
  vocab_.Build(vocab, vocab_flags);
  starts_.Build(starts, start_flags);
  phrase_info_.clear();
  phrase_info_.reserve(phrases_.size());
  for (const auto& [key, info] : phrases_) {
    phrases.emplace_back(key, PhraseHash(key));
    phrase_index.push_back(static_cast<uint32_t>(phrase_info_.size()));
    phrase_info_.push_back(info);
  }
  phrase_table_.Build(phrases, phrase_index);
  words_.clear();
  phrases_.clear();
}

const PhraseInfo* Lexicons::Phrase(std::string_view lower) const {
  return PhraseByHash(PhraseHash(lower), [lower](std::string_view key) { return key == lower; });
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
  it->second.caps =
      std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (words > max_phrase_words_) max_phrase_words_ = words;
  AddWord(key.substr(0, key.find(' ')), kPhraseStart);
}

// The flags of a sport_context.tsv position field ("before after");
// *link set for "link".
static uint32_t SportPositions(std::string_view field, bool* link) {
  uint32_t f = 0;
  while (!field.empty()) {
    size_t sp = field.find(' ');
    std::string_view p = field.substr(0, sp);
    if (p == "before") f |= kSportBefore;
    if (p == "after") f |= kSportAfter;
    if (p == "result") f |= kSportResult;
    *link |= p == "link";
    field = sp == std::string_view::npos ? std::string_view() : field.substr(sp + 1);
  }
  return f;
}

// sport_context.tsv: a word may hold several positions ("beat": before
// and after); the linking words are kept in a list of their own.
Status Lexicons::LoadSportContext(const LexiconLoader& loader) {
  Result<std::string> text = loader.Load("entities/sport_context.tsv");
  if (!text.ok()) return text.status();
  for (const LexiconLine& line : SplitLexicon(*text)) {
    uint32_t f = 0;
    bool link = false;
    for (size_t k = 1; k < line.fields.size(); ++k) f |= SportPositions(line.fields[k], &link);
    if (link) sport_links_.emplace_back(line.fields[0]);
    if (f != 0) AddWord(line.fields[0], f);
  }
  return Status::Ok();
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
    if (line.fields.size() > 2 && line.fields[2] == "legal") f |= kLegalForm;
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
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/person_pronouns.txt", kPersonPronoun));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/plural_verbs.txt", kPluralVerb));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/months.tsv", kCalendar));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/first_names.txt", kFirstName));
  {
    Result<std::string> text = loader.Load("entities/role_words.tsv");
    if (!text.ok()) return text.status();
    for (const LexiconLine& line : SplitLexicon(*text)) {
      bool body = line.fields.size() > 1 && line.fields[1] == "body";
      if (line.fields.size() > 1 && line.fields[1] == "kin")
        lex.kin_words_.emplace_back(line.fields[0]);
      lex.AddWord(line.fields[0], body ? (kRoleWord | kBodyRole) : kRoleWord);
    }
  }
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/role_modifiers.tsv", kRoleModifier));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/document_cues.tsv", kDocCue));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/org_nouns.txt", kOrgNoun));
  DOSSIER_RETURN_IF_ERROR(lex.LoadWords(loader, "entities/clause_words.txt", kClauseWord));
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
  DOSSIER_RETURN_IF_ERROR(lex.LoadSportContext(loader));
  {
    Result<std::string> text = loader.Load("entities/place_context.tsv");
    if (!text.ok()) return text.status();
    for (const LexiconLine& line : SplitLexicon(*text)) {
      std::string_view w = line.fields[0];
      bool strong = line.fields.size() > 1 && line.fields[1] == "strong";
      bool locative = line.fields.size() > 2 && line.fields[2] == "locative";
      // "city of" marks the word before "of"; one-word cues mark themselves.
      size_t sp = w.find(' ');
      lex.AddWord(w.substr(0, sp), (strong ? kPlaceContextStrong : kPlaceContext) |
                                       (locative ? uint32_t{kLocative} : 0u));
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
