// The context around a capitalised run of unknown type: a role word or
// "city of" before it, an appositive, an age, a kind of organisation or a
// verb of saying around it, a known place after a comma. Each test emits
// the typed run and says so; it does not read titles or cues inside the run.
#include "extract/entities/recognizer.h"

namespace dossier::entities {

// Capitalised runs that hold a settlement name beside other words are
// mostly teams and firms: "Atletico Madrid", "Miami Dolphins".
bool RuleEngine::PlaceInside(DocState* d, uint32_t a, uint32_t b) const {
  const PhraseInfo* info = nullptr;
  if (PhraseAt(d, a, b, &info) && info->type == EntityType::kPlace) return true;
  for (uint32_t q = a + 1; q < b; ++q) {
    uint32_t len = PhraseAt(d, q, b, &info);
    if (len && q + len == b && info->type == EntityType::kPlace) return true;
  }
  return false;
}

// "an aid group working in the valley, Vale Relief, says": a name set off by
// commas after a clause that a lower-case organisation noun opens (within
// six words, no other comma between).
bool OrgAppositiveBefore(const DocState& d, uint32_t a, uint32_t b) {
  const std::vector<Tok>& t = d.toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  if (a < 3 || d.sentence_start[a] || !(t[a - 1].shape & kComma)) return false;
  if (b >= n || !(t[b].shape & kComma)) return false;  // closed by a comma too
  for (uint32_t k = a - 1; k-- > 0 && k + 8 > a;) {
    if (t[k].shape & (kComma | kStop)) return false;
    if ((t[k].shape & kLowerStart) && (Lex(d, t[k]) & kOrgNoun) && !(Lex(d, t[k]) & kRoleWord) &&
        !(t[k + 1].shape & kPossessive)) {  // not "the club's new coach, X,"
      return true;
    }
    if (d.sentence_start[k]) return false;
  }
  return false;
}

// "the bank Corvane", "Turkish club Tarvik": a kind of organisation right
// before the name; "the Corvane group", "Tarvik news agency" right after.
bool RuleEngine::OrgNounAround(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  auto org_noun = [&](uint32_t k) {
    return k < n && !d->sentence_start[k] && (t[k].shape & kLowerStart) &&
           (Lex(d, t[k]) & kOrgNoun) && !(Lex(d, t[k]) & kRoleWord);
  };
  if (Lex(d, t[a]) & kFirstName) return false;  // "publisher Jan Roos" is a person
  if (a > 0 && !d->sentence_start[a] && org_noun(a - 1)) {
    Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "org_noun_before");
    return true;
  }
  uint32_t after = b < n && !d->sentence_start[b] && WordAt(*d, b) == "news" ? b + 1 : b;
  if (!org_noun(after)) return false;
  // "Software firm X": a common word opening a sentence may stand there;
  // the document pass decides, as for other initial words.
  bool initial = b - a == 1 && (d->sentence_start[a] ||
                                (a > 0 && (t[a - 1].shape & (kQuoteMark | kDash | kStop))));
  Emit(d, a, b, EntityType::kOrganization, initial ? Evidence::kDefault : Evidence::kContext,
       "org_noun_after");
  d->cands.back().initial = initial;
  return true;
}

// "in Tarvo", "at Corvane": a word of place right before token a, in the
// same sentence.
bool LocativeBefore(const DocState& d, uint32_t a) {
  return a > 0 && !d.sentence_start[a] && (Lex(d, d.toks[a - 1]) & kLocative);
}

// Context around a run of unknown type: a role word before it, an
// appositive after it, "city of" before it, "village" after it.
bool RuleEngine::ByContext(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  bool same_sentence_prev = a > 0 && !d->sentence_start[a];
  if (same_sentence_prev) {
    const Tok& p = t[a - 1];
    if ((p.shape & kLowerStart) && (Lex(d, p) & (kRoleWord | kTitle)) && !(Lex(d, p) & kFunction)) {
      Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "role_before");
      return true;
    }
    if ((p.shape & kLowerStart) && WordAt(*d, a - 1) == "of" && a >= 2 &&
        ((Lex(d, t[a - 2]) & kPlaceContextStrong) || Compass(WordAt(*d, a - 2)))) {
      Emit(d, a, b, EntityType::kPlace, Evidence::kStrong, "place_of");
      return true;
    }
  }
  // "Gavin Royle, group managing director", "the head of the group, Ana
  // Lind, said": a given name or an initial opening two words or more is a
  // person's name, whatever organisation noun stands beside it.
  bool person_shape = b - a >= 2 && ((Lex(d, t[a]) & kFirstName) || (t[a].shape & kInitial));
  if (!person_shape && OrgAppositiveBefore(*d, a, b)) {
    Emit(d, a, b, EntityType::kOrganization, Evidence::kStrong, "org_appositive");
    return true;
  }
  if (b < n && !d->sentence_start[b] && (t[b].shape & kLowerStart) && (Lex(d, t[b]) & kPlaceHead)) {
    Emit(d, a, b, EntityType::kPlace, Evidence::kStrong, "place_noun_after");
    return true;
  }
  if (OrgNounAround(d, a, b)) return true;
  if (b + 1 < n && (t[b].shape & kComma) && !d->sentence_start[b + 1]) {
    uint32_t k = b + 1;
    if ((t[k].shape & kLowerStart) &&
        (WordAt(*d, k) == "a" || WordAt(*d, k) == "the" || WordAt(*d, k) == "an"))
      ++k;
    // "Ana Lind, 45, said": an age set off by commas.
    if (k == b + 1 && k + 1 < n && (t[k].shape & kDigit) && t[k].end - t[k].start <= 2 &&
        (t[k + 1].shape & kComma) && IsDigits(WordAt(*d, k))) {
      Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "age");
      return true;
    }
    // "Tarvo, where the party met", "Ana Lind, who runs a charity": a clause,
    // not an appositive naming what the name is.
    bool clause = (t[k].shape & kLowerStart) && (Lex(d, t[k]) & kClauseWord);
    for (uint32_t q = k; !clause && q < n && q < k + 4 && !d->sentence_start[q]; ++q) {
      if (t[q].shape & (kComma | kStop)) break;
      // "X, the club's president": a noun before a possessive is no head.
      bool possessed = q + 1 < n && (t[q + 1].shape & kPossessive);
      if (!person_shape && (t[q].shape & kLowerStart) && (Lex(d, t[q]) & kOrgNoun) &&
          !(Lex(d, t[q]) & kRoleWord) && !possessed) {
        Emit(d, a, b, EntityType::kOrganization, Evidence::kStrong, "org_appositive");
        return true;
      }
      // "in Tarvo, the mayor said", "told the Daily Post, the mayor said":
      // after a word of place or an article the role is the clause's
      // subject, not the name's appositive (no person takes "the").
      if ((t[q].shape & kLowerStart) && (Lex(d, t[q]) & kRoleWord) && !LocativeBefore(*d, a) &&
          !(a > 0 && !d->sentence_start[a] && WordAt(*d, a - 1) == "the")) {
        Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "appositive");
        return true;
      }
    }
    if (WordAt(*d, b + 1) == "who") {
      Emit(d, a, b, EntityType::kPerson, Evidence::kContext, "who_after");
      return true;
    }
  }
  if (b < n && (t[b].shape & kLowerStart) && !d->sentence_start[b]) {
    LowerInto(WordAt(*d, b), &d->key);
    if (IsSayVerb(d->key) && !ArticleBefore(*d, a, b)) {
      Emit(d, a, b, EntityType::kPerson, Evidence::kContext, "say_after");
      return true;
    }
  }
  if (b - a == 1 && b < n && (t[b].shape & kLowerStart) && !(Lex(d, t[b]) & kFunction) &&
      !(Lex(d, t[a]) & kFirstName) && DemonymShape(WordAt(*d, a))) {
    Emit(d, a, b, EntityType::kGroup, Evidence::kContext, "demonym_shape");
    return true;
  }
  if (b + 1 < n && (t[b].shape & kComma) && !d->sentence_start[b + 1] && b - a <= 2 &&
      !Affiliation(*d, a, b)) {
    // "Tervan, Teralia", "Hartford, Conn.": a name, a comma, a known place.
    const PhraseInfo* info = nullptr;
    uint32_t len = PhraseAt(d, b + 1, n, &info);
    if (len && info->type == EntityType::kPlace &&
        (b + 1 + len >= n || !(t[b + 1 + len].shape & kPossessive))) {
      Emit(d, a, b, EntityType::kPlace, Evidence::kContext, "place_comma_place");
      return true;
    }
  }
  if (same_sentence_prev && ((t[a - 1].shape & kLowerStart) || (Lex(d, t[a - 1]) & kFunction)) &&
      (Lex(d, t[a - 1]) & kPlaceContext) && b - a == 1) {
    Emit(d, a, b, EntityType::kPlace, Evidence::kContext, "place_context");
    return true;
  }
  return false;
}

}  // namespace dossier::entities
