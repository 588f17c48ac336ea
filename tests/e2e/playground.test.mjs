// The playground page: the demo page's HTML in, the article and every
// removed block with its reason out.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve } from "../support/serve.mjs";
import { launch, ROOT } from "../support/browser.mjs";

let server;
let browser;

before(async () => {
  server = await serve(join(ROOT, "www"));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("the playground shows the article, its metadata and the removed blocks with reasons", async () => {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/playground.html`);
  await page.evaluate(() => window.playground.ready);
  await page.click("#demo");
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("Article found"));
  const status = await page.textContent("#status");
  assert.match(status, /Article found in [\d.]+ ms: \d+ words, \d+ blocks removed\./);
  assert.match(await page.textContent("#metadata"), /Mimi Zou/);
  const article = await page.textContent("#article");
  assert.match(article, /Innovative paths to success/);
  assert.doesNotMatch(article, /Company Hubs|Related Posts/);
  const reasons = await page.$$eval("#removed .reason", (els) => els.map((e) => e.textContent));
  for (const label of ["menu", "duplicate quote", "promo", "footer"]) {
    assert.ok(reasons.includes(label), `no "${label}" in ${reasons.join(", ")}`);
  }
  await page.close();
});

test("a page with no article says so", async () => {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/playground.html`);
  await page.evaluate(() => window.playground.ready);
  await page.fill("#source", "<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>");
  await page.click("#run");
  await page.waitForFunction(() => document.getElementById("status").textContent.startsWith("No article"));
  await page.close();
});
