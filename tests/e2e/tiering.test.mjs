// A user opens the sample workspace, makes revenue potential weigh more in the criteria editor, and
// sees Castellana de Aguas move from Bronze to Silver; the new tier is still there after a reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { click, fillField, launch, newProfileDir, openApp, serveSite, snapshot, waitFor, waitSaved } from "./harness.mjs";

const ACCOUNT = "Castellana de Aguas";

test("a weight changed in the criteria editor changes a tier, and it survives a reload", async () => {
  const { server, url } = await serveSite();
  const profile = newProfileDir();
  try {
    const { context, page } = await launch(profile);
    await openApp(page, url);
    let s = await waitFor(page, (s) => s.texts[`accounts/tier/${ACCOUNT}`], "the sample workspace with tiers");
    assert.equal(s.texts[`accounts/tier/${ACCOUNT}`], "Bronze");

    await click(page, "tab/tiering");
    await click(page, "tab/tiering/criteria");
    await fillField(page, "criteria/weight/0", "100");
    s = await waitFor(page, (s) => s.texts[`accounts/tier/${ACCOUNT}`] === "Silver", "the new tier");
    assert.equal(s.texts["criteria/share/0"], "57");
    await click(page, "tab/tiering/scores");
    await waitFor(page, (s) => s.texts[`grid/tier/${ACCOUNT}`] === "Silver", "the new tier in the scoring grid");
    await waitSaved(page);

    await page.reload();
    await openApp(page, url);
    s = await waitFor(page, (s) => s.texts[`accounts/tier/${ACCOUNT}`], "the tiers after reload");
    assert.equal(s.texts[`accounts/tier/${ACCOUNT}`], "Silver");
    await context.close();
  } finally {
    server.close();
  }
});
