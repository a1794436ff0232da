//! The moderation queue: ingested comments with their scores and routing,
//! moderator decisions, Perspective feedback and the audit trail, behind the
//! [`QueueStore`] trait. Two backends implement it: SQLite ([`SqliteQueue`],
//! the embedded default, one file) and PostgreSQL ([`PgQueue`], one database
//! shared by several instances). [`Database`] picks one from the URL's scheme;
//! the handlers only ever see `dyn QueueStore`.
//!
//! The trait is synchronous: SQLite blocks, and the handlers already run every
//! queue call on tokio's blocking pool. The PostgreSQL backend drives its async
//! driver on a small runtime of its own, so the handlers do not know which
//! backend they talk to, and `moderato train` can read either without a server.
//!
//! Each backend has its own migrations (`migrations/sqlite/`,
//! `migrations/postgres/`), applied at start-up. The behaviour both must show
//! is one test suite ([`suite`]) run against each.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

mod postgres;
mod sqlite;

pub use postgres::{test_database, PgQueue};
pub use sqlite::{export_from_path, SqliteQueue};

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
    #[error("database {db} has schema version {found}, newer than this moderato knows ({known}); upgrade moderato")]
    TooNew {
        /// The database file or (password hidden) URL.
        db: String,
        /// Its schema version.
        found: i64,
        /// The newest this build knows.
        known: i64,
    },
    /// The database server cannot be reached, lost the connection or did not
    /// answer in time (PostgreSQL): the queue answers 503 until it is back.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// Any other PostgreSQL failure.
    #[error("database error: {0}")]
    Postgres(String),
    /// A database URL or setting that cannot work.
    #[error("{0}")]
    Config(String),
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

    pub(crate) fn parse(s: &str) -> Status {
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
    pub(crate) fn filter(self) -> &'static str {
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
    /// The audit trail of one comment, oldest first.
    fn audit_for(&self, comment_id: &str) -> Result<Vec<AuditEntry>, QueueError>;
    /// `sqlite` or `postgres`, for `/healthz` and the logs.
    fn backend(&self) -> &'static str;
}

/// One entry of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    /// When (RFC 3339 UTC).
    pub at: String,
    /// Who: a moderator, a credential, `model`, `SIGHUP`.
    pub actor: String,
    /// `ingest`, `decision`, `decision-refused`, `restore`, `reload`, …
    pub action: String,
    /// What happened.
    pub detail: String,
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// How many ancestors [`QueueStore::thread`] follows.
pub const MAX_THREAD_DEPTH: usize = 20;

/// How many replies [`QueueStore::thread`] returns.
pub const MAX_THREAD_REPLIES: usize = 50;

/// Cursor: `max_probability` (shortest round-trip decimal), `created_at`, `id`,
/// hex-encoded so clients treat it as opaque.
pub(crate) fn encode_cursor(c: &StoredComment) -> String {
    hex::encode(format!(
        "{}\u{1f}{}\u{1f}{}",
        c.max_probability, c.created_at, c.id
    ))
}

pub(crate) fn decode_cursor(s: &str) -> Option<(f64, String, String)> {
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

pub(crate) fn csv_field(out: &mut dyn Write, s: &str) -> std::io::Result<()> {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        out.write_all(b"\"")?;
        out.write_all(s.replace('"', "\"\"").as_bytes())?;
        out.write_all(b"\"")
    } else {
        out.write_all(s.as_bytes())
    }
}

pub(crate) fn bit(v: Option<i64>) -> &'static str {
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
pub(crate) struct Row<'a> {
    pub id: &'a str,
    pub text: &'a str,
    pub toxic: Option<i64>,
    pub offtopic: Option<i64>,
    pub decision: &'a str,
    pub who: &'a str,
    pub at: &'a str,
    pub origin: &'a str,
}

pub(crate) fn write_row(out: &mut dyn Write, r: &Row<'_>) -> std::io::Result<()> {
    csv_field(out, r.id)?;
    out.write_all(b",")?;
    csv_field(out, r.text)?;
    write!(out, ",{},{},{},", bit(r.toxic), bit(r.offtopic), r.decision)?;
    csv_field(out, r.who)?;
    out.write_all(b",")?;
    csv_field(out, r.at)?;
    writeln!(out, ",{}", r.origin)
}

/// SHA-256 of a text, hex.
pub fn text_hash(text: &str) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(text.as_bytes()))
}

/// One feedback row of the export: suggestscore feedback from an
/// authenticated client, rejected when it says a rule was broken.
pub(crate) fn write_feedback_row(
    out: &mut dyn Write,
    seq: i64,
    text: &str,
    (toxic, offtopic): (Option<i64>, Option<i64>),
    client: &str,
    at: &str,
) -> std::io::Result<()> {
    let reject = toxic == Some(1) || offtopic == Some(1);
    write_row(
        out,
        &Row {
            id: &format!("suggestscore-{seq}"),
            text,
            toxic,
            offtopic,
            decision: if reject { "reject" } else { "approve" },
            who: &format!("perspective:{client}"),
            at,
            origin: "perspective-client",
        },
    )
}

/// The stored form of a new comment's derived columns, the same in every backend.
pub(crate) struct Prepared {
    /// JSON object label -> probability.
    pub scores: String,
    /// The largest probability (the queue's priority).
    pub max: f64,
    /// `,toxic,offtopic,` (empty when nothing is flagged), so a label filter is one LIKE.
    pub flagged: String,
    /// Where the model routed it.
    pub status: Status,
}

impl Prepared {
    pub(crate) fn of(c: &NewComment) -> Prepared {
        let scores: BTreeMap<&str, f32> = c.scores.iter().map(|(l, p)| (l.as_str(), *p)).collect();
        let flagged = if c.flagged.is_empty() {
            String::new()
        } else {
            format!(",{},", c.flagged.join(","))
        };
        Prepared {
            scores: serde_json::to_string(&scores).unwrap_or_default(),
            max: c.scores.iter().map(|s| s.1).fold(0.0f32, f32::max) as f64,
            flagged,
            status: match c.routed.as_str() {
                "approve" => Status::Approved,
                "reject" => Status::Rejected,
                _ => Status::Pending,
            },
        }
    }
}

/// The columns every backend selects for a [`StoredComment`], in the order
/// [`comment_from_row`] reads them. The article text is stored once per
/// article and joined in when the comment has none of its own.
pub(crate) const COMMENT_COLS: &str = "id, text, article_id, \
    COALESCE(article_text, (SELECT a.text FROM articles a WHERE a.article_id = comments.article_id)), \
    parent_id, author, created_at, \
    ingested_at, scores, max_probability, flagged, routed, status, spans, decided";

/// Column access of one backend's result row, so that [`comment_from_row`]
/// decodes a comment the same way for SQLite and PostgreSQL.
pub(crate) trait CommentRow {
    /// The backend's error.
    type Error;
    /// A text column.
    fn text(&self, i: usize) -> Result<String, Self::Error>;
    /// A nullable text column.
    fn optional_text(&self, i: usize) -> Result<Option<String>, Self::Error>;
    /// A floating-point column.
    fn real(&self, i: usize) -> Result<f64, Self::Error>;
    /// An integer column used as a flag.
    fn flag(&self, i: usize) -> Result<bool, Self::Error>;
}

/// A [`StoredComment`] from a row of [`COMMENT_COLS`].
pub(crate) fn comment_from_row<R: CommentRow>(r: &R) -> Result<StoredComment, R::Error> {
    Ok(StoredComment {
        id: r.text(0)?,
        text: r.text(1)?,
        article_id: r.optional_text(2)?,
        article_text: r.optional_text(3)?,
        parent_id: r.optional_text(4)?,
        author: r.optional_text(5)?,
        created_at: r.text(6)?,
        ingested_at: r.text(7)?,
        probabilities: serde_json::from_str(&r.text(8)?).unwrap_or_default(),
        max_probability: r.real(9)?,
        flagged: parse_flagged(&r.text(10)?),
        routed: r.text(11)?,
        status: Status::parse(&r.text(12)?),
        decided: r.flag(14)?,
        spans: serde_json::from_str(&r.text(13)?).unwrap_or(serde_json::Value::Null),
    })
}

/// The stored `flagged` column as a list.
pub(crate) fn parse_flagged(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// What a decision stores besides the row: its origin and the audit entry's
/// action and detail.
pub(crate) struct DecisionRecord {
    /// `approve` or `reject`.
    pub decision: &'static str,
    /// `moderator` or `unauthenticated` (never exported).
    pub origin: &'static str,
    /// `decision` or `restore`.
    pub action: &'static str,
    /// The audit entry's detail.
    pub detail: String,
    /// The new status.
    pub status: Status,
}

impl DecisionRecord {
    pub(crate) fn of(d: &NewDecision) -> DecisionRecord {
        let decision = if d.approve { "approve" } else { "reject" };
        let origin = if d.authenticated {
            "moderator"
        } else {
            "unauthenticated"
        };
        DecisionRecord {
            decision,
            origin,
            action: if d.restore { "restore" } else { "decision" },
            detail: format!(
                "{decision} labels=[{}] origin={origin} reason={}",
                d.labels.join(","),
                d.reason.as_deref().unwrap_or("")
            ),
            status: if d.approve {
                Status::Approved
            } else {
                Status::Rejected
            },
        }
    }

    /// The decision as answered.
    pub(crate) fn stored(&self, id: &str, d: &NewDecision, at: String) -> StoredDecision {
        StoredDecision {
            comment_id: id.to_string(),
            decision: self.decision.to_string(),
            labels: d.labels.clone(),
            moderator: d.moderator.clone(),
            reason: d.reason.clone(),
            decided_at: at,
        }
    }
}

/// Why a restore is refused, if it is: only comments the model rejected and
/// nobody decided can be restored.
pub(crate) fn refuse_restore(id: &str, decided: bool, status: &str) -> Option<QueueError> {
    if decided || status != Status::Rejected.as_str() {
        return Some(QueueError::NotRestorable {
            id: id.to_string(),
            status: if decided {
                format!("{status} (decided by a moderator)")
            } else {
                status.to_string()
            },
        });
    }
    None
}

/// PostgreSQL connection pool settings (`db_pool_size`, `db_connect_timeout_ms`,
/// `db_acquire_timeout_ms`, `db_statement_timeout_ms`); SQLite ignores them.
#[derive(Debug, Clone, PartialEq)]
pub struct PoolSettings {
    /// Most connections one instance holds (default 16).
    pub size: usize,
    /// Longest wait to open a connection (default 5 s).
    pub connect_timeout: Duration,
    /// Longest wait for a free connection from the pool (default 5 s).
    pub acquire_timeout: Duration,
    /// Longest a statement may run before the server cancels it (default 30 s).
    pub statement_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings {
            size: 16,
            connect_timeout: Duration::from_secs(5),
            acquire_timeout: Duration::from_secs(5),
            statement_timeout: Duration::from_secs(30),
        }
    }
}

/// Where the queue lives, picked from the scheme of `--db`, `database_url` or
/// `MODERATO_DB`: `postgres://` / `postgresql://` for PostgreSQL; a file path
/// (or `sqlite://PATH`) for SQLite.
#[derive(Clone, PartialEq)]
pub enum Database {
    /// A SQLite file (created if missing).
    Sqlite(PathBuf),
    /// A PostgreSQL URL (`postgres://user:pass@host:5432/moderato`).
    Postgres(String),
}

impl std::fmt::Debug for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Database({self})")
    }
}

/// The URL with its password replaced by `***`, for logs and messages.
pub fn redact_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_string();
    };
    let (auth, host) = match rest.rsplit_once('@') {
        Some((a, h)) => (a, h),
        None => return url.to_string(),
    };
    match auth.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:***@{host}"),
        None => url.to_string(),
    }
}

impl std::fmt::Display for Database {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Database::Sqlite(p) => write!(f, "{}", p.display()),
            Database::Postgres(u) => f.write_str(&redact_url(u)),
        }
    }
}

impl From<PathBuf> for Database {
    fn from(p: PathBuf) -> Database {
        Database::Sqlite(p)
    }
}

impl Database {
    /// Reads a database setting by its scheme; another scheme is refused,
    /// naming the ones that work.
    pub fn parse(s: &str) -> Result<Database, QueueError> {
        let s = s.trim();
        match s.split_once("://") {
            None => Ok(Database::Sqlite(PathBuf::from(s))),
            Some(("postgres" | "postgresql", _)) => Ok(Database::Postgres(s.to_string())),
            Some(("sqlite", path)) if !path.is_empty() => Ok(Database::Sqlite(PathBuf::from(path))),
            Some((scheme, _)) => Err(QueueError::Config(format!(
                "database {:?}: unsupported scheme {scheme:?}; use a file path or sqlite://FILE \
                 for SQLite, or postgres://user:pass@host:5432/db for PostgreSQL",
                redact_url(s)
            ))),
        }
    }

    /// Opens the queue (applying pending migrations); PostgreSQL with `pool`.
    pub fn open(&self, pool: &PoolSettings) -> Result<Arc<dyn QueueStore>, QueueError> {
        Ok(match self {
            Database::Sqlite(p) => Arc::new(SqliteQueue::open(p)?),
            Database::Postgres(u) => Arc::new(PgQueue::open(u, pool)?),
        })
    }

    /// Writes the training export of this database to `out` (for
    /// `moderato train --include-decisions`); SQLite is opened read-only.
    pub fn export(&self, out: &mut dyn Write) -> Result<usize, QueueError> {
        match self {
            Database::Sqlite(p) => export_from_path(p, out),
            Database::Postgres(u) => {
                let settings = PoolSettings {
                    size: 1,
                    ..PoolSettings::default()
                };
                PgQueue::connect(u, &settings)?.export(out)
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod suite;
