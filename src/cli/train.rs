//! `moderato train`: config or quick flags → corpus → model file + card.

use std::io::IsTerminal;
use std::time::Instant;

use anyhow::{Context, Result};

use super::args::TrainArgs;
use super::common::{load_config, train_params};
use super::info::card_markdown;
use super::Outcome;
use crate::train::{load_corpus, train};

/// Runs `moderato train`.
pub fn run(a: TrainArgs) -> Result<Outcome> {
    let (cfg, base) = load_config(a.config.as_deref(), &a.quick, None)?;
    let params = train_params(&cfg, &a.overrides)?;
    let t0 = Instant::now();
    let (corpus, sources) = load_corpus(&cfg, &base)?;
    eprintln!(
        "moderato: read {} labelled comments from {} source(s)",
        corpus.len(),
        sources.len()
    );
    let spinner = std::io::stderr().is_terminal().then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_message(format!(
            "training {} label(s): {} inner folds each, then the final fit",
            corpus.labels.len(),
            params.inner_folds
        ));
        b.enable_steady_tick(std::time::Duration::from_millis(120));
        b
    });
    let model = train(&corpus, &params, sources).context("training failed")?;
    if let Some(b) = spinner {
        b.finish_and_clear();
    }
    model.save(&a.output)?;
    let card = a.output.with_extension("card.md");
    std::fs::write(&card, card_markdown(&model))
        .with_context(|| format!("{}: cannot write card", card.display()))?;
    eprintln!(
        "moderato: wrote {} ({} bytes) and {} in {:.1} s",
        a.output.display(),
        std::fs::metadata(&a.output).map(|m| m.len()).unwrap_or(0),
        card.display(),
        t0.elapsed().as_secs_f64()
    );
    Ok(Outcome::Ok)
}
