//! Bounding HTML nesting before parsing (`crate::segment`, input side).
//!
//! html5ever checks element scopes by walking the stack of open elements,
//! so a document nested 120,000 `<div>`s deep (600 KB) costs it minutes,
//! and `<svg><math>…` chains do not finish at all. No real page nests
//! hundreds of levels deep, so [`flatten`] drops the tags (never the text)
//! that would open an element past [`MAX_DEPTH`], in one linear scan,
//! before the document reaches the parser.

use std::borrow::Cow;

/// Deepest element nesting kept; real pages stay well below 100.
pub(crate) const MAX_DEPTH: usize = 256;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements the parser closes by itself when a sibling opens (`<p>a<p>b`);
/// they cannot nest without a counted container between them.
const SELF_CLOSING: &[&str] = &[
    "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rb",
    "rt", "rp", "colgroup", "caption",
];

/// Elements whose content is raw text up to their end tag.
const RAW: &[&str] = &[
    "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
];

/// What [`flatten`] did to a document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Flattened {
    /// Tags dropped (start and end tags).
    pub dropped: usize,
    /// 1-based line of the first dropped tag.
    pub first_line: usize,
}

/// Removes the start and end tags of elements nested deeper than
/// `max_depth`, keeping all text; borrows the input when nothing is dropped.
pub(crate) fn flatten(html: &str, max_depth: usize) -> (Cow<'_, str>, Flattened) {
    let b = html.as_bytes();
    let mut out: Option<String> = None;
    let mut kept_to = 0; // bytes of `html` already copied to `out`
    let mut stack: Vec<String> = Vec::new();
    let mut info = Flattened::default();
    let mut i = 0;
    while let Some(off) = memchr_lt(&b[i..]) {
        let start = i + off;
        let (end, tag) = scan_tag(html, start);
        i = end;
        let Some(tag) = tag else { continue };
        let drop = if tag.close {
            match stack.iter().rposition(|n| *n == tag.name) {
                Some(k) => {
                    stack.truncate(k);
                    false
                }
                // An end tag for an element that was dropped (or never
                // opened): the parser ignores it too, except `</p>`, `</br>`.
                None => info.dropped > 0 && !matches!(tag.name.as_str(), "p" | "br"),
            }
        } else if VOID.contains(&tag.name.as_str()) || SELF_CLOSING.contains(&tag.name.as_str()) {
            false
        } else if stack.len() >= max_depth {
            true
        } else {
            if RAW.contains(&tag.name.as_str()) {
                i = skip_raw(html, end, &tag.name);
            }
            stack.push(tag.name);
            false
        };
        if drop {
            if info.dropped == 0 {
                info.first_line = 1 + b[..start].iter().filter(|&&c| c == b'\n').count();
            }
            info.dropped += 1;
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[kept_to..start]);
            // Keep words on either side of the tag apart.
            o.push(' ');
            kept_to = end;
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&html[kept_to..]);
            (Cow::Owned(o), info)
        }
        None => (Cow::Borrowed(html), info),
    }
}

fn memchr_lt(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'<')
}

struct Tag {
    name: String,
    close: bool,
}

/// Scans the markup starting at the `<` at `start`: its end, and the tag
/// when it is a start or end tag (comments, doctypes and stray `<` give none).
fn scan_tag(html: &str, start: usize) -> (usize, Option<Tag>) {
    let b = html.as_bytes();
    let rest = &html[start..];
    if let Some(body) = rest.strip_prefix("<!--") {
        let end = body.find("-->").map_or(html.len(), |k| start + 4 + k + 3);
        return (end, None);
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        let end = rest.find('>').map_or(html.len(), |k| start + k + 1);
        return (end, None);
    }
    let close = rest.starts_with("</");
    let name_at = start + 1 + usize::from(close);
    let name_len = b[name_at..]
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'-' || **c == b':')
        .count();
    if name_len == 0 || !b[name_at].is_ascii_alphabetic() {
        return (start + 1, None);
    }
    // The tag ends at the first `>` outside a quoted attribute value.
    let mut quote = None;
    let mut k = name_at + name_len;
    while k < b.len() {
        match (quote, b[k]) {
            (None, b'>') => break,
            (None, q @ (b'"' | b'\'')) => quote = Some(q),
            (Some(q), c) if c == q => quote = None,
            _ => {}
        }
        k += 1;
    }
    let name = html[name_at..name_at + name_len].to_ascii_lowercase();
    ((k + 1).min(b.len()), Some(Tag { name, close }))
}

/// The end of a raw-text element's content: the start of `</name`.
fn skip_raw(html: &str, from: usize, name: &str) -> usize {
    let needle = format!("</{name}");
    let hay = &html[from..];
    // ASCII case-insensitive search without lower-casing the whole rest.
    let n = needle.len();
    let hb = hay.as_bytes();
    (0..hb.len().saturating_sub(n - 1))
        .find(|&k| hb[k] == b'<' && hb[k..k + n].eq_ignore_ascii_case(needle.as_bytes()))
        .map_or(html.len(), |k| from + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shallow_pages_are_borrowed_unchanged() {
        let page = "<html><body><div class=\"a\"><p>Gut so.<p>Nein.<br></div>\
            <script>if (a < b) { x = '<div>'; }</script><!-- <div> --></body></html>";
        let (out, info) = flatten(page, 3);
        assert!(matches!(out, Cow::Borrowed(_)));
        assert_eq!(info, Flattened::default());
    }

    #[test]
    fn deep_nesting_is_flattened_keeping_the_text() {
        let deep = format!(
            "<html><body>\n{}Tief unten steht ein Satz.{}</body></html>",
            "<div class=\"x\">".repeat(1000),
            "</div>".repeat(1000)
        );
        let (out, info) = flatten(&deep, 10);
        assert_eq!(info.first_line, 2);
        // 2 + 8 divs are kept, the other 992 start and end tags dropped.
        assert_eq!(info.dropped, 2 * 992);
        assert_eq!(out.matches("<div").count(), 8);
        assert_eq!(out.matches("</div>").count(), 8);
        assert!(out.contains("Tief unten steht ein Satz."));
    }

    #[test]
    fn foreign_content_chains_are_bounded() {
        let page = "<svg><math>".repeat(5000) + "Formel";
        let (out, info) = flatten(&page, MAX_DEPTH);
        assert_eq!(info.dropped, 10_000 - MAX_DEPTH);
        assert!(out.ends_with("Formel"));
    }
}
