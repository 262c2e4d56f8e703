// Qualifiers written around a number: phrases before it ("more than",
// "equal to", ">=") matched backwards from the number, and after it ("or
// so", "-plus", "or more") matched forwards, from the lexicon's phrase
// lists. Each match looks at a few words only. It does not decide kinds.
#include "extract/numbers/ascii.h"
#include "extract/numbers/scanner.h"

namespace dossier::numbers {
namespace {

bool IsSpace(char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r'; }
bool IsAlnum(char ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

// Skips ASCII spaces and the UTF-8 no-break/thin spaces backwards.
size_t SkipSpaceBack(std::string_view t, size_t pos) {
  while (pos > 0) {
    if (IsSpace(t[pos - 1])) {
      --pos;
    } else if (pos >= 2 && t[pos - 2] == '\xC2' && t[pos - 1] == '\xA0') {
      pos -= 2;
    } else if (pos >= 3 && t[pos - 3] == '\xE2' && t[pos - 2] == '\x80' &&
               (t[pos - 1] == '\xAF' || t[pos - 1] == '\x89')) {
      pos -= 3;
    } else {
      break;
    }
  }
  return pos;
}

size_t SkipSpace(std::string_view t, size_t pos) {
  while (pos < t.size() && IsSpace(t[pos]) && t[pos] != '\n') ++pos;
  return pos;
}

}  // namespace

size_t Scanner::QualifierBefore(size_t tb, Qualifier* q, bool* equal) const {
  size_t origin = c_.at(tb).start;
  if (tb == 0) return kNoPos;
  // A word right before ends a qualifier only when the lexicon says so;
  // symbols ("~", ">=") go through the phrase loop.
  if (c_.IsDigits(tb - 1) || (c_.IsWord(tb - 1) && !(c_.Roles(tb - 1) & kQualifierEnd)))
    return kNoPos;
  // Only phrases whose last word has the length of the token before can
  // match; a symbol before is matched by the symbolic phrases.
  size_t last_len = c_.IsWord(tb - 1) ? c_.at(tb - 1).end - c_.at(tb - 1).start : 0;
  for (size_t pass = last_len == 0 ? 1 : 0; pass < 2; ++pass) {
    size_t found =
        MatchQualifierBefore(c_.lex->QualifiersBefore(pass == 0 ? last_len : 0), origin, q, equal);
    if (found != kNoPos) return found;
  }
  return kNoPos;
}

size_t Scanner::MatchQualifierBefore(const std::vector<const Phrase*>& phrases, size_t origin,
                                     Qualifier* q, bool* equal) const {
  std::string_view t = c_.text;
  for (const Phrase* pp : phrases) {
    const Phrase& p = *pp;
    size_t pos = origin;
    bool ok = true;
    for (size_t w = p.words.size(); w-- > 0;) {
      const std::string& word = p.words[w];
      size_t back = SkipSpaceBack(t, pos);
      bool symbolic = !IsAlnum(word[0]);
      if (!symbolic && back == pos && pos != origin) {
        ok = false;
        break;
      }
      if (back < word.size() || !EqualsFoldAt(t, back - word.size(), word)) {
        ok = false;
        break;
      }
      pos = back - word.size();
      if (!symbolic && pos > 0 && IsAlnum(t[pos - 1])) {
        ok = false;
        break;
      }
      if (!symbolic && back == origin) {  // a word qualifier glued to the number
        ok = false;
        break;
      }
    }
    if (ok && pos >= last_end_) {
      *q = p.qualifier;
      if (equal) *equal = p.equal;
      return pos;
    }
  }
  return kNoPos;
}

size_t Scanner::QualifierAfter(size_t te, Qualifier* q) const {
  std::string_view t = c_.text;
  size_t origin = c_.at(te - 1).end;
  size_t first = SkipSpace(t, origin);
  if (first >= t.size() || !(t[first] == '-' || c_.lex->AfterQualifierMayStartWith(
                                                    static_cast<unsigned char>(t[first]))))
    return kNoPos;
  for (const Phrase& p : c_.lex->qualifiers()) {
    if (!p.after) continue;
    size_t pos = origin;
    bool ok = true;
    for (const std::string& word : p.words) {
      size_t fwd = SkipSpace(t, pos);
      bool symbolic = !IsAlnum(word[0]);
      if (!symbolic && fwd == pos && pos < t.size() && t[pos] == '-' && word == "plus")
        fwd = pos + 1;
      if (!symbolic && fwd == pos) {
        ok = false;
        break;
      }
      if (!EqualsFoldAt(t, fwd, word)) {
        ok = false;
        break;
      }
      pos = fwd + word.size();
      if (!symbolic && pos < t.size() && IsAlnum(t[pos])) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (StartsAnotherComparison(te, SkipSpace(t, pos))) continue;
    *q = p.qualifier;
    return pos;
  }
  return kNoPos;
}

// Whether what follows an after-qualifier at byte `after` makes it part of
// something else: "5 plus 3" and "10 + 2" are sums, "5000 or less than
// 6000" and "and below a half" qualify the next number.
bool Scanner::StartsAnotherComparison(size_t te, size_t after) const {
  std::string_view t = c_.text;
  if (after < t.size() && t[after] >= '0' && t[after] <= '9') return true;
  if (EqualsFoldAt(t, after, "than") && (after + 4 == t.size() || !IsAlnum(t[after + 4])))
    return true;
  size_t k = te;
  while (k < c_.size() && c_.at(k).start < after) ++k;
  if (k >= c_.size() || c_.at(k).start != after) return false;
  if (c_.Num(k) != NumWord::kNone) return true;
  Numeral next;
  return c_.IsWord(k) && ParseNumeral(c_, k, &next);
}

}  // namespace dossier::numbers
