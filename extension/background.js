// The extension's background: on a click (or Alt+Shift+R) it injects the
// content script into the current tab, and it plans the snapshots the
// content script sends. Planning here, not in the page, keeps reading mode
// working on pages whose Content Security Policy forbids WebAssembly. It
// also carries reading mode on to the next page of a tab that was reading.

import init, { planSnapshot, warmUp } from "./pkg/readmode.js";

const ready = init({ module_or_path: chrome.runtime.getURL("pkg/readmode_bg.wasm") });
let warmed;

/** Lets the module plan its own small sample, once in this worker's life,
 * while the page is read for the real plan: the browser compiles the
 * planner as it first runs, and a worker just woken would otherwise plan
 * the reader's page in code compiled on the way. Not on every start: the
 * worker also wakes for tab updates, where no plan follows. */
function warm() {
  warmed ??= ready.then(() => warmUp()).catch(() => {});
}

const READABLE = /^(https?|file):/;
/** What the browser answers for pages no extension may script. */
const PROTECTED = /chrome:|about:|edge:|moz-extension:|chrome-extension:|extensions gallery|cannot be scripted|webstore|pdf/i;
const CANNOT = "readmode cannot run on browser pages, the extension store or built-in viewers.";

chrome.action.onClicked.addListener((tab) => toggle(tab));

/** Injects the content script, which toggles reading mode. */
function inject(tabId) {
  return chrome.scripting.executeScript({ target: { tabId }, files: ["live.js", "shadow.js", "content.js"] });
}

async function toggle(tab) {
  if (tab.url && !READABLE.test(tab.url)) {
    await refuse(tab, CANNOT);
    return;
  }
  warm();
  try {
    await inject(tab.id);
  } catch (error) {
    if (PROTECTED.test(error.message)) {
      await refuse(tab, CANNOT);
      return;
    }
    // A click on a busy page sometimes lands before the page can take
    // scripts; a second try almost always works.
    try {
      await new Promise((ok) => setTimeout(ok, 150));
      await inject(tab.id);
    } catch (error) {
      await refuse(tab, `readmode could not read this page: ${error.message}`);
    }
  }
}

/** Tells the reader, on the button itself, why nothing happened. */
async function refuse(tab, message) {
  await chrome.action.setBadgeBackgroundColor({ tabId: tab.id, color: "#8a2b0f" });
  await chrome.action.setBadgeText({ tabId: tab.id, text: "✕" });
  await chrome.action.setTitle({ tabId: tab.id, title: message });
}

// ---- Following links in reading mode ---------------------------------------

/** The tabs in reading mode, kept in session storage (the worker may sleep
 * between two pages): the next page such a tab loads opens in reading mode
 * too. The activeTab grant the reader's click gave lasts while the tab stays
 * on the same site; on another site the injection fails and following ends.
 * The reader's settings may turn following off (the content script asks). */
const FOLLOWING = "following";

async function followed() {
  const { [FOLLOWING]: tabs = {} } = await chrome.storage.session.get(FOLLOWING);
  return tabs;
}

/** Changes reach storage one after another: two read-modify-writes that
 * overlapped (a page's "reading" arriving as the reader leaves on the next)
 * would let the older one undo the newer. */
let followChanges = Promise.resolve();

function follow(tabId, on) {
  followChanges = followChanges
    .then(async () => {
      const tabs = await followed();
      if (Boolean(tabs[tabId]) === on) return;
      if (on) tabs[tabId] = true;
      else delete tabs[tabId];
      await chrome.storage.session.set({ [FOLLOWING]: tabs });
    })
    .catch(() => {});
  return followChanges;
}

chrome.tabs.onUpdated.addListener(async (tabId, change) => {
  if (change.status !== "complete" || !(await followed())[tabId]) return;
  try {
    await chrome.scripting.executeScript({
      target: { tabId },
      func: () => {
        globalThis.__readmodeFollowing = true;
      },
    });
    warm();
    await inject(tabId);
  } catch {
    await follow(tabId, false);
  }
});

chrome.tabs.onRemoved.addListener((tabId) => follow(tabId, false));

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (sender.id !== chrome.runtime.id) return false;
  if (message?.type === "refuse" && sender.tab) {
    refuse(sender.tab, String(message.message));
    return false;
  }
  if (message?.type === "reading" && sender.tab) {
    follow(sender.tab.id, Boolean(message.on));
    return false;
  }
  if (message?.type !== "plan") return false;
  ready
    .then(() =>
      reply(
        planSnapshot(message.json, {
          url: message.url,
          strictness: message.strictness,
          fixes: message.fixes,
          article: message.article,
        }),
      ),
    )
    .catch((error) => reply({ error: String(error && error.message ? error.message : error) }));
  return true;
});
