//! Words run together, read as the words they are made of.
//!
//! Taking the space out (`einzigenehrlichen`, `verprügeltsie`,
//! `Respektverdienen`) is the cheapest way past a word filter, hashtags run
//! words together by design (`#merkelmussweg`), and German writes new
//! compounds every day (`Wärmepumpenförderung`). A bag of n-grams sees none
//! of these tokens in training, so their word features carry nothing and
//! only the character n-grams at the ends of the parts survive. A token the
//! model never saw that is made of two or three frequent training words is
//! therefore cut into them before hashing, as a decompounder would
//! (frequency-based, after Koehn & Knight 2003: of the possible cuts, the
//! one whose parts are most frequent).
//!
//! Training texts never change: every word of them was seen. Only scored
//! text does, and only its unseen words.

use super::artefacts::Masked;
use super::cues::GLUE;
use crate::text::Token;

/// Shortest token (in characters) that is tried: two parts of three.
const MIN_CHARS: usize = 6;

/// Shortest part (in characters), but for the short function words of
/// [`GLUE`] (`sie`, `der`, `und`): shorter pieces (`ver`, `ent`, `ex`)
/// are prefixes left by hyphenation and begin too many words.
const MIN_PART_CHARS: usize = 4;

/// How a token is cut: byte offsets of the cuts inside it (one or two).
type Cuts = ([usize; 2], usize);

/// Replaces each token that `unseen` and is made of known parts by its
/// parts, in place (`spare` is a reused buffer). `known` gives a part's
/// weight to minimise (its IDF: frequent parts weigh little), or `None` for
/// a word that is not a frequent training word. `masks`, when not empty,
/// holds one entry per token: only kept tokens are cut, and their parts
/// are kept too.
pub(super) fn split(
    text: &[u8],
    toks: &mut Vec<Token>,
    masks: &mut Vec<Masked>,
    spare: &mut Vec<Token>,
    unseen: impl Fn(&[u8]) -> bool,
    known: impl Fn(&[u8]) -> Option<f32>,
) {
    let keep = |i: usize| masks.get(i).is_none_or(|m| *m == Masked::Keep);
    let mut cut_at = toks.iter().enumerate().filter_map(|(i, t)| {
        let w = &text[t.start..t.end];
        // Bytes are at least characters: too short in bytes is too short.
        if w.len() < MIN_CHARS || !keep(i) || !unseen(w) {
            return None;
        }
        best_cuts(w, &known).map(|c| (i, c))
    });
    let Some(first) = cut_at.next() else {
        return;
    };
    spare.clear();
    let mut new_masks = Vec::new();
    let mut from = 0;
    for (i, (cuts, n)) in std::iter::once(first).chain(cut_at) {
        spare.extend_from_slice(&toks[from..i]);
        if !masks.is_empty() {
            new_masks.extend_from_slice(&masks[from..i]);
            new_masks.resize(new_masks.len() + n + 1, Masked::Keep);
        }
        let t = toks[i];
        let mut start = t.start;
        for &c in &cuts[..n] {
            spare.push(Token {
                start,
                end: t.start + c,
            });
            start = t.start + c;
        }
        spare.push(Token { start, end: t.end });
        from = i + 1;
    }
    spare.extend_from_slice(&toks[from..]);
    if !masks.is_empty() {
        new_masks.extend_from_slice(&masks[from..]);
        *masks = new_masks;
    }
    std::mem::swap(toks, spare);
}

/// The cut of `w` into two known parts with the lowest mean weight, or
/// into three when no two will do; `None` for a word of anything but
/// letters or one that no cut explains.
fn best_cuts(w: &[u8], known: &impl Fn(&[u8]) -> Option<f32>) -> Option<Cuts> {
    let s = std::str::from_utf8(w).ok()?;
    if s.chars().count() < MIN_CHARS || !s.chars().all(char::is_alphabetic) {
        return None;
    }
    // Cut points: every character boundary inside the word.
    let bounds = || s.char_indices().map(|(i, _)| i).skip(1);
    let part = |a: usize, b: usize| {
        let p = &s[a..b];
        let long_enough = p.chars().count() >= MIN_PART_CHARS || GLUE.binary_search(&p).is_ok();
        long_enough.then(|| known(p.as_bytes())).flatten()
    };
    let heads = || bounds().filter_map(|i| part(0, i).map(|x| (i, x)));
    let mut best: Option<(f32, Cuts)> = None;
    let mut offer = |mean: f32, cuts: Cuts| {
        if best.is_none_or(|(m, _)| mean < m) {
            best = Some((mean, cuts));
        }
    };
    let mut two = false;
    for (i, x) in heads() {
        if let Some(y) = part(i, w.len()) {
            offer((x + y) / 2.0, ([i, 0], 1));
            two = true;
        }
    }
    if !two {
        for (i, x) in heads() {
            for j in bounds().filter(|&j| j > i) {
                if let (Some(y), Some(z)) = (part(i, j), part(j, w.len())) {
                    offer((x + y + z) / 3.0, ([i, j], 2));
                }
            }
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    /// Frequent words of a made-up training set, with made-up IDFs.
    const KNOWN: &[(&str, f32)] = &[
        ("verprügelt", 5.0),
        ("sie", 1.5),
        ("einzigen", 4.0),
        ("ehrlichen", 5.0),
        ("menschen", 3.0),
        ("respekt", 4.0),
        ("verdienen", 4.5),
        ("respektver", 9.0),
        ("dienen", 5.0),
        ("ver", 2.0),
        ("arschten", 6.0),
        ("seen", 1.0),
        ("merkel", 4.0),
        ("muss", 2.0),
        ("raus", 2.0),
    ];

    fn parts(text: &str, masks: &mut Vec<Masked>) -> Vec<String> {
        let known = |w: &[u8]| KNOWN.iter().find(|(k, _)| k.as_bytes() == w).map(|k| k.1);
        let unseen = |w: &[u8]| w != b"verdienensie";
        let mut toks: Vec<Token> = tokens(text).collect();
        split(
            text.as_bytes(),
            &mut toks,
            masks,
            &mut Vec::new(),
            unseen,
            known,
        );
        toks.iter()
            .map(|t| text[t.start..t.end].to_string())
            .collect()
    }

    fn cut(text: &str) -> Vec<String> {
        parts(text, &mut Vec::new())
    }

    #[test]
    fn unseen_words_made_of_known_ones_are_cut() {
        assert_eq!(cut("seht verprügeltsie"), ["seht", "verprügelt", "sie"]);
        assert_eq!(cut("respektverdienen"), ["respekt", "verdienen"]);
        assert_eq!(
            cut("keinen einzigenehrlichenmenschen"),
            ["keinen", "einzigen", "ehrlichen", "menschen"]
        );
        assert_eq!(cut("merkelmussraus"), ["merkel", "muss", "raus"]);
    }

    #[test]
    fn seen_words_short_pieces_and_numbers_stay_whole() {
        // Seen in training: its own meaning wins.
        assert_eq!(cut("verdienensie"), ["verdienensie"]);
        // `ver` is neither four letters long nor a function word.
        assert_eq!(cut("verarschten"), ["verarschten"]);
        assert_eq!(cut("merkel2muss"), ["merkel2muss"]);
        assert_eq!(cut("seen"), ["seen"]);
    }

    #[test]
    fn masked_tokens_stay_whole_and_masks_follow_the_cuts() {
        let mut masks = vec![Masked::As(b"user"), Masked::Keep, Masked::Keep];
        assert_eq!(
            parts("merkelmussraus respektverdienen x", &mut masks),
            ["merkelmussraus", "respekt", "verdienen", "x"]
        );
        assert_eq!(
            masks,
            [
                Masked::As(b"user"),
                Masked::Keep,
                Masked::Keep,
                Masked::Keep
            ]
        );
    }
}
