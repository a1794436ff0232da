//! A per-thread memo of answers about single rare words.
//!
//! Reading a word the model never saw is the dearest step of scoring per
//! token: a typo search tries hundreds of edits (`typos.rs`), the cue
//! lexicon tries a word's misspellings and glued forms (`cues.rs`). The
//! answer depends on the word alone (and, for typos, on the model), and
//! a thread's rare words come back: the names, places and compounds of the
//! article a thread is about, a troll's favourite misspelling. A fixed
//! direct-mapped table keyed by the word's 64-bit hash keeps the answer
//! given at the word's last occurrence; memory stays the same however many
//! comments are scored, and the answer is exactly the one computed anew
//! (two words sharing a 64-bit hash aside, as everywhere else in the
//! featurizer, which knows words by their hashes).

/// Slots of a table; a power of two.
const SLOTS: usize = 8192;

/// The table; allocated at its first use.
#[derive(Debug, Clone, Default)]
pub(crate) struct Memo<V> {
    slots: Vec<(u64, V)>,
    /// Whose answers these are (see [`Self::own`]).
    owner: u64,
}

impl<V: Clone + Default> Memo<V> {
    /// Forgets every answer unless they were given for `owner`: a scratch
    /// lent to another model must not answer with the last one's words.
    pub(crate) fn own(&mut self, owner: u64) {
        if self.owner != owner {
            self.slots.clear();
            self.owner = owner;
        }
    }

    /// The answer for the word hashed `h`: the one kept, or `compute()`'s,
    /// which is kept. A word whose hash is 0 is never kept (0 marks an
    /// empty slot).
    pub(crate) fn get(&mut self, h: u64, compute: impl FnOnce() -> V) -> V {
        if h == 0 {
            return compute();
        }
        if self.slots.is_empty() {
            self.slots.resize(SLOTS, (0, V::default()));
        }
        let slot = &mut self.slots[(h as usize) & (SLOTS - 1)];
        if slot.0 != h {
            *slot = (h, compute());
        }
        slot.1.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_kept_per_word_and_forgotten_for_another_owner() {
        let mut m = Memo::<u32>::default();
        m.own(7);
        let mut calls = 0;
        let mut ask = |m: &mut Memo<u32>, h: u64, v: u32| {
            m.get(h, || {
                calls += 1;
                v
            })
        };
        assert_eq!(ask(&mut m, 5, 1), 1);
        // Kept: the second answer is the first one's.
        assert_eq!(ask(&mut m, 5, 2), 1);
        // Another word in the same slot replaces it.
        let other = 5 + SLOTS as u64;
        assert_eq!(ask(&mut m, other, 3), 3);
        assert_eq!(ask(&mut m, 5, 4), 4);
        // Hash 0 is never kept.
        assert_eq!(ask(&mut m, 0, 5), 5);
        assert_eq!(ask(&mut m, 0, 6), 6);
        m.own(7);
        assert_eq!(ask(&mut m, 5, 8), 4);
        m.own(8);
        assert_eq!(ask(&mut m, 5, 9), 9);
        assert_eq!(calls, 6);
    }
}
