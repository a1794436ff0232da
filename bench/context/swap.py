"""Swap test of the off-topic context model (issue 10).

Each on-topic comment is scored under its own article and under a foreign
one; generic off-topic comments (spam, recipes, site meta-talk, conspiracy
rants) are scored under every article. Comments: our own
(data/context/comments.csv under data/context/articles.jsonl) and the
shared pages' comments under their own segmented article. Only the article
is given as context (no thread), the same way for own and foreign
placements. Prints ROC-AUC foreign-vs-own and generic-vs-own and the share
of own placements flagged at the stored review threshold (decision != approve
for the off-topic label is not used: the context model's own
threshold is read from models/offtopic-context.model). Standard library only.
"""
import csv, glob, io, json, os, subprocess, sys

BIN = sys.argv[1]
ROOT = sys.argv[2]
SHARED = os.path.join(ROOT, "..", "shared", "data", "pages")


def run(args, stdin=None):
    r = subprocess.run([BIN] + args, input=stdin, capture_output=True, text=True)
    if r.returncode not in (0, 1):
        sys.exit(f"moderato {' '.join(args)} failed: {r.stderr}")
    return r.stdout


articles = {}
for line in open(os.path.join(ROOT, "data/context/articles.jsonl"), encoding="utf-8"):
    a = json.loads(line)
    articles[a["article_id"]] = "\n".join([a["title"], a["teaser"], a["body"]])
own = [(r["article_id"], r["text"], "ours") for r in csv.DictReader(open(os.path.join(ROOT, "data/context/comments.csv"), encoding="utf-8"))]
generic = [r["text"] for r in csv.DictReader(open(os.path.join(ROOT, "data/context/generic.csv"), encoding="utf-8"))]
for page in sorted(glob.glob(os.path.join(SHARED, "article-*.txt"))):
    p = json.loads(run(["segment", page]))
    a = p["article"]
    key = "page:" + os.path.basename(page)
    articles[key] = "\n".join(x for x in [a["headline"], a["teaser"], a["body"]] if x)
    own += [(key, c["text"], "pages") for c in p["comments"] if c["text"].strip()]

ids = sorted(articles)
rows = []  # (kind, source, article_id, text)
for i, (aid, text, src) in enumerate(own):
    rows.append(("own", src, aid, text))
    # The foreign article: the next one in id order (fixed, not chosen).
    foreign = ids[(ids.index(aid) + 1 + i % (len(ids) - 1)) % len(ids)]
    if foreign == aid:
        foreign = ids[(ids.index(aid) + 1) % len(ids)]
    rows.append(("foreign", src, foreign, text))
for j, text in enumerate(generic):
    for aid in ids:
        rows.append(("generic", "generic", aid, text))

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["row", "article_text", "text"])
for k, (_, _, aid, text) in enumerate(rows):
    w.writerow([k, articles[aid], text])
out = list(csv.DictReader(io.StringIO(run(["score", "-", "--no-progress"], buf.getvalue()))))
assert len(out) == len(rows), (len(out), len(rows))
score = [float(o["offtopic"]) for o in out]
ctx = [o.get("offtopic_context", "none") for o in out]
assert all(c == "article" for c in ctx), set(ctx)


def auc(pos, neg):
    # Mann-Whitney U with ties counted half.
    s = sorted([(v, 1) for v in pos] + [(v, 0) for v in neg])
    rank, i, r_pos = 1, 0, 0.0
    while i < len(s):
        j = i
        while j < len(s) and s[j][0] == s[i][0]:
            j += 1
        avg = (rank + rank + (j - i) - 1) / 2
        r_pos += avg * sum(1 for k in range(i, j) if s[k][1] == 1)
        rank += j - i
        i = j
    return (r_pos - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def pick(kind, src=None):
    return [score[k] for k, r in enumerate(rows) if r[0] == kind and (src is None or r[1] == src)]


# The stored review threshold of the context model (a JSON file).
thr = json.load(open(os.path.join(ROOT, "models/offtopic-context.model"), encoding="utf-8"))["threshold"]
flag = [s for s in pick("own") if s >= thr]
print(f"comments: {len(own)} own ({sum(1 for o in own if o[2]=='ours')} ours, {sum(1 for o in own if o[2]=='pages')} from shared pages), {len(generic)} generic x {len(ids)} articles")
for src in ["ours", "pages", None]:
    name = src or "all"
    print(f"{name:6} ROC-AUC foreign vs own {auc(pick('foreign', src), pick('own', src)):.3f}")
print(f"all    ROC-AUC generic vs own {auc(pick('generic'), pick('own')):.3f}")
print(f"own placements flagged off-topic at the stored threshold {thr:.4f}: {len(flag)}/{len(pick('own'))} = {len(flag)/len(pick('own')):.3f}")
for src in ["ours", "pages"]:
    o = pick("own", src)
    print(f"  {src}: {sum(1 for s in o if s >= thr)}/{len(o)}")
