//! Plain text: one block per paragraph, a blank line between blocks, words
//! never glued across block boundaries, preformatted text kept as it is.

use super::walk::Event;
use crate::page::push_collapsed;

pub(crate) struct TextWriter {
    out: String,
    line: String,
    /// A cell of the row has been opened: the next one needs a separator.
    cell: bool,
    /// Inside a table cell, where blocks (a `<div>`, a `<p>`) run on in
    /// the row's one line.
    in_cell: bool,
    /// Inside `<pre>`: spaces at the start of the block are code indentation.
    pre: bool,
}

impl TextWriter {
    pub fn new() -> TextWriter {
        TextWriter {
            out: String::new(),
            line: String::new(),
            cell: false,
            in_cell: false,
            pre: false,
        }
    }

    pub fn event(&mut self, event: &Event) {
        match *event {
            Event::Open(ref tag) => match tag.name {
                "br" => self.line.push('\n'),
                "td" | "th" => {
                    if self.cell {
                        self.line.truncate(self.line.trim_end_matches(' ').len());
                        self.line.push_str(" | ");
                    }
                    self.cell = true;
                    self.in_cell = true;
                }
                "tr" => {
                    self.flush();
                    self.cell = false;
                }
                "img" => {}
                name if self.in_cell && is_text_block(name) => self.space(),
                name if is_text_block(name) => {
                    self.flush();
                    self.pre = name == "pre";
                }
                _ => {}
            },
            Event::Close(name) => match name {
                "td" | "th" => self.in_cell = false,
                name if self.in_cell && is_text_block(name) => self.space(),
                name if is_text_block(name) || name == "tr" => {
                    self.flush();
                    self.pre = false;
                }
                _ => {}
            },
            Event::Text { text, preformatted } => {
                if preformatted {
                    self.line.push_str(text);
                } else {
                    push_collapsed(&mut self.line, text);
                }
            }
        }
    }

    /// One space between the blocks run together in a table cell.
    fn space(&mut self) {
        if !self.line.is_empty() && !self.line.ends_with(char::is_whitespace) {
            self.line.push(' ');
        }
    }

    fn flush(&mut self) {
        // Blocks open and close around every block: most flushes find
        // nothing written since the last.
        if self.line.is_empty() {
            return;
        }
        let block = if self.pre {
            self.line
                .lines()
                .map(str::trim_end)
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            // Line breaks inside a paragraph: each line trimmed.
            super::fold_breaks(self.line.lines().map(str::trim))
        };
        let block = if self.pre {
            block.trim_matches('\n')
        } else {
            block.trim()
        };
        if !block.is_empty() {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(block);
        }
        self.line.clear();
    }

    pub fn finish(mut self) -> String {
        self.flush();
        self.out
    }
}

/// Tags that end a line of plain text.
pub(crate) fn is_text_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "li"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "figure"
            | "figcaption"
            | "hr"
            | "table"
            | "caption"
            | "div"
            | "video"
            | "audio"
            | "iframe"
            | "math"
    )
}
