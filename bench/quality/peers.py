#!/usr/bin/env python3
"""Out-of-fold quality of the peers (scikit-learn, fastText) on a prepared CSV.

For each fold k: train on the other folds, predict fold k; the metrics are
computed once over all out-of-fold predictions, at threshold 0.5.

    bench/.venv/bin/python bench/quality/peers.py --data bench/out/germeval2018.csv \
        --label toxic [--label ...] [--peers sklearn,fasttext] [-o out.json]
        [--aux FILE --aux-label COL --aux-weight W]

--aux adds rows (repeatable) that train in every fold and are never scored,
their COL column standing for every label, at sample weight W: the same
auxiliary data moderato gets from bench/quality/omp-auxiliary.toml
(scikit-learn only; fastText has no sample weights).

Output JSON: {"data": ..., "folds": 10, "peers": {"sklearn": {"wall_seconds": ..,
"labels": [{"label": .., "roc_auc": .., "f1": .., "macro_f1": .., ...}]}, ...}}
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import numpy as np  # noqa: E402

import common  # noqa: E402

PEERS = ("sklearn", "fasttext")


def oof_sklearn(texts, ys, folds, aux=None):
    """Fits the TF-IDF union once per fold, then one logistic regression per
    label; `aux` = (texts, labels, weight) rows join every fold's training."""
    texts = np.asarray(texts, dtype=object)
    scores = {l: np.zeros(len(texts)) for l in ys}
    aux_texts, aux_y, aux_w = aux if aux else (np.array([], dtype=object), np.array([], dtype=int), 1.0)
    for k in np.unique(folds):
        train, test = folds != k, folds == k
        feats = common.make_sklearn_features()
        X_train = feats.fit_transform(np.concatenate([texts[train], aux_texts]))
        X_test = feats.transform(texts[test])
        weights = np.r_[np.ones(train.sum()), np.full(len(aux_texts), aux_w)]
        for label, y in ys.items():
            clf = common.make_sklearn_classifier().fit(
                X_train, np.r_[y[train], aux_y], sample_weight=weights)
            scores[label][test] = common.positive_proba(clf, X_test)
    return scores


def oof_fasttext(texts, ys, folds, aux=None):
    if aux:
        raise SystemExit("peers.py: fastText has no sample weights; run --aux with --peers sklearn")
    """One binary fastText model per (fold, label)."""
    texts = np.asarray(texts, dtype=object)
    scores = {l: np.zeros(len(texts)) for l in ys}
    for k in np.unique(folds):
        train, test = folds != k, folds == k
        for label, y in ys.items():
            model = common.train_fasttext(texts[train], y[train])
            scores[label][test] = common.fasttext_positive_proba(model, list(texts[test]))
    return scores


RUNNERS = {"sklearn": oof_sklearn, "fasttext": oof_fasttext}


def read_aux(paths, label, weight, text_col="text"):
    """(texts, labels, weight) of the auxiliary files, or None without any."""
    if not paths:
        return None
    texts, ys = [], []
    for path in paths:
        t, y, _ = common.read_prepared(path, text_col, [label])
        texts += list(t)
        ys += list(y[label])
    return np.asarray(texts, dtype=object), np.asarray(ys), weight


def run(data, labels, peers, text_col="text", fold_col="fold", aux=None):
    common.limit_threads()
    texts, ys, folds = common.read_prepared(data, text_col, labels, fold_col)
    result = {"data": data, "n": len(texts), "folds": int(len(np.unique(folds))),
              "threshold": common.THRESHOLD, "peers": {}}
    if aux:
        result["aux_rows"], result["aux_weight"] = len(aux[0]), aux[2]
    for peer in peers:
        with common.Timer() as t:
            scores = RUNNERS[peer](texts, ys, folds, aux)
        result["peers"][peer] = {
            "wall_seconds": round(t.seconds, 2),
            "labels": [dict(label=l, **common.binary_metrics(ys[l], scores[l])) for l in labels],
        }
        print(f"peers.py: {os.path.basename(data)} {peer}: {t.seconds:.1f}s", file=sys.stderr)
    return result


def main():
    ap = argparse.ArgumentParser(description="Out-of-fold quality of scikit-learn and fastText.")
    ap.add_argument("--data", required=True, help="CSV written by bench/prepare.py")
    ap.add_argument("--label", action="append", required=True, help="label column (repeatable)")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--fold-col", default="fold")
    ap.add_argument("--peers", default=",".join(PEERS), help="comma-separated subset of %(default)s")
    ap.add_argument("-o", "--output", help="write JSON here (default: stdout)")
    ap.add_argument("--aux", action="append", default=[],
                    help="prepared CSV whose rows train in every fold, never scored (repeatable)")
    ap.add_argument("--aux-label", default="toxic", help="column of --aux standing for every label")
    ap.add_argument("--aux-weight", type=float, default=1.0, help="sample weight of --aux rows")
    args = ap.parse_args()

    peers = [p.strip() for p in args.peers.split(",") if p.strip()]
    unknown = [p for p in peers if p not in RUNNERS]
    if unknown:
        ap.error(f"unknown peer(s) {unknown}; known: {list(RUNNERS)}")
    aux = read_aux(args.aux, args.aux_label, args.aux_weight, args.text_col)
    result = run(args.data, args.label, peers, args.text_col, args.fold_col, aux)
    text = json.dumps(result, indent=2)
    if args.output:
        tmp = args.output + ".tmp"
        with open(tmp, "w") as f:
            f.write(text + "\n")
        os.replace(tmp, args.output)
    else:
        print(text)


if __name__ == "__main__":
    main()
