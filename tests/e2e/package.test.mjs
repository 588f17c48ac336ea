// The packaged extensions: what the stores receive.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "../support/browser.mjs";

const DIST = join(ROOT, "dist");

test("web-ext lint finds nothing in the Firefox build", () => {
  const out = execFileSync(
    join(ROOT, "node_modules", ".bin", "web-ext"),
    ["lint", "--source-dir", join(DIST, "firefox"), "--self-hosted", "--output", "json", "--no-input"],
    { encoding: "utf8" },
  );
  const report = JSON.parse(out);
  assert.deepEqual(report.summary, { errors: 0, notices: 0, warnings: 0 }, JSON.stringify(report, null, 2));
});

test("each zip is at most 720 KB and carries the wasm package", async () => {
  for (const name of await readdir(DIST)) {
    if (!name.endsWith(".zip")) continue;
    const size = (await stat(join(DIST, name))).size;
    assert.ok(size <= 720 * 1024, `${name}: ${size} bytes`);
  }
  for (const browser of ["chrome", "firefox"]) {
    await stat(join(DIST, browser, "pkg", "readmode_bg.wasm"));
  }
});

test("no remote code and no eval in the extension", async () => {
  for (const browser of ["chrome", "firefox"]) {
    for (const file of ["background.js", "content.js", "live.js", "shadow.js", "options.js", "pkg/readmode.js"]) {
      const code = await readFile(join(DIST, browser, file), "utf8");
      assert.doesNotMatch(code, /\beval\s*\(|new Function\s*\(|importScripts\s*\(\s*["']https?:/, `${browser}/${file}`);
      assert.doesNotMatch(code, /https?:\/\/(?!www\.w3\.org\/)[^\s"'`]+\.js/, `${browser}/${file} loads remote script`);
    }
    const html = await readFile(join(DIST, browser, "options.html"), "utf8");
    assert.doesNotMatch(html, /<script[^>]+src="https?:/);
  }
});
