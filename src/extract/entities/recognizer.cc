// Sentence-level entity rules: capitalised runs, cues, titles and context.
// The document-level pass (canonical names, caps lines) is in resolve.cc.
#include "extract/entities/recognizer.h"

#include <algorithm>

namespace dossier::entities {
namespace {

constexpr uint32_t kNameStop = kFunction | kCalendar;
constexpr uint32_t kMaxRun = 16;
constexpr uint32_t kAnyCue =
    kOrgHead | kOrgLead | kPlaceHead | kPlaceLead | kEventHead | kEventLead | kDocCue;

}  // namespace

// A token that can be part of a name: capitalised, all caps, an initial, or
// a digit-led word with a capital ("44-Day").
static bool NameLike(const Tok& t) {
  return (t.shape & kWord) && (t.shape & (kCap | kAllCaps | kInitial));
}

// "Kim Yoon-man" continues a name; "Washington-based" and "All-rounder"
// do not: a hyphenated word with a lower-case tail longer than a syllable.
static bool LongLowerTail(std::string_view text, const Tok& t) {
  if (!(t.more & kLowerTail)) return false;
  size_t dash = text.substr(t.start, t.end - t.start).rfind('-');
  return t.end - t.start - dash - 1 > 4;
}

void RuleEngine::Prepare(DocState* d, const std::vector<Sentence>& sentences) const {
  std::vector<Sentence> whole;
  const std::vector<Sentence>* ss = &sentences;
  if (sentences.empty()) {
    whole.push_back({0, d->text.size()});
    ss = &whole;
  }
  d->toks.clear();
  d->tok_sentence.clear();
  d->sentence_start.clear();
  d->toks.reserve(d->text.size() / 4 + 16);
  for (size_t k = 0; k < ss->size(); ++k) {
    size_t before = d->toks.size();
    ScanTokens(d->text, (*ss)[k].start, (*ss)[k].end, &d->toks);
    d->tok_sentence.resize(d->toks.size(), static_cast<uint32_t>(k));
    d->sentence_start.resize(d->toks.size(), 0);
    if (before < d->toks.size()) d->sentence_start[before] = 1;
  }
}

uint32_t LookUp(const DocState& d, const Tok& t) {
  std::string_view w = d.text.substr(t.start, t.end - t.start);
  const Lexicons& lex = *d.lexicons;
  // A capitalised word also looks for the phrases it may start.
  bool name_like = (t.shape & (kCap | kAllCaps | kDotted)) != 0;
  WordKey key = MakeWordKey(d.text, t.start, w.size());
  t.hash = key.hash;
  uint32_t f = lex.Flags(w, key, name_like);
  if ((t.shape & (kInitial | kDotted)) && w.back() == '.') {
    f |= lex.Flags(w.substr(0, w.size() - 1), name_like);
  }
  // "Lieutenant-General", "Vice-President": the last part's title flags.
  if (f == 0 && (t.shape & kCap)) {
    size_t dash = w.rfind('-');
    if (dash != std::string_view::npos && dash + 1 < w.size())
      f = lex.Flags(w.substr(dash + 1)) & (kTitle | kOfficePart);
  }
  return f;
}

// True when tokens [i, j) hold at least three capitalised words, some lower-
// case words, all of them function words but "said" (news tells in the past,
// headlines in the present), and no more of them than half the capitalised
// ones: "Ana Lind Wins Vote in Tarvo".
static bool TitleCase(const DocState* d, size_t i, size_t j) {
  uint32_t cap = 0, lower = 0;
  for (size_t k = i; k < j; ++k) {
    const Tok& t = d->toks[k];
    if (!(t.shape & kWord)) continue;
    if (t.shape & kLowerStart) {
      if (!(Lex(d, t) & kFunction) || WordAt(*d, static_cast<uint32_t>(k)) == "said") return false;
      ++lower;
    } else if (t.shape & (kCap | kAllCaps)) {
      ++cap;
    }
  }
  return cap >= 3 && lower * 2 <= cap;
}

// A line in all capitals, or in headline case (capitalised function words
// between capitalised words), gives no evidence through capitals.
void RuleEngine::MarkLines(DocState* d) const {
  const std::vector<Tok>& t = d->toks;
  size_t n = t.size();
  d->line_kind.assign(n, 0);
  // Name-like tokens outside such lines, where ProseRuns starts its runs:
  // written at `named_count` for every token, kept by advancing it.
  std::vector<uint32_t>& named = d->named;
  named.resize(n);
  size_t named_count = 0;
  size_t i = 0;
  while (i < n) {
    // One line or sentence, [i, j): every sentence's first token is a line
    // start too (the scan starts each sentence with one).
    size_t line_named = named_count;
    uint32_t any = 0;  // the shape bits of all its tokens
    size_t j = i;
    do {
      any |= t[j].shape;
      named[named_count] = static_cast<uint32_t>(j);
      named_count += NameLike(t[j]);
      ++j;
    } while (j < n && !(t[j].shape & kLineStart));
    // A lower-case word makes it neither kind of line (most lines).
    bool caps_line = false;
    uint32_t alpha = 0, caps = 0, cap = 0;
    if (!(any & kLowerStart)) {
      for (size_t k = i; k < j; ++k) {
        uint32_t shape = t[k].shape;
        if (!(shape & kWord) || !(shape & (kCap | kAllCaps))) continue;
        ++alpha;
        caps += (shape & kAllCaps) != 0;
        cap += (shape & kCap) != 0;
      }
      caps_line = caps > 0 && caps * 2 >= alpha && (caps >= 2 || alpha == 1);
    }
    bool headline = false;
    if (!(any & kLowerStart) && cap >= 4 && !caps_line) {
      for (size_t k = i + 1; k < j && !headline; ++k) {
        headline = (t[k].shape & kCap) && !(t[k].shape & kAllCaps) && (Lex(d, t[k]) & kFunction) &&
                   t[k].end - t[k].start > 1;
      }
    }
    // A document's first line in title case, its lower-case words all
    // function words ("Ana Lind Wins Vote in Tarvo"), is a headline too.
    // Text must follow it: a one-line document is no headline.
    if (i == 0 && j < n && !caps_line && !headline && (any & kLowerStart))
      headline = TitleCase(d, i, j);
    if (caps_line || headline) {
      std::fill(d->line_kind.begin() + i, d->line_kind.begin() + j, 1);
      named_count = line_named;
    }
    i = j;
  }
  named.resize(named_count);
}

uint32_t RuleEngine::PhraseAt(DocState* d, uint32_t a, uint32_t b, const PhraseInfo** info) const {
  if (!(Lex(d, d->toks[a]) & kPhraseStart)) return 0;
  uint32_t best = 0;
  size_t limit = std::min<size_t>(b - a, lex_->max_phrase_words());
  uint64_t h = kPhraseSeed;
  const Tok* toks = d->toks.data() + a;
  std::string_view text = d->text;
  for (uint32_t k = 0; k < limit; ++k) {
    if (!(toks[k].shape & kWord)) break;
    h = PhraseMix(h, HashOf(*d, toks[k]));
    uint32_t words = k + 1;
    // The key is the lower-case words joined by single spaces.
    auto same = [toks, text, words](std::string_view key) {
      for (uint32_t q = 0; q < words; ++q) {
        size_t len = toks[q].end - toks[q].start;
        if (key.size() < len || !EqualsLower(text.substr(toks[q].start, len), key.substr(0, len)))
          return false;
        key.remove_prefix(len);
        if (q + 1 < words) {
          if (key.empty() || key[0] != ' ') return false;
          key.remove_prefix(1);
        }
      }
      return key.empty();
    };
    if (const PhraseInfo* p = lex_->PhraseByHash(h, same)) {
      best = k + 1;
      *info = p;
    }
  }
  return best;
}

void RuleEngine::Emit(DocState* d, uint32_t a, uint32_t b, EntityType type, Evidence ev,
                      std::string_view rule) const {
  Candidate c;
  c.first_tok = a;
  c.end_tok = b;
  c.type = type;
  c.evidence = ev;
  c.rule = rule;
  c.sentence = d->tok_sentence[a];
  d->cands.push_back(std::move(c));
}

void RuleEngine::ProseRuns(DocState* d) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t next = 0;  // the first token no run has taken
  for (uint32_t i : d->named) {
    if (i < next) continue;
    if ((t[i].more & kLowerTail) || (t[i].more & kLowerHead)) {
      Derived(d, i);
      next = i + 1;
      continue;
    }
    uint32_t j = i + 1;
    // No name is longer than kMaxRun words; a longer run of capitals is cut,
    // which keeps the work per run constant (linear time on any input).
    while (j < n && j < i + kMaxRun && !(t[j].shape & kLineStart) && !d->line_kind[j]) {
      if (NameLike(t[j]) && !LongLowerTail(d->text, t[j]) &&
          (!(t[j].more & kLowerHead) || ParticleHead(*d, j))) {
        ++j;
        continue;
      }
      // "Mr. Smith", "Gen. Lee": a title's period does not end the run.
      if (t[j].end == t[j].start + 1 && d->text[t[j].start] == '.' &&
          (Lex(d, t[j - 1]) & (kTitle | kPlaceLead)) && t[j - 1].end == t[j].start && j + 1 < n &&
          NameLike(t[j + 1]) && !(t[j + 1].shape & kLineStart)) {
        j += 2;
        continue;
      }
      bool amp = t[j].end == t[j].start + 1 && d->text[t[j].start] == '&';
      bool particle = (t[j].shape & kWord) && (t[j].shape & kLowerStart) &&
                      (Lex(d, t[j]) & (kParticleOrg | kParticleName));
      // "Islamic State of Iraq and the Levant": "and the" or "of the" inside.
      uint32_t skip = 1;
      if (particle && j + 2 < n && WordAt(*d, j + 1) == "the" && !(Lex(d, t[j]) & kParticleName))
        skip = 2;
      if ((amp || particle) && j + skip < n && NameLike(t[j + skip]) &&
          !(t[j + skip].shape & kLineStart) && !d->sentence_start[j + skip]) {
        // "of"/"for"/"and" only after an organisation, place or event cue
        // ("Ministry of Defence", "Battle of X"); name particles always.
        bool ok = amp || (Lex(d, t[j]) & kParticleName);
        for (uint32_t k = i; k < j && !ok; ++k) ok = (Lex(d, t[k]) & kAnyCue) != 0;
        // "Secretary of State X", "Chief of Staff X": "of" after a title.
        if (!ok && skip == 1 && (Lex(d, t[j - 1]) & (kOffice | kRank)) && WordAt(*d, j) == "of" &&
            j + 3 < n && NameLike(t[j + 2]) && !(t[j + 2].shape & kLineStart))
          ok = true;  // two or more capitalised words after it
        // "Mines and Energy Ministry": the cue may come after "and" (but two
        // complete names stay apart: "X Ltd and Y Inc").
        bool and_word = WordAt(*d, j) == "and";
        bool complete = and_word && (Lex(d, t[j - 1]) & kOrgHead);
        if (complete) ok = false;
        for (uint32_t k = j + skip;
             !ok && !complete && and_word && k < n && k < j + skip + 4 && NameLike(t[k]); ++k)
          ok = (Lex(d, t[k]) & kOrgHead) && (k + 1 >= n || !NameLike(t[k + 1]));
        if (ok) {
          j += skip + 1;
          continue;
        }
      }
      break;
    }
    ClassifyRun(d, i, j);
    next = j;
  }
}

// "President Ilham Aliyev", "Foreign Affairs Minister X": the name after
// the rightmost title word is the person; the words before it are the role,
// except a leading nationality, which is a group of its own.
// "al-Zarqawi", "el-Baz": a name particle before the hyphen.
bool RuleEngine::ParticleHead(const DocState& d, uint32_t i) const {
  std::string_view w = WordAt(d, i);
  size_t dash = w.find('-');
  return dash != std::string_view::npos &&
         (lex_->Flags(w.substr(0, dash), false) & kParticleName) != 0;
}

// One hyphenated word: "al-Assad" is a name; "pro-European",
// "Washington-based" and "trans-Atlantic" are derived from a name (other).
void RuleEngine::Derived(DocState* d, uint32_t i) const {
  std::string_view w = WordAt(*d, i);
  const Tok& t = d->toks[i];
  if (t.more & kLowerHead) {
    if (ParticleHead(*d, i)) {
      Emit(d, i, i + 1, EntityType::kPerson, Evidence::kDefault, "capitalised");
      return;
    }
    Emit(d, i, i + 1, EntityType::kOther, Evidence::kContext, "derived");
    return;
  }
  // A lower tail: the head must be a known place or nationality.
  size_t dash = w.find('-');
  LowerInto(w.substr(0, dash), &d->key);
  if (const PhraseInfo* p = lex_->Phrase(d->key)) {
    if (p->type == EntityType::kPlace || p->type == EntityType::kGroup)
      Emit(d, i, i + 1, EntityType::kOther, Evidence::kContext, "derived");
  }
}

// "Secretary of State Colin Powell", "Minister of Foreign Affairs X": the
// capitalised words after "of" (token k) belong to the office while they
// are office words, or while more than two words remain and the word is no
// given name; one word is always left for the name, which must open with a
// given name or an initial unless only office words were passed. A known
// name inside ("President of Teralia X Y", two words left after it) is an
// entity of its own: its span goes to *inner. Returns the name's first
// token, or b when the words are no office and name.
uint32_t RuleEngine::OfficeOf(DocState* d, uint32_t k, uint32_t b,
                              std::pair<uint32_t, uint32_t>* inner) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t q = k + 1;
  bool guessed = false;  // a word passed only because enough words remain
  *inner = {0, 0};
  while (q + 1 < b && NameLike(t[q])) {
    const PhraseInfo* info = nullptr;
    uint32_t len = q + 2 < b ? PhraseAt(d, q, b - 2, &info) : 0;  // two words left for the name
    if (len > 0 && info->type != EntityType::kGroup && inner->second == 0) {
      *inner = {q, q + len};
      q += len;
      continue;
    }
    uint32_t f = Lex(d, t[q]);
    bool office_word = (f & (kOfficePart | kCommon | kAnyCue)) != 0;
    if (!office_word && (b - q <= 2 || (f & kFirstName) || (t[q].shape & kInitial))) break;
    guessed |= !office_word;
    ++q;
  }
  if (q == k + 1 || q >= b) return b;
  if (guessed && !(Lex(d, t[q]) & kFirstName) && !(t[q].shape & kInitial)) return b;
  return q;
}

// True when tokens [k, b) after a title can be a person's name: no title,
// cue or role word in them (but a title word may end a name: "Prime
// Minister John Major"), and no lower-case word but a particle ("da
// Silva", "bin Said", "Lord Roberts of Conwy").
static bool NameAfterTitle(const DocState& d, uint32_t k, uint32_t b) {
  const std::vector<Tok>& t = d.toks;
  for (uint32_t q = k; q < b; ++q) {
    bool surname = q + 1 == b && q > k && (Lex(d, t[k]) & kFirstName);
    if ((Lex(d, t[q]) & (kTitle | kAnyCue | kRoleWord)) && !surname) return false;
    if ((t[q].shape & kLowerStart) && !(Lex(d, t[q]) & kParticleName) &&
        !(q > k && WordAt(d, q) == "of"))
      return false;
  }
  return true;
}

// The start of a place or body's name right before token a, in the same
// sentence and line: the longest known name of up to three words ("New
// York"), else one capitalised word that is no function, calendar or
// common word and does not open the sentence ("Corvane"); a when none.
uint32_t RuleEngine::NameBeforeTitle(DocState* d, uint32_t a) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t q = a;  // the first of the name-like tokens right before a
  while (q > 0 && q + 3 > a && NameLike(t[q - 1]) && !d->sentence_start[q] &&
         !(t[q].shape & kLineStart))
    --q;
  for (; q < a; ++q) {
    const PhraseInfo* info = nullptr;
    if (PhraseAt(d, q, a, &info) == a - q) return q;
  }
  const Tok& p = t[a - 1];
  if (NameLike(p) && !d->sentence_start[a - 1] && !(Lex(d, p) & (kFunction | kCalendar | kCommon)))
    return a - 1;
  return a;
}

bool RuleEngine::TitledPerson(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t k = b;
  for (uint32_t q = b - 1; q > a; --q) {
    if (Lex(d, t[q - 1]) & kTitle) {
      k = q;
      break;
    }
  }
  if (k == b) return (Lex(d, t[a]) & kTitle) && b - a == 1;
  if (k < b && d->text[t[k].start] == '.') ++k;
  std::pair<uint32_t, uint32_t> inner{0, 0};
  if (k < b && WordAt(*d, k) == "of") k = OfficeOf(d, k, b, &inner);
  if (k >= b || b - k > 4 || !NameAfterTitle(*d, k, b)) return false;
  if (inner.second > inner.first) {
    const PhraseInfo* info = nullptr;
    PhraseAt(d, inner.first, inner.second, &info);
    Emit(d, inner.first, inner.second, info->type, Evidence::kStrong, "gazetteer");
    if (!info->canonical.empty()) d->cands.back().canonical = info->canonical;
  }
  uint32_t rs = a;
  const PhraseInfo* info = nullptr;
  uint32_t len = PhraseAt(d, a, k, &info);
  if (len && info->type == EntityType::kGroup && a + len < k) {
    Emit(d, a, a + len, EntityType::kGroup, Evidence::kStrong, "nationality");
    rs = a + len;
  }
  uint32_t title_end = k;
  while (title_end > rs && !(t[title_end - 1].shape & kWord)) --title_end;
  Emit(d, k, b, EntityType::kPerson, Evidence::kStrong, "title");
  Candidate& c = d->cands.back();
  while (rs > 0 && !d->sentence_start[rs] && (t[rs - 1].shape & kLowerStart) &&
         (Lex(d, t[rs - 1]) & kRoleModifier))
    --rs;
  // "Mr", "Dr" alone are forms of address, not roles.
  bool office = false;
  for (uint32_t q = rs; q < title_end; ++q) office |= (Lex(d, t[q]) & (kOffice | kRank)) != 0;
  if (!office) return true;
  // "Iowa Gov. Kim Reynolds": a name split off right before the office
  // (a place or body, up to three words) belongs to it, and so does the
  // period of an abbreviated title.
  if (rs == a && a > 0 && !d->sentence_start[a] && !(t[a].shape & kLineStart))
    rs = NameBeforeTitle(d, a);
  c.role_start = t[rs].start;
  c.role_end = t[title_end - 1].end;
  if (title_end < k && d->text[t[title_end].start] == '.' && t[title_end].start == c.role_end)
    c.role_end = t[title_end].end;
  return true;
}

// Capitalised runs that hold a settlement name beside other words are
// mostly teams and firms: "Atletico Madrid", "Miami Dolphins".
bool RuleEngine::PlaceInside(DocState* d, uint32_t a, uint32_t b) const {
  const PhraseInfo* info = nullptr;
  if (PhraseAt(d, a, b, &info) && info->type == EntityType::kPlace) return true;
  for (uint32_t q = a + 1; q < b; ++q) {
    uint32_t len = PhraseAt(d, q, b, &info);
    if (len && q + len == b && info->type == EntityType::kPlace) return true;
  }
  return false;
}

// "an aid group working in the valley, Vale Relief, says": a name set off by
// commas after a clause that a lower-case organisation noun opens (within
// six words, no other comma between).
bool OrgAppositiveBefore(const DocState& d, uint32_t a, uint32_t b) {
  const std::vector<Tok>& t = d.toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  if (a < 3 || d.sentence_start[a] || !(t[a - 1].shape & kComma)) return false;
  if (b >= n || !(t[b].shape & kComma)) return false;  // closed by a comma too
  for (uint32_t k = a - 1; k-- > 0 && k + 8 > a;) {
    if (t[k].shape & (kComma | kStop)) return false;
    if ((t[k].shape & kLowerStart) && (Lex(d, t[k]) & kOrgNoun) && !(Lex(d, t[k]) & kRoleWord) &&
        !(t[k + 1].shape & kPossessive)) {  // not "the club's new coach, X,"
      return true;
    }
    if (d.sentence_start[k]) return false;
  }
  return false;
}

// "the bank Corvane", "Turkish club Tarvik": a kind of organisation right
// before the name; "the Corvane group", "Tarvik news agency" right after.
bool RuleEngine::OrgNounAround(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  auto org_noun = [&](uint32_t k) {
    return k < n && !d->sentence_start[k] && (t[k].shape & kLowerStart) &&
           (Lex(d, t[k]) & kOrgNoun) && !(Lex(d, t[k]) & kRoleWord);
  };
  if (Lex(d, t[a]) & kFirstName) return false;  // "publisher Jan Roos" is a person
  if (a > 0 && !d->sentence_start[a] && org_noun(a - 1)) {
    Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "org_noun_before");
    return true;
  }
  uint32_t after = b < n && !d->sentence_start[b] && WordAt(*d, b) == "news" ? b + 1 : b;
  if (!org_noun(after)) return false;
  // "Software firm X": a common word opening a sentence may stand there;
  // the document pass decides, as for other initial words.
  bool initial = b - a == 1 && (d->sentence_start[a] ||
                                (a > 0 && (t[a - 1].shape & (kQuoteMark | kDash | kStop))));
  Emit(d, a, b, EntityType::kOrganization, initial ? Evidence::kDefault : Evidence::kContext,
       "org_noun_after");
  d->cands.back().initial = initial;
  return true;
}

// Context around a run of unknown type: a role word before it, an
// appositive after it, "city of" before it, "village" after it.
bool RuleEngine::ByContext(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  bool same_sentence_prev = a > 0 && !d->sentence_start[a];
  if (same_sentence_prev) {
    const Tok& p = t[a - 1];
    if ((p.shape & kLowerStart) && (Lex(d, p) & (kRoleWord | kTitle)) && !(Lex(d, p) & kFunction)) {
      Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "role_before");
      return true;
    }
    if ((p.shape & kLowerStart) && WordAt(*d, a - 1) == "of" && a >= 2 &&
        ((Lex(d, t[a - 2]) & kPlaceContextStrong) || Compass(WordAt(*d, a - 2)))) {
      Emit(d, a, b, EntityType::kPlace, Evidence::kStrong, "place_of");
      return true;
    }
  }
  if (OrgAppositiveBefore(*d, a, b)) {
    Emit(d, a, b, EntityType::kOrganization, Evidence::kStrong, "org_appositive");
    return true;
  }
  if (b < n && !d->sentence_start[b] && (t[b].shape & kLowerStart) && (Lex(d, t[b]) & kPlaceHead)) {
    Emit(d, a, b, EntityType::kPlace, Evidence::kStrong, "place_noun_after");
    return true;
  }
  if (OrgNounAround(d, a, b)) return true;
  if (b + 1 < n && (t[b].shape & kComma) && !d->sentence_start[b + 1]) {
    uint32_t k = b + 1;
    if ((t[k].shape & kLowerStart) &&
        (WordAt(*d, k) == "a" || WordAt(*d, k) == "the" || WordAt(*d, k) == "an"))
      ++k;
    // "Ana Lind, 45, said": an age set off by commas.
    if (k == b + 1 && k + 1 < n && (t[k].shape & kDigit) && t[k].end - t[k].start <= 2 &&
        (t[k + 1].shape & kComma) && IsDigits(WordAt(*d, k))) {
      Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "age");
      return true;
    }
    // "Tarvo, where the party met", "Ana Lind, who runs a charity": a clause,
    // not an appositive naming what the name is.
    bool clause = (t[k].shape & kLowerStart) && (Lex(d, t[k]) & kClauseWord);
    for (uint32_t q = k; !clause && q < n && q < k + 4 && !d->sentence_start[q]; ++q) {
      if (t[q].shape & (kComma | kStop)) break;
      // "X, the club's president": a noun before a possessive is no head.
      bool possessed = q + 1 < n && (t[q + 1].shape & kPossessive);
      if ((t[q].shape & kLowerStart) && (Lex(d, t[q]) & kOrgNoun) && !(Lex(d, t[q]) & kRoleWord) &&
          !possessed) {
        Emit(d, a, b, EntityType::kOrganization, Evidence::kStrong, "org_appositive");
        return true;
      }
      if ((t[q].shape & kLowerStart) && (Lex(d, t[q]) & kRoleWord)) {
        Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "appositive");
        return true;
      }
    }
    if (WordAt(*d, b + 1) == "who") {
      Emit(d, a, b, EntityType::kPerson, Evidence::kContext, "who_after");
      return true;
    }
  }
  if (b < n && (t[b].shape & kLowerStart) && !d->sentence_start[b]) {
    LowerInto(WordAt(*d, b), &d->key);
    if (IsSayVerb(d->key) && !ArticleBefore(*d, a, b)) {
      Emit(d, a, b, EntityType::kPerson, Evidence::kContext, "say_after");
      return true;
    }
  }
  if (b - a == 1 && b < n && (t[b].shape & kLowerStart) && !(Lex(d, t[b]) & kFunction) &&
      !(Lex(d, t[a]) & kFirstName) && DemonymShape(WordAt(*d, a))) {
    Emit(d, a, b, EntityType::kGroup, Evidence::kContext, "demonym_shape");
    return true;
  }
  if (b + 1 < n && (t[b].shape & kComma) && !d->sentence_start[b + 1] && b - a <= 2 &&
      !Affiliation(*d, a, b)) {
    // "Tervan, Teralia", "Hartford, Conn.": a name, a comma, a known place.
    const PhraseInfo* info = nullptr;
    uint32_t len = PhraseAt(d, b + 1, n, &info);
    if (len && info->type == EntityType::kPlace &&
        (b + 1 + len >= n || !(t[b + 1 + len].shape & kPossessive))) {
      Emit(d, a, b, EntityType::kPlace, Evidence::kContext, "place_comma_place");
      return true;
    }
  }
  if (same_sentence_prev && ((t[a - 1].shape & kLowerStart) || (Lex(d, t[a - 1]) & kFunction)) &&
      (Lex(d, t[a - 1]) & kPlaceContext) && b - a == 1) {
    Emit(d, a, b, EntityType::kPlace, Evidence::kContext, "place_context");
    return true;
  }
  return false;
}

// "(R-Utah)", ", D-Calif.,": a US party letter and a state after a bracket
// or a comma is a tag on the name before it, not an entity of its own.
static bool PartyTag(const DocState& d, uint32_t a, uint32_t b) {
  if (b != a + 1 || a == 0 || !(d.toks[a - 1].shape & (kOpenParen | kComma))) return false;
  std::string_view w = WordAt(d, a);
  auto upper = [](char ch) { return ch >= 'A' && ch <= 'Z'; };
  if (w.size() < 3 || (w[0] != 'R' && w[0] != 'D' && w[0] != 'I') || w[1] != '-' || !upper(w[2]))
    return false;
  // "R-Utah", "R-Calif" (a state written out or cut), "R-TX", "D-N" of "D-N.Y.".
  if (w.size() == 4 && upper(w[3])) return true;
  for (size_t k = 3; k < w.size(); ++k) {
    if (w[k] < 'a' || w[k] > 'z') return false;
  }
  return true;
}

void RuleEngine::ClassifyRun(DocState* d, uint32_t a, uint32_t b) const {
  const std::vector<Tok>& t = d->toks;
  // Function words and calendar words never open or close a name.
  // "Jan Bos", "May Chen": a calendar word that is also a given name stays
  // when a capitalised word follows it.
  while (a < b && (Lex(d, t[a]) & kNameStop) &&
         !((Lex(d, t[a]) & kFirstName) && !(Lex(d, t[a]) & kFunction) && a + 1 < b &&
           (t[a + 1].shape & kCap)))
    ++a;
  while (b > a && ((Lex(d, t[b - 1]) & kNameStop) || !NameLike(t[b - 1])) &&
         !(b >= a + 3 && SeriesNumber(WordAt(*d, b - 1)) && (Lex(d, t[b - 2]) & kEventHead)))
    --b;
  if (a >= b || PartyTag(*d, a, b)) return;
  // Digit-led words ("44-Day") only inside an event or organisation name.
  const PhraseInfo* info = nullptr;
  uint32_t len = PhraseAt(d, a, b, &info);
  if (len == b - a) {
    if (info->settlement && b < t.size() && ScoreAt(*d, b))
      return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "team_score");
    if (info->settlement && (SportsContext(*d, a, b) || Affiliation(*d, a, b) || AwayAt(*d, a, b)))
      return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "team_context");
    Emit(d, a, b, info->type, Evidence::kStrong, "gazetteer");
    if (!info->canonical.empty()) d->cands.back().canonical = info->canonical;
    return;
  }
  bool name_after = (Lex(d, t[a + len]) & kFirstName) ||
                    (info && info->type == EntityType::kPlace && b - (a + len) >= 2 &&
                     !(Lex(d, t[b - 1]) & kAnyCue) && !(Lex(d, t[a + len]) & kAnyCue));
  // "the UK Department of Transport": a known place or nationality before
  // a name that an organisation cue opens.
  if (len > 0 && a + len + 1 < b &&
      (info->type == EntityType::kPlace || info->type == EntityType::kGroup) &&
      (Lex(d, t[a + len]) & kOrgLead) && NameLike(t[a + len])) {
    Emit(d, a, a + len, info->type, Evidence::kStrong,
         info->type == EntityType::kGroup ? "nationality" : "gazetteer");
    if (!info->canonical.empty()) d->cands.back().canonical = info->canonical;
    return ClassifyRun(d, a + len, b);
  }
  if (len > 0 && a + len < b && name_after && !(Lex(d, t[a + len]) & kAnyCue) &&
      info->type != EntityType::kGroup && NameLike(t[a + len]) && !(Lex(d, t[a]) & kFirstName)) {
    // "the Middle East Tobias Ellwood": a known name, then a person.
    Emit(d, a, a + len, info->type, Evidence::kStrong, "gazetteer");
    return ClassifyRun(d, a + len, b);
  }
  // "Secretary of State X" joined "of" to the title (ProseRuns); when no
  // office and name come out of it, the two sides are classified apart.
  for (uint32_t q = a + 1; q + 1 < b; ++q) {
    if (Lex(d, t[q - 1]) & kAnyCue) break;  // "Ministry of Defence": a cue joined it
    if ((t[q].shape & kLowerStart) && (Lex(d, t[q - 1]) & (kOffice | kRank)) &&
        WordAt(*d, q) == "of") {
      if (TitledPerson(d, a, b)) return;
      ClassifyRun(d, a, q);
      return ClassifyRun(d, q + 1, b);
    }
  }
  uint32_t first = Lex(d, t[a]), last = Lex(d, t[b - 1]);
  bool multi = b - a >= 2;
  if (multi) {
    // "Convention on the Rights of the Child": a document, whatever follows.
    for (uint32_t q = a; q < b; ++q) {
      if ((Lex(d, t[q]) & kDocCue) && (t[q].shape & kCap) && !(last & kOrgHead))
        return Emit(d, a, b, EntityType::kOther, Evidence::kStrong, "document_cue");
    }
  }
  if (multi && (first & kEventLead))
    return Emit(d, a, b, EntityType::kEvent, Evidence::kStrong, "event_cue");
  if (multi && (last & kOrgHead) && !(Lex(d, t[a]) & kTitle))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kStrong, "org_cue");
  // "House Speaker Paul Ryan", "Fort Dale Mayor X": a title inside a name
  // that an organisation or place cue opens is a person's office.
  bool lead = multi && (first & (kOrgLead | kPlaceLead));
  if (lead && TitledPerson(d, a, b)) return;
  if (multi && (first & kOrgLead))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kStrong, "org_cue");
  // "World War Two", "Gulf War II": a number word after the event word.
  bool numbered = b - a >= 3 && (Lex(d, t[b - 2]) & kEventHead) && SeriesNumber(WordAt(*d, b - 1));
  if (multi && ((last & kEventHead) || numbered)) {
    // "the 44-day Patriotic War", "the 1998 World Cup": a digit-led word or
    // a year before the name joins it.
    if (a > 0 && !d->sentence_start[a] && (t[a - 1].shape & kDigit) &&
        (WordAt(*d, a - 1).find('-') != std::string_view::npos || Year(WordAt(*d, a - 1))))
      --a;
    return Emit(d, a, b, EntityType::kEvent, Evidence::kStrong, "event_cue");
  }
  if (multi && (((last & kPlaceHead) && !(Lex(d, t[a]) & kTitle)) || (first & kPlaceLead))) {
    // "St Mirren 16 7 2 7": a place-shaped name in a results row is a team.
    if (b < t.size() && ScoreAt(*d, b))
      return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "team_score");
    return Emit(d, a, b, EntityType::kPlace, Evidence::kStrong, "place_cue");
  }
  if (TitledPerson(d, a, b)) return;
  if (len > 0 && info->type == EntityType::kGroup) {
    Emit(d, a, a + len, EntityType::kGroup, Evidence::kStrong, "nationality");
    return ClassifyRun(d, a + len, b);
  }
  if (t[a].shape & kDigit) return;
  // A capitalised common word at a sentence start is not a name.
  bool initial = d->sentence_start[a] || (a > 0 && (t[a - 1].shape & (kQuoteMark | kDash | kStop)));
  if (initial && (first & (kCommon | kRoleWord | kAnyCue)) && !(t[a].shape & kAllCaps)) {
    return ClassifyRun(d, a + 1, b);
  }
  if (!multi) {
    uint32_t f = Lex(d, t[a]);
    if ((f & kTitle) && !initial && !(t[a].shape & kAllCaps)) {
      // "Major" may be the surname of a "John Major" named elsewhere.
      Emit(d, a, b, EntityType::kPerson, Evidence::kDefault, "surname");
      d->cands.back().needs_support = true;
      return;
    }
    if (f & (kCommon | kFunction | kTitle | kOfficePart | kRoleWord | kAnyCue)) return;
    if (t[a].end - t[a].start == 1) return;  // a lone capital letter
    if (t[a].shape & kAllCaps) {
      // "TIGNES, France 1996-12-06": a dateline before a known place.
      const PhraseInfo* next = nullptr;
      if ((t[a].shape & kLineStart) && b + 1 < t.size() && (t[b].shape & kComma) &&
          PhraseAt(d, b + 1, static_cast<uint32_t>(t.size()), &next) &&
          next->type == EntityType::kPlace) {
        Emit(d, a, b, EntityType::kPlace, Evidence::kContext, "dateline");
        return;
      }
      if (t[a].end - t[a].start <= 6)
        Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "acronym");
      return;
    }
  } else if ((last & (kTitle | kRoleWord)) && !(first & kFirstName)) {
    return;  // "Human Rights Commissioner": a role, not a name
  }
  if (!multi && !(first & kFirstName) && !DemonymShape(WordAt(*d, a)) && OrgBeforeRole(*d, b)) {
    // At a sentence start it may be a common word ("Aviation analyst X"):
    // the document pass decides, as for other initial words.
    Emit(d, a, b, EntityType::kOrganization, initial ? Evidence::kDefault : Evidence::kContext,
         "org_before_role");
    d->cands.back().initial = initial;
    return;
  }
  if (ByContext(d, a, b)) return;
  if (multi && ((first & kFirstName) || (t[a].shape & kInitial)))
    return Emit(d, a, b, EntityType::kPerson, Evidence::kStrong, "first_name");
  if (multi && PlaceInside(d, a, b))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kDefault, "place_inside");
  bool score = b < t.size() && ScoreAt(*d, b);
  if (multi && (t[a].shape & kAllCaps) && t[a].end - t[a].start <= 5 && !(first & kTitle))
    return Emit(d, a, b, EntityType::kOrganization, Evidence::kDefault, "acronym_led");
  bool article = ArticleBefore(*d, a, b);
  if (multi && b - a <= 3 && !score) {
    if (BodyContext(*d, a, b))
      return Emit(d, a, b, EntityType::kOrganization, Evidence::kContext, "body_context");
    if (article) return Emit(d, a, b, EntityType::kOrganization, Evidence::kDefault, "article");
    // "a Reyes T-Shirt", "a Golden Globe": after "a" the words name a thing
    // or qualify a noun; no person is named so.
    if (a > 0 && !d->sentence_start[a] && (t[a - 1].shape & kLowerStart) &&
        (WordAt(*d, a - 1) == "a" || WordAt(*d, a - 1) == "an"))
      return Emit(d, a, b, EntityType::kOther, Evidence::kDefault, "indefinite");
    return Emit(d, a, b, EntityType::kPerson, Evidence::kDefault, "name_shape");
  }
  if (!multi && initial) {
    // "Extras :", "Addressing a rally", "Veterans of the war": labels and
    // common words.
    if (b < t.size() && (d->text[t[b].start] == ':' || WordAt(*d, b) == "of")) return;
    if (CommonShape(WordAt(*d, a))) return;
    std::string_view w = WordAt(*d, a);
    if (!score && w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's' &&
        w[w.size() - 2] != 'u')
      return;  // "Investigators said": a plural common noun
  }
  // Alone and unknown: a team or firm in a results line or by its context,
  // else most often a person named by surname. "Peter Lorne ( Kelvar )": a
  // word in parentheses after a name is the person's club or firm;
  // "( Lorne 39 , Sallis 89 )": scorers in a list.
  bool affiliation = a >= 2 && (t[a - 1].shape & kOpenParen) && NameLike(t[a - 2]);
  if (score && !multi && InParentheses(*d, a)) {
    return Emit(d, a, b, EntityType::kPerson, Evidence::kDefault, "scorer");
  }
  EntityType guess = score || multi || affiliation || article || OrgShape(*d, a) ||
                             SportsContext(*d, a, b) || Fixture(*d, a, b) || BodyContext(*d, a, b)
                         ? EntityType::kOrganization
                         : EntityType::kPerson;
  if (!multi && !score && PlaceShape(WordAt(*d, a))) guess = EntityType::kPlace;
  Emit(d, a, b, guess, Evidence::kDefault, score && !multi ? "team_score" : "capitalised");
  d->cands.back().initial = initial && !multi;
}

void RuleEngine::Run(std::string_view text, const std::vector<Sentence>& sentences,
                     std::vector<EntityMention>* out) const {
  thread_local DocState d;
  d.text = text;
  d.lexicons = lex_;
  d.cands.clear();
  Prepare(&d, sentences);
  MarkLines(&d);
  ProseRuns(&d);
  for (Candidate& c : d.cands) {
    if (c.type != EntityType::kPerson) continue;
    if (c.role_end == 0) AddRoleBefore(&d, &c);
    if (c.role_end == 0) AddAppositive(&d, &c);
  }
  Resolve(&d);
  CapsLines(&d);
  // Candidates come in text order but for the caps lines' ones, appended
  // last: order them by index pairs (moving a Candidate moves strings).
  std::vector<std::pair<uint32_t, uint32_t>>& order = d.order;  // first token, candidate
  order.clear();
  for (uint32_t k = 0; k < d.cands.size(); ++k) order.push_back({d.cands[k].first_tok, k});
  auto by_token = [](const std::pair<uint32_t, uint32_t>& x,
                     const std::pair<uint32_t, uint32_t>& y) { return x.first < y.first; };
  if (!std::is_sorted(order.begin(), order.end(), by_token)) {
    std::sort(order.begin(), order.end());  // ties keep the candidates' order
  }
  uint32_t last_end = 0;
  if (out->empty()) out->reserve(d.cands.size());
  for (const auto& [first_tok, k] : order) {
    Candidate& c = d.cands[k];
    if (first_tok < last_end) continue;
    last_end = c.end_tok;
    EntityMention& m = out->emplace_back();
    m.start = d.toks[c.first_tok].start;
    m.end = d.toks[c.end_tok - 1].end;
    m.type = c.type;
    m.canonical = std::move(c.canonical);  // the candidate is not read again
    if (m.canonical.empty()) m.canonical.assign(text.substr(m.start, m.end - m.start));
    if (c.role_end > c.role_start)
      m.role.assign(text.substr(c.role_start, c.role_end - c.role_start));
    m.sentence = c.sentence;
    m.rule = c.rule;
  }
}

}  // namespace dossier::entities
