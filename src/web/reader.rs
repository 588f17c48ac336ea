//! `Reader`: reading mode on a live document, entered and left in place.

use super::errors::{from_error, to_js_error, NoArticle};
use super::live::{page_index, read_live_fixes, read_live_options, to_js, LivePlan};
use super::read_options;
use super::utf8::read_string;
use crate::page::{Page, Snapshot};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::Document;

/// Plans the entered page again for a reader's fix or a new strictness.
type Planner = Closure<dyn FnMut(JsValue) -> Result<JsValue, JsValue>>;

/// wasm-bindgen embeds `live.js` without telling cargo; naming it here makes
/// cargo rebuild the module when the script changes.
const _LIVE_JS: &str = include_str!("live.js");

#[wasm_bindgen(module = "/src/web/live.js")]
extern "C" {
    /// Walks the document once: `{ json, live, toggled }`, the flat tree as
    /// JSON, the live nodes in the same order and the ids of the panels
    /// that controls open.
    fn snapshot(document: &Document) -> JsValue;
    /// The snapshot indices the site's rules (CSS selectors) name.
    fn resolve(snapshot: &JsValue, rules: &JsValue) -> JsValue;
    /// The snapshot index of the block holding the reader's selection.
    #[wasm_bindgen(js_name = selectedBlock)]
    fn selected_block(snapshot: &JsValue) -> Option<u32>;
    /// Applies a plan in place and returns the session that undoes it.
    fn apply(
        document: &Document,
        snapshot: &JsValue,
        plan: &JsValue,
        options: &JsValue,
        planner: &JsValue,
    ) -> JsValue;
    /// Why reading mode does not run on a document that is not a web page
    /// ("readmode reads web pages; this is a JSON document."), or nothing.
    #[wasm_bindgen(js_name = notAWebPage)]
    fn not_a_web_page(document: &Document) -> Option<String>;
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
    /// Lives as long as the session that calls it.
    planner: Option<Planner>,
}

#[wasm_bindgen]
impl Reader {
    #[wasm_bindgen(constructor)]
    pub fn new(document: Document) -> Reader {
        Reader {
            document,
            session: None,
            planner: None,
        }
    }

    /// Turns the page into its reader view and returns the article, or
    /// `{ noArticle: true }` with the page untouched. `options` holds the
    /// extraction options, the reader settings (see `ReaderSettings`), the
    /// site's rules and the hooks that keep
    /// what the reader changes. Text the reader selected points at the
    /// article (see `Options::article`).
    #[wasm_bindgen(unchecked_return_type = "Article | NoArticle")]
    pub fn enter(
        &mut self,
        #[wasm_bindgen(
            unchecked_param_type = "ExtractOptions & ReaderSettings & ReaderHooks | undefined"
        )]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        if self.is_active() {
            self.exit();
        }
        if let Some(why) = not_a_web_page(&self.document) {
            return to_js(&NoArticle::because(why));
        }
        let mut extract = read_options(options.clone())?;
        if extract.url.is_none() {
            extract.url = self.document.url().ok();
        }
        let snap = snapshot(&self.document);
        let json = read_string(&js_sys::Reflect::get(&snap, &"json".into())?)
            .ok_or_else(|| to_js_error("snapshot", "the snapshot has no JSON"))?;
        let parsed: Snapshot =
            serde_json::from_str(&json).map_err(|e| to_js_error("snapshot", &e.to_string()))?;
        let page = Rc::new(Page::from_snapshot(&parsed).map_err(|e| from_error(&e))?);
        let rules = if options.is_object() {
            js_sys::Reflect::get(&options, &"rules".into())?
        } else {
            JsValue::UNDEFINED
        };
        extract.fixes = read_live_fixes(resolve(&snap, &rules))?;
        let pointed = selected_block(&snap).map(|i| page_index(i as usize));
        extract.article = pointed;
        let plan_js = to_js(&LivePlan::new(&page, &extract))?;
        let article = js_sys::Reflect::get(&plan_js, &"article".into())?;
        if article.is_undefined() || article.is_null() {
            return to_js(&NoArticle::new());
        }
        let url = extract.url.clone();
        let planner = Planner::new(move |request: JsValue| {
            let mut options = read_live_options(request)?;
            options.url.clone_from(&url);
            options.article = pointed;
            to_js(&LivePlan::new(&page, &options))
        });
        self.session = Some(apply(
            &self.document,
            &snap,
            &plan_js,
            &options,
            planner.as_ref(),
        ));
        self.planner = Some(planner);
        Ok(article)
    }

    /// Puts the page back exactly as it was.
    pub fn exit(&mut self) {
        if let Some(session) = self.session.take() {
            restore(&session);
        }
        self.planner = None;
    }

    /// Whether reading mode is on (the reader may have left with Esc).
    #[wasm_bindgen(js_name = isActive)]
    pub fn is_active(&self) -> bool {
        self.session.as_ref().is_some_and(session_active)
    }

    /// Changes the reader settings while reading (see `ReaderSettings`); a
    /// new strictness plans the page again.
    pub fn update(
        &self,
        #[wasm_bindgen(unchecked_param_type = "ReaderSettings")] settings: JsValue,
    ) {
        if let Some(session) = &self.session {
            restyle(session, &settings);
        }
    }
}
