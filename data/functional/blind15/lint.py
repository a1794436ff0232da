#!/usr/bin/env python3
"""Lint cases.csv: counts, duplicates, derived_from integrity, spelling edits, style stats."""
import collections
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "cases.csv")
EXPECTED = {f: 36 for f in [
    "derog_neg_emote_h", "derog_neg_attrib_h", "derog_dehum_h", "derog_impl_h",
    "threat_dir_h", "threat_norm_h", "slur_h", "profanity_h", "ref_subs_clause_h",
    "ref_subs_sent_h", "negate_pos_h", "phrase_question_h", "phrase_opinion_h",
    "slur_homonym_nh", "slur_reclaimed_nh", "profanity_nh", "negate_neg_nh",
    "ident_neutral_nh", "ident_pos_nh", "counter_quote_nh", "counter_ref_nh",
    "target_obj_nh", "target_indiv_nh", "target_group_nh"]}
EXPECTED.update({f: 30 for f in ["spell_char_swap_h", "spell_char_del_h",
                                 "spell_space_del_h", "spell_space_add_h", "spell_leet_h"]})
PROTECTED = {"women", "trans", "gay", "black", "disabled", "jews", "muslims",
             "refugees", "migrants", "roma"}
NONPROT = {"none", "object", "individual", "nonprotected"}
LEET = {"3": "e", "1": "i", "0": "o", "4": "a", "@": "a", "5": "s", "7": "t", "$": "s"}

errors = []


def err(msg):
    errors.append(msg)


def diff_core(a, b):
    """Return the differing middle parts of a and b after stripping common prefix/suffix."""
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    j = 0
    while j < min(len(a), len(b)) - i and a[-1 - j] == b[-1 - j]:
        j += 1
    return a[i:len(a) - j], b[i:len(b) - j]


def check_spelling(func, src, txt):
    if func == "spell_char_swap_h":
        s, t = diff_core(src, txt)
        return len(s) == 2 and t == s[::-1] and s[0] != s[1]
    if func == "spell_char_del_h":
        return len(txt) == len(src) - 1 and any(src[:k] + src[k + 1:] == txt for k in range(len(src)))
    if func == "spell_space_del_h":
        return txt.replace(" ", "") == src.replace(" ", "") and txt.count(" ") < src.count(" ")
    if func == "spell_space_add_h":
        return txt.replace(" ", "") == src.replace(" ", "") and txt.count(" ") > src.count(" ")
    if func == "spell_leet_h":
        if len(txt) != len(src):
            return False
        changed = [(a, b) for a, b in zip(src, txt) if a != b]
        return bool(changed) and all(b in LEET and LEET[b] == a.lower() for a, b in changed)
    return False


def norm(t):
    return re.sub(r"[^\wäöüß]+", " ", t.lower()).strip()


with open(PATH, encoding="utf-8", newline="") as fh:
    reader = csv.DictReader(fh)
    if reader.fieldnames != ["id", "functionality", "label", "target", "template_id", "text", "derived_from"]:
        err(f"unexpected header {reader.fieldnames}")
    rows = list(reader)

by_id = {r["id"]: r for r in rows}
if len(by_id) != len(rows):
    err("duplicate ids")
for k, r in enumerate(rows, 1):
    if r["id"] != "b15_%04d" % k:
        err(f"id out of sequence at row {k}: {r['id']}")

# counts per functionality and label
fc = collections.Counter(r["functionality"] for r in rows)
for f, n in EXPECTED.items():
    if fc[f] != n:
        err(f"{f}: {fc[f]} cases, expected {n}")
for f in fc:
    if f not in EXPECTED:
        err(f"unknown functionality {f}")
for r in rows:
    want = "hateful" if r["functionality"].endswith("_h") else "non-hateful"
    if r["label"] != want:
        err(f"{r['id']}: label {r['label']} for {r['functionality']}")
    t = r["target"]
    if r["label"] == "hateful" and t not in PROTECTED:
        err(f"{r['id']}: hateful case with target {t}")
    if t not in PROTECTED | NONPROT:
        err(f"{r['id']}: unknown target {t}")
    if r["functionality"] in ("target_obj_nh",) and t != "object":
        err(f"{r['id']}: target_obj_nh needs target object")
    if r["functionality"] in ("target_indiv_nh",) and t != "individual":
        err(f"{r['id']}: target_indiv_nh needs target individual")
    if r["functionality"] in ("target_group_nh",) and t != "nonprotected":
        err(f"{r['id']}: target_group_nh needs target nonprotected")
    if not r["text"].strip() or r["text"] != r["text"].strip():
        err(f"{r['id']}: empty text or stray whitespace")

# duplicates: exact and after normalising case/punctuation
exact = collections.Counter(r["text"] for r in rows)
for t, n in exact.items():
    if n > 1:
        err(f"duplicate text x{n}: {t}")
normed = collections.defaultdict(list)
for r in rows:
    normed[norm(r["text"])].append(r["id"])
for t, ids in normed.items():
    if len(ids) > 1:
        err(f"near-duplicate texts {ids}: {t}")

# derived_from
for r in rows:
    d = r["derived_from"]
    if r["functionality"].startswith("spell_"):
        src = by_id.get(d)
        if src is None:
            err(f"{r['id']}: derived_from {d!r} does not exist")
            continue
        if src["label"] != "hateful" or src["functionality"].startswith("spell_"):
            err(f"{r['id']}: derived_from {d} is not a hateful base case")
        if src["target"] != r["target"]:
            err(f"{r['id']}: target differs from source {d}")
        if not check_spelling(r["functionality"], src["text"], r["text"]):
            err(f"{r['id']}: edit does not match {r['functionality']}: {src['text']!r} -> {r['text']!r}")
    elif d:
        err(f"{r['id']}: derived_from set on non-spelling case")

# template ids
tpl = collections.Counter(r["template_id"] for r in rows if not r["template_id"].startswith("oneoff_"))
for name, n in tpl.items():
    if n > 3:
        err(f"template {name} used {n} times (max 3)")
oneoff_ids = [r["template_id"] for r in rows if r["template_id"].startswith("oneoff_")]
if len(set(oneoff_ids)) != len(oneoff_ids):
    err("oneoff ids not unique")

# report
print("cases:", len(rows))
print("\nper functionality (label):")
for f in EXPECTED:
    lab = "hateful" if f.endswith("_h") else "non-hateful"
    print(f"  {f:22s} {lab:12s} {fc[f]}")
lc = collections.Counter(r["label"] for r in rows)
print("\nper label:", dict(lc))
print("\nper target:", dict(sorted(collections.Counter(r["target"] for r in rows).items())))
print("\ntargets per base functionality with protected targets:")
for f in EXPECTED:
    c = collections.Counter(r["target"] for r in rows if r["functionality"] == f)
    if set(c) & PROTECTED:
        print(f"  {f:22s} {len(set(c) & PROTECTED):2d} groups, max {max(c.values())}: "
              + " ".join(f"{k}={v}" for k, v in sorted(c.items())))
share_oneoff = len(oneoff_ids) / len(rows)
print(f"\none-offs: {len(oneoff_ids)} ({share_oneoff:.1%}); template cases: {sum(tpl.values())} "
      f"from {len(tpl)} templates")
wc = [len(r["text"].split()) for r in rows]
in_range = sum(1 for w in wc if 6 <= w <= 25)
print(f"words: min {min(wc)}, max {max(wc)}, mean {sum(wc)/len(wc):.1f}, 6-25 words: {in_range/len(rows):.1%}")
colloq_re = re.compile(r"\b(ne|nen|halt|echt|mal ehrlich|typisch|nix|is|gibts|sorry|lol|ey|boah|alter|hä)\b", re.I)
colloq = sum(1 for r in rows if r["text"][0].islower() or colloq_re.search(r["text"]) or "!" in r["text"])
print(f"colloquial markers (lower-case start, particles, '!'): {colloq/len(rows):.1%}")
if share_oneoff < 0.70:
    err("fewer than 70% one-offs")

if errors:
    print(f"\n{len(errors)} PROBLEM(S):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nlint OK")
