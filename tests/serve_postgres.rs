//! Several `moderato serve` processes on one PostgreSQL database: what must
//! hold across instances (idempotent ingest, first decision wins, consistent
//! paging, shared export and training, independent reloads, a lost database).
//!
//! Needs a server: `MODERATO_TEST_POSTGRES=postgres://user@host:port/db`
//! (each test creates a database of its own there). Without it every test
//! says it is skipped and passes, unless `MODERATO_REQUIRE_POSTGRES=1` (CI).

mod util;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Barrier, Mutex};
use std::time::{Duration, Instant};

use moderato::serve::queue::{test_database, PgQueue, PoolSettings, QueueStore};
use serde_json::{json, Value};
use util::{assert_code, assert_ok, root, stderr, Dir};

const TOKEN: &str = "pg-test-token-123";

/// The queue of `url`, read directly (what the instances stored).
fn queue(url: &str) -> PgQueue {
    PgQueue::connect(url, &PoolSettings::default()).expect("connect to the test database")
}

/// One `moderato serve` process.
struct Instance {
    child: Child,
    addr: SocketAddr,
    log: Arc<Mutex<String>>,
}

impl Instance {
    /// Starts an instance on `url` (port 0) and waits until it is healthy.
    fn start(d: &Dir, url: &str) -> Instance {
        let model = root().join("models/default.model");
        let mut child = d
            .cmd(&[
                "serve",
                "--listen",
                "127.0.0.1:0",
                "--db",
                url,
                "--model",
                model.to_str().unwrap(),
            ])
            .env("MODERATO_API_TOKEN", TOKEN)
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn moderato serve");
        let log = Arc::new(Mutex::new(String::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let stderr = child.stderr.take().unwrap();
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("listening on http://").nth(1) {
                    let addr = rest.split_whitespace().next().unwrap_or("").to_string();
                    let _ = tx.send(addr);
                }
                sink.lock().unwrap().push_str(&(line + "\n"));
            }
        });
        let addr = match rx.recv_timeout(Duration::from_secs(60)) {
            Ok(a) => a.parse().expect("listen address"),
            Err(_) => panic!(
                "the instance did not start:\n{}",
                log.lock().unwrap().as_str()
            ),
        };
        let i = Instance { child, addr, log };
        i.wait_until(|r| r.status == 200, "GET", "/healthz");
        i
    }

    /// Sends a request until `done` holds for the answer (at most 20 s).
    fn wait_until(&self, done: impl Fn(&Resp) -> bool, method: &str, path: &str) -> Resp {
        let t = Instant::now();
        loop {
            if let Ok(r) = self.try_request(method, path, None) {
                if done(&r) {
                    return r;
                }
                if t.elapsed() > Duration::from_secs(20) {
                    panic!(
                        "{method} {path}: still {} after 20 s: {}\n{}",
                        r.status,
                        r.text(),
                        self.log.lock().unwrap()
                    );
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn try_request(&self, method: &str, path: &str, body: Option<&Value>) -> std::io::Result<Resp> {
        request(self.addr, method, path, body)
    }

    fn get(&self, path: &str) -> Resp {
        self.try_request("GET", path, None).expect("GET")
    }

    fn post(&self, path: &str, body: &Value) -> Resp {
        self.try_request("POST", path, Some(body)).expect("POST")
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Resp {
    status: u16,
    body: Vec<u8>,
}

impl Resp {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("{} is not JSON ({e}): {}", self.status, self.text()))
    }
}

/// A minimal HTTP/1.1 request (`Connection: close`, chunked answers decoded).
fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> std::io::Result<Resp> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(60)))?;
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {TOKEN}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut raw = Vec::new();
    s.read_to_end(&mut raw)?;
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no header end"))?;
    let head = String::from_utf8_lossy(&raw[..split]).to_lowercase();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status"))?;
    let mut body = raw[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    Ok(Resp { status, body })
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = b.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(String::from_utf8_lossy(&b[..eol]).trim(), 16).unwrap_or(0);
        if n == 0 {
            break;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + n]);
        b = &b[eol + 2 + n + 2..];
    }
    out
}

fn comment(id: &str, text: &str) -> Value {
    json!({ "id": id, "text": text, "article_id": "a1", "created_at": "2024-05-01T10:00:00Z" })
}

/// Texts the shipped model sends to review (pending), to fill the queue:
/// each in the middle of its review band (toxic 0.42–0.50 against the
/// thresholds 0.21 and 0.68 at stop 48), so that a retrained model does not
/// move them out of the queue. `Was für ein dummer Artikel, echt jetzt`
/// (0.25 → 0.15: abuse of a thing) and `Sie haben doch keine Ahnung, Sie
/// Träumer` (0.16) were here and left it.
const REVIEW_TEXTS: &[&str] = &[
    "Was für ein dummer Kommentar von dir",
    "Die Regierung besteht nur aus Versagern",
    "Typisch Politiker, alles Lügner",
];

#[test]
fn ingest_is_idempotent_by_id_across_instances() {
    let Some(url) = test_database("ingest") else {
        return;
    };
    let d = Dir::new();
    let (a, b) = (Instance::start(&d, &url), Instance::start(&d, &url));
    let batch: Vec<Value> = (0..20)
        .map(|i| {
            comment(
                &format!("c{i}"),
                &format!("Kommentar Nummer {i} zum Artikel"),
            )
        })
        .collect();
    let barrier = Barrier::new(6);
    let answers: Vec<Value> = std::thread::scope(|s| {
        let hs: Vec<_> = (0..6)
            .map(|t| {
                let (inst, barrier, batch) = (if t % 2 == 0 { &a } else { &b }, &barrier, &batch);
                s.spawn(move || {
                    barrier.wait();
                    let r = inst.post("/v1/comments", &json!({ "comments": batch }));
                    assert!(
                        r.status == 200 || r.status == 201,
                        "{} {}",
                        r.status,
                        r.text()
                    );
                    r.json()
                })
            })
            .collect();
        hs.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let new = answers
        .iter()
        .flat_map(|a| a["results"].as_array().unwrap().iter())
        .filter(|r| r["duplicate"] == false)
        .count();
    assert_eq!(
        new, 20,
        "each comment is stored once, by whichever instance came first"
    );
    let q = queue(&url);
    assert_eq!(q.counts().unwrap().values().sum::<u64>(), 20);
    for i in 0..20 {
        let trail = q.audit_for(&format!("c{i}")).unwrap();
        assert_eq!(trail.len(), 1, "one ingest entry: {trail:?}");
    }
}

#[test]
fn the_first_decision_wins_across_instances() {
    let Some(url) = test_database("decide") else {
        return;
    };
    let d = Dir::new();
    let (a, b) = (Instance::start(&d, &url), Instance::start(&d, &url));
    let ids: Vec<String> = (0..8).map(|i| format!("d{i}")).collect();
    let batch: Vec<Value> = ids.iter().map(|id| comment(id, REVIEW_TEXTS[0])).collect();
    assert_eq!(a.post("/v1/comments", &json!(batch)).status, 201);
    for id in &ids {
        let barrier = Barrier::new(2);
        let statuses: Vec<u16> = std::thread::scope(|s| {
            let hs: Vec<_> = [(&a, "approve", "anna"), (&b, "reject", "bert")]
                .into_iter()
                .map(|(inst, decision, who)| {
                    let barrier = &barrier;
                    s.spawn(move || {
                        let labels: Vec<&str> = if decision == "reject" {
                            vec!["toxic"]
                        } else {
                            vec![]
                        };
                        let body =
                            json!({ "decision": decision, "labels": labels, "moderator": who });
                        barrier.wait();
                        inst.post(&format!("/v1/comments/{id}/decision"), &body)
                            .status
                    })
                })
                .collect();
            hs.into_iter().map(|h| h.join().unwrap()).collect()
        });
        let mut sorted = statuses.clone();
        sorted.sort();
        assert_eq!(sorted, [200, 409], "{id}: {statuses:?}");
        let trail = queue(&url).audit_for(id).unwrap();
        let actions: Vec<&str> = trail.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["ingest", "decision", "decision-refused"], "{id}");
        let winner = if statuses[0] == 200 { "anna" } else { "bert" };
        assert_eq!(trail[1].actor, winner);
        assert!(
            trail[2].detail.contains(&format!("by {winner}")),
            "{:?}",
            trail[2]
        );
    }
}

#[test]
fn queue_paging_stays_consistent_while_the_other_instance_writes() {
    let Some(url) = test_database("paging") else {
        return;
    };
    let d = Dir::new();
    let (a, b) = (Instance::start(&d, &url), Instance::start(&d, &url));
    let batch: Vec<Value> = (0..45)
        .map(|i| comment(&format!("p{i:02}"), REVIEW_TEXTS[i % REVIEW_TEXTS.len()]))
        .collect();
    assert_eq!(a.post("/v1/comments", &json!(batch)).status, 201);
    let pending: Vec<String> = a.get("/v1/queue?limit=500").json()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap().to_string())
        .collect();
    assert!(
        pending.len() >= 30,
        "the texts go to review: {}",
        pending.len()
    );
    let mut seen = std::collections::BTreeSet::new();
    let mut decided = std::collections::BTreeSet::new();
    let mut cursor: Option<String> = None;
    for round in 0.. {
        let path = match &cursor {
            Some(c) => format!("/v1/queue?limit=7&cursor={c}"),
            None => "/v1/queue?limit=7".to_string(),
        };
        let page = a.get(&path).json();
        for c in page["items"].as_array().unwrap() {
            let id = c["id"].as_str().unwrap().to_string();
            assert!(seen.insert(id.clone()), "{id} listed twice");
        }
        // Meanwhile the other instance ingests and decides.
        let more: Vec<Value> = (0..3)
            .map(|k| comment(&format!("n{round}-{k}"), REVIEW_TEXTS[k]))
            .collect();
        assert!(b.post("/v1/comments", &json!(more)).status < 300);
        let victim = &pending[pending.len() - 1 - round];
        let r = b.post(
            &format!("/v1/comments/{victim}/decision"),
            &json!({ "decision": "approve", "moderator": "bert" }),
        );
        if r.status == 200 {
            decided.insert(victim.clone());
        }
        cursor = page["next_cursor"].as_str().map(str::to_string);
        if cursor.is_none() {
            break;
        }
    }
    for id in &pending {
        assert!(
            seen.contains(id) || decided.contains(id),
            "{id} stayed pending and was never listed"
        );
    }
}

#[test]
fn export_and_training_read_the_shared_database() {
    let Some(url) = test_database("export") else {
        return;
    };
    let d = Dir::new();
    let (a, b) = (Instance::start(&d, &url), Instance::start(&d, &url));
    let texts = [
        ("e1", "Sie Schwachkopf gehören eingesperrt", false),
        ("e2", "Ein sachlicher und guter Beitrag", true),
    ];
    for (id, text, _) in texts {
        assert!(a.post("/v1/comments", &comment(id, text)).status < 300);
    }
    // One decision through each instance.
    for ((id, _, approve), inst) in texts.iter().zip([&a, &b]) {
        let body = if *approve {
            json!({ "decision": "approve", "moderator": "anna" })
        } else {
            json!({ "decision": "reject", "labels": ["toxic"], "moderator": "anna" })
        };
        assert_eq!(
            inst.post(&format!("/v1/comments/{id}/decision"), &body)
                .status,
            200
        );
    }
    for inst in [&a, &b] {
        let r = inst.get("/v1/decisions/export");
        assert_eq!(r.status, 200);
        let csv = r.text();
        assert_eq!(csv.lines().count(), 3, "{csv}");
        assert!(
            csv.contains("e1,Sie Schwachkopf gehören eingesperrt,1,0,reject,anna,"),
            "{csv}"
        );
        assert!(
            csv.contains("e2,Ein sachlicher und guter Beitrag,0,0,approve,anna,"),
            "{csv}"
        );
    }
    let data = root().join("data/fixtures/tiny-train.csv");
    // A password in the URL (the test server trusts local connections and
    // ignores it) must not reach the output or the model card.
    let secret_url = url.replacen("://moderato@", "://moderato:hunter2-secret@", 1);
    assert_ne!(secret_url, url, "the test URL names the user moderato");
    let o = d.run(&[
        "train",
        "--data",
        data.to_str().unwrap(),
        "--label",
        "toxic=toxic",
        "--include-decisions",
        &secret_url,
        "-o",
        "m.model",
    ]);
    assert_ok(&o);
    assert!(
        stderr(&o).contains("2 moderator decision(s)"),
        "{}",
        stderr(&o)
    );
    let card = d.read("m.card.md");
    assert!(card.contains("decisions:"), "{card}");
    assert!(!card.contains("hunter2"), "{card}");
    assert!(!stderr(&o).contains("hunter2"), "{}", stderr(&o));
}

#[test]
fn a_reload_on_one_instance_leaves_the_other_alone() {
    let Some(url) = test_database("reload") else {
        return;
    };
    let d = Dir::new();
    let (a, b) = (Instance::start(&d, &url), Instance::start(&d, &url));
    let r = a.post("/v1/admin/reload", &json!({}));
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(a.get("/healthz").json()["model"]["generation"], 2);
    let h = b.get("/healthz").json();
    assert_eq!(h["model"]["generation"], 1);
    assert_eq!(
        h["database"],
        json!({ "backend": "postgres", "state": "ok" })
    );
    assert_eq!(
        b.post("/v1/comments", &comment("r1", REVIEW_TEXTS[1]))
            .status,
        201
    );
    assert_eq!(a.get("/v1/comments/r1").status, 200);
}

/// A TCP proxy in front of the database that the test can cut (closing every
/// connection and refusing new ones) and restore.
struct Proxy {
    addr: SocketAddr,
    cut: Arc<AtomicBool>,
    live: Arc<Mutex<Vec<TcpStream>>>,
}

impl Proxy {
    fn start(target: SocketAddr) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let p = Proxy {
            addr: listener.local_addr().unwrap(),
            cut: Arc::new(AtomicBool::new(false)),
            live: Arc::new(Mutex::new(Vec::new())),
        };
        let (cut, live) = (p.cut.clone(), p.live.clone());
        std::thread::spawn(move || {
            for client in listener.incoming().map_while(Result::ok) {
                if cut.load(Ordering::SeqCst) {
                    continue; // dropped: the connection is refused after accept
                }
                let Ok(server) = TcpStream::connect(target) else {
                    continue;
                };
                let mut l = live.lock().unwrap();
                l.push(client.try_clone().unwrap());
                l.push(server.try_clone().unwrap());
                for (mut from, mut to) in [
                    (client.try_clone().unwrap(), server.try_clone().unwrap()),
                    (server, client),
                ] {
                    std::thread::spawn(move || {
                        let _ = std::io::copy(&mut from, &mut to);
                        let _ = to.shutdown(std::net::Shutdown::Both);
                    });
                }
            }
        });
        p
    }

    fn set_cut(&self, cut: bool) {
        self.cut.store(cut, Ordering::SeqCst);
        if cut {
            for s in self.live.lock().unwrap().drain(..) {
                let _ = s.shutdown(std::net::Shutdown::Both);
            }
        }
    }
}

/// `url` with its host and port replaced by `addr`.
fn via(url: &str, addr: SocketAddr) -> String {
    let (scheme, rest) = url.split_once("://").unwrap();
    let (auth_host, path) = rest.split_once('/').unwrap();
    let auth = auth_host
        .rsplit_once('@')
        .map(|(a, _)| format!("{a}@"))
        .unwrap_or_default();
    format!("{scheme}://{auth}{addr}/{path}")
}

/// The server's address in `url` (host:port; port 5432 by default).
fn server_addr(url: &str) -> SocketAddr {
    let rest = url.split_once("://").unwrap().1;
    let host_port = rest.split('/').next().unwrap().rsplit('@').next().unwrap();
    let host_port = if host_port.contains(':') {
        host_port.to_string()
    } else {
        format!("{host_port}:5432")
    };
    let host_port = host_port.replace("localhost", "127.0.0.1");
    host_port
        .parse()
        .expect("the test server's host is an IP address or localhost")
}

#[test]
fn a_lost_database_gives_503_on_the_queue_and_recovers_by_itself() {
    let Some(url) = test_database("lost") else {
        return;
    };
    let proxy = Proxy::start(server_addr(&url));
    let d = Dir::new();
    let a = Instance::start(&d, &via(&url, proxy.addr));
    assert_eq!(
        a.post("/v1/comments", &comment("l1", REVIEW_TEXTS[0]))
            .status,
        201
    );
    proxy.set_cut(true);
    let r = a.wait_until(|r| r.status == 503, "GET", "/v1/queue");
    assert_eq!(r.json()["error"]["status"], "UNAVAILABLE");
    let h = a.get("/healthz");
    assert_eq!(h.status, 503);
    assert_eq!(h.json()["database"]["state"], "unavailable");
    assert_eq!(a.get("/v1/decisions/export").status, 503);
    assert_eq!(a.get("/v1/comments/l1").status, 503);
    assert_eq!(
        a.post("/v1/comments", &comment("l2", REVIEW_TEXTS[1]))
            .status,
        503
    );
    assert_eq!(
        a.post(
            "/v1/comments/l1/decision",
            &json!({ "decision": "approve" })
        )
        .status,
        503
    );
    // Scoring needs no database, stored context or not.
    let s = a.post(
        "/v1/score",
        &json!({ "text": "Du Idiot", "article_id": "a1" }),
    );
    assert_eq!(s.status, 200, "{}", s.text());
    proxy.set_cut(false);
    a.wait_until(|r| r.status == 200, "GET", "/v1/queue");
    assert_eq!(a.get("/healthz").json()["database"]["state"], "ok");
    assert_eq!(
        a.post("/v1/comments", &comment("l2", REVIEW_TEXTS[1]))
            .status,
        201
    );
}

#[test]
fn start_up_errors_name_the_database_without_its_password() {
    let d = Dir::new();
    let model = root().join("models/default.model");
    let serve = |db: &str| {
        d.run(&[
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--db",
            db,
            "--model",
            model.to_str().unwrap(),
        ])
    };
    let o = serve("mysql://u:geheim@127.0.0.1/db");
    assert_code(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("unsupported scheme \"mysql\"") && !err.contains("geheim"),
        "{err}"
    );
    let o = serve("postgres://u:geheim@127.0.0.1:1/moderato");
    assert_code(&o, 2);
    let err = stderr(&o);
    assert!(
        err.contains("postgres://u:***@127.0.0.1:1/moderato") && err.contains("unavailable"),
        "{err}"
    );
    assert!(!err.contains("geheim"), "{err}");
}
