#!/usr/bin/env python3
"""Quote precision and speaker accuracy of `dossier extract` on a sample of BBC news quotes.

A second news corpus beside PolNeAR, from another country and other topics
(business, politics, sport, technology, entertainment). The key,
tools/bbc_quote_speakers.jsonl, holds 200 quoted spans drawn at random from
the marked quotes dossier found in ../shared/bench/bbc_news; two annotators
read each one blind to dossier's speakers and said whether it is reported
speech and who the text says spoke it (see the key's header). So the sample
measures precision of the quote spans and accuracy of their speakers, not
the recall of quotes. That key is held out: run it to measure, never read its
misses to write rules.

A development key, tools/bbc_dev_quote_speakers.jsonl (--key), holds 300
spans between quote marks paired in order in other BBC articles, drawn
independently of dossier and keyed the same way; there "still found" is quote
recall, and a quote dossier missed counts as a speaker miss. Rules may be read
on its misses (-v). The GVA keys (tools/gva_*quote_speakers.jsonl, with --data
.../gva_semeval2018/articles.jsonl) and the wire keys (tools/wire_*quote_speakers.jsonl,
with --data naming the four files their header lists) are built the same way;
the files without "dev" in their name are held out. The "dev2" keys
(tools/{bbc,gva,wire}_dev2_quote_speakers.jsonl) are second development samples
drawn in session 7 from articles (or, for wire, spans) in no earlier key, so
their first figures showed the error rates of unseen text.

  quotes       the share of keyed spans that are reported speech (the rest are
               titles, nicknames, scare quotes ...).
  speaker      for each keyed reported-speech span with a speaker, right when a
               predicted quote overlapping it names that speaker: the surname
               (last capitalised word of the name) is a word of the predicted
               speaker, or, for a description ("a spokesman"), the two texts
               share their last word or one holds the other; a name that
               ends in a common noun ("Baltimore police") is also matched by
               that noun, and a name by two or more of its own words
               ("Fairbanks police" for "Fairbanks Police Department").

Usage: tools/bbc_quotes_eval.py [--dossier BIN] [--key KEY] [--data FILE ...] [-v]
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))


def words(s):
    return [w.strip(".,;:'\u2019\"()").lower() for w in s.split()]


def surname(name):
    caps = [w for w in name.split() if w[:1].isupper()]
    return caps[-1].strip(".,;:'\u2019\"()").lower() if caps else ""


def same_speaker(got, want):
    if not got:
        return False
    g = got.lower()
    w = want.lower()
    if w.split()[0] in ("a", "an", "the", "one", "some") or not want[:1].isupper():
        gw, ww = words(got), words(want)
        return g in w or w in g or (gw[-1:] == ww[-1:] and ww[-1:] != [])
    s = surname(want)
    if s.endswith("'s") or s.endswith("\u2019s"):
        s = s[:-2]
    if s in words(got) or (len(s) > 3 and s in g):
        return True
    # A name that ends in a common noun ("Baltimore police", "Harris County
    # sheriff's deputies") is also named by that noun ("police said"); and a
    # shorter form made of the name's own words names it ("Fairbanks police"
    # for "Fairbanks Police Department").
    gw, ww = words(got), words(want)
    if not want.split()[-1][:1].isupper() and gw[-1:] == ww[-1:]:
        return True
    return len(gw) >= 2 and all(x in ww for x in gw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossier", default=os.path.join(HERE, "..", "build", "release", "cli", "dossier"))
    ap.add_argument("--key", default=os.path.join(HERE, "bbc_quote_speakers.jsonl"))
    ap.add_argument("--data", nargs="+", default=[os.path.join(SHARED, "bench", "bbc_news", "bbc_news.jsonl")],
                    help="one or more JSON Lines files of articles (id or doc_id, text)")
    ap.add_argument("-v", action="store_true", help="list misses")
    args = ap.parse_args()
    missing = [d for d in args.data if not os.path.exists(d)]
    if missing:
        print(f"bbc_quotes_eval: {', '.join(missing)} absent; nothing scored")
        return 0
    sys.path.insert(0, os.path.join(SHARED, "eval"))
    import common  # the reference scorers' helper, read in place

    key = [json.loads(line) for line in open(args.key, encoding="utf-8")
           if line.strip() and not line.startswith("#")]
    wanted = {k["doc_id"] for k in key}
    rows = []
    for data in args.data:
        with open(data, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                r["id"] = r.get("id", r.get("doc_id"))  # the GVA articles name it doc_id
                if r["id"] in wanted:
                    rows.append(r)
    outs = common.run_extract(args.dossier, [{"id": r["id"], "text": r["text"]} for r in rows])
    preds = {}
    for r in rows:
        o = outs.get(r["id"], {})
        omap = common.OffsetMap(r["text"], o.get("text", r["text"]))
        preds[r["id"]] = [(omap.span(q["start"], q["end"]), q) for q in o.get("quotes", [])
                          if q["kind"] != "indirect"]

    real = found = spk_total = spk_ok = spk_given = 0
    for k in key:
        if not k["is_quote"]:
            continue
        real += 1
        over = [q for (s, e), q in preds.get(k["doc_id"], []) if s < k["end"] and k["start"] < e]
        found += bool(over)
        if not k.get("speaker"):
            continue
        spk_total += 1
        spk_given += any(q.get("speaker") for q in over)
        if any(same_speaker(q.get("speaker"), k["speaker"]) for q in over):
            spk_ok += 1
        elif args.v:
            print("SPK ", k["doc_id"], k["start"], "key:", repr(k["speaker"]),
                  "got:", [q.get("speaker") for q in over])
    print(f"keyed spans {len(key)}: reported speech {real} = {real / max(len(key), 1):.3f}"
          f" (still found {found})")
    print(f"speaker given {spk_given}/{spk_total} = {spk_given / max(spk_total, 1):.3f}")
    print(f"speaker accuracy {spk_ok}/{spk_total} = {spk_ok / max(spk_total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
