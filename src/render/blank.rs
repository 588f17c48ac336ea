//! Blocks that show nothing: a paragraph of no-break spaces, a line break
//! set in a block of its own, as editors leave between paragraphs. The
//! rendered article has no blank lines; on the live page these blocks are
//! set aside while reading, or they would stand as gaps in the text.

use crate::page::{is_block, NodeIdx, Page};
use crate::render::is_table_part;

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

/// The outermost blocks inside the article `roots` with no words and
/// nothing drawn in them. Table cells keep their table's shape.
pub(crate) fn blank_blocks(page: &Page, roots: &[NodeIdx]) -> Vec<NodeIdx> {
    // `seen[i]`: how many nodes before `i` show something, so a subtree
    // `i..end` shows something when the count grows across it.
    let mut seen = vec![0u32; page.len() + 1];
    for i in 0..page.len() {
        let shows = page
            .text(i)
            .map_or_else(|| draws(page.tag(i)), |t| !t.trim().is_empty());
        seen[i + 1] = seen[i] + u32::from(shows);
    }
    let mut blank = Vec::new();
    for &root in roots {
        let mut i = root + 1;
        while i < page.node(root).end {
            let end = page.node(i).end;
            let tag = page.tag(i);
            if is_block(tag) && !is_table_part(tag) && seen[end] == seen[i] {
                blank.push(i);
                i = end;
            } else {
                i += 1;
            }
        }
    }
    blank
}

#[cfg(test)]
mod tests {
    use super::blank_blocks;
    use crate::page::Page;

    /// Empty paragraphs and line breaks in blocks of their own are blank;
    /// a rule, a frame and a cell are not.
    #[test]
    fn blocks_with_nothing_to_see_are_blank() {
        let page = Page::parse(
            "<article><p>The ferry runs twice a day.</p><p id=a>\u{a0}</p>\
             <div id=b><span><br></span></div><hr><div><iframe src=map></iframe></div>\
             <table><tr><td> </td><td>2</td></tr></table><p>The evening boat waits.</p></article>",
            None,
        );
        let article = page.find("article").unwrap();
        let named = |i: usize| page.attr(i, "id").unwrap_or(page.tag(i)).to_string();
        let blank: Vec<String> = blank_blocks(&page, &[article])
            .into_iter()
            .map(named)
            .collect();
        assert_eq!(blank, ["a", "b"]);
    }
}
