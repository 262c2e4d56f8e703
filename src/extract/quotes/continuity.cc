// The subject a pronoun or an unattributed quote carries on: the clause
// before it (the words before a pronoun in its own sentence, else the
// sentence before), read with ClauseSubject, and whether that subject may be
// the speaker (a person or a description of one for "he" and "she", an
// organisation or group for "it" and "they"). Each reading is bounded (one
// sentence of at most 48 tokens). It does not choose among earlier mentions
// (referents.cc) or read speech verbs around quotes (speaker.cc).
#include <algorithm>

#include "extract/quotes/runs.h"
#include "extract/quotes/speaker.h"

namespace dossier::quotes {
namespace {

constexpr uint32_t kPronouns = kPersonPronoun | kPluralPronoun | kItPronoun;

}  // namespace
// "Reyes lost the vote and he said", "A spokeswoman for the port said
// the pier was safe. “...,” she said": a pronoun opening a clause carries
// on the subject of the clause before it. That clause is the words before
// the pronoun in its own sentence, else the sentence before when it opens
// outside quote marks, in this paragraph or the one before, and only up to
// its first quote mark.
bool Attributor::SubjectClause(size_t before, Who* who, int* n, bool verb_subject) {
  size_t from = 0;
  size_t to = 0;
  bool tokenized = false;  // subject_toks_ already holds [from, to)
  if (!ClauseRange(before, &from, &to, &tokenized)) return false;
  auto q = std::lower_bound(spans_.begin(), spans_.end(), from,
                            [](const QuoteSpan& s, size_t p) { return s.open < p; });
  size_t quote = q != spans_.end() && q->open < to ? q->open : to;
  if (!tokenized) {
    subject_toks_.clear();
    TokenizeRange(text_, from, to, &subject_toks_, 64);
  }
  *n = static_cast<int>(subject_toks_.size());
  int clause = 0;  // the subject is read before the first quote mark
  while (clause < *n && subject_toks_[clause].start < quote) ++clause;
  // "But Reyes denied ...": past a discourse word, which ClauseSubject
  // would take for an opening phrase running to the first comma.
  int lo = 0;
  while (lo < clause && IsWord(subject_toks_[lo]) && (Cls(subject_toks_[lo]) & kDiscourse)) ++lo;
  if (clause - lo < 2) return false;
  *who = ClauseSubject(subject_toks_, lo, clause);
  if (verb_subject && who->kind == Who::kNone) *who = SpeechVerbSubject(lo, clause);
  return who->kind == Who::kName || who->kind == Who::kDescription;
}

// Where the clause a pronoun or quote at `before` carries on lies, into
// [*from, *to); *tokenized when subject_toks_ holds its tokens.
bool Attributor::ClauseRange(size_t before, size_t* from, size_t* to, bool* tokenized) {
  if (sentences_ == nullptr || sentences_->empty()) return false;
  auto it = std::upper_bound(sentences_->begin(), sentences_->end(), before,
                             [](size_t p, const Sentence& s) { return p < s.start; });
  if (it == sentences_->begin()) return false;
  --it;
  *from = it->start;
  *to = before;
  bool words = false;
  for (size_t k = *from; k < *to && !words; ++k) words = IsLetterAt(text_, k);
  if (words) {
    // A coordinated clause ("... and he said") is read; after an opening
    // phrase ("In a statement, it said", "Asked about it, he said") the
    // pronoun opens its clause and carries on the sentence before.
    subject_toks_.clear();
    if (TokenizeRange(text_, *from, *to, &subject_toks_, 64) < *to || subject_toks_.empty())
      return false;
    bool opening = OpeningPhrase();
    const Tok& last = subject_toks_.back();
    if (!opening && !TokIs(text_, last, "and") && !TokIs(text_, last, "but")) return false;
    words = !opening;
    *tokenized = words;
  }
  if (!words) {
    if (it == sentences_->begin()) return false;
    --it;
    *from = it->start;
    *to = std::min(it->end, before);
    if (*from < ParagraphStart(before, 1)) return false;
  }
  return *from < *to && !InsideQuote(*from) && !AfterReopeningMark(*from);
}

// Whether subject_toks_ is an opening phrase closed by a comma ("In a
// statement,", "Asked about it,"): no quote and no other comma in it.
bool Attributor::OpeningPhrase() const {
  const Tok& first = subject_toks_.front();
  if (!IsPunct(subject_toks_.back(), ',') || !IsWord(first) || subject_toks_.size() > 12 ||
      !((Cls(first) & kStop) || IntroWord(TokText(text_, first))))
    return false;
  for (size_t k = 0; k + 1 < subject_toks_.size(); ++k) {
    const Tok& t = subject_toks_[k];
    if (t.kind == TokKind::kPunct && !IsPunct(t, '\'') && !IsPunct(t, '-')) return false;
  }
  return true;
}

// "Although ..., data recovery experts say": the subject of the first
// speech verb (no participle) in subject_toks_[lo, clause), when no noun
// phrase opens the clause and no pronoun does either.
Who Attributor::SpeechVerbSubject(int lo, int clause) const {
  const Tok& opener = subject_toks_[lo];
  bool pronoun = (Cls(opener) & kPronouns) &&
                 !(TokIs(text_, opener, "her") && PossessiveAt(opener.end));  // "her spokesman"
  if (pronoun) return {};
  for (int v = lo + 1; v < clause; ++v) {
    CueHit h = CueAt(subject_toks_, v);
    if (h.verb == nullptr || (h.verb->flags & kWeak)) continue;
    if (TokText(text_, subject_toks_[v]).ends_with("ing")) return {};
    return SubjectBefore(subject_toks_, lo, v);
  }
  return {};
}

// The person SubjectClause finds, when gender (if any) and number fit.
Attributor::Candidate Attributor::SubjectReferent(size_t before, char gender) {
  plural_subject_at_ = std::string_view::npos;
  Who who;
  int n = 0;
  if (!SubjectClause(before, &who, &n)) return {};
  // "Acme's chief", "Reyes' sister": a possessive, not the subject; but
  // "Acme's leader, Jo Reyes," names it after a comma.
  bool possessive = ApostropheAt(who.end) || !Salient(who.start, who.end);
  if (who.kind == Who::kName && possessive && !NameAfterPossessive(n, &who)) return {};
  bool spoke = false;
  if (!SubjectSpeaks(who, n, gender, &spoke) || !SubjectPhrase(who, n)) return {};
  if (Coordinated(who, n)) {
    plural_subject_at_ = subject_toks_[0].start;
    return {};
  }
  if (who.kind == Who::kDescription) {
    PersonAfterOrganisation(n, &who);
    return DescribedSubject(who, gender);
  }
  const EntityMention* e = EntityAt(who.start, who.end);
  if (e != nullptr && e->type != EntityType::kPerson && e->type != EntityType::kOther) return {};
  std::string_view name = text_.substr(who.start, who.end - who.start);
  if (e != nullptr && !e->canonical.empty()) name = e->canonical;
  if (name.find(' ') == std::string_view::npos) {
    // "Family told him ... “...,” he said": a noun for people opening the
    // sentence is no one "he" or "she" stands for.
    if (gender != 0 && (lex_.Classes(name) & (kRole | kNoun | kKin | kOrgHead))) return {};
    subject_name_ = FullNameFor(name, who.start);
    // "Mara", a person mention: the one person named before with that first name.
    // The first name itself must pass as a person, as it did before.
    if (subject_name_.empty() && e != nullptr && e->type == EntityType::kPerson &&
        PlausiblePerson(name, who.start, who.end))
      subject_name_ = FullNameForFirst(name, who.start);
    // A lone word is a person when the entity layer says so or it speaks
    // ("Hayward admitted that ...", "Parry, speaking to the BBC, admits").
    if (subject_name_.empty() && (e == nullptr || e->type != EntityType::kPerson) &&
        !(spoke && SeenMidSentence(name)))
      return {};
    if (!subject_name_.empty()) name = subject_name_;
  } else if (e == nullptr && !PersonName(who)) {
    return {};
  }
  if (!PlausiblePerson(name, who.start, who.end)) return {};
  char g = GenderOf(who.start, name);
  if (gender != 0 && g != 0 && g != gender) return {};
  if (NamedInQuote(before, name)) return {};
  return Candidate{who.start, who.end, name, true, true};
}

// "Acme said sales fell. “...,” it said": an organisation or group that
// is the subject of the clause before carries on to "it" and "they" (no
// place, person or product, nor a name the recognizer left untyped).
bool Attributor::GroupSubject(size_t before, bool plural, Attribution* out) {
  Who who;
  int n = 0;
  if (!SubjectClause(before, &who, &n, true)) return false;
  // Only a subject that speaks ("Acme has said ... “...,” it said"): a
  // record, a film or a place may be a subject too.
  bool spoke = false;
  if (!SubjectSpeaks(who, n, 'g', &spoke) || !spoke || !SubjectPhrase(who, n) ||
      !Salient(who.start, who.end))
    return false;
  if (ApostropheAt(who.end)) return false;  // "Acme's chief"
  // The mention the words hold ("the EU", "The British Chambers of
  // Commerce" read as descriptions), ending inside them.
  const EntityMention* e = EntityAt(who.start, who.end);
  if (e != nullptr && (e->end > who.end || e->start < who.start)) e = nullptr;
  if (e != nullptr && (e->type == EntityType::kOrganization || e->type == EntityType::kGroup)) {
    SetGroup(e->start, e->end, EntityName(*e), out);
    return true;
  }
  if (who.kind == Who::kDescription) return GroupDescription(who, plural, out);
  // A name the recognizer left untyped that says something ("Acme has said
  // ..."), and no person.
  if (e != nullptr && e->type != EntityType::kOther) return false;
  std::string_view words = text_.substr(who.start, who.end - who.start);
  if (!SubjectLike(who.start) ||
      (words.find(' ') == std::string_view::npos && !SeenMidSentence(words)))
    return false;
  if (!SpeechVerbAfter(who.end) && !(VerbFollows(who.end) && SpeechVerbAfter(NextWordEnd(who.end))))
    return false;
  if (lex_.Gender(words.substr(0, words.find(' '))) != 0 || GenderWordBefore(who.start) != 0)
    return false;
  SetGroup(who.start, who.end, words, out);
  return true;
}

// "The US government", "the Swiss bank": an organisation word named by a
// capitalised modifier ("the company" alone is left to the nearest
// organisation named); for "they" (plural), a group of people too ("data
// recovery experts say ... They say").
bool Attributor::GroupDescription(const Who& who, bool plural, Attribution* out) {
  std::string_view words = text_.substr(who.start, who.end - who.start);
  std::string_view head = words.substr(words.rfind(' ') + 1);
  bool caps = false;
  for (size_t k = words.find(' '); k != std::string_view::npos; k = words.find(' ', k + 1))
    caps = caps || (k + 1 < words.size() && IsUpperAt(words, k + 1));
  bool people =
      plural && head.size() > 3 && head.back() == 's' && (lex_.Classes(head) & kRole) != 0;
  if (!people && (!(lex_.Classes(head) & kOrgCue) || !caps)) return false;
  SetGroup(who.start, who.end, words, out);
  if (lex_.Classes(words.substr(0, words.find(' '))) & kDeterminer)
    out->speaker[0] = static_cast<char>(out->speaker[0] | 0x20);  // "the US government"
  return true;
}

void Attributor::SetGroup(size_t start, size_t end, std::string_view name, Attribution* out) {
  out->speaker = std::string(name);
  out->speaker_start = start;
  out->speaker_end = end;
  notes_.push_back(Note{start, end, out->speaker, false});
}

// The end of the word after text_[end] (end itself when none follows).
size_t Attributor::NextWordEnd(size_t end) const {
  size_t a = end < text_.size() && text_[end] == ' ' ? end + 1 : end;
  size_t b = a;
  while (b < text_.size() && b < a + 20 && text_[b] >= 'a' && text_[b] <= 'z') ++b;
  return b == a ? end : b;
}

// Whether the sentence in subject_toks_[0, n) reports no one but its subject
// `who`: its first speech verb has no other subject ("Others include Jo
// Reyes, the party's chief Ana Ruiz said", "..., too says Acme") and no
// pronoun of the same gender comes before it (whose own referent then
// carries on: "Sales were weak, she said"). Quoted words are skipped.
bool Attributor::SubjectSpeaks(const Who& who, int n, char gender, bool* spoke) const {
  if (spoke != nullptr) *spoke = false;
  for (int v = 0; v < n; ++v) {
    const Tok& t = subject_toks_[v];
    if (t.start < who.end || !IsWord(t) || InsideQuote(t.start)) continue;
    if (Cls(t) & kPersonPronoun) {
      if (PronounSpeaks(v, n, gender)) return false;
      continue;
    }
    CueHit h = CueAt(subject_toks_, v);
    if (h.verb == nullptr || (h.verb->flags & kWeak)) continue;
    Who other = SubjectBefore(subject_toks_, 0, v);
    if (other.kind == Who::kNone && (h.verb->flags & kInvertible)) other = SpeakerAfter(v, n);
    // The first speech verb decides: after it comes what was said.
    bool same = other.start < who.end && who.start < other.end;
    if (spoke != nullptr) *spoke = other.kind != Who::kNone && same;
    return other.kind == Who::kNone || same;
  }
  return true;
}

// "..., she said": whether the pronoun at subject_toks_[v] is the subject
// of a speech verb (not "her second prize") and of the gender (any when 0).
bool Attributor::PronounSpeaks(int v, int n, char gender) const {
  std::string_view w = TokText(text_, subject_toks_[v]);
  char g = w[0] == 's' || w[0] == 'S' || WordIs(w, "her") ? 'f' : 'm';
  int k = v + 1;
  while (k < n && IsWord(subject_toks_[k]) && (Cls(subject_toks_[k]) & kSkip)) ++k;
  bool speaks = k < n && CueAt(subject_toks_, k).verb != nullptr;
  return speaks && (gender == 0 || g == gender);
}

// "..., too says Acme.": the name right after the inverted speech verb at
// subject_toks_[v] that ends the clause; none else.
Who Attributor::SpeakerAfter(int v, int n) const {
  Who after = PhraseAfter(subject_toks_, v + 1, n);
  int e = v + 1;
  while (e < n && subject_toks_[e].start < after.end) ++e;
  if (after.kind == Who::kName && (e >= n || subject_toks_[e].kind == TokKind::kPunct))
    return after;
  return {};
}

// Whether `who` is one of two subjects or more ("Jo Reyes and Sam Lee
// scored", "Reyes, Lee and Ortiz have"): a plural, for no "he" or "she".
bool Attributor::Coordinated(const Who& who, int n) const {
  int i = 0;
  while (i < n && subject_toks_[i].start < who.end) ++i;
  if (i + 1 >= n) return false;
  auto name_at = [&](int k) {
    return k < n && subject_toks_[k].cap &&
           !(Cls(subject_toks_[k]) & (kPersonPronoun | kPluralPronoun | kItPronoun | kDeterminer |
                                      kDiscourse | kStop | kRole | kTitle | kPost | kOrgCue));
  };
  if (TokIs(text_, subject_toks_[i], "and")) return name_at(i + 1);
  if (!IsPunct(subject_toks_[i], ',') || !name_at(i + 1)) return false;
  // A list: "Reyes, Lee and Ortiz", not an appositive ("Reyes, Acme's chief").
  for (int k = i + 2; k < n && k < i + 12; ++k) {
    if (TokIs(text_, subject_toks_[k], "and")) return name_at(k + 1);
    if (IsWord(subject_toks_[k]) && !subject_toks_[k].cap) return false;
  }
  return false;
}

// Whether the last quote before pos closed on a straight mark that opens
// the next paragraph of the same quote instead ("... the end. "Then we
// ..."), in text whose paragraph breaks were lost: the words after that
// mark are quoted, whatever the pairing says.
bool Attributor::AfterReopeningMark(size_t pos) const {
  auto q = std::lower_bound(spans_.begin(), spans_.end(), pos,
                            [](const QuoteSpan& s, size_t p) { return s.open < p; });
  if (q == spans_.begin()) return false;
  --q;
  // pos may be the mark itself, when a sentence is read as opening with it.
  size_t m = q->close_end - 1;
  if (!q->closed || m > pos || !Reopens(text_, *q)) return false;
  return text_.substr(m, pos - m).find('\n') == std::string_view::npos;
}

// Whether `who` reads as the subject noun phrase of subject_toks_[0, n):
// a name after lower-case words only when the word before it is a post
// ("party leader Jo Reyes", not "beat actors including Jo Reyes"), and no
// verb in the past tense inside a description ("the pressure prompted the
// minister").
bool Attributor::SubjectPhrase(const Who& who, int n) const {
  int i = 0;
  while (i < n && subject_toks_[i].end <= who.start) ++i;
  if (who.kind == Who::kName) {
    // The lower-case words right before the name: a post ("try scorer"),
    // no verb, participle or preposition ("beat actors including").
    for (int k = i - 1; k >= 0 && IsWord(subject_toks_[k]) && !subject_toks_[k].cap; --k) {
      std::string_view w = TokText(text_, subject_toks_[k]);
      bool verb_form = w.size() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
      if (verb_form || lex_.Verb(w) != nullptr || (Cls(subject_toks_[k]) & (kStop | kLinkBefore)))
        return false;
    }
    return true;
  }
  for (++i; i < n && subject_toks_[i].end <= who.end; ++i) {
    std::string_view w = TokText(text_, subject_toks_[i]);
    if (!subject_toks_[i].cap && w.size() > 4 && w.substr(w.size() - 2) == "ed") return false;
  }
  return true;
}

// Whether the quote that opens at or just after pos names the person
// `name` by one of its words ("“Ruud is the best striker,” he said" is not
// Ruud's): people speak of others in the third person, of themselves not.
bool Attributor::NamedInQuote(size_t pos, std::string_view name) const {
  auto q = std::lower_bound(spans_.begin(), spans_.end(), pos,
                            [](const QuoteSpan& s, size_t p) { return s.open < p; });
  if (q == spans_.end() || q->open - pos > 40) return false;
  std::string_view quoted = text_.substr(q->start, q->end - q->start);
  while (!name.empty()) {
    size_t sp = name.find(' ');
    std::string_view word = name.substr(0, sp);
    if (word.size() > 2 && word[0] >= 'A' && word[0] <= 'Z') {
      for (size_t at = quoted.find(word); at != std::string_view::npos;
           at = quoted.find(word, at + 1)) {
        size_t e = at + word.size();
        bool left = at == 0 || !IsLetterAt(quoted, at - 1);
        bool right = e >= quoted.size() || !(quoted[e] >= 'a' && quoted[e] <= 'z');
        if (left && right) return true;
      }
    }
    if (sp == std::string_view::npos) break;
    name.remove_prefix(sp + 1);
  }
  return false;
}

// "A Department for Transport spokeswoman said": a description read up to
// "for" is extended over the capitalised words of the organisation to the
// noun of one person that ends it, right before a verb.
void Attributor::PersonAfterOrganisation(int n, Who* who) const {
  int i = 0;
  while (i < n && subject_toks_[i].start < who->end) ++i;
  int caps = 0;
  while (i < n && i < 40 && IsWord(subject_toks_[i]) &&
         (subject_toks_[i].cap || TokIs(text_, subject_toks_[i], "for") ||
          TokIs(text_, subject_toks_[i], "of") || TokIs(text_, subject_toks_[i], "and"))) {
    caps += subject_toks_[i].cap;
    ++i;
  }
  if (caps == 0 || i + 1 >= n || !IsWord(subject_toks_[i]) || subject_toks_[i].cap) return;
  uint32_t cls = Cls(subject_toks_[i]);
  if (!(cls & (kRole | kPost)) || !IsWord(subject_toks_[i + 1])) return;
  std::string_view next = TokText(text_, subject_toks_[i + 1]);
  if (lex_.Verb(next) == nullptr && !(Cls(subject_toks_[i + 1]) & (kAux | kSkip))) return;
  who->end = subject_toks_[i].end;
}

// "Acme's leader, Jo Reyes, said": the name in apposition after the post
// that follows the possessive `who`, into *who; false when there is none.
bool Attributor::NameAfterPossessive(int n, Who* who) const {
  int i = 0;
  while (i < n && subject_toks_[i].start < who->end) ++i;
  if (i < n && IsPunct(subject_toks_[i], '\'')) ++i;  // "Reyes' sister"
  if (i < n && TokIs(text_, subject_toks_[i], "s")) ++i;
  int posts = 0;
  while (i < n && posts < 4 && IsWord(subject_toks_[i]) && !subject_toks_[i].cap &&
         PostWord(TokText(text_, subject_toks_[i]))) {
    ++i;
    ++posts;
  }
  if (posts == 0 || i + 1 >= n || !IsPunct(subject_toks_[i], ',') ||
      !NameWord(subject_toks_, i + 1))
    return false;
  Who named = PhraseAfter(subject_toks_, i + 1, n, false);
  if (named.kind != Who::kName) return false;
  *who = named;
  return true;
}

// A description of one person as a pronoun's referent ("an official", "the
// spokeswoman", "the 24-year-old"): the person it stands for when it is
// anaphoric and one is found, else the description itself.
Attributor::Candidate Attributor::DescribedSubject(const Who& who, char gender) {
  std::string_view words = text_.substr(who.start, who.end - who.start);
  std::string_view head = words.substr(words.rfind(' ') + 1);
  if (head.size() < 2) return {};
  uint32_t cls = lex_.Classes(head);
  bool age = head.size() > 9 && head.substr(head.size() - 9) == "-year-old";
  if (!(cls & (kRole | kPost | kFemale | kMale)) && !age) return {};
  bool plural = (head.back() == 's' && head.substr(head.size() - 2) != "ss") ||
                (head.size() >= 6 && WordIs(head.substr(head.size() - 6), "people"));
  if (plural) return {};  // "officials", "spokespeople"
  char g = (cls & kFemale) ? 'f' : (cls & kMale) ? 'm' : 0;
  if (gender != 0 && g != 0 && g != gender) return {};
  char unused = 0;
  if (Anaphoric(who, &unused)) {
    // With no pronoun to tell the sex ("The world champion says ...
    // “...”"), the person it stands for is the speaker carried on anyway.
    if (gender == 0) return {};
    // Else the person it stands for, or, when none is found, the person the
    // pronoun would name anyway (it stands for someone named before).
    return DescribedPerson(who, who.start, gender);
  }
  return Candidate{who.start, who.end, words, true, true};
}

// "Reyes was keen not to talk about the title. “...”": a quote with no
// attribution, opening its sentence after one whose subject is a person,
// is that person's.
bool Attributor::SubjectBeforeQuote(size_t open, Attribution* out) {
  Candidate c = SubjectReferent(open, 0);
  if (!c.found) return false;
  out->speaker = std::string(c.name);
  out->speaker_start = c.start;
  out->speaker_end = c.end;
  out->verb.clear();
  out->found = true;
  AddSpoke(open, c.start, c.end, out->speaker, 0, true);
  return true;
}

}  // namespace dossier::quotes
