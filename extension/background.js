// The extension's background: on a click (or Alt+Shift+R) it injects the
// content script into the current tab, and it plans the snapshots the
// content script sends. Planning here, not in the page, keeps reading mode
// working on pages whose Content Security Policy forbids WebAssembly.

import init, { planSnapshot } from "./pkg/readmode.js";

const ready = init({ module_or_path: chrome.runtime.getURL("pkg/readmode_bg.wasm") });
const READABLE = /^(https?|file):/;
/** What the browser answers for pages no extension may script. */
const PROTECTED = /chrome:|about:|edge:|moz-extension:|chrome-extension:|extensions gallery|cannot be scripted|webstore|pdf/i;
const CANNOT = "readmode cannot run on browser pages, the extension store or built-in viewers.";

chrome.action.onClicked.addListener((tab) => toggle(tab));

async function toggle(tab) {
  if (tab.url && !READABLE.test(tab.url)) {
    await refuse(tab, CANNOT);
    return;
  }
  const inject = () =>
    chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ["live.js", "content.js"] });
  try {
    await inject();
  } catch (error) {
    if (PROTECTED.test(error.message)) {
      await refuse(tab, CANNOT);
      return;
    }
    // A click on a busy page sometimes lands before the page can take
    // scripts; a second try almost always works.
    try {
      await new Promise((ok) => setTimeout(ok, 150));
      await inject();
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

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  if (sender.id !== chrome.runtime.id) return false;
  if (message?.type === "refuse" && sender.tab) {
    refuse(sender.tab, String(message.message));
    return false;
  }
  if (message?.type !== "plan") return false;
  ready
    .then(() => reply(planSnapshot(message.json, { url: message.url, strictness: message.strictness, fixes: message.fixes })))
    .catch((error) => reply({ error: String(error && error.message ? error.message : error) }));
  return true;
});
