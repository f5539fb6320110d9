// Backups a user can reach: Help > Storage lists the rolling backups of the stored workspace
// (time, size, accounts); Restore puts one in place in one undoable step, and it is saved. The
// window also shows what the browser lets the site store and whether it keeps it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, click, launch, newProfileDir, openApp, serveSite, snapshot, waitFor, waitSaved } from "./harness.mjs";


test("restore from a backup, undo it, and the restore is saved", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    // Count the asks for persistent storage: once there is real data, and once only.
    await context.addInitScript(() => {
      window.kamPersistAsked = 0;
      const persist = navigator.storage.persist.bind(navigator.storage);
      navigator.storage.persist = () => { window.kamPersistAsked++; return persist(); };
    });
    await openApp(page, url);
    await addAccount(page, "In the backup");
    await waitSaved(page);
    await page.reload();
    await openApp(page, url);
    // The first save of a visit keeps the stored workspace as backup 1.
    await addAccount(page, "Only in the newest save");
    await waitSaved(page);
    const count = Number((await snapshot(page)).texts["accounts/count"]);

    await click(page, "menu/help");
    await click(page, "menu/help/storage");
    let s = await waitFor(page, (s) => s.texts["storage/backup/1/age"], "the backup list");
    assert.match(s.texts["storage/usage"], /^[\d.]+ (bytes|KB|MB) used of [\d.]+ (KB|MB) this browser allows \(\d+%\)$/);
    assert.ok(["granted", "not granted"].includes(s.texts["storage/persisted"]));
    assert.equal(await page.evaluate(() => window.kamPersistAsked), 1, "persistent storage was asked for, once");
    assert.equal(s.texts["storage/backup/1/age"], "just now");
    assert.equal(Number(s.texts["storage/backup/1/accounts"]), count - 1);

    await click(page, "storage/backup/1/restore");
    s = await waitFor(page, (s) => /^Restored the backup saved just now/.test(s.texts["status/notice"] || ""), "the restore");
    assert.ok(s.items["accounts/item/In the backup"]);
    assert.equal(s.items["accounts/item/Only in the newest save"], undefined);

    await page.keyboard.press("Control+Z");
    await waitFor(page, (s) => s.items["accounts/item/Only in the newest save"], "undo of the restore");
    await page.keyboard.press("Control+Shift+Z");
    await waitFor(page, (s) => !s.items["accounts/item/Only in the newest save"], "redo of the restore");
    await waitSaved(page);
    await page.reload();
    await openApp(page, url);
    s = await snapshot(page);
    assert.ok(s.items["accounts/item/In the backup"]);
    assert.equal(s.items["accounts/item/Only in the newest save"], undefined, "the restored workspace is the saved one");
  } finally {
    await context?.close();
    server.close();
  }
});
