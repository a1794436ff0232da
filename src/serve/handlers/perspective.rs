//! Perspective API compatibility: `POST /v1alpha1/comments:analyze` and
//! `POST /v1alpha1/comments:suggestscore`, in Perspective's request and
//! response JSON, so clients built for it (Coral's Perspective integration)
//! can point at moderato.
//!
//! Attributes: `TOXICITY` (label `toxic`) and `OFF_TOPIC` (label `offtopic`).
//! `spanScores` cover the words that drove each score (offsets in UTF-16 code
//! units, end exclusive); a span's score is the probability of its text alone.
//! `languages` echoes the request; the model is German, and the reply's
//! `detectedLanguages` says what the text looks like
//! ([`crate::language::detect`]). Spans are computed only with
//! `spanAnnotations`, come in text order and only where a word carries
//! weight. Policy matches count towards `TOXICITY` (see
//! `crate::policy::match_score`): a reject rule's span scores 1.0, a review
//! rule's the review threshold, and the summary score is raised to at least
//! the highest of them. Analyze requests are never stored (`doNotStore` is
//! honoured trivially); suggestscore feedback needs a credential and is stored as
//! labels for retraining.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::{
    blocking, check_len, check_text, scoring, ApiError, ApiJson, Caller, FeedbackAccess,
    ScoreAccess, MAX_FIELD_CHARS,
};
use crate::serve::queue::Feedback;
use crate::serve::state::{utf16_offset, AppState, LabelResult, LoadedModel};

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
    if crate::text::is_blank(&c.text) {
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

/// `languages` echoes the request (German when it names none);
/// `detectedLanguages` says what the text looks like.
fn language_fields(text: &str, requested: Option<&[String]>) -> (Vec<String>, Vec<String>) {
    let detected = vec![crate::language::detect(text).to_string()];
    let languages = match requested {
        Some(l) if !l.is_empty() => l.to_vec(),
        _ => vec!["de".to_string()],
    };
    (languages, detected)
}

/// A requested attribute: its name, the model label behind it, and the
/// client's score threshold.
struct Wanted {
    name: String,
    label: String,
    threshold: Option<f32>,
}

fn supported(model: &LoadedModel) -> String {
    ATTRIBUTES
        .iter()
        .filter(|(_, l)| model.label_index(l).is_some())
        .map(|(a, _)| *a)
        .collect::<Vec<_>>()
        .join(", ")
}

fn wanted_attributes(
    model: &LoadedModel,
    requested: &BTreeMap<String, Option<AttributeOptions>>,
) -> Result<Vec<Wanted>, ApiError> {
    if requested.is_empty() {
        return Err(ApiError::invalid(
            "requestedAttributes is empty: request at least one of TOXICITY, OFF_TOPIC",
        ));
    }
    let mut wanted = Vec::new();
    for (name, opts) in requested {
        let label = ATTRIBUTES
            .iter()
            .find(|(a, _)| a == name)
            .map(|(_, l)| *l)
            .filter(|l| model.label_index(l).is_some())
            .ok_or_else(|| {
                ApiError::invalid(format!(
                    "Attribute {name} does not exist or is not supported by this model; supported: {}",
                    supported(model)
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
        wanted.push(Wanted {
            name: name.clone(),
            label: label.to_string(),
            threshold,
        });
    }
    Ok(wanted)
}

/// Smallest logit contribution for a span to be reported: below it a word
/// barely moved the score and highlighting it would only add noise.
pub const MIN_SPAN_WEIGHT: f32 = 0.05;

/// `spanScores` of one label: the words that pushed it up noticeably, in
/// text order, each scored as the probability of its text alone; policy
/// matches (TOXICITY only) as their [`crate::policy::match_score`].
fn span_scores(
    model: &LoadedModel,
    text: &str,
    l: &LabelResult,
    policy: &[crate::policy::PolicyMatch],
    min: f32,
) -> Vec<Value> {
    let idx = model.label_index(&l.label).unwrap_or(0);
    let pos: Vec<_> = l
        .spans
        .iter()
        .filter(|s| s.weight >= MIN_SPAN_WEIGHT)
        .collect();
    let texts: Vec<&str> = pos.iter().map(|s| s.text.as_str()).collect();
    let probs = model.classifier.score_batch(&texts);
    let policy_spans = policy.iter().map(|m| {
        let p = crate::policy::match_score(m, l.review_threshold);
        ((utf16_offset(text, m.start), utf16_offset(text, m.end)), p)
    });
    let mut scored: Vec<((usize, usize), f32)> = pos
        .iter()
        .zip(probs)
        .map(|(s, p)| {
            (
                (s.utf16_start, s.utf16_end),
                p.get(idx).copied().unwrap_or(0.0),
            )
        })
        .chain(policy_spans)
        .filter(|(_, p)| *p >= min)
        .collect();
    scored.sort_by_key(|(r, _)| *r);
    scored
        .into_iter()
        .map(|((begin, end), p)| {
            json!({
                "begin": begin,
                "end": end,
                "score": { "value": p, "type": "PROBABILITY" }
            })
        })
        .collect()
}

/// Handles `POST /v1alpha1/comments:analyze`.
pub async fn analyze(
    _: Caller<ScoreAccess>,
    State(state): State<AppState>,
    ApiJson(req): ApiJson<AnalyzeRequest>,
) -> Result<Json<Value>, ApiError> {
    check_comment(&state, &req.comment)?;
    let model = state.model();
    let wanted = wanted_attributes(&model, &req.requested_attributes)?;
    let ctx = perspective_context(req.context.as_ref());
    let _unused = (req.do_not_store, &req.session_id, &req.community_id);
    let spans = req.span_annotations.unwrap_or(false);
    let text = req.comment.text;
    let (languages, detected) = language_fields(&text, req.languages.as_deref());
    let top = state.cfg.explain_top;
    // Spans only when asked for: they cost more than the scores.
    let max_explain = spans.then_some(state.cfg.explain_max_chars);
    let scores = scoring(&state, move || {
        let a = model.analyse_in_bounded(&text, &ctx, top, max_explain);
        let mut out = serde_json::Map::new();
        for w in wanted {
            let Some(l) = a.labels.iter().find(|l| l.label == w.label) else {
                continue;
            };
            let min = w.threshold.unwrap_or(0.0);
            // Policy matches count towards TOXICITY only (see crate::policy::match_score).
            let policy = if w.label == "toxic" {
                &a.policy[..]
            } else {
                &[]
            };
            let value = crate::policy::raise_score(l.probability, l.review_threshold, policy);
            if value < min {
                continue;
            }
            let mut attr = json!({
                "summaryScore": { "value": value, "type": "PROBABILITY" }
            });
            if spans {
                attr["spanScores"] = Value::Array(span_scores(&model, &text, l, policy, min));
            }
            out.insert(w.name, attr);
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
/// One suggested attribute: a summary score, span scores, or both.
pub struct SuggestedAttribute {
    /// `summary_score` as in Perspective's API.
    #[serde(default)]
    pub summary_score: Option<SummaryScore>,
    /// `span_scores` as in Perspective's API.
    #[serde(default)]
    pub span_scores: Vec<SuggestedSpan>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
/// A suggested span score.
pub struct SuggestedSpan {
    /// `begin` as in Perspective's API (UTF-16 code units).
    #[serde(default)]
    pub begin: Option<u64>,
    /// `end` as in Perspective's API.
    #[serde(default)]
    pub end: Option<u64>,
    /// `score` as in Perspective's API.
    pub score: SummaryScore,
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

/// The label a suggested attribute gives: its summary score, else the largest
/// span score (a span judged toxic makes the comment toxic), 0.5 and up = yes.
fn suggested_label(name: &str, a: &SuggestedAttribute) -> Result<bool, ApiError> {
    let mut values = Vec::new();
    if let Some(s) = &a.summary_score {
        values.push(("summaryScore.value".to_string(), s.value));
    }
    for (i, sp) in a.span_scores.iter().enumerate() {
        values.push((format!("spanScores[{i}].score.value"), sp.score.value));
    }
    for (what, v) in &values {
        if !(0.0..=1.0).contains(v) {
            return Err(ApiError::invalid(format!(
                "attributeScores.{name}.{what} {v} is outside [0, 1]"
            )));
        }
    }
    match (&a.summary_score, values.is_empty()) {
        (_, true) => Err(ApiError::invalid(format!(
            "attributeScores.{name} has neither summaryScore nor spanScores"
        ))),
        (Some(s), _) => Ok(s.value >= 0.5),
        (None, false) => Ok(values.iter().any(|(_, v)| *v >= 0.5)),
    }
}

/// Handles `POST /v1alpha1/comments:suggestscore`: a client's verdict (score
/// 0 = fine, 1 = violates) stored as labels for retraining. It needs a
/// credential even when scoring is open: open scoring never means open
/// writing of training data. The client's credential name is recorded.
pub async fn suggest_score(
    caller: Caller<FeedbackAccess>,
    State(state): State<AppState>,
    ApiJson(req): ApiJson<SuggestRequest>,
) -> Result<Json<Value>, ApiError> {
    check_comment(&state, &req.comment)?;
    if req.attribute_scores.is_empty() {
        return Err(ApiError::invalid("attributeScores is empty"));
    }
    check_len("communityId", req.community_id.as_deref(), MAX_FIELD_CHARS)?;
    check_len("clientToken", req.client_token.as_deref(), MAX_FIELD_CHARS)?;
    let Some(client) = caller.principal else {
        return Err(ApiError::internal("feedback without a principal"));
    };
    let mut fb = Feedback {
        text: req.comment.text.clone(),
        toxic: None,
        offtopic: None,
        community_id: req.community_id.clone(),
        client_token: req.client_token.clone(),
        client: client.name,
    };
    for (name, a) in &req.attribute_scores {
        let v = suggested_label(name, a)?;
        match name.as_str() {
            "TOXICITY" => fb.toxic = Some(v),
            "OFF_TOPIC" => fb.offtopic = Some(v),
            _ => {
                return Err(ApiError::invalid(format!(
                    "Attribute {name} does not exist; supported: TOXICITY, OFF_TOPIC"
                )))
            }
        }
    }
    let _unused = &req.context;
    let queue = state.queue.clone();
    blocking(move || queue.feedback(&fb)).await??;
    let (languages, detected) = language_fields(&req.comment.text, req.languages.as_deref());
    let mut resp = json!({ "requestedLanguages": languages, "detectedLanguages": detected });
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
