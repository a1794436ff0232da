//! The moderation queue: ingested comments with their scores and routing,
//! moderator decisions, Perspective feedback and the audit trail, behind the
//! [`QueueStore`] trait with a SQLite implementation ([`SqliteQueue`]).
//!
//! SQLite runs in WAL mode with `synchronous = FULL`: a write has reached the
//! disk before the handler answers 2xx, so an acknowledged comment survives a
//! crash. Writes go through one connection (one writer, as SQLite allows);
//! reads use a second one and never wait for writers. Calls block, so async
//! handlers run them on `spawn_blocking`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension};
use serde::Serialize;

/// Embedded migrations, applied in order; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_label_origin.sql"),
    include_str!("migrations/0003_articles.sql"),
];

/// Columns of the decision export (`moderato train --data export.csv --label toxic=toxic`).
/// `origin` says who gave the labels: `moderator` (a decision or restore by an
/// authenticated moderator or admin) or `perspective-client` (suggestscore
/// feedback; `moderator` then names the client's credential).
pub const EXPORT_HEADER: &str = "id,text,toxic,offtopic,decision,moderator,decided_at,origin";

/// A queue operation that failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum QueueError {
    /// No comment with this id.
    #[error("no comment with id {0:?}")]
    NotFound(String),
    /// The comment was already decided (by someone else, or earlier).
    #[error("comment {id:?} was already decided ({decision} by {moderator})")]
    AlreadyDecided {
        /// The comment id.
        id: String,
        /// The decision that stands.
        decision: String,
        /// Who made it.
        moderator: String,
    },
    /// A known id was sent again with a different text.
    #[error("comment {id:?} was stored with another text (stored sha256 {stored}, sent sha256 {sent}); use a new id for a new text")]
    ChangedText {
        /// The comment id.
        id: String,
        /// SHA-256 (hex) of the stored text.
        stored: String,
        /// SHA-256 (hex) of the text sent now.
        sent: String,
    },
    /// A restore of a comment the model did not reject on its own.
    #[error("comment {id:?} is {status} and was not rejected by the model alone; only those can be restored")]
    NotRestorable {
        /// The comment id.
        id: String,
        /// Its status.
        status: String,
    },
    /// The database file is locked by another process.
    #[error("database {path} is locked by another process")]
    Locked {
        /// The database file.
        path: PathBuf,
    },
    /// The file is not a SQLite database or is damaged.
    #[error("database {path} is corrupt or not a moderato database: {message}")]
    Corrupt {
        /// The database file.
        path: PathBuf,
        /// SQLite's message.
        message: String,
    },
    /// The database was written by a newer moderato.
    #[error("database {path} has schema version {found}, newer than this moderato knows ({known}); upgrade moderato")]
    TooNew {
        /// The database file.
        path: PathBuf,
        /// Its schema version.
        found: i64,
        /// The newest this build knows.
        known: i64,
    },
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Writing an export failed.
    #[error("writing the export failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Where the model routed a comment, and its current state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Published (by the model or a moderator).
    Approved,
    /// Waiting for a moderator.
    Pending,
    /// Rejected (by the model or a moderator).
    Rejected,
}

impl Status {
    /// Lower-case name as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Approved => "approved",
            Status::Pending => "pending",
            Status::Rejected => "rejected",
        }
    }

    fn parse(s: &str) -> Status {
        match s {
            "approved" => Status::Approved,
            "rejected" => Status::Rejected,
            _ => Status::Pending,
        }
    }
}

/// A comment to store, already scored.
#[derive(Debug, Clone)]
pub struct NewComment {
    /// The client's id.
    pub id: String,
    /// The comment text.
    pub text: String,
    /// The article it belongs to.
    pub article_id: Option<String>,
    /// The article text (context for the moderator).
    pub article_text: Option<String>,
    /// The comment it replies to.
    pub parent_id: Option<String>,
    /// Its author.
    pub author: Option<String>,
    /// RFC 3339 UTC creation time.
    pub created_at: String,
    /// Probability per label, in model order.
    pub scores: Vec<(String, f32)>,
    /// Labels at or above their review threshold.
    pub flagged: Vec<String>,
    /// The model's decision: approve, review or reject.
    pub routed: String,
    /// Spans per label (JSON), for the moderator page.
    pub spans: serde_json::Value,
}

/// A stored comment as the API returns it.
#[derive(Debug, Clone, Serialize)]
pub struct StoredComment {
    /// The client's id.
    pub id: String,
    /// The comment text.
    pub text: String,
    /// The article it belongs to.
    pub article_id: Option<String>,
    /// The article text.
    pub article_text: Option<String>,
    /// The comment it replies to.
    pub parent_id: Option<String>,
    /// Its author.
    pub author: Option<String>,
    /// RFC 3339 UTC creation time.
    pub created_at: String,
    /// When it was ingested.
    pub ingested_at: String,
    /// Probability per label.
    pub probabilities: BTreeMap<String, f32>,
    /// The largest probability (the queue's priority).
    pub max_probability: f64,
    /// Labels at or above their review threshold.
    pub flagged: Vec<String>,
    /// The model's decision.
    pub routed: String,
    /// Current state.
    pub status: Status,
    /// Whether a moderator decided it.
    pub decided: bool,
    /// Spans per label that drove the scores.
    pub spans: serde_json::Value,
}

/// Which comments a listing shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum View {
    /// Waiting for a moderator, by priority.
    #[default]
    Pending,
    /// Rejected by the model alone and not looked at by anyone, by priority:
    /// where a moderator finds the model's false rejections to restore.
    AutoRejected,
}

impl View {
    fn filter(self) -> &'static str {
        match self {
            View::Pending => "status = 'pending'",
            View::AutoRejected => "status = 'rejected' AND decided = 0",
        }
    }
}

/// Which comments to list.
#[derive(Debug, Clone, Default)]
pub struct QueueQuery {
    /// Pending or auto-rejected.
    pub view: View,
    /// Page size.
    pub limit: usize,
    /// Continue after this cursor (from a previous page's `next_cursor`).
    pub cursor: Option<String>,
    /// Or skip this many.
    pub offset: Option<usize>,
    /// Only comments flagged for this label.
    pub label: Option<String>,
    /// Only comments on this article.
    pub article_id: Option<String>,
}

/// One page of the queue.
#[derive(Debug, Clone, Serialize)]
pub struct QueuePage {
    /// Comments, highest priority first.
    pub items: Vec<StoredComment>,
    /// Pass as `cursor` for the next page; `None` on the last.
    pub next_cursor: Option<String>,
    /// Pending comments matching the filters.
    pub total: u64,
}

/// A moderator's decision.
#[derive(Debug, Clone)]
pub struct NewDecision {
    /// `true` approves, `false` rejects.
    pub approve: bool,
    /// The rules the moderator says were broken (`toxic`, `offtopic`, `spam`,
    /// `other`); empty on approval.
    pub labels: Vec<String>,
    /// Who decided.
    pub moderator: String,
    /// Why.
    pub reason: Option<String>,
    /// Whether the moderator authenticated; decisions made while no
    /// credential was configured are kept but never exported.
    pub authenticated: bool,
    /// A restore of the model's own rejection (audited as such; only for
    /// comments the model rejected and nobody decided).
    pub restore: bool,
}

/// A decision as stored.
#[derive(Debug, Clone, Serialize)]
pub struct StoredDecision {
    /// The comment.
    pub comment_id: String,
    /// `approve` or `reject`.
    pub decision: String,
    /// Labels given.
    pub labels: Vec<String>,
    /// Who decided.
    pub moderator: String,
    /// Why.
    pub reason: Option<String>,
    /// When (RFC 3339 UTC).
    pub decided_at: String,
}

/// Perspective `comments:suggestscore` feedback.
#[derive(Debug, Clone)]
pub struct Feedback {
    /// The comment text.
    pub text: String,
    /// Toxic according to the client (`None` if not given).
    pub toxic: Option<bool>,
    /// Off-topic according to the client.
    pub offtopic: Option<bool>,
    /// Perspective's `communityId`.
    pub community_id: Option<String>,
    /// Perspective's `clientToken`.
    pub client_token: Option<String>,
    /// Name of the credential the client authenticated with.
    pub client: String,
}

/// An article's stored text and its recent comments (id, text), oldest first.
pub type ArticleContext = (Option<String>, Vec<(String, String)>);

/// Storage of the moderation queue.
pub trait QueueStore: Send + Sync {
    /// Stores new comments in one transaction; already-known ids are left as
    /// they are. Returns each comment as stored and whether it was known; a
    /// known id with another text fails the whole batch ([`QueueError::ChangedText`]).
    fn ingest(&self, comments: &[NewComment]) -> Result<Vec<(StoredComment, bool)>, QueueError>;
    /// One comment.
    fn get(&self, id: &str) -> Result<StoredComment, QueueError>;
    /// The conversation around a comment: its ancestors (oldest first, at
    /// most [`MAX_THREAD_DEPTH`]), the comment, and its direct replies
    /// (oldest first, at most [`MAX_THREAD_REPLIES`]).
    fn thread(&self, id: &str) -> Result<Vec<StoredComment>, QueueError>;
    /// Pending comments by priority: highest max probability first, oldest first on ties.
    fn list(&self, q: &QueueQuery) -> Result<QueuePage, QueueError>;
    /// Records a decision (or a restore, see [`NewDecision::restore`]);
    /// exactly one decision per comment succeeds.
    fn decide(&self, id: &str, d: &NewDecision) -> Result<StoredDecision, QueueError>;
    /// Stores Perspective feedback.
    fn feedback(&self, f: &Feedback) -> Result<(), QueueError>;
    /// Comments per status.
    fn counts(&self) -> Result<BTreeMap<&'static str, u64>, QueueError>;
    /// Appends to the audit trail.
    fn audit(
        &self,
        actor: &str,
        action: &str,
        comment_id: Option<&str>,
        detail: &str,
    ) -> Result<(), QueueError>;
    /// Writes the training labels as CSV ([`EXPORT_HEADER`]): authenticated
    /// decisions and feedback from authenticated clients; returns the row count.
    fn export(&self, out: &mut dyn Write) -> Result<usize, QueueError>;
    /// The stored text of an article and its most recent comments (id, text),
    /// oldest first, at most `limit`: the context of a new comment.
    fn article_context(&self, article_id: &str, limit: usize)
        -> Result<ArticleContext, QueueError>;
}

/// The SQLite queue.
pub struct SqliteQueue {
    path: PathBuf,
    write: Mutex<Connection>,
    read: Mutex<Connection>,
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn classify(path: &Path, e: rusqlite::Error) -> QueueError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => QueueError::Locked {
            path: path.to_path_buf(),
        },
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => QueueError::Corrupt {
            path: path.to_path_buf(),
            message: e.to_string(),
        },
        _ => QueueError::Sqlite(e),
    }
}

fn open_conn(path: &Path, flags: OpenFlags) -> Result<Connection, QueueError> {
    let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
    conn.busy_timeout(Duration::from_secs(5))
        .map_err(|e| classify(path, e))?;
    Ok(conn)
}

impl SqliteQueue {
    /// Opens (creating if missing) the database, switches it to WAL and applies
    /// pending migrations. Locked, corrupt or too-new files are refused.
    pub fn open(path: &Path) -> Result<SqliteQueue, QueueError> {
        let write = open_conn(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        let c = |e| classify(path, e);
        // Reading the schema catches files that are not databases.
        let version: i64 = write
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(c)?;
        write
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(c)?;
        write
            .pragma_update(None, "synchronous", "FULL")
            .map_err(c)?;
        write.pragma_update(None, "foreign_keys", "ON").map_err(c)?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(QueueError::TooNew {
                path: path.to_path_buf(),
                found: version,
                known,
            });
        }
        if version < known {
            // Take the write lock first so two servers starting at once don't both migrate.
            write.execute_batch("BEGIN IMMEDIATE").map_err(c)?;
            let current: i64 = write
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .map_err(c)?;
            for (i, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
                write.execute_batch(sql).map_err(c)?;
                write
                    .pragma_update(None, "user_version", (i + 1) as i64)
                    .map_err(c)?;
            }
            write.execute_batch("COMMIT").map_err(c)?;
        }
        let read = open_conn(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        Ok(SqliteQueue {
            path: path.to_path_buf(),
            write: Mutex::new(write),
            read: Mutex::new(read),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn writer(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (transactions roll back).
        self.write.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn reader(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.read.lock().unwrap_or_else(|p| p.into_inner())
    }
}

const COMMENT_COLS: &str = "id, text, article_id, \
    COALESCE(article_text, (SELECT a.text FROM articles a WHERE a.article_id = comments.article_id)), \
    parent_id, author, created_at, \
    ingested_at, scores, max_probability, flagged, routed, status, spans, decided";

fn row_to_comment(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredComment> {
    let scores: String = r.get(8)?;
    let flagged: String = r.get(10)?;
    let status: String = r.get(12)?;
    let spans: String = r.get(13)?;
    Ok(StoredComment {
        id: r.get(0)?,
        text: r.get(1)?,
        article_id: r.get(2)?,
        article_text: r.get(3)?,
        parent_id: r.get(4)?,
        author: r.get(5)?,
        created_at: r.get(6)?,
        ingested_at: r.get(7)?,
        probabilities: serde_json::from_str(&scores).unwrap_or_default(),
        max_probability: r.get(9)?,
        flagged: flagged
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        routed: r.get(11)?,
        status: Status::parse(&status),
        decided: r.get::<_, i64>(14)? != 0,
        spans: serde_json::from_str(&spans).unwrap_or(serde_json::Value::Null),
    })
}

fn get_comment(conn: &Connection, id: &str) -> Result<StoredComment, QueueError> {
    conn.query_row(
        &format!("SELECT {COMMENT_COLS} FROM comments WHERE id = ?1"),
        [id],
        row_to_comment,
    )
    .optional()?
    .ok_or_else(|| QueueError::NotFound(id.to_string()))
}

/// How many ancestors [`QueueStore::thread`] follows.
pub const MAX_THREAD_DEPTH: usize = 20;

/// How many replies [`QueueStore::thread`] returns.
pub const MAX_THREAD_REPLIES: usize = 50;

fn thread_of(conn: &Connection, id: &str) -> Result<Vec<StoredComment>, QueueError> {
    let me = get_comment(conn, id)?;
    let mut up = Vec::new();
    let mut next = me.parent_id.clone();
    while let Some(p) = next.take() {
        if up.len() >= MAX_THREAD_DEPTH || up.iter().any(|c: &StoredComment| c.id == p) {
            break;
        }
        match get_comment(conn, &p) {
            Ok(c) => {
                next = c.parent_id.clone();
                up.push(c);
            }
            Err(QueueError::NotFound(_)) => break,
            Err(e) => return Err(e),
        }
    }
    up.reverse();
    up.push(me);
    let mut stmt = conn.prepare(&format!(
        "SELECT {COMMENT_COLS} FROM comments WHERE parent_id = ?1 ORDER BY created_at, id LIMIT ?2"
    ))?;
    let replies = stmt
        .query_map(params![id, MAX_THREAD_REPLIES as i64], row_to_comment)?
        .collect::<Result<Vec<_>, _>>()?;
    up.extend(replies);
    Ok(up)
}

/// Cursor: `max_probability` (shortest round-trip decimal), `created_at`, `id`,
/// hex-encoded so clients treat it as opaque.
fn encode_cursor(c: &StoredComment) -> String {
    hex::encode(format!(
        "{}\u{1f}{}\u{1f}{}",
        c.max_probability, c.created_at, c.id
    ))
}

fn decode_cursor(s: &str) -> Option<(f64, String, String)> {
    let raw = String::from_utf8(hex::decode(s).ok()?).ok()?;
    let mut it = raw.splitn(3, '\u{1f}');
    let p = it.next()?.parse().ok()?;
    Some((p, it.next()?.to_string(), it.next()?.to_string()))
}

/// Marker of an invalid cursor, reported as [`QueueError::NotFound`]'s sibling
/// by the handlers (a 400).
pub fn cursor_is_valid(s: &str) -> bool {
    decode_cursor(s).is_some()
}

fn csv_field(out: &mut dyn Write, s: &str) -> std::io::Result<()> {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        out.write_all(b"\"")?;
        out.write_all(s.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(s.as_bytes())
    }
}

fn bit(v: Option<i64>) -> &'static str {
    match v {
        Some(0) => "0",
        Some(_) => "1",
        None => "",
    }
}

/// Label columns for a decision: an approval says the comment broke no rule
/// (0 for every label, whatever the model flagged); a rejection marks the
/// rules the moderator named 1 and the others 0; a rejection naming no rule
/// leaves both unknown.
pub fn label_bits(approve: bool, labels: &[String]) -> (Option<i64>, Option<i64>) {
    if approve {
        return (Some(0), Some(0));
    }
    if labels.is_empty() {
        return (None, None);
    }
    let has = |l: &str| Some(labels.iter().any(|x| x == l) as i64);
    (has("toxic"), has("offtopic"))
}

/// One export row.
struct Row<'a> {
    id: &'a str,
    text: &'a str,
    toxic: Option<i64>,
    offtopic: Option<i64>,
    decision: &'a str,
    who: &'a str,
    at: &'a str,
    origin: &'a str,
}

fn write_row(out: &mut dyn Write, r: &Row<'_>) -> std::io::Result<()> {
    csv_field(out, r.id)?;
    out.write_all(b",")?;
    csv_field(out, r.text)?;
    write!(out, ",{},{},{},", bit(r.toxic), bit(r.offtopic), r.decision)?;
    csv_field(out, r.who)?;
    out.write_all(b",")?;
    csv_field(out, r.at)?;
    writeln!(out, ",{}", r.origin)
}

fn export_decision_rows(conn: &Connection, out: &mut dyn Write) -> Result<usize, QueueError> {
    let mut n = 0;
    let mut stmt = conn.prepare(
        "SELECT d.comment_id, c.text, d.toxic, d.offtopic, d.decision, d.moderator, d.decided_at \
         FROM decisions d JOIN comments c ON c.id = d.comment_id \
         WHERE d.origin = 'moderator' ORDER BY d.seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let (id, text, decision, who, at): (String, String, String, String, String) =
            (r.get(0)?, r.get(1)?, r.get(4)?, r.get(5)?, r.get(6)?);
        write_row(
            out,
            &Row {
                id: &id,
                text: &text,
                toxic: r.get(2)?,
                offtopic: r.get(3)?,
                decision: &decision,
                who: &who,
                at: &at,
                origin: "moderator",
            },
        )?;
        n += 1;
    }
    Ok(n)
}

fn export_feedback_rows(conn: &Connection, out: &mut dyn Write) -> Result<usize, QueueError> {
    let mut n = 0;
    let mut stmt = conn.prepare(
        "SELECT seq, text, toxic, offtopic, client, received_at FROM feedback \
         WHERE client IS NOT NULL ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let (text, client, at): (String, String, String) = (r.get(1)?, r.get(4)?, r.get(5)?);
        let (toxic, offtopic): (Option<i64>, Option<i64>) = (r.get(2)?, r.get(3)?);
        let reject = toxic == Some(1) || offtopic == Some(1);
        write_row(
            out,
            &Row {
                id: &format!("suggestscore-{seq}"),
                text: &text,
                toxic,
                offtopic,
                decision: if reject { "reject" } else { "approve" },
                who: &format!("perspective:{client}"),
                at: &at,
                origin: "perspective-client",
            },
        )?;
        n += 1;
    }
    Ok(n)
}

fn write_export(conn: &Connection, out: &mut dyn Write) -> Result<usize, QueueError> {
    writeln!(out, "{EXPORT_HEADER}")?;
    let n = export_decision_rows(conn, out)? + export_feedback_rows(conn, out)?;
    out.flush()?;
    Ok(n)
}

/// SHA-256 of a text, hex.
pub fn text_hash(text: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

/// Writes the decisions (and Perspective feedback) of the database at `db` as
/// CSV to `out`, opening it read-only; returns the number of rows.
pub fn export_from_path(db: &Path, out: &mut dyn Write) -> Result<usize, QueueError> {
    let conn = open_conn(
        db,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    write_export(&conn, out).map_err(|e| match e {
        QueueError::Sqlite(e) => classify(db, e),
        e => e,
    })
}

/// Audits a refused second decision and names the one that stands.
fn refuse_second_decision(
    tx: rusqlite::Transaction<'_>,
    id: &str,
    moderator: &str,
    at: &str,
) -> QueueError {
    let inner = || -> Result<QueueError, QueueError> {
        let (decision, by): (String, String) = tx.query_row(
            "SELECT decision, moderator FROM decisions WHERE comment_id = ?1",
            [id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        tx.execute(
            "INSERT INTO audit (at, actor, action, comment_id, detail) VALUES (?1, ?2, 'decision-refused', ?3, ?4)",
            params![at, moderator, id, format!("already {decision} by {by}")],
        )?;
        Ok(QueueError::AlreadyDecided {
            id: id.to_string(),
            decision,
            moderator: by,
        })
    };
    let e = match inner() {
        Ok(e) => e,
        Err(e) => return e,
    };
    match tx.commit() {
        Ok(()) => e,
        Err(c) => QueueError::Sqlite(c),
    }
}

impl QueueStore for SqliteQueue {
    fn ingest(&self, comments: &[NewComment]) -> Result<Vec<(StoredComment, bool)>, QueueError> {
        let mut conn = self.writer();
        let tx = conn.transaction()?;
        let at = now();
        let mut out = Vec::with_capacity(comments.len());
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO comments (id, text, article_id, article_text, parent_id, author, \
                 created_at, ingested_at, scores, max_probability, flagged, routed, status, spans) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14) \
                 ON CONFLICT (id) DO NOTHING",
            )?;
            let mut audit = tx.prepare_cached(
                "INSERT INTO audit (at, actor, action, comment_id, detail) VALUES (?1, 'model', 'ingest', ?2, ?3)",
            )?;
            let mut article = tx.prepare_cached(
                "INSERT INTO articles (article_id, text, updated_at) VALUES (?1, ?2, ?3) \
                 ON CONFLICT (article_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at \
                 WHERE articles.text != excluded.text",
            )?;
            for c in comments {
                // The article text is stored once per article, not per comment.
                let own_article_text = match (&c.article_id, &c.article_text) {
                    (Some(a), Some(t)) => {
                        article.execute(params![a, t, at])?;
                        None
                    }
                    (_, t) => t.clone(),
                };
                let scores: BTreeMap<&str, f32> =
                    c.scores.iter().map(|(l, p)| (l.as_str(), *p)).collect();
                let max = c.scores.iter().map(|s| s.1).fold(0.0f32, f32::max) as f64;
                let flagged = if c.flagged.is_empty() {
                    String::new()
                } else {
                    format!(",{},", c.flagged.join(","))
                };
                let status = match c.routed.as_str() {
                    "approve" => Status::Approved,
                    "reject" => Status::Rejected,
                    _ => Status::Pending,
                };
                let changed = insert.execute(params![
                    c.id,
                    c.text,
                    c.article_id,
                    own_article_text,
                    c.parent_id,
                    c.author,
                    c.created_at,
                    at,
                    serde_json::to_string(&scores).unwrap_or_default(),
                    max,
                    flagged,
                    c.routed,
                    status.as_str(),
                    c.spans.to_string(),
                ])?;
                if changed == 1 {
                    audit.execute(params![at, c.id, format!("routed {}", c.routed)])?;
                }
                let stored = get_comment(&tx, &c.id)?;
                if changed == 0 && stored.text != c.text {
                    // Dropping the transaction rolls the whole batch back.
                    return Err(QueueError::ChangedText {
                        id: c.id.clone(),
                        stored: text_hash(&stored.text),
                        sent: text_hash(&c.text),
                    });
                }
                out.push((stored, changed == 0));
            }
        }
        tx.commit()?;
        Ok(out)
    }

    fn get(&self, id: &str) -> Result<StoredComment, QueueError> {
        get_comment(&self.reader(), id)
    }

    fn thread(&self, id: &str) -> Result<Vec<StoredComment>, QueueError> {
        thread_of(&self.reader(), id)
    }

    fn list(&self, q: &QueueQuery) -> Result<QueuePage, QueueError> {
        let conn = self.reader();
        let mut filter = String::from(q.view.filter());
        let mut args: Vec<rusqlite::types::Value> = Vec::new();
        if let Some(l) = &q.label {
            args.push(format!("%,{l},%").into());
            filter.push_str(&format!(" AND flagged LIKE ?{}", args.len()));
        }
        if let Some(a) = &q.article_id {
            args.push(a.clone().into());
            filter.push_str(&format!(" AND article_id = ?{}", args.len()));
        }
        let total: i64 = conn.query_row(
            &format!("SELECT COUNT(*) FROM comments WHERE {filter}"),
            rusqlite::params_from_iter(args.iter()),
            |r| r.get(0),
        )?;
        let mut page_filter = filter.clone();
        if let Some((p, created, id)) = q.cursor.as_deref().and_then(decode_cursor) {
            let n = args.len();
            page_filter.push_str(&format!(
                " AND (max_probability < ?{a} OR (max_probability = ?{a} AND \
                 (created_at > ?{b} OR (created_at = ?{b} AND id > ?{c}))))",
                a = n + 1,
                b = n + 2,
                c = n + 3
            ));
            args.push(p.into());
            args.push(created.into());
            args.push(id.into());
        }
        let limit = q.limit.max(1);
        args.push((limit as i64 + 1).into());
        let lim = args.len();
        args.push((q.offset.unwrap_or(0) as i64).into());
        let off = args.len();
        let mut stmt = conn.prepare(&format!(
            "SELECT {COMMENT_COLS} FROM comments WHERE {page_filter} \
             ORDER BY max_probability DESC, created_at ASC, id ASC LIMIT ?{lim} OFFSET ?{off}"
        ))?;
        let mut items = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), row_to_comment)?
            .collect::<Result<Vec<_>, _>>()?;
        let more = items.len() > limit;
        items.truncate(limit);
        let next_cursor = if more {
            items.last().map(encode_cursor)
        } else {
            None
        };
        Ok(QueuePage {
            items,
            next_cursor,
            total: total as u64,
        })
    }

    fn decide(&self, id: &str, d: &NewDecision) -> Result<StoredDecision, QueueError> {
        let mut conn = self.writer();
        let tx = conn.transaction()?;
        let at = now();
        let decision = if d.approve { "approve" } else { "reject" };
        let found: Option<(i64, String)> = tx
            .query_row(
                "SELECT decided, status FROM comments WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let Some((decided, status)) = found else {
            return Err(QueueError::NotFound(id.to_string()));
        };
        if d.restore && (decided != 0 || status != Status::Rejected.as_str()) {
            return Err(QueueError::NotRestorable {
                id: id.to_string(),
                status: if decided != 0 {
                    format!("{status} (decided by a moderator)")
                } else {
                    status
                },
            });
        }
        let (toxic, offtopic) = label_bits(d.approve, &d.labels);
        let origin = if d.authenticated {
            "moderator"
        } else {
            "unauthenticated"
        };
        let inserted = tx.execute(
            "INSERT INTO decisions (comment_id, decision, toxic, offtopic, labels, moderator, reason, decided_at, origin) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (comment_id) DO NOTHING",
            params![id, decision, toxic, offtopic, d.labels.join(","), d.moderator, d.reason, at, origin],
        )?;
        if inserted == 0 {
            return Err(refuse_second_decision(tx, id, &d.moderator, &at));
        }
        let status = if d.approve {
            Status::Approved
        } else {
            Status::Rejected
        };
        tx.execute(
            "UPDATE comments SET status = ?1, decided = 1 WHERE id = ?2",
            params![status.as_str(), id],
        )?;
        let action = if d.restore { "restore" } else { "decision" };
        let detail = format!(
            "{decision} labels=[{}] origin={origin} reason={}",
            d.labels.join(","),
            d.reason.as_deref().unwrap_or("")
        );
        tx.execute(
            "INSERT INTO audit (at, actor, action, comment_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![at, d.moderator, action, id, detail],
        )?;
        tx.commit()?;
        Ok(StoredDecision {
            comment_id: id.to_string(),
            decision: decision.to_string(),
            labels: d.labels.clone(),
            moderator: d.moderator.clone(),
            reason: d.reason.clone(),
            decided_at: at,
        })
    }

    fn feedback(&self, f: &Feedback) -> Result<(), QueueError> {
        let conn = self.writer();
        conn.execute(
            "INSERT INTO feedback (text, toxic, offtopic, community_id, client_token, received_at, client) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                f.text,
                f.toxic.map(i64::from),
                f.offtopic.map(i64::from),
                f.community_id,
                f.client_token,
                now(),
                f.client
            ],
        )?;
        Ok(())
    }

    fn counts(&self) -> Result<BTreeMap<&'static str, u64>, QueueError> {
        let conn = self.reader();
        let mut out: BTreeMap<&'static str, u64> = [
            (Status::Approved.as_str(), 0),
            (Status::Pending.as_str(), 0),
            (Status::Rejected.as_str(), 0),
        ]
        .into_iter()
        .collect();
        let mut stmt = conn.prepare("SELECT status, COUNT(*) FROM comments GROUP BY status")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (s, n) = row?;
            out.insert(Status::parse(&s).as_str(), n as u64);
        }
        Ok(out)
    }

    fn audit(
        &self,
        actor: &str,
        action: &str,
        comment_id: Option<&str>,
        detail: &str,
    ) -> Result<(), QueueError> {
        self.writer().execute(
            "INSERT INTO audit (at, actor, action, comment_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![now(), actor, action, comment_id, detail],
        )?;
        Ok(())
    }

    fn article_context(
        &self,
        article_id: &str,
        limit: usize,
    ) -> Result<ArticleContext, QueueError> {
        let conn = self.reader();
        let article: Option<String> = conn
            .query_row(
                "SELECT text FROM articles WHERE article_id = ?1",
                params![article_id],
                |r| r.get(0),
            )
            .optional()?;
        let mut st = conn.prepare_cached(
            "SELECT id, text FROM comments WHERE article_id = ?1 \
             ORDER BY created_at DESC, id DESC LIMIT ?2",
        )?;
        let mut thread: Vec<(String, String)> = st
            .query_map(params![article_id, limit as i64], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?
            .collect::<Result<_, _>>()?;
        thread.reverse();
        Ok((article, thread))
    }

    fn export(&self, out: &mut dyn Write) -> Result<usize, QueueError> {
        // A fresh read connection: a long export never holds up the queue.
        export_from_path(&self.path, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: &str, text: &str, p: f32, created: &str) -> NewComment {
        NewComment {
            id: id.into(),
            text: text.into(),
            article_id: Some("a1".into()),
            article_text: None,
            parent_id: None,
            author: None,
            created_at: created.into(),
            scores: vec![("toxic".into(), p), ("offtopic".into(), 0.01)],
            flagged: if p > 0.4 {
                vec!["toxic".into()]
            } else {
                vec![]
            },
            routed: if p > 0.4 { "review" } else { "approve" }.into(),
            spans: serde_json::json!({}),
        }
    }

    /// A database made before the articles table (0001 and 0002_label_origin
    /// applied) gets 0003_articles: article texts move to `articles`.
    #[test]
    fn database_at_version_2_upgrades_to_articles() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite");
        {
            let c = Connection::open(&path).unwrap();
            c.execute_batch(MIGRATIONS[0]).unwrap();
            c.execute_batch(MIGRATIONS[1]).unwrap();
            c.pragma_update(None, "user_version", 2).unwrap();
            c.execute(
                "INSERT INTO comments (id, text, article_id, article_text, created_at, \
                 ingested_at, scores, max_probability, flagged, routed, status, spans) \
                 VALUES ('o1', 'Alter Kommentar', 'a9', 'Der Artikel', '2024-01-01T00:00:00Z', \
                 '2024-01-01T00:00:00Z', '{}', 0.1, ',', 'approve', 'approved', '{}')",
                [],
            )
            .unwrap();
        }
        let q = SqliteQueue::open(&path).unwrap();
        let (article, comments) = q.article_context("a9", 10).unwrap();
        assert_eq!(article.as_deref(), Some("Der Artikel"));
        assert_eq!(comments.len(), 1);
        drop(q);
        let c = Connection::open(&path).unwrap();
        let v: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(v, MIGRATIONS.len() as i64);
        let origin: i64 = c
            .query_row(
                "SELECT COUNT(*) FROM pragma_table_info('decisions') WHERE name = 'origin'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(origin, 1);
    }

    #[test]
    fn ingest_is_idempotent_and_queue_is_ordered() {
        let dir = tempfile::tempdir().unwrap();
        let q = SqliteQueue::open(&dir.path().join("q.sqlite")).unwrap();
        let batch = [
            comment("a", "Du Idiot", 0.9, "2024-01-02T00:00:00.000Z"),
            comment("b", "Guter Artikel", 0.1, "2024-01-01T00:00:00.000Z"),
            comment("c", "Halt die Klappe", 0.9, "2024-01-01T00:00:00.000Z"),
            comment("d", "Was für ein Unsinn", 0.5, "2024-01-01T00:00:00.000Z"),
        ];
        let r = q.ingest(&batch).unwrap();
        assert!(r.iter().all(|(_, dup)| !dup));
        let r = q.ingest(&batch[..1]).unwrap();
        assert!(r[0].1, "second ingest of the same id is a duplicate");
        let page = q
            .list(&QueueQuery {
                limit: 2,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(page.total, 3);
        let ids: Vec<_> = page.items.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["c", "a"], "ties: oldest first");
        let next = q
            .list(&QueueQuery {
                limit: 2,
                cursor: page.next_cursor,
                ..Default::default()
            })
            .unwrap();
        let ids: Vec<_> = next.items.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["d"]);
        assert!(next.next_cursor.is_none());
    }

    #[test]
    fn one_decision_wins_and_export_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let q = SqliteQueue::open(&dir.path().join("q.sqlite")).unwrap();
        q.ingest(&[comment(
            "a",
            "Du bist, \"echt\" ein Idiot",
            0.9,
            "2024-01-01T00:00:00Z",
        )])
        .unwrap();
        let d = NewDecision {
            approve: false,
            labels: vec!["toxic".into()],
            moderator: "anna".into(),
            reason: None,
            authenticated: true,
            restore: false,
        };
        q.decide("a", &d).unwrap();
        let e = q.decide("a", &d).unwrap_err();
        assert!(matches!(e, QueueError::AlreadyDecided { .. }), "{e}");
        assert!(matches!(
            q.decide("zz", &d).unwrap_err(),
            QueueError::NotFound(_)
        ));
        let mut out = Vec::new();
        assert_eq!(q.export(&mut out).unwrap(), 1);
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with(EXPORT_HEADER));
        assert!(
            s.contains("a,\"Du bist, \"\"echt\"\" ein Idiot\",1,0,reject,anna,"),
            "{s}"
        );
        assert!(s.trim_end().ends_with(",moderator"), "{s}");
    }

    #[test]
    fn changed_text_is_refused_with_both_hashes() {
        let dir = tempfile::tempdir().unwrap();
        let q = SqliteQueue::open(&dir.path().join("q.sqlite")).unwrap();
        q.ingest(&[comment("a", "Guter Artikel", 0.1, "2024-01-01T00:00:00Z")])
            .unwrap();
        let e = q
            .ingest(&[
                comment("b", "Neuer Text", 0.1, "2024-01-01T00:00:00Z"),
                comment("a", "Geänderter Text", 0.1, "2024-01-01T00:00:00Z"),
            ])
            .unwrap_err();
        match e {
            QueueError::ChangedText { id, stored, sent } => {
                assert_eq!(id, "a");
                assert_eq!(stored, text_hash("Guter Artikel"));
                assert_eq!(sent, text_hash("Geänderter Text"));
            }
            e => panic!("{e}"),
        }
        assert!(
            matches!(q.get("b"), Err(QueueError::NotFound(_))),
            "rolled back"
        );
    }

    #[test]
    fn unauthenticated_decisions_and_anonymous_feedback_are_not_exported() {
        let dir = tempfile::tempdir().unwrap();
        let q = SqliteQueue::open(&dir.path().join("q.sqlite")).unwrap();
        q.ingest(&[comment("a", "Du Idiot", 0.9, "2024-01-01T00:00:00Z")])
            .unwrap();
        let d = NewDecision {
            approve: false,
            labels: vec!["toxic".into()],
            moderator: "jemand".into(),
            reason: None,
            authenticated: false,
            restore: false,
        };
        q.decide("a", &d).unwrap();
        q.writer()
            .execute(
                "INSERT INTO feedback (text, toxic, received_at) VALUES ('Spam Spam', 1, 'x')",
                [],
            )
            .unwrap();
        let mut out = Vec::new();
        assert_eq!(
            q.export(&mut out).unwrap(),
            0,
            "{}",
            String::from_utf8_lossy(&out)
        );
    }

    #[test]
    fn approve_is_a_negative_label_and_restore_needs_an_auto_rejection() {
        let dir = tempfile::tempdir().unwrap();
        let q = SqliteQueue::open(&dir.path().join("q.sqlite")).unwrap();
        let mut c = comment("r", "Ihr seid alle Idioten", 0.99, "2024-01-01T00:00:00Z");
        c.routed = "reject".into();
        q.ingest(&[c, comment("p", "Du Idiot", 0.9, "2024-01-01T00:00:00Z")])
            .unwrap();
        let auto = q
            .list(&QueueQuery {
                view: View::AutoRejected,
                limit: 10,
                ..Default::default()
            })
            .unwrap();
        assert_eq!(auto.items.len(), 1);
        assert_eq!(auto.items[0].id, "r");
        let restore = NewDecision {
            approve: true,
            labels: vec![],
            moderator: "anna".into(),
            reason: Some("Satire".into()),
            authenticated: true,
            restore: true,
        };
        assert!(matches!(
            q.decide("p", &restore).unwrap_err(),
            QueueError::NotRestorable { .. }
        ));
        q.decide("r", &restore).unwrap();
        assert_eq!(q.get("r").unwrap().status, Status::Approved);
        let mut out = Vec::new();
        q.export(&mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(
            s.contains("r,Ihr seid alle Idioten,0,0,approve,anna,"),
            "{s}"
        );
        let audit: String = q
            .reader()
            .query_row(
                "SELECT action FROM audit WHERE comment_id = 'r' ORDER BY seq DESC",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(audit, "restore");
    }

    #[test]
    fn thread_follows_parents_and_lists_replies() {
        let dir = tempfile::tempdir().unwrap();
        let q = SqliteQueue::open(&dir.path().join("q.sqlite")).unwrap();
        let mut a = comment("a", "Guter Artikel", 0.1, "2024-01-01T00:00:00Z");
        a.parent_id = None;
        let mut b = comment("b", "Finde ich nicht", 0.1, "2024-01-01T01:00:00Z");
        b.parent_id = Some("a".into());
        let mut c = comment("c", "Du Idiot", 0.9, "2024-01-01T02:00:00Z");
        c.parent_id = Some("b".into());
        let mut d = comment("d", "Bleib sachlich", 0.1, "2024-01-01T03:00:00Z");
        d.parent_id = Some("c".into());
        q.ingest(&[a, b, c, d]).unwrap();
        let ids: Vec<String> = q.thread("c").unwrap().into_iter().map(|c| c.id).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
    }

    #[test]
    fn corrupt_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.sqlite");
        std::fs::write(&p, vec![0x42u8; 8192]).unwrap();
        let e = SqliteQueue::open(&p).err().unwrap();
        assert!(matches!(e, QueueError::Corrupt { .. }), "{e}");
    }
}
