"""One Million Posts (long format) -> one row per post with an OffTopic
annotation: id, article, text (Headline + Body, as train-context joins them),
offtopic. Input for `moderato cv --predictions` in bench/context/train."""
import csv, sys

src, dst = sys.argv[1], sys.argv[2]
rows = {}
with open(src, encoding="utf-8", newline="") as f:
    for x in csv.DictReader(f):
        if x["Category"] == "OffTopic":
            text = (x["Headline"].strip() + " " + x["Body"].strip()).strip()
            rows[x["ID_Post"]] = (x["ID_Article"], text, x["Value"].strip())
with open(dst, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["id", "article", "text", "offtopic"])
    for k, (a, t, v) in rows.items():
        w.writerow([k, a, t, v])
print(f"{dst}: {len(rows)} posts", file=sys.stderr)
