// The UI scale and the theme, chosen on this device: a large window gets a hint suggesting a
// larger scale, Ctrl+= and Ctrl+- step it (without zooming the page), View > Theme switches the
// colours in the next frame, and both are kept after a reload, outside the workspace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { animationFrames, click, exportWorkspace, itemRect, launch, newProfileDir, openApp, serveSite, tempPath, waitFor } from "./harness.mjs";

// The median brightness (0..255) of a grid of pixels over the whole canvas: most of the screen is
// background, so this tells a light theme from a dark one. The CPU renderer draws on a 2D canvas.
async function medianBrightness(page) {
  return page.evaluate(() => {
    const canvas = document.querySelector("canvas");
    const ctx = canvas.getContext("2d");
    const values = [];
    for (let y = 0.05; y < 1; y += 0.1)
      for (let x = 0.05; x < 1; x += 0.1) {
        const [r, g, b] = ctx.getImageData(Math.floor(x * canvas.width), Math.floor(y * canvas.height), 1, 1).data;
        values.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
      }
    values.sort((a, b) => a - b);
    return values[values.length >> 1];
  });
}

test("a suggested scale on a projector-sized window, Ctrl+= and Ctrl+-, a theme, all kept after a reload", async () => {
  const { server, url } = await serveSite();
  const { context, page } = await launch(newProfileDir(), { viewport: { width: 1920, height: 1080 } });
  try {
    await openApp(page, url);
    let s = await waitFor(page, (s) => s.texts["scale_hint/text"], "the first-run scale hint");
    assert.match(s.texts["scale_hint/text"], /150%/);
    assert.equal(s.texts["ui/scale_percent"], "100");
    const menuHeight = (await itemRect(page, "menu/file"))[3];
    await click(page, "scale_hint/use");
    s = await waitFor(page, (s) => s.texts["ui/scale_percent"] === "150" && !s.items["scale_hint/use"], "the scale at 150%");
    const scaledHeight = (await itemRect(page, "menu/file"))[3];
    assert.ok(Math.abs(scaledHeight / menuHeight - 1.5) < 0.12, `the menu grew with the scale: ${menuHeight} -> ${scaledHeight} px`);

    // Ctrl+= and Ctrl+- step the app's scale; the page itself is not zoomed.
    await page.mouse.move(960, 600);
    await page.keyboard.press("Control+=");
    await waitFor(page, (s) => s.texts["ui/scale_percent"] === "175", "Ctrl+= to 175%");
    await page.keyboard.press("Control+-");
    await waitFor(page, (s) => s.texts["ui/scale_percent"] === "150", "Ctrl+- back to 150%");
    assert.equal(await page.evaluate(() => window.devicePixelRatio), 1, "the browser did not zoom the page");

    // The dark theme, from the View menu: the screen turns dark in the next frames.
    assert.ok(await medianBrightness(page) > 200, "the light theme is light");
    await click(page, "menu/view");
    await click(page, "menu/view/theme");
    await click(page, "menu/view/theme/dark");
    await waitFor(page, (s) => s.texts["ui/theme"] === "dark", "the dark theme");
    await animationFrames(page, 3);
    assert.ok(await medianBrightness(page) < 60, "the dark theme is dark");

    await page.reload();
    await openApp(page, url);
    s = await waitFor(page, (s) => s.texts["ui/scale_percent"] === "150" && s.texts["ui/theme"] === "dark", "the scale and theme after a reload");
    assert.ok(!s.items["scale_hint/use"], "the hint, once answered, does not come back");
    assert.ok(Math.abs((await itemRect(page, "menu/file"))[3] - scaledHeight) < 1, "the first frame after the reload is at 150%");
    assert.ok(await medianBrightness(page) < 60, "still dark after the reload");

    // The device's choices are not the workspace's: an export does not carry them.
    const ws = await exportWorkspace(page, tempPath("scale-theme.json"));
    const text = JSON.stringify(ws);
    assert.ok(!text.includes("ui_scale") && !text.includes("high-contrast") && !text.includes("\"theme\""), "nothing of the preferences in the export");
  } finally {
    await context.close();
    server.close();
  }
});

test("the scale hint can be declined, and a window of the layout's size gets none", async () => {
  const { server, url } = await serveSite();
  let { context, page } = await launch(newProfileDir(), { viewport: { width: 1920, height: 1080 } });
  try {
    await openApp(page, url);
    await waitFor(page, (s) => s.items["scale_hint/keep"], "the scale hint");
    await click(page, "scale_hint/keep");
    let s = await waitFor(page, (s) => !s.items["scale_hint/keep"], "the hint gone");
    assert.equal(s.texts["ui/scale_percent"], "100");
    await page.reload();
    await openApp(page, url);
    s = await waitFor(page, (s) => s.items["menu/file"], "the app after a reload");
    assert.ok(!s.items["scale_hint/keep"], "a declined hint does not come back");
    await context.close();

    ({ context, page } = await launch(newProfileDir()));   // 1280 x 800: what the layout is made for
    await openApp(page, url);
    s = await waitFor(page, (s) => s.items["menu/file"], "the app");
    assert.ok(!s.items["scale_hint/keep"], "no hint where 100% suits the window");
  } finally {
    await context.close();
    server.close();
  }
});

test("the sample map presented and fitted at 1920 x 1080 in each theme: names at 12 px or more, the theme's background", async () => {
  const { server, url } = await serveSite();
  try {
    for (const [theme, light] of [["light", true], ["dark", false], ["high-contrast", true]]) {
      const { context, page } = await launch(newProfileDir(), { viewport: { width: 1920, height: 1080 } });
      try {
        // As a device that chose this theme and answered the hint before.
        await page.addInitScript((t) => localStorage.setItem("kam-preferences", JSON.stringify({ theme: t, scale_hint_answered: 1 })), theme);
        await openApp(page, url);
        await click(page, "tab/map");
        await page.keyboard.press("F5");   // presenter mode: the map alone, as a workshop shows it
        await waitFor(page, (s) => s.texts["presenter/where"] && s.items["map/fit"], "presenter mode");
        await click(page, "map/fit");
        const s = await waitFor(page, (s) => s.texts["ui/theme"] === theme && Number(s.texts["map/name_px"]) > 0, `the fitted map in ${theme}`);
        assert.ok(Number(s.texts["map/name_px"]) >= 12, `names at ${s.texts["map/name_px"]} px in ${theme}`);
        await animationFrames(page, 2);
        await page.screenshot({ path: tempPath(`map-${theme}.png`) });
        const brightness = await medianBrightness(page);
        assert.ok(light ? brightness > 200 : brightness < 60, `${theme}: median brightness ${brightness}`);
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
  }
});
