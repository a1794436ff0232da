# -*- coding: utf-8 -*-
"""Build cases.csv for the b12 German hate-speech functional test suite.

Standard library only, deterministic. Writes cases.csv next to this file only
if every check passes; otherwise prints "BUILD FAILED: <reason>" and exits 1.
"""
import sys
sys.dont_write_bytecode = True

import csv
import io
import os
import random
import re
from collections import Counter, defaultdict

import data_h
import data_nh

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases.csv")

PROTECTED = ["women", "trans", "gay", "black", "disabled",
             "muslims", "refugees", "migrants", "jews", "roma"]

HATE_BASE = [f for f, _, _ in data_h.H]
SPELL = [
    ("spell_char_swap_h", "swap"),
    ("spell_char_del_h", "del"),
    ("spell_space_del_h", "spdel"),
    ("spell_space_add_h", "spadd"),
    ("spell_leet_h", "leet"),
    ("spell_char_add_h", "add"),
    ("spell_homoglyph_h", "homo"),
]
SPELL_FUNCS = [f for f, _ in SPELL]
NH_FUNCS = [f for f, _, _ in data_nh.NH]

VALID_TARGETS = {}
for f in HATE_BASE + SPELL_FUNCS:
    VALID_TARGETS[f] = set(PROTECTED)
for f in NH_FUNCS:
    VALID_TARGETS[f] = set(PROTECTED)
VALID_TARGETS["slur_homonym_nh"] = {"none"}
VALID_TARGETS["profanity_nh"] = {"none"}
VALID_TARGETS["target_obj_nh"] = {"object"}
VALID_TARGETS["target_indiv_nh"] = {"individual"}
VALID_TARGETS["target_group_nh"] = {"nonprotected"}

KEY_RE = re.compile(r"\*([^*\s]+)\*")

# Perturbed forms that happen to be real German words (or otherwise unwanted):
# if a perturbation produces one of these, the next candidate position is used.
REJECT = {
    "rom", "wad", "has", "tier", "pst", "ekle", "hase", "ratten", "affen",
    "hass", "rass", "asse", "juden", "frauen", "raten", "arten", "lesen",
    "leben", "tiere", "sinti", "roma", "heim", "reim", "dreck", "zoo",
    "eckel", "wert", "welt", "wand", "plan", "pan", "klappe", "kappe",
    "schande", "schade", "seuche", "suche", "sucht", "stehlen", "stehen",
    "tunten", "tuten", "mohren", "möhren", "kugel", "kegel", "blut", "bult",
    "schule", "schwue", "schwle",
}
# Space insertions that would split the key into two ordinary words.
REJECT_SPLIT = {"herum laufen", "wahn sinnig", "leben swertes", "die bisch"}


class BuildError(Exception):
    pass


def fail(msg):
    raise BuildError(msg)


# ---------------------------------------------------------------------------
# base rows
# ---------------------------------------------------------------------------
def expand(spec_list, hateful):
    rows = []
    for func, code, spec in spec_list:
        for tno, tmpl, fills in spec["templates"]:
            tid = "%s_%s" % (code, tno)
            if "{G}" not in tmpl:
                fail("template %s has no {G} slot" % tid)
            for target, phrase in fills:
                rows.append(make_row(func, target, tmpl.replace("{G}", phrase), tid, hateful))
        for target, text in spec["oneoffs"]:
            rows.append(make_row(func, target, text, "", hateful))
    return rows


def make_row(func, target, raw, tid, hateful):
    keys = KEY_RE.findall(raw)
    row = {"functionality": func, "target": target, "template_id": tid,
           "derived_from": "", "key": None, "key_pos": None, "base": None}
    if hateful:
        if len(keys) != 1:
            fail("hateful row needs exactly one *key*: %r" % raw)
        key = keys[0]
        pos = raw.index("*" + key + "*")
        text = raw.replace("*" + key + "*", key, 1)
        row["key"] = key
        row["key_pos"] = pos
    else:
        if keys or "*" in raw:
            fail("non-hateful row has a key marker: %r" % raw)
        text = raw
    row["text"] = text
    row["label"] = "hateful" if func.endswith("_h") else "non-hateful"
    return row


# ---------------------------------------------------------------------------
# perturbations of the key word
# ---------------------------------------------------------------------------
def by_middle(w, positions):
    mid = (len(w) - 1) / 2.0
    return sorted(positions, key=lambda i: (abs(i - mid), i))


def p_swap(w, n):
    cands = [i for i in range(1, len(w) - 1)
             if w[i].isalpha() and w[i + 1].isalpha() and w[i].lower() != w[i + 1].lower()]
    out = []
    for i in by_middle(w, cands):
        out.append(w[:i] + w[i + 1] + w[i] + w[i + 2:])
    return rotate(out, n)


def p_del(w, n):
    cands = [i for i in range(1, len(w) - 1) if w[i].isalpha()]
    out = []
    for i in by_middle(w, cands):
        v = w[:i] + w[i + 1:]
        if v not in out:
            out.append(v)
    return rotate(out, n)


def p_add(w, n):
    cands = [i for i in range(1, len(w) - 1) if w[i].isalpha()]
    out = []
    for i in by_middle(w, cands):
        v = w[:i + 1] + w[i] + w[i + 1:]          # one letter doubled
        if v not in out:
            out.append(v)
    return rotate(out, n)


def p_spadd(w, n, words_left):
    out = []
    letters = [c for c in w]
    spaced = " ".join(letters)
    if n % 3 == 0 and len(w) <= 9 and words_left + len(letters) - 1 <= 25:
        out.append(spaced)
    cands = [i for i in range(2, len(w) - 1)]
    for i in by_middle(w, cands):
        out.append(w[:i] + " " + w[i:])
    return out


LEET_DIGIT = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7",
              "A": "4", "E": "3", "I": "1", "O": "0", "S": "5", "T": "7"}
LEET_SYM = {"a": "@", "A": "@", "s": "$", "S": "$", "i": "!", "e": "3",
            "o": "0", "O": "0", "E": "3", "I": "!"}


def p_leet(w, n):
    mode = n % 3
    out = []
    if mode == 0:      # all vowels a/e/i/o as digits
        v = "".join(LEET_DIGIT[c] if c in "aeioAEIO" else c for c in w)
        if v != w:
            out.append(v)
    elif mode == 1:    # one or two letters as digits
        cands = [i for i, c in enumerate(w) if c in LEET_DIGIT]
        cands = by_middle(w, cands)[:2]
        if cands:
            v = list(w)
            for i in cands:
                v[i] = LEET_DIGIT[w[i]]
            out.append("".join(v))
    else:              # symbols
        v = "".join(LEET_SYM.get(c, c) for c in w)
        if v != w:
            out.append(v)
    # fallbacks
    v = "".join(LEET_DIGIT.get(c, c) for c in w)
    if v != w and v not in out:
        out.append(v)
    return out


CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "s": "\u0455",
       "A": "\u0410", "B": "\u0412", "C": "\u0421", "E": "\u0415", "H": "\u041d",
       "K": "\u041a", "M": "\u041c", "O": "\u041e", "P": "\u0420", "T": "\u0422",
       "X": "\u0425", "S": "\u0405", "J": "\u0408"}
GRK = {"o": "\u03bf", "v": "\u03bd", "u": "\u03c5", "i": "\u03b9",
       "A": "\u0391", "B": "\u0392", "E": "\u0395", "H": "\u0397", "I": "\u0399",
       "K": "\u039a", "M": "\u039c", "N": "\u039d", "O": "\u039f", "P": "\u03a1",
       "T": "\u03a4", "X": "\u03a7", "Z": "\u0396", "Y": "\u03a5"}


def p_homo(w, n):
    tables = [CYR, GRK] if n % 2 == 0 else [GRK, CYR]
    howmany = 2 if n % 3 == 0 else 1
    out = []
    for table in tables:
        cands = [i for i, c in enumerate(w) if c in table]
        if not cands:
            continue
        chosen = by_middle(w, cands)[:howmany]
        v = list(w)
        for i in chosen:
            v[i] = table[w[i]]
        out.append("".join(v))
    if not out:
        # mixed fallback
        table = dict(GRK)
        table.update(CYR)
        cands = [i for i, c in enumerate(w) if c in table]
        if cands:
            i = by_middle(w, cands)[0]
            out.append(w[:i] + table[w[i]] + w[i + 1:])
    return out


def rotate(lst, n):
    if not lst:
        return lst
    k = n % min(2, len(lst))
    return lst[k:] + lst[:k]


def acceptable(key, variant):
    if variant == key:
        return False
    if variant.lower() == key.lower():
        return False
    if variant.lower() in REJECT:
        return False
    return True


def perturb(row, kind, n):
    text, key, pos = row["text"], row["key"], row["key_pos"]
    before, after = text[:pos], text[pos + len(key):]
    if kind == "spdel":
        b2 = before[:-1] if before.endswith(" ") else before
        a2 = after[1:] if after.startswith(" ") else after
        if b2 == before and a2 == after:
            return None
        # glue only to word neighbours on both sides where there are any
        return b2 + key + a2
    words_left = len((before + "X" + after).split())
    if kind == "swap":
        variants = p_swap(key, n)
    elif kind == "del":
        variants = p_del(key, n)
    elif kind == "add":
        variants = p_add(key, n)
    elif kind == "spadd":
        variants = p_spadd(key, n, words_left)
    elif kind == "leet":
        variants = p_leet(key, n)
    elif kind == "homo":
        variants = p_homo(key, n)
    else:
        fail("unknown perturbation " + kind)
    for v in variants:
        if kind == "spadd":
            if v != key and v.replace(" ", "") == key and v not in REJECT_SPLIT:
                return before + v + after
            continue
        if acceptable(key, v):
            return before + v + after
    return None


# ---------------------------------------------------------------------------
# selection of base rows for the spelling variants
# ---------------------------------------------------------------------------
def spelling_rows(base_rows):
    per_tf = defaultdict(lambda: defaultdict(list))
    for r in base_rows:
        if r["key"]:
            per_tf[r["target"]][r["functionality"]].append(r)
    queues = {}
    rng = random.Random(12012)   # constant seed: deterministic mix of sources
    for t in PROTECTED:
        pool = []
        for f in HATE_BASE:
            pool.extend(per_tf[t][f])
        rng.shuffle(pool)
        queues[t] = pool
    pointer = {t: 0 for t in PROTECTED}
    used = set()
    out = []
    for func, kind in SPELL:
        n = 0
        for _round in range(3):
            for t in PROTECTED:
                q = queues[t]
                while True:
                    if pointer[t] >= len(q):
                        fail("ran out of base rows for %s / %s" % (func, t))
                    base = q[pointer[t]]
                    pointer[t] += 1
                    if id(base) in used:
                        continue
                    text = perturb(base, kind, n)
                    if text is None or not 3 <= len(text.split()) <= 25:
                        continue
                    used.add(id(base))
                    out.append({"functionality": func, "target": base["target"],
                                "template_id": base["template_id"], "text": text,
                                "label": "hateful", "base": base, "key": None,
                                "derived_from": ""})
                    n += 1
                    break
    return out


# ---------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------
def fold(s):
    return " ".join(s.lower().split())


def check(rows):
    n = len(rows)
    if not 950 <= n <= 1100:
        fail("row count %d outside 950-1100" % n)
    counts = Counter(r["functionality"] for r in rows)
    for f in HATE_BASE + SPELL_FUNCS + NH_FUNCS:
        if counts[f] < 25:
            fail("functionality %s has only %d rows" % (f, counts[f]))
    for f in counts:
        if f not in VALID_TARGETS:
            fail("unknown functionality " + f)
    for f in SPELL_FUNCS:
        if counts[f] != 30:
            fail("%s has %d rows, expected 30" % (f, counts[f]))
    ids = {}
    for i, r in enumerate(rows, 1):
        exp = "b12_%04d" % i
        if r["id"] != exp:
            fail("id out of sequence at %s" % r["id"])
        ids[r["id"]] = r
    all_derived = []
    for r in rows:
        f = r["functionality"]
        want = "hateful" if f.endswith("_h") else "non-hateful"
        if r["label"] != want:
            fail("label mismatch for %s" % r["id"])
        if r["label"] not in ("hateful", "non-hateful"):
            fail("bad label for %s" % r["id"])
        if r["target"] not in VALID_TARGETS[f]:
            fail("target %s not valid for %s (%s)" % (r["target"], f, r["id"]))
        t = r["text"]
        if any(c in t for c in "{}[]<>*"):
            fail("leftover marker in %s: %r" % (r["id"], t))
        if "\n" in t or "\r" in t:
            fail("newline in text %s" % r["id"])
        nw = len(t.split())
        if not 3 <= nw <= 25:
            fail("%s has %d words" % (r["id"], nw))
        if t != t.strip():
            fail("surrounding whitespace in %s" % r["id"])
        tid = r["template_id"]
        if tid and not re.fullmatch(r"[a-z]+_t\d\d", tid):
            fail("bad template_id %r in %s" % (tid, r["id"]))
        if f in SPELL_FUNCS:
            d = r["derived_from"]
            if d not in ids:
                fail("%s derived_from %r unknown" % (r["id"], d))
            b = ids[d]
            if b["functionality"] not in HATE_BASE:
                fail("%s derived from non-base functionality" % r["id"])
            if b["target"] != r["target"] or b["template_id"] != r["template_id"]:
                fail("%s target/template_id differ from base" % r["id"])
            if b["text"] == r["text"]:
                fail("%s identical to its base" % r["id"])
            all_derived.append((f, d))
        elif r["derived_from"]:
            fail("%s has derived_from but is not a spelling variant" % r["id"])
    for f in SPELL_FUNCS:
        ds = [d for g, d in all_derived if g == f]
        if len(set(ds)) != len(ds):
            fail("%s reuses a base row" % f)
    if len(set(d for _, d in all_derived)) != len(all_derived):
        fail("a base row is used by two spelling functionalities")
    seen, seen_f = {}, {}
    for r in rows:
        if r["text"] in seen:
            fail("exact duplicate: %s and %s" % (seen[r["text"]], r["id"]))
        seen[r["text"]] = r["id"]
        k = fold(r["text"])
        if k in seen_f:
            fail("duplicate after folding: %s and %s" % (seen_f[k], r["id"]))
        seen_f[k] = r["id"]
    tcount = Counter(r["template_id"] for r in rows
                     if r["template_id"] and r["functionality"] not in SPELL_FUNCS)
    for tid, c in tcount.items():
        if c > 4:
            fail("template %s filled %d times" % (tid, c))
    tids_by_func = defaultdict(set)
    for r in rows:
        if r["template_id"] and r["functionality"] not in SPELL_FUNCS:
            tids_by_func[r["template_id"]].add(r["functionality"])
    for tid, fs in tids_by_func.items():
        if len(fs) != 1:
            fail("template %s used in several functionalities" % tid)
    base = [r for r in rows if r["functionality"] not in SPELL_FUNCS]
    oneoff = sum(1 for r in base if not r["template_id"])
    if oneoff * 2 < len(base):
        fail("fewer than half of the base rows are one-offs (%d of %d)" % (oneoff, len(base)))


# ---------------------------------------------------------------------------
def main():
    try:
        hate = expand(data_h.H, True)
        nonhate = expand(data_nh.NH, False)
        spell = spelling_rows(hate)
        rows = hate + spell + nonhate
        for i, r in enumerate(rows, 1):
            r["id"] = "b12_%04d" % i
        for r in spell:
            r["derived_from"] = r["base"]["id"]
        check(rows)
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(["id", "functionality", "label", "target", "template_id", "text", "derived_from"])
        for r in rows:
            w.writerow([r["id"], r["functionality"], r["label"], r["target"],
                        r["template_id"], r["text"], r["derived_from"]])
        data = buf.getvalue().encode("utf-8")
    except BuildError as e:
        print("BUILD FAILED: %s" % e)
        sys.exit(1)
    with open(OUT, "wb") as fh:
        fh.write(data)
    print("wrote %s: %d rows" % (os.path.basename(OUT), len(rows)))


if __name__ == "__main__":
    main()
