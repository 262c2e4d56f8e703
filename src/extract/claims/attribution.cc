// Attribution: who a sentence says gives its figures. Three shapes:
// "according to X", "X said" / ", said X" (any verb in attribution.tsv),
// and "X's figure of N". The source is the words of the text, trimmed; it is
// never resolved to an entity here.
#include <algorithm>

#include "extract/claims/sentence.h"

namespace dossier::claims {
namespace {

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "it" || w == "we" || w == "i" ||
         w == "who" || w == "which" || w == "that" || w == "you" || w == "this";
}

bool IsDeterminer(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || w == "his" ||
         w == "her" || w == "our";
}

bool IsBeForm(std::string_view w) {
  return w == "were" || w == "was" || w == "is" || w == "are" || w == "be" || w == "been" ||
         w == "being";
}

// Words of a source phrase ending at unit `last` (inclusive), scanning left:
// content words, capitalised words, "of"/"for" between capitalised words and
// a leading determiner. Returns the first unit, or kNone when empty.
size_t SourceBefore(const Sent& s, size_t last) {
  size_t first = kNone;
  int words = 0;
  for (size_t j = last + 1; j-- > 0 && words < 7;) {
    const Unit& u = s.at(j);
    if (u.kind != UnitKind::kWord) break;
    std::string_view w = u.lower;
    if (w == "s" && j >= 2 && s.at(j - 1).kind == UnitKind::kPunct &&
        s.at(j - 2).kind == UnitKind::kWord) {
      // "the city's mayor": step over the possessive.
      --j;
      continue;
    }
    if (IsDeterminer(w)) {
      first = first == kNone ? kNone : j;
      break;
    }
    bool inner = (w == "of" || w == "for" || w == "and") && j > 0 && s.at(j - 1).capitalized &&
                 first != kNone;
    bool stop = (s.vocab->Roles(w) & (kStop | kAux)) != 0 || s.vocab->StartsTrigger(w);
    if (stop && !u.capitalized && !inner) break;
    first = j;
    ++words;
  }
  if (first == kNone || IsPronoun(s.at(first).lower)) return kNone;
  return first;
}

// The source phrase after unit `first` (inclusive), up to punctuation.
size_t SourceAfterEnd(const Sent& s, size_t first) {
  size_t j = first;
  while (j < s.size() && j < first + 10 && s.at(j).kind == UnitKind::kWord) {
    std::string_view w = s.at(j).lower;
    if (j > first && (w == "that" || w == "who" || w == "which" || w == "on" || w == "in")) break;
    ++j;
  }
  return j;
}

Attribution Make(const Sent& s, size_t cue, size_t first, size_t end_unit) {
  Attribution a;
  a.unit = cue;
  a.start = s.at(first).start;
  a.end = s.at(end_unit - 1).end;
  const AttributionKind* k = nullptr;
  if (first == 0 && s.at(first).capitalized &&
      s.vocab->attribution.MatchForward(s.WordFn(), first, first + 1, &k) == 1 &&
      *k == AttributionKind::kSource) {
    a.lower_first = true;
  }
  return a;
}

void AddVerb(const Sent& s, size_t j, std::vector<Attribution>* out) {
  if (j > 0 && IsBeForm(s.Word(j - 1))) return;  // "were reported killed"
  size_t first = j > 0 ? SourceBefore(s, j - 1) : kNone;
  if (first != kNone) {
    out->push_back(Make(s, j, first, j));
    return;
  }
  // ", said the regional governor."
  if (j + 1 < s.size() && (j == 0 || s.IsPunct(j - 1, ","))) {
    size_t end = SourceAfterEnd(s, j + 1);
    if (end > j + 1 && !IsPronoun(s.at(j + 1).lower)) out->push_back(Make(s, j, j + 1, end));
  }
}

}  // namespace

void FindAttributions(const Sent& s, std::vector<Attribution>* out) {
  out->clear();
  auto word = s.WordFn();
  for (size_t j = 0; j < s.size(); ++j) {
    if (s.at(j).kind != UnitKind::kWord) continue;
    const AttributionKind* k = nullptr;
    size_t len = s.vocab->attribution.MatchForward(word, j, s.size(), &k);
    if (len == 0) continue;
    if (*k == AttributionKind::kVerb) {
      AddVerb(s, j, out);
    } else if (*k == AttributionKind::kAccording) {
      size_t end = SourceAfterEnd(s, j + len);
      if (end > j + len) out->push_back(Make(s, j, j + len, end));
      // The source's own words ("official estimates") are not cues.
      j = (end > j + len ? end : j + len) - 1;
    } else if (*k == AttributionKind::kFigure && s.Word(j + len) == "of" &&
               s.IsCount(j + len + 1) && j >= 3 && s.Word(j - 1) == "s" &&
               s.at(j - 2).kind == UnitKind::kPunct) {
      // "the government's figure of 15,000"
      size_t first = SourceBefore(s, j - 3);
      if (first == kNone) continue;
      if (first > 0 && IsDeterminer(s.Word(first - 1))) --first;
      Attribution a = Make(s, j, first, j - 2);
      a.number_unit = j + len + 1;
      out->push_back(a);
    }
  }
}

const Attribution* AttributionFor(const std::vector<Attribution>& all, size_t i) {
  // `all` is in sentence order: look at the few cues on either side of i
  // only, so a sentence with many figures and many cues stays linear.
  constexpr size_t kNear = 4;
  auto at = std::lower_bound(all.begin(), all.end(), i,
                             [](const Attribution& a, size_t u) { return a.unit < u; });
  size_t mid = static_cast<size_t>(at - all.begin());
  size_t lo = mid > kNear ? mid - kNear : 0;
  size_t hi = std::min(all.size(), mid + kNear);
  const Attribution* best = nullptr;
  size_t best_dist = kNone;
  for (size_t k = lo; k < hi; ++k) {
    const Attribution& a = all[k];
    if (a.number_unit == i) return &a;
    if (a.number_unit != kNone) continue;
    size_t dist = a.unit > i ? a.unit - i : i - a.unit;
    if (dist < best_dist) {
      best = &a;
      best_dist = dist;
    }
  }
  return best;
}

}  // namespace dossier::claims
