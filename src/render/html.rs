//! Article HTML, sanitized. The walk already keeps only known tags and
//! attributes; ammonia then enforces that as policy, so no script, event
//! handler, style or dangerous URL can reach a reader whatever the page did.

use super::walk::{Event, MATHML};
use super::{is_blank, is_table_part};
use std::collections::HashSet;
use std::sync::OnceLock;

pub(crate) struct HtmlWriter {
    out: String,
    /// Words and pictures written so far.
    shown: usize,
    /// For each open element: where its tag starts in `out`, and `shown`
    /// when it opened.
    open: Vec<(usize, usize)>,
}

impl HtmlWriter {
    pub fn new() -> HtmlWriter {
        HtmlWriter {
            out: String::new(),
            shown: 0,
            open: Vec::new(),
        }
    }

    pub fn event(&mut self, event: &Event) {
        match *event {
            Event::Open(ref tag) => {
                if !is_void(tag.name) {
                    self.open.push((self.out.len(), self.shown));
                }
                if matches!(
                    tag.name,
                    "img" | "video" | "audio" | "iframe" | "hr" | "math"
                ) {
                    self.shown += 1;
                }
                self.out.push('<');
                self.out.push_str(tag.name);
                for (name, value) in &tag.attrs {
                    self.out.push(' ');
                    self.out.push_str(name);
                    self.out.push_str("=\"");
                    escape(&mut self.out, value);
                    self.out.push('"');
                }
                self.out.push('>');
            }
            Event::Close(name) => {
                if is_void(name) {
                    return;
                }
                let (start, shown) = self.open.pop().unwrap_or((self.out.len(), self.shown));
                // A block or a mark left with nothing in it (a heading whose
                // link went, a bullet of an emptied item) is not written.
                if shown == self.shown && !is_table_part(name) {
                    self.out.truncate(start);
                    return;
                }
                self.out.push_str("</");
                self.out.push_str(name);
                self.out.push('>');
            }
            Event::Text { text, .. } => {
                if !is_blank(text) {
                    self.shown += 1;
                }
                escape(&mut self.out, text);
            }
        }
    }

    pub fn finish(self) -> String {
        sanitizer().clean(&self.out).to_string()
    }
}

fn is_void(name: &str) -> bool {
    matches!(name, "img" | "br" | "hr" | "source")
}

/// Appends `text` to `out` as HTML text (and attribute values).
pub(crate) fn escape(out: &mut String, text: &str) {
    let mut plain = 0;
    for (at, byte) in text.bytes().enumerate() {
        let entity = match byte {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => continue,
        };
        out.push_str(&text[plain..at]);
        out.push_str(entity);
        plain = at + 1;
    }
    out.push_str(&text[plain..]);
}

/// The one sanitizing policy of the crate.
pub fn sanitizer() -> &'static ammonia::Builder<'static> {
    static BUILDER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    BUILDER.get_or_init(|| {
        let tags: HashSet<&str> = [
            "p",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "code",
            "figure",
            "figcaption",
            "hr",
            "br",
            "em",
            "strong",
            "sub",
            "sup",
            "mark",
            "s",
            "q",
            "time",
            "abbr",
            "a",
            "img",
            "video",
            "audio",
            "source",
            "iframe",
            "table",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "div",
            "math",
        ]
        .into_iter()
        .chain(MATHML.iter().copied().filter(|t| *t != "annotation"))
        .collect();
        let mut builder = ammonia::Builder::empty();
        builder
            .tags(tags)
            .generic_attributes(["lang", "dir"].into_iter().collect())
            .tag_attributes(
                [
                    ("a", ["href"].as_slice()),
                    ("img", &["src", "srcset", "alt", "width", "height"]),
                    ("ol", &["start"]),
                    ("time", &["datetime"]),
                    ("abbr", &["title"]),
                    ("td", &["colspan", "rowspan"]),
                    ("th", &["colspan", "rowspan"]),
                    ("video", &["src", "poster", "controls"]),
                    ("audio", &["src", "controls"]),
                    ("source", &["src", "type"]),
                    ("iframe", &["src", "allowfullscreen", "loading"]),
                    ("math", &["display"]),
                ]
                .into_iter()
                .map(|(t, a)| (t, a.iter().copied().collect()))
                .collect(),
            )
            .url_schemes(["http", "https", "mailto"].into_iter().collect())
            .link_rel(Some("noopener noreferrer"))
            .strip_comments(true);
        builder
    })
}
