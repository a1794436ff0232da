//! Labels for the editorial part of a page (`crate::segment` step 4).
//!
//! Runs on the lines above the comment block: site furniture, credits and
//! captions are recognised line by line from [`LineInfo`]; of the remaining
//! text lines the first short unpunctuated one is the headline, a short
//! first paragraph is the teaser, and the rest is body.

use super::html::Hint;
use super::lines::LineInfo;
use super::LineLabel;

/// A first paragraph at most this long (in characters) is a teaser.
const MAX_TEASER_CHARS: usize = 320;

fn headline_like(t: &str, info: &LineInfo) -> bool {
    info.chars <= 160
        && info.words <= 25
        && !t.trim_end().ends_with(['.', ':', ',', ';'])
        && t.trim_start()
            .chars()
            .next()
            .is_some_and(|c| !c.is_lowercase())
}

/// Labels `lines` (the part of the page above the comments): what the
/// lines say of themselves first, then passes that read their neighbours.
pub(crate) fn label(lines: &[&str], infos: &[LineInfo], hints: Option<&[Hint]>) -> Vec<LineLabel> {
    let hint = |i: usize| hints.and_then(|h| h.get(i)).copied().unwrap_or_default();
    let mut labels: Vec<Option<LineLabel>> = Vec::with_capacity(lines.len());
    for (i, info) in infos.iter().enumerate() {
        let h = hint(i);
        let l = if info.blank {
            Some(LineLabel::Blank)
        } else if h.heading {
            Some(LineLabel::Headline)
        } else if h.caption {
            Some(LineLabel::Caption)
        } else if info.credit && !h.chrome {
            Some(LineLabel::Credit)
        } else if h.chrome || info.is_boiler() {
            Some(LineLabel::Boilerplate)
        } else if info.photo_marker && info.words >= 4 {
            Some(LineLabel::Caption)
        } else {
            None
        };
        labels.push(l);
    }
    prompt_runs(lines, infos, &mut labels);
    ad_frames(lines, infos, &mut labels);
    link_lists(lines, infos, &mut labels);
    captions_above_credits(lines, infos, &mut labels);
    head_and_body(lines, infos, &mut labels, hints);
    repeated_headline(lines, infos, &mut labels);
    furniture_tail(lines, infos, &mut labels);
    labels
        .into_iter()
        .map(|l| l.unwrap_or(LineLabel::Body))
        .collect()
}

/// A prompt ending in `:` carries on until the next blank line.
fn prompt_runs(lines: &[&str], infos: &[LineInfo], labels: &mut [Option<LineLabel>]) {
    let mut i = 0;
    while i < lines.len() {
        if labels[i] == Some(LineLabel::Boilerplate) && lines[i].trim_end().ends_with(':') {
            let mut j = i + 1;
            while j < lines.len() && !infos[j].blank && infos[j].chars <= 300 && labels[j].is_none()
            {
                labels[j] = Some(LineLabel::Boilerplate);
                j += 1;
            }
            i = j;
        } else {
            i += 1;
        }
    }
}

/// Text framed by two `Anzeige` markers a few lines apart is the ad.
fn ad_frames(lines: &[&str], infos: &[LineInfo], labels: &mut [Option<LineLabel>]) {
    let ad_marker = |i: usize| {
        let t = lines[i].trim().trim_matches(|c: char| !c.is_alphanumeric());
        ["anzeige", "werbung", "advertisement", "sponsored"]
            .iter()
            .any(|m| t.eq_ignore_ascii_case(m))
    };
    for i in 0..lines.len() {
        if !ad_marker(i) {
            continue;
        }
        if let Some(j) = (i + 1..lines.len().min(i + 6)).find(|&j| ad_marker(j)) {
            for k in i + 1..j {
                if !infos[k].blank {
                    labels[k] = Some(LineLabel::Boilerplate);
                }
            }
        }
    }
}

/// A stand-alone `Lesen Sie auch` / `Mehr zum Thema` heads a list of
/// links: the short unpunctuated lines right below it (link titles may
/// be questions).
fn link_lists(lines: &[&str], infos: &[LineInfo], labels: &mut [Option<LineLabel>]) {
    for i in 0..lines.len() {
        if labels[i] != Some(LineLabel::Boilerplate) || infos[i].words > 6 || infos[i].boiler < 3 {
            continue;
        }
        let mut j = i + 1;
        while j < lines.len()
            && !infos[j].blank
            && labels[j].is_none()
            && infos[j].chars <= 120
            && (!infos[j].sentence_end || lines[j].trim_end().ends_with('?'))
        {
            labels[j] = Some(LineLabel::Boilerplate);
            j += 1;
        }
    }
}

/// A line right above a stand-alone photo credit is its caption.
fn captions_above_credits(lines: &[&str], infos: &[LineInfo], labels: &mut [Option<LineLabel>]) {
    for i in 1..lines.len() {
        if labels[i] == Some(LineLabel::Credit)
            && infos[i].photo_credit
            && labels[i - 1].is_none()
            && infos[i - 1].chars <= 400
        {
            labels[i - 1] = Some(LineLabel::Caption);
        }
    }
}

/// The headline repeated elsewhere (`2 Gedanken zu „Headline“`) is furniture.
fn repeated_headline(lines: &[&str], infos: &[LineInfo], labels: &mut [Option<LineLabel>]) {
    let headline: Vec<&str> = (0..lines.len())
        .filter(|&i| labels[i] == Some(LineLabel::Headline))
        .map(|i| lines[i].trim())
        .collect();
    if let [h] = headline.as_slice() {
        for i in 0..lines.len() {
            if labels[i] != Some(LineLabel::Headline)
                && infos[i].chars <= h.chars().count() + 40
                && lines[i].contains(h)
            {
                labels[i] = Some(LineLabel::Boilerplate);
            }
        }
    }
}

/// Short unpunctuated lines just above site furniture at the end of the
/// article (`Ihre Meinung ist gefragt` over `Kommentare: 3`) belong to it.
/// The end of the page counts as furniture when a footer sits there.
fn furniture_tail(lines: &[&str], infos: &[LineInfo], labels: &mut [Option<LineLabel>]) {
    let mut next_boiler = (0..lines.len())
        .rev()
        .find(|&i| !infos[i].blank)
        .is_some_and(|i| {
            infos[i].words <= 3 && !infos[i].sentence_end && {
                let tail = lines.len().saturating_sub(12);
                (tail..lines.len()).any(|k| labels[k] == Some(LineLabel::Boilerplate))
            }
        });
    for i in (0..lines.len()).rev() {
        match labels[i] {
            Some(LineLabel::Blank) => {}
            Some(LineLabel::Boilerplate) | Some(LineLabel::Credit) => {
                next_boiler = labels[i] == Some(LineLabel::Boilerplate)
            }
            Some(LineLabel::Body)
                if next_boiler && infos[i].chars <= 80 && !infos[i].sentence_end =>
            {
                labels[i] = Some(LineLabel::Boilerplate);
            }
            _ => break,
        }
    }
}

/// Headline, teaser and body among the lines no pass has labelled: on
/// HTML pages text above the `<h1>` is navigation; on text pages a
/// section label may stand above the headline, and a byline between
/// headline and first paragraph makes that paragraph body.
fn head_and_body(
    lines: &[&str],
    infos: &[LineInfo],
    labels: &mut [Option<LineLabel>],
    hints: Option<&[Hint]>,
) {
    let hint = |i: usize| hints.and_then(|h| h.get(i)).copied().unwrap_or_default();
    let has_heading = (0..lines.len()).any(|i| hint(i).heading);
    let content: Vec<usize> = (0..lines.len()).filter(|&i| labels[i].is_none()).collect();
    let mut rest = content.as_slice();
    if has_heading {
        // Text above the HTML page's <h1> is navigation.
        let first_h = (0..lines.len()).find(|&i| hint(i).heading).unwrap_or(0);
        while let Some((&i, tail)) = rest.split_first() {
            if i > first_h {
                break;
            }
            labels[i] = Some(LineLabel::Boilerplate);
            rest = tail;
        }
    } else {
        // The site's name and motto above its menu are masthead.
        if let Some(end) = hints
            .is_none()
            .then(|| masthead_end(lines, infos, labels))
            .flatten()
        {
            while let Some((&i, tail)) = rest.split_first() {
                if i > end {
                    break;
                }
                labels[i] = Some(LineLabel::Boilerplate);
                rest = tail;
            }
        }
        section_label(lines, infos, labels, &mut rest);
    }
    if let (false, Some((&i, tail))) = (has_heading, rest.split_first()) {
        if headline_like(lines[i], &infos[i]) && !tail.is_empty() {
            labels[i] = Some(LineLabel::Headline);
            rest = tail;
        }
    }
    // An author byline between the headline and the first paragraph
    // (`Ein Kommentar von …`, `Veröffentlicht am … von …`) closes the head:
    // on text pages the paragraph below it is body, not a teaser.
    let byline_above = hints.is_none()
        && rest.first().is_some_and(|&i| {
            let head = (0..i)
                .rev()
                .find(|&k| labels[k] == Some(LineLabel::Headline));
            head.is_some_and(|h| {
                (h + 1..i).any(|k| labels[k] == Some(LineLabel::Credit) && !infos[k].photo_credit)
            })
        });
    if let (false, Some((&i, tail))) = (byline_above, rest.split_first()) {
        let lead = hint(i).lead || (infos[i].chars <= MAX_TEASER_CHARS && !tail.is_empty());
        if lead {
            labels[i] = Some(LineLabel::Teaser);
            rest = tail;
        }
    }
    for &i in rest {
        labels[i] = Some(if hint(i).lead {
            LineLabel::Teaser
        } else {
            LineLabel::Body
        });
    }
}

/// A section label (`Sie lesen: Wirtschaft`, `Ressort: Politik`) above
/// the real headline, at the head of `rest`: boilerplate, and taken off.
fn section_label(
    lines: &[&str],
    infos: &[LineInfo],
    labels: &mut [Option<LineLabel>],
    rest: &mut &[usize],
) {
    let Some((&i, tail)) = rest.split_first() else {
        return;
    };
    let Some(&k) = tail.first() else {
        return;
    };
    let label_like = infos[i].words <= 2 || (infos[i].words <= 3 && lines[i].contains(':'));
    if label_like
        && headline_like(lines[i], &infos[i])
        && headline_like(lines[k], &infos[k])
        && infos[k].words > infos[i].words
    {
        labels[i] = Some(LineLabel::Boilerplate);
        *rest = tail;
    }
}

/// Where a text page's masthead ends: at the last menu or breadcrumb line
/// (`Start · Über uns · Termine`, `Lokales › Eschwege`) above the first
/// line of running text. Site name and motto stand above it, the
/// headline below it.
fn masthead_end(lines: &[&str], infos: &[LineInfo], labels: &[Option<LineLabel>]) -> Option<usize> {
    let first_text = (0..lines.len())
        .find(|&i| labels[i].is_none() && (infos[i].sentence_end || infos[i].chars > 100))?;
    (0..first_text)
        .rev()
        .find(|&i| labels[i] == Some(LineLabel::Boilerplate) && menu_like(lines[i], &infos[i]))
}

/// A menu or breadcrumb: two or more short fields (at most four words)
/// set apart by `|`, `·`, `›`, `»`, `•` or runs of spaces, no sentence.
fn menu_like(t: &str, info: &LineInfo) -> bool {
    if info.sentence_end || info.chars > 160 {
        return false;
    }
    let fields: Vec<&str> = t
        .split("  ")
        .flat_map(|f| f.split(['|', '·', '›', '»', '•']))
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    fields.len() >= 2
        && fields.iter().all(|f| {
            f.split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
                <= 4
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::lines::LinePatterns;

    /// The site's name and motto above its menu are masthead; the
    /// headline follows the breadcrumb.
    #[test]
    fn masthead_above_the_menu() {
        let p = LinePatterns::new();
        let lines = [
            "Heimatverein Altenbruch",
            "Geschichte und Neuigkeiten aus unserem Dorf",
            "Startseite   Über uns   Termine   Kontakt",
            "",
            "Aktuelles » Ortsgeschehen",
            "",
            "Sanierung der Mühle beginnt im April",
            "Nach langer Vorbereitung ist die Finanzierung gesichert, die Arbeiten beginnen.",
            "",
            "Die Mühle ist seit dem Sturm im Herbst geschlossen. Jetzt wird sie repariert.",
        ];
        let infos: Vec<LineInfo> = lines.iter().map(|l| p.info(l)).collect();
        let got = label(&lines, &infos, None);
        assert_eq!(got[0], LineLabel::Boilerplate);
        assert_eq!(got[1], LineLabel::Boilerplate);
        assert_eq!(got[6], LineLabel::Headline);
        assert!(menu_like(lines[4], &infos[4]));
        assert!(!menu_like(lines[7], &infos[7]));
    }

    #[test]
    fn headline_teaser_body_credit() {
        let page = [
            "Neue Brücke über die Saale eröffnet",
            "",
            "Nach drei Jahren Bauzeit ist die Brücke frei. Der Verkehr rollt.",
            "",
            "Am Montag schnitt die Bürgermeisterin das Band durch. Viele Gäste kamen, obwohl es regnete und der Wind über den Fluss pfiff. Die Stadt hatte zu einem Fest geladen, mit Musik, Reden und einem langen Buffet, das schon nach einer Stunde leer war.",
            "(A.Berg--HZ)",
        ];
        let lp = LinePatterns::new();
        let infos: Vec<_> = page.iter().map(|l| lp.info(l)).collect();
        let got = label(&page, &infos, None);
        use LineLabel::*;
        assert_eq!(got, vec![Headline, Blank, Teaser, Blank, Body, Credit]);
    }
}
