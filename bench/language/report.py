#!/usr/bin/env python3
"""Language identification benchmark: builds the input, reads moderato's
`language` column back and prints the table. Standard library only.

  report.py prepare --data ../shared/data --own data/language -o bench/out/language-in.csv
  report.py table bench/out/language-scored.csv
"""
import argparse
import csv
import glob
import os
import sys
from collections import defaultdict

csv.field_size_limit(1 << 30)

# Serbian, Croatian and Bosnian are one language for a detector: any of the
# three counts as right for each of them.
SAME = {"hr": {"hr", "sr", "bs"}, "sr": {"hr", "sr", "bs"}, "bs": {"hr", "sr", "bs"}}
BUCKETS = [(0, 20), (21, 50), (51, 100), (101, 200), (201, 10**9)]


def german(data):
    """(set, text) of every text in the shared German training data."""
    with open(os.path.join(data, "germeval2018/train.txt"), encoding="utf-8") as f:
        for line in f:
            text = line.rstrip("\n").split("\t")[0]
            yield "germeval2018", text
    with open(os.path.join(data, "germeval2021/train.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield "germeval2021", row["comment_text"]
    seen = set()
    with open(os.path.join(data, "omp/posts_labeled.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["ID_Post"] in seen:
                continue
            seen.add(row["ID_Post"])
            text = "\n".join(t for t in (row["Headline"], row["Body"]) if t.strip())
            yield "omp", text


def prepare(args):
    with open(args.output, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["set", "lang", "text"])
        for s, text in german(args.data):
            if text.strip():
                w.writerow([s, "de", text])
        for path in sorted(glob.glob(os.path.join(args.own, "*.txt"))):
            lang = os.path.basename(path)[:-4]
            with open(path, encoding="utf-8") as g:
                for line in g:
                    if line.strip():
                        w.writerow(["own", lang, line.strip()])


def bucket(n):
    for lo, hi in BUCKETS:
        if lo <= n <= hi:
            return f"{lo}-{hi}" if hi < 10**9 else f">{lo - 1}"
    return "?"


def table(args):
    n = defaultdict(int)
    right = defaultdict(int)
    foreign = defaultdict(int)
    by_len = defaultdict(lambda: [0, 0])
    de_sets = defaultdict(lambda: [0, 0])
    wrong_examples = []
    with open(args.scored, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["error"]:
                continue
            lang, got, text = row["lang"], row["language"], row["text"]
            n[lang] += 1
            right[lang] += got in SAME.get(lang, {lang})
            foreign[lang] += got != "de"
            if lang == "de":
                b = by_len[bucket(len(text))]
                b[0] += 1
                b[1] += got != "de"
                d = de_sets[row["set"]]
                d[0] += 1
                d[1] += got != "de"
                if got != "de" and len(wrong_examples) < args.examples:
                    wrong_examples.append((got, text.replace("\n", " ")[:100]))
    print("| language | n | detected correctly | routed as not German |")
    print("|---|---|---|---|")
    for lang in sorted(n, key=lambda l: (l != "de", l)):
        k = n[lang]
        print(f"| {lang} | {k} | {right[lang] / k:.3f} | {foreign[lang] / k:.3f} |")
    print()
    print("German texts by set: share classified German")
    print()
    print("| set | n | German | false-foreign |")
    print("|---|---|---|---|")
    for s, (k, bad) in sorted(de_sets.items()):
        print(f"| {s} | {k} | {1 - bad / k:.4f} | {bad / k:.4f} |")
    print()
    print("German false-foreign rate by text length (characters)")
    print()
    print("| length | n | false-foreign |")
    print("|---|---|---|")
    for lo, hi in BUCKETS:
        key = f"{lo}-{hi}" if hi < 10**9 else f">{lo - 1}"
        k, bad = by_len.get(key, [0, 0])
        rate = f"{bad / k:.4f}" if k else "n/a"
        print(f"| {key} | {k} | {rate} |")
    if wrong_examples:
        print()
        print("Examples of German texts classified as another language:")
        print()
        for got, text in wrong_examples:
            print(f"- {got}: {text}")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("prepare")
    a.add_argument("--data", required=True)
    a.add_argument("--own", required=True)
    a.add_argument("-o", "--output", required=True)
    t = sub.add_parser("table")
    t.add_argument("scored")
    t.add_argument("--examples", type=int, default=15)
    args = p.parse_args()
    {"prepare": prepare, "table": table}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
