// dossier/claims.h: count claims: who was killed, injured, captured,
// missing or displaced, how many, with sub-groups, time and attribution.
//
// Built on the number layer: a claim ties one NumberMention to a category
// (from trigger words), a counted group (normalised noun and its class), an
// optional parent claim ("613 killed, including 63 children"), an
// attribution ("officials said"), a time item dating it, and a modality
// (negated, hypothetical). The vocabulary lives in lexicon files. Rules only;
// every claim names its rule. It does not reconcile figures across documents.
//
//   auto ce = ClaimExtractor::Create({});
//   std::vector<Claim> claims;
//   (*ce)->Extract(doc.text, sentences, numbers, times, entities, &claims);
#ifndef DOSSIER_CLAIMS_H_
#define DOSSIER_CLAIMS_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/entities.h"
#include "dossier/json.h"
#include "dossier/numbers.h"
#include "dossier/status.h"
#include "dossier/times.h"
#include "dossier/types.h"

namespace dossier {

struct Claim {
  std::string category;     // killed, injured, missing, captured, displaced, rescued,
                            // orphaned, destroyed, damaged, damage, arrested, affected
  std::string group;        // short plural lemma of the counted noun: "civilians", "elderly"
  std::string group_class;  // people, children, women, men, elderly, families, houses,
                            // soldiers, police, volunteers (or the group itself)
  std::string modifier;     // "Azerbaijani" in "Azerbaijani civilians"; empty if none
  double value = 0;
  std::optional<double> value_high;
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;              // money only
  std::optional<size_t> parent;  // index of the claim this one is part of
  std::string attributed_to;     // who gives the figure; empty: none
  std::optional<size_t> time;    // index into times
  std::optional<size_t> number;  // index into numbers (none for "a woman was killed")
  size_t sentence = 0;
  size_t start = 0;  // the span of the claim's words
  size_t end = 0;
  std::string modality;  // empty: asserted; "negated" or "hypothetical"
  std::string_view rule;
};

struct ClaimOptions {
  std::string lexicon_dir;  // --lexicons DIR; empty: built-in lexicons only
};

class ClaimExtractor {
 public:
  static Result<std::unique_ptr<ClaimExtractor>> Create(const ClaimOptions& options);
  virtual ~ClaimExtractor() = default;
  // Appends the claims of text in document order. The inputs are the
  // document's own layers, as produced for this text. Thread-safe.
  virtual void Extract(std::string_view text, const std::vector<Sentence>& sentences,
                       const std::vector<NumberMention>& numbers,
                       const std::vector<TimeMention>& times,
                       const std::vector<EntityMention>& entities,
                       std::vector<Claim>* out) const = 0;
};

// Writes `claims` as a JSON array value (the "claims" field's value).
void WriteClaimsJson(std::string_view text, const std::vector<Claim>& claims, JsonWriter* w);

}  // namespace dossier

#endif  // DOSSIER_CLAIMS_H_
