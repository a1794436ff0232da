//! Cue features: words abstracted into classes (positive or negative
//! evaluation, dehumanisation, violence, ...) and marked with the frame they
//! stand in (negated, about a group, addressed to "you", quoted or reported,
//! asked as a question, given as an opinion).
//!
//! A bag of n-grams learns each predicate on its own: "X sind nicht ehrlich"
//! teaches it nothing about "X sind nicht fleißig", and "nicht" next to a
//! praise word looks the same as "nicht" next to an insult. The cues give the
//! model a handful of features that carry over: `not pos` (negated praise),
//! `grp neg` (a group and a negative evaluation in one sentence), `you
//! violence` (violence addressed to the reader), `rep dehum` (a dehumanising
//! word inside a quotation or after "wer schreibt"). Their weights are learned
//! like any other word's, from the training data; the lexicon only says which
//! words belong together (`data/lexicon/cues-de.tsv`, our own writing).

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::LazyLock;

use foldhash::fast::FixedState;

use super::artefacts::Masked;
use super::groups::{self, PLACEHOLDER};
use super::memo::Memo;
use super::separable::{self, SplitVerbs};
use crate::text::{tokens, Normalizer, NormalizerParams, Token};

/// The shipped lexicon; a model records its hash (see [`lexicon_id`]).
const LEXICON: &str = include_str!("../../data/lexicon/cues-de.tsv");

/// Word classes of the lexicon, in the bit order of [`Classes`]. `stereo`
/// is stereotype content ("klauen", "Sozialleistungen",
/// "Parallelgesellschaft"): no insult in itself, but said of a group (the
/// cue `grp stereo`) the content of implicit derogation, which no negative
/// word marks.
const CLASS_NAMES: [&str; 16] = [
    "pos", "neg", "dehum", "violence", "exclude", "insult", "slur", "profane", "condemn",
    "general", "stereo", "negator", "report", "opinion", "idiom", "aimed",
];

/// Classes that become cue features (the low bits, contiguous); the rest
/// only mark frames.
const EVALUATIVE: u16 = 0b111_1111_1111;
/// Generalising words ("immer", "typisch", "alle"): a claim made of a whole
/// group, the mark of a stereotype even when no word in it is negative
/// ("Typisch X, ..."), and, negated ("nicht alle X"), the usual rebuttal of
/// one. They carry no evaluation of their own, so a misspelling is not
/// read as one (see [`Lexicon::fuzzy_classes`]).
const GENERAL: u16 = 1 << 9;
/// Counter-speech words, which tell a quoted slur from a used one (see [`Mentions`]).
const CONDEMN: u16 = 1 << 8;
/// Stereotype content: a cue only in a sentence naming a group.
const STEREO: u16 = 1 << 10;
/// Slurs: said of the writer's own group (see [`self_applied`]) they are
/// reclaimed, not hurled.
const SLUR: u16 = 1 << class_bit("slur");
const NEGATOR: u16 = 1 << 11;
const REPORT: u16 = 1 << 12;
const OPINION: u16 = 1 << 13;
/// Set phrases whose words mean none of their classes: "ehrlich gesagt"
/// (honestly: no report, no praise), "nichts als" (nothing but: no
/// negation).
const IDIOM: u16 = 1 << 14;
const VIOLENCE: u16 = 1 << class_bit("violence");
/// Violence only when aimed at a group or the reader: the lexicon's
/// `aimed` class is violence with this bit. `anzünden`, `jagen`,
/// `versenken` are candles, hunters and ships unless a group is named
/// (`zünde die Häuser der Roma an`) or the reader addressed; in those
/// frames they give the violence cue of the frame, never the plain one,
/// so what training teaches about `grp violence` carries to them.
const AIMED: u16 = 1 << class_bit("aimed");
/// The classes a reading of a bent word (misspelt, glued, split) keeps:
/// the evaluative ones but generalising words, and whether violence is
/// only aimed.
const BENT: u16 = (EVALUATIVE & !GENERAL) | AIMED;

/// Frame marks combined with a class into one cue.
const NOT: u8 = 1;
const GRP: u8 = 2;
const YOU: u8 = 4;
const REP: u8 = 8;
const QUESTION: u8 = 16;
const OP: u8 = 32;

/// Classes that judge (praise, blame, dehumanise, threaten, exclude,
/// insult): negated, the judgement is denied.
const JUDGING: u16 = 0b11_1111;

/// Tokens a negator reaches on either side ("nicht ehrlich", "verdienen sie nicht").
const NEGATION_REACH: usize = 3;

/// Endings added to adjective and noun lemmas so inflected forms match.
const ADJ_ENDINGS: &[&str] = &[
    "", "e", "en", "er", "es", "em", "ere", "eren", "erer", "eres", "erem", "ste", "sten", "ster",
    "stes", "stem",
];
const NOUN_ENDINGS: &[&str] = &["", "e", "en", "n", "s", "er", "ern", "es", "innen", "in"];

/// Second-person words: violence or insults addressed to the reader.
const YOU_WORDS: &[&str] = &[
    "du", "dich", "dir", "dein", "deine", "euch", "ihr", "euer", "eure",
];

/// A bit set of word classes.
pub(crate) type Classes = u16;

/// A cue found in a text: its feature name and the token span that made it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    /// Bytes hashed as the cue's word: a marker, the class, the frame marks.
    pub name: [u8; 4],
    /// Start byte of the triggering token in the normalized text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// A malformed lexicon line.
#[derive(Debug, thiserror::Error)]
#[error("cue lexicon line {line}: {why}")]
pub(crate) struct LexiconError {
    line: usize,
    why: String,
}

/// A phrase after its first word: the remaining words and the classes.
type Phrase = (Vec<Vec<u8>>, Classes);

/// The parsed lexicon: single word forms and multi-word phrases, both as the
/// normalizer writes them.
#[derive(Debug, Default)]
pub(crate) struct Lexicon {
    words: HashMap<Vec<u8>, Classes, FixedState>,
    /// Single-word forms of at least [`FUZZY_MIN_CHARS`] characters with one
    /// character deleted: the deletion's hash, the position deleted and the
    /// classes, sorted by hash. One sorted vector rather than a map of
    /// strings, because every process that scores builds it.
    deletes: Vec<(u64, u8, Classes)>,
    /// The deletions' hashes, so that the lookups of a misspelling that
    /// hit nothing (nearly all of them) skip the binary search: one probe
    /// of a 256 KB table that stays in cache instead of a search through
    /// 2.9 MB.
    delete_bits: BitFilter,
    /// The single-word forms' hashes, so that a misspelling's deletions
    /// are built and looked up as words only when one may be a form.
    word_bits: BitFilter,
    /// The phrases run together that are in `words` (`wenigerwert`): not
    /// words a typo or a split word is read as (`Kopf ab` stays two).
    joined: HashSet<Vec<u8>, FixedState>,
    /// Phrases by their first word: the remaining words and the class.
    phrases: HashMap<Vec<u8>, Vec<Phrase>, FixedState>,
    /// Separable verbs split in a main clause (`bringt sie um`).
    split_verbs: SplitVerbs,
    /// Tells this lexicon from another (the shipped one from a test's):
    /// a scratch's memo of misspelt forms holds for one lexicon only.
    id: u64,
}

/// The next [`Lexicon::id`].
static NEXT_LEXICON: AtomicU64 = AtomicU64::new(1);

impl Lexicon {
    /// Parses `class<TAB>kind<TAB>term` lines (`#` comments, a header line).
    pub(crate) fn parse(text: &str) -> Result<Self, LexiconError> {
        let mut lex = Lexicon {
            id: NEXT_LEXICON.fetch_add(1, Ordering::Relaxed),
            ..Lexicon::default()
        };
        let mut norm = Normalizer::new(NormalizerParams::default());
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') || line.starts_with("class\t") {
                continue;
            }
            let err = |why: &str| LexiconError {
                line: i + 1,
                why: why.to_string(),
            };
            let mut f = line.split('\t');
            let (Some(class), Some(kind), Some(term), None) =
                (f.next(), f.next(), f.next(), f.next())
            else {
                return Err(err("expected three tab-separated fields"));
            };
            let bit = CLASS_NAMES
                .iter()
                .position(|c| *c == class)
                .ok_or_else(|| err(&format!("unknown class {class:?}")))?;
            let bit = match 1u16 << bit {
                AIMED => AIMED | VIOLENCE,
                bit => bit,
            };
            let endings = match kind {
                "adj" => ADJ_ENDINGS,
                "noun" => NOUN_ENDINGS,
                "form" | "phrase" => &[""][..],
                _ => return Err(err(&format!("unknown kind {kind:?}"))),
            };
            for spelling in spellings(term.trim()) {
                // Cut as the scored text is cut: `geht's noch` is the
                // tokens `geht`, `s`, `noch`.
                let text = norm.normalize(&spelling).text;
                let words: Vec<Vec<u8>> = tokens(&text)
                    .map(|t| text.as_bytes()[t.start..t.end].to_vec())
                    .collect();
                match words.as_slice() {
                    [] => return Err(err("empty term")),
                    [w] => lex.add_word(w, kind, endings, bit),
                    [first, rest @ ..] => {
                        // Also run together (`wenigerwert`, `aufdertasche`):
                        // a form, so that it is matched, misspelt or glued
                        // to a short word like any other.
                        let joined = words.concat();
                        if String::from_utf8_lossy(&joined).chars().count() >= SPLIT_MIN_CHARS {
                            *lex.words.entry(joined.clone()).or_default() |= bit;
                            lex.joined.insert(joined);
                        }
                        lex.phrases
                            .entry(first.clone())
                            .or_default()
                            .push((rest.to_vec(), bit));
                    }
                }
            }
        }
        // Sorted as one 128-bit number each, in the order of the tuples
        // (hash, position, classes), by their hashes' top bits first (see
        // `hash_sort`): a comparison sort of the tuples was half of the
        // lexicon's parse, which every process pays.
        let mut packed: Vec<u128> = Vec::new();
        for (w, &c) in &lex.words {
            if let Ok(w) = std::str::from_utf8(w) {
                for_each_deletion(w, |pos, _, h| {
                    packed.push(u128::from(h) << 64 | u128::from(pos) << 16 | u128::from(c));
                });
            }
        }
        super::hash_sort::sort_by_top_bits(&mut packed, |k| (k >> 112) as u16);
        let deletes: Vec<(u64, u8, Classes)> = packed
            .into_iter()
            .map(|k| ((k >> 64) as u64, (k >> 16) as u8, k as Classes))
            .collect();
        lex.delete_bits = BitFilter::new(deletes.iter().map(|d| d.0), DELETE_BITS_LOG2);
        lex.word_bits = BitFilter::new(lex.words.keys().map(|w| word_hash(w)), WORD_BITS_LOG2);
        lex.deletes = deletes;
        Ok(lex)
    }

    /// A single-word term with its endings; a separable verb form also
    /// with `zu` inside and as the stem of a split verb (see
    /// [`separable`]).
    fn add_word(&mut self, w: &[u8], kind: &str, endings: &[&str], bit: Classes) {
        if kind == "form" {
            if let Ok(verb) = std::str::from_utf8(w) {
                if let Some(zu) = separable::zu_infinitive(verb) {
                    *self.words.entry(zu.into_bytes()).or_default() |= bit;
                }
                self.split_verbs.add(verb, bit);
            }
        }
        for e in endings {
            let mut form = w.to_vec();
            form.extend_from_slice(e.as_bytes());
            *self.words.entry(form).or_default() |= bit;
        }
    }

    /// The (position, classes) of the forms that a word of hash `h` (see
    /// [`word_hash`]) is a deletion of.
    fn deleted(&self, h: u64) -> impl Iterator<Item = (u8, Classes)> + '_ {
        let from = if self.delete_bits.maybe(h) {
            self.deletes.partition_point(|e| e.0 < h)
        } else {
            self.deletes.len()
        };
        self.deletes[from..]
            .iter()
            .take_while(move |e| e.0 == h)
            .map(|e| (e.1, e.2))
    }

    fn classes(&self, word: &[u8]) -> Classes {
        self.words.get(word).copied().unwrap_or(0)
    }

    /// Classes of a lexicon form one edit away from `word` (a letter
    /// dropped, added, replaced or two neighbours swapped: `Asbchaum`,
    /// `Veih`, `Krebsgeschwr`), for words of at least four letters; swaps
    /// only at four letters, where one edit reaches too many other words.
    fn fuzzy_classes(&self, word: &[u8]) -> Classes {
        let Ok(w) = std::str::from_utf8(word) else {
            return 0;
        };
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < 4 || !chars.iter().all(|c| c.is_alphabetic()) {
            return 0;
        }
        if chars.len() < FUZZY_MIN_CHARS {
            let mut found = 0;
            let mut buf = chars.clone();
            for i in 0..buf.len() - 1 {
                buf.swap(i, i + 1);
                found |= self.classes(buf.iter().collect::<String>().as_bytes());
                buf.swap(i, i + 1);
            }
            return found;
        }
        // A dropped letter: the word is one of a form's deletions.
        let mut found = self.deleted(word_hash(word)).fold(0, |a, (_, c)| a | c);
        let mut d = Vec::with_capacity(word.len());
        for_each_deletion(w, |pos, cut, h| {
            // An added letter: one of the word's deletions is a form.
            if self.word_bits.maybe(h) {
                d.clear();
                d.extend_from_slice(&word[..cut.start]);
                d.extend_from_slice(&word[cut.end..]);
                found |= self.classes(&d);
            }
            // A replaced letter (same position) or swapped neighbours.
            for (p, c) in self.deleted(h) {
                if p.abs_diff(pos) <= 1 {
                    found |= c;
                }
            }
        });
        found
    }

    /// Evaluative classes of two neighbouring tokens that together spell a
    /// lexicon form of six letters or more (`widerli ch`, `Sch wuchteln`,
    /// `ekel haft`): a space inside a word is as cheap a way past a word
    /// filter as one taken out. Letters only, so numbers and punctuation
    /// never join; 0 when the two do not make one.
    fn split_classes(&self, a: &[u8], b: &[u8]) -> Classes {
        // Bytes are at least characters: too short in bytes is too short.
        if a.len() + b.len() < SPLIT_MIN_CHARS {
            return 0;
        }
        // Characters of a word of letters only, else None.
        let letters = |w: &[u8]| {
            let w = std::str::from_utf8(w).ok()?;
            (!w.is_empty() && w.chars().all(char::is_alphabetic)).then(|| w.chars().count())
        };
        match (letters(a), letters(b)) {
            (Some(na), Some(nb)) if na + nb >= SPLIT_MIN_CHARS => {
                self.classes(&[a, b].concat()) & BENT
            }
            _ => 0,
        }
    }

    /// Classes of a token that is an evaluative lexicon form run together
    /// with a [`GLUE`] word before or after it (`alle|widerlich`,
    /// `abschaum|der`), both parts' classes; 0 when no split gives one.
    /// Generalising words alone do not count (`alle|dem`), nor an article
    /// after `-n`, which is a participle's ending (`hetzen|den`).
    fn glued_classes(&self, word: &[u8]) -> Classes {
        let Ok(w) = std::str::from_utf8(word) else {
            return 0;
        };
        if !w.chars().all(char::is_alphabetic) {
            return 0;
        }
        for (i, _) in w.char_indices().skip(1) {
            // Only where a glue word fits before or after the cut.
            if i > GLUE_MAX_BYTES && w.len() - i > GLUE_MAX_BYTES {
                continue;
            }
            let (a, b) = w.split_at(i);
            for (glue, rest, before) in [(a, b, true), (b, a, false)] {
                if glue.len() < 3
                    || glue.len() > GLUE_MAX_BYTES
                    || rest.len() < GLUED_MIN_CHARS
                    || GLUE.binary_search(&glue).is_err()
                    || rest.chars().count() < GLUED_MIN_CHARS
                    || (before && VERB_PREFIXES.contains(&glue))
                    || (!before && rest.ends_with('n') && glue.starts_with('d'))
                {
                    continue;
                }
                let c = self.classes(rest.as_bytes()) & BENT;
                if c != 0 {
                    return c | self.classes(glue.as_bytes());
                }
            }
        }
        0
    }
}

/// Shortest lexicon word (in characters) read out of a word split in two.
const SPLIT_MIN_CHARS: usize = 6;

/// Size of [`Lexicon::delete_bits`]: 2^22 bits (512 KB) for the shipped
/// lexicon's deletions, 5.7 % of the bits set (stop 52's words filled
/// 2^21 bits to 11 %).
const DELETE_BITS_LOG2: u32 = 22;

/// Size of [`Lexicon::word_bits`]: 2^18 bits (32 KB) for the shipped
/// lexicon's single-word forms.
const WORD_BITS_LOG2: u32 = 18;

/// Shortest word (in characters) matched with any single edit.
const FUZZY_MIN_CHARS: usize = 5;

/// Short closed-class words (sorted) that a word run together with its
/// neighbour is tried without: removing one space (`abschaumder`,
/// `verprügeltsie`, `allewiderlich`) is the cheapest way past a word filter.
/// Three letters at least: `er`, `es`, `in` and `an` begin too many words.
pub(super) const GLUE: &[&str] = &[
    "aber", "alle", "allen", "aller", "alles", "als", "auch", "auf", "aus", "bei", "das", "dass",
    "dem", "den", "der", "des", "die", "dies", "diese", "diesem", "diesen", "dieser", "dieses",
    "doch", "ein", "eine", "einem", "einen", "einer", "eines", "euch", "für", "ihr", "ihre",
    "ihren", "ist", "kein", "keine", "man", "mit", "nach", "nicht", "oder", "sie", "sind", "und",
    "uns", "von", "vor", "war", "was", "wie", "wir", "zum", "zur", "über",
];

/// Bytes of the longest [`GLUE`] word.
const GLUE_MAX_BYTES: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < GLUE.len() {
        if GLUE[i].len() > max {
            max = GLUE[i].len();
        }
        i += 1;
    }
    max
};

/// Glue words that also begin verbs and their participles (`mitgelöscht`,
/// `aufträge`, `einträge`): not taken off the front of a token.
const VERB_PREFIXES: &[&str] = &["auf", "aus", "bei", "ein", "mit", "nach", "vor", "über"];

/// Shortest lexicon word (in characters) read out of a glued token.
const GLUED_MIN_CHARS: usize = 4;

/// Calls `f` with the position, byte range and [`word_hash`] of each
/// one-character deletion of `w`, for words of [`FUZZY_MIN_CHARS`] to 40
/// characters. The hash is a polynomial over the bytes, so each deletion's
/// follows from the word's prefix hashes in a few operations instead of
/// hashing the deletion's bytes again: this runs for every word a
/// scored comment has that the model never saw.
fn for_each_deletion(w: &str, mut f: impl FnMut(u8, Range<usize>, u64)) {
    let n = w.chars().count();
    if !(FUZZY_MIN_CHARS..=40).contains(&n) {
        return;
    }
    let b = w.as_bytes();
    let whole = poly(b);
    let mut before = 0u64; // poly(b[..i])
    for (k, (i, c)) in w.char_indices().enumerate() {
        let j = i + c.len_utf8();
        let through = b[i..j].iter().fold(before, poly_step); // poly(b[..j])
                                                              // poly(b[..i] ++ b[j..]) = poly(b) + (poly(b[..i]) - poly(b[..j])) * B^(len - j)
        let tail = POLY_POW[b.len() - j];
        let h = whole.wrapping_add(before.wrapping_sub(through).wrapping_mul(tail));
        f(k as u8, i..j, mix(h));
        before = through;
    }
}

/// Multiplier of the polynomial word hash (odd, the 64-bit FNV prime).
const POLY_B: u64 = 0x0000_0100_0000_01b3;

/// Powers of [`POLY_B`] up to the longest deletable word (40 characters of
/// at most four bytes).
const POLY_POW: [u64; 161] = {
    let mut p = [1u64; 161];
    let mut i = 1;
    while i < p.len() {
        p[i] = p[i - 1].wrapping_mul(POLY_B);
        i += 1;
    }
    p
};

fn poly_step(h: u64, &x: &u8) -> u64 {
    h.wrapping_mul(POLY_B).wrapping_add(u64::from(x) + 1)
}

fn poly(b: &[u8]) -> u64 {
    b.iter().fold(0, poly_step)
}

/// The splitmix64 finalizer: spreads a polynomial hash over all 64 bits,
/// since [`BitFilter`] takes the top ones.
fn mix(mut h: u64) -> u64 {
    h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^ (h >> 31)
}

/// Hash of a word or deletion as [`Lexicon::deletes`] keeps it.
fn word_hash(b: &[u8]) -> u64 {
    mix(poly(b))
}

/// One bit per hash (its top bits): a definite "no" for most hashes that
/// are not in a set, in a table small enough to stay in cache. Exact, as a
/// set bit only sends on to the real lookup.
#[derive(Debug, Default)]
struct BitFilter {
    bits: Vec<u64>,
    log2: u32,
}

impl BitFilter {
    fn new(hashes: impl Iterator<Item = u64>, log2: u32) -> Self {
        let mut f = BitFilter {
            bits: vec![0; 1 << (log2 - 6)],
            log2,
        };
        for h in hashes {
            let b = f.bit(h);
            f.bits[b >> 6] |= 1 << (b & 63);
        }
        f
    }

    fn bit(&self, h: u64) -> usize {
        (h >> (64 - self.log2)) as usize
    }

    /// False only when `h` is not in the set.
    fn maybe(&self, h: u64) -> bool {
        let b = self.bit(h);
        self.bits
            .get(b >> 6)
            .is_some_and(|w| w & (1 << (b & 63)) != 0)
    }

    #[cfg(test)]
    fn share_set(&self) -> f64 {
        let set: u32 = self.bits.iter().map(|w| w.count_ones()).sum();
        f64::from(set) / (1u64 << self.log2) as f64
    }
}

/// Whether `a` is one character dropped, added or replaced, or two
/// neighbours swapped, away from `b` (`wet`/`wert`, `wret`/`wert`).
fn one_edit(a: &[u8], b: &[u8]) -> bool {
    let (Ok(a), Ok(b)) = (std::str::from_utf8(a), std::str::from_utf8(b)) else {
        return false;
    };
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let head = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        if head == short.len() {
            return false;
        }
        // Replaced at `head`, or `head` and the next swapped.
        let replaced = short[head + 1..] == long[head + 1..];
        let swapped = head + 1 < short.len()
            && short[head] == long[head + 1]
            && short[head + 1] == long[head]
            && short[head + 2..] == long[head + 2..];
        replaced || swapped
    } else {
        short[head..] == long[head + 1..]
    }
}

/// A term as written, without umlauts (leet `4` folds to `a`) and with `ae`/`oe`/`ue`/`ss`.
fn spellings(term: &str) -> Vec<String> {
    let plain = term.replace('ä', "a").replace('ö', "o").replace('ü', "u");
    let ascii = term
        .replace('ä', "ae")
        .replace('ö', "oe")
        .replace('ü', "ue")
        .replace('ß', "ss");
    let mut v = vec![term.to_string(), plain, ascii];
    v.dedup();
    v
}

static SHIPPED: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::parse(LEXICON).expect("the shipped cue lexicon parses (tested)"));

/// The classes of `w` (normalized) if it is a one-word form of the
/// shipped lexicon (see [`forms`]).
pub(crate) fn form_classes(w: &[u8]) -> Option<Classes> {
    let classes = SHIPPED.classes(w);
    (classes != 0 && !SHIPPED.joined.contains(w)).then_some(classes)
}

/// The shipped lexicon's one-word forms (normalized), in no order; not
/// its phrases run together.
pub(crate) fn forms() -> impl Iterator<Item = &'static str> {
    SHIPPED
        .words
        .keys()
        .filter(|w| !SHIPPED.joined.contains(*w))
        .filter_map(|w| std::str::from_utf8(w).ok())
}

/// The words of the shipped lexicon's phrases (normalized), each once
/// per phrase, in no order.
pub(crate) fn phrase_words() -> impl Iterator<Item = &'static str> {
    SHIPPED
        .phrases
        .iter()
        .flat_map(|(first, list)| {
            std::iter::once(first.as_slice()).chain(
                list.iter()
                    .flat_map(|(rest, _)| rest.iter().map(Vec::as_slice)),
            )
        })
        .filter_map(|w| std::str::from_utf8(w).ok())
}

/// Builds the shipped lexicon now rather than on the first text (it takes
/// tens of milliseconds, more in debug builds): a service loading a model
/// with cues pays for it at start, not inside its first request's scoring
/// budget.
pub(crate) fn warm() {
    LazyLock::force(&SHIPPED);
}

/// Identifies the shipped lexicon (the first 8 bytes of its SHA-256, never
/// 0): a model trained with other word lists would read its cue weights
/// wrongly, so it records this and refuses to load beside another lexicon.
pub fn lexicon_id() -> u64 {
    *LEXICON_ID
}

/// The hash behind [`lexicon_id`], computed once: every model load asks.
static LEXICON_ID: LazyLock<u64> = LazyLock::new(|| {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(LEXICON.as_bytes());
    u64::from_le_bytes(d[..8].try_into().expect("8 bytes")).max(1)
});

/// Per-token frame facts of one text.
#[derive(Debug, Clone, Default)]
struct Frames {
    classes: Vec<Classes>,
    sentence: Vec<u32>,
    /// Clause numbers: a sentence cut at commas, colons and dashes.
    clause: Vec<u32>,
    quoted: Vec<bool>,
}

/// The cues found in the last text, and buffers reused from text to text.
#[derive(Debug, Clone, Default)]
pub(crate) struct CueScratch {
    /// The cues of the last text given to [`find`].
    pub(crate) found: Vec<Cue>,
    /// Per token of that text: a judging word (see [`JUDGING`]) under
    /// negation.
    pub(crate) negated: Vec<bool>,
    /// Per token of that text: a slur the writer says of themselves or
    /// their own group (see [`self_applied`]); it gives no slur cue.
    pub(crate) own: Vec<bool>,
    frames: Frames,
    marks: Vec<u8>,
    /// Per token, see [`denials`].
    denials: Vec<Denial>,
    /// The buffers of [`CueScratch::mentions`].
    mentions: Mentions,
    /// The classes of rare words' misspelt or glued forms (see
    /// [`bent_words`]), by word hash.
    bent: Memo<Classes>,
}

/// Cues of one normalized text into `buf.found` (cleared first), using the
/// shipped lexicon. `rare` says whether a token is unknown to the model:
/// only such words are tried as misspelt lexicon words, so that known words
/// one letter away from one (`raten`, `Ratten`) keep their own meaning.
pub(crate) fn find(
    text: &str,
    toks: &[Token],
    masks: &[Masked],
    rare: impl Fn(&[u8]) -> bool,
    buf: &mut CueScratch,
) {
    find_with(&SHIPPED, text, toks, masks, rare, buf);
}

fn find_with(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    masks: &[Masked],
    rare: impl Fn(&[u8]) -> bool,
    buf: &mut CueScratch,
) {
    let CueScratch {
        found: out,
        negated: negs,
        own,
        frames: fr,
        marks,
        denials: den,
        bent,
        mentions: _,
    } = buf;
    out.clear();
    let word = word_at(text, toks);
    frames(lex, text, toks, &rare, fr);
    bent.own(lex.id);
    bent_words(lex, &word, masks, &rare, &mut fr.classes, bent);
    sentence_marks(&word, masks, fr, marks);
    denials(&word, masks, fr, den);
    let mut reported = false;
    negs.clear();
    negs.resize(toks.len(), false);
    own.clear();
    own.resize(toks.len(), false);
    for i in 0..toks.len() {
        if i > 0 && fr.sentence[i] != fr.sentence[i - 1] {
            reported = false;
        }
        let c = fr.classes[i];
        reported |= c & REPORT != 0;
        let eval = c & EVALUATIVE;
        if eval == 0 {
            continue;
        }
        let negated = negated_at(i, toks.len(), &word, fr, marks, den);
        negs[i] = negated && eval & JUDGING != 0;
        own[i] = eval & SLUR != 0 && self_applied(i, &word, fr);
        let not = if negated { NOT } else { 0 };
        let rep = if reported || fr.quoted[i] { REP } else { 0 };
        let m = marks[fr.sentence[i] as usize] | rep;
        push_framed(out, &toks[i], c, not, m, own[i]);
    }
}

/// Whether the evaluative word `i` is negated: by a negator near it in its
/// sentence, a verb negated at the clause's end, a denial of the group or
/// a `said not` frame.
fn negated_at<'a>(
    i: usize,
    n: usize,
    word: &dyn Fn(usize) -> &'a [u8],
    fr: &Frames,
    marks: &[u8],
    den: &[Denial],
) -> bool {
    let lo = i.saturating_sub(NEGATION_REACH);
    let hi = (i + NEGATION_REACH).min(n - 1);
    // A negator after the word reaches it only within its own
    // conjunct: in `X sind primitiv und haben nie …` the `nie` is the
    // next verb's.
    let joined = |j: usize| {
        j < i || !(i + 1..j).any(|k| COORDINATORS.iter().any(|c| c.as_bytes() == word(k)))
    };
    (lo..=hi).any(|j| {
        j != i
            && fr.sentence[j] == fr.sentence[i]
            && fr.classes[j] & NEGATOR != 0
            && joined(j)
            && !opens_comparison(j, i, word, fr)
    }) || verb_negated_at_clause_end(i, word, fr, marks)
        || group_denied(i, word, fr, den)
        || den[i].said_not
}

/// The cues of one evaluative token of classes `c`: the plain cue, then one
/// per frame its sentence has (`m`), each negated when `not` is set. A
/// slur the writer applies to themself (`own_slur`) gives none.
fn push_framed(out: &mut Vec<Cue>, tok: &Token, c: Classes, not: u8, m: u8, own_slur: bool) {
    let eval = c & EVALUATIVE;
    let frames_of = [
        Some(not),
        (m & GRP != 0).then_some(not | GRP),
        (m & YOU != 0).then_some(not | YOU),
        (m & REP != 0).then_some(not | REP),
        (m & GRP != 0 && m & QUESTION != 0).then_some(not | GRP | QUESTION),
        (m & GRP != 0 && m & OP != 0).then_some(not | GRP | OP),
    ];
    for bit in 0..EVALUATIVE.count_ones() as u8 {
        if eval & (1 << bit) == 0 || (own_slur && 1 << bit == SLUR) {
            continue;
        }
        // Stereotype content is news talk unless said of a group,
        // aimed violence unless said of a group or the reader.
        let only_grp = 1 << bit == STEREO;
        let aimed = 1 << bit == VIOLENCE && c & AIMED != 0;
        for &f in frames_of.iter().flatten() {
            if (only_grp && f & GRP == 0) || (aimed && f & (GRP | YOU) == 0) {
                continue;
            }
            out.push(Cue {
                name: [0x01, b'c', bit, f],
                start: tok.start,
                end: tok.end,
            });
        }
    }
}

/// Token `i`'s bytes in `text`; out of range (before the first token,
/// after the last) no word.
fn word_at<'a>(text: &'a str, toks: &'a [Token]) -> impl Fn(usize) -> &'a [u8] {
    let b = text.as_bytes();
    move |i| toks.get(i).map_or(&b[..0], |t| &b[t.start..t.end])
}

/// Whether the word at `i` is the verb of a clause `Ich hasse X nicht`:
/// second after a subject pronoun, with a negator closing the clause
/// (`!` aside) in a sentence that asks nothing. German puts the negation
/// of a main verb at the clause's end, beyond [`NEGATION_REACH`] once the
/// object has a few words (`Ich hasse Sinti und Roma nicht`); a longer
/// reach would let `… und arbeiten nicht` negate `dreckig` before it.
fn verb_negated_at_clause_end<'a>(
    i: usize,
    word: &dyn Fn(usize) -> &'a [u8],
    fr: &Frames,
    marks: &[u8],
) -> bool {
    let clause = fr.clause[i];
    let opens = i >= 1
        && fr.clause[i - 1] == clause
        && (i == 1 || fr.clause[i - 2] != clause)
        && SUBJECT_PRONOUNS.contains(&word(i - 1));
    if !opens || marks[fr.sentence[i] as usize] & QUESTION != 0 {
        return false;
    }
    let last = (i + 1..fr.clause.len())
        .take_while(|&j| fr.clause[j] == clause)
        .filter(|&j| word(j) != b"!")
        .last();
    last.is_some_and(|j| fr.classes[j] & NEGATOR != 0)
}

/// What [`denials`] finds for one token.
#[derive(Debug, Clone, Copy)]
struct Denial {
    /// Where the token's clause starts.
    clause_start: u32,
    /// The first group noun of the clause, up to the token, that a
    /// negator determines (`kein X`, `nie einen X`); `u32::MAX` if none.
    denied_noun: u32,
    /// Whether a denied belief or saying before the clause denies it.
    said_not: bool,
}

/// The [`Denial`] of every token, in one pass, so that [`group_denied`]
/// costs nothing per word however long the clause. A `dass` clause right
/// after a clause that denies a belief, a saying or an experience (`Ich
/// finde nicht, dass …`, `Ich würde niemals behaupten, dass …`, `Ich
/// habe noch nie erlebt, dass …`) is denied whole: the negator stands in
/// the other clause, beyond any reach. Not when that clause judges on its
/// own (`Es ist nicht verwunderlich, dass …`): its negator is its own
/// word's.
fn denials<'a>(
    word: &dyn Fn(usize) -> &'a [u8],
    masks: &[Masked],
    fr: &Frames,
    out: &mut Vec<Denial>,
) {
    out.clear();
    let (mut start, mut first, mut said_not) = (0usize, u32::MAX, false);
    // Of the clause so far: a negator, a judging word.
    let (mut negator, mut judges) = (false, false);
    for i in 0..fr.clause.len() {
        if i == 0 || fr.clause[i] != fr.clause[i - 1] {
            // The verbs are looked for only in the rare clause that needs
            // them: each token is read once at most.
            said_not = i > 0
                && negator
                && !judges
                && fr.sentence[i] == fr.sentence[i - 1]
                && [b"dass".as_slice(), "daß".as_bytes()].contains(&word(i))
                && (start..i).any(|k| BELIEF_VERBS.iter().any(|w| w.as_bytes() == word(k)));
            (start, first) = (i, u32::MAX);
            (negator, judges) = (false, false);
        }
        negator |= fr.classes[i] & NEGATOR != 0;
        judges |= fr.classes[i] & JUDGING != 0;
        let denied = masks.get(i) == Some(&Masked::As(PLACEHOLDER))
            && (1..=2).any(|k| {
                i >= start + k
                    && DETERMINERS_OF_NONE
                        .iter()
                        .any(|w| w.as_bytes() == word(i - k))
            });
        if first == u32::MAX && denied {
            first = i as u32;
        }
        out.push(Denial {
            clause_start: start as u32,
            denied_noun: first,
            said_not,
        });
    }
}

/// Verbs of belief, saying and experience whose denial denies the `dass`
/// clause after them (see [`denials`]), in the forms such a clause uses.
const BELIEF_VERBS: &[&str] = &[
    "behaupte",
    "behaupten",
    "behauptet",
    "bemerkt",
    "denke",
    "denken",
    "erlebt",
    "erfahren",
    "festgestellt",
    "finde",
    "finden",
    "geglaubt",
    "gedacht",
    "gehört",
    "gemeint",
    "gesagt",
    "gesehen",
    "glaube",
    "glauben",
    "meine",
    "meinen",
    "mitbekommen",
    "sage",
    "sagen",
    "stimmt",
    "wahr",
];

/// Whether a negator that determines a group's noun earlier in the clause
/// denies the judgement at `i` however far it stands: "no X is …" (`Kein
/// Moslem wird je ein loyaler Bürger sein`) negates the predicate, and so
/// does the relative clause right after such a noun (`Ich habe noch nie
/// einen Juden getroffen, der ehrlich war`).
fn group_denied<'a>(
    i: usize,
    word: &dyn Fn(usize) -> &'a [u8],
    fr: &Frames,
    denials: &[Denial],
) -> bool {
    let Denial {
        clause_start,
        denied_noun,
        ..
    } = denials[i];
    if (denied_noun as usize) < i {
        return true;
    }
    let first = clause_start as usize;
    first > 0
        && fr.sentence[first - 1] == fr.sentence[i]
        && RELATIVES.iter().any(|r| r.as_bytes() == word(first))
        && denials[first - 1].denied_noun != u32::MAX
}

/// Negators that stand before a noun (`kein X`, `nie einen X`), read as
/// words: `kein einziger` is also a generalising phrase, which keeps no
/// negator mark of its own.
const DETERMINERS_OF_NONE: &[&str] = &[
    "kein", "keine", "keinen", "keiner", "keinem", "keines", "nie", "niemals",
];

/// Negators that may open a comparison of degree, which names what is
/// judged most and negates nothing: `Nichts verachte ich so sehr wie X`,
/// `Niemanden hasse ich mehr als X`.
const COMPARISON_OPENERS: &[&str] = &["nichts", "niemand", "niemanden", "niemandem"];

/// Words before `als` that compare degrees (`mehr als`, `lieber als`).
const DEGREE_WORDS: &[&str] = &["mehr", "lieber", "eher", "weniger"];

/// Whether the negator at `j` opens a comparison of degree with the
/// judging word at `i` after it: a [`COMPARISON_OPENERS`] word, and in
/// `i`'s clause after it `als` right after the judging word (a
/// comparative: `dreckiger als`) or after a [`DEGREE_WORDS`] word, or
/// `wie` with `so` between the two (`so sehr wie`). A bare `als` is also
/// `as` (`Niemand verachtet Juden als Volk`), a bare `wie` may open a
/// clause of its own.
fn opens_comparison<'a>(j: usize, i: usize, word: &dyn Fn(usize) -> &'a [u8], fr: &Frames) -> bool {
    if j > i || !COMPARISON_OPENERS.iter().any(|w| w.as_bytes() == word(j)) {
        return false;
    }
    let clause = fr.clause[i];
    (i + 1..fr.clause.len())
        .take_while(|&k| fr.clause[k] == clause)
        .any(|k| match word(k) {
            b"als" => k == i + 1 || DEGREE_WORDS.iter().any(|w| w.as_bytes() == word(k - 1)),
            b"wie" => (j + 1..k).any(|m| word(m) == b"so"),
            _ => false,
        })
}

/// Words that join two conjuncts (`und haben nie …`).
const COORDINATORS: &[&str] = &["und", "oder", "aber", "sondern", "denn", "sowie"];

/// Relative pronouns that open a clause about the noun before it.
const RELATIVES: &[&str] = &["der", "die", "das", "welcher", "welche", "welches"];

/// Whether the slur at token `i` is said of the writer or the writer's own
/// group: `wir`/`uns` before it (`Wir Krüppel wissen selbst …`, `wir
/// alten Tunten`), a first-person copula (`Ich bin eine alte Tunte`, `i
/// bin a Transe`, `Mein Mann und ich sind zwei glückliche Schwuchteln`),
/// `als` with the writer in the clause (`Als Zigeunerin sag ich`), or
/// pride (`stolze Tunten`, `Transe und stolz drauf`). In-group speakers
/// reclaim such words; in the training sets slurs are almost only hurled,
/// so without this the model learns that every slur is abuse. A negator
/// between (`Ich bin doch keine Schwuchtel`) and another clause (`Wir
/// wollen hier, sagt er, keine Kanaken`) keep the slur's reading, and
/// `ihr` (`Ihr Kanaken`) addresses, it does not include.
fn self_applied<'a>(i: usize, word: &dyn Fn(usize) -> &'a [u8], fr: &Frames) -> bool {
    let clause = fr.clause[i];
    let first = (0..i)
        .rev()
        .take_while(|&k| fr.clause[k] == clause)
        .last()
        .unwrap_or(i);
    let near = i.saturating_sub(SELF_REACH).max(first);
    if (near..i).any(|k| fr.classes[k] & NEGATOR != 0) {
        return false;
    }
    let is = |k: usize, set: &[&[u8]]| set.contains(&word(k));
    // One word between only when it describes the group (`wir alten
    // Tunten`): a verb there makes the slur its object (`wir hassen X`).
    let we_before = (i > near && is(i - 1, &[b"wir", b"uns"]))
        || (i >= near + 2 && is(i - 2, &[b"wir", b"uns"]) && is(i - 1, SELF_ADJECTIVES));
    // The copula's complement, not a preposition's object (`Ich bin gegen
    // X`, `Wir sind dafür, dass …`) nor what the writer is tired of (`Ich
    // bin die X leid`).
    let copula = (near..i).any(|k| {
        let verb = word(k) == b"bin"
            || (word(k) == b"sind" && (first..k).any(|j| is(j, &[b"ich", b"wir"])));
        verb && !(k + 1..i).any(|j| is(j, NOT_COPULA_BETWEEN))
    }) && !(i + 1..i + 3).any(|j| is(j, TIRED_OF));
    let as_me = (i.saturating_sub(2).max(first)..i).any(|k| word(k) == b"als")
        && (first..fr.clause.len())
            .take_while(|&k| fr.clause[k] == clause)
            .any(|k| is(k, FIRST_PERSON));
    let proud = (i > near && word(i - 1).starts_with(b"stolz"))
        || (word(i + 1) == b"und" && word(i + 2).starts_with(b"stolz"));
    we_before || copula || as_me || proud || names_self(i, first, word)
}

/// Whether the writer gives the slur at `i` as their own name: `nenn(e)
/// mich` or `nennen uns` before it (`Ich nenn mich selbst gern Transe`,
/// `wir nennen uns liebevoll die Kampflesben`), `wie ich mich (selbst)
/// nenne` after it, or `sag … X zu mir`. `first` is the clause's first
/// token; a third person (`Die X nennen uns Nazis`) gives none of these
/// shapes.
fn names_self<'a>(i: usize, first: usize, word: &dyn Fn(usize) -> &'a [u8]) -> bool {
    let me = |k: usize| matches!(word(k), b"mich" | b"uns");
    let names = |k: usize| word(k).starts_with(b"nenn");
    // Names are longer than the other shapes' reach (`nennen wir uns seit
    // Jahren die X`).
    // Only words that fill the frame may stand between `mich`/`uns` and
    // the slur: `Wir nennen uns Patrioten und die anderen X` names others.
    let filler = |w: &[u8]| {
        NAME_FILLERS.contains(&w)
            || w.first()
                .is_some_and(|b| !b.is_ascii_alphanumeric() && *b < 0x80)
    };
    let from = i.saturating_sub(2 * SELF_REACH).max(first);
    let before = (from..i).any(names)
        && (from..i)
            .rfind(|&k| me(k))
            .is_some_and(|m| (m + 1..i).all(|k| filler(word(k))));
    let after = (i + 1..i + 3).any(|k| {
        word(k) == b"wie"
            && matches!(word(k + 1), b"ich" | b"wir")
            && (k + 2..k + 6).any(me)
            && (k + 2..k + 6).any(names)
    });
    let said_to_me = word(i + 1) == b"zu"
        && matches!(word(i + 2), b"mir" | b"uns")
        && (first..i).any(|k| word(k).starts_with(b"sag") || names(k));
    before || after || said_to_me
}

/// Words between `nenne mich` / `nennen uns` and the name given
/// (`Ich nenn mich selbst gern X`, `nennen uns seit Jahren die X`,
/// `nennen uns gegenseitig X`); punctuation (quotation marks) too.
const NAME_FILLERS: &[&[u8]] = &[
    b"selbst",
    b"selber",
    b"gegenseitig",
    b"den",
    b"zwei",
    b"drei",
    b"gern",
    b"gerne",
    b"liebevoll",
    b"auch",
    b"oft",
    b"manchmal",
    b"immer",
    b"seit",
    b"jahren",
    b"stolz",
    b"einfach",
    b"halt",
    b"eben",
    b"ja",
    b"schon",
    b"die",
    b"der",
    b"eine",
    b"ein",
    b"einen",
    b"so",
];

/// Tokens before a slur that [`self_applied`] looks at.
const SELF_REACH: usize = 4;
/// The writer, in the forms a comment uses (`i` is Austrian and Bavarian `ich`).
const FIRST_PERSON: &[&[u8]] = &[b"ich", b"i", b"wir", b"mir", b"mich", b"uns"];
/// Words that describe a group in apposition after `wir` (`wir alten
/// Tunten`, `wir stolzen Krüppel`).
const SELF_ADJECTIVES: &[&[u8]] = &[
    b"alten",
    b"jungen",
    b"stolzen",
    b"echten",
    b"kleinen",
    b"queeren",
    "glücklichen".as_bytes(),
];
/// Words between a copula and a slur that make the slur no complement
/// of it: prepositions and conjunctions (`Ich bin gegen X`, `Ich bin
/// dafür, dass X …`).
const NOT_COPULA_BETWEEN: &[&[u8]] = &[
    b"gegen",
    b"dagegen",
    "für".as_bytes(),
    "dafür".as_bytes(),
    b"dass",
    "daß".as_bytes(),
    b"wegen",
    "über".as_bytes(),
    b"auf",
    b"mit",
    b"von",
    b"vor",
    b"bei",
    b"es",
    b"froh",
];
/// Words one or two after a slur that say the writer is tired of the
/// group (`Ich bin die X so leid`).
const TIRED_OF: &[&[u8]] = &[b"leid", b"satt", b"los", "überdrüssig".as_bytes()];

/// Subject pronouns that open a clause `Ich hasse X nicht` (lower-cased).
const SUBJECT_PRONOUNS: &[&[u8]] = &[b"ich", b"wir", b"du", b"ihr", b"er", b"sie", b"man"];

/// The bit (place in [`CLASS_NAMES`]) of a class, at compile time; a
/// name that is no class stops the build.
const fn class_bit(name: &str) -> u8 {
    let mut k = 0;
    while k < CLASS_NAMES.len() {
        let (a, b) = (CLASS_NAMES[k].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut i = 0;
            while i < a.len() && a[i] == b[i] {
                i += 1;
            }
            if i == a.len() {
                return k as u8;
            }
        }
        k += 1;
    }
    panic!("no such cue class")
}

/// The strongest words (dehumanising, violent, insulting, slurs): one of
/// them makes a comment toxic however long it is.
const STRONG: [u8; 4] = [
    class_bit("dehum"),
    class_bit("violence"),
    class_bit("insult"),
    class_bit("slur"),
];
/// What derogates when said of a group: negative evaluation, exclusion,
/// stereotype content.
const DEROGATORY: [u8; 3] = [class_bit("neg"), class_bit("exclude"), class_bit("stereo")];

/// Counts of the strongest cues, unaffected by the comment's length: not
/// negated, aimed at a group or the reader, and derogation of a group. A
/// quoted or reported word does not count: its plain cue carries no `REP`
/// mark (the hashed cue features stay as they were trained), but its extra
/// `rep` cue starts at the same token, so counter-speech that quotes a
/// strong word leaves these counts alone. The n-gram and cue blocks are each
/// scaled to unit length, so one strong word weighs less in a long comment
/// than in a short one (`Flüchtlinge sind Abschaum` 0.83, `Ich kenne viele
/// Flüchtlinge, und sie sind alle Abschaum` 0.17 before these counts
/// existed); a count keeps its weight. Each is capped at three and scaled
/// to [0, 1] like the other dense signals.
pub(crate) fn strength(found: &[Cue]) -> [f32; 3] {
    let cue = |c: &Cue| c.name[0] == 0x01 && c.name[1] == b'c';
    let reported = |c: &Cue| {
        found
            .iter()
            .any(|r| cue(r) && r.name[3] & REP != 0 && r.start == c.start)
    };
    let used = |c: &Cue| cue(c) && c.name[3] & (NOT | REP) == 0 && !reported(c);
    let count = |keep: &dyn Fn(&Cue) -> bool| {
        found.iter().filter(|c| keep(c) && used(c)).count().min(3) as f32 / 3.0
    };
    let strong = |c: &Cue| STRONG.contains(&c.name[2]);
    [
        count(&|c| strong(c) && c.name[3] == 0),
        count(&|c| strong(c) && c.name[3] & (GRP | YOU) != 0 && c.name[3] & (QUESTION | OP) == 0),
        count(&|c| DEROGATORY.contains(&c.name[2]) && c.name[3] == GRP),
    ]
}

/// Gives the tokens without a class that the model never saw the class of
/// the lexicon word they bend: misspelt by one edit, run together with a
/// short word, or split by a space.
fn bent_words<'a>(
    lex: &Lexicon,
    word: &dyn Fn(usize) -> &'a [u8],
    masks: &[Masked],
    rare: &dyn Fn(&[u8]) -> bool,
    classes: &mut [Classes],
    memo: &mut Memo<Classes>,
) {
    for (i, c) in classes.iter_mut().enumerate() {
        if *c == 0 && masks.get(i).is_none_or(|m| *m == Masked::Keep) && rare(word(i)) {
            let w = word(i);
            *c = memo.get(word_hash(w), || match lex.fuzzy_classes(w) & BENT {
                0 => lex.glued_classes(w),
                c => c,
            });
            // A word split in two gives its cue once: the pair is tried
            // from its first token, or from its second when the first is a
            // known word (and so was not tried).
            if *c == 0 {
                *c = lex.split_classes(word(i), word(i + 1));
            }
            if *c == 0 && i > 0 && !rare(word(i - 1)) {
                *c = lex.split_classes(word(i - 1), word(i));
            }
        }
    }
}

/// Sentence-level marks into `marks` (one per sentence): a group named,
/// the reader addressed, a question, an opinion opener.
fn sentence_marks<'a>(
    word: &dyn Fn(usize) -> &'a [u8],
    masks: &[Masked],
    fr: &Frames,
    marks: &mut Vec<u8>,
) {
    let nsent = fr.sentence.last().map_or(0, |s| *s as usize + 1);
    marks.clear();
    marks.resize(nsent, 0);
    for (i, &s) in fr.sentence.iter().enumerate() {
        let m = &mut marks[s as usize];
        if masks.get(i) == Some(&Masked::As(PLACEHOLDER)) || groups::is_place(word(i)) {
            *m |= GRP;
        }
        if YOU_WORDS.iter().any(|y| y.as_bytes() == word(i)) {
            *m |= YOU;
        }
        if word(i) == b"?" {
            *m |= QUESTION;
        }
        if fr.classes[i] & OPINION != 0 {
            *m |= OP;
        }
    }
    // "Ich kenne ein paar X. Ich würde sie …": a sentence that speaks of
    // "sie"/"ihnen" right after one naming a group speaks of the group.
    // So does one that opens with a demonstrative standing for them: "Die
    // sind laut", "Deren Kinder …", "So einer gehört …". `die` is far more
    // often an article, so it counts only before a verb or particle that
    // follows a pronoun subject, or a word of the lexicon.
    let n = fr.sentence.len();
    for (i, &s) in fr.sentence.iter().enumerate() {
        let s = s as usize;
        if s == 0 || marks[s - 1] & GRP == 0 {
            continue;
        }
        let opens = i == 0 || fr.sentence[i - 1] as usize != s;
        let next = (i + 1 < n && fr.sentence[i + 1] as usize == s).then(|| i + 1);
        let demonstrative = opens
            && match word(i) {
                b"die" | b"diese" => next.is_some_and(|j| {
                    PRONOUN_NEXT.iter().any(|w| w.as_bytes() == word(j))
                        || fr.classes[j] & EVALUATIVE != 0
                }),
                b"deren" => true,
                b"so" => next.is_some_and(|j| SO_ONE.iter().any(|w| w.as_bytes() == word(j))),
                _ => false,
            };
        if demonstrative || GROUP_PRONOUNS.contains(&word(i)) {
            marks[s] |= GRP;
        }
    }
}

/// Words that follow a demonstrative `die` used as a subject (`Die sind
/// …`, `Die haben doch …`) and never a noun after the article `die`.
const PRONOUN_NEXT: &[&str] = &[
    "sind", "waren", "haben", "hatten", "werden", "wurden", "wollen", "können", "sollen",
    "sollten", "müssen", "dürfen", "gehören", "kommen", "bringen", "machen", "leben", "wohnen",
    "tun", "doch", "eh", "halt", "einfach", "alle", "nur", "immer", "nie", "nicht", "gar",
    "sowieso", "ja",
];

/// What follows `so` when it stands for one of a group (`So einer …`).
const SO_ONE: &[&str] = &[
    "einer", "eine", "einen", "jemand", "leute", "welche", "typen",
];

/// Third-person plural pronouns that point back at a group named in the
/// sentence before (lower-cased: "Sie" reads the same).
const GROUP_PRONOUNS: &[&[u8]] = &[b"sie", b"ihnen", b"denen", b"solche", b"solchen"];

/// Which tokens of a text are *mentioned* rather than used. Three signals
/// say so: quotation marks around the token, a reporting word before it in
/// its sentence ("wer schreibt", "gesagt"), and condemnation somewhere
/// outside the quotes ("Hetze", "bitte löschen", "sollte sich schämen").
/// Two of them are needed: counter-speech quotes hate and says so, or
/// quotes a word someone said; a quote alone is a troll's scare quotes, a
/// reporting word alone is news talk, condemnation alone is an insult.
#[derive(Debug, Clone, Default)]
pub(crate) struct Mentions {
    /// Per token: inside quotation marks.
    quoted: Vec<bool>,
    /// Per token: after a reporting word in its sentence, or quoted in a
    /// sentence with one.
    reported: Vec<bool>,
    /// Per token: unquoted, in the clause that a reporting word introduces
    /// (see [`said_spans`]).
    said: Vec<bool>,
    /// Per token: a slur said of the writer's own group (see
    /// [`self_applied`]), which names no target.
    own: Vec<bool>,
    /// Per sentence: it has a reporting word (scratch of
    /// [`mentions_into`]).
    sentence_reports: Vec<bool>,
    /// Some word outside the quotes condemns and is not negated ("das ist
    /// keine Hetze") other than by its own phrase ("nicht okay").
    condemns: bool,
}

impl Mentions {
    /// Whether the tokens `from..to` (token indices) are all mentioned.
    pub(crate) fn covers(&self, from: usize, to: usize) -> bool {
        let (Some(q), Some(r)) = (self.quoted.get(from..to), self.reported.get(from..to)) else {
            return false;
        };
        if q.is_empty() {
            return false;
        }
        if self.own.get(from..to).is_some_and(|o| o.iter().all(|&x| x)) {
            return true;
        }
        let quoted_and_reported = q.iter().zip(r).all(|(a, b)| *a && *b);
        let one_and_condemned = self.condemns && q.iter().zip(r).all(|(a, b)| *a || *b);
        quoted_and_reported || one_and_condemned
    }

    /// Per token: mentioned words whose n-grams are muted. A quotation of
    /// at least `min_run` tokens that is reported, or that a text condemns
    /// outside its quotes; and, in a text that condemns, a said clause of
    /// at least `min_run` tokens without quotation marks (`Du hast
    /// geschrieben, X seien Abschaum. Das ist widerlich und falsch.`).
    pub(crate) fn muted(&self, min_run: usize, out: &mut Vec<bool>) {
        out.clear();
        out.resize(self.quoted.len(), false);
        for (from, to) in runs(&self.quoted).filter(|(f, t)| t - f >= min_run) {
            for (o, r) in out[from..to].iter_mut().zip(&self.reported[from..to]) {
                *o = *r || self.condemns;
            }
        }
        if self.condemns {
            for (from, to) in runs(&self.said).filter(|(f, t)| t - f >= min_run) {
                out[from..to].iter_mut().for_each(|o| *o = true);
            }
        }
    }
}

/// The runs of `true` in `flags`, as token ranges.
fn runs(flags: &[bool]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        let from = i + flags.get(i..)?.iter().position(|&f| f)?;
        let to = flags[from..]
            .iter()
            .position(|&f| !f)
            .map_or(flags.len(), |k| from + k);
        i = to;
        Some((from, to))
    })
}

/// The [`Mentions`] of a normalized text and its tokens (shipped lexicon).
pub(crate) fn mentions(text: &str, toks: &[Token]) -> Mentions {
    let mut fr = Frames::default();
    frames(&SHIPPED, text, toks, &|_| false, &mut fr);
    let mut out = Mentions::default();
    mentions_into(&fr, text, toks, &mut out);
    out
}

impl CueScratch {
    /// The [`Mentions`] of the text last given to [`find`], from the frames
    /// it read (misspelt lexicon words included), not read again.
    pub(crate) fn mentions(&mut self, text: &str, toks: &[Token]) -> &Mentions {
        mentions_into(&self.frames, text, toks, &mut self.mentions);
        &self.mentions
    }

    /// Whether that text has a reporting word (and so may mention what
    /// it reports without quotation marks).
    pub(crate) fn reports(&self) -> bool {
        self.frames.classes.iter().any(|c| c & REPORT != 0)
    }
}

/// The [`Mentions`] of the text whose frames are `fr`, into `out` (its
/// buffers reused: a scored text with a quote or a reporting word asks).
fn mentions_into(fr: &Frames, text: &str, toks: &[Token], out: &mut Mentions) {
    let word = word_at(text, toks);
    // Sentences with a reporting word: a quote anywhere in them is reported
    // ("Wer „X“ sagt"), an unquoted word only after it.
    let nsent = fr.sentence.last().map_or(0, |s| *s as usize + 1);
    let reports = &mut out.sentence_reports;
    reports.clear();
    reports.resize(nsent, false);
    for (c, s) in fr.classes.iter().zip(&fr.sentence) {
        reports[*s as usize] |= c & REPORT != 0;
    }
    out.quoted.clear();
    out.reported.clear();
    out.said.clear();
    out.own.clear();
    out.own.extend(
        (0..fr.classes.len()).map(|i| fr.classes[i] & SLUR != 0 && self_applied(i, &word, fr)),
    );
    out.condemns = false;
    let mut reported = false;
    for i in 0..fr.classes.len() {
        if i > 0 && fr.sentence[i] != fr.sentence[i - 1] {
            reported = false;
        }
        out.quoted.push(fr.quoted[i]);
        out.reported
            .push(reported || (fr.quoted[i] && out.sentence_reports[fr.sentence[i] as usize]));
        reported |= fr.classes[i] & REPORT != 0;
        if fr.classes[i] & CONDEMN == 0 || fr.quoted[i] {
            continue;
        }
        // Negation of a condemnation comes before it ("keine Hetze", "nicht
        // rassistisch"); words after it belong to the next clause.
        let negated = (i.saturating_sub(NEGATION_REACH)..i).any(|j| {
            let c = fr.classes[j];
            fr.sentence[j] == fr.sentence[i] && c & NEGATOR != 0 && c & CONDEMN == 0
        });
        out.condemns |= !negated;
    }
    out.said.resize(out.reported.len(), false);
    said_spans(fr, &word, &mut out.reported, &mut out.said);
}

/// Marks the words said in a clause that reports a saying (`said`): the
/// rest of the reporting word's clause, or the next clause when the word
/// ends its own (`Du hast geschrieben, X seien Abschaum`); and the words of
/// a clause that names a saying before its verb (`Wer Juden als Ungeziefer
/// bezeichnet, …`, `dass jemand „…“ an die Wand gesprüht hat`: a
/// subordinate clause puts its verb last, after what was said), which
/// count as reported too.
fn said_spans<'a>(
    fr: &Frames,
    word: &dyn Fn(usize) -> &'a [u8],
    reported: &mut [bool],
    said: &mut [bool],
) {
    let n = fr.classes.len();
    for i in 0..n {
        if fr.classes[i] & REPORT == 0 {
            continue;
        }
        let clause = fr.clause[i];
        let opener = (0..i)
            .rev()
            .take_while(|&k| fr.clause[k] == clause)
            .find(|&k| SUBORDINATORS.iter().any(|w| w.as_bytes() == word(k)));
        if let Some(k) = opener {
            reported[k + 1..i].iter_mut().for_each(|r| *r = true);
            said[k + 1..i].iter_mut().for_each(|r| *r = true);
            continue;
        }
        // The clause after the reporting word's own, if that ends with it.
        let next =
            if i + 1 < n && fr.clause[i + 1] != clause && fr.sentence[i + 1] == fr.sentence[i] {
                fr.clause[i + 1]
            } else {
                clause
            };
        (i + 1..n)
            .take_while(|&j| fr.clause[j] == next)
            .for_each(|j| said[j] = true);
    }
    for (s, q) in said.iter_mut().zip(&fr.quoted) {
        *s &= !q;
    }
}

/// Words that open a clause with its verb at the end (lower-cased).
const SUBORDINATORS: &[&str] = &["wer", "wenn", "dass", "daß", "falls", "sobald"];

/// Classes per token (phrases spread over their words), sentence numbers,
/// and whether each token stands inside quotation marks.
///
/// A phrase also matches with one of its later words (of four letters or
/// more) misspelt by one edit, if the model never saw the token
/// (`weniger wet`): the same tolerance a single word gets.
fn frames(
    lex: &Lexicon,
    text: &str,
    toks: &[Token],
    rare: &dyn Fn(&[u8]) -> bool,
    fr: &mut Frames,
) {
    let b = text.as_bytes();
    fr.classes.clear();
    fr.classes
        .extend(toks.iter().map(|t| lex.classes(&b[t.start..t.end])));
    fr.sentence.clear();
    fr.clause.clear();
    fr.quoted.clear();
    for i in 0..toks.len() {
        let Some(cands) = lex.phrases.get(&b[toks[i].start..toks[i].end]) else {
            continue;
        };
        for (rest, bit) in cands {
            let mut edits = 0;
            let fits = rest.iter().enumerate().all(|(k, w)| {
                let Some(t) = toks.get(i + 1 + k) else {
                    return false;
                };
                let tok = &b[t.start..t.end];
                if tok == w.as_slice() {
                    return true;
                }
                edits += 1;
                edits == 1 && w.len() >= 4 && rare(tok) && one_edit(tok, w)
            });
            if fits {
                // A judging phrase's own negator is part of what it says
                // (`sind keine Menschen`, `gehören nicht zu uns`, `taugen
                // zu nichts`, `ohne Ausnahme`): it negates neither the
                // phrase nor its neighbours.
                let own_negation = bit & EVALUATIVE != 0 && bit & NEGATOR == 0;
                for c in &mut fr.classes[i..=i + rest.len()] {
                    *c |= bit;
                    if own_negation {
                        *c &= !NEGATOR;
                    }
                }
            }
        }
    }
    lex.split_verbs.mark(text, toks, &mut fr.classes);
    // An idiom's words keep only that mark, so that no other class and
    // no misspelling reading ([`bent_words`] takes words without a class)
    // is found in them.
    for c in &mut fr.classes {
        if *c & IDIOM != 0 {
            *c = IDIOM;
        }
    }
    sentences_and_quotes(text, toks, fr);
}

/// Each token's sentence number and whether it stands inside quotation
/// marks, into `fr`.
fn sentences_and_quotes(text: &str, toks: &[Token], fr: &mut Frames) {
    let b = text.as_bytes();
    let (mut sentence, mut quoted, mut prev_end) = (0u32, false, 0usize);
    let mut clause = 0u32;
    // The token a single quotation mark opened a quotation at: one never
    // closed was an apostrophe (`So ’ne Frage`).
    let mut single_from: Option<usize> = None;
    for t in toks {
        let mut before = text[..prev_end].chars().next_back();
        let mut gap = text[prev_end..t.start].chars().peekable();
        while let Some(ch) = gap.next() {
            let after = gap
                .peek()
                .copied()
                .or_else(|| text[t.start..].chars().next());
            match ch {
                '.' | ';' => {
                    sentence += 1;
                    clause += 1;
                }
                ',' | ':' | '–' | '—' => clause += 1,
                '„' | '«' | '‚' => quoted = true,
                '“' | '”' | '»' | '"' | '‹' | '›' => quoted = !quoted,
                '\'' | '’' | '‘' => {
                    let now = single_quote(quoted, before, after);
                    if now != quoted {
                        single_from = now.then_some(fr.quoted.len());
                    }
                    quoted = now;
                }
                _ => {}
            }
            before = Some(ch);
        }
        fr.sentence.push(sentence);
        fr.clause.push(clause);
        fr.quoted.push(quoted);
        // `!` and `?` are tokens of their own and end their sentence.
        if matches!(&b[t.start..t.end], b"!" | b"?") {
            sentence += 1;
            clause += 1;
        }
        prev_end = t.end;
    }
    if let (true, Some(from)) = (quoted, single_from) {
        fr.quoted[from..].iter_mut().for_each(|q| *q = false);
    }
}

/// Every character [`frames`] reads as a quotation mark.
pub(crate) const QUOTE_MARKS: [char; 12] =
    ['„', '«', '‚', '“', '”', '»', '"', '‹', '›', '\'', '’', '‘'];

/// Whether the text is inside a quotation after a single quotation mark
/// that may be an apostrophe (`geht's`, `Jens' Auto`, `'ne Frage`): it
/// opens a quotation only after a space or punctuation and before a word,
/// and closes an open one only right after a word or punctuation.
fn single_quote(quoted: bool, before: Option<char>, after: Option<char>) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    if quoted {
        space(before)
    } else {
        !word(before) && word(after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    const LEX: &str = "class\tkind\tterm\n# test lexicon\npos\tadj\tehrlich\nneg\tadj\tdreckig\n\
        dehum\tnoun\tratte\nviolence\tform\terschießen\nnegator\tform\tnicht\n\
        negator\tphrase\talles andere als\nreport\tphrase\twer schreibt\n\
        opinion\tphrase\tich finde\ngeneral\tadj\ttypisch\ngeneral\tform\talle\n\
        stereo\tform\tgeklaut\nstereo\tphrase\tdritte welt\n";

    fn cues(text: &str) -> Vec<(String, String)> {
        cues_with(&Lexicon::parse(LEX).unwrap(), text)
    }

    /// The normalized `text` and its tokens.
    fn normalized(text: &str) -> (String, Vec<Token>) {
        let norm = Normalizer::new(NormalizerParams::default())
            .normalize(text)
            .text;
        let toks = tokens(&norm).collect();
        (norm, toks)
    }

    /// The normalized `text` and its cues (group-masked as the featurizer does).
    fn found_with(lex: &Lexicon, text: &str) -> (String, Vec<Cue>) {
        let (norm, toks) = normalized(text);
        let mut masks = Vec::new();
        super::super::groups::mask(
            &norm,
            &toks,
            super::super::groups::colour_nouns(text),
            &mut masks,
        );
        let mut buf = CueScratch::default();
        find_with(lex, &norm, &toks, &masks, |_| true, &mut buf);
        (norm, buf.found)
    }

    fn cues_with(lex: &Lexicon, text: &str) -> Vec<(String, String)> {
        let (norm, found) = found_with(lex, text);
        found
            .iter()
            .map(|c| {
                let mut marks = String::new();
                for (flag, name) in [
                    (NOT, "not "),
                    (GRP, "grp "),
                    (YOU, "you "),
                    (REP, "rep "),
                    (QUESTION, "q "),
                    (OP, "op "),
                ] {
                    if c.name[3] & flag != 0 {
                        marks.push_str(name);
                    }
                }
                (
                    format!("{marks}{}", CLASS_NAMES[c.name[2] as usize]),
                    norm[c.start..c.end].to_string(),
                )
            })
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        cues(text).into_iter().map(|c| c.0).collect()
    }

    #[test]
    fn inflected_forms_and_other_spellings_match() {
        assert_eq!(names("ehrliche Leute"), ["pos"]);
        assert_eq!(names("die Ratten"), ["dehum"]);
        assert_eq!(names("erschiessen"), ["violence"]);
        assert!(names("Ehrenamt").is_empty());
    }

    #[test]
    fn negation_reaches_a_few_words_either_way_within_the_sentence() {
        assert_eq!(names("Die sind nicht ehrlich."), ["not pos"]);
        assert_eq!(names("Ehrlich sind sie nicht."), ["not pos"]);
        assert_eq!(names("Das ist alles andere als ehrlich"), ["not pos"]);
        assert_eq!(names("Nicht heute. Ehrlich."), ["pos"]);
    }

    #[test]
    fn a_comparison_of_degree_opened_by_a_negator_negates_nothing() {
        let lex = Lexicon::parse(&format!(
            "{LEX}negator\tform\tnichts\nnegator\tform\tniemand\n\
             negator\tform\tniemanden\nneg\tform\tverachte\n"
        ))
        .unwrap();
        let names = |text: &str| -> Vec<String> {
            cues_with(&lex, text).into_iter().map(|c| c.0).collect()
        };
        assert_eq!(
            names("Nichts verachte ich so sehr wie Juden."),
            ["neg", "grp neg"]
        );
        assert_eq!(
            names("Niemand ist dreckiger als Juden."),
            ["neg", "grp neg"]
        );
        // Without the comparison the negator negates, and `nicht` never
        // opens one (`… sind nicht dreckiger als andere`).
        assert_eq!(names("Niemand ist dreckig."), ["not neg"]);
        assert_eq!(
            names("Niemand verachte Juden als Volk."),
            ["not neg", "not grp neg"]
        );
        assert_eq!(
            names("Juden sind nicht dreckiger als andere."),
            ["not neg", "not grp neg"]
        );
        assert_eq!(
            names("Nichts verachte ich, wie du weißt."),
            ["not neg", "not you neg"]
        );
    }

    #[test]
    fn groups_questions_and_reported_speech_mark_the_cue() {
        assert_eq!(
            names("Flüchtlinge sind nicht ehrlich"),
            ["not pos", "not grp pos"]
        );
        assert_eq!(
            names("Warum sind Juden so dreckig?"),
            ["neg", "grp neg", "grp q neg"]
        );
        assert_eq!(
            names("Wer schreibt, das seien Ratten"),
            ["dehum", "rep dehum"]
        );
        assert_eq!(names("„Ratten“ sagt man nicht")[1], "not rep dehum");
        assert_eq!(
            names("Ich werde dich erschießen"),
            ["violence", "you violence"]
        );
    }

    #[test]
    fn a_demonstrative_after_a_sentence_naming_a_group_speaks_of_it() {
        let names = |text: &str| -> Vec<String> { cues(text).into_iter().map(|c| c.0).collect() };
        assert_eq!(
            names("Ich habe Juden im Haus. Die sind dreckig."),
            ["neg", "grp neg"]
        );
        assert_eq!(
            names("Ich habe Juden im Haus. So einer ist dreckig."),
            ["neg", "grp neg"]
        );
        // The article `die` before a noun is no pronoun.
        assert_eq!(
            names("Es gab Streit mit Juden. Die Straße ist dreckig."),
            ["neg"]
        );
        // Nor does a sentence without a group before it get the frame.
        assert_eq!(names("Heute ist Markt. Die sind dreckig."), ["neg"]);
    }

    #[test]
    fn a_negator_before_a_groups_noun_denies_the_whole_clause() {
        let names = |text: &str| -> Vec<String> { cues(text).into_iter().map(|c| c.0).collect() };
        // Five words from `kein` to `ehrlich`, past the usual reach.
        assert_eq!(
            names("Kein Jude wird je ein ehrlicher Mensch sein."),
            ["not pos", "not grp pos"]
        );
        // The relative clause right after the noun belongs to it.
        assert_eq!(
            names("Ich habe noch nie einen Juden getroffen, der ehrlich war."),
            ["not pos", "not grp pos"]
        );
        // A negator before something else does not.
        assert_eq!(
            names("Die Juden haben keine Zeit, aber sie sind immer ehrlich und fleißig."),
            ["pos", "grp pos"]
        );
    }

    #[test]
    fn a_denied_belief_denies_the_dass_clause_after_it() {
        let names = |text: &str| -> Vec<String> { cues(text).into_iter().map(|c| c.0).collect() };
        assert_eq!(
            names("Ich habe bisher nicht erlebt, dass Juden hier ehrlich waren."),
            ["not pos", "not grp pos"]
        );
        assert_eq!(
            names("Ich finde nicht, dass Juden so dreckig sind."),
            ["not neg", "not grp neg", "not grp op neg"]
        );
        // A clause without a verb of belief, or one that judges on its
        // own, keeps its negator to itself.
        assert_eq!(
            names("Es ist nicht verwunderlich, dass Juden so dreckig sind."),
            ["neg", "grp neg"]
        );
        let judged = names("Ich finde es nicht ehrlich, dass Juden so dreckig sind.");
        assert!(judged.contains(&"grp neg".to_string()), "{judged:?}");
        assert!(!judged.contains(&"not grp neg".to_string()), "{judged:?}");
    }

    #[test]
    fn a_negator_after_a_word_reaches_it_only_within_its_conjunct() {
        let names = |text: &str| -> Vec<String> { cues(text).into_iter().map(|c| c.0).collect() };
        assert_eq!(
            names("Juden sind dreckig und arbeiten nie."),
            ["neg", "grp neg"]
        );
        // Before the word, or after it in the same conjunct, it still does.
        assert_eq!(
            names("Juden sind nicht dreckig."),
            ["not neg", "not grp neg"]
        );
    }

    #[test]
    fn a_judging_phrases_own_negator_negates_nothing() {
        let lex = Lexicon::parse(&format!(
            "{LEX}negator\tform\tkeine\ndehum\tphrase\tsind keine menschen\n\
             general\tphrase\tohne ausnahme\nnegator\tform\tohne\n"
        ))
        .unwrap();
        let names = |text: &str| -> Vec<String> {
            // Each word of a phrase gives its cue: one of each here.
            let mut n: Vec<String> = cues_with(&lex, text).into_iter().map(|c| c.0).collect();
            n.sort();
            n.dedup();
            n
        };
        // Was `not grp dehum` at `menschen`: read as denied.
        assert_eq!(
            names("Flüchtlinge sind keine Menschen."),
            ["dehum", "grp dehum"]
        );
        // `ohne` in `ohne Ausnahme` no longer negates `dreckig`.
        assert_eq!(
            names("Alle Juden sind dreckig, ohne Ausnahme."),
            ["general", "grp general", "grp neg", "neg"]
        );
        // A negator outside the phrase still negates.
        assert_eq!(
            names("Juden sind nicht dreckig."),
            ["not grp neg", "not neg"]
        );
    }

    #[test]
    fn aimed_violence_is_a_cue_only_at_a_group_its_places_or_the_reader() {
        let lex = Lexicon::parse(&format!(
            "{LEX}aimed\tform\tanzünden\naimed\tform\tversenkt\naimed\tform\tjagen\n"
        ))
        .unwrap();
        // A split verb marks its stem and its particle: one name each here.
        let names = |text: &str| -> Vec<String> {
            let mut n: Vec<String> = cues_with(&lex, text).into_iter().map(|c| c.0).collect();
            n.dedup();
            n
        };
        assert!(names("Ich zünde eine Kerze für die Opfer an.").is_empty());
        assert!(names("Die Marine hat das alte Schiff versenkt.").is_empty());
        assert_eq!(
            names("Heute Nacht zünde ich die Häuser der Roma an."),
            ["grp violence"]
        );
        assert_eq!(
            names("Jede Synagoge sollte man anzünden."),
            ["grp violence"]
        );
        assert_eq!(names("Wir jagen dich aus der Stadt."), ["you violence"]);
        // Plain violence keeps its plain cue.
        assert_eq!(names("Man sollte sie erschießen."), ["violence"]);
    }

    #[test]
    fn idioms_lose_their_classes_and_pronouns_carry_the_group_on() {
        let lex = Lexicon::parse(&format!(
            "{LEX}idiom\tphrase\tehrlich gesagt\nidiom\tphrase\tnichts als\nnegator\tform\tnichts\n\
             report\tform\tgesagt\n"
        ))
        .unwrap();
        let names = |text: &str| -> Vec<String> {
            cues_with(&lex, text).into_iter().map(|c| c.0).collect()
        };
        // "Honestly" reports nothing and praises no one.
        assert_eq!(
            names("Ehrlich gesagt sind Flüchtlinge Ratten."),
            ["dehum", "grp dehum"]
        );
        assert_eq!(
            names("Er hat gesagt, Flüchtlinge sind Ratten."),
            ["dehum", "grp dehum", "rep dehum"]
        );
        // "Nothing but" negates nothing.
        assert_eq!(
            names("Flüchtlinge sind nichts als Ratten."),
            ["dehum", "grp dehum"]
        );
        // "sie" in the sentence after a group's is the group.
        assert_eq!(
            names("Ich kenne Flüchtlinge. Sie sind Ratten."),
            ["dehum", "grp dehum"]
        );
        assert_eq!(names("Ich kenne das. Sie sind Ratten."), ["dehum"]);
    }

    /// The strength counts do not fade with length, and a negated or
    /// reported strong word does not count (see [`strength`]).
    #[test]
    fn strength_counts_used_strong_words_whatever_the_length() {
        let lex = Lexicon::parse(LEX).unwrap();
        let strength_of = |text: &str| strength(&found_with(&lex, text).1);
        let short = strength_of("Flüchtlinge sind Ratten.");
        assert_eq!(short[0], 1.0 / 3.0);
        assert_eq!(short[1], 1.0 / 3.0, "aimed at the group it names");
        let long = strength_of("Ich kenne viele Flüchtlinge aus der Stadt, und sie sind Ratten.");
        assert_eq!(long[..2], short[..2]);
        assert_eq!(
            strength_of("Flüchtlinge sind nicht Ratten.")[..2],
            [0.0, 0.0]
        );
        assert_eq!(
            strength_of("Wer schreibt, Flüchtlinge seien Ratten, gehört gesperrt.")[..2],
            [0.0, 0.0]
        );
        assert_eq!(
            strength_of("Er sagte \"Flüchtlinge sind Ratten\" und ging.")[..2],
            [0.0, 0.0]
        );
        assert_eq!(strength_of("Ratten, Ratten, Ratten, Ratten.")[0], 1.0);
    }

    #[test]
    fn an_opinion_about_a_group_is_marked_only_with_the_group() {
        assert_eq!(
            names("Ich finde Flüchtlinge dreckig"),
            ["neg", "grp neg", "grp op neg"]
        );
        assert_eq!(names("Ich finde das dreckig"), ["neg"]);
    }

    #[test]
    fn stereotype_content_said_of_a_group_is_a_cue_of_its_own() {
        assert_eq!(
            names("Immer wenn Flüchtlinge da sind, wird was geklaut."),
            ["grp stereo"]
        );
        // Without a group it is news talk, and no cue.
        assert!(names("Mir wurde das Rad geklaut.").is_empty());
        // The classes after it keep their frames: an opinion still marks.
        assert_eq!(
            names("Ich finde Flüchtlinge dreckig"),
            ["neg", "grp neg", "grp op neg"]
        );
    }

    #[test]
    fn harm_as_deserved_and_withheld_votes_are_cues() {
        let class_in = |text: &str, class: &str| {
            cues_with(&SHIPPED, text)
                .iter()
                .any(|(n, _)| n.ends_with(class))
        };
        for text in [
            "Muslime verdienen den Tod.",
            "Die verdienen es zu leiden.",
            "Solche Leute verdienen Prügel.",
        ] {
            assert!(
                class_in(text, "violence"),
                "{text}: {:?}",
                cues_with(&SHIPPED, text)
            );
        }
        assert!(!class_in(
            "Frauen verdienen im Schnitt weniger als Männer.",
            "violence"
        ));
        assert!(class_in("Die sollten kein Wahlrecht haben.", "exclude"));
    }

    #[test]
    fn threats_of_blood_and_beating_are_violence() {
        let violent = |text: &str| {
            cues_with(&SHIPPED, text)
                .iter()
                .any(|(n, _)| n.ends_with("violence"))
        };
        for text in [
            "Die nächste Frau, die mir widerspricht, schlage ich krankenhausreif.",
            "Freitag stehen wir vor eurer Moschee, dann fließt Blut.",
            "Die sollen bluten.",
            "Die sollen sich hier nie wieder sicher fühlen.",
        ] {
            assert!(violent(text), "{text}: {:?}", cues_with(&SHIPPED, text));
        }
        for text in [
            "Der Patient hat stark geblutet.",
            "Ich zünde eine Kerze für die Opfer an.",
        ] {
            assert!(!violent(text), "{text}: {:?}", cues_with(&SHIPPED, text));
        }
    }

    #[test]
    fn slurs_said_of_the_writers_own_group_give_no_slur_cue() {
        let all = |text: &str| cues_with(&SHIPPED, text);
        let slur = |text: &str| all(text).iter().any(|(n, _)| n.ends_with("slur"));
        for text in [
            "Wir Krüppel wissen selbst am besten, was wir brauchen.",
            "Wir alten Tunten feiern am Samstag.",
            "Ich bin eine alte Tunte und stolz darauf.",
            "i bin hoid a Schwuchtel, na und?",
            "Mein Mann und ich sind zwei glückliche Schwuchteln.",
            "Als Zigeunerin sag ich's mal so: Das Wort gehört jetzt uns.",
            "So viele stolze Transen auf einem Haufen!",
            "Transe und stolz drauf.",
            "Ich nenne mich selbst gern Tunte, das Wort gehört mir.",
            "Im Chor nennen wir uns seit Jahren die Schwuchteln.",
            "Als Kanakin, wie ich mich selbst nenne, sehe ich das anders.",
            "Ich sag oft selbst Krüppel zu mir.",
            "Meine Freunde und ich nennen uns gegenseitig Schwuchteln.",
            "Ich nenn mich selber Zigeuner, weil es mir so passt.",
        ] {
            assert!(!slur(text), "{text}: {:?}", all(text));
        }
        // Hurled, addressed, negated, or an object of the writer's words.
        for text in [
            "Ihr Krüppel gehört weggesperrt.",
            "Ich bin doch keine Schwuchtel.",
            "Wir wollen keine Krüppel hier.",
            "Wir gegen die Schwuchteln.",
            "Wir hassen Krüppel.",
            "Ich bin gegen Schwuchteln in der Schule.",
            "Ich bin die Transen so leid.",
            "Wir sind dafür, dass Krüppel zuhause bleiben.",
            "Als Transe bist du krank.",
            "Schwuchteln wie ihr sind widerlich.",
            "Die Kanaken nennen uns Nazis.",
            "Wir nennen uns Patrioten und die anderen Kanaken.",
            "Ich nenne diese Tunten beim Namen.",
            "Schick die Krüppel zu mir, ich sag ihnen die Meinung.",
        ] {
            assert!(slur(text), "{text}: {:?}", all(text));
        }
    }

    #[test]
    fn generalising_about_a_group_is_a_cue_and_so_is_its_negation() {
        assert_eq!(
            names("Typisch Flüchtlinge, erst jammern"),
            ["general", "grp general"]
        );
        assert_eq!(
            names("Nicht alle Flüchtlinge sind gleich"),
            ["not general", "not grp general"]
        );
        // A misspelt generaliser is not read as one: it says nothing alone.
        assert!(names("typsich").is_empty());
    }

    #[test]
    fn single_quotation_marks_quote_but_apostrophes_do_not() {
        let quoted = |text: &str| {
            let (norm, toks) = normalized(text);
            let m = mentions(&norm, &toks);
            let words = toks.iter().map(|t| &norm[t.start..t.end]);
            words
                .zip(m.quoted)
                .filter(|(_, q)| *q)
                .map(|(w, _)| w.to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(
            quoted("Ein Leser meint: 'Die Afrikaner gehören weg.' Wie verroht!"),
            "die afrikaner gehören weg"
        );
        assert_eq!(quoted("Er schrieb ‚alle raus‘, sonst nichts."), "alle raus");
        assert_eq!(quoted("Geht's noch? Jens' Auto steht da."), "");
        assert_eq!(quoted("Wie geht’s? So ’ne Frage."), "");
    }

    #[test]
    fn quoted_or_reported_words_in_a_condemning_text_are_mentions() {
        let m = |text: &str| {
            let (norm, toks) = normalized(text);
            let words: Vec<&str> = toks.iter().map(|t| &norm[t.start..t.end]).collect();
            let at = words
                .iter()
                .position(|w| *w == "ratten")
                .expect("the test word");
            mentions(&norm, &toks).covers(at, at + 1)
        };
        assert!(m("Wer schreibt, das seien Ratten, sollte sich schämen."));
        assert!(m("„Alles Ratten“ – solche Hetze bitte löschen."));
        // Disgust and "has no place here" condemn too, in the plural as well.
        assert!(m(
            "Wenn ich hier lese, man solle die Ratten verjagen, wird mir schlecht."
        ));
        assert!(m(
            "„Alles Ratten“ – solche Sätze haben hier nichts verloren."
        ));
        // Quoted without condemnation, condemned without a quote, or the
        // condemnation negated: the word is used.
        assert!(!m("„Ratten“ sind das, alle."));
        assert!(!m("Das sind Ratten, bitte löschen."));
        assert!(!m("„Ratten“, das ist keine Hetze, das ist die Wahrheit."));
        // Quoted and reported: a word someone said, talked about.
        assert!(m("Mein Nachbar hat „Ratten“ gesagt, unglaublich."));
        assert!(!m("Mein Nachbar sagt, das sind Ratten."));
        // A negator before the condemnation's clause does not reach it.
        assert!(m(
            "Das Wort „Ratten“ gehört nicht in die Zeitung, bitte löschen."
        ));
    }

    #[test]
    fn cues_point_at_the_word_that_made_them() {
        let c = cues("Ihr seid dreckig");
        assert!(c.iter().all(|(_, span)| span == "dreckig"));
    }

    #[test]
    fn every_deletion_and_form_passes_its_bit_filter_and_few_others_do() {
        let lex = &*SHIPPED;
        assert!(lex.deletes.iter().all(|d| lex.delete_bits.maybe(d.0)));
        assert!(lex.words.keys().all(|w| lex.word_bits.maybe(word_hash(w))));
        for (f, name) in [(&lex.delete_bits, "deletes"), (&lex.word_bits, "words")] {
            let share = f.share_set();
            assert!(
                share < 0.1,
                "{name}: {share:.3} of the bits set: grow the filter"
            );
        }
    }

    #[test]
    fn a_deletion_is_hashed_as_its_bytes() {
        let mut seen = Vec::new();
        for_each_deletion("Häßlich", |pos, cut, h| seen.push((pos, cut, h)));
        let w = "Häßlich".as_bytes();
        assert_eq!(seen.len(), 7);
        for (_, cut, h) in seen {
            let d = [&w[..cut.start], &w[cut.end..]].concat();
            assert_eq!(h, word_hash(&d), "{}", String::from_utf8_lossy(&d));
        }
    }

    #[test]
    fn rare_words_one_edit_from_a_form_match() {
        assert_eq!(names("dreckgi"), ["neg"]);
        assert_eq!(names("erschiesen"), ["violence"]);
        assert_eq!(names("erschießenn"), ["violence"]);
        assert_eq!(names("rtaten"), ["dehum"]);
        assert_eq!(names("dreckxg"), ["neg"]);
        // Two edits, or a replaced letter far from where the form differs, do not.
        assert!(names("drekgi").is_empty());
        assert!(names("raxtxen").is_empty());
        // Common words are never tried as misspellings.
        assert!(cues_if_none_rare("dreckgi").is_empty());
    }

    /// The cues of a (normalized) text when the model knows all its words.
    fn cues_if_none_rare(text: &str) -> Vec<Cue> {
        let lex = Lexicon::parse(LEX).unwrap();
        let mut buf = CueScratch::default();
        let toks: Vec<Token> = tokens(text).collect();
        find_with(&lex, text, &toks, &[], |_| false, &mut buf);
        buf.found
    }

    #[test]
    fn rare_words_run_together_with_a_short_word_match() {
        assert_eq!(names("dreckigsie"), ["neg"]);
        assert_eq!(names("dieratten"), ["dehum"]);
        // Both parts count: "alle" is a generalising word.
        assert_eq!(names("alledreckig"), ["neg", "general"]);
        // Not glue: a two-letter word, a word outside the list, or a lexicon
        // part shorter than four letters.
        assert!(names("erdreckig").is_empty());
        assert!(names("hausdreckig").is_empty());
        // Participles and separable verbs are not glued words.
        assert!(names("rattenden").is_empty());
        assert!(names("mitratten").is_empty());
        assert!(names("allealle").is_empty());
        let lex = Lexicon::parse("class\tkind\tterm\nneg\tform\tmies\nneg\tform\tfies\n").unwrap();
        assert_eq!(lex.glued_classes("miesder".as_bytes()), 1 << 1);
        assert_eq!(lex.glued_classes("fie".as_bytes()), 0);
        assert_eq!(lex.glued_classes("dieses".as_bytes()), 0);
    }

    #[test]
    fn one_edit_is_one_edit() {
        for (a, b) in [
            ("wet", "wert"),
            ("wert", "wet"),
            ("wrt", "wert"),
            ("wret", "wert"),
            ("wurt", "wert"),
            ("wertt", "wert"),
            ("äber", "aber"),
        ] {
            assert!(one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
        for (a, b) in [
            ("wert", "wert"),
            ("we", "wert"),
            ("trew", "wert"),
            ("wetrs", "wert"),
            ("abcd", "wxyz"),
        ] {
            assert!(!one_edit(a.as_bytes(), b.as_bytes()), "{a} {b}");
        }
    }

    #[test]
    fn a_phrase_matches_with_one_later_word_misspelt_if_rare() {
        let lex = Lexicon::parse("class\tkind\tterm\nneg\tphrase\tweniger wert\n").unwrap();
        let classes = |text: &str, rare: &dyn Fn(&[u8]) -> bool| {
            let toks: Vec<Token> = tokens(text).collect();
            let mut fr = Frames::default();
            frames(&lex, text, &toks, rare, &mut fr);
            fr.classes
        };
        assert_eq!(classes("weniger wet als", &|_| true), [2, 2, 0]);
        // A known word keeps its own meaning; the first word must be exact.
        assert_eq!(classes("weniger wet als", &|_| false), [0, 0, 0]);
        assert_eq!(classes("wenger wert", &|_| true), [0, 0]);
    }

    #[test]
    fn a_phrase_with_an_apostrophe_is_cut_as_the_text_is() {
        let lex = Lexicon::parse("class\tkind\tterm\nneg\tphrase\tgeht's noch\n").unwrap();
        let text = Normalizer::new(NormalizerParams::default())
            .normalize("Ernsthaft? Geht's noch?")
            .text;
        let toks: Vec<Token> = tokens(&text).collect();
        let mut fr = Frames::default();
        frames(&lex, &text, &toks, &|_| false, &mut fr);
        // ernsthaft ? geht s noch ?
        assert_eq!(fr.classes, [0, 0, 2, 2, 2, 0]);
    }

    #[test]
    fn phrases_run_together_match_as_words() {
        let lex =
            Lexicon::parse("class\tkind\tterm\nneg\tphrase\tweniger wert\nneg\tphrase\tzu mir\n")
                .unwrap();
        assert_eq!(lex.classes(b"wenigerwert"), 1 << 1);
        // Glued to a short word, and with a letter dropped, as any form.
        assert_eq!(lex.glued_classes(b"wenigerwertals"), 1 << 1);
        assert_eq!(lex.fuzzy_classes(b"wenigerwet"), 1 << 1);
        // Too short to be told from other words once joined.
        assert_eq!(lex.classes(b"zumir"), 0);
    }

    #[test]
    fn rare_words_split_by_a_space_match() {
        assert_eq!(names("dreck ig"), ["neg"]);
        assert_eq!(names("ein dre ckig"), ["neg"]);
        assert_eq!(names("rat ten"), ["dehum"]);
        // Too short together, or not letters.
        assert!(names("all e").is_empty());
        assert!(names("dreck 1g").is_empty());
        // Only rare words are joined.
        assert!(cues_if_none_rare("dreck ig").is_empty());
    }

    #[test]
    fn glue_words_are_sorted() {
        assert!(GLUE.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn malformed_lines_name_their_line() {
        let e = Lexicon::parse("pos\tadj\tgut\nfoo\tadj\tbar\n").unwrap_err();
        assert!(e.to_string().contains("line 2"), "{e}");
        assert!(Lexicon::parse("pos\tverb\tgut\n").is_err());
        assert!(Lexicon::parse("pos\tadj\n").is_err());
    }

    #[test]
    fn shipped_lexicon_parses() {
        let lex = Lexicon::parse(LEXICON).unwrap();
        assert!(lex.words.len() > 100);
        assert_ne!(lexicon_id(), 0);
    }
}
