// Shared set-up for the browser end-to-end tests: serves the built site, starts Debian's
// Chromium headless with a profile folder, and drives the app through real mouse and
// keyboard events at widgets the app names (its ?test hook publishes their rectangles).
import { chromium } from "playwright-core";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/serve.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SITE = path.join(ROOT, "build/web/site");

export const CHROMIUM_ARGS = [
  "--headless", "--disable-gpu", "--enable-unsafe-swiftshader", "--no-sandbox", "--disable-quic",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function serveSite(port = 0, options = {}) {
  const server = await startServer(SITE, port, options);
  return { server, url: `http://localhost:${server.address().port}/` };
}

// This process's browser profiles and files, removed when it exits (a profile is tens of MB).
const TEMP = fs.mkdtempSync(path.join(os.tmpdir(), "kam-e2e-"));
process.on("exit", () => {
  try { fs.rmSync(TEMP, { recursive: true, force: true }); } catch (e) { /* a browser still holds a file */ }
});

export function tempPath(name) {
  return path.join(TEMP, name);
}

export function newProfileDir() {
  return fs.mkdtempSync(path.join(TEMP, "profile-"));
}

export async function launch(profileDir, options = {}) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    acceptDownloads: true,
    ...options,
  });
  const page = context.pages()[0] || (await context.newPage());
  page.on("pageerror", (e) => console.error("page error:", e.message));
  return { context, page };
}

// Counts the animation frames the page asks for in window.kamFrames (from its next load on),
// so a test can check that an idle app draws nothing.
export async function countAnimationFrames(page) {
  await page.addInitScript(() => {
    window.kamFrames = 0;
    const raf = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (cb) => raf((t) => { window.kamFrames++; cb(t); });
  });
}

// The renderers the map's tests run on. Headless Chromium's WebGL 2 is SwiftShader, so the
// automatic choice is the CPU renderer here; the WebGL renderer, which a machine with a GPU
// gets, is tested by forcing it.
export const RENDERERS = [
  { name: "automatic renderer", query: "" },
  { name: "WebGL 2 forced", query: "&renderer=gpu", shown: /^GPU: \?renderer=gpu/ },
];

// Opens the app with its ?test hook, on 'renderer' (one of RENDERERS), and waits for its first
// drawn frame and until it knows whether this tab saves the workspace (until then it takes
// no edits: another tab may own the workspace).
export async function openApp(page, url, renderer = RENDERERS[0]) {
  await page.goto(url + "?test" + renderer.query);
  await page.waitForFunction(() => window.kamFirstFrameAt !== undefined, null, { timeout: 30000 });
  const s = await waitFor(page, (s) => s.texts["storage/access"] && s.texts["storage/access"] !== "checking",
                          "to know who saves the workspace", 30000);
  if (renderer.shown && !renderer.shown.test(s.texts["renderer"]))
    throw new Error(`the app draws with "${s.texts["renderer"]}", not ${renderer.name}`);
  return page;
}

// Waits until 'fn', run in the page (it may be async: caches and IndexedDB are), gives a true
// value, and returns it. Playwright's waitForFunction does not wait for a promise: an async
// predicate passes at once, since a promise is a true value.
export async function untilInPage(page, fn, arg, what, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await page.waitForTimeout(50);
  }
}

export async function snapshot(page) {
  return page.evaluate(() => window.kamItems());
}

// Waits until 'predicate(snapshot)' holds; the app draws after every input, so a few
// frames after an action the published state is current.
export async function waitFor(page, predicate, what, timeout = 10000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await snapshot(page);
    if (predicate(last)) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`timed out waiting for ${what}; last state: ${JSON.stringify(last).slice(0, 2000)}`);
}

// The item's rectangle in CSS pixels (the app reports device pixels).
export async function itemRect(page, name) {
  const s = await waitFor(page, (s) => s.items[name], `item "${name}"`);
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  return s.items[name].map((v) => v / ratio);
}

// Like a hand: moves there, waits for a frame that sees the mouse over the item (tabs and
// grid cells take a press only then), then presses for a moment. A window still settling (one that
// sizes itself to its content, or is kept inside the view) can move the item in the frame the move
// draws: the hand follows it to where it is drawn now before it presses.
export async function click(page, name, options = {}) {
  let [x, y, w, h] = await itemRect(page, name);
  for (let aim = 0; aim < 5; aim++) {
    await page.mouse.move(x + w / 2, y + h / 2);
    await page.waitForTimeout(50);
    await animationFrames(page);
    const [nx, ny, nw, nh] = await itemRect(page, name);
    const moved = Math.abs(nx + nw / 2 - (x + w / 2)) > 1 || Math.abs(ny + nh / 2 - (y + h / 2)) > 1;
    [x, y, w, h] = [nx, ny, nw, nh];
    if (!moved) break;
  }
  await page.mouse.click(x + w / 2, y + h / 2, { delay: 50, ...options });
  await animationFrames(page);
}

// Resolves after 'n' animation frames of the page. The app draws only the frames ImGui needs (one
// per input, one more after a click), each at the next animation frame after the input: after
// two, what a click did is drawn and published, so the next step reads the screen as it is now.
export async function animationFrames(page, n = 2) {
  await page.evaluate((n) => new Promise((resolve) => {
    const step = (left) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  }), n);
}

// Types text as a keyboard does: a key event carrying each character, so characters such
// as Å or ß arrive as they do from a Swedish or German keyboard (Playwright's own typing
// sends characters outside the US layout as input events only, which a canvas never sees).
export async function typeText(page, text) {
  const cdp = await page.context().newCDPSession(page);
  for (const ch of text) {
    await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key: ch, text: ch, unmodifiedText: ch });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: ch });
  }
  await cdp.detach();
}

// Replaces the content of a text field.
export async function fillField(page, name, text) {
  await click(page, name);
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await typeText(page, text);
  await page.keyboard.press("Enter");
}

// Adds an account as a user does (the button, then its name), and waits for it in the list.
export async function addAccount(page, name) {
  await click(page, "accounts/add");
  await fillField(page, "profile/name", name);
  await waitFor(page, (s) => s.items[`accounts/item/${name}`], `${name} in the list`);
}

export async function waitSaved(page, timeout = 10000) {
  await waitFor(page, (s) => s.texts["status/save"] === "All changes saved", "autosave", timeout);
  // The IndexedDB write runs after the file is written: wait for it too.
  await page.waitForFunction(() => !Module.kamSync || !Module.kamSync.running);
}

export async function exportWorkspace(page, file) {
  const download = page.waitForEvent("download");
  await click(page, "menu/file");
  await click(page, "menu/file/export");
  await (await download).saveAs(file);
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

export async function importWorkspace(page, file) {
  const chooser = page.waitForEvent("filechooser");
  await click(page, "menu/file");
  await click(page, "menu/file/import");
  await (await chooser).setFiles(file);
}
