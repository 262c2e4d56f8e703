// Small helpers for the shared structs: date parsing and names.
#include "dossier/types.h"

#include <cstdio>

namespace dossier {

std::string_view DateOriginName(DateOrigin origin) {
  switch (origin) {
    case DateOrigin::kMetadata:
      return "metadata";
    case DateOrigin::kDetected:
      return "detected";
    case DateOrigin::kCli:
      return "cli";
    case DateOrigin::kNone:
      break;
  }
  return "none";
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

static int Digits(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

CivilDate ParseIsoDate(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return {};
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ' && text[10] != 'Z' && text[10] != '+')
    return {};
  int y = Digits(text, 0, 4), m = Digits(text, 5, 2), d = Digits(text, 8, 2);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return {};
  return CivilDate{y, m, d};
}

std::string FormatIsoDate(const CivilDate& date) {
  if (!date.valid()) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

}  // namespace dossier
