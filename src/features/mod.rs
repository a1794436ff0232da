//! Features: the second stage. Normalized text becomes one sparse row of hashed
//! word and character n-grams plus a few dense signals; many rows make a CSR
//! matrix that the classifier consumes as linfa records.

mod artefacts;
mod counts;
mod dense;
mod featurizer;
mod groups;
mod hashing;
mod radix;
mod records;

pub use counts::NgramCounts;
pub use dense::DENSE_NAMES;
pub(crate) use featurizer::Scratch;
pub use featurizer::{
    FeatureHit, Featurizer, FeaturizerError, FeaturizerParams, FeaturizerValidParams,
};
pub use records::SparseRecords;
