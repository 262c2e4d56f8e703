// Loads the number layer's lexicon files into lookup tables. It checks each
// line's shape and names the file and line of the first malformed one; it
// does not scan text.
#include "extract/numbers/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include "dossier/lexicon.h"
#include "extract/numbers/ascii.h"

namespace dossier::numbers {
namespace {

Status Malformed(std::string_view file, const LexiconLine& line, std::string_view why) {
  return InvalidArgument("lexicon " + std::string(file) + " line " +
                         std::to_string(line.line_number) + ": " + std::string(why));
}

bool ParseDouble(std::string_view s, double* out) {
  if (s.empty() || s.size() > 40) return false;
  char buf[48];
  std::copy(s.begin(), s.end(), buf);
  buf[s.size()] = '\0';
  char* end = nullptr;
  *out = std::strtod(buf, &end);
  return end == buf + s.size();
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) words.push_back(Lower(s.substr(i, j - i)));
    i = j;
  }
  return words;
}

bool ParseQualifier(std::string_view s, Qualifier* q) {
  static constexpr std::pair<std::string_view, Qualifier> kNames[] = {
      {"exact", Qualifier::kExact},      {"approx", Qualifier::kApprox},
      {"at_least", Qualifier::kAtLeast}, {"more_than", Qualifier::kMoreThan},
      {"at_most", Qualifier::kAtMost},   {"less_than", Qualifier::kLessThan}};
  for (const auto& [name, value] : kNames) {
    if (name == s) {
      *q = value;
      return true;
    }
  }
  return false;
}

bool HasUpper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool IsWordForm(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '.' || c == '\'';
  });
}

}  // namespace

std::string_view LowerInto(std::string_view s, char* buf, size_t n) {
  if (s.size() > n) return {};
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return std::string_view(buf, s.size());
}

WordInfo& Lexicon::Info(std::string_view lower) {
  auto it = words_.find(lower);
  if (it != words_.end()) return it->second;
  return words_.emplace(std::string(lower), WordInfo{}).first->second;
}

namespace {

uint64_t Load64(const char* s) {
  uint64_t v = 0;
  std::memcpy(&v, s, 8);
  return v;
}

uint32_t Load32(const char* s) {
  uint32_t v = 0;
  std::memcpy(&v, s, 4);
  return v;
}

// A hash of s that ignores ASCII case: the first and last (up to) eight
// bytes with bit 0x20 set, mixed with the length. Letters that differ only in
// case hash alike; FindFolded compares the words in full after it.
uint64_t FoldedHash(std::string_view s) {
  const size_t n = s.size();
  uint64_t a = 0, b = 0;
  if (n >= 8) {
    a = Load64(s.data());
    b = Load64(s.data() + n - 8);
  } else if (n >= 4) {
    a = Load32(s.data());
    b = Load32(s.data() + n - 4);
  } else if (n > 0) {
    a = static_cast<unsigned char>(s[0]) |
        static_cast<uint64_t>(static_cast<unsigned char>(s[n / 2])) << 8 |
        static_cast<uint64_t>(static_cast<unsigned char>(s[n - 1])) << 16;
  }
  constexpr uint64_t kFold = 0x2020202020202020ull;
  uint64_t h = ((a | kFold) ^ 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
  h ^= ((b | kFold) + n) * 0x94D049BB133111EBull;
  return h ^ (h >> 31);
}

}  // namespace

void Lexicon::Insert(Table* table, uint64_t hash, uint32_t entry) {
  size_t k = hash & table->mask;
  while (table->slots[k].entry != 0) k = (k + 1) & table->mask;
  table->slots[k] = Slot{static_cast<uint32_t>(hash >> 32), entry};
}

const WordInfo* Lexicon::Lookup(const Table& table, std::string_view word) const {
  if (table.slots.empty()) return nullptr;
  const uint64_t h = FoldedHash(word);
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  for (size_t k = h & table.mask;; k = (k + 1) & table.mask) {
    const Slot& s = table.slots[k];
    if (s.entry == 0) return nullptr;
    if (s.tag == tag && SameLower(word, keys_[s.entry - 1])) return infos_[s.entry - 1];
  }
}

void Lexicon::BuildIndex() {
  auto is_starter = [](const WordInfo& info) {
    return info.num != NumWord::kNone || (info.roles & (kVagueStart | kSignWord | kCurrencyStart));
  };
  size_t starters = 0;
  for (const auto& [key, info] : words_) {
    keys_.push_back(key);
    infos_.push_back(&info);
    starters += is_starter(info) ? 1 : 0;
    longest_ = std::max(longest_, key.size());
  }
  auto size_table = [](Table* table, size_t entries) {
    size_t cap = 16;
    while (cap < entries * 2) cap <<= 1;
    table->slots.assign(cap, Slot{});
    table->mask = cap - 1;
  };
  size_table(&index_, words_.size());
  size_table(&starter_index_, starters);
  shapes_.assign((longest_ + 1) * 27 * 27, 0);
  starter_bits_.assign((size_t{1} << kStarterBitsLog2) / 64, 0);
  for (size_t e = 0; e < keys_.size(); ++e) {
    uint64_t h = FoldedHash(keys_[e]);
    Insert(&index_, h, static_cast<uint32_t>(e + 1));
    shapes_[Shape(keys_[e])] = 1;
    if (is_starter(*infos_[e])) {
      Insert(&starter_index_, h, static_cast<uint32_t>(e + 1));
      if (!keys_[e].empty()) {
        size_t bit = StarterBit(keys_[e]);
        starter_bits_[bit >> 6] |= uint64_t{1} << (bit & 63);
      }
    }
  }
}

const WordInfo* Lexicon::FindFolded(std::string_view word) const {
  if (word.size() > longest_ || !shapes_[Shape(word)]) return nullptr;
  return Lookup(index_, word);
}

const WordInfo* Lexicon::Find(std::string_view lower) const {
  auto it = words_.find(lower);
  return it == words_.end() ? nullptr : &it->second;
}

const CurrencyForm* Lexicon::FindCurrencyName(std::string_view lower) const {
  auto it = currency_names_.find(lower);
  return it == currency_names_.end() ? nullptr : &it->second;
}

const CurrencyForm* Lexicon::FindCurrencyCode(std::string_view code) const {
  auto it = currency_codes_.find(code);
  return it == currency_codes_.end() ? nullptr : &it->second;
}

Status Lexicon::LoadNumberWords(const std::string& name, std::string_view text) {
  static constexpr std::pair<std::string_view, NumWord> kKinds[] = {
      {"unit", NumWord::kUnit},
      {"tens", NumWord::kTens},
      {"scale", NumWord::kScale},
      {"ordinal", NumWord::kOrdinal},
      {"ordinal_scale", NumWord::kOrdinalScale},
      {"dozen", NumWord::kDozen},
      {"fraction", NumWord::kFraction}};
  for (const LexiconLine& line : SplitLexicon(text)) {
    if (line.fields.size() < 3) return Malformed(name, line, "want word, value, kind");
    double value = 0;
    if (!ParseDouble(line.fields[1], &value)) return Malformed(name, line, "bad value");
    NumWord kind = NumWord::kNone;
    for (const auto& [k, v] : kKinds)
      if (k == line.fields[2]) kind = v;
    if (kind == NumWord::kNone) return Malformed(name, line, "unknown kind");
    WordInfo& info = Info(Lower(line.fields[0]));
    info.num = kind;
    info.num_value = value;
  }
  return Status::Ok();
}

Status Lexicon::LoadScales(std::string_view text) {
  for (const LexiconLine& line : SplitLexicon(text)) {
    if (line.fields.size() < 3)
      return Malformed("numbers/scales.tsv", line, "want form, value, how");
    ScaleForm f;
    f.form = std::string(line.fields[0]);
    if (!ParseDouble(line.fields[1], &f.value))
      return Malformed("numbers/scales.tsv", line, "bad value");
    std::string_view how = line.fields[2];
    f.word = how == "word" || how == "both";
    f.suffix = how == "suffix" || how == "both" || how == "money_suffix";
    f.money_only = how == "money_suffix";
    if (!f.word && !f.suffix) return Malformed("numbers/scales.tsv", line, "unknown how");
    f.case_sensitive = HasUpper(f.form);
    if (!f.case_sensitive && f.word) {
      WordInfo& info = Info(f.form);
      info.roles |= kScaleWord;
      info.scale = f.value;
    }
    scales_.push_back(std::move(f));
  }
  return Status::Ok();
}

Status Lexicon::LoadQualifiers(std::string_view text) {
  for (const LexiconLine& line : SplitLexicon(text)) {
    if (line.fields.size() < 3)
      return Malformed("numbers/qualifiers.tsv", line, "want phrase, position, qualifier");
    Phrase p;
    p.words = SplitWords(line.fields[0]);
    p.after = line.fields[1] == "after";
    if (!p.after && line.fields[1] != "before")
      return Malformed("numbers/qualifiers.tsv", line, "position is before or after");
    p.equal = line.fields[2] == "equal";
    if (!p.equal && !ParseQualifier(line.fields[2], &p.qualifier))
      return Malformed("numbers/qualifiers.tsv", line, "unknown qualifier");
    if (p.words.empty()) return Malformed("numbers/qualifiers.tsv", line, "empty phrase");
    const std::string& last = p.words.back();
    if (!p.after && IsWordForm(last)) Info(last).roles |= kQualifierEnd;
    if (p.after) after_first_[static_cast<unsigned char>(p.words.front()[0])] = true;
    qualifiers_.push_back(std::move(p));
  }
  // Longer phrases first, so "no more than" wins over "more than".
  std::stable_sort(qualifiers_.begin(), qualifiers_.end(), [](const Phrase& a, const Phrase& b) {
    return a.words.size() > b.words.size();
  });
  IndexQualifiersBefore();
  return Status::Ok();
}

void Lexicon::IndexQualifiersBefore() {
  before_by_len_.assign(1, {});
  for (const Phrase& p : qualifiers_) {
    if (p.after) continue;
    const std::string& last = p.words.back();
    bool word = (last[0] >= 'a' && last[0] <= 'z') || (last[0] >= '0' && last[0] <= '9');
    size_t len = word ? last.size() : 0;
    if (len >= before_by_len_.size()) before_by_len_.resize(len + 1);
    before_by_len_[len].push_back(&p);
  }
}

Status Lexicon::LoadVague(std::string_view text) {
  for (const LexiconLine& line : SplitLexicon(text)) {
    if (line.fields.size() < 4)
      return Malformed("numbers/vague.tsv", line, "want phrase, low, high, needs");
    VagueForm v;
    v.words = SplitWords(line.fields[0]);
    if (v.words.empty() || !ParseDouble(line.fields[1], &v.low))
      return Malformed("numbers/vague.tsv", line, "bad phrase or low bound");
    if (!line.fields[2].empty() && line.fields[2] != "-" && !ParseDouble(line.fields[2], &v.high))
      return Malformed("numbers/vague.tsv", line, "bad high bound");
    if (line.fields[3] == "of") {
      v.needs = VagueForm::kOf;
    } else if (line.fields[3] == "noun") {
      v.needs = VagueForm::kNoun;
    }
    uint32_t alone = v.words.size() == 1 ? static_cast<uint32_t>(kVagueAlone) : 0u;
    Info(v.words[0]).roles |= kVagueStart | alone;
    for (size_t w = 1; w < v.words.size(); ++w) Info(v.words[w]).roles |= kVagueNext;
    vague_.push_back(std::move(v));
  }
  std::stable_sort(vague_.begin(), vague_.end(), [](const VagueForm& a, const VagueForm& b) {
    return a.words.size() > b.words.size();
  });
  return Status::Ok();
}

Status Lexicon::LoadCues(std::string_view text) {
  static constexpr std::pair<std::string_view, uint32_t> kRoles[] = {
      {"ident_before", kIdentBefore},
      {"ident_after", kIdentAfter},
      {"month", kMonth},
      {"year_before", kYearBefore},
      {"age_before", kAgeBefore},
      {"sports", kSports},
      {"time_after", kTimeAfter},
      {"not_currency", kNotCurrency},
      {"person_noun", kPersonNoun},
      {"unit_suffix", kUnitSuffix},
      {"one_before", kOneBefore},
      {"ident_words", kIdentWords},
      {"length_after", kLengthAfter},
      {"not_name", kNotName},
      {"time_unit", kTimeUnit},
      {"change_before", kChangeBefore},
      {"sign_word", kSignWord},
      {"ident_lower", kIdentLower},
      {"era", kEra},
      {"not_counted", kNotCounted},
      {"period_before", kPeriodBefore},
      {"amount_of", kAmountOf}};
  for (const LexiconLine& line : SplitLexicon(text)) {
    if (line.fields.size() < 2) return Malformed("numbers/cues.tsv", line, "want word, role");
    uint32_t role = 0;
    for (const auto& [k, v] : kRoles)
      if (k == line.fields[1]) role = v;
    if (role == 0) return Malformed("numbers/cues.tsv", line, "unknown role");
    if (role == kNotCurrency) {
      currency_codes_.erase(std::string(line.fields[0]));
      continue;
    }
    WordInfo& info = Info(Lower(line.fields[0]));
    info.roles |= role;
    if (role == kMonth) {
      double m = 0;
      if (line.fields.size() < 3 || !ParseDouble(line.fields[2], &m) || m < 1 || m > 12)
        return Malformed("numbers/cues.tsv", line, "month wants its number");
      info.month = static_cast<int>(m);
    }
  }
  return Status::Ok();
}

void Lexicon::AddCurrencyName(const std::string& lower, const CurrencyForm& form) {
  currency_names_.emplace(lower, form);
  // The first run of letters starts the name: "u" of "u.s. dollar".
  size_t k = 0;
  while (k < lower.size() && lower[k] >= 'a' && lower[k] <= 'z') ++k;
  if (k > 0) Info(lower.substr(0, k)).roles |= kCurrencyStart;
  char last = lower.empty() ? ' ' : lower.back();
  if (last >= 'a' && last <= 'z' && last != 's') {
    currency_names_.emplace(lower + "s", form);
    if (k == lower.size()) Info(lower + "s").roles |= kCurrencyStart;
  }
}

Status Lexicon::LoadIsoCurrencies(std::string_view text) {
  for (const LexiconLine& line : SplitLexicon(text)) {
    if (line.fields.size() < 2 || line.fields[0].size() != 3)
      return Malformed("numbers/currencies_iso.tsv", line, "want code, name");
    CurrencyForm f;
    f.code = std::string(line.fields[0]);
    f.after = true;
    AddCurrencyName(Lower(line.fields[1]), f);
    CurrencyForm c = f;
    c.before = true;
    currency_codes_.emplace(f.code, c);
  }
  return Status::Ok();
}

Status Lexicon::LoadCurrencyWords(std::string_view text) {
  for (const LexiconLine& line : SplitLexicon(text)) {
    if (line.fields.size() < 3)
      return Malformed("numbers/currency_words.tsv", line, "want form, code, where");
    CurrencyForm f;
    std::string_view form = line.fields[0];
    if (line.fields[1] == "?") {
      f.word = Lower(form);
    } else {
      f.code = std::string(line.fields[1]);
    }
    std::string_view where = line.fields[2];
    f.before = where == "before" || where == "both";
    f.after = where == "after" || where == "both" || where == "weak_after";
    f.weak = where == "weak_after";
    if (!f.before && !f.after) {
      return Malformed("numbers/currency_words.tsv", line,
                       "where is before, after, both or weak_after");
    }
    bool symbolic = !IsWordForm(form) || HasUpper(form);
    if (symbolic) {
      symbols_.emplace_back(std::string(form), f);
    } else {
      AddCurrencyName(Lower(form), f);
    }
  }
  std::stable_sort(symbols_.begin(), symbols_.end(),
                   [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
  for (const auto& [form, f] : symbols_) {
    unsigned char b = static_cast<unsigned char>(form[0]);
    symbol_first_[b | (b >= 'A' && b <= 'Z' ? 0x20 : 0)] = true;
  }
  return Status::Ok();
}

Status Lexicon::LoadCountries(std::string_view text) {
  for (const LexiconLine& line : SplitLexicon(text)) {
    if (line.fields.size() < 3)
      return Malformed("numbers/currency_countries.tsv", line, "want name, code, countries");
    std::string_view names = line.fields[2];
    size_t i = 0;
    while (i <= names.size()) {
      size_t j = names.find('|', i);
      if (j == std::string_view::npos) j = names.size();
      if (j > i) {
        countries_.push_back({Lower(line.fields[0]), std::string(line.fields[1]),
                              std::string(names.substr(i, j - i))});
      }
      i = j + 1;
    }
  }
  return Status::Ok();
}

Result<std::unique_ptr<Lexicon>> Lexicon::Load(const std::string& dir) {
  auto lex = std::make_unique<Lexicon>();
  LexiconLoader loader(dir);
  struct File {
    const char* name;
    Status (Lexicon::*load)(std::string_view);
  };
  Result<std::string> common = loader.Load("common/number_words.tsv");
  if (!common.ok()) return common.status();
  DOSSIER_RETURN_IF_ERROR(lex->LoadNumberWords("common/number_words.tsv", *common));
  Result<std::string> extras = loader.Load("numbers/number_extras.tsv");
  if (!extras.ok()) return extras.status();
  DOSSIER_RETURN_IF_ERROR(lex->LoadNumberWords("numbers/number_extras.tsv", *extras));
  // Codes load before the cues, which strike out codes that are words.
  static constexpr File kFiles[] = {
      {"numbers/scales.tsv", &Lexicon::LoadScales},
      {"numbers/qualifiers.tsv", &Lexicon::LoadQualifiers},
      {"numbers/vague.tsv", &Lexicon::LoadVague},
      {"numbers/currencies_iso.tsv", &Lexicon::LoadIsoCurrencies},
      {"numbers/currency_words.tsv", &Lexicon::LoadCurrencyWords},
      {"numbers/currency_countries.tsv", &Lexicon::LoadCountries},
      {"numbers/cues.tsv", &Lexicon::LoadCues},
  };
  for (const File& f : kFiles) {
    Result<std::string> text = loader.Load(f.name);
    if (!text.ok()) return text.status();
    DOSSIER_RETURN_IF_ERROR((lex.get()->*f.load)(*text));
  }
  lex->BuildIndex();
  return lex;
}

}  // namespace dossier::numbers
