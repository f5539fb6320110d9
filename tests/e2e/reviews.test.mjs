// Reviews in the browser: an account whose executive review is overdue shows it on the portfolio
// dashboard; a click there opens its Reviews tab, and the review recorded there counts, after a reload too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { addAccount, click, launch, newProfileDir, openApp, serveSite, waitFor, waitSaved } from "./harness.mjs";

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
