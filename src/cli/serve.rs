//! `moderato serve`: settings from file, environment and flags, then the service.

use anyhow::Result;

use super::args::ServeArgs;
use super::common::model_path;
use super::Outcome;
use crate::language::LanguagePolicy;
use crate::serve::{self, ServeConfig};

/// Runs `moderato serve` until SIGINT/SIGTERM.
pub fn run(a: ServeArgs) -> Result<Outcome> {
    let mut cfg = ServeConfig::from_file_and_env(a.config.as_deref())?;
    if let Some(listen) = a.listen {
        cfg.listen = listen;
    }
    if let Some(db) = a.db {
        cfg.db = serve::queue::Database::parse(&db).map_err(|e| serve::ServeError::Config {
            what: "--db".into(),
            message: e.to_string(),
        })?;
    }
    if a.languages.is_some() || a.other_languages.is_some() {
        let other = a
            .other_languages
            .unwrap_or_else(|| cfg.languages.other.as_str().to_string());
        let codes = a.languages.unwrap_or_else(|| cfg.languages.score.join(","));
        cfg.languages = LanguagePolicy::parse(&codes, &other)?;
    }
    if let Some(p) = &a.policy.policy {
        cfg.policy = crate::policy::PolicySource::parse(p);
    }
    // The flag wins; a model named by the config file or MODERATO_MODEL comes
    // next; otherwise the shipped default, found like every other subcommand does.
    if a.model.model.is_some() || cfg.model == ServeConfig::default().model {
        cfg.model = model_path(&a.model);
    }
    serve::run(cfg)?;
    Ok(Outcome::Ok)
}
