//! Model: the third stage. A per-label L2-regularized logistic regression on
//! the sparse features (a linfa estimator optimized by a truncated Newton method), its
//! Platt calibration and decision thresholds, and the versioned model file.

mod algorithm;
mod builtin;
mod card;
mod classifier;
mod error;
mod format;
mod hyperparams;
mod label_report;
pub mod nb;
mod newton;
mod table;

pub use algorithm::{sigmoid, BinaryLogistic};
pub use builtin::{BUILT_IN, BUILT_IN_MODEL};
pub use card::{ModelCard, SourceCard};
pub use classifier::{
    Classifier, Decision, Explanation, LabelExplanation, LabelModel, Span, Thresholds,
};
pub use error::ModelError;
pub use format::FORMAT_VERSION;
pub use hyperparams::{ClassWeight, LogisticParams, LogisticValidParams};
pub use label_report::{Confusion, LabelReport, ThresholdRow};
