// Attribution of quotes between marks. For each span it reads the clause
// before the opening mark and after the closing mark (bounded, never past
// the neighbouring quotes), tries the usual news shapes in order and falls
// back to the previous quote's speaker for coordinated and continued quotes.
// It does not look for indirect speech (indirect.cc).
#include <algorithm>
#include <string>

#include "extract/quotes/clauses.h"
#include "extract/quotes/events.h"
#include "extract/quotes/finder.h"
#include "extract/quotes/runs.h"

namespace dossier::quotes {
namespace {

constexpr std::string_view kRuleAfter = "quote_speaker_after";
constexpr std::string_view kRuleInverted = "quote_speaker_inverted";
constexpr std::string_view kRuleBefore = "quote_speaker_before";
constexpr std::string_view kRuleDash = "quote_speaker_dash";
constexpr std::string_view kRuleColonSubject = "quote_colon_subject";
constexpr std::string_view kRulePhrase = "quote_cue_phrase";
constexpr std::string_view kRuleColon = "quote_colon_paragraph";
constexpr std::string_view kRuleCoordinated = "quote_coordinated";
constexpr std::string_view kRuleContinued = "quote_continued";
constexpr std::string_view kRuleUnattributed = "quote_unattributed";
constexpr std::string_view kRuleAsPutIt = "quote_as_put_it";
constexpr std::string_view kRuleParticiple = "quote_participle_clause";
constexpr std::string_view kRuleColonName = "quote_colon_name";
constexpr std::string_view kRuleSignature = "quote_signature_line";
constexpr std::string_view kRuleSentenceSubject = "quote_sentence_subject";
constexpr std::string_view kRulePreviousSentence = "quote_previous_sentence";
constexpr std::string_view kRulePreviousSubject = "quote_previous_subject";
constexpr std::string_view kRuleSentenceEnd = "quote_sentence_end";
constexpr std::string_view kRuleLabel = "quote_transcript_label";
constexpr std::string_view kRuleView = "quote_view_subject";

class Marked {
 public:
  Marked(std::string_view text, const std::vector<Sentence>& sentences,
         const std::vector<QuoteSpan>& spans, Attributor* attributor)
      : text_(text), sentences_(sentences), spans_(spans), at_(attributor) {}

  void Run(std::vector<Quote>* out) {
    attrs_.assign(spans_.size(), Attribution{});
    speech_in_double_ = std::any_of(spans_.begin(), spans_.end(),
                                    [&](const QuoteSpan& q) { return DoubleMarked(text_, q); });
    for (size_t i = 0; i < spans_.size(); ++i) One(i, out);
  }

 private:
  bool IsPunct(const Tok& t, char c) const { return TokIsChar(text_, t, c); }
  std::string_view Words(size_t a, size_t b) const { return text_.substr(a, b - a); }
  [[nodiscard]] bool IsPut(const Tok& t) const {
    return TokIs(text_, t, "put") || TokIs(text_, t, "puts");
  }
  // The speaker was read on the quote's own line or sentence, not carried
  // over from an earlier quote or sentence.
  static bool OwnAttribution(const Attribution& a) {
    return a.found && a.rule != kRuleContinued && a.rule != kRuleCoordinated &&
           a.rule != kRulePreviousSubject && a.rule != kRulePreviousSentence;
  }
  // The after-context tokens that start at or after byte pos.
  std::string_view Rest(size_t pos) const {
    for (const Tok& t : after_) {
      if (t.start >= pos) return text_.substr(t.start, after_.back().end - t.start);
    }
    return {};
  }

  void One(size_t i, std::vector<Quote>* out) {
    const QuoteSpan& q = spans_[i];
    size_t lo = LineStart(text_, q.open, kMaxContext);
    if (i > 0 && spans_[i - 1].close_end > lo) lo = spans_[i - 1].close_end;
    bool cut = TokenizeLastSentence(text_, lo, q.open, &before_);
    // A paragraph escaped with tripled marks ("""We have to ..."): the stray
    // marks before the quote's own mark are no words before it.
    if (std::all_of(before_.begin(), before_.end(),
                    [&](const Tok& t) { return IsPunct(t, '"') || IsPunct(t, '\''); }))
      before_.clear();
    TokenizeAfter(i);

    Attribution& a = attrs_[i];
    full_stop_ = q.end > q.start && text_[q.end - 1] == '.' && !Reopens(text_, q);
    bool direct = IsDirect();
    bool before_first = BeforeFirst(direct);
    if (q.label_end > q.label_start) {
      // "WALLACE: ..." in a transcript: the label names the speaker.
      a.found = true;
      a.speaker = std::string(Words(q.label_start, q.label_end));
      a.speaker_start = q.label_start;
      a.speaker_end = q.label_end;
      a.rule = kRuleLabel;
    } else if (i > 0 && q.open == spans_[i - 1].close_end && attrs_[i - 1].found) {
      // A paragraph of the quote before whose marks were lost ("... the
      // end. "Then ..."): the same speaker.
      Inherit(i, kRuleContinued, &a);
    } else if (AsPutIt(before_, static_cast<int>(before_.size()), q.open, &a)) {
      // "As Halden put it, “...”": the nearest attribution before the quote.
    } else if (NameBeforeDash() && DashBefore(q.open, &a)) {
      // "..., including Mira Halden -- “...” --": the name wins over an
      // earlier verb whose subject is the whole group.
    } else if (before_first && i > 0 && !cut && lo == spans_[i - 1].close_end &&
               attrs_[i - 1].found && !EndsInside(spans_[i - 1]) && CoordinatedCue()) {
      // "Reyes said it was “A” and claimed the board had “B”": the verb
      // after "and" shares the subject of the earlier quote's verb.
      Inherit(i, kRuleCoordinated, &a);
    } else if (before_first) {
      if (!Before(before_, q.open, &a)) After(q.open, &a);
    } else {
      if (!After(q.open, &a)) Before(before_, q.open, &a);
    }
    if (!a.found && before_.empty() && lo == LineStart(text_, q.open, kMaxContext))
      ColonParagraph(q.open, &a);
    if (!a.found && !before_.empty()) NameColon(q.open, &a);
    if (!a.found && !before_.empty() && IsPunct(before_.back(), ':')) {
      // "President Obama is rolling out a new message: “...”"
      int colon = static_cast<int>(before_.size()) - 1;
      Who who = at_->ClauseSubject(before_, 0, colon);
      bool sender = false;
      if (who.kind == Who::kDescription) {
        // "The review ended on a grim note:": a past-tense verb ends the
        // described speaker.
        int f = 0;
        while (f < colon && before_[f].start < who.end) ++f;
        int first = 0;
        while (first < f && before_[first].start < who.start) ++first;
        std::string_view last = TokText(text_, before_[f - 1]);
        if (f - 1 >= first + 2 && !before_[f - 1].cap && last.size() > 3 &&
            last.substr(last.size() - 2) == "ed")
          who.end = before_[f - 2].end;
        // "A message from Mira Halden: “...”": the name after from or by.
        if (f + 1 < colon && (TokIs(text_, before_[f], "from") || TokIs(text_, before_[f], "by"))) {
          Who named = at_->PhraseAfter(before_, f + 1, colon);
          if (named.kind == Who::kName) {
            who = named;
            sender = true;
          }
        }
      }
      // "He paused: “...”", "The report put it bluntly: “...”": a pronoun or
      // a described speaker opening the clause does too.
      // "Secretary of the Navy Jo Reyes: “...”": the name after an office.
      int first_word = 0;
      while (first_word < colon && before_[first_word].kind != TokKind::kWord) ++first_word;
      bool office = false;
      if (who.kind == Who::kName && first_word < colon && before_[first_word].cap &&
          who.end == before_[colon - 1].end) {
        for (int k = first_word + 1; k < colon && before_[k].start < who.start; ++k)
          office = office || TokIs(text_, before_[k], "of");
      }
      bool clause =
          who.kind != Who::kNone && before_.size() >= 2 &&
          (sender || office || before_[before_.size() - 2].end > who.end);  // words between
      if (clause && at_->Resolve(who, q.open, &a)) a.rule = kRuleColonSubject;
    }
    if (!a.found) DashBefore(q.open, &a);
    if (!a.found && direct && q.closed && after_.empty() && before_.empty()) SignatureLine(q, &a);
    if (!a.found) ParticipleClause(q.open, &a);
    if (!a.found && OpeningParticiple(text_, before_, after_, q.open, at_, &a))
      a.rule = kRuleParticiple;
    // Another quote earlier in the same sentence, with no cue in between:
    // its speaker ("... admitted “one or two” cases had “slipped through”").
    if (!a.found && i > 0 && !cut && SameLine(text_, spans_, i)) Inherit(i, kRuleCoordinated, &a);
    if (!a.found && direct && before_.empty() && at_->SubjectBeforeQuote(q.open, &a))
      a.rule = kRulePreviousSubject;
    if (!a.found && i > 0 && direct && Adjacent(text_, spans_, i)) Inherit(i, kRuleContinued, &a);
    if (!a.found && direct && cut && before_.empty()) PreviousSentence(lo, q.open, &a);
    if (!a.found && !direct) SentenceEnd(q, &a);
    // "“It is high time” the port reopened, said Jo Reyes.": a quote that
    // opens its sentence and runs on into a clause of the writer's.
    if (!a.found && direct && before_.empty() && RunsOn(q)) SentenceEnd(q, &a);
    // "Police considered him “stable”": a verb of view or feeling.
    if (!a.found && !direct && ViewAttribution(text_, before_, q.open, at_, &a)) a.rule = kRuleView;
    if (q.mention || !WorthReporting(text_, q, direct, a.found, &words_)) return;
    if (speech_in_double_ && !OwnAttribution(a) && HeadlineLine(text_, q)) return;
    // Reported without a speaker: a phrase quoted in the predicate of a
    // clause whose subject is a name ("Jo Reyes is calling the plan “a
    // waste of public money”") is that speaker's.
    if (!a.found && !direct) SentenceSubject(q.open, &a);
    // "“...,” Reyes said. The board is “...”": a phrase quoted in the
    // sentence right after a quote whose speaker is named after it, on the
    // same line, with no speaker of its own: the same speaker.
    if (!a.found && !direct && i > 0 && cut && AfterAttributed(i)) Inherit(i, kRuleContinued, &a);
    Quote quote;
    quote.start = q.start;
    quote.end = q.end;
    quote.kind = direct ? QuoteKind::kDirect : QuoteKind::kPartial;
    quote.sentence = SentenceAt(sentences_, q.start);
    quote.speaker = a.speaker;
    quote.speaker_start = a.speaker_start;
    quote.speaker_end = a.speaker_end;
    quote.verb = a.verb;
    quote.rule = a.found ? a.rule : kRuleUnattributed;
    out->push_back(std::move(quote));
  }

  // The clause after spans_[i] into after_: up to the end of its sentence,
  // the line or the next quote.
  void TokenizeAfter(size_t i) {
    const QuoteSpan& q = spans_[i];
    size_t hi = LineEnd(text_, q.close_end, kMaxContext);
    if (i + 1 < spans_.size() && spans_[i + 1].open < hi) hi = spans_[i + 1].open;
    after_.clear();
    chain_ = false;
    if (!q.closed) return;
    if (!Reopens(text_, q)) {
      FirstSentence(q.close_end, hi, &after_);
      return;
    }
    // "“A. “B,” he said": the attribution follows the mark that ends the
    // run of reopened paragraphs. When the pairer gave those paragraphs
    // spans of their own (each opens where the one before closed), the run
    // ends with the last of them, and only a comma, "?" or "!" before its
    // mark leaves the sentence open for an attribution.
    size_t j = i + 1;
    while (j < spans_.size() && spans_[j].open == spans_[j - 1].close_end) ++j;
    chain_ = j > i + 1;
    size_t next = j < spans_.size() ? spans_[j].open : text_.size();
    size_t c = std::string_view::npos;
    if (j == i + 1) {
      c = ChainClose(text_, q.close_end, next);
    } else if (!Reopens(text_, spans_[j - 1]) && Attributed(text_, spans_[j - 1])) {
      c = spans_[j - 1].close_end;
    }
    if (c != std::string_view::npos) {
      TokenizeFirstSentence(text_, c, std::min(LineEnd(text_, c, kMaxContext), next), &after_);
    }
  }

  // TokenizeFirstSentence, read on past the full stop of an abbreviated
  // rank before a name ("said Police Capt. Jo Reyes").
  void FirstSentence(size_t from, size_t hi, std::vector<Tok>* out) {
    TokenizeFirstSentence(text_, from, hi, out);
    for (int more = 0; more < 4 && !out->empty(); ++more) {
      const Tok& last = out->back();
      size_t dot = last.end;
      if (dot + 2 >= hi || text_[dot] != '.' || text_[dot + 1] != ' ' ||
          last.kind != TokKind::kWord || !last.cap ||
          !(at_->lexicon().Classes(TokText(text_, last)) & kAbbrev))
        return;
      TokenizeFirstSentence(text_, dot + 1, hi, &more_);
      if (more_.empty() || !more_[0].cap) return;
      Tok stop;
      stop.start = static_cast<uint32_t>(dot);
      stop.end = static_cast<uint32_t>(dot + 1);
      stop.kind = TokKind::kPunct;
      out->push_back(stop);
      out->insert(out->end(), more_.begin(), more_.end());
    }
  }

  // Whether the clause before the quote is read before the one after it.
  [[nodiscard]] bool BeforeFirst(bool direct) const {
    // "... the process “may take months”, the spokesman said": a partial
    // quote whose sentence ends in its attribution.
    if (!direct) return !CommaAttribution();
    if (before_.empty()) return false;
    // "Reyes added: “A. “B. “C,” said Ann Lee": a quote run over paragraphs
    // whose marks were lost belongs to the speaker who introduces it; the
    // attribution after it may be another quote's.
    if (IsPunct(before_.back(), ':') && chain_) return true;
    return IsPunct(before_.back(), ',');
  }

  // A whole sentence or more: the quote opens its sentence, or follows a
  // colon or a speech verb ("He said, “...”").
  bool IsDirect() const {
    if (before_.empty()) return true;
    const Tok& last = before_.back();
    if (IsPunct(last, ':')) return true;
    int n = static_cast<int>(before_.size());
    if (IsPunct(last, ',') && n >= 3 && IsPut(before_[n - 3]) && TokIs(text_, before_[n - 2], "it"))
      return true;  // "As Halden put it, “...”"
    if (IsPunct(last, ',') && n >= 2) return at_->CueAt(before_, n - 2).verb != nullptr;
    return false;
  }

  bool Set(const Who& who, size_t anchor, size_t verb_start, size_t verb_end, std::string_view rule,
           Attribution* a) {
    if (!at_->Resolve(who, anchor, a)) return false;
    a->verb = std::string(Words(verb_start, verb_end));
    a->rule = rule;
    return true;
  }

  // "As Halden put it, “...”", "as the weekly put it in a long profile,
  // “...”": the words between "as" and "put it" name the speaker. toks[0,
  // end) is read; the pattern must come within the last few tokens, so a
  // "put it" far back in the clause says nothing about this quote.
  bool AsPutIt(const std::vector<Tok>& toks, int end, size_t anchor, Attribution* a) {
    constexpr int kReach = 16;  // tokens from "put it" to the quote
    for (int v = end - 2; v >= 1 && v >= end - kReach; --v) {
      if (!IsPut(toks[v]) || !TokIs(text_, toks[v + 1], "it")) continue;
      // "as Ivo Marek, a pilot on the route, once put it": an appositive
      // may come between the name and the verb.
      for (int s = v - 1; s >= 0 && s >= v - 30; --s) {
        if (IsPunct(toks[s], ':') || IsPunct(toks[s], ';')) break;
        if (!TokIs(text_, toks[s], "as")) continue;
        Who who = at_->PhraseAfter(toks, s + 1, v);
        if (who.kind == Who::kNone || who.end > toks[v].start) return false;
        if (!at_->Resolve(who, anchor, a)) return false;
        a->verb = std::string(Words(toks[v].start, toks[v + 1].end));
        a->rule = kRuleAsPutIt;
        return true;
      }
      return false;
    }
    return false;
  }

  // The quote follows a dash right after a capitalised word: "including
  // Mira Halden -- “...”".
  bool NameBeforeDash() const {
    int d = DashBeforeQuote();
    return d >= 1 && before_[d - 1].kind == TokKind::kWord && before_[d - 1].cap;
  }

  // The index in before_ of the dash ("--" or an em or en dash) that ends
  // it, -1 when it ends otherwise.
  int DashBeforeQuote() const {
    int d = static_cast<int>(before_.size()) - 1;
    if (d < 1 || before_[d].kind != TokKind::kPunct) return -1;
    if (IsPunct(before_[d], '-') && IsPunct(before_[d - 1], '-')) return d - 1;
    return before_[d].end - before_[d].start == 3 ? d : -1;  // an em or en dash
  }

  // "“...,” Halden said", "“...,” said Mira Halden", "“...,” according to ...".
  bool After(size_t anchor, Attribution* a) {
    int n = static_cast<int>(after_.size());
    int k = 0;
    bool dash = false;
    // A mark left over from a quote inside the quote ("the word 'old-school,''' said").
    if (k + 1 < n && (IsPunct(after_[k], '\'') || IsPunct(after_[k], '"'))) ++k;
    const int start = k;
    if (k < n && (IsPunct(after_[k], ',') || IsDash(after_[k]))) {
      dash = !IsPunct(after_[k], ',');
      ++k;
    }
    if (k >= n) return false;
    // "“... the end.” Reyes later added that ...": after a full stop inside
    // the marks, a capitalised word opens the next sentence, which only
    // attributes the quote when it ends at its verb ("“...?” Reyes said.").
    bool verb_last = k == start && full_stop_ && after_[k].kind == TokKind::kWord && after_[k].cap;
    if (TokIs(text_, after_[k], "as")) {
      // "“...,” as Halden put it."
      int e = std::min(n, k + 10);
      if (AsPutIt(after_, e, anchor, a)) return true;
    }
    CueHit h = at_->CueAt(after_, k);
    if (h.index == k) {
      if (h.verb != nullptr && !(h.verb->flags & kInvertible)) return false;
      Who who = at_->PhraseAfter(after_, h.after, n);
      return Set(who, anchor, after_[k].start, after_[h.after - 1].end,
                 h.phrase ? kRulePhrase : kRuleInverted, a);
    }
    Who named = at_->PhraseAfter(after_, k, n);
    if (named.kind != Who::kNone && !verb_last && LongAppositive(named, k, anchor, a)) return true;
    if (dash && named.kind == Who::kName && Rest(named.end).empty()) {
      // "“...” — Mira Halden": a signature line.
      if (!at_->Resolve(named, anchor, a)) return false;
      a->rule = kRuleDash;
      return true;
    }
    for (int v = k + 1; v < n && v <= k + 14; ++v) {
      const Tok& t = after_[v];
      if (t.kind == TokKind::kPunct && !IsPunct(t, ',') && !IsPunct(t, '.') && !IsPunct(t, '(') &&
          !IsPunct(t, ')') && !InnerHyphen(after_, v))
        return false;
      h = at_->CueAt(after_, v);
      if (h.verb == nullptr || (h.verb->flags & kObject)) continue;
      if (verb_last && v + 1 < n) return false;
      Who who = SubjectAfterQuote(k, v);
      // "“...” The motive was a feud, police said.": a sentence of its own
      // whose subject does not open it.
      if (verb_last && who.start != after_[k].start) return false;
      return Set(who, anchor, t.start, t.end, kRuleAfter, a);
    }
    return false;
  }

  // "the 24-year-old": a hyphen between two tokens it touches.
  [[nodiscard]] bool InnerHyphen(const std::vector<Tok>& toks, int v) const {
    return IsPunct(toks[v], '-') && v > 0 && v + 1 < static_cast<int>(toks.size()) &&
           toks[v].start == toks[v - 1].end && toks[v + 1].start == toks[v].end;
  }

  // The speaker of the verb at after_[v], the words from after_[k] on.
  [[nodiscard]] Who SubjectAfterQuote(int k, int v) const {
    Who who = QuotedAs(after_, k, v);  // "Reuters quoted one trader as saying"
    if (who.kind != Who::kNone) return who;
    who = at_->SubjectBefore(after_, k, v);
    return who.kind == Who::kNone ? Loose(k, v) : who;
  }

  // "“...,” Scott Pruitt, the attorney general of a state suing the agency,
  // said": a speaker, then an appositive of any length, then ", said".
  bool LongAppositive(const Who& who, int k, size_t anchor, Attribution* a) {
    int n = static_cast<int>(after_.size());
    int next = k;
    while (next < n && after_[next].start < who.end) ++next;
    if (next >= n || (!IsPunct(after_[next], ',') && !IsPunct(after_[next], '('))) return false;
    for (int v = next + 1; v < n && v <= k + 45; ++v) {
      if (!IsPunct(after_[v - 1], ',') && !IsPunct(after_[v - 1], ')')) continue;
      CueHit h = at_->CueAt(after_, v);
      if (h.verb == nullptr) continue;
      return Set(who, anchor, after_[v].start, after_[v].end, kRuleAfter, a);
    }
    return false;
  }

  // The after-context opens with a comma and an attribution: an inverted
  // verb ("said Jo Reyes") or a speaker right before the verb ("the
  // spokesman said").
  [[nodiscard]] bool CommaAttribution() const {
    int n = static_cast<int>(after_.size());
    if (n < 3 || !IsPunct(after_[0], ',')) return false;
    CueHit h = at_->CueAt(after_, 1);
    if (h.index == 1) {
      // "..., said Jo Reyes." ends there; "..., said the port would stay
      // shut" is the object of a verb before the quote.
      if (h.verb == nullptr || !(h.verb->flags & kInvertible)) return false;
      Who who = at_->PhraseAfter(after_, 2, n);
      if (who.kind == Who::kNone) return false;
      int e = 2;
      while (e < n && after_[e].start < who.end) ++e;
      return e >= n || after_[e].kind == TokKind::kPunct;
    }
    for (int v = 2; v < n && v <= 7; ++v) {
      if (after_[v].kind != TokKind::kWord) return false;
      h = at_->CueAt(after_, v);
      if (h.verb == nullptr) continue;
      if ((h.verb->flags & kObject) || (v + 1 < n && IsPunct(after_[v + 1], ':'))) return false;
      Who who = at_->SubjectBefore(after_, 1, v);
      return who.kind != Who::kNone && who.start == after_[1].start;
    }
    return false;
  }

  // "Reuters quoted one trader as saying", "the paper quotes Jo Reyes as
  // saying": the speaker is the object of "quoted", toks[v] the verb after
  // "as", nothing read before toks[lo].
  [[nodiscard]] Who QuotedAs(const std::vector<Tok>& toks, int lo, int v) const {
    if (v - 2 < lo || !TokIs(text_, toks[v - 1], "as")) return {};
    for (int q = v - 2; q >= lo && q >= v - 10; --q) {
      if (toks[q].kind != TokKind::kWord) return {};
      if (TokIs(text_, toks[q], "quoted") || TokIs(text_, toks[q], "quotes") ||
          TokIs(text_, toks[q], "quoting")) {
        if (q + 1 >= v - 1) return {};
        const Tok& o = toks[q + 1];
        if (q + 2 == v - 1 && (TokIs(text_, o, "him") || TokIs(text_, o, "her")))
          return Who{Who::kPronoun, o.start, o.end, kPersonPronoun};
        return at_->PhraseAfter(toks, q + 1, v - 1);
      }
    }
    return {};
  }

  // Right after a quote, the words before the verb are its subject even when
  // they are no name or known role ("Obama's former strategist said").
  Who Loose(int k, int v) const {
    if (v - k > 8) return {};
    for (int i = k; i < v; ++i) {
      if (after_[i].kind != TokKind::kWord) return {};
      uint32_t cls = at_->lexicon().Classes(TokText(text_, after_[i]));
      if (cls & (kSkip | kStop | kPersonPronoun | kPluralPronoun | kItPronoun)) return {};
    }
    Who who;
    who.kind = Who::kDescription;
    who.start = after_[k].start;
    who.end = after_[v - 1].end;
    return who;
  }

  // "Halden told reporters: “...”", "the statement of X that “...”".
  bool Before(const std::vector<Tok>& toks, size_t anchor, Attribution* a) {
    int n = static_cast<int>(toks.size());
    for (int v = n - 1; v >= 0; --v) {
      CueHit h = at_->CueAt(toks, v);
      if (h.index < 0) continue;
      const Tok& first = toks[v];
      const Tok& last = toks[h.after - 1];
      if (h.phrase != nullptr) {
        Who who = at_->PhraseAfter(toks, h.after, n);
        if (Set(who, anchor, first.start, last.end, kRulePhrase, a)) return true;
        continue;
      }
      if ((h.verb->flags & kObject) && ParticipleOfObjectVerb(toks, v)) continue;
      Who who = SubjectOfCue(toks, v, h);
      if (Set(who, anchor, first.start, last.end, kRuleBefore, a)) return true;
    }
    return false;
  }

  // "a film accused of “bias”", "was branded “a farce” by critics": a verb
  // in -ed that takes the quote as its object is a passive or a participle
  // when "of", "as" or "by" follows it with no object between, or when a
  // form of "be" comes before it; its subject did not speak.
  [[nodiscard]] bool ParticipleOfObjectVerb(const std::vector<Tok>& toks, int v) const {
    std::string_view form = TokText(text_, toks[v]);
    if (form.size() < 4 || form.substr(form.size() - 2) != "ed") return false;
    if (v + 1 < static_cast<int>(toks.size())) {
      const Tok& next = toks[v + 1];
      if (TokIs(text_, next, "of") || TokIs(text_, next, "as") || TokIs(text_, next, "by"))
        return true;
    }
    int b = v - 1;
    while (b >= 0 && toks[b].kind == TokKind::kWord && !toks[b].cap &&
           (at_->lexicon().Classes(TokText(text_, toks[b])) & kSkip)) {
      for (std::string_view be : {"be", "been", "is", "was", "were", "are", "being"}) {
        if (TokIs(text_, toks[b], be)) return true;
      }
      --b;
    }
    return false;
  }

  // Who speaks through the verb at toks[v] in a clause before the quote.
  [[nodiscard]] Who SubjectOfCue(const std::vector<Tok>& toks, int v, const CueHit& h) const {
    int n = static_cast<int>(toks.size());
    Who who = QuotedAs(toks, 0, v);  // "quoted Jo Reyes as saying"
    if (who.kind != Who::kNone) return who;
    std::string_view form = TokText(text_, toks[v]);
    bool participle = form.size() > 4 && form.substr(form.size() - 3) == "ing";
    who = participle ? at_->ClauseSubject(toks, 0, v) : at_->SubjectBefore(toks, 0, v);
    if (participle && v > 0 && toks[v - 1].kind == TokKind::kWord && toks[v - 1].cap) {
      // "footage of Mira Halden saying", "the clip shows Halden saying": the
      // name right before the participle speaks, not the clause subject.
      Who named = at_->SubjectBefore(toks, 0, v);
      if (named.kind == Who::kName && named.end == toks[v - 1].end) who = named;
    }
    if (who.kind == Who::kNone && (h.verb->flags & kInvertible)) {
      // "said Jo Reyes: “...”" names the speaker; in "said the plan was “a
      // mess”" the words after the verb are the subject of the reported
      // clause.
      who = at_->PhraseAfter(toks, h.after, n);
      if (who.kind != Who::kNone && VerbAt(toks, who.end)) who = Who{};
    }
    if (who.kind == Who::kNone && !participle && Passive(toks, v)) return who;
    if (who.kind == Who::kNone) who = at_->ClauseSubject(toks, 0, v);
    return who;
  }

  // The quoted words end with a full stop, "!" or "?": a sentence ends in
  // the marks.
  [[nodiscard]] bool EndsInside(const QuoteSpan& q) const {
    size_t e = q.end;
    while (e > q.start && text_[e - 1] == ' ') --e;
    return e > q.start && (text_[e - 1] == '.' || text_[e - 1] == '!' || text_[e - 1] == '?');
  }

  // The last speech verb before the quote follows "and" or "but" (past
  // adverbs such as "also"): a verb with no subject of its own.
  [[nodiscard]] bool CoordinatedCue() const {
    for (int v = static_cast<int>(before_.size()) - 1; v > 0; --v) {
      CueHit h = at_->CueAt(before_, v);
      if (h.verb == nullptr) continue;
      int b = v - 1;
      while (b > 0 && before_[b].kind == TokKind::kWord && !before_[b].cap &&
             (at_->lexicon().Classes(TokText(text_, before_[b])) & kSkip))
        --b;
      return TokIs(text_, before_[b], "and") || TokIs(text_, before_[b], "but");
    }
    return false;
  }

  // "The man was shot when ...", "shots were fired": a form of "be" (past
  // adverbs and auxiliaries) before toks[v] makes a passive, whose subject
  // did not speak.
  [[nodiscard]] bool Passive(const std::vector<Tok>& toks, int v) const {
    for (int j = v - 1; j >= 0 && j >= v - 4; --j) {
      const Tok& t = toks[j];
      if (t.kind != TokKind::kWord || t.cap) return false;
      for (std::string_view be : {"be", "been", "being", "is", "are", "was", "were"}) {
        if (TokIs(text_, t, be)) return true;
      }
      if (!(at_->lexicon().Classes(TokText(text_, t)) & kSkip)) return false;
    }
    return false;
  }

  // Whether the first token of toks at or after byte `pos` is a lower-case
  // verb: an auxiliary ("was", "had"), a speech verb or a past tense in -ed.
  [[nodiscard]] bool VerbAt(const std::vector<Tok>& toks, size_t pos) const {
    auto it = std::lower_bound(toks.begin(), toks.end(), pos,
                               [](const Tok& t, size_t p) { return t.start < p; });
    if (it == toks.end() || it->kind != TokKind::kWord || it->cap) return false;
    std::string_view w = TokText(text_, *it);
    const QuoteLexicon& lex = at_->lexicon();
    if ((lex.Classes(w) & (kAux | kSkip)) || lex.Verb(w) != nullptr ||
        (w.size() > 4 && w.substr(w.size() - 2) == "ed"))
      return true;
    // "said the new treaty gives the country ...": a word an article follows.
    auto next = it + 1;
    return next != toks.end() && next->kind == TokKind::kWord &&
           (TokIs(text_, *next, "a") || TokIs(text_, *next, "an") || TokIs(text_, *next, "the"));
  }

  // "..., including Mira Halden -- “...” -- and ...": a name, a dash, the quote.
  bool DashBefore(size_t anchor, Attribution* a) {
    int d = DashBeforeQuote();
    if (d < 0) return false;
    Who who = at_->SubjectBefore(before_, 0, d);
    if (who.kind != Who::kName || !at_->Resolve(who, anchor, a)) return false;
    a->rule = kRuleDash;
    a->verb.clear();
    return true;
  }

  // "Halden dodged the question, treating it as a joke -- “...”": the quote
  // sits in a participle phrase after the main clause; the subject of the
  // main clause speaks when it is a name.
  bool ParticipleClause(size_t anchor, Attribution* a) {
    int n = static_cast<int>(before_.size());
    // The quote stands apart after a comma, a colon or a dash; a quoted
    // phrase inside the participle's object ("crossing a “red line”") is no
    // speech.
    if (n < 3 || before_.back().kind != TokKind::kPunct || IsPunct(before_.back(), '.') ||
        IsPunct(before_.back(), '('))
      return false;
    for (int c = 1; c + 1 < n; ++c) {
      if (!IsPunct(before_[c], ',')) continue;
      const Tok& p = before_[c + 1];
      std::string_view w = TokText(text_, p);
      if (p.kind != TokKind::kWord || p.cap || w.size() <= 4 || w.substr(w.size() - 3) != "ing")
        continue;
      Who who = at_->ClauseSubject(before_, 0, c);
      if (who.kind != Who::kName || !at_->Resolve(who, anchor, a)) return false;
      a->rule = kRuleParticiple;
      a->verb.clear();
      return true;
    }
    return false;
  }

  // "Mira Halden: “...”", "More from Mira Halden: “...”", "A headline --
  // Mira Halden: “...”", "- Acme boss Jo Reyes: “...”": a name alone
  // before the colon, opening the line or after a dash or "from", labels
  // the quote; after a dash that opens the line the colon may be missing.
  bool NameColon(size_t anchor, Attribution* a) {
    int n = static_cast<int>(before_.size());
    bool colon_end = n > 0 && IsPunct(before_[n - 1], ':');
    int end = colon_end ? n - 1 : n;
    if (!colon_end && (n < 3 || !IsDash(before_[0]))) return false;
    int s = LabelStart(end);
    if (s >= end || TokIs(text_, before_[s], "and")) return false;
    if (s > 0) {
      const Tok& p = before_[s - 1];
      if (!IsDash(p) && !TokIs(text_, p, "from")) return false;
      if (!colon_end && s - 1 != 0) return false;
    } else if (!colon_end) {
      return false;
    }
    Who who = at_->PhraseAfter(before_, s, end);
    if (who.kind != Who::kName || who.end != before_[end - 1].end || at_->PlaceOrGroup(who))
      return false;
    if (!at_->Resolve(who, anchor, a)) return false;
    a->verb.clear();
    a->rule = kRuleColonName;
    return true;
  }

  // Where the capitalised words (with initials, "and" and post words)
  // that end before before_[end] begin; end when there are none.
  [[nodiscard]] int LabelStart(int end) const {
    int s = end;
    for (int k = end - 1; k >= 0 && k >= end - 10; --k) {
      const Tok& t = before_[k];
      bool initial = IsPunct(t, '.') && k > 0 && before_[k - 1].cap &&
                     before_[k - 1].end - before_[k - 1].start == 1;
      bool link = TokIs(text_, t, "and") && s < end;
      if (!(t.kind == TokKind::kWord && (t.cap || at_->PostWord(TokText(text_, t)))) && !initial &&
          !link)
        break;
      s = k;
    }
    while (s < end && before_[s].kind == TokKind::kWord && !before_[s].cap) ++s;
    return s;
  }

  // A hyphen, or a three-byte punctuation token: an em or en dash.
  [[nodiscard]] bool IsDash(const Tok& t) const {
    return IsPunct(t, '-') || (t.kind == TokKind::kPunct && t.end - t.start == 3);
  }

  // A quote that is a whole paragraph, signed on the next line: "-- Mira
  // Halden." or "— Mira Halden, in a statement."
  bool SignatureLine(const QuoteSpan& q, Attribution* a) {
    size_t p = q.close_end;
    size_t limit = std::min(text_.size(), p + 8);
    while (p < limit && (text_[p] == '.' || text_[p] == ' ' || text_[p] == ',')) ++p;
    if (p >= limit || text_[p] != '\n') return false;
    while (p < text_.size() && (text_[p] == '\n' || text_[p] == ' ')) ++p;
    size_t line_end = LineEnd(text_, p, kMaxContext);
    prev_.clear();
    TokenizeRange(text_, p, line_end, &prev_, 24);
    int k = 0;
    int n = static_cast<int>(prev_.size());
    while (k < n && k < 2 && IsDash(prev_[k])) ++k;
    if (k == 0 || k >= n) return false;
    Who who = at_->PhraseAfter(prev_, k, n);
    if (who.kind != Who::kName || at_->PlaceOrGroup(who)) return false;
    // Nothing after the name but the end of the line or a comma.
    int e = k;
    while (e < n && prev_[e].start < who.end) ++e;
    if (e < n && !IsPunct(prev_[e], ',') && !IsPunct(prev_[e], '.')) return false;
    if (!at_->Resolve(who, q.open, a)) return false;
    a->verb.clear();
    a->rule = kRuleSignature;
    return true;
  }

  // The subject of the clause holding a quoted phrase, when it is a named
  // entity (no place) or a pronoun right before a lower-case verb and the
  // phrase comes later in the predicate.
  bool SentenceSubject(size_t anchor, Attribution* a) {
    int n = static_cast<int>(before_.size());
    if (n < 3) return false;
    Who who = at_->ClauseSubject(before_, 0, n);
    if (who.kind != Who::kName && who.kind != Who::kPronoun) return false;
    int v = 0;
    while (v < n && before_[v].start < who.end) ++v;
    if (v + 1 >= n || before_[v].kind != TokKind::kWord || before_[v].cap) return false;
    if (who.kind == Who::kName && (!at_->IsMention(who) || at_->PlaceOrGroup(who))) return false;
    if (!at_->Resolve(who, anchor, a)) return false;
    a->verb.clear();
    a->rule = kRuleSentenceSubject;
    return true;
  }

  // A quote opening its sentence right after one that reports the same
  // speaker in its own words ("Reyes said the pier would reopen. “...”"):
  // the speaker of the last speech verb of that sentence, on the same line
  // and after lo.
  bool PreviousSentence(size_t lo, size_t open, Attribution* a) {
    size_t p = open;
    while (p > lo && (text_[p - 1] == ' ' || text_[p - 1] == '\t')) --p;
    if (p <= lo || (text_[p - 1] != '.' && text_[p - 1] != '!' && text_[p - 1] != '?'))
      return false;
    TokenizeLastSentence(text_, lo, p - 1, &prev_);
    if (prev_.empty() || !Before(prev_, open, a)) return false;
    a->rule = kRulePreviousSentence;
    return true;
  }

  // "... he was “out cold” and bleeding, the report states.": the last
  // clause of the quote's sentence attributes it (events.cc).
  bool SentenceEnd(const QuoteSpan& q, Attribution* a) {
    if (!q.closed) return false;
    size_t hi = LineEnd(text_, q.close_end, kMaxContext);
    FirstSentence(q.close_end, hi, &tail_);
    if (!SentenceEndAttribution(text_, tail_, hi, q.open, at_, a)) return false;
    a->rule = kRuleSentenceEnd;
    return true;
  }

  // A quote opening a paragraph after one that ends with a colon
  // ("Halden continued:").
  bool ColonParagraph(size_t open, Attribution* a) {
    size_t p = open;
    while (p > 0 && (text_[p - 1] == ' ' || text_[p - 1] == '\n' || text_[p - 1] == '\r' ||
                     text_[p - 1] == '\t'))
      --p;
    if (p == 0 || text_[p - 1] != ':') return false;
    TokenizeLastSentence(text_, LineStart(text_, p - 1, kMaxContext), p - 1, &prev_);
    if (!Before(prev_, open, a)) {
      // "Jo Reyes, a retired teacher from the valley:" with no verb.
      Who who = at_->ClauseSubject(prev_, 0, static_cast<int>(prev_.size()));
      if (who.kind != Who::kName || !at_->Resolve(who, open, a)) return false;
      a->verb.clear();
    }
    a->rule = kRuleColon;
    return true;
  }

  // The sentence goes on after q's closing mark: no end inside the marks,
  // and a lower-case word (no verb of attribution) follows.
  [[nodiscard]] bool RunsOn(const QuoteSpan& q) const {
    if (EndsInside(q) || after_.size() < 4 || after_[0].kind != TokKind::kWord || after_[0].cap)
      return false;
    return at_->CueAt(after_, 0).index != 0;
  }

  // spans_[i - 1] has its speaker named after it ("“...,” Reyes said.")
  // and the sentence that attribution ends is the last before spans_[i],
  // on the same line.
  // "Acme maintains that “...”", "Ruiz's claim that “...”": a name before
  // a "that" the quote follows may own the words; none is carried over.
  [[nodiscard]] bool AfterAttributed(size_t i) const {
    const Attribution& prev = attrs_[i - 1];
    if (!prev.found || (prev.rule != kRuleAfter && prev.rule != kRuleInverted) ||
        !SameLine(text_, spans_, i) || !Adjacent(text_, spans_, i))
      return false;
    bool named = false;
    for (const Tok& t : before_) {
      if (named && TokIs(text_, t, "that")) return false;
      named = named ||
              (t.kind == TokKind::kWord && t.cap && at_->lexicon().Classes(TokText(text_, t)) == 0);
    }
    return true;
  }

  void Inherit(size_t i, std::string_view rule, Attribution* a) {
    const Attribution& prev = attrs_[i - 1];
    if (!prev.found) return;
    *a = prev;
    a->rule = rule;
  }

  std::string_view text_;
  const std::vector<Sentence>& sentences_;
  const std::vector<QuoteSpan>& spans_;
  Attributor* at_;
  std::vector<Attribution> attrs_;
  bool full_stop_ = false;         // the quote in hand ends with a full stop inside the marks
  bool chain_ = false;             // the quote in hand is followed by reopened paragraphs (spans)
  bool speech_in_double_ = false;  // some quote of the text opens with a double mark
  std::vector<Tok> before_, after_, prev_, words_, tail_, more_;
};

}  // namespace

void AttributeMarkedQuotes(std::string_view text, const std::vector<Sentence>& sentences,
                           const std::vector<QuoteSpan>& spans, Attributor* attributor,
                           std::vector<Quote>* out) {
  Marked(text, sentences, spans, attributor).Run(out);
}

}  // namespace dossier::quotes
