//! The WebAssembly face of the crate: a thin binding layer over the same
//! `extract` and `plan` the command line uses.
//!
//! Reading the live DOM and changing it is done by `live.js` (the page's
//! own JavaScript), called once to snapshot and once to apply: one crossing
//! each way instead of one per node. The same file runs in an extension's
//! content script when a page's Content Security Policy forbids WebAssembly
//! there; the decisions then come from this module running in the service
//! worker, so there is one source of truth for what is article.

mod errors;
mod live;
mod reader;
mod utf8;

pub use reader::Reader;

use crate::page::Snapshot;
use crate::{Options, Page};
use errors::{to_js_error, NoArticle};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
export interface ExtractOptions {
  url?: string; strictness?: number;
  /** Snapshot indices (in `planSnapshot`) the reader kept or removed. */
  fixes?: { keep: number[]; remove: number[] };
  /** The snapshot index (in `planSnapshot`) of the block the reader
   * pointed at as the article: the text they selected. */
  article?: number;
}
export interface Article {
  title?: string; byline?: string; published?: string; site_name?: string;
  lang?: string; dir?: string; excerpt?: string; lead_image?: string;
  /** The sentence or two under the headline, outside the body; paragraphs
   * a blank line apart. */
  standfirst?: string;
  html: string; text: string; markdown: string; word_count: number; reading_minutes: number;
}
export interface NoArticle { noArticle: true; message: string }
export interface ReaderSettings {
  theme?: "light" | "dark" | "sepia" | "system"; font?: "serif" | "sans";
  size?: number; width?: number; lineHeight?: number;
  /** Extra space between letters and between words, in em. */
  letterSpacing?: number; wordSpacing?: number;
  align?: "start" | "justify";
  /** How fast the article is read aloud: 1 is the voice's own pace. */
  rate?: number;
  strictness?: number;
}
/** A site's fixes: CSS selectors of blocks to keep and to remove. */
export interface Rules { keep: string[]; remove: string[] }
export interface ReaderHooks {
  rules?: Rules;
  onSettingsChange?: (settings: ReaderSettings) => void;
  onRulesChange?: (rules: Rules) => void;
}
"#;

/// Extracts the article from HTML text: an `Article`, or `{ noArticle: true }`.
/// Other failures throw an `Error` whose `kind` names them.
#[wasm_bindgen(js_name = extract, unchecked_return_type = "Article | NoArticle")]
pub fn extract_js(
    #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ExtractOptions | undefined")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let html = read_html(&html)?;
    let options = read_options(options)?;
    match crate::extract(&html, &options) {
        Ok(article) => live::to_js(&article),
        Err(crate::Error::NoArticle) => live::to_js(&NoArticle::new()),
        Err(e) => Err(errors::from_error(&e)),
    }
}

/// Like `extract`, with every removed block and its reason:
/// `{ article, removed: [{ reason, label, excerpt }] }`, for the playground
/// and for bug reports.
#[wasm_bindgen(js_name = extractExplained)]
pub fn extract_explained(
    #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let html = read_html(&html)?;
    let options = read_options(options)?;
    match crate::read(&html, &options) {
        Ok((page, plan)) => live::to_js(&Explained {
            article: crate::render::article(&page, &plan),
            removed: crate::render::removed(&page, &plan),
        }),
        Err(crate::Error::NoArticle) => live::to_js(&NoArticle::new()),
        Err(e) => Err(errors::from_error(&e)),
    }
}

#[derive(serde::Serialize)]
struct Explained {
    article: crate::Article,
    removed: Vec<crate::RemovedBlock>,
}

/// Plans a live-page snapshot (see `live.js`): the decisions that the
/// extension's service worker hands back to a content script that cannot
/// run WebAssembly itself. `options.fixes` names snapshot indices.
///
/// The snapshot crosses as one JSON string: far cheaper than reading a
/// JavaScript object node by node, and the form a message between an
/// extension's content script and its service worker carries anyway.
#[wasm_bindgen(js_name = planSnapshot)]
pub fn plan_snapshot(
    #[wasm_bindgen(unchecked_param_type = "string")] snapshot_json: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let snapshot_json = utf8::read_string(&snapshot_json)
        .ok_or_else(|| to_js_error("snapshot", "the snapshot must be a string"))?;
    let options = live::read_live_options(options)?;
    live::to_js(&live_plan(&snapshot_json, &options)?)
}

/// The plan of a snapshot given as `live.js` writes it.
fn live_plan(snapshot_json: &str, options: &Options) -> Result<live::LivePlan, JsValue> {
    let snapshot: Snapshot =
        serde_json::from_str(snapshot_json).map_err(|e| to_js_error("snapshot", &e.to_string()))?;
    let page = Page::from_snapshot(&snapshot).map_err(|e| errors::from_error(&e))?;
    Ok(live::LivePlan::new(&page, options))
}

/// Plans a small page of the project's own, as `planSnapshot` plans a
/// reader's, so that the browser has compiled the planner before a reader's
/// page arrives: it compiles each function of a WebAssembly module the
/// first time it is called and runs it unoptimized for a while, which made
/// the first plan of the demo page 100–160 ms against 20–40 ms after this.
/// The extension's worker calls it on a click, while the page's snapshot
/// is being taken; a page can call it once idle after `init()`. `true`
/// when the sample was planned to its article (`false` would mean that
/// it no longer fits the snapshot's format).
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up() -> bool {
    live_plan(WARM_UP, &Options::default())
        .is_ok_and(|plan| plan.found() && live::to_js(&plan).is_ok())
}

/// The sample `warmUp` plans: `tests/golden/short.html` as `live.js`
/// snapshots it in Chromium (`node tests/support/snapshot.mjs
/// tests/golden/short.html > src/web/warm_up.json`).
const WARM_UP: &str = include_str!("warm_up.json");

/// The page's HTML a caller passed; a typed error of kind `input` when it
/// is not a string.
fn read_html(html: &JsValue) -> Result<String, JsValue> {
    utf8::read_string(html).ok_or_else(|| to_js_error("input", "the page's HTML must be a string"))
}

fn read_options(options: JsValue) -> Result<Options, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    serde_wasm_bindgen::from_value(options).map_err(|e| to_js_error("options", &e.to_string()))
}

/// Word 4-shingle precision and recall of `extracted` against `gold`, as
/// `{ precision, recall }`: the quality metric, for tests in the browser.
#[wasm_bindgen(js_name = textScore)]
pub fn text_score(extracted: &str, gold: &str) -> Result<JsValue, JsValue> {
    live::to_js(&crate::quality::score(extracted, gold))
}
