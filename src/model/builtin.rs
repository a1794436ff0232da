//! The shipped model compiled into the binary: the last fallback when no
//! model file is named or found, so that `cargo install` gives a `moderato`
//! that scores from any directory.
//!
//! `include_bytes!` makes the file a build input: cargo rebuilds when
//! `models/default.model` changes, and whatever file is there at build time
//! (any format version) is what ships.

use std::path::Path;

use super::{Classifier, ModelError};

/// What a built-in model is called where a path would be shown.
pub const BUILT_IN: &str = "<built-in>";

/// The bytes of `models/default.model` at build time.
pub static BUILT_IN_MODEL: &[u8] = include_bytes!("../../models/default.model");

impl Classifier {
    /// The model compiled into the binary.
    pub fn built_in() -> Result<Classifier, ModelError> {
        Classifier::from_bytes(BUILT_IN_MODEL, Path::new(BUILT_IN))
    }

    /// Reads a model file, or the built-in model when `path` is [`BUILT_IN`].
    pub fn load_or_built_in(path: &Path) -> Result<Classifier, ModelError> {
        if path == Path::new(BUILT_IN) {
            Classifier::built_in()
        } else {
            Classifier::load(path)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_model_is_the_shipped_file() {
        let shipped =
            std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/models/default.model")).unwrap();
        assert!(BUILT_IN_MODEL == shipped.as_slice());
        let m = Classifier::load_or_built_in(Path::new(BUILT_IN)).unwrap();
        assert!(!m.labels.is_empty());
    }
}
