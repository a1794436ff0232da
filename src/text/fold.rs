//! Character folding tables: homoglyphs, accents and leetspeak.
//!
//! Trolls write `Аrsch` with a Cyrillic А, `dúmm` with an accent or `4rsch`
//! with a digit to slip past word lists; folding maps these back to the Latin
//! letter a German reader sees. Umlauts and ß are deliberately *not* folded:
//! `schwül` and `schwul` differ.

use unicode_normalization::char::decompose_canonical;

/// Cyrillic and Greek letters that render like Latin ones (lower case, after case folding).
pub(crate) fn homoglyph(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic
        'а' => 'a',
        'в' => 'b',
        'е' | 'ё' => 'e',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'т' => 't',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        // Greek
        'α' => 'a',
        'β' => 'b',
        'ε' => 'e',
        'η' => 'n',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'ζ' => 'z',
        _ => return None,
    })
}

/// The base letter of a Latin letter with a diacritic other than the German
/// umlauts (`á`, `è`, `ô`, `ñ`, `ç`, `š`, `ő`, …; lower case, after case
/// folding). German writes none of them in its own words, so a reader sees
/// `míndérwertig` as `minderwertig`; names and loan words (`José`, `Café`)
/// lose their accent, which costs them nothing a model needs.
pub(crate) fn accent(c: char) -> Option<char> {
    if !matches!(c, '\u{e0}'..='\u{24f}' | '\u{1e00}'..='\u{1eff}') || matches!(c, 'ä' | 'ö' | 'ü')
    {
        return None;
    }
    if c == 'ø' {
        // No canonical decomposition, but read as an o.
        return Some('o');
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    base.filter(|b| *b != c && b.is_ascii_lowercase())
}

/// Leetspeak substitutes. Only applied inside words (next to a letter), so
/// that numbers such as `2024` and mentions such as `@anna` stay as they are.
pub(crate) fn leet(c: char) -> Option<char> {
    Some(match c {
        '4' | '@' => 'a',
        '3' | '€' => 'e',
        '0' => 'o',
        '1' | '!' | '|' => 'i',
        '5' | '$' => 's',
        '7' => 't',
        '8' => 'b',
        _ => return None,
    })
}

/// Zero-width and formatting characters that change nothing a reader sees.
#[inline]
pub(crate) fn is_invisible(c: char) -> bool {
    // The ranges below hold no ASCII character: most text needs one test.
    if c.is_ascii() {
        return c.is_ascii_control() && !c.is_whitespace();
    }
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{E0000}'..='\u{E007F}'
    ) || (c.is_control() && !c.is_whitespace())
}

/// Whether a reader would see nothing: only whitespace and invisible
/// characters (zero-width spaces, NUL, byte-order marks). Such a text has
/// nothing to score and must not be approved as harmless.
///
/// ```
/// assert!(moderato::text::is_blank("\u{200B}\u{FEFF}\0 \u{200D}"));
/// assert!(!moderato::text::is_blank("\u{200B}ja"));
/// ```
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_path_agrees_with_the_general_rule() {
        for c in '\0'..='\u{7f}' {
            assert_eq!(
                is_invisible(c),
                c.is_control() && !c.is_whitespace(),
                "{c:?}"
            );
        }
        assert!(is_invisible('\u{200B}'));
        assert!(!is_invisible('\u{85}'), "next line is whitespace");
    }
}
