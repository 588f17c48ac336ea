// The demo's "Reading mode" button: the real WebAssembly module, on this page.
import init, { Reader } from "./pkg/readmode.js";

const button = document.getElementById("readmode-toggle");
const ready = init();
let reader = null;

async function toggle() {
  await ready;
  reader ??= new Reader(document);
  if (reader.isActive()) {
    reader.exit();
    return;
  }
  const started = performance.now();
  const result = reader.enter({ theme: "light" });
  window.readmodeLastEnterMs = performance.now() - started;
  if (result.noArticle) alert("No article found here");
}

button.addEventListener("click", toggle);
window.readmode = { toggle, ready, get reader() { return reader; } };
