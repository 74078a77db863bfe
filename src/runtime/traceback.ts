/** The last line of a Python traceback for an uncaught exception (`ValueError: boom`, `KeyError: 'x'`), including JS errors the translation did not model. */
import { BaseException, SystemExit, isExceptionGroup, pythonQualifiedName } from "./exceptions";
import { hostExit, hostWrite, nodeProcess } from "./host";
import { str } from "./repr";

/**
 * What CPython prints last when an exception escapes: `Name: message`, or just `Name` when str() is empty.
 * Classes from __main__ and builtins print bare (`MyError: boom`); others with their module
 * (`asyncio.exceptions.CancelledError`). The traceback lines above it (file, line) are not reproduced.
 */
export function formatUncaught(err: unknown): string {
  if (isExceptionGroup(err)) return formatExceptionGroup(err, { depth: 0, needClose: false }).join("").trimEnd();
  if (err instanceof BaseException) return exceptionLine(err);
  if (err instanceof RangeError && /call stack/i.test(err.message)) {
    // JS ran out of stack where Python would have hit its recursion limit.
    return "RecursionError: maximum recursion depth exceeded";
  }
  if (err instanceof Error) {
    // A JS error means the translation did something Python would not have: say so rather than pretend.
    return `InternalError: ${err.name}: ${err.message} (a JavaScript error, not a Python exception)`;
  }
  return `InternalError: ${String(err)} (a JavaScript value was thrown, not a Python exception)`;
}

/** `Name: message`, or just `Name` when str() is empty. */
export function exceptionLine(err: BaseException): string {
  const name = pythonQualifiedName(err.constructor as typeof BaseException);
  const text = str(err);
  return text === "" ? name : `${name}: ${text}`;
}

/**
 * An uncaught exception group, drawn as CPython's traceback module does (boxes and numbered members), but
 * without the File/line frames: e.g. `  | ExceptionGroup: ... (1 sub-exception)` then `    | ValueError: bad`.
 */
export function formatExceptionGroup(err: unknown, ctx: { depth: number; needClose: boolean }): string[] {
  const out: string[] = [];
  const emit = (text: string, margin = "|"): void => {
    out.push(" ".repeat(2 * ctx.depth) + (ctx.depth > 0 ? margin + " " : "") + text + "\n");
  };
  if (!isExceptionGroup(err)) {
    emit(formatUncaught(err));
    return out;
  }
  const topLevel = ctx.depth === 0;
  if (topLevel) ctx.depth++;
  emit("Exception Group Traceback (most recent call last):", topLevel ? "+" : "|");
  emit(exceptionLine(err));
  const maxWidth = 15;
  const members = err.exceptions;
  const n = members.length <= maxWidth ? members.length : maxWidth + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    if (last) ctx.needClose = true;
    const truncated = i >= maxWidth;
    out.push(" ".repeat(2 * ctx.depth) + (i === 0 ? "+-" : "  ") + `+---------------- ${truncated ? "..." : i + 1} ----------------\n`);
    ctx.depth++;
    if (!truncated) out.push(...formatExceptionGroup(members[i], ctx));
    else emit(`and ${members.length - maxWidth} more exception${members.length - maxWidth > 1 ? "s" : ""}`);
    if (last && ctx.needClose) {
      out.push(" ".repeat(2 * ctx.depth) + "+------------------------------------\n");
      ctx.needClose = false;
    }
    ctx.depth--;
  }
  if (topLevel) ctx.depth = 0;
  return out;
}

/** Python's behaviour for an exception that escapes the program: traceback to stderr, exit status 1. */
export function reportUncaught(err: unknown): void {
  if (err instanceof SystemExit) {
    const code = err.code;
    if (code === null || code === undefined) return hostExit(0);
    if (typeof code === "number") return hostExit(code);
    hostWrite("stderr", str(code) + "\n");
    return hostExit(1);
  }
  // Only the traceback's last line: the File/line frames above it have no meaning for the translation.
  hostWrite("stderr", formatUncaught(err) + "\n");
  hostExit(1);
}

/**
 * A translation run as a plain Node program (`node out/main.js`): an exception that escapes its module-level
 * code ends it as CPython would (the traceback's last line on stderr, status 1, nothing more runs) instead of
 * with Node's stack trace. Not where someone already handles uncaught errors (a test runner, the run worker).
 */
function endUncaughtAsPython(): void {
  const proc = nodeProcess();
  if (!proc?.on || !proc.listenerCount || !proc.exit || proc.listenerCount("uncaughtException") > 0) return;
  const exit = proc.exit.bind(proc);
  proc.on("uncaughtException", (err: unknown) => {
    reportUncaught(err);
    exit(proc.exitCode ?? 1);
  });
}

endUncaughtAsPython();
