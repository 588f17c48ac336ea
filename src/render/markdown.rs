//! Markdown (CommonMark with GitHub tables) from the same walk as the HTML.
//! Written here rather than converting the HTML with a crate: the Markdown
//! crates bring their own copy of html5ever, which would double the parser
//! in the WebAssembly module.

use super::walk::{Event, Tag};
use crate::page::{heading_level, push_collapsed};

pub(crate) struct MarkdownWriter {
    out: String,
    line: String,
    /// Open containers that prefix each line: `> ` and list markers.
    prefixes: Vec<Container>,
    links: Vec<String>,
    pre: bool,
    row: Vec<String>,
    rows: Vec<Vec<String>>,
    /// Inside a table cell, which holds one line: blocks in it (a `<div>`,
    /// a list) run on as text.
    in_cell: bool,
    /// Inside a heading, which is one line too: blocks in it (`<h3><div>`)
    /// and line breaks run on as text.
    in_heading: bool,
}

enum Container {
    Quote,
    List { ordered: bool, next: u32 },
}

impl MarkdownWriter {
    pub fn new() -> MarkdownWriter {
        MarkdownWriter {
            out: String::new(),
            line: String::new(),
            prefixes: Vec::new(),
            links: Vec::new(),
            pre: false,
            row: Vec::new(),
            rows: Vec::new(),
            in_cell: false,
            in_heading: false,
        }
    }

    pub fn event(&mut self, event: Event) {
        match event {
            Event::Open(tag) => self.open(tag),
            Event::Close(name) => self.close(name),
            Event::Text { text, preformatted } => {
                if preformatted {
                    self.line.push_str(text);
                } else {
                    push_collapsed(&mut self.line, &escape(text));
                }
            }
        }
    }

    fn open(&mut self, tag: Tag) {
        if self.runs_on(tag.name) {
            self.line.push(' ');
            return;
        }
        match tag.name {
            "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush();
                let level = tag.name[1..].parse::<usize>().unwrap_or(2);
                self.line.push_str(&"#".repeat(level));
                self.line.push(' ');
                self.in_heading = true;
            }
            "blockquote" => {
                self.flush();
                self.prefixes.push(Container::Quote);
            }
            "ul" | "ol" => {
                self.flush();
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
                }
            }
            "pre" => {
                self.flush();
                self.pre = true;
                self.line.push_str("```\n");
            }
            "code" if !self.pre => self.line.push('`'),
            "em" => self.line.push('*'),
            "strong" => self.line.push_str("**"),
            "s" => self.line.push_str("~~"),
            "a" => {
                self.line.push('[');
                self.links.push(tag.attr("href").unwrap_or("").to_string());
            }
            "img" => {
                let alt = escape(tag.attr("alt").unwrap_or(""));
                let src = tag.attr("src").unwrap_or("");
                self.line.push_str(&format!("![{alt}]({src})"));
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
                self.in_cell = true;
            }
            "iframe" | "video" | "audio" => {
                if let Some(src) = tag.attr("src") {
                    self.flush();
                    self.line.push_str(&format!("[{src}]({src})"));
                    self.flush();
                }
            }
            name if super::text::is_text_block(name) => self.flush(),
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
            "blockquote" | "ul" | "ol" => {
                self.flush();
                self.prefixes.pop();
            }
            "pre" => {
                if !self.line.ends_with('\n') {
                    self.line.push('\n');
                }
                self.line.push_str("```");
                self.flush();
                self.pre = false;
            }
            "code" if !self.pre => self.line.push('`'),
            "em" => self.line.push('*'),
            "strong" => self.line.push_str("**"),
            "s" => self.line.push_str("~~"),
            "a" => {
                let href = self.links.pop().unwrap_or_default();
                self.line.push_str(&format!("]({href})"));
            }
            "td" | "th" => {
                let cell = self.line.split_whitespace().collect::<Vec<_>>().join(" ");
                self.row.push(cell.replace('|', "\\|"));
                self.line.clear();
                self.in_cell = false;
            }
            "tr" => self.rows.push(std::mem::take(&mut self.row)),
            "table" => self.table(),
            name if super::text::is_text_block(name) => self.flush(),
            _ => {}
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
        let block = if self.pre {
            self.line.clone()
        } else {
            // Hard breaks keep their trailing spaces, and no line starts
            // indented (that would read as code).
            super::fold_breaks(self.line.trim().lines().map(str::trim_start))
        };
        self.line.clear();
        // A list marker or a heading's marks with nothing after them.
        if block.is_empty() || block == "-" || block.bytes().all(|b| b == b'#') {
            return;
        }
        let prefix: String = self
            .prefixes
            .iter()
            .map(|p| match p {
                Container::Quote => "> ",
                Container::List { .. } => "",
            })
            .collect();
        let indent = "   ".repeat(
            self.prefixes
                .iter()
                .filter(|p| matches!(p, Container::List { .. }))
                .count()
                .saturating_sub(1),
        );
        if !self.out.is_empty() {
            self.out.push_str("\n\n");
        }
        for (n, line) in block.lines().enumerate() {
            if n > 0 {
                self.out.push('\n');
            }
            self.out.push_str(&prefix);
            self.out.push_str(&indent);
            self.out.push_str(line);
        }
    }

    pub fn finish(mut self) -> String {
        self.flush();
        self.out
    }
}

/// Escapes the characters that would start Markdown syntax inside text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Blocks that a table cell's one line takes in as text.
fn in_cell_block(name: &str) -> bool {
    super::text::is_text_block(name) && !matches!(name, "table" | "td" | "th")
}
