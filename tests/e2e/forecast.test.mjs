// The Forecast tab in the browser: an actual far below the forecast is flagged red, an
// investigation turns it amber, and the figures and the investigation survive a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, click, fillField, launch, newProfileDir, openApp, serveSite, waitFor, waitSaved } from "./harness.mjs";

test("an actual far below the forecast is flagged red, investigated turns amber, and all of it survives a reload", async () => {
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
    assert.equal(s.texts[`forecast/${month}/follow_up`], "open");   // red: not investigated yet

    await click(page, `forecast/${month}/investigate`);
    await click(page, "forecast/investigation/start");
    await waitFor(page, (s) => s.texts[`forecast/${month}/follow_up`] === "investigated", "the month amber");
    await fillField(page, "forecast/investigation/action/text", "Call their buyer");
    await waitFor(page, (s) => s.items["forecast/investigation/action/done"], "the action in the plan");
    await waitSaved(page);

    await page.reload();
    await openApp(page, url);
    await click(page, "accounts/item/Forecast test");
    await click(page, "tab/forecast");
    s = await waitFor(page, (s) => s.texts[`forecast/${month}/actual`] === "45000", "the actual after the reload");
    assert.ok(s.texts[`forecast/${month}/flags`].startsWith("off the forecast"));
    assert.equal(s.texts[`forecast/${month}/follow_up`], "investigated");
    await click(page, `forecast/${month}/investigate`);
    await waitFor(page, (s) => s.texts["forecast/investigation/action"] === "Call their buyer", "the investigation's action after the reload");
  } finally {
    await context?.close();
    server.close();
  }
});
