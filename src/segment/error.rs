//! Errors of the segmentation step (`crate::segment`).

use thiserror::Error;

/// Why a page could not be segmented.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SegmentError {
    /// The page has no visible text (zero bytes, only whitespace, or HTML
    /// without text).
    #[error("page {page:?} is empty: no visible text to segment")]
    Empty {
        /// The page name given to `segment_page`.
        page: String,
    },
    /// The bytes are not text: a NUL byte or too many control characters.
    #[error("page {page:?} looks binary ({reason} at byte {offset}); expected UTF-8 text or HTML")]
    Binary {
        /// The page name given to `segment_page`.
        page: String,
        /// What gave it away.
        reason: &'static str,
        /// Byte offset of the first offending byte.
        offset: usize,
    },
}
