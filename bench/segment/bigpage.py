#!/usr/bin/env python3
"""Writes two ~10 MB pages for the segmenter's speed and memory check
(issue 11: at least 1 MB of page text per CPU second, at most 10x the page
size in memory):

  bench/segment/bigpage.py OUT_DIR
  /usr/bin/time -v moderato segment OUT_DIR/big-page.txt  --format json > /dev/null
  /usr/bin/time -v moderato segment OUT_DIR/big-page.html --format json > /dev/null

  /usr/bin/time -v moderato segment OUT_DIR/many-comments.txt --format json > /dev/null

big-page.txt repeats the second half of ../shared/data/pages/article-4.txt
(its comment thread) under the first; big-page.html repeats the comment list
of data/pages/freibad.html (ids made unique). Both repeat their lines, which
the segmenter's per-page memo of line shapes reads once: many-comments.txt
has no line twice: about 17,000 short comments (`NutzerK sagt:`, one text of
the three data sets on one line, a stamp, a row of buttons), the slowest
kind of page measured.
"""
import os
import sys

TARGET = 10_000_000
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
out = sys.argv[1] if len(sys.argv) > 1 else "."
os.makedirs(out, exist_ok=True)

lines = open(os.path.join(repo, "..", "shared", "data", "pages", "article-4.txt"), encoding="utf-8").read().split("\n")
half = len(lines) // 2
page, size = lines[:half], 0
while size < TARGET:
    page.extend(lines[half:])
    size = sum(len(l.encode()) + 1 for l in page)
open(os.path.join(out, "big-page.txt"), "w", encoding="utf-8").write("\n".join(page))

html = open(os.path.join(repo, "data", "pages", "freibad.html"), encoding="utf-8").read()
a = html.index('    <div class="comment" id="c1">')
b = html.index("  </div>\n</section>")
block = html[a:b]
copies = TARGET // len(block.encode())
body = "".join(block.replace('id="c', f'id="r{i}-c') for i in range(copies))
open(os.path.join(out, "big-page.html"), "w", encoding="utf-8").write(html[:a] + body + html[b:])

# One text line per comment, no text twice: the three data sets' texts.
import csv
shared = os.path.join(repo, "..", "shared", "data")
texts = [l.split("\t")[0] for l in open(os.path.join(shared, "germeval2018", "train.txt"), encoding="utf-8")]
texts += [r["comment_text"] for r in csv.DictReader(open(os.path.join(shared, "germeval2021", "train.csv"), encoding="utf-8"))]
texts += [r["Body"] for r in csv.DictReader(open(os.path.join(shared, "omp", "posts_labeled.csv"), encoding="utf-8"))]
texts = list(dict.fromkeys(" ".join(t.replace("|LBR|", " ").split()) for t in texts))
texts = [t for t in texts if t][:20_000]
many = ["Lift wird abgebaut", "", "Der alte Sessellift geht außer Betrieb, sagt die Gemeinde.", "", "Beiträge", ""]
for k, text in enumerate(texts):
    day, minute = 1 + (k // 1440) % 28, k % 1440
    many += [f"Nutzer{k} sagt:", text, f"{day:02}.03.2026, {minute // 60:02}:{minute % 60:02}",
             f"Antworten · Gefällt mir ({k % 17})", ""]
open(os.path.join(out, "many-comments.txt"), "w", encoding="utf-8").write("\n".join(many))
