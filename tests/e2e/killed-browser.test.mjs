// A browser killed without warning (SIGKILL: no pagehide, no unload) loses at most the last
// second: an edit is in IndexedDB within about a second of the last keystroke.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { click, fillField, launch, newProfileDir, openApp, serveSite, waitFor } from "./harness.mjs";

// Every process of the browser that runs on this profile.
function browserProcesses(profile) {
  const pids = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(profile)) pids.push(Number(entry));
    } catch {}   // gone meanwhile
  }
  return pids;
}

test("an edit survives SIGKILL of the browser 1.5 s after it was typed", async () => {
  const { server, url } = await serveSite();
  const profile = newProfileDir();
  let context;
  try {
    let page;
    ({ context, page } = await launch(profile));
    await openApp(page, url);
    await click(page, "accounts/add");
    await fillField(page, "profile/name", "Typed just before the crash");
    await waitFor(page, (s) => s.items["accounts/item/Typed just before the crash"], "the account in the list");
    await page.waitForTimeout(1500);

    const pids = browserProcesses(profile);
    assert.ok(pids.length > 0, "the browser's processes are found");
    for (const pid of pids) try { process.kill(pid, "SIGKILL"); } catch {}
    await Promise.race([context.close().catch(() => {}), new Promise((r) => setTimeout(r, 5000))]);
    context = undefined;

    ({ context, page } = await launch(profile));
    await openApp(page, url);
    // (localStorage may have lost its note that a workspace is stored, so the sample can show
    // for a moment before IndexedDB opens.)
    const s = await waitFor(page, (s) => s.items["accounts/item/Typed just before the crash"], "the edit after the crash");
    assert.equal(s.texts["dialog/error/text"], undefined, "storage was whole: no backup needed");
  } finally {
    await context?.close();
    server.close();
  }
});
