//! `moderato segment` and `moderato score-page`: pages in, comments out
//! (and, for score-page, scored with their article beside them).

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::{json, Value};

use super::args::{PageArgs, PageFormat, ScorePageArgs, SegmentArgs};
use super::common::{load_model, load_policy};
use super::Outcome;
use crate::model::Classifier;
use crate::segment::{
    evaluate, segment_page, segment_page_with_lines, GoldPage, InputKind, Labelling, Page,
    PageScore, SegmentError, SegmentOptions,
};

/// Pages to read: files, the files of directories (sorted), or stdin for `-`.
fn expand(inputs: &[String]) -> Vec<Result<String, String>> {
    let mut out = Vec::new();
    for i in inputs {
        let p = Path::new(i);
        if i == "-" || !p.is_dir() {
            out.push(Ok(i.clone()));
            continue;
        }
        match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut files: Vec<PathBuf> = rd
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| f.is_file() && !f.to_string_lossy().ends_with(".gold.json"))
                    .collect();
                files.sort();
                out.extend(
                    files
                        .into_iter()
                        .map(|f| Ok(f.to_string_lossy().into_owned())),
                );
            }
            Err(e) => out.push(Err(format!("{i}: cannot list directory: {e}"))),
        }
    }
    out
}

fn read_input(name: &str) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if name == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("<stdin>: cannot read")?;
    } else {
        bytes = std::fs::read(name).with_context(|| format!("{name}: cannot read"))?;
    }
    Ok(bytes)
}

fn options(a: &PageArgs) -> Result<SegmentOptions> {
    let now = a
        .now
        .as_deref()
        .map(|s| {
            chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M")
                .or_else(|_| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
                .with_context(|| format!("--now {s:?}: expected YYYY-MM-DDTHH:MM"))
        })
        .transpose()?;
    Ok(SegmentOptions {
        labelling: if a.rules {
            Labelling::Rules
        } else {
            Labelling::Embedded
        },
        input: match a.input.as_deref() {
            Some("txt") | Some("text") => InputKind::Text,
            Some("html") => InputKind::Html,
            _ => InputKind::Auto,
        },
        now,
    })
}

/// One segmented page as [`pages`] hands it on.
struct Segmented {
    /// The path given (or `-`).
    name: String,
    page: Page,
    /// The lines the page was read as, when asked for.
    lines: Option<Vec<String>>,
    /// Whether the run has more than one page.
    of_several: bool,
}

/// Segments each page, reporting failures per file and going on with the
/// rest; with `keep_lines`, each page comes with the lines it was read as.
fn pages(
    a: &PageArgs,
    keep_lines: bool,
    mut each: impl FnMut(Segmented) -> Result<()>,
) -> Result<(usize, usize)> {
    let opts = options(a)?;
    let items = expand(&a.pages);
    let of_several = items.len() > 1;
    let (mut ok, mut failed) = (0, 0);
    for item in items {
        let name = match item {
            Ok(n) => n,
            Err(e) => {
                eprintln!("moderato: {e}");
                failed += 1;
                continue;
            }
        };
        let display = if name == "-" {
            "<stdin>".to_string()
        } else {
            name.clone()
        };
        let page_name = Path::new(&display)
            .file_name()
            .map_or(display.clone(), |f| f.to_string_lossy().into_owned());
        let result = read_input(&name).and_then(|b| {
            guarded(|| {
                if keep_lines {
                    segment_page_with_lines(&page_name, &b, &opts).map(|(p, l)| (p, Some(l)))
                } else {
                    segment_page(&page_name, &b, &opts).map(|p| (p, None))
                }
            })
            .with_context(|| display.clone())
        });
        match result {
            Ok((page, lines)) => {
                each(Segmented {
                    name,
                    page,
                    lines,
                    of_several,
                })?;
                ok += 1;
            }
            Err(e) => {
                eprintln!("moderato: {e:#}");
                failed += 1;
            }
        }
    }
    Ok((ok, failed))
}

/// Runs one page's segmentation so that a bug it hits (a panic, as a
/// first contact with new layouts once found) fails that page with an
/// error and lets the other pages of the run go on.
fn guarded<T>(f: impl FnOnce() -> Result<T, SegmentError>) -> Result<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(r) => Ok(r?),
        Err(p) => {
            let why = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(anyhow::anyhow!(
                "internal error while segmenting ({why}); the page was skipped, please report it"
            ))
        }
    }
}

/// A page as `segment --format json` prints it: keys in alphabetical order
/// (as the earlier `serde_json::Value` printed them), the article included.
/// Written straight to the output: building the whole page as a JSON
/// value and then as one string was the peak of a 10 MB page's memory.
#[derive(serde::Serialize)]
struct PageJson<'a> {
    article: ArticleJson<'a>,
    comments: &'a [crate::segment::Comment],
    line_labels: &'a [crate::segment::LineLabel],
    page: &'a str,
}

#[derive(serde::Serialize)]
struct ArticleJson<'a> {
    body: &'a str,
    headline: &'a str,
    teaser: &'a str,
}

fn write_page_json(p: &Page) -> Result<()> {
    use std::io::Write;
    let page = PageJson {
        article: ArticleJson {
            body: &p.article.body,
            headline: &p.article.headline,
            teaser: &p.article.teaser,
        },
        comments: &p.comments,
        line_labels: &p.line_labels,
        page: &p.page,
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    serde_json::to_writer_pretty(&mut out, &page)?;
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// The page's lines behind their labels; with several pages, each after a
/// `# page` line.
fn write_page_lines(p: &Page, lines: &[String], named: bool) -> Result<()> {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    if named {
        writeln!(out, "# {}", p.page)?;
    }
    for (line, label) in lines.iter().zip(&p.line_labels) {
        writeln!(out, "{}\t{line}", label.as_str())?;
    }
    out.flush()?;
    Ok(())
}

fn gold_path(name: &str) -> PathBuf {
    let p = Path::new(name);
    let stem = p
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    p.with_file_name(format!("{stem}.gold.json"))
}

/// Runs `moderato segment`.
pub fn run(a: SegmentArgs) -> Result<Outcome> {
    let mut total = PageScore::default();
    let mut checked = 0;
    let mut csv_out = csv::Writer::from_writer(std::io::stdout().lock());
    let mut header_done = false;
    let keep_lines = a.format == PageFormat::Lines && !a.check;
    let (_, failed) = pages(&a.page, keep_lines, |seg| {
        let p = seg.page;
        if a.check {
            let s = check_page(&seg.name, &p)?;
            print_score(&p.page, &s, s.is_exact());
            total.add(&s);
            checked += 1;
            return Ok(());
        }
        match a.format {
            PageFormat::Json => write_page_json(&p)?,
            PageFormat::Jsonl => {
                for (i, c) in p.comments.iter().enumerate() {
                    let mut v = serde_json::to_value(c)?;
                    if let Value::Object(o) = &mut v {
                        o.insert("page".into(), json!(p.page));
                        o.insert("index".into(), json!(i + 1));
                    }
                    println!("{v}");
                }
            }
            PageFormat::Csv => write_page_csv(&mut csv_out, &mut header_done, &p)?,
            PageFormat::Lines => {
                write_page_lines(&p, seg.lines.as_deref().unwrap_or_default(), seg.of_several)?
            }
        }
        Ok(())
    })?;
    csv_out.flush()?;
    if a.check && checked > 0 {
        print_score("TOTAL", &total, false);
        if !total.is_exact() {
            return Ok(Outcome::Partial);
        }
    }
    Ok(if failed > 0 {
        Outcome::Partial
    } else {
        Outcome::Ok
    })
}

/// The page scored against its `.gold.json` beside it.
fn check_page(name: &str, p: &Page) -> Result<PageScore> {
    let gp = gold_path(name);
    let gold: GoldPage = serde_json::from_slice(
        &std::fs::read(&gp)
            .with_context(|| format!("{}: no gold file to check against", gp.display()))?,
    )
    .with_context(|| format!("{}: invalid gold file", gp.display()))?;
    Ok(evaluate(p, &gold))
}

/// One line of `segment --check`'s table.
fn print_score(page: &str, s: &PageScore, exact: bool) {
    println!(
        "{:<28} lines {:>4}/{:<4} ({:.3})  comments P {:.3} R {:.3} ({} predicted, {} gold){}",
        page,
        s.lines_correct,
        s.lines,
        s.line_accuracy(),
        s.precision(),
        s.recall(),
        s.predicted,
        s.gold,
        if exact { "  exact" } else { "" }
    );
}

/// The page's comments as CSV rows, after the header row if not yet written.
fn write_page_csv<W: std::io::Write>(
    out: &mut csv::Writer<W>,
    header_done: &mut bool,
    p: &Page,
) -> Result<()> {
    if !*header_done {
        out.write_record([
            "page", "index", "author", "posted", "reply_to", "title", "text",
        ])?;
        *header_done = true;
    }
    for (i, c) in p.comments.iter().enumerate() {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        out.write_record([
            p.page.clone(),
            (i + 1).to_string(),
            o(&c.author),
            o(&c.posted),
            o(&c.reply_to),
            c.title.clone(),
            c.text.clone(),
        ])?;
    }
    Ok(())
}

/// Runs `moderato score-page`.
pub fn run_score(a: ScorePageArgs) -> Result<Outcome> {
    let model: Classifier = load_model(&a.model)?;
    let policy = load_policy(&a.policy)?;
    let context_model = super::context::load_context_model(&a.model)?;
    let labels = model.label_names();
    let (_, failed) = pages(&a.page, false, |seg| {
        let p = seg.page;
        let rows = score_comments(&model, policy.as_ref(), context_model.as_ref(), &p);
        if a.json {
            let comments: Vec<Value> = rows.iter().map(|r| r.to_json(&labels)).collect();
            println!(
                "{}",
                json!({ "page": p.page, "article": p.article, "comments": comments })
            );
            return Ok(());
        }
        println!("{} — {}\n", p.page, p.article.headline);
        if rows.is_empty() {
            println!("  (no reader comments found)\n");
        }
        for (i, r) in rows.iter().enumerate() {
            r.print(i, &labels);
        }
        println!();
        Ok(())
    })?;
    Ok(if failed > 0 {
        Outcome::Partial
    } else {
        Outcome::Ok
    })
}

/// A page comment with everything `score-page` says about it.
struct ScoredComment<'a> {
    comment: &'a crate::segment::Comment,
    scores: Vec<f32>,
    decision: crate::model::Decision,
    explanation: crate::model::Explanation,
    /// Share of the comment's words found in the article.
    overlap: f32,
    policy: Vec<crate::policy::PolicyMatch>,
    /// The off-topic score in context, when a context model is at hand.
    context: Option<crate::context::ContextScore>,
}

/// Scores every comment of `p`: model and policy, explanations, the
/// article overlap, and off-topic in context of the article and thread.
fn score_comments<'a>(
    model: &Classifier,
    policy: Option<&crate::policy::Policy>,
    context_model: Option<&crate::context::ContextModel>,
    p: &'a Page,
) -> Vec<ScoredComment<'a>> {
    let thresholds = model.thresholds();
    let offtopic = model.label_names().iter().position(|l| l == "offtopic");
    let texts: Vec<&str> = p.comments.iter().map(|c| c.text.as_str()).collect();
    let (scores, matches) = crate::policy::score_batch(model, policy, &texts);
    let it = p.comments.iter().zip(scores).zip(matches);
    it.enumerate()
        .map(|(i, ((c, mut s), m))| {
            let in_ctx = match (context_model, offtopic) {
                (Some(cm), Some(off)) => cm
                    .score(&c.text, &page_context(p, i), s[off])
                    .map(|cs| (off, cs)),
                _ => None,
            };
            let (decision, context) = decide_in_context(&mut s, &thresholds, in_ctx);
            ScoredComment {
                comment: c,
                decision: crate::policy::raise(decision, &m),
                explanation: model.explain(&c.text, 3),
                overlap: article_overlap(&c.text, &p.article.body, &p.article.headline),
                scores: s,
                policy: m,
                context,
            }
        })
        .collect()
}

impl ScoredComment<'_> {
    /// The comment's JSON object with its scores beside its fields.
    fn to_json(&self, labels: &[String]) -> Value {
        let mut v = serde_json::to_value(self.comment).unwrap_or(Value::Null);
        if let Value::Object(o) = &mut v {
            for (l, p) in labels.iter().zip(&self.scores) {
                o.insert(l.clone(), json!(p));
            }
            o.insert("decision".into(), json!(self.decision));
            o.insert("policy".into(), json!(self.policy));
            o.insert("article_overlap".into(), json!(self.overlap));
            let cs = self.context.as_ref();
            o.insert(
                "offtopic_context".into(),
                json!(cs.map_or("none", |c| c.context.as_str())),
            );
            if let Some(c) = cs {
                o.insert("context_found".into(), json!(c.found));
                o.insert("context_not_found".into(), json!(c.not_found));
            }
            o.insert(
                "explanation".into(),
                serde_json::to_value(&self.explanation.labels).unwrap_or(Value::Null),
            );
        }
        v
    }

    /// The comment as `score-page` prints it: a header line, its title, the
    /// context words, the spans that drove each label, the policy matches.
    fn print(&self, i: usize, labels: &[String]) {
        let c = self.comment;
        let scores: Vec<String> = labels
            .iter()
            .zip(&self.scores)
            .map(|(l, p)| format!("{l} {p:.2}"))
            .collect();
        println!(
            "#{:<2} {:<22} {:<17} {}  {:<8} overlap {:.2}",
            i + 1,
            c.author.as_deref().unwrap_or("?"),
            c.posted.as_deref().unwrap_or("—"),
            scores.join("  "),
            self.decision.as_str(),
            self.overlap
        );
        println!("    {}", c.title);
        if let Some(cs) = &self.context {
            println!("    {}", crate::context::words_line(cs));
        }
        for l in &self.explanation.labels {
            let spans: Vec<String> = l
                .spans
                .iter()
                .filter(|s| s.weight > 0.0)
                .map(|s| format!("{:?}", s.text))
                .collect();
            if !spans.is_empty() {
                println!("    {} driven by: {}", l.label, spans.join(", "));
            }
        }
        for m in &self.policy {
            let action = if m.mention {
                "mention: routes nothing"
            } else {
                m.action.as_str()
            };
            println!(
                "    policy {} ({action}): {:?} at characters {}..{}",
                m.label(),
                m.text,
                m.char_start,
                m.char_end
            );
        }
    }
}

/// The model's decision on a page comment; with a context score, the
/// off-topic probability and thresholds are the ones in context.
fn decide_in_context(
    s: &mut [f32],
    thresholds: &[crate::model::Thresholds],
    in_ctx: Option<(usize, crate::context::ContextScore)>,
) -> (crate::model::Decision, Option<crate::context::ContextScore>) {
    match in_ctx {
        Some((off, cs)) => {
            s[off] = cs.probability;
            let t = crate::context::thresholds_in_context(thresholds, off, &cs);
            (Classifier::decide(s, &t), Some(cs))
        }
        None => (Classifier::decide(s, thresholds), None),
    }
}

/// Share of a comment's content words (4+ letters) that also occur in the
/// article: a transparent hint for off-topic review, shown next to the model
/// score (the model itself is trained without article text).
fn article_overlap(comment: &str, body: &str, headline: &str) -> f32 {
    let words = |s: &str| -> std::collections::BTreeSet<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect()
    };
    let c = words(comment);
    if c.is_empty() {
        return 0.0;
    }
    let a = words(&format!("{headline} {body}"));
    c.iter().filter(|w| a.contains(*w)).count() as f32 / c.len() as f32
}

/// Comment `i`'s context on its page: the segmented article, the other
/// comments, and the comment it replies to (the last one on the page by the
/// author it names).
fn page_context(p: &crate::segment::Page, i: usize) -> crate::context::Context {
    let a = &p.article;
    let article = crate::context::article_text(&[&a.headline, &a.teaser, &a.body]);
    let c = &p.comments[i];
    let parent = c.reply_to.as_ref().and_then(|to| {
        p.comments
            .iter()
            .enumerate()
            .filter(|&(j, o)| j != i && o.author.as_ref() == Some(to))
            .map(|(_, o)| o.text.clone())
            .next_back()
    });
    crate::context::Context {
        article: Some(article).filter(|t| !t.is_empty()),
        parent,
        thread: p
            .comments
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, o)| o.text.clone())
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::guarded;

    #[test]
    fn a_panicking_page_is_an_error_not_the_end_of_the_run() {
        let e = guarded::<()>(|| panic!("sliced inside a character")).unwrap_err();
        assert!(e.to_string().contains("sliced inside a character"), "{e}");
        let empty = crate::segment::SegmentError::Empty { page: "p".into() };
        assert!(guarded::<()>(|| Err(empty)).is_err());
    }
}
