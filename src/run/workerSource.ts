/**
 * The script a run's worker thread executes (as source text with `eval: true`, so it works the same from the
 * esbuild bundle and from tsx). It installs `globalThis.asyncioTsHost`, whose writes, timeline events and exit
 * are posted to the parent, then runs the program. Plain JavaScript, because it is never compiled by us.
 */
export const workerSource = String.raw`
"use strict";
// Everything here lives in a function scope: the program runs in this thread's global scope and may
// declare any name (a top-level \`source\` or \`describe\` of its own must not clash with ours).
(() => {
const { parentPort, workerData } = require("node:worker_threads");
const vm = require("node:vm");
let exited = false;
globalThis.asyncioTsHost = {
  clock: workerData.clock,
  write(stream, text) { if (!exited) parentPort.postMessage({ type: "write", stream, text: String(text) }); },
  event(event) { if (!exited && workerData.events) parentPort.postMessage({ type: "event", event }); },
  exit(code) { if (!exited) { exited = true; parentPort.postMessage({ type: "exit", code }); } },
};

// The program may define formatUncaught (the traceback unit); use it for errors nobody caught.
let formatError = null;
function describe(err) {
  if (typeof formatError === "function") {
    try { return formatError(err); } catch { /* fall through */ }
  }
  if (err instanceof RangeError && /call stack/i.test(err.message)) return "RecursionError: maximum recursion depth exceeded";
  if (err instanceof Error) return err.name + (err.message ? ": " + err.message : "");
  return "InternalError: " + String(err);
}
function fail(err) {
  globalThis.asyncioTsHost.write("stderr", describe(err) + "\n");
  globalThis.asyncioTsHost.exit(1);
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
    "(async () => { globalThis.__asyncioTsFormat = () => (typeof formatUncaught === 'function' ? formatUncaught : null);\n" + source + "\n})()",
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
})();
`;
