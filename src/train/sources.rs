//! Reading training sources into a [`Corpus`], each with its own layout and
//! label mapping. A label a source does not map stays missing for its rows.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use xxhash_rust::xxh3::xxh3_64;

use super::config::{LabelSpec, SourceConfig, SourceFormat, TrainConfig};
use super::corpus::Corpus;
use crate::io::{open_decoded, InputEncoding, InputFormat, Row, TableOptions, TableReader};
use crate::model::SourceCard;

/// A source that cannot be read, naming the file and what is wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SourceError {
    /// The file cannot be opened or read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A configured column is not in the file.
    #[error("{path}: no column {column:?} (columns: {available})")]
    MissingColumn {
        /// The file.
        path: PathBuf,
        /// The missing column.
        column: String,
        /// What the file has.
        available: String,
    },
    /// The config is inconsistent.
    #[error("source {source_name}: {why}")]
    Config {
        /// The source.
        source_name: String,
        /// What is wrong.
        why: String,
    },
    /// Nothing usable was read.
    #[error("{path}: no labelled rows read ({skipped} rows skipped; first problem: {first})")]
    Empty {
        /// The file.
        path: PathBuf,
        /// Rows skipped.
        skipped: usize,
        /// The first problem seen.
        first: String,
    },
}

fn sha256(path: &Path) -> Result<String, SourceError> {
    let mut f = File::open(path).map_err(|source| SourceError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut h = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = f.read(&mut buf).map_err(|source| SourceError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

/// Resolves a column by header name, or by 0-based number for header-less files.
fn column(
    path: &Path,
    headers: &[String],
    name: &str,
    has_header: bool,
) -> Result<usize, SourceError> {
    if let Some(i) = headers.iter().position(|h| h == name) {
        return Ok(i);
    }
    if !has_header {
        if let Ok(i) = name.parse::<usize>() {
            return Ok(i);
        }
    }
    Err(SourceError::MissingColumn {
        path: path.to_path_buf(),
        column: name.to_string(),
        available: if headers.is_empty() {
            "none: the file has no header; use 0-based column numbers".into()
        } else {
            headers.join(", ")
        },
    })
}

/// Maps a cell to a gold value.
fn parse_label(spec: &LabelSpec, raw: &str) -> Option<bool> {
    let v = raw.trim();
    if v.is_empty() {
        return None;
    }
    let eq = |list: &[String]| list.iter().any(|p| p.eq_ignore_ascii_case(v));
    if !spec.positive.is_empty() {
        if eq(&spec.positive) {
            return Some(true);
        }
        return if spec.negative.is_empty() || eq(&spec.negative) {
            Some(false)
        } else {
            None
        };
    }
    match v.to_ascii_lowercase().as_str() {
        "1" | "1.0" | "true" | "yes" | "ja" => Some(true),
        "0" | "0.0" | "false" | "no" | "nein" => Some(false),
        _ if eq(&spec.negative) => Some(false),
        _ => None,
    }
}

fn open_table(path: &Path, src: &SourceConfig) -> Result<TableReader, SourceError> {
    let io = |source| SourceError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = File::open(path).map_err(io)?;
    let (stream, _, _) = open_decoded(Box::new(file), InputEncoding::Auto).map_err(io)?;
    let opts = TableOptions {
        format: if src.format == SourceFormat::Jsonl {
            InputFormat::Jsonl
        } else {
            InputFormat::Csv
        },
        delimiter: (src.format == SourceFormat::Tsv).then_some(b'\t'),
        no_header: !src.header,
        no_quoting: src.format == SourceFormat::Tsv,
    };
    TableReader::new(stream, &path.to_string_lossy(), &opts).map_err(io)
}

/// Counts of one source, for the card and the log.
#[derive(Default)]
struct Tally {
    rows: usize,
    skipped: usize,
    first_problem: Option<String>,
}

impl Tally {
    fn skip(&mut self, path: &Path, line: u64, why: &str) {
        self.skipped += 1;
        if self.first_problem.is_none() {
            self.first_problem = Some(format!("{}:{line}: {why}", path.display()));
        }
    }
}

/// Reads every source of `config` (paths relative to `base`) into one corpus.
pub fn load_corpus(
    config: &TrainConfig,
    base: &Path,
) -> Result<(Corpus, Vec<SourceCard>), SourceError> {
    let labels = config.label_names();
    let mut corpus = Corpus::new(labels.clone());
    for p in &config.model.vocabulary {
        let path = base.join(p);
        let bytes = std::fs::read(&path).map_err(|source| SourceError::Io {
            path: path.clone(),
            source,
        })?;
        corpus
            .vocabulary
            .push(String::from_utf8_lossy(&bytes).into_owned());
        let digest = sha256(&path)?;
        corpus.vocabulary_names.push(format!(
            "{} ({}…)",
            p.display(),
            &digest[..digest.len().min(12)]
        ));
    }
    let mut cards = Vec::new();
    for (si, src) in config.sources.iter().enumerate() {
        let (weight, grid) = source_settings(src, &labels)?;
        corpus.source_weight.push(weight);
        corpus.source_auxiliary.push(src.auxiliary);
        corpus.source_weight_grid.push(grid);
        let path = base.join(&src.path);
        let before = corpus.len();
        let tally = match src.format {
            SourceFormat::Long => read_long(&path, src, si as u16, &labels, &mut corpus)?,
            _ => read_wide(&path, src, si as u16, &labels, &mut corpus)?,
        };
        if corpus.len() == before {
            return Err(SourceError::Empty {
                path,
                skipped: tally.skipped,
                first: tally
                    .first_problem
                    .unwrap_or_else(|| "the file has no data rows".into()),
            });
        }
        if let Some(p) = &tally.first_problem {
            tracing::warn!(source = %src.name, skipped = tally.skipped, first = %p, "skipped rows");
        }
        let label_counts = labels
            .iter()
            .enumerate()
            .map(|(li, name)| {
                let vals = &corpus.gold[li][before..];
                let n = vals.iter().filter(|v| v.is_some()).count();
                let p = vals.iter().filter(|v| **v == Some(true)).count();
                (name.clone(), n, p)
            })
            .filter(|(_, n, _)| *n > 0)
            .collect();
        cards.push(SourceCard {
            name: src.name.clone(),
            path: src.path.to_string_lossy().into_owned(),
            sha256: sha256(&path)?,
            rows: tally.rows,
            labels: label_counts,
        });
    }
    check_together(config, &corpus)?;
    Ok((corpus, cards))
}

/// A source's labels, weight and weight grid, checked: labels defined
/// under `[labels]`, weights positive.
fn source_settings(src: &SourceConfig, labels: &[String]) -> Result<(f32, Vec<f32>), SourceError> {
    let refuse = |why: String| SourceError::Config {
        source_name: src.name.clone(),
        why,
    };
    if let Some(l) = src.labels.keys().find(|l| !labels.contains(l)) {
        return Err(refuse(format!("label {l:?} is not defined under [labels]")));
    }
    let weight = src.weight.unwrap_or(1.0);
    if !(weight.is_finite() && weight > 0.0) {
        return Err(refuse(format!(
            "weight must be a positive number, got {weight}"
        )));
    }
    Ok((weight as f32, weight_grid(src)?.unwrap_or_default()))
}

/// What only the sources together can get wrong: all of them auxiliary,
/// or weight grids of different lengths.
fn check_together(config: &TrainConfig, corpus: &Corpus) -> Result<(), SourceError> {
    if !config.sources.is_empty() && config.sources.iter().all(|s| s.auxiliary) {
        return Err(SourceError::Config {
            source_name: config.sources[0].name.clone(),
            why: "every source is auxiliary: at least one must be your own data, which calibration and thresholds are fitted on".into(),
        });
    }
    let lengths: Vec<(usize, usize)> = (corpus.source_weight_grid.iter().enumerate())
        .filter(|(_, g)| !g.is_empty())
        .map(|(i, g)| (i, g.len()))
        .collect();
    if let Some(&(i, n)) = lengths.iter().find(|(_, n)| *n != lengths[0].1) {
        return Err(SourceError::Config {
            source_name: config.sources[i].name.clone(),
            why: format!(
                "weight_grid has {n} values, but {}'s has {}: the grids vary together (the k-th candidate takes every grid's k-th weight), so they must be equally long",
                config.sources[lengths[0].0].name,
                lengths[0].1
            ),
        });
    }
    Ok(())
}

/// A source's `weight_grid`, checked: not empty, every weight positive.
fn weight_grid(src: &SourceConfig) -> Result<Option<Vec<f32>>, SourceError> {
    let Some(grid) = &src.weight_grid else {
        return Ok(None);
    };
    if src.weight.is_some() {
        // Silently preferring one would train with a weight the card
        // does not show.
        return Err(SourceError::Config {
            source_name: src.name.clone(),
            why: "give either weight or weight_grid, not both".into(),
        });
    }
    let bad = grid.iter().find(|w| !(w.is_finite() && **w > 0.0));
    if grid.is_empty() || bad.is_some() {
        return Err(SourceError::Config {
            source_name: src.name.clone(),
            why: format!("weight_grid must list positive numbers, got {grid:?}"),
        });
    }
    Ok(Some(grid.iter().map(|&w| w as f32).collect()))
}

fn group_id(src: &SourceConfig, value: &str) -> u64 {
    xxh3_64(format!("{}\u{1}{value}", src.name).as_bytes())
}

/// A labelled column, by index and name.
type LabelColumn<'a> = (usize, &'a str, &'a LabelSpec);

/// Per label: the column the source maps it to, `None` where it does not.
fn label_columns<'a>(
    src: &'a SourceConfig,
    labels: &[String],
    resolve: &dyn Fn(&str) -> Result<usize, SourceError>,
) -> Result<Vec<Option<LabelColumn<'a>>>, SourceError> {
    labels
        .iter()
        .map(|name| {
            let Some(spec) = src.labels.get(name) else {
                return Ok(None);
            };
            let col = spec.column.as_deref().ok_or_else(|| SourceError::Config {
                source_name: src.name.clone(),
                why: format!("label {name} needs `column`"),
            })?;
            Ok(Some((resolve(col)?, col, spec)))
        })
        .collect()
}

fn read_wide<'a>(
    path: &Path,
    src: &'a SourceConfig,
    si: u16,
    labels: &[String],
    corpus: &mut Corpus,
) -> Result<Tally, SourceError> {
    let mut table = open_table(path, src)?;
    let jsonl = src.format == SourceFormat::Jsonl;
    // JSONL keys are looked up by name; CSV columns resolved once.
    let mut first = table.next_row();
    let headers = table.headers().to_vec();
    let resolve = |name: &str| -> Result<usize, SourceError> {
        if jsonl {
            Ok(0)
        } else {
            column(path, &headers, name, src.header)
        }
    };
    let text_cols: Vec<(usize, &str)> = src
        .text
        .iter()
        .map(|t| resolve(t).map(|i| (i, t.as_str())))
        .collect::<Result<_, _>>()?;
    let label_cols = label_columns(src, labels, &resolve)?;
    let optional = |c: Option<&'a str>| c.map(|g| resolve(g).map(|i| (i, g))).transpose();
    let group_col = optional(src.group.as_deref())?;
    let fold_col = optional(src.fold.as_deref())?;
    let mut tally = Tally::default();
    let mut gold = vec![None; labels.len()];
    while let Some(row) = first.take().or_else(|| table.next_row()) {
        tally.rows += 1;
        if let Some(e) = &row.error {
            tally.skip(path, row.line, &e.to_string());
            continue;
        }
        let text = join_text(&row, &text_cols);
        if text.trim().is_empty() {
            tally.skip(path, row.line, "empty text");
            continue;
        }
        for (g, lc) in gold.iter_mut().zip(&label_cols) {
            *g = lc.and_then(|(i, name, spec)| row.get(i, name).and_then(|v| parse_label(spec, v)));
        }
        if gold.iter().all(Option::is_none) {
            tally.skip(path, row.line, "no label value");
            continue;
        }
        let group = match group_col {
            Some((i, name)) => group_id(src, row.get(i, name).unwrap_or("")),
            None => group_id(src, &format!("row{}", row.line)),
        };
        let fold = fold_col
            .and_then(|(i, name)| row.get(i, name))
            .and_then(|v| v.trim().parse().ok());
        corpus.push(text, &gold, group, si, fold);
    }
    Ok(tally)
}

fn join_text(row: &Row, cols: &[(usize, &str)]) -> String {
    let parts: Vec<&str> = cols
        .iter()
        .filter_map(|(i, n)| row.get(*i, n))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    parts.join("\n")
}

fn read_long(
    path: &Path,
    src: &SourceConfig,
    si: u16,
    labels: &[String],
    corpus: &mut Corpus,
) -> Result<Tally, SourceError> {
    let need = |v: &Option<String>, what: &str| {
        v.clone().ok_or_else(|| SourceError::Config {
            source_name: src.name.clone(),
            why: format!("long format needs `{what}`"),
        })
    };
    let (id, cat, val) = (
        need(&src.id, "id")?,
        need(&src.category, "category")?,
        need(&src.value, "value")?,
    );
    let mut table = open_table(path, src)?;
    let mut first = table.next_row();
    let headers = table.headers().to_vec();
    let col = |n: &str| column(path, &headers, n, src.header);
    let (id_i, cat_i, val_i) = (col(&id)?, col(&cat)?, col(&val)?);
    let text_cols: Vec<(usize, &str)> = src
        .text
        .iter()
        .map(|t| col(t).map(|i| (i, t.as_str())))
        .collect::<Result<_, _>>()?;
    let group_i = src.group.as_deref().map(col).transpose()?;
    let mut order: Vec<String> = Vec::new();
    let mut items: BTreeMap<String, LongItem> = BTreeMap::new();
    let mut tally = Tally::default();
    while let Some(row) = first.take().or_else(|| table.next_row()) {
        tally.rows += 1;
        if let Some(e) = &row.error {
            tally.skip(path, row.line, &e.to_string());
            continue;
        }
        let key = row.get(id_i, &id).unwrap_or("").to_string();
        let value = match row.get(val_i, &val).map(str::trim) {
            Some("1") | Some("1.0") => true,
            Some("0") | Some("0.0") => false,
            other => {
                tally.skip(path, row.line, &format!("value {other:?} is not 0 or 1"));
                continue;
            }
        };
        let item = items.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            LongItem {
                text: join_text(&row, &text_cols),
                group: group_i
                    .and_then(|g| row.get(g, ""))
                    .unwrap_or(&key)
                    .to_string(),
                cats: BTreeMap::new(),
            }
        });
        item.cats
            .insert(row.get(cat_i, &cat).unwrap_or("").to_string(), value);
    }
    push_items(order, items, src, si, labels, corpus);
    Ok(tally)
}

/// Adds the gathered long-format posts in file order, leaving out those
/// without text or without any of the labels' categories.
fn push_items(
    order: Vec<String>,
    mut items: BTreeMap<String, LongItem>,
    src: &SourceConfig,
    si: u16,
    labels: &[String],
    corpus: &mut Corpus,
) {
    for key in order {
        let item = items.remove(&key).expect("every key in order was gathered");
        let gold = item.gold(src, labels);
        if gold.iter().all(Option::is_none) || item.text.trim().is_empty() {
            continue;
        }
        corpus.push(item.text, &gold, group_id(src, &item.group), si, None);
    }
}

/// One post of a long-format source, gathered over its rows.
struct LongItem {
    text: String,
    group: String,
    /// Category → value, one per row.
    cats: BTreeMap<String, bool>,
}

impl LongItem {
    /// Per label: positive if any of its categories is, `None` where the
    /// post was not annotated with any of them.
    fn gold(&self, src: &SourceConfig, labels: &[String]) -> Vec<Option<bool>> {
        labels
            .iter()
            .map(|name| {
                let spec = src.labels.get(name)?;
                let seen: Vec<bool> = spec
                    .categories
                    .iter()
                    .filter_map(|c| self.cats.get(c).copied())
                    .collect();
                (!seen.is_empty()).then(|| seen.iter().any(|&v| v))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(pos: &[&str], neg: &[&str]) -> LabelSpec {
        LabelSpec {
            positive: pos.iter().map(|s| s.to_string()).collect(),
            negative: neg.iter().map(|s| s.to_string()).collect(),
            ..LabelSpec::default()
        }
    }

    fn config(sources: &str) -> TrainConfig {
        toml::from_str(&format!(
            "[labels.toxic]\n[[source]]\nname = \"own\"\npath = \"tiny-train.csv\"\nformat = \"csv\"\ntext = [\"text\"]\nlabels.toxic = {{ column = \"toxic\" }}\n{sources}"
        ))
        .unwrap()
    }

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/fixtures");

    #[test]
    fn source_weights_and_auxiliary_flags_reach_the_corpus() {
        let aux = "[[source]]\nname = \"public\"\npath = \"tiny-train.csv\"\nformat = \"csv\"\ntext = [\"text\"]\nweight = 0.25\nauxiliary = true\nlabels.toxic = { column = \"toxic\" }\n";
        let (c, _) = load_corpus(&config(aux), Path::new(FIXTURES)).unwrap();
        assert_eq!(c.len(), 60);
        assert_eq!((c.weight(0), c.is_auxiliary(0)), (1.0, false));
        assert_eq!((c.weight(59), c.is_auxiliary(59)), (0.25, true));
    }

    #[test]
    fn weight_grids_reach_the_corpus_and_bad_ones_are_refused() {
        let grid = "[[source]]\nname = \"public\"\npath = \"tiny-train.csv\"\nformat = \"csv\"\ntext = [\"text\"]\nweight_grid = [0.1, 1]\nauxiliary = true\nlabels.toxic = { column = \"toxic\" }\n";
        let load = |extra: &str| load_corpus(&config(extra), Path::new(FIXTURES));
        let load_err = |extra: &str| load(extra).unwrap_err().to_string();
        let (c, _) = load(grid).unwrap();
        assert_eq!(c.source_weight_grid, [vec![], vec![0.1, 1.0]]);
        assert_eq!(c.weight_candidates().len(), 2);
        for bad in ["[]", "[0.5, 0]", "[-1]"] {
            let e = load_err(&grid.replace("[0.1, 1]", bad));
            assert!(e.contains("weight_grid must list positive numbers"), "{e}");
        }
        let both = grid.replace("weight_grid", "weight = 0.5\nweight_grid");
        assert!(load_err(&both).contains("either weight or weight_grid"));
        // Two grids vary together: two candidates, not four.
        let two = format!(
            "{grid}{}",
            grid.replace("public", "public2")
                .replace("0.1, 1", "0.2, 2")
        );
        let (c, _) = load(&two).unwrap();
        assert_eq!(
            c.weight_candidates(),
            [vec![1.0, 0.1, 0.2], vec![1.0, 1.0, 2.0]]
        );
        let uneven = format!(
            "{grid}{}",
            grid.replace("public", "public2").replace("0.1, 1", "0.2")
        );
        assert!(
            load_err(&uneven).contains("equally long"),
            "{}",
            load_err(&uneven)
        );
    }

    #[test]
    fn bad_weights_and_an_all_auxiliary_config_are_refused() {
        let mut cfg = config("");
        cfg.sources[0].weight = Some(0.0);
        let e = load_corpus(&cfg, Path::new(FIXTURES)).unwrap_err();
        assert!(
            e.to_string().contains("weight must be a positive number"),
            "{e}"
        );
        cfg.sources[0].weight = None;
        cfg.sources[0].auxiliary = true;
        let e = load_corpus(&cfg, Path::new(FIXTURES)).unwrap_err();
        assert!(e.to_string().contains("every source is auxiliary"), "{e}");
    }

    #[test]
    fn label_values_map() {
        assert_eq!(parse_label(&spec(&[], &[]), "1"), Some(true));
        assert_eq!(parse_label(&spec(&[], &[]), " nein "), Some(false));
        assert_eq!(parse_label(&spec(&[], &[]), ""), None);
        assert_eq!(
            parse_label(&spec(&["OFFENSE"], &["OTHER"]), "OFFENSE"),
            Some(true)
        );
        assert_eq!(parse_label(&spec(&["OFFENSE"], &["OTHER"]), "???"), None);
        assert_eq!(parse_label(&spec(&["OFFENSE"], &[]), "OTHER"), Some(false));
    }
}
