// An idle app draws nothing: the main loop pauses (no animation frames) until input. On each
// of RENDERERS.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countAnimationFrames, launch, newProfileDir, openApp, RENDERERS, serveSite, waitSaved } from "./harness.mjs";

for (const renderer of RENDERERS) {
  test(`no animation frames while nothing happens, and input wakes the app (${renderer.name})`, async () => {
    const { server, url } = await serveSite();
    const { context, page } = await launch(newProfileDir());
    try {
      await countAnimationFrames(page);
      await openApp(page, url, renderer);
      await waitSaved(page);
      await page.waitForTimeout(500);   // settle
      const before = await page.evaluate(() => window.kamFrames);
      await page.waitForTimeout(1500);
      assert.equal(await page.evaluate(() => window.kamFrames), before, "frames were drawn while idle");

      await page.mouse.move(200, 200);
      await page.waitForFunction((n) => window.kamFrames > n, before);
    } finally {
      await context.close();
      server.close();
    }
  });
}
