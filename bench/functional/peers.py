#!/usr/bin/env python3
"""Scores the functional suite with the peers trained on the pooled data.

scikit-learn (TF-IDF word + char, logistic regression) and fastText, defined
in bench/common.py exactly as in the quality benchmark, are trained once on
all rows of bench/out/pooled-toxic.csv and score every case of
data/functional/cases.csv. Output CSV: id,sklearn,fasttext (P(toxic)).

    bench/.venv/bin/python bench/functional/peers.py --train bench/out/pooled-toxic.csv \
        --cases data/functional/cases.csv -o bench/out/functional-peers.csv
"""

import argparse
import csv
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import common  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", required=True)
    ap.add_argument("--cases", required=True)
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    common.limit_threads()
    texts, ys, _ = common.read_prepared(args.train, "text", ["toxic"])
    with open(args.cases, encoding="utf-8", newline="") as f:
        cases = list(csv.DictReader(f))
    case_texts = [c["text"] for c in cases]

    with common.Timer() as t:
        pipe = common.make_sklearn_pipeline().fit(texts, ys["toxic"])
        sk = common.positive_proba(pipe, case_texts)
    print(f"peers.py: scikit-learn trained and scored in {t.seconds:.1f}s", file=sys.stderr)
    with common.Timer() as t:
        ft = common.fasttext_positive_proba(common.train_fasttext(texts, ys["toxic"]), case_texts)
    print(f"peers.py: fastText trained and scored in {t.seconds:.1f}s", file=sys.stderr)

    with open(args.output + ".tmp", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "sklearn", "fasttext"])
        for c, a, b in zip(cases, sk, ft):
            w.writerow([c["id"], f"{a:.6f}", f"{b:.6f}"])
    os.replace(args.output + ".tmp", args.output)


if __name__ == "__main__":
    main()
