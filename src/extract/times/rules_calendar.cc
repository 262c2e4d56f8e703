// Calendar rules of the time grammar (see matcher.h): dates written with a
// month name in either order, with or without weekday and year, their day
// ranges ("February 25-26, 1992", "25-26 February"), numeric dates
// (1992-02-26, 26.02.1992, 26/02/1992), bare years told from counts,
// decades, centuries, seasons and quarters. Relative words are elsewhere.
#include <cstdio>

#include "extract/times/calendar.h"
#include "extract/times/matcher.h"

namespace dossier::times {
namespace {

int SeasonStartMonth(std::string_view s) {
  if (s == "SP") return 3;
  if (s == "SU") return 6;
  if (s == "FA") return 9;
  if (s == "WI") return 12;
  return 0;
}

std::string Two(int v) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", v < 0 ? 0 : v % 100);
  return buf;
}

}  // namespace

bool Matcher::ReadDay(size_t i, int* day, size_t* end) const {
  if (!IsNumber(i)) return false;
  const Tok& t = toks_[i];
  if ((t.flags & (kDecade | kSeparated)) || t.digits > 2 || t.value < 1 || t.value > 31)
    return false;
  if (IsPunct(i + 1, ':') && Tight(i + 1)) return false;  // a time, "26:30"
  if (IsPunct(i + 1, '%') || (IsPunct(i + 1, '.') && Tight(i + 1) && IsNumber(i + 2))) return false;
  *day = static_cast<int>(t.value);
  *end = i + 1;
  return true;
}

bool Matcher::ReadYear(size_t i, int* year, size_t* end) const {
  if (IsPlainNumber(i) && toks_[i].digits == 4 && toks_[i].value >= 1) {
    if (IsPunct(i + 1, ':') && Tight(i + 1)) return false;
    *year = static_cast<int>(toks_[i].value);
    *end = i + 1;
    return true;
  }
  // "'92" after a month: the century of the document date (or the 1900s).
  if (IsPunct(i, '\'') && IsPlainNumber(i + 1) && Tight(i + 1) && toks_[i + 1].digits == 2) {
    int c = dct_.valid() ? dct_.year / 100 : 19;
    int y = c * 100 + static_cast<int>(toks_[i + 1].value);
    if (dct_.valid() && y > dct_.year + 10) y -= 100;
    *year = y;
    *end = i + 2;
    return true;
  }
  return false;
}

int Matcher::InferYear(int month, int day, size_t at) const {
  bool future = FutureContext(at);
  int y = dct_.year;
  if (day == 0) {
    // News names the next month or two without a year; older months are past.
    int ahead = (month - dct_.month + 12) % 12;
    if (ahead == 0) return y;
    if (ahead <= 2 || future) return month > dct_.month ? y : y + 1;
    return month > dct_.month ? y - 1 : y;
  }
  int d = day <= DaysInMonth(y, month) ? day : DaysInMonth(y, month);
  int64_t delta = DaysFromCivil(y, month, d) - DaysFromCivil(dct_.year, dct_.month, dct_.day);
  if (delta <= 0) return (future && delta < -60) || delta <= -273 ? y + 1 : y;
  if (future || delta <= 92) return y;
  return y - 1;
}

std::string Matcher::MonthDayValue(int year, int month, int day, bool year_known, size_t first,
                                   size_t last, std::string_view* reason) {
  int check_year = year_known ? year : 2000;  // a leap year: February 29 is possible
  if (!IsValidDay(check_year, month, day)) {
    char msg[96];
    std::snprintf(msg, sizeof msg, "no such day: %d-%02d-%02d", year_known ? year : 0, month, day);
    Warn(first, last, msg);
    *reason = "impossible date";
    return "";
  }
  if (!year_known) return "XXXX-" + Two(month) + "-" + Two(day);
  return FormatDay(CivilDate{year, month, day});
}

// Month Day[, Year]; Month Day-Day[, Year]; Month Day - Month Day[, Year];
// Month [of] Year; Month alone.
size_t Matcher::RuleMonthFirst(const Prefix& p, size_t i, size_t first) {
  int month = MonthAt(i);
  if (month == 0) return 0;
  const Tok& mt = toks_[i];
  bool abbrev = mt.end - mt.start <= 4 && month != 5 && month != 6 && month != 7;
  size_t k = SkipDot(i + 1);
  int day = 0, day2 = 0, month2 = month, year = 0;
  size_t after_day = 0, second_begin = 0, end = 0;
  if (ReadDay(k, &day, &after_day)) {
    end = after_day;
    // A second day: "25-26", "25 - March 2".
    if (IsPunct(after_day, '-')) {
      size_t d2end = 0;
      int m2 = MonthAt(after_day + 1);
      if (m2 != 0 && ReadDay(SkipDot(after_day + 2), &day2, &d2end)) {
        month2 = m2;
        second_begin = after_day + 1;
        end = d2end;
      } else if (ReadDay(after_day + 1, &day2, &d2end) && day2 > day) {
        second_begin = after_day + 1;
        end = d2end;
      } else {
        day2 = 0;
      }
    }
    size_t y = end;
    if (IsPunct(y, ',')) ++y;
    size_t yend = 0;
    bool has_year = ReadYear(y, &year, &yend);
    if (has_year) end = yend;
    bool inferred = false;
    if (!has_year && dct_.valid()) {
      year = InferYear(month, day, i);
      inferred = true;
    }
    bool year_known = has_year || inferred;
    std::string_view reason;
    if (day2 == 0) {
      size_t idx = Emit(first, end, TimeType::kDate,
                        MonthDayValue(year, month, day, year_known, first, end, &reason),
                        has_year ? "month_day_year" : "month_day");
      Last().null_reason = std::string(reason);
      if (inferred) {
        year_inferred_.back() = true;
        MarkRelative(&Last());
      }
      (void)idx;
      return end;
    }
    size_t a =
        Emit(first, after_day, TimeType::kDate,
             MonthDayValue(year, month, day, year_known, first, end, &reason), "month_day_range");
    (*out_)[a].null_reason = std::string(reason);
    reason = {};
    size_t b =
        Emit(second_begin, end, TimeType::kDate,
             MonthDayValue(year, month2, day2, year_known, first, end, &reason), "month_day_range");
    (*out_)[b].null_reason = std::string(reason);
    PairRange(a, b, inferred);
    return end;
  }
  // Month [,|of] Year.
  size_t y = k;
  if (IsWord(y, "of") || IsPunct(y, ',')) ++y;
  size_t yend = 0;
  if (ReadYear(y, &year, &yend) && (toks_[y].kind != TokKind::kNumber || toks_[y].value >= 1000)) {
    Emit(first, yend, TimeType::kDate, FormatMonth(year, month), "month_year");
    return yend;
  }
  if (abbrev && first == i) return 0;  // "Jan" alone is too often a name
  // "May" opening a sentence without a day or year is the verb ("May God
  // rest them", "May we remember").
  if (month == 5 && first == i && p.begin == i &&
      (i == 0 || toks_[i - 1].sentence != toks_[i].sentence || toks_[i].flags & kNewlineBefore ||
       IsPunct(i - 1, '"') || IsPunct(i - 1, '.')) &&
      i + 1 < toks_.size() && toks_[i + 1].kind == TokKind::kWord)
    return 0;
  if (month == 5 && p.mod.empty() && !p.has_the && i > 0 && toks_[i - 1].kind == TokKind::kWord &&
      Info(i - 1) == nullptr && (toks_[i - 1].flags & kCapital) &&
      !(toks_[i].flags & kNewlineBefore))
    return 0;  // "Theresa May"
  end = k > i + 1 && abbrev ? k : i + 1;
  if (!dct_.valid()) {
    Emit(first, end, TimeType::kDate, "XXXX-" + Two(month), "month");
    return end;
  }
  Emit(first, end, TimeType::kDate, FormatMonth(InferYear(month, 0, i), month), "month");
  year_inferred_.back() = true;
  MarkRelative(&Last());
  return end;
}

// [the] Day[-Day] [of] Month[.] [,] [Year]; also "the 26th of February".
size_t Matcher::RuleDayFirst(const Prefix& p, size_t i, size_t first) {
  int day = 0, day2 = 0, year = 0;
  size_t k = 0;
  if (!ReadDay(i, &day, &k)) {
    int64_t ord = 0;
    if (!ReadOrdinal(i, &ord, &k) || ord < 1 || ord > 31) return 0;
    day = static_cast<int>(ord);
  }
  size_t first_end = k, second_begin = 0;
  // "25-26 February"; "from 3 to 5 March", "between 3 and 5 March".
  bool opened = i > 0 && (IsWord(i - 1, "from") || IsWord(i - 1, "between"));
  if (IsPunct(k, '-') || (opened && (IsWord(k, "to") || IsWord(k, "and") || IsWord(k, "until") ||
                                     IsWord(k, "till")))) {
    size_t e2 = 0;
    if (ReadDay(k + 1, &day2, &e2) && day2 > day) {
      second_begin = k + 1;
      k = e2;
    } else {
      day2 = 0;
    }
  }
  if (IsWord(k, "of")) ++k;
  int month = MonthAt(k);
  if (month == 0) return 0;
  if (p.has_the && first == i && p.begin + 1 == i) first = p.begin;
  size_t end = SkipDot(k + 1);
  size_t y = IsPunct(end, ',') ? end + 1 : end;
  size_t yend = 0;
  bool has_year = ReadYear(y, &year, &yend);
  if (has_year) end = yend;
  bool inferred = false;
  if (!has_year && dct_.valid()) {
    year = InferYear(month, day, k);
    inferred = true;
  }
  bool known = has_year || inferred;
  std::string_view reason;
  if (day2 == 0) {
    Emit(first, end, TimeType::kDate, MonthDayValue(year, month, day, known, first, end, &reason),
         has_year ? "day_month_year" : "day_month");
    Last().null_reason = std::string(reason);
    if (inferred) {
      year_inferred_.back() = true;
      MarkRelative(&Last());
    }
    return end;
  }
  size_t a = Emit(first, first_end, TimeType::kDate,
                  MonthDayValue(year, month, day, known, first, end, &reason), "day_month_range");
  (*out_)[a].null_reason = std::string(reason);
  reason = {};
  size_t b = Emit(second_begin, end, TimeType::kDate,
                  MonthDayValue(year, month, day2, known, first, end, &reason), "day_month_range");
  (*out_)[b].null_reason = std::string(reason);
  PairRange(a, b, inferred);
  return end;
}

void Matcher::PairRange(size_t a, size_t b, bool year_inferred) {
  for (size_t x : {a, b}) {
    if (year_inferred) {
      year_inferred_[x - base_] = true;
      MarkRelative(&(*out_)[x]);
    }
    (*out_)[x].range_other = x == a ? b : a;
  }
  if (!(*out_)[a].value.empty() && !(*out_)[b].value.empty())
    (*out_)[a].range = (*out_)[b].range = (*out_)[a].value + "/" + (*out_)[b].value;
}

// Weekday [,] date: checks that the weekday fits the date.
size_t Matcher::RuleWeekdayDate(const Prefix& p) {
  size_t j = p.core;
  int wd = WeekdayAt(j);
  if (wd == 0) return 0;
  size_t k = SkipDot(j + 1);
  if (IsPunct(k, ',')) ++k;
  if (IsWord(k, "the")) ++k;
  size_t before = out_->size();
  size_t r = RuleMonthFirst(p, k, j);
  if (!r || out_->size() == before || (*out_)[before].rule == std::string_view("month") ||
      (*out_)[before].rule == std::string_view("month_year")) {
    out_->resize(before);
    year_inferred_.resize(before - base_);
    r = RuleDayFirst(p, k, j);
  }
  if (!r) return 0;
  const TimeMention& m = (*out_)[before];
  CivilDate d = ParseIsoDate(m.value);
  if (d.valid() && !year_inferred_[before - base_] && Weekday(d) != wd) {
    std::string msg = m.value + " was a " + WeekdayName(Weekday(d)) + ", not a " + WeekdayName(wd);
    Warn(j, r, msg);
  }
  return r;
}

// 1992-02-26, 26.02.1992, 26/02/1992 (day and month told apart when one is > 12).
size_t Matcher::RuleNumericDate(const Prefix& p) {
  size_t j = p.core;
  const Tok& t = toks_[j];
  // ISO.
  if (IsPlainNumber(j) && t.digits == 4 && IsPunct(j + 1, '-') && Tight(j + 1) &&
      IsPlainNumber(j + 2) && Tight(j + 2) && toks_[j + 2].digits <= 2 && IsPunct(j + 3, '-') &&
      Tight(j + 3) && IsPlainNumber(j + 4) && Tight(j + 4) && toks_[j + 4].digits <= 2) {
    int y = static_cast<int>(t.value), m = static_cast<int>(toks_[j + 2].value),
        d = static_cast<int>(toks_[j + 4].value);
    if (!IsValidDay(y, m, d)) return 0;
    Emit(j, j + 5, TimeType::kDate, FormatDay(CivilDate{y, m, d}), "iso_date");
    return j + 5;
  }
  int a = -1, b = -1, y = -1;
  size_t end = 0;
  if (t.kind == TokKind::kNumber && (t.flags & kSeparated) && !(t.flags & (kOrdinal | kDecade))) {
    // "26.02.1992": three dot-separated groups.
    std::string_view s = text_.substr(t.start, t.end - t.start);
    int parts[3] = {0, 0, 0};
    int widths[3] = {0, 0, 0};
    int n = 0;
    for (char c : s) {
      if (c == '.') {
        if (++n > 2) return 0;
      } else if (c >= '0' && c <= '9') {
        parts[n] = parts[n] * 10 + (c - '0');
        if (++widths[n] > 4) return 0;
      } else {
        return 0;
      }
    }
    if (n != 2 || widths[0] > 2 || widths[1] > 2 || (widths[2] != 4 && widths[2] != 2)) return 0;
    a = parts[0];
    b = parts[1];
    y = widths[2] == 2 ? (parts[2] < 50 ? 2000 : 1900) + parts[2] : parts[2];
    if (!IsValidDay(y, b, a)) return 0;
    Emit(j, j + 1, TimeType::kDate, FormatDay(CivilDate{y, b, a}), "numeric_dmy");
    return j + 1;
  }
  if (IsPlainNumber(j) && t.digits <= 2 && IsPunct(j + 1, '/') && Tight(j + 1) &&
      IsPlainNumber(j + 2) && Tight(j + 2) && toks_[j + 2].digits <= 2 && IsPunct(j + 3, '/') &&
      Tight(j + 3) && IsPlainNumber(j + 4) && Tight(j + 4) &&
      (toks_[j + 4].digits == 4 || toks_[j + 4].digits == 2)) {
    a = static_cast<int>(t.value);
    b = static_cast<int>(toks_[j + 2].value);
    y = static_cast<int>(toks_[j + 4].value);
    if (toks_[j + 4].digits == 2) y += y < 50 ? 2000 : 1900;
    end = j + 5;
    int day = 0, month = 0;
    if ((a > 12 && b <= 12) || a == b) {
      day = a, month = b;
    } else if (b > 12 && a <= 12) {
      day = b, month = a;
    } else {
      if (a < 1 || b < 1 || a > 12 || b > 12) return 0;
      Emit(j, end, TimeType::kDate, "", "numeric_slash");
      Last().null_reason = "ambiguous day and month order";
      return end;
    }
    if (!IsValidDay(y, month, day)) return 0;
    Emit(j, end, TimeType::kDate, FormatDay(CivilDate{y, month, day}), "numeric_slash");
    return end;
  }
  return 0;
}

// A bare four-digit year: "in 1993", "2010 commando raid", "1957-58",
// "fiscal 1989"; never "1,993 people" or "about 2000 troops".
size_t Matcher::RuleYear(const Prefix& p) {
  size_t j = p.core;
  size_t first = j;
  bool fiscal = IsWord(j, "fiscal");
  if (fiscal) ++j;
  int year = 0;
  size_t end = 0;
  bool apostrophe = IsPunct(j, '\'');
  if (!ReadYear(j, &year, &end)) return 0;
  if (!apostrophe && (year < 1000 || year > 2199)) return 0;
  size_t before = p.begin;
  const WordInfo* prev = before > 0 ? Info(before - 1) : nullptr;
  bool prep = fiscal || (prev != nullptr && (prev->flags & kPrepYear)) || p.mod == "start" ||
              p.mod == "end" || p.mod == "mid";
  if (apostrophe && !prep) return 0;
  if (!prep) {
    if (!p.mod.empty()) return 0;  // "about 2000", "nearly 1900"
    int hi = dct_.valid() ? dct_.year + 30 : 2100;
    if (year < 1900 || year > hi) return 0;
    if (before > 0 && toks_[before - 1].kind == TokKind::kPunct) {
      char c = toks_[before - 1].punct;
      if (c == '$' || c == '#' ||
          ((c == '-' || c == '/' || c == '.' || c == ':') && Tight(before) && before > 1 &&
           IsNumber(before - 2)))
        return 0;
    }
    if (before > 0 && toks_[before - 1].kind == TokKind::kWord && Info(before - 1) == nullptr &&
        (IsWord(before - 1, "no") || IsWord(before - 1, "than") || IsWord(before - 1, "number")))
      return 0;
    // "2000 troops": a lower-case plural noun right after a bare number.
    if (end < toks_.size() && toks_[end].kind == TokKind::kWord && !(toks_[end].flags & kCapital) &&
        SameSentence(end, j)) {
      const Tok& n = toks_[end];
      size_t len = n.end - n.start;
      char last = text_[n.end - 1], prevc = len > 1 ? text_[n.end - 2] : 0;
      if (len > 3 && last == 's' && prevc != 's' && prevc != 'u' && prevc != 'i' &&
          Info(end) == nullptr)
        return 0;
    }
  }
  if (IsPunct(end, '%') || (IsPunct(end, '.') && Tight(end) && IsNumber(end + 1))) return 0;
  // A second year: "1957-58", "2009-2010".
  if (IsPunct(end, '-') && IsPlainNumber(end + 1) && SameSentence(end + 1, j)) {
    const Tok& t2 = toks_[end + 1];
    int y2 = -1;
    if (t2.digits == 4) y2 = static_cast<int>(t2.value);
    if (t2.digits == 2 && Tight(end + 1)) y2 = year / 100 * 100 + static_cast<int>(t2.value);
    if (y2 > year && y2 <= year + 100) {
      size_t a = Emit(first, end, TimeType::kDate, FormatYear(year), "year_range");
      size_t b = Emit(end + 1, end + 2, TimeType::kDate, FormatYear(y2), "year_range");
      PairRange(a, b, /*year_inferred=*/false);
      return end + 2;
    }
  }
  // Part of a code or a broken numeric date: "2020-13-01", "13/13/2020".
  if ((IsPunct(end, '-') || IsPunct(end, '/')) && Tight(end) && IsNumber(end + 1) && Tight(end + 1))
    return 0;
  if (before > 0 && (IsPunct(before - 1, '/') || IsPunct(before - 1, '-')) && Tight(before) &&
      before > 1 && IsNumber(before - 2) && Tight(before - 1))
    return 0;
  Emit(first, end, TimeType::kDate, FormatYear(year), fiscal ? "fiscal_year" : "year");
  return end;
}

// "the 1990s", "the '90s", "the early 1990s".
size_t Matcher::RuleDecade(const Prefix& p) {
  size_t j = p.core;
  size_t k = j;
  if (IsPunct(k, '\'')) ++k;
  if (!IsNumber(k) || !(toks_[k].flags & kDecade) || (k > j && !Tight(k))) return 0;
  const Tok& t = toks_[k];
  int decade = 0;
  if (t.digits == 4 && t.value % 10 == 0) {
    decade = static_cast<int>(t.value);
  } else if (t.digits == 2 && t.value % 10 == 0) {
    int c = dct_.valid() ? dct_.year / 100 : 20;
    decade = c * 100 + static_cast<int>(t.value);
    if (dct_.valid() && decade > dct_.year) decade -= 100;
    if (!dct_.valid()) decade = 1900 + static_cast<int>(t.value);
  } else {
    return 0;
  }
  size_t first = p.has_the ? p.begin : j;
  Emit(first, k + 1, TimeType::kDate, FormatYear(decade).substr(0, 3) + "X", "decade");
  return k + 1;
}

// "the 20th century", "the twentieth century", "the 21st-century".
size_t Matcher::RuleCentury(const Prefix& p) {
  size_t j = p.core;
  int64_t n = 0;
  size_t k = 0;
  if (!ReadOrdinal(j, &n, &k) || n < 1 || n > 30) return 0;
  if (IsPunct(k, '-') && Tight(k)) ++k;
  bool plural = false;
  if (UnitAt(k, &plural) != Unit::kCentury || plural) return 0;
  size_t first = p.has_the ? p.begin : j;
  Emit(first, k + 1, TimeType::kDate, Two(static_cast<int>(n - 1)), "century");
  return k + 1;
}

// "the third quarter", "third-quarter", "the fourth quarter of 1990".
size_t Matcher::RuleQuarter(const Prefix& p) {
  size_t j = p.core;
  size_t k = j;
  // "the quarter", "the latest quarter": the last quarter reported, the one
  // before the document date's.
  bool latest = IsWord(k, "latest");
  if (p.has_the && (latest || UnitAt(k, nullptr) == Unit::kQuarter)) {
    size_t qk = latest ? k + 1 : k;
    bool plural = false;
    if (UnitAt(qk, &plural) != Unit::kQuarter || plural || IsWord(qk + 1, "of") ||
        IsPunct(qk + 1, '-') || !dct_.valid())
      return 0;
    CivilDate prev = AddMonths(dct_, -3);
    Emit(p.begin, qk + 1, TimeType::kDate,
         FormatYear(prev.year) + "-Q" + std::to_string((prev.month - 1) / 3 + 1), "quarter");
    MarkRelative(&Last());
    return qk + 1;
  }
  // A year before the ordinal: "the 1988 third quarter".
  int lead_year = 0;
  size_t ly_end = 0;
  if (IsPlainNumber(k) && ReadYear(k, &lead_year, &ly_end) && lead_year >= 1000) k = ly_end;
  bool fiscal = IsWord(k, "fiscal");
  if (fiscal) ++k;
  int64_t n = 0;
  size_t e = 0;
  if (!ReadOrdinal(k, &n, &e) || n < 1 || n > 4) return 0;
  k = e;
  bool adjective = IsPunct(k, '-') && Tight(k);  // "the third-quarter results"
  if (adjective) ++k;
  bool plural = false;
  if (UnitAt(k, &plural) != Unit::kQuarter || plural) return 0;
  size_t end = k + 1;
  int year = 0;
  size_t yend = 0;
  bool explicit_year = false;
  if ((IsWord(end, "of") || IsPunct(end, ',')) && ReadYear(end + 1, &year, &yend)) {
    end = yend;
    explicit_year = true;
  }
  size_t first = p.has_the && !adjective ? p.begin : j;
  std::string q = "-Q" + std::to_string(n);
  if (lead_year != 0 && !explicit_year) {
    year = lead_year;
    explicit_year = true;
  }
  if (explicit_year) {
    Emit(first, end, TimeType::kDate, FormatYear(year) + q, "quarter");
    return end;
  }
  if (!dct_.valid()) {
    Emit(first, end, TimeType::kDate, "XXXX" + q, "quarter");
    return end;
  }
  int current = (dct_.month - 1) / 3 + 1;
  int y = dct_.year;
  if (n > current && !FutureContext(j)) --y;
  Emit(first, end, TimeType::kDate, FormatYear(y) + q, "quarter");
  year_inferred_.back() = true;
  MarkRelative(&Last());
  return end;
}

// "the fall of 2020", "summer 1992", "in the spring", "during winter".
size_t Matcher::RuleSeason(const Prefix& p) {
  size_t j = p.core;
  const WordInfo* w = Info(j);
  if (w == nullptr || w->season.empty()) return 0;
  size_t k = j + 1;
  bool of = IsWord(k, "of");
  if (of) ++k;
  int year = 0;
  size_t yend = 0;
  size_t first = p.has_the ? p.begin : j;
  if (ReadYear(k, &year, &yend) && toks_[k].kind == TokKind::kNumber && toks_[k].value >= 1000) {
    Emit(first, yend, TimeType::kDate, FormatYear(year) + "-" + std::string(w->season),
         "season_year");
    return yend;
  }
  if (of) return 0;  // "the fall of the wall"
  const WordInfo* prev = p.begin > 0 ? Info(p.begin - 1) : nullptr;
  // "to fall", "of winter" are verbs and nouns more often than seasons.
  bool prep = prev != nullptr && (prev->flags & kPrepYear) && !IsWord(p.begin - 1, "to") &&
              !IsWord(p.begin - 1, "of") && !IsWord(p.begin - 1, "for") &&
              !IsWord(p.begin - 1, "at") && !IsWord(p.begin - 1, "on");
  bool context = p.has_the || !p.mod.empty() || prep;
  if (!context) return 0;
  // "the Winter Olympics": a name.
  if (k < toks_.size() && toks_[k].kind == TokKind::kWord && (toks_[k].flags & kCapital) &&
      SameSentence(j, k) && MonthAt(k) == 0)
    return 0;
  if (IsWord(j, "fall") || IsWord(j, "spring")) {
    // "the fall in prices", "the spring water": only a season with a
    // preposition before it and no word of its own after it.
    if (!prep) return 0;
    if (k < toks_.size() && toks_[k].kind == TokKind::kWord && SameSentence(j, k) &&
        !IsWord(k, "and") && !IsWord(k, "or") && !IsWord(k, "when") && !IsWord(k, "after") &&
        !IsWord(k, "before"))
      return 0;
  }
  if (!dct_.valid()) {
    Emit(first, j + 1, TimeType::kDate, "XXXX-" + std::string(w->season), "season");
    return j + 1;
  }
  int start = SeasonStartMonth(w->season);
  int y = dct_.year;
  if (start == 12) {
    if (dct_.month <= 2) --y;
  } else if (start > dct_.month && !FutureContext(j)) {
    --y;
  }
  Emit(first, j + 1, TimeType::kDate, FormatYear(y) + "-" + std::string(w->season), "season");
  MarkRelative(&Last());
  return j + 1;
}

// "Christmas", "Christmas Day", "Christmas Eve", "Valentine's Day" [Year].
size_t Matcher::RuleHoliday(const Prefix& p) {
  size_t j = p.core;
  const WordInfo* w = Info(j);
  if (w == nullptr || w->holiday_month == 0 || !(toks_[j].flags & kCapital)) return 0;
  size_t k = j + 1;
  if (IsPunct(k, '\'') && Tight(k) && IsWord(k + 1, "s")) k += 2;
  int shift = 0;
  if (IsWord(k, "eve") && (toks_[k].flags & kCapital)) {
    shift = -1;
    ++k;
  } else if (IsWord(k, "day") && (toks_[k].flags & kCapital)) {
    ++k;
  } else if (k == j + 1 && k < toks_.size() && toks_[k].kind == TokKind::kWord &&
             SameSentence(j, k)) {
    return 0;  // "Christmas trees", "Christmas market": a noun, not the day
  }
  int month = w->holiday_month, day = w->holiday_day;
  int year = 0;
  size_t yend = 0;
  size_t y = IsPunct(k, ',') ? k + 1 : k;
  bool has_year = ReadYear(y, &year, &yend) && toks_[y].kind == TokKind::kNumber;
  size_t end = has_year ? yend : k;
  size_t first = p.has_the ? p.begin : j;
  if (!has_year && !dct_.valid()) {
    CivilDate d = AddDays(CivilDate{2001, month, day}, shift);
    Emit(first, end, TimeType::kDate, "XXXX-" + Two(d.month) + "-" + Two(d.day), "holiday");
    return end;
  }
  if (!has_year) year = InferYear(month, day, j);
  Emit(first, end, TimeType::kDate, FormatDay(AddDays(CivilDate{year, month, day}, shift)),
       "holiday");
  if (!has_year) {
    year_inferred_.back() = true;
    MarkRelative(&Last());
  }
  return end;
}

}  // namespace dossier::times
