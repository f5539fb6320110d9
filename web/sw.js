// KAM Canvas service worker: keeps the app's files so a second visit works offline.
// The build writes CACHE_NAME from a hash of the files, so a new build replaces the cache.
const CACHE_NAME = "@CACHE_NAME@";
// Cached responses keep the headers they came with, so the page stays cross-origin isolated
// offline too (see scripts/serve.mjs).
const FILES = ["./", "index.html", "kam-canvas.js", "kam-canvas.worker.js", "kam-canvas.wasm", "manifest.webmanifest",
               "icon.svg"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE_NAME).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n !== CACHE_NAME).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// Cache first (the app's files only change with a new service worker); anything else
// goes to the network. The query string (?test) does not change the file.
self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  event.respondWith(caches.match(event.request, { ignoreSearch: true })
    .then((hit) => hit || fetch(event.request)));
});
