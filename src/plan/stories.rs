//! Pages that run the next stories under the first (a scroll that loads
//! article after article): the vote finds the box around all of them,
//! each with its headline, or the longest of them, while the page is
//! titled for one, or the reader has scrolled to one. The reader asked for
//! that one.

use super::Stats;
use crate::heuristics::STORY_MIN_CHARS;
use crate::page::{NodeIdx, Page};
use crate::quality::lowercase_words;

/// The story the page is titled for, when the vote's `content` is one of
/// two or more stories set alike: within `content` (the box around them
/// all), or beside it (the vote took a longer story of the scroll than
/// the one the reader opened). Else `content` as it is.
pub(crate) fn titled(page: &Page, stats: &Stats, content: Vec<NodeIdx>) -> Vec<NodeIdx> {
    let within = titled_within(page, stats, content.clone());
    if within != content {
        return within;
    }
    let Some(scope) = around(page, stats, &content) else {
        return content;
    };
    match titled_within(page, stats, vec![scope])[..] {
        [story] if story != scope && !content.iter().all(|&c| page.contains(story, c)) => {
            vec![story]
        }
        _ => content,
    }
}

/// The nearest box around all of `content` that holds two headlines.
fn around(page: &Page, stats: &Stats, content: &[NodeIdx]) -> Option<NodeIdx> {
    let &first = content.first()?;
    let headlines: Vec<NodeIdx> = (0..page.len())
        .filter(|&i| is_headline(page, stats, i))
        .collect();
    page.ancestors(first)
        .filter(|&a| content.iter().all(|&c| page.contains(a, c)))
        .find(|&a| {
            headlines
                .iter()
                .filter(|&&h| page.contains(a, h))
                .nth(1)
                .is_some()
        })
}

/// The story within `content` on the reader's screen, or else the one
/// whose headline the page's title gives, when `content` holds two or more
/// stories set alike, each a headline (`<h1>`) with text of its own under
/// it: that story, and what the vote took before it (a lead picture), up
/// to the next story. Else `content` as it is.
fn titled_within(page: &Page, stats: &Stats, content: Vec<NodeIdx>) -> Vec<NodeIdx> {
    let headlines: Vec<(NodeIdx, NodeIdx)> = content
        .iter()
        .flat_map(|&root| {
            page.subtree(root)
                .filter(|&i| is_headline(page, stats, i))
                .map(move |h| (root, h))
        })
        .collect();
    if headlines.len() < 2 {
        return content;
    }
    let heads: Vec<NodeIdx> = headlines.iter().map(|&(_, h)| h).collect();
    let stories: Vec<NodeIdx> = headlines
        .iter()
        .map(|&(root, h)| story_of(page, stats, root, &heads, h))
        .collect();
    if stories
        .iter()
        .filter(|&&s| stats.prose(s) >= STORY_MIN_CHARS)
        .count()
        < 2
    {
        return content;
    }
    let wordings: Vec<Vec<String>> = heads
        .iter()
        .map(|&h| lowercase_words(&page.text_content(h)))
        .collect();
    // On a live page the reader has scrolled, the story on screen
    // decides: the last whose headline they have scrolled down to.
    // Otherwise the first title that names any story: the tab's title,
    // which a scroll's script sets for the story being read, before the
    // one declared for sharing, which it leaves as the page loaded.
    let on_screen = heads
        .iter()
        .zip(&stories)
        .rfind(|&(&h, _)| page.signals(h).is_some_and(|s| s.passed))
        .map(|(_, &story)| (story, true));
    let named = on_screen.or_else(|| {
        page_titles(page).into_iter().find_map(|title| {
            let mut named = wordings.iter().zip(&stories).filter(|(headline, _)| {
                headline.len() >= HEADLINE_MIN_WORDS
                    && title
                        .windows(headline.len())
                        .any(|run| run == headline.as_slice())
            });
            named
                .next()
                .map(|(_, &story)| (story, named.next().is_none()))
        })
    });
    let story = match named {
        Some((story, true))
            if stats.prose(story) >= STORY_MIN_CHARS
                && stories
                    .iter()
                    .any(|&other| other != story && same_template(page, story, other)) =>
        {
            story
        }
        _ => return content,
    };
    let holds_other = |root: NodeIdx| {
        heads
            .iter()
            .any(|&h| page.contains(root, h) && !page.contains(story, h))
    };
    let mut kept = Vec::new();
    for root in content {
        if page.contains(root, story) {
            kept.push(story);
        } else if holds_other(root) {
            if root > story {
                break;
            }
        } else {
            kept.push(root);
        }
    }
    kept
}

/// Whether `i` is a story's headline: an `<h1>` with words the reader sees.
fn is_headline(page: &Page, stats: &Stats, i: NodeIdx) -> bool {
    page.tag(i) == "h1" && stats.chars(i) > 0
}

/// The largest box within `root` around headline `h` that holds no other
/// of the `headlines`; or, when that box is a `<header>` or has no story's
/// length of text, the first box after it with a story's length, before
/// the next headline's (the story's body, set apart from its headline).
fn story_of(
    page: &Page,
    stats: &Stats,
    root: NodeIdx,
    headlines: &[NodeIdx],
    h: NodeIdx,
) -> NodeIdx {
    let alone = |a: NodeIdx| {
        headlines
            .iter()
            .all(|&other| other == h || !page.contains(a, other))
    };
    let head = page
        .ancestors(h)
        .take_while(|&a| page.contains(root, a) && alone(a))
        .last()
        .unwrap_or(h);
    if head == root || (page.tag(head) != "header" && stats.prose(head) >= STORY_MIN_CHARS) {
        return head;
    }
    std::iter::successors(page.node(head).next_sibling, |&n| page.node(n).next_sibling)
        .take_while(|&n| headlines.iter().all(|&other| !page.contains(n, other)))
        .find(|&n| page.names_element(n) && stats.prose(n) >= STORY_MIN_CHARS)
        .unwrap_or(head)
}

/// Whether two stories are set in the same template: the same element
/// with the same class or schema.org property, or each an `<article>`. A
/// page's sections under headlines of their own (an introduction, then
/// the body) are set each in its own.
fn same_template(page: &Page, a: NodeIdx, b: NodeIdx) -> bool {
    let same = |name: &str| {
        page.attr(a, name)
            .is_some_and(|v| !v.trim().is_empty() && page.attr(b, name) == Some(v))
    };
    page.tag(a) == page.tag(b) && (page.tag(a) == "article" || same("class") || same("itemprop"))
}

/// The page's titles as words: its document title and the one it declares
/// for sharing, which name the story the page is for.
fn page_titles(page: &Page) -> Vec<Vec<String>> {
    let document = page.find("title").map(|t| page.text_content(t));
    let declared = (0..page.len())
        .filter(|&i| {
            page.tag(i) == "meta"
                && ["property", "name"].iter().any(|a| {
                    page.attr(i, a)
                        .is_some_and(|v| v.eq_ignore_ascii_case("og:title"))
                })
        })
        .filter_map(|i| page.attr(i, "content").map(str::to_string));
    document
        .into_iter()
        .chain(declared)
        .map(|t| lowercase_words(&t))
        .filter(|words| !words.is_empty())
        .collect()
}

/// The fewest words of a headline matched in the title: a word or two
/// ("News") may be a section's name in every title of the site.
const HEADLINE_MIN_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use crate::page::{Signals, Snapshot, SnapshotNode};
    use crate::{extract, plan, Options, Page};

    fn story(headline: &str, text: &str) -> String {
        format!(
            "<article class=\"story\"><h1>{headline}</h1><p class=\"byline\">By Ann Lee</p>{}</article>",
            format!("<p>{text}</p>").repeat(4)
        )
    }

    /// Of two stories set alike, one under the other, the article is the
    /// one the page is titled for; two parts of one page, each under a
    /// headline but set apart, stay one article, and so do stories none
    /// of which the title names.
    #[test]
    fn the_story_the_page_is_titled_for_is_the_article() {
        let ferry = "The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.";
        let bridge = "The council voted to repaint the old bridge in its first colours, a dark green, by the end of the summer.";
        let page = |title: &str, body: &str| {
            format!("<html><head><title>{title} | Harbour News</title></head><body><main>{body}</main></body></html>")
        };
        let text = |html: String| extract(&html, &Options::default()).unwrap().text;
        let scroll = format!(
            "{}<div class=\"next\">Next story</div>{}",
            story("Winter sailings resume on Monday", ferry),
            story("Old bridge to be repainted green", bridge)
        );
        let read = text(page("Winter sailings resume on Monday", &scroll));
        assert!(
            read.contains("winter timetable") && !read.contains("bridge"),
            "{read}"
        );
        let read = text(page("Harbour News", &scroll));
        assert!(
            read.contains("winter timetable") && read.contains("bridge"),
            "{read}"
        );
        let parts = format!(
            "<div class=\"intro\"><h1>Winter sailings resume on Monday</h1>{}</div>\
             <div class=\"body\"><h1>What changes</h1>{}</div>",
            format!("<p>{ferry}</p>").repeat(3),
            format!("<p>{bridge}</p>").repeat(4)
        );
        let read = text(page("Winter sailings resume on Monday", &parts));
        assert!(
            read.contains("winter timetable") && read.contains("bridge"),
            "{read}"
        );
    }

    /// A scroll whose next story is longer than the one the page is
    /// titled for: the vote takes the longer, and the titled one is read
    /// instead, whether its headline is set in the story or in a header
    /// above its body.
    #[test]
    fn a_longer_story_below_gives_way_to_the_titled_one() {
        let ferry = "The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.";
        let bridge = "The council voted to repaint the old bridge in its first colours, a dark green, by the end of the summer.";
        let next = format!(
            "<div class=\"next\">Up next</div><div class=\"story\"><h1>Old bridge to be repainted green</h1>{}</div>",
            format!("<p>{bridge}</p>").repeat(9)
        );
        let ours = format!(
            "<div class=\"story\"><h1>Winter sailings resume on Monday</h1>{}</div>",
            format!("<p>{ferry}</p>").repeat(4)
        );
        let header_above = format!(
            "<header><h1>Winter sailings resume on Monday</h1><p>By Ann Lee</p></header><div class=\"story\">{}</div>",
            format!("<p>{ferry}</p>").repeat(4)
        );
        for first in [ours, header_above] {
            let html = format!(
                "<html><head><title>Winter sailings resume on Monday | Harbour News</title></head>\
                 <body><main>{first}{next}</main></body></html>"
            );
            let read = extract(&html, &Options::default()).unwrap().text;
            assert!(
                read.contains("winter timetable") && !read.contains("bridge"),
                "{read}"
            );
        }
    }

    /// Scrolled on to the next story, the tab's title names it while the
    /// title declared for sharing still names the first: the tab's title
    /// is the reader's.
    #[test]
    fn the_tabs_title_outvotes_the_shared_one() {
        let ferry = "The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.";
        let bridge = "The council voted to repaint the old bridge in its first colours, a dark green, by the end of the summer.";
        let html = format!(
            "<html><head><title>Old bridge to be repainted green | Harbour News</title>\
             <meta property=\"og:title\" content=\"Winter sailings resume on Monday\"></head>\
             <body><main>{}<div class=\"next\">Next story</div>{}</main></body></html>",
            story("Winter sailings resume on Monday", ferry),
            story("Old bridge to be repainted green", bridge)
        );
        let read = extract(&html, &Options::default()).unwrap().text;
        assert!(
            read.contains("dark green") && !read.contains("winter timetable"),
            "{read}"
        );
    }

    /// A live scroll of three stories set alike, titled for the first,
    /// with the reader scrolled down to the headline of the second: the
    /// story on screen is the article. Not scrolled, the title decides.
    #[test]
    fn the_story_on_screen_is_read_on_a_scrolled_page() {
        let stories = [
            ("Winter sailings resume on Monday", "The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays."),
            ("Old bridge to be repainted green", "The council voted to repaint the old bridge in its first colours, a dark green, by the end of the summer."),
            ("Library opens on Sunday mornings", "From next month the central library opens its doors on Sunday mornings, from ten until one o'clock."),
        ];
        let read = |passed: usize| {
            let mut nodes = Vec::new();
            let mut push = |parent: Option<usize>, tag: Option<&str>, text: &str, signals| {
                nodes.push(SnapshotNode {
                    parent: parent.map(|p| p as u32),
                    tag: tag.map(str::to_string),
                    attrs: Vec::new(),
                    text: tag.is_none().then(|| text.to_string()),
                    signals,
                });
                nodes.len() - 1
            };
            let html = push(None, Some("html"), "", None);
            let head = push(Some(html), Some("head"), "", None);
            let title = push(Some(head), Some("title"), "", None);
            push(
                Some(title),
                None,
                "Winter sailings resume on Monday | Harbour News",
                None,
            );
            let body = push(Some(html), Some("body"), "", None);
            let main = push(Some(body), Some("main"), "", None);
            for (n, (headline, paragraph)) in stories.iter().enumerate() {
                let story = push(Some(main), Some("article"), "", None);
                let drawn = Signals {
                    visible: true,
                    font: 32.0,
                    passed: n < passed,
                    ..Signals::default()
                };
                let h1 = push(Some(story), Some("h1"), "", Some(drawn));
                push(Some(h1), None, headline, None);
                for _ in 0..4 {
                    let p = push(Some(story), Some("p"), "", None);
                    push(Some(p), None, paragraph, None);
                }
            }
            let page = Page::from_snapshot(&Snapshot { url: None, nodes }).unwrap();
            let plan = plan(&page, &Options::default()).unwrap();
            plan.content
                .iter()
                .map(|&c| page.text_content(c))
                .collect::<String>()
        };
        let scrolled = read(2);
        assert!(
            scrolled.contains("dark green")
                && !scrolled.contains("winter timetable")
                && !scrolled.contains("Sunday mornings"),
            "{scrolled}"
        );
        let at_the_top = read(0);
        assert!(
            at_the_top.contains("winter timetable") && !at_the_top.contains("dark green"),
            "{at_the_top}"
        );
    }
}
