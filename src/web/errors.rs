//! The one mapping from Rust errors to JavaScript: an `Error` with a `kind`.

use serde::Serialize;
use wasm_bindgen::JsValue;

/// The "no article" answer: a result, not a failure.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct NoArticle {
    no_article: bool,
    message: String,
}

impl NoArticle {
    pub fn new() -> NoArticle {
        NoArticle::because(crate::Error::NoArticle.to_string())
    }

    /// No article, for a reason the reader should hear: the document is
    /// not a web page at all.
    pub fn because(message: String) -> NoArticle {
        NoArticle {
            no_article: true,
            message,
        }
    }
}

pub(crate) fn from_error(error: &crate::Error) -> JsValue {
    let kind = serde_json::to_value(error.kind())
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    to_js_error(&kind, &error.to_string())
}

pub(crate) fn to_js_error(kind: &str, message: &str) -> JsValue {
    let error = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&error, &"kind".into(), &kind.into());
    error.into()
}
