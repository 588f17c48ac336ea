//! Blocks that show nothing: a paragraph of no-break spaces, a line break
//! set in a block of its own, as editors leave between paragraphs. The
//! rendered article has no blank lines; on the live page such a block is
//! set aside while reading where the reader's own spacing already parts the
//! text around it (after a paragraph, a heading, a list), and kept where it
//! is the only thing that does (paragraphs written as plain `<div>`s).

use crate::page::{is_block, NodeIdx, Page};
use crate::render::{is_blank, is_table_part};

/// Elements that draw something without text.
fn draws(tag: &str) -> bool {
    matches!(
        tag,
        "img"
            | "picture"
            | "video"
            | "audio"
            | "iframe"
            | "embed"
            | "object"
            | "svg"
            | "canvas"
            | "math"
            | "hr"
            | "input"
            | "button"
            | "select"
            | "textarea"
            | "meter"
            | "progress"
    )
}

/// Blocks the reader's stylesheet sets apart with margins of their own.
fn spaced(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "ul"
            | "ol"
            | "blockquote"
            | "figure"
            | "pre"
            | "table"
    )
}

/// The outermost blocks inside the article `roots` with no words and
/// nothing drawn in them, which follow a spaced block or come first. Table
/// cells keep their table's shape.
pub(crate) fn blank_blocks(page: &Page, roots: &[NodeIdx]) -> Vec<NodeIdx> {
    // `seen[i]`: how many nodes before `i` show something, so a subtree
    // `i..end` shows something when the count grows across it.
    // The text of scripts, styles and templates, and of `<noscript>` on a
    // page that runs scripts, is never drawn.
    let mut seen = vec![0u32; page.len() + 1];
    let mut unseen_until = 0;
    for i in 0..page.len() {
        if matches!(page.tag(i), "script" | "style" | "noscript" | "template") {
            unseen_until = unseen_until.max(page.node(i).end);
        }
        let shows = i >= unseen_until
            && page
                .text(i)
                .map_or_else(|| draws(page.tag(i)), |t| !is_blank(t));
        seen[i + 1] = seen[i] + u32::from(shows);
    }
    let mut blank = Vec::new();
    for &root in roots {
        // The blocks open around `i`, and whether what came last is set
        // apart by the reader's spacing (the header above the article is).
        let mut open: Vec<NodeIdx> = Vec::new();
        let mut apart = true;
        let mut i = root + 1;
        while i < page.node(root).end {
            while let Some(&closed) = open.last().filter(|&&b| i >= page.node(b).end) {
                open.pop();
                apart |= spaced(page.tag(closed));
            }
            let end = page.node(i).end;
            let tag = page.tag(i);
            if is_block(tag) && !is_table_part(tag) {
                if seen[end] == seen[i] {
                    if apart {
                        blank.push(i);
                    }
                    i = end;
                    continue;
                }
                open.push(i);
            } else if seen[i + 1] > seen[i] {
                apart = draws(tag) || open.last().is_some_and(|&b| spaced(page.tag(b)));
            }
            i += 1;
        }
    }
    blank
}

#[cfg(test)]
mod tests {
    use super::blank_blocks;
    use crate::page::Page;

    fn blank(html: &str) -> Vec<String> {
        let page = Page::parse(html, None);
        let article = page.find("article").unwrap();
        let named = |i: usize| page.attr(i, "id").unwrap_or(page.tag(i)).to_string();
        blank_blocks(&page, &[article])
            .into_iter()
            .map(named)
            .collect()
    }

    /// Empty paragraphs (of no-break spaces, of a zero-width joiner, of a
    /// left-to-right mark) and line breaks in blocks of their own after
    /// paragraphs are blank; a rule, a frame and a cell are not.
    #[test]
    fn blocks_with_nothing_to_see_are_blank() {
        let found = blank(
            "<article><p>The ferry runs twice a day.</p><p id=a>\u{a0}</p><p id=z>\u{200d}</p>\
             <p id=m>\u{200e}</p><div id=b><span><br></span></div><hr><div><iframe src=map></iframe></div>\
             <table><tr><td> </td><td>2</td></tr></table><p>The evening boat waits.</p></article>",
        );
        assert_eq!(found, ["a", "z", "m", "b"]);
        // A slide holding only a copy of its picture for pages without
        // scripts shows nothing where scripts run.
        let found = blank(
            "<article><p>The ferry runs twice a day.</p><ul><li><noscript><img src=a.jpg></noscript></li>\
             <li><noscript><img src=b.jpg></noscript></li></ul><p>The evening boat waits.</p></article>",
        );
        assert_eq!(found, ["ul"]);
    }

    /// Paragraphs written as plain blocks keep the empty block between
    /// them: it is their only spacing.
    #[test]
    fn a_break_between_plain_blocks_stays() {
        let found = blank(
            "<article><div>The ferry runs twice a day.</div><div><br></div>\
             <div>The evening boat waits.</div><ul><li>Timetable</li></ul><div id=c><br></div>\
             <div>Tickets are sold on board.</div></article>",
        );
        assert_eq!(found, ["c"]);
    }
}
