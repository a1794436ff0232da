//! Hashed word and character n-grams, TF-IDF weighted, one L2-normalized block
//! each, plus dense signals.
//!
//! Word n-grams carry meaning; character n-grams (2–5, padded at word
//! boundaries like scikit-learn's `char_wb`) catch inflections, compounds
//! (`Volksverräter`, `Vollpfosten`) and what obfuscation folding missed.

use std::sync::atomic::{AtomicU64, Ordering};

use linfa::ParamGuard;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use sprs::CsMat;
use xxhash_rust::xxh3::xxh3_64_with_seed;

use super::artefacts::{mask, Masked};
use super::counts::BucketCounts;
use super::cues::{self, CueScratch};
use super::dense::{dense_signals, DENSE_NAMES, TEXT_SIGNALS};
use super::glued;
use super::groups;
use super::hashing::{hash, space_seed, Space};
use super::records::SparseRecords;
use super::stems::stem;
use super::typos;
use super::word_cache::{WordCache, WordIds, MAX_WORD, NO_STEM};
use super::word_hashes::WordHashes;
use crate::text::{tokens, Normalized, Normalizer, NormalizerParams, Token};

/// Invalid featurizer settings, naming the bad value.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FeaturizerError {
    /// Bucket count outside 2^10..=2^24.
    #[error("hash buckets must be 2^10 to 2^24, got 2^{0}")]
    Buckets(u8),
    /// Character n-gram range invalid.
    #[error("character n-gram range {0}..={1} is invalid (need 1 <= min <= max <= 8)")]
    CharRange(u8, u8),
    /// Word n-gram order invalid.
    #[error("word n-gram order must be 1 or 2, got {0}")]
    WordNgrams(u8),
}

/// Checked featurizer settings; stored in the model file.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FeaturizerValidParams {
    /// log2 of the number of hash buckets.
    pub buckets_log2: u8,
    /// Highest word n-gram order (1 or 2).
    pub word_ngrams: u8,
    /// Shortest character n-gram.
    pub char_min: u8,
    /// Longest character n-gram.
    pub char_max: u8,
    /// Hash seed.
    pub seed: u64,
    /// Text normalization steps.
    pub normalizer: NormalizerParams,
    /// Minimum number of training texts a bucket must occur in to count.
    #[serde(default = "one")]
    pub min_df: u16,
    /// Mask source artefacts (`|LBR|`, real handles, links) before hashing;
    /// off in models trained before it existed.
    #[serde(default)]
    pub mask_artefacts: bool,
    /// Hash identity-group names as one placeholder (see `groups.rs`); off
    /// in models trained before it existed.
    #[serde(default)]
    pub mask_groups: bool,
    /// The cue lexicon the model was trained with ([`super::cues::lexicon_id`]),
    /// 0 for no cue features (models trained before they existed).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub cues: u64,
    /// Cue features weighted and normalized as a block of their own rather
    /// than among the word n-grams, so that a cue counts as much in a long
    /// comment as in a short one; off in models trained before it existed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub cue_block: bool,
    /// Words the model never saw that are two or three frequent training
    /// words run together are hashed as those words (see `glued.rs`); off in
    /// models trained before it existed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub split_glued: bool,
    /// Each word also hashed as its Snowball German stem, so that
    /// inflected forms (`Schmarotzer`, `Schmarotzern`; `umbringen`,
    /// `umbringe`) share evidence as whole words, not only through their
    /// character n-grams; off in models trained before it existed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub stems: bool,
    /// Words the model never saw that are one typo from a frequent training
    /// word or a group name, or pieces of one split by spaces, are hashed
    /// as that word (see `typos.rs`); off in models trained before it
    /// existed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub typos: bool,
    /// The words of a quotation of two or more words that the text
    /// reports or condemns (`„X sind Ungeziefer“? Geht's noch?`, `Wer
    /// schreibt „…“`), and of a clause of two or more words that a
    /// reporting word introduces in a text that condemns (`Du hast
    /// geschrieben, X seien Abschaum. Das ist falsch.`), give no n-grams:
    /// the comment is judged by what it says about the saying, not by the
    /// saying (see `cues::Mentions`). Those words still give their cues,
    /// marked as reported. A slur the writer says of their own group (`Wir
    /// Krüppel wissen selbst …`, see `cues::self_applied`) gives no n-grams
    /// either; its slur cue is dropped by the cue reader whatever this
    /// says, as a lexicon rule like negation. Off in models trained before
    /// it existed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub mute_mentions: bool,
    /// A lexicon word that judges (praise, blame, threat, exclusion,
    /// insult) under a negator gives no n-grams, only its negated cue
    /// (`Ich hasse Juden nicht`, `Juden sind nicht ehrlich`): otherwise the
    /// word's own evidence outweighs the negation. Off in models trained
    /// before it existed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub mute_negated: bool,
}

/// The shortest quotation or said clause whose words
/// [`FeaturizerValidParams::mute_mentions`] mutes: one quoted word is more
/// often a troll's scare quotes (`diese „Flüchtlinge“`) than a mention.
const MUTED_QUOTE_MIN: usize = 2;

fn is_false(v: &bool) -> bool {
    !*v
}

fn is_zero(v: &u64) -> bool {
    *v == 0
}

fn one() -> u16 {
    1
}

/// Unchecked featurizer settings, built with [`FeaturizerParams::new`] and setters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FeaturizerParams(FeaturizerValidParams);

impl Default for FeaturizerParams {
    fn default() -> Self {
        Self::new()
    }
}

impl FeaturizerParams {
    /// Defaults: 2^20 buckets, word 1–2 grams, char 2–5 grams, all folding on.
    pub fn new() -> Self {
        Self(FeaturizerValidParams {
            buckets_log2: 20,
            word_ngrams: 2,
            char_min: 2,
            char_max: 5,
            seed: 0x6d6f_6465_7261_746f,
            normalizer: NormalizerParams::default(),
            min_df: 2,
            mask_artefacts: true,
            mask_groups: false,
            cues: 0,
            cue_block: true,
            split_glued: true,
            stems: true,
            typos: true,
            mute_mentions: true,
            mute_negated: true,
        })
    }

    /// Sets whether words are also hashed as their stems.
    pub fn stems(mut self, on: bool) -> Self {
        self.0.stems = on;
        self
    }

    /// Sets whether the words of a reported or condemned quotation give
    /// no n-grams.
    pub fn mute_mentions(mut self, on: bool) -> Self {
        self.0.mute_mentions = on;
        self
    }

    /// Sets whether negated judging words give no n-grams.
    pub fn mute_negated(mut self, on: bool) -> Self {
        self.0.mute_negated = on;
        self
    }

    /// Sets whether unseen words one typo or a space from a known one are
    /// read as it.
    pub fn typos(mut self, on: bool) -> Self {
        self.0.typos = on;
        self
    }

    /// Sets whether source artefacts are masked.
    pub fn mask_artefacts(mut self, on: bool) -> Self {
        self.0.mask_artefacts = on;
        self
    }

    /// Sets whether unseen words run together from known ones are cut.
    pub fn split_glued(mut self, on: bool) -> Self {
        self.0.split_glued = on;
        self
    }

    /// Sets whether identity-group names are hashed as one placeholder.
    pub fn mask_groups(mut self, on: bool) -> Self {
        self.0.mask_groups = on;
        self
    }

    /// Sets whether cue features (word classes in their frames, see
    /// `cues.rs`) are added, with the shipped lexicon.
    pub fn cues(mut self, on: bool) -> Self {
        self.0.cues = if on { super::cues::lexicon_id() } else { 0 };
        self
    }

    /// Sets the minimum document frequency of a bucket.
    pub fn min_df(mut self, n: u16) -> Self {
        self.0.min_df = n;
        self
    }

    /// Sets log2 of the bucket count.
    pub fn buckets_log2(mut self, b: u8) -> Self {
        self.0.buckets_log2 = b;
        self
    }

    /// Sets the character n-gram range.
    pub fn char_range(mut self, min: u8, max: u8) -> Self {
        self.0.char_min = min;
        self.0.char_max = max;
        self
    }

    /// Sets the highest word n-gram order.
    pub fn word_ngrams(mut self, n: u8) -> Self {
        self.0.word_ngrams = n;
        self
    }

    /// Sets the normalization steps.
    pub fn normalizer(mut self, n: NormalizerParams) -> Self {
        self.0.normalizer = n;
        self
    }
}

impl ParamGuard for FeaturizerParams {
    type Checked = FeaturizerValidParams;
    type Error = FeaturizerError;

    fn check_ref(&self) -> Result<&Self::Checked, Self::Error> {
        let p = &self.0;
        if !(10..=24).contains(&p.buckets_log2) {
            return Err(FeaturizerError::Buckets(p.buckets_log2));
        }
        if p.char_min == 0 || p.char_min > p.char_max || p.char_max > 8 {
            return Err(FeaturizerError::CharRange(p.char_min, p.char_max));
        }
        if !(1..=2).contains(&p.word_ngrams) {
            return Err(FeaturizerError::WordNgrams(p.word_ngrams));
        }
        Ok(p)
    }

    fn check(self) -> Result<Self::Checked, Self::Error> {
        self.check_ref().copied()
    }
}

/// One n-gram occurrence, for explanations: which column, where in the normalized text.
#[derive(Debug, Clone, Copy)]
pub struct FeatureHit {
    /// Column index.
    pub feature: u32,
    /// Start byte in the normalized text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// A word-space feature of the text and, when explaining, the span behind it.
fn push_word(
    words: &mut Vec<u32>,
    hits: &mut Option<Vec<FeatureHit>>,
    f: u32,
    start: usize,
    end: usize,
) {
    words.push(f);
    if let Some(h) = hits {
        h.push(FeatureHit {
            feature: f,
            start,
            end,
        });
    }
}

/// Per-thread scratch buffers, cleared per document.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scratch {
    normalizer: Normalizer,
    pub(crate) norm: Normalized,
    pub(crate) words: Vec<u32>,
    pub(crate) chars: Vec<u32>,
    /// Cue buckets, when they are a block of their own (else in `words`).
    pub(crate) cue_ids: Vec<u32>,
    pub(crate) word_counts: BucketCounts,
    pub(crate) char_counts: BucketCounts,
    pub(crate) cue_counts: BucketCounts,
    toks: Vec<Token>,
    spare_toks: Vec<Token>,
    masks: Vec<Masked>,
    muted: Vec<bool>,
    repairs: typos::Repairs,
    cues: CueScratch,
    pad: Vec<u8>,
    bounds: Vec<usize>,
    block: Vec<(u32, f32)>,
    merged: Vec<(u32, f32)>,
    pub(crate) row: Vec<(u32, f32)>,
    pub(crate) hits: Option<Vec<FeatureHit>>,
    cache: WordCache,
}

impl Scratch {
    /// Tokens of the text last normalized into `norm` (by the fast path or
    /// the row path: both hash n-grams first).
    pub(crate) fn tokens(&self) -> &[Token] {
        &self.toks
    }
}

/// Smoothed inverse document frequencies (as scikit-learn's) from document
/// counts per bucket over `n` texts; `word` marks buckets a word n-gram
/// reaches. Character n-gram buckets seen in fewer than `min_df` training
/// texts get weight 0 (as scikit-learn's min_df on char n-grams): one-off
/// fragments are noise. Rare words are kept: they can carry the insult.
pub(super) fn idf_table(df: &[u32], word: &[bool], n: usize, min_df: u16) -> Vec<f32> {
    let n = n as f32;
    let min_df = min_df.max(1) as u32;
    df.iter()
        .zip(word)
        .map(|(&d, &is_word)| {
            if d == 0 || (d < min_df && !is_word) {
                0.0
            } else {
                ((1.0 + n) / (1.0 + d as f32)).ln() + 1.0
            }
        })
        .collect()
}

/// Per-bucket document counts, word marks (a word n-gram lands there) and
/// the seen-word bits of part of a corpus, as the counting passes gather them.
pub(super) type DocFreqs = (Vec<u32>, Vec<bool>, Vec<u64>);

/// [`DocFreqs`] of no documents.
pub(super) fn no_df(params: &FeaturizerValidParams) -> DocFreqs {
    let buckets = 1usize << params.buckets_log2;
    (
        vec![0; buckets],
        vec![false; buckets],
        vec![0; seen_bits_of(params) / 64],
    )
}

/// Bits of the seen-word set of a model with these settings: when it reads
/// typos, a second [`SEEN_BITS`] for the stems of real words (see
/// `Featurizer::seen_stem`) and a third for the training words with a
/// letter dropped (see `typos::Dictionary::dropped`), so that they do not
/// crowd the words' bits.
pub fn seen_bits_of(params: &FeaturizerValidParams) -> usize {
    if params.typos {
        3 * SEEN_BITS
    } else {
        SEEN_BITS
    }
}

/// Sets bit `b` of a seen-word set.
pub(super) fn set_seen(seen: &mut [u64], b: usize) {
    seen[b / 64] |= 1 << (b % 64);
}

/// The featurizer fitted on `n` documents with these counts.
pub(super) fn from_df(
    params: FeaturizerValidParams,
    (df, word, seen): DocFreqs,
    n: usize,
) -> Featurizer {
    Featurizer::from_parts(params, idf_table(&df, &word, n, params.min_df)).with_seen_words(seen)
}

/// [`DocFreqs`] of two parts of a corpus, added (the reduce step of the
/// parallel counting passes).
pub(super) fn add_df(mut a: DocFreqs, b: DocFreqs) -> DocFreqs {
    a.0.iter_mut().zip(b.0).for_each(|(x, y)| *x += y);
    a.1.iter_mut().zip(b.1).for_each(|(x, y)| *x |= y);
    a.2.iter_mut().zip(b.2).for_each(|(x, y)| *x |= y);
    a
}

/// A fitted featurizer: settings plus inverse document frequencies per bucket.
#[derive(Debug, Clone)]
pub struct Featurizer {
    params: FeaturizerValidParams,
    idf: Vec<f32>,
    /// The training words, as a bit set of [`SEEN_BITS`] bits (see
    /// [`Self::unseen_word`]); empty in models written before it existed.
    seen: Vec<u64>,
    /// Highest IDF of a word that a run-together token is cut into (see
    /// [`Self::frequent_word`]), derived from `idf`.
    split_idf: f32,
    /// Hashes of the group names (as words, and with a letter dropped):
    /// the typo repairs ask about every candidate word, and a hash they
    /// computed anyway is cheaper to look up than the word (see
    /// `word_hashes.rs`).
    group_hashes: WordHashes,
    group_drop_hashes: WordHashes,
    /// The same for the cue lexicon's one-word forms, in models that read
    /// cues and typos: a misspelt slur or threat (`Ftozen`, `Seuhe`) is
    /// read as the form even when training had it too rarely to be a
    /// frequent word, so that the n-grams, the cues and the policy all see
    /// the word meant; and an unseen form is read only as a known form of
    /// itself or another lexicon form.
    lexicon_hashes: WordHashes,
    lexicon_drop_hashes: WordHashes,
    /// The words of the lexicon's phrases, as hashes: real words to the
    /// typo reader, which would else read an unseen one as another word
    /// and break the phrase (`graut` in `mir graut vor X` as `grau`).
    phrase_word_hashes: WordHashes,
    /// Tells this featurizer's words from another's: a scratch keeps
    /// answers about rare words (see `memo.rs`) that hold for one set of
    /// training words only. Copies share it (they know the same words).
    id: u64,
}

/// The next [`Featurizer::id`].
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

fn next_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// Bits of the set of training words: 2 M bits (256 KB in the model file),
/// three per word (a Bloom filter). The default model's 16,910 comments set
/// 4.8 % of them, so about one unseen word in 9,000 is taken for a
/// seen one (with one bit per word it was 1.6 %, which hid
/// `Krebsgeschwr`). The IDF table that answered this before got 23 % wrong:
/// its buckets are shared with the character n-grams (237,235 of its
/// 1,048,576 buckets are set).
pub const SEEN_BITS: usize = 1 << 21;

/// Fewest training texts a word must occur in to be a part that a
/// run-together token is cut into.
const SPLIT_MIN_DF: f32 = 3.0;

/// The weight of a group name as a word that a misspelt, split or
/// run-together token is read as (see `Featurizer::frequent_word`): the IDF of
/// a word in about one text in a hundred, as frequent as group names are.
const GROUP_NAME_WEIGHT: f32 = 5.6;

/// A featurizer's words as the typo repairs ask for them.
struct Words<'a>(&'a Featurizer);

impl typos::Dictionary for Words<'_> {
    fn unseen(&self, w: &[u8]) -> bool {
        self.0.repairable(w, self.0.word_hash(w))
    }
    fn real(&self, w: &[u8]) -> bool {
        let h = self.0.word_hash(w);
        self.0.seen_stem(w) || self.0.lexicon_form(h) || self.0.phrase_word_hashes.contains(h)
    }
    fn form(&self, h: u64) -> Option<f32> {
        // As rare as the rarest word a part may be: frequent words win.
        let weight = self.0.split_idf.max(GROUP_NAME_WEIGHT);
        self.0.lexicon_form(h).then_some(weight)
    }
    fn hash(&self, w: &[u8]) -> u64 {
        self.0.word_hash(w)
    }
    fn known(&self, w: &[u8], h: u64) -> Option<f32> {
        self.0.known_word(w, h)
    }
    fn dropped(&self, _: &[u8], h: u64) -> bool {
        self.0.in_seen_part(2, h)
            || self.0.group_drop_hashes.contains(h)
            || self.0.lexicon_drop_hashes.contains(h)
    }
    fn owner(&self) -> u64 {
        self.0.id
    }
}

/// The three bits of the seen-word set for a word's unigram hash: three
/// 21-bit slices of it.
fn seen_bits(h: u64) -> [usize; 3] {
    let n = SEEN_BITS.trailing_zeros();
    let mask = (SEEN_BITS - 1) as u64;
    [0, n, 2 * n].map(|shift| ((h >> shift) & mask) as usize)
}

impl Featurizer {
    /// A featurizer with the given IDF table (one value per bucket; empty means 1.0).
    pub fn from_parts(params: FeaturizerValidParams, idf: Vec<f32>) -> Self {
        if params.cues != 0 {
            cues::warm();
        }
        // The rarest training word has the highest IDF, ln((1 + n) / 2) + 1;
        // a word in SPLIT_MIN_DF texts or more has at most this much. Only
        // models that cut run-together words need it.
        let split_idf = if params.split_glued {
            let top = idf.iter().copied().fold(0.0f32, f32::max);
            top - ((1.0 + SPLIT_MIN_DF) / 2.0).ln()
        } else {
            0.0
        };
        let mut f = Self {
            params,
            idf,
            seen: Vec::new(),
            split_idf,
            group_hashes: WordHashes::default(),
            group_drop_hashes: WordHashes::default(),
            lexicon_hashes: WordHashes::default(),
            lexicon_drop_hashes: WordHashes::default(),
            phrase_word_hashes: WordHashes::default(),
            id: next_id(),
        };
        if params.typos && params.mask_groups {
            let mut buf = String::new();
            let (mut names, mut drops) = (Vec::new(), Vec::new());
            for name in groups::names() {
                names.push(f.word_hash(name));
                let name = String::from_utf8_lossy(name);
                typos::drops(&name, &mut buf, |d| drops.push(f.word_hash(d.as_bytes())));
            }
            f.group_hashes = WordHashes::new(names);
            f.group_drop_hashes = WordHashes::new(drops);
        }
        if params.typos && params.cues != 0 {
            let mut buf = String::new();
            let (mut forms, mut drops) = (Vec::new(), Vec::new());
            for form in cues::forms() {
                forms.push(f.word_hash(form.as_bytes()));
                if typos::target_length(form.chars().count()) {
                    typos::drops(form, &mut buf, |d| drops.push(f.word_hash(d.as_bytes())));
                }
            }
            f.lexicon_hashes = WordHashes::new(forms);
            f.lexicon_drop_hashes = WordHashes::new(drops);
            f.phrase_word_hashes = WordHashes::new(
                cues::phrase_words()
                    .map(|w| f.word_hash(w.as_bytes()))
                    .collect(),
            );
        }
        f
    }

    /// The featurizer with this set of training words ([`SEEN_BITS`] bits
    /// as `u64`s, or empty for none).
    pub fn with_seen_words(mut self, seen: Vec<u64>) -> Self {
        debug_assert!(seen.is_empty() || seen.len() * 64 == seen_bits_of(&self.params));
        self.seen = seen;
        self.id = next_id();
        self
    }

    /// The set of training words (empty when the model predates it).
    pub fn seen_words(&self) -> &[u64] {
        &self.seen
    }

    /// Marks in `bits` the words of the text last tokenized on `s`, and,
    /// when the model reads typos, their stems (see [`Self::seen_stem`])
    /// and their forms with a letter dropped (see [`Self::mark_drops`]).
    pub(crate) fn mark_seen(&self, s: &Scratch, bits: &mut impl FnMut(usize)) {
        let word_seed = space_seed(self.params.seed, Space::Word);
        let mut buf = String::new();
        let b = s.norm.text.as_bytes();
        for t in &s.toks {
            let w = &b[t.start..t.end];
            for bit in seen_bits(xxh3_64_with_seed(w, word_seed)) {
                bits(bit);
            }
            if self.params.typos {
                for bit in seen_bits(self.stem_hash(w)) {
                    bits(SEEN_BITS + bit);
                }
                self.mark_drops(w, &mut buf, bits);
            }
        }
    }

    /// Marks the word with each letter but the first dropped, if it is a
    /// word a typo may have meant (see [`typos::drops`]).
    fn mark_drops(&self, w: &[u8], buf: &mut String, bits: &mut impl FnMut(usize)) {
        let Ok(w) = std::str::from_utf8(w) else {
            return;
        };
        if !typos::target_length(w.chars().count()) || !w.chars().all(char::is_alphabetic) {
            return;
        }
        typos::drops(w, buf, |d| {
            for bit in seen_bits(self.word_hash(d.as_bytes())) {
                bits(2 * SEEN_BITS + bit);
            }
        });
    }

    /// A word's unigram hash: what the seen-word set is asked with (a word
    /// with a letter dropped too, in the set's third part).
    fn word_hash(&self, w: &[u8]) -> u64 {
        xxh3_64_with_seed(w, space_seed(self.params.seed, Space::Word))
    }

    /// Whether all three bits of `h` are set in third `part` of the
    /// seen-word set (0: words, 1: stems, 2: words with a letter dropped);
    /// false when the model has no such part.
    fn in_seen_part(&self, part: usize, h: u64) -> bool {
        self.seen.len() * 64 >= (part + 1) * SEEN_BITS
            && seen_bits(h).iter().all(|&b| {
                let b = part * SEEN_BITS + b;
                self.seen[b / 64] & (1 << (b % 64)) != 0
            })
    }

    /// A word's weight as a word that a misspelt, split or run-together
    /// token is read as: its IDF if it is a frequent training word, else
    /// [`GROUP_NAME_WEIGHT`] for a group name (whose own word gathers no
    /// document counts: it is hashed as the placeholder).
    fn known_word(&self, w: &[u8], h: u64) -> Option<f32> {
        self.frequent_word(h)
            .or_else(|| self.group_name(w, h).then_some(GROUP_NAME_WEIGHT))
    }

    /// Marks in `bits` the stems of the words of a vocabulary text (see
    /// `ModelConfig::vocabulary`): they are real words, never typos.
    pub(crate) fn mark_vocabulary(
        &self,
        text: &str,
        s: &mut Scratch,
        bits: &mut impl FnMut(usize),
    ) {
        s.normalizer.normalize_into(text, &mut s.norm);
        let b = s.norm.text.as_bytes();
        for t in tokens(&s.norm.text) {
            for bit in seen_bits(self.stem_hash(&b[t.start..t.end])) {
                bits(SEEN_BITS + bit);
            }
        }
    }

    /// The hash a word's stem is known by in the seen-word set.
    fn stem_hash(&self, w: &[u8]) -> u64 {
        hash(self.params.seed, Space::Stem, stem(w).as_bytes())
    }

    /// Whether the stem of `w` is the stem of a training word or of a word
    /// of the vocabulary texts: then `w` is a real word, an inflected form
    /// (`Türen` beside `Tür`), not a typo, however close it is to another
    /// word (`Türken`).
    fn seen_stem(&self, w: &[u8]) -> bool {
        self.in_seen_part(1, self.stem_hash(w))
    }

    /// Fits inverse document frequencies on training texts (smoothed, as scikit-learn).
    pub fn fit<S: AsRef<str> + Sync>(params: FeaturizerValidParams, texts: &[S]) -> Self {
        let unfitted = Self::from_parts(params, Vec::new());
        // Per bucket: documents containing it, and whether a word n-gram lands there.
        let counts = texts
            .par_chunks(512)
            .map_init(
                || unfitted.scratch(),
                |s, chunk| {
                    let (mut df, mut word, mut seen) = no_df(&params);
                    for t in chunk {
                        unfitted.collect(t.as_ref(), s);
                        unfitted.mark_seen(s, &mut |b| set_seen(&mut seen, b));
                        // Cues count as words for document frequencies.
                        s.words.append(&mut s.cue_ids);
                        for &w in &s.words {
                            word[w as usize] = true;
                        }
                        s.words.append(&mut s.chars);
                        s.words.sort_unstable();
                        s.words.dedup();
                        for &w in &s.words {
                            df[w as usize] += 1;
                        }
                    }
                    (df, word, seen)
                },
            )
            .reduce(|| no_df(&params), add_df);
        from_df(params, counts, texts.len())
    }

    /// The settings.
    pub fn params(&self) -> &FeaturizerValidParams {
        &self.params
    }

    /// The IDF table.
    pub fn idf(&self) -> &[f32] {
        &self.idf
    }

    /// Number of hash buckets.
    pub fn buckets(&self) -> usize {
        1usize << self.params.buckets_log2
    }

    /// Total columns: buckets plus dense signals.
    pub fn nfeatures(&self) -> usize {
        self.buckets() + DENSE_NAMES.len()
    }

    /// Scratch for scoring and training: no offsets into the original text.
    pub(crate) fn scratch(&self) -> Scratch {
        Scratch {
            normalizer: Normalizer::new(self.params.normalizer).without_spans(),
            ..Scratch::default()
        }
    }

    fn bucket(&self, h: u64) -> u32 {
        (h & (self.buckets() as u64 - 1)) as u32
    }

    /// Normalizes and hashes one text into `s.words` and `s.chars` (with duplicates).
    fn collect(&self, text: &str, s: &mut Scratch) {
        self.collect_with(text, s, |_| ());
    }

    /// [`Self::collect`], calling `seen` with each bucket as soon as it is
    /// hashed, so that the scorer can start fetching the bucket's weights
    /// while the rest of the text is hashed and sorted.
    fn collect_with(&self, text: &str, s: &mut Scratch, mut seen: impl FnMut(u32)) {
        self.tokenize(text, s);
        s.cache
            .reset_for(self.cache_owner(), self.max_char_grams(MAX_WORD));
        self.find_cues(s);
        let bytes = s.norm.text.as_bytes();
        let n = s.toks.len();
        let muted = &s.muted;
        let word = |i: usize| {
            if muted.get(i).copied().unwrap_or(false) {
                None
            } else {
                word_at(bytes, &s.toks, &s.masks, i)
            }
        };
        for (i, t) in s.toks.iter().enumerate() {
            let Some(w) = word(i) else {
                continue;
            };
            // Explanations list a word's own hits before its n-grams'.
            let hits_from = s.hits.as_ref().map(Vec::len);
            let ids = match s.hits.as_mut() {
                Some(hits) => self.word_grams(w, &mut s.pad, &mut s.bounds, |f, lo, hi| {
                    seen(f);
                    s.chars.push(f);
                    hits.push(char_hit(f, t, w.len(), lo, hi));
                }),
                None => {
                    let (pad, bounds) = (&mut s.pad, &mut s.bounds);
                    let (ids, chars) = s.cache.get(w, |out| {
                        self.word_grams(w, pad, bounds, |f, _, _| out.push(f))
                    });
                    chars.iter().for_each(|&f| seen(f));
                    s.chars.extend_from_slice(chars);
                    ids
                }
            };
            seen(ids.unigram);
            push_word(&mut s.words, &mut s.hits, ids.unigram, t.start, t.end);
            if let Some(stem) = ids.stem() {
                seen(stem);
                push_word(&mut s.words, &mut s.hits, stem, t.start, t.end);
            }
            // Bigrams skip dropped tokens; a dropped run is scanned once.
            let after = match self.params.word_ngrams {
                2.. => (i + 1..n).find(|&j| word(j).is_some()).unwrap_or(n),
                _ => n,
            };
            if let (Some(next), Some(nw)) = (s.toks.get(after), word(after)) {
                let f = self.bucket(xxh3_64_with_seed(nw, ids.pair_seed));
                seen(f);
                push_word(&mut s.words, &mut s.hits, f, t.start, next.end);
            }
            if let (Some(h), Some(from)) = (s.hits.as_mut(), hits_from) {
                let own = 1 + usize::from(after < n) + usize::from(ids.stem().is_some());
                h[from..].rotate_right(own);
            }
        }
        if self.params.cues != 0 {
            self.push_cues(s, seen);
        }
    }

    /// Normalizes `text` into `s.norm`, cuts its tokens and decides which
    /// are masked; clears the n-gram lists.
    fn tokenize(&self, text: &str, s: &mut Scratch) {
        s.normalizer.normalize_into(text, &mut s.norm);
        s.words.clear();
        s.chars.clear();
        s.cue_ids.clear();
        s.toks.clear();
        let norm = &s.norm.text;
        s.toks.extend(tokens(norm));
        if self.params.mask_artefacts {
            mask(norm, &s.toks, &mut s.masks);
        } else {
            s.masks.clear();
        }
        let word_seed = space_seed(self.params.seed, Space::Word);
        let unseen = |w: &[u8]| self.repairable(w, xxh3_64_with_seed(w, word_seed));
        if self.params.typos && !self.seen.is_empty() {
            s.repairs.find(norm, &s.toks, &s.masks, &Words(self));
            if !s.repairs.fixes.is_empty() {
                s.norm.replace(&s.repairs.fixes);
                let norm = &s.norm.text;
                s.toks.clear();
                s.toks.extend(tokens(norm));
                if self.params.mask_artefacts {
                    mask(norm, &s.toks, &mut s.masks);
                }
            }
        }
        let norm = &s.norm.text;
        if self.params.split_glued && !self.seen.is_empty() {
            glued::split(
                norm.as_bytes(),
                &mut s.toks,
                &mut s.masks,
                &mut s.spare_toks,
                unseen,
                |w| self.known_word(w, xxh3_64_with_seed(w, word_seed)),
                |w| {
                    (self.params.cues != 0)
                        .then(|| cues::form_classes(w))
                        .flatten()
                        .map(|c| (self.split_idf, c))
                },
            );
        }
        if self.params.mask_groups {
            groups::mask(norm, &s.toks, groups::colour_nouns(text), &mut s.masks);
        }
    }

    /// The character n-grams of " w " (boundaries at char starts), each
    /// handed to `emit` with its byte range in the padded word, in the
    /// order the model was trained with; returns the word's other ids.
    fn word_grams(
        &self,
        w: &[u8],
        pad: &mut Vec<u8>,
        bounds: &mut Vec<usize>,
        mut emit: impl FnMut(u32, usize, usize),
    ) -> WordIds {
        let seed = self.params.seed;
        let char_seed = space_seed(seed, Space::Char);
        pad.clear();
        pad.push(b' ');
        pad.extend_from_slice(w);
        pad.push(b' ');
        bounds.clear();
        bounds.push(0);
        // Tokens are whole characters of a `String`: every byte that is not
        // a UTF-8 continuation byte starts one.
        bounds.extend(
            w.iter()
                .enumerate()
                .filter(|(_, &b)| b & 0xC0 != 0x80)
                .map(|(i, _)| i + 1),
        );
        bounds.push(w.len() + 1);
        bounds.push(w.len() + 2);
        let nchars = bounds.len() - 1;
        for n in self.params.char_min as usize..=self.params.char_max as usize {
            if n > nchars {
                break;
            }
            for a in 0..=nchars - n {
                let (lo, hi) = (bounds[a], bounds[a + n]);
                emit(
                    self.bucket(xxh3_64_with_seed(&pad[lo..hi], char_seed)),
                    lo,
                    hi,
                );
            }
        }
        WordIds {
            unigram: self.bucket(xxh3_64_with_seed(w, space_seed(seed, Space::Word))),
            pair_seed: hash(seed, Space::Bigram, w),
            stem: if self.params.stems {
                self.bucket(hash(seed, Space::Stem, stem(w).as_bytes()))
            } else {
                NO_STEM
            },
        }
    }

    /// How many character n-grams a word of `len` characters has at most.
    fn max_char_grams(&self, len: usize) -> usize {
        let nchars = len + 2;
        (self.params.char_min as usize..=self.params.char_max as usize)
            .map(|n| (nchars + 1).saturating_sub(n))
            .sum()
    }

    /// A digest of the settings a word's buckets depend on, so that a
    /// scratch used with another featurizer does not reuse them.
    fn cache_owner(&self) -> u64 {
        let p = &self.params;
        let tag = [
            p.buckets_log2,
            p.char_min,
            p.char_max,
            u8::from(p.stems),
            0,
            0,
            0,
            0,
        ];
        p.seed ^ xxh3_64_with_seed(&tag, 0)
    }

    /// Reads the cues of the tokenized text into `s.cues` and, from the
    /// same frames, which tokens are muted as mentions.
    fn find_cues(&self, s: &mut Scratch) {
        s.muted.clear();
        let mute = self.params.mute_mentions;
        if self.params.cues == 0 && !mute && !self.params.mute_negated {
            return;
        }
        let word_seed = space_seed(self.params.seed, Space::Word);
        let rare = |w: &[u8]| self.unseen_word(xxh3_64_with_seed(w, word_seed));
        cues::find(&s.norm.text, &s.toks, &s.masks, rare, &mut s.cues);
        if mute && (s.norm.text.contains(cues::QUOTE_MARKS) || s.cues.reports()) {
            let m = s.cues.mentions(&s.norm.text, &s.toks);
            m.muted(MUTED_QUOTE_MIN, &mut s.muted);
        }
        // A reclaimed slur (`Wir Krüppel wissen …`) is muted like a
        // mention: the writer names their own group, not a target.
        if mute && s.cues.own.iter().any(|&o| o) {
            s.muted.resize(s.toks.len(), false);
            for (m, o) in s.muted.iter_mut().zip(&s.cues.own) {
                *m |= *o;
            }
        }
        if self.params.mute_negated && s.cues.negated.iter().any(|&n| n) {
            s.muted.resize(s.toks.len(), false);
            for (m, n) in s.muted.iter_mut().zip(&s.cues.negated) {
                *m |= *n;
            }
        }
    }

    /// Cue features (see `cues.rs`) hashed as words of their own, after the
    /// n-grams of the text that [`Self::collect_with`] left in `s`.
    fn push_cues(&self, s: &mut Scratch, mut seen: impl FnMut(u32)) {
        let word_seed = space_seed(self.params.seed, Space::Word);
        for c in &s.cues.found {
            let f = self.bucket(xxh3_64_with_seed(&c.name, word_seed));
            seen(f);
            let list = if self.params.cue_block {
                &mut s.cue_ids
            } else {
                &mut s.words
            };
            push_word(list, &mut s.hits, f, c.start, c.end);
        }
    }

    /// Whether `w` (unigram hash `h`) is a group name that [`groups::mask`]
    /// will hash as the placeholder.
    fn group_name(&self, w: &[u8], h: u64) -> bool {
        if self.group_hashes.is_empty() {
            self.params.mask_groups && groups::is_name(w)
        } else {
            self.group_hashes.contains(h)
        }
    }

    /// Whether the typo and glued-word readers may read `w` (unigram hash
    /// `h`) as other words: it never occurred in training and is no group
    /// name, which stays one word even when training never saw it
    /// (`Transmenschen` would else become `trans menschen` and escape the
    /// mask). A cue lexicon form is a real word to them: read only as a
    /// known form of itself or another lexicon form (`Schwuchteln` as
    /// `Schwuchtel`; `Transe` was read as `trans` before), and cut only
    /// where its last part is a form of a class it has (see `glued.rs`).
    fn repairable(&self, w: &[u8], h: u64) -> bool {
        self.unseen_word(h) && !self.group_name(w, h)
    }

    /// Whether the word of unigram hash `h` is a one-word form of the cue
    /// lexicon (known only to models that read cues and typos).
    fn lexicon_form(&self, h: u64) -> bool {
        self.lexicon_hashes.contains(h)
    }

    /// Whether the word with this unigram hash never occurred in the
    /// training texts: only such words are read as misspelt or run-together
    /// lexicon words. So training sees exact cues only (every training word
    /// was seen), and a rare but real word of the scored text that the model
    /// knows keeps its own meaning; measured on GermEval, reading words seen
    /// up to 20 times as misspellings cost 0.005–0.008 macro-F1. Models
    /// without the seen-word set fall back to the word's bucket having IDF 0.
    fn unseen_word(&self, h: u64) -> bool {
        if !self.seen.is_empty() {
            return seen_bits(h)
                .iter()
                .any(|&b| self.seen[b / 64] & (1 << (b % 64)) == 0);
        }
        !self.idf.is_empty() && self.idf[self.bucket(h) as usize] == 0.0
    }

    /// The IDF of a word (by unigram hash) seen in at least [`SPLIT_MIN_DF`]
    /// training texts, else `None`: the parts a run-together token is cut
    /// into. Rarer words are often fragments (`ver`, `ex` cut off by a
    /// hyphen) or typos, which would explain any token.
    fn frequent_word(&self, h: u64) -> Option<f32> {
        if self.unseen_word(h) {
            return None;
        }
        let idf = *self.idf.get(self.bucket(h) as usize)?;
        (idf > 0.0 && idf <= self.split_idf).then_some(idf)
    }

    /// Turns raw n-gram lists into one weighted, normalized row in `s.row`.
    fn finish_row(&self, text: &str, s: &mut Scratch) {
        s.row.clear();
        for which in 0..3 {
            let list = match which {
                0 => &mut s.words,
                1 => &mut s.chars,
                _ => &mut s.cue_ids,
            };
            list.sort_unstable();
            s.block.clear();
            for &f in list.iter() {
                match s.block.last_mut() {
                    Some((g, c)) if *g == f => *c += 1.0,
                    _ => s.block.push((f, 1.0)),
                }
            }
            let mut norm2 = 0.0f32;
            for (f, v) in s.block.iter_mut() {
                let idf = self.idf.get(*f as usize).copied().unwrap_or(1.0);
                *v = (1.0 + v.ln()) * idf;
                norm2 += *v * *v;
            }
            let inv = if norm2 > 0.0 { 1.0 / norm2.sqrt() } else { 0.0 };
            // Buckets below min_df have IDF 0: drop them from the row.
            s.block.retain(|(_, v)| *v != 0.0);
            s.block.iter_mut().for_each(|(_, v)| *v *= inv);
            merge_into(&mut s.row, &s.block, &mut s.merged);
        }
        let d = self.dense(text, s);
        let base = self.buckets() as u32;
        for (k, v) in d.iter().enumerate() {
            if *v != 0.0 {
                s.row.push((base + k as u32, *v));
            }
        }
    }

    /// Normalizes and hashes one text, leaving its distinct word and
    /// character buckets with their counts in `s.word_counts` and
    /// `s.char_counts`, for the scoring fast path; `seen` gets each bucket as
    /// it is hashed (see [`Self::collect_with`]).
    pub(crate) fn counted_ngrams(&self, text: &str, s: &mut Scratch, seen: impl FnMut(u32)) {
        self.collect_with(text, s, seen);
        let bits = self.params.buckets_log2;
        s.word_counts.count(&s.words, bits);
        s.char_counts.count(&s.chars, bits);
        s.cue_counts.count(&s.cue_ids, bits);
    }

    /// Normalizes and hashes one text, leaving its word and character
    /// buckets sorted (with repeats) in `s.words` and `s.chars`: what
    /// training caches per text (see `ngram_counts.rs`).
    pub(crate) fn sorted_ngrams(&self, text: &str, s: &mut Scratch) {
        self.collect(text, s);
        s.words.sort_unstable();
        s.chars.sort_unstable();
        s.cue_ids.sort_unstable();
    }

    /// Dense signals of a text normalized by the last call on this scratch.
    pub(crate) fn dense(&self, text: &str, s: &Scratch) -> [f32; DENSE_NAMES.len()] {
        let mut out = [0.0; DENSE_NAMES.len()];
        out[..TEXT_SIGNALS].copy_from_slice(&dense_signals(text, s.norm.obfuscations));
        if self.params.cues != 0 {
            out[TEXT_SIGNALS..].copy_from_slice(&cues::strength(&s.cues.found));
        }
        out
    }

    /// Features of one text into `s.row` (sorted by column, no duplicates).
    pub(crate) fn row(&self, text: &str, s: &mut Scratch) {
        self.collect(text, s);
        self.finish_row(text, s);
    }

    /// Features of one text with every n-gram occurrence, for explanations.
    pub fn explain_row(&self, text: &str) -> (Normalized, Vec<(u32, f32)>, Vec<FeatureHit>) {
        let mut s = Scratch {
            normalizer: Normalizer::new(self.params.normalizer),
            hits: Some(Vec::new()),
            ..Scratch::default()
        };
        self.row(text, &mut s);
        (s.norm, s.row, s.hits.unwrap_or_default())
    }

    /// The text as the model reads it, with offsets into the original:
    /// normalized, misspellings of training words repaired, run-together
    /// words cut. Policy terms are matched on this reading, so that they
    /// find every spelling the model reads as the term.
    pub fn read(&self, text: &str) -> (Normalized, Vec<Token>) {
        let mut s = Scratch {
            normalizer: Normalizer::new(self.params.normalizer),
            ..Scratch::default()
        };
        self.tokenize(text, &mut s);
        (s.norm, s.toks)
    }

    /// Featurizes many texts on all rayon threads, keeping order.
    pub fn transform<S: AsRef<str> + Sync>(&self, texts: &[S]) -> SparseRecords {
        let parts: Vec<(Vec<usize>, Vec<u32>, Vec<f32>)> = texts
            .par_chunks(256)
            .map_init(
                || self.scratch(),
                |s, chunk| {
                    let mut lens = Vec::with_capacity(chunk.len());
                    let mut idx = Vec::new();
                    let mut val = Vec::new();
                    for t in chunk {
                        self.row(t.as_ref(), s);
                        lens.push(s.row.len());
                        idx.extend(s.row.iter().map(|r| r.0));
                        val.extend(s.row.iter().map(|r| r.1));
                    }
                    (lens, idx, val)
                },
            )
            .collect();
        let nnz: usize = parts.iter().map(|p| p.1.len()).sum();
        let mut indptr = Vec::with_capacity(texts.len() + 1);
        let mut indices = Vec::with_capacity(nnz);
        let mut data = Vec::with_capacity(nnz);
        indptr.push(0usize);
        for (lens, idx, val) in parts {
            for l in lens {
                indptr.push(indptr.last().copied().unwrap_or(0) + l);
            }
            indices.extend(idx.into_iter().map(|i| i as usize));
            data.extend(val);
        }
        SparseRecords::new(CsMat::new(
            (texts.len(), self.nfeatures()),
            indptr,
            indices,
            data,
        ))
    }
}

/// The bytes token `i` is hashed as, `None` if it is dropped or past the end.
fn word_at<'a>(bytes: &'a [u8], toks: &[Token], masks: &[Masked], i: usize) -> Option<&'a [u8]> {
    let t = toks.get(i)?;
    match masks.get(i).copied().unwrap_or(Masked::Keep) {
        Masked::Keep => Some(&bytes[t.start..t.end]),
        Masked::As(p) => Some(p),
        Masked::Drop => None,
    }
}

/// A character n-gram's hit: padded offsets `lo..hi` of a word `len` bytes
/// long mapped back into token `t`, clamping the pads; a masked token's
/// placeholder maps onto the whole token.
fn char_hit(feature: u32, t: &Token, len: usize, lo: usize, hi: usize) -> FeatureHit {
    let tl = t.end - t.start;
    let start = t.start + lo.saturating_sub(1).min(len).min(tl);
    let end = t.start + (hi.saturating_sub(1)).min(len).min(tl);
    FeatureHit {
        feature,
        start,
        end: end.max(start),
    }
}

/// Merges a sorted block into a sorted row, adding values on equal columns;
/// `spare` is a reused buffer.
pub(super) fn merge_into(
    row: &mut Vec<(u32, f32)>,
    block: &[(u32, f32)],
    spare: &mut Vec<(u32, f32)>,
) {
    if row.is_empty() {
        row.extend_from_slice(block);
        return;
    }
    std::mem::swap(row, spare);
    row.clear();
    let old = &*spare;
    let (mut i, mut j) = (0, 0);
    while i < old.len() || j < block.len() {
        let take_old = j >= block.len() || (i < old.len() && old[i].0 < block[j].0);
        let take_new = i >= old.len() || (j < block.len() && block[j].0 < old[i].0);
        if take_old {
            row.push(old[i]);
            i += 1;
        } else if take_new {
            row.push(block[j]);
            j += 1;
        } else {
            row.push((old[i].0, old[i].1 + block[j].1));
            i += 1;
            j += 1;
        }
    }
}

/// A text's n-gram buckets (the dense signals, such as the length,
/// differ with the spelling and are left out): what tests of spellings
/// compare.
#[cfg(test)]
pub(super) fn ngram_row(f: &Featurizer, text: &str) -> Vec<(u32, f32)> {
    let mut s = f.scratch();
    f.row(text, &mut s);
    let n = f.buckets() as u32;
    s.row.iter().filter(|e| e.0 < n).copied().collect()
}

#[cfg(test)]
mod tests {
    use super::super::hashing::hash;
    use super::*;

    fn fz() -> Featurizer {
        Featurizer::from_parts(
            FeaturizerParams::new().buckets_log2(16).check().unwrap(),
            vec![],
        )
    }

    #[test]
    fn obfuscated_and_plain_insults_share_features() {
        let f = fz();
        let x = f.transform(&[
            "Du Idiot",
            "Du 1d10t",
            "Du I d i o t",
            "Schönes Wetter heute",
        ]);
        let row = |i: usize| -> Vec<usize> { x.matrix.outer_view(i).unwrap().indices().to_vec() };
        let a: Vec<usize> = row(0).into_iter().filter(|&c| c < f.buckets()).collect();
        assert_eq!(
            a,
            row(1)
                .into_iter()
                .filter(|&c| c < f.buckets())
                .collect::<Vec<_>>()
        );
        assert_eq!(
            a,
            row(2)
                .into_iter()
                .filter(|&c| c < f.buckets())
                .collect::<Vec<_>>()
        );
        let d = row(3);
        assert!(a.iter().filter(|c| d.contains(c)).count() < 3);
    }

    #[test]
    fn rows_are_unit_blocks_and_sorted() {
        let f = fz();
        let x = f.transform(&["ein kleiner test mit wörtern"]);
        let r = x.matrix.outer_view(0).unwrap();
        assert!(r.indices().windows(2).all(|w| w[0] < w[1]));
        let sq: f32 = r
            .iter()
            .filter(|(c, _)| *c < f.buckets())
            .map(|(_, v)| v * v)
            .sum();
        // two unit blocks (words, chars); collisions may shift it a little
        assert!((sq - 2.0).abs() < 0.1, "{sq}");
    }

    /// Whether `text` gives the unigram of `w` among its word features.
    fn has(f: &Featurizer, text: &str, w: &str) -> bool {
        let seed = space_seed(f.params.seed, Space::Word);
        let mut s = f.scratch();
        f.collect(text, &mut s);
        s.words
            .contains(&f.bucket(xxh3_64_with_seed(w.as_bytes(), seed)))
    }

    /// [`fz`] with one of its settings changed.
    fn fz_with(set: impl FnOnce(FeaturizerParams) -> FeaturizerParams) -> Featurizer {
        let params = set(FeaturizerParams::new().buckets_log2(16));
        Featurizer::from_parts(params.check().unwrap(), vec![])
    }

    #[test]
    fn a_condemned_quotation_gives_no_ngrams_but_a_scare_quote_does() {
        let muting = fz();
        let plain = fz_with(|p| p.mute_mentions(false));
        let counter = "„Alle sind Parasiten“ – das ist widerliche Hetze.";
        assert!(!has(&muting, counter, "parasiten"));
        assert!(has(&muting, counter, "hetze"));
        assert!(has(&plain, counter, "parasiten"));
        // Quoted but neither reported nor condemned, or one quoted word:
        // used, not mentioned.
        assert!(has(
            &muting,
            "„Alle sind Parasiten“, so ist es.",
            "parasiten"
        ));
        assert!(has(
            &muting,
            "Diese „Parasiten“ – widerliche Hetze!",
            "parasiten"
        ));
    }

    #[test]
    fn a_negated_judging_word_gives_only_its_cue() {
        let muting = fz();
        let plain = fz_with(|p| p.mute_negated(false));
        assert!(!has(&muting, "Ich hasse Juden nicht.", "hasse"));
        assert!(has(&plain, "Ich hasse Juden nicht.", "hasse"));
        assert!(!has(&muting, "Juden sind nicht ehrlich.", "ehrlich"));
        // Without a negator, or a negator far from the word: kept.
        assert!(has(&muting, "Ich hasse Juden.", "hasse"));
        assert!(has(
            &muting,
            "Nicht jeder sieht das so, aber ich hasse Juden.",
            "hasse"
        ));
        // A negator closing the clause `Ich hasse X nicht` negates its
        // verb however long the object; not in a question, not the verb of
        // another clause, not `nicht nur`.
        assert!(!has(&muting, "Ich hasse Sinti und Roma nicht.", "hasse"));
        assert!(!has(&muting, "Ich hasse Juden überhaupt nicht!", "hasse"));
        assert!(has(
            &muting,
            "Warum hasse ich Sinti und Roma nicht?",
            "hasse"
        ));
        assert!(has(
            &muting,
            "Die sind widerlich und arbeiten einfach nicht.",
            "widerlich"
        ));
        assert!(has(&muting, "Die sind nicht nur widerlich.", "widerlich"));
    }

    #[test]
    fn a_condemned_saying_without_quotation_marks_gives_no_ngrams() {
        let muting = fz();
        for counter in [
            "Du hast geschrieben, Roma seien Abschaum. Das ist schlicht falsch.",
            "Wer Roma als Abschaum bezeichnet, hat hier nichts verloren.",
        ] {
            assert!(!has(&muting, counter, "abschaum"), "{counter}");
            assert!(has(
                &fz_with(|p| p.mute_mentions(false)),
                counter,
                "abschaum"
            ));
        }
        // Reported without condemnation (news), or condemned outside a
        // saying (the writer's own words): used.
        for used in [
            "Der Minister sagte, Roma seien Abschaum.",
            "Roma sind Abschaum, das ist schlicht falsch zu leugnen.",
        ] {
            assert!(has(&muting, used, "abschaum"), "{used}");
        }
    }

    #[test]
    fn words_of_the_training_texts_are_seen_and_others_are_not() {
        let texts = ["der hund bellt laut", "eine katze schläft"];
        let f = Featurizer::fit(FeaturizerParams::new().check().unwrap(), &texts);
        let seed = space_seed(f.params.seed, Space::Word);
        let unseen = |w: &str| f.unseen_word(xxh3_64_with_seed(w.as_bytes(), seed));
        for w in ["der", "hund", "bellt", "katze", "schläft"] {
            assert!(!unseen(w), "{w}");
        }
        // With 2 M bits for eight words none of these collides.
        for w in [
            "abchaum", "qxzvbn", "plomtrak", "widerli", "hunde", "bellen",
        ] {
            assert!(unseen(w), "{w}");
        }
        // Featurizers without the set (older models) fall back to the IDF table.
        let old = Featurizer::from_parts(f.params, f.idf.clone());
        assert!(!old.unseen_word(xxh3_64_with_seed(b"hund", seed)));
    }

    #[test]
    fn unseen_words_run_together_from_frequent_ones_hash_as_those_words() {
        let texts = [
            "respekt verdienen sie",
            "respekt gibt es",
            "verdienen wir",
            "respekt und verdienen",
            "respekt verdienen alle",
            "ein anderer text",
        ];
        let row = ngram_row;
        let f = Featurizer::fit(FeaturizerParams::new().check().unwrap(), &texts);
        assert_eq!(row(&f, "respektverdienen"), row(&f, "respekt verdienen"));
        // `anderer` and `text` occur once: too rare to explain a token.
        assert_ne!(row(&f, "anderertext"), row(&f, "anderer text"));
        let off = FeaturizerParams::new().split_glued(false).check().unwrap();
        let f = Featurizer::fit(off, &texts);
        assert_ne!(row(&f, "respektverdienen"), row(&f, "respekt verdienen"));
    }

    /// A group name training never saw stays one word and is masked, not
    /// split into two frequent ones (`trans menschen`) or read as a typo.
    #[test]
    fn an_unseen_group_name_is_masked_not_split_or_repaired() {
        let texts = [
            "trans menschen",
            "menschen und trans",
            "trans sind menschen",
            "menschen trans",
            "ich hasse das",
            "ich hasse sie",
        ];
        let p = FeaturizerParams::new().mask_groups(true).check().unwrap();
        let f = Featurizer::fit(p, &texts);
        assert!(has(&f, "ich hasse transmenschen", "gruppe"));
        assert!(!has(&f, "ich hasse transmenschen", "menschen"));
        assert_eq!(
            ngram_row(&f, "ich hasse transmenschen"),
            ngram_row(&f, "ich hasse juden")
        );
    }

    #[test]
    fn unseen_words_a_typo_or_a_space_from_frequent_ones_hash_as_those_words() {
        let texts = [
            "ich hasse das",
            "hasse es nicht",
            "das hasse ich",
            "wir hasse euch",
            "ein anderer text",
        ];
        let f = Featurizer::fit(FeaturizerParams::new().check().unwrap(), &texts);
        let plain = ngram_row(&f, "ich hasse das");
        for typo in [
            "ich hsse das",
            "ich hsase das",
            "ich hassse das",
            "ich ha sse das",
        ] {
            assert_eq!(ngram_row(&f, typo), plain, "{typo}");
        }
        // Explanations point at what was written.
        let (norm, _, hits) = f.explain_row("Ich hsse das");
        let (a, b) = norm.original_span(hits[0].start, hits[0].end);
        assert_eq!(&"Ich hsse das"[a..b], "Ich");
        assert!(hits
            .iter()
            .any(|h| norm.original_span(h.start, h.end) == (4, 8)));
        let off = FeaturizerParams::new().typos(false).check().unwrap();
        let f_off = Featurizer::fit(off, &texts);
        assert_ne!(ngram_row(&f_off, "ich hsse das"), plain);
        // The first letter is kept (`asse` is not `hasse`), and `anderer`
        // occurs once, too rare to be what a typo meant: read as without
        // the repair.
        for text in ["ich asse das", "ein anderr text"] {
            assert_eq!(ngram_row(&f, text), ngram_row(&f_off, text), "{text}");
        }
        // Words that make a group of the noun beside them are read out of
        // a misspelling like group names, though training never saw them.
        let groups = FeaturizerParams::new().mask_groups(true).check().unwrap();
        let f = Featurizer::fit(groups, &texts);
        for (typo, meant) in [
            ("ich hasse tras menschen", "trans"),
            ("menschen mit behidnerung hasse ich", "behinderung"),
        ] {
            let toks: Vec<Token> = tokens(typo).collect();
            let mut r = typos::Repairs::default();
            r.find(typo, &toks, &[], &Words(&f));
            let fixed: Vec<&str> = r.fixes.iter().map(|(_, w)| w.as_str()).collect();
            assert_eq!(fixed, [meant], "{typo}");
        }
    }

    #[test]
    fn words_of_lexicon_phrases_are_real_words_to_the_typo_reader() {
        // `graut` is one letter from the frequent `grau`; as the first word
        // of the lexicon phrase `graut vor` it is read as written, or the
        // phrase would be lost.
        let texts = [
            "der himmel ist grau",
            "grau und kalt",
            "so grau heute",
            "alles grau hier",
            "grau grau grau",
        ];
        let on = |cues: bool| {
            let p = FeaturizerParams::new().cues(cues).check().unwrap();
            Featurizer::fit(p, &texts)
        };
        assert!(has(&on(true), "mir graut vor dem winter", "graut"));
        // Without the lexicon it is a typo like any other.
        assert!(has(&on(false), "mir graut vor dem winter", "grau"));
    }

    #[test]
    fn a_scratch_lent_to_another_model_forgets_the_repairs_it_kept() {
        let hassing = [
            "ich hasse das",
            "hasse es",
            "das hasse ich",
            "wir hasse euch",
        ];
        let other = ["ich hasse das", "hassen wir", "ich liebe das", "ein text"];
        let params = FeaturizerParams::new().check().unwrap();
        let (a, b) = (
            Featurizer::fit(params, &hassing),
            Featurizer::fit(params, &other),
        );
        let row = |f: &Featurizer, s: &mut Scratch| {
            f.row("ich hsse das", s);
            s.row.clone()
        };
        let mut shared = a.scratch();
        // Twice with one model (the second from the memo), then the other.
        let first = row(&a, &mut shared);
        assert_eq!(row(&a, &mut shared), first);
        assert_eq!(row(&b, &mut shared), row(&b, &mut b.scratch()));
        assert_ne!(row(&b, &mut b.scratch()), first);
        assert_eq!(row(&a, &mut shared), row(&a, &mut a.scratch()));
    }

    #[test]
    fn models_written_before_words_were_cut_read_as_not_cutting() {
        let off = FeaturizerParams::new().split_glued(false).check().unwrap();
        let json = serde_json::to_string(&off).unwrap();
        assert!(!json.contains("split_glued"), "{json}");
        let read: FeaturizerValidParams = serde_json::from_str(&json).unwrap();
        assert!(!read.split_glued);
        let on = FeaturizerParams::new().check().unwrap();
        let read: FeaturizerValidParams =
            serde_json::from_str(&serde_json::to_string(&on).unwrap()).unwrap();
        assert!(read.split_glued);
    }

    #[test]
    fn idf_downweights_common_ngrams() {
        let texts = ["der hund", "der baum", "der see", "der hund"];
        let f = Featurizer::fit(
            FeaturizerParams::new().buckets_log2(16).check().unwrap(),
            &texts,
        );
        let idf = |w: &[u8]| f.idf[f.bucket(hash(f.params.seed, Space::Word, w)) as usize];
        assert!(idf(b"der") < idf(b"hund"));
        // A word seen once is kept; a character n-gram seen once is not.
        assert!(idf(b"baum") > 0.0);
        let ch = |g: &[u8]| f.idf[f.bucket(hash(f.params.seed, Space::Char, g)) as usize];
        assert_eq!(ch(b"baum"), 0.0);
        assert!(ch(b"hund") > 0.0);
    }

    #[test]
    fn cues_add_features_only_when_on_in_their_own_block_if_asked() {
        let texts = ["Die sind nicht ehrlich", "ein anderer text"];
        let params = |cues: bool, block: bool| {
            let mut p = FeaturizerParams::new()
                .buckets_log2(16)
                .cues(cues)
                .stems(false)
                .mute_negated(false)
                .check()
                .unwrap();
            p.cue_block = block;
            p
        };
        let lists = |p| {
            let f = Featurizer::fit(p, &texts);
            let mut s = f.scratch();
            f.collect(texts[0], &mut s);
            (s.words.len(), s.cue_ids.len())
        };
        // "ehrlich" negated: `not pos` is added to the four words and three bigrams.
        assert_eq!(lists(params(false, true)), (7, 0));
        assert_eq!(lists(params(true, false)), (8, 0));
        assert_eq!(lists(params(true, true)), (7, 1));
        // Stems: one more word feature per word.
        let mut stemmed = params(false, true);
        stemmed.stems = true;
        assert_eq!(lists(stemmed), (11, 0));
        // In its own block a cue weighs as much in a long text as in a short one.
        let long = "Die sind nicht ehrlich und das sage ich hier jetzt schon seit vielen Jahren";
        let cue_value = |p, text: &str| {
            let f = Featurizer::fit(p, &[texts[0], texts[1], long]);
            let mut s = f.scratch();
            f.row(text, &mut s);
            let cue = f.bucket(hash(f.params.seed, Space::Word, &s.cues.found[0].name));
            s.row.iter().find(|e| e.0 == cue).unwrap().1
        };
        let (short_in, long_in) = (
            cue_value(params(true, false), texts[0]),
            cue_value(params(true, false), long),
        );
        assert!(long_in < 0.8 * short_in, "{long_in} {short_in}");
        let (short_own, long_own) = (
            cue_value(params(true, true), texts[0]),
            cue_value(params(true, true), long),
        );
        assert!(
            (long_own - short_own).abs() < 1e-6,
            "{long_own} {short_own}"
        );
    }

    #[test]
    fn hits_point_at_words() {
        let f = fz();
        let (norm, _, hits) = f.explain_row("Du Idiot");
        assert!(hits.iter().any(|h| &norm.text[h.start..h.end] == "idiot"));
        assert!(hits.iter().all(|h| h.end <= norm.text.len()));
    }

    #[test]
    fn bad_params_are_named() {
        let e = FeaturizerParams::new()
            .buckets_log2(30)
            .check()
            .unwrap_err();
        assert!(e.to_string().contains("2^30"));
    }
}
