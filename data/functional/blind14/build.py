# -*- coding: utf-8 -*-
"""Build cases.csv for the German HateCheck-style suite (b14).

Deterministic: no timestamps, fixed seeds, fixed iteration order.
Standard library only.
"""
import csv
import io
import os
import random
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from data_h import H          # noqa: E402
from data_nh import NH        # noqa: E402
from data_spell import SPELL  # noqa: E402

SEED = 14

FUNCS_H = [
    "derog_neg_emote_h", "derog_neg_attrib_h", "derog_dehum_h", "derog_impl_h",
    "threat_dir_h", "threat_norm_h", "slur_h", "profanity_h",
    "ref_subs_clause_h", "ref_subs_sent_h", "negate_pos_h",
    "phrase_question_h", "phrase_opinion_h",
]
FUNCS_NH = [
    "slur_homonym_nh", "slur_reclaimed_nh", "profanity_nh", "negate_neg_nh",
    "ident_neutral_nh", "ident_pos_nh", "counter_quote_nh", "counter_ref_nh",
    "target_obj_nh", "target_indiv_nh", "target_group_nh",
]
FUNCS_SPELL = [
    "spell_char_swap_h", "spell_char_del_h", "spell_space_del_h",
    "spell_space_add_h", "spell_leet_h",
]
ALL_FUNCS = FUNCS_H + FUNCS_NH + FUNCS_SPELL

GROUPS = ["women", "trans", "gay", "black", "disabled", "muslims", "jews",
          "refugees", "migrants", "roma"]
OTHER_TARGETS = ["individual", "nonprotected", "object", "none"]
TARGETS = GROUPS + OTHER_TARGETS

# Which non-group targets are allowed for which functionality.
NONGROUP_ALLOWED = {
    "slur_homonym_nh": {"none"},
    "profanity_nh": {"none"},
    "target_obj_nh": {"object"},
    "target_indiv_nh": {"individual"},
    "target_group_nh": {"nonprotected"},
}

HEADER = ["id", "functionality", "label", "target", "template_id", "text",
          "derived_from"]

# Common German words a perturbed token must not collide with (in addition
# to every token that occurs anywhere in the suite).
EXTRA_WORDS = """
schule schulen juden jude rasen rose rosen rom rama ramen moslem muslim
frau frauen fraue raue rauen rauben rauben haus hausen hasse hassen hase
hasen masse massen nase tasse gasse schwule schule schwüle schwul schule
neger nager negev lager leger tiere tier tire tore torte rate raten ratte
ratten rotten roten rote krüppel küppel kuppel zigeuner zeiger zeigen
affe affen asse asyl aale aalen faul fall falle fallen pack pakt park
dreck deck decke druck dick drecks fotze fotzen fetzen flotte flotten
tunte tante tanten tunke tunte homo humor homs emo schwarz schwarze warze
warzen scharz schatz schmarotzer behindert behinderte behindern hinderte
migranten migrant granten ausländer ausländern länder lander inländer
flüchtlinge flüchtling flüchtig fluchen flucht lesbe lesben leben lesen
besen transe trasse tasse trance tanne tannen sinti sinn sinne seite
kanake kanaken kanne kannen kante kanten kamel kamele musel mosel muse
museen mus mongo mango mangos mongol spast spasti pasta spaten spasten
weiber weber weber webe weiher eiber eifer reiber treiber bimbo bambo
mohr moor mohn mohren möhren möhre ungeziefer abschaum abschau schaum
parasiten parasit seuche suche suchen sucht seufze pest post pass test
virus viren hass haß bass fass kasse kassen lasse lassen nasse wasser
muslime mulme muslimen islam moslems osten ostern meisten messe messen
asylanten asylant anten enten ente tante gefährlich gefährliche
widerlich wilder widder ekel ekeln egel egeln edel ekelhaft kreatur
monster muster monstern mörser mensch menschen mensa mensen
schwuchtel schwuchteln tunten bunten bunter hunte unten
krank kranken kranz dumm dumme dummen dame damen dummy
hetze hetzen setzen netz netze hetz hotze rotz
bande banden binde biene ende enden lende rede reden
wagen waage wage sagen lagen magen tragen fragen
tuten tunen behindere behindern weber wider rasse fauen
"""


def words_of(text):
    return re.findall(r"[A-Za-zÄÖÜäöüß]+", text)


def fill(pattern, word):
    text = pattern.replace("{G}", word)
    if pattern.startswith("{G}") or pattern.startswith("„{G}"):
        i = 1 if pattern.startswith("„") else 0
        text = text[:i] + text[i].upper() + text[i + 1:]
    return text


def base_rows():
    rows = []
    oneoff_no = 0
    for func in FUNCS_H + FUNCS_NH:
        data = H[func] if func in H else NH[func]
        label = "hateful" if func.endswith("_h") else "non-hateful"
        for target, text in data["oneoffs"]:
            oneoff_no += 1
            rows.append({"functionality": func, "label": label,
                         "target": target,
                         "template_id": "oneoff_%03d" % oneoff_no,
                         "text": text, "derived_from": ""})
        for tname, pattern, fills in data["templates"]:
            assert len(fills) <= 3, tname
            for target, word in fills:
                rows.append({"functionality": func, "label": label,
                             "target": target, "template_id": tname,
                             "text": fill(pattern, word), "derived_from": ""})
    return rows


LEET = {"a": ["4", "@"], "e": ["3"], "i": ["1", "!"], "o": ["0"],
        "s": ["5", "$"], "t": ["7"]}


def is_letter(ch):
    return ch.isalpha()


def perturb(func, text, token, rng, vocab, k):
    """Return perturbed text. Raises AssertionError if no valid variant."""
    m = None
    for mm in re.finditer(r"(?<![A-Za-zÄÖÜäöüß])%s(?![A-Za-zÄÖÜäöüß])"
                          % re.escape(token), text):
        m = mm
        break
    assert m is not None, (func, text, token)
    assert len(token) >= 4 and token.isalpha(), (func, token)
    s, e = m.span()
    pre, post = text[:s], text[e:]
    n = len(token)
    for _attempt in range(200):
        if func == "spell_char_swap_h":
            i = rng.randint(1, n - 3)          # swap i and i+1, both interior
            if token[i] == token[i + 1]:
                continue
            new = token[:i] + token[i + 1] + token[i] + token[i + 2:]
            if new.lower() in vocab:
                continue
            return pre + new + post
        if func == "spell_char_del_h":
            i = rng.randint(1, n - 2)
            new = token[:i] + token[i + 1:]
            if new.lower() in vocab:
                continue
            return pre + new + post
        if func == "spell_space_add_h":
            new = " ".join(token)              # between all letters
            if k % 2 == 0:                     # one space, if a split
                splits = list(range(2, n - 1))  # gives no real word
                rng.shuffle(splits)
                for i in splits:
                    a, b = token[:i], token[i:]
                    if not any(len(p) >= 3 and p.lower() in vocab
                               for p in (a, b)):
                        new = a + " " + b
                        break
            return pre + new + post
        if func == "spell_leet_h":
            cands = [i for i, ch in enumerate(token) if ch.lower() in LEET]
            assert cands, (func, token)
            kk = min(len(cands), rng.choice([1, 2, 3]))
            pos = sorted(rng.sample(cands, kk))
            chars = list(token)
            for i in pos:
                chars[i] = rng.choice(LEET[chars[i].lower()])
            return pre + "".join(chars) + post
        if func == "spell_space_del_h":
            options = []
            if len(post) >= 2 and post[0] == " " and is_letter(post[1]):
                options.append("next")
            if len(pre) >= 2 and pre[-1] == " " and is_letter(pre[-2]):
                options.append("prev")
            assert options, (func, text, token)
            side = rng.choice(options)
            if side == "next":
                nxt = re.match(r" ([A-Za-zÄÖÜäöüß]+)", post).group(1)
                merged = token + nxt
                if merged.lower() in vocab:
                    continue
                return pre + token + post[1:]
            prv = re.search(r"([A-Za-zÄÖÜäöüß]+) $", pre).group(1)
            merged = prv + token
            if merged.lower() in vocab:
                continue
            return pre[:-1] + token + post
        raise AssertionError(func)
    raise AssertionError("no valid variant for %s / %s" % (text, token))


def build():
    rows = base_rows()
    vocab = {w.lower() for r in rows for w in words_of(r["text"])}
    vocab |= set(EXTRA_WORDS.split())

    # ids for base rows
    for n, r in enumerate(rows, 1):
        r["id"] = "b14_%04d" % n

    hateful_base = [r for r in rows if r["label"] == "hateful"]
    used_bases = set()
    spell_rows = []
    for func in FUNCS_SPELL:
        for k, (needle, token) in enumerate(SPELL[func]):
            hits = [r for r in hateful_base if needle in r["text"]]
            assert len(hits) == 1, (func, needle, len(hits))
            base = hits[0]
            assert base["id"] not in used_bases, ("base reused", needle)
            used_bases.add(base["id"])
            rng = random.Random("%d|%s|%d|%s" % (SEED, func, k, base["id"]))
            new_text = perturb(func, base["text"], token, rng, vocab, k)
            spell_rows.append({"functionality": func, "label": "hateful",
                               "target": base["target"],
                               "template_id": base["template_id"],
                               "text": new_text,
                               "derived_from": base["id"]})
    start = len(rows)
    for n, r in enumerate(spell_rows, start + 1):
        r["id"] = "b14_%04d" % n
    rows += spell_rows
    return rows


def check(rows):
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    texts = [r["text"] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, ("duplicate texts", dup)
    by_id = {r["id"]: r for r in rows}
    base_ids_used = Counter()
    for r in rows:
        f = r["functionality"]
        assert f in ALL_FUNCS, f
        assert r["label"] in ("hateful", "non-hateful"), r
        assert r["label"] == ("hateful" if f.endswith("_h") else "non-hateful"), r
        assert r["target"] in TARGETS, r
        if r["target"] not in GROUPS:
            assert r["target"] in NONGROUP_ALLOWED.get(f, set()), r
        else:
            assert f not in NONGROUP_ALLOWED, r
        assert r["template_id"], r
        assert r["text"] == r["text"].strip() and "\n" not in r["text"], r
        if f in FUNCS_SPELL:
            b = by_id.get(r["derived_from"])
            assert b is not None, ("unknown base", r)
            assert b["functionality"] in FUNCS_H, r
            assert b["label"] == "hateful", r
            assert b["text"] != r["text"], r
            assert b["target"] == r["target"], r
            base_ids_used[r["derived_from"]] += 1
        else:
            assert r["derived_from"] == "", r
    assert all(c == 1 for c in base_ids_used.values()), "base used twice"


def to_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r[h] for h in HEADER])
    return buf.getvalue()


def report(rows):
    out = []
    fc = Counter(r["functionality"] for r in rows)
    out.append("total %d" % len(rows))
    for f in ALL_FUNCS:
        out.append("  %-20s %3d" % (f, fc[f]))
    tc = Counter(r["target"] for r in rows)
    out.append("targets (all rows): " + ", ".join(
        "%s=%d" % (t, tc[t]) for t in TARGETS))
    hb = [r for r in rows if r["functionality"] in FUNCS_H]
    tc2 = Counter(r["target"] for r in hb)
    out.append("targets (hateful base): " + ", ".join(
        "%s=%d" % (t, tc2[t]) for t in GROUPS))
    idn = [r for r in rows if r["functionality"] in ("ident_neutral_nh", "ident_pos_nh")]
    tc3 = Counter(r["target"] for r in idn)
    out.append("targets (ident_*): " + ", ".join(
        "%s=%d" % (t, tc3[t]) for t in GROUPS))
    base = [r for r in rows if r["functionality"] not in FUNCS_SPELL]
    oo = sum(r["template_id"].startswith("oneoff_") for r in base)
    out.append("base cases %d, one-offs %d (%.1f%%), templated %d"
               % (len(base), oo, 100.0 * oo / len(base), len(base) - oo))
    coll = sum(r["text"][:1].islower() or r["text"][:2] in ("„w", "„k", "„s", "„l", "„m", "„j", "„a")
               for r in base)
    out.append("colloquial (lower-case start) %d (%.1f%%)" % (coll, 100.0 * coll / len(base)))
    lens = [len(r["text"].split()) for r in base]
    out.append("words per base case: min %d, max %d, mean %.1f, outside 4-18: %d"
               % (min(lens), max(lens), sum(lens) / len(lens),
                  sum(1 for x in lens if x < 4 or x > 18)))
    return "\n".join(out)


def main():
    rows = build()
    check(rows)
    data = to_csv(rows)
    with open(os.path.join(HERE, "cases.csv"), "w", encoding="utf-8",
              newline="") as fh:
        fh.write(data)
    print(report(rows))


if __name__ == "__main__":
    main()
