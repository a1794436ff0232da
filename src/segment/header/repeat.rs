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
//! short line and those lines agree: the same first word, names, or UI
//! residue. The site's own repetition then says how far a header reaches,
//! whatever its words.

use std::collections::{BTreeMap, HashMap};

use super::{
    is_avatar_caption, is_pick_badge, reply_line, shape, Header, Shape, FIELD_SEPARATORS, MAX_HEADER_CHARS, ROLE,
};
use crate::segment::dates::{DatePatterns, Stamp};
use crate::segment::lines::LineInfo;

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
        !i.blank
            && i.chars <= MAX_FIELD_CHARS
            && i.words <= MAX_FIELD_WORDS
            && (!i.sentence_end || i.words <= 4)
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

    fn name_only(&self, j: usize) -> bool {
        self.shapes[j].as_ref().is_some_and(|s| s.name_only)
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
        let Some(stamp) = page.shapes[j]
            .as_ref()
            .and_then(|s| s.stamp.clone())
            .or_else(|| dates.find(t))
        else {
            continue;
        };
        let (Some(before), Some(after)) = (t.get(..stamp.start), t.get(stamp.end..)) else {
            continue;
        };
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

/// The anchors of the stamp class that repeats most, each separated from
/// the next by other lines (a list of dates is no thread); ties go to the
/// class printed further down.
fn thread_anchors(all: Vec<Anchor>) -> Vec<Anchor> {
    let mut by_class: BTreeMap<String, Vec<Anchor>> = BTreeMap::new();
    for a in all {
        by_class.entry(a.stamp.class.clone()).or_default().push(a);
    }
    by_class
        .into_values()
        .filter(|g| {
            let adjacent = g.windows(2).filter(|w| w[1].line == w[0].line + 1).count();
            g.len() >= MIN_ANCHORS && adjacent * 4 <= g.len()
        })
        .max_by_key(|g| (g.len(), g.last().map_or(0, |a| a.line)))
        .unwrap_or_default()
}

/// Whether the lines at one offset from the anchors (`at[k]`, `None` where
/// the offset leaves the anchor's stretch or is no field) belong to the
/// headers: filled for most anchors, and agreeing on a first word, on
/// being names, or on being UI residue.
fn column_agrees(page: &Page, at: &[Option<usize>], below: bool, names: bool) -> bool {
    let names_allowed = names;
    let fields: Vec<usize> = at.iter().flatten().copied().collect();
    let n = at.len() as f64;
    if fields.len() < MIN_ANCHORS || (fields.len() as f64) < (FILLED * n).ceil() {
        return false;
    }
    let m = fields.len() as f64;
    let mut words: HashMap<(usize, String), usize> = HashMap::new();
    for &j in &fields {
        for w in page.lead_words(j) {
            *words.entry(w).or_default() += 1;
        }
    }
    let same_word = words.values().copied().max().unwrap_or(0);
    let names = fields.iter().filter(|&&j| page.name_only(j)).count();
    let ui = fields.iter().filter(|&&j| page.infos[j].ui).count();
    (same_word >= MIN_ANCHORS && same_word as f64 >= (AGREE * m).ceil())
        || (names_allowed && names as f64 >= (FILLED * m).ceil())
        || (below && ui as f64 >= (FILLED * m).ceil())
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
) -> Vec<usize> {
    // Under the stamp, a name only right under it (`Fr., 21.11.2026 –
    // 07:58` over `Peter aus Neudorf`); over it, a UI row is the action
    // row of the comment before, never a header line.
    let agrees =
        |col: &[Option<usize>], d: usize| column_agrees(page, col, below, !below || d == 1);
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
        if agrees(&col, d) && !ui_row {
            take(&mut ext, &col, d);
            d += 1;
            continue;
        }
        if d < max && (short_labels(page, &col) || (ui_row && agrees(&col, d))) {
            let mut tried = ext.clone();
            take(&mut tried, &col, d);
            let beyond = column(d + 1, &tried);
            if agrees(&beyond, d + 1) {
                take(&mut tried, &beyond, d + 1);
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
    ui >= MIN_ANCHORS && ui as f64 >= (FILLED * at.len() as f64).ceil()
}

/// Whether most anchors have a short label at this offset: at most four
/// words, no sentence.
fn short_labels(page: &Page, at: &[Option<usize>]) -> bool {
    let n = at.len() as f64;
    let short = at
        .iter()
        .flatten()
        .filter(|&&j| page.infos[j].words <= 4 && !page.infos[j].sentence_end)
        .count();
    short >= MIN_ANCHORS && short as f64 >= (FILLED * n).ceil()
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
    let anchors = thread_anchors(anchors(&page, dates));
    if anchors.is_empty() {
        return Vec::new();
    }
    let n = anchors.len();
    let line_of = |k: usize| anchors[k].line;
    // How far each header reaches below and above its stamp line; the
    // lines under a header are bounded by the next stamp line, those over
    // it by the header before.
    let down = reach(
        &page,
        n,
        MAX_BELOW,
        |k, d| {
            let j = line_of(k) + d;
            let limit = if k + 1 < n {
                line_of(k + 1)
            } else {
                lines.len()
            };
            (j < limit).then_some(j)
        },
        true,
    );
    let up = reach(
        &page,
        n,
        MAX_ABOVE,
        |k, d| {
            let floor = if k > 0 {
                line_of(k - 1) + down[k - 1] + 1
            } else {
                0
            };
            line_of(k).checked_sub(d).filter(|&j| j >= floor)
        },
        false,
    );
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
                    .or_else(|| author(&page, block.clone(), a.line)),
                stamp: Some(a.stamp.clone()),
                reply_to: block.clone().find_map(|j| {
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
            // A pick badge over the name (`★ TOP-KOMMENTAR`) is skipped.
            let first = (floor..a.line)
                .rev()
                .take_while(|&j| !page.infos[j].blank)
                .filter(|&j| !is_pick_badge(page.lines[j]))
                .last()?;
            is_top(first).then_some(first)
        })
        .collect();
    let found = tops.iter().flatten().count();
    if found >= MIN_ANCHORS && found as f64 >= (FILLED * anchors.len() as f64).ceil() {
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
fn author(page: &Page, block: std::ops::RangeInclusive<usize>, anchor: usize) -> Option<String> {
    let name = |j: usize| {
        page.shapes[j]
            .as_ref()
            .and_then(|s| s.name.clone())
            .filter(|n| {
                n.chars()
                    .any(|c| c.is_uppercase() || c.is_ascii_digit() || c == '_')
            })
            .map(|n| without_role_word(&n))
    };
    block
        .clone()
        .filter(|&j| j != anchor && page.name_only(j) && !is_avatar_caption(page.lines[j]))
        .find_map(name)
        .or_else(|| block.clone().find_map(|j| name_after_von(page.lines[j])))
        .or_else(|| name(anchor))
        .or_else(|| block.filter(|&j| j != anchor).find_map(name))
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
    (!name.is_empty()).then(|| name.join(" "))
}
