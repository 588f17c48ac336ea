//! The plan as the live page needs it: node indices of the snapshot, reasons,
//! metadata and the rendered article for the reader's header and tools.

use crate::page::{NodeIdx, Page};
use crate::plan::{left_out, Plan, Reason, Removal};
use crate::render::{
    blank_blocks, image_source, layout_parts, prose_headings, text_containers, web_address,
    AddressKind, Article,
};
use crate::{Fixes, Metadata, Options};
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
    images: Vec<LiveImage>,
    /// Tables used for layout in the article, their rows and cells, and the
    /// quotation blocks that frame posts (`Plan::frames`): set as plain
    /// blocks while reading, as the rendered article unwraps them.
    layout: Vec<usize>,
    /// Blocks of the article that show nothing (see [`blank_blocks`]):
    /// set aside while reading.
    blank: Vec<usize>,
    /// Containers with a line of their own (see [`text_containers`]):
    /// spaced as paragraphs while reading.
    lines: Vec<usize>,
    /// Headings that read as paragraphs (see [`prose_headings`]): set as
    /// text while reading.
    prose: Vec<usize>,
}

/// An article image still showing its placeholder, with the picture it
/// waits to load (`data-src`, a `<picture>`'s source, a `<noscript>` copy):
/// the page's lazy loader may never run while reading, so the reader shows
/// the real picture.
#[derive(Serialize)]
struct LiveImage {
    node: usize,
    src: String,
    srcset: Option<String>,
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

/// The page node of snapshot node `i`.
pub(crate) fn page_index(i: usize) -> NodeIdx {
    i.saturating_add(1)
}

/// Options from JavaScript for a snapshot, whose fixes and pointed-at
/// article name snapshot indices; the plan takes page indices.
pub(crate) fn read_live_options(options: JsValue) -> Result<Options, JsValue> {
    let mut options = super::read_options(options)?;
    options.fixes = to_page_indices(options.fixes);
    options.article = options.article.map(page_index);
    Ok(options)
}

/// Fixes from JavaScript (`{ keep, remove }`, snapshot indices).
pub(crate) fn read_live_fixes(fixes: JsValue) -> Result<Fixes, JsValue> {
    let fixes = serde_wasm_bindgen::from_value(fixes)
        .map_err(|e| super::errors::to_js_error("options", &e.to_string()))?;
    Ok(to_page_indices(fixes))
}

fn to_page_indices(mut fixes: Fixes) -> Fixes {
    for list in [&mut fixes.keep, &mut fixes.remove] {
        for i in list.iter_mut() {
            *i = page_index(*i);
        }
    }
    fixes
}

impl LivePlan {
    /// Whether the page has an article.
    pub fn found(&self) -> bool {
        self.found
    }

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
                images: lazy_images(page, &plan),
                layout: layout_parts(page, &plan.content)
                    .into_iter()
                    .chain(plan.frames.iter().copied())
                    .map(snapshot_index)
                    .collect(),
                blank: blank_blocks(page, &plan.content)
                    .into_iter()
                    .map(snapshot_index)
                    .collect(),
                lines: text_containers(page, &plan.content)
                    .into_iter()
                    .map(snapshot_index)
                    .collect(),
                prose: prose_headings(page, &plan.content)
                    .into_iter()
                    .map(snapshot_index)
                    .collect(),
                metadata: Some(plan.metadata),
            },
            Err(_) => LivePlan {
                found: false,
                content: Vec::new(),
                removals: Vec::new(),
                outside: Vec::new(),
                metadata: None,
                article: None,
                images: Vec::new(),
                layout: Vec::new(),
                blank: Vec::new(),
                lines: Vec::new(),
                prose: Vec::new(),
            },
        }
    }
}

/// The article's images, outside the blocks it leaves out, whose real
/// picture is not the one their `src` shows.
fn lazy_images(page: &Page, plan: &Plan) -> Vec<LiveImage> {
    page.in_subtrees(&plan.content)
        .filter(|&i| page.tag(i) == "img" && !left_out(page, &plan.removals, i))
        .filter_map(|i| {
            let (src, srcset) = image_source(page, i)?;
            let shown = page
                .attr(i, "src")
                .and_then(|s| web_address(page, s, AddressKind::Resource));
            (shown.as_deref() != Some(src.as_str())).then(|| LiveImage {
                node: snapshot_index(i),
                src,
                srcset,
            })
        })
        .collect()
}
