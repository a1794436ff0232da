//! Dense signals that n-grams miss: shouting, punctuation runs, links,
//! mentions and how much obfuscation the normalizer undid. Each is scaled to
//! roughly [0, 1] so one L2 penalty fits all.

/// Names of the dense features, in column order after the hashed buckets.
pub const DENSE_NAMES: [&str; 7] = [
    "length",
    "capitals_ratio",
    "exclamation_run",
    "question_run",
    "urls",
    "mentions",
    "obfuscation",
];

/// Computes the dense signals of one original text, in one pass over its
/// characters (it runs once per scored comment).
pub(crate) fn dense_signals(original: &str, obfuscations: u32) -> [f32; 7] {
    let mut chars = 0u32;
    let mut letters = 0u32;
    let mut upper = 0u32;
    let (mut excl, mut quest, mut run_e, mut run_q) = (0u32, 0u32, 0u32, 0u32);
    // A mention is a whitespace-separated word of `@` and at least one more character.
    let mut mentions = 0usize;
    let (mut word_start, mut at_only) = (true, false);
    for c in original.chars() {
        chars += 1;
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        }
        run_e = if c == '!' { run_e + 1 } else { 0 };
        run_q = if c == '?' { run_q + 1 } else { 0 };
        excl = excl.max(run_e);
        quest = quest.max(run_q);
        let space = c.is_whitespace();
        if at_only && !space {
            mentions += 1;
        }
        at_only = word_start && c == '@';
        word_start = space;
    }
    let caps = if letters >= 8 {
        upper as f32 / letters as f32
    } else {
        0.0
    };
    [
        ((1 + chars) as f32).ln() / 8.0,
        caps,
        excl.min(5) as f32 / 5.0,
        quest.min(5) as f32 / 5.0,
        url_count(original.as_bytes()).min(3) as f32 / 3.0,
        mentions.min(3) as f32 / 3.0,
        obfuscations.min(5) as f32 / 5.0,
    ]
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
