//! Tables of data and tables used for layout, told apart once per table:
//! the renderer keeps the first and unwraps the second, and on the live
//! page the second's rows and cells are set as plain blocks.

use crate::page::{NodeIdx, Page};
use std::collections::HashMap;

/// Whether each table seen so far holds data, so cells do not rescan it.
#[derive(Default)]
pub(crate) struct Tables(HashMap<NodeIdx, bool>);

impl Tables {
    /// A table of data rather than a table used for layout: it has headers
    /// or a caption, or is too regular and large to be a layout grid.
    pub fn is_data(&mut self, page: &Page, table: NodeIdx) -> bool {
        *self
            .0
            .entry(table)
            .or_insert_with(|| looks_like_data(page, table))
    }

    /// Whether row, cell or section `i` belongs to a table of data.
    pub fn in_data(&mut self, page: &Page, i: NodeIdx) -> bool {
        page.ancestors(i)
            .find(|&a| page.tag(a) == "table")
            .is_some_and(|t| self.is_data(page, t))
    }
}

/// The parts of a table other than the table itself.
pub(crate) fn is_table_part(tag: &str) -> bool {
    matches!(
        tag,
        "caption" | "thead" | "tbody" | "tfoot" | "tr" | "th" | "td"
    )
}

/// The tables used for layout in the article `roots`, with their rows and
/// cells, and a root that is itself a row or cell of one: old sites set
/// their whole article in a grid of cells.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) fn layout_parts(page: &Page, roots: &[NodeIdx]) -> Vec<NodeIdx> {
    let mut tables = Tables::default();
    page.in_subtrees(roots)
        .filter(|&i| match page.tag(i) {
            "table" => !tables.is_data(page, i),
            tag => is_table_part(tag) && !tables.in_data(page, i),
        })
        .collect()
}

fn looks_like_data(page: &Page, table: NodeIdx) -> bool {
    if page.attr(table, "role") == Some("presentation") {
        return false;
    }
    let mut rows = 0;
    let mut cells = 0;
    for j in page.descendants(table) {
        match page.tag(j) {
            "table" => return false,
            "th" | "caption" | "thead" | "tfoot" | "colgroup" => return true,
            "tr" => rows += 1,
            "td" => cells += 1,
            _ => {}
        }
    }
    rows >= 10 || (rows > 0 && cells / rows > 4) || cells > 10
}

#[cfg(test)]
mod tests {
    use super::layout_parts;
    use crate::page::Page;

    /// A grid of cells around the article is layout, down to the row the
    /// article is; a table of figures inside it is data.
    #[test]
    fn a_grid_around_the_article_is_layout() {
        let page = Page::parse(
            "<table><tr id=row><td>The story<table id=inner><tr><td>menu</td></tr></table>\
             <table id=data><tr><th>Year</th><th>Sales</th></tr><tr><td>2024</td><td>3</td></tr></table>\
             </td></tr></table>",
            None,
        );
        let row = page.find("tr").unwrap();
        let named = |i: usize| page.attr(i, "id").unwrap_or(page.tag(i)).to_string();
        let parts: Vec<String> = layout_parts(&page, &[row]).into_iter().map(named).collect();
        assert_eq!(parts, ["row", "td", "inner", "tbody", "tr", "td"]);
    }
}
