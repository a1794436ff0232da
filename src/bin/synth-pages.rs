//! `synth-pages`: generated article pages for the segmenter.
//!
//! ```text
//! synth-pages write --data ../shared/data --out /tmp/pages [--pages 3]
//! synth-pages eval  --data ../shared/data [--pages 20] [--model FILE | --rules]
//! synth-pages train --data ../shared/data --seed 1 [--pages 30] -o models/segmenter.model
//! synth-pages lofo  --data ../shared/data [--pages 30] [--test-pages 20] [--families 0-35]
//! ```
//!
//! `train` fits the line labeller on pages of every family; `lofo` fits it
//! once per family on all the other families and evaluates it on the one
//! left out.
//!
//! `write` renders pages of every family with their `.gold.json` files
//! (for `moderato segment --check`); `eval` segments pages of every family
//! and prints line accuracy and comment precision, recall and F1 per
//! family, text and HTML families averaged apart.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use std::sync::Arc;

use moderato::segment::learn::{train, Labeller, TrainParams};
use moderato::segment::synth::{self, Corpus, Family, Markup, SynthPage, FAMILIES};
use moderato::segment::{evaluate, segment_page, InputKind, Labelling, PageScore, SegmentOptions};

struct Args {
    cmd: String,
    data: PathBuf,
    out: Option<PathBuf>,
    pages: u64,
    test_pages: u64,
    seed: u64,
    model: Option<PathBuf>,
    rules: bool,
    /// Families (by index) that `lofo` leaves out in turn.
    range: std::ops::Range<usize>,
}

fn parse() -> Result<Args> {
    let mut it = std::env::args().skip(1);
    let cmd = it.next().unwrap_or_default();
    let mut a = Args {
        cmd,
        data: PathBuf::from("../shared/data"),
        out: None,
        pages: 20,
        test_pages: 20,
        seed: 1,
        model: None,
        rules: false,
        range: 0..FAMILIES.len(),
    };
    while let Some(flag) = it.next() {
        if flag == "--rules" {
            a.rules = true;
            continue;
        }
        let val = it.next().with_context(|| format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--data" => a.data = val.into(),
            "--out" | "-o" => a.out = Some(val.into()),
            "--model" => a.model = Some(val.into()),
            "--seed" => a.seed = val.parse().with_context(|| format!("--seed {val:?}"))?,
            "--families" => {
                let (lo, hi) = val
                    .split_once('-')
                    .context("--families expects FROM-TO, e.g. 0-17")?;
                a.range = lo.parse()?..hi.parse::<usize>()?.min(FAMILIES.len() - 1) + 1;
            }
            "--test-pages" => {
                a.test_pages = val
                    .parse()
                    .with_context(|| format!("--test-pages {val:?}"))?
            }
            "--pages" => a.pages = val.parse().with_context(|| format!("--pages {val:?}"))?,
            _ => bail!("unknown option {flag}"),
        }
    }
    Ok(a)
}

fn write(a: &Args, corpus: &Corpus) -> Result<()> {
    let out = a.out.as_ref().context("write needs --out DIR")?;
    std::fs::create_dir_all(out).with_context(|| format!("{}: cannot create", out.display()))?;
    for fam in FAMILIES {
        for seed in 0..a.pages {
            let p = synth::generate(fam, corpus, seed);
            let path = out.join(&p.name);
            std::fs::write(&path, &p.content).with_context(|| format!("{}", path.display()))?;
            let stem = p.name.rsplit_once('.').map_or(p.name.as_str(), |s| s.0);
            let gold = serde_json::to_string_pretty(&p.gold)?;
            std::fs::write(out.join(format!("{stem}.gold.json")), gold)?;
        }
    }
    println!(
        "wrote {} pages to {} (check with --now {})",
        FAMILIES.len() as u64 * a.pages,
        out.display(),
        synth::scrape_time().format("%Y-%m-%dT%H:%M")
    );
    Ok(())
}

fn f1(s: &PageScore) -> f64 {
    let (p, r) = (s.precision(), s.recall());
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Seeds of evaluation pages, apart from every training seed.
const TEST_SEEDS: u64 = 900_000_000;

/// Scores the segmenter on `pages` pages of one family.
fn score_family(
    fam: &Family,
    corpus: &Corpus,
    pages: u64,
    labelling: &Labelling,
) -> Result<PageScore> {
    let html = fam.markup != Markup::Text;
    let mut total = PageScore::default();
    for seed in 0..pages {
        let p = synth::generate(fam, corpus, TEST_SEEDS + seed);
        let opts = SegmentOptions {
            labelling: labelling.clone(),
            input: if html {
                InputKind::Html
            } else {
                InputKind::Text
            },
            now: Some(p.now),
        };
        let page = segment_page(&p.name, p.content.as_bytes(), &opts)?;
        total.add(&evaluate(&page, &p.gold));
    }
    Ok(total)
}

/// Prints the per-family table, text and HTML means apart.
fn table(rows: &[(&Family, PageScore)], pages: u64) {
    println!("| family | kind | pages | line acc. | comment P | comment R | comment F1 |");
    println!("|---|---|---:|---:|---:|---:|---:|");
    let mut sums = [(0.0, 0.0, f64::INFINITY, 0usize); 2];
    for (fam, t) in rows {
        let html = fam.markup != Markup::Text;
        let kind = if html { "html" } else { "text" };
        println!(
            "| {} | {kind} | {pages} | {:.3} | {:.3} | {:.3} | {:.3} |",
            fam.name,
            t.line_accuracy(),
            t.precision(),
            t.recall(),
            f1(t)
        );
        let s = &mut sums[usize::from(html)];
        s.0 += t.line_accuracy();
        s.1 += f1(t);
        s.2 = f64::min(s.2, f1(t));
        s.3 += 1;
    }
    for (kind, s) in ["text", "html"].iter().zip(sums) {
        if s.3 > 0 {
            println!(
                "| **mean over {} {kind} families** | | | **{:.3}** | | | **{:.3}** (lowest {:.3}) |",
                s.3,
                s.0 / s.3 as f64,
                s.1 / s.3 as f64,
                s.2
            );
        }
    }
}

fn eval(a: &Args, corpus: &Corpus) -> Result<()> {
    let labelling = if a.rules {
        Labelling::Rules
    } else if let Some(m) = &a.model {
        let bytes = std::fs::read(m).with_context(|| format!("{}: cannot read", m.display()))?;
        Labelling::Model(Arc::new(
            Labeller::from_bytes(&bytes).with_context(|| m.display().to_string())?,
        ))
    } else {
        Labelling::Embedded
    };
    let mut rows = Vec::new();
    for fam in FAMILIES {
        rows.push((fam, score_family(fam, corpus, a.test_pages, &labelling)?));
    }
    table(&rows, a.test_pages);
    Ok(())
}

/// Training pages: `pages` of each family in `fams`.
fn training_pages(fams: &[&Family], corpus: &Corpus, pages: u64, seed: u64) -> Vec<SynthPage> {
    let mut out = Vec::new();
    for fam in fams {
        for j in 0..pages {
            out.push(synth::generate(fam, corpus, seed * 100_000 + j));
        }
    }
    out
}

fn train_cmd(a: &Args, corpus: &Corpus) -> Result<()> {
    let out = a.out.as_ref().context("train needs -o FILE")?;
    let fams: Vec<&Family> = FAMILIES.iter().filter(|f| f.shipped).collect();
    let pages = training_pages(&fams, corpus, a.pages, a.seed);
    let params = TrainParams {
        seed: a.seed,
        ..TrainParams::default()
    };
    let model = train(&pages, &params)?;
    let tmp = out.with_extension("tmp");
    std::fs::write(&tmp, model.to_bytes()).with_context(|| format!("{}", tmp.display()))?;
    std::fs::rename(&tmp, out).with_context(|| format!("{}", out.display()))?;
    println!(
        "fitted on {} pages of {} families; wrote {}",
        pages.len(),
        fams.len(),
        out.display()
    );
    Ok(())
}

fn lofo(a: &Args, corpus: &Corpus) -> Result<()> {
    let mut rows = Vec::new();
    for (k, fam) in FAMILIES.iter().enumerate() {
        if !a.range.contains(&k) {
            continue;
        }
        let others: Vec<&Family> = FAMILIES
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != k)
            .map(|(_, f)| f)
            .collect();
        let pages = training_pages(&others, corpus, a.pages, a.seed);
        let params = TrainParams {
            seed: a.seed,
            ..TrainParams::default()
        };
        let model = Arc::new(train(&pages, &params)?);
        let score = score_family(fam, corpus, a.test_pages, &Labelling::Model(model))?;
        eprintln!("{}: F1 {:.3}", fam.name, f1(&score));
        rows.push((fam, score));
    }
    table(&rows, a.test_pages);
    Ok(())
}

fn main() -> ExitCode {
    let run = || -> Result<()> {
        let a = parse()?;
        let corpus = Corpus::load(&a.data)
            .with_context(|| format!("{}: cannot read the shared data", a.data.display()))?;
        match a.cmd.as_str() {
            "write" => write(&a, &corpus),
            "eval" => eval(&a, &corpus),
            "train" => train_cmd(&a, &corpus),
            "lofo" => lofo(&a, &corpus),
            other => bail!("unknown command {other:?}; expected write, eval, train or lofo"),
        }
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth-pages: {e:#}");
            ExitCode::from(2)
        }
    }
}
