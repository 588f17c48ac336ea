//! Pages with almost no text: a note, a photo under its heading, a page of
//! one paragraph. The vote compares paragraphs and such a page may have none
//! worth comparing, yet what it shows is all there is to read, so it is the
//! article — unless all it shows is links elsewhere (the bare header of a
//! page whose content only its scripts draw), which is nothing to read.

use super::{Removal, Stats};
use crate::heuristics::MIN_ARTICLE_CHARS;
use crate::metadata;
use crate::page::{NodeIdx, Page};

/// The page's `<body>` when the text it shows is shorter than an article,
/// unless the page declares an article's text in its schema.org data: an
/// app that has drawn the headline and not yet the story, which is read
/// from that text instead.
pub(crate) fn body(page: &Page, stats: &Stats) -> Option<NodeIdx> {
    page.find("body")
        .filter(|&body| (1..MIN_ARTICLE_CHARS).contains(&stats.chars(body)))
        .filter(|_| metadata::declared_body(page).is_none())
}

/// Whether what is kept of `content` has words besides links that lead
/// elsewhere. Only short pages ask, so the walk stays small: at most
/// [`MIN_ARTICLE_CHARS`] text nodes get past the first checks.
pub(crate) fn has_words(
    page: &Page,
    hidden: &[bool],
    content: &[NodeIdx],
    removals: &[Removal],
) -> bool {
    page.in_subtrees(content).any(|i| {
        !hidden[i]
            && page.text(i).is_some_and(|t| !t.trim().is_empty())
            && !removals.iter().any(|r| page.contains(r.node, i))
            && !page
                .ancestors(i)
                .any(|a| page.tag(a) == "a" && page.attr(a, "href").is_some_and(leads_elsewhere))
    })
}

/// A `javascript:` link is a button: its words are the page's own.
fn leads_elsewhere(href: &str) -> bool {
    !runs_a_script(href)
}

/// Whether link address `href` runs a script (`javascript:`, any case)
/// rather than leading to a page.
pub(crate) fn runs_a_script(href: &str) -> bool {
    href.trim_start()
        .get(..11)
        .is_some_and(|scheme| scheme.eq_ignore_ascii_case("javascript:"))
}
