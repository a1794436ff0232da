//! The queue endpoints: ingest (`POST /v1/comments`), one comment
//! (`GET /v1/comments/{id}`), the review queue (`GET /v1/queue`), decisions
//! (`POST /v1/comments/{id}/decision`) and the CSV export
//! (`GET /v1/decisions/export`), and the model's own rejections
//! (`GET /v1/queue?view=auto-rejected`, `POST /v1/comments/{id}/restore`).
//! Ingest needs an ingest credential, the queue a moderator's, the export an
//! admin's.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{
    blocking, check_len, check_text, scoring, AdminAccess, ApiError, ApiJson, ApiQuery, Caller,
    IngestAccess, ModerateAccess, MAX_FIELD_CHARS,
};
use crate::context::Context;
use crate::serve::auth::{Role, MAX_NAME_CHARS};
use crate::serve::context::{resolve_all, siblings, ContextRequest};
use crate::serve::queue::{
    cursor_is_valid, NewComment, NewDecision, QueueQuery, StoredComment, View,
};
use crate::serve::state::{AppState, LoadedModel};

/// Longest accepted client id.
const MAX_ID_LEN: usize = 256;

/// Longest stored article text, in characters.
const MAX_ARTICLE_CHARS: usize = 200_000;

/// Longest moderator's reason, in characters.
const MAX_REASON_CHARS: usize = 2000;

/// The rules a moderator can say a rejected comment broke.
pub const RULES: &[&str] = &["toxic", "offtopic", "spam", "other"];

/// One comment to ingest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IngestItem {
    /// The client's id (ingest is idempotent by it).
    pub id: String,
    /// The comment.
    pub text: String,
    /// Article id.
    #[serde(default)]
    pub article_id: Option<String>,
    /// Article text.
    #[serde(default)]
    pub article_text: Option<String>,
    /// Parent comment id.
    #[serde(default)]
    pub parent_id: Option<String>,
    /// Parent comment text (context only, not stored; the stored parent is
    /// used when only `parent_id` is given).
    #[serde(default)]
    pub parent_text: Option<String>,
    /// Author.
    #[serde(default)]
    pub author: Option<String>,
    /// RFC 3339 creation time (default: now).
    #[serde(default)]
    pub created_at: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IngestBatch {
    comments: Vec<IngestItem>,
}

fn normalize_time(s: &str, what: &str) -> Result<String, ApiError> {
    chrono::DateTime::parse_from_rfc3339(s.trim())
        .map(|t| {
            t.with_timezone(&chrono::Utc)
                .to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
        })
        .map_err(|e| ApiError::invalid(format!("{what} {s:?} is not an RFC 3339 time: {e}")))
}

fn summary(c: &StoredComment, duplicate: bool) -> Value {
    json!({
        "id": c.id,
        "status": c.status,
        "routed": c.routed,
        "duplicate": duplicate,
        "probabilities": c.probabilities,
        "max_probability": c.max_probability,
        "flagged": c.flagged,
    })
}

/// The items of an ingest body (one, an array, or `{"comments": […]}`) and
/// whether it was a batch.
fn parse_items(body: Value) -> Result<(Vec<IngestItem>, bool), ApiError> {
    let is_batch = body.is_array() || body.get("comments").is_some();
    let items: Vec<IngestItem> = if body.is_array() {
        serde_json::from_value(body)
            .map_err(|e| ApiError::invalid(format!("invalid batch: {e}")))?
    } else if is_batch {
        let b: IngestBatch = serde_json::from_value(body)
            .map_err(|e| ApiError::invalid(format!("invalid batch: {e}")))?;
        b.comments
    } else {
        vec![serde_json::from_value(body)
            .map_err(|e| ApiError::invalid(format!("invalid comment: {e}")))?]
    };
    Ok((items, is_batch))
}

/// Checks every item (ids, lengths, times); returns them with their creation times.
fn check_items(
    state: &AppState,
    items: Vec<IngestItem>,
    is_batch: bool,
) -> Result<Vec<(IngestItem, String)>, ApiError> {
    if items.is_empty() {
        return Err(ApiError::invalid("comments is empty"));
    }
    if items.len() > state.cfg.max_batch {
        return Err(ApiError::invalid(format!(
            "batch of {} comments is larger than the limit of {}",
            items.len(),
            state.cfg.max_batch
        )));
    }
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let mut seen = std::collections::HashSet::new();
    let mut checked = Vec::with_capacity(items.len());
    for (i, it) in items.into_iter().enumerate() {
        let at = |f: &str| {
            if is_batch {
                format!("comments[{i}].{f}")
            } else {
                f.to_string()
            }
        };
        if it.id.trim().is_empty() || it.id.len() > MAX_ID_LEN {
            return Err(ApiError::invalid(format!(
                "{} must be 1 to {MAX_ID_LEN} bytes, got {:?}",
                at("id"),
                it.id
            )));
        }
        if !seen.insert(it.id.clone()) {
            return Err(ApiError::invalid(format!(
                "{} {:?} appears twice in the batch",
                at("id"),
                it.id
            )));
        }
        check_text(state, &it.text, &at("text"))?;
        check_len(&at("article_id"), it.article_id.as_deref(), MAX_FIELD_CHARS)?;
        check_len(&at("parent_id"), it.parent_id.as_deref(), MAX_FIELD_CHARS)?;
        check_len(&at("author"), it.author.as_deref(), MAX_FIELD_CHARS)?;
        let article_max = MAX_ARTICLE_CHARS;
        check_len(&at("article_text"), it.article_text.as_deref(), article_max)?;
        let created_at = match &it.created_at {
            Some(s) => normalize_time(s, &at("created_at"))?,
            None => now.clone(),
        };
        checked.push((it, created_at));
    }
    Ok(checked)
}

/// The context of each checked item: from the queue as it was before this
/// request, plus the other comments of the request under the same article.
async fn ingest_contexts(
    state: &AppState,
    checked: &[(IngestItem, String)],
) -> Result<Vec<Context>, ApiError> {
    let requests: Vec<ContextRequest> = checked
        .iter()
        .enumerate()
        .map(|(i, (it, _))| ContextRequest {
            id: Some(it.id.clone()),
            article_id: it.article_id.clone(),
            article_text: it.article_text.clone(),
            parent_id: it.parent_id.clone(),
            parent_text: it.parent_text.clone(),
            siblings: siblings(checked, i, |(o, _)| {
                (o.article_id.as_deref(), o.text.as_str())
            }),
        })
        .collect();
    let queue = state.queue.clone();
    Ok(blocking(move || resolve_all(queue.as_ref(), &requests)).await??)
}

/// Scores (in its context) and routes one checked item.
fn score_item(
    model: &LoadedModel,
    ctx: &Context,
    top: usize,
    max: usize,
    it: IngestItem,
    created_at: String,
) -> NewComment {
    let a = model.analyse_in_bounded(&it.text, ctx, top, Some(max));
    let mut spans: serde_json::Map<String, Value> = a
        .labels
        .iter()
        .map(|l| (l.label.clone(), json!(l.spans)))
        .collect();
    if !a.policy.is_empty() {
        spans.insert("policy".into(), json!(a.policy));
    }
    NewComment {
        id: it.id,
        text: it.text,
        article_id: it.article_id,
        article_text: it.article_text,
        parent_id: it.parent_id,
        author: it.author,
        created_at,
        scores: a
            .labels
            .iter()
            .map(|l| (l.label.clone(), l.probability))
            .collect(),
        flagged: a
            .labels
            .iter()
            .filter(|l| l.flagged)
            .map(|l| l.label.clone())
            .collect(),
        routed: a.decision.as_str().to_string(),
        spans: Value::Object(spans),
    }
}

/// Handles `POST /v1/comments`: one comment, a JSON array of them or `{"comments": […]}`; each is
/// scored (within the scoring budget), routed by the thresholds and stored
/// (durably) before the answer. 201 when something new was stored, 200 when
/// every id was known with the same text, 409 when a known id came with
/// another text (nothing of the batch is stored then).
pub async fn ingest(
    _: Caller<IngestAccess>,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<Value>,
) -> Result<Response, ApiError> {
    let (items, is_batch) = parse_items(body)?;
    let checked = check_items(&state, items, is_batch)?;
    let model = state.model();
    let contexts = ingest_contexts(&state, &checked).await?;
    let (top, max) = (state.cfg.explain_top, state.cfg.explain_max_chars);
    let new: Vec<NewComment> = scoring(&state, move || {
        checked
            .into_iter()
            .zip(&contexts)
            .map(|((it, created_at), ctx)| score_item(&model, ctx, top, max, it, created_at))
            .collect()
    })
    .await?;
    let queue = state.queue.clone();
    let results = blocking(move || queue.ingest(&new)).await??;
    let created = results.iter().any(|(_, dup)| !dup);
    let status = if created {
        StatusCode::CREATED
    } else {
        StatusCode::OK
    };
    let body = if is_batch {
        json!({ "results": results.iter().map(|(c, d)| summary(c, *d)).collect::<Vec<_>>() })
    } else {
        summary(&results[0].0, results[0].1)
    };
    Ok((status, Json(body)).into_response())
}

/// Handles `GET /v1/comments/{id}`.
pub async fn get_comment(
    _: Caller<ModerateAccess>,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<StoredComment>, ApiError> {
    let queue = state.queue.clone();
    Ok(Json(blocking(move || queue.get(&id)).await??))
}

/// Handles `GET /v1/comments/{id}/thread`: ancestors, the comment, replies.
pub async fn thread(
    _: Caller<ModerateAccess>,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Value>, ApiError> {
    let queue = state.queue.clone();
    let items = blocking(move || queue.thread(&id)).await??;
    Ok(Json(json!({ "items": items })))
}

/// Query parameters of `GET /v1/queue`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueueParams {
    /// Page size (1 to 500, default 50).
    #[serde(default)]
    pub limit: Option<usize>,
    /// From the previous page's `next_cursor`.
    #[serde(default)]
    pub cursor: Option<String>,
    /// Or skip this many.
    #[serde(default)]
    pub offset: Option<usize>,
    /// Only comments flagged for this label.
    #[serde(default)]
    pub label: Option<String>,
    /// Only comments on this article.
    #[serde(default)]
    pub article_id: Option<String>,
    /// `pending` (default) or `auto-rejected`: what the model rejected on
    /// its own and nobody has looked at.
    #[serde(default)]
    pub view: Option<String>,
}

/// Handles `GET /v1/queue`: pending comments, highest max probability first,
/// oldest first on ties.
pub async fn list(
    _: Caller<ModerateAccess>,
    State(state): State<AppState>,
    ApiQuery(p): ApiQuery<QueueParams>,
) -> Result<Json<Value>, ApiError> {
    let limit = p.limit.unwrap_or(50);
    if !(1..=500).contains(&limit) {
        return Err(ApiError::invalid(format!(
            "limit {limit} is outside 1..=500"
        )));
    }
    if let Some(c) = &p.cursor {
        if !cursor_is_valid(c) {
            return Err(ApiError::invalid(format!("cursor {c:?} is not valid")));
        }
    }
    if p.cursor.is_some() && p.offset.is_some() {
        return Err(ApiError::invalid("give either cursor or offset, not both"));
    }
    if let Some(l) = &p.label {
        let model = state.model();
        if model.label_index(l).is_none() {
            return Err(ApiError::invalid(format!(
                "label {l:?} is not one of {}",
                model.labels.join(", ")
            )));
        }
    }
    let view = match p.view.as_deref() {
        None | Some("pending") => View::Pending,
        Some("auto-rejected") => View::AutoRejected,
        Some(v) => {
            return Err(ApiError::invalid(format!(
                "view {v:?} is not one of pending, auto-rejected"
            )))
        }
    };
    let q = QueueQuery {
        view,
        limit,
        cursor: p.cursor,
        offset: p.offset,
        label: p.label,
        article_id: p.article_id,
    };
    let queue = state.queue.clone();
    let page = blocking(move || queue.list(&q)).await??;
    Ok(Json(
        serde_json::to_value(page).map_err(ApiError::internal)?,
    ))
}

/// Body of `POST /v1/comments/{id}/decision`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DecisionBody {
    /// `approve` or `reject`.
    pub decision: String,
    /// On reject, the rules broken ([`RULES`]); an approval takes none (it
    /// says the comment broke no rule, whatever the model flagged).
    #[serde(default)]
    pub labels: Vec<String>,
    /// Who decides: ignored for moderator credentials (their own name is
    /// recorded); an admin may name the moderator it acts for.
    #[serde(default)]
    pub moderator: Option<String>,
    /// Why.
    #[serde(default)]
    pub reason: Option<String>,
}

/// Body of `POST /v1/comments/{id}/restore`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestoreBody {
    /// Who restores (as in [`DecisionBody::moderator`]).
    #[serde(default)]
    pub moderator: Option<String>,
    /// Why.
    #[serde(default)]
    pub reason: Option<String>,
}

/// Who a decision is recorded under, and whether that is authenticated: a
/// moderator credential's own name; an admin's or, when no credentials are
/// configured, an unauthenticated caller's choice of name.
fn decider(
    caller: &Caller<ModerateAccess>,
    named: Option<String>,
) -> Result<(String, bool), ApiError> {
    check_len("moderator", named.as_deref(), MAX_NAME_CHARS)?;
    let named = named.filter(|m| !m.trim().is_empty());
    match &caller.principal {
        Some(p) if p.role == Role::Moderator => Ok((p.name.clone(), true)),
        Some(p) => Ok((named.unwrap_or_else(|| p.name.clone()), true)),
        None => named
            .map(|m| (m, false))
            .ok_or_else(|| ApiError::invalid("moderator is empty")),
    }
}

fn check_labels(approve: bool, labels: &[String]) -> Result<(), ApiError> {
    if approve && !labels.is_empty() {
        return Err(ApiError::invalid(
            "an approval takes no labels: it says the comment broke no rule",
        ));
    }
    for l in labels {
        if !RULES.contains(&l.as_str()) {
            return Err(ApiError::invalid(format!(
                "label {l:?} is not one of {}",
                RULES.join(", ")
            )));
        }
    }
    Ok(())
}

/// Handles `POST /v1/comments/{id}/decision`: the first decision wins, a
/// later one gets 409 naming the decision that stands. The stored labels are
/// the moderator's, never the model's.
pub async fn decide(
    caller: Caller<ModerateAccess>,
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(b): ApiJson<DecisionBody>,
) -> Result<Json<Value>, ApiError> {
    let approve = match b.decision.as_str() {
        "approve" => true,
        "reject" => false,
        d => {
            return Err(ApiError::invalid(format!(
                "decision {d:?} must be \"approve\" or \"reject\""
            )))
        }
    };
    check_labels(approve, &b.labels)?;
    check_len("reason", b.reason.as_deref(), MAX_REASON_CHARS)?;
    let (moderator, authenticated) = decider(&caller, b.moderator)?;
    let d = NewDecision {
        approve,
        labels: b.labels,
        moderator,
        reason: b.reason,
        authenticated,
        restore: false,
    };
    let queue = state.queue.clone();
    let stored = blocking(move || queue.decide(&id, &d)).await??;
    Ok(Json(
        serde_json::to_value(stored).map_err(ApiError::internal)?,
    ))
}

/// Handles `POST /v1/comments/{id}/restore`: publishes a comment the model
/// rejected on its own; audited as a restore and exported as a moderator's
/// label that the comment broke no rule. 409 for any other comment.
pub async fn restore(
    caller: Caller<ModerateAccess>,
    State(state): State<AppState>,
    Path(id): Path<String>,
    body: axum::body::Bytes,
) -> Result<Json<Value>, ApiError> {
    let b: RestoreBody = if body.iter().all(u8::is_ascii_whitespace) {
        RestoreBody::default()
    } else {
        super::parse_json(&body)?
    };
    check_len("reason", b.reason.as_deref(), MAX_REASON_CHARS)?;
    let (moderator, authenticated) = decider(&caller, b.moderator)?;
    let d = NewDecision {
        approve: true,
        labels: Vec::new(),
        moderator,
        reason: b.reason,
        authenticated,
        restore: true,
    };
    let queue = state.queue.clone();
    let stored = blocking(move || queue.decide(&id, &d)).await??;
    Ok(Json(
        serde_json::to_value(stored).map_err(ApiError::internal)?,
    ))
}

/// A `Write` that sends 64 KiB chunks into a channel (for a streamed body).
struct ChannelWriter {
    buf: Vec<u8>,
    tx: tokio::sync::mpsc::Sender<Result<Vec<u8>, std::io::Error>>,
}

impl std::io::Write for ChannelWriter {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.buf.extend_from_slice(b);
        if self.buf.len() >= 64 * 1024 {
            self.flush()?;
        }
        Ok(b.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.buf.is_empty() {
            let chunk = std::mem::take(&mut self.buf);
            self.tx.blocking_send(Ok(chunk)).map_err(|_| {
                std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client went away")
            })?;
        }
        Ok(())
    }
}

/// Handles `GET /v1/decisions/export`: the training labels (authenticated
/// decisions and Perspective feedback) streamed as CSV
/// `id,text,toxic,offtopic,decision,moderator,decided_at,origin`. The status
/// waits for the first chunk (64 KiB, or all of a smaller export), so a
/// database that cannot be read is a 503/500, not a 200 with a cut body.
pub async fn export(_: Caller<AdminAccess>, State(state): State<AppState>) -> Response {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    let queue = state.queue.clone();
    tokio::task::spawn_blocking(move || {
        let mut w = ChannelWriter {
            buf: Vec::new(),
            tx: tx.clone(),
        };
        if let Err(e) = queue.export(&mut w) {
            tracing::error!("decision export failed: {e}");
            let _ = tx.blocking_send(Err(std::io::Error::other(e)));
        }
    });
    let mut rx = rx;
    let first = match rx.recv().await {
        Some(Err(e)) => {
            return match e
                .into_inner()
                .map(|b| b.downcast::<crate::serve::QueueError>())
            {
                Some(Ok(q)) => ApiError::from(*q).into_response(),
                _ => ApiError::internal("decision export failed").into_response(),
            }
        }
        first => first,
    };
    let stream = ReceiverStream { first, rx };
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"decisions.csv\"",
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response()
}

/// The receiving end of the export channel as a `Stream` for
/// `Body::from_stream`, after the chunk already received.
struct ReceiverStream {
    first: Option<Result<Vec<u8>, std::io::Error>>,
    rx: tokio::sync::mpsc::Receiver<Result<Vec<u8>, std::io::Error>>,
}

impl futures_core::Stream for ReceiverStream {
    type Item = Result<Vec<u8>, std::io::Error>;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        if let Some(first) = self.first.take() {
            return std::task::Poll::Ready(Some(first));
        }
        self.rx.poll_recv(cx)
    }
}
