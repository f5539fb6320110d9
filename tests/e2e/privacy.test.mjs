// Nothing leaves the device: over a session of typical use (open, edit, every main tab, export,
// import, reload) the page asks for nothing outside its own origin, its Content-Security-Policy
// allows only that origin, and it breaks nothing the app does.
import { test } from "node:test";
import assert from "node:assert/strict";
import { click, exportWorkspace, fillField, importWorkspace, launch, newProfileDir, openApp, serveSite, tempPath,
         waitFor, waitSaved } from "./harness.mjs";

test("a session of typical use asks for nothing outside the page's origin", async () => {
  const { server, url } = await serveSite();
  let context;
  try {
    let page;
    ({ context, page } = await launch(newProfileDir()));
    const origin = new URL(url).origin;
    const requests = [];
    context.on("request", (r) => requests.push(r.url()));
    await context.addInitScript(() => {
      window.kamViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.kamViolations.push(e.blockedURI + " " + e.violatedDirective));
    });

    await openApp(page, url);
    await click(page, "accounts/add");
    await fillField(page, "profile/name", "Öresund Offshore");
    for (const tab of ["tab/map", "tab/matrix", "tab/analysis", "tab/outline", "tab/tiering", "tab/team", "tab/account"])
      await click(page, tab);
    await waitSaved(page);
    const file = tempPath("privacy-export.json");
    await exportWorkspace(page, file);
    await importWorkspace(page, file);
    await waitFor(page, (s) => /^Imported/.test(s.texts["status/notice"] || ""), "the import");
    await page.reload();
    await openApp(page, url);

    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content);
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    assert.deepEqual(await page.evaluate(() => window.kamViolations), [], "the policy breaks nothing the app does");
    const foreign = requests.filter((u) => !u.startsWith(origin + "/") && !u.startsWith("blob:") && !u.startsWith("data:"));
    assert.deepEqual(foreign, [], "no request outside the origin");
    assert.ok(requests.length > 5, "requests were recorded");

    // And the policy holds: a request elsewhere is refused by the browser.
    const outcome = await page.evaluate(() => fetch("https://example.com/").then(() => "sent", () => "refused"));
    assert.equal(outcome, "refused");
    assert.ok((await page.evaluate(() => window.kamViolations)).some((v) => v.includes("connect-src")));
  } finally {
    await context?.close();
    server.close();
  }
});
