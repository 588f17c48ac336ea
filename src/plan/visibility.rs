//! Which nodes a reader cannot see. Hidden text never counts as article:
//! pages hide alternate layouts, templates and teasers that would otherwise
//! score as prose.

use super::stats::text_weight;
use crate::page::{heading_level, NodeIdx, Page};
use std::collections::HashSet;

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
/// A collapsed panel that a control opens (`aria-controls`: an accordion's
/// answer, a tab) is the page's text, only folded away, and is not hidden.
///
/// Two kinds of hiding are undone at once by the page's own scripts and are
/// not taken at their word: hiding the page until it has styled itself
/// (`<html>`, `<body>`, or with an inline style a wrapper that holds nine
/// tenths of the page's text), and server-rendered content parked in
/// `hidden` blocks that hold most of the page's text. Streaming frameworks
/// park it in pieces, one `hidden` child of `<body>` per piece, for scripts
/// to move into place; so the `hidden` children of `<body>` are weighed
/// together.
pub(crate) fn hidden(page: &Page) -> Vec<bool> {
    let mut hidden = vec![false; page.len()];
    for i in 1..page.len() {
        hidden[i] = page.parent(i).is_some_and(|p| hidden[p])
            || (is_non_content_tag(page.tag(i))
                && !is_drawn_noscript(page, i)
                && !is_heading_control(page, i));
    }
    // Characters of prose under `i`, counted only for the rare `hidden`
    // blocks; each is outermost when it is counted, so the total work stays
    // linear.
    let prose_under = |i: NodeIdx, hidden: &[bool]| -> usize {
        page.subtree(i)
            .filter(|&j| !hidden[j])
            .filter_map(|j| page.text(j))
            .map(text_weight)
            .sum()
    };
    let mut total = None;
    let mut body_parked = None;
    let mut toggled = None;
    for i in 1..page.len() {
        if hidden[i] || page.parent(i).is_some_and(|p| hidden[p]) {
            hidden[i] = true;
            continue;
        }
        if !is_hidden(page, i) || matches!(page.tag(i), "html" | "body") {
            continue;
        }
        // A collapsed panel of an accordion or a tab set is hidden until the
        // reader opens it: its text is the page's all the same.
        if page.attr(i, "id").is_some_and(|id| {
            toggled
                .get_or_insert_with(|| toggled_panels(page))
                .contains(id)
        }) && prose_under(i, &hidden) > 0
        {
            continue;
        }
        // What the block holds, in tenths of the page's text it must
        // exceed to be a page waiting for its scripts.
        let weighed = if page.attr(i, "hidden").is_some() {
            let held = match page.parent(i).filter(|&p| page.tag(p) == "body") {
                Some(body) => *body_parked.get_or_insert_with(|| {
                    page.children(body)
                        .filter(|&c| page.attr(c, "hidden").is_some())
                        .map(|c| prose_under(c, &hidden))
                        .sum()
                }),
                None => prose_under(i, &hidden),
            };
            Some((held, 5))
        } else if page.attr(i, "style").is_some_and(style_hides) {
            Some((prose_under(i, &hidden), 9))
        } else {
            None
        };
        let undone = weighed.is_some_and(|(held, tenths)| {
            held * 10 > tenths * *total.get_or_insert_with(|| prose_under(0, &hidden))
        });
        hidden[i] = !undone;
    }
    hidden
}

/// A button that is a heading's text and opens the panel below it, as
/// accordions set their questions: its words are the heading's.
fn is_heading_control(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) == "button"
        && page.attr(i, "aria-controls").is_some()
        && page.ancestors(i).take(2).any(|a| {
            heading_level(page.tag(a)).is_some() || page.attr(a, "role") == Some("heading")
        })
}

/// The ids of the blocks a control opens and closes (`aria-controls`): the
/// panels of accordions, tabs and disclosures.
fn toggled_panels(page: &Page) -> HashSet<&str> {
    (1..page.len())
        .filter_map(|i| page.attr(i, "aria-controls"))
        .flat_map(str::split_whitespace)
        .collect()
}

/// A `<noscript>` the browser drew (the page runs without scripts): its
/// content is what the reader sees. Parsed text never has one, as the
/// parser either keeps `<noscript>` as raw text or lays its content out in
/// its place.
fn is_drawn_noscript(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) == "noscript" && page.signals(i).is_some_and(|s| s.visible)
}

/// Whether element `i` itself is hidden, by attribute (`hidden`, a
/// `popover` the browser shows only when asked), inline style or, on a live
/// page, by what the browser drew.
pub(crate) fn is_hidden(page: &Page, i: NodeIdx) -> bool {
    let Some(element) = page.element(i) else {
        return false;
    };
    element.attr("hidden").is_some()
        || element.attr("popover").is_some()
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

#[cfg(test)]
mod tests {
    use super::hidden;
    use crate::page::{Page, Signals, Snapshot, SnapshotNode};

    /// `<html><body><noscript><p>text</p></noscript></body></html>` as a
    /// live snapshot, with the `<noscript>` drawn or not.
    fn live_noscript(drawn: bool) -> Page {
        let element = |parent: Option<u32>, tag: &str, visible: bool| SnapshotNode {
            parent,
            tag: Some(tag.to_string()),
            signals: Some(Signals {
                visible,
                ..Signals::default()
            }),
            ..SnapshotNode::default()
        };
        let text = SnapshotNode {
            parent: Some(3),
            text: Some("Shown when scripts are off.".to_string()),
            ..SnapshotNode::default()
        };
        let nodes = vec![
            element(None, "html", true),
            element(Some(0), "body", true),
            element(Some(1), "noscript", drawn),
            element(Some(2), "p", drawn),
            text,
        ];
        Page::from_snapshot(&Snapshot { url: None, nodes }).unwrap()
    }

    #[test]
    fn a_noscript_the_browser_drew_is_content() {
        let text = 5;
        assert!(!hidden(&live_noscript(true))[text]);
        assert!(hidden(&live_noscript(false))[text]);
    }

    #[test]
    fn a_parsed_noscript_is_not() {
        let page = Page::parse("<body><noscript><p>Enable scripts.</p></noscript>", None);
        let text = (0..page.len()).find(|&i| page.text(i).is_some()).unwrap();
        assert!(hidden(&page)[text]);
    }
}
