// Browser storage that refuses a save (the quota is exceeded): the app says so in red, keeps
// the edit in memory, leaves the last good workspace intact in storage, and retries until the
// save goes through.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, launch, newProfileDir, openApp, serveSite, snapshot, waitFor, waitSaved } from "./harness.mjs";


test("a save refused for quota is reported, kept in memory, and retried", async () => {
  const { server, url } = await serveSite();
  const profile = newProfileDir();
  let context, page;
  try {
    ({ context, page } = await launch(profile));
    await openApp(page, url);
    await addAccount(page, "Saved before the disk filled");
    await waitSaved(page);

    // From now on IndexedDB refuses every write, as a browser does when the quota is used up.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      window.kamStorageFull = (full) => {
        IDBObjectStore.prototype.put = full
          ? function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); }
          : put;
      };
      window.kamStorageFull(true);
    });
    await addAccount(page, "Typed while the disk was full");
    let s = await waitFor(page, (s) => s.texts["status/save"] === "Not saved!", "the failed save in the status bar");
    assert.match(s.texts["status/notice"], /^Not saved: browser storage refused the save \(QuotaExceededError/);
    assert.ok(s.items["accounts/item/Typed while the disk was full"], "the edit is kept in memory");

    // Storage still holds the last good workspace: a second tab reads it from there.
    const second = await context.newPage();
    await openApp(second, url);
    s = await snapshot(second);
    assert.ok(s.items["accounts/item/Saved before the disk filled"], "the last good workspace is intact");
    assert.equal(s.items["accounts/item/Typed while the disk was full"], undefined);
    await second.close();

    // Room again: the retry saves everything, and a reload shows it.
    await page.evaluate(() => window.kamStorageFull(false));
    await waitSaved(page, 20000);
    await page.reload();
    await openApp(page, url);
    s = await snapshot(page);
    assert.ok(s.items["accounts/item/Saved before the disk filled"]);
    assert.ok(s.items["accounts/item/Typed while the disk was full"], "the retried save reached storage");
  } finally {
    await context?.close();
    server.close();
  }
});
