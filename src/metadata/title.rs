//! The article's title, without the site's name around it.

use super::jsonld::Article;
use super::tags::Tags;
use crate::page::Page;

/// Separators sites put between a title and their name.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " / ", " > ", " » ", " :: ", " · ",
];

pub(super) fn choose(page: &Page, ld: &Article, tags: &Tags, site: Option<&str>) -> Option<String> {
    let document_title = page.find("title").map(|t| page.text_content(t));
    let declared = ld.headline.clone().or_else(|| ld.name.clone()).or_else(|| {
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
    let title = match declared {
        Some(t) => t,
        None => from_document_title(page, document_title.as_deref()?),
    };
    let title = strip_site(title.trim(), site);
    (!title.is_empty()).then_some(title)
}

/// The `<title>` without the site's name: the longer side of a separator,
/// unless that leaves too few words to be a headline.
fn from_document_title(page: &Page, full: &str) -> String {
    let full = collapse(full);
    let last_sep = SEPARATORS
        .iter()
        .filter_map(|s| full.rfind(s).map(|at| (at, s.len())))
        .max_by_key(|&(at, _)| at);
    if let Some((at, len)) = last_sep {
        let head = &full[..at];
        if word_count(head) >= 3 {
            return head.trim().to_string();
        }
        let first = SEPARATORS
            .iter()
            .filter_map(|s| full.find(s).map(|at| (at, s.len())))
            .min_by_key(|&(at, _)| at)
            .unwrap_or((at, len));
        let tail = &full[first.0 + first.1..];
        if word_count(tail) >= 3 {
            return tail.trim().to_string();
        }
        return full;
    }
    if let Some(colon) = full.rfind(": ") {
        let headings: Vec<String> = (0..page.len())
            .filter(|&i| matches!(page.tag(i), "h1" | "h2"))
            .map(|i| page.text_content(i))
            .collect();
        if !headings.iter().any(|h| h.trim() == full) {
            let after = &full[colon + 2..];
            if word_count(after) >= 3 {
                return after.trim().to_string();
            }
            if let Some(first) = full.find(": ") {
                if word_count(&full[..first]) <= 5 {
                    return full[first + 2..].trim().to_string();
                }
            }
        }
        return full;
    }
    if full.chars().count() > 150 || full.chars().count() < 15 {
        let h1s: Vec<usize> = (0..page.len()).filter(|&i| page.tag(i) == "h1").collect();
        if let [only] = h1s[..] {
            return page.text_content(only);
        }
    }
    full
}

/// Removes the site's name when it stands at either end behind a separator.
fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) else {
        return title;
    };
    for sep in SEPARATORS.iter().chain(&[": "]) {
        if let Some(head) = title.strip_suffix(site).and_then(|h| h.strip_suffix(sep)) {
            return head.trim().to_string();
        }
        if let Some(tail) = title
            .strip_prefix(site)
            .and_then(|t| t.strip_prefix(sep.trim_start()))
        {
            return tail.trim().to_string();
        }
    }
    title
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}
