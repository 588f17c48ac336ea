// Reading mode on the live page: one walk to snapshot the document, one pass
// to apply a plan in place, and an exact undo. The decisions come from the
// Rust core (the `plan` of the snapshot); this file only reads and changes
// the DOM, so it runs both beside the WebAssembly module and, on pages whose
// Content Security Policy forbids WebAssembly, alone in a content script.

const UI = "data-readmode-ui";

/** Why reading mode does not run on a document that is not a web page it
 * can set (a JSON or XML document, an image), in words for the reader, as
 * the extension's button and `Reader.enter()` both say it; `null` for HTML
 * and XHTML pages and for plain text, which browsers show as a page. */
export function notAWebPage(doc) {
  const type = contentType(doc);
  if (type === "text/html" || type === "application/xhtml+xml" || type === "text/plain") return null;
  return `readmode reads web pages; this is ${documentKind(type)}.`;
}

function documentKind(type) {
  if (type.includes("json")) return "a JSON document";
  if (type.startsWith("image/")) return "an image";
  if (type.startsWith("video/") || type.startsWith("audio/")) return "a media file";
  if (type.includes("xml")) return "an XML document";
  return `a document of type ${type}`;
}

function contentType(doc) {
  return String(doc.contentType || "text/html").toLowerCase();
}

/** Walks the document once, as the browser draws it: into shadow roots,
 * with the nodes a slot shows in the slot's place (the flat tree).
 * `options.shadowRoot(element)` gives an element's shadow root; a page's
 * scripts see only open ones, and an extension passes the browser's
 * `openOrClosedShadowRoot` to read closed ones too. Returns the tree as
 * JSON (see the Rust `Snapshot`), the live nodes in the same order, the
 * panels that controls open (read as the page's text, drawn open while
 * reading) and the shadow roots read. */
export function snapshot(doc, { shadowRoot = (el) => el.shadowRoot } = {}) {
  const nodes = [];
  const live = [];
  // Elements whose whole subtree is surely not drawn: nothing below them is
  // looked up. (Hiding on <html>, <body> or a `hidden` block is left to the
  // plan, which knows when pages undo it themselves, and so is a collapsed
  // panel that a control opens: an accordion's answer is the page's text.)
  const gone = [];
  const toggled = toggledPanels(doc);
  const small = new Map();
  // Inline elements of a code block the page draws as lines of their own.
  const codeLines = new Set();
  // Other inline elements it draws so whose words touch a neighbour's in
  // the markup (see `touches`).
  const apart = new Set();
  const inPre = [];
  const shadows = [];
  const view = doc.defaultView;
  const veil = unveil(doc);

  /** Records `node` under `parent`; says where its children are: its own
   * (true), none (false), or already read in their drawn places (a shadow
   * host's, a slot's that shows other nodes). */
  const visit = (node, parent) => {
    if (node === veil) return false;
    if (node.nodeType === 3) {
      const owner = parent === null ? null : nodes[parent].tag;
      if (owner === "style" || (owner === "script" && !isJsonLd(live[parent]))) return false;
      nodes.push({ parent, text: node.data });
      live.push(node);
      return false;
    }
    if (node.nodeType !== 1) return false;
    const attrs = [];
    for (const a of node.attributes) attrs.push([a.name, a.value]);
    const skip = parent !== null && gone[parent];
    const style = skip || !view || node.namespaceURI !== XHTML ? null : view.getComputedStyle(node);
    const drawn = skip ? HIDDEN : signals(node, style, view);
    gone[nodes.length] =
      skip ||
      (drawn !== null &&
        !drawn.visible &&
        !/^(html|body)$/.test(node.localName) &&
        !node.hasAttribute("hidden") &&
        !toggled.has(node));
    const at = nodes.length;
    nodes.push({ parent, tag: node.localName, attrs, signals: drawn });
    live.push(node);
    inPre[at] = parent !== null && (inPre[parent] || nodes[parent].tag === "pre");
    if (!gone[at]) {
      if (node.localName === "img" || node.localName === "svg") {
        const size = smallSize(node);
        if (size) small.set(node, size);
      } else if (style && INLINE.test(node.localName) && drawsLine(style.display)) {
        if (inPre[at]) codeLines.add(node);
        else if (standsInFlow(style) && touches(node)) {
          drawn.apart = true;
          apart.add(node);
        }
      }
    }
    const root = SHADOW_HOST.test(node.localName) ? shadowRoot(node) : null;
    if (root) {
      shadows.push(root);
      for (const child of root.childNodes) walk(child, at);
      return null;
    }
    const shown = node.localName === "slot" && node.assignedNodes ? node.assignedNodes() : [];
    for (const child of shown) walk(child, at);
    return shown.length === 0;
  };

  /** Visits `root` (under `parent`) and everything below it, keeping the
   * snapshot indices of the elements the walk is in (asking each node for
   * its parent and looking that up would cost a call into the DOM each). */
  const walk = (root, parent) => {
    const walker = doc.createTreeWalker(root, 0x1 | 0x4);
    const within = [parent];
    let node = root;
    while (node) {
      const at = nodes.length;
      let next = visit(node, within[within.length - 1]) ? walker.firstChild() : null;
      if (next) within.push(at);
      else next = walker.nextSibling();
      while (!next && walker.parentNode()) {
        within.pop();
        next = walker.nextSibling();
      }
      node = next;
    }
  };

  walk(doc.documentElement, null);
  if (veil) veil.remove();
  return { json: JSON.stringify({ url: doc.URL, nodes }), live, toggled, small, codeLines, apart, shadows };
}

/** The elements a shadow root can be attached to: custom elements (whose
 * names have a hyphen) and these. Asking no others saves an extension a
 * call to the browser for most of a page's elements. */
const SHADOW_HOST = /-|^(article|aside|blockquote|body|div|footer|h[1-6]|header|main|nav|p|section|span)$/;

/** Elements a browser draws inline unless told otherwise. */
const INLINE = /^(span|code|a|b|i|em|strong|mark|samp|kbd|var|small|time|label|cite|abbr|q|u|s|font)$/;

/** Whether a `display` value starts a line of its own. */
function drawsLine(display) {
  return /^(block|flex|grid|list-item|table)$/.test(display);
}

/** Whether a box stays in the flow of the text: a floated initial or a
 * label positioned over a picture is drawn as a block but sits beside or
 * over the words, not on a line of its own. */
function standsInFlow(style) {
  return style.float === "none" && style.position !== "absolute" && style.position !== "fixed";
}

/** Whether the words of `el` touch a neighbour's with no space between in
 * the markup (`<span>Caption.</span><span>Credit: Ann Lee</span>`), which
 * the page keeps apart by drawing them as blocks (a flex row, a credit set
 * under its caption): without the page's styles they would run into one
 * word. */
function touches(el) {
  // The neighbours first: most are a line break apart, and the element's
  // own text (a card's, say) may be long.
  const words = (node) => (node && (node.nodeType === 1 || node.nodeType === 3) && node.textContent) || "";
  const before = /\S$/.test(words(el.previousSibling));
  const after = /^\S/.test(words(el.nextSibling));
  if (!before && !after) return false;
  const text = el.textContent;
  return (before && /^\S/.test(text)) || (after && /\S$/.test(text));
}

/** Pictures drawn this small are icons, ratings' stars and avatars. */
const SMALL_PICTURE = 48;

/** The size of a small picture, as "WxH" in CSS pixels: the size it is
 * drawn at, or the `width` and `height` it gives while it has not loaded
 * (a picture that failed is drawn as its text). Icons sized by the page's
 * styles alone would take the column's width once those styles are off. */
function smallSize(el) {
  const pixels = (name) => {
    const value = (el.getAttribute(name) || "").trim();
    return /^\d+(\.\d+)?(px)?$/.test(value) ? parseFloat(value) : 0;
  };
  let w, h;
  if (el.localName === "svg" || (el.complete && el.naturalWidth > 0)) {
    const rect = el.getBoundingClientRect();
    [w, h] = [rect.width, rect.height];
  } else {
    [w, h] = [pixels("width"), pixels("height")];
  }
  [w, h] = [Math.round(w), Math.round(h)];
  return w > 2 && h > 2 && w <= SMALL_PICTURE && h <= SMALL_PICTURE ? `${w}x${h}` : null;
}

/** A page may keep itself invisible until its scripts show it (`body {
 * visibility: hidden }`, an "anti-flicker" rule waiting for a script that
 * failed or was blocked). Visibility is inherited, so every element would
 * read as hidden: for the snapshot, a rule shows <html> and <body> as the
 * reader's stylesheet does while reading, and elements hidden by rules of
 * their own still read as hidden. Returns the rule's element, to take out
 * when the snapshot is read; none where the page is visible. */
function unveil(doc) {
  const view = doc.defaultView;
  const root = doc.documentElement;
  if (!view || !root || !doc.body) return null;
  if ([root, doc.body].every((el) => view.getComputedStyle(el).visibility === "visible")) return null;
  const style = doc.createElement("style");
  style.textContent = "html,body{visibility:visible!important}";
  (doc.head || root).appendChild(style);
  return style;
}

/** The panels that controls open and close: those a control names
 * (`aria-controls`: accordions' answers, tabs, disclosures), every tab
 * panel (`role="tabpanel"`, named or not), and a folded block right after
 * a control that tells whether it is open (`aria-expanded`) or after a
 * block that only wraps one (a heading, one or two levels up), as the
 * plan reads them. */
function toggledPanels(doc) {
  const panels = new Set(doc.querySelectorAll('[role="tabpanel"]'));
  for (const control of doc.querySelectorAll("[aria-controls]")) {
    for (const id of control.getAttribute("aria-controls").split(/\s+/)) {
      const panel = id && doc.getElementById(id);
      if (panel) panels.add(panel);
    }
  }
  for (const control of doc.querySelectorAll("[aria-expanded]")) {
    for (let el = control, up = 0; el; up++) {
      const panel = el.nextElementSibling;
      if (panel && !panel.checkVisibility()) panels.add(panel);
      const parent = el.parentElement;
      el = up < CONTROL_WRAPPERS && parent && parent.childElementCount === 1 ? parent : null;
    }
  }
  return panels;
}

/** How many blocks may wrap a control above its panel. */
const CONTROL_WRAPPERS = 2;

/** The words of the tab that names a tab panel (`aria-labelledby`). */
function tabOf(doc, panel) {
  const id = (panel.getAttribute("aria-labelledby") || "").split(/\s+/)[0];
  const tab = id && doc.getElementById(id);
  return tab && tab !== panel ? tab.textContent.replace(/\s+/g, " ").trim() : "";
}

function isJsonLd(script) {
  return (script.getAttribute("type") || "").trim().toLowerCase() === "application/ld+json";
}

const HIDDEN = { visible: false, fixed: false };

const XHTML = "http://www.w3.org/1999/xhtml";

/** A removed block as "show removed" reveals it. The attribute is repeated to
 * outweigh the rule that hides everything outside the article. */
const SHOWN =
  "[data-readmode-label][data-readmode-label][data-readmode-label][data-readmode-label][data-readmode-label]" +
  ":not([data-readmode-removed=inserted]):not(script,style,link,meta,template,noscript)";

/** What the browser drew for an element: whether it is visible, whether it
 * floats over the page (`position: fixed`), for headings the font size, and
 * for a headline whether the reader has scrolled down to it (in the upper
 * third of the view or above, on a scrolled page: the story on screen of a
 * scroll of stories is the last such).
 * Boxes are measured only for positioned elements, where off-screen and
 * clipped "visually hidden" text lives. `style` is the element's computed
 * style, read once by the snapshot; none outside HTML, where there is
 * nothing to say. */
function signals(el, style, view) {
  if (!style) return null;
  const position = style.position;
  let visible = style.display !== "none" && style.visibility !== "hidden" && style.visibility !== "collapse";
  if (visible && (position === "absolute" || position === "fixed")) {
    const rect = el.getBoundingClientRect();
    const offscreen = rect.right + view.scrollX < -50 || rect.bottom + view.scrollY < -50;
    const clipped = rect.width <= 1 && rect.height <= 1;
    visible = !offscreen && !clipped;
  }
  const drawn = { visible, fixed: position === "fixed" };
  if (/^h[1-6]$/.test(el.localName)) drawn.font = parseFloat(style.fontSize) || 0;
  if (el.localName === "h1" && visible && view.scrollY > 0 && el.getBoundingClientRect().top < view.innerHeight / 3) {
    drawn.passed = true;
  }
  return drawn;
}

/** The elements `rules` (`{ keep, remove }`, CSS selectors) name on the
 * snapshotted page, as snapshot indices: the fixes a plan takes. A selector
 * the browser cannot parse names nothing. */
export function resolve(snap, rules) {
  const fixes = { keep: [], remove: [] };
  const doc = documentOf(snap);
  if (!doc || !rules) return fixes;
  const at = indices(snap);
  for (const kind of ["keep", "remove"]) {
    for (const selector of rules[kind] || []) {
      let found = [];
      try {
        found = doc.querySelectorAll(selector);
      } catch {
        continue;
      }
      for (const el of found) {
        const i = at.get(el);
        if (i !== undefined) fixes[kind].push(i);
      }
    }
  }
  return fixes;
}

/** The snapshot index of the block holding the text the reader selected
 * (the nearest element around the selection that the snapshot read), by
 * which the reader points at the article; undefined without a selection. */
export function selectedBlock(snap) {
  const doc = documentOf(snap);
  const selection = doc && doc.getSelection();
  if (!selection || selection.isCollapsed || !selection.toString().trim()) return undefined;
  const at = indices(snap);
  for (let node = selection.getRangeAt(0).commonAncestorContainer; node; node = node.parentNode) {
    const i = node.nodeType === 1 ? at.get(node) : undefined;
    if (i !== undefined) return i;
  }
  return undefined;
}

/** The document a snapshot was taken of; none for an empty snapshot. */
function documentOf(snap) {
  return snap.live.length ? snap.live[0].ownerDocument : null;
}

/** Each live node's snapshot index, built once per snapshot. */
function indices(snap) {
  snap.at ??= new Map(snap.live.map((node, i) => [node, i]));
  return snap.at;
}

/** Applies a plan to the document in place and returns the session that
 * undoes it. The page's nodes stay where they are; only marks, our own
 * stylesheet and header are added, and the page's stylesheets are switched
 * off.
 *
 * `options` holds the reader settings, the site's `rules` and three hooks:
 * `onSettingsChange(settings)` and `onRulesChange(rules)`, through which the
 * host keeps what the reader changes, and `onExit(why)`, called however
 * reading mode ends: `why` is "replaced" when the page's scripts took the
 * article away (a single-page site going to another page), "torn" when
 * they kept taking reading mode's own stylesheet, toolbar or header out
 * (see `mendTorn`), and undefined when the reader or the host ended it.
 * `planner({ strictness, fixes })` plans the same snapshot again (at once
 * or as a promise) when the reader fixes a block or changes the
 * strictness. */
export function apply(doc, snap, plan, options, planner) {
  const view = doc.defaultView;
  const session = {
    doc,
    snap,
    planner,
    active: true,
    scroll: view ? [view.scrollX, view.scrollY] : [0, 0],
    marked: [],
    planMarks: [],
    strays: [],
    sheets: new Set(),
    ui: [],
    observer: null,
    inserted: [],
    listeners: [],
    settings: { ...DEFAULTS, ...pickSettings(options) },
    rules: normalRules(options && options.rules),
    onSettings: options && options.onSettingsChange,
    onRules: options && options.onRulesChange,
    onExit: options && options.onExit,
    plans: 1,
    plan,
    focused: doc.activeElement !== doc.body ? doc.activeElement : null,
  };
  markPlan(session, plan);
  typesetPlainText(session);

  switchOffSheets(session, doc);

  const style = ui(doc, "style", "style");
  session.ui.push(style);
  session.style = style;
  session.shadowStyles = switchShadows(session);

  setHeader(session);
  const toolbar = buildToolbar(doc, session);
  session.ui.push(toolbar);
  session.toolbar = toolbar;
  placeUi(session);
  offerContents(session);
  session.progress = buildProgress(doc);
  toolbar.appendChild(session.progress);

  const mark = (el, name, value) => {
    session.marked.push([el, name, el.getAttribute(name)]);
    el.setAttribute(name, value);
  };
  mark(doc.documentElement, "data-readmode", session.settings.theme);
  session.smallCss = keepSmall(session, mark);
  // A code block's lines the page drew as blocks stay lines.
  for (const line of session.snap.codeLines || []) mark(line, "data-readmode-code-line", "");
  restyle(session, session.settings);
  keepOutInsertions(doc, session);
  // Esc closes an open panel (the contents, text and layout) first, then
  // leaves; a click elsewhere than the panel and its button closes it too.
  listen(session, doc, "keydown", (event) => {
    if (event.key !== "Escape" || !session.active) return;
    if (!session.panel) return restore(session);
    const { button } = session.panel;
    closePanel(session);
    button.focus();
  });
  listen(session, doc, "click", (event) => {
    // (Told by `contains`, not `instanceof Node`: the document may be
    // another frame's, with its own `Node`.)
    const panel = session.panel;
    const target = event.target;
    const inside = panel && target && target.nodeType && (panel.el.contains(target) || panel.button.contains(target));
    if (panel && !inside) closePanel(session);
    onFixClick(session, event);
  });
  if (view) view.scrollTo(0, readingAt.get(doc) || 0);
  trackProgress(session);
  // The reader's place moves to the article's title (screen readers say
  // it), and goes back where it was on leaving: the field being typed in
  // keeps its caret.
  session.header.querySelector(".rm-title").focus({ preventScroll: true });
  return session;
}

/** Switches off the stylesheets of `root` (the document or a shadow root)
 * that are on and not the reader's, and keeps them to switch on again on
 * leaving. Those the page had off stay as they are. Constructed sheets are
 * switched off one by one too, not taken out of `adoptedStyleSheets`: that
 * list stays the page's scripts' own, and what they add to it while
 * reading is still there after. */
function switchOffSheets(session, root) {
  for (const sheet of [...root.styleSheets, ...(root.adoptedStyleSheets || [])]) {
    const owner = sheet.ownerNode;
    if (sheet.disabled || (owner && owner.nodeType === 1 && owner.hasAttribute(UI))) continue;
    session.sheets.add(sheet);
    sheet.disabled = true;
  }
}

/** Switches off the page's stylesheets that its scripts brought back while
 * reading: a `<style>` whose text they rewrote (which makes a new sheet),
 * a `<link>` made a stylesheet or no longer disabled, a stylesheet that
 * was still loading or was added, a sheet switched on again through the
 * CSSOM, a constructed sheet adopted. */
function keepSheetsOff(session) {
  if (!session.active) return;
  switchOffSheets(session, session.doc);
  for (const shadow of session.snap.shadows) switchOffSheets(session, shadow);
}

/** Switches off the styles of the shadow roots the snapshot read, as the
 * page's own are, and gives each a stylesheet of the reader's (the
 * document's does not reach into them). Returns those stylesheets. */
function switchShadows(session) {
  const styles = [];
  for (const shadow of session.snap.shadows) {
    switchOffSheets(session, shadow);
    const style = ui(session.doc, "style", "style");
    shadow.appendChild(style);
    session.ui.push(style);
    styles.push(style);
  }
  return styles;
}

/** The reader's rules in each shadow root, for the plan and settings of
 * the moment: a host inside the article is article throughout; in one the
 * article lies within, all but the way to it is hidden; others are hidden
 * with their hosts and need none. */
function styleShadows(session) {
  for (const style of session.shadowStyles) {
    const host = style.parentNode && style.parentNode.host;
    if (!host) continue;
    let css = "";
    if (inArticle(host)) css = articleCss(session.settings, ":host", ":host");
    else if (host.hasAttribute("data-readmode-path")) css = `${pathCss(":host", ":host *")}\n${articleCss(session.settings, ":host", ":host [data-readmode-article]")}`;
    if (style.textContent !== css) style.textContent = css;
  }
}

/** Whether `el` is drawn inside the article, across shadow roots. */
function inArticle(el) {
  for (let a = el; a; a = drawnParent(a)) if (a.hasAttribute("data-readmode-article")) return true;
  return false;
}

/** Marks the pictures the page drew small with their size, and returns the
 * rules that draw them at it while reading, in the line of text. A lazy
 * picture the plan gives a real source was drawn as a placeholder: its
 * size says nothing. */
function keepSmall(session, mark) {
  const swapped = new Set((session.plan.images || []).map((image) => session.snap.live[image.node]));
  const sizes = new Set();
  for (const [el, size] of session.snap.small || []) {
    if (swapped.has(el)) continue;
    mark(el, "data-readmode-small", size);
    sizes.add(size);
  }
  return [...sizes]
    .map((size) => {
      const [w, h] = size.split("x");
      return `${ARTICLE} [data-readmode-small="${size}"]{width:${w}px!important;height:${h}px!important}`;
    })
    .join("\n");
}

function listen(session, target, type, handler) {
  target.addEventListener(type, handler, true);
  session.listeners.push([target, type, handler]);
}

/** An element of the reader's own, marked so the page's tools and ours can
 * tell it apart. Custom names keep the page's `:nth-of-type` counts, which
 * the reader's rules use, as they were. */
function ui(doc, role, name = `readmode-${role}`) {
  const el = doc.createElement(name);
  el.setAttribute(UI, role);
  return el;
}

/** Marks the article, its ancestors and every removed block (with reason
 * and label); undone by `unmarkPlan`. */
function markPlan(session, plan) {
  const live = session.snap.live;
  const mark = (el, name, value) => {
    if (!el || el.nodeType !== 1) return;
    session.planMarks.push([el, name, el.getAttribute(name)]);
    el.setAttribute(name, value);
  };
  const doc = session.doc;
  const roots = plan.content.map((i) => live[i]).filter(Boolean);
  for (const root of roots) {
    mark(root, "data-readmode-article", "");
    for (let a = drawnParent(root); a && a !== doc.body && a !== doc.documentElement; a = drawnParent(a)) {
      if (!a.hasAttribute("data-readmode-path")) mark(a, "data-readmode-path", "");
    }
  }
  for (const root of roots) {
    if (root.getRootNode() === doc) continue;
    for (const slot of [root, ...root.querySelectorAll("slot")]) {
      if (slot.localName !== "slot") continue;
      for (const el of slot.assignedElements()) mark(el, SLOTTED, "");
    }
  }
  // The article's folded panels are read open, as the plan read them.
  for (const panel of session.snap.toggled) {
    if (!roots.some((root) => root.contains(panel))) continue;
    mark(panel, "data-readmode-open", "");
    // Every tab panel is shown, each headed by its tab's words (drawn by
    // the stylesheet), as the article's text reads it.
    const tab = panel.getAttribute("role") === "tabpanel" && tabOf(doc, panel);
    if (tab) mark(panel, "data-readmode-tab", tab);
  }
  // So are its disclosures: what a `<details>` holds is read as text.
  for (const root of roots) {
    for (const details of root.querySelectorAll("details:not([open])")) mark(details, "open", "");
  }
  // Words the page draws apart stay apart (see `touches`).
  for (const el of session.snap.apart || []) {
    if (roots.some((root) => root.contains(el))) mark(el, "data-readmode-apart", "");
  }
  for (const r of [...plan.removals, ...plan.outside]) {
    const el = live[r.node];
    mark(el, "data-readmode-removed", r.reason);
    // Only blocks with something to see are revealed by "show removed".
    if (el && el.nodeType === 1 && (el.textContent.trim() || el.querySelector("img,picture,video,iframe,svg"))) {
      mark(el, "data-readmode-label", r.label);
    }
  }
  // A grid of cells the page is laid out in reads as plain blocks.
  for (const node of plan.layout || []) mark(live[node], "data-readmode-layout", "");
  // Blocks that show nothing would stand as gaps in the text.
  for (const node of plan.blank || []) mark(live[node], "data-readmode-blank", "");
  // A line set in a plain container parts from the text around it.
  for (const node of plan.lines || []) mark(live[node], "data-readmode-line", "");
  // A heading that reads as a paragraph is set as one.
  for (const node of plan.prose || []) mark(live[node], "data-readmode-prose", "");
  // Lazy pictures show the real picture the plan found for them.
  for (const image of plan.images || []) {
    const el = live[image.node];
    if (!el || el.localName !== "img") continue;
    mark(el, "src", image.src);
    if (image.srcset) mark(el, "srcset", image.srcset);
  }
  wrapStrayText(doc, session);
}

/** The mark on the page's nodes that a slot of the article shows, where the
 * article was read from a shadow root: the document's rules cannot see
 * them inside it. */
const SLOTTED = "data-readmode-slotted";

/** The element `el` is drawn in: the slot that shows it, its parent, or
 * the host of the shadow root it heads. */
function drawnParent(el) {
  return el.assignedSlot || el.parentElement || (el.parentNode && el.parentNode.host) || null;
}

/** A plain-text document, which the browser shows as one `<pre>`, set as
 * text: each paragraph (between blank lines) whose lines fill the width the
 * file was wrapped at flows as one paragraph; a paragraph of one line wraps
 * in the reader's font; the rest (tables, code, lists, verse) keeps its
 * lines in a fixed-width font. Undone in `restore`, which puts the
 * document's one text node back. */
function typesetPlainText(session) {
  const doc = session.doc;
  if (!isPlainText(doc) || !doc.body) return;
  const pre = doc.body.querySelector("pre");
  const text = pre && pre.childNodes.length === 1 ? pre.firstChild : null;
  if (!text || text.nodeType !== 3 || !pre.closest("[data-readmode-article]")) return;
  const lengths = text.data.split("\n").map((line) => line.trimEnd().length).sort((a, b) => a - b);
  const wrappedAt = lengths[Math.floor(lengths.length * 0.9)];
  const paragraphs = doc.createDocumentFragment();
  for (const block of text.data.split(/\n(?:[ \t]*\n)+/)) {
    const lines = block.trimEnd().split("\n");
    if (!lines.some((line) => line.trim())) continue;
    // Columns are set apart by runs of spaces; two spaces after a full stop
    // are only the typist's habit.
    const flows = lines.slice(0, -1).every((line) => line.trimEnd().length >= 0.6 * wrappedAt && !/[^\s.!?:;] {2,}\S/.test(line.trim()));
    // The indent every line shares is the file's margin, not the text's.
    const margin = Math.min(...lines.filter((line) => line.trim()).map((line) => line.length - line.trimStart().length));
    const para = ui(doc, "para", "readmode-p");
    para.className = lines.length === 1 ? "rm-line" : flows ? "rm-flowing" : "rm-verbatim";
    para.textContent = lines.map((line) => line.slice(margin)).join("\n");
    paragraphs.appendChild(para);
  }
  pre.replaceChild(paragraphs, text);
  session.typeset = { pre, text };
}

function isPlainText(doc) {
  return contentType(doc) === "text/plain";
}

function unmarkPlan(session) {
  for (const span of session.strays) {
    const text = span.firstChild;
    if (span.parentNode && text) span.parentNode.replaceChild(text, span);
  }
  session.strays = [];
  for (let i = session.planMarks.length - 1; i >= 0; i--) {
    const [el, name, before] = session.planMarks[i];
    if (before === null) el.removeAttribute(name);
    else el.setAttribute(name, before);
  }
  session.planMarks = [];
}

/** Builds the header for the plan, in place of the one shown (`placeUi`
 * places the first). */
function setHeader(session) {
  const header = buildHeader(session.doc, session.plan);
  if (session.header) {
    session.header.replaceWith(header);
    session.ui[session.ui.indexOf(session.header)] = header;
  } else {
    session.ui.push(header);
  }
  session.header = header;
}

/** Puts reading mode's own elements where they belong, each that is not in
 * the document (yet, or any more): its stylesheet in the head, the toolbar
 * first in the body, the header after the toolbar. */
function placeUi(session) {
  const { doc, style, toolbar, header } = session;
  if (!style.isConnected) (doc.head || doc.documentElement).appendChild(style);
  if (!toolbar.isConnected) doc.body.insertBefore(toolbar, doc.body.firstChild);
  if (!header.isConnected) toolbar.after(header);
}

// ---- The reader's fixes ---------------------------------------------------

/** Blocks a click can take out of the article in edit mode. */
const BLOCKS = "figure,picture,p,li,blockquote,pre,table,h1,h2,h3,h4,h5,h6,ul,ol,dl,div,section,aside,header,footer,img,iframe,video";

/** A click while "show removed" or edit mode is on: on a revealed block it
 * puts the block back, on a block of the article it takes it out. The click
 * goes no further, so links do not navigate. */
function onFixClick(session, event) {
  const root = session.doc.documentElement;
  const revealing = root.hasAttribute("data-readmode-show-removed");
  const editing = root.hasAttribute("data-readmode-editing");
  const target = event.target;
  if (!session.active || !(revealing || editing) || !target || target.nodeType !== 1) return;
  if (target.closest(`[${UI}]`)) return;
  const removed = revealing && target.closest("[data-readmode-label]");
  if (removed && removed.getAttribute("data-readmode-removed") !== "inserted") {
    event.preventDefault();
    event.stopPropagation();
    fix(session, removed, "keep");
    return;
  }
  const article = editing && target.closest("[data-readmode-article]");
  if (!article) return;
  const block = target.closest(BLOCKS);
  const chosen = block && article.contains(block) && block !== article ? block : target !== article ? target : null;
  if (!chosen) return;
  event.preventDefault();
  event.stopPropagation();
  fix(session, chosen, "remove");
}

/** Records the reader's fix as a rule for the site and plans again. A rule
 * that said the opposite about the same block is simply dropped, so undoing
 * a fix leaves no rule behind. */
function fix(session, el, kind) {
  const other = kind === "keep" ? "remove" : "keep";
  const selector = selectorFor(el);
  const rules = { keep: [...session.rules.keep], remove: [...session.rules.remove] };
  const matching = rules[other].filter((s) => matches(el, s));
  if (matching.length) rules[other] = rules[other].filter((s) => !matching.includes(s));
  else if (!rules[kind].includes(selector)) rules[kind].push(selector);
  return replan(session, rules);
}

function matches(el, selector) {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Plans the snapshot again with `rules` and the current strictness, and
 * moves the marks to the new plan. A change that would leave no article is
 * refused with a word to the reader. */
async function replan(session, rules) {
  if (!session.planner) return;
  const started = performance.now();
  const ticket = (session.ticket = (session.ticket || 0) + 1);
  let plan;
  try {
    plan = await session.planner({ strictness: session.settings.strictness, fixes: resolve(session.snap, rules) });
  } catch {
    plan = null;
  }
  if (!session.active || ticket !== session.ticket) return;
  if (!plan || plan.error) {
    flash(session, "readmode could not plan this page again, so nothing changed");
    return;
  }
  if (!plan.found) {
    flash(session, "That would leave no article, so nothing changed");
    return;
  }
  const rulesChanged = JSON.stringify(rules) !== JSON.stringify(session.rules);
  session.rules = rules;
  session.plan = plan;
  // The observer lets these changes pass: they only touch our own marks and
  // wrappers. Reading aloud stops, as the blocks it reads may have gone.
  stopReading(session);
  unmarkPlan(session);
  markPlan(session, plan);
  styleShadows(session);
  setHeader(session);
  showProgress(session);
  offerContents(session);
  session.plans += 1;
  session.toolbar.setAttribute("data-plans", String(session.plans));
  session.toolbar.setAttribute("data-plan-ms", (performance.now() - started).toFixed(2));
  if (rulesChanged && session.onRules) session.onRules(normalRules(rules));
}

function normalRules(rules) {
  const list = (value) => (Array.isArray(value) ? value.filter((s) => typeof s === "string") : []);
  return { keep: list(rules && rules.keep), remove: list(rules && rules.remove) };
}

/** A CSS selector that names `el` alone on this page and, as far as it can,
 * the same block on the site's other pages. It is anchored at the nearest
 * element with a stable id or class (else at `body`): the element's name
 * and stable classes first, a position among its kind only where those do
 * not single it out. */
export function selectorFor(el) {
  const doc = el.ownerDocument;
  const unique = (selector) => {
    try {
      return doc.querySelectorAll(selector).length === 1;
    } catch {
      return false;
    }
  };
  const steps = [];
  for (let node = el; node && node.nodeType === 1 && node !== doc.documentElement; node = node.parentElement) {
    if (node === doc.body) break;
    const id = node.getAttribute("id");
    if (id && stableName(id) && unique(`#${CSS.escape(id)}`)) {
      return [`#${CSS.escape(id)}`, ...steps].join(" > ");
    }
    const classes = stableClasses(node);
    const own = node.localName + classes.map((c) => `.${CSS.escape(c)}`).join("");
    if (classes.length && unique([own, ...steps].join(" > "))) return [own, ...steps].join(" > ");
    steps.unshift(own + position(node));
    if (classes.length && unique(steps.join(" > "))) return steps.join(" > ");
  }
  return ["body", ...steps].join(" > ");
}

/** Names a person chose, not ones a build tool or a script generated. */
function stableName(name) {
  return /^[A-Za-z][\w-]{0,39}$/.test(name) && !/\d{3}|^(css|sc|jsx|svelte|emotion|ng)-|--|__[A-Za-z0-9]{5}/.test(name);
}

function stableClasses(el) {
  return [...el.classList].filter((c) => stableName(c) && !/^(is|has)-|active|selected|open|hover|focus/.test(c)).slice(0, 3);
}

/** `:nth-of-type(k)` among the siblings of its kind, when it has any. */
function position(el) {
  let k = 1;
  let alone = true;
  for (let s = el.parentElement ? el.parentElement.firstElementChild : null; s; s = s.nextElementSibling) {
    if (s === el || s.localName !== el.localName) continue;
    alone = false;
    if (s.compareDocumentPosition(el) & 4) k++;
  }
  return alone ? "" : `:nth-of-type(${k})`;
}

/** Text directly inside the article's ancestors (outside the article), in
 * the document or a shadow root, cannot be hidden by a style rule, so it is
 * wrapped for the session. */
function wrapStrayText(doc, session) {
  const paths = [doc, ...session.snap.shadows].flatMap((root) => [...root.querySelectorAll("[data-readmode-path]")]);
  for (const el of [doc.body, ...paths]) {
    for (const child of [...el.childNodes]) {
      if (child.nodeType === 3 && child.data.trim()) {
        const span = ui(doc, "stray", "readmode-text");
        el.replaceChild(span, child);
        span.appendChild(child);
        session.strays.push(span);
      }
    }
  }
}

/** Content the page's scripts add while reading mode is on (ads, pop-ups),
 * in the document or in a shadow root the snapshot read, stays out; new
 * stylesheets stay off. When the page's scripts take the
 * article itself out of the document (a single-page site going to another
 * page), there is nothing left to read and reading mode steps aside. */
function keepOutInsertions(doc, session) {
  const Observer = doc.defaultView && doc.defaultView.MutationObserver;
  if (!Observer) return;
  session.observer = new Observer((records) => {
    if (articleGone(session, records)) {
      restore(session, "replaced");
      return;
    }
    if (!mendTorn(session)) return;
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1 || node.hasAttribute(UI)) continue;
        if (node.localName === "style" || node.localName === "link") continue;
        if (inArticle(node) && /^(img|picture|source|video|audio|iframe)$/.test(node.localName)) continue;
        if (!node.hasAttribute("data-readmode-removed")) {
          session.inserted.push(node);
          node.setAttribute("data-readmode-removed", "inserted");
        }
      }
    }
    keepSheetsOff(session);
  });
  // Text changes and a link's `rel` and `disabled` for the stylesheets;
  // on `<html>`, the theme's mark (observing a node again would replace
  // what is observed there, not add to it).
  const watched = { childList: true, subtree: true, characterData: true, attributeFilter: ["rel", "disabled"] };
  session.observer.observe(doc.documentElement, { ...watched, attributeFilter: ["rel", "disabled", "data-readmode"] });
  for (const root of session.snap.shadows) session.observer.observe(root, watched);
  // A stylesheet that finishes loading (load events reach the document on
  // their way down, though they do not bubble).
  listen(session, doc, "load", () => keepSheetsOff(session));
  // And what no mutation reports: a sheet switched on again through the
  // CSSOM, a new list of constructed sheets.
  const view = doc.defaultView;
  const sweep = view.setInterval(() => keepSheetsOff(session), SWEEP_MS);
  session.stopSweep = () => view.clearInterval(sweep);
}

/** How often, while reading, the page's stylesheets are looked over for
 * any its scripts switched on in ways no mutation reports. */
const SWEEP_MS = 250;

/** How many times reading mode puts back what the page's scripts take of
 * it before it gives the page back instead. */
const MAX_MENDS = 20;

/** Puts back what the page's scripts took of reading mode's own (its
 * stylesheet, toolbar and header, the theme's mark on `<html>`), which
 * would leave the page with its styles off and none of the reader's. A page
 * that keeps taking them (a script that answers each mend at once) gets
 * its page back, whole. Says whether reading mode is still on. */
function mendTorn(session) {
  const doc = session.doc;
  const { style, toolbar, header } = session;
  const unmarked = !doc.documentElement.hasAttribute("data-readmode");
  if (style.isConnected && toolbar.isConnected && header.isConnected && !unmarked) return true;
  session.mends = (session.mends || 0) + 1;
  if (session.mends > MAX_MENDS || !doc.body) {
    restore(session, "torn");
    return false;
  }
  placeUi(session);
  if (unmarked) doc.documentElement.setAttribute("data-readmode", session.settings.theme);
  return true;
}

/** Whether `records` took the article, or most of what the reader saw of
 * it, out of the document. */
function articleGone(session, records) {
  const roots = session.plan.content.map((i) => session.snap.live[i]).filter(Boolean);
  if (roots.some((root) => !root.isConnected)) return true;
  let removed = 0;
  for (const record of records) {
    if (!roots.some((root) => root.contains(record.target))) continue;
    for (const node of record.removedNodes) removed += shownLength(session.doc, node);
  }
  return removed > 0 && removed * 2 > session.plan.article.text.length;
}

/** Characters of text in `node` that the reader saw: not in a removed
 * block, a script or a style. */
function shownLength(doc, node) {
  const skip = (n) =>
    n.nodeType === 1 && (n.hasAttribute("data-readmode-removed") || /^(script|style|template|noscript)$/.test(n.localName));
  if (skip(node)) return 0;
  const walker = doc.createTreeWalker(node, 0x1 | 0x4, {
    acceptNode: (n) => (skip(n) ? 2 : n.nodeType === 3 ? 1 : 3),
  });
  let length = node.nodeType === 3 ? node.data.trim().length : 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) length += n.data.trim().length;
  return length;
}

/** Where the reader had got to in each document's reader view: coming back
 * to it during the same visit (after a look at the page as it was) resumes
 * there, not at the top. */
const readingAt = new WeakMap();

/** Undoes everything `apply` did, in reverse, and tells the host `why`
 * (see `apply`). */
export function restore(session, why) {
  if (!session || !session.active) return;
  session.active = false;
  stopReading(session);
  const doc = session.doc;
  if (doc.defaultView) readingAt.set(doc, doc.defaultView.scrollY);
  if (session.observer) {
    session.observer.takeRecords();
    session.observer.disconnect();
    session.stopSweep();
  }
  for (const [target, type, handler] of session.listeners) target.removeEventListener(type, handler, true);
  for (const node of session.inserted) node.removeAttribute("data-readmode-removed");
  for (const el of session.ui) el.remove();
  if (session.typeset) session.typeset.pre.replaceChildren(session.typeset.text);
  unmarkPlan(session);
  for (let i = session.marked.length - 1; i >= 0; i--) {
    const [el, name, before] = session.marked[i];
    if (before === null) el.removeAttribute(name);
    else el.setAttribute(name, before);
  }
  for (const sheet of session.sheets) sheet.disabled = false;
  doc.documentElement.removeAttribute("data-readmode-show-removed");
  doc.documentElement.removeAttribute("data-readmode-editing");
  if (doc.defaultView) doc.defaultView.scrollTo(session.scroll[0], session.scroll[1]);
  if (session.focused && session.focused.isConnected) session.focused.focus({ preventScroll: true });
  if (session.onExit) session.onExit(why);
}

export function isActive(session) {
  return Boolean(session && session.active);
}

/** The reader settings before the reader changes any: the page module, the
 * extension's content script and its options page all start from these.
 * `follow` is the extension's alone: reading mode stays on through the
 * links the reader follows on the same site. */
export const DEFAULTS = Object.freeze({
  theme: "system",
  font: "serif",
  size: 20,
  width: 38,
  lineHeight: 1.6,
  letterSpacing: 0,
  wordSpacing: 0,
  align: "start",
  rate: 1,
  strictness: 0.5,
  follow: true,
});

/** The settings given, each checked against its default's kind (a number
 * where a number is due: settings are written into the reader's
 * stylesheet); unknown and malformed ones are left out. */
function pickSettings(settings) {
  const out = {};
  if (!settings) return out;
  for (const [key, fallback] of Object.entries(DEFAULTS)) {
    const value = settings[key];
    if (value === undefined || value === null) continue;
    if (typeof fallback === "number" ? Number.isFinite(Number(value)) : typeof value === typeof fallback) {
      out[key] = typeof fallback === "number" ? Number(value) : value;
    }
  }
  return out;
}

/** Applies reader settings (theme, font, size, width, line height,
 * spacing, alignment, reading speed) at once. */
export function restyle(session, settings) {
  if (!session || !session.active) return;
  const strictness = session.settings.strictness;
  Object.assign(session.settings, pickSettings(settings));
  const s = session.settings;
  if (s.strictness !== strictness) replan(session, session.rules);
  session.doc.documentElement.setAttribute("data-readmode", s.theme);
  session.style.textContent = `${readerCss(s)}\n${session.smallCss}`;
  styleShadows(session);
  showProgress(session);
}

function buildHeader(doc, plan) {
  const m = plan.metadata || {};
  const article = plan.article || {};
  const header = ui(doc, "header");
  header.setAttribute("role", "banner");
  // The site's name; where the page declares none, the site's address as
  // the address bar shows it (the page's own masthead is out of sight).
  const siteName = m.site_name || hostOf(doc);
  if (siteName) {
    const site = doc.createElement("p");
    site.className = "rm-site";
    site.textContent = siteName;
    header.appendChild(site);
  }
  const title = doc.createElement("h1");
  title.className = "rm-title";
  // A plain-text file has no title of its own: its name stands in.
  const named = isPlainText(doc) ? decodeURIComponent(doc.location.pathname.split("/").pop() || "") : "";
  title.textContent = m.title || doc.title || named;
  title.tabIndex = -1;
  header.appendChild(title);
  // The standfirst the page sets under its headline, outside the body.
  for (const paragraph of standfirst(m)) {
    const p = doc.createElement("p");
    p.className = "rm-standfirst";
    p.textContent = paragraph;
    header.appendChild(p);
  }
  const meta = doc.createElement("p");
  meta.className = "rm-meta";
  const facts = [];
  const words = headerWords(m.lang);
  if (m.byline) facts.push(startsWithBy(m.byline, words) ? m.byline : `${words.by} ${m.byline}`);
  // The page's first date format takes the browser 20 to 40 ms to make (it
  // loads its calendar data): then the date is written into its place once
  // the reader view is drawn and the browser is idle, so the view does not
  // wait for it. (This script's own frames and idle time: a sandboxed
  // page's run no script.)
  const dateLater = Boolean(m.published) && !hasDateFormat(m.lang);
  const dateAt = m.published ? facts.push(dateLater ? "" : formatDate(m.published, m.lang)) - 1 : -1;
  if (article.reading_minutes) facts.push(words.minutes(article.reading_minutes));
  writeFacts(meta, facts);
  if (dateLater) {
    requestAnimationFrame(() =>
      whenIdle(() => {
        facts[dateAt] = formatDate(m.published, m.lang);
        writeFacts(meta, facts);
      }),
    );
  }
  header.appendChild(meta);
  // A lead picture kept outside the article body (a theme's "featured
  // image") is shown in the header; the browser has it cached already.
  if (m.lead_image && !/<img\b/.test(article.html || "")) {
    const img = doc.createElement("img");
    img.className = "rm-lead";
    img.src = m.lead_image;
    img.alt = "";
    // A picture that cannot be had would leave its margin, empty.
    img.addEventListener("error", () => img.remove(), { once: true });
    header.appendChild(img);
  }
  return header;
}

/** The header's words in the languages news is most often written in, by
 * the page's primary language; English for any other. The header speaks
 * the article's language, as its date does. */
const HEADER_WORDS = {
  en: { by: "By", minutes: (n) => `${n} min read` },
  de: { by: "Von", minutes: (n) => `${n} Min. Lesezeit` },
  fr: { by: "Par", minutes: (n) => `${n} min de lecture` },
  es: { by: "Por", minutes: (n) => `${n} min de lectura` },
  it: { by: "Di", minutes: (n) => `${n} min di lettura` },
  pt: { by: "Por", minutes: (n) => `${n} min de leitura` },
  nl: { by: "Door", minutes: (n) => `${n} min leestijd` },
};

/** The header's words for a page in `lang` (`fr-CA`, `pt_BR`); the page
 * names its language, so only the table's own keys are read from it. */
function headerWords(lang) {
  const primary = (lang || "").split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(HEADER_WORDS, primary) ? HEADER_WORDS[primary] : HEADER_WORDS.en;
}

/** Whether a byline says "By" already, in English or in the page's
 * language ("By Ann Lee", "Par Lucie Martin"). */
function startsWithBy(byline, words) {
  const first = byline.split(/\s/, 1)[0].toLowerCase();
  return first === "by" || first === words.by.toLowerCase();
}

/** Writes the header's line of facts, one `bdi` each, a dot between those
 * not empty. Each keeps its own direction: "1 min read" stays in that order
 * over an article written right to left. Written again, only the text
 * changes: an element added while reading would be kept out as the page's
 * (see `keepOutInsertions`). */
function writeFacts(meta, facts) {
  if (!meta.firstChild) {
    facts.forEach((_, i) => {
      if (i) meta.append("");
      meta.append(meta.ownerDocument.createElement("bdi"));
    });
  }
  let written = false;
  [...meta.children].forEach((part, i) => {
    part.textContent = facts[i];
    if (i) part.previousSibling.data = facts[i] && written ? " · " : "";
    written ||= Boolean(facts[i]);
  });
}

/** Whether the browser can read aloud, asked without reading
 * `speechSynthesis`: its first reading wakes the browser's speech service,
 * which costs the first click about 2 ms. */
function canSpeak(view) {
  return Boolean(view) && "speechSynthesis" in view && "SpeechSynthesisUtterance" in view;
}

/** The standfirst's paragraphs. */
function standfirst(m) {
  return m.standfirst ? m.standfirst.split("\n\n") : [];
}

/** The date the page states, in the page's language. Only the calendar date
 * is shown, as the page gave it, so no time zone can move it a day. */
function formatDate(iso, lang) {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day) return iso;
  return dateFormat(lang).format(new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]))));
}

/** Date formats by language, each made once: the header is drawn again on
 * every re-plan. */
const dateFormats = new Map();

/** Whether the format for `lang` is made already. */
function hasDateFormat(lang) {
  return dateFormats.has(lang || "");
}

/** The calendar-date format for `lang`; a language the browser does not
 * take is written as the reader's own. */
function dateFormat(lang) {
  const key = lang || "";
  if (!dateFormats.has(key)) {
    const options = { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" };
    let format;
    try {
      format = new Intl.DateTimeFormat(lang || undefined, options);
    } catch {
      format = new Intl.DateTimeFormat(undefined, options);
    }
    dateFormats.set(key, format);
  }
  return dateFormats.get(key);
}

/** Runs `task` when the browser is idle, or within half a second. */
function whenIdle(task) {
  if (globalThis.requestIdleCallback) requestIdleCallback(task, { timeout: 500 });
  else setTimeout(task, 50);
}

/** A thin bar along the toolbar's lower edge: how far through the article
 * the reader has scrolled, with the minutes left for screen readers and on
 * hover. */
function buildProgress(doc) {
  const bar = ui(doc, "progress");
  bar.setAttribute("role", "progressbar");
  bar.setAttribute("aria-label", "Reading progress");
  bar.setAttribute("aria-valuemin", "0");
  bar.setAttribute("aria-valuemax", "100");
  return bar;
}

/** Redraws the progress bar on scrolling. */
function trackProgress(session) {
  showProgress(session);
  listen(session, session.doc, "scroll", () => showProgress(session));
}

/** Redraws the progress bar in the next frame, once however many times it
 * is asked before: reading the page's height then costs no layout of its
 * own, and entering, re-planning and fast scrolling wait for none. */
function showProgress(session) {
  const view = session.doc.defaultView;
  if (!view || session.progressQueued) return;
  session.progressQueued = true;
  view.requestAnimationFrame(() => {
    session.progressQueued = false;
    drawProgress(session);
  });
}

function drawProgress(session) {
  const view = session.doc.defaultView;
  const bar = session.progress;
  if (!view || !bar || !session.active) return;
  const root = session.doc.scrollingElement || session.doc.documentElement;
  const room = root.scrollHeight - view.innerHeight;
  const done = room > 0 ? Math.min(1, Math.max(0, view.scrollY / room)) : 1;
  bar.style.setProperty("--rm-done", String(done));
  bar.setAttribute("aria-valuenow", String(Math.round(done * 100)));
  const left = Math.ceil(((session.plan.article && session.plan.article.reading_minutes) || 0) * (1 - done));
  const text = left > 0 ? `${left} min left` : "At the end";
  bar.setAttribute("aria-valuetext", text);
  bar.title = text;
}

function buildToolbar(doc, session) {
  const bar = ui(doc, "toolbar");
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", "Reading mode");
  // Buttons come in groups (the text's look, the article, fixing the page),
  // set apart so the eye finds each; `group` starts the next one.
  let into = bar;
  const group = (label) => {
    into = doc.createElement("span");
    into.className = "rm-group";
    into.setAttribute("role", "group");
    into.setAttribute("aria-label", label);
    bar.appendChild(into);
  };
  const button = (name, label, action) => {
    const b = doc.createElement("button");
    b.type = "button";
    b.className = `rm-${name}`;
    b.setAttribute("aria-label", label);
    b.title = label;
    b.addEventListener("click", action);
    into.appendChild(b);
    return b;
  };
  // A settings button: `change` gives the new values from the current ones;
  // they apply at once and are handed to whoever keeps them.
  const setting = (name, label, change) =>
    button(name, label, () => {
      restyle(session, change(session.settings));
      notify(session);
    });
  group("Text");
  const themes = ["system", "light", "sepia", "dark"];
  setting("theme", "Change theme", (s) => ({ theme: themes[(themes.indexOf(s.theme) + 1) % themes.length] }));
  setting("font", "Serif or sans-serif", (s) => ({ font: s.font === "serif" ? "sans" : "serif" }));
  setting("smaller", "Smaller text", (s) => ({ size: Math.max(14, s.size - 2) }));
  setting("larger", "Larger text", (s) => ({ size: Math.min(32, s.size + 2) }));
  setting("narrower", "Narrower lines", (s) => ({ width: Math.max(28, s.width - 4) }));
  setting("wider", "Wider lines", (s) => ({ width: Math.min(60, s.width + 4) }));
  setting("spacing", "Line spacing", (s) => ({
    lineHeight: s.lineHeight >= 1.9 ? 1.4 : Math.round((s.lineHeight + 0.2) * 10) / 10,
  }));
  const layout = button("layout", "Text and layout: letter and word spacing, justified lines, reading speed", () =>
    togglePanel(session, layout, () => buildLayout(session)),
  );
  layout.setAttribute("aria-expanded", "false");
  group("Article");
  session.contentsButton = button("contents", "Contents", () =>
    togglePanel(session, session.contentsButton, () => buildContents(session)),
  );
  session.contentsButton.setAttribute("aria-expanded", "false");
  button("copy", "Copy as Markdown", () => copyMarkdown(session));
  button("save", "Save as HTML", () => saveHtml(session));
  button("print", "Print", () => doc.defaultView && doc.defaultView.print());
  if (canSpeak(doc.defaultView)) {
    const listen = button("listen", "Read aloud (with this device's voices)", () => toggleReading(session, listen));
    listen.setAttribute("aria-pressed", "false");
  }
  // Fixing the page: reveal what was removed (a click puts a block back),
  // edit (a click takes a block out), and how much to remove at all.
  const mode = (name, label, attribute) => {
    const b = button(name, label, () => {
      const on = b.getAttribute("aria-pressed") !== "true";
      b.setAttribute("aria-pressed", String(on));
      if (on) doc.documentElement.setAttribute(attribute, "");
      else doc.documentElement.removeAttribute(attribute);
    });
    b.setAttribute("aria-pressed", "false");
  };
  group("Fix the page");
  mode("removed", "Show what was removed (click a block to put it back)", "data-readmode-show-removed");
  mode("edit", "Edit (click a block to remove it)", "data-readmode-editing");
  const strictness = doc.createElement("input");
  strictness.type = "range";
  strictness.className = "rm-strictness";
  strictness.min = "0";
  strictness.max = "1";
  strictness.step = "0.25";
  strictness.value = String(session.settings.strictness);
  strictness.title = "Strictness: fewer removals … more removals";
  strictness.setAttribute("aria-label", strictness.title);
  strictness.addEventListener("input", () => {
    session.settings.strictness = Number(strictness.value);
    notify(session);
    replan(session, session.rules);
  });
  into.appendChild(strictness);
  into = bar;
  button("close", "Leave reading mode", () => restore(session));
  return bar;
}

/** The sections of the article as the reader sees it: its headings of the
 * second and third level that were not left out. */
function sections(session) {
  const found = [];
  for (const root of session.doc.querySelectorAll("[data-readmode-article]")) {
    for (const heading of root.querySelectorAll("h2:not([data-readmode-prose]),h3:not([data-readmode-prose])")) {
      if (!heading.closest("[data-readmode-removed]") && heading.textContent.trim()) found.push(heading);
    }
  }
  return found;
}

/** The contents button is there for an article of three sections or more;
 * a re-plan may add or take away sections, and closes the list. */
function offerContents(session) {
  if (session.panel && session.panel.button === session.contentsButton) closePanel(session);
  session.contentsButton.hidden = sections(session).length < 3;
}

/** Opens the panel `build` makes under the toolbar's `button`, or closes
 * it when it is the one open. One panel is open at a time. The keyboard's
 * place moves into it (it comes last in the document), and Esc brings it
 * back to the button. */
function togglePanel(session, button, build) {
  const open = session.panel;
  if (open) closePanel(session);
  if (open && open.button === button) return;
  const el = build();
  session.doc.body.appendChild(el);
  session.ui.push(el);
  session.panel = { button, el };
  button.setAttribute("aria-expanded", "true");
  const first = el.querySelector("button,input");
  if (first) first.focus({ preventScroll: true });
}

function closePanel(session) {
  const { button, el } = session.panel;
  el.remove();
  session.ui.splice(session.ui.indexOf(el), 1);
  session.panel = null;
  button.setAttribute("aria-expanded", "false");
}

/** The list of the article's sections; choosing one closes the list and
 * scrolls its heading to the top of the view. */
function buildContents(session) {
  const doc = session.doc;
  const list = ui(doc, "contents");
  list.setAttribute("role", "navigation");
  list.setAttribute("aria-label", "Contents");
  for (const heading of sections(session)) {
    const entry = doc.createElement("button");
    entry.type = "button";
    entry.textContent = heading.textContent.trim();
    if (heading.localName === "h3") entry.className = "rm-subsection";
    entry.addEventListener("click", () => {
      closePanel(session);
      heading.scrollIntoView({ block: "start" });
    });
    list.appendChild(entry);
  }
  return list;
}

/** The settings a reader changes less often, or for ease of reading
 * (dyslexia, low vision): spacing between letters and between words,
 * lines justified (and hyphenated in the article's language), and how fast
 * the article is read aloud. Each applies as it moves. */
function buildLayout(session) {
  const doc = session.doc;
  const panel = ui(doc, "layout");
  panel.setAttribute("role", "group");
  panel.setAttribute("aria-label", "Text and layout");
  // A row: the label, the control and what it is set to (a checkbox says
  // that itself).
  const row = (label, control, shown = () => "") => {
    const line = doc.createElement("label");
    const out = doc.createElement("output");
    const show = () => (out.textContent = shown(session.settings));
    line.append(label, control, out);
    show();
    control.addEventListener("input", show);
    panel.appendChild(line);
  };
  const change = (settings) => {
    restyle(session, settings);
    notify(session);
  };
  const range = (name, min, max, step) => {
    const input = doc.createElement("input");
    input.type = "range";
    input.name = name;
    Object.assign(input, { min, max, step });
    input.value = String(session.settings[name]);
    input.addEventListener("input", () => change({ [name]: Number(input.value) }));
    return input;
  };
  const times = (n) => `${n.toFixed(2).replace(/\.?0+$/, "")}×`;
  row("Letter spacing", range("letterSpacing", "0", "0.15", "0.03"), (s) => (s.letterSpacing ? `+${s.letterSpacing}em` : "normal"));
  row("Word spacing", range("wordSpacing", "0", "0.5", "0.1"), (s) => (s.wordSpacing ? `+${s.wordSpacing}em` : "normal"));
  const justify = doc.createElement("input");
  justify.type = "checkbox";
  justify.name = "align";
  justify.checked = session.settings.align === "justify";
  justify.addEventListener("input", () => change({ align: justify.checked ? "justify" : "start" }));
  row("Justified lines", justify);
  if (canSpeak(session.doc.defaultView)) {
    row("Reading speed", range("rate", "0.5", "2", "0.25"), (s) => times(s.rate));
  }
  return panel;
}

/** The host of a page on the web, without its "www."; none for a file or
 * a frame written in place. */
function hostOf(doc) {
  const location = doc.location;
  return location && /^https?:$/.test(location.protocol) ? location.hostname.replace(/^www\./, "") : "";
}

/** What a copy of the article says of where it comes from: the byline, the
 * date, and the page's address under the site's name. */
function provenance(session) {
  const m = session.plan.metadata || {};
  const location = session.doc.location;
  const url = location ? location.href : "";
  return {
    byline: m.byline || "",
    date: m.published ? formatDate(m.published, m.lang) : "",
    url,
    site: m.site_name || hostOf(session.doc) || url,
  };
}

/** The article as Markdown, headed by its title, standfirst, byline, date
 * and source, on the clipboard. */
async function copyMarkdown(session) {
  const m = session.plan.metadata || {};
  const from = provenance(session);
  const link = from.url && `[${from.site}](${from.url.replace(/[()]/g, encodeURIComponent)})`;
  const lines = [`# ${m.title || session.doc.title}`, ...standfirst(m).map((p) => `**${p}**`), `*${[from.byline, from.date, link].filter(Boolean).join(" · ")}*`];
  lines.push(session.plan.article.markdown);
  const text = lines.join("\n\n") + "\n";
  const clipboard = session.doc.defaultView && session.doc.defaultView.navigator.clipboard;
  try {
    await clipboard.writeText(text);
    flash(session, "Copied as Markdown");
  } catch {
    flash(session, "The browser did not allow copying here");
  }
}

/** Downloads the article as a standalone HTML file (sanitized by the core),
 * with its standfirst, byline, date and source. */
function saveHtml(session) {
  const doc = session.doc;
  const m = session.plan.metadata || {};
  const escape = (s) => String(s || "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const from = provenance(session);
  const source = /^(https?|file):/.test(from.url) ? `<a href="${escape(from.url)}">${escape(from.site)}</a>` : "";
  const facts = [from.byline && `<em>${escape(from.byline)}</em>`, escape(from.date), source].filter(Boolean).join(" · ");
  const html = `<!DOCTYPE html><html lang="${escape(m.lang || "")}" dir="${escape(m.dir || "auto")}"><head><meta charset="utf-8">` +
    `<title>${escape(m.title)}</title><style>body{max-width:38em;margin:2em auto;padding:0 1em;font:20px/1.6 Georgia,serif}img{max-width:100%;height:auto}</style></head>` +
    `<body><h1>${escape(m.title)}</h1>${standfirst(m).map((p) => `<p><strong>${escape(p)}</strong></p>`).join("")}` +
    `${facts ? `<p>${facts}</p>` : ""}${session.plan.article.html}</body></html>`;
  const url = URL.createObjectURL(new Blob([html], { type: "text/html" }));
  const link = doc.createElement("a");
  link.setAttribute(UI, "download");
  link.href = url;
  link.download = `${(m.title || "article").replace(/[\\/:*?"<>|]+/g, " ").trim().slice(0, 80) || "article"}.html`;
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---- Reading aloud ---------------------------------------------------------

/** Blocks read aloud, each as one utterance; one inside another is read
 * with it. */
const SPOKEN = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,blockquote,figcaption,pre:not(:has(> readmode-p)),readmode-p";

/** The title and standfirst, then the article's blocks in order, as the
 * reader sees them. */
function spokenBlocks(session) {
  const blocks = [...session.header.querySelectorAll(".rm-title, .rm-standfirst")];
  for (const root of session.doc.querySelectorAll("[data-readmode-article]")) {
    for (const el of [root, ...root.querySelectorAll(SPOKEN)]) {
      if (!el.matches(SPOKEN) || el.closest("[data-readmode-removed]")) continue;
      if (el.parentElement && el.parentElement.closest(SPOKEN)) continue;
      blocks.push(el);
    }
  }
  return blocks.filter((el) => el && el.innerText.trim());
}

/** A voice of this device for the article's language. Voices a browser
 * fetches from a server would send the article over the network, so only
 * local ones read. Browsers list their voices a moment after the page
 * loads; a first click waits for them. */
async function localVoice(synth, lang) {
  let voices = synth.getVoices();
  if (!voices.length) {
    await new Promise((ok) => {
      synth.addEventListener("voiceschanged", ok, { once: true });
      setTimeout(ok, 1000);
    });
    voices = synth.getVoices();
  }
  const local = voices.filter((v) => v.localService);
  const want = (lang || "").toLowerCase().replace("_", "-");
  const language = (v) => v.lang.toLowerCase().replace("_", "-");
  if (!want) return local.find((v) => v.default) || local[0] || null;
  return local.find((v) => language(v) === want) || local.find((v) => language(v).split("-")[0] === want.split("-")[0]) || null;
}

/** Starts reading the article aloud from the block at the top of the view,
 * or stops. The block being read is marked and kept in view. */
async function toggleReading(session, button) {
  if (session.speech) return stopReading(session);
  const view = session.doc.defaultView;
  const synth = view.speechSynthesis;
  const speech = { synth, button, current: null };
  session.speech = speech;
  button.setAttribute("aria-pressed", "true");
  const lang = (session.plan.metadata && session.plan.metadata.lang) || session.doc.documentElement.lang;
  const voice = await localVoice(synth, lang);
  if (session.speech !== speech) return;
  if (!voice) {
    stopReading(session);
    flash(session, "No voice on this device reads this language");
    return;
  }
  const blocks = spokenBlocks(session);
  const first = Math.max(0, blocks.findIndex((el) => el.getBoundingClientRect().bottom > 0));
  const read = (i) => {
    if (session.speech !== speech) return;
    if (speech.current) speech.current.removeAttribute("data-readmode-speaking");
    speech.current = null;
    if (i >= blocks.length) return stopReading(session);
    const el = blocks[i];
    speech.current = el;
    el.setAttribute("data-readmode-speaking", "");
    el.scrollIntoView({ block: "nearest" });
    const utterance = new view.SpeechSynthesisUtterance(el.innerText.trim());
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = session.settings.rate;
    utterance.addEventListener("end", () => read(i + 1));
    // Cancelling fires "error" too, perhaps after a new reading has begun.
    utterance.addEventListener("error", () => session.speech === speech && stopReading(session));
    synth.speak(utterance);
  };
  read(first);
}

function stopReading(session) {
  const speech = session.speech;
  if (!speech) return;
  session.speech = null;
  if (speech.current) speech.current.removeAttribute("data-readmode-speaking");
  speech.button.setAttribute("aria-pressed", "false");
  speech.synth.cancel();
}

function flash(session, text) {
  const box = ui(session.doc, "flash");
  box.setAttribute("role", "status");
  box.textContent = text;
  session.doc.body.appendChild(box);
  session.ui.push(box);
  setTimeout(() => box.remove(), 1800);
}

function notify(session) {
  if (session.onSettings) session.onSettings({ ...session.settings });
}

/** The article while reading, as the reader's stylesheet selects it. */
const ARTICLE = "html[data-readmode] [data-readmode-article]";

function readerCss(s) {
  const family = fontFamily(s);
  const light = "--rm-bg:#fdfdfc;--rm-fg:#1f1f1f;--rm-muted:#666;--rm-link:#1a5fb4;--rm-rule:#e3e3e3;";
  const sepia = "--rm-bg:#f6eedb;--rm-fg:#3b2f22;--rm-muted:#7a6a55;--rm-link:#8a4b0f;--rm-rule:#e2d5b8;";
  const dark = "--rm-bg:#1b1c1e;--rm-fg:#e2e2e0;--rm-muted:#a0a09c;--rm-link:#8ab4f8;--rm-rule:#36383b;";
  const icons = {
    theme: "◐", font: "Aa", smaller: "A−", larger: "A+", narrower: "⇥⇤", wider: "⇤⇥", spacing: "☰", layout: "¶",
    contents: "§", copy: "MD", save: "↓", print: "▤", listen: "▷", removed: "◌", edit: "✎", close: "✕",
  };
  const iconRules = Object.entries(icons)
    .map(([name, glyph]) => `[${UI}=toolbar] .rm-${name}::before{content:"${glyph}"}`)
    .join("\n");
  return `
html[data-readmode]{${light}--rm-size:${s.size}px;--rm-width:${s.width}em;--rm-line:${s.lineHeight};--rm-letter:${s.letterSpacing}em;--rm-word:${s.wordSpacing}em;background:var(--rm-bg)!important;color-scheme:light;scroll-padding-top:3.5rem;overflow:visible!important;height:auto!important;visibility:visible!important}
html[data-readmode=sepia]{${sepia}}
html[data-readmode=dark]{${dark}color-scheme:dark}
@media (prefers-color-scheme: dark){html[data-readmode=system]{${dark}color-scheme:dark}}
html[data-readmode] body{display:block!important;background:var(--rm-bg)!important;color:var(--rm-fg)!important;
  font-family:${family}!important;font-size:var(--rm-size)!important;line-height:var(--rm-line)!important;
  max-width:var(--rm-width)!important;margin:0 auto!important;padding:3.5rem 1.25rem 4rem!important;
  overflow:visible!important;height:auto!important;position:static!important;visibility:visible!important}
${pathCss("html[data-readmode]", "html[data-readmode] body *")}
${articleCss(s, "html[data-readmode]", `html[data-readmode] :is([data-readmode-article],[${SLOTTED}])`)}
html[data-readmode] body[data-readmode-article]{max-width:var(--rm-width)!important;margin:0 auto!important;padding:3.5rem 1.25rem 4rem!important;
  font-family:${family}!important;line-height:var(--rm-line)!important;color:var(--rm-fg)!important}
${s.align === "justify" ? `html[data-readmode] [${UI}=para]:not(.rm-line,.rm-verbatim){text-align:justify;hyphens:auto}` : ""}
html[data-readmode][data-readmode-show-removed] body ${SHOWN},html[data-readmode][data-readmode-show-removed] body ${SHOWN} *:not(script,style,link,meta,template,noscript){display:revert!important}
html[data-readmode][data-readmode-show-removed] body ${SHOWN}{display:block!important;opacity:.45!important;outline:1px dashed var(--rm-muted);outline-offset:2px;margin:.6em 0!important;position:relative!important;font-size:.8em!important}
html[data-readmode][data-readmode-show-removed] body [data-readmode-label]::before{content:attr(data-readmode-label);display:block;font:600 11px/1.4 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--rm-link);opacity:1}
html[data-readmode] [${UI}=header]{display:block!important;margin:0 0 2em!important;padding:0 0 1.2em!important;border-bottom:1px solid var(--rm-rule)!important;letter-spacing:var(--rm-letter)!important;word-spacing:var(--rm-word)!important}
html[data-readmode] [${UI}=header] .rm-site{margin:0 0 .4em!important;font-size:.75em!important;letter-spacing:.06em!important;font-variant:all-small-caps;color:var(--rm-muted)!important}
html[data-readmode] [${UI}=header] .rm-title{font-size:2em!important;line-height:1.2!important;margin:0 0 .5em!important;font-family:${family}!important}
html[data-readmode] [${UI}=header] .rm-title:focus{outline:none}
html[data-readmode] [${UI}=header] .rm-standfirst{font-size:1.15em!important;line-height:1.45!important;margin:0 0 .8em!important}
html[data-readmode] [${UI}=header] .rm-lead{display:block;width:100%;height:auto;margin:1.2em 0 0;border-radius:4px}
html[data-readmode] [${UI}=header] .rm-meta{margin:0!important;font-size:.8em!important;color:var(--rm-muted)!important}
html[data-readmode] [${UI}=toolbar]{position:fixed!important;top:0;left:0;right:0;display:flex!important;justify-content:safe flex-end;align-items:center;gap:.25rem .9rem;padding:.45rem .75rem;box-sizing:border-box;overflow-x:auto;scrollbar-width:none;background:color-mix(in srgb,var(--rm-bg) 92%,transparent);-webkit-backdrop-filter:blur(6px);backdrop-filter:blur(6px);border-bottom:1px solid var(--rm-rule);z-index:2147483647;font:14px/1 system-ui,sans-serif!important}
html[data-readmode] [${UI}=toolbar] button[hidden]{display:none}
html[data-readmode] :is([${UI}=contents],[${UI}=layout]){position:fixed!important;top:3.25rem;right:.75rem;display:flex!important;flex-direction:column;gap:.1rem;max-width:min(24rem,calc(100vw - 1.5rem));max-height:70vh;overflow:auto;padding:.4rem;box-sizing:border-box;z-index:2147483647;background:var(--rm-bg);color:var(--rm-fg);border:1px solid var(--rm-rule);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18);font:14px/1.35 system-ui,sans-serif!important}
html[data-readmode] [${UI}=contents] button{all:unset;cursor:pointer;padding:.35rem .6rem;border-radius:5px}
html[data-readmode] [${UI}=contents] button.rm-subsection{padding-left:1.4rem}
html[data-readmode] [${UI}=contents] button:is(:hover,:focus-visible){background:var(--rm-rule)}
html[data-readmode] [${UI}=layout]{display:grid!important;grid-template-columns:auto 9em 4.5em;gap:.6rem .75rem;padding:.8rem 1rem;align-items:center}
html[data-readmode] [${UI}=layout] label{display:contents}
html[data-readmode] [${UI}=layout] input{margin:0;accent-color:var(--rm-link);cursor:pointer;justify-self:start}
html[data-readmode] [${UI}=layout] input[type=range]{width:100%}
html[data-readmode] [${UI}=layout] output{color:var(--rm-muted);font-variant-numeric:tabular-nums}
html[data-readmode] [${UI}=toolbar] .rm-close{position:sticky;right:0;box-shadow:-.6rem 0 .5rem var(--rm-bg)}
html[data-readmode] [${UI}=toolbar] .rm-group{display:flex!important;flex:none;align-items:center;gap:.25rem}
html[data-readmode] [${UI}=progress]{position:absolute!important;bottom:0;left:0;display:block!important;width:100%;height:2px;background:var(--rm-link);transform-origin:0 50%;transform:scaleX(var(--rm-done,0));pointer-events:none}
html[data-readmode] [${UI}=toolbar] button{all:unset;cursor:pointer;min-width:2.2em;height:2.2em;padding:0 .3em;text-align:center;border-radius:6px;color:var(--rm-fg);background:var(--rm-bg);border:1px solid var(--rm-rule);box-sizing:border-box}
html[data-readmode] [${UI}=toolbar] button:hover,html[data-readmode] [${UI}=toolbar] button:focus-visible{border-color:var(--rm-muted)}
html[data-readmode] [${UI}=toolbar] button[aria-pressed=true]{background:var(--rm-rule);border-color:var(--rm-muted)}
html[data-readmode] [data-readmode-speaking][data-readmode-speaking]{background-color:color-mix(in srgb,var(--rm-link) 14%,transparent)!important;box-shadow:0 0 0 .25em color-mix(in srgb,var(--rm-link) 14%,transparent);border-radius:2px}
html[data-readmode] [${UI}=toolbar] .rm-strictness{width:6.5em;margin:0 .25em;accent-color:var(--rm-link);cursor:pointer}
html[data-readmode][data-readmode-show-removed] body ${SHOWN}:hover{opacity:.8!important;cursor:pointer}
html[data-readmode][data-readmode-editing] [data-readmode-article] :is(p,li,figure,blockquote,pre,table,h2,h3,h4,h5,h6,img,iframe):hover${TYPESET}{outline:2px solid var(--rm-link)!important;outline-offset:3px;cursor:pointer}
${iconRules}
html[data-readmode] pre:has(> [${UI}=para]){white-space:normal!important;font-family:inherit!important;font-size:var(--rm-size)!important;background:none!important;padding:0!important;overflow:visible!important}
html[data-readmode] [${UI}=para]{display:block!important;margin:0 0 1.1em!important}
html[data-readmode] [${UI}=para].rm-line{white-space:pre-wrap!important}
html[data-readmode] [${UI}=para].rm-verbatim{white-space:pre-wrap!important;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace!important;font-size:.8em!important}
html[data-readmode] [${UI}=flash]{position:fixed!important;top:3.5rem;right:.75rem;display:block!important;z-index:2147483647;font:14px/1.4 system-ui,sans-serif!important;padding:.5em .9em;border-radius:6px;background:var(--rm-fg);color:var(--rm-bg)}
@media print{html[data-readmode] :is([${UI}=toolbar],[${UI}=flash],[${UI}=contents],[${UI}=layout]){display:none!important}}
`;
}

/** The font family of the reader's settings. */
function fontFamily(s) {
  return s.font === "sans"
    ? 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif'
    : 'Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "Times New Roman", serif';
}

/** The elements the reader sets. Not its own toolbar and header, which sit
 * inside the article where the page's body is the article, and not MathML,
 * which the browser lays out by rules of its own (scripts a size down,
 * stretching operators, matrix cells). `:where` adds no weight, so the
 * rules keep their order of precedence. */
const TYPESET = `:where(:not([${UI}],[${UI}] *,math,math *))`;

/** Hides what is neither the article nor on the way to it. `scope` is
 * where the rules apply (the document while reading, or a shadow root's
 * host) and `everything` the elements they may hide. */
function pathCss(scope, everything) {
  return `${everything}:not([data-readmode-path]):not([data-readmode-article]):not([data-readmode-article] *):not([${SLOTTED}]):not([${SLOTTED}] *):not([${UI}]):not([${UI}] *){display:none!important}
${scope} [data-readmode-path]{display:block!important;position:static!important;float:none!important;width:auto!important;max-width:none!important;height:auto!important;min-height:0!important;margin:0!important;padding:0!important;border:0!important;background:none!important;transform:none!important;opacity:1!important;columns:auto!important;overflow:visible!important}`;
}

/** The article set in the reader's type, within `scope`: `article` selects
 * its roots, and the page's nodes a slot of the article shows (set as the
 * article's own, not laid out anew as its roots are). A paragraph parts from the block before it as well as from the
 * one after (a caption or a credit set in a plain <div> comes before it);
 * margins in a row collapse into one gap. */
function articleCss(s, scope, article) {
  const family = fontFamily(s);
  return `
${article},${article} *${TYPESET}{font-family:inherit!important;color:inherit!important;background-color:transparent!important;line-height:inherit!important;position:static!important;float:none!important;max-width:100%!important;width:auto;height:auto!important;min-height:0!important;max-height:none!important;padding-top:0!important;padding-bottom:0!important;letter-spacing:var(--rm-letter)!important;word-spacing:var(--rm-word)!important;opacity:1!important;text-align:start}
${article}:not([${SLOTTED}]){display:block!important;font-size:var(--rm-size)!important;margin:0!important;padding:0!important}
${article} p${TYPESET}{margin:0 0 1.1em!important}
${s.align === "justify" ? `${article} :is(p,li,dd,blockquote)${TYPESET}{text-align:justify;hyphens:auto}` : ""}
${article} p:not(:first-child)${TYPESET},${article} [data-readmode-line]${TYPESET}{margin-top:1.1em!important}
${article} [data-readmode-line]${TYPESET}{margin-bottom:1.1em!important}
${article} :is(h2,h3,h4,h5,h6)${TYPESET}{font-family:${family}!important;line-height:1.25!important;margin:1.6em 0 .6em!important;font-weight:700!important}
${article} *${TYPESET}{font-size:inherit!important}
${article} h1${TYPESET}{font-size:1.6em!important}
${article} h2${TYPESET}{font-size:1.4em!important}
${article} h3${TYPESET}{font-size:1.2em!important}
${article} [data-readmode-prose]${TYPESET}{font-size:inherit!important;font-weight:inherit!important;line-height:inherit!important;margin:0 0 1.1em!important}
${article} :is(sup,sub)${TYPESET}{line-height:0!important;font-size:.75em!important}
${article} button${TYPESET}{border:0!important;padding:0!important;margin:0!important;font:inherit!important;font-weight:700!important;text-align:inherit!important;color:inherit!important;background:none!important;cursor:default}
${article} a${TYPESET}{color:var(--rm-link)!important;text-decoration:underline!important;text-underline-offset:.15em}
${article} :is(h1,h2,h3,h4,h5,h6) a[href*="#"]${TYPESET},${article} a[href*="#"]:has(:is(h1,h2,h3,h4,h5,h6))${TYPESET}{color:inherit!important;text-decoration:none!important}
${article} :is(img,video,iframe,picture,svg)${TYPESET}{display:block;max-width:100%!important;height:auto!important;margin:1.2em auto!important;border-radius:4px}
${article} iframe${TYPESET}{width:100%!important;aspect-ratio:16/9}
${article} [data-readmode-code-line]${TYPESET}{display:block!important}
${article} [data-readmode-apart]${TYPESET}::before,${article} [data-readmode-apart]${TYPESET}::after{content:" "}
${article} [data-readmode-small]${TYPESET}{display:inline-block!important;margin:0 .15em!important;vertical-align:middle;border-radius:0}
${article} figure${TYPESET}{margin:1.2em 0!important;padding:0!important}
${article} :is(figcaption,figure:not(:has(> figcaption)) > p)${TYPESET}{font-size:.8em!important;color:var(--rm-muted)!important;text-align:center}
${article} blockquote${TYPESET}{margin:1.2em 0!important;padding:0 0 0 1em!important;border-left:3px solid var(--rm-rule)!important;font-style:italic}
${article} blockquote :is(pre,code)${TYPESET}{font-style:normal!important}
${article} :is(pre,code)${TYPESET}{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace!important;font-size:.85em!important}
${article} pre${TYPESET}{white-space:pre!important;overflow-x:auto!important;padding:1em!important;background:var(--rm-rule)!important;border-radius:4px}
${article} table${TYPESET}{border-collapse:collapse!important;display:block;overflow-x:auto;margin:0 0 1.1em!important}
${article} :is(td,th)${TYPESET}{border:1px solid var(--rm-rule)!important;padding:.3em .6em!important}
${article} :is(td,th)>:first-child${TYPESET}{margin-top:0!important}
${article} :is(td,th)>:last-child${TYPESET}{margin-bottom:0!important}
${scope} [data-readmode-layout][data-readmode-layout]{display:block!important;border:0!important;padding:0!important;margin:0!important;width:auto!important;overflow:visible!important;font-style:normal!important}
${article} :is(ul,ol)${TYPESET}{padding-left:1.5em!important;margin:0 0 1.1em!important}
${article} [data-readmode-open]${TYPESET}{display:block!important;visibility:visible!important}
${article} summary${TYPESET}{display:block!important;list-style:none!important}
${article} [data-readmode-tab]${TYPESET}::before{content:attr(data-readmode-tab);display:block;font-weight:700;margin:0 0 1.1em}
${scope} [data-readmode-removed][data-readmode-removed],${scope} [data-readmode-blank],${scope} [${UI}=stray]{display:none!important}
`;
}
