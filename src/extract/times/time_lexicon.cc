// Loads the time lexicons into one case-insensitive word table (see
// time_lexicon.h). Parsing of the files only; no text scanning here.
#include "extract/times/time_lexicon.h"

#include <charconv>
#include <cstring>

#include "dossier/lexicon.h"

namespace dossier::times {
namespace {

constexpr size_t kMaxWord = 24;

uint64_t HashLower(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h | 1;  // never 0: 0 marks an empty slot
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool HasFlag(std::string_view flags, std::string_view flag) {
  size_t pos = 0;
  while (pos <= flags.size()) {
    size_t comma = flags.find(',', pos);
    if (comma == std::string_view::npos) comma = flags.size();
    if (flags.substr(pos, comma - pos) == flag) return true;
    pos = comma + 1;
  }
  return false;
}

bool ParseInt(std::string_view s, int64_t* out) {
  if (!s.empty() && s[0] == '+') s.remove_prefix(1);
  auto r = std::from_chars(s.data(), s.data() + s.size(), *out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

Unit ParseUnit(std::string_view s) {
  if (s == "S") return Unit::kSecond;
  if (s == "MIN") return Unit::kMinute;
  if (s == "H") return Unit::kHour;
  if (s == "D") return Unit::kDay;
  if (s == "W") return Unit::kWeek;
  if (s == "WE") return Unit::kWeekend;
  if (s == "M") return Unit::kMonth;
  if (s == "Q") return Unit::kQuarter;
  if (s == "Y") return Unit::kYear;
  if (s == "DE") return Unit::kDecade;
  if (s == "CE") return Unit::kCentury;
  return Unit::kNone;
}

Status LineError(std::string_view file, const LexiconLine& line, std::string_view what) {
  return InvalidArgument(std::string(file) + ":" + std::to_string(line.line_number) + ": " +
                         std::string(what));
}

// A month (1-12) or weekday (1-7) number with its "cap" flag.
Status ParseDayOrMonth(std::string_view file, const LexiconLine& line, WordInfo* w) {
  const auto& f = line.fields;
  std::string_view flags = f.size() > 2 ? f[2] : std::string_view();
  int64_t n = 0;
  if (file == "times/months.tsv") {
    if (!ParseInt(f[1], &n) || n < 1 || n > 12) return LineError(file, line, "bad month");
    w->month = static_cast<uint8_t>(n);
    if (HasFlag(flags, "cap")) w->flags |= kMonthCap;
    return Status::Ok();
  }
  if (!ParseInt(f[1], &n) || n < 1 || n > 7) return LineError(file, line, "bad weekday");
  w->weekday = static_cast<uint8_t>(n);
  if (HasFlag(flags, "cap")) w->flags |= kWeekdayCap;
  return Status::Ok();
}

// A unit line: unit code, optional count (1-100), optional "plural" flag.
Status ParseUnitLine(std::string_view file, const LexiconLine& line, WordInfo* w) {
  const auto& f = line.fields;
  int64_t n = 0;
  w->unit = ParseUnit(f[1]);
  if (w->unit == Unit::kNone) return LineError(file, line, "unknown unit");
  w->unit_count = 1;
  if (f.size() > 2 && (!ParseInt(f[2], &n) || n < 1 || n > 100)) {
    return LineError(file, line, "bad unit count");
  }
  if (f.size() > 2) w->unit_count = static_cast<uint8_t>(n);
  if (f.size() > 3 && HasFlag(f[3], "plural")) w->flags |= kUnitPlural;
  return Status::Ok();
}

// A relative day's offset in days (-7 to 7).
Status ParseRelativeDay(std::string_view file, const LexiconLine& line, WordInfo* w) {
  int64_t n = 0;
  if (!ParseInt(line.fields[1], &n) || n < -7 || n > 7) return LineError(file, line, "bad offset");
  w->rel_day = static_cast<int8_t>(n);
  w->flags |= kHasRelDay;
  return Status::Ok();
}

// Where a modifier goes ("of" or before) and whether it is "outside".
void ParseModifierFlags(const LexiconLine& line, WordInfo* w) {
  const auto& f = line.fields;
  w->flags |= f[2] == "of" ? kModOf : kModPre;
  if (f.size() > 3 && f[3] == "outside") w->flags |= kModOutside;
}

// A qualifier offset (-1, 0, 1) with its "span" flag.
Status ParseQualifier(std::string_view file, const LexiconLine& line, WordInfo* w) {
  const auto& f = line.fields;
  std::string_view flags = f.size() > 2 ? f[2] : std::string_view();
  int64_t n = 0;
  if (!ParseInt(f[1], &n) || n < -1 || n > 1) return LineError(file, line, "bad offset");
  w->qualifier = static_cast<int8_t>(n);
  w->flags |= kHasQualifier;
  if (HasFlag(flags, "span")) w->flags |= kQualSpan;
  return Status::Ok();
}

// A direction (-1 or 1) anchored on the document or the mention.
Status ParseDirection(std::string_view file, const LexiconLine& line, WordInfo* w) {
  const auto& f = line.fields;
  int64_t n = 0;
  if (!ParseInt(f[1], &n) || (n != -1 && n != 1)) return LineError(file, line, "bad direction");
  w->direction = static_cast<int8_t>(n);
  w->flags |= kHasDirection | (f[2] == "document" ? kDirDocument : kDirMention);
  return Status::Ok();
}

// A quantity word: a number below a million, or "X" for a vague one.
Status ParseQuantity(std::string_view file, const LexiconLine& line, WordInfo* w) {
  const auto& f = line.fields;
  int64_t n = 0;
  w->flags |= kHasQuantity;
  if (f[1] == "X") {
    w->flags |= kVagueQuantity;
  } else if (ParseInt(f[1], &n) && n >= 0 && n < 1000000) {
    w->quantity = static_cast<int>(n);
  } else {
    return LineError(file, line, "bad quantity");
  }
  return Status::Ok();
}

// A holiday's fixed date as MM-DD.
Status ParseHoliday(std::string_view file, const LexiconLine& line, WordInfo* w) {
  std::string_view md = line.fields[1];
  int64_t mm = 0, dd = 0;
  if (md.size() != 5 || md[2] != '-' || !ParseInt(md.substr(0, 2), &mm) ||
      !ParseInt(md.substr(3, 2), &dd) || mm < 1 || mm > 12 || dd < 1 || dd > 31) {
    return LineError(file, line, "bad MM-DD");
  }
  w->holiday_month = static_cast<uint8_t>(mm);
  w->holiday_day = static_cast<uint8_t>(dd);
  return Status::Ok();
}

// A tense cue: "future", "weak" (future) or "past".
void ParseCue(std::string_view cue, WordInfo* w) {
  if (cue == "future") w->flags |= kFutureCue;
  if (cue == "weak") w->flags |= kWeakFutureCue;
  if (cue == "past") w->flags |= kPastCue;
}

// The "year", "from" and "to" flags of a preposition.
void ParsePrepositionFlags(std::string_view flags, WordInfo* w) {
  if (HasFlag(flags, "year")) w->flags |= kPrepYear;
  if (HasFlag(flags, "from")) w->flags |= kPrepFrom;
  if (HasFlag(flags, "to")) w->flags |= kPrepTo;
}

// A number word: its value and kind (unit, tens, scale, ordinal...).
Status ParseNumberWord(std::string_view file, const LexiconLine& line, WordInfo* w) {
  const auto& f = line.fields;
  int64_t n = 0;
  if (!ParseInt(f[1], &n) || n < 0) return LineError(file, line, "bad number");
  w->number = n;
  std::string_view k = f[2];
  w->number_kind = k == "unit"            ? NumberKind::kUnit
                   : k == "tens"          ? NumberKind::kTens
                   : k == "scale"         ? NumberKind::kScale
                   : k == "ordinal"       ? NumberKind::kOrdinal
                   : k == "ordinal_scale" ? NumberKind::kOrdinalScale
                                          : NumberKind::kNone;
  return Status::Ok();
}

}  // namespace

std::string_view TimeLexicon::Keep(std::string_view s) {
  for (const std::string& k : strings_)
    if (k == s) return k;
  strings_.emplace_back(s);
  return strings_.back();
}

WordInfo* TimeLexicon::Insert(std::string_view word) {
  char buf[kMaxWord];
  if (word.empty() || word.size() > kMaxWord) return nullptr;
  for (size_t i = 0; i < word.size(); ++i) buf[i] = Lower(word[i]);
  std::string_view key(buf, word.size());
  if (infos_.size() * 2 >= slots_.size()) {  // grow and rehash
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& s : old) {
      if (s.hash == 0) continue;
      size_t i = s.hash & (slots_.size() - 1);
      while (slots_[i].hash != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = s;
    }
  }
  uint64_t h = HashLower(key);
  size_t i = h & (slots_.size() - 1);
  while (slots_[i].hash != 0) {
    const Slot& s = slots_[i];
    if (s.hash == h && std::string_view(keys_).substr(s.key_offset, s.key_size) == key)
      return &infos_[s.info];
    i = (i + 1) & (slots_.size() - 1);
  }
  slots_[i].hash = h;
  slots_[i].key_offset = static_cast<uint32_t>(keys_.size());
  slots_[i].key_size = static_cast<uint16_t>(key.size());
  slots_[i].info = static_cast<int32_t>(infos_.size());
  keys_.append(key);
  infos_.emplace_back();
  return &infos_.back();
}

const WordInfo* TimeLexicon::FindSlow(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWord || slots_.empty()) return nullptr;
  char buf[kMaxWord];
  for (size_t i = 0; i < word.size(); ++i) buf[i] = Lower(word[i]);
  std::string_view key(buf, word.size());
  uint64_t h = HashLower(key);
  size_t i = h & (slots_.size() - 1);
  while (slots_[i].hash != 0) {
    const Slot& s = slots_[i];
    if (s.hash == h && s.key_size == key.size() &&
        std::memcmp(keys_.data() + s.key_offset, buf, key.size()) == 0)
      return &infos_[s.info];
    i = (i + 1) & (slots_.size() - 1);
  }
  return nullptr;
}

// Fills w from one line of the named lexicon file.
Status TimeLexicon::ParseEntry(std::string_view file, const LexiconLine& line, WordInfo* w) {
  const auto& f = line.fields;
  if (file == "times/months.tsv" || file == "times/weekdays.tsv") {
    return ParseDayOrMonth(file, line, w);
  }
  if (file == "times/seasons.tsv") {
    w->season = Keep(f[1]);
  } else if (file == "times/day_parts.tsv") {
    w->day_part = Keep(f[1]);
  } else if (file == "times/units.tsv") {
    return ParseUnitLine(file, line, w);
  } else if (file == "times/relative_days.tsv") {
    if (f.size() > 2) w->rel_day_part = Keep(f[2]);
    return ParseRelativeDay(file, line, w);
  } else if (file == "times/references.tsv") {
    w->reference = Keep(f[1]);
  } else if (file == "times/qualifiers.tsv") {
    return ParseQualifier(file, line, w);
  } else if (file == "times/modifiers.tsv") {
    w->mod = Keep(f[1]);
    ParseModifierFlags(line, w);
  } else if (file == "times/directions.tsv") {
    return ParseDirection(file, line, w);
  } else if (file == "times/sets.tsv") {
    w->set_value = Keep(f[1]);
  } else if (file == "times/quantities.tsv") {
    return ParseQuantity(file, line, w);
  } else if (file == "times/holidays.tsv") {
    return ParseHoliday(file, line, w);
  } else if (file == "times/cues.tsv") {
    ParseCue(f[1], w);
  } else if (file == "times/prepositions.tsv") {
    if (f[1] != "-") w->prep_mod = Keep(f[1]);
    ParsePrepositionFlags(f.size() > 2 ? f[2] : std::string_view(), w);
  } else {  // common/number_words.tsv
    return ParseNumberWord(file, line, w);
  }
  return Status::Ok();
}

Result<TimeLexicon> TimeLexicon::Load(const std::string& lexicon_dir) {
  TimeLexicon lex;
  LexiconLoader loader(lexicon_dir);
  struct FileSpec {
    const char* name;
    size_t min_fields;
  };
  static constexpr FileSpec kFiles[] = {
      {"times/months.tsv", 2},        {"times/weekdays.tsv", 2},   {"times/seasons.tsv", 2},
      {"times/day_parts.tsv", 2},     {"times/units.tsv", 2},      {"times/relative_days.tsv", 2},
      {"times/references.tsv", 2},    {"times/qualifiers.tsv", 2}, {"times/modifiers.tsv", 3},
      {"times/directions.tsv", 3},    {"times/sets.tsv", 2},       {"times/quantities.tsv", 2},
      {"times/cues.tsv", 2},          {"times/holidays.tsv", 2},   {"times/prepositions.tsv", 3},
      {"common/number_words.tsv", 3},
  };
  for (const FileSpec& spec : kFiles) {
    Result<std::string> text = loader.Load(spec.name);
    if (!text.ok()) return text.status();
    std::string_view file = spec.name;
    std::string body = std::move(*text);
    for (const LexiconLine& line : SplitLexicon(body)) {
      const auto& f = line.fields;
      if (f.size() < spec.min_fields) return LineError(file, line, "too few fields");
      WordInfo* w = lex.Insert(f[0]);
      if (w == nullptr) return LineError(file, line, "word empty or longer than 24 bytes");
      Status st = lex.ParseEntry(file, line, w);
      if (!st.ok()) return st;
    }
  }
  lex.Finish();
  return lex;
}

void TimeLexicon::Finish() {
  MarkTriggers();
  short_index_.assign(size_t{27} * 27 * 27, -1);
  for (const Slot& s : slots_) {
    if (s.hash != 0) IndexSlot(s);
  }
  BuildFastTable();
}

// Sets the trigger bit of every word that can start a time expression.
void TimeLexicon::MarkTriggers() {
  for (WordInfo& w : infos_) {
    bool context_only = w.month == 0 && w.weekday == 0 && w.holiday_month == 0 &&
                        w.unit == Unit::kNone && w.number_kind == NumberKind::kNone &&
                        w.season.empty() && w.day_part.empty() && w.reference.empty() &&
                        w.set_value.empty() && w.mod.empty() &&
                        !(w.flags & (kHasQualifier | kHasRelDay | kHasQuantity));
    if (!context_only) w.flags |= kTrigger;
  }
  // "fiscal 1989" starts with a context word.
  if (WordInfo* f = const_cast<WordInfo*>(FindSlow("fiscal"))) f->flags |= kTrigger;
}

// Adds one word to the short-word index and the quick-reject length masks.
void TimeLexicon::IndexSlot(const Slot& s) {
  unsigned char c = static_cast<unsigned char>(keys_[s.key_offset]);
  unsigned char d = s.key_size > 1 ? static_cast<unsigned char>(keys_[s.key_offset + 1]) : 'a' + 26;
  if (s.key_size > max_len_) max_len_ = s.key_size;
  if (s.key_size <= 3) {
    uint32_t key = 0;
    bool letters = true;
    for (uint16_t x = 0; x < s.key_size; ++x) {
      unsigned char l = static_cast<unsigned char>(keys_[s.key_offset + x]);
      letters = letters && l >= 'a' && l <= 'z';
      key = key * 27 + (l - 'a' + 1);
    }
    if (letters) short_index_[key] = s.info;
  }
  // Words must start with two letters (or be one letter) to be found.
  // (Fast keys are added by BuildFastTable, once the table size is known.)
  if (c >= 'a' && c <= 'z' && d >= 'a' && d <= 'a' + 26 && s.key_size < 32) {
    length_mask_[(c - 'a') * 27 + (d - 'a')] |= 1u << s.key_size;
  }
}

// The letter-word table of FindLetters: words of 4 to kFastLen letters.
void TimeLexicon::BuildFastTable() {
  size_t fast_count = 0;
  for (const Slot& s : slots_) {
    if (s.hash != 0 && s.key_size > 3 && s.key_size <= kFastLen) ++fast_count;
  }
  size_t size = 64;
  while (size < fast_count * 4) size *= 2;
  fast_.assign(size, FastSlot{});
  fast_mask_ = size - 1;
  for (const Slot& s : slots_) {
    if (s.hash == 0 || s.key_size <= 3 || s.key_size > kFastLen) continue;
    std::string_view key = std::string_view(keys_).substr(s.key_offset, s.key_size);
    bool letters = true;
    for (char ch : key) letters = letters && ch >= 'a' && ch <= 'z';
    if (!letters) continue;  // the scanner never gives FindLetters such a word
    uint64_t k0 = 0, k1 = 0;
    LetterKey(key.data(), key.size(), key.size(), &k0, &k1);
    size_t i = FastIndex(k0, k1);
    while (fast_[i].info >= 0) i = (i + 1) & fast_mask_;
    fast_[i] = FastSlot{k0, k1, s.info};
  }
}

}  // namespace dossier::times
