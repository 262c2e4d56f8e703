// InitialAcronyms: an acronym that a document never spells out in
// parentheses is tied to the organisation whose initials it writes ("the
// Coastal Rescue Service decided ... CRS officers said" -> canonical
// "Coastal Rescue Service"). It does not read "Long Name (LN)" pairs
// (resolve.cc) or known acronyms of the lexicons (their canonical names are
// set already).
#include "extract/entities/recognizer.h"

namespace dossier::entities {
namespace {

constexpr size_t kMinLetters = 3;  // "MP", "PM" are too short to tell
constexpr size_t kMaxLetters = 6;

// The upper-case first letters of the capitalised words of tokens [a, b)
// into *out; false when a lower-case word other than a particle ("of",
// "and") or a word without letters stands among them.
bool Initials(const DocState& d, uint32_t a, uint32_t b, std::string* out) {
  out->clear();
  for (uint32_t k = a; k < b; ++k) {
    const Tok& t = d.toks[k];
    if (!(t.shape & kWord)) {
      if (t.shape & kPunct) continue;  // "&", the period of "U.S."
      return false;
    }
    if (t.shape & kLowerStart) {
      if (!(Lex(d, t) & kParticleOrg)) return false;
      continue;
    }
    char c = d.text[t.start];
    if (c < 'A' || c > 'Z') return false;
    out->push_back(c);
  }
  return out->size() >= kMinLetters && out->size() <= kMaxLetters;
}

// A lone word in capitals of three to six letters: "INS", "CRS".
bool AcronymShape(const DocState& d, const Candidate& c) {
  if (c.end_tok != c.first_tok + 1) return false;
  const Tok& t = d.toks[c.first_tok];
  size_t n = t.end - t.start;
  return (t.shape & kAllCaps) && !(t.shape & kDotted) && n >= kMinLetters && n <= kMaxLetters;
}

// The first letters of the acronyms to tie, one bit per letter: most names
// need no initials.
uint32_t AcronymLetters(const DocState& d) {
  uint32_t letters = 0;
  for (const Candidate& c : d.cands) {
    if (!AcronymShape(d, c) || !c.canonical.empty()) continue;
    char first = d.text[d.toks[c.first_tok].start];
    if (first >= 'A' && first <= 'Z') letters |= 1u << (first - 'A');
  }
  return letters;
}

// The initials of each organisation's name of two words or more, and of
// the name without its first word ("U.S. Immigration and Naturalization
// Service" gives "USINS" and "INS"), in one arena sized up front so the
// index's keys stay valid. Only names whose initials start with a letter
// of `letters` are indexed.
void IndexInitials(DocState* d, uint32_t letters) {
  const std::vector<Candidate>& cs = d->cands;
  std::string& arena = d->initials_arena;
  arena.clear();
  arena.reserve(cs.size() * 2 * kMaxLetters);
  FlatIndex& index = d->initials;
  index.Clear();
  std::string& scratch = d->key;
  for (uint32_t i = 0; i < cs.size(); ++i) {
    const Candidate& c = cs[i];
    if (c.type != EntityType::kOrganization || c.end_tok - c.first_tok < 2) continue;
    for (uint32_t from = c.first_tok; from < c.first_tok + 2 && from + 1 < c.end_tok; ++from) {
      char first = d->text[d->toks[from].start];
      if (first < 'A' || first > 'Z' || !((letters >> (first - 'A')) & 1)) continue;
      if (!Initials(*d, from, c.end_tok, &scratch)) continue;
      size_t at = arena.size();
      arena.append(scratch);
      index.TryEmplace(std::string_view(arena).substr(at, scratch.size()), i);
    }
  }
}

// Each acronym without a canonical name takes the organisation whose
// initials it writes.
void TieAcronyms(DocState* d) {
  std::vector<Candidate>& cs = d->cands;
  for (Candidate& c : cs) {
    if (!AcronymShape(*d, c) || !c.canonical.empty()) continue;
    const uint32_t* hit = d->initials.Find(WordAt(*d, c.first_tok));
    if (hit == nullptr) continue;
    const Candidate& lng = cs[*hit];
    const Tok& a = d->toks[lng.first_tok];
    if (lng.canonical.empty()) {
      c.canonical.assign(d->text.substr(a.start, d->toks[lng.end_tok - 1].end - a.start));
    } else {
      c.canonical = lng.canonical;
    }
    c.type = EntityType::kOrganization;
    c.rule = "acronym_initials";
  }
}

}  // namespace

void RuleEngine::InitialAcronyms(DocState* d) const {
  uint32_t letters = AcronymLetters(*d);
  if (letters == 0) return;
  IndexInitials(d, letters);
  if (d->initials.empty()) return;
  TieAcronyms(d);
}

}  // namespace dossier::entities
