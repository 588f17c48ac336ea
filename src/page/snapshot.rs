//! A live document, flattened in one walk by the page's own JavaScript, to a
//! [`Page`]. Crossing from JS to wasm once with the whole tree is far cheaper
//! than one call per node, and the same flat form can be posted to an
//! extension's service worker when the page forbids WebAssembly.

use super::{Builder, Element, NodeKind, Page, Signals, MAX_DEPTH};
use crate::Error;
use html5ever::tendril::StrTendril;
use html5ever::LocalName;
use serde::{Deserialize, Serialize};
use url::Url;

/// The live DOM in document order. Node `i` of the snapshot becomes node
/// `i + 1` of the page (node 0 is the document), so a plan's node indices map
/// straight back to the live nodes the walk collected.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Snapshot {
    pub url: Option<String>,
    pub nodes: Vec<SnapshotNode>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SnapshotNode {
    /// Snapshot index of the parent; `None` for children of the document.
    pub parent: Option<u32>,
    /// Element name in lower case; `None` for a text node.
    pub tag: Option<String>,
    #[serde(default)]
    pub attrs: Vec<(String, String)>,
    /// Text of a text node.
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub signals: Option<Signals>,
}

impl Page {
    /// Builds a page from a live snapshot. Fails only when the snapshot is not
    /// in document order (a parent that comes after its child).
    pub fn from_snapshot(snapshot: &Snapshot) -> Result<Page, Error> {
        let url = snapshot.url.as_deref().and_then(|u| Url::parse(u).ok());
        let mut builder = Builder::with_capacity(snapshot.nodes.len() + 1);
        // Each page node's depth and parent, to keep to the nesting limit:
        // an element below one at the limit goes beside it, as the parser
        // puts it. Text stays in its element while that is open, and goes
        // beside it too once an element set beside it has closed it. The
        // order of the nodes stays the snapshot's.
        let mut depth = vec![0u32; snapshot.nodes.len() + 1];
        let mut parent_of = vec![0; snapshot.nodes.len() + 1];
        for (i, node) in snapshot.nodes.iter().enumerate() {
            let named = node.parent.map_or(0, |p| p as usize + 1);
            if named > i {
                return Err(out_of_order(i, named));
            }
            let parent =
                if depth[named] < MAX_DEPTH || (node.tag.is_none() && builder.close_to(named)) {
                    named
                } else {
                    parent_of[named]
                };
            if !builder.close_to(parent) {
                return Err(out_of_order(i, named));
            }
            depth[i + 1] = depth[parent] + 1;
            parent_of[i + 1] = parent;
            match &node.tag {
                Some(tag) => {
                    builder.open(
                        Element {
                            name: LocalName::from(tag.to_ascii_lowercase()),
                            attrs: node
                                .attrs
                                .iter()
                                .map(|(n, v)| {
                                    (LocalName::from(n.as_str()), StrTendril::from(v.as_str()))
                                })
                                .collect(),
                        },
                        node.signals,
                    );
                }
                None => {
                    let idx = builder.push(
                        NodeKind::Text(StrTendril::from(node.text.as_deref().unwrap_or(""))),
                        None,
                    );
                    debug_assert_eq!(idx, i + 1);
                }
            }
        }
        Ok(builder.finish(url))
    }
}

fn out_of_order(node: usize, parent: usize) -> Error {
    Error::Snapshot(format!(
        "node {node} names parent {parent} out of document order"
    ))
}

#[cfg(test)]
mod tests {
    use super::Snapshot;
    use crate::{plan, Options, Page};

    /// The WebAssembly module's warm-up sample (`src/web/warm_up.json`, see
    /// `warmUp`) still reads as a snapshot and plans to its article: a
    /// change to the snapshot's format has to take the sample again.
    #[test]
    fn the_warm_up_sample_plans_to_its_article() {
        let snapshot: Snapshot = serde_json::from_str(include_str!("../web/warm_up.json")).unwrap();
        let page = Page::from_snapshot(&snapshot).unwrap();
        let plan = plan(&page, &Options::default()).unwrap();
        assert_eq!(
            plan.metadata.title.as_deref(),
            Some("Closed for the holidays")
        );
        assert!(page
            .text_content(plan.content[0])
            .contains("opens again on 5 January"));
    }
}
