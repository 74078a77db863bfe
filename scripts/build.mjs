// Bundles the extension and the CLI with esbuild and copies the parser's wasm files beside them.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, existsSync, readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";

const require = createRequire(import.meta.url);
const watch = process.argv.includes("--watch");
mkdirSync("dist", { recursive: true });

// Runtime helpers are TypeScript sources emitted into translations; generate their text table first.
if (existsSync("scripts/gen-helpers.mjs")) execFileSync(process.execPath, ["scripts/gen-helpers.mjs"], { stdio: "inherit" });

for (const wasm of ["web-tree-sitter/tree-sitter.wasm", "tree-sitter-python/tree-sitter-python.wasm"]) {
  const from = require.resolve(wasm);
  copyFileSync(from, `dist/${wasm.split("/").pop()}`);
}

// web-tree-sitter is an ES module that locates itself with import.meta.url; in a CommonJS bundle that
// must be derived from __filename.
const importMetaShim = 'const importMetaUrl = require("url").pathToFileURL(__filename).href;';
// The Node bundles take web-tree-sitter's CommonJS build (the one tsx and the tests load) and turn dynamic
// import() into require(): the CLI runs its bundle from a V8 code cache (src/cli/launcher.ts), and Node 20
// loses a vm script's import() hook in functions that come from a cache.
const commonJsTreeSitter = {
  name: "web-tree-sitter-cjs",
  setup(b) {
    b.onResolve({ filter: /^web-tree-sitter$/ }, () => ({ path: require.resolve("web-tree-sitter") }));
  },
};
const nodeOnly = { plugins: [commonJsTreeSitter], supported: { "dynamic-import": false } };
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: true,
  logLevel: "warning",
  define: { "import.meta.url": "importMetaUrl" },
};
const entries = [
  { ...nodeOnly, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli-main.js", banner: { js: importMetaShim } },
  // The panel's webview script (a browser bundle; see src/webview).
  { entryPoints: ["src/webview/main.ts"], outfile: "dist/webview.js", platform: "browser", format: "iife", target: "es2022", define: {}, sourcemap: false },
];
// The runtime as the package's module `asyncio-ts/runtime` (package.json `exports`): an ES module and a
// CommonJS one, unminified so that a user stepping into it reads the helpers' source; declarations below.
for (const [format, ext] of [["esm", "mjs"], ["cjs", "cjs"]]) {
  // keepNames: Python prints class names (type(e).__name__), which bundling would otherwise rename on a clash.
  entries.push({ entryPoints: ["src/runtime/index.ts"], outfile: `dist/runtime/index.${ext}`, platform: "neutral", format, target: "es2022", define: {}, sourcemap: false, banner: {}, keepNames: true });
}
if (existsSync("src/extension/extension.ts")) entries.push({ ...nodeOnly, entryPoints: ["src/extension/extension.ts"], outfile: "dist/extension.js", external: ["vscode"], banner: { js: importMetaShim } });
// The extension's translation worker (a worker_threads Worker: translations off the extension host's main thread).
if (existsSync("src/extension/translateWorker.ts")) entries.push({ ...nodeOnly, entryPoints: ["src/extension/translateWorker.ts"], outfile: "dist/translateWorker.js", banner: { js: importMetaShim } });
await Promise.all(entries.map((e) => build({ ...common, ...e, ...(watch ? {} : {}) })));
// The `asyncio-ts` command: a small launcher that starts dist/cli-main.js from a V8 code cache kept under the
// bundle's hash (a cache must never be used with another bundle).
const cliHash = createHash("sha256").update(readFileSync("dist/cli-main.js")).digest("hex").slice(0, 24);
await build({ ...common, ...nodeOnly, entryPoints: ["src/cli/launcher.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" }, sourcemap: false, define: { CLI_BUNDLE_HASH: JSON.stringify(cliHash) } });
// The runtime's declarations (dist/runtime/types), for projects that import asyncio-ts/runtime.
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.runtime.json"], { stdio: "inherit" });
