#!/usr/bin/env python3
"""Clients of the two-instance crash test (called by kill-test.sh --postgres).

Usage: kill-test-pg.py ADDR_A ADDR_B TOKEN OUT_DIR SECONDS

Ingest workers send batches of 5 new comments, alternating between the two
instances; when an instance does not answer (it was killed) the same batch
goes to the other one until it is acknowledged, so a batch stored just before
a kill comes back as duplicates (ingest is idempotent by id). Decision
workers decide acknowledged comments through either instance, two workers
racing on each comment. Every acknowledgement is logged:
  OUT_DIR/acked.txt      one acknowledged comment id per line
  OUT_DIR/decided.txt    "id moderator decision" per decision answered 200
  OUT_DIR/refused.txt    "id moderator" per decision answered 409
  OUT_DIR/resent.txt     the first id of a batch, each time it was sent again
"""
import json
import random
import sys
import threading
import time
import urllib.error
import urllib.request

addrs, token, out, secs = sys.argv[1:3], sys.argv[3], sys.argv[4], float(sys.argv[5])
end = time.time() + secs
lock = threading.Lock()
files = {k: open(f"{out}/{k}.txt", "w") for k in ("acked", "decided", "refused", "resent")}
acked_ids = []


def log(kind, line):
    with lock:
        files[kind].write(line + "\n")
        files[kind].flush()


def post(i, path, body):
    """Status of a POST to instance i, or None when it does not answer."""
    req = urllib.request.Request(
        f"http://{addrs[i % 2]}{path}",
        json.dumps(body).encode(),
        {"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except Exception:
        return None


def ingest(w):
    n, target = 0, w
    while time.time() < end:
        ids = [f"w{w}-{n}-{k}" for k in range(5)]
        body = {"comments": [{"id": x, "text": "Du bist ein Idiot, echt jetzt."} for x in ids]}
        while True:  # until acknowledged: the other instance takes over
            status = post(target, "/v1/comments", body)
            if status in (200, 201):
                break
            target += 1
            log("resent", ids[0])
            time.sleep(0.05)
        log("acked", "\n".join(ids))
        with lock:
            acked_ids.extend(ids)
        n += 1
        target += 1


def decide(w):
    rnd = random.Random(w)
    target = w
    while time.time() < end:
        with lock:
            if not acked_ids:
                pick = None
            else:
                pick = acked_ids[rnd.randrange(len(acked_ids))]
        if pick is None:
            time.sleep(0.05)
            continue
        who = f"mod{w}"
        decision = "approve" if w % 2 else "reject"
        body = {"decision": decision, "moderator": who}
        if decision == "reject":
            body["labels"] = ["toxic"]
        for _ in range(50):
            status = post(target, f"/v1/comments/{pick}/decision", body)
            target += 1
            if status == 200:
                log("decided", f"{pick} {who} {decision}")
                break
            if status == 409:
                log("refused", f"{pick} {who}")
                break
            time.sleep(0.05)  # no answer or 503: try the other instance


threads = [threading.Thread(target=ingest, args=(w,)) for w in range(8)]
threads += [threading.Thread(target=decide, args=(w,)) for w in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
