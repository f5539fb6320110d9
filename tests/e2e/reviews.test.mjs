// Reviews in the browser: an account whose executive review is overdue shows it on the portfolio
// dashboard; a click there opens its Reviews tab, and the review recorded there counts, after a reload too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, click, exportWorkspace, launch, newProfileDir, openApp, serveSite, tempPath, waitFor, waitSaved } from "./harness.mjs";

test("an overdue executive review shows on the dashboard, and recording it there takes it off", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    await openApp(page, url);
    // Executive reviews are monthly and the mentor's every three months: never held, both are overdue.
    await addAccount(page, "Review test");
    await click(page, "tab/portfolio");
    await waitFor(page, (s) => s.texts["portfolio/Review test/overdue_reviews"] === "2", "the overdue reviews on the dashboard");
    await click(page, "portfolio/Review test/overdue_reviews");
    let s = await waitFor(page, (s) => s.texts["reviews/due/executive"] === "never held", "the account's Reviews tab");
    await click(page, "reviews/record/executive");
    s = await waitFor(page, (s) => (s.texts["reviews/due/executive"] || "").startsWith("due "), "the next review due");
    await waitSaved(page);

    await page.reload();
    await openApp(page, url);
    await click(page, "tab/portfolio");
    s = await waitFor(page, (s) => s.texts["portfolio/Review test/overdue_reviews"] === "1", "only the mentor's review overdue after the reload");
    assert.ok(s.texts["portfolio/attention"].includes("with a review overdue"));
  } finally {
    await context?.close();
    server.close();
  }
});

// Health: a new account has only its reviews to judge (no key people, forecast or actions yet) and an
// empty plan; recording the executive review lifts the score, and the month's score is kept and saved.
test("an account's health moves with what is done, shows on the dashboard, and this month's score is kept", async () => {
  const { server, url } = await serveSite();
  let context, page;
  try {
    ({ context, page } = await launch(newProfileDir()));
    await openApp(page, url);
    await addAccount(page, "Health test");
    await click(page, "tab/health");
    await waitFor(page, (s) => s.texts["health/score"] === "Health 0 of 100: At risk", "a score of 0: reviews never held, no plan");
    await click(page, "tab/reviews");
    await click(page, "reviews/record/executive");
    await click(page, "tab/portfolio");
    // Reviews: one kind of two on time (50, weight 10); plan 0 (weight 10): 25.
    await waitFor(page, (s) => s.texts["portfolio/Health test/health"] === "25 \u2192", "the score and a level trend on the dashboard");
    await click(page, "portfolio/Health test/health");
    let s = await waitFor(page, (s) => s.texts["health/score"] === "Health 25 of 100: At risk", "the Health tab from the dashboard");
    assert.ok(s.texts["health/part/reviews"].startsWith("50 | 1 of 2 scheduled kinds of review on time."));
    await waitSaved(page);

    await page.reload();
    await openApp(page, url);
    const today = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}`; });
    const doc = await exportWorkspace(page, tempPath("health.json"));
    const account = doc.accounts.find((a) => a.name === "Health test");
    assert.deepEqual(account.health_history, [{ month: today, score: 25 }]);
    assert.equal(doc.version, 7);   // written in the current format
    assert.equal(doc.health_rules.weights.coverage, 20);
  } finally {
    await context?.close();
    server.close();
  }
});
