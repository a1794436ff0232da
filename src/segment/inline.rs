//! Headers that share their line with the text (`crate::segment` step 3, a
//! fallback of `thread::text_plan`): chat exports and comment digests
//! print `19.02.26, 21:52 – Ilse B.: Ich wohne in Lüttjenhof …`, the stamp
//! and the name in front of the comment's first line, after them a colon.
//! Such a line is too long for a header shape; it is read as one when the
//! page prints two or more of them. Lines up to the next such line (or a
//! blank line) continue the comment.

use super::dates::{DatePatterns, Stamp};
use super::header;
use super::lines::LineInfo;
use super::thread::Span;

/// A commenter's name and stamp.
type Named = (String, Stamp);

/// Fewest inline headers that make a thread.
const MIN_INLINE: usize = 2;

/// Characters allowed between the stamp and the name.
const LEAD_SEPARATORS: &[char] = &['–', '—', '-', '|', '·', '•', ',', ' '];

/// The stamp, the name and the text of a line that opens with its header,
/// if it does.
fn split(t: &str, dates: &DatePatterns) -> Option<(Named, String)> {
    let t = t.trim();
    let stamp = dates.find(t).filter(|s| s.start == 0)?;
    let rest = t[stamp.end..].trim_start_matches(LEAD_SEPARATORS);
    let colon = rest.find(": ")?;
    let name = rest[..colon].trim();
    let text = rest[colon + 2..].trim();
    let shape = header::shape(name, dates).filter(|s| s.name_only)?;
    if text.is_empty() || name.split_whitespace().count() > 5 {
        return None;
    }
    Some(((shape.name?, stamp), text.to_string()))
}

/// The comments of a page whose headers open their text lines, or none
/// when fewer than [`MIN_INLINE`] lines do.
pub(crate) fn inline_spans(lines: &[&str], infos: &[LineInfo], dates: &DatePatterns) -> Vec<Span> {
    let heads: Vec<(usize, Named, String)> = lines
        .iter()
        .enumerate()
        .filter(|(i, _)| !infos[*i].blank)
        .filter_map(|(i, t)| split(t, dates).map(|(n, text)| (i, n, text)))
        .collect();
    if heads.len() < MIN_INLINE {
        return Vec::new();
    }
    let mut spans = Vec::with_capacity(heads.len());
    for (k, (i, (author, stamp), text)) in heads.iter().enumerate() {
        let next = heads.get(k + 1).map_or(lines.len(), |h| h.0);
        let end = (i + 1..next).find(|&j| infos[j].blank).unwrap_or(next);
        spans.push(Span {
            header: vec![*i],
            body: *i..end,
            author: Some(author.clone()),
            stamp: Some(stamp.clone()),
            reply_to: None,
            lead: Some(text.clone()),
        });
    }
    spans
}

#[cfg(test)]
mod tests {
    use crate::segment::{segment_page, SegmentOptions};

    /// A chat export: stamp, name and colon open each comment's first
    /// line; a line without them continues the comment above.
    #[test]
    fn header_and_text_on_one_line() {
        let page = "Ortsrat tagt\n\nDer Ortsrat berät am Montag über den neuen Spielplatz, teilte die Gemeinde mit.\n\nAus dem Leserchat\n\n03.05.26, 19:02 – Kai R.: Der alte Spielplatz war doch gut.\nNur die Rutsche fehlt.\n03.05.26, 19:15 – mara_l: @Kai R. Die Schaukel ist seit Jahren kaputt.\n\nChat geschlossen.\n";
        let p =
            segment_page("c.txt", page.as_bytes(), &SegmentOptions::default()).expect("segments");
        let got: Vec<(Option<String>, Option<String>, String)> = p
            .comments
            .into_iter()
            .map(|c| (c.author, c.posted, c.text))
            .collect();
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            got,
            [
                (
                    s("Kai R."),
                    s("2026-05-03T19:02"),
                    "Der alte Spielplatz war doch gut.\nNur die Rutsche fehlt.".to_string()
                ),
                (
                    s("mara_l"),
                    s("2026-05-03T19:15"),
                    "@Kai R. Die Schaukel ist seit Jahren kaputt.".to_string()
                ),
            ]
        );
    }
}
