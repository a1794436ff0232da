#!/usr/bin/env python3
"""Markdown table of the functional suite: accuracy per functionality and system.

A system flags a case (predicts "hateful") when:
  moderato            decision is review or reject (`moderato score`)
  moderato p>=thr     P(toxic) reaches the model's toxic review threshold
                      (shown only when it differs from the decision somewhere)
  moderato + policy   as moderato, scored with --policy FILE (when available)
  scikit-learn, fastText   P(toxic) >= 0.5
Accuracy: hateful cases are right when flagged, non-hateful ones when not.
Standard library only.
"""

import argparse
import csv
import json
import os
import sys
from collections import OrderedDict

csv.field_size_limit(sys.maxsize)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def moderato_flags(path, threshold=None, policy=False):
    """id -> flagged, from a `moderato score` output; errors are reported, not guessed.

    With a threshold: toxic probability at or above it (the off-topic label
    ignored); with `policy` also any policy match that routes (a match
    labelled "(mention)", a quoted or reported term in a condemning text,
    routes nothing: the model decides)."""
    flags, errors = {}, []
    for r in read_csv(path):
        if r.get("error"):
            errors.append(f"{r['id']}: {r['error']}")
            continue
        if threshold is None:
            flags[r["id"]] = r["decision"] in ("review", "reject")
        else:
            labels = [l for l in r.get("policy", "").split("; ") if l.strip()]
            hit = policy and any(not l.endswith("(mention)") for l in labels)
            flags[r["id"]] = hit or float(r["toxic"]) >= threshold
    if errors:
        print(f"report.py: {path}: {len(errors)} row(s) not scored, e.g. {errors[0]}", file=sys.stderr)
    return flags


def acc(cases, flags):
    scored = [c for c in cases if c["id"] in flags]
    if not scored:
        return None
    right = sum(flags[c["id"]] == (c["label"] == "hateful") for c in scored)
    return right / len(scored)


def fmt(x):
    return "n/a" if x is None else f"{x:.2f}"


def functionality_order(cases):
    order = list(OrderedDict((c["functionality"], c["label"]) for c in cases).items())
    key = {"hateful": 0, "non-hateful": 1}
    return [f for f, lab in sorted(order, key=lambda fl: (fl[0].startswith("spell_"), key[fl[1]]))]


def build(cases, systems):
    names = list(systems)
    by_func = OrderedDict((f, [c for c in cases if c["functionality"] == f]) for f in functionality_order(cases))
    byid = {c["id"]: c for c in cases}
    res = {"systems": names, "functionalities": [], "overall": {}, "spelling": [], "targets": []}
    for f, cs in by_func.items():
        res["functionalities"].append({"functionality": f, "label": cs[0]["label"], "n": len(cs),
                                       "accuracy": {s: acc(cs, systems[s]) for s in names}})
    hateful = [c for c in cases if c["label"] == "hateful"]
    nonhateful = [c for c in cases if c["label"] == "non-hateful"]
    res["overall"] = {"n_hateful": len(hateful), "n_nonhateful": len(nonhateful),
                      "hateful_caught": {s: acc(hateful, systems[s]) for s in names},
                      "nonhateful_kept": {s: acc(nonhateful, systems[s]) for s in names}}
    for f, cs in by_func.items():
        if not f.startswith("spell_"):
            continue
        originals = [byid[c["derived_from"]] for c in cs]
        row = {"functionality": f, "n": len(cs), "variant": {}, "original": {}, "difference": {}}
        for s in names:
            v, o = acc(cs, systems[s]), acc(originals, systems[s])
            row["variant"][s], row["original"][s] = v, o
            row["difference"][s] = None if v is None or o is None else v - o
        res["spelling"].append(row)
    targets = OrderedDict((c["target"], None) for c in cases if c["template_id"] != c["id"])
    for t in targets:
        h = [c for c in hateful if c["target"] == t]
        n = [c for c in nonhateful if c["target"] == t]
        res["targets"].append({"target": t, "n_hateful": len(h), "n_nonhateful": len(n),
                               "hateful_caught": {s: acc(h, systems[s]) for s in names},
                               "nonhateful_kept": {s: acc(n, systems[s]) for s in names}})
    return res


def verdict(res, system):
    """The issue's targets, checked for one moderato column."""
    o = res["overall"]
    worst = min(res["functionalities"], key=lambda r: r["accuracy"][system] if r["accuracy"][system] is not None else 2)
    gaps = [abs(r["difference"][system]) for r in res["spelling"] if r["difference"][system] is not None]
    checks = [
        (f"hateful caught {fmt(o['hateful_caught'][system])} ≥ 0.80", (o["hateful_caught"][system] or 0) >= 0.80),
        (f"non-hateful kept {fmt(o['nonhateful_kept'][system])} ≥ 0.80", (o["nonhateful_kept"][system] or 0) >= 0.80),
        (f"lowest functionality {worst['functionality']} {fmt(worst['accuracy'][system])} ≥ 0.60",
         (worst["accuracy"][system] or 0) >= 0.60),
        (f"largest spelling-variant gap {max(gaps) if gaps else 0:.2f} ≤ 0.05", not gaps or max(gaps) <= 0.05 + 1e-9),
    ]
    return [f"{'met' if ok else '**not met**'}: {text}" for text, ok in checks]


def markdown(res, header):
    names = res["systems"]
    out = [header, "", "| functionality | label | n | " + " | ".join(names) + " |",
           "|---|---|---|" + "---|" * len(names)]
    for r in res["functionalities"]:
        out.append(f"| {r['functionality']} | {r['label']} | {r['n']} | "
                   + " | ".join(fmt(r["accuracy"][s]) for s in names) + " |")
    o = res["overall"]
    out += ["", "| overall | n | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names),
            f"| hateful caught | {o['n_hateful']} | " + " | ".join(fmt(o["hateful_caught"][s]) for s in names) + " |",
            f"| non-hateful kept | {o['n_nonhateful']} | "
            + " | ".join(fmt(o["nonhateful_kept"][s]) for s in names) + " |"]
    out += ["", "Spelling variants: accuracy on the variants / on the cases they were derived from (difference).", "",
            "| variant | n | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for r in res["spelling"]:
        cells = [f"{fmt(r['variant'][s])} / {fmt(r['original'][s])} ({r['difference'][s]:+.2f})"
                 if r["difference"][s] is not None else "n/a" for s in names]
        out.append(f"| {r['functionality']} | {r['n']} | " + " | ".join(cells) + " |")
    out += ["", "Per target group (template cases and their spelling variants): hateful caught / non-hateful kept.", "",
            "| target | n hateful / non-hateful | " + " | ".join(names) + " |", "|---|---|" + "---|" * len(names)]
    for r in res["targets"]:
        out.append(f"| {r['target']} | {r['n_hateful']} / {r['n_nonhateful']} | "
                   + " | ".join(f"{fmt(r['hateful_caught'][s])} / {fmt(r['nonhateful_kept'][s])}" for s in names)
                   + " |")
    for s in names:
        if s.startswith("moderato"):
            out += ["", f"Targets of issue 9 for {s}:", ""] + [f"- {line}" for line in verdict(res, s)]
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", required=True)
    ap.add_argument("--moderato", help="moderato score output CSV")
    ap.add_argument("--toxic-threshold", type=float, help="the model's toxic review threshold")
    ap.add_argument("--policy", help="moderato score --policy output CSV")
    ap.add_argument("--peers", help="peers.py output CSV")
    ap.add_argument("--header", default="")
    ap.add_argument("--json", help="write the figures here as JSON")
    ap.add_argument("-o", "--output", help="also write the Markdown here")
    args = ap.parse_args()

    cases = read_csv(args.cases)
    systems = OrderedDict()
    if args.moderato:
        systems["moderato"] = moderato_flags(args.moderato)
        if args.toxic_threshold is not None:
            prob = moderato_flags(args.moderato, args.toxic_threshold)
            if prob != systems["moderato"]:
                systems[f"moderato p≥{args.toxic_threshold:.3f}"] = prob
    if args.policy:
        systems["moderato + policy"] = moderato_flags(args.policy)
        if args.toxic_threshold is not None:
            systems["moderato toxic or policy"] = moderato_flags(
                args.policy, args.toxic_threshold, policy=True
            )
    if args.peers:
        peers = read_csv(args.peers)
        for name, col in (("scikit-learn", "sklearn"), ("fastText", "fasttext")):
            systems[name] = {r["id"]: float(r[col]) >= 0.5 for r in peers}
    if not systems:
        sys.exit("report.py: no system to report (give --moderato and/or --peers)")
    res = build(cases, systems)
    text = markdown(res, args.header)
    print(text, end="")
    for path, content in ((args.output, text), (args.json, json.dumps(res, indent=2, ensure_ascii=False) + "\n")):
        if path:
            with open(path + ".tmp", "w", encoding="utf-8") as f:
                f.write(content)
            os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
