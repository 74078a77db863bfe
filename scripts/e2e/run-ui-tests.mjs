// Runs the UI tests (test/e2e/ui/*.ui.mjs) with node:test: code-server + headless Chromium + playwright-core.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT, checkInstalled } from "./harness.mjs";

checkInstalled();
const dir = path.join(ROOT, "test", "e2e", "ui");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ui.mjs")).map((f) => path.join(dir, f));
const t0 = Date.now();
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", "--test-concurrency=1", ...files], { stdio: "inherit" });
console.log(`ui tests: ${((Date.now() - t0) / 1000).toFixed(1)} s, exit ${r.status}`);
process.exit(r.status ?? 1);
