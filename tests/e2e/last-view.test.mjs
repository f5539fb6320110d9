// The last view is remembered on this device: someone who was on an account's map reopens on
// that map after a reload, without the view ever entering the workspace file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { click, exportWorkspace, launch, newProfileDir, openApp, serveSite, snapshot, tempPath, waitFor, waitSaved } from "./harness.mjs";

test("the selected account and its Map tab are shown again after a reload", async () => {
  const { server, url } = await serveSite();
  const { context, page } = await launch(newProfileDir());
  try {
    await openApp(page, url);
    // The sample opens on its first account's profile; choose the third account and its map.
    const accounts = Object.keys((await snapshot(page)).items).filter((k) => k.startsWith("accounts/item/")).map((k) => k.slice("accounts/item/".length));
    assert.ok(accounts.length >= 3, "the sample has several accounts");
    const name = accounts[2];
    await click(page, `accounts/item/${name}`);
    await click(page, "tab/map");
    const before = await waitFor(page, (s) => s.items["map/canvas"] && s.texts["map/account"] === name, `the map of ${name}`);
    const cards = Object.keys(before.items).filter((k) => k.startsWith("map/card/")).sort();
    assert.ok(cards.length > 0, "the map shows cards");
    await waitSaved(page);

    await page.reload();
    await openApp(page, url);
    const after = await waitFor(page, (s) => s.items["map/canvas"] && s.texts["map/account"] === name, `the map of ${name} after the reload`);
    assert.deepEqual(Object.keys(after.items).filter((k) => k.startsWith("map/card/")).sort(), cards);

    // Per-device view state: not part of the workspace a user exports.
    const ws = await exportWorkspace(page, tempPath("last-view.json"));
    assert.ok(!JSON.stringify(ws).includes("last-view") && !("tab" in ws) && !("view" in ws));

    // Another tab is remembered too, and a broken view file is ignored: the app opens as on a first visit.
    await click(page, "tab/team");
    await waitFor(page, (s) => s.items["team/add"], "the team tab");
    await waitSaved(page);
    await page.reload();
    await openApp(page, url);
    await waitFor(page, (s) => s.items["team/add"] && !s.items["map/canvas"], "the team tab after the reload");
    await page.evaluate(() => new Promise((resolve) => {
      Module.FS.writeFile("/data/last-view.json", "{ broken");
      Module.FS.syncfs(false, resolve);
    }));
    await page.reload();
    await openApp(page, url);
    await waitFor(page, (s) => s.items["profile/name"] && !s.items["team/add"], "the first account's profile");
  } finally {
    await context.close();
    server.close();
  }
});
