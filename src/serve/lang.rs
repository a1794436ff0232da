//! Cheap language detection by stopword ratio: enough to tell German from
//! English (Coral sends `en` for locales it does not map), nothing more.

const GERMAN: &[&str] = &[
    "aber", "als", "am", "auch", "auf", "aus", "bei", "bin", "bis", "bist", "da", "das", "dass",
    "dem", "den", "der", "des", "die", "dies", "diese", "doch", "du", "ein", "eine", "einem",
    "einen", "einer", "er", "es", "für", "hat", "hier", "ich", "ihr", "im", "ist", "ja", "kein",
    "mal", "man", "mich", "mir", "mit", "nach", "nicht", "noch", "nur", "oder", "schon", "sehr",
    "sich", "sie", "sind", "so", "und", "uns", "von", "vor", "war", "was", "weil", "wenn", "wer",
    "wie", "wir", "wird", "zu", "zum", "zur", "über",
];

const ENGLISH: &[&str] = &[
    "a", "about", "all", "and", "are", "as", "at", "be", "but", "by", "can", "do", "for", "from",
    "have", "he", "i", "if", "in", "is", "it", "just", "me", "my", "not", "of", "on", "or", "so",
    "that", "the", "they", "this", "to", "was", "we", "what", "with", "you", "your",
];

/// The language of `text`: `Some("de")`, `Some("en")`, or `None` when too few
/// stopwords decide it. German wins ties, since the model is German.
pub fn detect(text: &str) -> Option<&'static str> {
    let (mut n, mut de, mut en) = (0usize, 0usize, 0usize);
    for w in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
    {
        n += 1;
        let w = w.to_lowercase();
        de += GERMAN.binary_search(&w.as_str()).is_ok() as usize;
        en += ENGLISH.binary_search(&w.as_str()).is_ok() as usize;
    }
    if n == 0 {
        return None;
    }
    // Short texts need one hit; longer ones a tenth of their words.
    let need = (n / 10).max(1);
    if de >= need && de >= en {
        Some("de")
    } else if en >= need {
        Some("en")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted() {
        assert!(GERMAN.windows(2).all(|w| w[0] < w[1]));
        assert!(ENGLISH.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn tells_german_from_english() {
        assert_eq!(
            detect("Das ist doch nicht dein Ernst, du Troll."),
            Some("de")
        );
        assert_eq!(detect("This is not what the article is about."), Some("en"));
        assert_eq!(detect("Merkel Scholz Bundestag"), None);
        assert_eq!(detect(""), None);
    }
}
