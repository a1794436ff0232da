#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build /work/blind11/cases.csv: a German functional test suite for hate-speech
detection in the register of reader comments under news articles.

Standard library only, deterministic (no randomness, no time, no environment).
All sentences are written by the suite author; see data_h.py / data_nh.py.
"""
import csv
import hashlib
import os
import re
import sys
from collections import Counter, OrderedDict

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from data_h import HATE  # noqa: E402
from data_nh import NONHATE  # noqa: E402

OUT = os.path.join(HERE, "cases.csv")
PREFIX = "b11_"

GROUPS = ["women", "trans", "gay", "black", "disabled", "muslims", "refugees",
          "migrants", "jews", "roma"]

# Group wordings: (N strong nom/acc pl, A after article nom/acc pl,
#                  D strong dat pl, AD dat pl after "den")
def _same(x):
    return (x, x, x, x)

GV = {
    "women": [_same("Frauen")],
    "trans": [_same("trans Menschen"),
              ("Transleute", "Transleute", "Transleuten", "Transleuten"),
              _same("Transfrauen"),
              _same("Transpersonen")],
    "gay": [("Schwule", "Schwulen", "Schwulen", "Schwulen"),
            ("Schwule und Lesben", "Schwulen und Lesben", "Schwulen und Lesben", "Schwulen und Lesben"),
            ("Homosexuelle", "Homosexuellen", "Homosexuellen", "Homosexuellen")],
    "black": [("Schwarze", "Schwarzen", "Schwarzen", "Schwarzen"),
              ("schwarze Menschen", "schwarzen Menschen", "schwarzen Menschen", "schwarzen Menschen"),
              ("Afrikaner", "Afrikaner", "Afrikanern", "Afrikanern")],
    "disabled": [("Behinderte", "Behinderten", "Behinderten", "Behinderten"),
                 _same("Menschen mit Behinderung"),
                 ("Rollstuhlfahrer", "Rollstuhlfahrer", "Rollstuhlfahrern", "Rollstuhlfahrern"),
                 ("geistig Behinderte", "geistig Behinderten", "geistig Behinderten", "geistig Behinderten")],
    "muslims": [("Muslime", "Muslime", "Muslimen", "Muslimen"),
                _same("Moslems"),
                ("Musliminnen und Muslime", "Musliminnen und Muslime",
                 "Musliminnen und Muslimen", "Musliminnen und Muslimen")],
    "refugees": [("Flüchtlinge", "Flüchtlinge", "Flüchtlingen", "Flüchtlingen"),
                 ("Geflüchtete", "Geflüchteten", "Geflüchteten", "Geflüchteten"),
                 ("Asylbewerber", "Asylbewerber", "Asylbewerbern", "Asylbewerbern")],
    "migrants": [_same("Migranten"),
                 ("Ausländer", "Ausländer", "Ausländern", "Ausländern"),
                 ("Zuwanderer", "Zuwanderer", "Zuwanderern", "Zuwanderern"),
                 ("Einwanderer", "Einwanderer", "Einwanderern", "Einwanderern")],
    "jews": [_same("Juden"),
             ("jüdische Menschen", "jüdischen Menschen", "jüdischen Menschen", "jüdischen Menschen"),
             _same("Jüdinnen und Juden")],
    "roma": [_same("Roma"), _same("Sinti und Roma"), _same("Roma-Familien")],
}
SLOT = {"N": 0, "A": 1, "D": 2, "AD": 3}

CODES = OrderedDict([
    ("derog_neg_emote_h", "emo"), ("derog_neg_attrib_h", "att"),
    ("derog_dehum_h", "dhm"), ("derog_impl_h", "imp"),
    ("threat_dir_h", "tdr"), ("threat_norm_h", "tnr"), ("slur_h", "slr"),
    ("profanity_h", "prf"), ("ref_subs_clause_h", "rcl"),
    ("ref_subs_sent_h", "rsn"), ("negate_pos_h", "npo"),
    ("phrase_question_h", "qst"), ("phrase_opinion_h", "opn"),
    ("slur_homonym_nh", "hom"), ("slur_reclaimed_nh", "rec"),
    ("profanity_nh", "pnh"), ("negate_neg_nh", "nng"),
    ("ident_neutral_nh", "neu"), ("ident_pos_nh", "pos"),
    ("counter_quote_nh", "cqt"), ("counter_ref_nh", "crf"),
    ("target_obj_nh", "obj"), ("target_indiv_nh", "ind"),
    ("target_group_nh", "grp"),
])
SPELL_FNS = ["spell_char_swap_h", "spell_char_del_h", "spell_space_del_h",
             "spell_space_add_h", "spell_leet_h", "spell_char_add_h",
             "spell_homoglyph_h"]
ALL_FNS = list(CODES)[:13] + SPELL_FNS + list(CODES)[13:]
SPELL_PER_FN = 30

PH = re.compile(r"\{(AD|N|A|D)(c?)\}")


class BuildError(Exception):
    pass


def fail(msg):
    raise BuildError(msg)


def fill(tpl, forms):
    if "[" not in tpl:
        tpl = PH.sub(lambda m: "[" + m.group(0) + "]", tpl, count=1)

    def rep(m):
        s = forms[SLOT[m.group(1)]]
        if m.group(2):
            s = s[0].upper() + s[1:]
        return s
    out = PH.sub(rep, tpl)
    if "{" in out or "}" in out:
        fail("unfilled placeholder: " + out)
    return out


def strip_key(text):
    """Remove the [key] marker; return (plain_text, (start, end)) of the key."""
    if text.count("[") != 1 or text.count("]") != 1:
        return text.replace("[", "").replace("]", ""), None
    s = text.index("[")
    e = text.index("]")
    if e < s:
        fail("bad key marker: " + text)
    plain = text[:s] + text[s + 1:e] + text[e + 1:]
    return plain, (s, e - 1)


def expand(blocks, label_suffix):
    cases = []
    for fn, entries in blocks:
        if not fn.endswith(label_suffix):
            fail("functionality %s not in expected section" % fn)
        code = CODES[fn]
        tcount = 0
        for ent in entries:
            kind = ent[0]
            if kind == "T":
                tcount += 1
                tid = "%s_t%02d" % (code, tcount)
                for spec in ent[2].split():
                    g, v = spec.split(":")
                    if g not in GV:
                        fail("unknown group " + g)
                    raw = fill(ent[1], GV[g][int(v)])
                    plain, key = strip_key(raw)
                    cases.append(dict(fn=fn, target=g, template_id=tid,
                                      text=plain, key=key, derived=None))
            elif kind == "H":
                plain, key = strip_key(ent[1])
                cases.append(dict(fn=fn, target=ent[2], template_id="",
                                  text=plain, key=key, derived=None))
            else:
                fail("bad entry kind " + kind)
    return cases


# ---------------------------------------------------------------- spelling
WORD = re.compile(r"[^\W\d_]+")
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "A": "4", "E": "3", "I": "1", "O": "0"}
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441",
       "x": "\u0445", "y": "\u0443", "i": "\u0456", "A": "\u0410", "B": "\u0412",
       "E": "\u0415", "H": "\u041d", "K": "\u041a", "M": "\u041c", "O": "\u041e",
       "P": "\u0420", "C": "\u0421", "T": "\u0422", "X": "\u0425"}
GRK = {"o": "\u03bf", "v": "\u03bd", "A": "\u0391", "B": "\u0392", "E": "\u0395",
       "H": "\u0397", "I": "\u0399", "K": "\u039a", "M": "\u039c", "N": "\u039d",
       "O": "\u039f", "P": "\u03a1", "T": "\u03a4", "X": "\u03a7", "Z": "\u0396"}


def key_token(text, key):
    s, e = key
    best = None
    for m in WORD.finditer(text[s:e]):
        if best is None or len(m.group()) > len(best.group()):
            best = m
    if best is None:
        return None
    return s + best.start(), s + best.end()


def _middle_order(n):
    mid = n // 2
    order = [mid]
    for d in range(1, n):
        order += [mid - d, mid + d]
    return [i for i in order if 0 <= i < n]


def t_swap(w, k):
    for i in _middle_order(len(w) - 1):
        if i >= 1 and i + 1 < len(w) and w[i] != w[i + 1] and w[i].islower() and w[i + 1].islower():
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return None


def t_del(w, k):
    if len(w) < 4:
        return None
    i = len(w) // 2
    return w[:i] + w[i + 1:]


def t_add(w, k):
    if len(w) < 3:
        return None
    i = len(w) // 2
    if k % 2 == 0:
        return w[:i + 1] + w[i] + w[i + 1:]          # double a letter
    extra = "h" if w[i].lower() in "aeiouäöü" else "e"
    return w[:i + 1] + extra + w[i + 1:]             # insert a letter


def t_space_add(w, k):
    if len(w) < 4:
        return None
    if k % 2 == 0:
        return " ".join(w)
    i = len(w) // 2
    return w[:i] + " " + w[i:]


def t_leet(w, k):
    mode = k % 3
    out = []
    changed = 0
    for ch in w:
        if ch in LEET and (mode != 2 or changed < 2):
            out.append(LEET[ch])
            changed += 1
        elif mode == 1 and ch in "sS":
            out.append("5")
            changed += 1
        else:
            out.append(ch)
    new = "".join(out)
    return new if changed else None


def t_homoglyph(w, k):
    table = GRK if (k % 3 == 2 and any(c in GRK for c in w)) else CYR
    out = []
    changed = 0
    for ch in w:
        if ch in table and changed < 2:
            out.append(table[ch])
            changed += 1
        else:
            out.append(ch)
    return "".join(out) if changed else None


WORD_TRANSFORMS = {
    "spell_char_swap_h": t_swap,
    "spell_char_del_h": t_del,
    "spell_char_add_h": t_add,
    "spell_space_add_h": t_space_add,
    "spell_leet_h": t_leet,
    "spell_homoglyph_h": t_homoglyph,
}


def space_del(text, key):
    s, e = key
    seg = text[s:e]
    inner = seg.replace(" ", "")
    removed = len(seg) - len(inner)
    before, after = text[:s], text[e:]
    if len(before) >= 2 and before[-1] == " " and before[-2].isalnum():
        before = before[:-1]
        removed += 1
    if len(after) >= 2 and after[0] == " " and after[1].isalnum():
        after = after[1:]
        removed += 1
    if removed == 0:
        return None
    return before + inner + after


# Perturbations that would accidentally produce a different real German word
# (and so change the meaning instead of obfuscating it) are rejected.
REAL_WORD_COLLISIONS = {"schule", "rom", "juden", "frauen", "hasse", "affe"}


def make_variant(fn, case, k):
    text, key = case["text"], case["key"]
    if key is None:
        return None
    if fn == "spell_space_del_h":
        return space_del(text, key)
    tok = key_token(text, key)
    if tok is None:
        return None
    ts, te = tok
    new = WORD_TRANSFORMS[fn](text[ts:te], k)
    if new is None or new == text[ts:te]:
        return None
    if new.lower() in REAL_WORD_COLLISIONS:
        return None
    return text[:ts] + new + text[te:]


def stable_key(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_spelling(base):
    by_fn = OrderedDict()
    for c in base:
        by_fn.setdefault(c["fn"], []).append(c)
    for fn in by_fn:
        by_fn[fn] = sorted(by_fn[fn], key=lambda c: stable_key(c["text"]))
    rr = []
    longest = max(len(v) for v in by_fn.values())
    for i in range(longest):
        for fn in by_fn:
            if i < len(by_fn[fn]):
                rr.append(by_fn[fn][i])
    variants = []
    used = set()
    for j, sfn in enumerate(SPELL_FNS):
        got = 0
        for c in rr[j::len(SPELL_FNS)]:
            if got == SPELL_PER_FN:
                break
            if id(c) in used:
                continue
            new = make_variant(sfn, c, got)
            if new is None:
                continue
            used.add(id(c))
            variants.append(dict(fn=sfn, target=c["target"],
                                 template_id=c["template_id"], text=new,
                                 key=None, derived=c))
            got += 1
        if got != SPELL_PER_FN:
            fail("only %d spelling variants for %s" % (got, sfn))
    return variants


# ---------------------------------------------------------------- checks
ABBR = re.compile(r"\b(ggf|z\.B|bzw|usw|etc|Nr|Dr|ca|u\.a|inkl|evtl)\.")
SENT_SPLIT = re.compile(r"(?<=[.!?…])[“”\"»«)]*\s+(?=\S)")


def n_sentences(text):
    t = ABBR.sub(lambda m: m.group(0).replace(".", "§"), text)
    return len([p for p in SENT_SPLIT.split(t) if p.strip()])


def n_words(text):
    return len(text.split())


def check(rows):
    errors = []
    n = len(rows)
    if not 900 <= n <= 1100:
        errors.append("total rows %d not in 900..1100" % n)
    per_fn = Counter(r["functionality"] for r in rows)
    for fn in ALL_FNS:
        if per_fn[fn] < 25:
            errors.append("%s has only %d cases" % (fn, per_fn[fn]))
    for fn in per_fn:
        if fn not in ALL_FNS:
            errors.append("unknown functionality " + fn)
    for fn in SPELL_FNS:
        if per_fn[fn] != SPELL_PER_FN:
            errors.append("%s has %d cases, expected %d" % (fn, per_fn[fn], SPELL_PER_FN))
    texts = Counter(r["text"] for r in rows)
    dups = [t for t, c in texts.items() if c > 1]
    if dups:
        errors.append("duplicate texts: %r" % dups[:5])
    norm = Counter(" ".join(r["text"].lower().split()) for r in rows)
    if any(c > 1 for c in norm.values()):
        errors.append("near-duplicate texts (case/whitespace)")
    ids = {r["id"]: r for r in rows}
    tmpl_fill = Counter()
    for i, r in enumerate(rows, 1):
        if r["id"] != "%s%04d" % (PREFIX, i):
            errors.append("non-sequential id " + r["id"])
        fn, lab, tg = r["functionality"], r["label"], r["target"]
        want = "hateful" if fn.endswith("_h") else "non-hateful"
        if lab != want:
            errors.append("%s: label %s does not match %s" % (r["id"], lab, fn))
        if fn == "target_indiv_nh":
            ok = tg == "individual"
        elif fn == "target_group_nh":
            ok = tg == "nonprotected"
        elif fn == "target_obj_nh":
            ok = tg == "object"
        elif fn in ("profanity_nh", "slur_homonym_nh"):
            ok = tg == "none"
        else:
            ok = tg in GROUPS
        if not ok:
            errors.append("%s: target %s invalid for %s" % (r["id"], tg, fn))
        if any(ch in r["text"] for ch in "[]{}"):
            errors.append("%s: marker left in text" % r["id"])
        if fn in SPELL_FNS:
            b = ids.get(r["derived_from"])
            if b is None or b["functionality"] not in list(CODES)[:13]:
                errors.append("%s: bad derived_from %s" % (r["id"], r["derived_from"]))
            elif b["template_id"] != r["template_id"] or b["target"] != tg:
                errors.append("%s: template/target differs from base" % r["id"])
        else:
            if r["derived_from"]:
                errors.append("%s: derived_from set on non-variant" % r["id"])
            if r["template_id"]:
                tmpl_fill[r["template_id"]] += 1
        ns = n_sentences(r["text"])
        if not 2 <= ns <= 3:
            errors.append("%s: %d sentences: %s" % (r["id"], ns, r["text"]))
        nw = n_words(r["text"])
        if not 10 <= nw <= 45:
            errors.append("%s: %d words: %s" % (r["id"], nw, r["text"]))
    for fn in SPELL_FNS:
        srcs = [r["derived_from"] for r in rows if r["functionality"] == fn]
        if len(set(srcs)) != len(srcs):
            errors.append("%s: base cases not distinct" % fn)
    for tid, c in tmpl_fill.items():
        if c > 8:
            errors.append("template %s filled %d times (>8)" % (tid, c))
    if errors:
        fail("checks failed:\n  " + "\n  ".join(errors[:60]))


def main():
    hate = expand(HATE, "_h")
    nonhate = expand(NONHATE, "_nh")
    for c in hate:
        if c["key"] is None:
            fail("hateful base case without key marker: " + c["text"])
    variants = build_spelling(hate)
    ordered = hate + variants + nonhate
    for i, c in enumerate(ordered, 1):
        c["id"] = "%s%04d" % (PREFIX, i)
    rows = []
    for c in ordered:
        rows.append(OrderedDict([
            ("id", c["id"]),
            ("functionality", c["fn"]),
            ("label", "hateful" if c["fn"].endswith("_h") else "non-hateful"),
            ("target", c["target"]),
            ("template_id", c["template_id"]),
            ("text", c["text"]),
            ("derived_from", c["derived"]["id"] if c["derived"] else ""),
        ]))
    check(rows)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(list(rows[0].keys()))
        for r in rows:
            w.writerow(list(r.values()))

    # summary
    per_fn = Counter(r["functionality"] for r in rows)
    per_label = Counter(r["label"] for r in rows)
    print("rows:", len(rows), dict(sorted(per_label.items())))
    for fn in ALL_FNS:
        tmpl = sum(1 for r in rows if r["functionality"] == fn and r["template_id"]
                   and not r["derived_from"])
        print("  %-22s %4d  (templated %d)" % (fn, per_fn[fn], tmpl))
    grp = Counter((r["label"], r["target"]) for r in rows)
    print("targets:")
    for lab in ("hateful", "non-hateful"):
        print("  " + lab + ": " + ", ".join("%s=%d" % (t, grp[(lab, t)])
                                           for t in GROUPS + ["individual", "nonprotected", "object", "none"]
                                           if grp[(lab, t)]))
    wc = sorted(n_words(r["text"]) for r in rows)
    sc = Counter(n_sentences(r["text"]) for r in rows)
    print("words: min %d median %d max %d; share 15-40: %.1f%%" % (
        wc[0], wc[len(wc) // 2], wc[-1],
        100.0 * sum(1 for x in wc if 15 <= x <= 40) / len(wc)))
    print("sentences:", dict(sorted(sc.items())))
    print("templates:", len({r["template_id"] for r in rows if r["template_id"]}),
          "templated base rows:", sum(1 for r in rows if r["template_id"] and not r["derived_from"]),
          "hand-written rows:", sum(1 for r in rows if not r["template_id"] and not r["derived_from"]))
    with open(OUT, "rb") as f:
        print("sha256:", hashlib.sha256(f.read()).hexdigest())


if __name__ == "__main__":
    try:
        main()
    except BuildError as e:
        sys.stderr.write("BUILD FAILED: %s\n" % e)
        sys.exit(1)
