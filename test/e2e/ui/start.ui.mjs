// `npm start` end to end: the real entry (npm start -- --port N) with a temporary state dir; the URL answers, the
// installed extension's commands are in the palette and translate a lesson, Ctrl-C (SIGINT to the process group,
// as a terminal sends it) leaves no process behind. Also saves the README's screenshot, test/e2e/screenshots/start-panel.png.
/* global fetch */
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import { freePort } from "../../../scripts/start/codeServer.mjs";
import { ROOT, launchBrowser } from "../../../scripts/e2e/harness.mjs";
import { activeWebview, runFromPalette } from "../../../scripts/e2e/workbench.mjs";

const screenshots = path.join(ROOT, "test", "e2e", "screenshots");
// Every process npm start creates inherits this variable: how leftovers are found (other code-servers may be running).
const home = fs.mkdtempSync(path.join(os.tmpdir(), "asyncio-ts-start-test-"));
const env = { ...process.env, ASYNCIO_TS_START_HOME: home };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function processes() {
  return fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name)).flatMap((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const group = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
      const environ = fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
      return [{ pid: Number(pid), group, environ, cmdline }];
    } catch {
      return []; // exited while we looked
    }
  });
}

const ours = () => processes().filter((p) => p.environ.includes(`ASYNCIO_TS_START_HOME=${home}`));

let start;
after(async () => {
  // Only if the test failed before its Ctrl-C. SIGKILL to npm's group would skip npm start's own cleanup and leave
  // code-server (its own group) running: Ctrl-C first, then anything of ours still there.
  if (start && start.exitCode === null && start.signalCode === null) {
    process.kill(-start.pid, "SIGINT");
    await Promise.race([new Promise((resolve) => start.once("exit", resolve)), sleep(15_000)]);
  }
  for (const p of ours()) {
    try {
      process.kill(p.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  if (!process.env.E2E_KEEP) fs.rmSync(home, { recursive: true, force: true });
});

test("refuses a non-loopback address without a password, before building anything", () => {
  const r = spawnSync("npm", ["start", "--", "--host", "0.0.0.0"], { cwd: ROOT, env, encoding: "utf8" });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /refusing to serve on 0\.0\.0\.0 without a password: add --auth password/);
  assert.equal(fs.readdirSync(home).length, 0, "nothing was prepared");
});

test("npm start serves VS Code with the extension and stops cleanly on Ctrl-C", async () => {
  const port = await freePort("127.0.0.1");
  const t0 = Date.now();
  // detached: npm and its children get their own process group, like a shell job.
  start = spawn("npm", ["start", "--", "--port", String(port)], { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  start.stdout.on("data", (chunk) => (output += chunk));
  start.stderr.on("data", (chunk) => (output += chunk));
  for (const deadline = Date.now() + 600_000; !/^\s+http:\/\/\S+\/$/m.test(output); await sleep(100)) {
    assert.equal(start.exitCode, null, `npm start ended early:\n${output}`);
    assert.ok(Date.now() < deadline, `no URL within 10 min:\n${output}`);
  }
  const url = /^\s+(http:\/\/\S+\/)$/m.exec(output)[1];
  console.log(`npm start: URL ready after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  assert.equal(url, `http://127.0.0.1:${port}/`);
  assert.match(output, /Press Ctrl-C to stop/);
  // No password on loopback: the workbench is served (code-server first redirects to ?folder=<workspace>).
  const page0 = await fetch(url, { redirect: "manual" });
  assert.equal(page0.status, 302);
  assert.match(page0.headers.get("location"), /folder=.*workspace/);

  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    page.setDefaultTimeout(30_000);
    try {
      await page.goto(url);
      await page.locator(".monaco-workbench .statusbar").waitFor({ timeout: 120_000 });
      console.log(`npm start: workbench shown after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      // The lessons are in the Explorer, and their README.md opens at startup. It opens only once the built-in
      // Markdown extension has activated (up to a minute on a loaded machine) and then takes the focus: wait for it
      // before opening a lesson, or the command would run on the README.
      await page.locator(".tab", { hasText: "README.md" }).first().waitFor({ timeout: 120_000 });
      // Open a lesson as a user would, from the Explorer (this also takes the focus out of the README's webview,
      // where F1 would not reach the workbench).
      await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "create_task_timing.py" }).click();
      const editorText = page.locator(".editor-instance .monaco-editor .view-lines").first();
      await editorText.getByText("async def worker(name, delay):").waitFor();
      await editorText.click();
      // The command palette lists the installed extension's command (for Python editors) and runs it.
      await runFromPalette(page, "Asyncio: Translate Selection to TypeScript");
      const frame = activeWebview(page);
      await frame.getByText("const slow = createTask(() => worker(\"slow\", 3));").first().waitFor();
      await frame.getByRole("button", { name: "▶ Run" }).click();
      await frame.locator("#status", { hasText: "Finished with exit status 0" }).waitFor();
      await frame.getByRole("button", { name: "Compare with Python" }).click();
      assert.match(await frame.locator("#compare-verdict").textContent(), /^identical: 8 lines of output match /);
      // The README's screenshot: the Explorer with the lessons beside the panel, tall enough to show the output.
      await runFromPalette(page, "View: Toggle Maximize Editor Group");
      await page.setViewportSize({ width: 1600, height: 1400 });
      await page.mouse.move(5, 500);
      await page.waitForTimeout(1000);
      fs.mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: path.join(screenshots, "start-panel.png") });
    } catch (err) {
      fs.mkdirSync(screenshots, { recursive: true });
      await page.screenshot({ path: path.join(screenshots, "start-failure.png") });
      throw err;
    }
  } finally {
    await browser.close();
  }

  const before = ours();
  assert.ok(before.some((p) => /code-server/.test(p.cmdline)), "code-server was running");
  process.kill(-start.pid, "SIGINT");
  const exited = new Promise((resolve) => start.once("exit", resolve));
  assert.notEqual(await Promise.race([exited, sleep(30_000).then(() => "timeout")]), "timeout", "npm start stopped within 30 s");
  await sleep(500);
  const left = processes().filter((p) => p.group === start.pid || p.environ.includes(`ASYNCIO_TS_START_HOME=${home}`));
  assert.deepEqual(left.map((p) => `${p.pid} ${p.cmdline}`), [], `still running after Ctrl-C (of ${before.length} started)`);
  assert.match(output, /stopped; nothing left running/);
});
