#!/usr/bin/env python3
"""Pools the prepared data sets into one `text,toxic` CSV, as train.toml does.

GermEval 2018 (OFFENSE), GermEval 2021 (Sub1_Toxic) and One Million Posts
(Inappropriate or Discriminating) are the training data of the shipped model;
the peers of the functional benchmark train on exactly these rows.
Reads bench/out/{germeval2018,germeval2021,omp}.csv written by bench/prepare.py.
Standard library only:  python3 bench/functional/pooled.py [--out-dir bench/out]
"""

import argparse
import csv
import os
import sys

csv.field_size_limit(sys.maxsize)


def rows(path, toxic):
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            yield rec["text"], toxic(rec)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default="bench/out")
    args = ap.parse_args()
    sources = [
        ("germeval2018.csv", lambda r: int(r["toxic"])),
        ("germeval2021.csv", lambda r: int(r["toxic"])),
        ("omp.csv", lambda r: int(r["inappropriate"] == "1" or r["discriminating"] == "1")),
    ]
    out = os.path.join(args.out_dir, "pooled-toxic.csv")
    n = pos = 0
    with open(out + ".tmp", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "toxic"])
        for name, toxic in sources:
            path = os.path.join(args.out_dir, name)
            if not os.path.exists(path):
                sys.exit(f"pooled.py: {path} missing (run bench/prepare.py first)")
            for text, y in rows(path, toxic):
                w.writerow([text, y])
                n, pos = n + 1, pos + y
    os.replace(out + ".tmp", out)
    print(f"pooled.py: {out}: {n} rows, {pos} toxic", file=sys.stderr)


if __name__ == "__main__":
    main()
