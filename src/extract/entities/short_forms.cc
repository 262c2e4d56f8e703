// ShortForms: an organisation named in full ("Varn Steel Corp", "Dorn &
// Vale", "Tarvik Savings Bank") and later by its first word ("Varn said",
// "Dorn", "Tarvik's shares") gets one canonical name, the full one. It
// does not tie surnames or acronyms (resolve.cc, acronyms.cc).
#include "extract/entities/recognizer.h"

namespace dossier::entities {
namespace {

constexpr uint32_t kAmbiguous = ~0u;  // a short form of two organisations

// True when token k joins two names with "&": "Dorn & Vale".
bool AmpersandAt(const DocState& d, uint32_t k) {
  const Tok& t = d.toks[k];
  return t.end == t.start + 1 && d.text[t.start] == '&';
}

// The index of short forms, with a 64-bit filter over their hashes (most
// candidates are looked up in it) and whether any has two words.
struct Forms {
  FlatIndex* index;
  uint64_t filter = 0;
  bool two_words = false;
};

// Indexes `form` as a short name of candidate i; a form two organisations
// share names neither.
void AddForm(Forms* forms, std::string_view form, uint32_t i, const DocState& d) {
  uint64_t hash = HashWord(form);
  forms->filter |= 1ull << (hash >> 58);
  auto [value, inserted] = forms->index->TryEmplace(form, hash, i);
  if (inserted || *value == i || *value == kAmbiguous) return;
  if (CandidateText(d, d.cands[*value]) != CandidateText(d, d.cands[i])) *value = kAmbiguous;
}

// The short forms of organisation candidate i: its first word or two when
// its last word is a company's legal form or ends a firm's name ("Varn",
// "Varn Steel" of "Varn Steel Corp", "Tarvik" of "Tarvik Savings Bank"),
// its first word when "&" joins it ("Dorn" of "Dorn & Vale") or a noun
// of firms before it made it one ("the fund Dorn Asset Management"); the
// first part of a hyphenated first word ("Dorn" of "Dorn-Vale Co"), and a
// first word in -s without it ("Highgate" of "Highgates Capital": the
// text's own slip of the pen).
void IndexForms(DocState* d, uint32_t i, Forms* forms) {
  const std::vector<Tok>& t = d->toks;
  const Candidate& c = d->cands[i];
  uint32_t a = c.first_tok;
  if (c.type != EntityType::kOrganization || c.end_tok - a < 2) return;
  bool legal = (Lex(d, t[c.end_tok - 1]) & kLegalForm) != 0;
  bool amp = false;
  for (uint32_t k = a + 1; k + 1 < c.end_tok; ++k) {
    // "Fiat and General Motors": two names, no one firm's.
    if (t[k].shape & kLowerStart) return;
    amp |= AmpersandAt(*d, k);
  }
  if (!legal && !amp && c.rule != std::string_view("org_noun_before")) return;
  const Tok& first = t[a];
  // "BBC Radio": an acronym is a full name of its own. "Harris County
  // Sheriff's Office": a word of place names the place, not the body; a
  // given name, a common or known word names no body alone.
  if (!(first.shape & kWord) || !(first.shape & kCap) || (first.shape & kAllCaps) ||
      (Lex(d, t[a + 1]) & kPlaceHead) ||
      (Lex(d, first) & (kFirstName | kCommon | kFunction | kTitle | kAnyCue | kPhraseStart)))
    return;
  std::string_view w = WordAt(*d, a);
  AddForm(forms, w, i, *d);
  if (legal && a + 2 < c.end_tok && NameLike(t[a + 1]) && (t[a + 1].shape & kWord)) {
    AddForm(forms, d->text.substr(first.start, t[a + 1].end - first.start), i, *d);
    forms->two_words = true;
  }
  size_t dash = w.find('-');
  if (dash != std::string_view::npos && dash >= 3) AddForm(forms, w.substr(0, dash), i, *d);
  if (w.size() >= 6 && w.back() == 's' && w[w.size() - 2] != 's')
    AddForm(forms, w.substr(0, w.size() - 1), i, *d);
}

}  // namespace

// A mention of a short form after the full name takes the organisation's
// type when its own was only guessed or read from context ("from Varn",
// "Varn said": a known place keeps its type, "China" after "China Life
// Insurance Co" is mostly the country), and the organisation's full name
// as its canonical name. A word said alone before the full name names
// something of its own ("Tarvik ... Tarvik Motors" may be the group and its
// carmaker).
void RuleEngine::ShortForms(DocState* d) const {
  Forms forms{&d->short_forms};
  forms.index->Clear();
  std::vector<Candidate>& cs = d->cands;
  for (uint32_t i = 0; i < cs.size(); ++i) IndexForms(d, i, &forms);
  if (forms.filter == 0) return;
  for (uint32_t i = 0; i < cs.size(); ++i) {
    Candidate& c = cs[i];
    uint32_t words = c.end_tok - c.first_tok;
    if (words > 2 || (words == 2 && !forms.two_words)) continue;
    std::string_view text = CandidateText(*d, c);
    uint64_t hash = words == 1 ? HashOf(*d, d->toks[c.first_tok]) : HashWord(text);
    if (!((forms.filter >> (hash >> 58)) & 1)) continue;
    uint32_t* full = forms.index->Find(text, hash);
    if (full == nullptr || *full == kAmbiguous || *full == i) continue;
    if (*full > i && c.end_tok == c.first_tok + 1) {
      *full = kAmbiguous;
      continue;
    }
    if (c.evidence == Evidence::kStrong || !c.canonical.empty()) continue;
    const Candidate& org = cs[*full];
    if (c.type != EntityType::kOrganization) {
      c.type = EntityType::kOrganization;
      c.evidence = Evidence::kContext;
    }
    c.rule = "short_form";
    c.canonical = org.canonical.empty() ? std::string(CandidateText(*d, org)) : org.canonical;
  }
}

}  // namespace dossier::entities
