//! What `char` answers for each of the 256 Latin-1 code points, as tables.
//!
//! Normalization's byte path (ASCII and Latin-1 letters: most comments)
//! holds one byte per character. Asking Unicode's tables about every letter
//! above ASCII, once in the lower-casing and again in each folding pass,
//! cost more than the passes' own work; a table answers with one load. The
//! tables are written out for the compiler and tested against `char`'s own
//! methods for all 256 code points, so the byte path answers exactly as the
//! character path does.

use std::sync::OnceLock;

use super::fold::accent;

/// `char::is_alphabetic`.
pub(super) const ALPHA: u8 = 1;
/// `char::is_alphanumeric`.
pub(super) const ALNUM: u8 = 2;
/// `char::is_whitespace`.
pub(super) const SPACE: u8 = 4;
/// `char::is_numeric`.
pub(super) const NUMERIC: u8 = 8;
/// `char::is_uppercase`.
pub(super) const UPPER: u8 = 16;
/// `char::is_lowercase`.
pub(super) const LOWER: u8 = 32;
/// `fold::is_invisible`.
pub(super) const INVISIBLE: u8 = 64;

/// Whether code point `b` has any of the `class` bits.
#[inline]
pub(super) fn is(b: u8, class: u8) -> bool {
    CLASS[b as usize] & class != 0
}

/// The class bits of each code point.
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        // Above ASCII: the letters U+00C0–U+00FF but × and ÷, and ª µ º
        // (ß, ÿ, ª, µ and º are lower case without an upper one here).
        let upper = c.is_ascii_uppercase() || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
        let lower =
            c.is_ascii_lowercase() || (c >= 0xDF && c != 0xF7) || matches!(c, 0xAA | 0xB5 | 0xBA);
        let alpha = upper || lower;
        let numeric = c.is_ascii_digit() || matches!(c, 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE);
        let space = matches!(c, b' ' | b'\t'..=b'\r' | 0x85 | 0xA0);
        // Controls but the whitespace ones (C0, DEL, C1), and the soft hyphen.
        let invisible = (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD) && !space;
        t[i] = (ALPHA * alpha as u8)
            | (ALNUM * (alpha || numeric) as u8)
            | (SPACE * space as u8)
            | (NUMERIC * numeric as u8)
            | (UPPER * upper as u8)
            | (LOWER * lower as u8)
            | (INVISIBLE * invisible as u8);
        i += 1;
    }
    t
};

/// The first character of `char::to_lowercase` (every Latin-1 letter
/// lower-cases to one Latin-1 letter).
#[inline]
pub(super) fn lowercase(b: u8) -> u8 {
    if is(b, UPPER) {
        b + 0x20
    } else {
        b
    }
}

/// [`accent`]'s base letter of each code point, or the code point itself.
/// Built once per process: `accent` asks Unicode's decompositions, which
/// the compiler cannot.
pub(super) fn accent_folded() -> &'static [u8; 256] {
    static TABLE: OnceLock<[u8; 256]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u8; 256];
        for (b, slot) in (0..=255u8).zip(t.iter_mut()) {
            let c = char::from(b);
            *slot = accent(c)
                .and_then(|f| u8::try_from(u32::from(f)).ok())
                .unwrap_or(b);
        }
        t
    })
}

#[cfg(test)]
mod tests {
    use super::super::fold::is_invisible;
    use super::*;

    #[test]
    fn tables_answer_as_char_does() {
        for b in 0..=255u8 {
            let c = char::from(b);
            assert_eq!(is(b, ALPHA), c.is_alphabetic(), "{c:?}");
            assert_eq!(is(b, ALNUM), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is(b, SPACE), c.is_whitespace(), "{c:?}");
            assert_eq!(is(b, NUMERIC), c.is_numeric(), "{c:?}");
            assert_eq!(is(b, UPPER), c.is_uppercase(), "{c:?}");
            assert_eq!(is(b, LOWER), c.is_lowercase(), "{c:?}");
            assert_eq!(is(b, INVISIBLE), is_invisible(c), "{c:?}");
            let lower = c.to_lowercase().next().unwrap_or(c);
            assert_eq!(char::from(lowercase(b)), lower, "{c:?}");
            let folded = accent(c).unwrap_or(c);
            if u32::from(folded) < 256 {
                assert_eq!(char::from(accent_folded()[b as usize]), folded, "{c:?}");
            }
        }
        assert_eq!(accent_folded()[0xE9], b'e');
        assert_eq!(accent_folded()[0xE4], 0xE4, "umlauts stay");
    }
}
