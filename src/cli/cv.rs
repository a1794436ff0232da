//! `moderato cv`: k-fold cross-validation of the whole training recipe.

use std::io::IsTerminal;

use anyhow::{bail, Result};
use indicatif::ProgressBar;

use super::args::CvArgs;
use super::common::{load_config, print_reports, train_params};
use super::Outcome;
use crate::train::{assign_folds, cross_validate, load_corpus};

/// Runs `moderato cv`.
pub fn run(a: CvArgs) -> Result<Outcome> {
    if a.folds < 2 {
        bail!("--folds must be at least 2, got {}", a.folds);
    }
    if a.fold_col.is_some() && a.config.is_some() {
        bail!("--fold-col works with --data; in a config, set `fold` on the source");
    }
    let (cfg, base) = load_config(a.config.as_deref(), &a.quick, a.fold_col.as_deref())?;
    let params = train_params(&cfg, &a.overrides)?;
    let (corpus, _) = load_corpus(&cfg, &base)?;
    let folds: Vec<usize> =
        if corpus.fold.iter().all(Option::is_some) && corpus.fold.iter().any(Option::is_some) {
            corpus
                .fold
                .iter()
                .map(|f| f.unwrap_or(0) as usize)
                .collect()
        } else {
            if a.fold_col.is_some() {
                bail!(
                    "--fold-col {:?}: some rows have no fold number",
                    a.fold_col.as_deref().unwrap_or("")
                );
            }
            let strata: Vec<u64> = (0..corpus.len())
                .map(|i| {
                    let first = corpus.gold.iter().find_map(|g| g[i]).unwrap_or(false);
                    ((corpus.source[i] as u64) << 1) | first as u64
                })
                .collect();
            assign_folds(&corpus.groups, &strata, a.folds, params.seed)
        };
    let k = folds.iter().max().map_or(0, |m| m + 1);
    let bar = std::io::stderr()
        .is_terminal()
        .then(|| ProgressBar::new(k as u64));
    let results = cross_validate(&corpus, &params, &folds, |done, _| {
        if let Some(b) = &bar {
            b.set_position(done as u64);
        }
    })?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let reports: Vec<_> = results.iter().map(|r| r.report.clone()).collect();
    if a.json {
        println!("{}", serde_json::json!({ "folds": k, "labels": reports }));
    } else {
        println!("{k}-fold cross-validation ({} comments; thresholds chosen inside each training fold)\n", corpus.len());
        print!("{}", print_reports(&reports));
    }
    Ok(Outcome::Ok)
}
