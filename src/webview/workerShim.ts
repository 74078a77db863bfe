/**
 * The source of the Worker that runs a translation in the webview. The program is pasted into the body of an
 * async function (so top-level `await` works without eval), after a host shim that posts writes, timeline
 * events and the exit status to the panel. The browser has no "event loop drained" signal, so the shim
 * provides setImmediate and counts pending timers: when nothing is queued and no timer is pending, the
 * program is over (as a Node worker would exit). Plain JavaScript, shared with the unit tests.
 */
export type WorkerToPanel =
  | { readonly type: "write"; readonly stream: "stdout" | "stderr"; readonly text: string }
  | { readonly type: "event"; readonly event: TimelineEvent }
  | { readonly type: "exit"; readonly code: number };

/** The runtime's LoopEvent (src/runtime/host.ts), as the panel receives it. */
export type TimelineEvent =
  | { readonly kind: "task-created"; readonly taskId: number; readonly name: string; readonly time: number; readonly parentId: number | null }
  | { readonly kind: "task-step"; readonly taskId: number; readonly name: string; readonly time: number; readonly step: number }
  | { readonly kind: "task-done"; readonly taskId: number; readonly name: string; readonly time: number; readonly outcome: "result" | "exception" | "cancelled" }
  | { readonly kind: "output"; readonly stream: "stdout" | "stderr"; readonly text: string; readonly time: number; readonly taskId: number | null };

export function workerSource(js: string, clock: "virtual" | "real"): string {
  return `${SHIM_HEAD.replace("__CLOCK__", JSON.stringify(clock))}
(async () => {
__asyncioTsFormat = () => (typeof formatUncaught === "function" ? formatUncaught : null);
${js}
})().then(__asyncioTsBodyDone, __asyncioTsFail);
`;
}

const SHIM_HEAD = String.raw`
let __asyncioTsExited = false;
let __asyncioTsFormat = () => null;
let __asyncioTsBody = false;
globalThis.asyncioTsHost = {
  clock: __CLOCK__,
  write(stream, text) { if (!__asyncioTsExited) postMessage({ type: "write", stream, text: String(text) }); },
  event(event) { if (!__asyncioTsExited) postMessage({ type: "event", event }); },
  exit(code) { if (!__asyncioTsExited) { __asyncioTsExited = true; postMessage({ type: "exit", code }); } },
};
function __asyncioTsDescribe(err) {
  try { const f = __asyncioTsFormat(); if (typeof f === "function") return f(err); } catch (_) { /* fall through */ }
  if (err instanceof RangeError && /call stack/i.test(err.message)) return "RecursionError: maximum recursion depth exceeded";
  if (err instanceof Error) return err.name + (err.message ? ": " + err.message : "");
  return "InternalError: " + String(err);
}
function __asyncioTsFail(err) {
  globalThis.asyncioTsHost.write("stderr", __asyncioTsDescribe(err) + "\n");
  globalThis.asyncioTsHost.exit(1);
}
self.addEventListener("error", (e) => { e.preventDefault(); __asyncioTsFail(e.error ?? e.message); });
self.addEventListener("unhandledrejection", (e) => { e.preventDefault(); __asyncioTsFail(e.reason); });

// Macrotasks and timers the program has pending; when there are none, it has finished.
const __asyncioTsQueue = [];
const __asyncioTsTimers = new Set();
const __asyncioTsRealSetTimeout = setTimeout.bind(self);
const __asyncioTsRealClearTimeout = clearTimeout.bind(self);
const __asyncioTsChannel = new MessageChannel();
let __asyncioTsCheckPending = false;
function __asyncioTsIdle() {
  if (__asyncioTsExited || !__asyncioTsBody || __asyncioTsCheckPending) return;
  if (__asyncioTsQueue.length > 0 || __asyncioTsTimers.size > 0) return;
  __asyncioTsCheckPending = true;
  // Confirm after the microtasks of the last step have run (they may queue more work).
  __asyncioTsRealSetTimeout(() => {
    __asyncioTsCheckPending = false;
    if (__asyncioTsQueue.length === 0 && __asyncioTsTimers.size === 0) globalThis.asyncioTsHost.exit(0);
  }, 0);
}
__asyncioTsChannel.port1.onmessage = () => {
  const fn = __asyncioTsQueue.shift();
  try { if (fn) fn(); } finally { __asyncioTsIdle(); }
};
globalThis.setImmediate = (fn, ...args) => { __asyncioTsQueue.push(() => fn(...args)); __asyncioTsChannel.port2.postMessage(0); };
globalThis.setTimeout = (fn, ms, ...args) => {
  const id = __asyncioTsRealSetTimeout(() => {
    __asyncioTsTimers.delete(id);
    try { if (typeof fn === "function") fn(...args); } finally { __asyncioTsIdle(); }
  }, ms);
  __asyncioTsTimers.add(id);
  return id;
};
globalThis.clearTimeout = (id) => { __asyncioTsTimers.delete(id); __asyncioTsRealClearTimeout(id); __asyncioTsIdle(); };
function __asyncioTsBodyDone() { __asyncioTsBody = true; __asyncioTsIdle(); }
`;
