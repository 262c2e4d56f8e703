// Speaker shapes of local event reports (shootings, fires, crashes) that
// the general readers in speaker.cc leave to here: a relative or colleague
// named through someone else ("said Jo's grandmother", "said Jo's boss,
// Ana Ruiz"). It does not find speech verbs or resolve pronouns.
#include <algorithm>
#include <string>

#include "extract/quotes/speaker.h"

namespace dossier::quotes {

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
  bool possessive = (name.size() > 2 && name.substr(name.size() - 2) == "'s") ||
                    (name.size() > 4 && name.substr(name.size() - 4) == "\u2019s");
  if (!possessive) return {};
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
  auto it = std::lower_bound(entities_.begin(), entities_.end(), before,
                             [](const EntityMention& e, size_t pos) { return e.start < pos; });
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
  auto it = std::lower_bound(entities_.begin(), entities_.end(), before,
                             [](const EntityMention& e, size_t pos) { return e.start < pos; });
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
  out->speaker = force->canonical.empty()
                     ? std::string(text_.substr(force->start, force->end - force->start))
                     : force->canonical;
  out->speaker_start = who.start;
  out->speaker_end = who.end;
  notes_.push_back(Note{who.start, who.end, out->speaker, false});
  out->found = true;
  return true;
}

}  // namespace dossier::quotes
