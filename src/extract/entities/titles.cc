// Titles and offices before a person's name: "President X", "Iowa Gov. X",
// "Secretary of State X", "Minister of Foreign Affairs X". Splits the run
// into the role (and a nationality or a place or body before the office)
// and the person. It does not type runs without a title.
#include "extract/entities/recognizer.h"

namespace dossier::entities {

// "Secretary of State Colin Powell", "Minister of Foreign Affairs X": the
// capitalised words after "of" (token k) belong to the office while they
// are office words, or while more than two words remain and the word is no
// given name; one word is always left for the name, which must open with a
// given name or an initial unless only office words were passed. A known
// name inside ("President of Teralia X Y", two words left after it) is an
// entity of its own: its span goes to *inner. Returns the name's first
// token, or b when the words are no office and name.
uint32_t RuleEngine::OfficeOf(DocState* d, uint32_t k, uint32_t b,
                              std::pair<uint32_t, uint32_t>* inner) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t q = k + 1;
  if (q < b && WordAt(*d, q) == "the") ++q;  // "Chancellor of the Exchequer X"
  uint32_t first = q;
  bool guessed = false;  // a word passed only because enough words remain
  *inner = {0, 0};
  while (q + 1 < b && NameLike(t[q])) {
    const PhraseInfo* info = nullptr;
    uint32_t len = q + 2 < b ? PhraseAt(d, q, b - 2, &info) : 0;  // two words left for the name
    if (len > 0 && info->type != EntityType::kGroup && inner->second == 0) {
      *inner = {q, q + len};
      q += len;
      continue;
    }
    uint32_t f = Lex(d, t[q]);
    bool office_word = (f & (kOfficePart | kCommon | kAnyCue)) != 0;
    if (!office_word && (b - q <= 2 || (f & kFirstName) || (t[q].shape & kInitial))) break;
    guessed |= !office_word;
    ++q;
  }
  if (q == first || q >= b) return b;
  if (guessed && !(Lex(d, t[q]) & kFirstName) && !(t[q].shape & kInitial)) return b;
  return q;
}

// True when tokens [k, b) after a title can be a person's name: no title,
// cue or role word in them (but a title word may end a name: "Prime
// Minister John Major"), and no lower-case word but a particle ("da
// Silva", "bin Said", "Lord Roberts of Conwy").
static bool NameAfterTitle(const DocState& d, uint32_t k, uint32_t b) {
  const std::vector<Tok>& t = d.toks;
  for (uint32_t q = k; q < b; ++q) {
    bool surname = q + 1 == b && q > k && (Lex(d, t[k]) & kFirstName);
    if ((Lex(d, t[q]) & (kTitle | kAnyCue | kRoleWord)) && !surname) return false;
    if ((t[q].shape & kLowerStart) && !(Lex(d, t[q]) & kParticleName) &&
        !(q > k && WordAt(d, q) == "of"))
      return false;
  }
  return true;
}

// The start of a place or body's name right before token a, in the same
// sentence and line: the longest known name of up to three words ("New
// York"), else one capitalised word that is no function, calendar or
// common word and does not open the sentence ("Corvane"); a when none.
uint32_t RuleEngine::NameBeforeTitle(DocState* d, uint32_t a) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t q = a;  // the first of the name-like tokens right before a
  while (q > 0 && q + 3 > a && NameLike(t[q - 1]) && !d->sentence_start[q] &&
         !(t[q].shape & kLineStart))
    --q;
  for (; q < a; ++q) {
    const PhraseInfo* info = nullptr;
    if (PhraseAt(d, q, a, &info) == a - q) return q;
  }
  const Tok& p = t[a - 1];
  if (NameLike(p) && !d->sentence_start[a - 1] && !(Lex(d, p) & (kFunction | kCalendar | kCommon)))
    return a - 1;
  return a;
}

// "President Ilham Aliyev", "Foreign Affairs Minister X": the name after
// the rightmost title word is the person; the words before it are the role,
// except a leading nationality, which is a group of its own.
bool RuleEngine::TitledPerson(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t k = b;
  for (uint32_t q = b - 1; q > a; --q) {
    if (Lex(d, t[q - 1]) & kTitle) {
      k = q;
      break;
    }
  }
  if (k == b) return (Lex(d, t[a]) & kTitle) && b - a == 1;
  if (k < b && d->text[t[k].start] == '.') ++k;
  std::pair<uint32_t, uint32_t> inner{0, 0};
  if (k < b && WordAt(*d, k) == "of") k = OfficeOf(d, k, b, &inner);
  if (k >= b || b - k > 4 || !NameAfterTitle(*d, k, b)) return false;
  if (inner.second > inner.first) {
    const PhraseInfo* info = nullptr;
    PhraseAt(d, inner.first, inner.second, &info);
    Emit(d, inner.first, inner.second, info->type, Evidence::kStrong, "gazetteer");
    if (!info->canonical.empty()) d->cands.back().canonical = info->canonical;
  }
  uint32_t rs = a;
  const PhraseInfo* info = nullptr;
  uint32_t len = PhraseAt(d, a, k, &info);
  if (len && info->type == EntityType::kGroup && a + len < k) {
    Emit(d, a, a + len, EntityType::kGroup, Evidence::kStrong, "nationality");
    rs = a + len;
  }
  uint32_t title_end = k;
  while (title_end > rs && !(t[title_end - 1].shape & kWord)) --title_end;
  Emit(d, k, b, EntityType::kPerson, Evidence::kStrong, "title");
  Candidate& c = d->cands.back();
  while (rs > 0 && !d->sentence_start[rs] && (t[rs - 1].shape & kLowerStart) &&
         (Lex(d, t[rs - 1]) & kRoleModifier))
    --rs;
  // "Mr", "Dr" alone are forms of address, not roles.
  bool office = false;
  for (uint32_t q = rs; q < title_end; ++q) office |= (Lex(d, t[q]) & (kOffice | kRank)) != 0;
  if (!office) return true;
  // "Iowa Gov. Kim Reynolds": a name split off right before the office
  // (a place or body, up to three words) belongs to it, and so does the
  // period of an abbreviated title.
  if (rs == a && a > 0 && !d->sentence_start[a] && !(t[a].shape & kLineStart))
    rs = NameBeforeTitle(d, a);
  c.role_start = t[rs].start;
  c.role_end = t[title_end - 1].end;
  if (title_end < k && d->text[t[title_end].start] == '.' && t[title_end].start == c.role_end)
    c.role_end = t[title_end].end;
  return true;
}

}  // namespace dossier::entities
