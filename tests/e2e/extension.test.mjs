// The real extension in headless Chromium: loaded unpacked from dist/chrome,
// clicked through the DevTools protocol as a reader clicks it.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../support/serve.mjs";
import { launchWithExtension } from "../support/extension.mjs";
import { visibleLines, serialize, screenshot, READER_SHOWN, ROOT } from "../support/browser.mjs";
import init, { textScore } from "../../pkg/readmode.js";

const CORPUS = process.env.READMODE_CORPUS || join(ROOT, "..", "shared", "corpus");
// Pages where the live reader rightly differs from the command line are left
// out: on `cnn` a calculator widget's links are invisible in the browser, so
// the live plan keeps its "Powered by" line that the static plan drops.
const CORPUS_PAGES = ["aclu", "ars-1", "bbc-1", "breitbart", "guardian-1", "medium-1", "nytimes-1", "wapo-1", "wikipedia", "wordpress"];
const NO_ARTICLE = `<!DOCTYPE html><html><head><title>Links</title></head><body>
<nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Weather</a></li></ul></nav>
<footer><a href="/privacy">Privacy</a></footer></body></html>`;

// A plain-text file as such files are written: wrapped at seventy columns
// and indented, two spaces after a full stop, with a list and a table that
// need their lines.
const PLAIN_TEXT = `Notes on Keeping Bees in a Small Garden

   A hive needs less room than most people think. Two metres of ground
   in front of the entrance, a fence or a hedge to send the bees up and
   over the neighbours' heads, and a spot that sees the morning sun are
   enough for a colony of forty thousand to live a quiet, busy life.

   What to buy first:

      o  a hive with two boxes and a roof that fits well
      o  a veil, gloves and a smoker

   Month      Work in the hive                Honey
   April      first inspection, add a box     none
   September  feed syrup, reduce entrance     taken

   Bees are calmer on warm afternoons, when the foragers are out, and
   crosser before a storm.  A slow hand and a steady puff of smoke do
   more than any thickness of glove.
`;

// A page of links with one short notice: too little prose for an article.
const NOTICE = "The morning ferry is cancelled today because of the storm.";
const NOTICE_PAGE = `<!DOCTYPE html><html><head><title>Ferries</title></head><body>
<nav><a href="/a">Timetables</a> <a href="/b">Fares</a> <a href="/c">Contact</a></nav>
<div class="notice">${NOTICE}</div>
<ul>${Array.from({ length: 40 }, (_, n) => `<li><a href="/route/${n}">Ferry route ${n} and its timetable</a></li>`).join("")}</ul>
</body></html>`;

// A single-page site: its link swaps the story for another one, drawn a
// moment later, and changes the address without loading a page.
const SINGLE_PAGE_SITE = `<!DOCTYPE html><html><head><title>The harbour</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article><h1>The island ferry</h1>
<p>The ferry to the island runs twice a day in winter, and the morning boat is the one the islanders take, with their shopping bags and their dogs.</p>
<p>The evening boat waits for the train from the city, so a late train means a long night in the harbour café, which nobody minds very much.</p>
<p>Read next: <a id="next" href="/spa/lighthouse">the lighthouse keeper's last winter</a>.</p></article></main>
<script>
document.getElementById("next").addEventListener("click", (event) => {
  event.preventDefault();
  history.pushState({}, "", "/spa/lighthouse");
  document.querySelector("article").remove();
  setTimeout(() => {
    const story = document.createElement("article");
    story.innerHTML = "<h1>The lighthouse keeper</h1>" +
      "<p>The last keeper of the lighthouse left in the spring, after thirty winters of trimming the lamp and logging every ship that passed.</p>" +
      "<p>He still walks out to the point on calm evenings, and says the light looks smaller from the shore than it ever did from the gallery.</p>";
    document.querySelector("main").appendChild(story);
  }, 100);
});
</script></body></html>`;

// A web component that keeps its story in a closed shadow root, out of the
// page's scripts' reach (but drawn, and within an extension's reach).
const TIDE = "The spring tide comes twice a month, at the new and the full moon, when the sun and the moon pull together.";
const CLOSED_SHADOW_PAGE = `<!DOCTYPE html><html><head><title>Tides</title></head><body>
<nav><a href="/">Home</a> <a href="/tides">Tide tables</a> <a href="/weather">Weather</a></nav>
<tide-story></tide-story>
<footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer>
<script>
customElements.define("tide-story", class extends HTMLElement {
  constructor() {
    super();
    // Kept for the test to look inside; \`this.shadowRoot\` stays null.
    const root = (window.tideRoot = this.attachShadow({ mode: "closed" }));
    root.innerHTML = "<article><h1>Why the tides run high</h1>" +
      "<p>${TIDE}</p>" +
      "<p>Neap tides fall between them, at the quarter moons, when the two pull at right angles and the sea barely rises or falls.</p>" +
      "<p>Harbour masters print the tables a year ahead, and fishermen still pin them up beside the door of every shed on the quay.</p>" +
      "<p>A strong onshore wind can add half a metre to any of them, which is why the old sea wall was built twice as high as the tables say.</p></article>";
  }
});
</script></body></html>`;

// A page whose script takes out whatever reading mode adds, the moment it
// is added.
const TORN_PAGE = `<!DOCTYPE html><html><head><title>Tides</title></head><body>
<article><h1>The spring tide</h1><p>${TIDE}</p>
<p>Neap tides fall between them, at the quarter moons, when the two pull at right angles and the sea barely rises or falls.</p>
<p>Harbour masters print the tables a year ahead, and fishermen still pin them up beside the door of every shed on the quay.</p></article>
<script>
new MutationObserver(() => {
  for (const el of document.querySelectorAll("[data-readmode-ui]:not([data-readmode-ui=notice])")) el.remove();
}).observe(document.documentElement, { childList: true, subtree: true });
</script></body></html>`;

const PARAGRAPH = "In fact, the country has a vast ecosystem of AI companies.";
const SECOND_PARAGRAPH = "On the second page the third paragraph says something else entirely.";

let server;
let base;
let chrome;

before(async () => {
  await init({ module_or_path: await readFile(join(ROOT, "pkg", "readmode_bg.wasm")) });
  const demo = await readFile(join(ROOT, "www", "index.html"), "utf8");
  assert.ok(demo.includes(PARAGRAPH));
  const extra = {
    "/no-article.html": { body: NO_ARTICLE },
    // Another article of the same site: the same template, other words.
    "/second.html": { body: demo.replace(PARAGRAPH, SECOND_PARAGRAPH) },
    "/notes/bees.txt": { body: PLAIN_TEXT, type: "text/plain; charset=utf-8" },
    // Documents that are not web pages, with enough text to pass for one.
    "/data.json": { body: JSON.stringify({ story: PARAGRAPH.repeat(20), tags: ["ai", "china"] }), type: "application/json" },
    "/data.xml": { body: `<?xml version="1.0"?><report><para>${PARAGRAPH.repeat(20)}</para></report>`, type: "application/xml" },
    "/spa.html": { body: SINGLE_PAGE_SITE },
    "/notice.html": { body: NOTICE_PAGE },
    "/closed-shadow.html": { body: CLOSED_SHADOW_PAGE },
    "/torn.html": { body: TORN_PAGE },
    "/drawing.svg": { body: '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><text x="4" y="30">A drawing</text></svg>', type: "image/svg+xml" },
  };
  for (const name of CORPUS_PAGES) {
    // The pages' own scripts stay off, as in the command line, which sees the
    // page as served: scripts that add widgets would otherwise make the two
    // differ for reasons that are not readmode's.
    extra[`/corpus/${name}.html`] = {
      body: await readFile(join(CORPUS, "readability-pages", name, "source.html")),
      headers: { "content-security-policy": "script-src 'none'" },
    };
  }
  server = await serve(join(ROOT, "www"), 0, extra);
  base = `http://127.0.0.1:${server.address().port}`;
  chrome = await launchWithExtension(join(ROOT, "dist", "chrome"));
});

after(async () => {
  await chrome?.close();
  server?.close();
});

async function golden() {
  const expected = JSON.parse(await readFile(join(ROOT, "tests", "golden", "demo.json"), "utf8"));
  const body = (await readFile(join(ROOT, "tests", "golden", "demo.txt"), "utf8")).split("\n").filter(Boolean);
  return [...expected.reader_header, ...body];
}

async function open(path) {
  const page = await chrome.context.newPage();
  await page.goto(`${base}${path}`, { waitUntil: "load" });
  return page;
}

async function clickAndWait(page, selector = READER_SHOWN) {
  await chrome.click(page);
  await page.waitForSelector(selector, { timeout: 10000 });
}

for (const [name, path] of [
  ["the demo page", "/"],
  ["the demo page sent with script-src 'self' and style-src 'self'", "/csp/"],
]) {
  test(`${name}: a click leaves exactly the golden article, a second click restores the page`, async () => {
    const page = await open(path);
    // Uncaught errors of the extension's own scripts in the page (the CSP
    // demo's own script fails there by design).
    const devtools = await chrome.context.newCDPSession(page);
    const thrown = [];
    devtools.on("Runtime.exceptionThrown", ({ exceptionDetails: e }) => {
      if (String(e.url).startsWith("chrome-extension://")) thrown.push(e.exception?.description);
    });
    await devtools.send("Runtime.enable");
    const before = await serialize(page);
    await clickAndWait(page);
    assert.deepEqual(await visibleLines(page), await golden());
    await screenshot(page, `extension-${path === "/" ? "demo" : "csp"}`);
    await chrome.click(page);
    await page.waitForSelector("[data-readmode-ui=header]", { state: "detached" });
    assert.equal(await serialize(page), before);
    await clickAndWait(page);
    assert.deepEqual(thrown, []);
    await page.close();
  });
}

test("a local file page: a click leaves the golden article", async () => {
  const page = await chrome.context.newPage();
  await page.goto(`file://${join(ROOT, "www", "index.html")}`, { waitUntil: "load" });
  await clickAndWait(page);
  assert.deepEqual(await visibleLines(page), await golden());
  await page.close();
});

test("the options page shows the settings and the shortcut, and its changes reach the reader", async () => {
  const options = await chrome.context.newPage();
  await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
  await options.waitForFunction(() => document.querySelector("select[name=theme]").value !== "");
  // Nothing is stored yet: the page shows the defaults live.js gives.
  assert.equal(await options.textContent("output[data-for=size]"), "20");
  assert.equal(await options.inputValue("select[name=theme]"), "system");
  assert.match(await options.textContent("#shortcut"), /Alt\+Shift\+R/);
  assert.equal(await options.isChecked("input[name=follow]"), true);
  assert.equal(await options.inputValue("select[name=align]"), "start");
  await options.selectOption("select[name=font]", "sans");
  await options.selectOption("select[name=theme]", "dark");
  await options.selectOption("select[name=align]", "justify");
  await options.$eval("input[name=letterSpacing]", (input) => {
    input.value = "0.06";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  assert.equal(await options.textContent("output[data-for=letterSpacing]"), "0.06");
  await options.waitForFunction(() =>
    chrome.storage.sync.get(["align", "letterSpacing"]).then((s) => s.align === "justify" && s.letterSpacing === 0.06),
  );
  await options.close();
  const page = await open("/");
  await clickAndWait(page);
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-readmode")), "dark");
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  assert.match(family, /system-ui/);
  const paragraph = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector("[data-readmode-article] p"));
    return [style.letterSpacing, style.textAlign];
  });
  assert.deepEqual(paragraph, ["1.2px", "justify"]);
  await page.close();
});

test("a page with no article gets a polite message and is not changed", async () => {
  const page = await open("/no-article.html");
  const before = await serialize(page);
  await chrome.click(page);
  const notice = await page.waitForSelector("[data-readmode-ui=notice]");
  assert.equal(await notice.textContent(), "No article found here. Select the text to read and click again.");
  await page.waitForSelector("[data-readmode-ui=notice]", { state: "detached", timeout: 5000 });
  assert.equal(await serialize(page), before);
  await page.close();
});

test("text the reader selects is read as the article where none was found", async () => {
  const page = await open("/notice.html");
  await chrome.click(page);
  await page.waitForSelector("[data-readmode-ui=notice]");
  await page.waitForSelector("[data-readmode-ui=notice]", { state: "detached", timeout: 5000 });
  await page.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(".notice"));
    getSelection().addRange(range);
  });
  await clickAndWait(page);
  const lines = await visibleLines(page);
  assert.ok(lines.includes(NOTICE), lines.join("\n"));
  assert.ok(!lines.some((line) => line.startsWith("Ferry route")), "the lists of links stay out");
  await page.close();
});

test("on a page it cannot touch, the button says so instead of failing silently", async () => {
  const page = await chrome.context.newPage();
  await page.goto("chrome://version/");
  await page.bringToFront();
  await chrome.click(page);
  const badge = await badgeOfActiveTab();
  assert.equal(badge?.text, "✕");
  assert.match(badge.title, /cannot run on browser pages/);
  await page.close();
});

/** The badge and tooltip of the active tab's button once the badge is set
 * (within a second), or null. */
function badgeOfActiveTab() {
  return chrome.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    for (let i = 0; i < 50; i++) {
      const text = await chrome.action.getBadgeText({ tabId: tab.id });
      if (text) return { text, title: await chrome.action.getTitle({ tabId: tab.id }) };
      await new Promise((ok) => setTimeout(ok, 20));
    }
    return null;
  });
}

test("on a JSON or XML document or an image, the button says what it is and nothing changes", async () => {
  for (const [path, kind] of [
    ["/data.json", "a JSON document"],
    ["/data.xml", "an XML document"],
    ["/drawing.svg", "an image"],
  ]) {
    const page = await open(path);
    await page.bringToFront();
    const before = await serialize(page);
    await chrome.click(page);
    const badge = await badgeOfActiveTab();
    assert.equal(badge?.text, "✕", path);
    assert.equal(badge.title, `readmode reads web pages; this is ${kind}.`);
    assert.equal(await serialize(page), before, path);
    await page.close();
  }
});

test("a plain-text file is set as text: wrapped paragraphs flow, tables and lists keep their lines", async () => {
  const page = await open("/notes/bees.txt");
  const before = await serialize(page);
  await clickAndWait(page);
  assert.deepEqual(await visibleLines(page), [
    new URL(base).hostname,
    "bees.txt",
    "1 min read",
    "Notes on Keeping Bees in a Small Garden",
    "A hive needs less room than most people think. Two metres of ground in front of the entrance, a fence or a hedge to send the bees up and over the neighbours' heads, and a spot that sees the morning sun are enough for a colony of forty thousand to live a quiet, busy life.",
    "What to buy first:",
    "o  a hive with two boxes and a roof that fits well",
    "o  a veil, gloves and a smoker",
    "Month      Work in the hive                Honey",
    "April      first inspection, add a box     none",
    "September  feed syrup, reduce entrance     taken",
    "Bees are calmer on warm afternoons, when the foragers are out, and crosser before a storm. A slow hand and a steady puff of smoke do more than any thickness of glove.",
  ]);
  const look = await page.evaluate(() => {
    const font = (text) => getComputedStyle([...document.querySelectorAll("readmode-p")].find((p) => p.textContent.startsWith(text))).fontFamily;
    return { prose: font("A hive"), table: font("Month"), column: getComputedStyle(document.body).maxWidth };
  });
  assert.doesNotMatch(look.prose, /mono/);
  assert.match(look.table, /mono/);
  assert.notEqual(look.column, "none");
  assert.notEqual(look.column, "100%");
  // No sections, so no contents.
  assert.equal(await page.isVisible("[data-readmode-ui=toolbar] .rm-contents"), false);
  await chrome.click(page);
  await page.waitForSelector("[data-readmode-ui=header]", { state: "detached" });
  assert.equal(await serialize(page), before);
  await page.close();
});

test("on corpus pages the reader shows the command line's article (F1 >= 0.99)", async () => {
  for (const name of CORPUS_PAGES) {
    const page = await open(`/corpus/${name}.html`);
    await clickAndWait(page);
    const shown = await page.evaluate(() =>
      [...document.querySelectorAll("[data-readmode-article]")].map((el) => el.innerText).join("\n\n"),
    );
    const cli = execFileSync(
      join(ROOT, "target", "release", "readmode"),
      ["extract", "--format", "text", "--url", page.url(), join(CORPUS, "readability-pages", name, "source.html")],
      { encoding: "utf8" },
    );
    const score = textScore(shown, cli);
    const f1 = (2 * score.precision * score.recall) / (score.precision + score.recall || 1);
    assert.ok(f1 >= 0.99, `${name}: F1 ${f1.toFixed(4)} (P ${score.precision.toFixed(3)}, R ${score.recall.toFixed(3)})`);
    await page.close();
  }
});

test("settings changed in the reader persist across reloads and pages", async () => {
  const page = await open("/");
  await clickAndWait(page);
  const themeOf = () => page.evaluate(() => document.documentElement.getAttribute("data-readmode"));
  const first = await themeOf();
  await page.click("[data-readmode-ui=toolbar] .rm-theme");
  const chosen = await themeOf();
  assert.notEqual(chosen, first);
  await chrome.worker.evaluate(
    (want) =>
      new Promise((ok) => {
        const check = () => chrome.storage.sync.get("theme").then((s) => (s.theme === want ? ok() : setTimeout(check, 20)));
        check();
      }),
    chosen,
  );
  // A page reloaded in reading mode opens in reading mode again.
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector(READER_SHOWN);
  assert.equal(await themeOf(), chosen);
  const other = await open("/corpus/bbc-1.html");
  await clickAndWait(other);
  assert.equal(await other.evaluate(() => document.documentElement.getAttribute("data-readmode")), chosen);
  await page.close();
  await other.close();
});

test("reading mode makes no network request of its own", async () => {
  const page = await open("/");
  const seen = new Set();
  const after = [];
  chrome.context.on("request", (request) => after.push(request.url()));
  await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name)).then((urls) => urls.forEach((u) => seen.add(u)));
  seen.add(page.url());
  await clickAndWait(page);
  await page.waitForTimeout(300);
  const own = after.filter((url) => !seen.has(url) && !url.startsWith("chrome-extension://") && !url.startsWith("data:"));
  assert.deepEqual(own, []);
  await page.close();
});

test("the packaged manifest asks for activeTab, scripting and storage only", async () => {
  for (const browser of ["chrome", "firefox"]) {
    const manifest = JSON.parse(await readFile(join(ROOT, "dist", browser, "manifest.json"), "utf8"));
    assert.deepEqual([...manifest.permissions].sort(), ["activeTab", "scripting", "storage"]);
    assert.equal(manifest.host_permissions, undefined);
    assert.equal(manifest.optional_permissions, undefined);
    assert.equal(manifest.content_scripts, undefined);
    assert.match(manifest.content_security_policy.extension_pages, /^script-src 'self' 'wasm-unsafe-eval';/);
  }
});

test("a story in a closed shadow root, which the page's scripts cannot reach, is read and set", async () => {
  const page = await open("/closed-shadow.html");
  const before = await serialize(page);
  await clickAndWait(page);
  assert.equal(await page.textContent("[data-readmode-ui=header] .rm-title"), "Why the tides run high");
  const drawn = await page.evaluate(() => ({
    closed: document.querySelector("tide-story").shadowRoot === null,
    story: [...window.tideRoot.querySelectorAll("p")].filter((p) => p.checkVisibility()).map((p) => p.textContent),
    footer: document.querySelector("footer").checkVisibility(),
  }));
  assert.ok(drawn.closed);
  assert.equal(drawn.story.length, 4);
  assert.equal(drawn.story[0], TIDE);
  assert.equal(drawn.footer, false);
  await screenshot(page, "extension-closed-shadow");
  await chrome.click(page);
  await page.waitForSelector("[data-readmode-ui=header]", { state: "detached" });
  assert.equal(await serialize(page), before);
  await page.close();
});

test("a page that keeps taking reading mode apart is given back whole, with a word why", async () => {
  const page = await open("/torn.html");
  const before = await serialize(page);
  await clickAndWait(page, "[data-readmode-ui=notice]");
  assert.match(await page.textContent("[data-readmode-ui=notice]"), /keeps taking reading mode apart/);
  await page.waitForSelector("[data-readmode-ui=notice]", { state: "detached", timeout: 5000 });
  assert.equal(await serialize(page), before);
  await page.close();
});

/** Makes `chrome.storage[area].get` in `target` (an extension page or the
 * service worker) answer `ms` late, as on a busy machine. Resolves to a
 * function that puts the prompt one back. */
async function slowStorage(target, area, ms) {
  await target.evaluate(
    ([area, ms]) => {
      const storage = chrome.storage[area];
      const get = (globalThis.promptGet = storage.get);
      storage.get = (...args) => get.apply(storage, args).then((value) => new Promise((ok) => setTimeout(() => ok(value), ms)));
    },
    [area, ms],
  );
  return () =>
    target.evaluate((area) => {
      chrome.storage[area].get = globalThis.promptGet;
      delete globalThis.promptGet;
    }, area);
}

/** Waits until the extension's stored rules, by site, satisfy `check`. */
function storedRules(check = () => true) {
  return chrome.worker.evaluate(
    (check) =>
      new Promise((ok) => {
        const test = new Function("rules", `return (${check})(rules)`);
        const bySite = (stored) =>
          Object.fromEntries(
            Object.entries(stored)
              .filter(([key]) => key.startsWith("rules:"))
              .map(([key, rules]) => [key.slice("rules:".length), rules]),
          );
        const look = () =>
          chrome.storage.local.get(null).then((stored) => {
            const rules = bySite(stored);
            return test(rules) ? ok(rules) : setTimeout(look, 20);
          });
        look();
      }),
    check.toString(),
  );
}

test("fixes become site rules: they survive a reload, apply to the site's other pages, and the options page lists, deletes, exports and imports them", async () => {
  await chrome.worker.evaluate(() => chrome.storage.local.clear());
  const page = await open("/");
  await clickAndWait(page);
  assert.ok(!(await visibleLines(page)).includes("Related Posts"));
  await page.click("[data-readmode-ui=toolbar] .rm-removed");
  await page.click("text=Related Posts");
  await page.waitForSelector('[data-readmode-ui=toolbar][data-plans="2"]');
  await page.click("[data-readmode-ui=toolbar] .rm-removed");
  await page.click("[data-readmode-ui=toolbar] .rm-edit");
  await page.click(`text=${PARAGRAPH}`);
  await page.waitForSelector('[data-readmode-ui=toolbar][data-plans="3"]');
  const rules = await storedRules((r) => r["127.0.0.1"] && r["127.0.0.1"].keep.length === 1 && r["127.0.0.1"].remove.length === 1);
  assert.deepEqual(Object.keys(rules), ["127.0.0.1"]);

  await page.reload({ waitUntil: "load" });
  await page.waitForSelector(READER_SHOWN);
  const reloaded = await visibleLines(page);
  assert.ok(reloaded.includes("Related Posts"));
  assert.ok(!reloaded.includes(PARAGRAPH));

  const second = await open("/second.html");
  await clickAndWait(second);
  const other = await visibleLines(second);
  assert.ok(other.includes("Related Posts"), "the kept block is kept on the second page");
  assert.ok(!other.includes(SECOND_PARAGRAPH), "the removed block is removed on the second page");
  await second.close();
  await page.close();

  const options = await chrome.context.newPage();
  await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
  await options.waitForSelector('.site[data-site="127.0.0.1"] li');
  assert.equal(await options.locator('.site[data-site="127.0.0.1"] li').count(), 2);
  const [download] = await Promise.all([options.waitForEvent("download"), options.click("#export")]);
  const exported = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.deepEqual(exported.sites, rules);

  await options.click('.site[data-site="127.0.0.1"] li:first-child button');
  await storedRules((r) => r["127.0.0.1"] && r["127.0.0.1"].keep.length + r["127.0.0.1"].remove.length === 1);
  await options.waitForFunction(() => document.querySelectorAll(".site li").length === 1);
  await options.click('.site[data-site="127.0.0.1"] h3 button');
  await storedRules((r) => Object.keys(r).length === 0);
  await options.waitForSelector(".empty");

  await options.setInputFiles("#import", { name: "fixes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "nonsense" })) });
  await options.waitForFunction(() => document.getElementById("status").textContent.startsWith("Nothing imported"));
  await options.setInputFiles("#import", { name: "fixes.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(exported)) });
  assert.deepEqual(await storedRules((r) => Object.keys(r).length === 1), rules);
  await options.waitForFunction(() => document.getElementById("status").textContent === "Imported 2 new fixes for 1 site.");
  await screenshot(options, "extension-options-fixes");
  // Two fixes deleted in quick succession both go, however slowly storage
  // answers (each delete reads the rules after the one before wrote).
  await options.waitForFunction(() => document.querySelectorAll(".site li").length === 2);
  await slowStorage(options, "local", 200);
  await options.evaluate(() => {
    for (const button of document.querySelectorAll(".site li button")) button.click();
  });
  await options.waitForTimeout(800);
  assert.deepEqual(await storedRules(), {});
  await options.waitForSelector(".empty");
  await options.close();
  await chrome.worker.evaluate(() => chrome.storage.local.clear());
});

test("a fix made in a tab while the options page edits another site's fixes is kept", async () => {
  const elsewhere = { keep: [], remove: ["aside"] };
  await chrome.worker.evaluate(async (elsewhere) => {
    await chrome.storage.local.clear();
    await chrome.storage.local.set({ "rules:elsewhere.example": elsewhere });
  }, elsewhere);
  const page = await open("/");
  await clickAndWait(page);
  await page.click("[data-readmode-ui=toolbar] .rm-removed");
  const options = await chrome.context.newPage();
  await options.goto(`chrome-extension://${chrome.extensionId}/options.html`);
  await options.waitForSelector('.site[data-site="elsewhere.example"] li');
  // The options page reads before the tab writes and writes after it, as
  // on a busy machine: its delete must not take the tab's fix with it.
  await slowStorage(options, "local", 1000);
  await options.evaluate(() => document.querySelector('.site[data-site="elsewhere.example"] h3 button').click());
  await page.click("text=Related Posts");
  await page.waitForSelector('[data-readmode-ui=toolbar][data-plans="2"]');
  await options.waitForSelector(".empty", { state: "detached" });
  await options.waitForSelector('.site[data-site="elsewhere.example"]', { state: "detached" });
  const rules = await storedRules((r) => !("elsewhere.example" in r));
  assert.deepEqual(Object.keys(rules), ["127.0.0.1"]);
  assert.equal(rules["127.0.0.1"].keep.length, 1);
  await options.close();
  await page.close();
  await chrome.worker.evaluate(() => chrome.storage.local.clear());
});

test("the reader's strictness control re-plans through the extension and is kept", async () => {
  const page = await open("/");
  await clickAndWait(page);
  const normal = await visibleLines(page);
  await page.$eval("[data-readmode-ui=toolbar] .rm-strictness", (input) => {
    input.value = "0";
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.waitForSelector('[data-readmode-ui=toolbar][data-plans="2"]');
  const lenient = await visibleLines(page);
  assert.ok(lenient.length > normal.length, "fewer removals shows more");
  await chrome.worker.evaluate(
    () =>
      new Promise((ok) => {
        const look = () => chrome.storage.sync.get("strictness").then((s) => (s.strictness === 0 ? ok() : setTimeout(look, 20)));
        look();
      }),
  );
  await chrome.worker.evaluate(() => chrome.storage.sync.set({ strictness: 0.5 }));
  await page.close();
});

/** Waits (five seconds at most) until the background follows a tab, or
 * none (`on` false). */
function following(on) {
  return chrome.worker.evaluate(
    (on) =>
      new Promise((ok, fail) => {
        const until = Date.now() + 5000;
        const look = () =>
          chrome.storage.session.get("following").then(({ following = {} }) => {
            if (Object.keys(following).length > 0 === on) ok();
            else if (Date.now() > until) fail(new Error(`still ${on ? "not following" : "following"} after 5 s`));
            else setTimeout(look, 20);
          });
        look();
      }),
    on,
  );
}

/** Goes to `url` as a link in the page would, and waits for it to load. */
async function followLink(page, url) {
  await Promise.all([page.waitForURL(url, { waitUntil: "load" }), page.evaluate((url) => (location.href = url), url)]);
}

test("reading mode stays on through the links the reader follows within a site, and only there", async () => {
  const page = await open("/");
  await clickAndWait(page);
  await following(true);
  await followLink(page, `${base}/second.html`);
  await page.waitForSelector(READER_SHOWN);
  assert.ok((await visibleLines(page)).includes(SECOND_PARAGRAPH));
  // Leaving reading mode ends it: the next page is the page as it is.
  await page.keyboard.press("Escape");
  await page.waitForSelector("[data-readmode-ui=header]", { state: "detached" });
  await following(false);
  await followLink(page, `${base}/`);
  await page.waitForTimeout(500);
  assert.equal(await page.$("[data-readmode-ui]"), null);
  // Another site is out of the reader's grant: following ends there.
  await clickAndWait(page);
  await following(true);
  await followLink(page, `${base.replace("127.0.0.1", "localhost")}/second.html`);
  await following(false);
  assert.equal(await page.$("[data-readmode-ui]"), null);
  await page.close();

  // The reader can turn it off.
  await chrome.worker.evaluate(() => chrome.storage.sync.set({ follow: false }));
  const other = await open("/");
  await clickAndWait(other);
  await followLink(other, `${base}/second.html`);
  await following(false);
  await other.waitForTimeout(300);
  assert.equal(await other.$("[data-readmode-ui]"), null);
  await chrome.worker.evaluate(() => chrome.storage.sync.remove("follow"));
  await other.close();
});

test("leaving reading mode the moment it is drawn ends following", async () => {
  const page = await open("/");
  // Storage answers late, as on a busy machine: the tab's "reading" and
  // "not reading", which reach the background together, each read the
  // state before either writes.
  const prompt = await slowStorage(chrome.worker, "session", 200);
  // Esc as soon as the reader's header is in the page.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector("[data-readmode-ui=header]")) return;
      observer.disconnect();
      document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
      window.left = !document.querySelector("[data-readmode-ui]");
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
  await chrome.click(page);
  await page.waitForFunction(() => window.left);
  // Once the background has written what it read.
  await page.waitForTimeout(600);
  await following(false);
  await prompt();
  await page.close();
});

test("on a single-page site, the story its link draws in place of the article opens in reading mode", async () => {
  const page = await open("/spa.html");
  await clickAndWait(page);
  assert.ok((await visibleLines(page)).some((line) => line.startsWith("The ferry to the island")));
  await page.click("#next");
  // Reading mode steps aside when the story goes, and is back over the new
  // one: the reader's header stands over the new story's words.
  await page.waitForFunction(
    () => document.querySelector("[data-readmode-ui=header]") && document.body.innerText.includes("The last keeper"),
  );
  const lines = await visibleLines(page);
  assert.ok(lines.some((line) => line.startsWith("The last keeper")), lines.join("\n"));
  assert.ok(!lines.some((line) => line.startsWith("Home")), "the site's menu stays out");
  await page.close();
});
