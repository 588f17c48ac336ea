// The demo page in headless Chromium: the "Reading mode" button leaves exactly
// the golden article, and leaving puts the page back as it was.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { serve } from "../support/serve.mjs";
import { launch, visibleLines, serialize, screenshot, READER_SHOWN, ROOT } from "../support/browser.mjs";

let server;
let browser;
let base;

// A story on a site that declares no name of its own, with the module on it.
const UNNAMED = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Fog over the sound</title></head><body>
<article><h1>Fog over the sound</h1><p>The ferry left the island at seven, as it does every morning, with the post, the bread, the doctor and two crates of lobster pots on board.</p>
<p>By eight it was back, because the fog had come down over the sound so thick that the skipper could not see the bow, and he would not take her past the first buoy.</p></article>
<script type="module">import init, { Reader } from "/pkg/readmode.js"; await init(); window.reader = new Reader(document); window.ready = true;</script>
</body></html>`;

before(async () => {
  // The demo with its scrolling locked from the markup, as pages do while
  // they show a consent wall.
  const demo = await readFile(join(ROOT, "www", "index.html"), "utf8");
  const locked = demo.replace("<html ", '<html style="overflow:hidden;height:100%" ');
  assert.notEqual(locked, demo);
  server = await serve(join(ROOT, "www"), 0, { "/locked.html": { body: locked }, "/story.html": { body: UNNAMED } });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The reader view of the demo: its header, then the golden article. */
export async function demoGolden() {
  const expected = JSON.parse(await readFile(join(ROOT, "tests", "golden", "demo.json"), "utf8"));
  const body = (await readFile(join(ROOT, "tests", "golden", "demo.txt"), "utf8")).split("\n").filter(Boolean);
  return [...expected.reader_header, ...body];
}

/** The demo page (or `path`), after `init` (a script run before the
 * page's own, which stands in for a browser's parts). */
async function openDemo(path = "/", init) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (init) await page.addInitScript(init);
  await page.goto(`${base}${path}`);
  await page.evaluate(() => window.readmode.ready);
  return page;
}

/** The demo page (or `path`) in reading mode, and its markup from before. */
async function enterDemo(path = "/", init) {
  const page = await openDemo(path, init);
  const before = await serialize(page);
  await page.click("#readmode-toggle");
  await page.waitForSelector(READER_SHOWN);
  return { page, before };
}

test("the button leaves exactly the golden article, and a second click restores the page", async () => {
  const golden = await demoGolden();
  const page = await openDemo();
  // The demo warms the module up once idle: its sample is planned to an article.
  assert.equal(await page.evaluate(() => window.readmode.warmed), true);
  await page.fill(".widget-newsletter input[type=email]", "reader@example.com");
  await page.evaluate(() => window.scrollTo(0, 700));
  const scrollBefore = await page.evaluate(() => window.scrollY);
  const domBefore = await serialize(page);
  await screenshot(page, "demo-before");

  await page.click("#readmode-toggle");
  await page.waitForSelector(READER_SHOWN);
  await screenshot(page, "demo-reading");
  const lines = await visibleLines(page);
  const firstDifference = golden.findIndex((line, i) => lines[i] !== line);
  assert.equal(
    firstDifference === -1 && lines.length === golden.length ? "same" : `differs at line ${firstDifference}`,
    "same",
    `expected ${JSON.stringify(golden[firstDifference])}, saw ${JSON.stringify(lines[firstDifference])}; ${lines.length} lines vs ${golden.length}`,
  );

  await page.click("[data-readmode-ui=toolbar] .rm-close");
  await screenshot(page, "demo-after");
  assert.equal(await serialize(page), domBefore);
  assert.equal(await page.inputValue(".widget-newsletter input[type=email]"), "reader@example.com");
  assert.equal(await page.evaluate(() => window.scrollY), scrollBefore);
  await page.close();
});

test("a page that declares no site's name is headed by its host, as the address bar shows it", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/story.html`);
  await page.waitForFunction(() => window.ready);
  await page.evaluate(() => window.reader.enter({}));
  await page.waitForSelector(READER_SHOWN);
  assert.equal(await page.textContent("[data-readmode-ui=header] .rm-site"), new URL(base).hostname);
  await page.close();
});

test("coming back to reading mode resumes where the reader left it, and leaving puts the page's own scroll back", async () => {
  const page = await openDemo();
  await page.evaluate(() => window.scrollTo(0, 300));
  await page.click("#readmode-toggle");
  await page.waitForSelector(READER_SHOWN);
  assert.equal(await page.evaluate(() => window.scrollY), 0);
  await page.evaluate(() => window.scrollTo(0, 1500));
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => window.scrollY), 300);
  await page.click("#readmode-toggle");
  await page.waitForSelector(READER_SHOWN);
  assert.equal(await page.evaluate(() => window.scrollY), 1500);
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => window.scrollY), 300);
  await page.close();
});

test("Esc leaves reading mode", async () => {
  const { page, before: domBefore } = await enterDemo();
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => window.readmode.reader.isActive()), false);
  assert.equal(await serialize(page), domBefore);
  await page.close();
});

test("a bar along the toolbar follows the reader through the article, with the minutes left", async () => {
  const page = await openDemo();
  await page.click("#readmode-toggle");
  await page.waitForSelector(READER_SHOWN);
  const bar = "[data-readmode-ui=progress]";
  const state = () =>
    page.$eval(bar, (el) => ({
      now: Number(el.getAttribute("aria-valuenow")),
      text: el.getAttribute("aria-valuetext"),
      width: el.getBoundingClientRect().width,
      edge: el.closest("[data-readmode-ui=toolbar]").getBoundingClientRect().bottom - el.getBoundingClientRect().bottom,
    }));
  await page.waitForSelector(`${bar}[aria-valuetext]`, { state: "attached" });
  const start = await state();
  assert.deepEqual([start.now, start.text, start.width], [0, "5 min left", 0]);
  assert.ok(start.edge >= 0 && start.edge <= 1, `${start.edge}px above the toolbar's lower edge`);

  await page.evaluate(() => window.scrollTo(0, (document.scrollingElement.scrollHeight - innerHeight) / 2));
  await page.waitForFunction((bar) => document.querySelector(bar).getAttribute("aria-valuenow") !== "0", bar);
  const half = await state();
  assert.equal(half.now, 50);
  assert.equal(half.text, "3 min left");
  assert.ok(Math.abs(half.width - 640) < 2, `half-way bar ${half.width}px wide in a 1280px view`);

  await page.evaluate(() => window.scrollTo(0, document.scrollingElement.scrollHeight));
  await page.waitForFunction((bar) => document.querySelector(bar).getAttribute("aria-valuenow") === "100", bar);
  assert.equal((await state()).text, "At the end");

  const groups = await page.$$eval("[data-readmode-ui=toolbar] [role=group]", (all) => all.map((g) => g.getAttribute("aria-label")));
  assert.deepEqual(groups, ["Text", "Article", "Fix the page"]);
  await page.keyboard.press("Escape");
  assert.equal(await page.$(bar), null);
  await page.close();
});

test("a page that locks its scrolling from the markup scrolls while reading, and is locked again after", async () => {
  const { page, before } = await enterDemo("/locked.html");
  await page.mouse.move(640, 450);
  await page.mouse.wheel(0, 800);
  await page.waitForFunction(() => window.scrollY > 0);
  await page.keyboard.press("Escape");
  assert.equal(await serialize(page), before);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), "hidden");
  await page.close();
});

test("the contents list the article's sections, and choosing one brings it to the top of the view", async () => {
  const { page, before } = await enterDemo();
  await page.click("[data-readmode-ui=toolbar] .rm-contents");
  const entries = await page.$$eval("[data-readmode-ui=contents] button", (all) => all.map((b) => b.textContent));
  assert.deepEqual(entries, ["Innovative paths to success", "A strong education push", "International players"]);
  assert.equal(await page.getAttribute("[data-readmode-ui=toolbar] .rm-contents", "aria-expanded"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Innovative paths to success");
  await page.keyboard.press("Escape");
  assert.equal(await page.$("[data-readmode-ui=contents]"), null, "Esc closes the contents before it leaves");
  await page.click("[data-readmode-ui=toolbar] .rm-contents");
  await page.click("[data-readmode-ui=contents] button >> text=International players");
  assert.equal(await page.$("[data-readmode-ui=contents]"), null);
  const top = await page.evaluate(() => [...document.querySelectorAll("h2")].find((h) => h.textContent === "International players").getBoundingClientRect().top);
  const toolbar = await page.evaluate(() => document.querySelector("[data-readmode-ui=toolbar]").getBoundingClientRect().bottom);
  assert.ok(top >= toolbar && top < toolbar + 30, `the heading is at ${top}px, the toolbar ends at ${toolbar}px`);
  await page.keyboard.press("Escape");
  assert.equal(await serialize(page), before);
  await page.close();
});

test("the reader's toolbar copies Markdown, saves HTML and prints", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.evaluate(() => window.readmode.ready);
  await page.click("#readmode-toggle");
  await page.waitForSelector(READER_SHOWN);

  await page.click("[data-readmode-ui=toolbar] .rm-copy");
  await page.waitForSelector("[data-readmode-ui=flash]");
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(
    markdown.startsWith(`# DeepSeek is just one player in China’s booming AI industry\n\n*Mimi Zou · 7 March 2025 · [TechCentral](${base}/)*\n\n`),
    markdown.slice(0, 160),
  );
  assert.match(markdown, /\n## A strong education push\n/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-readmode-ui=toolbar] .rm-save")]);
  assert.equal(download.suggestedFilename(), "DeepSeek is just one player in China’s booming AI industry.html");
  const saved = await readFile(await download.path(), "utf8");
  assert.match(saved, /<h2>International players<\/h2>/);
  assert.ok(saved.includes(`<p><em>Mimi Zou</em> · 7 March 2025 · <a href="${base}/">TechCentral</a></p>`), saved.slice(0, 600));
  assert.doesNotMatch(saved, /<script|Company Hubs/);

  await page.evaluate(() => {
    window.printed = 0;
    window.print = () => window.printed++;
  });
  await page.click("[data-readmode-ui=toolbar] .rm-print");
  assert.equal(await page.evaluate(() => window.printed), 1);
  await context.close();
});

test("show removed reveals every removed block in place with its reason, and hides them again", async () => {
  const { page, before } = await enterDemo();
  const shown = (label) =>
    page.evaluate((label) => [...document.querySelectorAll(`[data-readmode-label="${label}"]`)].some((el) => el.checkVisibility()), label);
  assert.equal(await shown("duplicate quote"), false);
  await page.click("[data-readmode-ui=toolbar] .rm-removed");
  for (const label of ["menu", "duplicate quote", "promo", "related links", "footer"]) {
    assert.ok(await shown(label), `${label} is not shown`);
  }
  const caption = await page.evaluate(() => getComputedStyle(document.querySelector('[data-readmode-label="duplicate quote"]'), "::before").content);
  assert.equal(caption, '"duplicate quote"');
  await screenshot(page, "demo-show-removed");
  await page.click("[data-readmode-ui=toolbar] .rm-removed");
  assert.equal(await shown("duplicate quote"), false);
  await page.click("[data-readmode-ui=toolbar] .rm-close");
  assert.equal(await serialize(page), before);
  await page.close();
});

/** Stands in for the browser's speech synthesis, which has no voices in a
 * headless browser: records what is spoken and with which voice, and ends
 * each utterance at once unless `window.holdSpeech` is set. */
function fakeSpeech() {
  window.spoken = [];
  window.cancelled = 0;
  window.voices = [
    { name: "Network English", lang: "en-GB", localService: false, default: true },
    { name: "Device English", lang: "en-US", localService: true, default: false },
    { name: "Device French", lang: "fr-FR", localService: true, default: false },
  ];
  let current = null;
  const synth = {
    getVoices: () => window.voices,
    addEventListener() {},
    speak(utterance) {
      window.spoken.push({
        text: utterance.text,
        voice: utterance.voice.name,
        rate: utterance.rate,
        marked: document.querySelectorAll("[data-readmode-speaking]").length,
      });
      current = utterance;
      if (!window.holdSpeech) {
        setTimeout(() => current === utterance && utterance.dispatchEvent(new Event("end")), 1);
      }
    },
    // Like Chromium, a cancelled utterance reports an error, a little later.
    cancel() {
      window.cancelled++;
      const cancelled = current;
      current = null;
      if (cancelled) setTimeout(() => cancelled.dispatchEvent(new Event("error")), 100);
    },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = class extends EventTarget {
    constructor(text) {
      super();
      this.text = text;
    }
  };
}

test("read aloud speaks the title and then the article, block by block, with a voice of the device only", async () => {
  const golden = await demoGolden();
  const { page, before } = await enterDemo("/", fakeSpeech);
  const listen = "[data-readmode-ui=toolbar] .rm-listen";
  await page.click(listen);
  await page.waitForFunction((sel) => document.querySelector(sel).getAttribute("aria-pressed") === "false", listen);
  const spoken = await page.evaluate(() => window.spoken);
  assert.deepEqual(
    spoken.map((s) => s.text),
    [golden[1], ...golden.slice(3)],
    "the title, then every block of the golden article in order",
  );
  assert.ok(spoken.every((s) => s.voice === "Device English" && s.marked === 1), JSON.stringify(spoken[0]));
  assert.equal(await page.locator("[data-readmode-speaking]").count(), 0);

  // Stopped halfway: the mark goes and the speech is cancelled.
  await page.evaluate(() => {
    window.holdSpeech = true;
    window.spoken = [];
  });
  await page.click(listen);
  await page.waitForFunction(() => window.spoken.length === 1);
  assert.equal(await page.getAttribute(listen, "aria-pressed"), "true");
  assert.equal(await page.locator("[data-readmode-speaking]").count(), 1);
  const cancelled = await page.evaluate(() => window.cancelled);
  await page.click(listen);
  assert.equal(await page.evaluate(() => window.cancelled), cancelled + 1);
  assert.equal(await page.locator("[data-readmode-speaking]").count(), 0);

  // Started again at once, it goes on when the cancelled one reports.
  await page.click(listen);
  await page.waitForFunction(() => window.spoken.length === 2);
  await page.waitForTimeout(200);
  assert.equal(await page.getAttribute(listen, "aria-pressed"), "true");
  assert.equal(await page.locator("[data-readmode-speaking]").count(), 1);

  // Leaving reading mode while it reads stops it and leaves no trace.
  await page.keyboard.press("Escape");
  assert.equal(await page.evaluate(() => window.cancelled), cancelled + 2);
  assert.equal(await serialize(page), before);
  await page.close();
});

test("read aloud with no voice of the device for the article's language says so and reads nothing", async () => {
  const page = await openDemo("/", fakeSpeech);
  await page.evaluate(() => window.voices.splice(1, 1));
  await page.click("#readmode-toggle");
  await page.waitForSelector(READER_SHOWN);
  await page.click("[data-readmode-ui=toolbar] .rm-listen");
  const flash = await page.waitForSelector("[data-readmode-ui=flash]");
  assert.equal(await flash.textContent(), "No voice on this device reads this language");
  assert.deepEqual(await page.evaluate(() => window.spoken), []);
  assert.equal(await page.getAttribute("[data-readmode-ui=toolbar] .rm-listen", "aria-pressed"), "false");
  await page.close();
});

test("text and layout spaces letters and words, justifies the lines and sets the pace of reading aloud", async () => {
  const { page, before } = await enterDemo("/", fakeSpeech);
  const look = () =>
    page.evaluate(() =>
      [document.querySelector("[data-readmode-article] p"), document.querySelector("[data-readmode-ui=header] .rm-title")].map((el) => {
        const style = getComputedStyle(el);
        return [style.letterSpacing, style.wordSpacing, style.textAlign];
      }),
    );
  assert.deepEqual(await look(), [
    ["normal", "0px", "start"],
    ["normal", "0px", "start"],
  ]);
  const layout = "[data-readmode-ui=toolbar] .rm-layout";
  await page.click(layout);
  assert.equal(await page.getAttribute(layout, "aria-expanded"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.name), "letterSpacing", "the keyboard's place moves into the panel");
  const set = (name, value) =>
    page.$eval(
      `[data-readmode-ui=layout] input[name=${name}]`,
      (input, value) => {
        input.value = value;
        input.dispatchEvent(new Event("input", { bubbles: true }));
      },
      value,
    );
  await set("letterSpacing", "0.06");
  await set("wordSpacing", "0.2");
  await page.click("[data-readmode-ui=layout] input[name=align]");
  await set("rate", "1.5");
  // The text is set at 20px: 0.06em is 1.2px, 0.2em is 4px. The headline
  // is spaced alike; only the text's lines are justified.
  assert.deepEqual(await look(), [
    ["1.2px", "4px", "justify"],
    ["1.2px", "4px", "start"],
  ]);
  const shown = await page.$$eval("[data-readmode-ui=layout] output", (all) => all.map((o) => o.textContent));
  assert.deepEqual(shown, ["+0.06em", "+0.2em", "", "1.5×"]);

  // A click elsewhere closes the panel, and so does Esc, before it leaves.
  await page.click("[data-readmode-ui=header] .rm-title");
  assert.equal(await page.$("[data-readmode-ui=layout]"), null);
  assert.equal(await page.getAttribute(layout, "aria-expanded"), "false");
  await page.click(layout);
  await page.keyboard.press("Escape");
  assert.equal(await page.$("[data-readmode-ui=layout]"), null);
  assert.equal(await page.evaluate(() => window.readmode.reader.isActive()), true);
  assert.equal(await page.evaluate(() => document.activeElement.className), "rm-layout", "and back to its button");

  // Read aloud at the pace chosen.
  await page.click("[data-readmode-ui=toolbar] .rm-listen");
  await page.waitForFunction(() => document.querySelector(".rm-listen").getAttribute("aria-pressed") === "false");
  const rates = await page.evaluate(() => window.spoken.map((s) => s.rate));
  assert.ok(rates.length > 3 && rates.every((rate) => rate === 1.5), JSON.stringify(rates));

  await page.keyboard.press("Escape");
  assert.equal(await serialize(page), before);
  await page.close();
});

test("a setting of the wrong kind is left out, and never reaches the reader's stylesheet", async () => {
  const { page, before } = await enterDemo();
  const size = () => page.evaluate(() => getComputedStyle(document.querySelector("[data-readmode-article] p")).fontSize);
  assert.equal(await size(), "20px");
  await page.evaluate(() => window.readmode.reader.update({ size: "9px}html{display:none", theme: 1, letterSpacing: "0.03" }));
  assert.equal(await size(), "20px");
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute("data-readmode")), "light");
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("[data-readmode-article] p")).letterSpacing), "0.6px");
  assert.doesNotMatch(await page.evaluate(() => document.querySelector("[data-readmode-ui=style]").textContent), /9px|html\{display/);
  await page.keyboard.press("Escape");
  assert.equal(await serialize(page), before);
  await page.close();
});
