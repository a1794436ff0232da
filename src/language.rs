//! Language identification, beside the pipeline: the model is German, so a
//! comment in English, Turkish or Croatian gets a meaningless score. Each
//! comment's language is identified first, and a [`LanguagePolicy`] says
//! what to do with the languages the model does not speak.
//!
//! Detection is whatlang's trigram profiles (pure Rust, no model files,
//! microseconds per comment) among the languages commenters plausibly write,
//! behind a cheap check: a text with enough German function words, or with
//! one and no word or letter that speaks against German, is German without
//! asking whatlang. Short comments are hard
//! for any detector, so whenever whatlang is unsure (few letters, numbers or
//! emoji only, close call) the comment counts as German, the default
//! language: wrongly sending German comments to review would cost more than
//! scoring a few foreign ones with the German model.

use std::str::FromStr;

use crate::model::Decision;
use crate::text::char_at;

/// The language a comment is taken to be in when detection is unsure.
pub const DEFAULT_LANGUAGE: &str = "de";

/// German function words (sorted): two of them, making up a quarter of a
/// text's words, settle it as German without running the detector.
const GERMAN: &[&str] = &[
    "aber", "als", "am", "auch", "auf", "aus", "bei", "bin", "bis", "bist", "da", "das", "dass",
    "dem", "den", "der", "des", "die", "dies", "diese", "doch", "du", "ein", "eine", "einem",
    "einen", "einer", "er", "es", "für", "hat", "hier", "ich", "ihr", "im", "ist", "ja", "kein",
    "mal", "man", "mich", "mir", "mit", "nach", "nicht", "noch", "nur", "oder", "schon", "sehr",
    "sich", "sie", "sind", "so", "und", "uns", "von", "vor", "war", "was", "weil", "wenn", "wer",
    "wie", "wir", "wird", "zu", "zum", "zur", "über",
];

/// Frequent words of the other candidate languages that are not German
/// words (sorted, lower case, at most eight bytes; short words that also
/// occur in German text, such as Austrian "i" and "is", "nie", "na", "ne",
/// "Not", "van", "UN", "IT", are left out): a text with a German function
/// word and none of these, nor a letter that German does not use, is German
/// without running whatlang, which costs as much as scoring the comment.
const FOREIGN: &[&str] = &[
    "about", "ako", "al", "ale", "ama", "anche", "and", "are", "az", "be", "bir", "but", "by",
    "can", "ce", "che", "con", "could", "cu", "daha", "del", "della", "değil", "egy", "el", "en",
    "est", "este", "esto", "et", "for", "from", "get", "gibi", "gracias", "great", "has", "have",
    "hogy", "il", "ile", "isso", "için", "jak", "jest", "jsem", "just", "już", "kadar", "kako",
    "koji", "la", "las", "le", "les", "li", "like", "lo", "me", "meg", "mi", "molto", "muito",
    "muy", "my", "nasıl", "neden", "nem", "nije", "non", "nous", "não", "od", "of", "olan",
    "olarak", "on", "one", "or", "our", "out", "ovo", "para", "pas", "pe", "people", "perché",
    "pero", "por", "pour", "proč", "que", "qui", "samo", "se", "sen", "she", "should", "się",
    "smo", "som", "sono", "ste", "su", "sur", "sve", "să", "tak", "thanks", "that", "the", "their",
    "there", "they", "this", "to", "très", "una", "une", "up", "ve", "very", "você", "vous", "we",
    "what", "why", "with", "would", "yes", "yok", "you", "your", "za", "çok", "è", "în", "şey",
    "što", "że", "și",
];

/// Below this whatlang confidence a non-German guess is not trusted. On the
/// benchmark (`bench/language/run`), 0.2 sends 0.4 % of the German training
/// comments to review and catches 71 % of short foreign ones; 0.1 would catch
/// 83 % but double the German false alarms.
const MIN_CONFIDENCE: f64 = 0.2;

/// Fewer letters than this (links and handles not counted) are too few to
/// tell a language by.
const MIN_LETTERS: usize = 8;

/// The languages whatlang chooses among: those of plausible commenters on a
/// German-language site. Fewer candidates mean fewer short German comments
/// mistaken for a neighbour; Dutch, Danish and Afrikaans are left out on
/// purpose, as they took most of German's false alarms.
const CANDIDATES: [whatlang::Lang; 21] = {
    use whatlang::Lang::*;
    [
        Deu, Eng, Tur, Hrv, Srp, Fra, Ita, Pol, Spa, Por, Rus, Ukr, Ara, Ron, Hun, Ces, Slk, Slv,
        Bul, Ell, Pes,
    ]
};

/// What to do with a comment in a language the model does not score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OtherLanguages {
    /// Send it to a moderator: the German score means nothing (the default).
    #[default]
    Review,
    /// Score it with the German model anyway.
    Score,
    /// Reject it.
    Reject,
}

impl OtherLanguages {
    /// The name as written in flags and config files.
    pub fn as_str(self) -> &'static str {
        match self {
            OtherLanguages::Review => "review",
            OtherLanguages::Score => "score",
            OtherLanguages::Reject => "reject",
        }
    }
}

/// A language setting that is not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LanguageError {
    /// Not one of review, score, reject.
    #[error("other-languages {0:?} is not one of review, score, reject")]
    Other(String),
    /// A language code that is not two or three lower-case letters.
    #[error("language {0:?} is not an ISO 639 code such as de, en, tr")]
    Code(String),
    /// No language to score.
    #[error("the list of languages to score is empty")]
    Empty,
}

impl FromStr for OtherLanguages {
    type Err = LanguageError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "review" => Ok(OtherLanguages::Review),
            "score" => Ok(OtherLanguages::Score),
            "reject" => Ok(OtherLanguages::Reject),
            _ => Err(LanguageError::Other(s.to_string())),
        }
    }
}

/// Which languages the model scores and what happens to the others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguagePolicy {
    /// ISO 639-1 codes (639-3 where there is none) scored by the model.
    pub score: Vec<String>,
    /// What happens to comments in any other language.
    pub other: OtherLanguages,
}

impl Default for LanguagePolicy {
    fn default() -> Self {
        Self {
            score: vec![DEFAULT_LANGUAGE.to_string()],
            other: OtherLanguages::Review,
        }
    }
}

/// The language list that turns detection off: every comment is scored.
pub const ALL_LANGUAGES: &str = "all";

impl LanguagePolicy {
    /// A policy from a comma-separated list (`de,en`, or `all` to score every
    /// comment without detecting its language) and the rule for the rest.
    ///
    /// ```
    /// use moderato::language::{LanguagePolicy, OtherLanguages};
    /// let p = LanguagePolicy::parse("de", "review").unwrap();
    /// assert_eq!(p.other, OtherLanguages::Review);
    /// assert!(LanguagePolicy::parse("de", "ignore").is_err());
    /// ```
    pub fn parse(languages: &str, other: &str) -> Result<Self, LanguageError> {
        let codes: Vec<String> = languages
            .split(',')
            .map(|c| c.trim().to_ascii_lowercase())
            .filter(|c| !c.is_empty())
            .collect();
        Self::new(codes, other.parse()?)
    }

    /// A policy from a list of codes, checked.
    pub fn new(score: Vec<String>, other: OtherLanguages) -> Result<Self, LanguageError> {
        if score.is_empty() {
            return Err(LanguageError::Empty);
        }
        if let Some(bad) = score
            .iter()
            .find(|c| !(2..=3).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return Err(LanguageError::Code(bad.clone()));
        }
        Ok(Self { score, other })
    }

    /// Whether comments need their language detected (not with `all`).
    pub fn detects(&self) -> bool {
        !self.score.iter().any(|l| l == ALL_LANGUAGES)
    }

    /// The decision for a comment in `language` regardless of its scores, or
    /// `None` when the model's own decision stands.
    pub fn overrides(&self, language: &str) -> Option<Decision> {
        if !self.detects() || self.score.iter().any(|l| l == language) {
            return None;
        }
        match self.other {
            OtherLanguages::Review => Some(Decision::Review),
            OtherLanguages::Score => None,
            OtherLanguages::Reject => Some(Decision::Reject),
        }
    }
}

/// The language of `text` as an ISO 639-1 code (`de`, `en`, `tr`, `hr`; the
/// ISO 639-3 code for a language without one), [`DEFAULT_LANGUAGE`] when the
/// text is too short or the detector unsure.
///
/// ```
/// use moderato::language::detect;
/// assert_eq!(detect("Das ist doch nicht dein Ernst, du Troll."), "de");
/// assert_eq!(detect("This is not what the article is about at all."), "en");
/// assert_eq!(detect("👍👍 100%"), "de");
/// ```
pub fn detect(text: &str) -> &'static str {
    if Evidence::of(text).settles_german() {
        return DEFAULT_LANGUAGE;
    }
    // Only now, for the texts whatlang must judge, the text without links.
    let mut clean = String::with_capacity(text.len());
    for tok in text.split_whitespace().filter(|t| !is_link_or_handle(t)) {
        clean.push_str(tok);
        clean.push(' ');
    }
    match whatlang::Detector::with_allowlist(CANDIDATES.to_vec()).detect(&clean) {
        Some(info) if info.lang() != whatlang::Lang::Deu && info.confidence() >= MIN_CONFIDENCE => {
            iso639_1(info.lang())
        }
        _ => DEFAULT_LANGUAGE,
    }
}

/// The cheap evidence looked at before whatlang: words (runs of letters in
/// whitespace-separated tokens that are not links or handles), German
/// function words among them, letters, and words that speak against German
/// (one of [`FOREIGN`], or with a letter German does not use).
#[derive(Debug, Default, PartialEq)]
struct Evidence {
    words: usize,
    german: usize,
    letters: usize,
    foreign: usize,
}

impl Evidence {
    /// One pass over the text's bytes, decoding only non-ASCII characters:
    /// every comment is judged, and splitting it with iterator adapters cost
    /// more than the judging.
    fn of(text: &str) -> Self {
        let mut e = Self::default();
        // The word being read: where it starts and its length in characters.
        let (mut start, mut chars) = (0, 0);
        let mut token_start = true;
        let mut i = 0;
        while let Some(c) = char_at(text, i) {
            if c.is_whitespace() {
                e.word(&text[start..i], chars);
                chars = 0;
                token_start = true;
                i += c.len_utf8();
                continue;
            }
            // Links, @handles and #tags are not written in any language.
            if token_start && is_link_or_handle(&text[i..]) {
                while let Some(c) = char_at(text, i).filter(|c| !c.is_whitespace()) {
                    i += c.len_utf8();
                }
                continue;
            }
            token_start = false;
            if c.is_alphabetic() {
                if chars == 0 {
                    start = i;
                }
                chars += 1;
            } else {
                e.word(&text[start..i], chars);
                chars = 0;
            }
            i += c.len_utf8();
        }
        e.word(&text[start..], chars);
        e
    }

    /// Whether the text counts as German without asking whatlang: too few
    /// letters to tell, enough German function words, or one and nothing
    /// that speaks against German.
    fn settles_german(&self) -> bool {
        self.letters < MIN_LETTERS
            || (self.german >= 2 && self.german * 4 >= self.words)
            || (self.german >= 1 && self.foreign == 0)
    }

    /// Counts the word `w`, `chars` characters long (0: no word was read).
    fn word(&mut self, w: &str, chars: usize) {
        if chars == 0 {
            return;
        }
        self.words += 1;
        self.letters += chars;
        if !w.is_ascii() && w.chars().any(|c| !c.is_ascii() && !is_german_letter(c)) {
            self.foreign += 1;
            return;
        }
        // No listed word is longer than eight bytes.
        let Some((buf, len)) = lowered(w) else {
            return;
        };
        let key = pack(&buf[..len]);
        // Lower-casing never shortens a word in characters, and no function
        // word has more than five.
        if chars <= 5 && GERMAN_PACKED.binary_search(&key).is_ok() {
            self.german += 1;
        } else if FOREIGN_PACKED.binary_search(&key).is_ok() {
            self.foreign += 1;
        }
    }
}

/// The non-ASCII letters of German words.
fn is_german_letter(c: char) -> bool {
    matches!(c, 'ä' | 'ö' | 'ü' | 'Ä' | 'Ö' | 'Ü' | 'ß' | 'ẞ')
}

/// `w` lower-cased on the stack, `None` when longer than eight bytes.
fn lowered(w: &str) -> Option<([u8; 8], usize)> {
    let mut buf = [0u8; 8];
    if w.is_ascii() {
        // ASCII lower-cases byte by byte, as `char::to_lowercase` would.
        buf.get_mut(..w.len())?
            .iter_mut()
            .zip(w.bytes())
            .for_each(|(d, b)| *d = b.to_ascii_lowercase());
        return Some((buf, w.len()));
    }
    let mut len = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        c.encode_utf8(buf.get_mut(len..len + c.len_utf8())?);
        len += c.len_utf8();
    }
    Some((buf, len))
}

/// Whether `w`, lower-cased, is one of [`GERMAN`].
#[cfg(test)]
fn is_function_word_lowered(w: &str) -> bool {
    lowered(w).is_some_and(|(buf, len)| is_function_word(&buf[..len]))
}

/// [`GERMAN`] as zero-padded little-endian words, sorted: every comment
/// looks up its short words, and comparing one integer each cost a fraction
/// of comparing byte strings.
const GERMAN_PACKED: [u64; GERMAN.len()] = packed_sorted(GERMAN);

/// [`FOREIGN`] packed the same way.
const FOREIGN_PACKED: [u64; FOREIGN.len()] = packed_sorted(FOREIGN);

/// `words` packed with [`pack`] and sorted (in a constant, where `sort` is
/// not available: insertion sort).
const fn packed_sorted<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut packed = [0u64; N];
    let mut i = 0;
    while i < N {
        packed[i] = pack(words[i].as_bytes());
        i += 1;
    }
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && packed[j - 1] > packed[j] {
            let t = packed[j];
            packed[j] = packed[j - 1];
            packed[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    packed
}

/// Up to eight bytes (no zero byte among them) as one integer, zero-padded;
/// `u64::MAX` for longer words, which no function word is.
const fn pack(w: &[u8]) -> u64 {
    if w.len() > 8 {
        return u64::MAX;
    }
    let mut v = 0u64;
    let mut i = 0;
    while i < w.len() {
        v |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    v
}

/// Whether lower-cased `w` is one of [`GERMAN`].
#[cfg(test)]
fn is_function_word(w: &[u8]) -> bool {
    GERMAN_PACKED.binary_search(&pack(w)).is_ok()
}

fn is_link_or_handle(token: &str) -> bool {
    token.starts_with("http://")
        || token.starts_with("https://")
        || token.starts_with("www.")
        || token.starts_with('@')
        || token.starts_with('#')
}

/// ISO 639-1 code of a whatlang language, its ISO 639-3 code where there is none.
fn iso639_1(l: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match l {
        Deu => "de",
        Eng => "en",
        Tur => "tr",
        Hrv => "hr",
        Srp => "sr",
        Fra => "fr",
        Ita => "it",
        Pol => "pl",
        Spa => "es",
        Por => "pt",
        Nld => "nl",
        Rus => "ru",
        Ukr => "uk",
        Ara => "ar",
        Pes => "fa",
        Ron => "ro",
        Hun => "hu",
        Ces => "cs",
        Slk => "sk",
        Slv => "sl",
        Bul => "bg",
        Mkd => "mk",
        Ell => "el",
        Dan => "da",
        Swe => "sv",
        Nob => "nb",
        Fin => "fi",
        Est => "et",
        Lav => "lv",
        Lit => "lt",
        Cat => "ca",
        Lat => "la",
        Epo => "eo",
        Afr => "af",
        Heb => "he",
        Yid => "yi",
        Hin => "hi",
        Urd => "ur",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Vie => "vi",
        Ind => "id",
        Tgl => "tl",
        Aze => "az",
        Uzb => "uz",
        Tha => "th",
        other => other.code(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_list_is_sorted() {
        assert!(GERMAN.windows(2).all(|w| w[0] < w[1]));
        // `detect` looks up only words of up to five characters.
        assert!(GERMAN.iter().all(|w| w.chars().count() <= 5));
    }

    #[test]
    fn foreign_list_is_sorted_short_and_not_german() {
        assert!(FOREIGN.windows(2).all(|w| w[0] < w[1]));
        assert!(FOREIGN
            .iter()
            .all(|w| w.len() <= 8 && w.to_lowercase() == *w));
        assert!(FOREIGN.iter().all(|w| !GERMAN.contains(w)));
        // Packed lookups agree with the list, for both lists.
        for w in FOREIGN {
            assert!(FOREIGN_PACKED.binary_search(&pack(w.as_bytes())).is_ok());
            assert!(!is_function_word(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn packed_lookup_is_the_list_lookup() {
        for w in GERMAN {
            assert!(is_function_word(w.as_bytes()), "{w}");
        }
        for w in ["", "a", "di", "über!", "fur", "überall", "diesen", "ß"] {
            assert!(!is_function_word(w.as_bytes()), "{w:?}");
        }
        for (w, want) in [("DIE", true), ("Für", true), ("ÜBER", true), ("Ü", false)] {
            assert_eq!(is_function_word_lowered(w), want, "{w}");
        }
    }

    /// The evidence as first written, with iterator adapters and a `String`.
    fn evidence_oracle(text: &str) -> Evidence {
        let mut e = Evidence::default();
        let kept = text.split_whitespace().filter(|t| !is_link_or_handle(t));
        for w in kept.flat_map(|t| t.split(|c: char| !c.is_alphabetic())) {
            if w.is_empty() {
                continue;
            }
            let n = w.chars().count();
            e.words += 1;
            e.letters += n;
            let lower: String = w.chars().flat_map(char::to_lowercase).collect();
            if w.chars().any(|c| !c.is_ascii() && !"äöüÄÖÜßẞ".contains(c)) {
                e.foreign += 1;
            } else if n <= 5 && GERMAN.contains(&lower.as_str()) {
                e.german += 1;
            } else if FOREIGN.contains(&lower.as_str()) {
                e.foreign += 1;
            }
        }
        e
    }

    #[test]
    fn one_pass_evidence_is_the_split_evidence() {
        for t in [
            "Das ist doch nicht dein Ernst, du Troll.",
            "This is exactly what the government wanted all along",
            "@anna https://example.com/a-path #wow und DER die x@y",
            "ja\x0bja\tdas\r\nist\x0cso, 123abc da-du zu_zum",
            "Für uns ÜBER alles, Straße\u{a0}über\u{3000}FÜR\u{2009}ÜBERALL",
            "İST İch ǅie DIE\u{85}die ﬁsch 😀und😀der",
            "THE the Très perché ŞEY değil ÇOK Café naïve",
            "www.x.de\u{a0}www.y.de und @ #",
            "  ",
            "",
        ] {
            assert_eq!(Evidence::of(t), evidence_oracle(t), "{t:?}");
        }
        let e = Evidence::of("Für uns ÜBER alles, Straße");
        assert_eq!((e.words, e.german, e.letters, e.foreign), (5, 3, 21, 0));
        let e = Evidence::of("Die Lösung, that's très clair");
        assert_eq!((e.words, e.german, e.foreign), (6, 1, 2));
    }

    #[test]
    fn one_function_word_settles_german_only_without_foreign_evidence() {
        let settles = |t: &str| Evidence::of(t).settles_german();
        // One German function word among many words, nothing foreign.
        assert!(settles(
            "Völlig überzogene Forderungen der Gewerkschaft, unmöglich"
        ));
        // The same with a foreign word or a letter German does not write:
        // whatlang decides.
        assert!(!settles(
            "Völlig überzogene Forderungen der Gewerkschaft, the end"
        ));
        assert!(!settles(
            "Völlig überzogene Forderungen der Gewerkschaft, açık"
        ));
        // No German function word: whatlang decides.
        assert!(!settles("Völlig überzogene Forderungen, unmöglich"));
    }

    #[test]
    fn tells_german_from_other_languages() {
        assert_eq!(detect("Das ist doch nicht dein Ernst, du Troll."), "de");
        assert_eq!(
            detect("Völlig überzogene Forderungen der Gewerkschaft"),
            "de"
        );
        // One German function word and nothing against German settles it
        // without whatlang; an English word sends the text to whatlang.
        assert_eq!(
            detect("Völlig überzogene Forderungen der Gewerkschaft, unmöglich"),
            "de"
        );
        assert_eq!(
            detect("I was there, the whole thing was a complete disaster"),
            "en"
        );
        assert_eq!(
            detect("This is exactly what the government wanted all along"),
            "en"
        );
        assert_eq!(
            detect("Bu hükümet her şeyi yanlış yapıyor, utanç verici"),
            "tr"
        );
        assert_eq!(
            detect("Ovo je potpuna glupost, nitko normalan ne vjeruje u to"),
            "hr"
        );
    }

    #[test]
    fn short_or_letterless_texts_count_as_german() {
        for t in [
            "ok",
            "lol",
            "👍👍👍",
            "12345 678",
            "Merkel!",
            "",
            "Super!",
            "@anna https://example.com/a-very-long-english-path #wow",
        ] {
            assert_eq!(detect(t), DEFAULT_LANGUAGE, "{t}");
        }
    }

    #[test]
    fn policy_routes_other_languages() {
        let p = LanguagePolicy::parse("de, EN", "reject").unwrap();
        assert_eq!(p.score, ["de", "en"]);
        assert_eq!(p.overrides("de"), None);
        assert_eq!(p.overrides("tr"), Some(Decision::Reject));
        let p = LanguagePolicy::default();
        assert_eq!(p.overrides("tr"), Some(Decision::Review));
        let p = LanguagePolicy::parse("de", "score").unwrap();
        assert_eq!(p.overrides("tr"), None);
        let p = LanguagePolicy::parse("all", "reject").unwrap();
        assert!(!p.detects());
        assert_eq!(p.overrides("tr"), None);
        assert_eq!(
            LanguagePolicy::parse(" ,", "review"),
            Err(LanguageError::Empty)
        );
        assert!(matches!(
            LanguagePolicy::parse("deutsch", "review"),
            Err(LanguageError::Code(_))
        ));
    }
}
