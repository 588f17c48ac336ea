//! What the page says about its article: title, byline, date, site, language,
//! direction, excerpt and lead image. Structured data (JSON-LD) comes first,
//! then `<meta>` tags (Open Graph, Twitter cards, Dublin Core, plain names),
//! then what the page shows.

mod author;
mod byline;
mod clock;
mod date;
mod dateline;
mod jsonld;
mod published;
mod tags;
mod title;

pub(crate) use author::{links_to_a_topic, links_to_an_author, links_to_one_named};
pub(crate) use byline::{awaits_name, clean as clean_byline};
pub(crate) use date::{is_weekday, month_number, normalize as normalize_date, Slashes};
pub(crate) use jsonld::{declared, Declared};

use crate::heuristics::{CAPTION_HINTS, DECLARED_BODY_CHARS};
use crate::page::{is_block, push_collapsed, NodeIdx, Page};
use crate::plan::{class_or_id_mentions, holds_loose_prose, Hints, Reason, Stats};
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
    /// The sentence or two under the headline, outside the body (see
    /// `plan::standfirst`), paragraphs a blank line apart.
    pub standfirst: Option<String>,
}

impl Metadata {
    /// The names the byline reads ("Ann Lee, Bo Chan and Cy Diaz").
    pub(crate) fn names(&self) -> Vec<&str> {
        self.byline
            .as_deref()
            .map(byline::split_names)
            .unwrap_or_default()
    }
}

/// The article's text as the page declares it in schema.org data, when it
/// is free to read and an article's length (less is a summary).
pub(crate) fn declared_body(page: &Page) -> Option<String> {
    jsonld::Article::find(page)
        .body
        .filter(|body| body.chars().filter(|c| !c.is_whitespace()).count() >= DECLARED_BODY_CHARS)
}

/// The article's metadata, read with what the hints pass learnt of the
/// page's elements (see [`crate::plan::Hints`]).
pub(crate) fn read(page: &Page, content: &[NodeIdx], stats: &Stats, hints: &Hints) -> Metadata {
    let ld = jsonld::Article::find(page);
    let tags = tags::Tags::read(page);
    let site_name = ld
        .publisher
        .clone()
        .or_else(|| tags.first(&["og:site_name", "application-name"]))
        .or_else(|| title::site_from_title(page));
    let title = title::choose(page, content, &ld, &tags, site_name.as_deref());
    let byline = author::choose(page, content, stats, hints, &ld, &tags);
    let published = published::choose(page, content, stats, hints, &ld, &tags);
    let excerpt = ld.description.clone().or_else(|| {
        tags.first(&[
            "dc:description",
            "dcterm:description",
            "og:description",
            "weibo:article:description",
            "description",
            "twitter:description",
        ])
    });
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
        .and_then(|src| web_address(page, &src, AddressKind::Resource));
    let html = page.find("html");
    let lang = html
        .and_then(|h| page.attr(h, "lang").or(page.attr(h, "xml:lang")))
        .and_then(language_tag)
        .or_else(|| {
            tags.first(&["content-language", "og:locale"])
                .as_deref()
                .and_then(language_tag)
        });
    let dir = content
        .first()
        .and_then(|&c| page.self_and_ancestors(c).find_map(|a| page.attr(a, "dir")))
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
        standfirst: None,
    }
}

/// A language as a BCP 47 tag, which browsers and `lang` attributes take:
/// Open Graph writes locales with an underscore (`en_US`) and a
/// `Content-Language` may list several (`de, en`), of which the first is
/// taken. Anything else (a template's `{{lang}}`, nothing) is no language.
fn language_tag(value: &str) -> Option<String> {
    let first = value.split([',', ' ']).find(|t| !t.is_empty())?;
    let tag = first.replace('_', "-");
    let valid = tag.split('-').all(|part| {
        (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
    });
    valid.then_some(tag)
}

/// `text` with the character references decoded that JSON-LD and
/// double-escaped `<meta>` values carry (`&#8217;`, `&amp;`): a reader
/// should see `’` and `&`. The page's own parser decodes them, as it does in
/// a page's text; nothing in `text` is read as markup. Content systems that
/// escape more than once (`&amp;#8230;`) are undone level by level, until a
/// level changes nothing.
pub(crate) fn decode_references(mut text: String) -> String {
    for _ in 0..MAX_ESCAPE_LEVELS {
        if !text.contains('&') {
            break;
        }
        let page = Page::parse(&text.replace('<', "&lt;"), None);
        let decoded = page.text_content(0).trim().to_string();
        if decoded == text {
            break;
        }
        text = decoded;
    }
    text
}

/// The most levels of escaping [`decode_references`] undoes: more is no
/// longer a content system's slip but text about escaping.
const MAX_ESCAPE_LEVELS: usize = 3;
/// Whether element `i`, or a block around it, is one of `tags` or hinted as
/// one of `reasons`: where a page sets names and dates that are not the
/// article's (a comment's, a teaser's, a link's).
pub(super) fn set_apart(
    page: &Page,
    hints: &Hints,
    i: NodeIdx,
    tags: &[&str],
    reasons: &[Reason],
) -> bool {
    page.self_and_ancestors(i).any(|a| {
        tags.contains(&page.tag(a)) || hints.get(a).negative.is_some_and(|r| reasons.contains(&r))
    })
}

/// How an editor's note opens.
const EDITORS_NOTES: &[&str] = &[
    "editor's note",
    "editor’s note",
    "editors' note",
    "editors’ note",
];

/// A paragraph this long is the article's text, not a line of its head.
pub(super) const PROSE_CHARS: usize = 40;

/// The excerpt of a page that declares none: the article's first
/// paragraph the reader sees, once the cleaning has taken out what is not
/// the article (a sign-up box's "Get the newsletter in your inbox" is no
/// summary of it), in the words the reader sees of it. Some publishing
/// systems set each paragraph in a `<div>` with no block inside, and a
/// caption in one too: a paragraph in a figure, or classed as a caption
/// (a picture's caption set without a figure), tells of its picture. An
/// editor's note before the text tells of the article, not what it says.
/// Some set all their paragraphs in one block, parted by line breaks,
/// perhaps with a figure among them (whose caption is the picture's).
/// A note's number in the text ("permanent.¹") is a pointer to the foot of
/// the page, not words of the summary.
pub(crate) fn first_paragraph(
    page: &Page,
    content: &[NodeIdx],
    stats: &Stats,
    seen: impl Fn(NodeIdx) -> bool,
) -> Option<String> {
    let is_paragraph = |i: NodeIdx| match page.tag(i) {
        "p" => true,
        "div" => {
            !page.descendants(i).any(|d| is_block(page.tag(d))) || holds_loose_prose(page, stats, i)
        }
        _ => false,
    };
    // A line of spans whose spans all went (a byline and a date) leaves
    // no words to quote. Two line breaks in a row end a paragraph, as
    // older systems and forums part paragraphs in one block; a line
    // shorter than a paragraph before them ("Hello again,") is passed over.
    let seen_text = |paragraph: NodeIdx| {
        let mut text = String::new();
        let mut breaks = 0;
        let mut skip_end = 0;
        for d in page.subtree(paragraph).filter(|&d| seen(d)) {
            if d < skip_end {
                continue;
            }
            if is_note_reference(page, d) || (d != paragraph && is_block(page.tag(d))) {
                skip_end = page.node(d).end;
            } else if page.tag(d) == "br" {
                breaks += 1;
                if breaks == 2 {
                    if text.trim().chars().count() >= PROSE_CHARS {
                        break;
                    }
                    text.clear();
                }
            } else if let Some(t) = page.text(d) {
                if !t.trim().is_empty() {
                    breaks = 0;
                }
                push_collapsed(&mut text, t);
            }
        }
        let text = text.trim().to_string();
        let editors = EDITORS_NOTES.iter().any(|n| byline::opens_with(&text, n));
        (text.contains(char::is_alphanumeric) && !editors).then_some(text)
    };
    page.in_subtrees(content)
        .filter(|&i| {
            (stats.chars(i) >= PROSE_CHARS || (page.tag(i) == "p" && is_sentence(page, i)))
                && is_paragraph(i)
                && seen(i)
                && !page
                    .ancestors(i)
                    .any(|a| matches!(page.tag(a), "figure" | "figcaption"))
                && !page
                    .self_and_ancestors(i)
                    .take(2)
                    .any(|c| class_or_id_mentions(page, c, CAPTION_HINTS))
        })
        .find_map(seen_text)
}

/// Whether paragraph `i` is one short sentence of a few words ("It
/// rained again."): an opening line, where a shorter paragraph is a
/// label ("Contents") or a fragment of one ("When").
fn is_sentence(page: &Page, i: NodeIdx) -> bool {
    let text = page.text_content(i);
    let text = text.trim();
    text.split_whitespace().count() >= SENTENCE_WORDS
        && text.starts_with(char::is_uppercase)
        && text.ends_with(['.', '!', '?'])
}

/// The fewest words of a sentence that opens an article on its own.
const SENTENCE_WORDS: usize = 3;

/// A note's number set in the text: a superscript that links to a place
/// on the same page (`<sup><a href="#fn1">1</a></sup>`, `[1]`).
fn is_note_reference(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) == "sup"
        && page.text_content(i).trim().chars().count() <= NOTE_NUMBER_CHARS
        && page
            .descendants(i)
            .any(|d| page.tag(d) == "a" && page.attr(d, "href").is_some_and(|h| h.starts_with('#')))
}

/// The most characters of a note's number ("[12]", "iv").
const NOTE_NUMBER_CHARS: usize = 5;

/// The address of the picture `<img>` element `i` shows (or waits to
/// load), made absolute, when it can lead the article: not an icon, a
/// smiley, an avatar or a placeholder (declared under
/// [`LEAD_PICTURE_MIN_PIXELS`] a side, or a drawing or an animation,
/// which are a site's logos and loaders far more often than a story's
/// photograph).
pub(crate) fn lead_picture(page: &Page, i: NodeIdx) -> Option<String> {
    if crate::render::declares_side(page, i, |v| v < LEAD_PICTURE_MIN_PIXELS) {
        return None;
    }
    let (src, _) = crate::render::image_source(page, i)?;
    let path = crate::render::path_of(&src).to_ascii_lowercase();
    if path.ends_with(".svg") || path.ends_with(".gif") {
        return None;
    }
    web_address(page, &src, AddressKind::Resource)
}

/// The least width and height of a picture that leads an article.
const LEAD_PICTURE_MIN_PIXELS: f32 = 100.0;

#[cfg(test)]
mod tests {
    use super::language_tag;
    use crate::{extract, Options};

    /// A short sentence that opens the text on a line of its own is its
    /// first paragraph, and the excerpt; a label or a fragment is not.
    #[test]
    fn a_short_opening_sentence_is_the_excerpt() {
        let story = "<p>The harbour board voted on Tuesday to keep the late ferry running through the winter.</p>";
        let page = |opening: &str| {
            format!("<html><body><article><h1>Late ferry stays</h1>{opening}{story}{story}{story}</article></body></html>")
        };
        let excerpt = |html: &str| extract(html, &Options::default()).unwrap().metadata.excerpt;
        assert_eq!(
            excerpt(&page("<p>It happened again.</p>")).as_deref(),
            Some("It happened again.")
        );
        for opening in ["<p>Contents</p>", "<p>When</p>", "<p>Photos: AFP</p>"] {
            assert!(
                excerpt(&page(opening)).is_some_and(|e| e.starts_with("The harbour board")),
                "{opening}"
            );
        }
    }

    /// A page that declares no summary has its first paragraph the reader
    /// sees as its excerpt, in the words it shows: not a sign-up box's,
    /// which the cleaning takes out, nor a picture's caption, nor an
    /// editor's note, and a paragraph set in a `<div>` counts, or parted
    /// from the next by two line breaks. A note's number is left out; a
    /// superscript of the text stays.
    #[test]
    fn the_excerpt_is_the_first_paragraph_kept() {
        let html = "<html><head><title>Late ferry stays</title></head><body><article>\
            <h1>Late ferry stays</h1>\
            <figure><img src=\"/ferry.jpg\"><figcaption><div>The late ferry leaves the harbour on a winter evening last year.</div></figcaption></figure>\
            <div class=\"signup-card\"><p>Sign up here.</p><p>Get the harbour newsletter delivered to your inbox.</p></div>\
            <p><em>Editor's note: This story was updated on Wednesday with the board's vote.</em></p>\
            <img src=\"/pier.jpg\"><p class=\"image-caption\">The late ferry at the pier on a winter evening, seen from the harbour wall.</p>\
            <div><span aria-hidden=\"true\">Listen</span>The harbour board voted on Tuesday to keep the late ferry<sup><a href=\"#fn1\">1</a></sup> running through the winter<sup>[<a href=\"#cite-2\">2</a>]</sup>.</div>\
            <div>The trial carried more passengers than expected, most of them workers from the cannery.</div>\
            <div>The board will look at the timetable again in the spring, when the summer crossings start.</div>\
            </article></body></html>";
        let excerpt = extract(html, &Options::default()).unwrap().metadata.excerpt;
        assert_eq!(
            excerpt.as_deref(),
            Some("The harbour board voted on Tuesday to keep the late ferry running through the winter.")
        );
        let squared = html.replace("ferry<sup>", "ferry<sup>2</sup><sup>");
        let excerpt = extract(&squared, &Options::default())
            .unwrap()
            .metadata
            .excerpt;
        assert!(excerpt.unwrap().contains("ferry2 running"));
        // Paragraphs parted by two line breaks in one block: the first
        // one long enough to be one.
        let parted = "<html><body><div class=\"story\">Hello again,<br><br>\
            The harbour board voted on <b>Tuesday</b> to keep the late ferry running through the winter.<br>\n<br>\
            The trial carried more passengers than expected, most of them workers from the cannery.<br><br>\
            The board will look at the timetable again in the spring, when the summer crossings start.\
            </div></body></html>";
        // The same block with a figure at its top: its caption is the
        // figure's, and the text beside it still opens the article.
        let figured = parted.replace(
            "<div class=\"story\">",
            "<div class=\"story\"><figure><img src=\"/ferry.jpg\"><figcaption>The late ferry at the pier on a winter evening.</figcaption></figure>",
        );
        for html in [parted, &figured] {
            let excerpt = extract(html, &Options::default()).unwrap().metadata.excerpt;
            assert_eq!(
                excerpt.as_deref(),
                Some("The harbour board voted on Tuesday to keep the late ferry running through the winter.")
            );
        }
    }

    /// The site's name from what the page declares, or else from the end
    /// of its `<title>` when the page's address confirms it; an account's
    /// handle (`twitter:site`) names an account, not the site.
    #[test]
    fn a_site_is_named_by_its_declaration_or_by_its_title_and_address() {
        let site = |head: &str, url: &str| {
            let body = "<p>The harbour board voted on Tuesday to keep the late ferry running \
                        through the winter, after a trial that carried more passengers than expected.</p>"
                .repeat(4);
            let html = format!("<html><head>{head}</head><body><article><h1>Late ferry stays</h1>{body}</article></body></html>");
            let options = Options {
                url: Some(url.to_string()),
                ..Options::default()
            };
            extract(&html, &options)
                .ok()
                .and_then(|a| a.metadata.site_name)
        };
        let news = "https://www.harbourherald.example/news/ferry";
        assert_eq!(
            site(r#"<title>Late ferry stays | Harbour Herald</title><meta property="og:site_name" content="The Herald">"#, news)
                .as_deref(),
            Some("The Herald")
        );
        assert_eq!(
            site("<title>Late ferry stays | Harbour Herald</title>", news).as_deref(),
            Some("Harbour Herald")
        );
        assert_eq!(
            site("<title>Late ferry stays | Opinion</title>", news),
            None
        );
        assert_eq!(
            site(
                r#"<title>Late ferry stays</title><meta name="twitter:site" content="@herald">"#,
                news
            ),
            None
        );
    }

    #[test]
    fn languages_are_tags_a_browser_takes() {
        assert_eq!(language_tag("en_US").as_deref(), Some("en-US"));
        assert_eq!(language_tag("de, en").as_deref(), Some("de"));
        assert_eq!(language_tag(" zh-Hant-TW").as_deref(), Some("zh-Hant-TW"));
        assert_eq!(language_tag(""), None);
        assert_eq!(language_tag("{{lang}}"), None);
    }
}
