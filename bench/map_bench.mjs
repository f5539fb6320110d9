// Prints the relationship map's figures measured in headless Chromium on this machine, as the user
// feels them (frame_measure.mjs): while panning, whole frames from a Chrome trace with the renderer
// main thread's busy time per frame, the view updates per second and the CPU time of all the
// browser's processes per step, and the app's own main-loop time per frame (Module.kamFrameMs) as one
// more line; for a real account's size (10 team, 200 contacts, about 1,000 relationships; also
// presented at 200% UI scale) and a stress size (10,000 contacts, 50,000 links); the main thread's use
// while the map is idle; and, cold, the first frame after navigation and the map the app reopens on
// (the view left open last time).
//   node bench/map_bench.mjs [real|stress] [gpu]   (after scripts/test.sh, which builds the web app and
//                                 the native write_map_workspace tool; "gpu" forces the WebGL renderer,
//                                 which the automatic choice leaves for a real GPU)
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { RENDERERS, click, importWorkspace, itemRect, launch, newProfileDir, openApp, serveSite, snapshot, waitFor,
         waitSaved } from "../tests/e2e/harness.mjs";
import { browserCpu, quantile, tracedSteps } from "./frame_measure.mjs";

const renderer = process.argv.includes("gpu") ? RENDERERS[1] : RENDERERS[0];

const CASES = [
  { name: "real account", contacts: 200, links: 930, team: 10, steps: 90, presented: true },
  // Each frame of this one takes long: fewer steps keep the run short.
  { name: "stress", contacts: 10000, links: 50000, team: 10, steps: 60 },
];

const nextFrame = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
// Frames drawn so far, and the main-loop times of those drawn since 'n' (the app keeps the last 1,000).
const frameCount = (page) => page.evaluate(() => Module.kamFramesDrawn);
const framesSince = (page, n) => page.evaluate((n) => Module.kamFrameMs.slice(Module.kamFrameMs.length - Math.min(Module.kamFramesDrawn - n, Module.kamFrameMs.length)), n);

// Drags the view with the middle button in a slow circle-ish path, 'steps' mouse moves. With
// 'perFrame', each move waits for the next animation frame, as side_by_side.mjs drives both apps:
// the move's round trip and the rAF then take two display frames, so no page gets more than 30
// steps a second that way (a blank page gets 29.8 here). Without it, each move waits only for the
// browser to take it, and the view can follow at up to the display's 60 a second. 'mark' leaves a
// TimeStamp in a trace at each step (tracedSteps).
async function drag(page, steps, { perFrame, mark }) {
  const [x, y, w, h] = await itemRect(page, "map/canvas");
  const cx = x + w / 2, cy = y + h / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down({ button: "middle" });
  await nextFrame(page);
  const frames0 = await frameCount(page), t0 = Date.now();
  for (let i = 1; i <= steps; i++) {
    const a = (i / steps) * 2 * Math.PI;
    await page.mouse.move(cx + Math.sin(a) * w * 0.3, cy + (1 - Math.cos(a)) * h * 0.2);
    if (mark) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => { console.timeStamp("bench:step"); r(); })));
    else if (perFrame) await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  }
  const seconds = (Date.now() - t0) / 1000, loop = await framesSince(page, frames0);
  // The CPU renderer's raster of the same frames (its phases are kept for the last 1,000).
  const raster = await page.evaluate((n) => (Module.kamCpuPhaseMs || []).slice(-n).map((p) => p[0]), loop.length);
  await page.mouse.up({ button: "middle" });
  return { stepsPerS: steps / seconds, framesPerS: loop.length / seconds, loop, raster };
}

// The view panned as the user feels it: a traced drag (whole frames, the renderer main thread's busy
// time per frame with the compositor commit in it), then untraced ones (view updates per second, and
// the CPU time of all the browser's processes per step) with one move per frame and with moves as fast
// as the browser takes them; the app's own main-loop time per frame last, as one more line.
async function pan(page, profile, label, steps, visible) {
  await drag(page, 20, { perFrame: true });   // warm-up
  const traced = await tracedSteps(page, () => drag(page, steps, { mark: true }));
  const untraced = async (perFrame) => {
    const before = browserCpu(profile).total;
    const r = await drag(page, steps, { perFrame });
    return { ...r, cpu: (browserCpu(profile).total - before) / steps };
  };
  const paced = await untraced(true), free = await untraced(false);
  const ms = (xs, q) => quantile(xs, q).toFixed(2);
  console.log(`  ${label} (${visible}):`);
  // (In the browser's full screen, as presenter mode asks for, headless Chromium's trace may hold no DrawFrame of the page.)
  console.log(traced.perFrame.length
    ? `    traced, one move per frame: ${traced.frames} frames at ${traced.fps.toFixed(1)} fps; main-thread busy per frame ` +
      `median ${ms(traced.perFrame, 0.5)} ms, p95 ${ms(traced.perFrame, 0.95)} ms (${(traced.commitShare * 100).toFixed(0)}% of it ` +
      `in the compositor commit)`
    : `    traced, one move per frame: ${traced.frames} whole frames of the page in the trace; main-thread busy ` +
      `${(traced.busyShare * 100).toFixed(0)}% of the time`);
  console.log(`    one move per frame: ${paced.stepsPerS.toFixed(1)} view updates/s, CPU of all browser processes ${paced.cpu.toFixed(1)} ms per step`);
  console.log(`    moves as fast as the browser takes them: ${free.stepsPerS.toFixed(1)} moves/s, ${free.framesPerS.toFixed(1)} frames ` +
              `drawn/s (view updates), CPU of all browser processes ${free.cpu.toFixed(1)} ms per step`);
  console.log(`    our main loop per frame: median ${ms(paced.loop, 0.5)} ms, p95 ${ms(paced.loop, 0.95)} ms` +
              (paced.raster.length ? `; of it the CPU renderer's raster median ${ms(paced.raster, 0.5)} ms` : ""));
}

// The mouse moved over the view without a button, as fast as the browser takes the moves: a card
// or a line lights up under it, or nothing changes. The CPU renderer draws again only the bands of
// rows that changed, and puts only those rows on the canvas.
async function hover(page, profile, label, moves) {
  const [x, y, w, h] = await itemRect(page, "map/canvas");
  const at = (i) => [x + w * (0.1 + 0.8 * ((i * 37) % 100) / 100), y + h * (0.1 + 0.8 * ((i * 53) % 100) / 100)];
  await page.mouse.move(...at(0));
  await nextFrame(page);
  const frames0 = await frameCount(page), before = browserCpu(profile).total, t0 = Date.now();
  for (let i = 1; i <= moves; i++) await page.mouse.move(...at(i), { steps: 4 });
  await nextFrame(page);
  const seconds = (Date.now() - t0) / 1000, cpu = (browserCpu(profile).total - before) / moves, loop = await framesSince(page, frames0);
  const phases = await page.evaluate((n) => (Module.kamCpuPhaseMs || []).slice(-n), loop.length);
  const ms = (xs, q) => quantile(xs, q).toFixed(2);
  console.log(`  ${label}: ${moves * 4} mouse moves in ${seconds.toFixed(1)} s, ${(loop.length / seconds).toFixed(1)} frames drawn/s, ` +
              `CPU of all browser processes ${cpu.toFixed(1)} ms per 4 moves; our main loop per frame median ${ms(loop, 0.5)} ms` +
              (phases.length ? `, of it the CPU renderer's raster median ${ms(phases.map((p) => p[0]), 0.5)} ms; rows put on the canvas ` +
                               `per frame median ${quantile(phases.map((p) => p[3]), 0.5)} of ${page.viewportSize().height}` : ""));
}

// The renderer main thread's busy time (Chrome's TaskDuration) and the frames drawn while
// nothing happens, over 'seconds' after the map has settled.
async function idleUse(page, cdp, seconds = 10) {
  await page.mouse.move(5, 5);   // off the map: no hover changes
  await page.waitForTimeout(1000);
  const busy = async () => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "TaskDuration").value;
  const frames0 = await frameCount(page), busy0 = await busy();
  await page.waitForTimeout(seconds * 1000);
  const frames = (await frameCount(page)) - frames0, share = ((await busy()) - busy0) / seconds;
  console.log(`  idle over ${seconds} s: ${frames} frames drawn, main thread busy ${(share * 100).toFixed(2)}% of a core`);
}

async function measureCase(url, c) {
  const file = path.join(os.tmpdir(), `kam-map-${c.contacts}.json`);
  const made = execFileSync(path.resolve("build/native/write_map_workspace"), [c.contacts, c.links, c.team, file].map(String));
  console.log(`${c.name}: ${made.toString().trim()}`);

  const profile = newProfileDir();
  let { context, page } = await launch(profile);
  await openApp(page, url, renderer);
  await waitSaved(page);
  await importWorkspace(page, file);
  await waitFor(page, (s) => s.texts["accounts/count"] === "1", "the import", 60000);
  await waitSaved(page, 120000);
  await click(page, "tab/map");
  await waitFor(page, (s) => s.items["map/canvas"], "the map");

  // Panning with everything in view (fitted), then zoomed in to full detail.
  await click(page, "map/fit");
  await nextFrame(page);
  let s = await snapshot(page);
  await pan(page, profile, "panning, fitted", c.steps, s.texts["map/visible"]);
  await hover(page, profile, "the mouse over the fitted map", c.steps);
  const [x, y, w, h] = await itemRect(page, "map/canvas");
  await page.mouse.move(x + w / 2, y + h / 2);
  while (!(await page.evaluate(() => window.kamItems().texts["map/zoom"] >= 1))) {
    await page.mouse.wheel(0, -200);
    await nextFrame(page);
  }
  s = await snapshot(page);
  await pan(page, profile, `panning, zoom ${Number(s.texts["map/zoom"]).toFixed(2)}`, c.steps, s.texts["map/visible"]);
  const metrics = await context.newCDPSession(page);
  await metrics.send("Performance.enable");
  await idleUse(page, metrics);
  if (c.presented) {
    // A workshop: a projector's 1920 x 1080, the UI at 200% on this device, presenter mode (F5:
    // half as large again), fitted. (On the laptop's 1280 x 800 at that scale the map's own
    // controls fill the screen, and the drag would miss the map.)
    await page.evaluate(() => localStorage.setItem("kam-preferences", JSON.stringify({ ui_scale_percent: 200, scale_hint_answered: 1 })));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.reload();
    await openApp(page, url, renderer);
    if (!(await snapshot(page)).items["map/canvas"]) await click(page, "tab/map");
    await waitFor(page, (s) => s.items["map/canvas"] && s.texts["ui/scale_percent"] === "200", "the map at 200%");
    await page.keyboard.press("F5");
    await waitFor(page, (s) => s.texts["presenter/where"] && s.items["map/fit"], "presenter mode");
    await click(page, "map/fit");
    await nextFrame(page);
    s = await snapshot(page);
    await pan(page, profile, "presenting at 200% on 1920 x 1080, fitted", c.steps, `${s.texts["map/visible"]}, cards at ${s.texts["map/card_detail"]} detail`);
  }
  await context.close();

  // Cold, three times: no HTTP cache, no service worker, no code cache; the workspace stays in
  // IndexedDB, and the app reopens on the map it showed last (remembered per device).
  const first = [], map = [];
  let visible = "";
  for (let run = 0; run < 3; run++) {
    ({ context, page } = await launch(profile));
    await page.goto(url);
    await page.evaluate(async () => {
      for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      for (const k of await caches.keys()) await caches.delete(k);
    });
    await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
    await context.close();
    ({ context, page } = await launch(profile));
    await page.goto(url + "?test" + renderer.query);
    map.push(await (await page.waitForFunction(
      () => window.kamFirstFrameAt !== undefined && window.kamItems().items["map/canvas"] ? performance.now() : null,
      null, { polling: "raf", timeout: 60000 })).jsonValue());
    first.push(await page.evaluate(() => window.kamFirstFrameAt));
    visible = (await snapshot(page)).texts["map/visible"];
    await context.close();
  }
  const runs = (xs) => `${quantile(xs, 0.5).toFixed(0)} ms (runs ${xs.map((x) => x.toFixed(0)).join(", ")})`;
  console.log(`  cold: first frame ${runs(first)} after navigation; the map (the view left open last time, ${visible}) ` +
              `drawn ${runs(map)} after navigation`);
}

const { server, url } = await serveSite();
console.log(`Renderer: ${renderer.name}`);
try {
  const only = process.argv.slice(2).find((a) => a !== "gpu");   // e.g. "real": only the cases whose name holds it
  for (const c of CASES) if (!only || c.name.includes(only)) await measureCase(url, c);
} finally {
  server.close();
}
