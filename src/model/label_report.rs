//! The per-label metrics a model card carries (its held-out fifth) and
//! that `eval` and `cv` print. Plain data here, beside the card that
//! stores it, so that the model layer does not depend on the evaluation
//! layer above it; `eval` computes these and re-exports them.

use serde::{Deserialize, Serialize};

/// Counts at one threshold (`score >= threshold` is positive).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Confusion {
    /// True positives.
    pub tp: u64,
    /// False positives.
    pub fp: u64,
    /// True negatives.
    pub tn: u64,
    /// False negatives.
    #[serde(rename = "fn")]
    pub fn_: u64,
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn harmonic(a: f64, b: f64) -> f64 {
    if a + b == 0.0 {
        0.0
    } else {
        2.0 * a * b / (a + b)
    }
}

impl Confusion {
    /// Precision of the positive class.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Recall of the positive class.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// F1 of the positive class.
    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }
    /// GermEval's macro-F1: harmonic mean of macro-averaged precision and recall.
    pub fn macro_f1(&self) -> f64 {
        let p_neg = ratio(self.tn, self.tn + self.fn_);
        let r_neg = ratio(self.tn, self.tn + self.fp);
        harmonic(
            (self.precision() + p_neg) / 2.0,
            (self.recall() + r_neg) / 2.0,
        )
    }
}

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
