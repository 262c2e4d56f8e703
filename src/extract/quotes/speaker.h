// extract/quotes/speaker.h: finds who speaks, from the words around a speech
// verb or cue.
//
// Given the tokens of a clause, it reads the subject before a speech verb
// ("Halden told reporters", "a deckhand said", "she said"), the speaker after
// an inverted verb or a cue ("said Mira Halden, head of the service",
// "according to officials", "the statement of ..."), and resolves surnames
// and pronouns to the nearest compatible named person, using the entity
// mentions when they cover the words and a capitalised-name scan when they do
// not. It does not pair quote marks (marks.h) or decide quote kinds.
#ifndef DOSSIER_EXTRACT_QUOTES_SPEAKER_H_
#define DOSSIER_EXTRACT_QUOTES_SPEAKER_H_

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/entities.h"
#include "dossier/types.h"
#include "extract/quotes/marks.h"
#include "extract/quotes/words.h"

namespace dossier::quotes {

inline constexpr int kMaxLookBack = 300;  // earlier mentions examined per resolution

// Who the words name, before resolution.
struct Who {
  enum Kind { kNone, kName, kPronoun, kDescription } kind = kNone;
  size_t start = 0;  // byte span of the words
  size_t end = 0;
  uint32_t classes = 0;  // pronoun class bits
};

struct Attribution {
  bool found = false;
  std::string speaker;
  std::optional<size_t> speaker_start;
  std::optional<size_t> speaker_end;
  std::string verb;
  std::string_view rule;
};

// A speech verb or cue found in a token range.
struct CueHit {
  int index = -1;                  // first token of the cue
  int after = -1;                  // for phrase cues: first token after the cue
  const VerbInfo* verb = nullptr;  // null for phrase cues
  const Cue* phrase = nullptr;
};

// A name that is a place after a number or a preposition and ends in a
// street word ("on Elm Drive", "at 248 Elm Drive"), or a caption's first
// word ("Photo"): neither speaks.
bool PlaceOrCaption(std::string_view text, const QuoteLexicon& lex, size_t start, size_t end);

class Attributor {
 public:
  // REQUIRES: all arguments outlive the Attributor; entities and spans are
  // sorted by start.
  Attributor(std::string_view text, const QuoteLexicon& lex,
             const std::vector<EntityMention>& entities, const std::vector<QuoteSpan>& spans)
      : text_(text), lex_(lex), entities_(entities), spans_(spans) {}

  const QuoteLexicon& lexicon() const { return lex_; }
  // The sentences of the text, sorted; pronouns read the subject of the
  // sentence before them when they are given. REQUIRES: outlives the
  // Attributor.
  void SetSentences(const std::vector<Sentence>* sentences) { sentences_ = sentences; }

  // Whether a lower-case word may name a post between an organisation and a
  // name ("Acme boss Jo Reyes"): no verb, "of" or other function word.
  bool PostWord(std::string_view w) const;

  // The speech verb or phrase cue starting at toks[i], if any.
  CueHit CueAt(const std::vector<Tok>& toks, int i) const;

  // The subject that ends just before toks[v], not reaching before toks[lo].
  Who SubjectBefore(const std::vector<Tok>& toks, int lo, int v) const;
  // The speaker named from toks[k] on, not reaching toks[hi] ("said Halden").
  Who PhraseAfter(const std::vector<Tok>& toks, int k, int hi) const;
  const EntityMention* TitledPersonAfter(const EntityMention* e) const;
  // post: whether a name may be followed by a post and the person's name.
  Who PhraseAfter(const std::vector<Tok>& toks, int k, int hi, bool post) const;
  // The first noun phrase of a clause (for "He then ..., saying").
  Who ClauseSubject(const std::vector<Tok>& toks, int lo, int hi) const;

  // For a quote with no attribution opening its sentence at `open`: the
  // person the sentence before has as its subject, when it reports no
  // speaker of its own. False when there is none.
  bool SubjectBeforeQuote(size_t open, Attribution* out);
  // Resolves who to a speaker. anchor: where the quote or cue begins
  // (antecedents are searched before it). False when who is kNone or a
  // pronoun cannot be given any speaker.
  bool Resolve(const Who& who, size_t anchor, Attribution* out);
  // True when the words of who are an entity mention typed as a place or a
  // group (no speaker for a label such as "Washington:").
  bool IsMention(const Who& who) const { return EntityAt(who.start, who.end) != nullptr; }
  bool PlaceOrGroup(const Who& who) const {
    const EntityMention* e = EntityAt(who.start, who.end);
    return e != nullptr && (e->type == EntityType::kPlace || e->type == EntityType::kGroup);
  }

 private:
  // A person a pronoun may refer to.
  struct Candidate {
    size_t start = 0;
    size_t end = 0;
    std::string_view name;
    bool found = false;
    bool subject = false;  // found as a clause subject
  };
  // A speaker already named in the text, a candidate for later pronouns
  // even when the entity layer did not type the mention as a person.
  struct Note {
    size_t start = 0;
    size_t end = 0;
    std::string name;
    bool person = true;  // false: a description or an organisation
  };
  // A speaker resolved so far, in text order: where its words stand (at)
  // and whom they name; for "she added" right after a quote by a woman.
  struct Spoke {
    size_t at = 0;
    size_t start = 0;
    size_t end = 0;
    std::string name;
    char gender = 0;      // 'f', 'm', 0: unknown (not yet read)
    bool person = false;  // false: a description, a group, an unresolved pronoun
  };

  Who SubjectNextTo(const std::vector<Tok>& toks, int lo, int v) const;
  // The index of the comma or dash that opens an appositive closed by
  // toks[j], when it is a relative clause (", who ... ,", ", whose ... ,") or
  // set between dashes; -1 otherwise.
  int RelativeAppositive(const std::vector<Tok>& toks, int lo, int j) const;
  // The person a description stands for: the nearest person mention whose
  // role holds the description's head ("Tory leader Jo Reyes" for "the
  // Tory leader"), else the person a pronoun would name when the entity
  // layer typed it as a person.
  Candidate DescribedPerson(const Who& who, size_t anchor, char gender);
  // Whether the word `head` (any case) stands within a few words of the
  // mention text_[start, end) ("Judge Jo Reyes", "Reyes, the club's coach").
  bool HeadNearMention(std::string_view head, size_t start, size_t end) const;
  // "said Acme chief executive Jo Reyes": the person named after the
  // lower-case words of a post that start at toks[m].
  Who NameAfterPost(const std::vector<Tok>& toks, int m, int hi) const;
  // "the chief strategist for Acme Corp, Jo Reyes": toks[b] ends the post;
  // the person named after the comma that closes the organisation after
  // "for" or "at"; kNone when there is none.
  Who NameAfterOrganisation(const std::vector<Tok>& toks, int b, int hi) const;
  // "Secretary of the Air Force Jo Reyes", "Police Chief of Staff Jo
  // Reyes": the person named at the end of the capitalised words after the
  // office that toks[of - 1] ends and the "of" at toks[of]; kNone when no
  // person mention or known first name ends them.
  Who NameAfterOfficeOf(const std::vector<Tok>& toks, int of, int hi) const;
  // The person after toks[k..b], a name: after a post that follows it, or
  // (inside) after a possessive within it ("Acme's Jo Reyes").
  Who PostPerson(const std::vector<Tok>& toks, int k, int b, int hi, bool inside) const;
  // "said Jo's grandmother", "said Jo's boss, Ana Ruiz": after a name in
  // the possessive (toks[k..b]), the noun phrase, or the name after it,
  // speaks (events.cc); kNone when no lower-case noun follows.
  Who PossessedSpeaker(const std::vector<Tok>& toks, int k, int b, int hi) const;
  bool Kin(std::string_view word) const;
  std::string FullNameForFirst(std::string_view first, size_t before) const;
  bool ResolvePolice(const Who& who, size_t anchor, Attribution* out);
  Who RelativeSubject(const std::vector<Tok>& toks, int lo, int j) const;
  bool ResolveDescribed(const Who& who, size_t anchor, Attribution* out);
  // "the company said": the organisation named before (an organisation
  // mention nearby whose name holds the head word, else the one named most
  // often before, leaving out names that end in a word of another kind of
  // body).
  bool ResolveOrganisation(const Who& who, size_t anchor, Attribution* out);
  // The fuller name an organisation named before `before` gives a short
  // form: the one it opens ("Acme" for "Acme Savings Bank") or, for an
  // acronym, the one whose capitalised words it spells ("ACB"); empty when
  // none, or when two different ones fit. acronym_only: only for an acronym.
  std::string FullOrganisationName(std::string_view name, size_t before, bool acronym_only) const;
  // "the statement said", "according to the release": whoever issued it, when
  // an earlier "a statement" names them ("X said in a statement", "X issued a
  // statement", "a news release from X", "In a statement, X said").
  bool ResolveDocument(const Who& who, Attribution* out);
  // A document named with its issuer ("a release from the club", "a Norvik
  // statement", "the governor's statement"), or a speaker phrase read over
  // the verb that issued one ("the union issued a statement"): the issuer,
  // resolved. False when the words name none.
  bool ResolveIssued(const Who& who, size_t anchor, Attribution* out);
  // The words text_[start, end) as an issuer: a name (after "the" or alone)
  // that is an organisation or person mention or an acronym, else a
  // description opening with "the" or a role word; kNone otherwise.
  Who IssuerWords(size_t start, size_t end) const;
  // The issuer named after a document that ends at `end` ("from the club",
  // "released by Norvik"); kNone when none.
  Who IssuerAfter(size_t end);
  // The organisation or person mention that issued the document named at
  // text_[at, at + len); null when the words around it name none.
  const EntityMention* Issuer(size_t at, size_t len) const;
  // The same when no mention is found there: the subject of the verb before
  // a cue phrase ("Police said in a written statement"), or the words after
  // the comma of an opening one ("In an SEC filing, Norvik said"); kNone
  // when the sentence has neither.
  Who IssuerSubject(size_t at, size_t len);
  // The noun phrase, from its determiner, of the document noun at
  // text_[at, at + len) ("an Ontario police news release"); kNone when no
  // "a", "an" or "the" opens it within five words.
  Who DocumentPhrase(size_t at, size_t len) const;
  // For a description at byte `at` with head word `head`: the nearest
  // organisation before anchor whose name holds the head (within reach),
  // else (unless named_only) the one named most often, above all as a
  // subject; null when there is none.
  const EntityMention* OrganisationBefore(size_t anchor, size_t at, std::string_view head,
                                          bool named_only);
  void CountOrganisation(const EntityMention& e);
  // "Norvik said ... The company said": the organisation mention that spoke
  // last, shortly before `at`, when no person spoke after it; null else.
  const EntityMention* LastOrganisationSpeaker(size_t at) const;
  // The speaker noted last, shortly before `at`, when it is no person; null
  // else.
  const Note* LastBodySpeaker(size_t at) const;
  // The capitalised words that open the text before a verb ("Norvik Inc.
  // said", "Norvik is"), when no lexicon word, first name or mention of
  // another type than an organisation; empty when none.
  Span LeadSubject() const;
  // Whether the words around an organisation mention describe it with
  // `head`: right before it ("Danish brewer Norvik") or in an appositive
  // after it ("Norvik, the Danish brewer,").
  bool DescribedAs(const EntityMention& e, std::string_view head) const;
  bool PersonName(const Who& who) const;
  // "the Harbour boss", "the 24-year-old": a definite description of one
  // person named before. *gender: 'f', 'm' or 0 from its head noun.
  bool Anaphoric(const Who& who, char* gender) const;
  // "the Dutchman", "the Scot": a capitalised post read as a name is a
  // description; who unchanged otherwise.
  Who CapitalisedPost(const Who& who) const;
  Who BeforePreposition(const std::vector<Tok>& toks, int lo, int v, const Who& inner) const;
  Who PersonBeforeOf(const std::vector<Tok>& toks, int lo, int p, const Who& inner) const;
  bool AbbreviationDot(const std::vector<Tok>& toks, int i) const;
  // Whether toks[b + 1] is a verb after the noun toks[b] that ends a
  // described speaker read forwards ("the region faced ...").
  bool VerbAfterNoun(const std::vector<Tok>& toks, int b, int hi) const;
  bool InitialsDot(const std::vector<Tok>& toks, int b) const;
  int PlaceTagAfter(const std::vector<Tok>& toks, int c, int hi) const;
  int PlaceTagBefore(const std::vector<Tok>& toks, int lo, int c) const;
  bool IsWord(const Tok& t) const { return t.kind == TokKind::kWord; }
  uint32_t Cls(const Tok& t) const { return lex_.Classes(TokText(text_, t)); }
  bool IsPunct(const Tok& t, char c) const { return TokIsChar(text_, t, c); }
  bool NameWord(const std::vector<Tok>& toks, int i) const;
  const EntityMention* EntityAt(size_t start, size_t end) const;
  // The first entity mention that starts at or after pos (mentions are in
  // text order).
  std::vector<EntityMention>::const_iterator EntitiesFrom(size_t pos) const;
  // The name a mention gives: its canonical name, else its words.
  std::string_view EntityName(const EntityMention& e) const;
  const EntityMention* NameEntityAt(const Tok& t) const;
  Who NameRun(const std::vector<Tok>& toks, int a, int b) const;
  bool NounLike(const Tok& t) const;
  Who DescriptionBefore(const std::vector<Tok>& toks, int lo, int j) const;
  // Whether the "and" at toks[a] joins two words of one post ("the work
  // and pensions minister"), nothing read before toks[lo].
  bool InnerAnd(const std::vector<Tok>& toks, int lo, int a) const;
  // Whether the word at toks[a] ends a description read backwards: a stop
  // word other than such an "and".
  bool EndsDescription(const std::vector<Tok>& toks, int lo, int a) const;
  // "Jo Reyes, of the Harbour Trust in Leeds said": the person before a
  // comma and "of", "from" or "at" that nothing closes before toks[v].
  Who AffiliatedPerson(const std::vector<Tok>& toks, int lo, int v) const;
  // "The founder of a site found to be a front for X says": the subject
  // before a reduced relative clause that "<word> to be" opens.
  Who BeforeReducedRelative(const std::vector<Tok>& toks, int lo, int v) const;
  // "Chief analyst at Acme Bank Jo Reyes said": the person that ends the
  // organisation's name after a post and "at"/"for"; none when none does.
  Who PersonEndingOrganisation(const std::vector<Tok>& toks, int lo, const Who& who) const;
  std::string FullNameFor(std::string_view surname, size_t before);
  Candidate PersonBefore(size_t anchor, char gender);
  // PersonBefore, or the speaker of the quote just before when no newer
  // clause subject took over.
  Candidate Referent(size_t before, char gender);
  // Whether c is named in the sentence of a pronoun at `pronoun` (or of
  // the quote it attributes, opening there) before a quote that opens
  // there or earlier ("Acme is “...”, he said"): the quote speaks of c.
  bool QuoteSpeaksOf(const Candidate& c, size_t pronoun) const;
  // The subject a pronoun at `before` continues: of the words before it in
  // its sentence, else of the sentence before, when that subject is a person
  // or a description of one person of the pronoun's gender.
  Candidate SubjectReferent(size_t before, char gender);
  // The clause SubjectReferent reads, into subject_toks_[0, *n), and its
  // subject *who; false when there is none (or it is no name or
  // description).
  // verb_subject: when no noun phrase opens the clause, the subject of its
  // first speech verb ("Although ..., data recovery experts say").
  bool SubjectClause(size_t before, Who* who, int* n, bool verb_subject = false);
  bool ClauseRange(size_t before, size_t* from, size_t* to, bool* tokenized);
  bool OpeningPhrase() const;
  Who SpeechVerbSubject(int lo, int clause) const;
  // For "it" and "they": the organisation or group that is the subject of
  // the clause before (SubjectClause); false when it is none.
  // plural: for "they", which a described group of people may take too.
  bool GroupSubject(size_t before, bool plural, Attribution* out);
  void SetGroup(size_t start, size_t end, std::string_view name, Attribution* out);
  bool GroupDescription(const Who& who, bool plural, Attribution* out);
  bool PronounSpeaks(int v, int n, char gender) const;
  Who SpeakerAfter(int v, int n) const;
  size_t NextWordEnd(size_t end) const;
  Candidate DescribedSubject(const Who& who, char gender);
  // *spoke (if given): whether the first speech verb is the subject's.
  bool SubjectSpeaks(const Who& who, int n, char gender, bool* spoke = nullptr) const;
  bool NamedInQuote(size_t pos, std::string_view name) const;
  bool SubjectPhrase(const Who& who, int n) const;
  bool AfterReopeningMark(size_t pos) const;
  bool Coordinated(const Who& who, int n) const;
  void PersonAfterOrganisation(int n, Who* who) const;
  bool NameAfterPossessive(int n, Who* who) const;
  // Candidates by preference: clause subjects nearby, then mentions not in
  // a possessive or after a preposition, then any person.
  enum class Level { kSubject, kSalient, kAny };
  Candidate PersonBefore(size_t anchor, char gender, Level level);
  bool SubjectLike(size_t start) const;
  bool SubjectInSentence(size_t start, size_t end) const;
  bool OpeningPhraseEndsAt(size_t comma, size_t lo) const;
  bool VerbFollows(size_t end) const;
  size_t WordStartBefore(size_t p, size_t lo) const;
  size_t LettersStartBefore(size_t p, size_t lo) const;
  enum class LowerWord { kInvertedVerb, kTransparent, kModifier, kOther };
  LowerWord ClassifyBeforeName(std::string_view word) const;
  bool HeadNoun(std::string_view word) const;
  bool PredicateFollows(size_t end) const;
  bool ApostropheBefore(size_t p) const;
  bool ApostropheAt(size_t p) const;
  bool PersonMention(const EntityMention& e, Level level, size_t* start,
                     std::string_view* name) const;
  bool Transparent(std::string_view word) const;
  bool IntroWord(std::string_view word) const;
  size_t ParagraphStart(size_t pos, int back) const;
  // The speaker of the latest quote before pos, in this paragraph or the
  // one before, when it is a person of the pronoun's gender; null else.
  const Spoke* LastSpeaker(size_t pos, char gender);
  void AddSpoke(size_t at, size_t start, size_t end, std::string_view name, char gender,
                bool person);
  // out->speaker was given by the description `who` names (not a person
  // named): its span is who's, and later pronouns and descriptions see it.
  void NoteDescribed(const Who& who, Attribution* out);
  // After NoteDescribed: a description of one person ("a spokesman", "the
  // woman", "one witness") that spoke is who a later "he" or "she" carries
  // on (LastSpeaker), of the sex its head tells, else of either.
  void SpokeAsOnePerson(const Who& who);
  static constexpr char kAnyGender = '*';  // Spoke::gender of a description of either sex
  // Whether the words at text_[start] describe a speaker ("a spokesman",
  // "The woman") rather than name one.
  bool DescribedAt(size_t start) const;
  // For "it", "they", "we": the nearest speaker that is no person, or an
  // organisation or group mention just before.
  bool GroupBefore(size_t anchor, Attribution* out) const;
  bool Salient(size_t start, size_t end) const;
  bool PlausiblePerson(std::string_view name, size_t start, size_t end);
  // Whether `word` opens the name of an organisation mentioned before
  // byte `before` ("Acme" of "Acme-Baltic Co." or "Acme Logistics").
  bool OrganisationPrefix(std::string_view word, size_t before) const;
  bool SpeechVerbAfter(size_t end) const;
  // Whether the words after text_[end] are a post and a capitalised name
  // ("Tory backbencher Jo Reyes"): the word before `end` is a modifier.
  bool BeforePost(size_t end) const;
  bool HeadingAt(size_t pos) const;
  char GenderWordBefore(size_t start) const;
  bool SeenMidSentence(std::string_view word);
  // 'f', 'm' or 0 (unknown) for a person named text[start, end) as `name`.
  char GenderOf(size_t start, std::string_view name) const;
  char PronounAfter(size_t start) const;
  bool PossessiveAt(size_t end) const;
  bool InsideQuote(size_t pos) const;
  void BuildFallbackNames(bool note_words, size_t limit);
  void AddFallbackRun(size_t begin, size_t end);
  // A walk over the fallback names that start before a position, nearest
  // first (PrevFallbackName); a run's names are read on the walk's first
  // visit to it.
  struct FallbackWalk {
    size_t pos = 0;
    size_t run = 0;   // the runs before this one are still to visit
    size_t left = 0;  // names of fallback_runs_[run] still to visit
  };
  FallbackWalk StartFallbackWalk(size_t pos);
  // The next name of the walk into *out; false when there is none left, or
  // when the next run ends at or before `stop` (its names and all earlier
  // ones start before stop, where the caller stops anyway).
  bool PrevFallbackName(FallbackWalk* walk, size_t stop, Span* out);

  std::string_view text_;
  const QuoteLexicon& lex_;
  const std::vector<EntityMention>& entities_;
  const std::vector<QuoteSpan>& spans_;
  const std::vector<Sentence>* sentences_ = nullptr;
  size_t fallback_scanned_ = 0;       // every run starting before it is noted
  size_t fallback_next_ = 0;          // where the scan goes on
  size_t fallback_resume_ = 0;        // and its state (BuildFallbackNames)
  bool mid_words_built_ = false;      // mid_sentence_words_ noted
  size_t subject_floor_ = 0;          // for the PersonBefore call under way
  std::vector<Span> fallback_names_;  // the names read, run by run
  // Runs of two or more capitalised words, in text order; `first` indexes
  // fallback_names_ once the run's names are read (-1 before).
  struct FallbackRun {
    size_t begin = 0;
    size_t end = 0;
    int first = -1;
    int count = 0;
  };
  std::vector<FallbackRun> fallback_runs_;
  std::vector<Tok> scratch_;
  std::vector<Tok> subject_toks_;                      // the clause SubjectReferent reads
  std::string subject_name_;                           // the full name SubjectReferent found
  size_t plural_subject_at_ = std::string_view::npos;  // where the sentence with a plural
                                                       // subject SubjectReferent met opens
  std::vector<Note> notes_;
  // Organisations named before a description, for ResolveOrganisation.
  struct OrgCount {
    std::string_view name;
    const EntityMention* nearest = nullptr;
    int count = 0;
  };
  std::vector<OrgCount> org_counts_;
  std::vector<Tok> issuer_toks_;  // the words after a document (IssuerAfter)
  std::vector<Spoke> spoke_;      // sorted by at
  mutable std::unordered_map<size_t, char> gender_cache_;  // by mention start
  WordTable<bool, false> mid_sentence_words_;              // case-sensitive
};

}  // namespace dossier::quotes

#endif  // DOSSIER_EXTRACT_QUOTES_SPEAKER_H_
