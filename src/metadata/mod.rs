//! What the page says about its article: title, byline, date, site, language,
//! direction, excerpt and lead image. Structured data (JSON-LD) comes first,
//! then `<meta>` tags (Open Graph, Twitter cards, Dublin Core, plain names),
//! then what the page shows.

mod byline;
mod date;
mod jsonld;
mod tags;
mod title;

use crate::heuristics::{AUTHOR_HINTS, BYLINE_WORDS, CHANGED_HINTS, DATE_HINTS};
use crate::page::{NodeIdx, Page};
use crate::plan::Stats;
use crate::render::{web_address, AddressKind};
use serde::Serialize;

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Metadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    /// ISO 8601 where the page's date could be read as one.
    pub published: Option<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    pub dir: Option<String>,
    pub excerpt: Option<String>,
    pub lead_image: Option<String>,
}

pub(crate) fn read(page: &Page, content: &[NodeIdx], stats: &Stats) -> Metadata {
    let ld = jsonld::Article::find(page);
    let tags = tags::Tags::read(page);
    let site_name = ld
        .publisher
        .clone()
        .or_else(|| tags.first(&["og:site_name", "application-name", "twitter:site"]));
    let title = title::choose(page, content, &ld, &tags, site_name.as_deref());
    // The first author line that names someone, the names alone.
    let byline = ld
        .author
        .as_deref()
        .and_then(byline::clean)
        .or_else(|| {
            tags.first(&[
                "dc:creator",
                "dcterm:creator",
                "author",
                "parsely-author",
                "article:author",
                "sailthru.author",
            ])
            .filter(|a| !a.starts_with("http"))
            .as_deref()
            .and_then(byline::clean)
        })
        .or_else(|| labelled_author(&tags))
        .or_else(|| byline_on_page(page, stats));
    // The first date the page gives that reads as one, in ISO 8601: of
    // publication, or else of the last change the page shows with the
    // article, as that is then the article's date to its readers. (Dates of
    // change in the metadata alone are not: systems bump them for any
    // edit.)
    let shown = dates_on_page(page, content, stats);
    let published = ld
        .published
        .as_deref()
        .and_then(date::normalize)
        .or_else(|| {
            tags.first_read(
                &[
                    "article:published_time",
                    "datepublished",
                    "og:published_time",
                    "pubdate",
                    "publishdate",
                    "published-date",
                    "dc:date",
                    "dc:date.issued",
                    "dcterm:created",
                    "dcterm:issued",
                    "date",
                    "sailthru.date",
                    "parsely-pub-date",
                    "citation_publication_date",
                    "citation_date",
                    "published",
                ],
                date::normalize,
            )
        })
        .or(shown.0)
        .or(shown.1);
    let excerpt = ld
        .description
        .clone()
        .or_else(|| {
            tags.first(&[
                "dc:description",
                "dcterm:description",
                "og:description",
                "weibo:article:description",
                "description",
                "twitter:description",
            ])
        })
        .or_else(|| first_paragraph(page, content, stats));
    let lead_image = ld
        .image
        .clone()
        .or_else(|| {
            tags.first(&[
                "og:image",
                "og:image:url",
                "og:image:secure_url",
                "twitter:image",
                "twitter:image:src",
            ])
        })
        .or_else(|| first_image(page, content))
        .and_then(|src| web_address(page, &src, AddressKind::Resource));
    let html = page.find("html");
    let lang = html
        .and_then(|h| page.attr(h, "lang").or(page.attr(h, "xml:lang")))
        .map(str::to_string)
        .or_else(|| tags.first(&["content-language", "og:locale"]));
    let dir = content
        .first()
        .and_then(|&c| {
            std::iter::once(c)
                .chain(page.ancestors(c))
                .find_map(|a| page.attr(a, "dir"))
        })
        .map(str::to_ascii_lowercase);
    Metadata {
        title,
        byline,
        published,
        site_name,
        lang,
        dir,
        excerpt,
        lead_image,
    }
}

/// `text` with the character references decoded that JSON-LD and
/// double-escaped `<meta>` values carry (`&#8217;`, `&amp;`): a reader
/// should see `’` and `&`. The page's own parser decodes them, as it does in
/// a page's text; nothing in `text` is read as markup.
pub(crate) fn decode_references(text: String) -> String {
    if !text.contains('&') {
        return text;
    }
    let page = Page::parse(&text.replace('<', "&lt;"), None);
    page.text_content(0).trim().to_string()
}

/// The author a sharing card names in a labelled field (`twitter:label1`
/// "Written by", `twitter:data1` "Ann Lee"), as blog engines write it.
fn labelled_author(tags: &tags::Tags) -> Option<String> {
    (1..=4).find_map(|n| {
        let label = tags.first(&[&format!("twitter:label{n}")])?;
        let label = label.trim().to_lowercase();
        ["written by", "author", "by"]
            .contains(&label.as_str())
            .then(|| tags.first(&[&format!("twitter:data{n}")]))
            .flatten()
            .as_deref()
            .and_then(byline::clean)
    })
}

/// A short element that names the author: `rel="author"`, `itemprop="author"`
/// or a byline class.
fn byline_on_page(page: &Page, stats: &Stats) -> Option<String> {
    (1..page.len()).find_map(|i| {
        let chars = stats.chars(i);
        if chars == 0 || chars >= 100 {
            return None;
        }
        let e = page.element(i)?;
        let marked = e.attr("rel") == Some("author")
            || e.attr("itemprop").is_some_and(|p| p.contains("author"))
            || ["class", "id"].iter().any(|a| {
                e.attr(a).is_some_and(|v| {
                    // "author", but not "authorized" or "authority".
                    let v = v.to_ascii_lowercase().replace("authori", "");
                    AUTHOR_HINTS.iter().any(|h| v.contains(h))
                })
            });
        if !marked {
            return None;
        }
        let text = first_line(page, i);
        let name = BYLINE_WORDS
            .iter()
            .find_map(|w| {
                text.get(..w.len())
                    .filter(|head| head.eq_ignore_ascii_case(w))
                    .map(|_| text[w.len()..].trim_start())
            })
            .unwrap_or(&text);
        byline::clean_shown(name)
    })
}

/// The first line of an author's box: the name, above the author's role
/// ("Senior Reporter") when each has a block of its own.
fn first_line(page: &Page, i: NodeIdx) -> String {
    let mut at = i;
    loop {
        // Text before the first block belongs to the line ("By <div>…").
        let mut parts = page
            .children(at)
            .filter(|&c| !page.text_content(c).trim().is_empty());
        let block = |c: &NodeIdx| crate::page::is_block(page.tag(*c));
        match (parts.next().filter(block), parts.find(block)) {
            (Some(first), Some(_)) => at = first,
            _ => return page.text_content(at),
        }
    }
}

/// The dates the page shows with the article, of publication and of the
/// last change ("Updated Feb 11, 2026"): a `<time>`, a short element whose
/// class or id speaks of a date ("Published: 3 May 2025"), or one that holds
/// a date alone. They stand in the article's head: inside the article
/// before its first paragraph, or else the nearest before the article and
/// after its headline (a masthead's date of the day is further up). Dates
/// further on are sources' and comments', and after the article other
/// stories'.
fn dates_on_page(
    page: &Page,
    content: &[NodeIdx],
    stats: &Stats,
) -> (Option<String>, Option<String>) {
    let Some(&start) = content.first() else {
        return (None, None);
    };
    let headline = (1..start).rev().find(|&i| page.tag(i) == "h1").unwrap_or(0);
    let mut paragraphs = 0;
    let head = page
        .in_subtrees(content)
        .take_while(move |&i| {
            if page.tag(i) == "p" && stats.chars(i) >= PROSE_CHARS {
                paragraphs += 1;
            }
            paragraphs < HEAD_PARAGRAPHS
        })
        .chain((headline + 1..start).rev());
    let mut changed = None;
    for i in head {
        match shown_date(page, stats, i) {
            Some((date, false)) => return (Some(date), changed),
            Some((date, true)) => {
                changed.get_or_insert(date);
            }
            None => {}
        }
    }
    (None, changed)
}

/// The date element `i` shows, if it is a date line, and whether it is the
/// date of a change.
fn shown_date(page: &Page, stats: &Stats, i: NodeIdx) -> Option<(String, bool)> {
    /// Longer than this, an element is more than a date line.
    const MAX_DATE_CHARS: usize = 80;
    /// A date alone is a few words: "Sat Feb 24, 2024 6:41 pm".
    const MAX_BARE_DATE_WORDS: usize = 6;
    let e = page.element(i)?;
    let is_time = page.tag(i) == "time";
    let chars = stats.chars(i);
    // Most elements are too long, or have no digit, to be a date line:
    // they are passed over before anything is read.
    let dated = || {
        page.subtree(i)
            .filter_map(|j| page.text(j))
            .any(|t| t.bytes().any(|b| b.is_ascii_digit()))
    };
    if !is_time && (chars == 0 || chars > MAX_DATE_CHARS || !dated()) {
        return None;
    }
    let attrs = ["class", "id", "itemprop"].map(|a| e.attr(a).map(str::to_ascii_lowercase));
    let marked = |hints: &[&str]| {
        attrs
            .iter()
            .flatten()
            .any(|v| hints.iter().any(|h| v.contains(h)))
    };
    let changed = marked(CHANGED_HINTS);
    if is_time {
        if let Some(date) = e.attr("datetime").and_then(date::normalize) {
            return Some((date, changed));
        }
    }
    if chars == 0 || chars > MAX_DATE_CHARS {
        return None;
    }
    let text = page.text_content(i);
    let bare = page.children(i).all(|c| page.text(c).is_some())
        && text.split_whitespace().count() <= MAX_BARE_DATE_WORDS;
    if !(is_time || bare || marked(DATE_HINTS)) {
        return None;
    }
    let lower = text.to_lowercase();
    let changed = changed || CHANGED_HINTS.iter().any(|h| lower.contains(h));
    date::normalize(&text).map(|date| (date, changed))
}

/// A paragraph this long is the article's text, not a line of its head.
const PROSE_CHARS: usize = 40;

/// The article's head ends at its second paragraph: the first may be a
/// standfirst above the byline and date.
const HEAD_PARAGRAPHS: usize = 2;

fn first_paragraph(page: &Page, content: &[NodeIdx], stats: &Stats) -> Option<String> {
    page.in_subtrees(content)
        .find(|&i| page.tag(i) == "p" && stats.chars(i) >= PROSE_CHARS)
        .map(|i| page.text_content(i))
}

fn first_image(page: &Page, content: &[NodeIdx]) -> Option<String> {
    page.in_subtrees(content)
        .filter(|&i| page.tag(i) == "img")
        .find_map(|i| crate::render::image_source(page, i).map(|(src, _)| src))
}
