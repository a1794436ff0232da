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

use super::auth::{self, Access, Credential, Principal};
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
        408 => "DEADLINE_EXCEEDED",
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
            QueueError::AlreadyDecided { .. }
            | QueueError::ChangedText { .. }
            | QueueError::NotRestorable { .. } => {
                ApiError::new(StatusCode::CONFLICT, e.to_string())
            }
            QueueError::Locked { .. } => {
                tracing::warn!("{e}");
                ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "database busy, retry")
            }
            QueueError::Unavailable(_) => {
                tracing::warn!("{e}");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "database unavailable, retry",
                )
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

/// Marks what a handler needs; see [`Caller`].
pub trait Need {
    /// The access checked.
    const ACCESS: Access;
}

macro_rules! need {
    ($($name:ident => $access:ident, $doc:literal;)*) => {$(
        #[doc = $doc]
        pub struct $name;
        impl Need for $name {
            const ACCESS: Access = Access::$access;
        }
    )*};
}

need! {
    ScoreAccess => Score, "Scoring without storing.";
    FeedbackAccess => Feedback, "Perspective feedback (training labels).";
    IngestAccess => Ingest, "Feeding comments into the queue.";
    ModerateAccess => Moderate, "The page, the queue, decisions and restores.";
    AdminAccess => Admin, "The training export and reloads.";
}

/// The caller of a request that passed the check for `N`: `None` when the
/// endpoint is open (open scoring, or no credentials configured at all).
pub struct Caller<N: Need> {
    /// Who authenticated, if anyone.
    pub principal: Option<Principal>,
    _need: std::marker::PhantomData<N>,
}

/// The client address the connection came from (set by the accept loop).
pub fn client_addr(parts: &Parts) -> String {
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// What a request presents as its credential.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Presented {
    /// Nothing.
    Nothing,
    /// A configured credential (or a valid session of one).
    Known(Principal),
    /// A token or session that matches no credential.
    Unknown,
}

/// The credential the request presents: `Authorization: Bearer`, the page's
/// session cookie, or Perspective's `?key=` when `allow_key`.
pub fn authenticate(parts: &Parts, creds: &[Credential], allow_key: bool) -> Presented {
    let found = |c: &Credential| {
        Presented::Known(Principal {
            name: c.name.clone(),
            role: c.role,
        })
    };
    let mut presented = false;
    if let Some(v) = parts.headers.get(header::AUTHORIZATION) {
        let v = v.to_str().unwrap_or("");
        let t = v
            .strip_prefix("Bearer ")
            .or_else(|| v.strip_prefix("bearer "))
            .unwrap_or(v);
        presented = true;
        if let Some(c) = auth::by_token(creds, t) {
            return found(c);
        }
    }
    for v in parts.headers.get_all(header::COOKIE) {
        for c in v.to_str().unwrap_or("").split(';') {
            if let Some((auth::SESSION_COOKIE, t)) = c.trim().split_once('=') {
                presented = true;
                let now = chrono::Utc::now().timestamp();
                if let Some(c) = auth::check_session(creds, t, now) {
                    return found(c);
                }
            }
        }
    }
    if allow_key {
        for pair in parts.uri.query().unwrap_or("").split('&') {
            if let Some(("key", t)) = pair.split_once('=') {
                presented = true;
                if let Some(c) = auth::by_token(creds, t) {
                    return found(c);
                }
            }
        }
    }
    if presented {
        Presented::Unknown
    } else {
        Presented::Nothing
    }
}

impl<N: Need> FromRequestParts<AppState> for Caller<N> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let access = N::ACCESS;
        let allow_key = matches!(access, Access::Score | Access::Feedback);
        let ok = |principal| {
            Ok(Caller {
                principal,
                _need: std::marker::PhantomData,
            })
        };
        let path = auth::redact_query(&parts.uri.to_string());
        let given = match authenticate(parts, &state.creds, allow_key) {
            // With no credentials configured there is nothing to check a token
            // against; open scoring ignores a key it does not know (Coral
            // sends whatever key its admin typed).
            _ if state.creds.is_empty() => Presented::Nothing,
            Presented::Unknown if access == Access::Score && state.cfg.open_scoring => {
                Presented::Nothing
            }
            p => p,
        };
        match given {
            Presented::Known(p) if p.role.allows(access) => ok(Some(p)),
            Presented::Known(p) => {
                tracing::warn!(
                    "refused {} {path} from {}: credential {:?} has role {}, needs {}",
                    parts.method,
                    client_addr(parts),
                    p.name,
                    p.role.as_str(),
                    access.roles()
                );
                Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    format!(
                        "credential {:?} (role {}) may not do this; it needs {}",
                        p.name,
                        p.role.as_str(),
                        access.roles()
                    ),
                ))
            }
            Presented::Unknown => {
                tracing::warn!(
                    "failed authentication: {} {path} from {}: unknown token or session",
                    parts.method,
                    client_addr(parts)
                );
                Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "wrong API token or expired session",
                ))
            }
            Presented::Nothing if access == Access::Score && state.cfg.open_scoring => ok(None),
            Presented::Nothing if access == Access::Feedback => {
                tracing::warn!(
                    "refused {} {path} from {}: feedback without a credential",
                    parts.method,
                    client_addr(parts)
                );
                Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "feedback becomes training data and needs a credential with role scoring, \
                     moderator or admin (Authorization: Bearer TOKEN or ?key=TOKEN)",
                ))
            }
            Presented::Nothing if state.creds.is_empty() => ok(None),
            Presented::Nothing => {
                tracing::warn!(
                    "failed authentication: {} {path} from {}: no credential",
                    parts.method,
                    client_addr(parts)
                );
                Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "missing API token (send Authorization: Bearer TOKEN)",
                ))
            }
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

/// Runs scoring work off the async threads within the configured per-request
/// budget: waiting for a free core and the work itself together; past it the
/// answer is 503 (the work cannot be interrupted, but it keeps its core slot
/// until it ends, so at most one job per core runs at a time).
pub async fn scoring<T: Send + 'static>(
    state: &AppState,
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ApiError> {
    let budget = state.cfg.score_budget;
    let deadline = tokio::time::Instant::now() + budget;
    let over = || {
        tracing::warn!("scoring exceeded the budget of {} ms", budget.as_millis());
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "scoring did not finish within the budget of {} ms; retry later or send shorter texts",
                budget.as_millis()
            ),
        )
    };
    let permit = tokio::time::timeout_at(deadline, state.score_slots.clone().acquire_owned())
        .await
        .map_err(|_| over())?
        .map_err(ApiError::internal)?;
    let job = tokio::task::spawn_blocking(move || {
        let _slot = permit;
        f()
    });
    match tokio::time::timeout_at(deadline, job).await {
        Ok(r) => r.map_err(ApiError::internal),
        Err(_) => Err(over()),
    }
}

/// Longest stored free-text field (ids, names, reasons, tokens), in characters.
pub const MAX_FIELD_CHARS: usize = 256;

/// Refuses an optional field longer than `max` characters, naming it.
pub fn check_len(what: &str, v: Option<&str>, max: usize) -> Result<(), ApiError> {
    match v {
        Some(v) if v.len() > max && v.chars().count() > max => Err(ApiError::invalid(format!(
            "{what} has {} characters, more than the limit of {max}",
            v.chars().count()
        ))),
        _ => Ok(()),
    }
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
