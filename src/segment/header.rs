//! Comment-header inference from line shapes (`crate::segment` step 2).
//!
//! Each short line is abstracted into a shape: runs of name-like tokens
//! become `N`, the date/time stamp becomes its class (`<dmy2 t:>`), speech
//! verbs (`sagt:`) become `K`, separators stay literal. A header may also
//! span two lines (a name line over a stamp line). The shape that repeats
//! most (or a single one with strong cues: `sagt:`, a relative time, a
//! comment-section marker above it) is the page's header pattern; only
//! lines of that exact shape are headers, so a quoted `J. Franke 5.11.
//! 17.40` inside a thread of `Name 06.11.24 08:10` headers stays text.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

mod repeat;
mod stack;

use super::dates::{DatePatterns, Stamp, When, WEEKDAYS};
use super::lines::{is_post_number, LineInfo};

/// Lines longer than this are never headers.
const MAX_HEADER_CHARS: usize = 120;
/// A role note and a reply target may take a header past the bound
/// (`Kommentar von Dr. Henning Rabe (Mannschaftsführer 1. Mannschaft) als
/// Antwort auf Jannik Oster — <stamp>`); the rest must keep to it.
const MAX_NOTED_HEADER_CHARS: usize = MAX_HEADER_CHARS * 3 / 2;

/// Tokens that never occur in a commenter's name but do occur in editorial
/// datelines (`Aktualisiert am 05.11.2024, 14:03 Uhr`).
const NOT_NAME: &[&str] = &[
    "aktualisiert",
    "veröffentlicht",
    "stand",
    "update",
    "erschienen",
    "zuletzt",
    "foto",
    "fotos",
    "bild",
    "quelle",
    "seit",
    "bis",
    "datum",
    "zeit",
    "uhr",
    "heute",
    "gestern",
    "am",
    "um",
    "kommentar",
    "kommentare",
    "antworten",
    "beitrag",
    "geändert",
    "erstellt",
    "vom",
    "ab",
    "artikel",
    "ausgabe",
    "seite",
    "lesezeit",
    "minuten",
    "nr",
    "posting",
    "postings",
    "mehr",
    "und",
    "der",
    "die",
    "das",
    "den",
    "in",
    "im",
    "mit",
    "für",
    "ist",
    "wird",
];

/// Labels of the date a user joined, in a forum's profile card beside a
/// post (`Registriert: Sa 14. Okt 2006`, or `Registriert` over
/// `12.03.2017` in XenForo's pairs): the member's date, not a post's, and
/// no commenter's name. Header shapes read the one-word labels as words;
/// HTML items match every label at a line's start.
pub(crate) const JOIN_LABELS: &[&str] = &[
    "registriert",
    "registriert seit",
    "registriert am",
    "mitglied seit",
    "dabei seit",
    "beigetreten",
    "angemeldet seit",
    "anmeldedatum",
    "joined",
    "registered",
    "member since",
];

/// Labels of the fields of a forum's profile card beside or over a post
/// (`Beiträge: 1.203`, `Dabei seit: 03/2008`, `Wohnort: Grimma`).
const PROFILE_LABELS: &[&str] = &[
    "beiträge",
    "posts",
    "postings",
    "registriert",
    "registriert seit",
    "dabei seit",
    "mitglied seit",
    "angemeldet seit",
    "wohnort",
    "aus",
    "herkunft",
    "rang",
    "status",
    "joined",
    "location",
];

/// Whether a line is one labelled field of a profile card (see
/// [`PROFILE_LABELS`]).
pub(super) fn profile_card_field(t: &str) -> bool {
    t.split_once(':').is_some_and(|(label, value)| {
        PROFILE_LABELS.contains(&label.trim().to_lowercase().as_str())
            && !value.trim().is_empty()
            && value.split_whitespace().count() <= 4
    })
}

/// Speech verbs that follow a commenter's name (`Anna sagt:`), in the
/// present and the past tense (`Anna kommentierte vor 3 Tagen`): sites
/// print either, and the verb marks the line as a header the same way.
const SPEECH: &[&str] = &[
    "sagt",
    "sagte",
    "schreibt",
    "schrieb",
    "meint",
    "meinte",
    "kommentiert",
    "kommentierte",
    "antwortet",
    "antwortete",
    "fragt",
    "fragte",
    "says",
    "said",
    "wrote",
    "commented",
    "replied",
];

/// Words that introduce the commenter's name with `von`/`from`/`by`
/// (`Kommentar von Anna`, `Antwort von Tom`, `Gepostet von Max`).
const ROLE: &[&str] = &[
    "kommentar",
    "leserkommentar",
    "antwort",
    "beitrag",
    "gepostet",
    "geschrieben",
    "verfasst",
    "eingesandt",
    "eintrag",
    "zuschrift",
    // `Kondolenz von Anke`, `Frage von radlmax`, `Bewertung von Tom`,
    // `Reaktion von Lisa auf Dieter`.
    "kondolenz",
    "reaktion",
    "frage",
    "rückfrage",
    "nachfrage",
    "bewertung",
    "rezension",
    "comment",
    "entry",
    "post",
    "reply",
    "posted",
    "written",
];

/// A post's outline number in front of its header (`[1]`, `[1.2.1]`):
/// its depth (the number of parts, 1 for a top-level post) and the rest.
/// Consultation portals and mailing-list archives number threads so.
fn outline_number(t: &str) -> Option<(u32, &str)> {
    let inner = t.strip_prefix('[')?;
    let close = inner.find(']')?;
    let num = &inner[..close];
    let parts: Vec<&str> = num.split('.').collect();
    let ok = (1..=8).contains(&parts.len())
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit()));
    ok.then(|| (parts.len() as u32, inner[close + 1..].trim_start()))
}

/// Splits off a leading post number (`#12`) and a role prefix
/// (`Kommentar von`, `Eintrag Nr. 3 von`, `Eintrag vom`), returning the
/// tokens for them and the rest.
fn split_prefix(t: &str) -> (Vec<String>, &str) {
    let mut toks = Vec::new();
    let mut rest = t.trim_start();
    if let Some(r) = rest.strip_prefix('#') {
        let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 {
            toks.push("#".to_string());
            rest = r[digits..].trim_start_matches([':', '.', ')']).trim_start();
        }
    } else if let Some(r) = numbered_name(rest) {
        toks.push("#".to_string());
        rest = r;
    }
    if let Some((role_toks, tail)) = role_prefix(rest) {
        toks.extend(role_toks);
        rest = tail;
    }
    // A field label: `Autor: Anna | 22.11.2026`, `Von: Tom`.
    if let Some((label, tail)) = rest.split_once(':') {
        if FIELD.contains(&label.trim().to_lowercase().as_str()) && !tail.trim().is_empty() {
            toks.push("V".to_string());
            rest = tail.trim_start();
        }
    }
    (toks, rest)
}

/// The rest of `1.  Fensterplatz_Hamburg` or `1. Hubert_M`: a comment's
/// number before a name, as numbered threads print the name line (`8.  M.
/// Dahlke`). More than three words (four when the middle two are a place's
/// joining words: `4. Gastronom an der Kiellinie`) or a sentence's end (`3.
/// Wer soll das bezahlen?`) keep a numbered title; a line read so is a
/// header only where the page's other headers pair it with a stamp, as
/// every name line.
fn numbered_name(t: &str) -> Option<&str> {
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = t.get(digits..)?.strip_prefix(". ")?.trim_start();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let placed = words.len() == 4 && words[1..3].iter().all(|w| PLACE_JOINS.contains(w));
    let short = words.len() <= 3 || placed;
    let said = rest.ends_with(['!', '?', ':', ',']);
    ((1..=4).contains(&digits) && short && !said && rest.starts_with(char::is_alphanumeric))
        .then_some(rest)
}

/// `Kommentar von`, `Eintrag Nr. 3 von`, `Antwort von`, `Beitrag 3 ·`
/// before a name, or `Eintrag vom` before a stamp: the tokens for it and
/// the rest.
fn role_prefix(t: &str) -> Option<(Vec<String>, &str)> {
    let mut words = t.split_whitespace();
    let role = words.next()?.to_lowercase();
    if !ROLE.contains(&role.as_str()) {
        return None;
    }
    let mut toks = Vec::new();
    let mut next = words.next()?;
    // `Nr. 3`, `No. 3`, `#3`, `3.`: the entry's number.
    if matches!(next.to_lowercase().as_str(), "nr." | "nr" | "no." | "no") {
        next = words.next()?;
    }
    let bare = next
        .trim_start_matches('#')
        .trim_end_matches(['.', ':', ',']);
    if !bare.is_empty() && bare.chars().all(|c| c.is_ascii_digit()) {
        toks.push("#".to_string());
        next = words.next()?;
    }
    let joiner = next.to_lowercase();
    // `Beitrag 3 · Anna`: a numbered entry whose next field is the name.
    let numbered_field =
        toks.len() == 1 && joiner.chars().count() == 1 && "·•|–-:".contains(&joiner);
    let by = matches!(joiner.as_str(), "von" | "from" | "by") || numbered_field;
    // `Eintrag vom 12.11.2026`: the role word introduces the stamp.
    let dated = matches!(joiner.as_str(), "vom" | "am" | "on") && words.next().is_none();
    if !by && !dated {
        return None;
    }
    let at = t.find(next)? + next.len();
    let tail = t[at..].trim_start();
    // `Kommentar 2 von 11  Luca Brunold`: the entry's number among all,
    // and then the name.
    if toks.len() == 1 && joiner == "von" {
        if let Some((total, name)) = tail.split_once(' ') {
            if !total.is_empty() && total.chars().all(|c| c.is_ascii_digit()) {
                return Some((toks, name.trim_start()));
            }
        }
    }
    toks.push(if dated { "R" } else { "V" }.to_string());
    Some((toks, tail))
}

/// Legal forms that end an organisation's name (`Fischereigenossenschaft
/// Ditzum eG`, `NVNO Verkehrsverbund GmbH`).
const LEGAL_FORMS: &[&str] = &["eG", "e.V.", "eV", "GmbH", "gGmbH", "mbH", "AG", "KG", "UG"];

/// A rating's score (`5,0/6`, `4/5`).
fn is_score(t: &str) -> bool {
    let t = t.trim_end_matches([',', ';', '·']);
    let Some((got, of)) = t.split_once('/') else {
        return false;
    };
    let number = |n: &str, sep: bool| {
        !n.is_empty()
            && n.len() <= 4
            && n.starts_with(|c: char| c.is_ascii_digit())
            && n.chars()
                .all(|c| c.is_ascii_digit() || (sep && (c == ',' || c == '.')))
    };
    // Out of 5, 6, 10 or 100; `03/2026` is a month.
    number(got, true) && number(of, false) && of.len() <= 3
}

/// Field labels in front of a commenter's name (`Autor: Anna`).
const FIELD: &[&str] = &[
    "autor",
    "autorin",
    "verfasser",
    "verfasserin",
    "von",
    "name",
    "nutzer",
    "user",
    "benutzer",
    "by",
    "from",
    // Forums say whether the poster is registered (`Gast: Wolfgang`,
    // `Mitglied: Heidi_Fr`).
    "gast",
    "mitglied",
];

/// A comment header found on a page.
#[derive(Debug, Clone)]
pub(crate) struct Header {
    /// First line of the header.
    pub line: usize,
    /// Number of lines (1 to 3).
    pub len: usize,
    pub author: Option<String>,
    pub stamp: Option<Stamp>,
    /// The author this comment answers, when the header names it
    /// (`Sandra → Werner`).
    pub reply_to: Option<String>,
    /// A reply arrow opens the header: the comment answers the one above.
    pub nested: bool,
    /// A signature under the text (`Gerda Pfeiffer, Weststadt`): the
    /// header sits below its comment whatever follows the thread.
    pub below: bool,
    /// The thread level a stack prints over the name (`level 2`): the
    /// comment answers the last one of the level above.
    pub level: Option<u32>,
    /// The name line printed on top of the text when the header is split
    /// around it (`Jürgen Maier` / text / `Gefällt mir · Antworten ·
    /// 22.11.2026 08:12`); the header itself then sits below.
    pub top: Option<usize>,
}

/// The shape of one line, when it could be (part of) a header.
#[derive(Debug, Clone)]
pub(crate) struct Shape {
    /// Abstracted tokens joined by spaces, e.g. `N <dmy2 t:>`.
    pub sig: String,
    /// The name-token run, as printed.
    pub name: Option<String>,
    pub stamp: Option<Stamp>,
    /// Whether a speech verb (`sagt:`) is present.
    pub speech: bool,
    /// Whether a bullet/pipe separator is present.
    pub bullet: bool,
    /// Shape with name tokens only (no stamp, verb or odd tokens).
    pub name_only: bool,
    /// Shape with the stamp and connectors only.
    pub stamp_only: bool,
    /// Usable as a one-line header (one name run + stamp or verb).
    pub header_like: bool,
    /// A name after a reply arrow (`Sandra → Werner`), left out of `sig`.
    pub reply_to: Option<String>,
    /// The line ends with its stamp, so a final `.` is the stamp's
    /// (`vor 5 Min.`), not a sentence's.
    pub ends_with_stamp: bool,
    /// Besides the name, the line prints other fields (a town, a label):
    /// its separators then do not mark it as a header on their own.
    pub fields: bool,
    /// The line starts with a reply arrow (`↳ Antwort von Tom`): the
    /// comment answers the one above it.
    pub nested: bool,
    /// The depth an outline number gives (`[1.1] Tom – …` is 2).
    pub level: Option<u32>,
}

/// Arrows that embedded comment systems put between a reply's author and
/// the author it answers.
pub(crate) const REPLY_ARROWS: &[char] = &['→', '↪', '↩', '➔', '➜', '➦', '➡', '▸', '►', '⇾'];

/// Arrows printed in front of a reply's header (`↳ Antwort von Tom`).
pub(crate) const NESTED_ARROWS: &[char] = &['↳', '└', '⤷', '➥'];

/// Vote buttons in front of a link aggregator's header (`▲▼ name · 17
/// Punkte · vor 6 Stunden [–]`).
const VOTE_ARROWS: &[char] = &['▲', '▼', '△', '▽', '⬆', '⬇', '▴', '▾', '⇧', '⇩'];

/// A header without the note that its post was edited after the stamp
/// (`Birte Lorenzen · 4. März, 22:40 · bearbeitet`, `… (edited)`): a
/// mark some posts carry, not a field of the shape.
fn without_edit_note(t: &str) -> &str {
    const NOTES: &[&str] = &["bearbeitet", "editiert", "geändert", "edited"];
    let trimmed = t.trim_end();
    let inner = trimmed
        .strip_suffix(')')
        .and_then(|s| s.rsplit_once('('))
        .map(|(head, note)| (head, note.trim()));
    let sep = trimmed
        .rsplit_once(['·', '|', '•'])
        .map(|(head, note)| (head, note.trim()));
    match inner.or(sep) {
        Some((head, note)) if NOTES.contains(&note.to_lowercase().as_str()) => head.trim_end(),
        _ => t,
    }
}

/// A header without its vote buttons in front and its collapse toggle
/// (`[–]`, `[-]`, `[+]`) behind: controls, not part of its shape.
fn strip_vote_controls(t: &str) -> &str {
    let bare = t.trim_start_matches(VOTE_ARROWS);
    let t = if bare.len() < t.len() && bare.starts_with(char::is_whitespace) {
        bare.trim_start()
    } else {
        t
    };
    ["[–]", "[-]", "[+]"]
        .iter()
        .find_map(|toggle| t.strip_suffix(toggle))
        .map_or(t, str::trim_end)
}

/// What a count of a comment's votes counts: behind a header's stamp
/// (`kanalkind vor 2 Tagen 12 Likes`, Talkyard) or on a line of its own
/// among the header lines (`14 Punkte`, Commento).
pub(crate) const VOTE_UNITS: &[&str] = &[
    "punkt",
    "punkte",
    "point",
    "points",
    "like",
    "likes",
    "stimme",
    "stimmen",
    "vote",
    "votes",
    "upvotes",
    "empfehlungen",
    "zustimmungen",
];

/// A header without the vote count behind its stamp: a count, not part
/// of its shape. Only after a stamp, so that a name such as `Punkt 12`
/// or a sentence keeps its words.
fn without_trailing_votes<'a>(t: &'a str, dates: &DatePatterns) -> &'a str {
    let mut words = t.rsplitn(3, char::is_whitespace);
    let (Some(unit), Some(count), Some(rest)) = (words.next(), words.next(), words.next()) else {
        return t;
    };
    let rest = rest.trim_end().trim_end_matches(['·', '|', '•']).trim_end();
    let stamped = dates
        .find(rest)
        .is_some_and(|s| rest[s.end..].trim().is_empty());
    if stamped && is_count(&format!("{count} {unit}"), VOTE_UNITS) {
        rest
    } else {
        t
    }
}

/// Name particles that may sit inside a name run (`Thorsten aus der
/// Südstadt`, `Jan van den Berg`) although they are stop words elsewhere.
const NAME_PARTICLES: &[&str] = &["der", "den", "dem", "vom", "im"];

/// Whether a word is a social-network handle: `@name` or, on the
/// fediverse, `@name@host.tld`.
fn is_handle(w: &str) -> bool {
    let Some(rest) = w.strip_prefix('@') else {
        return false;
    };
    let (user, host) = rest.split_once('@').unwrap_or((rest, ""));
    is_plain_name_token(user)
        && (host.is_empty()
            || (host.contains('.')
                && host
                    .chars()
                    .all(|c| c.is_alphanumeric() || ".-".contains(c))))
}

/// The target of a header line that only says whom a reply answers
/// (`Antwort auf Anna Berg`, `@Anna`, `Reply to Anna`).
pub(crate) fn reply_line(t: &str) -> Option<String> {
    let rest = reply_phrase_rest(t)?;
    // Broadcasters quote the answered comment's title before its author
    // (`Antwort auf „Wer soll das bezahlen?“ von Kalle57`).
    let rest = after_quoted_title(rest).unwrap_or(rest);
    // Reader debates name the author first and quote the title after a
    // colon (`Antwort auf FinanzFuchs: „Kleine Beträge, große Wirkung“`).
    let rest = rest
        .split_once(": ")
        .filter(|(_, title)| title.starts_with(QUOTE_OPEN))
        .map_or(rest, |(name, _)| name);
    // The answered comment's time after its author (`Antwort auf
    // Lesefuchs58 vom 23.09.2025 • 18:41 Uhr`).
    let rest = [" vom ", " am "]
        .iter()
        .find_map(|w| rest.split_once(w))
        .filter(|(_, when)| when.starts_with(|c: char| c.is_ascii_digit()))
        .map_or(rest, |(name, _)| name);
    // Drupal quotes the title bare (`Als Antwort auf Gebraucht kaufen! von
    // Klaus`): the name after the last `von`, unless the whole is a name
    // (`Antwort auf Ursula von Berg`).
    let rest = without_guest_mark(rest);
    let rest = rest.as_ref();
    if let Some(name) = numbered_target(rest) {
        return Some(name);
    }
    let rest = match rest.rsplit_once(" von ") {
        Some((_, name)) if !names_only(rest) && names_only(name) => name.trim(),
        _ => rest,
    };
    let words: Vec<&str> = rest.split_whitespace().collect();
    // Telegram's `In reply to this message` names no one.
    if words
        .first()
        .is_some_and(|w| DEMONSTRATIVES.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    if let [w] = words[..] {
        // `Antwort an @carla@troet.cafe`: the handle, resolved to the
        // display name by [`resolve_handles`].
        if w.matches('@').count() == 2 && is_handle(w) {
            return Some(w.to_string());
        }
    }
    (names_only(rest) || name_from_place(rest)).then(|| {
        rest.trim_start_matches('@')
            .trim_end_matches(':')
            .to_string()
    })
}

/// A name with the place the writer gives (`Landwirt aus der Börde`,
/// `Heike aus Kassel`), which sites print as the author: a name, `aus`,
/// and up to three words of a place name ending in a capitalised one.
fn name_from_place(t: &str) -> bool {
    let Some((name, place)) = t.split_once(" aus ") else {
        return false;
    };
    let words: Vec<&str> = place.split_whitespace().collect();
    let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    names_only(name)
        && (1..=3).contains(&words.len())
        && words.last().is_some_and(capital)
        && words
            .iter()
            .all(|w| capital(w) || matches!(*w, "der" | "dem" | "den" | "am" | "im" | "an" | "bei"))
}

/// Quotation marks that open and close a quoted comment title.
const QUOTE_OPEN: &[char] = &['„', '"', '“', '«', '»', '‚', '\''];
const QUOTE_CLOSE: &[char] = &['“', '"', '”', '«', '»', '‘', '\''];

/// The title a reply line quotes instead of naming an author (`↳ Antwort
/// auf „UND DIE ELTERN?“` → `UND DIE ELTERN?`): the comment it answers is
/// the one with that subject.
pub(crate) fn quoted_reply_title(t: &str) -> Option<&str> {
    let inner = reply_phrase_rest(t.trim())?.strip_prefix(QUOTE_OPEN)?;
    let title = inner.trim_end_matches(QUOTE_CLOSE).trim();
    (!title.is_empty() && !title.contains(QUOTE_CLOSE)).then_some(title)
}

/// Phrases that open a reply line, longest first (`Antwort auf den
/// Beitrag von Anni` before `Antwort auf …`).
const REPLY_PHRASES: &[&str] = &[
    "antwort auf den beitrag von ",
    "antwort auf den kommentar von ",
    "antwort auf ",
    // A verb in front of the target (`antwortete auf Gerd H.`).
    "antwortete auf ",
    "antwortet auf ",
    "in antwort auf ",
    "als antwort auf ",
    // Letters pages (`Bezieht sich auf die Zuschrift von Gerd Albers`:
    // the name after the last `von`, see [`reply_line`]).
    "bezieht sich auf ",
    "antwort an ",
    // Social plugins (`↪ Reaktion auf Gast`).
    "reaktion auf ",
    // Luxembourgish and French (`↪ Äntwert op Carole W.`).
    "äntwert op ",
    "réponse à ",
    "reply to ",
    "replying to ",
    "@",
];

/// The target of a reply line, WordPress' sentence with its full stop
/// too (`In reply to Gabi Sautter.`); a name's own dot stays (`In reply
/// to marion k.`).
pub(crate) fn reply_sentence(t: &str) -> Option<String> {
    let t = t
        .get(..3)
        .filter(|w| w.eq_ignore_ascii_case("in "))
        .map_or(t, |_| &t[3..]);
    let initial = |b: &str| b.rsplit(' ').next().is_some_and(|w| w.chars().count() == 1);
    let t = match t.strip_suffix('.') {
        Some(bare) if !initial(bare) => bare,
        _ => t,
    };
    reply_line(t)
}

/// What follows a reply phrase on a line (see [`REPLY_PHRASES`]); an
/// arrow in front says no more than the words (`↩ Antwort an Tom`).
fn reply_phrase_rest(t: &str) -> Option<&str> {
    let bare = t
        .trim_start_matches(REPLY_ARROWS)
        .trim_start_matches(NESTED_ARROWS);
    let t = if bare.len() < t.len() && bare.starts_with(' ') {
        bare.trim_start()
    } else {
        t
    };
    let lower = t.to_lowercase();
    REPLY_PHRASES
        .iter()
        .find(|p| lower.starts_with(*p))
        .and_then(|p| t.get(p.len()..))
        .map(str::trim)
}

/// The name after a post's number and `von` (`#11 von Der alte
/// Schaffner`): the number leaves no doubt that a name follows, whatever
/// its words.
fn numbered_target(rest: &str) -> Option<String> {
    let (number, name) = rest.split_once(" von ")?;
    let words = name.split_whitespace().count();
    (is_post_number(number) && (1..=4).contains(&words) && name.starts_with(char::is_uppercase))
        .then(|| name.trim().to_string())
}

/// Words that point at a post instead of naming its author.
const DEMONSTRATIVES: &[&str] = &[
    "this", "that", "diese", "dieser", "diesen", "diesem", "dieses",
];

/// Drupal's mark after a guest's name (`Klaus (nicht überprüft)`, `Klaus
/// (not verified)`): no part of the name, and guests would otherwise have
/// a shape of their own beside the members' headers.
const GUEST_MARKS: &[&str] = &[
    " (nicht überprüft)",
    " (nicht verifiziert)",
    " (not verified)",
];

/// A name or header line without a guest mark after the name (see
/// [`GUEST_MARKS`]), wherever the mark stands in the line.
pub(crate) fn without_guest_mark(t: &str) -> std::borrow::Cow<'_, str> {
    match GUEST_MARKS.iter().find(|m| t.contains(*m)) {
        Some(m) => std::borrow::Cow::Owned(t.replacen(m, "", 1)),
        None => std::borrow::Cow::Borrowed(t),
    }
}

/// A line without the one-word badge in brackets that opens it
/// (`[B1] Mateo_R · …`, `[Lehrkraft] Annegret Saß · …`: a learner's level,
/// a role). Link and outline numbers (`[23]`, `[1.1]`) start with a digit
/// and stay.
fn without_leading_badge(t: &str) -> &str {
    let close = match t.chars().next() {
        Some('[') => ']',
        Some('(') => ')',
        _ => return t,
    };
    let Some(end) = t.find(close) else {
        return t;
    };
    let inner = &t[1..end];
    let rest = &t[end + 1..];
    let badge = inner.starts_with(char::is_alphabetic)
        && inner.chars().count() <= 20
        && !inner.contains(char::is_whitespace);
    if badge && rest.starts_with(' ') && rest.trim_start().starts_with(char::is_alphabetic) {
        rest.trim_start()
    } else {
        t
    }
}

/// Kinds of readers' posts a live ticker or a letters page prints
/// before the name, beside [`POST_KINDS`].
const READER_KINDS: &[&str] = &[
    "leserbeitrag",
    "leserkommentar",
    "leserbrief",
    "lesermeinung",
    "leserstimme",
    "leserfrage",
];

/// A line without the kind of post as its first field when a name and
/// more follow (`💬 Leserbeitrag · Monika (Bühl) · 20:52 Uhr`: a live
/// ticker marks readers' posts so among its own entries); the kind names
/// no one. A kind before the stamp alone is [`post_kind_stamp`]'s.
fn without_kind_field(t: &str) -> &str {
    let Some(k) = t.find(|c: char| FIELD_SEPARATORS.contains(c)) else {
        return t;
    };
    let head = t[..k]
        .trim()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let kind = head.to_lowercase();
    let rest = t[k..]
        .trim_start_matches(|c: char| FIELD_SEPARATORS.contains(c))
        .trim_start();
    let is_kind = READER_KINDS.contains(&kind.as_str()) || POST_KINDS.contains(&kind.as_str());
    if is_kind && rest.contains(|c: char| FIELD_SEPARATORS.contains(c)) {
        rest
    } else {
        t
    }
}

/// One to four name tokens (an `@` in front and a `:` behind allowed).
fn names_only(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| is_name_token(w.trim_start_matches('@').trim_end_matches(':')))
}

/// The name after a quoted title and `von`/`by` (`„Titel“ von Kalle57`).
fn after_quoted_title(rest: &str) -> Option<&str> {
    let inner = rest.strip_prefix(QUOTE_OPEN)?;
    let close = inner.find(QUOTE_CLOSE)?;
    let after = inner[close..].trim_start_matches(QUOTE_CLOSE).trim_start();
    let name = after
        .strip_prefix("von ")
        .or_else(|| after.strip_prefix("by "))?
        .trim();
    (!name.is_empty()).then_some(name)
}

/// Phrases that open a header's last field naming what a reply answers
/// (`Beitrag 4 · Anna · 12.06.2026 · Antwort auf Beitrag 3`).
const REPLY_FIELD: &[&str] = &[
    "antwort auf ",
    "antwort an ",
    "als antwort auf ",
    "in reply to ",
    "reply to ",
    // Forum and magazine headers answer with a mail subject's prefix
    // (`Sonja | Abonnentin | 04.03.2026 | RE: Frank Ziegler`).
    "re: ",
];

/// A header line without the field that says what the comment answers:
/// the rest, and the target when it is a name (`Antwort auf Anna Berg`;
/// `None` for a post number such as `Beitrag 3` or `#3`). The field is no
/// part of the shape, so replies share their parents' shape. It is the
/// last field (`Anna · 12.06.2026 · Antwort auf Beitrag 3`) or one
/// between the name and the stamp (`#2  Frank  |  Antwort auf #1 (Heike
/// Mertens)  |  13.03.2026, 18:41 Uhr`).
fn strip_reply_field(t: &str) -> Option<(Cow<'_, str>, Option<String>)> {
    if let Some((rest, target)) = strip_last_reply_field(t) {
        return Some((Cow::Borrowed(rest), target));
    }
    if let Some((rest, target)) = strip_reply_after_stamp(t) {
        // The sentence's colon stays, so replies keep their parents' shape.
        let colon = if t.ends_with(':') { ":" } else { "" };
        return Some((Cow::Owned(format!("{rest}{colon}")), target));
    }
    if let Some((rest, target)) = strip_arrow_column(t) {
        return Some((Cow::Borrowed(rest), Some(target)));
    }
    let seps: Vec<usize> = t
        .char_indices()
        .filter(|&(_, c)| FIELD_SEPARATORS.contains(c))
        .map(|(k, _)| k)
        .collect();
    seps.windows(2).find_map(|w| {
        let (a, b) = (w[0], w[1]);
        let sep_len = t[a..].chars().next()?.len_utf8();
        let target = reply_field_target(t[a + sep_len..b].trim())?;
        let rest = format!("{} {}", t[..a].trim_end(), &t[b..]);
        (!t[..a].trim().is_empty()).then_some((Cow::Owned(rest), target))
    })
}

/// A last column that names the answered author behind an arrow
/// (`Kommentar 2 von 11  Luca Brunold  <stamp>  ↳ an Flurina Caduff`):
/// the rest and the name. Columns are set apart by two spaces or more.
fn strip_arrow_column(t: &str) -> Option<(&str, String)> {
    let k = t.rfind("  ")?;
    let (name, arrow) = short_reply_target(t[k..].trim())?;
    let name = name.trim_start_matches('@');
    let words = name.split_whitespace().count();
    let named = (1..=4).contains(&words) && name.split_whitespace().all(is_name_token);
    (arrow && named && !t[..k].trim().is_empty()).then(|| (t[..k].trim_end(), name.to_string()))
}

/// A reply field after the stamp's last digit and one space, the way a
/// forum writes it into its sentence (`#3  Anderl schrieb am Fr, 07.02. -
/// 07:38 als Antwort auf #2:`).
fn strip_reply_after_stamp(t: &str) -> Option<(&str, Option<String>)> {
    let lower = t.to_lowercase();
    if lower.len() != t.len() {
        return None;
    }
    // The earliest phrase (`als Antwort auf` before its `Antwort auf`).
    let k = (REPLY_FIELD.iter())
        .filter_map(|p| lower.find(&format!(" {p}")))
        .min()?;
    let before = t[..k].trim_end().trim_end_matches(" Uhr");
    if !before.ends_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let target = reply_field_target(t[k..].trim())?;
    Some((t[..k].trim_end(), target))
}

/// [`strip_reply_field`] for a reply field that ends the line; a dash
/// between spaces separates it too (`Leserkommentar von Petra – Antwort
/// auf Gerd`); inside a field a dash joins words or stamps.
fn strip_last_reply_field(t: &str) -> Option<(&str, Option<String>)> {
    let field_sep = t.rfind(|c: char| FIELD_SEPARATORS.contains(c));
    let dash = t.rfind(" – ").or_else(|| t.rfind(" - ")).map(|k| k + 1);
    // A column gap of two spaces (or a tab, read as one) too.
    let column = t.trim_end().rfind("  ").map(|k| k + 1);
    let k = field_sep.max(dash).max(column)?;
    if k == 0 {
        return None;
    }
    let sep_len = t[k..].chars().next()?.len_utf8();
    let target = reply_field_target(t[k + sep_len..].trim())?;
    Some((t[..k].trim_end(), target))
}

/// The target of a reply field (`Antwort auf Anna Berg`, `Re: #3`):
/// `None` when the field is none, `Some(None)` when it names a post, not
/// a person. A post's number with its author in brackets (`#1 (Heike
/// Mertens)`) names the author.
fn reply_field_target(field: &str) -> Option<Option<String>> {
    let field = field.strip_suffix(':').unwrap_or(field).trim_end();
    let lower = field.to_lowercase();
    let p = REPLY_FIELD.iter().find(|p| lower.starts_with(*p))?;
    let target = field.get(p.len()..)?.trim();
    let is_post_ref = |w: &str| {
        let w = w.trim_start_matches('#').trim_end_matches([',', '.']);
        !w.is_empty() && w.chars().all(|c| c.is_ascii_digit())
    };
    if let Some((number, named)) = target.strip_suffix(')').and_then(|t| t.split_once(" (")) {
        let named = named.trim();
        let words = named.split_whitespace().count();
        if number.split_whitespace().any(is_post_ref) && (1..=6).contains(&words) {
            return Some(Some(named.to_string()));
        }
    }
    let words: Vec<&str> = target.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let post = words.iter().any(|w| is_post_ref(w));
    let name = (!post
        && words
            .iter()
            .all(|w| is_name_token(w.trim_start_matches('@'))))
    .then(|| target.trim_start_matches('@').to_string());
    Some(name)
}

/// A header line without a labelled last field after its stamp (`Franz
/// Pölzl · 03.06.2025 um 14:22 Uhr · Thema: Naturschutz`, `… · Kategorie:
/// Frage`): participation platforms and forums tag a post so, and the tag
/// says nothing about who wrote it. Left out of the shape like a reply
/// field, so that tagged posts pair with their untagged replies.
fn strip_topic_field<'a>(t: &'a str, dates: &DatePatterns) -> Option<&'a str> {
    let k = t.rfind(|c: char| FIELD_SEPARATORS.contains(c))?;
    let sep_len = t[k..].chars().next()?.len_utf8();
    let (label, value) = t[k + sep_len..].trim().split_once(':')?;
    let rest = t[..k].trim_end();
    let label_ok = (1..=2).contains(&label.split_whitespace().count())
        && label.chars().next().is_some_and(char::is_uppercase)
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-');
    let value_ok =
        (1..=4).contains(&value.split_whitespace().count()) && dates.find(value).is_none();
    let stamped = dates
        .find(rest)
        .is_some_and(|s| rest[s.end..].trim().is_empty());
    (label_ok && value_ok && stamped).then_some(rest)
}

/// Words for the kind of post a stamp line may open with (`Kommentar ·
/// 28.09.2025`, `Tourenbericht · …`, `Review · …`), matched as endings.
const POST_KINDS: &[&str] = &[
    "kommentar",
    "bericht",
    "beitrag",
    "antwort",
    "frage",
    "bewertung",
    "rezension",
    "review",
    "comment",
    "reply",
];

/// Labels of the date a post was published, among other dates of its
/// line (`begangen am 20.09.2025 · veröffentlicht am 22.09.2025`).
const PUBLISHED: &[&str] = &[
    "veröffentlicht",
    "gepostet",
    "geschrieben",
    "erstellt",
    "published",
    "posted",
];

/// The stamp of a stamp line that opens with the kind of post (`Kommentar
/// zu bergfex_maria · 22.09.2025`, `Tourenbericht · begangen am
/// 20.09.2025 · veröffentlicht am 22.09.2025`), as portals print it under
/// the name: the published date's field (the only dated field, or the one
/// a publishing label opens), and the name after `zu`/`an`/`to` as the
/// reply target. The kind word says what was posted, not who posted it.
fn post_kind_stamp<'a>(t: &'a str, dates: &DatePatterns) -> Option<(&'a str, Option<String>)> {
    let mut fields = t
        .split(|c: char| FIELD_SEPARATORS.contains(c))
        .map(str::trim);
    let head = fields.next()?;
    let mut words = head.split_whitespace();
    let kind = words.next()?.to_lowercase();
    if !POST_KINDS.iter().any(|k| kind.ends_with(k)) {
        return None;
    }
    let target = match (words.next(), words.collect::<Vec<_>>()) {
        (None, _) => None,
        (Some("zu" | "an" | "to" | "on"), name)
            if (1..=4).contains(&name.len()) && name.iter().all(|w| is_name_token(w)) =>
        {
            Some(name.join(" "))
        }
        _ => return None,
    };
    let dated: Vec<&str> = fields.filter(|f| dates.find(f).is_some()).collect();
    let field = match dated[..] {
        [only] => only,
        _ => *dated.iter().rev().find(|f| {
            let lower = f.to_lowercase();
            PUBLISHED.iter().any(|p| lower.starts_with(p))
        })?,
    };
    let stamp = dates.find(field)?;
    Some((&field[stamp.start..], target))
}

/// A bracketed signature without the role after its comma (`(Prof. H.
/// Albers, FB Geschichte) 2025-01-14 11:15` → `(Prof. H. Albers)
/// 2025-01-14 11:15`): the role is a field beside the name, like a town,
/// and left out, the header has the shape of the page's others.
fn without_bracketed_role(t: &str, dates: &DatePatterns) -> Option<String> {
    let (open, close) = match t.chars().next()? {
        '(' => ('(', ')'),
        '[' => ('[', ']'),
        _ => return None,
    };
    let end = t.find(close)?;
    let inner = &t[open.len_utf8()..end];
    let (name, role) = inner.split_once(", ")?;
    let rest = &t[end + close.len_utf8()..];
    let ok = (1..=4).contains(&name.split_whitespace().count())
        && (1..=4).contains(&role.split_whitespace().count())
        && dates.find(inner).is_none()
        && dates.find(rest).is_some();
    ok.then(|| format!("{open}{}{close}{rest}", name.trim()))
}

/// A header line without the note in brackets after the name
/// (`anna_k (50 Beiträge) | 21.10.2026 19:54`, `Tom (Gast), 12:03`): a
/// count or role of one to three words, no stamp, on a line that has a
/// stamp elsewhere. `None` when there is no such note. Words right after
/// the note (`Heike M. (52) aus Kassel · 12. Mär. 2026`) are a field of
/// their own, not more of the name: the note ends the name.
fn strip_note(t: &str, dates: &DatePatterns) -> Option<String> {
    // A link aggregator's badge in square brackets (`heizkurve [OP] · 12
    // Punkte · vor 5 Stunden`) is a note too.
    let open = t.find(['(', '['])?;
    let close_char = if t[open..].starts_with('(') { ')' } else { ']' };
    let close = open + t[open..].find(close_char)?;
    let note = &t[open + 1..close];
    let words = note.split_whitespace().count();
    let after = t[close + 1..].trim_start();
    // A speech verb after the note (`Elmar Vonbank (Archivteam) meinte
    // am …`) goes on from the name, as on the lines without a note.
    let verb = after
        .split_whitespace()
        .next()
        .is_some_and(|w| SPEECH.contains(&w.trim_end_matches(':').to_lowercase().as_str()));
    // A stamp's connector after the note (`von Jan Reisig (Redaktion) am
    // 10.03.2026`) goes on from the name too.
    let connector = after
        .split_whitespace()
        .next()
        .is_some_and(|w| ["am", "um", "on", "at"].contains(&w));
    let glue = if after.starts_with(char::is_alphabetic)
        && !verb
        && !connector
        && dates.find(after).is_some_and(|s| s.start > 0)
    {
        " · "
    } else {
        " "
    };
    let rest = format!("{}{glue}{after}", t[..open].trim_end());
    // `Verfasst von: Gast_Ohio (unregistriert)`: a one-word note closing
    // a name line over its stamp line.
    // A count there (`Leserdebatte (37)`) heads a section.
    // `↳ Bernd_Kelheim (Routenautor) antwortet tourenkarla`, its target
    // cut: the verb may follow.
    let closes_name_line = words == 1
        && (after.is_empty() || (verb && after.split_whitespace().count() == 1))
        // `Stefan Lohmeier (Rathaus-Blog) sagt:`; gendered roles
        // (`Balkonblume_22 (Fragesteller/in)`, `(Autor*in)`).
        && note.chars().all(|c| c.is_alphabetic() || "-/*".contains(c))
        && t[..open].split_whitespace().count() <= 4;
    let ok = open > 0
        && (1..=4).contains(&words)
        && note.chars().count() <= 40
        && dates.find(note).is_none()
        && (dates.find(&rest).is_some() || closes_name_line);
    ok.then_some(rest)
}

/// A short line between a commenter's name and stamp that says who they
/// are (`Leser seit 2023`, `Mitglied`, `128 Beiträge`): at most four
/// words, no sentence, no stamp.
pub(crate) fn is_profile_line(t: &str, info: &LineInfo, dates: &DatePatterns) -> bool {
    !info.blank
        && !info.sentence_end
        && info.words <= 4
        && info.chars <= 40
        && dates.find(t).is_none()
}

/// A forum's rank line under the name (`Stammgast · Registriert seit:
/// 05/2011 · Beiträge: 3.412`): a profile line, or short fields between
/// field separators, no sentence and no stamp.
fn is_rank_line(t: &str, info: &LineInfo, dates: &DatePatterns) -> bool {
    let fielded = t.contains(|c: char| FIELD_SEPARATORS.contains(c))
        && t.split(|c: char| FIELD_SEPARATORS.contains(c))
            .all(|f| (1..=4).contains(&f.split_whitespace().count()));
    is_profile_line(t, info, dates)
        || (fielded && !info.sentence_end && info.chars <= 80 && dates.find(t).is_none())
}

/// A rank line under a name that sits under its stamp: a forum's fields
/// (`Stammgast · Registriert seit: 05/2011`), a count (`Leser seit
/// 2023`) or one or two words (`Stammgast`). A short phrase of more
/// words without digits is the comment's title (`Frage zum
/// Lieferdienst`), not a rank.
fn is_rank_under_name(t: &str, info: &LineInfo, dates: &DatePatterns) -> bool {
    is_rank_line(t, info, dates)
        && (t.contains(|c: char| FIELD_SEPARATORS.contains(c) || c.is_ascii_digit())
            || info.words <= 2)
}

/// Verbs between a reply's author and the author it answers
/// (`Birgit antwortet Jürgen`, `Tom replied to Anna`); they stay in the
/// shape as a speech verb, the target does not.
const REPLY_VERBS: &[&str] = &[
    // `Kommentar von Pascal als Antwort auf Ilse — <stamp>`.
    "als antwort auf",
    "antwortet auf",
    "antwortete auf",
    "antwortet",
    "antwortete",
    "replied to",
    "replies to",
];

/// Where a reply marker sits in a header line: the byte offset the shape
/// keeps up to, and the offset the target name starts at.
fn reply_marker(t: &str) -> Option<(usize, usize)> {
    if let Some(k) = t.find(REPLY_ARROWS) {
        let after = t[k..].trim_start_matches(REPLY_ARROWS);
        return Some((k, t.len() - after.len()));
    }
    let lower = t.to_lowercase();
    if lower.len() != t.len() {
        // Case folding changed byte offsets (rare letters): no verb lookup.
        return None;
    }
    // `Ruedi G. (Leser-Nr. 4471) an Vreni K. · 8.12.2025 | 21.55`: a
    // Swiss forum addresses the reply `an` its target, a name between the
    // author's note and the next field.
    if let Some(k) = lower.find(") an ") {
        let from = k + ") an ".len();
        let named = t[from..].starts_with(char::is_uppercase)
            && t[from..].contains(['·', '|'])
            && t[..k].split_whitespace().count() <= 6;
        if named {
            return Some((k + 1, from));
        }
    }
    // `Reaktion von Lisa auf Dieter | <stamp>`: a role's reply names its
    // target after `auf` (`an` in Switzerland: `Antwort von Claudia
    // Meier an Reto Bucher · <stamp>`).
    if lower.starts_with("reaktion von ") || lower.starts_with("antwort von ") {
        let marker = [" auf ", " an "]
            .iter()
            .find_map(|w| lower.find(w).map(|k| (k, w.len())));
        if let Some((k, len)) = marker {
            let from = k + len;
            // A handle may be lower case (`auf kai.r`); a lower-case word
            // is the sentence's (`auf den Vorschlag`).
            let word = t[from..].split_whitespace().next().unwrap_or("");
            let handle = word.trim_end_matches([',', ':']).contains(['.', '_']);
            if word.starts_with(|c: char| c.is_uppercase() || c == '@') || handle {
                return Some((k + 1, from));
            }
        }
    }
    REPLY_VERBS.iter().find_map(|v| {
        let k = lower.find(&format!(" {v} "))? + 1;
        // The German verb stays in the shape (without `auf`).
        let keep = if v.starts_with("antwortet") {
            k + v.split(' ').next().map_or(0, str::len)
        } else {
            k
        };
        let from = k + v.len();
        let after = t[from..].trim_start();
        Some((keep, t.len() - after.len()))
    })
}

/// A subscriber badge of a paper's paid tier (`WR+`, `SZ+`, `Abo+`).
fn is_plus_badge(t: &str) -> bool {
    let bare = t.trim_end_matches('+');
    bare.len() < t.len()
        && (1..=6).contains(&bare.chars().count())
        && bare.chars().all(char::is_alphabetic)
}

/// `🚲`, `🌻`, `🇨🇭`: emoji that social-media users put after their
/// display name (`Hafenkante 🚲`); after a name word they are part of the
/// name as printed. Not the dingbats (`✔ Moderation`, `✓ verifiziert`):
/// sites print those as badges after the name.
fn is_pictograph_word(t: &str) -> bool {
    !t.is_empty()
        && t.chars()
            .all(|c| matches!(c, '\u{1F1E6}'..='\u{1FAFF}' | '\u{FE0F}' | '\u{200D}'))
}

fn is_name_token(t: &str) -> bool {
    // Pseudonyms framed by dashes and underscores (`-_-ottakringer-_-`).
    let bare = t.trim_matches(['-', '_']);
    if bare.len() < t.len() && bare.chars().filter(|c| c.is_alphabetic()).count() >= 3 {
        return is_plain_name_token(bare);
    }
    is_plain_name_token(t)
}

fn is_plain_name_token(t: &str) -> bool {
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_alphabetic() {
        return false;
    }
    if t.chars().count() > 30 {
        return false;
    }
    let known = || {
        let lower = t.to_lowercase();
        NOT_NAME.contains(&lower.as_str()) || JOIN_LABELS.contains(&lower.as_str())
    };
    // A gender-inclusive word (`Abonnent:in`, a badge beside the name)
    // is a word as its feminine form is.
    let t = gender_colon_free(t);
    t.chars()
        .all(|c| c.is_alphanumeric() || "._-'’".contains(c))
        && !t.ends_with("..")
        && !known()
}

/// `Abonnent:in` as `Abonnentin` (also with `*`, `_` or `/`), other words
/// as they are.
fn gender_colon_free(t: &str) -> Cow<'_, str> {
    match t.strip_suffix("in") {
        Some(stem)
            if stem.ends_with([':', '*', '_', '/'])
                && stem[..stem.len() - 1].chars().count() >= 3
                && stem[..stem.len() - 1].chars().all(char::is_alphabetic) =>
        {
            Cow::Owned(format!("{}in", &stem[..stem.len() - 1]))
        }
        _ => Cow::Borrowed(t),
    }
}

/// `Sandra Kühn → Werner_Hinterau`, `Birgit antwortet Jürgen`: the line
/// without the reply target, and the target. The target is not part of
/// the shape, so replies share the shape of top-level comments.
fn cut_reply_target(t: &str, dates: &DatePatterns) -> Option<(String, String)> {
    let (k, from) = reply_marker(t)?;
    let after = &t[from..];
    let stamp = dates.find(after);
    if let Some(s) = &stamp {
        let leads_in = (after[..s.start].split_whitespace())
            .all(|w| STAMP_LEADS.contains(&w.to_lowercase().as_str()));
        if leads_in {
            if let Some(cut) = target_after_stamp(t, from + s.end) {
                return Some(cut);
            }
        }
    }
    let stamp_at = stamp.map_or(after.len(), |s| s.start);
    let (words, len) = name_words(&after[..stamp_at]);
    if words.is_empty() {
        return None;
    }
    let joined = format!("{} {}", t[..k].trim_end(), t[from + len..].trim_start());
    Some((joined, words.join(" ")))
}

/// Words that lead from a reply verb into its stamp (`antwortete am …`).
const STAMP_LEADS: &[&str] = &["am", "um", "on", "at"];

/// `Marion Tesch antwortete am 17.03.2026 um 07:45 Uhr auf Gerd Pf:`: the
/// stamp stands between the verb and its target, which follows `auf`/`to`
/// after the stamp's end `at`. The line keeps the verb and the stamp.
fn target_after_stamp(t: &str, at: usize) -> Option<(String, String)> {
    let rest = &t[at..];
    let lead = rest.len() - rest.trim_start().len();
    let word = rest.split_whitespace().next()?;
    if !["auf", "to"].contains(&word.to_lowercase().as_str()) {
        return None;
    }
    let from = at + lead + word.len();
    if let Some(cut) = bracketed_target(t, at, from) {
        return Some(cut);
    }
    let (words, len) = name_words(&t[from..]);
    if words.is_empty() {
        return None;
    }
    // The closing colon stays, as in `X schrieb am <stamp>:`.
    let len = len - usize::from(t[from..from + len].ends_with(':'));
    let joined = format!("{} {}", t[..at].trim_end(), t[from + len..].trim_start());
    Some((joined, words.join(" ")))
}

/// A target given as the answered post's number with its author in
/// brackets (`… auf #1 (Gerd Hansen):`): the author is the target; the
/// line keeps the verb and the stamp.
fn bracketed_target(t: &str, at: usize, from: usize) -> Option<(String, String)> {
    let rest = &t[from..];
    let open = rest.find('(')?;
    let close = open + rest[open..].find(')')?;
    let name = rest[open + 1..close].trim();
    let (words, len) = name_words(name);
    if !is_post_number(rest[..open].trim()) || words.is_empty() || len != name.len() {
        return None;
    }
    let tail = rest[close + 1..].trim_start();
    Some((format!("{} {tail}", t[..at].trim_end()), words.join(" ")))
}

/// Up to four name tokens at the start of `s` (`@` and a trailing `,`/`:`
/// dropped), and the byte length they span.
fn name_words(s: &str) -> (Vec<&str>, usize) {
    let mut end = 0;
    let mut words = Vec::new();
    let mut ws = s.split_whitespace().peekable();
    while let Some(w) = ws.next() {
        let bare = w.trim_start_matches('@').trim_end_matches([',', ':']);
        // A particle inside a name (`Heinz im Block C`, `Gerd aus Kassel`)
        // when a capitalised name word follows it.
        let joins = !words.is_empty()
            && TARGET_JOINS.contains(&bare)
            && ws
                .peek()
                .is_some_and(|n| n.starts_with(char::is_uppercase) && is_name_token(n));
        if words.len() == 4 || !(joins || is_name_token(bare)) {
            break;
        }
        words.push(bare);
        end += s[end..].find(w).unwrap_or(0) + w.len();
    }
    (words, end)
}

/// Lower-case words that may stand inside a reply's target.
const TARGET_JOINS: &[&str] = &["im", "aus", "von", "vom", "am", "zu"];

/// Lower-case words that join a pseudonym to its place after a post
/// number (`4. Gastronom an der Kiellinie`). Wider than [`TARGET_JOINS`],
/// which takes one join before a capitalised word: here two of them stand
/// together, so articles (`der`, `dem`) join too.
const PLACE_JOINS: &[&str] = &[
    "an", "am", "im", "in", "aus", "von", "vom", "der", "dem", "den", "zur", "zum", "auf", "bei",
];

/// Separators between the fields of a header line.
const SEPARATORS: &str = "•·|-–—/()[]»«›‹";

/// Separators that end one field of a header and open the next
/// (`Martina | Dortmund | 14.11.2026`).
/// A square bracket after a name holds a badge or a group (`Deichkind_SVW
/// [SV Weserstadt]`), a field of its own.
const FIELD_SEPARATORS: &str = "•·|»›[";

/// One run of name-like tokens in a header line.
#[derive(Debug, Clone)]
struct NameRun {
    words: Vec<String>,
    /// Index of the separator-delimited field the run stands in.
    field: usize,
    /// Introduced by `von`, `Name:` or a role prefix: the author.
    introduced: bool,
}

/// The abstracted tokens of a header line, built word by word.
#[derive(Default)]
struct Tokens {
    toks: Vec<String>,
    /// The name-token runs, as printed.
    names: Vec<NameRun>,
    speech: bool,
    bullet: bool,
    /// A token that is neither name, stamp, verb nor connector.
    odd: bool,
    /// The field (between separators) the next token stands in.
    field: usize,
    /// Inside a labelled field that is not the name (`Ort: Oberau`).
    in_label: bool,
    /// A labelled field other than the name was seen.
    labelled: bool,
    /// The current field was opened by a field separator (`·`, `|`).
    sep_field: bool,
}

/// Splits brackets off the words they are printed against (`[Anna |`).
fn split_brackets(part: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for raw in part.split_whitespace() {
        let mut w = raw;
        while let Some(c) = w.chars().next().filter(|c| "[(".contains(*c)) {
            if w.len() == c.len_utf8() {
                break;
            }
            out.push(&w[..c.len_utf8()]);
            w = &w[c.len_utf8()..];
        }
        let mut tail = Vec::new();
        while let Some(c) = w.chars().last().filter(|c| "])".contains(*c)) {
            if w.len() == c.len_utf8() || w.contains('(') {
                break;
            }
            tail.push(&w[w.len() - c.len_utf8()..]);
            w = &w[..w.len() - c.len_utf8()];
        }
        out.push(w);
        out.extend(tail.into_iter().rev());
    }
    out
}

impl Tokens {
    fn separator(&mut self, sep: &str) {
        if "•·|".contains(sep) {
            self.bullet = true;
        }
        if FIELD_SEPARATORS.contains(sep) {
            self.field += 1;
            self.in_label = false;
            self.sep_field = true;
        }
        self.toks.push(if "-–—".contains(sep) {
            "-".into()
        } else {
            sep.to_string()
        });
    }

    fn name_word(&mut self, w: &str) {
        if self.toks.last().map(String::as_str) == Some("N") {
            if let Some(last) = self.names.last_mut() {
                last.words.push(w.to_string());
            }
            return;
        }
        if self.free_field() {
            // `Anna · Redaktion · 12.06.2026`, `Tom · Dortmund · 12:03`: a
            // field beside the name (a role, a town), whatever its words.
            self.open_free_field();
            return;
        }
        let introduced = self.toks.last().map(String::as_str) == Some("V")
            || (self.toks.last().map(String::as_str) == Some(":")
                && self.toks.iter().rev().nth(1).map(String::as_str) == Some("V"));
        self.toks.push("N".into());
        self.names.push(NameRun {
            words: vec![w.to_string()],
            field: self.field,
            introduced,
        });
    }

    /// Whether `w` continues the name just read: `Jonas & Lisa`, `Gerda und
    /// Helmut Brandt` (a couple signs as one author) or `Ditzum eG` (the
    /// legal form ends a name). `Anna Berg und Tom Krüger` are two people
    /// in a sentence: a couple shares the family name, written once at the
    /// end, so `und` joins only after a one-word name.
    fn joins_name(&self, w: &str, next: Option<&str>) -> bool {
        if self.toks.last().map(String::as_str) != Some("N") {
            return false;
        }
        let one_word = self.names.last().is_some_and(|r| r.words.len() == 1);
        let couple = (w == "&" || (w == "und" && one_word))
            && next.is_some_and(|n| {
                let n = n.trim_end_matches([':', ',', ';']);
                is_name_token(n) && n.starts_with(char::is_uppercase)
            });
        couple || LEGAL_FORMS.contains(&w)
    }

    /// Abstracts the words of `part` (a piece of the line outside the stamp).
    fn push(&mut self, part: &str) {
        let words = split_brackets(part);
        let mut skip_to = 0;
        for (k, &raw) in words.iter().enumerate() {
            if k < skip_to {
                continue;
            }
            if let Some(end) = self.contribution(&words, k) {
                skip_to = end;
                continue;
            }
            let trail_colon = raw.ends_with(':');
            let w = raw.trim_end_matches([':', ',', ';']);
            let lower = w.to_lowercase();
            if w.is_empty() || SEPARATORS.contains(w) && w.chars().count() == 1 {
                let sep = if w.is_empty() { raw } else { w };
                self.separator(sep);
                continue;
            }
            if self.in_label {
                // The value of a labelled field (`Ort: Bad Sassendorf`).
                continue;
            }
            if self.badge_or_handle(w, k, words.len()) {
                continue;
            }
            if self.joins_name(w, words.get(k + 1).copied()) {
                self.name_word(w);
                continue;
            }
            // `Note 5,0/6`: a rating's label is no name.
            if is_name_token(w) && words.get(k + 1).is_some_and(|n| is_score(n)) {
                self.open_free_field();
                continue;
            }
            let next_is_name = words
                .get(k + 1)
                .is_some_and(|n| is_name_token(n.trim_end_matches([':', ',', ';'])));
            if trail_colon
                && k + 1 < words.len()
                && is_name_token(w)
                && !SPEECH.contains(&lower.as_str())
            {
                self.field_label(&lower);
                continue;
            }
            if matches!(lower.as_str(), "von" | "by" | "from")
                && self.toks.last().map(String::as_str) != Some("N")
                && next_is_name
            {
                // `22.11.2026 von Anna Berg`: `von` introduces the name.
                self.toks.push("V".into());
                continue;
            }
            if self.role_before_von(&lower, words.get(k + 1)) {
                continue;
            }
            // `Mi, 21.10.2026`: a weekday belongs to the stamp, not a name.
            let before_stamp = raw.ends_with([',', '.'])
                || words
                    .get(k + 1)
                    .is_none_or(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            if WEEKDAYS.contains(&lower.trim_end_matches('.')) && before_stamp {
                self.toks.push("wd".into());
                continue;
            }
            if !self.word(part, raw, &words[k + 1..]) {
                continue;
            }
            self.after_word(raw, trail_colon);
        }
    }

    /// Abstracts one word `raw` of `part` that is neither a separator, a
    /// badge, a field label nor `von`; `rest` are the words after it. False
    /// when the word leaves no token (and so no punctuation after it).
    fn word(&mut self, part: &str, raw: &str, rest: &[&str]) -> bool {
        let w = raw.trim_end_matches([':', ',', ';']);
        let lower = w.to_lowercase();
        let after_name = self.toks.last().map(String::as_str) == Some("N");
        if SPEECH.contains(&lower.as_str()) {
            self.speech = true;
            self.toks.push("K".into());
        } else if matches!(lower.as_str(), "am" | "um" | "uhr" | "at" | "on") {
            self.toks.push(lower);
        } else if after_name
            && (is_plus_badge(w)
                || is_name_token(w)
                    && part[..raw.as_ptr() as usize - part.as_ptr() as usize].ends_with("  "))
        {
            // `Gerd Wallmann  Vorstand`: a column gap ends the name; the
            // role after it is no part of it (the shape stays `N`). A
            // subscriber badge ends it with or without one (`M. Thomsen
            // WR+  |  <stamp>`, `Heinz-Peter Gerhart E+ 08.10.25, 19:12`).
            return false;
        } else if is_name_token(w)
            || (after_name && is_pictograph_word(w))
            || self.article_opens_pseudonym(w, &lower, rest)
            || (NAME_PARTICLES.contains(&lower.as_str())
                && after_name
                && rest.first().is_some_and(|n| {
                    let n = n.trim_end_matches([':', ',', ';']);
                    n.chars().next().is_some_and(char::is_uppercase) && is_name_token(n)
                }))
        {
            self.name_word(w);
        } else if self.other_word(w) {
            return false;
        }
        true
    }

    /// `#11 — Der alte Schaffner — 4. November 2025`: a capitalised
    /// article opening a field after a separator, followed by a name
    /// word, opens a pseudonym. At the start of a line it opens a
    /// sentence (`Die Stadt sagt: …`) and stays no name.
    fn article_opens_pseudonym(&self, w: &str, lower: &str, rest: &[&str]) -> bool {
        // A field separator or a dash; a bracket opens a note (`Anna
        // (Die Linke)`), not a field.
        let field_opened = self.toks.last().is_some_and(|t| {
            t.chars()
                .all(|c| FIELD_SEPARATORS.contains(c) || "-–—".contains(c))
        });
        matches!(lower, "der" | "die" | "das")
            && w.starts_with(char::is_uppercase)
            && field_opened
            && rest
                .first()
                .is_some_and(|n| is_name_token(n.trim_end_matches([':', ',', ';'])))
    }

    /// `Verfasst von: Reinhild Pötter`: the role word before `von` is no
    /// name, whatever the case of its first letter. Whether `lower` was
    /// taken as one.
    fn role_before_von(&mut self, lower: &str, next: Option<&&str>) -> bool {
        let von_next = next.is_some_and(|n| {
            matches!(
                n.trim_end_matches(':').to_lowercase().as_str(),
                "von" | "by" | "from"
            )
        });
        let role = ROLE.contains(&lower) && von_next && self.names.is_empty();
        if role {
            self.toks.push("X".into());
        }
        role
    }

    /// `hat 25 € beigetragen`, `hat einen Betrag gespendet` after the
    /// name: a crowdfunding board says what the supporter gave where
    /// others print a speech verb. The end of the phrase, when word `k`
    /// opens one.
    fn contribution(&mut self, words: &[&str], k: usize) -> Option<usize> {
        const GAVE: &[&str] = &["beigetragen", "gespendet", "unterstützt", "gegeben"];
        let after_name = self.toks.last().map(String::as_str) == Some("N");
        if !after_name || !words[k].eq_ignore_ascii_case("hat") {
            return None;
        }
        let end = (k + 2..words.len().min(k + 6)).find(|&e| {
            let w = words[e].trim_end_matches([':', ',', ';', '.', '!']);
            GAVE.contains(&w.to_lowercase().as_str())
        })?;
        self.speech = true;
        self.toks.push("K".into());
        Some(end + 1)
    }

    /// The punctuation that ends a word: a colon after it, or a comma, which
    /// after a name opens a field (`Renate Vogt, Weststadt`).
    fn after_word(&mut self, raw: &str, trail_colon: bool) {
        if trail_colon {
            self.toks.push(":".into());
        } else if raw.ends_with(',') {
            self.toks.push(",".into());
            self.field += 1;
            self.sep_field = false;
        }
    }

    /// `Name: Walter Fink` introduces the author; `Ort: Oberau` is a field
    /// of its own.
    fn field_label(&mut self, lower: &str) {
        if FIELD.contains(&lower) {
            self.toks.push("V".into());
        } else {
            self.toks.push("F".into());
            self.in_label = true;
            self.labelled = true;
        }
    }

    /// Takes word `w` (the `k`th of `count`) when it is a verified badge
    /// after the name right before the stamp (`@kino ✓ vor 2 Wochen`; it
    /// is skipped, while `✓ Hilfreichste Antwort` and `Redaktion ✔
    /// Moderation` keep it as a token) or a handle opening the line, which
    /// video and social sites print as the name (`@lena.kocht vor 2
    /// Wochen`: the author is `lena.kocht`).
    fn badge_or_handle(&mut self, w: &str, k: usize, count: usize) -> bool {
        if w.chars().all(|c| "✓✔☑".contains(c))
            && k + 1 == count
            && self.toks.last().map(String::as_str) == Some("N")
        {
            return true;
        }
        let handle = w
            .strip_prefix('@')
            .filter(|h| k == 0 && self.toks.is_empty() && is_name_token(h));
        if let Some(h) = handle {
            self.name_word(h);
        }
        handle.is_some()
    }

    /// A word that is neither name, stamp, verb nor connector: the start
    /// of a free field beside the name (`Anna · hat mit „Ja“ gestimmt ·
    /// 12.06.2026`; `true`, the rest of the field is skipped), a post
    /// number (`19:03 #1`), or an odd token.
    fn other_word(&mut self, w: &str) -> bool {
        if self.free_field() {
            self.open_free_field();
            return true;
        }
        let digits = |n: &str| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit());
        let post = is_post_number(w);
        self.toks
            .push(if post || digits(w) { "#" } else { "X" }.into());
        self.odd |= !post;
        false
    }

    /// A field beside the name, skipped up to the next field separator.
    fn open_free_field(&mut self) {
        self.toks.push("F".into());
        self.in_label = true;
        self.labelled = true;
    }

    /// Whether the current field, opened by a field separator after the
    /// field of a name, may hold free words (a vote, a job) as a field.
    fn free_field(&self) -> bool {
        self.sep_field && self.names.iter().any(|r| r.field < self.field)
    }

    /// The author's name run: the one introduced by `von`/`Name:`, else the
    /// first; `None` when another run shares its field (two names in one
    /// field is a sentence, not a header) or a run is made of UI words.
    fn author(&self) -> Option<&NameRun> {
        let pick = self
            .names
            .iter()
            .find(|r| r.introduced)
            .or(self.names.first())?;
        let others_apart = self
            .names
            .iter()
            .filter(|r| !std::ptr::eq(*r, pick))
            .all(|r| r.field != pick.field && !r.words.iter().all(|w| is_ui_word(w)));
        (others_apart && !pick.words.iter().all(|w| is_ui_word(w))).then_some(pick)
    }
}

/// UI words that are name-like tokens (`Gefällt mir`, `Like`).
fn is_ui_word(w: &str) -> bool {
    super::lines::is_ui_word(&w.to_lowercase())
}

thread_local! {
    /// The shapes read so far on this thread. A shape depends on the line
    /// alone (the patterns are constant), and the passes over a page ask
    /// for each short line's shape twice or more; reading it is most of
    /// what segmenting a page of many short comments costs.
    static SHAPES: RefCell<HashMap<Box<str>, Option<Shape>>> = RefCell::default();
}

/// Bounds the shape memo (a few MB).
const MEMO_SHAPES: usize = 16_384;

/// Forgets the shapes of earlier pages, so that the memo holds one page's
/// lines at most.
pub(crate) fn forget_shapes() {
    SHAPES.with(|m| *m.borrow_mut() = HashMap::new());
}

/// Abstracts a trimmed line into its shape; `None` for long lines.
pub(crate) fn shape(t: &str, dates: &DatePatterns) -> Option<Shape> {
    if t.is_empty() || t.len() > MAX_NOTED_HEADER_CHARS * 4 {
        return None;
    }
    if let Some(known) = SHAPES.with(|m| m.borrow().get(t).cloned()) {
        return known;
    }
    let read = read_shape(t, dates);
    SHAPES.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_SHAPES {
            m.clear();
        }
        m.insert(t.into(), read.clone());
    });
    read
}

fn read_shape(t: &str, dates: &DatePatterns) -> Option<Shape> {
    if t.chars().count() > MAX_NOTED_HEADER_CHARS {
        return None;
    }
    let marks = strip_marks(t, dates)?;
    let t = marks.text.as_str();
    if t.chars().count() > MAX_HEADER_CHARS {
        return None;
    }
    let stamp = dates.find(t);
    let (before, after) = match &stamp {
        Some(s) => (&t[..s.start], Some(&t[s.end..])),
        None => (t, None),
    };
    // A member's join date or a deadline (`Dabei seit: 03/2008`, `Forum
    // geschlossen ab …`) is no post's header, nor is another field of a
    // profile card (`Aus: Bruneck`, `Beiträge: 1.203`).
    if (stamp.is_some() && repeat::deadline(before)) || profile_card_field(t) {
        return None;
    }
    let (stamp_label, before) = split_stamp_label(before);
    let (mut toks, before) = split_prefix(before);
    if marks.level.is_some() {
        toks.insert(0, "#".into());
    }
    let mut tk = Tokens {
        toks,
        ..Tokens::default()
    };
    tk.push(before);
    if stamp_label {
        tk.toks.push("sl".into());
    }
    if let Some(s) = &stamp {
        tk.toks.push(format!("<{}>", s.class));
    }
    if let Some(a) = after {
        tk.push(a);
    }
    let ends_with_stamp = stamp
        .as_ref()
        .is_some_and(|st| t.get(st.end..).is_some_and(|r| r.trim().is_empty()));
    let mut shape = classify(tk, stamp);
    shape.reply_to = marks.reply_to;
    shape.ends_with_stamp = ends_with_stamp;
    shape.nested = marks.nested;
    shape.level = marks.level;
    Some(shape)
}

/// A header line without what surrounds its name and stamp: link numbers,
/// tree arrows, vote buttons, a guest's mark, outline numbers, reply
/// targets, topic fields, bracketed roles and notes.
struct Marks {
    text: String,
    nested: bool,
    level: Option<u32>,
    reply_to: Option<String>,
}

/// A line without the mark of a nested reply in front (`↳ `, `└─ `,
/// `» ` before a name, `↪ ` before a header).
fn without_nesting_mark(t: &str) -> &str {
    // `↪` points at a reply's target between two names (`Anna ↪ Tom`)
    // and opens a reply line (`↪ Reaktion auf Gast`); in front of a header
    // it marks the reply, as `↳` does (`↪ Martin S. · vor 30 Min.`).
    let bare = match t.strip_prefix("↪ ") {
        Some(rest) if reply_phrase_rest(rest).is_none() => rest,
        _ => t.trim_start_matches(NESTED_ARROWS),
    };
    // A guillemet and a space open an indented reply's name (`» Dr.
    // Carla Böttcher`); without the space it opens a quotation, and
    // before a reply phrase (`» Antwort an Sepp Huber`) it stays the
    // reply line's mark.
    let bare = match t.strip_prefix("» ") {
        Some(rest) if bare.len() == t.len() && reply_phrase_rest(rest).is_none() => rest,
        _ => bare,
    };
    // Tree views draw the arrow with a line after it (`└─ Anna`).
    if bare.len() < t.len() {
        bare.trim_start_matches(['─', '━', '-'])
    } else {
        bare
    }
    .trim_start()
}

/// Strips the marks [`shape`] reads apart from the words; `None` when
/// nothing is left.
fn strip_marks(t: &str, dates: &DatePatterns) -> Option<Marks> {
    let unlinked;
    let t = match without_link_refs(t) {
        Some(u) => {
            unlinked = u;
            unlinked.as_str()
        }
        None => t,
    };
    let bare = without_nesting_mark(t);
    let nested = bare.len() < t.len() && !bare.is_empty();
    let bare = without_edit_note(strip_vote_controls(bare));
    let bare = without_trailing_votes(bare, dates);
    let columns = without_columns(bare);
    let columns = without_badge_field(&columns);
    let columns = without_inline_badge(&columns);
    let columns = without_count_or_badge_field(&columns);
    let unmarked = without_guest_mark(&columns);
    let bare = without_kind_field(without_leading_badge(unmarked.as_ref()));
    // The outline number goes first: `[1.1.1]` would read as a date.
    let (level, t) = match outline_number(bare) {
        Some((depth, rest)) => (Some(depth), rest),
        None => (None, bare),
    };
    let cut = cut_reply_target(t, dates);
    let (t, reply_to) = match &cut {
        Some((joined, target)) => (joined.trim(), Some(target.clone())),
        None => (t, None),
    };
    if t.is_empty() {
        return None;
    }
    let unreplied;
    let (t, reply_to) = match strip_reply_field(t) {
        Some((rest, target)) => {
            unreplied = rest;
            (unreplied.as_ref(), reply_to.or(target))
        }
        None => (t, reply_to),
    };
    let t = strip_topic_field(t, dates).unwrap_or(t);
    let (t, reply_to) = match post_kind_stamp(t, dates) {
        Some((stamp, target)) => (stamp, reply_to.or(target)),
        None => (t, reply_to),
    };
    let unroled;
    let t = match without_bracketed_role(t, dates) {
        Some(u) => {
            unroled = u;
            unroled.as_str()
        }
        None => t,
    };
    let noted;
    let t = match strip_note(t, dates) {
        Some(n) => {
            noted = n;
            noted.as_str()
        }
        None => t,
    };
    Some(Marks {
        text: t.to_string(),
        nested,
        level,
        reply_to,
    })
}

/// Stances a participation platform prints before the name (`PRO  anna_w
/// | 18.02.2026`, `CONTRA  Dieter Kallweit | …`).
const STANCES: &[&str] = &["pro", "contra", "kontra", "neutral", "dafür", "dagegen"];

/// Marks that open a badge in a column of its own (`✔ Verwaltung`, `✎
/// Einreicherin`).
const BADGE_MARKS: &[char] = &['✔', '✓', '✎', '★', '⭐', '🏅'];

/// What a count beside a name counts when it is the author's posts
/// (`78 Postings`, `2.318 Beiträge`).
const POST_UNITS: &[&str] = &[
    "postings",
    "posting",
    "beiträge",
    "beitrag",
    "kommentare",
    "kommentar",
    "posts",
    "post",
];

/// A header without a last field that counts the author's posts
/// (`Fritz Baumgartner · 78 Postings`, `Hausruckler · 2.871 Postings`) or
/// is a staff or fan badge (`Theresa Oberndorfer · Redaktion` among
/// them): forums print it beside the name, and it says nothing about who
/// wrote the comment. Only after some text.
fn without_count_or_badge_field(t: &str) -> Cow<'_, str> {
    let Some(k) = t.rfind(['·', '|', '•']) else {
        return Cow::Borrowed(t);
    };
    let sep_len = t[k..].chars().next().map_or(1, char::len_utf8);
    let field = &t[k + sep_len..];
    if is_badge_line(field) && !t[..k].trim().is_empty() {
        return Cow::Owned(t[..k].trim_end().to_string());
    }
    if is_count(field, POST_UNITS) && !t[..k].trim().is_empty() {
        Cow::Owned(t[..k].trim_end().to_string())
    } else {
        Cow::Borrowed(t)
    }
}

/// Whether `field` is a count and its unit, nothing else: a number
/// (thousands marked by `.` or `'`, a sign allowed, as votes have one)
/// and one of `units`, lower-case (`78 Postings`, `2.871 Beiträge`, `-3
/// Punkte`).
pub(crate) fn is_count(field: &str, units: &[&str]) -> bool {
    let mut words = field.split_whitespace();
    let (Some(n), Some(unit), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    let n = n.trim_start_matches(['+', '-', '−']);
    n.starts_with(|c: char| c.is_ascii_digit())
        && n.chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == '\'')
        && units.contains(&unit.to_lowercase().as_str())
}

/// A header without a verified mark and the one-word role after it
/// printed in the line (`Uwe Karstädt ✓ Bürgermeister antwortet H. Duwe ·
/// 24.04. 19:12`): an app's badge, no part of the name, and without it
/// the line has its site's reply shape. Only after some text, so that a
/// badge line of its own (`✔ Moderation`) stays what it is.
fn without_inline_badge(t: &str) -> Cow<'_, str> {
    let Some(at) = t.find(|c: char| BADGE_MARKS.contains(&c)) else {
        return Cow::Borrowed(t);
    };
    let before = t[..at].trim_end();
    if before.is_empty() || !t[..at].ends_with(' ') {
        return Cow::Borrowed(t);
    }
    let mark_len = t[at..].chars().next().map_or(1, char::len_utf8);
    let after = &t[at + mark_len..];
    let Some(after) = after.strip_prefix(' ') else {
        return Cow::Borrowed(t);
    };
    // The role word, when one follows and more comes after it.
    let rest = match after.split_once(' ') {
        Some((role, rest))
            if role.starts_with(char::is_uppercase)
                && role.chars().all(|c| c.is_alphabetic() || c == '-')
                && !rest.trim().is_empty() =>
        {
            rest
        }
        _ => after,
    };
    Cow::Owned(format!("{before} {rest}"))
}

/// A header without the columns around its name that are no name: a
/// stance before it, badges beside it (`NEUTRAL  Reaktion von
/// Tiefbauamt  ✔ Verwaltung  auf Dieter | 20.02.2026`). Columns are set
/// apart by two spaces or more.
fn without_columns(t: &str) -> Cow<'_, str> {
    if !t.contains("  ") {
        return Cow::Borrowed(t);
    }
    let cols: Vec<&str> = t
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let stance = |k: usize, c: &str| k == 0 && STANCES.contains(&c.to_lowercase().as_str());
    let badge = |c: &str| c.starts_with(BADGE_MARKS) && c.split_whitespace().count() <= 3;
    let kept: Vec<&str> = (cols.iter().enumerate())
        .filter(|&(k, c)| !stance(k, c) && !badge(c))
        .map(|(_, c)| *c)
        .collect();
    if kept.len() == cols.len() || kept.is_empty() {
        return Cow::Borrowed(t);
    }
    Cow::Owned(kept.join("  "))
}

/// Separators of a header's fields that a badge field may stand between:
/// dashes only. With `|` and `·` too, four development pages lost
/// comments (`Name | Redaktion | date | RE: X` rows read apart from their
/// site's others).
const BADGE_FIELD_SEPARATORS: &[&str] = &[" — ", " – "];

/// A header without a staff or fan badge standing as a field of its own
/// between two others (`#6 — Jonas Feldhaus — Redaktion — 4. November
/// 2025, 8:20 Uhr`), so that it shares the shape of its site's other
/// headers (`#5 — Grauer Panther — …`).
fn without_badge_field(t: &str) -> Cow<'_, str> {
    without_badge_field_between(t, BADGE_FIELD_SEPARATORS, is_badge_line)
}

/// Separators a badge field is looked for between in the page's second,
/// badge-free reading (see [`badge_free_reading`]).
const LATE_BADGE_FIELD_SEPARATORS: &[&str] = &[" · ", " | "];

/// [`without_badge_field`] with the given separators.
fn without_badge_field_between<'a>(
    t: &'a str,
    separators: &[&str],
    is_badge: fn(&str) -> bool,
) -> Cow<'a, str> {
    for sep in separators {
        if t.matches(sep).count() < 2 {
            continue;
        }
        let parts: Vec<&str> = t.split(sep).collect();
        let last = parts.len() - 1;
        let kept: Vec<&str> = (parts.iter().enumerate())
            .filter(|&(k, p)| k == 0 || k == last || !is_badge(p))
            .map(|(_, p)| *p)
            .collect();
        if kept.len() < parts.len() {
            return Cow::Owned(kept.join(sep));
        }
    }
    Cow::Borrowed(t)
}

/// A text browser's dump of a header (`* [23]Bergfex_Oberland`, `+
/// [26]Schneehase77 antwortet [27]Bergfex_Oberland`) without its link
/// numbers and list bullets, when it has link numbers; `None` otherwise.
/// Lynx and w3m number every link in front of its text and draw nested
/// list items with `*`, `+`, `o` and `#`.
fn without_link_refs(t: &str) -> Option<String> {
    fn is_ref(r: &str) -> Option<&str> {
        let inner = r.strip_prefix('[')?.split_once(']')?;
        let digits = !inner.0.is_empty() && inner.0.len() <= 4;
        (digits && inner.0.bytes().all(|b| b.is_ascii_digit()))
            .then_some(inner.1)
            .filter(|rest| rest.starts_with(|c: char| !c.is_whitespace()))
    }
    let mut out = String::with_capacity(t.len());
    let mut found = false;
    let mut rest = t;
    while let Some(k) = rest.find('[') {
        out.push_str(&rest[..k]);
        match is_ref(&rest[k..]) {
            Some(after) => {
                found = true;
                rest = after;
            }
            None => {
                out.push('[');
                rest = &rest[k + 1..];
            }
        }
    }
    if !found {
        return None;
    }
    out.push_str(rest);
    let bare = out.trim_start();
    let bare = match bare.split_once(' ') {
        Some((b, r)) if ["*", "+", "o", "#"].contains(&b) => r,
        _ => bare,
    };
    Some(bare.trim().to_string())
}

/// Tokens a header may have beside a time stamp and still be only a stamp.
const STAMP_CONNECTORS: &[&str] = &[
    "#", "am", "um", "wd", "uhr", "at", "on", ",", "-", "|", "•", "·", "/", "(", ")", "[", "]",
    "sl",
];

/// Labels printed right before a stamp (`Gepostet: 07.03.26 um 17:48`,
/// `Datum: 12.03.2026`): they say what the stamp is, they are no name.
const STAMP_LABELS: &[&str] = &[
    "gepostet",
    "geschrieben",
    "verfasst",
    "erstellt",
    "veröffentlicht",
    "datum",
    "zeit",
    "posted",
    "date",
];

/// Splits a stamp label (`Gepostet:`) off the end of the text before a
/// stamp: whether there was one, and the text without it.
fn split_stamp_label(before: &str) -> (bool, &str) {
    let t = before.trim_end();
    // A weekday between label and stamp (`Datum: Mi, 4. März 2026`).
    let t = match t.rsplit_once(char::is_whitespace) {
        Some((head, wd))
            if head.ends_with(':')
                && WEEKDAYS.contains(&wd.trim_end_matches([',', '.']).to_lowercase().as_str()) =>
        {
            head
        }
        _ => t,
    };
    let Some(head) = t.strip_suffix(':') else {
        return match participle_label(t) {
            true => (true, ""),
            false => (false, before),
        };
    };
    // `Geschrieben am:` as old boards print it: the label with its
    // preposition before the colon.
    let head = match head.trim_end().rsplit_once(char::is_whitespace) {
        Some((label, "am" | "um" | "on")) => label,
        _ => head,
    };
    let k = head.rfind(char::is_whitespace).map_or(0, |k| k + 1);
    let label = head[k..].to_lowercase();
    if STAMP_LABELS.contains(&label.as_str()) || STAMP_PARTICIPLES.contains(&label.as_str()) {
        (true, &head[..k])
    } else {
        (false, before)
    }
}

/// Participles that say what a stamp is when they open the line without
/// a colon (`unterschrieben am 16.02.2026`, `gemeldet am …`): petitions
/// and citizens' portals print the act, not the name, there.
const STAMP_PARTICIPLES: &[&str] = &[
    "gepostet",
    "eingetragen",
    "geschrieben",
    "verfasst",
    "erstellt",
    "veröffentlicht",
    "unterschrieben",
    "unterzeichnet",
    "eingereicht",
    "gemeldet",
    "bewertet",
    "aktualisiert",
    "kommentiert",
    // Q&A sites: `gefragt 20.05.2025 um 10:14`, `beantwortet …`.
    "gefragt",
    "beantwortet",
    "geantwortet",
    "bearbeitet",
    "asked",
    "answered",
    "posted",
    "edited",
];

/// Whether the text before a stamp is only such a participle, in small
/// letters, with `am`/`um`/`on` after it.
fn participle_label(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let (Some(w), lead) = (words.next(), words.next()) else {
        return false;
    };
    let lead_ok = lead.is_none_or(|l| ["am", "um", "on"].contains(&l));
    lead_ok && words.next().is_none() && STAMP_PARTICIPLES.contains(&w)
}

/// What a header line's tokens say it is: a name, a stamp, both, or
/// neither (reply target, stamp position and nesting are the caller's).
fn classify(tk: Tokens, stamp: Option<Stamp>) -> Shape {
    let author = tk.author().cloned();
    let extra_fields = tk.names.len() > 1 || tk.labelled;
    let Tokens {
        toks,
        speech,
        bullet,
        odd,
        ..
    } = tk;
    let name_runs = usize::from(author.is_some());
    let words = author.as_ref().map(|r| without_participle_label(&r.words));
    let name_words = words.map_or(0, <[String]>::len);
    let name = words.map(|w| w.join(" "));
    let name_ok = name_runs == 1
        && (1..=5).contains(&name_words)
        && name.as_ref().is_some_and(|n| n.chars().count() <= 40);
    let only_connectors = toks
        .iter()
        .all(|k| k.starts_with('<') || STAMP_CONNECTORS.contains(&k.as_str()));
    let stamp_only = stamp.is_some() && name_runs == 0 && !speech && !odd && only_connectors;
    // `Klaus M., Bielefeld`, `Uwe K., Halle (Saale)`: reader letters put
    // the town after a comma, and a job before it (`Jens Tiedemann,
    // Tischlermeister, Husum`).
    let rest = match toks.get(3..5) {
        Some([comma, n]) if comma == "," && n == "N" => 5,
        _ => 3,
    };
    let name_and_town = toks.len() >= 3
        && toks[..3] == ["N", ",", "N"]
        && toks[rest..]
            .iter()
            .all(|k| matches!(k.as_str(), "N" | "(" | ")"));
    // `#1  Deichkind_SVW  [SV Weserstadt]`: a fan's club or a member's
    // group in brackets after the name is a badge of the name line.
    let badged = match toks.as_slice() {
        [head @ .., open, n, close]
            if (n == "N" || n == "F")
                && open == "["
                && close == "]"
                && head.iter().any(|k| k == "N") =>
        {
            head
        }
        all => all,
    };
    let name_only = stamp.is_none()
        && name_ok
        && !odd
        && (name_and_town
            || badged
                .iter()
                .all(|k| matches!(k.as_str(), "N" | "K" | ":" | "V" | "#")));
    let header_like = name_ok && !odd && (stamp.is_some() || speech);
    Shape {
        // A town's bracketed note (`Halle (Saale)`) is no part of the shape.
        sig: if name_and_town {
            "N , N".to_string()
        } else {
            toks.join(" ")
        },
        name,
        stamp,
        speech,
        bullet,
        name_only,
        stamp_only,
        header_like,
        reply_to: None,
        ends_with_stamp: false,
        fields: extra_fields,
        nested: false,
        level: None,
    }
}

/// A name run without the stamp's label that opens it (`Eingetragen von
/// Xaver Huber am 14.05.25`, `Bewertet von Rasenmeister`): capitalised,
/// the participle reads as a name word.
fn without_participle_label(words: &[String]) -> &[String] {
    match words {
        [label, von, rest @ ..]
            if !rest.is_empty()
                && von == "von"
                && STAMP_PARTICIPLES.contains(&label.to_lowercase().as_str()) =>
        {
            rest
        }
        _ => words,
    }
}

/// A header candidate before the page's pattern is known.
#[derive(Debug, Clone)]
struct Candidate {
    line: usize,
    len: usize,
    sig: String,
    /// The signature with the stamp class blanked out.
    family: String,
    strong: bool,
    author: Option<String>,
    stamp: Option<Stamp>,
    reply_to: Option<String>,
    nested: bool,
    level: Option<u32>,
}

/// A two-line header at `line` made of a name line and a stamp line, in
/// either order (`sig` in page order): speech verbs and relative stamps
/// make it strong.
fn name_and_stamp(
    line: usize,
    name: &Shape,
    stamp: &Shape,
    sig: String,
    nested: bool,
) -> Candidate {
    Candidate {
        line,
        len: 2,
        family: family(&sig),
        sig,
        strong: name.speech || stamp.stamp.as_ref().is_some_and(Stamp::is_relative),
        author: name.name.clone(),
        stamp: stamp.stamp.clone(),
        reply_to: name.reply_to.clone().or_else(|| stamp.reply_to.clone()),
        nested,
        level: name.level.or(stamp.level),
    }
}

/// The family without a place after the name (`N , N · <S>` → `N · <S>`).
fn without_place(fam: &str) -> String {
    let toks: Vec<&str> = fam.split(' ').collect();
    let mut out: Vec<&str> = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        if toks[k] == "," && out.last() == Some(&"N") && toks.get(k + 1) == Some(&"N") {
            k += 2;
            continue;
        }
        out.push(toks[k]);
        k += 1;
    }
    out.join(" ")
}

/// The family without separators: `N • <rel>` and `N ( <rel> )` are alike.
fn loose_family(sig: &str) -> String {
    let fam = family(sig);
    let mut out: Vec<&str> = Vec::new();
    for t in fam.split(' ') {
        let separator = matches!(t, "," | "-" | "|" | "•" | "·" | "/" | "(" | ")" | "[" | "]");
        // `Monika Egli, Rüedikon · vor 3 Stunden` beside `Ruedi_S · vor 5
        // Stunden`: a place after the name is one name field with it.
        let same_field = t == "N" && out.last() == Some(&"N");
        if !separator && !same_field {
            out.push(t);
        }
    }
    out.join(" ")
}

/// The signature with each stamp class (`<dmy4 t:>`, `<rel>`) and a
/// weekday in front of it blanked to `<S>`, so that absolute and relative
/// stamps compare equal.
pub(crate) fn family(sig: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let mut in_stamp = false;
    for t in sig.split(' ') {
        if !in_stamp && t.starts_with('<') {
            // A weekday in front belongs to the stamp (`Mo., 10.03., 20:31
            // Uhr`); relative stamps (`gestern, 18:12 Uhr`) have none.
            if out.last() == Some(&"wd") {
                out.pop();
            }
            out.push("<S>");
            in_stamp = !t.ends_with('>');
        } else if in_stamp {
            in_stamp = !t.ends_with('>');
        } else {
            out.push(t);
        }
    }
    out.join(" ")
}

/// Whether a line ends in an initial (`Hans-Peter W.`) or a dotted
/// abbreviation (`Mag. Hofrat a.D.`), not a sentence.
fn ends_with_initial(t: &str) -> bool {
    t.split_whitespace().last().is_some_and(|w| {
        // A text browser's link number is no part of the word (`* [36]M.S.`).
        let w = w.rsplit(']').next().unwrap_or(w);
        // Sliced only past a final ASCII dot: `würde…` ends inside a
        // three-byte character.
        let Some(inner) = w.strip_suffix('.') else {
            return false;
        };
        // A handle's initial after an underscore (`Jens_K.`) ends it too.
        let w = w.rsplit_once('_').map_or(w, |(_, last)| last);
        let n = w.chars().count();
        let initial = n == 2 && w.chars().next().is_some_and(char::is_uppercase);
        // `a.D.`, `i.R.`: letters and dots only, a dot inside.
        let dotted = (4..=6).contains(&n)
            && inner.contains('.')
            && w.chars().all(|c| c.is_alphabetic() || c == '.');
        initial || dotted
    })
}

/// Whether a line announces the comment section (`12 Kommentare`,
/// `Leserkommentare`, `Pflichtfelder`, `Diskutieren Sie mit`).
pub(crate) fn is_section_marker(t: &str, info: &LineInfo) -> bool {
    if info.chars > 80 {
        return false;
    }
    let lower = t.to_lowercase();
    [
        "kommentar",
        "leserbrief",
        "leserstimmen",
        "diskussion",
        "diskutieren",
        "pflichtfeld",
        "postings",
        "forum",
        "community",
        "reaktionen",
        "leser",
        "meinung",
        "einträge",
        "gästebuch",
        "sortier",
        "comments",
        "conversation",
        "discussion",
        "sort by",
    ]
    .iter()
    .any(|k| lower.contains(k))
}

/// Header candidates in page order: one-line headers, and name lines
/// followed by a stamp line (with a reply or profile line between them).
fn candidates(
    lines: &[&str],
    infos: &[LineInfo],
    shapes: &[Option<Shape>],
    dates: &DatePatterns,
) -> Vec<Candidate> {
    let mut cands = Vec::new();
    let mut i = 0;
    while i < shapes.len() {
        if let Some(c) = stack::stack_at(i, lines, infos, shapes, dates) {
            i += c.len;
            cands.push(c);
            continue;
        }
        let Some(s) = &shapes[i] else {
            i += 1;
            continue;
        };
        let next = shapes.get(i + 1).and_then(Option::as_ref);
        if s.name_only && (!infos[i].sentence_end || ends_with_initial(lines[i])) {
            if let Some(c) = name_middle_stamp(i, s, lines, infos, shapes, dates) {
                // A staff badge in the middle (`Team`) may also be read as
                // the name line of a `Name` / stamp header with the name
                // above it: both are candidates, the page's pattern picks.
                let badge = is_badge_line(lines[i + 1]);
                cands.push(c);
                if !badge {
                    i += 3;
                    continue;
                }
            }
            if let Some(n) = next.filter(|n| n.stamp_only) {
                // The stamp's class alone, as in a stack of the same page.
                let sig = format!("{} / {}", s.sig, stack::stamp_part(&n.sig));
                cands.push(name_and_stamp(i, s, n, sig, s.nested));
                i += 2;
                continue;
            }
            if let Some(c) = name_over_badge_stamp(i, s, lines, dates) {
                cands.push(c);
                // The badge may be the name and the line over it a
                // forum post's subject (`Endlich wieder wie früher` over
                // `kabelsalat | 2026-03-12 12:03`): the stamp line is a
                // candidate of its own too, and the page's best pattern
                // decides which reading holds. A badge in brackets
                // (`[Abonnent] · Mi 04.03.26 07:12`) is no name.
                let bracketed = lines[i + 1].trim_start().starts_with('[');
                i += if bracketed { 2 } else { 1 };
                continue;
            }
        }
        if let Some(c) = stamp_over_name(i, lines, infos, shapes, dates) {
            i += c.len;
            cands.push(c);
            continue;
        }
        if s.header_like && (!infos[i].sentence_end || s.speech || s.ends_with_stamp) {
            cands.push(line_candidate(i, s));
        }
        i += 1;
    }
    cands
}

/// A header candidate of one line.
fn line_candidate(i: usize, s: &Shape) -> Candidate {
    Candidate {
        line: i,
        len: 1,
        family: family(&s.sig),
        sig: s.sig.clone(),
        strong: s.speech
            || (s.bullet && !s.fields)
            || s.stamp.as_ref().is_some_and(Stamp::is_relative),
        author: s.name.clone(),
        stamp: s.stamp.clone(),
        reply_to: s.reply_to.clone(),
        nested: s.nested,
        level: s.level,
    }
}

/// A one-line candidate read again without a staff, fan or pick badge
/// between `·` or `|` (`Redaktion LMP · Redaktion · 27. März 2025 um
/// 19:40` → `Redaktion LMP · …`); `None` when it has none.
fn without_late_badge(c: &Candidate, lines: &[&str], dates: &DatePatterns) -> Option<Candidate> {
    if c.len != 1 {
        return None;
    }
    let t = lines[c.line].trim();
    // A pick badge may stand beside the others (`K. Ostermann |
    // Abonnentin | Redaktionsempfehlung | <stamp>`).
    let badge = |f: &str| is_badge_line(f) || is_pick_badge(f);
    let bare = without_badge_field_between(t, LATE_BADGE_FIELD_SEPARATORS, badge);
    if bare.len() == t.len() {
        return None;
    }
    let s = shape(&bare, dates)?;
    s.header_like.then(|| line_candidate(c.line, &s))
}

/// `Tom` / `Antwort auf Anna` / `22.11.2026 10:02:10`: a name line `s` at
/// line `i`, a reply line and a stamp line keep the two-line shape; with
/// a profile line (`Leser seit 2023`) in the middle the shape gets its own
/// mark. A middle line that reads as a name is the name (the first line
/// is then a label such as `Avatar`): no such header.
fn name_middle_stamp(
    i: usize,
    s: &Shape,
    lines: &[&str],
    infos: &[LineInfo],
    shapes: &[Option<Shape>],
    dates: &DatePatterns,
) -> Option<Candidate> {
    let next = shapes.get(i + 1).and_then(Option::as_ref);
    let n = shapes
        .get(i + 2)
        .and_then(Option::as_ref)
        .filter(|n| n.stamp_only)?;
    let middle = lines[i + 1].trim();
    let reply = reply_line(middle);
    let named = next.is_some_and(|m| m.name_only || m.reply_to.is_some());
    // A staff badge reads like a name (`Team`, `Redaktion`) but stands
    // where others print their posting count (`Steirerblatt-Community` /
    // `Team` / stamp beside `Hias vom Berg` / `12 Postings` / stamp).
    let profile = reply.is_none()
        && (!named || is_badge_line(middle))
        && is_profile_line(middle, &infos[i + 1], dates);
    if reply.is_none() && !profile {
        return None;
    }
    let mid = if profile { " / I" } else { "" };
    let sig = format!("{}{mid} / {}", s.sig, n.sig);
    Some(Candidate {
        line: i,
        len: 3,
        family: family(&sig),
        sig,
        strong: reply.is_some(),
        author: s.name.clone(),
        stamp: n.stamp.clone(),
        reply_to: reply,
        nested: s.nested,
        level: None,
    })
}

/// A name line (`name`, at line `i`) over a stamp line with a badge field
/// beside the stamp, as comment widgets print them (`Top Comment · 2h`,
/// `1h · Edited`, `Subscriber · 3h`): the badge is left out of the shape,
/// so these pair with plain `Name` / `stamp` headers of the same page.
fn name_over_badge_stamp(
    i: usize,
    name: &Shape,
    lines: &[&str],
    dates: &DatePatterns,
) -> Option<Candidate> {
    let t = lines.get(i + 1)?.trim();
    let st = dates.find(t)?;
    let rest = format!("{} {}", &t[..st.start], &t[st.end..]);
    let fields: Vec<&str> = rest
        .split(|c: char| FIELD_SEPARATORS.contains(c))
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .collect();
    let badge = rest.contains(|c: char| FIELD_SEPARATORS.contains(c))
        && !fields.is_empty()
        && fields.iter().all(|f| {
            // A handle beside the stamp under a display name (`Carla
            // Winter` / `@carla@troet.cafe · 3. März 2026, 18:22`).
            if is_handle(f) {
                return true;
            }
            // A badge in brackets (`[Abonnent] · Mi 04.03.26 07:12`); a
            // place may be joined by hyphens (`Wernsbach-Altstadt |
            // Stammleserin | 18.02.2026, 18:20`).
            let f = f.trim_matches(['[', ']']);
            let word = |c: char| c.is_alphabetic() || c.is_whitespace() || c == '-';
            f.split_whitespace().count() <= 2 && f.chars().all(word)
        });
    if !badge {
        return None;
    }
    let mut stamp_line = name.clone();
    stamp_line.sig = format!("<{}>", st.class);
    stamp_line.stamp = Some(st);
    stamp_line.speech = false;
    let sig = format!("{} / {}", name.sig, stamp_line.sig);
    Some(name_and_stamp(i, name, &stamp_line, sig, name.nested))
}

/// `Fr., 21.11.2026 – 07:58` over `Peter aus Neudorf`: the stamp line
/// first, at line `i`, and a forum's rank line under the name if any.
fn stamp_over_name(
    i: usize,
    lines: &[&str],
    infos: &[LineInfo],
    shapes: &[Option<Shape>],
    dates: &DatePatterns,
) -> Option<Candidate> {
    let s = shapes[i].as_ref().filter(|s| s.stamp_only)?;
    let is_name =
        |n: &Shape| n.name_only && (!infos[i + 1].sentence_end || ends_with_initial(lines[i + 1]));
    // A note in brackets after the name (`Gast: Wolfgang  (IP: 84.163.x.x)`,
    // `Mitglied: Heidi_Fr  (dabei seit 2014)`) says who posted, not who.
    let unnoted = lines
        .get(i + 1)
        .and_then(|t| without_trailing_note(t.trim()))
        .and_then(|t| shape(t, dates));
    let n = shapes
        .get(i + 1)
        .and_then(Option::as_ref)
        .filter(|n| is_name(n))
        .or(unnoted.as_ref().filter(|n| is_name(n)))?;
    let rank = lines
        .get(i + 2)
        .is_some_and(|t| is_rank_under_name(t.trim(), &infos[i + 2], dates));
    let sig = format!("{} / {}{}", s.sig, n.sig, if rank { " / I" } else { "" });
    let mut c = name_and_stamp(i, n, s, sig, s.nested || n.nested);
    c.len += usize::from(rank);
    Some(c)
}

/// A line without the note in brackets that ends it (`Wolfgang  (IP:
/// 84.163.xxx.xxx)`): at most four words in the note, some text before it.
pub(crate) fn without_trailing_note(t: &str) -> Option<&str> {
    let body = t.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let note = &body[open + 1..];
    let rest = body[..open].trim_end();
    (!rest.is_empty() && !note.contains('(') && note.split_whitespace().count() <= 4)
        .then_some(rest)
}

/// A reply line right under a header (`Anna` / `12.03.2026 16:34` / `in
/// Antwort auf Tom`), as forums print it between the stamp and the text:
/// it belongs to the header and says whom the comment answers. The shape
/// stays that of the header above, so replies pair with top-level posts.
/// An `@Tom` or an `Antwort auf Tom:` opening the text is the reader's own
/// writing (the colon leads into it) and stays text.
fn take_reply_lines_below(cands: &mut [Candidate], lines: &[&str]) {
    for c in cands.iter_mut().filter(|c| c.reply_to.is_none()) {
        let below = lines.get(c.line + c.len).map(|t| t.trim());
        let printed = below.filter(|t| !t.starts_with('@') && !t.ends_with(':'));
        let Some(target) = printed.and_then(reply_line) else {
            continue;
        };
        c.reply_to = Some(target);
        c.len += 1;
    }
}

/// The shape of every line short enough to be a header.
fn line_shapes(lines: &[&str], infos: &[LineInfo], dates: &DatePatterns) -> Vec<Option<Shape>> {
    lines
        .iter()
        .zip(infos)
        .map(|(l, i)| {
            if i.blank {
                None
            } else {
                shape(l.trim(), dates)
            }
        })
        .collect()
}

/// Image descriptions that text scrapes keep in place of a commenter's
/// picture (`Profilbild von Jens Trautwein`, `Avatar`): part of a header,
/// never the name line itself.
const AVATAR_CAPTIONS: &[&str] = &[
    "profilbild",
    "profilfoto",
    "avatar",
    "benutzerbild",
    "nutzerbild",
    "userbild",
    "profile picture",
    "profile photo",
];

/// Whether a line is an avatar's image description (see [`AVATAR_CAPTIONS`]).
pub(crate) fn is_avatar_caption(t: &str) -> bool {
    let lower = t.trim().to_lowercase();
    AVATAR_CAPTIONS.iter().any(|a| {
        lower
            .strip_prefix(a)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']))
    })
}

/// Finds the comment headers of a page, in page order.
pub(crate) fn find_headers(
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) -> Vec<Header> {
    let shapes = line_shapes(lines, infos, dates);
    let by_shape = shape_headers(lines, infos, &shapes, dates);
    let by_repetition = repeat::headers(lines, infos, &shapes, dates);
    // The shapes decide unless the page's repetition finds clearly more
    // headers: a site whose header has a line the shapes do not know
    // breaks its headers apart, and the shapes then find few. A page on
    // which they find one or none is left to the learned labeller first
    // (see `thread::segment_lines`).
    let (s, r) = (by_shape.len(), by_repetition.len());
    if s < 2 || r < s {
        return by_shape;
    }
    let by_repetition = finish_headers(by_repetition, lines, infos, dates);
    let r = by_repetition.len();
    // Or the same headers, each with more of its lines over the text:
    // every line the shapes took is in a repeated header, and those add
    // lines above the shapes' last one (`Profilbild von X` / name / badge
    // over a stamp the shapes read alone). Lines added under it are the
    // text's opening (`Antwort auf Tom:`), and UI rows (`Antworten`, `+12
    // −3`) add nothing: the comment is cut the same with or without them.
    // Per-line marks keep the comparison linear in the page.
    let marks = |hs: &[Header]| {
        let mut at = vec![false; lines.len()];
        for h in hs {
            at[h.line..h.line + h.len].fill(true);
        }
        at
    };
    let (shape_at, repeated_at) = (marks(&by_shape), marks(&by_repetition));
    let covers = (0..lines.len()).all(|l| !shape_at[l] || repeated_at[l]);
    let added_over = by_repetition.iter().any(|r| {
        let last = (r.line..r.line + r.len).rev().find(|&l| shape_at[l]);
        last.is_some_and(|last| (r.line..last).any(|l| !shape_at[l] && !infos[l].ui))
    });
    if (r >= s + 2 && 2 * r >= 3 * s) || (r == s && covers && added_over) {
        return by_repetition;
    }
    by_shape
}

/// Comment headers found from what repeats on the page alone (see
/// `repeat`), for pages on which neither the shapes nor the learned
/// labeller find a thread.
pub(crate) fn repeated_headers(
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) -> Vec<Header> {
    let shapes = line_shapes(lines, infos, dates);
    let headers = repeat::headers(lines, infos, &shapes, dates);
    if headers.len() < repeat::MIN_ANCHORS {
        return Vec::new();
    }
    finish_headers(headers, lines, infos, dates)
}

/// The headers of the page's best shape, with their reply, rank and badge
/// lines; reader letters' signatures when no shape qualifies.
fn shape_headers(
    lines: &[&str],
    infos: &[LineInfo],
    shapes: &[Option<Shape>],
    dates: &DatePatterns,
) -> Vec<Header> {
    let mut cands = candidates(lines, infos, shapes, dates);
    take_reply_lines_below(&mut cands, lines);
    let Some(best) = best_pattern(lines, infos, &cands) else {
        return signatures(lines, infos, shapes, dates);
    };
    let (cands, best) = badge_free_reading(cands, best, lines, infos, dates);
    let mut headers: Vec<Header> = Vec::new();
    for c in &cands {
        if !best.admits(c) {
            continue;
        }
        // A header right below another one (nothing in between) is a quote
        // of it in the comment text, not a new comment.
        if let Some(prev) = headers.last() {
            if c.line < prev.line + prev.len {
                continue;
            }
            let gap = (prev.line + prev.len)..c.line;
            if lines
                .get(gap)
                .is_some_and(|g| g.iter().all(|l| l.trim().is_empty()))
            {
                continue;
            }
        }
        headers.push(Header {
            line: c.line,
            len: c.len,
            author: c.author.clone(),
            stamp: c.stamp.clone(),
            reply_to: c.reply_to.clone(),
            nested: c.nested,
            below: false,
            level: c.level,
            top: None,
        });
    }
    // One header of the best shape is often the article's byline
    // (`Zusammengestellt von … · 17.03.2025`) over a page of reader
    // letters signed below their text.
    if headers.len() <= 1 {
        let signed = signatures(lines, infos, shapes, dates);
        if signed.len() >= 2 {
            return signed;
        }
    }
    finish_headers(headers, lines, infos, dates)
}

/// The candidates and pattern read again without badge fields between
/// `·` or `|` (see [`without_late_badge`]) when that reading admits more
/// headers: on a business paper most commenters print `Name | Abonnent |
/// <stamp>` and the others `Name | <stamp>`, and without the badge both
/// are one pattern. Only then: read away on every page, badge columns cost
/// four development pages their headers (stop 36).
fn badge_free_reading(
    cands: Vec<Candidate>,
    best: Pattern,
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) -> (Vec<Candidate>, Pattern) {
    let bare: Vec<Candidate> = cands
        .iter()
        .map(|c| without_late_badge(c, lines, dates).unwrap_or_else(|| c.clone()))
        .collect();
    if bare.iter().zip(&cands).all(|(b, c)| b.sig == c.sig) {
        return (cands, best);
    }
    let Some(bare_best) = best_pattern(lines, infos, &bare) else {
        return (cands, best);
    };
    let admitted = |p: &Pattern, cs: &[Candidate]| cs.iter().filter(|c| p.admits(c)).count();
    if admitted(&bare_best, &bare) > admitted(&best, &cands) {
        (bare, bare_best)
    } else {
        (cands, best)
    }
}

/// Bylines dropped; reply, rank and badge lines taken into the headers;
/// handles resolved.
fn finish_headers(
    mut headers: Vec<Header>,
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) -> Vec<Header> {
    drop_bylines(&mut headers, lines, infos);
    super::meta::take_names_above(&mut headers, lines, infos, dates);
    take_reply_lines_above(&mut headers, lines);
    take_post_ids(&mut headers, lines);
    take_short_reply_lines(&mut headers, lines);
    take_rank_lines(&mut headers, lines, infos, dates);
    take_staff_badges(&mut headers, lines, infos);
    super::meta::take_meta_lines(&mut headers, lines, infos, dates);
    take_short_reply_lines(&mut headers, lines);
    take_split_fields(&mut headers, lines, dates);
    resolve_handles(&mut headers, lines);
    for h in &mut headers {
        if let Some(name) = h.author.as_deref().and_then(avatar_name) {
            h.author = Some(name);
        }
        if let Some(name) = initials_owner(h, lines, dates) {
            h.author = Some(name);
        }
    }
    headers
}

/// Whether a line is an avatar drawn as letters: one to three capitals
/// (`WP`, `DW`), or one letter in any case, as sites draw the name's own
/// first (`h` over `heizungsbauer_ol`).
pub(crate) fn is_avatar_letters(t: &str) -> bool {
    let t = t.trim();
    let n = t.chars().count();
    // A digit of a handle drawn beside its first letter (`V8` for
    // `Vogtländer85`).
    let drawn = |c: char| c.is_uppercase() || c.is_ascii_digit();
    ((1..=3).contains(&n) && t.starts_with(char::is_uppercase) && t.chars().all(drawn))
        || (n == 1 && t.chars().all(char::is_alphabetic))
}

/// The name an initials avatar stands for (`DW` over `Dorothea Wilms ·
/// Teilnehmerin`), where the avatar line was read as the author: a name
/// in a later line of the same header whose initials are the avatar's,
/// or which starts with the avatar's letter (`H` over `Holger`, `K` over
/// `katzenmama_lu`, `AG` over `Alltagsglück-Redaktion`: sites draw one
/// letter, or pick two of a compound's).
fn initials_owner(h: &Header, lines: &[&str], dates: &DatePatterns) -> Option<String> {
    let avatar = h.author.as_deref()?;
    let letters = avatar.chars().count();
    if !is_avatar_letters(avatar) {
        return None;
    }
    let initials = |name: &str| -> String {
        name.split([' ', '-'])
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_uppercase())
            .collect()
    };
    let first = |name: &str| {
        name.chars()
            .next()
            .map(|c| c.to_uppercase().collect::<String>())
    };
    let end = (h.line + h.len).min(lines.len());
    (h.line..end).find_map(|k| {
        let name = shape(lines[k].trim(), dates)?.name?;
        let owner = initials(&name) == avatar || first(&name) == first(avatar);
        (name != avatar && name.chars().count() > letters && owner).then_some(name)
    })
}

/// The person an avatar's description names (`Profilbild von Mustafa
/// Kaya`), where a rule took the description for the name line.
fn avatar_name(t: &str) -> Option<String> {
    if !is_avatar_caption(t) {
        return None;
    }
    let lower = t.to_lowercase();
    let caption = AVATAR_CAPTIONS.iter().find(|a| lower.starts_with(*a))?;
    let rest = t[caption.len()..].trim_start_matches([' ', ':']);
    let rest = ["von ", "of "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest)
        .trim();
    (!rest.is_empty()).then(|| rest.to_string())
}

/// The number a forum prints over a post (`Kommentar #48207`, `Beitrag
/// Nr. 12`, `#3`, `Nr. 3`): a role word (see [`ROLE`]), a `#` or `Nr.`
/// must say it is one.
fn post_id(t: &str) -> Option<u64> {
    let lower = t.trim().to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    let role = words
        .first()
        .is_some_and(|w| ROLE.contains(w) || *w == "posting");
    if role {
        words.remove(0);
    }
    let nr = matches!(words.first(), Some(&("nr." | "nr")));
    if nr {
        words.remove(0);
    }
    let [n] = words[..] else {
        return None;
    };
    let (digits, hash) = match n.strip_prefix('#') {
        Some(d) => (d, true),
        None => (n, false),
    };
    let number =
        !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit());
    (number && (role || hash || nr))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The post number a header line opens with: `2. Sandra Kübler`, `#2
/// Sandra`, `(2) Sandra`.
fn leading_post_number(t: &str) -> Option<u64> {
    let t = t.trim_start();
    let (t, hash) = match t.strip_prefix('#') {
        Some(rest) => (rest, true),
        None => (t.strip_prefix('(').unwrap_or(t), false),
    };
    let end = t.find(|c: char| !c.is_ascii_digit())?;
    let rest = &t[end..];
    let marked =
        rest.starts_with(". ") || rest.starts_with(") ") || (hash && rest.starts_with(' '));
    (end > 0 && end <= 6 && marked)
        .then(|| t[..end].parse().ok())
        .flatten()
}

/// A reply line naming the answered post by its number (`Antwort auf
/// Kommentar #48201`), with the openers of a header's reply field.
fn reply_to_post(t: &str) -> Option<u64> {
    let lower = t.trim().to_lowercase();
    REPLY_FIELD
        .iter()
        .find_map(|p| lower.strip_prefix(p))
        .and_then(post_id)
}

/// Post numbers over headers (`Kommentar #48207` over `Verfasst von …`)
/// and reply lines under them that answer a number (`Antwort auf
/// Kommentar #48201`): both belong to the header, and the number names
/// the parent's author.
fn take_post_ids(headers: &mut [Header], lines: &[&str]) {
    let mut ids: Vec<Option<u64>> = vec![None; headers.len()];
    let mut targets: Vec<Option<u64>> = vec![None; headers.len()];
    let mut free_from = 0;
    for (k, h) in headers.iter_mut().enumerate() {
        // Headers printed under their text (split ones too) have no lines
        // of their own over or under them.
        if !h.below {
            let id = h
                .line
                .checked_sub(1)
                .filter(|&a| a >= free_from)
                .and_then(|a| post_id(lines[a]));
            if id.is_some() {
                ids[k] = id;
                h.line -= 1;
                h.len += 1;
            }
            let below = lines.get(h.line + h.len).and_then(|t| reply_to_post(t));
            if below.is_some() {
                targets[k] = below.filter(|_| h.reply_to.is_none());
                h.len += 1;
            }
        }
        // A number the header opens with (`2. Sandra Kübler, 03.02.2026,
        // 19:02 Uhr, Antwort auf Nr. 1`) and a last field answering one.
        let own = &lines[h.line..(h.line + h.len).min(lines.len())];
        ids[k] = ids[k].or_else(|| own.first().and_then(|t| leading_post_number(t)));
        if targets[k].is_none() && h.reply_to.is_none() {
            targets[k] = own.iter().find_map(|t| {
                // Before a last badge field (`… · als Antwort auf #3 ·
                // Offizielle Antwort`).
                let t = without_count_or_badge_field(t);
                let field = t
                    .rsplit(|c: char| c == ',' || FIELD_SEPARATORS.contains(c))
                    .next()?;
                reply_to_post(field)
            });
        }
        free_from = h.line + h.len;
    }
    for k in 0..headers.len() {
        let Some(n) = targets[k] else { continue };
        if let Some(p) = ids.iter().position(|&id| id == Some(n)) {
            headers[k].reply_to = headers[p].author.clone();
        }
    }
}

/// A reply line right over a header (`Antwort auf M. K.` over `Dr. Rainer
/// Weiland am 27.11.24 um 08:41`), as threads print it over an indented
/// answer: it opens the header and says whom the comment answers. An
/// `@Tom` or a line ending in `:` is the end of the previous text.
fn take_reply_lines_above(headers: &mut [Header], lines: &[&str]) {
    let mut free_from = 0;
    for h in headers.iter_mut() {
        // Headers printed under their text (split ones too) are left alone.
        let above = h
            .line
            .checked_sub(1)
            .filter(|&a| a >= free_from && !h.below && h.reply_to.is_none());
        if let Some(a) = above {
            let t = lines[a].trim();
            if !t.starts_with('@') && !t.ends_with(':') {
                if let Some(target) = reply_line(t) {
                    h.reply_to = Some(target);
                    h.line = a;
                    h.len += 1;
                }
            }
        }
        free_from = h.line + h.len;
    }
}

/// Header fields a scraper put on lines of their own, one element per
/// line: a time under the date (`Gabi H.` / `18.2.2026` / `10:31`), and a
/// reply phrase over the name it answers (`Thomas` / `antwortet auf` /
/// `Anna Leitner` / `18.2.2026`). The time completes a stamp printed
/// without one (inside the header or on the line right under it); the
/// name after the phrase is the reply's target.
fn take_split_fields(headers: &mut [Header], lines: &[&str], dates: &DatePatterns) {
    for k in 0..headers.len() {
        let next = headers.get(k + 1).map_or(lines.len(), |h| h.line);
        let h = &mut headers[k];
        let end = h.line + h.len;
        if let Some(Stamp {
            when: When::Absolute { time: t @ None, .. },
            ..
        }) = h.stamp.as_mut()
        {
            let under = (end < next).then_some(end);
            let at = (h.line + 1..end)
                .chain(under)
                .find(|&i| bare_time(lines[i].trim(), dates).is_some());
            if let Some(i) = at {
                *t = bare_time(lines[i].trim(), dates);
                h.len = h.len.max(i + 1 - h.line);
            }
        }
        if h.reply_to.is_none() {
            let end = h.line + h.len;
            h.reply_to = (h.line + 1..end.saturating_sub(1))
                .find(|&i| bare_reply_phrase(lines[i].trim()))
                .map(|i| lines[i + 1].trim())
                .filter(|t| {
                    (1..=5).contains(&t.split_whitespace().count())
                        && t.split_whitespace().all(is_name_token)
                })
                .map(str::to_string);
        }
    }
}

/// A reply phrase with nothing after it (`antwortet auf`, `Antwort an`).
fn bare_reply_phrase(t: &str) -> bool {
    let lower = format!("{} ", t.to_lowercase().trim_end_matches(':'));
    lower != "@ " && REPLY_PHRASES.contains(&lower.as_str())
}

/// Hour and minute of a line that is a time alone (`10:31`, `9.05 Uhr`):
/// a time stamp spanning the whole line.
fn bare_time(t: &str, dates: &DatePatterns) -> Option<(u32, u32)> {
    let s = dates.find(t)?;
    match s.when {
        When::DayWord {
            days_back: 0,
            time: Some(hm),
        } if s.start == 0 && s.end == t.len() && s.class.starts_with('t') => Some(hm),
        _ => None,
    }
}

/// Short reply lines right under a header that name an earlier author:
/// apps and parish sites print `↳ an Melli`, `zu Ruth Amrein` or `Re:
/// Gerti Hofbauer` between the header and the text, fan boards `↪ bezieht
/// sich auf #1 von Wolfi`. Such a line belongs to the header and says
/// whom the comment answers. Unlike [`reply_line`], the words alone (`zu`,
/// `an`) say too little, so the target must be the author of a header
/// above (an arrow in front also admits a name not yet seen).
fn take_short_reply_lines(headers: &mut [Header], lines: &[&str]) {
    for k in 0..headers.len() {
        let below = headers[k].line + headers[k].len;
        let next = headers.get(k + 1).map_or(lines.len(), |h| h.line);
        if below >= next {
            continue;
        }
        let Some((target, arrow)) = short_reply_target(lines[below].trim()) else {
            continue;
        };
        let earlier = headers[..k]
            .iter()
            .any(|h| h.author.as_deref() == Some(target));
        let named =
            target.split_whitespace().count() <= 4 && target.split_whitespace().all(is_name_token);
        if earlier || (arrow && named) {
            let h = &mut headers[k];
            h.reply_to.get_or_insert_with(|| target.to_string());
            h.len += 1;
        }
    }
}

/// Rank lines right under headers (`#1 — Wolfi — 13.11.2025` /
/// `Stammgast · 2.318 Beiträge`: fields and a count), when a third or more of the page's
/// headers have one: boards print the poster's rank and post count
/// there, and on a board that does so a short line in that place is no
/// text. A reply line the header already took may come first.
fn take_rank_lines(
    headers: &mut [Header],
    lines: &[&str],
    infos: &[LineInfo],
    dates: &DatePatterns,
) {
    let ranked = |h: &Header, next: usize| {
        let i = h.line + h.len;
        let t = lines.get(i).map_or("", |t| t.trim());
        // A count or fields, so that a short title opening the text
        // (`Gute Idee`) is not taken for a rank.
        let counted = t.contains(|c: char| FIELD_SEPARATORS.contains(c))
            && t.contains(|c: char| c.is_ascii_digit());
        // A header over its text stands after a blank line; one hung
        // under its text has the action row below it (`Zitieren | Danke (3)`).
        let opens_block = h.line == 0 || infos[h.line - 1].blank;
        i < next.min(lines.len()) && counted && opens_block && is_rank_line(t, &infos[i], dates)
    };
    let nexts: Vec<usize> = (0..headers.len())
        .map(|k| headers.get(k + 1).map_or(lines.len(), |h| h.line))
        .collect();
    let n = headers
        .iter()
        .zip(&nexts)
        .filter(|(h, &next)| ranked(h, next))
        .count();
    if n < 2 || n * 3 < headers.len() {
        return;
    }
    for (h, &next) in headers.iter_mut().zip(&nexts) {
        if ranked(h, next) {
            h.len += 1;
        }
    }
}

/// Badges that mark a site's own staff, printed on a line of their own
/// under the header of a staff reply (`grätzlfunk Redaktion  09:31` /
/// `Team`).
const STAFF_BADGES: &[&str] = &[
    "team",
    "redaktion",
    "moderation",
    "moderator",
    "moderatorin",
    "admin",
    "administrator",
    "staff",
    "autor",
    "autorin",
    "author",
    "verifiziert",
    "verified",
    "verifiziertes profil",
    "verifiziertes konto",
    "verified account",
    "offizielles profil",
    // A council's or a company's answer in a participation portal
    // (`#5 · Gemeinde Triesen · <stamp> · Offizielle Antwort`).
    "offizielle antwort",
    "offizielle stellungnahme",
];

/// Badges a social network prints over a commenter's name (`Top-Fan`
/// / `Sabine Kroll`), beside the staff badges.
const FAN_BADGES: &[&str] = &[
    "top-fan",
    "top fan",
    "topfan",
    "superfan",
    "stammleser",
    "stammleserin",
    "abonnent",
    "abonnentin",
    "top-kommentator",
    "top-kommentatorin",
    // Tabloid forums and fan sites rank their regulars (`Ferdl_1160 ·
    // Top-Poster · vor 3 Std.`, `Kurvenkind / Community-Profi / …`).
    "top-poster",
    "top-posterin",
    "community-profi",
    "top contributor",
];

/// Whether a line is only a staff or fan badge (`Top-Fan`, `Autor`).
/// A gender-inclusive badge reads as its feminine form (`Abonnent:in`,
/// `Leser*in`, `Autor_in` as `abonnentin`, …): the lists hold that one.
pub(crate) fn is_badge_line(t: &str) -> bool {
    let bare = gender_colon_free(t.trim()).to_lowercase();
    STAFF_BADGES.contains(&bare.as_str()) || FAN_BADGES.contains(&bare.as_str())
}

/// Badges a site prints over or under a comment it picks out
/// (`★ TOP-KOMMENTAR`, `Redaktionstipp`): neither text nor name.
const PICK_BADGES: &[&str] = &[
    "top-kommentar",
    "topkommentar",
    "top kommentar",
    "redaktionstipp",
    "tipp der redaktion",
    "redaktionsempfehlung",
    "empfehlung der redaktion",
    "von der redaktion empfohlen",
    "leserempfehlung",
    "ausgewählter kommentar",
    "hervorgehoben",
    "top comment",
    "featured",
    "featured comment",
    "editor's pick",
    "editors' pick",
    "highlighted",
];

/// Whether a line is a pick badge alone (see [`PICK_BADGES`]), decorated
/// or not (`★ TOP-KOMMENTAR ★`).
pub(crate) fn is_pick_badge(t: &str) -> bool {
    let bare = t
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    PICK_BADGES.contains(&bare.as_str())
}

/// A staff badge line right under a header that opens a block, with the
/// text after it, belongs to the header: apps print it under the name of
/// their own team's replies only, so no page-wide pattern shows it. A
/// social plugin's profile line (`Arbeitet bei Sparkasse Bochum`, `Wohnt
/// in Gelsenkirchen`, `Top-Fan`) joins under any header: the plugin prints
/// it for some writers only, so no column of the page agrees on it either.
fn take_staff_badges(headers: &mut [Header], lines: &[&str], infos: &[LineInfo]) {
    let n = headers.len();
    // A tag under one header may be a comment's title (`Frage`,
    // `Hinweis`); a portal tags many.
    let tag_under = |h: &Header| {
        lines
            .get(h.line + h.len)
            .is_some_and(|t| is_position_tag(t))
    };
    let tags = headers.iter().filter(|h| tag_under(h)).count() >= 2;
    for k in 0..n {
        let i = headers[k].line + headers[k].len;
        let next = headers.get(k + 1).map_or(lines.len(), |h| h.line);
        let opens_block = headers[k].line == 0 || infos[headers[k].line - 1].blank;
        let text_after = i + 1 < next && !infos[i + 1].blank;
        let badge = lines.get(i).is_some_and(|t| {
            let bare = t.trim().trim_matches(|c: char| "✓✔☑★·•| ".contains(c));
            STAFF_BADGES.contains(&bare.to_lowercase().as_str())
        });
        let profile = lines.get(i).is_some_and(|t| is_plugin_profile(t));
        let tag = tags && tag_under(&headers[k]);
        // A bare post number under the stamp (`Geschrieben am: … ` / `#5`),
        // as old boards print it in the post's title bar.
        let number = lines.get(i).is_some_and(|t| is_post_number(t.trim()));
        if text_after && ((opens_block && (badge || tag)) || profile || number) {
            headers[k].len += 1;
        }
    }
}

/// Tags that participation portals print on a line of their own under
/// a contribution's header (`#3 · Beat_58 · 03.06.2025, 06:52` / `Frage`):
/// the kind of contribution, chosen from a list, no word of its text.
const POSITION_TAGS: &[&str] = &[
    "pro",
    "contra",
    "kontra",
    "dafür",
    "dagegen",
    "neutral",
    "frage",
    "idee",
    "vorschlag",
    "anregung",
    "hinweis",
    "einwand",
    "lob",
    "kritik",
];

/// Whether a line is a position tag alone (see [`POSITION_TAGS`]), maybe
/// behind a symbol (`👍 Pro`, `✚ Idee`).
fn is_position_tag(t: &str) -> bool {
    let bare = t.trim().trim_start_matches(|c: char| !c.is_alphanumeric());
    POSITION_TAGS.contains(&bare.to_lowercase().as_str())
}

/// How a social plugin's profile line under the name starts (Facebook's
/// comment plugin, German and English).
const PROFILE_OPENERS: &[&str] = &[
    "Arbeitet bei ",
    "Arbeitet als ",
    "Arbeitete bei ",
    "Wohnt in ",
    "Lebt in ",
    "Studiert an ",
    "Studierte an ",
    "Studiert in ",
    "Geht zur ",
    "Ging zur ",
    "Kommt aus ",
    "Works at ",
    "Worked at ",
    "Lives in ",
    "Studied at ",
    "Studies at ",
    "Went to ",
];

/// A short profile line (see [`take_staff_badges`]) or a fan badge alone.
pub(crate) fn is_plugin_profile(t: &str) -> bool {
    let t = t.trim();
    let short = t.split_whitespace().count() <= 8 && !t.ends_with(['.', '!', '?', ':']);
    let opens = PROFILE_OPENERS.iter().any(|p| {
        t.strip_prefix(p)
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    });
    short && (opens || FAN_BADGES.contains(&t.to_lowercase().as_str()))
}

/// The name a short reply line points at, and whether an arrow opens it:
/// `↳ an Melli`, `zu Ruth Amrein`, `Re: Gerti`, `↪ bezieht sich auf #1
/// von Wolfi` (the post number's author).
fn short_reply_target(t: &str) -> Option<(&str, bool)> {
    let bare = t.trim_start_matches(|c: char| {
        NESTED_ARROWS.contains(&c) || REPLY_ARROWS.contains(&c) || c.is_whitespace()
    });
    let arrow = bare.len() < t.len();
    const OPENERS: &[&str] = &["an ", "zu ", "re: ", "to ", "bezieht sich auf "];
    let p = OPENERS.iter().find(|p| {
        bare.get(..p.len())
            .is_some_and(|h| h.eq_ignore_ascii_case(p))
    })?;
    let rest = bare[p.len()..].trim();
    // `#1 von Wolfi`, `Beitrag 3 von Anna`: the author after the number.
    let rest = match rest.split_once(" von ") {
        Some((num, name)) if num.chars().any(|c| c.is_ascii_digit()) && num.len() <= 12 => {
            name.trim()
        }
        _ => rest,
    };
    let rest = rest.trim_end_matches(':');
    (!rest.is_empty() && rest.chars().count() <= 40).then_some((rest, arrow))
}

/// Replies that name their target by a fediverse handle (`Antwort an
/// @carla@troet.cafe`) answer the earlier comment whose header prints that
/// handle: its author's display name (`Carla Winter`). A handle no header
/// prints stays as it is.
fn resolve_handles(headers: &mut [Header], lines: &[&str]) {
    for k in 0..headers.len() {
        let Some(handle) = headers[k].reply_to.clone().filter(|r| r.starts_with('@')) else {
            continue;
        };
        let owner = headers[..k].iter().rev().find(|h| {
            lines[h.line..(h.line + h.len).min(lines.len())]
                .iter()
                .any(|l| l.split_whitespace().any(|w| w == handle))
        });
        if let Some(author) = owner.and_then(|h| h.author.clone()) {
            headers[k].reply_to = Some(author);
        }
    }
}

/// Drops leading headers that are the article's byline (`Katharina Pölzl`
/// / `11. März 2026, 16:05`, printed like the comment headers below it):
/// what follows them up to the next header holds a stand-alone photo
/// credit (`Foto: Helmut Resch`), which articles print and reader
/// comments do not; or the header says when the article was updated
/// (`Zusammengestellt von der Leserbriefredaktion` / `Zuletzt
/// aktualisiert am 18. Februar 2026`), which no reader's post does.
fn drop_bylines(headers: &mut Vec<Header>, lines: &[&str], infos: &[LineInfo]) {
    while headers.len() >= 3 {
        let (h, next) = (&headers[0], &headers[1]);
        let credited = infos[h.line + h.len..next.line]
            .iter()
            .any(|i| i.photo_credit);
        let updated = lines[h.line..h.line + h.len].iter().any(|l| {
            let l = l.trim_start().to_lowercase();
            l.starts_with("zuletzt aktualisiert") || l.starts_with("aktualisiert am")
        });
        if !credited && !updated {
            return;
        }
        headers.remove(0);
    }
}

/// The page's header pattern: the signature that repeats most, and what
/// its variants may differ in.
struct Pattern {
    sig: String,
    family: String,
    loose: String,
    bare: String,
    /// The family without its fields, and how many it has (asked of
    /// every candidate, so taken once).
    fieldless: String,
    /// The family without a place after the name.
    placeless: String,
    fields: usize,
    nested: bool,
    relative: bool,
    /// The first line of a header with exactly this signature.
    first_line: usize,
}

impl Pattern {
    /// Whether a candidate is a header of this pattern.
    fn admits(&self, c: &Candidate) -> bool {
        c.sig == self.sig
            // Fresh comments print `vor 3 Stunden`, older ones a date.
            || (c.family == self.family && c.stamp.as_ref().is_some_and(|s| s.is_relative() != self.relative))
            // A site may switch date formats within its thread (`12.
            // Jänner 2026, 07:58`, then `12.01.2026 um 11:02`); above the
            // thread's first header the same shape is the article's
            // byline (`Reto Ambühl` / `14.1.2025, 05.30 Uhr`).
            || (c.family == self.family && c.stamp.is_some() && c.line > self.first_line)
            // Below the thread's first header a writer may leave out the
            // place the others give after their names (`— Thuner_Seebueb ·
            // <stamp>` among `— Hanspeter M., Thun · <stamp>`).
            || (c.stamp.is_some() && c.line > self.first_line && c.family == self.placeless)
            // A numbered thread mixes ISO stamps and dates with a time zone
            // (`Kommentar 6 von 11  Anna  04.03.2026 11:30 CET`): the
            // numbering says the line is one of the thread's headers.
            || (c.family == self.family && c.family.starts_with("# ") && c.stamp.is_some())
            // Sites mix `Name • vor 2 Stunden` and `Name (2h)`; relative
            // stamps are never quoted, so the separators may differ.
            || (self.relative
                && c.stamp.as_ref().is_some_and(Stamp::is_relative)
                && loose_family(&c.sig) == self.loose)
            // `↳ Antwort von Tom · <stamp>` under `Anna · <stamp>`: replies
            // behind an arrow may carry a role word the others lack.
            || ((c.nested != self.nested) && without_role(&c.family) == self.bare)
            // A one-line reply behind an arrow (`↳ Antwort von Petra W.
            // (Initiatorin) · <stamp>`) among two-line headers (`Name aus
            // Ort` / `unterschrieben am <stamp>`): the arrow and the name
            // and stamp on its line say enough.
            || (c.nested && !self.nested && c.len == 1 && c.author.is_some() && c.stamp.is_some())
            // `Lesemaus63 antwortete Hinnerk_B · <stamp>` under `Hinnerk_B ·
            // <stamp>`: the verb of a reply whose target was cut.
            // `Basti aus der Morgenshow antwortet Kai · <stamp>` under
            // `Martina aus Bad Tölz · per WhatsApp · <stamp>`: the verb may
            // stand where the others print a field.
            || (c.reply_to.is_some()
                && !self.family.split(' ').any(|t| t == "K")
                && without_fields(&without_verb(&c.family)) == self.fieldless)
            // `Antwort von Tafel e. V. · <stamp>` under `Mira hat 25 €
            // beigetragen · <stamp>`: the owner's reply names its role
            // where the others print their verb.
            || (c.author.is_some()
                && c.stamp.is_some()
                && c.family.starts_with("V N")
                && self.family.split(' ').any(|t| t == "K")
                && without_role(&c.family) == without_verb(&self.family))
            // `Reaktion von Lisa auf Dieter | <stamp>` under `Dieter |
            // <stamp>`: a reply that names its target may carry a role.
            || (c.reply_to.is_some() && without_role(&c.family) == self.family)
            // On a site that prints fields beside the name, a header may
            // have more: a moderator's role column (`Verfasst von:
            // Reinhild Pötter | Mitglied seit: 2009 | Beiträge: 1.284 |
            // Moderatorin`); a reply that names its target may have fewer
            // (`Jaxx [REDAKTION] ➜ x_Revenant_x · <stamp>` among `Name ·
            // Lvl 3 · <stamp>`). A line with fewer that names no target is
            // the post's own credit (`eingereicht von brueckenwaechter ·
            // vor 8 Std.` over `Name · 147 Punkte · vor 7 Std.`).
            || (c.author.is_some()
                && c.stamp.is_some()
                && self.fields > 0
                && (c.reply_to.is_some() || fields(&c.family) >= self.fields)
                && without_fields(&c.family) == self.fieldless)
    }
}

/// How many fields (`F`) a family has.
fn fields(family: &str) -> usize {
    family.split(' ').filter(|&t| t == "F").count()
}

/// A family without its fields (`F`) and the separators before them.
fn without_fields(family: &str) -> String {
    let mut kept: Vec<&str> = Vec::new();
    for t in family.split(' ') {
        if t == "F" {
            if kept
                .last()
                .is_some_and(|p| matches!(*p, "|" | "·" | "•" | "," | "-"))
            {
                kept.pop();
            }
        } else {
            kept.push(t);
        }
    }
    kept.join(" ")
}

/// A family without its speech verbs (`K`).
fn without_verb(family: &str) -> String {
    let kept: Vec<&str> = family.split(' ').filter(|&t| t != "K").collect();
    kept.join(" ")
}

/// The shape that repeats most (or, seen once, is strong or follows a
/// comment-section marker); ties go to the one starting later (comment
/// blocks sit below the article).
fn best_pattern(lines: &[&str], infos: &[LineInfo], cands: &[Candidate]) -> Option<Pattern> {
    let mut by_sig: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (k, c) in cands.iter().enumerate() {
        by_sig.entry(c.sig.as_str()).or_default().push(k);
    }
    let marker_before = |line: usize| {
        lines[..line]
            .iter()
            .zip(&infos[..line])
            .rev()
            .take(400)
            .any(|(l, i)| !i.blank && is_section_marker(l, i))
    };
    let (sig, _) = by_sig
        .iter()
        .filter(|(_, ks)| {
            ks.len() >= 2 || {
                let c = &cands[ks[0]];
                c.strong || marker_before(c.line)
            }
        })
        // On a tie the taller header wins: a name line over a `place |
        // rank | stamp` line is one header, not a line of text over one.
        .max_by_key(|(_, ks)| {
            let c = &cands[ks[0]];
            (ks.len(), c.strong, c.len, c.line)
        })?;
    let sig = sig.to_string();
    let family = family(&sig);
    Some(Pattern {
        loose: loose_family(&sig),
        placeless: without_place(&family),
        bare: without_role(&family).to_string(),
        fieldless: without_fields(&family),
        fields: fields(&family),
        nested: cands.iter().any(|c| c.sig == sig && c.nested),
        relative: cands
            .iter()
            .find(|c| c.sig == sig)
            .and_then(|c| c.stamp.as_ref())
            .is_some_and(Stamp::is_relative),
        first_line: cands
            .iter()
            .filter(|c| c.sig == sig)
            .map(|c| c.line)
            .min()
            .unwrap_or(0),
        family,
        sig,
    })
}

/// Reader letters signed under the text without a stamp (`Gerda Pfeiffer,
/// Weststadt`, `– Tom`): a short line of a name and its place, right under
/// a sentence and followed by a blank line. Asked only when no header
/// shape qualifies; a signature shape must be printed twice or more.
fn signatures(
    lines: &[&str],
    infos: &[LineInfo],
    shapes: &[Option<Shape>],
    dates: &DatePatterns,
) -> Vec<Header> {
    let mut by_sig: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, s) in shapes.iter().enumerate() {
        let Some(s) = s else { continue };
        let fields_only = s.sig.split(' ').all(|t| matches!(t, "N" | "," | "-"))
            && (s.sig.contains(',') || s.sig.starts_with('-'));
        let signed = i > 0
            && fields_only
            && s.stamp.is_none()
            && s.name.is_some()
            && infos[i].words <= 6
            && (!infos[i].sentence_end || ends_with_initial(lines[i]))
            && !infos[i - 1].blank
            && infos[i - 1].sentence_end
            && infos.get(i + 1).is_none_or(|n| n.blank);
        if signed {
            by_sig.entry(s.sig.as_str()).or_default().push(i);
        }
    }
    let Some((_, at)) = by_sig
        .into_iter()
        .filter(|(_, v)| v.len() >= 2)
        .max_by_key(|(_, v)| v.len())
    else {
        return dated_signatures(lines, infos, dates);
    };
    at.into_iter()
        .map(|i| Header {
            line: i,
            len: 1,
            author: shapes[i].as_ref().and_then(|s| s.name.clone()),
            stamp: None,
            reply_to: None,
            nested: false,
            below: true,
            level: None,
            top: None,
        })
        .collect()
}

/// Reader letters as a magazine prints them: under each letter its
/// writer's name and the fields after it (`Mehmet Yıldız, Geschäftsinhaber,
/// 1070 Wien`, `K. W., per E-Mail`), maybe over a line that dates the
/// letter (`E-Mail vom 30.4.2025`, `per Post, eingelangt am 5. Mai
/// 2025`), then a blank line. The fields differ from letter to letter, so
/// no one shape repeats; three signatures or more make the page's
/// pattern.
fn dated_signatures(lines: &[&str], infos: &[LineInfo], dates: &DatePatterns) -> Vec<Header> {
    let ends_block = |k: usize| infos.get(k).is_none_or(|n| n.blank);
    let found: Vec<Header> = (1..lines.len())
        .filter_map(|i| {
            let t = lines[i].trim();
            let (name, _) = t.split_once(',')?;
            let words: Vec<&str> = name.split_whitespace().collect();
            let signed = !infos[i - 1].blank
                && infos[i - 1].sentence_end
                && infos[i].words <= 8
                && (!infos[i].sentence_end || ends_with_initial(t))
                && dates.find(t).is_none()
                && (1..=4).contains(&words.len())
                && words
                    .iter()
                    .all(|w| is_name_token(w) && w.starts_with(char::is_uppercase));
            if !signed {
                return None;
            }
            let note = lines
                .get(i + 1)
                .filter(|n| n.split_whitespace().count() <= 8 && ends_block(i + 2))
                .and_then(|n| dates.find(n.trim()));
            (ends_block(i + 1) || note.is_some()).then(|| Header {
                line: i,
                len: 1 + usize::from(note.is_some()),
                author: Some(name.trim().to_string()),
                stamp: note,
                reply_to: None,
                nested: false,
                below: true,
                level: None,
                top: None,
            })
        })
        .collect();
    if found.len() >= 3 {
        found
    } else {
        Vec::new()
    }
}

/// A family without its leading role token (`V N · <S>` → `N · <S>`).
fn without_role(family: &str) -> &str {
    family.strip_prefix("V ").unwrap_or(family)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The headers [`find_headers`] finds on `lines`, with the lines'
    /// context pass (`LinePatterns::infos`: answer buttons).
    fn headers_in_context(lines: &[&str]) -> Vec<Header> {
        let infos = crate::segment::lines::LinePatterns::new().infos(lines);
        find_headers(lines, &infos, &DatePatterns::new())
    }

    /// The first line of each header [`headers_in_context`] finds.
    fn starts_in_context(lines: &[&str]) -> Vec<usize> {
        headers_in_context(lines).iter().map(|h| h.line).collect()
    }

    /// `unseen39`: letters signed with a name and varying fields, some
    /// over a line that dates them, are the headers of a letters page;
    /// two such signatures are not enough.
    #[test]
    fn reader_letters_signed_with_varying_fields() {
        let mut lines = vec!["Leserbriefe", ""];
        let letters: [&[&str]; 4] = [
            &[
                "Endlich!",
                "Ich wohne seit 31 Jahren am Gürtel.",
                "Ingrid Pospischil, 1160 Wien",
            ],
            &[
                "Ein Radweg ersetzt keine U-Bahn",
                "Der Gürtel ist die Verbindung.",
                "DI Walter Brunnbauer, Hernals",
                "E-Mail vom 30.4.2025",
            ],
            &[
                "Wer fragt die Geschäftsleute?",
                "Bitte mit Hausverstand.",
                "Mehmet Yıldız, Geschäftsinhaber, 1070 Wien",
            ],
            &[
                "Schmäh",
                "Wien, wie es leibt und lebt.",
                "K. W., per E-Mail",
            ],
        ];
        for l in letters {
            lines.extend(l);
            lines.push("");
        }
        let d = DatePatterns::new();
        let got = headers_of(&lines);
        let found: Vec<_> = got
            .iter()
            .map(|h| {
                (
                    h.line,
                    h.len,
                    h.author.as_deref(),
                    h.below,
                    h.stamp.is_some(),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (4, 1, Some("Ingrid Pospischil"), true, false),
                (8, 2, Some("DI Walter Brunnbauer"), true, true),
                (13, 1, Some("Mehmet Yıldız"), true, false),
                (17, 1, Some("K. W."), true, false),
            ]
        );
        let infos: Vec<LineInfo> = {
            let lp = crate::segment::lines::LinePatterns::new();
            lines.iter().map(|l| lp.info(l)).collect()
        };
        assert!(dated_signatures(&lines[..10], &infos[..10], &d).is_empty());
    }

    /// `unseen39`: `Geschrieben am:` labels the stamp (no name), and a
    /// member's join date (`Dabei seit: 03/2008`) is no post's header.
    #[test]
    fn stamp_labels_with_a_preposition_and_join_dates() {
        let d = DatePatterns::new();
        let s = shape("Geschrieben am: 02.08.2025 um 19:02:41", &d).expect("shape");
        assert!(s.name.is_none() && s.stamp.is_some(), "{}", s.sig);
        let plain = shape("Geschrieben: 02.08.2025 um 19:02:41", &d).expect("shape");
        assert_eq!(s.sig, plain.sig);
        assert!(shape("Dabei seit: 03/2008", &d).is_none());
        assert!(shape("Aus: Bruneck", &d).is_none());
        assert!(shape("Mitglied seit 12.03.2019", &d).is_none());
        let named = shape("Luis_B am 02.08.2025 um 19:02", &d).expect("shape");
        assert_eq!(named.name.as_deref(), Some("Luis_B"));
    }

    /// `unseen39`: a participation portal's tag line under the header
    /// (`Pro`, `Contra`, `Frage`) is the header's when several headers
    /// have one; a single `Frage` under a header may be a title.
    #[test]
    fn position_tags_under_headers() {
        let mut lines = vec!["Beiträge", ""];
        let posts = [
            ("#1 · Anna_K · 02.06.2025, 18:44", Some("Contra")),
            ("#2 · Daniel F. · 02.06.2025, 21:10", Some("Pro")),
            ("#3 · Beat_58 · 03.06.2025, 06:52", None),
            ("#4 · Gemeinde Triesen · 03.06.2025, 10:30 · als Antwort auf #3 · Offizielle Antwort", None),
        ];
        for (h, tag) in posts {
            lines.push(h);
            lines.extend(tag);
            lines.extend([
                "Ein Beitrag mit ein paar Worten darin.",
                "Antworten · Melden",
                "",
            ]);
        }
        let got = headers_of(&lines);
        let found: Vec<_> = got
            .iter()
            .map(|h| (h.line, h.len, h.author.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                (2, 2, Some("Anna_K")),
                (7, 2, Some("Daniel F.")),
                (12, 1, Some("Beat_58")),
                (16, 1, Some("Gemeinde Triesen")),
            ]
        );
        assert_eq!(got[3].reply_to.as_deref(), Some("Beat_58"), "{got:?}");
        // One tag alone stays text.
        let one = [
            "Kommentare",
            "",
            "Gast schreibt am 18.02.2025",
            "Frage",
            "Kann man die Kamera vom Handy aus auslösen?",
            "",
            "heike.b schreibt am 15.02.2025",
            "Preis ist gefallen",
            "Gibt es inzwischen für unter 450 Euro.",
        ];
        let got = headers_of(&one);
        assert_eq!(
            got.iter().map(|h| (h.line, h.len)).collect::<Vec<_>>(),
            [(2, 1), (6, 1)]
        );
    }

    /// Issue 11 (`unseen31`): a post count or a staff badge in the last
    /// field beside the name is no part of the shape.
    #[test]
    fn post_counts_and_badges_beside_the_name() {
        assert_eq!(
            without_count_or_badge_field("Fritz Baumgartner · 78 Postings"),
            "Fritz Baumgartner"
        );
        assert_eq!(
            without_count_or_badge_field("Hausruckler · 2.871 Postings"),
            "Hausruckler"
        );
        assert_eq!(
            without_count_or_badge_field("Theresa Oberndorfer · Redaktion"),
            "Theresa Oberndorfer"
        );
        assert_eq!(
            without_count_or_badge_field("Anna · 12 Äpfel"),
            "Anna · 12 Äpfel"
        );
        assert_eq!(
            without_count_or_badge_field("· 78 Postings"),
            "· 78 Postings"
        );
        let d = DatePatterns::new();
        assert_eq!(
            shape("Sabine_aus_Ried · 1.204 Postings", &d).map(|s| (s.name_only, s.name)),
            Some((true, Some("Sabine_aus_Ried".to_string())))
        );
    }

    /// Issue 11 (`unseen31`, tab-separated columns): `Kommentar 2 von 11`
    /// numbers the entry, an ISO stamp with a zone and a date with `CET`
    /// both read as stamps, and an arrow column names the answered author.
    #[test]
    fn numbered_entries_of_a_total_iso_stamps_and_arrow_columns() {
        let d = DatePatterns::new();
        let a = shape(
            "Kommentar 2 von 11  Luca Brunold  2026-03-04T07:40:21+01:00  ↳ an Flurina Caduff",
            &d,
        )
        .unwrap();
        assert_eq!(a.sig, "# N <iso t:>");
        assert_eq!(a.name.as_deref(), Some("Luca Brunold"));
        assert_eq!(a.reply_to.as_deref(), Some("Flurina Caduff"));
        let b = shape(
            "Kommentar 6 von 11  Anna-Lea Tscharner  04.03.2026 11:30 CET",
            &d,
        )
        .unwrap();
        assert_eq!(
            (b.sig.as_str(), b.name.as_deref()),
            ("# N <dmy4 t:>", Some("Anna-Lea Tscharner"))
        );
        assert_eq!(family(&a.sig), family(&b.sig));
        let when = |t: &str| d.find(t).map(|s| s.when);
        assert_eq!(
            when("2026-03-04T07:40:21+01:00"),
            Some(When::Absolute {
                year: Some(2026),
                month: 3,
                day: 4,
                time: Some((7, 40))
            })
        );
        // A role word before `von` and a name stay as they were.
        assert_eq!(
            role_prefix("Kommentar von Anna Berg").map(|(t, r)| (t.len(), r)),
            Some((1, "Anna Berg"))
        );
    }

    /// Issue 11 (`unseen30`, an app's shared text): a verified mark and
    /// the role after it are no part of the name or the shape.
    #[test]
    fn inline_verified_badge_and_role_leave_the_reply_shape() {
        assert_eq!(
            without_inline_badge("Uwe Karstädt ✓ Bürgermeister antwortet H. Duwe · 24.04. 19:12"),
            "Uwe Karstädt antwortet H. Duwe · 24.04. 19:12"
        );
        assert_eq!(
            without_inline_badge("Redaktion ✔ Moderation · vor 31 Min."),
            "Redaktion · vor 31 Min."
        );
        assert_eq!(
            without_inline_badge("Anna ✓ · 12.03.2026"),
            "Anna · 12.03.2026"
        );
        // A badge line of its own, and a mark without spaces, stay.
        assert_eq!(without_inline_badge("✔ Moderation"), "✔ Moderation");
        assert_eq!(without_inline_badge("Top✓Fan"), "Top✓Fan");
        let d = DatePatterns::new();
        let plain = shape(
            "Katrin aus Anklam antwortet Sven Rohloff · 24.04. 16:40",
            &d,
        )
        .unwrap();
        let badged = shape(
            "Uwe Karstädt ✓ Bürgermeister antwortet H. Duwe · 24.04. 19:12",
            &d,
        )
        .unwrap();
        assert_eq!(family(&plain.sig), family(&badged.sig));
        assert_eq!(badged.name.as_deref(), Some("Uwe Karstädt"));
    }

    /// Issue 11 (`unseen30`, a scraper that puts every element on a line
    /// of its own): the time under the date completes the stamp, and the
    /// name after a bare `antwortet auf` is the reply's target.
    #[test]
    fn time_and_reply_target_on_lines_of_their_own() {
        let d = DatePatterns::new();
        assert_eq!(bare_time("10:31", &d), Some((10, 31)));
        assert_eq!(bare_time("9.05 Uhr", &d), Some((9, 5)));
        assert_eq!(bare_time("24:10", &d), None);
        assert_eq!(bare_time("12", &d), None);
        assert_eq!(bare_time("heute 10:31", &d), None);
        assert!(bare_reply_phrase("antwortet auf"));
        assert!(!bare_reply_phrase("antwortet auf Anna"));
        let lines = [
            "Anna Leitner",
            "18.2.2026",
            "09:12",
            "Seit drei Jahren warten wir auf den Anschluss.",
            "Antworten",
            "",
            "Thomas Pühringer",
            "antwortet auf",
            "Anna Leitner",
            "18.2.2026",
            "09:40",
            "Bei uns genauso.",
            "Antworten",
            "",
            "Gabi H.",
            "18.2.2026",
            "10:31",
            "Ich arbeite im Homeoffice.",
            "Antworten",
        ];
        let mut hs = vec![
            Header {
                line: 0,
                len: 2,
                author: Some("Anna Leitner".into()),
                stamp: DatePatterns::new().find("18.2.2026"),
                reply_to: None,
                nested: false,
                below: false,
                level: None,
                top: None,
            };
            3
        ];
        (hs[1].line, hs[1].len) = (6, 5);
        (hs[2].line, hs[2].len) = (14, 2);
        take_split_fields(&mut hs, &lines, &d);
        let time = |h: &Header| match h.stamp.as_ref().map(|s| &s.when) {
            Some(When::Absolute { time, .. }) => *time,
            _ => None,
        };
        assert_eq!(
            hs.iter().map(time).collect::<Vec<_>>(),
            [Some((9, 12)), Some((9, 40)), Some((10, 31))]
        );
        assert_eq!(hs.iter().map(|h| h.len).collect::<Vec<_>>(), [3, 5, 3]);
        assert_eq!(hs[1].reply_to.as_deref(), Some("Anna Leitner"));
        assert_eq!(hs[0].reply_to, None);
    }

    /// Issue 11 (`unseen30`, a print view): a reply field between the
    /// name and the stamp, naming the post and its author in brackets, is
    /// no part of the shape; a verified-profile badge field neither.
    #[test]
    fn reply_field_between_name_and_stamp_names_the_author_in_brackets() {
        let (rest, target) = strip_reply_field(
            "#2  Frank Böttcher  |  Antwort auf #1 (Heike Mertens)  |  13.03.2026, 18:41 Uhr",
        )
        .unwrap();
        assert_eq!(rest, "#2  Frank Böttcher |  13.03.2026, 18:41 Uhr");
        assert_eq!(target.as_deref(), Some("Heike Mertens"));
        // A last column behind a gap (`unseen31`, tabs read as gaps).
        let (rest, target) =
            strip_reply_field("#6  Opa_Heinz  14.02.2026  19:40 Uhr  Antwort an #5 (Katrin M.)")
                .unwrap();
        assert_eq!(rest, "#6  Opa_Heinz  14.02.2026  19:40 Uhr");
        assert_eq!(target.as_deref(), Some("Katrin M."));
        // The last field as before; a post number alone names nobody.
        let (rest, target) =
            strip_reply_field("Anna · 12.06.2026 · Antwort auf Beitrag 3").unwrap();
        assert_eq!((rest.as_ref(), target), ("Anna · 12.06.2026", None));
        assert!(
            strip_reply_field("Anna | Antworten sind willkommen, finde ich | 12.06.2026").is_none()
        );
        let lines = [
            "#1  Heike Mertens  |  13.03.2026, 18:05 Uhr",
            "Was für eine tolle Nachricht!",
            "",
            "#2  Frank Böttcher  |  Antwort auf #1 (Heike Mertens)  |  13.03.2026, 18:41 Uhr",
            "Dem kann ich mich nur anschließen.",
            "",
            "#3  Förderverein Rühlingen e.V.  |  Verifiziertes Profil  |  14.03.2026, 12:30 Uhr",
            "Herzlichen Dank für die vielen Rückmeldungen!",
            "",
            "#4  Jutta K.  |  14.03.2026, 08:12 Uhr",
            "Eigentlich ist das eine Pflichtaufgabe der Kommune.",
        ];
        let hs = headers_in_context(&lines);
        assert_eq!(hs.iter().map(|h| h.line).collect::<Vec<_>>(), [0, 3, 6, 9]);
        assert_eq!(hs[1].reply_to.as_deref(), Some("Heike Mertens"));
        assert_eq!(hs[2].author.as_deref(), Some("Förderverein Rühlingen e.V."));
    }

    /// The shape memo answers by the whole line, gives what reading the
    /// line gives, and is emptied for the next page.
    #[test]
    fn memoised_shapes_are_the_shapes_of_the_whole_line() {
        let d = DatePatterns::new();
        forget_shapes();
        let sig = |s: Option<Shape>| s.map(|s| (s.sig, s.name, s.header_like));
        for line in [
            "Anna Berg",
            "Anna Berg · 12.03.2026",
            "Anna Berg",
            "Antworten",
        ] {
            assert_eq!(sig(shape(line, &d)), sig(read_shape(line, &d)), "{line}");
        }
        assert_eq!(SHAPES.with(|m| m.borrow().len()), 3);
        forget_shapes();
        assert_eq!(SHAPES.with(|m| m.borrow().len()), 0);
    }

    /// Issue 11 (`unseen11`): reply lines that quote the answered title
    /// or open with a verb; pick badges and avatar captions.
    #[test]
    fn link_numbers_and_bullets_of_a_text_browser_are_no_part_of_a_header() {
        assert_eq!(
            without_link_refs("     * [23]Bergfex_Oberland").as_deref(),
            Some("Bergfex_Oberland")
        );
        assert_eq!(
            without_link_refs("+ [26]Schneehase77 antwortet [27]Bergfex_Oberland").as_deref(),
            Some("Schneehase77 antwortet Bergfex_Oberland")
        );
        // Brackets that are no link numbers stay.
        assert_eq!(without_link_refs("[1.1] Tom – 12.03.2026"), None);
        assert_eq!(without_link_refs("Anna [12] Punkte"), None);
        let dates = DatePatterns::new();
        let s = shape("     * [23]Bergfex_Oberland", &dates).unwrap();
        assert_eq!(s.name.as_deref(), Some("Bergfex_Oberland"));
    }

    /// `unseen41`: a live ticker's `💬 Leserbeitrag ·` before the name
    /// names the kind of post, not its author.
    #[test]
    fn a_reader_post_kind_before_the_name_is_no_name() {
        let dates = DatePatterns::new();
        let s = shape(
            "💬 Leserbeitrag · Monika (Bühl am Alpsee) · 20:52 Uhr",
            &dates,
        )
        .unwrap();
        assert_eq!(s.name.as_deref(), Some("Monika"));
        let s = shape("Kommentar · Jonas · 21:44 Uhr", &dates).unwrap();
        assert_eq!(s.name.as_deref(), Some("Jonas"));
    }

    #[test]
    fn initials_and_abbreviations_end_a_name_but_an_ellipsis_does_not() {
        assert!(ends_with_initial("Hans-Peter W."));
        assert!(ends_with_initial("Mag. Hofrat a.D."));
        // Behind a text browser's link number (`unseen30`).
        assert!(ends_with_initial("     * [36]M.S."));
        assert!(!ends_with_initial("[36]Das sehe ich anders."));
        // Six characters ending in a three-byte `…`: once a panic.
        assert!(!ends_with_initial("Ich würde…"));
        assert!(!ends_with_initial("Das sehe ich anders."));
    }

    #[test]
    fn reply_lines_badges_and_avatar_captions() {
        assert_eq!(
            reply_line("Antwort auf „Wer soll das bezahlen?“ von Kalle57").as_deref(),
            Some("Kalle57")
        );
        assert_eq!(
            reply_line("antwortete auf Gerd H.").as_deref(),
            Some("Gerd H.")
        );
        assert_eq!(reply_line("Antwort auf „Titel“ ohne Namen"), None);
        // A name with the writer's place, as such sites print the author.
        assert_eq!(
            reply_line("Antwort auf den Kommentar von Landwirt aus der Börde").as_deref(),
            Some("Landwirt aus der Börde")
        );
        assert_eq!(reply_line("Antwort auf die Frage aus der Runde"), None);
        assert_eq!(
            reply_line("Als Antwort auf Gebraucht kaufen! von Klaus").as_deref(),
            Some("Klaus")
        );
        assert_eq!(
            reply_line("Als Antwort auf Hallo Ulla, bei 1,78 m würde… von Sören Lakämper")
                .as_deref(),
            Some("Sören Lakämper")
        );
        assert_eq!(
            reply_line("Antwort auf Ursula von Berg").as_deref(),
            Some("Ursula von Berg")
        );
        // `unseen40`: WordPress' sentence under the header.
        assert_eq!(
            reply_sentence("In reply to Gabi Sautter.").as_deref(),
            Some("Gabi Sautter")
        );
        assert_eq!(
            reply_sentence("In reply to marion k.").as_deref(),
            Some("marion k.")
        );
        assert_eq!(reply_sentence("In reply to this message."), None);
        assert!(is_pick_badge("★ TOP-KOMMENTAR"));
        // Gender-inclusive badges (`unseen40`).
        assert!(is_badge_line("Abonnent:in"));
        assert!(is_badge_line("Abonnent*in"));
        assert!(is_name_token("Abonnent:in"));
        assert!(!is_name_token("Leser:innen"));
        assert!(is_pick_badge("Redaktionstipp"));
        assert!(!is_pick_badge("Top-Kommentar zum Thema Maut, danke!"));
        assert!(is_avatar_caption("Profilbild von Jens Trautwein"));
        assert!(is_avatar_caption("Avatar"));
        assert!(!is_avatar_caption("Avatare sind Bilder"));
    }

    #[test]
    fn social_plugin_reactions_name_their_target() {
        assert_eq!(
            reply_line("↪ Reaktion auf Renate V. aus Hallein").as_deref(),
            Some("Renate V. aus Hallein")
        );
        assert_eq!(
            reply_line("Antwort auf FinanzFuchs: „Kleine Beträge, große Wirkung“").as_deref(),
            Some("FinanzFuchs")
        );
    }

    #[test]
    fn luxembourgish_and_french_reply_lines_name_their_target() {
        assert_eq!(
            reply_line("Äntwert op Carole W.").as_deref(),
            Some("Carole W.")
        );
        assert_eq!(
            reply_line("Réponse à Jemp_vun_Esch").as_deref(),
            Some("Jemp_vun_Esch")
        );
        assert_eq!(
            reply_line("Äntwert op dësen Artikel vu gëschter Owend mat vill Leit"),
            None
        );
    }

    /// The headers found on `lines`, with their line infos computed.
    fn headers_of(lines: &[&str]) -> Vec<Header> {
        let lp = crate::segment::lines::LinePatterns::new();
        let infos: Vec<LineInfo> = lines.iter().map(|l| lp.info(l)).collect();
        find_headers(lines, &infos, &DatePatterns::new())
    }

    /// Each header's first line, length and reply target.
    fn replies(h: &[Header]) -> Vec<(usize, usize, Option<&str>)> {
        h.iter()
            .map(|h| (h.line, h.len, h.reply_to.as_deref()))
            .collect()
    }

    /// A thread that switches date formats keeps its later headers; the
    /// same shape above the thread (the article's byline) stays text.
    #[test]
    fn a_thread_may_switch_date_formats_below_its_first_header() {
        let lines = [
            "Franz Lercher · 12. Jänner 2026, 07:58",
            "Das ist ein guter Plan, finde ich.",
            "",
            "Hüttenwirtin · 12. Jänner 2026, 08:30",
            "Ich bin dagegen, das ist zu teuer.",
            "",
            "Naturfreundin_Stmk · 12.01.2026 um 11:02",
            "Hochmoor ist unwiederbringlich.",
        ];
        let found: Vec<usize> = headers_of(&lines).iter().map(|h| h.line).collect();
        assert_eq!(found, [0, 3, 6]);
        let mut bylined = vec![
            "Reto Ambühl · 14.1.2025, 05.30 Uhr",
            "Der Gemeinderat will bauen.",
            "",
        ];
        bylined.extend(lines);
        let found: Vec<usize> = headers_of(&bylined).iter().map(|h| h.line).collect();
        assert_eq!(found, [3, 6, 9]);
    }

    /// A pseudonym opening with an article (`Der alte Schaffner`) is a
    /// name in a header field and after a post's number in a reply
    /// line; a sentence opening with one is not.
    #[test]
    fn pseudonyms_opening_with_an_article() {
        let d = DatePatterns::new();
        let s = shape("#11 — Der alte Schaffner — 4. November 2025, 10:31 Uhr", &d).expect("shape");
        assert_eq!(s.name.as_deref(), Some("Der alte Schaffner"));
        let plain = shape("#10 — Ostwestfale — 4. November 2025, 10:02 Uhr", &d).expect("shape");
        assert_eq!(s.sig, plain.sig);
        assert_eq!(
            reply_line("Antwort auf #11 von Der alte Schaffner").as_deref(),
            Some("Der alte Schaffner")
        );
        let sentence = shape("Die Stadt sagt: 4. November 2025", &d);
        assert!(sentence.is_none_or(|s| s.name.as_deref() != Some("Die Stadt")));
    }

    /// A staff badge set between dashes as a field of its own is no part
    /// of the shape: the editor's reply shares the readers' header.
    #[test]
    fn a_badge_field_between_dashes_keeps_the_shape() {
        let d = DatePatterns::new();
        let reader = shape("#5 — Grauer Panther — 4. November 2025, 7:55 Uhr", &d).expect("shape");
        let editor = shape(
            "#6 — Jonas Feldhaus — Redaktion — 4. November 2025, 8:20 Uhr",
            &d,
        )
        .expect("shape");
        assert_eq!(editor.sig, reader.sig);
        assert_eq!(editor.name.as_deref(), Some("Jonas Feldhaus"));
        // The first field and the last stay, whatever they say.
        assert_eq!(
            without_badge_field("Redaktion — Anna — heute"),
            "Redaktion — Anna — heute"
        );
    }

    /// Staff and fan badges between `·` are read away when that reading
    /// admits more headers: the editor's reply and the regulars join the
    /// readers' headers, under their own names.
    #[test]
    fn a_late_badge_field_between_dots() {
        let lines = [
            "Kommentare",
            "",
            "Pyhrnpass · 27. März 2025 um 18:30",
            "Ich halte das für reine Symbolpolitik.",
            "👍 12   👎 19   Antworten   Melden",
            "",
            "Linzer Bua · 27. März 2025 um 19:26",
            "Und wer kontrolliert das?",
            "👍 11   👎 0   Antworten   Melden",
            "",
            "Redaktion LMP · Redaktion · 27. März 2025 um 19:40",
            "@Linzer Bua Laut Gemeinde wird der Betrag bei der Buchung verrechnet.",
            "👍 18   👎 0   Antworten   Melden",
            "",
            "traunseerin · 27. März 2025 um 20:14",
            "Das glaub ich sofort.",
            "👍 7   👎 1   Antworten   Melden",
            "",
            "Ferdl_1160 · Top-Poster · 27. März 2025 um 20:31",
            "Des is halt Wien.",
            "👍 3   👎 0   Antworten   Melden",
            "",
            "Gerti W. · Abonnentin · Redaktionsempfehlung · 27. März 2025 um 20:40",
            "Schön wär’s.",
        ];
        let got: Vec<_> = (headers_in_context(&lines).into_iter())
            .map(|h| (h.line, h.author))
            .collect();
        let names = [
            "Pyhrnpass",
            "Linzer Bua",
            "Redaktion LMP",
            "traunseerin",
            "Ferdl_1160",
            "Gerti W.",
        ];
        let want: Vec<_> = [2, 6, 10, 14, 18, 22]
            .into_iter()
            .zip(names.map(|n| Some(n.to_string())))
            .collect();
        assert_eq!(got, want);
    }

    /// Most commenters print a subscriber badge as a column, some none:
    /// read without the badge, both are one pattern.
    #[test]
    fn a_badge_column_most_headers_have() {
        let lines = [
            "Kommentare",
            "",
            "Dr. Klaus Weber | Abonnent | Mo., 10.11.2025 – 08:14 Uhr",
            "Die Verlagerung war absehbar.",
            "",
            "H. Lindemann | Abonnent | Mo., 10.11.2025 – 08:09 Uhr",
            "Wer hätte das gedacht.",
            "",
            "Anlegerin_FFM | Mo., 10.11.2025 – 07:45 Uhr",
            "Minus 40 Prozent seit Januar, ich bin raus.",
            "",
            "Martina Scholz | Abonnentin | Mo., 10.11.2025 – 08:40 Uhr",
            "Das sehe ich anders.",
        ];
        let got: Vec<_> = (headers_in_context(&lines).into_iter())
            .map(|h| (h.line, h.author))
            .collect();
        let names = [
            "Dr. Klaus Weber",
            "H. Lindemann",
            "Anlegerin_FFM",
            "Martina Scholz",
        ];
        let want: Vec<_> = [2, 5, 8, 11]
            .into_iter()
            .zip(names.map(|n| Some(n.to_string())))
            .collect();
        assert_eq!(got, want);
    }

    /// A forum post's subject over `handle | stamp` is no name over a
    /// badge: every post's stamp line is its header, whether a subject
    /// that reads as a name stands over it or not.
    #[test]
    fn subjects_over_handle_stamp_lines() {
        let lines = [
            "Endlich wieder wie früher",
            "kabelsalat | 2026-03-12 12:03",
            "Ich hatte noch ein Handy mit Wechselakku.",
            "Bewertung: +34 / −2",
            "",
            "Re: Endlich wieder wie früher",
            "Gerätewart | 2026-03-12 12:17",
            "Wasserdichtigkeit hatte technische Gründe.",
            "Bewertung: +21 / −5",
            "",
            "Die Ausnahme ist das Problem",
            "Tux_Ringo | 2026-03-12 12:08",
            "Das schaffen moderne Akkus im Labor locker.",
        ];
        let headers = headers_of(&lines);
        let got: Vec<(usize, usize, Option<&str>)> = (headers.iter())
            .map(|h| (h.line, h.len, h.author.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (1, 1, Some("kabelsalat")),
                (6, 1, Some("Gerätewart")),
                (11, 1, Some("Tux_Ringo")),
            ]
        );
        let lp = crate::segment::lines::LinePatterns::new();
        assert!(lp.info(lines[3]).ui, "a labelled vote count is UI");
    }

    /// A link aggregator's vote buttons and collapse toggle are not part
    /// of the header: the name after `▲▼` is the author.
    #[test]
    fn vote_arrows_and_collapse_toggles_are_left_out_of_the_shape() {
        let d = DatePatterns::new();
        let s = shape("▲▼ n0sc0pe · 12 Punkte · vor 4 Stunden [–]", &d).expect("shape");
        assert_eq!(s.name.as_deref(), Some("n0sc0pe"));
        let plain = shape("n0sc0pe · 12 Punkte · vor 4 Stunden", &d).expect("shape");
        assert_eq!(s.sig, plain.sig);
        assert_eq!(strip_vote_controls("▲Hausbau [+]"), "▲Hausbau");
    }

    /// The unseen8 header forms: a handle as the name, a `RE:` reply
    /// field, a tree arrow drawn with a line, a weekday after `Datum:`,
    /// and reply lines naming a handle or `den Beitrag von`.
    #[test]
    fn handles_re_fields_tree_arrows_and_mail_labels() {
        let d = DatePatterns::new();
        let s = shape("@lena.kocht vor 2 Wochen (bearbeitet)", &d).expect("shape");
        assert_eq!(s.name.as_deref(), Some("lena.kocht"));
        let s = shape("@weserlichtspiele ✓ vor 2 Wochen", &d).expect("shape");
        assert_eq!(s.name.as_deref(), Some("weserlichtspiele"));
        let s = shape(
            "Sonja Petersen | Abonnentin | 04.03.2026 | 4:08 PM | RE: Frank Ziegler",
            &d,
        )
        .expect("shape");
        assert_eq!(s.reply_to.as_deref(), Some("Frank Ziegler"));
        let s = shape("└─ kernelkatze · 2026-03-03 19:15", &d).expect("shape");
        assert!(s.nested);
        assert_eq!(s.name.as_deref(), Some("kernelkatze"));
        let s = shape("Datum: Mi, 4. März 2026, 18:22", &d).expect("shape");
        assert!(s.stamp_only, "{s:?}");
        assert_eq!(
            reply_line("Antwort an @carla@troet.cafe").as_deref(),
            Some("@carla@troet.cafe")
        );
        assert_eq!(
            reply_line("Antwort auf den Beitrag von Anni").as_deref(),
            Some("Anni")
        );
    }

    #[test]
    fn shapes_abstract_names_and_stamps() {
        let d = DatePatterns::new();
        let sig = |l: &str| shape(l, &d).map(|s| s.sig);
        assert_eq!(
            sig("Rolf W. Schwake 06.11.24 01:03").as_deref(),
            Some("N <dmy2 t:>")
        );
        assert_eq!(
            sig("michael von wob 06.11.24 11:50").as_deref(),
            Some("N <dmy2 t:>")
        );
        assert_eq!(sig("J. Franke 5.11. 17.40").as_deref(), Some("N <dm t.>"));
        assert_eq!(sig("Lena_K • vor 3 Stunden").as_deref(), Some("N • <rel>"));
        assert_eq!(sig("Anna Berg sagt:").as_deref(), Some("N K :"));
        assert_eq!(
            sig("Kommentar von Anna Berg am 3. März 2024 um 14:05 Uhr").as_deref(),
            sig("Antwort von Tom am 4. März 2024 um 09:10 Uhr").as_deref()
        );
        assert_eq!(sig("#12 Anna Berg schrieb:").as_deref(), Some("# N K :"));
        assert_eq!(sig("Anna (vor 2 Tagen)").as_deref(), Some("N ( <rel> )"));
        assert_eq!(sig("Anna · 2h").as_deref(), Some("N · <rel>"));
        assert_eq!(
            shape("Kommentar von Anna Berg am 05.11.2024", &d).and_then(|s| s.name),
            Some("Anna Berg".to_string())
        );
        let s = shape("Aktualisiert am 05.11.2024, 14:03 Uhr", &d);
        assert!(s.is_some_and(|s| !s.header_like));
    }

    /// Names of the condolence book, hotel reviews and a link aggregator
    /// of `unseen18`: couples with `und`, an organisation's legal form,
    /// the kind of entry before `von`, a badge in square brackets, and a
    /// rating's label, which is no name.
    #[test]
    fn couples_legal_forms_entry_kinds_badges_and_ratings() {
        let d = DatePatterns::new();
        let name = |l: &str| shape(l, &d).and_then(|s| s.name);
        assert_eq!(
            name("Gerda und Helmut Brandt 04.03.2026").as_deref(),
            Some("Gerda und Helmut Brandt")
        );
        assert_eq!(
            name("Fischereigenossenschaft Ditzum eG · 03.03.2026").as_deref(),
            Some("Fischereigenossenschaft Ditzum eG")
        );
        assert_eq!(
            name("Kondolenz von Anke am 3. März 2026").as_deref(),
            Some("Anke")
        );
        assert_eq!(
            name("Frage von radlmax · 01.03.2026, 18:40").as_deref(),
            Some("radlmax")
        );
        assert_eq!(
            name("heizkurve [OP] · 12 Punkte · vor 5 Stunden").as_deref(),
            Some("heizkurve")
        );
        // `und` between a name and a lower-case word is a sentence.
        assert_ne!(
            name("Anna und drei weitere 04.03.2026").as_deref(),
            Some("Anna und drei weitere")
        );
        assert_eq!(
            name("Note 5,0/6 · Reisezeit Februar 2026 · bewertet am 01.03.2026").as_deref(),
            Some("Reisezeit Februar")
        );
        assert!(is_score("5,0/6") && is_score("4/5") && is_score("87/100"));
        assert!(!is_score("03/2026") && !is_score("5,0/") && !is_score("a/5"));
        assert_eq!(
            name("Rückfrage von F. Beckmann · 02.03. – 18:30").as_deref(),
            Some("F. Beckmann")
        );
        // A Swiss forum addresses a reply `an` its target.
        let reply = shape(
            "Ruedi G. (Leser-Nr. 4471) an Vreni K. · 8.12.2025 | 21.55",
            &d,
        );
        assert_eq!(
            reply.as_ref().and_then(|s| s.reply_to.as_deref()),
            Some("Vreni K.")
        );
        assert_eq!(reply.and_then(|s| s.name).as_deref(), Some("Ruedi G."));
    }

    /// An app store's reviews (`unseen18`): the avatar's description over
    /// the name opens the header and names no one; `Ja` / `Nein` under
    /// `Fandest du das hilfreich?` are buttons, not the developer's name
    /// line; and a row of fields over the stamp joins the header.
    #[test]
    fn avatar_lines_answer_buttons_and_field_rows_in_repeated_headers() {
        let lines = [
            "Profilbild von Mustafa Kaya",
            "Mustafa Kaya",
            "Bewertet mit 1 von 5 Sternen",
            "3. März 2026",
            "Stürzt beim Ticketkauf jedes Mal ab, bitte fixen.",
            "Fandest du das hilfreich?",
            "Ja",
            "Nein",
            "NVNO Verkehrsverbund GmbH",
            "4. März 2026",
            "Hallo Mustafa, das behebt Version 4.8.2.",
            "",
            "Profilbild von Lena Schöffler",
            "Lena Schöffler",
            "Bewertet mit 4 von 5 Sternen",
            "1. März 2026",
            "Echtzeit funktioniert inzwischen echt gut.",
            "Fandest du das hilfreich?",
            "Ja",
            "Nein",
            "",
            "Profilbild von Peter Hofmann",
            "Peter Hofmann",
            "Bewertet mit 2 von 5 Sternen",
            "27. Februar 2026",
            "Früher war die App übersichtlich.",
            "Fandest du das hilfreich?",
            "Ja",
            "Nein",
        ];
        let lp = crate::segment::lines::LinePatterns::new();
        let infos = lp.infos(&lines);
        assert!(infos[6].ui && infos[7].ui && !lp.info("Ja").ui);
        let got: Vec<(usize, usize, Option<String>)> =
            find_headers(&lines, &infos, &DatePatterns::new())
                .into_iter()
                .map(|h| (h.line, h.len, h.author))
                .collect();
        assert_eq!(
            got,
            [
                (0, 4, Some("Mustafa Kaya".to_string())),
                (8, 2, Some("NVNO Verkehrsverbund GmbH".to_string())),
                (12, 4, Some("Lena Schöffler".to_string())),
                (21, 4, Some("Peter Hofmann".to_string())),
            ]
        );
    }

    /// An online course's forum (`unseen19`): an initials avatar (`DW`)
    /// over `Name · Role` over the stamp; the author is the name the
    /// initials stand for, not the avatar.
    #[test]
    fn initials_avatars_stand_for_the_name_under_them() {
        let lines = [
            "DW",
            "Dorothea Wilms · Teilnehmerin",
            "Mi., 4. März, 19:12",
            "Ich habe nur zwei Kästen auf dem Balkon.",
            "👍 5   Antworten   ⋯",
            "AK",
            "Annegret Kessler · Kursleitung",
            "Mi., 4. März, 21:40",
            "Das ist ein sehr schöner Plan!",
            "👍 8   Antworten   ⋯",
            "KÖ",
            "Kemal Özdemir · Teilnehmer",
            "Do., 5. März, 12:30",
            "Lohnt sich das im Hochbeet?",
            "👍 2   Antworten   ⋯",
        ];
        let got: Vec<Option<String>> = headers_in_context(&lines)
            .into_iter()
            .map(|h| h.author)
            .collect();
        let names = ["Dorothea Wilms", "Annegret Kessler", "Kemal Özdemir"];
        assert_eq!(got, names.map(|n| Some(n.to_string())));
    }

    /// A crowdfunding board (`unseen19`): `Name hat 25 € beigetragen ·
    /// <stamp>` is a header like `Name schreibt`, and the owner's
    /// indented `Antwort von … · <stamp>` joins that pattern.
    #[test]
    fn contributions_and_the_owners_replies_are_headers() {
        let d = DatePatterns::new();
        let s = shape("Mira Ehlers hat 25 € beigetragen · vor 4 Stunden", &d).expect("shape");
        assert!(s.header_like && s.speech);
        assert_eq!(s.name.as_deref(), Some("Mira Ehlers"));
        let lines = [
            "Mira Ehlers hat 25 € beigetragen · vor 4 Stunden",
            "Super Sache, viel Erfolg auf den letzten Metern!",
            "Jonas Thielmann hat 50 € beigetragen · vor 2 Tagen",
            "Unbedingt eine gute Regenplane einplanen.",
            "    Antwort von Tafel Ahrbach e.V. (Projektinitiator*in) · vor 2 Tagen",
            "    Danke Jonas, wir melden uns.",
            "Claudia Wengert hat 20 € beigetragen · 02.03.2026",
            "Habe den Link an meinen Chor weitergeleitet.",
        ];
        let got: Vec<(usize, Option<String>)> = (headers_in_context(&lines).into_iter())
            .map(|h| (h.line, h.author))
            .collect();
        let want = [
            (0, "Mira Ehlers"),
            (2, "Jonas Thielmann"),
            (4, "Tafel Ahrbach e.V."),
            (6, "Claudia Wengert"),
        ];
        assert_eq!(got, want.map(|(l, n)| (l, Some(n.to_string()))));
    }

    /// A participation platform (`unseen19`): a stance column before
    /// the name and a badge column beside it are no part of the header's
    /// shape; `Reaktion von X auf Y` answers Y, a lower-case handle too,
    /// and joins the pattern of plain headers.
    #[test]
    fn stances_badges_and_reactions_to_a_named_target() {
        let d = DatePatterns::new();
        let plain = shape("PRO  anna_w | 18.02.2026", &d).expect("shape");
        assert_eq!(plain.name.as_deref(), Some("anna_w"));
        let line = "NEUTRAL  Reaktion von Tiefbauamt Hallstedt  ✔ Verwaltung  auf Dieter Kallweit | 20.02.2026";
        let s = shape(line, &d).expect("shape");
        assert_eq!(s.name.as_deref(), Some("Tiefbauamt Hallstedt"));
        assert_eq!(s.reply_to.as_deref(), Some("Dieter Kallweit"));
        let s = shape("PRO  Reaktion von anna_w auf kai.r | 23.02.2026", &d).expect("shape");
        assert_eq!(s.reply_to.as_deref(), Some("kai.r"));
        let s = shape("Reaktion von Tom auf den Vorschlag | 23.02.2026", &d);
        assert!(s.is_none_or(|s| s.reply_to.is_none()));
        let text = "Die Schultoiletten laufen über den normalen Haushalt.";
        let lines = [
            "PRO  anna_w | 18.02.2026",
            text,
            "CONTRA  Dieter Kallweit | 18.02.2026",
            text,
            "PRO  Reaktion von Lisa Marquardt auf Dieter Kallweit | 19.02.2026",
            text,
            line,
            text,
            "PRO  Hallstedter Seniorenbeirat | 22.02.2026",
            text,
        ];
        let got: Vec<(usize, Option<String>)> = (headers_in_context(&lines).into_iter())
            .map(|h| (h.line, h.reply_to))
            .collect();
        let dieter = Some("Dieter Kallweit".to_string());
        assert_eq!(
            got,
            [
                (0, None),
                (2, None),
                (4, dieter.clone()),
                (6, dieter),
                (8, None)
            ]
        );
    }

    /// A village site (`unseen38`): the reply field ends the forum's
    /// sentence after the stamp, one space on; the reply keeps the shape
    /// of the others, colon and all.
    #[test]
    fn a_reply_field_after_the_stamp_is_no_part_of_the_shape() {
        let (rest, target) =
            strip_reply_field("#3  Anderl schrieb am Fr, 07.02. - 07:38 als Antwort auf #2:")
                .expect("a reply field");
        assert_eq!(rest, "#3  Anderl schrieb am Fr, 07.02. - 07:38:");
        assert_eq!(target, None);
        assert!(strip_reply_field("Ich schrieb am Montag als Antwort auf Ihre Frage").is_none());
        let text = "Die Halle ist seit Oktober gesperrt, das ist für den Verein bitter.";
        let lines = [
            "#1  Sepp_Huber_TSV schrieb am Do, 06.02. - 20:14:",
            text,
            "#2  Marille schrieb am Do, 06.02. - 21:03:",
            text,
            "#3  Anderl schrieb am Fr, 07.02. - 07:38 als Antwort auf #2:",
            text,
            "#4  Gast schrieb am Sa, 08.02. - 18:45:",
            text,
        ];
        assert_eq!(starts_in_context(&lines), [0, 2, 4, 6]);
    }

    /// A regional forum (`unseen38`): signatures under the text give a
    /// place after the name, but a pseudonym comes without one.
    #[test]
    fn a_signature_without_the_place_the_others_give_is_a_header() {
        let text = "Der Uferweg ist seit Jahren beschlossen, es wird Zeit.";
        let lines = [
            "«Endlich vorwärtsmachen»",
            text,
            "— Hanspeter M., Thun · Dienstag, 4. März 2025",
            "",
            "Re: «Endlich vorwärtsmachen»",
            text,
            "— Elisabeth Zaugg, Hilterfingen · Dienstag, 4. März 2025",
            "",
            "Schilf",
            text,
            "— Thuner_Seebueb · Mittwoch, 5. März 2025",
            "",
            "«Eigentum ist auch ein Recht»",
            text,
            "— Chr. Rüfenacht, Steffisburg · Mittwoch, 5. März 2025",
            "",
        ];
        assert_eq!(starts_in_context(&lines), [2, 6, 10, 14]);
    }

    /// A game site (`unseen19`): the editor's reply without the level
    /// field the others print joins their pattern.
    #[test]
    fn a_reply_without_the_level_field_is_a_header() {
        let text = "Die Backer bekommen ein Artbook als Entschädigung.";
        let lines = [
            "x_Revenant_x  · Lvl 3 · 12.03.26, 17:59",
            text,
            "▲ 9 ▼   Antworten   ···",
            "Moorhexe ➜ x_Revenant_x  · Lvl 19 · 12.03.26, 18:06",
            text,
            "▲ 33 ▼   Antworten   ···",
            "Jaxx [REDAKTION] ➜ x_Revenant_x  · 12.03.26, 18:20",
            text,
            "▲ 41 ▼   Antworten   ···",
            "Lina.exe  · Lvl 24 · 12.03.26, 18:31",
            text,
        ];
        let got = starts_in_context(&lines);
        assert_eq!(got, [0, 3, 6, 9]);
    }

    /// A chess club (`unseen20`): `als Antwort auf X` names the target
    /// and leaves the shape of the others, even where a long role note
    /// takes the line past the header bound.
    #[test]
    fn replies_as_answers_with_long_role_notes() {
        let d = DatePatterns::new();
        let top = shape(
            "Kommentar von Ilse Brandauer — Sonntag, 9. März 2025, 10:12",
            &d,
        );
        let top = top.expect("shape");
        let reply = "Kommentar von Dr. Henning Rabe (Mannschaftsführer 1. Mannschaft) als \
                     Antwort auf Jannik Oster — Sonntag, 9. März 2025, 15:02";
        assert!(reply.chars().count() > MAX_HEADER_CHARS);
        let reply = shape(reply, &d).expect("shape");
        assert_eq!(reply.sig, top.sig);
        assert_eq!(reply.name.as_deref(), Some("Dr. Henning Rabe"));
        assert_eq!(reply.reply_to.as_deref(), Some("Jannik Oster"));
    }

    /// A genealogy forum (`unseen20`): `Verfasst von:` opens the name
    /// like `Kommentar von`; a moderator's extra role column and a guest's
    /// note closing the name line leave the header a header.
    #[test]
    fn forum_headers_with_a_role_column_or_a_guest_note() {
        let d = DatePatterns::new();
        let row = "Verfasst von: Reinhild Pötter | Mitglied seit: 2009 | Beiträge: 1.284";
        let s = shape(row, &d).expect("shape");
        assert_eq!(s.sig, "X V N | F | F");
        assert_eq!(s.name.as_deref(), Some("Reinhild Pötter"));
        let guest = shape("Verfasst von: Gast_Ohio (unregistriert)", &d).expect("shape");
        assert_eq!(guest.name.as_deref(), Some("Gast_Ohio"));
        // A language school's level and role badges open the line.
        let learner = shape("[B1] Mateo_R · Spanien · 12. Februar 2025", &d).expect("shape");
        assert_eq!(learner.name.as_deref(), Some("Mateo_R"));
        let teacher = shape("[Lehrkraft] Annegret Saß · 12. Februar 2025", &d).expect("shape");
        assert_eq!(teacher.name.as_deref(), Some("Annegret Saß"));
        assert_eq!(
            without_leading_badge("[23] Bergfex_Oberland"),
            "[23] Bergfex_Oberland"
        );
        // A weather station's note of four words.
        let station = shape("Hagelkorn_88 (Station Wertach-Ried, 915 m) um 07:12:", &d);
        let station = station.expect("shape");
        assert_eq!(station.name.as_deref(), Some("Hagelkorn_88"));
        assert!(station.header_like);
        let text = "Die Trauung ist im Kirchenbuch eingetragen, mit einer Randnotiz.";
        let lines = [
            "Verfasst von: Dieter Brockmeier-Holt | Mitglied seit: 2021 | Beiträge: 39 · 03.06.2024 07:02",
            text,
            "Verfasst von: Reinhild Pötter | Mitglied seit: 2009 | Beiträge: 1.284 | Moderatorin · 03.06.2024 09:15",
            text,
            "Verfasst von: Gertrud Landwehr | Mitglied seit: 2019 | Beiträge: 77 · 04.06.2024 16:30",
            text,
        ];
        let got: Vec<_> = headers_in_context(&lines)
            .into_iter()
            .map(|h| (h.line, h.author))
            .collect();
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[1], (2, Some("Reinhild Pötter".into())));
    }

    /// A radio station's listener messages (`unseen8`): a host's reply
    /// prints its verb where the listeners print how they wrote; a post's
    /// own credit with fewer fields and no target is no comment header.
    #[test]
    fn a_reply_verb_stands_for_a_field_and_a_credit_is_no_header() {
        let text = "Ein Verbot im Unterricht ja, aber in der Pause finde ich das übertrieben.";
        let lines = [
            "Martina aus Bad Tölz · per WhatsApp · 06:12 Uhr, 4. März",
            text,
            "Kai aus Geretsried · per App · 06:20 Uhr, 4. März",
            text,
            "Basti aus der Morgenshow antwortet Kai · 06:35 Uhr, 4. März",
            text,
            "Sepp aus Lenggries · per WhatsApp · 06:51 Uhr, 4. März",
            text,
        ];
        let got = starts_in_context(&lines);
        assert_eq!(got, [0, 2, 4, 6]);
        let lines = [
            "eingereicht von brueckenwaechter · vor 8 Std.",
            text,
            "kieselstein_91 · 147 Punkte · vor 7 Std.",
            text,
            "wassertreter · 64 Punkte · vor 6 Std.",
            text,
            "Stahlbetonfan · 98 Punkte · vor 7 Std.",
            text,
        ];
        let got = starts_in_context(&lines);
        assert_eq!(got, [2, 4, 6]);
    }

    /// A stamp's label opening the line before `von` (`Eingetragen von
    /// X am …`) is no part of the name, capitalised or not.
    #[test]
    fn a_participle_label_before_von() {
        let d = DatePatterns::new();
        let s = shape("Eingetragen von Xaver Huber am 14.05.25 um 19:12 Uhr", &d).expect("shape");
        assert!(s.header_like);
        assert_eq!(s.name.as_deref(), Some("Xaver Huber"));
        let s = shape(
            "Eingetragen von Landwirt aus Oberhofstetten am 14.05.25 um 22:15 Uhr",
            &d,
        )
        .expect("shape");
        assert!(s.header_like);
        assert_eq!(s.name.as_deref(), Some("Landwirt aus Oberhofstetten"));
    }

    /// A local history society (`unseen19`): a role note between the
    /// name and the speech verb leaves the shape of the others.
    #[test]
    fn a_note_before_a_speech_verb_keeps_the_shape() {
        let d = DatePatterns::new();
        let plain = shape("Alois Bertsch meinte am 3. März 2026 um 10:44:", &d).expect("shape");
        let noted = "Elmar Vonbank (Archivteam) meinte am 3. März 2026 um 14:30:";
        let noted = shape(noted, &d).expect("shape");
        assert_eq!(noted.sig, plain.sig);
        assert_eq!(noted.name.as_deref(), Some("Elmar Vonbank"));
        // WordPress's `sagt:` on a name line of its own; the blog's name
        // may be hyphenated (`unseen22`).
        let plain = shape("Klaus-Dieter W. sagt:", &d).expect("shape");
        let noted = shape("Stefan Lohmeier (Rathaus-Blog) sagt:", &d).expect("shape");
        assert_eq!(noted.sig, plain.sig);
        assert_eq!(noted.name.as_deref(), Some("Stefan Lohmeier"));
        // A forum's `von X am <stamp>`, the staff's role in brackets.
        let plain = shape("von Bastelbude am 10.03.2026, 10:58", &d).expect("shape");
        let noted = shape("von Jan Reisig (Redaktion) am 10.03.2026, 11:20", &d).expect("shape");
        assert_eq!(noted.sig, plain.sig);
        assert_eq!(noted.name.as_deref(), Some("Jan Reisig"));
    }

    #[test]
    fn reply_arrows_particles_and_field_labels() {
        let d = DatePatterns::new();
        let top = shape("Max_M · vor 3 Std.", &d).expect("shape");
        let reply = shape("Lisa K. ↪ Max_M · vor 2 Std.", &d).expect("shape");
        assert_eq!(reply.sig, top.sig);
        assert_eq!(reply.name.as_deref(), Some("Lisa K."));
        assert_eq!(reply.reply_to.as_deref(), Some("Max_M"));
        assert!(top.ends_with_stamp);
        let top = shape("Jonas P. • vor 5 Stunden", &d).expect("shape");
        let reply = shape("Lena H. ➦ Jonas P. • vor 4 Stunden", &d).expect("shape");
        assert_eq!(reply.sig, top.sig);
        assert_eq!(reply.name.as_deref(), Some("Lena H."));
        assert_eq!(reply.reply_to.as_deref(), Some("Jonas P."));
        // A particle inside the target's name.
        let line = "Lindenau_Lisa antwortet auf Heinz im Block C / Sa. 22.03. 15:40";
        let reply = shape(line, &d).expect("shape");
        assert_eq!(reply.name.as_deref(), Some("Lindenau_Lisa"));
        assert_eq!(reply.reply_to.as_deref(), Some("Heinz im Block C"));
        let s = shape("Thorsten aus der Südstadt schreibt:", &d).expect("shape");
        assert!(s.header_like);
        assert_eq!(s.name.as_deref(), Some("Thorsten aus der Südstadt"));
        let s = shape("Autor: Pharmazeutin_K | 22.11.2026, 09:14", &d).expect("shape");
        assert!(s.header_like);
        assert_eq!(s.name.as_deref(), Some("Pharmazeutin_K"));
    }

    #[test]
    fn repeated_shape_wins_over_quote() {
        let page = "Titel\nText.\nAnna Berg 06.11.24 11:50\nGut so.\nTom 06.11.24 10:00\nA. Berg 5.11. 9.40\nNein.\nUlf Dahl 05.11.24 09:00\nNa ja.";
        let lines: Vec<&str> = page.lines().collect();
        let h = headers_of(&lines);
        let at: Vec<usize> = h.iter().map(|h| h.line).collect();
        assert_eq!(at, vec![2, 4, 7]);
    }

    /// Issue 11: header details the generator's left-out families showed
    /// the rules were blind to.
    #[test]
    fn weekdays_seconds_von_and_reply_verbs_fit_one_shape() {
        let d = DatePatterns::new();
        let sh = |l: &str| shape(l, &d).expect("a shape");
        let s = sh("– Bürgerin, Mi, 21.10.2026 - 06:30");
        assert_eq!(
            (s.sig.as_str(), s.name.as_deref()),
            ("- N , wd <dmy4 t:>", Some("Bürgerin"))
        );
        assert!(s.header_like);
        let s = sh("18. Oktober 2026 um 07:57 Uhr von Fatma Berg");
        assert_eq!(s.name.as_deref(), Some("Fatma Berg"));
        assert!(sh("20.10.2026 21:34:25").stamp_only);
        let top = sh("Jürgen Brandt schreibt");
        let reply = sh("Birgit Köhler antwortet Jürgen Brandt");
        assert_eq!(reply.sig, top.sig);
        assert_eq!(reply.name.as_deref(), Some("Birgit Köhler"));
        assert_eq!(reply.reply_to.as_deref(), Some("Jürgen Brandt"));
        // A column gap ends the name: the role after it is no part of it.
        let s = sh("↳ Gerd Wallmann  Vorstand      Mar 8, 2026 8:02 pm");
        assert_eq!(s.name.as_deref(), Some("Gerd Wallmann"));
        let plain = sh("↳ Gerd Wallmann      Mar 8, 2026 8:02 pm");
        assert_eq!(s.sig, plain.sig);
        // So does a subscriber badge after a column gap.
        let badged = sh("M. Thomsen  WR+  |  03.02.26 – 19:48");
        assert_eq!(badged.name.as_deref(), Some("M. Thomsen"));
        assert_eq!(badged.sig, sh("Gesa Boysen  |  03.02.26 – 21:30").sig);
        // Or without one, as inline spans join it (`unseen37`).
        let badged = sh("Heinz-Peter Gerhart E+ 08.10.25, 19:12");
        assert_eq!(badged.name.as_deref(), Some("Heinz-Peter Gerhart"));
        assert_eq!(badged.sig, sh("Biobauer_Pfalz 09.10.25, 09:15").sig);
        // A participle that says what the stamp is, no name.
        let s = sh("unterschrieben am 16.02.2026");
        assert!(s.stamp_only && s.name.is_none(), "{}", s.sig);
        assert_eq!(reply_line("Reply to this message"), None);
        assert_eq!(reply_line("Reply to Anna").as_deref(), Some("Anna"));
        // The stamp between the verb and its target (`antwortete am … auf`).
        let top = sh("Gerhard Pfitzner schrieb am 17.03.2026 um 07:12 Uhr:");
        let reply = sh("Marion Tesch antwortete am 17.03.2026 um 07:45 Uhr auf Gerhard Pfitzner:");
        assert_eq!(reply.name.as_deref(), Some("Marion Tesch"));
        assert_eq!(reply.reply_to.as_deref(), Some("Gerhard Pfitzner"));
        assert_eq!(family(&reply.sig), family(&top.sig));
        // The answered post by number, its author in brackets.
        let numbered =
            sh("#2  Heike L. antwortete am 03.03.2026 um 19:05 Uhr auf #1 (Gerd Hansen):");
        assert_eq!(numbered.name.as_deref(), Some("Heike L."));
        assert_eq!(numbered.reply_to.as_deref(), Some("Gerd Hansen"));
        // A post number before a name, with one space or two; a numbered
        // title (a sentence's end, or more than three words) is no name.
        assert_eq!(numbered_name("1. Hubert_M"), Some("Hubert_M"));
        assert_eq!(numbered_name("8.  M. Dahlke"), Some("M. Dahlke"));
        assert_eq!(numbered_name("3. Wer soll das bezahlen?"), None);
        assert_eq!(
            numbered_name("4. Die Brücke muss bald saniert werden"),
            None
        );
        // Four words where the middle two join a place to the name.
        assert_eq!(
            numbered_name("4. Gastronom an der Kiellinie"),
            Some("Gastronom an der Kiellinie")
        );
        assert_eq!(numbered_name("5. Mehr Geld für Schulen"), None);
        let first = sh("#1  Gerd Hansen schrieb am 03.03.2026 um 18:42 Uhr:");
        assert_eq!(family(&numbered.sig), family(&first.sig));
        let rel = sh("Stadtkind heute, 14:40 Uhr");
        let abs = sh("Hans-Peter Z. 22.11.2026 07:44");
        assert_eq!(
            (rel.sig.as_str(), abs.sig.as_str()),
            ("N <rel>", "N <dmy4 t:>")
        );
        assert_eq!(family(&rel.sig), family(&abs.sig));
    }

    /// A tag after the stamp (`· Thema: Naturschutz`) is no part of the
    /// shape, so tagged posts pair with replies; a comma-town name line
    /// (`Klaus M., Bielefeld`) is a name line over a stamp line.
    #[test]
    fn topic_fields_and_name_town_lines() {
        let d = DatePatterns::new();
        let sig = |l: &str| shape(l, &d).map(|s| s.sig);
        assert_eq!(
            sig("Franz Pölzl · 03.06.2025 um 14:22 Uhr · Thema: Naturschutz"),
            sig("Projektbetreuung · 03.06.2025 um 16:05 Uhr · Antwort an Franz Pölzl")
        );
        assert_eq!(
            sig("Franz Pölzl · 03.06.2025 um 14:22 Uhr"),
            sig("Franz Pölzl · 03.06.2025 um 14:22 Uhr · Thema: Naturschutz")
        );
        for line in ["Klaus M., Bielefeld", "Klaus M., Halle (Saale)"] {
            let town = shape(line, &d).expect("shape");
            assert!(town.name_only, "{line}");
            assert_eq!(town.name.as_deref(), Some("Klaus M."));
        }
        let lines = [
            "Klaus M., Bielefeld",
            "Fr., 12. Dez. 2025, 7:48 Uhr",
            "Bargeld ist gedruckte Freiheit",
            "Herr Thiele hat völlig recht.",
            "",
            "Heike Sundermann, Gütersloh",
            "Fr., 12. Dez. 2025, 9:15 Uhr",
            "Antwort an Klaus M.",
            "Wer hat denn überhaupt einen 500er?",
        ];
        let h = headers_of(&lines);
        let got: Vec<_> = h
            .iter()
            .map(|h| (h.line, h.len, h.author.as_deref(), h.reply_to.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (0, 2, Some("Klaus M."), None),
                (5, 3, Some("Heike Sundermann"), Some("Klaus M."))
            ]
        );
    }

    /// A staff badge on its own line under a staff reply's header belongs
    /// to the header; a text line that merely starts with the word does not.
    #[test]
    fn staff_badge_lines_under_headers() {
        let lines = [
            "Melli_aus_Meidling  15:42",
            "Die U6 ist voll.",
            "",
            "grätzlfunk Redaktion  09:31",
            "Team",
            "Danke für eure Eindrücke!",
            "",
            "Hr. Novak  10:02",
            "Team Stadt hat recht.",
        ];
        let h = headers_of(&lines);
        assert_eq!(replies(&h), [(0, 1, None), (3, 2, None), (7, 1, None)]);
    }

    /// A stamp line opening with the kind of post gives the published
    /// date and the `zu X` target; a bracketed role after the name is
    /// left out of the shape.
    #[test]
    fn post_kinds_and_bracketed_roles() {
        let d = DatePatterns::new();
        assert_eq!(
            post_kind_stamp(
                "Tourenbericht · begangen am 20.09.2025 · veröffentlicht am 22.09.2025",
                &d
            ),
            Some(("22.09.2025", None))
        );
        assert_eq!(
            post_kind_stamp("Kommentar zu bergfex_maria · 22.09.2025", &d),
            Some(("22.09.2025", Some("bergfex_maria".to_string())))
        );
        assert_eq!(post_kind_stamp("Anna Berg · 22.09.2025", &d), None);
        assert_eq!(
            post_kind_stamp("Kommentar von heute früh · 22.09.2025", &d),
            None
        );
        let lines = [
            "bergfex_maria",
            "Tourenbericht · begangen am 20.09.2025 · veröffentlicht am 22.09.2025",
            "Echo am Oeschinensee getestet!",
            "",
            "Alpenmaxl",
            "Kommentar zu bergfex_maria · 22.09.2025",
            "Danke!",
        ];
        let h = headers_of(&lines);
        assert_eq!(replies(&h), [(0, 2, None), (4, 2, Some("bergfex_maria"))]);
        let sig = |l: &str| shape(l, &d).map(|s| s.sig);
        assert_eq!(
            sig("(Prof. H. Albers, FB Geschichte) 2025-01-14 11:15"),
            sig("(Lena K.) 2025-01-13 22:41")
        );
        assert_eq!(
            shape("(Prof. H. Albers, FB Geschichte) 2025-01-14 11:15", &d)
                .and_then(|s| s.name)
                .as_deref(),
            Some("Prof. H. Albers")
        );
    }

    /// Rank lines with fields and a count under most headers belong to
    /// them (`Mitglied · 87 Beiträge`).
    #[test]
    fn rank_lines_under_headers() {
        let lines = [
            "#1 — Wolfi_1908 — 13.11.2025, 08:41",
            "Stammgast · 2.318 Beiträge",
            "Respekt Andi.",
            "",
            "#2 — Sandra_N — 13.11.2025, 09:12",
            "Mitglied · 87 Beiträge",
            "Ich war damals im Stadion.",
            "",
            "#3 — Hansi K. — 13.11.2025, 09:30",
            "Da hast du leider recht.",
        ];
        let h = headers_of(&lines);
        assert_eq!(replies(&h), [(0, 2, None), (4, 2, None), (8, 1, None)]);
    }

    /// Short reply lines under a header (`zu Anna Berg`, `Re: Tom`, `↳ an
    /// Lisa_K`, `↪ bezieht sich auf #1 von Anna Berg`) belong to it when
    /// they name an earlier author (or an arrow opens them); a text line
    /// opening with `Zu` that names nobody stays text.
    #[test]
    fn short_reply_lines_under_headers() {
        let lines = [
            "Anna Berg · 5.10.2025 · 20.15 Uhr",
            "Schöne Worte, mal sehen.",
            "",
            "Tom Krüger · 6.10.2025 · 08.40 Uhr",
            "zu Anna Berg",
            "Das sehe ich auch so.",
            "",
            "Lisa K · 6.10.2025 · 09.12 Uhr",
            "Re: Tom Krüger",
            "Eben nicht.",
            "",
            "Jan Ott · 6.10.2025 · 10.02 Uhr",
            "↳ an Maxi",
            "Stimmt.",
            "",
            "Eva Roth · 6.10.2025 · 11.30 Uhr",
            "↪ bezieht sich auf #1 von Anna Berg",
            "Richtig.",
            "",
            "Udo Sand · 6.10.2025 · 12.00 Uhr",
            "Zu Recht",
            "Mehr sag ich nicht.",
        ];
        let h = headers_of(&lines);
        assert_eq!(
            replies(&h),
            [
                (0, 1, None),
                (3, 2, Some("Anna Berg")),
                (7, 2, Some("Tom Krüger")),
                (11, 2, Some("Maxi")),
                (15, 2, Some("Anna Berg")),
                (19, 1, None),
            ]
        );
    }

    /// Issue 11: name, reply line and stamp form one header of the same
    /// shape as the two-line headers of top-level comments.
    #[test]
    fn reply_line_between_name_and_stamp() {
        let lines = [
            "Kommentare",
            "Anna Berg",
            "22.11.2026 09:14:33",
            "Endlich passiert etwas.",
            "Tom Krüger",
            "Antwort auf Anna Berg",
            "22.11.2026 10:02:10",
            "Das Geld fehlt woanders.",
        ];
        let h = headers_of(&lines);
        let got = replies(&h);
        assert_eq!(got, [(1, 2, None), (4, 3, Some("Anna Berg"))]);
    }

    /// Fresh comments print a relative stamp, older ones a weekday and a
    /// date (`Mo., 10.03., 20:31 Uhr`): one header shape all the same.
    #[test]
    fn weekday_dates_mix_with_relative_stamps() {
        let lines = [
            "Leserdebatte (37)",
            "Kai Brenner · gestern, 18:12 Uhr",
            "Zu spät umgesteuert.",
            "",
            "Dr. Henrike Salm · Mo., 10.03., 20:31 Uhr",
            "Der Vertrag war nichts wert.",
            "",
            "M. Vollrath · heute, 09:15 Uhr",
            "Realistisch bleiben.",
            "",
            "Achim Gottwald · Mo., 10.03., 15:02 Uhr",
            "Was wird aus den Zulieferern?",
        ];
        let h = headers_of(&lines);
        let got: Vec<usize> = h.iter().map(|h| h.line).collect();
        assert_eq!(got, [1, 4, 7, 10]);
    }

    /// Post numbers over headers and replies that answer a number.
    #[test]
    fn post_numbers_name_the_parent() {
        assert_eq!(post_id("Kommentar #48207"), Some(48207));
        assert_eq!(post_id("Beitrag Nr. 12"), Some(12));
        assert_eq!(post_id("#3"), Some(3));
        assert_eq!(post_id("Nr. 3"), Some(3));
        assert_eq!(post_id("12"), None);
        assert_eq!(post_id("Kommentar"), None);
        let lines = [
            "8 Kommentare",
            "Kommentar #48201",
            "Verfasst von kabelkrake am 14.03.2026 um 12:03",
            "Überrascht das noch irgendwen?",
            "",
            "Kommentar #48207",
            "Verfasst von Birte Ohlendorf am 14.03.2026 um 12:31",
            "Der Zeitplan ist eine Katastrophe.",
            "",
            "Kommentar #48212",
            "Verfasst von Thorsten_M am 14.03.2026 um 13:10",
            "Antwort auf Kommentar #48201",
            "Bei uns genauso.",
        ];
        let h = headers_of(&lines);
        let got = replies(&h);
        assert_eq!(
            got,
            [(1, 2, None), (5, 2, None), (9, 3, Some("kabelkrake"))]
        );
    }

    /// A reply line over the header (`Antwort auf M. K.`) opens it and
    /// names the parent; an `@name` line over a header stays text.
    #[test]
    fn reply_line_over_the_header() {
        let lines = [
            "9 Kommentare",
            "M. K. am 27.11.24 um 08:05",
            "Klassischer Fall von zu spät.",
            "",
            "Antwort auf M. K.",
            "Dr. Rainer Weiland am 27.11.24 um 08:41",
            "Das greift zu kurz.",
            "",
            "Steuerzahler aus Hagen am 27.11.24 um 09:12",
            "Und wieder verschwinden Arbeitsplätze.",
            "@Rainer Weiland",
            "Lena B. am 27.11.24 um 09:30",
            "Stimmt.",
        ];
        let h = headers_of(&lines);
        let got = replies(&h);
        assert_eq!(
            got,
            [
                (1, 1, None),
                (4, 2, Some("M. K.")),
                (8, 1, None),
                (11, 1, None)
            ]
        );
    }

    /// Issue 11: a reply line under the stamp (`in Antwort auf …`) is part
    /// of the header and names the parent, whatever the header's shape.
    #[test]
    fn reply_line_under_the_stamp() {
        let lines = [
            "Forum",
            "Rosa Huber",
            "42 Postings, 3 Follower",
            "05.04.2026, 08:10:05",
            "Der Bus kommt nie pünktlich.",
            "",
            "Karl M.",
            "7 Postings, 0 Follower",
            "05.04.2026, 08:30:44",
            "in Antwort auf Rosa Huber",
            "Bei uns schon.",
        ];
        let h = headers_of(&lines);
        let got = replies(&h);
        assert_eq!(got, [(1, 3, None), (6, 4, Some("Rosa Huber"))]);
    }

    /// Issue 11: a profile line between name and stamp, and a note in
    /// brackets after the name, leave a header a header; a name under a
    /// label line (`Avatar`) stays the name.
    #[test]
    fn profile_lines_and_bracketed_notes() {
        let d = DatePatterns::new();
        let s = shape("horst.hoffmann (50 Beiträge) | 21.10.2026 19:54", &d).expect("a shape");
        assert!(s.header_like);
        assert_eq!(s.name.as_deref(), Some("horst.hoffmann"));
        assert_eq!(
            shape("Anna (22.11.2026)", &d).map(|s| s.sig).as_deref(),
            Some("N ( <dmy4> )")
        );
        let lines = [
            "Kommentare",
            "Pendler",
            "Leser seit 2023",
            "19. Okt. 2026, 01:38",
            "Endlich passiert etwas.",
            "Bürgerin13",
            "Leser seit 2024",
            "20. Okt. 2026, 10:43",
            "Das Geld fehlt woanders.",
            "Avatar",
            "Sandra Kühn → Bürgerin13",
            "21. Okt. 2026, 10:43",
            "Stimmt.",
        ];
        let lp = crate::segment::lines::LinePatterns::new();
        let infos: Vec<LineInfo> = lines.iter().map(|l| lp.info(l)).collect();
        let h = find_headers(&lines, &infos, &d);
        let got: Vec<(usize, usize, Option<&str>)> = h
            .iter()
            .map(|h| (h.line, h.len, h.author.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (1, 3, Some("Pendler")),
                (5, 3, Some("Bürgerin13")),
                (10, 2, Some("Sandra Kühn"))
            ]
        );
    }

    /// Issue 11: pseudonyms framed by dashes and underscores and names
    /// ending in a dotted abbreviation are names; a reply line may name
    /// them.
    #[test]
    fn framed_pseudonyms_and_abbreviated_titles_are_names() {
        let d = DatePatterns::new();
        let lines = [
            "Forum",
            "",
            "Donaukind",
            "12 Postings",
            "04.05.2026, 10:12:40",
            "Die Fähre fährt nur noch stündlich.",
            "",
            "_-kahlenberger-_",
            "3 Postings",
            "04.05.2026, 10:40:02",
            "in Antwort auf Donaukind",
            "Am Wochenende halbstündlich.",
            "",
            "Ing. Huber i.R.",
            "88 Postings",
            "04.05.2026, 11:02:13",
            "Früher fuhr sie alle zwanzig Minuten.",
        ];
        let lp = crate::segment::lines::LinePatterns::new();
        let infos: Vec<LineInfo> = lines.iter().map(|l| lp.info(l)).collect();
        let got: Vec<(usize, Option<String>, Option<String>)> = find_headers(&lines, &infos, &d)
            .into_iter()
            .map(|h| (h.line, h.author, h.reply_to))
            .collect();
        let s = |x: &str| Some(x.to_string());
        assert_eq!(
            got,
            [
                (2, s("Donaukind"), None),
                (7, s("_-kahlenberger-_"), s("Donaukind")),
                (13, s("Ing. Huber i.R."), None),
            ]
        );
    }

    /// A byline printed like the comment headers (name over stamp) is
    /// dropped when a photo credit follows it before the next header.
    #[test]
    fn bylines_with_a_photo_credit_are_no_headers() {
        let d = DatePatterns::new();
        let lines = [
            "Brücke gesperrt",
            "Lena Voss",
            "02.05.2026, 07:00",
            "",
            "Die Brücke am Hafen ist marode.",
            "Foto: Jan Ohm",
            "Der Umweg kostet zehn Minuten.",
            "",
            "Kommentare",
            "Kai_R",
            "02.05.2026, 08:12",
            "Das war absehbar.",
            "",
            "mona",
            "02.05.2026, 09:30",
            "Wann wird sie repariert?",
        ];
        let lp = crate::segment::lines::LinePatterns::new();
        let infos: Vec<LineInfo> = lines.iter().map(|l| lp.info(l)).collect();
        let h = find_headers(&lines, &infos, &d);
        let at: Vec<usize> = h.iter().map(|h| h.line).collect();
        assert_eq!(at, [9, 13]);
    }

    #[test]
    fn extra_fields_role_numbers_and_brackets_keep_the_author() {
        let d = DatePatterns::new();
        let sh = |l: &str| shape(l, &d).expect("a shape");
        let cases = [
            ("Martina Ko. | Dortmund | 14.11.2026, 18:03", "Martina Ko."),
            (
                "Eintrag vom 12.11.2026 | Name: Walter Fink | Ort: Oberau",
                "Walter Fink",
            ),
            (
                "Eintrag Nr. 3 von leseratte_77, 14.11.2026 13:05",
                "leseratte_77",
            ),
            ("[Wolfgang_S. | 22.11.26 | 13:20]", "Wolfgang_S."),
            ("Beitrag von Ute K. » Sa 22. Nov 2026, 09:14", "Ute K."),
            ("Posted by jb_1990 on Nov 12, 2026 at 3:14 PM", "jb_1990"),
        ];
        for (line, author) in cases {
            let s = sh(line);
            assert!(s.header_like, "{line}: {s:?}");
            assert_eq!(s.name.as_deref(), Some(author), "{line}");
        }
        // A town beside the name does not make the separators a strong cue,
        // and an action row with a stamp is not a header.
        assert!(sh("Martina Ko. | Dortmund | 14.11.2026, 18:03").fields);
        assert!(!sh("Gefällt mir · Antworten · 22.11.2026 08:12").header_like);
        // Two names in one field are a sentence's words, not a header.
        assert!(!sh("Anna Berg und Tom Krüger 22.11.2026").header_like);
        // The likes behind the stamp are a count, not part of the shape
        // (Talkyard); a count without a stamp before it is left alone.
        let liked = sh("kanalkind vor 2 Tagen 12 Likes");
        assert!(liked.header_like, "{liked:?}");
        assert_eq!(liked.name.as_deref(), Some("kanalkind"));
        assert!(sh("Stadtteilblog-Team Moderator vor 1 Tag 1 Like").header_like);
        assert_eq!(
            without_trailing_votes("Anna Berg 12 Likes", &d),
            "Anna Berg 12 Likes"
        );
    }

    #[test]
    fn reply_arrows_in_front_and_stamp_over_name() {
        let lines = [
            "Diskussion (3)",
            "Wetterfrosch_NRW · 16.11.2026 · 08:15",
            "Noch blühende Rosen im Garten.",
            "",
            "↳ Antwort von Lisa M. · 16.11.2026 · 09:02",
            "Bei uns auch.",
            "",
            "Fr., 21.11.2026 – 07:58",
            "Peter aus Neudorf",
            "Und die Tonne wird trotzdem nur alle zwei Wochen geleert.",
            "",
            "Fr., 21.11.2026 – 08:31",
            "kreislaeufer",
            "Die Leerung kostet eben auch.",
        ];
        let lp = crate::segment::lines::LinePatterns::new();
        let infos: Vec<LineInfo> = lines.iter().map(|l| lp.info(l)).collect();
        let d = DatePatterns::new();
        let h = find_headers(&lines[..7], &infos[..7], &d);
        let got: Vec<(usize, Option<&str>, bool)> = h
            .iter()
            .map(|h| (h.line, h.author.as_deref(), h.nested))
            .collect();
        assert_eq!(
            got,
            [
                (1, Some("Wetterfrosch_NRW"), false),
                (4, Some("Lisa M."), true)
            ]
        );
        let h = find_headers(&lines[7..], &infos[7..], &d);
        let got: Vec<(usize, usize, Option<&str>)> = h
            .iter()
            .map(|h| (h.line, h.len, h.author.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (0, 2, Some("Peter aus Neudorf")),
                (4, 2, Some("kreislaeufer"))
            ]
        );
    }

    #[test]
    fn reader_letters_signed_below_without_stamp() {
        let lines = [
            "Leserbriefe zur Verkehrswende",
            "",
            "Endlich traut sich jemand.",
            "Gerda Pfeiffer, Weststadt",
            "",
            "Die Pläne gehen an der Wirklichkeit vorbei.",
            "Rainer Köhler, Oberweiler",
            "",
            "Impressum | Datenschutz",
        ];
        let h = headers_of(&lines);
        let got: Vec<(usize, Option<&str>, bool)> = h
            .iter()
            .map(|h| (h.line, h.author.as_deref(), h.below))
            .collect();
        assert_eq!(
            got,
            [
                (3, Some("Gerda Pfeiffer"), true),
                (6, Some("Rainer Köhler"), true)
            ]
        );
    }

    /// Issue 11 (`unseen5`): numbered entries (`Beitrag 3 ·`), free fields
    /// beside the name (a vote, a role) and a last field naming what a
    /// reply answers give top-level comments and replies one shape.
    #[test]
    fn numbered_entries_free_fields_and_reply_fields() {
        let d = DatePatterns::new();
        let top = shape(
            "Beitrag 1 · Rolf Dietzsch · hat mit „Nein“ gestimmt · 2026-06-12 07:12",
            &d,
        )
        .expect("shape");
        assert!(top.header_like);
        assert_eq!(top.name.as_deref(), Some("Rolf Dietzsch"));
        for (line, name, target) in [
            (
                "Beitrag 2 · Zweirad_Zora · hat mit „Ja“ gestimmt · 2026-06-12 07:40 · Antwort auf Beitrag 1",
                "Zweirad_Zora",
                None,
            ),
            (
                "Beitrag 4 · Stadtanzeiger-Redaktion · Redaktion · 2026-06-12 10:30 · Antwort auf Anna Berg",
                "Stadtanzeiger-Redaktion",
                Some("Anna Berg"),
            ),
        ] {
            let s = shape(line, &d).expect("shape");
            assert_eq!(family(&s.sig), family(&top.sig), "{line}");
            assert_eq!(s.name.as_deref(), Some(name));
            assert_eq!(s.reply_to.as_deref(), target);
        }
    }

    /// Issue 11 (`unseen5`): a forum prints the stamp with the post number
    /// (`11.03.2026, 19:03   #1`) over the name and a rank line of short
    /// fields (`Stammgast · Registriert seit: 05/2011 · Beiträge: 3.412`).
    #[test]
    fn stamp_with_post_number_over_name_and_rank_line() {
        let lines = [
            "Parken wird teurer",
            "",
            "11.03.2026, 19:03   #1",
            "Schrankenwärter",
            "Stammgast · Registriert seit: 05/2011 · Beiträge: 3.412",
            "3 Euro die Stunde, damit stirbt die Altstadt.",
            "11.03.2026, 19:42   #2",
            "Mira_K",
            "Neuling · Registriert seit: 11/2019 · Beiträge: 87",
            "Umsonst ist da gar nichts, du zahlst es über die Preise mit.",
        ];
        let h = headers_of(&lines);
        let got: Vec<(usize, usize, Option<&str>)> = h
            .iter()
            .map(|h| (h.line, h.len, h.author.as_deref()))
            .collect();
        assert_eq!(
            got,
            [(2, 3, Some("Schrankenwärter")), (6, 3, Some("Mira_K"))]
        );
    }

    /// Issue 11 (`unseen5`): comment widgets print a badge beside the
    /// stamp under the name (`Top Comment · 2h`, `1h · Edited`); the badge
    /// is no name and the pair has the shape of plain name/stamp headers.
    #[test]
    fn badge_beside_the_stamp_under_the_name() {
        let lines = [
            "Trainer entlassen",
            "",
            "FanSeit1978",
            "Top Comment · 2h",
            "Viel zu spät, das hätte man früher machen müssen.",
            "",
            "Jule_Nordkurve  ↩ FanSeit1978",
            "1h · Edited",
            "Sieben Punkte sind kein Weltuntergang.",
            "",
            "Tim",
            "Nov 29, 2026, 2:02 PM",
            "Was für ein Saftladen.",
        ];
        let h = headers_of(&lines);
        let got: Vec<(usize, Option<&str>, Option<&str>)> = h
            .iter()
            .map(|h| (h.line, h.author.as_deref(), h.reply_to.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (2, Some("FanSeit1978"), None),
                (6, Some("Jule_Nordkurve"), Some("FanSeit1978")),
                (10, Some("Tim"), None)
            ]
        );
    }

    /// Issue 11 (`unseen24`): a club in brackets after a numbered handle,
    /// `» Name` of an indented reply, a handle ending in an initial, the
    /// answered comment's time after its author, an edit note after the
    /// stamp.
    #[test]
    fn bracketed_clubs_guillemets_initials_and_edit_notes() {
        let d = DatePatterns::new();
        let fan = shape("#1  Deichkind_SVW  [SV Weserstadt]", &d).expect("a shape");
        assert!(fan.name_only);
        assert_eq!(fan.name.as_deref(), Some("Deichkind_SVW"));
        let nested = shape("» Dr. Carla Böttcher", &d).expect("a shape");
        assert!(nested.nested && nested.name_only, "{nested:?}");
        assert_eq!(nested.name.as_deref(), Some("Dr. Carla Böttcher"));
        assert!(shape("»Das ist falsch«", &d).is_none_or(|s| !s.nested));
        // `↪` before a header marks the reply (`unseen36`), before a reply
        // phrase it stays the phrase's.
        let hooked =
            shape("↪ Martin Siegenthaler · Verifiziert ✔ · vor 30 Min.", &d).expect("a shape");
        assert!(hooked.nested && hooked.reply_to.is_none(), "{hooked:?}");
        assert_eq!(hooked.name.as_deref(), Some("Martin Siegenthaler"));
        assert_eq!(
            reply_line("↪ Reaktion auf Stefan Gruber").as_deref(),
            Some("Stefan Gruber")
        );
        assert!(ends_with_initial("Jens_K."));
        assert!(!ends_with_initial("Jens_Kurz."));
        assert_eq!(
            reply_line("Antwort auf Lesefuchs58 vom 23.09.2025 • 18:41 Uhr").as_deref(),
            Some("Lesefuchs58")
        );
        assert_eq!(
            without_edit_note("Birte Lorenzen · 4. März, 22:40 · bearbeitet"),
            "Birte Lorenzen · 4. März, 22:40"
        );
        assert_eq!(without_edit_note("Anna (bearbeitet)"), "Anna");
        assert_eq!(without_edit_note("Halle (Saale)"), "Halle (Saale)");
        let edited = shape("Birte Lorenzen · 4. März, 22:40 · bearbeitet", &d).expect("a shape");
        let plain = shape("Birte Lorenzen · 4. März, 22:40", &d).expect("a shape");
        assert_eq!(edited.sig, plain.sig);
    }

    /// Issue 11 (`unseen25`): a reader letter's signature with a job
    /// between name and town; a letters page's reply line.
    #[test]
    fn letter_signatures_with_a_job_and_letter_replies() {
        let d = DatePatterns::new();
        let signed = shape("Jens Tiedemann, Tischlermeister, Husum", &d).expect("a shape");
        assert!(signed.name_only, "{signed:?}");
        assert_eq!(signed.name.as_deref(), Some("Jens Tiedemann"));
        assert_eq!(
            reply_line("Bezieht sich auf die Zuschrift von Gerd Albers").as_deref(),
            Some("Gerd Albers")
        );
    }
}
