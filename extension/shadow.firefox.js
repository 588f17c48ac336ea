// How a content script in Firefox reaches an element's shadow root, closed
// ones too, which the page's own scripts cannot (see content.js): a
// property elements have for extensions only.
globalThis.readmodeShadowRoot ??= (el) => el.openOrClosedShadowRoot ?? null;
