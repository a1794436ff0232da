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
use rayon::prelude::*;
use sprs::CsMat;

use super::corpus::Corpus;
use super::folds::assign_folds;
use crate::eval::{
    average_precision, evaluate_label, smoothed_best_threshold, threshold_for_precision,
    LabelReport, Objective,
};
use crate::features::{Featurizer, FeaturizerValidParams, NgramCounts, SparseRecords};
use crate::model::{
    nb, BinaryLogistic, ClassWeight, Classifier, LabelModel, LogisticParams, LogisticValidParams,
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
    /// Naive-Bayes feature scaling with this smoothing; `None` fits plain TF-IDF.
    pub nb_alpha: Option<f64>,
    /// Candidate smoothings (0 = plain TF-IDF), chosen per label by inner
    /// cross-validation together with `C`; empty: `nb_alpha` alone. NB
    /// ratios help a label with many positives and add noise to a rare one
    /// (One Million Posts' Discriminating has 162 in 2,639).
    pub nb_alpha_grid: Vec<f64>,
    /// Candidate `C` values, chosen per label by inner cross-validation
    /// (empty: `logistic.c` alone).
    pub c_grid: Vec<f64>,
    /// Per label: the positive rate where the model is deployed; the
    /// calibration is shifted from the training rate to it.
    pub priors: Vec<Option<f64>>,
    /// Per label: the share of a plain TF-IDF fit (at the chosen `C`)
    /// blended into an NB-scaled one; ignored when the label chose plain.
    pub plain_blends: Vec<Option<f64>>,
    /// Report the card's figures from a nested held-out split (costs about
    /// one more training run); off inside cross-validation folds.
    pub held_out_card: bool,
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

/// Fits one label's linear models on features `x`, one per `C` in `cs`
/// (warm-started along the list, so give it ascending): NB-scaled when asked
/// (see [`crate::model::nb`]), with the scaling folded back into the weights.
/// `w` weighs rows in the loss (`None`: all 1; the NB ratios stay unweighted).
fn fit(
    params: &TrainParams,
    (cs, nb_alpha): (&[f64], Option<f64>),
    x: &SparseRecords,
    y: &[bool],
    w: Option<&[f32]>,
) -> Result<Vec<BinaryLogistic>, ModelError> {
    let targets = Array1::from(y.to_vec());
    let data = |records: SparseRecords| {
        let d = DatasetBase::new(records, targets.clone());
        match w {
            Some(w) => d.with_weights(Array1::from(w.to_vec())),
            None => d,
        }
    };
    let Some(alpha) = nb_alpha else {
        return params.logistic.fit_path(&data(x.clone()), cs);
    };
    let hashed = 1usize << params.featurizer.buckets_log2;
    let r = nb::log_count_ratios(&x.matrix, y, hashed, alpha);
    let scaled = SparseRecords::new(nb::scale_columns(&x.matrix, &r));
    let mut models = params.logistic.fit_path(&data(scaled), cs)?;
    for m in &mut models {
        m.weights.iter_mut().zip(&r).for_each(|(w, r)| *w *= r);
    }
    Ok(models)
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

/// Shifts a Platt intercept from the training prior to a deployment prior:
/// with Bayes' rule the posterior odds scale by the ratio of prior odds.
fn shift_prior((a, b): (f32, f32), train_rate: f64, deploy_rate: f64) -> (f32, f32) {
    let logit = |p: f64| (p / (1.0 - p)).ln();
    let train_rate = train_rate.clamp(1e-6, 1.0 - 1e-6);
    (a, b + (logit(deploy_rate) - logit(train_rate)) as f32)
}

/// One inner fold of a label: positions into the label's docs, and features
/// from a featurizer fitted without the held-out texts (so IDF and min_df
/// never see them).
struct InnerFold {
    test: Vec<usize>,
    x_train: SparseRecords,
    y_train: Vec<bool>,
    /// Corpus indices of the training rows (their loss weights depend on
    /// the weight candidate being tried).
    train_docs: Vec<usize>,
    x_test: SparseRecords,
}

/// Loss weights of `docs` under per-source weights, or `None` when every
/// one is 1 (the common case, which then fits exactly as before weights
/// existed).
fn row_weights(corpus: &Corpus, docs: &[usize], per_source: &[f32]) -> Option<Vec<f32>> {
    let w: Vec<f32> = (docs.iter())
        .map(|&i| corpus.weight_under(i, per_source))
        .collect();
    w.iter().any(|&x| x != 1.0).then_some(w)
}

fn inner_folds(
    corpus: &Corpus,
    counts: &NgramCounts,
    docs: &[usize],
    gold: &[bool],
    label: usize,
    params: &TrainParams,
) -> Vec<InnerFold> {
    let groups: Vec<u64> = docs.iter().map(|&i| corpus.groups[i]).collect();
    let k = params.inner_folds.max(2);
    let folds = assign_folds(
        &groups,
        &strata(corpus, docs, label),
        k,
        params.seed ^ label as u64,
    );
    let mut held_out = vec![usize::MAX; corpus.len()];
    for (pos, &d) in docs.iter().enumerate() {
        held_out[d] = folds[pos];
    }
    (0..k)
        .into_par_iter()
        .filter_map(|f| {
            let test: Vec<usize> = (0..docs.len()).filter(|&i| folds[i] == f).collect();
            if test.is_empty() {
                return None;
            }
            let train: Vec<usize> = (0..docs.len()).filter(|&i| folds[i] != f).collect();
            // IDF from every text but the held-out fold's, labelled or not.
            let fit_on: Vec<usize> = (0..corpus.len()).filter(|&d| held_out[d] != f).collect();
            let featurizer = counts.fit(&fit_on);
            let rows = |pos: &[usize]| -> Vec<usize> { pos.iter().map(|&i| docs[i]).collect() };
            Some(InnerFold {
                x_train: counts.rows(&featurizer, &rows(&train)),
                y_train: train.iter().map(|&i| gold[i]).collect(),
                train_docs: rows(&train),
                x_test: counts.rows(&featurizer, &rows(&test)),
                test,
            })
        })
        .collect()
}

/// Out-of-fold margins for every `C` of `grid` (in its order). The folds are
/// fitted in parallel, each along the grid in ascending order with warm
/// starts; every fold's result is the same whatever runs beside it.
fn oof_margins(
    corpus: &Corpus,
    folds: &[InnerFold],
    n: usize,
    (grid, per_source, nb_alpha): (&[f64], &[f32], Option<f64>),
    params: &TrainParams,
) -> Result<Vec<Vec<f32>>, ModelError> {
    let mut ascending = grid.to_vec();
    ascending.sort_by(f64::total_cmp);
    ascending.dedup();
    let per_fold: Vec<Vec<Vec<f32>>> = folds
        .par_iter()
        .map(|fold| {
            let models = fit(
                params,
                (&ascending, nb_alpha),
                &fold.x_train,
                &fold.y_train,
                row_weights(corpus, &fold.train_docs, per_source).as_deref(),
            )?;
            Ok(models.iter().map(|m| m.margins(&fold.x_test)).collect())
        })
        .collect::<Result<_, ModelError>>()?;
    let mut oof = vec![vec![0.0f32; n]; ascending.len()];
    for (fold, margins) in folds.iter().zip(per_fold) {
        for (out, z) in oof.iter_mut().zip(margins) {
            for (&i, z) in fold.test.iter().zip(z) {
                out[i] = z;
            }
        }
    }
    Ok(grid
        .iter()
        .map(|c| {
            let k = ascending.iter().position(|a| a == c).expect("c in grid");
            oof[k].clone()
        })
        .collect())
}

/// What inner cross-validation chose for a label: `C`, the per-source
/// loss weights, the NB smoothing, and the out-of-fold margins they gave.
struct Choice {
    c: f64,
    weights: Vec<f32>,
    nb_alpha: Option<f64>,
    oof: Vec<f32>,
}

/// The NB smoothings to try (`None`: plain TF-IDF).
fn nb_candidates(params: &TrainParams) -> Vec<Option<f64>> {
    if params.nb_alpha_grid.is_empty() {
        return vec![params.nb_alpha];
    }
    (params.nb_alpha_grid.iter())
        .map(|&a| Some(a).filter(|&a| a > 0.0))
        .collect()
}

/// The `C` of the grid, the NB smoothing of its grid, and the source
/// weights of the corpus's weight candidates, whose out-of-fold margins rank the `judged` positions best
/// (average precision: threshold-free, and it weighs the rare positive
/// class). The first best wins ties, so one-element grids change nothing.
fn choose(
    corpus: &Corpus,
    folds: &[InnerFold],
    gold: &[bool],
    judged: &[usize],
    params: &TrainParams,
) -> Result<Choice, ModelError> {
    let grid = if params.c_grid.is_empty() {
        vec![params.logistic.c]
    } else {
        params.c_grid.clone()
    };
    let mut best: Option<(f64, Choice)> = None;
    for nb_alpha in nb_candidates(params) {
        for weights in corpus.weight_candidates() {
            let setting = (grid.as_slice(), weights.as_slice(), nb_alpha);
            let margins = oof_margins(corpus, folds, gold.len(), setting, params)?;
            for (c, oof) in grid.iter().copied().zip(margins) {
                let ap = average_precision(&pick(&oof, judged), &pick(gold, judged));
                tracing::debug!(c, ?weights, ?nb_alpha, ap, "inner cross-validation");
                if best.as_ref().is_none_or(|b| ap > b.0) {
                    let weights = weights.clone();
                    best = Some((
                        ap,
                        Choice {
                            c,
                            weights,
                            nb_alpha,
                            oof,
                        },
                    ));
                }
            }
        }
    }
    Ok(best.expect("grid is not empty").1)
}

struct Fitted {
    model: LabelModel,
    report: LabelReport,
    c: f64,
    /// The per-source weights it trained with.
    weights: Vec<f32>,
    /// The NB smoothing it trained with.
    nb_alpha: Option<f64>,
    /// The share of the plain fit blended in, if any.
    blend: Option<f64>,
}

/// Review and reject thresholds from calibrated out-of-fold probabilities.
fn thresholds(
    model: &LabelModel,
    probs: &[f32],
    gold: &[bool],
    label: usize,
    params: &TrainParams,
) -> Thresholds {
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
        Objective::F1 => smoothed_best_threshold(probs, gold, objective, 3),
    };
    if let Some(rate) = params.max_review_rates.get(label).copied().flatten() {
        review = review.max(quantile(probs, 1.0 - rate));
    }
    let reject = threshold_for_precision(probs, gold, params.reject_precision, 10)
        .map(|(t, _)| t)
        .filter(|&t| t >= review);
    Thresholds { review, reject }
}

fn fit_label(
    corpus: &Corpus,
    counts: &NgramCounts,
    featurizer: &Featurizer,
    label: usize,
    params: &TrainParams,
) -> Result<Fitted, ModelError> {
    let docs = corpus.labelled(label);
    let name = corpus.labels[label].clone();
    let gold: Vec<bool> = docs
        .iter()
        .map(|&i| corpus.gold[label][i] == Some(true))
        .collect();
    let judged = judged_positions(corpus, &docs, &gold);
    let folds = inner_folds(corpus, counts, &docs, &gold, label, params);
    let Choice {
        c,
        weights,
        nb_alpha,
        oof,
    } = choose(corpus, &folds, &gold, &judged, params)?;
    let blend = (params.plain_blends.get(label).copied().flatten())
        .filter(|&b| b > 0.0 && nb_alpha.is_some());
    let oof = match blend {
        Some(b) => {
            let setting = (&[c][..], weights.as_slice(), None);
            let plain = oof_margins(corpus, &folds, gold.len(), setting, params)?;
            mix(&oof, &plain[0], b)
        }
        None => oof,
    };
    drop(folds);
    let (oof, gold_judged) = (pick(&oof, &judged), pick(&gold, &judged));
    let mut calibration = platt(&oof, &gold_judged)?;
    if let Some(rate) = params.priors.get(label).copied().flatten() {
        let positives = gold_judged.iter().filter(|&&g| g).count();
        let train_rate = positives as f64 / gold_judged.len().max(1) as f64;
        calibration = shift_prior(calibration, train_rate, rate);
    }
    let x = counts.rows(featurizer, &docs);
    let loss_weights = row_weights(corpus, &docs, &weights);
    let fit_one = |nb| -> Result<BinaryLogistic, ModelError> {
        let fitted = fit(params, (&[c], nb), &x, &gold, loss_weights.as_deref())?;
        Ok(fitted.into_iter().next().expect("one model per C"))
    };
    let mut final_model = fit_one(nb_alpha)?;
    if let Some(b) = blend {
        final_model = mix_models(final_model, &fit_one(None)?, b);
    }
    let mut model = LabelModel {
        name: name.clone(),
        logistic: final_model,
        platt: calibration,
        thresholds: Thresholds {
            review: 0.5,
            reject: None,
        },
    };
    let probs: Vec<f32> = oof.iter().map(|&z| model.calibrate(z)).collect();
    model.thresholds = thresholds(&model, &probs, &gold_judged, label, params);
    let report = evaluate_label(&name, &probs, &gold_judged, model.thresholds.review);
    Ok(Fitted {
        model,
        report,
        c,
        weights,
        nb_alpha,
        blend,
    })
}

/// `(1 - b)·nb + b·plain`, element by element (margins or weights).
fn mix(nb: &[f32], plain: &[f32], b: f64) -> Vec<f32> {
    let b = b as f32;
    nb.iter()
        .zip(plain)
        .map(|(&n, &p)| (1.0 - b) * n + b * p)
        .collect()
}

/// One linear model whose margin is the blend of the two models' margins:
/// both read the same features, so the blend of their weights is exact.
fn mix_models(nb: BinaryLogistic, plain: &BinaryLogistic, b: f64) -> BinaryLogistic {
    let b32 = b as f32;
    BinaryLogistic {
        weights: mix(&nb.weights, &plain.weights, b),
        bias: (1.0 - b32) * nb.bias + b32 * plain.bias,
        converged: nb.converged && plain.converged,
    }
}

/// Positions into `docs` whose out-of-fold scores choose `C`, calibrate and
/// set thresholds: those of non-auxiliary sources, so that probabilities fit
/// the user's own data; all of them when those lack a class.
fn judged_positions(corpus: &Corpus, docs: &[usize], gold: &[bool]) -> Vec<usize> {
    let own: Vec<usize> = (0..docs.len())
        .filter(|&p| !corpus.is_auxiliary(docs[p]))
        .collect();
    let positives = own.iter().filter(|&&p| gold[p]).count();
    if positives == 0 || positives == own.len() {
        return (0..docs.len()).collect();
    }
    own
}

/// `v` at positions `at`, in that order.
fn pick<T: Copy>(v: &[T], at: &[usize]) -> Vec<T> {
    at.iter().map(|&i| v[i]).collect()
}

/// The `q`-quantile of `values` (nearest rank).
fn quantile(values: &[f32], q: f64) -> f32 {
    let mut v = values.to_vec();
    v.sort_by(f32::total_cmp);
    let i = ((q.clamp(0.0, 1.0) * v.len() as f64).ceil() as usize).clamp(1, v.len().max(1)) - 1;
    v.get(i).copied().unwrap_or(0.5)
}

/// Every label fitted on the whole corpus, with the `C` each chose.
fn fit_labels(
    corpus: &Corpus,
    counts: &NgramCounts,
    params: &TrainParams,
) -> Result<(Featurizer, Vec<Fitted>), ModelError> {
    let all: Vec<usize> = (0..corpus.len()).collect();
    let featurizer = counts.fit(&all);
    let mut fitted = Vec::new();
    for l in 0..corpus.labels.len() {
        let f = fit_label(corpus, counts, &featurizer, l, params)?;
        tracing::info!(label = %f.model.name, c = f.c, auc = f.report.roc_auc, "label trained");
        fitted.push(f);
    }
    Ok((featurizer, fitted))
}

/// The held-out fifth of the nested split: which docs, and how the model
/// trained without them scored them. `moderato train --compare-to` judges
/// the current model on the same docs.
#[derive(Debug, Clone)]
pub struct HeldOut {
    /// Corpus indices of the held-out docs.
    pub docs: Vec<usize>,
    /// `scores[i][label]`: calibrated probabilities for `docs[i]`.
    pub scores: Vec<Vec<f32>>,
    /// Per label: the review threshold of the model that scored them.
    pub review: Vec<f32>,
}

/// The card's figures from a nested split: the whole recipe (IDF, `C`,
/// calibration, thresholds) is trained on four fifths of the corpus
/// (grouped, stratified by source) and judged on the fifth it never saw, at
/// its own thresholds. The inner out-of-fold scores chose calibration and
/// thresholds, so figures computed on them would flatter the model.
fn held_out_reports(
    corpus: &Corpus,
    counts: &NgramCounts,
    params: &TrainParams,
) -> Result<(Vec<LabelReport>, HeldOut), ModelError> {
    let strata: Vec<u64> = corpus.source.iter().map(|&s| s as u64).collect();
    let folds = assign_folds(&corpus.groups, &strata, 5, params.seed ^ 0x6e65_7374);
    let held = |i: usize| folds[i] == 0 && !corpus.is_auxiliary(i);
    let train_idx: Vec<usize> = (0..corpus.len()).filter(|&i| !held(i)).collect();
    let test_idx: Vec<usize> = (0..corpus.len()).filter(|&i| held(i)).collect();
    let inner = TrainParams {
        held_out_card: false,
        ..params.clone()
    };
    let model = train_counted(
        &corpus.subset(&train_idx),
        &counts.subset(&train_idx),
        &inner,
        Vec::new(),
    )?
    .0;
    let texts: Vec<&str> = test_idx.iter().map(|&i| corpus.texts[i].as_str()).collect();
    let scores = model.score_batch(&texts);
    let mut reports = Vec::new();
    for (l, lm) in model.labels.iter().enumerate() {
        let (mut p, mut gold) = (Vec::new(), Vec::new());
        for (&i, s) in test_idx.iter().zip(&scores) {
            if let Some(g) = corpus.gold[l][i] {
                p.push(s[l]);
                gold.push(g);
            }
        }
        let positives = gold.iter().filter(|&&g| g).count();
        if positives == 0 || positives == gold.len() {
            // A fifth without both classes measures nothing.
            return Err(ModelError::OneClass {
                positives,
                negatives: gold.len() - positives,
            });
        }
        reports.push(evaluate_label(&lm.name, &p, &gold, lm.thresholds.review));
    }
    let review = model.labels.iter().map(|l| l.thresholds.review).collect();
    let held_out = HeldOut {
        docs: test_idx,
        scores,
        review,
    };
    Ok((reports, held_out))
}

const NESTED: &str = "nested split: the whole recipe trained on 4/5 of the corpus (grouped, stratified by source), judged on the other 1/5 at its own thresholds";
const INNER_OOF: &str =
    "out-of-fold scores of the inner folds, which also chose calibration and thresholds (optimistic)";

/// Trains a classifier on the whole corpus.
pub fn train(
    corpus: &Corpus,
    params: &TrainParams,
    sources: Vec<SourceCard>,
) -> Result<Classifier, ModelError> {
    train_with_held_out(corpus, params, sources).map(|(model, _)| model)
}

/// Like [`train`], and also returns the nested split's held-out scores
/// (`None` when `held_out_card` is off or the data was too small for it).
pub fn train_with_held_out(
    corpus: &Corpus,
    params: &TrainParams,
    sources: Vec<SourceCard>,
) -> Result<(Classifier, Option<HeldOut>), ModelError> {
    let counts =
        NgramCounts::new(params.featurizer, &corpus.texts).with_vocabulary(&corpus.vocabulary);
    train_counted(corpus, &counts, params, sources)
}

/// [`train_with_held_out`] with the corpus already hashed (`counts` in
/// corpus order): every fold and the nested split reweigh the same counts.
fn train_counted(
    corpus: &Corpus,
    counts: &NgramCounts,
    params: &TrainParams,
    sources: Vec<SourceCard>,
) -> Result<(Classifier, Option<HeldOut>), ModelError> {
    // The nested split and the final training are independent: both run at
    // once, each as deterministic as alone.
    let (labels, nested) = rayon::join(
        || fit_labels(corpus, counts, params),
        || {
            params
                .held_out_card
                .then(|| held_out_reports(corpus, counts, params))
        },
    );
    let (featurizer, fitted) = labels?;
    let in_sample = || fitted.iter().map(|f| f.report.clone()).collect();
    let (cv_metrics, metrics_from, held_out) = match nested {
        None => (in_sample(), INNER_OOF, None),
        Some(nested) => match nested {
            Ok((r, h)) => (r, NESTED, Some(h)),
            Err(e) => {
                tracing::warn!(error = %e, "too little data for a nested split; the card reports inner out-of-fold figures");
                (in_sample(), INNER_OOF, None)
            }
        },
    };
    let settings = card_settings(corpus, params, &fitted, &sources);
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
        cv_metrics,
        metrics_from: metrics_from.into(),
        settings,
    };
    let labels = fitted.into_iter().map(|f| f.model).collect();
    Ok((Classifier::new(featurizer, labels, card), held_out))
}

/// The card's one-line record of how the model was trained: enough to
/// retrain it, and the `C` each label chose.
fn card_settings(
    corpus: &Corpus,
    params: &TrainParams,
    fitted: &[Fitted],
    sources: &[SourceCard],
) -> String {
    let unconverged: Vec<&str> = fitted
        .iter()
        .filter(|f| !f.model.logistic.converged)
        .map(|f| f.model.name.as_str())
        .collect();
    let chosen_c: Vec<String> = fitted
        .iter()
        .map(|f| format!("{}={}", f.model.name, f.c))
        .collect();
    let priors: Vec<String> = corpus
        .labels
        .iter()
        .zip(&params.priors)
        .filter_map(|(n, p)| p.map(|p| format!("{n}={p}")))
        .collect();
    format!(
        "buckets=2^{} word_ngrams=1..{} char_ngrams={}..{} char_min_df={} C={} (grid {:?}) nb_alpha={:?} deployment_priors=[{}] class_weight={:?} inner_folds={} reject_precision={} mask_artefacts={} mask_groups={} stems={} typos={} mute_mentions={} mute_negated={} newton={}",
        params.featurizer.buckets_log2,
        params.featurizer.word_ngrams,
        params.featurizer.char_min,
        params.featurizer.char_max,
        params.featurizer.min_df,
        chosen_c.join(","),
        params.c_grid,
        params.nb_alpha,
        priors.join(","),
        params.logistic.class_weight,
        params.inner_folds,
        params.reject_precision,
        params.featurizer.mask_artefacts,
        params.featurizer.mask_groups,
        params.featurizer.stems,
        params.featurizer.typos,
        params.featurizer.mute_mentions,
        params.featurizer.mute_negated,
        if unconverged.is_empty() {
            "converged".to_string()
        } else {
            format!("NOT converged for {} (hit max_iter)", unconverged.join(","))
        },
    ) + &nb_setting(params, fitted)
        + &blend_setting(fitted)
        + &cue_setting(params.featurizer.cues)
        + &source_setting(corpus, sources, fitted)
        + &vocabulary_setting(corpus)
}

/// The card's note of the vocabulary texts (see `ModelConfig::vocabulary`):
/// their words are not trained on, but their stems are in the model.
/// Empty without them, so that older cards stay byte for byte.
fn vocabulary_setting(corpus: &Corpus) -> String {
    if corpus.vocabulary_names.is_empty() {
        return String::new();
    }
    format!(" vocabulary=[{}]", corpus.vocabulary_names.join(", "))
}

/// The card's note of the NB grid and each label's choice (0 = plain
/// TF-IDF); empty without a grid, so older cards stay byte for byte.
fn nb_setting(params: &TrainParams, fitted: &[Fitted]) -> String {
    if params.nb_alpha_grid.is_empty() {
        return String::new();
    }
    let chosen: Vec<String> = (fitted.iter())
        .map(|f| format!("{}={}", f.model.name, f.nb_alpha.unwrap_or(0.0)))
        .collect();
    format!(
        " nb_alpha_grid={:?} chosen_nb_alpha=[{}]",
        params.nb_alpha_grid,
        chosen.join(",")
    )
}

/// The card's note of the labels whose NB fit has a plain one blended in;
/// empty without any, so older cards stay byte for byte.
fn blend_setting(fitted: &[Fitted]) -> String {
    let blended: Vec<String> = (fitted.iter())
        .filter_map(|f| f.blend.map(|b| format!("{}={b}", f.model.name)))
        .collect();
    if blended.is_empty() {
        return String::new();
    }
    format!(" plain_blend=[{}]", blended.join(","))
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
        c.source_weight.clone_from(&self.source_weight);
        c.source_auxiliary.clone_from(&self.source_auxiliary);
        c.source_weight_grid.clone_from(&self.source_weight_grid);
        c.vocabulary.clone_from(&self.vocabulary);
        c.vocabulary_names.clone_from(&self.vocabulary_names);
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
    let counts =
        NgramCounts::new(params.featurizer, &corpus.texts).with_vocabulary(&corpus.vocabulary);
    for f in 0..k {
        progress(f, k);
        // Auxiliary rows train in every fold and are never scored.
        let tested = |i: usize| folds[i] == f && !corpus.is_auxiliary(i);
        let train_idx: Vec<usize> = (0..corpus.len()).filter(|&i| !tested(i)).collect();
        let test_idx: Vec<usize> = (0..corpus.len()).filter(|&i| tested(i)).collect();
        if test_idx.is_empty() {
            continue;
        }
        let fold_params = TrainParams {
            held_out_card: false,
            ..params.clone()
        };
        let model = train_counted(
            &corpus.subset(&train_idx),
            &counts.subset(&train_idx),
            &fold_params,
            Vec::new(),
        )?
        .0;
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
            let mut docs = corpus.labelled(l);
            docs.retain(|&i| !corpus.is_auxiliary(i));
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

/// The card's note of source weights, weight grids with the weight each
/// label chose, and auxiliary sources; empty when every source has weight
/// 1 and none is auxiliary (older cards stay byte for byte).
fn source_setting(corpus: &Corpus, sources: &[SourceCard], fitted: &[Fitted]) -> String {
    let name = |i: usize| {
        sources
            .get(i)
            .map_or_else(|| format!("source{i}"), |s| s.name.clone())
    };
    let weights: Vec<String> = (corpus.source_weight.iter().enumerate())
        .filter(|(_, &w)| w != 1.0)
        .map(|(i, w)| format!("{}={w}", name(i)))
        .collect();
    let auxiliary: Vec<String> = (corpus.source_auxiliary.iter().enumerate())
        .filter(|(_, &a)| a)
        .map(|(i, _)| name(i))
        .collect();
    let mut out = String::new();
    if !weights.is_empty() {
        out += &format!(" source_weights=[{}]", weights.join(","));
    }
    let gridded: Vec<usize> = (corpus.source_weight_grid.iter().enumerate())
        .filter(|(_, g)| !g.is_empty())
        .map(|(i, _)| i)
        .collect();
    if !gridded.is_empty() {
        let grids: Vec<String> = (gridded.iter())
            .map(|&i| format!("{}={:?}", name(i), corpus.source_weight_grid[i]))
            .collect();
        let chosen: Vec<String> = (fitted.iter())
            .flat_map(|f| {
                let label = &f.model.name;
                gridded.iter().map(move |&i| {
                    let w = f.weights.get(i).copied().unwrap_or(1.0);
                    format!("{label}:{}={w}", name(i))
                })
            })
            .collect();
        out += &format!(
            " source_weight_grids=[{}] chosen_weights=[{}]",
            grids.join(","),
            chosen.join(",")
        );
    }
    if !auxiliary.is_empty() {
        out += &format!(" auxiliary_sources=[{}]", auxiliary.join(","));
    }
    out
}

/// The card's note of the cue lexicon, empty without cues (so that models
/// trained without them keep their card byte for byte).
fn cue_setting(cues: u64) -> String {
    if cues == 0 {
        String::new()
    } else {
        format!(" cue_lexicon={cues:016x}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_names_the_vocabulary_texts_and_older_cards_stay() {
        let mut c = Corpus::new(vec!["toxic".into()]);
        assert_eq!(vocabulary_setting(&c), "");
        c.vocabulary_names.push("news.csv (68ba71a01919…)".into());
        assert_eq!(
            vocabulary_setting(&c.subset(&[])),
            " vocabulary=[news.csv (68ba71a01919…)]"
        );
    }

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

    #[test]
    fn a_lower_deployment_prior_lowers_probabilities_but_keeps_their_order() {
        let (a, b) = shift_prior((1.5, 0.2), 0.30, 0.12);
        assert_eq!(a, 1.5);
        assert!(b < 0.2);
        let logit = |p: f64| (p / (1.0 - p)).ln();
        assert!(((b - 0.2) as f64 - (logit(0.12) - logit(0.30))).abs() < 1e-6);
        assert_eq!(shift_prior((1.0, 0.0), 0.2, 0.2), (1.0, 0.0));
    }

    #[test]
    fn an_nb_grid_is_chosen_per_label_and_the_model_is_the_one_fitted_with_the_choice() {
        let c = fixture_corpus();
        let mut grid = params(Some(1.0));
        grid.nb_alpha_grid = vec![0.0, 1.0];
        let model = train(&c, &grid, Vec::new()).unwrap();
        let settings = &model.card.settings;
        let chosen = settings
            .split(" chosen_nb_alpha=[toxic=")
            .nth(1)
            .and_then(|s| s.split(']').next())
            .unwrap_or_else(|| panic!("no NB choice on the card: {settings}"));
        assert!(settings.contains(" nb_alpha_grid=[0.0, 1.0]"), "{settings}");
        let alpha: f64 = chosen.parse().unwrap();
        let fixed = train(&c, &params(Some(alpha).filter(|&a| a > 0.0)), Vec::new()).unwrap();
        let text = ["Du bist ein Idiot", "Schöner Artikel, danke"];
        assert_eq!(model.score_batch(&text), fixed.score_batch(&text));
        // A one-value grid is that value: 0 is plain TF-IDF.
        let mut off = params(Some(1.0));
        off.nb_alpha_grid = vec![0.0];
        let off = train(&c, &off, Vec::new()).unwrap();
        let plain = train(&c, &params(None), Vec::new()).unwrap();
        assert_eq!(off.score_batch(&text), plain.score_batch(&text));
        let nb = train(&c, &params(Some(1.0)), Vec::new()).unwrap();
        assert_ne!(off.score_batch(&text), nb.score_batch(&text));
    }

    #[test]
    fn a_plain_blend_is_the_blend_of_the_two_fits_and_only_of_an_nb_fit() {
        let c = fixture_corpus();
        let fixed = |nb, blend| TrainParams {
            c_grid: Vec::new(),
            plain_blends: vec![blend],
            ..params(nb)
        };
        let nb = train(&c, &fixed(Some(1.0), None), Vec::new()).unwrap();
        let plain = train(&c, &fixed(None, None), Vec::new()).unwrap();
        let blended = train(&c, &fixed(Some(1.0), Some(0.25)), Vec::new()).unwrap();
        let settings = &blended.card.settings;
        assert!(settings.contains(" plain_blend=[toxic=0.25]"), "{settings}");
        assert!(!nb.card.settings.contains("plain_blend"));
        let (a, b, m) = (
            &nb.labels[0].logistic,
            &plain.labels[0].logistic,
            &blended.labels[0].logistic,
        );
        assert!((m.bias - (0.75 * a.bias + 0.25 * b.bias)).abs() < 1e-6);
        let off = (a.weights.iter().zip(&b.weights).zip(&m.weights))
            .map(|((a, b), m)| (m - (0.75 * a + 0.25 * b)).abs())
            .fold(0.0f32, f32::max);
        assert!(off < 1e-6, "largest weight off the blend: {off}");
        assert!(a.weights != m.weights && b.weights != m.weights);
        // Its calibration is fitted to the blended out-of-fold margins.
        assert_ne!(blended.labels[0].platt, nb.labels[0].platt);
        // A label that fits plain TF-IDF has nothing to blend.
        let text = ["Du bist ein Idiot", "Schöner Artikel, danke"];
        let ignored = train(&c, &fixed(None, Some(0.25)), Vec::new()).unwrap();
        assert_eq!(ignored.score_batch(&text), plain.score_batch(&text));
        assert!(!ignored.card.settings.contains("plain_blend"));
    }

    fn fixture_corpus() -> Corpus {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/fixtures/tiny-train.csv");
        let mut r = csv::Reader::from_path(path).unwrap();
        let mut c = Corpus::new(vec!["toxic".into()]);
        for (i, row) in r.records().enumerate() {
            let row = row.unwrap();
            c.push(
                row[0].to_string(),
                &[Some(&row[1] == "1")],
                i as u64,
                0,
                None,
            );
        }
        c
    }

    fn params(nb: Option<f64>) -> TrainParams {
        use linfa::ParamGuard;
        TrainParams {
            name: "t".into(),
            featurizer: crate::features::FeaturizerParams::new()
                .buckets_log2(16)
                .check()
                .unwrap(),
            logistic: LogisticParams::new().check().unwrap(),
            inner_folds: 3,
            reject_precision: 0.95,
            seed: 7,
            objectives: vec![Objective::MacroF1],
            definitions: vec![String::new()],
            max_review_rates: vec![None],
            nb_alpha: nb,
            nb_alpha_grid: Vec::new(),
            c_grid: vec![1.0, 16.0],
            priors: vec![None],
            plain_blends: vec![None],
            held_out_card: true,
        }
    }

    /// The fixture as the user's own source 0, and its rows again as an
    /// auxiliary source 1 whose labels are all flipped to toxic.
    fn corpus_with_auxiliary() -> Corpus {
        let own = fixture_corpus();
        let mut c = own.clone();
        c.source_weight = vec![1.0, 0.5];
        c.source_auxiliary = vec![false, true];
        for (i, t) in own.texts.iter().enumerate() {
            c.push(format!("{t} !"), &[Some(true)], 1000 + i as u64, 1, None);
        }
        c
    }

    #[test]
    fn auxiliary_rows_train_in_every_fold_but_are_never_scored() {
        let c = corpus_with_auxiliary();
        let own = fixture_corpus().len();
        let folds: Vec<usize> = (0..c.len()).map(|i| i % 3).collect();
        let mut p = params(None);
        p.held_out_card = false;
        let r = cross_validate(&c, &p, &folds, |_, _| {}).unwrap();
        assert_eq!(r[0].docs.len(), own);
        assert!(r[0].docs.iter().all(|&i| !c.is_auxiliary(i)));
        assert!(r[0].probs.iter().all(|p| p.is_finite()));
    }

    #[test]
    fn calibration_and_the_card_follow_the_own_rows_not_the_auxiliary_ones() {
        let c = corpus_with_auxiliary();
        let own_rate = 10.0 / 30.0;
        let model = train(&c, &params(None), Vec::new()).unwrap();
        // Scored on the own texts, the mean probability stays near the own
        // rate; calibrated on all rows (two thirds toxic) it would not.
        let texts: Vec<&str> = c.texts[..30].iter().map(String::as_str).collect();
        let mean = model.score_batch(&texts).iter().map(|s| s[0]).sum::<f32>() / 30.0;
        assert!((mean - own_rate as f32).abs() < 0.2, "mean {mean}");
        assert!(
            model
                .card
                .settings
                .contains(" source_weights=[source1=0.5] auxiliary_sources=[source1]"),
            "{}",
            model.card.settings
        );
        let plain = train(&fixture_corpus(), &params(None), Vec::new()).unwrap();
        assert!(!plain.card.settings.contains("auxiliary"));
    }

    #[test]
    fn a_weight_grid_is_chosen_inside_the_training_folds_and_recorded() {
        // The auxiliary rows' labels are all "toxic": the more they weigh,
        // the worse the own rows rank, so the inner folds pick the least.
        let mut c = corpus_with_auxiliary();
        // As a config gives it: a grid and no fixed weight.
        c.source_weight = vec![1.0, 1.0];
        c.source_weight_grid = vec![Vec::new(), vec![8.0, 0.01]];
        assert_eq!(c.weight_candidates().len(), 2);
        let model = train(&c, &params(None), Vec::new()).unwrap();
        assert!(
            model.card.settings.contains(
                " source_weight_grids=[source1=[8.0, 0.01]] chosen_weights=[toxic:source1=0.01]"
            ),
            "{}",
            model.card.settings
        );
        // The chosen weight is the one the model trained with.
        let mut fixed = corpus_with_auxiliary();
        fixed.source_weight = vec![1.0, 0.01];
        let plain = train(&fixed, &params(None), Vec::new()).unwrap();
        let text = ["Du bist ein Idiot"];
        assert_eq!(model.score_batch(&text), plain.score_batch(&text));
    }

    #[test]
    fn judged_positions_fall_back_to_all_when_own_rows_lack_a_class() {
        let mut c = Corpus::new(vec!["toxic".into()]);
        c.source_auxiliary = vec![false, true];
        for (i, (src, g)) in [(0, false), (0, false), (1, true), (1, false)]
            .into_iter()
            .enumerate()
        {
            c.push(format!("t{i}"), &[Some(g)], i as u64, src, None);
        }
        let gold = [false, false, true, false];
        assert_eq!(judged_positions(&c, &[0, 1, 2, 3], &gold), [0, 1, 2, 3]);
        c.gold[0][1] = Some(true);
        assert_eq!(
            judged_positions(&c, &[0, 1, 2, 3], &[false, true, true, false]),
            [0, 1]
        );
    }

    #[test]
    fn the_f16_model_file_scores_real_comments_like_the_f32_model() {
        let model = train(&fixture_corpus(), &params(Some(1.0)), Vec::new()).unwrap();
        let loaded = Classifier::from_bytes(&model.to_bytes(), std::path::Path::new("t")).unwrap();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/sample-comments.csv");
        let mut r = csv::Reader::from_path(path).unwrap();
        let texts: Vec<String> = r.records().map(|x| x.unwrap()[2].to_string()).collect();
        assert!(texts.len() >= 10);
        let max = texts
            .iter()
            .map(|t| (model.score(t)[0] - loaded.score(t)[0]).abs())
            .fold(0.0f32, f32::max);
        println!(
            "max |p(f32) - p(f16)| over {} real comments: {max:.6}",
            texts.len()
        );
        assert!(
            max > 0.0,
            "weights were stored exactly: the test would prove nothing"
        );
        assert!(max < 0.005, "f16 storage moved a probability by {max}");
    }

    #[test]
    fn nb_scaling_still_separates_insults_and_small_data_falls_back_to_inner_figures() {
        let model = train(&fixture_corpus(), &params(Some(1.0)), Vec::new()).unwrap();
        let insult = model.score("du bist ein idiot")[0];
        let polite = model.score("danke für den artikel")[0];
        assert!(insult > polite, "{insult} <= {polite}");
        assert!(!model.card.metrics_from.is_empty());
        assert!(
            model.card.settings.contains("C=toxic="),
            "{}",
            model.card.settings
        );
    }
}
