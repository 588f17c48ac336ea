// Injected on request into the current tab, after live.js (whose functions
// it calls, as `readmodeLive`) and shadow.js. A second injection toggles
// reading mode off. The plan comes from the background, where the
// WebAssembly module runs; the reader's fixes are kept in storage.local,
// each site's under a key of its own ("rules:" and the host name), the
// settings in storage.sync.
//
// The background also injects it into the next page a tab loads while the
// reader follows links in reading mode (`__readmodeFollowing` set first):
// then it only ever enters reading mode, and a page with no article stays
// as it is without a word. On a single-page site, where following a link
// only swaps the article, the content script reads the new one itself.

(async () => {
  const { snapshot, resolve, selectedBlock, apply, restore, isActive, notAWebPage, DEFAULTS } = globalThis.readmodeLive;
  const state = (globalThis.__readmode ??= { session: null, busy: false });
  const following = globalThis.__readmodeFollowing === true;
  delete globalThis.__readmodeFollowing;
  if (isActive(state.session)) {
    if (following) return;
    restore(state.session);
    state.session = null;
    return;
  }
  // A JSON or XML document or an image: the button says why
  // nothing happens, as it does on browser pages.
  const refusal = notAWebPage(document);
  if (refusal) {
    if (!following) chrome.runtime.sendMessage({ type: "refuse", message: refusal });
    return;
  }
  await enter(following);

  /** Reads the page and sets it for reading; `quiet` when the reader did
   * not ask on this page (following links), so nothing is said when the
   * page has no article. */
  async function enter(quiet) {
    if (state.busy || isActive(state.session)) return;
    state.busy = true;
    try {
      const site = location.hostname || "local files";
      const key = `rules:${site}`;
      // Asked together: each answer comes back from the browser's process.
      const [settings, { [key]: rules }] = await Promise.all([
        chrome.storage.sync.get(DEFAULTS),
        chrome.storage.local.get(key),
      ]);
      if (quiet && !settings.follow) {
        reading(false);
        return;
      }
      // Closed shadow roots too, out of the page's scripts' reach but
      // not an extension's: each browser's way is in its shadow.js.
      const snap = snapshot(document, { shadowRoot: globalThis.readmodeShadowRoot });
      // Text the reader selected points at the article (every later plan
      // of this page keeps to it).
      const article = quiet ? undefined : selectedBlock(snap);
      const planner = (request) =>
        chrome.runtime.sendMessage({ type: "plan", json: snap.json, url: location.href, article, ...request });
      const plan = await planner({ strictness: settings.strictness, fixes: resolve(snap, rules) });
      if (!plan || plan.error) {
        if (!quiet) notice(`readmode could not read this page${plan && plan.error ? `: ${plan.error}` : "."}`);
      } else if (!plan.found) {
        if (!quiet) notice(article === undefined ? "No article found here. Select the text to read and click again." : "Nothing to read in the selected text");
      } else {
        state.session = apply(
          document,
          snap,
          plan,
          {
            ...settings,
            rules,
            onSettingsChange: (changed) => chrome.storage.sync.set(changed),
            onRulesChange: (changed) => saveRules(key, changed),
            onExit: (why) => {
              if (why === "replaced" && settings.follow) return enterOnceDrawn();
              if (why === "torn") notice("This page keeps taking reading mode apart, so here it is as it was.");
              reading(false);
            },
          },
          planner,
        );
        reading(true);
      }
    } finally {
      state.busy = false;
    }
  }

  /** A single-page site put another page in place of the article, as a
   * link followed there does: once its scripts have drawn it (the document
   * quiet for a moment, or after a few seconds at most), reading mode reads
   * it as it would a page loaded whole. */
  function enterOnceDrawn() {
    const QUIET_MS = 300;
    const MOST_MS = 5000;
    let quiet;
    const done = () => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(most);
      enter(true);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, QUIET_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(done, QUIET_MS);
    const most = setTimeout(done, MOST_MS);
  }

  /** Tells the background whether this tab is in reading mode, so that the
   * next page it loads opens in reading mode too. */
  function reading(on) {
    chrome.runtime.sendMessage({ type: "reading", on }).catch(() => {});
  }

  /** Keeps a site's rules under its key; a site left without rules is
   * forgotten. Writing one key, with no read before, leaves what another
   * tab or the options page writes for other sites alone. */
  function saveRules(key, changed) {
    if (changed.keep.length || changed.remove.length) return chrome.storage.local.set({ [key]: changed });
    return chrome.storage.local.remove(key);
  }

  /** A short, polite message that removes itself and changes nothing else. */
  function notice(text) {
    const box = document.createElement("div");
    box.setAttribute("data-readmode-ui", "notice");
    box.setAttribute("role", "status");
    box.textContent = text;
    box.style.cssText =
      "all:initial;position:fixed;z-index:2147483647;top:16px;left:50%;transform:translateX(-50%);" +
      "background:#1f1f1f;color:#fff;font:15px/1.4 system-ui,sans-serif;padding:10px 18px;border-radius:8px;" +
      "box-shadow:0 4px 16px rgba(0,0,0,.3)";
    document.documentElement.appendChild(box);
    setTimeout(() => box.remove(), 2500);
  }
})();
