/**
 * Runs translated JavaScript in a child process of its own (see childSource for why not a worker thread), so an
 * endless synchronous loop can be stopped and a program that exhausts its heap ends alone, and collects what it
 * printed (stdout, stderr), its exit status and its timeline events, within a time, output and memory limit.
 */
import type { ChildProcess } from "node:child_process";
import type { Readable } from "node:stream";
import type { LoopEvent } from "../runtime/host";
import { limitMessage, MAX_EVENTS, MEMORY_LIMIT_MB, TIMEOUT_EXIT_CODE } from "./verdict";
import { CHILD_FD, childSource } from "./childSource";
import { hasExactKeys, isEventShape, isExitStatus } from "./records";

export interface RunOptions {
  /** "virtual": sleeps take no wall time and loop.time() jumps; "real": they really wait. */
  readonly clock: "virtual" | "real";
  /** Wall-clock limit for the whole run (default 10 000 ms). */
  readonly timeLimitMs?: number;
  /** Limit on stdout + stderr together, in UTF-8 bytes (default 1 MiB). */
  readonly maxOutputBytes?: number;
  /** Collect timeline events (default true). */
  readonly events?: boolean;
  /** Ask the runtime for a trace (loop iterations, waits with their stacks): see shared/loopTrace.ts. */
  readonly trace?: boolean;
  /** At most this many events (default MAX_EVENTS). */
  readonly maxEvents?: number;
  /** The Python file's absolute path, which asyncio's reprs show (`coro=<work() running at FILE:3>`). */
  readonly file?: string;
  /** sys.argv as CPython would have it (see AsyncioTsHost.argv). */
  readonly argv?: readonly string[];
  /** The directory of CPython's asyncio package, which asyncio's own callbacks show in reprs (see AsyncioTsHost). */
  readonly asyncioDir?: string;
  /** Where that Python defines asyncio's callbacks (see AsyncioTsHost.asyncioLines and probePython). */
  readonly asyncioLines?: Readonly<Record<string, number>>;
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  readonly events: LoopEvent[];
  readonly timedOut: boolean;
  readonly outputTruncated: boolean;
  readonly wallMs: number;
}

/** The records the child writes on its records channel, one JSON value per line (see childSource). */
export type ChildRecord =
  | { readonly type: "event"; readonly event: LoopEvent }
  | { readonly type: "outputLimit" }
  | { readonly type: "exit"; readonly code: number };

/** One line of the records channel as a record, or null when it is not one of the three shapes. */
export function parseChildRecord(line: string): ChildRecord | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  if (hasExactKeys(value, ["type", "event"]) && value.type === "event" && isEventShape(value.event)) return { type: "event", event: value.event as LoopEvent };
  if (hasExactKeys(value, ["type"]) && value.type === "outputLimit") return { type: "outputLimit" };
  if (hasExactKeys(value, ["type", "code"]) && value.type === "exit" && isExitStatus(value.code)) return { type: "exit", code: value.code };
  return null;
}

/** A child started ahead of its job (prepareRunProcess), or null. */
let spare: ChildProcess | null = null;

async function startChild(): Promise<ChildProcess> {
  // Loaded on first use: child_process is a noticeable part of a cold start that only translates.
  const { spawn } = await import("node:child_process");
  return spawn(process.execPath, [...sandboxFlags(), `--max-old-space-size=${MEMORY_LIMIT_MB}`, "-e", childSource], {
    env: childEnvironment(),
    stdio: ["pipe", "pipe", "pipe", "pipe", "pipe", "pipe"],
    windowsHide: true,
  });
}

/**
 * Nothing of the user's environment: a program has no business reading it. In VS Code, execPath is Electron's
 * binary, which ELECTRON_RUN_AS_NODE makes behave as Node. TZ only sets the zone of local times
 * (time.strftime), so that they are the ones CPython shows under the same environment.
 */
export function childEnvironment(): Record<string, string> {
  return { ELECTRON_RUN_AS_NODE: "1", ...(process.env.TZ !== undefined ? { TZ: process.env.TZ } : {}) };
}

/**
 * The third wall around a program, should it ever get out of the context it runs in (childSource, SECURITY.md): no code from
 * strings (`Function("...")`, `eval`: the way from any object to the host), and Node's permission model with
 * nothing allowed (no file read or written by path, no child process, no worker, no addon). The flag's name
 * depends on the Node that runs us (an editor bundles its own), so it is looked up.
 */
export function sandboxFlags(): string[] {
  const flags = ["--disallow-code-generation-from-strings", "--no-warnings"];
  const permission = ["--permission", "--experimental-permission"].find((flag) => process.allowedNodeEnvironmentFlags.has(flag));
  return permission ? [...flags, permission] : flags;
}

/**
 * Starts the next run's child now, so that its start (a new Node process: most of a short run's time) overlaps
 * other work: the CLI calls it before translating, the extension after a run. The child waits for its job and
 * does not keep this process alive meanwhile; the next runJavaScript takes it. Each child runs one program.
 */
export async function prepareRunProcess(): Promise<void> {
  if (spare) return;
  const child = await startChild();
  if (spare) {
    child.kill("SIGKILL");
    return;
  }
  keepAlive(child, false);
  // A child that fails before its job is simply not used (the run makes a new one).
  child.on("error", () => undefined);
  child.once("exit", () => {
    if (spare === child) spare = null;
  });
  spare = child;
}

/** Whether the child (and its pipes) keep this process alive: not while it waits as a spare. */
function keepAlive(child: ChildProcess, alive: boolean): void {
  const method = alive ? "ref" : "unref";
  child[method]();
  for (const stream of child.stdio) (stream as { ref?: () => void; unref?: () => void } | null)?.[method]?.();
}

/** One of the child's extra channels (Node's types know of five stdio entries). */
function channel(child: ChildProcess, fd: number): Readable {
  return (child.stdio as readonly unknown[])[fd] as Readable;
}

/** Bytes read from one of the child's channels, kept up to a cap (the child keeps to the limit itself). */
function collect(stream: Readable | null, cap: number): () => Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  stream?.on("data", (chunk: Buffer) => {
    if (size >= cap) return;
    chunks.push(chunk.subarray(0, cap - size));
    size += chunk.length;
  });
  return () => Buffer.concat(chunks);
}

export async function runJavaScript(js: string, options: RunOptions): Promise<RunResult> {
  const timeLimitMs = options.timeLimitMs ?? 10_000;
  const maxOutputBytes = options.maxOutputBytes ?? 1024 * 1024;
  const maxEvents = options.maxEvents ?? MAX_EVENTS;
  const started = performance.now();
  /** What the runner itself says on stderr after the program's output (a limit, a failure). */
  let runnerMessages = "";
  const events: LoopEvent[] = [];
  let exitCode: number | null = null;
  let timedOut = false;
  let outputTruncated = false;
  let finished = false;

  const child = spare ?? (await startChild());
  spare = null;
  keepAlive(child, true);
  const stdout = collect(channel(child, CHILD_FD.stdout), maxOutputBytes);
  const stderr = collect(channel(child, CHILD_FD.stderr), maxOutputBytes);
  // What Node or V8 themselves said (a fatal error), never shown as the program's output.
  const diagnostics = collect(child.stderr, 64 * 1024);
  child.stdout?.resume();

  return new Promise<RunResult>((resolve) => {
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      const err = stderr().toString("utf8");
      resolve({
        stdout: stdout().toString("utf8"),
        stderr: runnerMessages === "" ? err : err + (err === "" || err.endsWith("\n") ? "" : "\n") + runnerMessages,
        exitCode: exitCode ?? 0,
        events,
        timedOut,
        outputTruncated,
        wallMs: performance.now() - started,
      });
    };
    // At the limit the child is killed; the run ends when its channels close, so that what it wrote before is read.
    const timer = setTimeout(() => {
      timedOut = true;
      runnerMessages += `asyncio-ts: ${limitMessage({ kind: "time", ms: timeLimitMs })}\n`;
      exitCode = TIMEOUT_EXIT_CODE;
      child.kill("SIGKILL");
    }, timeLimitMs);

    const onRecord = (record: ChildRecord): void => {
      if (record.type === "event") {
        if (events.length < maxEvents) events.push(record.event);
      } else if (record.type === "outputLimit") {
        outputTruncated = true;
        exitCode = 1;
        runnerMessages += `asyncio-ts: ${limitMessage({ kind: "output", bytes: maxOutputBytes })}\n`;
      } else exitCode = record.code;
    };
    let partial = "";
    const records = channel(child, CHILD_FD.records);
    records.setEncoding("utf8");
    records.on("data", (text: string) => {
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      // Only the child's own code writes this channel; a line it could not finish (an abort) is dropped, and so is
      // anything not of a record's shape (it cannot come from the child's code, which writes them as literals).
      for (const line of lines) {
        const record = parseChildRecord(line);
        if (record) onRecord(record);
      }
    });
    child.on("error", (err: Error) => {
      runnerMessages += `asyncio-ts: the program could not be started: ${err.message}\n`;
      exitCode = 1;
      finish();
    });
    child.on("close", (code, signal) => {
      if (exitCode === null) {
        const fatal = diagnostics().toString("utf8");
        if (/heap out of memory|allocation failed/i.test(fatal)) {
          runnerMessages += `asyncio-ts: ${limitMessage({ kind: "memory", mb: MEMORY_LIMIT_MB })}\n`;
          exitCode = 1;
        } else if (signal !== null || code !== 0) {
          const line = fatal.split("\n").find((l) => l.trim() !== "");
          runnerMessages += `asyncio-ts: the program's process ended ${signal !== null ? `by ${signal}` : `with status ${code}`}${line ? `: ${line.trim()}` : ""}\n`;
          exitCode = 1;
        }
      }
      finish();
    });
    child.stdin?.on("error", () => undefined);
    child.stdin?.end(JSON.stringify({ source: js, clock: options.clock, file: options.file, argv: options.argv, asyncioDir: options.asyncioDir, asyncioLines: options.asyncioLines, events: options.events ?? true, maxEvents, trace: options.trace === true, maxOutputBytes }));
  });
}
