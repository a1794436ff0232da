//! Sorting of bucket ids for the scoring fast path.
//!
//! Scores add n-gram contributions in ascending bucket order, so a text's
//! buckets must be sorted; a comment has hundreds of character n-grams and
//! a comparison sort of them cost as much as all the hashing. Bucket ids are
//! small integers (below 2^24), so two counting passes sort them instead.

/// Below this many ids a comparison sort wins: the counting passes cost a
/// fixed sweep over their digit tables.
const RADIX_MIN: usize = 128;

/// Reusable buffers of [`sort_buckets`].
#[derive(Debug, Clone, Default)]
pub(crate) struct RadixBuffers {
    tmp: Vec<u32>,
    counts: Vec<u32>,
}

/// Sorts `ids`, all below `2^bits`, ascending (the same order as `sort_unstable`).
pub(crate) fn sort_buckets(ids: &mut Vec<u32>, bits: u8, buf: &mut RadixBuffers) {
    if ids.len() < RADIX_MIN || bits > 24 {
        ids.sort_unstable();
        return;
    }
    let low = u32::from(bits).div_ceil(2);
    let digits = 1usize << low;
    let mask = (digits - 1) as u32;
    buf.tmp.clear();
    buf.tmp.resize(ids.len(), 0);
    for shift in [0, low] {
        buf.counts.clear();
        buf.counts.resize(digits, 0);
        for &x in ids.iter() {
            buf.counts[((x >> shift) & mask) as usize] += 1;
        }
        let mut sum = 0;
        for c in buf.counts.iter_mut() {
            let n = *c;
            *c = sum;
            sum += n;
        }
        for &x in ids.iter() {
            let d = ((x >> shift) & mask) as usize;
            buf.tmp[buf.counts[d] as usize] = x;
            buf.counts[d] += 1;
        }
        std::mem::swap(ids, &mut buf.tmp);
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
    }
}
