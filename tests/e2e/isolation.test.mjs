// The app's threads need a cross-origin isolated page. From a host that does not send the
// headers for it, the page loads once more through the service worker, which adds them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, newProfileDir, openApp, serveSite, snapshot } from "./harness.mjs";

test("from a host without the isolation headers, the app runs after one automatic reload", async () => {
  const { server, url } = await serveSite(0, { isolation: false });
  const { context, page } = await launch(newProfileDir());
  try {
    let loads = 0;
    page.on("load", () => loads++);
    await openApp(page, url);
    assert.equal(await page.evaluate(() => self.crossOriginIsolated), true);
    assert.equal(loads, 2, "one reload, not more");
    const s = await snapshot(page);
    assert.ok(Number(s.texts["accounts/count"]) > 0, "the sample workspace is open");
  } finally {
    await context.close();
    server.close();
  }
});
