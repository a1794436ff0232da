//! Decoding and per-line features (`crate::segment` step 1).
//!
//! Every later step looks at lines through [`LineInfo`]: whether a line is
//! blank, UI residue (`Antworten`, `+12 −3`, `Posting 1 bis 25 von 312`),
//! site boilerplate (subscription prompts, cookie notices, `Anzeige`), a
//! stand-alone credit, or a caption carrying a photo credit.

use std::borrow::Cow;

use regex::Regex;

use super::SegmentError;

/// Characters that print nothing: zero-width space, non-joiner, joiner,
/// word joiner, byte-order mark, soft hyphen.
const INVISIBLE: &[char] = &[
    '\u{200b}', '\u{200c}', '\u{200d}', '\u{2060}', '\u{feff}', '\u{ad}',
];

/// Turns page bytes into text: UTF-8, or Windows-1252/Latin-1 for legacy
/// pages; refuses binary input.
pub(crate) fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<Cow<'a, str>, SegmentError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(SegmentError::Binary {
            page: name.to_string(),
            reason: "NUL byte",
            offset,
        });
    }
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    if controls * 20 > sample.len().max(1) {
        let offset = sample
            .iter()
            .position(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c))
            .unwrap_or(0);
        return Err(SegmentError::Binary {
            page: name.to_string(),
            reason: "control characters",
            offset,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        // Legacy German pages are Windows-1252; Latin-1 covers its letters.
        Err(_) => Ok(Cow::Owned(bytes.iter().map(|&b| cp1252(b)).collect())),
    }
}

fn cp1252(b: u8) -> char {
    match b {
        0x80 => '€',
        0x84 => '„',
        0x93 => '“',
        0x94 => '”',
        0x96 => '–',
        0x97 => '—',
        _ => char::from(b),
    }
}

/// Words that make up UI residue lines (`Antworten`, `12 Kommentare`,
/// `Posting 1 bis 25 von 312`). A short line made only of these, numbers
/// and signs is boilerplate.
const UI_WORDS: &[&str] = &[
    "antworten",
    "antwort",
    // Luxembourgish and French buttons of Luxembourg and Swiss sites
    // (`Äntwerten · Mellen`, `Répondre · Signaler`).
    "äntwerten",
    "mellen",
    "deelen",
    "répondre",
    "signaler",
    "partager",
    // Blogger's `Antwort hinzufügen`, `Kommentar hinzufügen`.
    "hinzufügen",
    // Read-aloud and bookmark buttons over an article.
    "anhören",
    "vorlesen",
    "merkliste",
    "melden",
    // `Missbrauch melden`, the report link of many German CMSes.
    "missbrauch",
    // A board's links under a post (`Profil  PN  Melden`: PN is the
    // private message).
    "profil",
    "pn",
    // Their post table's column heads (`Autor` / `Nachricht`).
    "nachricht",
    "teilen",
    "zitieren",
    "speichern",
    "gefällt",
    "mir",
    // A plugin's like count (`46 Personen gefällt das`; `das` is read
    // only after `gefällt` with a count, see [`is_ui`]).
    "personen",
    "person",
    "leuten",
    "like",
    "likes",
    "empfehlen",
    "empfehlung",
    "empfehlungen",
    "permalink",
    // An edit note on a line of its own under the stamp (Substack's
    // `Edited`).
    "edited",
    "bearbeitet",
    // `Eintrag melden`, `Beitrag melden`: the report link of guest books
    // and condolence books.
    "eintrag",
    "beitrag",
    // Material icon names that text scrapes keep in place of the icon
    // (`more_vert` beside a review's author, `arrow_forward`).
    "more_vert",
    "more_horiz",
    "arrow_forward",
    "arrow_back",
    "thumb_up",
    "thumb_down",
    "expand_more",
    "expand_less",
    "chevron_right",
    "chevron_left",
    "kommentar",
    "kommentare",
    "kommentieren",
    "leserkommentare",
    "mehr",
    "anzeigen",
    "laden",
    "alle",
    "weitere",
    "abschicken",
    "senden",
    "absenden",
    "abbrechen",
    "bearbeiten",
    "löschen",
    "neueste",
    "älteste",
    "beliebteste",
    "relevanteste",
    "zuerst",
    "sortieren",
    "sortierung",
    "nach",
    "posting",
    "postings",
    "bis",
    "von",
    "seite",
    "zustimmung",
    "ablehnung",
    "zustimmen",
    "ablehnen",
    "leserempfehlung",
    "leserempfehlungen",
    "zurück",
    "vor",
    "nächste",
    "vorherige",
    "drucken",
    "merken",
    "e-mail",
    "facebook",
    "twitter",
    "whatsapp",
    "linkedin",
    "link",
    "kopieren",
    "folgen",
    "pflichtfelder",
    "pflichtfeld",
    "diskussion",
    "diskutieren",
    "einloggen",
    "login",
    "anmelden",
    "registrieren",
    "posten",
    "abmelden",
    "schließen",
    "anzeige",
    "werbung",
    "thema",
    "hilfreich",
    "nicht",
    "daumen",
    "hoch",
    "runter",
    "antwortet",
    "beitrag",
    "beiträge",
    "zeigen",
    "ausblenden",
    "einblenden",
    "öffnen",
    "zum",
    "zur",
    "artikel",
    "leserstimmen",
    "leserbriefe",
    "leserkommentar",
    "schreiben",
    "verfassen",
    "oben",
    "lesen",
    "beste",
    "avatar",
    "bild",
    "bilder",
    "foto",
    "fotos",
    "video",
    "videos",
    "galerie",
    "bildergalerie",
    "fotogalerie",
    "fotostrecke",
    "ansehen",
    // English UI residue of embedded comment systems.
    "reply",
    "replies",
    "share",
    "report",
    "flag",
    "load",
    "more",
    "comment",
    "comments",
    "to",
    "save",
    "stickied",
    "upvote",
    "downvote",
    "vote",
    "votes",
    // The label of a vote count (`Bewertung: +21 / −5`).
    "bewertung",
    "bewertungen",
    // `Bewerten: ▲ 34 ▼ 3 | Antworten | Zitieren | Permalink`.
    "bewerten",
    "rating",
];

/// Phrases that mark site boilerplate wherever they occur: (phrase, weight).
/// A line scoring 2 or more is boilerplate (short lines need less).
const BOILER_PHRASES: &[(&str, u8)] = &[
    ("lesen sie auch", 3),
    // A condolence book's candle under an entry.
    ("hat eine kerze entzündet", 3),
    ("hat eine kerze angezündet", 3),
    ("lesen sie mehr", 3),
    ("mehr zum thema", 3),
    ("das könnte sie auch interessieren", 3),
    ("auch interessant", 2),
    ("anzeige", 1),
    ("werbung", 1),
    ("cookie", 2),
    ("personenbezogene daten", 2),
    ("wir und unsere partner", 2),
    ("datenschutzerklärung", 2),
    ("datenschutz", 1),
    ("einwilligung", 1),
    ("zustimmen", 1),
    ("akzeptieren", 1),
    ("tracking", 1),
    ("newsletter", 2),
    ("abonnieren", 2),
    ("für abonnenten", 2),
    ("artikel anhören", 2),
    ("zur merkliste", 2),
    ("abonnement", 2),
    ("online-abo", 2),
    ("jetzt testen", 2),
    ("jetzt anmelden", 2),
    ("jetzt registrieren", 2),
    ("registrieren sie sich", 2),
    ("melden sie sich", 1),
    ("kostenlos", 1),
    ("gratis", 1),
    ("probemonat", 2),
    ("monatlich kündbar", 2),
    ("e-paper", 2),
    ("epaper", 2),
    ("pdf-", 1),
    (" pdf ", 1),
    ("herunterladen", 1),
    ("druckausgabe", 1),
    ("im archiv", 1),
    ("per e-mail", 1),
    ("e-mail-adresse", 1),
    ("e-mail erhalten", 1),
    ("pflichtfeld", 3),
    ("netiquette", 2),
    // `Kommentare werden vor der Veröffentlichung von der Redaktion
    // geprüft.` over a thread.
    ("vor der veröffentlichung", 2),
    ("kommentarfunktion", 2),
    // A forum's notice under a closed thread (Discourse: `Dieses Thema
    // wurde 30 Tage nach der letzten Antwort automatisch geschlossen. Neue
    // Antworten sind nicht mehr erlaubt.`).
    ("automatisch geschlossen", 1),
    ("nicht mehr erlaubt", 1),
    ("nutzungsbedingungen", 2),
    ("impressum", 2),
    ("alle rechte vorbehalten", 3),
    ("artikel teilen", 2),
    ("artikel merken", 2),
    ("zur startseite", 2),
    ("zum kommentarbereich", 2),
    ("sie müssen angemeldet sein", 3),
    // `Zum Kommentieren müssen Sie angemeldet sein. Jetzt anmelden oder
    // Abo lösen.` under the last comment.
    ("müssen sie angemeldet sein", 3),
    ("abo lösen", 2),
    ("um zu kommentieren", 2),
    ("ihr kommentar", 2),
    ("ihre meinung", 1),
    ("diskutieren sie mit", 3),
    ("javascript", 2),
    ("adblock", 2),
    ("werbeblocker", 2),
    ("unterstützen sie", 1),
    ("qualitätsjournalismus", 1),
    ("plus-artikel", 2),
    ("weiterlesen", 2),
    ("hier anmelden", 2),
    ("bereits ein abo", 2),
    ("bereits abonnent", 2),
    ("noch keine kommentare", 3),
    ("seien sie der erste", 3),
    ("schreiben sie einen kommentar", 3),
    ("kommentar schreiben", 2),
    // Letters pages: `Sie möchten einen Leserbrief schreiben?`, `Leserbrief
    // senden`, `Anonyme Zuschriften veröffentlichen wir nicht.`
    ("leserbrief schreiben", 2),
    ("leserbrief senden", 2),
    ("anonyme zuschriften", 2),
    // Luxembourg's `Reaktion schreiben` under `Alle Reaktionen angezeigt.`
    ("reaktion schreiben", 2),
    ("reaktionen angezeigt", 2),
    ("kommentare angezeigt", 2),
    ("kommentieren sie", 2),
    ("als gast", 1),
    ("wird nicht veröffentlicht", 2),
    ("erforderliche felder", 3),
    ("weitere artikel", 3),
    ("mehr kommentare", 2),
    ("barrierefreiheit", 1),
    ("mediadaten", 2),
    ("kommentar zu schreiben", 2),
    ("schreibe einen kommentar", 3),
    ("hinterlasse einen kommentar", 3),
    ("kommentar abschicken", 2),
    ("kategorien", 1),
    ("kategorie:", 1),
    ("schlagwörter", 2),
    ("schlagworte", 2),
    // Board buttons and thanks lists (`Mit Zitat antworten`, `Folgende 2
    // Benutzer sagen Danke zu Olli für den nützlichen Beitrag:`); not
    // `sagen Danke` alone, which an article may say.
    ("mit zitat antworten", 3),
    ("für den nützlichen beitrag", 3),
    ("awaiting moderation", 3),
    // WordPress themes, German and English.
    ("post navigation", 3),
    ("beitragsnavigation", 3),
    ("like this:", 2),
    ("gefällt mir:", 2),
    ("loading...", 2),
    ("wird geladen …", 2),
    ("categories:", 2),
    ("ähnliche beiträge", 2),
    // Q&A sites under the answers (`Ähnliche Fragen`, `Deine Antwort`,
    // `Melde dich an, um eine Antwort zu schreiben.`).
    ("ähnliche fragen", 2),
    ("melde dich an", 2),
    ("thoughts on “", 3),
    ("gedanken zu „", 3),
    ("gedanke zu „", 3),
    // The print edition's letters page (`Leserbriefe geben nicht die
    // Meinung der Redaktion wieder.`); not `Die Redaktion behält sich
    // Kürzungen vor`, which a letters page's own intro says.
    ("nicht die meinung der redaktion", 3),
];

/// Features of one line.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct LineInfo {
    pub blank: bool,
    /// Characters in the trimmed line.
    pub chars: usize,
    /// Whitespace-separated tokens.
    pub words: usize,
    /// Short line made of UI words, numbers and signs only.
    pub ui: bool,
    /// Boilerplate vocabulary score.
    pub boiler: u8,
    /// Stand-alone credit (`(V.Blanchet--LPdF)`, `Foto: dpa`, `Von Anna Berg`).
    pub credit: bool,
    /// Stand-alone photo credit (`Foto: dpa/Jens Kalaene`, `© imago`), not
    /// an agency or author credit.
    pub photo_credit: bool,
    /// Contains a photo credit marker (`Foto:`, `via AP`, `©`).
    pub photo_marker: bool,
    /// Ends like a sentence (`.`, `!`, `?`, closing quote after those).
    pub sentence_end: bool,
    /// Starts like a numbered comment title, `12. Titel`.
    pub numbered: bool,
    /// A notice left where a comment was removed (`Dieser Beitrag wurde
    /// gelöscht.`).
    pub removed: bool,
}

impl LineInfo {
    /// Boilerplate by vocabulary or UI residue.
    pub fn is_boiler(&self) -> bool {
        self.ui
            || self.boiler >= 3
            || (self.boiler >= 2 && self.chars <= 200)
            || (self.boiler >= 1 && self.words <= 2 && !self.sentence_end)
    }
}

/// Compiled line patterns; built once per page.
#[derive(Debug)]
pub(crate) struct LinePatterns {
    agency_credit: Regex,
    credit_prefix: Regex,
    byline: Regex,
    photo_marker: Regex,
    numbered: Regex,
    votes: Regex,
    copyright: Regex,
}

impl LinePatterns {
    /// Compiles the patterns (they are constant, so this cannot fail).
    pub fn new() -> Self {
        let re = |p: &str| Regex::new(p).expect("constant line pattern");
        LinePatterns {
            // `K.Cairstiona--NG`, `(V.Blanchet--LPdF)`, `(dpa)`, `(AFP/red)`.
            // Also an editor's or agency's short sign in parentheses:
            // `(mho)`, `(AFP)`, `(dpa/lsw)`.
            agency_credit: re(
                r"^\(?\p{Lu}\.\s?[\p{L}'-]+(?:[ /][\p{L}.'-]+)*--\p{L}{2,}\)?$|^\((?:dpa|afp|ap|reuters|kna|epd|sid|apa|red|ots)(?:[/,]\s?\p{L}+)*\)$|^\((?:\p{Ll}{2,5}|\p{Lu}{2,5})(?:[/,]\s?\p{L}{2,8})*\)$",
            ),
            credit_prefix: re(
                r"^(?i)(?:text|von|by|autor|autorin|foto|fotos|bild|bilder|bildrechte|quelle|mitarbeit|recherche|redaktion|grafik|video)\s*:?\s+\S|^©|^\(c\)\s",
            ),
            // `Ein Kommentar von Till Ohlsen`, `Veröffentlicht am 3. März
            // 2024 von Birgit`, `22. November 2026 von Ursula Dreher`.
            byline: re(
                r"^(?:(?i:ein|eine)\s+)?(?i:kommentar|gastkommentar|gastbeitrag|analyse|essay|kolumne|glosse|reportage|interview|zusammengestellt|aufgezeichnet)\s+(?i:von)\s+\p{Lu}[\p{L}'-]*\.?(?:\s+\p{Lu}[\p{L}'-]*\.?){0,3}$|^[^!?]{0,40}(?-u:\b)(?:19|20)\d{2}(?-u:\b)[^!?]{0,20}\s(?i:von)\s+\p{Lu}[\p{L}'-]*\.?(?:\s+\p{Lu}[\p{L}'-]*\.?){0,3}$",
            ),
            photo_marker: re(
                r"(?i)(?-u:\b)(?:foto|fotos|bild|bilder|bildrechte|grafik|quelle)\s*:|©|\(c\)\s|(?-u:\b)via (?:ap|afp|reuters|dpa|getty|imago)(?-u:\b)|picture[- ]alliance|getty images|(?-u:\b)imago(?-u:\b)|mandatory credit|(?-u:\b)shutterstock(?-u:\b)|(?-u:\b)keystone(?-u:\b)|/\s?dpa(?-u:\b)|(?-u:\b)dpa\s?/|(?-u:\b)ap photo(?-u:\b)|(?-u:\b)reuters/|press service|(?-u:\b)foto\s*\(",
            ),
            numbered: re(r"^\d{1,5}\.\s+\S"),
            votes: re(r"^[+−–-]?\s?\d+\s*[|/]?\s*[−–-]\s?\d+$"),
            copyright: re(
                r"(?i)^(?:©|\(c\)|copyright)\s*(?:\d{4}(?-u:\b)|.*(?-u:\b)(?:19|20)\d{2}\s*(?:$|[|·•]))",
            ),
        }
    }

    /// The features of every line of a page: each line's own, then what
    /// its neighbours say of it.
    pub fn infos(&self, lines: &[&str]) -> Vec<LineInfo> {
        let mut infos: Vec<LineInfo> = lines.iter().map(|l| self.info(l)).collect();
        answer_buttons(lines, &mut infos);
        removal_reasons(lines, &mut infos);
        infos
    }

    /// Computes the features of one (untrimmed) line.
    pub fn info(&self, raw: &str) -> LineInfo {
        let t = raw.trim();
        if t.is_empty() {
            return LineInfo {
                blank: true,
                ..LineInfo::default()
            };
        }
        let chars = t.chars().count();
        let words = t.split_whitespace().count();
        let short = chars <= 160;
        let lower = if chars <= 4000 {
            t.to_lowercase()
        } else {
            String::new()
        };
        let sentence_end = ends_sentence(t);
        let breadcrumb = chars <= 120 && !sentence_end && is_nav(t);
        // `-----`, `_____`: a rule between forum posts or over a signature.
        let rule = chars >= 3 && t.chars().all(|c| "-_=*~–—─═".contains(c));
        // A line of characters that print nothing (a zero-width space
        // between posts) reads as a blank line does: no text.
        let rule = rule || t.chars().all(|c| INVISIBLE.contains(&c));
        let ui = rule || self.ui_line(t, &lower, short, breadcrumb, sentence_end);
        let boiler = if chars <= 4000 {
            let s: u32 = BOILER_PHRASES
                .iter()
                .filter(|(p, _)| lower.contains(p))
                .map(|(_, w)| u32::from(*w))
                .sum();
            // `Abo` as a word, counted once however often it occurs.
            let abo = lower
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| w == "abo");
            (s + u32::from(abo)).min(255) as u8
        } else {
            0
        };
        // `© 2024 Verlag`: the site's copyright notice, not a photo credit.
        let copyright = words <= 8 && self.copyright.is_match(t);
        let removed = removed_notice(&lower, words);
        let boiler = if copyright || (short && ad_label(&lower)) || removed {
            boiler.max(3)
        } else {
            boiler
        };
        let photo_marker = chars <= 600 && !copyright && self.photo_marker.is_match(t);
        let credit = chars <= 80
            && !copyright
            && !sentence_end
            && !ui
            && (self.agency_credit.is_match(t)
                || (words <= 8 && self.credit_prefix.is_match(t) && !prefix_opens_sentence(t))
                || (words <= 12 && self.byline.is_match(t)));
        let numbered = short && self.numbered.is_match(t);
        let photo_credit = credit && photo_marker && !self.agency_credit.is_match(t) && {
            let l = lower.trim_start_matches(['(', '[']);
            ["foto", "bild", "©", "(c)", "quelle"]
                .iter()
                .any(|p| l.starts_with(p))
                || ["picture alliance", "picture-alliance", "imago", "getty"]
                    .iter()
                    .any(|p| l.contains(p))
        };
        LineInfo {
            blank: false,
            chars,
            words,
            ui,
            boiler,
            credit,
            photo_credit,
            photo_marker,
            sentence_end,
            numbered,
            removed,
        }
    }

    /// Whether a non-blank line is UI residue: buttons, votes, a menu, a
    /// prompt or a count about the post, a form's placeholder.
    fn ui_line(
        &self,
        t: &str,
        lower: &str,
        short: bool,
        breadcrumb: bool,
        sentence_end: bool,
    ) -> bool {
        let words = t.split_whitespace().count();
        // A row of bracketed buttons counts its groups, not its words;
        // vote arrows and separators (`24 ⌃ | ⌄ • Antworten • Teilen ›`)
        // are no words.
        let worded = t
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        short && (is_button_row(lower) || is_rating(lower))
            || short && (breadcrumb || worded <= 8 && (self.votes.is_match(t) || is_ui(lower)))
            || (words <= 12
                && (feedback_prompt(lower) || reaction_count(lower) || reply_preview(lower)))
            // phpBB's edit note runs longer (`Zuletzt geändert von
            // Wolfgang_K am Mo 10. Mär 2025, 18:09, insgesamt 1-mal geändert.`).
            || (words <= 16 && status_note(lower))
            // A form's placeholder may trail off (`Einen Kommentar
            // hinzufügen …`).
            || (words <= 5 && (!sentence_end || t.ends_with('…')) && form_opener(lower))
    }
}

/// Whether a lower-cased line opens with an ad label and a separator
/// (`Anzeige · Autohaus Seidlitz – Jetzt Probefahrt`, `Werbung: …`): an ad
/// between comments, however its text reads.
fn ad_label(lower: &str) -> bool {
    [
        "anzeige",
        "werbung",
        "advertisement",
        "sponsored",
        "gesponsert",
    ]
    .iter()
    .any(|l| {
        lower.strip_prefix(l).is_some_and(|rest| {
            let rest = rest.trim_start();
            rest.starts_with(['·', '|', '•', ':', '–', '-']) && rest.chars().count() > 1
        })
    })
}

/// A notice left where a comment was removed (`Kommentar vom Verfasser
/// gelöscht`, `Dieses Posting wurde von der Moderation entfernt.`,
/// `[deleted]`): the site speaks, in the third person, of a post. A reader
/// complaining that *their* comment was deleted speaks in the first.
fn removed_notice(lower: &str, words: usize) -> bool {
    let bare = lower.trim_matches(|c: char| c == '[' || c == ']' || c.is_whitespace());
    if words == 1 && ["deleted", "removed", "gelöscht", "entfernt"].contains(&bare) {
        return true;
    }
    let mut ws = lower.split(|c: char| !c.is_alphanumeric());
    let has = |prefixes: &[&str]| {
        lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| prefixes.iter().any(|p| w.starts_with(p)))
    };
    const FIRST_PERSON: &[&str] = &[
        "ich", "mein", "meine", "meinen", "meinem", "mir", "mich", "my", "i", "me", "warum", "why",
    ];
    // Edited rather than removed: only when the site's moderators say so
    // (`[Dieser Beitrag wurde von der Moderation gekürzt.]`).
    let edited = has(&["gekürzt", "bearbeitet", "editiert", "edited"])
        && has(&["moderation", "redaktion", "moderator", "admin"]);
    words <= 14
        && has(&[
            "kommentar",
            "beitrag",
            "posting",
            "antwort",
            "comment",
            "post",
        ])
        && (edited
            || has(&[
                "gelöscht",
                "entfernt",
                "zurückgezogen",
                "ausgeblendet",
                "removed",
                "deleted",
            ]))
        && !ws.any(|w| FIRST_PERSON.contains(&w))
}

/// The reason a forum prints under a removed post's notice (vBulletin's
/// `Grund: Persönlicher Angriff` under `Dieser Beitrag wurde von …
/// gelöscht`) is furniture like the notice. Only there: a short labelled
/// line elsewhere (`Grund: Sturmschäden` in an article's fact box, a
/// reader's `Grund: keine Ahnung`) stays text.
fn removal_reasons(lines: &[&str], infos: &mut [LineInfo]) {
    let mut after_notice = false;
    for (l, info) in lines.iter().zip(infos.iter_mut()) {
        if info.blank {
            continue;
        }
        let reason = || {
            let lower = l.trim().to_lowercase();
            ["grund:", "löschgrund:", "begründung:", "reason:"]
                .iter()
                .any(|p| lower.starts_with(p))
        };
        if after_notice && info.words <= 5 && reason() {
            info.boiler = info.boiler.max(3);
        }
        after_notice = info.removed;
    }
}

/// A feedback widget under a comment or answer (`War diese Antwort
/// hilfreich? Ja (57) · Nein (2)`, `Was this helpful?`): the site asks,
/// the reader does not write it.
fn feedback_prompt(lower: &str) -> bool {
    let asks = |p: &str| lower.contains(p);
    let opens = ["war ", "was ", "ist "]
        .iter()
        .any(|w| lower.starts_with(w));
    // `Fandest du das hilfreich?`, `Fanden Sie diese Bewertung
    // hilfreich?`: the question alone on its line.
    let alone = ["hilfreich?", "helpful?"]
        .iter()
        .any(|p| lower.ends_with(p))
        && lower.split_whitespace().count() <= 6;
    (opens && (asks("hilfreich?") || asks("helpful?"))) || alone
}

/// The answer buttons under a feedback prompt (`Fandest du das
/// hilfreich?` / `Ja` / `Nein`): UI, though alone a `Ja` could be a reply.
/// Only UI lines and short ones are folded to lower case.
fn answer_buttons(lines: &[&str], infos: &mut [LineInfo]) {
    const ANSWERS: &[&str] = &["ja", "nein", "yes", "no"];
    let mut after_prompt = false;
    for (l, info) in lines.iter().zip(infos.iter_mut()) {
        let t = l.trim();
        let answer = after_prompt
            && t.len() <= 12
            && ANSWERS.contains(&t.split(" (").next().unwrap_or("").to_lowercase().as_str());
        if answer {
            info.ui = true;
            continue;
        }
        after_prompt = info.ui && feedback_prompt(&t.to_lowercase());
    }
}

/// The button or heading that opens a thread's comment form
/// (`Rückmeldung schreiben`, `Stimme abgeben`, `Ihre Meinung schreiben`,
/// `Schreib einen Kommentar`, `Leave a reply`): a word for a reader's
/// contribution and a verb of writing or sending, first or last. Where it
/// follows the last comment, the comment ends there.
fn form_opener(lower: &str) -> bool {
    const NOUNS: &[&str] = &[
        "kommentar",
        "meinung",
        "rückmeldung",
        "stimme",
        "bericht",
        "beitrag",
        "antwort",
        "leserbrief",
        "eintrag",
        "bewertung",
        "erfahrung",
        "frage",
        "comment",
        "reply",
        "review",
        "response",
    ];
    const LAST: &[&str] = &[
        "schreiben",
        "abgeben",
        "verfassen",
        "hinterlassen",
        "absenden",
        "hinzufügen",
    ];
    const FIRST: &[&str] = &[
        "schreib",
        "schreibe",
        "schreiben",
        "hinterlasse",
        "verfasse",
        "leave",
        "write",
        "post",
        "add",
        "submit",
    ];
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() >= 2
        && words.iter().any(|w| NOUNS.contains(w))
        && (LAST.contains(last) || FIRST.contains(first))
}

/// The count a review site prints under a review (`14 Personen fanden das
/// hilfreich`, `1 Person fand diesen Beitrag hilfreich`, `12 people found
/// this helpful`): a number first, a verb of finding, the word last; or
/// a like count in the same words (`3 Personen gefällt das`).
fn reaction_count(lower: &str) -> bool {
    // The count may open a row of buttons (`3 Leser:innen fanden diesen
    // Kommentar hilfreich · hilfreich? · antworten`) or follow bracketed
    // ones (`[Antworten] [Melden] – 23 Leser finden diesen Kommentar
    // hilfreich`).
    let lower = after_buttons(lower);
    let t = lower.split(['·', '|']).next().unwrap_or(lower);
    let t = t.trim().trim_end_matches(['.', '!']);
    let first_is_number = (t.split_whitespace().next())
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.'));
    let found = t
        .split_whitespace()
        .any(|w| matches!(w, "fand" | "fanden" | "findet" | "finden" | "found"));
    let helpful = found && (t.ends_with(" hilfreich") || t.ends_with(" helpful"));
    // Social plugins and reader debates count likes the same way (`3
    // Personen gefällt das`, `142 Leser empfehlen das`, `12 people like
    // this`).
    let liked = [
        " gefällt das",
        " gefällt dies",
        " empfehlen das",
        " empfiehlt das",
        " finden das gut",
        " findet das gut",
        " like this",
        " likes this",
        " recommend this",
        " recommends this",
    ]
    .iter()
    .any(|e| t.ends_with(e));
    first_is_number && (helpful || liked)
}

/// The rest of a line after a leading row of bracketed buttons and the
/// separator after it (`[Antworten] [Melden] – …`), or the whole line.
fn after_buttons(lower: &str) -> &str {
    let end = lower
        .match_indices(']')
        .map(|(k, _)| k + 1)
        .rfind(|&k| is_button_row(&lower[..k]));
    end.map_or(lower, |k| {
        lower[k..].trim_start_matches(|c: char| c.is_whitespace() || "–-·|".contains(c))
    })
}

/// What a forum prints under a post about it, not by its author: a mark
/// it was given (`✔ Von der Kursleitung als hilfreich markiert`) or an
/// attached file with its size (`📎 hochbeetplan_lea.jpg (412 KB)`).
fn status_note(lower: &str) -> bool {
    let t = lower.trim();
    let marked = t.ends_with(" markiert") && t.contains(" als ");
    let sized = ["kb)", "mb)", "kb]", "mb]"].iter().any(|u| t.ends_with(u));
    let file = t.starts_with('📎') || (sized && t.contains('.'));
    // `Zuletzt bearbeitet von xor_eax am 12.03.2026 um 19:02. Grund: …`:
    // the forum's edit note under a post, no part of its text.
    let edited = ["zuletzt bearbeitet ", "zuletzt geändert ", "last edited "]
        .iter()
        .any(|p| t.starts_with(p))
        && t.contains(|c: char| c.is_ascii_digit());
    marked || file || edited
}

/// A social network's reply teaser between comments (`Gemeinde Hollbergen
/// hat geantwortet · 1 Antwort`, `Anna replied · 2 replies`): who answered
/// and how often, a link to the replies, not a header.
fn reply_preview(lower: &str) -> bool {
    let t = lower.trim();
    let mut words = t.rsplit(char::is_whitespace);
    let (Some(last), Some(count)) = (words.next(), words.next()) else {
        return false;
    };
    let counted = count.chars().all(|c| c.is_ascii_digit())
        && matches!(last, "antwort" | "antworten" | "reply" | "replies");
    counted && (t.contains(" geantwortet ") || t.contains(" replied "))
}

/// A line that is an ad's label and nothing else (`Anzeige`, `Sponsored`):
/// the lines under it, up to the paragraph's end, are the ad.
pub(crate) fn is_ad_label(t: &str) -> bool {
    // Decorated as sites print it: `– Anzeige –`, `[Werbung]`, `· Anzeige ·`.
    let lower = t
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    [
        "anzeige",
        "werbung",
        "advertisement",
        "sponsored",
        "gesponsert",
        "promoted",
    ]
    .contains(&lower.as_str())
}

/// Whether the word after a credit prefix opens a sentence or a link title
/// (`Video: Die Highlights des Spiels`) rather than a name.
fn prefix_opens_sentence(t: &str) -> bool {
    const OPENERS: &[&str] = &[
        "die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "so", "wie", "was",
        "warum", "wer", "wo", "alle", "diese", "dieser", "hier", "mehr", "jetzt", "unsere",
        "unser",
    ];
    t.split_whitespace()
        .skip(1)
        .map(|w| w.trim_start_matches(':'))
        .find(|w| !w.is_empty())
        .is_some_and(|w| OPENERS.contains(&w.to_lowercase().as_str()))
}

/// Month names and their short forms, lower case.
const MONTHS: &[&str] = &[
    "januar",
    "jänner",
    "jan",
    "jän",
    "februar",
    "feber",
    "feb",
    "märz",
    "mär",
    "mrz",
    "april",
    "apr",
    "mai",
    "juni",
    "jun",
    "juli",
    "jul",
    "august",
    "aug",
    "september",
    "sept",
    "sep",
    "oktober",
    "okt",
    "november",
    "nov",
    "dezember",
    "dez",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "october",
    "oct",
    "december",
    "dec",
];

/// Whether a lower-cased line opens with a day and a month's name (`14.
/// mai 2025`): a date, not a numbered title (`3. wer soll das bezahlen?`).
pub(crate) fn opens_with_day_of_month(lower: &str) -> bool {
    let mut words = lower.split_whitespace();
    let day = words.next().and_then(|w| w.strip_suffix('.'));
    let month = words.next().map(|w| w.trim_end_matches(['.', ',']));
    day.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        && month.is_some_and(|m| MONTHS.contains(&m))
}

/// Whether a lower-cased word is UI vocabulary (`antworten`, `like`).
/// A row of two or more buttons printed in brackets, one of them a UI
/// word (`[Antworten] [Im Thread anzeigen] [Originalnachricht]`): archive
/// and forum software label every button so, in words of their own.
fn is_button_row(lower: &str) -> bool {
    let t = lower.trim();
    if !t.starts_with('[') || !t.ends_with(']') {
        return false;
    }
    let groups: Vec<Option<&str>> = t
        .split_terminator(']')
        .map(|g| g.trim_start().strip_prefix('['))
        .collect();
    groups.len() >= 2
        && groups.iter().all(|g| {
            g.is_some_and(|g| !g.contains('[') && (1..=4).contains(&g.split_whitespace().count()))
        })
        && groups
            .iter()
            .flatten()
            .any(|g| g.split_whitespace().any(|w| UI_WORDS.contains(&w)))
}

/// A recipe blog's or shop's star rating on a line of its own, maybe
/// behind its label (`Bewertung: ★★★★☆`, `Rating: ★★★★★`): the widget,
/// not text. A header's stars beside a name (`Gerti  ★★★★☆`) are the
/// header's.
fn is_rating(lower: &str) -> bool {
    let stars = |t: &str| {
        let n = t.chars().filter(|c| !c.is_whitespace()).count();
        (3..=10).contains(&n) && t.chars().all(|c| "★☆✩✭⭐ ".contains(c))
    };
    let t = lower.trim();
    stars(t)
        || t.split_once(':').is_some_and(|(label, rest)| {
            [
                "bewertung",
                "meine bewertung",
                "rating",
                "sterne",
                "wertung",
            ]
            .contains(&label.trim())
                && stars(rest.trim())
        })
}

pub(crate) fn is_ui_word(lower: &str) -> bool {
    UI_WORDS.contains(&lower)
}

pub(crate) fn is_ui(lower: &str) -> bool {
    if is_button_row(lower) {
        return true;
    }
    let toks: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || "|·•/()[]:,".contains(c))
        .filter(|t| !t.is_empty())
        // Vote and reaction marks around counts (`▲ 212 ▼ 38`, `♡ 54`,
        // `8 ∧ | ∨`, Facebook's `👍😢 34`, `⋯` or `…` for the menu) are no
        // words.
        // A button that asks (`hilfreich?`) is the button.
        // A reply arrow before the button (`↳ Antworten`) is the button's.
        // Quotes around a button's name (Discourse's `4 „Gefällt mir“`)
        // are the button's too.
        .map(|t| {
            t.trim_matches(|c: char| {
                "+−–-.?👍👎😆😂😮😢😡🥰›»‹«←→↓↑↳↪↩⤷▸►▾▲▼△▽⌃⌄∧∨˄˅^♡♥❤\u{fe0f}⋯…„“”\"".contains(c)
            })
        })
        .collect();
    let is_count = |t: &str| t.chars().all(|c| c.is_ascii_digit() || c == '.');
    let mut any_word = false;
    let mut counted_buttons = 0;
    for (k, bare) in toks.iter().enumerate() {
        if is_count(bare) {
            continue;
        }
        if UI_WORDS.contains(bare) {
            any_word = true;
        } else if *bare == "das"
            && k > 0
            && toks[k - 1] == "gefällt"
            && lower.contains(char::is_numeric)
        {
            // A like count (`46 Personen gefällt das`), not `Mir gefällt das.`
            continue;
        } else if *bare == "zitat" {
            // XenForo's multi-quote button (`Gefällt mir + Zitat
            // Antworten`); alone, `Zitat` opens a quotation.
            continue;
        } else if toks
            .get(k + 1)
            .is_some_and(|n| !n.is_empty() && is_count(n))
        {
            // A site's own reaction button with its count (`Danke (3)`):
            // UI only beside known UI words (`Zitieren | Danke (3)`).
            counted_buttons += 1;
        } else {
            return false;
        }
    }
    if counted_buttons > 0 {
        return any_word && counted_buttons == 1;
    }
    any_word || lower.chars().any(|c| c.is_ascii_digit())
}

/// Breadcrumbs and menus: `Startseite › Lokales`, `Politik | Wirtschaft | Sport`.
pub(crate) fn is_nav(t: &str) -> bool {
    let crumbs = [" › ", " » ", " > ", " ‹ "]
        .iter()
        .any(|sep| t.contains(sep))
        || (t.matches(" / ").count() >= 2 && t.chars().count() <= 80);
    // Previous/next post links: `← Älterer Beitrag   Neuerer Beitrag →`.
    let pager = t.starts_with('←') || t.ends_with('→');
    // A menu flattened with wide gaps: `Startseite   Über uns   Kontakt`.
    let gaps: Vec<&str> = t
        .split("  ")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // `#1  Deichkind_SVW  [SV Weserstadt]`: a row opened by a post's
    // number is a forum header, however wide its gaps.
    let numbered = gaps.first().is_some_and(|g| is_post_number(g));
    let spaced_menu = gaps.len() >= 3
        && !numbered
        && gaps
            .iter()
            .all(|p| (1..=3).contains(&p.split_whitespace().count()));
    let parts: Vec<&str> = t.split(['|', '·', '•', '›', '»']).collect();
    // `Verfasst von: Hinrich_Stühmeier | Mitglied seit: 2016`: a row that
    // names its author is a forum header, not a menu.
    let authored = parts.iter().any(|p| {
        let lower = p.trim().to_lowercase();
        lower.starts_with("von: ") || lower.contains(" von: ")
    });
    // `[B1] Mateo_R · 🇪🇸 Spanien · 12. Februar 2025`: a row that ends in
    // a date is a header's fields, not a menu; so is one with a time in
    // a field (`Birte Lorenzen · 4. März, 22:40 · bearbeitet`).
    let dated =
        parts.last().is_some_and(|p| ends_in_date(p)) || parts.iter().any(|p| ends_in_time(p));
    let menu = parts.len() >= 3
        && !authored
        && !dated
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.split_whitespace().count()));
    crumbs || menu || pager || spaced_menu
}

/// Whether a word is a post's number (`#12`).
pub(crate) fn is_post_number(w: &str) -> bool {
    w.strip_prefix('#')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `part` ends in a clock time (`22:40`).
fn ends_in_time(part: &str) -> bool {
    part.split_whitespace().last().is_some_and(|w| {
        let w = w.trim_end_matches(['.', ',']).as_bytes();
        w.len() == 5
            && w[2] == b':'
            && w.iter()
                .enumerate()
                .all(|(k, b)| k == 2 || b.is_ascii_digit())
    })
}

/// Whether `part` ends in a time or in a year after a day (`12. Februar
/// 2025`); a year alone (`Meldungen 2015`) is a menu item's.
fn ends_in_date(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    let numeric = |w: &str| {
        let w = w.trim_end_matches(['.', ',']);
        !w.is_empty() && w.chars().all(|c| c.is_ascii_digit() || c == ':')
    };
    let year = words.last().is_some_and(|w| {
        let w = w.trim_end_matches(['.', ',']);
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && numeric(w)
    });
    ends_in_time(part) || (year && words.iter().filter(|w| numeric(w)).count() >= 2)
}

/// Whether the line ends like a sentence.
pub(crate) fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['"', '»', '«', '“', '”', '\'', ')', '’']);
    t.ends_with(['.', '!', '?', '…'])
}

#[cfg(test)]
mod tests {
    #[test]
    fn ad_labels_decorated_or_not() {
        for t in ["Anzeige", "– Anzeige –", "[Werbung]", " · ANZEIGE · "] {
            assert!(super::is_ad_label(t), "{t}");
        }
        assert!(!super::is_ad_label("Anzeige erstattet"));
    }

    use super::*;

    /// Issue 11 (`unseen31`): a line of zero-width spaces between posts
    /// is no text.
    #[test]
    fn invisible_lines_are_no_text() {
        let lp = LinePatterns::new();
        let info = lp.info("\u{200b}");
        assert!(!info.blank && info.ui);
        assert!(!lp.info("Gut\u{ad}achten").ui);
        // A forum's edit note under a post.
        assert!(
            lp.info("Zuletzt bearbeitet von xor_eax am 12.03.2026 um 19:02. Grund: Tippfehler")
                .ui
        );
        assert!(
            lp.info("Zuletzt geändert von Wolfgang_K am Mo 10. Mär 2025, 18:09, insgesamt 1-mal geändert.")
                .ui
        );
        assert!(!lp.info("Zuletzt bearbeitet habe ich den Text gestern.").ui);
    }

    /// Archive and forum software print buttons in brackets.
    /// Form openers after a thread are UI; a comment line with the same
    /// words in a sentence is not.
    /// A moderator's note on an edited post is boilerplate like a removal
    /// notice; a reader's complaint about it is not.
    #[test]
    fn moderation_edit_notes_are_boilerplate() {
        let p = LinePatterns::new();
        let note = p
            .info("[Dieser Beitrag wurde von der Moderation gekürzt. Bitte bleiben Sie sachlich.]");
        assert!(note.is_boiler());
        let reader = p.info("Warum wurde mein Beitrag von der Redaktion gekürzt?");
        assert!(!reader.is_boiler());
        assert!(!p.info("Der Beitrag im Radio wurde gekürzt.").is_boiler());
    }

    /// Furniture of `unseen18`'s condolence book and app store: report
    /// links of entries, the candle under an entry, icon names, and the
    /// answer buttons under a feedback question (UI only there).
    #[test]
    fn entry_reports_candles_icons_and_feedback_answers() {
        let p = LinePatterns::new();
        assert!(p.info("Eintrag melden").ui);
        assert!(p.info("🕯 hat eine Kerze entzündet").is_boiler());
        // A Luxembourg daily's thread closes with these.
        assert!(p.info("Alle Reaktionen angezeigt.").is_boiler());
        assert!(p.info("Reaktion schreiben").is_boiler());
        assert!(p.info("more_vert").ui);
        assert!(!p
            .info("Wir haben gestern eine Kerze entzündet.")
            .is_boiler());
        let page = ["Fandest du das hilfreich?", "Ja", "Nein (2)", "Ja", "Ja"];
        let infos = p.infos(&page);
        let ui: Vec<bool> = infos.iter().map(|i| i.ui).collect();
        assert_eq!(ui, [true, true, true, true, true]);
        let reply = ["Kommt der Bus heute?", "Ja"];
        assert!(!p.infos(&reply)[1].ui);
    }

    #[test]
    fn comment_form_openers_are_ui() {
        let p = LinePatterns::new();
        for ui in [
            "Rückmeldung schreiben",
            "Stimme abgeben",
            "Ihre Meinung schreiben",
            "Schreib einen Kommentar",
            "Leave a reply",
            "Einen Kommentar hinzufügen …",
        ] {
            assert!(p.info(ui).ui, "{ui}");
        }
        for text in [
            "Ich werde meine Stimme abgeben.",
            "Schreiben kann jeder",
            "Meinung ist Meinung",
            "Ich wollte einen Kommentar schreiben …",
        ] {
            assert!(!p.info(text).ui, "{text}");
        }
    }

    #[test]
    fn luxembourgish_and_french_buttons_are_ui() {
        let p = LinePatterns::new();
        for ui in ["Äntwerten · Mellen", "Répondre · Signaler · Partager"] {
            assert!(p.info(ui).ui, "{ui}");
        }
        assert!(!p.info("Ich muss das melden, sonst passiert nichts.").ui);
    }

    #[test]
    fn bracketed_button_rows_are_ui() {
        let p = LinePatterns::new();
        assert!(
            p.info("[Antworten] [Im Thread anzeigen] [Originalnachricht]")
                .ui
        );
        assert!(p.info("[Antworten]  [Beitrag melden]").ui);
        // A mailing-list archive's row: eleven words, four buttons.
        assert!(
            p.info("[Vorherige Nachricht] [Nächste Nachricht] [Thema] [Antworten an die Liste]")
                .ui
        );
        // One button, or none of them a UI word, is no such row.
        assert!(!is_button_row("[antworten]"));
        assert!(!is_button_row("[rezept] [zutaten]"));
    }

    #[test]
    fn ui_residue_and_boilerplate() {
        let p = LinePatterns::new();
        for ui in [
            "Politik | Wirtschaft | Sport",
            "Startseite › Lokales",
            "Antworten",
            "Antworten | Melden",
            "+12 −3",
            "Posting 1 bis 25 von 312",
            "12 Kommentare",
            "Mit Zitat antworten",
            "Folgende 2 Benutzer sagen Danke zu Olli für den nützlichen Beitrag:",
            // WordPress furniture.
            "Post navigation",
            "Like this:   Like   Loading...",
            "9 thoughts on “Blaualgen im See”",
            "Your comment is awaiting moderation.",
            "Pflichtfelder",
            "Leserbriefe geben nicht die Meinung der Redaktion wieder. Die Redaktion behält sich Kürzungen vor.",
        ] {
            assert!(p.info(ui).is_boiler(), "{ui}");
        }
        // Issue 11: vote arrows and reaction hearts beside counts.
        for row in [
            "▲ 17 ▼ 4",
            "♡ 9   Antworten   ⋯",
            "△ 3 ▽ 0",
            "5 ❤   Antworten",
            "❤\u{fe0f} 2",
        ] {
            assert!(p.info(row).ui, "{row}");
        }
        assert!(!p.info("♥").ui);
    }

    #[test]
    fn removal_notices_and_their_reasons_are_boilerplate() {
        let p = LinePatterns::new();
        // Issue 11: notices where a comment was removed; a reader's own
        // complaint about a deletion stays text.
        for notice in [
            "Kommentar vom Verfasser gelöscht",
            "Dieses Posting wurde von der Moderation entfernt.",
            "[deleted]",
            "Beitrag vom Autor zurückgezogen, wird nach 24 Stunden automatisch gelöscht.",
        ] {
            assert!(p.info(notice).boiler >= 3, "{notice}");
        }
        assert_eq!(p.info("Warum wurde mein Kommentar gelöscht?").boiler, 0);
        // The reason under a removal notice is furniture; the same line
        // anywhere else is text.
        let page = [
            "Dieser Beitrag wurde von Mod_Sabine gelöscht.",
            "Grund: Persönlicher Angriff",
            "",
            "Grund: Sturmschäden am Dach",
        ];
        let infos = p.infos(&page);
        assert!(infos[1].boiler >= 3);
        assert_eq!(infos[3].boiler, 0);
    }

    #[test]
    fn helpful_prompts_are_ui_and_article_lines_are_not() {
        let p = LinePatterns::new();
        // Weekdays and thanks in an article stay text.
        for text in [
            "Geöffnet ist samstags: 9 bis 12 Uhr.",
            "Die Gemeinde sagt Danke an alle Helfer.",
        ] {
            assert_eq!(p.info(text).boiler, 0, "{text}");
        }
        for prompt in [
            "War diese Antwort hilfreich? Ja (57) · Nein (2)",
            "Was this helpful?",
            "14 Personen fanden das hilfreich",
            "[Antworten] [Melden] – 23 Leser finden diesen Kommentar hilfreich",
            "1 Person fand diesen Beitrag hilfreich.",
            "12 people found this helpful",
            "3 Personen gefällt das · Antworten",
            "142 Leser empfehlen das · Antworten · Teilen",
            "24 ⌃ | ⌄ • Antworten • Teilen ›",
            "Bewerten: ▲ 34 ▼ 3 | Antworten | Zitieren | Permalink",
            "12 people like this",
        ] {
            assert!(p.info(prompt).ui, "{prompt}");
        }
        assert!(!p.info("Mir gefällt das.").ui);
        assert!(!p.info("Ich fand den Artikel hilfreich.").ui);
        assert!(
            !p.info("3 von uns fanden den Tipp sehr hilfreich, danke!")
                .ui
        );
        for text in [
            "Ich stimme zu.",
            "Antworten kann ich darauf nicht.",
            "Die Druckausgabe erscheint morgen.",
        ] {
            assert!(!p.info(text).is_boiler(), "{text}");
        }
        assert!(p
            .info("Überzeugen Sie sich von unserem Online-Abo:")
            .is_boiler());
        assert!(p
            .info("Lesen Sie auch: Neue Brücke über die Saale")
            .is_boiler());
    }

    #[test]
    fn photo_rights_readers_and_banners() {
        let p = LinePatterns::new();
        assert!(p.info("Bildrechte: MDW/Thomas Kerber").photo_credit);
        assert!(p.info("Zusammengestellt von Hanna Reitmeier").credit);
        assert!(p.info("Artikel anhören (5 Minuten)").is_boiler());
        assert!(p.info("Zur Merkliste hinzufügen").is_boiler());
        assert!(p.info("RZ+ Exklusiv für Abonnenten").is_boiler());
        assert!(p
            .info("Einwilligung: Wir und unsere Partner verarbeiten personenbezogene Daten.")
            .is_boiler());
        assert!(!p
            .info("Die Partner der Stadt verarbeiten den Antrag.")
            .is_boiler());
    }

    #[test]
    fn credits_and_captions() {
        let p = LinePatterns::new();
        assert!(p.info("K.Cairstiona--NG").credit);
        assert!(p.info("(V.Blanchet--LPdF)").credit);
        assert!(p.info("Foto: dpa/Jens Kalaene").credit);
        assert!(
            !p.info("Von Berlin aus fuhr der Zug weiter nach Osten.")
                .credit
        );
        assert!(
            p.info("Der Bürgermeister am Dienstag. Foto: epa/Max Muster")
                .photo_marker
        );
    }

    #[test]
    fn decode_refuses_binary_and_reads_latin1() {
        assert!(matches!(
            decode("x", b"ab\0cd"),
            Err(SegmentError::Binary { offset: 2, .. })
        ));
        assert_eq!(decode("x", b"Gr\xfc\xdfe").ok().as_deref(), Some("Grüße"));
    }

    /// `unseen38`: vote arrows drawn as logic signs and a plugin's like
    /// count are UI; `das` alone is no UI word.
    #[test]
    fn logic_sign_votes_and_like_counts_are_ui() {
        assert!(is_ui("21 ∧ | ∨ • antworten • teilen ›"));
        assert!(is_ui("antworten · 46 personen gefällt das"));
        assert!(is_ui("12 leuten gefällt das"));
        assert!(!is_ui("antworten · das ist 46 personen zu viel"));
        assert!(!is_ui("personen wie du"));
        assert!(is_ui("gefällt mir + zitat antworten"));
        assert!(!is_ui("mir gefällt das."));
        assert!(is_ui("👍😢 34"));
        assert!(!is_ui("😢 so traurig"));
        assert!(!is_ui("zitat:"));
    }

    /// `unseen39`: a date opening a line (`14. Mai 2025`) is no numbered
    /// title.
    #[test]
    fn a_day_and_month_is_no_numbered_title() {
        assert!(opens_with_day_of_month("14. mai 2025"));
        assert!(opens_with_day_of_month("3. jan. 2026, 18:00"));
        assert!(!opens_with_day_of_month("3. wer soll das bezahlen?"));
        assert!(!opens_with_day_of_month("12. mai-feier im park"));
    }

    /// `unseen39`: Discourse prints its like count with the button's name
    /// in quotes; a quoted sentence is still no UI.
    #[test]
    fn like_counts_with_a_quoted_button_are_ui() {
        assert!(is_ui("4 „gefällt mir“"));
        assert!(is_ui("11 \"gefällt mir\""));
        assert!(!is_ui("„mir gefällt die idee“"));
        let p = LinePatterns::new();
        let closed = p.info(
            "Dieses Thema wurde 30 Tage nach der letzten Antwort automatisch geschlossen. Neue Antworten sind nicht mehr erlaubt.",
        );
        assert!(closed.is_boiler());
        assert!(!p.info("Das Freibad wurde im Mai automatisch geschlossen, weil das Wasser fehlte und niemand etwas sagte.").is_boiler());
    }

    /// `unseen41`: a Reddit-like row of buttons ends in its menu's
    /// ellipsis; an ellipsis that cuts a sentence keeps it text.
    #[test]
    fn a_menu_ellipsis_ends_a_button_row() {
        let p = LinePatterns::new();
        assert!(p.info("Antworten   Teilen   Melden   …").is_boiler());
        assert!(!p.info("Antworten werde ich dir morgen …").is_boiler());
        // An edit note under the stamp is the widget's too.
        assert!(p.info("Edited").is_boiler());
        assert!(p.info("Bearbeitet").is_boiler());
    }

    /// `unseen40`: a recipe blog's star rating under the comment is the
    /// widget's.
    #[test]
    fn star_ratings_on_a_line_of_their_own_are_ui() {
        let p = LinePatterns::new();
        for t in [
            "Bewertung: ★★★★★",
            "Bewertung: ★★★★☆",
            "★★★☆☆",
            "Rating: ★★★★★",
        ] {
            assert!(p.info(t).is_boiler(), "{t}");
        }
        for t in ["Gerti  ★★★★☆", "Bewertung: sehr gut", "★ Top-Kommentar"] {
            assert!(!is_rating(&t.to_lowercase()), "{t}");
        }
    }

    /// `unseen20`: a reply arrow before a button is the button's; a row
    /// of short fields is a menu unless it names its author.
    #[test]
    fn reply_arrow_buttons_and_authored_rows() {
        assert!(is_ui("↳ antworten"));
        assert!(!is_ui("↳ danke euch allen"));
        assert!(is_nav("Suche | Mitgliederliste | FAQ"));
        assert!(is_nav("Teilen: Mastodon · Bluesky · E-Mail"));
        assert!(!is_nav(
            "Verfasst von: Hinrich_Stühmeier | Mitglied seit: 2016 | Beiträge: 212"
        ));
        // A row ending in a date is a header; a year alone ends a menu.
        assert!(!is_nav("[B1] Mateo_R · 🇪🇸 Spanien · 12. Februar 2025"));
        assert!(is_nav(
            "Kategorien: Saalfelden | Verkehr | Polizei | Meldungen 2015"
        ));
    }

    /// `unseen19`: a course forum's status lines under a post are
    /// furniture; a sentence about a mark is not.
    #[test]
    fn marks_and_attachments_under_a_post_are_furniture() {
        let p = LinePatterns::new();
        assert!(p.info("✔ Von der Kursleitung als hilfreich markiert").ui);
        assert!(p.info("📎 hochbeetplan_lea.jpg (412 KB)").ui);
        assert!(p.info("Anhang: plan.pdf (1,2 MB)").ui);
        assert!(!p.info("Ich habe die Stelle im Plan markiert.").ui);
        // A button that asks, and a helpful count opening a button row.
        assert!(p.info("hilfreich? · antworten").ui);
        let counted = "3 Leser:innen fanden diesen Kommentar hilfreich · hilfreich? · antworten";
        assert!(p.info(counted).ui);
    }

    /// `unseen15`: a social network's reply teaser is furniture, a
    /// sentence that says someone answered is not.
    #[test]
    fn reply_previews_are_furniture() {
        assert!(reply_preview(
            "gemeinde hollbergen hat geantwortet · 1 antwort"
        ));
        assert!(reply_preview("anna replied · 2 replies"));
        assert!(!reply_preview(
            "der bürgermeister hat geantwortet, aber nicht auf 2 antworten"
        ));
        assert!(!reply_preview("die stadt hat geantwortet"));
        // A link aggregator's row of buttons under a post.
        let lp = LinePatterns::new();
        assert!(lp.info("speichern").is_boiler());
        assert!(!lp
            .info("Ich muss das speichern, sonst vergesse ich es.")
            .is_boiler());
    }

    /// Issue 11 (`unseen24`): a forum row opened by a post number and a
    /// header with a time in a middle field are no menus; a login prompt
    /// in the words `müssen Sie angemeldet sein` is boilerplate.
    #[test]
    fn numbered_rows_and_timed_fields_are_no_menus() {
        assert!(!is_nav("#1  Deichkind_SVW  [SV Weserstadt]"));
        assert!(is_nav("Startseite   Über uns   Kontakt"));
        assert!(!is_nav("Birte Lorenzen · 4. März, 22:40 · bearbeitet"));
        assert!(is_nav("Politik · Wirtschaft · Sport"));
        assert!(is_nav("3. März 2026 · Jana Lindqvist · 6 Minuten Lesezeit"));
        let lp = LinePatterns::new();
        let login =
            lp.info("Zum Kommentieren müssen Sie angemeldet sein. Jetzt anmelden oder Abo lösen.");
        assert!(login.boiler >= 3, "{}", login.boiler);
    }
}
