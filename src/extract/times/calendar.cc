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

std::string FormatYear(int year) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%04d", ClampYear(year));
  return buf;
}

std::string FormatMonth(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", ClampYear(year), month);
  return buf;
}

std::string FormatDay(const CivilDate& date) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ClampYear(date.year), date.month, date.day);
  return buf;
}

std::string FormatWeek(const CivilDate& date) {
  int y = 0, w = 0;
  IsoWeek(date, &y, &w);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", ClampYear(y), w);
  return buf;
}

const char* WeekdayName(int iso_weekday) {
  static const char* const kNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
  return iso_weekday >= 1 && iso_weekday <= 7 ? kNames[iso_weekday - 1] : "?";
}

}  // namespace dossier::times
