// A first visit downloads each of the app's files once: the service worker keeps for offline use
// what the page has just downloaded (from the browser's HTTP cache) instead of fetching it all again.
// The server is scripts/serve.mjs: "no-cache", with ETags, so a second load of a file the browser
// holds (the web worker's load of the app's script) is a 304 without a body, not a download.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startServer } from "../../scripts/serve.mjs";
import { ROOT, SITE, launch, newProfileDir, serveSite, untilInPage } from "./harness.mjs";

// Opens the app in a new profile as a user does (the address without ?test, whose page would be
// another cache entry), waits until the service worker has kept the app, and returns what the
// server sent: per path, the downloads and their bytes; the 304s; and the requests, in order.
async function firstVisit(serverOptions) {
  const { server, url } = await serveSite(0, serverOptions);
  const requests = [];
  const served = new Map();   // path -> [downloads, bytes]; a 304 is not a download
  let notModified = 0;
  server.on("request", (req, res) => {
    const path = new URL(req.url, url).pathname;
    requests.push({ path, dest: req.headers["sec-fetch-dest"] });
    const end = res.end.bind(res);
    res.end = (body, ...rest) => {
      if (res.statusCode === 304) { notModified++; return end(body, ...rest); }
      const [times, bytes] = served.get(path) || [0, 0];
      served.set(path, [times + 1, bytes + (body ? body.length : 0)]);
      return end(body, ...rest);
    };
  });
  const { context, page } = await launch(newProfileDir());
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.kamFirstFrameAt !== undefined, null, { timeout: 30000 });
    await untilInPage(page, async () => {
      const names = await caches.keys();
      if (!names.some((n) => n.startsWith("kam-canvas-"))) return false;
      const cache = await caches.open(names.find((n) => n.startsWith("kam-canvas-")));
      return (await cache.keys()).length >= 8;
    }, null, "the offline copy");
    const cached = await page.evaluate(async () => {
      const cache = await caches.open((await caches.keys()).find((n) => n.startsWith("kam-canvas-")));
      return (await cache.keys()).map((r) => new URL(r.url).pathname).sort();
    });
    assert.deepEqual(cached, ["/", "/boot.js", "/icon.svg", "/index.html", "/kam-canvas.js", "/kam-canvas.wasm",
                              "/kam-canvas.worker.js", "/manifest.webmanifest"]);
    const total = [...served.values()].reduce((sum, [, bytes]) => sum + bytes, 0);
    console.log((serverOptions?.validators === false ? "first visit, host without validators: " : "first visit: ") +
                [...served].map(([p, [n, b]]) => `${p} ${n}x ${(b / 1024).toFixed(1)} KB`).join(", ") +
                `; total ${(total / 1024).toFixed(1)} KB; ${notModified} answered 304`);
    return { served, requests };
  } finally {
    await context.close();
    server.close();
  }
}

test("a first visit downloads each file once, the offline copy included", async () => {
  const { served } = await firstVisit();
  for (const [p, [times]] of served) assert.equal(times, 1, `${p} was downloaded ${times} times`);
  for (const p of ["/", "/kam-canvas.js", "/kam-canvas.wasm", "/kam-canvas.worker.js"]) assert.ok(served.has(p), `${p} was downloaded`);
});

// A host without ETags makes the browser download again whatever the page loads twice (the web
// worker loads the app's script too); the service worker still downloads nothing the page has.
test("on a host without validators, the service worker keeps what the page downloaded rather than download it again", async () => {
  const { requests } = await firstVisit({ validators: false });
  const registered = requests.findIndex((r) => r.path === "/sw.js");
  assert.ok(registered > 0, "the service worker was registered");
  // The worker's own fetch() calls are the only requests with no destination after it loads (the
  // page's one, for the wasm, comes before). It may fetch a file the page has not asked for yet
  // (the icon, which the browser loads when it likes), never one the page has.
  const again = requests.map((r, i) => ({ ...r, i })).filter((r) => r.i > registered && r.dest === "empty")
    .filter((r) => requests.slice(0, r.i).some((earlier, j) => earlier.path === r.path && (j < registered || earlier.dest !== "empty")))
    .map((r) => r.path);
  assert.deepEqual(again, [], "downloaded again by the service worker");
});

// The browser's HTTP cache can hold a file of an older build (the page ran from the offline copy
// since). A new build's service worker must not keep that: it checks each file's hash, and
// downloads the new one.
test("a new build's service worker keeps the new files, not the older ones the browser still holds", async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), "kam-site-"));
  fs.cpSync(SITE, site, { recursive: true });
  const server = await startServer(site, 0);
  const url = `http://localhost:${server.address().port}/`;
  const { context, page } = await launch(newProfileDir());
  const cachedScript = (name) => page.evaluate(async (name) => {
    if (!(await caches.keys()).includes(name)) return "(no cache " + name + " among " + (await caches.keys()).join(" ") + ")";
    const hit = await (await caches.open(name)).match(new URL("kam-canvas.js", location.href).href);
    return hit ? hit.text() : "(not kept: " + (await (await caches.open(name)).keys()).map((r) => r.url).join(" ") + ")";
  }, name);
  const cacheName = () => fs.readFileSync(path.join(site, "sw.js"), "utf8").match(/const CACHE_NAME = "([^"]+)"/)[1];
  try {
    await page.goto(url);
    const first = cacheName();
    await untilInPage(page, async (name) => (await caches.keys()).includes(name), first, "the first build's cache");
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });

    // A new build: another app script, and the service worker that goes with it.
    fs.appendFileSync(path.join(site, "kam-canvas.js"), "\n// the next build\n");
    execFileSync("cmake", [`-DSRC=${path.join(ROOT, "web")}`, `-DICON=${path.join(ROOT, "assets/icon.svg")}`, `-DSITE=${site}`,
                           "-DVERSION=test", "-P", path.join(ROOT, "cmake/assemble_site.cmake")]);
    const second = cacheName();
    assert.notEqual(second, first);
    await page.reload();   // served by the first worker; the browser finds the new one
    await page.waitForFunction(() => window.kamFirstFrameAt !== undefined, null, { timeout: 30000 });
    // The new worker installs (once or, after a failed try, again) and keeps the new build's script.
    let kept = "";
    for (const until = Date.now() + 30000; Date.now() < until && !kept.endsWith("// the next build\n");) {
      kept = await cachedScript(second);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(kept.endsWith("// the next build\n"), "the new build's script is kept: " + kept.slice(-200));
  } finally {
    await context.close();
    server.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});
