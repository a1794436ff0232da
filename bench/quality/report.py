#!/usr/bin/env python3
"""Builds the quality table (Markdown) from moderato's and the peers' JSON.

Reads, for each data set NAME given:
  bench/out/moderato-NAME.json   moderato cv --json output (may be missing)
  bench/out/moderato-NAME.time   "wall_seconds peak_rss_kib" (GNU time)
  bench/out/peers-NAME.json      bench/quality/peers.py output
  bench/out/peers-NAME.time      "wall_seconds peak_rss_kib" of peers.py
Prints the Markdown and writes it to --output.
"""

import argparse
import json
import os
import sys

# data set -> (metric key in the JSON, metric name in the table)
METRIC = {"germeval2018": ("macro_f1", "macro-F1"), "germeval2021": ("macro_f1", "macro-F1"), "omp": ("f1", "F1"),
          "omp-aux": ("f1", "F1")}
NA = "n/a"


def load_json(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def load_time(path):
    """(wall_seconds, peak_rss_kib) from a GNU time -f '%e %M' file, or None."""
    if not os.path.exists(path):
        return None
    with open(path) as f:
        lines = [l.split() for l in f if l.strip()]
    try:  # GNU time prints "Command exited with non-zero status" first on failure
        wall, rss = lines[-1][:2]
        return float(wall), int(rss)
    except (IndexError, ValueError):
        return None


def moderato_labels(doc):
    """{label: metrics} from `moderato cv --json`; validates the fields we use."""
    if doc is None:
        return {}
    out = {}
    for entry in doc.get("labels", []):
        for key in ("label", "roc_auc", "f1", "macro_f1"):
            if key not in entry:
                raise SystemExit(f"report.py: moderato cv JSON label entry lacks {key!r}: {entry}")
        out[entry["label"]] = entry
    return out


def peer_labels(doc, peer):
    if doc is None or peer not in doc.get("peers", {}):
        return {}
    return {e["label"]: e for e in doc["peers"][peer]["labels"]}


def fmt(x, digits=3):
    return NA if x is None else f"{x:.{digits}f}"


def ratio(a, b):
    return None if a is None or b in (None, 0) else a / b


def get(entry, key):
    return None if entry is None else entry.get(key)


def build(out_dir, datasets, machine):
    rows, times, oracle, warnings = [], [], [], []
    for ds in datasets:
        key, metric_name = METRIC.get(ds, ("f1", "F1"))
        mod_doc = load_json(os.path.join(out_dir, f"moderato-{ds}.json"))
        peers_doc = load_json(os.path.join(out_dir, f"peers-{ds}.json"))
        mod = moderato_labels(mod_doc)
        sk, ft = peer_labels(peers_doc, "sklearn"), peer_labels(peers_doc, "fasttext")
        labels = list(dict.fromkeys([*mod, *sk, *ft]))
        for label in labels:
            m, s, f = mod.get(label), sk.get(label), ft.get(label)
            mv, sv, fv = get(m, key), get(s, key), get(f, key)
            if m and s and m.get("n") != s.get("n"):
                warnings.append(f"**Warning:** {ds}/{label}: moderato evaluated n={m.get('n')} rows, the peers "
                                f"n={s.get('n')}: moderato skipped or added rows (see its log); not comparable.")
            n = get(m, "n") or get(s, "n")
            pos = get(m, "positives") or get(s, "positives")
            rows.append([ds, label, f"{n}/{pos}" if n else NA, metric_name, fmt(mv), fmt(sv), fmt(fv),
                         fmt(ratio(mv, sv), 2), fmt(ratio(mv, fv), 2),
                         fmt(get(m, "roc_auc")), fmt(get(s, "roc_auc")), fmt(get(f, "roc_auc")),
                         fmt(get(m, "threshold"), 2)])
            so, fo = get(s, "oracle"), get(f, "oracle")
            oracle.append([ds, label, metric_name, fmt(mv),
                           fmt(so and so[key][key]), fmt(so and so[key]["threshold"], 2),
                           fmt(fo and fo[key][key]), fmt(fo and fo[key]["threshold"], 2)])
        mt = load_time(os.path.join(out_dir, f"moderato-{ds}.time"))
        pt = load_time(os.path.join(out_dir, f"peers-{ds}.time"))
        pw = (peers_doc or {}).get("peers", {})
        times.append([ds, fmt(mt and mt[0], 1), fmt(mt and mt[1] / 1024, 0),
                      fmt(get(pw.get("sklearn"), "wall_seconds"), 1),
                      fmt(get(pw.get("fasttext"), "wall_seconds"), 1),
                      fmt(pt and pt[1] / 1024, 0)])

    def table(header, body):
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in body]
        return "\n".join(lines)

    md = [
        "# Quality: 10-fold cross-validation, out-of-fold predictions",
        "",
        f"Machine: {machine}",
        "",
        *[w + "\n" for w in warnings],
        table(["data set", "label", "n/pos", "metric", "moderato", "scikit-learn", "fastText",
               "moderato/sklearn", "moderato/fastText", "ROC-AUC moderato", "ROC-AUC sklearn",
               "ROC-AUC fastText", "moderato threshold"], rows),
        "",
        "Metric: GermEval macro-F1 (harmonic mean of macro precision and macro recall) for GermEval, "
        "F1 of the positive class for OMP. Peers at threshold 0.5; moderato at the threshold it "
        "picks itself (`--threshold-objective`). Same folds for all systems (`fold` column of "
        "bench/out/*.csv).",
        "",
        "## Wall time of the whole 10-fold run (train + predict, all labels of the data set)",
        "",
        table(["data set", "moderato cv (s)", "moderato peak RSS (MiB)", "scikit-learn (s)",
               "fastText (s)", "peers.py peak RSS (MiB)"], times),
        "",
        "moderato runs with its default threads; the peers on one thread each, one after the other.",
        "",
        "## Peers with an oracle threshold (tuned on their own out-of-fold scores; optimistic)",
        "",
        table(["data set", "label", "metric", "moderato", "scikit-learn (oracle)", "sklearn thr",
               "fastText (oracle)", "fastText thr"], oracle),
        "",
    ]
    return "\n".join(md)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("datasets", nargs="+")
    ap.add_argument("--out-dir", default="bench/out")
    ap.add_argument("--machine", default=NA)
    ap.add_argument("-o", "--output")
    args = ap.parse_args()
    md = build(args.out_dir, args.datasets, args.machine)
    print(md)
    if args.output:
        with open(args.output, "w") as f:
            f.write(md)


if __name__ == "__main__":
    sys.exit(main())
