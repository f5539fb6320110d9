// Export then import into a fresh browser profile gives the same workspace; a broken file
// is refused with its problems and JSON paths, and changes nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { click, exportWorkspace, fillField, importWorkspace, launch, newProfileDir, openApp, serveSite, tempPath, waitFor,
         waitSaved } from "./harness.mjs";

const tmp = fs.mkdtempSync(tempPath("import-export-"));

test("export, then import into a fresh profile, gives the same workspace", async () => {
  const { server, url } = await serveSite();
  try {
    const a = await launch(newProfileDir());
    await openApp(a.page, url);
    await click(a.page, "accounts/add");
    await fillField(a.page, "profile/name", "Jürgen Groß GmbH");
    await waitSaved(a.page);
    const exported = await exportWorkspace(a.page, path.join(tmp, "a.json"));
    assert.equal(exported.format, "kam-canvas");
    assert.ok(exported.accounts.some((acc) => acc.name === "Jürgen Groß GmbH"));
    await a.context.close();

    const b = await launch(newProfileDir());
    await openApp(b.page, url);
    await importWorkspace(b.page, path.join(tmp, "a.json"));
    await waitFor(b.page, (s) => s.items["accounts/item/Jürgen Groß GmbH"], "the imported account");
    const again = await exportWorkspace(b.page, path.join(tmp, "b.json"));
    assert.deepEqual(again, exported);
    await b.context.close();
  } finally {
    server.close();
  }
});

test("a broken import shows every problem with its path and changes nothing", async () => {
  const { server, url } = await serveSite();
  try {
    const { context, page } = await launch(newProfileDir());
    await openApp(page, url);
    const before = await exportWorkspace(page, path.join(tmp, "before.json"));

    const bad = path.join(tmp, "bad.json");
    fs.writeFileSync(bad, JSON.stringify({
      format: "kam-canvas", version: 1,
      team: [{ id: "p1", name: "Łukasz" }],
      accounts: [{ id: "a1", name: "Broken", manager: "p99",
                   contacts: [{ id: "c1", name: "Carmen Ñuñez", attitude: 9 }] }],
    }));
    await importWorkspace(page, bad);
    const s = await waitFor(page, (s) => s.texts["dialog/error/text"], "the error dialog");
    const message = s.texts["dialog/error/text"];
    assert.match(message, /\/accounts\/0\/contacts\/0\/attitude/);
    assert.match(message, /\/accounts\/0\/manager/);
    assert.match(message, /not changed/);
    await click(page, "dialog/error/ok");

    const notJson = path.join(tmp, "not-json.json");
    fs.writeFileSync(notJson, '{"format": "kam-canvas", "version": 1, "accounts": [');
    await importWorkspace(page, notJson);
    const s2 = await waitFor(page, (s) => s.texts["dialog/error/text"], "the error dialog for invalid JSON");
    assert.match(s2.texts["dialog/error/text"], /JSON/);
    await click(page, "dialog/error/ok");

    const after = await exportWorkspace(page, path.join(tmp, "after.json"));
    assert.deepEqual(after, before);
    await context.close();
  } finally {
    server.close();
  }
});
