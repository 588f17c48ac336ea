// A small static file server for the demo and the browser tests. Loopback
// only. Paths under /csp/ are served with a Content Security Policy that
// forbids WebAssembly and inline styles in the page (`script-src 'self';
// style-src 'self'`).

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ts": "text/plain; charset=utf-8",
};

/** Serves `root` on 127.0.0.1:`port` (0 picks a free port). `extra` maps a
 * URL path to `{ body, type, headers }` for pages a test makes up. */
export function serve(root, port = 0, extra = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    let path = decodeURIComponent(url.pathname);
    const headers = {};
    if (path.startsWith("/csp/")) {
      headers["content-security-policy"] = "script-src 'self'; style-src 'self'";
      path = path.slice(4);
    }
    if (extra[path]) {
      const page = extra[path];
      res.writeHead(200, { "content-type": page.type || TYPES[".html"], ...headers, ...(page.headers || {}) });
      res.end(page.body);
      return;
    }
    if (path.endsWith("/")) path += "index.html";
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error("not a file");
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = "www", port = "8080"] = process.argv.slice(2);
  const server = await serve(root, Number(port));
  console.log(`Serving ${resolve(root)} on http://127.0.0.1:${server.address().port}/ (Ctrl-C stops)`);
}
