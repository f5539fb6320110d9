// The CPU renderer in the browser: it draws what the WebGL renderer draws for the same frames,
// and a frame that changes little (a card lit up under the mouse) is drawn and put on the canvas
// only in the rows that changed, while the canvas still shows the whole frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import { RENDERERS, click, itemRect, launch, newProfileDir, openApp, serveSite, snapshot, waitFor } from "./harness.mjs";

const CPU = { name: "the CPU renderer", query: "&renderer=cpu", shown: /^CPU: \?renderer=cpu/ };
const GPU = RENDERERS[1];

const nextFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

// Each view as its tab shows it, the mouse in a corner where it lights nothing up, above the
// status line (whose notices come and go with time: the sample's welcome, "Saving...").
const VIEWS = [
  { tab: "tab/map", ready: (s) => Object.keys(s.items).some((k) => k.startsWith("map/card/")) },
  { tab: "tab/tiering", ready: (s) => s.items["tab/tiering"] },
  { tab: "tab/account", ready: (s) => s.items["tab/account"] },
];

async function showView(page, view) {
  await click(page, view.tab);
  await waitFor(page, view.ready, view.tab);
  await page.mouse.move(1279, 799);
  await page.waitForTimeout(400);
  await nextFrames(page);
  const { width, height } = page.viewportSize();
  return (await page.screenshot({ clip: { x: 0, y: 0, width, height: height - 40 } })).toString("base64");
}

// PSNR over the R, G, B channels, and the share of pixels where a channel differs by more than 8
// levels, of two PNG screenshots, decoded by the browser.
function compare(page, a, b) {
  return page.evaluate(async ([a, b]) => {
    const pixels = async (png) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height), context = canvas.getContext("2d");
      context.drawImage(bitmap, 0, 0);
      return context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    };
    const [p, q] = [await pixels(a), await pixels(b)];
    if (p.length !== q.length) return { sizes: [p.length, q.length] };
    let squares = 0, far = 0;
    for (let i = 0; i < p.length; i += 4) {
      let worst = 0;
      for (let c = 0; c < 3; c++) {
        const d = p[i + c] - q[i + c];
        squares += d * d;
        worst = Math.max(worst, Math.abs(d));
      }
      far += worst > 8;
    }
    const mse = squares / (p.length / 4 * 3);
    return { psnr: mse === 0 ? Infinity : 10 * Math.log10(255 * 255 / mse), farShare: far / (p.length / 4) };
  }, [a, b]);
}

test("the CPU renderer draws the map, the scoring grid and the profile as WebGL 2 does (PSNR >= 35 dB, <= 1% of pixels off by more than 8)", async (t) => {
  const { server, url } = await serveSite();
  const profile = newProfileDir();
  try {
    const shots = {};
    for (const renderer of [GPU, CPU]) {   // one profile: the same sample workspace for both
      const { context, page } = await launch(profile);
      try {
        await openApp(page, url, renderer);
        for (const view of VIEWS) (shots[view.tab] ||= []).push(await showView(page, view));
      } finally {
        await context.close();
      }
    }
    const { context, page } = await launch(newProfileDir());
    try {
      await page.goto("about:blank");
      for (const view of VIEWS) {
        const r = await compare(page, ...shots[view.tab]);
        t.diagnostic(`${view.tab}: PSNR ${r.psnr?.toFixed(1)} dB, ${(r.farShare * 100).toFixed(3)}% of pixels off by more than 8`);
        assert.ok(r.psnr >= 35 && r.farShare <= 0.01, `${view.tab}: ${JSON.stringify(r)}`);
      }
    } finally {
      await context.close();
    }
  } finally {
    server.close();
  }
});

test("a frame that changes little is put on the canvas in its changed rows only, and the canvas shows the whole frame", async () => {
  const { server, url } = await serveSite();
  const { context, page } = await launch(newProfileDir());
  try {
    await openApp(page, url, CPU);
    await click(page, "tab/map");
    await waitFor(page, VIEWS[0].ready, "the map's cards");
    await nextFrames(page);
    const height = await page.evaluate(() => Module.canvas.height);
    const phases0 = await page.evaluate(() => Module.kamCpuPhaseMs.length);
    const cards = Object.keys((await snapshot(page)).items).filter((k) => k.startsWith("map/card/")).slice(0, 8);
    for (const card of cards) {   // each card lights up under the mouse, and the last one goes dark
      const [x, y, w, h] = await itemRect(page, card);
      await page.mouse.move(x + w / 2, y + h / 2);
      await nextFrames(page);
    }
    await page.waitForTimeout(300);
    await nextFrames(page);
    const rows = await page.evaluate((n) => Module.kamCpuPhaseMs.slice(n).map((p) => p[3]), phases0);
    assert.ok(rows.some((r) => r > 0 && r < height / 2), `some frames put only a few rows: ${rows.join(", ")} of ${height}`);

    // What the canvas shows is the renderer's whole frame, row for row.
    const mismatch = await page.evaluate(() => {
      const { width, height } = Module.canvas;
      const shown = Module.canvas.getContext("2d").getImageData(0, 0, width, height).data;
      const frame = Module.kamCpuCanvas.frame();
      for (let i = 0; i < shown.length; i += 4)
        for (let c = 0; c < 3; c++)
          if (shown[i + c] !== frame[i + c]) return { pixel: i / 4, row: Math.floor(i / 4 / width), shown: shown[i + c], frame: frame[i + c] };
      return null;
    });
    assert.equal(mismatch, null);
  } finally {
    await context.close();
    server.close();
  }
});
