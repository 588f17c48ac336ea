//! The plan as the live page needs it: node indices of the snapshot, reasons,
//! metadata and the rendered article for the reader's header and tools.

use crate::page::{NodeIdx, Page};
use crate::plan::{Reason, Removal};
use crate::render::Article;
use crate::{Metadata, Options};
use serde::Serialize;
use wasm_bindgen::JsValue;

/// Converts to plain JavaScript objects (not `Map`s).
pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| super::errors::to_js_error("serialize", &e.to_string()))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LivePlan {
    /// `false` when the page has no article; nothing else is then set.
    found: bool,
    content: Vec<usize>,
    removals: Vec<LiveRemoval>,
    outside: Vec<LiveRemoval>,
    metadata: Option<Metadata>,
    article: Option<Article>,
}

#[derive(Serialize)]
struct LiveRemoval {
    node: usize,
    reason: Reason,
    label: &'static str,
}

/// Snapshot node `i` is page node `i + 1`; the document has no snapshot index.
fn snapshot_index(node: NodeIdx) -> usize {
    node - 1
}

impl LivePlan {
    pub fn new(page: &Page, options: &Options) -> LivePlan {
        let convert = |removals: &[Removal]| {
            removals
                .iter()
                .map(|r| LiveRemoval {
                    node: snapshot_index(r.node),
                    reason: r.reason,
                    label: r.reason.label(),
                })
                .collect()
        };
        match crate::plan(page, options) {
            Ok(plan) => LivePlan {
                found: true,
                content: plan.content.iter().map(|&c| snapshot_index(c)).collect(),
                removals: convert(&plan.removals),
                outside: convert(&plan.outside),
                article: Some(crate::render::article(page, &plan)),
                metadata: Some(plan.metadata),
            },
            Err(_) => LivePlan {
                found: false,
                content: Vec::new(),
                removals: Vec::new(),
                outside: Vec::new(),
                metadata: None,
                article: None,
            },
        }
    }
}
