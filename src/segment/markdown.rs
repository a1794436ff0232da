//! Pages saved as Markdown (browser extensions such as MarkDownload, or a
//! "copy as Markdown" of a reader view): every link is `[text](url)`, names
//! are `**bold**` and headings start with `#`. The segmenter's line shapes
//! know none of that markup, so `**Hinnerk_B** · Do., 12. März 2026` would
//! not read as a name and a stamp, nor `[Antworten](https://…)` as a
//! button. On a page that uses Markdown's links or bold throughout, each
//! line is read without its markup, as a browser would show it.

use std::borrow::Cow;
use std::sync::OnceLock;

use regex::Regex;

/// Lines with a Markdown link or bold span that make a page Markdown: a
/// plain scrape with one stray `**` or `[x](y)` stays as it is.
const MIN_MARKUP_LINES: usize = 5;

struct Patterns {
    image: Regex,
    link: Regex,
    bold: Regex,
    heading: Regex,
    escape: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let re = |p: &str| Regex::new(p).expect("valid pattern");
        // A link target runs to the first `)` that is not escaped (`\(`).
        let target = r"\((?:[^()\\\s]|\\.)*(?:\s+[^)]*)?\)";
        Patterns {
            image: re(&format!(r"!\[([^\]]*)\]{target}")),
            link: re(&format!(r"\[([^\]]*)\]{target}")),
            bold: re(r"\*\*([^*]+)\*\*|__([^_]+)__"),
            heading: re(r"^(\s*>?\s*)#{1,6}\s+"),
            escape: re(r"\\([()\[\]*_#>\\-])"),
        }
    })
}

/// Whether the page is written in Markdown (see [`MIN_MARKUP_LINES`]).
fn is_markdown(lines: &[Cow<'_, str>]) -> bool {
    let p = patterns();
    let marked = lines
        .iter()
        .filter(|l| p.link.is_match(l) || p.bold.is_match(l))
        .take(MIN_MARKUP_LINES)
        .count();
    marked >= MIN_MARKUP_LINES
}

/// A line without its Markdown markup: images become their alt text,
/// links their text, bold its text; a heading loses its `#`s and
/// escapes their backslash. Lists and quotes (`-`, `>`) stay, as they do
/// in a plain scrape.
fn plain(line: &str) -> Cow<'_, str> {
    let p = patterns();
    if !line.contains(['[', '*', '_', '#', '\\']) {
        return Cow::Borrowed(line);
    }
    let s = p.image.replace_all(line, "$1");
    let s = p.link.replace_all(&s, "$1").into_owned();
    let s = p.bold.replace_all(&s, "$1$2").into_owned();
    let s = p.heading.replace(&s, "$1").into_owned();
    let s = p.escape.replace_all(&s, "$1").into_owned();
    if s == line {
        Cow::Borrowed(line)
    } else {
        Cow::Owned(s)
    }
}

/// Reads every line of a Markdown page without its markup; other pages
/// are left alone.
pub(crate) fn unmark(lines: &mut [Cow<'_, str>]) {
    if !is_markdown(lines) {
        return;
    }
    for l in lines.iter_mut() {
        if let Cow::Owned(s) = plain(l) {
            *l = Cow::Owned(s);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{plain, unmark};
    use std::borrow::Cow;

    #[test]
    fn markup_is_read_as_a_browser_shows_it() {
        let cases = [
            (
                "**Lesemaus63** antwortete **Hinnerk_B** · Do., 12. März 2026, 10:02 Uhr",
                "Lesemaus63 antwortete Hinnerk_B · Do., 12. März 2026, 10:02 Uhr",
            ),
            ("[Antworten](https://example.org/a?x=1#c12)", "Antworten"),
            (
                "[Drucken](javascript:window.print\\(\\)) · [Teilen](/s)",
                "Drucken · Teilen",
            ),
            (
                "[![Weserblick](https://e.org/logo.svg)](https://e.org/)",
                "Weserblick",
            ),
            ("## Kommentare (10)", "Kommentare (10)"),
            ("> ## Excerpt", "> Excerpt"),
            (
                "Von [Jana O.](https://e.org/autoren/jo/ \"Profil\")",
                "Von Jana O.",
            ),
            // Single underscores and stars are text (`Mama_von_drei`, `*seufz*`).
            ("Mama_von_drei *seufz*", "Mama_von_drei *seufz*"),
        ];
        for (line, want) in cases {
            assert_eq!(plain(line), want, "{line}");
        }
    }

    #[test]
    fn only_a_page_written_in_markdown_is_unmarked() {
        let page = |n: usize| -> Vec<Cow<'static, str>> {
            let mut v = vec![Cow::Borrowed("**Anna** · 12.03.2026")];
            v.extend((1..n).map(|_| Cow::Borrowed("[Antworten](/r)")));
            v
        };
        let mut few = page(4);
        unmark(&mut few);
        assert_eq!(few[0], "**Anna** · 12.03.2026");
        let mut many = page(5);
        unmark(&mut many);
        assert_eq!(many[0], "Anna · 12.03.2026");
        assert_eq!(many[4], "Antworten");
    }
}
