// Without WebGL (as Chrome 139+ is on Linux and macOS where it would run in software) the app
// works on its CPU renderer: the sample map is drawn on the page's 2D canvas, and a click on a
// real widget changes what is drawn.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CHROMIUM_ARGS, click, itemRect, launch, newProfileDir, openApp, serveSite, snapshot, waitFor } from "./harness.mjs";

// The canvas's pixels in a rectangle of CSS pixels (device pixels are the same at DPR 1), read
// back from its 2D context: the colours there and how many pixels have each.
async function colours(page, [x, y, w, h]) {
  return page.evaluate(([x, y, w, h]) => {
    const context = document.getElementById("canvas").getContext("2d");
    const data = context.getImageData(Math.round(x), Math.round(y), Math.round(w), Math.round(h)).data;
    const counts = {};
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`;
      counts[key] = (counts[key] || 0) + 1;
    }
    return counts;
  }, [x, y, w, h]);
}

test("with WebGL disabled the app runs on the CPU renderer, draws the map and reacts to a click", async () => {
  const { server, url } = await serveSite();
  const { context, page } = await launch(newProfileDir(), { args: [...CHROMIUM_ARGS, "--disable-webgl"] });
  try {
    assert.equal(await page.evaluate(() => !!document.createElement("canvas").getContext("webgl2")), false, "WebGL 2 is off");
    await openApp(page, url);
    assert.equal(await page.locator("#overlay").isVisible(), false, "no message over the app");
    const s = await snapshot(page);
    assert.match(s.texts["renderer"], /^CPU: this browser offers no WebGL 2/);
    // The canvas holds the CPU renderer's frame: a 2D context (a canvas with a WebGL one gives none).
    assert.equal(await page.evaluate(() => !!document.getElementById("canvas").getContext("2d")), true);

    // The sample map, drawn: cards, lines and text give the map's area many colours, and it is
    // not the page's background.
    await click(page, "tab/map");
    await waitFor(page, (s) => s.items["map/canvas"] && Object.keys(s.items).some((k) => k.startsWith("map/card/")), "the map's cards");
    await page.waitForTimeout(300);
    const map = await colours(page, await itemRect(page, "map/canvas"));
    const total = Object.values(map).reduce((a, b) => a + b, 0);
    const commonest = Math.max(...Object.values(map));
    assert.ok(Object.keys(map).length > 50, `the map has ${Object.keys(map).length} colours`);
    assert.ok(commonest < total * 0.97, "the map is more than its background");
    // Each card is drawn where the app says it is: mostly not the map's background there.
    const background = Object.keys(map).find((k) => map[k] === commonest);
    const cards = Object.keys((await snapshot(page)).items).filter((k) => k.startsWith("map/card/")).slice(0, 10);
    assert.ok(cards.length >= 10, "the sample map's cards");
    for (const card of cards) {
      const [x, y, w, h] = await itemRect(page, card);
      const inside = await colours(page, [x + w * 0.25, y + h * 0.25, Math.max(1, w * 0.5), Math.max(1, h * 0.5)]);
      const n = Object.values(inside).reduce((a, b) => a + b, 0);
      assert.ok((inside[background] || 0) < n / 2, `${card} is drawn (${JSON.stringify(inside)})`);
    }

    // A click on the Help menu opens it: the pixels below its title change.
    const [hx, hy, hw, hh] = await itemRect(page, "menu/help");
    const below = [hx, hy + hh + 2, 160, 40];
    const before = JSON.stringify(await colours(page, below));
    await click(page, "menu/help");
    await waitFor(page, (s) => s.items["menu/help/about"], "the Help menu");
    await page.waitForTimeout(200);
    assert.notEqual(JSON.stringify(await colours(page, below)), before, "the open menu is drawn");
  } finally {
    await context.close();
    server.close();
  }
});
