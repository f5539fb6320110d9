// A column pasted from another program into the Forecast tab: the page's paste event carries the
// text (the app cannot read the system clipboard itself), Ctrl+V in a figure cell puts the column in.
// A one-line paste into an ordinary text field takes the system clipboard's text too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, click, launch, newProfileDir, openApp, serveSite, waitFor } from "./harness.mjs";

// Another program's copy: the text goes on the system clipboard (headless Chromium keeps its own),
// and Ctrl+V makes the browser fire the paste event that carries it to the app.
async function paste(page, text) {
  await page.evaluate((text) => navigator.clipboard.writeText(text), text);
  await page.keyboard.press("Control+V");
}

test("a column pasted from a spreadsheet fills the month and the ones below; one line pastes into a text field", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
    await openApp(page, url);
    const months = await page.evaluate(() => {
      const d = new Date();
      return [0, 1, 2, 3].map((back) => {
        const m = new Date(d.getFullYear(), d.getMonth() - back, 1);
        return `${m.getFullYear()}-${String(m.getMonth() + 1).padStart(2, "0")}`;
      });
    });
    await addAccount(page, "Paste test");
    await click(page, "tab/forecast");

    await click(page, `forecast/${months[0]}/forecast`);
    await paste(page, "120 000\r\n95000,5\r\n80000.25\r\n");
    const s = await waitFor(page, (s) => s.texts[`forecast/${months[2]}/forecast`] === "80000.25", "the third month filled");
    assert.equal(s.texts["status/notice"], `Pasted 3 forecasts, ${months[0]} down to ${months[2]}`);
    assert.equal(s.texts[`forecast/${months[0]}/forecast`], "120000");
    assert.equal(s.texts[`forecast/${months[1]}/forecast`], "95000.5");
    assert.equal(s.texts[`forecast/${months[3]}/forecast`], "");

    // One line: an ordinary paste into the cell, committed when it is left.
    await click(page, `forecast/${months[3]}/actual`);
    await paste(page, "4 321,5");
    await page.keyboard.press("Enter");
    await waitFor(page, (s) => s.texts[`forecast/${months[3]}/actual`] === "4321.5", "the single line pasted into the cell");

    // Any text field: the accounts filter takes a pasted name and leaves the other accounts out.
    await click(page, "accounts/filter");
    await paste(page, "Paste test");
    await waitFor(page, (s) => !s.items["accounts/item/Aurelia Foods"] && s.items["accounts/item/Paste test"], "the filter pasted");
  } finally {
    await context?.close();
    server.close();
  }
});
