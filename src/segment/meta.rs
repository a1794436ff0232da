//! Lines a site prints under every commenter's name: online status
//! (`Gleisbauer_Olli ist offline`), membership (`Registriert seit:
//! 04.2011`, `Beiträge: 2.341`), club or fan badges (`Fan EHC
//! Grenchenberg`), purchase notes (`Verifizierter Kauf · Rasenfläche: ca.
//! 600 m²`), a mail's subject (`Betreff: Re: …`) or the stamp on a line of
//! its own (`July 17, 2026 at 2:05 pm`). No list of such words can be
//! complete, but the lines give themselves away: the same opening or
//! closing words, numbers aside, stand under many headers of one page,
//! where a comment's own first words do not repeat.

use std::collections::{HashMap, HashSet};

use super::dates::DatePatterns;
use super::header::{reply_sentence, shape, Header};
use super::lines::LineInfo;

/// How far below a header its meta lines may reach.
const REACH: usize = 6;

/// Longest meta line, in words.
const MAX_WORDS: usize = 8;

/// A line's opening and closing two words, lowercased, every word with a
/// digit as `0` and the header's author as `N`, so that `Beiträge: 2.341`
/// and `Beiträge: 187` share a key, and so do `Olli ist offline` and
/// `Hanne ist online`.
fn keys(t: &str, author: Option<&str>) -> [String; 2] {
    let words: Vec<String> = author
        .filter(|a| !a.is_empty())
        .map_or_else(|| t.to_string(), |a| t.replace(a, "\u{1}"))
        .split_whitespace()
        .map(|w| {
            if w.contains('\u{1}') {
                "N".to_string()
            } else if w.contains(|c: char| c.is_ascii_digit()) {
                "0".to_string()
            } else {
                w.to_lowercase()
            }
        })
        .collect();
    let n = words.len();
    [
        format!("<{}", words[..n.min(2)].join(" ")),
        format!(">{}", words[n.saturating_sub(2)..].join(" ")),
    ]
}

/// Whether a line may be a meta line at all: short, not UI, and, unless
/// it carries a date, no sentence (a one-word reply `Danke!` repeats
/// too). A quote's opening line (`Zitat von Anna:`, `Anna am 12.03.2026 um
/// 12:02:`) is part of the comment's text, as the gold files label it.
fn may_be_meta(t: &str, info: &LineInfo, dates: &DatePatterns) -> bool {
    !quote_opener(t)
        && !info.blank
        && (!info.is_boiler() || is_field(t))
        && info.chars <= 80
        && info.words <= MAX_WORDS
        && (!info.sentence_end || dates.find(t).is_some())
}

/// A profile field (`Beiträge: 2.341`), which the UI vocabulary would
/// otherwise take for a button with its count.
fn is_field(t: &str) -> bool {
    t.split_once(": ")
        .is_some_and(|(k, v)| k.split_whitespace().count() <= 2 && !v.trim().is_empty())
}

/// `Zitat:`, `Zitat von Anna`, `Anna schrieb:`: the line over a quote.
fn quote_opener(t: &str) -> bool {
    t.ends_with(':') || t.get(..5).is_some_and(|w| w.eq_ignore_ascii_case("zitat"))
}

/// The lines under header `k` that could be its meta lines: up to
/// [`REACH`], before a blank line or the next header.
fn below(headers: &[Header], k: usize, n: usize, infos: &[LineInfo]) -> std::ops::Range<usize> {
    let h = &headers[k];
    let start = h.line + h.len;
    let next = headers.get(k + 1).map_or(n, |h| h.line);
    let end = (start..(start + REACH).min(next))
        .find(|&i| infos[i].blank)
        .unwrap_or((start + REACH).min(next));
    start..end.max(start)
}

/// Takes into each header the lines under it, up to the last one whose
/// key (see [`keys`]) stands under at least a third of the page's headers
/// (and two), when a line of text remains under them. Lines in between
/// are taken too if short (a rank, `By Post Author`, `In reply to X.`).
/// A taken stamp becomes the header's stamp when it had none, and a taken
/// reply line its reply target.
pub(crate) fn take_meta_lines(
    headers: &mut [Header],
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) {
    let n = headers.len();
    if n < 3 {
        return;
    }
    let need = n.div_ceil(3).max(2);
    // Headers printed under their text, whole or split, have their text
    // below them, not their meta lines.
    let over_text = |h: &Header| !h.below && h.top.is_none();
    let mut count: HashMap<String, usize> = HashMap::new();
    for k in 0..n {
        if !over_text(&headers[k]) {
            continue;
        }
        let author = headers[k].author.as_deref();
        let mut seen = HashSet::new();
        for i in below(headers, k, lines.len(), infos) {
            let t = lines[i].trim();
            if !may_be_meta(t, &infos[i], dates) {
                break;
            }
            seen.extend(keys(t, author));
        }
        for key in seen {
            *count.entry(key).or_default() += 1;
        }
    }
    for k in 0..n {
        if !over_text(&headers[k]) {
            continue;
        }
        let next = headers.get(k + 1).map_or(lines.len(), |h| h.line);
        let author = headers[k].author.as_deref();
        let mut last = None;
        for i in below(headers, k, lines.len(), infos) {
            let t = lines[i].trim();
            let meta = may_be_meta(t, &infos[i], dates);
            let short =
                !infos[i].blank && (!infos[i].is_boiler() || is_field(t)) && infos[i].words <= 6;
            if !(meta || short) {
                break;
            }
            let repeated = meta
                && keys(t, author)
                    .iter()
                    .any(|key| count.get(key).is_some_and(|&c| c >= need));
            if repeated {
                last = Some(i);
            }
        }
        let Some(last) = last else {
            continue;
        };
        if !(last + 1..next).any(|i| !infos[i].blank && !infos[i].is_boiler()) {
            continue;
        }
        let h = &mut headers[k];
        for t in &lines[h.line + h.len..=last] {
            let t = t.trim();
            if h.stamp.is_none() {
                h.stamp = dates.find(t);
            }
            if h.reply_to.is_none() {
                h.reply_to = reply_sentence(t);
            }
        }
        h.len = last + 1 - h.line;
    }
}

/// Takes the name over a header that is only a stamp (`Petra Krüger
/// says:` / `July 17, 2026 at 2:05 pm`), with the short lines between
/// them (`By Post Author`, `In reply to Petra Krüger.`): when the name
/// lines differ in shape (`Maik R.`, `Dr. Sieglinde Haase`,
/// `Hundepapa_Kai`) and the stamps do not, the stamp lines are the
/// pattern that repeats, and the name opens the block above them. A
/// notice between them (`Your comment is awaiting moderation.`) is taken
/// too.
pub(crate) fn take_names_above(
    headers: &mut [Header],
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) {
    // Headers that are a stamp alone: a status line with a stamp
    // (`<stamp> – Status geändert: …`) has no name either, but no name
    // over it.
    let open = |h: &Header| {
        h.author.is_none()
            && !h.below
            && h.top.is_none()
            && shape(lines[h.line].trim(), dates).is_some_and(|s| s.stamp_only)
    };
    // Parsed once per header: the count below asks again.
    let opens: Vec<bool> = headers.iter().map(open).collect();
    let mut free_from = 0;
    let mut found = Vec::with_capacity(headers.len());
    // A role row of fields (`Fachbereich 66 – Tiefbau · offizielle
    // Antwort · Antwort auf anneke.m`) may be longer than a name line.
    // A parenting portal's description under the name (`Mama von Lotta
    // (3 J.) und Ben (11 Mon.)`) has more words than a name, and its
    // bracket closing an abbreviation reads as a sentence's end.
    let short = |i: usize| {
        let bracketed = lines[i].trim_end().ends_with(')');
        infos[i].words <= 6
            || (infos[i].words <= 10 && (bracketed || !infos[i].sentence_end))
            || (infos[i].words <= 12 && !infos[i].sentence_end && lines[i].contains(['·', '|']))
    };
    // In page order (headers do not overlap), so a binary search finds one.
    let ends: Vec<usize> = headers.iter().map(|h| h.line + h.len).collect();
    for (h, &open) in headers.iter().zip(&opens) {
        let top = (h.line.saturating_sub(3).max(free_from)..h.line)
            .rev()
            .take_while(|&i| !infos[i].blank && (short(i) || infos[i].is_boiler()))
            // The block opens after a blank line, the action row of the
            // comment above (`♥ 38   Melden`) or another header (a
            // portal's status line, `<stamp> – Status geändert: …`).
            .filter(|&i| {
                i == 0
                    || infos[i - 1].blank
                    || infos[i - 1].is_boiler()
                    || ends.binary_search(&i).is_ok()
            })
            // A button (`Ja` / `Nein` under `Fandest du das hilfreich?`)
            // opens no block.
            .filter(|&i| !infos[i].ui)
            .last();
        let name = top.and_then(|i| name_line(lines[i].trim(), dates));
        found.push(top.zip(name).filter(|_| open));
        free_from = h.line + h.len;
    }
    // Three in four stamp-only headers, and two or more, must have one:
    // a board's subject lines over its headers (`Grenzkontrolle als
    // Rassismus`, `aber`) read as names now and then.
    let named = found.iter().flatten().count();
    if named < 2 || named * 4 < opens.iter().filter(|&&o| o).count() * 3 {
        return;
    }
    for (h, f) in headers.iter_mut().zip(found) {
        let Some((top, name)) = f else {
            continue;
        };
        h.author = name.name.clone();
        // `↳ Bernd_Kelheim (Routenautor) antwortet tourenkarla`.
        h.reply_to = h.reply_to.take().or_else(|| name.reply_to.clone());
        for t in &lines[top + 1..h.line] {
            if h.reply_to.is_none() {
                h.reply_to = reply_sentence(t.trim());
            }
        }
        h.len += h.line - top;
        h.line = top;
    }
}

/// The shape of a line that opens a block over a stamp, when it names
/// the author: an avatar's description (`Profilbild von Mustafa Kaya`)
/// counts, `finish_headers` reads the name out of it; a badge set apart
/// by spaces (`Redaktion nestwärme  ✓ Team`) is no part of the name.
fn name_line(t: &str, dates: &DatePatterns) -> Option<super::header::Shape> {
    let name_shape = |t: &str| {
        // A name with fields beside it (`tourenkarla  ·  Trekkingrad  ·
        // gefahren im September 2025`) names the author too.
        let fielded = |s: &super::header::Shape| s.fields && s.name.is_some() && !s.speech;
        shape(t, dates).filter(|s| {
            s.stamp.is_none() && (s.name_only || (s.speech && s.header_like) || fielded(s))
        })
    };
    name_shape(t).or_else(|| {
        let (first, _) = t.split_once("  ")?;
        name_shape(first.trim())
    })
}

#[cfg(test)]
mod tests {
    use super::keys;
    // Development pages (first contact with `unseen14` showed both layouts).
    use crate::segment::tests::dev_comments as comments;

    #[test]
    fn a_boards_profile_lines_are_no_comment_text() {
        let got = comments("unseen14-spurnulltreff-museumsbahn.txt");
        assert_eq!(got[0].author.as_deref(), Some("Gleisbauer_Olli"));
        assert!(
            got[0].text.starts_with("Endlich! Ich war 2022"),
            "{}",
            got[0].text
        );
        // The first four posts (a later one is still merged with the post
        // above it, whose header a relative stamp hides).
        for c in &got[..4] {
            for meta in ["ist offline", "Registriert seit", "Beiträge:"] {
                assert!(!c.text.contains(meta), "{}", c.text);
            }
        }
    }

    #[test]
    fn names_over_stamp_lines_and_in_reply_to() {
        let got = comments("unseen14-spreewelle-badesee.txt");
        let second = &got[1];
        assert_eq!(second.author.as_deref(), Some("Franziska Noack"));
        assert_eq!(second.reply_to.as_deref(), Some("Petra Krüger"));
        assert_eq!(second.posted.as_deref(), Some("2026-07-17T14:40"));
        assert!(second.text.starts_with("Hallo Petra"));
    }

    /// Authors after [`super::take_names_above`] on `lines`, whose
    /// headers are one line each at `at`, with the author `Tom Weber` where
    /// the header prints it.
    fn names_above(lines: &[&str], at: &[usize]) -> Vec<(usize, Option<String>)> {
        let headers = headers_above(lines, at);
        headers.into_iter().map(|h| (h.line, h.author)).collect()
    }

    /// Stamp-only headers at `at`, after [`super::take_names_above`].
    fn headers_above(lines: &[&str], at: &[usize]) -> Vec<crate::segment::header::Header> {
        use crate::segment::dates::DatePatterns;
        use crate::segment::header::Header;
        use crate::segment::lines::LinePatterns;
        let p = LinePatterns::new();
        let infos: Vec<_> = lines.iter().map(|l| p.info(l)).collect();
        let dates = DatePatterns::new();
        let mut headers: Vec<Header> = at
            .iter()
            .map(|&line| Header {
                line,
                len: 1,
                author: lines[line].contains("Tom").then(|| "Tom Weber".to_string()),
                stamp: dates.find(lines[line]),
                reply_to: None,
                nested: false,
                below: false,
                level: None,
                top: None,
            })
            .collect();
        super::take_names_above(&mut headers, lines, &infos, &dates);
        headers
    }

    /// One stamp-only header with a name over it is no pattern: a board's
    /// subject line (`aber`) over its one unreadable header once was taken
    /// for the author. Two such headers are.
    #[test]
    fn names_over_stamps_only_where_they_repeat() {
        let text = "Wenn der Sinn verdreht wird, ist das bösartig.";
        let one = [
            "Anna Berg",
            "21.10.2026 22:49",
            text,
            "",
            "Tom Weber, 22.10.2026 10:37",
            text,
        ];
        assert_eq!(names_above(&one, &[1, 4])[0], (1, None));
        let two = [
            "Anna Berg",
            "21.10.2026 22:49",
            text,
            "",
            "Eva Roth",
            "22.10.2026 10:37",
            text,
        ];
        assert_eq!(
            names_above(&two, &[1, 5]),
            [(0, Some("Anna Berg".into())), (4, Some("Eva Roth".into()))]
        );
    }

    /// A parenting portal (`unseen19`): a description under the name
    /// (`Mama von Lotta (3 J.) und Ben (11 Mon.)`, whose bracket reads as
    /// a sentence's end) and a badge beside the name (`Redaktion
    /// nestwärme  ✓ Team`); a row of buttons that asks (`hilfreich? ·
    /// antworten`) opens the next block.
    #[test]
    fn names_over_descriptions_badges_and_asking_buttons() {
        let text = "Bei uns hat es bis Woche sieben gedauert, dann ging es.";
        let lines = [
            "Nicki_und_Lotta",
            "Mama von Lotta (3 J.) und Ben (11 Mon.)",
            "12. Feb. 2026 | 22:47",
            text,
            "hilfreich? · antworten",
            "Redaktion nestwärme  ✓ Team",
            "13. Feb. 2026 | 10:30",
            text,
        ];
        assert_eq!(
            names_above(&lines, &[2, 6]),
            [
                (0, Some("Nicki_und_Lotta".into())),
                (5, Some("Redaktion nestwärme".into()))
            ]
        );
    }

    /// A route planner (`unseen20`): a name with fields over the stamp
    /// names the author; a reply's name line names its target.
    #[test]
    fn fielded_name_lines_and_reply_name_lines() {
        let text = "Mit Gepäck würde ich die Runde andersherum fahren.";
        let lines = [
            "Rennrad_Rudi_71  ·  Rennrad  ·  gefahren im August 2025",
            "30.08.2025, 18:12",
            text,
            "",
            "↳ Bernd_Kelheim (Routenautor) antwortet Rennrad_Rudi_71",
            "31.08.2025, 07:45",
            text,
            "",
            "Schotterfee  ·  Gravelbike  ·  gefahren im Juli 2025",
            "22.07.2025, 22:15",
            text,
        ];
        let got: Vec<_> = headers_above(&lines, &[1, 5, 9])
            .into_iter()
            .map(|h| (h.line, h.author, h.reply_to))
            .collect();
        assert_eq!(
            got,
            [
                (0, Some("Rennrad_Rudi_71".into()), None),
                (
                    4,
                    Some("Bernd_Kelheim".into()),
                    Some("Rennrad_Rudi_71".into())
                ),
                (8, Some("Schotterfee".into()), None),
            ]
        );
    }

    #[test]
    fn keys_ignore_numbers_and_the_author() {
        assert_eq!(keys("Beiträge: 2.341", None), keys("Beiträge: 187", None));
        let olli = keys("Gleisbauer_Olli ist offline", Some("Gleisbauer_Olli"));
        let hanne = keys("Heizer-Hanne ist online", Some("Heizer-Hanne"));
        assert_eq!(olli[0], hanne[0]);
        assert_ne!(olli[1], hanne[1]);
        assert_eq!(
            keys("Rasenfläche: ca. 300 m²", None)[1],
            keys("Verifizierter Kauf · Rasenfläche: ca. 600 m²", None)[1]
        );
    }
}
