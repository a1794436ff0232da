//! Unseen words read as the training words they were meant to be.
//!
//! A letter swapped, dropped or doubled (`Behindetren`, `Ich hsse`,
//! `zuwwider`) or a space put inside a word (`Schw arzen`, `glei chwe
//! rtig`) is the cheapest way past a word filter and the commonest typo.
//! The misspelt token was never seen in training: its word features land
//! in buckets that carry other words' weights and only some of its
//! character n-grams survive (`Muslime sind mir zuwider.` toxic 0.92,
//! `… zuwwider.` 0.15). So a token the model never saw that is one edit
//! from a frequent training word or a group name (two neighbours swapped,
//! a letter dropped or added, the first letter kept) is read as that word,
//! and a run of two to four pieces, a short one of them unseen, that makes
//! such a word when joined is read as it. This is Norvig's spelling
//! corrector at distance one, with the training texts as its dictionary.
//! A real word the model never saw (its stem a training word's, or in the
//! vocabulary texts) is only read as another form of itself.
//!
//! Training texts never change: every word of them was seen.

use std::ops::Range;

use super::artefacts::Masked;
use super::memo::Memo;
use super::stems::stem;
use crate::text::Token;

/// A repair: the byte range of the normalized text and what it reads as.
pub(super) type Fix = (Range<usize>, String);

/// Shortest token (in characters) tried as a misspelling: `hsse`, `Judn`
/// and `Rmoa` are four; at three, one edit reaches too many words.
const MIN_CHARS: usize = 4;

/// Longest token tried: past it, a token is a compound or a run of words
/// (see `glued.rs`), and trying every edit would cost more than it finds.
const MAX_CHARS: usize = 24;

/// Most pieces a word is joined from (`glei chwe rtig` is three).
const MAX_PIECES: usize = 4;

/// Longest unseen piece (in bytes) that starts a search for a split word.
const MAX_PIECE_BYTES: usize = 6;

/// Letters an edit may add: the normalized text is lower case and keeps the
/// umlauts and `ß`.
const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyzäöüß";

/// What the repairs ask of the model's words.
pub(super) trait Dictionary {
    /// Whether the model never saw the word in training.
    fn unseen(&self, w: &[u8]) -> bool;
    /// Whether an unseen word is a real word all the same (its stem is a
    /// training word's or in the vocabulary): such a word is only read as
    /// another form of itself (`Projekte` as the frequent `Projekt`),
    /// never as a word it is a typo away from (`sterben` is not `Serben`).
    fn real(&self, w: &[u8]) -> bool;
    /// The weight of the word of this hash as a form of the cue lexicon
    /// (`None`: no form), for a word that is not [known](Self::known):
    /// an unseen word one edit from a form is read as the form
    /// (`Ftozen`), but an unseen form only as a known word, related or
    /// another form of the lexicon (`Schwuchteln` as the frequent
    /// `Schwuchtel`, whose stems differ), never as a rarer form of itself.
    fn form(&self, h: u64) -> Option<f32>;
    /// The hash the two questions below take, computed once per word.
    fn hash(&self, w: &[u8]) -> u64;
    /// A word's weight to minimise (its IDF: frequent words weigh little),
    /// or `None` for a word that is neither a frequent training word nor a
    /// group name; `h` is [`Self::hash`] of `w`.
    fn known(&self, w: &[u8], h: u64) -> Option<f32>;
    /// Whether the word may be a known word with a letter dropped (see
    /// [`drops`]): `false` is sure, `true` may be wrong. Trying every
    /// letter at every place costs thirty lookups a letter, and a swap of
    /// neighbours leaves a drop in common with the word it misspells:
    /// these lookups spare both for almost every word.
    fn dropped(&self, w: &[u8], h: u64) -> bool;
    /// Which model's words these are: repairs kept from one text to the
    /// next are forgotten when another model asks.
    fn owner(&self) -> u64;
}

/// The repairs of one text, with buffers reused from text to text.
#[derive(Debug, Clone, Default)]
pub(super) struct Repairs {
    /// Sorted, disjoint.
    pub(super) fixes: Vec<Fix>,
    /// Per token: whether it is letters only and kept.
    letters: Vec<bool>,
    /// Per token: whether it is letters only, kept, and unseen.
    unseen: Vec<bool>,
    buf: String,
    /// The repair of each unseen word met lately (`None`: none), by hash.
    memo: Memo<Option<Box<str>>>,
}

impl Repairs {
    /// Finds the repairs of the normalized `text` into `self.fixes`.
    /// `masks`, when not empty, holds one entry per token: only kept
    /// tokens are repaired.
    pub(super) fn find(
        &mut self,
        text: &str,
        toks: &[Token],
        masks: &[Masked],
        dict: &impl Dictionary,
    ) {
        self.fixes.clear();
        self.memo.own(dict.owner());
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        let letters = |i: usize| {
            let w = word(i);
            masks.get(i).is_none_or(|m| *m == Masked::Keep)
                && if w.is_ascii() {
                    w.bytes().all(|b| b.is_ascii_lowercase())
                } else {
                    w.chars().all(char::is_alphabetic)
                }
        };
        self.letters.clear();
        self.letters.extend((0..toks.len()).map(letters));
        self.unseen.clear();
        self.unseen
            .extend((0..toks.len()).map(|i| self.letters[i] && dict.unseen(word(i).as_bytes())));
        let mut i = 0;
        while i < toks.len() {
            if let Some(last) = self.joined(text, toks, i, dict) {
                self.fixes
                    .push((toks[i].start..toks[last].end, self.buf.clone()));
                i = last + 1;
                continue;
            }
            if self.unseen[i] {
                let w = word(i);
                let buf = &mut self.buf;
                let fixed = self.memo.get(dict.hash(w.as_bytes()), || {
                    nearest(w, dict, buf).map(String::into_boxed_str)
                });
                if let Some(fixed) = fixed {
                    self.fixes.push((toks[i].start..toks[i].end, fixed.into()));
                }
            }
            i += 1;
        }
    }

    /// The last of the two to four pieces from token `i` on, one space
    /// apart and one of them unseen, that spell a known word (left in
    /// `self.buf`); the most pieces first.
    fn joined(
        &mut self,
        text: &str,
        toks: &[Token],
        i: usize,
        dict: &impl Dictionary,
    ) -> Option<usize> {
        let word = |i: usize| &text[toks[i].start..toks[i].end];
        let letters = |j: usize| self.letters[j];
        let spaced = |j: usize| {
            toks[j].start == toks[j - 1].end + 1 && text.as_bytes()[toks[j - 1].end] == b' '
        };
        let end = toks.len().min(i + MAX_PIECES);
        // Only runs with a short unseen piece are tried: most have none,
        // and a word split by a space leaves short pieces (`schw`, `asy`,
        // `nschen`), while most unseen words are long compounds.
        let short = |j: usize| toks[j].end - toks[j].start <= MAX_PIECE_BYTES;
        let first_unseen = (i..end).find(|&j| self.unseen[j] && short(j))?;
        if !letters(i) {
            return None;
        }
        let run = (i + 1..end)
            .take_while(|&j| spaced(j) && letters(j))
            .count();
        (first_unseen.max(i + 1)..=i + run).rev().find(|&last| {
            self.buf.clear();
            (i..=last).for_each(|j| self.buf.push_str(word(j)));
            let n = self.buf.chars().count();
            let w = self.buf.as_bytes();
            let h = dict.hash(w);
            // A lexicon form only from pieces none of which is a word
            // (`Kame ltre iber`), not from words (`Kopf ab` is no `kopfab`).
            let all_unseen = (i..=last).all(|j| self.unseen[j]);
            (MIN_CHARS + 1..=MAX_CHARS).contains(&n)
                && (dict.known(w, h).is_some() || (all_unseen && dict.form(h).is_some()))
        })
    }
}

/// Calls `f` with `w` minus each of its letters but the first (a doubled
/// letter once): the words a typo that drops a letter makes of `w`.
pub(super) fn drops(w: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    let mut chars = w.char_indices();
    let Some((_, mut prev)) = chars.next() else {
        return;
    };
    for (i, c) in chars {
        if c != prev {
            buf.clear();
            buf.push_str(&w[..i]);
            buf.push_str(&w[i + c.len_utf8()..]);
            f(buf);
        }
        prev = c;
    }
}

/// Whether a word of `n` characters may be what a typo meant: one more
/// than the typos tried.
pub(super) fn target_length(n: usize) -> bool {
    (MIN_CHARS + 1..=MAX_CHARS + 1).contains(&n)
}

/// The known word one edit from `w` with the lowest weight (the first of
/// equals in the order drops, swaps, additions), or `None`. The first
/// letter is kept: a typo there is rare, and dropping or adding one makes
/// other words of too many (`asozial`, `Mist`, `Harm` are one letter from
/// `sozial`, `ist`, `arm`).
fn nearest(w: &str, dict: &impl Dictionary, buf: &mut String) -> Option<String> {
    let n = w.chars().count();
    if !(MIN_CHARS..=MAX_CHARS).contains(&n) {
        return None;
    }
    // Byte offsets of the characters, and the end.
    let at: Vec<usize> = w.char_indices().map(|(i, _)| i).chain([w.len()]).collect();
    let mut best: Option<(f32, String)> = None;
    // Whether `w` is a real word, and its stem: asked only once a
    // candidate is known, which few words have.
    let mut own: Option<Option<String>> = None;
    let is_form = dict.form(dict.hash(w.as_bytes())).is_some();
    let mut offer = |cand: &str, h: u64| {
        let form = dict.form(h);
        let weight = dict.known(cand.as_bytes(), h);
        let Some(x) = weight.or(form.filter(|_| !is_form)) else {
            return;
        };
        let own = own.get_or_insert_with(|| {
            dict.real(w.as_bytes())
                .then(|| stem(w.as_bytes()).into_owned())
        });
        let related =
            own.as_ref().is_none_or(|s| stem(cand.as_bytes()) == *s) || (is_form && form.is_some());
        if related && best.as_ref().is_none_or(|(b, _)| x < *b) {
            best = Some((x, cand.to_string()));
        }
    };
    // A letter added (drop it); whether a drop is also a known word's.
    let mut near = false;
    drops(w, buf, |d| {
        let h = dict.hash(d.as_bytes());
        offer(d, h);
        near = near || dict.dropped(d.as_bytes(), h);
    });
    let mut cand = String::with_capacity(w.len() + 2);
    // Two neighbours swapped.
    for i in (1..n - 1).filter(|_| near) {
        let (a, b, c) = (at[i], at[i + 1], at[i + 2]);
        if w[a..b] != w[b..c] {
            cand.clear();
            cand.push_str(&w[..a]);
            cand.push_str(&w[b..c]);
            cand.push_str(&w[a..b]);
            cand.push_str(&w[c..]);
            offer(&cand, dict.hash(cand.as_bytes()));
        }
    }
    // A letter dropped (add it back).
    if dict.dropped(w.as_bytes(), dict.hash(w.as_bytes())) {
        for i in 1..=n {
            for c in ALPHABET.chars() {
                // Adding the letter before an equal one makes the same word.
                if w[at[i]..].starts_with(c) {
                    continue;
                }
                cand.clear();
                cand.push_str(&w[..at[i]]);
                cand.push(c);
                cand.push_str(&w[at[i]..]);
                offer(&cand, dict.hash(cand.as_bytes()));
            }
        }
    }
    best.map(|(_, w)| w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    /// Frequent words of a made-up training set, with made-up IDFs.
    const KNOWN: &[(&str, f32)] = &[
        ("hasse", 5.0),
        ("zuwider", 6.0),
        ("behinderten", 5.5),
        ("roma", 5.0),
        ("schwarzen", 5.0),
        ("gleichwertig", 6.0),
        ("die", 1.0),
        ("sind", 1.2),
        ("nicht", 1.1),
        ("haase", 7.0),
        ("serben", 5.0),
        ("projekt", 4.0),
        ("wieder", 2.0),
        ("schwuchtel", 6.5),
    ];

    /// Lexicon words of the made-up lexicon; none is a training word but
    /// `schwuchtel`.
    const FORMS: &[&str] = &[
        "kanake",
        "arschloch",
        "arschloche",
        "schwuchtel",
        "schwuchteln",
    ];

    /// Unseen words that are real words (of the vocabulary).
    const REAL: &[&str] = &["sterben", "projekte"];

    /// Words the made-up training set had: the known ones and these.
    const SEEN: &[&str] = &["ich", "muslime", "mir", "wie", "der", "mann", "kommt"];

    /// The made-up training set's dictionary.
    struct Made;

    impl Dictionary for Made {
        fn unseen(&self, w: &[u8]) -> bool {
            self.known(w, 0).is_none() && !SEEN.iter().any(|s| s.as_bytes() == w)
        }
        fn real(&self, w: &[u8]) -> bool {
            REAL.iter().any(|s| s.as_bytes() == w) || FORMS.iter().any(|f| f.as_bytes() == w)
        }
        fn form(&self, h: u64) -> Option<f32> {
            FORMS
                .iter()
                .any(|f| xxhash_rust::xxh3::xxh3_64(f.as_bytes()) == h)
                .then_some(9.0)
        }
        fn hash(&self, w: &[u8]) -> u64 {
            xxhash_rust::xxh3::xxh3_64(w)
        }
        fn known(&self, w: &[u8], _: u64) -> Option<f32> {
            KNOWN.iter().find(|(k, _)| k.as_bytes() == w).map(|k| k.1)
        }
        fn dropped(&self, w: &[u8], _: u64) -> bool {
            let mut buf = String::new();
            let mut hit = false;
            for k in KNOWN.iter().map(|k| k.0).chain(FORMS.iter().copied()) {
                drops(k, &mut buf, |d| hit |= d.as_bytes() == w);
            }
            hit
        }
        fn owner(&self) -> u64 {
            1
        }
    }

    #[test]
    fn drops_keep_the_first_letter_and_try_a_doubled_one_once() {
        let mut all = Vec::new();
        drops("hasse", &mut String::new(), |d| all.push(d.to_string()));
        assert_eq!(all, ["hsse", "hase", "hass"]);
        all.clear();
        drops("ähm", &mut String::new(), |d| all.push(d.to_string()));
        assert_eq!(all, ["äm", "äh"]);
    }

    fn read(text: &str) -> String {
        let toks: Vec<Token> = tokens(text).collect();
        let mut r = Repairs::default();
        r.find(text, &toks, &[], &Made);
        let fixes = r.fixes;
        let mut out = String::new();
        let mut from = 0;
        for (r, w) in fixes {
            out.push_str(&text[from..r.start]);
            out.push_str(&w);
            from = r.end;
        }
        out + &text[from..]
    }

    #[test]
    fn unseen_words_one_edit_from_a_known_word_are_read_as_it() {
        assert_eq!(read("ich hsse muslime"), "ich hasse muslime");
        assert_eq!(
            read("muslime sind mir zuwwider"),
            "muslime sind mir zuwider"
        );
        assert_eq!(read("die behindetren"), "die behinderten");
        assert_eq!(read("rmoa"), "roma");
    }

    #[test]
    fn the_most_frequent_of_several_readings_wins() {
        // `haase` and `hasse` are both one letter more than `hase`: the
        // lower weight (the more frequent word) wins, though `haase` comes
        // first.
        assert_eq!(read("hase"), "hasse");
    }

    #[test]
    fn real_words_are_only_read_as_other_forms_of_themselves() {
        assert_eq!(read("sterben"), "sterben");
        assert_eq!(read("projekte"), "projekt");
        // A typo of a real word's form is still read as the word.
        assert_eq!(read("sreben"), "serben");
    }

    #[test]
    fn lexicon_words_are_read_from_typos_and_read_only_as_their_kin() {
        // A typo of a lexicon word that is no training word.
        assert_eq!(read("die kanakne"), "die kanake");
        // An unseen lexicon word: never as a rarer form of itself, but as
        // a frequent training word that is another form.
        assert_eq!(read("du arschloch"), "du arschloch");
        assert_eq!(read("ihr schwuchteln"), "ihr schwuchtel");
    }

    #[test]
    fn pieces_joined_into_a_known_word_are_read_as_it() {
        assert_eq!(read("die schw arzen sind"), "die schwarzen sind");
        assert_eq!(read("nicht glei chwe rtig"), "nicht gleichwertig");
    }

    #[test]
    fn seen_words_short_words_and_numbers_stay() {
        // `wie der` joins into the frequent `wieder`, but both pieces were
        // seen: a sentence with `wie der Mann` keeps its words.
        assert_eq!(read("wie der mann"), "wie der mann");
        // Seen words keep their meaning however close to another.
        assert_eq!(read("kommt"), "kommt");
        // Three letters are too few, digits are not letters.
        assert_eq!(read("dei"), "dei");
        assert_eq!(read("has5e"), "has5e");
        // Two edits are too many.
        assert_eq!(read("hssae zwuidre"), "hssae zwuidre");
    }

    #[test]
    fn masked_tokens_are_not_repaired() {
        let text = "hsse";
        let toks: Vec<Token> = tokens(text).collect();
        let mut r = Repairs::default();
        r.find(text, &toks, &[Masked::Drop], &Made);
        assert!(r.fixes.is_empty());
    }
}
