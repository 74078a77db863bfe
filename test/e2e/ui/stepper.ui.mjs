// UI tests of the loop trace in the panel: the seed's timeline has a lane per task (gather's children too), and
// the stepper walks the loop (buttons, the "Loop step" slider, the keyboard), highlighting the current line.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { ROOT, launchBrowser, startCodeServer } from "../../../scripts/e2e/harness.mjs";
import { activeWebview, openFile, runFromPalette } from "../../../scripts/e2e/workbench.mjs";

// The seed lesson as given (line 8 is `await asyncio.sleep(2)`): next to the checkout, or next to a worktree's parent.
const seedDir = [path.join(ROOT, "..", "shared", "seed"), path.join(ROOT, "..", "..", "shared", "seed")].find((d) => fs.existsSync(d));
const seedPy = fs.readFileSync(path.join(seedDir ?? "", "gather_return_values.py"), "utf8");
const screenshots = path.join(ROOT, "test", "e2e", "screenshots");

let server, browser, page;

before(async () => {
  server = await startCodeServer({ files: { "gather_return_values.py": seedPy }, settings: { "workbench.colorTheme": "Default Dark Modern" } });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1600, height: 1400 } });
  page.setDefaultTimeout(30_000);
  await page.goto(server.workbenchUrl([["extensionDevelopmentPath", server.remote(ROOT)]]));
  await page.locator(".monaco-workbench .statusbar").waitFor();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function shot(name, fn) {
  try {
    await fn();
  } catch (err) {
    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, `${name}-failure.png`) });
    throw err;
  }
}

/** The step the panel shows: its clock line, timers, and the highlighted Python line's text. */
async function shown(frame) {
  return {
    position: await frame.locator("#step-position").textContent(),
    clock: await frame.locator("#step-clock").textContent(),
    timers: await frame.locator(".step-timers li").allTextContents(),
    python: (await frame.locator(".code-view").first().locator(".step-line").allTextContents()).join(""),
    ts: (await frame.locator(".code-view").nth(1).locator(".step-line").allTextContents()).join(""),
  };
}

test("seed: six lanes, five children overlapping from 0 to 2 s; stepping to the five timers highlights line 8", async () => {
  await shot("stepper", async () => {
    await openFile(page, "gather_return_values.py");
    await runFromPalette(page, "Asyncio: Translate and Run");
    const frame = activeWebview(page);
    await frame.locator("#status", { hasText: "Finished with exit status 0" }).waitFor();
    await frame.locator(".lane-seg").first().waitFor();
    const lanes = await frame.locator(".timeline .lane").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-task")));
    assert.deepEqual(lanes, ["Task-1", "Task-2", "Task-3", "Task-4", "Task-5", "Task-6"]);
    // The children's waiting pieces all start at 0 s and reach 2 s (the right end of the axis).
    const waiting = await frame.locator(".timeline .lane .lane-seg.state-waiting").evaluateAll((segs) =>
      segs.map((s) => ({ task: s.closest(".lane").getAttribute("data-task"), from: Number(s.getAttribute("data-from")), left: s.style.left, width: s.style.width })),
    );
    const children = waiting.filter((w) => w.task !== "Task-1");
    assert.deepEqual(children.map((w) => w.task), ["Task-2", "Task-3", "Task-4", "Task-5", "Task-6"]);
    for (const w of children) {
      assert.equal(w.from, 0);
      assert.equal(w.left, "0%");
      assert.match(w.width, /\b100%/);
    }
    fs.mkdirSync(screenshots, { recursive: true });
    await frame.locator(".timeline").screenshot({ path: path.join(screenshots, "timeline.png") });

    // Step forward until the step that lists the five timers at 2.0 s.
    const forward = frame.getByRole("button", { name: "Step forward", exact: true });
    let state = await shown(frame);
    let prior = null;
    for (let i = 0; i < 10 && state.timers.length !== 5; i++) {
      prior = state;
      await forward.click();
      state = await shown(frame);
    }
    assert.equal(state.timers.length, 5, "a step lists five timers");
    for (const t of state.timers) assert.match(t, /^2\.0 s/);
    assert.match(state.clock, /Python line 8/);
    assert.equal(state.python, "await asyncio.sleep(2)");
    assert.match(state.ts, /sleep\(2\)/);
    await frame.locator(".stepper").screenshot({ path: path.join(screenshots, "stepper.png") });

    // Step back restores the previous step exactly as it was shown; forward again comes back.
    const before = await shown(frame);
    await frame.getByRole("button", { name: "Step back", exact: true }).click();
    const previous = await shown(frame);
    assert.notDeepEqual(previous, before);
    assert.deepEqual(previous, prior);
    assert.equal(previous.timers.length, 0);
    await forward.click();
    assert.deepEqual(await shown(frame), before);

    // Clicking a piece of the timeline jumps the stepper to where it began; Restart goes to step 1.
    await frame.locator('.lane[data-task="Task-1"] .lane-seg').first().click();
    assert.match((await shown(frame)).position, /^Step 1 of/);
    await forward.click();
    await frame.getByRole("button", { name: "Restart", exact: true }).click();
    assert.match((await shown(frame)).position, /^Step 1 of/);
  });
});

test("keyboard only: the Loop step slider moves with the arrow keys", async () => {
  await shot("stepper-keys", async () => {
    const frame = activeWebview(page);
    const slider = frame.getByRole("slider", { name: "Loop step" });
    await slider.focus();
    await page.keyboard.press("Home");
    assert.match((await shown(frame)).position, /^Step 1 of/);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    const third = await shown(frame);
    assert.match(third.position, /^Step 3 of/);
    assert.equal(third.timers.length, 5);
    await page.keyboard.press("ArrowLeft");
    assert.match((await shown(frame)).position, /^Step 2 of/);
    // Tab reaches the buttons; Enter steps.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    assert.match((await shown(frame)).position, /^Step 1 of/, "Step back by keyboard");
  });
});
