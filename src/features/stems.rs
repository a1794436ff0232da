//! Word stems (Snowball's German algorithm, from `rust-stemmers`).
//!
//! Character n-grams already share most of an inflected word's evidence,
//! but a word unigram is all or nothing: `Schmarotzer` seen in training
//! taught nothing about the whole word `Schmarotzern`. A stem feature beside
//! each word lets the forms of one word count as one, as a bag of stems
//! would, without losing the exact form.

use std::borrow::Cow;
use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

/// The stem of a normalized (case-folded) word. Bytes that are not UTF-8,
/// which a normalized text never holds, are their own stem.
pub(super) fn stem(word: &[u8]) -> Cow<'_, str> {
    static GERMAN: OnceLock<Stemmer> = OnceLock::new();
    match std::str::from_utf8(word) {
        Ok(w) => GERMAN
            .get_or_init(|| Stemmer::create(Algorithm::German))
            .stem(w),
        Err(_) => String::from_utf8_lossy(word),
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflected_forms_share_a_stem() {
        for group in [
            &["schmarotzer", "schmarotzern", "schmarotzers"][..],
            &["umbringen", "umbringe", "umbringst"],
            &["abschaum", "abschaums"],
            &["widerlich", "widerliche", "widerlichen", "widerlicher"],
        ] {
            let stems: Vec<_> = group.iter().map(|w| stem(w.as_bytes())).collect();
            assert!(
                stems.iter().all(|s| *s == stems[0]),
                "{group:?} → {stems:?}"
            );
        }
        assert_ne!(stem(b"ratten"), stem(b"rat"));
        // Snowball leaves a final `t` alone (`umbringt`, `bringt`): the
        // character n-grams still share `bring`.
        assert_eq!(stem(b"umbringt"), "umbringt");
    }
}
