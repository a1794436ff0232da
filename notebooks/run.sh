#!/usr/bin/env bash
# Executes every notebook in place, with outputs, against the release binary.
#   notebooks/run.sh            (from anywhere; builds nothing, expects target/release/moderato
#                                or MODERATO_BIN, and ../shared/data beside the repo)
# Creates notebooks/.venv from requirements.txt on first use. Fails on the first cell error.
set -euo pipefail
cd "$(dirname "$0")"

export MODERATO_BIN="${MODERATO_BIN:-../target/release/moderato}"
if [[ ! -x "$MODERATO_BIN" ]]; then
    echo "run.sh: $MODERATO_BIN not found; run 'cargo build --release' or set MODERATO_BIN" >&2
    exit 2
fi
if [[ ! -d ../../shared/data ]]; then
    echo "run.sh: ../../shared/data (relative to notebooks/) not found" >&2
    exit 2
fi

PYTHON="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
.venv/bin/python -m ipykernel install --sys-prefix --name python3 --display-name "Python 3" >/dev/null

export MPLBACKEND=module://matplotlib_inline.backend_inline
for nb in [0-9][0-9]-*.ipynb; do
    echo "== $nb"
    start=$SECONDS
    .venv/bin/jupyter nbconvert --to notebook --execute --inplace \
        --ExecutePreprocessor.timeout=1800 --ExecutePreprocessor.kernel_name=python3 "$nb"
    echo "   ok in $((SECONDS - start)) s"
done
