#!/usr/bin/env python3
"""Writes the input files of fastText's command-line tool (`fasttext supervised`
and `fasttext predict-prob`): the training set with `__label__0/1` prefixes and
the speed corpus as one comment per line, tokenized as the Python peers do
(bench/common.py `fasttext_text`: lower case, punctuation split off words).

Standard library only, so that it runs without bench/.venv.

    python3 bench/speed/fasttext_cli.py --train bench/out/germeval2018.csv --label toxic \
        --train-out bench/out/ft-train.txt --corpus bench/out/speed-1m.csv --rows 100000 \
        --corpus-out bench/out/ft-100k.txt
"""

import argparse
import csv
import re
import sys

csv.field_size_limit(sys.maxsize)
# The same tokenization as bench/common.py (kept in step by hand: that module needs numpy).
_FT_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def fasttext_text(text):
    return " ".join(_FT_TOKEN.findall(text.lower()))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", required=True, help="prepared CSV with text and label columns")
    ap.add_argument("--label", default="toxic")
    ap.add_argument("--train-out", required=True)
    ap.add_argument("--corpus", required=True, help="speed corpus CSV (id,text)")
    ap.add_argument("--corpus-out", required=True, help="one tokenized comment per line")
    ap.add_argument("--rows", type=int, default=0, help="first ROWS rows of the corpus (0 = all)")
    args = ap.parse_args()

    with open(args.train, encoding="utf-8", newline="") as f, \
            open(args.train_out, "w", encoding="utf-8") as out:
        for rec in csv.DictReader(f):
            out.write(f"__label__{int(rec[args.label])} {fasttext_text(rec['text'])}\n")
    n = 0
    with open(args.corpus, encoding="utf-8", newline="") as f, \
            open(args.corpus_out, "w", encoding="utf-8") as out:
        for rec in csv.DictReader(f):
            out.write(fasttext_text(rec["text"]) + "\n")
            n += 1
            if args.rows and n >= args.rows:
                break
    print(f"fasttext_cli.py: {args.corpus_out}: {n} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
