//! Pull quotes: a quote box that repeats a sentence of the article is there
//! for the eye of a skimming reader, and reads as a stutter in a reader view.

use crate::heuristics::PULL_QUOTE_OVERLAP;
use crate::page::{NodeIdx, Page};
use crate::quality::shingles;
use rustc_hash::FxHashMap as HashMap;

/// Counts of the article's 4-word shingles, to look quotes up in.
pub(crate) struct ArticleShingles(HashMap<u64, u32>);

impl ArticleShingles {
    pub fn new(page: &Page, content: &[NodeIdx]) -> ArticleShingles {
        let mut counts = HashMap::default();
        for &c in content {
            for s in shingles(&page.text_content(c)) {
                *counts.entry(s).or_insert(0) += 1;
            }
        }
        ArticleShingles(counts)
    }

    /// Whether the text of `quote` mostly stands elsewhere in the article.
    pub fn repeats(&self, page: &Page, quote: NodeIdx) -> bool {
        let own = shingles(&page.text_content(quote));
        if own.is_empty() {
            return false;
        }
        let mut own_counts: HashMap<u64, u32> = HashMap::default();
        for s in &own {
            *own_counts.entry(*s).or_insert(0) += 1;
        }
        let found = own
            .iter()
            .filter(|s| self.0.get(*s).copied().unwrap_or(0) > own_counts[*s])
            .count();
        found as f32 / own.len() as f32 >= PULL_QUOTE_OVERLAP
    }
}
