# Shared bash helpers for the bench scripts. Source it; do not run it.
# shellcheck shell=bash

die() { echo "bench: error: $*" >&2; exit 1; }
note() { echo "bench: $*" >&2; }

# Repository root = parent of the bench/ folder this file lives in.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$BENCH_DIR/.." && pwd)"
BENCH_OUT="$REPO_ROOT/bench/out"
VENV_PY="$REPO_ROOT/bench/.venv/bin/python"
MODERATO="${MODERATO_BIN:-$REPO_ROOT/target/release/moderato}"

# GNU time gives wall time and peak RSS; Debian package `time`.
ensure_gnu_time() {
    if [[ -x /usr/bin/time ]] && /usr/bin/time -f '%e' true 2>/dev/null; then
        return 0
    fi
    note "installing Debian package 'time' (for /usr/bin/time -v)"
    if [[ $(id -u) -ne 0 ]]; then die "/usr/bin/time missing and not root: apt-get install time"; fi
    apt-get update -qq >/dev/null || die "apt-get update failed"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null || die "apt-get install time failed"
}

# timed OUTFILE CMD...: runs CMD, writes "wall_seconds peak_rss_kib" to OUTFILE.
# CMD's stdout/stderr pass through. Fails if CMD fails.
timed() {
    local out="$1"; shift
    /usr/bin/time -f '%e %M' -o "$out" "$@" || die "command failed: $*"
}

build_moderato() {
    if [[ -n "${MODERATO_BIN:-}" ]]; then
        [[ -x "$MODERATO" ]] || die "MODERATO_BIN=$MODERATO is not executable"
        note "using MODERATO_BIN=$MODERATO (no build)"
        return 0
    fi
    note "cargo build --release"
    (cd "$REPO_ROOT" && cargo build --release --quiet) || die "cargo build --release failed"
    [[ -x "$MODERATO" ]] || die "$MODERATO not found after build"
}

machine_info() {
    local cpu
    cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)"
    echo "$(nproc) cores, ${cpu:-unknown CPU}, $(awk '/MemTotal/ {printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo)"
}
