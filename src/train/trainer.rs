//! Training recipe and cross-validation.
//!
//! Per label: fit IDF on all texts, then k inner folds give out-of-fold
//! margins; Platt scaling on those margins calibrates probabilities; the
//! review threshold maximizes the label's objective and the reject threshold
//! reaches the wanted precision on them; finally the model is refit on all
//! labelled rows. Class weighting keeps rare labels (off-topic) from being
//! ignored; calibration undoes the bias it puts into the probabilities.

use linfa::dataset::DatasetBase;
use linfa::traits::Fit;
use ndarray::Array1;
use sprs::CsMat;

use super::corpus::Corpus;
use super::folds::assign_folds;
use crate::eval::{
    evaluate_label, smoothed_best_threshold, threshold_for_precision, LabelReport, Objective,
};
use crate::features::{Featurizer, FeaturizerValidParams, SparseRecords};
use crate::model::{
    BinaryLogistic, ClassWeight, Classifier, LabelModel, LogisticParams, LogisticValidParams,
    ModelCard, ModelError, SourceCard, Thresholds,
};

/// Everything training needs besides the data.
#[derive(Debug, Clone)]
pub struct TrainParams {
    /// Model name for the card.
    pub name: String,
    /// Featurizer settings.
    pub featurizer: FeaturizerValidParams,
    /// Classifier settings.
    pub logistic: LogisticValidParams,
    /// Inner folds for calibration and thresholds.
    pub inner_folds: usize,
    /// Precision the reject threshold must reach.
    pub reject_precision: f64,
    /// Seed for folds.
    pub seed: u64,
    /// Per label: what the review threshold maximizes.
    pub objectives: Vec<Objective>,
    /// Per label: its definition.
    pub definitions: Vec<String>,
    /// Per label: the largest share of comments the review threshold may flag.
    pub max_review_rates: Vec<Option<f64>>,
}

/// Result of cross-validation for one label.
#[derive(Debug, Clone)]
pub struct CvResult {
    /// Metrics over the out-of-fold predictions.
    pub report: LabelReport,
    /// Doc indices with a gold value.
    pub docs: Vec<usize>,
    /// Calibrated out-of-fold probabilities, aligned with `docs`.
    pub probs: Vec<f32>,
    /// Gold values, aligned with `docs`.
    pub gold: Vec<bool>,
}

fn strata(corpus: &Corpus, docs: &[usize], label: usize) -> Vec<u64> {
    docs.iter()
        .map(|&i| ((corpus.source[i] as u64) << 1) | corpus.gold[label][i].unwrap_or(false) as u64)
        .collect()
}

fn fit(
    params: &LogisticValidParams,
    x: SparseRecords,
    y: Vec<bool>,
) -> Result<BinaryLogistic, ModelError> {
    params.fit(&DatasetBase::new(x, Array1::from(y)))
}

/// Platt scaling: a one-feature logistic regression from margin to probability.
fn platt(margins: &[f32], gold: &[bool]) -> Result<(f32, f32), ModelError> {
    let n = margins.len();
    let x = CsMat::new((n, 1), (0..=n).collect(), vec![0; n], margins.to_vec());
    let p = LogisticParams::new()
        .c(1e4)
        .class_weight(ClassWeight::None)
        .max_iter(100);
    let m = p.fit(&DatasetBase::new(
        SparseRecords::new(x),
        Array1::from(gold.to_vec()),
    ))?;
    Ok((m.weights[0], m.bias))
}

struct Fitted {
    model: LabelModel,
    report: LabelReport,
}

fn fit_label(
    corpus: &Corpus,
    x: &SparseRecords,
    label: usize,
    params: &TrainParams,
) -> Result<Fitted, ModelError> {
    let docs = corpus.labelled(label);
    let name = corpus.labels[label].clone();
    let gold: Vec<bool> = docs
        .iter()
        .map(|&i| corpus.gold[label][i] == Some(true))
        .collect();
    let xl = x.select_rows(&docs);
    let groups: Vec<u64> = docs.iter().map(|&i| corpus.groups[i]).collect();
    let k = params.inner_folds.max(2);
    let folds = assign_folds(
        &groups,
        &strata(corpus, &docs, label),
        k,
        params.seed ^ label as u64,
    );
    let mut oof = vec![0.0f32; docs.len()];
    for f in 0..k {
        let train: Vec<usize> = (0..docs.len()).filter(|&i| folds[i] != f).collect();
        let test: Vec<usize> = (0..docs.len()).filter(|&i| folds[i] == f).collect();
        if test.is_empty() {
            continue;
        }
        let m = fit(
            &params.logistic,
            xl.select_rows(&train),
            train.iter().map(|&i| gold[i]).collect(),
        )?;
        for (i, z) in test.iter().zip(m.margins(&xl.select_rows(&test))) {
            oof[*i] = z;
        }
    }
    let (a, b) = platt(&oof, &gold)?;
    let final_model = fit(&params.logistic, xl, gold.clone())?;
    let mut model = LabelModel {
        name: name.clone(),
        logistic: final_model,
        platt: (a, b),
        thresholds: Thresholds {
            review: 0.5,
            reject: None,
        },
    };
    let probs: Vec<f32> = oof.iter().map(|&z| model.calibrate(z)).collect();
    let objective = params
        .objectives
        .get(label)
        .copied()
        .unwrap_or(Objective::F1);
    // Macro-averaged metrics weigh both classes equally, which is what the
    // balanced class weights already optimize: the model's own boundary
    // (margin 0) is the threshold, and it transfers from the inner folds to
    // the final model better than a searched one (measured on GermEval).
    // F1 of a rare label has its optimum elsewhere: search, smoothed.
    let mut review = match objective {
        Objective::MacroF1 => model.calibrate(0.0),
        Objective::F1 => smoothed_best_threshold(&probs, &gold, objective, 3),
    };
    if let Some(rate) = params.max_review_rates.get(label).copied().flatten() {
        review = review.max(quantile(&probs, 1.0 - rate));
    }
    let reject = threshold_for_precision(&probs, &gold, params.reject_precision, 10)
        .map(|(t, _)| t)
        .filter(|&t| t >= review);
    model.thresholds = Thresholds { review, reject };
    let report = evaluate_label(&name, &probs, &gold, review);
    Ok(Fitted { model, report })
}

/// The `q`-quantile of `values` (nearest rank).
fn quantile(values: &[f32], q: f64) -> f32 {
    let mut v = values.to_vec();
    v.sort_by(f32::total_cmp);
    let i = ((q.clamp(0.0, 1.0) * v.len() as f64).ceil() as usize).clamp(1, v.len().max(1)) - 1;
    v.get(i).copied().unwrap_or(0.5)
}

/// Trains a classifier on the whole corpus.
pub fn train(
    corpus: &Corpus,
    params: &TrainParams,
    sources: Vec<SourceCard>,
) -> Result<Classifier, ModelError> {
    let featurizer = Featurizer::fit(params.featurizer, &corpus.texts);
    let x = featurizer.transform(&corpus.texts);
    let mut labels = Vec::new();
    let mut reports = Vec::new();
    for l in 0..corpus.labels.len() {
        let f = fit_label(corpus, &x, l, params)?;
        tracing::info!(label = %f.model.name, auc = f.report.roc_auc, "label trained");
        labels.push(f.model);
        reports.push(f.report);
    }
    let card = ModelCard {
        name: params.name.clone(),
        moderato_version: env!("CARGO_PKG_VERSION").to_string(),
        created: created_date(),
        seed: params.seed,
        label_definitions: corpus
            .labels
            .iter()
            .cloned()
            .zip(params.definitions.iter().cloned())
            .collect(),
        sources,
        cv_metrics: reports,
        settings: format!(
            "buckets=2^{} word_ngrams=1..{} char_ngrams={}..{} char_min_df={} C={} class_weight={:?} inner_folds={} reject_precision={}",
            params.featurizer.buckets_log2,
            params.featurizer.word_ngrams,
            params.featurizer.char_min,
            params.featurizer.char_max,
            params.featurizer.min_df,
            params.logistic.c,
            params.logistic.class_weight,
            params.inner_folds,
            params.reject_precision
        ),
    };
    Ok(Classifier::new(featurizer, labels, card))
}

/// `SOURCE_DATE_EPOCH` (reproducible builds) or today, as `YYYY-MM-DD`.
fn created_date() -> String {
    let t = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .unwrap_or_else(chrono::Utc::now);
    t.format("%Y-%m-%d").to_string()
}

impl Corpus {
    /// The documents at `idx`, in that order.
    pub fn subset(&self, idx: &[usize]) -> Corpus {
        let mut c = Corpus::new(self.labels.clone());
        for &i in idx {
            let gold: Vec<Option<bool>> = self.gold.iter().map(|g| g[i]).collect();
            c.push(
                self.texts[i].clone(),
                &gold,
                self.groups[i],
                self.source[i],
                self.fold[i],
            );
        }
        c
    }
}

/// Cross-validates: for each fold, trains on the others (IDF, calibration
/// and thresholds included) and scores the held-out docs. Thresholded
/// metrics use each fold model's own threshold, as deployment would.
pub fn cross_validate(
    corpus: &Corpus,
    params: &TrainParams,
    folds: &[usize],
    progress: impl FnMut(usize, usize),
) -> Result<Vec<CvResult>, ModelError> {
    cross_validate_inner(corpus, params, folds, progress, false).map(|(r, _)| r)
}

/// Like [`cross_validate`], and also returns each fold's model (index = fold
/// number), so a report can explain a held-out comment with the model that
/// scored it rather than one that saw it in training.
pub fn cross_validate_keeping_models(
    corpus: &Corpus,
    params: &TrainParams,
    folds: &[usize],
    progress: impl FnMut(usize, usize),
) -> Result<(Vec<CvResult>, Vec<Option<Classifier>>), ModelError> {
    cross_validate_inner(corpus, params, folds, progress, true)
}

fn cross_validate_inner(
    corpus: &Corpus,
    params: &TrainParams,
    folds: &[usize],
    mut progress: impl FnMut(usize, usize),
    keep_models: bool,
) -> Result<(Vec<CvResult>, Vec<Option<Classifier>>), ModelError> {
    let k = folds.iter().copied().max().map_or(0, |m| m + 1);
    let nl = corpus.labels.len();
    let mut probs = vec![vec![f32::NAN; corpus.len()]; nl];
    let mut predicted = vec![vec![false; corpus.len()]; nl];
    let mut thresholds = vec![Vec::new(); nl];
    let mut models: Vec<Option<Classifier>> = Vec::new();
    for f in 0..k {
        progress(f, k);
        let train_idx: Vec<usize> = (0..corpus.len()).filter(|&i| folds[i] != f).collect();
        let test_idx: Vec<usize> = (0..corpus.len()).filter(|&i| folds[i] == f).collect();
        if test_idx.is_empty() {
            continue;
        }
        let model = train(&corpus.subset(&train_idx), params, Vec::new())?;
        let texts: Vec<&str> = test_idx.iter().map(|&i| corpus.texts[i].as_str()).collect();
        let scores = model.score_batch(&texts);
        for (l, lm) in model.labels.iter().enumerate() {
            thresholds[l].push(lm.thresholds.review);
            for (&i, s) in test_idx.iter().zip(&scores) {
                probs[l][i] = s[l];
                predicted[l][i] = s[l] >= lm.thresholds.review;
            }
        }
        if keep_models {
            models.resize(f, None);
            models.push(Some(model));
        }
    }
    progress(k, k);
    let results = (0..nl)
        .map(|l| {
            let docs = corpus.labelled(l);
            let gold: Vec<bool> = docs
                .iter()
                .map(|&i| corpus.gold[l][i] == Some(true))
                .collect();
            let p: Vec<f32> = docs.iter().map(|&i| probs[l][i]).collect();
            let mean_t = thresholds[l].iter().sum::<f32>() / thresholds[l].len().max(1) as f32;
            let mut report = evaluate_label(&corpus.labels[l], &p, &gold, mean_t);
            // Replace thresholded figures by those at each fold's own threshold.
            let pred: Vec<f32> = docs.iter().map(|&i| predicted[l][i] as u8 as f32).collect();
            let at_own = evaluate_label(&corpus.labels[l], &pred, &gold, 0.5);
            report.precision = at_own.precision;
            report.recall = at_own.recall;
            report.f1 = at_own.f1;
            report.macro_f1 = at_own.macro_f1;
            report.confusion = at_own.confusion;
            CvResult {
                report,
                docs,
                probs: p,
                gold,
            }
        })
        .collect();
    Ok((results, models))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantile_by_nearest_rank() {
        let v = [0.1f32, 0.4, 0.2, 0.3, 0.5];
        assert_eq!(quantile(&v, 0.8), 0.4);
        assert_eq!(quantile(&v, 1.0), 0.5);
        assert_eq!(quantile(&v, 0.0), 0.1);
        assert_eq!(quantile(&[], 0.5), 0.5);
    }

    #[test]
    fn platt_maps_margins_monotonically() {
        let m = [-2.0f32, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0];
        let g = [false, false, true, false, true, false, true, true];
        let (a, _) = platt(&m, &g).unwrap();
        assert!(a > 0.0);
    }
}
