#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic build of the blind13 German functional test suite.

Reads data_h.py / data_nh.py, expands templates, derives the spelling
variants from hateful base cases (fixed seed) and writes cases.csv.
Standard library only.  Run:  python3 build.py
"""
import csv
import os
import random
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import data_h   # noqa: E402
import data_nh  # noqa: E402

SEED = 1313
PREFIX = "b13_"
OUT = os.path.join(HERE, "cases.csv")
HEADER = ["id", "functionality", "label", "target", "template_id", "text", "derived_from"]

GROUPS = ["women", "migrants", "refugees", "muslims", "jews",
          "gay", "trans", "disabled", "black", "roma"]

HATEFUL_BASE = [
    "derog_neg_emote_h", "derog_neg_attrib_h", "derog_dehum_h", "derog_impl_h",
    "threat_dir_h", "threat_norm_h", "slur_h", "profanity_h",
    "ref_subs_clause_h", "ref_subs_sent_h", "negate_pos_h",
    "phrase_question_h", "phrase_opinion_h",
]
NONHATEFUL_BASE = [
    "slur_homonym_nh", "slur_reclaimed_nh", "profanity_nh", "negate_neg_nh",
    "ident_neutral_nh", "ident_pos_nh", "counter_quote_nh", "counter_ref_nh",
    "target_obj_nh", "target_indiv_nh", "target_group_nh",
]
SPELLING = ["spell_char_swap_h", "spell_char_del_h", "spell_space_del_h",
            "spell_space_add_h", "spell_leet_h"]
PER_SPELLING = 30

# Words whose perturbation is allowed: group words (incl. dialect forms) and
# the key hateful words of the hateful base cases.  Compared in lower case.
GROUP_WORDS = {
    "women": "frauen fraue frau weiber weiba fotzen schlampen",
    "migrants": "migranten migrant ausländer ausländern uslender zuwanderer zuwanderern kanaken "
                "kümmeltürken tschuschn jugos tschingge fidschis",
    "refugees": "flüchtlinge flüchtlingen flüchtling geflüchtete geflüchteten geflüchteter "
                "asylbewerber asylwerber asylsuechende asylsuechendi asylanten asyltouristen "
                "flüchtlingsheim flüchtlingsboote",
    "muslims": "muslim ziegeficker muslime moslems moslem muslima muslimas musels moschee kopftuchmädchen kameltreiber",
    "jews": "jüdisch juden jude jüdische jüdischen judenpack saujuden itzige",
    "gay": "schwul lesbisch schwule schwulen schwuli homosexuelle homosexuellen lesben schwuchteln tunten homos "
           "kampflesben warmen",
    "trans": "trans transfrauen transfrau transpersonen transpersone transen transe transleit",
    "disabled": "behindert behinderte behinderten behinderter behindis behinderung rollstuhlfahrer spastis "
                "krüppel mongos",
    "black": "schwarze schwarzen schwarzer schwarzi schwarzn afrikaner neger bimbos",
    "roma": "roma zigeuner zigeunerpack",
}
GROUP_WORDS = {g: set(v.split()) for g, v in GROUP_WORDS.items()}

HATE_WORDS = set("""
hasse hass verachte verachtung verabscheue verabscheu abscheu ekeln ekel widern zuwider zwider
verhasst wut weißglut aggressiv graust speiben ausstehen
dumm hysterisch manipulative hinterfotzig oberflächlich kriminell asozial fuul faul verroht
gewalttätig betrüger brutal fanatisch rückständig fanatiker primitiv unterwürfig gierig
verschlagen raffgierig hinterlischtig pervers krank widerliche verbittert hässlich gestörte
perverse gestört nutzlos unfähig wertlos diebisch dreckig arbeitsscheues
gebärmaschinen gegenstände hündinnen plage parasiten ratten müll schmarotzer abfall kakerlake
schlammflut krebsgeschwür tiere dreck blutsauger seuche gschwür krankheit abschaum kreaturen
viecher monster dinger missgeburte lebensunwertes ballastexistenzen gemüse affen vieh
schädlinge ungeziefer
anzünden kalt jagen sprenge knall fürchten prügle verprügeln verprügle abstechen niederbrennen
umbringen verprügelt gesteinigt erschossen daschlogn kugel versenken ertrinken abknallen
vergast vernichtet tod verjagen aufgehängt verdroschn eingeschläfert töten gelyncht peitschn
erschießen
scheiß verdammt arsch seckel verfickten arschlöcher gschissenen kacke beschissenes wichser
scheißflüchtlinge kackflüchtlinge drecksäcke verschissenen oasch verfickte arschficker ficken
scheiße scheißdreck schas beschissensten scheißkriminell pissnelken
dümmer minderwertig mörder verbrecher terrorist bedrohung ekelhaft abartig eklig
sozialbetrüger übel gauner gstört geschlagen ekelt weggesperrt gemeingefährlich
""".split())


def is_key(word, target):
    w = word.lower()
    return w in HATE_WORDS or w in GROUP_WORDS.get(target, ())



LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"],
        "s": ["5", "$"], "t": ["7"]}

# perturbed words must not collapse into a real word (e.g. Lesben -> lesen)
REAL_WORDS = {"lesen", "leben", "frau", "jude", "jud", "muslim", "schwul", "roma", "rom",
              "trans", "rasen", "raten", "arm", "mulde"}
ALL_KEYS = set(HATE_WORDS).union(*GROUP_WORDS.values())

TOKEN_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def label_of(func):
    return "hateful" if func.endswith("_h") else "non-hateful"


def build_base():
    rows = []
    oneoff_n = 0
    for func in HATEFUL_BASE + NONHATEFUL_BASE:
        mod = data_h if func in HATEFUL_BASE else data_nh
        for target, text in mod.ONEOFFS.get(func, []):
            oneoff_n += 1
            rows.append({"functionality": func, "label": label_of(func), "target": target,
                         "template_id": "oneoff_%03d" % oneoff_n, "text": text,
                         "derived_from": ""})
        for tid, tfunc, pattern, fills in mod.TEMPLATES:
            if tfunc != func:
                continue
            assert len(fills) <= 3, tid
            for target, filler in fills:
                text = pattern.format(filler)
                rows.append({"functionality": func, "label": label_of(func), "target": target,
                             "template_id": tid, "text": text, "derived_from": ""})
    for i, r in enumerate(rows, 1):
        r["id"] = "%s%04d" % (PREFIX, i)
    return rows


def candidates(text, target):
    """Spans of tokens that are the target's group words or key hateful words (len >= 4)."""
    out = []
    for m in TOKEN_RE.finditer(text):
        w = m.group(0)
        if len(w) >= 4 and is_key(w, target):
            out.append((m.start(), m.end()))
    return out


def perturb(kind, text, span, rng, k):
    s, e = span
    w = text[s:e]
    if kind == "spell_char_swap_h":
        pos = [i for i in range(1, len(w) - 1) if w[i] != w[i + 1]]
        if not pos:
            return None
        i = rng.choice(pos)
        nw = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if nw.lower() in REAL_WORDS | ALL_KEYS:
            return None
        return text[:s] + nw + text[e:]
    if kind == "spell_char_del_h":
        pos = list(range(1, len(w) - 1))         # interior letters only
        i = rng.choice(pos)
        nw = w[:i] + w[i + 1:]
        if nw.lower() in REAL_WORDS | ALL_KEYS:
            return None
        return text[:s] + nw + text[e:]
    if kind == "spell_space_del_h":
        # remove the space before the word; if the word opens the text, the one after it
        # (only between two letters, so that two words really run together)
        if s >= 2 and text[s - 1] == " " and text[s - 2].isalpha():
            return text[:s - 1] + text[s:]
        if e + 1 < len(text) and text[e] == " " and text[e + 1].isalpha():
            return text[:e] + text[e + 1:]
        return None
    if kind == "spell_space_add_h":
        if k % 2 == 0:
            nw = " ".join(w)                       # every letter separated
        else:
            i = rng.randrange(2, len(w) - 1)      # one space inside the word
            nw = w[:i] + " " + w[i:]
        return text[:s] + nw + text[e:]
    if kind == "spell_leet_h":
        pos = [i for i, c in enumerate(w) if c.lower() in LEET]
        if not pos:
            return None
        n = min(len(pos), rng.choice([1, 2, 2, 3]))
        chosen = sorted(rng.sample(pos, n))
        chars = list(w)
        for i in chosen:
            chars[i] = rng.choice(LEET[w[i].lower()])
        return text[:s] + "".join(chars) + text[e:]
    raise ValueError(kind)


def build_spelling(base_rows):
    rng = random.Random(SEED)
    pool = defaultdict(list)
    for r in base_rows:
        if r["label"] == "hateful" and r["target"] in GROUPS and candidates(r["text"], r["target"]):
            pool[r["target"]].append(r)
    for g in GROUPS:
        rng.shuffle(pool[g])
    used = set()
    seen_texts = set(r["text"] for r in base_rows)
    out = []
    per_group = PER_SPELLING // len(GROUPS)
    for kind in SPELLING:
        k = 0
        for g in GROUPS:
            got = 0
            for base in pool[g]:
                if got == per_group:
                    break
                if base["id"] in used:
                    continue
                cands = candidates(base["text"], g)
                rng.shuffle(cands)
                new = None
                for span in cands:
                    new = perturb(kind, base["text"], span, rng, k)
                    if new and new != base["text"] and new not in seen_texts:
                        break
                    new = None
                if new is None:
                    continue
                used.add(base["id"])
                seen_texts.add(new)
                out.append({"functionality": kind, "label": "hateful", "target": g,
                            "template_id": base["template_id"], "text": new,
                            "derived_from": base["id"]})
                got += 1
                k += 1
            if got != per_group:
                raise SystemExit("not enough bases for %s / %s" % (kind, g))
    return out


def main():
    base = build_base()
    spell = build_spelling(base)
    start = len(base)
    for i, r in enumerate(spell, start + 1):
        r["id"] = "%s%04d" % (PREFIX, i)
    rows = base + spell

    # ---- checks ----
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["text"] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, "duplicate texts: %r" % dup
    allowed_targets = set(GROUPS) | {"individual", "nonprotected", "object", "none"}
    byid = {r["id"]: r for r in rows}
    for r in rows:
        assert r["target"] in allowed_targets, r
        assert "\n" not in r["text"] and r["text"] == r["text"].strip(), r
        if r["functionality"] == "target_obj_nh":
            assert r["target"] == "object"
        elif r["functionality"] == "target_indiv_nh":
            assert r["target"] == "individual"
        elif r["functionality"] == "target_group_nh":
            assert r["target"] == "nonprotected"
        elif r["functionality"] in ("profanity_nh", "slur_homonym_nh"):
            assert r["target"] in set(GROUPS) | {"none"}
        else:
            assert r["target"] in GROUPS, r
        if r["functionality"] in SPELLING:
            b = byid[r["derived_from"]]
            assert b["label"] == "hateful" and b["functionality"] not in SPELLING
            assert b["text"] != r["text"] and b["target"] == r["target"]
        else:
            assert r["derived_from"] == ""

    with open(OUT, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=HEADER, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: r[k] for k in HEADER})

    if "-q" not in sys.argv:
        fc = Counter(r["functionality"] for r in rows)
        for func in HATEFUL_BASE + NONHATEFUL_BASE + SPELLING:
            print("%-22s %-12s %3d" % (func, label_of(func), fc[func]))
        print("rows:", len(rows), "| labels:", dict(Counter(r["label"] for r in rows)))
        nb = len(base)
        no = sum(1 for r in base if r["template_id"].startswith("oneoff_"))
        print("base cases: %d, one-offs: %d (%.1f%%)" % (nb, no, 100.0 * no / nb))
        print("targets (hateful+ident):",
              dict(Counter(r["target"] for r in rows
                           if r["functionality"] in HATEFUL_BASE + ["ident_neutral_nh", "ident_pos_nh"])))


if __name__ == "__main__":
    main()
