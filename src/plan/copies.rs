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
        self.seen_before(page, stats, i)
    }

    /// Whether node `i` has the text of the first node met before it in
    /// document order with the same counts (and not around it); if none
    /// was, it is remembered.
    pub fn seen_before(&self, page: &Page, stats: &Stats, i: NodeIdx) -> bool {
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

/// The least text of each item in a run that repeats.
const CLONE_MIN_CHARS: usize = 10;

/// The items of `content` that a carousel repeats: where the items of a
/// box (slides, cards) run through the same texts over and over, as a
/// carousel that loops clones its slides, each text after its first time.
/// Paragraphs, bare text in a box among them, are left alone: a text may
/// repeat one on purpose (a refrain); and so are pictures, which a
/// gallery may caption alike ("Photo: Reuters"). Items are compared by
/// their fingerprints first and by their text only when those repeat.
pub(crate) fn clones(page: &Page, stats: &Stats, content: &[NodeIdx]) -> Vec<NodeIdx> {
    let mut clones = Vec::new();
    for parent in page.in_subtrees(content) {
        let items: Vec<NodeIdx> = page
            .children(parent)
            .filter(|&c| page.element(c).is_some())
            .collect();
        if items.len() < 2
            || !items.iter().all(|&c| {
                matches!(page.tag(c), "div" | "li" | "figure" | "article" | "section")
                    && !is_paragraph(page, c)
                    && stats.chars(c) >= CLONE_MIN_CHARS
            })
        {
            continue;
        }
        let print = |c: NodeIdx| (stats.chars(c), stats.link_chars(c), page.node(c).end - c);
        let repeats_every = |k: usize| {
            (k..items.len()).all(|x| print(items[x]) == print(items[x - k]))
                && (k..items.len())
                    .all(|x| page.text_content(items[x]) == page.text_content(items[x - k]))
        };
        let pictured = || {
            page.descendants(parent)
                .any(|d| matches!(page.tag(d), "img" | "picture" | "video" | "iframe"))
        };
        if let Some(period) = (1..=items.len() / 2).find(|&k| repeats_every(k)) {
            if !pictured() {
                clones.extend_from_slice(&items[period..]);
            }
        }
    }
    clones
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// A carousel that loops, its slides cloned after the originals, shows
    /// each slide once; a text said twice in a row stays twice, and so do
    /// pictures captioned alike.
    #[test]
    fn a_looping_carousel_shows_each_slide_once() {
        let slide = |q: &str| {
            format!("<div class=\"slide\"><span>{q}</span><div><button>Show the answer</button></div></div>")
        };
        let slides: String = ["Does the ferry run on Sundays?", "Can I take a bicycle?"]
            .iter()
            .map(|q| slide(q))
            .collect::<String>()
            .repeat(3);
        let refrain = "<div>The tide comes in, the tide goes out.</div>";
        let gallery: String = ["pier", "deck", "bridge"]
            .iter()
            .map(|p| {
                format!("<li><img src=\"/{p}.jpg\" alt=\"\"><p>The harbour in winter</p></li>")
            })
            .collect();
        let html = format!(
            "<html><body><article><h1>The island ferry</h1>\
             <p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>\
             <p>The first boat leaves at seven when the weather allows, and the last leaves the island at five.</p>\
             <div class=\"verse\">{refrain}{refrain}</div>\
             <ul class=\"gallery\">{gallery}</ul>\
             <h2>Questions</h2><div class=\"carousel\">{slides}</div>\
             </article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert_eq!(text.matches("Can I take a bicycle?").count(), 1, "{text}");
        assert_eq!(
            text.matches("Does the ferry run on Sundays?").count(),
            1,
            "{text}"
        );
        assert_eq!(text.matches("the tide goes out").count(), 2, "{text}");
        assert_eq!(text.matches("The harbour in winter").count(), 3, "{text}");
    }
}
