// File > Import actuals (CSV) in the browser: a finance system's CSV for three accounts of the
// sample is previewed, applied, seen in the Forecast tab, and undone in one step; a bad file shows
// its problems line by line and changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { click, exportWorkspace, launch, newProfileDir, openApp, serveSite, tempPath, waitFor, waitSaved } from "./harness.mjs";

const tmp = fs.mkdtempSync(tempPath("actuals-import-"));

async function importActuals(page, file) {
  const chooser = page.waitForEvent("filechooser");
  await click(page, "menu/file");
  await click(page, "menu/file/import_actuals");
  await (await chooser).setFiles(file);
}

// The last two full months by the browser's clock: inside the Forecast tab's 24 months.
async function lastMonths(page) {
  return page.evaluate(() => {
    const month = (back) => {
      const d = new Date();
      d.setDate(1);
      d.setMonth(d.getMonth() - back);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`;
    };
    return [month(2), month(1)];
  });
}

// Runs 'body' on the app opened in a fresh profile, once it saves the workspace (the sample).
async function withApp(body) {
  const { server, url } = await serveSite();
  let context;
  try {
    let page;
    ({ context, page } = await launch(newProfileDir()));
    await openApp(page, url);
    await waitSaved(page);
    await body(page);
  } finally {
    await context?.close();
    server.close();
  }
}

async function forecastActual(page, account, month) {
  await click(page, `accounts/item/${account}`);
  await click(page, "tab/forecast");
  const s = await waitFor(page, (s) => s.texts[`forecast/${month}/actual`] !== undefined, `the Forecast tab of ${account}`);
  return s.texts[`forecast/${month}/actual`];
}

test("import a CSV of actuals for three accounts and undo it", () => withApp(async (page) => {
  const [m1, m2] = await lastMonths(page);
  const [y1, mo1] = m1.split("-");
  // As European Excel writes it: a byte order mark, semicolons, decimal commas, CRLF; one
  // account by id, one by name in another case, one with months as MM/YYYY.
  const file = path.join(tmp, "actuals.csv");
  fs.writeFileSync(file, "\uFEFFAccount;Month;Amount\r\n" +
    `Nordhavn Logistics;${m1};111 111,5\r\nNORDHAVN LOGISTICS;${m2};111 222\r\n` +
    `a61;${m1};222111\r\na61;${m2};222222\r\n` +
    `Aurelia Foods;${mo1}/${y1};333111\r\nAurelia Foods;${m2};333222\r\n`);
  const before = {
    nordhavn: await forecastActual(page, "Nordhavn Logistics", m1),
    vellmar: await forecastActual(page, "Vellmar Chemie", m2),
    aurelia: await forecastActual(page, "Aurelia Foods", m1),
  };

  await importActuals(page, file);
  const s = await waitFor(page, (s) => s.texts["dialog/actuals/summary"], "the preview");
  assert.match(s.texts["dialog/actuals/summary"], /6 lines of actuals, separated by semicolons, with a header row/);
  assert.match(s.texts["dialog/actuals/summary"], /6 actuals change in 3 accounts/);
  assert.match(s.texts["dialog/actuals/changes"], new RegExp(`line 2: Nordhavn Logistics ${m1} .* -> 111111.5`));
  await click(page, "dialog/actuals/apply");
  await waitFor(page, (s) => !s.items["dialog/actuals/apply"], "the preview to close");

  assert.equal(await forecastActual(page, "Nordhavn Logistics", m1), "111111.5");
  assert.equal(await forecastActual(page, "Nordhavn Logistics", m2), "111222");
  assert.equal(await forecastActual(page, "Vellmar Chemie", m2), "222222");
  assert.equal(await forecastActual(page, "Aurelia Foods", m1), "333111");

  await page.keyboard.press("Control+Z");   // one step takes back all six
  await waitFor(page, (s) => /^Undone: Import actuals: 6 months in 3 accounts/.test(s.texts["status/notice"] || ""), "the undo");
  assert.equal(await forecastActual(page, "Nordhavn Logistics", m1), before.nordhavn);
  assert.equal(await forecastActual(page, "Vellmar Chemie", m2), before.vellmar);
  assert.equal(await forecastActual(page, "Aurelia Foods", m1), before.aurelia);
}));

test("a bad CSV of actuals shows its problems line by line and changes nothing", () => withApp(async (page) => {
  const before = await exportWorkspace(page, path.join(tmp, "before.json"));

  const file = path.join(tmp, "bad.csv");
  fs.writeFileSync(file, "account,month,amount\nAcme Ltd,2026-01,5\na61,2026-13,5\na61,2026-02,12x\n");
  await importActuals(page, file);
  const s = await waitFor(page, (s) => s.texts["dialog/actuals/problems"], "the problems");
  assert.equal(s.texts["dialog/actuals/problems"],
               'line 2: unknown account "Acme Ltd"\n' +
               'line 3, column 2: "2026-13" is not a month (YYYY-MM, YYYY-MM-DD or MM/YYYY)\n' +
               'line 4, column 3: "12x" is not an amount');
  assert.match(s.texts["dialog/actuals/summary"], /3 lines have problems and are skipped/);
  await click(page, "dialog/actuals/apply");   // nothing to apply: the button is disabled
  await click(page, "dialog/actuals/cancel");
  await waitFor(page, (s) => !s.items["dialog/actuals/cancel"], "the preview to close");

  const after = await exportWorkspace(page, path.join(tmp, "after.json"));
  assert.deepEqual(after, before);
}));
