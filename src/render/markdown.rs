//! Markdown (CommonMark with GitHub tables) from the same walk as the HTML.
//! Written here rather than converting the HTML with a crate: the Markdown
//! crates bring their own copy of html5ever, which would double the parser
//! in the WebAssembly module.

use super::walk::{Event, Tag};
use crate::page::{heading_level, push_collapsed};
use std::borrow::Cow;

pub(crate) struct MarkdownWriter {
    out: String,
    line: String,
    /// Open containers that prefix each line: `> ` and list markers.
    prefixes: Vec<Container>,
    /// Open emphasis, code spans and links, outermost first.
    marks: Vec<Mark>,
    /// The line's length just after the last mark closed on it.
    closed_at: Option<usize>,
    pre: bool,
    row: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Inside a table cell, which holds one line: blocks in it (a `<div>`,
    /// a list) run on as text.
    in_cell: bool,
    /// Inside a heading, which is one line too: blocks in it (`<h3><div>`)
    /// and line breaks run on as text.
    in_heading: bool,
    /// Whether the line holds a list item's first block, and whether the
    /// last block written was one: items of one block each are written
    /// line under line, a tight list, as they are read.
    item_opened: bool,
    item_written: bool,
    /// An item's marker whose first block is one that cannot follow it on
    /// its line (a quotation, a code block): written alone over that
    /// block, once the block has words, with whether it follows the item
    /// before tightly.
    marker: Option<(String, bool)>,
    /// How many of the open containers were open when the last block was
    /// written: the blank line after it stays inside those (`>` between
    /// two paragraphs of one quotation, which would otherwise be two).
    kept: usize,
}

enum Container {
    Quote,
    List { ordered: bool, next: u32 },
}

/// An inline mark (`**`, `*`, `` ` ``, a link) whose opening is written only
/// when words follow it, so that an empty one leaves nothing (`****`,
/// `[](…)`), and which is closed at the end of each block and opened again
/// in the next, as Markdown cannot carry it across blocks (a card's link
/// around its heading and summary becomes a link in each).
struct Mark {
    open: &'static str,
    close: String,
    written: bool,
}

impl MarkdownWriter {
    pub fn new() -> MarkdownWriter {
        MarkdownWriter {
            out: String::new(),
            line: String::new(),
            prefixes: Vec::new(),
            marks: Vec::new(),
            closed_at: None,
            pre: false,
            row: Vec::new(),
            rows: Vec::new(),
            in_cell: false,
            in_heading: false,
            item_opened: false,
            item_written: false,
            marker: None,
            kept: 0,
        }
    }

    pub fn event(&mut self, event: &Event) {
        match *event {
            Event::Open(ref tag) => self.open(tag),
            Event::Close(name) => self.close(name),
            Event::Text { text, preformatted } => {
                if preformatted {
                    self.write_marks();
                    self.line.push_str(text);
                    return;
                }
                let text = escape(text);
                let words = text.trim_start();
                if words.len() < text.len() {
                    push_collapsed(&mut self.line, " ");
                }
                if !words.is_empty() {
                    self.write_marks();
                    push_collapsed(&mut self.line, words);
                }
            }
        }
    }

    fn open(&mut self, tag: &Tag) {
        if self.runs_on(tag.name) {
            self.line.push(' ');
            return;
        }
        match tag.name {
            "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.begin_block();
                let level = tag.name[1..].parse::<usize>().unwrap_or(2);
                self.line.push_str(&"#".repeat(level));
                self.line.push(' ');
                self.in_heading = true;
            }
            // A quotation's `> ` would go before an item's marker, and a
            // code block's lines would leave the item.
            "blockquote" => {
                self.flush();
                self.prefixes.push(Container::Quote);
            }
            "ul" | "ol" => {
                self.begin_block();
                // A list beside another one starts apart from it.
                if !self
                    .prefixes
                    .iter()
                    .any(|p| matches!(p, Container::List { .. }))
                {
                    self.item_written = false;
                }
                let start = tag.attr("start").and_then(|s| s.parse().ok()).unwrap_or(1);
                self.prefixes.push(Container::List {
                    ordered: tag.name == "ol",
                    next: start,
                });
            }
            "li" => {
                self.flush();
                if let Some(Container::List { ordered, next }) = self.prefixes.last_mut() {
                    let marker = if *ordered {
                        format!("{next}. ")
                    } else {
                        "- ".to_string()
                    };
                    *next += 1;
                    self.line.push_str(&marker);
                    self.item_opened = true;
                }
            }
            "pre" => {
                self.flush();
                self.pre = true;
                self.line.push_str("```\n");
            }
            "code" if !self.pre => self.open_mark("`", "`".to_string()),
            "em" => self.open_mark("*", "*".to_string()),
            "strong" => self.open_mark("**", "**".to_string()),
            "s" => self.open_mark("~~", "~~".to_string()),
            "a" => {
                let href = tag.attr("href").unwrap_or("");
                self.open_mark("[", format!("]({href})"));
            }
            "img" => {
                let mut alt = String::new();
                push_collapsed(&mut alt, &escape(tag.attr("alt").unwrap_or("")));
                let src = tag.attr("src").unwrap_or("");
                self.write_marks();
                self.line.push_str(&format!("![{}]({src})", alt.trim()));
            }
            "br" => self.line.push_str("  \n"),
            "hr" => {
                self.flush();
                self.line.push_str("---");
                self.flush();
            }
            "tr" => self.row.clear(),
            "td" | "th" => {
                self.line.clear();
                self.marks.iter_mut().for_each(|m| m.written = false);
                self.in_cell = true;
            }
            "iframe" | "video" | "audio" => {
                if let Some(src) = tag.attr("src") {
                    self.flush();
                    self.line.push_str(&format!("[{src}]({src})"));
                    self.flush();
                }
            }
            name if super::text::is_text_block(name) => self.begin_block(),
            _ => {}
        }
    }

    fn close(&mut self, name: &'static str) {
        if self.runs_on(name) {
            self.line.push(' ');
            return;
        }
        match name {
            "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.in_heading = false;
                self.line = self.line.split_whitespace().collect::<Vec<_>>().join(" ");
                self.flush();
            }
            "blockquote" => {
                self.flush();
                self.prefixes.pop();
                self.kept = self.kept.min(self.prefixes.len());
            }
            // An item whose marker waits for words when its list ends had
            // none.
            "ul" | "ol" => {
                self.flush();
                self.prefixes.pop();
                self.kept = self.kept.min(self.prefixes.len());
                self.marker = None;
            }
            "pre" => {
                if !self.line.ends_with('\n') {
                    self.line.push('\n');
                }
                self.line.push_str("```");
                self.flush();
                self.pre = false;
            }
            "code" if !self.pre => self.close_mark(),
            "em" | "strong" | "s" | "a" => self.close_mark(),
            "td" | "th" => {
                self.close_marks();
                let cell = self.line.split_whitespace().collect::<Vec<_>>().join(" ");
                self.row.push(cell.replace('|', "\\|"));
                self.line.clear();
                self.in_cell = false;
            }
            "tr" => self.rows.push(std::mem::take(&mut self.row)),
            "table" => self.table(),
            name if super::text::is_text_block(name) => self.begin_block(),
            _ => {}
        }
    }

    /// Opens a mark; one inside the same emphasis (`<b><strong>`) adds
    /// nothing.
    fn open_mark(&mut self, open: &'static str, close: String) {
        let again = open == close && self.marks.iter().any(|m| m.open == open);
        self.marks.push(if again {
            Mark {
                open: "",
                close: String::new(),
                written: true,
            }
        } else {
            Mark {
                open,
                close,
                written: false,
            }
        });
    }

    /// Writes the openings still waiting for words, outermost first. An
    /// emphasis that opens where the same one just closed goes on instead
    /// (`**a****b**` would read as neither).
    fn write_marks(&mut self) {
        for mark in self.marks.iter_mut().filter(|m| !m.written) {
            if mark.open == mark.close
                && self.closed_at == Some(self.line.len())
                && self.line.ends_with(mark.open)
            {
                self.line.truncate(self.line.len() - mark.open.len());
            } else {
                self.line.push_str(mark.open);
            }
            mark.written = true;
        }
    }

    /// Closes the innermost mark, if its opening was written: after the
    /// words, with the space that ended them outside it (`**word **` is no
    /// emphasis in Markdown).
    fn close_mark(&mut self) {
        if let Some(mark) = self.marks.pop().filter(|m| m.written) {
            end_mark(&mut self.line, &mark.close);
            self.closed_at = Some(self.line.len());
        }
    }

    /// Closes every written mark at the end of a block, to be opened again
    /// by the next block's words.
    fn close_marks(&mut self) {
        for mark in self.marks.iter_mut().rev().filter(|m| m.written) {
            end_mark(&mut self.line, &mark.close);
            mark.written = false;
        }
    }

    /// Ends the block on the line (before a new one starts, or as one
    /// ends), unless the line holds only a list item's marker: the item's
    /// first block goes on it, past any empty block before (an icon's box).
    fn begin_block(&mut self) {
        if !is_marker(self.line.trim()) {
            self.flush();
        }
    }

    /// Whether element `name` opens or closes nothing here, its words
    /// running on in the one line of a table cell or a heading.
    fn runs_on(&self, name: &str) -> bool {
        (self.in_cell && in_cell_block(name))
            || (self.in_heading
                && (name == "br"
                    || (super::text::is_text_block(name) && heading_level(name).is_none())))
    }

    fn table(&mut self) {
        let rows = std::mem::take(&mut self.rows);
        let width = rows.iter().map(Vec::len).max().unwrap_or(0);
        if width == 0 {
            return;
        }
        self.flush();
        let mut lines = Vec::new();
        for (n, row) in rows.iter().enumerate() {
            let mut cells = row.clone();
            cells.resize(width, String::new());
            lines.push(format!("| {} |", cells.join(" | ")));
            if n == 0 {
                lines.push(format!("|{}", " --- |".repeat(width)));
            }
        }
        self.line = lines.join("\n");
        self.flush();
    }

    fn flush(&mut self) {
        self.close_marks();
        self.closed_at = None;
        let item = std::mem::take(&mut self.item_opened);
        // Most flushes, between blocks, find nothing written since the last.
        if self.line.is_empty() {
            return;
        }
        let block = if self.pre {
            self.line.clone()
        } else {
            // Hard breaks keep their trailing spaces, and no line starts
            // indented (that would read as code).
            super::fold_breaks(self.line.trim().lines().map(str::trim_start))
        };
        self.line.clear();
        let prefix = self.prefix(item);
        if item && is_marker(&block) {
            let line = format!("{prefix}{block}");
            self.marker = Some((line, self.item_written));
            return;
        }
        // A heading's marks with nothing after them, or a line of text
        // that would read as a marker ("1." set apart on a product card).
        if block.is_empty() || is_marker(&block) || block.bytes().all(|b| b == b'#') {
            return;
        }
        // A marker left alone goes with its item if the item had no words
        // (another item came first).
        let marker = self.marker.take().filter(|_| !item);
        let tight = item && self.item_written;
        self.item_written = item;
        match marker {
            Some((line, after_item)) => {
                self.separate(after_item);
                self.out.push_str(&line);
                self.out.push('\n');
            }
            None => self.separate(tight),
        }
        for (n, line) in block.lines().enumerate() {
            if n > 0 {
                self.out.push('\n');
            }
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }

    /// What goes before each line of a block: each quotation around it
    /// adds its `> `, each list its indent, so that the item's other
    /// blocks are set in under its marker's words, but for the innermost
    /// list on an item's first line (`item`), where the marker stands.
    fn prefix(&self, item: bool) -> String {
        let marker_at = item
            .then(|| {
                self.prefixes
                    .iter()
                    .rposition(|p| matches!(p, Container::List { .. }))
            })
            .flatten();
        lead(&self.prefixes, marker_at)
    }

    /// Parts the next block from the last: by a line break in a tight
    /// list, else by a blank line inside the containers both are in.
    fn separate(&mut self, tight: bool) {
        if tight {
            self.out.push('\n');
        } else if !self.out.is_empty() {
            self.out.push('\n');
            self.out
                .push_str(lead(&self.prefixes[..self.kept], None).trim_end());
            self.out.push('\n');
        }
        self.kept = self.prefixes.len();
    }

    pub fn finish(mut self) -> String {
        self.flush();
        self.out
    }
}

/// The lead of a line inside `containers`: `> ` for each quotation, an
/// indent for each list but the one whose marker stands at `marker_at`.
fn lead(containers: &[Container], marker_at: Option<usize>) -> String {
    containers
        .iter()
        .enumerate()
        .map(|(k, p)| match p {
            Container::Quote => "> ",
            Container::List { .. } if Some(k) == marker_at => "",
            Container::List { .. } => "   ",
        })
        .collect()
}

/// Escapes the characters that would start Markdown syntax inside text;
/// most text has none, and is borrowed as it is.
fn escape(text: &str) -> Cow<'_, str> {
    let special = |byte: u8| matches!(byte, b'\\' | b'*' | b'_' | b'`' | b'[' | b']' | b'<' | b'>');
    let Some(first) = text.bytes().position(special) else {
        return Cow::Borrowed(text);
    };
    let mut out = String::with_capacity(text.len() + 8);
    let mut plain = 0;
    for (at, byte) in text.bytes().enumerate().skip(first) {
        if special(byte) {
            out.push_str(&text[plain..at]);
            out.push('\\');
            plain = at;
        }
    }
    out.push_str(&text[plain..]);
    Cow::Owned(out)
}

/// Appends a mark's closing to `line`, after its words and before the
/// space that ended them.
fn end_mark(line: &mut String, close: &str) {
    let words = line.trim_end().len();
    let space = words < line.len();
    line.truncate(words);
    line.push_str(close);
    if space {
        line.push(' ');
    }
}

/// Whether `text` is a list item's marker alone (`-`, `3.`).
fn is_marker(text: &str) -> bool {
    text == "-"
        || text
            .strip_suffix('.')
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Blocks that a table cell's one line takes in as text.
fn in_cell_block(name: &str) -> bool {
    super::text::is_text_block(name) && !matches!(name, "table" | "td" | "th")
}
