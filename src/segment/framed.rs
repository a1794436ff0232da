//! Comments framed by their header (`crate::segment` step 3, a fallback of
//! `thread::text_plan`): blogs and recipe sites print the name on top of
//! the comment (maybe with a rating or a badge beside it) and the stamp
//! under its text, over the action row (`Moni aus Kempten  ★★★★★` / text /
//! `6. März 2026 um 18:03` / `Antworten`). Neither line alone looks like
//! a header the page repeats, so a comment is found as a paragraph with a
//! name line first and a stamp line last before its action row. Replies
//! are indented under the comment they answer.

use std::ops::Range;

use super::dates::DatePatterns;
use super::header;
use super::lines::LineInfo;
use super::thread::Span;

/// Fewest framed paragraphs that make a thread.
const MIN_FRAMED: usize = 2;

/// The name a paragraph's first line gives: its first field (fields are
/// set apart by two or more spaces: `Anja Rimmele  Autorin`) without a
/// star rating, when that reads as a name only.
fn name_of(t: &str, info: &LineInfo, dates: &DatePatterns) -> Option<String> {
    let field = t.trim().split("  ").next()?;
    let field = field.trim_end_matches(['★', '☆', '✩', '✭', ' ']).trim();
    // The ellipsis after `hat gesagt…` ends no sentence.
    let bare = without_speech(field);
    if (info.sentence_end && bare.len() == field.len()) || info.words > 8 {
        return None;
    }
    let field = bare;
    let s = header::shape(field, dates)?;
    s.name_only.then_some(s.name).flatten()
}

/// Speech phrases that Blogger-style templates print after the name on
/// top of a comment (`Hinrich Meyer hat gesagt…`, `Anna said...`).
const SPEECH_AFTER_NAME: &[&str] = &["hat gesagt", "said", "sagte", "schrieb", "wrote"];

/// A name line without its speech phrase and the ellipsis or colon after it.
fn without_speech(field: &str) -> &str {
    let bare = field.trim_end_matches(['…', '.', ':']).trim_end();
    SPEECH_AFTER_NAME
        .iter()
        .find_map(|p| {
            let head = bare.strip_suffix(p)?;
            head.ends_with(' ').then(|| head.trim_end())
        })
        .filter(|h| !h.is_empty())
        .unwrap_or(field)
}

/// The comment framed by the paragraph `block`, if its first line is a
/// name and its last line before the action row is a stamp only.
fn framed(
    block: Range<usize>,
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) -> Option<Span> {
    // Social networks print a badge over the name (`Top-Fan` / `Sabine
    // Kroll`): the badge line belongs to the header, the name under it
    // is the author.
    // Badge, name, text and stamp: four lines at least.
    let badge = header::is_badge_line(lines[block.start]) && block.len() >= 4;
    let top = block.start + usize::from(badge);
    let author = name_of(lines[top], &infos[top], dates)?;
    let foot = block.clone().rev().find(|&k| !infos[k].ui)?;
    let stamp = header::shape(lines[foot].trim(), dates).filter(|s| s.stamp_only)?;
    if foot < top + 2 {
        return None;
    }
    Some(Span {
        header: if badge {
            vec![block.start, top, foot]
        } else {
            vec![top, foot]
        },
        body: block,
        author: Some(author),
        stamp: stamp.stamp,
        reply_to: None,
        lead: None,
    })
}

/// A paragraph cut before each name line that follows an action row
/// (`Antworten   Löschen`): Blogger-style templates print a comment's
/// replies in its own paragraph, each framed by name and stamp, so a
/// comment after the first in a paragraph answers the first.
fn sub_blocks(
    para: Range<usize>,
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = para.start;
    for k in para.start + 1..para.end {
        if infos[k - 1].ui && !infos[k].ui && name_of(lines[k], &infos[k], dates).is_some() {
            out.push(from..k);
            from = k;
        }
    }
    out.push(from..para.end);
    out
}

/// Indentation of a line in characters.
fn indent(t: &str) -> usize {
    t.chars().take_while(|c| c.is_whitespace()).count()
}

/// The framed comments of a page in page order, or none when fewer than
/// [`MIN_FRAMED`] paragraphs are framed; an indented comment answers the
/// last one printed less indented above it.
pub(crate) fn framed_spans(lines: &[&str], infos: &[LineInfo], dates: &DatePatterns) -> Vec<Span> {
    let mut spans: Vec<(usize, Span)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if infos[i].blank {
            i += 1;
            continue;
        }
        let start = i;
        while i < lines.len() && !infos[i].blank {
            i += 1;
        }
        let mut first: Option<String> = None;
        for (k, block) in sub_blocks(start..i, lines, infos, dates)
            .into_iter()
            .enumerate()
        {
            let Some(mut s) = framed(block.clone(), lines, infos, dates) else {
                continue;
            };
            let depth = indent(lines[block.start]);
            s.reply_to = spans
                .iter()
                .rev()
                .find(|(d, _)| *d < depth)
                .and_then(|(_, p)| p.author.clone());
            if k == 0 {
                first = s.author.clone();
            } else if s.reply_to.is_none() {
                s.reply_to = first.clone();
            }
            spans.push((depth, s));
        }
    }
    if spans.len() < MIN_FRAMED {
        return Vec::new();
    }
    spans.into_iter().map(|(_, s)| s).collect()
}

#[cfg(test)]
mod tests {
    use crate::segment::{segment_page, Page, SegmentOptions};

    type Who = (Option<String>, Option<String>, Option<String>);

    /// Author, posted and reply-to of each comment.
    fn who(p: &Page) -> Vec<Who> {
        let c = p.comments.iter();
        c.map(|c| (c.author.clone(), c.posted.clone(), c.reply_to.clone()))
            .collect()
    }

    /// The name (with a star rating or a badge) on top, the stamp under
    /// the text, replies indented; a stray `Name` / stamp pair at a
    /// comment's end does not hide the framing.
    #[test]
    fn name_on_top_stamp_under_the_text() {
        let page = "Linsensuppe mit Speck\n\nEin Rezept für kalte Tage, fertig in einer Stunde.\n\n3 Kommentare\n\nGerti  ★★★★☆\nSehr lecker, ich nehme immer Tellerlinsen.\nDanke\n3. Februar 2026 um 18:20\nAntworten\n\n    Sabine Koch  Autorin\n    Freut mich, liebe Gerti!\n    3. Februar 2026 um 19:02\n    Antworten\n\nPeter W.  ★★☆☆☆\nZu salzig für meinen Geschmack.\n4. Februar 2026 um 08:15\nAntworten\n";
        let p =
            segment_page("r.txt", page.as_bytes(), &SegmentOptions::default()).expect("segments");
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            who(&p),
            [
                (s("Gerti"), s("2026-02-03T18:20"), None),
                (s("Sabine Koch"), s("2026-02-03T19:02"), s("Gerti")),
                (s("Peter W."), s("2026-02-04T08:15"), None),
            ]
        );
        let texts: Vec<&str> = p.comments.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Sehr lecker, ich nehme immer Tellerlinsen.\nDanke",
                "Freut mich, liebe Gerti!",
                "Zu salzig für meinen Geschmack.",
            ]
        );
    }

    /// Blogger: `Name hat gesagt…` on top, the stamp under the text, and
    /// a comment's replies in its own paragraph after its action row.
    #[test]
    fn blogger_hat_gesagt_with_replies_in_the_paragraph() {
        let page = "Mühle wird saniert\n\nDie Arbeiten beginnen im April, sagt der Verein.\n\n3 Kommentare:\n\nHinrich Meyer hat gesagt…\nEndlich! Das hat lange gedauert.\n4. März 2026 um 18:22\nAntworten   Löschen\nAntworten\nGrete Ahlers hat gesagt…\nDas finde ich auch, vielen Dank.\n4. März 2026 um 19:05\nLöschen\nAntwort hinzufügen\n\nKnut hat gesagt…\nBitte an Sitzplätze denken.\n5. März 2026 um 16:48\nAntworten   Löschen\n";
        let p =
            segment_page("b.txt", page.as_bytes(), &SegmentOptions::default()).expect("segments");
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            who(&p),
            [
                (s("Hinrich Meyer"), s("2026-03-04T18:22"), None),
                (s("Grete Ahlers"), s("2026-03-04T19:05"), s("Hinrich Meyer")),
                (s("Knut"), s("2026-03-05T16:48"), None),
            ]
        );
    }
}
