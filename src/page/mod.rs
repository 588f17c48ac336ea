//! The page: one document tree in a flat arena, in document order.
//!
//! Nodes are stored in pre-order, so the descendants of node `i` are exactly the
//! indices `i + 1 .. end(i)`. Every pass walks this arena with plain loops and
//! keeps its results in side tables indexed by node, which keeps the plan fast,
//! free of recursion (a page may nest 100,000 elements deep) and the same
//! whether the page was parsed from text or snapshotted from a live document.

mod parse;
mod snapshot;
mod standins;

pub use snapshot::{Snapshot, SnapshotNode};

use html5ever::tendril::StrTendril;
use html5ever::LocalName;
use url::Url;

/// How deep elements may nest; deeper ones become siblings of the element
/// at this depth, as in Chromium (whose parser stops at 512 too), whether
/// the page is parsed or snapshotted (a script may build a tree of any
/// depth). html5ever scans its stack of open elements for most start tags,
/// and some passes look up a node's ancestors, so unbounded nesting would
/// make both quadratic.
const MAX_DEPTH: u32 = 512;

/// Index of a node in a [`Page`]; the document itself is node 0.
pub type NodeIdx = usize;

/// What only a rendered page knows about an element.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Signals {
    /// Drawn at all: not `display: none` or `visibility: hidden`, and not a
    /// positioned box moved off-screen or clipped to a pixel.
    pub visible: bool,
    /// `position: fixed`: overlays, pinned bars, pop-ups. (Sticky boxes stay
    /// in the flow of the page and are often its main column.)
    pub fixed: bool,
    /// Font size in CSS pixels, measured for headings only (0 otherwise):
    /// the headline is the largest heading a reader sees.
    #[serde(default)]
    pub font: f32,
    /// An inline element the page draws as a line of its own, its words
    /// touching a neighbour's in the markup (a caption's credit set under
    /// it, a label and its value side by side in a row): read apart from
    /// them, as the page shows them, not run into one word.
    #[serde(default)]
    pub apart: bool,
    /// A headline (`<h1>`) the reader has scrolled down to: the page is
    /// scrolled and the headline's top is above the upper third of the
    /// view. On a scroll of stories, the last such headline heads the story
    /// on screen.
    #[serde(default)]
    pub passed: bool,
}

#[derive(Debug, Clone)]
pub enum NodeKind {
    Document,
    Element(Element),
    /// Shared with the parser's buffers, not copied.
    Text(StrTendril),
}

#[derive(Debug, Clone)]
pub struct Element {
    pub name: LocalName,
    pub attrs: Vec<(LocalName, StrTendril)>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| &**n == name)
            .map(|(_, v)| &**v)
    }
}

#[derive(Debug, Clone)]
pub struct Node {
    pub kind: NodeKind,
    pub parent: Option<NodeIdx>,
    /// One past the last descendant.
    pub end: NodeIdx,
    pub next_sibling: Option<NodeIdx>,
    pub signals: Option<Signals>,
}

/// A parsed document, ready to plan.
#[derive(Debug, Clone)]
pub struct Page {
    nodes: Vec<Node>,
    url: Option<Url>,
}

impl Page {
    /// Parses HTML text. Parsing never fails: malformed markup is repaired the
    /// way browsers repair it.
    pub fn parse(html: &str, url: Option<Url>) -> Page {
        parse::parse(html, url)
    }

    pub fn url(&self) -> Option<&Url> {
        self.url.as_ref()
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    /// A page with nothing but the document node.
    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn node(&self, i: NodeIdx) -> &Node {
        &self.nodes[i]
    }

    pub fn element(&self, i: NodeIdx) -> Option<&Element> {
        match &self.nodes[i].kind {
            NodeKind::Element(e) => Some(e),
            _ => None,
        }
    }

    /// Whether an index given from outside (a reader's fix, the block a
    /// reader pointed at) names an element of this page below the document.
    pub fn names_element(&self, i: NodeIdx) -> bool {
        i > 0 && i < self.len() && self.element(i).is_some()
    }

    pub fn text(&self, i: NodeIdx) -> Option<&str> {
        match &self.nodes[i].kind {
            NodeKind::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The element's local name, or `""` for text and the document.
    pub fn tag(&self, i: NodeIdx) -> &str {
        self.element(i).map_or("", |e| &e.name)
    }

    pub fn attr(&self, i: NodeIdx, name: &str) -> Option<&str> {
        self.element(i).and_then(|e| e.attr(name))
    }

    /// Whether attribute `name` of element `i` lists `word` among its
    /// space-separated words (`itemprop="author text"` lists "text").
    pub fn lists(&self, i: NodeIdx, name: &str, word: &str) -> bool {
        self.attr(i, name)
            .is_some_and(|v| v.split_ascii_whitespace().any(|w| w == word))
    }

    pub fn parent(&self, i: NodeIdx) -> Option<NodeIdx> {
        self.nodes[i].parent
    }

    pub fn signals(&self, i: NodeIdx) -> Option<Signals> {
        self.nodes[i].signals
    }

    /// Whether `inner` lies inside `outer` (or is it).
    pub fn contains(&self, outer: NodeIdx, inner: NodeIdx) -> bool {
        inner >= outer && inner < self.nodes[outer].end
    }

    pub fn children(&self, i: NodeIdx) -> Children<'_> {
        let first = (i + 1 < self.nodes[i].end).then_some(i + 1);
        Children {
            page: self,
            next: first,
        }
    }

    /// Descendants of `i` in document order, not including `i`.
    pub fn descendants(&self, i: NodeIdx) -> std::ops::Range<NodeIdx> {
        i + 1..self.nodes[i].end
    }

    /// Node `i` and everything below it, in document order.
    pub fn subtree(&self, i: NodeIdx) -> std::ops::Range<NodeIdx> {
        i..self.nodes[i].end
    }

    /// Every node of the subtrees under `roots`, in their order.
    pub fn in_subtrees<'a>(&'a self, roots: &'a [NodeIdx]) -> impl Iterator<Item = NodeIdx> + 'a {
        roots.iter().flat_map(|&r| self.subtree(r))
    }

    pub fn ancestors(&self, i: NodeIdx) -> impl Iterator<Item = NodeIdx> + '_ {
        std::iter::successors(self.nodes[i].parent, |&p| self.nodes[p].parent)
    }

    /// `i`, then its ancestors, nearest first.
    pub fn self_and_ancestors(&self, i: NodeIdx) -> impl Iterator<Item = NodeIdx> + '_ {
        std::iter::successors(Some(i), |&p| self.nodes[p].parent)
    }

    /// The first name in `i`'s `class`: a template's name for the kind of
    /// block, which the names after it vary (`post post-odd`).
    pub fn first_class(&self, i: NodeIdx) -> Option<&str> {
        self.attr(i, "class")?.split_ascii_whitespace().next()
    }

    /// The other children of `i`'s parent of its tag and class, when it
    /// has a class: the repeated wrappers, posts or entries of a template.
    pub fn like_siblings(&self, i: NodeIdx) -> impl Iterator<Item = NodeIdx> + '_ {
        let class = self.attr(i, "class").filter(|c| !c.is_empty());
        let parent = class.and(self.parent(i));
        parent.into_iter().flat_map(move |p| {
            self.children(p).filter(move |&s| {
                s != i && self.tag(s) == self.tag(i) && self.attr(s, "class") == class
            })
        })
    }

    /// The one element among `i`'s children, text aside; `None` when it has
    /// none or several. Wrappers a template nests around a block each hold
    /// only the next.
    pub fn only_element_child(&self, i: NodeIdx) -> Option<NodeIdx> {
        let mut elements = self.children(i).filter(|&c| self.element(c).is_some());
        elements.next().filter(|_| elements.next().is_none())
    }

    /// The element just before `i` under the same parent, past blank text;
    /// `None` when words come between them.
    pub fn previous_element(&self, i: NodeIdx) -> Option<NodeIdx> {
        self.previous_sibling(i).filter(|&b| self.text(b).is_none())
    }

    /// The node just before `i` under the same parent, an element or words,
    /// past blank text.
    pub fn previous_sibling(&self, i: NodeIdx) -> Option<NodeIdx> {
        let parent = self.parent(i)?;
        let mut next = i;
        loop {
            let mut before = next.checked_sub(1).filter(|&b| b != parent)?;
            while self.parent(before) != Some(parent) {
                before = self.parent(before)?;
            }
            match self.text(before) {
                Some(t) if t.trim().is_empty() => next = before,
                _ => return Some(before),
            }
        }
    }

    /// Whether inline element `i` is a line of its own: nothing but a
    /// `<br>`, a block or its parent's edge on either side of it, past
    /// blank text ("<b>ADVERTISEMENT</b><br>" in a run of lines).
    pub fn stands_alone(&self, i: NodeIdx) -> bool {
        let parts = |node: Option<NodeIdx>| {
            node.is_none_or(|n| {
                self.text(n).is_none() && (self.tag(n) == "br" || is_block(self.tag(n)))
            })
        };
        parts(self.previous_sibling(i)) && parts(self.next_sibling(i))
    }

    /// The element just after `i` under the same parent, past blank text;
    /// `None` when words come between them.
    pub fn next_element(&self, i: NodeIdx) -> Option<NodeIdx> {
        self.next_sibling(i).filter(|&n| self.text(n).is_none())
    }

    /// The node just after `i` under the same parent, an element or words,
    /// past blank text.
    pub fn next_sibling(&self, i: NodeIdx) -> Option<NodeIdx> {
        std::iter::successors(self.nodes[i].next_sibling, |&n| self.nodes[n].next_sibling)
            .find(|&n| self.text(n).is_none_or(|t| !t.trim().is_empty()))
    }

    /// Whether any text below `i` holds a digit. Most elements hold none, so
    /// checks for dates and counts pass them over before reading their words.
    pub fn has_digit(&self, i: NodeIdx) -> bool {
        self.subtree(i)
            .filter_map(|j| self.text(j))
            .any(|t| t.bytes().any(|b| b.is_ascii_digit()))
    }

    /// Whether `i` is the page's main region, by name or by role (`<main>`,
    /// `role="main"`).
    pub fn is_main_region(&self, i: NodeIdx) -> bool {
        self.tag(i) == "main" || self.attr(i, "role") == Some("main")
    }

    /// The first element with this name, in document order.
    pub fn find(&self, name: &str) -> Option<NodeIdx> {
        (0..self.nodes.len()).find(|&i| self.tag(i) == name)
    }

    /// All text below `i`, whitespace collapsed, with a space wherever a
    /// block starts or ends so that words of two paragraphs never merge.
    pub fn text_content(&self, i: NodeIdx) -> String {
        self.text_until(i, |_| false)
    }

    /// The text below `i` as [`Page::text_content`] reads it, up to the
    /// first end of a line (where a block ends, or at a `<br>`) at which
    /// `enough` says the text so far is enough: the first line of an
    /// author's box, say. Text before a block runs on into the block's line.
    pub fn text_until(&self, i: NodeIdx, enough: impl Fn(&str) -> bool) -> String {
        let mut out = String::new();
        // `push_collapsed` never doubles a space; neither do block edges.
        let part = |out: &mut String| {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        };
        let mut block_ends: Vec<NodeIdx> = Vec::new();
        for j in self.subtree(i) {
            while block_ends.last().is_some_and(|&end| j >= end) {
                block_ends.pop();
                if enough(&out) {
                    return without_end_space(out);
                }
                part(&mut out);
            }
            match &self.nodes[j].kind {
                NodeKind::Text(t) => push_collapsed(&mut out, t),
                NodeKind::Element(e) if &*e.name == "br" => {
                    if enough(&out) {
                        return without_end_space(out);
                    }
                    part(&mut out);
                }
                NodeKind::Element(e) if is_block(&e.name) => {
                    part(&mut out);
                    block_ends.push(self.nodes[j].end);
                }
                _ => {}
            }
        }
        without_end_space(out)
    }

    fn from_nodes(nodes: Vec<Node>, url: Option<Url>) -> Page {
        Page { nodes, url }
    }

    /// This page with an `<article>` of `markup` added at the end of its
    /// `<body>`: the article a page declares for its scripts to draw.
    /// `None` without a body, or when something follows it.
    pub fn with_article(&self, markup: &str) -> Option<Page> {
        let body = self
            .find("body")
            .filter(|&b| self.nodes[b].end == self.nodes.len())?;
        let mut open: Vec<NodeIdx> = self.ancestors(body).collect();
        open.reverse();
        open.push(body);
        let mut builder = Builder {
            nodes: self.nodes.clone(),
            last_child: open.iter().map(|&n| self.children(n).last()).collect(),
            open,
        };
        let article = builder.open(
            Element {
                name: LocalName::from("article"),
                attrs: Vec::new(),
            },
            None,
        );
        let fragment = Page::parse(markup, None);
        let root = fragment.find("body")?;
        // Fragment nodes open in the builder, innermost last.
        let mut grafted: Vec<NodeIdx> = vec![root];
        for j in fragment.descendants(root) {
            while fragment.parent(j) != grafted.last().copied() {
                grafted.pop();
                builder.close();
            }
            match &fragment.nodes[j].kind {
                NodeKind::Element(e) => {
                    builder.open(e.clone(), None);
                    grafted.push(j);
                }
                NodeKind::Text(t) => builder.text(t.clone()),
                NodeKind::Document => {}
            }
        }
        builder.close_to(article);
        Some(builder.finish(self.url.clone()))
    }
}

fn without_end_space(mut text: String) -> String {
    if text.ends_with(' ') {
        text.pop();
    }
    text
}

/// Appends `text` to `out` with runs of whitespace folded into one space.
/// Pages hold megabytes of text, most of it words of ASCII one space
/// apart, which need no change: those stretches are copied whole, and only
/// other whitespace, runs of it and characters beyond ASCII are looked at.
pub fn push_collapsed(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let plain = |at: usize| bytes.get(at).is_some_and(|&b| b > b' ' && b < 0x80);
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        if plain(at) || (at > 0 && bytes[at] == b' ' && plain(at + 1)) {
            at += 1;
            continue;
        }
        let c = text[at..].chars().next().expect("at is a char boundary");
        if !c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        out.push_str(&text[copied..at]);
        at += text[at..]
            .char_indices()
            .find(|&(_, c)| !c.is_whitespace())
            .map_or(text.len() - at, |(run, _)| run);
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        copied = at;
    }
    out.push_str(&text[copied..]);
}

/// Kana, CJK ideographs and Hangul: scripts written without spaces between
/// words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

pub struct Children<'a> {
    page: &'a Page,
    next: Option<NodeIdx>,
}

impl Iterator for Children<'_> {
    type Item = NodeIdx;
    fn next(&mut self) -> Option<NodeIdx> {
        let current = self.next?;
        self.next = self.page.nodes[current].next_sibling;
        Some(current)
    }
}

/// Builds the arena in pre-order. Callers open an element, add its children,
/// and close it; `end` and sibling links are filled in as nodes close.
struct Builder {
    nodes: Vec<Node>,
    open: Vec<NodeIdx>,
    last_child: Vec<Option<NodeIdx>>,
}

impl Builder {
    /// A builder for about `nodes` nodes, the most there can be: the arena
    /// is allocated once instead of growing by copies.
    fn with_capacity(nodes: usize) -> Builder {
        let mut arena = Vec::with_capacity(nodes.max(1));
        arena.push(Node {
            kind: NodeKind::Document,
            parent: None,
            end: 1,
            next_sibling: None,
            signals: None,
        });
        Builder {
            nodes: arena,
            open: vec![0],
            last_child: vec![None],
        }
    }

    fn push(&mut self, kind: NodeKind, signals: Option<Signals>) -> NodeIdx {
        let idx = self.nodes.len();
        let parent = *self.open.last().expect("document is always open");
        if let Some(prev) = self
            .last_child
            .last_mut()
            .expect("parallel to open")
            .replace(idx)
        {
            self.nodes[prev].next_sibling = Some(idx);
        }
        self.nodes.push(Node {
            kind,
            parent: Some(parent),
            end: idx + 1,
            next_sibling: None,
            signals,
        });
        idx
    }

    fn open(&mut self, element: Element, signals: Option<Signals>) -> NodeIdx {
        let idx = self.push(NodeKind::Element(standins::standard(element)), signals);
        self.open.push(idx);
        self.last_child.push(None);
        idx
    }

    fn close(&mut self) {
        if self.open.len() > 1 {
            let idx = self.open.pop().expect("checked above");
            self.last_child.pop();
            self.nodes[idx].end = self.nodes.len();
        }
    }

    fn text(&mut self, text: StrTendril) {
        self.push(NodeKind::Text(text), None);
    }

    /// Closes elements until `parent` is the innermost open one; false when
    /// `parent` is not open at all.
    fn close_to(&mut self, parent: NodeIdx) -> bool {
        if !self.open.contains(&parent) {
            return false;
        }
        while self.open.last() != Some(&parent) {
            self.close();
        }
        true
    }

    fn finish(mut self, url: Option<Url>) -> Page {
        while self.open.len() > 1 {
            self.close();
        }
        self.nodes[0].end = self.nodes.len();
        Page::from_nodes(self.nodes, url)
    }
}

/// The level of a heading element (`h1` … `h6`), or `None` for any other.
pub fn heading_level(tag: &str) -> Option<u8> {
    match tag.as_bytes() {
        [b'h', d @ b'1'..=b'6'] => Some(d - b'0'),
        _ => None,
    }
}

/// Elements that start a new block in the normal flow of text.
pub fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "details"
            | "dialog"
            | "dd"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "li"
            | "main"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "ul"
            | "caption"
            | "summary"
            | "body"
            | "html"
    )
}

#[cfg(test)]
mod tests {
    use super::push_collapsed;

    fn collapsed(before: &str, text: &str) -> String {
        let mut out = before.to_string();
        push_collapsed(&mut out, text);
        out
    }

    /// Runs of any whitespace, Unicode's too, are one space; a space at
    /// either end is kept for the text that comes next, but never doubled
    /// and never first.
    #[test]
    fn whitespace_folds_into_one_space() {
        assert_eq!(collapsed("", "  Hello \n\t world  "), "Hello world ");
        assert_eq!(collapsed("A", " b"), "A b");
        assert_eq!(collapsed("A ", "  b"), "A b");
        assert_eq!(collapsed("A", "b"), "Ab");
        assert_eq!(collapsed("A", "   "), "A ");
        assert_eq!(collapsed("", "   "), "");
        assert_eq!(collapsed("", ""), "");
        assert_eq!(collapsed("x", "a\u{A0}\u{2009}b\u{3000}"), "xa b ");
        assert_eq!(collapsed("", "é\u{B}\u{C}ü日本"), "é ü日本");
    }

    /// Words copied whole keep every byte, whatever whitespace parts them
    /// and wherever the text starts.
    #[test]
    fn words_are_copied_whole() {
        let words = [
            "Unbreakable",
            "naïveté-résumé",
            "x",
            "0123456789abcdefg",
            "日本語のテキスト",
        ];
        for gap in [" ", "\u{A0}", "\n\t ", "\u{2003}"] {
            for lead in 0..9 {
                let text = format!("{}{}", "a".repeat(lead), words.join(gap));
                let expected = format!("{}{}", "a".repeat(lead), words.join(" "));
                assert_eq!(collapsed("", &text), expected);
            }
        }
    }
}
