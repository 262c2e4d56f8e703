// Speaker shapes of local event reports (shootings, fires, crashes) that
// the general readers in speaker.cc and marked.cc leave to here: a short
// quote attributed by the end of its sentence, a relative or colleague
// named through someone else ("said Jo's grandmother"), a first name for a
// person named before, "police" for the force the report names; and two
// shapes of partial quotes with no speech verb next to them: a phrase after
// a verb of view or feeling ("police considered him “stable”") and a
// participle opening the sentence ("Saying “...”, X ..."). It does not pair
// quote marks or resolve pronouns.
#include "extract/quotes/events.h"

#include <algorithm>
#include <optional>
#include <string>

namespace dossier::quotes {
namespace {

// A quote mark, a bracket, a colon or a semicolon.
bool Bar(std::string_view text, const Tok& t) {
  if (t.kind != TokKind::kPunct) return false;
  std::string_view p = TokText(text, t);
  return p == "\"" || p == "(" || p == ")" || p == ":" || p == ";" || p == "\u201c" ||
         p == "\u201d";
}

// Whether a sentence end (or the end of the line) follows byte pos.
bool SentenceEndsAt(std::string_view text, size_t pos, size_t hi) {
  while (pos < hi && text[pos] == ' ') ++pos;
  return pos >= text.size() || text[pos] == '\n' ||
         (pos < hi && (text[pos] == '.' || text[pos] == '!' || text[pos] == '?'));
}

// toks[k, n) is nothing, or an adjunct after a speech verb: when and where
// it was said ("Tuesday", "in a statement", "at a news conference"), or an
// appositive of the speaker; no clause (no pronoun, auxiliary or verb).
bool Adjunct(std::string_view text, const QuoteLexicon& lex, const std::vector<Tok>& toks, int k,
             int n) {
  if (k >= n) return true;
  if (n - k > 10) return false;
  const Tok& first = toks[k];
  uint32_t first_cls = lex.Classes(TokText(text, first));
  if (!(first.kind == TokKind::kWord && (first.cap || (first_cls & kIntro))) &&
      first.kind != TokKind::kNumber && !TokIsChar(text, first, ','))
    return false;
  for (int i = k; i < n; ++i) {
    const Tok& t = toks[i];
    if (t.kind != TokKind::kWord) continue;
    std::string_view w = TokText(text, t);
    uint32_t cls = lex.Classes(w);
    if (cls & (kPersonPronoun | kPluralPronoun | kItPronoun)) return false;
    if (!t.cap && (cls & (kAux | kSkip))) return false;
    if (TokIs(text, t, "that") || lex.Verb(w) != nullptr) return false;
  }
  return true;
}

}  // namespace

namespace {

// The speaker the cue h at tail[v] names after a comma (", according to
// police", ", said Sgt. Jo Reyes", ", police said", ", Jo Reyes, a
// neighbour, said"); *end is the first token after the attribution.
// nullopt when a speech verb's subject does not follow a comma, so an
// earlier cue may still attribute the sentence.
std::optional<Who> CueSpeaker(std::string_view text, const std::vector<Tok>& tail, int v,
                              const CueHit& h, Attributor* at, int* end) {
  int n = static_cast<int>(tail.size());
  Who who;
  *end = h.after;
  bool inverted = h.phrase != nullptr || (h.verb->flags & kInvertible);
  if (inverted && TokIsChar(text, tail[v - 1], ',')) {
    who = at->PhraseAfter(tail, h.after, n);
    while (*end < n && tail[*end].start < who.end) ++*end;
  }
  if (who.kind == Who::kNone && h.verb != nullptr) {
    who = at->SubjectBefore(tail, 0, v);
    int s = v;
    while (s > 0 && tail[s - 1].start >= who.start) --s;
    if (who.kind == Who::kNone || s == 0 || !TokIsChar(text, tail[s - 1], ',')) return std::nullopt;
    *end = v + 1;
  }
  return who;
}

}  // namespace

bool SentenceEndAttribution(std::string_view text, const std::vector<Tok>& tail, size_t hi,
                            size_t anchor, Attributor* at, Attribution* a) {
  int n = static_cast<int>(tail.size());
  if (n < 3 || !SentenceEndsAt(text, tail.back().end, hi)) return false;
  for (int v = n - 1; v >= 1; --v) {
    const Tok& t = tail[v];
    if (Bar(text, t)) return false;  // a quote mark, a bracket: the tail is no plain clause
    CueHit h = at->CueAt(tail, v);
    if (h.index != v) continue;
    if (h.verb != nullptr && (h.verb->flags & kObject)) continue;
    int end = 0;  // the first token after the attribution
    std::optional<Who> who = CueSpeaker(text, tail, v, h, at, &end);
    if (!who) continue;
    if (who->kind == Who::kNone || !Adjunct(text, at->lexicon(), tail, end, n)) return false;
    if (!at->Resolve(*who, anchor, a)) return false;
    a->verb = std::string(text.substr(t.start, tail[h.after - 1].end - t.start));
    return true;
  }
  return false;
}

namespace {

// A form of "be" or "get" before toks[v], past adverbs: a passive ("was
// considered", "are expected"); or a modal: a view urged on the subject
// ("the board should consider a “...”"), not held.
bool AfterBeOrModal(std::string_view text, const QuoteLexicon& lex, const std::vector<Tok>& toks,
                    int v) {
  for (int j = v - 1; j >= 0 && j >= v - 4; --j) {
    const Tok& t = toks[j];
    if (t.kind != TokKind::kWord || t.cap) return false;
    uint32_t cls = lex.Classes(TokText(text, t));
    if (cls & kBeModal) return true;
    if (!(cls & kSkip)) return false;
  }
  return false;
}

// "I", "you", "we": the writer or the reader, no speaker to name.
bool Deictic(std::string_view w) {
  for (std::string_view p : {"i", "you", "we"}) {
    if (w.size() == p.size() &&
        std::equal(w.begin(), w.end(), p.begin(), [](char a, char b) { return (a | 0x20) == b; }))
      return true;
  }
  return false;
}

}  // namespace

// Heads of a description that name people or a body of people.
constexpr uint32_t kPeople = kRole | kPost | kOrgHead | kOrgNamed | kTrait | kKin | kFemale | kMale;

bool ViewAttribution(std::string_view text, const std::vector<Tok>& toks, size_t anchor,
                     Attributor* at, Attribution* a) {
  const QuoteLexicon& lex = at->lexicon();
  for (int v = static_cast<int>(toks.size()) - 1; v >= 1; --v) {
    const Tok& t = toks[v];
    if (Bar(text, t)) return false;
    if (t.kind != TokKind::kWord || t.cap) continue;
    std::string_view w = TokText(text, t);
    if (!(lex.Classes(w) & kView)) continue;
    // ", calling it “...”": a participle after a comma speaks for the
    // clause subject; "a man calling himself ..." modifies a noun.
    bool participle = w.ends_with("ing");
    if (participle && !TokIsChar(text, toks[v - 1], ',')) return false;
    if (!participle && AfterBeOrModal(text, lex, toks, v)) return false;
    // "the relief felt by ...": a passive participle.
    bool last = v + 1 == static_cast<int>(toks.size());
    if (!last && TokIs(text, toks[v + 1], "by")) return false;
    Who who = participle ? at->ClauseSubject(toks, 0, v) : at->SubjectBefore(toks, 0, v);
    if (who.kind == Who::kNone || (who.kind == Who::kName && at->PlaceOrGroup(who))) return false;
    if (who.kind == Who::kDescription) {
      // The clause subject of a participle is read loosely: only a name or
      // a pronoun is taken. A description must end in a word for people or
      // a body ("police", "critics", "the company"), and not right before
      // a past participle that ends at the quote ("the holes considered
      // “critical”").
      std::string_view head = text.substr(who.start, who.end - who.start);
      head = head.substr(head.rfind(' ') + 1);
      if (participle || (last && w.ends_with("ed")) || !(lex.Classes(head) & kPeople)) return false;
    }
    if (Deictic(text.substr(who.start, who.end - who.start))) return false;
    // "her hopes of a “fresh start”": a possessive, no subject.
    if (who.kind == Who::kPronoun && text.substr(who.start, who.end - who.start) == "her")
      return false;
    if (!at->Resolve(who, anchor, a)) return false;
    a->verb = std::string(w);
    return true;
  }
  return false;
}

bool OpeningParticiple(std::string_view text, const std::vector<Tok>& before,
                       const std::vector<Tok>& after, size_t anchor, Attributor* at,
                       Attribution* a) {
  if (before.size() != 1 || !before[0].cap) return false;
  std::string_view w = TokText(text, before[0]);
  if (w.size() <= 4 || !w.ends_with("ing") || at->CueAt(before, 0).verb == nullptr) return false;
  int n = static_cast<int>(after.size());
  for (int c = 0; c + 2 < n && c < 16; ++c) {
    bool comma = TokIsChar(text, after[c], ',');
    if (after[c].kind == TokKind::kPunct && !comma) return false;
    if (!comma) continue;
    Who who = at->ClauseSubject(after, c + 1, n);
    if (who.kind == Who::kNone || who.start != after[c + 1].start || !at->Resolve(who, anchor, a))
      return false;
    a->verb = std::string(w);
    return true;
  }
  return false;
}

// A relative, a friend or someone who speaks for a person: "mother",
// "cousin", "neighbor", "attorney", and "step-" or "-in-law" forms.
bool Attributor::Kin(std::string_view word) const {
  if (word.size() > 5 && word.substr(0, 5) == "step-") word.remove_prefix(5);
  if (word.size() > 4 && word.substr(0, 4) == "step") word.remove_prefix(4);
  if (word.size() > 7 && word.substr(word.size() - 7) == "-in-law") word.remove_suffix(7);
  return (lex_.Classes(word) & (kKin | kFemale | kMale)) != 0;
}

Who Attributor::PossessedSpeaker(const std::vector<Tok>& toks, int k, int b, int hi) const {
  std::string_view name = TokText(text_, toks[b]);
  if (!Possessive(name)) return {};
  // The head: a word for a relative, a friend or a post within the next
  // three lower-case words ("older brother", "step-grandmother", "boss").
  int j = b + 1;
  bool head = false;
  while (!head && j < hi && j < b + 4 && IsWord(toks[j]) && !toks[j].cap &&
         !(Cls(toks[j]) & (kStop | kSkip | kDeterminer)))
    head = Kin(TokText(text_, toks[j++]));
  if (!head) return {};
  if (j < hi && NameWord(toks, j)) return {};  // "Acme's chief executive Jo Reyes": a post
  // ", Ana Ruiz" after the noun, perhaps after a short phrase ("at the
  // store"): the person so described.
  for (int c = j; c < hi && c < j + 6; ++c) {
    if (IsPunct(toks[c], ',')) {
      if (c + 1 >= hi) break;
      Who named = PhraseAfter(toks, c + 1, hi, false);
      if (named.kind == Who::kName && !PlaceOrGroup(named)) return named;
      break;
    }
    if (!IsWord(toks[c]) || lex_.Verb(TokText(text_, toks[c])) != nullptr) break;
  }
  return Who{Who::kDescription, toks[k].start, toks[j - 1].end, 0};
}

// "Davontae Carter ... Davontae said": children and relatives are often
// named again by their first name. The one person named before whose name
// opens with the word; empty when none or several do.
std::string Attributor::FullNameForFirst(std::string_view first, size_t before) const {
  auto it = EntitiesFrom(before);
  std::string_view found;
  for (int seen = 0; it != entities_.begin() && seen < kMaxLookBack; ++seen) {
    --it;
    if (it->type != EntityType::kPerson) continue;
    std::string_view name = it->canonical;
    size_t sp = name.find(' ');
    if (sp == std::string_view::npos || name.substr(0, sp) != first) continue;
    if (lex_.Classes(name.substr(name.rfind(' ') + 1)) & kOrgCue) continue;
    if (!found.empty() && found != name) return "";
    found = name;
  }
  return std::string(found);
}

// "police said" in a report that names the force ("the Beaumont Police
// Department"): the force, the nearest one named before the quote, else
// the first named after it. The span stays on the word "police".
bool Attributor::ResolvePolice(const Who& who, size_t anchor, Attribution* out) {
  std::string_view words = text_.substr(who.start, who.end - who.start);
  if (!WordIs(words, "police") && !WordIs(words, "the police")) return false;
  // "Eagan Police", "Eagan Police Department", "Portland Police Bureau";
  // no board or building of the police ("Police Review Board").
  auto is_force = [&](const EntityMention& e) {
    if (e.type != EntityType::kOrganization || e.end <= e.start) return false;
    std::string_view name = text_.substr(e.start, e.end - e.start);
    if (lex_.Classes(name.substr(0, name.find(' '))) & kCaption) return false;
    for (std::string_view tail : {" Police", " Police Department", " Police Bureau"}) {
      if (name.size() > tail.size() && name.substr(name.size() - tail.size()) == tail) return true;
    }
    return false;
  };
  size_t before = std::min(anchor, who.start);
  auto it = EntitiesFrom(before);
  const EntityMention* force = nullptr;
  auto back = it;
  for (int seen = 0; back != entities_.begin() && seen < kMaxLookBack && !force; ++seen) {
    --back;
    if (is_force(*back)) force = &*back;
  }
  for (int seen = 0; it != entities_.end() && seen < kMaxLookBack && !force; ++seen, ++it) {
    if (is_force(*it)) force = &*it;
  }
  if (force == nullptr) return false;
  out->speaker = std::string(EntityName(*force));
  out->speaker_start = who.start;
  out->speaker_end = who.end;
  notes_.push_back(Note{who.start, who.end, out->speaker, false});
  out->found = true;
  return true;
}

}  // namespace dossier::quotes
