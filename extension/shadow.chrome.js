// How a content script in Chrome reaches an element's shadow root, closed
// ones too, which the page's own scripts cannot (see content.js). Only HTML
// elements host them.
globalThis.readmodeShadowRoot ??= (el) => (el instanceof HTMLElement ? chrome.dom.openOrClosedShadowRoot(el) : null);
