//! Evaluation: metrics of scores against gold labels, and the report they make.

mod metrics;
mod report;

pub use metrics::{
    average_precision, best_threshold, confusion_at, roc_auc, smoothed_best_threshold,
    threshold_for_precision, Confusion, Objective,
};
pub use report::{evaluate_label, LabelReport, ThresholdRow, TARGET_PRECISIONS};
