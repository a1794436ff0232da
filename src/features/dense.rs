//! Dense signals that n-grams miss: shouting, punctuation runs, links,
//! mentions and how much obfuscation the normalizer undid, and (filled in
//! by the featurizer from the cues) how many of the strongest words a
//! comment uses. Each is scaled to roughly [0, 1] so one L2 penalty fits all.

/// Names of the dense features, in column order after the hashed buckets.
pub const DENSE_NAMES: [&str; 10] = [
    "length",
    "capitals_ratio",
    "exclamation_run",
    "question_run",
    "urls",
    "mentions",
    "obfuscation",
    "strong_words",
    "strong_words_aimed",
    "group_derogation",
];

/// How many of [`DENSE_NAMES`] come from the text alone ([`dense_signals`]);
/// the rest come from the cues.
pub(crate) const TEXT_SIGNALS: usize = 7;

/// Computes the dense signals of one original text, in one pass over its
/// characters (it runs once per scored comment).
pub(crate) fn dense_signals(original: &str, obfuscations: u32) -> [f32; TEXT_SIGNALS] {
    let mut t = Tally::default();
    let b = original.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // ASCII is most of every comment: its classes come from a table
        // instead of decoding a char and asking Unicode.
        if b[i].is_ascii() {
            t.push(b[i] as char, ASCII_CLASS[b[i] as usize]);
            i += 1;
            continue;
        }
        let c = original[i..].chars().next().unwrap_or(' ');
        let class = (ALPHA * c.is_alphabetic() as u8)
            | (UPPER * (c.is_alphabetic() && c.is_uppercase()) as u8)
            | (SPACE * c.is_whitespace() as u8);
        t.push(c, class);
        i += c.len_utf8();
    }
    let caps = if t.letters >= 8 {
        t.upper as f32 / t.letters as f32
    } else {
        0.0
    };
    [
        ((1 + t.chars) as f32).ln() / 8.0,
        caps,
        t.excl.min(5) as f32 / 5.0,
        t.quest.min(5) as f32 / 5.0,
        url_count(b).min(3) as f32 / 3.0,
        t.mentions.min(3) as f32 / 3.0,
        obfuscations.min(5) as f32 / 5.0,
    ]
}

/// Character classes, as bits: alphabetic, upper-case letter, whitespace.
const ALPHA: u8 = 1;
const UPPER: u8 = 2;
const SPACE: u8 = 4;

/// The classes of the ASCII characters, as `char`'s own methods give them.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        // For ASCII, `char::is_whitespace` is exactly these (U+000B included).
        let c = b as u8;
        t[b] = (ALPHA * c.is_ascii_alphabetic() as u8)
            | (UPPER * c.is_ascii_uppercase() as u8)
            | (SPACE * matches!(c, b' ' | b'\t'..=b'\r') as u8);
        b += 1;
    }
    t
};

/// The counts [`dense_signals`] keeps while it reads.
#[derive(Default)]
struct Tally {
    chars: u32,
    letters: u32,
    upper: u32,
    excl: u32,
    quest: u32,
    run_e: u32,
    run_q: u32,
    /// A mention is a whitespace-separated word of `@` and at least one more character.
    mentions: usize,
    /// Whether the last character was whitespace (or none was read yet).
    after_space: bool,
    at_only: bool,
    started: bool,
}

impl Tally {
    fn push(&mut self, c: char, class: u8) {
        let word_start = !self.started || self.after_space;
        self.started = true;
        self.chars += 1;
        self.letters += (class & ALPHA != 0) as u32;
        self.upper += (class & UPPER != 0) as u32;
        self.run_e = if c == '!' { self.run_e + 1 } else { 0 };
        self.run_q = if c == '?' { self.run_q + 1 } else { 0 };
        self.excl = self.excl.max(self.run_e);
        self.quest = self.quest.max(self.run_q);
        let space = class & SPACE != 0;
        if self.at_only && !space {
            self.mentions += 1;
        }
        self.at_only = word_start && c == '@';
        self.after_space = space;
    }
}

/// Occurrences of `http://`, `https://` and `www.`. None of them can overlap
/// itself or another, so counting every start equals `str::matches` counts.
fn url_count(b: &[u8]) -> usize {
    let mut n = 0;
    for (i, &c) in b.iter().enumerate() {
        let rest = &b[i..];
        n += match c {
            b'h' => usize::from(rest.starts_with(b"http://") || rest.starts_with(b"https://")),
            b'w' => usize::from(rest.starts_with(b"www.")),
            _ => 0,
        };
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shouting_and_runs_are_seen() {
        let d = dense_signals("DAS IST JA UNERHÖRT!!!! @anna www.x.de", 0);
        assert!(d[1] > 0.5);
        assert_eq!(d[2], 0.8);
        assert!(d[4] > 0.0 && d[5] > 0.0);
        let calm = dense_signals("Das ist ja interessant.", 0);
        assert!(calm[1] < 0.2 && calm[2] == 0.0);
    }

    /// The signals as first written: a loop over `chars` asking each
    /// character's own methods.
    fn oracle(original: &str) -> [f32; 4] {
        let (mut chars, mut letters, mut upper) = (0u32, 0u32, 0u32);
        let (mut excl, mut run_e, mut mentions) = (0u32, 0u32, 0usize);
        let (mut word_start, mut at_only) = (true, false);
        for c in original.chars() {
            chars += 1;
            if c.is_alphabetic() {
                letters += 1;
                upper += c.is_uppercase() as u32;
            }
            run_e = if c == '!' { run_e + 1 } else { 0 };
            excl = excl.max(run_e);
            let space = c.is_whitespace();
            mentions += (at_only && !space) as usize;
            at_only = word_start && c == '@';
            word_start = space;
        }
        let caps = if letters >= 8 {
            upper as f32 / letters as f32
        } else {
            0.0
        };
        let len = ((1 + chars) as f32).ln() / 8.0;
        [
            len,
            caps,
            excl.min(5) as f32 / 5.0,
            mentions.min(3) as f32 / 3.0,
        ]
    }

    #[test]
    fn table_path_is_the_char_path() {
        for t in [
            "ÄRGER über ÖL!!! @Ünal\u{a0}@x \u{2009}@ STRASSE ǅ ǈ ⅷ Ⅷ",
            "İSTANBUL ﬁsch\x0b@a\x0c@b\u{85}@c σΣ!!!!!!",
            "@",
            "",
            "Das ist ja UNERHÖRT!!!! @anna www.x.de",
        ] {
            let d = dense_signals(t, 0);
            assert_eq!([d[0], d[1], d[2], d[5]], oracle(t), "{t:?}");
        }
    }

    #[test]
    fn mentions_and_urls_count_as_before() {
        for t in [
            "@ @a @@b x@y\t@z\u{3000}@ü @",
            "http://a https://b www.c wwww.d hhttp://e https:/ www",
            "",
            "@",
        ] {
            let mentions = t
                .split_whitespace()
                .filter(|w| w.starts_with('@') && w.len() > 1)
                .count();
            let urls = t.matches("http://").count()
                + t.matches("https://").count()
                + t.matches("www.").count();
            let d = dense_signals(t, 0);
            assert_eq!(d[5], mentions.min(3) as f32 / 3.0, "{t:?}");
            assert_eq!(d[4], urls.min(3) as f32 / 3.0, "{t:?}");
            assert_eq!(d[0], ((1 + t.chars().count()) as f32).ln() / 8.0);
        }
    }
}
