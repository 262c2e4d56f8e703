// Referents for pronouns: which earlier mention a "he", "she", "they" or
// "it" stands for. Candidates are read from the entity mentions, the
// speakers already named and a capitalised-name scan, by preference: clause
// subjects nearby, then mentions that are no possessive or object, then any
// person. Every search is bounded (a paragraph window, a fixed number of
// mentions). It does not read speech verbs around quotes (speaker.cc).
#include <string.h>  // memrchr

#include <algorithm>

#include "extract/quotes/speaker.h"

namespace dossier::quotes {
namespace {

constexpr size_t kSubjectReach = 1200;  // bytes back to a clause subject a pronoun prefers
constexpr size_t kGroupReach = 1500;    // bytes back to the group "they" or "it" stands for

bool AllCaps(std::string_view w) {
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
  }
  return true;
}

}  // namespace

// A mention in a possessive ("Trump's threats") or after a preposition
// ("a pardon for Clinton") is rarely what a later pronoun refers to.
bool Attributor::Salient(size_t start, size_t end) const {
  std::string_view rest = text_.substr(end, 4);
  if (rest.substr(0, 2) == "'s" || rest.substr(0, 4) == "\u2019s") return false;
  // A run of capitals read with its apostrophe ("Lena Holt's team").
  std::string_view words = text_.substr(start, end - start);
  if (words.ends_with("'s") || words.ends_with("\u2019s") || words.ends_with("'")) return false;
  size_t p = start;
  while (p > 0 && text_[p - 1] == ' ') --p;
  size_t w = p;
  // Past up to two titles ("under President Jo Reyes", "by the Rev. Jo
  // Reyes"): the word before them.
  for (int titles = 0; titles < 2; ++titles) {
    size_t q = p > 0 && text_[p - 1] == '.' ? p - 1 : p;
    size_t t = LettersStartBefore(q, 0);
    if (t == q || !(lex_.Classes(text_.substr(t, q - t)) & kTitle)) break;
    p = t;
    while (p > 0 && text_[p - 1] == ' ') --p;
  }
  w = p;
  while (w > 0 && text_[w - 1] >= 'a' && text_[w - 1] <= 'z') --w;
  // "of X", "the X campaign", "his X page": no subject.
  return !(lex_.Classes(text_.substr(w, p - w)) & kLinkBefore);
}

// A person mention with an organisation word ("Justice Department") is more
// often a recognizer mistake than a referent for a pronoun.
bool Attributor::PlausiblePerson(std::string_view name, size_t start, size_t end) {
  if (HeadingAt(start)) return false;
  // "R-Utah", "D-N.Y.": a party and a state after a name.
  if (name.size() >= 3 && name[0] >= 'A' && name[0] <= 'Z' && name[1] == '-') return false;
  if (name.find(' ') == std::string_view::npos) {
    // "of Md.", "Fla.": a short capitalised word before a full stop is an
    // abbreviation.
    if (end - start <= 3 && end < text_.size() && text_[end] == '.') return false;
    if (OrganisationPrefix(name, start)) return false;
    return SeenMidSentence(name) || SpeechVerbAfter(end);
  }
  while (!name.empty()) {
    size_t sp = name.find(' ');
    std::string_view word = name.substr(0, sp);
    if (lex_.Classes(word) & kOrgCue) return false;
    if (word.size() >= 4 && AllCaps(word)) return false;  // "THE BORROWING Back"
    if (sp == std::string_view::npos) break;
    name.remove_prefix(sp + 1);
  }
  return true;
}

// "Halden-Barnes Co." named before "Halden announced ...": a word that
// opens the name of an organisation named before is that organisation.
bool Attributor::OrganisationPrefix(std::string_view word, size_t before) const {
  constexpr int kReach = 64;  // organisation mentions examined
  auto it = EntitiesFrom(before);
  for (int seen = 0; it != entities_.begin() && seen < kReach; ++seen) {
    --it;
    if (it->type != EntityType::kOrganization) continue;
    std::string_view name = text_.substr(it->start, it->end - it->start);
    if (name.size() > word.size() + 1 && name.substr(0, word.size()) == word &&
        (name[word.size()] == '-' || name[word.size()] == ' '))
      return true;
  }
  return false;
}

// A speech verb right after a mention ("Reyes said ...") makes it a speaker.
bool Attributor::SpeechVerbAfter(size_t end) const {
  size_t i = end;
  if (i >= text_.size() || text_[i] != ' ') return false;
  ++i;
  size_t e = i;
  while (e < text_.size() && e < i + 16 && text_[e] >= 'a' && text_[e] <= 'z') ++e;
  const VerbInfo* v = e > i ? lex_.Verb(text_.substr(i, e - i)) : nullptr;
  return v != nullptr && !(v->flags & kWeak);
}

// A short line in title case ("An Ambitious, Divisive Legacy."): a heading,
// whose capitals name no one.
bool Attributor::HeadingAt(size_t pos) const {
  size_t a = pos;
  size_t lo = pos > 100 ? pos - 100 : 0;
  while (a > lo && text_[a - 1] != '\n') --a;
  if (a > 0 && text_[a - 1] != '\n') return false;
  size_t b = pos;
  size_t hi = std::min(text_.size(), pos + 100);
  while (b < hi && text_[b] != '\n') ++b;
  if (b < text_.size() && text_[b] != '\n') return false;
  bool word_start = true;
  for (size_t i = a; i < b; ++i) {
    char c = text_[i];
    if (word_start && c >= 'a' && c <= 'z') {
      size_t e = i;
      while (e < b && text_[e] >= 'a' && text_[e] <= 'z') ++e;
      if (e - i > 3) return false;  // a lower-case word: a sentence
    }
    word_start = c == ' ';
  }
  return true;
}

// A one-word name must appear somewhere after a lower-case word or a comma,
// or inside a run of capitalised words: a capitalised word only ever seen
// opening sentences ("Particular attention is drawn ...") is no evidence of
// a person. The word set is noted by the fallback scan, on first need.
bool Attributor::SeenMidSentence(std::string_view word) {
  if (!mid_words_built_) BuildFallbackNames(true, std::string_view::npos);
  return mid_sentence_words_.Find(word) != nullptr;
}

// A mention that opens its clause: nothing but capitalised words (titles,
// initials) between it and the last sentence end, line break, colon or
// closing quote mark ("Fowler noted that ...", "“...,” Sen. Ann Lee said").
bool Attributor::SubjectLike(size_t start) const {
  size_t lo = start > 80 ? start - 80 : 0;
  bool in_word = false;
  bool lower = false;
  for (size_t i = start; i > lo; --i) {
    auto c = static_cast<unsigned char>(text_[i - 1]);
    if (c == '\n' || c == ':' || c == ';' || c == 0x9D) {
      return true;  // 0x9D: the last byte of a closing double quote mark
    }
    if ((c == '.' || c == '!' || c == '?') && i < start && text_[i] == ' ') {
      // A sentence end, unless the word before is an abbreviation or an
      // initial ("Mr.", "Sen.", "R.").
      size_t w = i - 1;
      while (w > lo && text_[w - 1] >= 'A' && text_[w - 1] <= 'z' && text_[w - 1] != '_') --w;
      bool abbreviation = c == '.' && i - 1 - w <= 3 && text_[w] >= 'A' && text_[w] <= 'Z';
      if (!abbreviation) return true;
    }
    if (c == ' ' || c == '(' || c == ')') {
      if (in_word && lower) return false;
      in_word = false;
      continue;
    }
    in_word = true;
    lower = (c >= 'a' && c <= 'z') || c == ',';
  }
  return lo == 0 && !(in_word && lower);
}

// A lower-case word that may stand between a sentence start and its subject
// ("And even Reyes ...", "But then Reyes ...").
bool Attributor::Transparent(std::string_view word) const {
  return (lex_.Classes(word) & kDiscourse) != 0;
}

// The first word of an opening phrase that a comma closes before the
// subject ("Later on Sunday, Reyes ...", "Asked about it, Reyes ...").
bool Attributor::IntroWord(std::string_view word) const {
  if (word.size() > 4 &&
      (word.substr(word.size() - 3) == "ing" || word.substr(word.size() - 2) == "ly"))
    return true;
  return (lex_.Classes(word) & kIntro) != 0;
}

// Whether the comma at text_[c] closes an opening phrase that starts its
// sentence with an IntroWord ("Later on Sunday,"), no further back than lo.
bool Attributor::OpeningPhraseEndsAt(size_t c, size_t lo) const {
  size_t s = c;
  // The phrase may hold commas of its own ("At a rally in Portland, Maine,
  // on Sunday,"): up to three parts.
  for (int parts = 0; parts < 3; ++parts) {
    while (
        s > lo && text_[s - 1] != '\n' && text_[s - 1] != ',' &&
        !((text_[s - 1] == '.' || text_[s - 1] == '?' || text_[s - 1] == '!') && text_[s] == ' '))
      --s;
    if (s <= lo || text_[s - 1] != ',') break;
    if (parts == 2) return false;
    --s;
  }
  while (s < c && (text_[s] == ' ' || static_cast<unsigned char>(text_[s]) >= 0x80)) ++s;
  size_t e = s;
  while (e < c && ((text_[e] >= 'a' && text_[e] <= 'z') || (text_[e] >= 'A' && text_[e] <= 'Z')))
    ++e;
  return e > s && IntroWord(text_.substr(s, e - s));
}

// Whether the word after text_[end] is a verb in the past tense or an
// auxiliary ("... caused", "... has").
bool Attributor::VerbFollows(size_t end) const {
  size_t i = end;
  if (i >= text_.size() || text_[i] != ' ') return false;
  size_t e = ++i;
  while (e < text_.size() && e < i + 16 && text_[e] >= 'a' && text_[e] <= 'z') ++e;
  if (e >= text_.size() || (text_[e] != ' ' && text_[e] != ',')) return false;
  std::string_view next = text_.substr(i, e - i);
  if (next.size() > 4 && next.substr(next.size() - 2) == "ed") return true;
  return (lex_.Classes(next) & kAux) != 0;
}

// A subject after an opening phrase or a discourse word ("Later on Sunday,
// Reyes shared ...", "And even Reyes tried ..."), after a comma and before
// a speech verb ("..., Reyes said."), or after a role word and right before
// a verb in the past tense or an auxiliary ("front-runner Jo Reyes caused
// ..."). A name after "said" or "that" opens a reported clause: no subject.
bool Attributor::SubjectInSentence(size_t start, size_t end) const {
  size_t p = start;
  size_t lo = start > 120 ? start - 120 : 0;
  bool inverted =
      end < text_.size() && (text_[end] == ',' || text_[end] == '.' || text_[end] == ';');
  bool modifier = false;  // a role word or a compound right before the name
  int nouns = 0;          // other lower-case nouns before it ("Florida delegate Jo Reyes")
  bool opens = false;     // nothing before those words in the sentence
  for (int words = 0; words < 8; ++words) {
    while (p > lo && text_[p - 1] == ' ') --p;
    if (p <= lo || text_[p - 1] == '\n') {
      opens = p == 0 || text_[p - 1] == '\n';
      break;
    }
    if (text_[p - 1] == ',') {
      if (words == 0 && SpeechVerbAfter(end)) return true;  // "..., Reyes said."
      if (!modifier && nouns == 0) return OpeningPhraseEndsAt(p - 1, lo);
      opens = OpeningPhraseEndsAt(p - 1, lo);  // "Later on, Texas developer Jo Reyes"
      break;
    }
    size_t t = WordStartBefore(p, lo);
    if (t == p) break;
    std::string_view word = text_.substr(t, p - t);
    if (word.size() > 3 && word.back() == '.' && word[0] >= 'a' && word[0] <= 'z') {
      opens = true;  // the end of the sentence before
      break;
    }
    p = t;
    if (word[0] < 'a' || word[0] > 'z') continue;  // a capitalised word: a title or the name
    if (word == "s" && nouns + modifier > 0 && ApostropheBefore(p)) {
      // "Mr Brown's former adviser Jo Reyes": a possessive opens the description.
      p -= text_[p - 1] == '\'' ? 1 : 3;
      continue;
    }
    LowerWord kind = ClassifyBeforeName(word);
    if (kind == LowerWord::kInvertedVerb && inverted) return true;  // "adds Jo Reyes."
    if (kind == LowerWord::kOther && nouns < 2 && HeadNoun(word)) {
      ++nouns;
      continue;
    }
    if (kind == LowerWord::kOther || kind == LowerWord::kInvertedVerb ||
        (kind == LowerWord::kTransparent && (modifier || nouns > 0)))
      break;
    modifier = modifier || kind == LowerWord::kModifier;
  }
  // A sentence that opens with a described name: "Florida delegate Jo Reyes,
  // wearing ..., said", "Texas developer Jo Reyes expressed ...".
  if (opens && (modifier || nouns > 0)) return PredicateFollows(end);
  return modifier && nouns == 0 && VerbFollows(end);
}

// Whether a verb or an appositive follows the name ending at text_[end].
bool Attributor::PredicateFollows(size_t end) const {
  return VerbFollows(end) || SpeechVerbAfter(end) || (end < text_.size() && text_[end] == ',');
}

// Whether an apostrophe (ASCII or U+2019) ends just before text_[p].
bool Attributor::ApostropheBefore(size_t p) const {
  if (p >= 1 && text_[p - 1] == '\'') return true;
  return p >= 3 && text_.substr(p - 3, 3) == "\u2019";
}

// Whether an apostrophe (ASCII or U+2019) starts at text_[p].
bool Attributor::ApostropheAt(size_t p) const {
  return (p < text_.size() && text_[p] == '\'') || text_.substr(p, 3) == "\u2019";
}

// Whether a lower-case word may be a noun in a description before a name
// ("delegate", "developer"): no verb form, no function word.
bool Attributor::HeadNoun(std::string_view word) const {
  if (word.size() < 3 || lex_.Verb(word) != nullptr) return false;
  if (lex_.Classes(word) & (kLinkBefore | kStop | kSkip | kAux | kDeterminer | kIntro | kDiscourse |
                            kPersonPronoun | kPluralPronoun | kItPronoun))
    return false;
  std::string_view tail2 = word.substr(word.size() - 2);
  if (tail2 == "ed" || tail2 == "ly" || word.back() == 's' || word.back() == '.') return false;
  return word.size() < 4 || word.substr(word.size() - 3) != "ing";
}

// What a lower-case word before a name tells about the name.
Attributor::LowerWord Attributor::ClassifyBeforeName(std::string_view word) const {
  const VerbInfo* verb = lex_.Verb(word);
  if (verb != nullptr && (verb->flags & kInvertible)) return LowerWord::kInvertedVerb;
  if (Transparent(word)) return LowerWord::kTransparent;
  if ((lex_.Classes(word) & kRole) || word.find('-') != std::string_view::npos)
    return LowerWord::kModifier;
  return LowerWord::kOther;
}

// Where the run of ASCII letters ending at p starts, no further back than
// lo; p when none ends there.
size_t Attributor::LettersStartBefore(size_t p, size_t lo) const {
  size_t t = p;
  while (t > lo && ((text_[t - 1] >= 'a' && text_[t - 1] <= 'z') ||
                    (text_[t - 1] >= 'A' && text_[t - 1] <= 'Z')))
    --t;
  return t;
}

// Where the word (letters, '.', '-') ending at p starts, no further back
// than lo; p when none ends there.
size_t Attributor::WordStartBefore(size_t p, size_t lo) const {
  size_t t = p;
  while (t > lo && ((text_[t - 1] >= 'a' && text_[t - 1] <= 'z') ||
                    (text_[t - 1] >= 'A' && text_[t - 1] <= 'Z') || text_[t - 1] == '.' ||
                    text_[t - 1] == '-'))
    --t;
  return t;
}

// Whether an entity mention may be a person a pronoun refers to, working
// around typing mistakes of the entity layer: a one-word mention it only
// guessed from capitals is a person when a speech verb follows ("Reyes
// claimed"), whatever type it got, and needs that, a word that tells its
// sex or a clause-subject place to be a referent at all; a mention that
// ends in a known first name and a surname ("Harbour Speaker Jo Reyes"
// typed as an organisation) is that person (*start and *name move to the
// first name).
bool Attributor::PersonMention(const EntityMention& e, Level level, size_t* start,
                               std::string_view* name) const {
  bool guessed = e.rule == "capitalised" && name->find(' ') == std::string_view::npos;
  if (guessed) {
    if (SpeechVerbAfter(e.end)) return true;
    if (e.type != EntityType::kPerson || BeforePost(e.end)) return false;
    // The text gives it a sex: "his wife, Jo,", "As for Reyes, he ...".
    if (GenderWordBefore(e.start) != 0 || PronounAfter(e.start) != 0) return true;
    return level == Level::kAny || SubjectLike(e.start) || SubjectInSentence(e.start, e.end);
  }
  std::string_view words = text_.substr(e.start, e.end - e.start);
  size_t sp = words.rfind(' ');
  if (sp != std::string_view::npos && sp > 0) {
    size_t first = words.rfind(' ', sp - 1);
    first = first == std::string_view::npos ? 0 : first + 1;
    if (first > 0 && lex_.Gender(words.substr(first, sp - first)) != 0 &&
        IsUpperAt(text_, e.start + sp + 1)) {
      *start = e.start + first;
      *name = text_.substr(*start, e.end - *start);
      return true;
    }
  }
  return e.type == EntityType::kPerson;
}

// Where the paragraph holding pos begins (back = 0) or the one before it
// (back = 1), bounded by kSubjectReach.
size_t Attributor::ParagraphStart(size_t pos, int back) const {
  size_t lo = pos > kSubjectReach ? pos - kSubjectReach : 0;
  int breaks = 0;
  size_t i = pos;
  while (i > lo) {
    const void* nl = memrchr(text_.data() + lo, '\n', i - lo);
    if (nl == nullptr) break;
    i = static_cast<size_t>(static_cast<const char*>(nl) - text_.data()) + 1;
    if (i - 1 > lo && text_[i - 2] == '\n') {  // one break per blank line run
      --i;
      continue;
    }
    if (breaks++ == back) return i;
    --i;
  }
  return lo;
}

// Nearer text first: a clause subject, then any mention that is no
// possessive or object, in the pronoun's own paragraph; the same in the
// paragraph before; then any salient mention; then any person.
Attributor::Candidate Attributor::PersonBefore(size_t anchor, char gender) {
  size_t here = ParagraphStart(anchor, 0);
  size_t before = ParagraphStart(anchor, 1);
  struct Step {
    Level level;
    size_t floor;
  };
  size_t older = ParagraphStart(anchor, 2);
  const Step steps[] = {{Level::kSubject, here},   {Level::kSalient, here},
                        {Level::kSubject, before}, {Level::kSalient, before},
                        {Level::kSubject, older},  {Level::kSalient, 0},
                        {Level::kAny, 0}};
  for (const Step& step : steps) {
    subject_floor_ = step.floor;
    Candidate c = PersonBefore(anchor, gender, step.level);
    c.subject = step.level == Level::kSubject;
    if (c.found) return c;
  }
  return Candidate{};
}

// "“...,” she said. “...,” she added": the pronoun carries on the speaker
// of the quote before, unless a clause subject named after that quote took
// over ("Reyes disagreed. “...,” he said").
Attributor::Candidate Attributor::Referent(size_t before, char gender) {
  Candidate s = SubjectReferent(before, gender);
  if (s.found) return s;
  // "Reyes, Lee and Ortiz have all won. “...,” he said": none of a plural
  // subject; the person named before that sentence.
  Candidate c = PersonBefore(std::min(before, plural_subject_at_), gender);
  if (c.found && QuoteSpeaksOf(c, before)) {
    // "Acme Logistics is “trying to win them over”, he said": the subject
    // of the clause the quote ends is who it speaks of; someone named before.
    c = PersonBefore(c.start, gender);
  }
  const Spoke* last = LastSpeaker(before, gender);
  if (last != nullptr && NamedInQuote(before, last->name)) last = nullptr;
  bool spoken_of = c.found && NamedInQuote(before, c.name);
  if (spoken_of && last == nullptr) {
    // "“Lleyton is in form,” he said": someone named before the one the
    // quote speaks of.
    Candidate other = PersonBefore(c.start, gender);
    if (other.found && !NamedInQuote(before, other.name)) return other;
  }
  // A person named after a described speaker ("said a spokesman. ... Mr
  // Reyes's view ... he said") takes over even when no clause subject.
  bool described = last != nullptr && DescribedAt(last->start);
  if (last != nullptr &&
      (spoken_of || !(c.found && (c.subject || described) && c.start > last->at)))
    c = Candidate{last->start, last->end, last->name, true, false};
  return c;
}

bool Attributor::QuoteSpeaksOf(const Candidate& c, size_t pronoun) const {
  if (sentences_ == nullptr || c.end >= pronoun) return false;
  auto it = std::upper_bound(sentences_->begin(), sentences_->end(), pronoun,
                             [](size_t p, const Sentence& s) { return p < s.start; });
  if (it == sentences_->begin() || c.start < (it - 1)->start) return false;
  auto q = std::lower_bound(spans_.begin(), spans_.end(), c.end,
                            [](const QuoteSpan& s, size_t p) { return s.open < p; });
  if (q == spans_.end() || q->open > pronoun || q->open - c.end > 40) return false;
  // At most three words between the name and the quote, none a speech verb
  // ("Acme is", "Reyes had been"), and no sentence end.
  std::string_view gap = text_.substr(c.end, q->open - c.end);
  int words = 0;
  for (size_t i = 0; i < gap.size();) {
    char ch = gap[i];
    if (ch == '.' || ch == '!' || ch == '?' || ch == ':' || ch == ';') return false;
    if (!IsLetterAt(gap, i)) {
      ++i;
      continue;
    }
    size_t e = i;
    while (e < gap.size() && IsLetterAt(gap, e)) e += Utf8Len(static_cast<unsigned char>(gap[e]));
    const VerbInfo* v = lex_.Verb(gap.substr(i, e - i));
    if (++words > 3 || (v != nullptr && !(v->flags & kWeak))) return false;
    i = e;
  }
  return true;
}

void Attributor::NoteDescribed(const Who& who, Attribution* out) {
  out->speaker_start = who.start;
  out->speaker_end = who.end;
  notes_.push_back(Note{who.start, who.end, out->speaker, false});
  AddSpoke(who.start, who.start, who.end, out->speaker, 0, false);
}

bool Attributor::DescribedAt(size_t start) const {
  if (start >= text_.size() || !IsUpperAt(text_, start)) return true;
  size_t e = start;
  while (e < text_.size() && e < start + 8 && text_[e] != ' ') ++e;
  return (lex_.Classes(text_.substr(start, e - start)) & kDeterminer) != 0;  // "A spokesman"
}

void Attributor::SpokeAsOnePerson(const Who& who) {
  if (spoke_.empty() || spoke_.back().at != who.start) return;
  std::string_view words = text_.substr(who.start, who.end - who.start);
  std::string_view head = words.substr(words.rfind(' ') + 1);
  if (head.size() < 3 || words.size() == head.size()) return;  // "a witness", not "witnesses"
  uint32_t cls = lex_.Classes(head);
  bool age = head.ends_with("-year-old");
  if (!(cls & (kRole | kPost | kKin | kFemale | kMale)) && !age) return;
  if ((head.back() == 's' && !head.ends_with("ss")) || WordIs(head, "people") ||
      WordIs(head, "police") || WordIs(head, "staff") || WordIs(head, "crew"))
    return;
  Spoke& s = spoke_.back();
  s.person = true;
  s.gender = (cls & kFemale) ? 'f' : (cls & kMale) ? 'm' : kAnyGender;
}

void Attributor::AddSpoke(size_t at, size_t start, size_t end, std::string_view name, char gender,
                          bool person) {
  // Out of order (a later pass over the text): left out, so the list stays
  // sorted and each lookup is a binary search.
  if (!spoke_.empty() && at < spoke_.back().at) return;
  if (!spoke_.empty() && at == spoke_.back().at) spoke_.pop_back();
  spoke_.push_back(Spoke{at, start, end, std::string(name), gender, person});
}

const Attributor::Spoke* Attributor::LastSpeaker(size_t pos, char gender) {
  auto it = std::lower_bound(spoke_.begin(), spoke_.end(), pos,
                             [](const Spoke& s, size_t p) { return s.at < p; });
  if (it == spoke_.begin()) return nullptr;
  --it;
  if (it->at < ParagraphStart(pos, 1) || !it->person) return nullptr;
  if (it->gender == 0) it->gender = GenderOf(it->start, it->name);
  if (it->gender != 0 && it->gender != kAnyGender && it->gender != gender) return nullptr;
  return &*it;
}

Attributor::Candidate Attributor::PersonBefore(size_t anchor, char gender, Level level) {
  auto ok = [&](size_t start, size_t end) {
    if (level == Level::kAny) return true;
    if (!Salient(start, end)) return false;
    if (start < subject_floor_) return false;
    // A name after a role word and before a speech verb ("the party's
    // spokesman Jo Reyes told ...") is the subject of its clause.
    return level == Level::kSalient || SubjectLike(start) || SpeechVerbAfter(end) ||
           SubjectInSentence(start, end);
  };
  auto fits = [&](size_t start, std::string_view name) {
    char g = gender == 0 ? 0 : GenderOf(start, name);
    return g == 0 || g == gender;
  };
  Candidate best;
  auto it = EntitiesFrom(anchor);
  for (int seen = 0; it != entities_.begin() && seen < kMaxLookBack; ++seen) {
    --it;
    if (level != Level::kAny && it->start < subject_floor_) break;  // sorted by start
    if (InsideQuote(it->start)) continue;
    size_t start = it->start;
    std::string_view name = EntityName(*it);
    if (!PersonMention(*it, level, &start, &name)) continue;
    // "Family told him", "Neighbours said": a noun for people opening a
    // sentence is no one a "he" or "she" stands for.
    if (name.find(' ') == std::string_view::npos &&
        (lex_.Classes(name) & (kRole | kNoun | kKin | kOrgHead)))
      continue;
    if (!ok(start, it->end)) continue;
    if (!PlausiblePerson(name, start, it->end) || !fits(start, name)) continue;
    best = Candidate{start, it->end, name, true};
    break;
  }
  int looked = 0;
  for (auto n = notes_.rbegin(); n != notes_.rend() && looked < 50; ++n, ++looked) {
    // A note on the mention found above may carry a fuller name ("Steve"
    // resolved to "Steve Jobs" when it spoke).
    bool fuller = best.found && n->start == best.start && n->name.size() > best.name.size();
    if (!n->person || n->start >= anchor || (best.found && n->start <= best.start && !fuller))
      continue;
    if (level != Level::kAny && n->start < subject_floor_) continue;
    if (!fits(n->start, n->name)) continue;
    best = Candidate{n->start, n->end, n->name, true};
  }
  // Names the loop below would stop at are not read: those at or before
  // best, and (unless any level) before the floor.
  size_t stop = best.found ? best.start + 1 : 0;
  if (level != Level::kAny) stop = std::max(stop, subject_floor_);
  FallbackWalk walk = StartFallbackWalk(anchor);
  Span f;
  for (int seen = 0; seen < kMaxLookBack && PrevFallbackName(&walk, stop, &f); ++seen) {
    if (best.found && f.start <= best.start) break;
    if (level != Level::kAny && f.start < subject_floor_) break;
    if (InsideQuote(f.start) || EntityAt(f.start, f.end) != nullptr) continue;
    if (HeadingAt(f.start)) continue;
    if (!ok(f.start, f.end)) continue;
    std::string_view name = text_.substr(f.start, f.end - f.start);
    if (!fits(f.start, name)) continue;
    best = Candidate{f.start, f.end, name, true};
    break;
  }
  return best;
}

bool Attributor::GroupBefore(size_t anchor, Attribution* out) const {
  int looked = 0;
  for (auto n = notes_.rbegin(); n != notes_.rend() && looked < 50; ++n, ++looked) {
    if (n->start >= anchor || anchor - n->start > kGroupReach) continue;
    if (n->person) break;  // a person spoke last: "they" is not about a speaker
    out->speaker = n->name;
    out->speaker_start = n->start;
    out->speaker_end = n->end;
    return true;
  }
  auto it = EntitiesFrom(anchor);
  for (int seen = 0; it != entities_.begin() && seen < 20; ++seen) {
    --it;
    if (anchor - it->start > kGroupReach / 2) break;
    if (it->type != EntityType::kOrganization && it->type != EntityType::kGroup) continue;
    if (InsideQuote(it->start)) continue;
    out->speaker = std::string(EntityName(*it));
    out->speaker_start = it->start;
    out->speaker_end = it->end;
    return true;
  }
  return false;
}

}  // namespace dossier::quotes
