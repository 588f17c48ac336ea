// The demo's "Reading mode" button: the real WebAssembly module, on this page.
// The reader's fixes are kept for this site in localStorage, as the
// extension keeps them in its own storage.
import init, { Reader, warmUp } from "./pkg/readmode.js";

const button = document.getElementById("readmode-toggle");
const ready = init();
// The planner compiled while the reader is still looking at the page.
const warmed = ready.then(() => new Promise((done) => requestIdleCallback(() => done(warmUp()))));
const RULES = `readmode-rules:${location.host}`;
let reader = null;

function savedRules() {
  try {
    return JSON.parse(localStorage.getItem(RULES)) || undefined;
  } catch {
    return undefined;
  }
}

async function toggle() {
  await ready;
  reader ??= new Reader(document);
  if (reader.isActive()) {
    reader.exit();
    return;
  }
  const started = performance.now();
  const result = reader.enter({
    theme: "light",
    rules: savedRules(),
    onRulesChange: (rules) => localStorage.setItem(RULES, JSON.stringify(rules)),
  });
  window.readmodeLastEnterMs = performance.now() - started;
  if (result.noArticle) alert("No article found here");
}

button.addEventListener("click", toggle);
window.readmode = { toggle, ready, warmed, get reader() { return reader; } };
