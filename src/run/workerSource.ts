/**
 * The script a run's worker thread executes (as source text with `eval: true`, so it works the same from the
 * esbuild bundle and from tsx). It waits for one job (the program and its options, posted by runJavaScript: a
 * worker may be started before the program is known, see prepareRunWorker), installs
 * `globalThis.asyncioTsHost`, whose writes, timeline events and exit are posted to the parent, then runs the
 * program. One job per worker: the program runs in the worker's global scope. Plain JavaScript, because it is
 * never compiled by us.
 */
import { workerPrelude } from "./prelude";

export const workerSource = String.raw`
"use strict";
// Everything here lives in a function scope: the program runs in this thread's global scope and may
// declare any name (a top-level \`source\` or \`describe\` of its own must not clash with ours).
(() => {
const { parentPort } = require("node:worker_threads");
const vm = require("node:vm");
// Once the job is taken, nothing listens on the port: the worker exits when the program's loop drains.
parentPort.once("message", (workerData) => {
// Output goes into memory shared with the parent (see OutputBuffer in runJavaScript.ts), not into one
// message per print: a million prints would flood the parent's event loop, and what a program printed
// just before an endless loop would still be waiting in a queue when the time limit stops it.
const output = workerData.output;
const used = new Int32Array(output.counters);
const regions = { stdout: new Uint8Array(output.stdout), stderr: new Uint8Array(output.stderr) };
const encoder = new TextEncoder();
${workerPrelude}
const host = __asyncioTsMakeHost(workerData.clock, {
  write(stream, text) {
    const total = Atomics.load(used, 2);
    const room = output.limit - total;
    const index = stream === "stdout" ? 0 : 1;
    const offset = Atomics.load(used, index);
    // encodeInto never splits a character, so a cut at the limit leaves valid UTF-8.
    const { read, written } = encoder.encodeInto(text, regions[stream].subarray(offset, offset + Math.max(0, room)));
    Atomics.store(used, index, offset + written);
    Atomics.store(used, 2, total + written);
    if (read < text.length) {
      parentPort.postMessage({ type: "outputLimit" });
      return false;
    }
    return true;
  },
  event(event) { parentPort.postMessage({ type: "event", event }); },
  exit(code) { parentPort.postMessage({ type: "exit", code }); },
}, workerData.events ? workerData.maxEvents : 0, workerData.trace === true);
// The Python file's path and asyncio's directory, which asyncio's reprs print.
globalThis.asyncioTsHost = Object.assign(host, { file: workerData.file, asyncioDir: workerData.asyncioDir });
// What a plain-TypeScript program's prelude needs from Node (see plainRun.ts): console.log's own formatting.
globalThis.__asyncioTsNode = { format: require("node:util").format };

// The program may define formatUncaught (the traceback unit); use it for errors nobody caught.
let formatError = null;
function fail(err) {
  // sys.exit(n) outside the loop: SystemExit ends the program with its status, as CPython does.
  if (err !== null && typeof err === "object" && err.constructor && err.constructor.name === "SystemExit") {
    const code = err.code;
    if (code === null || code === undefined) return host.exit(0);
    if (typeof code === "number") return host.exit(code);
    host.write("stderr", String(code) + "\n");
    return host.exit(1);
  }
  host.write("stderr", __asyncioTsDescribe(err, formatError) + "\n");
  host.exit(1);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

const source = workerData.source;
let script;
let wrapped = false;
try {
  script = new vm.Script(source, { filename: "translation.js" });
} catch (err) {
  if (!(err instanceof SyntaxError)) throw err;
  // Top-level await: run the program as the body of an async function instead.
  wrapped = true;
  script = new vm.Script(
    // On the program's first line, so the program's line numbers (in stacks, for traces) stay as they are.
    "(async () => { globalThis.__asyncioTsFormat = () => (typeof formatUncaught === 'function' ? formatUncaught : null); " + source + "\n})()",
    { filename: "translation.js" },
  );
}
try {
  const result = script.runInThisContext();
  if (wrapped) {
    formatError = globalThis.__asyncioTsFormat();
    Promise.resolve(result).catch(fail);
  } else {
    formatError = vm.runInThisContext("typeof formatUncaught === 'function' ? formatUncaught : null");
  }
} catch (err) {
  try { formatError = vm.runInThisContext("typeof formatUncaught === 'function' ? formatUncaught : null"); } catch { /* not defined yet */ }
  fail(err);
}
});
})();
`;
