//! readmode finds the article on a web page and sets it for reading.
//!
//! The crate has one shape on every platform:
//!
//! ```text
//! HTML text ──parse────▶ Page ──plan──▶ Plan ──render─▶ HTML / text / Markdown / JSON
//! live DOM ──snapshot──▶ Page ──plan──▶ Plan ──apply──▶ reader view, in place, reversible
//! ```
//!
//! * [`Page`] is the document as a flat arena in document order, optionally
//!   carrying what only a rendered page knows (visibility, boxes, fonts).
//! * [`plan()`] decides, in pure Rust, which subtrees are the article and why
//!   every other block goes ([`Plan`], [`Reason`]). The browser and the
//!   command line run the same function, so they find the same article.
//! * [`render`] turns a plan into an [`Article`]: sanitized HTML, plain text,
//!   Markdown and metadata. The live page applies the plan instead (see the
//!   `web` module, compiled for `wasm32` only).
//!
//! Word lists and weights live in [`heuristics`]; nothing in the crate names a
//! particular site.

mod decode;
mod error;
pub mod heuristics;
pub mod metadata;
mod options;
pub mod page;
pub mod plan;
pub mod quality;
pub mod render;
mod sniff;

#[cfg(target_arch = "wasm32")]
mod web;

pub use decode::decode;
pub use error::{Error, ErrorKind};
pub use metadata::Metadata;
pub use options::{Fixes, Options};
pub use page::Page;
pub use plan::{plan, Plan, Reason, Removal};
pub use render::{Article, RemovedBlock};
#[cfg(target_arch = "wasm32")]
pub use web::{warm_up, Reader};

/// Parses `html` and returns its article, or [`Error::NoArticle`], or
/// [`Error::NotHtml`] for a document of another format (a PDF, JSON, a feed).
pub fn extract(html: &str, options: &Options) -> Result<Article, Error> {
    let (page, plan) = read(html, options)?;
    Ok(render::article(&page, &plan))
}

/// Parses `html` and plans it: the page and the decision, for rendering.
/// A page that shows no article but declares one's text in its schema.org
/// data (an app whose scripts were to draw it) is read from that text.
pub fn read(html: &str, options: &Options) -> Result<(Page, Plan), Error> {
    sniff::refuse_other_formats(html)?;
    let page = parse(html, options);
    match plan(&page, options) {
        Err(Error::NoArticle) => {
            let page = declared_article(&page).ok_or(Error::NoArticle)?;
            let plan = plan(&page, options)?;
            Ok((page, plan))
        }
        planned => planned.map(|plan| (page, plan)),
    }
}

/// `page` with the article its schema.org data declares, when that is an
/// article's length: its markup, or its text a paragraph a line.
fn declared_article(page: &Page) -> Option<Page> {
    let body = metadata::declared_body(page)?;
    let has_markup = body
        .match_indices('<')
        .any(|(at, _)| body[at + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'));
    if has_markup {
        return page.with_article(&body);
    }
    let mut paragraphs = String::new();
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        paragraphs.push_str("<p>");
        render::escape_html(&mut paragraphs, line);
        paragraphs.push_str("</p>");
    }
    page.with_article(&paragraphs)
}

/// Like [`extract`], from bytes in any charset the page declares.
pub fn extract_bytes(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    extract(&decode(bytes)?, options)
}

/// Parses `html` against the URL in `options`.
pub fn parse(html: &str, options: &Options) -> Page {
    let url = options.url.as_deref().and_then(|u| url::Url::parse(u).ok());
    Page::parse(html, url)
}
