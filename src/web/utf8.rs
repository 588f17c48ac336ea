//! Strings from JavaScript, copied into the module's memory by the browser's
//! `TextEncoder` (see `utf8.js`).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// wasm-bindgen embeds `utf8.js` without telling cargo; naming it here makes
/// cargo rebuild the module when the script changes.
const _UTF8_JS: &str = include_str!("utf8.js");

#[wasm_bindgen(module = "/src/web/utf8.js")]
extern "C" {
    #[wasm_bindgen(js_name = encodeInto)]
    fn encode_into(text: &js_sys::JsString, memory: &JsValue, at: *mut u8, room: usize) -> usize;
}

/// The string `value` holds, as UTF-8; `None` when it holds something else.
pub(crate) fn read_string(value: &JsValue) -> Option<String> {
    let text = value.dyn_ref::<js_sys::JsString>()?;
    // A UTF-16 code unit takes at most three bytes in UTF-8 (a surrogate
    // pair, two units, takes four).
    let room = text.length() as usize * 3;
    let mut bytes = Vec::<u8>::with_capacity(room);
    let written = encode_into(text, &wasm_bindgen::memory(), bytes.as_mut_ptr(), room);
    // SAFETY: `encodeInto` wrote `written` bytes, no more than `room`, and
    // what a `TextEncoder` writes is UTF-8 (a lone surrogate becomes U+FFFD).
    unsafe {
        bytes.set_len(written.min(room));
        Some(String::from_utf8_unchecked(bytes))
    }
}
