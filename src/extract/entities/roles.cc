// The role of a person from the words around the name: lower-case role
// words before it, with their modifiers and the body they belong to
// ("White House press secretary X"), and an appositive after it ("X, head
// of the agency,"). Titles inside a capitalised run are cut in titles.cc;
// this does not type names.
#include "extract/entities/recognizer.h"

namespace dossier::entities {

void RuleEngine::AddRoleBefore(DocState* d, Candidate* c) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t a = c->first_tok;
  if (a == 0 || d->sentence_start[a]) return;
  const Tok& p = t[a - 1];
  if (!(p.shape & kLowerStart) || !(Lex(d, p) & (kRoleWord | kTitle)) || (Lex(d, p) & kFunction))
    return;
  uint32_t rs = a - 1;
  while (rs > 0 && !d->sentence_start[rs]) {
    const Tok& q = t[rs - 1];
    const PhraseInfo* info = nullptr;
    bool modifier = (q.shape & kLowerStart) && (Lex(d, q) & kRoleModifier);
    bool nationality = (q.shape & kCap) &&
                       ((PhraseAt(d, rs - 1, rs, &info) == 1 && info->type == EntityType::kGroup) ||
                        DemonymShape(WordAt(*d, rs - 1)));
    if (!modifier && !nationality) break;
    --rs;
  }
  // "White House press secretary X", "Corvane spokesman X": the name of the
  // body the role belongs to joins it (up to four words, within the
  // sentence).
  for (int words = 0;
       words < 4 && rs > 0 && !(t[rs].shape & kLineStart) && (t[rs - 1].shape & kWord) &&
       (t[rs - 1].shape & (kCap | kAllCaps)) && !(Lex(d, t[rs - 1]) & kFunction);
       ++words)
    --rs;
  c->role_start = t[rs].start;
  c->role_end = p.end;
}

// "X, an analyst at Corvane told the BBC", "X, the mayor who ...",
// "X, the prime minister insisted": an appositive ends before a verb of
// saying, a clause word, or a past form right after the role word
// (token k, after the appositive's first word).
static bool ClauseAt(const DocState& d, uint32_t k) {
  const Tok& t = d.toks[k];
  if (!(t.shape & kLowerStart)) return false;
  std::string_view w = WordAt(d, k);
  if (IsSayVerb(w) || (Lex(d, t) & kClauseWord)) return true;
  return w.size() > 4 && w.substr(w.size() - 2) == "ed" && (Lex(d, d.toks[k - 1]) & kRoleWord);
}

void RuleEngine::AddAppositive(DocState* d, Candidate* c) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t b = c->end_tok;
  if (b + 1 >= n || !(t[b].shape & kComma) || d->sentence_start[b + 1]) return;
  uint32_t k = b + 1, last = 0;
  bool role = false;
  for (; k < n && k < b + 15 && !d->sentence_start[k]; ++k) {
    if (t[k].shape & (kComma | kStop | kQuoteMark | kOpenParen | kCloseParen)) break;
    if (k > b + 1 && ClauseAt(*d, k)) break;
    if (k < b + 6 && (t[k].shape & kLowerStart) && (Lex(d, t[k]) & kRoleWord)) role = true;
    if (k == b + 1 && (t[k].shape & kLowerStart) && !(Lex(d, t[k]) & (kRoleWord | kRoleModifier)) &&
        WordAt(*d, k) != "a" && WordAt(*d, k) != "an" && WordAt(*d, k) != "the")
      return;  // "X, said ..." is no appositive
    last = k;
  }
  // "X, the mayor also said": an adverb left before the verb is no role.
  bool verb = k < n && (t[k].shape & kLowerStart) && !d->sentence_start[k];
  while (verb && last > b + 1 && (t[last].shape & kLowerStart) &&
         (WordAt(*d, last) == "also" || WordAt(*d, last).ends_with("ly")))
    --last;
  // "the author of a blog about life during and": a role cut short before
  // a clause ends on its last content word.
  while (last > b + 1 && (t[last].shape & kLowerStart) && (Lex(d, t[last]) & kFunction)) --last;
  if (!role || last == 0) return;
  c->role_start = t[b + 1].start;
  c->role_end = t[last].end;
}

}  // namespace dossier::entities
