// Speaker finding around speech verbs and cues, and resolution of names and
// pronouns. Every search is bounded (a clause, or a fixed number of earlier
// mentions), so the cost per quote is constant; the capitalised-name scan of
// the whole text runs at most once per document, and only when needed.
#include "extract/quotes/speaker.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

namespace dossier::quotes {
namespace {

constexpr std::string_view kParticles[] = {"de",  "van", "von", "der", "den", "bin", "al",
                                           "da",  "del", "la",  "le",  "di",  "du",  "ibn",
                                           "abu", "el",  "dos", "das", "ben", "ter"};

bool IsParticle(std::string_view text, const Tok& t) {
  if (t.kind != TokKind::kWord || t.cap) return false;
  for (std::string_view p : kParticles) {
    if (TokIs(text, t, p)) return true;
  }
  return false;
}

bool EndsWithWord(std::string_view name, std::string_view word) {
  return name.size() > word.size() && name.substr(name.size() - word.size()) == word &&
         name[name.size() - word.size() - 1] == ' ';
}

constexpr uint32_t kPronouns = kPersonPronoun | kPluralPronoun | kItPronoun;

// "Jo Reyes, D-Conn., said", "Jo Reyes, R-Texas, said": toks[j] is the
// comma after a party and state tag that follows a comma; returns the index
// of that first comma, or -1.
int PartyTagComma(std::string_view text, const std::vector<Tok>& toks, int lo, int j) {
  for (int k = j - 1; k > lo && k >= j - 6; --k) {
    const Tok& t = toks[k];
    std::string_view w = TokText(text, t);
    if (t.kind == TokKind::kWord && w.size() >= 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') &&
        w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z')
      return TokIsChar(text, toks[k - 1], ',') ? k - 1 : -1;
    bool part = TokIsChar(text, t, '.') || (t.kind == TokKind::kWord && t.cap && w.size() <= 5);
    if (!part) return -1;
  }
  return -1;
}

}  // namespace

// "on Youngstown Road", "at 248 Elm Drive", "the 100 block of Pingree Ave.":
// a name ending in a street word after a number or a preposition is a
// place; "Photo: ..." is a caption. Neither speaks.
bool PlaceOrCaption(std::string_view text, const QuoteLexicon& lex, size_t start, size_t end) {
  std::string_view name = text.substr(start, end - start);
  if (lex.Classes(name.substr(0, name.find(' '))) & kCaption) return true;
  size_t sp = name.rfind(' ');
  std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
  if (!last.empty() && last.back() == '.') last.remove_suffix(1);
  if (!(lex.Classes(last) & kStreet)) return false;
  size_t p = start;
  while (p > 0 && text[p - 1] == ' ') --p;
  if (p == 0) return false;
  if (text[p - 1] >= '0' && text[p - 1] <= '9') return true;
  size_t w = p;
  while (w > 0 && text[w - 1] >= 'a' && text[w - 1] <= 'z') --w;
  return w < p && (lex.Classes(text.substr(w, p - w)) & kLinkBefore);
}

CueHit Attributor::CueAt(const std::vector<Tok>& toks, int i) const {
  CueHit hit;
  if (i < 0 || i >= static_cast<int>(toks.size()) || !IsWord(toks[i])) return hit;
  const WordEntry* entry = lex_.Lookup(TokText(text_, toks[i]));
  if (entry == nullptr) return hit;
  if (entry->classes & kCueStart) {
    for (const Cue& cue : lex_.cues()) {
      size_t n = cue.words.size();
      if (i + n > toks.size()) continue;
      bool match = true;
      for (size_t k = 0; k < n && match; ++k) match = TokIs(text_, toks[i + k], cue.words[k]);
      if (match) {
        hit.index = i;
        hit.after = i + static_cast<int>(n);
        hit.phrase = &cue;
        return hit;
      }
    }
  }
  // A weak verb is written in lower case ("the statement read"); "Read" is
  // more often a name. After "of", a determiner or a possessive it is a noun
  // ("a series of tweets", "his claims").
  bool noun = false;
  if (entry->verb != nullptr && (entry->verb->flags & kWeak) && i > 0 && IsWord(toks[i - 1])) {
    const Tok& p = toks[i - 1];
    noun = (Cls(p) & kDeterminer) || TokIs(text_, p, "of") || TokIs(text_, p, "his") ||
           TokIs(text_, p, "her") || TokIs(text_, p, "their") || TokIs(text_, p, "its");
  }
  if (entry->verb != nullptr && !noun && !((entry->verb->flags & kWeak) && toks[i].cap)) {
    hit.index = i;
    hit.after = i + 1;
    hit.verb = entry->verb;
  }
  return hit;
}

bool Attributor::NameWord(const std::vector<Tok>& toks, int i) const {
  const Tok& t = toks[i];
  if (!IsWord(t) || !t.cap) return false;
  return (Cls(t) & (kDeterminer | kStop | kSkip | kPronouns)) == 0;
}

std::vector<EntityMention>::const_iterator Attributor::EntitiesFrom(size_t pos) const {
  return std::lower_bound(entities_.begin(), entities_.end(), pos,
                          [](const EntityMention& e, size_t p) { return e.start < p; });
}

std::string_view Attributor::EntityName(const EntityMention& e) const {
  return e.canonical.empty() ? text_.substr(e.start, e.end - e.start)
                             : std::string_view(e.canonical);
}

const EntityMention* Attributor::EntityAt(size_t start, size_t end) const {
  auto it = EntitiesFrom(end);
  if (it == entities_.begin()) return nullptr;
  --it;
  return it->end > start ? &*it : nullptr;
}

// The entity mention covering t, unless it is a lone title ("Gov" cut from
// "Gov. Terry E. Branstad" by the recognizer): the name run reads past it.
const EntityMention* Attributor::NameEntityAt(const Tok& t) const {
  const EntityMention* e = EntityAt(t.start, t.end);
  if (e == nullptr || e->start != t.start || e->end != t.end) return e;
  return (Cls(t) & kTitle) ? nullptr : e;
}

// toks[a..b] is a run of capitalised words: drop leading titles and role
// words ("President", "Foreign Minister", "Mr."). Organisation names keep
// them ("Foreign Ministry").
Who Attributor::NameRun(const std::vector<Tok>& toks, int a, int b) const {
  Who who;
  bool org = IsWord(toks[b]) && (Cls(toks[b]) & kOrgCue);
  int s = a;
  while (!org && s <= b) {
    const Tok& t = toks[s];
    bool strip = (t.kind == TokKind::kPunct) || (Cls(t) & (kTitle | kRole | kDeterminer));
    if (!strip) break;
    ++s;
  }
  // "Acme Group President Jo Reyes": an organisation and a title before the
  // person; the name starts after the last title word.
  for (int t = b - 1; !org && t > s; --t) {
    if (IsWord(toks[t]) && (Cls(toks[t]) & kTitle) && NameWord(toks, t + 1) &&
        !(Cls(toks[t + 1]) & kTitle)) {
      s = t + 1;
      break;
    }
  }
  if (s > b) {
    who.kind = Who::kDescription;
    who.start = toks[a].start;
  } else {
    who.kind = Who::kName;
    who.start = toks[s].start;
  }
  who.end = toks[b].end;
  return who;
}

// The last word of a described speaker is a noun: no number, no adverb
// ("a swiftly called meeting" cut short), no determiner.
bool Attributor::NounLike(const Tok& t) const {
  if (t.kind != TokKind::kWord) return false;
  std::string_view w = TokText(text_, t);
  uint32_t cls = Cls(t);
  if (w.size() > 3 && w.substr(w.size() - 2) == "ly" && !(cls & (kNoun | kRole | kOrgCue)))
    return false;
  return (cls & kDeterminer) == 0;
}

bool Attributor::EndsDescription(const std::vector<Tok>& toks, int lo, int a) const {
  return IsWord(toks[a]) && (Cls(toks[a]) & kStop) && !InnerAnd(toks, lo, a);
}

// "the work and pensions minister": an "and" at toks[a] between two
// lower-case words of a post, after a determiner at most three words back.
bool Attributor::InnerAnd(const std::vector<Tok>& toks, int lo, int a) const {
  if (a - 1 < lo || a + 2 >= static_cast<int>(toks.size()) || !TokIs(text_, toks[a], "and"))
    return false;
  auto plain = [&](const Tok& t) {
    return IsWord(t) && !t.cap && !(Cls(t) & (kStop | kSkip | kDeterminer | kPronouns)) &&
           lex_.Verb(TokText(text_, t)) == nullptr;
  };
  if (!plain(toks[a - 1]) || !plain(toks[a + 1]) || !plain(toks[a + 2])) return false;
  for (int d = a - 2; d >= lo && d >= a - 4; --d) {
    if (!IsWord(toks[d])) return false;
    if (Cls(toks[d]) & kDeterminer) return true;
  }
  return false;
}

Who Attributor::DescriptionBefore(const std::vector<Tok>& toks, int lo, int j) const {
  if (toks[j].kind != TokKind::kWord) return {};
  if ((Cls(toks[j]) & (kStop | kSkip)) || lex_.Verb(TokText(text_, toks[j])) != nullptr) return {};
  int k = j;
  int words = 1;
  bool possessive = false;
  while (k - 1 >= lo && words < 8) {
    const Tok& p = toks[k - 1];
    if (IsPunct(p, '-') && k - 2 >= lo && p.start == toks[k - 2].end && p.end == toks[k].start) {
      k -= 2;  // "the 24-year-old": a hyphen inside a compound
      continue;
    }
    if (int city = IsPunct(p, ',') ? PlaceTagBefore(toks, lo, k - 1) : -1; city >= 0) {
      k = city;  // "the Dunmore, Ohio, maker": a state after a city
      ++words;
      continue;
    }
    if (IsPunct(p, '.') && k - 2 >= lo && InitialsDot(toks, k - 2)) {
      k -= 2;  // "one U.S. official": a dot inside initials
      continue;
    }
    if (p.kind == TokKind::kPunct) break;
    uint32_t c = p.kind == TokKind::kWord ? Cls(p) : 0;
    if (EndsDescription(toks, lo, k - 1)) break;
    --k;
    ++words;
    // "Italy's economy minister", "Acme's chief": a possessive opens the
    // description of a person.
    std::string_view pw = TokText(text_, p);
    if (p.cap && (pw.ends_with("'s") || pw.ends_with("\u2019s")) &&
        (Cls(toks[j]) & (kRole | kPost | kTitle | kKin | kFemale | kMale))) {
      possessive = true;
      // The whole name ("Big Harbour's", "Mr Jo Reyes's"), and "one of"
      // or "a friend of" before it.
      while (k - 1 >= lo && IsWord(toks[k - 1]) && toks[k - 1].cap &&
             !(Cls(toks[k - 1]) & (kDeterminer | kStop)))
        --k;
      if (k - 1 >= lo && TokIs(text_, toks[k - 1], "of")) continue;
      break;
    }
    if ((c & kDeterminer) || TokIs(text_, p, "her")) {
      if (k - 1 >= lo && TokIs(text_, toks[k - 1], "of")) continue;  // the head of the service
      break;
    }
  }
  bool det = (Cls(toks[k]) & kDeterminer) || TokIs(text_, toks[k], "her") || possessive;
  bool role = (Cls(toks[j]) & kRole) != 0;
  if (!det && !role) return {};
  if (!NounLike(toks[j])) return {};
  Who who;
  who.kind = Who::kDescription;
  who.start = toks[k].start;
  who.end = toks[j].end;
  return who;
}

Who Attributor::SubjectBefore(const std::vector<Tok>& toks, int lo, int v) const {
  if (Who outer = BeforeReducedRelative(toks, lo, v); outer.kind != Who::kNone) return outer;
  Who who = SubjectNextTo(toks, lo, v);
  if (who.kind == Who::kNone || who.kind == Who::kPronoun) return who;
  if (Who named = AffiliatedPerson(toks, lo, v); named.kind != Who::kNone) return named;
  if (Who named = PersonEndingOrganisation(toks, lo, who); named.kind != Who::kNone) return named;
  Who before_prep = BeforePreposition(toks, lo, v, who);
  if (before_prep.kind != Who::kNone) return before_prep;
  // "Two fishermen who joined the rescue described ...": the subject is the
  // phrase before the relative clause, not the object inside it.
  int first = v - 1;
  while (first > lo && toks[first].start > who.start) --first;
  for (int w = first - 1; w > lo && w >= first - 6; --w) {
    if (toks[w].kind == TokKind::kPunct) break;
    if (TokIs(text_, toks[w], "who") || TokIs(text_, toks[w], "which")) {
      Who outer = SubjectNextTo(toks, lo, w);
      if (outer.kind != Who::kNone) return outer;
      break;
    }
  }
  return who;
}

// "Jo Reyes, of the Harbour Trust in Leeds said": a name, a comma and
// where the person is from, with no comma to close it.
Who Attributor::AffiliatedPerson(const std::vector<Tok>& toks, int lo, int v) const {
  // The full stop of a short capitalised abbreviation ("U.S.") ends nothing.
  int c = v - 2;
  while (c > lo && c >= v - 25 && (toks[c].kind != TokKind::kPunct || AbbreviationDot(toks, c)))
    --c;
  if (c <= lo || c < v - 25 || !IsPunct(toks[c], ',') || !NameWord(toks, c - 1)) return {};
  // "Jo Reyes, commander of the Harbour Trust said": a post may come first.
  int k = c + 1;
  while (k < v - 1 && k <= c + 4 && IsWord(toks[k]) && !toks[k].cap &&
         !TokIs(text_, toks[k], "of") && !TokIs(text_, toks[k], "at") &&
         PostWord(TokText(text_, toks[k])))
    ++k;
  const Tok& p = toks[k];
  if (!TokIs(text_, p, "of") && !TokIs(text_, p, "from") && !TokIs(text_, p, "at")) return {};
  Who named = SubjectNextTo(toks, lo, c);
  return named.kind == Who::kName && PersonName(named) ? named : Who{};
}

// "Protesters marching through the streets chanted", "a spokesman for the
// Foreign Ministry said": the words next to the verb are the object of a
// preposition; the subject comes before it (and before a participle).
Who Attributor::BeforePreposition(const std::vector<Tok>& toks, int lo, int v,
                                  const Who& inner) const {
  static constexpr std::string_view kPreps[] = {"through", "in",    "on",      "at",     "from",
                                                "with",    "for",   "by",      "to",     "into",
                                                "across",  "near",  "outside", "inside", "around",
                                                "along",   "under", "over",    "behind", "within"};
  int first = v - 1;
  while (first > lo && toks[first].start > inner.start) --first;
  int p = first - 1;
  if (p >= lo && IsWord(toks[p]) && (Cls(toks[p]) & kDeterminer)) --p;
  if (p <= lo || !IsWord(toks[p])) return {};
  if (TokIs(text_, toks[p], "of")) return PersonBeforeOf(toks, lo, p, inner);
  bool prep = false;
  for (std::string_view w : kPreps) prep = prep || TokIs(text_, toks[p], w);
  if (!prep) return {};
  int q = p - 1;
  for (int skipped = 0; q > lo && skipped < 2; ++skipped) {
    std::string_view w = TokText(text_, toks[q]);
    bool participle = IsWord(toks[q]) && !toks[q].cap && w.size() > 4 &&
                      (w.substr(w.size() - 3) == "ing" || w.substr(w.size() - 2) == "ed");
    if (!participle) break;
    --q;
  }
  Who outer = SubjectNextTo(toks, lo, q + 1);
  if (outer.kind == Who::kPronoun) return {};
  return outer;
}

// "Lt. Jo Reyes of the Harbour Police said", "Jo Reyes of Leeds told": the
// person named right before "of" (toks[p]) speaks, not the organisation or
// place after it. A group ("Friends of Reyes"), a post ("The Bishop of
// Leeds") or an organisation's name ("the Order of Police") keeps the words
// after "of".
Who Attributor::PersonBeforeOf(const std::vector<Tok>& toks, int lo, int p,
                               const Who& inner) const {
  if (p - 1 < lo || !NameWord(toks, p - 1) || (Cls(toks[p - 1]) & (kOrgCue | kTitle | kRole)))
    return {};
  if (const EntityMention* e = EntityAt(inner.start, inner.end);
      e != nullptr && e->type == EntityType::kPerson)
    return {};
  Who outer = SubjectNextTo(toks, lo, p);
  if (outer.kind != Who::kName || outer.end != toks[p - 1].end) return {};
  // A full name ("Jo Reyes", not "Reyes" alone, which may be a family): a
  // person mention, or a name after a title ("Sgt. Jo Reyes").
  if (text_.substr(outer.start, outer.end - outer.start).find(' ') == std::string_view::npos)
    return {};
  // After a determiner or a preposition the words are no name ("The
  // Roman Catholic Archbishop of", "with Girl Scouts of").
  int a = p - 1;
  while (a > lo && toks[a].start > outer.start) --a;
  if (a - 1 >= lo && IsWord(toks[a - 1]) &&
      ((Cls(toks[a - 1]) & kDeterminer) || (!toks[a - 1].cap && (Cls(toks[a - 1]) & kStop))))
    return {};
  if (const EntityMention* e = EntityAt(outer.start, outer.end)) {
    return e->type == EntityType::kPerson ? outer : Who{};
  }
  while (a - 1 >= lo && IsPunct(toks[a - 1], '.')) --a;
  return a - 1 >= lo && IsWord(toks[a - 1]) && (Cls(toks[a - 1]) & kTitle) ? outer : Who{};
}

Who Attributor::SubjectNextTo(const std::vector<Tok>& toks, int lo, int v) const {
  int j = v - 1;
  bool be = false;
  while (j >= lo && IsWord(toks[j]) && !toks[j].cap && (Cls(toks[j]) & kSkip)) {
    for (std::string_view w : {"be", "been", "is", "was", "were", "are", "being"})
      be = be || TokIs(text_, toks[j], w);
    --j;
  }
  if (j < lo) return {};
  // A passive ("it should be noted", "he was told") names no speaker; "was
  // quoted as saying" keeps its -ing verb.
  std::string_view verb = v < static_cast<int>(toks.size()) ? TokText(text_, toks[v]) : "";
  if (be && !(verb.size() > 4 && verb.substr(verb.size() - 3) == "ing")) return {};
  if (IsPunct(toks[j], '.') && j - 1 > lo && (Cls(toks[j - 1]) & kSuffix)) {
    // "Jo Reyes Jr. said", "Jo Reyes, Jr. said": the name and its suffix.
    int s = IsPunct(toks[j - 2], ',') ? j - 2 : j - 1;
    Who inner = s > lo ? SubjectNextTo(toks, lo, s) : Who{};
    if (inner.kind == Who::kName) inner.end = toks[j - 1].end;
    return inner;
  }
  if (IsPunct(toks[j], ')')) {  // "Halden (Ombudsman) said"
    int p = j - 1;
    while (p >= lo && p > j - 10 && !IsPunct(toks[p], '(')) --p;
    if (p < lo || !IsPunct(toks[p], '(')) return {};
    j = p - 1;
    if (j < lo) return {};
  }
  if (IsPunct(toks[j], ',') && j - 1 >= lo && IsPunct(toks[j - 1], ')')) {
    // "Sen. Jo Reyes (D-Ore.), said": the name before the brackets.
    int p = j - 2;
    while (p >= lo && p > j - 12 && !IsPunct(toks[p], '(')) --p;
    if (p - 1 >= lo && IsPunct(toks[p], '(') && NameWord(toks, p - 1)) {
      Who inner = SubjectNextTo(toks, lo, p);
      if (inner.kind == Who::kName) return inner;
    }
  }
  if (IsPunct(toks[j], ',')) {  // "Sen. Jo Reyes, D-Conn., said": the name before
    int c = PartyTagComma(text_, toks, lo, j);
    if (c - 1 >= lo) j = c - 1;
  }
  if (int open = RelativeAppositive(toks, lo, j); open > lo) {
    // "Jo Reyes - who chairs the panel - said", "The actor, whose films
    // include A, B and C, said": the subject comes before the clause.
    j = open - 1;
  } else if (IsPunct(toks[j], ',')) {  // an appositive: "Halden, head of the service, said"
    int c = j - 1;
    while (c >= lo && c > j - 30 && !IsPunct(toks[c], ',') && !IsPunct(toks[c], '.') &&
           !IsPunct(toks[c], ';'))
      --c;
    if (c < lo || !IsPunct(toks[c], ',') || c + 1 > j - 1) return {};
    if (NameWord(toks, j - 1)) {
      int a = j - 1;
      while (a - 1 > c && NameWord(toks, a - 1)) --a;
      if (a == c + 1) {
        Who inner = NameRun(toks, a, j - 1);
        if (inner.kind == Who::kName) return inner;
      }
    }
    j = c - 1;
    if (j < lo) return {};
  }
  const Tok& t = toks[j];
  if (!IsWord(t)) return {};
  if (TokIs(text_, t, "who")) return RelativeSubject(toks, lo, j);
  if (TokIs(text_, t, "and")) {
    // "I laughed and said", "Halden paused and added": a past-tense verb
    // with no object; its subject sits right before it.
    if (j - 2 >= lo && IsWord(toks[j - 1]) && !toks[j - 1].cap) {
      std::string_view verb_before = TokText(text_, toks[j - 1]);
      if (verb_before.size() > 4 && verb_before.substr(verb_before.size() - 2) == "ed") {
        // Right next to it, not after an auxiliary ("whom Trump had
        // captivated and declared" is a relative clause).
        Who near = SubjectNextTo(toks, lo, j - 1);
        if ((near.kind == Who::kPronoun || near.kind == Who::kName) && near.end == toks[j - 2].end)
          return near;
      }
    }
    // "Halden shook her head and said": the subject of the first verb.
    return ClauseSubject(toks, lo, j);
  }
  uint32_t cls = Cls(t);
  if (cls & kPronouns) {
    if (TokIs(text_, t, "her") || TokIs(text_, t, "him")) return {};
    return Who{Who::kPronoun, t.start, t.end, cls};
  }
  if (const EntityMention* e = NameEntityAt(t)) {
    return Who{Who::kName, e->start, e->end, 0};
  }
  if (NameWord(toks, j)) {
    int a = j;
    while (a - 1 >= lo) {
      if (NameWord(toks, a - 1)) {
        --a;
      } else if (a - 2 >= lo && IsParticle(text_, toks[a - 1]) && NameWord(toks, a - 2)) {
        a -= 2;
      } else if (a - 2 >= lo && IsPunct(toks[a - 1], '.') && toks[a - 2].cap &&
                 (toks[a - 2].end - toks[a - 2].start <= 1 ||
                  (Cls(toks[a - 2]) & (kTitle | kAbbrev)))) {
        a -= 2;  // an initial ("Ronald R. Fieldstone") or "Mr."
      } else {
        break;
      }
    }
    Who who = NameRun(toks, a, j);
    if (who.kind == Who::kDescription && a - 1 >= lo && (Cls(toks[a - 1]) & kDeterminer))
      who.start = toks[a - 1].start;  // "the President"
    return who;
  }
  return DescriptionBefore(toks, lo, j);
}

namespace {

// An em or en dash, or a hyphen standing alone between spaces.
bool AppositiveDash(std::string_view text, const Tok& t) {
  if (t.kind != TokKind::kPunct) return false;
  std::string_view p = text.substr(t.start, t.end - t.start);
  return p == "-" ? (t.start > 0 && text[t.start - 1] == ' ') : (p == "\u2014" || p == "\u2013");
}

}  // namespace

int Attributor::RelativeAppositive(const std::vector<Tok>& toks, int lo, int j) const {
  bool dash = AppositiveDash(text_, toks[j]);
  if (!dash && !IsPunct(toks[j], ',')) return -1;
  for (int k = j - 1; k > lo && k >= j - 40; --k) {
    const Tok& t = toks[k];
    if (IsPunct(t, '.') || IsPunct(t, ';') || AppositiveDash(text_, t)) return -1;
    bool opens = TokIs(text_, t, "who") || TokIs(text_, t, "whose") || TokIs(text_, t, "which");
    if (opens && (dash ? AppositiveDash(text_, toks[k - 1]) : IsPunct(toks[k - 1], ',')))
      return k - 1;
  }
  return -1;
}

// "the critic Jo Reyes, who said": the phrase the relative clause at
// toks[j] follows.
Who Attributor::RelativeSubject(const std::vector<Tok>& toks, int lo, int j) const {
  if (j - 1 <= lo) return {};
  Who outer = SubjectNextTo(toks, lo, IsPunct(toks[j - 1], ',') ? j - 1 : j);
  return outer.kind == Who::kName || outer.kind == Who::kDescription ? outer : Who{};
}

// "said Kenyan President Jo Reyes", "said Conservative MP Jo Reyes": a group
// or place right before a person's office names the person's side, not the
// speaker; the words between them end the person's role.
const EntityMention* Attributor::TitledPersonAfter(const EntityMention* e) const {
  if (e->type != EntityType::kGroup && e->type != EntityType::kPlace) return e;
  auto next = EntitiesFrom(e->end);
  if (next == entities_.end() || next->type != EntityType::kPerson || next->role.empty() ||
      next->start <= e->end || next->start - e->end > 64)
    return e;
  std::string_view gap = text_.substr(e->end, next->start - e->end);
  while (!gap.empty() && gap.front() == ' ') gap.remove_prefix(1);
  while (!gap.empty() && gap.back() == ' ') gap.remove_suffix(1);
  std::string_view role = next->role;
  bool ends_role = !gap.empty() && role.size() >= gap.size() &&
                   role.substr(role.size() - gap.size()) == gap &&
                   (role.size() == gap.size() || role[role.size() - gap.size() - 1] == ' ');
  return ends_role ? &*next : e;
}

Who Attributor::PhraseAfter(const std::vector<Tok>& toks, int k, int hi) const {
  return PhraseAfter(toks, k, hi, true);
}

Who Attributor::PhraseAfter(const std::vector<Tok>& toks, int k, int hi, bool post) const {
  while (k < hi && IsWord(toks[k]) && (Cls(toks[k]) & kSkip)) ++k;
  if (k >= hi) return {};
  if (!IsWord(toks[k]) || (!toks[k].cap && !(Cls(toks[k]) & (kDeterminer | kRole | kPronouns)))) {
    // "said 9/11 widow Terry Strada": modifiers before a name.
    int n = k;
    while (n < hi && n < k + 5 && !NameWord(toks, n) && !IsPunct(toks[n], ',') &&
           !(IsWord(toks[n]) && (Cls(toks[n]) & kStop)))
      ++n;
    if (n >= hi || n >= k + 5 || !NameWord(toks, n)) {
      // "said chief investment officer at Acme Corp, Mira Halden".
      for (n = k; n < hi && n < k + 4 && IsWord(toks[n]) && !toks[n].cap; ++n) {
        if (Who named = NameAfterOrganisation(toks, n, hi); named.kind != Who::kNone) return named;
      }
      return {};
    }
    k = n;
  }
  const Tok& t = toks[k];
  uint32_t cls = Cls(t);
  if (cls & kPronouns) {
    if (!(cls & kPersonPronoun) && !(cls & kPluralPronoun)) return {};
    if (TokIs(text_, t, "her") || TokIs(text_, t, "him")) return {};
    return Who{Who::kPronoun, t.start, t.end, cls};
  }
  if (const EntityMention* e = NameEntityAt(t)) {
    e = TitledPersonAfter(e);
    Who who{Who::kName, e->start, e->end, 0};
    int m = k;
    while (m < hi && toks[m].start < e->end) ++m;
    // "said APD Chief of Staff Jo Reyes": an office after the organisation.
    int office = m - 1;
    while (office + 1 < hi && NameWord(toks, office + 1)) ++office;
    if (Who named = NameAfterOfficeOf(toks, office + 1, hi); named.kind != Who::kNone) return named;
    Who kin = post ? PossessedSpeaker(toks, k, m - 1, hi) : Who{};
    if (kin.kind != Who::kNone) return kin;
    Who named = post ? PostPerson(toks, k, m - 1, hi, false) : Who{};
    return named.kind != Who::kNone ? named : who;
  }
  if (NameWord(toks, k)) {
    int b = k;
    while (b + 1 < hi) {
      if (NameWord(toks, b + 1)) {
        ++b;
      } else if (b + 2 < hi && IsParticle(text_, toks[b + 1]) && NameWord(toks, b + 2)) {
        b += 2;
      } else if (b + 2 < hi && IsPunct(toks[b + 1], '.') && NameWord(toks, b + 2) &&
                 (toks[b].end - toks[b].start <= 1 || (Cls(toks[b]) & (kTitle | kAbbrev)))) {
        b += 2;
      } else {
        break;
      }
    }
    // "said Secretary of the Navy Jo Reyes": the person after the office.
    if (Who named = NameAfterOfficeOf(toks, b + 1, hi); named.kind != Who::kNone) return named;
    Who kin = post ? PossessedSpeaker(toks, k, b, hi) : Who{};
    if (kin.kind != Who::kNone) return kin;
    Who named = post ? PostPerson(toks, k, b, hi, true) : Who{};
    return named.kind != Who::kNone ? named : NameRun(toks, k, b);
  }
  if (!(cls & (kDeterminer | kRole)) && !TokIs(text_, t, "her")) return {};
  if ((cls & kDeterminer) && k + 1 < hi && NameWord(toks, k + 1)) {
    // "said the U.S. Deputy Ambassador Jo Reyes": a person after the
    // capitalised words of a post.
    Who named = PhraseAfter(toks, k + 1, hi, post);
    int n = k + 1;
    while (n + 1 < hi && toks[n + 1].start < named.start) ++n;
    if (n > k + 1 && IsPunct(toks[n], '.')) --n;  // "the Rev. Jo Reyes"
    if (named.kind == Who::kName && named.start > toks[k + 1].start && IsWord(toks[n]) &&
        (Cls(toks[n]) & kTitle) && PersonName(named))
      return named;
  }
  int b = k;
  int words = 1;
  while (b + 1 < hi && words < 8) {
    const Tok& next = toks[b + 1];
    if (IsPunct(next, '-') && b + 2 < hi && next.start == toks[b].end &&
        toks[b + 2].start == next.end) {
      b += 2;  // "a 52-count complaint": a hyphen inside a compound
      continue;
    }
    if (IsPunct(next, '\'') && b + 2 < hi && toks[b + 2].start == next.end &&
        TokIs(text_, toks[b + 2], "s")) {
      b += 2;  // "the firm 's chief": a possessive split off in tokenized text
      continue;
    }
    if (int e = IsPunct(next, ',') && toks[b].cap ? PlaceTagAfter(toks, b + 1, hi) : -1; e > 0) {
      b = e;  // "the Dunmore, Ohio, maker": a state after a city
      continue;
    }
    if (IsPunct(next, '.') && b + 2 < hi && InitialsDot(toks, b)) {
      b += 2;  // "one U.S. official", "the L.A. Times": a dot inside initials
      continue;
    }
    if (next.kind == TokKind::kPunct ||
        ((Cls(next) & (kStop | kSkip)) && !InnerAnd(toks, k, b + 1)) ||
        lex_.Verb(TokText(text_, next)) != nullptr || VerbAfterNoun(toks, b, hi))
      break;
    ++b;
    ++words;
  }
  if (!NounLike(toks[b])) return {};
  if (b + 2 < hi && IsPunct(toks[b + 1], ',') && NameWord(toks, b + 2)) {
    Who named = PhraseAfter(toks, b + 2, hi);  // "said the head of the service, Mira Halden"
    if (named.kind == Who::kName) return named;
  }
  // "said the chief strategist for Acme Corp, Mira Halden".
  if (Who named = NameAfterOrganisation(toks, b, hi); named.kind != Who::kNone) return named;
  return Who{Who::kDescription, t.start, toks[b].end, 0};
}

// "the region faced ...", "the firm closed ...": a lower-case word in -ed
// after the noun toks[b] (not right after a determiner or an adverb) is the
// verb of a clause.
bool Attributor::VerbAfterNoun(const std::vector<Tok>& toks, int b, int hi) const {
  if (b + 1 >= hi || !IsWord(toks[b]) || !IsWord(toks[b + 1]) || toks[b + 1].cap ||
      (Cls(toks[b]) & kDeterminer) || TokIs(text_, toks[b], "her"))
    return false;
  std::string_view noun = TokText(text_, toks[b]);
  if (noun.size() > 3 && noun.ends_with("ly") && !(Cls(toks[b]) & kNoun)) return false;
  std::string_view w = TokText(text_, toks[b + 1]);
  return w.size() > 4 && w.ends_with("ed");
}

// Whether toks[i] is the full stop of a short capitalised word written
// right before it ("U.S.", "Inc.", "Capt."), which ends no clause.
bool Attributor::AbbreviationDot(const std::vector<Tok>& toks, int i) const {
  if (i <= 0 || !IsPunct(toks[i], '.')) return false;
  const Tok& w = toks[i - 1];
  return IsWord(w) && w.cap && toks[i].start == w.end && w.end - w.start <= 4;
}

// Whether the full stop after toks[b] belongs to initials: toks[b] is one
// capital letter with the stop right after it, and another letter follows
// the stop at once ("U.S") or a stop ends the letter before ("S." of "U.S.").
bool Attributor::InitialsDot(const std::vector<Tok>& toks, int b) const {
  const Tok& t = toks[b];
  if (!IsWord(t) || !t.cap || t.end - t.start != 1 || toks[b + 1].start != t.end) return false;
  const Tok& after = toks[b + 2];
  if (IsWord(after) && after.cap && after.end - after.start == 1 && after.start == toks[b + 1].end)
    return true;
  return b > 0 && IsPunct(toks[b - 1], '.') && toks[b - 1].end == t.start;
}

// "the Dunmore, Ohio, maker of valves", "a Harlow, Ky., company": a state
// (one or two capitalised words, maybe abbreviated) between commas after a
// city belongs to the place. toks[c] is the comma after the city; returns
// the comma after the state when a lower-case noun follows it, else -1.
int Attributor::PlaceTagAfter(const std::vector<Tok>& toks, int c, int hi) const {
  int j = c + 1;
  int words = 0;
  while (j < hi && words < 2 && NameWord(toks, j)) {
    ++j;
    ++words;
    if (j < hi && IsPunct(toks[j], '.') && toks[j].start == toks[j - 1].end) ++j;
  }
  if (words == 0 || j + 1 >= hi || !IsPunct(toks[j], ',')) return -1;
  const Tok& next = toks[j + 1];
  if (!IsWord(next) || next.cap || (Cls(next) & (kStop | kSkip | kDeterminer | kPronouns)) ||
      lex_.Verb(TokText(text_, next)) != nullptr)
    return -1;
  return j;
}

// The same read backwards: toks[c] is the comma after the state; returns
// the index of the city's last word, or -1.
int Attributor::PlaceTagBefore(const std::vector<Tok>& toks, int lo, int c) const {
  int j = c - 1;
  if (j >= lo && IsPunct(toks[j], '.')) --j;
  int words = 0;
  while (j >= lo && words < 2 && NameWord(toks, j)) {
    --j;
    ++words;
  }
  if (words == 0 || j - 1 < lo || !IsPunct(toks[j], ',') || !NameWord(toks, j - 1)) return -1;
  return j - 1;
}

Who Attributor::NameAfterOrganisation(const std::vector<Tok>& toks, int b, int hi) const {
  if (b + 1 >= hi || !(TokIs(text_, toks[b + 1], "for") || TokIs(text_, toks[b + 1], "at")))
    return {};
  for (int c = b + 2; c + 1 < hi && c <= b + 8; ++c) {
    if (toks[c].kind != TokKind::kPunct) continue;
    if (!IsPunct(toks[c], ',') || !NameWord(toks, c + 1)) break;
    Who named = PhraseAfter(toks, c + 1, hi, false);
    return PersonName(named) ? named : Who{};
  }
  return {};
}

Who Attributor::ClauseSubject(const std::vector<Tok>& toks, int lo, int hi) const {
  int k = lo;
  std::string_view first = k < hi ? TokText(text_, toks[k]) : std::string_view();
  bool participle = first.size() > 4 && (first.substr(first.size() - 3) == "ing" ||
                                         first.substr(first.size() - 2) == "ed" ||
                                         first.substr(first.size() - 2) == "ly");
  bool stop = k < hi && IsWord(toks[k]) && (Cls(toks[k]) & kStop);
  if (k < hi && IsWord(toks[k]) && (stop || participle || IntroWord(first))) {
    // "During the speech, Trump attacked ..., saying", "Appearing on a talk
    // show, she said", "Last Friday, Reyes went on air, saying": skip the
    // opening phrase; one that only an intro word opens must be short and
    // the subject must follow it ("Once in May, when ..., I said" is left).
    int c = k;
    while (c < hi && !IsPunct(toks[c], ',')) ++c;
    bool short_phrase = c - k <= 4 && c + 1 < hi && IsWord(toks[c + 1]) &&
                        !(Cls(toks[c + 1]) & kStop) && !IntroWord(TokText(text_, toks[c + 1]));
    if (c + 1 < hi && (stop || participle || short_phrase)) k = c + 1;
  }
  while (k < hi && IsWord(toks[k]) && (Cls(toks[k]) & (kSkip | kStop))) ++k;
  if (k >= hi) return {};
  Who who = PhraseAfter(toks, k, hi);
  // A dateline in capitals ("WASHINGTON —") is no subject.
  if (who.kind == Who::kName && toks[k].upper && EntityAt(who.start, who.end) == nullptr &&
      (k + 1 >= hi || toks[k + 1].start >= who.end))
    return {};
  return who;
}

bool Attributor::InsideQuote(size_t pos) const {
  auto it = std::upper_bound(spans_.begin(), spans_.end(), pos,
                             [](size_t p, const QuoteSpan& s) { return p < s.start; });
  if (it == spans_.begin()) return false;
  --it;
  return pos < it->end;
}

std::string Attributor::FullNameFor(std::string_view surname, size_t before) {
  auto it = EntitiesFrom(before);
  for (int seen = 0; it != entities_.begin() && seen < kMaxLookBack; ++seen) {
    --it;
    if (it->type != EntityType::kPerson) continue;
    if (EndsWithWord(it->canonical, surname)) return it->canonical;
    std::string_view mention = text_.substr(it->start, it->end - it->start);
    if (EndsWithWord(mention, surname)) return std::string(mention);
  }
  FallbackWalk walk = StartFallbackWalk(before);
  Span f;
  for (int seen = 0; seen < kMaxLookBack && PrevFallbackName(&walk, 0, &f); ++seen) {
    std::string_view name = text_.substr(f.start, f.end - f.start);
    if (EndsWithWord(name, surname)) return std::string(name);
  }
  return "";
}

// The sex the words just before a mention give ("widow Ana Ruiz", "her
// husband, Jo Reyes", "Mrs. Ruiz"): at most two words back; 0 when none.
char Attributor::GenderWordBefore(size_t start) const {
  size_t i = start;
  size_t lo = start > 40 ? start - 40 : 0;
  for (int words = 0; words < 2; ++words) {
    while (i > lo && (text_[i - 1] == ' ' || text_[i - 1] == '.' || text_[i - 1] == ',')) --i;
    size_t e = i;
    i = LettersStartBefore(i, lo);
    if (i == e) return 0;
    uint32_t cls = lex_.Classes(text_.substr(i, e - i));
    if (cls & kFemale) return 'f';
    if (cls & kMale) return 'm';
  }
  return 0;
}

char Attributor::GenderOf(size_t start, std::string_view name) const {
  char g = GenderWordBefore(start);
  if (g != 0) return g;
  g = lex_.Gender(name.substr(0, name.find(' ')));
  if (g != 0) return g;
  size_t lo = start > 6 ? start - 6 : 0;
  std::string_view before = text_.substr(lo, start - lo);
  if (before.find("Mrs") != std::string_view::npos || before.find("Ms") != std::string_view::npos)
    return 'f';
  if (before.find("Mr") != std::string_view::npos) return 'm';
  auto cached = gender_cache_.find(start);
  if (cached != gender_cache_.end()) return cached->second;
  char learned = PronounAfter(start);
  gender_cache_.emplace(start, learned);
  return learned;
}

// The gender the text itself gives a mention: the first he/his/him or
// she/her after it in the same sentence, before any other capitalised word
// or quote mark ("Tanzer said her club ..."). 0 when there is none.
char Attributor::PronounAfter(size_t start) const {
  size_t i = start;
  size_t hi = std::min(text_.size(), start + 160);
  while (i < hi && text_[i] != ' ') ++i;  // past the mention's first word
  bool first = true;
  while (i < hi) {
    char c = text_[i];
    if (c == '\n' || c == '"' || static_cast<unsigned char>(c) == 0xE2) return 0;
    if ((c == '.' || c == '!' || c == '?') && i + 1 < hi && text_[i + 1] == ' ') return 0;
    if (c < 'A' || c > 'z' || (c > 'Z' && c < 'a')) {
      ++i;
      continue;
    }
    size_t w = i;
    while (i < hi && ((text_[i] >= 'a' && text_[i] <= 'z') || (text_[i] >= 'A' && text_[i] <= 'Z')))
      ++i;
    std::string_view word = text_.substr(w, i - w);
    if (word == "he" || word == "his") return 'm';
    if (word == "she" || word == "hers" || (word == "her" && PossessiveAt(i))) return 'f';
    // "him", "her" as an object ("Reyes backed her up") name someone else.
    if (!first && word[0] >= 'A' && word[0] <= 'Z') return 0;  // another name
    first = false;
  }
  return 0;
}

// Whether the "her" ending at text_[end] is a possessive ("her club"), not
// an object ("backed her up", "told her that").
bool Attributor::PossessiveAt(size_t end) const {
  if (end + 1 >= text_.size() || text_[end] != ' ') return false;
  size_t e = end + 1;
  size_t hi = std::min(text_.size(), e + 20);
  while (e < hi && text_[e] >= 'a' && text_[e] <= 'z') ++e;
  if (e == end + 1) return false;
  std::string_view next = text_.substr(end + 1, e - end - 1);
  return (lex_.Classes(next) & (kLinkBefore | kStop | kDeterminer | kSkip | kAux | kParticle)) == 0;
}

bool Attributor::Resolve(const Who& named, size_t anchor, Attribution* out) {
  if (named.kind == Who::kNone) return false;
  const Who who = CapitalisedPost(named);
  std::string_view words = text_.substr(who.start, who.end - who.start);
  if (words == "I") {
    // The writer speaking of themselves: no one in the text to resolve to;
    // the speaker is the pronoun itself.
    out->speaker = std::string(words);
    out->speaker_start = who.start;
    out->speaker_end = who.end;
    out->found = true;
    return true;
  }
  if (who.kind == Who::kName) {
    if (PlaceOrCaption(text_, lex_, who.start, who.end)) return false;
    // "Jo Reyes, Jr.": the mention is the name's, the suffix stays.
    size_t name_end = who.end;
    size_t w = WordStartBefore(who.end, who.start);
    if (w > who.start && (lex_.Classes(text_.substr(w, who.end - w)) & kSuffix)) {
      name_end = w;
      while (name_end > who.start && (text_[name_end - 1] == ' ' || text_[name_end - 1] == ','))
        --name_end;
    }
    const EntityMention* e = EntityAt(who.start, name_end);
    // A mention that runs an organisation into the name ("Acme Bank Jo
    // Reyes", "Air Force Jo Reyes"): the words the quote layer read as the
    // name.
    if (e && e->start < who.start && e->end == name_end &&
        words.find(' ') != std::string_view::npos)
      e = nullptr;
    size_t s = e ? e->start : who.start;
    size_t t = e ? e->end : who.end;
    std::string name = (e && !e->canonical.empty()) ? e->canonical : std::string(words);
    if (e && t == name_end && who.end > t) {
      name += text_.substr(t, who.end - t);
      t = who.end;
    }
    // A surname of a person named before is that person, whatever type the
    // recognizer gave this mention ("Jo Reyes ... Reyes said").
    bool surname = false;
    if (name.find(' ') == std::string::npos) {
      std::string full = FullNameFor(name, s);
      if (full.empty()) full = FullNameForFirst(name, s);
      surname = !full.empty();
      if (surname) name = std::move(full);
    }
    // "Acme said" after "Acme Savings Bank", "ACB said": the organisation's
    // full name.
    if (!surname && (e == nullptr || e->type == EntityType::kOrganization)) {
      std::string full = FullOrganisationName(name, s, e == nullptr);
      if (!full.empty()) name = std::move(full);
    }
    bool person =
        e == nullptr || e->type == EntityType::kPerson || e->type == EntityType::kOther || surname;
    notes_.push_back(Note{s, t, name, person});
    AddSpoke(who.start, s, t, name, 0, person);
    out->speaker = std::move(name);
    out->speaker_start = s;
    out->speaker_end = t;
  } else if (who.kind == Who::kPronoun) {
    out->speaker = std::string(words);
    out->speaker_start.reset();
    out->speaker_end.reset();
    if (who.classes & kPersonPronoun) {
      char gender = words[0] == 's' || words[0] == 'S' ? 'f' : 'm';  // she, her / he, him
      if (WordIs(words, "her")) gender = 'f';
      Candidate c = Referent(std::min(anchor, who.start), gender);
      if (c.found) {
        out->speaker = std::string(c.name);
        out->speaker_start = c.start;
        out->speaker_end = c.end;
      }
      // c.name may point into spoke_: the speaker is copied first.
      AddSpoke(who.start, c.start, c.end, out->speaker, gender, c.found);
    } else {
      size_t before = std::min(anchor, who.start);
      bool they = WordIs(words, "they");
      bool group = WordIs(words, "it") || they;
      if (!(group && GroupSubject(before, they, out))) GroupBefore(before, out);
    }
  } else {
    if (ResolveIssued(who, anchor, out) || ResolveDescribed(who, anchor, out) ||
        ResolveOrganisation(who, anchor, out) || ResolvePolice(who, anchor, out) ||
        ResolveDocument(who, out))
      return true;
    out->speaker = std::string(words);
    if (out->speaker.size() > 1 && out->speaker[0] >= 'A' && out->speaker[0] <= 'Z' &&
        out->speaker[1] >= 'a' && out->speaker[1] <= 'z' &&
        (lex_.Classes(words.substr(0, words.find(' '))) & (kDeterminer | kRole))) {
      out->speaker[0] = static_cast<char>(out->speaker[0] - 'A' + 'a');  // "The ministry"
    }
    NoteDescribed(who, out);
    SpokeAsOnePerson(who);
  }
  out->found = true;
  return true;
}

}  // namespace dossier::quotes
