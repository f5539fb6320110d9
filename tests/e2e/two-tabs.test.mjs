// Two tabs on one workspace never lose an edit: the first tab saves, the second shows the
// workspace read-only (a banner says so before anyone types) and follows what the first saves;
// "Use here" moves the workspace to the second tab once the first has saved. After both tabs
// are closed, every edit either of them was allowed to make is stored.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, click, launch, newProfileDir, openApp, serveSite, snapshot, waitFor, waitSaved } from "./harness.mjs";

const access = (s) => s.texts["storage/access"];


test("two tabs editing in turn keep every edit", async (t) => {
  const { server, url } = await serveSite();
  const profile = newProfileDir();
  let context, first;
  try {
    ({ context, page: first } = await launch(profile));
    await openApp(first, url);
    assert.equal(access(await snapshot(first)), "here", "the first tab saves");
    await addAccount(first, "Saved by the first tab");
    await waitSaved(first);

    const second = await context.newPage();
    await openApp(second, url);
    let s = await snapshot(second);
    assert.equal(access(s), "other-tab", "the second tab knows another tab saves");
    assert.match(s.texts["storage/banner"], /Read-only: this workspace is open in another tab/);
    assert.ok(s.items["storage/use_here"], "it offers Use here");
    assert.equal(s.texts["status/save"], "Read-only: open in another tab");
    assert.ok(s.items["accounts/item/Saved by the first tab"], "it shows what the first tab saved");

    // An edit in the read-only tab changes nothing, and says why.
    const count = s.texts["accounts/count"];
    await click(second, "accounts/add");
    s = await waitFor(second, (s) => /^Not changed: this tab is read-only/.test(s.texts["status/notice"] || ""),
                      "the refusal's message");
    assert.equal(s.texts["accounts/count"], count);

    // The second tab follows what the first one saves.
    await addAccount(first, "Also saved by the first tab");
    let start = Date.now();
    await waitSaved(first);
    await waitFor(second, (s) => s.items["accounts/item/Also saved by the first tab"], "the first tab's save in the second");
    t.diagnostic(`the second tab showed the first tab's saved edit ${Date.now() - start} ms after its save began`);

    // Use here: the first tab saves and lets go, the second takes over with the latest state.
    await addAccount(first, "Typed just before the handover");
    start = Date.now();
    await click(second, "storage/use_here");
    await waitFor(second, (s) => access(s) === "here", "the second tab to take over");
    t.diagnostic(`take-over took ${Date.now() - start} ms`);
    s = await snapshot(second);
    assert.ok(s.items["accounts/item/Typed just before the handover"], "the handover saved the first tab's last edit");
    assert.equal(s.texts["storage/banner"], undefined, "no banner in the tab that saves");
    s = await waitFor(first, (s) => access(s) === "other-tab", "the first tab to become read-only");
    assert.ok(s.items["storage/use_here"]);

    await addAccount(second, "Saved by the second tab");
    await waitSaved(second);
    await waitFor(first, (s) => s.items["accounts/item/Saved by the second tab"], "the second tab's save in the first");
    await context.close();

    // Both tabs closed: everything is stored.
    ({ context, page: first } = await launch(profile));
    await openApp(first, url);
    s = await snapshot(first);
    assert.equal(access(s), "here");
    for (const name of ["Saved by the first tab", "Also saved by the first tab", "Typed just before the handover",
                        "Saved by the second tab"])
      assert.ok(s.items[`accounts/item/${name}`], `${name} is stored`);
    await context.close();
  } finally {
    await context?.close();
    server.close();
  }
});

test("closing the tab that saves lets another tab take over with its last edit", async () => {
  const { server, url } = await serveSite();
  const profile = newProfileDir();
  let context, first;
  try {
    ({ context, page: first } = await launch(profile));
    await openApp(first, url);
    const second = await context.newPage();
    await openApp(second, url);
    assert.equal(access(await snapshot(second)), "other-tab");

    await addAccount(first, "Last edit of the closed tab");
    await waitSaved(first);
    await first.close({ runBeforeUnload: true });   // the browser frees its lock
    await click(second, "storage/use_here");
    const s = await waitFor(second, (s) => access(s) === "here", "the second tab to take over");
    assert.ok(s.items["accounts/item/Last edit of the closed tab"], "the closed tab's last edit is there");
    await context.close();
  } finally {
    await context?.close();
    server.close();
  }
});
