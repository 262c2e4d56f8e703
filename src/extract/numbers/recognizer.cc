// The number scanner: at each token, reads a numeral with its currency and
// percent, joins a second one into a range, attaches qualifiers before and
// after (qualifiers.cc), asks context.cc for the kind, and emits one item.
// Tokens an item used are never read again, so items never overlap and the
// scan is linear. It does not decide what a number counts (claims does).
#include "extract/numbers/recognizer.h"

#include <algorithm>
#include <cmath>

#include "extract/numbers/ascii.h"
#include "extract/numbers/scanner.h"

namespace dossier::numbers {
namespace {

// "1.1^999" overflows: such an item is dropped, never written as null.
bool Finite(const NumberMention& m) {
  return std::isfinite(m.value) && (!m.value_high || std::isfinite(*m.value_high));
}

}  // namespace

void Scanner::Run(const std::vector<uint32_t>& starts) {
  // Tokens that may not start an expression are skipped: the tokenizer
  // listed the others.
  for (uint32_t i : starts) {
    if (i < next_) continue;
    next_ = i;
    if (!TryAt(i)) next_ = std::max(next_, static_cast<size_t>(i) + 1);
  }
}

// REQUIRES: *core is default-constructed.
bool Scanner::ReadCore(size_t i, Core* core) {
  core->tb = i;
  size_t k = i;
  if (!c_.IsDigits(i) && CurrencyBefore(i, &k, core)) {
    // k is where the number starts
  }
  if (!ParseNumeral(c_, k, &core->num)) return false;
  core->te = core->num.end;
  ReadPercentOrCurrency(core);
  if (core->num.scale_money_only && !core->money) {
    // "100m" with no currency: a length, not millions.
    core->num.value = core->num.raw;
    core->num.scale = 1;
    core->num.scale_money_only = false;
    core->num.rule = "digits";
  }
  // "32m2", "15km3": a square or cubic unit glued to the digits.
  size_t e = core->te;
  if (e > core->num.begin + 1 && c_.IsDigits(e) && c_.Glued(e) && c_.IsWord(e - 1) &&
      c_.Glued(e - 1) && !c_.at(e - 1).cap && c_.Text(e - 1).size() <= 3 &&
      (c_.Text(e) == "2" || c_.Text(e) == "3") && !(c_.IsWord(e + 1) && c_.Glued(e + 1)))
    core->te = e + 1;
  return true;
}

void Scanner::ReadPercentOrCurrency(Core* core) {
  size_t j = core->te;
  if (j >= c_.size() || c_.at(j).gap == Gap::kLineBreak) return;
  if (c_.IsSym(j, '%') && c_.at(j).gap != Gap::kSpaces) {
    core->percent = true;
    core->te = j + 1;
    return;
  }
  if (c_.WordIs(j, "percent") || c_.WordIs(j, "percentage") || c_.WordIs(j, "pct") ||
      c_.WordIs(j, "percents")) {
    core->percent = true;
    core->te = j + 1;
    if (c_.WordIs(j, "percentage") && (c_.WordIs(j + 1, "points") || c_.WordIs(j + 1, "point")))
      core->te = j + 2;
    return;
  }
  if (c_.WordIs(j, "per") && c_.WordIs(j + 1, "cent")) {
    core->percent = true;
    core->te = j + 2;
    return;
  }
  if (core->num.ordinal || core->num.decade) return;
  if (CurrencyAfter(j, core)) {
    ReadMinorUnits(core);
    return;
  }
  // "a one-yen bid", "a 20-euro note": a currency name joined by a hyphen.
  if (c_.IsDash(j) && c_.Glued(j) && c_.Glued(j + 1) && c_.IsWord(j + 1) &&
      !(c_.IsDash(j + 2) && c_.Glued(j + 2)) && CurrencyAfter(j + 1, core))
    return;
  // A unit glued to the digits ("15kHz", "640bhp") stays inside the span.
  if (c_.IsWord(j) && c_.Glued(j) && !core->num.glued_unknown) core->te = j + 1;
}

// "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars
// 50": the minor units after a major currency name add hundredths.
void Scanner::ReadMinorUnits(Core* core) {
  if (core->currency_tok == 0 || core->num.has_decimal || core->num.scale != 1) return;
  size_t k = core->te;
  if (k >= c_.size() || c_.at(k).gap == Gap::kLineBreak) return;
  if (c_.WordIs(k, "and")) ++k;
  Numeral minor;
  if (!ParseNumeral(c_, k, &minor) || minor.ordinal || minor.fraction || minor.negative) return;
  if (minor.value < 1 || minor.value > 99 || minor.value != std::floor(minor.value)) return;
  size_t end = minor.end;
  bool named = c_.WordIs(end, "cents") || c_.WordIs(end, "cent") || c_.WordIs(end, "pence");
  bool bare = end >= c_.size() || c_.at(end).kind == TokKind::kSym;
  if (!named && !bare) return;
  if (named) ++end;
  core->num.value += minor.value / 100;
  core->te = end;
  core->money_rule = "currency_minor_units";
}

bool Scanner::TryRange(const Core& a, Core* b, Conn* conn, size_t* range_tb) {
  *conn = Conn::kNone;
  *range_tb = a.tb;
  size_t t = a.te;
  if (t >= c_.size() || a.num.decade || a.num.glued_unknown) return false;
  bool between = a.tb > 0 && c_.WordIs(a.tb - 1, "between");
  bool the_ordinal = OrdinalsBetween(a, t);
  between = between || the_ordinal;
  bool from = a.tb > 0 && c_.WordIs(a.tb - 1, "from");
  // "from 208 pounds to 193", "between 15 and 17 degrees": a unit word may
  // stand between the first number and the connector.
  if (between || from) {
    size_t u = t;
    while (u < t + 2 && c_.IsWord(u) && !c_.at(u).cap && c_.Num(u) == NumWord::kNone &&
           !c_.WordIs(u, "to") && !c_.WordIs(u, "and") && !c_.WordIs(u, "or"))
      ++u;
    if (u > t && (c_.WordIs(u, between ? "and" : "to"))) {
      t = u;
    } else if (from && c_.WordIs(u, "up") && c_.WordIs(u + 1, "to")) {
      t = u + 1;  // "from 450 sq ft up to 900"
    }
  }
  Conn k = Conn::kNone;
  // "0-to-60": the connector word between glued dashes.
  bool dashed_to = c_.IsDash(t) && c_.Glued(t) && c_.WordIs(t + 1, "to") && c_.Glued(t + 1) &&
                   c_.IsDash(t + 2) && c_.Glued(t + 2);
  if (dashed_to) {
    k = Conn::kTo;
    t += 2;
  } else if (c_.IsDash(t) || c_.IsSym(t, '~') ||
             // "$7/$9": two amounts of money, checked below
             (a.money && c_.IsSym(t, '/') && c_.Glued(t) && c_.Glued(t + 1))) {
    k = Conn::kDash;
  } else if (c_.WordIs(t, "to") || c_.WordIs(t, "through") || c_.WordIs(t, "thru")) {
    k = Conn::kTo;
  } else if (c_.WordIs(t, "and") && between) {
    k = Conn::kAnd;
  } else if (c_.WordIs(t, "or")) {
    k = Conn::kOr;
  } else if (c_.WordIs(t, "in") || c_.WordIs(t, "over")) {
    k = Conn::kOutOf;
  } else if (c_.WordIs(t, "out") && c_.WordIs(t + 1, "of")) {
    k = Conn::kOutOf, ++t;
  }
  if (k == Conn::kNone || c_.at(t).gap == Gap::kLineBreak) return false;
  if (t + 1 >= c_.size() || c_.at(t + 1).gap == Gap::kLineBreak) return false;
  if (k == Conn::kDash && c_.IsDash(t + 1)) return false;
  // "three-nought-four": words joined by dashes are not a range.
  if (k == Conn::kDash && a.num.words && c_.Glued(t) && c_.Glued(t + 1)) return false;
  // " -1.3%": a sign, not a dash between two numbers.
  if (k == Conn::kDash && c_.at(t).gap != Gap::kNone && c_.Glued(t + 1) && c_.IsDigits(t + 1))
    return false;
  if (the_ordinal) {  // past "and", to "the"
    ++t;
    if (t + 1 >= c_.size() || c_.at(t + 1).gap == Gap::kLineBreak) return false;
  }
  if (!ReadCore(t + 1, b)) return false;
  if (the_ordinal && !b->num.ordinal) return false;
  if (c_.IsSym(t, '/') && !(b->money && c_.at(t + 1).kind != TokKind::kDigits)) return false;
  const Numeral& x = a.num;
  const Numeral& y = b->num;
  if (y.decade || y.glued_unknown || y.negative) return false;
  if (x.ordinal != y.ordinal || x.fraction || y.fraction) return false;
  if (k == Conn::kOr) {
    bool ints = std::floor(x.value) == x.value && std::floor(y.value) == y.value;
    if (!ints || y.value <= x.value || y.value > 10 * x.value || a.money || b->money || x.ordinal)
      return false;
  }
  if (k == Conn::kOutOf) {
    // "one in five", "two out of five hundred": a proportion.
    bool year = y.plain_int && y.int_digits == 4;
    bool over = c_.WordIs(t, "over");
    if (over && (c_.IsWord(b->te) && c_.at(b->te).gap != Gap::kLineBreak)) return false;
    // "13 out of 659 MPs" counts 13; a proportion has a small first number.
    if (a.money || a.percent || b->money || b->percent || y.value <= x.value || y.value == 0 ||
        year || x.ordinal || x.value < 0 || x.value > 10 || x.scale != 1)
      return false;
    *conn = k;
    return true;
  }
  if ((a.percent && b->money) || (a.money && b->percent)) return false;
  // "rose 6.5% to 164p", "fell 3% to 120": a change and a level, not a range.
  if (a.percent && !b->percent) return false;
  // "rose 7 points to 54%", "grew by $43.6 billion to $419.2 billion": a
  // change then a level, unless the first amount borrows the second's scale
  // ("up $10 to $15 billion").
  bool change = a.tb > 0 && (c_.Roles(a.tb - 1) & kChangeBefore);
  bool borrows = x.scale == 1 && y.scale_word;
  if (k == Conn::kTo && change && (a.percent || a.money) && !borrows) return false;
  if (k == Conn::kTo && change && CountChangeThenLevel(a, *b)) return false;
  if (a.money && !b->money && k != Conn::kDash) return false;
  // "in 2018 to 3.9 million": a year does not start a range of amounts.
  bool a_year = x.plain_int && x.int_digits == 4;
  bool b_year = y.plain_int && (y.int_digits == 4 || y.int_digits == 2);
  if (a_year && x.value >= 1000 && x.value <= 2100 && !b_year && !a.money) return false;
  if (a_year && y.int_digits == 2 && (k != Conn::kDash || y.value <= std::fmod(x.value, 100)))
    return false;
  if (a.money && b->money && !a.code.empty() && !b->code.empty() && a.code != b->code) return false;
  // A dash between two plain numbers glued to more dashes is a phone or code.
  if (k == Conn::kDash && c_.IsDash(b->te) && c_.Glued(b->te)) return false;
  *conn = k;
  if (between || (from && k == Conn::kTo)) *range_tb = a.tb - (the_ordinal ? 2 : 1);
  return true;
}

bool Scanner::TryVague(size_t i) {
  const size_t len = c_.at(i).end - c_.at(i).start;
  for (const VagueForm& v : c_.lex->vague()) {
    if (v.words[0].size() != len) continue;
    size_t k = i;
    bool ok = true;
    for (const std::string& w : v.words) {
      if (!c_.WordIs(k, w) || (k > i && c_.at(k).gap == Gap::kLineBreak)) {
        ok = false;
        break;
      }
      ++k;
    }
    if (!ok) continue;
    if (v.needs == VagueForm::kOf && !c_.WordIs(k, "of")) continue;
    if (v.needs == VagueForm::kNoun &&
        !(c_.IsWord(k) && !c_.at(k).cap && !c_.WordIs(k, "of") && c_.Num(k) == NumWord::kNone))
      continue;
    // "two hundreds" is a number, not a vague amount.
    if (i > 0 && (c_.IsDigits(i - 1) || c_.Num(i - 1) != NumWord::kNone)) return false;
    Core core;
    core.tb = i;
    core.te = k;
    core.num.begin = i;
    core.num.end = k;
    core.num.value = v.low;
    CurrencyAfter(k, &core);
    if (!core.money && c_.WordIs(k, "of")) CurrencyAfter(k + 1, &core);
    size_t end_tok = core.money ? k : HyphenCurrency(k, &core);
    NumberMention m;
    m.start = c_.at(i).start;
    m.value_start = m.start;
    m.value_end = c_.at(k - 1).end;
    m.end = c_.at(end_tok - 1).end;
    m.value = v.low;
    if (v.high > 0) m.value_high = v.high;
    m.kind = NumberKind::kVague;
    m.qualifier = Qualifier::kAtLeast;
    m.rule = "vague_amount";
    m.trail.push_back("vague_amount");
    if (core.money) {
      m.unit = std::string(core.code.empty() ? core.currency : core.code);
      m.trail.push_back("currency_of_vague");
    }
    if (m.start < last_end_) return false;
    last_end_ = m.end;
    out_->push_back(std::move(m));
    next_ = end_tok;
    return true;
  }
  return false;
}

void Scanner::EmitSimple(size_t tb, size_t te, double value, NumberKind kind,
                         std::string_view rule) {
  NumberMention m;
  m.start = c_.at(tb).start;
  m.end = c_.at(te - 1).end;
  m.value_start = m.start;
  m.value_end = m.end;
  m.value = value;
  m.kind = kind;
  m.rule = rule;
  m.trail.push_back(rule);
  if (kind == NumberKind::kFraction) TakeQualifierBefore(tb, &m);
  if (m.start < last_end_ || !Finite(m)) return;
  last_end_ = m.end;
  out_->push_back(std::move(m));
}

// A qualifier written before token tb opens m ("nearly one in five").
void Scanner::TakeQualifierBefore(size_t tb, NumberMention* m) const {
  Qualifier q = Qualifier::kExact;
  size_t qs = QualifierBefore(tb, &q);
  if (qs == kNoPos) return;
  m->start = qs;
  m->qualifier = q;
  m->trail.push_back("qualifier_before");
}

void Scanner::Emit(const Core& a, const Core* b, Conn conn, size_t range_tb) {
  NumberMention m;
  const Core& last = b ? *b : a;
  size_t tb = range_tb;
  size_t te = last.te;
  m.value_start = c_.at(a.num.begin).start;
  m.value_end = c_.at(last.num.end - 1).end;
  double lo = a.num.value;
  if (b && conn == Conn::kOutOf) {
    m.value = a.num.value / b->num.value;
    m.kind = NumberKind::kFraction;
    m.start = c_.at(tb).start;
    m.end = c_.at(te - 1).end;
    m.rule = "fraction_out_of";
    m.trail.push_back(a.num.rule);
    m.trail.push_back("fraction_out_of");
    TakeQualifierBefore(tb, &m);  // "nearly one in five", "more than two out of three"
    if (m.start < last_end_ || !Finite(m)) return;
    last_end_ = m.end;
    out_->push_back(std::move(m));
    next_ = te;
    return;
  }
  if (b) {
    double hi = b->num.value;
    m.value = std::min(lo, hi);
    m.value_high = std::max(lo, hi);
  } else {
    m.value = lo;
  }
  trail_.clear();
  trail_.push_back(a.num.rule);
  if (!a.money_rule.empty()) trail_.push_back(a.money_rule);
  if (a.percent) trail_.push_back("percent");
  if (b) {
    trail_.push_back(conn == Conn::kDash  ? "range_dash"
                     : conn == Conn::kTo  ? "range_to"
                     : conn == Conn::kAnd ? "range_between"
                                          : "range_or");
  }
  std::string_view kind_rule;
  m.kind = Classify(a, b, conn, &kind_rule);
  std::string_view main_rule = !kind_rule.empty() ? kind_rule : trail_.back();
  if (m.kind == NumberKind::kScore && b) {  // a score keeps its text order
    m.value = a.num.value;
    m.value_high = b->num.value;
  }
  Qualifier q = Qualifier::kExact;
  size_t qstart = kNoPos;
  bool equal = false;
  bool countable = m.kind == NumberKind::kCardinal || m.kind == NumberKind::kMoney ||
                   m.kind == NumberKind::kPercent || m.kind == NumberKind::kRange ||
                   m.kind == NumberKind::kFraction;
  if (countable) qstart = QualifierBefore(tb, &q, &equal);
  // "over four days" is a span of time, not "more than four days".
  if (qstart != kNoPos && (c_.Roles(te) & kTimeUnit) && EqualsFoldAt(c_.text, qstart, "over")) {
    qstart = kNoPos;
    q = Qualifier::kExact;
  }
  size_t qend = kNoPos;
  Qualifier qa = Qualifier::kExact;
  if (countable && te < c_.size() + 1) qend = QualifierAfter(te, &qa);
  if (qstart != kNoPos) trail_.push_back("qualifier_before");
  if (qend != kNoPos) {
    if (q == Qualifier::kExact) q = qa;
    trail_.push_back("qualifier_after");
  }
  if (q != Qualifier::kExact && m.kind == NumberKind::kCardinal && countable && qstart != kNoPos &&
      a.num.plain_int && a.num.int_digits == 4) {
    // "about 2000" is a count, whatever a bare 2000 would be.
  }
  if (!kind_rule.empty()) trail_.push_back(kind_rule);
  m.qualifier = q;
  // "equals 20", "equal to 5,000": an exact bound, the interval [20, 20].
  // Only a bare count: "equal to 10% of" stays a plain percent.
  if (equal && qstart != kNoPos && !m.value_high && q == Qualifier::kExact &&
      m.kind == NumberKind::kCardinal) {
    m.value_high = m.value;
    trail_.push_back("equal_bound");
  }
  m.start = qstart != kNoPos ? qstart : c_.at(tb).start;
  m.end = qend != kNoPos ? qend : c_.at(te - 1).end;
  if (a.money || (b && b->money)) {
    const Core& mc = a.money ? a : *b;
    m.unit = std::string(mc.code.empty() ? mc.currency : mc.code);
  }
  m.rule = main_rule;
  m.trail = trail_;
  if (m.start < last_end_ || !Finite(m)) return;
  last_end_ = m.end;
  out_->push_back(std::move(m));
  // Advance past everything read, including an after-qualifier.
  size_t k = te;
  while (k < c_.size() && c_.at(k).start < last_end_) ++k;
  next_ = k;
}

// Whether token i may start an expression: digits, a number, vague or sign
// word, a word that may be a currency code or symbol ("USD", "US$"), or a
// symbol that may be a currency, a sign or a decimal point.
bool Scanner::MayStart(size_t i) const {
  const Token& t = c_.at(i);
  if (!t.may_start) return false;  // set by the tokenizer
  if (t.kind == TokKind::kDigits) return true;
  if (t.kind == TokKind::kWord) {
    const WordInfo* w = t.info == Lexicon::Unresolved() ? nullptr : t.info;
    if (w && (w->num != NumWord::kNone || (w->roles & kSignWord))) return true;
    // A currency word, or a short capitalised word that may be one, starts
    // something only as a prefix right before an amount ("USD 5", "US$5",
    // "Rs. 50").
    if (c_.IsDigits(i + 1) || (c_.Glued(i + 1) && c_.at(i + 1).kind == TokKind::kSym)) return true;
    // A vague amount ("several", "a few hundred"), or "a" before a number
    // word ("a dozen"): the next word must be able to go on.
    if (w && (w->roles & kVagueStart)) {
      return (w->roles & kVagueAlone) || (c_.IsWord(i + 1) && (c_.Num(i + 1) != NumWord::kNone ||
                                                               (c_.Roles(i + 1) & kVagueNext)));
    }
    return false;
  }
  char32_t cp = t.cp;
  if (cp == '-' || cp == '+' || cp == '.' || cp == 0x2212 || cp == '~' || cp == '>' || cp == '<')
    return c_.IsDigits(i + 1) || c_.IsDigits(i + 2);
  return true;
}

bool Scanner::TryAt(size_t i) {
  const Token& t = c_.at(i);
  if (!MayStart(i)) return false;
  if (t.kind == TokKind::kSym && VulgarFraction(t.cp) != 0) {
    EmitSimple(i, i + 1, VulgarFraction(t.cp), NumberKind::kFraction, "fraction_character");
    next_ = i + 1;
    return true;
  }
  if (t.kind == TokKind::kDigits) {
    // The tail of a malformed group ("5,00", "1,,000") is not its own number.
    if (i >= 2 && c_.Glued(i) && c_.IsSym(i - 1, ',') && c_.Glued(i - 1) && c_.IsDigits(i - 2) &&
        !ListItem(i))
      return false;
    if (TryPatterns(i) || TryGluedIdentifier(i)) return true;
  } else if (t.kind == TokKind::kSym && (t.cp == '+' || t.cp == '-') && c_.IsDigits(i + 1) &&
             c_.Glued(i + 1)) {
    if (TryPatterns(i + 1)) return true;
  } else if (t.kind == TokKind::kWord && (c_.Roles(i) & kVagueStart)) {
    if (TryVague(i)) return true;
  }
  Core a;
  if (!ReadCore(i, &a)) return false;
  if (NotAnAmount(i, &a)) {
    next_ = a.te;
    return true;
  }
  Core b;
  Conn conn = Conn::kNone;
  size_t range_tb = a.tb;
  bool range = TryRange(a, &b, &conn, &range_tb);
  // "one in five" shares nothing: a proportion, not a range.
  if (range && conn != Conn::kOutOf) ShareRangeParts(conn, &a, &b);
  size_t before = out_->size();
  Emit(a, range ? &b : nullptr, conn, range ? range_tb : a.tb);
  if (next_ <= i) next_ = (range ? b.te : a.te);
  if (!range && out_->size() == before + 1) JoinBounds(a);
  return true;
}

// Numerals that are no amount: decades, the pronoun "one", number words in
// compound modifiers, a bare "half" that is not a fraction. Also reads "the
// first three quarters" as three quarters of a year (adjusting *a).
bool Scanner::NotAnAmount(size_t i, Core* a) {
  if (a->num.decade) return true;  // "the 1990s" belongs to the time layer
  if (PronounOne(i, *a)) return true;
  // "the first three quarters of 2004", "three quarters of 2023": quarters of
  // a year counted, not three fourths.
  if (a->num.fraction && a->num.end > a->num.begin + 1 && c_.WordIs(a->num.end - 1, "quarters")) {
    size_t e = a->num.end;
    // "for six quarters", "two quarters ahead", "four quarters in a row":
    // four or more quarters, or quarters running on, are periods.
    bool running = c_.WordIs(e, "ahead") || c_.WordIs(e, "running") ||
                   (c_.WordIs(e, "in") && c_.WordIs(e + 1, "a") && c_.WordIs(e + 2, "row"));
    bool period = (i > 0 && (c_.Roles(i - 1) & kPeriodBefore)) ||
                  (c_.WordIs(e, "of") && c_.IsDigits(e + 1) && c_.Text(e + 1).size() == 4) ||
                  (!c_.WordIs(e, "of") && (a->num.value >= 1 || running));
    if (period) {
      a->num.value *= 4;
      a->num.raw = a->num.value;
      a->num.fraction = false;
      a->num.end -= 1;
      a->te = a->num.end;
      a->num.rule = "number_words";
    }
  }
  // "a six-speed gearbox", "a five-year grant": a number word inside a
  // compound modifier is part of a name for the thing, not an amount.
  size_t te = a->te;
  if (a->num.words && a->num.int_digits == 0 && !a->num.fraction && !a->money && !a->percent &&
      c_.IsDash(te) && c_.Glued(te) && c_.IsWord(te + 1) && c_.Glued(te + 1) &&
      !c_.at(te + 1).cap && c_.Num(te + 1) == NumWord::kNone && !IsAgeAfter(te))
    return true;
  return BareHalf(i, *a);
}

// "the one", "which one", "the last but one": a pronoun, not a count.
// "only one in five" is a proportion.
bool Scanner::PronounOne(size_t i, const Core& a) const {
  if (!c_.WordIs(a.num.begin, "one") || a.num.end != a.num.begin + 1 || a.money || a.percent ||
      c_.WordIs(i + 1, "of") || OneInN(i + 1))
    return false;
  if ((i > 0 && (c_.Roles(i - 1) & kOneBefore)) || c_.WordIs(i + 1, "another")) return true;
  return i > 1 && c_.WordIs(i - 1, "but") && (c_.WordIs(i - 2, "last") || c_.WordIs(i - 2, "next"));
}

// A bare "half" reads only before "of", "a", "the" or a scale word, or after
// a qualifier ("more than half", "nearly half"); else it is no amount.
bool Scanner::BareHalf(size_t i, const Core& a) const {
  if (!a.num.fraction || !a.num.words || !c_.WordIs(a.num.begin, "half") ||
      a.num.end != a.num.begin + 1)
    return false;
  size_t k = a.num.end;
  if (c_.IsDash(k)) return true;
  bool ok = (c_.WordIs(k, "of") || c_.WordIs(k, "the") || c_.WordIs(k, "a") || c_.WordIs(k, "an") ||
             c_.WordIs(k, "their") || c_.WordIs(k, "its")) &&
            !(i > 0 && (c_.Roles(i - 1) & kOneBefore)) &&
            !(i > 0 && c_.Num(i - 1) == NumWord::kOrdinal);
  if (ok) return false;
  Qualifier q = Qualifier::kExact;
  bool equal = false;
  return !(QualifierBefore(i, &q, &equal) != kNoPos && !equal);
}

// "between the tenth and the fifteenth": ordinals with their articles; t is
// the token after the first.
bool Scanner::OrdinalsBetween(const Core& a, size_t t) const {
  return a.num.ordinal && a.tb > 1 && c_.WordIs(a.tb - 1, "the") &&
         c_.WordIs(a.tb - 2, "between") && c_.WordIs(t, "and") && c_.WordIs(t + 1, "the");
}

// "unemployment rose 32,000 to 1.41 million": after a change verb, a count
// much smaller than the level after "to" is the change, not a range's end.
bool Scanner::CountChangeThenLevel(const Core& a, const Core& b) const {
  if (a.percent || a.money || b.percent || b.money) return false;
  double x = a.num.value, y = b.num.value;
  return x >= 100 && y >= 5 * x;
}

// "a multibillion-dollar deal" (or "multibillion - dollar" in tokenized
// text): a currency joined by a hyphen at k is part of the item. Returns the
// token after the item.
size_t Scanner::HyphenCurrency(size_t k, Core* core) {
  if (!c_.IsDash(k)) return k;
  bool glued = c_.Glued(k) && c_.Glued(k + 1);
  bool spaced =
      k + 1 < c_.size() && c_.at(k).gap == Gap::kOneSpace && c_.at(k + 1).gap == Gap::kOneSpace;
  if ((glued || spaced) && CurrencyAfter(k + 1, core)) return core->te;
  return k;
}

// The numeral of a second bound starting at k, after a qualifier phrase of
// up to four words ("and below a half": "a"); kNoPos when there is none.
size_t Scanner::BoundNumeral(size_t k) const {
  size_t num = k;
  while (num < c_.size() && num < k + 5 && !c_.IsDigits(num) && c_.Num(num) == NumWord::kNone)
    ++num;
  if (num >= c_.size() || num == k) return kNoPos;
  if (num > k + 1 && (c_.WordIs(num - 1, "a") || c_.WordIs(num - 1, "an"))) --num;
  return num;
}

// "nos. 22,24,26": short numbers glued by commas, three or more of them,
// are a list, not thousands groups. Looks only at the neighbours of i.
bool Scanner::ListItem(size_t i) const {
  auto short_item = [&](size_t k) { return c_.IsDigits(k) && c_.Text(k).size() <= 2; };
  auto comma = [&](size_t k) { return c_.IsSym(k, ',') && c_.Glued(k) && c_.Glued(k + 1); };
  if (!short_item(i) || !short_item(i - 2)) return false;
  bool before = i >= 4 && comma(i - 3) && short_item(i - 4);
  bool after = comma(i + 1) && short_item(i + 2);
  return before || after;
}

// "in five", "out of ten" after "one": the rest of a proportion.
bool Scanner::OneInN(size_t k) const {
  if (c_.WordIs(k, "out") && c_.WordIs(k + 1, "of")) {
    ++k;
  } else if (!c_.WordIs(k, "in")) {
    return false;
  }
  return (c_.IsDigits(k + 1) && c_.Text(k + 1).size() <= 3) || c_.Num(k + 1) == NumWord::kUnit ||
         c_.Num(k + 1) == NumWord::kTens;
}

// What one end of a range writes for both: "5 to 7 per cent", "$10 to $15
// billion", "four to five thousand", "1992-93".
void Scanner::ShareRangeParts(Conn conn, Core* a, Core* b) {
  if (b->percent && !a->percent && !a->money) a->percent = true;
  if (b->money && !a->money && !a->percent) {
    a->money = true;
    a->code = b->code;
    a->currency = b->currency;
  }
  if (a->money && !b->money && !b->percent) {
    b->money = true;
    b->code = a->code;
    b->currency = a->currency;
  }
  if (conn == Conn::kDash && a->num.plain_int && a->num.int_digits == 4 && b->num.plain_int &&
      b->num.int_digits == 2) {
    double century = a->num.value - std::fmod(a->num.value, 100);
    if (century + b->num.value > a->num.value) b->num.value += century;
  }
  if (b->num.scale_word && a->num.scale == 1 && !a->num.ordinal &&
      std::fabs(a->num.value) < 10 * std::fabs(b->num.raw) + 1e-9) {
    a->num.value *= b->num.scale;
    a->num.scale = b->num.scale;
  }
}

// "more than 100 and less than 300", "at most 100 and at least 20": a lower
// and an upper bound joined by "and" or "but" make one range; the item keeps
// the lower bound's qualifier.
void Scanner::JoinBounds(const Core& a) {
  NumberMention& m = out_->back();
  bool lower = m.qualifier == Qualifier::kMoreThan || m.qualifier == Qualifier::kAtLeast;
  bool upper = m.qualifier == Qualifier::kLessThan || m.qualifier == Qualifier::kAtMost;
  if ((!lower && !upper) || m.value_high || a.money != false || a.percent) return;
  if (m.kind != NumberKind::kCardinal && m.kind != NumberKind::kFraction) return;
  size_t k = next_;
  if (c_.IsSym(k, ',')) ++k;
  if (!(c_.WordIs(k, "and") || c_.WordIs(k, "but"))) return;
  ++k;
  // The second bound: a qualifier phrase, then a numeral.
  size_t num = BoundNumeral(k);
  if (num == kNoPos) return;
  Qualifier q = Qualifier::kExact;
  size_t saved = last_end_;
  last_end_ = c_.at(k).start;
  size_t qstart = QualifierBefore(num, &q);
  last_end_ = saved;
  if (qstart != c_.at(k).start) return;
  bool q_lower = q == Qualifier::kMoreThan || q == Qualifier::kAtLeast;
  bool q_upper = q == Qualifier::kLessThan || q == Qualifier::kAtMost;
  if (!(lower && q_upper) && !(upper && q_lower)) return;
  Core b;
  if (!ReadCore(num, &b) || b.money || b.percent || b.num.ordinal) return;
  double lo = lower ? m.value : b.num.value;
  double hi = lower ? b.num.value : m.value;
  if (!(lo < hi)) return;
  m.value = lo;
  m.value_high = hi;
  m.kind = NumberKind::kRange;
  m.qualifier = lower ? m.qualifier : q;
  m.end = c_.at(b.te - 1).end;
  m.value_end = c_.at(b.num.end - 1).end;
  m.rule = "range_bounds";
  m.trail.push_back("range_bounds");
  last_end_ = m.end;
  next_ = b.te;
}

void Scan(std::string_view text, std::vector<Token>& toks, const std::vector<uint32_t>& starts,
          const Lexicon& lex, std::vector<NumberMention>* out) {
  Ctx c{text, &toks, &lex};
  Scanner s(c, out);
  s.Run(starts);
}

}  // namespace dossier::numbers
