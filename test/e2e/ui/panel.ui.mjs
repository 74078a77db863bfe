// UI tests: drive the real workbench (code-server in headless Chromium) like a user: open the seed lesson, select
// it, translate from the editor's context menu, Run, Compare with Python; plus escaping and a runaway loop.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, launchBrowser, startCodeServer } from "../../../scripts/e2e/harness.mjs";
import { activeWebview, openFile as openWorkspaceFile, runFromPalette } from "../../../scripts/e2e/workbench.mjs";

const seedPy = fs.readFileSync(path.join(ROOT, "..", "shared", "seed", "gather_return_values.py"), "utf8");
const seedOut = fs.readFileSync(path.join(ROOT, "..", "shared", "seed", "gather_return_values.out"), "utf8").trimEnd().split("\n");
const xssPy = 'import asyncio\n\nasync def main():\n    print("<img src=x onerror=alert(1)>")\n    await asyncio.sleep(1)\n    print("<b>bold?</b> & done")\n\nasyncio.run(main())\n';
const loopPy = "import asyncio\n\nasync def main():\n    print('spinning')\n    while True:\n        pass\n\nasyncio.run(main())\n";
const screenshots = path.join(ROOT, "test", "e2e", "screenshots");

let server, browser, page;
const dialogs = [];

before(async () => {
  server = await startCodeServer({
    files: { "gather_return_values.py": seedPy, "escaping.py": xssPy, "forever.py": loopPy },
    settings: { "asyncioTs.run.timeLimitSeconds": 6, "workbench.colorTheme": "Default Dark Modern" },
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.setDefaultTimeout(30_000);
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
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

const palette = (title) => runFromPalette(page, title);
const openFile = (name) => openWorkspaceFile(page, name);
const webview = () => activeWebview(page);

/** The webview's performance measure of the last run (see startRun in src/webview/main.ts), kept on its body. */
async function runFigures(frame) {
  const body = frame.locator("body");
  return Promise.all(["data-run-to-last-line-ms", "data-run-to-exit-ms"].map(async (a) => Number(await body.getAttribute(a))));
}

async function outputLines(frame) {
  return frame.locator("#output .line .text").allTextContents();
}

test("seed lesson: select all, translate from the context menu, Run, Compare", async () => {
  await failureShot("seed", async () => {
    const editor = await openFile("gather_return_values.py");
    await page.keyboard.press("Control+A");
    // The editor context menu (shown on a Python selection); retried until the extension's items are there.
    for (let attempt = 1; ; attempt++) {
      await editor.locator(".view-lines").click({ button: "right" });
      const item = page.locator(".monaco-menu .action-item", { hasText: "Translate Selection to TypeScript" }).first();
      try {
        await item.waitFor({ timeout: 2_000 });
        await item.click();
        break;
      } catch (err) {
        if (attempt >= 15) throw err;
        await page.keyboard.press("Escape");
        await page.waitForTimeout(500);
      }
    }
    const frame = webview();
    await frame.getByText("async function taskCoro(value: number): Promise<number> {", { exact: false }).first().waitFor();
    await frame.getByRole("button", { name: "▶ Run" }).click();
    await frame.locator("#status", { hasText: "Finished with exit status 0" }).waitFor();
    assert.deepEqual(await outputLines(frame), seedOut);
    // Figures (printed, never asserted): Run click to the last output line on screen, then three more runs.
    const figures = [await runFigures(frame)];
    for (let i = 0; i < 3; i++) {
      await frame.getByRole("button", { name: "▶ Run" }).click();
      await frame.locator("#status", { hasText: "Finished with exit status 0" }).waitFor();
      figures.push(await runFigures(frame));
    }
    console.log(`panel: Run click -> last output line shown / -> run finished (ms), first run then three more: ${figures.map((f) => f.join("/")).join(", ")}`);
    const times = await frame.locator("#output .line .time").allTextContents();
    assert.deepEqual(times, ["0.0 s", "2.0 s", "2.0 s", "2.0 s", "2.0 s", "2.0 s", "2.0 s", "2.0 s"]);
    // The timeline has a lane for the main task (the seed's gather became Promise.all, so no other tasks).
    await frame.locator(".timeline .lane", { hasText: "Task-1" }).waitFor();
    await frame.getByRole("button", { name: "Compare with Python" }).click();
    const verdict = frame.locator("#compare-verdict");
    await verdict.waitFor();
    assert.match(await verdict.textContent(), /^identical: 8 lines of output match /);
    // Hover a Python span: its TypeScript counterpart lights up.
    await frame.locator(".code-view").first().locator("span", { hasText: "task_coro" }).first().hover();
    assert.ok((await frame.locator(".code-view").nth(1).locator(".linked").count()) > 0, "hovering Python highlights TypeScript");
    // The README's screenshot: the panel's editor group maximized, tall enough to show output and comparison.
    await palette("View: Toggle Maximize Editor Group");
    await page.mouse.move(5, 500);
    await page.setViewportSize({ width: 1600, height: 1500 });
    await page.waitForTimeout(1000);
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "panel.png") });
    await page.setViewportSize({ width: 1600, height: 1000 });
  });
});

test("program output is shown as text, never as HTML", async () => {
  await failureShot("escaping", async () => {
    await openFile("escaping.py");
    await palette("Asyncio: Translate and Run");
    const frame = webview();
    await frame.locator("#status", { hasText: "Finished with exit status 0" }).waitFor();
    assert.deepEqual(await outputLines(frame), ["<img src=x onerror=alert(1)>", "<b>bold?</b> & done"]);
    assert.equal(await frame.locator("img, b").count(), 0, "no element was created from program text");
    assert.deepEqual(dialogs, []);
  });
});

test("an endless loop is stopped by the time limit with a message", async () => {
  await failureShot("forever", async () => {
    await openFile("forever.py");
    await palette("Asyncio: Translate and Run");
    const frame = webview();
    await frame.locator("#status", { hasText: "Stopped: stopped after 6 s (time limit)." }).waitFor({ timeout: 20_000 });
    const lines = await outputLines(frame);
    assert.deepEqual(lines, ["spinning", "asyncio-ts: stopped after 6 s (time limit)"]);
    // The panel is still responsive: Run again starts a new run.
    await frame.getByRole("button", { name: "▶ Run" }).waitFor();
  });
});
