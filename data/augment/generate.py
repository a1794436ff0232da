#!/usr/bin/env python3
"""Builds data/augment/train.csv (`text,toxic`): template training examples.

The frames (templates.tsv), target groups (targets.tsv) and slot-less
sentences (handwritten.tsv, contrast.tsv … contrast7.tsv) are our own writing (CC0) and are kept disjoint
from the evaluation suite in data/functional/ (different frames, different
target nouns); data/augment/check_disjoint.py enforces that.

Slots: {N} bare plural, {D} plural after an article or pronoun, {DAT} dative
plural. Rows come out in a fixed order, so the file is the same on every run.
Standard library only:  python3 data/augment/generate.py [--check]
"""

import argparse
import csv
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def read_tsv(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for lineno, row in enumerate(rows, 2):
        if None in row or any(v in (None, "") for v in row.values()):
            sys.exit(f"{path}:{lineno}: wrong number of fields or empty field: {row!r}")
    return rows


def fill(template, target):
    text = template.replace("{N}", target["bare"]).replace("{D}", target["def"]).replace("{DAT}", target["dat"])
    if "{" in text:
        raise ValueError(f"unknown slot in {template!r}")
    return text


def build():
    rows = []
    targets = read_tsv("targets.tsv")
    for t in read_tsv("templates.tsv"):
        if t["toxic"] not in ("0", "1"):
            sys.exit(f"templates.tsv: {t['template_id']}: toxic must be 0 or 1")
        rows += [(fill(t["text"], g), t["toxic"], t["template_id"]) for g in targets]
    rows += [(r["text"], r["toxic"], "handwritten") for r in read_tsv("handwritten.tsv")]
    # Written one by one (no frames): each row is its own fold group.
    rows += [(r["text"], r["toxic"], f"contrast.{i}") for i, r in enumerate(read_tsv("contrast.tsv"), 1)]
    rows += [(r["text"], r["toxic"], f"contrast2.{i}") for i, r in enumerate(read_tsv("contrast2.tsv"), 1)]
    rows += [(r["text"], r["toxic"], f"contrast3.{i}") for i, r in enumerate(read_tsv("contrast3.tsv"), 1)]
    # Pairs (a toxic row, then its twin of the same shape): a pair is one
    # fold group.
    rows += [(r["text"], r["toxic"], f"contrast4.{i // 2 + 1}") for i, r in enumerate(read_tsv("contrast4.tsv"))]
    rows += [(r["text"], r["toxic"], f"contrast6.{i // 2 + 1}") for i, r in enumerate(read_tsv("contrast6.tsv"))]
    rows += [(r["text"], r["toxic"], f"contrast7.{i // 2 + 1}") for i, r in enumerate(read_tsv("contrast7.tsv"))]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["text", "toxic", "frame"])
    w.writerows(rows)
    return buf.getvalue(), rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if train.csv is not what the inputs give")
    args = ap.parse_args()
    text, rows = build()
    path = os.path.join(HERE, "train.csv")
    if args.check:
        with open(path, encoding="utf-8", newline="") as f:
            if f.read() != text:
                sys.exit(f"{path} is out of date: run python3 data/augment/generate.py")
        return
    with open(path + ".tmp", "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(path + ".tmp", path)
    print(f"{path}: {len(rows)} rows, {sum(r[1] == '1' for r in rows)} toxic")


if __name__ == "__main__":
    main()
