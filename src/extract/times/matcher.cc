// The time grammar's driver (see matcher.h): token helpers, prefixes
// ("the", "early", "nearly", "the night of"), emission, and the pass that
// links the two ends of a range. The rules themselves live in rules_*.cc.
#include "extract/times/matcher.h"

#include <cstdlib>
#include <cstring>

#include "extract/times/calendar.h"

namespace dossier::times {

Matcher::Matcher(const TimeLexicon& lexicon, std::string_view text, const std::vector<Tok>& toks,
                 const std::vector<Sentence>& sentences, const CivilDate& dct,
                 std::vector<TimeMention>* out, std::vector<std::string>* warnings)
    : lex_(lexicon),
      text_(text),
      toks_(toks),
      sentences_(sentences),
      dct_(dct),
      out_(out),
      warnings_(warnings),
      base_(out->size()) {}

// ---------------------------------------------------------------- helpers

int Matcher::MonthAt(size_t i) const {
  const WordInfo* w = Info(i);
  if (w == nullptr || w->month == 0) return 0;
  if ((w->flags & kMonthCap) && !(toks_[i].flags & kCapital)) return 0;
  // "MAY", "MARCH" in a shouted headline are too often verbs.
  if ((w->flags & kMonthCap) && (toks_[i].flags & kAllCaps) && toks_[i].end - toks_[i].start > 1 &&
      !IsNumber(i + 1))
    return 0;
  return w->month;
}

int Matcher::WeekdayAt(size_t i) const {
  const WordInfo* w = Info(i);
  if (w == nullptr || w->weekday == 0) return 0;
  if ((w->flags & kWeekdayCap) && !(toks_[i].flags & kCapital)) return 0;
  // Three-letter forms ("Sun", "Sat", "Wed") only with a period or a comma
  // after them, or before a date.
  if (toks_[i].end - toks_[i].start <= 4) {
    if (i > 0 && IsWord(i - 1, "the")) return 0;  // "the Sun"
    if (!IsPunct(i + 1, '.') && MonthAt(i + 1) == 0 && !IsNumber(i + 1)) return 0;
  }
  return w->weekday;
}

Unit Matcher::UnitAt(size_t i, bool* plural) const {
  const WordInfo* w = Info(i);
  if (w == nullptr || w->unit == Unit::kNone) return Unit::kNone;
  if (plural) *plural = (w->flags & kUnitPlural) != 0;
  return w->unit;
}

size_t Matcher::SkipDot(size_t i) const {
  // Only an abbreviation's period: "Feb.", "Sept.", "Tues." (not "May." or
  // "Tuesday." ending a sentence).
  if (!IsPunct(i, '.') || !Tight(i) || i == 0 || toks_[i - 1].kind != TokKind::kWord) return i;
  size_t len = toks_[i - 1].end - toks_[i - 1].start;
  if ((len > 4 && !IsWord(i - 1, "thurs")) || IsWord(i - 1, "may") || IsWord(i - 1, "june") ||
      IsWord(i - 1, "july"))
    return i;
  return i + 1;
}

bool Matcher::SameSentence(size_t a, size_t b) const {
  return a < toks_.size() && b < toks_.size() && toks_[a].sentence == toks_[b].sentence;
}

bool Matcher::FutureContext(size_t i) const {
  size_t lo = i > 8 ? i - 8 : 0;
  size_t hi = i + 6 < toks_.size() ? i + 6 : toks_.size();
  bool weak = false, past = false;
  for (size_t k = lo; k < hi; ++k) {
    if (!SameSentence(k, i) || toks_[k].kind != TokKind::kWord) continue;
    const WordInfo* w = Info(k);
    if (w != nullptr && (w->flags & kFutureCue)) return true;
    if (w != nullptr && (w->flags & kWeakFutureCue)) weak = true;
    if (w != nullptr && (w->flags & kPastCue)) past = true;
    // A lower-case word ending in "-ed" ("extended", "fired"): a past verb.
    const Tok& t = toks_[k];
    if (w == nullptr && t.end - t.start > 4 && !(t.flags & kCapital) && text_[t.end - 1] == 'd' &&
        text_[t.end - 2] == 'e')
      past = true;
  }
  return weak && !past;
}

std::string_view Matcher::Text(size_t first, size_t last_exclusive) const {
  return text_.substr(toks_[first].start, toks_[last_exclusive - 1].end - toks_[first].start);
}

// ---------------------------------------------------------------- emission

size_t Matcher::Emit(size_t first, size_t last_exclusive, TimeType type, std::string value,
                     std::string_view rule) {
  TimeMention m;
  m.start = toks_[first].start;
  m.end = toks_[last_exclusive - 1].end;
  m.type = type;
  m.value = std::move(value);
  m.rule = rule;
  m.sentence = toks_[first].sentence;
  out_->push_back(std::move(m));
  year_inferred_.push_back(false);
  return out_->size() - 1;
}

void Matcher::Warn(size_t first, size_t last_exclusive, std::string_view message) {
  if (warnings_ == nullptr) return;
  std::string w = "times: \"";
  w.append(Text(first, last_exclusive));
  w.append("\" at byte ");
  w.append(std::to_string(toks_[first].start));
  w.append(": ");
  w.append(message);
  warnings_->push_back(std::move(w));
}

void Matcher::MarkRelative(TimeMention* m) {
  if (dct_.valid()) {
    m->anchor = TimeAnchor::kDocumentDate;
  } else {
    m->value.clear();
    m->null_reason = "no document date";
  }
}

std::optional<size_t> Matcher::LastDateItem(bool need_day) const {
  size_t n = out_->size();
  for (size_t k = n, seen = 0; k > base_ && seen < 24; --k, ++seen) {
    const TimeMention& m = (*out_)[k - 1];
    if (m.type == TimeType::kDuration || m.type == TimeType::kSet) continue;
    if (need_day && !ParseIsoDate(m.value.substr(0, 10)).valid()) continue;
    if (m.value.size() >= 4 && m.value[0] >= '0' && m.value[0] <= '9' && m.value[1] >= '0' &&
        m.value[1] <= '9' && m.value[2] >= '0' && m.value[3] >= '0' && m.value[3] <= '9')
      return k - 1;
  }
  return std::nullopt;
}

void Matcher::ApplyPrefix(const Prefix& p, size_t first_item) {
  for (size_t k = first_item; k < out_->size(); ++k) {
    TimeMention& m = (*out_)[k];
    if (!p.part.empty() && m.value.size() == 10 && m.type == TimeType::kDate) {
      m.value.append("T");
      m.value.append(p.part);
      m.type = TimeType::kTime;
    }
    if (k == first_item) {
      if (!p.mod.empty() && m.mod.empty()) m.mod = std::string(p.mod);
      // "since 2009" -> on_or_after, "before 1994" -> before.
      const WordInfo* prep = p.begin > 0 ? Info(p.begin - 1) : nullptr;
      if (m.mod.empty() && prep != nullptr && !prep->prep_mod.empty() &&
          (m.type == TimeType::kDate || m.type == TimeType::kTime) && !m.range_other)
        m.mod = std::string(prep->prep_mod);
      if ((!p.mod.empty() && !p.mod_outside) || !p.part.empty()) m.start = toks_[p.begin].start;
    }
  }
  // A range made by one rule carries its ends' values: refresh them.
  for (size_t k = first_item; k < out_->size(); ++k) {
    TimeMention& m = (*out_)[k];
    if (!m.range_other || *m.range_other < first_item) continue;
    const TimeMention& o = (*out_)[*m.range_other];
    bool first = *m.range_other > k;
    m.range = first ? m.value + "/" + o.value : o.value + "/" + m.value;
  }
}

// ---------------------------------------------------------------- driver

Prefix Matcher::ReadPrefix(size_t i) const {
  Prefix p;
  p.begin = i;
  size_t j = i;
  if (IsWord(j, "the")) {
    p.has_the = true;
    ++j;
  }
  const WordInfo* w = Info(j);
  if (p.has_the && w != nullptr && !w->day_part.empty() && IsWord(j + 1, "of")) {
    p.part = w->day_part;  // "the night of"
    j += 2;
    w = Info(j);
  }
  if (p.has_the && w != nullptr && (w->flags & kModOf) && IsWord(j + 1, "of")) {
    p.mod = w->mod;  // "the end of"
    p.of_mod = true;
    j += 2;
    if (IsWord(j, "the")) {
      ++j;
      p.has_the = true;
    }
    p.core = j;
    return p;
  }
  if (w != nullptr && (w->flags & kModPre)) {
    p.mod = w->mod;  // "early", "nearly", "mid-"
    p.mod_outside = (w->flags & kModOutside) != 0;
    ++j;
    if (IsPunct(j, '-') && Tight(j)) ++j;
    if (IsWord(j, "on") && (p.mod == "start" || p.mod == "end")) ++j;  // "late on Saturday"
  } else if ((IsWord(j, "more") || IsWord(j, "less") || IsWord(j, "fewer")) &&
             IsWord(j + 1, "than")) {
    p.mod = IsWord(j, "more") ? "more_than" : "less_than";
    j += 2;
  } else if (IsWord(j, "at") && (IsWord(j + 1, "least") || IsWord(j + 1, "most"))) {
    p.mod = IsWord(j + 1, "least") ? "equal_or_more" : "equal_or_less";
    j += 2;
  } else if (IsWord(j, "up") && IsWord(j + 1, "to") && !p.has_the) {
    p.mod = "equal_or_less";
    j += 2;
  } else if (IsWord(j, "a") && IsWord(j + 1, "mere")) {
    j += 2;
  }
  p.core = j;
  return p;
}

// TryCore's rules for a number core ("12", "1990s", "3rd", "4.17").
size_t Matcher::TryNumberCore(const Prefix& p, const Tok& t) {
  size_t j = p.core;
  size_t r = 0;
  bool ordinal = (t.flags & kOrdinal) != 0;
  bool separated = (t.flags & kSeparated) != 0;
  bool year = IsPlainNumber(j) && t.digits == 4;
  if (!r && (separated || IsPunct(j + 1, '-') || IsPunct(j + 1, '/'))) r = RuleNumericDate(p);
  if (!r && (t.digits <= 2 || ordinal)) r = RuleDayFirst(p, j, j);
  if (!r && (t.flags & kDecade)) r = RuleDecade(p);
  if (!r && ordinal) r = RuleCentury(p);
  if (!r && (ordinal || year)) r = RuleQuarter(p);
  if (!r && ordinal) r = RuleAnniversary(p);
  if (!r && (separated || t.digits <= 2)) r = RuleTimeOfDay(p);
  if (!r && !(t.flags & (kOrdinal | kDecade))) r = RuleCountUnit(p);
  if (!r && year) r = RuleYear(p);
  return r;
}

// TryCore's calendar rules for a word core (weekday, month, number word,
// quarter, season, holiday).
size_t Matcher::TryWordDateCore(const Prefix& p, const Tok& t) {
  size_t j = p.core;
  size_t r = 0;
  const WordInfo* w = t.info;
  bool weekday = w != nullptr && w->weekday != 0;
  bool number = w != nullptr && w->number_kind != NumberKind::kNone;
  if (!r && weekday) r = RuleWeekdayDate(p);
  if (!r && w != nullptr && w->month != 0) r = RuleMonthFirst(p, j, j);
  if (!r && number) r = RuleDayFirst(p, j, j);
  if (!r && number) r = RuleCentury(p);
  bool fiscal = IsWord(j, "fiscal");
  if (!r && (number || fiscal ||
             (p.has_the && (IsWord(j, "latest") || (w != nullptr && w->unit == Unit::kQuarter))))) {
    r = RuleQuarter(p);
  }
  if (!r && number) r = RuleAnniversary(p);
  if (!r && w != nullptr && !w->season.empty()) r = RuleSeason(p);
  if (!r && w != nullptr && w->holiday_month != 0) r = RuleHoliday(p);
  return r;
}

// TryCore's relative, counted and set rules for a word core (run after
// TryWordDateCore).
size_t Matcher::TryWordRelativeCore(const Prefix& p, const Tok& t) {
  size_t j = p.core;
  size_t r = 0;
  const WordInfo* w = t.info;
  bool weekday = w != nullptr && w->weekday != 0;
  bool number = w != nullptr && w->number_kind != NumberKind::kNone;
  if (!r && w != nullptr && (w->flags & kHasRelDay)) r = RuleRelativeDay(p);
  if (!r && weekday) r = RuleWeekday(p);
  if (!r && w != nullptr &&
      (w->unit != Unit::kNone || (w->flags & kHasQualifier) || IsWord(j, "first") ||
       IsWord(j, "final"))) {
    r = RuleQualified(p);
  }
  if (!r && w != nullptr && !w->set_value.empty()) r = RuleSet(p);
  if (!r && (number || (w != nullptr && (w->flags & kHasQuantity)))) r = RuleCountUnit(p);
  if (!r && w != nullptr && w->unit != Unit::kNone) r = RuleBarePluralUnit(p);
  if (!r && (p.has_the || (w != nullptr && !w->reference.empty()))) r = RuleReference(p);
  if (!r && IsWord(j, "overnight")) r = RuleDayPartAlone(p);
  if (!r && IsWord(j, "fiscal")) r = RuleYear(p);  // "fiscal 1989"
  return r;
}

size_t Matcher::TryCore(const Prefix& p) {
  size_t j = p.core;
  if (j >= toks_.size()) return 0;
  size_t first_item = out_->size();
  size_t r = 0;
  const Tok& t = toks_[j];
  // A rule is skipped when the core token fails the first test the rule
  // itself makes (an ordinal for the century rule, a month name for the
  // month rule ...); the order of the rules is the order of precedence.
  if (t.kind == TokKind::kNumber) {
    r = TryNumberCore(p, t);
  } else if (t.kind == TokKind::kWord) {
    r = TryWordDateCore(p, t);
    if (!r) r = TryWordRelativeCore(p, t);
  } else if (t.punct == '\'') {
    r = RuleDecade(p);
    if (!r) r = RuleYear(p);
  }
  if (r) ApplyPrefix(p, first_item);
  return r;
}

size_t Matcher::TryAt(size_t i) {
  const Tok& t = toks_[i];
  if (t.kind == TokKind::kPunct && t.punct != '\'') return i;
  if (t.kind == TokKind::kWord) {
    // Words that only matter as context ("in", "since", "will") start
    // nothing; "the", "a" only start something before a time word or number.
    bool opener = IsWord(i, "the") || IsWord(i, "a") || IsWord(i, "an");
    if (opener) {
      if (i + 1 >= toks_.size()) return i;
      const Tok& n = toks_[i + 1];
      if (n.kind == TokKind::kPunct) return i;
      if (n.kind == TokKind::kWord && n.info == nullptr && !IsWord(i + 1, "future") &&
          !IsWord(i + 1, "present") && !IsWord(i + 1, "final") && !IsWord(i + 1, "mere") &&
          !IsWord(i + 1, "near") && !IsWord(i + 1, "distant") && !IsWord(i + 1, "foreseeable") &&
          !IsWord(i + 1, "immediate"))
        return i;
    } else if (t.info == nullptr || !(t.info->flags & kTrigger)) {
      bool two_word_mod = ((IsWord(i, "more") || IsWord(i, "less") || IsWord(i, "fewer")) &&
                           IsWord(i + 1, "than")) ||
                          (IsWord(i, "at") && (IsWord(i + 1, "least") || IsWord(i + 1, "most"))) ||
                          (IsWord(i, "up") && IsWord(i + 1, "to"));
      if (!two_word_mod) return i;
    }
  }
  Prefix p = ReadPrefix(i);
  size_t r = TryCore(p);
  return r > i ? r : i;
}

void Matcher::Run() {
  size_t i = 0;
  while (i < toks_.size()) {
    if (!(toks_[i].flags & kMayStart)) {
      ++i;
      continue;
    }
    size_t r = TryAt(i);
    i = r > i ? r : i + 1;
  }
  BorrowYears();
  LinkRanges();
}

// "34 years ago, on the night of 25-26 February": a date without a year
// right after a date with one, in the same sentence, takes that year.
void Matcher::BorrowYears() {
  // "that January day in 2011", "on 26 February of 1992": a year right after.
  for (size_t k = base_; k + 1 < out_->size(); ++k) {
    TimeMention& m = (*out_)[k];
    const TimeMention& n = (*out_)[k + 1];
    if (!year_inferred_[k - base_] || m.range_other || n.rule != std::string_view("year") ||
        n.sentence != m.sentence || n.start < m.end || n.start - m.end > 16 || m.value.size() < 4)
      continue;
    std::string_view gap = text_.substr(m.end, n.start - m.end);
    size_t in = gap.find(" in ");
    size_t of = gap.find(" of ");
    if (in == std::string_view::npos && of == std::string_view::npos) continue;
    m.value.replace(0, 4, n.value);
    m.anchor = TimeAnchor::kMention;
    m.anchor_index = k + 1;
    year_inferred_[k - base_] = false;
  }
  for (size_t k = base_ + 1; k < out_->size(); ++k) {
    if (!year_inferred_[k - base_]) continue;
    TimeMention& m = (*out_)[k];
    size_t p = k - 1;
    if (m.range_other && *m.range_other == p) {
      if (p == base_) continue;
      --p;
    }
    const TimeMention& prev = (*out_)[p];
    if (year_inferred_[p - base_] || prev.sentence != m.sentence || m.start < prev.end ||
        m.start - prev.end > 40 || prev.type == TimeType::kDuration ||
        prev.type == TimeType::kSet || prev.value.size() < 4 || m.value.size() < 4)
      continue;
    bool digits = true;
    for (int x = 0; x < 4; ++x) digits = digits && prev.value[x] >= '0' && prev.value[x] <= '9';
    if (!digits || m.value.compare(0, 4, prev.value, 0, 4) == 0) continue;
    m.value.replace(0, 4, prev.value.substr(0, 4));
    m.anchor = TimeAnchor::kMention;
    m.anchor_index = p;
    year_inferred_[k - base_] = false;
    if (m.range_other && *m.range_other == k + 1 && k + 1 < out_->size() &&
        year_inferred_[k + 1 - base_]) {
      TimeMention& o = (*out_)[k + 1];
      o.value.replace(0, 4, prev.value.substr(0, 4));
      o.anchor = TimeAnchor::kMention;
      o.anchor_index = p;
      year_inferred_[k + 1 - base_] = false;
      m.range = o.range = m.value + "/" + o.value;
      ++k;
    }
  }
}

// ---------------------------------------------------------------- ranges

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n'))
    s.remove_suffix(1);
  return s;
}

bool IsDashText(std::string_view s) {
  return s == "-" || s == "\xE2\x80\x93" || s == "\xE2\x80\x94" || s == "--" ||
         s == "\xE2\x80\x90" || s == "\xE2\x80\x91";
}

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t k = 0; k < s.size(); ++k) {
    char c = s[k];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[k]) return false;
  }
  return true;
}

// The word just before byte `pos`, lower-case compared by the caller.
std::string_view WordBefore(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n')) --e;
  size_t s = e;
  while (s > 0 && ((text[s - 1] | 32) >= 'a' && (text[s - 1] | 32) <= 'z')) --s;
  return text.substr(s, e - s);
}

bool CalendarValue(const std::string& v) {
  return v.size() >= 4 && v[0] >= '0' && v[0] <= '9' && v[3] >= '0' && v[3] <= '9';
}

}  // namespace

void Matcher::LinkRanges() {
  for (size_t k = base_; k + 1 < out_->size(); ++k) {
    TimeMention& a = (*out_)[k];
    TimeMention& b = (*out_)[k + 1];
    if (a.range_other || b.range_other) continue;
    if (a.type == TimeType::kDuration || a.type == TimeType::kSet ||
        b.type == TimeType::kDuration || b.type == TimeType::kSet)
      continue;
    if (b.start < a.end || b.start - a.end > 12) continue;
    std::string_view mid = Trim(text_.substr(a.end, b.start - a.end));
    bool dash = IsDashText(mid);
    bool word = EqualsLower(mid, "to") || EqualsLower(mid, "until") || EqualsLower(mid, "till") ||
                EqualsLower(mid, "through") || EqualsLower(mid, "thru") || EqualsLower(mid, "and");
    if (!dash && !word) continue;
    std::string_view before = WordBefore(text_, a.start);
    bool opened = EqualsLower(before, "from") || EqualsLower(before, "between");
    if (EqualsLower(mid, "and") && !EqualsLower(before, "between")) continue;
    if (word && !opened) continue;
    // The first end borrows the second's year when it had none of its own.
    size_t ia = k - base_, ib = k + 1 - base_;
    if (year_inferred_[ia] && !year_inferred_[ib] && CalendarValue(a.value) &&
        CalendarValue(b.value))
      a.value.replace(0, 4, b.value.substr(0, 4));
    // ... and the second end follows the first: "between November and
    // February" runs into the next year.
    if (year_inferred_[ib] && CalendarValue(a.value) && CalendarValue(b.value) &&
        b.value < a.value) {
      int y = std::atoi(a.value.substr(0, 4).c_str());
      b.value.replace(0, 4, FormatYear(y));
      if (b.value < a.value) b.value.replace(0, 4, FormatYear(y + 1));
    }
    if (a.value.empty() || b.value.empty()) continue;
    std::string range = a.value + "/" + b.value;
    a.range = range;
    b.range = range;
    a.range_other = k + 1;
    b.range_other = k;
    ++k;
  }
}

}  // namespace dossier::times
