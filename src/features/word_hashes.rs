//! Sets of word hashes that the typo reader asks about hundreds of times
//! per unseen word.
//!
//! Reading one misspelt word tries every drop, swap and insertion of a
//! letter and asks of each candidate whether it is a group name, a cue
//! lexicon form or one with a letter dropped (`typos.rs`). Almost every
//! candidate is none, and a binary search over tens of thousands of sorted
//! hashes misses the cache at nearly every step: profiling a model trained
//! on GermEval 2018 alone (many unseen words) put a fifth of scoring time
//! there. A bit filter in front answers "no" for most candidates with one
//! load; the sorted list still decides every "maybe", so the answers are
//! exactly the binary search's.

/// Filter bits per member: about one candidate in sixteen that is no
/// member passes the filter.
const BITS_PER_MEMBER: usize = 16;

/// A set of 64-bit word hashes.
#[derive(Debug, Clone, Default)]
pub(super) struct WordHashes {
    sorted: Vec<u64>,
    /// One bit per slot of the filter, set for each member's slot; empty
    /// for an empty set.
    bits: Vec<u64>,
}

impl WordHashes {
    /// The set of these hashes (in any order, repeats allowed).
    pub(super) fn new(mut hashes: Vec<u64>) -> Self {
        super::hash_sort::sort_by_top_bits(&mut hashes, |h| (h >> 48) as u16);
        hashes.dedup();
        if hashes.is_empty() {
            return Self::default();
        }
        let slots = (hashes.len() * BITS_PER_MEMBER).next_power_of_two().max(64);
        let mut set = Self {
            bits: vec![0; slots / 64],
            sorted: Vec::new(),
        };
        for &h in &hashes {
            let s = set.slot(h);
            set.bits[s / 64] |= 1 << (s % 64);
        }
        set.sorted = hashes;
        set
    }

    /// The filter slot of a hash: its high bits (the seen-word set takes
    /// the low ones, see `featurizer::seen_bits`).
    fn slot(&self, h: u64) -> usize {
        (h >> 32) as usize & (self.bits.len() * 64 - 1)
    }

    pub(super) fn is_empty(&self) -> bool {
        self.sorted.is_empty()
    }

    pub(super) fn contains(&self, h: u64) -> bool {
        if self.sorted.is_empty() {
            return false;
        }
        self.may_contain(h) && self.sorted.binary_search(&h).is_ok()
    }

    /// The filter's answer alone: `false` is sure, `true` may be wrong.
    fn may_contain(&self, h: u64) -> bool {
        let s = self.slot(h);
        self.bits[s / 64] & (1 << (s % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_are_found_and_others_are_not() {
        let members: Vec<u64> = (0..5000u64)
            .map(|i| xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes()))
            .collect();
        let set = WordHashes::new(members.iter().rev().copied().chain([members[0]]).collect());
        assert!(members.iter().all(|&h| set.contains(h)));
        let others = (5000..20_000u64).map(|i| xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes()));
        assert!(others.clone().all(|h| !set.contains(h)));
        // The filter turns most non-members away before the search.
        let passed = others.filter(|&h| set.may_contain(h));
        assert!(passed.count() < 15_000 / 8);
        assert!(!WordHashes::default().contains(0));
        assert!(WordHashes::new(Vec::new()).is_empty());
    }
}
