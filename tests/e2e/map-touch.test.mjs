// Touch screens: two fingers pinch-zoom the map about their centre (the card between them stays
// under them) and pan it; one finger still taps and drags like the mouse. Real touch events
// through the DevTools protocol (Input.dispatchTouchEvent), as a tablet's browser sends them.
// On each of RENDERERS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { itemRect, launch, newProfileDir, openApp, RENDERERS, serveSite, snapshot, waitFor } from "./harness.mjs";

async function center(page, name) {
  const [x, y, w, h] = await itemRect(page, name);
  return [x + w / 2, y + h / 2];
}

// Fingers as [[x, y], ...] in CSS pixels, moved together from 'from' to 'to' in 'steps' events.
async function touchGesture(cdp, page, from, to, steps = 8) {
  const points = (fingers) => fingers.map(([x, y], id) => ({ x, y, id }));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: points(from) });
  for (let i = 1; i <= steps; i++) {
    const t = i / steps;
    const now = from.map(([x, y], k) => [x + (to[k][0] - x) * t, y + (to[k][1] - y) * t]);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: points(now) });
    await page.waitForTimeout(20);   // a hand takes time: the app draws frames in between
  }
  await page.waitForTimeout(50);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

async function tap(cdp, page, name) {
  const [x, y] = await center(page, name);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y, id: 0 }] });
  await page.waitForTimeout(80);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}

for (const renderer of RENDERERS) {
  test(`two fingers pinch-zoom and pan the map, one finger taps and drags (${renderer.name})`, async () => {
    const { server, url } = await serveSite();
    const { context, page } = await launch(newProfileDir(), { hasTouch: true });
    const cdp = await context.newCDPSession(page);
    try {
      await openApp(page, url, renderer);
      // One finger taps the Map tab open, like a click.
      await tap(cdp, page, "tab/map");
      let s = await waitFor(page, (s) => s.items["map/canvas"] && Object.keys(s.items).some((k) => k.startsWith("map/card/")), "the map after a tap");

      // Pinch out around a card: the zoom grows with the fingers' spread, the card stays between them.
      const card = Object.keys(s.items).find((k) => k.startsWith("map/card/"));
      const [cx, cy] = await center(page, card);
      const zoom = Number(s.texts["map/zoom"]);
      await touchGesture(cdp, page, [[cx - 40, cy], [cx + 40, cy]], [[cx - 80, cy], [cx + 80, cy]]);
      s = await waitFor(page, (s) => Number(s.texts["map/zoom"]) > zoom * 1.5, "the map zoomed in");
      assert.ok(Math.abs(Number(s.texts["map/zoom"]) / zoom - 2) < 0.1, `zoom ${zoom} -> ${s.texts["map/zoom"]}: about twice`);
      const [px, py] = await center(page, card);
      assert.ok(Math.hypot(px - cx, py - cy) < 4, `the card stayed under the fingers: ${cx},${cy} -> ${px},${py}`);
      assert.equal(s.texts["map/selection"], "", "a pinch selects nothing");

      // Two fingers moved together pan the map by as much, without zooming.
      const zoomed = Number(s.texts["map/zoom"]);
      await touchGesture(cdp, page, [[cx - 50, cy], [cx + 50, cy]], [[cx - 110, cy + 30], [cx - 10, cy + 30]]);
      await waitFor(page, (s) => s.items[card] && Math.abs(s.items[card][0] - (px - 60 - s.items[card][2] / 2)) < 4, "the map panned with the fingers");
      s = await snapshot(page);
      assert.equal(Number(s.texts["map/zoom"]), zoomed);
      const [qx, qy] = await center(page, card);
      assert.ok(Math.abs(qx - (px - 60)) < 4 && Math.abs(qy - (py + 30)) < 4, `panned by the fingers' move: ${qx},${qy}`);

      // One finger on the card drags it, as the mouse does.
      await touchGesture(cdp, page, [[qx, qy]], [[qx + 60, qy + 40]]);
      await waitFor(page, (s) => s.texts["map/selection"] === card.split("/").pop(), "the dragged card selected");
      const [rx, ry] = await center(page, card);
      assert.ok(Math.abs(rx - (qx + 60)) < 4 && Math.abs(ry - (qy + 40)) < 4, `dragged with one finger: ${rx},${ry}`);
    } finally {
      await cdp.detach();
      await context.close();
      server.close();
    }
  });
}
