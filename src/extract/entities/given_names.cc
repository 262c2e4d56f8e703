// GivenNames: a given name said alone after the person's full name ("Ana
// Lind ... Ana said") takes the full name as its canonical name, and a
// relative named by given name after a possessive of the family's name
// ("Lind's daughter Ana", "Lind's brother, Tom,") takes the family's
// surname; a lone word one slip of the pen from a full name's surname
// ("Edward Pelham ... Pellham said") is that person. It does not tie
// exact surnames (resolve.cc) or type mentions.
#include <algorithm>
#include <array>

#include "extract/entities/recognizer.h"

namespace dossier::entities {
namespace {

constexpr uint32_t kAmbiguous = ~0u;  // the given name of two people

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

// True when a and b differ by one letter changed, added, dropped or two
// neighbours swapped ("Pelham"/"Pellham", "Montieth"/"Monteith"), not by a
// final "a" or "s" ("Aliyev"/"Aliyeva" are two people, "the Linds" a
// family), both six letters or more
// and from the same first letter.
bool OneSlip(std::string_view word, std::string_view surname) {
  std::string_view a = word, b = surname;
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < 6 || b.size() - a.size() > 1 || a[0] != b[0] || a == b) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() < b.size()) {
    // "Aliyeva" is another person, "the Linds" a family.
    if (i == a.size() && (b.back() == 'a' || (b.back() == 's' && b.data() == word.data())))
      return false;
    return a.substr(i) == b.substr(i + 1);
  }
  if (a.substr(i + 1) == b.substr(i + 1)) return true;
  return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
         a.substr(i + 2) == b.substr(i + 2);
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

// One pass over the candidates in text order. The full names seen so far
// are kept in d->persons; the index of given names is built on the first
// lone given name (most documents have none), and a lone word is compared
// with the surnames of at most kMaxSurnames full names (linear time).
namespace {

constexpr size_t kMaxSurnames = 32;

// The full names seen so far whose surnames a lone word is compared with,
// and a bit per first letter of those surnames.
struct Surnames {
  std::array<uint32_t, kMaxSurnames> owners{};
  size_t n = 0;
  uint32_t initials = 0;

  void Add(const DocState& d, uint32_t i) {
    const Candidate& c = d.cands[i];
    char head = d.text[d.toks[c.end_tok - 1].start];
    if (n == kMaxSurnames || !c.canonical.empty() || head < 'A' || head > 'Z') return;
    owners[n++] = i;
    initials |= 1u << (head - 'A');
  }

  // The one full name whose surname lone candidate c writes with one slip
  // of the pen; null when none or two.
  [[nodiscard]] const Candidate* Slip(const DocState& d, const Candidate& c) const {
    char head = d.text[d.toks[c.first_tok].start];
    if (c.evidence == Evidence::kStrong || head < 'A' || head > 'Z' ||
        !((initials >> (head - 'A')) & 1) || (Lex(d, d.toks[c.first_tok]) & (kCommon | kFunction)))
      return nullptr;
    std::string_view w = WordAt(d, c.first_tok);
    const Candidate* match = nullptr;
    for (size_t k = 0; k < n; ++k) {
      const Candidate& f = d.cands[owners[k]];
      if (!OneSlip(w, WordAt(d, f.end_tok - 1))) continue;
      if (match != nullptr && CandidateText(d, *match) != CandidateText(d, f)) return nullptr;
      match = &f;
    }
    return match;
  }
};

}  // namespace

// One pass over the candidates in text order. The full names seen so far
// are kept in d->persons; the index of given names is built on the first
// lone given name (most documents have none), and a lone word is compared
// with the surnames of at most kMaxSurnames full names (linear time).
void RuleEngine::GivenNames(DocState* d) const {
  std::vector<Candidate>& cs = d->cands;
  std::vector<uint32_t>& persons = d->persons;
  persons.clear();
  Surnames surnames;
  bool indexed = false;
  d->given.Clear();
  for (uint32_t i = 0; i < cs.size(); ++i) {
    Candidate& c = cs[i];
    if (c.type != EntityType::kPerson) continue;
    if (c.end_tok - c.first_tok >= 2) {
      persons.push_back(i);
      if (indexed && (Lex(d, d->toks[c.first_tok]) & kFirstName))
        AddGiven(d, WordAt(*d, c.first_tok), i);
      surnames.Add(*d, i);
      continue;
    }
    if (!c.canonical.empty()) continue;
    if (LoneGivenName(*d, c)) {
      if (!indexed) IndexGivenNames(d);
      indexed = true;
      TieGivenName(d, i);
      continue;
    }
    if (const Candidate* f = surnames.Slip(*d, c)) {
      c.canonical.assign(CandidateText(*d, *f));
      c.evidence = Evidence::kStrong;
      c.rule = "surname_variant";
    }
  }
}

// The given names of the full names in d->persons.
void RuleEngine::IndexGivenNames(DocState* d) const {
  for (uint32_t p : d->persons) {
    if (Lex(d, d->toks[d->cands[p].first_tok]) & kFirstName)
      AddGiven(d, WordAt(*d, d->cands[p].first_tok), p);
  }
}

// Lone given name i: the relative of a family named before it ("Lind's
// brother, Tom,") or the one person named in full with that given name.
void RuleEngine::TieGivenName(DocState* d, uint32_t i) const {
  Candidate& c = d->cands[i];
  std::string_view family = FamilyName(*d, c);
  if (!family.empty()) {
    // "Lind's brother, Tom, ... Tom said": Tom Lind both times.
    c.canonical.assign(CandidateText(*d, c));
    c.canonical.push_back(' ');
    c.canonical.append(family);
    c.rule = "kin";
    AddGiven(d, CandidateText(*d, c), i);
    return;
  }
  const uint32_t* full = d->given.Find(CandidateText(*d, c));
  if (full == nullptr || *full == kAmbiguous) return;
  c.canonical = FullName(*d, d->cands[*full]);
  c.evidence = Evidence::kStrong;
  c.rule = "given_name";
}

}  // namespace dossier::entities
