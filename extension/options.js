// The options page: the reader settings in storage.sync, saved as they change.

const DEFAULTS = { theme: "system", font: "serif", size: 20, width: 38, lineHeight: 1.6, strictness: 0.5 };
const form = document.getElementById("settings");

function show(settings) {
  for (const [name, value] of Object.entries(settings)) {
    const field = form.elements[name];
    if (field) field.value = String(value);
    const out = form.querySelector(`output[data-for="${name}"]`);
    if (out) out.textContent = String(value);
  }
}

form.addEventListener("input", (event) => {
  const field = event.target;
  const value = field.type === "range" ? Number(field.value) : field.value;
  chrome.storage.sync.set({ [field.name]: value });
  show({ [field.name]: value });
});

chrome.storage.sync.get(DEFAULTS).then(show);
chrome.storage.onChanged.addListener((changes) => {
  show(Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, v.newValue])));
});
chrome.commands?.getAll?.().then((commands) => {
  const action = commands.find((c) => c.name === "_execute_action");
  if (action && action.shortcut) document.getElementById("shortcut").textContent = action.shortcut;
});
