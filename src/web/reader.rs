//! `Reader`: reading mode on a live document, entered and left in place.

use super::errors::{from_error, to_js_error};
use super::live::{to_js, LivePlan};
use super::read_options;
use crate::page::{Page, Snapshot};
use wasm_bindgen::prelude::*;
use web_sys::Document;

/// wasm-bindgen embeds `live.js` without telling cargo; naming it here makes
/// cargo rebuild the module when the script changes.
const _LIVE_JS: &str = include_str!("live.js");

#[wasm_bindgen(module = "/src/web/live.js")]
extern "C" {
    /// Walks the document once: `{ json, live }`, the flat tree as JSON and
    /// the live nodes in the same order.
    fn snapshot(document: &Document) -> JsValue;
    /// Applies a plan in place and returns the session that undoes it.
    fn apply(
        document: &Document,
        snapshot: &JsValue,
        plan: &JsValue,
        settings: &JsValue,
    ) -> JsValue;
    fn restore(session: &JsValue);
    fn restyle(session: &JsValue, settings: &JsValue);
    #[wasm_bindgen(js_name = isActive)]
    fn session_active(session: &JsValue) -> bool;
}

/// Reading mode for one document.
#[wasm_bindgen]
pub struct Reader {
    document: Document,
    session: Option<JsValue>,
}

#[wasm_bindgen]
impl Reader {
    #[wasm_bindgen(constructor)]
    pub fn new(document: Document) -> Reader {
        Reader {
            document,
            session: None,
        }
    }

    /// Turns the page into its reader view and returns the article, or
    /// `{ noArticle: true }` with the page untouched. `options` holds the
    /// extraction options and the reader settings (theme, font, size, width,
    /// lineHeight).
    #[wasm_bindgen(unchecked_return_type = "Article | NoArticle")]
    pub fn enter(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "ExtractOptions & ReaderSettings | undefined")]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        if self.is_active() {
            self.exit();
        }
        let mut extract = read_options(options.clone())?;
        if extract.url.is_none() {
            extract.url = self.document.url().ok();
        }
        let snap = snapshot(&self.document);
        let json = js_sys::Reflect::get(&snap, &"json".into())?
            .as_string()
            .ok_or_else(|| to_js_error("snapshot", "the snapshot has no JSON"))?;
        let parsed: Snapshot =
            serde_json::from_str(&json).map_err(|e| to_js_error("snapshot", &e.to_string()))?;
        let page = Page::from_snapshot(&parsed).map_err(|e| from_error(&e))?;
        let plan = LivePlan::new(&page, &extract);
        let plan_js = to_js(&plan)?;
        let article = js_sys::Reflect::get(&plan_js, &"article".into())?;
        if article.is_undefined() || article.is_null() {
            return to_js(&super::errors::NoArticle::new());
        }
        self.session = Some(apply(&self.document, &snap, &plan_js, &options));
        Ok(article)
    }

    /// Puts the page back exactly as it was.
    pub fn exit(&mut self) {
        if let Some(session) = self.session.take() {
            restore(&session);
        }
    }

    /// Whether reading mode is on (the reader may have left with Esc).
    #[wasm_bindgen(js_name = isActive)]
    pub fn is_active(&self) -> bool {
        self.session.as_ref().is_some_and(session_active)
    }

    /// Changes theme, font, size, width or line height while reading.
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ReaderSettings")] settings: JsValue,
    ) {
        if let Some(session) = &self.session {
            restyle(session, &settings);
        }
    }
}
