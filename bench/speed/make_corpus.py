#!/usr/bin/env python3
"""Writes the speed corpus: `id,text` rows made by repeating the real comments.

Reads the text column of the prepared CSVs (bench/out/{germeval2018,
germeval2021,omp}.csv) in that order and cycles through them until N rows.
Also writes a PREFIX-row prefix file and a header-only file.

    python3 bench/speed/make_corpus.py [--rows 1000000 --prefix-rows 100000]
"""

import argparse
import csv
import itertools
import os
import sys

csv.field_size_limit(sys.maxsize)
SOURCES = ("germeval2018", "germeval2021", "omp")


def read_texts(out_dir):
    texts = []
    for name in SOURCES:
        path = os.path.join(out_dir, f"{name}.csv")
        if not os.path.exists(path):
            sys.exit(f"make_corpus.py: {path} missing: run bench/prepare.py first")
        with open(path, encoding="utf-8", newline="") as f:
            texts.extend(rec["text"] for rec in csv.DictReader(f))
    return texts


def write(path, texts, rows):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")  # QUOTE_MINIMAL: quotes, commas, newlines escaped
        w.writerow(["id", "text"])
        w.writerows((i, t) for i, t in enumerate(itertools.islice(itertools.cycle(texts), rows), 1))
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default="bench/out", help="where the prepared CSVs are and the corpus goes")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--prefix-rows", type=int, default=100_000)
    ap.add_argument("--name", default="speed-1m.csv", help="file name of the full corpus")
    ap.add_argument("--prefix-name", default="speed-100k.csv")
    ap.add_argument("--empty-name", default="speed-empty.csv", help="header-only file")
    args = ap.parse_args()

    texts = read_texts(args.out_dir)
    big = os.path.join(args.out_dir, args.name)
    write(big, texts, args.rows)
    write(os.path.join(args.out_dir, args.prefix_name), texts, args.prefix_rows)
    write(os.path.join(args.out_dir, args.empty_name), texts, 0)
    size = os.path.getsize(big) / 2**20
    print(f"make_corpus.py: {big}: {args.rows} rows from {len(texts)} distinct comments, {size:.0f} MiB",
          file=sys.stderr)


if __name__ == "__main__":
    main()
