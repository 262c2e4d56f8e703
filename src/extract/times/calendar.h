// Calendar arithmetic for the time layer: day numbers, weekdays, ISO weeks,
// month shifts and TIMEX3 value formatting. Proleptic Gregorian, no time zones,
// no clock. It does not parse text.
#ifndef DOSSIER_EXTRACT_TIMES_CALENDAR_H_
#define DOSSIER_EXTRACT_TIMES_CALENDAR_H_

#include <cstdint>
#include <string>

#include "dossier/types.h"

namespace dossier::times {

// Days since 1970-01-01 (negative before).
int64_t DaysFromCivil(int year, int month, int day);
CivilDate CivilFromDays(int64_t days);
// ISO weekday of a valid date: 1 = Monday ... 7 = Sunday.
int Weekday(const CivilDate& date);
CivilDate AddDays(const CivilDate& date, int64_t days);
// Adds months, clamping the day to the target month's length.
CivilDate AddMonths(const CivilDate& date, int months);
// ISO 8601 week-numbering year and week of a valid date.
void IsoWeek(const CivilDate& date, int* iso_year, int* week);
bool IsValidDay(int year, int month, int day);

// TIMEX3 values. Years outside 0..9999 are clamped to four digits.
std::string FormatYear(int year);               // "1992"
std::string FormatMonth(int year, int month);   // "1992-02"
std::string FormatDay(const CivilDate& date);   // "1992-02-26"
std::string FormatWeek(const CivilDate& date);  // "1992-W09"
// The weekday's name ("Wednesday") for messages.
const char* WeekdayName(int iso_weekday);

}  // namespace dossier::times

#endif  // DOSSIER_EXTRACT_TIMES_CALENDAR_H_
