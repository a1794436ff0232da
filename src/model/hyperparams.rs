//! Logistic regression hyperparameters: `LogisticParams` → checked
//! `LogisticValidParams` → fitted [`super::BinaryLogistic`].

use linfa::ParamGuard;
use serde::{Deserialize, Serialize};

/// How rare positives are weighted in the loss.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ClassWeight {
    /// Every sample counts the same.
    None,
    /// Each class contributes half of the loss (scikit-learn's "balanced").
    Balanced,
}

/// Checked hyperparameters.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct LogisticValidParams {
    /// Inverse regularization strength, as scikit-learn's `C` (penalty 1/(2C) ||w||² against the summed weighted loss).
    pub c: f64,
    /// Class weighting.
    pub class_weight: ClassWeight,
    /// Newton iteration cap.
    pub max_iter: u64,
    /// Stop once the gradient's norm is this fraction of its norm at zero.
    pub tol: f64,
}

/// Unchecked hyperparameters, from [`LogisticParams::new`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogisticParams(LogisticValidParams);

/// A hyperparameter out of range.
#[derive(Debug, thiserror::Error)]
#[error("invalid hyperparameter {name} = {value}: {why}")]
pub struct ParamError {
    pub(crate) name: &'static str,
    pub(crate) value: f64,
    pub(crate) why: &'static str,
}

impl Default for LogisticParams {
    fn default() -> Self {
        Self::new()
    }
}

impl LogisticParams {
    /// Defaults: C = 16, balanced classes, at most 200 Newton iterations,
    /// gradient norm reduced 1000-fold (on the default model's folds this
    /// reaches a lower objective than the former L-BFGS at its tolerance).
    pub fn new() -> Self {
        Self(LogisticValidParams {
            c: 16.0,
            class_weight: ClassWeight::Balanced,
            max_iter: 200,
            tol: 1e-3,
        })
    }

    /// Sets `C`.
    pub fn c(mut self, c: f64) -> Self {
        self.0.c = c;
        self
    }

    /// Sets class weighting.
    pub fn class_weight(mut self, w: ClassWeight) -> Self {
        self.0.class_weight = w;
        self
    }

    /// Sets the relative gradient tolerance.
    pub fn tol(mut self, tol: f64) -> Self {
        self.0.tol = tol;
        self
    }

    /// Sets the iteration cap.
    pub fn max_iter(mut self, n: u64) -> Self {
        self.0.max_iter = n;
        self
    }
}

impl ParamGuard for LogisticParams {
    type Checked = LogisticValidParams;
    type Error = ParamError;

    fn check_ref(&self) -> Result<&Self::Checked, Self::Error> {
        let p = &self.0;
        if !(p.c.is_finite() && p.c > 0.0) {
            return Err(ParamError {
                name: "c",
                value: p.c,
                why: "must be a positive finite number",
            });
        }
        if p.max_iter == 0 {
            return Err(ParamError {
                name: "max_iter",
                value: 0.0,
                why: "must be at least 1",
            });
        }
        if !(p.tol.is_finite() && p.tol > 0.0) {
            return Err(ParamError {
                name: "tol",
                value: p.tol,
                why: "must be positive",
            });
        }
        Ok(p)
    }

    fn check(self) -> Result<Self::Checked, Self::Error> {
        self.check_ref().copied()
    }
}
