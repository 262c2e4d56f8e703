// Calendar arithmetic (see calendar.h). Uses the standard era-based
// days-from-civil arithmetic; no tables beyond month lengths.
#include "extract/times/calendar.h"

#include <cstdio>

namespace dossier::times {

int64_t DaysFromCivil(int year, int month, int day) {
  int64_t y = year - (month <= 2 ? 1 : 0);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400;
  int64_t mp = (month + 9) % 12;
  int64_t doy = (153 * mp + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t days) {
  days += 719468;
  int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  int64_t doe = days - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return CivilDate{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

int Weekday(const CivilDate& date) {
  int64_t days = DaysFromCivil(date.year, date.month, date.day);
  int64_t w = (days + 3) % 7;  // 1970-01-01 was a Thursday (ISO 4)
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

CivilDate AddDays(const CivilDate& date, int64_t days) {
  return CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + days);
}

CivilDate AddMonths(const CivilDate& date, int months) {
  int64_t total = static_cast<int64_t>(date.year) * 12 + (date.month - 1) + months;
  int year = static_cast<int>(total >= 0 ? total / 12 : (total - 11) / 12);
  int month = static_cast<int>(total - static_cast<int64_t>(year) * 12) + 1;
  int dim = DaysInMonth(year, month);
  return CivilDate{year, month, date.day > dim ? dim : date.day};
}

void IsoWeek(const CivilDate& date, int* iso_year, int* week) {
  int64_t days = DaysFromCivil(date.year, date.month, date.day);
  int64_t thursday = days - Weekday(date) + 4;
  CivilDate t = CivilFromDays(thursday);
  int64_t jan1 = DaysFromCivil(t.year, 1, 1);
  *iso_year = t.year;
  *week = static_cast<int>((thursday - jan1) / 7 + 1);
}

bool IsValidDay(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

static int ClampYear(int year) { return year < 0 ? 0 : (year > 9999 ? 9999 : year); }

namespace {

// Writes v (0..9999) as four digits at p.
void Put4(char* p, int v) {
  p[0] = static_cast<char>('0' + v / 1000);
  p[1] = static_cast<char>('0' + v / 100 % 10);
  p[2] = static_cast<char>('0' + v / 10 % 10);
  p[3] = static_cast<char>('0' + v % 10);
}

// Appends "-" and v as two digits (snprintf's "-%02d" for other values).
void AppendPart(std::string* s, int v) {
  if (v >= 0 && v <= 99) {
    char b[3] = {'-', static_cast<char>('0' + v / 10), static_cast<char>('0' + v % 10)};
    s->append(b, 3);
    return;
  }
  char buf[16];
  int n = std::snprintf(buf, sizeof buf, "-%02d", v);
  s->append(buf, n > 0 ? static_cast<size_t>(n) : 0);
}

}  // namespace

std::string FormatYear(int year) {
  std::string s(4, '0');
  Put4(s.data(), ClampYear(year));
  return s;
}

std::string FormatMonth(int year, int month) {
  std::string s = FormatYear(year);
  AppendPart(&s, month);
  return s;
}

std::string FormatDay(const CivilDate& date) {
  std::string s = FormatYear(date.year);
  AppendPart(&s, date.month);
  AppendPart(&s, date.day);
  return s;
}

std::string FormatWeek(const CivilDate& date) {
  int y = 0, w = 0;
  IsoWeek(date, &y, &w);
  std::string s = FormatYear(y);
  s.push_back('-');
  s.push_back('W');
  if (w >= 0 && w <= 99) {
    s.push_back(static_cast<char>('0' + w / 10));
    s.push_back(static_cast<char>('0' + w % 10));
  } else {
    s.append(std::to_string(w));
  }
  return s;
}

const char* WeekdayName(int iso_weekday) {
  static const char* const kNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
  return iso_weekday >= 1 && iso_weekday <= 7 ? kNames[iso_weekday - 1] : "?";
}

}  // namespace dossier::times
