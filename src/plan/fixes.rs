//! The reader's own corrections: blocks put back into the article or taken
//! out of it by hand. They outrank every heuristic, so a reader can always
//! fix a page the other passes got wrong.

use crate::page::{NodeIdx, Page};
use crate::Options;
use rustc_hash::FxHashSet;

pub(crate) struct Fixes {
    keep: FxHashSet<NodeIdx>,
    remove: FxHashSet<NodeIdx>,
    /// Strict ancestors of kept nodes: never removed whole, only looked into.
    holds_kept: FxHashSet<NodeIdx>,
}

impl Fixes {
    /// The fixes that name elements of `page`; indices from a stale rule
    /// that point elsewhere are dropped.
    pub fn new(page: &Page, options: &Options) -> Fixes {
        let elements = |list: &[NodeIdx]| -> FxHashSet<NodeIdx> {
            list.iter()
                .copied()
                .filter(|&i| page.names_element(i))
                .collect()
        };
        let keep = elements(&options.fixes.keep);
        let remove = elements(&options.fixes.remove);
        let holds_kept = keep.iter().flat_map(|&k| page.ancestors(k)).collect();
        Fixes {
            keep,
            remove,
            holds_kept,
        }
    }

    pub fn is_kept(&self, i: NodeIdx) -> bool {
        self.keep.contains(&i)
    }

    pub fn is_removed(&self, i: NodeIdx) -> bool {
        self.remove.contains(&i)
    }

    pub fn holds_kept(&self, i: NodeIdx) -> bool {
        self.holds_kept.contains(&i)
    }

    /// Removed blocks count as unseen, so a block the reader took out never
    /// makes its container look like the article.
    pub fn hide_removed(&self, page: &Page, hidden: &mut [bool]) {
        for &r in &self.remove {
            hidden[r..page.node(r).end].fill(true);
        }
    }

    /// The article's roots with every kept block that lies outside them, in
    /// document order, none inside another.
    pub fn extend(&self, page: &Page, mut content: Vec<NodeIdx>) -> Vec<NodeIdx> {
        if self.keep.is_empty() {
            return content;
        }
        content.extend(self.keep.iter().copied());
        content.sort_unstable();
        content.dedup();
        let mut roots: Vec<NodeIdx> = Vec::with_capacity(content.len());
        for i in content {
            if !roots.last().is_some_and(|&r| page.contains(r, i)) {
                roots.push(i);
            }
        }
        roots
    }
}
