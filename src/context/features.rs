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
pub const FEATURE_NAMES: [&str; 18] = [
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
    "thread_spread",
    "rel_cos_thread",
    "rel_cover_thread",
];

/// Index of a feature in [`FEATURE_NAMES`], so tests name columns instead of
/// counting them (panics on a typo).
#[cfg(test)]
pub(crate) fn feature_index(name: &str) -> usize {
    FEATURE_NAMES
        .iter()
        .position(|n| *n == name)
        .unwrap_or_else(|| panic!("no context feature {name:?}"))
}

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
        let mut w = counts(text);
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

/// How often each stem occurs in a text.
fn counts(text: &str) -> BTreeMap<String, f32> {
    let mut w: BTreeMap<String, f32> = BTreeMap::new();
    for s in stems(text) {
        *w.entry(s).or_default() += 1.0;
    }
    w
}

/// How close the thread's own comments are to the rest of their thread, on
/// average (cosine and cover, each comment left out of the thread it is
/// compared with). Threads differ a lot: a thread of one-liners shares few
/// words even when every comment is on topic, so a comment's similarity to
/// its thread says more measured against this than on its own. `None` for
/// fewer than two comments.
fn thread_spread(vocab: &Vocabulary, thread: &[String]) -> Option<(f32, f32)> {
    let posts: Vec<BTreeMap<String, f32>> = thread
        .iter()
        .filter(|t| !t.trim().is_empty())
        .map(|t| counts(t))
        .collect();
    if posts.len() < 2 {
        return None;
    }
    let mut all: BTreeMap<&str, f32> = BTreeMap::new();
    for p in &posts {
        for (s, v) in p {
            *all.entry(s.as_str()).or_default() += v;
        }
    }
    // TF-IDF weight of a stem seen `tf` times, as in `Vocabulary::bag`.
    let weight = |s: &str, tf: f32| {
        if tf > 0.0 {
            (1.0 + tf.ln()) * vocab.idf(s)
        } else {
            0.0
        }
    };
    let all_sq: f32 = all.iter().map(|(s, &tf)| weight(s, tf).powi(2)).sum();
    let (mut cos, mut cov) = (0.0, 0.0);
    // The rest of the thread differs from the whole only in this post's
    // stems, so its norm is corrected there instead of rebuilding the bag.
    for p in &posts {
        let (mut rest_sq, mut dot, mut own_sq) = (all_sq, 0.0, 0.0);
        let (mut found, mut total) = (0.0, 0.0);
        for (s, &tf) in p {
            let rest_tf = all[s.as_str()] - tf;
            let (w_all, w_rest, w_own) = (
                weight(s, all[s.as_str()]),
                weight(s, rest_tf),
                weight(s, tf),
            );
            rest_sq += w_rest * w_rest - w_all * w_all;
            dot += w_own * w_rest;
            own_sq += w_own * w_own;
            total += vocab.idf(s);
            if rest_tf > 0.0 {
                found += vocab.idf(s);
            }
        }
        let norm = (own_sq * rest_sq.max(0.0)).sqrt();
        cos += if norm > 0.0 { dot / norm } else { 0.0 };
        cov += if total > 0.0 { found / total } else { 0.0 };
    }
    let n = posts.len() as f32;
    Some((cos / n, cov / n))
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
    /// Computes the features of `comment` in `ctx`. What the text says on its
    /// own is the text-only model's; these say where it is placed.
    pub fn features(&self, comment: &str, ctx: &Context) -> ContextFeatures {
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
        let names_cover = share_in(&names_and_numbers(comment), &bags);
        let lower = comment.to_lowercase();
        let link = lower.contains("http") || lower.contains("www.") || lower.contains(".com");
        let meta = own
            .iter()
            .filter(|s| META_STEMS.iter().any(|m| s.starts_with(m)))
            .count()
            .min(3) as f32
            / 3.0;
        let len = ((1 + own.len()) as f32).ln() / 4.0;
        let (spread, rel_cos, rel_cover) = match (&thread, thread_spread(self, &ctx.thread)) {
            (Some(t), Some((cos, cov))) if !t.is_empty() => {
                (cos, bag.cosine(t) - cos, cover(self, &own, t) - cov)
            }
            _ => (0.0, 0.0, 0.0),
        };
        v.extend([
            best,
            names_cover,
            f32::from(u8::from(link)),
            meta,
            len,
            best * len,
            spread,
            rel_cos,
            rel_cover,
        ]);
        let (found, not_found) = found_in(comment, &bags);
        ContextFeatures {
            values: v,
            found,
            not_found,
        }
    }
}

/// The share of `names` (names and numbers of the comment) that one of the
/// context's bags contains: naming what the article names is a strong sign
/// of being on topic.
fn share_in(names: &[String], bags: &[&Bag]) -> f32 {
    if names.is_empty() || bags.is_empty() {
        return 0.0;
    }
    let hits = names
        .iter()
        .filter(|n| bags.iter().any(|b| b.contains(n)))
        .count();
    hits as f32 / names.len() as f32
}

/// The comment's words found in the context and those not, each once, for
/// the explanation a moderator sees.
fn found_in(comment: &str, bags: &[&Bag]) -> (Vec<String>, Vec<String>) {
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
    (found, not_found)
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
        let a = v.features(comment, &own);
        let b = v.features(comment, &foreign);
        assert_eq!(a.values.len(), FEATURE_NAMES.len());
        let (cover, cos) = (feature_index("cover_article"), feature_index("cos_article"));
        assert!(
            a.values[cover] > 0.5 && b.values[cover] == 0.0,
            "{a:?} {b:?}"
        );
        assert!(a.values[cos] > b.values[cos]);
        assert!(a.found.contains(&"rapid".to_string()));
        assert!(b.not_found.contains(&"austria".to_string()));
    }

    #[test]
    fn a_comment_is_measured_against_how_close_its_thread_keeps() {
        let v = vocab();
        let thread: Vec<String> = [
            "Rapid war im Derby klar besser",
            "Die Austria hat das Derby verschlafen",
            "Rapid verdient gewonnen, Derby ist Derby",
        ]
        .map(String::from)
        .to_vec();
        let (spread, _) = thread_spread(&v, &thread).unwrap();
        assert!(spread > 0.1, "{spread}");
        assert!(thread_spread(&v, &thread[..1]).is_none());
        let ctx = Context {
            thread,
            ..Context::default()
        };
        let rel = feature_index("rel_cos_thread");
        let on = v.features("Rapid hat das Derby gewonnen", &ctx);
        let off = v.features("Die Mieten in Wien steigen", &ctx);
        assert!(on.values[rel] > off.values[rel], "{on:?} {off:?}");
        assert!(off.values[rel] < 0.0);
        assert_eq!(off.values[feature_index("thread_spread")], spread);
    }

    #[test]
    fn thread_spread_matches_bags_rebuilt_without_each_comment() {
        let v = vocab();
        let thread: Vec<String> = [
            "Rapid Rapid Derby Austria",
            "Regen in Kärnten, Regen in Graz",
            "Derby Graz Mieten",
            "Wien Wien Wien",
        ]
        .map(String::from)
        .to_vec();
        let (mut cos, mut cov) = (0.0, 0.0);
        for (i, t) in thread.iter().enumerate() {
            let rest: Vec<&str> = thread
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, r)| r.as_str())
                .collect();
            let rest = v.bag(&rest.join("\n"));
            cos += v.bag(t).cosine(&rest);
            let mut own = stems(t);
            own.sort();
            own.dedup();
            cov += cover(&v, &own, &rest);
        }
        let (fast_cos, fast_cov) = thread_spread(&v, &thread).unwrap();
        assert!((fast_cos - cos / 4.0).abs() < 1e-5, "{fast_cos} {cos}");
        assert!((fast_cov - cov / 4.0).abs() < 1e-5, "{fast_cov} {cov}");
    }

    #[test]
    fn meta_talk_and_links_are_seen_without_context() {
        let f = vocab().features(
            "Warum wurde mein Posting gelöscht? Abo gekündigt! www.example.com",
            &Context::default(),
        );
        let has = ["has_article", "has_parent", "has_thread"].map(feature_index);
        assert_eq!(has.iter().map(|&i| f.values[i]).sum::<f32>(), 0.0);
        assert_eq!(f.values[feature_index("has_link")], 1.0);
        assert!(f.values[feature_index("meta_talk")] > 0.6);
    }
}
