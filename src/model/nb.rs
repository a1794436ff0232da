//! Naive-Bayes feature scaling (NB-LR, Wang & Manning 2012).
//!
//! Each hashed column is multiplied by its log-count ratio
//! `r = ln((p / |p|₁) / (q / |q|₁))`, where `p` and `q` count the positive
//! and negative training documents containing it (plus a smoothing `alpha`).
//! The logistic regression then fits on the scaled columns, so its L2 penalty
//! favours words that Naive Bayes already finds telling: on short, sparse
//! comments this carries more evidence per parameter than plain TF-IDF. The
//! scaling is folded back into the weights afterwards (`w·(r⊙x) = (w⊙r)·x`),
//! so scoring, the model file and explanations stay exactly as they are.

use sprs::CsMat;

/// Log-count ratios of the first `hashed` columns; the columns after them
/// (dense signals) keep the factor 1.
pub fn log_count_ratios(x: &CsMat<f32>, y: &[bool], hashed: usize, alpha: f64) -> Vec<f32> {
    let cols = x.cols();
    let mut pos = vec![0u32; cols];
    let mut neg = vec![0u32; cols];
    for (i, row) in x.outer_iterator().enumerate() {
        let counts = if y[i] { &mut pos } else { &mut neg };
        for (j, &v) in row.iter() {
            if v != 0.0 {
                counts[j] += 1;
            }
        }
    }
    let hashed = hashed.min(cols);
    let sum = |c: &[u32]| c[..hashed].iter().map(|&n| n as f64 + alpha).sum::<f64>();
    let (sp, sn) = (sum(&pos), sum(&neg));
    (0..cols)
        .map(|j| {
            if j >= hashed {
                return 1.0;
            }
            let p = (pos[j] as f64 + alpha) / sp;
            let q = (neg[j] as f64 + alpha) / sn;
            (p / q).ln() as f32
        })
        .collect()
}

/// The matrix with every column `j` multiplied by `r[j]`.
pub fn scale_columns(x: &CsMat<f32>, r: &[f32]) -> CsMat<f32> {
    let data: Vec<f32> = x
        .indices()
        .iter()
        .zip(x.data())
        .map(|(&j, &v)| v * r[j])
        .collect();
    CsMat::new(
        x.shape(),
        x.indptr().to_proper().to_vec(),
        x.indices().to_vec(),
        data,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toy() -> CsMat<f32> {
        // Column 0 only in positives, 1 only in negatives, 2 in both, 3 dense.
        CsMat::new(
            (4, 4),
            vec![0, 3, 5, 7, 9],
            vec![0, 2, 3, 0, 3, 1, 2, 1, 3],
            vec![1.0, 0.5, 0.2, 1.0, 0.9, 1.0, 0.5, 1.0, 0.1],
        )
    }

    #[test]
    fn ratios_point_to_the_class_a_column_occurs_in() {
        let r = log_count_ratios(&toy(), &[true, true, false, false], 3, 1.0);
        assert!(r[0] > 0.5, "{r:?}");
        assert!(r[1] < -0.5, "{r:?}");
        assert!(r[2].abs() < 1e-6, "{r:?}");
        assert_eq!(r[3], 1.0, "dense columns are not scaled");
    }

    #[test]
    fn scaling_multiplies_each_stored_value_by_its_column_factor() {
        let x = toy();
        let s = scale_columns(&x, &[2.0, -1.0, 0.0, 1.0]);
        let row0: Vec<(usize, f32)> = s
            .outer_view(0)
            .unwrap()
            .iter()
            .map(|(j, &v)| (j, v))
            .collect();
        assert_eq!(row0, vec![(0, 2.0), (2, 0.0), (3, 0.2)]);
        let row2: Vec<f32> = s.outer_view(2).unwrap().data().to_vec();
        assert_eq!(row2, vec![-1.0, 0.0]);
    }
}
