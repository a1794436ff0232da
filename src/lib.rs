//! moderato: a self-hosted classifier for German reader comments.
//!
//! The pipeline flows text → features → model; training, io and cli sit on top.
#![deny(missing_docs)]

pub mod atomic_file;
pub mod cli;
pub mod context;
pub mod eval;
pub mod features;
pub mod io;
pub mod language;
pub mod model;
pub mod policy;
pub mod report;
pub mod segment;
pub mod serve;
pub mod text;
pub mod train;
