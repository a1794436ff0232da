#!/usr/bin/env python3
"""Writes a speed corpus for the policy benchmark and a labelled file for the
policy's hit table, from the shared training data only (stdlib, no venv).

    python3 bench/policy/make_corpus.py --data ../shared/data --out bench/out --rows 200000

Outputs: policy-speed.csv (`id,text`, the real comments cycled to ROWS rows)
and policy-labelled.csv (`source,text,toxic`: GermEval 2018 OFFENSE, GermEval
2021 Sub1_Toxic, One Million Posts Inappropriate or Discriminating).
"""

import argparse
import csv
import itertools
import os
import sys

csv.field_size_limit(sys.maxsize)


def germeval2018(data):
    with open(os.path.join(data, "germeval2018/train.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                yield "germeval2018", parts[0], int(parts[1] == "OFFENSE")


def germeval2021(data):
    with open(os.path.join(data, "germeval2021/train.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            yield "germeval2021", r["comment_text"], int(r["Sub1_Toxic"] == "1")


def omp(data):
    posts = {}
    with open(os.path.join(data, "omp/posts_labeled.csv"), encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            text = " ".join(x for x in (r["Headline"], r["Body"]) if x).strip()
            p = posts.setdefault(r["ID_Post"], [text, 0])
            if r["Category"] in ("Inappropriate", "Discriminating") and r["Value"] == "1":
                p[1] = 1
    for text, y in posts.values():
        if text:
            yield "omp", text, y


def write(path, header, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--out", default="bench/out")
    ap.add_argument("--rows", type=int, default=200_000)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    labelled = [*germeval2018(a.data), *germeval2021(a.data), *omp(a.data)]
    write(os.path.join(a.out, "policy-labelled.csv"), ["source", "text", "toxic"], labelled)
    texts = itertools.islice(itertools.cycle([t for _, t, _ in labelled]), a.rows)
    write(os.path.join(a.out, "policy-speed.csv"), ["id", "text"], ((i, t) for i, t in enumerate(texts, 1)))
    print(f"{len(labelled)} labelled comments, {a.rows} speed rows", file=sys.stderr)


if __name__ == "__main__":
    main()
