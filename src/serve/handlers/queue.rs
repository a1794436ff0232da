//! The queue endpoints: ingest (`POST /v1/comments`), one comment
//! (`GET /v1/comments/{id}`), the review queue (`GET /v1/queue`), decisions
//! (`POST /v1/comments/{id}/decision`) and the CSV export
//! (`GET /v1/decisions/export`). All need the API token.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{blocking, check_text, ApiError, ApiJson, ApiQuery, Authorized};
use crate::serve::context::{resolve, ContextRequest};
use crate::serve::queue::{cursor_is_valid, NewComment, NewDecision, QueueQuery, StoredComment};
use crate::serve::state::AppState;

/// Longest accepted client id.
const MAX_ID_LEN: usize = 256;

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

/// Handles `POST /v1/comments`: one comment, a JSON array of them or `{"comments": […]}`; each is
/// scored, routed by the thresholds and stored (durably) before the answer.
/// 201 when something new was stored, 200 when every id was known.
pub async fn ingest(
    _: Authorized,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<Value>,
) -> Result<Response, ApiError> {
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
        check_text(&state, &it.text, &at("text"))?;
        let created_at = match &it.created_at {
            Some(s) => normalize_time(s, &at("created_at"))?,
            None => now.clone(),
        };
        checked.push((it, created_at));
    }
    let model = state.model();
    let top = state.cfg.explain_top;
    let queue = state.queue.clone();
    let results = blocking(move || {
        // Context comes from the queue as it was before this request, plus
        // the other comments of the request under the same article.
        let contexts = checked
            .iter()
            .enumerate()
            .map(|(i, (it, _))| {
                let r = ContextRequest {
                    id: Some(it.id.clone()),
                    article_id: it.article_id.clone(),
                    article_text: it.article_text.clone(),
                    parent_id: it.parent_id.clone(),
                    parent_text: it.parent_text.clone(),
                    siblings: checked
                        .iter()
                        .enumerate()
                        .filter(|&(j, (o, _))| {
                            j != i && o.article_id.is_some() && o.article_id == it.article_id
                        })
                        .map(|(_, (o, _))| o.text.clone())
                        .collect(),
                };
                resolve(queue.as_ref(), &r)
            })
            .collect::<Result<Vec<_>, _>>()?;
        let new: Vec<NewComment> = checked
            .into_iter()
            .zip(&contexts)
            .map(|((it, created_at), ctx)| {
                let a = model.analyse_in(&it.text, ctx, top);
                let spans: serde_json::Map<String, Value> = a
                    .labels
                    .iter()
                    .map(|l| (l.label.clone(), json!(l.spans)))
                    .collect();
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
            })
            .collect();
        queue.ingest(&new)
    })
    .await??;
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
    _: Authorized,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<StoredComment>, ApiError> {
    let queue = state.queue.clone();
    Ok(Json(blocking(move || queue.get(&id)).await??))
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
}

/// Handles `GET /v1/queue`: pending comments, highest max probability first,
/// oldest first on ties.
pub async fn list(
    _: Authorized,
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
    let q = QueueQuery {
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
    /// Labels (`toxic`, `offtopic`).
    #[serde(default)]
    pub labels: Vec<String>,
    /// Who decides.
    pub moderator: String,
    /// Why.
    #[serde(default)]
    pub reason: Option<String>,
}

/// Handles `POST /v1/comments/{id}/decision`: the first decision wins, a
/// later one gets 409 naming the decision that stands.
pub async fn decide(
    _: Authorized,
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
    if b.moderator.trim().is_empty() {
        return Err(ApiError::invalid("moderator is empty"));
    }
    let model = state.model();
    for l in &b.labels {
        if model.label_index(l).is_none() && l != "toxic" && l != "offtopic" {
            return Err(ApiError::invalid(format!(
                "label {l:?} is not one of toxic, offtopic"
            )));
        }
    }
    let d = NewDecision {
        approve,
        labels: b.labels,
        moderator: b.moderator,
        reason: b.reason,
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

/// Handles `GET /v1/decisions/export`: decisions (and Perspective feedback)
/// streamed as CSV `id,text,toxic,offtopic,decision,moderator,decided_at`.
pub async fn export(_: Authorized, State(state): State<AppState>) -> Response {
    let (tx, rx) = tokio::sync::mpsc::channel(4);
    let queue = state.queue.clone();
    tokio::task::spawn_blocking(move || {
        let mut w = ChannelWriter {
            buf: Vec::new(),
            tx: tx.clone(),
        };
        if let Err(e) = queue.export(&mut w) {
            tracing::error!("decision export failed: {e}");
            let _ = tx.blocking_send(Err(std::io::Error::other(e.to_string())));
        }
    });
    let stream = ReceiverStream(rx);
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

/// The receiving end of the export channel as a `Stream` for `Body::from_stream`.
struct ReceiverStream(tokio::sync::mpsc::Receiver<Result<Vec<u8>, std::io::Error>>);

impl futures_core::Stream for ReceiverStream {
    type Item = Result<Vec<u8>, std::io::Error>;

    fn poll_next(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Self::Item>> {
        self.0.poll_recv(cx)
    }
}
