//! The SQLite queue, the embedded default.
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

use super::{
    comment_from_row, decode_cursor, encode_cursor, now, refuse_restore, write_feedback_row,
    write_row, ArticleContext, AuditEntry, CommentRow, DecisionRecord, Feedback, NewComment,
    NewDecision, Prepared, QueueError, QueuePage, QueueQuery, QueueStore, Row, Status,
    StoredComment, StoredDecision, COMMENT_COLS, EXPORT_HEADER, MAX_THREAD_DEPTH,
    MAX_THREAD_REPLIES,
};

/// Embedded migrations, applied in order; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/sqlite/0001_init.sql"),
    include_str!("../migrations/sqlite/0002_label_origin.sql"),
    include_str!("../migrations/sqlite/0003_articles.sql"),
];

/// The SQLite queue.
pub struct SqliteQueue {
    path: PathBuf,
    write: Mutex<Connection>,
    read: Mutex<Connection>,
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
                db: path.display().to_string(),
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

impl CommentRow for rusqlite::Row<'_> {
    type Error = rusqlite::Error;
    fn text(&self, i: usize) -> rusqlite::Result<String> {
        self.get(i)
    }
    fn optional_text(&self, i: usize) -> rusqlite::Result<Option<String>> {
        self.get(i)
    }
    fn real(&self, i: usize) -> rusqlite::Result<f64> {
        self.get(i)
    }
    fn flag(&self, i: usize) -> rusqlite::Result<bool> {
        Ok(self.get::<_, i64>(i)? != 0)
    }
}

fn row_to_comment(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredComment> {
    comment_from_row(r)
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
        let (text, client, at): (String, String, String) = (r.get(1)?, r.get(4)?, r.get(5)?);
        write_feedback_row(out, r.get(0)?, &text, (r.get(2)?, r.get(3)?), &client, &at)?;
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
        // IMMEDIATE: take the write lock (waiting up to the busy timeout)
        // before reading, so another process on the same file cannot slip
        // in between the read and the write (which SQLite answers with BUSY at once).
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
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
                let p = Prepared::of(c);
                let changed = insert.execute(params![
                    c.id,
                    c.text,
                    c.article_id,
                    own_article_text,
                    c.parent_id,
                    c.author,
                    c.created_at,
                    at,
                    p.scores,
                    p.max,
                    p.flagged,
                    c.routed,
                    p.status.as_str(),
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
                        stored: super::text_hash(&stored.text),
                        sent: super::text_hash(&c.text),
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
        // IMMEDIATE: take the write lock (waiting up to the busy timeout)
        // before reading, so another process on the same file cannot slip
        // in between the read and the write (which SQLite answers with BUSY at once).
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let at = now();
        let rec = DecisionRecord::of(d);
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
        if let Some(e) = d
            .restore
            .then(|| refuse_restore(id, decided != 0, &status))
            .flatten()
        {
            return Err(e);
        }
        let (toxic, offtopic) = super::label_bits(d.approve, &d.labels);
        let inserted = tx.execute(
            "INSERT INTO decisions (comment_id, decision, toxic, offtopic, labels, moderator, reason, decided_at, origin) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (comment_id) DO NOTHING",
            params![id, rec.decision, toxic, offtopic, d.labels.join(","), d.moderator, d.reason, at, rec.origin],
        )?;
        if inserted == 0 {
            return Err(refuse_second_decision(tx, id, &d.moderator, &at));
        }
        tx.execute(
            "UPDATE comments SET status = ?1, decided = 1 WHERE id = ?2",
            params![rec.status.as_str(), id],
        )?;
        tx.execute(
            "INSERT INTO audit (at, actor, action, comment_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![at, d.moderator, rec.action, id, rec.detail],
        )?;
        tx.commit()?;
        Ok(rec.stored(id, d, at))
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

    fn audit_for(&self, comment_id: &str) -> Result<Vec<AuditEntry>, QueueError> {
        let conn = self.reader();
        let mut st = conn.prepare_cached(
            "SELECT at, actor, action, detail FROM audit WHERE comment_id = ?1 ORDER BY seq",
        )?;
        let rows = st.query_map([comment_id], |r| {
            Ok(AuditEntry {
                at: r.get(0)?,
                actor: r.get(1)?,
                action: r.get(2)?,
                detail: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn backend(&self) -> &'static str {
        "sqlite"
    }
}

#[cfg(test)]
mod tests {
    use super::super::suite::{comment, Fixture};
    use super::*;

    fn open() -> Option<Fixture> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("q.sqlite");
        // Two handles on one file stand for two instances.
        let a = std::sync::Arc::new(SqliteQueue::open(&path).unwrap());
        let b = std::sync::Arc::new(SqliteQueue::open(&path).unwrap());
        Some(Fixture::new(a, b, dir))
    }

    crate::queue_suite!(open);

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
    fn corrupt_file_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("bad.sqlite");
        std::fs::write(&p, vec![0x42u8; 8192]).unwrap();
        let e = SqliteQueue::open(&p).err().unwrap();
        assert!(matches!(e, QueueError::Corrupt { .. }), "{e}");
    }
}
