//! The content of a generated page before rendering: editorial parts,
//! the comment entries with their gold comments, and the site furniture.

use chrono::{Duration, NaiveDateTime};

use super::families::{Family, Reply, Titles};
use super::vocab::{self, DateFmt, Rng};
use super::Corpus;
use crate::segment::{Comment, LineLabel};

/// A page's content.
#[derive(Debug, Clone, Default)]
pub(super) struct Model {
    /// Editorial part: paragraphs of labelled lines (rendered with a blank
    /// line between paragraphs in text).
    pub head: Vec<Vec<(String, LineLabel)>>,
    /// Comment-section furniture above the first comment.
    pub thread_head: Vec<String>,
    /// Comments and ads in page order.
    pub items: Vec<Item>,
    /// Furniture below the last comment (pagination, footer).
    pub thread_foot: Vec<String>,
    /// The scrape time: `Heute` of day dividers.
    pub now: NaiveDateTime,
    /// How day dividers are decorated (see [`vocab::divider`]).
    pub divider_style: usize,
}

/// One entry of the comment section.
#[derive(Debug, Clone)]
pub(super) enum Item {
    /// A reader comment.
    Comment(Entry),
    /// An ad or teaser between comments (boilerplate lines).
    Ad(Vec<String>),
}

/// One comment as laid out on the page.
#[derive(Debug, Clone)]
pub(super) struct Entry {
    /// Nesting depth (0 for top-level comments).
    pub depth: usize,
    /// Header lines.
    pub header: Vec<String>,
    /// A subject line above the header (forums).
    pub subject: Option<String>,
    /// The comment's text lines below the header (or above it).
    pub lines: Vec<String>,
    /// UI lines after the comment.
    pub ui: Vec<String>,
    /// What the segmenter should find.
    pub gold: Comment,
}

impl Model {
    /// The gold comments in page order.
    pub fn gold_comments(&self) -> Vec<Comment> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Comment(e) => Some(e.gold.clone()),
                Item::Ad(_) => None,
            })
            .collect()
    }
}

const NAV: &[&str] = &[
    "Startseite › Politik › Inland",
    "Politik | Wirtschaft | Sport | Kultur | Panorama",
    "Home › Lokales › Stadt",
    "Nachrichten · Region · Meinung · Service",
];
const RELATED: &[&str] = &[
    "Mehr zum Thema",
    "Lesen Sie auch",
    "Das könnte Sie auch interessieren",
];
const AGENCIES: &[&str] = &["dpa", "AFP", "APA", "KNA", "epd"];

/// Builds the content of one page of `fam`.
pub(super) fn build(fam: &Family, corpus: &Corpus, rng: &mut Rng, now: NaiveDateTime) -> Model {
    let mut m = Model {
        head: editorial(corpus, rng),
        ..Model::default()
    };
    m.thread_head = thread_head(fam, rng);
    let n = 3 + rng.below(8);
    let mut stamps_at = Vec::new();
    let mut entries: Vec<Entry> = Vec::new();
    for k in 0..n {
        let (title, lines) = pick_comment(fam, corpus, rng);
        // Later comments are newer.
        let back = match fam.dates {
            d if d.contains(&DateFmt::DayWord) => (n - k) as i64 * (20 + rng.below(60) as i64),
            d if d.iter().any(|f| vocab::needs_now(*f)) => {
                (n - k) as i64 * (7 + rng.below(180) as i64)
            }
            _ => (n - k) as i64 * 600 + rng.below(2000) as i64 + 30 * 1440,
        };
        stamps_at.push(now - Duration::minutes(back));
        let parent = if fam.reply != Reply::None && k > 0 && rng.chance(0.4) {
            Some(rng.below(k))
        } else {
            None
        };
        let e = entry(
            fam,
            rng,
            &entries,
            parent,
            title,
            lines,
            stamps_at[k],
            now,
            k,
        );
        entries.push(e);
    }
    order_nested(fam, &mut entries);
    for e in entries {
        if fam.ads && rng.chance(0.25) {
            m.items.push(Item::Ad(ad(rng)));
        }
        m.items.push(Item::Comment(e));
    }
    m.thread_foot = thread_foot(fam, rng);
    m.now = now;
    // Drawn only for families with dividers, so other pages stay as they were.
    if fam.dividers {
        m.divider_style = rng.below(3);
    }
    m
}

/// Nested replies follow their parent in page order (depth-first).
fn order_nested(fam: &Family, entries: &mut Vec<Entry>) {
    if fam.reply != Reply::Nested {
        return;
    }
    // Parents are found by the gold `reply_to` and their position.
    let parent_of: Vec<Option<usize>> = entries
        .iter()
        .enumerate()
        .map(|(k, e)| {
            e.gold.reply_to.as_ref().and_then(|p| {
                (0..k)
                    .rev()
                    .find(|&j| entries[j].gold.author.as_ref() == Some(p))
            })
        })
        .collect();
    let mut order = Vec::new();
    fn visit(k: usize, depth: usize, parent_of: &[Option<usize>], out: &mut Vec<(usize, usize)>) {
        out.push((k, depth));
        for (j, p) in parent_of.iter().enumerate() {
            if *p == Some(k) {
                visit(j, depth + 1, parent_of, out);
            }
        }
    }
    for (k, p) in parent_of.iter().enumerate() {
        if p.is_none() {
            visit(k, 0, &parent_of, &mut order);
        }
    }
    let old = std::mem::take(entries);
    for (k, depth) in order {
        let mut e = old[k].clone();
        e.depth = depth;
        entries.push(e);
    }
}

#[allow(clippy::too_many_arguments)]
fn entry(
    fam: &Family,
    rng: &mut Rng,
    earlier: &[Entry],
    parent: Option<usize>,
    title: Option<String>,
    mut lines: Vec<String>,
    at: NaiveDateTime,
    now: NaiveDateTime,
    k: usize,
) -> Entry {
    let author = loop {
        let a = vocab::name(rng, fam.names);
        let parent_author = parent.and_then(|p| earlier[p].gold.author.clone());
        if Some(&a) != parent_author.as_ref() {
            break a;
        }
    };
    let fmt = *rng.pick(fam.dates);
    let (stamp, iso) = vocab::stamp(rng, fmt, at, now);
    let p = parent.map(|p| &earlier[p]);
    let p_author = p.and_then(|p| p.gold.author.clone()).unwrap_or_default();
    let templates = match p {
        Some(_) if !fam.reply_header.is_empty() && fam.reply == Reply::Header => fam.reply_header,
        _ => fam.header,
    };
    let fill = Fill {
        author: &author,
        stamp: &stamp,
        parent: &p_author,
        k,
    };
    let header = fill.lines(templates, rng);
    if let Some(p) = p {
        reply_cue(fam.reply, &mut lines, p, &p_author);
    }
    let subject = match (fam.titles, p) {
        (Titles::Subject, Some(p)) if fam.reply == Reply::Re => {
            let s = p.subject.as_deref().unwrap_or("");
            Some(if s.starts_with("Re: ") {
                s.to_string()
            } else {
                format!("Re: {s}")
            })
        }
        (Titles::Subject, _) => Some(title.clone().unwrap_or_else(|| short_title(&lines[0]))),
        _ => None,
    };
    if fam.titles == Titles::Numbered {
        let t = title.unwrap_or_else(|| short_title(&lines[0]));
        lines.insert(0, format!("{}. {t}", k + 1));
    }
    let ui = ui_lines(fam, rng);
    // The segmenter gives a comment's lines trimmed (`Comment::text`).
    let text_lines: Vec<&str> = subject
        .iter()
        .map(String::as_str)
        .chain(lines.iter().map(String::as_str))
        .map(str::trim)
        .collect();
    let gold = Comment {
        author: Some(author),
        posted: Some(iso),
        reply_to: p.map(|_| p_author.clone()),
        text: text_lines.join("\n"),
        title: text_lines[0].to_string(),
    };
    Entry {
        depth: 0,
        header,
        subject,
        lines,
        ui,
        gold,
    }
}

/// What a header template's slots are filled with.
struct Fill<'a> {
    author: &'a str,
    stamp: &'a str,
    parent: &'a str,
    k: usize,
}

impl Fill<'_> {
    /// The header's lines; an optional slot drawn empty (`{B}`: a badge on
    /// some comments only) leaves its line out.
    fn lines(&self, templates: &[&str], rng: &mut Rng) -> Vec<String> {
        templates
            .iter()
            .map(|t| self.render(t, rng))
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// One header line from its template (`{N}` name, `{D}` date, `{P}`
    /// parent's name, `{n}` number, `{T}` town, `{y}` year, `{k}` count,
    /// `{I}` the name's initials as an avatar, `{B}` a badge on one
    /// comment in two, else nothing, `{R}` a star rating, `{a}` an age,
    /// `{j}` a month and year of joining, `{C}` a car on one comment in
    /// two, else nothing).
    fn render(&self, t: &str, rng: &mut Rng) -> String {
        // Drawn only where printed, so other families' pages stay as they were.
        let t = if t.contains("{T}") {
            let town: &&str = rng.pick(&vocab::TOWNS);
            t.replace("{T}", town)
        } else {
            t.to_string()
        };
        let t = if t.contains("{B}") {
            let badge = if rng.chance(0.5) {
                *rng.pick(&vocab::BADGES)
            } else {
                ""
            };
            t.replace("{B}", badge)
        } else {
            t
        };
        let t = if t.contains("{R}") {
            let stars = 1 + rng.below(5);
            t.replace(
                "{R}",
                &format!("{}{}", "★".repeat(stars), "☆".repeat(5 - stars)),
            )
        } else {
            t
        };
        let t = if t.contains("{a}") {
            t.replace("{a}", &(18 + rng.below(70)).to_string())
        } else {
            t
        };
        let t = if t.contains("{j}") {
            t.replace(
                "{j}",
                &format!("{:02}/{}", 1 + rng.below(12), 2005 + rng.below(20)),
            )
        } else {
            t
        };
        let t = if t.contains("{C}") {
            let car = if rng.chance(0.5) {
                format!(" ({})", rng.pick(&vocab::CARS))
            } else {
                String::new()
            };
            t.replace("{C}", &car)
        } else {
            t
        };
        let t = if t.contains("{I}") {
            t.replace("{I}", &vocab::initials(self.author))
        } else {
            t
        };
        t.replace("{N}", self.author)
            .replace("{D}", self.stamp)
            .replace("{P}", self.parent)
            .replace("{n}", &(self.k + 1).to_string())
            .replace("{y}", &(2005 + rng.below(20)).to_string())
            .replace("{k}", &(1 + rng.below(3000)).to_string())
    }
}

/// The family's way of showing, in the text, which comment a reply answers.
fn reply_cue(reply: Reply, lines: &mut Vec<String>, p: &Entry, p_author: &str) {
    let quote = p
        .gold
        .text
        .lines()
        .last()
        .unwrap_or("")
        .chars()
        .take(80)
        .collect::<String>();
    match reply {
        Reply::At => lines[0] = format!("@{p_author} {}", lines[0]),
        Reply::AntwortLine => lines.insert(0, format!("Antwort auf {p_author}:")),
        Reply::Schrieb => lines
            .splice(0..0, [format!("{p_author} schrieb:"), format!("> {quote}")])
            .for_each(drop),
        Reply::Zitat => lines
            .splice(
                0..0,
                [format!("Zitat von {p_author}:"), format!("> {quote}")],
            )
            .for_each(drop),
        _ => {}
    }
}

/// The UI lines under a comment (votes, "Antworten"), none one time in ten.
fn ui_lines(fam: &Family, rng: &mut Rng) -> Vec<String> {
    if fam.ui.is_empty() || rng.chance(0.1) {
        return Vec::new();
    }
    let v = rng.below(60).to_string();
    let w = rng.below(20).to_string();
    let mut ui = vec![rng.pick(fam.ui).replace("{v}", &v).replace("{w}", &w)];
    if fam.ui.len() > 1 && rng.chance(0.3) {
        ui.push(rng.pick(fam.ui).replace("{v}", &w).replace("{w}", &v));
        ui.dedup();
    }
    ui
}

/// The first words of a line as a title, without a final sentence mark.
fn short_title(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().take(5).collect();
    words
        .join(" ")
        .trim_end_matches(['.', ',', '!', '?', ':'])
        .to_string()
}

fn pick_comment(fam: &Family, corpus: &Corpus, rng: &mut Rng) -> (Option<String>, Vec<String>) {
    for _ in 0..20 {
        let (t, l) = rng.pick(&corpus.comments);
        if fam.titles == Titles::None || t.is_some() {
            return (t.clone(), l.clone());
        }
    }
    let (t, l) = rng.pick(&corpus.comments);
    (t.clone(), l.clone())
}

/// Sentences of a running text (split after `.`, `!`, `?` before a capital).
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(w);
        let next_cap = words
            .get(i + 1)
            .is_some_and(|n| n.chars().next().is_some_and(char::is_uppercase));
        if w.ends_with(['.', '!', '?']) && next_cap && cur.len() > 40 {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn editorial(corpus: &Corpus, rng: &mut Rng) -> Vec<Vec<(String, LineLabel)>> {
    use LineLabel as L;
    let art = rng.pick(&corpus.articles).clone();
    let mut sents = sentences(&art);
    if sents.len() < 3 {
        sents.push("Weitere Einzelheiten sind noch nicht bekannt.".into());
        sents.push("Die Behörden wollen am Abend informieren.".into());
    }
    let teaser = sents.remove(0);
    let headline = short_title(&teaser)
        .split(',')
        .next()
        .unwrap_or("")
        .trim()
        .to_string();
    let mut top = Vec::new();
    if rng.chance(0.7) {
        top.push((rng.pick(NAV).to_string(), L::Boilerplate));
    }
    let mut out = vec![top, vec![(headline, L::Headline), (teaser, L::Teaser)]];
    if rng.chance(0.5) {
        out[1].push((
            format!("Von {}", vocab::name(rng, vocab::NameStyle::Real)),
            L::Credit,
        ));
    }
    out.retain(|p| !p.is_empty());
    let per = 2 + rng.below(3);
    let paras: Vec<String> = sents.chunks(per).take(8).map(|c| c.join(" ")).collect();
    let cap_at = if rng.chance(0.5) {
        Some(rng.below(paras.len().max(1)))
    } else {
        None
    };
    for (i, p) in paras.into_iter().enumerate() {
        out.push(vec![(p, L::Body)]);
        if cap_at == Some(i) {
            let who = vocab::name(rng, vocab::NameStyle::Real);
            out.push(vec![(
                format!(
                    "Die Lage am Dienstag vor Ort. Foto: {}/{who}",
                    rng.pick(AGENCIES)
                ),
                L::Caption,
            )]);
        }
    }
    if rng.chance(0.5) {
        out.push(vec![(
            format!("({})", rng.pick(AGENCIES).to_lowercase()),
            L::Credit,
        )]);
    }
    if rng.chance(0.4) {
        let mut rel = vec![(rng.pick(RELATED).to_string(), L::Boilerplate)];
        for _ in 0..2 {
            let other = sentences(rng.pick::<String>(&corpus.articles));
            let t = short_title(other.get(1).or(other.first()).map_or("", |s| s.as_str()));
            rel.push((format!("› {t}"), L::Boilerplate));
        }
        out.push(rel);
    }
    out
}

fn thread_head(fam: &Family, rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    let k = 3 + rng.below(300);
    if fam.english {
        out.push(format!("{k} Comments"));
        if rng.chance(0.5) {
            out.push("Sort by: Newest | Oldest | Best".into());
        }
    } else {
        out.push(
            rng.pick(&[
                format!("{k} Kommentare"),
                format!("Kommentare ({k})"),
                "Leserkommentare".to_string(),
                format!("Diskussion ({k} Beiträge)"),
            ])
            .clone(),
        );
        if rng.chance(0.5) {
            out.push("Sortieren nach: Neueste | Älteste | Beliebteste".into());
        }
    }
    out
}

fn thread_foot(fam: &Family, rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    if rng.chance(0.6) {
        out.push(if fam.english {
            "Load more comments".into()
        } else {
            rng.pick(&[
                "Weitere Kommentare laden",
                "Seite 1 von 3 ›",
                "Alle Kommentare anzeigen",
            ])
            .to_string()
        });
    }
    out.push(
        rng.pick(&[
            "Impressum | Datenschutz | Kontakt",
            "© 2026 Verlagsgruppe Süd. Alle Rechte vorbehalten.",
        ])
        .to_string(),
    );
    out
}

fn ad(rng: &mut Rng) -> Vec<String> {
    vec![
        "Anzeige".to_string(),
        rng.pick(&[
            "Jetzt Tarife vergleichen und bis zu 300 Euro sparen",
            "Lesen Sie auch: Die besten Wanderwege im Herbst",
            "Jetzt Probemonat sichern – nur 0,99 € im ersten Monat",
        ])
        .to_string(),
    ]
}
