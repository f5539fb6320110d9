// KAM Canvas service worker: keeps the app's files so a second visit works offline.
// The build writes CACHE_NAME from a hash of the files, so a new build replaces the cache, and
// FILES with each file's SHA-256.
const CACHE_NAME = "@CACHE_NAME@";
const FILES = @FILES@;

async function sha256(response) {
  const digest = await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// One file as this build made it. The page registers this worker once it has loaded the app, so
// the browser's HTTP cache holds the files it just downloaded: take them from there rather than
// download them a second time (the server may say no-cache and send no validators). An entry
// that is not this build's (kept from an older visit) fails the hash and is downloaded afresh.
async function thisBuilds(file) {
  const kept = await fetch(file, { cache: "force-cache" });
  if (kept.ok && (await sha256(kept)) === FILES[file]) return kept;
  const fresh = await fetch(file, { cache: "reload" });
  if (!fresh.ok || (await sha256(fresh)) !== FILES[file])
    throw new Error(file + " on the server is not the build this service worker belongs to");   // installed at the next visit
  return fresh;
}

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE_NAME)
    .then((cache) => Promise.all(Object.keys(FILES).map((file) => thisBuilds(file).then((r) => Promise.all([
      cache.put(file, r.clone()), file === "./" ? cache.put("index.html", r) : null])))))
    .then(() => self.skipWaiting()));
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
