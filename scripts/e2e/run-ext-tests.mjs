// Runs the extension's mocha suite (test/e2e/suite) inside code-server's extension host.
// Pass/fail comes from window.codeAutomationExit(code), which the workbench calls when the test run ends.
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import { format } from "node:util";
import { NOISE, ROOT, launchBrowser, startCodeServer } from "./harness.mjs";

const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS ?? 180_000);
const outDir = path.join(ROOT, "out", "e2e-suite");
const suiteDir = path.join(ROOT, "test", "e2e", "suite");

// Compile the suite (CommonJS; `vscode` and `mocha` come from the extension host and node_modules).
fs.rmSync(outDir, { recursive: true, force: true });
await build({
  entryPoints: fs.readdirSync(suiteDir).filter((f) => f.endsWith(".ts")).map((f) => path.join(suiteDir, f)),
  outdir: outDir,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  external: ["vscode", "mocha"],
  logLevel: "warning",
});

const seed = fs.readFileSync(path.join(ROOT, "..", "shared", "seed", "gather_return_values.py"), "utf8");
const unsupported = 'import asyncio\n\n\nasync def main():\n    value = eval("1 + 1")\n    print(value)\n\nasyncio.run(main())\n';
const nested = "import asyncio\n\nasync def main():\n    for i in range(2):\n        await asyncio.sleep(0.1)\n        print('tick', i)\n        x = eval('i')\n\nasyncio.run(main())\n";

const counts = { passed: 0, failed: 0 };
async function printConsole(m) {
  let args = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => "")));
  if (typeof args[0] === "string" && /^%c\s*[A-Z]+$/.test(args[0])) args = args.slice(2);
  const text = args.length ? format(...args) : m.text();
  if (process.env.E2E_VERBOSE || !NOISE.test(text)) console.log(text);
  const n = /^\s*(\d+) (passing|failing)/.exec(text);
  if (n) counts[n[2] === "passing" ? "passed" : "failed"] = Number(n[1]);
}

const t0 = Date.now();
const server = await startCodeServer({ files: { "gather_return_values.py": seed, "unsupported.py": unsupported, "nested.py": nested } });
const browser = await launchBrowser();
const pending = [];
let code = 1;
try {
  const page = await browser.newPage();
  let onExit;
  const exited = new Promise((r) => (onExit = r));
  await page.exposeFunction("codeAutomationExit", (c) => onExit(c));
  page.on("console", (m) => pending.push(printConsole(m)));
  await page.goto(server.workbenchUrl([["extensionDevelopmentPath", server.remote(ROOT)], ["extensionTestsPath", server.remote(path.join(outDir, "index.js"))]]));
  code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("timeout"), TIMEOUT_MS))]);
} finally {
  await Promise.allSettled(pending);
  await browser.close();
  await server.stop();
}
console.log(`extension host exit code: ${code} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
console.log(`exthost: ${counts.passed} passed, ${counts.failed} failed`);
// Zero tests passed is a failure too: the suite did not load, or nothing ran.
if (counts.passed === 0) console.log("exthost: no test passed: failing the run");
process.exit(code === 0 && counts.failed === 0 && counts.passed > 0 ? 0 : 1);
