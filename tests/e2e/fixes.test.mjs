// Fixing the reader view on the demo page, with the real WebAssembly module:
// "show removed" labels every removed block, a click puts one back, edit mode
// takes one out, the fixes outlive a reload as rules, strictness re-plans,
// and leaving still restores the page exactly.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve } from "../support/serve.mjs";
import { launch, visibleLines, serialize, screenshot, READER_SHOWN, ROOT } from "../support/browser.mjs";

const PROMO = "Microsoft, Meta defend hefty AI spending after DeepSeek stuns tech world";
const PARAGRAPH = "In fact, the country has a vast ecosystem of AI companies.";

let server;
let browser;
let base;

// A page of two paragraphs, with the module on it: taking both out would
// leave no article.
const SHORT = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Two paragraphs</title></head><body>
<article><p>The ferry left the island at seven, as it does every morning, with the post, the bread, the doctor and two crates of lobster pots on board, and most of the village on the pier to wave.</p>
<p>By eight it was back, because the fog had come down over the sound so thick that the skipper could not see the bow, and he would not take her any further than the first buoy.</p></article>
<script type="module">import init, { Reader } from "/pkg/readmode.js"; await init(); window.reader = new Reader(document); window.ready = true;</script>
</body></html>`;

before(async () => {
  server = await serve(join(ROOT, "www"), 0, { "/short.html": { body: SHORT } });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function enter(page) {
  await page.evaluate(() => window.readmode.ready);
  await page.click("#readmode-toggle");
  await page.waitForSelector(READER_SHOWN);
}

/** Waits for the plan after the `count`-th one to be applied. */
function planned(page, count) {
  return page.waitForSelector(`[data-readmode-ui=toolbar][data-plans="${count}"]`);
}

const labelOf = (page, text) =>
  page.evaluate((text) => {
    const el = [...document.querySelectorAll("[data-readmode-label]")].find((e) => e.textContent.includes(text));
    return el ? el.getAttribute("data-readmode-label") : null;
  }, text);

test("show removed labels the demo's blocks; a click puts one back, edit mode takes one out, and both outlive a reload", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  const before = await serialize(page);
  await enter(page);
  assert.equal(await labelOf(page, PROMO), "promo");
  assert.equal(await labelOf(page, "Related Posts"), "related links");
  assert.ok(!(await visibleLines(page)).some((line) => line.includes(PROMO)));

  await page.click("[data-readmode-ui=toolbar] .rm-removed");
  await page.click(`text=${PROMO}`);
  await planned(page, 2);
  assert.equal(await labelOf(page, PROMO), null);
  await page.click("[data-readmode-ui=toolbar] .rm-removed");
  const lines = await visibleLines(page);
  const at = lines.findIndex((line) => line.includes(PROMO));
  assert.ok(at > 0, "the promo is back");
  assert.ok(lines[at - 1].startsWith("US companies such as OpenAI"), "in its place");

  await page.click("[data-readmode-ui=toolbar] .rm-edit");
  await page.click(`text=${PARAGRAPH}`);
  await planned(page, 3);
  await page.click("[data-readmode-ui=toolbar] .rm-edit");
  assert.equal(await labelOf(page, PARAGRAPH), "removed by you");
  assert.ok(!(await visibleLines(page)).includes(PARAGRAPH));
  await screenshot(page, "demo-fixed");

  const rules = await page.evaluate(() => JSON.parse(localStorage.getItem(`readmode-rules:${location.host}`)));
  assert.equal(rules.keep.length, 1);
  assert.equal(rules.remove.length, 1);
  for (const selector of [...rules.keep, ...rules.remove]) {
    assert.equal(await page.evaluate((s) => document.querySelectorAll(s).length, selector), 1, `${selector} names one block`);
    assert.ok(!selector.includes("data-readmode"), selector);
  }

  await page.click("[data-readmode-ui=toolbar] .rm-close");
  assert.equal(await serialize(page), before, "the page is restored after fixes");

  await page.reload();
  await enter(page);
  const again = await visibleLines(page);
  assert.ok(again.some((line) => line.includes(PROMO)));
  assert.ok(!again.includes(PARAGRAPH));

  // Undoing a fix leaves no rule behind.
  await page.click("[data-readmode-ui=toolbar] .rm-removed");
  await page.click(`text=${PARAGRAPH}`);
  await planned(page, 2);
  const left = await page.evaluate(() => JSON.parse(localStorage.getItem(`readmode-rules:${location.host}`)));
  assert.deepEqual(left.remove, []);
  assert.ok((await visibleLines(page)).includes(PARAGRAPH));
  await context.close();
});

test("strictness re-plans the page: fewer removals keeps the promos, and back", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/`);
  const before = await serialize(page);
  await enter(page);
  const normal = await visibleLines(page);
  const setStrictness = (value) =>
    page.$eval(
      "[data-readmode-ui=toolbar] .rm-strictness",
      (input, value) => {
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      },
      value,
    );
  await setStrictness("0");
  await planned(page, 2);
  const lenient = await visibleLines(page);
  assert.ok(lenient.length > normal.length);
  assert.ok(lenient.some((line) => line.includes(PROMO)));
  await setStrictness("0.5");
  await planned(page, 3);
  assert.deepEqual(await visibleLines(page), normal);
  const ms = Number(await page.getAttribute("[data-readmode-ui=toolbar]", "data-plan-ms"));
  assert.ok(ms > 0);
  // The JavaScript API re-plans too.
  await page.evaluate(() => window.readmode.reader.update({ strictness: 0 }));
  await planned(page, 4);
  assert.deepEqual(await visibleLines(page), lenient);
  await page.click("[data-readmode-ui=toolbar] .rm-close");
  assert.equal(await serialize(page), before);
  await page.close();
});

test("a fix that would leave no article is refused with a word, and nothing changes", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/short.html`);
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => window.reader.enter({}));
  await page.click("[data-readmode-ui=toolbar] .rm-edit");
  await page.click("text=The ferry left the island");
  await planned(page, 2);
  await page.click("text=By eight it was back");
  await page.waitForSelector("[data-readmode-ui=flash]");
  assert.match(await page.textContent("[data-readmode-ui=flash]"), /leave no article/);
  assert.equal(await page.getAttribute("[data-readmode-ui=toolbar]", "data-plans"), "2");
  const lines = await visibleLines(page);
  assert.ok(lines.some((line) => line.startsWith("By eight it was back")));
  assert.ok(!lines.some((line) => line.startsWith("The ferry left")));
  await page.close();
});
