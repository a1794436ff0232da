//! Training: sources described in a TOML config (or one CSV given by flags)
//! become a corpus with per-label gold values (missing where a source does not
//! annotate a label), which trains and cross-validates a [`crate::model::Classifier`].

mod config;
mod corpus;
mod folds;
pub mod gate;
mod sources;
mod trainer;

pub use config::{LabelConfig, LabelSpec, ModelConfig, SourceConfig, SourceFormat, TrainConfig};
pub use corpus::Corpus;
pub use folds::assign_folds;
pub use sources::{load_corpus, SourceError};
pub use trainer::{
    cross_validate, cross_validate_keeping_models, train, train_with_held_out, CvResult, HeldOut,
    TrainParams,
};
