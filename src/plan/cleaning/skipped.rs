//! Stretches of the article a link lets the keyboard jump over ("Skip
//! twitter post by …", "Skip past newsletter promotion", "Skip
//! advertisement"), from the link to the mark it leads to ("End of twitter
//! post", "after newsletter promotion"). The page says itself that such a
//! stretch is no part of the text: an embed, a promotion, an ad. What the
//! embed shows (a picture, a video, a quoted post) stays; the words set
//! around it (a consent notice, a disclaimer, the end mark) go.

use super::controls::in_page_target;
use super::{is_media, Cleaner};
use crate::page::{NodeIdx, Page};

/// The most text of the box around a skip link and its mark, the embed
/// included: a link that skips more (to a later section, past the
/// comments) skips the article's own text. The box must be less than half
/// the article too: in a short one, the article's own box may be small.
const STRETCH_CHARS: usize = 1500;

/// The most text of the mark a skip link leads to: one that leads to more
/// leads to the text, not past a stretch.
const MARK_CHARS: usize = 100;

/// A skipped stretch: the nodes after the skip link, through its target.
pub(super) struct Stretch {
    from: NodeIdx,
    to: NodeIdx,
}

impl Cleaner<'_> {
    /// Whether block `i` is the words of a skipped stretch: it holds no
    /// embed and is not inside one.
    pub(super) fn is_skipped(&self, i: NodeIdx) -> bool {
        let stretches = self.stretches.get_or_init(|| self.find_stretches());
        let after = stretches.partition_point(|s| s.from <= i);
        let Some(stretch) = after.checked_sub(1).map(|k| &stretches[k]) else {
            return false;
        };
        let page = self.page;
        i < stretch.to
            && !page.subtree(i).any(|d| shows_embed(page, d))
            && !page
                .ancestors(i)
                .take_while(|&a| a >= stretch.from)
                .any(|a| shows_embed(page, a))
    }

    /// Every skip link's stretch in the article, in document order.
    fn find_stretches(&self) -> Vec<Stretch> {
        let page = self.page;
        let mut stretches: Vec<Stretch> = Vec::new();
        for link in page.in_subtrees(self.content) {
            if page.tag(link) != "a" || stretches.last().is_some_and(|s| link < s.to) {
                continue;
            }
            let Some(id) = in_page_target(page, link) else {
                continue;
            };
            // "Skip to …" and "Jump to …" lead to something, where
            // "Skip …" and "Skip past …" jump over something.
            if !self.is_skip_link(link)
                || !self.opens_with(link, "skip ")
                || self.opens_with(link, "skip to ")
            {
                continue;
            }
            let Some(target) = self.element_with_id(id).filter(|&t| {
                t > link && self.stats.chars(t) <= MARK_CHARS && self.marks_end(t, link)
            }) else {
                continue;
            };
            let Some(around) = page.ancestors(link).find(|&a| page.contains(a, target)) else {
                continue;
            };
            let chars = self.stats.chars(around);
            if chars <= STRETCH_CHARS && chars * 2 < self.total {
                stretches.push(Stretch {
                    from: page.node(link).end,
                    to: page.node(target).end,
                });
            }
        }
        stretches
    }

    /// Whether `target` is the mark at the end of what `link` skips: blank
    /// (an anchor after an ad), or naming again at least half of what the
    /// link names ("Skip twitter post by …" and "End of twitter post by
    /// …", "Skip past newsletter promotion" and "after newsletter
    /// promotion"). Text a link leads to ("Skip gallery" to the story) is
    /// the text.
    fn marks_end(&self, target: NodeIdx, link: NodeIdx) -> bool {
        if self.stats.chars(target) == 0 {
            return true;
        }
        let words = |i: NodeIdx| -> Vec<String> {
            self.text(i)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let skipped = words(link);
        let named = skipped.get(1..).unwrap_or_default();
        let mark = words(target);
        let again = named.iter().filter(|w| mark.contains(w)).count();
        !named.is_empty() && again * 2 >= named.len()
    }
}

/// What an embed shows: a picture or a player, a quoted post, a figure.
fn shows_embed(page: &Page, i: NodeIdx) -> bool {
    matches!(page.tag(i), "blockquote" | "figure") || is_media(page, i)
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    const STORY: &str = "<p>Fourteen fishermen were brought ashore early on Sunday after their trawler ran aground on a sandbank off the point.</p>\
        <p>The lifeboat reached them within twenty minutes of the call, and all fourteen were landed at the harbour before dawn.</p>\
        <p>The trawler's owners said they would try to refloat the vessel at the next high tide if the weather allows.</p>";

    /// The words around an embed that a skip link jumps over go, whatever
    /// their classes say; the post it quotes stays.
    #[test]
    fn an_embeds_notices_go() {
        let html = format!(
            "<html><body><article>{STORY}<div><div>\
            <a href=\"#end-of-post-3\">Skip video post by the coastguard</a>\
            <div class=\"panel\"><p>This article contains content from another site. Choose accept to load it.</p><button>Accept</button></div>\
            <blockquote><p>All fourteen crew are safe and well. Thank you to the volunteers.</p></blockquote>\
            <p>We are not responsible for the content of other sites.</p>\
            <div id=\"end-of-post-3\"><span>End of video post by the coastguard</span></div>\
            </div></div>{STORY}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("All fourteen crew are safe"), "{text:?}");
        for gone in [
            "Skip video",
            "Choose accept",
            "not responsible",
            "End of video",
        ] {
            assert!(!text.contains(gone), "{gone}: {text:?}");
        }
    }

    /// A skip link that leads to the text (past a gallery to the story, or
    /// to a later section) jumps over no furniture: the text stays.
    #[test]
    fn what_a_skip_link_leads_to_stays() {
        let html = format!(
            "<html><body><article><div>\
            <a href=\"#the-rescue\">Skip ahead</a>\
            <p>Crews from two stations were called out shortly after three in the morning on Sunday.</p>\
            <h2 id=\"the-rescue\">The rescue</h2>\
            <a href=\"#landed\">Skip to the landing</a>\
            <p>The lifeboat stood by the trawler until the tide turned and the crew could be lifted off.</p>\
            <h3 id=\"landed\">The landing</h3><p>All were landed safely.</p></div>\
            <div><a href=\"#route\">Skip route map</a><figure><img src=\"/map.png\" alt=\"\"></figure>\
            <p id=\"route\">The route the lifeboat took round the point, past the two wrecks and into the shelter of the bay where the crew were landed, is shown on the map above.</p></div>\
            <div><a href=\"#story\">Skip gallery</a><figure><img src=\"/boat.jpg\" alt=\"\"></figure>\
            <div id=\"story\"><p>Two of the crew were kept in hospital overnight.</p></div></div>\
            {STORY}</article></body></html>"
        );
        let text = extract(&html, &Options::default()).unwrap().text;
        assert!(text.contains("kept in hospital overnight"), "{text:?}");
        assert!(text.contains("Crews from two stations"), "{text:?}");
        assert!(text.contains("The rescue"), "{text:?}");
        assert!(text.contains("The lifeboat stood by"), "{text:?}");
        assert!(text.contains("The landing"), "{text:?}");
        assert!(text.contains("past the two wrecks"), "{text:?}");
        // A short article's own box may hold a skip link and its mark.
        let html = "<html><body><article><div><a href=\"#map-end\">Skip map</a>\
            <p>Fourteen fishermen were brought ashore early on Sunday after their trawler ran aground.</p>\
            <p>The lifeboat reached them within twenty minutes of the call.</p>\
            <p id=\"map-end\">Map of the point</p></div></article></body></html>";
        let text = extract(html, &Options::default()).unwrap().text;
        assert!(text.contains("Fourteen fishermen"), "{text:?}");
    }
}
