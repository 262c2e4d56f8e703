// Sentence-level entity rules: tokens, all-caps and headline lines, and
// the runs of capitalised words, each handed to ClassifyRun (classify.cc);
// Run drives the whole engine and writes the mentions out. Titles are in
// titles.cc, context tests in by_context.cc and context.cc, and the
// document-level pass (canonical names, caps lines) in resolve.cc.
#include "extract/entities/recognizer.h"

#include <algorithm>

namespace dossier::entities {
namespace {

constexpr uint32_t kMaxRun = 16;

}  // namespace

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

// True when p, a phrase entry of `words` words matched from token t, is
// found and fits: "BA" in prose is no "Ba", a short word in capitals
// matches only a name the lexicon writes in capitals (outside all-caps and
// headline lines).
static bool PhraseFits(const PhraseInfo* p, uint32_t words, const Tok& t, uint8_t line_kind) {
  if (p == nullptr) return false;
  return words > 1 || p->caps || !(t.shape & kAllCaps) || t.end - t.start > 3 || line_kind;
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
    const PhraseInfo* p = lex_->PhraseByHash(h, same);
    if (PhraseFits(p, words, toks[0], d->line_kind[a])) {
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

// The end of an organisation's name that a possessive inside continues,
// or 0: token j is "'s" (or the apostrophe of a plural, "Actors'") after
// the name's tokens [i, j). "Rally's Inc": a legal form right after it;
// "Tarvo County Sheriff's Office", "Children's Hospital", "Actors' Guild":
// a title, role or common word before it (or a county's name: "Tarvo
// County Examiner's Office") and capitalised words after it that an
// organisation's head word ends; no given name or honorific before it, and
// no known name before it as a whole.
uint32_t RuleEngine::PossessiveName(DocState* dp, uint32_t i, uint32_t j) const {
  const DocState& d = *dp;
  const std::vector<Tok>& t = d.toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  if (!(t[j].shape & (kPossessive | kQuoteMark)) || j + 1 >= n || !(t[j - 1].shape & kWord) ||
      d.sentence_start[j + 1] || (t[j + 1].shape & kLineStart))
    return 0;
  std::string_view before = WordAt(d, j - 1);
  bool plural_mark = !(t[j].shape & kPossessive) && t[j].end == t[j].start + 1 &&
                     d.text[t[j].start] == '\'' && t[j].start == t[j - 1].end &&
                     before.size() > 3 && before.back() == 's';
  if (!(t[j].shape & kPossessive) && !plural_mark) return 0;
  uint32_t k = j + 1;
  while (k < n && k < j + 5 && NameLike(t[k]) && !(t[k].shape & kLineStart)) ++k;
  if (k == j + 1) return 0;
  uint32_t last = Lex(d, t[k - 1]);
  if ((last & kLegalForm) && k == j + 2) return k;
  if (!(last & kOrgHead) || (last & kFunction)) return 0;
  // "Lord Ian Black's Tarvo Holdings", "the Bank's Policy Committee", "the
  // United Nations' Tarvo Commission": a person's or a body's, not one name.
  uint32_t word = Lex(d, t[j - 1]);
  const PhraseInfo* known = nullptr;
  if ((word & kAnyCue) || PhraseAt(dp, i, j, &known) == j - i) return 0;
  for (uint32_t q = i; q < j; ++q) {
    if (Lex(d, t[q]) & (kFirstName | kHonorific)) return 0;
  }
  bool owner = (word & (kTitle | kRoleWord | kCommon | kOrgNoun)) || plural_mark;
  for (uint32_t q = i; q + 1 < j && !owner; ++q) owner = (Lex(d, t[q]) & kPlaceHead) != 0;
  return owner ? k : 0;
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
      uint32_t end = (t[j].shape & (kPossessive | kQuoteMark)) ? PossessiveName(d, i, j) : 0;
      if (end) {
        j = end;
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
        // "Secretary of State X", "Chief of Staff X", "Chancellor of the
        // Exchequer X": "of" (and "the") after a title.
        if (!ok && (Lex(d, t[j - 1]) & (kOffice | kRank)) && WordAt(*d, j) == "of" &&
            j + skip + 2 < n && NameLike(t[j + skip + 1]) && !(t[j + skip + 1].shape & kLineStart))
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
