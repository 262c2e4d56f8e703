// Loads the claim layer's lexicon files into phrase tables. Every malformed
// line is an InvalidArgument naming the file and line; nothing is guessed.
#include "extract/claims/vocab.h"

#include <string>
#include <utility>

#include "dossier/lexicon.h"

namespace dossier::claims {
namespace {

Status BadLine(std::string_view file, int line, std::string_view why) {
  return InvalidArgument("lexicon claims/" + std::string(file) + " line " + std::to_string(line) +
                         ": " + std::string(why));
}

// Loads claims/<file> and calls add(line) for each line; add returns a
// non-empty reason to reject the line.
template <typename Add>
Status ForEachLine(const LexiconLoader& loader, std::string_view file, size_t min_fields, Add add) {
  Result<std::string> text = loader.Load("claims/" + std::string(file));
  if (!text.ok()) return text.status();
  for (const LexiconLine& line : SplitLexicon(*text)) {
    if (line.fields.size() < min_fields) {
      return BadLine(file, line.line_number,
                     "expected " + std::to_string(min_fields) + " tab-separated fields");
    }
    std::string why = add(line.fields);
    if (!why.empty()) return BadLine(file, line.line_number, why);
  }
  return Status::Ok();
}

bool IsCategory(std::string_view c) {
  static constexpr std::string_view kCategories[] = {
      "killed",   "injured",   "missing", "captured", "displaced", "rescued",
      "orphaned", "destroyed", "damaged", "damage",   "arrested",  "affected"};
  for (std::string_view k : kCategories) {
    if (k == c) return true;
  }
  return false;
}

std::string AddTrigger(Vocab* v, const std::vector<std::string_view>& f) {
  TriggerInfo t;
  if (!IsCategory(f[1])) return "unknown category '" + std::string(f[1]) + "'";
  t.category = std::string(f[1]);
  std::string_view pos = f[2];
  while (!pos.empty()) {
    size_t comma = pos.find(',');
    std::string_view p = pos.substr(0, comma);
    if (p == "after") {
      t.positions |= kAfter;
    } else if (p == "before") {
      t.positions |= kBefore;
    } else if (p == "both") {
      t.positions |= kAfter | kBefore;
    } else if (p == "head") {
      t.positions |= kHead;
    } else {
      return "position must be after, before, both or head";
    }
    pos = comma == std::string_view::npos ? std::string_view() : pos.substr(comma + 1);
  }
  if (f[3] == "persons") {
    t.applies = Applies::kPersons;
  } else if (f[3] == "things") {
    t.applies = Applies::kThings;
  } else if (f[3] == "money") {
    t.applies = Applies::kMoney;
  } else if (f[3] == "bodies") {
    t.applies = Applies::kBodies;
  } else if (f[3] == "any") {
    t.applies = Applies::kAny;
  } else {
    return "applies must be persons, things, money, bodies or any";
  }
  v->triggers.Add(f[0], std::move(t));
  return "";
}

bool IsPersonClass(std::string_view c) {
  return c == "people" || c == "children" || c == "women" || c == "men" || c == "elderly" ||
         c == "families" || c == "soldiers" || c == "police" || c == "volunteers";
}

std::string AddGroup(Vocab* v, const std::vector<std::string_view>& f) {
  GroupInfo g;
  g.lemma = std::string(f[1]);
  g.group_class = std::string(f[2]);
  g.person = IsPersonClass(f[2]);
  // A form that differs from its plural lemma and does not end in s is a
  // singular ("man" -> "men", "person" -> "people", "child").
  g.singular = f[0] != f[1] && !f[0].ends_with('s');
  v->groups.Add(f[0], std::move(g));
  return "";
}

// The key words the rules need (see prefilter.h): every trigger and label
// phrase and a leading "among" name a category; a count number, a singular person
// noun or a denial gives the figure.
void BuildPrefilter(Vocab* v) {
  Prefilter& p = v->prefilter;
  v->triggers.ForEach([&](const auto& words, const auto&) { p.AddPhrase(words, Prefilter::kCue); });
  v->labels.ForEach([&](const auto& words, const auto&) { p.AddPhrase(words, Prefilter::kCue); });
  p.AddLeadWord("among", Prefilter::kCue);
  v->groups.ForEach([&](const auto& words, const GroupInfo& g) {
    if (g.singular && g.person) p.AddPhrase(words, Prefilter::kCounted);
  });
  for (std::string_view w : {"no", "nobody", "none"}) p.AddWord(w, Prefilter::kCounted);
  p.Finish();
}

}  // namespace

bool Vocab::StartsTrigger(std::string_view word) const {
  return trigger_starts_.Find(word) != nullptr;
}

Result<Vocab> Vocab::Load(const std::string& lexicon_dir) {
  LexiconLoader loader(lexicon_dir);
  Vocab v;
  DOSSIER_RETURN_IF_ERROR(ForEachLine(loader, "triggers.tsv", 4, [&](const auto& f) {
    std::string_view first = f[0].substr(0, f[0].find(' '));
    v.trigger_starts_[first] = true;
    return AddTrigger(&v, f);
  }));
  DOSSIER_RETURN_IF_ERROR(ForEachLine(loader, "labels.tsv", 2, [&](const auto& f) {
    if (f[1] != "*" && !IsCategory(f[1])) return std::string("unknown category");
    v.labels.Add(f[0], std::string(f[1]));
    return std::string();
  }));
  DOSSIER_RETURN_IF_ERROR(
      ForEachLine(loader, "groups.tsv", 3, [&](const auto& f) { return AddGroup(&v, f); }));
  DOSSIER_RETURN_IF_ERROR(ForEachLine(loader, "demonyms.tsv", 3, [&](const auto& f) {
    if (f[2] != "adj" && f[2] != "noun") return std::string("use must be adj or noun");
    v.demonyms.Add(f[0], DemonymInfo{std::string(f[1]), f[2] == "noun"});
    return std::string();
  }));
  DOSSIER_RETURN_IF_ERROR(ForEachLine(loader, "words.tsv", 2, [&](const auto& f) {
    uint8_t role = 0;
    if (f[1] == "aux") role = kAux;
    if (f[1] == "gap") role = kGap;
    if (f[1] == "stop") role = kStop;
    if (f[1] == "rel") role = kRel;
    if (f[1] == "list") {
      v.lists.Add(f[0], true);
      return std::string();
    }
    if (role == 0) return std::string("role must be aux, gap, stop, rel or list");
    v.roles_[f[0]] |= role;
    return std::string();
  }));
  DOSSIER_RETURN_IF_ERROR(ForEachLine(loader, "attribution.tsv", 2, [&](const auto& f) {
    AttributionKind k;
    if (f[1] == "verb") {
      k = AttributionKind::kVerb;
    } else if (f[1] == "according") {
      k = AttributionKind::kAccording;
    } else if (f[1] == "figure") {
      k = AttributionKind::kFigure;
    } else if (f[1] == "source") {
      k = AttributionKind::kSource;
    } else {
      return std::string("kind must be verb, according, figure or source");
    }
    v.attribution.Add(f[0], k);
    return std::string();
  }));
  DOSSIER_RETURN_IF_ERROR(ForEachLine(loader, "not_claims.tsv", 2, [&](const auto& f) {
    NotClaimKind k;
    if (f[1] == "noun") {
      k = NotClaimKind::kNoun;
    } else if (f[1] == "money") {
      k = NotClaimKind::kMoney;
    } else if (f[1] == "verb") {
      k = NotClaimKind::kVerb;
    } else {
      return std::string("kind must be noun, money or verb");
    }
    v.not_claims.Add(f[0], k);
    return std::string();
  }));
  DOSSIER_RETURN_IF_ERROR(ForEachLine(loader, "modality.tsv", 2, [&](const auto& f) {
    if (f[1] != "negated" && f[1] != "hypothetical") {
      return std::string("modality must be negated or hypothetical");
    }
    v.modality.Add(f[0], std::string(f[1]));
    return std::string();
  }));
  BuildPrefilter(&v);
  return v;
}

}  // namespace dossier::claims
