// After one visit, the app loads with the server gone (the service worker serves it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, newProfileDir, openApp, serveSite, snapshot, untilInPage } from "./harness.mjs";

test("a second visit works offline", async () => {
  const { server, url } = await serveSite();
  const { context, page } = await launch(newProfileDir());
  try {
    await openApp(page, url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await untilInPage(page, async () => (await caches.keys()).some((n) => n.startsWith("kam-canvas-")), null, "the offline copy");
    await new Promise((resolve) => server.close(resolve));
    server.closeAllConnections?.();

    await page.reload();
    await openApp(page, url);
    const s = await snapshot(page);
    assert.ok(Number(s.texts["accounts/count"]) > 0, "the workspace is there offline");
    assert.equal(await page.evaluate(() => self.crossOriginIsolated), true, "isolated offline too (threads)");
  } finally {
    await context.close();
    server.close();
  }
});
