// Hostile files: import refuses each with the JSON path (or its line) and the limit, and the open
// workspace stays exactly as it was. A file over the size limit is not even read into memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { click, exportWorkspace, importWorkspace, launch, newProfileDir, openApp, serveSite, tempPath, waitFor }
  from "./harness.mjs";

const header = '{"format": "kam-canvas", "version": 1, ';
const hostile = [
  ["long-name.json", header + `"accounts": [{"id": "a1", "name": "${"A".repeat(1001)}"}]}`,
   /\/accounts\/0\/name: 1001 characters, longer than the limit of 1000/],
  ["control.json", header + '"team": [{"id": "p1", "name": "Eva\\u0000Ek"}]}',
   /\/team\/0\/name: contains a control character \(U\+0000\)/],
  ["duplicate.json", header + '"accounts": [{"id": "a1", "name": "A", "name": "B"}]}',
   /\/accounts\/0\/name: duplicate member "name" in one object/],
  ["deep.json", header + '"x": ' + "[".repeat(100000) + "]".repeat(100000) + "}",
   /refused at line 1, column \d+ \(byte \d+\): nested deeper than the limit of 64 levels/],
  ["huge-number.json", header + '"accounts": [{"id": "a1", "name": "A", "annual_sales": 1e999}]}',
   /number out of range: 1e999/],
];

test("hostile files are refused with their path and the limit, and change nothing", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    await openApp(page, url);
    const before = await exportWorkspace(page, tempPath("before.json"));

    for (const [name, text, expected] of hostile) {
      const file = tempPath(name);
      fs.writeFileSync(file, text);
      await importWorkspace(page, file);
      const s = await waitFor(page, (s) => s.texts["dialog/error/text"], `the refusal of ${name}`);
      assert.match(s.texts["dialog/error/text"], expected, name);
      assert.match(s.texts["dialog/error/text"], /Your open workspace was not changed/);
      await click(page, "dialog/error/ok");
    }

    // 300 MB (a sparse file: no disk is filled): refused by its size before it is read.
    const huge = tempPath("huge.json");
    fs.writeFileSync(huge, "");
    fs.truncateSync(huge, 300 * 1024 * 1024);
    await importWorkspace(page, huge);
    const s = await waitFor(page, (s) => s.texts["dialog/error/text"], "the refusal of a 300 MB file");
    assert.match(s.texts["dialog/error/text"], /the file is 300 MB \(314572800 bytes\), larger than the limit of 256 MB/);
    await click(page, "dialog/error/ok");

    assert.deepEqual(await exportWorkspace(page, tempPath("after.json")), before);
  } finally {
    await context?.close();
    server.close();
  }
});
