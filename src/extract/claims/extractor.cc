// The claim layer's driver: walks each sentence once, reads every
// count-like number (counted noun, category, parts lists), counts written
// without numerals ("a man was shot dead", "a woman and her son were
// killed", "the gunman was among the dead") and denials ("no one was
// hurt"), and fills in modality, attribution and time. Linear in the text:
// every rule looks at a bounded window of units. It does not reconcile
// figures across documents.
#include <algorithm>
#include <cmath>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dossier/claims.h"
#include "extract/claims/sentence.h"
#include "extract/claims/units.h"
#include "extract/claims/vocab.h"

namespace dossier {
namespace claims {
namespace {

bool IsBe(std::string_view w) { return w == "were" || w == "was" || w == "are" || w == "is"; }

bool IsSingularDeterminer(std::string_view w) {
  return w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" ||
         w == "another" || w == "one";
}

// One document's pass. Holds the reusable buffers, so a document costs a few
// allocations, not one per token.
class Reader {
 public:
  Reader(const Vocab& vocab, std::string_view text, const std::vector<Sentence>& sentences,
         const std::vector<NumberMention>& numbers, const std::vector<TimeMention>& times,
         std::vector<Claim>* out)
      : vocab_(vocab),
        text_(text),
        sentences_(sentences),
        numbers_(numbers),
        times_(times),
        out_(out),
        base_(out->size()) {}

  void Run() {
    for (size_t k = 0; k < sentences_.size(); ++k) ReadSentence(k);
    RelabelShot();
  }

 private:
  void ReadSentence(size_t k);
  void FindSentenceTimes(const Sentence& sent);
  void RelabelShot();
  void MarkNumbersInTriggers();
  void ReadAmongList();
  void ReadIncludedList();
  void ReadNumber(size_t i);
  void ReadSingular(size_t i);
  void ReadNone(size_t i);
  void TryList(size_t p, size_t head, std::string_view category);
  void ReadListItems(size_t k, std::optional<size_t> parent, std::string_view category);
  [[nodiscard]] bool NotClaimContext(size_t i, bool money) const;
  Found Comparison(size_t i, NounPhrase* np) const;
  Found PartitiveLabel(size_t i, NounPhrase* np) const;
  bool OfWhom(size_t i);
  [[nodiscard]] std::optional<size_t> LastTopLevel(std::string_view category) const;
  [[nodiscard]] std::string_view Modality(size_t lo, size_t hi, size_t number_unit) const;
  [[nodiscard]] std::optional<size_t> TimeFor(size_t pos) const;
  // Appends a claim; returns its index in the document's claims.
  size_t Emit(size_t number_unit, double value, const NounPhrase& np, const Found& f,
              std::optional<size_t> parent, size_t first_unit, size_t end_unit);

  const Vocab& vocab_;
  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  const std::vector<NumberMention>& numbers_;
  const std::vector<TimeMention>& times_;
  std::vector<Claim>* out_;
  size_t base_;
  std::string lower_;  // the current sentence in lower case
  std::vector<Unit> units_;
  std::vector<uint8_t> used_;
  std::vector<Attribution> attributions_;
  bool attributions_ready_ = false;
  std::vector<size_t> shot_;  // claims whose only trigger is "shot"/"shooting"
  Sent s_;
  size_t sentence_ = 0;
  size_t next_number_ = 0;
  size_t prefilter_number_ = 0;
  size_t time_begin_ = 0;  // the current sentence's time items [begin, end)
  size_t time_end_ = 0;
  size_t sentence_first_claim_ = 0;
};

// The sentence's time items: sentences and items are in text order, so two
// cursors that only move forward find them.
void Reader::FindSentenceTimes(const Sentence& sent) {
  while (time_begin_ < times_.size() && times_[time_begin_].start < sent.start) ++time_begin_;
  time_end_ = std::max(time_end_, time_begin_);
  while (time_end_ < times_.size() && times_[time_end_].start < sent.end) ++time_end_;
}

void Reader::ReadSentence(size_t k) {
  const Sentence& sent = sentences_[k];
  // Most sentences state no figure: a scan of their bytes for key words
  // skips them before they are split into units.
  if (!vocab_.prefilter.MayClaim(text_, sent.start, sent.end, numbers_, &prefilter_number_)) {
    return;
  }
  FindSentenceTimes(sent);
  units_.clear();
  size_t end = std::min(sent.end, text_.size());
  size_t begin = std::min(sent.start, end);
  LowerAscii(text_.substr(begin, end - begin), &lower_);
  BuildUnits(text_, lower_, begin, end, numbers_, &next_number_, &units_);
  used_.assign(units_.size(), 0);
  s_ = Sent{text_, &numbers_, &units_, &vocab_};
  sentence_ = k;
  attributions_ready_ = false;
  sentence_first_claim_ = out_->size();
  // Most sentences hold no figure: a cheap pass decides which rules can
  // apply before any lexicon lookup.
  bool has_count = false;
  bool has_among = false;
  for (size_t i = 0; i < units_.size(); ++i) {
    has_count = has_count || s_.IsCount(i);
    has_among = has_among || units_[i].lower == "among";
  }
  if (has_count) MarkNumbersInTriggers();
  if (has_among) ReadAmongList();
  if (units_.size() > 3 && units_[0].kind == UnitKind::kWord && !used_[0]) ReadIncludedList();
  for (size_t i = 0; i < units_.size(); ++i) {
    if (used_[i]) continue;
    if (s_.IsCount(i)) {
      ReadNumber(i);
      continue;
    }
    if (units_[i].kind != UnitKind::kWord || units_[i].lower.size() > 7) continue;
    std::string_view w = units_[i].lower;
    if (w == "a" || w == "an" || w == "another" || (w == "the" && has_among)) {
      ReadSingular(i);
    } else if (w == "no" || w == "nobody" || w == "none") {
      ReadNone(i);
    }
  }
}

// "Four people were shot" counts the wounded only when the report gives no
// deaths: once it does ("two of them died"), the shot figure holds the dead
// too, and is kept as category "shot" rather than read as injured.
void Reader::RelabelShot() {
  if (shot_.empty()) return;
  bool deaths = false;
  for (size_t c = base_; c < out_->size(); ++c) {
    const Claim& claim = (*out_)[c];
    deaths = deaths || (claim.category == "killed" && claim.value > 0 && claim.modality.empty());
  }
  if (!deaths) return;
  for (size_t c : shot_) {
    // "one man died and four others were shot": "others" counts those
    // besides the dead, so they stay the wounded.
    if ((*out_)[c].group != "others") (*out_)[c].category = "shot";
  }
  for (size_t c = base_; c < out_->size(); ++c) {
    Claim& part = (*out_)[c];
    if (part.parent && (*out_)[base_ + *part.parent].category == "shot") part.category = "shot";
  }
}

// "lost one parent": a number inside a trigger phrase counts nothing. Only
// the few words before each number can open such a phrase.
void Reader::MarkNumbersInTriggers() {
  constexpr size_t kLongestLead = 5;
  auto word = s_.WordFn();
  size_t done = 0;  // words before `done` were looked up already
  for (size_t k = 0; k < units_.size(); ++k) {
    if (!s_.IsCount(k)) continue;
    size_t j = std::max(done, k > kLongestLead ? k - kLongestLead : 0);
    for (; j < k; ++j) {
      if (units_[j].kind != UnitKind::kWord || !vocab_.StartsTrigger(units_[j].lower)) continue;
      const TriggerInfo* t = nullptr;
      size_t len = vocab_.triggers.MatchForward(word, j, units_.size(), &t);
      for (size_t q = j + 1; q < j + len; ++q) {
        if (units_[q].kind == UnitKind::kNumber) used_[q] = 1;
      }
    }
    done = k;
  }
}

std::optional<size_t> Reader::LastTopLevel(std::string_view category) const {
  constexpr size_t kLookBack = 64;  // bounded, so the pass stays linear
  size_t stop = out_->size() - base_ > kLookBack ? out_->size() - kLookBack : base_;
  for (size_t c = out_->size(); c-- > stop;) {
    const Claim& claim = (*out_)[c];
    if (claim.parent || !claim.modality.empty()) continue;
    if (category.empty() || claim.category == category) return c - base_;
  }
  return std::nullopt;
}

// "The dead included a police officer and a 12-year-old girl", "The victims
// were 12 children and 7 women": parts of the latest figure of the category.
void Reader::ReadIncludedList() {
  std::string_view det = s_.Word(0);
  if (det != "the" && det != "those") return;
  const std::string* cat = nullptr;
  size_t len = vocab_.labels.MatchForward(s_.WordFn(), 1, units_.size(), &cat);
  if (len == 0) return;
  size_t k = 1 + len;
  std::string_view verb = s_.Word(k);
  if (verb != "include" && verb != "included" && verb != "including") return;
  std::string_view category = *cat;
  std::optional<size_t> parent = LastTopLevel(category == "*" ? "" : category);
  if (category == "*") {
    if (!parent) return;
    category = (*out_)[base_ + *parent].category;
  }
  ReadListItems(k + 1, parent, category);
}

// "Among the dead were 12 children and 7 women", "Among them were ...".
void Reader::ReadAmongList() {
  if (s_.Word(0) != "among") return;
  std::string_view category = "*";
  size_t k = 2;
  if (s_.Word(1) == "the") {
    const std::string* cat = nullptr;
    size_t len = vocab_.labels.MatchForward(s_.WordFn(), 2, units_.size(), &cat);
    if (len == 0) return;
    category = *cat;
    k = 2 + len;
  } else if (s_.Word(1) != "them" && s_.Word(1) != "those") {
    return;
  }
  if (!IsBe(s_.Word(k))) return;
  std::optional<size_t> parent = LastTopLevel(category == "*" ? "" : category);
  if (category == "*") {
    if (!parent) return;
    category = (*out_)[base_ + *parent].category;
  }
  ReadListItems(k + 1, parent, category);
}

void Reader::ReadListItems(size_t k, std::optional<size_t> parent, std::string_view category) {
  std::string cat(category);  // Emit may move the claim it points into
  Found f;
  f.category = cat;
  f.rule = "list_part";
  while (k < units_.size() && !used_[k]) {
    if (!s_.IsCount(k)) {
      // "and a pregnant woman": a part of one.
      std::string_view w = s_.Word(k);
      if (w != "a" && w != "an") break;
      NounPhrase np = ParseHead(s_, k + 1);
      if (!np.noun || !np.known || !np.person || !np.singular) break;
      Emit(kNone, 1, np, f, parent, k, np.end);
      for (size_t q = k; q < np.end; ++q) used_[q] = 1;
      k = np.end;
    } else {
      NounPhrase np = ParseNoun(s_, k + 1);
      if (np.not_claim) break;
      Emit(k, s_.Number(k)->value, np, f, parent, k, np.end);
      used_[k] = 1;
      k = np.end;
    }
    if (s_.IsPunct(k, ",")) ++k;
    if (s_.Word(k) == "and" || s_.Word(k) == "or") ++k;
    if (s_.Word(k) == "as" && s_.Word(k + 1) == "well" && s_.Word(k + 2) == "as") k += 3;
  }
}

// A list of parts at unit p (after an optional comma or dash): "including
// 63 children, 106 women and 70 elderly people".
void Reader::TryList(size_t p, size_t head, std::string_view category) {
  if (p == kNone || p >= units_.size()) return;
  if (s_.IsCommaOrDash(p)) ++p;
  const bool* v = nullptr;
  size_t len = vocab_.lists.MatchForward(s_.WordFn(), p, units_.size(), &v);
  if (len == 0) return;
  size_t k = p + len;
  if (IsBe(s_.Word(k))) ++k;
  ReadListItems(k, head, category);
}

bool Reader::NotClaimContext(size_t i, bool money) const {
  auto word = s_.WordFn();
  const NotClaimKind* k = nullptr;
  size_t lo = i > 3 ? i - 3 : 0;
  for (size_t j = lo; j < i; ++j) {
    if (vocab_.not_claims.MatchForward(word, j, i, &k) > 0 && *k == NotClaimKind::kVerb)
      return true;
  }
  if (!money) return false;
  size_t hi = std::min(units_.size(), i + 10);
  for (size_t j = i > 10 ? i - 10 : 0; j < hi; ++j) {
    if (vocab_.not_claims.MatchForward(word, j, hi, &k) > 0 && *k == NotClaimKind::kMoney) {
      return true;
    }
  }
  return false;
}

// "well above the government's figure of 15,000": the figure compared with
// the sentence's previous claim counts the same thing.
Found Reader::Comparison(size_t i, NounPhrase* np) const {
  Found f;
  if (i < 2 || s_.Word(i - 1) != "of" || out_->size() == sentence_first_claim_) return f;
  const AttributionKind* k = nullptr;
  if (vocab_.attribution.MatchForward(s_.WordFn(), i - 2, i - 1, &k) != 1 ||
      *k != AttributionKind::kFigure) {
    return f;
  }
  const Claim& prev = out_->back();
  f.category = prev.category;
  f.first = i - 2;
  f.last = i - 1;
  f.rule = "figure_comparison";
  if (!np->noun) {
    // The views must outlive the claim's copy only: Emit copies them.
    np->group = prev.group;
    np->group_class = prev.group_class;
    np->modifier = prev.modifier;
  }
  return f;
}

// "killed 30 people, 12 of whom were children": a part of the sentence's
// previous figure, counted by the noun after the verb. Returns true when it
// made the claim.
bool Reader::OfWhom(size_t i) {
  std::string_view pron = s_.Word(i + 2);
  size_t verb = i + 3;
  if (s_.Word(i + 1) != "of" || (pron != "whom" && pron != "them")) {
    // "Of the 44 dead, 12 were children."
    if (s_.Word(0) != "of" || i == 0 || !s_.IsPunct(i - 1, ",")) return false;
    verb = i + 1;
  }
  if (out_->size() == sentence_first_claim_ || !IsBe(s_.Word(verb))) return false;
  NounPhrase np = ParseHead(s_, verb + 1);
  if (!np.noun || !np.person) return false;
  size_t head = out_->size() - 1;
  for (int steps = 0; (*out_)[head].parent && head > sentence_first_claim_ && steps < 64; ++steps) {
    --head;
  }
  if ((*out_)[head].parent) return false;
  Found f;
  f.category = (*out_)[head].category;
  f.rule = "of_whom";
  std::string category = (*out_)[head].category;  // Emit may move the claims
  f.category = category;
  Emit(i, s_.Number(i)->value, np, f, head - base_, i, np.end);
  used_[i] = 1;
  return true;
}

// "eight of the dead", "two of the injured": a part of an earlier figure.
Found Reader::PartitiveLabel(size_t i, NounPhrase* np) const {
  Found f;
  std::string_view det = s_.Word(i + 2);
  if (s_.Word(i + 1) != "of" || (det != "the" && det != "those")) return f;
  const std::string* cat = nullptr;
  size_t len = vocab_.labels.MatchForward(s_.WordFn(), i + 3, units_.size(), &cat);
  if (len == 0) return f;
  std::string_view category = *cat;
  if (category == "*") {
    std::optional<size_t> last = LastTopLevel("");
    if (!last) return f;
    category = (*out_)[base_ + *last].category;
  }
  f.category = category;
  f.first = i + 1;
  f.last = i + 3 + len;
  f.rule = "partitive_label";
  f.among = true;
  np->end = i + 3 + len;
  if (IsBe(s_.Word(np->end))) {
    // "19 of the dead were children": the noun after the verb counts them.
    NounPhrase what = ParseHead(s_, np->end + 1);
    if (what.noun && what.person) {
      what.end = np->end;
      *np = what;
    }
  }
  return f;
}

void Reader::ReadNumber(size_t i) {
  bool money = s_.IsMoney(i);
  double value = s_.Number(i)->value;
  if (!money && value != std::floor(value)) return;  // "19.3" counts no one
  if (NotClaimContext(i, money)) return;
  NounPhrase np = ParseNoun(s_, i + 1);
  if (np.not_claim) return;
  if (money) {
    np = NounPhrase();
    np.end = i + 1;
    np.group = "";
    np.group_class = "";
  }
  if (!money && OfWhom(i)) return;
  Found f = PartitiveLabel(i, &np);
  if (!f.ok()) f = FindCategoryFor(s_, i, np, money);
  if (f.ok() && f.rule == "label_line" && !np.noun && !money) {
    // "Houses destroyed: about 1,800": the label names what is counted.
    NounPhrase label = ParseHead(s_, f.first);
    if (label.noun && label.known && !label.not_claim && label.end <= f.last) {
      np.group = label.group;
      np.group_class = label.group_class;
      np.modifier = label.modifier;
    }
  }
  std::string prev_group, prev_class, prev_modifier;
  if (f.ok() && !np.noun && !money && s_.Word(i + 1) == "more" &&
      out_->size() > sentence_first_claim_) {
    // "destroyed 140 homes and damaged 60 more": the same noun.
    prev_group = out_->back().group;
    prev_class = out_->back().group_class;
    np.group = prev_group;
    np.group_class = prev_class;
  }
  if (!f.ok() && !money) {
    f = Comparison(i, &np);
    // Keep the borrowed views alive across Emit, which may grow out_.
    prev_group = np.group;
    prev_class = np.group_class;
    prev_modifier = np.modifier;
    np.group = prev_group;
    np.group_class = prev_class;
    np.modifier = prev_modifier;
  }
  if (!f.ok()) return;
  std::optional<size_t> parent;
  if (f.among) parent = LastTopLevel(f.category);
  if (f.among && s_.Word(i - 1) == "all") parent.reset();  // "all eight of the dead"
  if (np.partitive && (s_.Word(i + 2) == "them" || s_.Word(i + 2) == "whom") &&
      out_->size() > sentence_first_claim_) {
    // "treated 87 people, 12 of them in serious condition"
    std::optional<size_t> last = LastTopLevel("");
    if (last && base_ + *last >= sentence_first_claim_) parent = last;
  }
  size_t first = f.first != kNone && f.first < i ? f.first : i;
  size_t end = np.end;
  if (f.last != kNone && f.last > end && f.first > i) end = f.last;
  size_t head = Emit(i, s_.Number(i)->value, np, f, parent, first, end);
  used_[i] = 1;
  if (money || parent) return;
  TryList(f.list_start, head, f.category);
  TryList(np.end, head, f.category);
  if (f.last != kNone && f.first > i) TryList(f.last, head, f.category);
}

// "a 34-year-old man was shot dead", "a woman and her son were killed",
// "killed a 17-year-old boy", "the gunman was among the dead".
void Reader::ReadSingular(size_t i) {
  std::string_view det = s_.Word(i);
  NounPhrase np = ParseHead(s_, i + 1);
  if (!np.noun || !np.known || !np.person || !np.singular) return;
  int count = 1;
  size_t k = np.end;
  while (s_.Word(k) == "and" && IsSingularDeterminer(s_.Word(k + 1)) && count < 8) {
    NounPhrase more = ParseHead(s_, k + 2);
    if (!more.noun || !more.known || !more.person || !more.singular) break;
    ++count;
    if (more.group_class != np.group_class) {
      np.group = "people";
      np.group_class = "people";
    }
    k = more.end;
  }
  Found f = FindAfterNoun(s_, k, np);
  if (f.ok()) {
    f.rule = f.among ? "among_the" : "singular_subject";
  } else if (det != "the" && count == 1) {
    f = FindBeforeNumber(s_, i, np);
    f.rule = "singular_object";
  }
  if (!f.ok() || (det == "the" && !f.among)) return;
  // One person is not "displaced" or "affected" in news counts ("a suspect fled").
  if (f.category == "displaced" || f.category == "affected") return;
  if (count > 1 && np.group_class == "people") np.group = "people";
  std::optional<size_t> parent;
  if (f.among) parent = LastTopLevel(f.category);
  size_t first = f.first < i ? f.first : i;
  size_t end = f.last != kNone && f.last > k ? f.last : k;
  Emit(kNone, count, np, f, parent, first, end);
  for (size_t q = i; q < k; ++q) used_[q] = 1;
}

// "no one was killed", "nobody was hurt", "no injuries were reported".
void Reader::ReadNone(size_t i) {
  std::string_view w = s_.Word(i);
  NounPhrase np;
  size_t k = i + 1;
  if (w == "no" && s_.Word(i + 1) == "one") {
    k = i + 2;
  } else if (w == "no") {
    np = ParseHead(s_, i + 1);
    if (np.noun) k = np.end;
  }
  if (w == "none" && s_.Word(k) == "of") return;  // "none of the 300": the number's rule
  np.end = k;
  Found f = FindAfterNoun(s_, k, np);
  if (!f.ok() || f.among) return;
  f.rule = "no_one";
  size_t end = f.last != kNone ? f.last : k;
  size_t c = Emit(kNone, 0, np, f, std::nullopt, i, end);
  (*out_)[base_ + c].modality = "negated";
  for (size_t q = i; q < k; ++q) used_[q] = 1;
}

std::string_view Reader::Modality(size_t lo, size_t hi, size_t number_unit) const {
  // Widen lo to the start of the clause, a few units back at most.
  for (int steps = 0; lo > 0 && steps < 5; ++steps) {
    const Unit& u = units_[lo - 1];
    if (u.kind == UnitKind::kPunct) break;
    if (u.kind == UnitKind::kWord &&
        (u.lower == "and" || u.lower == "but" || u.lower == "while" || u.lower == "as")) {
      break;
    }
    --lo;
  }
  auto word = s_.WordFn();
  for (size_t j = lo; j < hi && j < units_.size(); ++j) {
    if (j == number_unit || units_[j].kind != UnitKind::kWord) continue;
    if (units_[j].capitalized && units_[j].lower == "may") continue;  // the month
    const std::string* m = nullptr;
    if (vocab_.modality.MatchForward(word, j, hi, &m) > 0) return *m;
  }
  return {};
}

std::optional<size_t> Reader::TimeFor(size_t pos) const {
  const Sentence& sent = sentences_[sentence_];
  // [it, last): the sentence's items, found once per sentence.
  auto it = times_.begin() + static_cast<ptrdiff_t>(time_begin_);
  auto last = pos <= sent.end ? times_.begin() + static_cast<ptrdiff_t>(time_end_) : times_.end();
  // Start a few items before the numeral and look at a bounded number of
  // items, so a sentence with many dates and many figures stays linear.
  auto near =
      std::lower_bound(it, last, pos, [](const TimeMention& t, size_t p) { return t.start < p; });
  it = near - std::min<ptrdiff_t>(near - it, 8);
  std::optional<size_t> best;
  size_t best_dist = kNone;
  for (int seen = 0; it != times_.end() && it->start < sent.end && seen < 16; ++it, ++seen) {
    if (it->type != TimeType::kDate && it->type != TimeType::kTime) continue;
    size_t dist = it->start > pos ? it->start - pos : pos - it->start;
    if (dist < best_dist) {
      best_dist = dist;
      best = static_cast<size_t>(it - times_.begin());
    }
  }
  return best;
}

size_t Reader::Emit(size_t number_unit, double value, const NounPhrase& np, const Found& f,
                    std::optional<size_t> parent, size_t first_unit, size_t end_unit) {
  Claim c;
  c.category = std::string(f.category);
  c.group = std::string(np.group);
  c.group_class = std::string(np.group_class);
  c.modifier = std::string(np.modifier);
  c.value = value;
  const NumberMention* n = number_unit == kNone ? nullptr : s_.Number(number_unit);
  if (n != nullptr) {
    c.value_high = n->value_high;
    c.qualifier = n->qualifier;
    if (n->kind == NumberKind::kMoney) c.unit = n->unit;
    c.number = static_cast<size_t>(units_[number_unit].number);
  }
  c.parent = parent;
  c.sentence = sentence_;
  if (end_unit <= first_unit) end_unit = first_unit + 1;
  end_unit = std::min(end_unit, units_.size());
  c.start = units_[first_unit].start;
  c.end = units_[end_unit - 1].end;
  size_t hi = std::max(end_unit, f.last == kNone ? end_unit : f.last);
  size_t lo = f.first != kNone && f.first < first_unit ? f.first : first_unit;
  c.modality = std::string(Modality(lo, hi, number_unit));
  if (!attributions_ready_) {
    FindAttributions(s_, &attributions_);
    attributions_ready_ = true;
  }
  size_t at = number_unit != kNone ? number_unit : first_unit;
  if (const Attribution* a = AttributionFor(attributions_, at)) {
    c.attributed_to.assign(text_.substr(a->start, a->end - a->start));
    if (a->lower_first && !c.attributed_to.empty() && c.attributed_to[0] >= 'A' &&
        c.attributed_to[0] <= 'Z') {
      c.attributed_to[0] = static_cast<char>(c.attributed_to[0] + 32);
    }
  }
  c.time = TimeFor(n != nullptr ? n->start : c.start);
  c.rule = f.rule;
  if (f.first != kNone && f.last == f.first + 1 &&
      (units_[f.first].lower == "shot" || units_[f.first].lower == "shooting")) {
    shot_.push_back(out_->size());
  }
  out_->push_back(std::move(c));
  return out_->size() - 1 - base_;
}

class ClaimExtractorImpl : public ClaimExtractor {
 public:
  explicit ClaimExtractorImpl(Vocab vocab) : vocab_(std::move(vocab)) {}
  void Extract(std::string_view text, const std::vector<Sentence>& sentences,
               const std::vector<NumberMention>& numbers, const std::vector<TimeMention>& times,
               const std::vector<EntityMention>& /*entities*/,
               std::vector<Claim>* out) const override {
    Reader r(vocab_, text, sentences, numbers, times, out);
    r.Run();
  }

 private:
  Vocab vocab_;
};

}  // namespace
}  // namespace claims

Result<std::unique_ptr<ClaimExtractor>> ClaimExtractor::Create(const ClaimOptions& options) {
  Result<claims::Vocab> vocab = claims::Vocab::Load(options.lexicon_dir);
  if (!vocab.ok()) return vocab.status();
  return std::unique_ptr<ClaimExtractor>(
      std::make_unique<claims::ClaimExtractorImpl>(std::move(vocab).value()));
}

}  // namespace dossier
