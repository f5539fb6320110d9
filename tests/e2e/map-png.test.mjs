// Export PNG of the relationship map in Chromium on a HiDPI screen (2 device pixels per CSS
// pixel): the download is a PNG exactly as large as the map in device pixels, with the map
// drawn in it (decoded here); the whole map fitted in is another picture and leaves the view
// as it was; a selection does not show; the customer-safe view's frame is in the picture.
// On each of RENDERERS: the CPU renderer's frame and WebGL's read-back must both be the map.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import zlib from "node:zlib";
import { click, launch, newProfileDir, openApp, RENDERERS, serveSite, tempPath, waitFor } from "./harness.mjs";

// Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what a canvas writes) into RGBA pixels.
function decodePng(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "PNG signature");
  let width = 0, height = 0, channels = 0;
  const idat = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at), type = bytes.toString("latin1", at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      assert.equal(data[8], 8, "8 bits per channel");
      assert.equal(data[12], 0, "not interlaced");
      channels = { 2: 3, 6: 4 }[data[9]];
      assert.ok(channels, `colour type ${data[9]}`);
    }
    if (type === "IDAT") idat.push(data);
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels, out = Buffer.alloc(width * height * 4);
  const prev = Buffer.alloc(stride), row = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let i = 0; i < stride; i++) {
      const x = raw[y * (stride + 1) + 1 + i], a = i >= channels ? row[i - channels] : 0, b = prev[i], c = i >= channels ? prev[i - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const predictor = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      row[i] = (x + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++)
      for (let k = 0; k < 4; k++) out[(y * width + x) * 4 + k] = k < channels ? row[x * channels + k] : 255;
    row.copy(prev);
  }
  return { width, height, pixels: out };
}

function pixel(image, x, y) {
  return [...image.pixels.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4)];
}

function distinctColours(image) {
  const seen = new Set();
  for (let i = 0; i < image.pixels.length; i += 4) seen.add(image.pixels.readUInt32BE(i));
  return seen.size;
}

async function exportPng(page, item) {
  const download = page.waitForEvent("download");
  await click(page, "map/export_png");
  await click(page, item);
  const d = await download;
  const file = tempPath("map.png");
  await d.saveAs(file);
  return { name: d.suggestedFilename(), image: decodePng(fs.readFileSync(file)) };
}

for (const renderer of RENDERERS) {
  test(`Export PNG downloads the map as drawn, in device pixels, current view or fitted (${renderer.name})`, async () => {
    const { server, url } = await serveSite();
    const { context, page } = await launch(newProfileDir(), { deviceScaleFactor: 2 });
    try {
      await openApp(page, url, renderer);
      await click(page, "tab/map");
      const s = await waitFor(page, (s) => s.items["map/canvas"] && Object.keys(s.items).some((k) => k.startsWith("map/card/")), "the map with cards");
      const [, , w, h] = s.items["map/canvas"];   // device pixels

      const view = await exportPng(page, "map/export_png/view");
      assert.match(view.name, / map\.png$/);
      assert.equal(view.image.width, Math.round(w));
      assert.equal(view.image.height, Math.round(h));
      assert.ok(distinctColours(view.image) > 50, `a drawn map, not a blank picture (${distinctColours(view.image)} colours)`);
      assert.deepEqual(pixel(view.image, 1, 1), [255, 255, 255, 255], "the map's white background at its corner");

      // Zoom in far: the fitted picture shows the whole map instead, at the same size.
      const [x, y] = [s.items["map/canvas"][0] / 2 + w / 4, s.items["map/canvas"][1] / 2 + h / 4];
      await page.mouse.move(x, y);
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
      await page.waitForTimeout(300);
      const zoomed = await exportPng(page, "map/export_png/view");
      const fitted = await exportPng(page, "map/export_png/fitted");
      assert.equal(fitted.image.width, view.image.width);
      assert.equal(fitted.image.height, view.image.height);
      assert.notDeepEqual(zoomed.image.pixels, fitted.image.pixels, "the fitted picture differs from the zoomed-in view");
      // The view on screen did not move: another picture of it is the same as before.
      const again = await exportPng(page, "map/export_png/view");
      assert.ok(again.image.pixels.equals(zoomed.image.pixels), "the view is as it was after a fitted picture");

      // A selected card looks the same in the picture: no selection outline on slides.
      const shown = await waitFor(page, (s) => Object.keys(s.items).find((k) => k.startsWith("map/card/")), "a card in the view");
      const card = Object.keys(shown.items).find((k) => k.startsWith("map/card/"));
      await click(page, card);
      await waitFor(page, (s) => s.texts["map/selection"] === card.split("/").pop(), "the selected card");
      const selected = await exportPng(page, "map/export_png/view");
      assert.ok(selected.image.pixels.equals(zoomed.image.pixels), "the picture shows no selection");

      // The customer-safe view: its blue frame is in the picture.
      await click(page, "map/customer_safe");
      await waitFor(page, (s) => s.texts["map/customer_safe"] === "on", "the customer-safe view");
      const safe = await exportPng(page, "map/export_png/view");
      assert.deepEqual(pixel(safe.image, 1, 1), [0, 114, 178, 255], "the customer-safe frame at the picture's corner");
    } finally {
      await context.close();
      server.close();
    }
  });
}
