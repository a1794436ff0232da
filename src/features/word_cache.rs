//! A per-thread cache of the buckets that depend on one word alone.
//!
//! A word's character n-grams, its unigram bucket and the seed its bigrams
//! are chained from depend only on its bytes and the featurizer's settings,
//! and comments repeat the same few thousand words (`die`, `nicht`,
//! `merkel`): hashing every character n-gram of every occurrence again was
//! a quarter of a scored comment's instructions. A fixed table of short
//! words (direct-mapped, so memory stays the same however many comments are
//! scored) hands back the buckets computed at the word's last occurrence;
//! the buckets and their order are exactly those of hashing it anew.

/// Slots of the table; a power of two.
const SLOTS: usize = 16384;

/// Longest word (in bytes) that is cached; longer ones are rare and are
/// hashed every time.
pub(crate) const MAX_WORD: usize = 24;

/// What a word contributes besides its character n-grams.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct WordIds {
    /// The unigram bucket.
    pub(crate) unigram: u32,
    /// The seed that a bigram starting with this word hashes its second word with.
    pub(crate) pair_seed: u64,
    /// The stem's bucket, or [`NO_STEM`] when the model hashes no stems.
    pub(crate) stem: u32,
}

/// [`WordIds::stem`] of a model without stems (no bucket is this high).
pub(crate) const NO_STEM: u32 = u32::MAX;

impl WordIds {
    /// The stem's bucket, if the model hashes stems.
    pub(crate) fn stem(&self) -> Option<u32> {
        (self.stem != NO_STEM).then_some(self.stem)
    }
}

/// A cached word: its bytes zero-padded (with the length, unique per word),
/// its ids and how many character buckets it has.
#[derive(Debug, Clone, Copy, Default)]
struct Key {
    bytes: [u64; 3],
    len: u8,
    ids: WordIds,
    nchars: u16,
}

/// The table; empty until the first word is stored.
#[derive(Debug, Clone, Default)]
pub(crate) struct WordCache {
    keys: Vec<Key>,
    /// `stride` character buckets per slot.
    buckets: Vec<u32>,
    stride: usize,
    /// The featurizer settings the entries were computed under.
    owner: u64,
    /// The buckets of a word just computed, before they are stored.
    fresh: Vec<u32>,
}

/// `w` zero-padded into three words, or `None` when too long to cache.
fn key_bytes(w: &[u8]) -> Option<[u64; 3]> {
    if w.is_empty() || w.len() > MAX_WORD {
        return None;
    }
    let mut buf = [0u8; MAX_WORD];
    buf[..w.len()].copy_from_slice(w);
    let word = |k: usize| u64::from_le_bytes(buf[8 * k..8 * k + 8].try_into().unwrap_or([0; 8]));
    Some([word(0), word(1), word(2)])
}

fn slot_of(bytes: &[u64; 3], len: usize) -> usize {
    let h = (bytes[0] ^ bytes[1].rotate_left(21) ^ bytes[2].rotate_left(42) ^ len as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (64 - SLOTS.trailing_zeros())) as usize
}

impl WordCache {
    /// Forgets every entry unless they were computed under `owner` (a
    /// digest of the featurizer settings) with at most `stride` character
    /// buckets per cached word.
    pub(crate) fn reset_for(&mut self, owner: u64, stride: usize) {
        if self.owner != owner || self.stride != stride {
            self.keys.clear();
            self.buckets.clear();
            self.owner = owner;
            self.stride = stride;
        }
    }

    /// The ids and character buckets of `w`: from the table, or from
    /// `compute` (which fills the vector it is given with the character
    /// buckets in order), storing them for the next time.
    pub(crate) fn get(
        &mut self,
        w: &[u8],
        compute: impl FnOnce(&mut Vec<u32>) -> WordIds,
    ) -> (WordIds, &[u32]) {
        let Some(bytes) = key_bytes(w) else {
            self.fresh.clear();
            let ids = compute(&mut self.fresh);
            return (ids, &self.fresh);
        };
        if self.keys.is_empty() {
            self.keys = vec![Key::default(); SLOTS];
            self.buckets = vec![0; SLOTS * self.stride];
        }
        let slot = slot_of(&bytes, w.len());
        let at = slot * self.stride;
        let k = self.keys[slot];
        if k.len as usize == w.len() && k.bytes == bytes {
            return (k.ids, &self.buckets[at..at + k.nchars as usize]);
        }
        self.fresh.clear();
        let ids = compute(&mut self.fresh);
        let n = self.fresh.len();
        if n > self.stride {
            return (ids, &self.fresh);
        }
        self.buckets[at..at + n].copy_from_slice(&self.fresh);
        self.keys[slot] = Key {
            bytes,
            len: w.len() as u8,
            ids,
            nchars: n as u16,
        };
        (ids, &self.buckets[at..at + n])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(w: &[u8]) -> WordIds {
        WordIds {
            unigram: w.len() as u32,
            pair_seed: w.iter().map(|&b| b as u64).sum(),
            stem: NO_STEM,
        }
    }

    fn fill(w: &[u8], out: &mut Vec<u32>) -> WordIds {
        out.extend(w.iter().map(|&b| b as u32 * 7));
        ids(w)
    }

    #[test]
    fn hands_back_what_was_computed_and_computes_once() {
        let mut c = WordCache::default();
        c.reset_for(1, 8);
        let mut calls = 0;
        for w in [&b"merkel"[..], b"die", b"merkel", b"die", b"dies"] {
            let (got, buckets) = c.get(w, |out| {
                calls += 1;
                fill(w, out)
            });
            assert_eq!(got, ids(w));
            assert_eq!(buckets, w.iter().map(|&b| b as u32 * 7).collect::<Vec<_>>());
        }
        assert_eq!(calls, 3);
    }

    #[test]
    fn long_words_and_other_settings_are_computed_again() {
        let mut c = WordCache::default();
        c.reset_for(1, 64);
        let long = [b'a'; MAX_WORD + 1];
        let mut calls = 0;
        for _ in 0..2 {
            let (_, b) = c.get(&long, |out| {
                calls += 1;
                fill(&long, out)
            });
            assert_eq!(b.len(), MAX_WORD + 1);
        }
        assert_eq!(calls, 2);
        c.get(b"und", |out| fill(b"und", out));
        c.reset_for(2, 64);
        c.get(b"und", |out| {
            calls += 1;
            fill(b"und", out)
        });
        assert_eq!(calls, 3);
    }

    #[test]
    fn words_differing_only_in_padding_or_length_are_apart() {
        let mut c = WordCache::default();
        c.reset_for(1, 32);
        let a = c.get(b"ab", |out| fill(b"ab", out)).0;
        let b = c.get(b"ab\0", |out| fill(b"ab\0", out)).0;
        assert_ne!(a, b);
        assert_eq!(c.get(b"ab", |_| unreachable!()).0, a);
    }
}
