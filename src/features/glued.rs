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
use super::cues::{Classes, GLUE};
use crate::text::Token;

/// Shortest token (in characters) that is tried: two parts of three.
const MIN_CHARS: usize = 6;

/// Shortest part (in characters), but for the short function words of
/// [`GLUE`] (`sie`, `der`, `und`): shorter pieces (`ver`, `ent`, `ex`)
/// are prefixes left by hyphenation and begin too many words.
const MIN_PART_CHARS: usize = 4;

/// Most parts a token is cut into: `transmenschensindeinfachdreckig`
/// is five.
const MAX_PARTS: usize = 5;

/// Longest token tried (in characters): past it the cut search, quadratic
/// in the length, is not worth it (URLs and hashes are not words).
const MAX_CHARS: usize = 48;

/// Short words that are parts too, besides [`GLUE`]: pronouns and
/// particles that begin a run of words (`ichbringeeuch`, `soverlogen`).
/// Not those that are also prefixes or endings (`in`, `an`, `zu`, `er`):
/// `inkompetent` is not `in kompetent`, nor `stolzer` `stolz er`.
const SHORT: &[&str] = &["du", "hab", "hat", "ich", "mir", "nur", "so"];

/// Closed-class words that never head a compound: a lexicon word right
/// before one of them is a word of its own, run into the next
/// (`Transenan`, `Negerndürfen`, `Zigeunerpackkann`), where before any
/// other word it is a compound's modifier (`Weiberfastnacht`). Not `in`,
/// `er`, `es`: they end words (`Negerin`).
const FOLLOWERS: &[&str] = &[
    "ab", "am", "an", "bis", "da", "darf", "dich", "dort", "dürfen", "gehören", "gehört", "haben",
    "hier", "im", "immer", "jetzt", "kann", "können", "mich", "muss", "müssen", "neben", "nie",
    "noch", "schon", "sich", "soll", "sollen", "sollte", "sollten", "um", "werden", "wird", "zu",
];

/// How a token is cut: byte offsets of the cuts inside it, and how many.
type Cuts = ([usize; MAX_PARTS - 1], usize);

/// Replaces each token that `unseen` and is made of known parts by its
/// parts, in place (`spare` is a reused buffer). `known` gives a part's
/// weight to minimise (its IDF: frequent parts weigh little), or `None` for
/// a word that is not a frequent training word; `last` the same, with the
/// word's lexicon classes, for parts that may only end a token (lexicon
/// words a filter looks for: a compound's head is its last part, and a
/// slur before another word is mostly a compound's modifier,
/// `Weiberfastnacht`, `Krüppelholz`, not a run of words; but before a
/// closed-class word, [`FOLLOWERS`], it is one: `Transenan`). `masks`, when
/// not empty, holds one entry per token: only kept tokens are cut, and
/// their parts are kept too.
pub(super) fn split(
    text: &[u8],
    toks: &mut Vec<Token>,
    masks: &mut Vec<Masked>,
    spare: &mut Vec<Token>,
    unseen: impl Fn(&[u8]) -> bool,
    known: impl Fn(&[u8]) -> Option<f32>,
    last: impl Fn(&[u8]) -> Option<(f32, Classes)>,
) {
    let keep = |i: usize| masks.get(i).is_none_or(|m| *m == Masked::Keep);
    let mut cut_at = toks.iter().enumerate().filter_map(|(i, t)| {
        let w = &text[t.start..t.end];
        // Bytes are at least characters: too short in bytes is too short.
        if w.len() < MIN_CHARS || !keep(i) || !unseen(w) {
            return None;
        }
        best_cuts(w, &known, &last).map(|c| (i, c))
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

/// The cut of `w` into the fewest known parts (two to [`MAX_PARTS`]),
/// of those the one with the lowest total weight (for a given number of
/// parts, the lowest mean); `None` for a word of anything but letters or
/// one that no cut explains. A shortest-path search over the character
/// boundaries, ordered by (parts, weight).
fn best_cuts(
    w: &[u8],
    known: &impl Fn(&[u8]) -> Option<f32>,
    last: &impl Fn(&[u8]) -> Option<(f32, Classes)>,
) -> Option<Cuts> {
    let s = std::str::from_utf8(w).ok()?;
    let n = s.chars().count();
    if !(MIN_CHARS..=MAX_CHARS).contains(&n) || !s.chars().all(char::is_alphabetic) {
        return None;
    }
    let short = |p: &str| GLUE.binary_search(&p).is_ok() || SHORT.binary_search(&p).is_ok();
    // A lexicon word is cut only into words that end in one of a class
    // it has: its judgement stays (`raus|prügeln`), and is neither cut
    // away (`Kampflesben` is no `Kampf Lesben`) nor turned into another
    // (`ausgelöscht`, violence, is no `aus gelöscht`, counter-speech).
    let whole = last(w).map(|(_, classes)| classes);
    let part = |a: usize, b: usize| {
        let p = &s[a..b];
        let long_enough = p.chars().count() >= MIN_PART_CHARS || short(p);
        let ends = b == w.len();
        let weight = || match known(p.as_bytes()) {
            Some(x) if !(ends && whole.is_some()) => Some(x),
            x => ends
                .then(|| last(p.as_bytes()))
                .flatten()
                .filter(|&(_, c)| whole.is_none_or(|wc| wc & c != 0))
                .map(|(y, _)| x.unwrap_or(y)),
        };
        long_enough.then(weight).flatten()
    };
    // A lexicon word that no training text made frequent, not at the end:
    // only before a follower.
    let before_follower = |a: usize, b: usize| {
        let p = &s[a..b];
        (b < w.len() && p.chars().count() >= MIN_PART_CHARS && known(p.as_bytes()).is_none())
            .then(|| last(p.as_bytes()))
            .flatten()
            .map(|(y, _)| y)
    };
    let follower = |a: usize, b: usize| {
        let p = &s[a..b];
        if FOLLOWERS.binary_search(&p).is_err() && !short(p) {
            return None;
        }
        // A lexicon word is cut only into parts that end in its class.
        (b < w.len() || whole.is_none())
            .then(|| known(p.as_bytes()))
            .flatten()
    };
    // Character boundaries, 0 and the end included.
    let bounds: Vec<usize> = s
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(w.len()))
        .collect();
    cheapest_cut(&bounds, part, before_follower, follower)
}

/// The cut of the text between the first and last of `bounds` into the
/// fewest parts, of those the lightest: a shortest-path search over the
/// boundaries, ordered by (parts, weight). Each closure weighs the part
/// between two byte offsets, `None` for no part: `part` an ordinary one,
/// `before_follower` a lexicon word that only a `follower` may come after.
fn cheapest_cut(
    bounds: &[usize],
    part: impl Fn(usize, usize) -> Option<f32>,
    before_follower: impl Fn(usize, usize) -> Option<f32>,
    follower: impl Fn(usize, usize) -> Option<f32>,
) -> Option<Cuts> {
    // best[k][pending]: (parts, weight, previous boundary and its state)
    // of the best cut of s[..bounds[k]] into known parts; `pending` when
    // its last part is a lexicon word that a follower must come after.
    type Step = Option<(usize, f32, usize, usize)>;
    let mut best: Vec<[Step; 2]> = vec![[None; 2]; bounds.len()];
    best[0][0] = Some((0, 0.0, 0, 0));
    let end = bounds.len() - 1;
    for k in 1..=end {
        for j in 0..k {
            for from in 0..2 {
                let Some((parts, weight, _, _)) = best[j][from] else {
                    continue;
                };
                // The whole token is not a cut of itself.
                if parts >= MAX_PARTS || (j == 0 && k == end) {
                    continue;
                }
                let (a, b) = (bounds[j], bounds[k]);
                let offers = if from == 1 {
                    [follower(a, b).map(|x| (x, 0)), None]
                } else {
                    [
                        part(a, b).map(|x| (x, 0)),
                        before_follower(a, b).map(|x| (x, 1)),
                    ]
                };
                for (x, to) in offers.into_iter().flatten() {
                    let offer = (parts + 1, weight + x, j, from);
                    if best[k][to].is_none_or(|(p, wt, _, _)| (offer.0, offer.1) < (p, wt)) {
                        best[k][to] = Some(offer);
                    }
                }
            }
        }
    }
    let (parts, _, _, _) = best[end][0]?;
    let mut cuts = [0; MAX_PARTS - 1];
    let (mut k, mut state) = (end, 0);
    for slot in (0..parts - 1).rev() {
        let (_, _, j, from) = best[k][state]?;
        (k, state) = (j, from);
        cuts[slot] = bounds[k];
    }
    Some((cuts, parts - 1))
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
        ("transmenschen", 5.6),
        ("sind", 1.2),
        ("einfach", 2.0),
        ("dreckig", 5.0),
        ("ich", 1.1),
        ("bringe", 4.0),
        ("euch", 2.0),
        ("endlich", 3.0),
        ("kompetent", 5.0),
        ("fast", 3.0),
        ("nacht", 3.5),
        ("prügeln", 6.0),
        ("gelöscht", 6.0),
        ("an", 1.5),
        ("haben", 2.0),
        ("in", 1.5),
    ];

    /// Lexicon words of the made-up lexicon, with made-up class bits.
    const FORMS: &[(&str, Classes)] = &[
        ("abknallen", 1),
        ("weiber", 2),
        ("rausprügeln", 1),
        ("prügeln", 1),
        ("ausgelöscht", 1),
        ("gelöscht", 4),
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
            |w: &[u8]| {
                FORMS
                    .iter()
                    .find(|f| f.0.as_bytes() == w)
                    .map(|f| (9.0, f.1))
            },
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
    fn runs_of_up_to_five_words_and_leading_pronouns_are_cut() {
        assert_eq!(
            cut("transmenschensindeinfachdreckig"),
            ["transmenschen", "sind", "einfach", "dreckig"]
        );
        assert_eq!(cut("ichbringeeuch"), ["ich", "bringe", "euch"]);
        // Six parts are too many.
        assert_eq!(
            cut("ichbringeeuchsindeinfachdreckig"),
            ["ichbringeeuchsindeinfachdreckig"]
        );
    }

    #[test]
    fn lexicon_words_are_cut_off_only_at_the_end() {
        // `abknallen` is no frequent word, but the filter's: it ends a run.
        assert_eq!(cut("endlichabknallen"), ["endlich", "abknallen"]);
        assert_eq!(cut("abknallenendlich"), ["abknallenendlich"]);
        // A slur that begins a compound is its modifier, not a word.
        assert_eq!(cut("weiberfastnacht"), ["weiberfastnacht"]);
        assert_eq!(cut("endlichweiber"), ["endlich", "weiber"]);
        // A lexicon word is cut only where its last part is one of a
        // class it has.
        assert_eq!(cut("rausprügeln"), ["raus", "prügeln"]);
        assert_eq!(cut("ausgelöscht"), ["ausgelöscht"]);
        assert_eq!(cut("endlichgelöscht"), ["endlich", "gelöscht"]);
    }

    #[test]
    fn short_parts_are_sorted_for_their_binary_search() {
        assert!(SHORT.windows(2).all(|w| w[0] < w[1]));
        assert!(FOLLOWERS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn lexicon_words_before_closed_class_words_are_cut_off() {
        // Before a closed-class word a lexicon word is a word of its own.
        assert_eq!(cut("weiberan"), ["weiber", "an"]);
        assert_eq!(cut("weiberhabensie"), ["weiber", "haben", "sie"]);
        assert_eq!(cut("endlichweiberan"), ["endlich", "weiber", "an"]);
        // Before any other word, a compound's modifier; a follower that
        // is no part of its own stays in the word.
        assert_eq!(cut("weiberfastnacht"), ["weiberfastnacht"]);
        assert_eq!(cut("weiberin"), ["weiberin"]);
    }

    #[test]
    fn prefixes_and_endings_are_no_parts() {
        // `in` and `er` are no parts: `inkompetent`, `stolzer` stay whole.
        assert_eq!(cut("inkompetent"), ["inkompetent"]);
        assert_eq!(cut("merkeler"), ["merkeler"]);
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
