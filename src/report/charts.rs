//! Charts of the report as inline SVG strings, drawn with plotters'
//! `SVGBackend` (text is emitted as SVG `<text>`, so no fonts are loaded).
//!
//! Takes the numbers from [`super::curves`]; [`super::html`] embeds the strings.

use plotters::coord::Shift;
use plotters::drawing::DrawingAreaErrorKind;
use plotters::prelude::*;

use super::curves::CalibrationBin;
use super::ReportError;

/// Width and height of every chart, in SVG user units.
const SIZE: (u32, u32) = (560, 400);
const LINE: RGBColor = RGBColor(31, 119, 180);
const ACCENT: RGBColor = RGBColor(214, 39, 40);
const GUIDE: RGBColor = RGBColor(160, 160, 160);
const GRID: RGBColor = RGBColor(236, 236, 236);

type DrawResult = Result<(), DrawingAreaErrorKind<std::io::Error>>;

/// Draws into a fresh SVG string; `chart` and `label` name it in errors.
fn svg(
    chart: &'static str,
    label: &str,
    draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> DrawResult,
) -> Result<String, ReportError> {
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, SIZE).into_drawing_area();
        root.fill(&WHITE)
            .and_then(|()| draw(&root))
            .and_then(|()| root.present())
            .map_err(|e| ReportError::Chart {
                chart,
                label: label.to_string(),
                message: e.to_string(),
            })?;
    }
    Ok(buf)
}

/// Unit-square chart with axis names and a light grid.
macro_rules! unit_chart {
    ($root:expr, $title:expr, $x:expr, $y:expr, $ymax:expr) => {{
        let mut chart = ChartBuilder::on($root)
            .caption($title, ("sans-serif", 17))
            .margin(12)
            .x_label_area_size(42)
            .y_label_area_size(52)
            .build_cartesian_2d(0f64..1f64, 0f64..$ymax)?;
        chart
            .configure_mesh()
            .x_desc($x)
            .y_desc($y)
            .x_labels(6)
            .y_labels(6)
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_desc_style(("sans-serif", 14))
            .label_style(("sans-serif", 12))
            .x_label_formatter(&|v| tick(*v))
            .y_label_formatter(&|v| tick(*v))
            .draw()?;
        chart
    }};
}

/// An axis tick with at most two decimals and no trailing zeros.
fn tick(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Precision–recall curve with the operating point at `at` = (recall, precision).
pub(crate) fn pr_chart(
    label: &str,
    ap: f64,
    points: &[(f64, f64)],
    at: (f64, f64),
) -> Result<String, ReportError> {
    svg("precision-recall", label, |root| {
        let title = format!("{label}: precision–recall (AP {ap:.3})");
        let mut chart = unit_chart!(root, title, "Recall", "Precision", 1.02f64);
        chart.draw_series(LineSeries::new(
            points.iter().copied(),
            LINE.stroke_width(2),
        ))?;
        operating_point(&mut chart, at)
    })
}

/// ROC curve with the chance diagonal and the operating point `at` = (fpr, tpr).
pub(crate) fn roc_chart(
    label: &str,
    auc: f64,
    points: &[(f64, f64)],
    at: (f64, f64),
) -> Result<String, ReportError> {
    svg("roc", label, |root| {
        let title = format!("{label}: ROC (AUC {auc:.3})");
        let mut chart = unit_chart!(
            root,
            title,
            "False positive rate",
            "True positive rate",
            1.02f64
        );
        chart.draw_series(DashedLineSeries::new(
            [(0.0, 0.0), (1.0, 1.0)],
            5,
            4,
            GUIDE.into(),
        ))?;
        chart.draw_series(LineSeries::new(
            points.iter().copied(),
            LINE.stroke_width(2),
        ))?;
        operating_point(&mut chart, at)
    })
}

type UnitChart<'a, 'b> = ChartContext<
    'a,
    SVGBackend<'b>,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

/// Marks the point at the report's threshold, with a legend entry.
fn operating_point<'a>(chart: &mut UnitChart<'a, 'a>, at: (f64, f64)) -> DrawResult {
    chart
        .draw_series(PointSeries::of_element(
            [at],
            5,
            ACCENT.filled(),
            &|c, s, st| Circle::new(c, s, st),
        ))?
        .label("at threshold")
        .legend(|(x, y)| Circle::new((x + 8, y), 4, ACCENT.filled()));
    legend(chart, SeriesLabelPosition::LowerLeft)
}

/// The series legend, styled alike on every chart.
fn legend<'a, 'b: 'a>(chart: &mut UnitChart<'a, 'b>, position: SeriesLabelPosition) -> DrawResult {
    chart
        .configure_series_labels()
        .position(position)
        .border_style(GRID)
        .background_style(WHITE.mix(0.9))
        .label_font(("sans-serif", 13))
        .draw()
}

/// Reliability diagram: mean score vs. share of positives per bin, with the diagonal.
pub(crate) fn calibration_chart(
    label: &str,
    bins: &[CalibrationBin],
) -> Result<String, ReportError> {
    svg("calibration", label, |root| {
        let title = format!("{label}: calibration (10 bins)");
        let mut chart = unit_chart!(
            root,
            title,
            "Mean score in bin",
            "Share of positives",
            1.02f64
        );
        chart
            .draw_series(DashedLineSeries::new(
                [(0.0, 0.0), (1.0, 1.0)],
                5,
                4,
                GUIDE.into(),
            ))?
            .label("perfect calibration")
            .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], GUIDE));
        let pts: Vec<(f64, f64)> = bins
            .iter()
            .map(|b| (b.mean_score, b.positive_rate))
            .collect();
        chart
            .draw_series(LineSeries::new(pts.iter().copied(), LINE.stroke_width(2)))?
            .label("model")
            .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], LINE.stroke_width(2)));
        chart.draw_series(PointSeries::of_element(
            pts,
            4,
            LINE.filled(),
            &|c, s, st| Circle::new(c, s, st),
        ))?;
        legend(&mut chart, SeriesLabelPosition::UpperLeft)
    })
}

/// Score histogram by true class: two overlaid, translucent bar series of
/// per-class shares, with the threshold as a vertical line.
pub(crate) fn histogram_chart(
    label: &str,
    negatives: &[f64],
    positives: &[f64],
    threshold: f32,
) -> Result<String, ReportError> {
    svg("histogram", label, |root| {
        let top = negatives
            .iter()
            .chain(positives)
            .fold(0.0f64, |a, &b| a.max(b))
            .max(0.01)
            * 1.3;
        let title = format!("{label}: scores by true class");
        let mut chart = unit_chart!(root, title, "Score", "Share of class", top);
        let width = 1.0 / negatives.len().max(1) as f64;
        let classes = [
            ("not ".to_string() + label, negatives, LINE),
            (label.to_string(), positives, ACCENT),
        ];
        for (name, shares, color) in classes {
            chart
                .draw_series(shares.iter().enumerate().map(|(i, &v)| {
                    let x0 = i as f64 * width;
                    Rectangle::new([(x0, 0.0), (x0 + width, v)], color.mix(0.45).filled())
                }))?
                .label(name)
                .legend(move |(x, y)| {
                    Rectangle::new([(x, y - 5), (x + 14, y + 5)], color.mix(0.45).filled())
                });
        }
        let t = f64::from(threshold);
        chart
            .draw_series(LineSeries::new([(t, 0.0), (t, top)], BLACK.stroke_width(1)))?
            .label(format!("threshold {threshold:.3}"))
            .legend(|(x, y)| PathElement::new([(x, y), (x + 16, y)], BLACK));
        legend(&mut chart, SeriesLabelPosition::UpperLeft)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pr_chart_is_an_svg_with_a_curve() {
        let s = pr_chart(
            "toxic",
            0.5,
            &[(0.0, 1.0), (0.5, 0.8), (1.0, 0.5)],
            (0.5, 0.8),
        )
        .unwrap();
        assert!(s.starts_with("<svg"), "{}", &s[..40]);
        assert!(s.contains("<polyline"));
        assert!(s.contains("AP 0.500"));
    }

    #[test]
    fn ticks_drop_trailing_zeros() {
        assert_eq!(tick(0.0), "0");
        assert_eq!(tick(0.2), "0.2");
        assert_eq!(tick(0.05), "0.05");
        assert_eq!(tick(1.0), "1");
    }

    #[test]
    fn label_text_is_escaped_in_svg() {
        let s = histogram_chart("<b>", &[0.5, 0.5], &[0.0, 1.0], 0.5).unwrap();
        assert!(!s.contains("<b>"));
        assert!(s.contains("&lt;b&gt;"));
    }
}
