//! Training the context model from One Million Posts threads and news articles.
//!
//! One Million Posts has thread structure (`ID_Article`, `ID_Parent_Post`)
//! but no article text, and the news articles have text but no comments, so
//! the training set is assembled from four kinds of examples:
//!
//! 1. **own**: each post with an `OffTopic` annotation in its own thread (the
//!    other posts of its article, itself left out, at most 40) and with its
//!    parent when the parent is in the file; label = the annotation. Every
//!    other example uses the thread as a *stand-in for the article* (the
//!    article text is not in the data): the same posts are shown in the
//!    `article` slot instead of the `thread` slot.
//! 2. **thread swaps**: the same post in the thread (and with a parent) of a
//!    random other article; label off-topic. One per post (weight 1).
//! 3. **news swaps**: the post under a random news article; label off-topic.
//!    One for every third post (weight 1/3).
//! 4. **news pseudo-comments**: a sentence from the second half of a news
//!    article under the rest of that article (on-topic) and under an article
//!    of another topic (off-topic): the only examples with real article text
//!    on both sides. One pair per article.
//!
//! Folds group by article, so no thread is split across train and test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use linfa::dataset::DatasetBase;
use linfa::traits::Fit;
use ndarray::Array1;
use sprs::CsMat;

use super::error::ContextError;
use super::features::{Context, Vocabulary, FEATURE_NAMES};
use super::model::{row, ContextModel, Detector};
use crate::eval::roc_auc;
use crate::features::SparseRecords;
use crate::model::{BinaryLogistic, ClassWeight, LogisticParams};

/// Inputs of `moderato train-context`.
#[derive(Debug, Clone)]
pub struct TrainContextParams {
    /// One Million Posts, long format (`posts_labeled.csv`).
    pub omp: PathBuf,
    /// News articles, `topic;'text'` (10kGNAD).
    pub news: PathBuf,
    /// Out-of-fold text-only off-topic probabilities of the posts
    /// (`moderato cv --predictions` output: columns `text`, `offtopic`).
    /// Without them the text-only probability is a constant, so the
    /// One Million Posts figures and the review threshold mean little.
    pub text_predictions: Option<PathBuf>,
    /// Seed of the sampling.
    pub seed: u64,
    /// Cross-validation folds (grouped by article).
    pub folds: usize,
    /// Share of on-topic own placements the review threshold may flag.
    pub review_rate: f32,
}

/// Cross-validated figures, also written into the card.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainReport {
    /// ROC-AUC on One Million Posts own placements with thread/parent context.
    pub omp_auc_context: f64,
    /// The same for the foreignness detector's margin alone.
    pub omp_auc_detector: f64,
    /// The text-only model's out-of-fold probability alone, on the same posts.
    pub omp_auc_text_only: f64,
    /// ROC-AUC own placement vs a foreign thread, on-topic posts only.
    pub swap_auc: f64,
    /// Examples per kind.
    pub counts: BTreeMap<&'static str, usize>,
}

/// A post of One Million Posts.
struct Post {
    article: String,
    parent: Option<String>,
    text: String,
    offtopic: Option<bool>,
}

/// One training example.
struct Example {
    values: Vec<f32>,
    /// The text-only off-topic probability the features were computed with.
    text_probability: f32,
    label: bool,
    group: u64,
    kind: &'static str,
}

/// splitmix64: a seeded, portable random sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn parse_err(path: &Path, line: u64, why: impl ToString) -> ContextError {
    ContextError::Parse {
        path: path.to_path_buf(),
        line,
        why: why.to_string(),
    }
}

/// Reads the posts (one per `ID_Post`) with their `OffTopic` annotation.
fn read_omp(path: &Path) -> Result<BTreeMap<String, Post>, ContextError> {
    let mut r = csv::Reader::from_path(path).map_err(|e| parse_err(path, 1, e))?;
    let h = r.headers().map_err(|e| parse_err(path, 1, e))?.clone();
    let col = |name: &str| {
        h.iter()
            .position(|c| c == name)
            .ok_or_else(|| parse_err(path, 1, format!("no column {name:?}")))
    };
    let [id, parent, article, head, body, cat, val] = [
        "ID_Post",
        "ID_Parent_Post",
        "ID_Article",
        "Headline",
        "Body",
        "Category",
        "Value",
    ]
    .map(col);
    let (id, parent, article, head, body, cat, val) =
        (id?, parent?, article?, head?, body?, cat?, val?);
    let mut posts: BTreeMap<String, Post> = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            parse_err(path, line, e)
        })?;
        let f = |i: usize| rec.get(i).unwrap_or("").trim();
        let p = posts.entry(f(id).to_string()).or_insert_with(|| Post {
            article: f(article).to_string(),
            parent: Some(f(parent).to_string()).filter(|s| !s.is_empty()),
            text: format!("{} {}", f(head), f(body)).trim().to_string(),
            offtopic: None,
        });
        if f(cat) == "OffTopic" {
            p.offtopic = Some(f(val) == "1");
        }
    }
    Ok(posts)
}

/// Reads `cv --predictions` output: text → out-of-fold off-topic probability.
fn read_predictions(path: &Path) -> Result<BTreeMap<String, f32>, ContextError> {
    let mut r = csv::Reader::from_path(path).map_err(|e| parse_err(path, 1, e))?;
    let h = r.headers().map_err(|e| parse_err(path, 1, e))?.clone();
    let col = |n: &str| {
        h.iter()
            .position(|c| c == n)
            .ok_or_else(|| parse_err(path, 1, format!("no column {n:?}")))
    };
    let (t, p) = (col("text")?, col("offtopic")?);
    let mut out = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            parse_err(path, line, e)
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        let v = rec.get(p).unwrap_or("");
        if v.is_empty() {
            continue;
        }
        let prob: f32 = v
            .parse()
            .map_err(|_| parse_err(path, line, format!("offtopic {v:?} is not a number")))?;
        out.insert(rec.get(t).unwrap_or("").trim().to_string(), prob);
    }
    Ok(out)
}

/// Reads `topic;'text'` lines.
fn read_news(path: &Path) -> Result<Vec<(String, String)>, ContextError> {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .quote(b'\'')
        .has_headers(false)
        .from_path(path)
        .map_err(|e| parse_err(path, 1, e))?;
    let mut out = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            parse_err(path, line, e)
        })?;
        match (rec.get(0), rec.get(1)) {
            (Some(t), Some(x)) if !x.trim().is_empty() => out.push((t.into(), x.into())),
            _ => {
                let line = rec.position().map_or(0, |p| p.line());
                return Err(parse_err(path, line, "expected topic;'text'"));
            }
        }
    }
    Ok(out)
}

fn group_of(key: &str) -> u64 {
    xxhash_rust::xxh3::xxh3_64(key.as_bytes())
}

/// Splits news text into sentences of at least six words.
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '!', '?'])
        .map(str::trim)
        .filter(|s| s.split_whitespace().count() >= 6)
        .collect()
}

/// Posts per article (ids in file order), for threads.
fn threads(posts: &BTreeMap<String, Post>) -> BTreeMap<&str, Vec<&str>> {
    let mut t: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (id, p) in posts {
        t.entry(p.article.as_str()).or_default().push(id.as_str());
    }
    t
}

/// The thread of `article` without `skip`, at most 40 posts.
fn thread_texts(
    posts: &BTreeMap<String, Post>,
    threads: &BTreeMap<&str, Vec<&str>>,
    article: &str,
    skip: &str,
) -> Vec<String> {
    threads
        .get(article)
        .into_iter()
        .flatten()
        .filter(|&&id| id != skip)
        .take(40)
        .map(|id| posts[*id].text.clone())
        .collect()
}

/// Shows `thread` either as the thread or as the article stand-in.
fn placed(thread: Vec<String>, parent: Option<String>, as_article: bool) -> Context {
    if as_article {
        Context {
            article: Some(thread.join("\n")).filter(|a| !a.is_empty()),
            parent,
            thread: Vec::new(),
        }
    } else {
        Context {
            article: None,
            parent,
            thread,
        }
    }
}

/// Kinds 1–3 of the module doc from the posts.
fn omp_examples(
    vocab: &Vocabulary,
    posts: &BTreeMap<String, Post>,
    news: &[(String, String)],
    text_prob: &dyn Fn(&str) -> f32,
    rng: &mut Rng,
) -> Vec<Example> {
    let threads = threads(posts);
    let articles: Vec<&str> = threads
        .keys()
        .copied()
        .filter(|a| threads[a].len() > 1)
        .collect();
    let mut out = Vec::new();
    for (id, p) in posts {
        let Some(label) = p.offtopic else { continue };
        let group = group_of(&p.article);
        let as_article = rng.below(2) == 0;
        let parent = p
            .parent
            .as_ref()
            .and_then(|q| posts.get(q))
            .map(|q| q.text.clone());
        let had_parent = parent.is_some();
        let tp = text_prob(&p.text);
        let ctx = placed(
            thread_texts(posts, &threads, &p.article, id),
            parent,
            as_article,
        );
        if ctx.kind() != "none" {
            let f = vocab.features(&p.text, &ctx);
            out.push(Example {
                values: f.values,
                text_probability: tp,
                label,
                group,
                kind: "own",
            });
        }
        let other = articles[rng.below(articles.len())];
        if other != p.article {
            let thread = thread_texts(posts, &threads, other, id);
            let parent = had_parent.then(|| thread[rng.below(thread.len())].clone());
            let f = vocab.features(&p.text, &placed(thread, parent, as_article));
            out.push(Example {
                values: f.values,
                text_probability: tp,
                label: true,
                group,
                kind: "thread swap",
            });
        }
        if rng.below(3) == 0 {
            let (_, text) = &news[rng.below(news.len())];
            let ctx = Context {
                article: Some(text.clone()),
                ..Context::default()
            };
            let f = vocab.features(&p.text, &ctx);
            out.push(Example {
                values: f.values,
                text_probability: tp,
                label: true,
                group,
                kind: "news swap",
            });
        }
    }
    out
}

/// Kind 4 of the module doc.
fn news_examples(
    vocab: &Vocabulary,
    news: &[(String, String)],
    neutral: f32,
    rng: &mut Rng,
) -> Vec<Example> {
    let mut out = Vec::new();
    for (i, (topic, text)) in news.iter().enumerate() {
        let s = sentences(text);
        if s.len() < 6 {
            continue;
        }
        let k = s.len() / 2 + rng.below(s.len() - s.len() / 2);
        let comment = s[k];
        let rest: Vec<&str> = s
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != k)
            .map(|(_, x)| *x)
            .collect();
        let group = group_of(&format!("news:{i}"));
        let own = Context {
            article: Some(rest.join(" ")),
            ..Context::default()
        };
        let f = vocab.features(comment, &own);
        out.push(Example {
            values: f.values,
            text_probability: neutral,
            label: false,
            group,
            kind: "news own",
        });
        for _ in 0..20 {
            let (t, other) = &news[rng.below(news.len())];
            if t != topic {
                let ctx = Context {
                    article: Some(other.clone()),
                    ..Context::default()
                };
                let f = vocab.features(comment, &ctx);
                out.push(Example {
                    values: f.values,
                    text_probability: neutral,
                    label: true,
                    group,
                    kind: "news foreign",
                });
                break;
            }
        }
    }
    out
}

/// Fits the regression on the rows `idx`, using only the feature columns `cols`.
fn fit(ex: &[Example], idx: &[usize], cols: &[usize]) -> Result<BinaryLogistic, ContextError> {
    let mut indptr = vec![0usize];
    let (mut indices, mut data) = (Vec::new(), Vec::new());
    for &i in idx {
        for &c in cols {
            indices.push(c);
            data.push(ex[i].values[c]);
        }
        indptr.push(indices.len());
    }
    let x = CsMat::new((idx.len(), FEATURE_NAMES.len()), indptr, indices, data);
    let y = Array1::from(idx.iter().map(|&i| ex[i].label).collect::<Vec<_>>());
    LogisticParams::new()
        .c(10.0)
        .class_weight(ClassWeight::None)
        .max_iter(500)
        .fit(&DatasetBase::new(SparseRecords::new(x), y))
        .map_err(|e| ContextError::Train(e.to_string()))
}

/// Share of on-topic comments in their own place whose detector margin stays
/// below the offset. Chosen on the One Million Posts grouped CV (README,
/// *Off-topic in context*): 0.85–0.95 and gains 1–4 were tried; 0.9 with gain
/// 1 keeps the own annotations' ROC-AUC at the text-only model's while
/// foreign placements still stand out.
const FOREIGN_QUANTILE: f32 = 0.9;
/// See [`FOREIGN_QUANTILE`].
const FOREIGN_GAIN: f32 = 1.0;

/// On-topic comments in their own place (One Million Posts and news).
fn on_topic_own(e: &Example) -> bool {
    !e.label && (e.kind == "own" || e.kind == "news own")
}

/// Fits the detector on the rows `idx` (feature columns `cols`) and sets its
/// offset from the on-topic own placements among them.
fn fit_detector(ex: &[Example], idx: &[usize], cols: &[usize]) -> Result<Detector, ContextError> {
    let logistic = fit(ex, idx, cols)?;
    let mut on: Vec<f32> = idx
        .iter()
        .filter(|&&i| on_topic_own(&ex[i]))
        .map(|&i| logistic.margin(&row(&ex[i].values)))
        .collect();
    Ok(Detector {
        logistic,
        offset: quantile(&mut on, FOREIGN_QUANTILE).unwrap_or(0.0),
        gain: FOREIGN_GAIN,
    })
}

/// The `q` quantile (nearest rank) of `v`, sorting it.
fn quantile(v: &mut [f32], q: f32) -> Option<f32> {
    v.sort_by(f32::total_cmp);
    let k = (q.clamp(0.0, 1.0) * (v.len().max(1) - 1) as f32).round() as usize;
    v.get(k).copied()
}

/// Out-of-fold context-aware probabilities and detector margins (folds
/// grouped by article).
fn cross_val(
    ex: &[Example],
    folds: usize,
    cols: &[usize],
) -> Result<(Vec<f32>, Vec<f32>), ContextError> {
    let (mut p, mut m) = (vec![0.0f32; ex.len()], vec![0.0f32; ex.len()]);
    for k in 0..folds as u64 {
        let train: Vec<usize> = (0..ex.len())
            .filter(|&i| ex[i].group % folds as u64 != k)
            .collect();
        let d = fit_detector(ex, &train, cols)?;
        for (i, e) in ex.iter().enumerate() {
            if e.group % folds as u64 == k {
                m[i] = d.logistic.margin(&row(&e.values));
                p[i] = d.probability(&e.values, e.text_probability);
            }
        }
    }
    Ok((p, m))
}

fn auc_of(ex: &[Example], p: &[f32], keep: impl Fn(&Example) -> bool) -> f64 {
    let (s, g): (Vec<f32>, Vec<bool>) = ex
        .iter()
        .zip(p)
        .filter(|(e, _)| keep(e))
        .map(|(e, &p)| (p, e.label))
        .unzip();
    roc_auc(&s, &g)
}

/// Trains the context model and reports its cross-validated figures.
pub fn train(params: &TrainContextParams) -> Result<(ContextModel, TrainReport), ContextError> {
    let posts = read_omp(&params.omp)?;
    let news = read_news(&params.news)?;
    if news.is_empty() || posts.is_empty() {
        return Err(ContextError::Train("no posts or no news articles".into()));
    }
    let vocab = Vocabulary::fit(
        news.iter()
            .map(|(_, t)| t.as_str())
            .chain(posts.values().map(|p| p.text.as_str())),
    );
    let preds = match &params.text_predictions {
        Some(p) => read_predictions(p)?,
        None => BTreeMap::new(),
    };
    // News sentences have no text-only prediction: they get the posts' mean,
    // so the text-only probability says nothing about them.
    let neutral = if preds.is_empty() {
        0.2
    } else {
        preds.values().sum::<f32>() / preds.len() as f32
    };
    let text_prob = |t: &str| preds.get(t.trim()).copied().unwrap_or(neutral);
    let mut rng = Rng(params.seed);
    let mut ex = omp_examples(&vocab, &posts, &news, &text_prob, &mut rng);
    ex.extend(news_examples(&vocab, &news, neutral, &mut rng));
    let mut counts: BTreeMap<&'static str, usize> = BTreeMap::new();
    for e in &ex {
        *counts.entry(e.kind).or_default() += 1;
    }
    // The detector judges placement only; what the text says on its own
    // enters through the combination.
    let cols: Vec<usize> = (0..FEATURE_NAMES.len()).collect();
    let folds = params.folds.max(2);
    let (oof, margins) = cross_val(&ex, folds, &cols)?;
    let own = |e: &Example| e.kind == "own";
    let text_only: Vec<f32> = ex.iter().map(|e| e.text_probability).collect();
    let report = TrainReport {
        omp_auc_context: auc_of(&ex, &oof, own),
        omp_auc_detector: auc_of(&ex, &margins, own),
        omp_auc_text_only: auc_of(&ex, &text_only, own),
        swap_auc: auc_of(&ex, &oof, |e| {
            (own(e) && !e.label) || e.kind == "thread swap"
        }),
        counts,
    };
    // The review threshold flags `review_rate` of the on-topic own placements
    // (One Million Posts and news) out of fold.
    let mut on: Vec<f32> = ex
        .iter()
        .zip(&oof)
        .filter(|(e, _)| on_topic_own(e))
        .map(|(_, &p)| p)
        .collect();
    let threshold = quantile(&mut on, 1.0 - params.review_rate).unwrap_or(0.5);
    let detector = fit_detector(&ex, &(0..ex.len()).collect::<Vec<_>>(), &cols)?;
    let card = card(params, &report, &detector, threshold);
    Ok((ContextModel::new(vocab, detector, threshold, card), report))
}

fn card(p: &TrainContextParams, r: &TrainReport, d: &Detector, threshold: f32) -> String {
    let mut s = String::from("# Off-topic context model\n\n");
    s += &format!(
        "Sources: `{}` (threads, parents, OffTopic), `{}` (news articles). Seed {}, {} folds grouped by article.\n\n",
        p.omp.display(), p.news.display(), p.seed, p.folds
    );
    s += "Examples (one each; weights are these counts): ";
    s += &r
        .counts
        .iter()
        .map(|(k, v)| format!("{k} {v}"))
        .collect::<Vec<_>>()
        .join(", ");
    s += ". The foreignness detector learns: off-topic = own posts annotated OffTopic, every swap and every news foreign placement. ";
    s += "The article slot is trained on the thread as a stand-in (no article text in One Million Posts) and on news sentences.\n\n";
    s += &format!(
        "Probability: `logit p = logit p_text + {:.2} · softplus(margin − {:.3})`; the offset is the detector margin that {:.0} % of on-topic own placements stay below.\n\n",
        d.gain, d.offset, FOREIGN_QUANTILE * 100.0
    );
    s += &format!(
        "Cross-validated ROC-AUC on One Million Posts own placements (their OffTopic annotations): {:.3} in context, {:.3} the text-only model's out-of-fold probability alone (`{}`), {:.3} the detector's margin alone; own vs foreign thread (on-topic posts): {:.3}.\n\n",
        r.omp_auc_context, r.omp_auc_text_only, p.text_predictions.as_ref().map_or("none given: the text probability is constant".into(), |p| p.file_name().map_or_else(|| p.display().to_string(), |f| f.to_string_lossy().into_owned())), r.omp_auc_detector, r.swap_auc
    );
    s += &format!(
        "Review threshold {threshold:.4}: flags {:.0} % of on-topic own placements out of fold.\n\nDetector weights: ",
        p.review_rate * 100.0
    );
    s += &FEATURE_NAMES
        .iter()
        .zip(&d.logistic.weights)
        .map(|(n, w)| format!("{n} {w:+.2}"))
        .collect::<Vec<_>>()
        .join(", ");
    s += &format!(", bias {:+.2}\n", d.logistic.bias);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn news_lines_and_sentences_parse() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("news.csv");
        std::fs::write(&p, "Sport;'Rapid gewinnt. Das Derby war spannend bis zum Schluss, sagt der Trainer.'\nWetter;'Regen'\n").unwrap();
        let n = read_news(&p).unwrap();
        assert_eq!(n.len(), 2);
        assert_eq!(
            sentences(&n[0].1),
            vec!["Das Derby war spannend bis zum Schluss, sagt der Trainer."]
        );
        std::fs::write(&p, "Sport\n").unwrap();
        let e = read_news(&p).unwrap_err().to_string();
        assert!(e.contains("news.csv") && e.contains("line 1"), "{e}");
    }
}
