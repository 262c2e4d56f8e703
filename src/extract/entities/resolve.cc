// Document-level entity rules: one canonical name per entity (surnames,
// acronyms in parentheses, spelling variants), types carried from strong
// mentions to weak ones, lone words typed by all their mentions, and known
// names matched in all-caps and headline-case lines. Sentence-level rules
// are in recognizer.cc, the roles around a person in roles.cc.
#include <algorithm>
#include <array>
#include <cstring>

#include "extract/entities/recognizer.h"

namespace dossier::entities {

namespace {

std::string_view CandText(const DocState& d, const Candidate& c) {
  return d.text.substr(d.toks[c.first_tok].start,
                       d.toks[c.end_tok - 1].end - d.toks[c.first_tok].start);
}

// "NAIROBI, Kenya (AP)": the last candidate, a known name in a caps line,
// takes the prose's spelling ("Nairobi") when the prose writes it with
// lower-case letters. `known` maps lower-case names to prose candidates.
void ProseSpelling(DocState* d, const FlatIndex& known) {
  std::string_view name = CandText(*d, d->cands.back());
  d->key.clear();
  for (char ch : name) d->key.push_back(static_cast<char>(LowerByte(ch)));
  const uint32_t* it = known.Find(d->key);
  if (it == nullptr) return;
  const std::string& prose = d->cands[*it].canonical;
  if (std::any_of(prose.begin(), prose.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
    d->cands.back().canonical = prose;
}

bool IsAcronym(const DocState& d, const Candidate& c) {
  return c.end_tok - c.first_tok == 1 && (d.toks[c.first_tok].shape & (kAllCaps | kDotted));
}

// True when the acronym's capitals follow the long name's initials in
// order, starting with the first: "OIC" for "Organization of Islamic
// Cooperation", not "U.S." for "Pete Sampras".
bool InitialsMatch(const DocState& d, const Candidate& acr, const Candidate& lng) {
  std::string_view a = CandText(d, acr);
  std::string initials;
  for (uint32_t k = lng.first_tok; k < lng.end_tok; ++k) {
    std::string_view w = WordAt(d, k);
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') initials.push_back(w[0]);
  }
  size_t j = 0;
  bool first = true;
  for (char c : a) {
    if (c < 'A' || c > 'Z') continue;
    if (first && (initials.empty() || initials[0] != c)) return false;
    first = false;
    while (j < initials.size() && initials[j] != c) ++j;
    if (j == initials.size()) return false;
    ++j;
  }
  return !first;
}

// True when two words are spellings of one name: one letter changed, added
// or dropped among the last two ("Khojaly"/"Khojali"), or one word a prefix
// of the other ("Motor"/"Motorized").
bool VariantWord(std::string_view a, std::string_view b, bool allow_prefix) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (allow_prefix && a.size() >= 4 && b.substr(0, a.size()) == a) return true;
  if (a.size() < 5) return false;
  size_t stem = a.size() - 1;
  if (b.size() - a.size() > 1 || a.substr(0, stem - 1) != b.substr(0, stem - 1)) return false;
  // Edit distance <= 1 over the remaining tails (at most 3 bytes each).
  std::string_view x = a.substr(stem - 1), y = b.substr(stem - 1);
  if (x.size() == y.size()) {
    int diff = 0;
    for (size_t i = 0; i < x.size(); ++i) diff += x[i] != y[i];
    return diff <= 1;
  }
  for (size_t skip = 0; skip < y.size(); ++skip) {
    std::string_view l = y.substr(0, skip), r = y.substr(skip + 1);
    if (x.substr(0, l.size()) == l && x.substr(l.size()) == r) return true;
  }
  return false;
}

// "Jr", "Sr.", "III": a generation suffix after a surname.
bool GenerationSuffix(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w == "Jr" || w == "Sr" || w == "II" || w == "III" || w == "IV";
}

bool VariantName(std::string_view a, std::string_view b) {
  bool prefix_used = false;
  bool multi = a.find(' ') != std::string_view::npos;
  while (!a.empty() && !b.empty()) {
    size_t i = a.find(' '), j = b.find(' ');
    std::string_view wa = a.substr(0, i), wb = b.substr(0, j);
    if (wa != wb) {
      if (prefix_used || !VariantWord(wa, wb, multi)) return false;
      prefix_used = true;
    }
    a = i == std::string_view::npos ? std::string_view() : a.substr(i + 1);
    b = j == std::string_view::npos ? std::string_view() : b.substr(j + 1);
  }
  return a.empty() && b.empty();
}

}  // namespace

namespace {

// A place read only from a word of place before it ("a blow to Varkov").
bool WeakPlace(const Candidate& c) {
  return c.type == EntityType::kPlace && c.rule == std::string_view("place_context");
}

// "to", "from": a preposition of place before token a that fits a body or
// a person as well ("a letter to Corvane"), unlike "in" or "northern".
bool WeakPreposition(const DocState& d, uint32_t a) {
  if (a == 0 || d.sentence_start[a]) return false;
  uint32_t f = Lex(d, d.toks[a - 1]);
  return (f & kPlaceContext) && (f & kFunction) && !(f & kLocative);
}

// True when x's type is better evidence than y's: stronger evidence, or
// the same but y is a weak place and x is no place ("Varkov said" beats
// "a blow to Varkov": a speaker is a person or a body, not a place).
bool Outranks(const Candidate& x, const Candidate& y) {
  return x.evidence > y.evidence ||
         (x.evidence == y.evidence && WeakPlace(y) && x.type != EntityType::kPlace);
}

bool EqualsIgnoreCase(std::string_view x, std::string_view y) {
  if (x.size() != y.size()) return false;
  for (size_t i = 0; i < x.size(); ++i) {
    if (LowerByte(x[i]) != LowerByte(y[i])) return false;
  }
  return true;
}

// The one-word candidates of a document grouped by their lower-case text,
// found by the tokens' HashWord (ASCII case ignored) in a small
// open-addressing table.
class WordGroups {
 public:
  static constexpr uint32_t kNone = ~0u;
  // Returns the group of word (hash = HashWord(word)), adding it if new.
  uint32_t Add(std::string_view word, uint64_t hash) {
    if ((groups_.size() + 1) * 2 > slots_.size()) Grow();
    uint32_t i = Probe(word, hash);
    if (slots_[i] == kNone) {
      bloom_ |= 1ull << (hash >> 58);
      uint32_t bit = ShapeBit(word);
      shapes_[bit >> 6] |= 1ull << (bit & 63);
      slots_[i] = static_cast<uint32_t>(groups_.size());
      groups_.push_back({word, hash});
    }
    return slots_[i];
  }
  // False when no group has this hash (most words: one test).
  bool MayHold(uint64_t hash) const { return (bloom_ >> (hash >> 58)) & 1; }
  // False when no group has word's length and first letter (ASCII case
  // ignored): a test before the word is hashed.
  // The same for the word text[start, end).
  bool MayHoldShape(const unsigned char* text, uint32_t start, uint32_t end) const {
    uint32_t bit = ShapeBit(text[start], text[end - 1], end - start);
    return (shapes_[bit >> 6] >> (bit & 63)) & 1;
  }
  size_t size() const { return groups_.size(); }
  // The group whose lower-case text equals `word` lower-cased; kNone.
  uint32_t FindFolded(std::string_view word, uint64_t hash) const {
    if (!MayHold(hash)) return kNone;
    uint32_t g = slots_[Probe(word, hash)];
    return g;
  }
  // The group whose lower-case text equals `word` exactly (word as it
  // stands, not lower-cased); kNone.
  uint32_t FindExact(std::string_view word, uint64_t hash) const {
    uint32_t g = FindFolded(word, hash);
    if (g == kNone) return kNone;
    std::string_view w = groups_[g].word;
    for (size_t i = 0; i < w.size(); ++i) {
      if (LowerByte(w[i]) != static_cast<unsigned char>(word[i])) return kNone;
    }
    return g;
  }

 private:
  struct Group {
    std::string_view word;
    uint64_t hash;
  };
  uint32_t Probe(std::string_view word, uint64_t hash) const {
    uint32_t mask = static_cast<uint32_t>(slots_.size() - 1);
    for (uint32_t i = static_cast<uint32_t>(hash) & mask;; i = (i + 1) & mask) {
      uint32_t g = slots_[i];
      if (g == kNone) return i;
      if (groups_[g].hash == hash && EqualsIgnoreCase(groups_[g].word, word)) return i;
    }
  }
  void Grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, kNone);
    uint32_t mask = static_cast<uint32_t>(slots_.size() - 1);
    for (uint32_t g = 0; g < groups_.size(); ++g) {
      uint32_t i = static_cast<uint32_t>(groups_[g].hash) & mask;
      while (slots_[i] != kNone) i = (i + 1) & mask;
      slots_[i] = g;
    }
  }
  std::vector<uint32_t> slots_;
  std::vector<Group> groups_;
  // From the length and the first and last bytes (0x20 or-ed in: ASCII
  // case ignored).
  static uint32_t ShapeBit(std::string_view word) {
    return ShapeBit(static_cast<unsigned char>(word[0]), static_cast<unsigned char>(word.back()),
                    static_cast<uint32_t>(word.size()));
  }
  static uint32_t ShapeBit(uint32_t first, uint32_t last, uint32_t size) {
    uint32_t x = (first | 0x20) | (last | 0x20) << 8 | size << 16;
    return (x * 0x9E3779B1u) >> (32 - kShapeBits);
  }
  static constexpr int kShapeBits = 10;
  uint64_t bloom_ = 0;                            // bit (hash >> 58) of every group's hash
  uint64_t shapes_[(1 << kShapeBits) / 64] = {};  // bit ShapeBit of every group's word
};

}  // namespace

// Unknown words at a sentence start that the document also writes in lower
// case are common words ("Wheat 121 130", "Shops and offices ...").
void RuleEngine::DropCommonInitials(DocState* d) const {
  WordGroups groups;
  std::vector<std::pair<uint32_t, size_t>> members;  // group, candidate
  for (size_t i = 0; i < d->cands.size(); ++i) {
    const Candidate& c = d->cands[i];
    if (!c.initial || c.evidence != Evidence::kDefault) continue;
    const Tok& tok = d->toks[c.first_tok];
    members.emplace_back(groups.Add(CandText(*d, c), HashOf(*d, tok)), i);
  }
  if (members.empty()) return;
  // One pass over the tokens: which groups the document also writes in
  // lower case, and which it capitalises where no sentence starts.
  constexpr uint8_t kSeenLower = 1, kSeenCapInside = 2;
  std::vector<uint8_t>& seen = d->group_seen;
  seen.assign(groups.size(), 0);
  const std::vector<Tok>& toks = d->toks;
  const unsigned char* bytes = reinterpret_cast<const unsigned char*>(d->text.data());
  for (size_t i = 0; i < toks.size(); ++i) {
    const Tok& tok = toks[i];
    // The shape filter first, for every token (punctuation too): one rarely
    // taken branch per token.
    if (!groups.MayHoldShape(bytes, tok.start, tok.end)) continue;
    if (!(tok.shape & (kLowerStart | kCap)) || !groups.MayHold(HashOf(*d, tok))) continue;
    std::string_view w = d->text.substr(tok.start, tok.end - tok.start);
    if (tok.shape & kLowerStart) {
      uint32_t g = groups.FindExact(w, HashOf(*d, tok));
      if (g != WordGroups::kNone) seen[g] |= kSeenLower;
    }
    if (tok.shape & kCap) {
      bool starts =
          d->sentence_start[i] || (i > 0 && (toks[i - 1].shape & (kQuoteMark | kDash | kStop)));
      if (starts) continue;
      uint32_t g = groups.FindFolded(w, HashOf(*d, tok));
      if (g != WordGroups::kNone) seen[g] |= kSeenCapInside;
    }
  }
  for (const auto& [g, i] : members) {
    Candidate& c = d->cands[i];
    if (seen[g] & kSeenLower) {
      c.dropped = true;
      continue;
    }
    // A word the document capitalises only where a sentence starts, and
    // that a lower-case word follows there ("Rescue crews said", "Whole
    // streets are gone"), has nothing that makes it a name.
    if (seen[g] & kSeenCapInside) continue;
    // "Corvane spokesman Ian Holt said": a body before a role held for a
    // body and a name, unless its ending marks a common word ("Aviation
    // analyst X"); not before other roles ("Film director X").
    if (c.rule == std::string_view("org_before_role") && !CommonShape(CandText(*d, c))) {
      bool body = false;
      for (uint32_t k = c.end_tok; k < toks.size() && k < c.end_tok + 3 && !body; ++k)
        body = (toks[k].shape & kLowerStart) && (Lex(d, toks[k]) & kBodyRole);
      if (body) continue;
    }
    uint32_t next = c.end_tok;
    if (c.end_tok == c.first_tok + 1 && next < toks.size() && (toks[next].shape & kLowerStart) &&
        !d->sentence_start[next]) {
      c.dropped = true;
    }
  }
}

// Names in one list ("the villages of Orvashen, Tugh, Salvik and Dorn")
// are of one kind: guessed members take the type of a member the rules are
// sure of.
void RuleEngine::ShareListTypes(DocState* d) const {
  std::vector<Candidate>& cs = d->cands;
  const std::vector<Tok>& t = d->toks;
  size_t i = 0;
  while (i < cs.size()) {
    size_t j = i;
    bool conjunction = false, semicolons = false;
    while (j + 1 < cs.size()) {
      uint32_t gap = cs[j].end_tok, next = cs[j + 1].first_tok;
      bool word = WordAt(*d, gap) == "and" || WordAt(*d, gap) == "or";
      // "Orvik, Lande; Berg, Sato": a line-up's semicolons join it too.
      bool semicolon = t[gap].end == t[gap].start + 1 && d->text[t[gap].start] == ';' &&
                       cs[j].sentence == cs[j + 1].sentence;
      bool joined = next == gap + 1 && ((t[gap].shape & kComma) || word || semicolon);
      bool comma_word = next == gap + 2 && (t[gap].shape & kComma) &&
                        (WordAt(*d, gap + 1) == "and" || WordAt(*d, gap + 1) == "or");
      if (!joined && !comma_word) break;
      conjunction |= word || comma_word;
      semicolons |= semicolon;
      ++j;
    }
    // Two names and a comma only are no list: "Ana Reis, Tarvo's head of
    // accounts," sets a name beside a description.
    if (j > i && (conjunction || j >= i + 2)) {
      const Candidate* sure = nullptr;
      for (size_t k = i; k <= j && !sure; ++k) {
        if (cs[k].evidence != Evidence::kDefault && cs[k].type != EntityType::kGroup) sure = &cs[k];
      }
      // Semicolons join the names of a line-up, not of places or bodies.
      if (semicolons && sure && sure->type != EntityType::kPerson) sure = nullptr;
      for (size_t k = i; sure && k <= j; ++k) {
        if (cs[k].evidence == Evidence::kDefault) {
          cs[k].type = sure->type;
          cs[k].rule = "list";
        }
      }
    }
    i = j + 1;
  }
}

// "a letter to Corvane": a place read from "to" or "from" is the body the
// lone-word pass made the word's other mentions (value 2 in ends).
static void PlaceFollowsLone(DocState* d, FlatIndex& ends, uint64_t filter) {
  const std::vector<Tok>& t = d->toks;
  for (Candidate& c : d->cands) {
    if (!WeakPlace(c) || c.end_tok != c.first_tok + 1 || !WeakPreposition(*d, c.first_tok))
      continue;
    uint64_t h = HashOf(*d, t[c.first_tok]);
    if (!((filter >> (h >> 58)) & 1)) continue;
    const uint32_t* mark = ends.Find(WordAt(*d, c.first_tok), h);
    if (mark && *mark == 2) c.type = EntityType::kOrganization;
  }
}

// "Corvane said" fits a body as well as a person: so are such mentions
// of a word the lone-word pass made a body (value 2 in ends), unless "he"
// or "she" comes within 16 words in the sentence or opens the next
// ("Varkov said ... He added").
static void SaidFollowsLone(DocState* d, FlatIndex& ends, uint64_t filter) {
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  for (Candidate& c : d->cands) {
    if (c.type != EntityType::kPerson || c.rule != std::string_view("say_after") ||
        c.end_tok != c.first_tok + 1 || !c.canonical.empty())
      continue;
    uint64_t h = HashOf(*d, t[c.first_tok]);
    if (!((filter >> (h >> 58)) & 1)) continue;
    const uint32_t* mark = ends.Find(WordAt(*d, c.first_tok), h);
    if (!mark || *mark != 2) continue;
    uint32_t starts = 0;  // sentence starts passed
    bool pronoun = false;
    for (uint32_t k = c.end_tok; k < n && k < c.end_tok + 64 && starts < 2 && !pronoun; ++k) {
      if (d->sentence_start[k]) ++starts;
      // "Varkov said he would stay" too.
      if (!d->sentence_start[k] && (k >= c.end_tok + 16 || starts > 0)) continue;
      pronoun = (t[k].shape & kWord) && (Lex(d, t[k]) & kPersonPronoun);
    }
    if (!pronoun) c.type = EntityType::kOrganization;
  }
}

// News introduces a person by full name before the surname stands alone
// ("Ana Lind ... Lind said"). A single unknown word that was only guessed
// to be a person from its capitals (not from a speech verb after it), that the
// document never writes after another capitalised word, is no given name,
// stands in prose, not in a results row ("c Lorne b Sallis 4"), and is not
// followed by "he" or "she" before another name comes, is the short name of
// a firm, club or other body ("Corvane said", "the deal with Corvane").
// A type read only from a word of place before it ("a blow to Corvane")
// counts as guessed. Its mentions after "to" or "from" and before "said"
// then follow (PlaceFollowsLone, SaidFollowsLone).
void RuleEngine::LoneNames(DocState* d) const {
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  // A digit-led word or a one-letter lower-case word beside it on its line.
  auto table = [&](uint32_t k) {
    if (k >= n || (t[k].shape & kLineStart)) return false;
    return (t[k].shape & kDigit) || ((t[k].shape & kLowerStart) && t[k].end == t[k].start + 1);
  };
  auto lone = [&](const Candidate& c) {
    if (c.type != EntityType::kPerson || c.evidence == Evidence::kStrong ||
        c.end_tok != c.first_tok + 1 || !c.canonical.empty())
      return false;
    // "a blow to Varkov" took a person's type from "Varkov said": a place
    // read from a word before it is no better evidence.
    if (c.rule != std::string_view("capitalised") && c.rule != std::string_view("list") &&
        c.rule != std::string_view("place_context"))
      return false;
    uint32_t a = c.first_tok;
    if ((Lex(d, t[a]) & kFirstName) || (t[a].shape & kAllCaps)) return false;
    return !table(c.end_tok) && (a == 0 || (t[a].shape & kLineStart) || !table(a - 1));
  };
  // The lone words (value 0), then marked 1 where written after another
  // capitalised word; a 64-bit filter on the hash spares most lookups.
  FlatIndex& ends = d->name_ends;
  ends.Clear();
  uint64_t filter = 0;
  for (const Candidate& c : d->cands) {
    if (!lone(c)) continue;
    uint64_t h = HashOf(*d, t[c.first_tok]);
    ends.TryEmplace(WordAt(*d, c.first_tok), h, 0);
    filter |= 1ull << (h >> 58);
  }
  if (filter == 0) return;
  auto after_capital = [&](uint32_t i) {
    if ((t[i].shape & (kCap | kLineStart)) != kCap || !(t[i - 1].shape & kWord) ||
        !(t[i - 1].shape & (kCap | kAllCaps)))
      return;
    uint64_t h = HashOf(*d, t[i]);
    if (!((filter >> (h >> 58)) & 1) || !ends.Find(WordAt(*d, i), h) ||
        (Lex(d, t[i - 1]) & kFunction))
      return;
    *ends.TryEmplace(WordAt(*d, i), h, 1).first = 1;
  };
  // Pairs among the name-like tokens of prose, and in a headline first line.
  const std::vector<uint32_t>& named = d->named;
  for (size_t q = 1; q < named.size(); ++q) {
    if (named[q - 1] + 1 == named[q]) after_capital(named[q]);
  }
  for (uint32_t i = 1; i < n && d->line_kind[0] && d->line_kind[i] && !(t[i].shape & kLineStart);
       ++i)
    after_capital(i);
  for (Candidate& c : d->cands) {
    if (!lone(c)) continue;
    uint32_t* mark = ends.Find(WordAt(*d, c.first_tok), HashOf(*d, t[c.first_tok]));
    if (*mark == 1) continue;
    bool pronoun = false;
    for (uint32_t k = c.end_tok; k < n && k < c.end_tok + 16 && !pronoun; ++k) {
      if ((t[k].shape & kCap) && !d->sentence_start[k]) break;  // another name
      pronoun = (t[k].shape & kWord) && (Lex(d, t[k]) & kPersonPronoun);
    }
    if (pronoun) continue;
    c.type = EntityType::kOrganization;
    *mark = 2;
  }
  PlaceFollowsLone(d, ends, filter);
  SaidFollowsLone(d, ends, filter);
}

void RuleEngine::Resolve(DocState* d) const {
  DropCommonInitials(d);
  std::vector<Candidate>& cs = d->cands;
  cs.erase(std::remove_if(cs.begin(), cs.end(), [](const Candidate& c) { return c.dropped; }),
           cs.end());
  const std::vector<Tok>& t = d->toks;
  // Acronyms in parentheses, either way round.
  FlatIndex& acronym = d->acronym;  // acronym text -> long candidate
  acronym.Clear();
  for (size_t i = 0; i + 1 < cs.size(); ++i) {
    Candidate& x = cs[i];
    Candidate& y = cs[i + 1];
    uint32_t k = x.end_tok;
    if (k + 1 >= t.size() || !(t[k].shape & kOpenParen) || y.first_tok != k + 1 ||
        y.end_tok >= t.size() || !(t[y.end_tok].shape & kCloseParen))
      continue;
    bool xa = IsAcronym(*d, x), ya = IsAcronym(*d, y);
    if (xa == ya) continue;
    Candidate& lng = xa ? y : x;
    Candidate& acr = xa ? x : y;
    if (lng.end_tok - lng.first_tok < 2 || !InitialsMatch(*d, acr, lng)) continue;
    if (lng.type == EntityType::kOther || lng.type == EntityType::kPerson)
      lng.type = EntityType::kOrganization;
    acr.type = lng.type;
    acr.evidence = Evidence::kStrong;
    acr.rule = "acronym_paren";
    if (lng.canonical.empty()) lng.canonical.assign(CandText(*d, lng));
    acr.canonical = lng.canonical;
    acronym.Set(CandText(*d, acr), static_cast<uint32_t>(&lng - cs.data()));
  }
  // Best evidence per surface form, and full names per surname.
  FlatIndex& best = d->best;
  FlatIndex& surname = d->surname;
  best.Clear();
  surname.Clear();
  std::vector<uint64_t>& hashes = d->cand_hash;  // HashWord of each candidate's text
  hashes.resize(cs.size());
  for (size_t i = 0; i < cs.size(); ++i) {
    std::string_view s = CandText(*d, cs[i]);
    hashes[i] = cs[i].end_tok == cs[i].first_tok + 1 ? HashOf(*d, t[cs[i].first_tok]) : HashWord(s);
    auto [it, inserted] = best.TryEmplace(s, hashes[i], static_cast<uint32_t>(i));
    if (!inserted && Outranks(cs[i], cs[*it])) *it = static_cast<uint32_t>(i);
    if (cs[i].type == EntityType::kPerson && cs[i].end_tok - cs[i].first_tok >= 2) {
      uint32_t last = cs[i].end_tok - 1;
      // "John Mills Jr": the surname stands before the generation suffix.
      if (last >= cs[i].first_tok + 2 && GenerationSuffix(WordAt(*d, last))) --last;
      surname.TryEmplace(WordAt(*d, last), HashOf(*d, t[last]), static_cast<uint32_t>(i));
      BareSurname(d, last, static_cast<uint32_t>(i));
    }
  }
  for (size_t i = 0; i < cs.size(); ++i) {
    Candidate& c = cs[i];
    std::string_view s = CandText(*d, c);
    const uint32_t* ac = acronym.Find(s);
    if (ac && c.canonical.empty()) {
      const Candidate& lng = cs[*ac];
      c.type = lng.type;
      c.canonical = lng.canonical;
      c.rule = "acronym_paren";
      continue;
    }
    const Candidate& b = cs[*best.Find(s, hashes[i])];
    // "talks with Corvane ... a letter to Corvane": a place read from "to"
    // or "from" is no evidence for the name's other mentions (the lone-word
    // pass decides them).
    bool weak = WeakPlace(b) && WeakPreposition(*d, b.first_tok) &&
                c.evidence == Evidence::kDefault && c.end_tok == c.first_tok + 1;
    if (c.evidence < Evidence::kStrong && Outranks(b, c) && !weak) {
      c.type = b.type;
      c.evidence = b.evidence;
      if (c.canonical.empty()) c.canonical = b.canonical;
    }
    if (c.end_tok - c.first_tok == 1 &&
        (c.type == EntityType::kPerson || c.evidence != Evidence::kStrong)) {
      const uint32_t* sn = surname.Find(s, hashes[i]);
      if (sn && *sn != i) {
        c.type = EntityType::kPerson;
        if (c.evidence == Evidence::kDefault) c.rule = "surname";
        c.evidence = Evidence::kStrong;
        c.canonical.assign(CandText(*d, cs[*sn]));
      }
    }
  }
  InitialAcronyms(d);
  GivenNames(d);
  LoneNames(d);
  ShortForms(d);
  ShareListTypes(d);
  // A settlement or unknown name scored like a team anywhere in the
  // document is that team everywhere in it ("Parma 2 Lazio 1" ... "Parma
  // beat ...").
  FlatIndex& teams = d->teams;
  teams.Clear();
  for (const Candidate& c : cs) {
    if (c.rule == std::string_view("team_score") || c.rule == std::string_view("team_context"))
      teams.Set(CandText(*d, c), 1);
  }
  for (Candidate& c : cs) {
    if (c.needs_support && c.canonical.empty()) c.dropped = true;
    bool weak = c.type == EntityType::kPlace ||
                (c.evidence == Evidence::kDefault && c.type != EntityType::kOrganization);
    if (!teams.empty() && weak && teams.Find(CandText(*d, c))) {
      c.type = EntityType::kOrganization;
      c.rule = "team_score";
    }
  }
  cs.erase(std::remove_if(cs.begin(), cs.end(), [](const Candidate& c) { return c.dropped; }),
           cs.end());
  // Spelling variants: compare names within small buckets (same first
  // three bytes). A weakly typed name takes the type of its variant.
  // Each bucket is a chain through `next` in insertion order.
  constexpr uint32_t kEnd = ~0u;
  FlatIndex& buckets = d->buckets;
  buckets.Clear();
  std::string& prefixes = d->prefixes;  // three bytes a candidate; never reallocated below
  prefixes.assign(cs.size() * 3, '\0');
  std::vector<uint32_t>& next = d->chain_next;
  next.assign(cs.size(), kEnd);
  std::vector<std::array<uint32_t, 3>>& chains = d->chains;  // first, last, count
  chains.clear();
  for (size_t i = 0; i < cs.size(); ++i) {
    Candidate& c = cs[i];
    if (c.canonical.empty()) c.canonical.assign(CandText(*d, c));
    // People are left apart: "Aliyev" and "Aliyeva" are two persons.
    if (c.canonical.size() < 5 ||
        (c.type == EntityType::kPerson && c.evidence != Evidence::kDefault))
      continue;
    std::memcpy(prefixes.data() + 3 * i, c.canonical.data(), 3);
    auto [slot, inserted] = buckets.TryEmplace(std::string_view(prefixes.data() + 3 * i, 3),
                                               static_cast<uint32_t>(chains.size()));
    if (inserted) chains.push_back({kEnd, kEnd, 0});
    std::array<uint32_t, 3>& chain = chains[*slot];
    // A member with the type and name of an earlier one decides nothing the
    // earlier one has not (only type and name are read from members), so
    // repeats of a name count towards the bucket's 16 but are not chained.
    bool repeat = false;
    for (uint32_t j = chain[0]; j != kEnd; j = next[j]) {
      const Candidate& o = cs[j];
      if (o.type == c.type && o.canonical == c.canonical) {
        repeat = true;
        continue;
      }
      bool compatible = o.type == c.type || c.evidence == Evidence::kDefault;
      if (compatible && o.canonical != c.canonical && VariantName(o.canonical, c.canonical)) {
        c.canonical = o.canonical;
        c.type = o.type;
        repeat = true;
        break;
      }
    }
    if (chain[2] < 16) {
      ++chain[2];
      if (repeat) continue;
      if (chain[1] == kEnd) {
        chain[0] = static_cast<uint32_t>(i);
      } else {
        next[chain[1]] = static_cast<uint32_t>(i);
      }
      chain[1] = static_cast<uint32_t>(i);
    }
  }
}

// "Haider al-Abadi ... Abadi said": a surname with a particle before its
// hyphen (token `last` of candidate i) is also indexed without it.
void RuleEngine::BareSurname(DocState* d, uint32_t last, uint32_t i) const {
  if (!ParticleHead(*d, last)) return;
  std::string_view w = WordAt(*d, last);
  std::string_view bare = w.substr(w.find('-') + 1);
  if (!bare.empty()) d->surname.TryEmplace(bare, i);
}

void RuleEngine::CapsLines(DocState* d) const {
  // Most documents have no caps or headline line: nothing to index then.
  if (std::find(d->line_kind.begin(), d->line_kind.end(), 1) == d->line_kind.end()) return;
  // Lower-case name -> candidate. The keys are written to one arena first
  // (it must not move while the index points into it), then indexed.
  FlatIndex& known = d->known;
  known.Clear();
  std::string& arena = d->known_arena;
  arena.clear();
  std::vector<std::array<uint32_t, 3>>& keys = d->chains;  // offset, length, candidate
  keys.clear();
  auto add_key = [&](std::string_view name, size_t i) {
    keys.push_back({static_cast<uint32_t>(arena.size()), static_cast<uint32_t>(name.size()),
                    static_cast<uint32_t>(i)});
    for (char ch : name) arena.push_back(static_cast<char>(LowerByte(ch)));
  };
  size_t n_named = d->cands.size();
  for (size_t i = 0; i < n_named; ++i) {
    const Candidate& c = d->cands[i];
    if (c.evidence == Evidence::kDefault) continue;
    add_key(CandText(*d, c), i);
    if (c.type == EntityType::kPerson && c.evidence == Evidence::kStrong &&
        c.end_tok - c.first_tok >= 2) {
      add_key(WordAt(*d, c.end_tok - 1), i);
    }
  }
  for (const auto& [offset, length, i] : keys)
    known.TryEmplace(std::string_view(arena).substr(offset, length), i);
  std::string& key = d->key;
  const std::vector<Tok>& t = d->toks;
  uint32_t n = static_cast<uint32_t>(t.size());
  uint32_t line_end = 0;
  for (uint32_t i = 0; i < n;) {
    if (!d->line_kind[i] || !(t[i].shape & kWord)) {
      ++i;
      continue;
    }
    // The end of this caps line, found once per line (not per token), and
    // looked at no further than the longest phrase.
    if (i >= line_end || (t[i].shape & kLineStart)) {
      line_end = i + 1;
      while (line_end < n && d->line_kind[line_end] && !(t[line_end].shape & kLineStart))
        ++line_end;
    }
    uint32_t end = line_end;
    const PhraseInfo* info = nullptr;
    uint32_t len = PhraseAt(d, i, end, &info);
    // "WORLD CUP", "ASIAN CUP", "ZIMBABWE OPEN": a known or common word and an
    // event word right after it.
    if ((len == 1 || (Lex(d, t[i]) & kCommon)) && !(Lex(d, t[i]) & kFunction) && i + 1 < end &&
        (t[i + 1].shape & kWord) && (Lex(d, t[i + 1]) & kEventHead) &&
        !(Lex(d, t[i + 1]) & kFunction)) {
      Emit(d, i, i + 2, EntityType::kEvent, Evidence::kContext, "caps_event_cue");
      i += 2;
      continue;
    }
    if (!len && (Lex(d, t[i]) & (kFunction | kCommon))) {
      ++i;
      continue;
    }
    if (len) {
      bool team =
          info->settlement && i + len < n && (ScoreAt(*d, i + len) || AwayAt(*d, i, i + len));
      Emit(d, i, i + len, team ? EntityType::kOrganization : info->type, Evidence::kStrong,
           team ? "team_score" : "caps_gazetteer");
      if (!info->canonical.empty()) {
        d->cands.back().canonical = info->canonical;
      } else {
        ProseSpelling(d, known);
      }
      i += len;
      continue;
    }
    uint32_t matched = 0;
    size_t which = 0;
    key.clear();
    for (uint32_t k = i; k < end && k < i + 4 && (t[k].shape & kWord); ++k) {
      if (k > i) key.push_back(' ');
      std::string_view w = WordAt(*d, k);
      for (char ch : w) key.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch);
      if (const uint32_t* it = known.Find(key)) {
        matched = k + 1 - i;
        which = *it;
      }
    }
    if (!matched && (t[i].shape & kLineStart) && (t[i].shape & kAllCaps) &&
        !(Lex(d, t[i]) & (kFunction | kCommon))) {
      // "OAKLAND 1996-08-31": a dateline; "NY RANGERS 20 10": a team row.
      uint32_t k = i;
      while (k < end && k < i + 3 && (t[k].shape & kAllCaps) &&
             !(Lex(d, t[k]) & (kFunction | kCommon)))
        ++k;
      if (k < end && (t[k].shape & kDigit) && t[k].end - t[k].start >= 8 &&
          d->text.substr(t[k].start, t[k].end - t[k].start).find('-') != std::string_view::npos) {
        Emit(d, i, k, EntityType::kPlace, Evidence::kContext, "dateline");
        i = k;
        continue;
      }
      if (k < end && ScoreAt(*d, k)) {
        Emit(d, i, k, EntityType::kOrganization, Evidence::kContext, "team_score");
        i = k;
        continue;
      }
    }
    if (matched) {
      const Candidate& src = d->cands[which];
      EntityType type = src.type;
      std::string canonical = src.canonical;
      Emit(d, i, i + matched, type, Evidence::kContext, "caps_known");
      d->cands.back().canonical = std::move(canonical);
      i += matched;
      continue;
    }
    ++i;
  }
}

}  // namespace dossier::entities
