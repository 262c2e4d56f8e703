// Relative rules of the time grammar (see matcher.h): days named from the
// document date ("yesterday", "tonight"), weekdays (a bare weekday in news is
// the most recent one unless the sentence points ahead), last/this/next with
// a unit, month, season or weekday, parts of the day and clock times.
#include <cstdio>

#include "extract/times/calendar.h"
#include "extract/times/matcher.h"

namespace dossier::times {
namespace {

int SeasonEndMonth(std::string_view s) {
  if (s == "SP") return 5;
  if (s == "SU") return 8;
  if (s == "FA") return 11;
  return 2;  // WI ends in February of the next year
}

std::string Hh(int h) {
  std::string s = "T";
  s += static_cast<char>('0' + (h / 10) % 10);
  s += static_cast<char>('0' + h % 10);
  return s;
}

// Applies am (1) or pm (2) to hour *h; false when h and minutes m (-1 for
// none) cannot be a clock time.
bool ApplyAmPm(int ampm, int m, int* h) {
  if (ampm == 0 && m < 0) return false;
  if (ampm != 0 && (*h < 1 || *h > 12)) return false;
  if (ampm == 2 && *h < 12) *h += 12;
  if (ampm == 1 && *h == 12) *h = 0;
  return !(ampm == 0 && *h > 23);
}

// The value of a clock time on date: "2024-05-01T14:05", or "" without a date.
std::string ClockValue(const std::string& date, int h, int m) {
  std::string v;
  if (date.empty()) return v;
  v = date + Hh(h);
  if (m >= 0) {
    v += ':';
    v += static_cast<char>('0' + m / 10);
    v += static_cast<char>('0' + m % 10);
  }
  return v;
}

}  // namespace

size_t Matcher::ReadDayPart(size_t i, std::string_view* part) const {
  const WordInfo* w = Info(i);
  if (w == nullptr || w->day_part.empty() || IsWord(i, "overnight") || IsWord(i, "noon") ||
      IsWord(i, "midday") || IsWord(i, "midnight") || IsWord(i, "daytime"))
    return 0;
  *part = w->day_part;
  return i + 1;
}

std::string Matcher::WeekdayValue(int weekday, int qualifier, size_t at) const {
  int dw = Weekday(dct_);
  int64_t shift = 0;
  if (qualifier < 0) {
    shift = -((dw - weekday + 7) % 7);
    if (shift == 0) shift = -7;
  } else if (qualifier > 0) {
    shift = (weekday - dw + 7) % 7;
    if (shift == 0) shift = 7;
  } else if (FutureContext(at)) {
    shift = (weekday - dw + 7) % 7;
  } else {
    shift = -((dw - weekday + 7) % 7);
  }
  return FormatDay(AddDays(dct_, shift));
}

// yesterday, today, tomorrow, tonight [morning|night ...].
size_t Matcher::RuleRelativeDay(const Prefix& p) {
  size_t j = p.core;
  const WordInfo* w = Info(j);
  if (w == nullptr || !(w->flags & kHasRelDay)) return 0;
  size_t end = j + 1;
  std::string_view part = w->rel_day_part;
  std::string_view part2;
  if (part.empty()) {
    size_t e = ReadDayPart(end, &part2);
    if (e) {
      part = part2;
      end = e;
    }
  }
  std::string value;
  if (dct_.valid()) {
    value = FormatDay(AddDays(dct_, w->rel_day));
    if (!part.empty()) value += "T" + std::string(part);
  }
  Emit(j, end, part.empty() ? TimeType::kDate : TimeType::kTime, value, "relative_day");
  MarkRelative(&Last());
  return end;
}

// A bare weekday [morning|night ...]: the most recent one, or the next one
// when the sentence points ahead.
size_t Matcher::RuleWeekday(const Prefix& p) {
  size_t j = p.core;
  int wd = WeekdayAt(j);
  if (wd == 0) return 0;
  size_t end = SkipDot(j + 1);
  std::string_view part;
  size_t e = ReadDayPart(end, &part);
  if (e) end = e;
  std::string value;
  if (dct_.valid()) {
    value = WeekdayValue(wd, 0, j);
    if (!part.empty()) value += "T" + std::string(part);
  } else {
    value = "XXXX-WXX-" + std::to_string(wd);
    if (!part.empty()) value += "T" + std::string(part);
  }
  Emit(j, end, part.empty() ? TimeType::kDate : TimeType::kTime, value, "weekday");
  if (dct_.valid()) Last().anchor = TimeAnchor::kDocumentDate;
  return end;
}

// last/this/next/past + year, month, week, weekend, quarter, decade,
// century, day; + a month name, season or weekday; + a count and a unit
// ("the past two years", a duration); "last night", "this morning".
size_t Matcher::RuleQualified(const Prefix& p) {
  size_t j = p.core;
  const WordInfo* w = Info(j);
  if (size_t r = RuleTheUnit(p)) return r;
  bool first_word = IsWord(j, "first") || IsWord(j, "final");
  if (w == nullptr || (!(w->flags & kHasQualifier) && !first_word)) return 0;
  int q = first_word ? 0 : w->qualifier;
  size_t k = j + 1;
  size_t first = p.has_the ? p.begin : j;
  // A stretch of time: "the past two years", "the next few months".
  Count c;
  if ((first_word || (w->flags & kQualSpan)) && ReadCount(k, &c) && !c.article) {
    bool plural = false;
    Unit u = UnitAt(c.end, &plural);
    if (u != Unit::kNone && (plural || c.value == 1)) {
      size_t end = c.end + 1;
      Emit(first, end, TimeType::kDuration, DurationValue(u, c.value, c.vague),
           "qualified_duration");
      return end;
    }
  }
  if (first_word) return 0;
  if (IsWord(k, "fiscal")) ++k;
  bool plural = false;
  Unit u = UnitAt(k, &plural);
  if (u != Unit::kNone && !plural) return QualifiedUnit(p, q, k, first, u);
  return QualifiedName(p, q, k, first);
}

// "the weekend"; "the end of the year".
size_t Matcher::RuleTheUnit(const Prefix& p) {
  size_t j = p.core;
  const WordInfo* w = Info(j);
  // "the weekend", "over the weekend": the last one, or the coming one when
  // the sentence points ahead.
  if (p.has_the && p.mod.empty() && w != nullptr && w->unit == Unit::kWeekend &&
      !(w->flags & kUnitPlural)) {
    std::string v;
    if (dct_.valid()) {
      int dw = Weekday(dct_);
      bool ahead = FutureContext(j);
      int shift = dw >= 6 ? 0 : (ahead ? 6 - dw : -(dw + 1));
      v = FormatWeek(AddDays(dct_, shift)) + "-WE";
    }
    Emit(p.begin, j + 1, TimeType::kDate, v, "qualified_unit");
    MarkRelative(&Last());
    return j + 1;
  }
  // "the end of the year", "by the end of year": the current unit.
  if (p.of_mod && w != nullptr && !(w->flags & kUnitPlural) &&
      (w->unit == Unit::kYear || w->unit == Unit::kMonth || w->unit == Unit::kWeek)) {
    Emit(p.begin, j + 1, TimeType::kDate, dct_.valid() ? ShiftedValue(w->unit, 0, dct_) : "",
         "qualified_unit");
    MarkRelative(&Last());
    return j + 1;
  }
  return 0;
}

// last/this/next + a calendar unit: "last year", "this week", "the next day".
size_t Matcher::QualifiedUnit(const Prefix& p, int q, size_t k, size_t first, Unit u) {
  size_t j = p.core;
  size_t end = k + 1;
  bool anchored_word = IsWord(j, "next") || IsWord(j, "following") || IsWord(j, "previous") ||
                       IsWord(j, "preceding");
  if (u == Unit::kDecade || u == Unit::kCentury) {
    if (q != 0) {
      Emit(first, end, TimeType::kDuration, DurationValue(u, 1, false), "qualified_duration");
      return end;
    }
    if (!dct_.valid()) return 0;
    std::string v = u == Unit::kDecade ? FormatYear(dct_.year).substr(0, 3) + "X"
                                       : FormatYear(dct_.year).substr(0, 2);
    Emit(first, end, TimeType::kDate, v, "qualified_unit");
    MarkRelative(&Last());
    return end;
  }
  if (IsTimeUnit(u)) return 0;
  // "the next day", "the following year": counted from the last date mentioned.
  if (p.has_the && anchored_word) {
    std::optional<size_t> a = LastDateItem(u == Unit::kDay || u == Unit::kWeek);
    if (a) {
      CivilDate from = ParseIsoDate((*out_)[*a].value.substr(0, 10));
      std::string v;
      if (from.valid()) {
        v = ShiftedValue(u, q, from);
      } else if (u == Unit::kYear && (*out_)[*a].value.size() >= 4) {
        int y = std::atoi((*out_)[*a].value.substr(0, 4).c_str());
        v = FormatYear(y + q);
      }
      if (!v.empty()) {
        size_t idx = Emit(first, end, TimeType::kDate, v, "anchored_unit");
        (*out_)[idx].anchor = TimeAnchor::kMention;
        (*out_)[idx].anchor_index = *a;
        return end;
      }
    }
    if (u == Unit::kDay) return 0;
  }
  if (u == Unit::kDay) return 0;  // "this day", "the last day of": not a calendar day here
  std::string v;
  if (dct_.valid()) {
    if (u == Unit::kWeekend) {
      v = FormatWeek(AddDays(dct_, int64_t{7} * q)) + "-WE";
    } else {
      v = ShiftedValue(u, q, dct_);
    }
  }
  Emit(first, end, TimeType::kDate, v, "qualified_unit");
  MarkRelative(&Last());
  return end;
}

// last/this/next + a month, weekday, season or part of the day.
size_t Matcher::QualifiedName(const Prefix& p, int q, size_t k, size_t first) {
  if (!dct_.valid() && (MonthAt(k) || WeekdayAt(k) || (Info(k) && !Info(k)->season.empty()))) {
    Emit(first, k + 1, TimeType::kDate, "", "qualified");
    MarkRelative(&Last());
    return k + 1;
  }
  if (int m = MonthAt(k)) {
    int y = dct_.year;
    if (q < 0) y = m < dct_.month ? y : y - 1;
    if (q > 0) y = m > dct_.month ? y : y + 1;
    size_t end = SkipDot(k + 1);
    Emit(first, end, TimeType::kDate, FormatMonth(y, m), "qualified_month");
    MarkRelative(&Last());
    return end;
  }
  if (int wd = WeekdayAt(k)) {
    size_t end = SkipDot(k + 1);
    std::string v = WeekdayValue(wd, q, k);
    std::string_view part;
    size_t e = ReadDayPart(end, &part);
    if (e) {
      end = e;
      v += "T" + std::string(part);
    }
    Emit(first, end, part.empty() ? TimeType::kDate : TimeType::kTime, v, "qualified_weekday");
    MarkRelative(&Last());
    return end;
  }
  const WordInfo* s = Info(k);
  if (s != nullptr && !s->season.empty()) {
    int y = dct_.year;
    int end_month = SeasonEndMonth(s->season);
    if (q < 0) {
      if (s->season == "WI") {
        y = dct_.month <= 2 ? y - 2 : y - 1;
      } else {
        y = end_month < dct_.month ? y : y - 1;
      }
    } else if (q > 0) {
      y = end_month >= dct_.month && s->season != "WI" ? y : y + 1;
      if (s->season == "WI" && dct_.month <= 2) y = dct_.year;
    } else if (s->season == "WI" && dct_.month <= 2) {
      --y;
    }
    Emit(first, k + 1, TimeType::kDate, FormatYear(y) + "-" + std::string(s->season),
         "qualified_season");
    MarkRelative(&Last());
    return k + 1;
  }
  // "last night", "this morning".
  std::string_view part;
  size_t e = ReadDayPart(k, &part);
  if (e && q <= 0 && !p.has_the) {
    int shift = q < 0 ? -1 : 0;
    if (q < 0 && part != "NI" && part != "EV") return 0;
    Emit(first, e, TimeType::kTime,
         dct_.valid() ? FormatDay(AddDays(dct_, shift)) + "T" + std::string(part) : "",
         "qualified_day_part");
    MarkRelative(&Last());
    return e;
  }
  return 0;
}

// "overnight"; "noon", "midnight" alone.
size_t Matcher::RuleDayPartAlone(const Prefix& p) {
  size_t j = p.core;
  if (IsWord(j, "overnight")) {
    Emit(j, j + 1, TimeType::kTime, dct_.valid() ? FormatDay(AddDays(dct_, -1)) + "TNI" : "",
         "overnight");
    MarkRelative(&Last());
    return j + 1;
  }
  return 0;
}

// Clock times: "8 PM", "10:35 a.m.", "15:00 GMT Saturday", "noon", "midnight".
// "4.17am", "11.30 pm": hours and minutes with a dot, only before am/pm.
size_t Matcher::DottedTimeOfDay(size_t j) {
  const Tok& t = toks_[j];
  std::string_view s = text_.substr(t.start, t.end - t.start);
  size_t dot = s.find('.');
  bool ampm_next = IsWord(j + 1, "am") || IsWord(j + 1, "pm") ||
                   ((IsWord(j + 1, "a") || IsWord(j + 1, "p")) && IsPunct(j + 2, '.'));
  if (dot == std::string_view::npos || dot == 0 || dot > 2 || s.size() - dot != 3 || !ampm_next ||
      s.find_first_of(".,", dot + 1) != std::string_view::npos) {
    return 0;
  }
  int h = t.value, m = (s[dot + 1] - '0') * 10 + (s[dot + 2] - '0');
  if (h < 1 || h > 12 || m > 59) return 0;
  size_t k = j + 1;
  bool pm = IsWord(k, "pm") || IsWord(k, "p");
  if (IsWord(k, "am") || IsWord(k, "pm")) {
    ++k;
  } else {
    k += 2;
    if (IsWord(k, "m") && Tight(k)) ++k;
    if (IsPunct(k, '.') && Tight(k)) ++k;
  }
  if (pm && h < 12) h += 12;
  if (!pm && h == 12) h = 0;
  std::string v;
  if (dct_.valid()) {
    v = FormatDay(dct_) + Hh(h) + ":";
    v += static_cast<char>('0' + m / 10);
    v += static_cast<char>('0' + m % 10);
  }
  Emit(j, k, TimeType::kTime, v, "time_of_day");
  MarkRelative(&Last());
  return k;
}

// "3:07:35" (hours at j, minutes at k + 1): a race or flight time, a duration.
size_t Matcher::ClockDuration(size_t j, size_t k) {
  if (!IsPlainNumber(k + 3) || !Tight(k + 3) || toks_[k + 3].digits != 2 ||
      toks_[k + 3].value > 59 || (IsPunct(k + 4, ':') && Tight(k + 4))) {
    return 0;
  }
  int h = static_cast<int>(toks_[j].value);
  std::string v = "PT";
  if (h > 0) v += std::to_string(h) + "H";
  if (toks_[k + 1].value > 0) v += std::to_string(toks_[k + 1].value) + "M";
  v += std::to_string(toks_[k + 3].value) + "S";
  Emit(j, k + 4, TimeType::kDuration, v, "clock_duration");
  return k + 4;
}

// "am"/"pm"/"a.m."/"p.m." at *k: 1 for am, 2 for pm, 0 for none; moves *k past it.
int Matcher::ReadAmPm(size_t* k) const {
  if (IsWord(*k, "am") || IsWord(*k, "pm")) {
    int ampm = IsWord(*k, "am") ? 1 : 2;
    ++*k;
    return ampm;
  }
  if ((IsWord(*k, "a") || IsWord(*k, "p")) && IsPunct(*k + 1, '.') && Tight(*k + 1) &&
      IsWord(*k + 2, "m") && Tight(*k + 2)) {
    int ampm = IsWord(*k, "a") ? 1 : 2;
    *k += 3;
    if (IsPunct(*k, '.') && Tight(*k)) ++*k;
    return ampm;
  }
  return 0;
}

// The end of a time zone word and of "local time" after a clock time at k.
size_t Matcher::SkipTimeZone(size_t k) const {
  static constexpr std::string_view kZones[] = {"gmt", "utc", "bst", "est",  "edt", "cst", "cdt",
                                                "pst", "pdt", "cet", "cest", "msk", "ist"};
  for (std::string_view z : kZones) {
    if (IsWord(k, z)) {
      ++k;
      break;
    }
  }
  if (IsWord(k, "local") && IsWord(k + 1, "time")) k += 2;
  return k;
}

// The day a clock time falls on: a weekday or relative day at *k (then
// *k moves past it), else the document date; empty without one.
std::string Matcher::DayOfClockTime(size_t* k) {
  int wd = WeekdayAt(*k);
  const WordInfo* w = Info(*k);
  if (!dct_.valid()) return std::string();
  if (wd != 0) {
    std::string date = WeekdayValue(wd, 0, *k);
    ++*k;
    return date;
  }
  if (w != nullptr && (w->flags & kHasRelDay) && w->rel_day_part.empty()) {
    ++*k;
    return FormatDay(AddDays(dct_, w->rel_day));
  }
  return FormatDay(dct_);
}

size_t Matcher::RuleTimeOfDay(const Prefix& p) {
  size_t j = p.core;
  if (IsNumber(j) && (toks_[j].flags & kSeparated) && !(toks_[j].flags & (kOrdinal | kDecade))) {
    return DottedTimeOfDay(j);
  }
  if (!IsPlainNumber(j) || toks_[j].digits > 2 || toks_[j].value > 24) return 0;
  if (j > 0 && (IsPunct(j - 1, ':') || IsPunct(j - 1, '.')) && Tight(j)) return 0;  // "3:07:35"
  int h = static_cast<int>(toks_[j].value), m = -1;
  size_t k = j + 1;
  if (IsPunct(k, ':') && Tight(k) && IsPlainNumber(k + 1) && Tight(k + 1) &&
      toks_[k + 1].digits == 2) {
    if (toks_[k + 1].value > 59) return 0;
    if (IsPunct(k + 2, ':') && Tight(k + 2)) return ClockDuration(j, k);
    m = static_cast<int>(toks_[k + 1].value);
    k += 2;
  }
  if (m < 0 && k == j + 1 && (toks_[j].flags & kSeparated)) return 0;
  const int ampm = ReadAmPm(&k);  // 1 am, 2 pm
  if (!ApplyAmPm(ampm, m, &h)) return 0;
  k = SkipTimeZone(k);
  std::string date = DayOfClockTime(&k);
  Emit(j, k, TimeType::kTime, ClockValue(date, h, m), "time_of_day");
  MarkRelative(&Last());
  return k;
}

}  // namespace dossier::times
