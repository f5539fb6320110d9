// KAM Canvas page glue: loading indicator, the choice of renderer, service worker. The app is kam-canvas.js.
// A file of its own, not inline: the page's Content-Security-Policy runs scripts of its own origin only.
const overlay = document.getElementById("overlay");
const statusText = document.getElementById("status");
function fail(message) {
  statusText.textContent = message;
  overlay.classList.add("error");
  overlay.hidden = false;
}
// The renderer, chosen before the canvas has a context (a canvas that gave "webgl2" cannot give
// "2d"): WebGL 2 where the GPU is real, the CPU renderer where WebGL 2 is missing or emulated in
// software. Software WebGL draws with the CPU in the GPU process and the page then waits for each
// frame to be read back: the CPU renderer draws the same frame for a fraction of that. The user's
// choice (View > Renderer) is kept in localStorage, which this script can read before the app
// loads; ?renderer=gpu or ?renderer=cpu overrides it for one visit (tests, benchmarks).
const SOFTWARE_RENDERERS = /SwiftShader|llvmpipe|softpipe|Basic Render Driver|WARP/i;
function chooseRenderer() {
  let stored = null;
  try { stored = localStorage.getItem("kam-renderer"); } catch (e) {}
  const asked = new URLSearchParams(location.search).get("renderer");
  const preference = ["auto", "gpu", "cpu"].includes(asked) ? asked : ["auto", "gpu", "cpu"].includes(stored) ? stored : "auto";
  const why = asked ? "?renderer=" + asked : "chosen in View > Renderer";
  if (preference === "cpu") return { kind: "cpu", preference, reason: "CPU: " + why };
  // A throwaway canvas answers whether WebGL 2 exists and what draws it.
  const probe = document.createElement("canvas").getContext("webgl2");
  let device = "";
  if (probe) {
    const info = probe.getExtension("WEBGL_debug_renderer_info");
    device = String(probe.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : probe.RENDERER) || "");
    probe.getExtension("WEBGL_lose_context")?.loseContext();
  }
  if (!probe) return { kind: "cpu", preference, reason: "CPU: this browser offers no WebGL 2" + (preference === "gpu" ? " (GPU was asked for)" : "") };
  const software = device.match(SOFTWARE_RENDERERS);
  if (preference === "gpu")
    return { kind: "gpu", preference, reason: "GPU: " + why + (software ? " (WebGL 2 runs in software: " + software[0] + ")" : "") };
  if (software) return { kind: "cpu", preference, reason: "CPU: WebGL 2 runs in software (" + software[0] + ")" };
  return { kind: "gpu", preference, reason: "GPU: WebGL 2 on " + (device || "this device's GPU") };
}
const renderer = chooseRenderer();
const canvas = document.getElementById("canvas");
// The app's WebGL 2 context, made now while the app downloads: making one takes about a tenth
// of a second, and the app's own request (same canvas, same kind) gets this one back. ImGui
// draws flat on an opaque background: no alpha, depth, stencil or multisampling.
const gl = renderer.kind === "gpu" ? canvas.getContext("webgl2", { alpha: false, depth: false, stencil: false, antialias: false }) : null;
if (renderer.kind === "gpu" && !gl) Object.assign(renderer, { kind: "cpu", reason: "CPU: WebGL 2 could not start on this canvas" });
// The service worker: the offline copy of the app, and the isolation headers (below) where
// the host sends none.
const canKeepOffline = "serviceWorker" in navigator && location.protocol !== "file:";
function registerServiceWorker() {
  const registered = navigator.serviceWorker.register("sw.js");
  registered.catch((e) => console.warn("Offline cache unavailable:", e));
  return registered;
}
if (!self.crossOriginIsolated) {
  const serviceWorker = canKeepOffline ? registerServiceWorker() : null;
  // The app's threads share memory, which browsers allow only on a cross-origin isolated
  // page. A host that does not send the headers for it: the service worker adds them, from
  // the next load on, so load once more (only once: the note in sessionStorage).
  const reloaded = sessionStorage.getItem("kam-isolation-reload");
  if (serviceWorker && !reloaded) {
    sessionStorage.setItem("kam-isolation-reload", "1");
    serviceWorker.then(() => navigator.serviceWorker.ready)
      .then(() => location.reload())
      .catch(() => fail("KAM Canvas could not start its service worker. Reload the page."));
  } else {
    fail("KAM Canvas needs a cross-origin isolated page: serve it with the headers " +
         "Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp " +
         "(scripts/serve.sh sends them), or use a current Chrome, Edge, Firefox or Safari.");
  }
} else {
  sessionStorage.removeItem("kam-isolation-reload");
  // The first IndexedDB open in a browser profile is slow: start it now, while the app
  // downloads, so the app's own open of its storage (IDBFS on "/data") is quick.
  try { const warm = indexedDB.open("/data"); warm.onsuccess = () => warm.result.close(); } catch (e) {}
  const testMode = new URLSearchParams(location.search).has("test");
  var Module = {
    canvas,
    kamRenderer: renderer,   // read by the app (platform/web/web_window.cpp)
    arguments: testMode ? ["--test"] : [],
    setStatus(text) {
      const m = text.match(/\((\d+(\.\d+)?)\/(\d+)\)/);
      if (m) document.getElementById("progress").style.width = (100 * m[1] / m[3]) + "%";
    },
    // Start-up milestones for bench/browser_bench.mjs (with "kam:storage-read" from the app).
    onRuntimeInitialized() { performance.mark("kam:runtime-ready"); },
    onFirstFrame() {
      overlay.hidden = true;
      window.kamFirstFrameAt = performance.now();
      Module.canvas.focus();
      // Only now: the worker then caches the files this page has just downloaded, from the
      // browser's HTTP cache, instead of downloading them all again while the app starts.
      if (canKeepOffline) registerServiceWorker();
    },
    onAbort(what) { fail("KAM Canvas stopped: " + what + ". Reload the page; your saved work is kept."); },
  };
  // Test hook: rectangles of named widgets (only filled with ?test).
  window.kamItems = () => JSON.parse(Module.UTF8ToString(Module._kam_items_json()));
  if (gl) Module.canvas.addEventListener("webglcontextlost", (e) => {
    e.preventDefault();
    fail("The graphics context was lost. Reload the page; your saved work is kept.");
  });
  // F5 starts and stops presenting (ui/workshop/presenter.h): it must not reload the page. Ctrl+=,
  // Ctrl+- and Ctrl+0 set the app's own UI scale (remembered on the device): the page must not
  // zoom as well. The app still gets the keys (the default action is all that is stopped).
  window.addEventListener("keydown", (e) => {
    if (e.key === "F5" && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.metaKey) e.preventDefault();
    if (e.ctrlKey && !e.altKey && !e.metaKey && ["=", "+", "-", "0"].includes(e.key)) e.preventDefault();
  }, { capture: true });
  const script = document.createElement("script");
  script.src = "kam-canvas.js";
  script.onerror = () => fail("Could not load the application files. Check the connection and reload.");
  document.body.appendChild(script);
}
