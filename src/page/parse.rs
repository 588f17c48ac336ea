//! HTML text to a [`Page`] with html5ever, through a tree sink of our own.
//!
//! html5ever builds the tree through a [`TreeSink`]; ours is a plain linked
//! arena (the parser moves nodes around while it repairs markup), which is
//! then laid out in document order. Going through a general-purpose DOM such
//! as scraper's and converting it cost a third of the parse time and, in the
//! WebAssembly module, a CSS selector engine that nothing here uses.

use super::{Builder, Element, Page, MAX_DEPTH};
use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{
    BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts};
use html5ever::{local_name, ns, Attribute, LocalName, QualName, TokenizerResult};
use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use url::Url;

/// At most this much of a page's shown text for each byte of `<noscript>`
/// markup makes it a script-built app (see [`TextCounts::is_app_shell`]).
const APP_SHELL_NOSCRIPT_RATIO: usize = 4;
/// Less `<noscript>` markup than this is a tracking pixel or a notice.
const APP_SHELL_MIN_NOSCRIPT: usize = 2000;

/// Parses as a browser running scripts does, where `<noscript>` holds raw
/// text. In an app shell, that text is parsed in its place as a browser
/// without scripts shows it.
pub(super) fn parse(html: &str, url: Option<Url>) -> Page {
    let sink = tokenize(
        html,
        TreeBuilder::new(Sink::for_markup(html), Default::default()),
    );
    let app_shell = sink.text.is_app_shell();
    sink.into_page(url, app_shell)
}

/// Runs html5ever's tokenizer over `html` into `builder`, through the
/// nesting limit.
fn tokenize(html: &str, builder: TreeBuilder<Handle, Sink>) -> Sink {
    let input = BufferQueue::default();
    input.push_back(StrTendril::from(html));
    let tokenizer = Tokenizer::new(
        Gate {
            builder,
            input: &input,
            text: RefCell::default(),
        },
        Default::default(),
    );
    // The tokenizer pauses for scripts (not run here) and for a declared
    // charset (already decoded); either way it simply goes on.
    while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.builder.sink
}

/// The content of a `<noscript>` as the body of a page without scripts:
/// its nodes are the children of the fragment's root element.
fn noscript_fragment(markup: &str) -> (Vec<Node>, Handle) {
    let sink = Sink::default();
    let body = sink.create_element(
        QualName::new(None, ns!(html), local_name!("body")),
        Vec::new(),
        ElementFlags::default(),
    );
    let options = TreeBuilderOpts {
        scripting_enabled: false,
        ..TreeBuilderOpts::default()
    };
    let nodes = tokenize(
        markup,
        TreeBuilder::new_for_fragment(sink, body, None, options),
    )
    .nodes
    .into_inner();
    let root = nodes[0].first_child.unwrap_or(0);
    (nodes, root)
}

/// How much text the parser put where, counted as it arrives.
#[derive(Default)]
struct TextCounts {
    /// Bytes of raw `<noscript>` content.
    noscript: Cell<usize>,
    /// Bytes of other text a reader could see, without surrounding ASCII
    /// spaces (a count, where Unicode's other spaces do not matter).
    shown: Cell<usize>,
}

impl TextCounts {
    fn add(&self, parent: &str, text: &str) {
        match parent {
            "noscript" => self.noscript.set(self.noscript.get() + text.len()),
            "script" | "style" | "template" | "title" => {}
            _ => self.shown.set(self.shown.get() + text.trim_ascii().len()),
        }
    }

    /// A page that builds itself with scripts and puts its readable version
    /// in `<noscript>` (forum software and single-page apps do, for search
    /// engines): its `<noscript>` markup outweighs everything else it shows.
    fn is_app_shell(&self) -> bool {
        let (noscript, shown) = (self.noscript.get(), self.shown.get());
        noscript >= APP_SHELL_MIN_NOSCRIPT && noscript > APP_SHELL_NOSCRIPT_RATIO * shown
    }
}

/// Sits between html5ever's tokenizer and tree builder, for shortcuts a
/// browser does not need:
/// - before a start tag that would nest deeper than [`MAX_DEPTH`], it closes
///   the element at that depth;
/// - it steps over the code of scripts and style sheets, which nothing here
///   reads, instead of letting the tokenizer copy it character run by
///   character run (about two fifths of a page's bytes). Schema.org data
///   in scripts is read, so it is parsed as usual;
/// - it steps over the shapes of inline drawings (see
///   [`Gate::skip_drawing`]);
/// - it hands the tree builder each run of text between two tags at once
///   (see [`Gate::text`]).
struct Gate<'a> {
    builder: TreeBuilder<Handle, Sink>,
    /// The tokenizer's input, from which skipped code is taken.
    input: &'a BufferQueue,
    /// Text read since the last tag, comment or null character (the end of
    /// the input comes as a token too). The tokenizer cuts text at every
    /// line break and character reference; the tree builder treats text
    /// the same however it is cut, and each piece costs it a pass through
    /// its insertion rules.
    text: RefCell<StrTendril>,
}

impl TokenSink for Gate<'_> {
    type Handle = Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Handle> {
        if let Token::CharacterTokens(text) = token {
            let mut held = self.text.borrow_mut();
            if held.is_empty() {
                *held = text;
            } else {
                held.push_tendril(&text);
            }
            return TokenSinkResult::Continue;
        }
        if !matches!(token, Token::ParseError(_)) {
            self.hand_over_text(line_number);
        }
        let Token::TagToken(
            tag @ Tag {
                kind: TagKind::StartTag,
                ..
            },
        ) = &token
        else {
            return self.builder.process_token(token, line_number);
        };
        if let Some(name) = self.builder.sink.too_deep() {
            let close = Tag {
                kind: TagKind::EndTag,
                name,
                self_closing: false,
                attrs: Vec::new(),
                had_duplicate_attributes: false,
            };
            // An end tag never asks the tokenizer for anything.
            let _ = self
                .builder
                .process_token(Token::TagToken(close), line_number);
        }
        let unread = unread_raw_text(tag);
        let drawing = tag.name == local_name!("svg") && !tag.self_closing;
        let result = self.builder.process_token(token, line_number);
        if let (Some(end), TokenSinkResult::RawData(_)) = (unread, &result) {
            self.skip_to(end);
        } else if drawing {
            self.skip_drawing();
        }
        result
    }

    fn end(&self) {
        self.builder.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        // Answered for all the input before the `<![CDATA[`, text included.
        self.hand_over_text(0);
        self.builder
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

impl Gate<'_> {
    /// Gives the tree builder the text held back, if any.
    fn hand_over_text(&self, line_number: u64) {
        let text = std::mem::take(&mut *self.text.borrow_mut());
        if !text.is_empty() {
            // Text never asks the tokenizer for anything.
            let _ = self
                .builder
                .process_token(Token::CharacterTokens(text), line_number);
        }
    }

    /// Drops the input up to the end tag `</{end}`, which the tokenizer then
    /// reads as usual. Where the tokenizer's own reading could differ (a
    /// script's `<!--`, which can hide an end tag, or code running past the
    /// buffer), nothing is dropped.
    fn skip_to(&self, end: &str) {
        self.drop_until(end, |inside| end == "script" && opens(inside, b"<!--"));
    }

    /// Drops the shapes of an inline `<svg>` up to its end tag, which the
    /// tokenizer then reads as usual: nothing in a drawing counts as the
    /// page's text, and its paths' long attributes are an eighth of the
    /// markup the tokenizer would otherwise copy. A drawing with a
    /// `<title>` (an icon's label, which stands in for a word: "Messages"
    /// before a poster's count) is read as usual, and so is one with
    /// another drawing inside, a comment or a `CDATA` section (each of
    /// which can hide an end tag).
    fn skip_drawing(&self) {
        self.drop_until("svg", |inside| {
            [b"<svg".as_slice(), b"<!", b"<title"]
                .iter()
                .any(|opening| opens(inside, opening))
        });
    }

    /// Drops the input up to the end tag `</{end}`, unless what lies before
    /// it is to be `read` all the same.
    fn drop_until(&self, end: &str, read: impl Fn(&[u8]) -> bool) {
        let Some(mut rest) = self.input.pop_front() else {
            return;
        };
        if let Some(at) = raw_text_end(&rest, end) {
            if !read(&rest.as_bytes()[..at]) {
                rest.pop_front(at as u32);
            }
        }
        self.input.push_front(rest);
    }
}

/// Whether an element of this name may host a shadow root: a custom
/// element's (a name with a hyphen) or one of the standard few.
fn may_host_shadow(name: &str) -> bool {
    name.contains('-')
        || super::heading_level(name).is_some()
        || matches!(
            name,
            "article"
                | "aside"
                | "blockquote"
                | "body"
                | "div"
                | "footer"
                | "header"
                | "main"
                | "nav"
                | "p"
                | "section"
                | "span"
        )
}

/// The end tag to skip to for a start tag whose raw text nothing reads:
/// a style sheet, or a script other than Schema.org data.
fn unread_raw_text(tag: &Tag) -> Option<&'static str> {
    match &*tag.name {
        "style" => Some("style"),
        "script"
            if !tag.attrs.iter().any(|a| {
                a.name.local == local_name!("type")
                    && a.value.trim().eq_ignore_ascii_case("application/ld+json")
            }) =>
        {
            Some("script")
        }
        _ => None,
    }
}

/// Whether a markup opening such as `<!--` occurs in `bytes`. (memchr's
/// substring search would do it too, at 5 KB more of WebAssembly.)
fn opens(bytes: &[u8], opening: &[u8]) -> bool {
    memchr::memchr_iter(b'<', bytes).any(|at| bytes[at..].starts_with(opening))
}

/// Where the first end tag `</{name}` closing raw text starts in `text`: the
/// name in any case, then a space, `/` or `>`.
fn raw_text_end(text: &str, name: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'<', bytes).find(|&at| {
        let Some(after) = bytes[at + 1..].strip_prefix(b"/") else {
            return false;
        };
        after.len() > name.len()
            && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            && matches!(
                after[name.len()],
                b'\t' | b'\n' | b'\x0c' | b'\r' | b' ' | b'/' | b'>'
            )
    })
}

type Handle = usize;

enum Data {
    Document,
    Element {
        name: QualName,
        attrs: Vec<Attribute>,
        /// A `<template>`'s contents live in a fragment of their own.
        template: Option<Handle>,
    },
    Text(StrTendril),
    /// Comments, doctypes, processing instructions: kept out of the page.
    Other,
}

struct Node {
    data: Data,
    /// Elements above this node when it was inserted.
    depth: u32,
    parent: Option<Handle>,
    first_child: Option<Handle>,
    last_child: Option<Handle>,
    prev: Option<Handle>,
    next: Option<Handle>,
}

impl Node {
    fn new(data: Data) -> Node {
        Node {
            data,
            depth: 0,
            parent: None,
            first_child: None,
            last_child: None,
            prev: None,
            next: None,
        }
    }
}

struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// The element the tree builder is most likely inserting into: the last
    /// one inserted, or the parent of the last one it closed. Exact for
    /// well-formed nesting, which is all [`DepthLimit`] needs.
    current: Cell<Handle>,
    text: TextCounts,
    /// Declarative shadow roots: each host and the fragment of its shadow
    /// tree, in the order they were parsed.
    shadows: RefCell<Vec<(Handle, Handle)>>,
    /// Their hosts, for the parser's question whether one has a root.
    hosts: RefCell<rustc_hash::FxHashSet<Handle>>,
}

impl Default for Sink {
    fn default() -> Sink {
        Sink {
            nodes: RefCell::new(vec![Node::new(Data::Document)]),
            current: Cell::new(0),
            text: TextCounts::default(),
            shadows: RefCell::default(),
            hosts: RefCell::default(),
        }
    }
}

/// About how many bytes of markup make one node: 60 on the median page of
/// Readability's tests, 27 on the densest tenth.
const MARKUP_BYTES_PER_NODE: usize = 64;

impl Sink {
    /// A sink with room for the nodes of about this much markup: the
    /// arena is then seldom copied as it grows.
    fn for_markup(html: &str) -> Sink {
        let sink = Sink::default();
        sink.nodes
            .borrow_mut()
            .reserve(html.len() / MARKUP_BYTES_PER_NODE);
        sink
    }

    /// The name of the current element when it is as deep as elements go.
    fn too_deep(&self) -> Option<LocalName> {
        let nodes = self.nodes.borrow();
        let current = &nodes[self.current.get()];
        match &current.data {
            Data::Element { name, .. } if current.depth >= MAX_DEPTH => Some(name.local.clone()),
            _ => None,
        }
    }

    /// Notes an element just inserted as the likely current one.
    fn inserted(&self, node: Handle) {
        if matches!(self.nodes.borrow()[node].data, Data::Element { .. }) {
            self.current.set(node);
        }
    }

    fn add(&self, data: Data) -> Handle {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node::new(data));
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Node], node: Handle) {
        let (parent, prev, next) = (nodes[node].parent, nodes[node].prev, nodes[node].next);
        if let Some(p) = prev {
            nodes[p].next = next;
        } else if let Some(parent) = parent {
            nodes[parent].first_child = next;
        }
        if let Some(n) = next {
            nodes[n].prev = prev;
        } else if let Some(parent) = parent {
            nodes[parent].last_child = prev;
        }
        let n = &mut nodes[node];
        n.parent = None;
        n.prev = None;
        n.next = None;
    }

    fn append_node(nodes: &mut [Node], parent: Handle, child: Handle) {
        Self::detach(nodes, child);
        let last = nodes[parent].last_child;
        nodes[child].depth = nodes[parent].depth + 1;
        nodes[child].parent = Some(parent);
        nodes[child].prev = last;
        match last {
            Some(l) => nodes[l].next = Some(child),
            None => nodes[parent].first_child = Some(child),
        }
        nodes[parent].last_child = Some(child);
    }

    /// Moves all of `from`'s children to the end of `to`'s, in order.
    fn move_children(nodes: &mut [Node], from: Handle, to: Handle) {
        while let Some(child) = nodes[from].first_child {
            Self::append_node(nodes, to, child);
        }
    }

    fn insert_before(nodes: &mut [Node], sibling: Handle, child: Handle) {
        Self::detach(nodes, child);
        let parent = nodes[sibling].parent;
        let prev = nodes[sibling].prev;
        nodes[child].depth = nodes[sibling].depth;
        nodes[child].parent = parent;
        nodes[child].prev = prev;
        nodes[child].next = Some(sibling);
        nodes[sibling].prev = Some(child);
        match prev {
            Some(p) => nodes[p].next = Some(child),
            None => {
                if let Some(parent) = parent {
                    nodes[parent].first_child = Some(child);
                }
            }
        }
    }

    /// Appends text, merging it into a text node just before, as browsers do.
    fn text_at(&self, previous: Option<Handle>, text: StrTendril) -> Option<Handle> {
        if let Some(prev) = previous {
            if let Data::Text(t) = &mut self.nodes.borrow_mut()[prev].data {
                t.push_tendril(&text);
                return None;
            }
        }
        Some(self.add(Data::Text(text)))
    }

    /// Lays the linked tree out in document order; with `unwrap_noscript`,
    /// the content of a `<noscript>` is parsed and laid out in its place.
    fn into_page(self, url: Option<Url>, unwrap_noscript: bool) -> Page {
        let mut nodes = self.nodes.into_inner();
        for (host, shadow) in self.shadows.into_inner() {
            settle_shadow(&mut nodes, host, shadow);
        }
        settle_streamed(&mut nodes);
        let base = base_url(&nodes, url);
        let mut builder = Builder::with_capacity(nodes.len());
        lay_out(&mut nodes, 0, &mut builder, unwrap_noscript);
        builder.finish(base)
    }
}

/// Adds the children of `root` and their descendants to `builder`.
fn lay_out(nodes: &mut [Node], root: Handle, builder: &mut Builder, unwrap_noscript: bool) {
    // (node, entering): children are pushed in reverse so they pop in order.
    let mut stack: Vec<(Handle, bool)> = Vec::new();
    push_children(nodes, &mut stack, root);
    while let Some((handle, entering)) = stack.pop() {
        if !entering {
            builder.close();
            continue;
        }
        match std::mem::replace(&mut nodes[handle].data, Data::Other) {
            Data::Element { name, .. } if unwrap_noscript && &*name.local == "noscript" => {
                let markup = nodes[handle].first_child.map(|c| &nodes[c].data);
                if let Some(Data::Text(markup)) = markup {
                    let (mut fragment, root) = noscript_fragment(markup);
                    lay_out(&mut fragment, root, builder, false);
                }
            }
            Data::Element { name, attrs, .. } => {
                builder.open(
                    Element {
                        name: name.local,
                        attrs: attrs.into_iter().map(|a| (a.name.local, a.value)).collect(),
                    },
                    None,
                );
                stack.push((handle, false));
                push_children(nodes, &mut stack, handle);
            }
            Data::Text(text) => builder.text(text),
            Data::Document | Data::Other => {}
        }
    }
}

fn push_children(nodes: &[Node], stack: &mut Vec<(Handle, bool)>, of: Handle) {
    let mut child = nodes[of].last_child;
    while let Some(c) = child {
        stack.push((c, true));
        child = nodes[c].prev;
    }
}

/// Puts the pieces of a page that streams its server-rendered content in
/// place, as its scripts would. React's streaming renderer sends each piece
/// when it is ready, in a hidden `<div id="S:…">` at the end of the page,
/// and a script moves its children to the `<template>` that holds its
/// place (`id="B:…"` for a suspended boundary, `"P:…"` for a segment),
/// whatever order the pieces came in.
fn settle_streamed(nodes: &mut [Node]) {
    let mut places: rustc_hash::FxHashMap<&str, Handle> = Default::default();
    for (handle, node) in nodes.iter().enumerate() {
        if let Data::Element { name, attrs, .. } = &node.data {
            if name.local == local_name!("template") {
                let key = attr(attrs, local_name!("id"))
                    .and_then(|id| id.strip_prefix("B:").or_else(|| id.strip_prefix("P:")));
                if let Some(key) = key {
                    places.insert(key, handle);
                }
            }
        }
    }
    if places.is_empty() {
        return;
    }
    let pieces: Vec<(Handle, Handle)> = (0..nodes.len())
        .filter_map(|handle| match &nodes[handle].data {
            Data::Element { name, attrs, .. }
                if name.local == local_name!("div")
                    && attr(attrs, local_name!("hidden")).is_some() =>
            {
                let key = attr(attrs, local_name!("id"))?.strip_prefix("S:")?;
                Some((handle, *places.get(key)?))
            }
            _ => None,
        })
        .collect();
    for (piece, place) in pieces {
        // A placeholder already taken out (a piece nested in another
        // piece's place) is no longer in the page.
        if nodes[place].parent.is_none() {
            continue;
        }
        while let Some(child) = nodes[piece].first_child {
            Sink::insert_before(nodes, place, child);
        }
        Sink::detach(nodes, place);
    }
}

/// Puts a declarative shadow root in its host's place, as a browser draws
/// it: the host shows its shadow tree, and each `<slot>` in it shows the
/// host's children that name it (`slot="…"`; the others go to the slot
/// without a name), or its own content when none does. Children no slot
/// takes are not drawn, and are left out.
fn settle_shadow(nodes: &mut [Node], host: Handle, shadow: Handle) {
    let light = children(nodes, host);
    for &child in &light {
        Sink::detach(nodes, child);
    }
    let slots: Vec<Handle> = descendants(nodes, shadow)
        .into_iter()
        .filter(|&d| element_name(nodes, d) == Some("slot"))
        .collect();
    Sink::move_children(nodes, shadow, host);
    let named = |node: Handle, attribute: LocalName| match &nodes[node].data {
        Data::Element { attrs, .. } => attr(attrs, attribute).unwrap_or("").to_string(),
        _ => String::new(),
    };
    // The first slot of each name takes the children that name it.
    let mut by_name: rustc_hash::FxHashMap<String, usize> = Default::default();
    for (at, &slot) in slots.iter().enumerate() {
        by_name
            .entry(named(slot, local_name!("name")))
            .or_insert(at);
    }
    let mut shown: Vec<(Handle, Vec<Handle>)> = slots.iter().map(|&s| (s, Vec::new())).collect();
    for child in light {
        if let Some(&at) = by_name.get(&named(child, local_name!("slot"))) {
            shown[at].1.push(child);
        }
    }
    for (slot, assigned) in shown {
        if assigned.is_empty() {
            continue;
        }
        for fallback in children(nodes, slot) {
            Sink::detach(nodes, fallback);
        }
        for child in assigned {
            Sink::append_node(nodes, slot, child);
        }
    }
}

fn children(nodes: &[Node], of: Handle) -> Vec<Handle> {
    std::iter::successors(nodes[of].first_child, |&c| nodes[c].next).collect()
}

/// The nodes below `of`, in document order.
fn descendants(nodes: &[Node], of: Handle) -> Vec<Handle> {
    let mut found = Vec::new();
    let mut stack = children(nodes, of);
    stack.reverse();
    while let Some(node) = stack.pop() {
        found.push(node);
        let mut below = children(nodes, node);
        below.reverse();
        stack.extend(below);
    }
    found
}

fn element_name(nodes: &[Node], node: Handle) -> Option<&str> {
    match &nodes[node].data {
        Data::Element { name, .. } => Some(&name.local),
        _ => None,
    }
}

/// The value of the attribute `name` among a parsed element's `attrs`.
fn attr(attrs: &[Attribute], name: LocalName) -> Option<&str> {
    attrs
        .iter()
        .find(|a| a.name.local == name)
        .map(|a| &*a.value)
}

/// The page URL, moved by the first `<base href>` when there is one, as in a
/// browser; only web and file addresses are taken.
fn base_url(nodes: &[Node], url: Option<Url>) -> Option<Url> {
    let href = nodes.iter().find_map(|n| match &n.data {
        Data::Element { name, attrs, .. } if name.local == local_name!("base") => {
            attr(attrs, local_name!("href")).map(str::to_string)
        }
        _ => None,
    });
    let Some(href) = href else {
        return url;
    };
    let joined = match &url {
        Some(u) => u.join(&href).ok(),
        None => Url::parse(&href).ok(),
    };
    match joined {
        Some(b) if matches!(b.scheme(), "http" | "https" | "file") => Some(b),
        _ => url,
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Self;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Self {
        self
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Ref<'a, QualName> {
        Ref::map(self.nodes.borrow(), |nodes| match &nodes[*target].data {
            Data::Element { name, .. } => name,
            _ => panic!("html5ever asked for the name of a node that is not an element"),
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let template = flags.template.then(|| self.add(Data::Document));
        self.add(Data::Element {
            name,
            attrs,
            template,
        })
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        self.add(Data::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        self.add(Data::Other)
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        let child = match child {
            NodeOrText::AppendNode(n) => Some(n),
            NodeOrText::AppendText(text) => {
                let last = {
                    let nodes = self.nodes.borrow();
                    if let Data::Element { name, .. } = &nodes[*parent].data {
                        self.text.add(&name.local, &text);
                    }
                    nodes[*parent].last_child
                };
                self.text_at(last, text)
            }
        };
        if let Some(child) = child {
            Self::append_node(&mut self.nodes.borrow_mut(), *parent, child);
            self.inserted(child);
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        if self.nodes.borrow()[*element].parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(
        &self,
        _name: StrTendril,
        _public: StrTendril,
        _system: StrTendril,
    ) {
    }

    /// A `<template shadowrootmode>` gives its host a shadow root, which
    /// [`settle_shadow`] draws in the host's place once the page is parsed.
    /// Only elements that may host one do, and only once.
    fn attach_declarative_shadow(
        &self,
        location: &Handle,
        template: &Handle,
        _attrs: &[Attribute],
    ) -> bool {
        let mut nodes = self.nodes.borrow_mut();
        let (
            Data::Element { name, .. },
            Data::Element {
                template: Some(contents),
                ..
            },
        ) = (&nodes[*location].data, &nodes[*template].data)
        else {
            return false;
        };
        let contents = *contents;
        if !may_host_shadow(&name.local) || !self.hosts.borrow_mut().insert(*location) {
            return false;
        }
        // The shadow tree nests below its host, as far as the nesting
        // limit goes.
        nodes[contents].depth = nodes[*location].depth + 1;
        self.shadows.borrow_mut().push((*location, contents));
        true
    }

    fn get_template_contents(&self, target: &Handle) -> Handle {
        match &self.nodes.borrow()[*target].data {
            Data::Element {
                template: Some(contents),
                ..
            } => *contents,
            _ => *target,
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let child = match new_node {
            NodeOrText::AppendNode(n) => Some(n),
            NodeOrText::AppendText(text) => {
                let prev = self.nodes.borrow()[*sibling].prev;
                self.text_at(prev, text)
            }
        };
        if let Some(child) = child {
            Self::insert_before(&mut self.nodes.borrow_mut(), *sibling, child);
            self.inserted(child);
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        if let Data::Element {
            attrs: existing, ..
        } = &mut self.nodes.borrow_mut()[*target].data
        {
            for attr in attrs {
                if !existing.iter().any(|a| a.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn pop(&self, node: &Handle) {
        self.current
            .set(self.nodes.borrow()[*node].parent.unwrap_or(0));
    }

    fn remove_from_parent(&self, target: &Handle) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        Self::move_children(&mut self.nodes.borrow_mut(), *node, *new_parent);
    }
}

#[cfg(test)]
mod tests {
    use crate::page::Page;

    /// The text of each element named `tag`, in document order.
    fn texts(page: &Page, tag: &str) -> Vec<String> {
        (0..page.len())
            .filter(|&i| page.tag(i) == tag)
            .map(|i| page.text_content(i))
            .collect()
    }

    #[test]
    fn code_is_stepped_over_and_what_follows_it_read() {
        let page = Page::parse(
            "<html><head><style>p { color: red }</style>\
             <script type=\"application/ld+json\">{\"headline\": \"Tides\"}</script></head><body>\
             <script>var end = '</scripts>'; if (a < b) {}</script><p>One</p>\
             <script><!--<script>a()</script>b--></script><p>Two</p>\
             <SCRIPT>var c;</SCRIPT ><p>Three</p>\
             <style>/* </styles> */ b {}</style><p>Four</p>\
             <svg><title>Map</title><script>d()</script></svg><p>Five</p>\
             <script>never closed",
            None,
        );
        assert_eq!(
            texts(&page, "script"),
            [
                "{\"headline\": \"Tides\"}",
                "",
                "<!--<script>a()</script>b-->",
                "",
                "d()",
                "never closed"
            ]
        );
        assert_eq!(texts(&page, "style"), ["", ""]);
        assert_eq!(texts(&page, "p"), ["One", "Two", "Three", "Four", "Five"]);
    }

    /// Text is placed as the tokenizer's pieces of it would be, however it
    /// was cut (at line breaks and character references): the line break
    /// that opens a `<pre>` dropped, text inside a table's rows moved before
    /// the table, a drawing's `CDATA` read as text and a page's last words
    /// kept.
    #[test]
    fn text_is_placed_whole_however_cut() {
        let page = Page::parse(
            "<html><body><p>Fish &amp;\r\nchips,\n  peas &lt;3</p>\
             <pre>\n  fn main() {\n  }</pre>\
             <table>Loose\n<tr><td>Cell</td></tr></table>\
             <svg><!-- x --><text>A<![CDATA[ & B]]></text></svg><p>Last\nwords",
            None,
        );
        let raw = |tag| page.find(tag).and_then(|i| page.text(i + 1));
        assert_eq!(raw("p"), Some("Fish &\nchips,\n  peas <3"));
        assert_eq!(raw("pre"), Some("  fn main() {\n  }"));
        assert_eq!(texts(&page, "p"), ["Fish & chips, peas <3", "Last words"]);
        let table = page.find("table").unwrap();
        assert_eq!(page.text(table - 1), Some("Loose\n"));
        assert_eq!(texts(&page, "text"), ["A & B"]);
    }

    /// A drawing's shapes are stepped over, and what follows it is read;
    /// an icon's label and a drawing with a comment are read as usual, and
    /// so is one around another (whose own shapes are stepped over).
    #[test]
    fn a_drawings_shapes_are_stepped_over() {
        let page = Page::parse(
            "<html><body><p>One<svg viewBox=\"0 0 8 8\"><path d=\"M0 0h8v8\"/><text>Eight</text></svg>Two</p>\
             <svg><title>Messages</title><use href=\"#m\"/></svg><p>Three</p>\
             <svg><svg><text>Inner</text></svg><text>Outer</text></svg><p>Four</p>\
             <svg><!-- </svg> --><text>Hidden end</text></svg><p>Five</p></body></html>",
            None,
        );
        assert_eq!(
            texts(&page, "svg"),
            ["", "Messages", "Outer", "", "Hidden end"]
        );
        assert_eq!(texts(&page, "path"), Vec::<String>::new());
        assert_eq!(texts(&page, "p"), ["OneTwo", "Three", "Four", "Five"]);
    }

    /// A declarative shadow root is read as the browser draws it: its own
    /// nodes in the host, each slot showing the host's children that name
    /// it (the rest in the slot without a name), a slot's own content where
    /// none does, and children no slot takes left out. An element that may
    /// not host one keeps its children, and the template reads as nothing.
    #[test]
    fn a_declarative_shadow_root_is_read_as_drawn() {
        let page = Page::parse(
            "<html><body><ferry-card><template shadowrootmode=\"open\">\
             <h2><slot name=\"title\">Untitled</slot></h2><p>Timetable</p><slot></slot>\
             <slot name=\"note\"><p>No notes</p></slot></template>\
             <p>Two crossings a day</p><span slot=\"title\">Island ferry</span>\
             <p slot=\"nowhere\">Left out</p><p>One on Sundays</p></ferry-card>\
             <ul><template shadowrootmode=\"open\"><li>Never drawn</li></template><li>Kept</li></ul>\
             </body></html>",
            None,
        );
        assert_eq!(texts(&page, "h2"), ["Island ferry"]);
        assert_eq!(
            texts(&page, "p"),
            [
                "Timetable",
                "Two crossings a day",
                "One on Sundays",
                "No notes"
            ]
        );
        assert_eq!(texts(&page, "li"), ["Kept"]);
        assert_eq!(texts(&page, "template"), [""]);
    }
}
