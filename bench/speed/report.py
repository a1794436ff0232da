#!/usr/bin/env python3
"""Builds the speed table (Markdown) from the files bench/speed/run leaves in bench/out.

moderato (GNU time files, "wall_seconds peak_rss_kib"):
  speed-moderato-train.time, speed-moderato-load.time,
  speed-moderato-t1-100k.time, speed-moderato-t1-1m.time, speed-moderato-tall-1m.time,
  speed-moderato-t1-once.time (one pass over the data sets, when --once-rows is given)
fastText's command-line tool: speed-ftcli-train.time, speed-ftcli-100k.time, speed-ftcli-1m.time,
  speed-ftcli-once.time
Python peers: speed-peer-SYSTEM.json (peer_speed.py output) + speed-peer-SYSTEM.time
Load averages before each timed run: NAME.load beside NAME.time.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "quality"))

from report import NA, fmt, load_time  # noqa: E402  (quality/report.py)

PEERS = ("fasttext-batch", "fasttext-loop", "sklearn", "vw")
PEER_NAMES = {
    "fasttext-batch": "fastText (pip), predict(list of all texts)",
    "fasttext-loop": "fastText (pip), predict(text) per comment",
    "sklearn": "scikit-learn TF-IDF + LR, predict_proba per 10k chunk",
    "vw": "Vowpal Wabbit (pip), predict per comment",
}


def mib(kib):
    return NA if kib is None else f"{kib / 1024:.0f} MiB"


def rate_fmt(rate):
    return NA if rate is None else f"{rate:,.0f}"


def build(out_dir, rows_big, rows_small, threads_all, machine, rows_once=0):
    def t(name):
        return load_time(os.path.join(out_dir, name))

    def peer(system):
        path = os.path.join(out_dir, f"speed-peer-{system}.json")
        if not os.path.exists(path):
            return None
        with open(path) as f:
            return json.load(f)

    def load_avg(name):
        path = os.path.join(out_dir, name.replace(".time", ".load"))
        if not os.path.exists(path):
            return None
        with open(path) as f:
            return f.read().strip()

    def rate_of(name, n):
        tm = t(name)
        return n / tm[0] if tm and tm[0] > 0 else None

    def cpu_seconds(name):
        """User + system seconds, when the time file has them ('%e %M %U %S')."""
        path = os.path.join(out_dir, name)
        if not os.path.exists(path):
            return None
        with open(path) as f:
            last = [l.split() for l in f if l.strip()][-1]
        try:
            return float(last[2]) + float(last[3])
        except (IndexError, ValueError):
            return None

    def cpu_rate(name, n):
        c = cpu_seconds(name)
        return n / c if c else None

    ref_cpu_rate = cpu_rate("speed-ftcli-1m.time", rows_big)

    # The reference: fastText's own command-line tool on one core, whole process.
    ref_rate = rate_of("speed-ftcli-1m.time", rows_big)

    def ratio(rate):
        return NA if rate is None or not ref_rate else f"{rate / ref_rate:.2f}"

    load = t("speed-moderato-load.time")
    rows = []
    for name, threads, n, label in [
        ("speed-moderato-t1-1m.time", "1 (one core)", rows_big, "`taskset -c 0 … --threads 1`"),
        ("speed-moderato-tall-1m.time", threads_all, rows_big, "`--threads 0`"),
        ("speed-moderato-t1-100k.time", "1 (one core)", rows_small, "100k prefix: memory should match the 1M run"),
        ("speed-moderato-t1-once.time", "1 (one core)", rows_once,
         "one pass over the data sets, each comment once (the 1M corpus repeats them)"),
        ("speed-ftcli-1m.time", "1 (one core)", rows_big, None),
        ("speed-ftcli-100k.time", "1 (one core)", rows_small, None),
        ("speed-ftcli-once.time", "1 (one core)", rows_once, None),
    ]:
        tm = t(name)
        if (name.startswith("speed-ftcli") or name.endswith("-once.time")) and (tm is None or not n):
            continue
        rate = rate_of(name, n)
        av = load_avg(name)
        if label is None:
            system, notes = "fastText CLI `predict-prob` (Debian fasttext 0.9.2)", [
                "`taskset -c 0 fasttext predict-prob model.bin comments.txt 2`, one tokenized comment per line",
                "wall time incl. model load (800 MB file), read and write"]
        else:
            system, notes = "moderato score", [label, "wall time incl. model load, CSV read and write"]
        if av:
            notes.append(f"load average {av} before the run")
        cr = cpu_rate(name, n)
        cpu_ratio = NA if cr is None or not ref_cpu_rate else f"{cr / ref_cpu_rate:.2f}"
        rows.append([system, threads, f"{n:,}", fmt(tm and tm[0], 1), rate_fmt(rate), mib(tm and tm[1]),
                     ratio(rate), fmt(cpu_seconds(name), 1), rate_fmt(cr), cpu_ratio, "; ".join(notes)])
    for system in PEERS:
        p = peer(system)
        if p is None:
            rows.append([PEER_NAMES[system], 1, NA, NA, NA, NA, NA, NA, NA, NA, "not run"])
            continue
        if "skipped" in p:
            rows.append([PEER_NAMES[system], 1, NA, NA, NA, NA, NA, NA, NA, NA, f"skipped: {p['skipped']}"])
            continue
        tm = t(f"speed-peer-{system}.time")
        note = "CSV read + predict; training excluded; RSS includes training"
        if "extrapolated_rows" in p:
            note += (f"; measured on {p['rows']:,} rows, {p['extrapolated_rows']:,} rows would take "
                     f"~{p['extrapolated_seconds']:.0f} s (extrapolated)")
        rows.append([PEER_NAMES[system], 1, f"{p['rows']:,}", fmt(p["seconds"], 1), rate_fmt(p["comments_per_s"]),
                     mib(tm and tm[1]),
                     ratio(p["comments_per_s"]), NA, NA, NA, note])

    train = t("speed-moderato-train.time")
    one, both = rate_of("speed-moderato-t1-1m.time", rows_big), rate_of("speed-moderato-tall-1m.time", rows_big)
    scaling = NA if not one or not both else f"{both / one:.2f}"
    ft_train = t("speed-ftcli-train.time")
    fixed = [["moderato train (germeval2018, toxic)", fmt(train and train[0], 2), mib(train and train[1])],
             ["fasttext supervised (germeval2018, toxic), CLI", fmt(ft_train and ft_train[0], 2),
              mib(ft_train and ft_train[1])],
             ["moderato model load (score on a header-only CSV)", fmt(load and load[0], 3), mib(load and load[1])]]
    for system in PEERS:
        p = peer(system)
        if p and "skipped" not in p:
            fixed.append([f"{system} train (germeval2018, toxic)",
                          fmt(p["train_seconds"], 2), "(in the row above)"])

    def table(header, body):
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(str(c) for c in r) + " |" for r in body]
        return "\n".join(lines)

    return "\n".join([
        "# Speed: scoring German comments",
        "",
        f"Machine: {machine}",
        "",
        f"Corpus: bench/out/speed-1m.csv, {rows_big:,} rows repeating the comments of germeval2018, "
        "germeval2021 and omp. All models trained on germeval2018 (label toxic).",
        "",
        table(["system", "threads", "rows", "seconds", "comments/s", "peak RSS", "ratio vs fastText CLI",
               "CPU seconds", "comments per CPU second", "CPU ratio vs fastText CLI", "notes"], rows),
        "",
        f"moderato on all cores / on one core: {scaling}",
        "",
        table(["step", "seconds", "peak RSS"], fixed),
        "",
    ])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out-dir", default="bench/out")
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--prefix-rows", type=int, default=100_000)
    ap.add_argument("--once-rows", type=int, default=0, help="rows of the one-pass file (0: none)")
    ap.add_argument("--threads-all", default="all")
    ap.add_argument("--machine", default=NA)
    ap.add_argument("-o", "--output")
    args = ap.parse_args()
    md = build(args.out_dir, args.rows, args.prefix_rows, args.threads_all, args.machine, args.once_rows)
    print(md)
    if args.output:
        with open(args.output, "w") as f:
            f.write(md)


if __name__ == "__main__":
    main()
