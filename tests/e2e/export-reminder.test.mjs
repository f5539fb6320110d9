// The export reminder: the status bar says when the workspace was last exported; after the set
// number of days (14) with changes no export holds, a bar offers Export, and it can be put off.
// The clock is the browser's own, moved by Playwright (page.clock); what the app remembers of
// exports is device state, kept across reloads beside the workspace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, click, launch, newProfileDir, openApp, serveSite, snapshot, waitFor, waitSaved } from "./harness.mjs";

const DAY = 86400 * 1000;

async function setDay(page, start, days) {
  await page.clock.setFixedTime(start + days * DAY);
  await page.evaluate(() => Module._kam_wake());   // an idle app draws again only when woken
}

test("last exported N days ago, the reminder after 14 days of changes, Export and Remind me later", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    const start = Date.parse("2026-12-01T09:00:00Z");
    await page.clock.setFixedTime(start);
    await openApp(page, url);
    let s = await waitFor(page, (s) => s.texts["status/export"], "the export age");
    assert.equal(s.texts["status/export"], "Never exported");

    // The untouched sample needs no export, however old.
    await setDay(page, start, 30);
    s = await snapshot(page);
    assert.equal(s.items["export_reminder/export"], undefined);

    await setDay(page, start, 0);
    await addAccount(page, "Changed before any export");
    await waitSaved(page);
    await setDay(page, start, 13);
    s = await snapshot(page);
    assert.equal(s.items["export_reminder/export"], undefined, "not before 14 days");
    await setDay(page, start, 14);
    s = await waitFor(page, (s) => s.items["export_reminder/export"], "the reminder");
    assert.match(s.texts["export_reminder/text"], /never been exported, and it has changed since/);

    const download = page.waitForEvent("download");
    await click(page, "export_reminder/export");
    assert.match((await download).suggestedFilename(), /^kam-canvas-2026-12-15\.json$/);
    s = await waitFor(page, (s) => !s.items["export_reminder/export"], "the reminder to go");
    await waitSaved(page);   // the record reaches IndexedDB
    assert.equal(s.texts["status/export"], "Exported in the last 24 hours");

    // Remembered on this device across a reload; an export with no change since needs no reminder.
    await page.reload();
    await openApp(page, url);
    await setDay(page, start, 40);
    s = await waitFor(page, (s) => s.texts["status/export"] === "Exported 26 days ago", "the age after a reload");
    assert.equal(s.items["export_reminder/export"], undefined);

    await addAccount(page, "Changed after the export");
    await waitSaved(page);
    s = await waitFor(page, (s) => s.items["export_reminder/later"], "the reminder after a change");
    assert.match(s.texts["export_reminder/text"], /last export was 26 days ago/);
    await click(page, "export_reminder/later");
    await waitFor(page, (s) => !s.items["export_reminder/later"], "the reminder put off");
    await waitSaved(page);

    // Put off is remembered too, until 14 more days have passed.
    await page.reload();
    await openApp(page, url);
    await setDay(page, start, 53);
    s = await waitFor(page, (s) => s.texts["status/export"] === "Exported 39 days ago", "the age");
    assert.equal(s.items["export_reminder/export"], undefined, "put off for 14 days");
    await setDay(page, start, 54);
    await waitFor(page, (s) => s.items["export_reminder/export"], "the reminder back after 14 days");

    // Help > Storage: the workspace's own size and the last export.
    await click(page, "menu/help");
    await click(page, "menu/help/storage");
    s = await waitFor(page, (s) => s.texts["storage/workspace_size"], "Help > Storage");
    assert.match(s.texts["storage/workspace_size"], /^The workspace takes [\d.]+ KB\.$/);
    assert.equal(s.texts["storage/last_export"], "Exported 40 days ago");
  } finally {
    await context?.close();
    server.close();
  }
});
