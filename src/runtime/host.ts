/** Where the program's output goes (stdout/stderr), how the process exits, and which clock asyncio uses: the host that runs the translation (Node, a Web Worker, a test) decides. */

/** One thing that happened while the program ran: the panel draws a timeline of tasks from these. */
export type LoopEvent =
  | { readonly kind: "task-created"; readonly taskId: number; readonly name: string; readonly time: number; readonly parentId: number | null }
  | { readonly kind: "task-step"; readonly taskId: number; readonly name: string; readonly time: number; readonly step: number }
  | {
      readonly kind: "task-done";
      readonly taskId: number;
      readonly name: string;
      readonly time: number;
      readonly outcome: "result" | "exception" | "cancelled";
    }
  | { readonly kind: "output"; readonly stream: "stdout" | "stderr"; readonly text: string; readonly time: number; readonly taskId: number | null };

/** What a host may provide as `globalThis.asyncioTsHost`; every member is optional. */
export interface AsyncioTsHost {
  readonly clock?: "virtual" | "real";
  write?(stream: "stdout" | "stderr", text: string): void;
  event?(e: LoopEvent): void;
  exit?(code: number): void;
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
}

export function nodeProcess(): NodeProcessLike | undefined {
  return (globalThis as { process?: NodeProcessLike }).process;
}

/** Write text exactly as given (no newline added), like sys.stdout.write. */
export function hostWrite(stream: "stdout" | "stderr", text: string): void {
  const host = getHost();
  host.event?.({ kind: "output", stream, text, time: outputContext.time(), taskId: outputContext.taskId() });
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

/** End the program with an exit status, like sys.exit (Node: sets process.exitCode and lets the loop drain). */
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
