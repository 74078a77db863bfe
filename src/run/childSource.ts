/**
 * The script a run's child process executes (`node -e`, so it works the same from the esbuild bundle and from
 * tsx). It reads one job from standard input (the program and its options, written by runJavaScript: a child
 * may be started before the program is known, see prepareRunProcess), installs `globalThis.asyncioTsHost`,
 * whose writes, timeline events and exit go to the parent, then runs the program in its own main thread.
 *
 * A process of its own, not a worker thread: V8 ends a worker that exhausts its heap by aborting the whole
 * process for some allocation shapes (one growing array: nodejs/node#47224), which would take the CLI or the
 * extension host with it. Everything the program says is written synchronously, each write a system call, so
 * what it printed before an abort, a kill at the time limit or an endless loop has already reached the parent.
 * Channels: fd 3 the program's stdout, fd 4 its stderr, fd 5 one JSON record per line (events, the output
 * limit, the exit status); fds 1 and 2 carry only what Node or V8 say (a fatal out-of-memory error).
 * Plain JavaScript, because it is never compiled by us.
 */
import { workerPrelude } from "./prelude";

/** The child's file descriptors, as runJavaScript passes them in `stdio`. */
export const CHILD_FD = { stdout: 3, stderr: 4, records: 5 } as const;

export const childSource = String.raw`
"use strict";
// Everything here lives in a function scope: the program runs in this process's global scope and may
// declare any name (a top-level \`source\` or \`describe\` of its own must not clash with ours).
(() => {
const fs = require("node:fs");
const vm = require("node:vm");
const util = require("node:util");
const FD = ${JSON.stringify(CHILD_FD)};
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (err) {
      // A pipe the parent has not drained yet: wait for room, as a blocking write would.
      if (err && err.code === "EAGAIN") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
      else throw err;
    }
  }
}
const encoder = new TextEncoder();
const record = (value) => writeAll(FD.records, encoder.encode(JSON.stringify(value) + "\n"));
const chunks = [];
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => {
if (chunks.length === 0) return; // the parent went away before giving a job
const job = JSON.parse(Buffer.concat(chunks).toString("utf8"));
let written = 0;
${workerPrelude}
const host = __asyncioTsMakeHost(job.clock, {
  write(stream, text) {
    const fd = stream === "stdout" ? FD.stdout : FD.stderr;
    const bytes = encoder.encode(text);
    const room = job.maxOutputBytes - written;
    if (bytes.length <= room) {
      writeAll(fd, bytes);
      written += bytes.length;
    } else {
      // encodeInto never splits a character, so a cut at the limit leaves valid UTF-8.
      const cut = new Uint8Array(Math.max(0, room));
      writeAll(fd, cut.subarray(0, encoder.encodeInto(text, cut).written));
      written = job.maxOutputBytes;
      record({ type: "outputLimit" });
      process.exit(1);
    }
    return true;
  },
  event(event) { record({ type: "event", event }); },
  exit(code) {
    record({ type: "exit", code });
    process.exit(code);
  },
}, job.events ? job.maxEvents : 0, job.trace === true);
// The Python file's path, asyncio's directory and its callbacks' lines, which asyncio's reprs print.
globalThis.asyncioTsHost = Object.assign(host, { file: job.file, asyncioDir: job.asyncioDir, asyncioLines: job.asyncioLines });
// What a plain-TypeScript program's prelude needs from Node (see plainRun.ts): console.log's own formatting.
globalThis.__asyncioTsNode = { format: util.format };

// The permission model leaves signals alone: a program must not stop the process that runs it.
process.kill = () => { throw new Error("process.kill is not available to a translated program"); };

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

const source = job.source;
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
