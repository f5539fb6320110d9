// The executive review pack in the browser: exported from the Portfolio tab as one HTML file that
// holds every key account of the sample (each with its chart) and opens offline; presented over
// the whole window and paged with the arrow keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { click, launch, newProfileDir, openApp, serveSite, snapshot, tempPath, waitFor } from "./harness.mjs";

// The sample's key accounts, read from its JSON as the tiering rules read it: the weighted total of
// the scored criteria (a missing score left out, the scheme's "exclude"), on 0..100; the first tier
// whose threshold it reaches, unless the account's tier is set by hand. Key accounts are the top tier's.
function keyAccounts() {
  const ws = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../assets/sample-workspace.json"), "utf8"));
  assert.equal(ws.tier_scheme.missing, "exclude", "the rule this test reads the sample by");
  const tiers = ws.tier_scheme.tiers;
  const tierOf = (a) => {
    if (a.tier_override) return tiers.findIndex((t) => t.name === a.tier_override.tier);
    let sum = 0, weights = 0;
    for (const c of ws.criteria) {
      if (!(c.weight > 0) || a.scores?.[c.id] === undefined) continue;
      sum += c.weight * a.scores[c.id];
      weights += c.weight;
    }
    if (weights === 0) return -1;
    const total = (sum / weights) * 10;
    return tiers.findIndex((t) => total >= t.min_score);
  };
  return ws.accounts.filter((a) => tierOf(a) === 0).map((a) => a.name);
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

test("the review pack exports every key account with its chart, opens offline, and pages with the arrow keys", async () => {
  const expected = keyAccounts();
  assert.ok(expected.length >= 2, `the sample has ${expected.length} key accounts`);
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    await openApp(page, url);   // the first visit opens the sample workspace
    await waitFor(page, (s) => s.items[`accounts/item/${expected[0]}`], "the sample workspace");
    await click(page, "tab/portfolio");

    const download = page.waitForEvent("download");
    await click(page, "portfolio/export_pack");
    const file = tempPath("review-pack.html");
    await (await download).saveAs(file);
    assert.match((await download).suggestedFilename(), /^Executive review pack \d{4}-\d{2}-\d{2}\.html$/);
    const html = fs.readFileSync(file, "utf8");
    for (const name of expected) assert.ok(html.includes(`<h2>${escapeHtml(name)}</h2>`), `${name} in the pack`);
    assert.equal((html.match(/<svg/g) || []).length, expected.length, "a chart per key account");
    assert.equal((html.match(/<section class="account">/g) || []).length, expected.length, "only the key accounts");
    assert.ok(!/https?:\/\//.test(html), "no web address");

    // Opened on its own it draws each chart and asks for nothing over the network.
    const viewer = await context.newPage();
    const requests = [];
    viewer.on("request", (r) => requests.push(r.url()));
    await viewer.goto("file://" + file);
    const shown = await viewer.evaluate(() => [...document.querySelectorAll("section.account")].map((s) => ({
      name: s.querySelector("h2").textContent, bars: s.querySelectorAll("svg rect").length })));
    assert.deepEqual(shown.map((s) => s.name).sort(), [...expected].sort());
    for (const s of shown) assert.ok(s.bars >= 1, `${s.name}'s chart drawn`);
    assert.deepEqual(requests.filter((u) => !u.startsWith("file://")), []);
    await viewer.close();

    // Presented: a key account per screen; the arrow keys page through them.
    await page.bringToFront();   // the app draws only in the page in front
    await page.evaluate(() => Module._kam_wake());
    await click(page, "portfolio/present_pack");
    let s = await waitFor(page, (s) => s.texts["review_pack/page"] === `1 / ${expected.length}`, "the first page of the pack");
    const first = s.texts["review_pack/account"];
    assert.ok(expected.includes(first), first);
    assert.ok(!s.items["tab/portfolio"], "nothing else on screen");
    await page.keyboard.press("ArrowRight");
    s = await waitFor(page, (s) => s.texts["review_pack/page"] === `2 / ${expected.length}`, "the second page");
    assert.notEqual(s.texts["review_pack/account"], first);
    assert.ok(expected.includes(s.texts["review_pack/account"]));
    await page.keyboard.press("ArrowLeft");
    await waitFor(page, (s) => s.texts["review_pack/page"] === `1 / ${expected.length}`, "back on the first page");
    await page.keyboard.press("Escape");
    await waitFor(page, (s) => s.items["tab/portfolio"] && !s.texts["review_pack/page"], "the app again");
  } finally {
    await context?.close();
    server.close();
  }
});
