//! Sorting the hundreds of thousands of hashes a model builds its sets
//! from when it loads.
//!
//! Every process that scores pays for these sorts before its first
//! comment (the cue lexicon's misspellings, the sets of group names and
//! lexicon forms): comparison sorts were a fifth of loading the default
//! model. Hashes are spread evenly, so their top 16 bits cut them into
//! buckets of a few each, counted and placed in one pass, and each bucket
//! is sorted on its own: the result is the comparison sort's, element for
//! element.

/// Fewest elements worth the buckets' counting pass.
const MIN_LEN: usize = 1 << 12;

/// Sorts `v` ascending. `top(x)` must be the top 16 bits of `x`'s value
/// (so it never decreases from a smaller element to a larger one).
pub(crate) fn sort_by_top_bits<T: Ord + Copy>(v: &mut Vec<T>, top: impl Fn(&T) -> u16) {
    let Some(&first) = v.first() else {
        return;
    };
    if v.len() < MIN_LEN {
        v.sort_unstable();
        return;
    }
    // starts[b]: where bucket b begins in the output.
    let mut starts = vec![0usize; (1 << 16) + 1];
    for x in v.iter() {
        starts[top(x) as usize + 1] += 1;
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut out = vec![first; v.len()];
    let mut next = starts.clone();
    for &x in v.iter() {
        let b = top(&x) as usize;
        out[next[b]] = x;
        next[b] += 1;
    }
    for b in starts.windows(2) {
        out[b[0]..b[1]].sort_unstable();
    }
    *v = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_as_a_comparison_sort_does() {
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for n in [0, 1, 5, MIN_LEN - 1, MIN_LEN, 100_000] {
            // Repeats, and a run of equal top bits, included.
            let mut v: Vec<u64> = (0..n)
                .map(|i| match i % 7 {
                    0 => 42,
                    1 => 0xABCD_0000_0000_0000 | next() >> 20,
                    _ => next(),
                })
                .collect();
            let mut want = v.clone();
            want.sort_unstable();
            sort_by_top_bits(&mut v, |x| (x >> 48) as u16);
            assert_eq!(v, want, "{n}");
            let mut w: Vec<u128> = (0..n)
                .map(|_| u128::from(next()) << 64 | u128::from(next() % 3))
                .collect();
            let mut want = w.clone();
            want.sort_unstable();
            sort_by_top_bits(&mut w, |x| (x >> 112) as u16);
            assert_eq!(w, want, "{n}");
        }
    }
}
