#!/usr/bin/env python3
"""Speaker accuracy and quote span F1 of `dossier extract` on PolNeAR direct quotes.

Runs `dossier extract --with-text` over one PolNeAR split (first annotator line
per article) through the reference scorers' shared helper (../shared/eval/
common.py, imported at run time), then scores the "quotes" array:

  span F1    a gold direct quote (each piece of a split quote, without its
             marks and trailing , .) is found when a predicted direct or partial
             quote has exactly that span (both sides stripped of marks, white
             space and trailing , .). Predictions inside the content of a
             non-direct attribution are left out of precision (PolNeAR marks
             only whole-content quotes as direct); other unmatched predictions
             are false positives, including quotes the annotators split into
             one attribution per sentence.
             A second line splits every gold piece and every prediction at
             the sentence ends inside it and matches the sentence pieces
             exactly, so one passage read whole and the same passage
             annotated one sentence at a time agree (SFP lines under -v).
             A third, lenient line counts containment: a gold piece inside
             a predicted quote is found, a prediction holding or inside a gold
             piece is right.
  speaker    for each gold direct quote with a source span, correct when a
             predicted quote overlapping it names the same speaker: its
             speaker span overlaps the gold source span, or the speaker's name
             contains the gold source's last capitalised word, or (descriptions)
             the texts agree. A gold pronoun source ("he") is compared through
             the nearest gold source before it in the text that is a name (an
             approximation of coreference, the corpus has none). The name of a
             source is the surname of the name that heads it (last_cap_word).
             With --coref (default tools/polnear_coref.jsonl when present),
             a gold pronoun or description source that a hand-made key
             resolves to a name is compared through that name instead; a
             second speaker line reports this figure (see the key's header
             in docs/accuracy.md for how it was made).
             Gold sources that hold only a speech verb ("said": the annotators
             marked the cue) have no speaker to compare and are left out of
             the speaker figures; the output says how many.

Usage: tools/polnear_eval.py [--dossier build/cli/dossier] [--split dev] [--coref F] [-v]
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
PRONOUNS = {"he", "she", "they", "we", "i", "it", "him", "her", "you"}
LINKS = {"at", "of", "for", "from", "in", "with", "who", "and", "on", "to", "by", "as", "said",
         "says", "told", "wrote", "added", "who's", "whose"}
SPEECH_VERBS = {"said", "says", "told", "added", "wrote", "asked", "stated", "explained"}
MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"


def strip_piece(text, s, e):
    while s < e and (text[s].isspace() or text[s] in MARKS):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in MARKS or text[e - 1] in ",."):
        e -= 1
    return s, e


SENT_END = ".?!"
OPENERS = "\"'\u201c\u2018\u00ab\u201e("


def sentence_pieces(text, s, e):
    """Splits [s, e) at sentence ends inside it: . ? or ! (closing marks may
    follow), white space, then a capital letter, digit or opening mark.
    Each piece is stripped as a gold piece is."""
    out, start, i = [], s, s
    while i < e:
        if text[i] in SENT_END:
            j = i + 1
            while j < e and text[j] in MARKS:
                j += 1
            k = j
            while k < e and text[k].isspace():
                k += 1
            if k > j and k < e and (text[k].isupper() or text[k].isdigit() or text[k] in OPENERS):
                out.append(strip_piece(text, start, j))
                start = i = k
                continue
        i += 1
    out.append(strip_piece(text, start, e))
    return [p for p in out if p[1] > p[0]]


def norm_end(text, s, e):
    return strip_piece(text, s, e)


TITLES = {"the", "a", "an", "another", "former", "mr", "mrs", "ms", "dr", "sen", "rep", "gov",
          "president", "senator", "governor", "speaker", "secretary", "chief", "judge", "justice",
          "attorney", "general", "vice", "first", "lady", "house", "conservative", "liberal",
          "democratic", "republican", "gop", "u.s", "us", "state", "candidate", "nominee"}


def last_cap_word(t):
    """The surname of the name that heads a source: the last capitalised word
    of the last run of capitalised words before the first comma or bracket
    (the next part when that one has none), and before a linking word ("at",
    "of", "who"...) that follows a name. Titles and possessives end a run:
    "Former Pennsylvania Gov. Ed Rendell, who ..." -> Rendell; "Clinton
    communication director Jennifer Palmieri" -> Palmieri; "NBC's Dante
    Chinni" -> Chinni; "Rep. Jim Jordan (R-Ohio), ..." -> Jordan."""
    last, run = "", []
    for w in t.split():
        ends_part = w.endswith(",") or w.endswith(";") or w.startswith("(")
        if w.startswith("(") and last:
            break
        w = w.strip(",;:()'\u2019\"")
        possessive = w.endswith("'s") or w.endswith("\u2019s")
        if possessive:
            w = w[:-2]
        bare = w.rstrip(".")
        if last and bare.lower() in LINKS:
            break  # "Dan Lee at the Review": the name came before
        if bare.lower() in TITLES or bare.lower() in PRONOUNS or not w[:1].isupper():
            run = []
        else:
            run.append(bare)
            last = bare
            if possessive:
                run = []
        if (ends_part or (w.endswith(".") and len(bare) > 2 and bare.lower() not in TITLES)) and last:
            break
    return last


def annotated_cue(src_text):
    """A source span that holds only a speech verb ("said"): the annotators
    marked the cue as the source. Such quotes have no gold speaker."""
    return src_text.strip().lower() in SPEECH_VERBS


def speaker_ok(pred, gold_src_text, gold_spans, antecedent):
    ps, pe = pred.get("speaker_char_span") or (None, None)
    if ps is not None:
        for gs, ge in gold_spans:
            if ps < ge and gs < pe:
                return True
    spk = (pred.get("speaker") or "").lower()
    if not spk:
        return False
    src = gold_src_text.strip()
    if src.lower() in PRONOUNS:
        if not antecedent:
            return False
        src = antecedent
    cap = last_cap_word(src)
    if cap:
        return cap.lower() in spk.split() or cap.lower() in spk
    g = src.lower()
    return g == spk or g.endswith(spk) or spk.endswith(g) or g.split()[-1:] == spk.split()[-1:]


def load_coref(path, split):
    """The key: (doc_id, source start) -> the referent's name, for the
    split's pronoun and description sources that the key resolves."""
    key = {}
    if not path or not os.path.exists(path):
        return key
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            k = json.loads(line)
            if k["split"] == split and k.get("referent"):
                key[(k["doc_id"], k["src_start"])] = k["referent"]
    return key


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossier", default=os.path.join(HERE, "..", "build", "release", "cli", "dossier"))
    ap.add_argument("--split", default="dev")
    ap.add_argument("--data", default=None)
    ap.add_argument("--coref", default=os.path.join(HERE, "polnear_coref.jsonl"),
                    help="hand-made referents of pronoun and description sources")
    ap.add_argument("-v", action="store_true", help="list misses")
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(SHARED, "eval"))
    import common  # the reference scorers' helper, read in place

    path = args.data or os.path.join(SHARED, "bench", "polnear_attribution", args.split + ".jsonl")
    rows, seen = [], set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["doc_id"] in seen:
                continue
            seen.add(r["doc_id"])
            rows.append(r)
    docs = [{"id": r["doc_id"], "text": r["text"]} for r in rows]
    key = load_coref(args.coref, args.split)
    outs = common.run_extract(args.dossier, docs)

    tp = fp = fn = 0
    stp = sfp = sfn = 0
    ltp_r = ltp_p = lfn = lfp = 0
    ind_total = ind_in = ind_spk = 0
    spk_total = spk_ok = spk_found = 0
    key_total = key_ok = 0
    pro_total = pro_ok = 0
    cue_sources = 0
    for r in rows:
        text = r["text"]
        o = outs.get(r["doc_id"], {})
        omap = common.OffsetMap(text, o.get("text", text))
        preds = []
        for q in o.get("quotes", []):
            s, e = omap.span(q["start"], q["end"])
            p = dict(q)
            p["char_span"] = norm_end(text, s, e)
            if q.get("speaker_start") is not None:
                p["speaker_char_span"] = omap.span(q["speaker_start"], q["speaker_end"])
            preds.append(p)
        marked = [p for p in preds if p["kind"] != "indirect"]
        gold_pieces, other_content = set(), []
        golds = []
        # Sources that name someone, by position in the text: a pronoun
        # source's antecedent is the nearest one before it.
        named = sorted((src["spans"][0][0], src["text"]) for a in r["attributions"]
                       for src in (a.get("source") or [])[:1]
                       if src.get("spans") and src.get("text")
                       and src["text"].strip().lower() not in PRONOUNS
                       and not annotated_cue(src["text"]) and last_cap_word(src["text"]))
        for a in r["attributions"]:
            src = (a.get("source") or [{}])[0]
            src_text = src.get("text", "")
            if a.get("direct_quote"):
                pieces = [strip_piece(text, s, e) for s, e in a["content"][0]["spans"]]
                gold_pieces.update(p for p in pieces if p[1] > p[0])
                if src_text and annotated_cue(src_text):
                    cue_sources += 1
                elif src_text:
                    at = src["spans"][0][0] if src.get("spans") else pieces[0][0]
                    before = [t for pos, t in named if pos < at]
                    ref = key.get((r["doc_id"], src["spans"][0][0])) if src.get("spans") else None
                    golds.append((pieces, src_text, src.get("spans", []),
                                  before[-1] if before else "", ref))
            else:
                for c in a.get("content") or []:
                    other_content.extend(c["spans"])
        spans = {p["char_span"] for p in marked}
        # Lenient: a gold piece inside a predicted quote is found; a prediction
        # holding or inside some gold piece is right (annotators often split one
        # quoted passage into one attribution per sentence).
        for gs, ge in gold_pieces:
            if any(s <= gs and ge <= e for s, e in spans):
                ltp_r += 1
            else:
                lfn += 1
        for s, e in spans:
            if any((s <= gs and ge <= e) or (gs <= s and e <= ge) for gs, ge in gold_pieces):
                ltp_p += 1
            elif not any(gs <= s and e <= ge for gs, ge in other_content):
                lfp += 1
        g_sent = {q for gs, ge in gold_pieces for q in sentence_pieces(text, gs, ge)}
        p_sent = set()
        for ps, pe in spans:
            if any(gs <= ps and pe <= ge for gs, ge in other_content) and (ps, pe) not in gold_pieces:
                continue
            p_sent.update(sentence_pieces(text, ps, pe))
        stp += len(g_sent & p_sent)
        sfn += len(g_sent - p_sent)
        sfp += len(p_sent - g_sent)
        if args.v:
            for ps, pe in sorted(p_sent - g_sent):
                print("SFP ", r["doc_id"], repr(text[ps:pe][:80]))
        tp += len(gold_pieces & spans)
        fn += len(gold_pieces - spans)
        for p in marked:
            if p["char_span"] in gold_pieces:
                continue
            s, e = p["char_span"]
            if any(gs <= s and e <= ge for gs, ge in other_content):
                continue
            fp += 1
            if args.v:
                print("FP  ", r["doc_id"], repr(text[s:e][:80]))
        if args.v:
            for gs, ge in sorted(gold_pieces - spans):
                print("FN  ", r["doc_id"], repr(text[gs:ge][:80]))
        # Indirect quotes: right when the span lies mostly inside the content of
        # some gold attribution (direct or not) and the speaker matches it.
        contents = []
        for a in r["attributions"]:
            src = (a.get("source") or [{}])[0]
            for c in a.get("content") or []:
                for gs, ge in c["spans"]:
                    contents.append((gs, ge, src.get("text", ""), src.get("spans", [])))
        for p in preds:
            if p["kind"] != "indirect":
                continue
            ind_total += 1
            s, e = p["char_span"]
            hit = [c for c in contents if min(e, c[1]) - max(s, c[0]) >= 0.5 * (e - s)]
            if hit:
                ind_in += 1
                if any(speaker_ok(p, c[2], c[3], "") for c in hit):
                    ind_spk += 1
            elif args.v:
                print("IND ", r["doc_id"], repr(text[s:e][:70]), "by", p.get("speaker"))
        for pieces, src_text, src_spans, ante, ref in golds:
            spk_total += 1
            over = [p for p in marked
                    if any(p["char_span"][0] < ge and gs < p["char_span"][1] for gs, ge in pieces)]
            if any(p.get("speaker") for p in over):
                spk_found += 1
            pronoun = src_text.strip().lower() in PRONOUNS
            pro_total += pronoun
            keyed = ref is not None
            key_total += keyed
            ok_key = any(speaker_ok(p, src_text, src_spans, ref or ante) or
                         (ref and speaker_ok(p, ref, [], "")) for p in over)
            key_ok += ok_key
            if args.v and keyed and not ok_key:
                got = [p.get("speaker") for p in over]
                print("KEY ", r["doc_id"], repr(src_text[:30]), "key:", repr(ref), "got:", got)
            if any(speaker_ok(p, src_text, src_spans, ante) for p in over):
                spk_ok += 1
                pro_ok += pronoun
            elif args.v:
                got = [p.get("speaker") for p in over]
                gs, ge = pieces[0]
                print("SPK ", r["doc_id"], repr(text[gs:ge][:50]), "gold:", repr(src_text[:60]),
                      "ante:", repr(ante[:30]), "got:", got)
    p, rc, f = common.f1(tp, fp, fn)
    print(f"articles {len(rows)}  gold direct quote pieces {tp + fn}")
    print(f"quote span  P {p:.3f}  R {rc:.3f}  F1 {f:.3f}  (tp {tp} fp {fp} fn {fn})")
    sp, sr, sf = common.f1(stp, sfp, sfn)
    print(f"quote span, sentence by sentence  P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}  (tp {stp} fp {sfp} fn {sfn})")
    lp = ltp_p / max(ltp_p + lfp, 1)
    lr = ltp_r / max(ltp_r + lfn, 1)
    lf = 2 * lp * lr / (lp + lr) if lp + lr else 0.0
    print(f"quote span, containment  P {lp:.3f}  R {lr:.3f}  F1 {lf:.3f}")
    print(f"speaker found {spk_found}/{spk_total}  ({spk_found / max(spk_total, 1):.3f})")
    named_total, named_ok = spk_total - pro_total, spk_ok - pro_ok
    print(f"  gold source a name or description: {named_ok}/{named_total} = "
          f"{named_ok / max(named_total, 1):.3f}")
    print(f"  gold source a pronoun (approximate): {pro_ok}/{pro_total} = "
          f"{pro_ok / max(pro_total, 1):.3f}")
    print(f"indirect quotes {ind_total}: inside a gold attribution's content "
          f"{ind_in / max(ind_total, 1):.3f}, and with its speaker {ind_spk / max(ind_total, 1):.3f}")
    print(f"  left out: gold source is the cue itself (\"said\"): {cue_sources}")
    print(f"speaker accuracy {spk_ok}/{spk_total} = {spk_ok / max(spk_total, 1):.3f}")
    if key_total:
        print(f"speaker accuracy, annotated coreference ({key_total} sources resolved by the key) "
              f"{key_ok}/{spk_total} = {key_ok / max(spk_total, 1):.3f}")


if __name__ == "__main__":
    main()
