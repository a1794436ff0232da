//! Why a policy could not be loaded: every message names the file, and where
//! it can, the line and the rule, so a newsroom editor can fix the list alone.

use std::path::PathBuf;

/// A policy file that cannot be read or compiled.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The file cannot be read.
    #[error("{}: cannot read policy: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file is not valid TOML or does not fit the schema.
    #[error("{file}:{line}: invalid policy: {message}")]
    Syntax {
        /// The file (or `<built-in>`).
        file: String,
        /// 1-based line.
        line: usize,
        /// The parser's message.
        message: String,
    },
    /// A rule is well-formed TOML but cannot be compiled.
    #[error("{file}:{line}: rule {rule:?}: {message}")]
    Rule {
        /// The file (or `<built-in>`).
        file: String,
        /// 1-based line of the offending value.
        line: usize,
        /// The rule's name.
        rule: String,
        /// What is wrong.
        message: String,
    },
}
