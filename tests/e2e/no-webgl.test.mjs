// Without WebGL 2 the page says what is missing instead of staying blank.
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, newProfileDir, serveSite } from "./harness.mjs";

test("a browser without WebGL 2 gets a clear message", async () => {
  const { server, url } = await serveSite();
  const context = await chromium.launchPersistentContext(newProfileDir(), {
    executablePath: "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--disable-3d-apis"],
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.goto(url);
    const status = page.locator("#status");
    await status.waitFor();
    assert.match(await status.textContent(), /needs WebGL 2/);
    assert.equal(await page.locator("#overlay").isVisible(), true);
  } finally {
    await context.close();
    server.close();
  }
});
