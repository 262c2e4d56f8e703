// extract/entities/recognizer.h: the rule engine behind EntityRecognizer.
//
// Per sentence: scan tokens, build runs of capitalised words, type each run
// from lexicon cues and context, cut titles into roles. Per document: tie
// surnames, acronyms and spelling variants to one canonical name, type weak
// mentions from strong ones, and match known names in all-caps and
// headline-case lines. It does not find quotes.
#ifndef DOSSIER_EXTRACT_ENTITIES_RECOGNIZER_H_
#define DOSSIER_EXTRACT_ENTITIES_RECOGNIZER_H_

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dossier/entities.h"
#include "extract/entities/flat_index.h"
#include "extract/entities/lexicons.h"
#include "extract/entities/scan.h"

namespace dossier::entities {

// Any cue of an organisation, place, event or document name.
constexpr uint32_t kAnyCue =
    kOrgHead | kOrgLead | kPlaceHead | kPlaceLead | kEventHead | kEventLead | kDocCue;

// A token that can be part of a name: capitalised, all caps, an initial, or
// a digit-led word with a capital ("44-Day").
inline bool NameLike(const Tok& t) {
  return (t.shape & kWord) && (t.shape & (kCap | kAllCaps | kInitial));
}

// How sure a mention's type is; the document pass lets strong types
// overwrite weak ones for the same name.
enum class Evidence : uint8_t { kDefault, kContext, kStrong };

struct Candidate {
  uint32_t first_tok = 0;  // tokens [first_tok, end_tok)
  uint32_t end_tok = 0;
  EntityType type = EntityType::kOther;
  Evidence evidence = Evidence::kDefault;
  std::string_view rule;
  std::string canonical;    // set by the document pass when not the text
  uint32_t role_start = 0;  // byte range of the role text; empty if none
  uint32_t role_end = 0;
  uint32_t sentence = 0;
  bool initial = false;  // an unknown word at a sentence start (checked per document)
  bool dropped = false;
  bool needs_support = false;  // dropped unless another mention confirms it
};

// Working state for one document. The recognizer is shared between
// threads, so each thread keeps one (thread_local in Run) and reuses its
// memory from document to document.
struct DocState {
  std::string_view text;
  const Lexicons* lexicons = nullptr;
  std::vector<Tok> toks;
  std::vector<uint32_t> tok_sentence;   // sentence index per token
  std::vector<uint8_t> sentence_start;  // 1 when the token starts a sentence
  std::vector<uint8_t> line_kind;       // per token: 0 prose, 1 caps/headline line
  std::vector<uint32_t> named;          // name-like tokens in prose, in order (MarkLines)
  std::vector<Candidate> cands;
  std::string key;  // lower-case scratch
  // Scratch of the document pass (resolve.cc), kept for the next document.
  FlatIndex acronym, best, surname, name_ends, short_forms, teams, buckets, known, initials, given;
  std::string prefixes, known_arena, initials_arena;
  std::vector<uint32_t> chain_next;
  std::vector<uint8_t> group_seen;
  std::vector<std::array<uint32_t, 3>> chains;
  std::vector<std::pair<uint32_t, uint32_t>> order;  // output order (Run)
  std::vector<uint64_t> cand_hash;                   // per candidate (Resolve)
  std::vector<uint32_t> persons;                     // full names (GivenNames)
};

// HashWord of word token t of d, computed on first use (0 means not yet;
// a word whose hash is 0 is merely hashed again).
inline uint64_t HashOf(const DocState& d, const Tok& t) {
  if (t.hash == 0) t.hash = MakeWordKey(d.text, t.start, t.end - t.start).hash;
  return t.hash;
}

// The lexicon flags of word token t of d, looked up (Lex does it on first
// use; most lower-case words are never read: the rules look at the words
// around capitalised ones).
uint32_t LookUp(const DocState& d, const Tok& t);
// The lexicon flags of token t of d; a word is looked up on first use and
// the flags kept in the token.
inline uint32_t Lex(const DocState& d, const Tok& t) {
  if (t.lex & kLexPending) t.lex = LookUp(d, t);
  return t.lex;
}
inline uint32_t Lex(const DocState* d, const Tok& t) { return Lex(*d, t); }

// The text a candidate covers, from its first token to its last.
inline std::string_view CandidateText(const DocState& d, const Candidate& c) {
  return d.text.substr(d.toks[c.first_tok].start,
                       d.toks[c.end_tok - 1].end - d.toks[c.first_tok].start);
}

// The text of token i.
std::string_view WordAt(const DocState& d, uint32_t i);
// A small plain number on the same line: a score ("Arsenal 2").
bool ScoreAt(const DocState& d, uint32_t i);
bool Compass(std::string_view w);
bool InParentheses(const DocState& d, uint32_t i);
bool Affiliation(const DocState& d, uint32_t a, uint32_t b);
bool Fixture(const DocState& d, uint32_t a, uint32_t b);
// "TORONTO AT BOSTON": a fixture-list line the name [a, b) opens.
bool AwayAt(const DocState& d, uint32_t a, uint32_t b);
bool SportsContext(const DocState& d, uint32_t a, uint32_t b);
// "Tarvo were beaten": a verb in the plural after the name [a, b) that opens
// its sentence.
bool PluralVerbAfter(const DocState& d, uint32_t a, uint32_t b);
bool PlaceShape(std::string_view w);
bool BodyContext(const DocState& d, uint32_t a, uint32_t b);
bool OrgShape(const DocState& d, uint32_t i);
// A word whose ending marks a common word: "Addressing", "Bombings".
bool CommonShape(std::string_view w);
// A word shaped like a nationality adjective: "Brelian", "Tarese".
bool DemonymShape(std::string_view w);
// "said", "told", "added"...: a verb of saying (lower-case).
bool IsSayVerb(std::string_view w);
bool IsDigits(std::string_view w);
// "1998": four digits from 1000 to 2099.
bool Year(std::string_view w);
// "Two", "II": the number of one in a series of named events.
bool SeriesNumber(std::string_view w);
// "the Bundesbank said": "the" before a name [a, b) that heads its phrase.
bool ArticleBefore(const DocState& d, uint32_t a, uint32_t b);
// "Corvane analyst", "Corvane chief spokesman": role words after token
// b - 1, the last a role held for a firm or body.
bool BodyRoleAfter(const DocState& d, uint32_t b);
// "Corvane spokesman Ian Holt": a role word and a name after token b - 1.
bool OrgBeforeRole(const DocState& d, uint32_t b);
// "an aid group working in the valley, Vale Relief, says": a name [a, b)
// set off by commas after a clause that an organisation noun opens.
bool OrgAppositiveBefore(const DocState& d, uint32_t a, uint32_t b);
// "in Tarvo", "at Corvane": a word of place right before token a.
bool LocativeBefore(const DocState& d, uint32_t a);

class RuleEngine {
 public:
  explicit RuleEngine(const Lexicons* lex) : lex_(lex) {}
  void Run(std::string_view text, const std::vector<Sentence>& sentences,
           std::vector<EntityMention>* out) const;

 private:
  void Prepare(DocState* d, const std::vector<Sentence>& sentences) const;
  void MarkLines(DocState* d) const;
  void ProseRuns(DocState* d) const;
  // The end of an organisation's name that a possessive (token j) inside
  // continues after the run's tokens [i, j): "Tarvo County Sheriff's
  // Office"; 0 when none.
  uint32_t PossessiveName(DocState* d, uint32_t i, uint32_t j) const;
  void ClassifyRun(DocState* d, uint32_t a, uint32_t b) const;
  bool GroupAndWord(DocState* d, uint32_t a, uint32_t b) const;
  bool PluralOfCommon(const DocState& d, uint32_t i) const;
  void Derived(DocState* d, uint32_t i) const;
  bool ParticleHead(const DocState& d, uint32_t i) const;
  bool TitledPerson(DocState* d, uint32_t a, uint32_t b) const;
  uint32_t NameBeforeTitle(DocState* d, uint32_t a) const;
  uint32_t OfficeOf(DocState* d, uint32_t k, uint32_t b,
                    std::pair<uint32_t, uint32_t>* inner) const;
  bool PlaceInside(DocState* d, uint32_t a, uint32_t b) const;
  bool ByContext(DocState* d, uint32_t a, uint32_t b) const;
  bool OrgNounAround(DocState* d, uint32_t a, uint32_t b) const;
  void Emit(DocState* d, uint32_t a, uint32_t b, EntityType type, Evidence ev,
            std::string_view rule) const;
  // Longest phrase-table match in tokens [a, b) starting at a; 0 when none.
  uint32_t PhraseAt(DocState* d, uint32_t a, uint32_t b, const PhraseInfo** info) const;
  void AddRoleBefore(DocState* d, Candidate* c) const;
  void AddAppositive(DocState* d, Candidate* c) const;
  void CapsLines(DocState* d) const;
  void Resolve(DocState* d) const;
  void DropCommonInitials(DocState* d) const;
  void ShareListTypes(DocState* d) const;
  void LoneNames(DocState* d) const;
  void ShortForms(DocState* d) const;
  void BareSurname(DocState* d, uint32_t last, uint32_t i) const;
  // Acronyms never spelt out in parentheses, tied to the organisation whose
  // initials they write (acronyms.cc).
  void InitialAcronyms(DocState* d) const;
  // Lone given names tied to a full name named before them, or to a
  // relative's surname; lone words one slip from a surname (given_names.cc).
  void GivenNames(DocState* d) const;
  void TieGivenName(DocState* d, uint32_t i) const;
  void IndexGivenNames(DocState* d) const;
  [[nodiscard]] std::string_view FamilyName(const DocState& d, const Candidate& c) const;

  const Lexicons* lex_;
};

}  // namespace dossier::entities

#endif  // DOSSIER_EXTRACT_ENTITIES_RECOGNIZER_H_
