// Currencies around an amount: symbols and codes before it ("$", "US$",
// "AZN 5m", "PS2.7m" as the pound folded to ASCII), names and codes after
// it ("140 million manats", "30 MUSD", "17 USD 25"), and the code of a
// currency name several countries share, from the country the text names.
// Looks at a few tokens on each side only. It does not read numerals.
#include <cmath>

#include "extract/numbers/ascii.h"
#include "extract/numbers/scanner.h"

namespace dossier::numbers {
namespace {

// True when name occurs in text as a whole word (letters on neither side).
bool HasName(std::string_view text, std::string_view name) {
  size_t pos = 0;
  while ((pos = text.find(name, pos)) != std::string_view::npos) {
    size_t end = pos + name.size();
    bool left = pos == 0 || !IsLetter(text[pos - 1]);
    bool right = end >= text.size() || !IsLetter(text[end]);
    if (left && right) return true;
    pos = end;
  }
  return false;
}

}  // namespace

bool Scanner::CurrencyBefore(size_t i, size_t* num_tok, Core* core) {
  const Token& t = c_.at(i);
  if (t.kind == TokKind::kDigits) return false;
  bool short_word = t.kind == TokKind::kWord && t.end - t.start <= 4 &&
                    ((c_.Glued(i + 1) && c_.at(i + 1).kind == TokKind::kSym) || c_.IsDigits(i + 1));
  if ((t.kind == TokKind::kSym || short_word) &&
      c_.lex->SymbolMayStartWith(static_cast<unsigned char>(c_.text[t.start]))) {
    for (const auto& [form, f] : c_.lex->symbols()) {
      if (!f.before || !EqualsFoldAt(c_.text, t.start, form)) continue;
      size_t end = t.start + form.size();
      size_t k = i;
      while (k < c_.size() && c_.at(k).end <= end) ++k;
      if (k == i || c_.at(k - 1).end != end || k >= c_.size()) continue;
      if (c_.at(k).gap == Gap::kSpaces || c_.at(k).gap == Gap::kLineBreak) continue;
      if (!c_.IsDigits(k) && c_.Num(k) == NumWord::kNone && !c_.WordIs(k, "a")) continue;
      if (c_.Num(k) != NumWord::kNone && c_.at(k).gap == Gap::kNone) continue;
      core->money = true;
      core->code = f.code;
      core->currency = f.word;
      core->money_rule = "currency_before";
      *num_tok = k;
      return true;
    }
  }
  if (t.kind != TokKind::kWord || !c_.IsDigits(i + 1) || c_.at(i + 1).gap == Gap::kSpaces ||
      c_.at(i + 1).gap == Gap::kLineBreak)
    return false;
  if (PoundAsPs(i)) {
    core->money = true;
    core->code = "GBP";
    core->money_rule = "currency_pound_ps";
    *num_tok = i + 1;
    return true;
  }
  const CurrencyForm* f = nullptr;
  if (t.upper && t.end - t.start == 3) f = c_.lex->FindCurrencyCode(c_.Text(i));
  if (!f && t.end - t.start <= 3) {
    char buf[8];
    std::string_view w = LowerInto(c_.Text(i), buf, sizeof buf);
    if (!w.empty()) f = c_.lex->FindCurrencyName(w);
  }
  if (!f || !f->before) return false;
  core->money = true;
  core->code = f->code;
  core->currency = f->word;
  core->money_rule = "currency_code_before";
  *num_tok = i + 1;
  return true;
}

// "PS2.7m", "PS21,700": text folded to ASCII writes the pound sign as
// "PS". Read so only before an amount with a decimal, a thousands separator
// or a scale glued on; "PS5" stays a name.
bool Scanner::PoundAsPs(size_t i) const {
  if (c_.Text(i) != "PS" || !c_.Glued(i + 1) || !c_.IsDigits(i + 1)) return false;
  if (i > 0 && c_.Glued(i) && !c_.IsSym(i - 1, '(')) return false;
  size_t k = i + 2;
  if ((c_.IsSym(k, '.') || c_.IsSym(k, ',')) && c_.Glued(k) && c_.IsDigits(k + 1) &&
      c_.Glued(k + 1))
    return true;
  if (!c_.IsWord(k) || !c_.Glued(k)) return false;
  for (const ScaleForm& f : c_.lex->scales())
    if (f.suffix && c_.Text(k) == f.form) return true;
  return false;
}

bool Scanner::CurrencyAfter(size_t j, Core* core) {
  if (j >= c_.size() || c_.at(j).gap == Gap::kLineBreak) return false;
  const Token& t = c_.at(j);
  // "17 USD 25": an ISO code between whole units and two-digit minor units.
  if (MinorAfterCode(j, core)) return true;
  // "$ 20,000.00 $ 37,305.97", "rmb 10 usd 20": a symbol or code followed
  // by digits belongs to the next amount.
  if (c_.IsDigits(j + 1) && c_.at(j + 1).gap != Gap::kSpaces &&
      (t.kind == TokKind::kSym || t.upper || (t.end - t.start <= 3)))
    return false;
  if (t.kind == TokKind::kSym && t.gap != Gap::kSpaces) {
    for (const auto& [form, f] : c_.lex->symbols()) {
      if (!f.after || !EqualsFoldAt(c_.text, t.start, form) || t.start + form.size() != t.end)
        continue;
      if (!core->money) {
        core->money = true;
        core->code = f.code;
        core->currency = f.word;
      }
      core->money_rule = "currency_after";
      core->te = j + 1;
      return true;
    }
    return false;
  }
  if (t.kind != TokKind::kWord) return false;
  if (t.upper && t.end - t.start == 3) {
    if (const CurrencyForm* f = c_.lex->FindCurrencyCode(c_.Text(j))) {
      core->money = true;
      core->code = f->code;
      core->money_rule = "currency_code_after";
      core->te = j + 1;
      // "75 USD million": the scale written after the code.
      if (c_.Num(j + 1) == NumWord::kScale && c_.Info(j + 1)->num_value >= 1000 &&
          core->num.scale == 1 && c_.at(j + 1).gap != Gap::kLineBreak) {
        core->num.value *= c_.Info(j + 1)->num_value;
        core->num.scale = c_.Info(j + 1)->num_value;
        core->te = j + 2;
      }
      return true;
    }
  }
  // "30 MUSD", "120 MEUR": millions written as M before the code, as in
  // company reports.
  if (t.upper && t.end - t.start == 4 && c_.text[t.start] == 'M' && core->num.scale == 1) {
    if (const CurrencyForm* f = c_.lex->FindCurrencyCode(c_.Text(j).substr(1))) {
      core->money = true;
      core->code = f->code;
      core->money_rule = "currency_code_after";
      core->num.value *= 1e6;
      core->num.scale = 1e6;
      core->te = j + 1;
      return true;
    }
  }
  if (!(c_.Roles(j) & kCurrencyStart) || t.gap == Gap::kSpaces) return false;
  char key[64];
  size_t len = 0;
  const CurrencyForm* best = nullptr;
  size_t best_end = 0;
  for (size_t k = j; k < c_.size() && k < j + 6; ++k) {
    const Token& u = c_.at(k);
    if (k > j && u.gap == Gap::kLineBreak) break;
    if (u.kind != TokKind::kWord && !c_.IsSym(k, '.')) break;
    size_t need = (u.end - u.start) + 1;
    if (len + need >= sizeof key) break;
    if (k > j && u.gap != Gap::kNone) key[len++] = ' ';
    for (size_t b = u.start; b < u.end; ++b) key[len++] = Lower(c_.text[b]);
    if (u.kind == TokKind::kWord) {
      if (const CurrencyForm* f = c_.lex->FindCurrencyName(std::string_view(key, len))) {
        if (f->after) {
          best = f;
          best_end = k + 1;
        }
      }
    }
  }
  if (!best) return false;
  if (best->weak && !core->num.scale_word && !c_.WordIs(best_end, "sterling") && !core->money)
    return false;
  if (c_.WordIs(best_end, "sterling")) ++best_end;
  std::string_view code = best->code;
  if (code.empty() && !best->word.empty()) code = ResolveCurrency(best->word, j);
  if (!core->money || core->code.empty() || core->code == "USD") {
    core->money = true;
    core->code = code;
    core->currency = code.empty() ? std::string_view(best->word) : std::string_view();
  }
  core->money_rule = code.empty() ? "currency_word_after" : "currency_name_after";
  core->currency_tok = j;
  core->te = best_end;
  return true;
}

bool Scanner::MinorAfterCode(size_t j, Core* core) {
  const Numeral& n = core->num;
  if (!n.plain_int || core->money || !c_.at(j).upper || c_.at(j).end - c_.at(j).start != 3 ||
      !c_.IsDigits(j + 1) || c_.at(j + 1).gap != Gap::kOneSpace || c_.Text(j + 1).size() != 2)
    return false;
  // What follows the minor units must not start another amount or unit.
  size_t k = j + 2;
  bool free =
      k >= c_.size() || c_.at(k).gap == Gap::kLineBreak ||
      (c_.at(k).kind == TokKind::kSym && !c_.IsDash(k) && !c_.IsSym(k, '%') &&
       !(c_.IsSym(k, '.') && c_.IsDigits(k + 1)) && !(c_.IsSym(k, ',') && c_.Glued(k + 1))) ||
      (c_.IsWord(k) && c_.Num(k) == NumWord::kNone &&
       !(c_.Roles(k) & (kCurrencyStart | kScaleWord | kUnitSuffix)) && !c_.at(k).upper);
  if (!free) return false;
  const CurrencyForm* f = c_.lex->FindCurrencyCode(c_.Text(j));
  if (!f) return false;
  core->money = true;
  core->code = f->code;
  core->money_rule = "currency_minor_units";
  core->num.value += DigitsValue(c_.Text(j + 1)) / 100;
  core->te = j + 2;
  return true;
}

std::string_view Scanner::ResolveCurrency(std::string_view word, size_t name_tok) {
  const auto& countries = c_.lex->countries();
  // An adjective right before the name decides: "Mexican pesos".
  if (name_tok > 0 && c_.IsWord(name_tok - 1)) {
    size_t end = c_.at(name_tok - 1).end;
    for (const CountryCurrency& e : countries) {
      if (e.word != word || e.name.size() > end) continue;
      size_t start = end - e.name.size();
      if (c_.text.substr(start, e.name.size()) == e.name &&
          (start == 0 || !IsLetter(c_.text[start - 1])))
        return e.code;
    }
  }
  for (const auto& [w, code] : resolved_)
    if (w == word) return code;
  std::string_view found;
  bool several = false;
  for (const CountryCurrency& e : countries) {
    if (e.word != word || (!found.empty() && e.code == found)) continue;
    if (!HasName(c_.text, e.name)) continue;
    if (found.empty()) {
      found = e.code;
    } else {
      several = true;
    }
  }
  std::string_view code = several ? std::string_view() : found;
  resolved_.emplace_back(word, code);
  return code;
}

}  // namespace dossier::numbers
