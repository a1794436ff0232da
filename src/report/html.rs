//! HTML pieces of the report: escaping, highlighted comment texts, the model
//! card, metric tables and the page shell with its inline CSS.
//!
//! Everything that comes from data (comment texts, names, paths, settings)
//! passes through [`escape`]; [`super::render_html`] joins the pieces.

use std::fmt::Write as _;

use crate::eval::{Confusion, LabelReport, ThresholdRow};
use crate::model::{ModelCard, Span};

/// Escapes text for HTML element content and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` escaped, with each span wrapped in `<mark>`: class `pos` when it
/// pushes towards the label, `neg` otherwise, its weight in the title.
///
/// Spans with byte offsets outside `text`, off a char boundary, or
/// overlapping an earlier (leftmost) span are skipped.
pub(crate) fn highlight(text: &str, spans: &[Span]) -> String {
    let mut spans: Vec<&Span> = spans
        .iter()
        .filter(|s| s.start < s.end && text.get(s.start..s.end).is_some())
        .collect();
    spans.sort_by_key(|s| (s.start, s.end));
    let mut out = String::new();
    let mut at = 0;
    for s in spans {
        if s.start < at {
            continue;
        }
        out.push_str(&escape(&text[at..s.start]));
        let class = if s.weight > 0.0 { "pos" } else { "neg" };
        let _ = write!(
            out,
            r#"<mark class="{class}" title="{:+.2}">{}</mark>"#,
            s.weight,
            escape(&text[s.start..s.end])
        );
        at = s.end;
    }
    out.push_str(&escape(&text[at..]));
    out
}

/// Formats a ratio with three decimals, or a dash when undefined.
fn num(v: f64) -> String {
    if v.is_finite() {
        format!("{v:.3}")
    } else {
        "–".into()
    }
}

/// Metrics of several labels as one table (the card's cross-validated metrics).
pub(crate) fn metrics_table(reports: &[LabelReport]) -> String {
    let mut out = String::from(
        "<table class=\"num\"><thead><tr><th>label</th><th>n</th><th>positives</th>\
         <th>ROC-AUC</th><th>AP</th><th>threshold</th><th>precision</th><th>recall</th>\
         <th>F1</th><th>macro-F1</th></tr></thead><tbody>",
    );
    for r in reports {
        let _ = write!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{:.3}</td>\
             <td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&r.label),
            r.n,
            r.positives,
            num(r.roc_auc),
            num(r.average_precision),
            r.threshold,
            num(r.precision),
            num(r.recall),
            num(r.f1),
            num(r.macro_f1)
        );
    }
    out.push_str("</tbody></table>");
    out
}

/// The model card: facts, label definitions, sources, settings, CV metrics.
pub(crate) fn card_section(card: &ModelCard) -> String {
    let mut out = String::from("<section class=\"card\"><h2>Model card</h2><dl class=\"facts\">");
    for (k, v) in [
        ("name", card.name.as_str()),
        ("created", card.created.as_str()),
        ("moderato version", card.moderato_version.as_str()),
    ] {
        let _ = write!(out, "<dt>{k}</dt><dd>{}</dd>", escape(v));
    }
    let _ = write!(out, "<dt>seed</dt><dd>{}</dd></dl>", card.seed);
    if !card.label_definitions.is_empty() {
        out.push_str("<h3>Labels</h3><dl class=\"defs\">");
        for (name, def) in &card.label_definitions {
            let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(name), escape(def));
        }
        out.push_str("</dl>");
    }
    if !card.sources.is_empty() {
        out.push_str(
            "<h3>Training sources</h3><table><thead><tr><th>source</th><th>path</th>\
             <th class=\"r\">rows</th><th>labels (rows / positives)</th><th>SHA-256</th>\
             </tr></thead><tbody>",
        );
        for s in &card.sources {
            let labels: Vec<String> = s
                .labels
                .iter()
                .map(|(l, n, p)| format!("{}: {n} / {p}", escape(l)))
                .collect();
            let _ = write!(
                out,
                "<tr><td>{}</td><td><code>{}</code></td><td class=\"r\">{}</td><td>{}</td>\
                 <td><code class=\"hash\">{}</code></td></tr>",
                escape(&s.name),
                escape(&s.path),
                s.rows,
                labels.join("<br>"),
                escape(&s.sha256)
            );
        }
        out.push_str("</tbody></table>");
    }
    if !card.cv_metrics.is_empty() {
        out.push_str("<h3>Held-out metrics</h3>");
        out.push_str(&metrics_table(&card.cv_metrics));
    }
    if !card.settings.trim().is_empty() {
        let _ = write!(
            out,
            "<details><summary>Training settings</summary><pre>{}</pre></details>",
            escape(&card.settings)
        );
    }
    out.push_str("</section>");
    out
}

/// The confusion matrix as a 2×2 table with margins.
pub(crate) fn confusion_table(label: &str, threshold: f32, c: &Confusion) -> String {
    let l = escape(label);
    format!(
        "<table class=\"confusion num\"><caption>Confusion at threshold {threshold:.3}</caption>\
         <thead><tr><th></th><th>flagged {l}</th><th>not flagged</th></tr></thead><tbody>\
         <tr><th>gold {l}</th><td class=\"ok\">{tp}<small>TP</small></td>\
         <td class=\"bad\">{fn_}<small>FN</small></td></tr>\
         <tr><th>gold not {l}</th><td class=\"bad\">{fp}<small>FP</small></td>\
         <td class=\"ok\">{tn}<small>TN</small></td></tr></tbody></table>",
        tp = c.tp,
        fn_ = c.fn_,
        fp = c.fp,
        tn = c.tn,
    )
}

/// Lowest threshold per target precision and its recall.
pub(crate) fn threshold_table(rows: &[ThresholdRow]) -> String {
    let mut out = String::from(
        "<table class=\"num\"><caption>Thresholds for target precision</caption><thead><tr>\
         <th>target precision</th><th>threshold</th><th>recall</th></tr></thead><tbody>",
    );
    for r in rows {
        let _ = write!(
            out,
            "<tr><td>{:.2}</td><td>{}</td><td>{}</td></tr>",
            r.target_precision,
            r.threshold
                .map_or("unreachable".into(), |t| format!("{t:.3}")),
            r.recall.map_or("–".into(), num),
        );
    }
    out.push_str("</tbody></table>");
    out
}

/// A headline row of the label's metrics at its threshold.
pub(crate) fn summary(r: &LabelReport) -> String {
    let mut out = String::from("<div class=\"summary\">");
    for (k, v) in [
        ("rows", r.n.to_string()),
        ("positives", r.positives.to_string()),
        ("ROC-AUC", num(r.roc_auc)),
        ("AP", num(r.average_precision)),
        ("threshold", format!("{:.3}", r.threshold)),
        ("precision", num(r.precision)),
        ("recall", num(r.recall)),
        ("F1", num(r.f1)),
        ("macro-F1", num(r.macro_f1)),
    ] {
        let _ = write!(out, "<div><span>{k}</span><b>{v}</b></div>");
    }
    out.push_str("</div>");
    out
}

/// One table of errors: score and highlighted text per row.
pub(crate) fn error_table(caption: &str, rows: &[(f32, String)]) -> String {
    let mut out = format!("<h4>{}</h4>", escape(caption));
    if rows.is_empty() {
        out.push_str("<p class=\"none\">none</p>");
        return out;
    }
    out.push_str(
        "<table class=\"errors\"><thead><tr><th>score</th><th>comment</th></tr></thead><tbody>",
    );
    for (score, html) in rows {
        let _ = write!(
            out,
            "<tr><td class=\"r\">{score:.3}</td><td class=\"text\">{html}</td></tr>"
        );
    }
    out.push_str("</tbody></table>");
    out
}

/// Wraps the body in a complete page with inline CSS and no external assets.
pub(crate) fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{t}</title><style>{CSS}</style></head><body><main><h1>{t}</h1>{body}\
         </main></body></html>\n",
        t = escape(title)
    )
}

const CSS: &str = "\
:root{--ink:#1f2328;--mute:#59636e;--line:#d1d9e0;--soft:#f6f8fa}\
*{box-sizing:border-box}\
body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);background:#fff}\
main{max-width:1180px;margin:0 auto;padding:24px}\
h1{font-size:26px;margin:0 0 16px}\
h2{font-size:21px;margin:32px 0 12px;padding-bottom:6px;border-bottom:1px solid var(--line)}\
h3{font-size:16px;margin:20px 0 8px}h4{font-size:15px;margin:18px 0 6px}\
section.card{background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:4px 20px 16px}\
section.card h2{border:0}\
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:0}\
dl.defs dt{font-weight:600}dl.defs dd{margin:0 0 6px 0;color:var(--mute)}\
dt{color:var(--mute)}dd{margin:0}\
table{border-collapse:collapse;margin:8px 0;background:#fff;font-size:14px}\
th,td{border:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}\
thead th{background:var(--soft)}\
caption{text-align:left;font-weight:600;padding:4px 0}\
table.num td,td.r,th.r{text-align:right;font-variant-numeric:tabular-nums}\
code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}code.hash{word-break:break-all}\
pre{background:#fff;border:1px solid var(--line);padding:8px;overflow:auto;font-size:12px}\
.summary{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0 12px}\
.summary div{border:1px solid var(--line);border-radius:6px;padding:4px 12px;background:var(--soft)}\
.summary span{display:block;font-size:12px;color:var(--mute)}\
.charts{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:12px}\
.charts svg{width:100%;height:auto;border:1px solid var(--line);border-radius:6px}\
.tables{display:flex;flex-wrap:wrap;gap:32px;align-items:flex-start}\
table.confusion td{min-width:90px;font-size:16px}table.confusion small{color:var(--mute);margin-left:6px;font-size:11px}\
td.ok{background:#eef8f0}td.bad{background:#fdf0f0}\
table.errors{width:100%}table.errors td.text{white-space:pre-wrap;word-break:break-word}\
mark.pos{background:#ffd7d5;border-radius:3px;padding:0 1px}\
mark.neg{background:#d7ecff;border-radius:3px;padding:0 1px}\
p.none,p.note{color:var(--mute)}\
";

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, word: &str, weight: f32) -> Span {
        let start = text.find(word).unwrap();
        let end = start + word.len();
        Span {
            start,
            end,
            char_start: text[..start].chars().count(),
            char_end: text[..end].chars().count(),
            text: word.to_string(),
            weight,
        }
    }

    #[test]
    fn escape_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn marks_land_on_their_words_around_umlauts() {
        let text = "Über <b>Dummköpfe</b> & Idioten";
        let spans = [span(text, "Idioten", 1.5), span(text, "Dummköpfe", -0.25)];
        assert_eq!(
            highlight(text, &spans),
            "Über &lt;b&gt;<mark class=\"neg\" title=\"-0.25\">Dummköpfe</mark>&lt;/b&gt; \
             &amp; <mark class=\"pos\" title=\"+1.50\">Idioten</mark>"
        );
    }

    #[test]
    fn bad_and_overlapping_spans_are_skipped() {
        let text = "Ärger";
        let mut broken = span(text, "Ärger", 1.0);
        broken.start = 1; // inside 'Ä'
        let whole = span(text, "Ärger", 1.0);
        let inner = span(text, "ger", 1.0);
        let out = highlight(text, &[broken, inner, whole]);
        assert_eq!(out, "<mark class=\"pos\" title=\"+1.00\">Ärger</mark>");
    }
}
