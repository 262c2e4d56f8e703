// Span rules of the time grammar (see matcher.h): counts in digits or words,
// durations ("44-day", "three days", "nearly three decades"), points counted
// from another time ("34 years ago", "a year earlier", "three decades
// later"), elapsed time and anniversaries that date an earlier event ("34
// years on", "thirty-four years have passed since", "the 34th anniversary"),
// sets ("every year", "each February 26", "annually") and the present/past/
// future references ("now", "recently", "the past").
#include <cstdlib>

#include "extract/times/calendar.h"
#include "extract/times/matcher.h"

namespace dossier::times {

bool IsTimeUnit(Unit unit) {
  return unit == Unit::kSecond || unit == Unit::kMinute || unit == Unit::kHour;
}

std::string DurationValue(Unit unit, int64_t count, bool vague, int64_t unit_count) {
  int64_t n = count * unit_count;
  char letter = 'Y';
  int64_t scale = 1;
  switch (unit) {
    case Unit::kSecond:
      letter = 'S';
      break;
    case Unit::kMinute:
      letter = 'M';
      break;
    case Unit::kHour:
      letter = 'H';
      break;
    case Unit::kDay:
      letter = 'D';
      break;
    case Unit::kWeek:
      letter = 'W';
      break;
    case Unit::kWeekend:
      letter = 'D', scale = 2;
      break;
    case Unit::kMonth:
      letter = 'M';
      break;
    case Unit::kQuarter:
      letter = 'M', scale = 3;
      break;
    case Unit::kYear:
      letter = 'Y';
      break;
    case Unit::kDecade:
      letter = 'Y', scale = 10;
      break;
    case Unit::kCentury:
      letter = 'Y', scale = 100;
      break;
    case Unit::kNone:
      return "";
  }
  std::string v = IsTimeUnit(unit) ? "PT" : "P";
  if (vague) {
    v += 'X';
  } else {
    v += std::to_string(n * scale);
  }
  v += letter;
  return v;
}

// ---------------------------------------------------------------- counts

bool Matcher::ReadNumberWords(size_t i, int64_t* value, size_t* end, bool* ordinal) const {
  // Several rules read the same start token in turn: answer them once.
  NumberWordsMemo& m = number_words_memo_;
  if (m.at != i) {
    m.at = i;
    m.ok = ReadNumberWordsAt(i, &m.value, &m.end, &m.ordinal);
  }
  *ordinal = m.ordinal;
  if (!m.ok) return false;
  *value = m.value;
  *end = m.end;
  return true;
}

bool Matcher::ReadNumberWordsAt(size_t i, int64_t* value, size_t* end, bool* ordinal) const {
  int64_t total = 0, cur = 0;
  NumberKind last = NumberKind::kNone;
  size_t k = i;
  bool any = false;
  *ordinal = false;
  while (k < toks_.size() && k < i + 16) {  // number phrases are short
    if (cur > 1000000000000LL || total > 1000000000000LL) break;
    const WordInfo* w = Info(k);
    if (w == nullptr || w->number_kind == NumberKind::kNone) break;
    NumberKind kind = w->number_kind;
    int64_t n = w->number;
    if (kind == NumberKind::kUnit || kind == NumberKind::kOrdinal) {
      if (last == NumberKind::kUnit || (last == NumberKind::kTens && n >= 10)) break;
      if (kind == NumberKind::kOrdinal && last == NumberKind::kTens && n >= 10) break;
      cur += n;
    } else if (kind == NumberKind::kTens) {
      if (last == NumberKind::kUnit || last == NumberKind::kTens) break;
      cur += n;
    } else {            // scales
      if (!any) break;  // "hundred" alone: the caller handles "a hundred"
      if (n == 100) {
        cur = (cur == 0 ? 1 : cur) * 100;
      } else {
        total += (cur == 0 ? 1 : cur) * n;
        cur = 0;
      }
    }
    any = true;
    last = kind;
    ++k;
    if (kind == NumberKind::kOrdinal || kind == NumberKind::kOrdinalScale) {
      *ordinal = true;
      break;
    }
    // "thirty-four": a hyphen between tens and a unit.
    if (last == NumberKind::kTens && IsPunct(k, '-') && Tight(k) && Tight(k + 1)) {
      const WordInfo* nx = Info(k + 1);
      if (nx != nullptr &&
          (nx->number_kind == NumberKind::kUnit || nx->number_kind == NumberKind::kOrdinal) &&
          nx->number < 10) {
        ++k;
        continue;
      }
    }
    if (IsWord(k, "and") && last == NumberKind::kScale) {
      const WordInfo* nx = Info(k + 1);
      if (nx != nullptr && nx->number_kind != NumberKind::kNone &&
          nx->number_kind != NumberKind::kScale)
        ++k;
    }
  }
  if (!any) return false;
  *value = total + cur;
  *end = k;
  return true;
}

bool Matcher::ReadOrdinal(size_t i, int64_t* value, size_t* end) const {
  if (IsNumber(i)) {
    const Tok& t = toks_[i];
    if (!(t.flags & kOrdinal) || t.digits > 4) return false;
    *value = t.value;
    *end = i + 1;
    return true;
  }
  bool ordinal = false;
  int64_t v = 0;
  size_t e = 0;
  if (!ReadNumberWords(i, &v, &e, &ordinal) || !ordinal) return false;
  *value = v;
  *end = e;
  return true;
}

bool Matcher::ReadCount(size_t i, Count* c) const {
  if (i >= toks_.size()) return false;
  const Tok& t = toks_[i];
  if (t.kind == TokKind::kNumber) {
    if (t.flags & (kOrdinal | kDecade)) return false;
    int64_t v = 0;
    if (t.flags & kSeparated) {  // "1,000" yes; "2.5" no
      for (uint32_t k = t.start; k < t.end; ++k) {
        char ch = text_[k];
        if (ch == '.') return false;
        if (ch >= '0' && ch <= '9') v = v < 1000000000 ? v * 10 + (ch - '0') : v;
      }
    } else {
      v = t.value;
    }
    c->value = v;
    c->end = i + 1;
    return true;
  }
  const WordInfo* w = Info(i);
  if (w == nullptr) return false;
  if (w->flags & kHasQuantity) {
    c->end = i + 1;
    if (IsWord(i, "a") || IsWord(i, "an")) {
      const WordInfo* nx = Info(i + 1);
      if (nx != nullptr && (nx->flags & kVagueQuantity) && IsWord(i + 1, "few")) {
        c->vague = true;
        c->end = i + 2;
        return true;
      }
      if (IsWord(i + 1, "couple")) {
        c->value = 2;
        c->end = IsWord(i + 2, "of") ? i + 3 : i + 2;
        return true;
      }
      if (IsWord(i + 1, "dozen")) {
        c->value = 12;
        c->end = i + 2;
        return true;
      }
      if (nx != nullptr && nx->number_kind == NumberKind::kScale) {
        c->value = nx->number;
        c->end = i + 2;
        return true;
      }
      c->value = 1;
      c->article = true;
      return true;
    }
    if (w->flags & kVagueQuantity) {
      c->vague = true;
      if (IsWord(i + 1, "of")) c->end = i + 2;  // "dozens of"
      return true;
    }
    if (w->number_kind == NumberKind::kNone) {
      c->value = w->quantity;
      if (IsWord(i + 1, "of")) c->end = i + 2;
      return true;
    }
  }
  if (w->number_kind == NumberKind::kUnit || w->number_kind == NumberKind::kTens) {
    bool ordinal = false;
    int64_t v = 0;
    size_t e = 0;
    if (!ReadNumberWords(i, &v, &e, &ordinal) || ordinal) return false;
    c->value = v;
    c->end = e;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------- values

std::string Matcher::ShiftedValue(Unit unit, int64_t amount, const CivilDate& from) const {
  if (amount > 100000 || amount < -100000) return "";
  switch (unit) {
    case Unit::kSecond:
    case Unit::kMinute:
      return FormatDay(from);
    case Unit::kHour:
      return FormatDay(AddDays(from, amount / 24));
    case Unit::kDay:
      return FormatDay(AddDays(from, amount));
    case Unit::kWeek:
    case Unit::kWeekend:
      return FormatWeek(AddDays(from, 7 * amount));
    case Unit::kMonth: {
      CivilDate d = AddMonths(from, static_cast<int>(amount));
      return FormatMonth(d.year, d.month);
    }
    case Unit::kQuarter: {
      CivilDate d = AddMonths(from, static_cast<int>(3 * amount));
      return FormatYear(d.year) + "-Q" + std::to_string((d.month - 1) / 3 + 1);
    }
    case Unit::kYear:
      return FormatYear(from.year + static_cast<int>(amount));
    case Unit::kDecade:
      return FormatYear(from.year + static_cast<int>(10 * amount));
    case Unit::kCentury:
      return FormatYear(from.year + static_cast<int>(100 * amount));
    case Unit::kNone:
      break;
  }
  return "";
}

namespace {

// Shifts a calendar value of another mention ("1989-Q3", "1992-02-26",
// "1992") by whole years, or a full date by any unit; empty when the value
// is too coarse for the unit.
std::string ShiftMentionValue(const std::string& value, Unit unit, int64_t amount) {
  if (value.size() < 4 || amount > 100000 || amount < -100000) return "";
  for (int k = 0; k < 4; ++k)
    if (value[k] < '0' || value[k] > '9') return "";
  int y = std::atoi(value.substr(0, 4).c_str());
  int64_t years = unit == Unit::kYear      ? amount
                  : unit == Unit::kDecade  ? 10 * amount
                  : unit == Unit::kCentury ? 100 * amount
                                           : 0;
  if (years != 0 || unit == Unit::kYear) {
    std::string rest = value.substr(4);
    size_t t = rest.find('T');
    if (t != std::string::npos) rest.resize(t);
    return FormatYear(y + static_cast<int>(years)) + rest;
  }
  return "";
}

}  // namespace

bool Matcher::BareUnitContext(size_t i) const {
  // "for years", "in recent weeks", "within hours", "days before": a plural
  // unit alone is a vague duration unless a determiner owns it ("the early
  // days of").
  if (i == 0) return false;
  static constexpr std::string_view kBefore[] = {
      "for",    "in",   "within", "over",  "after", "take", "takes", "took",
      "taking", "last", "lasted", "spent", "spend", "than", "about", "of"};
  for (std::string_view w : kBefore)
    if (IsWord(i - 1, w)) return !IsWord(i + 1, "of") || IsWord(i - 1, "for");
  return false;
}

// ---------------------------------------------------------------- rules

size_t Matcher::RuleCountUnit(const Prefix& p) {
  size_t j = p.core;
  Count c;
  if (!ReadCount(j, &c)) return 0;
  size_t k = c.end;
  bool plural = false;
  Unit u = Unit::kNone;
  size_t end = 0;
  bool adjectival = false;
  if (IsPunct(k, '-') && Tight(k) && Tight(k + 1) && !c.vague) {
    u = UnitAt(k + 1, &plural);
    if (u != Unit::kNone && !plural) {
      adjectival = true;
      end = k + 2;
      if (IsPunct(end, '-') && Tight(end) && IsWord(end + 1, "old")) return 0;  // an age
    } else {
      u = Unit::kNone;
    }
  }
  if (u == Unit::kNone) {
    u = UnitAt(k, &plural);
    if (u == Unit::kNone) {
      // "between 12 and 18 months": the first count borrows the unit.
      Count c2;
      if (!c.vague && !c.article && toks_[j].kind == TokKind::kNumber &&
          (IsWord(k, "and") || IsWord(k, "to") || IsWord(k, "or") || IsPunct(k, '-')) &&
          ReadCount(k + 1, &c2) && !c2.article) {
        bool pl2 = false;
        Unit u2 = UnitAt(c2.end, &pl2);
        if (u2 != Unit::kNone && pl2 && u2 != Unit::kWeekend) {
          Emit(j, k, TimeType::kDuration, DurationValue(u2, c.value, false), "duration");
          return k;
        }
      }
      return 0;
    }
    if (c.article && plural) return 0;
    // "a second killing": "second" is an ordinal before a noun.
    if (u == Unit::kSecond && !plural && k + 1 < toks_.size() &&
        toks_[k + 1].kind == TokKind::kWord && Info(k + 1) == nullptr)
      return 0;
    // A singular unit after a count other than one: "a two day visit" yes,
    // "the 1988 quarter" (a year) or "1988 second" no.
    if (!c.vague && c.value != 1 && !plural &&
        (c.value >= 1000 || u == Unit::kSecond || u == Unit::kQuarter || k + 1 >= toks_.size() ||
         toks_[k + 1].kind != TokKind::kWord))
      return 0;
    end = k + 1;
  }
  if (u == Unit::kWeekend) return 0;
  int64_t unit_count = Info(end - 1) ? Info(end - 1)->unit_count : 1;
  std::string duration = DurationValue(u, c.value, c.vague, unit_count);
  size_t first = (p.has_the && !adjectival) ? p.begin : j;
  if (adjectival) {
    // "decades-long" style suffix, or nothing.
    Emit(first, end, TimeType::kDuration, duration, "duration_adjective");
    return end;
  }
  if (plural && IsPunct(end, '\'') && Tight(end) && !IsWord(end + 1, "s")) ++end;  // "five years'"
  if (IsPunct(end, '-') && Tight(end) && IsWord(end + 1, "long")) end += 2;
  int64_t amount = c.value * unit_count;
  // Counts beyond any calendar ("99999999 years ago") stay plain durations.
  bool years = (u == Unit::kYear || u == Unit::kDecade || u == Unit::kCentury) && amount <= 10000;
  if (amount > 100000) {
    Emit(first, end, TimeType::kDuration, duration, "duration");
    return end;
  }
  int64_t year_amount = u == Unit::kDecade    ? 10 * amount
                        : u == Unit::kCentury ? 100 * amount
                                              : amount;
  Counted k2{first, end, u, c, amount, year_amount, years, Info(end)};
  if (k2.dir != nullptr && (k2.dir->flags & kDirDocument)) return CountedAgo(k2);
  if (k2.dir != nullptr && (k2.dir->flags & kDirMention) && !c.vague) {
    if (size_t r = CountedFromMention(k2)) return r;
  }
  size_t idx = Emit(first, end, TimeType::kDuration, duration, "duration");
  if (years && !c.vague) MarkElapsed(idx, k2);
  return end;
}

// "34 years ago" [tonight]; "a week ago".
size_t Matcher::CountedAgo(const Counted& x) {
  size_t e = x.end + 1;
  std::string v;
  std::string_view part;
  if (x.c.vague) {
    v = "PAST_REF";
  } else if (dct_.valid()) {
    v = ShiftedValue(x.u, x.dir->direction * x.amount, dct_);
  }
  const WordInfo* rd = Info(e);
  if (rd != nullptr && (rd->flags & kHasRelDay) && rd->rel_day == 0) {
    part = rd->rel_day_part;
    ++e;
    if (!v.empty() && !x.c.vague && x.u == Unit::kYear) {
      CivilDate d{dct_.year + static_cast<int>(x.dir->direction * x.amount), dct_.month, dct_.day};
      if (!IsValidDay(d.year, d.month, d.day)) d.day = DaysInMonth(d.year, d.month);
      v = FormatDay(d);
      if (!part.empty()) v += "T" + std::string(part);
    }
  }
  size_t idx = Emit(x.first, e, part.empty() ? TimeType::kDate : TimeType::kTime, v, "ago");
  MarkRelative(&(*out_)[idx]);
  if (x.years && !x.c.vague && dct_.valid() && x.dir->direction < 0)
    (*out_)[idx].implied_event_date = FormatYear(dct_.year - static_cast<int>(x.year_amount));
  return e;
}

// "a year earlier", "three decades later": from the last date mentioned.
// Returns 0 when the direction word belongs to what follows ("two days
// after the vote", "earlier than usual").
size_t Matcher::CountedFromMention(const Counted& x) {
  bool free_standing =
      !IsWord(x.end + 1, "than") &&
      (IsWord(x.end, "earlier") || IsWord(x.end, "later") || x.end + 1 >= toks_.size() ||
       toks_[x.end + 1].kind == TokKind::kPunct || !SameSentence(x.end, x.end + 1));
  if (free_standing) {
    std::optional<size_t> a =
        LastDateItem(x.u == Unit::kDay || x.u == Unit::kWeek || x.u == Unit::kHour);
    std::string v;
    if (a) v = ShiftMentionValue((*out_)[*a].value, x.u, x.dir->direction * x.amount);
    if (a && v.empty()) {
      CivilDate from = ParseIsoDate((*out_)[*a].value.substr(0, 10));
      if (from.valid()) v = ShiftedValue(x.u, x.dir->direction * x.amount, from);
    }
    if (!v.empty()) {
      size_t idx = Emit(x.first, x.end + 1, TimeType::kDate, v, "counted_from_mention");
      (*out_)[idx].anchor = TimeAnchor::kMention;
      (*out_)[idx].anchor_index = *a;
      return x.end + 1;
    }
    if (x.dir->direction < 0) {
      std::string dv = dct_.valid() ? ShiftedValue(x.u, -x.amount, dct_) : "";
      size_t idx = Emit(x.first, x.end + 1, TimeType::kDate, dv, "counted_from_document");
      MarkRelative(&(*out_)[idx]);
      return x.end + 1;
    }
    size_t idx = Emit(x.first, x.end + 1, TimeType::kDate, "", "counted_from_mention");
    (*out_)[idx].null_reason = "no earlier date to count from";
    return x.end + 1;
  }
  return 0;
}

// Elapsed time that dates an event: "34 years on", "34 years since",
// "thirty-four years have passed since".
void Matcher::MarkElapsed(size_t idx, const Counted& x) {
  size_t e = x.end;
  const bool elapsed =
      (IsWord(e, "on") && (e + 1 >= toks_.size() || toks_[e + 1].kind == TokKind::kPunct ||
                           IsWord(e + 1, "from") || !SameSentence(e, e + 1))) ||
      IsWord(e, "since") ||
      ((IsWord(e, "have") || IsWord(e, "has") || IsWord(e, "had")) &&
       (IsWord(e + 1, "passed") || IsWord(e + 1, "elapsed") || IsWord(e + 1, "gone")));
  if (elapsed) {
    (*out_)[idx].rule = "elapsed";
    if (dct_.valid()) {
      (*out_)[idx].implied_event_date = FormatYear(dct_.year - static_cast<int>(x.year_amount));
      (*out_)[idx].anchor = TimeAnchor::kDocumentDate;
    }
  }
}

size_t Matcher::RuleBarePluralUnit(const Prefix& p) {
  size_t j = p.core;
  bool plural = false;
  Unit u = UnitAt(j, &plural);
  if (u == Unit::kNone || !plural || u == Unit::kWeekend || u == Unit::kQuarter) return 0;
  size_t end = j + 1;
  const WordInfo* nx = Info(end);
  bool dir = nx != nullptr && (nx->flags & kHasDirection) && !IsWord(end + 1, "than");
  bool lng = IsPunct(end, '-') && Tight(end) && IsWord(end + 1, "long");
  if (!dir && !lng &&
      (p.has_the ? !(p.begin > 0 && IsWord(p.begin - 1, "over")) : !BareUnitContext(j)))
    return 0;
  if (lng) end += 2;
  size_t first = j;  // "over the years": TIMEX3 leaves "the" out of a bare unit
  if (dir && (nx->flags & kDirDocument)) {
    Emit(first, end + 1, TimeType::kDate, "PAST_REF", "ago");
    MarkRelative(&Last());
    if (Last().value.empty()) Last().value = "PAST_REF";
    return end + 1;
  }
  Emit(first, end, TimeType::kDuration, DurationValue(u, 0, true), "duration_vague");
  return end;
}

// "the 34th anniversary", "the thirty-fourth anniversary".
size_t Matcher::RuleAnniversary(const Prefix& p) {
  size_t j = p.core;
  int64_t n = 0;
  size_t k = 0;
  if (!ReadOrdinal(j, &n, &k) || n < 1 || n > 2000) return 0;
  if (!IsWord(k, "anniversary")) return 0;
  size_t first = p.has_the ? p.begin : j;
  size_t idx =
      Emit(first, k + 1, TimeType::kDate, dct_.valid() ? FormatYear(dct_.year) : "", "anniversary");
  MarkRelative(&(*out_)[idx]);
  if (dct_.valid()) (*out_)[idx].implied_event_date = FormatYear(dct_.year - static_cast<int>(n));
  return k + 1;
}

// "every year", "each February 26", "every other week", "annually".
size_t Matcher::RuleSet(const Prefix& p) {
  size_t j = p.core;
  const WordInfo* w = Info(j);
  if (w == nullptr || w->set_value.empty()) return 0;
  if (w->set_value != "*") {
    // "The Daily Telegraph": a capitalised adverb inside a sentence is a name.
    if ((toks_[j].flags & kCapital) && j > 0 && toks_[j - 1].sentence == toks_[j].sentence &&
        !(toks_[j].flags & kNewlineBefore))
      return 0;
    Emit(j, j + 1, TimeType::kSet, std::string(w->set_value), "set_adverb");
    return j + 1;
  }
  size_t k = j + 1;
  int64_t every = 1;
  if (IsWord(k, "other")) {
    every = 2;
    ++k;
  }
  Count c;
  if (ReadCount(k, &c) && !c.article && !c.vague) {
    bool plural = false;
    if (UnitAt(c.end, &plural) != Unit::kNone) {
      every = c.value;
      k = c.end;
    }
  }
  bool plural = false;
  Unit u = UnitAt(k, &plural);
  if (u != Unit::kNone && u != Unit::kWeekend) {
    Emit(j, k + 1, TimeType::kSet, DurationValue(u, every, false), "set");
    return k + 1;
  }
  if (int m = MonthAt(k)) {
    size_t e = SkipDot(k + 1);
    int d = 0;
    size_t de = 0;
    char buf[16];
    if (ReadDay(e, &d, &de) && IsValidDay(2000, m, d)) {
      std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", m, d);
      Emit(j, de, TimeType::kSet, buf, "set");
      return de;
    }
    std::snprintf(buf, sizeof buf, "XXXX-%02d", m);
    Emit(j, e, TimeType::kSet, buf, "set");
    return e;
  }
  if (int wd = WeekdayAt(k)) {
    Emit(j, k + 1, TimeType::kSet, "XXXX-WXX-" + std::to_string(wd), "set");
    return k + 1;
  }
  const WordInfo* s = Info(k);
  if (s != nullptr && !s->season.empty()) {
    Emit(j, k + 1, TimeType::kSet, "XXXX-" + std::string(s->season), "set");
    return k + 1;
  }
  std::string_view part;
  if (ReadDayPart(k, &part)) {
    Emit(j, k + 1, TimeType::kSet, "XXXX-XX-XXT" + std::string(part), "set");
    return k + 1;
  }
  return 0;
}

// now, currently, recently; "recent weeks"; "the past", "the future".
size_t Matcher::RuleReference(const Prefix& p) {
  size_t j = p.core;
  const WordInfo* w = Info(j);
  if (p.has_the &&
      (IsWord(j, "near") || IsWord(j, "distant") || IsWord(j, "foreseeable") ||
       IsWord(j, "immediate")) &&
      IsWord(j + 1, "future")) {
    Emit(p.begin, j + 2, TimeType::kDate, "FUTURE_REF", "reference");
    if (dct_.valid()) Last().anchor = TimeAnchor::kDocumentDate;
    return j + 2;
  }
  if (p.has_the && (IsWord(j, "past") || IsWord(j, "future") || IsWord(j, "present"))) {
    // "the past" alone, not "the past two years" (a duration rule took that).
    if (j + 1 < toks_.size() && toks_[j + 1].kind == TokKind::kWord && SameSentence(j, j + 1) &&
        Info(j + 1) != nullptr && (Info(j + 1)->unit != Unit::kNone))
      return 0;
    Count more;
    if (ReadCount(j + 1, &more) && !more.article) return 0;  // "the past three summers"
    std::string v = IsWord(j, "past")     ? "PAST_REF"
                    : IsWord(j, "future") ? "FUTURE_REF"
                                          : "PRESENT_REF";
    Emit(p.begin, j + 1, TimeType::kDate, v, "reference");
    if (dct_.valid()) Last().anchor = TimeAnchor::kDocumentDate;
    return j + 1;
  }
  if (w == nullptr || w->reference.empty()) return 0;
  if (IsWord(j, "recent")) {
    bool plural = false;
    Unit u = UnitAt(j + 1, &plural);
    if (u == Unit::kNone || !plural) return 0;
    Emit(j, j + 2, TimeType::kDuration, DurationValue(u, 0, true), "duration_vague");
    return j + 2;
  }
  if (!p.mod.empty() || p.has_the) return 0;
  Emit(j, j + 1, TimeType::kDate, std::string(w->reference), "reference");
  if (dct_.valid()) Last().anchor = TimeAnchor::kDocumentDate;
  return j + 1;
}

}  // namespace dossier::times
