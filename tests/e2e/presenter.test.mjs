// Presenter mode in the browser: F5 presents the view on screen alone (it does not reload the
// page), edits made while presenting are kept, and Esc leaves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { click, launch, newProfileDir, openApp, serveSite, waitFor, waitSaved } from "./harness.mjs";

test("F5 presents the map alone, an edit made while presenting is kept, Esc leaves", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    await openApp(page, url);
    await waitFor(page, (s) => s.items["tab/map"], "the sample workspace");
    await click(page, "tab/map");
    await waitFor(page, (s) => s.items["map/add_contact"], "the map");
    await page.evaluate(() => { window.kamNotReloaded = true; });

    await page.keyboard.press("F5");
    let s = await waitFor(page, (s) => s.texts["presenter/where"], "presenter mode");
    assert.equal(await page.evaluate(() => window.kamNotReloaded), true, "F5 did not reload the page");
    assert.match(s.texts["presenter/where"], /Map$/);
    assert.ok(!s.items["menu/file"], "no menu while presenting");
    assert.ok(!s.items["tab/map"], "no tabs while presenting");

    // The team edits the map while it is projected: a contact added is selected, and saved.
    const before = s.texts["map/selection"];
    await click(page, "map/add_contact");
    await waitFor(page, (s) => s.texts["map/selection"] && s.texts["map/selection"] !== before, "the new contact selected");
    await waitSaved(page);

    await page.keyboard.press("Escape");
    s = await waitFor(page, (s) => s.items["menu/file"] && !s.texts["presenter/where"], "presenter mode left");
    assert.ok(s.items["tab/map"]);
    assert.equal(s.texts["status/save"], "All changes saved");
  } finally {
    await context?.close();
    server.close();
  }
});
