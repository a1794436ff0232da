//! From the learned labeller's line classes to comment blocks
//! (`crate::segment`, between `learn` and comment assembly).
//!
//! Each run of header lines opens (or, on pages that print the header
//! under the text, closes) one comment; a text line standing right above
//! most headers is the comment's subject. The header lines give author,
//! stamp and an explicit reply target (`→ Anna`, `Antwort auf Anna`).

use std::ops::Range;

use regex::Regex;

use super::dates::{DatePatterns, Stamp};
use super::header;
use super::learn::Coarse;
use super::lines::LineInfo;
use super::thread::{Plan, Span};

/// Runs of header lines, as ranges of positions in `at`.
fn header_runs(path: &[Coarse]) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (k, c) in path.iter().enumerate() {
        if *c != Coarse::Header {
            continue;
        }
        match runs.last_mut() {
            Some(r) if r.end == k => r.end = k + 1,
            _ => runs.push(k..k + 1),
        }
    }
    runs
}

/// Builds the comment plan from the classes of the non-blank lines `at`.
pub(crate) fn plan(
    lines: &[&str],
    infos: &[LineInfo],
    at: &[usize],
    path: &[Coarse],
    dp: &DatePatterns,
) -> Plan {
    let n = lines.len();
    let mut coarse = vec![None; n];
    for (&i, &c) in at.iter().zip(path) {
        coarse[i] = Some(c);
    }
    let runs = header_runs(path);
    let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
        return Plan {
            zone: n..n,
            spans: Vec::new(),
            coarse: Some(coarse),
        };
    };
    let is = |k: usize, c: Coarse| path.get(k) == Some(&c);
    let before_first = (0..first.start).filter(|&k| is(k, Coarse::Comment)).count();
    let after_last = (last.end..path.len())
        .filter(|&k| is(k, Coarse::Comment))
        .count();
    let below = after_last == 0 && before_first > 0;
    let rp = HeaderPatterns::new();
    let mut spans = Vec::with_capacity(runs.len());
    let zone_start;
    if below {
        // Text since the last editorial or furniture line above the first header.
        let mut k = first.start;
        while k > 0 && is(k - 1, Coarse::Comment) {
            k -= 1;
        }
        zone_start = at[k];
        let mut prev_end = zone_start;
        for r in &runs {
            let header: Vec<usize> = at[r.clone()].to_vec();
            spans.push(span(lines, header, prev_end..at[r.start], dp, &rp));
            prev_end = at[r.end - 1] + 1;
        }
    } else {
        let starts = subjects(&runs, path, at, infos);
        zone_start = at[starts[0]];
        // The last comment ends after its last text line.
        let end = (last.end..path.len())
            .take_while(|&k| !is(k, Coarse::Editorial) && !is(k, Coarse::Header))
            .filter(|&k| is(k, Coarse::Comment))
            .last()
            .map_or(at[last.end - 1] + 1, |k| at[k] + 1);
        for (j, r) in runs.iter().enumerate() {
            let stop = starts.get(j + 1).map_or(end, |&k| at[k]);
            let header: Vec<usize> = at[r.clone()].to_vec();
            spans.push(span(lines, header, at[starts[j]]..stop, dp, &rp));
        }
    }
    Plan {
        zone: zone_start..n,
        spans,
        coarse: Some(coarse),
    }
}

/// Where each comment starts (positions in `at`): at its subject line when
/// most headers have a text line right above them, set off from what
/// precedes it; else at the header.
fn subjects(
    runs: &[Range<usize>],
    path: &[Coarse],
    at: &[usize],
    infos: &[LineInfo],
) -> Vec<usize> {
    let found: Vec<Option<usize>> = runs
        .iter()
        .map(|r| {
            let k = r.start.checked_sub(1)?;
            let set_off = k == 0
                || path[k - 1] != Coarse::Comment
                || at[k] > at[k - 1] + 1
                || infos[at[k]].numbered;
            (path[k] == Coarse::Comment && set_off && infos[at[k]].chars <= 100).then_some(k)
        })
        .collect();
    let n = found.iter().flatten().count();
    let use_subjects = runs.len() >= 2 && n * 3 >= runs.len() * 2;
    runs.iter()
        .zip(found)
        .map(|(r, f)| {
            if use_subjects {
                f.unwrap_or(r.start)
            } else {
                r.start
            }
        })
        .collect()
}

/// Cues for a header's reply target.
struct HeaderPatterns {
    reply: Regex,
}

impl HeaderPatterns {
    fn new() -> Self {
        HeaderPatterns {
            reply: Regex::new(r"(?i)(?:^|\s)(?:antwort auf|antwort an|antwortet|äntwert op|réponse à|reply to|in reply to|replying to)\s+@?(\S.*?)\s*:?$")
                .expect("constant header pattern"),
        }
    }
}

/// A comment span with author, stamp and reply target from its header lines.
fn span(
    lines: &[&str],
    header: Vec<usize>,
    body: Range<usize>,
    dp: &DatePatterns,
    rp: &HeaderPatterns,
) -> Span {
    let mut stamp: Option<Stamp> = None;
    let mut reply_to = None;
    let mut strong = None;
    let mut weak = None;
    for &i in &header {
        let t = lines[i].trim();
        if let Some(c) = rp.reply.captures(t) {
            reply_to = Some(c[1].to_string());
            let own = t[..c.get(0).map_or(0, |m| m.start())].trim();
            if let Some(s) = header::shape(own, dp) {
                weak = weak.or(s.name);
            }
            continue;
        }
        let Some(s) = header::shape(t, dp) else {
            continue;
        };
        if stamp.is_none() {
            stamp = s.stamp.clone();
        }
        reply_to = reply_to.or(s.reply_to.clone());
        if s.header_like || s.name_only {
            strong = strong.or(s.name);
        } else {
            weak = weak.or(s.name);
        }
    }
    let author = strong.or(weak).map(|a| {
        // `22.11.2026 von Anna Berg`: the name run starts at `von`.
        let a = a
            .strip_prefix("von ")
            .or(a.strip_prefix("by "))
            .unwrap_or(&a);
        a.trim_end_matches([':', ',']).to_string()
    });
    Span {
        header,
        body,
        author,
        stamp,
        reply_to,
        lead: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::LinePatterns;

    #[test]
    fn header_runs_open_comments_with_author_stamp_and_reply() {
        use Coarse::*;
        let lines = [
            "Neue Brücke für die Stadt",
            "Anna Berg",
            "22.11.2026 09:14:33",
            "Endlich passiert etwas.",
            "Antworten",
            "Tom Krüger",
            "Antwort auf Anna Berg",
            "22.11.2026 10:02:10",
            "Das Geld fehlt woanders.",
            "Impressum",
        ];
        let path = [
            Editorial, Header, Header, Comment, Boiler, Header, Header, Header, Comment, Boiler,
        ];
        let lp = LinePatterns::new();
        let infos: Vec<LineInfo> = lines.iter().map(|l| lp.info(l)).collect();
        let at: Vec<usize> = (0..lines.len()).collect();
        let p = plan(&lines, &infos, &at, &path, &DatePatterns::new());
        assert_eq!(p.zone.start, 1);
        let got: Vec<(Option<&str>, Option<&str>, Range<usize>)> = p
            .spans
            .iter()
            .map(|s| (s.author.as_deref(), s.reply_to.as_deref(), s.body.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Some("Anna Berg"), None, 1..5),
                (Some("Tom Krüger"), Some("Anna Berg"), 5..9),
            ]
        );
        assert!(p.spans.iter().all(|s| s.stamp.is_some()));
    }
}
