//! `moderato eval`: a model against a labelled file, at its stored thresholds.

use anyhow::{bail, Result};

use super::args::EvalArgs;
use super::common::{
    load_model, open_table, pairs, print_reports, report_spans, text_column, write_report,
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

fn gold_value(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "1.0" | "true" | "yes" | "ja" => Some(true),
        "0" | "0.0" | "false" | "no" | "nein" => Some(false),
        _ => None,
    }
}

/// Runs `moderato eval`.
pub fn run(a: EvalArgs) -> Result<Outcome> {
    let model = load_model(&a.model)?;
    let data = a.data.to_string_lossy().into_owned();
    let mut opened = open_table(&data, &a.table, |r| r)?;
    let first = opened.reader.next_row();
    let headers = opened.reader.headers().to_vec();
    let (ti, tname) = text_column(&headers, a.table.text_col.as_deref(), &opened.name)?;
    let mapping = pairs(&a.label, "--label")?;
    let labels = model.label_names();
    // (label index in model, column index, column name)
    let mut cols = Vec::new();
    for (li, l) in labels.iter().enumerate() {
        let col = mapping
            .iter()
            .find(|(n, _)| n == l)
            .map(|(_, c)| c.clone())
            .unwrap_or_else(|| l.clone());
        if let Some(ci) = headers.iter().position(|h| *h == col) {
            cols.push((li, ci, col));
        } else if mapping.iter().any(|(n, _)| n == l) {
            bail!("{}: no column {col:?} for label {l}", opened.name);
        }
    }
    if cols.is_empty() {
        bail!(
            "{}: no gold column for any label ({}); map one with --label NAME=COLUMN",
            opened.name,
            labels.join(", ")
        );
    }
    let mut texts = Vec::new();
    let mut gold: Vec<Vec<Option<bool>>> = Vec::new();
    let mut skipped = 0usize;
    let mut pending = first;
    while let Some(row) = pending.take().or_else(|| opened.reader.next_row()) {
        let text = row.get(ti, &tname).unwrap_or("");
        if row.error.is_some() || text.trim().is_empty() {
            skipped += 1;
            continue;
        }
        texts.push(text.to_string());
        gold.push(
            cols.iter()
                .map(|(_, ci, c)| row.get(*ci, c).and_then(gold_value))
                .collect(),
        );
    }
    let scores = model.score_batch(&texts);
    let mut reports = Vec::new();
    // Per reported label: (scores, gold, texts) of the rows with a gold value.
    let mut per_label = Vec::new();
    for (k, (li, _, _)) in cols.iter().enumerate() {
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
