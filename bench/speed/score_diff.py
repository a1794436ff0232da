#!/usr/bin/env python3
"""Compares the scores of two moderato binaries on the same comments: the
maximum absolute difference per label column, the rows whose decision
or language differs, and whether the two outputs are byte for byte the same.

Scores are compared as printed (four decimals), which is what users get.
Standard library only.

    python3 bench/speed/score_diff.py --old /tmp/moderato-before --new target/release/moderato \
        --input bench/out/score-diff-omp.csv [--model models/default.model]

Without --input, writes bench/out/score-diff-omp.csv first: every post of One
Million Posts (../shared/data/omp/posts_labeled.csv, headline and body),
repeated in order up to --rows rows (default 200,000).
"""

import argparse
import csv
import filecmp
import itertools
import os
import subprocess
import sys

csv.field_size_limit(sys.maxsize)


def omp_posts(path):
    seen, texts = set(), []
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            if rec["ID_Post"] in seen:
                continue
            seen.add(rec["ID_Post"])
            text = "\n".join(t for t in (rec["Headline"], rec["Body"]) if t.strip())
            if text.strip():
                texts.append(text)
    return texts


def write_corpus(path, texts, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "text"])
        w.writerows((i, t) for i, t in enumerate(itertools.islice(itertools.cycle(texts), rows), 1))


def score(binary, model, inp, out, threads):
    cmd = [binary, "score", inp, "-o", out, "--threads", str(threads), "--no-progress"]
    if model:
        cmd += ["--model", model]
    rc = subprocess.run(cmd).returncode
    if rc not in (0, 1):
        sys.exit(f"score_diff.py: {' '.join(cmd)} exited {rc}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", required=True, help="moderato binary before")
    ap.add_argument("--new", required=True, help="moderato binary after")
    ap.add_argument("--model", help="model file (default: the binaries' default)")
    ap.add_argument("--input", help="CSV to score (default: One Million Posts, repeated)")
    ap.add_argument("--omp", default="../shared/data/omp/posts_labeled.csv")
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--threads", type=int, default=0, help="0 = all cores")
    ap.add_argument("--out-dir", default="bench/out")
    args = ap.parse_args()

    os.makedirs(args.out_dir, exist_ok=True)
    inp = args.input
    if not inp:
        inp = os.path.join(args.out_dir, "score-diff-omp.csv")
        texts = omp_posts(args.omp)
        write_corpus(inp, texts, args.rows)
        print(f"score_diff.py: {inp}: {args.rows} rows from {len(texts)} distinct posts", file=sys.stderr)
    old_out = os.path.join(args.out_dir, "score-diff-old.csv")
    new_out = os.path.join(args.out_dir, "score-diff-new.csv")
    score(args.old, args.model, inp, old_out, args.threads)
    score(args.new, args.model, inp, new_out, args.threads)

    with open(old_out, encoding="utf-8", newline="") as a, open(new_out, encoding="utf-8", newline="") as b:
        ra, rb = csv.DictReader(a), csv.DictReader(b)
        if ra.fieldnames != rb.fieldnames:
            sys.exit(f"score_diff.py: columns differ: {ra.fieldnames} vs {rb.fieldnames}")
        labels = [c for c in ra.fieldnames[ra.fieldnames.index("text") + 1:ra.fieldnames.index("decision")]]
        worst = {l: (0.0, None) for l in labels}
        rows = decisions = languages = scores = 0
        for x, y in itertools.zip_longest(ra, rb):
            if x is None or y is None:
                sys.exit("score_diff.py: the outputs have different row counts")
            rows += 1
            for l in labels:
                if x[l] == "" or y[l] == "":
                    if x[l] != y[l]:
                        sys.exit(f"score_diff.py: row {x['id']}: {l} {x[l]!r} vs {y[l]!r}")
                    continue
                d = abs(float(x[l]) - float(y[l]))
                if d > worst[l][0]:
                    worst[l] = (d, x["id"])
            scores += any(x[l] != y[l] for l in labels)
            decisions += x["decision"] != y["decision"]
            languages += x.get("language") != y.get("language")
    same = filecmp.cmp(old_out, new_out, shallow=False)
    print(f"rows compared: {rows} ({inp})")
    for l, (d, at) in worst.items():
        print(f"max |difference| {l}: {d:.4f}" + (f" (row {at})" if at else ""))
    print(f"rows with another score (as printed): {scores}")
    print(f"rows with another decision: {decisions}")
    print(f"rows with another language: {languages}")
    print(f"outputs byte-identical: {'yes' if same else 'no'}")


if __name__ == "__main__":
    main()
