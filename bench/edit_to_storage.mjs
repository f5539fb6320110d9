// Prints how soon an edit is safe, measured in headless Chromium on this machine:
// - from a keystroke to the edit being in IndexedDB (read back from IndexedDB itself), over 20 edits;
// - how soon a second tab on the same workspace shows the first tab's edit once it is saved;
// - how long "Use here" takes to move the workspace to the second tab.
//   node bench/edit_to_storage.mjs      (after scripts/test.sh or scripts/build-web.sh)
import { click, fillField, launch, newProfileDir, openApp, serveSite, snapshot, typeText, waitFor, waitSaved }
  from "../tests/e2e/harness.mjs";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (xs) => `median ${median(xs).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms (${xs.length} runs)`;

// Whether IndexedDB's copy of the workspace (the main file and the parts it names) holds 'text'.
// One connection, kept open: each check is one read transaction.
const storedHas = (page, text) => page.evaluate((text) => new Promise((resolve) => {
  const open = window.kamBenchDb ||= new Promise((done) => { const r = indexedDB.open("/data"); r.onsuccess = () => done(r.result); });
  open.then((db) => {
    const store = db.transaction(["FILE_DATA"], "readonly").objectStore("FILE_DATA");
    const read = (path, then) => { const r = store.get(path); r.onsuccess = () => then(r.result && new TextDecoder().decode(r.result.contents)); };
    read("/data/workspace.json", (head) => {
      const parts = head ? JSON.parse(head).storage_parts || [] : [];
      let found = false, left = parts.length;
      if (!left) resolve(false);
      for (const part of parts) read("/data/" + part, (t) => {
        found = found || (t || "").includes(text);
        if (--left === 0) resolve(found);
      });
    });
  });
}), text);

const { server, url } = await serveSite();
const { context, page } = await launch(newProfileDir());
try {
  await openApp(page, url);
  await click(page, "accounts/add");
  await fillField(page, "profile/name", "Edit 0");
  await waitSaved(page);

  const latencies = [];
  for (let n = 1; n <= 20; n++) {
    await click(page, "profile/name");
    await page.keyboard.press("End");
    const start = Date.now();
    await typeText(page, String.fromCharCode(96 + n));   // one keystroke: "Edit 0a", "Edit 0ab", ...
    const name = "Edit 0" + Array.from({ length: n }, (_, i) => String.fromCharCode(97 + i)).join("");
    while (!(await storedHas(page, `"name":"${name}"`))) await page.waitForTimeout(10);
    latencies.push(Date.now() - start);
  }
  console.log(`Keystroke to the edit in IndexedDB: ${summary(latencies)}`);

  const second = await context.newPage();
  await openApp(second, url);
  const follow = [], takeover = [];
  for (let n = 1; n <= 5; n++) {
    // Headless Chromium draws (requestAnimationFrame) only in the page in front, as a browser
    // does for the window the user looks at: each tab is brought to the front when it is used.
    const [owner, other] = n % 2 ? [page, second] : [second, page];
    await owner.bringToFront();
    const count = Number((await snapshot(owner)).texts["accounts/count"]) + 1;
    await click(owner, "accounts/add");
    await waitFor(owner, (s) => Number(s.texts["accounts/count"]) === count, "the added account");
    await waitSaved(owner);
    const saved = Date.now();
    await other.bringToFront();
    await waitFor(other, (s) => Number(s.texts["accounts/count"]) === count, "the other tab to follow", 20000);
    follow.push(Date.now() - saved);
    const handover = Date.now();
    await click(other, "storage/use_here");
    await waitFor(other, (s) => s.texts["storage/access"] === "here", "the take-over", 20000);
    takeover.push(Date.now() - handover);
  }
  console.log(`A second tab shows the first tab's edit, from the save reaching IndexedDB: ${summary(follow)}`);
  console.log(`Use here, from the click to editing in the second tab: ${summary(takeover)}`);
} finally {
  await context.close();
  server.close();
}
