//! What the cleaning left with nothing. Headings with nothing under them:
//! "Latest news" over a grid of teasers that went, "Comments" over the
//! comments, "Share this" over the share bar, and lead-ins ending in a
//! colon ("Best prices today:" over a price table); a reader would see a
//! title over nothing, so the heading goes with what it announced. And blocks
//! that held only what went: a list item whose post went as clutter would
//! show a bare number, a wrapper an empty frame.

use super::cleaning::{holds_media, is_media};
use super::{Facts, Reason, Removal};
use crate::heuristics::{
    label_words, labels_other_pages, CONTENTS_LABELS, PROMO_OPENINGS, SEPARATORS, SHARE_LABELS,
};
use crate::page::{heading_level, NodeIdx, Page};
use crate::render::is_table_part;

/// The most words in a heading that only labels what follows.
const LABEL_WORDS: usize = 4;

/// `removals` (in document order, outermost only) with the orphaned headings
/// in `content` added, each with the reason of the first block it lost. A
/// block the reader chose to keep is never touched.
pub(crate) fn add(
    page: &Page,
    content: &[NodeIdx],
    facts: &Facts,
    removals: Vec<Removal>,
) -> Vec<Removal> {
    let mut orphans = Vec::new();
    // The label waiting for something of its own, what kind of label it
    // is, and the reason of the first removed block met since.
    let mut pending: Option<(NodeIdx, Label, Option<Reason>)> = None;
    walk(page, content, &removals, |met| {
        let i = match met {
            Met::Removed(removal) => {
                if let Some((_, label, lost @ None)) = &mut pending {
                    *lost = seen_loss(*label, removal.reason);
                }
                return false;
            }
            Met::Node(i) => i,
        };
        if facts.hidden[i] {
            if let Some((_, label, lost @ None)) = &mut pending {
                *lost = seen_loss(*label, Reason::Hidden);
            }
            return false;
        }
        // What the reader kept stays, and is something under a heading.
        if facts.fixes.is_kept(i) {
            pending = None;
            return false;
        }
        if let Some(level) = heading_level(page.tag(i)) {
            // A table of contents' label with none after it: the list
            // is one the page's script fills in.
            if let Some((label, Label::NextBlock, None)) = pending {
                if names_contents(&page.text_content(label)) {
                    orphans.push(Removal {
                        node: label,
                        reason: Reason::Navigation,
                    });
                }
            }
            if let Some((heading, above, Some(reason))) = pending {
                // A heading that may have announced links, which lost
                // something else, waited as the heading it is.
                let above = match above {
                    Label::Links if !is_links_loss(reason) => {
                        heading_level(page.tag(heading)).map_or(above, Label::Heading)
                    }
                    _ => above,
                };
                if level <= above.rank() {
                    orphans.push(Removal {
                        node: heading,
                        reason,
                    });
                }
            }
            // The title is the reader's header, never an orphan; nor is
            // a heading that says something itself (a tagline, a quote).
            // One that names the block after it is a label like any, at
            // any level (no title says "You might also like").
            let text = page.text_content(i);
            let short = text.split_whitespace().count() <= LABEL_WORDS;
            pending = if names_next_block(&text) {
                Some((i, Label::NextBlock, None))
            } else if level > 1 && introduces_links(&text) {
                Some((i, Label::Links, None))
            } else {
                (level > 1 && short).then_some((i, Label::Heading(level), None))
            };
            return false;
        }
        if let Some(label) = lead_in(page, facts, i) {
            // A lead-in or a label of the next block whose block went,
            // with another lead-in next, has nothing left to introduce.
            if let Some((previous, Label::LeadIn | Label::NextBlock, Some(reason))) = pending {
                orphans.push(Removal {
                    node: previous,
                    reason,
                });
            }
            pending = Some((i, label, None));
            return false;
        }
        if shows_something(page, i) {
            // A label that names only the block right after it goes
            // when that went, whatever text comes next.
            if let Some((lead_in, label @ (Label::NextBlock | Label::Links), Some(reason))) =
                pending
            {
                if label == Label::NextBlock || is_links_loss(reason) {
                    orphans.push(Removal {
                        node: lead_in,
                        reason,
                    });
                }
            }
            pending = None;
        }
        true
    });
    match pending {
        Some((heading, _, Some(reason))) => orphans.push(Removal {
            node: heading,
            reason,
        }),
        // A label of other pages that ends the article with none after
        // it: the list is one the page's script fills in.
        Some((label, Label::NextBlock | Label::Links, None))
            if labels_other_pages(&label_words(&page.text_content(label))) =>
        {
            orphans.push(Removal {
                node: label_box(page, content, facts, label),
                reason: Reason::Related,
            })
        }
        _ => {}
    }
    merge(page, removals, orphans)
}

/// The most text a box around a label holds besides it: a kicker over
/// it ("Fitness" over "Recommended stories").
const LABEL_BOX_EXTRA_CHARS: usize = 24;

/// The largest box of `content` around `label` that holds nothing but it
/// and a few words more (a kicker) and no picture: with the label gone,
/// those words would be left over nothing.
fn label_box(page: &Page, content: &[NodeIdx], facts: &Facts, label: NodeIdx) -> NodeIdx {
    let most = facts.stats.chars(label) + LABEL_BOX_EXTRA_CHARS;
    let mut outer = label;
    while let Some(parent) = page.parent(outer) {
        if content.contains(&outer) || facts.stats.chars(parent) > most || holds_media(page, parent)
        {
            break;
        }
        outer = parent;
    }
    outer
}

/// A label waiting for something of its own under it, by what ends the
/// wait: a heading of its rank or above.
#[derive(Clone, Copy, PartialEq)]
enum Label {
    /// A heading that only labels what follows, at its level.
    Heading(u8),
    /// A lead-in ("Best prices today:", "Watch:"): it labels only what
    /// comes next, so any heading ends its wait.
    LeadIn,
    /// A label that names only the block right after it (a table of
    /// contents, share buttons, related links).
    NextBlock,
    /// A heading that may announce a list of other pages ("More great
    /// bread recipes", "Read more:"): it goes only when the block right
    /// after it went as such a list.
    Links,
}

impl Label {
    /// A heading at this level or above ends the wait; the kinds below
    /// the headings' six levels rank one under the other.
    fn rank(self) -> u8 {
        match self {
            Label::Heading(level) => level,
            Label::LeadIn => 7,
            Label::NextBlock => 8,
            Label::Links => 9,
        }
    }
}

/// The most nodes in a lead-in, so that reading its words stays cheap.
const LEAD_IN_NODES: usize = 8;

/// Whether a heading's words may announce other pages: it opens with
/// "More" or a promo's words ("Read more", "See also"), or ends in a
/// colon. Said of a section of the text ("More consistent logging"), it
/// stays, as the text under it does.
fn introduces_links(heading: &str) -> bool {
    let lower = heading.trim().to_lowercase();
    lower == "more"
        || lower.starts_with("more ")
        || lower.ends_with(':')
        || PROMO_OPENINGS.iter().any(|o| lower.starts_with(o))
}

/// Whether a block went as a list of other pages.
fn is_links_loss(reason: Reason) -> bool {
    matches!(reason, Reason::Related | Reason::LinkList | Reason::Promo)
}

/// The most text such a label holds ("Das könnte Sie auch interessieren").
const NEXT_BLOCK_LABEL_CHARS: usize = 32;

/// Whether element `i` is a lead-in, and which kind: a few words of its own
/// ending in a colon, which introduce the block after them, or a label
/// that names that block ("Table of Contents", "Share this article",
/// "Related posts").
fn lead_in(page: &Page, facts: &Facts, i: NodeIdx) -> Option<Label> {
    if page.element(i).is_none()
        || page.node(i).end - i > LEAD_IN_NODES
        || facts.stats.chars(i) == 0
        || holds_media(page, i)
    {
        return None;
    }
    let last_words = page
        .subtree(i)
        .filter_map(|d| page.text(d))
        .rfind(|t| !t.trim().is_empty());
    let colon = last_words.is_some_and(|t| t.trim_end().ends_with(':'));
    if !colon && facts.stats.chars(i) > NEXT_BLOCK_LABEL_CHARS {
        return None;
    }
    let text = page.text_content(i);
    if text.split_whitespace().count() > LABEL_WORDS {
        None
    } else if names_next_block(&text) {
        Some(Label::NextBlock)
    } else {
        colon.then_some(Label::LeadIn)
    }
}

/// Whether `label` names only the block right after it: a table of
/// contents, share buttons, related links.
fn names_next_block(label: &str) -> bool {
    let words = label_words(label);
    [CONTENTS_LABELS, SHARE_LABELS]
        .iter()
        .any(|labels| labels.contains(&words.as_str()))
        || labels_other_pages(&words)
}

/// Whether `label` names a table of contents.
fn names_contents(label: &str) -> bool {
    CONTENTS_LABELS.contains(&label_words(label).as_str())
}

/// `removals` and `added` (each in document order, outermost only) as one
/// list in document order, outermost only.
pub(super) fn merge(page: &Page, removals: Vec<Removal>, added: Vec<Removal>) -> Vec<Removal> {
    if added.is_empty() {
        return removals;
    }
    // Both lists are in document order: a removal inside an added block
    // lies inside the last added block that starts before it.
    let mut before = added.iter().peekable();
    let mut last: Option<NodeIdx> = None;
    let mut all: Vec<Removal> = removals
        .into_iter()
        .filter(|r| {
            while let Some(o) = before.next_if(|o| o.node <= r.node) {
                last = Some(o.node);
            }
            !last.is_some_and(|o| page.contains(o, r.node))
        })
        .collect();
    all.extend(added);
    all.sort_by_key(|r| r.node);
    all
}

/// What a walk over the article meets: a block the cleaning took out, or a
/// node still in the article.
pub(super) enum Met<'a> {
    Removed(&'a Removal),
    Node(NodeIdx),
}

/// Walks `content` in document order (given `removals` in document order,
/// outermost only), meeting each removed block once, and nothing inside it,
/// and every other node; `meet` answers whether to go into the node it met.
pub(super) fn walk(
    page: &Page,
    content: &[NodeIdx],
    removals: &[Removal],
    mut meet: impl FnMut(Met) -> bool,
) {
    let mut next_removal = removals.iter().peekable();
    for &root in content {
        let mut i = root;
        while i < page.node(root).end {
            while next_removal.peek().is_some_and(|r| r.node < i) {
                next_removal.next();
            }
            let inside = match next_removal.next_if(|r| r.node == i) {
                Some(removal) => {
                    meet(Met::Removed(removal));
                    false
                }
                None => meet(Met::Node(i)),
            };
            i = if inside { i + 1 } else { page.node(i).end };
        }
    }
}

/// `removals` (in document order, outermost only) with the blocks of
/// `content` they emptied added: each lost a block a reader would have seen
/// and shows no other words or media, and goes with the reason of the first
/// block it lost; so does a separator stranded between blocks that went.
/// Table cells keep their table's shape, and a block the reader chose to
/// keep is never touched.
pub(crate) fn add_emptied(
    page: &Page,
    content: &[NodeIdx],
    facts: &Facts,
    removals: Vec<Removal>,
) -> Vec<Removal> {
    let mut removed = vec![None; page.len()];
    for r in &removals {
        removed[r.node] = Some(r.reason);
    }
    // Bottom-up: whether each block still shows words or media, and the
    // first seen block it lost (children come last to first, so the first
    // one's reason is written last).
    let mut shows = vec![false; page.len()];
    let mut lost: Vec<Option<Reason>> = vec![None; page.len()];
    for &root in content {
        for i in (root + 1..page.node(root).end).rev() {
            let Some(parent) = page.parent(i) else {
                continue;
            };
            if let Some(reason) = removed[i] {
                if !is_unseen(reason) || is_form_control(page.tag(i)) {
                    lost[parent] = Some(reason);
                }
                continue;
            }
            if facts.hidden[i] {
                continue;
            }
            if shows_something(page, i) {
                shows[i] = true;
            }
            if shows[i] {
                shows[parent] = true;
            }
            if lost[i].is_some() {
                lost[parent] = lost[i];
            }
        }
    }
    // A separator whose neighbours both went ("·" between a reading time
    // and a date), or the one neighbour it had: it parts nothing now.
    let stranded = |i: NodeIdx| {
        let before = page.previous_sibling(i).map(|b| removed[b]);
        let after = page.next_sibling(i).map(|a| removed[a]);
        match (before, after) {
            (Some(Some(reason)), Some(Some(_)) | None) | (None, Some(Some(reason))) => Some(reason),
            _ => None,
        }
    };
    let mut emptied = Vec::new();
    for &root in content {
        let mut i = root + 1;
        while i < page.node(root).end {
            let gone = removed[i].is_some() || facts.hidden[i] || facts.fixes.is_kept(i);
            let separator = || {
                page.text(i).is_none()
                    && page
                        .subtree(i)
                        .any(|d| page.text(d).is_some_and(|t| !t.trim().is_empty()))
            };
            // Its neighbours are looked at only for what shows nothing.
            let emptied_by = if gone || shows[i] || is_table_part(page.tag(i)) {
                None
            } else {
                lost[i].or_else(|| separator().then(|| stranded(i)).flatten())
            };
            match emptied_by {
                Some(reason) => {
                    emptied.push(Removal { node: i, reason });
                    i = page.node(i).end;
                }
                None if gone => i = page.node(i).end,
                None => i += 1,
            }
        }
    }
    merge(page, removals, emptied)
}

/// `removals` (in document order, outermost only) with the labels they
/// stranded added: a box that lost a list of topics and keeps only a line
/// that names them ("Explore more on these topics"), that lost a poll's
/// choices and keeps only its question, or that lost a form and keeps only
/// a note telling of it ("Fill out the form to get our guide"), is that
/// line's, and the line goes
/// with the reason of what it labelled; so does a heading right over such
/// a list that names it. A block the reader chose to keep
/// is never touched.
pub(crate) fn add_stranded(
    page: &Page,
    content: &[NodeIdx],
    facts: &Facts,
    removals: Vec<Removal>,
) -> Vec<Removal> {
    let removed = |i: NodeIdx| removals.binary_search_by_key(&i, |r| r.node).is_ok();
    let in_article = |i: NodeIdx| content.iter().any(|&c| c != i && page.contains(c, i));
    let mut stranded = Vec::new();
    for removal in &removals {
        // A heading set right over the list it names, in the article's
        // flow rather than in a box of their own.
        let over = page.previous_element(removal.node).filter(|&h| {
            heading_level(page.tag(h)).is_some() && !removed(h) && in_article(removal.node)
        });
        // The one block left before it in its box.
        let boxed = page
            .parent(removal.node)
            .filter(|&parent| in_article(parent))
            .and_then(|parent| {
                let mut left = page.children(parent).filter(|&c| {
                    !removed(c)
                        && !facts.hidden[c]
                        && page.subtree(c).any(|d| shows_something(page, d))
                });
                match (left.next(), left.next()) {
                    (Some(label), None) if label < removal.node => Some(label),
                    _ => None,
                }
            });
        let label = [over, boxed]
            .into_iter()
            .flatten()
            .find(|&l| !facts.fixes.is_kept(l) && labels(page, l, removal));
        if let Some(label) = label {
            stranded.push(Removal {
                node: label,
                reason: removal.reason,
            });
        }
    }
    stranded.sort_by_key(|r| r.node);
    stranded.dedup_by_key(|r| r.node);
    merge(page, removals, stranded)
}

/// Whether block `label`, a line of a few words, labels the block that
/// went: a list of links or tags it names as topics, a poll's choices (a
/// form of radio buttons or boxes to tick) it asks the question of, or a
/// form it names.
fn labels(page: &Page, label: NodeIdx, removal: &Removal) -> bool {
    if holds_media(page, label) {
        return false;
    }
    let text = page.text_content(label).to_lowercase();
    let words: Vec<&str> = text.split_whitespace().collect();
    let short = (1..=STRANDED_LABEL_WORDS).contains(&words.len());
    match removal.reason {
        Reason::LinkList | Reason::Tags | Reason::Related => {
            short
                && words
                    .iter()
                    .any(|w| TOPIC_LABEL_WORDS.contains(&w.trim_end_matches(':')))
        }
        Reason::Form => {
            let asks_poll = || {
                text.trim_end().ends_with('?')
                    && page.subtree(removal.node).any(|d| {
                        page.tag(d) == "input"
                            && page.attr(d, "type").is_some_and(|t| {
                                t.eq_ignore_ascii_case("radio")
                                    || t.eq_ignore_ascii_case("checkbox")
                            })
                    })
            };
            let names_form = || {
                words.len() <= FORM_NOTE_WORDS
                    && words.iter().any(|w| {
                        FORM_WORDS.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                    })
            };
            (short && asks_poll()) || names_form()
        }
        _ => false,
    }
}

/// The most words of a label left over a list or a form.
const STRANDED_LABEL_WORDS: usize = 8;

/// The most words of a note left in a form's box that tells of the form
/// ("Fill out the form to get a copy of our ebook.").
const FORM_NOTE_WORDS: usize = 16;

/// Words with which such a note names the form.
const FORM_WORDS: &[&str] = &["form", "formulaire", "formular", "formulario", "modulo"];

/// Words with which a label names a list of topics, in the languages news
/// is written in.
const TOPIC_LABEL_WORDS: &[&str] = &[
    "topics",
    "tags",
    "themen",
    "sujets",
    "thèmes",
    "temas",
    "argomenti",
    "onderwerpen",
];

/// Whether node `i` is words or media a reader sees, which a heading or a
/// block holds as its own. Separators alone are not: the "·" that parted a
/// post's number from its date is left parting nothing once both went.
pub(super) fn shows_something(page: &Page, i: NodeIdx) -> bool {
    // Most text is ASCII white space between elements, or opens with a
    // letter: both are settled by its bytes.
    page.text(i)
        .is_some_and(|t| match t.bytes().find(|b| !b.is_ascii_whitespace()) {
            None => false,
            Some(b) if b.is_ascii_alphanumeric() => true,
            Some(_) => t
                .chars()
                .any(|c| !c.is_whitespace() && !SEPARATORS.contains(&c)),
        })
        || is_media(page, i)
}

/// Buttons, menus and text fields, which go as markup that is not content
/// but which a reader saw: a block that held only a button leaves an empty
/// bullet or frame.
fn is_form_control(tag: &str) -> bool {
    matches!(tag, "button" | "select" | "textarea")
}

/// What `label` lost when a block went for `reason`, if the
/// reader would have seen that block. A block the page folds away under a
/// label that names it (a button that unfolds a table of contents) is
/// still what the label names, and the label, left alone, goes as a menu.
fn seen_loss(label: Label, reason: Reason) -> Option<Reason> {
    if !is_unseen(reason) {
        Some(reason)
    } else if label == Label::NextBlock && reason == Reason::Hidden {
        Some(Reason::Navigation)
    } else {
        None
    }
}

/// Removals a reader would not have missed under a heading: what the page
/// itself hides, markup that is not content, and the title and byline,
/// which the reader's header shows.
fn is_unseen(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::Hidden | Reason::NonContent | Reason::Title | Reason::Byline
    )
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    const STORY: &str =
        "<p>The ferry to the island runs twice a day in winter, and the morning boat \
        is the one the islanders take, with their shopping bags and their dogs.</p>\
        <p>The evening boat waits for the train from the city, so a late train means a long night \
        in the harbour café, which nobody on the island minds very much.</p>";

    fn text(after_story: &str) -> String {
        let html = format!(
            "<html><body><article><h1>The island ferry</h1>{STORY}{after_story}</article></body></html>"
        );
        extract(&html, &Options::default()).unwrap().text
    }

    /// A line naming the topics over their list, a poll's question over
    /// its choices, and a note that tells of the form in its box, go with
    /// them; a line that says something else in
    /// a box whose links went stays.
    #[test]
    fn a_label_left_alone_in_its_box_goes() {
        let topics = "<div class=\"box\"><span>Explore more on these topics</span>\
            <ul><li><a href=\"/t/ferries\">Ferries</a></li><li><a href=\"/t/islands\">Islands</a></li>\
            <li><a href=\"/t/winter\">Winter</a></li></ul></div>";
        let poll = "<div class=\"poll\"><p>Should the late boat run all year?</p>\
            <form><label><input type=\"radio\" name=\"v\"> Yes</label>\
            <label><input type=\"radio\" name=\"v\"> No</label><button>Vote</button></form></div>";
        let request = "<div class=\"form-wrapper\"><div class=\"heading\">\
            <p>Fill out the form to get a copy of our winter timetable.</p></div>\
            <form><label>Email <input type=\"email\" name=\"e\"></label><button>Send</button></form></div>";
        let read = text(&format!("{topics}{poll}{request}{STORY}"));
        assert!(!read.contains("Explore more"), "{read}");
        assert!(!read.contains("late boat run"), "{read}");
        assert!(!read.contains("Fill out the form"), "{read}");
        let fares = topics.replace(
            "Explore more on these topics",
            "Fares for the winter crossings rise in January",
        );
        let read = text(&format!("{fares}{STORY}"));
        assert!(
            read.contains("Fares for the winter crossings rise in January"),
            "{read}"
        );
    }

    /// A label over a block that went goes with it; the removed block's
    /// reason is the heading's.
    #[test]
    fn a_label_over_nothing_goes() {
        let share = "<h3>Share this story</h3>\
            <div class=\"share-bar\"><a href=\"/s/1\">Facebook</a> <a href=\"/s/2\">Email</a></div>";
        assert!(!text(share).contains("Share this"), "{}", text(share));
        // A heading that names the block after it goes with that block,
        // whatever text comes next.
        let followed = format!(
            "{share}<p>Boats leave at seven and at six, and the first boat waits for the bus.</p>"
        );
        let read = text(&followed);
        assert!(
            !read.contains("Share this") && read.contains("Boats leave"),
            "{read}"
        );
        // So does one that ends in a colon, as a lead-in does.
        let lead_in = followed.replace(
            "<h3>Share this story</h3>",
            "<span class=\"share-span\">Share this on:</span>",
        );
        let read = text(&lead_in);
        assert!(
            !read.contains("Share this") && read.contains("Boats leave"),
            "{read}"
        );
    }

    /// A label of other pages that ends the article with nothing under it
    /// goes: its list is one the page's script fills in. So does one set
    /// as a first-level heading, or known by how it ends, or trailing off.
    #[test]
    fn a_label_of_other_pages_at_the_end_goes() {
        for label in [
            "<div class=\"more\"><h2>Recommended stories</h2></div>",
            "<h2>You might like:</h2>",
            "<h1>You might also like...</h1>",
            "<p><strong>Tales You May Enjoy</strong></p>",
            "<h2>What others are reading</h2>",
            "<section><div><p>Ferries</p><h2>Recommended Stories</h2></div></section>",
        ] {
            let read = text(label);
            assert!(
                read.ends_with("nobody on the island minds very much."),
                "{label}: {read}"
            );
        }
    }

    /// A heading that announces more pages ("More ferry stories") goes
    /// with the list of them, whatever text follows; over a section of the
    /// text, or over a block that went for another reason, it stays.
    #[test]
    fn a_heading_over_a_list_of_other_pages_goes() {
        let links = "<ul class=\"related-posts\"><li><a href=\"/a\">Night boats return</a></li>\
            <li><a href=\"/b\">The harbour café reopens</a></li><li><a href=\"/c\">Dogs on deck</a></li></ul>";
        let after = "<p>Boats leave at seven and at six, and the first boat waits for the bus from the village.</p>";
        let read = text(&format!(
            "<h2>More ferry stories from the island</h2>{links}{after}"
        ));
        assert!(!read.contains("More ferry"), "{read}");
        assert!(read.contains("Boats leave"), "{read}");
        let section = text(&format!("<h2>More boats in the summer months</h2>{after}"));
        assert!(section.contains("More boats"), "{section}");
        let ad =
            "<div class=\"ad-slot\"><a href=\"/ad\">Cheap flights to the island today</a></div>";
        let over_ad = text(&format!(
            "<h2>More boats in the summer months</h2>{ad}{after}"
        ));
        assert!(over_ad.contains("More boats"), "{over_ad}");
        let subsections = text(&format!(
            "<h2>More boats in the summer months</h2>{ad}<h3>The night boat</h3>{after}"
        ));
        assert!(subsections.contains("More boats"), "{subsections}");
    }

    /// A lead-in ending in a colon goes with the block it introduced, also
    /// with another lead-in next; one over a block that stays, stays.
    #[test]
    fn a_lead_in_over_nothing_goes() {
        let prices = "<div class=\"pricing\"><span>Best prices today:</span>\
            <div class=\"share-bar\"><a href=\"/s/1\">Facebook</a> <a href=\"/s/2\">Email</a></div></div>\
            <h3>Timetable</h3><p>Boats leave at seven and at six.</p>";
        let read = text(prices);
        assert!(!read.contains("Best prices"), "{read}");
        assert!(read.contains("Timetable"), "{read}");
        let kept = "<p><b>Fares:</b></p><ul><li>A return costs four pounds.</li></ul>";
        assert!(text(kept).contains("Fares:"));
        // So does one whose block went with another lead-in next, which
        // stays over its own.
        let twice = "<p><strong>You might also like:</strong></p><div class=\"share-bar\">\
            <a href=\"/s/1\">Facebook</a> <a href=\"/s/2\">Email</a></div>\
            <p><b>Fares:</b></p><ul><li>A return costs four pounds.</li></ul>";
        let read = text(twice);
        assert!(!read.contains("You might"), "{read}");
        assert!(read.contains("Fares:"), "{read}");
        // The label of a table of contents goes with its links, whatever
        // text follows; over a list of its own it stays.
        let contents = "<p>Table of Contents</p><ul class=\"toc\">\
            <li><a href=\"#fares\">Fares</a></li><li><a href=\"#dogs\">Dogs</a></li>\
            <li><a href=\"#bikes\">Bikes</a></li></ul>\
            <p>Boats leave at seven and at six, and the first boat waits for the bus from the village.</p>";
        let read = text(contents);
        assert!(!read.contains("Table of Contents"), "{read}");
        assert!(read.contains("Boats leave"), "{read}");
        // So does the label of one the page folds away until it is asked.
        let folded = "<p class=\"toggle\">Table of Contents</p><ol style=\"display: none\">\
            <li><a href=\"#fares\">Fares</a></li><li><a href=\"#dogs\">Dogs</a></li></ol>\
            <p>Boats leave at seven and at six, and the first boat waits for the bus from the village.</p>";
        let read = text(folded);
        assert!(!read.contains("Table of Contents"), "{read}");
        // And the label of one a script was to fill in, with a section next.
        let empty = "<div class=\"contents-box\"><p>Table of Contents</p><div class=\"list\"></div></div>\
            <h2>Fares</h2><p>A return costs four pounds, and dogs travel free with their owners.</p>";
        let read = text(empty);
        assert!(!read.contains("Table of Contents"), "{read}");
        assert!(read.contains("Fares"), "{read}");
        let kept = "<p>Contents</p><ul><li>Two tickets for the morning boat.</li><li>A map of the island.</li></ul>";
        assert!(text(kept).contains("Contents"));
        // So does a label over share buttons.
        let share = "<div class=\"label\">Share this article</div>\
            <div class=\"share-bar\"><a href=\"/s/1\">Facebook</a> <a href=\"/s/2\">Email</a></div>\
            <p>Boats leave at seven and at six, and the first boat waits for the bus from the village.</p>";
        let read = text(share);
        assert!(!read.contains("Share this"), "{read}");
        assert!(read.contains("Boats leave"), "{read}");
    }

    /// A list item that held only a share bar goes with it, and leaves no
    /// bare number in the Markdown; a table cell that lost its share icons
    /// keeps the table's shape; a separator between lines that went goes.
    #[test]
    fn a_block_left_with_nothing_goes() {
        let html = format!(
            "<html><body><article><h1>The island ferry</h1>{STORY}\
             <ol><li>Check the timetable before you set out.</li>\
             <li><div class=\"share-bar\"><a href=\"/s/1\">Facebook</a> <a href=\"/s/2\">Email</a></div></li>\
             <li>Dogs travel free.</li></ol>\
             <table><tr><th>Boat</th><th>Share</th></tr><tr><td>Morning</td>\
             <td><div class=\"share-bar\"><a href=\"/s/3\">Facebook</a></div></td></tr></table>\
             </article></body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        let markdown = &article.markdown;
        assert!(
            markdown.contains("1. Check the timetable before you set out.\n2. Dogs travel free."),
            "{markdown}"
        );
        assert_eq!(article.html.matches("<td>").count(), 2, "{}", article.html);
        // So does an item that held only a button, which the live page
        // would show as an empty bullet.
        let html = format!(
            "<html><body><article><h1>The island ferry</h1>{STORY}\
             <ul><li>Check the timetable before you set out.</li>\
             <li id=zoom><button>Zoom</button></li><li>Dogs travel free.</li></ul></article></body></html>"
        );
        let page = crate::Page::parse(&html, None);
        let plan = crate::plan(&page, &Options::default()).unwrap();
        assert!(plan
            .removals
            .iter()
            .any(|r| page.attr(r.node, "id") == Some("zoom")));
        // And a separator whose neighbours both went, not one between words.
        let html = format!(
            "<html><head><meta name=\"date\" content=\"2026-06-02\"></head><body><article>\
             <h1>The island ferry</h1><div><span>Published in Harbour Notes, the island's weekly paper</span>\
             <span>6 min read</span><span id=a>·</span><span>Jun 2, 2026</span></div>\
             <div><span>Ann Lee</span><span id=b>·</span><span>Harbour Notes</span></div>{STORY}</article></body></html>"
        );
        let page = crate::Page::parse(&html, None);
        let plan = crate::plan(&page, &Options::default()).unwrap();
        let removed = |id| {
            plan.removals
                .iter()
                .any(|r| page.attr(r.node, "id") == Some(id))
        };
        assert!(removed("a"));
        assert!(!removed("b"));
    }

    /// A heading over its own text stays, and so does one that says
    /// something itself (a tagline, five words or more), and one over text
    /// the page hides until asked.
    #[test]
    fn headings_with_something_to_say_stay() {
        let kept = "<h3>Timetable</h3><p>Boats leave at seven and at six.</p>";
        assert!(text(kept).contains("Timetable"));
        let tagline = "<h3>The island waits for no one</h3>\
            <div class=\"share-bar\"><a href=\"/s/1\">Facebook</a> <a href=\"/s/2\">Email</a></div>";
        assert!(text(tagline).contains("The island waits"));
        let folded = "<h3>Timetable</h3><div hidden><p>Boats leave at seven and at six.</p></div>\
            <h3>Fares</h3><p>A return costs four pounds.</p>";
        assert!(text(folded).contains("Timetable"));
    }
}
