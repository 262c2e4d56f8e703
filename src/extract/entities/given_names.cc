// GivenNames: a given name said alone after the person's full name ("Ana
// Lind ... Ana said") takes the full name as its canonical name, and a
// relative named by given name after a possessive of the family's name
// ("Lind's daughter Ana", "Lind's brother, Tom,") takes the family's
// surname. It does not tie surnames (resolve.cc) or type mentions.
#include <algorithm>

#include "extract/entities/recognizer.h"

namespace dossier::entities {
namespace {

constexpr uint32_t kAmbiguous = ~0u;  // the given name of two people

std::string_view CandidateText(const DocState& d, const Candidate& c) {
  return d.text.substr(d.toks[c.first_tok].start,
                       d.toks[c.end_tok - 1].end - d.toks[c.first_tok].start);
}

// "Jr", "III": a generation suffix after a surname.
bool Suffix(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w == "Jr" || w == "Sr" || w == "II" || w == "III" || w == "IV";
}

// The last word of a full name that is no generation suffix.
std::string_view Surname(std::string_view name) {
  while (true) {
    size_t sp = name.rfind(' ');
    if (sp == std::string_view::npos) return name;
    std::string_view last = name.substr(sp + 1);
    if (!Suffix(last)) return last;
    name = name.substr(0, sp);
  }
}

// A lone given name: one word the lexicon knows as a given name, a person
// no other rule has named in full.
bool LoneGivenName(const DocState& d, const Candidate& c) {
  return c.type == EntityType::kPerson && c.end_tok == c.first_tok + 1 && c.canonical.empty() &&
         (Lex(d, d.toks[c.first_tok]) & kFirstName);
}

// The person candidate whose last token is `last`; null when none.
const Candidate* PersonEndingAt(const DocState& d, uint32_t last) {
  auto it = std::upper_bound(d.cands.begin(), d.cands.end(), last,
                             [](uint32_t tok, const Candidate& c) { return tok < c.first_tok; });
  if (it == d.cands.begin()) return nullptr;
  --it;
  return it->end_tok == last + 1 && it->type == EntityType::kPerson ? &*it : nullptr;
}

}  // namespace

// "Lind's daughter Ana", "Lind' daughter Ana", "Lind's brother, Tom,": the
// family name of candidate c (a lone given name), or empty.
std::string_view RuleEngine::FamilyName(const DocState& d, const Candidate& c) const {
  const std::vector<Tok>& t = d.toks;
  uint32_t k = c.first_tok;
  if (k >= 1 && (t[k - 1].shape & kComma)) --k;
  if (k < 3 || !(t[k - 1].shape & kLowerStart) || !lex_->KinWord(WordAt(d, k - 1))) return {};
  const Tok& mark = t[k - 2];
  bool apostrophe = mark.end == mark.start + 1 && d.text[mark.start] == '\'' &&
                    mark.start == t[k - 3].end && d.text[mark.start - 1] == 's';
  if (!(mark.shape & kPossessive) && !apostrophe) return {};
  // "Ana's father, Tom,": the family's name must be a surname ("Lind's"),
  // the last word of a full name.
  const Candidate* family = PersonEndingAt(d, k - 3);
  if (family == nullptr || family->canonical.find(' ') == std::string::npos) return {};
  std::string_view surname = Surname(family->canonical);
  return surname == WordAt(d, k - 3) ? surname : std::string_view();
}

namespace {

// The full name of candidate c: its canonical name, else its text.
std::string_view FullName(const DocState& d, const Candidate& c) {
  return c.canonical.empty() ? CandidateText(d, c) : std::string_view(c.canonical);
}

// Indexes candidate i's full name under its given name `word`; a given name
// two full names share names neither.
void AddGiven(DocState* d, std::string_view word, uint32_t i) {
  auto [value, inserted] = d->given.TryEmplace(word, i);
  if (!inserted && *value != kAmbiguous &&
      FullName(*d, d->cands[*value]) != FullName(*d, d->cands[i]))
    *value = kAmbiguous;
}

}  // namespace

void RuleEngine::GivenNames(DocState* d) const {
  std::vector<Candidate>& cs = d->cands;
  FlatIndex& given = d->given;
  given.Clear();
  for (uint32_t i = 0; i < cs.size(); ++i) {
    Candidate& c = cs[i];
    if (c.type != EntityType::kPerson) continue;
    if (c.end_tok - c.first_tok >= 2) {
      if (Lex(d, d->toks[c.first_tok]) & kFirstName) AddGiven(d, WordAt(*d, c.first_tok), i);
      continue;
    }
    if (!LoneGivenName(*d, c)) continue;
    std::string_view family = FamilyName(*d, c);
    if (!family.empty()) {
      // "Lind's brother, Tom, ... Tom said": Tom Lind both times.
      c.canonical.assign(CandidateText(*d, c));
      c.canonical.push_back(' ');
      c.canonical.append(family);
      c.rule = "kin";
      AddGiven(d, CandidateText(*d, c), i);
      continue;
    }
    const uint32_t* full = given.Find(CandidateText(*d, c));
    if (full == nullptr || *full == kAmbiguous) continue;
    c.canonical = FullName(*d, cs[*full]);
    c.evidence = Evidence::kStrong;
    c.rule = "given_name";
  }
}

}  // namespace dossier::entities
