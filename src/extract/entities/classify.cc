// ClassifyRun: the type of one capitalised run, from the gazetteer, the
// cues inside it, titles, then its context and its shape; a run that holds
// a known name beside others is cut and each part classified. It does not
// build runs (recognizer.cc) or tie mentions across the document
// (resolve.cc).
#include "extract/entities/recognizer.h"

namespace dossier::entities {
namespace {

constexpr uint32_t kNameStop = kFunction | kCalendar;

}  // namespace

// "(R-Utah)", ", D-Calif.,": a US party letter and a state after a bracket
// or a comma is a tag on the name before it, not an entity of its own.
static bool PartyTag(const DocState& d, uint32_t a, uint32_t b) {
  if (b != a + 1 || a == 0 || !(d.toks[a - 1].shape & (kOpenParen | kComma))) return false;
  std::string_view w = WordAt(d, a);
  auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
  if (w.size() < 3 || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') || w[1] != '-' || !upper(w[2]))
    return false;
  // "R-Utah", "R-Calif" (a state written out or cut), "R-TX", "D-N" of "D-N.Y.".
  if (w.size() == 4 && upper(w[3])) return true;
  for (size_t k = 3; k < w.size(); ++k) {
    if (w[k] < 'a' || w[k] > 'z') return false;
  }
  return true;
}

// "Dorn & Vale", "Marks & Sons": two names joined by "&" name a firm (two
// given names, "Ana & Tom", name a pair of people).
static bool Ampersand(const DocState& d, uint32_t a, uint32_t b) {
  const std::vector<Tok>& t = d.toks;
  for (uint32_t q = a + 1; q + 1 < b; ++q) {
    if (t[q].end == t[q].start + 1 && d.text[t[q].start] == '&' &&
        !((Lex(d, t[a]) & kFirstName) && (Lex(d, t[q + 1]) & kFirstName)))
      return true;
  }
  return false;
}

// "Retailers Corvane and Dorn", "Researchers Tarvik": the plural of a
// common word, a role or a kind of organisation (token i) opens a run.
bool RuleEngine::PluralOfCommon(const DocState& d, uint32_t i) const {
  std::string_view w = WordAt(d, i);
  if (w.size() < 5 || w.back() != 's' || w[w.size() - 2] == 's') return false;
  uint32_t f = lex_->Flags(w.substr(0, w.size() - 1), false);
  return (f & (kCommon | kRoleWord | kOrgNoun)) && !(f & (kFirstName | kTitle));
}

// A group word and one more word, [a, b): "said Christian Larvesson" (a
// given name that is also a group word, then one unknown name word) is a
// person; "the Scottish Executive" (after "the", a nationality and one word
// of government that is no office held by a person: "the French President"
// is one) a body. Emits and returns true for those.
bool RuleEngine::GroupAndWord(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t rest = Lex(d, t[b - 1]);
  if (b == a + 2 && (Lex(d, t[a]) & kFirstName) &&
      !(rest & (kAnyCue | kTitle | kCommon | kRoleWord | kOfficePart | kFunction))) {
    Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "first_name");
    return true;
  }
  if (a > 0 && EqualsLower(WordAt(*d, a - 1), "the") && (rest & (kOfficePart | kRoleWord)) &&
      !(rest & (kOffice | kRank))) {
    Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "national_body");
    return true;
  }
  return false;
}

void RuleEngine::ClassifyRun(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  // Function words and calendar words never open or close a name.
  // "Jan Bos", "May Chen": a calendar word that is also a given name stays
  // when a capitalised word follows it.
  while (a < b && (Lex(d, t[a]) & kNameStop) &&
         !((Lex(d, t[a]) & kFirstName) && !(Lex(d, t[a]) & kFunction) && a + 1 < b &&
           (t[a + 1].shape & kCap)))
    ++a;
  while (b > a && ((Lex(d, t[b - 1]) & kNameStop) || !NameLike(t[b - 1])) &&
         !(b >= a + 3 && SeriesNumber(WordAt(*d, b - 1)) && (Lex(d, t[b - 2]) & kEventHead)))
    --b;
  if (a >= b || PartyTag(*d, a, b)) return;
  // Digit-led words ("44-Day") only inside an event or organisation name.
  const PhraseInfo* info = nullptr;
  uint32_t len = PhraseAt(d, a, b, &info);
  if (len == b - a) {
    if (info->settlement && b < t.size() && ScoreAt(*d, b))
      return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "team_score");
    if (info->settlement && (SportsContext(*d, a, b) || Affiliation(*d, a, b) || AwayAt(*d, a, b) ||
                             PluralVerbAfter(*d, a, b)))
      return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "team_context");
    Emit(d, a, b, info->type, Evidence::kStrong, "gazetteer");
    if (!info->canonical.empty()) d->cands.back().canonical = info->canonical;
    return;
  }
  bool name_after = (Lex(d, t[a + len]) & kFirstName) ||
                    (info && info->type == EntityType::kPlace && b - (a + len) >= 2 &&
                     !(Lex(d, t[b - 1]) & kAnyCue) && !(Lex(d, t[a + len]) & kAnyCue));
  // "the UK Department of Transport": a known place or nationality before
  // a name that an organisation cue opens.
  if (len > 0 && a + len + 1 < b &&
      (info->type == EntityType::kPlace || info->type == EntityType::kGroup) &&
      (Lex(d, t[a + len]) & kOrgLead) && NameLike(t[a + len])) {
    Emit(d, a, a + len, info->type, Evidence::kStrong,
         info->type == EntityType::kGroup ? "nationality" : "gazetteer");
    if (!info->canonical.empty()) d->cands.back().canonical = info->canonical;
    return ClassifyRun(d, a + len, b);
  }
  if (len > 0 && a + len < b && name_after && !(Lex(d, t[a + len]) & kAnyCue) &&
      info->type != EntityType::kGroup && NameLike(t[a + len]) && !(Lex(d, t[a]) & kFirstName)) {
    // "the Middle East Tobias Ellwood": a known name, then a person.
    Emit(d, a, a + len, info->type, Evidence::kStrong, "gazetteer");
    return ClassifyRun(d, a + len, b);
  }
  // "Secretary of State X" joined "of" to the title (ProseRuns); when no
  // office and name come out of it, the two sides are classified apart.
  for (uint32_t q = a + 1; q + 1 < b; ++q) {
    if (Lex(d, t[q - 1]) & kAnyCue) break;  // "Ministry of Defence": a cue joined it
    if ((t[q].shape & kLowerStart) && (Lex(d, t[q - 1]) & (kOffice | kRank)) &&
        WordAt(*d, q) == "of") {
      if (TitledPerson(d, a, b)) return;
      ClassifyRun(d, a, q);
      return ClassifyRun(d, q + 1, b);
    }
  }
  uint32_t first = Lex(d, t[a]), last = Lex(d, t[b - 1]);
  bool multi = b - a >= 2;
  if (multi) {
    // "Convention on the Rights of the Child": a document, whatever follows.
    for (uint32_t q = a; q < b; ++q) {
      if ((Lex(d, t[q]) & kDocCue) && (t[q].shape & kCap) && !(last & kOrgHead))
        return Emit(d, a, b, EntityType::kOther, Evidence::kStrong, "document_cue");
    }
  }
  if (multi && (first & kEventLead))
    return Emit(d, a, b, EntityType::kEvent, Evidence::kStrong, "event_cue");
  // "Sheriff's Office": a title before a possessive owns the body's name.
  if (multi && (last & kOrgHead) && (!(Lex(d, t[a]) & kTitle) || (t[a + 1].shape & kPossessive)))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kStrong, "org_cue");
  // "House Speaker Paul Ryan", "Fort Dale Mayor X": a title inside a name
  // that an organisation or place cue opens is a person's office.
  bool lead = multi && (first & (kOrgLead | kPlaceLead));
  if (lead && TitledPerson(d, a, b)) return;
  if (multi && (first & kOrgLead))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kStrong, "org_cue");
  // "World War Two", "Gulf War II": a number word after the event word.
  bool numbered = b - a >= 3 && (Lex(d, t[b - 2]) & kEventHead) && SeriesNumber(WordAt(*d, b - 1));
  if (multi && ((last & kEventHead) || numbered)) {
    // "the 44-day Patriotic War", "the 1998 World Cup": a digit-led word or
    // a year before the name joins it.
    if (a > 0 && !d->sentence_start[a] && (t[a - 1].shape & kDigit) &&
        (WordAt(*d, a - 1).find('-') != std::string_view::npos || Year(WordAt(*d, a - 1))))
      --a;
    return Emit(d, a, b, EntityType::kEvent, Evidence::kStrong, "event_cue");
  }
  if (multi && (((last & kPlaceHead) && !(Lex(d, t[a]) & kTitle)) || (first & kPlaceLead))) {
    // "St Mirren 16 7 2 7": a place-shaped name in a results row is a team.
    if (b < t.size() && ScoreAt(*d, b))
      return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "team_score");
    return Emit(d, a, b, EntityType::kPlace, Evidence::kStrong, "place_cue");
  }
  if (TitledPerson(d, a, b)) return;
  if (len > 0 && info->type == EntityType::kGroup) {
    if (a + len + 1 == b && GroupAndWord(d, a, b)) return;
    Emit(d, a, a + len, EntityType::kGroup, Evidence::kStrong, "nationality");
    return ClassifyRun(d, a + len, b);
  }
  if (t[a].shape & kDigit) return;
  // A capitalised common word at a sentence start is not a name.
  bool initial = d->sentence_start[a] || (a > 0 && (t[a - 1].shape & (kQuoteMark | kDash | kStop)));
  if (initial && (first & (kCommon | kRoleWord | kAnyCue)) && !(t[a].shape & kAllCaps)) {
    return ClassifyRun(d, a + 1, b);
  }
  if (initial && multi && PluralOfCommon(*d, a)) return ClassifyRun(d, a + 1, b);
  if (!multi) {
    uint32_t f = Lex(d, t[a]);
    if ((f & kTitle) && !initial && !(t[a].shape & kAllCaps)) {
      // "Major" may be the surname of a "John Major" named elsewhere.
      Emit(d, a, b, EntityType::kPerson, Evidence::kDefault, "surname");
      d->cands.back().needs_support = true;
      return;
    }
    if (f & (kCommon | kFunction | kTitle | kOfficePart | kRoleWord | kAnyCue)) return;
    if (t[a].end - t[a].start == 1) return;  // a lone capital letter
    if (t[a].shape & kAllCaps) {
      // "TIGNES, France 1996-12-06": a dateline before a known place.
      const PhraseInfo* next = nullptr;
      if ((t[a].shape & kLineStart) && b + 1 < t.size() && (t[b].shape & kComma) &&
          PhraseAt(d, b + 1, static_cast<uint32_t>(t.size()), &next) &&
          next->type == EntityType::kPlace) {
        Emit(d, a, b, EntityType::kPlace, Evidence::kContext, "dateline");
        return;
      }
      if (t[a].end - t[a].start <= 6)
        Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "acronym");
      return;
    }
  } else if ((last & (kTitle | kRoleWord)) && !(first & kFirstName)) {
    return;  // "Human Rights Commissioner": a role, not a name
  }
  if (!multi && !(first & kFirstName) && !DemonymShape(WordAt(*d, a)) && OrgBeforeRole(*d, b)) {
    // At a sentence start it may be a common word ("Aviation analyst X"):
    // the document pass decides, as for other initial words.
    Emit(d, a, b, EntityType::kOrganization, initial ? Evidence::kDefault : Evidence::kContext,
         "org_before_role");
    d->cands.back().initial = initial;
    return;
  }
  if (multi && Ampersand(*d, a, b))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "ampersand");
  // "Ian Fogg, Vantara Research analyst, said": a name before a role held
  // for a body is that body.
  if (multi && !(first & kFirstName) && !(t[a].shape & kInitial) && BodyRoleAfter(*d, b))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "org_before_role");
  if (ByContext(d, a, b)) return;
  if (multi && ((first & kFirstName) || (t[a].shape & kInitial)))
    return Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "first_name");
  if (multi && PlaceInside(d, a, b))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kDefault, "place_inside");
  bool score = b < t.size() && ScoreAt(*d, b);
  if (multi && (t[a].shape & kAllCaps) && t[a].end - t[a].start <= 5 && !(first & kTitle))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kDefault, "acronym_led");
  bool article = ArticleBefore(*d, a, b);
  if (multi && b - a <= 3 && !score) {
    if (BodyContext(*d, a, b))
      return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "body_context");
    if (article) return Emit(d, a, b, EntityType::kOrganization, Evidence::kDefault, "article");
    // "a Reyes T-Shirt", "a Golden Globe": after "a" the words name a thing
    // or qualify a noun; no person is named so.
    if (a > 0 && !d->sentence_start[a] && (t[a - 1].shape & kLowerStart) &&
        (WordAt(*d, a - 1) == "a" || WordAt(*d, a - 1) == "an"))
      return Emit(d, a, b, EntityType::kOther, Evidence::kDefault, "indefinite");
    return Emit(d, a, b, EntityType::kPerson, Evidence::kDefault, "name_shape");
  }
  if (!multi && initial) {
    // "Extras :", "Addressing a rally", "Veterans of the war": labels and
    // common words.
    if (b < t.size() && (d->text[t[b].start] == ':' || WordAt(*d, b) == "of")) return;
    if (CommonShape(WordAt(*d, a))) return;
    std::string_view w = WordAt(*d, a);
    if (!score && w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
        w[w.size() - 2] != 'u')
      return;  // "Investigators said": a plural common noun
  }
  // Alone and unknown: a team or firm in a results line or by its context,
  // else most often a person named by surname. "Peter Lorne ( Kelvar )": a
  // word in parentheses after a name is the person's club or firm;
  // "( Lorne 39 , Sallis 89 )": scorers in a list.
  bool affiliation = a >= 2 && (t[a - 1].shape & kOpenParen) && NameLike(t[a - 2]);
  if (score && !multi && InParentheses(*d, a)) {
    return Emit(d, a, b, EntityType::kPerson, Evidence::kDefault, "scorer");
  }
  EntityType guess = score || multi || affiliation || article || OrgShape(*d, a) ||
                             SportsContext(*d, a, b) || Fixture(*d, a, b) || BodyContext(*d, a, b)
                         ? EntityType::kOrganization
                         : EntityType::kPerson;
  if (!multi && !score && PlaceShape(WordAt(*d, a))) guess = EntityType::kPlace;
  Emit(d, a, b, guess, Evidence::kDefault, score && !multi ? "team_score" : "capitalised");
  d->cands.back().initial = initial && !multi;
}

}  // namespace dossier::entities
