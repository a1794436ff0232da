//! Counting a text's n-gram buckets for the scoring fast path.
//!
//! A score needs each distinct bucket of a text once, with how often it
//! occurs (tf = 1 + ln count). Sorting the few hundred bucket ids of a
//! comment to find the repeats cost half as much as hashing them; a small
//! open-addressing table that fits in the L1 cache finds them in one pass.
//! The distinct buckets come out in the order they were first seen, so the
//! sums over them add in another order than ascending buckets: the margins
//! move by float rounding (about 1e-7), not by anything a user could see.

/// Marks an empty slot; bucket ids are below 2^24.
const EMPTY: u32 = u32::MAX;

/// Reusable table of bucket counts, cleared per text.
#[derive(Debug, Clone, Default)]
pub(crate) struct BucketCounts {
    /// Per slot its bucket id ([`EMPTY`] when free) and occurrences, side by
    /// side so that a probe touches one cache line; the length is a power of two.
    slots: Vec<(u32, u32)>,
    /// Occupied slots in the order their bucket was first seen.
    order: Vec<u32>,
}

impl BucketCounts {
    /// Counts `ids` (bucket ids below `2^bits`), replacing the last text's counts.
    pub(crate) fn count(&mut self, ids: &[u32], bits: u8) {
        // At most half full, and never larger than twice the bucket count,
        // so that a huge text cannot grow the table without bound.
        let distinct = ids.len().min(1usize << bits);
        let want = (2 * distinct).next_power_of_two().max(16);
        if self.slots.len() < want {
            self.slots = vec![(EMPTY, 0); want];
        } else {
            for &slot in &self.order {
                self.slots[slot as usize].0 = EMPTY;
            }
        }
        self.order.clear();
        let mask = self.slots.len() - 1;
        for &f in ids {
            // Bucket ids are hash bits already: their low bits spread evenly.
            let mut slot = f as usize & mask;
            loop {
                let e = &mut self.slots[slot];
                if e.0 == f {
                    e.1 += 1;
                    break;
                }
                if e.0 == EMPTY {
                    *e = (f, 1);
                    self.order.push(slot as u32);
                    break;
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /// The distinct buckets of the last text counted, with their counts, in
    /// the order they were first seen.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, u32)> + '_ {
        self.order.iter().map(|&slot| self.slots[slot as usize])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(c: &BucketCounts) -> Vec<(u32, u32)> {
        let mut v: Vec<_> = c.iter().collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn counts_repeats_in_first_seen_order() {
        let mut c = BucketCounts::default();
        c.count(&[7, 3, 7, 1024 + 7, 3, 7], 20);
        assert_eq!(c.iter().collect::<Vec<_>>(), [(7, 3), (3, 2), (1031, 1)]);
    }

    #[test]
    fn matches_sorting_over_many_texts() {
        let mut c = BucketCounts::default();
        let mut x = 0x1234_5678u32;
        for (bits, n) in [(20u8, 500usize), (10, 3000), (24, 40), (12, 0), (20, 5)] {
            let ids: Vec<u32> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    x & ((1 << bits) - 1)
                })
                .collect();
            let mut want: Vec<(u32, u32)> = Vec::new();
            let mut s = ids.clone();
            s.sort_unstable();
            for f in s {
                match want.last_mut() {
                    Some((g, k)) if *g == f => *k += 1,
                    _ => want.push((f, 1)),
                }
            }
            c.count(&ids, bits);
            assert_eq!(sorted(&c), want, "2^{bits}, {n} ids");
        }
    }

    #[test]
    fn a_small_text_after_a_large_one_starts_clean() {
        let mut c = BucketCounts::default();
        let big: Vec<u32> = (0..5000).collect();
        c.count(&big, 20);
        c.count(&[42, 42], 20);
        assert_eq!(c.iter().collect::<Vec<_>>(), [(42, 2)]);
    }
}
