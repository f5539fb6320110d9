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

test("the workshop agenda walks the account's steps with Next and PageDown, each in its view", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    await openApp(page, url);
    await waitFor(page, (s) => s.items["menu/workshop"] && s.items["tab/map"], "the sample workspace");
    await click(page, "menu/workshop");
    await waitFor(page, (s) => s.items["menu/workshop/agenda"], "the Workshop menu");
    await click(page, "menu/workshop/agenda");
    let s = await waitFor(page, (s) => s.texts["agenda/step"] === "Why this tier", "the agenda's first step");
    assert.match(s.texts["agenda/status"], /score \d+ of 100/);
    assert.ok(s.texts["presenter/where"].endsWith("Account"), s.texts["presenter/where"]);

    await click(page, "agenda/next");
    s = await waitFor(page, (s) => s.texts["agenda/step"] === "Map" && s.items["map/canvas"], "the map step");
    assert.match(s.texts["agenda/status"], /^\d+ contacts: \d+ for us, \d+ against us$/);
    // Presentation clickers send PageDown and PageUp.
    await page.keyboard.press("PageDown");
    await waitFor(page, (s) => s.texts["agenda/step"] === "Coverage analysis" && s.texts["presenter/where"].endsWith("Analysis"), "the coverage step");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    s = await waitFor(page, (s) => s.texts["agenda/step"] === "Actions" && s.items["plan/section/actions"], "the actions step");
    assert.match(s.texts["agenda/status"], /^\d+ actions? open/);
    await page.keyboard.press("PageUp");
    await waitFor(page, (s) => s.texts["agenda/step"] === "Forecast", "back to the forecast");

    await page.keyboard.press("Escape");
    s = await waitFor(page, (s) => s.items["menu/file"] && !s.texts["presenter/where"], "presenter mode left");
    assert.ok(s.items["tab/forecast"]);
  } finally {
    await context?.close();
    server.close();
  }
});
