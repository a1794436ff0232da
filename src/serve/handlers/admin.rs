//! Operations: `GET /healthz`, `GET /metrics` (Prometheus text),
//! `POST /v1/admin/reload` (also triggered by SIGHUP) and
//! `POST /v1/admin/rollback` (back to the model served before the last reload).

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::{blocking, AdminAccess, ApiError, Caller};
use crate::serve::state::{AppState, LoadedModel};

fn model_info(m: &LoadedModel) -> Value {
    json!({
        "path": m.path.display().to_string(),
        "labels": m.labels,
        "generation": m.generation,
        "loaded_at": m.loaded_at,
        "thresholds": m.thresholds.iter().zip(&m.labels).map(|(t, l)| json!({
            "label": l, "review": t.review, "reject": t.reject,
        })).collect::<Vec<_>>(),
    })
}

/// Handles `GET /healthz`: the model and the database's state; 200 when the
/// model is loaded and the database answers, 503 (`"status": "degraded"`,
/// the database's error) otherwise. Scoring works either way; only the queue
/// needs the database.
pub async fn healthz(State(state): State<AppState>) -> Response {
    let model = state.model();
    let queue = state.queue.clone();
    let backend = queue.backend();
    let db = match blocking(move || queue.counts()).await {
        Ok(db) => db,
        Err(e) => return e.into_response(),
    };
    let (code, status, database) = match db {
        Ok(_) => (
            StatusCode::OK,
            "ok",
            json!({ "backend": backend, "state": "ok" }),
        ),
        Err(e) => {
            tracing::error!("health check: database: {e}");
            let state = match e {
                crate::serve::QueueError::Unavailable(_) => "unavailable",
                _ => "error",
            };
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "degraded",
                json!({ "backend": backend, "state": state, "error": e.to_string() }),
            )
        }
    };
    let body = json!({ "status": status, "database": database, "model": model_info(&model) });
    (code, Json(body)).into_response()
}

/// Handles `GET /metrics`.
pub async fn metrics(State(state): State<AppState>) -> Result<Response, ApiError> {
    let queue = state.queue.clone();
    let counts = blocking(move || queue.counts()).await??;
    let body = state.metrics.render(&counts, state.model().generation);
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
        .into_response())
}

/// Who an admin request comes from, for the audit log: the credential's
/// name, or `api` for the legacy shared token.
fn actor(caller: Caller<AdminAccess>) -> String {
    caller
        .principal
        .map_or_else(|| "api".to_string(), |p| p.name)
}

/// Handles `POST /v1/admin/reload`: loads the model file again; on failure the
/// old model keeps serving and the answer is 500 with the reason.
pub async fn reload(
    caller: Caller<AdminAccess>,
    State(state): State<AppState>,
) -> Result<Json<Value>, ApiError> {
    let actor = actor(caller);
    match state.reload(&actor).await {
        Ok(m) => Ok(Json(
            json!({ "status": "reloaded", "model": model_info(&m) }),
        )),
        Err(e) => {
            tracing::error!("model reload failed, keeping the old model: {e}");
            Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("reload failed, the old model keeps serving: {e}"),
            ))
        }
    }
}

/// Handles `POST /v1/admin/rollback`: serves the model from before the last
/// reload again (kept in memory); 409 when there was no reload.
pub async fn rollback(
    caller: Caller<AdminAccess>,
    State(state): State<AppState>,
) -> Result<Json<Value>, ApiError> {
    let actor = actor(caller);
    match state.rollback(&actor).await {
        Some(m) => Ok(Json(
            json!({ "status": "rolled back", "model": model_info(&m) }),
        )),
        None => Err(ApiError::new(
            StatusCode::CONFLICT,
            "no earlier model to roll back to: nothing was reloaded since start-up",
        )),
    }
}
