//! The article's neighbours: siblings of the chosen container that continue
//! its text, or open it (a lead picture, key points), join it; everything
//! else around it is labelled for the reader.

use super::candidates::{is_paragraph, Scores};
use super::cleaning::is_media;
use super::{class_or_id_mentions, Facts, Hints, Reason, Removal, Stats};
use crate::heuristics::CAPTION_HINTS;
use crate::page::{NodeIdx, Page};

/// The chosen container plus the siblings that read as part of the article,
/// after what opens the article from above its box (see [`leading`]).
pub(crate) fn gather(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    scores: &Scores,
    excluded: &[bool],
    top: NodeIdx,
) -> Vec<NodeIdx> {
    let Some(parent) = page.parent(top) else {
        return vec![top];
    };
    let top_score = scores[top].unwrap_or(0.0);
    let threshold = (top_score * 0.2).max(10.0);
    let top_classes = text_classes(page, top);
    let leading = leading(page, stats, hints, excluded, top);
    // Blocks found above the parent (see [`leading`]) come before all of it.
    let above: Vec<NodeIdx> = leading
        .iter()
        .rev()
        .copied()
        .filter(|&s| page.parent(s) != Some(parent))
        .collect();
    let beside = page.children(parent).filter(|&s| {
        if s == top || leading.contains(&s) {
            return true;
        }
        if page.element(s).is_none() || excluded[s] {
            return false;
        }
        if s > top && is_articles_footer(page, s) {
            return stats.link_density(s) < FOOTER_MAX_LINK_DENSITY;
        }
        if hints.get(s).strong_negative().is_some() {
            return false;
        }
        let bonus = if wrapper_classes(page, s).any(|c| top_classes.contains(&c)) {
            top_score * 0.2
        } else {
            0.0
        };
        if scores[s].is_some_and(|score| score + bonus >= threshold) {
            return true;
        }
        if s > top && is_figure(page, stats, hints, s) {
            return true;
        }
        if !is_paragraph(page, s) || page.tag(s) == "td" {
            return false;
        }
        let chars = stats.chars(s);
        let density = stats.link_density(s);
        (chars > 80 && density < 0.25)
            || (chars > 0 && chars <= 80 && density == 0.0 && ends_sentence(&page.text_content(s)))
    });
    above.into_iter().chain(beside).collect()
}

/// Whether block `s`, right before the `text` or its box, is the article's
/// head with the article's opening in it: the headline, then paragraphs
/// of the text's own (a guide's introduction and its picks, set in the
/// headline's box apart from the sections below). A head of a headline,
/// a byline and a standfirst has too little prose to be taken for one.
fn opens_under_headline(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    s: NodeIdx,
    text: NodeIdx,
) -> bool {
    let Some(headline) = (s..page.node(s).end).find(|&i| page.tag(i) == "h1") else {
        return false;
    };
    // Above the headline, a kicker or a trail of sections at most.
    let above: usize = (s..headline)
        .filter_map(|i| page.text(i))
        .map(|t| t.trim().chars().count())
        .sum();
    // The paragraphs under it, not those of a column of other news beside
    // the head (an `<aside>`, a box hinted as anything but the article's
    // header).
    let aside = |i: NodeIdx| {
        page.self_and_ancestors(i).take_while(|&a| a != s).any(|a| {
            page.tag(a) == "aside" || hints.get(a).negative.is_some_and(|r| r != Reason::Header)
        })
    };
    let opening: usize = (page.node(headline).end..page.node(s).end)
        .filter(|&i| page.tag(i) == "p" && !aside(i))
        .map(|i| stats.prose(i))
        .sum();
    // An opening, shorter than half the text it opens: a box with the
    // article whole is no head of a sidebar's feed after it.
    above <= ABOVE_HEADLINE_CHARS
        && opening >= HEADED_OPENING_CHARS
        && opening * 2 < stats.prose(text)
        && stats.link_density(s) < HEADED_OPENING_LINK_DENSITY
}

/// The most text above the headline in the article's head: a kicker, a
/// trail of sections.
const ABOVE_HEADLINE_CHARS: usize = 100;

/// The least prose besides its headline of an article's head that holds
/// the article's opening: a few paragraphs, more than a standfirst's
/// sentence or two and a byline.
const HEADED_OPENING_CHARS: usize = 800;

/// The most of such a head's text its links may hold.
const HEADED_OPENING_LINK_DENSITY: f32 = 0.25;

/// A footer the template names for the article (`article__footer`,
/// `entry-footer`, `story-footer`) rather than the site: it holds the
/// article's closing notes ("Marco Rossi contributed to this report"),
/// which join the article with it, beside its tags and share buttons,
/// which the cleaning takes out.
fn is_articles_footer(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) != "footer"
        && page
            .attr(i, "class")
            .is_some_and(|c| c.split_whitespace().any(names_articles_footer))
}

/// Whether a class names the footer of an article, an entry or a story
/// (`article__footer`, `entry-footer`), not the site's (`site-footer`).
fn names_articles_footer(class: &str) -> bool {
    let class = class.to_ascii_lowercase();
    class.split_once("footer").is_some_and(|(before, _)| {
        ARTICLE_PARTS
            .iter()
            .any(|p| before.trim_end_matches(['-', '_']) == *p)
    })
}

/// What templates call an article in the names of its parts.
const ARTICLE_PARTS: &[&str] = &["article", "entry", "post", "story"];

/// The most of an article's footer its links may hold: its notes are
/// sentences, beside a line of tags.
const FOOTER_MAX_LINK_DENSITY: f32 = 0.5;

/// A list of points written as sentences, with no links: before the
/// text, the story's key points or takeaways (after it, such a list is
/// more often references or notes that the vote left out on purpose).
/// Key points often go without a full stop, so a point may instead be a
/// clause of several words; a menu's or a tag list's items are a word or
/// two. One item may be a link (a pitch the site adds as the last point),
/// and a link may follow the list; a list of linked headlines is a feed.
fn is_point_list(page: &Page, stats: &Stats, s: NodeIdx) -> bool {
    if stats.chars(s) < POINT_LIST_MIN_CHARS || stats.link_density(s) > POINT_LIST_MAX_LINK_DENSITY
    {
        return false;
    }
    let (linked, points): (Vec<NodeIdx>, Vec<NodeIdx>) = (s..page.node(s).end)
        .filter(|&i| page.tag(i) == "li")
        .partition(|&i| stats.link_chars(i) > 0);
    linked.len() <= 1
        && !points.is_empty()
        && points.iter().all(|&i| {
            let point = page.text_content(i);
            let point = point.trim();
            ends_sentence(point) || point.split_whitespace().count() >= POINT_MIN_WORDS
        })
}

/// The least text of a list of key points.
const POINT_LIST_MIN_CHARS: usize = 80;

/// The most of a list of key points' box its links may hold (see
/// [`is_point_list`]).
const POINT_LIST_MAX_LINK_DENSITY: f32 = 0.25;

/// The fewest words of a key point written without a full stop.
const POINT_MIN_WORDS: usize = 5;

/// The blocks right before the text that open the article without being
/// its text: its lead photograph (or a chart) and a list of its key
/// points; or the article's head, when it holds the article's opening
/// (see [`opens_under_headline`]). Only those next to it, or with only a line of the article's
/// head between (its byline and date, which templates often set between
/// the photograph and the text), and below the headline, so that the
/// article's head (its byline, date and standfirst) is still read between
/// the headline and the article.
fn leading(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    excluded: &[bool],
    top: NodeIdx,
) -> Vec<NodeIdx> {
    let mut leading = Vec::new();
    let mut at = top;
    let mut head_lines = 0;
    let mut climbs = 0;
    loop {
        let Some(s) = page.previous_element(at) else {
            // The first block of its box: what opens the article may
            // stand before the box, where the headline is above it.
            match page.parent(at) {
                Some(parent) if climbs < MAX_CLIMBS && page.previous_sibling(at).is_none() => {
                    climbs += 1;
                    at = parent;
                    continue;
                }
                _ => break,
            }
        };
        let below_headline = !(s..page.node(s).end).any(|i| page.tag(i) == "h1")
            && (climbs == 0 || (0..s).any(|i| page.tag(i) == "h1"));
        let opens = !excluded[s]
            && hints.get(s).negative.is_none()
            && below_headline
            && (is_figure(page, stats, hints, s)
                || is_video_block(page, stats, s)
                // Above the text's box, a picture in a plain box may as
                // well be a banner between the site's header and the page.
                || (climbs == 0
                    && (is_picture_block(page, stats, s) || is_point_list(page, stats, s))));
        if opens {
            leading.push(s);
        } else if leading.is_empty()
            && !excluded[s]
            && hints.get(s).negative.is_none_or(|r| r == Reason::Header)
            && opens_under_headline(page, stats, hints, s, top)
        {
            // The article's head, its opening with it: nothing of the
            // article is above it.
            leading.push(s);
            break;
        } else if let Some(opening) = leading
            .is_empty()
            .then(|| closing_opening(page, stats, hints, excluded, s))
            .flatten()
        {
            leading.push(opening);
            break;
        } else if below_headline
            && leading.is_empty()
            && head_lines < HEAD_LINES
            && is_head_line(page, stats, s)
        {
            head_lines += 1;
        } else {
            break;
        }
        at = s;
    }
    leading
}

/// The lead picture or the list of key points that closes the article's
/// head box `s` (but for a line or two after it), under its headline
/// (`<div class="hero"><h1>…</h1><p>By …</p><figure>…</figure></div>`
/// over the text's box): it opens the article, though the box holds the
/// headline. The head's blocks may sit in a wrapper or two of the box's
/// own (a section, a centred column), beside boxes that draw a shade or a
/// rule and hold no text.
fn closing_opening(
    page: &Page,
    stats: &Stats,
    hints: &Hints,
    excluded: &[bool],
    mut s: NodeIdx,
) -> Option<NodeIdx> {
    for _ in 0..WRAPPER_DEPTH {
        let mut worded = page
            .children(s)
            .filter(|&c| page.element(c).is_some() && stats.chars(c) > 0);
        match (worded.next(), worded.next()) {
            (Some(only), None) => s = only,
            _ => break,
        }
    }
    let blocks: Vec<NodeIdx> = page
        .children(s)
        .filter(|&c| page.element(c).is_some())
        .collect();
    let opens = |c: NodeIdx| {
        is_figure(page, stats, hints, c)
            || (hints.get(c).negative.is_none() && is_point_list(page, stats, c))
    };
    // Past a line or two of the head after it (a note on the site's
    // standards, the date).
    let last = *blocks
        .iter()
        .rev()
        .take(HEAD_LINES + 1)
        .find(|&&c| opens(c) || !is_head_line(page, stats, c))?;
    let headline = (s..last).any(|i| page.tag(i) == "h1");
    (headline && !excluded[last] && opens(last)).then_some(last)
}

/// How many boxes up [`leading`] looks for what opens the article: a
/// template nests the text in a box or two of its own, and the lead
/// picture sits beside those (`<div data-name="media">` before
/// `<div data-name="body"><div class="article-body">`); a page of
/// sections sets the text in a centred column or two of its section, and
/// the head in a section of its own above.
const MAX_CLIMBS: usize = 4;

/// How many lines of the article's head [`leading`] looks past.
const HEAD_LINES: usize = 2;

/// A short block with no picture and no paragraph: a line of the
/// article's head (its byline, date and share buttons).
fn is_head_line(page: &Page, stats: &Stats, s: NodeIdx) -> bool {
    stats.chars(s) <= HEAD_LINE_MAX_CHARS
        && !(s..page.node(s).end).any(|i| {
            matches!(
                page.tag(i),
                "img" | "picture" | "figure" | "video" | "iframe"
            ) || (page.tag(i) == "p" && stats.chars(i) > HEAD_LINE_MAX_CHARS / 2)
        })
}

/// The most text of a line of the article's head.
const HEAD_LINE_MAX_CHARS: usize = 300;

/// A block that holds one photograph and at most a caption: a lead
/// photograph set without a `<figure>`. A photograph comes in several
/// sizes (a `<picture>`), declares a photograph's (icons and avatars are
/// small, and ad banners wide and low) or has a caption the page calls
/// one: an advertisement has none.
fn is_picture_block(page: &Page, stats: &Stats, s: NodeIdx) -> bool {
    let inside = s..page.node(s).end;
    let mut images = inside.clone().filter(|&i| page.tag(i) == "img");
    let (Some(img), None) = (images.next(), images.next()) else {
        return false;
    };
    stats.chars(s) <= CAPTION_MAX_CHARS
        && stats.link_chars(s) == 0
        && (inside.clone().filter(|&i| page.tag(i) == "picture").count() == 1
            || is_photograph_sized(page, img)
            || inside
                .skip(1)
                .any(|i| stats.chars(i) > 0 && class_or_id_mentions(page, i, CAPTION_HINTS)))
}

/// A block that holds one video, a player of the page's own (`<video>`)
/// or a frame from a video site, and at most a caption: the story's lead
/// video, where others set a photograph.
fn is_video_block(page: &Page, stats: &Stats, s: NodeIdx) -> bool {
    let mut videos = (s..page.node(s).end)
        .filter(|&i| matches!(page.tag(i), "video" | "iframe" | "embed" | "object"));
    let (Some(video), None) = (videos.next(), videos.next()) else {
        return false;
    };
    is_media(page, video) && stats.chars(s) <= CAPTION_MAX_CHARS && stats.link_chars(s) == 0
}

/// Whether `<img>` element `img` declares a photograph's size: wide,
/// and at most [`PHOTOGRAPH_MAX_ASPECT`] times as wide as it is high.
fn is_photograph_sized(page: &Page, img: NodeIdx) -> bool {
    let side = |name| page.attr(img, name).and_then(crate::render::pixels);
    match (side("width"), side("height")) {
        (Some(width), Some(height)) => {
            width >= PHOTOGRAPH_MIN_WIDTH && height > 0.0 && width <= height * PHOTOGRAPH_MAX_ASPECT
        }
        _ => false,
    }
}

/// The least declared width of a lead photograph set without a figure.
const PHOTOGRAPH_MIN_WIDTH: f32 = 400.0;

/// The most a photograph is wider than high (a panorama's 3:1); a banner
/// (728×90, 970×250) is wider.
const PHOTOGRAPH_MAX_ASPECT: f32 = 3.0;

/// The most text of a picture's caption and credit.
const CAPTION_MAX_CHARS: usize = 300;

/// A `<figure>` with a picture beside the text rather than in it: the
/// story's lead photograph and its caption, or a chart between two
/// stretches of text, bare or in the wrappers a template sets around it
/// (each the only element in the one before). A figure that is mostly a
/// link is a teaser's.
fn is_figure(page: &Page, stats: &Stats, hints: &Hints, s: NodeIdx) -> bool {
    wrapped(page, s).any(|i| page.tag(i) == "figure")
        && hints.get(s).negative.is_none()
        && stats.link_density(s) < FIGURE_MAX_LINK_DENSITY
        && (s..page.node(s).end).any(|i| page.tag(i) == "img")
}

/// The most link text a figure beside the article may carry.
const FIGURE_MAX_LINK_DENSITY: f32 = 0.5;

/// The classes of a block and of the wrappers it is made of: a template
/// sets each stretch of the text in the same class (`articletext`),
/// however many wrappers sit around it.
fn wrapper_classes(page: &Page, block: NodeIdx) -> impl Iterator<Item = &str> {
    wrapped(page, block).filter_map(|i| page.attr(i, "class").filter(|c| !c.is_empty()))
}

/// A block and the wrappers inside it, each the only element in the one
/// before, down to [`WRAPPER_DEPTH`] of them.
fn wrapped(page: &Page, block: NodeIdx) -> impl Iterator<Item = NodeIdx> + '_ {
    std::iter::successors(Some(block), |&i| page.only_element_child(i)).take(WRAPPER_DEPTH)
}

/// How many wrappers deep [`wrapped`] looks.
const WRAPPER_DEPTH: usize = 4;

/// The chosen block's class, and those of the wrappers inside it that only
/// a few blocks of the page wear: a template's class for its stretches of
/// text, not a page builder's class for every box (`inside-container` on
/// dozens of them). A class of generated names of a letter or two (`ab
/// ca`, atomic CSS) says how a box looks, not what it holds: the box of
/// tags and comments after the text may wear it too.
fn text_classes(page: &Page, top: NodeIdx) -> Vec<&str> {
    let own = page.attr(top, "class").filter(|c| !c.is_empty());
    let classes: Vec<&str> = wrapper_classes(page, top).collect();
    let mut uses = vec![0usize; classes.len()];
    for class in (0..page.len()).filter_map(|i| page.attr(i, "class")) {
        if let Some(k) = classes.iter().position(|&c| c == class) {
            uses[k] += 1;
        }
    }
    classes
        .into_iter()
        .zip(uses)
        .filter(|&(class, uses)| Some(class) == own || uses <= TEXT_CLASS_USES)
        .map(|(class, _)| class)
        .filter(|class| {
            class
                .split_whitespace()
                .any(|name| name.chars().nth(2).is_some())
        })
        .collect()
}

/// The most blocks a class of text is worn by.
const TEXT_CLASS_USES: usize = 4;

fn ends_sentence(text: &str) -> bool {
    text.ends_with('.') || text.contains(". ")
}

/// The top-level blocks around the article (the children of the article's
/// ancestors that are neither ancestors nor article), each with the most
/// specific reason its hints give.
pub(crate) fn outside(page: &Page, content: &[NodeIdx], facts: &Facts) -> Vec<Removal> {
    let mut path: Vec<NodeIdx> = content.iter().flat_map(|&c| page.ancestors(c)).collect();
    path.sort_unstable();
    path.dedup();
    let mut removals = Vec::new();
    for &ancestor in &path {
        for child in page.children(ancestor) {
            if path.binary_search(&child).is_ok()
                || content.contains(&child)
                || page.element(child).is_none()
                || page.tag(child) == "head"
            {
                continue;
            }
            let reason = if facts.fixes.is_removed(child) {
                Reason::Reader
            } else if facts.hidden[child] {
                Reason::Hidden
            } else {
                facts.hints.get(child).negative.unwrap_or(Reason::Outside)
            };
            removals.push(Removal {
                node: child,
                reason,
            });
        }
    }
    removals.sort_by_key(|r| r.node);
    removals
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// A page builder wraps every box in the same inner class, and atomic
    /// CSS gives boxes of every kind the same generated names: neither
    /// says which box holds the article's text, so the box with the page's
    /// teaser stays out, while a template's class for its stretches of
    /// text brings the introduction in.
    #[test]
    fn only_a_class_few_blocks_wear_marks_the_text() {
        let paragraph = "The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm, which it rarely is.";
        let boxed = |n: usize, inner: &str, body: &str| {
            format!(r#"<div class="box box-{n}"><div class="{inner}">{body}</div></div>"#)
        };
        let page = |inner: &str| {
            let body = format!("<p>{paragraph}</p>").repeat(8);
            let links = ["Timetables", "Fares", "Harbour", "Contact"]
                .iter()
                .enumerate()
                .map(|(n, name)| {
                    let link = format!(r#"<a href="/{name}">{name}</a>"#);
                    boxed(n + 3, "aside-links", &link)
                });
            let boxes: Vec<String> = [
                boxed(
                    1,
                    inner,
                    "<p>A teaser line about the ferry, short and sweet.</p>",
                ),
                boxed(2, inner, &body),
            ]
            .into_iter()
            .chain(links)
            .collect();
            format!(
                "<html><body><h1>The winter ferry</h1>{}</body></html>",
                boxes.concat()
            )
        };
        let text = |html: &str| extract(html, &Options::default()).unwrap().text;
        // The inner class on two boxes only: a class of text.
        assert!(text(&page("text")).contains("A teaser line"));
        // The same inner class on every box of the page: a builder's.
        let builder = page("inside").replace("aside-links", "inside");
        assert!(!text(&builder).contains("A teaser line"));
        // Generated names of two letters on two boxes: atomic CSS.
        assert!(!text(&page("ab ca")).contains("A teaser line"));
    }

    /// The lead photograph joins the article bare or in the wrappers a
    /// template sets around it; a wrapper that holds more than the
    /// figure (a strip of teasers) does not.
    #[test]
    fn a_wrapped_lead_figure_opens_the_article() {
        let figure = r#"<figure><img src="https://example.org/pier.jpg" alt="The pier"><figcaption>The pier at dawn.</figcaption></figure>"#;
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let page = |media: &str| {
            format!(
                r#"<html><body><h1>The winter ferry</h1><div class="media">{media}</div><div class="body">{body}</div></body></html>"#
            )
        };
        let text = |html: &str| extract(html, &Options::default()).unwrap().text;
        assert!(text(&page(figure)).starts_with("The pier at dawn."));
        let wrapped = format!(r#"<div class="image-wrap">{figure}</div>"#);
        assert!(text(&page(&wrapped)).starts_with("The pier at dawn."));
        let teasers = format!(r#"{figure}<ul><li><a href="/a">Fares rise</a></li></ul>"#);
        assert!(!text(&page(&teasers)).contains("The pier at dawn."));
    }

    /// An introduction set in the headline's box, apart from the text's
    /// sections below, opens the article (the trail of sections over the
    /// headline goes, the headline and byline go to the reader's header);
    /// a head of only a standfirst stays outside, and so does a head
    /// holding as much prose as the text after it.
    #[test]
    fn an_introduction_under_the_headline_opens_the_article() {
        let intro = "<p>Most of the island's visitors come by the winter ferry, and most of them ask the same questions about it: when it runs, what it costs and whether the dog may come too.</p>";
        let section = "<h2>Timetable</h2><p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm and the wind is in the west.</p>";
        let page = |head: &str, sections: usize| {
            format!(
                r#"<html><body><div class="top"><div class="head"><ol><li><a href="/travel">Travel</a></li><li><a href="/travel/ferries">Ferries</a></li></ol><h1>The winter ferry</h1><p>By Ann Lee</p>{head}</div></div><div class="main"><div class="body">{}</div></div></body></html>"#,
                section.repeat(sections)
            )
        };
        let text = |html: &str| extract(html, &Options::default()).unwrap().text;
        let opened = text(&page(&intro.repeat(7), 20));
        assert!(
            opened.starts_with("Most of the island's visitors"),
            "{opened}"
        );
        assert!(
            !opened.contains("The winter ferry") && !opened.contains("By Ann Lee"),
            "{opened}"
        );
        assert!(!text(&page(intro, 20)).contains("Most of the island's visitors"));
        assert!(!text(&page(&intro.repeat(7), 6)).starts_with("Most of the island's visitors"));
    }

    /// The lead photograph or the key points that close the headline's
    /// box, but for a line of the head, open the article below it; a
    /// picture over the headline (a banner) does not.
    #[test]
    fn a_picture_or_points_closing_the_head_open_the_article() {
        let figure = r#"<figure><img src="https://example.org/pier.jpg" alt="The pier"><figcaption>The pier at dawn.</figcaption></figure>"#;
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let page = |head: &str| {
            format!(
                r#"<html><body><div class="hero">{head}</div><div class="body">{body}</div></body></html>"#
            )
        };
        let text = |html: &str| extract(html, &Options::default()).unwrap().text;
        let closing = page(&format!(
            "<h1>The winter ferry</h1><p>By Ann Lee</p>{figure}"
        ));
        assert!(
            text(&closing).starts_with("The pier at dawn."),
            "{}",
            text(&closing)
        );
        let noted = page(&format!(
            "<h1>The winter ferry</h1><p>By Ann Lee</p>{figure}<p>Why you can trust the Herald</p>"
        ));
        assert!(
            text(&noted).starts_with("The pier at dawn."),
            "{}",
            text(&noted)
        );
        let over = page(&format!(
            "{figure}<h1>The winter ferry</h1><p>By Ann Lee</p>"
        ));
        assert!(!text(&over).contains("The pier at dawn."));
        let points = "<ul><li>Two crossings a day from Monday.</li><li>The late boat is back on Fridays.</li><li>Fares stay as they were last winter, and so do the books of ten.</li></ul>";
        let listed = page(&format!(
            "<h1>The winter ferry</h1><p>By Ann Lee</p>{points}"
        ));
        assert!(
            text(&listed).starts_with("Two crossings a day"),
            "{}",
            text(&listed)
        );
    }

    /// A featured image in a box of its own, sized as a photograph or
    /// with a caption the page calls one, opens the article; an avatar
    /// and a banner do not.
    #[test]
    fn a_featured_image_opens_the_article() {
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let html = |img: &str| {
            let page = format!(
                r#"<html><body><h1>The winter ferry</h1><div class="thumb">{img}</div><div class="body">{body}</div></body></html>"#
            );
            extract(&page, &Options::default()).unwrap().html
        };
        let photo = r#"<img src="https://example.org/pier.jpg" width="1200" height="800" alt="">"#;
        assert!(html(photo).contains("pier.jpg"));
        let avatar = r#"<img src="https://example.org/ann.jpg" width="60" height="60" alt="">"#;
        assert!(!html(avatar).contains("ann.jpg"));
        let banner = r#"<img src="https://example.org/fares.jpg" width="728" height="90" alt="">"#;
        assert!(!html(banner).contains("fares.jpg"));
        let captioned = r#"<img src="https://example.org/quay.jpg" alt=""><div class="photo-caption">The quay at dawn.</div>"#;
        assert!(html(captioned).contains("quay.jpg"));
        let uncaptioned =
            r#"<img src="https://example.org/quay.jpg" alt=""><div>The quay at dawn.</div>"#;
        assert!(!html(uncaptioned).contains("quay.jpg"));
    }

    /// A lead video, a frame from a video site with its caption, opens
    /// the article as a lead photograph does; an ad's frame does not.
    #[test]
    fn a_lead_video_opens_the_article() {
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let html = |frame: &str| {
            let page = format!(
                r#"<html><body><h1>The winter ferry</h1><div class="lead">{frame}<p>The crossing at dawn.</p></div><div class="body">{body}</div></body></html>"#
            );
            extract(&page, &Options::default()).unwrap().html
        };
        let video = html(
            r#"<iframe src="https://www.youtube.com/embed/abc123" width="640" height="360"></iframe>"#,
        );
        assert!(video.contains("youtube.com/embed/abc123"), "{video}");
        assert!(video.contains("The crossing at dawn."), "{video}");
        let ad = html(
            r#"<iframe src="https://ads.example.net/slot/7" width="640" height="360"></iframe>"#,
        );
        assert!(!ad.contains("The crossing at dawn."), "{ad}");
    }

    /// The article's own footer after its text keeps the article's
    /// closing note, and inside the article's box too; the site's footer
    /// does not join, whatever it says.
    #[test]
    fn the_articles_footer_keeps_its_note() {
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let note = "<p><em>Bo Chan contributed to this report.</em></p>";
        let text = |footer: &str| {
            let page = format!(
                r#"<html><body><h1>The winter ferry</h1><main><div class="story-body">{body}</div>{footer}</main></body></html>"#
            );
            extract(&page, &Options::default()).unwrap().text
        };
        let article = text(&format!(r#"<div class="article__footer">{note}</div>"#));
        assert!(
            article.ends_with("Bo Chan contributed to this report."),
            "{article}"
        );
        let inside = format!(
            r#"<div class="story-body">{body}<div class="entry-footer">{note}</div></div>"#
        );
        let page = format!("<html><body><h1>The winter ferry</h1>{inside}</body></html>");
        let article = extract(&page, &Options::default()).unwrap().text;
        assert!(
            article.ends_with("Bo Chan contributed to this report."),
            "{article}"
        );
        let site = text(&format!(r#"<div class="site-footer">{note}</div>"#));
        assert!(!site.contains("Bo Chan"), "{site}");
    }

    /// A byline and a date set between the lead photograph and the text
    /// do not part them; a paragraph of prose between them does.
    #[test]
    fn a_lead_figure_opens_the_article_across_its_byline() {
        let figure = r#"<div class="media"><figure><img src="https://example.org/pier.jpg" alt="The pier"><figcaption>The pier at dawn.</figcaption></figure></div>"#;
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let page = |between: &str| {
            format!(
                r#"<html><body><h1>The winter ferry</h1>{figure}{between}<div class="body">{body}</div></body></html>"#
            )
        };
        let text = |html: &str| extract(html, &Options::default()).unwrap().text;
        let byline = r#"<div class="meta"><address>Ann Lee</address><time>Sat 21 Nov 2026</time><a href="/share">Share</a></div>"#;
        let article = text(&page(byline));
        assert!(article.starts_with("The pier at dawn."), "{article}");
        assert!(!article.contains("Ann Lee"), "{article}");
        let prose = r#"<div class="aside"><p>The harbour office sells tickets from seven in the morning, and the queue is longest on Fridays, when the islanders come back from the market on the mainland with their week's shopping.</p></div>"#;
        assert!(!text(&page(prose)).contains("The pier at dawn."));
    }

    /// A lead figure beside the boxes the template nests the text in
    /// opens the article as it does beside the text itself; above the
    /// headline it does not (a picture in the site's header), and neither
    /// does a picture in a plain box there.
    #[test]
    fn a_lead_figure_beside_the_texts_boxes_opens_the_article() {
        let figure = r#"<div class="media"><figure><img src="https://example.org/pier.jpg" alt="The pier"><figcaption>The pier at dawn.</figcaption></figure></div>"#;
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let nested = format!(
            r#"<div class="body"><div id="main"><div class="article-body">{body}</div></div><div class="tags"><a href="/ferries">Ferries</a> <a href="/islands">Islands</a></div></div>"#
        );
        let text = |html: &str| extract(html, &Options::default()).unwrap().text;
        let below = format!("<html><body><h1>The winter ferry</h1>{figure}{nested}</body></html>");
        let article = text(&below);
        assert!(article.starts_with("The pier at dawn."), "{article}");
        let above =
            format!("<html><body>{figure}<div><h2>Island news</h2>{nested}</div></body></html>");
        assert!(!text(&above).contains("The pier at dawn."));
        // A picture in a plain box there may be a banner.
        let banner = r#"<div class="hero"><img src="https://example.org/sale.jpg" width="1200" height="600" alt=""></div>"#;
        let page = format!("<html><body><h1>The winter ferry</h1>{banner}{nested}</body></html>");
        let html = extract(&page, &Options::default()).unwrap().html;
        assert!(!html.contains("sale.jpg"), "{html}");
    }

    /// A box of key points before the text opens the article, with or
    /// without full stops; a list of a few words an item (sections, tags)
    /// does not.
    #[test]
    fn key_points_open_the_article() {
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let text = |items: &[&str]| {
            let list: String = items
                .iter()
                .map(|item| format!("<li>{item}</li>"))
                .collect();
            let page = format!(
                r#"<html><body><h1>The winter ferry</h1><div class="summary"><h2>Key points</h2><ul>{list}</ul></div><div class="body">{body}</div></body></html>"#
            );
            extract(&page, &Options::default()).unwrap().text
        };
        let points = [
            "Two crossings a day from Monday until the end of March",
            "One crossing on Sundays, leaving the island at noon",
            "Season tickets stay valid on every crossing",
        ];
        assert!(text(&points).starts_with("Key points\n\nTwo crossings"));
        let sentences = points.map(|point| format!("{point}."));
        let sentences: Vec<&str> = sentences.iter().map(String::as_str).collect();
        assert!(text(&sentences).starts_with("Key points"));
        let sections = [
            "Ferries and sailing timetables",
            "Island news today",
            "Harbour works update",
            "Weather and tides",
            "Fares and passes",
        ];
        assert!(!text(&sections).contains("Island news"));
    }

    /// Key points that close the head, a centred column or two down in
    /// the head's section beside an empty shade and with a pitch as their
    /// last point, open an article whose text sits four boxes down in the
    /// next section; a list of linked news there does not.
    #[test]
    fn key_points_deep_in_the_head_open_the_article() {
        let body = "<p>The ferry to the island runs twice a day in winter, and the crossing takes an hour when the sea is calm.</p>".repeat(6);
        let text = |items: &str| {
            let page = format!(
                r#"<html><body><main><section class="head"><div class="column"><div class="inner"><h1>The winter ferry</h1><div class="meta">By Ann Lee</div><div class="box"><h2>Key points</h2><ul>{items}</ul></div></div></div><div class="shade"></div></section><section class="main"><div class="column"><div class="cell"><div class="wrap"><div class="toc">In this article</div><div class="story"><div class="article-body"><div class="content">{body}</div></div></div></div></div></div></section></main></body></html>"#
            );
            extract(&page, &Options::default()).unwrap().text
        };
        let points = "<li>Two crossings a day from Monday until the end of March.</li><li>One crossing on Sundays, leaving the island at noon.</li><li>Season tickets stay valid on every crossing.</li>";
        let pitch =
            r#"<li><a href="/offer">Ten islands you can reach by ferry this winter ›</a></li>"#;
        let read = text(&format!("{points}{pitch}"));
        assert!(read.starts_with("Key points\n\nTwo crossings"), "{read}");
        let news: String = (1..=3)
            .map(|i| format!(r#"<li><a href="/news/{i}">Harbour works</a> close the north pier for a week while crews mend its deck, number {i}.</li>"#))
            .collect();
        let read = text(&format!(
            "{news}<li>The ferry office opens at nine on weekdays.</li>"
        ));
        assert!(!read.contains("Harbour works"), "{read}");
    }
}
