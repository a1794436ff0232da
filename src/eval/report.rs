//! The per-label evaluation report that `eval` and `cv` print.

use serde::{Deserialize, Serialize};

use super::metrics::{
    average_precision, confusion_at, roc_auc, threshold_for_precision, Confusion,
};

/// Target precisions of the threshold table.
pub const TARGET_PRECISIONS: [f64; 3] = [0.80, 0.90, 0.95];

/// One row of the threshold table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ThresholdRow {
    /// Wanted precision.
    pub target_precision: f64,
    /// Lowest threshold reaching it (None if unreachable).
    pub threshold: Option<f32>,
    /// Recall at that threshold.
    pub recall: Option<f64>,
}

/// Everything reported for one label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelReport {
    /// Label name.
    pub label: String,
    /// Rows with a gold value.
    pub n: usize,
    /// Positive rows.
    pub positives: usize,
    /// ROC-AUC.
    pub roc_auc: f64,
    /// Average precision.
    pub average_precision: f64,
    /// The threshold used for the thresholded metrics.
    pub threshold: f32,
    /// Precision at the threshold.
    pub precision: f64,
    /// Recall at the threshold.
    pub recall: f64,
    /// F1 at the threshold.
    pub f1: f64,
    /// GermEval macro-F1 at the threshold.
    pub macro_f1: f64,
    /// Confusion matrix at the threshold.
    pub confusion: Confusion,
    /// Thresholds for target precisions.
    pub threshold_table: Vec<ThresholdRow>,
}

/// Evaluates scores of one label against gold at `threshold`.
pub fn evaluate_label(label: &str, scores: &[f32], gold: &[bool], threshold: f32) -> LabelReport {
    let c = confusion_at(scores, gold, threshold);
    LabelReport {
        label: label.to_string(),
        n: gold.len(),
        positives: gold.iter().filter(|&&g| g).count(),
        roc_auc: roc_auc(scores, gold),
        average_precision: average_precision(scores, gold),
        threshold,
        precision: c.precision(),
        recall: c.recall(),
        f1: c.f1(),
        macro_f1: c.macro_f1(),
        confusion: c,
        threshold_table: TARGET_PRECISIONS
            .iter()
            .map(|&p| {
                let hit = threshold_for_precision(scores, gold, p, 1);
                ThresholdRow {
                    target_precision: p,
                    threshold: hit.map(|h| h.0),
                    recall: hit.map(|h| h.1),
                }
            })
            .collect(),
    }
}
