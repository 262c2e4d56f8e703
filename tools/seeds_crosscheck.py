#!/usr/bin/env python3
"""Checks `dossier figures/timeline --json` on the seed reports against the
"figures" and "conflations" of ../shared/corpus/seeds-expected.json, and that
the night of 25-26 February 1992 is one timeline entry listing all reports.

Usage: tools/seeds_crosscheck.py --dossier build/cli/dossier [--db DB] [--shared DIR]
Prints one line per expectation and a summary; exits 1 when one fails.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "shared")


def run(dossier, *args):
    return json.loads(subprocess.run([dossier, *args], check=True, capture_output=True,
                                     text=True).stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dossier", default=os.path.join(HERE, "..", "build", "release", "cli", "dossier"))
    ap.add_argument("--db")
    ap.add_argument("--shared", default=SHARED, help="the shared/ folder beside the repo")
    a = ap.parse_args()
    expected = os.path.join(a.shared, "corpus", "seeds-expected.json")
    db = a.db or os.path.join(tempfile.mkdtemp(), "seeds.db")
    if not a.db:
        subprocess.run([a.dossier, "-q", "build", os.path.join(a.shared, "corpus", "seeds"),
                        "-o", db], check=True)
    exp = json.load(open(expected))
    figs = run(a.dossier, "figures", "--json", db)
    timeline = run(a.dossier, "timeline", "--json", db)
    by = {(f["category"], f["group"]): f for f in figs}
    passed = total = 0
    for e in exp["figures"]:
        f = by.get((e["category"], e["group"]))
        good = f is not None and f["status"] == e["status"]
        for ev in e["values"] if good else []:
            vs = [v for v in f["values"] if v["value"] == ev["value"]]
            good = good and bool(vs) and sorted(vs[0]["documents"]) == sorted(ev["documents"])
        if good and "parent" in e:
            good = f["parent"] == e["parent"]
        print(f"{'ok  ' if good else 'FAIL'} figure {e['category']}/{e['group']} {e['status']}")
        passed += good
        total += 1
    notes = [n for f in figs for n in f["notes"] if n["kind"] == "conflation"]
    for c in exp["conflations"]:
        values = set(c.get("values", [c.get("value")]))
        good = any(values <= set(n["values"]) and set(c["categories"]) == set(n["categories"])
                   for n in notes)
        print(f"{'ok  ' if good else 'FAIL'} conflation {sorted(values)} {c['categories']}")
        passed += good
        total += 1
    nights = [e for e in timeline if e["precision"] == "day" and e["start"] <= "1992-02-26"
              and e["end"] >= "1992-02-25"]
    good = len(nights) == 1 and len(nights[0]["sources"]) == len(exp["documents"])
    print(f"{'ok  ' if good else 'FAIL'} timeline: {len(nights)} entry for the night of "
          f"25-26 February 1992, {len(nights[0]['sources']) if nights else 0} sources")
    passed += good
    total += 1
    print(f"cross-check: {passed}/{total} expectations met")
    return 0 if passed == total else 1


if __name__ == "__main__":
    sys.exit(main())
