#!/usr/bin/env python3
"""Writes two ~10 MB pages for the segmenter's speed and memory check
(issue 11: at least 1 MB of page text per CPU second, at most 10x the page
size in memory):

  bench/segment/bigpage.py OUT_DIR
  /usr/bin/time -v moderato segment OUT_DIR/big-page.txt  --format json > /dev/null
  /usr/bin/time -v moderato segment OUT_DIR/big-page.html --format json > /dev/null

big-page.txt repeats the second half of ../shared/data/pages/article-4.txt
(its comment thread) under the first; big-page.html repeats the comment list
of data/pages/freibad.html (ids made unique).
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
