//! Sorting of bucket ids for the scoring fast path.
//!
//! Scores add n-gram contributions in ascending bucket order, so a text's
//! buckets must be sorted; a comment has hundreds of character n-grams and
//! a comparison sort of them cost as much as all the hashing. Bucket ids are
//! small integers (below 2^24), spread evenly by the hash, so one counting
//! pass on their top bits puts them into bins of about two ids each, which
//! are then sorted in place. (Two 10-bit counting passes swept 4,096 counters
//! per text, more than the few hundred ids themselves.)

/// Below this many ids a comparison sort wins.
const BIN_MIN: usize = 64;

/// Bins with more ids than this (hash clusters, long repeated texts) are
/// sorted by `sort_unstable` instead of by insertion.
const INSERTION_MAX: usize = 16;

/// Reusable buffers of [`sort_buckets`].
#[derive(Debug, Clone, Default)]
pub(crate) struct RadixBuffers {
    tmp: Vec<u32>,
    counts: Vec<u32>,
}

/// Sorts `ids`, all below `2^bits`, ascending (the same order as `sort_unstable`).
pub(crate) fn sort_buckets(ids: &mut Vec<u32>, bits: u8, buf: &mut RadixBuffers) {
    let n = ids.len();
    if n < BIN_MIN || bits > 24 {
        ids.sort_unstable();
        return;
    }
    // About n/2 bins (at most 2^16, at most 2^bits), chosen by the top bits.
    let k = (usize::BITS - (n / 2).leading_zeros())
        .min(16)
        .min(u32::from(bits));
    let shift = u32::from(bits) - k;
    let bins = 1usize << k;
    debug_assert!(ids.iter().all(|&x| (x >> shift) < bins as u32));
    buf.counts.clear();
    buf.counts.resize(bins + 1, 0);
    for &x in ids.iter() {
        buf.counts[(x >> shift) as usize + 1] += 1;
    }
    for b in 1..=bins {
        buf.counts[b] += buf.counts[b - 1];
    }
    buf.tmp.clear();
    buf.tmp.resize(n, 0);
    // counts[b] is now where bin b starts; scattering advances it to where
    // bin b ends, which is where bin b + 1 starts.
    for &x in ids.iter() {
        let b = (x >> shift) as usize;
        buf.tmp[buf.counts[b] as usize] = x;
        buf.counts[b] += 1;
    }
    let mut start = 0;
    for &end in &buf.counts[..bins] {
        let bin = &mut buf.tmp[start..end as usize];
        if bin.len() > INSERTION_MAX {
            bin.sort_unstable();
        } else {
            insertion_sort(bin);
        }
        start = end as usize;
    }
    std::mem::swap(ids, &mut buf.tmp);
}

fn insertion_sort(v: &mut [u32]) {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_comparison_sort() {
        let mut buf = RadixBuffers::default();
        let mut x = 0x1234_5678u32;
        for (bits, n) in [(10u8, 500usize), (20, 1000), (21, 300), (24, 5000), (20, 5)] {
            let ids: Vec<u32> = (0..n)
                .map(|_| {
                    x ^= x << 13;
                    x ^= x >> 17;
                    x ^= x << 5;
                    x & ((1 << bits) - 1)
                })
                .collect();
            let mut a = ids.clone();
            a.sort_unstable();
            let mut b = ids;
            sort_buckets(&mut b, bits, &mut buf);
            assert_eq!(a, b, "2^{bits}, {n} ids");
        }
        // Crowded bins: repeats, and ids that share their top bits.
        for ids in [vec![7u32; 300], (0..300).map(|i| (i * 37) % 64).collect()] {
            let mut a = ids.clone();
            a.sort_unstable();
            let mut b = ids;
            sort_buckets(&mut b, 20, &mut buf);
            assert_eq!(a, b);
        }
    }
}
