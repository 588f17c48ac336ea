//! Blocks that repeat an earlier block word for word. Page builders write an
//! article once per screen size and let style sheets show one copy; only a
//! rendered page knows which, and any one of them is the article.

use super::candidates::is_paragraph;
use super::Stats;
use crate::heuristics::COPY_MIN_CHARS;
use crate::page::{NodeIdx, Page};
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::hash_map::Entry;

/// Characters, link characters, commas and descendants: equal for copies,
/// and rarely equal otherwise, so the texts are compared only then.
type Fingerprint = (usize, usize, usize, usize);

#[derive(Default)]
pub(crate) struct Copies {
    seen: RefCell<FxHashMap<Fingerprint, NodeIdx>>,
}

impl Copies {
    /// Whether container `i` repeats one met before in document order; if
    /// not, it is remembered. Single paragraphs are left alone: a text may
    /// repeat a sentence on purpose, not a whole section.
    pub fn repeats(&self, page: &Page, stats: &Stats, i: NodeIdx) -> bool {
        if stats.chars(i) < COPY_MIN_CHARS || is_paragraph(page, i) {
            return false;
        }
        let key = (
            stats.chars(i),
            stats.link_chars(i),
            stats.commas(i),
            page.node(i).end - i,
        );
        match self.seen.borrow_mut().entry(key) {
            Entry::Occupied(first) => {
                let first = *first.get();
                !page.contains(first, i) && page.text_content(first) == page.text_content(i)
            }
            Entry::Vacant(slot) => {
                slot.insert(i);
                false
            }
        }
    }
}
