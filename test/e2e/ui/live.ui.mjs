// UI test of live translation: type into the translated Python and the TypeScript pane follows without a command;
// a syntax error shows in Problems and in the panel, and goes when fixed; edits above move the tracked lines;
// deleting them ends live mode with a message. Also prints the panel's edit-to-TypeScript times (figures only).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, launchBrowser, startCodeServer } from "../../../scripts/e2e/harness.mjs";
import { activeWebview, openFile, runFromPalette } from "../../../scripts/e2e/workbench.mjs";

const lessonPy = fs.readFileSync(path.join(ROOT, "lessons", "gather_return_values.py"), "utf8");
const screenshots = path.join(ROOT, "test", "e2e", "screenshots");

let server, browser, page;

before(async () => {
  server = await startCodeServer({ files: { "live.py": lessonPy, "live_lines.py": lessonPy }, settings: { "workbench.colorTheme": "Default Dark Modern" } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(30_000);
  await page.goto(server.workbenchUrl([["extensionDevelopmentPath", server.remote(ROOT)]]));
  await page.locator(".monaco-workbench .statusbar").waitFor();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function failureShot(name, fn) {
  try {
    await fn();
  } catch (err) {
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, `${name}-failure.png`) });
    throw err;
  }
}

const pythonEditor = () => page.locator(".editor-instance .monaco-editor").first();

/** Puts the cursor in the Python editor at the end of line `line` (1-based), or at its start. */
async function gotoLine(line, where = "end") {
  await pythonEditor().locator(".view-lines").click();
  await runFromPalette(page, "Go to Line/Column...");
  await page.keyboard.type(String(line));
  await page.keyboard.press("Enter");
  // Until the quick input has closed, a key may still go to it (an Enter was lost that way).
  await page.locator(".quick-input-widget").waitFor({ state: "hidden" });
  if (where === "end") await page.keyboard.press("End");
}

/** The webview's body records whether it was marked out of date (the mark may last only a moment). */
async function watchStale(frame) {
  await frame.locator("body").evaluate((body) => {
    body.dataset.sawStale = "no";
    new body.ownerDocument.defaultView.MutationObserver(() => {
      if (body.classList.contains("stale")) body.dataset.sawStale = "yes";
    }).observe(body, { attributes: true, attributeFilter: ["class"] });
  });
}

const tsPane = (frame) => frame.locator(".code-view").nth(1);

test("whole file: typing updates the TypeScript, a syntax error shows in Problems and the panel and goes when fixed", async () => {
  await failureShot("live", async () => {
    await openFile(page, "live.py");
    await page.keyboard.press("Control+A");
    await runFromPalette(page, "Asyncio: Translate Selection to TypeScript");
    const frame = activeWebview(page);
    await tsPane(frame).getByText('print("Main starting");', { exact: false }).waitFor();
    await watchStale(frame);

    // Type into the code (line 18: print('Main starting')): the TypeScript follows, no command run.
    await gotoLine(18);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.type(" LIVE");
    await tsPane(frame).getByText('print("Main starting LIVE");', { exact: false }).waitFor();
    assert.equal(await frame.locator("body").getAttribute("data-saw-stale"), "yes", "the old output was marked out of date while the new one was made");
    assert.equal(await frame.locator("#stale-badge").count(), 0, "and the mark is gone");

    // A syntax error: in the panel and in Problems.
    await gotoLine(18);
    await page.keyboard.type(" +");
    const problems = frame.locator("section.problems");
    await problems.getByText(/^1[89]:\d+ error PY1\d{3}/).waitFor();
    // Meanwhile the last TypeScript stays on screen, marked out of date.
    assert.match(await frame.locator("#stale-badge").textContent(), /the Python does not translate/);
    await tsPane(frame).getByText('print("Main starting LIVE");', { exact: false }).waitFor();
    await page.keyboard.press("Control+Shift+M");
    const markers = page.locator(".markers-panel .monaco-list-row", { hasText: "asyncio-ts" });
    await markers.first().waitFor();
    assert.match(await markers.first().textContent(), /PY1\d{3}/);
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "live-syntax-error.png") });

    // Fixed: gone from both.
    await gotoLine(18);
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Backspace");
    await problems.waitFor({ state: "detached" });
    await markers.first().waitFor({ state: "detached" });
    await tsPane(frame).getByText('print("Main starting LIVE");', { exact: false }).waitFor();
    assert.equal(await frame.locator("#stale-badge").count(), 0, "no longer out of date");

    // Figures: a few edits, each timed by the panel from the edit to the new TypeScript on screen.
    const figures = [];
    for (let i = 1; i <= 5; i++) {
      await gotoLine(18);
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.type(String(i));
      await tsPane(frame).getByText(`LIVE${"12345".slice(0, i)}");`, { exact: false }).waitFor();
      const body = frame.locator("body");
      const attrs = ["data-live-edit-to-show-ms", "data-live-translate-ms", "data-live-post-to-show-ms"];
      figures.push(await Promise.all(attrs.map(async (a) => Number(await body.getAttribute(a)))));
    }
    console.log(`live: edit -> TypeScript shown (ms, includes the 200 ms pause) / translation in the worker (ms) / host post -> shown (ms): ${figures.map((f) => f.join("/")).join(", ")}`);
  });
});

test("selected lines: edits above move them, deleting them ends live mode with a message", async () => {
  await failureShot("live-lines", async () => {
    await openFile(page, "live_lines.py");
    // Lines 9-13: async def task_coro(value): ... return value * 100 (alone: value has no caller, so its type is unknown)
    await gotoLine(9, "start");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+ArrowDown");
    await runFromPalette(page, "Asyncio: Translate Selection to TypeScript");
    const frame = activeWebview(page);
    await tsPane(frame).getByText("async function taskCoro(value: ", { exact: false }).waitFor();
    assert.equal(await tsPane(frame).getByText("Main starting", { exact: false }).count(), 0, "only the selected lines");

    await gotoLine(13);
    await page.keyboard.type(" + 1");
    await tsPane(frame).getByText("value * 100 + 1", { exact: false }).waitFor();

    // Two lines added above: the lines move; typing in them still updates the panel.
    await gotoLine(7);
    await page.keyboard.press("Enter");
    await page.keyboard.type("LIMIT = 3");
    await page.keyboard.press("Escape"); // no word suggestion may take the Enter
    await page.keyboard.press("Enter");
    await gotoLine(15);
    await page.keyboard.type(" + 2");
    await tsPane(frame).getByText("value * 100 + 1 + 2", { exact: false }).waitFor();
    assert.equal(await tsPane(frame).getByText("LIMIT", { exact: false }).count(), 0, "the line added above is not part of them");

    // Delete the lines (now 11-15): live mode ends, with a message in the panel and a notification.
    await gotoLine(11, "start");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Shift+ArrowDown");
    await page.keyboard.press("Delete");
    await frame.locator("#status", { hasText: "Live translation ended: the translated lines were deleted." }).waitFor();
    await page.locator('[id="status.notifications"]').click();
    await page.locator(".notifications-center", { hasText: "Live translation ended" }).waitFor();
  });
});
