// Digit literals and the small shared helpers of the numeral reader:
// thousands separators (comma, space, Indian grouping), decimals, text
// tokenized with spaces around marks, vulgar fraction characters, exact
// powers of ten, dashes and sentence starts. It reads no words.
#include "extract/numbers/literal.h"

#include <cmath>

namespace dossier::numbers {
namespace {

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// "12,34,567": lakh and crore grouping (two-digit groups before the last
// three). Adds the groups to l and sets l->end past them; false (l
// untouched) when the digits at i are not grouped that way.
bool IndianGroups(const Ctx& c, size_t i, Literal* l) {
  auto group = [&](size_t k, size_t size) {
    return c.IsSym(k, ',') && c.Glued(k) && c.IsDigits(k + 1) && c.Glued(k + 1) &&
           c.Text(k + 1).size() == size;
  };
  size_t j = i;
  while (group(j + 1, 2)) j += 2;
  if (j == i || !group(j + 1, 3)) return false;
  j += 2;
  for (size_t k = i + 2; k <= j; k += 2) {
    AddDigits(c.Text(k), &l->mant);
    l->int_digits += static_cast<int>(c.Text(k).size());
  }
  l->sep = true;
  l->end = j + 1;
  return true;
}

// "1.111,11", "12.500,50": groups of three after full stops and a decimal
// comma with one or two digits, the continental European way. Only this
// shape is taken: without the decimal comma "1.111" stays a decimal and
// "1,3" stays two numbers, since both read the English way as well.
bool EuropeanGroups(const Ctx& c, size_t i, Literal* l) {
  auto glued_digits = [&](size_t k) { return c.IsDigits(k) && c.Glued(k); };
  size_t j = i;
  while (c.IsSym(j + 1, '.') && c.Glued(j + 1) && glued_digits(j + 2) &&
         c.Text(j + 2).size() == 3) {
    j += 2;
  }
  if (j == i || !c.IsSym(j + 1, ',') || !c.Glued(j + 1) || !glued_digits(j + 2) ||
      c.Text(j + 2).size() > 2) {
    return false;
  }
  bool more = (c.IsSym(j + 3, ',') || c.IsSym(j + 3, '.')) && c.Glued(j + 3) && glued_digits(j + 4);
  if (more) return false;
  for (size_t k = i + 2; k <= j; k += 2) {
    AddDigits(c.Text(k), &l->mant);
    l->int_digits += 3;
  }
  AddDigits(c.Text(j + 2), &l->mant);
  l->dec = static_cast<int>(c.Text(j + 2).size());
  l->sep = true;
  l->end = j + 3;
  return true;
}

}  // namespace

void AddDigits(std::string_view d, double* mant) {
  for (char ch : d) *mant = *mant * 10 + (ch - '0');
}

// Reads "1,275", "1 275", "2.5" and "1e10" at digit token i.
Literal ReadLiteral(const Ctx& c, size_t i) {
  Literal l;
  std::string_view first = c.Text(i);
  AddDigits(first, &l.mant);
  l.int_digits = static_cast<int>(first.size());
  size_t j = i;
  // After "192." in "192.168.1.2" each part is its own integer.
  bool dotted = i >= 2 && c.IsSym(i - 1, '.') && c.Glued(i) && c.Glued(i - 1) && c.IsDigits(i - 2);
  if (first.size() <= 3 && !dotted && EuropeanGroups(c, i, &l)) return l;
  if (first.size() <= 2 && !dotted && IndianGroups(c, i, &l)) {
    j = l.end - 1;
  } else if (first.size() <= 3 && !dotted) {
    while (c.IsSym(j + 1, ',') && c.Glued(j + 1) && c.IsDigits(j + 2) && c.Glued(j + 2) &&
           c.Text(j + 2).size() == 3) {
      AddDigits(c.Text(j + 2), &l.mant);
      l.int_digits += 3;
      l.sep = true;
      j += 2;
    }
    while (!l.sep || c.at(j).gap == Gap::kOneSpace) {
      if (!(c.IsDigits(j + 1) && c.at(j + 1).gap == Gap::kOneSpace && c.Text(j + 1).size() == 3))
        break;
      if (c.IsSym(j + 2, ',') && c.Glued(j + 2)) break;
      AddDigits(c.Text(j + 1), &l.mant);
      l.int_digits += 3;
      l.sep = true;
      j += 1;
    }
  }
  // Text tokenized with a space around each mark writes "80 , 000" and
  // "6 . 2": read as written without spaces.
  auto spaced = [&](size_t k, char32_t mark) {
    return c.IsSym(k, mark) && c.at(k).gap == Gap::kOneSpace && c.IsDigits(k + 1) &&
           c.at(k + 1).gap == Gap::kOneSpace &&
           !(c.IsSym(k + 2, mark) && !c.Glued(k + 2) && c.IsDigits(k + 3));
  };
  if (!dotted && !l.sep && first.size() <= 3) {
    while (spaced(j + 1, ',') && c.Text(j + 2).size() == 3) {
      AddDigits(c.Text(j + 2), &l.mant);
      l.int_digits += 3;
      l.sep = true;
      j += 2;
    }
  }
  // "0 . 0085 ." ends a sentence; "1 . 2 . 3" is no decimal.
  if (!dotted && first.size() <= 3 && spaced(j + 1, '.') && c.Text(j + 2).size() <= 4 &&
      !((c.IsSym(j + 3, '.') || c.IsSym(j + 3, ',')) && c.IsDigits(j + 4))) {
    AddDigits(c.Text(j + 2), &l.mant);
    l.dec = static_cast<int>(c.Text(j + 2).size());
    j += 2;
  } else if (!dotted && c.IsSym(j + 1, '.') && c.Glued(j + 1) && c.IsDigits(j + 2) &&
             c.Glued(j + 2) && c.Text(j + 2).size() <= kMaxDigits) {
    bool more_dots = c.IsSym(j + 3, '.') && c.Glued(j + 3) && c.IsDigits(j + 4) && c.Glued(j + 4);
    if (!more_dots) {
      AddDigits(c.Text(j + 2), &l.mant);
      l.dec = static_cast<int>(c.Text(j + 2).size());
      j += 2;
    }
  }
  l.end = j + 1;
  return l;
}

bool UsualDenominator(double den) {
  static constexpr double kDens[] = {2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 32, 64, 100, 128};
  for (double d : kDens)
    if (den == d) return true;
  return false;
}

double VulgarFraction(char32_t cp) {
  switch (cp) {
    case 0xBC:
      return 0.25;
    case 0xBD:
      return 0.5;
    case 0xBE:
      return 0.75;
    case 0x2150:
      return 1.0 / 7;
    case 0x2151:
      return 1.0 / 9;
    case 0x2152:
      return 0.1;
    case 0x2153:
      return 1.0 / 3;
    case 0x2154:
      return 2.0 / 3;
    case 0x2155:
      return 0.2;
    case 0x2156:
      return 0.4;
    case 0x2157:
      return 0.6;
    case 0x2158:
      return 0.8;
    case 0x2159:
      return 1.0 / 6;
    case 0x215A:
      return 5.0 / 6;
    case 0x215B:
      return 0.125;
    case 0x215C:
      return 0.375;
    case 0x215D:
      return 0.625;
    case 0x215E:
      return 0.875;
    default:
      return 0;
  }
}

double Compose(double mantissa, int decimals, double mult) {
  for (int p = 0; p <= 22; ++p) {
    if (mult != kPow10[p]) continue;
    int e = p - decimals;
    if (e >= 0 && e <= 22) return mantissa * kPow10[e];
    if (e < 0 && -e <= 22) return mantissa / kPow10[-e];
    break;
  }
  return mantissa / std::pow(10.0, decimals) * mult;
}

bool Ctx::IsDash(size_t i) const {
  if (i >= size() || at(i).kind != TokKind::kSym) return false;
  char32_t cp = at(i).cp;
  return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x2012 || cp == 0x2013 ||
         cp == 0x2014 || cp == 0x2212;
}

bool Ctx::SentenceStart(size_t i) const {
  if (i == 0 || at(i).gap == Gap::kLineBreak) return true;
  const Token& p = at(i - 1);
  if (p.kind != TokKind::kSym) return false;
  char32_t cp = p.cp;
  if (cp == '"' || cp == 0x201C || cp == 0x2018 || cp == '(' || cp == '\'')
    return SentenceStart(i - 1);
  if (cp == ':' || cp == '!' || cp == '?' || cp == 0x2014 || cp == 0x2022) return true;
  if (cp != '.') return false;
  // "Feb. 26" and "U.S. states": a one- to four-letter word before the dot
  // is an abbreviation, not a sentence end.
  return !(i >= 2 && IsWord(i - 2) && Text(i - 2).size() <= 4 && at(i - 2).cap);
}

}  // namespace dossier::numbers
