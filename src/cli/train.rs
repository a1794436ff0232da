//! `moderato train`: config or quick flags → corpus → model file + card.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};

use super::args::TrainArgs;
use super::common::{load_config, train_params};
use super::info::card_markdown;
use super::Outcome;
use crate::train::{
    load_corpus, train, Corpus, LabelSpec, SourceConfig, SourceFormat, TrainConfig,
};

/// Runs `moderato train`.
pub fn run(a: TrainArgs) -> Result<Outcome> {
    let (mut cfg, base) = load_config(a.config.as_deref(), &a.quick, None)?;
    let params = train_params(&cfg, &a.overrides)?;
    let t0 = Instant::now();
    // Kept alive until the corpus is read.
    let decisions_export = match &a.include_decisions {
        Some(db) => Some(add_decisions(&mut cfg, db)?),
        None => None,
    };
    let (corpus, mut sources) = load_corpus(&cfg, &base)?;
    if let (Some(db), Some(_)) = (&a.include_decisions, &decisions_export) {
        // The card names the database, not the temporary export it was read through.
        if let Some(card) = sources.last_mut() {
            card.path = crate::serve::queue::redact_url(&db.display().to_string());
        }
    }
    eprintln!(
        "moderato: read {} labelled comments from {} source(s)",
        corpus.len(),
        sources.len()
    );
    check_classes(&corpus)?;
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

/// Each inner fold trains on the other folds, so a label needs at least two
/// examples of each class, or some fold sees only one class.
const MIN_PER_CLASS: usize = 2;

/// Refuses a label with too few positives or negatives, saying how many there are.
fn check_classes(corpus: &Corpus) -> Result<()> {
    for (l, name) in corpus.labels.iter().enumerate() {
        let (pos, neg) = corpus.class_counts(l);
        if pos < MIN_PER_CLASS || neg < MIN_PER_CLASS {
            bail!(
                "label {name}: found {pos} positive(s) and {neg} negative(s) among {} labelled rows; training needs at least {MIN_PER_CLASS} of each",
                pos + neg
            );
        }
    }
    Ok(())
}

/// Exports the moderator decisions in `db` to a temporary CSV and adds it as a
/// source whose label columns are named like the labels (empty = unknown, so a
/// decision that says nothing about off-topic does not count as "not off-topic").
fn add_decisions(cfg: &mut TrainConfig, db: &Path) -> Result<tempfile::NamedTempFile> {
    let mut tmp = tempfile::NamedTempFile::new().context("cannot create a temporary file")?;
    // A postgres:// URL may carry a password: never print it.
    let shown = crate::serve::queue::redact_url(&db.display().to_string());
    let rows = crate::serve::export_decisions(db, std::io::BufWriter::new(tmp.as_file_mut()))
        .with_context(|| format!("{shown}: cannot read moderator decisions"))?;
    eprintln!("moderato: {rows} moderator decision(s) from {shown}");
    let labels = cfg
        .label_names()
        .into_iter()
        .map(|l| {
            let spec = LabelSpec {
                column: Some(l.clone()),
                positive: Vec::new(),
                negative: Vec::new(),
                categories: Vec::new(),
            };
            (l, spec)
        })
        .collect();
    cfg.sources.push(SourceConfig {
        name: format!("decisions:{}", db.display()),
        path: tmp.path().to_path_buf(),
        format: SourceFormat::Csv,
        header: true,
        text: vec!["text".into()],
        group: None,
        fold: None,
        id: None,
        category: None,
        value: None,
        labels,
    });
    Ok(tmp)
}
