// Driving the real extension in Debian's Chromium: load it unpacked through
// the DevTools protocol and click its toolbar action on a tab, as a reader's
// click does (which grants activeTab).

import { spawn } from "node:child_process";
import { access, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { ARGS } from "./browser.mjs";

export async function launchWithExtension(extensionDir) {
  // Chromium waits for an extension that is not there rather than fail.
  await access(join(extensionDir, "manifest.json")).catch(() => {
    throw new Error(`no extension in ${extensionDir}: build it first (make extension)`);
  });
  const profile = await mkdtemp(join(tmpdir(), "readmode-profile-"));
  const proc = spawn(
    process.env.CHROMIUM || "/usr/bin/chromium",
    [
      "--headless=new",
      ...ARGS,
      "--remote-debugging-port=0",
      "--enable-unsafe-extension-debugging",
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  const endpoint = await new Promise((ok, fail) => {
    let buffer = "";
    proc.stderr.on("data", (chunk) => {
      buffer += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(buffer);
      if (match) ok(match[1]);
    });
    proc.on("exit", (code) => fail(new Error(`chromium exited with ${code}: ${buffer}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const cdp = await browser.newBrowserCDPSession();
  const { id } = await cdp.send("Extensions.loadUnpacked", { path: extensionDir });
  const context = browser.contexts()[0];
  const worker =
    context.serviceWorkers().find((w) => w.url().includes(id)) ||
    (await context.waitForEvent("serviceworker", { predicate: (w) => w.url().includes(id) }));
  // The worker has imported the wasm module once this resolves.
  await worker.evaluate(() => new Promise((ok) => setTimeout(ok, 50)));

  return {
    browser,
    context,
    worker,
    extensionId: id,
    /** Clicks the toolbar button for `page`'s tab. */
    async click(page) {
      const { targetInfos } = await cdp.send("Target.getTargets", { filter: [{}] });
      const url = page.url();
      const target = targetInfos.find((t) => t.type === "tab" && t.url === url);
      if (!target) throw new Error(`no tab for ${url}`);
      await cdp.send("Extensions.triggerAction", { id, targetId: target.targetId });
    },
    async close() {
      await browser.close().catch(() => {});
      proc.kill("SIGKILL");
      await new Promise((ok) => (proc.exitCode !== null ? ok() : proc.once("exit", ok)));
      // The browser's helper processes may still be writing to the profile
      // for a moment after it exits; removal retries on "not empty".
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}
