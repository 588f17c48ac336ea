// The article HTML of a page full of script-injection tricks, loaded as a
// page of its own in Chromium: nothing in it runs.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { serve } from "../support/serve.mjs";
import { launch, ROOT } from "../support/browser.mjs";

let server;
let browser;

before(async () => {
  const article = execFileSync(
    join(ROOT, "target", "release", "readmode"),
    ["extract", "--url", "http://127.0.0.1/traps/", join(ROOT, "tests", "pages", "xss.html")],
    { encoding: "utf8" },
  );
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>window.__xss = null;</script></head><body>${article}</body></html>`;
  server = await serve(join(ROOT, "www"), 0, { "/traps.html": { body: page } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("nothing in the sanitized article executes", async () => {
  const page = await browser.newPage();
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/traps.html`);
  await page.hover("p:last-of-type");
  for (const link of await page.$$("a")) await link.click({ modifiers: [] }).catch(() => {});
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__xss), null);
  assert.deepEqual(dialogs, []);
  assert.ok((await page.textContent("body")).includes("The last paragraph has a handler"));
  await page.close();
});
