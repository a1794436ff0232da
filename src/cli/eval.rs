//! `moderato eval`: a model against a labelled file, at its stored thresholds.

use anyhow::Result;

use super::args::EvalArgs;
use super::common::{
    load_model, pairs, print_reports, read_gold, report_spans, write_report, GoldTable,
};
use super::Outcome;
use crate::eval::evaluate_label;
use crate::report::LabelData;

fn data_name(p: &std::path::Path) -> String {
    p.file_name().map_or_else(
        || p.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Runs `moderato eval`.
pub fn run(a: EvalArgs) -> Result<Outcome> {
    let model = load_model(&a.model)?;
    let data = a.data.to_string_lossy().into_owned();
    let mapping = pairs(&a.label, "--label")?;
    let labels = model.label_names();
    let GoldTable {
        texts,
        cols,
        gold,
        skipped,
    } = read_gold(&data, &a.table, &mapping, &labels)?;
    let scores = model.score_batch(&texts);
    let mut reports = Vec::new();
    // Per reported label: (scores, gold, texts) of the rows with a gold value.
    let mut per_label = Vec::new();
    for (k, li) in cols.iter().enumerate() {
        let (mut s, mut g, mut t) = (Vec::new(), Vec::new(), Vec::new());
        for ((row, sc), text) in gold.iter().zip(&scores).zip(&texts) {
            if let Some(v) = row[k] {
                s.push(sc[*li]);
                g.push(v);
                if a.report.is_some() {
                    t.push(text.clone());
                }
            }
        }
        if g.is_empty() {
            continue;
        }
        reports.push(evaluate_label(
            &labels[*li],
            &s,
            &g,
            model.labels[*li].thresholds.review,
        ));
        per_label.push((s, g, t));
    }
    if let Some(path) = &a.report {
        let data: Vec<LabelData> = reports
            .iter()
            .zip(&per_label)
            .map(|(r, (s, g, t))| LabelData {
                report: r,
                probs: s,
                gold: g,
                texts: t,
            })
            .collect();
        let names: Vec<String> = reports.iter().map(|r| r.label.clone()).collect();
        write_report(
            path,
            &format!("{} on {}", model.card.name, data_name(&a.data)),
            Some(&model.card),
            &data,
            &|i, text| report_spans(&model, &names[i], text),
        )?;
    }
    if a.json {
        println!(
            "{}",
            serde_json::json!({ "model": model.card.name, "data": data, "skipped_rows": skipped, "labels": reports })
        );
    } else {
        println!(
            "{} on {} ({} rows, {} skipped)\n",
            model.card.name,
            data,
            texts.len(),
            skipped
        );
        print!("{}", print_reports(&reports));
    }
    Ok(Outcome::Ok)
}
