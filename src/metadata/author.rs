//! Who wrote the article, from the places pages name the author: JSON-LD,
//! `<meta>` tags, a sharing card's labelled fields, microdata, an element
//! marked as the author's, and a "By" line in the article's head. The first
//! that names someone gives the byline, the names alone.

use super::jsonld::Article;
use super::tags::Tags;
use super::{byline, dateline, set_apart};
use crate::heuristics::{
    AUTHOR_HINTS, AUTHOR_PATHS, AUTHOR_PICTURE_HINTS, AUTHOR_ROLE_HINTS, CUSTOMER_HINTS,
    POSTER_HINTS, TOPIC_HINTS, TOPIC_PATHS, WRITER_HINTS,
};
use crate::page::{heading_level, NodeIdx, Page};
use crate::plan::visibility::{declarations, sets};
use crate::plan::{class_or_id_mentions, mentions, Hints, Reason, Stats};
use crate::quality::same_words;

/// The article's byline, from the first source that names someone. Sites
/// declare themselves the author for want of one ("Cleveland Clinic" over
/// a nurse's article): a declared author that is the site's name is the
/// publisher, and gives way to a name the page shows. So does one written
/// as a single word, the account the story was posted from ("ann.lee",
/// "annl"), to a fuller name the page shows.
pub(super) fn choose(
    page: &Page,
    content: &[NodeIdx],
    stats: &Stats,
    hints: &Hints,
    ld: &Article,
    tags: &Tags,
) -> Option<String> {
    let sites: Vec<String> = ld
        .publisher
        .iter()
        .cloned()
        .chain(tags.first(&["og:site_name"]))
        .chain(tags.first(&["application-name"]))
        .collect();
    let declared = declared_author(ld, tags);
    let (declared, the_site) = match declared {
        Some(name) if sites.iter().any(|site| names_the_site(&name, site)) => (None, Some(name)),
        other => (other, None),
    };
    let shown = || {
        microdata_author(page, content, hints.authors())
            .or_else(|| byline_on_page(page, content, stats, hints))
            .or_else(|| byline_in_head(page, content, stats, hints))
    };
    let declared = match declared {
        Some(name) if !name.contains(char::is_whitespace) => shown()
            .filter(|s| s.contains(char::is_whitespace))
            .or(Some(name)),
        // Data lists names with commas; the page's own line for the same
        // people reads in its language ("Ann Lee und Bo Chan").
        Some(names) if names.contains(", ") => {
            shown().filter(|s| same_names(s, &names)).or(Some(names))
        }
        other => other,
    };
    declared
        .or_else(shown)
        .or_else(|| labelled_byline(page, stats, hints))
        .or_else(|| author_box(page, stats, hints))
        .or_else(|| signature(page, content, stats))
        .map(|name| without_site(name, &sites))
        .or(the_site)
}

/// Whether bylines `a` and `b` name the same people in the same order,
/// whatever their case and however they part them.
fn same_names(a: &str, b: &str) -> bool {
    let (a, b) = (byline::split_names(a), byline::split_names(b));
    a.len() == b.len()
        && a.iter()
            .zip(&b)
            .all(|(x, y)| x.to_lowercase() == y.to_lowercase())
}

/// A byline without the site's name set after the names ("Brian Truitt
/// USA TODAY"): the publication a writer works for is the header's site.
/// A role that names it ("CEO of CaseBasix") keeps it.
fn without_site(name: String, sites: &[String]) -> String {
    sites
        .iter()
        .find_map(|site| {
            let cut = name.len().checked_sub(site.len())?;
            let (names, tail) = (name.get(..cut)?, name.get(cut..)?);
            let names = names.trim_end_matches([' ', ',']);
            (tail.eq_ignore_ascii_case(site)
                && names.len() < cut
                && names.ends_with(char::is_alphabetic)
                && byline::reads_as_name(names))
            .then(|| names.to_string())
        })
        .unwrap_or(name)
}

/// Whether byline `name` is the site's name `site`, or the first words of
/// it ("Digjitale" of "Digjitale Signal").
fn names_the_site(name: &str, site: &str) -> bool {
    let (name, site) = (name.to_lowercase(), site.to_lowercase());
    name == site || site.starts_with(&format!("{name} "))
}

/// The author the page declares: in JSON-LD, in `<meta>` tags, or in a
/// sharing card's labelled field.
fn declared_author(ld: &Article, tags: &Tags) -> Option<String> {
    ld.author
        .as_deref()
        .and_then(byline::clean)
        .or_else(|| scholarly_authors(tags))
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
        .or_else(|| labelled_author(tags))
}

/// The authors a scholarly page lists for indexes, one `citation_author`
/// tag each and often surname first ("Lee, Ann"), as a byline names them:
/// all of them, in their order, first names first. Another single-name
/// tag would give the first author alone.
fn scholarly_authors(tags: &Tags) -> Option<String> {
    let mut names: Vec<String> = Vec::new();
    for tag in tags.all(&["citation_author", "citation_authors"]) {
        let name = match tag.split_once(',') {
            Some((surname, given)) if !given.contains(',') => {
                format!("{} {}", given.trim(), surname.trim())
            }
            _ => tag,
        };
        if let Some(name) = byline::clean(&name) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    (!names.is_empty()).then(|| byline::join_names(&names))
}

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
                .find(|&d| page.lists(d, "itemprop", "name"))
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
fn labelled_author(tags: &Tags) -> Option<String> {
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
        page.self_and_ancestors(i).any(|a| {
            (page.tag(a) == "form"
                || matches!(hints.get(a).negative, Some(Reason::Comments | Reason::Form)))
                && !content.iter().any(|&c| page.contains(a, c))
        })
    };
    // Customers' testimonials are theirs wherever they stand, in the
    // article of a business's page too.
    let customers = |i: NodeIdx| {
        page.self_and_ancestors(i)
            .any(|a| class_or_id_mentions(page, a, CUSTOMER_HINTS))
    };
    (1..page.len()).find_map(|i| {
        let chars = stats.chars(i);
        if chars == 0 || chars >= 100 {
            return None;
        }
        let e = page.element(i)?;
        let classed = e.attr("rel") == Some("author")
            || e.attr("itemprop").is_some_and(|p| p.contains("author"))
            || hinted(page, i, AUTHOR_HINTS)
            || hinted_whole(page, i, WRITER_HINTS)
            || (hinted(page, i, POSTER_HINTS) && in_content(i));
        // Component frameworks name their parts for scripts and tests in
        // place of a class (`data-testid="byline-name"`); such names run
        // long (`blog-post-author_cta_link`), so what they mark must read
        // as a name.
        let named =
            !classed && hinted_in(page, i, &["data-testid", "data-component"], AUTHOR_HINTS);
        let marked = classed || named;
        if !marked
            || (!in_content(i) && readers(i))
            || customers(i)
            || hinted(page, i, AUTHOR_PICTURE_HINTS)
        {
            return None;
        }
        // An author's role or bio is set under the name, which the line
        // before it gives when nothing marks it.
        if e.attr("rel").is_none() && hinted(page, i, AUTHOR_ROLE_HINTS) {
            let name = page.previous_element(i).map(|n| first_line(page, n))?;
            return name_alone(name.trim());
        }
        let reads_as_name = |name: &String| !named || looks_like_a_name(name);
        if let Some(name) = shown_names(page, i).and_then(|n| byline::clean_shown(&n)) {
            return Some(name).filter(reads_as_name);
        }
        let text = first_line(page, i);
        let name = byline::past_by(&text).unwrap_or(&text);
        byline::clean_shown(name)
            .filter(|name| !names_a_topic(page, i, name) && reads_as_name(name))
    })
}

/// Whether element `i` has a class or id with one of `words` ("author", but
/// not "authorized" or "authority").
fn hinted(page: &Page, i: NodeIdx, words: &[&str]) -> bool {
    hinted_in(page, i, &["class", "id"], words)
}

/// Whether element `i` has a class or id with one of `parts` as a whole
/// part of it (see [`WRITER_HINTS`]).
fn hinted_whole(page: &Page, i: NodeIdx, parts: &[&str]) -> bool {
    ["class", "id"]
        .iter()
        .filter_map(|a| page.attr(i, a))
        .flat_map(|v| v.split(|c: char| c.is_whitespace() || c == '-' || c == '_'))
        .any(|part| parts.iter().any(|p| part.eq_ignore_ascii_case(p)))
}

/// Whether element `i` has an attribute of `attrs` with one of `words`
/// (see [`hinted`]).
fn hinted_in(page: &Page, i: NodeIdx, attrs: &[&str], words: &[&str]) -> bool {
    attrs
        .iter()
        .filter_map(|a| page.attr(i, a))
        .filter(|v| mentions(v, words))
        .any(|v| mentions(&v.to_ascii_lowercase().replace("authori", ""), words))
}

/// The name over an author's box that a page sets by its article, where
/// nothing marks the name itself: a box classed as the author's holds the
/// name in a line of its own, then the bio ("Ann Lee", then "Ann Lee
/// writes about gardens…"). A box of comments, of related stories or of
/// a form is someone else's.
fn author_box(page: &Page, stats: &Stats, hints: &Hints) -> Option<String> {
    /// Shorter, an author's element is a byline, read as one; longer, it
    /// is more of the page than a box (a page's body classed for its
    /// author).
    const BOX_CHARS: std::ops::Range<usize> = 100..1500;
    (1..page.len()).find_map(|i| {
        if !BOX_CHARS.contains(&stats.chars(i)) || !hinted(page, i, AUTHOR_HINTS) {
            return None;
        }
        let elsewhere = set_apart(
            page,
            hints,
            i,
            &["a", "form", "nav"],
            &[Reason::Comments, Reason::Related, Reason::Form],
        );
        if elsewhere {
            return None;
        }
        name_alone(first_line(page, i).trim())
    })
}

/// The name that signs the article under its text, as newsrooms in Vietnam
/// and elsewhere set it: the text's last paragraph, a name alone, set to
/// the right (`<p style="text-align:right"><strong>Đoàn Loan</strong></p>`).
/// Set to the left, a line of two capitalised words may be a heading.
fn signature(page: &Page, content: &[NodeIdx], stats: &Stats) -> Option<String> {
    let last = page
        .in_subtrees(content)
        .filter(|&i| page.tag(i) == "p" && stats.chars(i) > 0)
        .last()?;
    let set_right = |e: NodeIdx| {
        page.attr(e, "align")
            .is_some_and(|a| a.eq_ignore_ascii_case("right"))
            || page.attr(e, "style").is_some_and(|style| {
                declarations(style).any(|declaration| sets(declaration, "text-align", "right"))
            })
    };
    if !page.descendants(last).chain([last]).any(set_right) {
        return None;
    }
    name_alone(page.text_content(last).trim())
}

/// Whether `name`, read in byline element `i`, is the topic the story is
/// filed under: the words of a link to the topic's page
/// (`/tag/personal-finance`) or of an element classed as one
/// (`byline__category`), which a byline's line may hold beside the date.
/// A line that sets the date hard against the topic reads as one word
/// there ("Mental HealthDECEMBER 22"), so a name that opens with the
/// topic's words is the topic too.
fn names_a_topic(page: &Page, i: NodeIdx, name: &str) -> bool {
    page.subtree(i).any(|e| {
        let topic = page
            .attr(e, "class")
            .is_some_and(|c| mentions(c, TOPIC_HINTS))
            || (page.tag(e) == "a" && page.attr(e, "href").is_some_and(links_to_a_topic));
        topic && {
            let words = page.text_content(e);
            let words = words.trim();
            same_words(words, name) || (!words.is_empty() && name.starts_with(words))
        }
    })
}

/// The byline of a page that marks none, read in the article's head (see
/// [`dateline::head`]): a link to one author's page whose words read as a
/// name ("Read her articles in the Post" do not), or a line that opens with
/// "By" ("By Ann Lee", "by <a>Ann Lee</a> · 3 May 2025") and goes on with a
/// person's or a team's name, two to four words with capitals. Shops label
/// their filters the same way ("By Brand", "Shop by Gender & Age", "BY
/// COLLECTION"), and headings ("By Design") are passed over. Links to
/// authors elsewhere on the page credit other stories, and a menu's entries
/// ("By Team Size") are the site's, above an article without a headline.
fn byline_in_head(
    page: &Page,
    content: &[NodeIdx],
    stats: &Stats,
    hints: &Hints,
) -> Option<String> {
    // In the order of the page: the first of several authors comes first.
    let mut head: Vec<NodeIdx> = dateline::head(page, content, stats).collect();
    head.sort_unstable();
    let read = |i: NodeIdx| {
        let chars = stats.chars(i);
        let e = page.element(i)?;
        if chars == 0
            || chars >= 100
            || heading_level(page.tag(i)).is_some()
            || set_apart(page, hints, i, &["nav"], &[])
        {
            return None;
        }
        if let Some(href) = e.attr("href").filter(|_| page.tag(i) == "a") {
            let handle = handle_in(href);
            if handle.is_some() || links_to_an_author(href) {
                let name = byline::clean_shown(&first_line(page, i))
                    .filter(|name| byline::reads_as_name(name));
                if handle.is_none_or(|handle| name.as_ref().is_some_and(|n| spells(handle, n))) {
                    return name;
                }
            }
        }
        // Most lines are passed over on their first word, before the line
        // is read: it must be the first word of a lead ("By", "Written by",
        // "Author:").
        let first_word = page
            .subtree(i)
            .filter_map(|j| page.text(j))
            .find_map(|t| t.split_whitespace().next());
        if !first_word.is_some_and(|w| byline::may_open_a_lead(w) || byline::is_by(w)) {
            return None;
        }
        let line = first_line(page, i);
        let line = line.trim_start();
        // Beyond "By" ("Par", "Von"…), a lead over a list of names sets
        // each in an item of its own, which a line of text runs together.
        let listed = || page.descendants(i).any(|d| page.tag(d) == "li");
        match byline::past_by(line) {
            Some(names) => name_alone(byline::before_role(names)),
            None if byline::opens_with_author_lead(line) && !listed() => name_alone(line),
            None => None,
        }
    };
    let (i, name) = head
        .into_iter()
        .find_map(|i| read(i).map(|name| (i, name)))?;
    // A box that sets the byline and the date in elements side by side
    // runs their words together ("By Ann Lee" and "Published 2 hours ago"
    // read "Ann LeePublished"): the element that holds the name alone
    // names better.
    page.descendants(i)
        .filter_map(read)
        .find(|inner| {
            name.strip_prefix(inner.as_str())
                .is_some_and(|rest| rest.starts_with(char::is_alphanumeric))
        })
        .or(Some(name))
}

/// The byline a page labels as the author's outside the article's head: an
/// author's box under the text ("Written by Ann Lee", "Article by" over the
/// name), a post's footer ("Posted by Ann Lee on …"). Only leads that name
/// an author count (see [`byline::opens_with_named_lead`]). Comments,
/// teasers and forms label their own names, and are passed over.
fn labelled_byline(page: &Page, stats: &Stats, hints: &Hints) -> Option<String> {
    /// The longest lead over a name: "This post was written by".
    const LEAD_CHARS: usize = 30;
    (1..page.len()).find_map(|i| {
        let chars = stats.chars(i);
        // A linked line is a menu's or a teaser's ("Author in Residence");
        // a byline links the name alone.
        if chars == 0 || chars >= 100 || page.element(i).is_none() || stats.link_chars(i) == chars {
            return None;
        }
        let first_word = page
            .subtree(i)
            .filter_map(|j| page.text(j))
            .find_map(|t| t.split_whitespace().next());
        let labelled_apart = || {
            page.previous_element(i).is_some_and(|label| {
                stats.chars(label) <= LEAD_CHARS && byline::is_named_lead(&page.text_content(label))
            })
        };
        let opens = first_word.is_some_and(byline::may_open_a_lead);
        if !opens && !labelled_apart() {
            return None;
        }
        let line = first_line(page, i);
        let line = line.trim_start();
        if opens && !byline::opens_with_named_lead(line) && !labelled_apart() {
            return None;
        }
        let elsewhere = set_apart(
            page,
            hints,
            i,
            &["a", "form"],
            &[Reason::Comments, Reason::Related, Reason::Form],
        );
        if elsewhere {
            return None;
        }
        byline::clean_shown(line).filter(|names| reads_as_names(names))
    })
}

/// Whether a byline is names alone ("Ann Lee", "Ann Lee and Bo Chan"),
/// each a few words that read as a name.
fn reads_as_names(byline: &str) -> bool {
    byline
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .all(|name| {
            looks_like_a_name(name)
                || byline::reads_as_name(name) && name.split_whitespace().count() == 1
        })
}

/// The name `line` gives once its lead and date are taken off, when that
/// is a name alone: two to four words, each opening with a capital, not
/// all in capitals. So are names alone ("Ann Lee and Bo Chan", "Ann Lee,
/// Bo Chan und Cy Diaz"), kept as the page writes them.
fn name_alone(line: &str) -> Option<String> {
    let is_name = |name: &str| byline::reads_as_name(name) && looks_like_a_name(name);
    byline::clean_shown(line).filter(|names| {
        let parts = byline::split_names(names);
        if parts.len() < 2 {
            is_name(names)
        } else {
            parts.iter().all(|name| is_name(name))
        }
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

/// An address of a page that lists a topic's stories (`/tag/recipes/`,
/// `/topics/wildlife`).
pub(crate) fn links_to_a_topic(href: &str) -> bool {
    path_segments(href).any(|s| TOPIC_PATHS.contains(&s))
}

/// An address of one author's page (`/author/ann-lee/`, `/authors/ann-lee`,
/// a magazine's `/contributor/ann-lee`, `/autor/ana-ruiz` in Spanish,
/// German or Portuguese), not of the list of them.
pub(crate) fn links_to_an_author(href: &str) -> bool {
    links_to_one_named(href, AUTHOR_PATHS)
}

/// The handle a link leads to, when its address is a writer's page on a
/// publishing platform (`https://substack.com/@annlee`, `/@annlee`), not a
/// post under it (`/@annlee/a-post`).
fn handle_in(href: &str) -> Option<&str> {
    let path = crate::render::path_of(href);
    let path = match path.split_once("//") {
        Some((_, rest)) => rest.find('/').map_or("", |at| &rest[at..]),
        None => path,
    };
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    match (segments.next(), segments.next()) {
        (Some(handle), None) => handle.strip_prefix('@').filter(|h| !h.is_empty()),
        _ => None,
    }
}

/// Whether `handle` spells `name` ("annlee" for "Ann Lee"), so that a link
/// to it names the writer: a site's channel on a network
/// (`youtube.com/@herald`, "YouTube") names the network.
fn spells(handle: &str, name: &str) -> bool {
    const MIN_LETTERS: usize = 4;
    let letters = |text: &str| -> String {
        text.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let (handle, name) = (letters(handle), letters(name));
    (name.chars().count() >= MIN_LETTERS && handle.starts_with(&name))
        || (handle.chars().count() >= MIN_LETTERS && name.starts_with(&handle))
}

/// Whether a link's path names one page under one of `sections`
/// (`/author/ann-lee`, `/profile/211123-coldj/`): a section's segment,
/// then a name, not the section's own list.
pub(crate) fn links_to_one_named(href: &str, sections: &[&str]) -> bool {
    let mut segments = path_segments(href).skip_while(|s| !sections.contains(s));
    segments.next().is_some() && segments.next().is_some_and(|slug| !slug.is_empty())
}

/// The segments of a link's path, without its query and fragment.
fn path_segments(href: &str) -> std::str::Split<'_, char> {
    crate::render::path_of(href).split('/')
}

/// The names shown in author line `i`: the first line (see
/// [`first_line`]) of each element in it marked as a name (a class or
/// `itemprop` with "name", `rel="author"`, a link to an author's page), when
/// there is exactly one, or when there are several, each on a line of its
/// own. The line may hold a role beside a name ("Ann Lee Senior Reporter")
/// that no separator sets apart, and the name's own element may hold the
/// role on a line under it; where several writers each have a box of their
/// own, built alike (a portrait, the name, the role, a button to follow),
/// the line would read the first box alone. Names that share a line ("By
/// Ann Lee and Bo Chan") are read with it, and names set apart otherwise
/// ("By Ann Lee" over "Updated by Bo Chan") are no list of writers.
fn shown_names(page: &Page, i: NodeIdx) -> Option<String> {
    let is_name = |d: NodeIdx| {
        let Some(e) = page.element(d) else {
            return false;
        };
        let named = |a: &str| e.attr(a).is_some_and(|v| mentions(v, &["name"]));
        named("class")
            || named("itemprop")
            || e.attr("rel") == Some("author")
            || (page.tag(d) == "a"
                && e.attr("href").is_some_and(|href| {
                    links_to_an_author(href)
                        || handle_in(href).is_some_and(|h| spells(h, &page.text_content(d)))
                }))
    };
    // Only elements outside the name before count as others.
    let mut found = Vec::new();
    let mut end = 0;
    for d in page.descendants(i) {
        if d >= end && is_name(d) {
            found.push(d);
            end = page.node(d).end;
        }
    }
    match found.as_slice() {
        [] => None,
        [name] => Some(first_line(page, *name)),
        [first, others @ ..] => {
            let built = |d: NodeIdx| {
                page.self_and_ancestors(d)
                    .take_while(|&a| a != i)
                    .map(|a| (page.tag(a), page.attr(a, "class")))
                    .collect::<Vec<_>>()
            };
            let shape = built(*first);
            if others.iter().any(|&d| built(d) != shape) {
                return None;
            }
            let line = first_line(page, i);
            let names: Vec<String> = found
                .iter()
                .filter_map(|&d| byline::clean_shown(&first_line(page, d)))
                .collect();
            names
                .iter()
                .any(|n| !line.contains(n.as_str()))
                .then(|| byline::join_names(&names))
        }
    }
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

    /// An author's picture, drawn as initials where there is no photo, is
    /// not the name beside it.
    #[test]
    fn initials_in_place_of_a_photo_are_no_name() {
        assert_eq!(
            byline(
                "<div class=\"post-header\"><span class=\"author-avatar\"><span>NB</span></span>\
                 <span class=\"author-meta\">Nadia Brook</span></div>"
            )
            .as_deref(),
            Some("Nadia Brook")
        );
    }

    /// A class that calls the element the writer's or the reporter's
    /// marks the name, as a whole part of the class; inside a longer word
    /// (a button to write a review) it marks nothing.
    #[test]
    fn a_writers_class_marks_the_name() {
        let writer = "<div class=\"article-info\"><span class=\"writer\">山田 花子</span>\
            <time>2026年11月25日</time></div>";
        assert_eq!(byline(writer).as_deref(), Some("山田 花子"));
        let reporter = "<p class=\"story-reporter\">Ann Lee</p>";
        assert_eq!(byline(reporter).as_deref(), Some("Ann Lee"));
        let review = "<a class=\"writeReview-button\" href=\"#review\">Write a Review</a>";
        assert_eq!(byline(review), None);
    }

    /// A line under the headline that opens with a lead in a script with
    /// capitals of its own names the author, unmarked, as "By" does.
    #[test]
    fn a_lead_in_another_script_opens_the_byline() {
        assert_eq!(
            byline("<p>Автор: Анна Петрова</p>").as_deref(),
            Some("Анна Петрова")
        );
        assert_eq!(
            byline("<p>Του Νίκου Παπαδόπουλου</p>").as_deref(),
            Some("Νίκου Παπαδόπουλου")
        );
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

    /// Writers who each have a box of their own under the headline (a
    /// portrait, the name, the role, a button to follow) are all named,
    /// the roles and buttons left out; a name set apart otherwise ("By" over
    /// "Updated by") is no second writer.
    #[test]
    fn writers_in_boxes_of_their_own_are_all_named() {
        let boxes = "<div class=\"bylines\">\
            <div class=\"byline-item\"><img src=\"/a.jpg\" alt=\"\"><a href=\"/author/ann-lee\">Ann Lee</a>\
            <span class=\"role\">Garden editor</span><button>Follow</button></div>\
            <div class=\"byline-item\"><img src=\"/b.jpg\" alt=\"\"><a href=\"/author/bo-chan\">Bo Chan</a>\
            <span class=\"role\">Science reporter</span><button>Follow</button></div></div>";
        assert_eq!(byline(boxes).as_deref(), Some("Ann Lee, Bo Chan"));
        let updated = "<div class=\"byline\"><span class=\"by\">By <a href=\"/author/ann-lee\">Ann Lee</a>\
            <br></span><span class=\"updated\">Updated by <span><a href=\"/author/bo-chan\">Bo Chan</a>\
            </span></span></div>";
        assert_eq!(byline(updated).as_deref(), Some("Ann Lee"));
    }

    /// The names under an article that names no author are its readers':
    /// a commenter's, a comment form's label for the name field, and a
    /// guest book's signers'.
    #[test]
    fn readers_names_are_no_byline() {
        let comments = "<section class=\"comments\"><div class=\"comment\">\
            <span class=\"comment-author\">Bo Chan</span><p>Lovely piece.</p></div></section>";
        assert_eq!(byline_around("", comments), None);
        let form = "<form id=\"reply\" action=\"/comment\"><p class=\"comment-form-author\">\
            <label for=\"name\">Name</label> <input id=\"name\"></p></form>";
        assert_eq!(byline_around("", form), None);
        let testimonial =
            "<div class=\"customer-quotes\"><blockquote>They fixed our roof in a day.\
            </blockquote><div class=\"quote-author\">Dana Reyes</div></div>";
        assert_eq!(byline(testimonial), None);
        let guests = "<div id=\"guestbook\"><div class=\"entry\"><p>She taught me to read.</p>\
            <p class=\"entry-author\">Tom Hale, Harbor Falls</p></div></div>";
        assert_eq!(byline_around("", guests), None);
    }

    /// A byline's line that files the story under a topic names no one by
    /// it: a link to the topic's page, or an element classed as the topic.
    #[test]
    fn a_bylines_topic_is_no_author() {
        let tagged = "<div class=\"post-byline\"><a href=\"/blog/tag/night-sky\">Night sky</a> \
            <span>27 January 2025</span></div>";
        assert_eq!(byline(tagged), None);
        let filed = "<p><span class=\"byline__date\">20 March 2023</span> | \
            <span class=\"byline__category\"><a href=\"/sky/seasons\">Seasons</a></span></p>";
        assert_eq!(byline(filed), None);
        let glued =
            "<div class=\"article-dateline\"><a class=\"category\" href=\"/blog/category/sleep\">\
            Sleep</a><span class=\"dateline\">DECEMBER 22, 2022</span></div>";
        assert_eq!(byline(glued), None);
        let named = "<div class=\"post-meta\"><a href=\"/blog/tag/night-sky\">Night sky</a> \
            <span class=\"author\">Ann Lee</span></div>";
        assert_eq!(byline(named).as_deref(), Some("Ann Lee"));
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
        assert_eq!(
            link("/magazine/contributor/a._j._neal", "A. J. Neal").as_deref(),
            Some("A. J. Neal")
        );
        assert_eq!(link("/authors/", "Authors"), None);
        assert_eq!(
            link("/author/ann-lee", "Read her articles in the Post"),
            None
        );
        assert_eq!(link("/authority/ann-lee", "Ann Lee"), None);
        // A newsroom's page of its staff, each by number and name.
        assert_eq!(
            link("/staff/2648123001/dana-whitfield/", "Dana Whitfield").as_deref(),
            Some("Dana Whitfield")
        );
        assert_eq!(link("/staff/", "Our staff"), None);
        // The same page in Spanish and French.
        assert_eq!(
            link("/autor/carmen-ruiz/", "Carmen Ruiz").as_deref(),
            Some("Carmen Ruiz")
        );
        assert_eq!(
            link("/auteur/jean-morel", "Jean Morel").as_deref(),
            Some("Jean Morel")
        );
        assert_eq!(link("/autor/", "Autores"), None);
        // An Indonesian newsroom's page of its writer.
        assert_eq!(
            link("/penulis/rina-wijaya", "Rina Wijaya").as_deref(),
            Some("Rina Wijaya")
        );
        // A writer's handle on a publishing platform, spelling the name;
        // not a post under it, nor a site's channel on a network.
        assert_eq!(
            link("https://substack.com/@annlee", "Ann Lee").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            link("/@anadesouza?source=post_page", "Ana de Souza").as_deref(),
            Some("Ana de Souza")
        );
        assert_eq!(link("/@annlee/why-the-ferry-is-late", "Ann Lee"), None);
        assert_eq!(
            link("https://www.youtube.com/@harbourherald", "YouTube"),
            None
        );
    }

    /// A line that opens with "By" in the article's head names the author
    /// when a name follows, a role behind a bar aside; a shop's filter
    /// labels and phrases do not.
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
        // A role or an outlet behind a bar.
        assert_eq!(
            byline("<p>By <a href=\"/staff/ann\">Ann Lee</a> | Guest columnist</p>").as_deref(),
            Some("Ann Lee")
        );
        // Other languages' "By", the date behind it in their words.
        for line in [
            "<p><span>Par Camille Durand</span> <span>Publié le 12 août 2026</span></p>",
            "<p>Von Camille Durand, aktualisiert am 12. August 2026</p>",
        ] {
            assert_eq!(byline(line).as_deref(), Some("Camille Durand"), "{line}");
        }
        for line in [
            "<p>Door &amp; Window Sensors</p>",
            "<p>By the numbers</p>",
            "<p>By Brand</p>",
            "<p>By Gender &amp; Age</p>",
            "<p>BY OUR EDITORS</p>",
            "<h2>By Design Alone</h2>",
        ] {
            assert_eq!(byline(line), None, "{line}");
        }
    }

    /// A byline and a date set side by side in elements of their own run
    /// their words together in the line of the box around them ("Ann
    /// LeePublished"): the name is read where it stands alone, also in a
    /// box between the standfirst and the text, outside both. A list of
    /// names keeps all of them.
    #[test]
    fn a_byline_beside_the_date_in_a_box_of_its_own() {
        let page = |meta: &str| {
            format!(
                "<html><body><main><h1>The harvest moon</h1>\
                 <p class=\"dek\">Why the moon of September looks larger, and why it does not.</p>\
                 <div class=\"meta\">{meta}</div>\
                 <div class=\"body\"><p>The full moon nearest the autumn equinox rises soon after \
                 sunset for several nights in a row, and farmers once worked by its light.</p>\
                 <p>It looks larger and more orange near the horizon, but that is the air and the \
                 eye, not the moon, which is no nearer than on any other night.</p>\
                 <p>Astronomers call the effect the moon illusion, and it has no settled \
                 explanation even now.</p></div></main></body></html>"
            )
        };
        let byline = |meta| {
            extract(&page(meta), &Options::default())
                .unwrap()
                .metadata
                .byline
        };
        assert_eq!(
            byline("<span>By Ann Lee</span><span>Published 2 hours ago</span>").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            byline("<span>By </span><span><a href=\"/authors/ann-lee\">Ann Lee</a> and <a href=\"/authors/bo-chan\">Bo Chan</a></span>")
                .as_deref(),
            Some("Ann Lee and Bo Chan")
        );
    }

    /// An account name declared as the author (the blog engine's login,
    /// "ann.lee", "annl") gives way to the name the page shows; a declared
    /// name of two words or more stands, and so does an account name where
    /// the page shows none.
    #[test]
    fn the_name_shown_over_an_account_name() {
        let page = |declared: &str, shown: &str| {
            byline(&format!(
                "<meta name=\"author\" content=\"{declared}\">{shown}"
            ))
        };
        let shown = "<p class=\"meta\">By Bo Chan · 3 May 2025</p>";
        for account in ["ann.lee", "annl", "AnnL"] {
            assert_eq!(
                page(account, shown).as_deref(),
                Some("Bo Chan"),
                "{account}"
            );
            assert_eq!(page(account, "").as_deref(), Some(account), "{account}");
        }
        assert_eq!(page("Ann Lee", shown).as_deref(), Some("Ann Lee"));
    }

    /// A component's name for scripts and tests marks the byline as a
    /// class does, when what it marks reads as a name.
    #[test]
    fn a_component_named_for_the_byline() {
        let line = |attr: &str, text: &str| {
            byline(&format!(
                "<div><span {attr}>{text}</span><span>Sky reporter</span></div>"
            ))
        };
        assert_eq!(
            line("data-testid=\"byline-name\"", "Ann Lee").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            line("data-component=\"byline-block\"", "Ann Lee").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(line("data-testid=\"post-author_cta_link\"", "Posts"), None);
    }

    /// An element classed as the author's role or bio is not the name: the
    /// line before it is, when it reads as one.
    #[test]
    fn the_authors_role_is_not_the_name() {
        let described = "<div><p class=\"headline\">Ann Lee</p>\
            <div class=\"dynamic-author-description\">Licensed Tea Taster, M.A. Journalism</div></div>";
        assert_eq!(byline(described).as_deref(), Some("Ann Lee"));
        let alone = "<div><p>Tasted on the first of May</p>\
            <div class=\"author-bio\">Licensed Tea Taster, M.A. Journalism</div></div>";
        assert_eq!(byline(alone), None);
    }

    /// An author's box under the article gives the name over the bio, where
    /// nothing marks the name itself; a box of related stories does not.
    #[test]
    fn the_name_over_an_authors_box() {
        let bio = "<div class=\"blog_author-box\"><img alt=\"\" src=\"/ann.jpg\">\
            <div><div class=\"text-small\">Ann Lee</div><p>Ann Lee writes about the sky, the \
            garden and the weather from a small cottage by the sea, where the nights are dark.</p>\
            </div></div>";
        assert_eq!(byline_around("", bio).as_deref(), Some("Ann Lee"));
        let related = "<div class=\"related-posts\"><div class=\"post-author-box\">\
            <div>Bo Chan</div><p>Bo Chan writes about the sky, the garden and the weather from a \
            small cottage by the sea, where the nights are long and dark.</p></div></div>";
        assert_eq!(byline_around("", related), None);
    }

    /// Authors the data lists are named with commas, in no language; where
    /// the page's own line names the same people, it is read as written.
    #[test]
    fn several_authors_read_as_the_page_writes_them() {
        let data = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
            \"author\":[{\"@type\":\"Person\",\"name\":\"Anna Weber\"},\
            {\"@type\":\"Person\",\"name\":\"Jonas Klein\"}]}</script>";
        let shown = "<div class=\"byline\">Von Anna Weber und Jonas Klein</div>";
        assert_eq!(
            byline(&format!("{data}{shown}")).as_deref(),
            Some("Anna Weber und Jonas Klein")
        );
        assert_eq!(byline(data).as_deref(), Some("Anna Weber, Jonas Klein"));
        // With no data, the page's line of several names is the byline.
        assert_eq!(
            byline("<div><div>By Ann Lee and Bo Chan</div><time>May 3, 2026</time></div>")
                .as_deref(),
            Some("Ann Lee and Bo Chan")
        );
        assert_eq!(byline("<div>By Ann Lee and the harbour staff</div>"), None);
        let other = "<div class=\"byline\">Von Anna Weber und Eva Roth</div>";
        assert_eq!(
            byline(&format!("{data}{other}")).as_deref(),
            Some("Anna Weber, Jonas Klein")
        );
    }

    /// A paper's authors, one `citation_author` tag each, surname first or
    /// not, are all the byline, first names first, where Dublin Core names
    /// only the first.
    #[test]
    fn a_papers_authors_are_all_named() {
        let html = "<html><head><meta name=\"DC.Creator\" content=\"Ann Lee\">\
            <meta name=\"citation_author\" content=\"Lee, Ann\">\
            <meta name=\"citation_author\" content=\"Bo Chan\">\
            <meta name=\"citation_author\" content=\"Diaz, Cy M.\"></head><body><article>\
            <h1>Tides in small harbours</h1>\
            <p>The full moon nearest the autumn equinox rises soon after sunset for several nights \
            in a row, and farmers once worked by its light to bring the crops in.</p>\
            <p>It looks larger and more orange near the horizon, but that is the air and the eye, \
            not the moon, which is no nearer than on any other night.</p></article></body></html>";
        let article = extract(html, &Options::default()).unwrap();
        assert_eq!(
            article.metadata.byline.as_deref(),
            Some("Ann Lee, Bo Chan, Cy M. Diaz")
        );
    }

    /// Above an article with no headline, the head runs up the page through
    /// its menus, whose entries ("By Team Size") name no author.
    #[test]
    fn a_menus_entries_are_no_byline() {
        for menu in [
            "<nav><ul><li><span>By Team Size<button aria-expanded=\"false\">+</button></span></li></ul></nav>",
            "<nav><div><span>By Use Case</span> <span>By Team Size</span></div></nav>",
        ] {
            let html = format!(
                "<html><body>{menu}<main><p>The full moon nearest the autumn equinox rises soon after \
                 sunset for several nights in a row, and farmers once worked by its light.</p>\
                 <p>It looks larger and more orange near the horizon, but that is the air and the \
                 eye, not the moon, which is no nearer than on any other night.</p></main></body></html>"
            );
            let article = extract(&html, &Options::default()).unwrap();
            assert_eq!(article.metadata.byline, None, "{menu}");
        }
    }

    /// Other words than "By" introduce the author too, on the name's line
    /// or in a block of their own above it; a reviewer is not the author,
    /// and names listed item by item are not run together. Contributors
    /// are credited with a colon.
    #[test]
    fn an_author_line_with_its_lead() {
        assert_eq!(
            byline("<p>Written by Ann Lee</p>").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            byline("<div>Submitted by <span>Ann Lee</span> on <span>Wed, 05/06/2026 - 10:12</span></div>")
                .as_deref(),
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
        assert_eq!(
            byline("<div><strong>Contributors:</strong> Ann Lee</div>").as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(
            byline("<div>Contributors to this page:<br>AL BC</div>"),
            None
        );
        assert_eq!(
            byline("<p>Contributed by Ann Lee</p>").as_deref(),
            Some("Ann Lee")
        );
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

    /// A byline the page labels as the author's under the article names
    /// the author: a box with "Written by" over the name, a post's footer
    /// with "Posted by". A menu's linked "Author in Residence", a sort
    /// control's "Sort by" and a comment's "Posted by" do not.
    #[test]
    fn a_labelled_byline_under_the_article() {
        let noise = "<ul><li><a href=\"/residence\">Author in Residence</a></li></ul>\
                     <div><span>Sort by</span><span>Relevancy</span></div>\
                     <div class=\"comments\"><p>Posted by Bo Chan on May 3</p><p>Lovely.</p></div>";
        let boxed = format!(
            "{noise}<div class=\"about\"><div>Written by</div><div>Ann Lee</div>\
             <p>Ann writes about the sky and the sea for the almanac, and has done for years.</p></div>"
        );
        assert_eq!(byline_around("", &boxed).as_deref(), Some("Ann Lee"));
        let footer = format!(
            "{noise}<p>Posted by <a href=\"/people/ann\">Ann Lee</a> at December 16, 2025 11:15 AM</p>"
        );
        assert_eq!(byline_around("", &footer).as_deref(), Some("Ann Lee"));
        assert_eq!(byline_around("", noise), None);
    }

    /// A site that declares itself the author gives way to the writer the
    /// page names, who keeps the byline without the site's name after it;
    /// with no one named, the site is the byline.
    #[test]
    fn a_site_named_as_the_author_gives_way_to_the_writer() {
        let byline = |head: &str, shown: &str| {
            let html = format!(
                "<html><head>{head}<meta property=\"og:site_name\" content=\"Harbour Health\"></head>\
                 <body><article><h1>The harvest moon</h1>{shown}\
                 <p>The full moon nearest the autumn equinox rises soon after sunset for several \
                 nights in a row, and farmers once worked by its light.</p>\
                 <p>It looks larger and more orange near the horizon, but that is the air and the \
                 eye, not the moon.</p></article></body></html>"
            );
            extract(&html, &Options::default()).unwrap().metadata.byline
        };
        let declared = "<meta name=\"author\" content=\"Harbour Health\">";
        let shown = "<p class=\"byline\">Ann Lee Harbour Health</p>";
        assert_eq!(byline(declared, shown).as_deref(), Some("Ann Lee"));
        assert_eq!(byline(declared, "").as_deref(), Some("Harbour Health"));
        let role = "<p class=\"byline\">Ann Lee, editor at Harbour Health</p>";
        assert_eq!(
            byline("", role).as_deref(),
            Some("Ann Lee, editor at Harbour Health")
        );
    }

    /// A name alone set to the right under the text signs it; set as the
    /// text is, it may be a heading, and a sentence set right is no name.
    #[test]
    fn a_signature_set_right_under_the_text() {
        let body = "<p>The ferry returns to its winter timetable on Monday, with two crossings a day and one on Sundays.</p>".repeat(4);
        let byline = |last: &str| {
            let html = format!(
                "<html><body><h1>Winter sailings</h1><article>{body}{last}</article></body></html>"
            );
            crate::extract(&html, &crate::Options::default())
                .unwrap()
                .metadata
                .byline
        };
        let right = r#"<p style="text-align: right;"><strong>Đoàn Loan</strong></p>"#;
        assert_eq!(byline(right).as_deref(), Some("Đoàn Loan"));
        assert_eq!(
            byline(r#"<p align="right">Ann Lee</p>"#).as_deref(),
            Some("Ann Lee")
        );
        assert_eq!(byline("<p><strong>Further Reading</strong></p>"), None);
        let sentence = r#"<p style="text-align:right">The ferry company thanks its crews.</p>"#;
        assert_eq!(byline(sentence), None);
    }
}
