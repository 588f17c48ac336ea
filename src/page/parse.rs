//! HTML text to a [`Page`], through scraper's html5ever tree.

use super::{Builder, Element, Page};
use ego_tree::iter::Edge;
use scraper::{Html, Node};
use url::Url;

pub(super) fn parse(html: &str, url: Option<Url>) -> Page {
    let document = Html::parse_document(html);
    let base = base_url(&document, url);
    let mut builder = Builder::new();
    for edge in document.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    builder.open(
                        Element {
                            name: e.name.local.clone(),
                            attrs: e
                                .attrs
                                .iter()
                                .map(|(name, value)| (name.local.clone(), value.to_string()))
                                .collect(),
                        },
                        None,
                    );
                }
                Node::Text(t) => builder.text(&t.text),
                _ => {}
            },
            Edge::Close(node) => {
                if node.value().is_element() {
                    builder.close();
                }
            }
        }
    }
    builder.finish(base)
}

/// The page URL, moved by a `<base href>` when the page has one: relative links
/// in the article resolve against it, as they do in a browser.
fn base_url(document: &Html, url: Option<Url>) -> Option<Url> {
    let Some(href) = document
        .tree
        .root()
        .descendants()
        .filter_map(|n| n.value().as_element())
        .find(|e| &*e.name.local == "base" && e.attr("href").is_some())
        .and_then(|e| e.attr("href"))
    else {
        return url;
    };
    let joined = match &url {
        Some(u) => u.join(href).ok(),
        None => Url::parse(href).ok(),
    };
    match joined {
        Some(b) if matches!(b.scheme(), "http" | "https" | "file") => Some(b),
        _ => url,
    }
}
