//! One walk over the kept part of the page, shared by every renderer: it
//! decides which elements survive and in what form, and the renderers only
//! format what it emits.

use super::address::{web_address, Kind};
use super::images::{image_source, is_tracking_pixel, pixels};
use super::tables::{is_table_part, Tables};
use crate::heuristics::HEADLINE_MAX_WORDS;
use crate::page::{heading_level, is_block, NodeIdx, Page};
use crate::plan::Plan;
use rustc_hash::FxHashMap;

/// An element as the reader view has it: a known tag and checked attributes.
#[derive(Debug, Clone)]
pub(crate) struct Tag {
    pub name: &'static str,
    pub attrs: Vec<(&'static str, String)>,
}

impl Tag {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

pub(crate) enum Event<'a> {
    Open(Tag),
    Close(&'static str),
    Text { text: &'a str, preformatted: bool },
}

/// An element the walk is in.
#[derive(Clone, Copy)]
struct Open {
    node: NodeIdx,
    /// Its tag, when it is kept rather than unwrapped.
    tag: Option<&'static str>,
    /// A code block's line (see [`CodeLines`]).
    line: bool,
    /// Read apart from its neighbours (see `Signals::apart`).
    apart: bool,
}

/// Where one element ends and the next begins with no text between:
/// a caption's span closing on "…since 1985." and its credit's opening on
/// "Credit", a dateline's place and its agency ("London" "KNN"), which the
/// page's styles set apart and the HTML alone runs together. A sentence's
/// end or a word of small letters before the seam and a capital after it
/// part the two with a space. A lone word and a point before the seam may
/// be code's ("json." and "JSONDecoder"), so the text before must hold
/// words, a label or a number; a word of two letters may be a brand's
/// ("i" "Phone").
#[derive(Default)]
struct Seam<'a> {
    /// The last text that was not blank, read only at a seam.
    last: &'a str,
    closed: bool,
    opened: bool,
}

impl<'a> Seam<'a> {
    /// An element has closed; a block's end is no seam.
    fn closed(&mut self, block: bool) {
        self.closed = !block;
        self.opened = false;
    }

    /// An element has opened; so is a block's start.
    fn opened(&mut self, block: bool) {
        self.opened = self.closed && !block;
        self.closed = self.opened;
    }

    /// Whether `text`, next in the article, needs a space before it.
    fn parts(&mut self, text: &'a str) -> bool {
        let parts = self.opened
            && text.chars().next().is_some_and(char::is_uppercase)
            && parts_before(self.last.trim());
        if !text.trim().is_empty() {
            self.last = text;
        }
        self.closed = false;
        self.opened = false;
        parts
    }
}

/// Whether `text`, before a seam, ends a sentence, a label or a number, or
/// with a word of three letters or more, the last one small.
fn parts_before(text: &str) -> bool {
    let last = text.rsplit(char::is_whitespace).next().unwrap_or_default();
    let word = last.chars().count() >= 3
        && last.chars().all(char::is_alphabetic)
        && last.ends_with(char::is_lowercase);
    word || text.ends_with([':', '…'])
        || text.ends_with("...")
        || text.ends_with(['.', '!', '?'])
            && (text.contains(char::is_whitespace)
                || text
                    .trim_end_matches('.')
                    .bytes()
                    .all(|b| b.is_ascii_digit()))
}

/// Calls `emit` for each kept element and text of the article, in order.
pub(crate) fn walk(page: &Page, plan: &Plan, mut emit: impl FnMut(Event)) {
    let mut tables = Tables::default();
    let mut tabs = Tabs::default();
    let mut removed = vec![false; page.len()];
    for r in &plan.removals {
        removed[r.node] = true;
    }
    // What keeps an element's words apart from its neighbours' (see
    // `Signals::apart`); the writers fold it into the spacing around.
    let space = || Event::Text {
        text: " ",
        preformatted: false,
    };
    for &root in &plan.content {
        let mut open: Vec<Open> = Vec::new();
        let mut pre_depth = 0usize;
        let mut lines = CodeLines::default();
        let mut seam = Seam::default();
        let mut i = root;
        while i < page.node(root).end {
            while let Some(&Open {
                node,
                tag,
                line,
                apart,
            }) = open.last()
            {
                if i < page.node(node).end {
                    break;
                }
                open.pop();
                seam.closed(is_block(page.tag(node)));
                if line {
                    lines.close_line();
                }
                if let Some(tag) = tag {
                    if tag == "pre" {
                        pre_depth -= 1;
                    }
                    emit(Event::Close(tag));
                }
                if apart {
                    emit(space());
                }
            }
            if removed[i] {
                i = page.node(i).end;
                continue;
            }
            if let Some(text) = page.text(i) {
                if !is_media_fallback(page, i) {
                    let preformatted = pre_depth > 0;
                    if seam.parts(text) && !preformatted {
                        emit(space());
                    }
                    if preformatted {
                        lines.text(text, &mut emit);
                    }
                    emit(Event::Text { text, preformatted });
                }
                i += 1;
                continue;
            }
            if let Some(tab) = tabs.of_panel(page, i) {
                emit_tab_label(page, tab, &mut emit);
            }
            let line = pre_depth > 0 && is_code_line(page, i);
            let apart = pre_depth == 0 && page.signals(i).is_some_and(|s| s.apart);
            let mapping = if line {
                lines.open_line(&mut emit);
                Mapping::Unwrap
            } else if plan.frames.binary_search(&i).is_ok() {
                container(page, i)
            } else {
                map(page, i, &mut tables)
            };
            if !matches!(mapping, Mapping::Skip) {
                seam.opened(is_block(page.tag(i)));
            }
            match mapping {
                Mapping::Skip => {
                    i = page.node(i).end;
                    continue;
                }
                Mapping::Unwrap => {
                    if apart {
                        emit(space());
                    }
                    open.push(Open {
                        node: i,
                        tag: None,
                        line,
                        apart,
                    });
                }
                Mapping::Keep(tag) => {
                    let name = tag.name;
                    if name == "pre" {
                        pre_depth += 1;
                        lines = CodeLines::default();
                    } else if name == "br" && pre_depth > 0 {
                        lines.at_start = true;
                    }
                    if apart {
                        emit(space());
                    }
                    emit(Event::Open(tag));
                    if is_void(name) {
                        i = page.node(i).end;
                        emit(Event::Close(name));
                        if apart {
                            emit(space());
                        }
                        continue;
                    }
                    open.push(Open {
                        node: i,
                        tag: Some(name),
                        line: false,
                        apart,
                    });
                }
            }
            i += 1;
        }
        while let Some(Open { tag, .. }) = open.pop() {
            if let Some(tag) = tag {
                emit(Event::Close(tag));
            }
        }
    }
}

/// Where a code block's lines part. Highlighters set each line in an
/// element of its own (`<div class="cm-line">`, `<span class="code-line">`)
/// that the page's styles draw as a block, often with no line break in the
/// text between them: the walk writes the break the styles drew.
struct CodeLines {
    /// What was written so far ends a line (or nothing was).
    at_start: bool,
    /// A line element closed after text of its own: what follows starts
    /// a new line.
    ended: bool,
}

impl Default for CodeLines {
    fn default() -> CodeLines {
        CodeLines {
            at_start: true,
            ended: false,
        }
    }
}

impl CodeLines {
    fn open_line(&mut self, emit: &mut impl FnMut(Event)) {
        if !self.at_start {
            emit(Event::Text {
                text: "\n",
                preformatted: true,
            });
            self.at_start = true;
        }
        self.ended = false;
    }

    fn close_line(&mut self) {
        self.ended = !self.at_start;
    }

    fn text(&mut self, text: &str, emit: &mut impl FnMut(Event)) {
        if text.is_empty() {
            return;
        }
        if self.ended && !text.starts_with('\n') {
            emit(Event::Text {
                text: "\n",
                preformatted: true,
            });
        }
        self.ended = false;
        // Spaces after the last break indent the next line: still its start.
        self.at_start = match text.rfind('\n') {
            Some(last) => text[last..].trim().is_empty(),
            None => self.at_start && text.trim().is_empty(),
        };
    }
}

/// An element that holds one line of a code block: a block element, or
/// one whose class names it a line (`line`, `code-line`, `token-line`).
fn is_code_line(page: &Page, i: NodeIdx) -> bool {
    crate::page::is_block(page.tag(i))
        || page.attr(i, "class").is_some_and(|class| {
            class
                .split_ascii_whitespace()
                .any(|c| c == "line" || c.ends_with("-line") || c.ends_with("_line"))
        })
}

/// The tabs of a page by id, gathered when the walk meets its first tab
/// panel: each panel names its tab (`aria-labelledby`), and looking each
/// one up across the whole page would make a page of many panels slow.
#[derive(Default)]
struct Tabs<'a> {
    by_id: Option<FxHashMap<&'a str, Vec<NodeIdx>>>,
}

impl<'a> Tabs<'a> {
    /// The tab that names tab panel `i` (`aria-labelledby`, an element of
    /// role `tab` apart from the panel): a page shows one panel at a time
    /// under a row of tabs, and the reader, which shows every panel, heads
    /// each with its tab's words ("Python", "Windows"). A panel named by a
    /// heading of its own is already headed.
    fn of_panel(&mut self, page: &'a Page, i: NodeIdx) -> Option<NodeIdx> {
        if page.attr(i, "role") != Some("tabpanel") {
            return None;
        }
        let id = page.attr(i, "aria-labelledby")?.split_whitespace().next()?;
        let by_id = self.by_id.get_or_insert_with(|| {
            let mut by_id: FxHashMap<&str, Vec<NodeIdx>> = FxHashMap::default();
            for t in (0..page.len()).filter(|&t| page.attr(t, "role") == Some("tab")) {
                if let Some(id) = page.attr(t, "id") {
                    by_id.entry(id).or_default().push(t);
                }
            }
            by_id
        });
        by_id
            .get(id)?
            .iter()
            .copied()
            .find(|&t| !page.contains(t, i) && !page.contains(i, t))
    }
}

/// A tab's words as a line of strong text of their own.
fn emit_tab_label<'a>(page: &'a Page, tab: NodeIdx, emit: &mut impl FnMut(Event<'a>)) {
    if page.text_content(tab).trim().is_empty() {
        return;
    }
    let tag = |name| Tag {
        name,
        attrs: Vec::new(),
    };
    emit(Event::Open(tag("p")));
    emit(Event::Open(tag("strong")));
    for text in page.descendants(tab).filter_map(|t| page.text(t)) {
        emit(Event::Text {
            text,
            preformatted: false,
        });
    }
    emit(Event::Close("strong"));
    emit(Event::Close("p"));
}

/// Whether `i` is what a `<video>` or `<audio>` holds for browsers that
/// cannot play it ("Your browser does not support the video tag"): text no
/// reader is shown, as every browser plays them.
fn is_media_fallback(page: &Page, i: NodeIdx) -> bool {
    page.parent(i)
        .is_some_and(|p| matches!(page.tag(p), "video" | "audio"))
}

enum Mapping {
    Keep(Tag),
    Unwrap,
    Skip,
}

fn is_void(name: &str) -> bool {
    matches!(name, "img" | "br" | "hr" | "source")
}

fn map(page: &Page, i: NodeIdx, tables: &mut Tables) -> Mapping {
    let keep = |name: &'static str| {
        Mapping::Keep(Tag {
            name,
            attrs: Vec::new(),
        })
    };
    let tag = page.tag(i);
    if !matches!(tag, "source" | "track") && is_media_fallback(page, i) {
        return Mapping::Skip;
    }
    match tag {
        "p" => keep("p"),
        // Its paragraphs (`<h3><p>…</p><p>…</p></h3>`) stand as they are:
        // a paragraph holds no blocks.
        _ if is_prose_heading(page, i) => {
            if page.descendants(i).any(|d| is_block(page.tag(d))) {
                Mapping::Unwrap
            } else {
                keep("p")
            }
        }
        // A heading in a heading (an accordion's question, set in a
        // heading inside its button, inside the heading of the item) is
        // read at the outer one's level: HTML has no heading in a heading,
        // and a parser would close the outer one, empty, before it.
        _ if heading_level(tag).is_some()
            && page
                .ancestors(i)
                .any(|a| heading_level(page.tag(a)).is_some()) =>
        {
            Mapping::Unwrap
        }
        "h1" | "h2" => keep("h2"),
        "h3" => keep("h3"),
        "h4" => keep("h4"),
        "h5" => keep("h5"),
        "h6" => keep("h6"),
        "ul" => keep("ul"),
        "ol" => Mapping::Keep(Tag {
            name: "ol",
            attrs: copy(page, i, &["start"]),
        }),
        "li" => keep("li"),
        "dl" => keep("dl"),
        "dt" => keep("dt"),
        "dd" => keep("dd"),
        "blockquote" => keep("blockquote"),
        "pre" => keep("pre"),
        "code" => keep("code"),
        "figure" => keep("figure"),
        "figcaption" => keep("figcaption"),
        "hr" => keep("hr"),
        "br" => keep("br"),
        "em" | "i" | "cite" | "dfn" => keep("em"),
        "strong" | "b" => keep("strong"),
        "sub" => keep("sub"),
        "sup" => keep("sup"),
        "mark" => keep("mark"),
        "s" | "del" | "strike" => keep("s"),
        "q" => keep("q"),
        "kbd" | "samp" | "var" | "tt" => keep("code"),
        // The plan keeps a button only as a question's heading (an
        // accordion's): set in bold, as the live reader sets it, unless a
        // heading already holds it.
        "button"
            if !page
                .ancestors(i)
                .take(2)
                .any(|a| heading_level(page.tag(a)).is_some()) =>
        {
            keep("strong")
        }
        "time" => Mapping::Keep(Tag {
            name: "time",
            attrs: copy(page, i, &["datetime"]),
        }),
        "abbr" => Mapping::Keep(Tag {
            name: "abbr",
            attrs: copy(page, i, &["title"]),
        }),
        "a" => match page
            .attr(i, "href")
            .map(str::trim)
            .filter(|href| !href.is_empty() && !href.starts_with('#'))
            .and_then(|href| web_address(page, href, Kind::Link))
        {
            Some(href) => Mapping::Keep(Tag {
                name: "a",
                attrs: vec![("href", href)],
            }),
            None => Mapping::Unwrap,
        },
        "img" => image(page, i),
        "picture" => Mapping::Unwrap,
        "source" if page.parent(i).is_some_and(|p| page.tag(p) == "picture") => Mapping::Skip,
        "video" | "audio" => {
            let attrs = urls(page, i, &["src", "poster"]);
            let playable = attrs.iter().any(|(name, _)| *name == "src")
                || page
                    .children(i)
                    .any(|c| page.tag(c) == "source" && !urls(page, c, &["src"]).is_empty());
            if !playable {
                return Mapping::Skip;
            }
            Mapping::Keep(Tag {
                name: if tag == "video" { "video" } else { "audio" },
                attrs: attrs
                    .into_iter()
                    .chain([("controls", String::new())])
                    .collect(),
            })
        }
        "source" => match urls(page, i, &["src"]).pop() {
            Some(src) => Mapping::Keep(Tag {
                name: "source",
                attrs: std::iter::once(src)
                    .chain(copy(page, i, &["type"]))
                    .collect(),
            }),
            None => Mapping::Skip,
        },
        "iframe" | "embed" | "object" => match page
            .attr(i, "src")
            .or(page.attr(i, "data"))
            .and_then(|src| web_address(page, src, Kind::Resource))
        {
            Some(src) => Mapping::Keep(Tag {
                name: "iframe",
                attrs: vec![
                    ("src", src),
                    ("allowfullscreen", String::new()),
                    ("loading", "lazy".to_string()),
                ],
            }),
            None => Mapping::Skip,
        },
        "table" if tables.is_data(page, i) => keep("table"),
        t if is_table_part(t) && tables.in_data(page, i) => Mapping::Keep(Tag {
            name: table_tag(tag),
            attrs: copy(page, i, &["colspan", "rowspan"]),
        }),
        "math" => Mapping::Keep(Tag {
            name: "math",
            attrs: copy(page, i, &["display"]),
        }),
        t if is_mathml(t) && page.ancestors(i).any(|a| page.tag(a) == "math") => {
            keep(mathml_name(t))
        }
        _ => container(page, i),
    }
}

/// A container with inline content of its own is a block of its own; one
/// that only wraps other blocks adds nothing and is unwrapped, which keeps
/// the output flat however deeply the page nests wrappers.
fn container(page: &Page, i: NodeIdx) -> Mapping {
    if crate::page::is_block(page.tag(i)) && has_inline_content(page, i) {
        Mapping::Keep(Tag {
            name: "div",
            attrs: Vec::new(),
        })
    } else {
        Mapping::Unwrap
    }
}

/// The containers of the article (`<div>`, `<section>` …) that hold a line
/// of their own, as a standfirst or a caption set in a plain `<div>` does:
/// the rendered article keeps each as a block, and the live page spaces
/// them as paragraphs, so that a line never runs into the paragraph after.
#[cfg(target_arch = "wasm32")]
pub(crate) fn text_containers(page: &Page, content: &[NodeIdx]) -> Vec<NodeIdx> {
    page.in_subtrees(content)
        .filter(|&i| {
            matches!(
                page.tag(i),
                "div" | "section" | "article" | "main" | "header" | "footer" | "aside" | "center"
            ) && has_inline_content(page, i)
        })
        .collect()
}

/// A heading of more words than any headline: a paragraph the page set in
/// a heading's type (a photo's caption, a pitch, a customer's testimonial),
/// which the reader sets as the text it is.
fn is_prose_heading(page: &Page, i: NodeIdx) -> bool {
    heading_level(page.tag(i)).is_some()
        && page
            .text_content(i)
            .split_whitespace()
            .nth(HEADLINE_MAX_WORDS)
            .is_some()
}

/// The article's headings that read as paragraphs (see
/// [`is_prose_heading`]): set as text on the live page too.
#[cfg(target_arch = "wasm32")]
pub(crate) fn prose_headings(page: &Page, content: &[NodeIdx]) -> Vec<NodeIdx> {
    page.in_subtrees(content)
        .filter(|&i| is_prose_heading(page, i))
        .collect()
}

fn has_inline_content(page: &Page, i: NodeIdx) -> bool {
    page.children(i).any(|c| match page.text(c) {
        Some(t) => !t.trim().is_empty(),
        None => !crate::page::is_block(page.tag(c)),
    })
}

fn copy(page: &Page, i: NodeIdx, names: &[&'static str]) -> Vec<(&'static str, String)> {
    names
        .iter()
        .filter_map(|&n| page.attr(i, n).map(|v| (n, v.to_string())))
        .collect()
}

fn urls(page: &Page, i: NodeIdx, names: &[&'static str]) -> Vec<(&'static str, String)> {
    names
        .iter()
        .filter_map(|&n| Some((n, web_address(page, page.attr(i, n)?, Kind::Resource)?)))
        .collect()
}

fn image(page: &Page, i: NodeIdx) -> Mapping {
    match image_source(page, i) {
        Some((src, srcset)) if !is_tracking_pixel(page, i) => {
            let mut attrs = vec![("src", src)];
            if let Some(srcset) = srcset {
                attrs.push(("srcset", srcset));
            }
            attrs.push(("alt", page.attr(i, "alt").unwrap_or("").to_string()));
            // The size the page gives, in pixels: an icon or a rating's star
            // stays that small, and a photo's box is laid out before it loads.
            for name in ["width", "height"] {
                if let Some(size) = page.attr(i, name).and_then(pixels).filter(|&n| n >= 1.0) {
                    attrs.push((name, (size.round() as u32).to_string()));
                }
            }
            Mapping::Keep(Tag { name: "img", attrs })
        }
        _ => Mapping::Skip,
    }
}

fn table_tag(tag: &str) -> &'static str {
    match tag {
        "caption" => "caption",
        "thead" => "thead",
        "tbody" => "tbody",
        "tfoot" => "tfoot",
        "tr" => "tr",
        "th" => "th",
        _ => "td",
    }
}

/// MathML elements kept inside `<math>` (the sanitizer allows the same).
pub(crate) const MATHML: &[&str] = &[
    "mi",
    "mo",
    "mn",
    "ms",
    "mtext",
    "mspace",
    "mrow",
    "mfrac",
    "msqrt",
    "mroot",
    "msub",
    "msup",
    "msubsup",
    "munder",
    "mover",
    "munderover",
    "mtable",
    "mtr",
    "mtd",
    "mstyle",
    "mpadded",
    "mphantom",
    "menclose",
    "mmultiscripts",
    "semantics",
    "annotation",
];

fn is_mathml(tag: &str) -> bool {
    MATHML.contains(&tag)
}

fn mathml_name(tag: &str) -> &'static str {
    MATHML
        .iter()
        .find(|m| **m == tag)
        .copied()
        .unwrap_or("mrow")
}
