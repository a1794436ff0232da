//! `moderato train`: config or quick flags → corpus → model file + card.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};

use super::args::{GateArgs, TableArgs, TrainArgs};
use super::common::{add_vocabulary, load_config, read_gold, train_params};
use super::info::card_markdown;
use super::Outcome;
use crate::io::InputFormat;
use crate::model::{Classifier, SourceCard};
use crate::train::gate::{self, TestSet};
use crate::train::{
    load_corpus, train_with_held_out, Corpus, HeldOut, LabelSpec, SourceConfig, SourceFormat,
    TrainConfig, TrainParams,
};

/// Runs `moderato train`.
pub fn run(a: TrainArgs) -> Result<Outcome> {
    let (mut cfg, base) = load_config(a.config.as_deref(), &a.quick, None)?;
    add_vocabulary(&mut cfg, &a.overrides)?;
    let params = train_params(&cfg, &a.overrides)?;
    let t0 = Instant::now();
    // Loaded first, so a bad path fails before minutes of training.
    let current = a.gate.compare_to.as_deref().map(load_current).transpose()?;
    let holdout = current.is_some().then_some(a.gate.recent_decisions);
    // Kept alive until the corpus is read.
    let decisions = match &a.include_decisions {
        Some(db) => Some(add_decisions(&mut cfg, db, holdout)?),
        None => None,
    };
    let (corpus, mut sources) = load_corpus(&cfg, &base)?;
    if let (Some(db), Some(_)) = (&a.include_decisions, &decisions) {
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
    let spinner = spinner(&corpus, &params);
    let (model, held_out) =
        train_with_held_out(&corpus, &params, sources.clone()).context("training failed")?;
    if let Some(b) = spinner {
        b.finish_and_clear();
    }
    if let Some((path, current)) = &current {
        let recent = decisions.and_then(|d| d.recent);
        let mut sets = gate_sets(&corpus, &sources, current, &model, held_out, recent);
        if let Some(file) = &a.gate.test_set {
            sets.push(test_set_file(file, &model)?);
        }
        if !passes_gate(path, current, &sets, &a.gate) {
            return Ok(Outcome::Partial);
        }
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

fn spinner(corpus: &Corpus, params: &TrainParams) -> Option<indicatif::ProgressBar> {
    std::io::stderr().is_terminal().then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_message(format!(
            "training {} label(s): {} inner folds each, then the final fit",
            corpus.labels.len(),
            params.inner_folds
        ));
        b.enable_steady_tick(std::time::Duration::from_millis(120));
        b
    })
}

fn load_current(path: &Path) -> Result<(PathBuf, Classifier)> {
    let m = Classifier::load(path)
        .with_context(|| format!("{}: cannot load the model to compare to", path.display()))?;
    Ok((path.to_path_buf(), m))
}

/// The held-out sets the gate judges on: the nested split's fifth, minus
/// sources the current model was trained on (its card lists their SHA-256)
/// and minus the decisions (they have their own, time-ordered set); and the
/// most recent decisions, scored by the final new model.
fn gate_sets(
    corpus: &Corpus,
    sources: &[SourceCard],
    current: &Classifier,
    model: &Classifier,
    held_out: Option<HeldOut>,
    recent: Option<RecentDecisions>,
) -> Vec<TestSet> {
    let seen: Vec<bool> = sources
        .iter()
        .map(|s| {
            s.name.starts_with(DECISIONS_SOURCE)
                || current.card.sources.iter().any(|c| c.sha256 == s.sha256)
        })
        .collect();
    let new_labels = model
        .labels
        .iter()
        .map(|l| l.name.clone())
        .collect::<Vec<_>>();
    let mut sets = Vec::new();
    if let Some(h) = held_out {
        let keep: Vec<usize> = (0..h.docs.len())
            .filter(|&i| !seen[corpus.source[h.docs[i]] as usize])
            .collect();
        let skipped = h.docs.len() - keep.len();
        if skipped > 0 {
            eprintln!("moderato: gate: {skipped} held-out comment(s) come from sources the current model was trained on (same SHA-256) or from the decisions; not compared on them");
        }
        sets.push(TestSet {
            name: "nested split, held-out fifth".into(),
            texts: keep
                .iter()
                .map(|&i| corpus.texts[h.docs[i]].clone())
                .collect(),
            gold: (0..corpus.labels.len())
                .map(|l| {
                    let g = keep.iter().map(|&i| corpus.gold[l][h.docs[i]]).collect();
                    (corpus.labels[l].clone(), g)
                })
                .collect(),
            new_scores: keep.iter().map(|&i| h.scores[i].clone()).collect(),
            new_labels: new_labels.clone(),
            new_review: h.review,
        });
    }
    if let Some(r) = recent {
        sets.push(TestSet {
            name: format!("most recent {} decisions", r.texts.len()),
            new_scores: model.score_batch(&r.texts),
            texts: r.texts,
            gold: r.gold,
            new_labels,
            new_review: model.labels.iter().map(|l| l.thresholds.review).collect(),
        });
    }
    sets.retain(|s| !s.texts.is_empty());
    sets
}

/// A labelled file given with `--test-set`, scored by the new model.
fn test_set_file(path: &Path, model: &Classifier) -> Result<TestSet> {
    let labels = model.label_names();
    let table = TableArgs {
        text_col: None,
        input_format: InputFormat::Auto,
        delimiter: None,
        encoding: "auto".into(),
    };
    let g = read_gold(&path.to_string_lossy(), &table, &[], &labels)?;
    let gold = g
        .cols
        .iter()
        .enumerate()
        .map(|(k, &li)| (labels[li].clone(), g.gold.iter().map(|r| r[k]).collect()))
        .collect();
    Ok(TestSet {
        name: format!("--test-set {}", path.display()),
        new_scores: model.score_batch(&g.texts),
        texts: g.texts,
        gold,
        new_labels: labels,
        new_review: model.labels.iter().map(|l| l.thresholds.review).collect(),
    })
}

/// Prints the comparison and says whether the new model may be written.
fn passes_gate(path: &Path, current: &Classifier, sets: &[TestSet], a: &GateArgs) -> bool {
    let rows = gate::compare(current, sets, a.max_drop);
    eprintln!(
        "moderato: gate: new model vs {} (cur), refused when ROC-AUC or average precision drops by more than {}",
        path.display(),
        a.max_drop
    );
    eprint!("{}", gate::render(&rows, a.max_drop));
    let why = if gate::refuses(&rows) {
        "the new model is worse on a label (WORSE above)"
    } else if !gate::judged_any(&rows) {
        "no held-out comments that neither model trained on, with enough of each class; add moderator decisions (--include-decisions) or data the current model has not seen"
    } else {
        eprintln!("moderato: gate passed");
        return true;
    };
    if a.force {
        eprintln!("moderato: gate: {why}; writing it anyway (--force)");
        true
    } else {
        eprintln!("moderato: not written: {why}. --force writes it anyway");
        false
    }
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
fn add_decisions(
    cfg: &mut TrainConfig,
    db: &Path,
    holdout: Option<f64>,
) -> Result<DecisionsSource> {
    let mut tmp = tempfile::NamedTempFile::new().context("cannot create a temporary file")?;
    // A postgres:// URL may carry a password: never print it.
    let shown = crate::serve::queue::redact_url(&db.display().to_string());
    let rows = crate::serve::export_decisions(db, std::io::BufWriter::new(tmp.as_file_mut()))
        .with_context(|| format!("{shown}: cannot read moderator decisions"))?;
    eprintln!("moderato: {rows} moderator decision(s) from {shown}");
    let labels = cfg.label_names();
    let (tmp, recent) = match holdout {
        Some(share) => {
            let (rest, recent) = split_recent(tmp.path(), share, &labels)?;
            eprintln!(
                "moderato: gate: the {} most recent moderator decision(s) are kept out of training as the time-ordered test set",
                recent.texts.len()
            );
            (rest, Some(recent))
        }
        None => (tmp, None),
    };
    let labels = labels
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
        // Redacted: the name is printed and written into the model card.
        name: format!("{DECISIONS_SOURCE}{shown}"),
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
        weight: None,
        weight_grid: None,
        auxiliary: false,
    });
    Ok(DecisionsSource {
        _export: tmp,
        recent,
    })
}

/// Names the source that `--include-decisions` adds (then the database).
const DECISIONS_SOURCE: &str = "decisions:";

/// The decisions export a training run reads, and the recent decisions
/// kept out of it.
struct DecisionsSource {
    /// Kept alive until the corpus is read.
    _export: tempfile::NamedTempFile,
    recent: Option<RecentDecisions>,
}

/// The most recent moderator decisions: the gate's time-ordered test set.
struct RecentDecisions {
    texts: Vec<String>,
    gold: Vec<(String, Vec<Option<bool>>)>,
}

/// Splits a decisions export into the older rows (written to a new
/// temporary file, for training) and the latest `share` of the moderators'
/// own decisions by `decided_at`. Perspective-client feedback stays in
/// training: it is not a moderator's judgement to test against.
fn split_recent(
    export: &Path,
    share: f64,
    labels: &[String],
) -> Result<(tempfile::NamedTempFile, RecentDecisions)> {
    if !(0.0..1.0).contains(&share) {
        bail!("--recent-decisions {share}: must be at least 0 and below 1");
    }
    let mut reader = csv::Reader::from_path(export).context("cannot read the decisions export")?;
    let header = reader.headers()?.clone();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(origin), Some(at), Some(text)) = (col("origin"), col("decided_at"), col("text"))
    else {
        bail!("the decisions export lacks origin, decided_at or text columns");
    };
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>()?;
    let mut moderator: Vec<usize> = (0..rows.len())
        .filter(|&i| &rows[i][origin] == "moderator")
        .collect();
    // Stable: decisions with the same timestamp keep their export order.
    moderator.sort_by(|&a, &b| rows[a][at].cmp(&rows[b][at]));
    let n_recent = (moderator.len() as f64 * share).ceil() as usize;
    let recent_idx = &moderator[moderator.len() - n_recent..];
    let mut is_recent = vec![false; rows.len()];
    recent_idx.iter().for_each(|&i| is_recent[i] = true);
    let rest = tempfile::NamedTempFile::new().context("cannot create a temporary file")?;
    let mut w = csv::Writer::from_path(rest.path())?;
    w.write_record(&header)?;
    for (r, _) in rows.iter().zip(&is_recent).filter(|(_, &recent)| !recent) {
        w.write_record(r)?;
    }
    w.flush()?;
    let gold = labels
        .iter()
        .map(|l| {
            let g = recent_idx
                .iter()
                .map(|&i| match col(l).map(|c| &rows[i][c]) {
                    Some("1") => Some(true),
                    Some("0") => Some(false),
                    _ => None,
                })
                .collect();
            (l.clone(), g)
        })
        .collect();
    let texts = recent_idx
        .iter()
        .map(|&i| rows[i][text].to_string())
        .collect();
    Ok((rest, RecentDecisions { texts, gold }))
}
