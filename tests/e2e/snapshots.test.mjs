// Snapshots in the browser: take one, change an attitude and a coverage on the map, compare with
// the snapshot: both changes are listed and marked on the map, and the snapshot is still there
// after a reload (it is stored with the workspace).
import { test } from "node:test";
import assert from "node:assert/strict";
import { click, exportWorkspace, itemRect, launch, newProfileDir, openApp, serveSite, tempPath, waitFor, waitSaved } from "./harness.mjs";

test("a snapshot compared with the map after an attitude and a coverage change lists and marks both", async () => {
  const { server, url } = await serveSite();
  const { context, page } = await launch(newProfileDir(), { viewport: { width: 1600, height: 1000 } });
  try {
    await openApp(page, url);
    await click(page, "tab/map");
    await waitFor(page, (s) => s.items["map/canvas"], "the map");
    const before = await exportWorkspace(page, tempPath("snapshots-before.json"));
    const account = before.accounts[0];

    await click(page, "menu/workshop");
    await click(page, "menu/workshop/take_snapshot");
    await waitFor(page, (s) => (s.texts["status/notice"] || "").startsWith("Took snapshot"), "the snapshot taken");

    // Two cards in view: one changes its attitude, the other gets covered by one of our people.
    let s = await waitFor(page, (s) => account.contacts.filter((c) => s.items[`map/card/${c.id}`]).length >= 2, "cards in view");
    const inView = account.contacts.filter((c) => s.items[`map/card/${c.id}`]);
    const turned = inView.find((c) => c.attitude > -2);
    const covered = inView.find((c) => c.id !== turned.id);
    let [x, y, w, h] = await itemRect(page, `map/card/${turned.id}`);
    await page.mouse.click(x + w / 2, y + h / 2, { delay: 50 });
    await page.keyboard.press("Enter");
    await waitFor(page, (s) => s.items["map/edit/attitude"], "the contact editor");
    await page.waitForTimeout(300);   // it sizes itself to its content in its first frames
    [x, y, w, h] = await itemRect(page, "map/edit/attitude");
    await page.mouse.click(x + 3, y + h / 2, { delay: 50 });   // the slider's left end: opponent
    await click(page, "map/edit/close");

    [x, y, w, h] = await itemRect(page, `map/card/${covered.id}`);
    await page.mouse.click(x + w / 2, y + h / 2, { button: "right" });
    await click(page, "map/menu/covered_by");
    const menu = await waitFor(page, (s) => Object.keys(s.items).some((k) => k.startsWith("map/menu/covered_by/")), "our team in the menu");
    const person = Object.keys(menu.items).find((k) => k.startsWith("map/menu/covered_by/"));
    await click(page, person);

    await click(page, "menu/workshop");
    await click(page, "menu/workshop/snapshots");
    s = await waitFor(page, (s) => Object.keys(s.items).some((k) => k.startsWith("snapshots/") && k.endsWith("/compare")), "the snapshot listed");
    await click(page, Object.keys(s.items).find((k) => k.startsWith("snapshots/") && k.endsWith("/compare")));
    s = await waitFor(page, (s) => s.texts["snapshots/changes"] && s.texts["map/changed"] !== undefined, "the comparison");
    const listed = s.texts["snapshots/changes"];
    assert.match(listed, new RegExp(`attitude: ${turned.name}: attitude \\w+ -> Opponent`), listed);
    assert.match(listed, new RegExp(`coverage-(gained|lost): [^\\n]*${covered.name}`), listed);
    const marked = s.texts["map/changed"].split(",");
    assert.ok(marked.includes(turned.id) && marked.includes(covered.id), `marked on the map: ${s.texts["map/changed"]}`);
    assert.ok(Number(s.texts["snapshots/compare_ms"]) >= 0);

    // Stored with the workspace: there after a reload.
    await waitSaved(page);
    await page.reload();
    await openApp(page, url);
    await click(page, "menu/workshop");
    await click(page, "menu/workshop/snapshots");
    s = await waitFor(page, (s) => s.texts["snapshots/cost"], "the snapshot after the reload");
    assert.match(s.texts["snapshots/cost"], /^1 snapshot takes /);
  } finally {
    await context.close();
    server.close();
  }
});
