// Finding a figure's category: a trigger right after its counted noun
// ("were killed"), before the number ("killed 613", "the death toll rose to
// 44"), later in the clause ("residents of X were killed"), "among the
// dead", or a fact-sheet label ("Injured: 487 people"). Each search walks a
// bounded window of units. It does not build claims; extractor.cc does.
#include "extract/claims/sentence.h"

namespace dossier::claims {
namespace {

constexpr int kLongGap = 10;      // words between a noun and a trigger later in the clause
constexpr int kBeforeGap = 6;     // gap words between a trigger and its number
constexpr int kHeadGap = 9;       // any words between "death toll" and its number
constexpr int kMaxConjuncts = 8;  // "12 children, 7 women and 3 men were killed"
constexpr int kMoneyHeadGap = 5;  // any words between "damage" and its amount

bool Applicable(const TriggerInfo& t, const NounPhrase& np, bool money) {
  if (money) return t.applies == Applies::kMoney;
  switch (t.applies) {
    case Applies::kMoney:
      return false;
    case Applies::kAny:
      return true;
    case Applies::kBodies:
      return np.group == "bodies";
    case Applies::kPersons:
      return np.person || !np.known;
    case Applies::kThings:
      return !np.person || !np.known;
  }
  return false;
}

bool IsClauseWord(std::string_view w) {
  return w == "and" || w == "but" || w == "while" || w == "whereas" || w == "or" ||
         w == "although" || w == "though" || w == "when" || w == "after" || w == "as" ||
         w == "because" || w == "where" || w == "before" || w == "until" || w == "if";
}

bool IsBeOrHave(std::string_view w) {
  return w == "were" || w == "was" || w == "are" || w == "is" || w == "be" || w == "been" ||
         w == "being" || w == "have" || w == "has" || w == "had" || w == "remain" ||
         w == "remains" || w == "remained";
}

// Words that may stand between a number and its trigger in "one dead and
// three more injured", "two others wounded".
bool IsCountTail(std::string_view w) { return w == "more" || w == "other" || w == "others"; }

bool IsAttributionVerb(const Sent& s, size_t j) {
  const AttributionKind* k = nullptr;
  return s.vocab->attribution.MatchForward(s.WordFn(), j, j + 1, &k) == 1 &&
         *k == AttributionKind::kVerb;
}

bool IsAdverb(std::string_view w) { return w.size() > 3 && w.ends_with("ly"); }

// Skips a parenthesis opened at i; returns the unit after its ')', or i when
// it is not closed soon.
size_t SkipParen(const Sent& s, size_t i) {
  for (size_t j = i + 1; j < s.size() && j < i + 24; ++j) {
    if (s.IsPunct(j, ")")) return j + 1;
  }
  return i;
}

// Skips an inserted list ", including A, B and C," or "- including ... -"
// starting at the comma or dash i; returns the unit of its closing comma or
// dash, or kNone when the list runs to the end of the clause.
size_t SkipInsertedList(const Sent& s, size_t i) {
  for (size_t j = i + 2; j < s.size() && j < i + 40; ++j) {
    if (s.IsCount(j) || s.at(j).kind == UnitKind::kWord) continue;
    if (s.IsPunct(j, ",")) {
      // A comma followed by another item keeps the list going.
      size_t k = j + 1;
      if (s.Word(k) == "and") ++k;
      if (s.IsCount(k)) continue;
      return j;
    }
    if (s.IsDash(j)) return j;
    if (s.at(j).kind == UnitKind::kNumber) continue;
    return kNone;
  }
  return kNone;
}

// The first unit after an insertion opened by the comma or dash at i and
// closed by the same mark right before an auxiliary: "Two people -- including
// a boy -- were wounded", "Two teens, ages 14 and 16, were shot". kNone when
// there is none.
size_t SkipInsertion(const Sent& s, size_t i) {
  bool comma = s.IsPunct(i, ",");
  size_t k = i + 1;
  if (!comma && s.IsDash(k)) ++k;  // "--"
  for (; k < s.size() && k < i + 24; ++k) {
    const Unit& u = s.at(k);
    if (u.kind != UnitKind::kPunct) continue;
    if (u.lower == "." || u.lower == ";" || u.lower == ":" || u.lower == "(") return kNone;
    if (comma ? !s.IsPunct(k, ",") : !s.IsDash(k)) continue;
    size_t after = k + 1;
    if (!comma && s.IsDash(after)) ++after;
    if (after < s.size() && (s.vocab->Roles(s.Word(after)) & kAux)) return after;
    if (!comma) return kNone;
  }
  return kNone;
}

bool ListCueAt(const Sent& s, size_t i, size_t* len) {
  const bool* v = nullptr;
  *len = s.vocab->lists.MatchForward(s.WordFn(), i, s.size(), &v);
  return *len > 0;
}

bool StartsGroup(const Sent& s, size_t i) {
  const GroupInfo* g = nullptr;
  return !s.Word(i).empty() && s.vocab->groups.MatchForward(s.WordFn(), i, s.size(), &g) > 0;
}

// True when unit i opens a noun phrase: a count, a determiner or pronoun,
// or a counted noun.
bool StartsObject(const Sent& s, size_t i) {
  if (s.IsCount(i)) return true;
  std::string_view w = s.Word(i);
  if (w.empty()) return false;
  if (w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "their" ||
      w == "its" || w == "him" || w == "them" || w == "himself" || w == "herself" ||
      w == "themselves" || w == "two" || w == "several" || w == "dozens" || w == "hundreds") {
    return true;
  }
  const GroupInfo* g = nullptr;
  return s.vocab->groups.MatchForward(s.WordFn(), i, s.size(), &g) > 0;
}

// A conjunct of a counted subject at unit i ("and 3 men", "and a woman"):
// the unit after it, or kNone.
size_t Conjunct(const Sent& s, size_t i) {
  if (s.IsCount(i) && !s.IsMoney(i)) {
    NounPhrase np = ParseNoun(s, i + 1);
    if (np.partitive || np.not_claim) return kNone;
    return np.end;
  }
  std::string_view w = s.Word(i);
  if (w != "a" && w != "an" && w != "another" && w != "his" && w != "her" && w != "their") {
    return kNone;
  }
  NounPhrase np = ParseHead(s, i + 1);
  if (!np.noun || !np.known || !np.person || !np.singular) return kNone;
  return np.end;
}

}  // namespace

Found MatchAmong(const Sent& s, size_t j) {
  Found f;
  std::string_view det = s.Word(j + 1);
  if (s.Word(j) != "among" || (det != "the" && det != "those")) return f;
  const std::string* cat = nullptr;
  size_t len = s.vocab->labels.MatchForward(s.WordFn(), j + 2, s.size(), &cat);
  if (len == 0 || *cat == "*") return f;
  f.category = *cat;
  f.first = j;
  f.last = j + 2 + len;
  f.rule = "among_the";
  f.among = true;
  return f;
}

namespace {

// A trigger after the counted noun. Immediate mode steps over auxiliaries
// and adverbs only; clause mode also over other words up to the end of the
// clause. take_last: the last trigger of the clause (partitives, whose own
// verb ends the clause: "150 of the 1,275 X that Y captured remain missing").
Found FindAfter(const Sent& s, size_t start, const NounPhrase& np, bool money, bool clause,
                bool take_last) {
  Found best;
  int gap = 0;
  bool linked = false;      // clause mode: an auxiliary or relative word seen
  bool relative = false;    // right after "who"/"that", no auxiliary yet
  bool predicate = false;   // a form of "be" or "have" seen: the predicate follows
  int conjuncts = 0;        // "and 3 men", "and a woman" stepped over
  int after_predicate = 0;  // words after it that are not triggers ("moved" in
                            // "have been moved to shelters")
  size_t j = start;
  auto word = s.WordFn();
  while (j < s.size()) {
    Found among = MatchAmong(s, j);
    if (among.ok() && !money) return among;
    const TriggerInfo* t = nullptr;
    size_t len = s.vocab->triggers.MatchForward(word, j, s.size(), &t);
    // "a boy who shot and killed ...": a transitive verb right after a
    // relative pronoun makes the noun its agent, not its victim.
    if (len > 0 && relative && (t->positions & kBefore)) break;
    // "a gunman killed four people", "one collapsed house": a transitive
    // trigger with an object or a noun after it is the verb of an agent or
    // an adjective, not what happened to the counted noun.
    if (len > 0 && !linked &&
        ((t->positions & kBefore) ? StartsObject(s, j + len) : StartsGroup(s, j + len))) {
      break;
    }
    // In clause mode "shot" is too often the noun ("his shot went wide").
    bool noun_like = clause && gap > 0 && (s.at(j).lower == "shot" || s.at(j).lower == "shots");
    if (len > 0 && (t->positions & kAfter) && Applicable(*t, np, money) &&
        (!clause || linked || gap == 0) && !noun_like) {
      best.category = t->category;
      best.first = j;
      best.last = j + len;
      best.rule = clause ? (np.partitive ? "partitive_clause" : "trigger_clause") : "trigger_after";
      if (!take_last) return best;
      j += len;
      continue;
    }
    const Unit& u = s.at(j);
    if (u.kind == UnitKind::kPunct) {
      if (u.lower == "(") {
        size_t k = SkipParen(s, j);
        if (k == j) break;
        j = k;
        continue;
      }
      if ((u.lower == ")" && money) || u.lower == "'" || u.lower == "\xE2\x80\x99") {
        ++j;
        continue;
      }
      size_t cue_len = 0;
      if (s.IsCommaOrDash(j) && !linked && gap == 0) {
        size_t skip = SkipInsertion(s, j);
        if (skip != kNone) {
          size_t cue = s.IsDash(j + 1) ? j + 2 : j + 1;
          if (best.list_start == kNone && ListCueAt(s, cue, &cue_len)) best.list_start = cue;
          j = skip;
          continue;
        }
      }
      if (s.IsPunct(j, ",") && !linked && j > start && conjuncts < kMaxConjuncts) {
        // "12 children, 7 women and 3 men were killed": the next conjunct.
        size_t next = Conjunct(s, j + 1);
        if (next != kNone) {
          ++conjuncts;
          j = next;
          continue;
        }
      }
      if (s.IsCommaOrDash(j) && ListCueAt(s, j + 1, &cue_len)) {
        size_t close = SkipInsertedList(s, j);
        if (best.list_start == kNone) best.list_start = j + 1;
        if (close == kNone) break;
        j = close + 1;
        continue;
      }
      break;
    }
    if (u.kind == UnitKind::kNumber) {
      if (s.IsCount(j)) break;
      ++j;
      continue;
    }
    std::string_view w = u.lower;
    if (IsAttributionVerb(s, j) && j > start) break;
    if ((s.vocab->Roles(w) & kAux) || IsAdverb(w) || (j == start && IsCountTail(w))) {
      if (IsBeOrHave(w)) predicate = true;
      if (IsBeOrHave(w) || (s.vocab->Roles(w) & kRel)) linked = true;
      if (!IsAdverb(w)) relative = (s.vocab->Roles(w) & kRel) != 0;
      ++j;
      continue;
    }
    if (w == "and" && !linked && conjuncts < kMaxConjuncts) {
      size_t next = Conjunct(s, j + 1);
      if (next != kNone) {
        ++conjuncts;
        j = next;
        continue;
      }
    }
    if (!clause || IsClauseWord(w) || ++gap > kLongGap) break;
    // "X were suspended by ... for missing": after "were" the first other
    // word is the predicate; a later trigger is not the noun's. Partitives
    // read on to the clause's last verb.
    if (predicate && !take_last && ++after_predicate > 1) break;
    relative = false;  // "that the militia abducted": the noun is the object
    ++j;
  }
  return best;
}

// The number unit of a counted phrase that ends right before unit j ("5
// soldiers" before "and"), or kNone.
size_t PreviousConjunct(const Sent& s, size_t j) {
  for (size_t k = j; k-- > 0 && k + 6 > j;) {
    if (!s.IsCount(k)) continue;
    NounPhrase np = ParseNoun(s, k + 1);
    if (np.end == j && !np.not_claim) return k;
    return kNone;
  }
  return kNone;
}

// A trigger before the number at unit i: "killed 613", "the death toll rose
// to 44", "damage is estimated at $340 million".
Found FindBefore(const Sent& s, size_t i, const NounPhrase& np, bool money) {
  Found f;
  int gap = 0;
  int any = 0;
  int conjuncts = 0;
  auto word = s.WordFn();
  for (size_t j = i; j-- > 0;) {
    const TriggerInfo* t = nullptr;
    size_t len = s.vocab->triggers.MatchBackward(word, j, 0, &t);
    if (len > 0 && Applicable(*t, np, money)) {
      bool head = (t->positions & kHead) != 0;
      if (((t->positions & kBefore) && any == 0) || head) {
        f.category = t->category;
        f.first = j + 1 - len;
        f.last = j + 1;
        f.rule = head ? "head_before" : "trigger_before";
        return f;
      }
    }
    const Unit& u = s.at(j);
    if (u.kind == UnitKind::kPunct) {
      if (u.lower == "'" || u.lower == "\xE2\x80\x99") continue;
      break;
    }
    if (u.kind == UnitKind::kNumber) {
      if (s.IsCount(j)) break;
      ++any;
      continue;
    }
    std::string_view w = u.lower;
    if ((w == "and" || w == "or") && any == 0 && conjuncts < kMaxConjuncts) {
      // "killed 5 soldiers and 3 civilians": the earlier conjunct's trigger.
      size_t prev = PreviousConjunct(s, j);
      if (prev != kNone) {
        ++conjuncts;
        j = prev;
        gap = 0;
        continue;
      }
    }
    if (IsClauseWord(w) && !(money && w == "and")) break;
    if ((s.vocab->Roles(w) & kGap) || IsAdverb(w)) {
      if (++gap > kBeforeGap) break;
      continue;
    }
    if (++any > (money ? kMoneyHeadGap : kHeadGap)) break;
  }
  return f;
}

// "Injured: approximately 487 people": a label line before the number.
// Also "Dead: 12; injured: 40" and "Dead - 12": the label is the whole
// field before the colon, opened by the line start, ';', ',' or '|'.
Found FindLabel(const Sent& s, size_t i) {
  Found f;
  size_t colon = kNone;
  for (size_t k = i; k-- > 0 && k + 4 > i;) {
    if (s.IsPunct(k, ":")) {
      colon = k;
      break;
    }
  }
  if (colon == kNone || colon == 0) return f;
  const std::string* cat = nullptr;
  size_t len = s.vocab->labels.MatchBackward(s.WordFn(), colon - 1, 0, &cat);
  if (len == 0 || *cat == "*") return f;
  size_t first = colon - len;
  if (first > 0 && !s.IsPunct(first - 1, ";") && !s.IsPunct(first - 1, ",") &&
      !s.IsPunct(first - 1, "|")) {
    return f;
  }
  f.category = *cat;
  f.first = first;
  f.last = colon;
  f.rule = "label_line";
  return f;
}

}  // namespace

Found FindAfterNoun(const Sent& s, size_t start, const NounPhrase& np) {
  return FindAfter(s, start, np, /*money=*/false, /*clause=*/false, /*take_last=*/false);
}

Found FindBeforeNumber(const Sent& s, size_t i, const NounPhrase& np) {
  return FindBefore(s, i, np, /*money=*/false);
}

Found FindCategoryFor(const Sent& s, size_t i, const NounPhrase& np, bool money) {
  Found f = FindAfter(s, np.end, np, money, /*clause=*/false, /*take_last=*/false);
  if (f.ok()) return f;
  size_t list_start = f.list_start;
  f = FindBefore(s, i, np, money);
  if (!f.ok() && !np.adjective_category.empty()) {
    f.category = np.adjective_category;
    f.first = np.adjective_unit;
    f.last = np.adjective_unit + 1;
    f.rule = "trigger_adjective";
  }
  if (!f.ok()) f = FindAfter(s, np.end, np, money, /*clause=*/true, np.partitive);
  if (!f.ok()) f = FindLabel(s, i);
  if (f.list_start == kNone) f.list_start = list_start;
  return f;
}

}  // namespace dossier::claims
