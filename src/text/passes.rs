//! The folding steps after NFKC and case folding (leetspeak, split letters,
//! elongations) and the final whitespace collapse, written once for two kinds
//! of unit: a character with the span of the original it came from, and, on
//! the ASCII fast path of scoring, a plain byte.

use super::fold::leet;
use super::latin1;
use super::normalize::{Normalized, NormalizerParams};

/// One character of the pipeline with its original byte span.
#[derive(Debug, Clone, Copy)]
pub(super) struct Ch {
    pub(super) c: char,
    pub(super) start: u32,
    pub(super) end: u32,
}

/// What the steps need of a unit of text.
pub(super) trait Unit: Copy {
    /// The character.
    fn c(&self) -> char;
    /// Replaces the character (leetspeak: always by an ASCII letter).
    fn set(&mut self, c: char);
    /// Takes over the original span of a squeezed-out repeat that follows it.
    fn absorb(&mut self, later: &Self);
    /// The original span, if recorded.
    fn span(&self) -> (u32, u32);
    /// `char::is_alphabetic` of the character.
    fn alpha(&self) -> bool {
        self.c().is_alphabetic()
    }
    /// `char::is_alphanumeric` of the character.
    fn alnum(&self) -> bool {
        self.c().is_alphanumeric()
    }
    /// `char::is_whitespace` of the character.
    fn space(&self) -> bool {
        self.c().is_whitespace()
    }
    /// `char::is_numeric` of the character.
    fn numeric(&self) -> bool {
        self.c().is_numeric()
    }
}

impl Unit for Ch {
    fn c(&self) -> char {
        self.c
    }
    fn set(&mut self, c: char) {
        self.c = c;
    }
    fn absorb(&mut self, later: &Self) {
        self.end = later.end;
    }
    fn span(&self) -> (u32, u32) {
        (self.start, self.end)
    }
}

/// A Latin-1 character as one byte (the code point; no spans). Its
/// classes come from `latin1`'s tables, not from Unicode's once per pass.
impl Unit for u8 {
    fn c(&self) -> char {
        *self as char
    }
    fn set(&mut self, c: char) {
        debug_assert!(c.is_ascii());
        *self = c as u8;
    }
    fn absorb(&mut self, _: &Self) {}
    fn span(&self) -> (u32, u32) {
        (0, 0)
    }
    fn alpha(&self) -> bool {
        latin1::is(*self, latin1::ALPHA)
    }
    fn alnum(&self) -> bool {
        latin1::is(*self, latin1::ALNUM)
    }
    fn space(&self) -> bool {
        latin1::is(*self, latin1::SPACE)
    }
    fn numeric(&self) -> bool {
        latin1::is(*self, latin1::NUMERIC)
    }
}

/// Leetspeak, split letters and elongations, as `params` asks; returns how
/// many characters the obfuscation folds changed.
pub(super) fn fold_steps<U: Unit>(
    params: NormalizerParams,
    chars: &mut Vec<U>,
    scratch: &mut Vec<U>,
    drop: &mut Vec<bool>,
) -> u32 {
    let mut changed = 0;
    if params.leetspeak {
        changed += fold_leet(chars);
    }
    if params.rejoin_split_letters {
        changed += rejoin(chars, drop, scratch);
    }
    if params.squeeze_elongations {
        squeeze(chars);
    }
    changed
}

/// Writes the units into `out`: whitespace as single spaces, none at either
/// end; spans per byte when `out` records them.
pub(super) fn emit<U: Unit>(chars: &[U], out: &mut Normalized) {
    out.text.clear();
    out.spans.clear();
    let mut last_space = true;
    for ch in chars {
        let c = if ch.space() { ' ' } else { ch.c() };
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        out.text.push(c);
        if out.spanned {
            for _ in 0..c.len_utf8() {
                out.spans.push(ch.span());
            }
        }
    }
    if out.text.ends_with(' ') {
        out.text.pop();
        out.spans.pop();
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '.' | '*' | '-' | '_' | '·' | '+' | '/' | '•')
}

/// Leetspeak inside words. A token is a run of letters, digits and leet
/// symbols (so `covid19-zahlen` is two); its leet characters fold only
/// when the token also holds letters and the substitution reads as a
/// disguised letter, not a number (`100er`, `2024`, `win10`).
fn fold_leet<U: Unit>(chars: &mut [U]) -> u32 {
    // Most comments hold no leet character at all: one cheap scan settles
    // them without finding tokens (a token without one folds nothing).
    if !chars.iter().any(|c| leet(c.c()).is_some()) {
        return 0;
    }
    let in_token = |u: &U| u.alnum() || leet(u.c()).is_some();
    let mut changed = 0;
    let n = chars.len();
    let mut i = 0;
    while i < n {
        if !in_token(&chars[i]) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < n && in_token(&chars[j]) {
            j += 1;
        }
        changed += fold_leet_token(chars, i, j);
        i = j;
    }
    changed
}

fn fold_leet_token<U: Unit>(chars: &mut [U], a: usize, b: usize) -> u32 {
    let tok = &chars[a..b];
    if !tok.iter().any(|c| leet(c.c()).is_some()) {
        return 0;
    }
    let letters = tok.iter().filter(|c| c.alpha()).count();
    if letters == 0 {
        return 0;
    }
    let digits = tok.iter().filter(|c| c.c().is_ascii_digit()).count();
    // A leading number with a short suffix is a number (`100er`, `3d`, `2te`).
    let leading_digits = tok.iter().take_while(|c| c.c().is_ascii_digit()).count();
    let numeric_prefix =
        leading_digits > 0 && leading_digits == digits && (leading_digits > 1 || letters < 3);
    // Letters then a closing number name a thing (`covid19`, `mp3`,
    // `win10`, `a4`, `g20`): a disguised letter has a letter after it
    // somewhere (`1d10t`, `sch3isse`, `h4ll0`), a version number does not.
    let trailing_digits = tok
        .iter()
        .rev()
        .skip_while(|c| !c.alnum())
        .take_while(|c| c.c().is_ascii_digit())
        .count();
    // Leet symbols that are no digit (`@`, `$`, `!`, `|`, `€`) mark a
    // disguised word: its closing digit is a letter too (`B!mb0`), and so
    // is a symbol that opens it (`@$yl@nt`, where `@anna` stays a name).
    // (Trailing ones are punctuation, `win10!`; an opening one is counted
    // out, `@user123` is a name.)
    let symbols = tok[1..]
        .windows(2)
        .filter(|w| !w[0].alnum() && leet(w[0].c()).is_some())
        .filter(|w| w[1].alnum())
        .count();
    let numeric_suffix = trailing_digits > 0 && trailing_digits == digits && symbols == 0;
    let is_letter = |k: usize| {
        let c = chars[k].c();
        k >= a && k < b && (chars[k].alpha() || (c.is_ascii_digit() && leet(c).is_some()))
    };
    // A digit's neighbour may be a symbol too (`b3$3!t!g3n`: the second
    // `3` stands between two).
    let is_letter_or_symbol =
        |k: usize| is_letter(k) || k >= a && k < b && leet(chars[k].c()).is_some();
    let folds: Vec<(usize, char)> = (a..b)
        .filter_map(|k| {
            let c = chars[k].c();
            let to = leet(c)?;
            let prev = k > a && is_letter(k - 1);
            let next = k + 1 < b && is_letter(k + 1);
            let fold = match c {
                '0'..='9' => {
                    !numeric_prefix
                        && !numeric_suffix
                        && (prev
                            || next
                            || (k > a && is_letter_or_symbol(k - 1))
                            || (k + 1 < b && is_letter_or_symbol(k + 1)))
                }
                '$' | '€' => next,
                _ => {
                    prev && next
                        || (k == a && symbols >= 1 && k + 1 < b && is_letter_or_symbol(k + 1))
                }
            };
            fold.then_some((k, to))
        })
        .collect();
    for &(k, to) in &folds {
        chars[k].set(to);
    }
    folds.len() as u32
}

/// `A r s c h`, `A.r.s.c.h`, `A*r*s*c*h`: three or more single letters
/// separated by one or two separator characters become one word.
fn rejoin<U: Unit>(chars: &mut Vec<U>, drop: &mut Vec<bool>, scratch: &mut Vec<U>) -> u32 {
    let n = chars.len();
    let single = |k: usize| {
        chars[k].alpha()
            && (k == 0 || !chars[k - 1].alnum())
            && (k + 1 == n || !chars[k + 1].alnum())
    };
    drop.clear();
    let mut removed = 0;
    let mut i = 0;
    while i < n {
        if !single(i) {
            i += 1;
            continue;
        }
        // A run: letter (sep{1,2} letter)*; only its first and last letter
        // and its length matter, since everything between the letters goes.
        let (first, mut last, mut letters) = (i, i, 1);
        let mut k = i + 1;
        loop {
            let mut s = k;
            while s < n && s < k + 2 && is_separator(chars[s].c()) {
                s += 1;
            }
            if s > k && s < n && single(s) {
                last = s;
                letters += 1;
                k = s + 1;
            } else {
                break;
            }
        }
        if letters >= 3 {
            drop.resize(n, false);
            // Between first and last, every character but the run's letters is a separator.
            for d in first + 1..last {
                if !chars[d].alpha() {
                    drop[d] = true;
                    removed += 1;
                }
            }
        }
        i = last + 1;
    }
    if removed > 0 {
        scratch.clear();
        scratch.extend(
            chars
                .iter()
                .zip(drop.iter())
                .filter(|(_, &d)| !d)
                .map(|(c, _)| *c),
        );
        std::mem::swap(chars, scratch);
    }
    removed
}

/// `soooo` → `soo`, `!!!!!` → `!!`; digits are never squeezed (`2000`).
fn squeeze<U: Unit>(chars: &mut Vec<U>) {
    let mut w = 0;
    for r in 0..chars.len() {
        let c = chars[r];
        if w >= 2
            && chars[w - 1].c() == c.c()
            && chars[w - 2].c() == c.c()
            && !c.space()
            && !c.numeric()
        {
            chars[w - 1].absorb(&c);
            continue;
        }
        chars[w] = c;
        w += 1;
    }
    chars.truncate(w);
}

#[cfg(test)]
mod tests {
    use super::super::{Normalized, Normalizer, NormalizerParams};

    /// Symbols mark a disguised word: a digit between two of them, a
    /// closing digit and an opening symbol are letters then; names,
    /// numbers and punctuation stay.
    #[test]
    fn leet_symbols_disguise_a_whole_word() {
        let mut chars = Normalizer::new(NormalizerParams::default());
        let mut bytes = Normalizer::new(NormalizerParams::default()).without_spans();
        for (t, want) in [
            ("b3$3!t!g3n", "beseitigen"),
            ("@$yl@nt", "asylant"),
            ("@bh@ck3n", "abhacken"),
            ("B!mb0", "bimbo"),
            ("Kr@nkh3!t", "krankheit"),
            ("@anna", "@anna"),
            ("@user123", "@user123"),
            ("win10!", "win10!"),
            ("covid19", "covid19"),
            ("Neeeein!!!", "neein!!"),
        ] {
            assert_eq!(chars.normalize(t).text, want, "{t}");
            assert_eq!(bytes.normalize(t).text, want, "{t}");
        }
    }

    /// The byte path (no spans; ASCII and Latin-1 letters) must give what
    /// the character path gives.
    #[test]
    fn byte_path_matches_character_path() {
        let mut chars = Normalizer::new(NormalizerParams::default());
        let mut bytes = Normalizer::new(NormalizerParams::default()).without_spans();
        let (mut a, mut b) = (Normalized::default(), Normalized::default());
        for t in [
            "Du bist ein A r s c h!!!!",
            "Neeeeeein 1d10t, h4ll0 $chwein @anna",
            "Die COVID19-Zahlen im Jahr 2000 um 17.40, z. B. so",
            "A.r.s.c.h   A*r*s*c*h\t\tx\r\ny \u{7}bell 4rsch l0s3r sch3isse 100er win10",
            "  ",
            "",
            "Größe ÄRGER über Öl, Übel, STRAẞE straße ÿ Ÿ À la carte, Café, naïve",
            "Ääääähm, ä r s c h, Ä.R.S.C.H, süüüüß, großeSchweine, dieÄrzte, ÜbelTäter",
            "Schäm dich, 1d10t! Ö1 und Ö3, h4ss, Müll 2000, äh... ×÷ 4ä",
            "Moin\u{ad}moin, Grüße\u{200b}aus\u{7}Köln\u{a0}und ²³ µ ½",
            "ÀÉÎÕÜ àéîõü Ýý Þþ Ðð Øø Ææ ß0ß 3ß",
        ] {
            chars.normalize_into(t, &mut a);
            bytes.normalize_into(t, &mut b);
            assert_eq!(a.text, b.text, "{t:?}");
            assert_eq!(a.obfuscations, b.obfuscations, "{t:?}");
            assert!(a.has_spans() && !b.has_spans());
        }
    }

    /// The same on many pseudo-random strings over letters, umlauts, leet,
    /// separators and seams (a fixed generator: the test is deterministic).
    #[test]
    fn byte_path_matches_character_path_on_random_latin1() {
        const PARTS: [&str; 28] = [
            "a", "Ä", "ß", "ö", "Ü", "é", "ÿ", "x", "S", "s", "h", " ", " ", "1", "!", "@", "3",
            "0", "|", ".", "*", "-", "\n", "Die", "In", "nnen", "É", "\u{7}",
        ];
        let mut chars = Normalizer::new(NormalizerParams::default());
        let mut bytes = Normalizer::new(NormalizerParams::default()).without_spans();
        let (mut a, mut b) = (Normalized::default(), Normalized::default());
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = next() % 24;
            let t: String = (0..len)
                .map(|_| PARTS[(next() % PARTS.len() as u64) as usize])
                .collect();
            chars.normalize_into(&t, &mut a);
            bytes.normalize_into(&t, &mut b);
            assert_eq!(a.text, b.text, "{t:?}");
            assert_eq!(a.obfuscations, b.obfuscations, "{t:?}");
        }
    }
}
