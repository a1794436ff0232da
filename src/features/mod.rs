//! Features: the second stage. Normalized text becomes one sparse row of hashed
//! word and character n-grams plus a few dense signals; many rows make a CSR
//! matrix that the classifier consumes as linfa records.

mod artefacts;
mod counts;
mod cues;
mod dense;
mod featurizer;
mod glued;
mod groups;
mod hash_sort;
mod hashing;
mod memo;
mod ngram_counts;
mod pool;
mod records;
mod separable;
mod stems;
mod typos;
mod word_cache;
mod word_hashes;

pub use cues::lexicon_id as cue_lexicon_id;
pub(crate) use cues::{mentions, Mentions};
pub use dense::DENSE_NAMES;
pub(crate) use featurizer::Scratch;
pub use featurizer::{
    seen_bits_of, FeatureHit, Featurizer, FeaturizerError, FeaturizerParams, FeaturizerValidParams,
    SEEN_BITS,
};
pub use ngram_counts::NgramCounts;
pub(crate) use pool::ScratchPool;
pub use records::SparseRecords;
