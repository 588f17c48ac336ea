// Copies a JavaScript string into the module's memory as UTF-8 in one call.
// The glue wasm-bindgen generates for a `&str` first copies it character by
// character while it is ASCII; a page's HTML is hundreds of kilobytes, and
// the browser's encoder does the same work in a fraction of the time.

const encoder = new TextEncoder();

/** Writes `text` at `at` in `memory`, which has `room` bytes free there;
 * returns how many bytes it wrote. */
export function encodeInto(text, memory, at, room) {
  return encoder.encodeInto(text, new Uint8Array(memory.buffer, at, room)).written;
}
