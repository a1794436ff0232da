//! Word tokens over normalized text, as byte ranges (no new strings).

/// A token: a byte range into the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start byte in the normalized text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
}

/// Punctuation that separates words but carries no signal of its own.
fn is_plain_punct(c: char) -> bool {
    matches!(
        c,
        ',' | '.'
            | ';'
            | ':'
            | '"'
            | '\''
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '-'
            | '–'
            | '—'
            | '„'
            | '“'
            | '”'
            | '‚'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '/'
            | '\\'
            | '_'
            | '…'
    )
}

/// Splits normalized text into word tokens: runs of letters and digits, plus
/// every other visible symbol (emoji, `!`, `?`, `@`, `#`) as a token of its own,
/// because `!!` and 🤮 carry signal that plain punctuation does not.
///
/// ```
/// let text = "du bist ein idiot!! 🤮";
/// let toks: Vec<&str> = moderato::text::tokens(text).map(|t| &text[t.start..t.end]).collect();
/// assert_eq!(toks, ["du", "bist", "ein", "idiot", "!", "!", "🤮"]);
/// ```
pub fn tokens(text: &str) -> impl Iterator<Item = Token> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || loop {
        let (start, c) = iter.next()?;
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = iter.peek() {
                if !d.is_alphanumeric() {
                    break;
                }
                end = i + d.len_utf8();
                iter.next();
            }
            return Some(Token { start, end });
        }
        if c.is_whitespace() || is_plain_punct(c) {
            continue;
        }
        return Some(Token {
            start,
            end: start + c.len_utf8(),
        });
    })
}
