//! Pieces several subcommands share: finding the model, opening tables,
//! choosing the text column, building training params, printing reports.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use linfa::ParamGuard;

use super::args::{ModelArg, Overrides, PolicyArg, QuickData, TableArgs};
use crate::eval::{LabelReport, Objective};
use crate::features::FeaturizerParams;
use crate::io::{open_decoded, InputEncoding, TableOptions, TableReader};
use crate::model::{Classifier, LogisticParams, BUILT_IN, BUILT_IN_MODEL};
use crate::train::{
    LabelConfig, LabelSpec, ModelConfig, SourceConfig, SourceFormat, TrainConfig, TrainParams,
};

/// Column names tried, in order, when `--text-col` is not given.
pub const TEXT_COLUMNS: [&str; 12] = [
    "text",
    "comment",
    "comment_text",
    "body",
    "kommentar",
    "kommentartext",
    "message",
    "content",
    "post",
    "beitrag",
    "nachricht",
    "inhalt",
];

/// Resolves the model path: flag, `$MODERATO_MODEL`, `models/default.model`
/// here, or next to the installed binary, else the model compiled into the
/// binary ([`BUILT_IN`]).
pub fn model_path(arg: &ModelArg) -> PathBuf {
    if let Some(p) = &arg.model {
        return p.clone();
    }
    if let Some(p) = std::env::var_os("MODERATO_MODEL") {
        return PathBuf::from(p);
    }
    let local = PathBuf::from("models/default.model");
    if local.exists() {
        return local;
    }
    if let Ok(exe) = std::env::current_exe() {
        for up in exe.ancestors().skip(1).take(4) {
            let p = up.join("models/default.model");
            if p.exists() {
                return p;
            }
        }
    }
    PathBuf::from(BUILT_IN)
}

/// How the model in use is named in `info` and the logs.
pub fn model_origin(path: &Path) -> String {
    if path == Path::new(BUILT_IN) {
        format!(
            "built-in model (models/default.model as compiled in, sha256 {})",
            &sha256_hex(BUILT_IN_MODEL)[..16]
        )
    } else {
        path.display().to_string()
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    hex::encode(sha2::Sha256::digest(bytes))
}

/// Loads the model, saying which file failed and logging which one is used.
pub fn load_model(arg: &ModelArg) -> Result<Classifier> {
    let path = model_path(arg);
    let m = Classifier::load_or_built_in(&path).with_context(|| {
        if arg.model.is_none() {
            "no usable default model: pass --model FILE or set MODERATO_MODEL".to_string()
        } else {
            "cannot load the model".to_string()
        }
    })?;
    tracing::info!("model: {}", model_origin(&path));
    Ok(m)
}

/// Loads the policy named by `--policy` (the built-in German one by default).
pub fn load_policy(arg: &PolicyArg) -> Result<Option<crate::policy::Policy>> {
    let source = arg
        .policy
        .as_deref()
        .map(crate::policy::PolicySource::parse)
        .unwrap_or_default();
    Ok(source.load()?)
}

/// An opened input table and what was detected about it.
pub struct Opened {
    /// The rows.
    pub reader: TableReader,
    /// Encoding used.
    pub encoding: &'static encoding_rs::Encoding,
    /// Whether the input had a byte-order mark.
    pub bom: bool,
    /// Name for messages.
    pub name: String,
}

/// Opens `path` (or stdin for `-`) with the table flags; `counter` sees raw bytes for progress.
pub fn open_table(
    path: &str,
    args: &TableArgs,
    wrap: impl FnOnce(Box<dyn Read + Send>) -> Box<dyn Read + Send>,
) -> Result<Opened> {
    let name = if path == "-" {
        "<stdin>".to_string()
    } else {
        path.to_string()
    };
    let raw: Box<dyn Read + Send> = if path == "-" {
        Box::new(std::io::stdin())
    } else {
        let meta = std::fs::metadata(path).with_context(|| format!("{name}: cannot open"))?;
        if meta.is_dir() {
            bail!("{name}: is a directory, not a file");
        }
        Box::new(File::open(path).with_context(|| format!("{name}: cannot open"))?)
    };
    let wanted = InputEncoding::parse(&args.encoding).with_context(|| {
        format!(
            "unknown encoding {:?} (try utf-8, windows-1252, latin1)",
            args.encoding
        )
    })?;
    let (stream, encoding, bom) =
        open_decoded(wrap(raw), wanted).with_context(|| format!("{name}: cannot read"))?;
    let delimiter = match args.delimiter {
        Some(c) if c.is_ascii() => Some(c as u8),
        Some(c) => bail!("delimiter {c:?} is not a single ASCII character"),
        None => None,
    };
    let opts = TableOptions {
        format: args.input_format,
        delimiter,
        no_header: false,
        no_quoting: false,
    };
    let reader =
        TableReader::new(stream, &name, &opts).with_context(|| format!("{name}: cannot read"))?;
    Ok(Opened {
        reader,
        encoding,
        bom,
        name,
    })
}

/// Finds the text column: the flag, else the first common name (case-insensitive).
pub fn text_column(headers: &[String], flag: Option<&str>, name: &str) -> Result<(usize, String)> {
    if let Some(f) = flag {
        return headers
            .iter()
            .position(|h| h == f)
            .or_else(|| headers.iter().position(|h| h.eq_ignore_ascii_case(f)))
            .map(|i| (i, headers[i].clone()))
            .with_context(|| format!("{name}: no column {f:?} (columns: {})", headers.join(", ")));
    }
    for cand in TEXT_COLUMNS {
        if let Some(i) = headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(cand))
        {
            return Ok((i, headers[i].clone()));
        }
    }
    bail!(
        "{name}: no text column found (looked for {}); name it with --text-col (columns: {})",
        TEXT_COLUMNS.join(", "),
        if headers.is_empty() {
            "none".to_string()
        } else {
            headers.join(", ")
        }
    )
}

/// Parses `NAME=VALUE` pairs.
pub fn pairs(items: &[String], what: &str) -> Result<Vec<(String, String)>> {
    items
        .iter()
        .map(|s| {
            s.split_once('=')
                .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
                .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                .with_context(|| format!("{what} {s:?} is not NAME=VALUE"))
        })
        .collect()
}

/// A config (from `--config`) or a one-source config from the quick flags, with its base directory.
pub fn load_config(
    config: Option<&Path>,
    quick: &QuickData,
    fold_col: Option<&str>,
) -> Result<(TrainConfig, PathBuf)> {
    if let Some(path) = config {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("{}: cannot read config", path.display()))?;
        let cfg: TrainConfig =
            toml::from_str(&text).with_context(|| format!("{}: invalid config", path.display()))?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        return Ok((cfg, base));
    }
    let Some(data) = &quick.data else {
        bail!("give --config FILE or --data FILE");
    };
    let labels = if quick.label.is_empty() {
        vec![("toxic".to_string(), "toxic".to_string())]
    } else {
        pairs(&quick.label, "--label")?
    };
    let lower = data.to_string_lossy().to_ascii_lowercase();
    let format = if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
        SourceFormat::Jsonl
    } else if lower.ends_with(".tsv") {
        SourceFormat::Tsv
    } else {
        SourceFormat::Csv
    };
    let mut label_defs = BTreeMap::new();
    let mut specs = BTreeMap::new();
    for (name, col) in &labels {
        label_defs.insert(
            name.clone(),
            LabelConfig {
                definition: format!("column {col} of {}", data.display()),
                objective: quick.threshold_objective,
                max_review_rate: None,
                prior: None,
                plain_blend: None,
            },
        );
        specs.insert(
            name.clone(),
            LabelSpec {
                column: Some(col.clone()),
                ..LabelSpec::default()
            },
        );
    }
    let cfg = TrainConfig {
        name: data
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        seed: 42,
        model: Default::default(),
        labels: label_defs,
        label_order: labels.iter().map(|l| l.0.clone()).collect(),
        sources: vec![SourceConfig {
            name: data
                .file_name()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            path: data.clone(),
            format,
            header: true,
            text: vec![quick.text_col.clone()],
            group: quick.group_col.clone(),
            fold: fold_col.map(str::to_string),
            id: None,
            category: None,
            value: None,
            labels: specs,
            weight: None,
            weight_grid: None,
            auxiliary: false,
        }],
    };
    Ok((cfg, PathBuf::new()))
}

/// Adds `--vocabulary` files to the config's, as paths from the working
/// directory (the config's own are relative to its directory).
pub fn add_vocabulary(cfg: &mut TrainConfig, o: &Overrides) -> Result<()> {
    let here = std::env::current_dir().context("cannot read the working directory")?;
    cfg.model
        .vocabulary
        .extend(o.vocabulary.iter().map(|p| here.join(p)));
    Ok(())
}

/// The NB smoothings to choose from: `--nb-alpha-grid`, else none when
/// `--nb-alpha` fixes one, else the config's grid.
fn nb_alpha_grid(o: &Overrides, m: &ModelConfig) -> Result<Vec<f64>> {
    let grid = match (&o.nb_alpha_grid, o.nb_alpha) {
        (Some(g), _) => g.clone(),
        (None, Some(_)) => Vec::new(),
        (None, None) => m.nb_alpha_grid.clone(),
    };
    if let Some(a) = grid.iter().find(|a| !(a.is_finite() && **a >= 0.0)) {
        bail!("nb_alpha_grid values must be 0 (plain TF-IDF) or positive, got {a}");
    }
    Ok(grid)
}

/// Per label: `--plain-blend`, else the config's `plain_blend`, checked.
fn plain_blends(cfg: &TrainConfig, o: &Overrides) -> Result<Vec<Option<f64>>> {
    let names = cfg.label_names();
    let mut blends: Vec<Option<f64>> = (names.iter())
        .map(|n| cfg.labels.get(n).and_then(|l| l.plain_blend))
        .collect();
    for (label, share) in pairs(&o.plain_blend, "--plain-blend")? {
        let i = (names.iter().position(|n| *n == label))
            .with_context(|| format!("--plain-blend {label}=…: the model has no label {label}"))?;
        let share: f64 = (share.parse())
            .with_context(|| format!("--plain-blend {label}={share}: not a number"))?;
        blends[i] = Some(share);
    }
    if let Some(b) = blends.iter().flatten().find(|b| !(0.0..=1.0).contains(*b)) {
        bail!("a label's plain_blend must be between 0 and 1, got {b}");
    }
    Ok(blends)
}

/// Checked training params from a config and overrides.
pub fn train_params(cfg: &TrainConfig, o: &Overrides) -> Result<TrainParams> {
    let (seed, c, buckets) = (o.seed, o.c, o.buckets);
    let m = &cfg.model;
    let featurizer = FeaturizerParams::new()
        .buckets_log2(buckets.unwrap_or(m.buckets_log2))
        .min_df(m.min_df)
        .mask_artefacts(m.mask_artefacts)
        .mask_groups(m.mask_groups)
        .cues(o.cues.unwrap_or(m.cues))
        .stems(o.stems.unwrap_or(m.stems))
        .typos(o.typos.unwrap_or(m.typos))
        .mute_mentions(m.mute_mentions)
        .mute_negated(m.mute_negated)
        .check()?;
    let logistic = LogisticParams::new()
        .c(c.unwrap_or(m.c))
        .max_iter(m.max_iter)
        .check()?;
    if !(0.0..=1.0).contains(&m.reject_precision) {
        bail!(
            "reject_precision must be between 0 and 1, got {}",
            m.reject_precision
        );
    }
    let names = cfg.label_names();
    let mut priors: Vec<Option<f64>> = names
        .iter()
        .map(|n| cfg.labels.get(n).and_then(|l| l.prior))
        .collect();
    for (label, rate) in pairs(&o.prior, "--prior")? {
        let i = names
            .iter()
            .position(|n| *n == label)
            .with_context(|| format!("--prior {label}=…: the model has no label {label}"))?;
        let rate: f64 = rate
            .parse()
            .with_context(|| format!("--prior {label}={rate}: not a number"))?;
        priors[i] = Some(rate);
    }
    if let Some(p) = priors.iter().flatten().find(|p| !(**p > 0.0 && **p < 1.0)) {
        bail!("a label's prior must be strictly between 0 and 1, got {p}");
    }
    let mut grid = o.c_grid.iter().flatten().chain(&m.c_grid);
    if let Some(c) = grid.find(|c| !(c.is_finite() && **c > 0.0)) {
        bail!("c_grid values must be positive, got {c}");
    }
    Ok(TrainParams {
        nb_alpha: Some(o.nb_alpha.unwrap_or(m.nb_alpha)).filter(|&a| a > 0.0),
        nb_alpha_grid: nb_alpha_grid(o, m)?,
        c_grid: match (&o.c_grid, c) {
            (Some(g), _) => g.clone(),
            (None, Some(_)) => Vec::new(),
            (None, None) => m.c_grid.clone(),
        },
        priors,
        plain_blends: plain_blends(cfg, o)?,
        held_out_card: true,
        name: cfg.name.clone(),
        featurizer,
        logistic,
        inner_folds: m.inner_folds,
        reject_precision: m.reject_precision,
        seed: seed.unwrap_or(cfg.seed),
        objectives: names
            .iter()
            .map(|n| cfg.labels.get(n).map_or(Objective::F1, |l| l.objective))
            .collect(),
        max_review_rates: names
            .iter()
            .map(|n| cfg.labels.get(n).and_then(|l| l.max_review_rate))
            .collect(),
        definitions: names
            .iter()
            .map(|n| {
                cfg.labels
                    .get(n)
                    .map(|l| l.definition.clone())
                    .unwrap_or_default()
            })
            .collect(),
    })
}

fn opt(v: Option<f64>) -> String {
    v.map_or("—".to_string(), |x| format!("{x:.3}"))
}

/// Human-readable report tables.
pub fn print_reports(reports: &[LabelReport]) -> String {
    let mut s = String::new();
    for r in reports {
        let c = &r.confusion;
        s += &format!(
            "label {}  (n = {}, positives = {})\n  ROC-AUC            {:.4}\n  average precision  {:.4}\n  threshold          {:.3}\n  precision          {:.4}\n  recall             {:.4}\n  F1                 {:.4}\n  macro-F1 GermEval  {:.4}\n  confusion          TP {}  FP {}  TN {}  FN {}\n  target precision   threshold   recall\n",
            r.label, r.n, r.positives, r.roc_auc, r.average_precision, r.threshold, r.precision, r.recall, r.f1, r.macro_f1,
            c.tp, c.fp, c.tn, c.fn_
        );
        for t in &r.threshold_table {
            s += &format!(
                "  {:<18.2} {:<11} {}\n",
                t.target_precision,
                t.threshold.map_or("—".to_string(), |x| format!("{x:.3}")),
                opt(t.recall)
            );
        }
        s.push('\n');
    }
    s
}

/// [`crate::atomic_file::write_atomically`], with the file named in the error.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<()> {
    crate::atomic_file::write_atomically(path, write)
        .with_context(|| format!("cannot write {}", path.display()))
}

/// Renders the HTML report and writes it atomically.
pub fn write_report(
    path: &Path,
    title: &str,
    card: Option<&crate::model::ModelCard>,
    labels: &[crate::report::LabelData],
    explain: &dyn Fn(usize, &str) -> Vec<crate::model::Span>,
) -> Result<()> {
    let page = crate::report::render_html(title, card, labels, explain)?;
    write_atomically(path, |w| w.write_all(page.as_bytes()))?;
    eprintln!("moderato: wrote report {}", path.display());
    Ok(())
}

/// Explanation spans of `text` for the model's label `label`, as a report highlights them.
pub fn report_spans(model: &Classifier, label: &str, text: &str) -> Vec<crate::model::Span> {
    model
        .explain(text, 8)
        .labels
        .into_iter()
        .find(|l| l.label == label)
        .map(|l| l.spans)
        .unwrap_or_default()
}

/// A labelled file read for evaluation: texts and, per label found, gold values.
pub struct GoldTable {
    /// Comment texts of the usable rows.
    pub texts: Vec<String>,
    /// Indices into the label list of the labels that have a gold column.
    pub cols: Vec<usize>,
    /// `gold[row][k]`: the value for `cols[k]` (`None`: empty or unknown).
    pub gold: Vec<Vec<Option<bool>>>,
    /// Rows without text or with a parse error.
    pub skipped: usize,
}

fn gold_value(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "1" | "1.0" | "true" | "yes" | "ja" => Some(true),
        "0" | "0.0" | "false" | "no" | "nein" => Some(false),
        _ => None,
    }
}

/// Reads the gold columns of `labels` from a labelled CSV/JSONL file: named
/// like the label, or as `mapping` (label, column) says.
pub fn read_gold(
    data: &str,
    table: &TableArgs,
    mapping: &[(String, String)],
    labels: &[String],
) -> Result<GoldTable> {
    let mut opened = open_table(data, table, |r| r)?;
    let first = opened.reader.next_row();
    let headers = opened.reader.headers().to_vec();
    let (ti, tname) = text_column(&headers, table.text_col.as_deref(), &opened.name)?;
    // (label index, column index, column name)
    let mut cols = Vec::new();
    for (li, l) in labels.iter().enumerate() {
        let mapped = mapping.iter().find(|(n, _)| n == l).map(|(_, c)| c.clone());
        let col = mapped.clone().unwrap_or_else(|| l.clone());
        if let Some(ci) = headers.iter().position(|h| *h == col) {
            cols.push((li, ci, col));
        } else if mapped.is_some() {
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
    let (mut texts, mut gold, mut skipped) = (Vec::new(), Vec::new(), 0usize);
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
    Ok(GoldTable {
        texts,
        cols: cols.into_iter().map(|(li, _, _)| li).collect(),
        gold,
        skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_common_text_columns() {
        let h: Vec<String> = ["ID", "Kommentar", "Datum"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(text_column(&h, None, "x").unwrap().0, 1);
        let e = text_column(&h[..1], None, "f.csv").unwrap_err().to_string();
        assert!(e.contains("f.csv") && e.contains("--text-col"), "{e}");
        assert!(text_column(&h, Some("nope"), "f.csv").is_err());
    }

    #[test]
    fn pairs_parse() {
        assert_eq!(
            pairs(&["toxic=0.5".into()], "x").unwrap(),
            [("toxic".into(), "0.5".into())]
        );
        assert!(pairs(&["toxic".into()], "--threshold").is_err());
    }
}
