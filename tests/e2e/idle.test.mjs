// An idle app draws nothing: the main loop pauses (no animation frames) until input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { countAnimationFrames, launch, newProfileDir, openApp, serveSite, waitSaved } from "./harness.mjs";

test("no animation frames while nothing happens, and input wakes the app", async () => {
  const { server, url } = await serveSite();
  const { context, page } = await launch(newProfileDir());
  try {
    await countAnimationFrames(page);
    await openApp(page, url);
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
