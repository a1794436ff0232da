//! `moderato cv`: k-fold cross-validation of the whole training recipe.

use std::collections::HashMap;
use std::io::IsTerminal;

use std::path::Path;

use anyhow::{bail, Result};
use indicatif::ProgressBar;

use super::args::CvArgs;
use super::common::{
    add_vocabulary, load_config, print_reports, report_spans, train_params, write_atomically,
    write_report,
};
use super::Outcome;
use crate::model::Classifier;
use crate::report::LabelData;
use crate::train::{
    assign_folds, cross_validate, cross_validate_keeping_models, load_corpus, Corpus, CvResult,
};

/// Runs `moderato cv`.
pub fn run(a: CvArgs) -> Result<Outcome> {
    if a.folds < 2 {
        bail!("--folds must be at least 2, got {}", a.folds);
    }
    if a.fold_col.is_some() && a.config.is_some() {
        bail!("--fold-col works with --data; in a config, set `fold` on the source");
    }
    let (mut cfg, base) = load_config(a.config.as_deref(), &a.quick, a.fold_col.as_deref())?;
    add_vocabulary(&mut cfg, &a.overrides)?;
    let params = train_params(&cfg, &a.overrides)?;
    let (corpus, sources) = load_corpus(&cfg, &base)?;
    let folds = fold_numbers(&corpus, &a, params.seed)?;
    let k = folds.iter().max().map_or(0, |m| m + 1);
    let bar = std::io::stderr()
        .is_terminal()
        .then(|| ProgressBar::new(k as u64));
    let tick = |done: usize, _| {
        if let Some(b) = &bar {
            b.set_position(done as u64);
        }
    };
    let (results, models) = if a.report.is_some() {
        cross_validate_keeping_models(&corpus, &params, &folds, tick)?
    } else {
        (cross_validate(&corpus, &params, &folds, tick)?, Vec::new())
    };
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let reports: Vec<_> = results.iter().map(|r| r.report.clone()).collect();
    if a.json {
        println!("{}", serde_json::json!({ "folds": k, "labels": reports }));
    } else {
        let auxiliary = (0..corpus.len())
            .filter(|&i| corpus.is_auxiliary(i))
            .count();
        let scored = corpus.len() - auxiliary;
        let extra = if auxiliary > 0 {
            format!(", {auxiliary} auxiliary rows training in every fold")
        } else {
            String::new()
        };
        println!("{k}-fold cross-validation ({scored} comments{extra}; thresholds chosen inside each training fold)\n");
        print!("{}", print_reports(&reports));
    }
    if let Some(path) = &a.predictions {
        let names: Vec<&str> = sources.iter().map(|s| s.name.as_str()).collect();
        write_predictions(path, &corpus, &names, &folds, &results)?;
    }
    if let Some(path) = &a.report {
        write_cv_report(path, &corpus, &folds, &results, &models)?;
    }
    Ok(Outcome::Ok)
}

/// Each row's fold: the data's own fold numbers where every row has one,
/// else folds drawn by group, stratified by source and first label.
fn fold_numbers(corpus: &Corpus, a: &CvArgs, seed: u64) -> Result<Vec<usize>> {
    // Auxiliary rows need no fold: they train in every one.
    let own = |i: &usize| !corpus.is_auxiliary(*i);
    let mut given = (0..corpus.len()).filter(own).map(|i| corpus.fold[i]);
    if given.all(|f| f.is_some()) && corpus.fold.iter().any(Option::is_some) {
        return Ok(corpus
            .fold
            .iter()
            .map(|f| f.unwrap_or(0) as usize)
            .collect());
    }
    if let Some(col) = &a.fold_col {
        bail!("--fold-col {col:?}: some rows have no fold number");
    }
    let strata: Vec<u64> = (0..corpus.len())
        .map(|i| {
            let first = corpus.gold.iter().find_map(|g| g[i]).unwrap_or(false);
            ((corpus.source[i] as u64) << 1) | first as u64
        })
        .collect();
    Ok(assign_folds(&corpus.groups, &strata, a.folds, seed))
}

/// The HTML report of a cross-validation, each held-out comment explained
/// with the fold model that scored it.
fn write_cv_report(
    path: &Path,
    corpus: &Corpus,
    folds: &[usize],
    results: &[CvResult],
    models: &[Option<Classifier>],
) -> Result<()> {
    let k = folds.iter().max().map_or(0, |m| m + 1);
    let texts: Vec<Vec<String>> = results
        .iter()
        .map(|r| r.docs.iter().map(|&i| corpus.texts[i].clone()).collect())
        .collect();
    let data: Vec<LabelData> = results
        .iter()
        .zip(&texts)
        .map(|(r, t)| LabelData {
            report: &r.report,
            probs: &r.probs,
            gold: &r.gold,
            texts: t,
        })
        .collect();
    let fold_of: HashMap<&str, usize> = corpus
        .texts
        .iter()
        .zip(folds)
        .map(|(t, &f)| (t.as_str(), f))
        .collect();
    let names: Vec<String> = results.iter().map(|r| r.report.label.clone()).collect();
    write_report(
        path,
        &format!("{k}-fold cross-validation ({} comments)", corpus.len()),
        None,
        &data,
        &|i, text| {
            fold_of
                .get(text)
                .and_then(|&f| models.get(f).and_then(Option::as_ref))
                .map(|m| report_spans(m, &names[i], text))
                .unwrap_or_default()
        },
    )?;
    Ok(())
}

/// Writes one row per comment with its fold, and per label its gold value and
/// out-of-fold probability (both empty where the source does not annotate the
/// label), so curves can be drawn over every fold, not just one.
fn write_predictions(
    path: &Path,
    corpus: &Corpus,
    sources: &[&str],
    folds: &[usize],
    results: &[CvResult],
) -> Result<()> {
    let mut header = vec!["source".to_string(), "fold".into(), "text".into()];
    for r in results {
        header.push(format!("gold_{}", r.report.label));
        header.push(r.report.label.clone());
    }
    // Per label: doc index → position in that label's results.
    let at: Vec<HashMap<usize, usize>> = results
        .iter()
        .map(|r| r.docs.iter().enumerate().map(|(k, &i)| (i, k)).collect())
        .collect();
    let mut rows = Vec::with_capacity(corpus.len());
    for (i, ((text, &source), fold)) in corpus
        .texts
        .iter()
        .zip(&corpus.source)
        .zip(folds)
        .enumerate()
    {
        let mut row = vec![
            sources
                .get(source as usize)
                .copied()
                .unwrap_or("")
                .to_string(),
            fold.to_string(),
            text.clone(),
        ];
        for (r, at) in results.iter().zip(&at) {
            match at.get(&i) {
                Some(&k) => {
                    row.push(u8::from(r.gold[k]).to_string());
                    row.push(format!("{:.6}", r.probs[k]));
                }
                None => row.extend([String::new(), String::new()]),
            }
        }
        rows.push(row);
    }
    write_atomically(path, |out| {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(&header)?;
        for r in &rows {
            w.write_record(r)?;
        }
        w.flush()?;
        Ok(())
    })?;
    eprintln!("moderato: wrote out-of-fold predictions {}", path.display());
    Ok(())
}
