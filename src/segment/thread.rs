//! Cutting the comment block into comments (`crate::segment` step 3).
//!
//! Given the headers (from line shapes, or from HTML comment blocks), this
//! decides whether a header sits above or below its comment, cuts the
//! comment texts, labels the comment block's lines, and resolves whom each
//! comment answers: `@Name` mentions, `Antwort auf Name`, `Liebe Name,`,
//! `Re: Subject` lines, `> quotes` and quoted `Name date` first lines,
//! matched against the thread's authors (initials and first names
//! included); failing those, the page's structure (a reply arrow in the
//! header, an HTML reply nested in its parent). Forum layouts with a
//! subject line above each header keep the subject as the comment's title.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use chrono::NaiveDateTime;
use regex::Regex;

use super::blocks;
use super::dates::{self, DatePatterns, Stamp, When};
use super::framed;
use super::header::{self, Header};
use super::html::Hint;
use super::inline;
use super::learn::{self, Coarse, Labeller};
use super::lines::{self, LineInfo, LinePatterns};
use super::{editorial, Article, Comment, LineLabel};

/// How far (in comments) a quote is looked up; keeps huge threads linear.
const QUOTE_WINDOW: usize = 100;

/// One comment's place on the page.
#[derive(Debug, Clone)]
pub(crate) struct Span {
    pub header: Vec<usize>,
    pub body: Range<usize>,
    pub author: Option<String>,
    pub stamp: Option<Stamp>,
    /// Whom the page's structure says this comment answers: a reply arrow
    /// in the header, or the comment an HTML reply is nested in.
    pub reply_to: Option<String>,
    /// The comment's first text, printed on its header line after the
    /// header (`19.02.26, 21:52 – Ilse B.: Ich wohne …`).
    pub lead: Option<String>,
}

impl Span {
    /// The comment's first line, header or text.
    fn first_line(&self) -> usize {
        self.header
            .first()
            .map_or(self.body.start, |&h| h.min(self.body.start))
    }

    /// Whether the header sits inside the body's range, above the text
    /// (headers under their comments end the range instead).
    fn header_above(&self) -> bool {
        self.header.first().is_some_and(|h| self.body.contains(h))
    }
}

/// The comment block of a page.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    pub zone: Range<usize>,
    pub spans: Vec<Span>,
    /// The learned labeller's class of each line (`None` for blank lines),
    /// deciding comment text against boilerplate inside the spans.
    pub coarse: Option<Vec<Option<Coarse>>>,
}

/// Boilerplate inside the comment block: UI residue or strong vocabulary
/// only, so that commenters may say `Datenschutz`.
fn boiler_in_thread(info: &LineInfo) -> bool {
    // A commenter's sentence of fifteen words or more may name one piece
    // of furniture (`den Link findest du oben unter „Mehr zum Thema“`).
    let running_text = info.words >= 15 && info.sentence_end && info.boiler < 6;
    info.ui
        || (info.boiler >= 3 && info.chars <= 300 && !running_text)
        || (info.boiler >= 1 && info.words <= 3 && !info.sentence_end)
}

/// Labels every line, cuts the comments and assembles the article.
///
/// With a `labeller`, a page on which the rules (header shapes, or
/// class-named HTML comment items) find no comment is labelled by the
/// learned model.
pub(crate) fn segment_lines(
    lines: &[&str],
    hints: Option<&[Hint]>,
    now: Option<NaiveDateTime>,
    labeller: Option<&Labeller>,
) -> (Vec<LineLabel>, Vec<Comment>, Article) {
    header::forget_shapes();
    let out = label_and_cut(lines, hints, now, labeller);
    // What comes after (assembling the output) must not pay for the memo.
    header::forget_shapes();
    out
}

fn label_and_cut(
    lines: &[&str],
    hints: Option<&[Hint]>,
    now: Option<NaiveDateTime>,
    labeller: Option<&Labeller>,
) -> (Vec<LineLabel>, Vec<Comment>, Article) {
    let lp = LinePatterns::new();
    let dp = DatePatterns::new();
    let now = now.or_else(|| dates::printed_at(lines, &dp));
    let infos = lp.infos(lines);
    let html_items = hints.is_some_and(|h| h.iter().any(|h| h.item.is_some()));
    let plan = match hints {
        Some(h) if html_items => html_plan(lines, &infos, h, &dp),
        _ => text_plan(lines, &infos, &dp),
    };
    let Some(model) = labeller else {
        return finish(lines, &infos, hints, plan, now, &dp);
    };
    let rules = finish(lines, &infos, hints, plan.clone(), now, &dp);
    let rule_coarse: Vec<Coarse> = rules
        .0
        .iter()
        .map(|l| Coarse::of(*l).unwrap_or(Coarse::Boiler))
        .collect();
    let rows = learn::Rows::new(lines, &infos, &rule_coarse, hints, &dp);
    let em = model.emissions(&rows, lines.len());
    drop(rows);
    // The rules are exact on every page they were written against, and the
    // model does not yet beat them at finding headers: they decide the
    // comments wherever they find some. Inside a comment, the model
    // decides text against site furniture (an ad between comments) when it
    // is sure.
    // One comment found by the rules is a thread only if the page's
    // repetition does not say otherwise; the repeated headers are looked
    // for only on pages where the rules find one comment or none.
    let find_repeated = || {
        if html_items {
            Vec::new()
        } else {
            header::repeated_headers(lines, &infos, &dp)
        }
    };
    let repeated = (rules.1.len() == 1).then(find_repeated);
    if rules.1.len() >= 2 || repeated.as_ref().is_some_and(Vec::is_empty) {
        let Some(coarse) = confident_boiler(&em, &rule_coarse, &infos) else {
            return rules;
        };
        let plan = Plan {
            coarse: Some(coarse),
            ..plan
        };
        return finish(lines, &infos, hints, plan, now, &dp);
    }
    let at: Vec<usize> = (0..lines.len()).filter(|&i| !infos[i].blank).collect();
    let (path, _) = model.decode(&em, &at);
    let plan = blocks::plan(lines, &infos, &at, &path, &dp);
    // A thread, not a stray header-like line: two or more comments, each
    // with a time stamp in its header.
    if plan.spans.len() < MIN_LEARNED_COMMENTS || plan.spans.iter().any(|s| s.stamp.is_none()) {
        // Last, the headers the page's own repetition gives.
        let repeated = repeated.unwrap_or_else(find_repeated);
        if repeated.is_empty() {
            return rules;
        }
        let plan = plan_from_headers(lines, &infos, &dp, repeated);
        return finish(lines, &infos, hints, plan, now, &dp);
    }
    finish(lines, &infos, hints, plan, now, &dp)
}

/// How sure the model must be that a line the rules read as comment text
/// is site furniture before it overrules them.
const BOILER_CONFIDENCE: f32 = 0.9;

/// The coarse class of every line for [`finish`]: the rules' labels, with
/// the comment lines the model is sure are boilerplate turned into
/// boilerplate; `None` when the model overrules nothing.
fn confident_boiler(
    emissions: &[[f32; learn::CLASSES]],
    rule: &[Coarse],
    infos: &[LineInfo],
) -> Option<Vec<Option<Coarse>>> {
    let mut changed = false;
    let coarse = (0..rule.len())
        .map(|i| {
            if infos[i].blank {
                return None;
            }
            if rule[i] == Coarse::Comment
                && emissions[i][Coarse::Boiler as usize].exp() >= BOILER_CONFIDENCE
            {
                changed = true;
                return Some(Coarse::Boiler);
            }
            Some(rule[i])
        })
        .collect();
    changed.then_some(coarse)
}

/// Fewest comments the learned labeller must find to overrule "no comments".
const MIN_LEARNED_COMMENTS: usize = 2;

/// Takes off a first "comment" without author whose lines run on into the
/// comment section's title (`Leserkommentare (9)`) before the next
/// comment: the article's dateline (`03.02.2026, 17:45 Uhr`) read as a
/// header over the article. The zone then starts at the next comment, so
/// that the article is labelled as one.
fn drop_article_span(plan: &mut Plan, lines: &[&str], infos: &[LineInfo]) {
    let [first, second, ..] = &plan.spans[..] else {
        return;
    };
    let authored = plan.spans[1..]
        .iter()
        .filter(|s| s.author.is_some())
        .count();
    if first.author.is_some() || authored < 2 {
        return;
    }
    let (from, next) = (first.first_line(), second.first_line());
    let titled = (from..next).any(|i| {
        !infos[i].blank && infos[i].chars <= 40 && header::is_section_marker(lines[i], &infos[i])
    });
    if titled && next > plan.zone.start {
        plan.spans.remove(0);
        plan.zone.start = next;
    }
}

/// Takes a stamp printed under a comment's text into its header, when
/// the header above names the author but prints no time (`Ski-Andi
/// sagt:` / text / `Mi, 08:41` / `Antworten · Gefällt mir (6)`). The
/// header's shape repeats on its own, so the page's repetition finds the
/// name lines and leaves the stamp line to the text. Only where every
/// such comment of the page ends so (two at least), so that a comment
/// that happens to end in a time keeps it.
fn stamp_footers(spans: &mut [Span], lines: &[&str], infos: &[LineInfo], dp: &DatePatterns) {
    // Per-line marks, so that a page of many comments stays linear.
    let mut taken = vec![false; lines.len()];
    for &h in spans.iter().flat_map(|s| s.header.iter()) {
        taken[h] = true;
    }
    let footer = |s: &Span| -> Option<(usize, Stamp)> {
        if s.stamp.is_some() || !s.header_above() {
            return None;
        }
        // A stamp alone may read as UI (a vote count's digits); the
        // action row under it does. Or the stamp ends the action row
        // (`Gefällt mir · Antworten · 23 · 12. Mai 2026 um 19:42`).
        let stamp_at = |i: usize| {
            let only = |t: &str| {
                header::shape(t.trim(), dp)
                    .filter(|sh| sh.stamp_only)
                    .and_then(|sh| sh.stamp)
            };
            only(lines[i]).or_else(|| {
                let (row, last) = lines[i].rsplit_once(" · ")?;
                lines::is_ui(&row.to_lowercase())
                    .then(|| only(last))
                    .flatten()
            })
        };
        // The last comment's range may end before its stamp, at the
        // first UI line.
        let free = |i: usize| i < lines.len() && !taken[i];
        let end = if free(s.body.end) && stamp_at(s.body.end).is_some() {
            s.body.end + 1
        } else {
            s.body.end
        };
        let mut text = (s.body.start..end).filter(|i| !s.header.contains(i) && !infos[*i].blank);
        // From the bottom: action rows are passed over, the first other
        // line must be a stamp, and text must stand above it. Each line
        // is parsed once.
        let (last, stamp) = text.by_ref().rev().find_map(|i| match stamp_at(i) {
            Some(st) => Some(Some((i, st))),
            None if infos[i].ui => None,
            None => Some(None),
        })??;
        text.rev().find(|&i| !infos[i].ui)?;
        Some((last, stamp))
    };
    let open: Vec<usize> = (0..spans.len())
        .filter(|&k| spans[k].stamp.is_none() && spans[k].header_above())
        .collect();
    let found: Vec<Option<(usize, Stamp)>> = open.iter().map(|&k| footer(&spans[k])).collect();
    if open.len() < 2 || found.iter().any(Option::is_none) {
        return;
    }
    for (k, f) in open.into_iter().zip(found) {
        let Some((line, stamp)) = f else { continue };
        spans[k].body.end = spans[k].body.end.max(line + 1);
        spans[k].header.push(line);
        spans[k].stamp = Some(stamp);
    }
}

/// The labels of the page before its comments are read: the editorial
/// part's, the comment section's title as furniture, and boilerplate or
/// blank over the whole comment zone (the spans relabel their lines).
fn page_labels(
    lines: &[&str],
    infos: &[LineInfo],
    hints: Option<&[Hint]>,
    plan: &Plan,
    dp: &DatePatterns,
) -> Vec<LineLabel> {
    let mut labels = editorial::label(
        &lines[..plan.zone.start],
        &infos[..plan.zone.start],
        hints,
        dp,
    );
    labels.resize(lines.len(), LineLabel::Boilerplate);
    // The comment section's own title (`Forum zum Thema: Router`) right
    // above the first comment is furniture, not article text.
    if !plan.spans.is_empty() {
        for i in (0..plan.zone.start).rev() {
            match labels[i] {
                LineLabel::Blank | LineLabel::Boilerplate => {}
                LineLabel::Body | LineLabel::Teaser
                    if infos[i].chars <= 80
                        && !infos[i].sentence_end
                        && header::is_section_marker(lines[i], &infos[i]) =>
                {
                    labels[i] = LineLabel::Boilerplate;
                }
                _ => break,
            }
        }
        if hints.is_some() {
            html_preamble(lines, infos, &mut labels[..plan.zone.start]);
        } else {
            section_preamble(lines, infos, &mut labels[..plan.zone.start]);
        }
    }
    for i in plan.zone.start..lines.len() {
        labels[i] = if infos[i].blank {
            LineLabel::Blank
        } else {
            LineLabel::Boilerplate
        };
    }
    labels
}

fn finish(
    lines: &[&str],
    infos: &[LineInfo],
    hints: Option<&[Hint]>,
    plan: Plan,
    now: Option<NaiveDateTime>,
    dp: &DatePatterns,
) -> (Vec<LineLabel>, Vec<Comment>, Article) {
    let mut plan = plan;
    drop_article_span(&mut plan, lines, infos);
    stamp_footers(&mut plan.spans, lines, infos, dp);
    if let Some(h) = hints {
        opening_post_as_article(&mut plan, infos, h);
    }
    let mut labels = page_labels(lines, infos, hints, &plan, dp);
    let page = dates::page_date(&lines[..plan.zone.start], dp);
    let heading = plan
        .spans
        .first()
        .and_then(|s| s.header.first())
        .and_then(|&h| dates::thread_heading_date(lines, h, dp));
    let dividers = day_dividers(lines, infos, &plan, now, dp);
    if hints.is_none() {
        indent_parents(lines, &mut plan.spans);
    }
    let mut comments = Vec::with_capacity(plan.spans.len());
    let mut bodies: Vec<Vec<&str>> = Vec::with_capacity(plan.spans.len());
    let mut line_replies: Vec<Option<String>> = Vec::with_capacity(plan.spans.len());
    for span in &plan.spans {
        let divider = span
            .header
            .first()
            .and_then(|&h| dividers.iter().rev().find(|d| d.0 < h))
            .map(|d| d.1);
        let mut text_lines = label_span(
            span,
            lines,
            infos,
            hints,
            plan.coarse.as_deref(),
            &mut labels,
        );
        line_replies.push(leading_reply_line(
            span,
            lines,
            &mut text_lines,
            &mut labels,
        ));
        comments.push(Comment {
            author: span.author.as_deref().map(without_poster_badge),
            posted: span.stamp.as_ref().and_then(|s| {
                divider
                    .and_then(|d| dates::resolve_under_divider(s, d))
                    .or_else(|| dates::resolve_in_thread(s, now, page, heading))
            }),
            reply_to: None,
            text: text_lines.join("\n"),
            title: text_lines
                .first()
                .map(|s| s.to_string())
                .unwrap_or_default(),
        });
        bodies.push(text_lines);
    }
    resolve_replies(&mut comments, &bodies, &plan.spans, &line_replies, dp);
    let previews = drop_previews(&mut comments, &plan.spans, &mut labels);
    drop_empty(&mut comments, &plan.spans[previews..], lines, &mut labels);
    let article = assemble_article(lines, &labels);
    (labels, comments, article)
}

/// Fewest words of a line that reads as an article's running text.
const RUNNING_TEXT_WORDS: usize = 12;

/// A forum thread's opening post is the page's article when nothing above
/// it reads as one (a Discourse topic or a XenForo thread under its
/// title): no line of running text outside site chrome above the first
/// item, and at least two more posts after it. Its lines are then the
/// editorial part's, and the comments start with the first answer.
fn opening_post_as_article(plan: &mut Plan, infos: &[LineInfo], hints: &[Hint]) {
    let [first, second, _, ..] = &plan.spans[..] else {
        return;
    };
    let (from, next) = (first.first_line(), second.first_line());
    let top_level = hints[from].parent.is_none();
    let article_above = (0..from)
        .any(|i| infos[i].words >= RUNNING_TEXT_WORDS && !hints[i].chrome && infos[i].boiler == 0);
    if top_level && !article_above && next > plan.zone.start {
        plan.spans.remove(0);
        plan.zone.start = next;
    }
}

/// The day dividers of the comment block (`— Gestern —`, `— Heute —`),
/// in page order: from the last non-blank line above the first header to
/// the page's end, each line a divider by [`dates::divider_day`] that is
/// decorated or stands between blank lines. Day words count back from
/// `now`, else from the latest date the page prints above the comments.
fn day_dividers(
    lines: &[&str],
    infos: &[LineInfo],
    plan: &Plan,
    now: Option<NaiveDateTime>,
    dp: &DatePatterns,
) -> Vec<(usize, chrono::NaiveDate)> {
    let Some(&first) = plan.spans.first().and_then(|s| s.header.first()) else {
        return Vec::new();
    };
    let top = plan.zone.start.min(first);
    let start = (0..top).rev().find(|&i| !infos[i].blank).unwrap_or(top);
    let today = now
        .map(|n| n.date())
        .or_else(|| dates::latest_page_day(&lines[..start], dp));
    let alone =
        |i: usize| (i == 0 || infos[i - 1].blank) && infos.get(i + 1).is_none_or(|n| n.blank);
    // Chat exports print the date right over the day's first message
    // (`14 March 2026` / `07:12` / `Markus Engl`), with no blank lines.
    let heads: std::collections::HashSet<usize> = (plan.spans.iter())
        .filter_map(|s| s.header.first().copied())
        .collect();
    (start..lines.len())
        .filter(|&i| !infos[i].blank && infos[i].chars <= 48)
        .filter_map(|i| {
            let (day, decorated) = dates::divider_day(lines[i], dp, today)?;
            (decorated || alone(i) || heads.contains(&(i + 1))).then_some((i, day))
        })
        .collect()
}

/// The paragraph right above the first comment, when it holds the
/// comment section's title (`Kommentare (7)`, `Reaktionen aus dem
/// Fediverse`, `Diskussion auf der Mailingliste`), is the section's
/// furniture from the title down: the rules of the section (`Kommentieren
/// ist nur mit Profil möglich.`), sorting and view switches. `labels`
/// covers the lines above the comment block. A paragraph with a headline
/// is the article's, and stays as it is.
fn section_preamble(lines: &[&str], infos: &[LineInfo], labels: &mut [LineLabel]) {
    let Some(last) = (0..labels.len()).rev().find(|&i| !infos[i].blank) else {
        return;
    };
    let first = (0..=last)
        .rev()
        .take_while(|&i| !infos[i].blank)
        .last()
        .unwrap_or(last);
    let title = (first..=last).find(|&i| {
        infos[i].chars <= 80
            && !infos[i].sentence_end
            && header::is_section_marker(lines[i], &infos[i])
    });
    let Some(title) = title else { return };
    if labels[first..=last].contains(&LineLabel::Headline) {
        return;
    }
    for label in &mut labels[title..=last] {
        if matches!(label, LineLabel::Body | LineLabel::Teaser) {
            *label = LineLabel::Boilerplate;
        }
    }
}

/// [`section_preamble`] for HTML, whose lines have no blank lines to end
/// a paragraph: from the comment section's title among the last lines
/// above the first comment (`Leserchat zum Wahlabend – Archiv`) down, the
/// section's notes, a table's column heads (`Zeit`, `Name`, `Nachricht`)
/// and system lines are furniture.
fn html_preamble(lines: &[&str], infos: &[LineInfo], labels: &mut [LineLabel]) {
    const REACH: usize = 10;
    let n = labels.len();
    let title = (n.saturating_sub(REACH)..n).rev().find(|&i| {
        infos[i].chars <= 80
            && !infos[i].sentence_end
            && labels[i] != LineLabel::Headline
            && header::is_section_marker(lines[i], &infos[i])
    });
    let Some(title) = title else { return };
    if labels[title..].contains(&LineLabel::Headline) {
        return;
    }
    for label in &mut labels[title..] {
        if matches!(
            label,
            LineLabel::Body | LineLabel::Teaser | LineLabel::Credit
        ) {
            *label = LineLabel::Boilerplate;
        }
    }
}

/// Drops comments printed twice: a box of top comments (`Meistgelikte
/// Kommentare`) over the thread repeats comments that follow in full,
/// with the same author, stamp and text. Such copies are the first few
/// comments of the page, fewer than half of them; they are previews, site
/// furniture, and their lines become boilerplate. (A page that repeats
/// everything is left alone.)
/// A header with no text under it is no comment: a citizens' portal logs
/// status changes between the comments (`<stamp> – Status geändert: In
/// Prüfung → Erledigt`) that read as a header with a stamp. Its lines are
/// the site's furniture.
fn drop_empty(
    comments: &mut Vec<Comment>,
    spans: &[Span],
    lines: &[&str],
    labels: &mut [LineLabel],
) {
    // A comment whose only line is furniture (`[Dieser Kommentar wurde
    // entfernt.]`) stays: the reader saw a comment there.
    let bare =
        |s: &Span| (s.body.clone()).all(|i| s.header.contains(&i) || lines[i].trim().is_empty());
    let empty: Vec<bool> = (comments.iter().zip(spans))
        .map(|(c, s)| c.text.trim().is_empty() && bare(s))
        .collect();
    if !empty.contains(&true) {
        return;
    }
    for (span, _) in spans.iter().zip(&empty).filter(|(_, &e)| e) {
        unlabel(span, labels);
    }
    let mut keep = empty.iter().map(|&e| !e);
    comments.retain(|_| keep.next().unwrap_or(true));
}

/// A dropped comment's header and text lines become furniture.
fn unlabel(span: &Span, labels: &mut [LineLabel]) {
    for i in span.header.iter().copied().chain(span.body.clone()) {
        if matches!(labels[i], LineLabel::Comment | LineLabel::CommentHeader) {
            labels[i] = LineLabel::Boilerplate;
        }
    }
}

/// Drops the previews and returns how many came off the front of the list.
fn drop_previews(comments: &mut Vec<Comment>, spans: &[Span], labels: &mut [LineLabel]) -> usize {
    let key = |c: &Comment| (c.author.clone(), c.posted.clone(), c.text.clone());
    let mut last = std::collections::HashMap::new();
    for (k, c) in comments.iter().enumerate() {
        if c.author.is_some() {
            last.insert(key(c), k);
        }
    }
    let previews = (0..comments.len())
        .take_while(|&k| last.get(&key(&comments[k])).is_some_and(|&l| l > k))
        .count();
    if previews == 0 || 2 * previews >= comments.len() {
        return 0;
    }
    for span in &spans[..previews] {
        unlabel(span, labels);
    }
    comments.drain(..previews);
    previews
}

/// A line that is only a count of votes or points (`14 Punkte`, `-3
/// Punkte`, `27 Likes`), which a widget may print inside the header's
/// markup (Commento's subtitle).
fn vote_count(line: &str) -> bool {
    header::is_count(line, header::VOTE_UNITS)
}

/// Labels one comment's lines (header, text, furniture inside it) and
/// returns its text lines: furniture are UI residue, a signature and what
/// follows it, a labelled ad, and all after the comment's action row (or,
/// with the learned labeller's `coarse` classes, what it says is not text).
fn label_span<'a>(
    span: &'a Span,
    lines: &[&'a str],
    infos: &[LineInfo],
    hints: Option<&[Hint]>,
    coarse: Option<&[Option<Coarse>]>,
    labels: &mut [LineLabel],
) -> Vec<&'a str> {
    for &h in &span.header {
        // An icon's name inside the header (`more_vert`, the menu beside
        // a review's author) is furniture; other buttons there were
        // labelled as the header's by every earlier page.
        let icon = lines[h].trim();
        let button = infos[h].ui
            && icon.contains('_')
            && icon.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
        // A vote count between header lines (`Klaus Wendling` / `14 Punkte`
        // / `vor 2 Tagen`) is the post's score, furniture; one closing a
        // user card is the user's standing, part of the card.
        let score = vote_count(icon) && span.header.last().is_some_and(|&l| l > h);
        labels[h] = if button || score {
            LineLabel::Boilerplate
        } else {
            LineLabel::CommentHeader
        };
    }
    let mut text_lines: Vec<&str> = span.lead.iter().map(|l| l.as_str()).collect();
    let mut signed = false;
    let mut closed = false;
    let mut ad_until = 0;
    for i in span.body.clone() {
        if span.header.contains(&i) {
            continue;
        }
        if header::is_pick_badge(lines[i]) {
            labels[i] = LineLabel::CommentHeader;
            continue;
        }
        signed |= signature_rule(lines[i]);
        if super::lines::is_ad_label(lines[i]) {
            ad_until = ad_end(i, lines, infos);
        }
        // A forum's profile block under the post opens with the author's
        // name (`Turbo_Lutz` / `Beiträge: 2341` / `Registriert: …`): the
        // name is the header's, what follows it furniture.
        if !text_lines.is_empty() && !closed && opens_profile(i, lines, infos, span) {
            labels[i] = LineLabel::CommentHeader;
            closed = true;
            continue;
        }
        let boiler = signed
            || closed
            || i < ad_until
            || match coarse {
                Some(c) => c[i] != Some(Coarse::Comment),
                None => boiler_in_thread(&infos[i]) || hints.is_some_and(|h| h[i].chrome),
            };
        labels[i] = if infos[i].blank {
            LineLabel::Blank
        } else if boiler {
            LineLabel::Boilerplate
        } else {
            text_lines.push(lines[i].trim());
            LineLabel::Comment
        };
        // An action row before a header line of the comment's own (phpBB's
        // `Zitieren` over `Beitrag von Anna » …`) does not close it.
        closed |= ends_comment(&infos[i], labels[i], &text_lines, span.header_above())
            && span.header.last().is_none_or(|&l| l < i);
    }
    text_lines
}

/// Whether line `i` is the span's author's name alone over a profile
/// block: a labelled field among the next lines (`Beiträge: 2341`,
/// `Registriert: 03.10.2011`), maybe under a rank (`Redakteur`). A name
/// that signs off the text (`Familie Amrhein` over the next review, `Gudrun`
/// over `Antworten`) has no such field under it.
fn opens_profile(i: usize, lines: &[&str], infos: &[LineInfo], span: &Span) -> bool {
    if span.author.as_deref().is_none_or(|a| lines[i].trim() != a) {
        return false;
    }
    (i + 1..lines.len())
        .filter(|&j| !infos[j].blank)
        .take(2)
        .any(|j| profile_field(lines[j], &infos[j]))
}

/// A profile's labelled field: one or two words, a colon, a short value.
fn profile_field(t: &str, info: &LineInfo) -> bool {
    t.split_once(':').is_some_and(|(label, value)| {
        let words = label.split_whitespace().count();
        (1..=2).contains(&words) && !value.trim().is_empty()
    }) && info.words <= 4
}

/// Takes a reply line that opens a comment's text into its header and
/// returns its target: Drupal prints `Als Antwort auf <title> von X`
/// under the header's `Permalink` button, so the line is not adjacent to
/// the header the page's shapes found. Only phrase lines with text under
/// them count; `Antwort auf Anna:` ending in a colon addresses Anna in
/// the text, and a bare `@Anna` is the text's mention.
fn leading_reply_line(
    span: &Span,
    lines: &[&str],
    text_lines: &mut Vec<&str>,
    labels: &mut [LineLabel],
) -> Option<String> {
    if text_lines.len() < 2 || span.lead.is_some() {
        return None;
    }
    let first = text_lines[0];
    if first.ends_with(':') || first.starts_with('@') {
        return None;
    }
    let target = header::reply_sentence(first)?;
    let i = span
        .body
        .clone()
        .find(|&i| labels[i] == LineLabel::Comment && lines[i].trim() == first)?;
    labels[i] = LineLabel::CommentHeader;
    text_lines.remove(0);
    Some(target)
}

/// Most lines an ad under its label (`Anzeige`) may have.
const MAX_AD_LINES: usize = 3;

/// Where an ad that opens with its label line at `label` ends: at the
/// blank line closing its paragraph, if one comes within a few lines;
/// else after its call to action; else the label stands alone (pages
/// without blank lines).
fn ad_end(label: usize, lines: &[&str], infos: &[LineInfo]) -> usize {
    let reach = label + 1..infos.len().min(label + 2 + MAX_AD_LINES);
    // Without blank lines, the ad's call to action (`Mehr erfahren`)
    // after its text closes it.
    let action = || {
        reach
            .clone()
            .skip(1)
            .find(|&k| is_ad_action(lines[k]))
            .map(|k| k + 1)
    };
    reach
        .clone()
        .find(|&k| infos[k].blank)
        .or_else(action)
        .unwrap_or(label + 1)
}

/// The buttons that close an ad's text (`Mehr erfahren`, `Jetzt
/// vergleichen`, `Learn more`), decorated or not (`Mehr erfahren ›`).
fn is_ad_action(t: &str) -> bool {
    let bare = t
        .trim()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    [
        "mehr erfahren",
        "jetzt mehr erfahren",
        "mehr infos",
        "jetzt informieren",
        "jetzt vergleichen",
        "zum angebot",
        "jetzt kaufen",
        "jetzt bestellen",
        "learn more",
        "shop now",
    ]
    .contains(&bare.as_str())
}

/// Whether a line closes a comment whose header sits above it: its
/// action row (`Antworten · Melden`, `♡ 12`) after some text. What
/// follows before the next header (an ad, a removed-comment notice, `2
/// Antworten`) is the thread's furniture, not more of the comment.
fn ends_comment(info: &LineInfo, label: LineLabel, text: &[&str], header_above: bool) -> bool {
    header_above && label == LineLabel::Boilerplate && info.ui && !text.is_empty()
}

/// Whether a line opens a forum signature (`__________`, or `--` as in
/// mail): what follows it in the post is the author's standing footer,
/// not the comment.
fn signature_rule(t: &str) -> bool {
    let t = t.trim();
    t == "--" || (t.chars().count() >= 5 && t.chars().all(|c| c == '_'))
}

fn assemble_article(lines: &[&str], labels: &[LineLabel]) -> Article {
    let pick = |want: LineLabel| {
        lines
            .iter()
            .zip(labels)
            .filter(|(_, l)| **l == want)
            .map(|(t, _)| t.trim())
            .collect::<Vec<_>>()
            .join("\n")
    };
    Article {
        headline: pick(LineLabel::Headline),
        teaser: pick(LineLabel::Teaser),
        body: pick(LineLabel::Body),
    }
}

/// Comment block of a text page, from the repeating header shape.
fn text_plan(lines: &[&str], infos: &[LineInfo], dp: &DatePatterns) -> Plan {
    plan_from_headers(lines, infos, dp, header::find_headers(lines, infos, dp))
}

/// Comment block of a text page, cut at the given headers.
fn plan_from_headers(
    lines: &[&str],
    infos: &[LineInfo],
    dp: &DatePatterns,
    headers: Vec<Header>,
) -> Plan {
    let n = lines.len();
    if let Some(plan) = headerless_plan(lines, infos, dp, headers.len()) {
        return plan;
    }
    let Some(last) = headers.last() else {
        return Plan {
            zone: n..n,
            spans: Vec::new(),
            coarse: None,
        };
    };
    let last_end = last.line + last.len;
    if headers_sit_below(lines, infos, &headers) {
        return below_plan(&headers, lines, infos, n);
    }
    let footer = last_comment_end(&headers, infos, last_end);
    let mut spans = Vec::with_capacity(headers.len());
    // Forum layouts put a subject line right above each header.
    let titles = subject_lines(&headers, lines, infos);
    let start_of = |k: usize| titles[k].unwrap_or(headers[k].line);
    for (k, h) in headers.iter().enumerate() {
        let end = if k + 1 < headers.len() {
            start_of(k + 1)
        } else {
            footer
        };
        // A reply behind an arrow answers the comment printed above it.
        let above = spans.last().and_then(|s: &Span| s.author.clone());
        spans.push(Span {
            header: header_lines(h),
            body: start_of(k)..end,
            author: h.author.clone(),
            stamp: h.stamp.clone(),
            reply_to: h
                .reply_to
                .clone()
                .or_else(|| subject_answered(k, &titles, lines, &headers))
                .or_else(|| h.nested.then_some(above).flatten())
                .or_else(|| level_parent(&headers[..k], h.level)),
            lead: None,
        });
    }
    Plan {
        zone: start_of(0)..n,
        spans,
        coarse: None,
    }
}

/// Whether the page's headers are printed under their comments' text.
fn headers_sit_below(lines: &[&str], infos: &[LineInfo], headers: &[Header]) -> bool {
    let n = lines.len();
    let Some(last) = headers.last() else {
        return false;
    };
    let last_end = last.line + last.len;
    // A site's prompt set off by a blank line (`Kommentar schreiben`, a
    // login notice) closes the thread: the footer under it is no
    // comment's text.
    let closed = (last_end + 1..n)
        .find(|&i| infos[i].boiler >= 2 && infos[i - 1].blank)
        .unwrap_or(n);
    let substantive_after = (last_end..closed)
        .any(|i| !infos[i].blank && !boiler_in_thread(&infos[i]) && infos[i].boiler < 2);
    let speech = headers.iter().any(|h| header_has_speech(lines[h.line]));
    // Signatures under the text (`[Anna | 22.11.26]`, `– Anna aus Soest`)
    // hang right under a text line and are followed by a blank line; when
    // only short lines without a sentence follow the last one (`Meinung
    // abgeben`), those are the page's footer, not a comment.
    let tucked = tucked_under(headers, infos, |i| i.is_none_or(|i| i.blank));
    let only_furniture_after = (last_end..n)
        .filter(|&i| !infos[i].blank)
        .all(|i| infos[i].words <= 6 && !infos[i].sentence_end);
    // A header over its text is followed by the text, never by the
    // comment's action row (`Anna · vor 3 Std.` / `👍 12 👎 3 Antworten`):
    // headers between text and action row sit below their comments.
    let over_actions = tucked_under(headers, infos, |i| i.is_some_and(|i| i.ui));
    // A dash opening every header (`— Renate V. aus Gnigl · 17.05.2025`)
    // is how letters and viewer mail sign off under the text.
    let signed_off = tucked && headers.iter().all(|h| signs_off(lines[h.line]));
    headers.iter().all(|h| h.below)
        || ((!substantive_after || (tucked && only_furniture_after) || over_actions || signed_off)
            && !speech)
        || answers_itself_when_above(lines, infos, headers)
}

/// Whether reading each header over the text under it would make
/// commenters answer themselves: two or more headers are followed by a
/// line opening with `@` and their own author's name, and fewer by one
/// naming the next header's author, as they are on a page whose headers
/// close their comments (`@Anna Leicht gesagt …` / `Bernd am 13.05.26`
/// under `… / Anna am 13.05.26`).
fn answers_itself_when_above(lines: &[&str], infos: &[LineInfo], headers: &[Header]) -> bool {
    let addressed = |h: &Header, name: Option<&String>| {
        let Some(name) = name else { return false };
        let Some(first) = (h.line + h.len..lines.len()).find(|&i| !infos[i].blank) else {
            return false;
        };
        let t = lines[first].trim_start();
        t.strip_prefix('@').is_some_and(|rest| {
            rest.get(..name.len())
                .is_some_and(|r| r.eq_ignore_ascii_case(name))
                && !rest[name.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        })
    };
    let own = headers
        .iter()
        .filter(|h| addressed(h, h.author.as_ref()))
        .count();
    let next = headers
        .windows(2)
        .filter(|w| addressed(&w[0], w[1].author.as_ref()))
        .count();
    own >= 2 && own > next
}

/// Whether a header line is written as a sign-off: opened by a dash or
/// wrapped in brackets (`(Hermine Kogler, 31. Jänner 2026, 19:40)`).
fn signs_off(t: &str) -> bool {
    let t = t.trim();
    opens_with_dash(t)
        || (t.starts_with('(') && t.ends_with(')'))
        || (t.starts_with('[') && t.ends_with(']'))
}

/// Whether a line opens with a dash and a space (`— Anna`, `– Anna`, `--
/// Anna`), as a signature does.
fn opens_with_dash(t: &str) -> bool {
    let t = t.trim_start();
    ["— ", "– ", "-- ", "- ", "—", "―"].iter().any(|d| {
        t.starts_with(d)
            && t[d.len()..].starts_with(|c: char| c.is_whitespace() || c.is_alphabetic())
    })
}

/// The lines of a header.
fn header_lines(h: &Header) -> Vec<usize> {
    (h.line..h.line + h.len).collect()
}

/// The plan of a page whose headers sit under their text: each comment
/// runs from the end of the header before to its own header.
fn below_plan(headers: &[Header], lines: &[&str], infos: &[LineInfo], n: usize) -> Plan {
    // The first comment's name on top of its text opens the thread, with
    // a pick badge over it (`★ TOP-KOMMENTAR`).
    let start = headers[0].top.map_or_else(
        || comment_block_start(lines, infos, headers[0].line),
        |t| t - usize::from(t > 0 && header::is_pick_badge(lines[t - 1])),
    );
    let mut prev_end = start;
    let mut spans = Vec::with_capacity(headers.len());
    for h in headers {
        // A name on top of the text is the header's first line, with a
        // fan badge or a plugin's profile line under it (`Manfred Stritt`
        // / `Top-Fan`, `Marion Tegeler` / `Arbeitet bei Sparkasse Bochum`).
        let badge = h.top.map(|t| t + 1).filter(|&b| {
            b < h.line && (header::is_badge_line(lines[b]) || header::is_plugin_profile(lines[b]))
        });
        let header = (h.top.into_iter().chain(badge).chain(header_lines(h))).collect();
        spans.push(Span {
            header,
            body: prev_end..h.line,
            author: h.author.clone(),
            stamp: h.stamp.clone(),
            reply_to: h.reply_to.clone(),
            lead: None,
        });
        prev_end = h.line + h.len;
    }
    Plan {
        zone: start..n,
        spans,
        coarse: None,
    }
}

/// The comment block of a page with `headers` (0 or 1) headers of the
/// usual kinds: comments whose header shares its line with the text (a
/// chat export), or framed by a name on top and a stamp below. One header
/// on such a page is the last text line of a comment read with its stamp
/// (`AFD` / `20. Oktober 2026`). `None`: plan with the headers found.
fn headerless_plan(
    lines: &[&str],
    infos: &[LineInfo],
    dp: &DatePatterns,
    headers: usize,
) -> Option<Plan> {
    if headers > 1 {
        return None;
    }
    let mut spans = inline::inline_spans(lines, infos, dp);
    if spans.is_empty() {
        spans = framed::framed_spans(lines, infos, dp);
    }
    let n = lines.len();
    (!spans.is_empty() || headers == 0).then(|| Plan {
        zone: spans.first().map_or(n, |s| s.body.start)..n,
        spans,
        coarse: None,
    })
}

/// Whom a comment at thread `level` (`level 2`) answers: the author of
/// the last comment above it one level up.
fn level_parent(above: &[Header], level: Option<u32>) -> Option<String> {
    let want = level?.checked_sub(1)?;
    above
        .iter()
        .rev()
        .find(|h| h.level == Some(want))?
        .author
        .clone()
}

/// Where the last comment of a thread with headers above their comments
/// ends, `last_end` being the line after its header: at a strong footer
/// line (`Netiquette`, `Impressum`), at its action row (`Antworten ·
/// Melden`, after some text: what follows is the comment form or the page
/// footer), or where its one paragraph ends when every comment is one.
fn last_comment_end(headers: &[Header], infos: &[LineInfo], last_end: usize) -> usize {
    let n = infos.len();
    let footer = (last_end..n)
        .find(|&i| infos[i].boiler >= 2 && infos[i].chars <= 300)
        .unwrap_or(n);
    let mut seen_text = false;
    let footer = (last_end..footer)
        .find(|&i| {
            let info = &infos[i];
            if info.blank {
                return false;
            }
            if info.ui && seen_text {
                return true;
            }
            seen_text |= !boiler_in_thread(info);
            false
        })
        .unwrap_or(footer);
    single_paragraph_end(headers, infos, footer)
}

/// Whether two or more headers all hang right under a text line and
/// have a line after them that `after` accepts (`None` past the page end).
fn tucked_under(
    headers: &[Header],
    infos: &[LineInfo],
    after: impl Fn(Option<&LineInfo>) -> bool,
) -> bool {
    headers.len() >= 2
        && headers.iter().all(|h| {
            let above = h
                .line
                .checked_sub(1)
                .is_some_and(|i| !infos[i].blank && !infos[i].is_boiler());
            above && after(infos.get(h.line + h.len))
        })
}

/// Where the last comment ends when no other comment on the page has a
/// blank line inside its text and only short lines without a sentence
/// follow its first blank line: there, so that a call to action after the
/// thread (`Eintrag schreiben`) is not read as its last paragraph.
/// `footer` is the end found so far.
fn single_paragraph_end(headers: &[Header], infos: &[LineInfo], footer: usize) -> usize {
    if headers.len() < 2 {
        return footer;
    }
    let inner_blank = |from: usize, to: usize| {
        let text: Vec<usize> = (from..to).filter(|&i| !infos[i].blank).collect();
        text.windows(2).any(|w| w[1] > w[0] + 1)
    };
    let paragraphs = headers
        .windows(2)
        .any(|w| inner_blank(w[0].line + w[0].len, w[1].line));
    if paragraphs {
        return footer;
    }
    let last = &headers[headers.len() - 1];
    let from = last.line + last.len;
    let Some(first_text) = (from..footer).find(|&i| !infos[i].blank) else {
        return footer;
    };
    let Some(gap) = (first_text..footer).find(|&i| infos[i].blank) else {
        return footer;
    };
    // Only short lines without a sentence follow: furniture, not a
    // paragraph of the comment.
    let furniture = (gap..footer)
        .filter(|&i| !infos[i].blank)
        .all(|i| infos[i].words <= 6 && !infos[i].sentence_end);
    if furniture {
        gap
    } else {
        footer
    }
}

/// The subject line above each header, when the page's comments have them:
/// a short text line standing right above the header, set off from what
/// precedes it by a blank line or UI residue. Only when most headers have
/// one, so that the last line of a comment is not taken for the next one's
/// subject.
fn subject_lines(headers: &[Header], lines: &[&str], infos: &[LineInfo]) -> Vec<Option<usize>> {
    let none = vec![None; headers.len()];
    if headers.len() < 2 {
        return none;
    }
    let found: Vec<Option<usize>> = headers
        .iter()
        .enumerate()
        .map(|(k, h)| {
            let t = h.line.checked_sub(1)?;
            let floor = if k == 0 {
                0
            } else {
                headers[k - 1].line + headers[k - 1].len + 1
            };
            let info = &infos[t];
            // A reply's subject may sit under the line that says what it
            // answers (`↳ Antwort auf „UND DIE ELTERN?“`).
            let reply_above = t > 0 && is_reply_marker(lines[t - 1]);
            let subject = t >= floor
                && !info.blank
                && !boiler_in_thread(info)
                && info.chars <= 100
                && (t == 0 || infos[t - 1].blank || boiler_in_thread(&infos[t - 1]) || reply_above);
            subject.then_some(t)
        })
        .collect();
    let n = found.iter().flatten().count();
    if n * 3 >= headers.len() * 2 {
        found
    } else {
        none
    }
}

/// The author of the earlier comment whose subject the line over comment
/// `k`'s subject quotes (`↳ Antwort auf „UND DIE ELTERN?“`).
fn subject_answered(
    k: usize,
    titles: &[Option<usize>],
    lines: &[&str],
    headers: &[Header],
) -> Option<String> {
    let marker = lines.get(titles[k]?.checked_sub(1)?)?;
    let quoted = header::quoted_reply_title(marker)?;
    (0..k)
        .rev()
        .find(|&j| titles[j].is_some_and(|t| lines[t].trim() == quoted))
        .and_then(|j| headers[j].author.clone())
}

/// A line that says what a reply answers, by name or by the answered
/// comment's quoted title (`↳ Antwort auf „UND DIE ELTERN?“`).
fn is_reply_marker(t: &str) -> bool {
    header::reply_line(t.trim()).is_some() || header::quoted_reply_title(t).is_some()
}

/// The earlier commenter whose full name (two characters or more, not the
/// comment's own author) opens `first`, followed by a space or punctuation:
/// the definition [`openers`] computes faster.
#[cfg(test)]
fn opens_with_author(first: &str, earlier: &[Comment], own: Option<&str>) -> Option<String> {
    earlier
        .iter()
        .rev()
        .filter_map(|c| c.author.as_deref())
        .filter(|a| a.chars().count() >= 2 && Some(*a) != own)
        .find(|a| {
            first.strip_prefix(a).is_some_and(|rest| {
                rest.starts_with(|c: char| c.is_whitespace() || ",:;!".contains(c))
            })
        })
        .map(str::to_string)
}

/// For each comment, the nearest earlier commenter whose full name (two
/// characters or more, not the comment's own author) opens its first line,
/// followed by a space or punctuation (`Wolfgang_S. hat schon recht`).
/// One pass with each author's latest comment, trying only the first
/// line's prefixes that end at a word boundary: comparing every comment
/// with all earlier ones took 60 % of a 10 MB page's time.
fn openers(comments: &[Comment], bodies: &[Vec<&str>]) -> Vec<Option<String>> {
    let longest = comments
        .iter()
        .filter_map(|c| c.author.as_deref())
        .map(str::len)
        .max()
        .unwrap_or(0);
    let mut latest: HashMap<&str, usize> = HashMap::new();
    let mut out = Vec::with_capacity(comments.len());
    for (me, c) in comments.iter().enumerate() {
        let own = c.author.as_deref();
        let first = bodies[me].first().copied().unwrap_or("");
        let nearest = first
            .char_indices()
            .take_while(|(at, _)| *at <= longest)
            .filter(|(_, ch)| ch.is_whitespace() || ",:;!".contains(*ch))
            .map(|(at, _)| &first[..at])
            .filter(|a| a.chars().count() >= 2 && Some(*a) != own)
            .filter_map(|a| latest.get(a).map(|&k| (k, a)))
            .max();
        out.push(nearest.map(|(_, a)| a.to_string()));
        if let Some(a) = own {
            latest.insert(a, me);
        }
    }
    out
}

fn header_has_speech(t: &str) -> bool {
    let lower = t.to_lowercase();
    ["sagt", "schreibt", "schrieb", "meint", "kommentiert"]
        .iter()
        .any(|w| lower.contains(w))
}

/// Where the first comment starts when headers sit below the comments: at
/// a numbered title (`1. Titel`, not a date) if there is one above the first header,
/// else at the start of the text block above it, under the section's
/// heading (`Eure Meinungen (8)`) when the block has one.
fn comment_block_start(lines: &[&str], infos: &[LineInfo], first_header: usize) -> usize {
    let mut numbered = None;
    let mut i = first_header;
    while i > 0 && first_header - i < 400 {
        let info = &infos[i - 1];
        if !info.blank && info.is_boiler() {
            break;
        }
        // A date line (`14. Mai 2025`, a byline's) is no numbered title.
        let dated = || crate::segment::lines::opens_with_day_of_month(&lines[i - 1].to_lowercase());
        if info.numbered && !dated() {
            numbered = Some(i - 1);
        }
        i -= 1;
    }
    if let Some(k) = numbered {
        return k;
    }
    let mut j = first_header;
    while j > 0 && !infos[j - 1].blank && !infos[j - 1].is_boiler() {
        let counted = lines[j - 1].trim_end().ends_with(')') && infos[j - 1].words <= 4;
        if counted && header::is_section_marker(lines[j - 1], &infos[j - 1]) {
            break;
        }
        j -= 1;
    }
    j
}

/// Comment block of an HTML page: one comment per repeated comment element.
fn html_plan(lines: &[&str], infos: &[LineInfo], hints: &[Hint], dp: &DatePatterns) -> Plan {
    let n = lines.len();
    let mut groups = item_runs(hints);
    let Some(start) = groups.first().map(|g| g.1.start) else {
        return Plan {
            zone: n..n,
            spans: Vec::new(),
            coarse: None,
        };
    };
    // A comment's action row below its nested replies comes back as a
    // second run of the same item, and a reply-link box named `reply`
    // looks like an item of its own: neither is a comment when it holds
    // nothing but UI residue.
    let mut seen = std::collections::BTreeSet::new();
    let substantive = |r: &Range<usize>| {
        r.clone()
            .any(|i| !infos[i].blank && !boiler_in_thread(&infos[i]) && !hints[i].chrome)
    };
    groups.retain(|(item, r)| {
        let first = seen.insert(*item);
        substantive(r) || (first && r.clone().any(|i| hints[i].meta))
    });
    let mut groups = split_unmarked_items(groups, lines, infos, hints, dp);
    let mut spans: Vec<Span> = (groups.iter())
        .map(|(_, r)| item_span(lines, infos, hints, r.clone(), dp))
        .collect();
    drop_anonymous(&mut groups, &mut spans);
    // A reply nested in another comment's element answers that comment.
    let span_of: BTreeMap<usize, usize> = groups
        .iter()
        .enumerate()
        .map(|(k, (item, _))| (*item, k))
        .collect();
    for (k, (_, r)) in groups.iter().enumerate() {
        let parent = hints[r.start].parent.and_then(|p| span_of.get(&p));
        if let Some(&p) = parent.filter(|&&p| p < k && spans[k].reply_to.is_none()) {
            spans[k].reply_to = spans[p].author.clone();
        }
    }
    Plan {
        zone: start..n,
        spans,
        coarse: None,
    }
}

/// Items without author or date markup that hold several comments: an
/// item opening with a one-line header (name and stamp) is cut again at
/// each later line of that kind with text under it. Utility-class markup
/// (Tailwind) gives a reply no markup of its own to be found by, only its
/// place inside the parent's element.
fn split_unmarked_items(
    groups: Vec<(usize, Range<usize>)>,
    lines: &[&str],
    infos: &[LineInfo],
    hints: &[Hint],
    dp: &DatePatterns,
) -> Vec<(usize, Range<usize>)> {
    let one_line_header = |i: usize| {
        header::shape(lines[i].trim(), dp).is_some_and(|s| s.header_like && s.stamp.is_some())
    };
    let mut out = Vec::with_capacity(groups.len());
    for (item, r) in groups {
        let first = r.clone().find(|&i| !infos[i].blank);
        let unmarked = r
            .clone()
            .all(|i| !hints[i].meta && hints[i].author_words.is_none());
        let Some(first) = first.filter(|&f| unmarked && one_line_header(f)) else {
            out.push((item, r));
            continue;
        };
        let mut start = r.start;
        for i in first + 1..r.end {
            let text_under = (i + 1..r.end)
                .find(|&j| !infos[j].blank)
                .is_some_and(|j| !infos[j].is_boiler() && !one_line_header(j));
            if one_line_header(i) && text_under {
                out.push((item, start..i));
                start = i;
            }
        }
        out.push((item, start..r.end));
    }
    out
}

/// The comment of an item's lines `r`: its header, author and stamp (see
/// [`item_header`]), and whom it answers when a reply line right under
/// (or over) the marked header says so (`Antwort auf Kommentar Nr. 12 von
/// Sieglinde Faller`, in an element of its own; the line joins the header).
fn item_span(
    lines: &[&str],
    infos: &[LineInfo],
    hints: &[Hint],
    r: Range<usize>,
    dp: &DatePatterns,
) -> Span {
    let (mut header, author, stamp) = item_header(lines, infos, hints, r.clone(), dp);
    let below = header
        .last()
        .and_then(|&last| (last + 1..r.end).find(|&i| !infos[i].blank));
    // Or right above it, where the header comes after the text
    // (`als Antwort auf Fritz Düvel` over `Klara Wiechmann · 8. Nov.`).
    let above = header
        .first()
        .and_then(|&first| (r.start..first).rev().find(|&i| !infos[i].blank));
    let reply_to = [below, above].into_iter().flatten().find_map(|i| {
        let target = header::reply_line(lines[i].trim())?;
        header.push(i);
        header.sort_unstable();
        Some(target)
    });
    // Or a reply line inside the header's markup (`<div class=context>
    // Antwort auf <kf-username>marlies.s</kf-username></div>`).
    let reply_to =
        reply_to.or_else(|| (header.iter()).find_map(|&i| header::reply_line(lines[i].trim())));
    // Or a reply arrow inside the header line (`Sabine ↪ Klaus vor 4 Std.`).
    let reply_to = reply_to.or_else(|| {
        (header.iter())
            .filter(|&&i| lines[i].contains(header::REPLY_ARROWS))
            .find_map(|&i| header::shape(lines[i].trim(), dp)?.reply_to)
    });
    Span {
        header,
        body: r,
        author,
        stamp,
        reply_to,
        lead: None,
    }
}

/// Drops the items with neither author nor stamp from a list where at
/// least three and three in four items have one: an ad or a teaser box
/// placed among the comments in the same markup (`Anzeige` / `Autohaus
/// …`). Its lines are then no comment's.
fn drop_anonymous(groups: &mut Vec<(usize, Range<usize>)>, spans: &mut Vec<Span>) {
    let known = |s: &Span| s.author.is_some() || s.stamp.is_some();
    let n = spans.iter().filter(|s| known(s)).count();
    if n < 3 || 4 * n < 3 * spans.len() || n == spans.len() {
        return;
    }
    let keep: Vec<bool> = spans.iter().map(known).collect();
    let mut k = keep.iter();
    groups.retain(|_| *k.next().unwrap_or(&true));
    spans.retain(known);
}

/// The runs of consecutive lines of each comment item, in page order, as
/// (item id, lines); an item whose lines are interrupted (by a nested
/// reply) has several runs.
fn item_runs(hints: &[Hint]) -> Vec<(usize, Range<usize>)> {
    let mut groups: Vec<(usize, Range<usize>)> = Vec::new();
    for (i, h) in hints.iter().enumerate() {
        let Some(item) = h.item else { continue };
        match groups.last_mut() {
            Some((id, r)) if *id == item => r.end = i + 1,
            _ => groups.push((item, i..i + 1)),
        }
    }
    groups
}

/// The header lines, author and stamp of the comment item on lines `r`:
/// from its author/date markup when it has some, else from the lines
/// themselves (see [`unmarked_header`]).
fn item_header(
    lines: &[&str],
    infos: &[LineInfo],
    hints: &[Hint],
    r: Range<usize>,
    dp: &DatePatterns,
) -> (Vec<usize>, Option<String>, Option<Stamp>) {
    let marked: Vec<usize> = r
        .clone()
        .filter(|&i| (hints[i].meta || hints[i].author_words.is_some()) && !infos[i].blank)
        .collect();
    if marked.is_empty() {
        let (header, author, printed) = unmarked_header(lines, infos, r, dp);
        let author = author.map(|a| lead_piece(&a, &header, lines, hints, dp).unwrap_or(a));
        let stamp = item_stamp(printed, &header, hints);
        return (header, author, stamp);
    }
    // A line whose own element names the author first: an author-named
    // box around the whole user card (`user-info`) says less. A name in a
    // reply line (`Antwort auf <kf-username>Kinokind</kf-username>`) is
    // the answered author's.
    let own = |i: &&usize| header::reply_line(lines[**i].trim()).is_none();
    let author = (marked.iter().filter(own))
        .find(|&&i| hints[i].author_words.is_some())
        .or_else(|| marked.iter().filter(own).find(|&&i| hints[i].author))
        .map(|&i| marked_author(lines[i], &hints[i], dp))
        .or_else(|| {
            // No author element: the name read from the header, cut back
            // to its own element when badges follow it (`<header><strong>
            // Thomas Auer</strong> <span>Gemeinderat</span> <time>…`).
            let a = marked
                .iter()
                .find_map(|&i| header::shape(lines[i].trim(), dp).and_then(|s| s.name))?;
            Some(lead_piece(&a, &marked, lines, hints, dp).unwrap_or(a))
        });
    let printed = (marked.iter())
        .filter(|&&i| !joined_date(lines, infos, i))
        .find_map(|&i| dp.find(lines[i].trim()));
    let stamp = item_stamp(printed, &marked, hints);
    (marked, author, stamp)
}

/// Whether line `i` gives the date its author joined the forum, not the
/// post's: it opens with a join label (`Registriert: Sa 14. Okt 2006`), or
/// the short line above is one (`Registriert` over `12.03.2017`).
fn joined_date(lines: &[&str], infos: &[LineInfo], i: usize) -> bool {
    // The label and what follows it: nothing, or a colon or space first.
    let labelled = |t: &str, alone: bool| {
        let t = t.trim().to_lowercase();
        header::JOIN_LABELS.iter().any(|l| {
            t.strip_prefix(l)
                .is_some_and(|rest| (alone && rest.is_empty()) || rest.starts_with([':', ' ']))
        })
    };
    let above = (0..i).rev().find(|&j| !infos[j].blank);
    labelled(lines[i], false)
        || above.is_some_and(|j| lines[j].trim().chars().count() <= 20 && labelled(lines[j], true))
}

/// The author named by a marked header line: the words of its author
/// element (without a badge beside them) or the whole line, less a stamp
/// or speech verb printed with the name.
fn marked_author(line: &str, hint: &Hint, dp: &DatePatterns) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let own = hint
        .author_words
        .and_then(|(a, b)| words.get(usize::from(a)..usize::from(b)))
        .map(|w| w.join(" "))
        // A display name in brackets after the user name inside the author
        // element (Discourse's `hannes.moser (Hannes Moser)`), as a text
        // header's bracketed note, is no part of the name.
        .map(|a| match header::without_trailing_note(&a) {
            Some(name) => name.to_string(),
            None => a,
        });
    let unmarked = header::without_guest_mark(own.as_deref().unwrap_or(line));
    let t = unmarked.trim();
    match header::shape(t, dp) {
        Some(s) if (s.stamp.is_some() || s.speech) && s.name.is_some() => {
            s.name.unwrap_or_default()
        }
        _ => t.trim_end_matches([':', ',']).trim().to_string(),
    }
}

/// The stamp of an item's header lines: the printed one, unless it is
/// relative or missing and a `<time datetime=…>` says the moment.
fn item_stamp(printed: Option<Stamp>, header: &[usize], hints: &[Hint]) -> Option<Stamp> {
    let Some(when) = header.iter().find_map(|&i| hints[i].datetime) else {
        return printed;
    };
    // A printed date without its year or time (`3. Feb.`, `29. Nov.
    // 2026`: a forum's short form) gives way to the full moment of the
    // same day in a tooltip or `<time datetime>`.
    let short_of = |s: &Stamp| match (s.when, when) {
        (
            When::Absolute {
                year,
                month,
                day,
                time,
            },
            When::Absolute {
                year: y,
                month: m,
                day: d,
                time: t,
            },
        ) => {
            (month, day) == (m, d)
                && year.is_none_or(|year| Some(year) == y)
                && (year.is_none() || (time.is_none() && t.is_some()))
        }
        _ => false,
    };
    if printed
        .as_ref()
        .is_some_and(|s| !s.is_relative() && !short_of(s))
    {
        return printed;
    }
    let (start, end) = printed.as_ref().map_or((0, 0), |s| (s.start, s.end));
    Some(Stamp {
        start,
        end,
        class: "datetime".into(),
        when,
    })
}

/// The author as its own element printed it, when the name read from a
/// header line without markup runs into the next element (a badge:
/// `Pendlerin_Vechtel Abonnentin`) or stops short of its end (a comma:
/// `Frerichs, Gunda`): the line's first text piece, if it holds the
/// name's first word, no stamp and at most five words.
fn lead_piece(
    name: &str,
    header: &[usize],
    lines: &[&str],
    hints: &[Hint],
    dp: &DatePatterns,
) -> Option<String> {
    let first_word = name.split_whitespace().next()?;
    header.iter().find_map(|&i| {
        let n = usize::from(hints[i].lead_words);
        let words: Vec<&str> = lines[i].split_whitespace().collect();
        let lead = words.get(..n).filter(|w| (1..=5).contains(&w.len()))?;
        let lead = lead.join(" ");
        let lead = lead.trim_end_matches([':', ',', '·', '|']).trim();
        (words[0].trim_end_matches([',', ':']) == first_word
            && dp.find(lead).is_none()
            && lead != name)
            .then(|| lead.to_string())
    })
}

/// The header of an HTML comment item without author/date markup: at the
/// top of the item (see [`header_above_text`]), else its last line that is
/// not UI residue when that is a whole header (`<footer>Anna ·
/// 22.11.2026</footer>` under the text); `(lines, author, stamp)`.
fn unmarked_header(
    lines: &[&str],
    infos: &[LineInfo],
    r: Range<usize>,
    dp: &DatePatterns,
) -> (Vec<usize>, Option<String>, Option<Stamp>) {
    let above = header_above_text(lines, infos, r.clone(), dp);
    if !above.0.is_empty() {
        return above;
    }
    let Some(last) = r
        .clone()
        .rev()
        .find(|&i| !infos[i].blank && !boiler_in_thread(&infos[i]))
    else {
        return above;
    };
    match header::shape(lines[last].trim(), dp) {
        Some(s) if last > r.start && s.header_like && s.stamp.is_some() => {
            (vec![last], s.name, s.stamp)
        }
        _ => name_over_action_row(lines, infos, r, last, dp).unwrap_or(above),
    }
}

/// An item with the name on top and the stamp in the action row under the
/// text, as social plugins print it (`Anna Berg` / `Top Fan` / text /
/// `14 Nov 2026, 12:31 · Like · Reply`): a name line, a profile line under
/// it if any, and the item's last line (`last`, not UI residue) when that
/// holds a stamp and no sentence.
fn name_over_action_row(
    lines: &[&str],
    infos: &[LineInfo],
    r: Range<usize>,
    last: usize,
    dp: &DatePatterns,
) -> Option<(Vec<usize>, Option<String>, Option<Stamp>)> {
    let rows: Vec<usize> = r.filter(|&i| !infos[i].blank && i < last).collect();
    let s0 = header::shape(lines[*rows.first()?].trim(), dp)?;
    let stamp = dp.find(lines[last].trim())?;
    if !s0.name_only || infos[last].sentence_end || infos[last].words > 12 {
        return None;
    }
    let profile =
        rows.len() > 2 && header::is_profile_line(lines[rows[1]].trim(), &infos[rows[1]], dp);
    let mut header = rows[..1 + usize::from(profile)].to_vec();
    let text = rows[header.len()..]
        .iter()
        .any(|&i| !boiler_in_thread(&infos[i]));
    text.then(|| {
        header.push(last);
        (header, s0.name, Some(stamp))
    })
}

/// The header at the top of an HTML comment item: its first non-blank
/// line when that is a whole header (`Anna, 22.11.2026`), or a name line
/// and a stamp line in either order (table forums put `Name<br>Datum` in
/// one cell), with a reply line (`Antwort auf Tom`) between them.
fn header_above_text(
    lines: &[&str],
    infos: &[LineInfo],
    r: Range<usize>,
    dp: &DatePatterns,
) -> (Vec<usize>, Option<String>, Option<Stamp>) {
    let first: Vec<usize> = r.filter(|&i| !infos[i].blank).take(3).collect();
    let shapes: Vec<Option<header::Shape>> = first
        .iter()
        .map(|&i| header::shape(lines[i].trim(), dp))
        .collect();
    let none = (Vec::new(), None, None);
    // An avatar's initials over the header (`WP` / `WW-Pendler 12.03.2026
    // um 14:07 Uhr`), where the picture failed or is drawn in CSS.
    let initials = header::is_avatar_letters;
    if let (Some(&i0), Some(Some(s1))) = (first.first(), shapes.get(1)) {
        if initials(lines[i0]) && s1.header_like {
            return (first[..2].to_vec(), s1.name.clone(), s1.stamp.clone());
        }
    }
    // A reply line over the avatar and the header (`Antwort an @Claudia
    // Reimers` / `h` / `heizungsbauer_ol 06.03.2025, 08:12 Uhr`).
    if let (Some(&i0), Some(&i1), Some(Some(s2))) = (first.first(), first.get(1), shapes.get(2)) {
        let reply = header::reply_line(lines[i0].trim()).is_some();
        if reply && initials(lines[i1]) && s2.header_like && s2.stamp.is_some() {
            return (first[..3].to_vec(), s2.name.clone(), s2.stamp.clone());
        }
    }
    // A reply line over a whole header (`↳ Antwort an Dieter Schwalb` /
    // `Nadine_K 08.10.25, 17:50`): both are the header.
    if let (Some(&i0), Some(Some(s1))) = (first.first(), shapes.get(1)) {
        if s1.header_like && s1.stamp.is_some() && header::reply_line(lines[i0].trim()).is_some() {
            return (first[..2].to_vec(), s1.name.clone(), s1.stamp.clone());
        }
    }
    let Some(Some(s0)) = shapes.first() else {
        return none;
    };
    if s0.header_like {
        return (vec![first[0]], s0.name.clone(), s0.stamp.clone());
    }
    let s1 = shapes.get(1).and_then(Option::as_ref);
    match s1 {
        Some(s1) if s0.name_only && s1.stamp_only => {
            (first[..2].to_vec(), s0.name.clone(), s1.stamp.clone())
        }
        Some(s1) if s0.stamp_only && s1.name_only => {
            (first[..2].to_vec(), s1.name.clone(), s0.stamp.clone())
        }
        _ => {
            let s2 = shapes.get(2).and_then(Option::as_ref);
            let reply = first
                .get(1)
                .is_some_and(|&i| header::reply_line(lines[i].trim()).is_some());
            match s2 {
                Some(s2) if s0.name_only && reply && s2.stamp_only => {
                    (first.clone(), s0.name.clone(), s2.stamp.clone())
                }
                _ => none,
            }
        }
    }
}

/// Regexes for reply cues; built once per page.
struct ReplyPatterns {
    mention: Regex,
    answer: Regex,
    wrote: Regex,
    salutation: Regex,
    subject: Regex,
}

impl ReplyPatterns {
    fn new() -> Self {
        let re = |p: &str| Regex::new(p).expect("constant reply pattern");
        ReplyPatterns {
            mention: re(
                r"(?:^|[^\p{L}\p{N}_.])@\s?([\p{L}][\p{L}\p{N}_.'-]*(?:\s+\p{Lu}\.?[\p{L}'-]*)?)",
            ),
            answer: re(
                r"(?i)^(?:antwort (?:auf|an)|zitat von|an|in reply to|reply to|replying to)\s+@?([\p{L}][\p{L}\p{N}_.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)\s*[:,]?",
            ),
            wrote: re(r"^>?\s*(.{1,40}?)\s+(?:schrieb|schreibt|sagte|sagt|wrote)\b[^:]{0,40}:"),
            // `Liebe Heike,`, `Hallo Herr Maier!`: only taken when the name
            // is one of the thread's authors.
            salutation: re(
                r"^(?i:liebe|lieber|liebes|hallo|hi|hey|servus|moin|sehr geehrte|sehr geehrter)\s+(?:(?i:frau|herr)\s+)?(\p{Lu}[\p{L}\p{N}_.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)\s*[,!:]",
            ),
            // A forum subject, without its post number and `Re:` prefixes.
            subject: re(r"(?i)^(?:\d{1,5}\.\s+)?((?:(?:re|aw)(?:\^\d+|\[\d+\])?:\s*)*)(.+)$"),
        }
    }

    /// The subject of a title line and whether it answers another (`Re:`).
    fn subject<'a>(&self, title: &'a str) -> (bool, &'a str) {
        match self.subject.captures(title.trim()) {
            Some(c) => (!c[1].is_empty(), c.get(2).map_or("", |m| m.as_str().trim())),
            None => (false, title.trim()),
        }
    }
}

/// Lower-cased tokens of a name, without punctuation around them.
fn name_tokens(name: &str) -> Vec<String> {
    name.split(|c: char| c.is_whitespace() || c == '_')
        .map(|t| {
            t.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
                .to_lowercase()
        })
        .filter(|t| !t.is_empty())
        .collect()
}

/// Whether a reference (`J. Franke`, `Horst`, `michael`) names `author`.
fn names_match(reference: &[String], author: &[String]) -> bool {
    if reference.is_empty() || author.is_empty() {
        return false;
    }
    let mut full = 0;
    for r in reference {
        let bare = r.trim_end_matches('.');
        let initial = bare.chars().count() == 1;
        let hit = author.iter().any(|a| {
            let a = a.trim_end_matches('.');
            if initial {
                a.starts_with(bare)
            } else {
                a == bare || (author.len() == 1 && bare.chars().count() >= 3 && a.starts_with(bare))
            }
        });
        if !hit {
            return false;
        }
        if !initial {
            full += 1;
        }
    }
    full > 0
}

/// The comments and authors that reply cues are resolved against.
struct Thread<'a> {
    comments: &'a [Comment],
    bodies: &'a [Vec<&'a str>],
    spans: &'a [Span],
    /// Name tokens of each comment's author.
    tokens: Vec<Vec<String>>,
    /// Each comment's subject (first line without `Re:`) and whether it
    /// carries a `Re:`.
    subjects: Vec<(bool, String)>,
    /// See [`openers`].
    openers: Vec<Option<String>>,
    rp: ReplyPatterns,
}

impl Thread<'_> {
    /// Finds the author a reference points to: the matching comment nearest
    /// to `me` (earlier-posted ones first), or the one whose time the
    /// reference quotes.
    fn find_author(&self, reference: &str, stamp: Option<&Stamp>, me: usize) -> Option<String> {
        let r = name_tokens(reference);
        let comments = self.comments;
        let own = comments[me].author.as_deref();
        let mut best: Option<(u8, usize, usize)> = None;
        let lo = me.saturating_sub(QUOTE_WINDOW * 10);
        let hi = (me + QUOTE_WINDOW * 10).min(comments.len());
        for (k, c) in comments.iter().enumerate().take(hi).skip(lo) {
            let Some(author) = c.author.as_deref() else {
                continue;
            };
            if k == me || Some(author) == own || !names_match(&r, &self.tokens[k]) {
                continue;
            }
            let time_hit = match (
                stamp.and_then(Stamp::month_day_time),
                self.spans[k].stamp.as_ref().and_then(Stamp::month_day_time),
            ) {
                (Some((m1, d1, t1)), Some((m2, d2, t2))) => {
                    m1 == m2 && d1 == d2 && (t1.is_none() || t1 == t2)
                }
                _ => false,
            };
            let rank = (u8::from(!time_hit), k.abs_diff(me), k);
            match best {
                Some(b) if b <= rank => {}
                _ => best = Some(rank),
            }
        }
        best.and_then(|(_, _, k)| comments[k].author.clone())
    }

    /// Whom comment `me` answers, from the cues in its text.
    /// `Re: Subject` answers the post that opened that subject: its
    /// author, or the nearest earlier one's under that subject.
    fn subject_opener(&self, me: usize) -> Option<String> {
        let comments = self.comments;
        let (re, subject) = &self.subjects[me];
        if !*re || subject.is_empty() {
            return None;
        }
        let lo = me.saturating_sub(QUOTE_WINDOW * 10);
        let hi = (me + QUOTE_WINDOW * 10).min(comments.len());
        let mut near: Vec<usize> = (lo..hi)
            .filter(|&k| {
                k != me
                    && self.subjects[k].1 == *subject
                    && comments[k].author.is_some()
                    && comments[k].author != comments[me].author
            })
            .collect();
        // The opener (no `Re:`) first, then the nearest earlier post.
        near.sort_by_key(|&k| (self.subjects[k].0, k > me, k.abs_diff(me)));
        near.first().and_then(|&k| comments[k].author.clone())
    }

    /// The author of the nearby comment that a `> quote` of twelve
    /// characters or more in this one comes from.
    fn quoted_author(&self, me: usize) -> Option<String> {
        let comments = self.comments;
        let q = self.bodies[me]
            .iter()
            .filter_map(|l| l.strip_prefix('>'))
            .map(str::trim)
            .find(|q| q.chars().count() >= 12)?;
        let lo = me.saturating_sub(QUOTE_WINDOW);
        let hi = (me + QUOTE_WINDOW).min(comments.len());
        let mut near: Vec<usize> = (lo..hi).filter(|&k| k != me).collect();
        near.sort_by_key(|&k| k.abs_diff(me));
        let k = near.into_iter().find(|&k| {
            comments[k].author.is_some()
                && comments[k].author != comments[me].author
                && comments[k].text.contains(q)
        })?;
        comments[k].author.clone()
    }

    fn text_reply(&self, me: usize, dp: &DatePatterns) -> Option<String> {
        let body = &self.bodies[me];
        let comments = self.comments;
        let rp = &self.rp;
        let first = body.first()?;
        let find = |reference: &str, stamp: Option<&Stamp>| self.find_author(reference, stamp, me);
        // `@Name` in the first lines.
        let mention = body
            .iter()
            .take(2)
            .find_map(|l| rp.mention.captures(l))
            .map(|c| c[1].trim_end_matches(['.', ',', ':']).to_string());
        if let Some(m) = mention {
            // Try the two-word form first, then the first word alone.
            let one = m.split_whitespace().next().unwrap_or("").to_string();
            return find(&m, None).or_else(|| find(&one, None)).or(Some(one));
        }
        if let Some(c) = rp.answer.captures(first) {
            let m = c[1].to_string();
            return find(&m, None).or(Some(m));
        }
        // `Wolfgang_S. hat schon recht`: the text opens with the full name
        // of an earlier commenter.
        if let Some(a) = &self.openers[me] {
            return Some(a.clone());
        }
        // `Liebe Anna,` opening the text (below a subject line, if any).
        if let Some(c) = body.iter().take(2).find_map(|l| rp.salutation.captures(l)) {
            if let Some(a) = find(&c[1], None) {
                return Some(a);
            }
        }
        if let Some(a) = self.subject_opener(me) {
            return Some(a);
        }
        // `Anna schrieb:` above a quote, or a `> quote` of another comment.
        if let Some(c) = body.iter().take(3).find_map(|l| rp.wrote.captures(l)) {
            if let Some(a) = find(&c[1], None) {
                return Some(a);
            }
        }
        if let Some(a) = self.quoted_author(me) {
            return Some(a);
        }
        // A first line shaped like a header quotes that comment; a first
        // line that is only another commenter's name addresses them.
        let s = header::shape(first.trim_end_matches([',', ':']), dp)?;
        if let (Some(name), true) = (&s.name, s.header_like && s.stamp.is_some()) {
            return find(name, s.stamp.as_ref());
        }
        if let (Some(name), true) = (&s.name, s.name_only && !s.speech) {
            let full = comments
                .iter()
                .any(|c| c.author.as_deref() == Some(name.as_str()));
            if full {
                return find(name, None);
            }
        }
        None
    }
}

/// A name without the badge forums print after the thread starter's name
/// (`brueckenwaechter OP`, `Kalle (TE)`): the badge marks a role on this
/// thread, not part of the name.
fn without_poster_badge(name: &str) -> String {
    let t = name.trim_end();
    for badge in [" OP", " (OP)", " TE", " (TE)", " [OP]"] {
        if let Some(rest) = t.strip_suffix(badge).filter(|r| !r.trim().is_empty()) {
            return rest.trim_end().to_string();
        }
    }
    t.to_string()
}

/// Replies printed indented under their parent (text scrapes keep the
/// nesting as leading spaces): a comment whose header is indented deeper
/// than the thread's top level answers the last comment above it that is
/// indented less. Only where the page names no parent itself.
fn indent_parents(lines: &[&str], spans: &mut [Span]) {
    let indent = |s: &Span| {
        let first = s.header.first().copied().unwrap_or(s.body.start);
        lines.get(first).map_or(0, |l| {
            l.chars()
                .take_while(|c| c.is_whitespace())
                .map(|c| if c == '\t' { 4 } else { 1 })
                .sum::<usize>()
        })
    };
    let depth: Vec<usize> = spans.iter().map(indent).collect();
    let Some(&top) = depth.iter().min() else {
        return;
    };
    if depth.iter().all(|&d| d == top) {
        return;
    }
    for k in 0..spans.len() {
        if depth[k] == top || spans[k].reply_to.is_some() {
            continue;
        }
        let parent = (0..k).rev().find(|&j| depth[j] < depth[k]);
        if let Some(j) = parent {
            spans[k].reply_to = spans[j].author.clone();
        }
    }
}

fn resolve_replies(
    comments: &mut [Comment],
    bodies: &[Vec<&str>],
    spans: &[Span],
    line_replies: &[Option<String>],
    dp: &DatePatterns,
) {
    if comments.iter().all(|c| c.author.is_none()) {
        return;
    }
    let replies: Vec<Option<String>> = {
        let rp = ReplyPatterns::new();
        let thread = Thread {
            comments,
            bodies,
            spans,
            tokens: comments
                .iter()
                .map(|c| c.author.as_deref().map(name_tokens).unwrap_or_default())
                .collect(),
            subjects: bodies
                .iter()
                .map(|b| {
                    let (re, s) = rp.subject(b.first().copied().unwrap_or(""));
                    (re, s.to_string())
                })
                .collect(),
            openers: openers(comments, bodies),
            rp,
        };
        (0..comments.len())
            .map(|me| {
                // Cues in the text first; then the page's structure (a reply
                // arrow, nesting), resolved against the thread's authors.
                // A reply line over the text names the target outright;
                // nesting only says that the comment answers someone above.
                thread.text_reply(me, dp).or_else(|| {
                    let r = (line_replies[me].as_ref()).or(spans[me].reply_to.as_ref())?;
                    thread.find_author(r, None, me).or(Some(r.to_string()))
                })
            })
            .collect()
    };
    for (c, r) in comments.iter_mut().zip(replies) {
        c.reply_to = r;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vote_count_alone_is_furniture() {
        for l in [
            "14 Punkte",
            "-3 Punkte",
            "1 Punkt",
            "27 Likes",
            "+5 Stimmen",
        ] {
            assert!(vote_count(l), "{l}");
        }
        for l in [
            "Klaus Wendling",
            "14 Punkte vor 2 Tagen",
            "Punkte 14",
            "2 Kinder",
        ] {
            assert!(!vote_count(l), "{l}");
        }
    }

    /// A text page segmented with the default options.
    /// Asserts each comment's author and text, in page order.
    fn assert_comments(page: &str, want: &[(Option<&str>, &str)]) {
        let p = segmented(page);
        let got: Vec<(Option<&str>, &str)> = p
            .comments
            .iter()
            .map(|c| (c.author.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(got, want);
    }

    fn segmented(page: &str) -> crate::segment::Page {
        crate::segment::segment_page(
            "p.txt",
            page.as_bytes(),
            &crate::segment::SegmentOptions::default(),
        )
        .expect("segments")
    }

    /// A commenter's long sentence that names a box of the page (`Mehr
    /// zum Thema`) stays comment text; the box's own heading would not.
    #[test]
    fn furniture_named_inside_running_text() {
        let page = "Neue Ampel am Markt\n\nDie Stadt stellt im April eine Ampel am Markt auf. Sie kostet 40.000 Euro und soll den Schulweg sicherer machen.\n\nKommentare\n\nUlla Berg | 10.02.2026 | 11:23\nWarum erst jetzt? Seit Jahren fordern wir das.\n\nRedaktion | 10.02.2026 | 12:05\nHallo Ulla Berg, danke für den Hinweis. Wir haben über die Ampel schon früher berichtet, den Link findest du oben unter „Mehr zum Thema“. Kurz gesagt: Das Geld fehlte bis zum letzten Haushalt.\n\nTom Weber | 10.02.2026 | 14:02\nEine Ampel allein macht noch keinen sicheren Schulweg.\n";
        let p = segmented(page);
        let texts: Vec<_> = p.comments.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert!(texts[1].ends_with("bis zum letzten Haushalt."), "{texts:?}");
        // Fifteen words are running text too.
        let short = page.replace(
            "Hallo Ulla Berg, danke für den Hinweis. Wir haben über die Ampel schon früher berichtet, den Link findest du oben unter „Mehr zum Thema“. Kurz gesagt: Das Geld fehlte bis zum letzten Haushalt.",
            "Danke für den Hinweis. Unsere eigene Recherche dazu ist oben unter „Mehr zum Thema“ verlinkt.",
        );
        let p = segmented(&short);
        let texts: Vec<_> = p.comments.iter().map(|c| c.text.as_str()).collect();
        assert!(texts[1].ends_with("verlinkt."), "{texts:?}");
    }

    /// Subjects over the headers; a reply's subject sits under a line
    /// that quotes the subject it answers, which names the target.
    #[test]
    fn reply_subjects_under_a_quoting_line() {
        let page = "Vier-Tage-Woche im Rathaus\n\nDie Stadtverwaltung arbeitet seit einem halben Jahr nur noch von Montag bis Donnerstag, zehn Stunden am Tag.\n\nDEBATTE · 4 Beiträge\n\nVÖLLIG AM THEMA VORBEI\nHeinz Lorenz, 09.03.2026, 08:14\nEine Verwaltung ist für die Bürger da und nicht umgekehrt.\nAntworten | Melden | 31 Zustimmungen\n\n↳ Antwort auf „VÖLLIG AM THEMA VORBEI“\nSEHE ICH ANDERS\nSvenja Roloff, 09.03.2026, 08:52\nLieber vier Tage ein volles Amt als fünf Tage ein halbleeres.\nAntworten | Melden | 44 Zustimmungen\n\nUND DIE ELTERN?\nMarlies Kötter, 09.03.2026, 10:05\nZehn Stunden am Tag und dann noch Kinder abholen, das geht nicht.\nAntworten | Melden | 38 Zustimmungen\n\n↳ Antwort auf „UND DIE ELTERN?“\nBERECHTIGTER PUNKT\nUlrich Brenneke, 09.03.2026, 10:41\nDa haben Sie recht, Gleitzeit wäre die Lösung.\nAntworten | Melden | 12 Zustimmungen\n";
        let p = segmented(page);
        let got: Vec<_> = (p.comments.iter())
            .map(|c| (c.reply_to.as_deref(), c.title.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (None, "VÖLLIG AM THEMA VORBEI"),
                (Some("Heinz Lorenz"), "SEHE ICH ANDERS"),
                (None, "UND DIE ELTERN?"),
                (Some("Marlies Kötter"), "BERECHTIGTER PUNKT"),
            ]
        );
    }

    /// A fan site's headers set their fields apart with slashes, the
    /// first field the name; a badge field makes no breadcrumb of them.
    #[test]
    fn slashed_header_fields() {
        let page = "Lindenau spielt remis\n\nDer SV Lindenau kam gegen Weserstadt nicht über ein 1:1 hinaus.\n\nKommentare (6)\nSortieren: Top | Neu | Alt\nKurvenkind_1904 / Community-Profi / Top-Kommentar / Sa. 22.03. 15:10\nJedes Mal das Gleiche, 1:0 und dann wird der Bus geparkt.\nGefällt mir 87 / Antworten / Melden\nWeserJung / Sa. 22.03. 15:21\nWas für ein Spiel, danke an die Mannschaft!\nGefällt mir 56 / Antworten / Melden\nHeinz im Block C / Sa. 22.03. 15:34\nDemir war heute wieder der Beste auf dem Platz.\nGefällt mir 33 / Antworten / Melden\nTaktikfuchs / Community-Profi / Sa. 22.03. 16:05\nDie Umstellung auf Dreierkette war der Knackpunkt.\nGefällt mir 48 / Antworten / Melden\nSchiri_ist_schuld / Sa. 22.03. 17:01\nVier Minuten Nachspielzeit? Lächerlich.\nGefällt mir 7 / Antworten / Melden\nWeitere Kommentare anzeigen\n";
        let p = segmented(page);
        let authors: Vec<_> = p.comments.iter().map(|c| c.author.as_deref()).collect();
        assert_eq!(
            authors,
            [
                Some("Kurvenkind_1904"),
                Some("WeserJung"),
                Some("Heinz im Block C"),
                Some("Taktikfuchs"),
                Some("Schiri_ist_schuld")
            ]
        );
    }

    /// A magazine's numbered forum: a lower-case handle after the post's
    /// number is the author, and the forum's closing time over the thread
    /// (`geschlossen ab …`) is no comment's stamp.
    #[test]
    fn numbered_forum_handles_and_closing_time() {
        let page = "Ticketpreis steigt\n\nDas Ticket kostet ab Januar 63 Euro im Monat, fünf Euro mehr als bisher.\n\nForum\nDiskutieren Sie mit\nBeiträge: 88  •  Forum geschlossen ab 22.09.2025, 16.42 Uhr\nSortieren nach:  Neueste zuerst  |  Älteste zuerst\nBitte beachten Sie die Richtlinien für das Forum.\n\n1. hanse_kogge 19.09.2025, 16.58 Uhr\nFünf Euro mehr, und der Zug kommt trotzdem jeden zweiten Tag zu spät.\nEmpfehlen (83)  •  Melden\n\n2. Mira_Q 19.09.2025, 17.05 Uhr\nImmer noch günstig\nFrüher hat meine Monatskarte 112 Euro gekostet. Das ist immer noch ein guter Preis.\nEmpfehlen (121)  •  Melden\n\n3. wolkenschieber 19.09.2025, 17.11 Uhr\nZitat von Mira_Q\nFrüher hat meine Monatskarte 112 Euro gekostet.\nSchön für Sie. Auf dem Land fährt hier zweimal am Tag ein Bus.\nEmpfehlen (47)  •  Melden\n\n4. Tom Kerber 19.09.2025, 17.19 Uhr\nPlanungssicherheit wäre wichtiger als der genaue Betrag, finde ich.\nEmpfehlen (96)  •  Melden\n";
        let p = segmented(page);
        let authors: Vec<_> = p.comments.iter().map(|c| c.author.as_deref()).collect();
        assert_eq!(
            authors,
            [
                Some("hanse_kogge"),
                Some("Mira_Q"),
                Some("wolkenschieber"),
                Some("Tom Kerber")
            ]
        );
    }

    /// Headers under their comments, replies indented one step whatever
    /// they answer, and a reply line over each reply's text naming the
    /// target: the line joins the header and beats the nesting.
    #[test]
    fn reply_lines_over_text_with_headers_below() {
        let page = "Neue Ampel am Markt\n\nDie Stadt stellt im April eine Ampel am Markt auf. Sie kostet 40.000 Euro und soll den Schulweg sicherer machen.\n\nIhre Meinung\n\nWarum erst jetzt? Seit Jahren fordern wir das.\nUlla Berg\t10.02.26, 11:23\n👍 12   👎 3   ·   Antworten\n\n\tAntwort an Ulla Berg\n\tWeil das Geld fehlte, steht doch im Text.\n\tKlaus Adam\t10.02.26, 12:05\n\t👍 4   👎 1   ·   Antworten\n\n\tAntwort an Klaus Adam\n\tDas glaube ich nicht, Geld war immer da.\n\tMara Lind\t10.02.26, 13:40\n\t👍 2   👎 5   ·   Antworten\n\nEine Ampel allein macht noch keinen sicheren Schulweg.\nTom Weber\t10.02.26, 14:02\n👍 7   👎 0   ·   Antworten\n";
        let p = segmented(page);
        let got: Vec<_> = (p.comments.iter())
            .map(|c| (c.author.as_deref(), c.reply_to.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("Ulla Berg"),
                    None,
                    "Warum erst jetzt? Seit Jahren fordern wir das."
                ),
                (
                    Some("Klaus Adam"),
                    Some("Ulla Berg"),
                    "Weil das Geld fehlte, steht doch im Text."
                ),
                (
                    Some("Mara Lind"),
                    Some("Klaus Adam"),
                    "Das glaube ich nicht, Geld war immer da."
                ),
                (
                    Some("Tom Weber"),
                    None,
                    "Eine Ampel allein macht noch keinen sicheren Schulweg."
                ),
            ]
        );
    }

    /// Drupal's layout: a guest's mark after the name, and the reply line
    /// under the `Permalink` button, which joins the header and names the
    /// parent by the name after the last `von`.
    #[test]
    fn drupal_reply_lines_and_guest_marks() {
        let page = "Neue Ampel am Markt\n\nDie Stadt stellt im April eine Ampel am Markt auf. Sie kostet 40.000 Euro.\n\nKommentare\n\nUlla_B\nDi., 10.02.2026 - 11:23\nPermalink\nWarum erst jetzt?\nSeit Jahren fordern wir das.\nAntworten\n\nKlaus (nicht überprüft)\nDi., 10.02.2026 - 12:05\nPermalink\nAls Antwort auf Warum erst jetzt? von Ulla_B\nWeil das Geld fehlte.\nAntworten\n\nMara Lind\nDi., 10.02.2026 - 13:40\nPermalink\nAls Antwort auf Weil das Geld fehlte. von Klaus (nicht überprüft)\nDas glaube ich nicht.\nAntworten\n";
        let p = segmented(page);
        let at = |text: &str| page.lines().position(|l| l == text).expect("line");
        let got: Vec<_> = (p.comments.iter())
            .map(|c| (c.author.as_deref(), c.reply_to.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("Ulla_B"),
                    None,
                    "Warum erst jetzt?\nSeit Jahren fordern wir das."
                ),
                (Some("Klaus"), Some("Ulla_B"), "Weil das Geld fehlte."),
                (Some("Mara Lind"), Some("Klaus"), "Das glaube ich nicht."),
            ]
        );
        let reply = "Als Antwort auf Warum erst jetzt? von Ulla_B";
        assert_eq!(p.line_labels[at(reply)], LineLabel::CommentHeader);
    }

    /// A colon after the reply phrase addresses the person in the text.
    #[test]
    fn a_reply_phrase_with_a_colon_stays_text() {
        let page = "Neue Ampel am Markt\n\nDie Stadt stellt im April eine Ampel am Markt auf. Sie kostet 40.000 Euro.\n\nKommentare\n\nUlla Berg\n10.02.2026, 11:23\nWarum erst jetzt?\n\nKlaus Meier\n10.02.2026, 12:05\nAntwort auf Ulla Berg:\nWeil das Geld fehlte.\n";
        let p = segmented(page);
        assert_eq!(p.comments.len(), 2);
        assert_eq!(
            p.comments[1].text,
            "Antwort auf Ulla Berg:\nWeil das Geld fehlte."
        );
        assert_eq!(p.comments[1].reply_to.as_deref(), Some("Ulla Berg"));
    }

    /// The section's rules under its title are furniture, not the
    /// article's last paragraph.
    #[test]
    fn the_paragraph_with_the_section_title_is_furniture() {
        let page = "Neuer Radweg an der Werra\n\nDer Kreis baut ab Mai einen Radweg zwischen Eschwege und Wanfried. Die Arbeiten dauern bis zum Herbst.\n\nKommentare (2)\nKommentieren ist nur mit Profil möglich.\n\nAnna Weber\n04.03.2026, 18:22\nEndlich! Darauf warten wir seit Jahren.\n\nTom Kurz\n04.03.2026, 19:05\nHoffentlich wird er auch beleuchtet.\n";
        let p = segmented(page);
        let at = |text: &str| page.lines().position(|l| l == text).expect("line");
        assert_eq!(p.comments.len(), 2);
        for line in ["Kommentare (2)", "Kommentieren ist nur mit Profil möglich."] {
            assert_eq!(p.line_labels[at(line)], LineLabel::Boilerplate, "{line}");
        }
        // The article's paragraph above it stays the article's.
        let article = "Der Kreis baut ab Mai einen Radweg zwischen Eschwege und Wanfried. Die Arbeiten dauern bis zum Herbst.";
        assert_ne!(p.line_labels[at(article)], LineLabel::Boilerplate);
    }

    /// Viewer mail signed off under the text with a dash (`— Anna aus
    /// Soest · 17.05.2025 | 18:40`) is read with the headers below, even
    /// when a comment form with full sentences follows the thread.
    /// Headers under their text with nothing to tell them apart but the
    /// replies: read as headers over their text, three commenters would
    /// answer themselves (`@Anna …` under `Anna Weber am …`).
    #[test]
    fn replies_to_oneself_put_the_headers_below() {
        let page = "Neuer Radweg an der Werra\n\nDer Kreis baut ab Mai einen Radweg. Die Arbeiten dauern bis zum Herbst.\n\n4 Kommentare\nEndlich, darauf warten wir seit Jahren.\nAnna Weber am 17.05.26 um 18:40 Uhr\n@Anna Weber Warten ist gut, bezahlen ist besser.\nTom Kurz am 17.05.26 um 19:05 Uhr\n@Tom Kurz Der Kreis zahlt doch.\nUlla_B am 17.05.26 um 19:30 Uhr\n@Ulla_B Aus unseren Steuern.\nTom Kurz am 17.05.26 um 19:48 Uhr\nZum Seitenanfang\nImpressum\n";
        let p = segmented(page);
        let got: Vec<(Option<&str>, &str)> = (p.comments.iter())
            .map(|c| (c.author.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("Anna Weber"),
                    "Endlich, darauf warten wir seit Jahren."
                ),
                (
                    Some("Tom Kurz"),
                    "@Anna Weber Warten ist gut, bezahlen ist besser."
                ),
                (Some("Ulla_B"), "@Tom Kurz Der Kreis zahlt doch."),
                (Some("Tom Kurz"), "@Ulla_B Aus unseren Steuern."),
            ]
        );
    }

    /// A social plugin's thread (name, text, action row with the stamp):
    /// the count of replies under a comment is no name on top of the
    /// next, a fan badge under the name is the header's, and the form's
    /// placeholder over the first comment is no part of it (`unseen21`).
    #[test]
    fn plugin_reply_counts_badges_and_the_form_above() {
        let page = "Weihnachtsmarkt wird kleiner\n\nStatt an drei Wochenenden findet der Markt nur noch an einem statt. Der Verein sieht keine andere Wahl.\n\n4 Kommentare\nSortieren nach\nEinen Kommentar hinzufügen …\nSandra Kühn\nSehr schade, aber nachvollziehbar.\nGefällt mir · Antworten · 21. November 2025 um 18:03\n2 Antworten\nJürgen Maier\nSandra Kühn sehe ich auch so.\nGefällt mir · Antworten · 21. November 2025 um 18:20\nManfred Stritt\nTop-Fan\n18.000 Euro für ein paar Betonklötze.\nGefällt mir · Antworten · 21. November 2025 um 18:10\nCarina Wehrle\nDie Auflagen gibt es nicht ohne Grund.\nGefällt mir · Antworten · 21. November 2025 um 19:02\n";
        let p = segmented(page);
        let at = |text: &str| page.lines().position(|l| l == text).expect("line");
        let got: Vec<(Option<&str>, &str)> = (p.comments.iter())
            .map(|c| (c.author.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Sandra Kühn"), "Sehr schade, aber nachvollziehbar."),
                (Some("Jürgen Maier"), "Sandra Kühn sehe ich auch so."),
                (
                    Some("Manfred Stritt"),
                    "18.000 Euro für ein paar Betonklötze."
                ),
                (
                    Some("Carina Wehrle"),
                    "Die Auflagen gibt es nicht ohne Grund."
                ),
            ]
        );
        assert_eq!(p.line_labels[at("Top-Fan")], LineLabel::CommentHeader);
        assert_eq!(
            p.line_labels[at("Einen Kommentar hinzufügen …")],
            LineLabel::Boilerplate
        );
        // A pick badge over the first name opens the thread with it.
        let picked = page.replace("\nSandra Kühn\n", "\n★ TOP-KOMMENTAR\nSandra Kühn\n");
        let p = segmented(&picked);
        let badge = picked
            .lines()
            .position(|l| l == "★ TOP-KOMMENTAR")
            .expect("line");
        assert_eq!(p.line_labels[badge], LineLabel::CommentHeader);
        assert_eq!(p.comments[0].text, "Sehr schade, aber nachvollziehbar.");
    }

    /// A radio's listener comments: name (with or without a place) and a
    /// relative time under the text, the section's counted heading and
    /// its moderation notice right above the first text.
    #[test]
    fn a_counted_heading_and_a_notice_open_no_comment() {
        let page = "Tempo 30 auf der Seestrasse\nDie Gemeinde stimmt im Juni ab. Der Kanton unterstützt das Projekt.\n\nEure Meinungen (3)\nKommentare werden vor der Veröffentlichung von der Redaktion geprüft. Bitte bleibt fair.\nEndlich! Ich wohne direkt an der Strasse.\nMonika Egli, Rüedikon · vor 3 Stunden\n👍 14   Antworten\nIsch doch e Seich. Eine Minute länger.\nRuedi_S · vor 5 Stunden\n👍 9   Antworten\n@Ruedi_S Genau, nur eine Minute.\nLea · vor 4 Stunden\n👍 21   Antworten\nMehr Meinungen laden\n";
        assert_comments(
            page,
            &[
                (
                    Some("Monika Egli"),
                    "Endlich! Ich wohne direkt an der Strasse.",
                ),
                (Some("Ruedi_S"), "Isch doch e Seich. Eine Minute länger."),
                (Some("Lea"), "@Ruedi_S Genau, nur eine Minute."),
            ],
        );
    }

    #[test]
    fn dash_signatures_sit_below_their_text() {
        let page = "Neuer Radweg an der Werra\n\nDer Kreis baut ab Mai einen Radweg. Die Arbeiten dauern bis zum Herbst.\n\nZUSCHAUERMEINUNGEN\n\nEndlich, darauf warten wir seit Jahren.\n— Anna Weber aus Soest · 17.05.2025 | 18:40\n\nHoffentlich wird er auch beleuchtet.\nSonst fährt im Winter keiner.\n— Tom Kurz aus Werl · 17.05.2025 | 19:05\n\nMeinung abgeben\nName*\n[ ] Ich habe die Netiquette gelesen und akzeptiere sie.\nDie Redaktion behält sich vor, Beiträge zu kürzen oder nicht zu veröffentlichen.\n";
        assert_comments(
            page,
            &[
                (
                    Some("Anna Weber aus Soest"),
                    "Endlich, darauf warten wir seit Jahren.",
                ),
                (
                    Some("Tom Kurz aus Werl"),
                    "Hoffentlich wird er auch beleuchtet.\nSonst fährt im Winter keiner.",
                ),
            ],
        );
    }

    /// `Name sagt:` over the text and the stamp under it, before the
    /// action row: the stamp line is the header's; a stamp under one
    /// comment of a page whose other comments end in text is not taken.
    #[test]
    fn stamps_under_the_text_join_a_header_without_one() {
        let page = "Lift wird abgebaut\n\nDer alte Sessellift auf der Alm geht nach dieser Saison außer Betrieb, sagt die Gemeinde.\n\n3 Beiträge\n\nSki-Andi sagt:\nSchade drum.\nIch bin da als Kind gefahren.\n11.03.2026, 08:41\nAntworten · Gefällt mir (6)\n\nMartina H. sagt:\n@Ski-Andi Die Schlepplifte bleiben ja.\n10.03.2026, 20:16\nAntworten · Gefällt mir (11)\n\nFerdl73 sagt:\nUnd wo lernen die Kinder Skifahren?\n10.03.2026, 20:03\nAntworten · Gefällt mir (5)\n";
        let p = segmented(page);
        let got: Vec<(Option<&str>, Option<&str>, &str)> = p
            .comments
            .iter()
            .map(|c| (c.author.as_deref(), c.posted.as_deref(), c.text.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("Ski-Andi"),
                    Some("2026-03-11T08:41"),
                    "Schade drum.\nIch bin da als Kind gefahren."
                ),
                (
                    Some("Martina H."),
                    Some("2026-03-10T20:16"),
                    "@Ski-Andi Die Schlepplifte bleiben ja."
                ),
                (
                    Some("Ferdl73"),
                    Some("2026-03-10T20:03"),
                    "Und wo lernen die Kinder Skifahren?"
                ),
            ]
        );
        let one = page
            .replace("10.03.2026, 20:16", "Stimmt.")
            .replace("10.03.2026, 20:03", "Eben.");
        let p = segmented(&one);
        let posted: Vec<Option<&str>> = p.comments.iter().map(|c| c.posted.as_deref()).collect();
        assert_eq!(posted, [None, None, None]);
    }

    /// Bare times under day dividers (`— Gestern —`, `— Heute —`) take the
    /// divider's day, counted from the latest date above the comments.
    #[test]
    fn bare_times_take_the_day_of_their_divider() {
        let page = "Fr., 12. Dezember 2025 · Wien 3 °C\n\nNeuer Radweg an der Wien\n\nDer Bezirk baut ab Mai einen Radweg. Die Arbeiten dauern bis zum Herbst.\n\nSTADTGESPRÄCH\n\n— Gestern —\n\nMelli_aus_Meidling  15:42\nDie U6 ist jetzt schon voll.\n❤ 24   Antworten\n\nHr. Novak  21:14\nUnd in Hütteldorf erst.\n❤ 17   Antworten\n\n— Heute —\n\nLukas W.  06:58\nStimmt so nicht ganz.\n❤ 3   Antworten\n";
        let p = segmented(page);
        let got: Vec<Option<&str>> = p.comments.iter().map(|c| c.posted.as_deref()).collect();
        assert_eq!(
            got,
            [
                Some("2025-12-11T15:42"),
                Some("2025-12-11T21:14"),
                Some("2025-12-12T06:58")
            ]
        );
    }

    /// Replies indented under their parent answer it; the thread
    /// starter's `OP` badge is not part of the name; letters signed under
    /// their text are comments even when the article's byline has the
    /// shape of a header.
    #[test]
    fn indented_replies_badges_and_signed_letters() {
        let seg = |page: &str| segmented(page);
        let page = "Neue Brücke für Quellbrück\n\nDie Stadt baut eine neue Brücke. Der Bau dauert fünf Jahre.\n\nKommentare\n\nStahlbetonfan · 98 Punkte · 03.03.2025 09:00\nDie Brücke ist von 1971.\n\n  frau_oelschlaeger · 41 Punkte · 03.03.2025 09:10\n  Geplant war sie wohl.\n\n    brueckenwaechter OP · 17 Punkte · 03.03.2025 09:20\n    Hast du einen Link?\n\npendler_b417 · 55 Punkte · 03.03.2025 09:30\nUnd der Bus?\n";
        let p = seg(page);
        let got: Vec<(Option<&str>, Option<&str>)> = p
            .comments
            .iter()
            .map(|c| (c.author.as_deref(), c.reply_to.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Stahlbetonfan"), None),
                (Some("frau_oelschlaeger"), Some("Stahlbetonfan")),
                (Some("brueckenwaechter"), Some("frau_oelschlaeger")),
                (Some("pendler_b417"), None),
            ]
        );
        let letters = "Leserbriefe zur Geburtsstation\n\nZusammengestellt von Hanna Reitmeier · 17.03.2025\n\nDie Station schließt. Wir veröffentlichen eine Auswahl der Briefe.\n\n„Ein Schlag ins Gesicht“\nIch habe 31 Jahre dort gearbeitet. Das macht mich fassungslos.\nHannelore Sieber, Mörlingen-Au\n\n„Qualität braucht Fallzahlen“\nSo bitter es ist: Die Klinik in Lauterhof ist sicherer.\nRainer Voss, Kirchbrück\n\nIhre Meinung ist gefragt\n";
        let p = seg(letters);
        let got: Vec<(Option<&str>, String)> = p
            .comments
            .iter()
            .map(|c| (c.author.as_deref(), c.title.chars().take(4).collect()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("Hannelore Sieber"), "„Ein".to_string()),
                (Some("Rainer Voss"), "„Qua".to_string())
            ]
        );
    }

    /// Signatures in brackets under the text (`(Hermine Kogler, 31.
    /// Jänner 2026, 19:40)`) close their comments; before, they were read
    /// as headers over the next comment (the `unseen13` district weekly,
    /// a development page since its first contact).
    #[test]
    fn bracketed_signatures_sit_below_their_text() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/data/pages/unseen13-feistritztaler-kindergarten.txt"
        );
        let page = std::fs::read(path).expect("the page is in data/pages");
        let p = crate::segment::segment_page(
            "k.txt",
            &page,
            &crate::segment::SegmentOptions::default(),
        )
        .expect("segments");
        let got: Vec<(Option<&str>, String)> = p
            .comments
            .iter()
            .map(|c| (c.author.as_deref(), c.title.chars().take(12).collect()))
            .collect();
        assert_eq!(got[0], (Some("Hermine Kogler"), "Endlich tut ".to_string()));
        assert_eq!(got[6], (Some("Anneliese Url"), "Wann genau i".to_string()));
        assert_eq!(got.len(), 7);
    }

    #[test]
    fn openers_agree_with_their_definition() {
        // Authors and first lines drawn from small sets, so that names
        // repeat, open lines with and without a boundary, and prefix each
        // other (`Anna`, `Anna B`).
        let names = [
            None,
            Some("Anna"),
            Some("Anna B"),
            Some("Tom"),
            Some("T"),
            Some("Ö_5"),
        ];
        let firsts = [
            "Anna hat recht",
            "Anna B, genau",
            "Annabel meint",
            "Tom: nein",
            "Tom",
            "T ist kurz",
            "Ö_5! ja",
            "Ganz anders",
            "",
        ];
        let mut state = 7u64;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 33) as usize % n
        };
        for _ in 0..200 {
            let len = 1 + next(12);
            let comments: Vec<Comment> = (0..len)
                .map(|_| Comment {
                    author: names[next(names.len())].map(str::to_string),
                    posted: None,
                    reply_to: None,
                    text: String::new(),
                    title: String::new(),
                })
                .collect();
            let bodies: Vec<Vec<&str>> = (0..len)
                .map(|_| match firsts[next(firsts.len())] {
                    "" => Vec::new(),
                    f => vec![f, "zweite Zeile"],
                })
                .collect();
            let fast = openers(&comments, &bodies);
            for me in 0..len {
                let first = bodies[me].first().copied().unwrap_or("");
                let own = comments[me].author.as_deref();
                assert_eq!(
                    fast[me],
                    opens_with_author(first, &comments[..me], own),
                    "{comments:?} {bodies:?} at {me}"
                );
            }
        }
    }

    #[test]
    fn initials_and_first_names_match() {
        let t = |s: &str| name_tokens(s);
        assert!(names_match(&t("J. Franke"), &t("Jürgen Franke")));
        assert!(names_match(&t("Horst"), &t("Horst Flügge")));
        assert!(!names_match(&t("J."), &t("Jürgen Franke")));
        assert!(!names_match(&t("K. Franke"), &t("Jürgen Franke")));
        assert!(names_match(&t("Lena"), &t("Lena_K")));
    }

    #[test]
    fn subjects_and_salutations_answer_authors() {
        let page = "Titel der Seite\n\nText des Artikels, lang genug für einen Absatz.\n\nForum\n\nBrücke zu teuer\nAnna_B, 22.11.2026 09:14\nDas Geld fehlt woanders.\nMelden\n\nRe: Brücke zu teuer\nTom K., 22.11.2026 09:40\nLiebe Anna, das zahlt doch das Land.\nMelden\n\nRe: Brücke zu teuer\nUte, 22.11.2026 10:02\nHallo Tom, woher weißt du das?\nMelden\n";
        let lines: Vec<&str> = page.lines().collect();
        let (labels, comments, _) = segment_lines(&lines, None, None, None);
        let who: Vec<(&str, Option<&str>, &str)> = comments
            .iter()
            .map(|c| {
                (
                    c.author.as_deref().unwrap_or(""),
                    c.reply_to.as_deref(),
                    c.title.as_str(),
                )
            })
            .collect();
        assert_eq!(
            who,
            vec![
                ("Anna_B", None, "Brücke zu teuer"),
                ("Tom K.", Some("Anna_B"), "Re: Brücke zu teuer"),
                ("Ute", Some("Tom K."), "Re: Brücke zu teuer"),
            ]
        );
        assert_eq!(labels[6], LineLabel::Comment);
        assert_eq!(labels[7], LineLabel::CommentHeader);
    }
}
