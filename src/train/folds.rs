//! Deterministic fold assignment: stratified by a key and grouped.
//!
//! Order comes from a seeded hash, not an RNG, so the same seed gives the
//! same folds on every platform and version.

use std::collections::BTreeMap;

use xxhash_rust::xxh3::xxh3_64_with_seed;

/// Assigns each doc a fold in `0..k`. Docs sharing a group share a fold; each
/// stratum (e.g. source × label) is spread evenly over the folds.
pub fn assign_folds(groups: &[u64], strata: &[u64], k: usize, seed: u64) -> Vec<usize> {
    assert!(k >= 2, "need at least two folds");
    // group -> (stratum of its first doc, size)
    let mut info: BTreeMap<u64, (u64, usize)> = BTreeMap::new();
    for (g, s) in groups.iter().zip(strata) {
        info.entry(*g).or_insert((*s, 0)).1 += 1;
    }
    let mut by_stratum: BTreeMap<u64, Vec<(u64, u64, usize)>> = BTreeMap::new();
    for (g, (s, n)) in &info {
        let key = xxh3_64_with_seed(&g.to_le_bytes(), seed);
        by_stratum.entry(*s).or_default().push((key, *g, *n));
    }
    let mut fold_of: BTreeMap<u64, usize> = BTreeMap::new();
    for (rotate, (_, mut gs)) in by_stratum.into_iter().enumerate() {
        // Larger groups first, then in hashed (shuffled) order; each to the emptiest fold.
        gs.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        let mut load = vec![0usize; k];
        for (_, g, n) in gs {
            let f = (0..k)
                .map(|i| (i + rotate) % k)
                .min_by_key(|&i| load[i])
                .unwrap_or(0);
            load[f] += n;
            fold_of.insert(g, f);
        }
    }
    groups.iter().map(|g| fold_of[g]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn balanced_grouped_and_deterministic() {
        let groups: Vec<u64> = (0..100).map(|i| i / 2).collect();
        let strata: Vec<u64> = (0..100).map(|i| (i % 4 == 0) as u64).collect();
        let a = assign_folds(&groups, &strata, 5, 7);
        assert_eq!(a, assign_folds(&groups, &strata, 5, 7));
        for i in (0..100).step_by(2) {
            assert_eq!(a[i], a[i + 1], "group split");
        }
        for f in 0..5 {
            let n = a.iter().filter(|&&x| x == f).count();
            assert!((18..=22).contains(&n), "fold {f} has {n}");
        }
        assert_ne!(a, assign_folds(&groups, &strata, 5, 8));
    }
}
