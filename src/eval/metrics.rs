//! Ranking and thresholded metrics over (score, gold) pairs.
//!
//! All curve metrics share one pass over the scores sorted descending with
//! ties grouped, as scikit-learn does, so ROC-AUC and average precision agree
//! with it to floating point.

use serde::{Deserialize, Serialize};

pub use crate::model::Confusion;

/// What a threshold is chosen to maximize.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Objective {
    /// F1 of the positive class.
    F1,
    /// GermEval's macro-F1.
    MacroF1,
}

impl Objective {
    /// Each objective with its name (as in configs and on the command line)
    /// and a line of help: one list for the CLI and the config file.
    pub const CHOICES: [(Objective, &'static str, &'static str); 2] = [
        (Objective::F1, "f1", "F1 of the positive class"),
        (
            Objective::MacroF1,
            "macro-f1",
            "GermEval's macro-F1 (mean of both classes' precision and recall)",
        ),
    ];

    fn value(self, c: &Confusion) -> f64 {
        match self {
            Objective::F1 => c.f1(),
            Objective::MacroF1 => c.macro_f1(),
        }
    }
}

/// Confusion matrix at `threshold`.
pub fn confusion_at(scores: &[f32], gold: &[bool], threshold: f32) -> Confusion {
    let mut c = Confusion::default();
    for (&s, &g) in scores.iter().zip(gold) {
        match (s >= threshold, g) {
            (true, true) => c.tp += 1,
            (true, false) => c.fp += 1,
            (false, false) => c.tn += 1,
            (false, true) => c.fn_ += 1,
        }
    }
    c
}

/// Distinct thresholds, descending, with the confusion matrix at each.
fn sweep(scores: &[f32], gold: &[bool]) -> Vec<(f32, Confusion)> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]));
    let pos = gold.iter().filter(|&&g| g).count() as u64;
    let neg = gold.len() as u64 - pos;
    let mut out = Vec::new();
    let (mut tp, mut fp) = (0u64, 0u64);
    let mut k = 0;
    while k < order.len() {
        let s = scores[order[k]];
        // `total_cmp`, not `==`: a NaN equals nothing, not even itself, and
        // would never be consumed.
        while k < order.len() && scores[order[k]].total_cmp(&s).is_eq() {
            if gold[order[k]] {
                tp += 1;
            } else {
                fp += 1;
            }
            k += 1;
        }
        out.push((
            s,
            Confusion {
                tp,
                fp,
                tn: neg - fp,
                fn_: pos - tp,
            },
        ));
    }
    out
}

/// Area under the ROC curve (trapezoids over tied groups); 0.5 if one class is absent.
pub fn roc_auc(scores: &[f32], gold: &[bool]) -> f64 {
    let pos = gold.iter().filter(|&&g| g).count() as f64;
    let neg = gold.len() as f64 - pos;
    if pos == 0.0 || neg == 0.0 {
        return 0.5;
    }
    let mut area = 0.0;
    let (mut ptp, mut pfp) = (0.0, 0.0);
    for (_, c) in sweep(scores, gold) {
        let (tpr, fpr) = (c.tp as f64 / pos, c.fp as f64 / neg);
        area += (fpr - pfp) * (tpr + ptp) / 2.0;
        ptp = tpr;
        pfp = fpr;
    }
    area
}

/// Average precision: Σ (R_k − R_{k−1}) P_k over distinct thresholds.
pub fn average_precision(scores: &[f32], gold: &[bool]) -> f64 {
    let pos = gold.iter().filter(|&&g| g).count() as f64;
    if pos == 0.0 {
        return 0.0;
    }
    let mut ap = 0.0;
    let mut prev_r = 0.0;
    for (_, c) in sweep(scores, gold) {
        let r = c.tp as f64 / pos;
        ap += (r - prev_r) * c.precision();
        prev_r = r;
    }
    ap
}

/// The threshold maximizing `objective`, and its value. Ties go to the higher threshold.
pub fn best_threshold(scores: &[f32], gold: &[bool], objective: Objective) -> (f32, f64) {
    let mut best = (0.5f32, f64::NEG_INFINITY);
    for (t, c) in sweep(scores, gold) {
        let v = objective.value(&c);
        if v > best.1 {
            best = (t, v);
        }
    }
    if best.1 == f64::NEG_INFINITY {
        best.1 = 0.0;
    }
    best
}

/// A threshold for deployment: the objective is evaluated at up to 200
/// candidate thresholds spread evenly over the ranks of the scores (so a rare
/// label whose scores crowd below 0.2 gets as fine a grid as a common one)
/// and smoothed over ±`half_window` candidates before taking the maximum,
/// because the raw maximum over held-out scores chases noise.
pub fn smoothed_best_threshold(
    scores: &[f32],
    gold: &[bool],
    objective: Objective,
    half_window: usize,
) -> f32 {
    let mut sorted: Vec<f32> = scores.to_vec();
    sorted.sort_by(f32::total_cmp);
    sorted.dedup();
    if sorted.is_empty() {
        return 0.5;
    }
    let n = sorted.len().min(200);
    let grid: Vec<f32> = (0..n).map(|i| sorted[i * sorted.len() / n]).collect();
    let values: Vec<f64> = grid
        .iter()
        .map(|&t| objective.value(&confusion_at(scores, gold, t)))
        .collect();
    let smoothed = |i: usize| {
        let lo = i.saturating_sub(half_window);
        let hi = (i + half_window + 1).min(values.len());
        values[lo..hi].iter().sum::<f64>() / (hi - lo) as f64
    };
    let best = (0..grid.len())
        .max_by(|&a, &b| smoothed(a).total_cmp(&smoothed(b)).then(b.cmp(&a)))
        .unwrap_or(0);
    grid[best]
}

/// The lowest threshold whose precision reaches `target` (with at least
/// `min_tp` true positives), and the recall there; `None` if none does.
pub fn threshold_for_precision(
    scores: &[f32],
    gold: &[bool],
    target: f64,
    min_tp: u64,
) -> Option<(f32, f64)> {
    sweep(scores, gold)
        .into_iter()
        .rev()
        .find(|(_, c)| c.tp >= min_tp && c.precision() >= target)
        .map(|(t, c)| (t, c.recall()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objective_names_on_the_command_line_are_those_of_the_config() {
        for (o, name, _) in Objective::CHOICES {
            assert_eq!(serde_json::to_string(&o).unwrap(), format!("\"{name}\""));
        }
    }

    // Expected values from scikit-learn (roc_auc_score, average_precision_score) on these arrays.
    const S: [f32; 8] = [0.9, 0.8, 0.7, 0.7, 0.4, 0.3, 0.2, 0.1];
    const G: [bool; 8] = [true, false, true, false, true, false, false, false];

    #[test]
    fn roc_auc_matches_sklearn_with_ties() {
        // sklearn.metrics.roc_auc_score -> 0.7666666666666666
        assert!((roc_auc(&S, &G) - 0.766_666_666_666_666_6).abs() < 1e-12);
    }

    #[test]
    fn a_nan_score_ends_the_sweep() {
        // Used to loop for ever: NaN != NaN, so its group never advanced.
        let s = [0.9, f32::NAN, 0.2, f32::NAN];
        let g = [true, false, false, true];
        let points = sweep(&s, &g);
        assert_eq!(points.len(), 3, "{points:?}");
        assert_eq!(points.last().map(|p| p.1.tp + p.1.fp), Some(4));
        assert!(roc_auc(&s, &g).is_finite());
    }

    #[test]
    fn average_precision_matches_sklearn() {
        // sklearn.metrics.average_precision_score -> 0.7
        assert!((average_precision(&S, &G) - 0.7).abs() < 1e-12);
    }

    #[test]
    fn germeval_macro_f1() {
        let c = Confusion {
            tp: 2,
            fp: 1,
            tn: 4,
            fn_: 1,
        };
        // macro P = (2/3 + 4/5)/2, macro R = (2/3 + 4/5)/2 -> 0.7333..
        assert!((c.macro_f1() - 0.733_333_333_333_333_3).abs() < 1e-12);
        assert!((c.f1() - 2.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn smoothed_threshold_prefers_a_stable_region() {
        // 50 positives in 0.6..0.95, 150 negatives in 0.05..0.4, and three
        // lone positives at 0.1 that a raw maximum could chase.
        let mut s: Vec<f32> = (0..50).map(|i| 0.6 + 0.007 * i as f32).collect();
        let mut g = vec![true; 50];
        s.extend((0..150).map(|i| 0.05 + 0.0023 * i as f32));
        g.extend(vec![false; 150]);
        s.extend([0.1001, 0.1002, 0.1003]);
        g.extend([true, true, true]);
        let t = smoothed_best_threshold(&s, &g, Objective::F1, 3);
        assert!((0.38..=0.61).contains(&t), "{t}");
        // A rare label crowded below 0.2 still gets a fine grid.
        let s2: Vec<f32> = s.iter().map(|x| x / 5.0).collect();
        let t2 = smoothed_best_threshold(&s2, &g, Objective::F1, 3);
        assert!((0.076..=0.122).contains(&t2), "{t2}");
    }

    #[test]
    fn thresholds() {
        let (t, f1) = best_threshold(&S, &G, Objective::F1);
        assert_eq!(t, 0.4);
        assert!((f1 - 2.0 * 0.6 * 1.0 / 1.6).abs() < 1e-12);
        assert_eq!(
            threshold_for_precision(&S, &G, 0.95, 1),
            Some((0.9, 1.0 / 3.0))
        );
        assert_eq!(threshold_for_precision(&S, &G, 0.95, 2), None);
        let c = confusion_at(&S, &G, 0.7);
        assert_eq!(
            c,
            Confusion {
                tp: 2,
                fp: 2,
                tn: 3,
                fn_: 1
            }
        );
    }
}
