// The JavaScript library as a page imports it: `extract` on HTML text, with
// the same article as the command line, in any script, and typed errors.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { serve } from "../support/serve.mjs";
import { launch, ROOT } from "../support/browser.mjs";

let server;
let browser;
let page;

/** An article in several scripts, with a character outside the Basic
 * Multilingual Plane (a surrogate pair in JavaScript), and a picture set
 * as AMP pages set them. */
const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Letters from the harbour</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Letters from the harbour</h1>
<p>The ferry to Tórshavn leaves at dawn, and the café on the quay opens for the crews an hour before it.</p>
<figure><amp-img src="/img/quay.jpg" width="1200" height="800" layout="responsive" alt="The quay at dawn"></amp-img><figcaption>The quay at dawn.</figcaption></figure>
<p>港の朝は早く、漁師たちは日の出前に船を出す。市場は七時に開き、昼前には魚がなくなる。</p>
<p>На причале пахнет солью и дизелем, а чайки кричат над лодками, пока их разгружают.</p>
<p>A child waved a flag with a fish on it 🐟 as the last boat came round the wall at noon.</p>
</article></body></html>`;

before(async () => {
  server = await serve(join(ROOT, "www"), 0, {
    "/library.html": {
      body: `<!DOCTYPE html><meta charset="utf-8"><script type="module">
import init, { extract } from "/pkg/readmode.js"; await init(); window.extract = extract; window.ready = true;</script>`,
    },
  });
  browser = await launch();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/library.html`);
  await page.waitForFunction(() => window.ready);
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("extract gives the command line's article, whatever the script, with an AMP page's picture", async () => {
  const url = "https://example.org/letters/";
  const article = await page.evaluate(([html, url]) => window.extract(html, { url }), [ARTICLE, url]);
  const native = JSON.parse(
    execFileSync(join(ROOT, "target", "release", "readmode"), ["extract", "-", "--url", url, "--format", "json"], {
      input: ARTICLE,
      encoding: "utf8",
    }),
  );
  assert.equal(article.title, "Letters from the harbour");
  assert.match(article.text, /漁師たちは日の出前に船を出す/);
  assert.match(article.text, /🐟 as the last boat/);
  assert.match(article.html, /<img src="https:\/\/example\.org\/img\/quay\.jpg" alt="The quay at dawn"/);
  assert.match(article.text, /The quay at dawn\./);
  for (const field of ["title", "text", "html", "markdown", "word_count", "lang"]) {
    assert.deepEqual(article[field], native[field], field);
  }
});

test("a lone surrogate reads as the replacement character", async () => {
  const text = await page.evaluate(
    (html) => window.extract(html.replace("🐟", "\uD83D"), {}).text,
    ARTICLE,
  );
  assert.match(text, /flag with a fish on it \uFFFD as the last boat/);
});

test("what is not HTML text is a typed error, and a page without an article says so", async () => {
  const error = await page.evaluate(() => {
    try {
      window.extract(42, {});
    } catch (e) {
      return { kind: e.kind, message: e.message };
    }
    return null;
  });
  assert.deepEqual(error, { kind: "input", message: "the page's HTML must be a string" });
  const feed = await page.evaluate(() => {
    try {
      window.extract('{"items": [{"text": "A story, in JSON, long enough to read as prose if it were taken for a page."}]}', {});
    } catch (e) {
      return { kind: e.kind, message: e.message };
    }
    return null;
  });
  assert.deepEqual(feed, { kind: "not-html", message: "not an HTML document: a JSON document" });
  const none = await page.evaluate(() => window.extract("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", {}));
  assert.equal(none.noArticle, true);
});
