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
//! a letter dropped or added) is read as that word, and a run of two to
//! four pieces, one of them unseen, that makes such a word when joined is
//! read as it. This is Norvig's spelling corrector at distance one, with
//! the training texts as its dictionary.
//!
//! Training texts never change: every word of them was seen.

use std::ops::Range;

use super::artefacts::Masked;
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

/// Letters an edit may add: the normalized text is lower case and keeps the
/// umlauts and `ß`.
const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyzäöüß";

/// Finds the repairs of the normalized `text` into `out` (sorted, disjoint).
/// `unseen` says whether the model never saw a word, `known` gives a word's
/// weight to minimise (its IDF: frequent words weigh little) or `None` for
/// a word that is neither a frequent training word nor a group name.
/// `real` says whether an unseen word is a real word all the same (its
/// stem is a training word's or in the vocabulary): such a word is only
/// read as another form of itself (`Projekte` as the frequent `Projekt`),
/// never as a word it is a typo away from (`sterben` is not `Serben`).
/// `masks`, when not empty, holds one entry per token: only kept tokens
/// are repaired.
pub(super) fn find(
    text: &str,
    toks: &[Token],
    masks: &[Masked],
    unseen: impl Fn(&[u8]) -> bool,
    real: impl Fn(&[u8]) -> bool,
    known: impl Fn(&[u8]) -> Option<f32>,
    out: &mut Vec<Fix>,
) {
    out.clear();
    let word = |i: usize| &text[toks[i].start..toks[i].end];
    let letters = |i: usize| {
        masks.get(i).is_none_or(|m| *m == Masked::Keep) && word(i).chars().all(char::is_alphabetic)
    };
    let mut buf = String::new();
    let mut i = 0;
    while i < toks.len() {
        if !letters(i) {
            i += 1;
            continue;
        }
        // The pieces that follow token `i` with one space between.
        let run = (i + 1..toks.len().min(i + MAX_PIECES))
            .take_while(|&j| {
                letters(j)
                    && toks[j].start == toks[j - 1].end + 1
                    && text.as_bytes()[toks[j - 1].end] == b' '
            })
            .count();
        let joined = (1..=run).rev().find_map(|extra| {
            let last = i + extra;
            if !(i..=last).any(|j| unseen(word(j).as_bytes())) {
                return None;
            }
            buf.clear();
            (i..=last).for_each(|j| buf.push_str(word(j)));
            let n = buf.chars().count();
            ((MIN_CHARS + 1..=MAX_CHARS).contains(&n) && known(buf.as_bytes()).is_some())
                .then(|| (last, buf.clone()))
        });
        if let Some((last, w)) = joined {
            out.push((toks[i].start..toks[last].end, w));
            i = last + 1;
            continue;
        }
        let w = word(i);
        if unseen(w.as_bytes()) {
            let own = real(w.as_bytes()).then(|| stem(w.as_bytes()));
            let known = |c: &[u8]| {
                let related = own.as_ref().is_none_or(|s| stem(c) == *s);
                known(c).filter(|_| related)
            };
            if let Some(fixed) = nearest(w, &known) {
                out.push((toks[i].start..toks[i].end, fixed));
            }
        }
        i += 1;
    }
}

/// The known word one edit from `w` with the lowest weight (the first of
/// equals in the order swaps, drops, additions), or `None`.
fn nearest(w: &str, known: &impl Fn(&[u8]) -> Option<f32>) -> Option<String> {
    let chars: Vec<char> = w.chars().collect();
    let n = chars.len();
    if !(MIN_CHARS..=MAX_CHARS).contains(&n) {
        return None;
    }
    let mut best: Option<(f32, String)> = None;
    let mut cand = String::with_capacity(w.len() + 2);
    let mut offer = |cand: &str| {
        if let Some(x) = known(cand.as_bytes()) {
            if best.as_ref().is_none_or(|(b, _)| x < *b) {
                best = Some((x, cand.to_string()));
            }
        }
    };
    // The first letter is kept: a typo there is rare, and dropping or
    // adding one makes other words of too many (`asozial`, `Mist`, `Harm`
    // are one letter from `sozial`, `ist`, `arm`).
    // Two neighbours swapped.
    for i in 1..n - 1 {
        if chars[i] != chars[i + 1] {
            cand.clear();
            cand.extend(&chars[..i]);
            cand.extend([chars[i + 1], chars[i]]);
            cand.extend(&chars[i + 2..]);
            offer(&cand);
        }
    }
    // A letter added (drop it); a doubled letter is tried once.
    for i in 1..n {
        if chars[i] != chars[i - 1] {
            cand.clear();
            cand.extend(&chars[..i]);
            cand.extend(&chars[i + 1..]);
            offer(&cand);
        }
    }
    // A letter dropped (add it back).
    for i in 1..=n {
        for c in ALPHABET.chars() {
            // Adding the letter before an equal one makes the same word.
            if chars.get(i) == Some(&c) {
                continue;
            }
            cand.clear();
            cand.extend(&chars[..i]);
            cand.push(c);
            cand.extend(&chars[i..]);
            offer(&cand);
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
    ];

    /// Unseen words that are real words (of the vocabulary).
    const REAL: &[&str] = &["sterben", "projekte"];

    /// Words the made-up training set had: the known ones and these.
    const SEEN: &[&str] = &["ich", "muslime", "mir", "wie", "der", "mann", "kommt"];

    fn read(text: &str) -> String {
        let known = |w: &[u8]| KNOWN.iter().find(|(k, _)| k.as_bytes() == w).map(|k| k.1);
        let unseen = |w: &[u8]| known(w).is_none() && !SEEN.iter().any(|s| s.as_bytes() == w);
        let toks: Vec<Token> = tokens(text).collect();
        let mut fixes = Vec::new();
        let real = |w: &[u8]| REAL.iter().any(|s| s.as_bytes() == w);
        find(text, &toks, &[], unseen, real, known, &mut fixes);
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
        let mut fixes = Vec::new();
        let known = |w: &[u8]| (w == b"hasse").then_some(1.0);
        find(
            text,
            &toks,
            &[Masked::Drop],
            |_| true,
            |_| false,
            known,
            &mut fixes,
        );
        assert!(fixes.is_empty());
    }
}
