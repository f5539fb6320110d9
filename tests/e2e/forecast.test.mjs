// The Forecast tab in the browser: an actual far below the forecast is flagged, and the figures
// survive a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, click, fillField, launch, newProfileDir, openApp, serveSite, waitFor, waitSaved } from "./harness.mjs";

test("an actual far below the forecast flags its month, and both figures survive a reload", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    await openApp(page, url);
    // The table ends with the current month, as the browser's clock has it.
    const month = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
    });
    await addAccount(page, "Forecast test");
    await click(page, "tab/forecast");
    await fillField(page, `forecast/${month}/forecast`, "120 000");
    await fillField(page, `forecast/${month}/actual`, "45000");
    let s = await waitFor(page, (s) => (s.texts[`forecast/${month}/flags`] || "").startsWith("off the forecast"), "the month flagged");
    assert.equal(s.texts[`forecast/${month}/forecast`], "120000");
    await waitSaved(page);

    await page.reload();
    await openApp(page, url);
    await click(page, "accounts/item/Forecast test");
    await click(page, "tab/forecast");
    s = await waitFor(page, (s) => s.texts[`forecast/${month}/actual`] === "45000", "the actual after the reload");
    assert.ok(s.texts[`forecast/${month}/flags`].startsWith("off the forecast"));
  } finally {
    await context?.close();
    server.close();
  }
});
