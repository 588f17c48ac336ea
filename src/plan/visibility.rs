//! Which nodes a reader cannot see. Hidden text never counts as article:
//! pages hide alternate layouts, templates and teasers that would otherwise
//! score as prose.

use super::Stats;
use crate::page::{NodeIdx, Page};

/// Elements whose contents are never prose on the page.
pub(crate) fn is_non_content_tag(tag: &str) -> bool {
    matches!(
        tag,
        "head"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "link"
            | "meta"
            | "title"
            | "iframe"
            | "object"
            | "embed"
            | "svg"
            | "canvas"
            | "select"
            | "option"
            | "textarea"
            | "button"
            | "input"
            | "dialog"
    )
}

/// `hidden[i]` is true when node `i` or one of its ancestors is hidden or
/// cannot hold prose.
///
/// Two kinds of hiding are undone at once by the page's own scripts and are
/// not taken at their word: hiding `<html>` or `<body>` until the page has
/// styled itself, and server-rendered content parked in a `hidden` block
/// (streaming frameworks) that holds most of the page's text.
pub(crate) fn hidden(page: &Page) -> Vec<bool> {
    let mut non_content = vec![false; page.len()];
    for i in 1..page.len() {
        non_content[i] =
            page.parent(i).is_some_and(|p| non_content[p]) || is_non_content_tag(page.tag(i));
    }
    let raw = Stats::compute(page, &non_content);
    let total = raw.chars(0);
    let mut hidden = non_content;
    for i in 1..page.len() {
        let parent_hidden = page.parent(i).is_some_and(|p| hidden[p]);
        let parked = page.attr(i, "hidden").is_some() && raw.chars(i) * 2 > total;
        let temporary = matches!(page.tag(i), "html" | "body") || parked;
        hidden[i] = hidden[i] || parent_hidden || (is_hidden(page, i) && !temporary);
    }
    hidden
}

/// Whether element `i` itself is hidden, by attribute, inline style or, on a
/// live page, by what the browser drew.
pub(crate) fn is_hidden(page: &Page, i: NodeIdx) -> bool {
    let Some(element) = page.element(i) else {
        return false;
    };
    element.attr("hidden").is_some()
        || element.attr("aria-hidden") == Some("true")
        || element.attr("style").is_some_and(style_hides)
        || page.signals(i).is_some_and(|s| !s.visible)
}

/// Whether an inline style hides its element.
fn style_hides(style: &str) -> bool {
    style.split(';').any(|declaration| {
        let Some((property, value)) = declaration.split_once(':') else {
            return false;
        };
        let value = value.trim().trim_end_matches("!important").trim();
        match property.trim().to_ascii_lowercase().as_str() {
            "display" => value.eq_ignore_ascii_case("none"),
            "visibility" => value.eq_ignore_ascii_case("hidden"),
            _ => false,
        }
    })
}
