/**
 * The source of the Worker that runs a translation in the webview. The program is pasted into the body of an
 * async function (so top-level `await` works without eval), after a host shim that posts writes, timeline
 * events and the exit status to the panel. The browser has no "event loop drained" signal, so the shim
 * provides setImmediate and counts pending timers: when nothing is queued and no timer is pending, the
 * program is over (as a Node worker would exit). The host and the error description come from the one worker
 * prelude (src/run/prelude.ts). Plain JavaScript, shared with the unit tests.
 */
import type { LoopEvent } from "../runtime/host";
import { workerPrelude } from "../run/prelude";
import { hasExactKeys, isEventShape, isExitStatus } from "../run/records";
import { MAX_EVENTS } from "../run/verdict";
import type { TraceEvent } from "../shared/traceEvents";

export type WorkerToPanel =
  | { readonly type: "write"; readonly stream: "stdout" | "stderr"; readonly text: string }
  | { readonly type: "event"; readonly event: TimelineEvent | TraceEvent }
  | { readonly type: "exit"; readonly code: number };

/**
 * A message from the worker as one of the three shapes, or null. The worker runs the program, which could post
 * anything: the panel acts only on these, and takes anything else as the run's failure (see Run.onMessage).
 */
export function parseWorkerMessage(data: unknown): WorkerToPanel | null {
  if (hasExactKeys(data, ["type", "stream", "text"]) && data.type === "write" && (data.stream === "stdout" || data.stream === "stderr") && typeof data.text === "string") {
    return { type: "write", stream: data.stream, text: data.text };
  }
  if (hasExactKeys(data, ["type", "event"]) && data.type === "event" && isEventShape(data.event)) return { type: "event", event: data.event as TimelineEvent | TraceEvent };
  if (hasExactKeys(data, ["type", "code"]) && data.type === "exit" && isExitStatus(data.code)) return { type: "exit", code: data.code };
  return null;
}

/** The runtime's LoopEvents the timeline draws (the rest are TraceEvents: see src/shared/traceEvents.ts). */
export type TimelineEvent = Extract<LoopEvent, { readonly kind: "task-created" | "task-step" | "task-done" | "output" }>;

/** Events kept from one run: a trace needs several per loop step (it stops at MAX_TRACE_STEPS steps anyway). */
export const MAX_TRACE_EVENTS = 300_000;

/** The worker's script up to where the program's JavaScript begins. */
function workerHead(clock: "virtual" | "real", trace: boolean): string {
  return `${workerPrelude}
const __asyncioTsClock = ${JSON.stringify(clock)};
const __asyncioTsMaxEvents = ${trace ? MAX_TRACE_EVENTS : MAX_EVENTS};
const __asyncioTsTrace = ${String(trace)};
${SHIM_HEAD}
(async () => {
__asyncioTsFormat = () => (typeof formatUncaught === "function" ? formatUncaught : null);
`;
}

/** The line of the worker's script where the program's JavaScript begins (0-based), for stack positions in traces. */
export function jsLineBase(clock: "virtual" | "real", trace = true): number {
  return workerHead(clock, trace).split("\n").length - 1;
}

/** The worker's script; the program's JS starts at line `jsLineBase(...)` (0-based) of it. */
export function workerSource(js: string, clock: "virtual" | "real", trace = true): string {
  return `${workerHead(clock, trace)}${js}
})().then(__asyncioTsBodyDone, __asyncioTsFail);
`;
}

const SHIM_HEAD = String.raw`
let __asyncioTsFormat = () => null;
let __asyncioTsBody = false;
const __asyncioTsHost = __asyncioTsMakeHost(__asyncioTsClock, {
  write(stream, text) { postMessage({ type: "write", stream, text }); return true; },
  event(event) { postMessage({ type: "event", event }); },
  exit(code) { postMessage({ type: "exit", code }); },
}, __asyncioTsMaxEvents, __asyncioTsTrace);
globalThis.asyncioTsHost = __asyncioTsHost;
function __asyncioTsFail(err) {
  let format = null;
  try { format = __asyncioTsFormat(); } catch (_) { /* not defined yet */ }
  __asyncioTsEnd(__asyncioTsHost, err, format);
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
  if (__asyncioTsHost.exited || !__asyncioTsBody || __asyncioTsCheckPending) return;
  if (__asyncioTsQueue.length > 0 || __asyncioTsTimers.size > 0) return;
  __asyncioTsCheckPending = true;
  // Confirm after the microtasks of the last step have run (they may queue more work).
  __asyncioTsRealSetTimeout(() => {
    __asyncioTsCheckPending = false;
    if (__asyncioTsQueue.length === 0 && __asyncioTsTimers.size === 0) __asyncioTsHost.exit(0);
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
