#!/usr/bin/env python3
"""Prediction throughput of one peer on the speed corpus, on one thread.

Trains the peer on a prepared CSV (default: germeval2018, label toxic), then
times reading the corpus CSV and scoring every text. Training is timed
separately and not part of comments/s. Prints one JSON object.

Systems:
  fasttext-batch  all texts read into one list, one model.predict(list) call
  fasttext-loop   streamed, one model.predict(text) call per text
  sklearn         streamed in chunks of 10,000, Pipeline.predict_proba per chunk
  vw              streamed, one Workspace.predict(line) call per text

    bench/.venv/bin/python bench/speed/peer_speed.py --system fasttext-batch \
        --corpus bench/out/speed-1m.csv [--rows 100000]
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import numpy as np  # noqa: E402

import common  # noqa: E402

CHUNK = 10_000


def count_rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return sum(1 for _ in common.csv.DictReader(f))


def train(system, texts, y):
    if system.startswith("fasttext"):
        return common.train_fasttext(texts, y)
    if system == "sklearn":
        return common.make_sklearn_pipeline().fit(texts, y)
    if system == "vw":
        return common.train_vw(texts, y)
    raise ValueError(system)


def score_corpus(system, model, corpus, rows):
    """Returns (rows scored, sum of P(positive)); reading the CSV is included."""
    n, total = 0, 0.0
    if system == "fasttext-batch":
        texts = [t for chunk in common.iter_text_chunks(corpus, limit=rows) for t in chunk]
        p = common.fasttext_positive_proba(model, texts)
        return len(texts), float(p.sum())
    for chunk in common.iter_text_chunks(corpus, chunk=CHUNK, limit=rows):
        if system == "fasttext-loop":
            total += sum(common.fasttext_positive_proba_one(model, t) for t in chunk)
        elif system == "sklearn":
            total += float(common.positive_proba(model, chunk).sum())
        elif system == "vw":
            total += float(common.vw_positive_proba(model, chunk).sum())
        else:
            raise ValueError(system)
        n += len(chunk)
    return n, total


def main():
    ap = argparse.ArgumentParser(description="Prediction throughput of one peer, one thread.")
    ap.add_argument("--system", required=True, choices=["fasttext-batch", "fasttext-loop", "sklearn", "vw"])
    ap.add_argument("--corpus", required=True, help="CSV with a text column (bench/speed/make_corpus.py)")
    ap.add_argument("--rows", type=int, help="score only the first ROWS rows and extrapolate")
    ap.add_argument("--train", default="bench/out/germeval2018.csv")
    ap.add_argument("--label", default="toxic")
    args = ap.parse_args()

    if args.system == "vw" and not common.vw_available():
        print(json.dumps({"system": args.system, "skipped": "vowpalwabbit not installed"}))
        return
    common.limit_threads()
    texts, ys, _ = common.read_prepared(args.train, labels=[args.label])
    with common.Timer() as t_train:
        model = train(args.system, texts, ys[args.label])
    with common.Timer() as t_score:
        n, total = score_corpus(args.system, model, args.corpus, args.rows)
    if n == 0:
        sys.exit(f"peer_speed.py: no rows in {args.corpus}")
    rate = n / t_score.seconds
    result = {
        "system": args.system,
        "threads": 1,
        "train_rows": len(texts),
        "train_seconds": round(t_train.seconds, 2),
        "rows": n,
        "seconds": round(t_score.seconds, 2),
        "comments_per_s": round(rate, 1),
        "mean_score": round(total / n, 4),
    }
    if args.rows is not None:
        full = count_rows(args.corpus)
        if full > n:
            result["extrapolated_rows"] = full
            result["extrapolated_seconds"] = round(full / rate, 1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
