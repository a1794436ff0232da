//! Page segmentation: a scraped news page → editorial text + reader comments.
//!
//! This module sits in front of the classifier pipeline: newsrooms hand in a
//! page (plain text or HTML), and [`segment_page`] labels every line
//! ([`LineLabel`]), cuts out the reader comments ([`Comment`]) and assembles
//! the editorial text ([`Article`]) that later stages use as context for
//! off-topic detection.
//!
//! The text path works in four steps, each in its own file:
//!
//! 1. `lines`: per-line features (blank, UI residue, boilerplate vocabulary,
//!    credit and caption markers);
//! 2. `header`: every short line is abstracted into a *shape* (name tokens,
//!    date, time, separators); the shape that repeats and that the comment
//!    block is organised around becomes the page's comment-header pattern;
//! 3. `thread`: comments are cut at the headers (header above or below the
//!    body), and `@Name` mentions, `> quotes` and quoted `Name date` lines
//!    are resolved against the thread's authors;
//! 4. `editorial`: everything before the comment block is labelled as
//!    headline, teaser, body, caption, credit or boilerplate.
//!
//! The HTML path (`html`) flattens the DOM into lines with structural hints
//! (headings, figure captions, repeated comment blocks, author and date
//! elements) and then runs the same steps.

use std::borrow::Cow;

mod blocks;
mod dates;
mod depth;
mod dom;
mod editorial;
mod error;
mod eval;
mod framed;
mod header;
mod html;
mod inline;
pub mod learn;
mod lines;
mod markdown;
mod meta;
mod spacing;
pub mod synth;
mod thread;

#[cfg(test)]
mod tests;

pub use error::SegmentError;
pub use eval::{evaluate, FieldCounts, GoldPage, PageScore};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

/// How [`segment_page`] should read the input bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputKind {
    /// Sniff the content: markup-looking input is read as HTML, the rest as text.
    #[default]
    Auto,
    /// One line of the page per text line.
    Text,
    /// An HTML document; its block structure gives the lines.
    Html,
}

/// Which line labeller [`segment_page`] uses.
#[derive(Debug, Clone, Default)]
pub enum Labelling {
    /// The learned labeller shipped in the binary, with the rules as one
    /// candidate labelling.
    #[default]
    Embedded,
    /// The rules alone (the segmenter before the learned labeller).
    Rules,
    /// A labeller fitted by the caller (e.g. leave-one-family-out runs).
    Model(std::sync::Arc<learn::Labeller>),
}

/// Options for [`segment_page`].
#[derive(Debug, Clone, Default)]
pub struct SegmentOptions {
    /// The line labeller.
    pub labelling: Labelling,
    /// Text, HTML, or sniff from the content.
    pub input: InputKind,
    /// The moment the page was scraped; relative times such as
    /// `vor 3 Stunden` or `gestern, 14:03` are resolved against it.
    /// Without it they give `posted: null`.
    pub now: Option<NaiveDateTime>,
}

/// The role of one line of a page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LineLabel {
    /// The article's title.
    Headline,
    /// The lead paragraph that summarises the article.
    Teaser,
    /// Editorial body text.
    Body,
    /// A picture caption (usually with its photo credit).
    Caption,
    /// An author, agency or photo credit standing on its own.
    Credit,
    /// Site furniture: subscription prompts, ads, cookie notices, UI residue.
    Boilerplate,
    /// The author/date line(s) of a reader comment.
    CommentHeader,
    /// Text of a reader comment.
    Comment,
    /// An empty line.
    Blank,
}

impl LineLabel {
    /// The label as written in the gold files, e.g. `comment_header`.
    pub fn as_str(self) -> &'static str {
        match self {
            LineLabel::Headline => "headline",
            LineLabel::Teaser => "teaser",
            LineLabel::Body => "body",
            LineLabel::Caption => "caption",
            LineLabel::Credit => "credit",
            LineLabel::Boilerplate => "boilerplate",
            LineLabel::CommentHeader => "comment_header",
            LineLabel::Comment => "comment",
            LineLabel::Blank => "blank",
        }
    }
}

/// One reader comment. Fields serialize in the order of the gold files.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// The user name as printed, if the page shows one.
    pub author: Option<String>,
    /// Local time as printed, ISO 8601 (`2024-11-06T11:50`, or `2024-11-06`
    /// when the page prints no time); `None` when unknown or relative
    /// without [`SegmentOptions::now`].
    pub posted: Option<String>,
    /// The author this comment answers (resolved against the thread's
    /// authors where possible).
    pub reply_to: Option<String>,
    /// The comment's non-blank lines joined by `\n`.
    pub text: String,
    /// The comment's first line.
    pub title: String,
}

/// The editorial text of a page, the context for the comments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Headline line(s) joined by `\n`.
    pub headline: String,
    /// Teaser line(s) joined by `\n`.
    pub teaser: String,
    /// Body lines joined by `\n`.
    pub body: String,
}

/// A segmented page.
///
/// Serializing gives exactly the gold format (`page`, `line_labels`,
/// `comments`); [`Page::article`] is skipped there and can be serialized
/// on its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The page's file name (or any name the caller gave).
    pub page: String,
    /// One label per line of the page (for HTML: per extracted line).
    pub line_labels: Vec<LineLabel>,
    /// Reader comments in page order.
    pub comments: Vec<Comment>,
    /// Headline, teaser and body, assembled as context.
    #[serde(skip, default)]
    pub article: Article,
}

impl Page {
    /// The page in the gold files' layout: JSON indented by one space.
    pub fn to_gold_json(&self) -> String {
        use serde::Serialize as _;
        let mut out = Vec::new();
        let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
        // Serializing plain strings and enums into a Vec cannot fail.
        if self.serialize(&mut ser).is_err() {
            return String::new();
        }
        String::from_utf8(out).unwrap_or_default()
    }
}

/// Segments one page into labelled lines, comments and article text.
///
/// `name` is copied into [`Page::page`]. With [`InputKind::Auto`] the input
/// is read as HTML when it starts (after whitespace or a BOM) with `<` and
/// contains a typical block tag, else as text.
///
/// # Errors
///
/// [`SegmentError::Empty`] for input without any visible text,
/// [`SegmentError::Binary`] for input that is not text (NUL bytes or
/// mostly control characters). Non-UTF-8 text without NUL bytes is read
/// as Windows-1252/Latin-1 rather than refused.
pub fn segment_page(name: &str, bytes: &[u8], opts: &SegmentOptions) -> Result<Page, SegmentError> {
    let prep = prepare(name, bytes, opts.input)?;
    Ok(segment_prepared(name, &prep, opts))
}

/// [`segment_page`], also giving the lines the page was read as, one per
/// label: an HTML page's flattened blocks, a text page's lines after tabs
/// and Markdown are evened out. Writing a gold file for an HTML page
/// needs them, since its labels count these lines, not the markup's.
///
/// # Errors
///
/// As [`segment_page`].
pub fn segment_page_with_lines(
    name: &str,
    bytes: &[u8],
    opts: &SegmentOptions,
) -> Result<(Page, Vec<String>), SegmentError> {
    let prep = prepare(name, bytes, opts.input)?;
    let page = segment_prepared(name, &prep, opts);
    let lines = prep.lines.into_iter().map(Cow::into_owned).collect();
    Ok((page, lines))
}

fn segment_prepared(name: &str, prep: &Prepared<'_>, opts: &SegmentOptions) -> Page {
    let refs = prep.refs();
    let embedded;
    let labeller = match &opts.labelling {
        Labelling::Embedded => {
            embedded = learn::Labeller::embedded();
            embedded.as_ref()
        }
        Labelling::Rules => None,
        Labelling::Model(m) => Some(m.as_ref()),
    };
    let (line_labels, comments, article) =
        thread::segment_lines(&refs, prep.hints.as_deref(), opts.now, labeller);
    Page {
        page: name.to_string(),
        line_labels,
        comments,
        article,
    }
}

/// A page turned into lines, before labelling. A text page's lines borrow
/// from the input when it is UTF-8 (a copy of each line as its own string
/// cost more memory than the page itself).
pub(crate) struct Prepared<'a> {
    pub lines: Vec<Cow<'a, str>>,
    pub hints: Option<Vec<html::Hint>>,
}

impl Prepared<'_> {
    /// The lines as string slices.
    pub fn refs(&self) -> Vec<&str> {
        self.lines.iter().map(|l| l.as_ref()).collect()
    }

    /// Feature rows of every line, with the rules' labels among them.
    pub fn features(&self, now: Option<NaiveDateTime>) -> Vec<[f32; learn::WIDTH]> {
        let refs = self.refs();
        let lp = lines::LinePatterns::new();
        let infos: Vec<lines::LineInfo> = refs.iter().map(|l| lp.info(l)).collect();
        let (labels, _, _) = thread::segment_lines(&refs, self.hints.as_deref(), now, None);
        let rule: Vec<learn::Coarse> = labels
            .iter()
            .map(|l| learn::Coarse::of(*l).unwrap_or(learn::Coarse::Boiler))
            .collect();
        learn::rows(
            &refs,
            &infos,
            &rule,
            self.hints.as_deref(),
            &dates::DatePatterns::new(),
        )
    }
}

/// Decodes the page and splits it into lines (HTML: flattened blocks with hints).
pub(crate) fn prepare<'a>(
    name: &str,
    bytes: &'a [u8],
    input: InputKind,
) -> Result<Prepared<'a>, SegmentError> {
    let decoded = lines::decode(name, bytes)?;
    let text = decoded.strip_prefix('\u{feff}').unwrap_or(&decoded);
    if text.trim().is_empty() {
        return Err(SegmentError::Empty {
            page: name.to_string(),
        });
    }
    let is_html = match input {
        InputKind::Html => true,
        InputKind::Text => false,
        InputKind::Auto => html::looks_like_html(text),
    };
    let (mut line_texts, hints) = if is_html {
        let (text, flat) = depth::flatten(text, depth::MAX_DEPTH);
        if flat.dropped > 0 {
            tracing::warn!(
                "page {name:?}: HTML nested deeper than {} elements from line {}; \
                 {} tags past that depth dropped before parsing, their text kept",
                depth::MAX_DEPTH,
                flat.first_line,
                flat.dropped
            );
        }
        let (l, h) = html::extract(&text);
        if l.iter().all(|s| s.trim().is_empty()) {
            return Err(SegmentError::Empty {
                page: name.to_string(),
            });
        }
        (l.into_iter().map(Cow::Owned).collect(), Some(h))
    } else if let Cow::Borrowed(page) = decoded {
        let page = page.strip_prefix('\u{feff}').unwrap_or(page);
        (page.lines().map(Cow::Borrowed).collect(), None)
    } else {
        let lines = text.lines().map(|l| Cow::Owned(l.to_string()));
        (lines.collect::<Vec<_>>(), None)
    };
    if hints.is_none() {
        spacing::even_out(&mut line_texts);
        markdown::unmark(&mut line_texts);
    }
    Ok(Prepared {
        lines: line_texts,
        hints,
    })
}
