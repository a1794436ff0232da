"""Shared helpers of the peer benchmarks (quality/peers.py, speed/peer_speed.py).

Peers: a scikit-learn TF-IDF + logistic-regression pipeline, fastText
supervised, and Vowpal Wabbit (speed bench only). Everything is seeded and
runs on one thread so that reruns give the same figures.
"""

import csv
import os
import re
import sys
import tempfile
import time

# Pin BLAS/OpenMP to one thread before numpy/scipy are imported anywhere.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import numpy as np  # noqa: E402

csv.field_size_limit(sys.maxsize)

SEED = 1
THRESHOLD = 0.5

# fastText supervised: the tutorial's "better model" settings (epoch 25,
# wordNgrams 2) with lr 0.5 (tutorial uses 0.1 -> 1.0); the rest are the
# supervised defaults (dim 100, minCount 1, bucket 2,000,000, softmax loss).
# thread=1 makes training deterministic for a given seed.
FASTTEXT_PARAMS = dict(lr=0.5, epoch=25, wordNgrams=2, dim=100, minCount=1, loss="softmax",
                       thread=1, seed=SEED, verbose=0)

# Vowpal Wabbit: logistic loss, unigrams + bigrams of the same tokens, 2^22 hashes.
VW_ARGS = "--loss_function logistic --link logistic --ngram w2 -b 22 --passes 1 --quiet --random_seed 1"


def limit_threads():
    """Restricts native thread pools (BLAS, OpenMP) to one thread."""
    try:
        from threadpoolctl import threadpool_limits
        threadpool_limits(1)
    except ImportError:  # pragma: no cover - threadpoolctl ships with scikit-learn
        pass


class Timer:
    """Context manager: `with Timer() as t: ...; t.seconds`."""

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self._start
        return False


# ---------------------------------------------------------------- data

def read_prepared(path, text_col="text", labels=(), fold_col=None, limit=None):
    """Reads a CSV written by prepare.py (or any CSV with a text column).

    Returns (texts, {label: int8 array}, folds array or None).
    """
    texts, ys, folds = [], {l: [] for l in labels}, []
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in (text_col, *labels, *([fold_col] if fold_col else [])) if c not in reader.fieldnames]
        if missing:
            raise SystemExit(f"{path}: missing column(s) {missing}; has {reader.fieldnames}")
        for rec in reader:
            texts.append(rec[text_col])
            for l in labels:
                ys[l].append(int(rec[l]))
            if fold_col:
                folds.append(int(rec[fold_col]))
            if limit is not None and len(texts) >= limit:
                break
    return (texts, {l: np.asarray(v, dtype=np.int8) for l, v in ys.items()},
            np.asarray(folds, dtype=np.int32) if fold_col else None)


def iter_text_chunks(path, text_col="text", chunk=10_000, limit=None):
    """Streams the text column in lists of `chunk` texts (bounded memory)."""
    buf, n = [], 0
    with open(path, encoding="utf-8", newline="") as f:
        for rec in csv.DictReader(f):
            buf.append(rec[text_col])
            n += 1
            if len(buf) >= chunk:
                yield buf
                buf = []
            if limit is not None and n >= limit:
                break
    if buf:
        yield buf


# ---------------------------------------------------------------- metrics

def binary_metrics(y, scores, threshold=THRESHOLD):
    """Ranking metrics plus thresholded metrics of the positive class.

    macro_f1 is GermEval's: harmonic mean of the macro-averaged precision and
    the macro-averaged recall over both classes (not the mean of per-class F1).
    """
    from sklearn.metrics import average_precision_score, roc_auc_score

    y = np.asarray(y, dtype=bool)
    scores = np.asarray(scores, dtype=np.float64)
    pred = scores >= threshold
    tp = int(np.sum(pred & y))
    fp = int(np.sum(pred & ~y))
    fn = int(np.sum(~pred & y))
    tn = int(np.sum(~pred & ~y))

    def ratio(a, b):
        return a / b if b else 0.0

    def f1(p, r):
        return ratio(2 * p * r, p + r)

    p_pos, r_pos = ratio(tp, tp + fp), ratio(tp, tp + fn)
    p_neg, r_neg = ratio(tn, tn + fn), ratio(tn, tn + fp)
    macro_p, macro_r = (p_pos + p_neg) / 2, (r_pos + r_neg) / 2
    both = 0 < y.sum() < len(y)
    return {
        "n": int(len(y)),
        "positives": int(y.sum()),
        "roc_auc": float(roc_auc_score(y, scores)) if both else None,
        "average_precision": float(average_precision_score(y, scores)) if both else None,
        "threshold": threshold,
        "precision": p_pos,
        "recall": r_pos,
        "f1": f1(p_pos, r_pos),
        "macro_precision": macro_p,
        "macro_recall": macro_r,
        "macro_f1": f1(macro_p, macro_r),
        "confusion": {"tp": tp, "fp": fp, "tn": tn, "fn": fn},
        "oracle": best_thresholds(y, scores) if both else None,
    }


def best_thresholds(y, scores):
    """The thresholds that maximise F1 and macro-F1 on these very scores.

    Optimistic (tuned on the evaluation data); reported only to compare with
    a system that tunes its threshold on its own out-of-fold scores.
    """
    y = np.asarray(y, dtype=bool)
    order = np.argsort(-scores, kind="mergesort")
    s, g = scores[order], y[order]
    last = np.r_[np.nonzero(s[1:] != s[:-1])[0], len(s) - 1]  # last index of each distinct score
    tp = np.cumsum(g)[last].astype(np.float64)
    fp = (last + 1) - tp
    pos, neg = g.sum(), len(g) - g.sum()
    fn, tn = pos - tp, neg - fp
    with np.errstate(divide="ignore", invalid="ignore"):
        p_pos, r_pos = np.nan_to_num(tp / (tp + fp)), tp / pos
        p_neg, r_neg = np.nan_to_num(tn / (tn + fn)), tn / neg
        f1 = np.nan_to_num(2 * p_pos * r_pos / (p_pos + r_pos))
        mp, mr = (p_pos + p_neg) / 2, (r_pos + r_neg) / 2
        mf1 = np.nan_to_num(2 * mp * mr / (mp + mr))
    i, j = int(np.argmax(f1)), int(np.argmax(mf1))
    return {"f1": {"threshold": float(s[last[i]]), "f1": float(f1[i])},
            "macro_f1": {"threshold": float(s[last[j]]), "macro_f1": float(mf1[j])}}


# ---------------------------------------------------------------- scikit-learn

def make_sklearn_features():
    """Word 1-2-gram TF-IDF + char_wb 2-5-gram TF-IDF (min_df 2), sublinear tf."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import FeatureUnion

    return FeatureUnion([
        ("word", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True)),
        ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
    ])


def make_sklearn_classifier():
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(class_weight="balanced", max_iter=1000, random_state=SEED)


def make_sklearn_pipeline():
    from sklearn.pipeline import Pipeline

    return Pipeline([("features", make_sklearn_features()), ("clf", make_sklearn_classifier())])


def positive_proba(clf, X):
    """P(class 1) from a fitted binary scikit-learn classifier."""
    col = list(clf.classes_).index(1)
    return clf.predict_proba(X)[:, col]


# ---------------------------------------------------------------- fastText

_FT_TOKEN = re.compile(r"\w+|[^\w\s]", re.UNICODE)


def fasttext_text(text):
    """fastText reads whitespace tokens, one example per line: lowercase,
    split punctuation off words (as the fastText tutorial does), one line."""
    return " ".join(_FT_TOKEN.findall(text.lower()))


def train_fasttext(texts, y, params=None):
    """Trains a binary fastText model (labels __label__0 / __label__1)."""
    import fasttext

    params = dict(FASTTEXT_PARAMS, **(params or {}))
    fd, path = tempfile.mkstemp(prefix="bench-ft-", suffix=".txt")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for text, label in zip(texts, y):
                f.write(f"__label__{int(label)} {fasttext_text(text)}\n")
        return fasttext.train_supervised(input=path, **params)
    finally:
        os.unlink(path)


def fasttext_positive_proba(model, texts):
    """P(__label__1) for a list of texts, through one predict() call on the list."""
    labels, probs = model.predict([fasttext_text(t) for t in texts], k=2)
    out = np.zeros(len(texts), dtype=np.float64)
    for i, (ls, ps) in enumerate(zip(labels, probs)):
        for l, p in zip(ls, ps):
            if l == "__label__1":
                out[i] = p
    return out


def fasttext_positive_proba_one(model, text):
    """P(__label__1) of one text, through one predict() call."""
    labels, probs = model.predict(fasttext_text(text), k=2)
    for l, p in zip(labels, probs):
        if l == "__label__1":
            return float(p)
    return 0.0


# ---------------------------------------------------------------- Vowpal Wabbit

def vw_available():
    try:
        import vowpalwabbit  # noqa: F401
        return True
    except ImportError:
        return False


def vw_line(text, label=None):
    """VW text format: `[label] |w tokens`; ':' and '|' are special in VW."""
    tokens = fasttext_text(text).replace(":", ";").replace("|", "/")
    head = "" if label is None else ("1 " if label else "-1 ")
    return f"{head}|w {tokens}"


def train_vw(texts, y, args=VW_ARGS):
    from vowpalwabbit import Workspace

    vw = Workspace(args)
    for text, label in zip(texts, y):
        vw.learn(vw_line(text, label))
    return vw


def vw_positive_proba(vw, texts):
    return np.fromiter((vw.predict(vw_line(t)) for t in texts), dtype=np.float64, count=len(texts))
