//! The multi-label classifier a user loads: featurizer, one calibrated
//! logistic regression per label, thresholds, and explanations.

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::algorithm::{sigmoid, BinaryLogistic};
use super::card::ModelCard;
use super::table::ScoreTable;
use crate::features::{FeatureHit, Featurizer, Scratch, ScratchPool, DENSE_NAMES};
use crate::text::{tokens, Normalized, Token};

/// Per-label decision thresholds on calibrated probabilities.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Thresholds {
    /// At or above: a moderator should look (chosen by cross-validation to maximize the objective).
    pub review: f32,
    /// At or above: reject without review (chosen for high precision); `None` never rejects.
    pub reject: Option<f32>,
}

/// One label's calibrated model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LabelModel {
    /// Label name, e.g. `toxic`.
    pub name: String,
    /// The linear model on the features.
    #[serde(skip)]
    pub logistic: BinaryLogistic,
    /// Platt scaling `p = σ(a·m + b)` of the margin `m`.
    pub platt: (f32, f32),
    /// Decision thresholds.
    pub thresholds: Thresholds,
}

impl LabelModel {
    /// Calibrated probability from a raw margin.
    pub fn calibrate(&self, margin: f32) -> f32 {
        sigmoid((self.platt.0 * margin + self.platt.1) as f64) as f32
    }
}

/// What to do with a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Publish.
    Approve,
    /// A moderator should look.
    Review,
    /// Reject without review.
    Reject,
}

impl Decision {
    /// Lower-case name as written in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Review => "review",
            Decision::Reject => "reject",
        }
    }
}

/// A span of the original text and how much it pushed a score (in logits).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Span {
    /// Start byte in the original text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Start in Unicode scalar values.
    pub char_start: usize,
    /// End in Unicode scalar values (exclusive).
    pub char_end: usize,
    /// The original text of the span.
    pub text: String,
    /// Contribution to the margin: positive pushes towards the label.
    pub weight: f32,
}

/// Why one label scored as it did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LabelExplanation {
    /// Label name.
    pub label: String,
    /// Calibrated probability.
    pub probability: f32,
    /// Spans sorted by absolute contribution, largest first.
    pub spans: Vec<Span>,
    /// Whole-text signals (capitals, punctuation runs…) with their contribution.
    pub signals: Vec<(String, f32)>,
}

/// Explanations of every label for one text.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Explanation {
    /// The text explained.
    pub text: String,
    /// Per label.
    pub labels: Vec<LabelExplanation>,
}

/// A trained moderato model.
#[derive(Debug, Clone)]
pub struct Classifier {
    /// Featurizer with its IDF table.
    pub featurizer: Featurizer,
    /// One model per label, in fixed order.
    pub labels: Vec<LabelModel>,
    /// The model card.
    pub card: ModelCard,
    /// Per bucket `[idf, w_label1, w_label2, …]`, for scoring.
    table: ScoreTable,
    /// Scratch buffers (with their word caches) between batches.
    scratch: ScratchPool,
}

impl Classifier {
    /// Assembles a model and builds its scoring table.
    pub fn new(featurizer: Featurizer, labels: Vec<LabelModel>, card: ModelCard) -> Self {
        let weights: Vec<&[f32]> = labels
            .iter()
            .map(|l| l.logistic.weights.as_slice())
            .collect();
        let table = ScoreTable::new(featurizer.buckets(), featurizer.idf(), &weights);
        Self {
            featurizer,
            labels,
            card,
            table,
            scratch: ScratchPool::default(),
        }
    }

    /// Raw margins of one text, straight from the n-grams (no row is built):
    /// per block, Σ w·v / ‖v‖ with v = (1 + ln count)·idf, plus dense signals.
    /// Needs at most 8 labels (the table stride is a const generic up to 9).
    fn margins_into(&self, text: &str, s: &mut Scratch, out: &mut Vec<f32>) {
        match 1 + self.labels.len() {
            2 => self.margins_strided::<2>(text, s, out),
            3 => self.margins_strided::<3>(text, s, out),
            4 => self.margins_strided::<4>(text, s, out),
            5 => self.margins_strided::<5>(text, s, out),
            6 => self.margins_strided::<6>(text, s, out),
            7 => self.margins_strided::<7>(text, s, out),
            8 => self.margins_strided::<8>(text, s, out),
            9 => self.margins_strided::<9>(text, s, out),
            n => unreachable!("fast path with {} labels", n - 1),
        }
    }

    /// [`Self::margins_into`] with the table stride `S` known to the compiler.
    ///
    /// The table (one byte per value, see `model::table`) is about a core's
    /// L2 cache, so a distinct bucket may still cost a miss when the sums
    /// reach it. Each bucket's row is therefore prefetched as soon as its
    /// n-gram is hashed, and has arrived by the time the sums (over distinct
    /// buckets in the order first seen, see `features::counts`) need it.
    /// The weights are the table's rounded ones: margins differ from the
    /// exact sums ([`BinaryLogistic::margin`], which `explain` uses) by a
    /// few thousandths of a logit.
    fn margins_strided<const S: usize>(&self, text: &str, s: &mut Scratch, out: &mut Vec<f32>) {
        let nl = S - 1;
        out.clear();
        out.extend(self.labels.iter().map(|l| l.logistic.bias));
        self.featurizer
            .counted_ngrams(text, s, |f| self.table.prefetch(f));
        let levels: &[_; S] = self.table.levels[..S]
            .try_into()
            .expect("one column of levels per table column");
        for counts in [&s.word_counts, &s.char_counts, &s.cue_counts] {
            let mut norm2 = 0.0f32;
            let mut dots = [0.0f32; S];
            for (f, n) in counts.iter() {
                let row = self.table.row::<S>(f);
                let idf = levels[0].value(row[0]);
                // ln 1 = 0: most n-grams occur once, and skipping the call
                // leaves v exactly the idf.
                let v = if n == 1 {
                    idf
                } else {
                    (1.0 + (n as f32).ln()) * idf
                };
                norm2 += v * v;
                for k in 0..nl {
                    dots[k] += levels[1 + k].value(row[1 + k]) * v;
                }
            }
            if norm2 > 0.0 {
                let inv = 1.0 / norm2.sqrt();
                for k in 0..nl {
                    out[k] += dots[k] * inv;
                }
            }
        }
        let base = self.featurizer.buckets();
        for (d, v) in self.featurizer.dense(text, s).iter().enumerate() {
            for (k, l) in self.labels.iter().enumerate() {
                out[k] += l.logistic.weights.get(base + d).copied().unwrap_or(0.0) * v;
            }
        }
    }

    /// Label names in column order.
    pub fn label_names(&self) -> Vec<String> {
        self.labels.iter().map(|l| l.name.clone()).collect()
    }

    /// Calibrated probabilities of many texts, in order, on all rayon threads.
    pub fn score_batch<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Vec<f32>> {
        texts
            .par_iter()
            .map_init(
                || self.scratch.lend(&self.featurizer),
                |s, t| self.score_one(t.as_ref(), s),
            )
            .collect()
    }

    /// [`Self::score_batch`], also handing each text, its normalized form
    /// and that form's tokens to `also`, so that word-list matching
    /// (`crate::policy`) reuses them instead of paying for them twice.
    pub fn score_batch_with<S, T, F>(&self, texts: &[S], also: F) -> Vec<(Vec<f32>, T)>
    where
        S: AsRef<str> + Sync,
        T: Send,
        F: Fn(&str, &Normalized, &[Token]) -> T + Sync,
    {
        texts
            .par_iter()
            .map_init(
                || self.scratch.lend(&self.featurizer),
                |s, t| {
                    let p = self.score_one(t.as_ref(), s);
                    (p, also(t.as_ref(), &s.norm, s.tokens()))
                },
            )
            .collect()
    }

    fn score_one(&self, text: &str, s: &mut Scratch) -> Vec<f32> {
        let mut m = Vec::with_capacity(self.labels.len());
        if self.labels.len() <= 8 {
            self.margins_into(text, s, &mut m);
        } else {
            self.featurizer.row(text, s);
            m.extend(self.labels.iter().map(|l| l.logistic.margin(&s.row)));
        }
        self.labels
            .iter()
            .zip(m)
            .map(|(l, z)| l.calibrate(z))
            .collect()
    }

    /// Calibrated probabilities of one text.
    pub fn score(&self, text: &str) -> Vec<f32> {
        self.score_batch(&[text]).pop().unwrap_or_default()
    }

    /// The decision for probabilities under the given thresholds (one per label).
    pub fn decide(probs: &[f32], thresholds: &[Thresholds]) -> Decision {
        let mut d = Decision::Approve;
        for (p, t) in probs.iter().zip(thresholds) {
            if t.reject.is_some_and(|r| *p >= r) {
                return Decision::Reject;
            }
            if *p >= t.review {
                d = Decision::Review;
            }
        }
        d
    }

    /// The stored thresholds, one per label.
    pub fn thresholds(&self) -> Vec<Thresholds> {
        self.labels.iter().map(|l| l.thresholds).collect()
    }

    /// The words that pushed each label's score most, with offsets into `text`.
    pub fn explain(&self, text: &str, top: usize) -> Explanation {
        let (norm, row, hits) = self.featurizer.explain_row(text);
        let toks: Vec<_> = tokens(&norm.text).collect();
        // The tokens each hit covers, found once for all labels: tokens are
        // sorted and disjoint, so two binary searches bound the run (a scan
        // of all tokens per hit made long texts quadratic).
        let covered: Vec<std::ops::Range<usize>> = hits
            .iter()
            .map(|h| {
                let end = h.end.max(h.start + 1);
                let first = toks.partition_point(|t| t.end <= h.start);
                let last = toks.partition_point(|t| t.start < end);
                first..last.max(first)
            })
            .collect();
        let occurrences = Occurrences::of(&hits, &covered);
        // The probability is the score's (table weights, see
        // `margins_strided`), so that an explanation never shows another
        // number than scoring gave; the spans' shares use the exact weights.
        let probs = self.score(text);
        let labels = self
            .labels
            .iter()
            .zip(probs)
            .map(|(l, probability)| {
                let per_tok = occurrences.credit(l, &row, toks.len());
                LabelExplanation {
                    label: l.name.clone(),
                    probability,
                    spans: top_spans(text, &norm, &toks, &per_tok, top),
                    signals: self.signals(l, &row),
                }
            })
            .collect();
        Explanation {
            text: text.to_string(),
            labels,
        }
    }

    /// The dense signals' contributions to label `l`'s margin, where they matter.
    fn signals(&self, l: &LabelModel, row: &[(u32, f32)]) -> Vec<(String, f32)> {
        let buckets = self.featurizer.buckets();
        row.iter()
            .filter(|(f, _)| *f as usize >= buckets)
            .map(|&(f, v)| {
                let w = l.logistic.weights.get(f as usize).copied().unwrap_or(0.0);
                (DENSE_NAMES[f as usize - buckets].to_string(), w * v)
            })
            .filter(|(_, c)| c.abs() >= 1e-3)
            .collect()
    }
}

/// Where a text's hashed features occur: every hit with the tokens it
/// covers, and how often each feature occurs (a feature's contribution is
/// shared equally among its occurrences).
struct Occurrences<'a> {
    hits: &'a [FeatureHit],
    covered: &'a [std::ops::Range<usize>],
    count: std::collections::BTreeMap<u32, u32>,
}

impl<'a> Occurrences<'a> {
    fn of(hits: &'a [FeatureHit], covered: &'a [std::ops::Range<usize>]) -> Self {
        let mut count = std::collections::BTreeMap::<u32, u32>::new();
        for h in hits {
            *count.entry(h.feature).or_default() += 1;
        }
        Self {
            hits,
            covered,
            count,
        }
    }

    /// Label `l`'s margin credited to each of `n` tokens, each occurrence's
    /// share spread over the words it covers.
    fn credit(&self, l: &LabelModel, row: &[(u32, f32)], n: usize) -> Vec<f32> {
        let value = |f: u32| {
            row.binary_search_by_key(&f, |r| r.0)
                .map(|i| row[i].1)
                .unwrap_or(0.0)
        };
        let mut per_tok = vec![0.0f32; n];
        for (h, cov) in self.hits.iter().zip(self.covered) {
            if cov.is_empty() {
                continue;
            }
            let w = l
                .logistic
                .weights
                .get(h.feature as usize)
                .copied()
                .unwrap_or(0.0);
            let c = w * value(h.feature) / self.count[&h.feature] as f32;
            let share = c / cov.len() as f32;
            for t in &mut per_tok[cov.clone()] {
                *t += share;
            }
        }
        per_tok
    }
}

/// The `top` tokens with the largest credit (in either direction) as spans
/// of the original `text`, one span per original range.
fn top_spans(
    text: &str,
    norm: &Normalized,
    toks: &[Token],
    per_tok: &[f32],
    top: usize,
) -> Vec<Span> {
    let mut order: Vec<usize> = (0..toks.len()).collect();
    order.sort_by(|&a, &b| per_tok[b].abs().total_cmp(&per_tok[a].abs()));
    let mut spans: Vec<Span> = Vec::new();
    for i in order {
        if spans.len() >= top || per_tok[i].abs() < 1e-4 {
            break;
        }
        let (s, e) = norm.original_span(toks[i].start, toks[i].end);
        if spans.iter().any(|x| x.start == s && x.end == e) {
            continue;
        }
        spans.push(Span {
            start: s,
            end: e,
            char_start: text[..s].chars().count(),
            char_end: text[..e].chars().count(),
            text: text[s..e].to_string(),
            weight: per_tok[i],
        });
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::FeaturizerParams;
    use linfa::ParamGuard;

    #[test]
    fn fast_path_matches_the_row_path() {
        let texts = [
            "Du bist ein Idiot!!",
            "Danke für den Artikel über die Rente",
            "ein test",
            "H4LL0 @anna www.x.de",
        ];
        let f = Featurizer::fit(
            FeaturizerParams::new()
                .buckets_log2(12)
                .min_df(1)
                .check()
                .unwrap(),
            &texts,
        );
        let n = f.nfeatures();
        let weights = |seed: usize| {
            (0..n)
                .map(|i| ((i * 7919 + seed) % 13) as f32 / 13.0 - 0.5)
                .collect::<Vec<_>>()
        };
        let label = |name: &str, seed| LabelModel {
            name: name.into(),
            logistic: BinaryLogistic {
                weights: weights(seed),
                bias: 0.1,
                converged: true,
            },
            platt: (1.0, 0.0),
            thresholds: Thresholds {
                review: 0.5,
                reject: None,
            },
        };
        let m = Classifier::new(f, vec![label("a", 1), label("b", 2)], ModelCard::default());
        let mut s = m.featurizer.scratch();
        for t in texts {
            let mut fast = Vec::new();
            m.margins_into(t, &mut s, &mut fast);
            m.featurizer.row(t, &mut s);
            for (k, l) in m.labels.iter().enumerate() {
                let slow = l.logistic.margin(&s.row);
                assert!((fast[k] - slow).abs() < 1e-4, "{t}: {} vs {slow}", fast[k]);
            }
        }
    }

    /// A small model over a few German sentences, with fixed pseudo-random weights.
    fn toy_model() -> Classifier {
        let texts = [
            "Du bist ein Idiot!!",
            "Danke für den Artikel über die Rente",
            "ein test",
        ];
        let f = Featurizer::fit(
            FeaturizerParams::new()
                .buckets_log2(12)
                .min_df(1)
                .check()
                .unwrap(),
            &texts,
        );
        let weights = (0..f.nfeatures())
            .map(|i| ((i * 7919) % 13) as f32 / 13.0 - 0.5)
            .collect();
        let label = LabelModel {
            name: "toxic".into(),
            logistic: BinaryLogistic {
                weights,
                bias: 0.0,
                converged: true,
            },
            platt: (1.0, 0.0),
            thresholds: Thresholds {
                review: 0.5,
                reject: None,
            },
        };
        Classifier::new(f, vec![label], ModelCard::default())
    }

    #[test]
    fn explain_is_linear_in_text_length() {
        // With every feature hit scanning every token these took hours
        // (1.2 million hits × 80,000 tokens for the ﷺ text); linear, they take
        // a few seconds unoptimized (mostly featurizing), well under the bound.
        let m = toy_model();
        for text in ["\u{FDFA}".repeat(20_000), "1d10t ".repeat(20_000)] {
            let t0 = std::time::Instant::now();
            let e = m.explain(&text, 5);
            let took = t0.elapsed();
            assert_eq!(e.labels.len(), 1);
            assert!(took.as_secs_f64() < 30.0, "explain took {took:?}");
        }
        let e = m.explain("Du bist ein 1d10t", 5);
        let words: Vec<&str> = e.labels[0].spans.iter().map(|s| s.text.as_str()).collect();
        assert!(words.contains(&"1d10t"), "{words:?}");
    }

    #[test]
    fn decisions_follow_thresholds() {
        let t = [
            Thresholds {
                review: 0.5,
                reject: Some(0.9),
            },
            Thresholds {
                review: 0.6,
                reject: None,
            },
        ];
        assert_eq!(Classifier::decide(&[0.1, 0.1], &t), Decision::Approve);
        assert_eq!(Classifier::decide(&[0.6, 0.1], &t), Decision::Review);
        assert_eq!(Classifier::decide(&[0.1, 0.99], &t), Decision::Review);
        assert_eq!(Classifier::decide(&[0.95, 0.1], &t), Decision::Reject);
    }
}
