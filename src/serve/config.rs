//! Service settings: defaults, then a TOML file, then `MODERATO_*` environment
//! variables; the CLI applies its flags last. The result is a plain value the
//! server is built from (no global state).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

use super::auth::{Credential, Role, MAX_NAME_CHARS};
use super::queue::{Database, PoolSettings};
use super::ServeError;
use crate::language::{LanguageError, LanguagePolicy};
use crate::policy::PolicySource;

/// Everything `moderato serve` needs to start.
#[derive(Debug, Clone, PartialEq)]
pub struct ServeConfig {
    /// Address to listen on (default `127.0.0.1:8080`).
    pub listen: SocketAddr,
    /// The queue's database: a SQLite file (created if missing; default
    /// `moderato.sqlite`) or a PostgreSQL URL, by the scheme (`--db`,
    /// `db`/`database_url` in the file, `MODERATO_DB`).
    pub db: Database,
    /// PostgreSQL connection pool: size and timeouts (ignored by SQLite).
    pub db_pool: PoolSettings,
    /// Model file (default `models/default.model`; the CLI resolves it like other subcommands).
    pub model: PathBuf,
    /// The old single token, kept working as an admin credential named
    /// `admin`. With neither it nor `credentials` the queue is open (a warning
    /// is logged) but feedback is refused and decisions are never exported.
    pub api_token: Option<String>,
    /// Credentials with roles (`[[serve.credentials]]` in the config file).
    pub credentials: Vec<Credential>,
    /// Mark the page's session cookie `Secure` even when no proxy says the
    /// request came over HTTPS (it is set anyway when `X-Forwarded-Proto: https`).
    pub secure_cookies: bool,
    /// A client must send a request's complete head within this (default 10 s).
    pub header_read_timeout: Duration,
    /// ... and its complete body within this (default 30 s; answered 408).
    pub body_read_timeout: Duration,
    /// A connection with no bytes either way for this long is closed (default 60 s).
    pub idle_timeout: Duration,
    /// Longest scoring work per request before it is answered 503 (default 500 ms).
    pub score_budget: Duration,
    /// Spans are computed only for texts up to this many characters after
    /// Unicode normalisation (default 5000); longer texts are scored without.
    pub explain_max_chars: usize,
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
    /// Languages the model scores and what happens to comments in others
    /// (`languages = ["de"]`, `other_languages = "review"`).
    pub languages: LanguagePolicy,
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
            db: Database::Sqlite(PathBuf::from("moderato.sqlite")),
            db_pool: PoolSettings::default(),
            model: PathBuf::from("models/default.model"),
            api_token: None,
            credentials: Vec::new(),
            secure_cookies: false,
            header_read_timeout: Duration::from_secs(10),
            body_read_timeout: Duration::from_secs(30),
            idle_timeout: Duration::from_secs(60),
            score_budget: Duration::from_millis(500),
            explain_max_chars: 5000,
            open_scoring: true,
            max_body_bytes: 1 << 20,
            max_comment_chars: 20_000,
            max_batch: 1000,
            explain_top: 5,
            coral_secret: None,
            languages: LanguagePolicy::default(),
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
    db: Option<String>,
    database_url: Option<String>,
    db_pool_size: Option<usize>,
    db_connect_timeout_ms: Option<u64>,
    db_acquire_timeout_ms: Option<u64>,
    db_statement_timeout_ms: Option<u64>,
    model: Option<PathBuf>,
    api_token: Option<String>,
    #[serde(default)]
    credentials: Vec<Credential>,
    secure_cookies: Option<bool>,
    header_read_timeout_ms: Option<u64>,
    body_read_timeout_ms: Option<u64>,
    idle_timeout_ms: Option<u64>,
    score_budget_ms: Option<u64>,
    explain_max_chars: Option<usize>,
    open_scoring: Option<bool>,
    max_body_bytes: Option<usize>,
    max_comment_chars: Option<usize>,
    max_batch: Option<usize>,
    explain_top: Option<usize>,
    coral_secret: Option<String>,
    languages: Option<Vec<String>>,
    other_languages: Option<String>,
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
    /// `MODERATO_CORAL_SECRET`, `MODERATO_POLICY`, `MODERATO_DB_POOL_SIZE`.
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
            cfg.apply_file(path)?;
        }
        cfg.apply_env(env)?;
        cfg.check()?;
        Ok(cfg)
    }

    /// The settings of a config file on top of `self`; paths in it are
    /// relative to the file.
    fn apply_file(&mut self, path: &Path) -> Result<(), ServeError> {
        let bad = |message: String| ServeError::Config {
            what: path.display().to_string(),
            message,
        };
        let raw = std::fs::read_to_string(path).map_err(|e| bad(e.to_string()))?;
        let value: toml::Value = toml::from_str(&raw).map_err(|e| bad(e.to_string()))?;
        let s: FileSettings = if value.get("serve").is_some() {
            FileWrapper::deserialize(value)
                .map_err(|e| bad(e.to_string()))?
                .serve
        } else {
            FileSettings::deserialize(value).map_err(|e| bad(e.to_string()))?
        };
        let base = path.parent().unwrap_or(Path::new(""));
        let rel = |p: PathBuf| if p.is_relative() { base.join(p) } else { p };
        if let Some(v) = s.listen {
            self.listen = v;
        }
        if s.db.is_some() && s.database_url.is_some() {
            return Err(bad("give db or database_url, not both".into()));
        }
        if let Some(v) = s.db.clone().or(s.database_url.clone()) {
            self.db = match Database::parse(&v).map_err(|e| bad(e.to_string()))? {
                Database::Sqlite(p) => Database::Sqlite(rel(p)),
                pg => pg,
            };
        }
        if let Some(v) = s.model.clone() {
            self.model = rel(v);
        }
        self.apply_limits(&s);
        if s.languages.is_some() || s.other_languages.is_some() {
            let other = match &s.other_languages {
                Some(o) => o.parse().map_err(|e: LanguageError| bad(e.to_string()))?,
                None => self.languages.other,
            };
            let codes = s.languages.unwrap_or(self.languages.score.clone());
            self.languages = LanguagePolicy::new(codes, other).map_err(|e| bad(e.to_string()))?;
        }
        if let Some(v) = s.policy {
            self.policy = match PolicySource::parse(&v) {
                PolicySource::File(p) => PolicySource::File(rel(p)),
                other => other,
            };
        }
        self.config_file = Some(path.to_path_buf());
        Ok(())
    }

    /// A config file's secrets, timeouts and size limits, where it sets them.
    fn apply_limits(&mut self, s: &FileSettings) {
        self.api_token = s.api_token.clone().or(self.api_token.take());
        self.credentials = s.credentials.clone();
        self.secure_cookies = s.secure_cookies.unwrap_or(self.secure_cookies);
        let ms = |v: Option<u64>, d: Duration| v.map(Duration::from_millis).unwrap_or(d);
        self.header_read_timeout = ms(s.header_read_timeout_ms, self.header_read_timeout);
        self.body_read_timeout = ms(s.body_read_timeout_ms, self.body_read_timeout);
        self.idle_timeout = ms(s.idle_timeout_ms, self.idle_timeout);
        self.score_budget = ms(s.score_budget_ms, self.score_budget);
        let pool = &mut self.db_pool;
        pool.size = s.db_pool_size.unwrap_or(pool.size);
        pool.connect_timeout = ms(s.db_connect_timeout_ms, pool.connect_timeout);
        pool.acquire_timeout = ms(s.db_acquire_timeout_ms, pool.acquire_timeout);
        pool.statement_timeout = ms(s.db_statement_timeout_ms, pool.statement_timeout);
        self.explain_max_chars = s.explain_max_chars.unwrap_or(self.explain_max_chars);
        self.open_scoring = s.open_scoring.unwrap_or(self.open_scoring);
        self.max_body_bytes = s.max_body_bytes.unwrap_or(self.max_body_bytes);
        self.max_comment_chars = s.max_comment_chars.unwrap_or(self.max_comment_chars);
        self.max_batch = s.max_batch.unwrap_or(self.max_batch);
        self.explain_top = s.explain_top.unwrap_or(self.explain_top);
        self.coral_secret = s.coral_secret.clone().or(self.coral_secret.take());
    }

    /// `MODERATO_*` environment variables on top of `self` (blank ones are
    /// ignored).
    fn apply_env(&mut self, env: impl Fn(&str) -> Option<String>) -> Result<(), ServeError> {
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
            self.listen = parse("MODERATO_LISTEN", v)?;
        }
        if let Some(v) = nonempty("MODERATO_DB") {
            self.db = Database::parse(&v).map_err(|e| ServeError::Config {
                what: "$MODERATO_DB".into(),
                message: e.to_string(),
            })?;
        }
        if let Some(v) = nonempty("MODERATO_DB_POOL_SIZE") {
            self.db_pool.size = parse("MODERATO_DB_POOL_SIZE", v)?;
        }
        if let Some(v) = nonempty("MODERATO_MODEL") {
            self.model = PathBuf::from(v);
        }
        if let Some(v) = nonempty("MODERATO_API_TOKEN") {
            self.api_token = Some(v);
        }
        if let Some(v) = nonempty("MODERATO_OPEN_SCORING") {
            self.open_scoring = parse("MODERATO_OPEN_SCORING", v)?;
        }
        if let Some(v) = nonempty("MODERATO_MAX_BODY_BYTES") {
            self.max_body_bytes = parse("MODERATO_MAX_BODY_BYTES", v)?;
        }
        if let Some(v) = nonempty("MODERATO_MAX_COMMENT_CHARS") {
            self.max_comment_chars = parse("MODERATO_MAX_COMMENT_CHARS", v)?;
        }
        if let Some(v) = nonempty("MODERATO_CORAL_SECRET") {
            self.coral_secret = Some(v);
        }
        if let Some(v) = nonempty("MODERATO_POLICY") {
            self.policy = PolicySource::parse(&v);
        }
        Ok(())
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
        if self.db_pool.size == 0 {
            return bad("db_pool_size = 0", "must be at least 1");
        }
        if self.api_token.as_deref().is_some_and(|t| t.len() < 8) {
            return bad("api_token", "must be at least 8 characters");
        }
        for (what, d) in [
            ("header_read_timeout_ms", self.header_read_timeout),
            ("body_read_timeout_ms", self.body_read_timeout),
            ("idle_timeout_ms", self.idle_timeout),
            ("score_budget_ms", self.score_budget),
            ("db_connect_timeout_ms", self.db_pool.connect_timeout),
            ("db_acquire_timeout_ms", self.db_pool.acquire_timeout),
            ("db_statement_timeout_ms", self.db_pool.statement_timeout),
        ] {
            if d.is_zero() {
                return bad(&format!("{what} = 0"), "must be positive");
            }
        }
        self.check_credentials()
    }

    fn check_credentials(&self) -> Result<(), ServeError> {
        let all = self.all_credentials();
        for (i, c) in self.credentials.iter().enumerate() {
            let what = format!("credentials[{i}] (name {:?})", c.name);
            let n = c.name.chars().count();
            if c.name.trim().is_empty() || n > MAX_NAME_CHARS {
                return Err(ServeError::Config {
                    what,
                    message: format!("name must be 1 to {MAX_NAME_CHARS} characters"),
                });
            }
            if c.token.len() < 16 {
                return Err(ServeError::Config {
                    what,
                    message: "token must be at least 16 characters".into(),
                });
            }
        }
        for (i, c) in all.iter().enumerate() {
            for d in &all[..i] {
                if c.name == d.name || c.token == d.token {
                    return Err(ServeError::Config {
                        what: format!("credentials {:?} and {:?}", d.name, c.name),
                        message: "names and tokens must be unique (api_token is named \"admin\")"
                            .into(),
                    });
                }
            }
        }
        Ok(())
    }

    /// The configured credentials, with `api_token` as an admin named `admin`.
    pub fn all_credentials(&self) -> Vec<Credential> {
        let mut all = self.credentials.clone();
        if let Some(t) = &self.api_token {
            all.push(Credential {
                name: "admin".into(),
                role: Role::Admin,
                token: t.clone(),
            });
        }
        all
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
        assert_eq!(cfg.db, Database::Sqlite(dir.path().join("q.sqlite")));
        assert_eq!(cfg.api_token.as_deref(), Some("from-env-456"));
        assert!(cfg.open_scoring);
    }

    #[test]
    fn language_settings_from_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("serve.toml");
        std::fs::write(
            &f,
            "languages = [\"de\", \"en\"]\nother_languages = \"score\"\n",
        )
        .unwrap();
        let cfg = ServeConfig::from_sources(Some(&f), |_| None).unwrap();
        assert_eq!(cfg.languages.score, ["de", "en"]);
        assert_eq!(cfg.languages.other, crate::language::OtherLanguages::Score);
        std::fs::write(&f, "other_languages = \"ignore\"\n").unwrap();
        let e = ServeConfig::from_sources(Some(&f), |_| None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("review, score, reject"), "{e}");
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

    #[test]
    fn credentials_and_timeouts_from_file() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("serve.toml");
        std::fs::write(
            &f,
            "[serve]\napi_token = \"altes-token-123\"\nheader_read_timeout_ms = 2500\n\
             [[serve.credentials]]\nname = \"anna\"\nrole = \"moderator\"\ntoken = \"anna-geheim-0123456789\"\n",
        )
        .unwrap();
        let cfg = ServeConfig::from_sources(Some(&f), |_| None).unwrap();
        assert_eq!(cfg.header_read_timeout, Duration::from_millis(2500));
        assert_eq!(cfg.body_read_timeout, Duration::from_secs(30));
        let all = cfg.all_credentials();
        let names: Vec<_> = all.iter().map(|c| (c.name.as_str(), c.role)).collect();
        assert_eq!(names, [("anna", Role::Moderator), ("admin", Role::Admin)]);
        std::fs::write(
            &f,
            "[[serve.credentials]]\nname = \"anna\"\nrole = \"moderator\"\ntoken = \"kurz\"\n",
        )
        .unwrap();
        let e = ServeConfig::from_sources(Some(&f), |_| None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("anna") && e.contains("16"), "{e}");
    }

    #[test]
    fn database_by_scheme_from_file_env_and_pool_settings() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("serve.toml");
        std::fs::write(
            &f,
            "database_url = \"postgres://mod:geheim@db:5432/moderato\"\ndb_pool_size = 4\n\
             db_acquire_timeout_ms = 1500\n",
        )
        .unwrap();
        let cfg = ServeConfig::from_sources(Some(&f), |_| None).unwrap();
        assert_eq!(
            cfg.db,
            Database::Postgres("postgres://mod:geheim@db:5432/moderato".into())
        );
        assert_eq!(cfg.db.to_string(), "postgres://mod:***@db:5432/moderato");
        assert_eq!(cfg.db_pool.size, 4);
        assert_eq!(cfg.db_pool.acquire_timeout, Duration::from_millis(1500));
        let cfg = ServeConfig::from_sources(Some(&f), |k| {
            (k == "MODERATO_DB").then(|| "sqlite://q.sqlite".to_string())
        })
        .unwrap();
        assert_eq!(cfg.db, Database::Sqlite("q.sqlite".into()));
        let e = ServeConfig::from_sources(None, |k| {
            (k == "MODERATO_DB").then(|| "mysql://u:pw@h/db".to_string())
        })
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("MODERATO_DB") && e.contains("\"mysql\"") && !e.contains("pw@"),
            "{e}"
        );
        std::fs::write(
            &f,
            "db = \"a.sqlite\"\ndatabase_url = \"postgres://h/db\"\n",
        )
        .unwrap();
        let e = ServeConfig::from_sources(Some(&f), |_| None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("not both"), "{e}");
    }
}
