//! The table that scoring reads per n-gram: for each bucket its idf and
//! every label's weight, as one-byte codes.
//!
//! Scoring a comment touches a few hundred buckets spread at random over
//! the table, so its time goes to waiting for memory: as `f32` rows the
//! table of 2^20 buckets is 8–12 MB, four to six times a core's L2 cache.
//! One byte per value makes it 2–3 MB. A code stands for one of 255 levels
//! per column (code 0 is exactly zero, what most buckets of a hashed table
//! hold), spread over the column's range on a logarithmic scale (see
//! [`Compander`]), so the dense middle of the weights, where most n-grams
//! sit, is resolved finely and the few large weights keep their size to a
//! few per cent; the margin error that leaves is measured in the tests
//! below and on real comments in `docs/speed-journal.md` (stop 42).

/// The values a column's codes stand for: `values[0] == 0.0`, the rest
/// ascending.
#[derive(Debug, Clone)]
pub(super) struct Levels {
    values: [f32; 256],
}

impl Default for Levels {
    fn default() -> Self {
        Self { values: [0.0; 256] }
    }
}

impl Levels {
    /// The value code `c` stands for.
    #[inline]
    pub(super) fn value(&self, c: u8) -> f32 {
        self.values[c as usize]
    }

    /// Levels fitted to a column's non-zero values and each value's code.
    fn fit(column: &[f32]) -> (Self, Vec<u8>) {
        let mut levels = Self::default();
        let nonzero: Vec<f32> = column
            .iter()
            .copied()
            .filter(|x| *x != 0.0 && x.is_finite())
            .collect();
        if let Some(distinct) = few_values(&nonzero) {
            // Few values (idf of a small corpus, a toy model): kept exactly.
            levels.values[1..=distinct.len()].copy_from_slice(&distinct);
            let codes = column
                .iter()
                .map(|x| match distinct.binary_search_by(|d| d.total_cmp(x)) {
                    Ok(i) => 1 + i as u8,
                    Err(_) => 0,
                })
                .collect();
            return (levels, codes);
        }
        let (min, max) = nonzero
            .iter()
            .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), &x| {
                (lo.min(x), hi.max(x))
            });
        let scale = Compander::of(&nonzero, min, max);
        for (c, v) in levels.values.iter_mut().enumerate().skip(1) {
            *v = scale.value(c as u8);
        }
        let coder = Coder::of(scale);
        let codes = column
            .iter()
            .map(|&x| {
                if x == 0.0 || !x.is_finite() {
                    0
                } else {
                    coder.code(x)
                }
            })
            .collect();
        (levels, codes)
    }
}

/// The column's distinct values, ascending, when there are 255 or fewer.
/// Stops at the 256th: sorting a trained column's quarter of a million
/// weights to count them cost more at model load than the whole fit.
fn few_values(values: &[f32]) -> Option<Vec<f32>> {
    let mut seen = std::collections::BTreeSet::new();
    for x in values {
        seen.insert(x.to_bits());
        if seen.len() > 255 {
            return None;
        }
    }
    let mut distinct: Vec<f32> = seen.into_iter().map(f32::from_bits).collect();
    distinct.sort_unstable_by(|a, b| a.total_cmp(b));
    Some(distinct)
}

/// Codes 1–255 spread evenly over `sign(x)·ln(1 + |x|/c)` between the
/// column's extremes: about even steps for weights well below `c`, even
/// relative steps (about 2 % at 2^20 buckets) above it. `c` is the 90th
/// percentile of the absolute values, so that the mass of small weights
/// gets fine steps and the rare large ones, the words that decide a
/// score, keep their size to a few per cent. A one-dimensional k-means
/// was tried first and lost the tails (a weight of 5.1 coded as 3.4).
struct Compander {
    c: f32,
    lo: f32,
    span: f32,
}

impl Compander {
    fn of(nonzero: &[f32], min: f32, max: f32) -> Self {
        let mut abs: Vec<f32> = nonzero.iter().map(|x| x.abs()).collect();
        let k = (abs.len() - 1) * 9 / 10;
        let (_, q90, _) = abs.select_nth_unstable_by(k, |a, b| a.total_cmp(b));
        let c = q90.max(f32::MIN_POSITIVE);
        let mut s = Self {
            c,
            lo: 0.0,
            span: 1.0,
        };
        let (lo, hi) = (s.g(min), s.g(max));
        s.lo = lo;
        s.span = (hi - lo).max(f32::MIN_POSITIVE);
        s
    }

    fn g(&self, x: f32) -> f32 {
        x.signum() * (x.abs() / self.c).ln_1p()
    }

    fn code(&self, x: f32) -> u8 {
        let t = ((self.g(x) - self.lo) / self.span * 254.0).round();
        1 + t.clamp(0.0, 254.0) as u8
    }

    fn value(&self, code: u8) -> f32 {
        let y = self.lo + self.span * f32::from(code - 1) / 254.0;
        y.signum() * self.c * y.abs().exp_m1()
    }
}

/// [`Compander::code`] without a logarithm per value.
///
/// A trained table has millions of values and the logarithm per value was
/// a third of a model's load time. The code only grows with the value, so
/// the least value of each code is found once, by bisection over the
/// floats in order, and a value's code is how many of those it reaches: a
/// search over 254 numbers in the L1 cache. A value within [`GUARD`] floats
/// of a boundary is coded by the logarithm after all, so that a library
/// logarithm a unit in the last place off, which could make the code step
/// back and forth at a boundary, gives the same codes as coding every value
/// directly (tested on random columns, and scores of the shipped model
/// byte for byte, see `docs/speed-journal.md`, stop 59).
struct Coder {
    scale: Compander,
    /// `least[k]`: the order key (see [`order_key`]) of the least float
    /// whose code is at least `k + 2`.
    least: [u32; 254],
    /// Per top [`PREFIX_BITS`] bits of an order key, the code of every float with that
    /// prefix, or 0 where a boundary (or its guard) falls inside and the
    /// search must decide: one load codes almost every value.
    by_prefix: Vec<u8>,
}

/// Floats on either side of a code boundary that are coded directly.
const GUARD: u32 = 64;

/// Top bits of an order key that [`Coder::by_prefix`] is indexed by: at
/// 2^20 prefixes (a megabyte while a table is built), the dense middle of
/// a weight column, where codes are a few thousandths apart, still has
/// many prefixes per code.
const PREFIX_BITS: u32 = 20;

/// The index of an order key in [`Coder::by_prefix`].
fn prefix(key: u32) -> usize {
    (key >> (32 - PREFIX_BITS)) as usize
}

/// A key that orders finite floats as numbers (`-0.0` just below `0.0`).
fn order_key(x: f32) -> u32 {
    let b = x.to_bits();
    if b >> 31 == 1 {
        !b
    } else {
        b | 1 << 31
    }
}

/// The float of an [`order_key`].
fn from_order_key(k: u32) -> f32 {
    f32::from_bits(if k >> 31 == 1 { k & !(1 << 31) } else { !k })
}

impl Coder {
    fn of(scale: Compander) -> Self {
        let (lo, hi) = (order_key(-f32::MAX), order_key(f32::MAX));
        let mut least = [hi; 254];
        let mut from = lo;
        for (i, slot) in least.iter_mut().enumerate() {
            let k = i as u8 + 2;
            // The least key in [from, hi] whose code reaches k (codes only
            // grow, so each search starts where the last one ended).
            let (mut a, mut b) = (from, hi);
            if scale.code(from_order_key(b)) < k {
                *slot = hi.saturating_add(1);
                continue;
            }
            while a < b {
                let m = a + (b - a) / 2;
                if scale.code(from_order_key(m)) >= k {
                    b = m;
                } else {
                    a = m + 1;
                }
            }
            *slot = a;
            from = a;
        }
        // Code k + 1 runs from the prefix of least[k - 1] to that of
        // least[k]; the prefixes a boundary or its guard touches are 0.
        let mut by_prefix = vec![0u8; 1 << PREFIX_BITS];
        let mut start = 0;
        for (k, &t) in least.iter().chain([&u32::MAX]).enumerate() {
            let end = prefix(t);
            by_prefix[start.min(end)..end].fill(1 + k as u8);
            start = end;
        }
        for &t in &least {
            by_prefix[prefix(t.saturating_sub(GUARD))..=prefix(t.saturating_add(GUARD))].fill(0);
        }
        Self {
            scale,
            least,
            by_prefix,
        }
    }

    /// The code of a finite, non-zero `x`: [`Compander::code`]'s.
    fn code(&self, x: f32) -> u8 {
        let key = order_key(x);
        match self.by_prefix[prefix(key)] {
            0 => self.search(key, x),
            c => c,
        }
    }

    /// [`Self::code`] by searching the boundaries.
    fn search(&self, key: u32, x: f32) -> u8 {
        let p = self.least.partition_point(|&t| t <= key);
        let near = |t: u32| t.abs_diff(key) <= GUARD;
        if (p > 0 && near(self.least[p - 1])) || (p < self.least.len() && near(self.least[p])) {
            return self.scale.code(x);
        }
        1 + p as u8
    }
}

/// The first `buckets` values of `src`, padded with `pad`; a trained
/// column has a value per bucket and is read where it is.
fn padded(src: &[f32], buckets: usize, pad: f32) -> std::borrow::Cow<'_, [f32]> {
    match src.get(..buckets) {
        Some(all) => all.into(),
        None => (0..buckets)
            .map(|b| src.get(b).copied().unwrap_or(pad))
            .collect::<Vec<f32>>()
            .into(),
    }
}

/// Per bucket `[idf, w_label1, w_label2, …]` as one-byte codes, `stride`
/// bytes a row, and the levels of each column.
#[derive(Debug, Clone, Default)]
pub(super) struct ScoreTable {
    codes: Vec<u8>,
    /// Column 0: idf; column `1 + k`: label `k`'s weights.
    pub(super) levels: Vec<Levels>,
    stride: usize,
}

impl ScoreTable {
    /// The table of `buckets` rows from the idf column and one weight column
    /// per label (columns shorter than `buckets` are padded with the
    /// default: idf 1, weight 0).
    pub(super) fn new(buckets: usize, idf: &[f32], weights: &[&[f32]]) -> Self {
        let stride = 1 + weights.len();
        let column = |src, pad| padded(src, buckets, pad);
        let mut codes = vec![0u8; buckets * stride];
        let mut levels = Vec::with_capacity(stride);
        let columns =
            std::iter::once(column(idf, 1.0)).chain(weights.iter().map(|w| column(w, 0.0)));
        for (k, col) in columns.enumerate() {
            let (l, c) = Levels::fit(&col);
            for (row, code) in codes.chunks_exact_mut(stride).zip(c) {
                row[k] = code;
            }
            levels.push(l);
        }
        Self {
            codes,
            levels,
            stride,
        }
    }

    /// Bucket `f`'s codes, `S` = the stride.
    #[inline]
    pub(super) fn row<const S: usize>(&self, f: u32) -> [u8; S] {
        let at = f as usize * S;
        self.codes[at..at + S]
            .try_into()
            .expect("a table row is S wide")
    }

    /// Starts loading bucket `f`'s row into the cache, without waiting for it.
    #[inline]
    pub(super) fn prefetch(&self, f: u32) {
        #[cfg(target_arch = "x86_64")]
        {
            use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
            let p = self.codes.as_ptr().wrapping_add(f as usize * self.stride);
            // SAFETY: a prefetch is only a hint to the cache: it never faults,
            // not even on a bad address, and changes no memory; `p` points into
            // `codes` anyway. SSE, which it needs, is part of every x86_64 CPU.
            unsafe { _mm_prefetch::<_MM_HINT_T0>(p.cast()) };
        }
        #[cfg(not(target_arch = "x86_64"))]
        let _ = f;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A column shaped like a trained weight column: mostly zero (unused
    /// buckets), a dense middle and a few large weights.
    fn weights(n: usize) -> Vec<f32> {
        (0..n)
            .map(|i| {
                let u = ((i as u64 * 2_654_435_761) % 1_000_003) as f32 / 1_000_003.0;
                match i % 10 {
                    0..=3 => 0.0,
                    4 => (u - 0.5) * 8.0,
                    _ => (u - 0.5) * 0.4,
                }
            })
            .collect()
    }

    #[test]
    fn zero_is_exact_and_few_values_are_kept_exactly() {
        let col = [0.0, 0.5, -0.25, 0.5, 0.0, 2.0];
        let (l, codes) = Levels::fit(&col);
        for (&x, &c) in col.iter().zip(&codes) {
            assert_eq!(l.value(c), x);
        }
        assert_eq!(codes[0], 0);
    }

    #[test]
    fn rounding_error_is_small_and_large_weights_keep_their_size() {
        let col = weights(200_000);
        let (l, codes) = Levels::fit(&col);
        let (mut worst_small, mut worst_rel, mut sq) = (0.0f32, 0.0f32, 0.0f64);
        for (&x, &c) in col.iter().zip(&codes) {
            let e = (l.value(c) - x).abs();
            sq += (e as f64).powi(2);
            if x.abs() <= 0.2 {
                worst_small = worst_small.max(e);
            } else if x.abs() >= 1.0 {
                worst_rel = worst_rel.max(e / x.abs());
            }
        }
        let rms = (sq / col.len() as f64).sqrt();
        // Evenly spaced codes over [-4, 4] would be 0.031 apart (error up
        // to 0.016 everywhere).
        assert!(
            worst_small < 0.01,
            "small weights: worst error {worst_small}"
        );
        assert!(
            worst_rel < 0.02,
            "large weights: worst relative error {worst_rel}"
        );
        assert!(rms < 0.005, "rms error {rms}");
        assert_eq!(codes[0], 0, "zero stays exactly zero");
    }

    /// The bisected boundaries code every value as the logarithm does,
    /// boundaries and their neighbours included.
    #[test]
    fn boundaries_code_as_the_logarithm_does() {
        for seed in [1u64, 7, 42] {
            let col: Vec<f32> = weights(100_000)
                .into_iter()
                .map(|x| x * seed as f32)
                .filter(|x| *x != 0.0)
                .collect();
            let (min, max) = col
                .iter()
                .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), &x| {
                    (lo.min(x), hi.max(x))
                });
            let coder = Coder::of(Compander::of(&col, min, max));
            for &x in &col {
                assert_eq!(coder.code(x), coder.scale.code(x), "{x}");
            }
            // Around each boundary, and far outside the column's range.
            for &t in &coder.least {
                for d in [0u32, 1, 2, GUARD, GUARD + 1, GUARD + 2, 1000] {
                    for key in [t.saturating_sub(d), t.saturating_add(d)] {
                        let x = from_order_key(key);
                        if x != 0.0 && x.is_finite() {
                            assert_eq!(coder.code(x), coder.scale.code(x), "{x}");
                        }
                    }
                }
            }
            for x in [f32::MAX, -f32::MAX, 1e-30, -1e-30, 1e30] {
                assert_eq!(coder.code(x), coder.scale.code(x), "{x}");
            }
        }
        for x in [1.5f32, -2.0, 1e-30, -0.0, 0.0, f32::MAX] {
            assert_eq!(from_order_key(order_key(x)).to_bits(), x.to_bits());
        }
        assert!(order_key(-1.0) < order_key(-0.5) && order_key(0.5) < order_key(1.0));
    }

    #[test]
    fn rows_hold_each_columns_codes() {
        let idf = [1.0, 2.0, 3.0];
        let w = [0.0, -1.0, 1.0];
        let t = ScoreTable::new(4, &idf, &[&w]);
        let values = |b: u32| {
            let r = t.row::<2>(b);
            (t.levels[0].value(r[0]), t.levels[1].value(r[1]))
        };
        assert_eq!(values(0), (1.0, 0.0));
        assert_eq!(values(1), (2.0, -1.0));
        assert_eq!(values(2), (3.0, 1.0));
        // Past the idf column: idf 1, weight 0.
        assert_eq!(values(3), (1.0, 0.0));
    }
}
