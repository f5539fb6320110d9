// A user adds an account with a Swedish name; it is still there after a reload and after
// the browser is closed and opened again with the same profile.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { click, fillField, launch, newProfileDir, openApp, serveSite, snapshot, waitFor, waitSaved } from "./harness.mjs";

const NAME = "Åsa Öberg Konsult AB";

test("an added account survives reload and browser restart", async () => {
  const { server, url } = await serveSite();
  const profile = newProfileDir();
  try {
    let { context, page } = await launch(profile);
    await openApp(page, url);
    const first = await snapshot(page);
    const before = Number(first.texts["accounts/count"]);
    assert.ok(before > 0, "first start opens the sample workspace");
    // The sample is the one in assets/: every account of it is in the list.
    const sample = JSON.parse(fs.readFileSync(new URL("../../assets/sample-workspace.json", import.meta.url), "utf8"));
    assert.equal(before, sample.accounts.length);
    for (const account of sample.accounts)
      assert.ok(first.items[`accounts/item/${account.name}`], `the sample's account ${account.name} in the list`);

    await click(page, "accounts/add");
    await fillField(page, "profile/name", NAME);
    await waitFor(page, (s) => s.items[`accounts/item/${NAME}`], "the renamed account in the list");
    await waitSaved(page);

    await page.reload();
    await openApp(page, url);
    let s = await waitFor(page, (s) => s.items[`accounts/item/${NAME}`], "the account after reload");
    assert.equal(Number(s.texts["accounts/count"]), before + 1);
    await context.close();

    ({ context, page } = await launch(profile));
    await openApp(page, url);
    s = await waitFor(page, (s) => s.items[`accounts/item/${NAME}`], "the account after a browser restart");
    assert.equal(s.texts["status/save"], "All changes saved");
    await context.close();
  } finally {
    server.close();
  }
});

// A first visit shows the sample before IndexedDB opens, trusting a note in localStorage that
// nothing was saved yet. Without the note (cleared on its own), the saved workspace still wins.
test("a saved workspace opens even when the note that it exists is lost", async () => {
  const { server, url } = await serveSite();
  try {
    const { context, page } = await launch(newProfileDir());
    await openApp(page, url);
    const before = Number((await snapshot(page)).texts["accounts/count"]);
    await click(page, "accounts/add");
    await fillField(page, "profile/name", NAME);
    await waitFor(page, (s) => s.items[`accounts/item/${NAME}`], "the renamed account in the list");
    await waitSaved(page);
    assert.equal(await page.evaluate(() => localStorage.getItem("kam-canvas-stored")), "1");

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await openApp(page, url);
    const s = await waitFor(page, (s) => s.items[`accounts/item/${NAME}`], "the saved account after the note was lost");
    assert.equal(Number(s.texts["accounts/count"]), before + 1);
    assert.equal(await page.evaluate(() => localStorage.getItem("kam-canvas-stored")), "1", "the note is made again");
    await context.close();
  } finally {
    server.close();
  }
});
