// UI test of the plain-TypeScript view: on the seed lesson, switch the TypeScript pane to "Plain TypeScript", run
// it, and see its output diffed against CPython's and the exact translation's, and the differences listed.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, launchBrowser, startCodeServer } from "../../../scripts/e2e/harness.mjs";
import { activeWebview, openFile, runFromPalette } from "../../../scripts/e2e/workbench.mjs";

const seedPy = fs.readFileSync(path.join(ROOT, "..", "shared", "seed", "gather_return_values.py"), "utf8");
const seedOut = fs.readFileSync(path.join(ROOT, "..", "shared", "seed", "gather_return_values.out"), "utf8").trimEnd().split("\n");
const screenshots = path.join(ROOT, "test", "e2e", "screenshots");

let server, browser, page;

before(async () => {
  server = await startCodeServer({ files: { "gather_return_values.py": seedPy }, settings: { "workbench.colorTheme": "Default Light Modern" } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  page.setDefaultTimeout(30_000);
  await page.goto(server.workbenchUrl([["extensionDevelopmentPath", server.remote(ROOT)]]));
  await page.locator(".monaco-workbench .statusbar").waitFor();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test("seed lesson: Plain TypeScript, Run plain TypeScript, the differences listed", async () => {
  try {
    await openFile(page, "gather_return_values.py");
    await page.keyboard.press("Control+A");
    await runFromPalette(page, "Asyncio: Translate Selection to TypeScript");
    const frame = activeWebview(page);
    await frame.getByText("async function taskCoro(value: number): Promise<number> {", { exact: false }).first().waitFor();
    const plainSwitch = frame.locator("#view-plain");
    assert.equal(await plainSwitch.getAttribute("aria-pressed"), "false");
    await plainSwitch.click();
    await frame.locator("#view-plain[aria-pressed=true]").waitFor();
    const tsPane = frame.locator(".code-view").nth(1);
    await tsPane.getByText('import { setTimeout as sleep } from "node:timers/promises";').waitFor();
    const tsText = await tsPane.textContent();
    assert.ok(tsText.includes("console.log(results.constructor.name);"), "print(type(results)) is console.log(results.constructor.name)");
    assert.ok(!tsText.includes("asyncio-ts/runtime"), "no runtime import");

    // The differences from CPython, as cards linked to their spans.
    const kinds = await frame.locator("#differences li.difference").evaluateAll((items) => items.map((i) => i.getAttribute("data-kind")));
    assert.deepEqual(kinds, ["typeNames", "consoleLog"]);
    // Focus (the keyboard's way) the first card with the pointer resting on the list's heading, off the code.
    await frame.locator("#differences h2").hover();
    await frame.locator("#differences li.difference .note-title").first().focus();
    assert.ok((await frame.locator(".code-view").first().locator(".linked").count()) > 0, "the card lights up the Python");
    assert.ok((await tsPane.locator(".linked").count()) > 0, "and the plain TypeScript");
    assert.equal((await tsPane.locator(".linked").allTextContents()).join(""), "results.constructor.name");

    // Run it: Node's output, diffed against CPython's and against the exact translation's.
    await frame.getByRole("button", { name: "▶ Run plain TypeScript" }).click();
    await frame.locator("#plain-vs-python-verdict").waitFor({ timeout: 60_000 });
    await frame.locator("#plain-vs-exact-verdict").waitFor({ timeout: 60_000 });
    const plainOut = await frame.locator("#plain-output .line .text").allTextContents();
    assert.deepEqual(plainOut, seedOut.map((line) => (line === "<class 'list'>" ? "Array" : line)));
    assert.match(await frame.locator("#plain-vs-python-verdict").textContent(), /^different: 2 lines differ/);
    assert.match(await frame.locator("#plain-vs-exact-verdict").textContent(), /^different: 2 lines differ/);
    const changed = await frame.locator(".plain-diff").first().locator(".line.changed .text").allTextContents();
    assert.deepEqual(changed, ["Array", "<class 'list'>"]);

    fs.mkdirSync(screenshots, { recursive: true });
    await runFromPalette(page, "View: Toggle Maximize Editor Group");
    await page.mouse.move(5, 600);
    await frame.locator("header").scrollIntoViewIfNeeded();
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(screenshots, "plain.png") });
    await runFromPalette(page, "View: Toggle Maximize Editor Group");

    // Back to the exact translation: the switch follows.
    await frame.locator("#view-exact").click();
    await frame.locator("#view-exact[aria-pressed=true]").waitFor();
    await tsPane.getByText('print("Main starting");').waitFor();
  } catch (err) {
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, "plain-failure.png") });
    throw err;
  }
});
