//! Every route of the service in one place, with the layers around them:
//! body deadline and size limit, request tracing (secrets redacted),
//! metrics, JSON 404/405.

use std::time::Instant;

use axum::body::Body;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

use super::auth::redact_query;
use super::handlers::{admin, coral, page, perspective, queue, score, ApiError};
use super::state::AppState;

/// Builds the router over `state`.
pub fn router(state: AppState) -> Router {
    let limit = state.cfg.max_body_bytes;
    Router::new()
        .route("/", get(page::index))
        .route("/login", post(page::login))
        .route("/healthz", get(admin::healthz))
        .route("/metrics", get(admin::metrics))
        .route("/v1/score", post(score::score))
        .route("/v1alpha1/comments:analyze", post(perspective::analyze))
        .route(
            "/v1alpha1/comments:suggestscore",
            post(perspective::suggest_score),
        )
        .route("/v1/coral/phase", post(coral::phase))
        .route("/v1/comments", post(queue::ingest))
        .route("/v1/comments/{id}", get(queue::get_comment))
        .route("/v1/comments/{id}/decision", post(queue::decide))
        .route("/v1/comments/{id}/restore", post(queue::restore))
        .route("/v1/comments/{id}/thread", get(queue::thread))
        .route("/v1/queue", get(queue::list))
        .route("/v1/decisions/export", get(queue::export))
        .route("/v1/admin/reload", post(admin::reload))
        .route("/v1/admin/rollback", post(admin::rollback))
        .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "no such endpoint") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method not allowed here")
        })
        .layer(DefaultBodyLimit::max(limit))
        .layer(middleware::from_fn_with_state(state.clone(), body_in_time))
        // A bug in one handler answers that request with a JSON 500 and is
        // logged; the connection and the other requests carry on.
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(middleware::from_fn_with_state(state.clone(), track))
        .layer(TraceLayer::new_for_http().make_span_with(redacted_span))
        .with_state(state)
}

/// The request span of the trace layer, with secrets in the query redacted
/// (Perspective clients send their key as `?key=`).
fn redacted_span(req: &Request) -> tracing::Span {
    let target = req
        .uri()
        .path_and_query()
        .map_or_else(|| "/".to_string(), |p| redact_query(p.as_str()));
    tracing::debug_span!("request", method = %req.method(), uri = %target, version = ?req.version())
}

/// Reads the whole body within `body_read_timeout` (408 otherwise) and up to
/// `max_body_bytes` (413 otherwise) before any handler runs, so a client that
/// stalls mid-body is answered and cut off instead of holding the connection.
async fn body_in_time(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let limit = state.cfg.max_body_bytes;
    let timeout = state.cfg.body_read_timeout;
    match tokio::time::timeout(timeout, collect_body(body, limit)).await {
        Ok(Ok(bytes)) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Ok(Err(e)) => e.into_response(),
        Err(_) => {
            tracing::warn!(
                "request body of {} {} not received within {} ms; closing the connection",
                parts.method,
                parts.uri.path(),
                timeout.as_millis()
            );
            let mut r = ApiError::new(
                StatusCode::REQUEST_TIMEOUT,
                format!(
                    "request body not received within {} ms",
                    timeout.as_millis()
                ),
            )
            .into_response();
            r.headers_mut().insert(
                header::CONNECTION,
                header::HeaderValue::from_static("close"),
            );
            r
        }
    }
}

async fn collect_body(body: Body, limit: usize) -> Result<Vec<u8>, ApiError> {
    use futures_core::Stream;
    let mut stream = body.into_data_stream();
    let mut buf = Vec::new();
    while let Some(chunk) =
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut stream).poll_next(cx)).await
    {
        let chunk = chunk.map_err(|e| ApiError::invalid(format!("cannot read the body: {e}")))?;
        if buf.len() + chunk.len() > limit {
            return Err(ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "request body too large",
            ));
        }
        buf.extend_from_slice(&chunk);
    }
    Ok(buf)
}

/// Records route, status and latency of every request.
async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let start = Instant::now();
    let resp = next.run(req).await;
    state
        .metrics
        .observe(&route, resp.status().as_u16(), start.elapsed());
    resp
}

fn panic_response(err: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = err
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| err.downcast_ref::<&str>().copied())
        .unwrap_or("unknown panic");
    tracing::error!("handler panicked: {what}");
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal error; see the server log",
    )
    .into_response()
}
