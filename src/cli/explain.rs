//! `moderato explain`: the words behind each score, with their offsets.

use std::io::BufRead;

use anyhow::Result;

use super::args::ExplainArgs;
use super::common::load_model;
use super::Outcome;

/// Runs `moderato explain`.
pub fn run(a: ExplainArgs) -> Result<Outcome> {
    let model = load_model(&a.model)?;
    let texts: Vec<String> = if a.text.is_empty() {
        std::io::stdin()
            .lock()
            .lines()
            .collect::<std::io::Result<_>>()?
    } else {
        a.text.clone()
    };
    let thresholds = model.thresholds();
    for t in &texts {
        let e = model.explain(t, a.top);
        let probs: Vec<f32> = e.labels.iter().map(|l| l.probability).collect();
        let decision = crate::model::Classifier::decide(&probs, &thresholds);
        if a.json {
            println!(
                "{}",
                serde_json::json!({ "text": t, "decision": decision, "labels": e.labels })
            );
            continue;
        }
        println!("{t}\n  decision: {}", decision.as_str());
        for l in &e.labels {
            println!("  {:<9} {:.3}", l.label, l.probability);
            for s in &l.spans {
                println!(
                    "      {:+7.3}  {:<24} chars {}..{}",
                    s.weight,
                    format!("{:?}", s.text),
                    s.char_start,
                    s.char_end
                );
            }
            for (name, c) in &l.signals {
                println!("      {c:+7.3}  ({name})");
            }
        }
        println!();
    }
    Ok(Outcome::Ok)
}
