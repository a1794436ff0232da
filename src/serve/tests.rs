//! Service tests: the real server on port 0 with a temp SQLite file and the
//! shipped model, driven over TCP by a tiny HTTP/1.1 client.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::*;

/// The shipped model: `$MODERATO_TEST_MODEL`, else `models/default.model`
/// next to the crate, else beside it in `../main` (the scratch crate).
fn model_path() -> PathBuf {
    if let Ok(p) = std::env::var("MODERATO_TEST_MODEL") {
        return PathBuf::from(p);
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    for c in [
        dir.join("models/default.model"),
        dir.join("../main/models/default.model"),
    ] {
        if c.exists() {
            return c;
        }
    }
    panic!("no model for the service tests: set MODERATO_TEST_MODEL");
}

const TOKEN: &str = "test-token-123";

struct Server {
    addr: SocketAddr,
    db: PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), ServeError>>,
    _dir: tempfile::TempDir,
}

impl Server {
    async fn start(tweak: impl FnOnce(&mut ServeConfig)) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let mut cfg = ServeConfig {
            db: dir.path().join("queue.sqlite").into(),
            model: model_path(),
            api_token: Some(TOKEN.into()),
            coral_secret: Some("coral-secret".into()),
            ..ServeConfig::default()
        };
        tweak(&mut cfg);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let db = match &cfg.db {
            queue::Database::Sqlite(p) => p.clone(),
            queue::Database::Postgres(_) => PathBuf::new(),
        };
        let task = tokio::spawn(launch_with_listener(cfg, listener, async {
            let _ = rx.await;
        }));
        let s = Server {
            addr,
            db,
            stop: Some(tx),
            task,
            _dir: dir,
        };
        // Wait until the model is loaded and the database open.
        for _ in 0..200 {
            if let Ok(r) = s.get("/healthz").await {
                if r.status == 200 {
                    return s;
                }
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        panic!("server did not become healthy");
    }

    async fn get(&self, path: &str) -> std::io::Result<Resp> {
        request(self.addr, "GET", path, &[("authorization", &bearer())], b"").await
    }

    async fn post(&self, path: &str, body: &Value) -> Resp {
        request(
            self.addr,
            "POST",
            path,
            &[
                ("authorization", &bearer()),
                ("content-type", "application/json"),
            ],
            body.to_string().as_bytes(),
        )
        .await
        .unwrap()
    }

    async fn stop(mut self) {
        let _ = self.stop.take().unwrap().send(());
        self.task.await.unwrap().unwrap();
    }
}

fn bearer() -> String {
    format!("Bearer {TOKEN}")
}

#[derive(Debug)]
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Resp {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "status {} body is not JSON ({e}): {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request on a fresh connection (`Connection: close`).
async fn request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> std::io::Result<Resp> {
    let mut s = tokio::net::TcpStream::connect(addr).await?;
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nhost: {addr}\r\nconnection: close\r\ncontent-length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).await?;
    s.write_all(body).await?;
    // Read the head, then Content-Length bytes (some peers keep the
    // connection open despite `Connection: close`), else to the end.
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    let split = loop {
        if let Some(p) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break p;
        }
        let n = s.read(&mut buf).await?;
        if n == 0 {
            return Err(std::io::Error::other("no response head"));
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let len = String::from_utf8_lossy(&raw[..split])
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<usize>().ok());
    match len {
        Some(n) => {
            while raw.len() < split + 4 + n {
                let k = s.read(&mut buf).await?;
                if k == 0 {
                    break;
                }
                raw.extend_from_slice(&buf[..k]);
            }
        }
        None => {
            s.read_to_end(&mut raw).await?;
        }
    }
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .ok_or_else(|| std::io::Error::other("bad status line"))?;
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_lowercase(), v.trim().to_string()))
        .collect();
    let mut body = raw[split + 4..].to_vec();
    if headers
        .iter()
        .any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Ok(Resp {
        status,
        headers,
        body,
    })
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = b.windows(2).position(|w| w == b"\r\n") {
        let n = usize::from_str_radix(
            String::from_utf8_lossy(&b[..eol])
                .split(';')
                .next()
                .unwrap()
                .trim(),
            16,
        )
        .unwrap_or(0);
        if n == 0 {
            break;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + n]);
        b = &b[eol + 2 + n + 2..];
    }
    out
}

fn assert_api_error(r: &Resp, status: u16) {
    assert_eq!(r.status, status, "{}", r.text());
    let v = r.json();
    assert_eq!(v["error"]["code"], status, "{v}");
    assert!(v["error"]["message"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
    assert!(v["error"]["status"].is_string());
}

const TEXTS: &[&str] = &[
    "Danke für den informativen Artikel, sehr gut recherchiert.",
    "Du bist ein dummer Idiot, halt einfach die Klappe.",
    "Was für ein Schwachsinn, die Politiker sind alle Verbrecher und Lügner.",
    "Ich sehe das etwas anders, aber die Argumente sind nachvollziehbar.",
    "Verpiss dich, du Arschloch!",
    "Hat jemand ein gutes Rezept für Apfelkuchen?",
    "Die Regierung hat versagt, das ist doch offensichtlich.",
    "Sie sind so ein Vollpfosten, unfassbar.",
    "Wann kommt endlich der nächste Teil der Serie?",
    "Typisch Gutmenschen, die haben keine Ahnung von nichts.",
];

#[test]
fn explain_agrees_with_score() {
    let m = state::LoadedModel::load(&model_path(), 1).unwrap();
    for t in TEXTS {
        let a = m.analyse(t, 5);
        let p = m.classifier.score(t);
        for (l, p) in a.labels.iter().zip(p) {
            assert!(
                (l.probability - p).abs() < 1e-5,
                "{t}: {} vs {p}",
                l.probability
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn score_single_and_batch() {
    let s = Server::start(|_| {}).await;
    let r = s
        .post(
            "/v1/score",
            &json!({"text": "Du bist ein dummer Idiot.", "article_id": "a1"}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert!(v["probabilities"]["toxic"].as_f64().unwrap() > 0.0);
    assert!(["approve", "review", "reject"].contains(&v["decision"].as_str().unwrap()));
    let toxic = &v["labels"][0];
    assert_eq!(toxic["label"], "toxic");
    let span = &toxic["spans"][0];
    let text = "Du bist ein dummer Idiot.";
    let (a, b) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[a..b], span["text"].as_str().unwrap());

    let r = s
        .post(
            "/v1/score",
            &json!({"comments": [{"text": TEXTS[0]}, {"text": TEXTS[1], "id": "x"}]}),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["results"].as_array().unwrap().len(), 2);
    assert_eq!(v["results"][1]["id"], "x");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn score_reports_the_language_and_routes_other_languages() {
    let s = Server::start(|c| {
        c.languages = crate::language::LanguagePolicy::parse("de", "reject").unwrap();
    })
    .await;
    let en = "This is exactly what the government wanted all along";
    let v = s.post("/v1/score", &json!({"text": en})).await.json();
    assert_eq!(v["language"], "en", "{v}");
    assert_eq!(v["decision"], "reject", "{v}");
    assert!(v["reason"].as_str().unwrap().contains("language en"), "{v}");
    let v = s
        .post("/v1/score", &json!({"text": "Danke für den Artikel"}))
        .await
        .json();
    assert_eq!(v["language"], "de", "{v}");
    assert!(v.get("reason").is_none(), "{v}");
    // Invisible characters only: nothing to score, not an approval.
    let r = s
        .post("/v1/score", &json!({"text": "\u{200B}\u{FEFF}\u{0}"}))
        .await;
    assert_api_error(&r, 400);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn perspective_analyze_and_suggest() {
    let s = Server::start(|_| {}).await;
    let text = "😀 Du bist ein dummer Idiot und ein Lügner.";
    let r = s
        .post(
            "/v1alpha1/comments:analyze",
            &json!({
                "comment": {"text": text, "type": "PLAIN_TEXT"},
                "languages": ["en"],
                "requestedAttributes": {"TOXICITY": {}, "OFF_TOPIC": {"scoreType": "PROBABILITY"}},
                "spanAnnotations": true,
                "doNotStore": true,
                "clientToken": "tok-1",
                "context": {"entries": [{"text": "Artikel", "type": "PLAIN_TEXT"}]}
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let v = r.json();
    assert_eq!(v["clientToken"], "tok-1");
    assert_eq!(v["detectedLanguages"], json!(["de"]));
    assert_eq!(v["languages"], json!(["en"]), "languages echo the request");
    // Spans come in text order.
    let begins: Vec<u64> = v["attributeScores"]["TOXICITY"]["spanScores"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["begin"].as_u64().unwrap())
        .collect();
    assert!(begins.windows(2).all(|w| w[0] <= w[1]), "{begins:?}");
    let tox = &v["attributeScores"]["TOXICITY"];
    assert_eq!(tox["summaryScore"]["type"], "PROBABILITY");
    let p = tox["summaryScore"]["value"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&p));
    assert!(v["attributeScores"]["OFF_TOPIC"]["summaryScore"]["value"].is_number());
    // Span offsets are UTF-16 code units: the emoji counts two.
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let spans = tox["spanScores"].as_array().unwrap();
    assert!(!spans.is_empty(), "{v}");
    for sp in spans {
        let (b, e) = (
            sp["begin"].as_u64().unwrap() as usize,
            sp["end"].as_u64().unwrap() as usize,
        );
        let word = String::from_utf16(&utf16[b..e]).unwrap();
        assert!(text.contains(&word) && !word.is_empty());
        assert_eq!(sp["score"]["type"], "PROBABILITY");
    }

    // A summary score under scoreThreshold is left out.
    let r = s
        .post(
            "/v1alpha1/comments:analyze",
            &json!({
                "comment": {"text": "Schöner Artikel, danke."},
                "requestedAttributes": {"TOXICITY": {"scoreThreshold": 0.9999}}
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["attributeScores"], json!({}));

    for bad in [
        json!({"comment": {"text": "Hallo"}, "requestedAttributes": {"SEVERE_TOXICITY": {}}}),
        json!({"comment": {"text": "   "}, "requestedAttributes": {"TOXICITY": {}}}),
        json!({"comment": {"text": "x".repeat(20_481)}, "requestedAttributes": {"TOXICITY": {}}}),
        json!({"comment": {"text": "Hallo"}, "requestedAttributes": {}}),
        json!({"comment": {"text": "Hallo", "type": "HTML"}, "requestedAttributes": {"TOXICITY": {}}}),
        json!({"comment": {"text": 5}, "requestedAttributes": {"TOXICITY": {}}}),
        json!({"requestedAttributes": {"TOXICITY": {}}}),
    ] {
        let r = s.post("/v1alpha1/comments:analyze", &bad).await;
        assert_api_error(&r, 400);
        assert_eq!(r.json()["error"]["status"], "INVALID_ARGUMENT");
    }

    let r = s
        .post(
            "/v1alpha1/comments:suggestscore",
            &json!({
                "comment": {"text": "Du Vollidiot."},
                "attributeScores": {"TOXICITY": {"summaryScore": {"value": 1}}},
                "clientToken": "fb-1", "communityId": "zeitung"
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["clientToken"], "fb-1");
    assert_eq!(r.json()["requestedLanguages"], json!(["de"]));
    let r = s.get("/v1/decisions/export").await.unwrap();
    assert_eq!(r.status, 200);
    let csv = r.text();
    let row = csv.lines().find(|l| l.contains("Du Vollidiot.")).unwrap();
    assert!(
        row.contains(",Du Vollidiot.,1,,reject,perspective:admin,"),
        "{csv}"
    );
    assert!(row.ends_with(",perspective-client"), "{csv}");
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn coral_phase_signed() {
    let s = Server::start(|_| {}).await;
    for text in TEXTS {
        let body = json!({
            "action": "NEW",
            "comment": {"body": text, "parentID": null},
            "author": {"id": "u1", "role": "COMMENTER"},
            "story": {"id": "s1", "url": "https://example.org/a"},
            "site": {"id": "site"},
            "tenantID": "t", "tenantDomain": "example.org"
        })
        .to_string();
        let sig = handlers::coral::sign("coral-secret", body.as_bytes());
        let r = request(
            s.addr,
            "POST",
            "/v1/coral/phase",
            &[
                ("x-coral-signature", &sig),
                ("content-type", "application/json"),
            ],
            body.as_bytes(),
        )
        .await
        .unwrap();
        let scored = s.post("/v1/score", &json!({"text": text})).await.json();
        let decision = scored["decision"].as_str().unwrap();
        let toxic_flagged = scored["labels"][0]["flagged"].as_bool().unwrap();
        match (decision, toxic_flagged) {
            ("reject", _) => {
                assert_eq!(r.status, 200);
                assert_eq!(r.json()["status"], "REJECTED");
                assert_eq!(r.json()["moderationAction"]["action"], "REJECT");
            }
            ("review", true) => {
                assert_eq!(r.status, 200);
                assert_eq!(
                    r.json()["actions"],
                    json!([{"actionType": "FLAG", "reason": "COMMENT_DETECTED_TOXIC"}])
                );
            }
            _ => assert_eq!(r.status, 204, "{text}: {}", r.text()),
        }
        // A wrong or missing signature is refused.
        let r = request(
            s.addr,
            "POST",
            "/v1/coral/phase",
            &[("x-coral-signature", "sha256=00ff")],
            body.as_bytes(),
        )
        .await
        .unwrap();
        assert_api_error(&r, 401);
    }
    s.stop().await;
}

async fn ingest_texts(s: &Server) -> Vec<Value> {
    let comments: Vec<Value> = TEXTS
        .iter()
        .enumerate()
        .map(|(i, t)| {
            json!({
                "id": format!("c{i}"), "text": t, "article_id": if i % 2 == 0 { "a1" } else { "a2" },
                "article_text": "Der Bundestag hat heute den Haushalt beschlossen.",
                "author": "leser", "created_at": format!("2024-05-0{}T10:00:00+02:00", 1 + i % 3)
            })
        })
        .collect();
    let r = s
        .post("/v1/comments", &json!({ "comments": comments }))
        .await;
    assert_eq!(r.status, 201, "{}", r.text());
    r.json()["results"].as_array().unwrap().clone()
}

#[tokio::test]
async fn a_bare_array_is_a_batch() {
    let s = Server::start(|_| {}).await;
    let r = s
        .post("/v1/comments", &json!({"id": "c1", "text": TEXTS[1]}))
        .await;
    assert_eq!(r.status, 201, "{}", r.text());
    // A bare JSON array is a batch too: one new comment, one known.
    let r = s
        .post(
            "/v1/comments",
            &json!([{"id": "c2", "text": TEXTS[0]}, {"id": "c1", "text": TEXTS[1]}]),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text());
    let batch = r.json();
    let dup: Vec<&Value> = batch["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| &x["duplicate"])
        .collect();
    assert_eq!(dup, [&json!(false), &json!(true)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queue_ingest_list_decide_export() {
    let s = Server::start(|_| {}).await;
    let results = ingest_texts(&s).await;
    assert_eq!(results.len(), TEXTS.len());
    let pending: Vec<&Value> = results
        .iter()
        .filter(|r| r["status"] == "pending")
        .collect();
    assert!(
        !pending.is_empty(),
        "some test comment should need review: {results:?}"
    );
    for r in &results {
        let expect = match r["routed"].as_str().unwrap() {
            "approve" => "approved",
            "review" => "pending",
            _ => "rejected",
        };
        assert_eq!(r["status"], expect);
    }

    // Idempotent by id: the same comment again is a 200 duplicate.
    let r = s
        .post("/v1/comments", &json!({"id": "c1", "text": TEXTS[1]}))
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["duplicate"], true);

    // The queue, one item per page, follows the priority order.
    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            Some(c) => format!("/v1/queue?limit=1&cursor={c}"),
            None => "/v1/queue?limit=1".to_string(),
        };
        let v = s.get(&path).await.unwrap().json();
        assert_eq!(v["total"], pending.len());
        for it in v["items"].as_array().unwrap() {
            seen.push((
                it["max_probability"].as_f64().unwrap(),
                it["created_at"].as_str().unwrap().to_string(),
                it["id"].as_str().unwrap().to_string(),
            ));
        }
        match v["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    assert_eq!(seen.len(), pending.len());
    for w in seen.windows(2) {
        assert!(
            w[0].0 > w[1].0 || (w[0].0 == w[1].0 && w[0].1 <= w[1].1),
            "order: {seen:?}"
        );
    }
    let v = s.get("/v1/queue?offset=1&limit=500").await.unwrap().json();
    assert_eq!(v["items"].as_array().unwrap().len(), pending.len() - 1);
    let v = s.get("/v1/queue?article_id=a1").await.unwrap().json();
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["article_id"] == "a1"));
    let v = s.get("/v1/queue?label=toxic").await.unwrap().json();
    assert!(v["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|i| i["flagged"].as_array().unwrap().contains(&json!("toxic"))));
    assert_api_error(&s.get("/v1/queue?label=spam").await.unwrap(), 400);
    assert_api_error(&s.get("/v1/queue?limit=0").await.unwrap(), 400);
    assert_api_error(&s.get("/v1/queue?cursor=zz").await.unwrap(), 400);
    assert_api_error(&s.get("/v1/queue?limit=abc").await.unwrap(), 400);

    // Two moderators at once: exactly one wins.
    let id = seen[0].2.clone();
    let path = format!("/v1/comments/{id}/decision");
    let anna = json!({"decision": "reject", "labels": ["toxic"], "moderator": "anna"});
    let ben = json!({"decision": "approve", "moderator": "ben", "reason": "ok"});
    let (a, b) = tokio::join!(s.post(&path, &anna), s.post(&path, &ben));
    let mut codes = [a.status, b.status];
    codes.sort();
    assert_eq!(codes, [200, 409], "{} / {}", a.text(), b.text());
    let loser = if a.status == 409 { &a } else { &b };
    assert_eq!(loser.json()["error"]["status"], "ABORTED");
    let v = s.get(&format!("/v1/comments/{id}")).await.unwrap().json();
    assert!(v["decided"].as_bool().unwrap());
    assert_ne!(v["status"], "pending");
    let v = s.get("/v1/queue").await.unwrap().json();
    assert_eq!(v["total"], pending.len() - 1);

    // A decision on an auto-approved comment is allowed too (overrides).
    let approved = results.iter().find(|r| r["status"] == "approved");
    if let Some(r) = approved {
        let p = format!("/v1/comments/{}/decision", r["id"].as_str().unwrap());
        let r = s
            .post(&p, &json!({"decision": "approve", "moderator": "anna"}))
            .await;
        assert_eq!(r.status, 200, "{}", r.text());
    }
    assert_api_error(
        &s.post(
            "/v1/comments/nope/decision",
            &json!({"decision": "approve", "moderator": "a"}),
        )
        .await,
        404,
    );
    assert_api_error(
        &s.post(&path, &json!({"decision": "maybe", "moderator": "a"}))
            .await,
        400,
    );
    assert_api_error(
        &s.post(
            &path,
            &json!({"decision": "reject", "labels": ["beleidigung"], "moderator": "a"}),
        )
        .await,
        400,
    );

    // The export: header, one row per decision, labels as 0/1/empty.
    let r = s.get("/v1/decisions/export").await.unwrap();
    assert_eq!(r.status, 200);
    assert!(r.header("content-type").unwrap().starts_with("text/csv"));
    let csv = r.text();
    let mut lines = csv.lines();
    assert_eq!(lines.next().unwrap(), EXPORT_HEADER);
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 1 + approved.is_some() as usize, "{csv}");
    let winner = if a.status == 200 { "anna" } else { "ben" };
    let expect_bits = if winner == "anna" {
        ",1,0,reject,anna,"
    } else {
        ",0,0,approve,ben,"
    };
    assert!(rows[0].starts_with(&format!("{id},")), "{csv}");
    assert!(rows[0].contains(expect_bits), "{csv}");

    // The same via the library function.
    let mut out = Vec::new();
    let n = export_decisions(&s.db, &mut out).unwrap();
    assert_eq!(n, rows.len());
    assert_eq!(String::from_utf8(out).unwrap(), csv);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auth_is_enforced() {
    let s = Server::start(|c| c.open_scoring = false).await;
    let none: &[(&str, &str)] = &[("content-type", "application/json")];
    for (m, p) in [
        ("GET", "/v1/queue"),
        ("POST", "/v1/comments"),
        ("POST", "/v1/comments/x/decision"),
        ("GET", "/v1/decisions/export"),
        ("POST", "/v1/admin/reload"),
        ("POST", "/v1/score"),
        ("POST", "/v1alpha1/comments:analyze"),
    ] {
        let r = request(s.addr, m, p, none, b"{}").await.unwrap();
        assert_api_error(&r, 401);
        let wrong = [("authorization", "Bearer wrong-token-xyz")];
        let r = request(s.addr, m, p, &wrong, b"{}").await.unwrap();
        assert_api_error(&r, 401);
    }
    // Perspective clients send the key as ?key=.
    let body = json!({"comment": {"text": "Hallo Welt"}, "requestedAttributes": {"TOXICITY": {}}});
    let r = request(
        s.addr,
        "POST",
        &format!("/v1alpha1/comments:analyze?key={TOKEN}"),
        none,
        body.to_string().as_bytes(),
    )
    .await
    .unwrap();
    assert_eq!(r.status, 200, "{}", r.text());
    // The page asks for the token, then works with the cookie.
    let r = request(s.addr, "GET", "/", &[], b"").await.unwrap();
    assert_eq!(r.status, 401);
    assert!(r.text().contains("name=\"token\""));
    let form = format!("token={TOKEN}");
    let r = request(
        s.addr,
        "POST",
        "/login",
        &[("content-type", "application/x-www-form-urlencoded")],
        form.as_bytes(),
    )
    .await
    .unwrap();
    assert_eq!(r.status, 303);
    let cookie = r
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let r = request(s.addr, "GET", "/", &[("cookie", &cookie)], b"")
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Prüfschlange"));
    // Health and metrics stay open for probes.
    assert_eq!(
        request(s.addr, "GET", "/healthz", &[], b"")
            .await
            .unwrap()
            .status,
        200
    );
    assert_eq!(
        request(s.addr, "GET", "/metrics", &[], b"")
            .await
            .unwrap()
            .status,
        200
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_4xx_json_never_5xx() {
    let s = Server::start(|c| c.max_body_bytes = 64 * 1024).await;
    let auth = bearer();
    let bodies: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"{".to_vec(),
        b"null".to_vec(),
        b"[]".to_vec(),
        b"\"text\"".to_vec(),
        b"{\"text\": 42}".to_vec(),
        b"{\"text\": null}".to_vec(),
        b"{\"text\": \"ok\", \"extra\": 1}".to_vec(),
        b"{\"comments\": \"nope\"}".to_vec(),
        b"{\"comments\": [{\"text\": []}]}".to_vec(),
        b"{\"id\": 5, \"text\": \"x\"}".to_vec(),
        b"{\"text\": \"\xff\xfe ung\xc3ltig\"}".to_vec(),
        b"\xef\xbb\xbf{\"text\": \"bom\"}".to_vec(),
        b"{\"comment\": {\"text\": \"Hallo\"}, \"requestedAttributes\": {\"TOXICITY\": {\"scoreThreshold\": \"hoch\"}}}".to_vec(),
        b"{\"comment\": {\"text\": \"Hallo\"}, \"attributeScores\": {\"TOXICITY\": {\"summaryScore\": {\"value\": 7}}}}".to_vec(),
        b"{\"decision\": true, \"moderator\": 1}".to_vec(),
        format!("{{\"text\": \"{}\"}}", "a".repeat(70 * 1024)).into_bytes(),
        format!("{{\"text\": \"{}\"}}", "ab ".repeat(7000)).into_bytes(),
    ];
    for path in [
        "/v1/score",
        "/v1/comments",
        "/v1alpha1/comments:analyze",
        "/v1alpha1/comments:suggestscore",
        "/v1/comments/c1/decision",
        "/v1/coral/phase",
    ] {
        for b in &bodies {
            let r = request(
                s.addr,
                "POST",
                path,
                &[
                    ("authorization", &auth),
                    ("content-type", "application/json"),
                ],
                b,
            )
            .await
            .unwrap();
            assert!(
                (400..500).contains(&r.status),
                "{path} {:?} -> {} {}",
                String::from_utf8_lossy(b),
                r.status,
                r.text()
            );
            assert!(
                r.json()["error"]["code"].is_number(),
                "{path}: {}",
                r.text()
            );
            if b.len() > 64 * 1024 {
                assert_eq!(r.status, 413, "{path}");
            }
        }
    }
    // Valid JSON for /v1/score, but not for ingest.
    for b in [
        json!({"id": "", "text": "x"}),
        json!({"id": "a", "text": "x", "created_at": "gestern"}),
        json!({"comments": []}),
        json!({"comments": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}),
    ] {
        assert_api_error(&s.post("/v1/comments", &b).await, 400);
    }
    // Unknown routes and methods.
    assert_api_error(&s.get("/v2/nothing").await.unwrap(), 404);
    assert_api_error(&s.get("/v1/score").await.unwrap(), 405);
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reload_keeps_old_model_on_failure() {
    let dir = tempfile::tempdir().unwrap();
    let model = dir.path().join("m.model");
    std::fs::copy(model_path(), &model).unwrap();
    let m = model.clone();
    let s = Server::start(move |c| c.model = m).await;
    assert_api_error(&s.post("/v1/admin/rollback", &json!({})).await, 409);
    let r = s.post("/v1/admin/reload", &json!({})).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["model"]["generation"], 2);
    // Rollback serves generation 1 again, a second one undoes it.
    let r = s.post("/v1/admin/rollback", &json!({})).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["model"]["generation"], 1);
    assert_eq!(
        s.get("/healthz").await.unwrap().json()["model"]["generation"],
        1
    );
    let r = s.post("/v1/admin/rollback", &json!({})).await;
    assert_eq!(r.json()["model"]["generation"], 2);
    std::fs::write(&model, b"kein Modell").unwrap();
    let r = s.post("/v1/admin/reload", &json!({})).await;
    assert_api_error(&r, 500);
    assert!(r.json()["error"]["message"]
        .as_str()
        .unwrap()
        .contains("m.model"));
    let h = s.get("/healthz").await.unwrap().json();
    assert_eq!(h["model"]["generation"], 2);
    let r = s.post("/v1/score", &json!({"text": "Noch da?"})).await;
    assert_eq!(r.status, 200);
    let metrics = s.get("/metrics").await.unwrap().text();
    assert!(metrics.contains("moderato_model_generation 2"), "{metrics}");
    assert!(
        metrics.contains("route=\"/v1/admin/reload\",status=\"500\""),
        "{metrics}"
    );
    assert!(metrics.contains("moderato_queue_comments{status=\"pending\"} 0"));
    assert!(metrics.contains("moderato_http_request_duration_seconds_bucket{route=\"/v1/score\""));
    s.stop().await;
}

/// Acknowledged ingests survive an abrupt stop: the server's runtime is
/// dropped mid-burst (no graceful shutdown), the database reopened, and every
/// id answered 2xx is there exactly once. The real SIGKILL variant is
/// `bench/serve/kill-test.sh`.
#[test]
fn acknowledged_comments_survive_abrupt_stop() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("q.sqlite");
    let server_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let cfg = ServeConfig {
        db: db.clone().into(),
        model: model_path(),
        ..ServeConfig::default()
    };
    let listener = server_rt
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .unwrap();
    let addr = listener.local_addr().unwrap();
    server_rt.spawn(launch_with_listener(cfg, listener, std::future::pending()));
    let client_rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let acked = std::sync::Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
    let acked2 = acked.clone();
    let burst = client_rt.spawn(async move {
        // Wait for start-up.
        for _ in 0..200 {
            if request(addr, "GET", "/healthz", &[], b"").await.is_ok_and(|r| r.status == 200) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        let mut tasks = Vec::new();
        for w in 0..8 {
            let acked = acked2.clone();
            tasks.push(tokio::spawn(async move {
                for i in 0.. {
                    let ids: Vec<String> = (0..5).map(|k| format!("w{w}-{i}-{k}")).collect();
                    let body = json!({"comments": ids.iter().map(|id| json!({"id": id, "text": TEXTS[i % TEXTS.len()]})).collect::<Vec<_>>()});
                    match request(addr, "POST", "/v1/comments", &[], body.to_string().as_bytes()).await {
                        Ok(r) if r.status == 201 => acked.lock().unwrap().extend(ids),
                        _ => break,
                    }
                }
            }));
        }
        for t in tasks {
            let _ = t.await;
        }
    });
    // Let the burst run, then pull the plug; a server that never answers
    // (a model that does not load) fails the test instead of hanging it.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while acked.lock().unwrap().len() < 300 {
        assert!(
            std::time::Instant::now() < deadline,
            "the server acknowledged {} comments in 120 s",
            acked.lock().unwrap().len()
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    server_rt.shutdown_background();
    client_rt.block_on(burst).unwrap();
    let acked = acked.lock().unwrap().clone();
    assert!(acked.len() >= 300);
    let conn = rusqlite::Connection::open(&db).unwrap();
    let mut stmt = conn
        .prepare("SELECT COUNT(*) FROM comments WHERE id = ?1")
        .unwrap();
    for id in &acked {
        let n: i64 = stmt.query_row([id], |r| r.get(0)).unwrap();
        assert_eq!(n, 1, "acknowledged comment {id} lost");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graceful_shutdown_finishes() {
    let s = Server::start(|_| {}).await;
    let r = s.post("/v1/score", &json!({"text": "Hallo"})).await;
    assert_eq!(r.status, 200);
    s.stop().await;
}

#[test]
fn startup_errors_are_clear() {
    let dir = tempfile::tempdir().unwrap();
    // Port in use.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let cfg = ServeConfig {
        listen: taken.local_addr().unwrap(),
        db: dir.path().join("a.sqlite").into(),
        model: model_path(),
        ..ServeConfig::default()
    };
    let e = run(cfg.clone()).unwrap_err().to_string();
    assert!(
        e.contains("cannot listen on") && e.contains("another process"),
        "{e}"
    );
    // Unreadable model.
    let e = AppState::open(ServeConfig {
        model: dir.path().join("fehlt.model"),
        ..cfg.clone()
    })
    .err()
    .unwrap()
    .to_string();
    assert!(e.contains("fehlt.model"), "{e}");
    // Corrupt database.
    let bad = dir.path().join("kaputt.sqlite");
    std::fs::write(&bad, vec![7u8; 4096]).unwrap();
    let e = AppState::open(ServeConfig {
        db: bad.into(),
        ..cfg.clone()
    })
    .err()
    .unwrap()
    .to_string();
    assert!(e.contains("kaputt.sqlite") && e.contains("corrupt"), "{e}");
}

/// The moderator page in headless Chromium via chromedriver: decide a comment
/// with the keyboard and see it leave the queue. Skipped (with a note) when
/// `chromium` or `chromedriver` is not on PATH.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_decides_with_keyboard() {
    let on_path = |b: &str| {
        std::env::var_os("PATH")
            .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(b).exists()))
    };
    if !on_path("chromium") || !on_path("chromedriver") {
        // CI sets this, so a missing browser fails there instead of passing silently.
        assert!(
            std::env::var_os("MODERATO_REQUIRE_BROWSER").is_none(),
            "MODERATO_REQUIRE_BROWSER is set but chromium or chromedriver is not on PATH"
        );
        eprintln!("note: browser test skipped: chromium and chromedriver must be on PATH");
        return;
    }
    let s = Server::start(|c| c.api_token = None).await;
    let results = ingest_texts(&s).await;
    let pending = results.iter().filter(|r| r["status"] == "pending").count();
    assert!(pending >= 1);
    let first = s.get("/v1/queue?limit=1").await.unwrap().json()["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut driver = std::process::Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let wd: SocketAddr = ([127, 0, 0, 1], port).into();
    let profile = tempfile::tempdir().unwrap();
    let result = async {
        let mut session = None;
        for _ in 0..100 {
            let caps = json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
                "binary": "/usr/bin/chromium",
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run",
                         format!("--user-data-dir={}", profile.path().display())]
            }}}});
            if let Ok(r) = wd_call(wd, "POST", "/session", Some(&caps)).await {
                session = r["value"]["sessionId"].as_str().map(str::to_string);
                if session.is_some() {
                    break;
                }
                return Err(format!("no session: {r}"));
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let sid = session.ok_or("chromedriver did not start")?;
        let base = format!("/session/{sid}");
        wd_call(wd, "POST", &format!("{base}/url"), Some(&json!({"url": format!("http://{}/", s.addr)})))
            .await
            .map_err(|e| e.to_string())?;
        let count = |v: Value| v["value"].as_u64().unwrap_or(u64::MAX);
        let script = json!({"script": "return document.querySelectorAll('article.item').length", "args": []});
        let before = count(wd_call(wd, "POST", &format!("{base}/execute/sync"), Some(&script)).await.map_err(|e| e.to_string())?);
        // Highlight strength per span: the opacity and the computed colour differ.
        let marks = wd_call(wd, "POST", &format!("{base}/execute/sync"),
            Some(&json!({"script": "var m = Array.prototype.slice.call(document.querySelectorAll('article.item mark')); \
                return {n: m.length, \
                  strengths: Array.from(new Set(m.map(function (e) { return e.style.getPropertyValue('--a'); }))), \
                  colours: Array.from(new Set(m.map(function (e) { return getComputedStyle(e).backgroundColor; }))), \
                  titles: m.every(function (e) { return /^(toxic|offtopic) \\+/.test(e.title); })};", "args": []})))
            .await.map_err(|e| e.to_string())?;
        // j then k returns to the first item; 2 picks "off-topic"; r rejects it.
        let keys = json!({"actions": [{"type": "key", "id": "kb", "actions": [
            {"type": "keyDown", "value": "j"}, {"type": "keyUp", "value": "j"},
            {"type": "keyDown", "value": "k"}, {"type": "keyUp", "value": "k"},
            {"type": "keyDown", "value": "2"}, {"type": "keyUp", "value": "2"},
            {"type": "keyDown", "value": "r"}, {"type": "keyUp", "value": "r"}]}]});
        wd_call(wd, "POST", &format!("{base}/actions"), Some(&keys)).await.map_err(|e| e.to_string())?;
        let mut after = before;
        for _ in 0..50 {
            after = count(wd_call(wd, "POST", &format!("{base}/execute/sync"), Some(&script)).await.map_err(|e| e.to_string())?);
            if after < before {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let total = wd_call(wd, "POST", &format!("{base}/execute/sync"),
            Some(&json!({"script": "return parseInt(document.getElementById('total').textContent, 10)", "args": []})))
            .await.map_err(|e| e.to_string())?;
        let _ = wd_call(wd, "DELETE", &base, None).await;
        Ok::<_, String>((before, after, marks, total))
    }
    .await;
    let _ = driver.kill();
    let _ = driver.wait();
    let (before, after, marks, total) = result.unwrap();
    assert_eq!(before as usize, pending);
    assert_eq!(after + 1, before, "the decided comment left the page");
    assert_eq!(
        total["value"],
        pending - 1,
        "the open count follows the decision"
    );
    let m = &marks["value"];
    assert!(m["n"].as_u64().unwrap() > 0, "spans are highlighted: {m}");
    assert!(
        m["strengths"].as_array().unwrap().len() >= 2,
        "strengths differ: {m}"
    );
    assert!(
        m["colours"].as_array().unwrap().len() >= 2,
        "colours differ: {m}"
    );
    assert_eq!(m["titles"], true, "every mark names its label: {m}");
    let c = s
        .get(&format!("/v1/comments/{first}"))
        .await
        .unwrap()
        .json();
    assert_eq!(c["status"], "rejected", "{c}");
    let labels: String = rusqlite::Connection::open(&s.db)
        .unwrap()
        .query_row(
            "SELECT labels FROM decisions WHERE comment_id = ?1",
            [&first],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        labels, "offtopic",
        "the moderator's rule, not the model's flags"
    );
    assert_eq!(
        s.get("/v1/queue").await.unwrap().json()["total"],
        pending - 1
    );
    s.stop().await;
}

async fn wd_call(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> std::io::Result<Value> {
    let b = body.map(|b| b.to_string()).unwrap_or_default();
    let r = request(
        addr,
        method,
        path,
        &[("content-type", "application/json")],
        b.as_bytes(),
    )
    .await?;
    serde_json::from_slice(&r.body).map_err(std::io::Error::other)
}

const SCORING: &str = "scoring-client-token-1";
const INGEST: &str = "ingest-system-token-22";
const ANNA: &str = "anna-moderiert-token-3";

fn with_roles(c: &mut ServeConfig) {
    use super::auth::{Credential, Role};
    let cred = |name: &str, role, token: &str| Credential {
        name: name.into(),
        role,
        token: token.into(),
    };
    c.credentials = vec![
        cred("coral", Role::Scoring, SCORING),
        cred("cms", Role::Ingest, INGEST),
        cred("anna", Role::Moderator, ANNA),
    ];
}

async fn call(s: &Server, m: &str, path: &str, token: Option<&str>, body: &Value) -> Resp {
    let auth = token.map(|t| format!("Bearer {t}"));
    let mut h = vec![("content-type", "application/json")];
    if let Some(a) = &auth {
        h.push(("authorization", a));
    }
    let b = if m == "GET" {
        Vec::new()
    } else {
        body.to_string().into_bytes()
    };
    request(s.addr, m, path, &h, &b).await.unwrap()
}

/// Issue 12, 1: open scoring never means open writing of training labels.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unauthenticated_feedback_is_refused() {
    let s = Server::start(with_roles).await;
    let fb = json!({
        "comment": {"text": "Kauft billige Uhren bei uns!"},
        "attributeScores": {"TOXICITY": {"spanScores": [{"begin": 0, "end": 5, "score": {"value": 1}}]}},
        "languages": ["de"]
    });
    let path = "/v1alpha1/comments:suggestscore";
    let r = call(&s, "POST", path, None, &fb).await;
    assert_api_error(&r, 401);
    assert_eq!(r.json()["error"]["status"], "UNAUTHENTICATED");
    // Open scoring ignores a key it does not know (Coral sends any key typed in).
    let analyze =
        json!({"comment": {"text": "Hallo Welt"}, "requestedAttributes": {"TOXICITY": {}}});
    let r = call(
        &s,
        "POST",
        "/v1alpha1/comments:analyze?key=irgendwas",
        None,
        &analyze,
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let r = call(&s, "POST", &format!("{path}?key=irgendwas"), None, &fb).await;
    assert_api_error(&r, 401);
    // An ingest credential may not write labels either.
    assert_api_error(&call(&s, "POST", path, Some(INGEST), &fb).await, 403);
    // A scoring client may, span scores alone included; its name is recorded.
    let r = call(&s, "POST", &format!("{path}?key={SCORING}"), None, &fb).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["requestedLanguages"], json!(["de"]));
    let csv = s.get("/v1/decisions/export").await.unwrap().text();
    let rows: Vec<&str> = csv.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "{csv}");
    assert!(rows[0].contains(",1,,reject,perspective:coral,"), "{csv}");
    assert!(rows[0].ends_with(",perspective-client"), "{csv}");
    s.stop().await;

    // With no credentials at all, feedback is refused and decisions stay out of the export.
    let s = Server::start(|c| c.api_token = None).await;
    assert_api_error(&call(&s, "POST", path, None, &fb).await, 401);
    ingest_texts(&s).await;
    let id = s.get("/v1/queue?limit=1").await.unwrap().json()["items"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let d = json!({"decision": "reject", "labels": ["toxic"], "moderator": "jemand"});
    let r = call(&s, "POST", &format!("/v1/comments/{id}/decision"), None, &d).await;
    assert_eq!(r.status, 200, "{}", r.text());
    let csv = s.get("/v1/decisions/export").await.unwrap().text();
    assert_eq!(csv.lines().count(), 1, "{csv}");
    s.stop().await;
}

/// Issue 12, 5: each role reaches its endpoints and no others.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn roles_are_enforced_per_endpoint() {
    let s = Server::start(|c| {
        with_roles(c);
        c.open_scoring = false;
    })
    .await;
    let comment = json!({"id": "r1", "text": TEXTS[1]});
    type Case<'a> = (&'a str, &'a str, &'a Value, &'a [(&'a str, u16)]);
    let cases: &[Case] = &[
        (
            "POST",
            "/v1/comments",
            &comment,
            &[(SCORING, 403), (ANNA, 403), (INGEST, 201)],
        ),
        (
            "GET",
            "/v1/queue",
            &json!(null),
            &[(SCORING, 403), (INGEST, 403), (ANNA, 200)],
        ),
        (
            "GET",
            "/v1/comments/r1",
            &json!(null),
            &[(INGEST, 403), (ANNA, 200)],
        ),
        (
            "GET",
            "/v1/comments/r1/thread",
            &json!(null),
            &[(SCORING, 403), (ANNA, 200)],
        ),
        (
            "POST",
            "/v1/admin/rollback",
            &json!(null),
            &[(ANNA, 403), (INGEST, 403)],
        ),
        (
            "GET",
            "/v1/decisions/export",
            &json!(null),
            &[(ANNA, 403), (INGEST, 403), (TOKEN, 200)],
        ),
        (
            "POST",
            "/v1/admin/reload",
            &json!(null),
            &[(ANNA, 403), (SCORING, 403)],
        ),
        (
            "POST",
            "/v1/score",
            &json!({"text": "Hallo"}),
            &[(SCORING, 200), (INGEST, 200), (ANNA, 200)],
        ),
    ];
    for (m, path, body, expect) in cases {
        for (token, status) in *expect {
            let r = call(&s, m, path, Some(token), body).await;
            assert_eq!(r.status, *status, "{m} {path} with {token}: {}", r.text());
        }
        assert_api_error(&call(&s, m, path, None, body).await, 401);
    }
    // A moderator's decision is recorded under the credential's name.
    let d = json!({"decision": "reject", "labels": ["offtopic"], "moderator": "jemand-anders"});
    let r = call(&s, "POST", "/v1/comments/r1/decision", Some(ANNA), &d).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["moderator"], "anna");
    // A 100,000-character name is refused.
    let long = json!({"decision": "approve", "moderator": "x".repeat(100_000)});
    assert_api_error(
        &call(&s, "POST", "/v1/comments/r1/decision", Some(TOKEN), &long).await,
        400,
    );

    // The page: an ingest token cannot log in; a moderator's can, and the
    // cookie is a signed session, not the token.
    let form = |t: &str| format!("token={t}");
    let login = |t: String| async move {
        request(
            s.addr,
            "POST",
            "/login",
            &[
                ("content-type", "application/x-www-form-urlencoded"),
                ("x-forwarded-proto", "https"),
            ],
            t.as_bytes(),
        )
        .await
        .unwrap()
    };
    assert_eq!(login(form(INGEST)).await.status, 401);
    let r = login(form(ANNA)).await;
    assert_eq!(r.status, 303);
    let set = r.header("set-cookie").unwrap().to_string();
    assert!(!set.contains(ANNA), "{set}");
    for attr in ["HttpOnly", "SameSite=Strict", "Secure"] {
        assert!(set.contains(attr), "{set}");
    }
    let cookie = set.split(';').next().unwrap().to_string();
    let r = request(s.addr, "GET", "/", &[("cookie", &cookie)], b"")
        .await
        .unwrap();
    assert_eq!(r.status, 200);
    assert!(r.text().contains("angemeldet als <b>anna</b>"));
    let r = request(
        s.addr,
        "GET",
        "/v1/decisions/export",
        &[("cookie", &cookie)],
        b"",
    )
    .await
    .unwrap();
    assert_api_error(&r, 403);
    let forged = cookie.replace("616e6e61", "61646d696e"); // "anna" -> "admin"
    let r = request(s.addr, "GET", "/v1/queue", &[("cookie", &forged)], b"")
        .await
        .unwrap();
    assert_api_error(&r, 401);
    s.stop().await;
}

/// Issue 12, 2: the stored labels are the moderator's; approving a flagged
/// comment is a negative label; the model's rejections can be restored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderators_labels_are_stored_and_auto_rejections_restored() {
    let s = Server::start(with_roles).await;
    let results = ingest_texts(&s).await;
    let q = call(&s, "GET", "/v1/queue?limit=500", Some(ANNA), &json!(null))
        .await
        .json();
    let items = q["items"].as_array().unwrap();
    let toxic_flagged = items
        .iter()
        .find(|i| i["flagged"].as_array().unwrap().contains(&json!("toxic")))
        .expect("a comment flagged toxic in the queue");
    let tid = toxic_flagged["id"].as_str().unwrap().to_string();
    // The moderator says it is off-topic, not toxic.
    let d = json!({"decision": "reject", "labels": ["offtopic"]});
    let r = call(
        &s,
        "POST",
        &format!("/v1/comments/{tid}/decision"),
        Some(ANNA),
        &d,
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let other = items
        .iter()
        .find(|i| i["id"] != tid.as_str() && !i["flagged"].as_array().unwrap().is_empty())
        .expect("a second flagged comment");
    let oid = other["id"].as_str().unwrap().to_string();
    let d = json!({"decision": "approve"});
    let r = call(
        &s,
        "POST",
        &format!("/v1/comments/{oid}/decision"),
        Some(ANNA),
        &d,
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let bad = json!({"decision": "approve", "labels": ["toxic"]});
    assert_api_error(
        &call(&s, "POST", "/v1/comments/c0/decision", Some(ANNA), &bad).await,
        400,
    );

    // Restore: only what the model rejected on its own.
    let rejected = results
        .iter()
        .find(|r| r["status"] == "rejected")
        .expect("the model rejects one of the test comments");
    let rid = rejected["id"].as_str().unwrap().to_string();
    let v = call(
        &s,
        "GET",
        "/v1/queue?view=auto-rejected",
        Some(ANNA),
        &json!(null),
    )
    .await
    .json();
    assert!(
        v["items"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["id"] == rid.as_str()),
        "{v}"
    );
    let page = request(
        s.addr,
        "GET",
        "/?view=auto-rejected",
        &[("authorization", &format!("Bearer {ANNA}"))],
        b"",
    )
    .await
    .unwrap();
    assert!(page.text().contains("Wiederherstellen"), "{}", page.text());
    let restore = format!("/v1/comments/{rid}/restore");
    assert_api_error(
        &call(&s, "POST", &restore, Some(INGEST), &json!({})).await,
        403,
    );
    let r = call(
        &s,
        "POST",
        &restore,
        Some(ANNA),
        &json!({"reason": "Zitat"}),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_api_error(
        &call(&s, "POST", &restore, Some(ANNA), &json!({})).await,
        409,
    );
    assert_api_error(
        &call(
            &s,
            "POST",
            &format!("/v1/comments/{oid}/restore"),
            Some(ANNA),
            &json!({}),
        )
        .await,
        409,
    );
    let c = call(
        &s,
        "GET",
        &format!("/v1/comments/{rid}"),
        Some(ANNA),
        &json!(null),
    )
    .await
    .json();
    assert_eq!(c["status"], "approved");

    let csv = s.get("/v1/decisions/export").await.unwrap().text();
    let row = |id: &str| {
        csv.lines()
            .find(|l| l.starts_with(&format!("{id},")))
            .unwrap_or_else(|| panic!("no row {id}: {csv}"))
            .to_string()
    };
    assert!(row(&tid).contains(",0,1,reject,anna,"), "{csv}");
    assert!(row(&oid).contains(",0,0,approve,anna,"), "{csv}");
    assert!(row(&rid).contains(",0,0,approve,anna,"), "{csv}");
    assert!(row(&rid).ends_with(",moderator"), "{csv}");
    s.stop().await;
}

/// Issue 12, 7: a known id with another text is a conflict naming both hashes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn changed_text_for_a_known_id_is_409() {
    let s = Server::start(|_| {}).await;
    let r = s
        .post("/v1/comments", &json!({"id": "x1", "text": TEXTS[0]}))
        .await;
    assert_eq!(r.status, 201);
    let r = s
        .post("/v1/comments", &json!({"id": "x1", "text": TEXTS[1]}))
        .await;
    assert_api_error(&r, 409);
    let m = r.json()["error"]["message"].as_str().unwrap().to_string();
    assert!(
        m.contains(&queue::text_hash(TEXTS[0])) && m.contains(&queue::text_hash(TEXTS[1])),
        "{m}"
    );
    let r = s
        .post("/v1/comments", &json!({"id": "x1", "text": TEXTS[0]}))
        .await;
    assert_eq!(r.status, 200, "the same text again is a duplicate");
    s.stop().await;
}

/// Issue 12, 6: 19,999 × U+FDFA (60 KB, under the limits; NFKC makes it
/// 360,000 characters) is answered within a second on every scoring endpoint.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn adversarial_text_is_answered_within_a_second() {
    let s = Server::start(|_| {}).await;
    let text = "\u{FDFA}".repeat(19_999);
    for (path, body) in [
        ("/v1/score", json!({"text": text})),
        ("/v1/comments", json!({"id": "adv", "text": text})),
    ] {
        let t0 = std::time::Instant::now();
        let r = s.post(path, &body).await;
        let took = t0.elapsed();
        assert!(took < std::time::Duration::from_secs(1), "{path}: {took:?}");
        assert!([200, 201, 503].contains(&r.status), "{path}: {}", r.text());
    }
    s.stop().await;
}

/// Reads until the server closes the connection; returns what it sent.
async fn read_until_closed(s: &mut tokio::net::TcpStream) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match s.read(&mut buf).await {
            Ok(0) | Err(_) => return out,
            Ok(n) => out.extend_from_slice(&buf[..n]),
        }
    }
}

/// Issue 12, 3: half a header, a stalled body and an idle keep-alive
/// connection are each cut off within the configured time.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalled_clients_are_cut_off() {
    use std::time::{Duration, Instant};
    let s = Server::start(|c| {
        c.header_read_timeout = Duration::from_millis(300);
        c.body_read_timeout = Duration::from_millis(300);
        c.idle_timeout = Duration::from_secs(30);
    })
    .await;
    let limit = Duration::from_millis(1500);
    // Half a header.
    let mut c = tokio::net::TcpStream::connect(s.addr).await.unwrap();
    c.write_all(b"POST /v1/score HTTP/1.1\r\nhost: x\r\ncontent-ty")
        .await
        .unwrap();
    let t0 = Instant::now();
    tokio::time::timeout(limit, read_until_closed(&mut c))
        .await
        .expect("half header not cut off");
    assert!(
        t0.elapsed() >= Duration::from_millis(250),
        "{:?}",
        t0.elapsed()
    );
    // A stalled body: 408, then closed.
    let mut c = tokio::net::TcpStream::connect(s.addr).await.unwrap();
    c.write_all(b"POST /v1/score HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"text\": \"Hal")
        .await
        .unwrap();
    let got = tokio::time::timeout(limit, read_until_closed(&mut c))
        .await
        .expect("stalled body not cut off");
    let got = String::from_utf8_lossy(&got);
    assert!(got.starts_with("HTTP/1.1 408"), "{got}");
    assert!(got.contains("DEADLINE_EXCEEDED"), "{got}");
    s.stop().await;

    // An idle connection (no bytes at all) is closed after idle_timeout.
    let s = Server::start(|c| c.idle_timeout = Duration::from_millis(300)).await;
    let mut c = tokio::net::TcpStream::connect(s.addr).await.unwrap();
    let t0 = Instant::now();
    tokio::time::timeout(limit, read_until_closed(&mut c))
        .await
        .expect("idle connection not closed");
    assert!(
        t0.elapsed() >= Duration::from_millis(250),
        "{:?}",
        t0.elapsed()
    );
    s.stop().await;
}

/// Issue 12, 4: debug logs carry no `?key=` secret; failed authentication is
/// a warning naming the client address. Single-threaded, so the request
/// handling runs on this thread under the test's subscriber.
#[tokio::test]
async fn no_secret_in_debug_logs() {
    #[derive(Clone, Default)]
    struct Buf(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
    impl std::io::Write for Buf {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let buf = Buf::default();
    let w = buf.clone();
    let sub = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::DEBUG)
        .with_ansi(false)
        .with_writer(move || w.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(sub);
    let s = Server::start(|c| c.open_scoring = false).await;
    let body = json!({"comment": {"text": "Hallo Welt"}, "requestedAttributes": {"TOXICITY": {}}});
    for key in [TOKEN, "falsches-token-987"] {
        let path = format!("/v1alpha1/comments:analyze?key={key}&alt=json");
        let r = request(s.addr, "POST", &path, &[], body.to_string().as_bytes())
            .await
            .unwrap();
        assert!([200, 401].contains(&r.status));
    }
    s.stop().await;
    let log = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
    assert!(log.contains("key=REDACTED"), "{log}");
    assert!(
        !log.contains(TOKEN) && !log.contains("falsches-token-987"),
        "{log}"
    );
    let warn = log
        .lines()
        .find(|l| l.contains("WARN") && l.contains("failed authentication"))
        .unwrap_or_else(|| panic!("no warning: {log}"));
    assert!(warn.contains("127.0.0.1"), "{warn}");
}
/// A policy raises `/v1/score`, Perspective's TOXICITY, queue routing, and is
/// reloaded with the model; a broken policy file leaves the old one serving.
#[tokio::test]
async fn policy_raises_scores_routes_and_reloads() {
    let dir = tempfile::tempdir().unwrap();
    let pol = dir.path().join("policy.toml");
    let rules = "[[rule]]\nname = \"drohung\"\naction = \"reject\"\nterms = [\"kopf ab\"]\n\n\
                 [[rule]]\nname = \"code\"\naction = \"review\"\nterms = [\"lügenpresse\"]\n";
    std::fs::write(&pol, rules).unwrap();
    let p = pol.clone();
    let s = Server::start(move |c| c.policy = crate::policy::PolicySource::File(p)).await;
    let v = s
        .post(
            "/v1/score",
            &json!({"text": "Danke für den Artikel, K o p f ab"}),
        )
        .await
        .json();
    assert_eq!(v["decision"], "reject", "{v}");
    assert_eq!(v["policy"][0]["rule"], "drohung");
    assert_eq!(v["policy"][0]["text"], "K o p f ab");
    let review = v["labels"][0]["review_threshold"].as_f64().unwrap();
    let r = s
        .post(
            "/v1alpha1/comments:analyze",
            &json!({
                "comment": {"text": "Danke, Lügenpresse"},
                "requestedAttributes": {"TOXICITY": {}},
                "spanAnnotations": true
            }),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let tox = &r.json()["attributeScores"]["TOXICITY"];
    let summary = tox["summaryScore"]["value"].as_f64().unwrap();
    assert!(summary >= review - 1e-6, "{tox}");
    let spans = tox["spanScores"].as_array().unwrap();
    assert!(
        spans.iter().any(|s| s["begin"] == 7 && s["end"] == 18),
        "{tox}"
    );
    let r = s
        .post(
            "/v1/comments",
            &json!({"id": "p1", "text": "Danke für den Artikel, Lügenpresse"}),
        )
        .await;
    assert_eq!(r.status, 201, "{}", r.text());
    assert_ne!(r.json()["routed"], "approve");
    let stored = s.get("/v1/comments/p1").await.unwrap().json();
    assert_eq!(stored["spans"]["policy"][0]["rule"], "code", "{stored}");
    // Quoted and reported in counter-speech, the reject term is a mention:
    // shown, but neither the decision nor Perspective's score is raised by it.
    let quoted = "Wer „Kopf ab“ schreibt, sollte sich schämen.";
    let v = s.post("/v1/score", &json!({"text": quoted})).await.json();
    assert_eq!(v["policy"][0]["rule"], "drohung", "{v}");
    assert_eq!(v["policy"][0]["mention"], true, "{v}");
    assert_ne!(v["decision"], "reject", "{v}");
    let p = v["probabilities"]["toxic"].as_f64().unwrap();
    let r = s
        .post(
            "/v1alpha1/comments:analyze",
            &json!({"comment": {"text": quoted}, "requestedAttributes": {"TOXICITY": {}}}),
        )
        .await;
    let summary = r.json()["attributeScores"]["TOXICITY"]["summaryScore"]["value"]
        .as_f64()
        .unwrap();
    assert!((summary - p).abs() < 1e-3, "{summary} vs {p}");
    std::fs::write(&pol, "[[rule]]\nname = \"kaputt\"\n").unwrap();
    let r = s.post("/v1/admin/reload", &json!({})).await;
    assert_api_error(&r, 500);
    assert!(r.text().contains("policy.toml"), "{}", r.text());
    let v = s
        .post("/v1/score", &json!({"text": "Kopf ab"}))
        .await
        .json();
    assert_eq!(v["decision"], "reject");
    s.stop().await;
}

/// Issue 10: a comment about the derby, its report and a storm warning.
const DERBY_COMMENT: &str =
    "Der Elfmeter für Rapid war geschenkt, aber Grüll war im Derby der beste Mann.";
const DERBY: &str = "Rapid gewinnt Wiener Derby gegen Austria mit 3:1. Nach der Pause drehte Rapid das Spiel, Burgstaller traf per Elfmeter, Grüll zum 2:1.";
const STORM: &str = "Unwetterwarnung für Kärnten: bis zu 120 Liter Regen pro Quadratmeter, Hochwasser an Drau und Mur, Feuerwehren füllen Sandsäcke.";

fn offtopic_of(v: &Value) -> f64 {
    v["probabilities"]["offtopic"].as_f64().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offtopic_in_context_on_score_analyze_and_ingest() {
    let s = Server::start(|_| {}).await;
    // /v1/score: own vs foreign article, toxicity unchanged.
    let score = |article: &'static str| json!({"text": DERBY_COMMENT, "article_text": article});
    let own = s.post("/v1/score", &score(DERBY)).await.json();
    let foreign = s.post("/v1/score", &score(STORM)).await.json();
    let bare = s
        .post("/v1/score", &json!({"text": DERBY_COMMENT}))
        .await
        .json();
    assert!(
        offtopic_of(&foreign) > offtopic_of(&own) + 0.2,
        "{own} {foreign}"
    );
    assert_eq!(own["offtopic_context"], "article");
    assert_eq!(bare["offtopic_context"], "none");
    assert_eq!(
        own["probabilities"]["toxic"],
        foreign["probabilities"]["toxic"]
    );
    assert_eq!(
        own["probabilities"]["toxic"],
        bare["probabilities"]["toxic"]
    );
    let found = own["context"]["found"].as_array().unwrap();
    assert!(found.iter().any(|w| w == "elfmeter"), "{own}");

    // Perspective: context.entries and articleAndParentComment.
    let analyze = |context: Value| json!({"comment": {"text": DERBY_COMMENT}, "requestedAttributes": {"OFF_TOPIC": {}, "TOXICITY": {}}, "context": context});
    let value = |v: &Value, a: &str| {
        v["attributeScores"][a]["summaryScore"]["value"]
            .as_f64()
            .unwrap()
    };
    let a_own = s
        .post(
            "/v1alpha1/comments:analyze",
            &analyze(json!({"entries": [{"text": DERBY}]})),
        )
        .await
        .json();
    let a_foreign = s
        .post(
            "/v1alpha1/comments:analyze",
            &analyze(json!({"articleAndParentComment": {"article": {"text": STORM}}})),
        )
        .await
        .json();
    assert!(
        value(&a_foreign, "OFF_TOPIC") > value(&a_own, "OFF_TOPIC") + 0.2,
        "{a_own} {a_foreign}"
    );
    assert_eq!(value(&a_foreign, "TOXICITY"), value(&a_own, "TOXICITY"));

    // /v1/comments: the article is stored once and used for later comments by id.
    let ingest = |id: &str, article: &str, text: Option<&str>| {
        let mut v = json!({"id": id, "text": DERBY_COMMENT, "article_id": article});
        if let Some(t) = text {
            v["article_text"] = json!(t);
        }
        v
    };
    let r = s
        .post("/v1/comments", &ingest("d1", "derby", Some(DERBY)))
        .await;
    assert_eq!(r.status, 201, "{}", r.text());
    let r = s
        .post("/v1/comments", &ingest("s1", "storm", Some(STORM)))
        .await;
    let stored_foreign = r.json();
    let r = s.post("/v1/comments", &ingest("d2", "derby", None)).await;
    let stored_own = r.json();
    assert!(
        offtopic_of(&stored_foreign) > offtopic_of(&stored_own) + 0.2,
        "{stored_own} {stored_foreign}"
    );
    let c = s.get("/v1/comments/d2").await.unwrap().json();
    assert_eq!(c["article_text"], DERBY, "{c}");
    s.stop().await;
}
