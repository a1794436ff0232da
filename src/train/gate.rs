//! The retraining gate of `moderato train --compare-to`: the new and the
//! current model scored on the same held-out comments, side by side, and a
//! verdict per label.
//!
//! A test set only counts when neither model trained on it: the new model's
//! nested-split fifth restricted to sources the current model's card does not
//! list (same SHA-256), and the moderators' most recent decisions, which the
//! new model is trained without. Labels are judged threshold-free (ROC-AUC
//! and average precision), because each model brings its own thresholds and
//! a threshold moved by calibration says little about ranking.

use std::fmt::Write;

use crate::eval::{evaluate_label, LabelReport};
use crate::model::Classifier;

/// Fewer examples of a class than this and a test set says too little about
/// the label to refuse a model over it.
pub const MIN_PER_CLASS: usize = 10;

/// Comments neither model trained on, with gold labels and the new model's
/// scores.
#[derive(Debug, Clone)]
pub struct TestSet {
    /// What the set is, for the table.
    pub name: String,
    /// The comment texts.
    pub texts: Vec<String>,
    /// Per label name: gold value per text (`None`: not annotated).
    pub gold: Vec<(String, Vec<Option<bool>>)>,
    /// The new model's probabilities, `new_scores[text][label]`.
    pub new_scores: Vec<Vec<f32>>,
    /// The new model's label names, in `new_scores` order.
    pub new_labels: Vec<String>,
    /// The new model's review threshold per label, in `new_scores` order.
    pub new_review: Vec<f32>,
}

/// What the gate concluded for one label on one test set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Not worse beyond the margin.
    Kept,
    /// Worse beyond the margin in ROC-AUC or average precision.
    Worse,
    /// Too few positives or negatives to judge.
    TooFew,
    /// The current model has no such label.
    NewLabel,
}

/// One row of the comparison table.
#[derive(Debug, Clone)]
pub struct GateRow {
    /// Test set name.
    pub set: String,
    /// Label name.
    pub label: String,
    /// The current model on the set (`None` for a label it lacks).
    pub current: Option<LabelReport>,
    /// The new model on the set.
    pub new: LabelReport,
    /// The verdict.
    pub verdict: Verdict,
}

/// Scores every test set with the current model and compares per label.
pub fn compare(current: &Classifier, sets: &[TestSet], margin: f64) -> Vec<GateRow> {
    let mut rows = Vec::new();
    for set in sets {
        let current_scores = current.score_batch(&set.texts);
        for (label, gold) in &set.gold {
            let Some(nl) = set.new_labels.iter().position(|l| l == label) else {
                continue;
            };
            let (idx, g): (Vec<usize>, Vec<bool>) = gold
                .iter()
                .enumerate()
                .filter_map(|(i, g)| g.map(|g| (i, g)))
                .unzip();
            let new_p: Vec<f32> = idx.iter().map(|&i| set.new_scores[i][nl]).collect();
            let new = evaluate_label(label, &new_p, &g, set.new_review[nl]);
            let cur = current.labels.iter().position(|l| &l.name == label);
            let current = cur.map(|cl| {
                let p: Vec<f32> = idx.iter().map(|&i| current_scores[i][cl]).collect();
                evaluate_label(label, &p, &g, current.labels[cl].thresholds.review)
            });
            let verdict = verdict(current.as_ref(), &new, margin);
            rows.push(GateRow {
                set: set.name.clone(),
                label: label.clone(),
                current,
                new,
                verdict,
            });
        }
    }
    rows
}

fn verdict(current: Option<&LabelReport>, new: &LabelReport, margin: f64) -> Verdict {
    let Some(cur) = current else {
        return Verdict::NewLabel;
    };
    if new.positives < MIN_PER_CLASS || new.n - new.positives < MIN_PER_CLASS {
        return Verdict::TooFew;
    }
    let worse = |c: f64, n: f64| c.is_finite() && (!n.is_finite() || n < c - margin);
    if worse(cur.roc_auc, new.roc_auc) || worse(cur.average_precision, new.average_precision) {
        Verdict::Worse
    } else {
        Verdict::Kept
    }
}

/// True when some label on some set got worse beyond the margin.
pub fn refuses(rows: &[GateRow]) -> bool {
    rows.iter().any(|r| r.verdict == Verdict::Worse)
}

/// True when at least one row could be judged.
pub fn judged_any(rows: &[GateRow]) -> bool {
    rows.iter()
        .any(|r| matches!(r.verdict, Verdict::Kept | Verdict::Worse))
}

/// The side-by-side table.
pub fn render(rows: &[GateRow], margin: f64) -> String {
    let mut out = format!(
        "{:<36} {:<9} {:>6} {:>5}  {:>7} {:>7}  {:>6} {:>6}  {:>6} {:>6}  verdict\n",
        "held-out set",
        "label",
        "n",
        "pos",
        "AUC cur",
        "AUC new",
        "AP cur",
        "AP new",
        "F1 cur",
        "F1 new"
    );
    let f = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.3}"));
    for r in rows {
        let c = r.current.as_ref();
        let verdict = match r.verdict {
            Verdict::Kept => "ok".to_string(),
            Verdict::Worse => format!("WORSE (by more than {margin})"),
            Verdict::TooFew => format!("too few to judge (< {MIN_PER_CLASS} per class)"),
            Verdict::NewLabel => "new label".to_string(),
        };
        let _ = writeln!(
            out,
            "{:<36} {:<9} {:>6} {:>5}  {:>7} {:>7}  {:>6} {:>6}  {:>6} {:>6}  {verdict}",
            r.set,
            r.label,
            r.new.n,
            r.new.positives,
            f(c.map(|c| c.roc_auc)),
            f(Some(r.new.roc_auc)),
            f(c.map(|c| c.average_precision)),
            f(Some(r.new.average_precision)),
            f(c.map(|c| c.f1)),
            f(Some(r.new.f1)),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(auc: f64, ap: f64, n: usize, pos: usize) -> LabelReport {
        let mut r = evaluate_label("toxic", &[0.1, 0.9], &[false, true], 0.5);
        r.roc_auc = auc;
        r.average_precision = ap;
        r.n = n;
        r.positives = pos;
        r
    }

    #[test]
    fn worse_beyond_the_margin_in_either_metric() {
        let cur = report(0.80, 0.60, 100, 30);
        assert_eq!(
            verdict(Some(&cur), &report(0.795, 0.60, 100, 30), 0.01),
            Verdict::Kept
        );
        assert_eq!(
            verdict(Some(&cur), &report(0.78, 0.60, 100, 30), 0.01),
            Verdict::Worse
        );
        assert_eq!(
            verdict(Some(&cur), &report(0.85, 0.55, 100, 30), 0.01),
            Verdict::Worse
        );
        assert_eq!(
            verdict(Some(&cur), &report(f64::NAN, 0.6, 100, 30), 0.01),
            Verdict::Worse
        );
    }

    #[test]
    fn small_sets_and_new_labels_are_not_judged() {
        let cur = report(0.80, 0.60, 100, 30);
        assert_eq!(
            verdict(Some(&cur), &report(0.1, 0.1, 100, 5), 0.01),
            Verdict::TooFew
        );
        assert_eq!(
            verdict(Some(&cur), &report(0.1, 0.1, 15, 9), 0.01),
            Verdict::TooFew
        );
        assert_eq!(
            verdict(None, &report(0.1, 0.1, 100, 30), 0.01),
            Verdict::NewLabel
        );
    }
}
