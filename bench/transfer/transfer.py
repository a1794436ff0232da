#!/usr/bin/env python3
"""Cross-set transfer: train on one data set, score another, for moderato and the peers.

Cross-validation on one set flatters every model: the GermEval test sets come
from another period and mix of topics, and a newsroom's comments from another
site. Training on one of the three sets and scoring a different one is the
closest the data in ../shared gets to that shift. Every system trains on all
rows of the source set with its own recipe (moderato: `moderato train`, its
C and NB scaling chosen by inner cross-validation, threshold chosen on its
own out-of-fold scores; scikit-learn and fastText as in bench/quality) and
scores every row of the target set once. One Million Posts' "toxic" is
Inappropriate or Discriminating.

    bench/.venv/bin/python bench/transfer/transfer.py --moderato target/release/moderato \
        --data bench/out --work bench/out/transfer -o bench/out/transfer.md
"""

import argparse
import csv
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import common  # noqa: E402

SETS = ("germeval2018", "germeval2021", "omp")
PAIRS = [
    ("germeval2018", "germeval2021"),
    ("germeval2021", "germeval2018"),
    ("germeval2018+germeval2021", "omp"),
    ("omp", "germeval2018"),
    ("omp", "germeval2021"),
]


def read_set(data_dir, name):
    """(texts, toxic 0/1) of a prepared set; OMP's toxic = inappropriate or discriminating."""
    path = os.path.join(data_dir, f"{name}.csv")
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if name == "omp":
        ys = [int(r["inappropriate"] == "1" or r["discriminating"] == "1") for r in rows]
    else:
        ys = [int(r["toxic"]) for r in rows]
    return [r["text"] for r in rows], ys


def source_rows(data_dir, spec):
    texts, ys = [], []
    for name in spec.split("+"):
        t, y = read_set(data_dir, name)
        texts += t
        ys += y
    return texts, ys


def write_csv(path, texts, ys):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["text", "gold"])
        w.writerows(zip(texts, ys))


def run(cmd):
    res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # moderato score exits 1 when a row carries an error; those rows score as missing.
    if res.returncode not in (0, 1):
        sys.exit(f"transfer.py: {' '.join(cmd)} failed ({res.returncode}):\n{res.stderr[-2000:]}")
    return res.stdout


def moderato_scores(binary, work, tag, train_path, test_path, n_test, extra):
    """Trains moderato on train_path, scores test_path; (scores, review threshold)."""
    model = os.path.join(work, f"{tag}.model")
    run([binary, "train", "--data", train_path, "--text-col", "text", "--label", "toxic=gold",
         "--threshold-objective", "macro-f1", *extra, "-o", model])
    info = json.loads(run([binary, "info", "--json", "--model", model]))
    toxic = next(label for label in info["labels"] if label["name"] == "toxic")
    scored = os.path.join(work, f"{tag}.scored.csv")
    run([binary, "score", test_path, "--text-col", "text", "--model", model, "--policy", "none",
         "--no-progress", "-o", scored])
    with open(scored, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    if len(rows) != n_test:
        sys.exit(f"transfer.py: {scored} has {len(rows)} rows for {n_test} inputs")
    bad = [i for i, r in enumerate(rows) if r["toxic"] == ""]
    if bad:
        sys.exit(f"transfer.py: {len(bad)} rows of {test_path} not scored (first: row {bad[0] + 2})")
    return [float(r["toxic"]) for r in rows], toxic["thresholds"]["review"]


def fmt(x):
    return "–" if x is None else f"{x:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--moderato", help="moderato binary (omit to run the peers only)")
    ap.add_argument("--data", required=True, help="folder of the prepared sets (bench/prepare.py)")
    ap.add_argument("--work", required=True, help="folder for the train/test files and models")
    ap.add_argument("--train-args", default="", help="extra `moderato train` arguments, e.g. '--cues false'")
    ap.add_argument("--header", default="")
    ap.add_argument("--json")
    ap.add_argument("-o", "--output", required=True)
    args = ap.parse_args()
    common.limit_threads()
    os.makedirs(args.work, exist_ok=True)

    results = []
    for src, dst in PAIRS:
        tr_texts, tr_y = source_rows(args.data, src)
        te_texts, te_y = source_rows(args.data, dst)
        tag = f"{src}-to-{dst}".replace("+", "_")
        train_path = os.path.join(args.work, f"{tag}.train.csv")
        test_path = os.path.join(args.work, f"{tag}.test.csv")
        write_csv(train_path, tr_texts, tr_y)
        write_csv(test_path, te_texts, te_y)
        systems = {}
        if args.moderato:
            with common.Timer() as t:
                scores, thr = moderato_scores(args.moderato, args.work, tag, train_path, test_path, len(te_y),
                                              args.train_args.split())
            systems["moderato"] = common.binary_metrics(te_y, scores, thr)
            print(f"transfer.py: {tag} moderato {t.seconds:.1f}s", file=sys.stderr)
        with common.Timer() as t:
            pipe = common.make_sklearn_pipeline().fit(tr_texts, tr_y)
            systems["scikit-learn"] = common.binary_metrics(te_y, common.positive_proba(pipe, te_texts))
        print(f"transfer.py: {tag} scikit-learn {t.seconds:.1f}s", file=sys.stderr)
        with common.Timer() as t:
            ft = common.train_fasttext(tr_texts, tr_y)
            systems["fastText"] = common.binary_metrics(te_y, common.fasttext_positive_proba(ft, te_texts))
        print(f"transfer.py: {tag} fastText {t.seconds:.1f}s", file=sys.stderr)
        results.append({"train": src, "test": dst, "n_train": len(tr_y), "pos_train": sum(tr_y),
                        "n_test": len(te_y), "pos_test": sum(te_y), "systems": systems})

    names = list(results[0]["systems"])
    out = [args.header, "",
           "ROC-AUC and average precision rank the target set's comments (no threshold); macro-F1 "
           "at each system's own threshold (moderato: the review threshold it chose on its training "
           "set's out-of-fold scores; the peers: 0.5) and at the oracle threshold tuned on the "
           "target set itself (optimistic, for comparison only).", ""]
    for metric, key in (("ROC-AUC", "roc_auc"), ("average precision", "average_precision"),
                        ("macro-F1 at own threshold", "macro_f1"), ("macro-F1 at oracle threshold", None)):
        out += [f"**{metric}**", "", "| train → test | n (pos) train | n (pos) test | " + " | ".join(names) + " |",
                "|---|---|---|" + "---|" * len(names)]
        for r in results:
            cells = []
            for s in names:
                m = r["systems"][s]
                cells.append(fmt(m["oracle"]["macro_f1"]["macro_f1"] if key is None else m[key]))
            out.append(f"| {r['train']} → {r['test']} | {r['n_train']} ({r['pos_train']}) | "
                       f"{r['n_test']} ({r['pos_test']}) | " + " | ".join(cells) + " |")
        out.append("")
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1)
    print("\n".join(out))


if __name__ == "__main__":
    main()
