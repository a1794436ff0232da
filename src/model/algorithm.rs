//! Fitting: weighted logistic loss with an L2 penalty, minimized by a
//! truncated Newton method over the sparse records ([`super::newton`]).
//!
//! Margins are computed row-parallel from the CSR matrix and the gradient
//! column-parallel from its CSC copy, so every sum runs in a fixed order and
//! training gives the same weights whatever the number of threads.

use linfa::dataset::DatasetBase;
use linfa::traits::{Fit, PredictInplace};
use ndarray::Array1;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sprs::CsMat;

use super::error::ModelError;
use super::hyperparams::{ClassWeight, LogisticValidParams};
use super::newton::{Design, Objective, Tolerance};
use crate::features::SparseRecords;

/// A fitted binary logistic regression: `p = σ(w·x + b)`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BinaryLogistic {
    /// One weight per feature column.
    pub weights: Vec<f32>,
    /// Intercept.
    pub bias: f32,
    /// Whether the solver met its tolerance (not stored in model files: a loaded
    /// model reports `true`; the card records fits that did not converge).
    #[serde(skip, default = "yes")]
    pub converged: bool,
}

fn yes() -> bool {
    true
}

impl BinaryLogistic {
    /// `w·x + b` for one sparse row of (column, value) pairs.
    pub fn margin(&self, row: &[(u32, f32)]) -> f32 {
        self.bias
            + row
                .iter()
                .map(|&(c, v)| self.weights.get(c as usize).copied().unwrap_or(0.0) * v)
                .sum::<f32>()
    }

    /// Margins of every record.
    pub fn margins(&self, x: &SparseRecords) -> Vec<f32> {
        (0..x.matrix.rows())
            .into_par_iter()
            .map(|i| {
                let r = x.matrix.outer_view(i).expect("row in range");
                self.bias
                    + r.iter()
                        .map(|(c, v)| self.weights.get(c).copied().unwrap_or(0.0) * v)
                        .sum::<f32>()
            })
            .collect()
    }
}

/// The logistic function.
pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

impl LogisticValidParams {
    /// Fits one model per `C` in `cs`, each Newton run warm-started from the
    /// previous solution (the data, weights and preparation are shared), so
    /// an ascending grid costs little more than its largest `C` alone.
    pub fn fit_path(
        &self,
        data: &DatasetBase<SparseRecords, Array1<bool>>,
        cs: &[f64],
    ) -> Result<Vec<BinaryLogistic>, ModelError> {
        let x = &data.records.matrix;
        let (y, c) = self.targets_and_weights(x.rows(), &data.targets, &data.weights)?;
        let (design, active) = compact_design(x);
        // The penalty scales with the total sample weight (scikit-learn's C
        // with sample weights); unweighted, that is the row count.
        let n = if data.weights.is_empty() {
            y.len() as f64
        } else {
            data.weights.iter().map(|&w| f64::from(w)).sum()
        };
        let tol = Tolerance {
            relative: self.tol,
            max_iter: self.max_iter,
        };
        let mut p = vec![0.0f64; active.len() + 1];
        let mut models = Vec::with_capacity(cs.len());
        for &cc in cs {
            let objective = Objective {
                x: &design,
                y: &y,
                c: &c,
                l2: 1.0 / (cc * n),
            };
            let started = std::time::Instant::now();
            let out = objective.minimize(&mut p, tol);
            tracing::debug!(
                rows = x.rows(),
                cols = active.len(),
                nnz = x.nnz(),
                c = cc,
                iterations = out.iterations,
                cg_steps = out.cg_steps,
                passes = out.passes,
                objective = out.value,
                seconds = started.elapsed().as_secs_f64(),
                "logistic fit"
            );
            if !out.converged {
                tracing::warn!(
                    iterations = out.iterations,
                    c = cc,
                    "Newton stopped before converging; raise max_iter or lower C"
                );
            }
            let mut weights = vec![0.0f32; x.cols()];
            for (k, &j) in active.iter().enumerate() {
                weights[j] = p[k] as f32;
            }
            models.push(BinaryLogistic {
                weights,
                bias: p[active.len()] as f32,
                converged: out.converged,
            });
        }
        Ok(models)
    }

    /// ±1 targets and per-row loss weights: the dataset's sample weights
    /// (none: all 1) times the class weight (balanced over the weighted
    /// class totals when asked), divided by the total weight so the loss is
    /// a weighted mean and the penalty follows scikit-learn's C.
    fn targets_and_weights(
        &self,
        rows: usize,
        t: &Array1<bool>,
        sample: &Array1<f32>,
    ) -> Result<(Vec<f64>, Vec<f64>), ModelError> {
        if rows != t.len() || !(sample.is_empty() || sample.len() == rows) {
            return Err(ModelError::Shape {
                records: rows,
                targets: t.len(),
            });
        }
        let npos = t.iter().filter(|&&b| b).count();
        let nneg = t.len() - npos;
        if npos == 0 || nneg == 0 {
            return Err(ModelError::OneClass {
                positives: npos,
                negatives: nneg,
            });
        }
        let w = |i: usize| sample.get(i).map_or(1.0, |&w| f64::from(w));
        let (mut wpos, mut wneg) = (0.0f64, 0.0f64);
        for (i, &b) in t.iter().enumerate() {
            *(if b { &mut wpos } else { &mut wneg }) += w(i);
        }
        let n = wpos + wneg;
        let (wp, wn) = match self.class_weight {
            ClassWeight::None => (1.0, 1.0),
            ClassWeight::Balanced => (n / (2.0 * wpos), n / (2.0 * wneg)),
        };
        let y = t.iter().map(|&b| if b { 1.0 } else { -1.0 }).collect();
        let c = t
            .iter()
            .enumerate()
            .map(|(i, &b)| if b { wp } else { wn } * w(i) / n)
            .collect();
        Ok((y, c))
    }
}

impl Fit<SparseRecords, Array1<bool>, ModelError> for LogisticValidParams {
    type Object = BinaryLogistic;

    /// Recipe: check shapes and classes, weight samples, prepare the data,
    /// run Newton from zero, convert to f32 weights.
    fn fit(
        &self,
        data: &DatasetBase<SparseRecords, Array1<bool>>,
    ) -> Result<BinaryLogistic, ModelError> {
        let mut models = self.fit_path(data, &[self.c])?;
        Ok(models.pop().expect("one model per C"))
    }
}

/// The design over the non-empty columns only, and their original indices.
///
/// Untouched hash buckets would stay at zero anyway, and skipping them makes
/// each pass proportional to the data, not to the bucket count. The columns
/// are numbered by falling frequency: the few thousand that most rows share
/// then sit together at the front of every vector the passes gather from,
/// and stay in cache. Each row keeps its entries in their original order, so
/// every row sum adds the same terms in the same order as before.
fn compact_design(x: &CsMat<f32>) -> (Design, Vec<usize>) {
    let mut count = vec![0u32; x.cols()];
    for &j in x.indices() {
        count[j] += 1;
    }
    let mut active: Vec<usize> = (0..x.cols()).filter(|&j| count[j] > 0).collect();
    // Stable: equally frequent columns keep their bucket order.
    active.sort_by_key(|&j| std::cmp::Reverse(count[j]));
    let mut new_index = vec![u32::MAX; x.cols()];
    for (k, &j) in active.iter().enumerate() {
        new_index[j] = k as u32;
    }
    let design = Design::from_rows(
        active.len(),
        x.indptr().to_proper().to_vec(),
        x.indices().iter().map(|&j| new_index[j]).collect(),
        x.data().to_vec(),
    );
    (design, active)
}

impl PredictInplace<SparseRecords, Array1<f32>> for BinaryLogistic {
    /// Uncalibrated probabilities `σ(w·x + b)`.
    fn predict_inplace(&self, x: &SparseRecords, y: &mut Array1<f32>) {
        for (out, m) in y.iter_mut().zip(self.margins(x)) {
            *out = sigmoid(m as f64) as f32;
        }
    }

    fn default_target(&self, x: &SparseRecords) -> Array1<f32> {
        Array1::zeros(x.matrix.rows())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::{Featurizer, FeaturizerParams};
    use crate::model::LogisticParams;
    use linfa::traits::Predict;
    use linfa::ParamGuard;

    fn toy() -> (SparseRecords, Array1<bool>) {
        let texts = [
            "du bist ein idiot",
            "was für ein vollidiot",
            "halt die klappe du idiot",
            "verpiss dich du depp",
            "so ein depp",
            "idiot und depp",
            "danke für den artikel",
            "guter bericht heute",
            "ich stimme zu",
            "interessanter artikel danke",
            "sehr informativ",
            "gute frage",
        ];
        let f = Featurizer::fit(
            FeaturizerParams::new().buckets_log2(14).check().unwrap(),
            &texts,
        );
        let y = Array1::from_iter((0..12).map(|i| i < 6));
        (f.transform(&texts), y)
    }

    #[test]
    fn separates_a_toy_set_and_predicts_via_linfa() {
        let (x, y) = toy();
        let data = DatasetBase::new(x.clone(), y.clone());
        let m = LogisticParams::new().c(10.0).fit(&data).unwrap();
        let p: Array1<f32> = m.predict(&data);
        for (pi, yi) in p.iter().zip(y.iter()) {
            assert_eq!(*pi > 0.5, *yi, "{p:?}");
        }
    }

    #[test]
    fn a_row_of_weight_two_counts_as_that_row_twice() {
        let (x, y) = toy();
        let params = LogisticParams::new().c(4.0).check().unwrap();
        let mut w = vec![1.0f32; 12];
        w[0] = 2.0;
        w[7] = 2.0;
        let weighted = params
            .fit(&DatasetBase::new(x.clone(), y.clone()).with_weights(Array1::from(w)))
            .unwrap();
        let rows: Vec<usize> = (0..12).chain([0, 7]).collect();
        let (mut indptr, mut indices, mut data) = (vec![0], Vec::new(), Vec::new());
        for &r in &rows {
            let row = x.matrix.outer_view(r).unwrap();
            indices.extend_from_slice(row.indices());
            data.extend_from_slice(row.data());
            indptr.push(indices.len());
        }
        let shape = (rows.len(), x.matrix.cols());
        let twice = SparseRecords::new(CsMat::new(shape, indptr, indices, data));
        let yy = Array1::from_iter(rows.iter().map(|&i| y[i]));
        let duplicated = params.fit(&DatasetBase::new(twice, yy)).unwrap();
        let plain = params.fit(&DatasetBase::new(x, y)).unwrap();
        let gap = |a: &BinaryLogistic, b: &BinaryLogistic| {
            a.weights
                .iter()
                .zip(&b.weights)
                .map(|(p, q)| (p - q).abs())
                .fold((a.bias - b.bias).abs(), f32::max)
        };
        assert!(
            gap(&weighted, &duplicated) < 1e-3,
            "{}",
            gap(&weighted, &duplicated)
        );
        assert!(gap(&weighted, &plain) > 1e-2, "the weights changed nothing");
    }

    #[test]
    fn one_class_is_an_error() {
        let (x, _) = toy();
        let data = DatasetBase::new(x, Array1::from_elem(12, true));
        let e = LogisticParams::new().fit(&data).unwrap_err();
        assert!(
            e.to_string()
                .contains("found 12 positive(s) and 0 negative(s)"),
            "{e}"
        );
    }

    #[test]
    fn invalid_c_is_rejected_before_fitting() {
        assert!(LogisticParams::new().c(-1.0).check().is_err());
    }

    /// The L-BFGS problem this crate solved before the Newton solver (argmin,
    /// Moré–Thuente line search), kept as the reference optimum.
    struct Lbfgs<'a> {
        x: &'a CsMat<f32>,
        y: Vec<f64>,
        c: Vec<f64>,
        l2: f64,
    }

    impl Lbfgs<'_> {
        fn margins(&self, p: &[f64]) -> Vec<f64> {
            let d = self.x.cols();
            (0..self.x.rows())
                .map(|i| {
                    let r = self.x.outer_view(i).unwrap();
                    p[d] + r.iter().map(|(j, &v)| p[j] * v as f64).sum::<f64>()
                })
                .collect()
        }
    }

    impl argmin::core::CostFunction for Lbfgs<'_> {
        type Param = Vec<f64>;
        type Output = f64;
        fn cost(&self, p: &Vec<f64>) -> Result<f64, argmin::core::Error> {
            let z = self.margins(p);
            let loss: f64 = (0..z.len())
                .map(|i| self.c[i] * super::super::newton::softplus(-self.y[i] * z[i]))
                .sum();
            let d = self.x.cols();
            Ok(loss + p[..d].iter().map(|w| w * w).sum::<f64>() * 0.5 * self.l2)
        }
    }

    impl argmin::core::Gradient for Lbfgs<'_> {
        type Param = Vec<f64>;
        type Gradient = Vec<f64>;
        fn gradient(&self, p: &Vec<f64>) -> Result<Vec<f64>, argmin::core::Error> {
            let z = self.margins(p);
            let d = self.x.cols();
            let mut g: Vec<f64> = p[..d].iter().map(|w| self.l2 * w).collect();
            let mut b = 0.0;
            for (i, row) in self.x.outer_iterator().enumerate() {
                let r = -self.c[i] * self.y[i] * sigmoid(-self.y[i] * z[i]);
                row.iter().for_each(|(j, &v)| g[j] += r * v as f64);
                b += r;
            }
            g.push(b);
            Ok(g)
        }
    }

    #[test]
    fn newton_reaches_the_optimum_of_the_former_lbfgs_solver() {
        use argmin::core::{Executor, State};
        use argmin::solver::{linesearch::MoreThuenteLineSearch, quasinewton::LBFGS};
        let (x, y) = toy();
        let params = LogisticParams::new().c(4.0).tol(1e-8).check().unwrap();
        let (yy, c) = params
            .targets_and_weights(12, &y, &Array1::zeros(0))
            .unwrap();
        // Over every column: the empty ones stay at zero.
        let cols = x.matrix.cols();
        let problem = Lbfgs {
            x: &x.matrix,
            y: yy,
            c,
            l2: 1.0 / (4.0 * 12.0),
        };
        let solver = LBFGS::new(MoreThuenteLineSearch::new(), 10)
            .with_tolerance_grad(1e-10)
            .unwrap();
        let res = Executor::new(problem, solver)
            .configure(|s| s.param(vec![0.0; cols + 1]).max_iters(1000))
            .run()
            .unwrap();
        let reference = res.state().get_best_param().unwrap().clone();
        let m = params.fit(&DatasetBase::new(x, y)).unwrap();
        assert!(m.converged);
        assert!(m.weights.iter().any(|&w| w != 0.0));
        for (j, &w) in m.weights.iter().enumerate() {
            let (a, b) = (reference[j], w as f64);
            assert!((a - b).abs() < 1e-4, "column {j}: L-BFGS {a}, Newton {b}");
        }
        assert!((reference[cols] - m.bias as f64).abs() < 1e-4);
    }

    #[test]
    fn a_warm_started_path_matches_separate_fits() {
        let (x, y) = toy();
        let data = DatasetBase::new(x, y);
        let params = LogisticParams::new().tol(1e-9).check().unwrap();
        let path = params.fit_path(&data, &[1.0, 16.0]).unwrap();
        let alone = LogisticParams::new().c(16.0).tol(1e-9).fit(&data).unwrap();
        for (a, b) in path[1].weights.iter().zip(&alone.weights) {
            assert!((a - b).abs() < 1e-4, "{a} vs {b}");
        }
    }

    #[test]
    fn fit_is_deterministic() {
        let (x, y) = toy();
        let data = DatasetBase::new(x, y);
        let a = LogisticParams::new().fit(&data).unwrap();
        let b = LogisticParams::new().fit(&data).unwrap();
        assert_eq!(a, b);
    }
}
