//! Similarity features between a comment and its context.
//!
//! Words are reduced to lower-case five-character prefixes: German
//! inflection and compounding mostly change word endings, so `Derbysieg`,
//! `Derbys` and `Derby` meet at `derby` without a stemmer crate. Weights are
//! IDF from news articles and forum posts, so that shared rare words
//! (`Koralmbahn`) count and shared common ones (`heute`) barely do.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// Prefix length of a stem, in characters.
const STEM_CHARS: usize = 5;

/// German function words and forum filler that say nothing about a topic.
const STOPWORDS: &[&str] = &[
    "aber", "alle", "allem", "allen", "aller", "alles", "als", "also", "am", "an", "auch", "auf",
    "aus", "bei", "beim", "bin", "bis", "bist", "da", "dabei", "damit", "dann", "das", "dass",
    "dem", "den", "denn", "der", "des", "die", "dies", "diese", "diesem", "diesen", "dieser",
    "dieses", "doch", "dort", "du", "durch", "ein", "eine", "einem", "einen", "einer", "eines",
    "er", "es", "etwas", "euch", "für", "gar", "gegen", "gibt", "ganz", "hab", "habe", "haben",
    "hat", "hatte", "hier", "hin", "ich", "ihm", "ihn", "ihnen", "ihr", "ihre", "im", "immer",
    "in", "ist", "ja", "jede", "jeder", "jetzt", "kann", "kein", "keine", "können", "man", "mehr",
    "mein", "meine", "mich", "mir", "mit", "muss", "nach", "nicht", "nichts", "noch", "nun", "nur",
    "ob", "oder", "ohne", "schon", "sehr", "sein", "seine", "sich", "sie", "sind", "so", "soll",
    "sollte", "sondern", "über", "um", "und", "uns", "unser", "unter", "viel", "vom", "von", "vor",
    "war", "waren", "was", "weil", "wenn", "wer", "werden", "wie", "wieder", "will", "wir", "wird",
    "wo", "wurde", "zu", "zum", "zur", "einfach", "eben", "halt", "mal", "wohl", "gut", "heute",
    "neue", "neuen", "the", "and", "sagt", "sagte", "wäre", "würde", "würden", "hätte", "gibt",
    "geht", "einmal", "selbst", "dafür", "davon", "daher", "denen",
];

/// Stems that signal talk about the site, the account or the moderation, or
/// advertising: off-topic under any article.
const META_STEMS: &[&str] = &[
    "abo", "abonn", "posti", "moder", "forum", "gelös", "regis", "login", "passw", "accou",
    "zensu", "sperr", "redak", "newsl", "updat", "klick", "rabat", "koste", "onlin", "kanal",
    "verdi", "bitco", "www", "http", "https", "singl", "rezep", "admin", "comme",
];

/// Names of the feature columns, in order (shown by `info` and the card).
pub const FEATURE_NAMES: [&str; 16] = [
    "has_article",
    "cos_article",
    "cover_article",
    "has_parent",
    "cos_parent",
    "cover_parent",
    "has_thread",
    "cos_thread",
    "cover_thread",
    "best_cover",
    "names_numbers_cover",
    "has_link",
    "meta_talk",
    "log_length",
    "best_cover_x_length",
    "text_logit",
];

/// The stems of a text: lower-cased, stopwords and one- or two-letter words
/// (except numbers) dropped, cut to five characters.
pub fn stems(text: &str) -> Vec<String> {
    words(text).map(|(w, _)| stem(&w)).collect()
}

/// Content words with their byte offsets, lower-cased.
fn words(text: &str) -> impl Iterator<Item = (String, usize)> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(move |w| {
            (
                w.to_lowercase(),
                w.as_ptr() as usize - text.as_ptr() as usize,
            )
        })
        .filter(|(w, _)| {
            let digits = w.chars().all(|c| c.is_ascii_digit());
            (digits && w.len() >= 2) || (!digits && w.chars().count() >= 3)
        })
        .filter(|(w, _)| !STOPWORDS.contains(&w.as_str()))
}

fn stem(w: &str) -> String {
    w.chars().take(STEM_CHARS).collect()
}

/// Inverse document frequencies of stems, learnt from news and forum text.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Vocabulary {
    /// IDF per stem seen in at least two documents.
    pub idf: BTreeMap<String, f32>,
    /// IDF of a stem never seen (as rare as a stem seen once).
    pub unseen_idf: f32,
}

impl Vocabulary {
    /// Builds IDF from documents: `ln((1 + n) / (1 + df)) + 1`.
    pub fn fit<'a>(docs: impl IntoIterator<Item = &'a str>) -> Self {
        let mut df: BTreeMap<String, u32> = BTreeMap::new();
        let mut n = 0u32;
        for d in docs {
            n += 1;
            let uniq: BTreeSet<String> = stems(d).into_iter().collect();
            for s in uniq {
                *df.entry(s).or_default() += 1;
            }
        }
        let idf_of = |df: u32| ((1.0 + n as f32) / (1.0 + df as f32)).ln() + 1.0;
        Self {
            idf: df
                .into_iter()
                .filter(|&(_, d)| d >= 2)
                .map(|(s, d)| (s, idf_of(d)))
                .collect(),
            unseen_idf: idf_of(1),
        }
    }

    fn idf(&self, stem: &str) -> f32 {
        self.idf.get(stem).copied().unwrap_or(self.unseen_idf)
    }

    /// TF-IDF bag of a text, L2-normalized.
    pub fn bag(&self, text: &str) -> Bag {
        let mut w: BTreeMap<String, f32> = BTreeMap::new();
        for s in stems(text) {
            *w.entry(s).or_default() += 1.0;
        }
        for (s, v) in w.iter_mut() {
            *v = (1.0 + v.ln()) * self.idf(s);
        }
        let norm = w.values().map(|v| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            w.values_mut().for_each(|v| *v /= norm);
        }
        Bag { weights: w }
    }
}

/// A text's stems with normalized TF-IDF weights.
#[derive(Debug, Clone, Default)]
pub struct Bag {
    weights: BTreeMap<String, f32>,
}

impl Bag {
    fn cosine(&self, other: &Bag) -> f32 {
        self.weights
            .iter()
            .filter_map(|(s, v)| other.weights.get(s).map(|o| v * o))
            .sum()
    }

    fn contains(&self, stem: &str) -> bool {
        self.weights.contains_key(stem)
    }

    fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// What a comment is judged against; every part is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// Headline, teaser and body of the article, joined.
    pub article: Option<String>,
    /// The comment this one replies to.
    pub parent: Option<String>,
    /// Other comments under the same article (not this one).
    pub thread: Vec<String>,
}

impl Context {
    /// Which parts are present, as `article+parent+thread` or `none`.
    pub fn kind(&self) -> String {
        let mut parts = Vec::new();
        if self
            .article
            .as_deref()
            .is_some_and(|a| !a.trim().is_empty())
        {
            parts.push("article");
        }
        if self.parent.as_deref().is_some_and(|p| !p.trim().is_empty()) {
            parts.push("parent");
        }
        if self.thread.iter().any(|t| !t.trim().is_empty()) {
            parts.push("thread");
        }
        if parts.is_empty() {
            "none".into()
        } else {
            parts.join("+")
        }
    }
}

/// The features of one comment in its context, with the words behind them.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContextFeatures {
    /// One value per [`FEATURE_NAMES`] entry.
    pub values: Vec<f32>,
    /// Comment words found in the context (original spelling, deduplicated).
    pub found: Vec<String>,
    /// Comment content words not found in any context.
    pub not_found: Vec<String>,
}

/// The text-only probability as a logit, scaled to the other features' range.
pub fn text_logit(p: f32) -> f32 {
    let p = p.clamp(1e-4, 1.0 - 1e-4);
    (p / (1.0 - p)).ln() / 4.0
}

/// IDF-weighted share of the comment's stems that occur in `bag`.
fn cover(vocab: &Vocabulary, comment: &[String], bag: &Bag) -> f32 {
    let total: f32 = comment.iter().map(|s| vocab.idf(s)).sum();
    if total == 0.0 {
        return 0.0;
    }
    comment
        .iter()
        .filter(|s| bag.contains(s))
        .map(|s| vocab.idf(s))
        .sum::<f32>()
        / total
}

/// Capitalised words after the first of each sentence, and numbers: names,
/// places, nouns and figures that tie a comment to a story.
fn names_and_numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    for w in text.split_whitespace() {
        let core: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        let first = core.chars().next();
        let is_number = first.is_some_and(|c| c.is_ascii_digit()) && core.len() >= 2;
        let is_name = !sentence_start && first.is_some_and(char::is_uppercase);
        if (is_number || is_name) && core.chars().count() >= 2 {
            out.push(stem(&core.to_lowercase()));
        }
        sentence_start = w.ends_with(['.', '!', '?', ':']);
    }
    out.sort();
    out.dedup();
    out
}

impl Vocabulary {
    /// Computes the features of `comment` in `ctx`; `text_probability` is the
    /// text-only model's off-topic probability (what the text says on its own).
    pub fn features(&self, comment: &str, ctx: &Context, text_probability: f32) -> ContextFeatures {
        let own: Vec<String> = {
            let mut s = stems(comment);
            s.sort();
            s.dedup();
            s
        };
        let bag = self.bag(comment);
        fn present(t: &Option<String>) -> Option<&str> {
            t.as_deref().filter(|t| !t.trim().is_empty())
        }
        let article = present(&ctx.article).map(|a| self.bag(a));
        let parent = present(&ctx.parent).map(|p| self.bag(p));
        let thread_text = ctx.thread.join("\n");
        let thread = (!thread_text.trim().is_empty()).then(|| self.bag(&thread_text));
        let mut v = Vec::with_capacity(FEATURE_NAMES.len());
        let mut best = 0.0f32;
        let mut bags: Vec<&Bag> = Vec::new();
        for b in [&article, &parent, &thread] {
            match b {
                Some(b) if !b.is_empty() => {
                    let c = cover(self, &own, b);
                    best = best.max(c);
                    v.extend([1.0, bag.cosine(b), c]);
                    bags.push(b);
                }
                _ => v.extend([0.0, 0.0, 0.0]),
            }
        }
        let names = names_and_numbers(comment);
        let names_cover = if names.is_empty() || bags.is_empty() {
            0.0
        } else {
            names
                .iter()
                .filter(|n| bags.iter().any(|b| b.contains(n)))
                .count() as f32
                / names.len() as f32
        };
        let lower = comment.to_lowercase();
        let link = lower.contains("http") || lower.contains("www.") || lower.contains(".com");
        let meta = own
            .iter()
            .filter(|s| META_STEMS.iter().any(|m| s.starts_with(m)))
            .count()
            .min(3) as f32
            / 3.0;
        let len = ((1 + own.len()) as f32).ln() / 4.0;
        v.extend([
            best,
            names_cover,
            f32::from(u8::from(link)),
            meta,
            len,
            best * len,
            text_logit(text_probability),
        ]);
        let (mut found, mut not_found) = (Vec::new(), Vec::new());
        for (w, _) in words(comment) {
            let s = stem(&w);
            let list = if bags.iter().any(|b| b.contains(&s)) {
                &mut found
            } else {
                &mut not_found
            };
            if !list.contains(&w) {
                list.push(w);
            }
        }
        ContextFeatures {
            values: v,
            found,
            not_found,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab() -> Vocabulary {
        Vocabulary::fit([
            "Rapid gewinnt das Derby gegen die Austria",
            "Unwetter und Regen in Kärnten",
            "Die Mieten in Wien steigen",
            "Rapid verliert in Graz",
        ])
    }

    #[test]
    fn stems_drop_stopwords_and_cut_to_five_characters() {
        assert_eq!(
            stems("Der Derbysieg war für die Fans großartig, 3:1 in der 90. Minute"),
            vec!["derby", "fans", "großa", "90", "minut"]
        );
    }

    #[test]
    fn kind_names_the_parts_present() {
        let mut c = Context::default();
        assert_eq!(c.kind(), "none");
        c.article = Some("Unwetter in Kärnten".into());
        c.thread = vec!["".into(), "Regen!".into()];
        assert_eq!(c.kind(), "article+thread");
        c.parent = Some("  ".into());
        assert_eq!(c.kind(), "article+thread");
    }

    #[test]
    fn own_article_covers_more_than_a_foreign_one() {
        let v = vocab();
        let comment = "Endlich wieder ein Derbysieg für Rapid gegen die Austria!";
        let own = Context {
            article: Some("Rapid gewinnt das Wiener Derby gegen die Austria mit 3:1".into()),
            ..Context::default()
        };
        let foreign = Context {
            article: Some("Unwetterwarnung: Regen und Sturm in Kärnten".into()),
            ..Context::default()
        };
        let a = v.features(comment, &own, 0.2);
        let b = v.features(comment, &foreign, 0.2);
        assert_eq!(a.values.len(), FEATURE_NAMES.len());
        assert!(a.values[2] > 0.5 && b.values[2] == 0.0, "{a:?} {b:?}");
        assert!(a.values[1] > b.values[1]);
        assert!(a.found.contains(&"rapid".to_string()));
        assert!(b.not_found.contains(&"austria".to_string()));
    }

    #[test]
    fn meta_talk_and_links_are_seen_without_context() {
        let f = vocab().features(
            "Warum wurde mein Posting gelöscht? Abo gekündigt! www.example.com",
            &Context::default(),
            0.2,
        );
        assert_eq!(f.values[0] + f.values[3] + f.values[6], 0.0);
        assert_eq!(f.values[11], 1.0);
        assert!(f.values[12] > 0.6);
    }
}
