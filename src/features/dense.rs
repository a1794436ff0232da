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

/// Computes the dense signals of one original text.
pub(crate) fn dense_signals(original: &str, obfuscations: u32) -> [f32; 7] {
    let mut letters = 0u32;
    let mut upper = 0u32;
    let (mut excl, mut quest, mut run_e, mut run_q) = (0u32, 0u32, 0u32, 0u32);
    for c in original.chars() {
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
    }
    let urls = original.matches("http://").count()
        + original.matches("https://").count()
        + original.matches("www.").count();
    let mentions = original
        .split_whitespace()
        .filter(|w| w.starts_with('@') && w.len() > 1)
        .count();
    let caps = if letters >= 8 {
        upper as f32 / letters as f32
    } else {
        0.0
    };
    [
        ((1 + original.chars().count()) as f32).ln() / 8.0,
        caps,
        excl.min(5) as f32 / 5.0,
        quest.min(5) as f32 / 5.0,
        urls.min(3) as f32 / 3.0,
        mentions.min(3) as f32 / 3.0,
        obfuscations.min(5) as f32 / 5.0,
    ]
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
}
