// A small static file server for the built site (no dependencies): correct MIME types
// (application/wasm lets the browser compile while downloading), gzip when asked for, ETags, and the
// headers that make the page cross-origin isolated (the app's threads need it).
//   node scripts/serve.mjs [folder] [port]      (port 0 = any free port)
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css",
  ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json", ".data": "application/octet-stream", ".txt": "text/plain",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".wasm", ".json", ".svg", ".webmanifest", ".data", ".txt"]);

// isolation: false leaves out the isolation headers, as a plain static host would (for tests);
// validators: false leaves out the ETags, as some hosts do (for tests).
export function startServer(root, port = 0, { isolation = true, validators = true } = {}) {
  const gzipCache = new Map();   // path -> {mtime, body}
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(path.resolve(root))) { res.writeHead(403).end(); return; }
    if (file.endsWith("/")) file += "index.html";
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) { res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found"); return; }
      const ext = path.extname(file);
      // no-cache: the browser asks each time, so a new build is seen at once; the ETag lets it ask
      // cheaply (304, no body) for what it holds already, as a web worker's second load of the app's
      // script does.
      const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
      const headers = { "Content-Type": TYPES[ext] || "application/octet-stream", "Cache-Control": "no-cache" };
      if (validators) headers.ETag = etag;
      if (isolation) {   // the app's two threads share memory, which browsers allow only then
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        headers["Cross-Origin-Embedder-Policy"] = "require-corp";
      }
      if (validators && req.headers["if-none-match"] === etag) { res.writeHead(304, headers).end(); return; }
      let body = fs.readFileSync(file);
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
        const cached = gzipCache.get(file);
        if (cached && cached.mtime === stat.mtimeMs) body = cached.body;
        else {
          body = zlib.gzipSync(body, { level: 9 });
          gzipCache.set(file, { mtime: stat.mtimeMs, body });
        }
        headers["Content-Encoding"] = "gzip";
        headers["Vary"] = "Accept-Encoding";
      }
      headers["Content-Length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    });
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] || "build/web/site");
  const server = await startServer(root, Number(process.argv[3] || 8080));
  console.log(`KAM Canvas is served at http://localhost:${server.address().port}/  (Ctrl+C stops)`);
}
