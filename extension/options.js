// The options page: the reader settings in storage.sync, saved as they
// change, and the reader's fixes per site, which can be deleted, exported and
// imported. live.js, loaded before, gives the settings' defaults.

const { DEFAULTS } = globalThis.readmodeLive;
const form = document.getElementById("settings");

function show(settings) {
  for (const [name, value] of Object.entries(settings)) {
    const field = form.elements[name];
    if (field && field.type === "checkbox") field.checked = Boolean(value);
    else if (field) field.value = String(value);
    const out = form.querySelector(`output[data-for="${name}"]`);
    if (out) out.textContent = String(value);
  }
}

form.addEventListener("input", (event) => {
  const field = event.target;
  const value = field.type === "range" ? Number(field.value) : field.type === "checkbox" ? field.checked : field.value;
  chrome.storage.sync.set({ [field.name]: value });
  show({ [field.name]: value });
});

chrome.storage.sync.get(DEFAULTS).then(show);
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "sync") show(Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.newValue])));
});
chrome.commands?.getAll?.().then((commands) => {
  const action = commands.find((c) => c.name === "_execute_action");
  if (action && action.shortcut) document.getElementById("shortcut").textContent = action.shortcut;
});

// ---- The reader's fixes: per-site rules in storage.local ------------------

const list = document.getElementById("rules");
const status = document.getElementById("status");
const FORMAT = "readmode-rules";

/** Each site's rules are stored under a key of their own, "rules:" and the
 * site, so that a tab saving one site's fixes and this page editing
 * another's never write over each other. */
const PREFIX = "rules:";

/** Every site's rules, by site. */
async function loadRules() {
  const stored = await chrome.storage.local.get(null);
  return Object.fromEntries(
    Object.entries(stored)
      .filter(([key]) => key.startsWith(PREFIX))
      .map(([key, rules]) => [key.slice(PREFIX.length), rules]),
  );
}

/** Edits the stored rules with `edit`, which changes the map of every
 * site's rules it is given, and writes back only the sites it changed.
 * Edits run one after another: two that overlapped (two fixes deleted in
 * quick succession) would each read before the other wrote, and the later
 * write would bring back what the earlier one deleted. Resolves to what
 * `edit` returns. */
let edits = Promise.resolve();
function editRules(edit) {
  const done = edits.then(async () => {
    const before = await loadRules();
    const rules = structuredClone(before);
    const result = edit(rules);
    const gone = Object.keys(before).filter((site) => !(site in rules));
    const changed = Object.entries(rules).filter(([site, mine]) => JSON.stringify(mine) !== JSON.stringify(before[site]));
    await chrome.storage.local.remove(gone.map((site) => PREFIX + site));
    await chrome.storage.local.set(Object.fromEntries(changed.map(([site, mine]) => [PREFIX + site, mine])));
    return result;
  });
  edits = done.catch(() => {});
  return done;
}

async function showRules() {
  const rules = await loadRules();
  list.replaceChildren();
  const sites = Object.keys(rules).sort();
  if (!sites.length) {
    const empty = document.createElement("p");
    empty.className = "empty";
    empty.textContent = "No fixes yet.";
    list.appendChild(empty);
    return;
  }
  for (const site of sites) {
    const box = document.createElement("section");
    box.className = "site";
    box.dataset.site = site;
    const title = document.createElement("h3");
    title.textContent = site;
    title.appendChild(deleteButton(`Delete all fixes for ${site}`, "Delete all", () => update(site, () => null)));
    box.appendChild(title);
    const items = document.createElement("ul");
    for (const kind of ["keep", "remove"]) {
      for (const selector of rules[site][kind] || []) {
        const item = document.createElement("li");
        const label = document.createElement("span");
        label.className = "kind";
        label.textContent = kind === "keep" ? "Put back" : "Removed";
        const code = document.createElement("code");
        code.textContent = selector;
        const drop = (site) => ({ ...site, [kind]: site[kind].filter((s) => s !== selector) });
        item.append(label, code, deleteButton(`Delete the fix ${selector}`, "Delete", () => update(site, drop)));
        items.appendChild(item);
      }
    }
    box.appendChild(items);
    list.appendChild(box);
  }
}

function deleteButton(label, text, action) {
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = text;
  button.setAttribute("aria-label", label);
  button.addEventListener("click", action);
  return button;
}

/** Changes one site's rules; a site left without rules is forgotten. */
function update(site, change) {
  return editRules((rules) => {
    const next = change(rules[site]);
    if (next && (next.keep.length || next.remove.length)) rules[site] = next;
    else delete rules[site];
  });
}

document.getElementById("export").addEventListener("click", async () => {
  const file = { format: FORMAT, version: 1, sites: await loadRules() };
  const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = "readmode-fixes.json";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

document.getElementById("import").addEventListener("change", async (event) => {
  const [file] = event.target.files;
  event.target.value = "";
  if (!file) return;
  try {
    const sites = readRulesFile(JSON.parse(await file.text()));
    const count = await editRules((rules) => {
      let fresh = 0;
      for (const [site, imported] of Object.entries(sites)) {
        const mine = rules[site] || { keep: [], remove: [] };
        for (const kind of ["keep", "remove"]) {
          const added = imported[kind].filter((s) => !mine[kind].includes(s));
          fresh += added.length;
          mine[kind] = [...mine[kind], ...added];
        }
        if (mine.keep.length || mine.remove.length) rules[site] = mine;
      }
      return fresh;
    });
    status.textContent = `Imported ${count} new ${count === 1 ? "fix" : "fixes"} for ${Object.keys(sites).length} ${Object.keys(sites).length === 1 ? "site" : "sites"}.`;
  } catch (error) {
    status.textContent = `Nothing imported: ${error.message}`;
  }
});

/** The sites of an exported file, checked: every selector must be one the
 * browser can parse. */
function readRulesFile(file) {
  if (!file || file.format !== FORMAT || typeof file.sites !== "object" || !file.sites) {
    throw new Error("this is not a readmode fixes file.");
  }
  const probe = document.createDocumentFragment();
  const sites = {};
  for (const [site, rules] of Object.entries(file.sites)) {
    const clean = { keep: [], remove: [] };
    for (const kind of ["keep", "remove"]) {
      const selectors = rules && rules[kind];
      if (selectors !== undefined && !Array.isArray(selectors)) throw new Error(`the fixes for ${site} are not a list.`);
      for (const selector of selectors || []) {
        if (typeof selector !== "string") throw new Error(`a fix for ${site} is not text.`);
        try {
          probe.querySelector(selector);
        } catch {
          throw new Error(`"${selector}" (${site}) is not a CSS selector.`);
        }
        clean[kind].push(selector);
      }
    }
    sites[site] = clean;
  }
  return sites;
}

showRules();
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && Object.keys(changes).some((key) => key.startsWith(PREFIX))) showRules();
});
