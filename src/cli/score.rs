//! `moderato score`: stream a table through the model, batch by batch on all
//! cores, writing every input row back out in order with its scores, its
//! decision, or the reason it could not be scored.

use std::io::{BufWriter, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use anyhow::{bail, Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Map, Value};

use super::args::{OutputFormat, ScoreArgs};
use super::common::{load_model, load_policy, open_table, pairs, text_column, Opened};
use super::context::{load_context_model, Placer};
use super::Outcome;
use crate::context::{thresholds_in_context, words_line, ContextModel, ContextScore};
use crate::io::{Row, TableReader};
use crate::language::{self, LanguagePolicy};
use crate::model::{Classifier, Decision, Explanation, Thresholds};
use crate::policy::{self, Policy, PolicyMatch};

/// Counts bytes read, for the progress bar.
struct Counting<R> {
    inner: R,
    seen: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.seen.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Thresholds with `--threshold` / `--reject-threshold` applied.
fn thresholds(model: &Classifier, review: &[String], reject: &[String]) -> Result<Vec<Thresholds>> {
    let mut t = model.thresholds();
    let names = model.label_names();
    let index = |name: &str| {
        names.iter().position(|n| n == name).with_context(|| {
            format!(
                "the model has no label {name:?} (labels: {})",
                names.join(", ")
            )
        })
    };
    let prob = |v: &str| -> Result<f32> {
        let p: f32 = v
            .parse()
            .with_context(|| format!("threshold {v:?} is not a number"))?;
        if !(0.0..=1.0).contains(&p) {
            bail!("threshold {p} is not between 0 and 1");
        }
        Ok(p)
    };
    for (name, v) in pairs(review, "--threshold")? {
        t[index(&name)?].review = prob(&v)?;
    }
    for (name, v) in pairs(reject, "--reject-threshold")? {
        t[index(&name)?].reject = if v.eq_ignore_ascii_case("none") {
            None
        } else {
            Some(prob(&v)?)
        };
    }
    Ok(t)
}

/// Where rows go.
enum Sink {
    Csv(Box<csv::Writer<Box<dyn Write + Send>>>, u8),
    Jsonl(Box<dyn Write + Send>),
}

impl Sink {
    fn new(out: Box<dyn Write + Send>, format: OutputFormat, delimiter: u8) -> Self {
        match format {
            OutputFormat::Csv => Sink::Csv(
                Box::new(
                    csv::WriterBuilder::new()
                        .delimiter(delimiter)
                        .from_writer(out),
                ),
                delimiter,
            ),
            OutputFormat::Jsonl => Sink::Jsonl(out),
        }
    }

    fn header(&mut self, cols: &[String]) -> Result<()> {
        if let Sink::Csv(w, _) = self {
            w.write_record(cols)?;
        }
        Ok(())
    }

    /// One row: the input (fields or object) plus the added columns.
    fn row(&mut self, headers: &[String], row: &Row, added: &[(&str, Cell)]) -> Result<()> {
        match self {
            Sink::Csv(w, delimiter) => {
                match &row.object {
                    Some(o) => {
                        for h in headers {
                            w.write_field(o.get(h).map(value_text).unwrap_or_default())?;
                        }
                    }
                    // The common case: write the input fields as they are.
                    None if row.fields.len() == headers.len() => {
                        for f in &row.fields {
                            w.write_field(f)?;
                        }
                    }
                    None => {
                        for f in fit_fields(&row.fields, headers.len(), *delimiter) {
                            w.write_field(f)?;
                        }
                    }
                }
                let mut floats = zmij::Buffer::new();
                for (_, c) in added {
                    match c {
                        Cell::Prob(p) => match rounded(*p) {
                            x if x.is_finite() => w.write_field(floats.format_finite(x))?,
                            _ => w.write_field("")?,
                        },
                        Cell::Text(t) => w.write_field(t)?,
                        Cell::Json(v) => w.write_field(value_text(v))?,
                    }
                }
                w.write_record(std::iter::empty::<&[u8]>())?;
            }
            Sink::Jsonl(w) => {
                let mut o = match &row.object {
                    Some(o) => o.clone(),
                    None => headers
                        .iter()
                        .zip(&fit_fields(&row.fields, headers.len(), b','))
                        .map(|(h, f)| (h.clone(), Value::String(f.clone())))
                        .collect::<Map<_, _>>(),
                };
                for (k, c) in added {
                    o.insert(k.to_string(), c.to_value());
                }
                serde_json::to_writer(&mut *w, &o)?;
                w.write_all(b"\n")?;
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<()> {
        match self {
            Sink::Csv(mut w, _) => w.flush()?,
            Sink::Jsonl(mut w) => w.flush()?,
        }
        Ok(())
    }
}

/// One added output cell. Probabilities and words go straight into CSV
/// output; only JSONL output turns them into `serde_json::Value`s.
enum Cell<'a> {
    /// A probability, written rounded to four decimals.
    Prob(f32),
    /// A word or text.
    Text(&'a str),
    /// Anything else: null, line numbers, explanations.
    Json(Value),
}

impl Cell<'_> {
    fn to_value(&self) -> Value {
        match self {
            Cell::Prob(p) => Value::from(rounded(*p)),
            Cell::Text(t) => Value::from(*t),
            Cell::Json(v) => v.clone(),
        }
    }
}

/// A probability rounded to four decimals, as written. Through
/// `serde_json::Value` a non-finite one became null, an empty CSV field.
fn rounded(p: f32) -> f64 {
    (p as f64 * 1e4).round() / 1e4
}

/// Exactly `n` fields: missing ones empty, surplus ones joined into the last
/// with the delimiter, so a malformed row keeps all its text in a well-formed output.
fn fit_fields(fields: &[String], n: usize, delimiter: u8) -> Vec<String> {
    let mut out: Vec<String> = fields.iter().take(n).cloned().collect();
    if fields.len() > n && n > 0 {
        let extra = fields[n..].join(&(delimiter as char).to_string());
        let last = &mut out[n - 1];
        last.push(delimiter as char);
        last.push_str(&extra);
    }
    out.resize(n, String::new());
    out
}

fn value_text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// Output target: stdout, or a temp file renamed into place at the end.
enum Target {
    Stdout,
    File(tempfile::NamedTempFile, std::path::PathBuf),
}

fn target(path: &str) -> Result<(Target, Box<dyn Write + Send>)> {
    if path == "-" {
        return Ok((
            Target::Stdout,
            // Not locked: the writer thread owns it, and a lock cannot move threads.
            Box::new(BufWriter::with_capacity(1 << 16, std::io::stdout())),
        ));
    }
    let p = Path::new(path);
    // Devices and pipes (`-o /dev/null`) are written directly: renaming over them would replace them.
    if std::fs::metadata(p).is_ok_and(|m| !m.is_file()) {
        let f = std::fs::OpenOptions::new()
            .write(true)
            .open(p)
            .with_context(|| format!("{path}: cannot open output"))?;
        return Ok((
            Target::Stdout,
            Box::new(BufWriter::with_capacity(1 << 16, f)),
        ));
    }
    let tmp = crate::atomic_file::temp_beside(p)
        .with_context(|| format!("{path}: cannot create output"))?;
    let w = BufWriter::with_capacity(1 << 16, tmp.reopen()?);
    Ok((Target::File(tmp, p.to_path_buf()), Box::new(w)))
}

fn commit(t: Target) -> Result<()> {
    if let Target::File(tmp, path) = t {
        crate::atomic_file::commit(tmp, &path)
            .with_context(|| format!("{}: cannot write output", path.display()))?;
    }
    Ok(())
}

fn explanation_text(e: &Explanation, matches: &[PolicyMatch]) -> String {
    let policy = matches.iter().map(|m| {
        format!(
            "policy: {}[{}..{}] {}",
            m.text,
            m.char_start,
            m.char_end,
            m.label()
        )
    });
    e.labels
        .iter()
        .map(|l| {
            let spans: Vec<String> = l
                .spans
                .iter()
                .filter(|s| s.weight > 0.0)
                .map(|s| {
                    format!(
                        "{}[{}..{}]{:+.2}",
                        s.text, s.char_start, s.char_end, s.weight
                    )
                })
                .collect();
            format!("{}: {}", l.label, spans.join(" "))
        })
        .chain(policy)
        .collect::<Vec<_>>()
        .join(" | ")
}

/// The `explanation` column: per label the driving spans, then the policy's.
fn explanation_value(format: OutputFormat, e: &Explanation, m: &[PolicyMatch]) -> Result<Value> {
    Ok(match format {
        OutputFormat::Jsonl => {
            let mut v = serde_json::to_value(&e.labels)?;
            if let (Value::Array(a), false) = (&mut v, m.is_empty()) {
                a.push(serde_json::json!({ "label": "policy", "spans": m }));
            }
            v
        }
        OutputFormat::Csv => Value::from(explanation_text(e, m)),
    })
}

/// One scored batch on its way to the writer thread.
struct Scored {
    batch: Vec<Row>,
    /// Per row: why it could not be scored, or `None` if it was.
    errors: Vec<Option<String>>,
    /// Probabilities of the scored rows, in order.
    scores: Vec<Vec<f32>>,
    /// Explanations of the scored rows (with `--explain`).
    explanations: Vec<Explanation>,
    /// Languages of the scored rows.
    languages: Vec<&'static str>,
    /// Policy matches of the scored rows, in order.
    matches: Vec<Vec<PolicyMatch>>,
    /// Off-topic in context of the scored rows (empty without context columns).
    contexts: Vec<Option<ContextScore>>,
}

/// Everything the writer thread needs to turn scored batches into output.
struct Writer {
    sink: Sink,
    err_sink: Option<Output>,
    headers: Vec<String>,
    added_cols: Vec<String>,
    thresholds: Vec<Thresholds>,
    format: OutputFormat,
    explain: bool,
    languages: LanguagePolicy,
    /// Name of the policy column, when a policy applies.
    policy_col: Option<String>,
    /// Index of the off-topic label when context columns are scored.
    context: Option<usize>,
    name: String,
    bar: Option<ProgressBar>,
    seen: Arc<AtomicU64>,
    /// Rows written with scores, and rows that could not be scored.
    scored: u64,
    failed: u64,
}

/// What the writer hands back: the sinks to finish, the row counts and the bar.
type Written = (Sink, Option<Output>, u64, u64, Option<ProgressBar>);

impl Writer {
    /// A row's decision: the language route for comments in other languages,
    /// else the model's (off-topic thresholds moved by the context when there
    /// is one); policy matches raise it, never lower it.
    fn decide_row(
        &self,
        s: &[f32],
        lang: &str,
        m: &[PolicyMatch],
        cs: Option<&ContextScore>,
    ) -> Decision {
        let base = self
            .languages
            .overrides(lang)
            .unwrap_or_else(|| match (cs, self.context) {
                (Some(c), Some(off)) => {
                    Classifier::decide(s, &thresholds_in_context(&self.thresholds, off, c))
                }
                _ => Classifier::decide(s, &self.thresholds),
            });
        policy::raise(base, m)
    }

    /// Writes every batch received, in order, until the scorer hangs up.
    fn run(mut self, rx: std::sync::mpsc::Receiver<Scored>) -> Result<Written> {
        for b in rx {
            self.write_batch(&b)?;
        }
        Ok(self.finish())
    }

    /// The sinks to finish, the row counts and the bar.
    fn finish(self) -> Written {
        (self.sink, self.err_sink, self.scored, self.failed, self.bar)
    }

    /// Writes one scored batch, in order.
    fn write_batch(&mut self, b: &Scored) -> Result<()> {
        let mut k = 0;
        for (row, error) in b.batch.iter().zip(&b.errors) {
            match error {
                None => {
                    self.write_scored(b, k, row)?;
                    k += 1;
                }
                Some(why) => self.write_failed(row, why)?,
            }
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.seen.load(Ordering::Relaxed));
            bar.set_message(format!("{} scored, {} failed", self.scored, self.failed));
        }
        Ok(())
    }

    /// Writes the `k`-th scored row of `b`: its probabilities, decision,
    /// language and whatever else was asked for.
    fn write_scored(&mut self, b: &Scored, k: usize, row: &Row) -> Result<()> {
        let s = &b.scores[k];
        let mut added: Vec<(&str, Cell)> = Vec::with_capacity(self.added_cols.len() + 6);
        added.extend(
            self.added_cols
                .iter()
                .zip(s)
                .map(|(c, p)| (c.as_str(), Cell::Prob(*p))),
        );
        let lang = b.languages[k];
        let m = &b.matches[k];
        let cs = b.contexts.get(k).and_then(Option::as_ref);
        let d = self.decide_row(s, lang, m, cs);
        added.push(("decision", Cell::Text(d.as_str())));
        added.push(("language", Cell::Text(lang)));
        if let Some(c) = &self.policy_col {
            added.push((c.as_str(), Cell::Json(Value::from(policy::labels(m)))));
        }
        if self.context.is_some() {
            let kind = cs.map_or("none", |c| c.context.as_str());
            added.push(("offtopic_context", Cell::Text(kind)));
        }
        if self.explain {
            let v = explanation_value(self.format, &b.explanations[k], m)?;
            added.push(("explanation", Cell::Json(v)));
            if self.context.is_some() {
                let w = cs.map(words_line).unwrap_or_default();
                added.push(("context_words", Cell::Json(Value::from(w))));
            }
        }
        if self.err_sink.is_none() {
            added.push(("error", Cell::Json(Value::Null)));
        }
        self.sink.row(&self.headers, row, &added)?;
        self.scored += 1;
        Ok(())
    }

    /// Writes a row that could not be scored, with why: to `--errors` if
    /// given, else to the output with empty score columns.
    fn write_failed(&mut self, row: &Row, why: &str) -> Result<()> {
        self.failed += 1;
        let msg = format!("line {}: {why}", row.line);
        if self.failed <= 5 {
            tracing::warn!("{}:{}: {why}", self.name, row.line);
        }
        match &mut self.err_sink {
            Some((_, s)) => {
                let added = [
                    ("line", Cell::Json(Value::from(row.line))),
                    ("error", Cell::Json(Value::from(msg))),
                ];
                s.row(&self.headers, row, &added)?;
            }
            None => {
                let mut added: Vec<(&str, Cell)> = self
                    .added_cols
                    .iter()
                    .map(|c| (c.as_str(), Cell::Json(Value::Null)))
                    .collect();
                added.push(("error", Cell::Json(Value::from(msg))));
                self.sink.row(&self.headers, row, &added)?;
            }
        }
        Ok(())
    }
}

/// Runs `moderato score`.
pub fn run(a: ScoreArgs) -> Result<Outcome> {
    let model = load_model(&a.model)?;
    let policy = load_policy(&a.policy)?;
    let thresholds = thresholds(&model, &a.threshold, &a.reject_threshold)?;
    let languages = LanguagePolicy::parse(&a.languages, &a.other_languages)?;
    let policy_detects = languages.detects();
    let seen = Arc::new(AtomicU64::new(0));
    let size = (a.input != "-")
        .then(|| std::fs::metadata(&a.input).map(|m| m.len()).ok())
        .flatten();
    let bar = progress_bar(!a.no_progress, size);
    let (opened, first, headers) = open_input(&a, seen.clone())?;
    let name = opened.name.clone();
    let jsonl_in = first.as_ref().is_some_and(|r| r.object.is_some());
    let (text_idx, text_name) = text_column(&headers, a.table.text_col.as_deref(), &name)?;
    let mut in_context = context_setup(&model, &headers, &a, &name)?;
    // Output in the input's format unless told otherwise.
    let format = a.format.unwrap_or(if jsonl_in {
        OutputFormat::Jsonl
    } else {
        OutputFormat::Csv
    });
    let (added_cols, policy_col) = added_columns(
        &model,
        &headers,
        policy.is_some(),
        in_context.is_some(),
        a.explain,
    );
    let (err_sink, (target_main, sink)) = open_outputs(&a, format, &opened, &headers, &added_cols)?;
    let batch_size = a.batch_size.max(1);
    let reader = opened.reader;
    let writer = Writer {
        sink,
        err_sink,
        headers,
        added_cols,
        thresholds,
        format,
        explain: a.explain,
        languages,
        policy_col,
        context: in_context.as_ref().map(|c| c.offtopic),
        name: name.clone(),
        bar,
        seen,
        scored: 0,
        failed: 0,
    };
    let scorer = BatchScorer {
        model: &model,
        policy: policy.as_ref(),
        args: &a,
        text_idx,
        text_name: &text_name,
        in_context: in_context.as_mut(),
        policy_detects,
    };
    let (sink, err_sink, scored, failed, bar) =
        pump(writer, scorer, reader, first, batch_size, &name)?;
    sink.finish()?;
    commit(target_main)?;
    if let Some((t, s)) = err_sink {
        s.finish()?;
        commit(t)?;
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    if failed > 0 {
        eprintln!("moderato: {name}: {scored} rows scored, {failed} could not be scored (see the error column{})",
            if a.errors.is_some() { " of --errors" } else { "" });
        return Ok(Outcome::Partial);
    }
    Ok(Outcome::Ok)
}

/// The `--errors` sink (if asked for) and the main output, whose columns
/// are the input's, the added ones and, without `--errors`, `error`.
fn open_outputs(
    a: &ScoreArgs,
    format: OutputFormat,
    opened: &Opened,
    headers: &[String],
    added_cols: &[String],
) -> Result<(Option<Output>, Output)> {
    let mut all_cols = headers.to_vec();
    all_cols.extend(added_cols.iter().cloned());
    let err_sink = match &a.errors {
        Some(p) => Some(error_sink(p, format, opened.reader.delimiter, headers)?),
        None => {
            all_cols.push("error".into());
            None
        }
    };
    Ok((err_sink, output_sink(&a.output, format, opened, &all_cols)?))
}

/// Reads, scores and writes every batch. With one thread in turn, so that
/// one thread's figure is the work of one core; with more, a reader thread
/// parses the next batches while this one scores, and a writer thread
/// formats and writes each scored batch while the next one is scored, so
/// that neither leaves the scoring threads idle.
fn pump(
    writer: Writer,
    mut scorer: BatchScorer<'_>,
    mut reader: TableReader,
    first: Option<Row>,
    batch_size: usize,
    name: &str,
) -> Result<Written> {
    Ok(if rayon::current_num_threads() == 1 {
        // `--threads 1`: read, score and write in turn, so that one thread's
        // figure is the work of one core (rayon's one worker runs the
        // scoring while this thread waits for it).
        let mut writer = writer;
        let mut pending = first;
        loop {
            let batch = next_batch(&mut pending, &mut reader, batch_size);
            if batch.is_empty() {
                break;
            }
            writer.write_batch(&scorer.score(batch))?;
        }
        writer.finish()
    } else {
        // A reader thread parses the next batches while this one scores, and
        // a writer thread formats and writes each scored batch while the next
        // one is scored, so that neither leaves the scoring threads idle.
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Row>>(2);
        let reader_thread = std::thread::spawn(move || {
            let mut pending = first;
            loop {
                let batch = next_batch(&mut pending, &mut reader, batch_size);
                if batch.is_empty() || tx.send(batch).is_err() {
                    break;
                }
            }
        });
        let (wtx, wrx) = std::sync::mpsc::sync_channel::<Scored>(2);
        let writer_thread = std::thread::spawn(move || writer.run(wrx));
        for batch in rx {
            if wtx.send(scorer.score(batch)).is_err() {
                // The writer stopped on an error; joining it below reports the error.
                break;
            }
        }
        drop(wtx);
        let written = writer_thread
            .join()
            .map_err(|_| anyhow::anyhow!("{name}: the writer thread panicked"))??;
        reader_thread
            .join()
            .map_err(|_| anyhow::anyhow!("{name}: the reader thread panicked"))?;
        written
    })
}

/// Opens the input, counting the bytes read into `seen` (for the progress
/// bar), and reads the header and the first row: an input with neither is
/// an error.
fn open_input(a: &ScoreArgs, seen: Arc<AtomicU64>) -> Result<(Opened, Option<Row>, Vec<String>)> {
    let mut opened = open_table(&a.input, &a.table, move |r| {
        Box::new(Counting { inner: r, seen })
    })?;
    let name = &opened.name;
    tracing::info!("{name}: reading as {}", opened.encoding.name());
    let first = opened.reader.next_row();
    let headers = opened.reader.headers().to_vec();
    if first.is_none() && headers.is_empty() {
        bail!("{name}: empty input (no header, no rows)");
    }
    Ok((opened, first, headers))
}

/// A progress bar over the input's bytes, when asked for and stderr is a
/// terminal and the size is known (not for stdin).
fn progress_bar(wanted: bool, size: Option<u64>) -> Option<ProgressBar> {
    let size = size.filter(|_| wanted && std::io::stderr().is_terminal())?;
    let b = ProgressBar::new(size);
    b.set_style(
        ProgressStyle::with_template(
            "{spinner} {bytes}/{total_bytes} [{wide_bar}] {msg} eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    Some(b)
}

/// The columns `score` appends (renamed `moderato_*` where the input has
/// one of that name) and the policy column's name, if a policy applies.
fn added_columns(
    model: &Classifier,
    headers: &[String],
    policy: bool,
    in_context: bool,
    explain: bool,
) -> (Vec<String>, Option<String>) {
    let own = |c: &str| {
        if headers.iter().any(|h| h == c) {
            format!("moderato_{c}")
        } else {
            c.to_string()
        }
    };
    let mut cols: Vec<String> = model.label_names().iter().map(|l| own(l)).collect();
    cols.push("decision".into());
    cols.push("language".into());
    let policy_col = policy.then(|| own("policy"));
    cols.extend(policy_col.clone());
    if in_context {
        cols.push("offtopic_context".into());
    }
    if explain {
        cols.push("explanation".into());
        if in_context {
            cols.push("context_words".into());
        }
    }
    (cols, policy_col)
}

/// An output file (written atomically) and the sink that formats its rows.
type Output = (Target, Sink);

/// The output with its header written (and a BOM first when the input had
/// one and the output is CSV: Excel reads the umlauts right again).
fn output_sink(
    path: &str,
    format: OutputFormat,
    input: &Opened,
    cols: &[String],
) -> Result<Output> {
    let (t, mut out) = target(path)?;
    if input.bom && format == OutputFormat::Csv {
        out.write_all("\u{FEFF}".as_bytes())?;
    }
    let mut sink = Sink::new(out, format, input.reader.delimiter);
    sink.header(cols)?;
    Ok((t, sink))
}

/// The `--errors` file: the input's columns, then `line` and `error`.
fn error_sink(
    path: &std::path::Path,
    format: OutputFormat,
    delimiter: u8,
    headers: &[String],
) -> Result<Output> {
    let (t, w) = target(&path.to_string_lossy())?;
    let mut s = Sink::new(w, format, delimiter);
    let mut cols = headers.to_vec();
    cols.push("line".into());
    cols.push("error".into());
    s.header(&cols)?;
    Ok((t, s))
}

/// Up to `size` rows: the one read ahead first, then from the reader; empty at the end.
fn next_batch(pending: &mut Option<Row>, reader: &mut TableReader, size: usize) -> Vec<Row> {
    let mut batch: Vec<Row> = Vec::with_capacity(size);
    while batch.len() < size {
        match pending.take().or_else(|| reader.next_row()) {
            Some(r) => batch.push(r),
            None => break,
        }
    }
    batch
}

/// What scoring a batch needs besides the batch.
struct BatchScorer<'a> {
    model: &'a Classifier,
    policy: Option<&'a Policy>,
    args: &'a ScoreArgs,
    text_idx: usize,
    text_name: &'a str,
    in_context: Option<&'a mut InContext>,
    policy_detects: bool,
}

impl BatchScorer<'_> {
    /// Scores a batch on all rayon threads: per row its probabilities, or why it has none.
    fn score(&mut self, batch: Vec<Row>) -> Scored {
        use rayon::prelude::*;
        let (a, text_name, model) = (self.args, self.text_name, self.model);
        // Decide per row: a text to score, or the reason it cannot be scored.
        let verdicts: Vec<Result<&str, String>> = batch
            .iter()
            .map(|r| {
                if let Some(e) = &r.error {
                    return Err(e.to_string());
                }
                match r.get(self.text_idx, text_name) {
                    None => Err(format!("no text in column {text_name:?}")),
                    Some(t) if crate::text::is_blank(t) => Err("empty text".into()),
                    Some(t) if t.len() > a.max_bytes => Err(format!(
                        "text is {} bytes, over --max-bytes {}",
                        t.len(),
                        a.max_bytes
                    )),
                    Some(t) => Ok(t),
                }
            })
            .collect();
        let texts: Vec<&str> = verdicts
            .iter()
            .filter_map(|v| v.as_ref().ok().copied())
            .collect();
        let (mut scores, matches) = policy::score_batch(model, self.policy, &texts);
        let contexts = match &mut self.in_context {
            Some(c) => c.score(&batch, &verdicts, &mut scores),
            None => Vec::new(),
        };
        let languages = if self.policy_detects {
            texts.par_iter().map(|t| language::detect(t)).collect()
        } else {
            vec![""; texts.len()]
        };
        let explanations: Vec<Explanation> = if a.explain {
            texts.par_iter().map(|t| model.explain(t, 5)).collect()
        } else {
            Vec::new()
        };
        let errors = verdicts.into_iter().map(Result::err).collect();
        Scored {
            batch,
            errors,
            scores,
            explanations,
            languages,
            matches,
            contexts,
        }
    }
}

/// Off-topic in context while scoring: the context model, the columns and the
/// threads seen so far.
struct InContext {
    model: ContextModel,
    placer: Placer,
    offtopic: usize,
}

/// Sets up context scoring when the input has context columns (or
/// `--articles`) and a context model is there; otherwise scores stay text-only
/// and the output keeps its columns.
fn context_setup(
    model: &Classifier,
    headers: &[String],
    a: &ScoreArgs,
    name: &str,
) -> Result<Option<InContext>> {
    let Some(placer) = Placer::new(headers, &a.context).with_context(|| name.to_string())? else {
        return Ok(None);
    };
    let Some(offtopic) = model.label_names().iter().position(|l| l == "offtopic") else {
        return Ok(None);
    };
    match load_context_model(&a.model)? {
        Some(m) => Ok(Some(InContext {
            model: m,
            placer,
            offtopic,
        })),
        None => {
            eprintln!("moderato: {name}: context columns found but no context model beside the model; off-topic is scored from text alone");
            Ok(None)
        }
    }
}

impl InContext {
    /// Places the batch's scored rows in order (threads build up row by row),
    /// scores them in context on all cores and puts the context probability
    /// in place of the text-only off-topic one.
    fn score(
        &mut self,
        batch: &[Row],
        verdicts: &[Result<&str, String>],
        scores: &mut [Vec<f32>],
    ) -> Vec<Option<ContextScore>> {
        use rayon::prelude::*;
        let placed: Vec<(&str, crate::context::Context)> = batch
            .iter()
            .zip(verdicts)
            .filter_map(|(r, v)| v.as_ref().ok().map(|t| (*t, self.placer.place(r, t))))
            .collect();
        let off = self.offtopic;
        let out: Vec<Option<ContextScore>> = placed
            .par_iter()
            .zip(scores.par_iter())
            .map(|((t, c), s)| self.model.score(t, c, s[off]))
            .collect();
        for (s, c) in scores.iter_mut().zip(&out) {
            if let Some(c) = c {
                s[self.offtopic] = c.probability;
            }
        }
        out
    }
}
