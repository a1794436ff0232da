//! `moderato info`: the model card, as Markdown or JSON.

use anyhow::Result;

use super::args::InfoArgs;
use super::common::{load_model, model_origin, model_path};
use super::Outcome;
use crate::model::Classifier;

/// The model card as Markdown (also written beside a trained model).
pub fn card_markdown(m: &Classifier) -> String {
    let c = &m.card;
    let mut s = format!(
        "# Model card: {}\n\n- trained: {} with moderato {}\n- seed: {}\n- settings: {}\n\n## Labels\n\n| label | definition | review threshold | reject threshold |\n|---|---|---|---|\n",
        c.name, c.created, c.moderato_version, c.seed, c.settings
    );
    for l in &m.labels {
        let def = c
            .label_definitions
            .iter()
            .find(|d| d.0 == l.name)
            .map_or("", |d| d.1.as_str());
        s += &format!(
            "| {} | {} | {:.3} | {} |\n",
            l.name,
            def,
            l.thresholds.review,
            l.thresholds
                .reject
                .map_or("never".to_string(), |r| format!("{r:.3}"))
        );
    }
    s += "\n## Sources\n\n| source | path | rows | labels (n / positives) | sha256 |\n|---|---|---|---|---|\n";
    for src in &c.sources {
        let labels: Vec<String> = src
            .labels
            .iter()
            .map(|(l, n, p)| format!("{l}: {n} / {p}"))
            .collect();
        s += &format!(
            "| {} | {} | {} | {} | `{}` |\n",
            src.name,
            src.path,
            src.rows,
            labels.join(", "),
            src.sha256
        );
    }
    let from = if c.metrics_from.is_empty() {
        "out-of-fold, calibrated; thresholds chosen on these folds"
    } else {
        c.metrics_from.as_str()
    };
    s += &format!("\n## Held-out metrics ({from})\n\n");
    s += "| label | n | positives | ROC-AUC | AP | precision | recall | F1 | macro-F1 |\n|---|---|---|---|---|---|---|---|---|\n";
    for r in &c.cv_metrics {
        s += &format!(
            "| {} | {} | {} | {:.4} | {:.4} | {:.4} | {:.4} | {:.4} | {:.4} |\n",
            r.label,
            r.n,
            r.positives,
            r.roc_auc,
            r.average_precision,
            r.precision,
            r.recall,
            r.f1,
            r.macro_f1
        );
    }
    s
}

/// Runs `moderato info`.
pub fn run(a: InfoArgs) -> Result<Outcome> {
    let m = load_model(&a.model)?;
    let path = model_path(&a.model);
    if a.json {
        println!(
            "{}",
            serde_json::json!({
                "path": path,
                "model": model_origin(&path),
                "labels": m.labels,
                "featurizer": m.featurizer.params(),
                "card": m.card,
            })
        );
    } else {
        println!("model: {}\n\n{}", model_origin(&path), card_markdown(&m));
    }
    Ok(Outcome::Ok)
}
