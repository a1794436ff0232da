//! Errors of fitting and of reading model files; each names the bad value.

use std::path::PathBuf;

/// What can go wrong fitting a model or reading a model file.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// A hyperparameter is out of range.
    #[error("invalid hyperparameter {name} = {value}: {why}")]
    InvalidParam {
        /// Parameter name.
        name: &'static str,
        /// The bad value.
        value: f64,
        /// What is allowed.
        why: &'static str,
    },
    /// Training data lacks one class.
    #[error("label needs both classes to train, found {positives} positive(s) and {negatives} negative(s)")]
    OneClass {
        /// Positive examples found.
        positives: usize,
        /// Negative examples found.
        negatives: usize,
    },
    /// Records and targets disagree.
    #[error("{records} records but {targets} targets")]
    Shape {
        /// Number of records.
        records: usize,
        /// Number of targets.
        targets: usize,
    },
    /// The optimizer failed.
    #[error("optimizer failed: {0}")]
    Optimizer(String),
    /// The file is not a moderato model.
    #[error("{path}: not a moderato model file (bad magic bytes)")]
    NotAModel {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by a newer or older incompatible format.
    #[error("{path}: model format version {found}, this moderato reads version {expected}; retrain with `moderato train` or use a matching moderato release")]
    Version {
        /// The file.
        path: PathBuf,
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// A sound file trained with another cue lexicon (`data/lexicon/`),
    /// whose features this build would compute differently.
    #[error("{path}: trained with cue lexicon {found:016x}, this moderato has {expected:016x}; retrain with `moderato train` or use the moderato it was trained with")]
    Lexicon {
        /// The file.
        path: PathBuf,
        /// Lexicon hash in the file.
        found: u64,
        /// Lexicon hash of this build.
        expected: u64,
    },
    /// Checksum mismatch or truncation.
    #[error("{path}: model file is corrupted ({why}); restore it or retrain")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What did not check out.
        why: String,
    },
    /// I/O failure reading or writing a model.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// linfa's own error type.
    #[error(transparent)]
    Linfa(#[from] linfa::Error),
}

impl From<super::hyperparams::ParamError> for ModelError {
    fn from(e: super::hyperparams::ParamError) -> Self {
        ModelError::InvalidParam {
            name: e.name,
            value: e.value,
            why: e.why,
        }
    }
}
