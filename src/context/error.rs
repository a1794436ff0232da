//! Errors of the context stage: reading its training data and its model file.

use std::path::PathBuf;

/// What went wrong, naming the file and, where known, the line.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ContextError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A CSV or JSON record could not be parsed.
    #[error("{path}: line {line}: {why}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: u64,
        /// What was wrong.
        why: String,
    },
    /// The model file is not a context model this version can read.
    #[error("{path}: not a usable off-topic context model ({why}); retrain it with `moderato train-context`")]
    Model {
        /// The file.
        path: PathBuf,
        /// What was wrong.
        why: String,
    },
    /// Training could not run.
    #[error("training the context model failed: {0}")]
    Train(String),
}
