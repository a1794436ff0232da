//! `POST /v1/score`: probabilities, decision and driving spans of one comment
//! (`{"text": …}`) or a batch (`{"comments": [{"text": …}, …]}`). Nothing is stored.
//!
//! Off-topic is scored in context when there is any: `article_text` (or the
//! article stored for `article_id`), `parent_text` (or the stored `parent_id`),
//! the comments stored under the article and the other comments of the batch
//! with the same article. `offtopic_context` says which was used. Spans come
//! with the scores unless the request says `"explain": false`, and only for
//! texts up to `explain_max_chars`; the work runs within the per-request
//! scoring budget.

use axum::extract::State;
use axum::Json;
use serde::{Deserialize, Serialize};

use super::{blocking, check_text, scoring, ApiError, ApiJson, Caller, ScoreAccess};
use crate::context::Context;
use crate::serve::context::{request_only, resolve_all, siblings, ContextRequest};
use crate::serve::state::{Analysis, AppState};
use crate::serve::QueueError;

/// One comment to score.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoreItem {
    /// The comment.
    pub text: String,
    /// Optional client id, echoed.
    #[serde(default)]
    pub id: Option<String>,
    /// Article id (context).
    #[serde(default)]
    pub article_id: Option<String>,
    /// Article text (context).
    #[serde(default)]
    pub article_text: Option<String>,
    /// Parent comment text (context).
    #[serde(default)]
    pub parent_text: Option<String>,
    /// Parent comment id (context).
    #[serde(default)]
    pub parent_id: Option<String>,
    /// Whether to compute spans (default true; a batch sets it for all).
    #[serde(default)]
    pub explain: Option<bool>,
}

/// A batch.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Batch {
    comments: Vec<ScoreItem>,
    #[serde(default)]
    article_id: Option<String>,
    #[serde(default)]
    article_text: Option<String>,
    #[serde(default)]
    explain: Option<bool>,
}

/// The score of one comment.
#[derive(Debug, Serialize)]
pub struct ScoreResult {
    /// The client's id, if given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Probability per label.
    pub probabilities: std::collections::BTreeMap<String, f32>,
    /// Decision, labels and spans.
    #[serde(flatten)]
    pub analysis: Analysis,
    /// Model generation that scored it.
    pub model_generation: u64,
}

/// Handles `POST /v1/score`.
pub async fn score(
    _: Caller<ScoreAccess>,
    State(state): State<AppState>,
    ApiJson(body): ApiJson<serde_json::Value>,
) -> Result<Json<serde_json::Value>, ApiError> {
    let is_batch = body.get("comments").is_some();
    let explain;
    let items: Vec<ScoreItem> = if is_batch {
        let b: Batch = serde_json::from_value(body)
            .map_err(|e| ApiError::invalid(format!("invalid batch: {e}")))?;
        if b.comments.len() > state.cfg.max_batch {
            return Err(ApiError::invalid(format!(
                "batch of {} comments is larger than the limit of {}",
                b.comments.len(),
                state.cfg.max_batch
            )));
        }
        explain = b.explain.unwrap_or(true);
        let mut comments = b.comments;
        for c in &mut comments {
            if c.article_id.is_none() {
                c.article_id.clone_from(&b.article_id);
            }
            if c.article_text.is_none() {
                c.article_text.clone_from(&b.article_text);
            }
        }
        comments
    } else {
        let it: ScoreItem = serde_json::from_value(body)
            .map_err(|e| ApiError::invalid(format!("invalid request: {e}")))?;
        explain = it.explain.unwrap_or(true);
        vec![it]
    };
    for (i, it) in items.iter().enumerate() {
        let what = if is_batch {
            format!("comments[{i}].text")
        } else {
            "text".to_string()
        };
        check_text(&state, &it.text, &what)?;
    }
    let model = state.model();
    let top = state.cfg.explain_top;
    let max_explain = explain.then_some(state.cfg.explain_max_chars);
    let contexts = score_contexts(&state, &items).await?;
    let results = scoring(&state, move || {
        items
            .into_iter()
            .zip(&contexts)
            .map(|(it, ctx)| {
                let analysis = model.analyse_in_bounded(&it.text, ctx, top, max_explain);
                ScoreResult {
                    id: it.id,
                    probabilities: analysis
                        .labels
                        .iter()
                        .map(|l| (l.label.clone(), l.probability))
                        .collect(),
                    analysis,
                    model_generation: model.generation,
                }
            })
            .collect::<Vec<_>>()
    })
    .await?;
    let v = if is_batch {
        serde_json::json!({ "results": results })
    } else {
        serde_json::to_value(&results[0]).map_err(ApiError::internal)?
    };
    Ok(Json(v))
}

/// The context of each comment: what the request says, the article and
/// parent stored under their ids, and the other comments of the batch with
/// the same article.
async fn score_contexts(state: &AppState, items: &[ScoreItem]) -> Result<Vec<Context>, ApiError> {
    let requests: Vec<ContextRequest> = items
        .iter()
        .enumerate()
        .map(|(i, it)| ContextRequest {
            id: it.id.clone(),
            article_id: it.article_id.clone(),
            article_text: it.article_text.clone(),
            parent_id: it.parent_id.clone(),
            parent_text: it.parent_text.clone(),
            siblings: siblings(items, i, |o| (o.article_id.as_deref(), o.text.as_str())),
        })
        .collect();
    let queue = state.queue.clone();
    blocking(move || match resolve_all(queue.as_ref(), &requests) {
        // Scoring keeps working while the database is away, on the context sent.
        Err(QueueError::Unavailable(e)) => {
            tracing::warn!("database unavailable, scoring without stored context: {e}");
            Ok(requests.iter().map(request_only).collect())
        }
        r => r,
    })
    .await?
    .map_err(ApiError::from)
}
