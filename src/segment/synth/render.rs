//! Rendering a generated page as plain text or as HTML in one of the
//! markups, with the gold label of every line the segmenter will see.

use chrono::NaiveDate;

use super::families::{Blank, Family, Markup, Reply};
use super::model::{Entry, Item, Model};
use super::vocab::{self, Rng};
use crate::segment::LineLabel;

/// Text lines and their labels, blank lines included.
struct Lines {
    out: String,
    labels: Vec<LineLabel>,
}

impl Lines {
    fn push(&mut self, text: &str, label: LineLabel) {
        self.out.push_str(text);
        self.out.push('\n');
        self.labels.push(label);
    }

    fn blank(&mut self) {
        if self.labels.last().is_some_and(|l| *l != LineLabel::Blank) {
            self.push("", LineLabel::Blank);
        }
    }
}

/// The page as a text scrape.
/// A day divider and a blank line over `e` when its day differs from the
/// comment before (`day`), as chat apps print them.
fn divide(o: &mut Lines, m: &Model, fam: &Family, e: &Entry, day: &mut Option<NaiveDate>) {
    let this = e
        .gold
        .posted
        .as_deref()
        .and_then(|p| NaiveDate::parse_from_str(p.get(..10)?, "%Y-%m-%d").ok());
    if this.is_some() && this != *day {
        if let Some(d) = this {
            let t = vocab::divider(d, m.now.date(), fam.english, m.divider_style);
            o.push(&t, LineLabel::Boilerplate);
            o.blank();
        }
        *day = this;
    }
}

pub(super) fn text(m: &Model, fam: &Family) -> (String, Vec<LineLabel>) {
    use LineLabel as L;
    let mut o = Lines {
        out: String::new(),
        labels: Vec::new(),
    };
    for para in &m.head {
        for (t, l) in para {
            o.push(t, *l);
        }
        o.blank();
    }
    for t in &m.thread_head {
        o.push(t, L::Boilerplate);
    }
    o.blank();
    let airy = fam.blank == Blank::Airy;
    let mut day = None;
    for item in &m.items {
        match item {
            Item::Ad(lines) => lines.iter().for_each(|t| o.push(t, L::Boilerplate)),
            Item::Comment(e) => {
                if fam.dividers {
                    divide(&mut o, m, fam, e, &mut day);
                }
                let ind = if fam.reply == Reply::Nested {
                    "    ".repeat(e.depth)
                } else {
                    String::new()
                };
                // A split header: its first line above the text, the rest below.
                let (top, under) = e
                    .header
                    .split_at(usize::from(fam.split).min(e.header.len()));
                let header = |o: &mut Lines, h: &[String]| {
                    h.iter()
                        .for_each(|h| o.push(&format!("{ind}{h}"), L::CommentHeader))
                };
                if let Some(s) = &e.subject {
                    o.push(&format!("{ind}{s}"), L::Comment);
                }
                if fam.split {
                    header(&mut o, top);
                } else if !fam.below {
                    header(&mut o, &e.header);
                    if airy {
                        o.blank();
                    }
                }
                e.lines
                    .iter()
                    .for_each(|t| o.push(&format!("{ind}{t}"), L::Comment));
                if fam.split {
                    header(&mut o, under);
                } else if fam.below {
                    header(&mut o, &e.header);
                }
                if airy && !e.ui.is_empty() {
                    o.blank();
                }
                e.ui.iter()
                    .for_each(|t| o.push(&format!("{ind}{t}"), L::Boilerplate));
            }
        }
        if fam.blank != Blank::Dense {
            o.blank();
        }
    }
    o.blank();
    for t in &m.thread_foot {
        o.push(t, L::Boilerplate);
    }
    (o.out, o.labels)
}

/// HTML output and the labels of its non-blank lines.
struct Html {
    out: String,
    labels: Vec<LineLabel>,
}

impl Html {
    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// One line in its own block element.
    fn line(&mut self, tag: &str, class: &str, text: &str, label: LineLabel) {
        let cls = if class.is_empty() {
            String::new()
        } else {
            format!(" class=\"{class}\"")
        };
        self.out
            .push_str(&format!("<{tag}{cls}>{}</{tag}>\n", esc(text)));
        self.labels.push(label);
    }
}

fn esc(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Class names per role: meaningful for some markups, hashed for others.
struct Classes {
    list: String,
    item: String,
    head: String,
    body: String,
    ui: String,
    children: String,
}

fn classes(fam: &Family, rng: &mut Rng) -> Classes {
    let mut h = || {
        format!(
            "{}{:05x}",
            (b'a' + rng.below(26) as u8) as char,
            rng.next_u64() & 0xfffff
        )
    };
    match fam.markup {
        Markup::List => Classes {
            list: "comment-list".into(),
            item: "comment".into(),
            head: "comment-meta".into(),
            body: "comment-content".into(),
            ui: "reply".into(),
            children: "children".into(),
        },
        _ => Classes {
            list: h(),
            item: h(),
            head: h(),
            body: h(),
            ui: h(),
            children: h(),
        },
    }
}

/// The page as an HTML document.
pub(super) fn html(m: &Model, fam: &Family, rng: &mut Rng) -> (String, Vec<LineLabel>) {
    use LineLabel as L;
    let mut o = Html {
        out: String::from("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Seite</title></head>\n<body>\n"),
        labels: Vec::new(),
    };
    let c = classes(fam, rng);
    for para in &m.head {
        for (t, l) in para {
            match l {
                L::Headline => o.line("h1", "", t, *l),
                L::Teaser => o.line("p", "lead", t, *l),
                L::Caption => {
                    o.raw("<figure><img src=\"bild.jpg\" alt=\"\">");
                    o.line("figcaption", "", t, *l);
                    o.raw("</figure>\n");
                }
                L::Boilerplate if t.contains('›') || t.contains('|') || t.contains('·') => {
                    o.line("nav", "", t, *l)
                }
                _ => o.line("p", "", t, *l),
            }
        }
    }
    o.raw("<section>\n");
    for t in &m.thread_head {
        o.line("h2", "", t, L::Boilerplate);
    }
    match fam.markup {
        Markup::Table => table(&mut o, m, &c),
        _ => nested(&mut o, m, fam, &c),
    }
    for t in &m.thread_foot {
        o.line("div", "", t, L::Boilerplate);
    }
    o.raw("</section>\n</body></html>\n");
    (o.out, o.labels)
}

fn entry_inner(o: &mut Html, e: &Entry, fam: &Family, c: &Classes) {
    use LineLabel as L;
    let head_tag = if fam.markup == Markup::Articles {
        "header"
    } else {
        "div"
    };
    o.raw(&format!("<{head_tag} class=\"{}\">\n", c.head));
    if fam.markup == Markup::Spans && !e.header.is_empty() {
        // Side by side, no whitespace between: one line on screen.
        for h in &e.header {
            o.raw(&format!("<span class=\"{}s\">{}</span>", c.head, esc(h)));
        }
        o.raw("\n");
        o.labels.push(L::CommentHeader);
    } else {
        for h in &e.header {
            o.line("div", "", h, L::CommentHeader);
        }
    }
    o.raw(&format!("</{head_tag}>\n<div class=\"{}\">\n", c.body));
    if let Some(s) = &e.subject {
        o.line("h4", "", s, L::Comment);
    }
    for t in &e.lines {
        o.line("p", "", t, L::Comment);
    }
    o.raw("</div>\n");
    let ui_tag = if fam.markup == Markup::Articles {
        "footer"
    } else {
        "div"
    };
    for t in &e.ui {
        o.line(ui_tag, &c.ui, t, L::Boilerplate);
    }
}

/// Lists, div soup and articles: one element per comment, replies nested
/// in their parent's children container.
fn nested(o: &mut Html, m: &Model, fam: &Family, c: &Classes) {
    let (list, item) = match fam.markup {
        Markup::List => ("ol", "li"),
        Markup::Articles => ("div", "article"),
        _ => ("div", "div"),
    };
    o.raw(&format!("<{list} class=\"{}\">\n", c.list));
    // Depth of each open item.
    let mut open: Vec<usize> = Vec::new();
    for it in &m.items {
        let Item::Comment(e) = it else { continue };
        while open.last().is_some_and(|&d| d >= e.depth) {
            let d = open.pop().unwrap_or(0);
            o.raw(&format!("</{item}>\n"));
            if d > 0 {
                o.raw(&format!("</{list}>\n"));
            }
        }
        if e.depth > 0 {
            o.raw(&format!("<{list} class=\"{}\">\n", c.children));
        }
        o.raw(&format!("<{item} class=\"{}\">\n", c.item));
        entry_inner(o, e, fam, c);
        open.push(e.depth);
    }
    while let Some(d) = open.pop() {
        o.raw(&format!("</{item}>\n"));
        if d > 0 {
            o.raw(&format!("</{list}>\n"));
        }
    }
    o.raw(&format!("</{list}>\n"));
}

/// A table forum: header cell (name, stamp on their own lines) and body cell.
fn table(o: &mut Html, m: &Model, c: &Classes) {
    use LineLabel as L;
    o.raw(&format!("<table class=\"{}\">\n", c.list));
    for it in &m.items {
        let Item::Comment(e) = it else { continue };
        o.raw(&format!(
            "<tr class=\"{}\"><td class=\"{}\">",
            c.item, c.head
        ));
        for (k, h) in e.header.iter().enumerate() {
            if k > 0 {
                o.raw("<br>");
            }
            o.raw(&esc(h));
            o.labels.push(L::CommentHeader);
        }
        o.raw(&format!("</td>\n<td class=\"{}\">\n", c.body));
        if let Some(s) = &e.subject {
            o.line("div", "", s, L::Comment);
        }
        for t in &e.lines {
            o.line("p", "", t, L::Comment);
        }
        for t in &e.ui {
            o.line("div", &c.ui, t, L::Boilerplate);
        }
        o.raw("</td></tr>\n");
    }
    o.raw("</table>\n");
}
