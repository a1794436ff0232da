#!/usr/bin/env python3
"""Turns bench/policy/run's measurements into bench/out/policy.md."""

import argparse
import collections
import csv
import os
import sys

csv.field_size_limit(sys.maxsize)


def best(out, setting, tries):
    runs = []
    for i in range(1, tries + 1):
        with open(os.path.join(out, f"policy-{setting}.try{i}")) as f:
            wall, rss = f.read().split()[:2]
            runs.append((float(wall), int(rss)))
    return min(runs)


def functional(out):
    """Our own hateful cases and their non-hateful contrasts: caught = review or reject."""
    rows = {}
    for setting in ("none", "default"):
        with open(os.path.join(out, f"policy-functional-{setting}.csv"), encoding="utf-8", newline="") as f:
            rows[setting] = list(csv.DictReader(f))
    caught = lambda r: r["decision"] != "approve"  # noqa: E731
    print("## Functional cases (`bench/policy/functional.csv`, our own sentences)\n")
    print("| group | cases | flagged, model alone | flagged, with default policy |\n|---|---|---|---|")
    for hateful, name in (("1", "hateful (should be flagged)"), ("0", "non-hateful contrasts (should not)")):
        pairs = [(n, p) for n, p in zip(rows["none"], rows["default"]) if n["hateful"] == hateful]
        print(f"| {name} | {len(pairs)} | {sum(caught(n) for n, _ in pairs)} | {sum(caught(p) for _, p in pairs)} |")
    print("\n| case | model alone | with default policy | policy |\n|---|---|---|---|")
    for n, p in zip(rows["none"], rows["default"]):
        print(f"| {n['case']} | {n['decision']} (toxic {float(n['toxic']):.2f}) | {p['decision']} | {p['policy']} |")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--rows", type=int, required=True)
    ap.add_argument("--tries", type=int, required=True)
    ap.add_argument("--machine", default="")
    a = ap.parse_args()
    none, default = best(a.out, "none", a.tries), best(a.out, "default", a.tries)
    print(f"# Policy benchmark\n\n{a.machine}\n")
    print("## Speed: `moderato score --threads 1`, best of", a.tries, "\n")
    print("| policy | rows | seconds | comments/s | peak RSS |\n|---|---|---|---|---|")
    for name, (wall, rss) in (("none", none), ("default (built-in German)", default)):
        print(f"| {name} | {a.rows:,} | {wall:.2f} | {a.rows / wall:,.0f} | {rss / 1024:.0f} MiB |")
    print(f"\nOverhead of the default policy: {100 * (default[0] / none[0] - 1):+.1f} %\n")

    functional(a.out)

    with open(os.path.join(a.out, "policy-labelled.csv"), encoding="utf-8", newline="") as f:
        gold = [(r["source"], r["toxic"] == "1") for r in csv.DictReader(f)]
    with open(os.path.join(a.out, "policy-labelled-default.csv"), encoding="utf-8", newline="") as f:
        pol = list(csv.DictReader(f))
    with open(os.path.join(a.out, "policy-labelled-none.csv"), encoding="utf-8", newline="") as f:
        plain = list(csv.DictReader(f))
    assert len(gold) == len(pol) == len(plain)
    per_rule = collections.defaultdict(lambda: [0, 0])
    raised = collections.Counter()
    for (src, toxic), p, q in zip(gold, pol, plain):
        rules = {x.split(":", 1)[0] for x in p["policy"].split("; ") if x}
        for r in rules:
            per_rule[r][0] += 1
            per_rule[r][1] += toxic
        if p["decision"] != q["decision"]:
            raised[(q["decision"], p["decision"], toxic)] += 1
    n_tox = sum(t for _, t in gold)
    print(f"## Hits on the labelled training comments ({len(gold):,}, {n_tox:,} labelled toxic/inappropriate)\n")
    print("| rule | comments matched | of them labelled toxic |\n|---|---|---|")
    for r, (n, t) in sorted(per_rule.items(), key=lambda kv: -kv[1][0]):
        print(f"| {r} | {n} | {t} ({100 * t / n:.0f} %) |")
    print("\n## Decisions the policy changed (model alone → with policy)\n")
    print("| change | labelled toxic | labelled not toxic |\n|---|---|---|")
    for frm, to in sorted({(f, t) for f, t, _ in raised}):
        print(f"| {frm} → {to} | {raised[(frm, to, True)]} | {raised[(frm, to, False)]} |")


if __name__ == "__main__":
    main()
