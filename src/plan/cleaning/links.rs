//! Lists and blocks of links inside the article: menus, directories and
//! teaser grids go; the article's own lists of links stay (an outline, a
//! round-up's linked titles, a list the next paragraph goes on about).

use super::controls::acts_in_place;
use super::{is_media, Cleaner};
use crate::heuristics::{
    label_words, names_a_network, PIN_CALLS, SEPARATORS, SHARE_LABELS, SHARE_WAYS,
    SHORT_BLOCK_CHARS,
};
use crate::metadata::links_to_a_topic;
use crate::page::{heading_level, NodeIdx, Page};
use crate::plan::stats::{heading_is_linked, is_link_heading};
use crate::plan::Reason;

/// Above this share of link text, a short block is a lone link.
const LONE_LINK_DENSITY: f32 = 0.9;

/// The most text a list of topics holds besides its links: a label and
/// the commas between them ("Filed under:", "Posted in").
const TOPIC_LABEL_CHARS: usize = 16;

/// How much of a paragraph's opening [`Cleaner::heads_next_paragraph`]
/// looks for the names in the link over it.
const NEXT_PARAGRAPH_OPENING: usize = 300;

impl Cleaner<'_> {
    /// Whether the grids of teasers in the article (see [`is_teaser_grid`])
    /// hold less of its text than the rest: then they are a "latest news"
    /// or "more posts" block beside a story; otherwise the page is a
    /// listing and they are what it lists.
    pub(super) fn grids_are_asides(&self) -> bool {
        *self.grids_aside.get_or_init(|| {
            let page = self.page;
            let (mut in_grids, mut other_teasers) = (0, 0);
            for &root in self.content {
                let mut i = root;
                while i < page.node(root).end {
                    if is_teaser_grid(page, i) {
                        in_grids += self.stats.chars(i);
                        i = page.node(i).end;
                    } else {
                        if matches!(page.tag(i), "h1" | "h2" | "h3" | "h4")
                            && is_link_heading(page, self.stats, i)
                        {
                            other_teasers += 1;
                        }
                        i += 1;
                    }
                }
            }
            in_grids * 2 < self.total && other_teasers < 2
        })
    }

    /// Whether list `i` hangs from an item of words of its own ("In
    /// progress:"), as one level of an outline does; a menu's sub-list
    /// hangs from a link or a button's label.
    fn is_outline(&self, i: NodeIdx) -> bool {
        let stats = self.stats;
        self.page.parent(i).is_some_and(|li| {
            let own = stats.chars(li) - stats.chars(i);
            let own_links = stats.link_chars(li) - stats.link_chars(i);
            self.page.tag(li) == "li" && own > 0 && own_links * 2 < own
        })
    }

    /// Lists and boxes made mostly of links: menus, directories, related
    /// links, tag lists, and lone links set apart as teasers.
    pub(super) fn link_block(&self, i: NodeIdx) -> Option<Reason> {
        let page = self.page;
        let density = self.stats.link_density(i);
        match page.tag(i) {
            "ul" | "ol" | "dl" => {
                let items = list_items(page, i);
                // Items that are links through and through; a list of
                // sentences with a link in each is text.
                let linked = items
                    .iter()
                    .filter(|&&li| self.stats.link_density(li) >= 0.8)
                    .count();
                if items.len() < 3 || density <= self.link_limit || linked * 2 < items.len() {
                    return None;
                }
                if self.is_table_of_contents(i) {
                    return Some(Reason::Navigation);
                }
                if self.is_own_list(i, &items) {
                    return None;
                }
                let short = items.iter().all(|&li| self.stats.chars(li) < 60);
                Some(if short && items.len() >= 8 {
                    Reason::Directory
                } else {
                    Reason::LinkList
                })
            }
            // A cell of a grid that lays out an old page is a box like any
            // other: its column of links is the site's menu.
            "div" | "section" | "aside" | "header" | "table" | "p" => self.link_box(i),
            "td" if !self.tables.borrow_mut().in_data(page, i) => self.link_box(i),
            // Old templates set a line of their own in inline type
            // ("<hr><font size=1><a>Email this story</a> | …</font>").
            "font" if page.stands_alone(i) => self.link_box(i),
            _ => None,
        }
    }

    /// Whether block `i` is a line of share links set as words: a label
    /// that asks to share ("Share this story:") and links named for the
    /// networks and ways they share by ("WhatsApp", "Facebook", "Email"),
    /// two or more, with nothing else but the marks between them. A
    /// template's share bar is usually named for what it is; this one is
    /// known by its words.
    pub(super) fn is_share_line(&self, i: NodeIdx) -> bool {
        const SHARE_LINE_CHARS: usize = 80;
        let page = self.page;
        if !matches!(page.tag(i), "p" | "div" | "ul" | "section")
            || !(1..=SHARE_LINE_CHARS).contains(&self.stats.chars(i))
            || self.stats.link_chars(i) == 0
        {
            return false;
        }
        let text = self.text(i).to_lowercase();
        let Some(label) = SHARE_LABELS
            .iter()
            .filter(|l| text.trim_start().starts_with(*l))
            .max_by_key(|l| l.len())
        else {
            return false;
        };
        let links: Vec<NodeIdx> = page
            .descendants(i)
            .filter(|&d| page.tag(d) == "a" || page.tag(d) == "button")
            .collect();
        let shares = |link: &NodeIdx| {
            let name = self.text(*link);
            names_a_network(&name) || SHARE_WAYS.contains(&name.trim().to_lowercase().as_str())
        };
        let unlinked = self.stats.chars(i) - self.stats.link_chars(i);
        links.len() >= 2
            && links.iter().all(shares)
            && unlinked <= label.chars().filter(|c| !c.is_whitespace()).count() + links.len() * 2
    }

    /// Whether block `i` only asks the reader to save the page to
    /// Pinterest ("Pin this for later!", "PIN FOR LATER" over a picture
    /// drawn for it): a share button's label without its button, which the
    /// page's script draws.
    pub(super) fn is_pin_call(&self, i: NodeIdx) -> bool {
        const PIN_CALL_CHARS: usize = 40;
        if !self.is_short_element(i, 5..=PIN_CALL_CHARS) || !self.opens_with(i, "pin") {
            return false;
        }
        let words = label_words(&self.text(i));
        PIN_CALLS.contains(&words.as_str())
            || words.starts_with("pin ")
                && (words.ends_with(" for later") || words.contains("pinterest"))
    }

    /// Whether block `i` is a list of the article's topics: nothing but
    /// short links, one or more, each to a page of a topic's stories
    /// (`/tag/seals/`, `/topics/wildlife`), and at most a label ("Posted
    /// in", "Filed under:") and the commas between them. Too short for a
    /// list of links (see [`Cleaner::link_block`]), it is still the site's
    /// index, not the article.
    pub(super) fn is_topic_list(&self, i: NodeIdx) -> bool {
        const TOPIC_CHARS: usize = 40;
        let page = self.page;
        if !matches!(
            page.tag(i),
            "ul" | "ol" | "div" | "p" | "section" | "footer"
        ) || self.stats.link_chars(i) == 0
            || self.stats.chars(i) - self.stats.link_chars(i) > TOPIC_LABEL_CHARS
        {
            return false;
        }
        // A label comes before the links; after the first, only the
        // commas between them ("See /topics/bridging for details." is a
        // sentence).
        let Some(first) = page.descendants(i).find(|&d| page.tag(d) == "a") else {
            return false;
        };
        let in_link = |d: NodeIdx| {
            page.ancestors(d)
                .take_while(|&a| a != i)
                .any(|a| page.tag(a) == "a")
        };
        let labelled = || {
            self.stats.chars(i) == self.stats.link_chars(i)
                || page.descendants(i).all(|d| {
                    d < first
                        || in_link(d)
                        || page.text(d).is_none_or(|t| {
                            t.chars()
                                .all(|c| c.is_whitespace() || SEPARATORS.contains(&c))
                        })
                })
        };
        page.descendants(i)
            .filter(|&d| page.tag(d) == "a")
            .all(|a| {
                self.stats.chars(a) <= TOPIC_CHARS
                    && page.attr(a, "href").is_some_and(links_to_a_topic)
            })
            && labelled()
    }

    /// A box made mostly of links (see [`Cleaner::link_block`]).
    fn link_box(&self, i: NodeIdx) -> Option<Reason> {
        let chars = self.stats.chars(i);
        if chars == 0 || self.lenient {
            return None;
        }
        let linky = self.stats.commas(i) < 10
            && self.stats.link_density(i) > self.link_limit
            && chars < 2000
            && !self.links_only_to_editor(i);
        let reason =
            if (self.is_lone_link(i) && !self.heads_next_paragraph(i)) || self.is_teaser_card(i) {
                Reason::Related
            } else if linky
                && self.page.tag(i) != "p"
                && !self.holds_a_paragraph(i)
                && !self.holds_declared_text(i)
                && !self.wraps_own_list(i)
            {
                Reason::Clutter
            } else {
                return None;
            };
        (!self.shows_own_picture(i)).then_some(reason)
    }

    /// Whether box `i` shows a picture, not within a link, and its words
    /// are all links that lead nowhere: the buttons that work the picture
    /// ("Enlarge this image", "toggle caption"), which go on their own (see
    /// [`Cleaner::is_picture_control_label`]), not a teaser's links.
    fn shows_own_picture(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let unlinked = |d: NodeIdx| {
            !page
                .ancestors(d)
                .take_while(|&a| a != i)
                .any(|a| page.tag(a) == "a")
        };
        self.stats.link_chars(i) == self.stats.chars(i)
            && page
                .descendants(i)
                .any(|d| is_media(page, d) && unlinked(d))
            && page
                .descendants(i)
                .filter(|&d| page.tag(d) == "a")
                .all(|a| acts_in_place(page, a))
    }

    /// Whether box `i` is a card for another story set among the article's
    /// paragraphs, one right before it and one right after: a linked
    /// headline, perhaps a picture and a line under it, every link to that
    /// one page. (Cards side by side are a list, an article's own items or
    /// a grid of stories, for other rules.) Its line keeps the link's share
    /// of its words low, so it is no lone link.
    fn is_teaser_card(&self, i: NodeIdx) -> bool {
        let page = self.page;
        if !matches!(page.tag(i), "div" | "section" | "aside" | "article")
            || !self.is_short_element(i, 1..=SHORT_BLOCK_CHARS)
        {
            return false;
        }
        let mut headings = page
            .descendants(i)
            .filter(|&h| heading_level(page.tag(h)).is_some());
        let headline = headings
            .next()
            .is_some_and(|h| is_link_heading(page, self.stats, h));
        if !headline || headings.next().is_some() {
            return false;
        }
        let mut hrefs = page
            .descendants(i)
            .filter(|&a| page.tag(a) == "a")
            .map(|a| page.attr(a, "href").unwrap_or_default());
        let first = hrefs.next().unwrap_or_default();
        let one_page = !first.is_empty() && !first.starts_with('#') && hrefs.all(|h| h == first);
        let prose = |s: Option<NodeIdx>| {
            s.is_some_and(|s| page.tag(s) == "p" && self.stats.chars(s) >= SHORT_BLOCK_CHARS / 2)
        };
        let alone = || prose(page.previous_element(i)) && prose(page.next_element(i));
        one_page && alone()
    }

    /// Whether block `i` (a `div`, `p` …, not a table) is one short link
    /// set apart. A link that is all of a list's item is the list's to
    /// judge.
    fn is_lone_link(&self, i: NodeIdx) -> bool {
        let page = self.page;
        self.stats.link_density(i) > LONE_LINK_DENSITY
            && self.stats.chars(i) < 120
            && page.tag(i) != "table"
            && page.parent(i).is_none_or(|p| page.tag(p) != "li")
    }

    /// Whether list `i` links to places further down the page and nowhere
    /// else, most of them there: the article's table of contents, however
    /// long its entries. The reader's own list of sections stands for it.
    fn is_table_of_contents(&self, i: NodeIdx) -> bool {
        const MIN_ENTRIES: usize = 3;
        let page = self.page;
        let Some(targets) = page
            .descendants(i)
            .filter(|&d| page.tag(d) == "a")
            .map(|a| page.attr(a, "href")?.strip_prefix('#'))
            .collect::<Option<Vec<&str>>>()
        else {
            return false;
        };
        if targets.len() < MIN_ENTRIES {
            return false;
        }
        let end = page.node(i).end;
        let below = targets
            .iter()
            .filter(|t| self.element_with_id(t).is_some_and(|at| at >= end))
            .count();
        below * 2 >= targets.len()
    }

    /// Linked items that read as sentences, with the article's text going
    /// on after them, are the article's own list (the changes it reports,
    /// the sources it read); a list of other stories closes an article.
    fn is_own_list(&self, list: NodeIdx, items: &[NodeIdx]) -> bool {
        let page = self.page;
        let words: usize = items
            .iter()
            .map(|&li| self.text(li).split_whitespace().count())
            .sum();
        let in_text = self
            .last_paragraph
            .is_some_and(|p| page.node(list).end <= p);
        (in_text || self.is_outline(list)) && words >= 5 * items.len()
    }

    /// Whether lone link `i` is the title of the paragraph after it, as each
    /// item of a news roundup is headed by a link to its story: two of the
    /// link's capitalised words (names) open that paragraph, and the item
    /// before or after is headed by a link too. A teaser for another story
    /// stands alone, and the article's own text follows it.
    fn heads_next_paragraph(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let Some(next) = page
            .next_element(i)
            .filter(|&n| page.tag(n) == "p" && self.stats.link_density(n) <= LONE_LINK_DENSITY)
        else {
            return false;
        };
        let item_before = page
            .previous_element(i)
            .and_then(|p| page.previous_element(p));
        let item_after = page.next_element(next);
        if ![item_before, item_after]
            .into_iter()
            .flatten()
            .any(|j| page.tag(j) == page.tag(i) && self.stats.link_density(j) > LONE_LINK_DENSITY)
        {
            return false;
        }
        let text = self.text(i);
        // A bare address, or a sentence ("Shop Ace & Jig."), is no title.
        if text.contains("://") || text.trim_end().ends_with('.') {
            return false;
        }
        let opening: String = self
            .text(next)
            .chars()
            .take(NEXT_PARAGRAPH_OPENING)
            .collect::<String>()
            .to_lowercase();
        let opening: Vec<&str> = opening
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut found: Vec<String> = Vec::new();
        for name in text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
        {
            let name = name.to_lowercase();
            if opening.contains(&name.as_str()) && !found.contains(&name) {
                found.push(name);
            }
        }
        found.len() >= 2
    }

    /// A box that only wraps the article's own list (as documentation
    /// generators set every list in a `div`) is that list, not a box of
    /// links.
    fn wraps_own_list(&self, i: NodeIdx) -> bool {
        let page = self.page;
        let mut inner = page
            .children(i)
            .filter(|&c| page.text(c).is_none_or(|t| !t.trim().is_empty()));
        let (Some(list), None) = (inner.next(), inner.next()) else {
            return false;
        };
        matches!(page.tag(list), "ul" | "ol") && self.is_own_list(list, &list_items(page, list))
    }
}

/// The items of list `list`: its `<li>`, or its `<dt>` and `<dd>`.
fn list_items(page: &Page, list: NodeIdx) -> Vec<NodeIdx> {
    page.children(list)
        .filter(|&c| matches!(page.tag(c), "li" | "dt" | "dd"))
        .collect()
}

/// A block of two or more `<article>` cards whose headings link to other
/// stories, however long the summaries under the links.
pub(super) fn is_teaser_grid(page: &Page, i: NodeIdx) -> bool {
    page.children(i)
        .filter(|&c| page.tag(c) == "article" && heading_is_linked(page, c) == Some(true))
        .nth(1)
        .is_some()
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// A line that asks to share the story, or to comment on it elsewhere,
    /// and links the networks by name goes; a sentence that names a
    /// network in its link stays.
    #[test]
    fn a_line_of_share_links_goes() {
        let story = "<p>The harbour board met on Tuesday and agreed to dredge the channel before the ferries return in spring.</p>";
        let html = format!(
            "<html><body><article>{story}\
             <p>Share this story: <a href=\"https://wa.me/?text=x\">WhatsApp</a> | \
             <a href=\"https://www.facebook.com/sharer/sharer.php\">Facebook</a> | <a href=\"mailto:?\">Email</a></p>\
             {story}<p>Share your photos of the dredger with us on <a href=\"https://facebook.com/coast\">Facebook</a> \
             or <a href=\"https://instagram.com/coast\">Instagram</a>.</p>{story}\
             <p>Comment via: <a href=\"https://www.reddit.com/r/coast/1\">reddit</a>, \
             <a href=\"https://harbour.substack.com/p/dredging\">substack</a></p></article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("WhatsApp"), "{text:?}");
        assert!(!text.contains("Comment via"), "{text:?}");
        assert!(text.contains("photos of the dredger"), "{text:?}");
    }

    /// A line that asks only to pin the page for later goes, over the
    /// picture drawn for it, which stays; a step that pins the cloth stays.
    #[test]
    fn a_call_to_pin_the_page_goes() {
        let story = "<p>Fold the hem twice, a finger's width each time, and press it flat with a hot iron before you sew.</p>";
        let html = format!(
            "<html><body><article>{story}<p>Pin the hem in place.</p>{story}\
             <h2>Pin this for later!</h2><figure><img src=\"/hem-pin.jpg\" alt=\"A folded hem\"></figure>\
             <p>PIN ME</p><h1>PIN IT HERE</h1><p>Pin it to the hem.</p></article></body></html>"
        );
        let article = extract(&html, &Options::default()).unwrap();
        assert!(!article.text.contains("later"), "{:?}", article.text);
        assert!(!article.text.contains("PIN ME"), "{:?}", article.text);
        assert!(!article.text.contains("PIN IT"), "{:?}", article.text);
        assert!(
            article.text.contains("Pin it to the hem."),
            "{:?}",
            article.text
        );
        assert!(article.text.contains("Pin the hem"), "{:?}", article.text);
        assert!(article.html.contains("hem-pin.jpg"), "{}", article.html);
    }

    /// An old page laid out in a grid of cells keeps its menu in a cell of
    /// its own, beside the one of the story: that cell goes. The story's
    /// table of data keeps its cells of links.
    #[test]
    fn a_layout_cell_of_links_goes() {
        let html = "<html><body><table><tr>\
            <td><a href=\"/\">Home</a><br><a href=\"/trips\">Trips</a><br><a href=\"/guestbook\">Guestbook</a></td>\
            <td><font><b>A week at the lakes</b><br><br>\
            We drove up on a Friday evening, with the car packed to the roof, and reached the cabin after midnight.<br><br>\
            The next morning the lake was flat as glass, and we took the canoe out before breakfast to watch the loons.<br><br>\
            On the last day it rained, and we played cards on the porch, listening to the drops on the tin roof.\
            </font><table><tr><th>Lake</th><th>Where</th><th>Map</th></tr>\
            <tr><td>Long Lake</td><td>Twelve miles north of the town, past the mill</td><td><a href=\"/maps/long\">Trail</a></td></tr>\
            <tr><td>Round Lake</td><td>An hour's walk from the cabin, over the ridge</td><td><a href=\"/maps/round\">Trail</a></td></tr></table>\
            </td></tr></table></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("flat as glass"), "{text:?}");
        assert!(!text.contains("Guestbook"), "{text:?}");
        assert_eq!(text.matches("Trail").count(), 2, "{text:?}");
    }

    /// Under the story of such a page, a line of the site's links set in
    /// small type (`<font>`) goes; a line of the story in the same type,
    /// with a link in its sentence, stays.
    #[test]
    fn an_old_pages_line_of_links_goes() {
        let html = "<html><body><table><tr><td>\
            <font size=\"5\"><b>Mill pond to be drained</b></font><br><br>\
            The pond behind the old mill will be drained for six weeks so that crews can repair the stone dam.<br><br>\
            The dam, built in 1848, has been leaking at its base since a flood in the spring.<br><br>\
            <font size=\"2\">Fish will be moved to the <a href=\"/reservoir\">reservoir on Route 9</a> before the water drops.</font><br><br>\
            The pond should be full again by late February, the town's public works department said.<br><br>\
            <hr><font size=\"1\"><a href=\"/news\">Back to News</a> | <a href=\"/email\">Email this story</a> | \
            <a href=\"/print\">Printer-friendly version</a></font>\
            </td></tr></table></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(!text.contains("Email this story"), "{text:?}");
        assert!(text.contains("reservoir on Route 9"), "{text:?}");
        assert!(text.contains("late February"), "{text:?}");
    }

    /// A card for another story set between two paragraphs (its picture
    /// and headline linked, a line under it) goes; the same cards one after
    /// another, each an item of the article's list, stay.
    #[test]
    fn a_story_card_between_paragraphs_goes() {
        let card = |n: u32, title: &str| {
            format!(
                "<div class=\"card\"><a href=\"/news/{n}\"><img src=\"/img/{n}.jpg\" alt=\"\"></a>\
                 <div><a href=\"/news/{n}\"><h4>{title}</h4></a><p>The council has agreed a £3m plan to shore up the promenade.</p></div></div>"
            )
        };
        let html = format!(
            "<html><body><article>\
             <p>More than forty beach huts wrecked by last winter's storms will be rebuilt on raised platforms before Easter, the town council said.</p>\
             {}\
             <p>Owners will pay for their own huts, but the council will cover the cost of the platforms from its coastal defence budget.</p>\
             <h2>Three more repairs on the front</h2>{}{}{}\
             <p>Work on the platforms will start in February, weather permitting, and the huts should be back by March.</p>\
             </article></body></html>",
            card(1, "Sea wall repairs to start in spring"),
            card(2, "The pier's railings"),
            card(3, "The bandstand's roof"),
            card(4, "The lifeguard tower"),
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("Sea wall repairs"), "{text:?}");
        assert!(text.contains("The pier's railings"), "{text:?}");
        assert!(text.contains("The lifeguard tower"), "{text:?}");
    }

    /// A short list of the article's topics, each a link to the stories
    /// of a topic, goes with the heading of its box or the heading right
    /// over it, however few its links, and so does one under a label of
    /// its own ("Posted in", in an entry's footer too); two links to other
    /// pages in a list of the article's own stay, and so does a sentence
    /// linking a topic.
    #[test]
    fn a_short_list_of_topics_goes() {
        let story = "<p>More than 2,400 seal pups were born on the sandbanks this winter, up from about 1,900 last year.</p>\
            <p>The colony has grown steadily since the 1990s, when fewer than 300 pups were recorded each season.</p>";
        let html = format!(
            "<html><body><article><h1>Seal pups return</h1>{story}\
             <div><h2>Related topics</h2><ul><li><a href=\"/topics/seals\">Seals</a></li><li><a href=\"/topics/wildlife\">Wildlife</a></li></ul></div>\
             <p>The seals were counted again in spring, when the first pups had left.</p>\
             <h3>Topics</h3><ul><li><a href=\"/tag/estuary\">Estuary</a></li></ul>\
             <p>The count was made by rangers:</p><ul><li><a href=\"/rangers/report\">The rangers' report</a></li>\
             <li><a href=\"/rangers/method\">How they count</a></li></ul>\
             <p>Posted in <a href=\"/category/coast/\">Coast</a>, <a href=\"/category/nature/\">Nature</a></p>\
             <p>See <a href=\"/topics/pups\">the pups</a> born.</p>{story}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(!text.contains("Seals"), "{text:?}");
        assert!(!text.contains("Related topics"), "{text:?}");
        assert!(
            !text.contains("Topics") && !text.contains("Estuary"),
            "{text:?}"
        );
        assert!(text.contains("The rangers' report"), "{text:?}");
        assert!(!text.contains("Posted in"), "{text:?}");
        assert!(text.contains("See the pups born."), "{text:?}");
        let footed = format!(
            "<html><body><article><h1>Seal pups return</h1><div class=\"entry-content\">{story}</div>\
             <footer class=\"entry-footer\"><span class=\"cat-links\">Posted in \
             <a href=\"/category/diary/\">Diary</a></span></footer></article></body></html>"
        );
        let text = extract(&footed, &Options::default()).unwrap().text;
        assert!(!text.contains("Posted in"), "{text:?}");
    }

    /// Links set as one level of the article's own outline, under an item
    /// of words ("In progress:"), stay; the same links hanging from a link,
    /// as a menu's do, go.
    /// A table of contents goes, however long its entries read; a list of
    /// links to other pages with the same words is the article's.
    #[test]
    fn a_table_of_contents_goes() {
        let entry = |href: &str, words: &str| format!("<li><a href=\"{href}\">{words}</a></li>");
        let section = |id: &str, words: &str| {
            format!(
                "<h2 id=\"{id}\">{words}</h2><p>The harbour office posts the details each morning, \
                 and the crew repeats them before the boat leaves the quay.</p>"
            )
        };
        let sections = [
            ("times", "When the morning and evening boats leave the quay"),
            (
                "fares",
                "What a return ticket costs in each season of the year",
            ),
            ("bikes", "How bicycles and prams travel on the car deck"),
        ];
        let list = |prefix: &str| {
            let entries: String = sections
                .iter()
                .map(|(id, words)| entry(&format!("{prefix}{id}"), words))
                .collect();
            format!("<ul>{entries}</ul>")
        };
        let page = |prefix: &str| {
            let body: String = sections
                .iter()
                .map(|(id, words)| section(id, words))
                .collect();
            format!(
                "<html><body><article><h1>Winter sailings</h1>\
                 <p>The ferry runs twice a day in winter, and the islanders take the morning boat.</p>\
                 {}{body}</article></body></html>",
                list(prefix)
            )
        };
        let text = |html: String| extract(&html, &Options::default()).unwrap().text;
        let with_contents = text(page("#"));
        assert_eq!(
            with_contents
                .matches("When the morning and evening boats")
                .count(),
            1,
            "{with_contents:?}"
        );
        let with_links = text(page("/guide/"));
        assert_eq!(
            with_links
                .matches("When the morning and evening boats")
                .count(),
            2,
            "{with_links:?}"
        );
    }

    #[test]
    fn an_outlines_linked_items_stay() {
        let links =
            "<li><a href=\"/b/1\">Bug 101 – The timetable shows last winter's sailings</a></li>\
            <li><a href=\"/b/2\">Bug 102 – The fare table forgets the bicycle supplement</a></li>\
            <li><a href=\"/b/3\">Bug 103 – The harbour map loads slowly on a phone</a></li>";
        let page = |item: &str| {
            format!(
                "<html><body><article><h1>This week on the ferry site</h1>\
                 <p>The ferry company's web team fixed the booking form this week, and the new timetable is live for the winter.</p>\
                 <ul><li>Shipped: the booking form remembers the reader's usual crossing.</li>\
                 <li>{item}<ul>{links}</ul></li></ul></article></body></html>"
            )
        };
        let text = extract(&page("In progress:"), &Options::default())
            .unwrap()
            .text;
        assert!(text.contains("Bug 102"), "{text:?}");
        let menu = extract(&page("<a href=\"/bugs\">Bugs</a>"), &Options::default())
            .unwrap()
            .text;
        assert!(!menu.contains("Bug 102"), "{menu:?}");
    }

    /// The article's own list of links stays however a documentation
    /// generator wraps it: in a box of its own, each link in a paragraph of
    /// its item. The same list of other stories at the article's end goes.
    #[test]
    fn an_own_list_stays_in_its_wrappers() {
        let list = "<div class=\"ulist\"><ul>\
            <li><p><a href=\"/pr/97\">Timetable: show the winter sailings from the first of November</a></p></li>\
            <li><p><a href=\"/pr/98\">Fares: add the bicycle supplement to the return ticket</a></p></li>\
            <li><p><a href=\"/pr/99\">Harbour map: load the tiles for a phone's screen first</a></p></li>\
            </ul></div>";
        let page = |after: &str| {
            format!(
                "<html><body><article><h1>Progress report</h1>\
                 <p>The web team merged a good number of changes to the ferry site over the past two months, and here they are.</p>\
                 <p>Most of the work went into the timetable, which the islanders read more than any other page, and into the fares, which had not changed since the spring.</p>\
                 <p>These were merged:</p>{list}{after}</article></body></html>"
            )
        };
        let text = extract(
            &page("<p>The next report comes in January, after the winter timetable has settled in.</p>"),
            &Options::default(),
        )
        .unwrap()
        .text;
        assert!(text.contains("bicycle supplement"), "{text:?}");
        assert!(text.contains("January"), "{text:?}");
        let closing = extract(&page(""), &Options::default()).unwrap().text;
        assert!(!closing.contains("bicycle supplement"), "{closing:?}");
    }

    /// A roundup's items are each headed by a link to the story, whose names
    /// the item's paragraph repeats: the links stay as the items' titles. A
    /// lone link to another story between paragraphs still goes.
    #[test]
    fn a_roundups_linked_titles_stay() {
        let html = "<html><body><article><h1>Harbour business this week</h1>\
            <p>Three deals changed the harbour's business this week, and one of them will change its skyline too.</p>\
            <p><a href=\"https://news.example/1\">Northwind Ferries buys Island Freight</a></p>\
            <p>Northwind Ferries has bought Island Freight, the last independent cargo line on the coast, for an undisclosed sum.</p>\
            <p><a href=\"https://news.example/2\">Harbour Board sells the Old Customs House</a></p>\
            <p>The Harbour Board has sold the Old Customs House to a hotel group, which plans forty rooms behind the old facade.</p>\
            <p><a href=\"https://news.example/3\">Quayside Bakery opens a second shop</a></p>\
            <p>Quayside Bakery, a fixture on the fish quay since 1962, opens a second shop beside the station next month.</p>\
            <p><a href=\"https://news.example/4\">Ten walks for a winter weekend</a></p>\
            <p>None of the deals needs the council's approval, which leaves the town with little say in any of them.</p>\
            </article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        for title in [
            "Northwind Ferries buys Island Freight",
            "Harbour Board sells the Old Customs House",
            "Quayside Bakery opens a second shop",
        ] {
            assert!(text.contains(title), "{title:?} in {text:?}");
        }
        assert!(!text.contains("Ten walks"), "{text:?}");
    }
}
