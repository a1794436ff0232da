//! `POST /v1/coral/phase`: a Coral Talk external moderation phase.
//!
//! Coral signs the raw body: `X-Coral-Signature: sha256=<hex>[,sha256=<hex>…]`,
//! HMAC-SHA256 of the body bytes with the phase's signing secret (several
//! signatures while secrets rotate; one match suffices). This follows Coral's
//! webhook documentation (`WEBHOOKS.md`), whose `generateFetchOptions` the
//! external phase shares; elements with other prefixes are ignored.
//!
//! Answers: 204 when there is nothing to do; 200 with
//! `actions: [{actionType: "FLAG", reason: "COMMENT_DETECTED_TOXIC"}]` when
//! `toxic` reaches its review threshold; and when any label reaches its reject
//! threshold additionally `status: "REJECTED"` plus
//! `moderationAction: {action: "REJECT", …}` (Coral drops keys it does not
//! know). Coral has no off-topic reason, so an off-topic-only review is a 204.
//! A policy match counts as toxic: a review rule flags, a reject rule rejects.
//! Coral waits 200 ms; scoring takes about a millisecond.

use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use hmac::{Hmac, Mac};
use serde::Deserialize;
use serde_json::json;
use sha2::Sha256;

use super::{body_bytes, check_text, parse_json, scoring, ApiError};
use crate::model::Decision;
use crate::serve::state::AppState;

/// Header carrying Coral's signatures.
pub const SIGNATURE_HEADER: &str = "x-coral-signature";

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct CoralComment {
    body: String,
    #[serde(default, rename = "parentID")]
    parent_id: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
struct PhaseRequest {
    #[serde(default)]
    action: Option<String>,
    comment: CoralComment,
    #[serde(default)]
    author: Option<serde_json::Value>,
    #[serde(default)]
    story: Option<serde_json::Value>,
    #[serde(default)]
    site: Option<serde_json::Value>,
    #[serde(default, rename = "tenantID")]
    tenant_id: Option<String>,
    #[serde(default)]
    tenant_domain: Option<String>,
}

/// Signs `body` as Coral does: `sha256=<hex of HMAC-SHA256(secret, body)>`.
pub fn sign(secret: &str, body: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Whether one of the `sha256=` signatures in `header` matches `body`.
pub fn verify(secret: &str, header: &str, body: &[u8]) -> bool {
    header
        .split(',')
        .filter_map(|e| e.trim().split_once('='))
        .filter(|(k, _)| *k == "sha256")
        .filter_map(|(_, v)| hex::decode(v.trim()).ok())
        .any(|sig| {
            let mut mac =
                Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("any key length");
            mac.update(body);
            mac.verify_slice(&sig).is_ok()
        })
}

/// Drops HTML tags and decodes the common entities (for phases set to send HTML).
fn plain_text(body: &str) -> String {
    if !body.contains('<') && !body.contains('&') {
        return body.to_string();
    }
    let mut out = String::with_capacity(body.len());
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
}

/// Handles `POST /v1/coral/phase`.
pub async fn phase(State(state): State<AppState>, req: Request) -> Result<Response, ApiError> {
    let headers: HeaderMap = req.headers().clone();
    let client = req
        .extensions()
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map_or_else(|| "unknown".to_string(), |c| c.0.to_string());
    let body: Bytes = body_bytes(req, &state).await?;
    let Some(secret) = state.cfg.coral_secret.as_deref() else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "no Coral signing secret configured (coral_secret / MODERATO_CORAL_SECRET)",
        ));
    };
    let sig = headers
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| ApiError::new(StatusCode::UNAUTHORIZED, "missing X-Coral-Signature"))?;
    if !verify(secret, sig, &body) {
        tracing::warn!("failed authentication: Coral phase from {client}: bad X-Coral-Signature");
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "X-Coral-Signature does not match the body",
        ));
    }
    let req: PhaseRequest = parse_json(&body)?;
    let _unused = (
        &req.action,
        &req.comment.parent_id,
        &req.author,
        &req.story,
        &req.site,
        &req.tenant_id,
        &req.tenant_domain,
    );
    let text = plain_text(&req.comment.body);
    if text.trim().is_empty() {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    check_text(&state, &text, "comment.body")?;
    let model = state.model();
    let (decision, toxic_flagged) = scoring(&state, move || {
        let probs = model.classifier.score(&text);
        let hits = model.policy_matches(&text);
        let d = crate::model::Classifier::decide(&probs, &model.thresholds);
        let toxic = model
            .label_index("toxic")
            .is_some_and(|i| probs[i] >= model.thresholds[i].review);
        // A routing policy match flags the comment as Coral's only reason, toxicity.
        (
            crate::policy::raise(d, &hits),
            toxic || crate::policy::routes(&hits),
        )
    })
    .await?;
    let flag = json!([{ "actionType": "FLAG", "reason": "COMMENT_DETECTED_TOXIC" }]);
    Ok(match decision {
        Decision::Reject => Json(json!({
            "actions": flag,
            "status": "REJECTED",
            "moderationAction": { "action": "REJECT", "reason": "COMMENT_DETECTED_TOXIC" },
        }))
        .into_response(),
        Decision::Review if toxic_flagged => Json(json!({ "actions": flag })).into_response(),
        _ => StatusCode::NO_CONTENT.into_response(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_roundtrip_and_rotate() {
        let body = br#"{"comment":{"body":"Hallo"}}"#;
        let s = sign("geheim", body);
        assert!(verify("geheim", &s, body));
        assert!(!verify("anders", &s, body));
        assert!(!verify("geheim", &s, b"{}"));
        let rotated = format!("{},{}", sign("alt", body), s);
        assert!(verify("geheim", &rotated, body));
        assert!(!verify("geheim", "sha256=zz", body));
    }

    #[test]
    fn html_is_flattened() {
        assert_eq!(plain_text("<p>Du &amp; ich</p>").trim(), "Du & ich");
    }
}
