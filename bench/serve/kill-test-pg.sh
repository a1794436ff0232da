#!/usr/bin/env bash
# Two-instance crash test on PostgreSQL; run it as
#   bench/serve/kill-test.sh --postgres postgres://user@host:port/db [--rounds N]
# Arguments here: BIN MODEL ROUNDS URL. Needs psql.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=$1 MODEL=$2 ROUNDS=$3 BASE=$4
command -v psql >/dev/null || { echo "kill test: needs psql (Debian: postgresql-client)" >&2; exit 2; }
TMP=$(mktemp -d)
NAME=moderato_kill_$(date +%s)_$$
URL=$(python3 - "$BASE" "$NAME" <<'PY'
import sys
base, name = sys.argv[1], sys.argv[2]
scheme, rest = base.split("://", 1)
rest, _, query = rest.partition("?")
host = rest.split("/", 1)[0]
print(f"{scheme}://{host}/{name}" + (f"?{query}" if query else ""))
PY
)
psql -q "$BASE" -c "CREATE DATABASE $NAME" >/dev/null
PIDS=("" "")
cleanup() {
  for p in "${PIDS[@]}"; do [ -n "$p" ] && kill "$p" 2>/dev/null; done
  wait 2>/dev/null || true
  psql -q "$BASE" -c "DROP DATABASE IF EXISTS $NAME WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$TMP"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ADDRS=("127.0.0.1:$(free_port)" "127.0.0.1:$(free_port)")
export MODERATO_API_TOKEN=kill-test-token-0123

start() {  # start instance $1 (0 or 1) and wait until it is healthy
  local i=$1
  "$BIN" serve --listen "${ADDRS[$i]}" --db "$URL" --model "$MODEL" 2>>"$TMP/serve-$i.log" &
  PIDS[$i]=$!
  for _ in $(seq 200); do curl -fs "http://${ADDRS[$i]}/healthz" >/dev/null && return 0; sleep 0.1; done
  echo "instance $i did not start:" >&2; cat "$TMP/serve-$i.log" >&2; exit 2
}

start 0
start 1
SECS=$(python3 -c "print($ROUNDS * 2.5 + 1.5)")
python3 bench/serve/kill-test-pg.py "${ADDRS[0]}" "${ADDRS[1]}" "$MODERATO_API_TOKEN" "$TMP" "$SECS" &
CLIENTS=$!
for round in $(seq "$ROUNDS"); do
  sleep 1.5
  i=$(( (round - 1) % 2 ))
  kill -KILL "${PIDS[$i]}"
  wait "${PIDS[$i]}" 2>/dev/null || true
  echo "round $round: SIGKILLed instance $i mid-burst" >&2
  sleep 0.5
  start "$i"
done
wait "$CLIENTS"

# Every acknowledged comment exactly once; every acknowledged decision stored as answered.
sort -u "$TMP/acked.txt" >"$TMP/acked-ids.txt"
psql -qAt "$URL" -c "SELECT id FROM comments" | sort >"$TMP/stored-ids.txt"
psql -qAt "$URL" -F ' ' -c "SELECT comment_id, moderator, decision FROM decisions" | sort >"$TMP/stored-decisions.txt"
python3 - "$TMP" <<'PY'
import collections, sys
tmp = sys.argv[1]
acked = open(f"{tmp}/acked-ids.txt").read().split()
stored = collections.Counter(open(f"{tmp}/stored-ids.txt").read().split())
lost = [i for i in acked if stored[i] != 1]
decided = [l.split() for l in open(f"{tmp}/decided.txt") if l.strip()]
refused = sum(1 for l in open(f"{tmp}/refused.txt") if l.strip())
resent = sum(1 for l in open(f"{tmp}/resent.txt") if l.strip())
db = {}
for l in open(f"{tmp}/stored-decisions.txt"):
    cid, who, what = l.split()
    db.setdefault(cid, []).append((who, what))
twice = [c for c, ds in db.items() if len(ds) != 1]
per_comment = collections.Counter(c for c, _, _ in decided)
acked_twice = [c for c, n in per_comment.items() if n > 1]
wrong = [c for c, who, what in decided if db.get(c) != [(who, what)]]
print(f"comments: acknowledged {len(acked)}, stored {sum(stored.values())}, lost or duplicated {len(lost)} "
      f"(batches sent again to the other instance after no answer: {resent})")
print(f"decisions: acknowledged {len(decided)} (refused 409: {refused}), stored {sum(len(v) for v in db.values())}, "
      f"acknowledged but not stored as answered {len(wrong)}, comments decided twice {len(twice)}, acknowledged twice {len(acked_twice)}")
sys.exit(1 if lost or wrong or twice or acked_twice else 0)
PY
echo "kill test passed: two instances on PostgreSQL, $ROUNDS SIGKILLs"
