#!/usr/bin/env bash
# Crash test of `moderato serve`: ingest comments from parallel clients, SIGKILL
# the server mid-burst, restart it on the same database and check that every
# comment that was answered 2xx is stored exactly once.
#
#
# With --postgres URL (a server where the test may create a database): two
# instances on one fresh PostgreSQL database, parallel clients spread over
# both, one instance SIGKILLed (alternately) --rounds times mid-burst and
# restarted while the other keeps serving; then every acknowledged comment
# must be stored exactly once and every acknowledged decision stored as
# answered, with no comment decided twice.
#
# Usage: bench/serve/kill-test.sh [--bin target/release/moderato] [--model models/default.model] [--rounds 3]
#                                 [--postgres postgres://user@host:port/db]
# Exit 0 when nothing acknowledged was lost, 1 otherwise, 2 on setup errors.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=target/release/moderato
MODEL=models/default.model
ROUNDS=3
PG=
while [ $# -gt 0 ]; do
  case "$1" in
    --bin) BIN=$2; shift 2 ;;
    --model) MODEL=$2; shift 2 ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    --postgres) PG=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -x "$BIN" ] || { echo "no $BIN: run cargo build --release first" >&2; exit 2; }
if [ -n "$PG" ]; then
  exec bash bench/serve/kill-test-pg.sh "$BIN" "$MODEL" "$ROUNDS" "$PG"
fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
DB=$TMP/kill.sqlite
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
ADDR=127.0.0.1:$PORT

start() {
  "$BIN" serve --listen "$ADDR" --db "$DB" --model "$MODEL" 2>>"$TMP/serve.log" &
  PID=$!
  for _ in $(seq 100); do curl -fs "http://$ADDR/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "server did not start:" >&2; cat "$TMP/serve.log" >&2; exit 2
}

for round in $(seq "$ROUNDS"); do
  start
  # 8 clients ingest batches of 5 and log each acknowledged id.
  python3 - "$ADDR" "$round" "$TMP/acked-$round.txt" <<'PY' &
import json, sys, threading, urllib.request
addr, rnd, out = sys.argv[1], sys.argv[2], sys.argv[3]
lock = threading.Lock()
f = open(out, "w")
def worker(w):
    i = 0
    while True:
        ids = [f"r{rnd}-w{w}-{i}-{k}" for k in range(5)]
        body = json.dumps({"comments": [{"id": x, "text": "Du bist ein Idiot, echt jetzt."} for x in ids]}).encode()
        try:
            with urllib.request.urlopen(urllib.request.Request(f"http://{addr}/v1/comments", body, {"Content-Type": "application/json"}), timeout=5) as r:
                if r.status in (200, 201):
                    with lock:
                        f.write("\n".join(ids) + "\n"); f.flush()
        except Exception:
            return
        i += 1
ts = [threading.Thread(target=worker, args=(w,)) for w in range(8)]
[t.start() for t in ts]; [t.join() for t in ts]
PY
  CLIENTS=$!
  sleep 1.5
  kill -KILL "$PID"
  wait "$PID" 2>/dev/null || true
  wait "$CLIENTS" || true
done

# Restart once more (recovery of the WAL) and check every acknowledged id.
start
cat "$TMP"/acked-*.txt | sort -u >"$TMP/acked.txt"
N=$(wc -l <"$TMP/acked.txt")
kill -TERM "$PID"; wait "$PID" || true
python3 - "$DB" "$TMP/acked.txt" <<'PY'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
lost = [i for i in open(sys.argv[2]).read().split() if db.execute("SELECT COUNT(*) FROM comments WHERE id = ?", (i,)).fetchone()[0] != 1]
total = db.execute("SELECT COUNT(*) FROM comments").fetchone()[0]
print(f"acknowledged {len(open(sys.argv[2]).read().split())}, stored {total}, lost {len(lost)}")
sys.exit(1 if lost else 0)
PY
echo "kill test passed ($N acknowledged comments over $ROUNDS SIGKILLs)"
