// What a number is, from the words around it: fixed patterns read before
// the general scanner (times of day, dates, phone numbers, "3/4") and the
// kind of a read numeral (year, date part, age, score, identifier, ...).
// Looks at a few tokens on each side only, so it stays linear. It does not
// read numerals (numeral.cc) or currencies (currency.cc).
#include <cmath>

#include "extract/numbers/ascii.h"
#include "extract/numbers/scanner.h"

namespace dossier::numbers {
namespace {

bool IsInt(double v) { return std::floor(v) == v; }

}  // namespace

bool Scanner::TryPatterns(size_t i) { return TryTime(i) || TryDate(i) || TryPhone(i); }

bool Scanner::TryTime(size_t i) {
  std::string_view d = c_.Text(i);
  if (d.size() > 4) return false;
  double h = DigitsValue(d);
  // "10:30", "10:30:15"
  if (d.size() <= 2 && c_.IsSym(i + 1, ':') && c_.Glued(i + 1) && c_.IsDigits(i + 2) &&
      c_.Glued(i + 2) && c_.Text(i + 2).size() == 2) {
    double m = DigitsValue(c_.Text(i + 2));
    if (h > 24 || m >= 60) return false;
    size_t te = i + 3;
    if (c_.IsSym(te, ':') && c_.Glued(te) && c_.IsDigits(te + 1) && c_.Glued(te + 1)) te += 2;
    // "1:36.6": tenths of a second on a lap or race time.
    if (c_.IsSym(te, '.') && c_.Glued(te) && c_.IsDigits(te + 1) && c_.Glued(te + 1)) te += 2;
    size_t pos = c_.at(te - 1).end;
    size_t p = pos < c_.text.size() && c_.text[pos] == ' ' ? pos + 1 : pos;
    bool pm = EqualsFoldAt(c_.text, p, "pm") || EqualsFoldAt(c_.text, p, "p.m");
    bool am = EqualsFoldAt(c_.text, p, "am") || EqualsFoldAt(c_.text, p, "a.m");
    if (pm || am) {
      size_t len = c_.text.substr(p, 4) == "p.m." || EqualsFoldAt(c_.text, p, "a.m.")   ? 4
                   : EqualsFoldAt(c_.text, p, "a.m") || EqualsFoldAt(c_.text, p, "p.m") ? 3
                                                                                        : 2;
      if (p + len >= c_.text.size() || !IsLetter(c_.text[p + len])) {
        while (te < c_.size() && c_.at(te).end <= p + len) ++te;
        if (pm && h < 12) h += 12;
      }
    }
    EmitSimple(i, te, h + m / 60, NumberKind::kTimeOfDay, "time_colon");
    next_ = te;
    return true;
  }
  // "11 p.m.", "2.15pm", "5am"
  if (d.size() <= 2 && h >= 1 && h <= 12) {
    size_t j = i + 1;
    double m = 0;
    if (c_.IsSym(j, '.') && c_.Glued(j) && c_.IsDigits(j + 1) && c_.Glued(j + 1) &&
        c_.Text(j + 1).size() == 2) {
      m = DigitsValue(c_.Text(j + 1));
      j += 2;
    }
    size_t pos = c_.at(j - 1).end;
    size_t p = pos < c_.text.size() && c_.text[pos] == ' ' ? pos + 1 : pos;
    static constexpr std::string_view kForms[] = {"a.m.", "p.m.", "a.m", "p.m", "am", "pm"};
    for (std::string_view f : kForms) {
      if (!EqualsFoldAt(c_.text, p, f)) continue;
      if (p + f.size() < c_.text.size() && IsLetter(c_.text[p + f.size()])) continue;
      size_t te = j;
      while (te < c_.size() && c_.at(te).end <= p + f.size()) ++te;
      if (f[0] == 'p' && h < 12) h += 12;
      if (f[0] == 'a' && h == 12) h = 0;
      EmitSimple(i, te, h + m / 60, NumberKind::kTimeOfDay, "time_ampm");
      next_ = te;
      return true;
    }
  }
  // "22pm": a 24-hour clock hour with "pm" glued on, still a time.
  if (d.size() == 2 && h >= 13 && h <= 23 && c_.WordIs(i + 1, "pm") && c_.Glued(i + 1)) {
    EmitSimple(i, i + 2, h, NumberKind::kTimeOfDay, "time_ampm");
    next_ = i + 2;
    return true;
  }
  // "0900 GMT", "1430 hrs"
  if (d.size() == 4 && c_.IsWord(i + 1) && (c_.Roles(i + 1) & kTimeAfter) &&
      (c_.at(i + 1).upper || c_.WordIs(i + 1, "hrs"))) {
    double hh = std::floor(h / 100), mm = h - hh * 100;
    if (hh < 24 && mm < 60) {
      EmitSimple(i, i + 1, hh + mm / 60, NumberKind::kTimeOfDay, "time_zone");
      next_ = i + 1;
      return true;
    }
  }
  if (d.size() <= 2 && h <= 12 && c_.WordIs(i + 1, "o'clock")) {
    EmitSimple(i, i + 2, h, NumberKind::kTimeOfDay, "time_oclock");
    next_ = i + 2;
    return true;
  }
  return false;
}

bool Scanner::TryDate(size_t i) {
  std::string_view d = c_.Text(i);
  auto glued_sep = [&](size_t k, char32_t sep) { return c_.IsSym(k, sep) && c_.Glued(k); };
  // 2026-02-25
  if (d.size() == 4 && glued_sep(i + 1, '-') && c_.IsDigits(i + 2) && c_.Glued(i + 2) &&
      c_.Text(i + 2).size() == 2 && glued_sep(i + 3, '-') && c_.IsDigits(i + 4) &&
      c_.Glued(i + 4) && c_.Text(i + 4).size() == 2) {
    double m = DigitsValue(c_.Text(i + 2)), day = DigitsValue(c_.Text(i + 4));
    if (m < 1 || m > 12 || day < 1 || day > 31) return false;
    EmitSimple(i, i + 1, DigitsValue(d), NumberKind::kYear, "date_iso");
    EmitSimple(i + 2, i + 3, m, NumberKind::kDatePart, "date_iso");
    EmitSimple(i + 4, i + 5, day, NumberKind::kDatePart, "date_iso");
    next_ = i + 5;
    return true;
  }
  // 1995-01: a year and month (ISO 8601), not a range
  if (d.size() == 4 && glued_sep(i + 1, '-') && c_.IsDigits(i + 2) && c_.Glued(i + 2) &&
      c_.Text(i + 2).size() == 2 && !(c_.IsDash(i + 3) && c_.Glued(i + 3)) &&
      !(c_.IsWord(i + 3) && c_.Glued(i + 3))) {
    double y = DigitsValue(d), m = DigitsValue(c_.Text(i + 2));
    if (c_.Text(i + 2)[0] == '0' && m >= 1 && m <= 12 && y >= 1000 && y <= 2100) {
      EmitSimple(i, i + 1, y, NumberKind::kYear, "date_iso");
      EmitSimple(i + 2, i + 3, m, NumberKind::kDatePart, "date_iso");
      next_ = i + 3;
      return true;
    }
  }
  // 5/17/2018, 17/05/18
  if (d.size() <= 2 && glued_sep(i + 1, '/') && c_.IsDigits(i + 2) && c_.Glued(i + 2) &&
      c_.Text(i + 2).size() <= 2 && glued_sep(i + 3, '/') && c_.IsDigits(i + 4) &&
      c_.Glued(i + 4) && (c_.Text(i + 4).size() == 2 || c_.Text(i + 4).size() == 4)) {
    EmitSimple(i, i + 1, DigitsValue(d), NumberKind::kDatePart, "date_slash");
    EmitSimple(i + 2, i + 3, DigitsValue(c_.Text(i + 2)), NumberKind::kDatePart, "date_slash");
    EmitSimple(i + 4, i + 5, DigitsValue(c_.Text(i + 4)), NumberKind::kYear, "date_slash");
    next_ = i + 5;
    return true;
  }
  // 3/4 (also with U+2044 FRACTION SLASH): a fraction with a usual denominator
  bool slash = (c_.IsSym(i + 1, '/') || c_.IsSym(i + 1, 0x2044)) && c_.Glued(i + 1) &&
               c_.IsDigits(i + 2) && c_.Glued(i + 2) && !glued_sep(i + 3, '/');
  // "1 / 4": text tokenized with a space around each mark.
  bool spaced = c_.IsSym(i + 1, '/') && c_.at(i + 1).gap == Gap::kOneSpace && c_.IsDigits(i + 2) &&
                c_.at(i + 2).gap == Gap::kOneSpace && !c_.IsSym(i + 3, '/');
  if (d.size() <= 2 && (slash || spaced) && c_.Text(i + 2).size() <= 3) {
    double den = DigitsValue(c_.Text(i + 2));
    if (UsualDenominator(den)) {
      size_t tb = i;
      if (i > 0 && c_.IsSym(i - 1, '-') && c_.Glued(i) &&
          !(i > 1 && c_.Glued(i - 1) && (c_.IsWord(i - 2) || c_.IsDigits(i - 2))))
        tb = i - 1;
      double v = DigitsValue(d) / den;
      EmitSimple(tb, i + 3, tb < i ? -v : v, NumberKind::kFraction, "fraction_slash");
      next_ = i + 3;
      return true;
    }
  }
  if (slash && !(i > 0 && c_.Glued(i) && !c_.IsSym(i - 1, '(')) &&
      !(c_.IsWord(i + 3) && c_.Glued(i + 3)))
    return TryOtherSlash(i);
  return false;
}

// Two numbers joined by a slash that are no fraction with a usual
// denominator: "1/7 of" is a fraction; "2004/05" a year and the next;
// "9/11", "24/7", "5/1 odds" name something and are no counts.
bool Scanner::TryOtherSlash(size_t i) {
  std::string_view d = c_.Text(i), e = c_.Text(i + 2);
  double num = DigitsValue(d), den = DigitsValue(e);
  if (d.size() <= 2 && e.size() <= 2) {
    bool fraction = den > 0 && num < den && c_.WordIs(i + 3, "of");
    EmitSimple(i, i + 3, fraction ? num / den : num,
               fraction ? NumberKind::kFraction : NumberKind::kIdentifier,
               fraction ? "fraction_slash" : "identifier_slash");
    next_ = i + 3;
    return true;
  }
  if (d.size() == 4 && e.size() == 2 && num >= 1900 && num <= 2100 &&
      den == std::fmod(num + 1, 100)) {
    EmitSimple(i, i + 3, num, NumberKind::kYear, "year_slash_next");
    if (!out_->empty() && out_->back().start == c_.at(i).start) out_->back().value_high = num + 1;
    next_ = i + 3;
    return true;
  }
  return false;
}

bool Scanner::TryPhone(size_t i) {
  bool plus = i > 0 && c_.IsSym(i - 1, '+') && c_.Glued(i);
  size_t k = i;
  int groups = 0;
  size_t digits = 0;
  while (c_.IsDigits(k)) {
    ++groups;
    digits += c_.Text(k).size();
    if ((c_.IsDash(k + 1) || (plus && c_.IsSym(k + 1, '/'))) && c_.Glued(k + 1) &&
        c_.IsDigits(k + 2) && c_.Glued(k + 2)) {
      k += 2;
    } else {
      break;
    }
  }
  if (!((groups >= 3 && digits >= 7) || (plus && groups >= 2 && digits >= 7))) return false;
  size_t tb = plus ? i - 1 : i;
  EmitSimple(tb, k + 1, DigitsValue(c_.Text(i)), NumberKind::kPhone, "phone");
  next_ = k + 1;
  return true;
}

bool Scanner::TryGluedIdentifier(size_t i) {
  size_t w = kNoPos;
  if (i > 0 && c_.Glued(i) && c_.IsWord(i - 1)) {
    w = i - 1;
  } else if (i > 1 && c_.Glued(i) && (c_.IsDash(i - 1) || c_.IsSym(i - 1, '.')) &&
             c_.Glued(i - 1) && c_.IsWord(i - 2) && c_.at(i - 2).cap &&
             (c_.IsDash(i - 1) || c_.at(i - 2).upper)) {
    w = i - 2;
  }
  if (w == kNoPos || c_.at(w).start < last_end_) return false;
  // "PS8.1bn", "X1,000": an amount with a glued prefix is still an amount.
  if ((c_.IsSym(i + 1, '.') || c_.IsSym(i + 1, ',')) && c_.Glued(i + 1) && c_.IsDigits(i + 2) &&
      c_.Glued(i + 2))
    return false;
  if (c_.IsWord(i + 1) && c_.Glued(i + 1) && c_.lex->scales().size() > 0) {
    std::string_view s = c_.Text(i + 1);
    for (const ScaleForm& f : c_.lex->scales())
      if (f.suffix && s == f.form) return false;
  }
  if (c_.Num(w) != NumWord::kNone) return false;
  std::string_view word = c_.Text(w);
  if (c_.at(w).upper && word.size() == 3 && c_.lex->FindCurrencyCode(word)) return false;
  size_t te = i + 1;
  while (te < c_.size() && c_.Glued(te) && (c_.IsWord(te) || c_.IsDigits(te))) ++te;
  EmitSimple(w, te, DigitsValue(c_.Text(i).substr(0, 15)), NumberKind::kIdentifier,
             "identifier_glued");
  next_ = te;
  return true;
}

// A month name; in lower case only a full name that is no other word
// ("december 1", not "may", "march" or "august").
bool Scanner::MonthAt(size_t k) const {
  if (!c_.IsWord(k)) return false;
  if (c_.at(k).cap) return (c_.Roles(k) & kMonth) != 0;
  size_t len = c_.at(k).end - c_.at(k).start;  // "june" .. "september"
  return len >= 4 && len <= 9 && len != 6 && !c_.WordIs(k, "march") && !c_.WordIs(k, "sept") &&
         (c_.Roles(k) & kMonth);
}

bool Scanner::MonthBefore(size_t nb) const {
  if (nb == 0) return false;
  size_t k = nb - 1;
  if (c_.at(nb).gap == Gap::kLineBreak) return false;
  // "sept . 30", "nov. 6": an abbreviated month with its dot stays a month
  // in lower case too ("may" aside, a verb).
  if (c_.IsSym(k, '.') && k > 0 && c_.IsWord(k - 1) && (c_.Roles(k - 1) & kMonth) &&
      c_.Text(k - 1).size() <= 4 && !c_.WordIs(k - 1, "may") && c_.at(k).gap != Gap::kLineBreak)
    return true;
  if (c_.IsSym(k, '.') && k > 0 && c_.Glued(k)) --k;
  return MonthAt(k);
}

bool Scanner::IsAgeAfter(size_t te) const {
  size_t k = te;
  if (c_.IsDash(k) && c_.Glued(k)) ++k;
  if (!(c_.WordIs(k, "year") || c_.WordIs(k, "years") || c_.WordIs(k, "month") ||
        c_.WordIs(k, "months") || c_.WordIs(k, "week") || c_.WordIs(k, "day") ||
        c_.WordIs(k, "yr") || c_.WordIs(k, "yrs")))
    return false;
  size_t o = k + 1;
  bool dash = c_.IsDash(o);
  if (dash) ++o;
  if (c_.WordIs(o, "old")) return dash || c_.WordIs(k, "years") || c_.WordIs(k, "year");
  return c_.WordIs(o, "of") && c_.WordIs(o + 1, "age");
}

bool Scanner::IsAgeBefore(size_t tb) const {
  return tb > 0 && (c_.Roles(tb - 1) & kAgeBefore) && c_.at(tb).gap != Gap::kLineBreak;
}

bool Scanner::AgeAppositive(const Core& a) const {
  size_t b = a.tb;
  const Numeral& n = a.num;
  if (!n.plain_int || n.value < 1 || n.value > 110 || b < 2) return false;
  bool comma_before = c_.IsSym(b - 1, ',') && c_.IsWord(b - 2) && c_.at(b - 2).cap &&
                      !(c_.Roles(b - 2) & (kMonth | kNotName | kYearBefore));
  bool comma_after = c_.IsSym(a.te, ',') || c_.IsSym(a.te, ')');
  return comma_before && comma_after;
}

bool Scanner::SportsNear(size_t tb, size_t te) const {
  size_t lo = tb > 10 ? tb - 10 : 0;
  size_t hi = std::min(c_.size(), te + 10);
  for (size_t k = tb; k-- > lo;) {
    if (c_.Roles(k) & kSports) return true;
    if (c_.at(k).gap == Gap::kLineBreak) break;
  }
  for (size_t k = te; k < hi; ++k) {
    if (c_.at(k).gap == Gap::kLineBreak) break;
    if (c_.Roles(k) & kSports) return true;
  }
  return false;
}

// "6-4 7-5", "4-6 7-6 (8-6)": tennis sets, a run of small dash pairs.
bool Scanner::SetScoresNear(size_t tb, size_t te) const {
  auto pair_at = [&](size_t k) {
    return c_.IsDigits(k) && c_.Text(k).size() <= 2 && c_.IsDash(k + 1) && c_.Glued(k + 1) &&
           c_.IsDigits(k + 2) && c_.Glued(k + 2) && c_.Text(k + 2).size() <= 2;
  };
  size_t next = te < c_.size() && c_.IsSym(te, '(') ? te + 1 : te;
  if (pair_at(next)) return true;
  if (tb >= 3 && pair_at(tb - 3)) return true;
  return tb >= 4 && c_.IsSym(tb - 1, ')') && pair_at(tb - 4);
}

bool Scanner::IdentBefore(size_t nb) const {
  if (nb == 0 || c_.at(nb).gap == Gap::kLineBreak) return false;
  size_t k = nb - 1;
  if (c_.IsSym(k, '.') && k > 0 && c_.Glued(k)) --k;
  if (!c_.IsWord(k)) return false;
  uint32_t roles = c_.Roles(k);
  return (c_.at(k).cap && (roles & kIdentBefore)) || (roles & kIdentLower);
}

// "A.D. 1000", "300 BC", "AD 79": an era mark right before or after.
bool Scanner::EraNear(size_t nb, size_t te) const {
  if (c_.IsWord(te) && c_.at(te).upper && (c_.Roles(te) & kEra)) return true;
  // "B.C." after, written with dots
  if (c_.WordIs(te, "b") && c_.IsSym(te + 1, '.') && c_.WordIs(te + 2, "c")) return true;
  if (nb == 0) return false;
  size_t k = nb - 1;
  if (c_.IsSym(k, '.') && k >= 3 && c_.WordIs(k - 1, "d") && c_.IsSym(k - 2, '.') &&
      c_.WordIs(k - 3, "a"))
    return true;  // "A.D. 1000"
  return c_.IsWord(k) && c_.at(k).upper && (c_.Roles(k) & kEra);
}

bool Scanner::IdentAfter(size_t te) const {
  for (size_t k = te; k < c_.size() && k < te + 4; ++k) {
    if (!c_.IsWord(k) || !c_.at(k).cap || c_.at(k).gap == Gap::kLineBreak) return false;
    if (c_.Roles(k) & kIdentAfter) return true;
  }
  return false;
}

// "iPhone 11", "S&P 500", "Apple Watch 5": a capitalised word, not the
// first of a sentence, names the thing the number belongs to.
bool Scanner::NameBefore(size_t nb) const {
  if (nb == 0 || c_.at(nb).gap == Gap::kLineBreak || c_.at(nb).gap == Gap::kSpaces) return false;
  size_t k = nb - 1;
  if (!c_.IsWord(k)) return false;
  const Token& w = c_.at(k);
  // "iPhone", "eBay": a capital inside the word marks a name even where a
  // sentence starts.
  bool camel = !w.cap && c_.Text(k).size() > 1 && c_.Text(k)[1] >= 'A' && c_.Text(k)[1] <= 'Z';
  if (!(w.cap || camel) || (c_.SentenceStart(k) && !camel) || c_.Num(k) != NumWord::kNone)
    return false;
  uint32_t skip = kMonth | kAgeBefore | kYearBefore | kOneBefore | kScaleWord | kNotName;
  if (c_.Roles(k) & skip) return false;
  // "Lamborghinis 640bhp": a plural or possessive before is not a name.
  std::string_view text = c_.Text(k);
  if (text.size() > 3 && text.back() == 's' && !w.upper) return false;
  if (c_.IsWord(nb + 1) && c_.Glued(nb + 1)) return false;
  return !(w.upper && c_.Text(k).size() == 3 && c_.lex->FindCurrencyCode(c_.Text(k)));
}

// "787 Dreamliner": capitalised singular words after the number, with no
// counted noun after them ("613 Azerbaijani civilians" is a count).
bool Scanner::NameAfter(size_t te) const {
  size_t k = te;
  int words = 0;
  while (k < c_.size() && words < 4) {
    if (c_.at(k).gap == Gap::kLineBreak) return false;
    if (c_.IsSym(k, '.') && c_.Glued(k) && words > 0) {
      ++k;
      continue;
    }
    if (!c_.IsWord(k) || !c_.at(k).cap) break;
    if (c_.Roles(k) & (kMonth | kCurrencyStart | kPersonNoun | kUnitSuffix | kNotName))
      return false;
    std::string_view wt = c_.Text(k);
    if (words == 0 && (wt.size() < 3 || c_.at(k).upper || wt[1] < 'a' || wt[1] > 'z')) return false;
    if (c_.SentenceStart(k)) return false;
    ++words;
    ++k;
  }
  if (words == 0) return false;
  std::string_view last = c_.Text(k - 1);
  if (c_.IsSym(k - 1, '.')) return false;
  if (!last.empty() && last.back() == 's') return false;
  if (c_.WordIs(k, "and") || c_.WordIs(k, "or") || c_.IsSym(k, '&')) return false;
  return !CountedNounAfter(k) && !c_.IsDigits(k);
}

// "Dak Prescott (4) celebrates": a number in brackets right after two
// capitalised words, with the sentence going on in lower case, is a jersey
// or list number ("Kabul (12), Kandahar (5)" stay counts).
bool Scanner::NumberAfterName(size_t tb, size_t te) const {
  if (tb < 3 || !c_.IsSym(tb - 1, '(') || !c_.Glued(tb) || !c_.IsSym(te, ')') || !c_.Glued(te))
    return false;
  if (!c_.IsWord(te + 1) || c_.at(te + 1).cap || c_.at(te + 1).gap == Gap::kLineBreak) return false;
  for (size_t k = tb - 3; k < tb - 1; ++k) {
    if (!c_.IsWord(k) || !c_.at(k).cap || c_.at(k).upper || c_.Num(k) != NumWord::kNone ||
        (c_.Roles(k) & (kMonth | kNotName | kCurrencyStart)))
      return false;
  }
  return c_.at(tb - 2).gap == Gap::kOneSpace && !c_.SentenceStart(tb - 2);
}

// "350 W 42nd St": a compass letter and a numbered street after a number
// make it a house number.
bool Scanner::StreetAfter(size_t te) const {
  size_t k = te;
  if (!c_.IsWord(k) || c_.at(k).gap != Gap::kOneSpace || c_.Text(k).size() != 1) return false;
  char dir = c_.Text(k)[0];
  if (dir != 'N' && dir != 'S' && dir != 'E' && dir != 'W') return false;
  ++k;
  if (c_.IsSym(k, '.') && c_.Glued(k)) ++k;
  if (!c_.IsDigits(k) || c_.at(k).gap != Gap::kOneSpace || !c_.IsWord(k + 1) || !c_.Glued(k + 1))
    return false;
  std::string_view suf = c_.Text(k + 1);
  return IsOrdinalSuffix(suf) && IdentAfter(k + 2);
}

bool Scanner::CountedNounAfter(size_t te) const {
  if (!c_.IsWord(te) || c_.at(te).gap == Gap::kLineBreak) return false;
  if (c_.Roles(te) & kPersonNoun) return true;
  if ((c_.Roles(te) & kUnitSuffix) && c_.at(te).end - c_.at(te).start > 1) return true;
  if (c_.WordIs(te, "of") || c_.WordIs(te, "more") || c_.WordIs(te, "other")) return true;
  if (c_.Roles(te) & kNotCounted) return false;
  std::string_view w = c_.Text(te);
  if (w.size() < 3 || (w.back() != 's')) return false;
  char p = w[w.size() - 2];
  return p != 's' && p != 'u' && p != 'i' && p != '\'';
}

bool Scanner::YearCueBefore(size_t tb) const {
  return tb > 0 && ((c_.Roles(tb - 1) & kYearBefore) || MonthBefore(tb));
}

// Right after a year item and "and", "or", "to" or a comma.
bool Scanner::AfterYear(size_t tb) const {
  if (tb == 0 || out_->empty() || out_->back().kind != NumberKind::kYear) return false;
  size_t k = tb - 1;
  bool joint = c_.WordIs(k, "and") || c_.WordIs(k, "or") || c_.WordIs(k, "to") || c_.IsSym(k, ',');
  return joint && k > 0 && c_.at(k - 1).end == out_->back().end;
}

// "2004's average", "from 2000 onwards", "until at least 2008": marks that
// make a year-like number a year even with a qualifier or a noun around it.
bool Scanner::YearWhateverAround(size_t tb, size_t te) const {
  bool apostrophe = c_.IsSym(te, '\'') || c_.IsSym(te, 0x2019);
  if (apostrophe && c_.Glued(te) && c_.WordIs(te + 1, "s") && c_.Glued(te + 1)) return true;
  if (c_.WordIs(te, "onwards") || c_.WordIs(te, "onward")) return true;
  if (CountedNounAfter(te)) return false;
  for (size_t k = tb; k + 4 > tb && k > 1; --k) {
    if (!c_.IsWord(k - 1)) return false;
    if (k < tb &&
        (c_.WordIs(k - 1, "until") || c_.WordIs(k - 1, "till") || c_.WordIs(k - 1, "since") ||
         c_.WordIs(k - 1, "before") || c_.WordIs(k - 1, "after")))
      return true;
  }
  return false;
}

bool Scanner::YearLike(const Numeral& n) const {
  return n.plain_int && n.int_digits == 4 && n.value >= 1000 && n.value <= 2100;
}

NumberKind Scanner::Classify(const Core& a, const Core* b, Conn conn,
                             std::string_view* rule) const {
  const Numeral& x = a.num;
  size_t te = b ? b->te : a.te;
  if (a.money || (b && b->money)) return NumberKind::kMoney;
  if (a.percent || (b && b->percent)) return NumberKind::kPercent;
  if (x.glued_unknown) {
    *rule = "identifier_suffix";
    return NumberKind::kIdentifier;
  }
  bool small_int = IsInt(x.value) && x.value >= 1 && x.value <= 31 && !x.has_decimal && !x.words &&
                   (!b || (IsInt(b->num.value) && b->num.value <= 31));
  bool month_after = MonthAt(te) || (c_.WordIs(te, "of") && MonthAt(te + 1));
  if (small_int && (MonthBefore(x.begin) || month_after)) {
    *rule = "date_month_day";
    return NumberKind::kDatePart;
  }
  if (x.plain_int && x.value >= 1 && x.value <= 2100 && EraNear(x.begin, te)) {
    *rule = "year_era";
    return NumberKind::kYear;
  }
  if (x.plain_int && x.int_digits == 4 && !b && AfterYear(a.tb)) {
    *rule = "year_in_list";
    return NumberKind::kYear;
  }
  if (YearLike(x) && MonthBefore(x.begin)) {
    *rule = "year_after_month";
    return NumberKind::kYear;
  }
  if (x.ordinal) {
    if (IdentAfter(te)) {
      *rule = "identifier_ordinal_name";
      return NumberKind::kIdentifier;
    }
    return NumberKind::kOrdinal;
  }
  if (x.fraction) return NumberKind::kFraction;
  if (IsAgeAfter(te) || IsAgeBefore(a.tb) || (!b && AgeAppositive(a))) {
    *rule = "age";
    return NumberKind::kAge;
  }
  if (b && conn == Conn::kDash && x.plain_int && b->num.plain_int && x.value <= 200 &&
      b->num.value <= 200 && (SportsNear(a.tb, te) || SetScoresNear(a.tb, te))) {
    *rule = "score_sports";
    return NumberKind::kScore;
  }
  if (x.plain_int && !b && x.value < 100 && a.tb == x.begin && NumberAfterName(a.tb, te)) {
    *rule = "identifier_bracket_name";
    return NumberKind::kIdentifier;
  }
  if (x.plain_int && !b && StreetAfter(te)) {
    *rule = "identifier_street";
    return NumberKind::kIdentifier;
  }
  // "phase two", "season one": a number word after the name of a numbered
  // part of a sequence.
  if (x.words && !b && a.tb == x.begin && x.scale == 1 && !x.fraction && x.value >= 0 &&
      x.value < 100 && std::floor(x.value) == x.value && x.begin > 0 &&
      c_.at(x.begin).gap != Gap::kLineBreak && (c_.Roles(x.begin - 1) & kIdentWords) &&
      (c_.WordIs(te, "of") || !CountedNounAfter(te))) {
    *rule = "identifier_part_words";
    return NumberKind::kIdentifier;
  }
  if (x.plain_int && IdentBefore(x.begin) && a.tb == x.begin) {
    *rule = "identifier_cue";
    return NumberKind::kIdentifier;
  }
  if (x.plain_int && IdentAfter(te)) {
    *rule = "identifier_name_after";
    return NumberKind::kIdentifier;
  }
  bool glued_range = b && conn == Conn::kDash && c_.Glued(a.te) && c_.Glued(a.te + 1);
  if (x.plain_int && a.tb == x.begin && (!b || glued_range) && NameBefore(x.begin) &&
      !CountedNounAfter(te)) {
    *rule = "identifier_name_before";
    return NumberKind::kIdentifier;
  }
  // "BBC One", "the Kick Six": a capitalised number word right after a
  // capitalised word, inside a sentence, names something.
  if (x.words && !b && a.tb == x.begin && x.begin > 0 && c_.at(x.begin).cap &&
      !c_.SentenceStart(x.begin) && c_.IsWord(x.begin - 1) && c_.at(x.begin - 1).cap &&
      c_.at(x.begin).gap != Gap::kLineBreak && c_.Num(x.begin - 1) == NumWord::kNone &&
      !(c_.Roles(x.begin - 1) & (kMonth | kNotName | kYearBefore | kAgeBefore)) &&
      !CountedNounAfter(te)) {
    *rule = "identifier_name_words";
    return NumberKind::kIdentifier;
  }
  // "the 2003 Golden Lion award": a year before a name stays a year.
  if (x.plain_int && !b && !YearLike(x) && NameAfter(te)) {
    *rule = "identifier_name_after";
    return NumberKind::kIdentifier;
  }
  bool far_year = x.plain_int && x.int_digits == 4 && x.value > 2100 && x.value <= 2200 &&
                  YearCueBefore(a.tb) && !CountedNounAfter(te);
  if (far_year && !b) {
    *rule = "year_4digit";
    return NumberKind::kYear;
  }
  if (YearLike(x) && (!b || YearLike(b->num) || (b->num.plain_int && b->num.int_digits == 2))) {
    Qualifier q;
    bool qualified = QualifierBefore(a.tb, &q) != kNoPos;
    bool cue = YearCueBefore(a.tb) || (a.tb > 0 && c_.WordIs(a.tb - 1, "the") && x.value >= 1900 &&
                                       !(c_.Roles(te) & kPersonNoun));
    bool early = x.value < 1800;
    // "an average of 1500.", "a total of 2000,": an amount, not a year ("its
    // estimate of 2005 oil demand" is a year before a noun).
    bool amount_of = a.tb >= 2 && c_.WordIs(a.tb - 1, "of") && (c_.Roles(a.tb - 2) & kAmountOf) &&
                     !c_.IsWord(te);
    if (!qualified && !amount_of &&
        (MonthBefore(x.begin) || (!CountedNounAfter(te) && (cue || !early)))) {
      *rule = "year_4digit";
      return NumberKind::kYear;
    }
    if (!early && !b && a.tb == x.begin && YearWhateverAround(a.tb, te)) {
      *rule = "year_4digit";
      return NumberKind::kYear;
    }
  }
  if (b) return NumberKind::kRange;
  return NumberKind::kCardinal;
}

}  // namespace dossier::numbers
