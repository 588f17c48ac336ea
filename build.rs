//! The wasm module embeds `js/live.js` through wasm-bindgen; cargo does not
//! see that file, so a change to it must trigger a rebuild from here.
fn main() {
    println!("cargo:rerun-if-changed=js/live.js");
}
