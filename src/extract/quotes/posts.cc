// Posts and descriptions around names: the person after an organisation
// and a post ("said Acme chief executive Jo Reyes", "Acme's Jo Reyes"), the
// post words after a mention that make it a modifier ("Tory backbencher"), and the
// person a definite description stands for ("the Tory leader", "the
// 24-year-old"), and the organisation or issuer "the company" or "the
// statement" stands for (with issuers.cc). Every scan is bounded (a few
// words, or a fixed number of earlier mentions). It does not read speech
// verbs (speaker.cc) or choose pronoun referents (referents.cc).
#include <algorithm>

#include "extract/quotes/speaker.h"

namespace dossier::quotes {
namespace {

constexpr size_t kDescriptionReach = 1500;  // bytes back to the person a description stands for
constexpr size_t kMaxOrganisations = 32;    // names counted for a description of an organisation
constexpr uint32_t kPronouns = kPersonPronoun | kPluralPronoun | kItPronoun;

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() > end.size() && s.substr(s.size() - end.size()) == end;
}

// "the 24-year-old": an age standing for a person.
bool Age(std::string_view head) { return EndsWith(head, "-year-old"); }

}  // namespace

// A name that stands for a person: a person mention, or two capitalised
// words or more that are no place or group mention.
bool Attributor::PersonName(const Who& who) const {
  if (who.kind != Who::kName) return false;
  if (const EntityMention* e = EntityAt(who.start, who.end)) {
    if (e->type == EntityType::kPerson) return true;
    if (e->type == EntityType::kPlace || e->type == EntityType::kGroup) return false;
  }
  return text_.substr(who.start, who.end - who.start).find(' ') != std::string_view::npos;
}

Who Attributor::CapitalisedPost(const Who& who) const {
  if (who.kind != Who::kName || who.start < 4) return who;
  std::string_view word = text_.substr(who.start, who.end - who.start);
  std::string_view det = text_.substr(who.start - 4, 4);
  if (word.find(' ') != std::string_view::npos || !(lex_.Classes(word) & kPost) ||
      !(det == "the " || det == "The "))
    return who;
  if (who.start > 4 && text_[who.start - 5] != ' ' && text_[who.start - 5] != '\n') return who;
  return Who{Who::kDescription, who.start - 4, who.end, 0};
}

bool Attributor::Anaphoric(const Who& who, char* gender) const {
  std::string_view words = text_.substr(who.start, who.end - who.start);
  if (words.size() < 5 || !(words.substr(0, 4) == "the " || words.substr(0, 4) == "The "))
    return false;
  size_t sp = words.rfind(' ');
  std::string_view head = words.substr(sp + 1);
  uint32_t cls = lex_.Classes(head);
  *gender = (cls & kFemale) ? 'f' : (cls & kMale) ? 'm' : 0;
  if (cls & kPost) return true;
  if (cls & kTrait) {
    // "the Waterford man": only with a capitalised word before the head.
    std::string_view before = words.substr(0, sp);
    size_t b = before.rfind(' ');
    return b != std::string_view::npos && b + 1 < before.size() && before[b + 1] >= 'A' &&
           before[b + 1] <= 'Z';
  }
  return Age(head);
}

namespace {

// Whether `word` is a word of `phrase`, ignoring ASCII case on both sides.
bool HasWord(std::string_view phrase, std::string_view word) {
  size_t i = 0;
  while (i < phrase.size()) {
    size_t e = phrase.find(' ', i);
    if (e == std::string_view::npos) e = phrase.size();
    std::string_view w = phrase.substr(i, e - i);
    bool same = w.size() == word.size();
    for (size_t k = 0; k < w.size() && same; ++k) same = (w[k] | 0x20) == (word[k] | 0x20);
    if (same) return true;
    i = e + 1;
  }
  return false;
}

// Whether a person's role ("shadow home secretary") fits a description
// ("the home secretary"): every word of the description after "the" is in
// the role, and the role has no rank word (class `rank`: "deputy",
// "shadow") the description lacks.
bool RoleFits(const QuoteLexicon& lex, std::string_view role, std::string_view description) {
  auto each_word = [](std::string_view phrase, size_t i, auto&& fn) {
    while (i < phrase.size()) {
      size_t e = phrase.find(' ', i);
      if (e == std::string_view::npos) e = phrase.size();
      if (e > i && !fn(phrase.substr(i, e - i))) return false;
      i = e + 1;
    }
    return true;
  };
  bool all_in_role = each_word(description, description.find(' ') + 1,
                               [&](std::string_view w) { return HasWord(role, w); });
  return all_in_role && each_word(role, 0, [&](std::string_view w) {
           return !(lex.Classes(w) & kRank) || HasWord(description, w);
         });
}

}  // namespace

Attributor::Candidate Attributor::DescribedPerson(const Who& who, size_t anchor, char gender) {
  std::string_view words = text_.substr(who.start, who.end - who.start);
  auto it = EntitiesFrom(anchor);
  for (int seen = 0; it != entities_.begin() && seen < kMaxLookBack; ++seen) {
    --it;
    if (it->type != EntityType::kPerson || it->role.empty() || InsideQuote(it->start)) continue;
    if (!RoleFits(lex_, it->role, words)) continue;
    std::string_view name = EntityName(*it);
    return Candidate{it->start, it->end, name, true};
  }
  Candidate c = PersonBefore(anchor, gender);
  if (!c.found || who.start - c.start > kDescriptionReach) return Candidate{};
  const EntityMention* e = EntityAt(c.start, c.end);
  if (e == nullptr || e->type != EntityType::kPerson) return Candidate{};
  // "US President Jo Reyes" is not "the rapper".
  std::string_view head = words.substr(words.rfind(' ') + 1);
  // "the youngster", "the Dutchman": an age or an origin, which a role
  // seldom says.
  bool trait = Age(head) || (lex_.Classes(head) & kTrait);
  if (!trait && !e->role.empty() && !HasWord(e->role, head)) return Candidate{};
  // An office must be the person's where the text names them ("Judge Jo
  // Reyes", "the club's coach, Jo Reyes"): the nearest person may be the
  // one the office deals with (a judge's defendant, a lawyer's client).
  if ((lex_.Classes(head) & kOffice) && !HeadNearMention(head, c.start, c.end)) return Candidate{};
  return c;
}

bool Attributor::HeadNearMention(std::string_view head, size_t start, size_t end) const {
  constexpr size_t kNear = 48;  // bytes either side of the mention
  size_t lo = start > kNear ? start - kNear : 0;
  size_t hi = std::min(text_.size(), end + kNear);
  std::string_view around = text_.substr(lo, hi - lo);
  for (size_t i = 0; i + head.size() <= around.size(); ++i) {
    bool same = true;
    for (size_t k = 0; k < head.size() && same; ++k)
      same = (around[i + k] | 0x20) == (head[k] | 0x20);
    if (!same) continue;
    size_t e = i + head.size();
    bool left = i == 0 || !LetterByte(around[i - 1]);
    bool right = e >= around.size() || !LetterByte(around[e]);
    if (left && right) return true;
  }
  return false;
}

bool Attributor::PostWord(std::string_view w) const {
  return (lex_.Classes(w) & (kStop | kSkip | kDeterminer | kPronouns)) == 0 && w != "of" &&
         lex_.Verb(w) == nullptr;
}

bool Attributor::BeforePost(size_t end) const {
  size_t p = end;
  size_t hi = std::min(text_.size(), end + 60);
  for (int posts = 0; posts <= 4; ++posts) {
    if (p >= hi || text_[p] != ' ') return false;
    ++p;
    size_t e = p;
    while (e < hi && ((text_[e] >= 'a' && text_[e] <= 'z') ||
                      (text_[e] >= 'A' && text_[e] <= 'Z') || text_[e] == '-'))
      ++e;
    if (e == p) return false;
    std::string_view word = text_.substr(p, e - p);
    if (word[0] >= 'A' && word[0] <= 'Z') return posts > 0;
    if (!PostWord(word)) return false;
    p = e;
  }
  return false;
}

Who Attributor::NameAfterPost(const std::vector<Tok>& toks, int m, int hi) const {
  // "said Moscow-based US lawyer Jo Reyes": more capitalised words of the
  // organisation or place before the post.
  // "Ladbrokes' Jo Reyes": a plural possessive's apostrophe stands apart.
  auto plural_possessive = [&](int i) {
    if (i < 1 || i >= hi || toks[i].kind != TokKind::kPunct || toks[i].start != toks[i - 1].end)
      return false;
    std::string_view mark = TokText(text_, toks[i]);
    std::string_view word = TokText(text_, toks[i - 1]);
    return (mark == "'" || mark == "\u2019") && IsWord(toks[i - 1]) && word.back() == 's';
  };
  if (plural_possessive(m)) ++m;
  // "said Acme Inc. CEO Jo Reyes", "said U.S. President Jo Reyes": the full
  // stop of a short capitalised abbreviation that ends the organisation.
  if (m + 1 < hi && AbbreviationDot(toks, m) && IsWord(toks[m + 1]) && toks[m + 1].cap) ++m;
  // A capitalised title may be the post itself ("U.S. Deputy Ambassador");
  // one with a full stop ("police Capt. Jo Reyes") opens the name.
  auto title = [&](int i) {
    return toks[i].cap && (Cls(toks[i]) & (kTitle | kRole)) != 0 && i + 1 < hi &&
           IsWord(toks[i + 1]);
  };
  auto possessive_before = [&](int i) {
    return i > 0 && ((IsWord(toks[i - 1]) && Possessive(TokText(text_, toks[i - 1]))) ||
                     plural_possessive(i - 1));
  };
  bool after_possessive = possessive_before(m);
  int caps = 0;
  while (!after_possessive && m < hi && caps < 3 && NameWord(toks, m) && !title(m) && m + 1 < hi &&
         IsWord(toks[m + 1])) {
    ++m;
    ++caps;
  }
  if (caps > 0 && (m >= hi || (toks[m].cap && !title(m)))) return {};
  int j = m;
  while (j < hi && j < m + 5 && IsWord(toks[j]) && (!toks[j].cap || title(j))) {
    std::string_view w = TokText(text_, toks[j]);
    bool link = j > m && w == "and";  // "president and chief executive"
    if (!link && !PostWord(w)) return {};
    ++j;
  }
  // "said Acme spokeswoman, Jo Reyes": the name in apposition to the post.
  if (j > m && j + 1 < hi && IsPunct(toks[j], ',') && (Cls(toks[j - 1]) & kRole)) ++j;
  // "said Acme's Jo Reyes": a possessive name needs no post.
  if ((j == m && !possessive_before(m)) || j >= hi || !NameWord(toks, j) ||
      (j > m && TokIs(text_, toks[j - 1], "and")))
    return {};
  Who who = PhraseAfter(toks, j, hi, false);
  return PersonName(who) ? who : Who{};
}

Who Attributor::BeforeReducedRelative(const std::vector<Tok>& toks, int lo, int v) const {
  for (int w = v - 1; w - 3 >= lo && w >= v - 12; --w) {
    if (toks[w].kind == TokKind::kPunct) return {};
    if (!TokIs(text_, toks[w], "be") || !TokIs(text_, toks[w - 1], "to")) continue;
    const Tok& p = toks[w - 2];
    // A past participle by its ending ("believed", "known", "found",
    // "thought") right after a described subject ("a man found to be").
    std::string_view form = TokText(text_, p);
    bool participle = form.size() > 4 && (form.ends_with("ed") || form.ends_with("wn") ||
                                          form.ends_with("nd") || form.ends_with("ght"));
    if (!IsWord(p) || p.cap || !participle || (Cls(p) & (kStop | kSkip | kAux))) return {};
    Who outer = SubjectNextTo(toks, lo, w - 2);
    return outer.kind == Who::kDescription && outer.end == toks[w - 3].end ? outer : Who{};
  }
  return {};
}

Who Attributor::PersonEndingOrganisation(const std::vector<Tok>& toks, int lo,
                                         const Who& who) const {
  if (who.kind != Who::kName) return {};
  int a = lo;
  while (a < static_cast<int>(toks.size()) && toks[a].start < who.start) ++a;
  int b = a;
  while (b + 1 < static_cast<int>(toks.size()) && toks[b + 1].end <= who.end) ++b;
  // A lower-case post right before the preposition: "analyst at", "chief
  // investment officer for".
  int p = a - 1;
  if (p - 1 < lo || !(TokIs(text_, toks[p], "at") || TokIs(text_, toks[p], "for")) ||
      !IsWord(toks[p - 1]) || toks[p - 1].cap || !PostWord(TokText(text_, toks[p - 1])) ||
      !(Cls(toks[p - 1]) & kRole))
    return {};
  // The organisation ends at its last cue word ("Bank", "Group"); two or
  // three name words after it name the person.
  for (int c = b - 2; c > a; --c) {
    if (!IsWord(toks[c]) || !(Cls(toks[c]) & kOrgCue)) continue;
    if (b - c > 3 || !NameWord(toks, c + 1)) return {};
    for (int n = c + 1; n <= b; ++n)
      if (!NameWord(toks, n) || (Cls(toks[n]) & (kOrgCue | kTitle | kRole))) return {};
    return Who{Who::kName, toks[c + 1].start, toks[b].end, 0};
  }
  return {};
}

Who Attributor::NameAfterOfficeOf(const std::vector<Tok>& toks, int of, int hi) const {
  if (of < 1 || of + 2 >= hi || !TokIs(text_, toks[of], "of") || !IsWord(toks[of - 1]) ||
      !toks[of - 1].cap || !(Cls(toks[of - 1]) & (kTitle | kRole | kPost)))
    return {};
  // The capitalised words after "of", with the small words of a name ("the
  // Air Force", "State for Acquisition"), up to the first other token.
  int e = of;
  for (int j = of + 1; j < hi && j <= of + 14; ++j) {
    const Tok& t = toks[j];
    bool small = IsWord(t) && !t.cap &&
                 (TokIs(text_, t, "of") || TokIs(text_, t, "the") || TokIs(text_, t, "for") ||
                  TokIs(text_, t, "and"));
    bool dot = IsPunct(t, '.') && AbbreviationDot(toks, j);  // "J.L.", "Jr."
    if (!(IsWord(t) && t.cap) && !small && !dot) break;
    e = j;
  }
  while (e > of && !(IsWord(toks[e]) && toks[e].cap)) --e;
  if (e - of < 3) return {};  // an office and a name need two words at least
  // The person that ends the run: a person mention, else a known first name
  // and one or two capitalised words after it.
  auto it = EntitiesFrom(toks[e].end);
  if (it != entities_.begin()) {
    --it;
    if (it->type == EntityType::kPerson && it->end == toks[e].end && it->start > toks[of].end &&
        it->start > toks[of + 1].start)
      return Who{Who::kName, it->start, it->end, 0};
  }
  for (int f = std::max(of + 2, e - 2); f < e; ++f) {
    if (!NameWord(toks, f) || lex_.Gender(TokText(text_, toks[f])) == 0) continue;
    bool name = true;
    for (int n = f + 1; n <= e && name; ++n) name = NameWord(toks, n) || IsPunct(toks[n], '.');
    if (name) return Who{Who::kName, toks[f].start, toks[e].end, 0};
  }
  // "of the Air Force for Acquisition Ana Druyun": after two capitalised
  // words of the organisation or more, the last two name the person.
  int caps = 0;
  for (int j = of + 1; j <= e - 2; ++j) caps += IsWord(toks[j]) && toks[j].cap;
  auto name_word = [&](int j) {
    return NameWord(toks, j) && !(Cls(toks[j]) & (kOrgCue | kTitle | kRole | kPost));
  };
  if (caps >= 2 && name_word(e - 1) && name_word(e))
    return Who{Who::kName, toks[e - 1].start, toks[e].end, 0};
  return {};
}

Who Attributor::PostPerson(const std::vector<Tok>& toks, int k, int b, int hi, bool inside) const {
  Who named = NameAfterPost(toks, b + 1, hi);
  for (int p = k; inside && named.kind == Who::kNone && p < b; ++p) {
    if (Possessive(TokText(text_, toks[p]))) named = NameAfterPost(toks, p + 1, hi);
  }
  return named;
}

namespace {

// The head word of a description of at most four words that opens with
// "the" and holds no "of" or possessive ("the Danish carmaker"); empty
// otherwise.
std::string_view DefiniteHead(std::string_view words) {
  if (words.size() < 5 || !(words.substr(0, 4) == "the " || words.substr(0, 4) == "The "))
    return {};
  if (words.find(" of ") != std::string_view::npos || words.find('\'') != std::string_view::npos ||
      words.find("\u2019") != std::string_view::npos ||
      std::count(words.begin(), words.end(), ' ') > 3)
    return {};
  return words.substr(words.rfind(' ') + 1);
}

// The head of a definite description of an organisation: DefiniteHead's,
// also before an "of" phrase ("the maker of fasteners") and after a place
// set off by commas ("the Harlow, Del., maker").
std::string_view OrganisationHead(std::string_view words) {
  size_t of = words.find(" of ");
  std::string_view before = of == std::string_view::npos ? words : words.substr(0, of);
  if (std::count(before.begin(), before.end(), ',') != 2) return DefiniteHead(before);
  if (!(before.starts_with("the ") || before.starts_with("The ")) ||
      before.find('\'') != std::string_view::npos ||
      before.find("\u2019") != std::string_view::npos ||
      std::count(before.begin(), before.end(), ' ') > 5 || before.back() == ',')
    return {};
  // The words between the commas are a place: capitalised.
  size_t c = before.find(',');
  return before[c + 1] == ' ' && before[c + 2] >= 'A' && before[c + 2] <= 'Z'
             ? before.substr(before.rfind(' ') + 1)
             : std::string_view();
}

}  // namespace

const EntityMention* Attributor::OrganisationBefore(size_t anchor, size_t at, std::string_view head,
                                                    bool named_only) {
  auto it = EntitiesFrom(anchor);
  org_counts_.clear();
  // The lead paragraph introduces the organisation the report is about with
  // a description ("Danish brewer Norvik"); later ones bring in others
  // ("rival club Harbour FC").
  size_t lead_end = std::min(text_.find("\n\n", text_.find_first_not_of(" \n")), size_t{400});
  for (int seen = 0; it != entities_.begin() && seen < kMaxLookBack; ++seen) {
    --it;
    if (it->type != EntityType::kOrganization || InsideQuote(it->start)) continue;
    std::string_view name = text_.substr(it->start, it->end - it->start);
    if (HasWord(name, head) || (it->start < lead_end && DescribedAs(*it, head))) {
      if (at - it->start <= kDescriptionReach) return &*it;
      break;  // far back: the organisation named most often nearer
    }
    // A name that ends in a word of its kind ("Harbour Council") is some
    // other kind of body than the head says.
    if (named_only || (lex_.Classes(name.substr(name.rfind(' ') + 1)) & kOrgCue)) continue;
    CountOrganisation(*it);
  }
  const EntityMention* best = nullptr;
  int most = 0;
  for (const OrgCount& o : org_counts_) {  // nearest first: ties keep the nearest
    if (o.count > most) {
      most = o.count;
      best = o.nearest;
    }
  }
  return best;
}

bool Attributor::DescribedAs(const EntityMention& e, std::string_view head) const {
  // Before it, in its clause: "Danish brewer Norvik", "insurance firm Norvik".
  size_t lo = e.start > 40 ? e.start - 40 : 0;
  std::string_view before = text_.substr(lo, e.start - lo);
  size_t cut = before.find_last_of(",.;:\n\"");
  if (cut != std::string_view::npos) before = before.substr(cut + 1);
  size_t sp = before.find_last_not_of(' ');
  if (sp != std::string_view::npos) {
    before = before.substr(0, sp + 1);
    std::string_view last = before.substr(before.rfind(' ') + 1);
    if (WordIs(last, head)) return true;
  }
  // After it, an appositive: "Norvik, the Danish brewer, ...".
  size_t hi = std::min(text_.size(), e.end + 60);
  std::string_view after = text_.substr(e.end, hi - e.end);
  if (!after.starts_with(", the ") && !after.starts_with(", a ") && !after.starts_with(", an "))
    return false;
  after = after.substr(2);
  size_t close = after.find_first_of(",.;:(\n");
  if (close == std::string_view::npos) return false;
  after = after.substr(0, close);
  return std::count(after.begin(), after.end(), ' ') <= 4 && HasWord(after, head);
}

void Attributor::CountOrganisation(const EntityMention& e) {
  std::string_view key = EntityName(e);
  auto c = std::find_if(org_counts_.begin(), org_counts_.end(),
                        [&](const OrgCount& o) { return o.name == key; });
  if (c == org_counts_.end()) {
    if (org_counts_.size() >= kMaxOrganisations) return;
    org_counts_.push_back(OrgCount{key, &e, 0});
    c = org_counts_.end() - 1;
  }
  // A name acting as a subject ("Norvik said", "Norvik sold") counts three
  // times: a product the recognizer took for a company seldom acts.
  bool acts = Salient(e.start, e.end) && (SubjectLike(e.start) || VerbFollows(e.end));
  c->count += acts ? 3 : 1;
}

bool Attributor::ResolveOrganisation(const Who& who, size_t anchor, Attribution* out) {
  std::string_view words = text_.substr(who.start, who.end - who.start);
  std::string_view head = OrganisationHead(words);
  uint32_t cls = head.empty() ? 0 : lex_.Classes(head);
  if (!(cls & (kOrgHead | kOrgNamed))) return false;
  const EntityMention* e = (cls & kOrgHead) ? LastOrganisationSpeaker(who.start) : nullptr;
  if (e == nullptr)
    e = OrganisationBefore(std::min(anchor, who.start), who.start, head, !(cls & kOrgHead));
  if (e == nullptr) {
    // None the entity layer found: the name the report opens with, acting
    // ("Norvik is considering ...").
    Span lead = (cls & kOrgHead) ? LeadSubject() : Span{};
    if (lead.end == 0 || lead.end > who.start) return false;
    out->speaker = std::string(text_.substr(lead.start, lead.end - lead.start));
    NoteDescribed(who, out);
    out->found = true;
    return true;
  }
  std::string full = FullOrganisationName(EntityName(*e), e->start, false);
  out->speaker = full.empty() ? std::string(EntityName(*e)) : std::move(full);
  NoteDescribed(who, out);
  out->found = true;
  return true;
}

namespace {

constexpr size_t kDocumentReach = 2000;  // bytes back to the "a statement" a "the statement" is

// Whether s ends with the words e (after a space, a line break or nothing).
bool EndsWithWords(std::string_view s, std::string_view e) {
  return s.size() >= e.size() && s.substr(s.size() - e.size()) == e &&
         (s.size() == e.size() || s[s.size() - e.size() - 1] == ' ' ||
          s[s.size() - e.size() - 1] == '\n');
}

bool EndsWithAny(std::string_view s, const std::vector<std::string_view>& ends) {
  return std::any_of(ends.begin(), ends.end(),
                     [&](std::string_view e) { return EndsWithWords(s, e); });
}

}  // namespace

const EntityMention* Attributor::Issuer(size_t at, size_t len) const {
  auto speaks = [](const EntityMention& e) {
    return e.type == EntityType::kOrganization || e.type == EntityType::kPerson;
  };
  const QuoteLexicon::DocumentCues& cues = lex_.document_cues();
  size_t end = at + len;
  // After it: "a news release from X", "In a statement, X said".
  auto next = EntitiesFrom(end);
  if (next != entities_.end() && next->start - end <= 16 && speaks(*next)) {
    std::string_view gap = Between(text_, end, next->start);
    if (std::find(cues.after.begin(), cues.after.end(), gap) != cues.after.end()) return &*next;
    size_t s = at > 12 ? at - 12 : 0;
    std::string_view lead = Between(text_, s, at);
    if ((gap == "," || gap == ", the") && EndsWithAny(lead, cues.opening)) return &*next;
  }
  // Before it: "X said in a statement", "X issued a statement".
  size_t s = at > 30 ? at - 30 : 0;
  std::string_view lead = Between(text_, s, at);
  size_t verb = std::string_view::npos;
  for (std::string_view v : cues.before) {
    if (verb == std::string_view::npos && EndsWithWords(lead, v))
      verb = static_cast<size_t>(lead.data() - text_.data()) + lead.size() - v.size();
  }
  if (verb == std::string_view::npos) return nullptr;
  auto it = EntitiesFrom(verb);
  for (int seen = 0; it != entities_.begin() && seen < 8; ++seen) {
    --it;
    if (verb - it->end > 200) return nullptr;
    std::string_view gap = text_.substr(it->end, verb - it->end);
    if (gap.find(". ") != std::string_view::npos || gap.find('\n') != std::string_view::npos ||
        InsideQuote(it->start))
      return nullptr;
    if (speaks(*it)) return &*it;
  }
  return nullptr;
}

bool Attributor::ResolveDocument(const Who& who, Attribution* out) {
  std::string_view words = text_.substr(who.start, who.end - who.start);
  std::string_view head = DefiniteHead(words);
  if (head.empty() || !(lex_.Classes(head) & kDocument)) return false;
  size_t lo = who.start > kDocumentReach ? who.start - kDocumentReach : 0;
  std::string_view window = text_.substr(lo, who.start - lo);
  for (size_t p = window.rfind(head); p != std::string_view::npos;
       p = p == 0 ? std::string_view::npos : window.rfind(head, p - 1)) {
    size_t q = p + head.size();
    if ((p > 0 && LetterByte(window[p - 1])) || (q < window.size() && LetterByte(window[q])))
      continue;
    const EntityMention* e = Issuer(lo + p, head.size());
    if (e == nullptr) {
      // "Police said in a written statement", "In an SEC filing, Norvik
      // said": the subject of the clause that names the document.
      Who issuer = IssuerSubject(lo + p, head.size());
      // "an Ontario police news release ... the release states".
      if (Who named = DocumentPhrase(lo + p, head.size()); issuer.kind == Who::kNone &&
                                                           named.kind != Who::kNone &&
                                                           ResolveIssued(named, lo + p, out))
        return true;
      if (issuer.kind == Who::kNone || issuer.kind == Who::kPronoun) {
        // "the statement" again: the one it names came before.
        if (lo + p >= 4 && WordIs(text_.substr(lo + p - 4, 3), "the")) continue;
        return false;
      }
      std::string_view named = text_.substr(issuer.start, issuer.end - issuer.start);
      return !(lex_.Classes(named.substr(named.rfind(' ') + 1)) & kDocument) &&
             Resolve(issuer, lo + p, out);
    }
    out->speaker = std::string(EntityName(*e));
    NoteDescribed(who, out);
    out->found = true;
    return true;
  }
  // None named before: the body that spoke just before ("The district said
  // ... the statement read").
  const Note* n = LastBodySpeaker(who.start);
  if (n == nullptr) return false;
  // A body, not a description of a person ("the business mogul").
  std::string_view spoke = text_.substr(n->start, n->end - n->start);
  std::string_view last = spoke.substr(spoke.rfind(' ') + 1);
  const EntityMention* m = EntityAt(n->start, n->end);
  bool body = (m != nullptr && m->type == EntityType::kOrganization) ||
              (lex_.Classes(last) & (kOrgCue | kOrgHead | kOrgNamed)) || WordIs(last, "police") ||
              WordIs(last, "family");
  if (!body) return false;
  out->speaker = n->name;
  NoteDescribed(who, out);
  out->found = true;
  return true;
}

// "the Harbour boss said": the person named before, if any. The name is the
// speaker's; the span stays on the description, the words that name the
// speaker at the verb.
bool Attributor::ResolveDescribed(const Who& who, size_t anchor, Attribution* out) {
  char gender = 0;
  if (!Anaphoric(who, &gender)) return false;
  Candidate c = DescribedPerson(who, std::min(anchor, who.start), gender);
  if (!c.found) return false;
  out->speaker = std::string(c.name);
  out->speaker_start = who.start;
  out->speaker_end = who.end;
  notes_.push_back(Note{who.start, who.end, out->speaker, true});
  out->found = true;
  return true;
}

}  // namespace dossier::quotes
