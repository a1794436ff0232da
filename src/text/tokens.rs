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
    // A byte index rather than peekable `char_indices`: tokens are cut from
    // every scored comment, and most of their characters are ASCII.
    let mut i = 0;
    std::iter::from_fn(move || loop {
        let start = i;
        let c = char_at(text, i)?;
        i += c.len_utf8();
        if c.is_alphanumeric() {
            while let Some(d) = char_at(text, i).filter(|d| d.is_alphanumeric()) {
                i += d.len_utf8();
            }
            return Some(Token { start, end: i });
        }
        if c.is_whitespace() || is_plain_punct(c) {
            continue;
        }
        return Some(Token { start, end: i });
    })
}

/// The character starting at byte `i` of `text` (a character boundary), or
/// `None` at the end; ASCII is not run through the UTF-8 decoder.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => text[i..].chars().next(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as first written, over peekable `char_indices`.
    fn oracle(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut iter = text.char_indices().peekable();
        while let Some((start, c)) = iter.next() {
            let mut end = start + c.len_utf8();
            if c.is_alphanumeric() {
                while let Some(&(i, d)) = iter.peek().filter(|(_, d)| d.is_alphanumeric()) {
                    end = i + d.len_utf8();
                    iter.next();
                }
            } else if c.is_whitespace() || is_plain_punct(c) {
                continue;
            }
            out.push(Token { start, end });
        }
        out
    }

    #[test]
    fn byte_walk_cuts_as_char_indices_did() {
        for t in [
            "du bist ein idiot!! 🤮",
            "schöne grüße, ärger… über 1⁄2 fisch?!",
            "covid19-zahlen @anna #tag www.x.de\u{a0}und\u{3000}so",
            "",
            "   ",
            "ß",
        ] {
            let got: Vec<(usize, usize)> = tokens(t).map(|k| (k.start, k.end)).collect();
            let want: Vec<(usize, usize)> = oracle(t).iter().map(|k| (k.start, k.end)).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }
}
