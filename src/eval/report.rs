//! The per-label evaluation report that `eval` and `cv` print.

use super::metrics::{average_precision, confusion_at, roc_auc, threshold_for_precision};
pub use crate::model::{LabelReport, ThresholdRow};

/// Target precisions of the threshold table.
pub const TARGET_PRECISIONS: [f64; 3] = [0.80, 0.90, 0.95];

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
