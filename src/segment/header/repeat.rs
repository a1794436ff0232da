//! Header blocks found from what repeats on the page, not from shapes the
//! segmenter was shown.
//!
//! Every site prints its comment headers the same way comment after
//! comment: a time stamp, and around it the same kind of lines at the same
//! distance (a name line two above, a `Garage: …` profile line right
//! above, a `14 Nutzer fanden das hilfreich` line right under it). The
//! shape rules know the lines they were written for; a site with a line
//! they do not know (a car forum's garage, a council's `FRAGE 3 ·
//! Status: …`) breaks the header apart, and the rules then find none or
//! mistake a quote for one. Here the stamp lines of one class are the
//! anchors, and a line at a fixed offset from them belongs to the header
//! when, across the anchors, that offset is nearly always filled by a
//! short line and those lines agree: a word at the same place, names, or
//! UI residue. The site's own repetition then says how far a header reaches,
//! whatever its words.

use std::collections::{BTreeMap, HashMap};

use super::{
    ends_with_initial, family, is_avatar_caption, is_pick_badge, leading_post_number, reply_line,
    shape, Header, Shape, FIELD_SEPARATORS, JOIN_LABELS, MAX_HEADER_CHARS, ROLE,
};
use crate::segment::dates::{DatePatterns, Stamp};
use crate::segment::lines::{is_ui, LineInfo};

/// Fewest stamp lines of one class that make a thread.
pub(super) const MIN_ANCHORS: usize = 3;

/// Most words a stamp line may have besides its stamp (`Eingereicht
/// 19:14 Uhr von Maria Hofbauer-Lenz`); a sentence that mentions a date
/// has more.
const MAX_REST_WORDS: usize = 8;

/// Longest line (characters, words) that may be a header field.
const MAX_FIELD_CHARS: usize = 100;
const MAX_FIELD_WORDS: usize = 12;

/// How far above and below its stamp a header may reach.
const MAX_ABOVE: usize = 3;
const MAX_BELOW: usize = 2;

/// Share of anchors whose line at an offset must be a field for the
/// offset to count, and share of those fields that must agree.
const FILLED: f64 = 0.75;
const AGREE: f64 = 0.6;

/// Whether `count` of `of` anchors is most of them: at least
/// [`MIN_ANCHORS`] and the share `share`.
fn most(count: usize, of: usize, share: f64) -> bool {
    count >= MIN_ANCHORS && count as f64 >= (share * of as f64).ceil()
}

/// A stamp line and its stamp.
struct Anchor {
    line: usize,
    stamp: Stamp,
}

/// The page's lines with what the finder asks of them.
struct Page<'a> {
    lines: &'a [&'a str],
    infos: &'a [LineInfo],
    shapes: &'a [Option<Shape>],
}

impl Page<'_> {
    /// A short line without a sentence, as header fields are (a sentence
    /// of up to four words, `Danke euch!`, is let through for the
    /// agreement test to judge).
    fn field(&self, j: usize) -> bool {
        let i = &self.infos[j];
        // Separators between fields (`| Mitglied seit: 2009 | Beiträge:
        // 1.284 |`) are no words.
        let words = || {
            let t = self.lines[j].split_whitespace();
            t.filter(|w| w.chars().any(char::is_alphanumeric)).count()
        };
        !i.blank
            && i.chars <= MAX_FIELD_CHARS
            && (i.words <= MAX_FIELD_WORDS || words() <= MAX_FIELD_WORDS)
            && (!i.sentence_end || i.words <= 4 || ends_with_initial(self.lines[j]))
    }

    /// A short label: at most four words, no sentence (`Team ·
    /// Moderation`, `Neues Mitglied`).
    fn label(&self, j: usize) -> bool {
        // A row of short fields (`Winterthur · Paar · 56–60 Jahre`) is a
        // label too.
        let fields = || {
            let parts: Vec<&str> = self.lines[j].split(['·', '|']).collect();
            parts.len() >= 2
                && parts
                    .iter()
                    .all(|p| (1..=3).contains(&p.split_whitespace().count()))
        };
        !self.infos[j].sentence_end && (self.infos[j].words <= 4 || fields())
    }

    /// The first three words of a line, lower-cased, without digits and
    /// signs, with their places: `FRAGE 3 · Status` and `Frage 12` agree
    /// on `frage` first, `FRAGE von Anna` and `ANTWORT von Tom` on `von`
    /// second.
    fn lead_words(&self, j: usize) -> Vec<(usize, String)> {
        self.lines[j]
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_alphabetic())
                    .collect::<String>()
                    .to_lowercase()
            })
            .filter(|w| w.chars().count() >= 2)
            .take(3)
            .enumerate()
            .collect()
    }

    /// A line of name tokens alone that ends no sentence (`Agreed.` is
    /// a reply; `Tobias R.` ends with an initial).
    fn name_only(&self, j: usize) -> bool {
        self.shapes[j].as_ref().is_some_and(|s| s.name_only)
            && (!self.infos[j].sentence_end || ends_with_initial(self.lines[j]))
    }
}

/// Stamp lines that could head (or close) a comment: a stamp and at most a
/// few words beside it, no sentence that merely mentions a date.
fn anchors(page: &Page, dates: &DatePatterns) -> Vec<Anchor> {
    let mut out = Vec::new();
    for (j, (l, info)) in page.lines.iter().zip(page.infos).enumerate() {
        if info.blank || info.chars > MAX_HEADER_CHARS {
            continue;
        }
        let t = l.trim();
        // A line with a shape had its stamp looked for already; the
        // stamp is found again on the line itself, since the shape may
        // have read a shortened line and its offsets would not fit `t`.
        let stamp = match &page.shapes[j] {
            Some(s) if s.stamp.is_none() => None,
            _ => dates.find(t),
        };
        let Some(stamp) = stamp else {
            continue;
        };
        let (Some(before), Some(after)) = (t.get(..stamp.start), t.get(stamp.end..)) else {
            continue;
        };
        if deadline(before) {
            continue;
        }
        let rest_words = before
            .split_whitespace()
            .chain(after.split_whitespace())
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count();
        let ends_with_stamp = after.trim().chars().all(|c| !c.is_alphanumeric());
        if rest_words > MAX_REST_WORDS || (info.sentence_end && !ends_with_stamp && rest_words > 3)
        {
            continue;
        }
        out.push(Anchor { line: j, stamp });
    }
    out
}

/// Whether the words before a stamp make it a deadline or a span's start
/// (`Forum geschlossen ab 22.09.2025, 16.42 Uhr`, `Mitglied seit
/// 12.03.2019`, `Registriert: 03.10.2011`), not the time a post was
/// written.
pub(super) fn deadline(before: &str) -> bool {
    let last = before.split_whitespace().next_back().unwrap_or("");
    let last = last.trim_end_matches(':').to_lowercase();
    ["ab", "bis", "seit", "until", "since"].contains(&last.as_str())
        || JOIN_LABELS.contains(&last.as_str())
}

/// The anchors of the stamp class that repeats most, each separated from
/// the next by other lines (a list of dates is no thread); ties go to the
/// class printed further down. Stamps of other classes printed in the same
/// frame join them (see [`frame`]).
fn thread_anchors(page: &Page, all: Vec<Anchor>) -> Vec<Anchor> {
    let mut by_class: BTreeMap<String, Vec<Anchor>> = BTreeMap::new();
    for a in all {
        by_class.entry(a.stamp.class.clone()).or_default().push(a);
    }
    let separated = |g: &[Anchor]| {
        let adjacent = g.windows(2).filter(|w| w[1].line == w[0].line + 1).count();
        g.len() >= MIN_ANCHORS && adjacent * 4 <= g.len()
    };
    let Some(best) = (by_class.iter())
        .filter(|(_, g)| separated(g))
        .max_by_key(|(_, g)| (g.len(), g.last().map_or(0, |a| a.line)))
        .map(|(class, _)| class.clone())
    else {
        return Vec::new();
    };
    let mut thread = by_class.remove(&best).unwrap_or_default();
    // Fresh comments print `vor 38 Minuten · 👍 412 · Antworten`, older
    // ones `17.03.2026, 13:02 · 👍 367 · Antworten`: when nearly all of the
    // class share one frame, the other classes' lines in it are headers too.
    let frames: Vec<Option<String>> = thread.iter().map(|a| frame(page, a)).collect();
    let shared = frames.first().cloned().flatten().filter(|f| {
        let n = frames.iter().filter(|g| g.as_ref() == Some(f)).count();
        4 * n >= 3 * frames.len()
    });
    // Header lines that print a name read alike whatever their stamp
    // (`Kommentar von Reto Bucher, Riedsee · 13.03.26, 07:12` and `…,
    // Ballwil · vor 5 Stunden`, the fresh comments): relative stamps of
    // other classes join when their shape family is one that two or more
    // of the class share, and such families cover three quarters of it.
    let families: Vec<Option<String>> = thread.iter().map(|a| name_family(page, a)).collect();
    let repeated =
        |f: &Option<String>| f.is_some() && families.iter().filter(|g| *g == f).count() >= 2;
    let covered = families.iter().filter(|f| repeated(f)).count();
    let alike_ok = 4 * covered >= 3 * families.len();
    let lines: Vec<usize> = thread.iter().map(|a| a.line).collect();
    // A line right by one of the class is part of that header, not another.
    let apart = |j: usize| !lines.iter().any(|&l| l.abs_diff(j) <= 1);
    if shared.is_some() || alike_ok {
        let joined = by_class.into_values().flatten().filter(|a| {
            let framed = shared.is_some() && frame(page, a) == shared;
            let fam = name_family(page, a);
            let alike = alike_ok
                && a.stamp.is_relative()
                && apart(a.line)
                && fam.is_some()
                && repeated(&fam);
            framed || alike
        });
        thread.extend(joined);
        thread.sort_by_key(|a| a.line);
    }
    thread
}

/// The shape family (signature with the stamp blanked, see
/// [`header::family`]) of an anchor's line, when that line names someone.
fn name_family(page: &Page, a: &Anchor) -> Option<String> {
    let s = page.shapes[a.line].as_ref()?;
    s.name.as_ref()?;
    Some(family(&s.sig))
}

/// What a stamp line prints around its stamp, digits blanked (`· 👍 # ·
/// 👎 # · antworten`), when that has a word or a sign beside the field
/// separators: a bare stamp, or one with only a separator, frames nothing.
fn frame(page: &Page, a: &Anchor) -> Option<String> {
    let t = page.lines[a.line].trim();
    let rest = format!("{} <> {}", t.get(..a.stamp.start)?, t.get(a.stamp.end..)?);
    let masked: String = rest
        .to_lowercase()
        .split_whitespace()
        .map(|w| {
            if w.chars().any(|c| c.is_ascii_digit()) {
                "#"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    let marked = masked.split(' ').any(|w| {
        w != "<>"
            && w != "#"
            && !w
                .chars()
                .all(|c| FIELD_SEPARATORS.contains(c) || c.is_ascii_punctuation())
    });
    marked.then_some(masked)
}

/// The lines at one offset from the anchors (`at[k]`, `None` where the
/// offset leaves the anchor's stretch or is no field) that belong to the
/// headers, if the column does: filled for most anchors, and agreeing on
/// a word at the same place, on being names, or on being UI residue. An
/// anchor's line that does not share what the column agrees on is left
/// out, unless it is a short label (`Team · Moderation` where the others
/// print `Garage: …`); a sentence there is the comment's text.
fn column_agrees(
    page: &Page,
    at: &[Option<usize>],
    below: bool,
    names_allowed: bool,
) -> Option<Vec<Option<usize>>> {
    let fields: Vec<usize> = at.iter().flatten().copied().collect();
    if !most(fields.len(), at.len(), FILLED) {
        return None;
    }
    let m = fields.len();
    // Each anchor's lead words, taken once.
    let lead: Vec<Vec<(usize, String)>> = at
        .iter()
        .map(|j| j.map(|j| page.lead_words(j)).unwrap_or_default())
        .collect();
    let mut words: HashMap<&(usize, String), usize> = HashMap::new();
    for w in lead.iter().flatten() {
        *words.entry(w).or_default() += 1;
    }
    // The most frequent word; ties broken by place and word, so the
    // outcome does not depend on the map's order.
    let top = words
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)));
    let keep = |f: &dyn Fn(usize, usize) -> bool| -> Vec<Option<usize>> {
        at.iter()
            .enumerate()
            .map(|(k, j)| j.filter(|&j| f(k, j) || page.label(j)))
            .collect()
    };
    if let Some((word, count)) = top {
        if most(count, m, AGREE) {
            return Some(keep(&|k, _| lead[k].contains(word)));
        }
    }
    let names = fields.iter().filter(|&&j| page.name_only(j)).count();
    if names_allowed && most(names, m, FILLED) {
        return Some(keep(&|_, j| page.name_only(j)));
    }
    let ui = fields.iter().filter(|&&j| page.infos[j].ui).count();
    if below && most(ui, m, FILLED) {
        return Some(keep(&|_, j| page.infos[j].ui));
    }
    None
}

/// How far each of `n` headers reaches from its stamp line in one
/// direction: offset `d` joins while the column of lines there
/// ([`column_agrees`]; `at(k, d)` is anchor `k`'s line at offset `d`, if
/// in bounds) agrees. A column of short labels that vary (`Neues
/// Mitglied`, `Top-Kommentator`, badges under the name) joins when the
/// column beyond it agrees.
fn reach(
    page: &Page,
    n: usize,
    max: usize,
    at: impl Fn(usize, usize) -> Option<usize>,
    below: bool,
    named: bool,
) -> Vec<usize> {
    // Under the stamp, a name only right under it and only where the
    // stamp line names nobody (`Fr., 21.11.2026 – 07:58` over `Peter aus
    // Neudorf`): under `Anna · 12.03.2026` a short line is a reply line
    // or a title (`zu Tom`, `Kosten`). Over the stamp, a UI row is the
    // action row of the comment before, never a header line.
    let agrees = |col: &[Option<usize>], d: usize| {
        column_agrees(page, col, below, !below || (d == 1 && !named))
    };
    let column = |d: usize, ext: &[usize]| -> Vec<Option<usize>> {
        (0..n)
            .map(|k| {
                (ext[k] == d - 1)
                    .then(|| at(k, d))
                    .flatten()
                    .filter(|&j| page.field(j))
            })
            .collect()
    };
    let take = |ext: &mut [usize], col: &[Option<usize>], d: usize| {
        for (k, j) in col.iter().enumerate() {
            if j.is_some() {
                ext[k] = d;
            }
        }
    };
    let mut ext = vec![0usize; n];
    let mut d = 1;
    while d <= max {
        let col = column(d, &ext);
        // Over the stamp, a column of UI rows (`412 Postings, 18
        // Follower`) joins only under a column that agrees: otherwise it
        // is the action row of the comment before (`12 Antworten Teilen`).
        let ui_row = !below && mostly_ui(page, &col);
        let agreed = agrees(&col, d);
        if let (Some(kept), false) = (&agreed, ui_row) {
            take(&mut ext, kept, d);
            d += 1;
            continue;
        }
        if d < max && (short_labels(page, &col) || (ui_row && agreed.is_some())) {
            let mut tried = ext.clone();
            take(&mut tried, &col, d);
            let beyond = column(d + 1, &tried);
            if let Some(kept) = agrees(&beyond, d + 1) {
                take(&mut tried, &kept, d + 1);
                ext = tried;
                d += 2;
                continue;
            }
        }
        break;
    }
    ext
}

/// Whether most anchors have a UI row at this offset.
fn mostly_ui(page: &Page, at: &[Option<usize>]) -> bool {
    let ui = at.iter().flatten().filter(|&&j| page.infos[j].ui).count();
    most(ui, at.len(), FILLED)
}

/// Whether most anchors have a short label at this offset: at most four
/// words, no sentence.
fn short_labels(page: &Page, at: &[Option<usize>]) -> bool {
    let short = at.iter().flatten().filter(|&&j| page.label(j)).count();
    most(short, at.len(), FILLED)
}

/// How far each header reaches above and below its stamp line: the lines
/// under a header are bounded by the next stamp line, those over it by the
/// header before.
fn extents(page: &Page, anchors: &[Anchor]) -> (Vec<usize>, Vec<usize>) {
    let n = anchors.len();
    let line_of = |k: usize| anchors[k].line;
    // Whether most stamp lines carry a name (`Anna Berg · 12.03.2026`),
    // or have one right over them (`2. Kommentar von naturfreund_dd` /
    // `Dienstag, 10.02.26, 19:27 Uhr`): then a short line under the
    // stamp is the comment's title, not its author.
    let names = |j: usize| page.shapes[j].as_ref().is_some_and(|s| s.name.is_some());
    let named = anchors
        .iter()
        .filter(|a| names(a.line) || (a.line > 0 && page.field(a.line - 1) && names(a.line - 1)))
        .count()
        * 2
        > n;
    let down = reach(
        page,
        n,
        MAX_BELOW,
        |k, d| {
            let j = line_of(k) + d;
            let limit = if k + 1 < n {
                line_of(k + 1)
            } else {
                page.lines.len()
            };
            (j < limit).then_some(j)
        },
        true,
        named,
    );
    let floor = |k: usize| {
        if k > 0 {
            line_of(k - 1) + down[k - 1] + 1
        } else {
            0
        }
    };
    // A reply line over the stamp (`Antwort auf Grantlhuber`, printed
    // only on replies) is the header's but no column of the others: the
    // columns are counted past it, so that `Name` / `57 Postings` /
    // [`Antwort auf X`] / stamp is one header shape.
    // An `@Name` line there is the text's (a title addressing someone).
    let reply = |j: usize| {
        let t = page.lines[j].trim();
        !t.starts_with('@') && reply_line(t).is_some()
    };
    let above = |k: usize, d: usize| -> Option<usize> {
        let mut j = line_of(k);
        let mut left = d;
        while left > 0 {
            j = j.checked_sub(1).filter(|&j| j >= floor(k))?;
            if !reply(j) {
                left -= 1;
            }
        }
        Some(j)
    };
    let up = reach(page, n, MAX_ABOVE, above, false, named);
    // Back to lines, with the reply lines right over the top.
    let up = (0..n)
        .map(|k| {
            let mut top = above(k, up[k]).unwrap_or(line_of(k));
            while top > floor(k) && reply(top - 1) {
                top -= 1;
            }
            line_of(k) - top
        })
        .collect();
    (up, down)
}

/// Comment headers found by repetition, in page order; empty when no stamp
/// class repeats often enough.
pub(super) fn headers(
    lines: &[&str],
    infos: &[LineInfo],
    shapes: &[Option<Shape>],
    dates: &DatePatterns,
) -> Vec<Header> {
    let page = Page {
        lines,
        infos,
        shapes,
    };
    let anchors = thread_anchors(&page, anchors(&page, dates));
    if anchors.is_empty() {
        return Vec::new();
    }
    let (mut up, mut down) = extents(&page, &anchors);
    if action_rows_close_comments(&page, &anchors, dates) {
        down.iter_mut().for_each(|d| *d = 0);
    }
    // A header opens with no button: `Ja` / `Nein` under the comment
    // before are its answers to `Fandest du das hilfreich?`.
    for (u, a) in up.iter_mut().zip(&anchors) {
        while *u > 0 && infos[a.line - *u].ui {
            *u -= 1;
        }
        // The avatar's description over the name opens the header, where
        // not every comment has one (a site's own replies have none).
        if a.line > *u && is_avatar_caption(lines[a.line - *u - 1]) {
            *u += 1;
        }
    }
    let tops = if up.iter().all(|&u| u == 0) {
        top_names(&page, &anchors, &down, dates)
    } else {
        Vec::new()
    };
    let split = !tops.is_empty();
    anchors
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let block = (a.line - up[k])..=(a.line + down[k]);
            let top = tops.get(k).copied().flatten();
            Header {
                line: a.line - up[k],
                len: up[k] + down[k] + 1,
                author: top
                    .and_then(|t| first_field_name(lines[t], dates))
                    .or_else(|| author(&page, block.clone(), a.line, dates)),
                stamp: Some(a.stamp.clone()),
                reply_to: top.into_iter().chain(block.clone()).find_map(|j| {
                    reply_line(lines[j].trim())
                        .or_else(|| shapes[j].as_ref().and_then(|s| s.reply_to.clone()))
                }),
                nested: block
                    .clone()
                    .any(|j| shapes[j].as_ref().is_some_and(|s| s.nested)),
                below: split,
                level: None,
                top,
            }
        })
        .collect()
}

/// Whether the stamp lines are action rows that close their comments
/// (`Gefällt mir · Antworten · 48 · 1 T.`, a social plugin's row under
/// the text) rather than open the next one: three quarters of the stamp
/// lines, the first among them, are UI rows, and the first comment shows
/// its name and text above the first of them
/// (`Detlef Kaminski` / text / row). The name under each row then opens
/// the next comment; read as the row's header line, it would leave the
/// first comment without a header.
fn action_rows_close_comments(page: &Page, anchors: &[Anchor], dates: &DatePatterns) -> bool {
    let Some(first) = anchors.first() else {
        return false;
    };
    let action_row = |a: &Anchor| {
        let t = page.lines[a.line].trim();
        let rest = format!("{} {}", &t[..a.stamp.start], &t[a.stamp.end..]);
        let rest = rest.to_lowercase();
        rest.chars().any(char::is_alphabetic) && is_ui(&rest)
    };
    // An edit note may follow a row's stamp (`· Bearbeitet`).
    let rows = anchors.iter().filter(|a| action_row(a)).count();
    if 4 * rows < 3 * anchors.len() || !action_row(first) {
        return false;
    }
    let stretch: Vec<usize> = (0..first.line)
        .rev()
        .take_while(|&j| !page.infos[j].blank && !page.infos[j].ui)
        .collect();
    // The name line on top, text under it.
    stretch.len() >= 2
        && stretch
            .last()
            .is_some_and(|&j| first_field_name(page.lines[j], dates).is_some())
}

/// For a header printed under the text (nothing repeats above the stamp),
/// the name lines on top of each comment's text, when most comments have
/// one: the first line of the stretch that ends at the stamp (after a
/// blank line, or right after the header before) reads as a name in its
/// first field (`Jürgen Maier · Arbeitet bei Bosch`). Empty when the
/// header is not split so.
fn top_names(
    page: &Page,
    anchors: &[Anchor],
    down: &[usize],
    dates: &DatePatterns,
) -> Vec<Option<usize>> {
    let tops: Vec<Option<usize>> = anchors
        .iter()
        .enumerate()
        .map(|(k, a)| {
            let is_top = |j: usize| {
                j + 1 < a.line && page.field(j) && first_field_name(page.lines[j], dates).is_some()
            };
            if k == 0 {
                // Nothing bounds the first comment from above but a blank
                // line: its name is the nearest name line over its text.
                return (0..a.line.saturating_sub(1))
                    .rev()
                    .take_while(|&j| !page.infos[j].blank)
                    .find(|&j| is_top(j));
            }
            let floor = anchors[k - 1].line + down[k - 1] + 1;
            // A pick badge over the name (`★ TOP-KOMMENTAR`) is skipped,
            // and so is the count of replies under the comment before (`2
            // Antworten`).
            let first = (floor..a.line)
                .rev()
                .take_while(|&j| !page.infos[j].blank)
                .filter(|&j| !is_pick_badge(page.lines[j]) && !page.infos[j].ui)
                .last()?;
            is_top(first).then_some(first)
        })
        .collect();
    if most(tops.iter().flatten().count(), anchors.len(), FILLED) {
        tops
    } else {
        Vec::new()
    }
}

/// The name a line's first field gives (fields are set apart by field
/// separators or two spaces), when that field is a name alone.
fn first_field_name(t: &str, dates: &DatePatterns) -> Option<String> {
    let field = t
        .trim()
        .split("  ")
        .next()?
        .split(|c: char| FIELD_SEPARATORS.contains(c))
        .next()?
        .trim();
    let s = shape(field, dates)?;
    s.name_only.then_some(s.name).flatten()
}

/// The commenter's name in a header block: a line of name tokens alone,
/// else a name after `von` (`FRAGE von Sandra K., Handelsangestellte`,
/// `Eingereicht 19:14 Uhr von Gast`), else the name the stamp line
/// carries, else any name in the block. A lower-case word alone is a
/// label (`gestellt am …`), not a name.
fn author(
    page: &Page,
    block: std::ops::RangeInclusive<usize>,
    anchor: usize,
    dates: &DatePatterns,
) -> Option<String> {
    // A reply line names the target, never the author.
    let named = |j: usize| {
        page.shapes[j]
            .as_ref()
            .and_then(|s| s.name.clone())
            .filter(|_| reply_line(page.lines[j].trim()).is_none())
    };
    let name = |j: usize| {
        // `3. wolkenschieber 19.09.2025, 17.11 Uhr`: after a post's
        // number a lower-case word is the handle, not a stamp's label.
        let numbered = leading_post_number(page.lines[j]).is_some();
        named(j)
            .filter(|n| {
                // `jürgen.t`: a lower-case handle with a dot inside.
                let dotted = !n.contains(' ') && n.trim_end_matches('.').contains('.');
                numbered && !n.contains(' ')
                    || dotted
                    || n.chars()
                        .any(|c| c.is_uppercase() || c.is_ascii_digit() || c == '_')
            })
            .map(|n| without_role_word(&n))
    };
    // A name line of its own over the stamp may be a lower-case handle
    // (`floridsdorfer` / `12 Postings` / stamp): a word alone on its line
    // is no stamp's label.
    let own_line = |j: usize| {
        named(j)
            .filter(|n| !n.contains(' ') || name(j).is_some())
            .map(|n| without_role_word(&n))
    };
    block
        .clone()
        .filter(|&j| j != anchor && page.name_only(j) && !is_avatar_caption(page.lines[j]))
        .find_map(own_line)
        .or_else(|| block.clone().find_map(|j| name_after_von(page.lines[j])))
        .or_else(|| name(anchor))
        .or_else(|| slashed_name(page.lines[anchor], dates))
        .or_else(|| block.filter(|&j| j != anchor).find_map(name))
}

/// The name a stamp line's first field gives when slashes set its fields
/// apart (`Kurvenkind_1904 / Community-Profi / Sa. 22.03. 15:10`); a
/// slash is no field separator elsewhere (`07/10/2025`, `und/oder`).
fn slashed_name(t: &str, dates: &DatePatterns) -> Option<String> {
    let (first, _) = t.trim().split_once(" / ")?;
    let s = shape(first, dates)?;
    s.name_only.then_some(s.name).flatten()
}

/// A name run that starts with the kind of post (`FRAGE von Sandra K.`,
/// `Antwort von Tom`): the name after `von`. A name with `von` inside
/// (`michael von wob`) stays whole.
fn without_role_word(name: &str) -> String {
    let Some((kind, _)) = name.split_once(' ') else {
        return name.to_string();
    };
    let shouted = kind.chars().count() >= 3 && kind.chars().all(|c| c.is_uppercase());
    let role = ROLE.contains(&kind.to_lowercase().as_str());
    match name_after_von(name) {
        Some(after) if shouted || role => after,
        _ => name.to_string(),
    }
}

/// Words that introduce who wrote a post.
const BY: &[&str] = &["von", "by", "from"];

/// Lower-case words that stay inside a name (`Gerhard S. aus Weidling`,
/// `Ursula von der Leyen`).
const NAME_JOINS: &[&str] = &["aus", "von", "van", "der", "de", "vom", "zu"];

/// The name after `von`/`by` in a header line, up to a field separator,
/// a bracket, a stamp or a lower-case word: `FRAGE von Sandra K.,
/// Handelsangestellte` → `Sandra K.`.
fn name_after_von(t: &str) -> Option<String> {
    let words: Vec<&str> = t.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| BY.contains(&w.to_lowercase().as_str()))?;
    let mut name: Vec<&str> = Vec::new();
    for w in &words[at + 1..] {
        let bare = w.trim_end_matches([',', ';', ':']);
        let starts_name = bare
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let join = !name.is_empty() && NAME_JOINS.contains(&bare);
        let handle = bare.contains('_') && bare.chars().any(char::is_alphabetic);
        if !(starts_name || join || handle) || bare.contains(|c: char| "()[]·|•/".contains(c)) {
            break;
        }
        name.push(bare);
        if bare.len() != w.len() {
            break;
        }
    }
    while name.last().is_some_and(|w| NAME_JOINS.contains(w)) {
        name.pop();
    }
    // `Route bewertet: 4 von 5`: a rating, no name; a wiki's anonymous
    // editor is an address (`von 91.113.45.207`).
    let lettered = name.iter().any(|w| w.chars().any(char::is_alphabetic));
    let address = name.len() == 1 && name[0].parse::<std::net::Ipv4Addr>().is_ok();
    (lettered || address).then(|| name.join(" "))
}

#[cfg(test)]
mod tests {
    use crate::segment::dates::DatePatterns;
    use crate::segment::header::{find_headers, repeated_headers, Header};
    use crate::segment::lines::{LineInfo, LinePatterns};

    /// A rating is no name after `von`; an address is (`unseen20`,
    /// `unseen10`).
    #[test]
    fn names_after_von_have_letters_or_are_addresses() {
        use super::name_after_von;
        assert_eq!(name_after_von("16.09.2025 · Route bewertet: 4 von 5"), None);
        let ip = name_after_von("Beitrag von 91.113.45.207");
        assert_eq!(ip.as_deref(), Some("91.113.45.207"));
        assert_eq!(
            name_after_von("Eingereicht von Gast").as_deref(),
            Some("Gast")
        );
    }

    /// A forum's header row is a field though its separators would make
    /// it more than twelve words (`unseen20`).
    #[test]
    fn separators_are_no_words_of_a_field() {
        let lines = [
            "Verfasst von: Reinhild Pötter | Mitglied seit: 2009 | Beiträge: 1.284 | Moderatorin",
            "Verfasst von: Reinhild Pötter, Mitglied seit 2009, Beiträge 1.284, Moderatorin des ganzen Forums hier",
        ];
        let infos = infos(&lines);
        assert!(infos[0].words > super::MAX_FIELD_WORDS);
        let shapes = vec![None, None];
        let page = super::Page {
            lines: &lines,
            infos: &infos,
            shapes: &shapes,
        };
        assert!(page.field(0));
        assert!(!page.field(1));
    }

    fn infos(lines: &[&str]) -> Vec<LineInfo> {
        let lp = LinePatterns::new();
        lines.iter().map(|l| lp.info(l)).collect()
    }

    fn repeated(lines: &[&str]) -> Vec<Header> {
        repeated_headers(lines, &infos(lines), &DatePatterns::new())
    }

    fn spans(h: &[Header]) -> Vec<(usize, usize, Option<&str>)> {
        h.iter()
            .map(|h| (h.line, h.len, h.author.as_deref()))
            .collect()
    }

    /// A car forum's header: pseudonym, a `Garage: …` line no shape
    /// knows (too long for a profile line), the stamp. The garage lines
    /// agree on their first word, the names on being names.
    #[test]
    fn a_line_repeated_at_the_same_offset_joins_the_header() {
        let lines = [
            "Diskussion zum Artikel (4 Beiträge)",
            "",
            "Kurbel-Kalle",
            "Garage: Passat Variant 1.9 TDI (AVF), 412.000 km",
            "Mi 12.08.15, 18:42",
            "Das Amt stellt schon Leute ein für etwas, das nie kommt.",
            "",
            "Golfine_TDI",
            "Garage: Golf IV 1.9 TDI (ASZ), Stufe 1, Sommerräder",
            "Mi 12.08.15, 19:05",
            "Zitat von Kurbel-Kalle:",
            "Das Amt stellt schon Leute ein.",
            "Naja, bei einem Bundeshaushalt ist das Kleingeld.",
            "",
            "Dieselprinz",
            "Garage: Octavia Combi 2.0 TDI und ein alter T4 Multivan",
            "Mi 12.08.15, 20:31",
            "Ich fahre jede Woche zweimal über die Grenze und zurück.",
            "",
            "V6-Veteran",
            "Garage: A6 4B 2.5 TDI V6 (leider ohne Quattro)",
            "Do 13.08.15, 07:48",
            "Dann bitte für alle und ohne Rechentricks.",
        ];
        let got = repeated(&lines);
        assert_eq!(
            spans(&got),
            [
                (2, 3, Some("Kurbel-Kalle")),
                (7, 3, Some("Golfine_TDI")),
                (14, 3, Some("Dieselprinz")),
                (19, 3, Some("V6-Veteran")),
            ]
        );
        assert!(got.iter().all(|h| !h.below && h.top.is_none()));
    }

    /// A reply line printed only on replies (`Antwort auf X` between the
    /// posting count and the stamp) is the header's, not a column that
    /// breaks the header apart; a lower-case handle alone on the name
    /// line is the author (`unseen21`).
    #[test]
    fn reply_lines_only_on_replies_and_lower_case_handles() {
        let lines = [
            "Kommentare",
            "",
            "pendlerin_aus_mödling",
            "57 Postings",
            "4. November 2025, 08:05:11",
            "",
            "Der eigentliche Skandal sind die Ersatzbusse.",
            "+35",
            "Antworten",
            "",
            "Grantlhuber",
            "1.204 Postings",
            "4. November 2025, 09:17:43",
            "",
            "Überrascht hier irgendwen irgendwas?",
            "+48",
            "Antworten",
            "",
            "floridsdorfer",
            "12 Postings",
            "Antwort auf Grantlhuber",
            "4. November 2025, 10:33:17",
            "",
            "Die Software fällt ja nicht heute vom Himmel.",
            "+12",
            "Antworten",
            "",
            "Karin W.",
            "88 Postings",
            "4. November 2025, 13:15:52",
            "",
            "Warum informiert man die Leute immer erst, wenn es fix ist?",
        ];
        let got = repeated(&lines);
        assert_eq!(
            spans(&got),
            [
                (2, 3, Some("pendlerin_aus_mödling")),
                (10, 3, Some("Grantlhuber")),
                (18, 4, Some("floridsdorfer")),
                (27, 3, Some("Karin W.")),
            ]
        );
        assert_eq!(got[2].reply_to.as_deref(), Some("Grantlhuber"));
        assert!(got.iter().all(|h| !h.below && h.top.is_none()));
    }

    /// A social plugin: the name on top of the text, the stamp in the
    /// action row under it. Nothing repeats over the stamp but the
    /// comment's own text, so the paragraph's first line is the name.
    #[test]
    fn a_name_on_top_and_a_stamp_row_below_split_the_header() {
        let lines = [
            "Kommentare",
            "",
            "Jürgen Maier · Arbeitet bei Bosch",
            "Super, dann muss ich nicht mehr auf der Bundesstraße fahren!",
            "Gefällt mir · Antworten · 22.11.2026 08:12",
            "",
            "Claudia Renz · Heilbronn",
            "Und wann wird der Abschnitt bei Talheim endlich gemacht?",
            "Gefällt mir · Antworten · 22.11.2026 09:40",
            "",
            "Stefan Brückner",
            "Ganz deiner Meinung. Bin heute früh schon drüber, top Belag.",
            "Gefällt mir · Antworten · 22.11.2026 10:05",
        ];
        let got = repeated(&lines);
        assert_eq!(
            spans(&got),
            [
                (4, 1, Some("Jürgen Maier")),
                (8, 1, Some("Claudia Renz")),
                (12, 1, Some("Stefan Brückner")),
            ]
        );
        assert_eq!(
            got.iter().map(|h| h.top).collect::<Vec<_>>(),
            [Some(2), Some(6), Some(10)]
        );
        assert!(got.iter().all(|h| h.below));
    }

    /// Fresh comments print a relative stamp, older ones a date, in the
    /// same frame of votes and buttons: both are the thread's headers.
    #[test]
    fn stamps_of_two_classes_in_one_frame_join() {
        let lines = [
            "Kommentare",
            "",
            "Kalle_K",
            "Ich hätte den Schein auch in die Dose gesteckt.",
            "vor 38 Minuten · 👍 412 · 👎 9 · Antworten",
            "",
            "Renate S.",
            "So eine schöne Geschichte zwischen all den schlechten.",
            "17.03.2026, 13:02 · 👍 367 · 👎 4 · Antworten",
            "",
            "Gisela_M",
            "Wieso kontrolliert der Kiosk das nicht automatisch?",
            "vor 52 Minuten · 👍 97 · 👎 6 · Antworten",
            "",
            "Hanne_Lore",
            "Meine Oma hat ihr Geld auch in der Keksdose versteckt.",
            "vor 12 Minuten · 👍 65 · 👎 3 · Antworten",
            "",
            "Steuerfuchs",
            "Wenigstens ist der Gewinn steuerfrei.",
            "17.03.2026, 13:10 · 👍 201 · 👎 12 · Antworten",
        ];
        let got = repeated(&lines);
        let lines_of: Vec<usize> = spans(&got).iter().map(|s| s.0).collect();
        assert_eq!(lines_of, [4, 8, 12, 16, 20]);
        assert_eq!(got[1].author.as_deref(), Some("Renate S."));
    }

    /// The action row of the comment before (`12 Antworten Teilen`) sits
    /// right over the next header on pages without blank lines; it is UI,
    /// and nothing over it agrees, so it stays out of the header. An
    /// avatar caption, a name and a badge that varies all join.
    #[test]
    fn action_rows_stay_out_and_avatar_and_badge_rows_join() {
        let lines = [
            "Kommentare (4)",
            "Profilbild von Jens Trautwein",
            "Jens Trautwein",
            "Verifiziertes Mitglied",
            "03.02.2025, 7:42 PM",
            "Großen Respekt an die Feuerwehren aus dem ganzen Tal.",
            "12 Antworten Teilen",
            "Profilbild von Sabine Hofäcker",
            "Sabine Hofäcker",
            "Mitglied seit 2021",
            "03.02.2025, 8:05 PM",
            "Absolut. Mein Mann war mit im Einsatz, bis heute früh.",
            "4 Antworten Teilen",
            "Profilbild von Tom_B",
            "Tom_B",
            "Neues Mitglied",
            "03.02.2025, 8:31 PM",
            "Weiß man schon, ob die Tiere alle rausgekommen sind?",
            "Antworten Teilen",
            "Profilbild von Carola Bürkle",
            "Carola Bürkle",
            "Top-Kommentatorin",
            "03.02.2025, 9:10 PM",
            "In der Scheune standen keine Tiere, nur Heu und Stroh.",
            "Antworten Teilen",
        ];
        let got = repeated(&lines);
        assert_eq!(
            spans(&got),
            [
                (1, 4, Some("Jens Trautwein")),
                (7, 4, Some("Sabine Hofäcker")),
                (13, 4, Some("Tom_B")),
                (19, 4, Some("Carola Bürkle")),
            ]
        );
    }

    /// The kind of post in front of `von` is no part of the name, and a
    /// council's question log is found by its `FRAGE n` lines.
    #[test]
    fn the_name_after_von_and_a_shouted_kind_of_post() {
        let lines = [
            "Fragen an den Expertenrat",
            "",
            "FRAGE von Sandra K., Handelsangestellte",
            "gestellt am Montag, 18. Jänner 2016, 14:20 Uhr",
            "Ich habe seit 2013 einen All-in-Vertrag im Außendienst.",
            "",
            "ANTWORT von Mag.a Petra Lindner (Expertenrat Arbeitsrecht)",
            "am Dienstag, 19. Jänner 2016, 09:05 Uhr",
            "Liebe Frau K., die Pflicht gilt für Verträge ab 2016.",
            "",
            "FRAGE von Thomas W., Polier",
            "gestellt am Montag, 18. Jänner 2016, 19:02 Uhr",
            "Bei uns am Bau hat fast jeder Polier so einen Vertrag.",
            "",
            "KOMMENTAR von Jürgen H., Betriebsrat",
            "am Freitag, 22. Jänner 2016, 07:40 Uhr",
            "Da hat Ihr Chef leider recht, einseitig geht das nicht.",
        ];
        let got = repeated(&lines);
        assert_eq!(
            spans(&got),
            [
                (2, 2, Some("Sandra K.")),
                (6, 2, Some("Mag.a Petra Lindner")),
                (10, 2, Some("Thomas W.")),
                (14, 2, Some("Jürgen H.")),
            ]
        );
    }

    /// Too few stamps of one class, or stamps in a list, make no thread.
    #[test]
    fn lists_of_dates_and_single_stamps_make_no_thread() {
        let lines = [
            "Termine",
            "12.08.2015 Sitzung des Gemeinderats",
            "13.08.2015 Bürgerversammlung",
            "14.08.2015 Ortsbegehung",
            "15.08.2015 Abschlussbericht",
            "",
            "Anna",
            "16.08.2015 10:00",
            "Ein Kommentar.",
        ];
        assert!(repeated(&lines).is_empty());
    }

    /// On a page the shapes read whole, they decide: the repetition only
    /// takes over with clearly more headers, or the same with more lines.
    #[test]
    fn shapes_keep_a_page_they_read() {
        let lines = [
            "Kommentare",
            "",
            "Anna Berg · 12.03.2026, 10:02",
            "Endlich passiert hier etwas.",
            "Antworten",
            "",
            "Tom Krüger · 12.03.2026, 11:15",
            "Wer soll das alles bezahlen?",
            "Antworten",
            "",
            "Lena Vogel · 12.03.2026, 12:40",
            "Gut so, aber zu spät.",
            "Antworten",
        ];
        let got = find_headers(&lines, &infos(&lines), &DatePatterns::new());
        assert_eq!(
            spans(&got),
            [
                (2, 1, Some("Anna Berg")),
                (6, 1, Some("Tom Krüger")),
                (10, 1, Some("Lena Vogel")),
            ]
        );
    }
}
