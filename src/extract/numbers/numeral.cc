// Reads one numeral at a token: digit literals ("1,275", "2.5", "1 275",
// "2.3bn", "34rd") and number-word phrases ("two hundred and six",
// "thirty-four", "a dozen", "two-thirds", "five and a half million"), with a
// table-driven state machine over the lexicon's word kinds. It never looks
// back more than one token and never re-reads a token, so it is linear. It
// does not decide what the number counts (recognizer.cc does).
#include <cmath>

#include "extract/numbers/ascii.h"
#include "extract/numbers/literal.h"
#include "extract/numbers/scan.h"

namespace dossier::numbers {
namespace {

enum class Last { kNothing, kDigit, kUnit, kTens, kHundred, kBig, kFrac, kDone };

const ScaleForm* MatchScaleSuffix(const Ctx& c, size_t j) {
  std::string_view w = c.Text(j);
  for (const ScaleForm& f : c.lex->scales())
    if (f.suffix && w == f.form) return &f;
  for (const ScaleForm& f : c.lex->scales())
    if (f.suffix && !f.case_sensitive && SameLower(w, f.form)) return &f;
  return nullptr;
}

bool IsSingularFraction(const Ctx& c, size_t j) {
  if (c.Num(j) != NumWord::kFraction) return false;
  std::string_view w = c.Text(j);
  return !w.empty() && (w.back() | 0x20) != 's';
}

// A plural fraction word that is an ordinal form ("fifths", "hundredths"),
// not "halves" or "quarters".
bool OrdinalForm(std::string_view w) {
  return w.size() > 4 && (w[0] | 0x20) != 'h' && (w[0] | 0x20) != 'q';
}

// A denominator written as a compound ordinal after a numerator: "twenty-
// fifth", "twenty fifths", "twenty-firsts", "one hundred fifth". Reads the
// tokens from k; sets *den, *plural and *end. Only compounds (a tens word or
// "N hundred" before the ordinal) count: "two fifths" is read in the loop.
bool ReadDenominator(const Ctx& c, size_t k, double* den, bool* plural, size_t* end) {
  double d = 0;
  if (c.Num(k) == NumWord::kUnit && c.WordIs(k + 1, "hundred") && c.at(k + 1).gap != Gap::kNone) {
    d = c.Info(k)->num_value * 100;
    k += 2;
  }
  bool tens = false;
  if (c.Num(k) == NumWord::kTens) {
    d += c.Info(k)->num_value;
    tens = true;
    ++k;
    if (c.IsDash(k) && c.Glued(k) && c.Glued(k + 1)) ++k;
  }
  if (d == 0 || k >= c.size() || !c.IsWord(k) || c.at(k).gap == Gap::kLineBreak) return false;
  NumWord nw = c.Num(k);
  std::string_view w = c.Text(k);
  double v = 0;
  if (nw == NumWord::kOrdinal) {
    v = c.Info(k)->num_value;
    *plural = false;
  } else if (nw == NumWord::kFraction && !IsSingularFraction(c, k) && OrdinalForm(w)) {
    v = c.Info(k)->num_value;
    *plural = true;
  } else if (tens && (SameLower(w, "firsts") || (SameLower(w, "seconds") && c.Glued(k)))) {
    v = w.size() == 6 ? 1 : 2;
    *plural = true;
  } else {
    return false;
  }
  if (tens && v >= 10) return false;
  *den = d + v;
  *end = k + 1;
  return true;
}

// The parser's running state: total holds completed scale groups, cur the
// group being built.
struct State {
  double total = 0, cur = 0, big_last = 0;
  Last last = Last::kNothing;
  int atoms = 0;
  bool a_one = false;  // the numeral so far is "a", "an" or "one"
  bool words = false;
  bool ordinal = false, fraction = false;
  // The first literal, for exact scaling ("2.3 billion").
  double mant = 0;
  int dec = 0;
  bool single_literal = false;
  double tens = 0;      // the value of the last tens word read ("thirty")
  size_t tens_tok = 0;  // its token
  double hundreds = 0;  // the group's value right after its "hundred" word
};

bool ApplyBig(State* s, double v, Numeral* n) {
  if (s->cur == 0 && s->total == 0) return false;
  if (s->single_literal && s->atoms == 1 && s->total == 0) {
    n->raw = s->cur;
    s->total = Compose(s->mant, s->dec, v);
  } else if (s->big_last != 0 && v >= s->big_last) {
    s->total = (s->total + s->cur) * v;
  } else {
    if (s->total == 0) n->raw = s->cur;
    s->total += s->cur * v;
  }
  s->cur = 0;
  s->hundreds = 0;
  s->big_last = v;
  s->last = Last::kBig;
  n->scale *= v;
  s->fraction = false;
  ++s->atoms;
  return true;
}

// "a third of", "one fifth": a fraction when what follows is not a noun the
// ordinal would modify ("a third term"). After an ordinal form a few
// prepositions may follow ("cut by a third for", "a third as many"); after
// "half" or "quarter", which are never ordinals, a conjunction may too
// ("above one quarter and below a half"), not "a third and final".
bool FractionFollows(const Ctx& c, size_t k, bool ordinal_form = true) {
  if (c.IsDash(k) && c.Glued(k)) return false;  // "a third-party review"
  if (k >= c.size() || !c.IsWord(k)) return true;
  static constexpr std::string_view kPrepositions[] = {"of",   "by",  "for", "from",
                                                       "than", "per", "as"};
  static constexpr std::string_view kConjunctions[] = {"and", "or", "but"};
  for (std::string_view w : kPrepositions)
    if (c.WordIs(k, w)) return true;
  if (!ordinal_form) {
    for (std::string_view w : kConjunctions)
      if (c.WordIs(k, w)) return true;
  }
  NumWord nw = c.Num(k);
  if (nw == NumWord::kScale) return true;
  if (c.Roles(k) & kScaleWord) return true;
  return c.at(k).cap;
}

// Glued suffixes right after the first literal. Returns true when the
// numeral ends here.
bool ReadGluedSuffix(const Ctx& c, size_t* j, const Literal& l, State* s, Numeral* n) {
  // "1.1^23", "2.5^-1": a power written with a caret.
  if (c.IsSym(*j, '^') && c.Glued(*j)) {
    size_t k = *j + 1;
    int sign = 1;
    while ((c.IsSym(k, '-') || c.IsSym(k, '+')) && c.Glued(k)) {
      if (c.IsSym(k, '-')) sign = -sign;
      ++k;
    }
    if (c.IsDigits(k) && c.Glued(k) && c.Text(k).size() <= 3) {
      double e = 0;
      AddDigits(c.Text(k), &e);
      s->cur = std::pow(s->cur, sign * e);
      *j = k + 1;
      return true;
    }
  }
  // "1.99x10^-30" (also with U+00D7 and U+2212): times ten to a power.
  bool times = (c.IsSym(*j, 0xD7) || (c.IsWord(*j) && c.Text(*j) == "x")) && c.Glued(*j);
  if (times && c.IsDigits(*j + 1) && c.Glued(*j + 1) && c.Text(*j + 1) == "10") {
    size_t k = *j + 2;
    if (c.IsSym(k, '^') && c.Glued(k)) ++k;
    int sign = 1;
    while ((c.IsSym(k, '-') || c.IsSym(k, 0x2212) || c.IsSym(k, '+')) && c.Glued(k)) {
      if (!c.IsSym(k, '+')) sign = -sign;
      ++k;
    }
    if (c.IsDigits(k) && c.Glued(k) && c.Text(k).size() <= 3) {
      double e = 0;
      AddDigits(c.Text(k), &e);
      s->cur *= std::pow(10.0, sign * e);
      *j = k + 1;
      return true;
    }
  }
  if (!c.IsWord(*j) || !c.Glued(*j)) return false;
  std::string_view w = c.Text(*j);
  if (IsOrdinalSuffix(w) && l.dec == 0 && !l.sep) {
    s->ordinal = true;
    ++*j;
    return true;
  }
  if ((w == "s" || w == "S") && l.dec == 0 && (l.int_digits == 4 || l.int_digits == 2) &&
      static_cast<int64_t>(l.mant) % 10 == 0) {
    n->decade = true;
    ++*j;
    return true;
  }
  if (const ScaleForm* f = MatchScaleSuffix(c, *j)) {
    n->raw = s->cur;
    s->cur = Compose(l.mant, l.dec, f->value);
    n->scale = f->value;
    // "1.2m tons" is millions in news text; "30m tall" and "100m sprint" are
    // metres, and so is a bare "m" the lexicon marks money-only otherwise.
    bool length = (c.Roles(*j + 1) & kLengthAfter) != 0;
    n->scale_money_only = f->money_only && (length || !(w == "m" && c.IsWord(*j + 1)));
    ++*j;
    return true;
  }
  if ((w == "e" || w == "E") && l.sep == false) {
    size_t k = *j + 1;
    bool neg = false;
    if ((c.IsSym(k, '-') || c.IsSym(k, '+')) && c.Glued(k)) {
      neg = c.IsSym(k, '-');
      ++k;
    }
    if (c.IsDigits(k) && c.Glued(k) && c.Text(k).size() <= 3) {
      double e = 0;
      AddDigits(c.Text(k), &e);
      s->cur *= std::pow(10.0, neg ? -e : e);
      *j = k + 1;
      return true;
    }
  }
  uint32_t roles = c.Roles(*j);
  if (roles & (kUnitSuffix | kTimeAfter)) return true;
  if (c.Num(*j) != NumWord::kNone) return true;
  bool caps = w.size() <= 3;
  for (char ch : w) caps = caps && ch >= 'A' && ch <= 'Z';
  // "49ers", "76ers": an agent-noun ending glued to whole digits names a team
  // or group, not a count (other lower-case letters may be units: "640bhp").
  bool team = w == "ers" && l.dec == 0 && !l.sep;
  if (caps || team) n->glued_unknown = true;  // "3D", "4G", "9AB", "49ers"
  return true;
}

// "about 8 B people": a capital B set apart from up to three digits, before
// a counted noun, is billions ("Plan 8 B", "Section 4 B of" stay as read).
bool ReadSpacedBillion(const Ctx& c, size_t* j, const Literal& l, State* s, Numeral* n) {
  size_t k = *j, w = *j + 1;
  if (!c.IsWord(k) || c.Text(k) != "B" || c.at(k).gap != Gap::kOneSpace || l.int_digits > 3 ||
      l.sep)
    return false;
  if (!c.IsWord(w) || c.at(w).cap || c.at(w).gap != Gap::kOneSpace) return false;
  std::string_view t = c.Text(w);
  bool plural = t.size() >= 3 && t.back() == 's' && t[t.size() - 2] != 's';
  if (!plural && !(c.Roles(w) & kPersonNoun)) return false;
  n->raw = s->cur;
  s->cur = Compose(l.mant, l.dec, 1e9);
  n->scale = 1e9;
  *j = w;
  return true;
}

// "2\u00bd", "2 1/2": the fraction part of a mixed number after an integer.
bool ReadFractionPart(const Ctx& c, size_t* j, State* s) {
  size_t k = *j;
  if (k < c.size() && c.at(k).kind == TokKind::kSym && c.Glued(k)) {
    double f = VulgarFraction(c.at(k).cp);
    if (f == 0) return false;
    s->cur += f;
    *j = k + 1;
    return true;
  }
  if (!c.IsDigits(k) || (c.at(k).gap != Gap::kOneSpace && c.at(k).gap != Gap::kSpaces) ||
      !c.IsSym(k + 1, '/') || !c.IsDigits(k + 2) || c.Text(k).size() > 2 ||
      c.Text(k + 2).size() > 3)
    return false;
  // "2 1/2", or "7 3 / 4" in text tokenized with a space around each mark.
  bool glued = c.Glued(k + 1) && c.Glued(k + 2) && !(c.IsSym(k + 3, '/') && c.Glued(k + 3));
  bool spaced = c.at(k + 1).gap == Gap::kOneSpace && c.at(k + 2).gap == Gap::kOneSpace &&
                !c.IsSym(k + 3, '/');
  if (!glued && !spaced) return false;
  double num = 0, den = 0;
  AddDigits(c.Text(k), &num);
  AddDigits(c.Text(k + 2), &den);
  if (num >= den || !UsualDenominator(den)) return false;
  s->cur += num / den;
  *j = k + 3;
  return true;
}

bool ReadPoint(const Ctx& c, size_t* j, State* s) {
  size_t k = *j + 1;
  double frac = 0, div = 1;
  while (c.Num(k) == NumWord::kUnit && c.Info(k)->num_value < 10) {
    frac = frac * 10 + c.Info(k)->num_value;
    div *= 10;
    ++k;
  }
  if (k == *j + 1) {
    NumWord nw = c.Num(k);
    if (nw != NumWord::kTens && nw != NumWord::kUnit) return false;
    double v = c.Info(k)->num_value;
    ++k;
    if (nw == NumWord::kTens) {
      size_t u = c.IsDash(k) ? k + 1 : k;
      if (c.Num(u) == NumWord::kUnit && c.Info(u)->num_value < 10) {
        v += c.Info(u)->num_value;
        k = u + 1;
      }
    }
    frac = v;
    div = v < 10 ? 10 : 100;
  }
  s->cur += frac / div;
  s->last = Last::kDone;
  *j = k;
  return true;
}

// One word atom. Returns false when the word ends the numeral.
bool ReadWord(const Ctx& c, size_t* j, State* s, Numeral* n) {
  const WordInfo* info = c.Info(*j);
  NumWord kind = info ? info->num : NumWord::kNone;
  double v = info ? info->num_value : 0;
  bool glued_hyphen = *j > 0 && c.IsDash(*j - 1) && c.Glued(*j);
  switch (kind) {
    case NumWord::kUnit:
      if (s->atoms == 0 || ((s->last == Last::kHundred || s->last == Last::kBig)) ||
          (s->last == Last::kTens && v < 10 && v > 0)) {
        if (s->atoms == 0 && v == 1) s->a_one = true;
        s->cur += v;
        s->last = Last::kUnit;
        break;
      }
      return false;
    case NumWord::kTens:
      if (s->atoms == 0 || s->last == Last::kHundred || s->last == Last::kBig) {
        s->cur += v;
        s->tens = v;
        s->tens_tok = *j;
        s->last = Last::kTens;
        break;
      }
      return false;
    case NumWord::kScale:
      // "hundred thousand dollars": a bare "hundred" before a bigger scale.
      if (s->atoms == 0 && v == 100 && c.Num(*j + 1) == NumWord::kScale &&
          c.Info(*j + 1)->num_value >= 1000 && c.at(*j + 1).gap != Gap::kLineBreak) {
        s->cur = 100;
        s->last = Last::kHundred;
        break;
      }
      if (s->atoms == 0) return false;
      if (v == 100) {
        if (s->cur == 0 || s->last == Last::kHundred || s->last == Last::kFrac) return false;
        if (s->single_literal && s->atoms == 1) n->raw = s->cur;
        s->cur *= 100;
        s->hundreds = s->cur;
        s->last = Last::kHundred;
        n->scale *= 100;
        break;
      }
      if (!ApplyBig(s, v, n)) return false;
      s->words = true;
      ++*j;
      return true;
    case NumWord::kDozen:
      if (s->atoms == 0 || s->last == Last::kBig) return false;
      // "three hundred and two dozen": the dozen counts the words after the
      // hundred (300 + 2 x 12); "three hundred dozen" counts all of them.
      if (s->hundreds > 0 && s->cur > s->hundreds && s->last != Last::kHundred) {
        s->cur = s->hundreds + (s->cur - s->hundreds) * 12;
      } else {
        s->cur *= 12;
      }
      s->fraction = false;
      s->last = Last::kDone;
      break;
    case NumWord::kOrdinal:
      if (s->a_one && s->atoms == 1 && v >= 3 && (glued_hyphen || FractionFollows(c, *j + 1))) {
        s->cur = 1 / v;  // "one-eighth", "one eighth of"
        s->fraction = true;
      } else if (s->atoms == 0 || s->last == Last::kHundred || s->last == Last::kBig ||
                 (s->last == Last::kTens && v < 10)) {
        s->cur += v;
        s->ordinal = true;
      } else {
        return false;
      }
      s->last = Last::kDone;
      break;
    case NumWord::kOrdinalScale:
      if (s->a_one && s->atoms == 1) {
        s->cur = 1 / v;
        s->fraction = true;
      } else if (s->atoms == 0) {
        s->cur = v;
        s->ordinal = true;
      } else {
        s->cur = (s->cur == 0 ? 1 : s->cur) * v;
        s->ordinal = true;
      }
      s->last = Last::kDone;
      break;
    case NumWord::kFraction: {
      bool singular = IsSingularFraction(c, *j);
      bool bare_half = s->atoms == 0 && (v == 2 || c.Num(*j + 1) == NumWord::kScale);
      if (singular &&
          (bare_half || (s->a_one && s->atoms == 1 && FractionFollows(c, *j + 1, false)))) {
        s->cur = 1 / v;
      } else if (!singular && s->atoms > 0 && s->last != Last::kFrac) {
        double num = s->total + s->cur, den = v;
        // "one hundred thirty-fifths": the tens word and the ordinal make the
        // denominator (35ths) when a numerator stands before them.
        if (s->last == Last::kTens && v < 10 && OrdinalForm(c.Text(*j)) && num > s->tens &&
            !c.WordIs(s->tens_tok - 1, "and")) {
          num -= s->tens;
          den += s->tens;
        }
        s->cur = num / den;
        s->total = 0;
      } else {
        return false;
      }
      s->fraction = true;
      s->last = Last::kFrac;
      ++s->atoms;
      s->words = true;
      ++*j;
      // "half a million", "half a dozen", "two thirds of a million"
      if (c.WordIs(*j, "a") &&
          (c.Num(*j + 1) == NumWord::kScale || c.Num(*j + 1) == NumWord::kDozen)) {
        ++*j;
      } else if (c.WordIs(*j, "of") && c.WordIs(*j + 1, "a") && c.Num(*j + 2) == NumWord::kScale &&
                 c.Info(*j + 2)->num_value >= 1000) {
        *j += 2;
      }
      return true;
    }
    case NumWord::kNone:
      if (s->atoms > 0 && info && (info->roles & kScaleWord)) {
        if (!ApplyBig(s, info->scale, n)) return false;
        ++*j;
        return true;
      }
      return false;
  }
  ++s->atoms;
  s->words = true;
  ++*j;
  return true;
}

enum class Step { kGo, kStop };

// "minus 5", "negative one", "-4", "+3": returns whether the numeral is
// negative and moves *j past the sign.
bool ReadSign(const Ctx& c, size_t* j) {
  if (c.WordIs(*j, "minus") || c.WordIs(*j, "negative")) {
    size_t k = *j + 1;
    if (c.IsDash(k) && c.Glued(k)) ++k;  // "minus-5 yards"
    if (c.IsDigits(k) || c.Num(k) == NumWord::kUnit || c.Num(k) == NumWord::kTens) {
      *j = k;
      return true;
    }
  }
  size_t k = *j;
  bool sign = (c.IsSym(k, '-') || c.IsSym(k, 0x2212) || c.IsSym(k, '+')) && c.IsDigits(k + 1) &&
              c.Glued(k + 1) && !(k > 0 && c.Glued(k) && (c.IsDigits(k - 1) || c.IsWord(k - 1)));
  if (!sign) return false;
  ++*j;
  return !c.IsSym(k, '+');
}

// ".08", ".500 record": a decimal with no integer part.
bool ReadBareDecimal(const Ctx& c, size_t j, bool neg, Numeral* n) {
  if (!(c.IsSym(j, '.') && c.IsDigits(j + 1) && c.Glued(j + 1) && c.Text(j + 1).size() <= 20 &&
        !(j > 0 && c.Glued(j) && (c.IsDigits(j - 1) || c.IsWord(j - 1))) &&
        !(c.IsSym(j + 2, '.') && c.Glued(j + 2))))
    return false;
  double mant = 0;
  AddDigits(c.Text(j + 1), &mant);
  n->value = Compose(mant, static_cast<int>(c.Text(j + 1).size()), 1) * (neg ? -1 : 1);
  n->raw = n->value;
  n->end = j + 2;
  n->has_decimal = true;
  n->negative = neg;
  n->rule = "digits";
  return true;
}

// "a hundred", "a dozen", "a third of": "a" or "an" as the number one.
// Returns false when the article starts no numeral.
bool ReadArticle(const Ctx& c, size_t* j, State* s) {
  if (!((c.WordIs(*j, "a") || c.WordIs(*j, "an")) && c.IsWord(*j + 1))) return true;
  NumWord nw = c.Num(*j + 1);
  double v = nw == NumWord::kNone ? 0 : c.Info(*j + 1)->num_value;
  bool ok = (nw == NumWord::kScale) || nw == NumWord::kDozen || nw == NumWord::kOrdinalScale ||
            (nw == NumWord::kFraction && IsSingularFraction(c, *j + 1) &&
             FractionFollows(c, *j + 2, false)) ||
            (nw == NumWord::kOrdinal && v >= 3 && FractionFollows(c, *j + 2));
  double den = 0;
  bool plural = false;
  size_t end = 0;
  if (!ok && nw == NumWord::kTens && ReadDenominator(c, *j + 1, &den, &plural, &end) && !plural &&
      FractionFollows(c, end))
    ok = true;  // "a twenty-fifth"
  if (!ok) return false;
  s->cur = 1;
  s->a_one = true;
  s->atoms = 1;
  s->last = Last::kUnit;
  s->words = true;
  ++*j;
  return true;
}

// A digit run: the first literal with what is glued to it, or digits after
// a scale word ("4 thousand 3 hundred and 21").
Step ReadDigitAtom(const Ctx& c, size_t* j, State* s, Numeral* n) {
  const Token& t = c.at(*j);
  if (t.end - t.start > kMaxDigits) return Step::kStop;
  if (s->atoms == 0) {
    Literal l = ReadLiteral(c, *j);
    s->cur = Compose(l.mant, l.dec, 1);
    s->mant = l.mant;
    s->dec = l.dec;
    s->single_literal = true;
    s->atoms = 1;
    s->last = Last::kDigit;
    n->has_sep = l.sep;
    n->has_decimal = l.dec > 0;
    n->int_digits = l.int_digits;
    *j = l.end;
    if (l.dec == 0 && !l.sep && ReadFractionPart(c, j, s)) {
      n->fraction = false;
      return Step::kStop;
    }
    if (ReadGluedSuffix(c, j, l, s, n)) return Step::kStop;
    return ReadSpacedBillion(c, j, l, s, n) ? Step::kStop : Step::kGo;
  }
  bool after_scale = s->last == Last::kHundred || s->last == Last::kBig;
  bool digit_start = s->mant != 0 && s->dec == 0;
  bool free = !(c.Glued(*j + 1) && (c.IsWord(*j + 1) || c.IsDash(*j + 1) || c.IsSym(*j + 1, '.')));
  if (!(after_scale && digit_start && free && t.gap != Gap::kNone && t.end - t.start <= 3))
    return Step::kStop;
  Literal l = ReadLiteral(c, *j);
  double v = Compose(l.mant, l.dec, 1);
  double limit = s->last == Last::kHundred ? 100 : s->big_last;
  if (v >= limit || l.dec != 0) return Step::kStop;
  s->cur += v;
  s->last = Last::kDigit;
  ++s->atoms;
  s->single_literal = false;
  *j = l.end;
  return Step::kGo;
}

// The numerator after "and" at k: "and three fifths", "and fifty-four
// hundredths"; 0 when none. Sets *fr to the token after it.
double AndNumerator(const Ctx& c, size_t k, size_t* fr) {
  NumWord n1 = c.Num(k + 1);
  *fr = k + 2;
  if (n1 != NumWord::kUnit && n1 != NumWord::kTens) return 0;
  double num = c.Info(k + 1)->num_value;
  if (n1 == NumWord::kTens) {
    size_t u = c.IsDash(*fr) && c.Glued(*fr) && c.Glued(*fr + 1) ? *fr + 1 : *fr;
    if (c.Num(u) == NumWord::kUnit && c.Info(u)->num_value < 10 &&
        c.Num(u + 1) == NumWord::kFraction) {
      num += c.Info(u)->num_value;
      *fr = u + 1;
    }
  }
  return num;
}

// "and" inside a numeral: "two hundred and six", "one and a half", "five
// billion and three quarters".
Step ReadAnd(const Ctx& c, size_t* j, State* s) {
  size_t k = *j;
  bool ord_frac = c.Num(k + 2) == NumWord::kOrdinal && c.Info(k + 2)->num_value >= 3;
  size_t fr = k + 2;
  double num = AndNumerator(c, k, &fr);
  // A mixed number's fraction is proper: "and thirty-two fifths" is no part
  // of "one hundred and thirty-two fifths" (132/5).
  bool counted = num > 0 && c.Num(fr) == NumWord::kFraction && !IsSingularFraction(c, fr) &&
                 num < c.Info(fr)->num_value;
  if (((c.WordIs(k + 1, "a") || c.WordIs(k + 1, "one")) &&
       (IsSingularFraction(c, k + 2) || ord_frac)) ||
      counted) {
    if (!counted) fr = k + 2;
    double f = (counted ? num : 1) / c.Info(fr)->num_value;
    k = fr + 1;
    if (s->last == Last::kBig && c.Num(k) == NumWord::kScale && c.Info(k)->num_value >= 1000) {
      s->total += f * c.Info(k)->num_value;  // "one billion and a half million"
      ++k;
    } else if (s->last == Last::kBig) {
      s->total += f * s->big_last;
    } else {
      s->cur += f;
    }
    s->single_literal = false;
    ++s->atoms;
    s->last = Last::kFrac;
    *j = k;
    return Step::kGo;
  }
  bool after_scale = s->last == Last::kHundred || s->last == Last::kBig;
  NumWord nw = c.Num(k + 1);
  // "4 thousand and 0 more": a zero is never the last part of a compound.
  bool small_digits = c.IsDigits(k + 1) && c.Text(k + 1).size() <= 3 && c.Text(k + 1) != "0" &&
                      !(c.IsSym(k + 2, '.') && c.Glued(k + 2)) &&
                      !(c.IsSym(k + 2, ',') && c.Glued(k + 2)) && c.Num(k + 2) != NumWord::kScale;
  if (after_scale && (nw == NumWord::kUnit || nw == NumWord::kTens || small_digits)) {
    ++*j;
    return Step::kGo;
  }
  return Step::kStop;
}

Step ReadWordAtom(const Ctx& c, size_t* j, State* s, Numeral* n) {
  if (c.WordIs(*j, "and") && s->atoms > 0) return ReadAnd(c, j, s);
  if (c.WordIs(*j, "point") && s->words && s->atoms > 0 && s->last != Last::kFrac) {
    size_t k = *j;
    if (ReadPoint(c, &k, s)) *j = k;
    return Step::kStop;
  }
  size_t before = *j;
  if (!ReadWord(c, j, s, n)) return Step::kStop;
  if (c.Num(before) != NumWord::kScale && !(c.Roles(before) & kScaleWord))
    s->single_literal = false;
  return Step::kGo;
}

// "thirty-four", "two-thirds", "fifty - two"
Step ReadDashAtom(const Ctx& c, size_t* j, State* s, Numeral* n) {
  if (!c.IsDash(*j) || !s->words) return Step::kStop;
  NumWord nw = c.Num(*j + 1);
  // "five hundred-fifths": a plural fraction glued to a scale word.
  bool hundredths = s->last == Last::kHundred && nw == NumWord::kFraction && c.Glued(*j) &&
                    c.Glued(*j + 1) && !IsSingularFraction(c, *j + 1);
  if (!(c.IsDash(*j) && (s->last == Last::kTens || s->last == Last::kUnit || hundredths) &&
        s->words))
    return Step::kStop;
  double v = nw == NumWord::kNone ? 0 : c.Info(*j + 1)->num_value;
  bool tens_unit = s->last == Last::kTens && (nw == NumWord::kUnit || nw == NumWord::kOrdinal) &&
                   v > 0 && v < 10;
  bool frac =
      nw == NumWord::kFraction || (s->a_one && nw == NumWord::kOrdinal && v >= 3) || hundredths;
  if (!tens_unit && !frac) return Step::kStop;
  State saved = *s;
  size_t k = *j + 1;
  if (ReadWord(c, &k, s, n)) {
    *j = k;
    return Step::kGo;
  }
  *s = saved;
  return Step::kStop;
}

// "one twenty-fifth", "three twenty-firsts", "twenty twenty fifths": a
// numeral in words, then a compound ordinal as its denominator (plural, or
// singular after "one" or "a").
void ReadCompoundDenominator(const Ctx& c, size_t* j, State* s) {
  if (!s->words || s->fraction || s->ordinal || s->mant != 0 || s->single_literal) return;
  if (s->last != Last::kUnit && s->last != Last::kTens && s->last != Last::kHundred) return;
  if (*j >= c.size() || c.at(*j).gap == Gap::kNone || c.at(*j).gap == Gap::kLineBreak) return;
  double den = 0;
  bool plural = false;
  size_t end = 0;
  if (!ReadDenominator(c, *j, &den, &plural, &end)) return;
  if (!plural && !(s->a_one && s->atoms == 1 && FractionFollows(c, end))) return;
  s->cur = (s->total + s->cur) / den;
  s->total = 0;
  s->fraction = true;
  s->last = Last::kFrac;
  *j = end;
}

void Finish(const State& s, size_t end, bool neg, Numeral* n) {
  n->end = end;
  n->value = s.total + s.cur;
  if (n->raw == 0) n->raw = n->value;
  if (neg) {
    n->value = -n->value;
    n->raw = -n->raw;
  }
  n->negative = neg;
  n->ordinal = s.ordinal;
  n->fraction = s.fraction && n->scale == 1;
  n->words = s.words;
  n->scale_word = n->scale != 1 && !n->scale_money_only;
  n->plain_int = s.single_literal && s.atoms == 1 && !n->has_sep && !n->has_decimal && !neg &&
                 n->scale == 1 && !n->ordinal;
  n->rule = n->ordinal      ? (s.words ? "ordinal_words" : "ordinal_digits")
            : n->fraction   ? "fraction_words"
            : s.words       ? (s.mant != 0 || s.single_literal ? "digits_scale" : "number_words")
            : n->scale != 1 ? "digits_scale"
                            : "digits";
}

}  // namespace

bool ParseNumeral(const Ctx& c, size_t i, Numeral* out) {
  Numeral n;
  n.begin = i;
  size_t j = i;
  bool neg = ReadSign(c, &j);
  if (ReadBareDecimal(c, j, neg, &n)) {
    *out = n;
    return true;
  }
  State s;
  if (!ReadArticle(c, &j, &s)) return false;
  while (j < c.size() && s.last != Last::kDone) {
    TokKind kind = c.at(j).kind;
    Step step = kind == TokKind::kDigits ? ReadDigitAtom(c, &j, &s, &n)
                : kind == TokKind::kWord ? ReadWordAtom(c, &j, &s, &n)
                                         : ReadDashAtom(c, &j, &s, &n);
    if (step == Step::kStop) break;
  }
  if (s.atoms == 0) return false;
  ReadCompoundDenominator(c, &j, &s);
  Finish(s, j, neg, &n);
  *out = n;
  return true;
}

}  // namespace dossier::numbers
