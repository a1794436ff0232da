//! Header stacks: comment widgets, forum software and app exports print a
//! comment's header as a column of short lines (an initials avatar or a
//! `level 2` marker, the user name, a display name, a badge such as
//! `Abonnentin` or `Community-Experte`, a `↩ parent` line) ending in the
//! stamp, with the text right under it. Which of those lines a site prints
//! varies from comment to comment, so a stack is reduced to its name and
//! stamp: its shape is that of a plain `Name` / `stamp` header, and stacks
//! of three, four or five lines pair with each other and with two-line
//! headers of the same page.

use super::{
    ends_with_initial, is_name_token, is_section_marker, name_and_stamp, reply_line, Candidate,
    Shape, NESTED_ARROWS, REPLY_ARROWS,
};
use crate::segment::dates::DatePatterns;
use crate::segment::lines::LineInfo;

/// Most lines a stack may have above its stamp line.
const MAX_ABOVE_STAMP: usize = 5;

/// Longest line (in characters) that may sit in a stack.
const MAX_STACK_CHARS: usize = 60;

/// Whether a line may sit in a header stack: short, no sentence (an
/// initial such as `Tobias R.` is no sentence).
fn stackable(t: &str, info: &LineInfo) -> bool {
    !info.blank
        && info.chars <= MAX_STACK_CHARS
        // Words, not separators: `Geschäftsführer · Haller Spedition GmbH & Co. KG`.
        && t.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
            <= 6
        && (!info.sentence_end || ends_with_initial(t))
}

/// An avatar printed as the user's initials (`MK`, `H`): one to three
/// capital letters on their own line.
fn is_avatar(t: &str) -> bool {
    let n = t.chars().count();
    (1..=3).contains(&n)
        && t.starts_with(char::is_uppercase)
        && t.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The name a stack line gives, if it is the commenter's name line: a
/// name-only shape (maybe with a reply arrow and its target), not an
/// avatar and not UI vocabulary (`Avatar`).
fn name_line<'a>(t: &str, info: &LineInfo, shape: Option<&'a Shape>) -> Option<&'a Shape> {
    let s = shape.filter(|s| s.name_only && s.name.is_some())?;
    (!is_avatar(t) && !info.ui && info.boiler == 0).then_some(s)
}

/// A stack line that only says whom the comment answers (`↩ tobias_r`,
/// `Antwort auf Anna`).
fn reply_target(t: &str) -> Option<String> {
    if t.starts_with(REPLY_ARROWS) {
        return name_after(t, REPLY_ARROWS);
    }
    reply_line(t)
}

/// The one to four name words after an arrow of `arrows` opening `t`.
fn name_after(t: &str, arrows: &[char]) -> Option<String> {
    let rest = t.strip_prefix(arrows)?.trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let named = (1..=4).contains(&words.len()) && words.iter().all(|w| is_name_token(w));
    named.then(|| rest.to_string())
}

/// The stamp's class in a stamp line's shape, without the weekday or
/// connectors around it (`wd <dm t:>` → `<dm t:>`): stacks of one page
/// print `Do., 12.03. · 06:48` and `gestern · 22:10` alike.
pub(super) fn stamp_part(sig: &str) -> &str {
    match (sig.find('<'), sig.rfind('>')) {
        (Some(a), Some(b)) if a < b => &sig[a..=b],
        _ => sig,
    }
}

/// Whether a stack may start at line `i`: the line before it ends a block
/// (blank, a sentence, the previous comment's action row or the comment
/// section's title), so a stack is never the tail of a longer column.
/// A stamp line is no block end: the stack would be a comment's text.
fn starts_here(i: usize, lines: &[&str], infos: &[LineInfo], dates: &DatePatterns) -> bool {
    i == 0 || {
        let (t, info) = (lines[i - 1].trim(), &infos[i - 1]);
        info.blank
            || ((info.ui || !stackable(t, info) || is_section_marker(t, info))
                && dates.find(t).is_none())
    }
}

/// A line printed over the name in a stack: an avatar's initials, a
/// thread level (`level 2`, `Ebene 3`), or a badge behind a symbol (`✓
/// Hilfreichste Antwort`) — not a line of text.
fn is_lead(t: &str) -> bool {
    is_avatar(t) || level_of(t).is_some() || t.chars().next().is_some_and(|c| !c.is_alphanumeric())
}

/// The number of a thread-level line (`level 2`, `Ebene 3`): a word and a
/// small number.
fn level_of(t: &str) -> Option<u32> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let [word, n] = words[..] else {
        return None;
    };
    let n: u32 = n.parse().ok().filter(|n| (1..=20).contains(n))?;
    word.chars().all(char::is_alphabetic).then_some(n)
}

/// The header stack starting at line `i`, if there is one of three or more
/// lines: short lines, one of them the name, then a stamp-only line (and a
/// second short stamp line such as `· edited 11 hr. ago`), then text.
pub(super) fn stack_at(
    i: usize,
    lines: &[&str],
    infos: &[LineInfo],
    shapes: &[Option<Shape>],
    dates: &DatePatterns,
) -> Option<Candidate> {
    if !starts_here(i, lines, infos, dates) {
        return None;
    }
    let mut author: Option<&Shape> = None;
    let mut reply_to = None;
    let mut j = i;
    while j < lines.len() && j - i <= MAX_ABOVE_STAMP {
        let t = lines[j].trim();
        let shape = shapes[j].as_ref();
        if shape.is_some_and(|s| s.stamp_only) {
            break;
        }
        // Under the name, a forum's profile card (`Beiträge: 1.203`,
        // `Dabei seit: 03/2008`, `Aus: Bruneck`) over the post's stamp.
        if author.is_some() && super::profile_card_field(t) {
            j += 1;
            continue;
        }
        // Furniture (`Kommentar melden`, `Leserkommentare`, a credit)
        // ends the previous block; it is no part of a header.
        let info = &infos[j];
        // Under the name, a badge may use the same words (`★ Top-Kommentar`),
        // and profile fields between separators (`Privat · Aktiv seit 2019 ·
        // ★ Top-Zufriedenheit`) look like a menu without being one.
        let profile = author.is_some() && crate::segment::lines::is_nav(t);
        // Under the name, a staff line reads like a byline (`Autorin ·
        // Redaktion Wissenspuls`) and is the header's.
        let furniture = (info.ui && !profile)
            || (info.credit && author.is_none())
            || (author.is_none() && (info.boiler > 0 || is_section_marker(t, info)));
        // `Antwort an Petra` over the name: the reply line leads the stack.
        // So does `↳ Petra` right over a name line: the arrow that else
        // marks a reply's author names its target there.
        let name_below = || {
            let k = j + 1;
            k < lines.len()
                && !super::is_badge_line(lines[k])
                && name_line(lines[k].trim(), &infos[k], shapes[k].as_ref()).is_some()
        };
        let leading_reply = (author.is_none() && j == i)
            .then(|| {
                reply_target(t).or_else(|| name_after(t, NESTED_ARROWS).filter(|_| name_below()))
            })
            .flatten();
        let name = (author.is_none() && leading_reply.is_none())
            .then(|| name_line(t, info, shape))
            .flatten();
        // One line at most above the name: an avatar, a `level 2` marker.
        let lead =
            author.is_none() && name.is_none() && leading_reply.is_none() && (j > i || !is_lead(t));
        if !stackable(t, info) || furniture || lead || dates.find(t).is_some() {
            return None;
        }
        match name {
            Some(s) => author = Some(s),
            None => reply_to = reply_to.or(leading_reply).or_else(|| reply_target(t)),
        }
        j += 1;
    }
    let author = author?;
    let stamp = shapes.get(j).and_then(Option::as_ref)?;
    if j - i < 2 || !stamp.stamp_only {
        return None;
    }
    let end = text_after_stamp(j, lines, infos, dates)?;
    let sig = format!("{} / {}", author.sig, stamp_part(&stamp.sig));
    let mut c = name_and_stamp(i, author, stamp, sig, author.nested);
    c.len = end - i;
    c.reply_to = author.reply_to.clone().or(reply_to);
    c.level = level_of(lines[i].trim());
    Some(c)
}

/// The line where a stacked header's comment text starts, given its
/// stamp line `j`: past an `· edited 11 hr. ago` line under the stamp;
/// none when no text follows (a blank line or the page's end).
fn text_after_stamp(
    j: usize,
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) -> Option<usize> {
    let mut end = j + 1;
    if lines.get(end).is_some_and(|t| {
        let t = t.trim();
        t.chars().count() <= 40 && t.split_whitespace().count() <= 5 && dates.find(t).is_some()
    }) {
        end += 1;
    }
    infos.get(end).is_some_and(|n| !n.blank).then_some(end)
}

#[cfg(test)]
mod tests {
    use crate::segment::dates::DatePatterns;
    use crate::segment::header::find_headers;
    use crate::segment::lines::{LineInfo, LinePatterns};

    /// A display name may end in emoji (`Hafenkante 🚲`) or carry a
    /// gendered role in brackets (`Fragesteller/in`); both stay headers.
    #[test]
    fn emoji_after_a_name_and_gendered_roles() {
        let lines = [
            "12 Antworten",
            "Ute Brenner",
            "@ute@norden.social",
            "9. Feb. 2025, 18:42",
            "Da bin ich fast in den Mast gefahren.",
            "↩ 1   🔁 2   ⭐ 7",
            "Hafenkante 🚲",
            "@hafenkante@radfahren.social",
            "9. Feb. 2025, 19:03",
            "Klassiker, bei uns auch.",
            "↩ 0   🔁 5   ⭐ 14",
            "Balkonblume_22 (Fragesteller/in)",
            "@balkon@mastodon.example.de",
            "9. Feb. 2025, 19:20",
            "Danke euch!",
        ];
        let got = headers(&lines);
        let authors: Vec<_> = got.iter().map(|h| h.2.as_deref()).collect();
        assert_eq!(
            authors,
            [
                Some("Ute Brenner"),
                Some("Hafenkante 🚲"),
                Some("Balkonblume_22")
            ]
        );
    }

    /// `↳ Name` right over a name line names the target; over a staff
    /// badge it is the replier's own name.
    #[test]
    fn an_arrow_over_a_name_names_the_target() {
        let lines = [
            "Kommentare (3)",
            "",
            "Borkenfelder_Jung",
            "Fan von Eintracht Borkenfeld",
            "Sa, 07.03. 22:41",
            "Endlich!!! Hat viel zu lange gedauert.",
            "👍 42   Antworten   Melden",
            "",
            "↳ Borkenfelder_Jung",
            "Heddinghausen_Ultra",
            "Fan von SV Heddinghausen",
            "Sa, 07.03. 22:55",
            "Sagt ihr jetzt, letzten Sommer habt ihr ihn noch gefeiert.",
            "👍 8   Antworten   Melden",
            "",
            "↳ Sportredaktion",
            "Redaktion",
            "Fan von nichts",
            "Sa, 07.03. 23:10",
            "Bitte bleibt sachlich.",
            "👍 3   Antworten   Melden",
        ];
        let got = headers(&lines);
        let who: Vec<_> = got
            .iter()
            .map(|h| (h.2.as_deref(), h.3.as_deref()))
            .collect();
        assert_eq!(
            who[1],
            (Some("Heddinghausen_Ultra"), Some("Borkenfelder_Jung"))
        );
        assert_eq!(who[2].0, Some("Sportredaktion"));
    }

    fn headers(lines: &[&str]) -> Vec<(usize, usize, Option<String>, Option<String>)> {
        let lp = LinePatterns::new();
        let infos: Vec<LineInfo> = lines.iter().map(|l| lp.info(l)).collect();
        find_headers(lines, &infos, &DatePatterns::new())
            .into_iter()
            .map(|h| (h.line, h.len, h.author, h.reply_to))
            .collect()
    }

    /// `unseen39`: an old board's profile card under the name (rank,
    /// post count, join date, place) over `Geschrieben am: <stamp>` and a
    /// bare post number; the links under a post (`Profil PN Melden`) are
    /// no name.
    #[test]
    fn profile_cards_over_a_labelled_stamp() {
        let lines = [
            "Forum",
            "",
            "Luis_B",
            "Gipfelstürmer",
            "Beiträge: 1.203",
            "Dabei seit: 03/2008",
            "Aus: Bruneck",
            "Geschrieben am: 02.08.2025 um 19:02:41",
            "#1",
            "Das ist ein Text über den See, der lang genug ist.",
            "nach oben",
            "Profil PN Melden",
            "Gast",
            "nicht registriert",
            "Geschrieben am: 02.08.2025 um 20:15:09",
            "#2",
            "Und was ist mit Leuten, die mit dem Bus kommen?",
            "nach oben",
        ];
        let got = headers(&lines);
        assert_eq!(
            got.iter()
                .map(|h| (h.0, h.1, h.2.as_deref()))
                .collect::<Vec<_>>(),
            [(2, 7, Some("Luis_B")), (12, 4, Some("Gast"))]
        );
    }

    /// `unseen39`: an avatar may draw a handle's digit beside its first
    /// letter (`V8` over `Vogtländer85`); a number alone is no avatar.
    #[test]
    fn avatars_with_a_digit() {
        assert!(super::is_avatar("V8"));
        assert!(super::is_avatar("GW"));
        assert!(!super::is_avatar("85"));
        assert!(!super::is_avatar("8V"));
        assert!(crate::segment::header::is_avatar_letters("V8"));
        assert!(!crate::segment::header::is_avatar_letters("12"));
    }

    /// Profile fields under the name that read like a menu (`Privat ·
    /// Aktiv seit 2019 · ★ Top-Zufriedenheit`) stay in the stack.
    #[test]
    fn profile_fields_under_the_name() {
        let lines = [
            "Kommentare",
            "",
            "Trödelkiste_KA",
            "Privat · Aktiv seit 2019 · ★ Top-Zufriedenheit",
            "02.04.25, 14:03",
            "Ich verkaufe ab und zu Schallplatten.",
            "Hilfreich (5)   Antworten",
            "",
            "vinyl_vince",
            "Privat · Aktiv seit 2016",
            "02.04.25, 15:20",
            "Warensendung geht nicht.",
        ];
        let got = headers(&lines);
        assert_eq!(
            got.iter().map(|h| (h.0, h.1)).collect::<Vec<_>>(),
            [(2, 3), (8, 3)]
        );
    }

    /// A staff line under the name reads like a byline (`Autorin ·
    /// Redaktion …`) and still belongs to the stack.
    #[test]
    fn staff_line_under_the_name() {
        let lines = [
            "Leserkommentare",
            "Rainer Vogt",
            "Do., 22.01.2026 · 08:14",
            "Ich faste seit drei Jahren und habe es durchgehalten.",
            "Hilfreich (31) · Antworten · Melden",
            "Jana_K",
            "Do., 22.01.2026 · 09:05",
            "Schade, dass nur ein Jahr untersucht wurde.",
            "Hilfreich (12) · Antworten · Melden",
            "Miriam Schaller",
            "Autorin · Redaktion Gesundheit",
            "Do., 22.01.2026 · 11:03",
            "Die Studie bestätigt, was kleinere Studien schon zeigten.",
            "Hilfreich (26) · Antworten · Melden",
        ];
        let got = headers(&lines);
        assert_eq!(
            got.iter().map(|h| (h.0, h.1)).collect::<Vec<_>>(),
            [(1, 2), (5, 2), (9, 3)]
        );
    }

    /// Stacks of three to five lines (avatar initials, name, badge, reply
    /// line, stamp) pair with each other and with a two-line header; the
    /// badge is not the name, the initials are not the previous text.
    #[test]
    fn stacks_of_any_height_are_one_pattern() {
        let lines = [
            "Leserkommentare (4)",
            "",
            "TB",
            "Tanja Brück",
            "Abonnentin",
            "Mo., 04.05. · 09:12",
            "Die Umleitung über die Ringstraße ist eine Zumutung.",
            "♡ 7   Antworten",
            "",
            "ok_oskar",
            "Oskar Kühne",
            "↩ Tanja Brück",
            "Mo., 04.05. · 09:40",
            "Ist doch nur für drei Wochen.",
            "3 ❤   Antworten",
            "",
            "Feldweg_Fred",
            "Mo., 04.05. · 10:02",
            "Wir im Dorf fahren seit Jahren Umwege.",
            "",
            "H",
            "hanna_h",
            "★ Top-Kommentar",
            "Di., 05.05. · 07:30",
            "Bitte an die Radfahrer denken!",
        ];
        let got = headers(&lines);
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            got,
            [
                (2, 4, s("Tanja Brück"), None),
                (9, 4, s("ok_oskar"), s("Tanja Brück")),
                (16, 2, s("Feldweg_Fred"), None),
                (20, 4, s("hanna_h"), None),
            ]
        );
    }

    /// Furniture over a name (`Kommentar melden`, the section title, a
    /// credit) is no part of its header.
    #[test]
    fn furniture_is_no_part_of_a_stack() {
        let lines = [
            "See wieder offen",
            "Nach der Blaualgenblüte darf wieder gebadet werden.",
            "",
            "Der See ist wieder freigegeben.",
            "Das Gesundheitsamt hat Proben genommen.",
            "Text: Jonas Reh",
            "Kommentare",
            "anna_k",
            "03.05.2026 09:41",
            "Endlich!",
            "Kommentar melden",
            "Bernd",
            "03.05.2026 10:15",
            "Wurde auch Zeit.",
        ];
        let got = headers(&lines);
        let s = |x: &str| Some(x.to_string());
        assert_eq!(got, [(7, 2, s("anna_k"), None), (11, 2, s("Bernd"), None)]);
    }
}
