#!/usr/bin/env python3
"""Turns ../shared/data into one CSV per data set under bench/out/.

Each CSV has the columns `text,<labels...>,fold` with fold in 0..9:
  * GermEval: stratified (on the first label) random 10 folds, fixed seed.
  * OMP: folds grouped by ID_Article (no article in two folds), balanced by
    post count, fixed seed.

Standard library only. Run from the repository root:
    python3 bench/prepare.py [--data ../shared/data] [--out bench/out]
"""

import argparse
import collections
import csv
import os
import random
import sys

N_FOLDS = 10
SEED = 20240611
OMP_CATEGORIES = {"OffTopic": "offtopic", "Inappropriate": "inappropriate", "Discriminating": "discriminating"}

csv.field_size_limit(sys.maxsize)


def read_germeval2018(path):
    """TSV without header: text, OFFENSE|OTHER, fine label. Quotes are literal."""
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for lineno, rec in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not rec or rec == [""]:
                continue
            if len(rec) != 3 or rec[1] not in ("OFFENSE", "OTHER"):
                raise ValueError(f"{path}:{lineno}: expected text<TAB>OFFENSE|OTHER<TAB>fine, got {rec!r}")
            rows.append({"text": rec[0], "toxic": int(rec[1] == "OFFENSE")})
    return rows


def read_germeval2021(path):
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            rows.append({"text": rec["comment_text"], "toxic": int(rec["Sub1_Toxic"])})
    return rows


def read_omp(path):
    """Long format -> one row per post that has all three moderation categories."""
    posts = {}
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            label = OMP_CATEGORIES.get(rec["Category"])
            if label is None:
                continue
            post = posts.get(rec["ID_Post"])
            if post is None:
                headline, body = rec["Headline"].strip(), rec["Body"]
                text = f"{headline}\n{body}" if headline else body
                post = posts[rec["ID_Post"]] = {"text": text, "article": rec["ID_Article"]}
            value = int(float(rec["Value"]))
            if value not in (0, 1):
                raise ValueError(f"{path}: post {rec['ID_Post']}: Value {rec['Value']!r} is not 0/1")
            post[label] = value
    labels = list(OMP_CATEGORIES.values())
    return [p for _, p in sorted(posts.items(), key=lambda kv: int(kv[0])) if all(l in p for l in labels)]


def stratified_folds(ys, n_folds=N_FOLDS, seed=SEED):
    """Shuffles each class and deals it round-robin, continuing where the last class stopped."""
    rng = random.Random(seed)
    folds = [0] * len(ys)
    by_class = collections.defaultdict(list)
    for i, y in enumerate(ys):
        by_class[y].append(i)
    k = 0
    for y in sorted(by_class):
        idx = by_class[y]
        rng.shuffle(idx)
        for i in idx:
            folds[i] = k % n_folds
            k += 1
    return folds


def group_folds(groups, n_folds=N_FOLDS, seed=SEED):
    """Assigns whole groups to folds, biggest first, each to the fold with the fewest rows.

    Groups are shuffled before the (stable) sort, so equal-sized groups land in a
    seed-dependent order; ties between folds go to the lowest fold number.
    """
    rng = random.Random(seed)
    members = collections.defaultdict(list)
    for i, g in enumerate(groups):
        members[g].append(i)
    order = sorted(members)
    rng.shuffle(order)
    order.sort(key=lambda g: len(members[g]), reverse=True)
    sizes = [0] * n_folds
    folds = [0] * len(groups)
    for g in order:
        k = min(range(n_folds), key=lambda j: sizes[j])
        sizes[k] += len(members[g])
        for i in members[g]:
            folds[i] = k
    return folds


def write_csv(path, rows, labels, folds):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
        w.writerow(["text", *labels, "fold"])
        for row, fold in zip(rows, folds):
            w.writerow([row["text"], *(row[l] for l in labels), fold])
    os.replace(tmp, path)


def summary(name, rows, labels, folds):
    per_fold = collections.Counter(folds)
    parts = [f"{name}: {len(rows)} rows"]
    for l in labels:
        parts.append(f"{l}={sum(r[l] for r in rows)}")
    parts.append("fold sizes " + "/".join(str(per_fold[k]) for k in range(N_FOLDS)))
    return ", ".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data", help="shared data folder (default: %(default)s)")
    ap.add_argument("--out", default="bench/out", help="output folder (default: %(default)s)")
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        sys.exit(f"prepare.py: data folder {args.data!r} not found (run from the repository root)")
    os.makedirs(args.out, exist_ok=True)

    jobs = [
        ("germeval2018", read_germeval2018, "germeval2018/train.txt", ["toxic"], None),
        ("germeval2021", read_germeval2021, "germeval2021/train.csv", ["toxic"], None),
        ("omp", read_omp, "omp/posts_labeled.csv", list(OMP_CATEGORIES.values()), "article"),
    ]
    for name, reader, rel, labels, group_key in jobs:
        rows = reader(os.path.join(args.data, rel))
        if not rows:
            sys.exit(f"prepare.py: no rows read from {rel}")
        if group_key:
            folds = group_folds([r[group_key] for r in rows])
        else:
            folds = stratified_folds([r[labels[0]] for r in rows])
        write_csv(os.path.join(args.out, f"{name}.csv"), rows, labels, folds)
        print(summary(name, rows, labels, folds))


if __name__ == "__main__":
    main()
