//! Service settings: defaults, then a TOML file, then `MODERATO_*` environment
//! variables; the CLI applies its flags last. The result is a plain value the
//! server is built from (no global state).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::ServeError;
use crate::policy::PolicySource;

/// Everything `moderato serve` needs to start.
#[derive(Debug, Clone, PartialEq)]
pub struct ServeConfig {
    /// Address to listen on (default `127.0.0.1:8080`).
    pub listen: SocketAddr,
    /// SQLite database file (created if missing; default `moderato.sqlite`).
    pub db: PathBuf,
    /// Model file (default `models/default.model`; the CLI resolves it like other subcommands).
    pub model: PathBuf,
    /// Bearer token for the queue and admin endpoints; `None` leaves them open
    /// (a warning is logged at start-up).
    pub api_token: Option<String>,
    /// Whether the scoring endpoints (`/v1/score`, Perspective, Coral) are open
    /// without the token (default `true`).
    pub open_scoring: bool,
    /// Largest accepted request body in bytes (default 1 MiB).
    pub max_body_bytes: usize,
    /// Longest accepted comment in Unicode scalar values (default 20 000).
    pub max_comment_chars: usize,
    /// Largest batch for `/v1/score` and `/v1/comments` (default 1000).
    pub max_batch: usize,
    /// How many spans per label to return and store (default 5).
    pub explain_top: usize,
    /// Signing secret of the Coral external moderation phase; `None` refuses
    /// every Coral request (401), since an unsigned phase could be spoofed.
    pub coral_secret: Option<String>,
    /// The policy list applied with the model (default: the built-in German
    /// policy; `none` for the model alone), reloaded with it.
    pub policy: PolicySource,
    /// The TOML file these settings were read from, if any.
    pub config_file: Option<PathBuf>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            db: PathBuf::from("moderato.sqlite"),
            model: PathBuf::from("models/default.model"),
            api_token: None,
            open_scoring: true,
            max_body_bytes: 1 << 20,
            max_comment_chars: 20_000,
            max_batch: 1000,
            explain_top: 5,
            coral_secret: None,
            policy: PolicySource::Default,
            config_file: None,
        }
    }
}

/// The `[serve]` table of a config file (or the whole file); every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSettings {
    listen: Option<SocketAddr>,
    db: Option<PathBuf>,
    model: Option<PathBuf>,
    api_token: Option<String>,
    open_scoring: Option<bool>,
    max_body_bytes: Option<usize>,
    max_comment_chars: Option<usize>,
    max_batch: Option<usize>,
    explain_top: Option<usize>,
    coral_secret: Option<String>,
    policy: Option<String>,
}

#[derive(Debug, Deserialize)]
struct FileWrapper {
    serve: FileSettings,
}

impl ServeConfig {
    /// Defaults, overridden by `file` (TOML, keys as the field names, either at
    /// top level or in a `[serve]` table; relative paths are taken relative to
    /// the file), then by the environment: `MODERATO_LISTEN`, `MODERATO_DB`,
    /// `MODERATO_MODEL`, `MODERATO_API_TOKEN`, `MODERATO_OPEN_SCORING`,
    /// `MODERATO_MAX_BODY_BYTES`, `MODERATO_MAX_COMMENT_CHARS`,
    /// `MODERATO_CORAL_SECRET`, `MODERATO_POLICY`.
    pub fn from_file_and_env(file: Option<&Path>) -> Result<ServeConfig, ServeError> {
        Self::from_sources(file, |k| std::env::var(k).ok())
    }

    /// As [`ServeConfig::from_file_and_env`], reading variables through `env`.
    pub fn from_sources(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<ServeConfig, ServeError> {
        let mut cfg = ServeConfig::default();
        if let Some(path) = file {
            let bad = |message: String| ServeError::Config {
                what: path.display().to_string(),
                message,
            };
            let raw = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
            let value: toml::Value = toml::from_str(&raw).map_err(|e| bad(e.to_string()))?;
            let settings: FileSettings = if value.get("serve").is_some() {
                FileWrapper::deserialize(value)
                    .map_err(|e| bad(e.to_string()))?
                    .serve
            } else {
                FileSettings::deserialize(value).map_err(|e| bad(e.to_string()))?
            };
            let base = path.parent().unwrap_or(Path::new(""));
            let rel = |p: PathBuf| if p.is_relative() { base.join(p) } else { p };
            let s = settings;
            if let Some(v) = s.listen {
                cfg.listen = v;
            }
            if let Some(v) = s.db {
                cfg.db = rel(v);
            }
            if let Some(v) = s.model {
                cfg.model = rel(v);
            }
            cfg.api_token = s.api_token.or(cfg.api_token);
            cfg.open_scoring = s.open_scoring.unwrap_or(cfg.open_scoring);
            cfg.max_body_bytes = s.max_body_bytes.unwrap_or(cfg.max_body_bytes);
            cfg.max_comment_chars = s.max_comment_chars.unwrap_or(cfg.max_comment_chars);
            cfg.max_batch = s.max_batch.unwrap_or(cfg.max_batch);
            cfg.explain_top = s.explain_top.unwrap_or(cfg.explain_top);
            cfg.coral_secret = s.coral_secret.or(cfg.coral_secret);
            if let Some(v) = s.policy {
                cfg.policy = match PolicySource::parse(&v) {
                    PolicySource::File(p) => PolicySource::File(rel(p)),
                    other => other,
                };
            }
            cfg.config_file = Some(path.to_path_buf());
        }
        fn parse<T: std::str::FromStr>(key: &str, v: String) -> Result<T, ServeError>
        where
            T::Err: std::fmt::Display,
        {
            v.trim().parse().map_err(|e: T::Err| ServeError::Config {
                what: format!("${key}={v:?}"),
                message: e.to_string(),
            })
        }
        let nonempty = |k: &str| env(k).filter(|v| !v.trim().is_empty());
        if let Some(v) = nonempty("MODERATO_LISTEN") {
            cfg.listen = parse("MODERATO_LISTEN", v)?;
        }
        if let Some(v) = nonempty("MODERATO_DB") {
            cfg.db = PathBuf::from(v);
        }
        if let Some(v) = nonempty("MODERATO_MODEL") {
            cfg.model = PathBuf::from(v);
        }
        if let Some(v) = nonempty("MODERATO_API_TOKEN") {
            cfg.api_token = Some(v);
        }
        if let Some(v) = nonempty("MODERATO_OPEN_SCORING") {
            cfg.open_scoring = parse("MODERATO_OPEN_SCORING", v)?;
        }
        if let Some(v) = nonempty("MODERATO_MAX_BODY_BYTES") {
            cfg.max_body_bytes = parse("MODERATO_MAX_BODY_BYTES", v)?;
        }
        if let Some(v) = nonempty("MODERATO_MAX_COMMENT_CHARS") {
            cfg.max_comment_chars = parse("MODERATO_MAX_COMMENT_CHARS", v)?;
        }
        if let Some(v) = nonempty("MODERATO_CORAL_SECRET") {
            cfg.coral_secret = Some(v);
        }
        if let Some(v) = nonempty("MODERATO_POLICY") {
            cfg.policy = PolicySource::parse(&v);
        }
        cfg.check()?;
        Ok(cfg)
    }

    /// Refuses settings the server cannot run with, naming the bad value.
    pub fn check(&self) -> Result<(), ServeError> {
        let bad = |what: &str, message: &str| {
            Err(ServeError::Config {
                what: what.to_string(),
                message: message.to_string(),
            })
        };
        if self.max_body_bytes < 1024 {
            return bad(
                &format!("max_body_bytes = {}", self.max_body_bytes),
                "must be at least 1024",
            );
        }
        if self.max_comment_chars == 0 {
            return bad("max_comment_chars = 0", "must be positive");
        }
        if self.max_batch == 0 {
            return bad("max_batch = 0", "must be positive");
        }
        if self.api_token.as_deref().is_some_and(|t| t.len() < 8) {
            return bad("api_token", "must be at least 8 characters");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_then_env() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("serve.toml");
        std::fs::write(
            &f,
            "[serve]\nlisten = \"127.0.0.1:9000\"\ndb = \"q.sqlite\"\napi_token = \"from-file-123\"\n",
        )
        .unwrap();
        let cfg = ServeConfig::from_sources(Some(&f), |k| {
            (k == "MODERATO_API_TOKEN").then(|| "from-env-456".to_string())
        })
        .unwrap();
        assert_eq!(cfg.listen.port(), 9000);
        assert_eq!(cfg.db, dir.path().join("q.sqlite"));
        assert_eq!(cfg.api_token.as_deref(), Some("from-env-456"));
        assert!(cfg.open_scoring);
    }

    #[test]
    fn bad_values_are_named() {
        let e = ServeConfig::from_sources(None, |k| {
            (k == "MODERATO_LISTEN").then(|| "nicht-da".to_string())
        })
        .unwrap_err()
        .to_string();
        assert!(e.contains("MODERATO_LISTEN"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("serve.toml");
        std::fs::write(&f, "lisen = \"x\"\n").unwrap();
        let e = ServeConfig::from_sources(Some(&f), |_| None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("lisen"), "{e}");
    }
}
