//! Measures of every subtree, computed bottom-up in one pass over the arena:
//! visible characters, characters inside links, commas, and the elements
//! that head a story.

use crate::page::{heading_level, is_cjk, NodeIdx, Page};

pub(crate) struct Stats {
    /// Visible non-whitespace characters in the subtree (see [`weight`]).
    chars: Vec<u32>,
    /// Of those, the ones inside links.
    link_chars: Vec<u32>,
    /// Commas (of any script) in the subtree.
    commas: Vec<u32>,
    /// Visible `<h1>` and `<article>` elements in the subtree, listicle
    /// entries aside (see [`is_list_entry`]): stories.
    stories: Vec<u32>,
    /// Visible headlines in the subtree (see [`is_headline`]).
    headlines: Vec<u32>,
}

/// How much a character counts. Scripts written without spaces say as much
/// in one character as others do in two or three, so they count double; the
/// thresholds then hold for every script.
fn weight(c: char) -> u32 {
    if c.is_whitespace() {
        0
    } else if is_cjk(c) {
        2
    } else {
        1
    }
}

/// The weighted length of a text (see [`weight`]).
pub(crate) fn text_weight(text: &str) -> usize {
    weight_and_commas(text).0 as usize
}

/// A text's weighted length and its commas (of any script), in one pass
/// over its bytes where it is ASCII, as most text is.
fn weight_and_commas(text: &str) -> (u32, u32) {
    if text.is_ascii() {
        return text.bytes().fold((0, 0), |(weight, commas), b| {
            (
                weight + u32::from(!b.is_ascii_whitespace()),
                commas + u32::from(b == b','),
            )
        });
    }
    text.chars().fold((0, 0), |(weight_so_far, commas), c| {
        (
            weight_so_far + weight(c),
            commas + u32::from(matches!(c, ',' | '،' | '，' | '、')),
        )
    })
}

/// Whether heading `i` is a headline: any `<h1>`, and an `<h2>` with at
/// least two words (or two ideographs). Forum software heads each post with
/// an `<h2>` holding only its number and date.
pub(crate) fn is_headline(page: &Page, i: NodeIdx) -> bool {
    match page.tag(i) {
        "h1" => true,
        "h2" => {
            let text = page.text_content(i);
            let words = text
                .split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
                .count();
            words >= 2 || text.chars().filter(|&c| is_cjk(c)).count() >= 2
        }
        _ => false,
    }
}

/// Whether the first heading in `i` is a link (or inside one); `None` when
/// `i` has no heading. A feed's teaser heads itself with a link to the story
/// it leads to; a listicle that sets each of its entries in an `<article>`
/// does not.
///
/// A card's heading comes early, so only its first [`HEADING_WITHIN`]
/// nodes are looked at, and links around it only up to two levels above
/// the card (a card may be one link): on deeply nested pages the work stays
/// linear.
pub(crate) fn heading_is_linked(page: &Page, i: NodeIdx) -> Option<bool> {
    let heading = page
        .descendants(i)
        .take(HEADING_WITHIN)
        .find(|&d| heading_level(page.tag(d)).is_some())?;
    let mut around = page
        .ancestors(heading)
        .take_while(|&a| a != i)
        .chain(page.ancestors(i).take(2));
    Some(
        around.any(|a| page.tag(a) == "a") || page.descendants(heading).any(|d| page.tag(d) == "a"),
    )
}

/// Whether heading `h` is a link to another page: all its words are a
/// link's, or it is set inside one.
pub(crate) fn is_link_heading(page: &Page, stats: &Stats, h: NodeIdx) -> bool {
    let chars = stats.chars(h);
    chars > 0
        && (stats.link_chars(h) == chars || page.ancestors(h).take(3).any(|a| page.tag(a) == "a"))
}

/// Whether block `i` holds two or more cards' headlines: cards for other
/// stories, however long their summaries.
pub(crate) fn teasers(page: &Page, stats: &Stats, i: NodeIdx) -> bool {
    page.descendants(i)
        .filter(|&h| is_card_headline(page, stats, h))
        .nth(1)
        .is_some()
}

/// Whether element `h` heads a card for another page: a heading that is a
/// link, or a link on a line of its own with the summary's paragraph
/// right after it (`<div><a>Headline</a><p>Summary…</p></div>`), as older
/// templates set their cards.
fn is_card_headline(page: &Page, stats: &Stats, h: NodeIdx) -> bool {
    match page.tag(h) {
        "h2" | "h3" | "h4" => is_link_heading(page, stats, h),
        "a" => {
            stats.chars(h) > 0
                && page.stands_alone(h)
                && page.next_element(h).is_some_and(|summary| {
                    page.tag(summary) == "p"
                        && stats.chars(summary) > 0
                        && stats.link_chars(summary) == 0
                })
        }
        _ => false,
    }
}

/// How many nodes into a card its heading is sought.
const HEADING_WITHIN: usize = 200;

/// Whether `<article>` `i` is an entry of the story around it rather than a
/// story of its own: its heading is plain text (see [`heading_is_linked`]).
fn is_list_entry(page: &Page, i: NodeIdx) -> bool {
    heading_is_linked(page, i) == Some(false)
}

impl Stats {
    pub fn compute(page: &Page, hidden: &[bool]) -> Stats {
        let n = page.len();
        let mut chars = vec![0u32; n];
        let mut link_chars = vec![0u32; n];
        let mut commas = vec![0u32; n];
        let mut stories = vec![0u32; n];
        let mut headlines = vec![0u32; n];
        for i in (1..n).rev() {
            if hidden[i] {
                continue;
            }
            if let Some(text) = page.text(i) {
                (chars[i], commas[i]) = weight_and_commas(text);
            }
            match page.tag(i) {
                "a" => link_chars[i] = chars[i],
                "h1" => {
                    stories[i] += 1;
                    headlines[i] += 1;
                }
                "h2" if is_headline(page, i) => headlines[i] += 1,
                "article" if !is_list_entry(page, i) => stories[i] += 1,
                _ => {}
            }
            if let Some(p) = page.parent(i) {
                chars[p] += chars[i];
                link_chars[p] += link_chars[i];
                commas[p] += commas[i];
                stories[p] += stories[i];
                headlines[p] += headlines[i];
            }
        }
        Stats {
            chars,
            link_chars,
            commas,
            stories,
            headlines,
        }
    }

    pub fn chars(&self, i: NodeIdx) -> usize {
        self.chars[i] as usize
    }

    pub fn link_chars(&self, i: NodeIdx) -> usize {
        self.link_chars[i].min(self.chars[i]) as usize
    }

    /// Characters that are not link text.
    pub fn prose(&self, i: NodeIdx) -> usize {
        self.chars(i) - self.link_chars(i)
    }

    pub fn commas(&self, i: NodeIdx) -> usize {
        self.commas[i] as usize
    }

    pub fn stories(&self, i: NodeIdx) -> usize {
        self.stories[i] as usize
    }

    pub fn headlines(&self, i: NodeIdx) -> usize {
        self.headlines[i] as usize
    }

    /// Share of the text that is link text, from 0 to 1.
    pub fn link_density(&self, i: NodeIdx) -> f32 {
        match self.chars(i) {
            0 => 0.0,
            c => self.link_chars(i) as f32 / c as f32,
        }
    }
}
