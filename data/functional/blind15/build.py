#!/usr/bin/env python3
"""Deterministic builder for the blind15 German HateCheck-style suite.

Reads the hand-written data files in ./data and writes ./cases.csv.
  data/<functionality>.txt   one-off cases, one per line: target|text
  data/templates.txt         templates (name|functionality|text with {G}) and their fills
  data/spelling.txt          spelling variants derived from hateful cases
Standard library only; no randomness, so every run gives the same file.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
OUT = os.path.join(HERE, "cases.csv")

# (functionality, label, expected count) in output order
FUNCTIONALITIES = [
    ("derog_neg_emote_h", "hateful", 36),
    ("derog_neg_attrib_h", "hateful", 36),
    ("derog_dehum_h", "hateful", 36),
    ("derog_impl_h", "hateful", 36),
    ("threat_dir_h", "hateful", 36),
    ("threat_norm_h", "hateful", 36),
    ("slur_h", "hateful", 36),
    ("profanity_h", "hateful", 36),
    ("ref_subs_clause_h", "hateful", 36),
    ("ref_subs_sent_h", "hateful", 36),
    ("negate_pos_h", "hateful", 36),
    ("phrase_question_h", "hateful", 36),
    ("phrase_opinion_h", "hateful", 36),
    ("spell_char_swap_h", "hateful", 30),
    ("spell_char_del_h", "hateful", 30),
    ("spell_space_del_h", "hateful", 30),
    ("spell_space_add_h", "hateful", 30),
    ("spell_leet_h", "hateful", 30),
    ("slur_homonym_nh", "non-hateful", 36),
    ("slur_reclaimed_nh", "non-hateful", 36),
    ("profanity_nh", "non-hateful", 36),
    ("negate_neg_nh", "non-hateful", 36),
    ("ident_neutral_nh", "non-hateful", 36),
    ("ident_pos_nh", "non-hateful", 36),
    ("counter_quote_nh", "non-hateful", 36),
    ("counter_ref_nh", "non-hateful", 36),
    ("target_obj_nh", "non-hateful", 36),
    ("target_indiv_nh", "non-hateful", 36),
    ("target_group_nh", "non-hateful", 36),
]
LABEL = {f: l for f, l, _ in FUNCTIONALITIES}
SPELLING = [f for f, _, _ in FUNCTIONALITIES if f.startswith("spell_")]
TARGETS = {"women", "trans", "gay", "black", "disabled", "jews", "muslims",
           "refugees", "migrants", "roma", "none", "object", "individual",
           "nonprotected"}


def die(msg):
    sys.exit("build.py: " + msg)


def content_lines(path):
    with open(path, encoding="utf-8") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield n, line


def read_oneoffs(func):
    path = os.path.join(DATA, func + ".txt")
    rows = []
    for n, line in content_lines(path):
        target, sep, text = line.partition("|")
        if not sep or "|" in text:
            die(f"{path}:{n}: expected target|text")
        target, text = target.strip(), text.strip()
        if target not in TARGETS:
            die(f"{path}:{n}: unknown target {target!r}")
        rows.append({"target": target, "text": text, "template_id": None})
    return rows


def read_templates():
    path = os.path.join(DATA, "templates.txt")
    by_func = {}
    current = None
    for n, line in content_lines(path):
        if line.startswith((" ", "\t")):
            if current is None:
                die(f"{path}:{n}: fill before any template")
            target, _, group = line.strip().partition("|")
            if target not in TARGETS:
                die(f"{path}:{n}: unknown target {target!r}")
            name, func, pattern = current
            text = pattern.replace("{G}", group.strip())
            by_func.setdefault(func, []).append(
                {"target": target, "text": text, "template_id": name})
        else:
            parts = line.split("|")
            if len(parts) != 3 or "{G}" not in parts[2]:
                die(f"{path}:{n}: expected name|functionality|text with {{G}}")
            if parts[1] not in LABEL:
                die(f"{path}:{n}: unknown functionality {parts[1]!r}")
            current = tuple(p.strip() for p in parts)
    # at most three fills per template
    counts = {}
    for rows in by_func.values():
        for r in rows:
            counts[r["template_id"]] = counts.get(r["template_id"], 0) + 1
    for name, c in counts.items():
        if c > 3:
            die(f"template {name} filled {c} times (max 3)")
    return by_func


def read_spelling():
    path = os.path.join(DATA, "spelling.txt")
    rows = []
    for n, line in content_lines(path):
        parts = line.split("|")
        if len(parts) != 5:
            die(f"{path}:{n}: expected 5 fields")
        rows.append((n,) + tuple(p.strip() for p in parts))
    return rows


def main():
    templates = read_templates()
    cases = []          # list of dicts in output order
    by_func = {}
    for func, label, expected in FUNCTIONALITIES:
        if func in SPELLING:
            continue
        rows = read_oneoffs(func) + templates.get(func, [])
        if len(rows) != expected:
            die(f"{func}: {len(rows)} cases, expected {expected}")
        for r in rows:
            r["functionality"] = func
            r["label"] = label
            r["derived_from"] = ""
        by_func[func] = rows

    # spelling variants, resolved against the hateful cases
    spell_rows = {f: [] for f in SPELLING}
    for n, sfunc, src_func, snippet, original, altered in read_spelling():
        if sfunc not in SPELLING:
            die(f"spelling.txt:{n}: {sfunc} is not a spelling functionality")
        if LABEL.get(src_func) != "hateful" or src_func in SPELLING:
            die(f"spelling.txt:{n}: source functionality {src_func} not a hateful base one")
        hits = [r for r in by_func[src_func] if snippet in r["text"]]
        if len(hits) != 1:
            die(f"spelling.txt:{n}: snippet {snippet!r} matches {len(hits)} cases in {src_func}")
        src = hits[0]
        if original not in src["text"]:
            die(f"spelling.txt:{n}: {original!r} not in source text {src['text']!r}")
        text = src["text"].replace(original, altered, 1)
        spell_rows[sfunc].append({
            "functionality": sfunc, "label": "hateful", "target": src["target"],
            "text": text, "template_id": None, "source": src})
    for func, _, expected in FUNCTIONALITIES:
        if func in SPELLING:
            if len(spell_rows[func]) != expected:
                die(f"{func}: {len(spell_rows[func])} cases, expected {expected}")
            by_func[func] = spell_rows[func]

    # assign ids in functionality order
    oneoff = 0
    for func, _, _ in FUNCTIONALITIES:
        for r in by_func[func]:
            cases.append(r)
            r["id"] = "b15_%04d" % len(cases)
            if r["template_id"] is None:
                oneoff += 1
                r["template_id"] = "oneoff_%03d" % oneoff
    for r in cases:
        r["derived_from"] = r["source"]["id"] if "source" in r else ""

    seen = {}
    for r in cases:
        if r["text"] in seen:
            die(f"duplicate text {r['text']!r} ({seen[r['text']]} and {r['id']})")
        seen[r["text"]] = r["id"]

    cols = ["id", "functionality", "label", "target", "template_id", "text", "derived_from"]
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in cases:
            w.writerow(r)
    print(f"wrote {len(cases)} cases to {OUT}")


if __name__ == "__main__":
    main()
