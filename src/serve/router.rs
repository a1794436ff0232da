//! Every route of the service in one place, with the layers around them:
//! body size limit, request tracing, metrics, JSON 404/405.

use std::time::Instant;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::StatusCode;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;

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
        .route("/v1/queue", get(queue::list))
        .route("/v1/decisions/export", get(queue::export))
        .route("/v1/admin/reload", post(admin::reload))
        .fallback(|| async { ApiError::new(StatusCode::NOT_FOUND, "no such endpoint") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method not allowed here")
        })
        .layer(DefaultBodyLimit::max(limit))
        // A bug in one handler answers that request with a JSON 500 and is
        // logged; the connection and the other requests carry on.
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(middleware::from_fn_with_state(state.clone(), track))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
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
