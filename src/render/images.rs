//! The real address of an image. Pages load images lazily: the `src` is a
//! placeholder and the picture waits in `data-src`, `data-srcset`, a
//! `<picture>`'s `<source>` or a `<noscript>` copy.

use super::address::{web_address, Kind};
use crate::page::{NodeIdx, Page};

const SRC_ATTRS: &[&str] = &[
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-orig-file",
    "data-url",
    "data-hi-res-src",
    "data-lazy",
    "src",
];
const SRCSET_ATTRS: &[&str] = &["data-srcset", "data-lazy-srcset", "srcset"];

/// The image's address and `srcset`, made absolute, or `None` when it has no
/// picture on the web. (Inline `data:` pictures are placeholders, or too
/// large to carry in a reader's copy.)
pub fn image_source(page: &Page, img: NodeIdx) -> Option<(String, Option<String>)> {
    let real = |v: &&str| {
        let v = v.trim();
        !v.is_empty() && !v.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("data:"))
    };
    let mut src = SRC_ATTRS
        .iter()
        .filter_map(|a| page.attr(img, a))
        .find(real)
        .map(str::to_string);
    let mut srcset = SRCSET_ATTRS
        .iter()
        .filter_map(|a| page.attr(img, a))
        .find(real)
        .map(str::to_string)
        .or_else(|| picture_srcset(page, img));
    if src.is_none() {
        if let Some((s, set)) = noscript_copy(page, img) {
            src = Some(s);
            srcset = srcset.or(set);
        }
    }
    let src = src.or_else(|| srcset.as_deref().and_then(first_candidate))?;
    Some((
        web_address(page, &src, Kind::Resource)?,
        srcset
            .map(|s| web_srcset(page, &s))
            .filter(|s| !s.is_empty()),
    ))
}

fn picture_srcset(page: &Page, img: NodeIdx) -> Option<String> {
    let picture = page.parent(img).filter(|&p| page.tag(p) == "picture")?;
    page.children(picture)
        .filter(|&c| page.tag(c) == "source")
        .find_map(|c| SRCSET_ATTRS.iter().find_map(|a| page.attr(c, a)))
        .map(str::to_string)
}

/// An `<img>` inside the `<noscript>` that follows a lazy image.
fn noscript_copy(page: &Page, img: NodeIdx) -> Option<(String, Option<String>)> {
    let mut next = page.node(img).next_sibling;
    while let Some(n) = next {
        match page.tag(n) {
            "noscript" => {
                let markup = page.text_content(n);
                let fragment = Page::parse(&markup, None);
                let inner = fragment.find("img")?;
                let src = fragment.attr(inner, "src")?.to_string();
                return Some((src, fragment.attr(inner, "srcset").map(str::to_string)));
            }
            "" if page.text(n).is_some_and(|t| t.trim().is_empty()) => {
                next = page.node(n).next_sibling
            }
            _ => return None,
        }
    }
    None
}

fn first_candidate(srcset: &str) -> Option<String> {
    srcset
        .split(',')
        .next()
        .and_then(|c| c.split_whitespace().next())
        .map(str::to_string)
}

/// The `srcset` with web addresses only, made absolute.
fn web_srcset(page: &Page, srcset: &str) -> String {
    srcset
        .split(',')
        .filter_map(|candidate| {
            let mut parts = candidate.split_whitespace();
            let url = web_address(page, parts.next()?, Kind::Resource)?;
            let descriptor: Vec<&str> = parts.collect();
            Some(if descriptor.is_empty() {
                url
            } else {
                format!("{url} {}", descriptor.join(" "))
            })
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A 1×1 or 2×2 image: a tracking pixel, never part of the article.
pub(crate) fn is_tracking_pixel(page: &Page, img: NodeIdx) -> bool {
    declares_side(page, img, |v| v <= 2.0)
}

/// Whether image `img` declares a `width` or `height` (in pixels) that
/// passes `test`.
pub(crate) fn declares_side(page: &Page, img: NodeIdx, test: impl Fn(f32) -> bool) -> bool {
    ["width", "height"]
        .iter()
        .any(|a| page.attr(img, a).and_then(pixels).is_some_and(&test))
}

/// An image's `width` or `height` in CSS pixels ("16", "16px", "16.0");
/// `None` for a percentage or anything else.
pub(crate) fn pixels(value: &str) -> Option<f32> {
    let number = value.trim().trim_end_matches("px").parse::<f32>().ok()?;
    number.is_finite().then_some(number)
}
