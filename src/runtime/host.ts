/** Where the program's output goes (stdout/stderr), how the process exits, and which clock asyncio uses: the host that runs the translation (Node, a Web Worker, a test) decides. */

/** One thing that happened while the program ran: the panel draws a timeline of tasks from these. */
export type LoopEvent =
  | { readonly kind: "task-created"; readonly taskId: number; readonly name: string; readonly time: number; readonly parentId: number | null; readonly stack?: string }
  | { readonly kind: "task-step"; readonly taskId: number; readonly name: string; readonly time: number; readonly step: number }
  | {
      readonly kind: "task-done";
      readonly taskId: number;
      readonly name: string;
      readonly time: number;
      readonly outcome: "result" | "exception" | "cancelled";
      readonly error?: string;
    }
  | { readonly kind: "output"; readonly stream: "stdout" | "stderr"; readonly text: string; readonly time: number; readonly taskId: number | null; readonly stack?: string }
  // The rest only when the host asks for a trace (host.trace): what the loop does, step by step.
  | { readonly kind: "loop-iteration"; readonly time: number; readonly ready: readonly EntryLabel[]; readonly timers: readonly { readonly deadline: number; readonly label: EntryLabel }[] }
  | { readonly kind: "loop-run"; readonly time: number; readonly label: EntryLabel }
  | { readonly kind: "suspend"; readonly sid: number; readonly taskId: number | null; readonly what: string; readonly stack: string };

/** What a ready-queue entry or a timer is for, so a trace can name it as a person would ("resume Task-3 at line 8"). */
export type EntryLabel =
  | { readonly kind: "start"; readonly taskId: number }
  /** The task suspended at suspension `sid` goes on (a done-callback in CPython: Task.__wakeup). */
  | { readonly kind: "wake"; readonly taskId: number | null; readonly sid: number }
  /** The timer that ends the wait of suspension `sid` (asyncio.sleep's timer). */
  | { readonly kind: "timer"; readonly sid: number }
  | { readonly kind: "done-callback"; readonly of: string; readonly name: string }
  | { readonly kind: "callback"; readonly name: string; readonly via?: "call_soon" | "call_later" | "call_at" };

/** What a host may provide as `globalThis.asyncioTsHost`; every member is optional. */
export interface AsyncioTsHost {
  readonly clock?: "virtual" | "real";
  /** Record a trace: the runtime then names its callbacks and says where tasks wait (costs a stack capture per wait). */
  readonly trace?: boolean;
  /** The absolute path of the Python file the program was translated from, as CPython prints it in reprs. */
  readonly file?: string;
  /** sys.argv: the script as the command line named it (`-` for standard input), then its arguments. */
  readonly argv?: readonly string[];
  /**
   * The directory of CPython's asyncio package, which its own callbacks show in reprs
   * (`cb=[_run_until_complete_cb() at DIR/base_events.py:180]`); it depends on where Python is installed.
   */
  readonly asyncioDir?: string;
  /**
   * Where that Python defines asyncio's callbacks, by `module:qualname` (`tasks.py:gather.<locals>._done_callback`):
   * the lines move between patch releases. Those it does not give are CPython 3.11.7's.
   */
  readonly asyncioLines?: Readonly<Record<string, number>>;
  write?(stream: "stdout" | "stderr", text: string): void;
  event?(e: LoopEvent): void;
  exit?(code: number): void;
  /**
   * The loop is running with nothing ready and no timer set, and nothing outside the program can wake it (a
   * translation has no I/O): it would wait forever, as CPython does. A runner ends the run with a message.
   */
  stuck?(): void;
}

/** The loop fills these in when it starts, so output events can say when and in which task they happened. */
export const outputContext: { time: () => number; taskId: () => number | null } = {
  time: () => 0,
  taskId: () => null,
};

/** Lines written without a newline yet, for hosts that only have console.log (which always adds one). */
export const pendingConsoleText: { stdout: string; stderr: string } = { stdout: "", stderr: "" };

/** The host installed by the embedder, or an empty one (all defaults). */
export function getHost(): AsyncioTsHost {
  const host = (globalThis as { asyncioTsHost?: AsyncioTsHost }).asyncioTsHost;
  return host ?? {};
}

/** Node's `process`, reached through globalThis so this code also runs in a browser worker. */
export interface NodeProcessLike {
  stdout?: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
  exitCode?: number;
  on?(event: "uncaughtException", listener: (err: unknown) => void): unknown;
  listenerCount?(event: "uncaughtException"): number;
  exit?(code?: number): never;
}

export function nodeProcess(): NodeProcessLike | undefined {
  return (globalThis as { process?: NodeProcessLike }).process;
}

/**
 * Set while the runtime does something CPython does in the order of a set of tasks (by memory address, which
 * differs from the order tasks were made): output from then on may come in another order under CPython.
 * The first such output is preceded by one warning on stderr, so a run never looks exact where it may not be.
 */
export const unorderedOutput: { reason: string | null; warned: boolean } = { reason: null, warned: false };

/** Write text exactly as given (no newline added), like sys.stdout.write. */
export function hostWrite(stream: "stdout" | "stderr", text: string): void {
  if (unorderedOutput.reason !== null && !unorderedOutput.warned) {
    unorderedOutput.warned = true;
    hostWrite("stderr", `asyncio-ts: warning TR3001 ${unorderedOutput.reason}, so what they print from here may come in another order under CPython\n`);
  }
  const host = getHost();
  host.event?.({ kind: "output", stream, text, time: outputContext.time(), taskId: outputContext.taskId(), ...(host.trace ? { stack: callerStack() } : {}) });
  if (host.write) {
    host.write(stream, text);
    return;
  }
  const out = nodeProcess()?.[stream];
  if (out) {
    out.write(text);
    return;
  }
  // console.log adds its own newline, so hold back the unfinished last line until it is complete.
  const lines = (pendingConsoleText[stream] + text).split("\n");
  pendingConsoleText[stream] = lines.pop() ?? "";
  for (const line of lines) consoleLine(stream, line);
}

export function consoleLine(stream: "stdout" | "stderr", line: string): void {
  const c = (globalThis as { console?: { log(s: string): void; error(s: string): void } }).console;
  if (stream === "stdout") c?.log(line);
  else c?.error(line);
}

/** Print what console-only hosts still hold back (called when the program ends). */
export function hostFlush(): void {
  for (const stream of ["stdout", "stderr"] as const) {
    if (pendingConsoleText[stream] !== "") consoleLine(stream, pendingConsoleText[stream]);
    pendingConsoleText[stream] = "";
  }
}

export function hostEvent(e: LoopEvent): void {
  getHost().event?.(e);
}

/** True when the host records a trace (see AsyncioTsHost.trace). */
export function tracing(): boolean {
  return getHost().trace === true;
}

/** The JS stack here, when tracing: the trace finds the program's frames in it (the Python line, the coroutine). */
export function callerStack(): string {
  return tracing() ? (new Error().stack ?? "") : "";
}

const suspensions = { next: 1 };

/** A task starts waiting (on `what`): tracing hosts hear where; returns the wait's id for the entries that end it (0 when not tracing). */
export function noteSuspension(taskId: number | null, what: string, stack: string = callerStack()): number {
  if (!tracing()) return 0;
  const sid = suspensions.next++;
  hostEvent({ kind: "suspend", sid, taskId, what, stack });
  return sid;
}

/** End the program with an exit status, like sys.exit (Node: sets process.exitCode and lets the loop drain). */
/** Tell the runner that the loop can never go on (see AsyncioTsHost.stuck); a host without the hook waits. */
export function hostStuck(): void {
  hostFlush();
  getHost().stuck?.();
}

export function hostExit(code: number): void {
  hostFlush();
  const host = getHost();
  if (host.exit) {
    host.exit(code);
    return;
  }
  const proc = nodeProcess();
  if (proc) proc.exitCode = code;
}

/** Which clock asyncio should use: "real" unless the host asks for a virtual one. */
export function hostClock(): "virtual" | "real" {
  return getHost().clock ?? "real";
}
