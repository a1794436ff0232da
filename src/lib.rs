//! moderato: a self-hosted classifier for German reader comments.
//!
//! The pipeline flows text → features → model; io and cli sit on top.
#![deny(missing_docs)]

pub mod features;
pub mod text;
