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
const recordLine = (line) => writeAll(FD.records, encoder.encode(line + "\n"));
// The runner's own records are literal text, never an object serialized: nothing the program did to any
// prototype can change what they say. An exit status is an integer, or the run failed (1).
const recordExit = (code) => recordLine('{"type":"exit","code":' + (Number.isSafeInteger(code) ? code : 1) + "}");
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
      recordLine('{"type":"outputLimit"}');
      process.exit(1);
    }
    return true;
  },
  // The event is the program's data; the parent checks the record's shape.
  event(event) { recordLine('{"type":"event","event":' + JSON.stringify(event) + "}"); },
  exit(code) {
    const status = typeof code === "number" && Number.isSafeInteger(code) ? code : 1;
    recordExit(status);
    process.exit(status);
  },
}, job.events ? job.maxEvents : 0, job.trace === true);
// The program's world: a context of its own whose global object has JavaScript's builtins and only what
// the runtime takes from its host, so Node (process, require, Buffer, the network) does not exist there,
// and code from strings is refused there too. The host's functions come from this realm, where the process
// flags refuse code from strings, so no function reachable from inside leads back to Node either.
//
// Nothing of this realm may be reachable from inside either: an object of ours has this realm's
// Object.prototype, a function of ours its Function.prototype, an error of ours its Error.prototype, and a
// getter the program defined there would run inside Node's own code and the runner's (it did: a toJSON on it
// rewrote the exit record). So every object handed in has a null prototype, and so has every function
// (wrapped by handIn: what it throws is re-thrown as the context's Error, what it returns is a primitive).
const timers = new Map();
let nextTimer = 1;
const context = vm.createContext(Object.create(null), { name: "translation", codeGeneration: { strings: false, wasm: false } });
const InnerError = vm.runInContext("Error", context);
const innerJSON = vm.runInContext("JSON", context);
const handIn = (fn) => {
  const wrapped = function (...args) {
    try {
      return Reflect.apply(fn, this, args);
    } catch (err) {
      // The program's own exception (its __str__ raised) stays itself; one of ours becomes the context's Error.
      if (err instanceof Error) throw new InnerError(String(err.message));
      throw err;
    }
  };
  Object.setPrototypeOf(wrapped, null);
  return wrapped;
};
/** A null-prototype copy of an object of ours: plain data as is, functions and getters through handIn. */
const handInObject = (source) => {
  const target = Object.create(null);
  for (const key of Reflect.ownKeys(source)) {
    const d = Object.getOwnPropertyDescriptor(source, key);
    if (d.get) Object.defineProperty(target, key, { get: handIn(d.get), enumerable: true });
    else if (typeof d.value === "function") target[key] = handIn(d.value);
    else target[key] = d.value;
  }
  return target;
};
/** Data from the job (lists, tables) made inside the context, by its own JSON, before the program runs. */
const inner = (value) => (value === undefined ? undefined : innerJSON.parse(JSON.stringify(value)));
Object.assign(context, {
  // The Python file's path, asyncio's directory and its callbacks' lines, which asyncio's reprs print.
  asyncioTsHost: Object.assign(handInObject(host), { file: job.file, argv: inner(job.argv), asyncioDir: job.asyncioDir, asyncioLines: inner(job.asyncioLines) }),
  // What a plain-TypeScript program's prelude needs from Node (see plainRun.ts): console.log's own formatting,
  // without custom inspectors (util.inspect would hand them its options object and its inspect function).
  __asyncioTsNode: handInObject({ format: (...values) => util.formatWithOptions({ customInspect: false }, ...values) }),
  // The real clock's timers (the virtual clock needs only setImmediate), as numbers: no Node object inside,
  // and the callback called bare (Node calls it with its Timeout or Immediate object as this).
  setImmediate: handIn((fn) => { setImmediate(() => fn()); }),
  setTimeout: handIn((fn, ms) => {
    const id = nextTimer++;
    timers.set(id, setTimeout(() => { timers.delete(id); fn(); }, ms));
    return id;
  }),
  clearTimeout: handIn((id) => { clearTimeout(timers.get(id)); timers.delete(id); }),
  performance: handInObject({ now: () => performance.now() }),
});

// The permission model leaves signals alone: a program must not stop the process that runs it.
process.kill = () => { throw new Error("process.kill is not available to a translated program"); };

// The program may define formatUncaught (the traceback unit); it is used for errors nobody caught.
let findFormat = () => null;
function fail(err) {
  let formatError = null;
  try { formatError = findFormat(); } catch { /* declared but not yet defined */ }
  __asyncioTsEnd(host, err, formatError);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

// The program runs as the body of a function, inside one that holds the context's globals (JavaScript's
// builtins and the host's members above) as locals: a global looked up in a vm context goes through the
// context's interceptor, about ten times slower than in Node's own, where a local costs nothing. Its own
// top-level names are then locals too. A program with top-level await is the body of an async function.
const globalNames = vm.runInContext("Object.getOwnPropertyNames(globalThis)", context)
  .filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== "eval" && name !== "arguments" && name !== "globalThis");
function compile(source, isAsync) {
  const directive = /^\s*(["'])use strict\1;?/.exec(source)?.[0] ?? "";
  return new vm.Script(
    // All on the program's first line, so the program's line numbers (in stacks, for traces) stay as they are.
    "(function (found) { const { " + globalNames.join(", ") + " } = globalThis; return (" + (isAsync ? "async " : "") + "function () { " +
      directive + " found(() => (typeof formatUncaught === 'function' ? formatUncaught : null)); " + source.slice(directive.length) + "\n})(); })",
    { filename: "translation.js" },
  );
}
let script;
let isAsync = false;
try {
  script = compile(job.source, false);
} catch (err) {
  if (!(err && err.name === "SyntaxError")) throw err;
  isAsync = true;
  script = compile(job.source, true);
}
try {
  const result = script.runInContext(context)(handIn((getter) => { findFormat = getter; }));
  if (isAsync) Promise.resolve(result).catch(fail);
} catch (err) {
  fail(err);
}
});
})();
`;
