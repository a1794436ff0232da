//! Normalization that survives obfuscation, keeping offsets into the original.
//!
//! Order matters: NFKC first (fullwidth and mathematical letters become plain
//! ones), then case and homoglyph folding (so leet rules see Latin letters),
//! then leetspeak, then re-joining of letters split by spaces or dots, then
//! squeezing of elongations, and finally whitespace is collapsed.

use serde::{Deserialize, Serialize};
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

use super::fold::{accent, homoglyph, is_invisible};
use super::latin1;
use super::passes::{emit, fold_steps, Ch};

/// Which folding steps run. Stored in the model file: a model must see text
/// normalized exactly as it was at training time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct NormalizerParams {
    /// Fold Cyrillic/Greek look-alikes to Latin letters.
    pub homoglyphs: bool,
    /// Fold leetspeak digits and symbols inside words.
    pub leetspeak: bool,
    /// Re-join three or more single letters split by spaces, dots or asterisks.
    pub rejoin_split_letters: bool,
    /// Squeeze any character repeated more than twice to two.
    pub squeeze_elongations: bool,
    /// Split words run together where German capitalisation shows the seam
    /// (`dieseSchlampe` → `diese schlampe`; see [`camel_seam`]). Models
    /// written before this step existed read as `false`.
    #[serde(default)]
    pub split_camel_case: bool,
    /// Fold Latin letters with accents other than the umlauts to their base
    /// letter (`dúmm` → `dumm`; see [`accent`]). Models written before this
    /// step existed read as `false`.
    #[serde(default)]
    pub fold_accents: bool,
}

impl Default for NormalizerParams {
    fn default() -> Self {
        Self {
            homoglyphs: true,
            leetspeak: true,
            rejoin_split_letters: true,
            squeeze_elongations: true,
            split_camel_case: true,
            fold_accents: true,
        }
    }
}

/// Normalized text with, for every byte, the byte span of the original it came from.
#[derive(Debug, Default, Clone)]
pub struct Normalized {
    /// The normalized text: lower case, single spaces, folded.
    pub text: String,
    pub(super) spans: Vec<(u32, u32)>,
    /// Whether `spans` was filled (see [`Normalizer::without_spans`]).
    pub(super) spanned: bool,
    /// How many characters the obfuscation folds (leet, homoglyphs, split letters) changed.
    pub obfuscations: u32,
}

impl Normalized {
    /// Whether [`Self::original_span`] can answer: false when normalized by a
    /// normalizer [`Normalizer::without_spans`].
    pub fn has_spans(&self) -> bool {
        self.spanned
    }

    /// The original byte range `[start, end)` that produced normalized bytes
    /// `[a, b)`; `(0, 0)` without spans.
    pub fn original_span(&self, a: usize, b: usize) -> (usize, usize) {
        if a >= b || b > self.spans.len() {
            return (0, 0);
        }
        (self.spans[a].0 as usize, self.spans[b - 1].1 as usize)
    }

    /// Replaces byte ranges of the text (sorted, disjoint, on character
    /// boundaries) by new text; each new byte comes from the whole original
    /// span of the range it replaces, so that explanations point at what
    /// the reader wrote.
    pub(crate) fn replace(&mut self, fixes: &[(std::ops::Range<usize>, String)]) {
        let mut text = String::with_capacity(self.text.len() + 8 * fixes.len());
        let mut spans = Vec::with_capacity(if self.spanned { text.capacity() } else { 0 });
        let mut from = 0;
        for (r, with) in fixes {
            text.push_str(&self.text[from..r.start]);
            text.push_str(with);
            if self.spanned {
                spans.extend_from_slice(&self.spans[from..r.start]);
                let (a, b) = self.original_span(r.start, r.end);
                spans.resize(spans.len() + with.len(), (a as u32, b as u32));
            }
            from = r.end;
        }
        text.push_str(&self.text[from..]);
        if self.spanned {
            spans.extend_from_slice(&self.spans[from..]);
            self.spans = spans;
        }
        self.text = text;
    }
}

/// Reusable normalizer: owns scratch buffers so that normalizing many
/// comments allocates only for the output.
#[derive(Debug, Clone, Default)]
pub struct Normalizer {
    params: NormalizerParams,
    /// Skip the per-byte offsets: scoring needs them only to explain.
    no_spans: bool,
    chars: Vec<Ch>,
    scratch: Vec<Ch>,
    /// The ASCII fast path's text and scratch, one byte per character.
    bytes: Vec<u8>,
    byte_scratch: Vec<u8>,
    drop: Vec<bool>,
    cluster: String,
}

/// Whether `c` is a combining mark. No mark lies below U+0300, so the common
/// ASCII and Latin-1 letters skip the table lookup.
fn is_mark(c: char) -> bool {
    c >= '\u{300}' && is_combining_mark(c)
}

impl Normalizer {
    /// A normalizer running the given steps.
    pub fn new(params: NormalizerParams) -> Self {
        Self {
            params,
            ..Self::default()
        }
    }

    /// A normalizer that does not record where each normalized byte came
    /// from: scores need no offsets, and writing 8 bytes of them per byte of
    /// text costs as much as some folding steps.
    pub fn without_spans(mut self) -> Self {
        self.no_spans = true;
        self
    }

    /// The steps this normalizer runs.
    pub fn params(&self) -> NormalizerParams {
        self.params
    }

    /// Normalizes `input` into `out`, reusing `out`'s buffers.
    ///
    /// ```
    /// use moderato::text::{Normalizer, NormalizerParams, Normalized};
    /// let mut n = Normalizer::new(NormalizerParams::default());
    /// let mut out = Normalized::default();
    /// n.normalize_into("Du bist ein A r s c h!!!!", &mut out);
    /// assert_eq!(out.text, "du bist ein arsch!!");
    /// ```
    pub fn normalize_into(&mut self, input: &str, out: &mut Normalized) {
        out.obfuscations = 0;
        out.spanned = !self.no_spans;
        if self.no_spans && is_latin1_letters(input) {
            // Latin-1 text (ASCII and letters such as ä, ö, ü, ß, é) has no
            // NFKC changes, combining marks or homoglyphs and folds case
            // within Latin-1: the steps run on one byte per character (the
            // byte is the code point), not on 12-byte characters with spans
            // nobody asked for.
            self.latin1_bytes(input);
            out.obfuscations += fold_steps(
                self.params,
                &mut self.bytes,
                &mut self.byte_scratch,
                &mut self.drop,
            );
            emit(&self.bytes, out);
            return;
        }
        self.chars.clear();
        self.fold_chars(input, &mut out.obfuscations);
        out.obfuscations += fold_steps(
            self.params,
            &mut self.chars,
            &mut self.scratch,
            &mut self.drop,
        );
        emit(&self.chars, out);
    }

    /// `input` (see [`is_latin1_letters`]) lower-cased into `self.bytes`,
    /// one Latin-1 byte per character, invisible ones dropped, with the
    /// camel-case seams the character path would insert. Each character's
    /// case and folds come from `latin1`'s tables, not from Unicode's per
    /// character.
    fn latin1_bytes(&mut self, input: &str) {
        self.bytes.clear();
        let accents = self.params.fold_accents;
        if input.is_ascii() && !(self.params.split_camel_case && has_camel_seam(input)) {
            self.bytes.extend(
                input
                    .bytes()
                    .filter(|&b| !latin1::is(b, latin1::INVISIBLE))
                    .map(|b| b.to_ascii_lowercase()),
            );
            return;
        }
        // The code points: U+00C0–U+00FF are C3 80–C3 BF in UTF-8.
        let lat = &mut self.byte_scratch;
        lat.clear();
        let b = input.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] < 0x80 {
                lat.push(b[i]);
                i += 1;
            } else {
                lat.push(0xC0 | (b.get(i + 1).copied().unwrap_or(0) & 0x3F));
                i += 2;
            }
        }
        let folded = latin1::accent_folded();
        let seams = self.params.split_camel_case
            && lat
                .windows(2)
                .any(|w| latin1::is(w[0], latin1::LOWER) && latin1::is(w[1], latin1::UPPER));
        for k in 0..lat.len() {
            if seams && latin1_seam(lat, k) {
                self.bytes.push(b' ');
            }
            let c = lat[k];
            if !latin1::is(c, latin1::INVISIBLE) {
                let lower = latin1::lowercase(c);
                self.bytes.push(if accents {
                    folded[lower as usize]
                } else {
                    lower
                });
            }
        }
    }

    /// Convenience wrapper returning a fresh [`Normalized`].
    pub fn normalize(&mut self, input: &str) -> Normalized {
        let mut out = Normalized::default();
        self.normalize_into(input, &mut out);
        out
    }

    /// NFKC per cluster (base + combining marks), invisible removal, case and homoglyph folding.
    fn fold_chars(&mut self, input: &str, folded: &mut u32) {
        let seams = self.params.split_camel_case && has_camel_seam(input);
        let mut iter = input.char_indices().peekable();
        while let Some((start, c)) = iter.next() {
            let mut end = start + c.len_utf8();
            if seams && camel_seam(input, start) {
                self.push(' ', start, start);
            }
            let combining_next = iter.peek().is_some_and(|&(_, m)| is_mark(m));
            if c.is_ascii() && !combining_next {
                let lc = c.to_ascii_lowercase();
                if !is_invisible(c) {
                    self.push(lc, start, end);
                }
                continue;
            }
            if !combining_next && is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes {
                // Already NFKC on its own (umlauts, ß, most emoji): the
                // normalization iterator would hand back `c` unchanged.
                self.fold_one(c, start, end, folded);
                continue;
            }
            self.cluster.clear();
            self.cluster.push(c);
            while let Some(&(i, m)) = iter.peek() {
                if !is_mark(m) {
                    break;
                }
                self.cluster.push(m);
                end = i + m.len_utf8();
                iter.next();
            }
            let cluster = std::mem::take(&mut self.cluster);
            for n in cluster.nfkc() {
                self.fold_one(n, start, end, folded);
            }
            self.cluster = cluster;
        }
    }

    /// One NFKC character: dropped if invisible or a mark, else case and homoglyph folded.
    fn fold_one(&mut self, n: char, start: usize, end: usize, folded: &mut u32) {
        if is_invisible(n) || is_mark(n) {
            return;
        }
        for l in n.to_lowercase() {
            let l = if l == 'ſ' { 's' } else { l };
            let l = accent(l).filter(|_| self.params.fold_accents).unwrap_or(l);
            match homoglyph(l).filter(|_| self.params.homoglyphs) {
                Some(h) => {
                    *folded += 1;
                    self.push(h, start, end);
                }
                None => self.push(l, start, end),
            }
        }
    }

    fn push(&mut self, c: char, start: usize, end: usize) {
        self.chars.push(Ch {
            c,
            start: start as u32,
            end: end as u32,
        });
    }
}

/// Whether every character of `text` is ASCII or a Latin-1 letter
/// (U+00C0–U+00FF but × and ÷): what the byte path of
/// [`Normalizer::normalize_into`] handles exactly as the character path.
fn is_latin1_letters(text: &str) -> bool {
    text.is_ascii()
        || text
            .chars()
            .all(|c| c.is_ascii() || (('\u{c0}'..='\u{ff}').contains(&c) && c != '×' && c != '÷'))
}

/// [`camel_seam`] at code point `k` of a Latin-1 text.
fn latin1_seam(lat: &[u8], k: usize) -> bool {
    let is = |class: u8, j: Option<usize>| {
        j.and_then(|j| lat.get(j))
            .is_some_and(|&c| latin1::is(c, class))
    };
    if !is(latin1::UPPER, Some(k))
        || !is(latin1::LOWER, k.checked_sub(1))
        || !is(latin1::LOWER, k.checked_sub(2))
        || !is(latin1::LOWER, Some(k + 1))
    {
        return false;
    }
    let gender_i = lat[k] == b'I' && {
        let run = lat[k + 1..]
            .iter()
            .take_while(|&&c| latin1::is(c, latin1::ALPHA))
            .count();
        let run = &lat[k + 1..k + 1 + run];
        run == b"n" || run == b"nnen"
    };
    !gender_i
}

/// Whether a space belongs before byte `i` of `text`: a capital letter after
/// two small ones and before a small one (`eineSeuche`, `diePest`), where
/// German capitalises the noun of a run-together phrase. Not the gender
/// `I` (`LehrerInnen`, `StudentIn`), and not after a single small letter
/// (`iPhone`, `eBay`, `McDonald`); brand names in camel case (`YouTube`)
/// are split, which costs them nothing but a bigram.
pub(crate) fn camel_seam(text: &str, i: usize) -> bool {
    let Some(c) = text[i..].chars().next().filter(|c| c.is_uppercase()) else {
        return false;
    };
    let mut before = text[..i].chars().rev();
    let two_small = before.next().is_some_and(char::is_lowercase)
        && before.next().is_some_and(char::is_lowercase);
    let rest = &text[i + c.len_utf8()..];
    if !two_small || !rest.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let gender_i = c == 'I' && {
        let run: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        run == "n" || run == "nnen"
    };
    !gender_i
}

/// A quick test that spares [`camel_seam`] for most texts: some capital
/// letter follows a small one.
fn has_camel_seam(text: &str) -> bool {
    if text.is_ascii() {
        let b = text.as_bytes();
        return b
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    }
    let mut prev_small = false;
    text.chars().any(|c| {
        let seam = prev_small && c.is_uppercase();
        prev_small = c.is_lowercase();
        seam
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaced_text_keeps_pointing_at_the_original() {
        let mut out = Normalizer::new(NormalizerParams::default()).normalize("Ich HSSE dich");
        assert_eq!(out.text, "ich hsse dich");
        out.replace(&[(4..8, "hasse".to_string())]);
        assert_eq!(out.text, "ich hasse dich");
        assert_eq!(out.original_span(4, 9), (4, 8));
        assert_eq!(out.original_span(10, 14), (9, 13));
        assert_eq!(out.original_span(0, 3), (0, 3));
    }

    fn norm(s: &str) -> String {
        Normalizer::new(NormalizerParams::default())
            .normalize(s)
            .text
    }

    #[test]
    fn no_combining_mark_below_u0300() {
        assert!(('\0'..'\u{300}').all(|c| !is_combining_mark(c)));
        assert!(is_mark('\u{308}'));
    }

    #[test]
    fn lone_characters_fold_as_clusters_do() {
        // The quick path for characters already in NFKC must agree with NFKC.
        let mut n = Normalizer::new(NormalizerParams::default());
        for c in ('\u{80}'..'\u{3000}').chain('\u{1F300}'..'\u{1F700}') {
            let s = c.to_string();
            let nfkc: String = s.nfkc().collect();
            if is_nfkc_quick(std::iter::once(c)) == IsNormalized::Yes {
                assert_eq!(nfkc, s, "{c:?}");
            }
            let _ = n.normalize(&s);
        }
        assert_eq!(norm("Ärger über ½ ﬁsch 🤮"), "ärger über 1⁄2 fisch 🤮");
    }

    #[test]
    fn folds_case_and_keeps_umlauts() {
        assert_eq!(norm("Schöne GRÜSSE aus Köln"), "schöne grüsse aus köln");
        assert_eq!(norm("Straße"), "straße");
    }

    #[test]
    fn nfkc_and_invisible_characters() {
        assert_eq!(norm("Ｉｄｉｏｔ"), "idiot");
        assert_eq!(norm("Id\u{200B}i\u{00AD}ot"), "idiot");
        // a + combining diaeresis composes to ä
        assert_eq!(norm("scho\u{0308}n"), "schön");
    }

    #[test]
    fn homoglyphs_fold_to_latin() {
        // Cyrillic а and о
        assert_eq!(norm("Vоllidiаt"), "vollidiat");
    }

    /// The character path (with spans) and the byte path (without).
    fn both_paths(params: NormalizerParams) -> [Normalizer; 2] {
        [
            Normalizer::new(params),
            Normalizer::new(params).without_spans(),
        ]
    }

    #[test]
    fn accents_fold_but_umlauts_stay() {
        // Latin-1 (byte path when no spans are asked for), Latin Extended
        // and a combining acute all fold; the umlauts and ß do not.
        for mut n in both_paths(NormalizerParams::default()) {
            let mut f = |s: &str| n.normalize(s).text;
            assert_eq!(f("Míndérwertig, DÚMM"), "minderwertig, dumm");
            assert_eq!(f("Schmárótzer ø çà"), "schmarotzer o ca");
            assert_eq!(f("Šőhn e\u{301}kel"), "sohn ekel");
            assert_eq!(f("Süße Grüße, Öl, Äpfel"), "süße grüße, öl, äpfel");
        }
    }

    #[test]
    fn models_before_accent_folding_keep_accents() {
        let params = NormalizerParams {
            fold_accents: false,
            ..NormalizerParams::default()
        };
        for mut n in both_paths(params) {
            assert_eq!(n.normalize("Dúmm Café").text, "dúmm café");
        }
    }

    #[test]
    fn leetspeak_inside_words_only() {
        assert_eq!(norm("Du 1d10t"), "du idiot");
        assert_eq!(norm("h4ll0 $chwein"), "hallo schwein");
        assert_eq!(norm("schw@chkopf"), "schwachkopf");
        assert_eq!(norm("Im Jahr 2024 um 17.40"), "im jahr 2024 um 17.40");
        assert_eq!(norm("die 100er Marke"), "die 100er marke");
        assert_eq!(norm("@anna super!"), "@anna super!");
    }

    #[test]
    fn names_and_numbers_with_digits_stay() {
        for keep in [
            "covid19", "mp3", "win10", "a4", "2000", "100er", "g20", "1000000",
        ] {
            assert_eq!(norm(keep), keep);
        }
        assert_eq!(
            norm("Die COVID19-Zahlen im Jahr 2000"),
            "die covid19-zahlen im jahr 2000"
        );
        assert_eq!(norm("So eine sch3isse"), "so eine scheisse");
        assert_eq!(norm("4rsch und l0s3r"), "arsch und loser");
        assert_eq!(norm("Neeeein 1d10t"), "neein idiot");
    }

    #[test]
    fn split_letters_rejoin() {
        assert_eq!(norm("Du A r s c h"), "du arsch");
        assert_eq!(norm("A.r.s.c.h"), "arsch");
        assert_eq!(norm("A*r*s*c*h!"), "arsch!");
        assert_eq!(norm("z. B. so"), "z. b. so");
    }

    #[test]
    fn words_run_together_split_where_capitals_show_the_seam() {
        assert_eq!(norm("wie eineSeuche"), "wie eine seuche");
        assert_eq!(norm("diePestdieses Landes"), "die pestdieses landes");
        assert_eq!(norm("auchSchwuchteln,na"), "auch schwuchteln,na");
        assert_eq!(norm("GrüßeAus Köln"), "grüße aus köln");
        for keep in [
            "LehrerInnen",
            "StudentIn",
            "iPhone",
            "eBay",
            "McDonald",
            "ABCDef",
            "NGOs",
        ] {
            assert_eq!(norm(keep), keep.to_lowercase(), "{keep}");
        }
        // Models from before the step keep reading text as they were trained.
        let old = NormalizerParams {
            split_camel_case: false,
            ..NormalizerParams::default()
        };
        assert_eq!(
            Normalizer::new(old).normalize("eineSeuche").text,
            "eineseuche"
        );
        let p: NormalizerParams = serde_json::from_str(
            r#"{"homoglyphs":true,"leetspeak":true,"rejoin_split_letters":true,"squeeze_elongations":true}"#,
        )
        .unwrap();
        assert!(!p.split_camel_case);
    }

    #[test]
    fn a_seam_space_points_at_the_capital_and_both_paths_agree() {
        let src = "eineSeuche";
        let n = Normalizer::new(NormalizerParams::default()).normalize(src);
        let at = n.text.find("seuche").unwrap();
        assert_eq!(n.original_span(at, at + 6), (4, 10));
        let mut fast = Normalizer::new(NormalizerParams::default()).without_spans();
        assert_eq!(fast.normalize(src).text, n.text);
    }

    #[test]
    fn elongations_squeezed() {
        assert_eq!(norm("Neeeeeein!!!!!"), "neein!!");
        assert_eq!(norm("Kaffee"), "kaffee");
    }

    #[test]
    fn offsets_point_into_original() {
        let src = "Ein  ＩＤＩＯＴ hier";
        let n = Normalizer::new(NormalizerParams::default()).normalize(src);
        let at = n.text.find("idiot").unwrap();
        let (s, e) = n.original_span(at, at + 5);
        assert_eq!(&src[s..e], "ＩＤＩＯＴ");
        let src = "Du A r s c h";
        let n = Normalizer::new(NormalizerParams::default()).normalize(src);
        let (s, e) = n.original_span(3, 8);
        assert_eq!(&src[s..e], "A r s c h");
    }
}
