// The same extension-host suite (test/e2e/suite) in desktop VS Code, downloaded by @vscode/test-electron.
// For machines with internet access and a display (or xvfb-run); CI uses code-server instead (run-ext-tests.mjs).
import { runTests } from "@vscode/test-electron";
import { build } from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./harness.mjs";

const outDir = path.join(ROOT, "out", "e2e-suite");
const suiteDir = path.join(ROOT, "test", "e2e", "suite");
await build({
  entryPoints: fs.readdirSync(suiteDir).filter((f) => f.endsWith(".ts")).map((f) => path.join(suiteDir, f)),
  outdir: outDir, bundle: true, platform: "node", format: "cjs", target: "node20", external: ["vscode", "mocha"], logLevel: "warning",
});
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "asyncio-ts-electron-"));
fs.copyFileSync(path.join(ROOT, "..", "shared", "seed", "gather_return_values.py"), path.join(workspace, "gather_return_values.py"));
fs.writeFileSync(path.join(workspace, "unsupported.py"), 'import asyncio\n\n\nasync def main():\n    value = eval("1 + 1")\n    print(value)\n\nasyncio.run(main())\n');
fs.writeFileSync(path.join(workspace, "nested.py"), "import asyncio\n\nasync def main():\n    for i in range(2):\n        await asyncio.sleep(0.1)\n        print('tick', i)\n        x = eval('i')\n\nasyncio.run(main())\n");
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? "stable",
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(outDir, "index.js"),
    launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust"],
  });
} catch (err) {
  console.error("extension tests failed:", err);
  process.exitCode = 1;
} finally {
  fs.rmSync(workspace, { recursive: true, force: true });
}
