// Builds the unpacked extension for each browser into dist/<browser>/ and a
// zip of each for the stores. The base manifest takes its name-independent
// facts (version, description) from Cargo.toml; each browser's differences
// are a small overlay merged on top, and its way to closed shadow roots a
// script of its own (shadow.<browser>.js, as shadow.js).

import { cp, mkdir, readFile, rm, writeFile, readdir, stat } from "node:fs/promises";
import { join, dirname, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import yazl from "yazl";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "extension");
const DIST = join(ROOT, "dist");
const FILES = ["background.js", "content.js", "options.html", "options.css", "options.js", "icons"];
const PKG_FILES = ["readmode.js", "readmode_bg.wasm", "snippets"];

async function cargoPackage() {
  const toml = await readFile(join(ROOT, "Cargo.toml"), "utf8");
  const section = toml.split(/^\[/m).find((s) => s.startsWith("package]"));
  const field = (name) => new RegExp(`^${name} = "(.*)"$`, "m").exec(section)[1];
  return { version: field("version"), description: field("description") };
}

async function listFiles(dir) {
  const out = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

/** The page-side module as a classic content script. Each click injects it
 * again into the same page, so it defines its exports once, as
 * `globalThis.readmodeLive`, instead of declaring them again at top level
 * (which a second run would refuse). */
function contentScript(module) {
  const body = module.replace(/^export /gm, "");
  return `globalThis.readmodeLive ??= (() => {\n${body}\nreturn { ${exported(module).join(", ")} };\n})();\n`;
}

function exported(module) {
  return [...module.matchAll(/^export (?:async function|function|const) (\w+)/gm)].map((m) => m[1]);
}

/** The wasm package's copy of the page-side module becomes a module that
 * runs the content script's copy and hands on its functions: one copy of
 * the code in the extension instead of two. `path` is the content
 * script's, relative to the package's copy. */
function moduleOfContentScript(module, path) {
  return `import "${path}";\nexport const { ${exported(module).join(", ")} } = globalThis.readmodeLive;\n`;
}

async function build(browser, facts) {
  const out = join(DIST, browser);
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, "pkg"), { recursive: true });
  for (const file of FILES) await cp(join(SRC, file), join(out, file), { recursive: true });
  for (const file of PKG_FILES) await cp(join(ROOT, "pkg", file), join(out, "pkg", file), { recursive: true });
  const module = await readFile(join(ROOT, "src", "web", "live.js"), "utf8");
  await writeFile(join(out, "live.js"), contentScript(module));
  for (const copy of (await listFiles(join(out, "pkg", "snippets"))).filter((f) => f.endsWith(join("src", "web", "live.js")))) {
    const path = relative(dirname(copy), join(out, "live.js")).split(sep).join("/");
    await writeFile(copy, moduleOfContentScript(module, path));
  }
  await cp(join(SRC, `shadow.${browser}.js`), join(out, "shadow.js"));
  const base = JSON.parse(await readFile(join(SRC, "manifest.json"), "utf8"));
  const overlay = JSON.parse(await readFile(join(SRC, `manifest.${browser}.json`), "utf8"));
  const manifest = { ...base, ...overlay, version: facts.version, description: facts.description };
  await writeFile(join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  const zip = await zipped(out);
  await writeFile(join(DIST, `readmode-${browser}-${facts.version}.zip`), zip);
  return zip.length;
}

/** The files under `dir` as a zip, deflated by zlib at its best (the module
 * is nearly all of it) and dated alike, so that a build of the same files
 * is the same zip. */
async function zipped(dir) {
  const zip = new yazl.ZipFile();
  for (const path of (await listFiles(dir)).sort()) {
    const name = relative(dir, path).split(sep).join("/");
    zip.addBuffer(await readFile(path), name, { mtime: new Date(2025, 0, 1), compressionLevel: 9 });
  }
  zip.end();
  const chunks = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const facts = await cargoPackage();
for (const browser of ["chrome", "firefox"]) {
  const size = await build(browser, facts);
  console.log(`dist/${browser}/ and dist/readmode-${browser}-${facts.version}.zip (${(size / 1024).toFixed(0)} KB)`);
}
