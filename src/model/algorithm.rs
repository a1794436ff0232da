//! Fitting: weighted logistic loss with an L2 penalty, minimized by argmin's
//! L-BFGS over the sparse records.
//!
//! Margins are computed row-parallel from the CSR matrix and the gradient
//! column-parallel from its CSC copy, so every sum runs in a fixed order and
//! training gives the same weights whatever the number of threads.

use std::sync::Mutex;

use argmin::core::{
    CostFunction, Error as ArgminError, Executor, Gradient, State, TerminationReason,
};
use argmin::solver::linesearch::MoreThuenteLineSearch;
use argmin::solver::quasinewton::LBFGS;
use linfa::dataset::DatasetBase;
use linfa::traits::{Fit, PredictInplace};
use ndarray::Array1;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sprs::CsMat;

use super::error::ModelError;
use super::hyperparams::{ClassWeight, LogisticValidParams};
use crate::features::SparseRecords;

/// A fitted binary logistic regression: `p = σ(w·x + b)`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BinaryLogistic {
    /// One weight per feature column.
    pub weights: Vec<f32>,
    /// Intercept.
    pub bias: f32,
    /// Whether L-BFGS met its tolerance (not stored in model files: a loaded
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

/// `ln(1 + e^t)` without overflow.
fn softplus(t: f64) -> f64 {
    t.max(0.0) + (-t.abs()).exp().ln_1p()
}

/// The optimization problem, borrowing the data.
struct Problem<'a> {
    rows: &'a CsMat<f32>,
    cols: CsMat<f32>,
    /// ±1 targets.
    y: Vec<f64>,
    /// Sample weights.
    c: Vec<f64>,
    /// Penalty on ||w||² / 2 (not on the bias).
    l2: f64,
    /// The last parameters and their margins: the line search asks for the
    /// cost and then the gradient at the same point, and the margins are the
    /// expensive part of both.
    last: Mutex<Option<(Vec<f64>, Vec<f64>)>>,
}

impl Problem<'_> {
    fn margins(&self, p: &[f64]) -> Vec<f64> {
        let mut last = self.last.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((q, z)) = last.as_ref() {
            if q.as_slice() == p {
                return z.clone();
            }
        }
        let z = self.compute_margins(p);
        *last = Some((p.to_vec(), z.clone()));
        z
    }

    fn compute_margins(&self, p: &[f64]) -> Vec<f64> {
        let d = self.rows.cols();
        (0..self.rows.rows())
            .into_par_iter()
            .map(|i| {
                let r = self.rows.outer_view(i).expect("row in range");
                p[d] + r.iter().map(|(j, &v)| p[j] * v as f64).sum::<f64>()
            })
            .collect()
    }
}

impl CostFunction for Problem<'_> {
    type Param = Vec<f64>;
    type Output = f64;

    fn cost(&self, p: &Self::Param) -> Result<f64, ArgminError> {
        let z = self.margins(p);
        let loss: f64 = z
            .iter()
            .zip(&self.y)
            .zip(&self.c)
            .map(|((z, y), c)| c * softplus(-y * z))
            .sum();
        let d = self.rows.cols();
        let reg: f64 = p[..d].iter().map(|w| w * w).sum::<f64>() * 0.5 * self.l2;
        Ok(loss + reg)
    }
}

impl Gradient for Problem<'_> {
    type Param = Vec<f64>;
    type Gradient = Vec<f64>;

    fn gradient(&self, p: &Self::Param) -> Result<Vec<f64>, ArgminError> {
        let z = self.margins(p);
        let r: Vec<f64> = z
            .iter()
            .zip(&self.y)
            .zip(&self.c)
            .map(|((z, y), c)| -c * y * sigmoid(-y * z))
            .collect();
        let d = self.rows.cols();
        let mut g: Vec<f64> = (0..d)
            .into_par_iter()
            .map(|j| {
                let col = self.cols.outer_view(j).expect("column in range");
                col.iter().map(|(i, &v)| v as f64 * r[i]).sum::<f64>() + self.l2 * p[j]
            })
            .collect();
        g.push(r.iter().sum());
        Ok(g)
    }
}

impl Fit<SparseRecords, Array1<bool>, ModelError> for LogisticValidParams {
    type Object = BinaryLogistic;

    /// Recipe: check shapes and classes, weight samples, build the problem,
    /// run L-BFGS from zero, convert to f32 weights.
    fn fit(
        &self,
        data: &DatasetBase<SparseRecords, Array1<bool>>,
    ) -> Result<BinaryLogistic, ModelError> {
        let x = &data.records.matrix;
        let t = &data.targets;
        if x.rows() != t.len() {
            return Err(ModelError::Shape {
                records: x.rows(),
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
        let n = t.len() as f64;
        let (wp, wn) = match self.class_weight {
            ClassWeight::None => (1.0, 1.0),
            ClassWeight::Balanced => (n / (2.0 * npos as f64), n / (2.0 * nneg as f64)),
        };
        // Scale so the weighted loss is a mean; the penalty follows scikit-learn's C.
        let c: Vec<f64> = t.iter().map(|&b| if b { wp } else { wn } / n).collect();
        // Optimize only over columns that occur: untouched hash buckets would
        // stay at zero anyway, and skipping them makes each pass proportional
        // to the data, not to the bucket count.
        let (compact, active) = compact_columns(x);
        let problem = Problem {
            cols: compact.to_csc(),
            rows: &compact,
            y: t.iter().map(|&b| if b { 1.0 } else { -1.0 }).collect(),
            c,
            l2: 1.0 / (self.c * n),
            last: Mutex::new(None),
        };
        let d = active.len();
        let init = vec![0.0f64; d + 1];
        let solver = LBFGS::new(MoreThuenteLineSearch::new(), 10)
            .with_tolerance_grad(self.tol)
            .and_then(|s| s.with_tolerance_cost(1e-10))
            .map_err(|e| ModelError::Optimizer(e.to_string()))?;
        let res = Executor::new(problem, solver)
            .configure(|s| s.param(init).max_iters(self.max_iter))
            .run()
            .map_err(|e| ModelError::Optimizer(e.to_string()))?;
        let best = res
            .state()
            .get_best_param()
            .ok_or_else(|| ModelError::Optimizer("no parameters found".into()))?;
        let reason = res.state().get_termination_reason().cloned();
        let converged = matches!(
            reason,
            Some(TerminationReason::SolverConverged | TerminationReason::TargetCostReached)
        );
        if !converged {
            tracing::warn!(
                reason = reason.as_ref().map_or("none", |r| r.text()),
                iterations = res.state().get_iter(),
                "L-BFGS stopped before converging; raise max_iter or lower C"
            );
        }
        let mut weights = vec![0.0f32; x.cols()];
        for (k, &j) in active.iter().enumerate() {
            weights[j] = best[k] as f32;
        }
        Ok(BinaryLogistic {
            weights,
            bias: best[d] as f32,
            converged,
        })
    }
}

/// The matrix restricted to its non-empty columns, and their original indices.
fn compact_columns(x: &CsMat<f32>) -> (CsMat<f32>, Vec<usize>) {
    let mut seen = vec![u32::MAX; x.cols()];
    for &j in x.indices() {
        seen[j] = 0;
    }
    let mut active = Vec::new();
    for (j, s) in seen.iter_mut().enumerate() {
        if *s == 0 {
            *s = active.len() as u32;
            active.push(j);
        }
    }
    let indices: Vec<usize> = x.indices().iter().map(|&j| seen[j] as usize).collect();
    let m = CsMat::new(
        (x.rows(), active.len()),
        x.indptr().to_proper().to_vec(),
        indices,
        x.data().to_vec(),
    );
    (m, active)
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

    #[test]
    fn fit_is_deterministic() {
        let (x, y) = toy();
        let data = DatasetBase::new(x, y);
        let a = LogisticParams::new().fit(&data).unwrap();
        let b = LogisticParams::new().fit(&data).unwrap();
        assert_eq!(a, b);
    }
}
