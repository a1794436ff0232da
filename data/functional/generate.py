#!/usr/bin/env python3
"""Builds data/functional/cases.csv, moderato's German functional test suite.

Inputs (all hand-written, CC0, in this folder):
  templates.tsv    sentence frames with slots {N} (bare plural), {D} (plural
                   after an article or pronoun), {DAT} (dative plural) and
                   {SLUR}; <...> marks the words an obfuscator would disguise
  targets.tsv      the target groups and their forms for each slot
  handwritten.tsv  cases without a target slot (insults at individuals,
                   profanity, abuse of objects and institutions, ...)

Spelling variants are derived from a seeded sample of hateful template cases
by perturbing the marked words, so the output is the same on every run.
Standard library only:  python3 data/functional/generate.py [--check]
(--check regenerates in memory and fails if cases.csv differs).
"""

import argparse
import csv
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261201
VARIANT_BASE = 60  # hateful cases each spelling variant is applied to
VARIANTS = ("swap", "drop", "add", "nospace", "addspace", "leet", "homoglyph")
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7", "A": "4", "E": "3",
        "I": "1", "O": "0", "S": "5", "T": "7"}
# Latin letter -> Cyrillic (mostly) or Greek look-alike.
HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у",
              "i": "і", "A": "А", "E": "Е", "O": "Ο", "P": "Р", "C": "С", "T": "Т",
              "H": "Н", "K": "К", "M": "М", "B": "В", "X": "Χ"}
MARK = re.compile(r"<([^<>]+)>")
COLUMNS = ["id", "functionality", "label", "target", "template_id", "text", "derived_from"]


def read_tsv(name):
    path = os.path.join(HERE, name)
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for lineno, row in enumerate(rows, 2):
        if None in row or any(v is None or v == "" for k, v in row.items() if k != "slur"):
            sys.exit(f"{path}:{lineno}: wrong number of fields or empty field: {row!r}")
    return rows


def fill(template, target):
    """Fills the slots; returns (text without markers, list of marked words)."""
    text = (template.replace("{N}", target["bare"]).replace("{D}", target["def"])
            .replace("{DAT}", target["dat"]).replace("{SLUR}", target["slur"]))
    if "{" in text:
        raise ValueError(f"unknown slot in template {template!r}")
    return MARK.sub(r"\1", text), MARK.findall(text)


def template_cases(templates, targets):
    cases = []
    for t in templates:
        for g in targets:
            text, marks = fill(t["text"], g)
            cases.append(dict(id=f"{t['template_id']}.{g['target']}", functionality=t["functionality"],
                              label=t["label"], target=g["target"], template_id=t["template_id"],
                              text=text, derived_from="", marks=marks))
    return cases


def handwritten_cases(rows):
    cases, count = [], {}
    for r in rows:
        n = count[r["functionality"]] = count.get(r["functionality"], 0) + 1
        text, marks = MARK.sub(r"\1", r["text"]), MARK.findall(r["text"])
        cid = f"{r['functionality']}.{n:02d}"
        cases.append(dict(id=cid, functionality=r["functionality"], label=r["label"], target=r["target"],
                          template_id=cid, text=text, derived_from="", marks=marks))
    return cases


# ---------------------------------------------------------------- perturbations of one word

def interior(word):
    """Indices of letters that are neither first nor last (obfuscators keep those)."""
    return [i for i in range(1, len(word) - 1) if word[i].isalpha()]


def swap(word, rng):
    idx = [i for i in interior(word) if i + 1 < len(word) - 1 and word[i] != word[i + 1]
           and word[i + 1].isalpha()] or [0]
    i = rng.choice(idx)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def drop(word, rng):
    i = rng.choice(interior(word) or [len(word) - 1])
    return word[:i] + word[i + 1:]


def add(word, rng):
    i = rng.choice(interior(word) or [0])
    extra = word[i] if rng.random() < 0.5 else rng.choice("aeinrsth")
    return word[:i + 1] + extra + word[i + 1:]


def addspace(word, rng):
    if rng.random() < 0.5:
        return " ".join(word)
    i = rng.randrange(2, max(3, len(word) - 1))
    return word[:i] + " " + word[i:]


def leet(word, rng):
    out = "".join(LEET.get(c, c) if (j > 0 or c.islower()) else c for j, c in enumerate(word))
    return out if out != word else word[0] + "".join(LEET.get(c, c) for c in word[1:])


def homoglyph(word, rng):
    idx = [j for j, c in enumerate(word) if c in HOMOGLYPHS]
    if not idx:
        return word
    chosen = {j for j in idx if rng.random() < 0.6} or {rng.choice(idx)}
    return "".join(HOMOGLYPHS[c] if j in chosen else c for j, c in enumerate(word))


WORD_OPS = {"swap": swap, "drop": drop, "add": add, "addspace": addspace, "leet": leet,
            "homoglyph": homoglyph}


def remove_spaces(text, mark):
    """Glues the marked word to its neighbours: `sind Ungeziefer, nichts` -> `sindUngeziefer,nichts`."""
    i = text.find(mark)
    before, after = text[:i], text[i + len(mark):]
    return before.rstrip(" ") + mark + (after[1:] if after.startswith(" ") else re.sub(r"^([^\w\s]+) ", r"\1", after))


def perturb(case, kind, rng):
    text = case["text"]
    for mark in case["marks"]:
        if kind == "nospace":
            text = remove_spaces(text, mark)
        else:
            text = text.replace(mark, WORD_OPS[kind](mark, rng), 1)
    if text == case["text"]:
        raise ValueError(f"{kind} left {case['id']} unchanged: {text!r}")
    return text


def variant_cases(cases, rng):
    pool = [c for c in cases if c["label"] == "hateful" and c["marks"] and c["template_id"] != c["id"]
            and len(max(c["marks"], key=len)) >= 4]
    base = rng.sample(pool, VARIANT_BASE)
    base.sort(key=lambda c: c["id"])
    out = []
    for kind in VARIANTS:
        for c in base:
            out.append(dict(id=f"spell_{kind}.{c['id']}", functionality=f"spell_{kind}", label=c["label"],
                            target=c["target"], template_id=c["template_id"], text=perturb(c, kind, rng),
                            derived_from=c["id"], marks=[]))
    return out


def build():
    rng = random.Random(SEED)
    cases = template_cases(read_tsv("templates.tsv"), read_tsv("targets.tsv"))
    cases += handwritten_cases(read_tsv("handwritten.tsv"))
    cases += variant_cases(cases, rng)
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        raise ValueError("duplicate case ids")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for c in cases:
        w.writerow([c[k] for k in COLUMNS])
    return buf.getvalue(), cases


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if cases.csv is not what the inputs give")
    args = ap.parse_args()
    text, cases = build()
    path = os.path.join(HERE, "cases.csv")
    if args.check:
        with open(path, encoding="utf-8", newline="") as f:
            if f.read() != text:
                sys.exit(f"{path} is out of date: run python3 data/functional/generate.py")
        return
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    os.replace(tmp, path)
    funcs = {}
    for c in cases:
        funcs.setdefault(c["functionality"], []).append(c)
    print(f"{path}: {len(cases)} cases, {len(funcs)} functionalities, "
          f"{sum(c['label'] == 'hateful' for c in cases)} hateful")


if __name__ == "__main__":
    main()
