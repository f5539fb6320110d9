// The relationship map with real mouse and keyboard events: add two contacts (one dragged
// aside, one renamed), cover one by a member of our team from its right-click menu, reload, and find
// both cards and the coverage line again. An idle map draws no frames. On each of RENDERERS.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  click, countAnimationFrames, exportWorkspace, fillField, itemRect, launch, newProfileDir, openApp, RENDERERS, serveSite, snapshot, tempPath, waitFor, waitSaved,
} from "./harness.mjs";

const NAME = "Åsa Öberg";

async function center(page, name) {
  const [x, y, w, h] = await itemRect(page, name);
  return [x + w / 2, y + h / 2];
}

async function addContact(page) {
  const before = (await snapshot(page)).texts["map/selection"];
  await click(page, "map/add_contact");
  const s = await waitFor(page, (s) => s.texts["map/selection"] && s.texts["map/selection"] !== before, "a new selected contact");
  return s.texts["map/selection"];
}

for (const renderer of RENDERERS) {
  test(`contacts and a coverage line added on the map survive a reload (${renderer.name})`, async () => {
    const { server, url } = await serveSite();
    const { context, page } = await launch(newProfileDir());
    try {
      await countAnimationFrames(page);
      await openApp(page, url, renderer);
      await click(page, "tab/map");
      await waitFor(page, (s) => s.items["map/canvas"], "the map canvas");

      // The first new contact is dragged 200 pixels left, out of the way of the second.
      const first = await addContact(page);
      const [x, y] = await center(page, `map/card/${first}`);
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x - 100, y + 20, { steps: 5 });
      await page.mouse.move(x - 200, y + 40, { steps: 5 });
      await page.mouse.up();
      await waitFor(page, (s) => s.items[`map/card/${first}`] && Math.abs(s.items[`map/card/${first}`][0] - (x - 200) + s.items[`map/card/${first}`][2] / 2) < 3, "the dragged card");

      const second = await addContact(page);
      assert.notEqual(first, second);
      const [sx, sy] = await center(page, `map/card/${second}`);
      // A click gives the map the keyboard and Enter opens the editor. (Double-click does the
      // same, tested headless: in a loaded software-rendered browser the two presses can land
      // more than ImGui's 0.3 s of frame time apart.)
      await page.mouse.move(sx, sy);
      await page.mouse.click(sx, sy, { delay: 50 });
      await page.keyboard.press("Enter");
      await waitFor(page, (s) => s.items["map/edit/name"], "the contact editor");
      await page.waitForTimeout(300);   // it sizes itself to its content in its first frames
      await fillField(page, "map/edit/name", NAME);
      await click(page, "map/edit/close");
      // The editor opened beside the card: until it has gone, a right-click there lands on it.
      await waitFor(page, (s) => !s.items["map/edit/window"], "the contact editor closed").catch(async (e) => {
        const s = await snapshot(page);
        const edit = Object.fromEntries(Object.entries(s.items).filter(([k]) => k.startsWith("map/edit")));
        throw new Error(`${e.message.slice(0, 200)}; the editor: ${JSON.stringify(edit)}; texts: ${JSON.stringify(s.texts).slice(0, 1500)}`);
      });

      // Right-click the renamed card (hovered first, as a hand does): Covered by > the first person of our team.
      await click(page, `map/card/${second}`, { button: "right" });
      await click(page, "map/menu/covered_by");
      const menu = await waitFor(page, (s) => Object.keys(s.items).some((k) => k.startsWith("map/menu/covered_by/")), "our team in the menu");
      const person = Object.keys(menu.items).find((k) => k.startsWith("map/menu/covered_by/")).split("/").pop();
      await click(page, `map/menu/covered_by/${person}`);
      await waitFor(page, (s) => s.items[`map/team/${person}`], "the covering person in the team column");
      await waitSaved(page);

      // Idle: nothing changes, nothing is drawn.
      await page.waitForTimeout(500);
      const frames = await page.evaluate(() => window.kamFrames);
      await page.waitForTimeout(1000);
      assert.equal(await page.evaluate(() => window.kamFrames), frames, "frames were drawn while the map was idle");

      await page.reload();
      await openApp(page, url, renderer);
      await click(page, "tab/map");
      await waitFor(page, (s) => s.items[`map/card/${first}`] && s.items[`map/card/${second}`] && s.items[`map/team/${person}`],
        "both cards and the covering person after reload");
      const ws = await exportWorkspace(page, tempPath("map.json"));
      const account = ws.accounts.find((a) => a.contacts.some((c) => c.id === second));
      assert.ok(account, "the account with the new contacts");
      assert.equal(account.contacts.find((c) => c.id === second).name, NAME);
      assert.ok(account.coverage.some((c) => c.person === person && c.contact === second), "the coverage line");
    } finally {
      await context.close();
      server.close();
    }
  });
}
