// KAM Canvas service worker: keeps the app's files so a second visit works offline.
// The build writes CACHE_NAME from a hash of the files, so a new build replaces the cache.
const CACHE_NAME = "@CACHE_NAME@";
const FILES = ["./", "index.html", "boot.js", "kam-canvas.js", "kam-canvas.worker.js", "kam-canvas.wasm",
               "manifest.webmanifest", "icon.svg"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE_NAME).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// The headers that make the page cross-origin isolated (the app's threads share memory, which
// browsers allow only then), added where the host did not send them: so the app also runs from
// a host that cannot send headers, from its second load on (index.html reloads once).
function isolated(response) {
  if (response.type === "opaque" || response.headers.has("Cross-Origin-Embedder-Policy")) return response;
  const headers = new Headers(response.headers);
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Cross-Origin-Embedder-Policy", "require-corp");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// Cache first (the app's files only change with a new service worker); anything else
// goes to the network. The query string (?test) does not change the file.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(caches.match(event.request, { ignoreSearch: true })
    .then((hit) => hit || fetch(event.request)).then(isolated));
});
