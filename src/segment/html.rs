//! HTML input: DOM → lines with structural hints (`crate::segment`, input side).
//!
//! The document is flattened into text lines at block boundaries. Each line
//! carries a [`Hint`]: inside an `<h1>`, a `<figcaption>`, site chrome
//! (`nav`, `footer`, `aside`, `form`, buttons, cookie or newsletter boxes),
//! a lead paragraph, and — most useful — which *comment item* it belongs to.
//! Comment items are repeated sibling blocks (same tag and classes) under a
//! `comment`/`kommentar`/`reply`-named container, or blocks named that way
//! themselves; inside them, author and date elements mark the header.

use std::collections::{BTreeMap, BTreeSet};

use super::dom::{Data, Dom, Element, ElementRef, NodeId, NodeRef};
use chrono::{Datelike, Timelike};

use super::dates::{DatePatterns, When};
use super::header;
use super::lines::is_post_number;

/// Structural hints for one extracted line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Hint {
    /// Inside `<h1>`.
    pub heading: bool,
    /// Inside `<figcaption>` or a caption-named block.
    pub caption: bool,
    /// Site chrome: navigation, footer, forms, buttons, banners.
    pub chrome: bool,
    /// Inside a lead/teaser-named block.
    pub lead: bool,
    /// The comment item the line belongs to (innermost), in page order.
    pub item: Option<usize>,
    /// The comment item that `item` is nested in (a reply's parent).
    pub parent: Option<usize>,
    /// Inside an author/date/meta element of a comment item.
    pub meta: bool,
    /// Inside an author/user-name element of a comment item.
    pub author: bool,
    /// Words `start..end` of the line that an author element holds, when
    /// the line has one: the name without the badge beside it
    /// (`Anna <span class="badge">Abonnentin</span>`).
    pub author_words: Option<(u16, u16)>,
    /// The machine-readable stamp of a `<time datetime=…>` in the line of
    /// a comment item, local time as printed (the offset dropped): what
    /// the item was posted when its text says `vor 8 Std.` or nothing.
    pub datetime: Option<When>,
    /// Words in the line's first text piece when other pieces follow it
    /// (`<span>Frerichs, Gunda</span> <span>Verifiziert</span>`), else 0:
    /// with hashed class names the element boundary is all that sets a
    /// name apart from a badge.
    pub lead_words: u16,
}

/// Whether text looks like an HTML document rather than plain text.
pub(crate) fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start();
    if !t.starts_with('<') {
        return false;
    }
    let head: String = t.chars().take(4096).collect::<String>().to_lowercase();
    [
        "<!doctype",
        "<html",
        "<body",
        "<div",
        "<p>",
        "<p ",
        "<article",
        "<head",
        "<section",
    ]
    .iter()
    .any(|k| head.contains(k))
}

const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "head", "iframe", "select", "textarea",
    "canvas", "object",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "article",
    "section",
    "header",
    "footer",
    "nav",
    "aside",
    "figure",
    "figcaption",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "dl",
    "dt",
    "dd",
    "form",
    "main",
    "body",
    "address",
    "hr",
    "br",
    "button",
    "label",
    "fieldset",
    "details",
    "summary",
];
const COMMENT_STEMS: &[&str] = &[
    "comment",
    "kommentar",
    "reply",
    "replies",
    "antwort",
    "posting",
    "leserbrief",
    "discussion",
    "diskussion",
    "thread",
    "forum",
];
const ITEM_CLASSES: &[&str] = &[
    "comment",
    "kommentar",
    "reply",
    "posting",
    "leserbrief",
    "comment-item",
    "comment-entry",
    "kommentar-item",
    "c-comment",
    "reply-item",
    "leserkommentar",
];
/// A forum thread's list of posts named as such (vBulletin's `ol#posts`,
/// MyBB's `div#posts`): whole names only, since `post` alone also names a
/// blog's article and `recent-posts` a sidebar.
const POST_LISTS: &[&str] = &["posts", "postlist"];
const CHROME_STEMS: &[&str] = &[
    "cookie",
    "consent",
    "newsletter",
    "paywall",
    "banner",
    "advert",
    "anzeige",
    "promo",
    "share",
    "social",
    "related",
    "similar",
    "navigation",
    "menu",
    "breadcrumb",
    "actions",
    "vote",
    "rating",
    "report",
    "toolbar",
    // Site-wide notes over the page (`alert-global-notice`).
    "global-notice",
    "subscribe",
    "abo-",
    // A post's topic tags (`post-tags`, `schlagworte`).
    "tags",
    "schlagw",
];
const META_STEMS: &[&str] = &[
    "author",
    "user",
    "name",
    "autor",
    "nick",
    "byline",
    "meta",
    "date",
    "time",
    "datum",
    "zeit",
    "header",
    "info",
    "verfasser",
    "kopf",
];
/// Names of a badge or role printed inside an author element.
const LEAD_STEMS: &[&str] = &[
    "lead",
    "teaser",
    "intro",
    "summary",
    "standfirst",
    "vorspann",
];
const BADGE_STEMS: &[&str] = &["badge", "rolle", "role", "rang", "rank", "flair", "label"];
const TEXT_STEMS: &[&str] = &[
    "body", "text", "content", "message", "inhalt", "quote", "zitat",
];

/// Class and id tokens of an element, lower-cased, and a custom
/// element's tag name: web components name their parts by tag
/// (`<comment-item>`, `<user-badge>`, `<relative-time>`), not by class.
fn names(el: &ElementRef<'_>) -> Vec<String> {
    let v = el.value();
    let mut out: Vec<String> = v.classes().map(str::to_lowercase).collect();
    if let Some(id) = v.id() {
        out.push(id.to_lowercase());
    }
    if v.name().contains('-') {
        out.push(v.name().to_lowercase());
    }
    out
}

/// Class names that hold a stem without meaning it: Drupal marks an
/// article shown on the front page `node-promoted` (no promotion box) and
/// its body field `text-with-summary` (no lead); forums prefix every class
/// of a post with `message-` (`message-name`, `message-userTitle`: meta,
/// not the message's text).
const FALSE_STEMS: &[(&str, &str)] = &[
    ("promo", "promoted"),
    ("summary", "with-summary"),
    ("message", "message-"),
];

/// Whether a class name holds a stem, unless only as part of one of the
/// [`FALSE_STEMS`].
fn has_stem(name: &str, stem: &str) -> bool {
    name.contains(stem)
        && !FALSE_STEMS
            .iter()
            .any(|&(s, word)| s == stem && name.contains(word))
}

fn any_stem(names: &[String], stems: &[&str]) -> bool {
    names.iter().any(|n| stems.iter().any(|s| has_stem(n, s)))
}

/// Tag and sorted classes of an element, e.g. `div.c-item.reply`, without
/// spacing and grid utilities (`mt-4`, `col-md-6`): CSS frameworks give a
/// nested reply `media mt-3` and a top-level comment `media mt-4`.
/// Classes that say where an element stands among its siblings, which
/// CMSs add to every list item (Contao's `comment_default first odd`).
const POSITION_CLASSES: &[&str] = &["odd", "even", "first", "last"];

/// A position class, or a zebra stripe's (`bg1`/`bg2` in phpBB, `alt1`/
/// `alt2` in vBulletin, `row1`/`row2`): a short word and the digit 1 to 3.
fn is_position_class(c: &str) -> bool {
    POSITION_CLASSES.contains(&c)
        || c.split_at_checked(c.len().saturating_sub(1))
            .is_some_and(|(word, digit)| {
                matches!(digit, "1" | "2" | "3")
                    && (2..=4).contains(&word.len())
                    && word.chars().all(|ch| ch.is_ascii_lowercase())
            })
}

fn signature(el: &ElementRef<'_>) -> String {
    let v = el.value();
    // A BEM modifier beside its block (`wz-c wz-c--reply`) marks a variant
    // of the same item, as a nested reply is.
    let modifier = |c: &str| {
        c.split_once("--")
            .is_some_and(|(block, _)| v.classes().any(|o| o == block))
    };
    let mut cls: Vec<&str> = v
        .classes()
        .filter(|c| !is_utility_class(c) && !modifier(c) && !is_depth_class(c))
        .collect();
    // Alone, a position class is all the markup says (JComments' `div.odd`).
    if cls.iter().any(|c| !is_position_class(c)) {
        cls.retain(|c| !is_position_class(c));
    }
    cls.sort_unstable();
    format!("{}.{}", v.name(), cls.join("."))
}

/// A class that says how deep a reply is nested (`dlg-level-2`,
/// `depth-3`, `ebene1`): the same item at another depth, as a BEM
/// modifier says.
fn is_depth_class(c: &str) -> bool {
    let stem = c.trim_end_matches(|ch: char| ch.is_ascii_digit());
    stem.len() < c.len()
        && ["level", "depth", "lvl", "ebene", "indent"]
            .iter()
            .any(|w| stem.trim_end_matches(['-', '_']).ends_with(w))
}

/// A spacing or grid utility class: short letter parts and a small number
/// (`mt-4`, `px-2`, `col-md-6`), not a hashed name (`css-1x2y3z`).
fn is_utility_class(c: &str) -> bool {
    let parts: Vec<&str> = c.split('-').collect();
    let Some((last, rest)) = parts.split_last() else {
        return false;
    };
    !rest.is_empty()
        && (1..=2).contains(&last.len())
        && last.chars().all(|ch| ch.is_ascii_digit())
        && rest
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.chars().all(|ch| ch.is_ascii_lowercase()))
}

/// Whether an element has text outside links and buttons.
fn has_own_text(el: &ElementRef<'_>) -> bool {
    el.descendants().any(|n| {
        n.value().as_text().is_some_and(|t| !t.trim().is_empty())
            && !n.ancestors().take_while(|a| a.id() != el.id()).any(|a| {
                a.value()
                    .as_element()
                    .is_some_and(|e| matches!(e.name(), "a" | "button"))
            })
    })
}

/// Extracts lines and their hints from an HTML document.
pub(crate) fn extract(text: &str) -> (Vec<String>, Vec<Hint>) {
    let doc = Dom::parse(text);
    let root = doc.root_element();
    let dp = DatePatterns::new();
    let mut items = named_items(root, &dp);
    add_variant_siblings(&mut items, root, &dp);
    drop_text_parts(&mut items, root);
    split_threads(&mut items, root);
    if items.is_empty() {
        items = repeated_items(root, &dp);
    }
    let descriptions = described_terms(&mut items, root);
    let mut item_index: BTreeMap<NodeId, usize> = root
        .descendent_elements()
        .filter(|el| items.contains(&el.id()))
        .enumerate()
        .map(|(k, el)| (el.id(), k))
        .collect();
    for (dd, dt) in descriptions {
        if let Some(&k) = item_index.get(&dt) {
            item_index.insert(dd, k);
        }
    }
    flatten(root, &item_index, &dp)
}

/// A thread as a description list (`<dt class="comment-head">` with name
/// and stamp, `<dd class="comment-body">` with the text): each term and
/// the descriptions after it are one comment. The `<dd>`s leave the items
/// and are returned with their term, to share its item.
fn described_terms(items: &mut BTreeSet<NodeId>, root: ElementRef<'_>) -> Vec<(NodeId, NodeId)> {
    let mut pairs = Vec::new();
    for dt in root
        .descendent_elements()
        .filter(|e| e.value().name() == "dt" && items.contains(&e.id()))
    {
        let mut next = dt.node();
        while let Some(sib) = next.next_sibling() {
            next = sib;
            let Some(e) = ElementRef::wrap(sib) else {
                continue;
            };
            if e.value().name() != "dd" {
                break;
            }
            pairs.push((e.id(), dt.id()));
        }
    }
    for (dd, _) in &pairs {
        items.remove(dd);
    }
    pairs
}

/// Comment items found by their names: blocks classed `comment` (and the
/// like), and repeated sibling blocks (same tag and classes) under a
/// container or siblings named that way.
fn named_items(root: ElementRef<'_>, dp: &DatePatterns) -> BTreeSet<NodeId> {
    let mut items = BTreeSet::new();
    // Tag and classes of items found as repeated siblings: a lone reply
    // nested in its parent comment has the same markup.
    let mut item_sigs: BTreeSet<String> = BTreeSet::new();
    // A bare signature's list and the signature: a reply nested inside one
    // of its items (Talkyard's bare `<li>` in a `dw-singlereplies` list)
    // is an item when it reads like a comment.
    let mut bare_lists: Vec<(String, ElementRef<'_>)> = Vec::new();
    for el in std::iter::once(root).chain(root.descendent_elements()) {
        let own = names(&el);
        if classed_item(&el, &own) {
            items.insert(el.id());
        }
        let parent_named = any_stem(&own, COMMENT_STEMS)
            || own.iter().any(|n| POST_LISTS.contains(&n.as_str()))
            || el
                .parent()
                .and_then(ElementRef::wrap)
                .is_some_and(|p| any_stem(&names(&p), COMMENT_STEMS));
        // Repeated blocks inside a comment (its author and date `<div>`s)
        // are parts of that comment, not comments, unless they share a
        // comment's markup (nested replies).
        let inside_item = el
            .ancestors()
            .chain(std::iter::once(el.node()))
            .any(|a| items.contains(&a.id()));
        for (sig, members) in sibling_groups(&el) {
            let parent_says = parent_named && !any_stem(&own, CHROME_STEMS);
            if named_group(&members, parent_says, dp) && (!inside_item || item_sigs.contains(&sig))
            {
                items.extend(members.iter().map(|m| m.id()));
                // Only a signature with classes (or a custom tag) marks
                // items elsewhere: with utility classes left out (`py-5`),
                // a bare `div` would take in bylines and sidebar boxes.
                // A custom element's tag is as specific as a class.
                if !sig.ends_with('.') || sig.split('.').next().is_some_and(|t| t.contains('-')) {
                    item_sigs.insert(sig);
                } else {
                    bare_lists.push((sig, el));
                }
            }
        }
    }
    if !item_sigs.is_empty() {
        for el in root.descendent_elements() {
            if item_sigs.iter().any(|sig| extends(&el, sig)) && has_own_text(&el) {
                items.insert(el.id());
            }
        }
    }
    for (sig, list) in bare_lists {
        for el in list.descendent_elements() {
            if !items.contains(&el.id()) && signature(&el) == sig && nested_like(&el, dp) {
                items.insert(el.id());
            }
        }
    }
    items
}

/// An element whose class names it a comment (`comment`, `post`) and that
/// holds text of its own. A `reply` link box inside a comment is named
/// like an item but holds only its link, and a `reply` button is no
/// comment either.
fn classed_item(el: &ElementRef<'_>, own: &[String]) -> bool {
    (own.iter().any(|n| ITEM_CLASSES.contains(&n.as_str())) || typed_comment(el))
        && has_own_text(el)
        && !matches!(
            el.value().name(),
            "button" | "a" | "label" | "input" | "option"
        )
}

/// An avatar drawn as letters (`<div class="kt-item__avatar">RM</div>`
/// before `Resi Mayrhofer`, or hidden from screen readers under a hashed
/// class): a picture, no line of the comment. An element named for the
/// avatar that holds more (the name beside it) stays.
fn letters_avatar(el: &ElementRef<'_>, own: &[String]) -> bool {
    let hidden = el.value().attr("aria-hidden") == Some("true");
    if !hidden && !any_stem(own, &["avatar"]) {
        return false;
    }
    // Avatar letters are three characters at most: a hidden menu or icon
    // set is turned away without reading all its text.
    let mut text = String::new();
    let mut shown = 0;
    for t in el.text() {
        shown += t.chars().filter(|c| !c.is_whitespace()).count();
        if shown > 3 {
            return false;
        }
        text.push_str(t);
    }
    header::is_avatar_letters(&text)
}

/// Whether schema.org microdata types the element a comment
/// (`itemtype="https://schema.org/Comment"`), whatever its classes say.
fn typed_comment(el: &ElementRef<'_>) -> bool {
    el.value()
        .attr("itemtype")
        .is_some_and(|t| t.ends_with("schema.org/Comment"))
}

/// Whether a group of repeated siblings are comments by their names:
/// each named for comments, or `parent_says` so (the parent is named for
/// comments and is no chrome) and one of them reads like a comment. A
/// widget's frame named for the thread (Disqus' `#disqus_thread`) holds its
/// navigation and footer as bare `div`s, hence the reading; a list of
/// other threads under the posts (vBulletin's `ol.similarthreads`) is
/// named for threads too and is chrome. Blocks named for metadata (a
/// comment's author or date box) are none.
fn named_group(members: &[ElementRef<'_>], parent_says: bool, dp: &DatePatterns) -> bool {
    let members_named = members.iter().all(|m| any_stem(&names(m), COMMENT_STEMS));
    let named =
        members_named || (parent_says && members.iter().any(|m| reads_like_comment(m, dp, 12)));
    let meta_named = members
        .iter()
        .any(|m| any_stem(&names(m), META_STEMS) && !any_stem(&names(m), COMMENT_STEMS));
    named && members.iter().all(blocky) && !meta_named
}

/// Drops items inside another item that carry no header of their own: a
/// comment's text box classed `comment` (Contao's `comment_default` holds
/// the header and a `div.comment` with the text). A nested reply has its
/// author or date, and stays.
fn drop_text_parts(items: &mut BTreeSet<NodeId>, root: ElementRef<'_>) {
    let parts: Vec<NodeId> = root
        .descendent_elements()
        .filter(|el| items.contains(&el.id()))
        .filter(|el| el.ancestors().any(|a| items.contains(&a.id())))
        .filter(|el| {
            !std::iter::once(*el)
                .chain(el.descendent_elements())
                .any(|d| {
                    d.value().name() == "time"
                        || author_named(&d)
                        || any_stem(&names(&d), META_STEMS)
                })
        })
        .map(|el| el.id())
        .collect();
    for id in parts {
        items.remove(&id);
    }
}

/// Replaces an item that holds a whole thread by the thread's comments.
/// A commenting widget may wrap each top-level comment and its replies in
/// one block named like a comment (Coral's `coral-comment-thread` around
/// `coral-comment` containers), and the repeated wrappers are found first.
/// Such an item holds several author elements outside the items already
/// inside it; each author's comment is the nearest block above the name
/// that is named like a comment and holds text besides its header. Two or
/// more of those make the wrapper a thread: the comments become the items
/// (a reply nested in its parent's block stays nested) and the wrapper
/// none.
fn split_threads(items: &mut BTreeSet<NodeId>, root: ElementRef<'_>) {
    let mut add = Vec::new();
    let mut drop = Vec::new();
    // Many names share a list above them; whether it is a comment's block
    // is read once (a list of thousands of short comments was quadratic).
    let mut text_memo: BTreeMap<NodeId, bool> = BTreeMap::new();
    for item in root
        .descendent_elements()
        .filter(|e| items.contains(&e.id()))
    {
        let inner_item = |n: &NodeRef<'_>| {
            n.ancestors()
                .take_while(|a| a.id() != item.id())
                .any(|a| items.contains(&a.id()))
        };
        let comments: BTreeSet<NodeId> = item
            .descendent_elements()
            .skip(1)
            .filter(|d| author_named(d) && !inner_item(&d.node()))
            .filter_map(|a| {
                a.ancestors()
                    .take_while(|n| n.id() != item.id())
                    .filter_map(ElementRef::wrap)
                    .find(|e| {
                        *text_memo.entry(e.id()).or_insert_with(|| {
                            any_stem(&names(e), COMMENT_STEMS) && blocky(e) && holds_text(e)
                        })
                    })
                    .map(|e| e.id())
            })
            .collect();
        if comments.len() >= 2 {
            add.extend(comments);
            drop.push(item.id());
        }
    }
    for id in drop {
        items.remove(&id);
    }
    items.extend(add);
}

/// Whether an element holds text of its own beyond a header: a piece of
/// 15 characters or more outside author, time, meta, link and button
/// elements.
fn holds_text(el: &ElementRef<'_>) -> bool {
    el.descendants().any(|n| {
        n.value()
            .as_text()
            .is_some_and(|t| t.trim().chars().count() >= 15)
            && !n
                .ancestors()
                .take_while(|a| a.id() != el.id())
                .filter_map(ElementRef::wrap)
                .any(|a| {
                    matches!(a.value().name(), "a" | "button" | "time")
                        || author_named(&a)
                        || any_stem(&names(&a), META_STEMS)
                })
    })
}

/// Adds the siblings of items that share their tag and a class and read
/// like a comment: the first post of a thread or a Q&A page's question
/// (`post frage` beside `post antwort`) is marked apart from the rest.
fn add_variant_siblings(items: &mut BTreeSet<NodeId>, root: ElementRef<'_>, dp: &DatePatterns) {
    let found: Vec<ElementRef<'_>> = root
        .descendent_elements()
        .filter(|el| items.contains(&el.id()))
        .collect();
    // Each list once, however many items it holds: its first item speaks
    // for the rest.
    let mut lists = BTreeSet::new();
    for item in found {
        let Some(parent) = item.parent().and_then(ElementRef::wrap) else {
            continue;
        };
        if !lists.insert(parent.id()) {
            continue;
        }
        let shared = |el: &ElementRef<'_>| {
            el.value().name() == item.value().name()
                && el
                    .value()
                    .classes()
                    .any(|c| !is_utility_class(c) && item.value().classes().any(|o| o == c))
        };
        for sib in parent.child_elements() {
            // The user card may follow the text here, as on the items.
            if !items.contains(&sib.id())
                && shared(&sib)
                && blocky(&sib)
                && reads_like_comment(&sib, dp, 12)
            {
                items.insert(sib.id());
            }
        }
    }
}

/// Whether `el` has the tag and every class of the signature `sig`,
/// perhaps with more classes: a state added to one item of a list (`post
/// antwort akzeptiert` among `post antwort`).
fn extends(el: &ElementRef<'_>, sig: &str) -> bool {
    let own = signature(el);
    if own == sig {
        return true;
    }
    let (tag, classes) = sig.split_once('.').unwrap_or((sig, ""));
    let v = el.value();
    v.name() == tag
        && !classes.is_empty()
        && classes.split('.').all(|c| v.classes().any(|o| o == c))
}

/// Children of `el` grouped by [`signature`], groups of two or more only.
fn sibling_groups<'a>(el: &ElementRef<'a>) -> Vec<(String, Vec<ElementRef<'a>>)> {
    let mut groups: BTreeMap<String, Vec<ElementRef<'a>>> = BTreeMap::new();
    for child in el.child_elements() {
        groups.entry(signature(&child)).or_default().push(child);
    }
    groups.into_iter().filter(|(_, m)| m.len() >= 2).collect()
}

/// A block element with some text: what a comment item can be.
fn blocky(m: &ElementRef<'_>) -> bool {
    !matches!(
        m.value().name(),
        "span"
            | "a"
            | "b"
            | "i"
            | "em"
            | "strong"
            | "time"
            | "p"
            | "br"
            | "button"
            | "label"
            | "input"
            | "img"
            | "option"
    ) && m.text().map(|t| t.trim().chars().count()).sum::<usize>() >= 10
}

/// Fewest repeated siblings that make a comment list without any name
/// saying so.
const MIN_UNNAMED_ITEMS: usize = 3;

/// Comment items found by repetition alone, whatever the class names
/// (hashed, or none: table rows): the largest group of three or more
/// sibling blocks with the same tag and classes in which every block reads
/// like a comment (see [`comment_like`]). Nested replies of the same
/// markup are items too.
fn repeated_items(root: ElementRef<'_>, dp: &DatePatterns) -> BTreeSet<NodeId> {
    let mut best: Option<(String, Vec<NodeId>, ElementRef<'_>)> = None;
    for el in std::iter::once(root).chain(root.descendent_elements()) {
        for (sig, members) in sibling_groups(&el) {
            if members.len() < MIN_UNNAMED_ITEMS
                || best
                    .as_ref()
                    .is_some_and(|(_, b, _)| b.len() >= members.len())
                || any_stem(&names(&members[0]), CHROME_STEMS)
            {
                continue;
            }
            // A deleted comment's placeholder (`Dieser Kommentar wurde
            // entfernt`) or a comment too short to read like one keeps the
            // list's markup: one in four members may be such. They stay
            // items; one with neither author nor stamp is dropped later
            // (`thread::drop_anonymous`).
            let like = members
                .iter()
                .filter(|m| blocky(m) && comment_like(m, dp))
                .count();
            if like < MIN_UNNAMED_ITEMS
                || 4 * like < 3 * members.len()
                || !members.iter().all(blocky)
            {
                continue;
            }
            best = Some((sig, members.iter().map(|m| m.id()).collect(), el));
        }
    }
    let Some((sig, members, list)) = best else {
        return BTreeSet::new();
    };
    let mut items: BTreeSet<NodeId> = members.into_iter().collect();
    // Nested replies sit inside the list; a block of the same markup
    // elsewhere (a byline or a sidebar box, when utility classes leave a
    // bare `div` as the signature) is not a comment.
    // A staff member's post carries its classes and more (`topic-post
    // staff moderator`).
    for el in list.descendent_elements() {
        if extends(&el, &sig) && nested_like(&el, dp) {
            items.insert(el.id());
        }
    }
    items
}

/// Whether a block reads like a comment: among its first text pieces a
/// short one with a date or time stamp and a short name-like one (or one
/// piece with both), and a piece of running text (four words or more)
/// apart from those.
fn comment_like(el: &ElementRef<'_>, dp: &DatePatterns) -> bool {
    reads_like_comment(el, dp, 4)
}

/// Whether a block inside a comment list, with the markup of its items,
/// reads like a reply: as [`comment_like`], with the stamp allowed further
/// down the header (`Weserbergland-Kurier` / `Mod` / `Tom Bergmann` / `•`
/// / `vor 18 Stunden`: a staff badge and the answered name before it).
fn nested_like(el: &ElementRef<'_>, dp: &DatePatterns) -> bool {
    reads_like_comment(el, dp, 6)
}

/// How many elements of a block, from its start, are searched for a
/// machine-readable moment: a header's, not one in a quote further down.
const MOMENT_SCAN: usize = 40;

/// [`comment_like`] with the name and stamp looked for among the first
/// `head` text pieces (of twelve).
fn reads_like_comment(el: &ElementRef<'_>, dp: &DatePatterns, head: usize) -> bool {
    // An avatar's letters and a post's number (`RM`, `#2` before `Resi
    // Mayrhofer`, a badge and the stamp) take no place in the head.
    let pieces: Vec<&str> = el
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && !header::is_avatar_letters(t) && !is_post_number(t))
        .take(12)
        .collect();
    let head = &pieces[..pieces.len().min(head)];
    let short = |t: &&&str| t.chars().count() <= 80;
    // Forums print `1 T.` or `3. Feb.` and keep the moment in a tooltip or
    // a `<time datetime>`, as [`moment`] reads it.
    let stamp = head.iter().filter(short).any(|t| dp.find(t).is_some())
        || el
            .descendent_elements()
            .take(MOMENT_SCAN)
            .any(|d| moment(d.value(), dp).is_some());
    let name = head.iter().filter(short).any(|t| {
        header::shape(t, dp).is_some_and(|s| s.header_like || s.name_only || s.name.is_some())
    });
    let text = pieces
        .iter()
        .any(|t| t.split_whitespace().count() >= 4 && !(short(&t) && dp.find(t).is_some()));
    stamp && name && text
}

/// Longest text (bytes) of an inline element read as a reply line (see
/// [`LineBuf::reply_span_ends`]): `↳ Antwort an` and a name of a few words.
const REPLY_SPAN_MAX: usize = 160;

/// The line being collected by [`flatten`], with what its elements said
/// beyond their text.
#[derive(Default)]
struct LineBuf {
    text: String,
    hint: Hint,
    author_words: Option<(u16, u16)>,
    /// Words before the first badge inside an author element
    /// (`Timo Hagedorn <span class="badge">Moderation</span>`).
    badge_at: Option<u16>,
    datetime: Option<When>,
    lead_words: u16,
    /// Lines begun so far: an offset into `text` taken before the last
    /// flush points into another line's text (and maybe inside a
    /// character of it).
    flushes: u32,
}

/// Where an element's text starts: the line buffer's flush count and the
/// byte offset into its text at that time.
type TextFrom = (u32, usize);

impl LineBuf {
    /// Words so far, as the flushed line will count them.
    fn words(&self) -> u16 {
        u16::try_from(self.text.split_whitespace().count()).unwrap_or(u16::MAX)
    }

    fn push_text(&mut self, t: &str, hint: Hint) {
        let first = self.text.trim().is_empty() && !t.trim().is_empty();
        if first {
            self.hint = hint;
        }
        self.text.push_str(t);
        if first {
            self.lead_words = self.words();
        }
    }

    /// Ends the line (if it has any text) and starts an empty one.
    fn flush(&mut self, lines: &mut Vec<String>, hints: &mut Vec<Hint>) {
        let line = self.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if !line.is_empty() {
            let whole = self.words() == self.lead_words;
            lines.push(line);
            hints.push(Hint {
                author_words: self.author_words,
                datetime: self.datetime,
                lead_words: if whole { 0 } else { self.lead_words },
                ..self.hint
            });
        }
        self.text.clear();
        self.hint = Hint::default();
        self.author_words = None;
        self.badge_at = None;
        self.datetime = None;
        self.lead_words = 0;
        self.flushes = self.flushes.wrapping_add(1);
    }

    /// Where text pushed from now on starts.
    fn text_from(&self) -> TextFrom {
        (self.flushes, self.text.len())
    }
}

impl LineBuf {
    /// Leaving an element that began at `author_from` (line and word): the
    /// innermost author element of the line names the author; one that
    /// spans lines names nothing.
    /// Whether the inline element whose text starts at `from` opens the
    /// line and only says whom the comment answers (`<span>↳ Antwort an
    /// Dieter Schwalb</span><span>Nadine_K</span>`): it is a line of its
    /// own, as a text page prints it, so the name after it is read as the
    /// author and not as the rest of the answered name.
    /// An element whose text began in an earlier line spans a line break:
    /// no reply span.
    fn reply_span_ends(&self, (flushes, from): TextFrom) -> bool {
        if flushes != self.flushes || from > self.text.len() {
            return false;
        }
        let (before, own) = self.text.split_at(from);
        let own = own.trim();
        // A reply line is short; the length check keeps nested inline
        // elements around a long text from reading it once per level.
        before.trim().is_empty()
            && own.len() <= REPLY_SPAN_MAX
            && !own.starts_with('@')
            && header::reply_line(own).is_some()
    }

    /// Leaving an element: its author words, and the end of the line
    /// after a reply span (see [`Self::reply_span_ends`]).
    fn leave(
        &mut self,
        author_from: Option<(usize, u16)>,
        text_from: TextFrom,
        block: bool,
        lines: &mut Vec<String>,
        hints: &mut Vec<Hint>,
    ) {
        self.leave_author(author_from, lines.len());
        if !block && self.reply_span_ends(text_from) {
            self.flush(lines, hints);
        }
    }

    fn leave_author(&mut self, author_from: Option<(usize, u16)>, line_count: usize) {
        let Some((line, from)) = author_from else {
            return;
        };
        let to = self.badge_at.filter(|&b| b > from).unwrap_or(self.words());
        if line == line_count && to > from && self.author_words.is_none() {
            self.author_words = Some((from, to));
        }
    }
}

/// The hint of an element entered under `hint`, and the item it starts
/// (kept in `last_item`). Drupal prints a comment's replies in an
/// `indented` block right after it, not inside it (repeated, the blocks
/// pass for items themselves), Giscus in a `gsc-replies` block: they
/// answer the comment before.
fn entered_hint(
    el: &ElementRef<'_>,
    hint: Hint,
    item_index: &BTreeMap<NodeId, usize>,
    last_item: &mut Option<usize>,
) -> Hint {
    let mut h = element_hint(el, hint, item_index);
    // Giscus too, outside any item: a `gsc-replies` block after a comment
    // holds that comment's replies.
    let indented = last_item.is_some()
        && (el.value().classes().any(|c| c == "indented")
            || (hint.item.is_none() && any_stem(&names(el), &["replies"])));
    if indented {
        h.item = *last_item;
    } else if let Some(&k) = item_index.get(&el.id()) {
        *last_item = Some(k);
    }
    h
}

/// A step of [`flatten`]'s walk: entering a node, or leaving an element
/// (with the line count and word count where an author element began).
#[derive(Clone, Copy)]
enum Step {
    /// `glued`: the node is an element right after another element, no
    /// text between (see [`push_children`]).
    Enter { glued: bool },
    Leave {
        author_from: Option<(usize, u16)>,
        /// Where the element's text starts in the line buffer.
        text_from: TextFrom,
    },
}

/// Puts `node`'s children on the walk's stack, the first on top; an
/// element right after another element is marked `glued`: a template
/// that prints `<span>Anna</span><time>…` with no space between (JSX
/// drops it) shows two pieces, whatever CSS spaces them with.
fn push_children<'a>(stack: &mut Vec<(NodeRef<'a>, Hint, Step)>, node: NodeRef<'a>, hint: Hint) {
    let mut steps: Vec<_> = Vec::new();
    let mut prev_element = false;
    for c in node.children() {
        let element = matches!(c.value(), Data::Element(_));
        steps.push((
            c,
            hint,
            Step::Enter {
                glued: element && prev_element,
            },
        ));
        prev_element = element;
    }
    stack.extend(steps.into_iter().rev());
}

/// Pass 2: the document flattened into lines at block boundaries, each
/// with its hint. An explicit stack: deep documents must not overflow.
fn flatten(
    root: ElementRef<'_>,
    item_index: &BTreeMap<NodeId, usize>,
    dp: &DatePatterns,
) -> (Vec<String>, Vec<Hint>) {
    let mut lines: Vec<String> = Vec::new();
    let mut hints: Vec<Hint> = Vec::new();
    let mut buf = LineBuf::default();
    let mut last_item: Option<usize> = None;
    let mut stack = vec![(root.node(), Hint::default(), Step::Enter { glued: false })];
    while let Some((node, hint, step)) = stack.pop() {
        match node.value() {
            Data::Text(t) => buf.push_text(t, hint),
            Data::Element(e) => {
                let name = e.name();
                if SKIP.contains(&name) {
                    continue;
                }
                let block = BLOCK.contains(&name) || quote_cite(node, name);
                if let Step::Leave {
                    author_from,
                    text_from,
                } = step
                {
                    buf.leave(author_from, text_from, block, &mut lines, &mut hints);
                }
                if block {
                    buf.flush(&mut lines, &mut hints);
                } else if hint.item.is_some() && hint.meta {
                    // Author and date spans often touch without a space
                    // (`<b>Anna</b><time>…`); keep their words apart.
                    buf.text.push(' ');
                }
                let Step::Enter { glued } = step else {
                    continue;
                };
                let Some(el) = ElementRef::wrap(node) else {
                    continue;
                };
                let h = entered_hint(&el, hint, item_index, &mut last_item);
                if h.item.is_some() {
                    if buf.datetime.is_none() {
                        buf.datetime = moment(el.value(), dp);
                    }
                    if !block && h.meta {
                        buf.text.push(' ');
                    }
                }
                // Nor do spans printed by a template with no space between
                // them (JSX drops it): `<span>Anna</span><time>`, in a
                // comment or a header no item was found for.
                if !block && glued && !buf.text.ends_with(' ') {
                    buf.text.push(' ');
                }
                if hint.author && buf.badge_at.is_none() && any_stem(&names(&el), BADGE_STEMS) {
                    buf.badge_at = Some(buf.words());
                }
                let author_from =
                    (h.author && author_named(&el)).then(|| (lines.len(), buf.words()));
                let leave = Step::Leave {
                    author_from,
                    text_from: buf.text_from(),
                };
                stack.push((node, h, leave));
                push_children(&mut stack, node, h);
            }
            _ => {
                if let Step::Enter { .. } = step {
                    push_children(&mut stack, node, hint);
                }
            }
        }
    }
    buf.flush(&mut lines, &mut hints);
    (lines, hints)
}

/// Whether an element is the attribution of a quote (`<blockquote><cite>
/// Sabine_M hat geschrieben:</cite>…`, as forums print a quoted post): a
/// line of the quoting comment's text, not its header, which a `<cite>`
/// elsewhere is (WordPress' `<cite class="fn">`).
fn quote_cite(node: NodeRef<'_>, name: &str) -> bool {
    name == "cite"
        && node.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| e.name() == "blockquote")
        })
}

/// The moment an element of a comment item gives beside its text: a
/// `<time datetime=…>` (or a custom element's, `<relative-time>`), or a date in a `title` tooltip (`<span
/// title="16.06.2025, 07:30">2 days ago</span>`).
fn moment(e: Element<'_>, dp: &DatePatterns) -> Option<When> {
    // `<relative-time datetime=…>` (GitHub's web component) too.
    if e.name() == "time" || e.name().contains('-') {
        if let Some(w) = e.attr("datetime").and_then(parse_datetime) {
            return Some(w);
        }
    }
    let title = e.attr("title")?;
    if let Some(w) = js_date(title) {
        return Some(w);
    }
    let when = dp.find(title)?.when;
    matches!(when, When::Absolute { year: Some(_), .. }).then_some(when)
}

/// A moment as JavaScript's `Date.toString()` prints it, which widgets put
/// into tooltips: `Fri Feb 20 2026 18:40:12 GMT+0100 (Mitteleuropäische
/// Normalzeit)`, local time as printed.
fn js_date(v: &str) -> Option<When> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let w: Vec<&str> = v.split_whitespace().take(6).collect();
    let [_, month, day, year, time, zone] = w[..] else {
        return None;
    };
    if !zone.starts_with("GMT") {
        return None;
    }
    let month = MONTHS.iter().position(|m| month.eq_ignore_ascii_case(m))? as u32 + 1;
    let day: u32 = day.parse().ok()?;
    let year: i32 = year.parse().ok()?;
    let (h, rest) = time.split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, rest.get(..2)?.parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(year, month, day)?.and_hms_opt(h, m, 0)?;
    Some(When::Absolute {
        year: Some(year),
        month,
        day,
        time: Some((h, m)),
    })
}

/// The local time a `datetime` attribute gives: `2026-10-08` or
/// `2026-10-08T06:12:44+02:00` as printed (seconds and offset dropped: the
/// page's readers saw that clock time), but a stamp in UTC (`…T06:12:44Z`,
/// `+00:00`), which commenting widgets store and turn into the reader's
/// clock in the browser, in Central European time, the clock of a
/// German-language site's readers.
fn parse_datetime(v: &str) -> Option<When> {
    let v = v.trim();
    let date = chrono::NaiveDate::parse_from_str(v.get(..10)?, "%Y-%m-%d").ok()?;
    let time = v
        .get(10..16)
        .filter(|t| t.starts_with(['T', ' ']))
        .and_then(|t| chrono::NaiveTime::parse_from_str(&t[1..], "%H:%M").ok());
    let utc = time.is_some()
        && (v.ends_with(['Z', 'z'])
            || ["+00:00", "+0000", "-00:00"].iter().any(|z| v.ends_with(z)));
    let local = match time {
        Some(t) if utc => central_european(date.and_time(t)),
        Some(t) => date.and_time(t),
        None => date.and_time(chrono::NaiveTime::MIN),
    };
    Some(When::Absolute {
        year: Some(local.year()),
        month: local.month(),
        day: local.day(),
        time: time.map(|_| (local.hour(), local.minute())),
    })
}

/// A UTC moment on the clocks of Germany, Austria and Switzerland: UTC+2
/// from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
/// Sunday of October (the EU rule since 1996), UTC+1 otherwise.
fn central_european(utc: chrono::NaiveDateTime) -> chrono::NaiveDateTime {
    let last_sunday = |month: u32| {
        let last = chrono::NaiveDate::from_ymd_opt(utc.year(), month, 31)?;
        let back = last.weekday().num_days_from_sunday();
        (last - chrono::Days::new(back.into())).and_hms_opt(1, 0, 0)
    };
    let summer = match (last_sunday(3), last_sunday(10)) {
        (Some(from), Some(to)) => utc >= from && utc < to,
        _ => false,
    };
    utc + chrono::TimeDelta::hours(if summer { 2 } else { 1 })
}

/// Whether an element itself names a comment's author: classes such as
/// `author`/`username`, or schema.org microdata `itemprop="author"`.
fn author_named(el: &ElementRef<'_>) -> bool {
    let own = names(el);
    let itemprop = el.value().attr("itemprop").unwrap_or("");
    // A badge beside the name says it is the article's author
    // (`comentario-badge-author`): a badge, not the name.
    // A mention in the text (`<a class="user-mention">@m-kruse</a>`) names
    // someone else.
    // SMF's `div.poster` holds the name and the user card (`poster_ip`
    // in it is no name): the whole class only. So does hCard's `fn`
    // (WordPress' `<b class="fn">` inside `div.comment-author`, where a
    // theme may put a badge before it).
    ((any_stem(
        &own,
        &["author", "user", "autor", "nick", "name", "verfasser"],
    ) || own.iter().any(|n| n == "poster" || n == "fn"))
        && !any_stem(&own, &["date", "time", "datum", "zeit", "mention"])
        && !any_stem(&own, BADGE_STEMS))
        || itemprop
            .split_whitespace()
            .any(|p| matches!(p, "author" | "creator"))
}

/// The hint in force inside element `el`, given the hint around it.
fn element_hint(el: &ElementRef<'_>, hint: Hint, item_index: &BTreeMap<NodeId, usize>) -> Hint {
    let name = el.value().name();
    // Classes on `<body>` describe the page, not a box in it (`single-post
    // category-verkehr tags-hauptstrasse`): no chrome, lead or caption.
    let own = if matches!(name, "html" | "body") {
        Vec::new()
    } else {
        names(el)
    };
    let mut h = hint;
    let is_item = item_index.contains_key(&el.id());
    if let Some(&k) = item_index.get(&el.id()) {
        h.parent = h.item;
        h.item = Some(k);
        h.meta = false;
        h.author = false;
        h.chrome = false;
    }
    h.heading |= name == "h1";
    h.caption |= name == "figcaption" || any_stem(&own, &["caption", "bildunterschrift"]);
    // A forum quotes another post in an `<aside class="quote">` inside the
    // comment: text of the comment, not a sidebar.
    let quote_box = name == "aside" && h.item.is_some() && any_stem(&own, &["quote", "zitat"]);
    // ASP.NET WebForms wraps the whole page in one `<form>`: a form that
    // holds the page's title is no comment or search form.
    let page_form = name == "form"
        && el
            .descendent_elements()
            .any(|d| matches!(d.value().name(), "h1" | "article"));
    let chrome_tag = matches!(name, "nav" | "aside" | "form" | "button" | "label") && !quote_box && !page_form
            || (name == "footer" && h.item.is_none())
            // A link that acts as a button (`Zum Vergrößern anklicken…`).
            || el.value().attr("role") == Some("button");
    // A profile card inside a post (phpBB's `dl.postprofile`: rank, post
    // count, joined, place) is furniture; its name and rank are marked as
    // the header's all the same.
    // A link to a profile in the text (`a.profileLink`, a mention) is not.
    let profile = h.item.is_some()
        && !is_item
        && !matches!(name, "a" | "span" | "b" | "strong" | "em" | "i")
        && any_stem(&own, &["profile"]);
    h.chrome |= chrome_tag || profile || any_stem(&own, CHROME_STEMS) || letters_avatar(el, &own);
    h.lead |= h.item.is_none() && any_stem(&own, LEAD_STEMS);
    let text_named = any_stem(&own, TEXT_STEMS);
    // A post's subject inside its header box (SMF's `div.keyinfo >
    // div.subject_title`) is the first line of its text, as a forum's
    // subject heading is elsewhere.
    if h.item.is_some() && !is_item && any_stem(&own, &["subject"]) {
        h.meta = false;
        h.author = false;
    }
    if h.item.is_some() && !is_item && !text_named {
        let author = author_named(el);
        // A badge block beside the header (wpDiscuz's `div.wpd-comment-label`
        // `Gast` in the avatar column) says who wrote it; an inline badge may
        // sit in a line of its own under an unmarked header (Bootstrap's
        // `span.badge`), and a button's label is chrome.
        let badge_block =
            !h.chrome && matches!(name, "div" | "dd" | "li") && any_stem(&own, BADGE_STEMS);
        h.meta |= matches!(name, "time" | "header" | "address")
            || badge_block
            || (name == "cite" && !quote_cite(el.node(), name))
            || (any_stem(&own, META_STEMS) && !any_stem(&own, &["mention"]))
            || author;
        h.author |= author;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_stamps_are_read_on_the_central_european_clock() {
        let at = |v: &str| match parse_datetime(v) {
            Some(When::Absolute {
                year,
                month,
                day,
                time,
            }) => (year, month, day, time),
            other => panic!("{v}: {other:?}"),
        };
        // Winter: UTC+1; a local offset is kept as printed.
        assert_eq!(
            at("2026-02-10T06:12:44.201Z"),
            (Some(2026), 2, 10, Some((7, 12)))
        );
        assert_eq!(
            at("2026-02-10T06:12:44+01:00"),
            (Some(2026), 2, 10, Some((6, 12)))
        );
        // Summer time from 01:00 UTC on the last Sunday of March (29 March 2026).
        assert_eq!(
            at("2026-03-29T00:59:00Z"),
            (Some(2026), 3, 29, Some((1, 59)))
        );
        assert_eq!(
            at("2026-03-29T01:00:00Z"),
            (Some(2026), 3, 29, Some((3, 0)))
        );
        // Back on the last Sunday of October (25 October 2026); past midnight.
        assert_eq!(
            at("2026-10-25T00:30:00+00:00"),
            (Some(2026), 10, 25, Some((2, 30)))
        );
        assert_eq!(
            at("2026-10-25T01:00:00Z"),
            (Some(2026), 10, 25, Some((2, 0)))
        );
        assert_eq!(
            at("2026-12-31T23:30:00Z"),
            (Some(2027), 1, 1, Some((0, 30)))
        );
        assert_eq!(at("2026-10-08"), (Some(2026), 10, 8, None));
    }

    #[test]
    fn javascript_date_strings_in_tooltips_are_read() {
        let w = js_date("Fri Feb 20 2026 18:40:12 GMT+0100 (Mitteleuropäische Normalzeit)");
        assert_eq!(
            w,
            Some(When::Absolute {
                year: Some(2026),
                month: 2,
                day: 20,
                time: Some((18, 40))
            })
        );
        assert_eq!(js_date("Fri Feb 30 2026 18:40:12 GMT+0100"), None);
        assert_eq!(js_date("vor 2 Tagen"), None);
    }

    #[test]
    fn blocks_become_lines_with_hints() {
        let page = r#"<html><body><nav>Start | Politik</nav><h1>Neue Brücke</h1>
            <p>Die Brücke ist <b>frei</b>.</p>
            <div class="comments"><div class="comment"><span class="author">Anna</span> <time>06.11.24 11:50</time><p>Gut so.</p></div>
            <div class="comment"><span class="author">Tom</span><p>Nein.</p></div></div></body></html>"#;
        assert!(looks_like_html(page));
        let (lines, hints) = extract(page);
        assert_eq!(
            lines,
            [
                "Start | Politik",
                "Neue Brücke",
                "Die Brücke ist frei.",
                "Anna 06.11.24 11:50",
                "Gut so.",
                "Tom",
                "Nein."
            ]
        );
        assert!(hints[0].chrome && hints[1].heading);
        assert_eq!(hints[3].item, Some(0));
        assert!(hints[3].meta && hints[3].author);
        assert_eq!(hints[6].item, Some(1));
        assert!(!hints[6].meta);
    }

    /// `unseen40`: schema.org microdata types the items whatever their
    /// classes, a reply's depth class (`dlg-level-2`) leaves its markup
    /// the items', and an avatar's letters hidden from screen readers are
    /// furniture.
    #[test]
    fn typed_items_depth_classes_and_hidden_avatars() {
        for c in ["dlg-level-2", "depth-3", "ebene1", "level_4"] {
            assert!(is_depth_class(c), "{c}");
        }
        for c in ["level", "dlg-item", "h2", "comment-2024"] {
            assert!(!is_depth_class(c), "{c}");
        }
        let page = r#"<html><body><h1>Hafen</h1><p>Der Parkplatz am Hafen soll Wohnungen weichen.</p>
            <ul><li class="dlg-item dlg-level-1" itemscope itemtype="https://schema.org/Comment">
            <div><span class="dlg-author">Anna</span> <span class="dlg-date">03.06.2024 18:22</span></div><p>Erster Kommentar mit etwas Text.</p>
            <ul><li class="dlg-item dlg-level-2" itemscope itemtype="https://schema.org/Comment">
            <div aria-hidden="true">TB</div><div><span class="dlg-author">Tom Berg</span> <span class="dlg-date">03.06.2024 19:05</span></div>
            <p>Eine Antwort mit etwas Text.</p></li></ul></li></ul></body></html>"#;
        let (lines, hints) = extract(page);
        let hint = |t: &str| hints[lines.iter().position(|l| l == t).unwrap()];
        assert!(hint("TB").chrome);
        let item = |t: &str| hint(t).item;
        assert_eq!(item("Erster Kommentar mit etwas Text."), Some(0));
        assert_eq!(item("Eine Antwort mit etwas Text."), Some(1));
    }

    /// An inline element around a block (`<span>…<div>…</div>…</span>`)
    /// spans two lines: where its text began in the first says nothing
    /// about the second, which may hold a wide character at that offset
    /// (a phpBB2 page of `unseen40` panicked on a no-break space).
    #[test]
    fn an_inline_element_spanning_a_block_reads_no_offset_of_the_next_line() {
        let page = "<html><body><div>a<span><div>b</div>\u{a0}\u{a0}Antwort an Uli</span></div>\
                    <p>Text.</p></body></html>";
        let (lines, _) = extract(page);
        assert_eq!(lines, ["a", "b", "Antwort an Uli", "Text."]);
    }

    /// Issue 11: hashed class names and a table forum say nothing; the
    /// repeated sibling blocks that each read like a comment (a name, a
    /// stamp, running text) are the items, nested replies of the same
    /// markup included, and a related-articles list is not.
    #[test]
    fn utility_classes_are_not_part_of_a_signature() {
        for c in ["mt-4", "px-2", "col-md-6"] {
            assert!(is_utility_class(c), "{c}");
        }
        for c in ["media", "css-1x2y3z", "comment-2024", "jd8434", "h-100x"] {
            assert!(!is_utility_class(c), "{c}");
        }
    }

    #[test]
    fn zebra_stripes_are_positions() {
        for c in ["bg1", "bg2", "row1", "alt2", "odd"] {
            assert!(is_position_class(c), "{c}");
        }
        for c in ["post", "h10", "col-1", "x1", "post2024", "level1x"] {
            assert!(!is_position_class(c), "{c}");
        }
    }

    #[test]
    fn comment_items_found_by_repetition_alone() {
        let item = |name: &str, when: &str, text: &str, inner: &str| {
            format!(
                r#"<div class="jd8434"><div class="ebf781"><div>{name}</div><div>{when}</div></div><div class="v18673"><p>{text}</p></div>{inner}</div>"#
            )
        };
        let reply = item(
            "Tom B.",
            "vor 2 Stunden",
            "Sehe ich ganz anders als Sie.",
            "",
        );
        let page = format!(
            r#"<html><body><h1>Neue Brücke</h1><p>Die Stadt baut eine neue Brücke über den Fluss.</p>
            <ul class="x1"><li>Mehr zum Thema: Brücken in der Stadt</li><li>Mehr zum Thema: Straßen im Land</li><li>Mehr zum Thema: Tunnel</li></ul>
            <div class="a05e55">{}{}{}</div></body></html>"#,
            item(
                "Lena_K",
                "vor 3 Stunden",
                "Endlich passiert hier etwas Gutes.",
                &reply
            ),
            item(
                "Anna Berg",
                "22.11.2026 10:00",
                "Das Geld fehlt woanders, leider.",
                ""
            ),
            item(
                "Jan",
                "gestern, 11:58 Uhr",
                "Wer soll das alles bezahlen?",
                ""
            ),
        );
        let (lines, hints) = extract(&page);
        let item_of = |needle: &str| {
            lines
                .iter()
                .position(|l| l == needle)
                .and_then(|k| hints[k].item.zip(Some(hints[k].parent)))
        };
        assert_eq!(item_of("Lena_K"), Some((0, None)));
        assert_eq!(item_of("Tom B."), Some((1, Some(0))));
        assert_eq!(item_of("Anna Berg"), Some((2, None)));
        assert_eq!(item_of("Jan"), Some((3, None)));
        assert_eq!(item_of("Mehr zum Thema: Tunnel"), None);
    }

    /// `unseen40`: a flat list whose replies differ only by a depth class
    /// (`depth-2`) is one list of items (two and two would be no list), and an avatar's letters and a post
    /// number in front (`AB`, `#2`) do not push the name and stamp out of
    /// the head a block is read by.
    #[test]
    fn depth_classes_and_avatar_letters_keep_repeated_items() {
        let item = |depth: u8, nr: u8, name: &str, when: &str, text: &str| {
            format!(
                r#"<div class="jd8434 depth-{depth}"><div class="k2f">{}</div><span>#{nr}</span><div>{name}</div><div>Abonnent</div><div>{when}</div><p>{text}</p></div>"#,
                &name[..2].to_uppercase()
            )
        };
        let page = format!(
            r#"<html><body><h1>Neue Brücke</h1><p>Die Stadt baut eine neue Brücke über den Fluss.</p>
            <div class="a05e55">{}{}{}{}</div></body></html>"#,
            item(
                1,
                1,
                "Lena_K",
                "vor 3 Stunden",
                "Endlich passiert hier etwas Gutes."
            ),
            item(
                2,
                2,
                "Tom B.",
                "vor 2 Stunden",
                "Sehe ich ganz anders als Sie."
            ),
            item(
                1,
                3,
                "Anna Berg",
                "22.11.2026 10:00",
                "Das Geld fehlt woanders, leider."
            ),
            item(
                2,
                4,
                "Jan Ott",
                "gestern, 11:58 Uhr",
                "Wer soll das alles bezahlen?"
            ),
        );
        let (lines, hints) = extract(&page);
        let item_of = |needle: &str| {
            let k = lines.iter().position(|l| l == needle).unwrap();
            hints[k].item
        };
        assert_eq!(item_of("Lena_K"), Some(0));
        assert_eq!(item_of("Tom B."), Some(1));
        assert_eq!(item_of("Anna Berg"), Some(2));
        assert_eq!(item_of("Jan Ott"), Some(3));
    }
}
