// Prints the live snapshot of an HTML file as `live.js` takes it in
// Chromium (the JSON `planSnapshot` reads), its address set to URL:
//   node tests/support/snapshot.mjs FILE [URL]
// The module's warm-up page is made so (see `src/web/warm_up.rs`). Run
// after `make wasm`.

import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "./serve.mjs";
import { launch, ROOT } from "./browser.mjs";

const [file, address = "https://example.invalid/"] = process.argv.slice(2);
if (!file) {
  console.error("usage: node tests/support/snapshot.mjs FILE [URL]");
  process.exit(2);
}
const snippets = (await readdir(join(ROOT, "www", "pkg", "snippets")))[0];
const server = await serve(join(ROOT, "www"), 0, {
  "/snapshot.html": {
    body: `<!DOCTYPE html><body><script type="module">
import { snapshot } from "/pkg/snippets/${snippets}/src/web/live.js";
window.snapshot = snapshot;</script>`,
  },
  "/page.html": { body: await readFile(file, "utf8") },
});
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/snapshot.html`);
  await page.waitForFunction(() => window.snapshot);
  const json = await page.evaluate(async (address) => {
    const frame = document.createElement("iframe");
    frame.style.cssText = "width:1280px;height:900px";
    await new Promise((loaded) => {
      frame.onload = loaded;
      frame.src = "/page.html";
      document.body.append(frame);
    });
    return JSON.stringify({ ...JSON.parse(window.snapshot(frame.contentDocument).json), url: address });
  }, address);
  process.stdout.write(`${json}\n`);
} finally {
  await browser.close();
  server.close();
}
