// Readability.js's article and metadata for every page of a corpus, as JSON
// lines for `readmode eval DIR --texts FILE`. It runs in Chromium, as a
// reader view runs in a browser, on a document parsed from the page's HTML:
//
//   node tests/bench/peers/readability_texts.mjs ../shared/corpus/wcxb-dev > readability.jsonl
//
// Pages are named as `readmode eval` names them; the article goes out as
// HTML, which the eval reads to text the way it reads Readability's gold.

import { readFile, readdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { launch, ROOT } from "../../support/browser.mjs";

/** [name, source path] for each page with gold text. */
async function pages(corpus) {
  if (existsSync(join(corpus, "ground-truth"))) {
    const { files } = JSON.parse(await readFile(join(corpus, "metadata.json"), "utf8"));
    return Object.keys(files)
      .sort()
      .map((name) => [name, join(corpus, "html", `${name}.html.gz`)]);
  }
  const folders = (await readdir(corpus, { withFileTypes: true }))
    .filter((d) => d.isDirectory() && existsSync(join(corpus, d.name, "expected.html")))
    .map((d) => d.name)
    .sort();
  return folders.map((name) => [name, join(corpus, name, "source.html")]);
}

async function html(path) {
  const bytes = await readFile(path);
  const plain = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return new TextDecoder().decode(plain);
}

const corpus = process.argv[2];
if (!corpus) {
  console.error("usage: node tests/bench/peers/readability_texts.mjs CORPUS");
  process.exit(1);
}
const browser = await launch();
const page = await browser.newPage();
await page.setContent('<!DOCTYPE html><meta charset="utf-8">');
await page.addScriptTag({
  content: await readFile(join(ROOT, "node_modules", "@mozilla", "readability", "Readability.js"), "utf8"),
});
for (const [name, path] of await pages(corpus)) {
  const found = await page.evaluate((source) => {
    try {
      const article = new Readability(new DOMParser().parseFromString(source, "text/html")).parse();
      return (
        article && {
          html: article.content,
          title: article.title,
          byline: article.byline,
          published: article.publishedTime,
        }
      );
    } catch {
      return null;
    }
  }, await html(path));
  console.log(
    JSON.stringify({
      page: name,
      html: found?.html ?? null,
      title: found?.title ?? null,
      byline: found?.byline ?? null,
      published: found?.published ?? null,
    }),
  );
}
await browser.close();
