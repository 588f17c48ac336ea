//! Which nodes a reader cannot see. Hidden text never counts as article:
//! pages hide alternate layouts, templates and teasers that would otherwise
//! score as prose.

use super::stats::text_weight;
use crate::heuristics::SCREEN_READER_CLASSES;
use crate::page::{heading_level, NodeIdx, Page};
use std::cell::OnceCell;
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
/// answer, a tab) is the page's text, only folded away, and is not hidden;
/// so is every tab panel (`role="tabpanel"`), named by its tab or not: a
/// guide's steps for each system or language, one shown at a time; and so
/// is what a `<details>` holds beside its summary.
///
/// Two kinds of hiding are undone at once by the page's own scripts and are
/// not taken at their word: hiding the page until it has styled itself or
/// while a dialog is open (`<html>`, `<body>`, or a block holding most of
/// its prose, see [`reveal_waiting`]), and server-rendered content that
/// streaming frameworks park in pieces, one `hidden` child of `<body>` per
/// piece, for scripts to move into place; so the `hidden` children of
/// `<body>` are weighed together.
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
    let mut parked = None;
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
        if (page.attr(i, "role") == Some("tabpanel")
            || is_disclosed(page, i)
            || follows_control(page, i)
            || page.attr(i, "id").is_some_and(|id| {
                toggled
                    .get_or_insert_with(|| toggled_panels(page))
                    .contains(id)
            }))
            && prose_under(i, &hidden) > 0
        {
            continue;
        }
        let streamed = page.attr(i, "hidden").is_some()
            && page.parent(i).is_some_and(|p| page.tag(p) == "body")
            && *parked.get_or_insert_with(|| {
                let body = page.parent(i).unwrap_or(0);
                let held: usize = page
                    .children(body)
                    .filter(|&c| page.attr(c, "hidden").is_some())
                    .map(|c| prose_under(c, &hidden))
                    .sum();
                2 * held > prose_under(0, &hidden)
            });
        hidden[i] = !streamed;
    }
    reveal_waiting(page, &mut hidden);
    hidden
}

/// Less prose than this in a hidden block is never a page waiting for its
/// scripts.
const MIN_WAITING_PROSE: usize = 200;

/// Shows the block a page keeps hidden (by `hidden` or an inline style)
/// until its scripts have run, when that block holds twice the prose of
/// everything the page shows: a store's product or a post sent with the
/// page and revealed once it has loaded, beside mega-menus hidden for
/// their own reasons. Only words outside links count, so a hidden menu or
/// directory of links never outweighs a page. Live pages are left to what
/// the browser drew.
///
/// The same holds for the page's main landmark hidden from screen readers
/// alone (`aria-hidden`), or a block around it hidden so, on live pages
/// too, where the browser still draws them: a page that opens a dialog (a
/// consent notice, a sign-up form) marks everything behind it so while the
/// dialog is open, the landmark itself, the root its scripts drew the page
/// in, or both. Other blocks hidden so are decoration, or copies kept out
/// of sight (a story drawn ahead for the reader's next scroll).
fn reveal_waiting(page: &Page, hidden: &mut [bool]) {
    let mut in_link = vec![false; page.len()];
    for j in 1..page.len() {
        in_link[j] = page.tag(j) == "a" || page.parent(j).is_some_and(|p| in_link[p]);
    }
    let prose = |j: NodeIdx| match page.text(j) {
        Some(text) if !in_link[j] => text_weight(text),
        _ => 0,
    };
    // Counted once, and only for a page with a hidden block long enough
    // to be waiting.
    let mut shown = None;
    // The largest such block, with what stays hidden inside it.
    let mut waiting: Option<(usize, NodeIdx, Vec<bool>)> = None;
    // Found once a block hidden from screen readers is met.
    let landmarks = OnceCell::new();
    // Hidden from screen readers, drawn where the page is live, and the
    // main landmark or a block around it: the page behind an open dialog.
    let behind_dialog = |j: NodeIdx| {
        page.attr(j, "aria-hidden") == Some("true")
            && page.signals(j).is_none_or(|drawn| drawn.visible)
            && {
                let marks = landmarks.get_or_init(|| main_landmarks(page));
                let block = page.subtree(j);
                let first = marks.partition_point(|&m| m < block.start);
                marks.get(first).is_some_and(|&m| m < block.end)
            }
    };
    // Hidden by the page's `hidden` or inline style (on a live page, what
    // the browser drew says whether that held).
    let hides_itself = |j: NodeIdx| {
        page.attr(j, "hidden").is_some() || page.attr(j, "style").is_some_and(style_hides)
    };
    let mut i = 1;
    while i < page.len() {
        if !hidden[i]
            || page.parent(i).is_some_and(|p| hidden[p])
            || !(behind_dialog(i) || (page.signals(i).is_none() && hides_itself(i)))
        {
            i += 1;
            continue;
        }
        let block = page.subtree(i);
        let mut inside = vec![false; block.len()];
        let mut held = 0;
        for j in block.clone().skip(1) {
            let parent = page.parent(j).filter(|&p| p != i);
            // A landmark marked behind the dialog inside a root marked so is
            // the page behind it too.
            inside[j - i] = parent.is_some_and(|p| inside[p - i])
                || is_non_content_tag(page.tag(j))
                || (is_hidden(page, j) && (hides_itself(j) || !behind_dialog(j)));
            if !inside[j - i] {
                held += prose(j);
            }
        }
        if held >= MIN_WAITING_PROSE
            && held
                > 2 * *shown.get_or_insert_with(|| {
                    (0..page.len())
                        .filter(|&j| !hidden[j])
                        .map(prose)
                        .sum::<usize>()
                })
            && waiting.as_ref().is_none_or(|w| held > w.0)
        {
            waiting = Some((held, i, inside));
        }
        i = block.end;
    }
    if let Some((_, i, inside)) = waiting {
        hidden[i..i + inside.len()].copy_from_slice(&inside);
    }
}

/// The page's main landmarks (see [`Page::is_main_region`]), in document
/// order.
fn main_landmarks(page: &Page) -> Vec<NodeIdx> {
    (1..page.len())
        .filter(|&j| page.is_main_region(j))
        .collect()
}

/// A button that is a heading's text and opens the panel below it, as
/// accordions set their questions: its words are the heading's, whether
/// the button is in the heading or the heading in the button. Some
/// accordions set the question in the button alone, with the answer right
/// after it.
fn is_heading_control(page: &Page, i: NodeIdx) -> bool {
    if page.tag(i) != "button" {
        return false;
    }
    let is_heading = |a: NodeIdx| {
        heading_level(page.tag(a)).is_some() || page.attr(a, "role") == Some("heading")
    };
    let in_heading = || {
        (page.attr(i, "aria-controls").is_some() || page.attr(i, "aria-expanded").is_some())
            && (page.ancestors(i).take(2).any(is_heading) || page.descendants(i).any(is_heading))
    };
    let over_answer = || {
        let question = page.text_content(i);
        question.trim_end().ends_with('?')
            && question.split_whitespace().count() >= QUESTION_WORDS
            && page
                .next_element(i)
                .is_some_and(|answer| page.subtree(answer).any(|d| page.tag(d) == "p"))
    };
    in_heading() || over_answer()
}

/// The fewest words of an accordion's question ("Is it safe?" is three).
const QUESTION_WORDS: usize = 3;

/// Whether `i` is what a disclosure (`<details>`) shows under its summary
/// when opened: folded, like an accordion's answer, however the page marks
/// it while closed (`aria-hidden`).
fn is_disclosed(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) != "summary" && page.parent(i).is_some_and(|p| page.tag(p) == "details")
}

/// Whether `i` comes right after a control that tells whether it is open
/// (`aria-expanded`), or after a block that only wraps one (a heading, one
/// or two levels up): an accordion's answer whose question names no panel
/// (`aria-controls`), the panel being the next block, where the ARIA
/// pattern places it.
fn follows_control(page: &Page, i: NodeIdx) -> bool {
    let mut wrapped = page.previous_element(i);
    for _ in 0..=CONTROL_WRAPPERS {
        let Some(e) = wrapped else {
            return false;
        };
        if page.attr(e, "aria-expanded").is_some() {
            return true;
        }
        wrapped = page.only_element_child(e);
    }
    false
}

/// How many blocks may wrap a control above its panel: a heading and a
/// box inside it.
const CONTROL_WRAPPERS: usize = 2;

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
/// its place. Where scripts run, the browser keeps the content as raw text
/// and draws none of it, though the element computes as `inline`: only a
/// `<noscript>` whose content was laid out as elements is drawn.
fn is_drawn_noscript(page: &Page, i: NodeIdx) -> bool {
    page.tag(i) == "noscript"
        && page.signals(i).is_some_and(|s| s.visible)
        && page.children(i).any(|c| page.element(c).is_some())
}

/// Whether element `i` itself is hidden, by attribute (`hidden`, a
/// `popover` the browser shows only when asked), inline style or, on a live
/// page, by what the browser drew.
pub(crate) fn is_hidden(page: &Page, i: NodeIdx) -> bool {
    let Some(element) = page.element(i) else {
        return false;
    };
    element.attrs.iter().any(|(name, value)| match &**name {
        "hidden" | "popover" => true,
        "aria-hidden" => &**value == "true",
        "style" => style_hides(value),
        _ => false,
    }) || page.signals(i).is_some_and(|s| !s.visible)
}

/// Whether element `i` of a page read from its HTML is the copy a page
/// makes for phones, which a desktop screen 1280 px wide does not draw:
/// hidden there by a framework's responsive classes (Tailwind's
/// `md:hidden`, Bootstrap's `d-lg-none`, Bootstrap 3's `visible-xs` and
/// `hidden-lg`). A live page's drawing says so itself. Of the classes that
/// apply at that width, the one for the widest screen decides (`md:hidden
/// xl:block` shows).
pub(crate) fn is_phone_copy(page: &Page, i: NodeIdx) -> bool {
    page.signals(i).is_none() && page.attr(i, "class").is_some_and(hidden_on_desktop)
}

/// Whether element `i` of a page read from its HTML is text for screen
/// readers alone, hidden from the eye by a class made for it (see
/// [`SCREEN_READER_CLASSES`]). On a live page the browser's drawing says
/// so itself (a box of one pixel, clipped).
pub(crate) fn is_screen_reader_only(page: &Page, i: NodeIdx) -> bool {
    page.signals(i).is_none()
        && page
            .attr(i, "class")
            .is_some_and(|class| class.split_ascii_whitespace().any(names_screen_reader_text))
}

/// Whether class `token` ends in one of [`SCREEN_READER_CLASSES`] from one
/// of its parts, perhaps with `focusable` after it.
fn names_screen_reader_text(token: &str) -> bool {
    let mut parts = std::iter::once(0).chain(token.match_indices(['-', '_']).map(|(k, _)| k + 1));
    parts.any(|k| {
        SCREEN_READER_CLASSES.iter().any(|name| {
            let mut rest = token[k..]
                .chars()
                .filter(|c| !matches!(c, '-' | '_'))
                .map(|c| c.to_ascii_lowercase());
            name.chars().all(|c| rest.next() == Some(c))
                && (rest.clone().next().is_none() || rest.eq("focusable".chars()))
        })
    })
}

fn hidden_on_desktop(class: &str) -> bool {
    // (breakpoint rank, hidden) of the deciding class so far.
    let mut decided: Option<(u8, bool)> = None;
    for token in class.split_ascii_whitespace() {
        let Some((rank, hidden)) = responsive_display(token) else {
            continue;
        };
        if decided.is_none_or(|(r, _)| rank >= r) {
            decided = Some((rank, hidden));
        }
    }
    decided.is_some_and(|(_, hidden)| hidden)
}

/// The breakpoint a responsive display class applies from (its rank, up
/// to the widest that a desktop screen reaches), and whether it hides.
fn responsive_display(token: &str) -> Option<(u8, bool)> {
    const DISPLAYS: &[&str] = &[
        "block",
        "inline",
        "inline-block",
        "flex",
        "inline-flex",
        "grid",
        "inline-grid",
        "table",
        "table-cell",
        "table-row",
        "contents",
        "flow-root",
    ];
    let rank = |breakpoint: &str| match breakpoint {
        "sm" => Some(1),
        "md" => Some(2),
        "lg" => Some(3),
        "xl" => Some(4),
        _ => None,
    };
    let responsive = |breakpoint: &str, display: &str, none: &str| {
        let hidden = display == none;
        if !hidden && !DISPLAYS.contains(&display) {
            return None;
        }
        Some((rank(breakpoint)?, hidden))
    };
    if let Some((breakpoint, display)) = token.split_once(':') {
        return responsive(breakpoint, display, "hidden");
    }
    if let Some((breakpoint, display)) = token.strip_prefix("d-").and_then(|t| t.split_once('-')) {
        return responsive(breakpoint, display, "none");
    }
    // Bootstrap 3: a desktop screen is its widest class, `lg`.
    match token {
        "hidden-lg" => Some((3, true)),
        "visible-xs" | "visible-sm" | "visible-md" => Some((3, true)),
        _ if token.starts_with("visible-xs-")
            || token.starts_with("visible-sm-")
            || token.starts_with("visible-md-") =>
        {
            Some((3, true))
        }
        _ => None,
    }
}

/// Whether an inline style hides its element.
fn style_hides(style: &str) -> bool {
    declarations(style).any(|declaration| {
        sets(declaration, "display", "none") || sets(declaration, "visibility", "hidden")
    })
}

/// Whether a declaration of an inline style (see [`declarations`]) sets
/// `property` to `value`, in any case, `!important` or not.
pub(crate) fn sets((name, declared): (&str, &str), property: &str, value: &str) -> bool {
    name.eq_ignore_ascii_case(property)
        && declared
            .trim_end_matches("!important")
            .trim()
            .eq_ignore_ascii_case(value)
}

/// The declarations of an inline style, as property and value, each
/// trimmed.
pub(crate) fn declarations(style: &str) -> impl Iterator<Item = (&str, &str)> {
    style
        .split(';')
        .filter_map(|declaration| declaration.split_once(':'))
        .map(|(property, value)| (property.trim(), value.trim()))
}

#[cfg(test)]
mod tests {
    use super::{hidden, hidden_on_desktop};
    use crate::page::{Page, Signals, Snapshot, SnapshotNode};

    /// An element of a live snapshot, drawn or not.
    fn element(parent: Option<u32>, tag: &str, visible: bool) -> SnapshotNode {
        SnapshotNode {
            parent,
            tag: Some(tag.to_string()),
            signals: Some(Signals {
                visible,
                ..Signals::default()
            }),
            ..SnapshotNode::default()
        }
    }

    /// `<html><body><noscript><p>text</p></noscript></body></html>` as a
    /// live snapshot, with the `<noscript>` drawn or not.
    fn live_noscript(drawn: bool) -> Page {
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

    /// Responsive classes hide what a desktop screen does not draw: a
    /// phone's copy; what a wider breakpoint shows again, or a class that
    /// hides on every screen until a script acts, is not taken for one.
    #[test]
    fn phone_copies_are_hidden_on_desktop() {
        for class in [
            "flex md:hidden",
            "d-block d-lg-none",
            "visible-xs",
            "visible-sm-block",
            "hidden-lg",
            "lg:hidden sm:block",
        ] {
            assert!(hidden_on_desktop(class), "{class}");
        }
        for class in [
            "hidden md:block",
            "md:hidden xl:block",
            "d-none d-md-block",
            "hidden",
            "d-none",
            "hidden-md",
            "2xl:hidden",
            "sm:hidden-text",
        ] {
            assert!(!hidden_on_desktop(class), "{class}");
        }
    }

    /// Text for screen readers alone is no text a reader of the page sees:
    /// a caption's "Credit" label, a link's "(opens in a new tab)".
    #[test]
    fn text_for_screen_readers_alone_is_not_read() {
        let prose = "A sentence of the story, long enough to be read as the article's own. ";
        let html = format!(
            "<html><body><article><h1>The harbour</h1><p>{prose}{prose}</p>\
             <figure><img src=\"/harbour.jpg\" alt=\"\"><figcaption>The harbour at dawn. \
             <span class=\"visually-hidden\">Credit</span><span>Ann Lee</span></figcaption></figure>\
             <p>{prose} See <a href=\"/tides\">the tide tables<span class=\"sr-only\"> (opens in a new \
             tab)</span></a>.</p><p>{prose}{prose}</p></article></body></html>"
        );
        let text = crate::extract(&html, &crate::Options::default())
            .unwrap()
            .text;
        assert!(text.contains("The harbour at dawn. Ann Lee"), "{text}");
        assert!(text.contains("See the tide tables."), "{text}");
        let page = Page::parse(
            "<p class=\"sr-only-focusable x\">Skip</p><p class=\"sr-only-ish\">Stay</p>\
             <p class=\"css-1f39n02-VisuallyHidden\">Caption</p><p class=\"u-srOnly\">Starter</p>\
             <p class=\"visually-hidden-text\">Kept</p><p class=\"notsr-only\">Seen</p>",
            None,
        );
        let paragraph = |words: &str| {
            (0..page.len())
                .find(|&i| page.tag(i) == "p" && page.text_content(i) == words)
                .unwrap()
        };
        assert!(super::is_screen_reader_only(&page, paragraph("Skip")));
        assert!(!super::is_screen_reader_only(&page, paragraph("Stay")));
        assert!(super::is_screen_reader_only(&page, paragraph("Caption")));
        assert!(super::is_screen_reader_only(&page, paragraph("Starter")));
        assert!(!super::is_screen_reader_only(&page, paragraph("Kept")));
        assert!(!super::is_screen_reader_only(&page, paragraph("Seen")));
    }

    #[test]
    fn a_noscript_the_browser_drew_is_content() {
        let text = 5;
        assert!(!hidden(&live_noscript(true))[text]);
        assert!(hidden(&live_noscript(false))[text]);
        // Where scripts run, the browser keeps the content as raw text,
        // draws none of it, and still computes the element as `inline`.
        let nodes = vec![
            element(None, "body", true),
            element(Some(0), "noscript", true),
            SnapshotNode {
                parent: Some(1),
                text: Some("<img src=\"ferry.jpg\">".to_string()),
                ..SnapshotNode::default()
            },
        ];
        let page = Page::from_snapshot(&Snapshot { url: None, nodes }).unwrap();
        assert!(hidden(&page)[3]);
    }

    /// The first text node holding `needle`, hidden or not.
    fn hidden_text(html: &str, needle: &str) -> bool {
        let page = Page::parse(html, None);
        let text = (0..page.len())
            .find(|&i| page.text(i).is_some_and(|t| t.contains(needle)))
            .unwrap();
        hidden(&page)[text]
    }

    #[test]
    fn a_page_waiting_for_its_scripts_is_read() {
        let prose = "A sentence of the product's description, long enough to read. ".repeat(6);
        let html = format!(
            "<body><p>Free delivery</p><div style=\"display:none\"><h1>Flask</h1><p>{prose}</p>\
             <div style=\"display:none\">Pick a size</div></div>"
        );
        assert!(!hidden_text(&html, "description"));
        assert!(hidden_text(&html, "Pick a size"));
        // Shown prose half as long as the hidden block's keeps it hidden.
        let shown = "Shown words that a reader can see on the page. ".repeat(5);
        let html = html.replace("Free delivery", &shown);
        assert!(hidden_text(&html, "description"));
    }

    /// The page's main landmark, or a block around it, marked `aria-hidden`
    /// behind an open dialog, is read, parsed or live; another block marked
    /// so, however long, is not, and neither is one the browser does not
    /// draw.
    #[test]
    fn the_page_behind_a_dialog_is_read() {
        let prose = "A sentence of the story behind the notice, long enough to read. ".repeat(6);
        let html = format!(
            "<body><section class=\"notice\"><p>We use cookies.</p></section>\
             <main aria-hidden=\"true\"><p>{prose}</p></main>"
        );
        assert!(!hidden_text(&html, "behind the notice"));
        let around = html
            .replace(
                "<main aria-hidden=\"true\">",
                "<div id=\"app\" aria-hidden=\"true\"><main>",
            )
            .replace("</main>", "</main></div>");
        assert!(!hidden_text(&around, "behind the notice"));
        let both = html.replace(
            "<main aria-hidden=\"true\">",
            "<div id=\"app\" aria-hidden=\"true\"><main aria-hidden=\"true\">",
        );
        assert!(!hidden_text(&both, "behind the notice"));
        let elsewhere = html.replace("<main", "<div").replace("</main>", "</div>");
        assert!(hidden_text(&elsewhere, "behind the notice"));
        let live = |drawn: bool| {
            let mut main = element(Some(1), "main", drawn);
            main.attrs = vec![("aria-hidden".to_string(), "true".to_string())];
            let nodes = vec![
                element(None, "html", true),
                element(Some(0), "body", true),
                main,
                element(Some(2), "p", drawn),
                SnapshotNode {
                    parent: Some(3),
                    text: Some(prose.clone()),
                    ..SnapshotNode::default()
                },
            ];
            let page = Page::from_snapshot(&Snapshot { url: None, nodes }).unwrap();
            hidden(&page)[5]
        };
        assert!(!live(true));
        assert!(live(false));
    }

    #[test]
    fn a_hidden_menu_is_not_a_waiting_page() {
        let links = "<a href=\"/c\">A category of the store</a> ".repeat(40);
        let html = format!("<body><p>Free delivery</p><div style=\"display:none\">{links}</div>");
        assert!(hidden_text(&html, "category"));
    }

    #[test]
    fn a_parsed_noscript_is_not() {
        let page = Page::parse("<body><noscript><p>Enable scripts.</p></noscript>", None);
        let text = (0..page.len()).find(|&i| page.text(i).is_some()).unwrap();
        assert!(hidden(&page)[text]);
    }
}
