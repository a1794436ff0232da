//! Curve data for the report: PR and ROC points, reliability bins, score
//! histograms and the most confident errors, computed from scores and gold.
//!
//! Plain numbers only; [`super::charts`] draws them and [`super::html`] lists them.

/// Points of the precision–recall curve `(recall, precision)` and the ROC
/// curve `(false positive rate, true positive rate)`, one per distinct score.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Curves {
    /// `(recall, precision)`, recall rising.
    pub pr: Vec<(f64, f64)>,
    /// `(fpr, tpr)` from `(0, 0)` to `(1, 1)`.
    pub roc: Vec<(f64, f64)>,
}

/// Sweeps the thresholds from the highest score down.
pub(crate) fn curves(probs: &[f32], gold: &[bool]) -> Curves {
    let mut order: Vec<usize> = (0..probs.len()).collect();
    order.sort_by(|&a, &b| probs[b].total_cmp(&probs[a]));
    let pos = gold.iter().filter(|&&g| g).count() as f64;
    let neg = gold.len() as f64 - pos;
    let rate = |x: f64, of: f64| if of > 0.0 { x / of } else { 0.0 };
    let (mut tp, mut fp) = (0.0, 0.0);
    let mut pr = Vec::new();
    let mut roc = vec![(0.0, 0.0)];
    for (k, &i) in order.iter().enumerate() {
        if gold[i] {
            tp += 1.0;
        } else {
            fp += 1.0;
        }
        // Emit once per distinct score: ties move together.
        let last_of_tie = order.get(k + 1).is_none_or(|&j| probs[j] != probs[i]);
        if last_of_tie {
            if pr.is_empty() {
                pr.push((0.0, rate(tp, tp + fp)));
            }
            pr.push((rate(tp, pos), rate(tp, tp + fp)));
            roc.push((rate(fp, neg), rate(tp, pos)));
        }
    }
    Curves {
        pr: thin(&pr, 0.002),
        roc: thin(&roc, 0.002),
    }
}

/// Drops points closer than `step` (max norm) to the last kept one, keeping
/// both ends, so a curve over many thousand scores stays a small SVG path.
fn thin(points: &[(f64, f64)], step: f64) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(points.len().min(1024));
    for (k, &p) in points.iter().enumerate() {
        let keep = match out.last() {
            None => true,
            Some(&(x, y)) => k + 1 == points.len() || (p.0 - x).abs().max((p.1 - y).abs()) >= step,
        };
        if keep {
            out.push(p);
        }
    }
    out
}

/// One bin of the reliability diagram.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct CalibrationBin {
    /// Scores in the bin.
    pub count: usize,
    /// Mean score in the bin.
    pub mean_score: f64,
    /// Share of positives in the bin.
    pub positive_rate: f64,
}

/// `bins` equal-width score bins over `[0, 1]`; empty bins are left out.
pub(crate) fn calibration(probs: &[f32], gold: &[bool], bins: usize) -> Vec<CalibrationBin> {
    let mut acc = vec![(0usize, 0.0f64, 0usize); bins];
    for (&p, &g) in probs.iter().zip(gold) {
        let b = &mut acc[bin_of(p, bins)];
        b.0 += 1;
        b.1 += f64::from(p);
        b.2 += usize::from(g);
    }
    acc.into_iter()
        .filter(|b| b.0 > 0)
        .map(|(n, sum, pos)| CalibrationBin {
            count: n,
            mean_score: sum / n as f64,
            positive_rate: pos as f64 / n as f64,
        })
        .collect()
}

/// Share of each true class per score bin: `(negatives, positives)`, each
/// summing to 1 (or all 0 when the class is absent), so both classes show
/// even when one is rare.
pub(crate) fn class_histogram(probs: &[f32], gold: &[bool], bins: usize) -> (Vec<f64>, Vec<f64>) {
    let mut neg = vec![0.0; bins];
    let mut pos = vec![0.0; bins];
    for (&p, &g) in probs.iter().zip(gold) {
        let side = if g { &mut pos } else { &mut neg };
        side[bin_of(p, bins)] += 1.0;
    }
    for side in [&mut neg, &mut pos] {
        let total: f64 = side.iter().sum();
        if total > 0.0 {
            side.iter_mut().for_each(|v| *v /= total);
        }
    }
    (neg, pos)
}

fn bin_of(p: f32, bins: usize) -> usize {
    // In f32, so a score of 0.9 lands in bin 9 of 10, as it reads.
    let b = (p.clamp(0.0, 1.0) * bins as f32) as usize;
    b.min(bins - 1)
}

/// The `k` most confident errors at `threshold` (a score `>= threshold` is
/// flagged): false positives by highest score, false negatives by lowest.
pub(crate) fn confident_errors(
    probs: &[f32],
    gold: &[bool],
    threshold: f32,
    k: usize,
) -> (Vec<usize>, Vec<usize>) {
    let pick = |wrong: &dyn Fn(usize) -> bool, highest_first: bool| {
        let mut idx: Vec<usize> = (0..probs.len()).filter(|&i| wrong(i)).collect();
        idx.sort_by(|&a, &b| {
            let o = probs[a].total_cmp(&probs[b]);
            if highest_first {
                o.reverse()
            } else {
                o
            }
        });
        idx.truncate(k);
        idx
    };
    let fps = pick(&|i| !gold[i] && probs[i] >= threshold, true);
    let fns = pick(&|i| gold[i] && probs[i] < threshold, false);
    (fps, fns)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_ranking_gives_the_corner_curves() {
        let c = curves(&[0.9, 0.8, 0.2, 0.1], &[true, true, false, false]);
        assert_eq!(c.pr.first(), Some(&(0.0, 1.0)));
        assert!(c.pr.contains(&(1.0, 1.0)));
        assert_eq!(c.pr.last(), Some(&(1.0, 0.5)));
        assert_eq!(c.roc.first(), Some(&(0.0, 0.0)));
        assert!(c.roc.contains(&(0.0, 1.0)));
        assert_eq!(c.roc.last(), Some(&(1.0, 1.0)));
    }

    #[test]
    fn ties_move_together() {
        let c = curves(&[0.5, 0.5], &[true, false]);
        assert_eq!(c.roc, vec![(0.0, 0.0), (1.0, 1.0)]);
        assert_eq!(c.pr, vec![(0.0, 0.5), (1.0, 0.5)]);
    }

    #[test]
    fn calibration_bins_mean_and_rate() {
        let bins = calibration(&[0.05, 0.05, 0.95, 1.0], &[false, true, true, true], 10);
        assert_eq!(bins.len(), 2);
        assert_eq!(bins[0].count, 2);
        assert!((bins[0].positive_rate - 0.5).abs() < 1e-9);
        assert!((bins[1].mean_score - 0.975).abs() < 1e-6);
    }

    #[test]
    fn histogram_shares_sum_to_one_per_class() {
        let (neg, pos) = class_histogram(&[0.1, 0.2, 0.9], &[false, false, true], 10);
        assert!((neg.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert_eq!(pos[9], 1.0);
    }

    #[test]
    fn errors_are_ordered_by_confidence() {
        let probs = [0.9, 0.7, 0.1, 0.3, 0.6];
        let gold = [false, false, true, true, true];
        let (fps, fns) = confident_errors(&probs, &gold, 0.5, 20);
        assert_eq!(fps, vec![0, 1]);
        assert_eq!(fns, vec![2, 3]);
    }
}
