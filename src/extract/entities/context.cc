// Context tests shared by the entity rules: word shapes (demonyms, place
// endings, common endings, team or firm shapes) and the words around a
// capitalised run (scores, fixtures, sports and business words,
// parentheses). Pure functions over a document's tokens; no rule decides
// a type here.
#include <string_view>

#include "extract/entities/recognizer.h"

namespace dossier::entities {

// A small plain number on the same line: a score ("Arsenal 2").
bool ScoreAt(const DocState& d, uint32_t i) {
  const Tok& t = d.toks[i];
  if ((t.shape & kLineStart) || d.sentence_start[i] || t.end - t.start > 3) return false;
  if (!IsDigits(WordAt(d, i))) return false;
  // "78,056": a number with thousands, not a score.
  if (i + 2 < d.toks.size() && d.text.size() > t.end + 1 && d.text[t.end] == ',' &&
      d.text[t.end + 1] >= '0' && d.text[t.end + 1] <= '9')
    return false;
  // A row of decimals ("Wheat 121 130 121.3") is a price table, not scores.
  for (uint32_t q = i + 1; q < d.toks.size() && q < i + 5; ++q) {
    const Tok& n = d.toks[q];
    if (n.shape & kLineStart) break;
    if ((n.shape & kDigit) &&
        d.text.substr(n.start, n.end - n.start).find('.') != std::string_view::npos)
      return false;
  }
  return true;
}

// An unknown single word that reads as a team or firm: a plural
// ("Barbarians"), inner capitals ("USAir", not "McKay"), or after "against",
// "beat", "for", "at".
bool OrgShape(const DocState& d, uint32_t i) {
  std::string_view w = WordAt(d, i);
  if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
      w[w.size() - 2] != 'i')
    return true;
  bool mc = w.substr(0, 2) == "Mc" || w.substr(0, 3) == "Mac" || w.find('\'') != w.npos;
  for (size_t k = 1; k < w.size() && !mc; ++k) {
    if (w[k] >= 'A' && w[k] <= 'Z' && w[k - 1] >= 'a' && w[k - 1] <= 'z') return true;
  }
  if (i == 0 || d.sentence_start[i]) return false;
  std::string_view p = WordAt(d, i - 1);
  return p == "against" || p == "beat" || p == "for" || p == "at" || p == "with";
}

// "south of X", "northwest of X".
bool Compass(std::string_view w) {
  static constexpr std::string_view kWords[] = {"north",     "south",     "east",      "west",
                                                "northeast", "northwest", "southeast", "southwest",
                                                "outskirts", "suburbs",   "centre",    "center"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// Words around a city name that make it a team: "against Parma", "Parma
// beat ...", "the Parma coach".
bool SportsContext(const DocState& d, uint32_t a, uint32_t b) {
  if (Fixture(d, a, b)) return true;
  const std::vector<Tok>& t = d.toks;
  if (a > 0 && !d.sentence_start[a] && (t[a - 1].shape & kLowerStart)) {
    if (Lex(d, t[a - 1]) & kSportBefore) return true;
    // "a win over Tarvo", "drew with Tarvo", "the defeat to Tarvo" (not
    // "beaten by Anna").
    if (a > 1 && !d.sentence_start[a - 1] && (t[a - 2].shape & kLowerStart) &&
        !(Lex(d, t[a]) & kFirstName) && (Lex(d, t[a - 2]) & kSportResult) &&
        d.lexicons->SportLink(WordAt(d, a - 1)))
      return true;
  }
  if (b < t.size() && !d.sentence_start[b] && (t[b].shape & kLowerStart) &&
      (Lex(d, t[b]) & kSportAfter))
    return true;
  // "Tarvo's coach", "Tarvo's fans" (not "Anna's coach").
  return b + 1 < t.size() && (t[b].shape & kPossessive) && !d.sentence_start[b + 1] &&
         !(Lex(d, t[a]) & kFirstName) && (t[b + 1].shape & kLowerStart) &&
         (Lex(d, t[b + 1]) & kSportAfter);
}

// "Tarvo were beaten": a verb in the plural right after the name [a, b)
// that opens its sentence (not "Shops in Tarvo are shut", nor "Tarvo and
// Lorvik are cities").
bool PluralVerbAfter(const DocState& d, uint32_t a, uint32_t b) {
  return d.sentence_start[a] && b < d.toks.size() && !d.sentence_start[b] &&
         (d.toks[b].shape & kLowerStart) && (Lex(d, d.toks[b]) & kPluralVerb);
}

// Words after a name that make it a firm or other body: "Elf shares",
// "the Norilsk board", "Tervan spokesman".
bool BodyContext(const DocState& d, uint32_t a, uint32_t b) {
  static constexpr std::string_view kAfter[] = {
      "shares",       "stock",      "stake",      "merger",    "bid",          "profit",
      "profits",      "revenue",    "revenues",   "earnings",  "sales",        "plant",
      "refinery",     "subsidiary", "unit",       "spokesman", "spokeswoman",  "executives",
      "shareholders", "board",      "management", "employees", "workers",      "agency",
      "newspaper",    "daily",      "officials",  "chairman",  "headquarters", "brand"};
  static constexpr std::string_view kBefore[] = {"shares", "stake", "merger", "unit", "subsidiary"};
  if (b < d.toks.size() && !d.sentence_start[b]) {
    uint32_t k = b;
    if ((d.toks[k].shape & kPossessive) && k + 1 < d.toks.size()) ++k;
    std::string_view n = WordAt(d, k);
    for (std::string_view w : kAfter)
      if (n == w) return true;
  }
  if (a >= 2 && !d.sentence_start[a - 1]) {
    std::string_view p = WordAt(d, a - 2);
    std::string_view q = WordAt(d, a - 1);
    if (q == "in" || q == "of" || q == "with") {
      for (std::string_view w : kBefore)
        if (p == w) return true;
    }
  }
  return false;
}

// A word ending like a place name: "Yorkshire", "Kurdistan", "Hyderabad".
bool PlaceShape(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"shire", "stan",  "burg", "bourg", "grad",
                                               "ville", "polis", "abad", "pur"};
  for (std::string_view e : kEnds) {
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) return true;
  }
  return false;
}

// True when an opening parenthesis precedes token i on its line with no
// closing one between.
bool InParentheses(const DocState& d, uint32_t i) {
  for (uint32_t k = i; k-- > 0 && k + 24 > i;) {
    const Tok& t = d.toks[k];
    if (t.shape & kCloseParen) return false;
    if (t.shape & kOpenParen) return true;
    if ((t.shape & kLineStart) || d.sentence_start[k]) return false;
  }
  return false;
}

// "Rui Barros ( Porto )", "( Porto , Portugal )": the first name in
// parentheses right after a name is an affiliation.
bool Affiliation(const DocState& d, uint32_t a, uint32_t b) {
  if (a < 2 || !(d.toks[a - 1].shape & kOpenParen) || !(d.toks[a - 2].shape & kWord) ||
      !(d.toks[a - 2].shape & kCap) || b >= d.toks.size())
    return false;
  return (d.toks[b].shape & (kCloseParen | kComma)) != 0;
}

// "TORONTO AT BOSTON", "Toronto at Boston": a line of a fixture list that
// opens with the name [a, b), the visiting team, "at" and the home city
// (up to three words, then the line ends).
bool AwayAt(const DocState& d, uint32_t a, uint32_t b) {
  const std::vector<Tok>& t = d.toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  if (!(t[a].shape & kLineStart) || b + 1 >= n || (t[b].shape & kLineStart) ||
      !EqualsLower(WordAt(d, b), "at"))
    return false;
  uint32_t k = b + 1;
  while (k < n && k < b + 5 && !(t[k].shape & kLineStart) && (t[k].shape & kWord) &&
         (t[k].shape & (kCap | kAllCaps)))
    ++k;
  return k > b + 1 && (k >= n || (t[k].shape & kLineStart));
}

// "Parma v Lazio", "Lazio vs. Parma", "Parma ( 14 ) v Lazio": a fixture.
bool Fixture(const DocState& d, uint32_t a, uint32_t b) {
  auto versus = [&](uint32_t i) {
    std::string_view w = WordAt(d, i);
    return w == "v" || w == "vs" || w == "V" || w == "VS" || w == "v." || w == "vs.";
  };
  // "Parma ( 14 ) v Lazio": a league place in brackets before the "v".
  uint32_t n = static_cast<uint32_t>(d.toks.size());
  if (b + 3 < n && (d.toks[b].shape & kOpenParen) && IsDigits(WordAt(d, b + 1)) &&
      (d.toks[b + 2].shape & kCloseParen) && versus(b + 3))
    return true;
  return (b < n && versus(b)) || (a > 0 && versus(a - 1));
}

bool CommonShape(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"ing",  "ed",  "ly",  "tion", "sion", "ment",
                                               "ness", "ity", "ies", "ance", "ence", "ings",
                                               "al",   "ive", "ous", "ful",  "ary"};
  for (std::string_view e : kEnds) {
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) return true;
  }
  return false;
}

bool DemonymShape(std::string_view w) {
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && w.substr(w.size() - suf.size()) == suf;
  };
  return ends("ian") || ends("ean") || ends("ese") || ends("ish") || ends("ani");
}

bool IsSayVerb(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "added" || w == "stated" ||
         w == "wrote" || w == "urged" || w == "announced" || w == "declared";
}

bool IsDigits(std::string_view w) {
  for (char ch : w) {
    if (ch < '0' || ch > '9') return false;
  }
  return !w.empty();
}

// "1998": a year (four digits from 1000 to 2099).
bool Year(std::string_view w) {
  return w.size() == 4 && IsDigits(w) && (w[0] == '1' || (w[0] == '2' && w[1] == '0'));
}

// "Two", "II": the number of one in a series of named events.
bool SeriesNumber(std::string_view w) {
  return w == "One" || w == "Two" || w == "Three" || w == "I" || w == "II" || w == "III";
}

// "the Bundesbank said", "the Dow Jones.": names of people take no article.
// The name must be the head of its phrase: not "the Sterling group", "the
// Clinton administration", where the article belongs to the noun after it;
// after it come punctuation, a function word, a number or a past tense.
bool ArticleBefore(const DocState& d, uint32_t a, uint32_t b) {
  if (a == 0 || d.sentence_start[a] || !(d.toks[a - 1].shape & kWord) ||
      !EqualsLower(WordAt(d, a - 1), "the"))
    return false;
  if (b >= d.toks.size() || d.sentence_start[b]) return true;
  const Tok& n = d.toks[b];
  if (!(n.shape & kLowerStart)) return true;
  std::string_view w = WordAt(d, b);
  return (Lex(d, n) & kFunction) || IsSayVerb(w) ||
         (w.size() > 4 && w.substr(w.size() - 2) == "ed");
}

namespace {

// Just past up to three lower-case role words from token b.
uint32_t RoleWordsEnd(const DocState& d, uint32_t b) {
  const std::vector<Tok>& t = d.toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t k = b;
  while (k < n && k < b + 3 && !d.sentence_start[k] && (t[k].shape & kLowerStart) &&
         (Lex(d, t[k]) & (kRoleWord | kRoleModifier)))
    ++k;
  return k;
}

}  // namespace

// "Gorvex spokesman Ian Holt", "Tarvo chief executive Ana Lind": an
// unknown name right before a lower-case role word and a person's name is
// the body the person speaks for (a surname named in full elsewhere in the
// document is turned back into a person by the document pass).
bool BodyRoleAfter(const DocState& d, uint32_t b) {
  uint32_t k = RoleWordsEnd(d, b);
  return k > b && (Lex(d, d.toks[k - 1]) & kBodyRole);
}

bool OrgBeforeRole(const DocState& d, uint32_t b) {
  const std::vector<Tok>& t = d.toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t k = RoleWordsEnd(d, b);
  if (k == b || !(Lex(d, t[k - 1]) & kRoleWord)) return false;
  return k < n && !(t[k].shape & kLineStart) && (t[k].shape & kWord) && (t[k].shape & kCap) &&
         !(Lex(d, t[k]) & (kFunction | kCommon));
}

std::string_view WordAt(const DocState& d, uint32_t i) {
  return d.text.substr(d.toks[i].start, d.toks[i].end - d.toks[i].start);
}

}  // namespace dossier::entities
