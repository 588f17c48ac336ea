//! The article's title, without the site's name around it.

use super::jsonld::Article;
use super::tags::Tags;
use crate::page::{is_block, push_collapsed, NodeIdx, Page};
use crate::plan::visibility::is_hidden;
use crate::quality::{lowercase_words, same_words};

/// How many `h1` and `h2` headings, from the top, may confirm a title, and
/// as many `h3` (forum software sets a topic's subject in one).
const HEADINGS_LOOKED_AT: usize = 10;

/// Separators sites put between a title and their name. Chinese and
/// Japanese sites set a full-width bar, spaced or not.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " / ", " > ", " » ", " ‹ ", " :: ", " · ", " • ", " ~ ", "｜",
];

/// Separators set without spaces ("标题_网站名", "Title|Site"): taken only
/// before or after the name the site declares.
const TIGHT_SEPARATORS: &[&str] = &["_", "|", "-", "–", "—", "·"];

/// A colon with a space on each side ("Headline : Site"), as some sites
/// join title and name; it is French typography's colon too, so it parts
/// a title only where a heading repeats one side (see [`heading_within`]).
const SPACED_COLON: &str = " : ";

/// The most places [`heading_within`] tries to part a title at: a title
/// joins a handful of parts, and each try reads both sides, which for a
/// "title" of thousands of underscores took seconds.
const MAX_PARTINGS: usize = 16;

/// An underscore without spaces, as sites written without spaces between
/// words join title, section and site ("标题_科技_网站名"): it parts a title
/// only where a heading repeats one side, as [`SPACED_COLON`] does.
const TIGHT_UNDERSCORE: &str = "_";

/// Of those, the ones that separate levels of a hierarchy.
const HIERARCHICAL: &[&str] = &[" / ", " > ", " » "];

pub(super) fn choose(
    page: &Page,
    content: &[NodeIdx],
    ld: &Article,
    tags: &Tags,
    site: Option<&str>,
) -> Option<String> {
    // The page's `<h1>`s, which most of what follows looks at.
    let h1s: Vec<NodeIdx> = (0..page.len()).filter(|&i| page.tag(i) == "h1").collect();
    // Read as written: `collapse` keeps a lone ideographic space, which
    // separates words in Japanese titles.
    let document_title = page.find("title").map(|t| {
        page.children(t)
            .filter_map(|c| page.text(c))
            .collect::<String>()
    });
    let cleaned_title = document_title
        .as_deref()
        .filter(|t| !names_only_site(t))
        .map(|t| from_document_title(page, &h1s, t));
    let declared = structured_title(ld, cleaned_title.as_deref()).or_else(|| {
        tags.first(&[
            "dc:title",
            "dcterm:title",
            "og:title",
            "weibo:article:title",
            "weibo:webpage:title",
            "title",
            "twitter:title",
            "parsely-title",
        ])
    });
    let declares = declared.is_some();
    let title = match declared {
        Some(t) if shortens(document_title.as_deref(), cleaned_title.as_deref(), &t) => {
            cleaned_title.clone()?
        }
        Some(t) => without_shared_label(&t, document_title.as_deref()),
        None => cleaned_title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .or_else(|| only_h1(page, &h1s))?,
    };
    let title = strip_site(&title, site, page.url().and_then(|u| u.host_str()));
    let title = completed(page, &title).unwrap_or(title);
    let top = first_paragraph(page, content);
    let near = nearest_h1(page, &h1s, top);
    let title = if declares {
        title
    } else {
        headline_over_slogan(
            page,
            &h1s,
            near.as_deref(),
            document_title.as_deref(),
            &title,
        )
        .unwrap_or(title)
    };
    let title = headline_over_declared(
        page,
        &h1s,
        near.as_deref(),
        cleaned_title.as_deref(),
        &title,
        site,
    )
    .unwrap_or(title);
    // A headline that repeats the whole `<title>`, site's name and all,
    // reads as that title does without the name.
    let headline = headline(page, top).map(|h| match &cleaned_title {
        Some(cleaned) if document_title.as_deref().is_some_and(|d| collapse(d) == h) => {
            collapse(cleaned)
        }
        _ => h,
    });
    let title = heading_within(
        page,
        &h1s,
        headline.as_deref(),
        near.as_deref(),
        &title,
        site,
    )
    .unwrap_or(title);
    // On a live page the headline as the reader sees it wins over a variant
    // written for sharing, when the two say nearly the same.
    let title = match headline {
        Some(h)
            if similarity(&h, &title) > 0.75
                || cleaned_title
                    .as_deref()
                    .is_some_and(|t| similarity(&h, t) > 0.75) =>
        {
            h
        }
        _ => title,
    };
    let title = without_dangling_separator(without_heading_marks(&collapse(&title)));
    let title = unquoted(&title)
        .filter(|inner| {
            cleaned_title.as_deref() == Some(*inner)
                || h1s.iter().any(|&i| collapse(&words_of(page, i)) == *inner)
        })
        .map_or(title.clone(), str::to_string);
    (!title.is_empty()).then_some(title)
}

/// A title set whole in quotation marks, without them: a declared title
/// that a content system quoted, where the page's `<title>` or headline
/// says it bare. A headline that is a quote is quoted there too.
fn unquoted(title: &str) -> Option<&str> {
    [('"', '"'), ('“', '”'), ('«', '»'), ('„', '“')]
        .iter()
        .find_map(|&(open, close)| {
            let inner = title.strip_prefix(open)?.strip_suffix(close)?;
            (!inner.contains([open, close])).then_some(inner)
        })
}

/// The title without the marks of a Markdown heading ("## Title"), which
/// sites that publish generated text leave in their `<title>`.
fn without_heading_marks(title: &str) -> &str {
    let marks = title.len() - title.trim_start_matches('#').len();
    match title[marks..].strip_prefix(' ') {
        Some(rest) if (1..=6).contains(&marks) => rest,
        _ => title,
    }
}

/// Marks that join a title to a name, left at the end when a theme
/// writes "title ⋆ site name" and the name is empty.
const DANGLING: &[char] = &['|', '-', '–', '—', '/', '>', '»', '·', '•', '⋆', '★'];

/// The title without a separator left at its end with nothing behind it.
fn without_dangling_separator(title: &str) -> String {
    let trimmed = title.trim_end_matches(DANGLING);
    if trimmed.len() < title.len() && trimmed.ends_with(' ') {
        trimmed.trim_end().to_string()
    } else {
        title.to_string()
    }
}

/// Whether a `<title>` opens with a separator ("| Site name"): the page's
/// own part was left empty, and the title names only the site.
fn names_only_site(title: &str) -> bool {
    let title = title.trim_start();
    title.starts_with(DANGLING)
        && title
            .trim_start_matches(DANGLING)
            .starts_with(char::is_whitespace)
}

/// A page that names itself nowhere (a fragment, a saved excerpt, a page
/// whose `<title>` is empty) is titled by its one `<h1>`; with several,
/// none of them is surely the page's.
fn only_h1(page: &Page, h1s: &[NodeIdx]) -> Option<String> {
    match h1s {
        [only] => Some(collapse(&page.text_content(*only))).filter(|t| !t.is_empty()),
        _ => None,
    }
}

/// The page's headline (its only `<h1>`, or the one nearest the article)
/// when the tab's title says it too (whole, or before a separator) and
/// not `title`, which was declared for sharing or search: the two a
/// reader sees outvote a title only a search engine or a share card shows
/// ("Sample menus" on a page headed and tabbed "7 days of healthy meals on
/// a budget", a site's name declared as every page's sharing title). A
/// declared title that rewords the headline ("Seven secrets…" for "The
/// seven secrets…") stays, and so does a headline set in capitals. An
/// `<h1>` that names the site is its logo.
fn headline_over_declared(
    page: &Page,
    h1s: &[NodeIdx],
    near: Option<&str>,
    tab: Option<&str>,
    title: &str,
    site: Option<&str>,
) -> Option<String> {
    let h1 = headline_h1(page, h1s, near)?;
    let tab = tab?;
    let host = page.url().and_then(|u| u.host_str());
    if names_site(&h1, site, host) {
        return None;
    }
    let tab_says =
        |what: &str| same_words(tab, what) || same_words(&strip_site(tab, site, host), what);
    let rewords = similarity(&h1, title) > 0.75 || similarity(title, &h1) > 0.75;
    let confirmed = tab_says(&h1) || is_part_of(&h1, tab);
    (confirmed && !tab_says(title) && !rewords && !shouts(&h1, tab)).then_some(h1)
}

/// The page's headline (its only `<h1>`, or the one nearest the article)
/// over a `<title>` that is the site's name and its slogan ("Name - The
/// heart of the internet"), which a single-page app leaves on every page
/// and which says nothing of the article: what follows the name shares no
/// word of four letters or more with the headline. The name is a word or
/// two, as [`from_document_title`] reads it; a headline of a word or two is
/// a section's name, not the article's.
fn headline_over_slogan(
    page: &Page,
    h1s: &[NodeIdx],
    near: Option<&str>,
    document_title: Option<&str>,
    title: &str,
) -> Option<String> {
    const MIN_HEADLINE_WORDS: usize = 3;
    let full = collapse(document_title?);
    let (name, slogan) = SEPARATORS
        .iter()
        .filter_map(|sep| full.split_once(sep))
        .min_by_key(|(name, _)| name.len())?;
    if word_count(name) >= 3 || !same_words(slogan, title) {
        return None;
    }
    let h1 = headline_h1(page, h1s, near)?;
    // Words of four letters or more: "the" or "of" says nothing.
    let telling = |text: &str| -> Vec<String> {
        crate::quality::lowercase_words(text)
            .into_iter()
            .filter(|w| w.chars().count() > 3)
            .collect()
    };
    let slogan_words = telling(title);
    let unrelated = !telling(&h1).iter().any(|w| slogan_words.contains(w));
    (word_count(&h1) >= MIN_HEADLINE_WORDS && unrelated).then_some(h1)
}

/// The headline's `<h1>`: the page's only one, or the one nearest the
/// article.
fn headline_h1(page: &Page, h1s: &[NodeIdx], near: Option<&str>) -> Option<String> {
    match h1s {
        [only] => Some(collapse(&words_of(page, *only))),
        _ => near.map(collapse),
    }
}

/// Whether `title` is one side of `heading` behind a separator.
fn is_part_of(title: &str, heading: &str) -> bool {
    SEPARATORS.iter().any(|sep| {
        heading
            .split_once(sep)
            .is_some_and(|(head, tail)| same_words(head, title) || same_words(tail, title))
    })
}

/// A title cut short to fit a length limit gives way to the heading it
/// begins. Cut, not merely shorter: it ends in an ellipsis, in the middle
/// of a word, or inside a bracket it opened, as a heading that goes on from
/// a whole title (with a subtitle, a date) is not the title.
fn completed(page: &Page, title: &str) -> Option<String> {
    const MIN_CUT_CHARS: usize = 30;
    let cut = title.trim_end_matches(['…', '.']).trim_end();
    let ellipsis = cut.len() < title.trim_end().len();
    let bracket_open = cut.matches('(').count() > cut.matches(')').count();
    if cut.chars().count() < MIN_CUT_CHARS {
        return None;
    }
    (0..page.len())
        .filter(|&i| matches!(page.tag(i), "h1" | "h2"))
        .take(HEADINGS_LOOKED_AT)
        .map(|i| collapse(&page.text_content(i)))
        .find(|heading| {
            let Some(rest) = heading.strip_prefix(cut).filter(|r| !r.is_empty()) else {
                return false;
            };
            let mid_word =
                cut.ends_with(char::is_alphanumeric) && rest.starts_with(char::is_alphanumeric);
            ellipsis || bracket_open || mid_word
        })
}

/// A declared title whose last part, behind a separator, ends the page's
/// `<title>` as well while what comes before differs ("How meditation
/// rewires brains | Opinion" beside "The full impact of meditation |
/// Opinion"): that part, when short beside the rest, labels the site or
/// its section, not the page.
fn without_shared_label(declared: &str, document_title: Option<&str>) -> String {
    let declared = collapse(declared);
    let Some(document) = document_title.map(collapse) else {
        return declared;
    };
    for separator in SEPARATORS {
        let (Some((head, label)), Some((other_head, other_label))) = (
            declared.rsplit_once(separator),
            document.rsplit_once(separator),
        ) else {
            continue;
        };
        let short = word_count(label) <= 4 && word_count(label) * 2 <= word_count(head);
        if label == other_label && head != other_head && short {
            return head.to_string();
        }
    }
    declared
}

/// Whether a declared title is the page's `<title>` and the cleaning of that
/// took a site's name off its end: sites often declare for sharing what
/// they put in the tab, name and all.
fn shortens(document_title: Option<&str>, cleaned: Option<&str>, declared: &str) -> bool {
    let declared = collapse(declared);
    document_title.is_some_and(|d| collapse(d) == declared)
        && cleaned.is_some_and(|c| c.len() < declared.len() && declared.starts_with(c))
}

/// On a live page, the largest visible heading (`h1`–`h3`) before the
/// article's first paragraph, or in it: its headline. Pages read from text
/// have no sizes, and no headline from this.
fn headline(page: &Page, first_paragraph: NodeIdx) -> Option<String> {
    (1..first_paragraph)
        .filter(|&i| matches!(page.tag(i), "h1" | "h2" | "h3"))
        .filter_map(|i| {
            page.signals(i)
                .filter(|s| s.visible && s.font > 0.0)
                .map(|s| (i, s.font))
        })
        .fold(None, |best: Option<(NodeIdx, f32)>, (i, font)| match best {
            Some((_, f)) if f >= font => best,
            _ => Some((i, font)),
        })
        .map(|(i, _)| collapse(&words_of(page, i)))
        .filter(|t| !t.is_empty())
}

/// The last `<h1>` before the article's first paragraph, or in it: the
/// article's own headline, where a page sets several `<h1>`s.
fn nearest_h1(page: &Page, h1s: &[NodeIdx], first_paragraph: NodeIdx) -> Option<String> {
    h1s.iter()
        .rev()
        .find(|&&i| i < first_paragraph)
        .map(|&i| collapse(&words_of(page, i)))
}

/// The article's first `<p>`, where its headline has been read.
fn first_paragraph(page: &Page, content: &[NodeIdx]) -> NodeIdx {
    page.in_subtrees(content)
        .find(|&i| page.tag(i) == "p")
        .unwrap_or(page.len())
}

/// A heading's text as a reader sees it: without its permalink (a link of
/// marks only, "¶", "#", "🔗", that documentation generators add to each
/// heading) and without what it hides (a bookmark button's menu).
fn words_of(page: &Page, heading: NodeIdx) -> String {
    let mut text = String::new();
    let mut i = heading;
    while i < page.node(heading).end {
        if (page.tag(i) == "a" && !page.text_content(i).chars().any(char::is_alphanumeric))
            || is_hidden(page, i)
        {
            i = page.node(i).end;
            continue;
        }
        if page.tag(i) == "br" || is_block(page.tag(i)) {
            text.push(' ');
        }
        push_collapsed(&mut text, page.text(i).unwrap_or_default());
        i += 1;
    }
    text
}

/// The part of a title that one of the page's top headings repeats, when
/// the rest lies behind a separator or a spaced colon: "New Zealand -
/// Encyclopedia" on a page headed "New Zealand". What is left is the
/// site's name (or a section's, or an author's), however the site spells
/// it elsewhere. A
/// heading that differs from the part only in letter case gives its own
/// case: it is the headline as the reader sees it, and so does an `<h1>`
/// that repeats the whole title.
fn heading_within(
    page: &Page,
    h1s: &[NodeIdx],
    headline: Option<&str>,
    near: Option<&str>,
    title: &str,
    site: Option<&str>,
) -> Option<String> {
    let parts: Vec<(&str, &str)> = SEPARATORS
        .iter()
        .chain(&[SPACED_COLON, TIGHT_UNDERSCORE])
        .flat_map(|sep| title.match_indices(sep).map(move |(at, _)| (at, sep.len())))
        .take(MAX_PARTINGS)
        .map(|(at, len)| (title[..at].trim(), title[at + len..].trim()))
        .collect();
    let h1s: Vec<String> = h1s.iter().take(2).map(|&i| words_of(page, i)).collect();
    if parts.is_empty() {
        return in_its_case(&h1s, title);
    }
    let headings = headline
        .map(str::to_string)
        .into_iter()
        .chain(
            (0..page.len())
                .filter(|&i| matches!(page.tag(i), "h1" | "h2"))
                .take(HEADINGS_LOOKED_AT)
                .chain(
                    (0..page.len())
                        .filter(|&i| page.tag(i) == "h3")
                        .take(HEADINGS_LOOKED_AT),
                )
                .map(|i| words_of(page, i)),
        )
        .collect::<Vec<_>>();
    // The part kept is the longer one: a heading that repeats the shorter
    // part is the site's logo, not the headline, unless that heading is the
    // page's only `<h1>` or the one nearest the article, the other part is
    // in no heading and is not the site's name.
    let words = |s: &str| crate::quality::tokens(s).count();
    let in_headings = |part: &str| headings.iter().any(|h| same_words(h, part));
    let the_h1 = |part: &str| {
        matches!(&h1s[..], [only] if same_words(only, part))
            || near.is_some_and(|h| same_words(h, part))
    };
    let named = |part: &str| site.is_some_and(|s| same_words(s, part));
    parts.iter().find_map(|&(head, tail)| {
        [(head, tail), (tail, head)]
            .into_iter()
            .find(|&(part, rest)| {
                in_headings(part)
                    && (words(part) >= words(rest)
                        || (the_h1(part) && !in_headings(rest) && !named(part)))
            })
            .map(|(part, _)| in_its_case(&headings, part).unwrap_or_else(|| part.to_string()))
    })
}

/// The first of `headings` that says `part` in other letter case, as the
/// reader sees it, unless it shouts (see [`shouts`]).
fn in_its_case(headings: &[String], part: &str) -> Option<String> {
    headings
        .iter()
        .map(|h| collapse(h))
        .find(|h| h.to_lowercase() == part.to_lowercase() && !shouts(h, part))
}

/// Whether `heading` is set in capitals where `part` is not: a design's
/// capitals (often CSS `text-transform` written into the markup) read as
/// shouting in a title, so the title's own case stays.
fn shouts(heading: &str, part: &str) -> bool {
    !heading.chars().any(char::is_lowercase) && part.chars().any(char::is_lowercase)
}

/// Schema.org gives a `headline` and a `name`, not always the same (some
/// sites put their own name in `name`, others a description in `headline`):
/// the headline when only it resembles the page's `<title>` without the
/// site's name, else the name.
fn structured_title(ld: &Article, document_title: Option<&str>) -> Option<String> {
    match (&ld.headline, &ld.name) {
        (Some(headline), Some(name)) => {
            let title = document_title.unwrap_or("");
            let headline_fits = similarity(headline, title) > 0.75;
            let name_fits = similarity(name, title) > 0.75;
            Some(
                if headline_fits && !name_fits {
                    headline
                } else {
                    name
                }
                .clone(),
            )
        }
        (Some(one), None) | (None, Some(one)) => Some(one.clone()),
        (None, None) => None,
    }
}

/// How much of `b`'s wording is also in `a`, from 0 to 1, weighted by length.
fn similarity(a: &str, b: &str) -> f32 {
    let (a, b) = (lowercase_words(a), lowercase_words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let total: usize = b.iter().map(|w| w.len() + 1).sum();
    let unshared: usize = b
        .iter()
        .filter(|w| !a.contains(w))
        .map(|w| w.len() + 1)
        .sum();
    1.0 - unshared as f32 / total as f32
}

/// The `<title>` without the site's name around it. Sites join title and
/// name with a separator, or a colon; the side that reads as a headline is
/// kept, and when what is left is too short to be one (four words or less,
/// and not just the title minus one word of site name), the whole title is.
fn from_document_title(page: &Page, h1s: &[NodeIdx], full: &str) -> String {
    let full = collapse(full);
    let separators: Vec<(usize, usize)> = SEPARATORS
        .iter()
        .flat_map(|s| full.match_indices(s).map(|(at, m)| (at, m.len())))
        .collect();
    // Breadcrumb-like separators join levels of a hierarchy ("Docs / Guide"),
    // where dropping one word-long level leaves a title of its own.
    let hierarchical = HIERARCHICAL.iter().any(|s| full.contains(s));
    let mut title = full.clone();
    if let Some(&(last, _)) = separators.iter().max_by_key(|(at, _)| *at) {
        title = full[..last].to_string();
        if word_count(&title) < 3 {
            let &(first, len) = separators
                .iter()
                .min_by_key(|(at, _)| *at)
                .expect("one at least");
            title = full[first + len..].to_string();
        }
        // A label before a colon ("Opinion: …", "Review: …") that the
        // headline leaves out is the section's, not the title's.
        if let Some((_, headline)) = title.split_once(": ") {
            if h1s
                .iter()
                .any(|&h| collapse(&page.text_content(h)) == collapse(headline))
            {
                title = headline.to_string();
            }
        }
    } else if full.contains(": ") {
        let headings_match = (0..page.len())
            .filter(|&i| matches!(page.tag(i), "h1" | "h2"))
            .any(|i| page.text_content(i).trim() == full);
        if !headings_match {
            let last = full.rfind(": ").expect("checked");
            title = full[last + 2..].to_string();
            if word_count(&title) < 3 {
                let first = full.find(": ").expect("checked");
                title = full[first + 2..].to_string();
            } else if word_count(&full[..full.find(": ").expect("checked")]) > 5 {
                title = full.clone();
            }
        }
    } else if full.chars().count() > 150 || full.chars().count() < 15 {
        if let [only] = h1s {
            title = page.text_content(*only);
        }
    }
    let title = collapse(&title);
    let words = word_count(&title);
    let without_separators = SEPARATORS
        .iter()
        .fold(full.clone(), |t, s| t.replace(s, " "));
    if words <= 4 && (!hierarchical || words + 1 != word_count(&without_separators)) {
        return full;
    }
    title
}

/// The title without the site's name before or after it. At its end, the
/// name may be the one the page declares (`og:site_name`, the publisher),
/// the first words of that ("Liberty University" of "Liberty University
/// Online"), or the name in the page's address ("Alison" on alison.com,
/// "bcbs.com"); sites end their titles with one or the other, sometimes
/// with both. A title that is the declared name, marks aside ("Ann
/// Lee - The Writing Coach" of "Ann Lee - The Writing Coach®"), is a home
/// page's, and stays whole.
fn strip_site(title: &str, site: Option<&str>, host: Option<&str>) -> String {
    let mut title = title.trim().to_string();
    let site = site.map(str::trim).filter(|s| !s.is_empty());
    if site.is_some_and(|site| letters(site) == letters(&title)) {
        return title;
    }
    if let Some(site) = site {
        for sep in SEPARATORS.iter().chain(&[": "]).chain(TIGHT_SEPARATORS) {
            if let Some(head) = title.strip_suffix(site).and_then(|h| h.strip_suffix(sep)) {
                title = head.trim().to_string();
                break;
            }
            if let Some(tail) = title
                .strip_prefix(site)
                .and_then(|t| t.strip_prefix(sep.trim_start()))
            {
                return tail.trim().to_string();
            }
        }
    }
    while let Some((head, name)) = SEPARATORS
        .iter()
        .chain(&[": "])
        .filter_map(|sep| title.rsplit_once(sep))
        .max_by_key(|(head, _)| head.len())
    {
        if head.trim().is_empty() || !names_site(name, site, host) {
            break;
        }
        title = head.trim().to_string();
    }
    title
}

/// The site's name as the end of the page's `<title>` gives it, for pages
/// that declare none: the last part behind a separator, when it is the
/// name in the page's address ("Annual report | Harbour Trust" on
/// harbourtrust.org). A part the address does not confirm may as well be a
/// section's name or a slogan.
pub(super) fn site_from_title(page: &Page) -> Option<String> {
    let host = page.url()?.host_str()?.to_string();
    let title = collapse(&page.text_content(page.find("title")?));
    let (head, name) = SEPARATORS
        .iter()
        .filter_map(|sep| title.rsplit_once(sep))
        .max_by_key(|(head, _)| head.len())?;
    (!head.trim().is_empty() && names_site(name, None, Some(&host)))
        .then(|| name.trim().to_string())
}

/// Whether the last part of a title is the site's name (see [`strip_site`]).
fn names_site(name: &str, site: Option<&str>, host: Option<&str>) -> bool {
    let name = name.trim();
    if name.is_empty() {
        return false;
    }
    let declared = site.is_some_and(|site| {
        let mut words = site.split_whitespace();
        name.split_whitespace()
            .all(|w| words.next().is_some_and(|s| s.eq_ignore_ascii_case(w)))
    });
    declared || host.is_some_and(|host| named_by_address(name, host))
}

/// Whether `name` is the site's as its address gives it: the address's
/// name ("Harbourmaster" on harbourmaster.org), the address itself
/// ("Newegg.com" on promotions.newegg.com), its initials ("Farm Bureau
/// Financial Services" on fbfs.com), or a name of three words or fewer
/// that opens with it ("Shopify App Store" on apps.shopify.com).
fn named_by_address(name: &str, host: &str) -> bool {
    let host = host.strip_prefix("www.").unwrap_or(host);
    let lower = name.to_lowercase();
    // An ampersand is spelt out in addresses ("Spoke & Chain" on
    // spokeandchain.com), or left out (AT&T on att.com); so may the
    // article a name opens with ("The Riverside Ledger" on
    // riversideledger.com).
    let unarticled = NAME_ARTICLES
        .iter()
        .find_map(|a| lower.strip_prefix(a))
        .unwrap_or(&lower);
    let keys = [
        letters(&lower),
        letters(&lower.replace('&', "and")),
        letters(unarticled),
    ];
    let words: Vec<&str> = lower.split_whitespace().collect();
    let initials: String = words.iter().filter_map(|w| w.chars().next()).collect();
    let labels: Vec<&str> = host.split('.').collect();
    keys.contains(&host.replace('.', ""))
        || (lower.contains('.') && (host == lower || host.ends_with(&format!(".{lower}"))))
        || labels[..labels.len().saturating_sub(1)]
            .iter()
            .any(|&label| {
                label.len() >= 3
                    && (keys.iter().any(|k| k == label)
                        || (words.len() >= 3 && initials == label)
                        || (words.len() <= 3 && label.len() >= 4 && words[0] == label))
            })
}

/// The letters and digits of `text`, in lower case: a name as an address
/// spells it.
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The articles a site's name may open with and its address leave out.
const NAME_ARTICLES: &[&str] = &[
    "the ", "le ", "la ", "les ", "el ", "der ", "die ", "das ", "il ",
];

/// Trims, and folds runs of white space into one space; a single
/// ideographic space, which parts words in Japanese, stays as written. A
/// no-break space in a title is a space to a reader.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut run = String::new();
    for c in text.trim().chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        match run.chars().count() {
            0 => {}
            1 if run == "\u{3000}" => out.push_str(&run),
            _ => out.push(' '),
        }
        run.clear();
        out.push(c);
    }
    out
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use crate::{extract, Options};

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

    /// A single-page app's `<title>`, its name and slogan on every page,
    /// gives way to the headline of the post shown, which it shares no word
    /// with; a `<title>` that does share words with the headline stays.
    #[test]
    fn a_sites_slogan_is_no_title() {
        let page = |title: &str| {
            format!(
                "<html><head><title>{title}</title></head><body><main>\
                 <h1>Which cast iron pan lasts a lifetime?</h1>\
                 <p>My grandmother's pan is still going after sixty years, and I would like one that does as well.</p>\
                 <p>The new ones seem rougher inside, so I wonder whether the enamel ones are worth their price.</p>\
                 </main></body></html>"
            )
        };
        let title = |html: &str| extract(html, &Options::default()).unwrap().metadata.title;
        assert_eq!(
            title(&page(
                "Threadly - Where the whole internet talks things over"
            ))
            .as_deref(),
            Some("Which cast iron pan lasts a lifetime?")
        );
        assert_eq!(
            title(&page("Threadly - Cast iron pans that last")).as_deref(),
            Some("Cast iron pans that last")
        );
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

    /// The page's headline, which its tab's title repeats, outranks a title
    /// declared for search or sharing that says something else (a section's
    /// label, the site's name); a declared title that rewords the headline
    /// stays, and so does one the tab confirms.
    #[test]
    fn the_headline_and_the_tab_outvote_a_declared_title() {
        let page = |declared: &str, tab: &str| {
            format!(
                "<html><head><title>{tab}</title>\
                 <meta property=\"og:site_name\" content=\"Coast News\">\
                 <meta property=\"og:title\" content=\"{declared}\"></head><body>\
                 <article><h1>Harbour ferries run through the winter</h1>\
                 <p>The island ferry will keep its summer timetable until March, the council said, \
                 after a season of record crossings.</p>\
                 <p>Two more sailings a day are planned on Saturdays, when the market draws visitors \
                 from the mainland.</p></article></body></html>"
            )
        };
        let title = |declared: &str, tab: &str| {
            extract(&page(declared, tab), &Options::default())
                .unwrap()
                .metadata
                .title
        };
        let tab = "Harbour ferries run through the winter - Island - Coast News";
        for declared in ["Timetables", "Coast News", "Council backs the island link"] {
            assert_eq!(
                title(declared, tab).as_deref(),
                Some("Harbour ferries run through the winter"),
                "{declared}"
            );
        }
        assert_eq!(
            title("Ferries run through the winter", tab).as_deref(),
            Some("Ferries run through the winter")
        );
        assert_eq!(
            title("Timetables", "Timetables | Coast News").as_deref(),
            Some("Timetables")
        );
    }

    /// A declared title set in quotation marks loses them where the page's
    /// headline says it bare; a headline that is a quote keeps them.
    #[test]
    fn a_quoted_title_is_read_bare() {
        let page = |h1: &str| {
            format!(
                "<html><head><title>Tide tables explained | Coast Docs</title>\
                 <meta property=\"og:title\" content=\"&quot;Tide tables explained&quot;\"></head>\
                 <body><article><h1>{h1}</h1>\
                 <p>The harbour dries at low water springs, so boats drawing more than a metre wait outside.</p>\
                 <p>High water is about forty minutes after Dover, and the stream turns an hour later.</p>\
                 </article></body></html>"
            )
        };
        let title = |h1: &str| {
            extract(&page(h1), &Options::default())
                .unwrap()
                .metadata
                .title
        };
        assert_eq!(
            title("Tide tables explained").as_deref(),
            Some("Tide tables explained")
        );
        assert_eq!(
            title("\"Tide tables explained\"").as_deref(),
            Some("\"Tide tables explained\"")
        );
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

    /// A section's label before a colon in the `<title>` goes when the
    /// headline leaves it out, and stays when the headline says it too.
    #[test]
    fn a_sections_label_before_a_colon_goes() {
        let title = |heading| {
            titled(
                "Opinion: Keep the late ferry running all winter - Harbour Herald",
                heading,
            )
        };
        assert_eq!(
            title("Keep the late ferry running all winter").as_deref(),
            Some("Keep the late ferry running all winter")
        );
        assert_eq!(
            title("Opinion: Keep the late ferry running all winter").as_deref(),
            Some("Opinion: Keep the late ferry running all winter")
        );
    }

    /// The title of an article headed `heading` under the `<title>` `title`.
    fn titled(title: &str, heading: &str) -> Option<String> {
        let html = format!(
            "<html><head><title>{title}</title></head>\
             <body><article><h1>{heading}</h1>\
             <p>The late ferry carries the cannery's night shift home, and without it a dozen \
             families would have to move to the mainland before the winter.</p>\
             <p>The board should look at the numbers again before it votes in the spring.</p>\
             </article></body></html>"
        );
        extract(&html, &Options::default()).unwrap().metadata.title
    }

    /// A site's name behind a colon set between spaces ("… : Harbour
    /// Radio") goes where the headline repeats the rest; a French title's
    /// own colon, spaced as French sets it, stays.
    #[test]
    fn a_site_behind_a_spaced_colon_goes() {
        assert_eq!(
            titled(
                "Keep the late ferry running all winter : Harbour Radio",
                "Keep the late ferry running all winter"
            )
            .as_deref(),
            Some("Keep the late ferry running all winter")
        );
        let french = "Ferry de nuit : le conseil vote au printemps";
        assert_eq!(titled(french, french).as_deref(), Some(french));
    }

    /// A section's and a site's names joined by underscores ("…_科技_海滨新闻网")
    /// go where the headline repeats the rest; an underscore inside a
    /// title the headline says whole stays.
    #[test]
    fn names_behind_underscores_go() {
        assert_eq!(
            titled(
                "长江流域秋汛结束 多地水位回落_科技_海滨新闻网",
                "长江流域秋汛结束 多地水位回落"
            )
            .as_deref(),
            Some("长江流域秋汛结束 多地水位回落")
        );
        let file = "Reading config_file settings in the ferry app";
        assert_eq!(titled(file, file).as_deref(), Some(file));
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

    /// Chinese and Japanese sites join their name with a full-width bar or
    /// an underscore, often unspaced; a declared name goes however it is
    /// joined, and a title's own underscore stays.
    #[test]
    fn a_site_name_joined_without_spaces_leaves_the_title() {
        let site = "<meta property=\"og:site_name\" content=\"海辺新聞\">";
        assert_eq!(
            title(&format!("<title>港の灯りが戻る｜海辺新聞</title>{site}")).as_deref(),
            Some("港の灯りが戻る")
        );
        assert_eq!(
            title(&format!("<title>港の灯りが戻る_海辺新聞</title>{site}")).as_deref(),
            Some("港の灯りが戻る")
        );
        assert_eq!(
            title(
                "<title>Tide tables ~ Harbour Handbook</title>\
                   <meta property=\"og:site_name\" content=\"Harbour Handbook\">"
            )
            .as_deref(),
            Some("Tide tables")
        );
        assert_eq!(
            title("<title>read_tide_table explained</title>").as_deref(),
            Some("read_tide_table explained")
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
        // A home page titled with the site's declared name keeps it whole.
        assert_eq!(
            title(
                "<title>Ann Lee - The Harbourmaster</title>\
                 <meta property=\"og:site_name\" content=\"Ann Lee - The Harbourmaster®\">",
                "https://www.harbourmaster.org/"
            )
            .as_deref(),
            Some("Ann Lee - The Harbourmaster")
        );
        // The name's article left out of the address.
        assert_eq!(
            title(
                "<title>Tide tables &#8211; The Harbourmaster</title>",
                "https://www.harbourmaster.org/tides"
            )
            .as_deref(),
            Some("Tide tables")
        );
        // An ampersand spelt out in the address, or left out of it.
        for url in [
            "https://www.tideandtime.org/tides",
            "https://www.tidetime.org/tides",
        ] {
            assert_eq!(
                title("<title>Tide tables – Tide &amp; Time</title>", url).as_deref(),
                Some("Tide tables"),
                "{url}"
            );
        }
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
        // The address whole, its initials, or a short name it opens.
        for (head, url) in [
            (
                "Tide tables | Harbourmaster.org",
                "https://tides.harbourmaster.org/",
            ),
            (
                "Tide tables | Port of Rye Authority",
                "https://pora.org.uk/tides",
            ),
            (
                "Tide tables | Harbourmaster Tide Service",
                "https://tides.harbourmaster.org/",
            ),
        ] {
            let head = format!("<title>{head}</title>");
            assert_eq!(title(&head, url).as_deref(), Some("Tide tables"), "{head}");
        }
        // A last part that names something else stays, and so does a long
        // one that only opens with the address's name.
        assert_eq!(
            title(
                "<title>Tide tables | Dover</title>",
                "https://harbourmaster.org/tides"
            )
            .as_deref(),
            Some("Tide tables | Dover")
        );
        assert_eq!(
            title(
                "<title>Tide tables | Harbourmaster Pilots Guild Office</title>",
                "https://harbourmaster.org/tides"
            )
            .as_deref(),
            Some("Tide tables | Harbourmaster Pilots Guild Office")
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
