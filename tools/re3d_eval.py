#!/usr/bin/env python3
"""Scores dossier's entities on re3d (Dstl conflict documents), which has no
scorer of its own.

usage: tools/re3d_eval.py --dossier BIN [--re3d FILE] [-v]

Gold: annotations with confidence >= 0.5 of types Person, Organisation,
Location and Nationality (mapped to PER, ORG, LOC, MISC); other re3d types
(Temporal, Quantity, Weapon...) are not entity types of dossier and are left
out. Prediction types map as in ner_eval.py (person->PER, organization->ORG,
place->LOC, group->MISC); event and other are left out, since re3d has no
such type. Three views:
  all     every gold mention, exact span and type
  nodet   the same, with a leading "the"/"a"/"an" cut from gold spans and
          leading title words cut from gold Person spans (dossier's spans
          exclude determiners and titles by design; re3d's include them:
          "President Hollande", "Foreign Secretary Boris Johnson")
  named   nodet restricted to gold mentions holding a capitalised word
          other than a pronoun (re3d also labels "rebels", "he", "We")
In every view a prediction whose exact span re3d annotates only with
confidence < 0.5 counts neither way: re3d leaves many real mentions at
confidence 0 (for example most repeats of "Iraq" and "ISIL" in a document),
so they cannot count as false positives.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
from common import run_extract, OffsetMap, f1  # noqa: E402

GOLD = {"Person": "PER", "Organisation": "ORG", "Location": "LOC", "Nationality": "MISC"}
PRED = {"person": "PER", "organization": "ORG", "place": "LOC", "group": "MISC"}
DETS = ("the ", "The ", "a ", "A ", "an ", "An ")
TITLES = {"President", "Prime", "Minister", "Foreign", "Defence", "Defense", "Secretary", "State",
          "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "General", "Gen.", "Lt.", "Col.",
          "Sgt.", "Spc.", "Maj.", "Capt.", "Ambassador", "Envoy", "Special", "Deputy", "Vice",
          "Chancellor", "King", "Queen", "Prince", "Sheikh", "Colonel", "Major", "Captain",
          "Senator", "Governor", "Mayor", "Lord", "Sir", "Army", "Staff", "Sgt", "Spc", "of",
          "the", "for", "Middle", "East", "Chief", "Commander", "Lieutenant", "Brig."}
PRONOUNS = {"I", "We", "He", "She", "They", "It", "You", "Us", "Our", "His", "Her", "Their", "Its"}


def strip_det(text, s, e):
    for d in DETS:
        if text.startswith(d, s) and e - s > len(d):
            return s + len(d), e
    return s, e


def strip_title(text, s, e):
    """Cuts leading title words; keeps at least the last word."""
    words = text[s:e].split(" ")
    k = 0
    while k < len(words) - 1 and words[k] in TITLES:
        k += 1
    if k == 0:
        return s, e
    return s + len(" ".join(words[:k])) + 1, e


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossier", required=True)
    ap.add_argument("--re3d", default=os.path.join(here, "..", "..", "shared", "bench",
                                                    "re3d_conflict_ner", "re3d.jsonl"))
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    docs = [json.loads(l) for l in open(a.re3d, encoding="utf-8") if l.strip()]
    out = run_extract(a.dossier, [{"id": d["doc_id"], "text": d["text"]} for d in docs])
    views = {v: {t: [0, 0, 0] for t in ("PER", "ORG", "LOC", "MISC")}
             for v in ("all", "nodet", "named")}
    for d in docs:
        text = d["text"]
        o = out.get(d["doc_id"], {})
        om = OffsetMap(text, o.get("text", text))
        pred = set()
        for e in o.get("entities", []):
            t = PRED.get(str(e.get("type", "")))
            if t:
                s, en = om.span(e.get("start", 0), e.get("end", 0))
                pred.add((s, en, t))
        gold = {"all": set(), "nodet": set(), "named": set()}
        low = set()
        for g in d["entities"]:
            t = GOLD.get(g["type"])
            if not t:
                continue
            if g.get("confidence", 0) < 0.5:
                low.add((g["start"], g["end"]))
                low.add(strip_det(text, g["start"], g["end"]))
                continue
            gold["all"].add((g["start"], g["end"], t))
            s, e = strip_det(text, g["start"], g["end"])
            if t == "PER":
                s, e = strip_title(text, s, e)
            gold["nodet"].add((s, e, t))
            if any(w[:1].isupper() and w not in PRONOUNS for w in text[s:e].split()):
                gold["named"].add((s, e, t))
        for v, gs in gold.items():
            spans = {(g[0], g[1]) for g in gs}
            pv = {p for p in pred if (p[0], p[1]) in spans or (p[0], p[1]) not in low}
            if v == "named":
                # Predictions overlapping only non-named gold are not counted
                # against the named view.
                unnamed = gold["nodet"] - gs
                pv = {p for p in pv if not any(p[0] < u[1] and u[0] < p[1] for u in unnamed)}
            for p in pv & gs:
                views[v][p[2]][0] += 1
            for p in pv - gs:
                views[v][p[2]][1] += 1
                if a.v and v == "named":
                    print("FP", p[2], repr(text[p[0]:p[1]]))
            for g in gs - pv:
                views[v][g[2]][2] += 1
                if a.v and v == "named":
                    print("FN", g[2], repr(text[g[0]:g[1]]))
    for v, per in views.items():
        for t, (tp, fp, fn) in per.items():
            p, r, f = f1(tp, fp, fn)
            print(f"re3d {v} {t}: P={p:.3f} R={r:.3f} F1={f:.3f}")
        tot = [sum(x[i] for x in per.values()) for i in range(3)]
        p, r, f = f1(*tot)
        print(f"entities: re3d {v} P={p:.3f} R={r:.3f} F1={f:.3f}")


if __name__ == "__main__":
    main()
