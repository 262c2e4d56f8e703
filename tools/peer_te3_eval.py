#!/usr/bin/env python3
# Side-by-side check of the time layer's peers on TempEval-3 (docs/accuracy.md, ## Times).
# usage: python3 tools/peer_te3_eval.py ../shared/bench/tempeval3_platinum/te3_platinum.jsonl
# Needs ../shared/peers set up (node_modules). Not part of the build.
# Scores peers (chrono-node, recognizers-text, dateparser) on TempEval-3 platinum
# with the same matching as timex_eval.py: relaxed overlap, one-to-one in order,
# value equality on matched items.
import json, subprocess, sys, os, time
sys.path.insert(0, '/work/shared/peers/lib'); sys.path.insert(0, '/work/shared/eval')
from offsets import to_codepoints
from common import f1
gold_path = sys.argv[1]
rows = [json.loads(l) for l in open(gold_path)]
inp = '/tmp/te3_peers_in.jsonl'
with open(inp, 'w') as f:
    for r in rows:
        f.write(json.dumps({'id': r['doc_id'], 'text': r['text'], 'date': r['dct']['value'][:10]}) + '\n')
cmds = {'chrono-node': ['node', 'run_chrono.js'], 'recognizers-text': ['node', 'run_recognizers.js'],
        'dateparser': ['/usr/bin/python3', 'run_dateparser.py']}
for peer, cmd in cmds.items():
    t0 = time.time()
    p = subprocess.run(cmd, stdin=open(inp), capture_output=True, text=True, cwd='/work/shared/peers', env=dict(os.environ, TZ='UTC'))
    dt = time.time() - t0
    out = {}
    for line in p.stdout.splitlines():
        o = json.loads(line); out[o['id']] = o
    n_gold = n_pred = rel = strict = val = 0
    for r in rows:
        o = out.get(r['doc_id'], {})
        conv = to_codepoints(o, r['text'])
        pred = [(conv(d['start'], d['end']), d) for d in o.get('dates', [])]
        n_gold += len(r['timexes']); n_pred += len(pred)
        used = [False] * len(pred)
        for g in r['timexes']:
            for j, ((s, e), d) in enumerate(pred):
                if not used[j] and s < g['end'] and g['start'] < e:
                    used[j] = True; rel += 1; strict += (s, e) == (g['start'], g['end'])
                    val += str(d.get('value')) == g['value']; break
    _, _, fr = f1(rel, n_pred - rel, n_gold - rel)
    _, _, fs = f1(strict, n_pred - strict, n_gold - strict)
    _, _, fv = f1(val, n_pred - val, n_gold - val)
    print(f"| {peer} | {fr:.3f} | {fs:.3f} | {fv:.3f} | {n_pred} | {dt:.1f} s |")
