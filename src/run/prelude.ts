/**
 * The runner prelude: plain JavaScript that both places running a translation begin with (the child process of
 * runJavaScript.ts and the panel's Web Worker, src/webview/workerShim.ts). It defines how the program's host
 * (`globalThis.asyncioTsHost`, see src/runtime/host.ts) is made from the worker's own ways of sending output,
 * events and the exit status, and how an error nobody caught is described. Names start with `__asyncioTs` so
 * they never clash with the program's. Plain JavaScript, because it is never compiled by us.
 */
/** What a runner says when the loop waits with nothing that could ever wake it (CPython waits forever). */
export const STUCK_MESSAGE =
  "stopped: every task waits and nothing can wake one (no callback is ready and no timer is set): CPython would wait here forever";

export const workerPrelude = String.raw`
// sink: { write(stream, text): boolean (false: the output limit was reached), event(event), exit(code) }.
// trace: the runtime also reports loop iterations and where tasks wait (see src/shared/loopTrace.ts).
function __asyncioTsMakeHost(clock, sink, maxEvents, trace) {
  const state = { exited: false, events: 0 };
  return {
    clock,
    trace: trace === true,
    get exited() { return state.exited; },
    write(stream, text) { if (!state.exited && !sink.write(stream, String(text))) state.exited = true; },
    event(event) {
      if (state.exited || state.events >= maxEvents) return;
      state.events++;
      sink.event(event);
    },
    exit(code) { if (!state.exited) { state.exited = true; sink.exit(code); } },
    stuck() {
      this.write("stderr", "asyncio-ts: " + ${JSON.stringify(STUCK_MESSAGE)} + "\n");
      this.exit(124); // TIMEOUT_EXIT_CODE (verdict.ts): the program would run forever
    },
  };
}
// An error nobody caught ends the program. SystemExit (sys.exit outside the loop) ends it with its status, as
// CPython does: None is 0, an int is itself, anything else is printed to stderr and is 1. Any other error is
// described on stderr and the status is 1.
function __asyncioTsEnd(host, err, formatUncaught) {
  if (err !== null && typeof err === "object" && err.constructor && err.constructor.name === "SystemExit") {
    const code = err.code;
    if (code === null || code === undefined) return host.exit(0);
    if (typeof code === "number" && Number.isSafeInteger(code)) return host.exit(code);
    host.write("stderr", String(code) + "\n");
    return host.exit(1);
  }
  host.write("stderr", __asyncioTsDescribe(err, formatUncaught) + "\n");
  host.exit(1);
}
// The runtime's formatUncaught (CPython's last traceback line) when there is one, else a plain description.
function __asyncioTsDescribe(err, formatUncaught) {
  if (typeof formatUncaught === "function") {
    try { return formatUncaught(err); } catch (_) { /* fall through */ }
  }
  // By name and brand, not instanceof: the program's errors may come from another realm (a vm context).
  const isError = Object.prototype.toString.call(err) === "[object Error]";
  if (isError && err.name === "RangeError" && /call stack/i.test(err.message)) return "RecursionError: maximum recursion depth exceeded";
  if (isError) return err.name + (err.message ? ": " + err.message : "");
  return "InternalError: " + String(err);
}
`;
