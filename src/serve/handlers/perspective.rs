//! Perspective API compatibility: `POST /v1alpha1/comments:analyze` and
//! `POST /v1alpha1/comments:suggestscore`, in Perspective's request and
//! response JSON, so clients built for it (Coral's Perspective integration)
//! can point at moderato.
//!
//! Attributes: `TOXICITY` (label `toxic`) and `OFF_TOPIC` (label `offtopic`).
//! `spanScores` cover the words that drove each score (offsets in UTF-16 code
//! units, end exclusive); a span's score is the probability of its text alone.
//! `languages` is not trusted: the model is German, and the reply carries a
//! cheap stopword-based `detectedLanguages`. Analyze requests are never stored
//! (`doNotStore` is honoured trivially); suggestscore feedback is stored as
//! labels for retraining.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{blocking, check_text, ApiError, ApiJson, ScoringAuthorized};
use crate::serve::lang;
use crate::serve::queue::Feedback;
use crate::serve::state::AppState;

/// Perspective attribute names and the model labels behind them.
pub const ATTRIBUTES: &[(&str, &str)] = &[("TOXICITY", "toxic"), ("OFF_TOPIC", "offtopic")];

/// Longest comment Perspective accepts, in bytes.
const PERSPECTIVE_MAX_BYTES: usize = 20_480;

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
/// Perspective's `comment`.
pub struct Comment {
    /// `text` as in Perspective's API.
    pub text: String,
    #[serde(default, rename = "type")]
    /// `kind` as in Perspective's API.
    pub kind: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
/// Options of one requested attribute.
pub struct AttributeOptions {
    #[serde(default)]
    /// `score_type` as in Perspective's API.
    pub score_type: Option<String>,
    #[serde(default)]
    /// `score_threshold` as in Perspective's API.
    pub score_threshold: Option<f32>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
/// Perspective's `AnalyzeCommentRequest`.
pub struct AnalyzeRequest {
    /// `comment` as in Perspective's API.
    pub comment: Comment,
    #[serde(default)]
    /// `context` as in Perspective's API.
    pub context: Option<Value>,
    /// `requested_attributes` as in Perspective's API.
    pub requested_attributes: BTreeMap<String, Option<AttributeOptions>>,
    #[serde(default)]
    /// `languages` as in Perspective's API.
    pub languages: Option<Vec<String>>,
    #[serde(default)]
    /// `do_not_store` as in Perspective's API.
    pub do_not_store: Option<bool>,
    #[serde(default)]
    /// `client_token` as in Perspective's API.
    pub client_token: Option<String>,
    #[serde(default)]
    /// `session_id` as in Perspective's API.
    pub session_id: Option<String>,
    #[serde(default)]
    /// `community_id` as in Perspective's API.
    pub community_id: Option<String>,
    #[serde(default)]
    /// `span_annotations` as in Perspective's API.
    pub span_annotations: Option<bool>,
}

fn check_comment(state: &AppState, c: &Comment) -> Result<(), ApiError> {
    if let Some(k) = c.kind.as_deref() {
        if k != "PLAIN_TEXT" {
            return Err(ApiError::invalid(format!(
                "comment.type {k:?} is not supported; use PLAIN_TEXT"
            )));
        }
    }
    if c.text.trim().is_empty() {
        return Err(ApiError::invalid(
            "Comment text was too short: comment.text is empty",
        ));
    }
    if c.text.len() > PERSPECTIVE_MAX_BYTES {
        return Err(ApiError::invalid(format!(
            "Comment text too long: {} bytes, more than {PERSPECTIVE_MAX_BYTES}",
            c.text.len()
        )));
    }
    check_text(state, &c.text, "comment.text")
}

fn language_fields(text: &str, requested: Option<&[String]>) -> (Vec<String>, Vec<String>) {
    let detected: Vec<String> = lang::detect(text).map(str::to_string).into_iter().collect();
    let languages = if !detected.is_empty() {
        detected.clone()
    } else {
        match requested {
            Some(l) if !l.is_empty() => l.to_vec(),
            _ => vec!["de".to_string()],
        }
    };
    (languages, detected)
}

/// Handles `POST /v1alpha1/comments:analyze`.
pub async fn analyze(
    _: ScoringAuthorized,
    State(state): State<AppState>,
    ApiJson(req): ApiJson<AnalyzeRequest>,
) -> Result<Json<Value>, ApiError> {
    check_comment(&state, &req.comment)?;
    let model = state.model();
    if req.requested_attributes.is_empty() {
        return Err(ApiError::invalid(
            "requestedAttributes is empty: request at least one of TOXICITY, OFF_TOPIC",
        ));
    }
    let mut wanted = Vec::new();
    for (name, opts) in &req.requested_attributes {
        let label = ATTRIBUTES
            .iter()
            .find(|(a, _)| a == name)
            .map(|(_, l)| *l)
            .filter(|l| model.label_index(l).is_some())
            .ok_or_else(|| {
                ApiError::invalid(format!(
                    "Attribute {name} does not exist or is not supported by this model; supported: {}",
                    ATTRIBUTES
                        .iter()
                        .filter(|(_, l)| model.label_index(l).is_some())
                        .map(|(a, _)| *a)
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
        let opts = opts.as_ref();
        if let Some(t) = opts.and_then(|o| o.score_type.as_deref()) {
            if t != "PROBABILITY" {
                return Err(ApiError::invalid(format!(
                    "scoreType {t:?} of {name} is not supported; use PROBABILITY"
                )));
            }
        }
        let threshold = opts.and_then(|o| o.score_threshold);
        if let Some(t) = threshold {
            if !(0.0..=1.0).contains(&t) {
                return Err(ApiError::invalid(format!(
                    "scoreThreshold {t} of {name} is outside [0, 1]"
                )));
            }
        }
        wanted.push((name.clone(), label.to_string(), threshold));
    }
    let ctx = perspective_context(req.context.as_ref());
    let _unused = (req.do_not_store, &req.session_id, &req.community_id);
    let spans = req.span_annotations.unwrap_or(false);
    let text = req.comment.text;
    let (languages, detected) = language_fields(&text, req.languages.as_deref());
    let top = state.cfg.explain_top;
    let scores = blocking(move || {
        let a = model.analyse_in(&text, &ctx, top);
        let mut out = serde_json::Map::new();
        for (name, label, threshold) in wanted {
            let Some(l) = a.labels.iter().find(|l| l.label == label) else {
                continue;
            };
            let min = threshold.unwrap_or(0.0);
            if l.probability < min {
                continue;
            }
            let mut attr = json!({
                "summaryScore": { "value": l.probability, "type": "PROBABILITY" }
            });
            if spans {
                let idx = model.label_index(&label).unwrap_or(0);
                let pos: Vec<_> = l.spans.iter().filter(|s| s.weight > 0.0).collect();
                let texts: Vec<&str> = pos.iter().map(|s| s.text.as_str()).collect();
                let probs = model.classifier.score_batch(&texts);
                let span_scores: Vec<Value> = pos
                    .iter()
                    .zip(probs)
                    .map(|(s, p)| (s, p.get(idx).copied().unwrap_or(0.0)))
                    .filter(|(_, p)| *p >= min)
                    .map(|(s, p)| {
                        json!({
                            "begin": s.utf16_start,
                            "end": s.utf16_end,
                            "score": { "value": p, "type": "PROBABILITY" }
                        })
                    })
                    .collect();
                attr["spanScores"] = Value::Array(span_scores);
            }
            out.insert(name, attr);
        }
        out
    })
    .await?;
    let mut resp = json!({
        "attributeScores": scores,
        "languages": languages,
        "detectedLanguages": detected,
    });
    if let Some(t) = req.client_token {
        resp["clientToken"] = Value::String(t);
    }
    Ok(Json(resp))
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
/// A suggested summary score.
pub struct SummaryScore {
    /// `value` as in Perspective's API.
    pub value: f32,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
/// One suggested attribute.
pub struct SuggestedAttribute {
    /// `summary_score` as in Perspective's API.
    pub summary_score: SummaryScore,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
/// Perspective's `SuggestCommentScoreRequest`.
pub struct SuggestRequest {
    /// `comment` as in Perspective's API.
    pub comment: Comment,
    /// `attribute_scores` as in Perspective's API.
    pub attribute_scores: BTreeMap<String, SuggestedAttribute>,
    #[serde(default)]
    /// `context` as in Perspective's API.
    pub context: Option<Value>,
    #[serde(default)]
    /// `languages` as in Perspective's API.
    pub languages: Option<Vec<String>>,
    #[serde(default)]
    /// `community_id` as in Perspective's API.
    pub community_id: Option<String>,
    #[serde(default)]
    /// `client_token` as in Perspective's API.
    pub client_token: Option<String>,
}

/// Handles `POST /v1alpha1/comments:suggestscore`: a moderator's verdict
/// (summary score 0 = approved, 1 = rejected) stored as labels for retraining.
pub async fn suggest_score(
    _: ScoringAuthorized,
    State(state): State<AppState>,
    ApiJson(req): ApiJson<SuggestRequest>,
) -> Result<Json<Value>, ApiError> {
    check_comment(&state, &req.comment)?;
    if req.attribute_scores.is_empty() {
        return Err(ApiError::invalid("attributeScores is empty"));
    }
    let mut fb = Feedback {
        text: req.comment.text.clone(),
        toxic: None,
        offtopic: None,
        community_id: req.community_id.clone(),
        client_token: req.client_token.clone(),
    };
    for (name, a) in &req.attribute_scores {
        let v = a.summary_score.value;
        if !(0.0..=1.0).contains(&v) {
            return Err(ApiError::invalid(format!(
                "attributeScores.{name}.summaryScore.value {v} is outside [0, 1]"
            )));
        }
        match name.as_str() {
            "TOXICITY" => fb.toxic = Some(v >= 0.5),
            "OFF_TOPIC" => fb.offtopic = Some(v >= 0.5),
            _ => {
                return Err(ApiError::invalid(format!(
                    "Attribute {name} does not exist; supported: TOXICITY, OFF_TOPIC"
                )))
            }
        }
    }
    let _unused = (&req.context, &req.languages);
    let queue = state.queue.clone();
    blocking(move || queue.feedback(&fb)).await??;
    let (_, detected) = language_fields(&req.comment.text, req.languages.as_deref());
    let mut resp = json!({ "detectedLanguages": detected });
    if let Some(t) = req.client_token {
        resp["clientToken"] = Value::String(t);
    }
    Ok(Json(resp))
}

/// Perspective's `context`: `entries` (their texts, joined, are the article)
/// or `articleAndParentComment` (`article.text`, `parentComment.text`).
fn perspective_context(v: Option<&Value>) -> crate::context::Context {
    let text = |v: Option<&Value>| {
        v.and_then(|x| x.get("text"))
            .and_then(Value::as_str)
            .filter(|t| !t.trim().is_empty())
            .map(str::to_string)
    };
    let Some(v) = v else {
        return crate::context::Context::default();
    };
    if let Some(ap) = v.get("articleAndParentComment") {
        return crate::context::Context {
            article: text(ap.get("article")),
            parent: text(ap.get("parentComment")),
            thread: Vec::new(),
        };
    }
    let entries: Vec<String> = v
        .get("entries")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|e| text(Some(e))).collect())
        .unwrap_or_default();
    crate::context::Context {
        article: (!entries.is_empty()).then(|| entries.join("\n")),
        ..Default::default()
    }
}
