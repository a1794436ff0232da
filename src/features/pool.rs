//! Scratch buffers kept from one scoring batch to the next.
//!
//! rayon's `map_init` makes a new scratch for every piece of work it splits
//! a batch into, thousands per run: each would start with an empty word
//! cache (`word_cache.rs`) and allocate it anew. A model lends its scratch
//! buffers out instead and takes them back when the piece is done, so a
//! cache lives as long as the model does.

use std::ops::{Deref, DerefMut};
use std::sync::Mutex;

use super::featurizer::{Featurizer, Scratch};

/// Scratch buffers not lent out at the moment.
#[derive(Debug, Default)]
pub(crate) struct ScratchPool {
    free: Mutex<Vec<Scratch>>,
}

/// A copy of a model starts with no buffers of its own.
impl Clone for ScratchPool {
    fn clone(&self) -> Self {
        Self::default()
    }
}

/// A scratch lent from a pool, given back when dropped.
pub(crate) struct Lent<'a> {
    pool: &'a ScratchPool,
    scratch: Option<Scratch>,
}

impl ScratchPool {
    /// A scratch for `featurizer`: one given back earlier, or a new one.
    pub(crate) fn lend(&self, featurizer: &Featurizer) -> Lent<'_> {
        let kept = self.free.lock().unwrap_or_else(|e| e.into_inner()).pop();
        Lent {
            pool: self,
            scratch: Some(kept.unwrap_or_else(|| featurizer.scratch())),
        }
    }
}

impl Deref for Lent<'_> {
    type Target = Scratch;
    fn deref(&self) -> &Scratch {
        self.scratch.as_ref().expect("lent until dropped")
    }
}

impl DerefMut for Lent<'_> {
    fn deref_mut(&mut self) -> &mut Scratch {
        self.scratch.as_mut().expect("lent until dropped")
    }
}

impl Drop for Lent<'_> {
    fn drop(&mut self) {
        let mut free = self.pool.free.lock().unwrap_or_else(|e| e.into_inner());
        // More pieces than threads are never worked on at once; a bound
        // keeps memory flat should that ever change.
        if free.len() < 2 * rayon::current_num_threads() {
            free.extend(self.scratch.take());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::FeaturizerParams;
    use linfa::ParamGuard;

    #[test]
    fn a_scratch_given_back_is_lent_again() {
        let f = Featurizer::from_parts(FeaturizerParams::new().check().unwrap(), Vec::new());
        let pool = ScratchPool::default();
        {
            let mut s = pool.lend(&f);
            s.words.push(7);
        }
        assert_eq!(pool.lend(&f).words, [7]);
        let (a, b) = (pool.lend(&f), pool.lend(&f));
        assert_eq!(a.words.len() + b.words.len(), 1);
    }
}
