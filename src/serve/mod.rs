//! `moderato serve`: the HTTP moderation-queue service, on top of the model.
//!
//! An axum server over the queue's database: an embedded SQLite file, or one
//! PostgreSQL database shared by several instances (see [`queue`]). Scoring endpoints
//! (`/v1/score`, Perspective's `comments:analyze`, a Coral external moderation
//! phase) answer from the loaded model; the queue endpoints ingest comments,
//! route them by the model's thresholds, list the pending ones by priority,
//! record moderator decisions and export them as training CSV. `/` is the
//! moderator page. See [`router::router`] for every route.
//!
//! Start it with [`run`] (own runtime, signals) or, in tests and embedders,
//! with [`launch_with_listener`] on any listener and shutdown future.

pub mod auth;
pub mod config;
pub mod conn;
pub mod context;
pub mod handlers;
pub mod metrics;
pub mod queue;
pub mod router;
pub mod state;

#[cfg(test)]
mod tests;

use std::future::Future;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

pub use config::ServeConfig;
pub use queue::{QueueError, EXPORT_HEADER};
pub use state::AppState;

use crate::model::ModelError;

/// Why the service could not start or stopped with an error.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ServeError {
    /// A setting is invalid.
    #[error("invalid setting {what}: {message}")]
    Config {
        /// The setting (file, variable or key) and its value.
        what: String,
        /// What is wrong with it.
        message: String,
    },
    /// The listen address could not be bound.
    #[error("cannot listen on {addr}: {source}{hint}", hint = bind_hint(source))]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The OS error.
        source: std::io::Error,
    },
    /// The model could not be loaded.
    #[error("cannot load model: {source}")]
    Model {
        /// The model file.
        path: PathBuf,
        /// Why.
        source: ModelError,
    },
    /// The policy list could not be loaded.
    #[error("cannot load policy: {0}")]
    Policy(#[from] crate::policy::PolicyError),
    /// The off-topic context model beside the model could not be loaded.
    #[error("cannot load the context model: {0}")]
    Context(#[from] crate::context::ContextError),
    /// The database could not be opened or migrated.
    #[error("cannot open database {db}: {source}")]
    Db {
        /// The database file or URL (password hidden).
        db: String,
        /// Why.
        source: QueueError,
    },
    /// Writing output failed.
    #[error("I/O error: {0}")]
    Io(#[from] std::io::Error),
    /// The async runtime failed.
    #[error("runtime error: {0}")]
    Runtime(String),
}

fn bind_hint(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::AddrInUse => {
            " (another process uses this port; stop it or pass --listen with another port)"
        }
        std::io::ErrorKind::PermissionDenied => " (ports below 1024 need privileges)",
        _ => "",
    }
}

/// Serves `state` on `listener` until `shutdown` completes, then finishes the
/// requests in flight.
pub async fn serve(
    state: AppState,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    if state.creds.is_empty() {
        tracing::warn!(
            "no credentials configured: queue and admin endpoints are open to anyone who can reach {}; \
             suggestscore feedback is refused and decisions are kept out of the training export",
            state.cfg.listen
        );
    }
    let addr = listener.local_addr()?;
    let model = state.model();
    tracing::info!(
        "moderato serve listening on http://{addr} (model {}, labels {}, db {} {})",
        model.path.display(),
        model.labels.join(","),
        state.queue.backend(),
        state.cfg.db
    );
    let limits = conn::ConnLimits {
        header_read: state.cfg.header_read_timeout,
        idle: state.cfg.idle_timeout,
    };
    conn::serve_connections(listener, router::router(state), limits, shutdown).await;
    tracing::info!("moderato serve stopped");
    Ok(())
}

/// Loads the model, opens the database and serves on `listener` until
/// `shutdown` completes (atuin style: tests pass a port-0 listener).
pub async fn launch_with_listener(
    cfg: ServeConfig,
    listener: tokio::net::TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), ServeError> {
    let state = tokio::task::spawn_blocking(move || AppState::open(cfg))
        .await
        .map_err(|e| ServeError::Runtime(e.to_string()))??;
    serve(state, listener, shutdown).await
}

/// Runs the service: builds the runtime, binds `cfg.listen`, loads the model,
/// opens the database, stops gracefully on SIGINT/SIGTERM (requests in flight
/// finish) and reloads the model on SIGHUP.
pub fn run(cfg: ServeConfig) -> Result<(), ServeError> {
    cfg.check()?;
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("moderato-serve")
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(cfg.listen)
            .await
            .map_err(|source| ServeError::Bind {
                addr: cfg.listen,
                source,
            })?;
        let state = tokio::task::spawn_blocking(move || AppState::open(cfg))
            .await
            .map_err(|e| ServeError::Runtime(e.to_string()))??;
        #[cfg(unix)]
        {
            let s = state.clone();
            let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
            tokio::spawn(async move {
                while hup.recv().await.is_some() {
                    tracing::info!("SIGHUP: reloading the model");
                    if let Err(e) = s.reload("SIGHUP").await {
                        tracing::error!("model reload failed, keeping the old model: {e}");
                    }
                }
            });
        }
        serve(state, listener, shutdown_signal()).await
    })
}

/// Completes on SIGINT or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// Writes the moderator decisions (and Perspective suggestscore feedback) in
/// the database `db` (a SQLite file or a `postgres://` URL) as CSV
/// (`id,text,toxic,offtopic,decision,moderator,decided_at`; labels 1/0, empty
/// when unknown) to `out`; returns the number of rows. For
/// `moderato train --include-decisions`.
pub fn export_decisions(db: &Path, mut out: impl Write) -> Result<usize, ServeError> {
    let shown = queue::redact_url(&db.to_string_lossy());
    let fail = |source| ServeError::Db {
        db: shown.clone(),
        source,
    };
    let database = queue::Database::parse(&db.to_string_lossy()).map_err(fail)?;
    if let queue::Database::Sqlite(p) = &database {
        if !p.exists() {
            return Err(fail(QueueError::NotFound(p.display().to_string())));
        }
    }
    database.export(&mut out).map_err(|source| match source {
        QueueError::Io(e) => ServeError::Io(e),
        source => fail(source),
    })
}
