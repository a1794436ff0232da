//! Labels for the editorial part of a page (`crate::segment` step 4).
//!
//! Runs on the lines above the comment block: site furniture, credits and
//! captions are recognised line by line from [`LineInfo`]; of the remaining
//! text lines the first short unpunctuated one is the headline, a short
//! first paragraph is the teaser, and the rest is body.

use super::dates::{DatePatterns, When, WEEKDAYS};
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
pub(crate) fn label(
    lines: &[&str],
    infos: &[LineInfo],
    hints: Option<&[Hint]>,
    dates: &DatePatterns,
) -> Vec<LineLabel> {
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
        } else if (info.credit || dateline(lines[i], info, dates)) && !h.chrome {
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
    bulleted_links(lines, infos, &mut labels);
    captions_above_credits(lines, infos, &mut labels);
    names_over_credits(lines, infos, &mut labels);
    head_and_body(lines, infos, &mut labels, hints, dates);
    repeated_headline(lines, infos, &mut labels);
    furniture_tail(lines, infos, &mut labels);
    labels
        .into_iter()
        .map(|l| l.unwrap_or(LineLabel::Body))
        .collect()
}

/// Words besides weekdays that may stand beside the date of an article's dateline
/// (`Stand: 03. Februar 2025, 12:05 Uhr`, `Fr., 14.03.2025 | Lesezeit 4
/// Min.`): the line says when the article appeared and nothing else.
const DATELINE_WORDS: &[&str] = &[
    "stand",
    "aktualisiert",
    "veröffentlicht",
    "erschienen",
    "erstellt",
    "publiziert",
    "geändert",
    "zuletzt",
    "update",
    "updated",
    "published",
    "am",
    "um",
    "uhr",
    "vom",
    "on",
    "at",
    "lesezeit",
    "min",
    "minuten",
    "cet",
    "cest",
    "mez",
    "mesz",
];

/// A stand-alone dateline of the article: a calendar date (maybe with a
/// time) and only words of [`DATELINE_WORDS`] around it. It is a credit,
/// as the byline beside it; read as running text it would be body, and
/// read as digits and signs, boilerplate.
fn dateline(t: &str, info: &LineInfo, dates: &DatePatterns) -> bool {
    let t = t.trim();
    if info.chars > 100 || info.sentence_end {
        return false;
    }
    let reading_time = t.to_lowercase().contains("lesezeit");
    // `4 Min. Lesezeit` is no relative stamp (`vor 4 Min.`): the date is
    // looked for in the rest.
    let dated = if reading_time {
        t.split(['·', '|', '•'])
            .filter(|f| !f.to_lowercase().contains("lesezeit"))
            .collect::<Vec<_>>()
            .join("|")
    } else {
        t.to_string()
    };
    let Some(stamp) = dates.find(&dated) else {
        return false;
    };
    if !matches!(stamp.when, When::Absolute { .. }) {
        return false;
    }
    let (before, after) = (&dated[..stamp.start], &dated[stamp.end..]);
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| c.is_whitespace() || ",.:;|·•–-()/".contains(c))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (head, tail) = (words(before), words(after));
    let lower: Vec<String> = head.iter().chain(&tail).map(|w| w.to_lowercase()).collect();
    let credited = lower.iter().any(|w| CREDIT_WORDS.contains(&w.as_str()));
    let plain = |w: &str| {
        DATELINE_WORDS.contains(&w)
            || WEEKDAYS.contains(&w)
            || (reading_time && w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
            || w.chars().all(|c| !c.is_alphanumeric())
    };
    // The byline beside the date (`Von Timo Hagedorn und Nadine A. ·
    // <date>`, `<date> | Text und Foto: Ursula Bernhardt`, `<date> –
    // Redaktion Talportal (fw)`): names and credit words may stand there.
    let name = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let byline_word = |(w, l): (&String, &String)| {
        plain(l)
            || (credited
                && (CREDIT_WORDS.contains(&l.as_str()) || name(w) || l.chars().count() <= 3))
    };
    // Or the author's name alone before it (`Michael Greiderer
    // 03.12.2025 · 16:20 Uhr`).
    let named = (2..=3).contains(&head.len())
        && head
            .iter()
            .all(|w| name(w) && w.chars().all(char::is_alphabetic))
        && tail.iter().all(|w| plain(&w.to_lowercase()));
    named || head.iter().chain(&tail).zip(&lower).all(byline_word)
}

/// Words of a byline that may stand beside an article's date.
const CREDIT_WORDS: &[&str] = &[
    "von",
    "und",
    "text",
    "texte",
    "foto",
    "fotos",
    "bild",
    "bilder",
    "redaktion",
    "autor",
    "autorin",
    "by",
];

/// Two or more short lines opening with a link arrow (`» Stadtrat
/// beschließt Haushalt`, `→ Mehr zum Thema`) are a list of links, and the
/// short unpunctuated line right above them is its title.
fn bulleted_links(lines: &[&str], infos: &[LineInfo], labels: &mut [Option<LineLabel>]) {
    let arrow = |labels: &[Option<LineLabel>], i: usize| {
        labels[i].is_none()
            && infos[i].chars <= 120
            && ["» ", "› ", "→ ", "▸ ", "> "]
                .iter()
                .any(|a| lines[i].trim_start().starts_with(a))
    };
    let mut i = 0;
    while i < lines.len() {
        let run = (i..lines.len()).take_while(|&k| arrow(labels, k)).count();
        if run < 2 {
            i += 1;
            continue;
        }
        labels[i..i + run].fill(Some(LineLabel::Boilerplate));
        if i > 0 && labels[i - 1].is_none() && infos[i - 1].words <= 6 && !infos[i - 1].sentence_end
        {
            labels[i - 1] = Some(LineLabel::Boilerplate);
        }
        i += run;
    }
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

/// An author's bare name right above the article's dateline or another
/// credit (`Lena Vogt` over `27.11.2024 – 06:00 Uhr`) is the byline.
fn names_over_credits(lines: &[&str], infos: &[LineInfo], labels: &mut [Option<LineLabel>]) {
    for i in (0..lines.len().saturating_sub(1)).rev() {
        if labels[i].is_none()
            && labels[i + 1] == Some(LineLabel::Credit)
            && !infos[i + 1].photo_credit
            && person_name(lines[i])
        {
            labels[i] = Some(LineLabel::Credit);
        }
    }
}

/// Two to four capitalised words of letters (`Magdalena Hörbiger`, `Jana
/// M. Wöllner`), nothing else.
fn person_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .skip(1)
                    .all(|c| c.is_lowercase() || c == '.' || c == '-')
        })
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
    dates: &DatePatterns,
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
        if hints.is_none() {
            vertical_menu(lines, infos, labels, &mut rest);
        }
        section_label(lines, infos, labels, &mut rest);
    }
    if let (false, Some((&i, tail))) = (has_heading, rest.split_first()) {
        if headline_like(lines[i], &infos[i]) && !tail.is_empty() {
            labels[i] = Some(LineLabel::Headline);
            rest = tail;
            second_headline_line(lines, infos, labels, i, &mut rest, dates);
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

/// Names of newspaper sections (Ressorts) as they stand over a headline.
const SECTION_WORDS: &[&str] = &[
    "politik",
    "wirtschaft",
    "meinung",
    "panorama",
    "sport",
    "kultur",
    "lokales",
    "lokal",
    "region",
    "regional",
    "regionales",
    "wissen",
    "wissenschaft",
    "leben",
    "reise",
    "digital",
    "netzwelt",
    "auto",
    "mobilität",
    "gesundheit",
    "karriere",
    "finanzen",
    "geld",
    "feuilleton",
    "gesellschaft",
    "international",
    "ausland",
    "inland",
    "deutschland",
    "österreich",
    "schweiz",
    "welt",
    "news",
    "nachrichten",
    "aktuell",
    "aktuelles",
    "live",
    "liveblog",
    "ticker",
    "kommentar",
    "kolumne",
    "video",
    "videos",
    "podcast",
    "ratgeber",
    "verbraucher",
    "service",
    "wetter",
    "stadt",
    "bildung",
    "technik",
    "medien",
    "immobilien",
    "familie",
    "vermischtes",
    "leute",
    "stars",
    "chronik",
    "blaulicht",
    "polizei",
    "fußball",
    "housing",
    "politics",
    "business",
    "sports",
    "culture",
    "opinion",
    "world",
    "local",
];

/// A kicker over the headline, or a headline over its second line
/// (`Heizungsförderung` / `Zehntausende Anträge …`): two headline lines
/// with nothing between them. `i` is the headline found, `rest` the lines
/// after it.
fn second_headline_line(
    lines: &[&str],
    infos: &[LineInfo],
    labels: &mut [Option<LineLabel>],
    i: usize,
    rest: &mut &[usize],
    dates: &DatePatterns,
) {
    // A second line only where more follows (a teaser or the body).
    if let [j, _, ..] = *rest {
        let t = lines[*j].trim();
        let shouting = t.chars().any(char::is_alphabetic) && !t.chars().any(char::is_lowercase);
        let kicker = infos[i].words <= 3;
        if *j == i + 1
            && headline_like(lines[*j], &infos[*j])
            && infos[*j].words <= 15
            && (!infos[*j].sentence_end || shouting || (kicker && t.ends_with('?')))
            && !t.contains(['·', '|'])
            && dates.find(t).is_none()
        {
            labels[*j] = Some(LineLabel::Headline);
            *rest = &rest[1..];
        }
    }
}

/// Fewest items of a menu printed one per line.
const MIN_MENU_ITEMS: usize = 4;

/// Lines of the site's name and motto that may stand over a menu.
const MAX_MASTHEAD_LINES: usize = 2;

/// A menu printed one item per line at the top of a text page
/// (`Nachrichten` / `Hessen` / `Wetter` / `Sport` / …, often ending in a
/// breadcrumb): four or more short lines of at most three words and no
/// sentence, at the head of `rest` (under the site's name and motto, if
/// any) and above longer text. Boilerplate with the masthead, and taken
/// off; the headline is the first line after them.
fn vertical_menu(
    lines: &[&str],
    infos: &[LineInfo],
    labels: &mut [Option<LineLabel>],
    rest: &mut &[usize],
) {
    let item = |i: usize| {
        infos[i].words <= 3 && infos[i].chars <= 30 && !infos[i].sentence_end && {
            let t = lines[i].trim();
            !t.ends_with(['?', '!', ':'])
        }
    };
    let masthead = |i: usize| infos[i].words <= 8 && !infos[i].sentence_end;
    for from in 0..=MAX_MASTHEAD_LINES.min(rest.len()) {
        let run = rest[from..].iter().take_while(|&&i| item(i)).count();
        if run >= MIN_MENU_ITEMS && from + run < rest.len() {
            for &i in &rest[..from + run] {
                labels[i] = Some(LineLabel::Boilerplate);
            }
            *rest = &rest[from + run..];
            return;
        }
        if from < rest.len() && !masthead(rest[from]) {
            return;
        }
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
    let t = lines[i].trim();
    let lower = t.to_lowercase();
    // A kicker (`Heizungsförderung`, `Trainerwechsel`) is part of the
    // headline; a section's name, a labelled field, a word in capitals or
    // a breadcrumb is not.
    let section = k != i + 1
        || SECTION_WORDS.contains(&lower.trim_matches(|c: char| !c.is_alphanumeric()))
        || t.contains(':')
        || !t.chars().any(char::is_lowercase)
        || t.contains(['·', '|', '›', '»']);
    let label_like = infos[i].words <= 2 || (infos[i].words <= 3 && t.contains(':'));
    if label_like
        && section
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
        let got = label(&lines, &infos, None, &DatePatterns::new());
        assert_eq!(got[0], LineLabel::Boilerplate);
        assert_eq!(got[1], LineLabel::Boilerplate);
        assert_eq!(got[6], LineLabel::Headline);
        assert!(menu_like(lines[4], &infos[4]));
        assert!(!menu_like(lines[7], &infos[7]));
    }

    /// The labels of a text page's editorial `lines`.
    fn labels_of(lines: &[&str]) -> Vec<LineLabel> {
        let p = LinePatterns::new();
        let infos: Vec<LineInfo> = lines.iter().map(|l| p.info(l)).collect();
        label(lines, &infos, None, &DatePatterns::new())
    }

    /// A menu printed one item per line above the article is furniture;
    /// the headline is the line under it.
    #[test]
    fn a_menu_one_item_per_line() {
        let lines = [
            "Direkt zum Inhalt",
            "Nachrichten",
            "Hessen",
            "Wetter",
            "Sport",
            "Wolf",
            "Wieder Schafe gerissen: Schäfer fordern Abschuss",
            "Auf einer Weide sind elf Schafe getötet worden. Der Verdacht fällt auf einen Wolf.",
            "Der Schäfer hat die toten Tiere am Morgen entdeckt. Die Herde war mit einem Zaun gesichert.",
        ];
        let got = labels_of(&lines);
        assert!(
            got[..6].iter().all(|l| *l == LineLabel::Boilerplate),
            "{got:?}"
        );
        assert_eq!(got[6], LineLabel::Headline);
        assert_eq!(got[7], LineLabel::Teaser);
        // Under the site's name and motto too.
        let mastheaded = [
            &[
                "hochrhein-netz.de",
                "Ihr Nachrichtenportal für den Landkreis",
            ],
            &lines[..],
        ]
        .concat();
        let got = labels_of(&mastheaded);
        assert!(
            got[..8].iter().all(|l| *l == LineLabel::Boilerplate),
            "{got:?}"
        );
        assert_eq!(got[8], LineLabel::Headline);
        // Three short lines are a kicker and a headline, not a menu.
        let short = [&lines[3..5], &lines[6..]].concat();
        let got = labels_of(&short);
        assert_ne!(got[1], LineLabel::Boilerplate, "{got:?}");
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
        use LineLabel::*;
        assert_eq!(
            labels_of(&page),
            vec![Headline, Blank, Teaser, Blank, Body, Credit]
        );
    }

    /// A kicker over the headline is headline, a section name is not; a
    /// bare name over the dateline is the byline, the dateline a credit;
    /// a list of arrowed links and its title are furniture.
    #[test]
    fn kicker_byline_dateline_and_link_list() {
        use LineLabel::*;
        let lp = LinePatterns::new();
        let dates = DatePatterns::new();
        let page = [
            "Heizungsförderung",
            "Zehntausende Anträge liegen unbearbeitet",
            "Wer eine neue Heizung fördern lassen will, braucht Geduld.",
            "",
            "Lena Vogt",
            "Fr., 14.03.2025, 09:30 Uhr",
            "",
            "Bei der Förderbank stapeln sich die Anträge. Das Portal hakt.",
            "",
            "Weitere Nachrichten aus der Stadt",
            "» Neue Kita im Westviertel",
            "» Stadtrat beschließt Haushalt 2025",
        ];
        let infos: Vec<_> = page.iter().map(|l| lp.info(l)).collect();
        let got = label(&page, &infos, None, &dates);
        assert_eq!(
            got,
            vec![
                Headline,
                Headline,
                Teaser,
                Blank,
                Credit,
                Credit,
                Blank,
                Body,
                Blank,
                Boilerplate,
                Boilerplate,
                Boilerplate
            ]
        );
        // A section's name over the headline stays furniture.
        let mut page = page;
        page[0] = "Politik";
        let infos: Vec<_> = page.iter().map(|l| lp.info(l)).collect();
        assert_eq!(
            label(&page, &infos, None, &dates)[..3],
            [Boilerplate, Headline, Teaser]
        );
        // Running text with a date in it is no dateline.
        assert!(!dateline(
            "Am 14.03.2025 beginnt der Umbau",
            &lp.info("Am 14.03.2025 beginnt der Umbau"),
            &dates
        ));
        assert!(dateline(
            "Stand: 03. Februar 2025, 12:05 Uhr",
            &lp.info("Stand: 03. Februar 2025, 12:05 Uhr"),
            &dates
        ));
    }

    /// `unseen16`: bylines printed beside the date are credits too, and a
    /// reading time is no relative stamp; a headline with a date is not.
    #[test]
    fn bylines_beside_the_date() {
        let lp = crate::segment::lines::LinePatterns::new();
        let dates = DatePatterns::new();
        let is = |t: &str| dateline(t, &lp.info(t), &dates);
        assert!(is("12.03.2026, 06:30 Uhr · 4 Min. Lesezeit"));
        assert!(is("Von Timo Hagedorn und Nadine Aschenbrenner · 29.09.2025, 00:45 Uhr · aktualisiert 08:10 Uhr"));
        assert!(is("Michael Greiderer 03.12.2025 · 16:20 Uhr"));
        assert!(is(
            "Dienstag, 2. September 2025 – Redaktion Schwarzachtal-Portal (fw)"
        ));
        assert!(is("24.10.2025 | Text und Foto: Ursula Bernhardt"));
        assert!(!is("Stichwahl am 12. Oktober"));
        assert!(!is("Wahlparty im Rathaus am 28.09.2025"));
        assert!(!is("Am 14.03.2025 beginnt der Umbau"));
    }
}
