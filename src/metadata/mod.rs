//! What the page says about its article: title, byline, date, site, language,
//! direction, excerpt and lead image. Structured data (JSON-LD) comes first,
//! then `<meta>` tags (Open Graph, Twitter cards, Dublin Core, plain names),
//! then what the page shows.

mod byline;
mod date;
mod dateline;
mod jsonld;
mod tags;
mod title;

pub(crate) use byline::awaits_name;
pub(crate) use date::{month_number, normalize as normalize_date};

use crate::heuristics::{AUTHOR_HINTS, BYLINE_WORDS, POSTER_HINTS};
use crate::page::{heading_level, NodeIdx, Page};
use crate::plan::{mentions, Hints, Reason, Stats};
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

/// The article's metadata, read with what the hints pass learnt of the
/// page's elements (see [`crate::plan::Hints`]).
pub(crate) fn read(page: &Page, content: &[NodeIdx], stats: &Stats, hints: &Hints) -> Metadata {
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
        .or_else(|| microdata_author(page, content, hints.authors()))
        .or_else(|| byline_on_page(page, content, stats, hints))
        .or_else(|| byline_in_head(page, content, stats));
    // The first date the page gives that reads as one, in ISO 8601: of
    // publication, or else of the last change the page shows with the
    // article, as that is then the article's date to its readers. (Dates of
    // change in the metadata alone are not: systems bump them for any
    // edit.) Last, the date in the page's address, which also settles a
    // declared time a day off it: the same moment, declared in UTC. A date
    // in digits that read either way (`03/09/2026`) and that another source
    // gives with its day and month the other way round was read in the
    // wrong country's order: the address, or the date the page shows, says
    // which.
    let shown = dateline::dates_on_page(page, content, stats);
    let in_address = page.url().and_then(date::in_address);
    let declared =
        |text: &str| date::normalize(text).map(|iso| (iso, date::reads_either_way(text)));
    let published = ld
        .published
        .as_deref()
        .and_then(declared)
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
                declared,
            )
        })
        .map(|(declared, either_way)| match (&in_address, &shown.0) {
            (Some(day), _)
                if date::a_day_apart(&declared, day)
                    || date::day_and_month_swapped(&declared, day) =>
            {
                day.clone()
            }
            (_, Some(seen)) if either_way && date::day_and_month_swapped(&declared, seen) => {
                seen.clone()
            }
            _ => declared,
        })
        .or_else(|| {
            shown.0.clone().map(|seen| match &in_address {
                Some(day) if date::day_and_month_swapped(&seen, day) => day.clone(),
                _ => seen,
            })
        })
        .or(shown.1)
        .or(in_address);
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

/// The author schema.org microdata names for search engines: an element
/// with `itemprop="author"` that holds the name in its own `content` or in
/// an `itemprop="name"` (a `<meta content>` or words) inside it. Forum
/// software marks the poster so, beside a box the reader sees that mixes
/// the name with an avatar's letter and an online status. The author inside
/// the article wins over one before it; one after it credits other stories,
/// and one of a comment, an answer or a review credits those.
fn microdata_author(page: &Page, content: &[NodeIdx], authors: &[NodeIdx]) -> Option<String> {
    let end = content.last().map_or(page.len(), |&c| page.node(c).end);
    let named = |i: NodeIdx| {
        page.attr(i, "content").map(str::to_string).or_else(|| {
            page.descendants(i)
                .find(|&d| {
                    page.attr(d, "itemprop")
                        .is_some_and(|p| p.split_ascii_whitespace().any(|w| w == "name"))
                })
                .map(|d| {
                    page.attr(d, "content")
                        .map_or_else(|| page.text_content(d), str::to_string)
                })
        })
    };
    // A comment's or a review's author is not the page's.
    let of_a_reply = |i: NodeIdx| {
        page.ancestors(i)
            .find(|&a| page.attr(a, "itemscope").is_some())
            .and_then(|item| page.attr(item, "itemtype"))
            .is_some_and(|t| {
                ["Comment", "Answer", "Review"]
                    .iter()
                    .any(|k| t.ends_with(k))
            })
    };
    let authors: Vec<NodeIdx> = authors
        .iter()
        .copied()
        .filter(|&i| i < end && !of_a_reply(i))
        .collect();
    let inside = authors
        .iter()
        .filter(|&&i| content.iter().any(|&c| page.contains(c, i)));
    inside
        .chain(&authors)
        .find_map(|&i| named(i).as_deref().and_then(byline::clean))
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
/// or a byline class; in the article, also the poster's user name (a
/// forum's opening post; elsewhere on the page it is the reader's own
/// account, or a commenter).
fn byline_on_page(
    page: &Page,
    content: &[NodeIdx],
    stats: &Stats,
    hints: &Hints,
) -> Option<String> {
    let in_content = |i: NodeIdx| content.iter().any(|&c| page.contains(c, i));
    // The names in comments, shoppers' reviews and forms ("Name *" over a
    // comment box) apart from the article are the readers'. (Forum software
    // sets a whole thread, the article among its posts, in one form.)
    let readers = |i: NodeIdx| {
        std::iter::once(i).chain(page.ancestors(i)).any(|a| {
            (page.tag(a) == "form"
                || matches!(hints.get(a).negative, Some(Reason::Comments | Reason::Form)))
                && !content.iter().any(|&c| page.contains(a, c))
        })
    };
    (1..page.len()).find_map(|i| {
        let chars = stats.chars(i);
        if chars == 0 || chars >= 100 {
            return None;
        }
        let e = page.element(i)?;
        // "author", but not "authorized" or "authority".
        let hinted = |hints: &[&str]| {
            ["class", "id"]
                .iter()
                .filter_map(|a| e.attr(a))
                .filter(|v| mentions(v, hints))
                .any(|v| mentions(&v.to_ascii_lowercase().replace("authori", ""), hints))
        };
        let marked = e.attr("rel") == Some("author")
            || e.attr("itemprop").is_some_and(|p| p.contains("author"))
            || hinted(AUTHOR_HINTS)
            || (hinted(POSTER_HINTS) && in_content(i));
        if !marked || (!in_content(i) && readers(i)) {
            return None;
        }
        if let Some(name) = sole_name(page, i).and_then(|n| byline::clean_shown(&n)) {
            return Some(name);
        }
        let text = first_line(page, i);
        let name = BYLINE_WORDS
            .iter()
            .find(|w| byline::opens_with(&text, w))
            .map(|w| text[w.len()..].trim_start())
            .unwrap_or(&text);
        byline::clean_shown(name)
    })
}

/// The byline of a page that marks none, read in the article's head (see
/// [`dateline::head`]): a link to one author's page whose words read as a
/// name ("Read her articles in the Post" do not), or a line that opens with
/// "By" ("By Ann Lee", "by <a>Ann Lee</a> · 3 May 2025") and goes on with a
/// person's or a team's name, two to four words with capitals. Shops label
/// their filters the same way ("By Brand", "Shop by Gender & Age", "BY
/// COLLECTION"), and headings ("By Design") are passed over. Links to
/// authors elsewhere on the page credit other stories.
fn byline_in_head(page: &Page, content: &[NodeIdx], stats: &Stats) -> Option<String> {
    // In the order of the page: the first of several authors comes first.
    let mut head: Vec<NodeIdx> = dateline::head(page, content, stats).collect();
    head.sort_unstable();
    head.into_iter().find_map(|i| {
        let chars = stats.chars(i);
        let e = page.element(i)?;
        if chars == 0 || chars >= 100 || heading_level(page.tag(i)).is_some() {
            return None;
        }
        if page.tag(i) == "a" && e.attr("href").is_some_and(links_to_an_author) {
            return byline::clean_shown(&first_line(page, i))
                .filter(|name| byline::reads_as_name(name));
        }
        // Most lines are passed over on their first word, before the line
        // is read: it must be the first word of a lead ("By", "Written by",
        // "Author:").
        let first_word = page
            .subtree(i)
            .filter_map(|j| page.text(j))
            .find_map(|t| t.split_whitespace().next());
        if !first_word.is_some_and(byline::may_open_a_lead) {
            return None;
        }
        let line = first_line(page, i);
        let line = line.trim_start();
        // Beyond "By", a lead over a list of names sets each in an item
        // of its own, which a line of text runs together.
        let by = byline::opens_with(line, "by ");
        let listed = || page.descendants(i).any(|d| page.tag(d) == "li");
        (by || (byline::opens_with_author_lead(line) && !listed()))
            .then(|| byline::clean_shown(line))
            .flatten()
            .filter(|name| byline::reads_as_name(name) && looks_like_a_name(name))
    })
}

/// Two to four words of letters, not all in capitals.
fn looks_like_a_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_alphabetic))
        && name.chars().any(char::is_lowercase)
}

/// An address of one author's page (`/author/ann-lee/`, `/authors/ann-lee`),
/// not of the list of them.
fn links_to_an_author(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("");
    let mut segments = path
        .split('/')
        .skip_while(|s| !matches!(*s, "author" | "authors"));
    segments.next().is_some() && segments.next().is_some_and(|slug| !slug.is_empty())
}

/// The first line (see [`first_line`]) of the one element in author line
/// `i` that is marked as a name (a class or `itemprop` with "name",
/// `rel="author"`, a link to an author's page), when there is exactly one:
/// the line may hold a role beside it ("Ann Lee Senior Reporter") that no
/// separator sets apart, and the name's own element may hold the role on a
/// line under it.
fn sole_name(page: &Page, i: NodeIdx) -> Option<String> {
    let is_name = |d: NodeIdx| {
        let Some(e) = page.element(d) else {
            return false;
        };
        let named = |a: &str| e.attr(a).is_some_and(|v| mentions(v, &["name"]));
        named("class")
            || named("itemprop")
            || e.attr("rel") == Some("author")
            || (page.tag(d) == "a" && e.attr("href").is_some_and(links_to_an_author))
    };
    let mut names = page.descendants(i).filter(|&d| is_name(d));
    let name = names.next()?;
    // Only elements outside the first name count as others.
    let end = page.node(name).end;
    if names.any(|d| d >= end) {
        return None;
    }
    Some(first_line(page, name))
}

/// The first line of an author's box as the page draws it: its text up to a
/// `<br>` or the end of a block, so that the name stands apart from the role
/// set under it ("Ann Lee<br>Senior Reporter", `<p>Ann Lee</p><p>Tech
/// Reporter</p>`). Text before a block belongs to the block's line ("By
/// <div>Ann Lee</div>"), and so does a line that stops where the name would
/// start ("Written by" in a block over the name).
fn first_line(page: &Page, i: NodeIdx) -> String {
    page.text_until(i, |line| {
        !line.trim().is_empty() && !byline::awaits_name(line)
    })
}

/// A paragraph this long is the article's text, not a line of its head.
pub(super) const PROSE_CHARS: usize = 40;

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

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

    /// The byline of an article with `head` under its headline.
    fn byline(head: &str) -> Option<String> {
        byline_around(head, "")
    }

    /// The byline of an article with `head` under its headline, and
    /// `after` after the article.
    fn byline_around(head: &str, after: &str) -> Option<String> {
        let html = format!(
            "<html><body><article><h1>The harvest moon</h1>{head}\
             <p>The full moon nearest the autumn equinox rises soon after sunset for several nights \
             in a row, and farmers once worked by its light to bring the crops in.</p>\
             <p>It looks larger and more orange near the horizon, but that is the air and the eye, \
             not the moon, which is no nearer than on any other night.</p></article>{after}\
             </body></html>"
        );
        extract(&html, &Options::default()).unwrap().metadata.byline
    }

    /// An author line gives the one element marked as the name, not the
    /// role set beside it without a separator; with two names marked, the
    /// line is read whole.
    #[test]
    fn the_name_in_an_author_line() {
        let role = "<div class=\"author-line\"><span>Written by</span> \
            <span class=\"author-name\"><a href=\"/author/ann-lee\">Ann Lee</a></span> \
            <span class=\"author-title\">Gardener &amp; Astrologer</span></div>";
        assert_eq!(byline(role).as_deref(), Some("Ann Lee"));
        let two = "<div class=\"byline\">By <a href=\"/authors/ann-lee\">Ann Lee</a> and \
            <a href=\"/authors/bo-chan\">Bo Chan</a></div>";
        assert_eq!(byline(two).as_deref(), Some("Ann Lee and Bo Chan"));
        // A link to the list of authors is not a name.
        let list = "<div class=\"byline\">By <a href=\"/author/ann-lee\">Ann Lee</a> \
            <a href=\"/authors/\">Our writers</a></div>";
        assert_eq!(byline(list).as_deref(), Some("Ann Lee"));
    }

    /// An author's box sets the role on a line of its own under the name,
    /// after a `<br>` or in a block of its own: the byline is the name. A
    /// line that stops where the name would start ("This article was
    /// written by") reads on into the name's line.
    #[test]
    fn the_role_under_the_name_is_not_the_name() {
        let broken = "<div class=\"byline-author\">By <a href=\"/people/ann-lee\">Ann Lee</a>\
            <br><span>Senior Gardening Reporter</span></div>";
        assert_eq!(byline(broken).as_deref(), Some("Ann Lee"));
        let blocks = "<div class=\"author-card\"><p>Ann Lee</p><p>Head Gardener</p></div>";
        assert_eq!(byline(blocks).as_deref(), Some("Ann Lee"));
        let linked = "<div class=\"author\"><a href=\"/author/ann-lee\"><p>Ann Lee</p>\
            <p>Tech Reporter</p></a></div>";
        assert_eq!(byline(linked).as_deref(), Some("Ann Lee"));
        let written = "<div class=\"author-box\"><p>This article was written by</p>\
            <p>Ann Lee</p><p>Head Gardener</p></div>";
        assert_eq!(byline(written).as_deref(), Some("Ann Lee"));
        let lead = "<div class=\"byline\">Written by<br>Ann Lee<br>Head Gardener</div>";
        assert_eq!(byline(lead).as_deref(), Some("Ann Lee"));
    }

    /// The names under an article that names no author are its readers':
    /// a commenter's, and a comment form's label for the name field.
    #[test]
    fn readers_names_are_no_byline() {
        let comments = "<section class=\"comments\"><div class=\"comment\">\
            <span class=\"comment-author\">Bo Chan</span><p>Lovely piece.</p></div></section>";
        assert_eq!(byline_around("", comments), None);
        let form = "<form id=\"reply\" action=\"/comment\"><p class=\"comment-form-author\">\
            <label for=\"name\">Name</label> <input id=\"name\"></p></form>";
        assert_eq!(byline_around("", form), None);
    }

    /// A link to one author's page names the author when its words read as
    /// a name; a link to the list of authors, or a sentence, does not.
    #[test]
    fn a_link_to_the_authors_page() {
        let link =
            |href: &str, text: &str| byline(&format!("<p><a href=\"{href}\">{text}</a></p>"));
        assert_eq!(
            link("/authors/ana-de-souza", "Ana de Souza").as_deref(),
            Some("Ana de Souza")
        );
        assert_eq!(
            link("https://news.example/author/ann-lee/?ref=top", "Ann Lee").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(link("/authors/", "Authors"), None);
        assert_eq!(
            link("/author/ann-lee", "Read her articles in the Post"),
            None
        );
        assert_eq!(link("/authority/ann-lee", "Ann Lee"), None);
    }

    /// A line that opens with "By" in the article's head names the author
    /// when a name follows; a shop's filter labels and phrases do not.
    #[test]
    fn a_by_line_in_the_head() {
        assert_eq!(
            byline("<p class=\"meta\">By Ann Lee · 3 May 2025</p>").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            byline("<div>by <a href=\"/people/bo\">Bo Chan</a></div>").as_deref(),
            Some("Bo Chan")
        );
        for line in [
            "<p>By the numbers</p>",
            "<p>By Brand</p>",
            "<p>By Gender &amp; Age</p>",
            "<p>BY OUR EDITORS</p>",
            "<h2>By Design Alone</h2>",
        ] {
            assert_eq!(byline(line), None, "{line}");
        }
    }

    /// Other words than "By" introduce the author too, on the name's line
    /// or in a block of their own above it; a reviewer is not the author,
    /// and names listed item by item are not run together.
    #[test]
    fn an_author_line_with_its_lead() {
        assert_eq!(
            byline("<p>Written by Ann Lee</p>").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            byline("<div><p>Written by</p><p>Ann Lee</p></div>").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            byline("<p class=\"meta\">by: Ann Lee, Dec 17, 2025</p>").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(byline("<p>Reviewed by Bo Chan</p>"), None);
        assert_ne!(
            byline("<span>Written by: <ul><li>Ann Lee</li><li>Bo Chan</li></ul></span>").as_deref(),
            Some("Ann Lee Bo Chan")
        );
    }

    /// A post's user name is its byline; the reader's own account in the
    /// page's header is not.
    #[test]
    fn the_poster_is_the_byline() {
        let poster = "<a class=\"username\" href=\"/members/moonwatch42/\">moonwatch42</a>";
        assert_eq!(byline(poster).as_deref(), Some("moonwatch42"));
        let html = "<html><body><div class=\"account\"><span class=\"username\">Sign in</span></div>\
            <article><h1>The harvest moon</h1><p>The full moon nearest the autumn equinox rises soon \
            after sunset for several nights in a row, and farmers once worked by its light.</p>\
            <p>It looks larger and more orange near the horizon, but that is the air and the eye, \
            not the moon, which is no nearer than on any other night.</p></article></body></html>";
        assert_eq!(
            extract(html, &Options::default()).unwrap().metadata.byline,
            None
        );
    }

    /// The poster that microdata names, not the box around the name with
    /// an avatar's letter and a status; a reply's poster is not the byline.
    #[test]
    fn the_author_microdata_names_is_the_byline() {
        let post = |author_item: &str| {
            format!(
                "<html><body><div itemscope itemtype=\"https://schema.org/DiscussionForumPosting\">\
                 {author_item}<h1>The harvest moon</h1>\
                 <div class=\"post-author\"><span class=\"avatar\">M</span> Offline moonwatch42</div>\
                 <p>The full moon nearest the autumn equinox rises soon after sunset for several \
                 nights in a row, and farmers once worked by its light.</p>\
                 <div itemprop=\"comment\" itemscope itemtype=\"https://schema.org/Comment\">\
                 <div itemprop=\"author\" itemscope><meta itemprop=\"name\" content=\"tidewatcher\"></div>\
                 <p>It looks larger and more orange near the horizon, but that is the air and the \
                 eye, not the moon, which is no nearer than on any other night.</p></div>\
                 </div></body></html>"
            )
        };
        let byline = |html: String| extract(&html, &Options::default()).unwrap().metadata.byline;
        let author = "<div itemprop=\"author\" itemscope itemtype=\"https://schema.org/Person\">\
                      <meta itemprop=\"name\" content=\"moonwatch42\"></div>";
        assert_eq!(byline(post(author)).as_deref(), Some("moonwatch42"));
        assert_ne!(byline(post("")).as_deref(), Some("tidewatcher"));
    }

    /// Digits that read either way take the order another source gives:
    /// the date in words the page shows, or its address. A date written
    /// year first is never read another way.
    #[test]
    fn a_date_in_either_order_is_read_as_the_page_shows_it() {
        let published = |head: &str, shown: &str, url: &str| {
            let html = format!(
                "<html><head>{head}</head><body><h1>Low water</h1><p class=\"date\">{shown}</p>\
                 <article><p>The harbour dries at low water springs, so boats drawing more than \
                 a metre wait outside.</p><p>High water is about forty minutes after Dover, and \
                 the stream turns an hour later.</p></article></body></html>"
            );
            let options = Options {
                url: Some(url.to_string()),
                ..Options::default()
            };
            extract(&html, &options).unwrap().metadata.published
        };
        let declared = |content: &str| {
            format!("<meta property=\"article:published_time\" content=\"{content}\">")
        };
        let url = "https://harbour.example/tides";
        assert_eq!(
            published(&declared("03-09-2026"), "Published March 9, 2026", url).as_deref(),
            Some("2026-03-09")
        );
        assert_eq!(
            published(&declared("2024-09-10"), "09.10.2024", url).as_deref(),
            Some("2024-09-10")
        );
        assert_eq!(
            published(
                "",
                "03/10/2023",
                "https://harbour.example/2023/october/03/tides"
            )
            .as_deref(),
            Some("2023-10-03")
        );
    }

    /// A title with a section's name and the site's after it gives way to
    /// the page's heading, read as a reader sees it: without the menu it
    /// hides and with its no-break spaces as spaces.
    #[test]
    fn a_headings_hidden_menu_is_not_its_words() {
        let html = "<html><head><title>Tides overview | Harbour Handbook (Tides) | Coast Docs</title>\
            <meta property=\"og:site_name\" content=\"Coast Docs\"></head><body><article>\
            <h1>Tides\u{a0}overview<span hidden>Bookmark this page Save to a collection</span></h1>\
            <p>The harbour dries at low water springs, so boats drawing more than a metre wait outside the wall.</p>\
            <p>High water is about forty minutes after Dover, and the stream turns an hour later than the tide.</p>\
            </article></body></html>";
        let title = extract(html, &Options::default()).unwrap().metadata.title;
        assert_eq!(title.as_deref(), Some("Tides overview"));
    }

    /// The title of a short article whose `<head>` holds `head`.
    fn title(head: &str) -> Option<String> {
        let html = format!(
            "<html><head>{head}</head><body><article>\
             <p>The harbour dries at low water springs, so boats drawing more than a metre wait outside.</p>\
             <p>High water is about forty minutes after Dover, and the stream turns an hour later.</p>\
             </article></body></html>"
        );
        extract(&html, &Options::default()).unwrap().metadata.title
    }

    /// A title is spaced as a reader reads it: no-break and doubled spaces
    /// are single spaces; a Japanese title's ideographic space stays.
    #[test]
    fn a_title_is_spaced_as_read() {
        assert_eq!(
            title("<title>Chapter\u{a0}11.\u{a0}Tides</title>").as_deref(),
            Some("Chapter 11. Tides")
        );
        assert_eq!(
            title("<meta property=\"og:title\" content=\"Tide tables:  a guide for  2026\">")
                .as_deref(),
            Some("Tide tables: a guide for 2026")
        );
        assert_eq!(
            title("<title>潮汐\u{3000}早見表</title>").as_deref(),
            Some("潮汐\u{3000}早見表")
        );
    }

    /// On a page of several `<h1>`s, the one just before the article's
    /// first paragraph is its headline: the part of the title it repeats is
    /// the title, however short beside the site's name.
    #[test]
    fn the_headline_nearest_the_article_picks_the_title() {
        let html =
            "<html><head><title>Charges | Harbour Payments API Reference</title></head><body>\
             <header><h1>Harbour Payments</h1></header>\
             <main><h1>Charges</h1>\
             <p>A charge takes money from a card once, and can be refunded in part or in whole \
             for ninety days after it was made.</p>\
             <p>Each charge names its amount in the smallest unit of its currency, so ten pounds \
             is written as one thousand.</p></main></body></html>";
        let title = extract(html, &Options::default()).unwrap().metadata.title;
        assert_eq!(title.as_deref(), Some("Charges"));
    }

    /// A Markdown heading's marks left in a title go; a title that starts
    /// with a number sign keeps it.
    #[test]
    fn a_title_has_no_markdown_marks() {
        assert_eq!(
            title("<title>## Binding agents for lunar concrete</title>").as_deref(),
            Some("Binding agents for lunar concrete")
        );
        assert_eq!(
            title("<title>#1 in tide tables</title>").as_deref(),
            Some("#1 in tide tables")
        );
        assert_eq!(
            title("<title>####### Seven</title>").as_deref(),
            Some("####### Seven")
        );
    }

    /// What the `<title>` and a declared title both end with, short beside
    /// the rest, names the section or the site and goes; so does a
    /// separator left at the end with no name behind it. A title the two
    /// share after different names of the site is not taken for a label.
    #[test]
    fn a_label_both_titles_end_with_goes() {
        assert_eq!(
            title(
                "<title>Why the harbour dries at springs | Opinion</title>\
                 <meta property=\"og:title\" content=\"What low water springs mean for boats | Opinion\">"
            )
            .as_deref(),
            Some("What low water springs mean for boats")
        );
        assert_eq!(
            title("<title>What low water springs mean for boats \u{22c6}</title>").as_deref(),
            Some("What low water springs mean for boats")
        );
        let shared = title(
            "<title>CHA | What low water springs mean for boats</title>\
             <meta property=\"og:title\" content=\"Coast Harbour Authority | What low water springs mean for boats\">",
        );
        assert!(
            shared
                .as_deref()
                .unwrap_or("")
                .contains("What low water springs"),
            "{shared:?}"
        );
    }

    /// A page with no title of its own is titled by its one `<h1>`, and so
    /// is one whose `<title>` left its own part empty before the site's
    /// name ("| Moon Almanac"); a page of several `<h1>`s stays untitled
    /// rather than take one.
    #[test]
    fn an_untitled_page_is_titled_by_its_heading() {
        let page = |head: &str, headings: &str| {
            format!(
                "<html><head>{head}</head><body><article>{headings}\
                 <p>The full moon nearest the autumn equinox rises soon after sunset for several \
                 nights in a row, and farmers once worked by its light to bring the crops in.</p>\
                 <p>It looks larger and more orange near the horizon, but that is the air and the \
                 eye, not the moon, which is no nearer than on any other night.</p>\
                 </article></body></html>"
            )
        };
        let title = |html: String| extract(&html, &Options::default()).unwrap().metadata.title;
        let one = "<h1>The harvest moon</h1>";
        assert_eq!(title(page("", one)).as_deref(), Some("The harvest moon"));
        assert_eq!(
            title(page("<title> </title>", one)).as_deref(),
            Some("The harvest moon")
        );
        assert_eq!(
            title(page("<title> | Moon Almanac</title>", one)).as_deref(),
            Some("The harvest moon")
        );
        assert_eq!(
            title(page("<title>Moons</title>", one)).as_deref(),
            Some("Moons")
        );
        assert_eq!(
            title(page(
                "",
                "<h1>The harvest moon</h1><h1>The hunter's moon</h1>"
            )),
            None
        );
    }

    /// A headline the page spells in other letter case gives the title its
    /// case, unless it is set all in capitals: that is the design's, and
    /// reads as shouting in the reader's header.
    #[test]
    fn a_headline_gives_its_case_but_not_its_capitals() {
        let page = |heading: &str| {
            format!(
                "<html><head><title>Weekend coding agent | Harbour Labs</title></head><body><article>\
                 <h1>{heading}</h1>\
                 <p>A small program that reads a task, plans the changes and writes them over a \
                 weekend, with a person looking at each step before it is kept.</p>\
                 <p>It runs on one laptop, keeps its notes in plain files and stops when the \
                 tests pass or when it has tried three times.</p>\
                 </article></body></html>"
            )
        };
        let title = |html: String| extract(&html, &Options::default()).unwrap().metadata.title;
        assert_eq!(
            title(page("Weekend Coding Agent")).as_deref(),
            Some("Weekend Coding Agent")
        );
        assert_eq!(
            title(page("WEEKEND<br>CODING <span>AGENT</span>")).as_deref(),
            Some("Weekend coding agent")
        );
    }

    #[test]
    fn a_site_named_by_its_address_leaves_the_title() {
        let title = |head: &str, url: &str| {
            let html = format!(
                "<html><head>{head}</head><body><article>\
                 <p>The harbour dries at low water springs, so boats drawing more than a metre wait outside.</p>\
                 <p>High water is about forty minutes after Dover, and the stream turns an hour later.</p>\
                 </article></body></html>"
            );
            let options = Options {
                url: Some(url.to_string()),
                ..Options::default()
            };
            extract(&html, &options).unwrap().metadata.title
        };
        assert_eq!(
            title(
                "<title>Tide tables | Harbourmaster</title>",
                "https://www.harbourmaster.org/tides"
            )
            .as_deref(),
            Some("Tide tables")
        );
        assert_eq!(
            title(
                "<title>Tide tables | harbourmaster.org</title>",
                "https://harbourmaster.org/tides"
            )
            .as_deref(),
            Some("Tide tables")
        );
        // A declared name that the title shortens, then the address.
        assert_eq!(
            title(
                "<title>Tide tables | harbourmaster.org | Port of Rye</title>\
                 <meta property=\"og:site_name\" content=\"Port of Rye Authority\">",
                "https://harbourmaster.org/tides"
            )
            .as_deref(),
            Some("Tide tables")
        );
        // A last part that names something else stays.
        assert_eq!(
            title(
                "<title>Tide tables | Dover</title>",
                "https://harbourmaster.org/tides"
            )
            .as_deref(),
            Some("Tide tables | Dover")
        );
    }

    #[test]
    fn the_h1_gives_the_whole_title_its_case() {
        assert_eq!(
            title("<title>Tide Tables For The Harbour</title></head><body><h1>Tide tables for the harbour</h1>").as_deref(),
            Some("Tide tables for the harbour")
        );
        assert_eq!(
            title("<title>Tide tables for the harbour</title></head><body><h1>TIDE TABLES FOR THE HARBOUR</h1>").as_deref(),
            Some("Tide tables for the harbour")
        );
    }
}
