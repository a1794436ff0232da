//! Seeded, stable hashing of n-grams into buckets.
//!
//! xxh3 with an explicit seed gives the same bucket on every machine and run,
//! which the model file relies on; std's `RandomState` would not.

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Namespaces keep word unigrams, bigrams and character n-grams apart.
#[derive(Clone, Copy)]
pub(crate) enum Space {
    Word = 1,
    Bigram = 2,
    Char = 3,
    Stem = 4,
}

/// The xxh3 seed of a namespace; hot loops compute it once per text, not per n-gram.
#[inline]
pub(crate) fn space_seed(seed: u64, space: Space) -> u64 {
    seed ^ (space as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Hash of a byte slice in a namespace.
#[inline]
pub(crate) fn hash(seed: u64, space: Space, bytes: &[u8]) -> u64 {
    xxh3_64_with_seed(bytes, space_seed(seed, space))
}
