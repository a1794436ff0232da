//! `moderato train-context`: trains the off-topic context model and writes it
//! with its card.

use anyhow::{Context, Result};

use super::args::TrainContextArgs;
use super::Outcome;
use crate::context::{train, TrainContextParams};

/// Runs `moderato train-context`.
pub fn run(a: TrainContextArgs) -> Result<Outcome> {
    let params = TrainContextParams {
        omp: a.omp,
        news: a.news,
        text_predictions: a.text_predictions,
        seed: a.seed,
        folds: a.folds,
        review_rate: a.review_rate,
    };
    let (model, report) = train(&params)?;
    model.save(&a.output)?;
    let card = a.output.with_extension("card.md");
    crate::atomic_file::write_atomically(&card, |w| w.write_all(model.card.as_bytes()))
        .with_context(|| format!("{}: cannot write the card", card.display()))?;
    println!(
        "off-topic context model: One Million Posts CV ROC-AUC {:.4} in context, {:.4} text-only, {:.3} detector alone; own vs foreign thread {:.3}; review threshold {:.4}",
        report.omp_auc_context, report.omp_auc_text_only, report.omp_auc_detector, report.swap_auc, model.threshold
    );
    println!("wrote {} and {}", a.output.display(), card.display());
    Ok(Outcome::Ok)
}
