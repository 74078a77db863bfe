// Runs the UI tests (test/e2e/ui/*.ui.mjs) with node:test: code-server + headless Chromium + playwright-core.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, checkInstalled } from "./harness.mjs";

checkInstalled();
const dir = path.join(ROOT, "test", "e2e", "ui");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ui.mjs")).map((f) => path.join(dir, f));
if (files.length === 0) {
  console.log(`ui tests: no *.ui.mjs file in ${dir}: failing the run`);
  process.exit(1);
}
const t0 = Date.now();
// The tap reporter too, to count the tests that ran: a run in which none ran fails.
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap", "--test-reporter-destination=ui-tests.tap", "--test-concurrency=1", ...files], { stdio: "inherit", cwd: ROOT });
const tap = fs.existsSync(path.join(ROOT, "ui-tests.tap")) ? fs.readFileSync(path.join(ROOT, "ui-tests.tap"), "utf8") : "";
fs.rmSync(path.join(ROOT, "ui-tests.tap"), { force: true });
const ran = Number(/^# tests (\d+)$/m.exec(tap)?.[1] ?? 0);
console.log(`ui tests: ${ran} ran, ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${r.status}`);
process.exit(r.status === 0 && ran > 0 ? 0 : 1);
