// Starting Debian's Chromium for the browser tests, and the helpers they share.

import { chromium } from "playwright-core";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const ARTIFACTS = join(ROOT, "tests", "artifacts");

/** Chromium as root, headless, with nothing reaching for the network. */
export const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ARGS,
  });
}

/** The reader view's header once every fact of its line is written: the
 * date may join the line a moment after the view is drawn. */
export const READER_SHOWN = "[data-readmode-ui=header] .rm-meta:not(:has(bdi:empty))";

/** The text a reader sees, one trimmed non-empty line per entry. */
export async function visibleLines(page) {
  const text = await page.evaluate(() => document.body.innerText);
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The whole document as markup, for before/after comparisons. */
export function serialize(page) {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/** A screenshot through the DevTools protocol (Playwright's own screenshot
 * writes `style` attributes into inputs, which would break DOM equality). */
export async function screenshot(page, name) {
  const session = await page.context().newCDPSession(page);
  const { data } = await session.send("Page.captureScreenshot", { format: "png" });
  await session.detach();
  await mkdir(ARTIFACTS, { recursive: true });
  const file = join(ARTIFACTS, `${name}.png`);
  await writeFile(file, Buffer.from(data, "base64"));
  return file;
}
