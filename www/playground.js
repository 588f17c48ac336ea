// The playground: the wasm module's extractExplained on pasted or opened HTML.
import init, { extractExplained } from "./pkg/readmode.js";

const $ = (id) => document.getElementById(id);
const ready = init();

async function run() {
  await ready;
  const html = $("source").value;
  if (!html.trim()) {
    $("status").textContent = "Nothing to read: paste HTML or open a file first.";
    return;
  }
  const options = { strictness: Number($("strictness").value) };
  if ($("url").value) options.url = $("url").value;
  const started = performance.now();
  let result;
  try {
    result = extractExplained(html, options);
  } catch (error) {
    $("status").textContent = `Could not read this page (${error.kind || "error"}): ${error.message}`;
    return;
  }
  const elapsed = performance.now() - started;
  $("metadata").replaceChildren();
  $("removed").replaceChildren();
  $("article").replaceChildren();
  if (result.noArticle) {
    $("status").textContent = `No article found here (${elapsed.toFixed(1)} ms).`;
    return;
  }
  const { article, removed } = result;
  $("status").textContent = `Article found in ${elapsed.toFixed(1)} ms: ${article.word_count} words, ${removed.length} blocks removed.`;
  for (const field of ["title", "byline", "published", "site_name", "lang", "dir", "excerpt", "standfirst", "lead_image", "reading_minutes"]) {
    if (article[field] === null || article[field] === undefined) continue;
    const dt = document.createElement("dt");
    dt.textContent = field;
    const dd = document.createElement("dd");
    dd.textContent = String(article[field]);
    $("metadata").append(dt, dd);
  }
  // The article HTML is sanitized by the core (ammonia) before it gets here.
  $("article").innerHTML = article.html;
  for (const block of removed) {
    const li = document.createElement("li");
    const reason = document.createElement("span");
    reason.className = "reason";
    reason.textContent = block.label;
    li.append(reason, ` ${block.excerpt}`);
    $("removed").append(li);
  }
}

$("run").addEventListener("click", run);
$("strictness").addEventListener("input", () => {
  $("strictness-value").textContent = $("strictness").value;
  if ($("source").value.trim()) run();
});
$("file").addEventListener("change", async () => {
  const file = $("file").files[0];
  if (!file) return;
  $("source").value = await file.text();
  run();
});
$("demo").addEventListener("click", async () => {
  $("source").value = await (await fetch("index.html")).text();
  $("url").value = new URL("index.html", location.href).href;
  run();
});
window.playground = { run, ready };
