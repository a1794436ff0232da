#!/usr/bin/env python3
"""Fails (exit 1) if the training templates leak into the evaluation suite.

Checks, between data/augment/ (training) and data/functional/ (evaluation):
  1. no template frame is shared: a frame is the template text with its
     slots and markers removed, lowercased, whitespace squeezed;
  2. no target term is shared: no training target form occurs as a word in
     any evaluation text or target form, and no evaluation target form (or
     slur) occurs as a word in any training text;
  3. no training text shares a word 5-gram with any evaluation text.
It also reports, without failing, how many cases of each blind suite
(data/functional/blind*/cases.csv) share a word 5-gram with a training
text: those suites were written apart from the training data, and their
overlaps are common idioms ("ich hab ja nichts gegen"); the count says how
much of a blind figure could come from recalling a phrase.
Standard library only:  python3 data/augment/check_disjoint.py
"""

import csv
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.join(HERE, "..", "functional")
WORD = re.compile(r"\w+")
N = 5


def tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def texts(path, col):
    with open(path, encoding="utf-8", newline="") as f:
        return [r[col] for r in csv.DictReader(f)]


def frame(template):
    t = re.sub(r"\{[A-Z]+\}", " ", template).replace("<", "").replace(">", "")
    return " ".join(WORD.findall(t.lower()))


def words(text):
    return WORD.findall(text.lower())


def target_terms(rows):
    return {row[k].lower() for row in rows for k in ("bare", "def", "dat", "slur") if row.get(k)}


def ngrams(text):
    w = words(text)
    return {tuple(w[i:i + N]) for i in range(len(w) - N + 1)}


def main():
    problems = []
    train_tpl = tsv(os.path.join(HERE, "templates.tsv"))
    eval_tpl = tsv(os.path.join(EVAL, "templates.tsv"))
    eval_frames = {frame(t["text"]): t["template_id"] for t in eval_tpl}
    for t in train_tpl:
        if frame(t["text"]) in eval_frames:
            problems.append(f"frame of training template {t['template_id']} = evaluation template "
                            f"{eval_frames[frame(t['text'])]}: {frame(t['text'])!r}")

    train_texts = texts(os.path.join(HERE, "train.csv"), "text")
    eval_texts = texts(os.path.join(EVAL, "cases.csv"), "text")
    train_terms = target_terms(tsv(os.path.join(HERE, "targets.tsv")))
    eval_terms = target_terms(tsv(os.path.join(EVAL, "targets.tsv")))
    for term in sorted(train_terms & eval_terms):
        problems.append(f"target term {term!r} is in both targets.tsv files")
    eval_words = {w for t in eval_texts for w in words(t)}
    train_words = {w for t in train_texts for w in words(t)}
    problems += [f"training target term {t!r} occurs in an evaluation text" for t in sorted(train_terms & eval_words)]
    problems += [f"evaluation target term {t!r} occurs in a training text" for t in sorted(eval_terms & train_words)]

    eval_grams = {}
    for t in eval_texts:
        for g in ngrams(t):
            eval_grams.setdefault(g, t)
    for t in train_texts:
        for g in sorted(ngrams(t)):
            if g in eval_grams:
                problems.append(f"5-gram {' '.join(g)!r} in training text {t!r} and evaluation text {eval_grams[g]!r}")
                break

    train_grams = {g for t in train_texts for g in ngrams(t)}
    for path in sorted(glob.glob(os.path.join(EVAL, "blind*", "cases.csv"))):
        cases = texts(path, "text")
        shared = sum(1 for t in cases if ngrams(t) & train_grams)
        print(f"check_disjoint: note: {shared} of {len(cases)} cases of {os.path.relpath(path, EVAL)} "
              f"share a word {N}-gram with a training text", file=sys.stderr)

    for p in problems:
        print(f"check_disjoint: {p}", file=sys.stderr)
    if problems:
        sys.exit(f"check_disjoint: {len(problems)} problem(s): training data overlaps the evaluation suite")
    print(f"check_disjoint: ok ({len(train_tpl)} training vs {len(eval_tpl)} evaluation templates, "
          f"{len(train_terms)} vs {len(eval_terms)} target terms, {len(train_texts)} vs {len(eval_texts)} texts, "
          f"no shared word {N}-gram)")


if __name__ == "__main__":
    main()
