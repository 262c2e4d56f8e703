// Counted-noun phrases after a number: adjectives are stepped over, the
// noun is looked up (multi-word forms first) for its lemma and class, a
// nationality word becomes the modifier, and nouns no claim counts (years,
// candles, countries) mark the phrase as not a claim. It does not decide
// the category; extractor.cc does.
#include "extract/claims/sentence.h"

namespace dossier::claims {

bool Sent::IsDash(size_t i) const {
  if (i >= size() || at(i).kind != UnitKind::kPunct) return false;
  std::string_view p = at(i).lower;
  // '-', en dash U+2013, em dash U+2014 (E2 80 93 / 94).
  return p == "-" || p == "\xE2\x80\x93" || p == "\xE2\x80\x94";
}

bool Sent::IsCommaOrDash(size_t i) const { return IsPunct(i, ",") || IsDash(i); }

namespace {

bool LooksPlural(std::string_view w) {
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' &&
         w.find('-') == std::string_view::npos;
}

void FillFromGroup(const GroupInfo& g, NounPhrase* np) {
  np->group = g.lemma;
  np->group_class = g.group_class;
  np->person = g.person;
  np->singular = g.singular;
  np->noun = true;
  np->known = true;
}

bool IsAgeNumber(const Sent& s, size_t i) {
  const NumberMention* n = s.Number(i);
  return n != nullptr && n->kind == NumberKind::kAge;
}

// A word that cannot be part of a counted-noun phrase.
bool EndsPhrase(const Sent& s, std::string_view w) {
  if (s.vocab->Roles(w) & (kStop | kAux)) return true;
  if (s.vocab->StartsTrigger(w)) return true;
  return w.size() > 3 && w.ends_with("ly");
}

// "men and boys", "women, children and elderly people": one counted group;
// its class is people when the nouns' classes differ.
void ExtendCoordinated(const Sent& s, NounPhrase* np) {
  const GroupInfo* g = nullptr;
  size_t k = np->end;
  for (int steps = 0; k + 1 < s.size() && steps < 6; ++steps) {
    std::string_view w = s.Word(k);
    if (w != "and" && w != "or" && !s.IsPunct(k, ",")) break;
    size_t next = k + 1;
    if (s.IsPunct(k, ",") && (s.Word(next) == "and" || s.Word(next) == "or")) ++next;
    size_t len = s.vocab->groups.MatchForward(s.WordFn(), next, s.size(), &g);
    if (len == 0 || !g->person || !np->person) break;
    if (g->group_class != np->group_class) {
      np->group = "people";
      np->group_class = "people";
    }
    np->singular = false;
    np->end = next + len;
    k = np->end;
  }
}

}  // namespace

NounPhrase ParseHead(const Sent& s, size_t i) {
  NounPhrase np;
  np.end = i;
  const Vocab& v = *s.vocab;
  auto word = s.WordFn();
  size_t j = i;
  size_t last_unknown = kNone;
  size_t demonym_end = kNone;
  int content = 0;
  while (j < s.size() && content < 4) {
    const Unit& u = s.at(j);
    if (u.kind == UnitKind::kNumber) {
      if (!IsAgeNumber(s, j)) break;
      ++j;
      ++content;
      continue;
    }
    if (u.kind == UnitKind::kPunct) {
      // "34-year-old" split by a hyphen the number layer left out.
      if (u.lower == "-" && j > i) {
        ++j;
        continue;
      }
      break;
    }
    const GroupInfo* g = nullptr;
    const DemonymInfo* d = nullptr;
    const NotClaimKind* nc = nullptr;
    size_t glen = v.groups.MatchForward(word, j, s.size(), &g);
    size_t dlen = v.demonyms.MatchForward(word, j, s.size(), &d);
    if (glen > 0 && glen >= dlen) {
      // "male victims", "other people": the last noun of a run is the head.
      const GroupInfo* next = nullptr;
      size_t nlen = 0;
      while ((nlen = v.groups.MatchForward(word, j + glen, s.size(), &next)) > 0) {
        j += glen;
        glen = nlen;
        g = next;
      }
      FillFromGroup(*g, &np);
      np.end = j + glen;
      ExtendCoordinated(s, &np);
      return np;
    }
    if (dlen > 0) {
      np.modifier = d->modifier;
      j += dlen;
      ++content;
      demonym_end = j;
      if (d->noun) break;
      continue;
    }
    size_t nlen = v.not_claims.MatchForward(word, j, s.size(), &nc);
    if (nlen > 0 && *nc == NotClaimKind::kNoun) {
      np.not_claim = true;
      np.end = j + nlen;
      return np;
    }
    if (EndsPhrase(s, u.lower)) {
      // "three dead children", "two injured officers": a one-word trigger
      // used as an adjective before a counted noun.
      const TriggerInfo* t = nullptr;
      const GroupInfo* after = nullptr;
      if (np.adjective_category.empty() && v.triggers.MatchForward(word, j, j + 1, &t) == 1 &&
          (t->positions & kAfter) && t->applies == Applies::kPersons &&
          v.groups.MatchForward(word, j + 1, s.size(), &after) > 0 && after->person) {
        np.adjective_category = t->category;
        np.adjective_unit = j;
        ++j;
        ++content;
        continue;
      }
      break;
    }
    last_unknown = j;
    ++j;
    ++content;
  }
  if (last_unknown != kNone && last_unknown + 1 == j && LooksPlural(s.at(last_unknown).lower)) {
    np.group = s.at(last_unknown).lower;
    np.group_class = np.group;
    np.noun = true;
    np.end = j;
    return np;
  }
  if (demonym_end != kNone) {
    // "1,275 Azerbaijanis", "five Chinese": the nationality is the noun.
    np.noun = true;
    np.known = true;
    np.end = demonym_end;
  }
  return np;
}

NounPhrase ParseNoun(const Sent& s, size_t i) {
  if (s.Word(i) != "of") return ParseHead(s, i);
  NounPhrase np;
  np.end = i;
  size_t k = i + 1;
  std::string_view d = s.Word(k);
  if (d == "them" || d == "whom") {
    np.partitive = true;
    np.end = k + 1;
    return np;
  }
  if (d == "those" || d == "these") {
    // "150 of those taken hostage": the participle describes "those".
    np.partitive = true;
    np.end = k + 1;
    const TriggerInfo* t = nullptr;
    size_t len = s.vocab->triggers.MatchForward(s.WordFn(), k + 1, s.size(), &t);
    if (len > 0 && (t->positions & kAfter)) np.end = k + 1 + len;
    return np;
  }
  if (d == "the" || d == "their" || d == "its" || d == "our" || d == "all") ++k;
  if (s.IsCount(k)) ++k;
  NounPhrase inner = ParseHead(s, k);
  if (!inner.noun) return np;
  inner.partitive = true;
  return inner;
}

}  // namespace dossier::claims
