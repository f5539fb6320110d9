// The renderer: chosen automatically (headless Chromium's WebGL 2 runs on SwiftShader, so the CPU
// renderer draws), overridden in View > Renderer and remembered on this device from the next
// reload on, and overridden for one visit with ?renderer=.
import { test } from "node:test";
import assert from "node:assert/strict";
import { click, itemRect, launch, newProfileDir, openApp, serveSite, snapshot, waitFor } from "./harness.mjs";

const contextKind = (page) => page.evaluate(() => {
  const canvas = document.getElementById("canvas");
  return canvas.getContext("webgl2") ? "webgl2" : canvas.getContext("2d") ? "2d" : "none";
});

test("View > Renderer is remembered from the next reload on, and Help > About says why", async () => {
  const { server, url } = await serveSite();
  const { context, page } = await launch(newProfileDir());
  try {
    await openApp(page, url);
    assert.equal((await snapshot(page)).texts["renderer"], "CPU: WebGL 2 runs in software (SwiftShader)");
    assert.equal(await contextKind(page), "2d");

    await click(page, "menu/view");
    const [x, y, w, h] = await itemRect(page, "menu/view/renderer");
    await page.mouse.move(x + w / 2, y + h / 2);   // the submenu opens on hover
    await waitFor(page, (s) => s.items["menu/view/renderer/gpu"], "the Renderer menu");
    await click(page, "menu/view/renderer/gpu");
    assert.equal(await page.evaluate(() => localStorage.getItem("kam-renderer")), "gpu");
    assert.equal((await snapshot(page)).texts["renderer"], "CPU: WebGL 2 runs in software (SwiftShader)", "applies at the next reload");

    await page.reload();
    await openApp(page, url);
    assert.equal((await snapshot(page)).texts["renderer"], "GPU: chosen in View > Renderer (WebGL 2 runs in software: SwiftShader)");
    assert.equal(await contextKind(page), "webgl2");
    await click(page, "menu/help");
    await click(page, "menu/help/about");
    const about = await waitFor(page, (s) => s.texts["about/renderer"], "About");
    assert.equal(about.texts["about/renderer"], "Renderer: GPU: chosen in View > Renderer (WebGL 2 runs in software: SwiftShader)");

    // ?renderer=cpu for one visit; the choice on the device stays.
    await page.goto(url + "?test&renderer=cpu");
    await page.waitForFunction(() => window.kamFirstFrameAt !== undefined, null, { timeout: 30000 });
    assert.equal((await waitFor(page, (s) => s.texts["renderer"], "the renderer")).texts["renderer"], "CPU: ?renderer=cpu");
    assert.equal(await page.evaluate(() => localStorage.getItem("kam-renderer")), "gpu");
  } finally {
    await context.close();
    server.close();
  }
});
