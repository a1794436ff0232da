//! A compact DOM for HTML pages (`crate::segment`, input side): html5ever's
//! tree builder writing into one arena of small nodes.
//!
//! A general-purpose DOM keeps every attribute, the namespace of each and
//! 64-bit tree links, about 175 bytes per node with its allocations: a
//! 10 MB page of comments took 16 times its size in memory. The segmenter
//! reads tag names, classes, a few attributes (`id`, `datetime`, `title`,
//! `itemprop`, a `role` of `button`) and text, so the nodes here keep just
//! those, with 32-bit links, and class names are interned (a page repeats
//! the same few).
//! The tree is the one html5ever builds (implied and misnested tags
//! repaired as a browser would), so what a user sees in a browser is what
//! the segmenter reads.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::collections::HashMap;

use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{expanded_name, local_name, ns, Attribute, LocalName, QualName};

/// A node's index in [`Dom`].
pub(crate) type NodeId = u32;

/// No node (an absent link).
const NONE: NodeId = u32::MAX;

/// Attributes kept besides `class`. A `title` only when it may be a date
/// (see [`kept_title`]): sites print `vor 2 Std.` and give the moment as
/// its tooltip.
/// A `role` only when it says `button`: a link that acts as one is UI.
/// An `aria-hidden` only when `true` (a decoration such as an avatar's
/// letters), an `itemtype` only when schema.org's `Comment`.
const KEPT_ATTRS: [&str; 7] = [
    "aria-hidden",
    "datetime",
    "id",
    "itemprop",
    "itemtype",
    "role",
    "title",
];

/// Test-id attributes, read as class names: React and Vue sites often
/// name their parts only there (`data-testid="comment-author"`), with
/// hashed or utility classes beside them.
const NAME_ATTRS: [&str; 4] = ["data-testid", "data-test", "data-qa", "data-cy"];

/// Whether a `title` attribute is worth keeping: short and with a digit,
/// as a date is; link and image titles are neither, mostly. JavaScript's
/// date strings with their zone's name run to 70–90 bytes (`Fri Feb 20
/// 2026 18:40:12 GMT+0100 (Mitteleuropäische Normalzeit)`).
fn kept_title(v: &str) -> bool {
    v.len() <= 100 && v.bytes().any(|b| b.is_ascii_digit())
}

/// An element as stored (16 bytes): indexes into the tables of [`Dom`],
/// since a page repeats a few tag names and class lists many times and
/// few elements carry a kept attribute.
#[derive(Debug)]
struct ElementData {
    /// Index into [`Dom::names`].
    name: u32,
    /// Index into [`Dom::class_lists`]; 0 is none.
    classes: u32,
    /// Index into [`Dom::attr_lists`]; 0 is none.
    attrs: u32,
    /// Whether a `class` attribute was given (perhaps empty).
    has_class: bool,
}

/// An element as the segmenter reads it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Element<'a> {
    name: &'a QualName,
    classes: &'a [Box<str>],
    attrs: &'a [(LocalName, StrTendril)],
}

impl<'a> Element<'a> {
    /// The tag name, lower case.
    pub(crate) fn name(&self) -> &'a str {
        &self.name.local
    }

    /// The class names, sorted, each once.
    pub(crate) fn classes(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.classes.iter().map(|c| &**c)
    }

    /// The `id` attribute.
    pub(crate) fn id(&self) -> Option<&'a str> {
        self.attr("id")
    }

    /// One of the kept attributes (see [`KEPT_ATTRS`]).
    pub(crate) fn attr(&self, name: &str) -> Option<&'a str> {
        debug_assert!(KEPT_ATTRS.contains(&name), "attribute {name} is not kept");
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| &**v)
    }
}

/// What a node is, for the segmenter.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Data<'a> {
    Element(Element<'a>),
    Text(&'a str),
    /// The document, a template's contents, comments, the doctype,
    /// processing instructions.
    Other,
}

impl<'a> Data<'a> {
    pub(crate) fn as_text(&self) -> Option<&'a str> {
        match self {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    pub(crate) fn as_element(&self) -> Option<Element<'a>> {
        match self {
            Data::Element(e) => Some(*e),
            _ => None,
        }
    }
}

/// What a node is, as stored: 12 bytes.
#[derive(Debug, Clone, Copy)]
enum Kind {
    Document,
    /// A template's contents (kept below the template, as browsers' DOM
    /// inspectors show them).
    Fragment,
    /// Index into [`Dom::elements`].
    Element(u32),
    /// Bytes `start..start + len` of [`Dom::text`].
    Text {
        start: u32,
        len: u32,
    },
    /// Comments, the doctype, processing instructions.
    Other,
}

/// A node and its links: 32 bytes.
#[derive(Debug)]
struct Node {
    parent: NodeId,
    prev: NodeId,
    next: NodeId,
    first: NodeId,
    last: NodeId,
    kind: Kind,
}

/// Bytes of the page given to the tokenizer at a time: what it has read is
/// copied into the DOM and freed, rather than held for the whole parse.
const CHUNK: usize = 1 << 16;

/// A parsed HTML document.
#[derive(Debug, Default)]
pub(crate) struct Dom {
    nodes: Vec<Node>,
    elements: Vec<ElementData>,
    /// Distinct element names.
    names: Vec<QualName>,
    /// Index of each name in `names`, while parsing.
    name_index: HashMap<QualName, u32>,
    /// Kept attributes of the elements that have any; 0 is the empty list.
    attr_lists: Vec<Box<[(LocalName, StrTendril)]>>,
    /// All text nodes' text, one after another.
    text: String,
    /// Distinct class lists (sorted, each class once); 0 is the empty one.
    class_lists: Vec<Box<[Box<str>]>>,
    /// Index of each class list in `class_lists`, while parsing.
    class_index: HashMap<Box<[Box<str>]>, u32>,
}

impl Dom {
    /// Parses a whole document as a browser would (never fails: broken
    /// markup is repaired).
    pub(crate) fn parse(html: &str) -> Dom {
        let mut dom = Dom::default();
        dom.push(Kind::Document);
        dom.class_lists.push(Box::new([]));
        dom.class_index.insert(Box::new([]), 0);
        dom.attr_lists.push(Box::new([]));
        let mut parser = html5ever::parse_document(Sink(RefCell::new(dom)), Default::default());
        let mut from = 0;
        while from < html.len() {
            let mut to = (from + CHUNK).min(html.len());
            while !html.is_char_boundary(to) {
                to -= 1;
            }
            parser.process(StrTendril::from_slice(&html[from..to]));
            from = to;
        }
        let mut dom = parser.finish();
        dom.class_index = HashMap::new();
        dom.name_index = HashMap::new();
        dom
    }

    /// The document node.
    pub(crate) fn root(&self) -> NodeRef<'_> {
        NodeRef { dom: self, id: 0 }
    }

    /// The `<html>` element (the document's first element child).
    pub(crate) fn root_element(&self) -> ElementRef<'_> {
        self.root()
            .children()
            .find_map(ElementRef::wrap)
            .expect("html5ever always builds an <html> element")
    }

    fn push(&mut self, kind: Kind) -> NodeId {
        let id = NodeId::try_from(self.nodes.len()).expect("fewer than 4 billion nodes");
        self.nodes.push(Node {
            parent: NONE,
            prev: NONE,
            next: NONE,
            first: NONE,
            last: NONE,
            kind,
        });
        id
    }

    fn push_element(&mut self, name: QualName, attrs: Vec<Attribute>) -> NodeId {
        let index = u32::try_from(self.elements.len()).expect("fewer than 4 billion elements");
        let next = u32::try_from(self.names.len()).expect("fewer than 4 billion names");
        let name = match self.name_index.get(&name) {
            Some(&k) => k,
            None => {
                self.names.push(name.clone());
                self.name_index.insert(name, next);
                next
            }
        };
        self.elements.push(ElementData {
            name,
            classes: 0,
            attrs: 0,
            has_class: false,
        });
        self.add_attrs(index, attrs);
        self.push(Kind::Element(index))
    }

    /// Adds the attributes element `index` does not have yet (html5ever
    /// merges a second `<html>` or `<body>` tag's attributes this way).
    fn add_attrs(&mut self, index: u32, attrs: Vec<Attribute>) {
        let e = &mut self.elements[index as usize];
        let mut kept = std::mem::take(&mut self.attr_lists[e.attrs as usize]).into_vec();
        let mut classes: Option<String> = None;
        let mut test_ids = String::new();
        for a in attrs {
            if a.name.ns != ns!() {
                continue;
            }
            if a.name.local == local_name!("class") {
                if !e.has_class {
                    classes = Some(a.value.to_string());
                    e.has_class = true;
                }
            } else if NAME_ATTRS.contains(&&*a.name.local) {
                test_ids.push(' ');
                test_ids.push_str(&a.value);
            } else if KEPT_ATTRS.contains(&&*a.name.local)
                && !kept.iter().any(|(n, _)| *n == a.name.local)
                && (a.name.local != local_name!("title") || kept_title(&a.value))
                && (&*a.name.local != "role" || &*a.value == "button")
                && (&*a.name.local != "aria-hidden" || &*a.value == "true")
                && (&*a.name.local != "itemtype" || a.value.ends_with("/Comment"))
            {
                kept.push((a.name.local, a.value));
            }
        }
        if !test_ids.is_empty() {
            e.has_class = true;
            classes = Some(classes.unwrap_or_default() + &test_ids);
        }
        if !kept.is_empty() {
            if e.attrs == 0 {
                e.attrs = u32::try_from(self.attr_lists.len()).expect("fewer than 4 billion lists");
                self.attr_lists.push(Box::new([]));
            }
            self.attr_lists[e.attrs as usize] = kept.into_boxed_slice();
        }
        if let Some(value) = classes {
            let mut list: Vec<Box<str>> = value.split_ascii_whitespace().map(Box::from).collect();
            list.sort_unstable();
            list.dedup();
            let list = list.into_boxed_slice();
            let next = u32::try_from(self.class_lists.len()).expect("fewer than 4 billion lists");
            let k = *self.class_index.entry(list.clone()).or_insert(next);
            if k == next {
                self.class_lists.push(list);
            }
            self.elements[index as usize].classes = k;
        }
    }

    fn detach(&mut self, id: NodeId) {
        let Node {
            parent, prev, next, ..
        } = self.nodes[id as usize];
        if parent == NONE {
            return;
        }
        if prev == NONE {
            self.nodes[parent as usize].first = next;
        } else {
            self.nodes[prev as usize].next = next;
        }
        if next == NONE {
            self.nodes[parent as usize].last = prev;
        } else {
            self.nodes[next as usize].prev = prev;
        }
        let n = &mut self.nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    fn append(&mut self, parent: NodeId, id: NodeId) {
        self.detach(id);
        let last = self.nodes[parent as usize].last;
        {
            let n = &mut self.nodes[id as usize];
            n.parent = parent;
            n.prev = last;
        }
        if last == NONE {
            self.nodes[parent as usize].first = id;
        } else {
            self.nodes[last as usize].next = id;
        }
        self.nodes[parent as usize].last = id;
    }

    fn insert_before(&mut self, sibling: NodeId, id: NodeId) {
        self.detach(id);
        let Node { parent, prev, .. } = self.nodes[sibling as usize];
        {
            let n = &mut self.nodes[id as usize];
            n.parent = parent;
            n.prev = prev;
            n.next = sibling;
        }
        self.nodes[sibling as usize].prev = id;
        if prev == NONE {
            self.nodes[parent as usize].first = id;
        } else {
            self.nodes[prev as usize].next = id;
        }
    }

    /// A new text node holding `text`.
    fn push_text(&mut self, text: &str) -> NodeId {
        let start = self.text_end();
        self.text.push_str(text);
        let len = self.text_end() - start;
        self.push(Kind::Text { start, len })
    }

    fn text_end(&self) -> u32 {
        u32::try_from(self.text.len()).expect("pages under 4 GB")
    }

    /// Appends `text` to node `id` when it is a text node (html5ever gives
    /// one run of text in pieces); false when it is not.
    fn extend_text(&mut self, id: NodeId, text: &str) -> bool {
        let Some(Kind::Text { start, len }) = self.nodes.get(id as usize).map(|n| n.kind) else {
            return false;
        };
        let mut start = start;
        if start + len != self.text_end() {
            // Not the last text stored: move it to the end first.
            let (s, e) = (start as usize, (start + len) as usize);
            let moved = self.text[s..e].to_string();
            self.text.push_str(&moved);
            start = self.text_end() - len;
        }
        self.text.push_str(text);
        self.nodes[id as usize].kind = Kind::Text {
            start,
            len: self.text_end() - start,
        };
        true
    }
}

/// A node of a [`Dom`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct NodeRef<'a> {
    dom: &'a Dom,
    id: NodeId,
}

impl<'a> NodeRef<'a> {
    fn at(&self, id: NodeId) -> Option<NodeRef<'a>> {
        (id != NONE).then_some(NodeRef { dom: self.dom, id })
    }

    fn node(&self) -> &'a Node {
        &self.dom.nodes[self.id as usize]
    }

    pub(crate) fn id(&self) -> NodeId {
        self.id
    }

    pub(crate) fn value(&self) -> Data<'a> {
        let dom = self.dom;
        match self.node().kind {
            Kind::Element(i) => {
                let e = &dom.elements[i as usize];
                Data::Element(Element {
                    name: &dom.names[e.name as usize],
                    classes: &dom.class_lists[e.classes as usize],
                    attrs: &dom.attr_lists[e.attrs as usize],
                })
            }
            Kind::Text { start, len } => {
                Data::Text(&dom.text[start as usize..(start + len) as usize])
            }
            Kind::Document | Kind::Fragment | Kind::Other => Data::Other,
        }
    }

    pub(crate) fn parent(&self) -> Option<NodeRef<'a>> {
        self.at(self.node().parent)
    }

    /// The node after this one under the same parent.
    pub(crate) fn next_sibling(&self) -> Option<NodeRef<'a>> {
        self.at(self.node().next)
    }

    pub(crate) fn children(&self) -> impl Iterator<Item = NodeRef<'a>> + use<'a> {
        std::iter::successors(self.at(self.node().first), |n| n.at(n.node().next))
    }

    /// Parent, grandparent, … up to the document.
    pub(crate) fn ancestors(&self) -> impl Iterator<Item = NodeRef<'a>> + use<'a> {
        std::iter::successors(self.parent(), NodeRef::parent)
    }

    /// This node and everything below it, in document order.
    pub(crate) fn descendants(&self) -> impl Iterator<Item = NodeRef<'a>> + use<'a> {
        let top = self.id;
        std::iter::successors(Some(*self), move |n| {
            if let Some(c) = n.at(n.node().first) {
                return Some(c);
            }
            let mut at = *n;
            loop {
                if at.id == top {
                    return None;
                }
                if let Some(s) = at.at(at.node().next) {
                    return Some(s);
                }
                at = at.parent()?;
            }
        })
    }
}

/// An element node of a [`Dom`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct ElementRef<'a> {
    node: NodeRef<'a>,
    element: Element<'a>,
}

impl<'a> ElementRef<'a> {
    /// The node as an element, if it is one.
    pub(crate) fn wrap(node: NodeRef<'a>) -> Option<ElementRef<'a>> {
        node.value()
            .as_element()
            .map(|element| ElementRef { node, element })
    }

    pub(crate) fn value(&self) -> Element<'a> {
        self.element
    }

    pub(crate) fn id(&self) -> NodeId {
        self.node.id
    }

    pub(crate) fn node(&self) -> NodeRef<'a> {
        self.node
    }

    pub(crate) fn parent(&self) -> Option<NodeRef<'a>> {
        self.node.parent()
    }

    pub(crate) fn ancestors(&self) -> impl Iterator<Item = NodeRef<'a>> + use<'a> {
        self.node.ancestors()
    }

    /// This element and every node below it, in document order.
    pub(crate) fn descendants(&self) -> impl Iterator<Item = NodeRef<'a>> + use<'a> {
        self.node.descendants()
    }

    /// This element and every element below it, in document order.
    pub(crate) fn descendent_elements(&self) -> impl Iterator<Item = ElementRef<'a>> + use<'a> {
        self.descendants().filter_map(ElementRef::wrap)
    }

    pub(crate) fn child_elements(&self) -> impl Iterator<Item = ElementRef<'a>> + use<'a> {
        self.node.children().filter_map(ElementRef::wrap)
    }

    /// The text pieces below this element, in document order.
    pub(crate) fn text(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        self.descendants().filter_map(|n| n.value().as_text())
    }
}

/// html5ever's view of a [`Dom`] being built.
struct Sink(RefCell<Dom>);

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Dom {
        self.0.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Ref<'a, QualName> {
        Ref::map(self.0.borrow(), |d| match d.nodes[*target as usize].kind {
            Kind::Element(i) => &d.names[d.elements[i as usize].name as usize],
            _ => panic!("html5ever asks element names of elements only"),
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> NodeId {
        let template = name.expanded() == expanded_name!(html "template");
        let mut dom = self.0.borrow_mut();
        let id = dom.push_element(name, attrs);
        if template {
            let contents = dom.push(Kind::Fragment);
            dom.append(id, contents);
        }
        id
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.0.borrow_mut().push(Kind::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.0.borrow_mut().push(Kind::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let mut dom = self.0.borrow_mut();
        match child {
            NodeOrText::AppendNode(id) => dom.append(*parent, id),
            NodeOrText::AppendText(text) => {
                let last = dom.nodes[*parent as usize].last;
                if !dom.extend_text(last, &text) {
                    let id = dom.push_text(&text);
                    dom.append(*parent, id);
                }
            }
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        let has_parent = self.0.borrow().nodes[*element as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {
        let mut dom = self.0.borrow_mut();
        let id = dom.push(Kind::Other);
        dom.append(0, id);
    }

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        self.0.borrow().nodes[*target as usize].first
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut dom = self.0.borrow_mut();
        if let NodeOrText::AppendNode(id) = new_node {
            dom.detach(id);
        }
        let Node { parent, prev, .. } = dom.nodes[*sibling as usize];
        if parent == NONE {
            return;
        }
        match new_node {
            NodeOrText::AppendNode(id) => dom.insert_before(*sibling, id),
            NodeOrText::AppendText(text) => {
                if !dom.extend_text(prev, &text) {
                    let id = dom.push_text(&text);
                    dom.insert_before(*sibling, id);
                }
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut dom = self.0.borrow_mut();
        if let Kind::Element(i) = dom.nodes[*target as usize].kind {
            dom.add_attrs(i, attrs);
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.0.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        let mut dom = self.0.borrow_mut();
        while let Some(c) = Some(dom.nodes[*node as usize].first).filter(|c| *c != NONE) {
            dom.append(*new_parent, c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        let dom = Dom::parse(html);
        dom.root_element().text().map(str::to_string).collect()
    }

    #[test]
    fn implied_and_misnested_tags_are_repaired() {
        // `<p>` closes at the next `<p>`; a table's stray text moves out,
        // before the table, where it joins the text already there.
        let page = "<p>eins<p>zwei<table>drei<tr><td>vier</table>";
        let dom = Dom::parse(page);
        let body = dom.root_element().child_elements().nth(1).unwrap();
        let names: Vec<&str> = body.child_elements().map(|e| e.value().name()).collect();
        assert_eq!(names, ["p", "p"]);
        assert_eq!(texts(page), ["eins", "zweidrei", "vier"]);
        // Text moved out of a table after other text was stored joins the
        // text before the table.
        assert_eq!(
            texts("<p>a<table><tr><td>x</td></tr>b</table>"),
            ["ab", "x"]
        );
        // Adjacent text pieces are one node.
        assert_eq!(texts("<b>a</b>b&amp;c<!-- x -->d"), ["a", "b&c", "d"]);
    }

    #[test]
    fn classes_are_sorted_once_and_attributes_kept() {
        let dom = Dom::parse(
            "<div class='b a  b' id=x data-x=1 itemprop=author><time datetime=2026-10-08>t</time></div>",
        );
        let div = dom
            .root_element()
            .descendent_elements()
            .find(|e| e.value().name() == "div")
            .unwrap();
        assert_eq!(div.value().classes().collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(div.value().id(), Some("x"));
        assert_eq!(div.value().attr("itemprop"), Some("author"));
        let time = div.child_elements().next().unwrap();
        assert_eq!(time.value().attr("datetime"), Some("2026-10-08"));
        assert_eq!(time.parent().map(|p| p.id()), Some(div.id()));
        assert_eq!(time.ancestors().count(), 4);
        // A second `<body>` tag adds only what the first lacked.
        let dom = Dom::parse("<body class=a id=one><body class=b id=two title=t>x");
        let body = dom.root_element().child_elements().nth(1).unwrap();
        assert_eq!(body.value().classes().collect::<Vec<_>>(), ["a"]);
        assert_eq!(body.value().id(), Some("one"));
    }

    #[test]
    fn descendants_stay_inside_their_subtree() {
        let dom = Dom::parse("<div id=a><p>1<i>2</i></p></div><div id=b>3</div>");
        let a = dom
            .root_element()
            .descendent_elements()
            .find(|e| e.value().id() == Some("a"))
            .unwrap();
        assert_eq!(a.text().collect::<String>(), "12");
        assert_eq!(a.descendent_elements().count(), 3);
        // Template contents sit below the template, in a fragment.
        let dom = Dom::parse("<template><p>t</p></template>");
        let all: Vec<&str> = dom
            .root_element()
            .descendent_elements()
            .map(|e| e.value().name())
            .collect();
        assert_eq!(all, ["html", "head", "template", "p", "body"]);
    }
}
