//! HTTP handlers and what they share: the JSON error envelope every endpoint
//! answers errors in (Google's, as Perspective clients expect), body and query
//! extractors that turn bad input into 4xx JSON errors, and authentication.

pub mod admin;
pub mod coral;
pub mod page;
pub mod perspective;
pub mod queue;
pub mod score;

use axum::extract::rejection::QueryRejection;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;

use super::queue::QueueError;
use super::state::AppState;

/// An error answered as `{"error":{"code":…,"message":…,"status":…}}`.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Short reason for the client.
    pub message: String,
}

impl ApiError {
    /// A 400 `INVALID_ARGUMENT`.
    pub fn invalid(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }

    /// An error with any status.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }

    /// A 500 whose cause is logged, not shown.
    pub fn internal(cause: impl std::fmt::Display) -> ApiError {
        tracing::error!("internal error: {cause}");
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error")
    }
}

/// Google's status name for an HTTP status.
fn google_status(s: StatusCode) -> &'static str {
    match s.as_u16() {
        400 | 413 | 415 | 422 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        405 | 501 => "UNIMPLEMENTED",
        409 => "ABORTED",
        429 => "RESOURCE_EXHAUSTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => "INTERNAL",
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": {
                "code": self.status.as_u16(),
                "message": self.message,
                "status": google_status(self.status),
            }
        });
        let mut r = (self.status, Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            r.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer realm=\"moderato\""),
            );
        }
        r
    }
}

impl From<QueueError> for ApiError {
    fn from(e: QueueError) -> ApiError {
        match e {
            QueueError::NotFound(_) => ApiError::new(StatusCode::NOT_FOUND, e.to_string()),
            QueueError::AlreadyDecided { .. } => ApiError::new(StatusCode::CONFLICT, e.to_string()),
            QueueError::Locked { .. } => {
                tracing::warn!("{e}");
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "database busy, retry")
            }
            e => ApiError::internal(e),
        }
    }
}

/// A JSON body read from the raw bytes, whatever the content type; size-limit,
/// UTF-8, syntax and type errors become 4xx [`ApiError`]s naming the problem.
pub struct ApiJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = body_bytes(req, state).await?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// The request body, with the size limit mapped to 413.
pub async fn body_bytes<S: Send + Sync>(
    req: Request,
    state: &S,
) -> Result<axum::body::Bytes, ApiError> {
    axum::body::Bytes::from_request(req, state)
        .await
        .map_err(|e| {
            let status = e.status();
            if status == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::new(status, "request body too large")
            } else {
                ApiError::new(status, e.body_text())
            }
        })
}

/// Parses JSON, naming the place of the first error.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    if bytes.is_empty() {
        return Err(ApiError::invalid("empty request body, expected JSON"));
    }
    serde_json::from_slice(bytes).map_err(|e| ApiError::invalid(format!("invalid JSON: {e}")))
}

/// Query parameters, with bad ones answered as a 400 [`ApiError`].
pub struct ApiQuery<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        axum::extract::Query::<T>::from_request_parts(parts, state)
            .await
            .map(|q| ApiQuery(q.0))
            .map_err(|e: QueryRejection| ApiError::invalid(e.body_text()))
    }
}

/// Compares secrets in time independent of where they differ.
pub fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Name of the cookie the moderator page logs in with.
pub const TOKEN_COOKIE: &str = "moderato_token";

/// Whether the request carries the API token (`Authorization: Bearer`, the
/// page's cookie, or Perspective's `?key=` when `allow_key` is set).
pub fn has_token(parts: &Parts, token: &str, allow_key: bool) -> bool {
    let ok = |t: &str| constant_eq(t.trim().as_bytes(), token.as_bytes());
    if let Some(v) = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
    {
        if let Some(t) = v
            .strip_prefix("Bearer ")
            .or_else(|| v.strip_prefix("bearer "))
        {
            if ok(t) {
                return true;
            }
        }
    }
    for v in parts.headers.get_all(header::COOKIE) {
        for c in v.to_str().unwrap_or("").split(';') {
            if let Some((k, t)) = c.trim().split_once('=') {
                if k == TOKEN_COOKIE && ok(t) {
                    return true;
                }
            }
        }
    }
    if allow_key {
        if let Some(q) = parts.uri.query() {
            for pair in q.split('&') {
                if let Some(("key", t)) = pair.split_once('=') {
                    if ok(t) {
                        return true;
                    }
                }
            }
        }
    }
    false
}

/// Proof that the request may use the queue and admin endpoints: it carries the
/// configured token, or none is configured.
pub struct Authorized;

impl FromRequestParts<AppState> for Authorized {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        match state.cfg.api_token.as_deref() {
            None => Ok(Authorized),
            Some(t) if has_token(parts, t, false) => Ok(Authorized),
            Some(_) => Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                "missing or wrong API token (send Authorization: Bearer TOKEN)",
            )),
        }
    }
}

/// Proof that the request may use the scoring endpoints: they are open, or it
/// carries the token (also as Perspective's `?key=`).
pub struct ScoringAuthorized;

impl FromRequestParts<AppState> for ScoringAuthorized {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        match state.cfg.api_token.as_deref() {
            _ if state.cfg.open_scoring => Ok(ScoringAuthorized),
            None => Ok(ScoringAuthorized),
            Some(t) if has_token(parts, t, true) => Ok(ScoringAuthorized),
            Some(_) => Err(ApiError::new(
                StatusCode::UNAUTHORIZED,
                "missing or wrong API token (send Authorization: Bearer TOKEN or ?key=TOKEN)",
            )),
        }
    }
}

/// Runs blocking work (scoring, SQLite) off the async threads.
pub async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(ApiError::internal)
}

/// Checks a comment's text: not empty, not longer than the configured limit.
pub fn check_text(state: &AppState, text: &str, what: &str) -> Result<(), ApiError> {
    if crate::text::is_blank(text) {
        return Err(ApiError::invalid(format!("{what} is empty")));
    }
    let max = state.cfg.max_comment_chars;
    if text.len() > max {
        let n = text.chars().count();
        if n > max {
            return Err(ApiError::invalid(format!(
                "{what} has {n} characters, more than the limit of {max}"
            )));
        }
    }
    Ok(())
}
