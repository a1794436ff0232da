//! Evaluation report: one self-contained HTML file with the model card and,
//! per label, PR/ROC/calibration/histogram charts (inline SVG), the confusion
//! matrix, the threshold table and the most confident errors with their
//! explanations highlighted.
//!
//! Sits on top of `eval` (the [`LabelReport`] numbers) and `model` (card and
//! explanation spans); `eval --report` and `cv --report` in `cli` call
//! [`render_html`]. The page loads nothing from outside, so it opens offline.

mod charts;
mod curves;
mod html;

pub use html::escape;

use crate::eval::LabelReport;
use crate::model::{ModelCard, Span};

/// How many of the most confident errors are listed each way.
pub const ERRORS_SHOWN: usize = 20;
/// Bins of the reliability diagram.
pub const CALIBRATION_BINS: usize = 10;
/// Bins of the score histogram.
pub const HISTOGRAM_BINS: usize = 20;

/// What the report shows for one label: its metrics and the per-comment
/// scores, gold values and texts they were computed from (same length).
#[derive(Debug, Clone, Copy)]
pub struct LabelData<'a> {
    /// Metrics at the chosen threshold, as `eval`/`cv` computed them.
    pub report: &'a LabelReport,
    /// Predicted probability per comment.
    pub probs: &'a [f32],
    /// Gold value per comment.
    pub gold: &'a [bool],
    /// Comment text per comment (only the listed errors are shown).
    pub texts: &'a [String],
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ReportError {
    /// Scores, gold values and texts of a label differ in length.
    #[error("label {label:?}: {probs} scores, {gold} gold values and {texts} texts; they must be equally many")]
    LengthMismatch {
        /// Label name.
        label: String,
        /// Number of scores.
        probs: usize,
        /// Number of gold values.
        gold: usize,
        /// Number of texts.
        texts: usize,
    },
    /// plotters failed to draw a chart.
    #[error("drawing the {chart} chart of label {label:?}: {message}")]
    Chart {
        /// Which chart.
        chart: &'static str,
        /// Label name.
        label: String,
        /// plotters' message.
        message: String,
    },
}

/// Renders the report as one HTML document.
///
/// `explain(label_index, text)` gives the spans to highlight in each listed
/// error; label indices follow `labels`. Texts are HTML-escaped.
///
/// ```
/// # use moderato::{eval::evaluate_label, report::{render_html, LabelData}};
/// let probs = [0.9, 0.2, 0.7, 0.1];
/// let gold = [true, false, false, true];
/// let texts: Vec<String> = ["Du Idiot", "Danke", "Quatsch <b>", "Idiotisch"]
///     .iter().map(|s| s.to_string()).collect();
/// let report = evaluate_label("toxic", &probs, &gold, 0.5);
/// let data = [LabelData { report: &report, probs: &probs, gold: &gold, texts: &texts }];
/// let page = render_html("Eval", None, &data, &|_, _| Vec::new()).unwrap();
/// assert!(page.contains("<svg") && page.contains("Quatsch &lt;b&gt;"));
/// ```
pub fn render_html(
    title: &str,
    card: Option<&ModelCard>,
    labels: &[LabelData],
    explain: &dyn Fn(usize, &str) -> Vec<Span>,
) -> Result<String, ReportError> {
    let mut body = String::new();
    if let Some(card) = card {
        body.push_str(&html::card_section(card));
    }
    if labels.len() > 1 {
        body.push_str("<h2>Summary</h2>");
        let reports: Vec<LabelReport> = labels.iter().map(|l| l.report.clone()).collect();
        body.push_str(&html::metrics_table(&reports));
    }
    for (index, data) in labels.iter().enumerate() {
        body.push_str(&label_section(index, data, explain)?);
    }
    if labels.is_empty() {
        body.push_str("<p class=\"note\">No labels to report.</p>");
    }
    Ok(html::page(title, &body))
}

/// Everything about one label.
fn label_section(
    index: usize,
    data: &LabelData,
    explain: &dyn Fn(usize, &str) -> Vec<Span>,
) -> Result<String, ReportError> {
    let r = data.report;
    let (probs, gold, texts) = (data.probs, data.gold, data.texts);
    if probs.len() != gold.len() || probs.len() != texts.len() {
        return Err(ReportError::LengthMismatch {
            label: r.label.clone(),
            probs: probs.len(),
            gold: gold.len(),
            texts: texts.len(),
        });
    }
    let c = &r.confusion;
    let svgs = label_charts(r, probs, gold)?;
    let label = html::escape(&r.label);
    let mut out =
        format!("<section class=\"label\" id=\"label-{index}\"><h2>Label <q>{label}</q></h2>");
    out.push_str(&html::summary(r));
    out.push_str("<div class=\"charts\">");
    for s in &svgs {
        out.push_str(s);
    }
    out.push_str("</div><div class=\"tables\">");
    out.push_str(&html::confusion_table(&r.label, r.threshold, c));
    out.push_str(&html::threshold_table(&r.threshold_table));
    out.push_str("</div>");

    let (fps, fns) = curves::confident_errors(probs, gold, r.threshold, ERRORS_SHOWN);
    let rows = |idx: &[usize]| -> Vec<(f32, String)> {
        idx.iter()
            .map(|&i| {
                (
                    probs[i],
                    html::highlight(&texts[i], &explain(index, &texts[i])),
                )
            })
            .collect()
    };
    out.push_str(
        "<h3>Most confident errors</h3><p class=\"note\">Highlighted: words that push \
         the score <mark class=\"pos\">towards</mark> or <mark class=\"neg\">away from</mark> \
         the label (hover for the contribution in logits).</p>",
    );
    out.push_str(&html::error_table(
        &format!("False positives: not {}, highest scores", r.label),
        &rows(&fps),
    ));
    out.push_str(&html::error_table(
        &format!("False negatives: {}, lowest scores", r.label),
        &rows(&fns),
    ));
    out.push_str("</section>");
    Ok(out)
}

/// The label's four charts: precision–recall and ROC with the operating
/// point, calibration, and the two classes' score histograms.
fn label_charts(r: &LabelReport, probs: &[f32], gold: &[bool]) -> Result<[String; 4], ReportError> {
    let c = &r.confusion;
    let ratio = |a: u64, b: u64| {
        if a + b > 0 {
            a as f64 / (a + b) as f64
        } else {
            0.0
        }
    };
    let curves = curves::curves(probs, gold);
    let (neg, pos) = curves::class_histogram(probs, gold, HISTOGRAM_BINS);
    Ok([
        charts::pr_chart(
            &r.label,
            r.average_precision,
            &curves.pr,
            (r.recall, r.precision),
        )?,
        charts::roc_chart(
            &r.label,
            r.roc_auc,
            &curves.roc,
            (ratio(c.fp, c.tn), ratio(c.tp, c.fn_)),
        )?,
        charts::calibration_chart(
            &r.label,
            &curves::calibration(probs, gold, CALIBRATION_BINS),
        )?,
        charts::histogram_chart(&r.label, &neg, &pos, r.threshold)?,
    ])
}

#[cfg(test)]
mod tests;
