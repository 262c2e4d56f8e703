// Who speaks for an organisation or through a document: the full name a
// short form or an acronym stands for ("Norvik said" after "Norvik Savings
// Bank"), the organisation a report opens with or that spoke last (for "the
// company said"), and the issuer of a document that speaks ("a release from
// the club", "a Norvik statement", "In an SEC filing, Norvik said ... the
// filing said"). The cue phrases come from quotes/documents.tsv. Every scan
// is bounded (a few words, a sentence, or a fixed number of earlier
// mentions or speakers). It does not read speech verbs (speaker.cc) or
// resolve descriptions of people (posts.cc).
#include <algorithm>

#include "extract/quotes/speaker.h"

namespace dossier::quotes {
namespace {

constexpr size_t kLastSpeakerReach = 400;  // bytes back to the body that spoke last

// Whether `name` opens `full` as its first words ("Acme" in "Acme Savings
// Bank", "Acme's Inc.", "Acme & Sons").
bool OpensName(std::string_view full, std::string_view name) {
  if (full.size() <= name.size() + 1 || full.substr(0, name.size()) != name) return false;
  char next = full[name.size()];
  return next == ' ' || (next == '\'' && full.substr(name.size(), 3) == "'s ");
}

// Whether `name` is an acronym: two to six capital letters.
bool Acronym(std::string_view name) {
  if (name.size() < 2 || name.size() > 6) return false;
  for (char c : name)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// Whether `acronym` spells the initials of the capitalised words of `full`
// ("SCSO": "Sevier County Sheriff's Office", "CAS": "Court of Arbitration
// for Sport").
bool Initials(std::string_view full, std::string_view acronym) {
  size_t k = 0;
  for (size_t i = 0; i < full.size(); ++i) {
    if (i > 0 && full[i - 1] != ' ' && full[i - 1] != '-') continue;
    if (full[i] >= 'A' && full[i] <= 'Z') {
      if (k >= acronym.size() || full[i] != acronym[k]) return false;
      ++k;
    }
  }
  return k == acronym.size();
}

}  // namespace

std::string Attributor::FullOrganisationName(std::string_view name, size_t before,
                                             bool acronym_only) const {
  bool acronym = Acronym(name);
  if (acronym_only && !acronym) return "";
  auto it = EntitiesFrom(before);
  std::string_view found;
  size_t first_full = std::string_view::npos;
  size_t first_short = std::string_view::npos;
  for (int seen = 0; it != entities_.begin() && seen < kMaxLookBack; ++seen) {
    --it;
    if (it->type != EntityType::kOrganization || InsideQuote(it->start)) continue;
    std::string_view full = EntityName(*it);
    if (full == name) first_short = it->start;
    if (!(acronym ? Initials(full, name) : OpensName(full, name))) continue;
    first_full = it->start;
    if (found.empty() || OpensName(full, found)) {
      found = full;  // the longest form
    } else if (found != full && !OpensName(found, full)) {
      return "";  // two different organisations
    }
  }
  // A report names an organisation in full before it shortens the name; a
  // longer name after the short one is a part or a product ("Acme Labs").
  // An acronym that spells a name is that name wherever it stands (a
  // headline uses the acronym first).
  if (!acronym && first_short < first_full) return "";
  if (found.empty() && !acronym) {
    // "Norvik's Inc. said ..." opening the report, which no mention covers.
    Span lead = LeadSubject();
    std::string_view subject = text_.substr(lead.start, lead.end - lead.start);
    if (lead.end <= before && OpensName(subject, name)) found = subject;
  }
  return std::string(found);
}

Span Attributor::LeadSubject() const {
  size_t i = text_.find_first_not_of(" \n");
  if (i == std::string_view::npos) return {};
  size_t e = i;
  int words = 0;
  auto name_byte = [&](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '&' ||
           c == '.' || c == '\'' || c == '-';
  };
  while (e < text_.size() && text_[e] >= 'A' && text_[e] <= 'Z' && words < 6) {
    size_t w = e;
    while (w < text_.size() && name_byte(text_[w])) ++w;
    ++words;
    if (w >= text_.size() || text_[w] != ' ') return {};
    e = w + 1;
  }
  if (words == 0) return {};
  // A verb after the name: "is", "said", "took".
  size_t v = e;
  while (v < text_.size() && text_[v] >= 'a' && text_[v] <= 'z') ++v;
  std::string_view verb = text_.substr(e, v - e);
  if (verb.empty() || !(lex_.Verb(verb) != nullptr || (lex_.Classes(verb) & kAux) ||
                        (verb.size() > 4 && verb.ends_with("ed"))))
    return {};
  Span name{i, e - 1};
  std::string_view words_read = text_.substr(name.start, name.end - name.start);
  std::string_view first = words_read.substr(0, words_read.find(' '));
  if (lex_.Classes(first) != 0 || lex_.Gender(first) != 0) return {};
  const EntityMention* m = EntityAt(name.start, name.end);
  if (m != nullptr && m->type != EntityType::kOrganization) return {};
  return name;
}

const Attributor::Note* Attributor::LastBodySpeaker(size_t at) const {
  int looked = 0;
  for (auto n = notes_.rbegin(); n != notes_.rend() && looked < 20; ++n, ++looked) {
    if (n->start >= at) continue;
    if (at - n->start > kLastSpeakerReach || n->person) return nullptr;
    return &*n;
  }
  return nullptr;
}

const EntityMention* Attributor::LastOrganisationSpeaker(size_t at) const {
  const Note* n = LastBodySpeaker(at);
  if (n == nullptr) return nullptr;
  const EntityMention* e = EntityAt(n->start, n->end);
  bool org = e != nullptr && e->type == EntityType::kOrganization && e->start == n->start &&
             e->end == n->end && !InsideQuote(e->start);
  return org ? e : nullptr;
}

Who Attributor::DocumentPhrase(size_t at, size_t len) const {
  size_t s = at;
  for (int words = 0; words < 5 && s > 1 && text_[s - 1] == ' '; ++words) {
    size_t e = s - 1;
    size_t b = e;
    while (b > 0 && (LetterByte(text_[b - 1]) || text_[b - 1] == '\'' || text_[b - 1] == '-' ||
                     static_cast<unsigned char>(text_[b - 1]) >= 0x80))
      --b;
    if (b == e) break;
    std::string_view w = text_.substr(b, e - b);
    s = b;
    if (WordIs(w, "a") || WordIs(w, "an") || WordIs(w, "the"))
      return Who{Who::kDescription, s, at + len, 0};
  }
  return {};
}

Who Attributor::IssuerSubject(size_t at, size_t len) {
  const QuoteLexicon::DocumentCues& cues = lex_.document_cues();
  size_t from = at > 250 ? at - 250 : 0;
  size_t to = std::min(text_.size(), at + len + 150);
  if (sentences_ != nullptr && !sentences_->empty()) {
    auto it = std::upper_bound(sentences_->begin(), sentences_->end(), at,
                               [](size_t p, const Sentence& x) { return p < x.start; });
    if (it != sentences_->begin()) {
      --it;
      from = std::max(from, it->start);
      to = std::min(to, std::max(it->end, at + len));
    }
  }
  std::string_view lead = Between(text_, from, at);
  issuer_toks_.clear();
  // "In a statement, Norvik said", "In an SEC filing, Norvik said".
  for (std::string_view o : cues.opening) {
    if (!lead.starts_with(o) || (lead.size() > o.size() && lead[o.size()] != ' ') ||
        lead.find(',') != std::string_view::npos)
      continue;
    TokenizeRange(text_, at + len, to, &issuer_toks_, 24);
    int n = static_cast<int>(issuer_toks_.size());
    // "In a statement released on Friday, Norvik said".
    // "In a statement from the family, ..." names the issuer before the comma.
    int c = 0;
    while (c < n && c < 4 && IsWord(issuer_toks_[c])) {
      std::string_view w = TokText(text_, issuer_toks_[c]);
      if (std::any_of(cues.after.begin(), cues.after.end(),
                      [&](std::string_view a) { return WordIs(w, a); }))
        return {};
      ++c;
    }
    if (c + 1 >= n || !IsPunct(issuer_toks_[c], ',')) return {};
    return PhraseAfter(issuer_toks_, c + 1, n);
  }
  // "Norvik said in a statement", "Police said in a written statement":
  // the subject of the verb, with at most three words between the phrase
  // and the document noun.
  for (std::string_view b : cues.before) {
    size_t p = lead.rfind(b);
    if (p == std::string_view::npos || (p > 0 && lead[p - 1] != ' ')) continue;
    std::string_view rest = lead.substr(p + b.size());
    if ((!rest.empty() && rest[0] != ' ') || rest.find(',') != std::string_view::npos ||
        std::count(rest.begin(), rest.end(), ' ') > 3)
      continue;
    size_t verb_end = static_cast<size_t>(lead.data() - text_.data()) + p + b.find(' ');
    TokenizeRange(text_, from, verb_end, &issuer_toks_, 64);
    int n = static_cast<int>(issuer_toks_.size());
    if (n < 2 || issuer_toks_[n - 1].end != verb_end) return {};
    return SubjectBefore(issuer_toks_, 0, n - 1);
  }
  return {};
}

namespace {

bool Listed(const std::vector<std::string_view>& list, std::string_view word) {
  return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return WordIs(word, w); });
}

// Whether every word of text[from, to) opens with a capital letter.
bool AllCapitalised(std::string_view words) {
  if (words.empty()) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    if ((i == 0 || words[i - 1] == ' ') && !(words[i] >= 'A' && words[i] <= 'Z')) return false;
  }
  return true;
}

}  // namespace

Who Attributor::IssuerWords(size_t start, size_t end) const {
  while (start < end && text_[start] == ' ') ++start;
  while (end > start && (text_[end - 1] == ' ' || text_[end - 1] == ',')) --end;
  if (start >= end) return {};
  std::string_view words = text_.substr(start, end - start);
  // "The Norvik union", "Norvik": a name, after "the" or alone.
  size_t s = start;
  if (words.starts_with("the ") || words.starts_with("The ")) s += 4;
  std::string_view name = text_.substr(s, end - s);
  const EntityMention* e = EntityAt(s, end);
  bool mention = e != nullptr && e->start == s && e->end == end &&
                 (e->type == EntityType::kOrganization || e->type == EntityType::kPerson);
  if (AllCapitalised(name) && (mention || Acronym(name))) return Who{Who::kName, s, end, 0};
  if (s > start || (lex_.Classes(words.substr(0, words.find(' '))) & kRole))
    return Who{Who::kDescription, start, end, 0};
  return {};
}

Who Attributor::IssuerAfter(size_t end) {
  const QuoteLexicon::DocumentCues& cues = lex_.document_cues();
  issuer_toks_.clear();
  TokenizeRange(text_, end, std::min(text_.size(), end + 120), &issuer_toks_, 24);
  const std::vector<Tok>& toks = issuer_toks_;
  int n = static_cast<int>(toks.size());
  int k = 0;
  // "a statement released by the club".
  if (k < n && IsWord(toks[k]) && Listed(cues.verb, TokText(text_, toks[k]))) ++k;
  if (k + 1 >= n || !IsWord(toks[k])) return {};
  std::string_view link = TokText(text_, toks[k]);
  bool listed = std::any_of(cues.after.begin(), cues.after.end(), [&](std::string_view w) {
    return w.find(' ') == std::string_view::npos && WordIs(link, w);
  });
  if (!listed) return {};
  // The issuer ends at a comma or full stop, or before a verb ("from the
  // family, Jo Reyes was ...", "from the Harlow office identified ...").
  int hi = k + 1;
  while (hi < n && !IsPunct(toks[hi], ',') && !IsPunct(toks[hi], '.')) {
    std::string_view w = TokText(text_, toks[hi]);
    if (hi > k + 1 && IsWord(toks[hi]) && !toks[hi].cap &&
        (w.ends_with("ed") || lex_.Verb(w) != nullptr || (Cls(toks[hi]) & kAux)))
      break;
    ++hi;
  }
  Who np = PhraseAfter(toks, k + 1, hi);
  // "the release of the hostages": after "of", only a name issues.
  if (np.kind == Who::kPronoun || (WordIs(link, "of") && np.kind != Who::kName)) return {};
  if (np.kind == Who::kDescription) {
    // "from the Harlow Police Department": the name after "the".
    Who named = IssuerWords(np.start, np.end);
    return named.kind == Who::kName ? named : np;
  }
  if (np.kind != Who::kName) return np;
  // "from Harlow police", "by Jo Reyes's lawyers": the noun after the name.
  size_t past = np.end;
  bool possessive = Possessive(text_.substr(np.start, np.end - np.start));
  if (!possessive && ApostropheAt(np.end)) {
    possessive = true;
    past += text_[np.end] == '\'' ? 1 : 3;
    if (past < text_.size() && text_[past] == 's') ++past;
  }
  int m = k + 1;
  while (m < n && toks[m].start < past) ++m;
  if (m < n && IsWord(toks[m]) && !toks[m].cap && (possessive || TokIs(text_, toks[m], "police")) &&
      (Cls(toks[m]) & (kRole | kKin | kPost)))
    return Who{Who::kDescription, np.start, toks[m].end, 0};
  if (possessive || PlaceOrGroup(np)) return {};
  return np;
}

bool Attributor::ResolveIssued(const Who& who, size_t anchor, Attribution* out) {
  const QuoteLexicon::DocumentCues& cues = lex_.document_cues();
  std::string_view words = text_.substr(who.start, who.end - who.start);
  // "the union issued a statement saying": the words before the verb.
  for (size_t i = words.find(' '); i != std::string_view::npos; i = words.find(' ', i + 1)) {
    size_t e = words.find(' ', i + 1);
    if (e == std::string_view::npos) e = words.size();
    if (!Listed(cues.verb, words.substr(i + 1, e - i - 1))) continue;
    Who before = IssuerWords(who.start, who.start + i);
    return before.kind != Who::kNone && Resolve(before, anchor, out);
  }
  size_t sp = words.rfind(' ');
  if (sp == std::string_view::npos || !(lex_.Classes(words.substr(sp + 1)) & kDocument))
    return false;
  std::string_view first = words.substr(0, words.find(' '));
  bool det = (lex_.Classes(first) & kDeterminer) != 0;
  if (!det && !Possessive(first) && !AllCapitalised(first)) return false;
  // "a release from the sheriff's office".
  if (Who after = IssuerAfter(who.end); after.kind != Who::kNone)
    return Resolve(after, anchor, out);
  // "a Norvik statement", "Mr Reyes's statement", "the governor's
  // statement", "a police statement": the words before the document's own
  // name, after the determiner.
  size_t from = det ? who.start + first.size() + 1 : who.start;
  size_t to = who.start + sp;
  while (to > from) {
    size_t b = text_.rfind(' ', to - 1);
    size_t w = (b == std::string_view::npos || b < from) ? from : b + 1;
    if (!Listed(cues.part, text_.substr(w, to - w))) break;
    to = w > from ? w - 1 : from;
  }
  if (to <= from) return false;
  std::string_view mods = text_.substr(from, to - from);
  bool owned = Possessive(mods);
  if (!det && !owned) return false;
  if (owned) to -= mods.ends_with("'s") ? 2 : 4;  // "\u2019s": four bytes
  mods = text_.substr(from, to - from);
  if (mods.empty() || std::count(mods.begin(), mods.end(), ' ') > 2 ||
      mods.find(',') != std::string_view::npos)
    return false;
  std::string_view last = mods.substr(mods.rfind(' ') + 1);
  if (AllCapitalised(mods)) {
    // A mention or acronym; else a possessor, a name of two words or more,
    // or one that ends in a word of a body ("Harlow Sheriff's Office").
    Who named = IssuerWords(from, to);
    bool name = owned || mods.find(' ') != std::string_view::npos || (lex_.Classes(last) & kOrgCue);
    if (named.kind != Who::kName && name) named = Who{Who::kName, from, to, 0};
    return named.kind == Who::kName && Resolve(named, anchor, out);
  }
  if (WordIs(last, "police")) return Resolve(Who{Who::kDescription, from, to, 0}, anchor, out);
  if (std::any_of(mods.begin(), mods.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) ||
      !(owned || (lex_.Classes(last) & (kOrgCue | kOrgHead | kRole | kPost))))
    return false;
  // "the governor's statement": the governor, as the description reads.
  if (WordIs(first, "the")) return Resolve(Who{Who::kDescription, who.start, to, 0}, anchor, out);
  out->speaker = "the ";
  out->speaker += mods;
  NoteDescribed(who, out);
  out->found = true;
  return true;
}

}  // namespace dossier::quotes
