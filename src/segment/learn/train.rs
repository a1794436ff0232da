//! Fitting the line labeller on generated pages: feature rows of every
//! non-blank line, a `linfa-logistic` multinomial regression, and label
//! transitions counted from the gold sequences.

use linfa::prelude::*;
use linfa_logistic::MultiLogisticRegression;
use ndarray::{Array1, Array2};

use super::{Coarse, Labeller, LabellerError, CLASSES, WIDTH};
use crate::segment::synth::SynthPage;
use crate::segment::{prepare, InputKind};

/// Settings of [`train`].
#[derive(Debug, Clone, Copy)]
pub struct TrainParams {
    /// L2 penalty of the regression.
    pub alpha: f64,
    /// L-BFGS iterations.
    pub max_iterations: u64,
    /// Recorded in the model file (the seed the pages were generated with).
    pub seed: u64,
}

impl Default for TrainParams {
    fn default() -> Self {
        TrainParams {
            alpha: 1e-3,
            max_iterations: 40,
            seed: 1,
        }
    }
}

/// Feature rows and gold classes of one page's non-blank lines.
fn page_rows(p: &SynthPage) -> Option<(Vec<[f32; WIDTH]>, Vec<Coarse>)> {
    let html = !p.name.ends_with(".txt");
    let kind = if html {
        InputKind::Html
    } else {
        InputKind::Text
    };
    let prep = prepare(&p.name, p.content.as_bytes(), kind).ok()?;
    if prep.lines.len() != p.gold.line_labels.len() {
        return None;
    }
    let feats = prep.features(Some(p.now));
    let mut x = Vec::new();
    let mut y = Vec::new();
    for (i, l) in p.gold.line_labels.iter().enumerate() {
        if let Some(c) = Coarse::of(*l) {
            if !prep.lines[i].trim().is_empty() {
                x.push(feats[i]);
                y.push(c);
            }
        }
    }
    Some((x, y))
}

/// Fits a labeller on `pages`.
///
/// # Errors
///
/// [`LabellerError::Fit`] when there is nothing to fit on or the solver fails.
pub fn train(pages: &[SynthPage], params: &TrainParams) -> Result<Labeller, LabellerError> {
    let mut xs: Vec<[f32; WIDTH]> = Vec::new();
    let mut ys: Vec<usize> = Vec::new();
    let mut counts = [[1.0f64; CLASSES]; CLASSES];
    let mut starts = [1.0f64; CLASSES];
    let mut used = 0u64;
    for p in pages {
        let Some((x, y)) = page_rows(p) else { continue };
        used += 1;
        if let Some(first) = y.first() {
            starts[*first as usize] += 1.0;
        }
        for w in y.windows(2) {
            counts[w[0] as usize][w[1] as usize] += 1.0;
        }
        xs.extend(x);
        ys.extend(y.iter().map(|c| *c as usize));
    }
    let present: std::collections::BTreeSet<usize> = ys.iter().copied().collect();
    if present.len() < CLASSES {
        return Err(LabellerError::Fit(format!(
            "the pages hold {} of the {CLASSES} line classes",
            present.len()
        )));
    }
    let flat: Vec<f64> = xs.iter().flatten().map(|&v| f64::from(v)).collect();
    let records = Array2::from_shape_vec((xs.len(), WIDTH), flat)
        .map_err(|e| LabellerError::Fit(e.to_string()))?;
    let ds = Dataset::new(records, Array1::from_vec(ys));
    let fitted = MultiLogisticRegression::default()
        .alpha(params.alpha)
        .max_iterations(params.max_iterations)
        .fit(&ds)
        .map_err(|e| LabellerError::Fit(e.to_string()))?;
    // Columns follow `classes()`, which holds all four in ascending order.
    let w = fitted.params();
    let mut weights = vec![0.0f32; WIDTH * CLASSES];
    for f in 0..WIDTH {
        for (col, &c) in fitted.classes().iter().enumerate() {
            weights[f * CLASSES + c] = w[[f, col]] as f32;
        }
    }
    let mut intercept = [0.0f32; CLASSES];
    for (col, &c) in fitted.classes().iter().enumerate() {
        intercept[c] = fitted.intercept()[col] as f32;
    }
    let log_norm = |row: &[f64; CLASSES]| {
        let s: f64 = row.iter().sum();
        row.map(|v| (v / s).ln() as f32)
    };
    Ok(Labeller {
        weights,
        intercept,
        trans: counts.map(|r| log_norm(&r)),
        start: log_norm(&starts),
        seed: params.seed,
        pages: used,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::synth::{generate, Corpus, FAMILIES};

    #[test]
    fn two_fits_give_identical_files() {
        let corpus = Corpus::builtin();
        let pages: Vec<SynthPage> = FAMILIES
            .iter()
            .take(4)
            .map(|f| generate(f, &corpus, 3))
            .collect();
        let params = TrainParams {
            max_iterations: 5,
            ..TrainParams::default()
        };
        let a = train(&pages, &params).expect("fits");
        let b = train(&pages, &params).expect("fits");
        assert_eq!(a.to_bytes(), b.to_bytes());
        assert_eq!(a.pages, 4);
    }
}
