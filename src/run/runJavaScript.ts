/**
 * Runs translated JavaScript in a worker thread, so an endless synchronous loop can be stopped, and collects
 * what it printed (stdout, stderr), its exit status and its timeline events, within a time and output limit.
 */
import type { LoopEvent } from "../runtime/host";
import { limitMessage, MAX_EVENTS, TIMEOUT_EXIT_CODE } from "./verdict";
import { workerSource } from "./workerSource";

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
  /** The directory of CPython's asyncio package, which asyncio's own callbacks show in reprs (see AsyncioTsHost). */
  readonly asyncioDir?: string;
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

/** Messages the worker posts (see workerSource); what it prints goes through an OutputBuffer instead. */
export type WorkerMessage =
  | { readonly type: "event"; readonly event: LoopEvent }
  | { readonly type: "outputLimit" }
  | { readonly type: "exit"; readonly code: number };

/**
 * What the program prints, in memory shared with the worker: one region per stream, each as large as the
 * limit, and counters (bytes used in each, and in both together). The parent reads it when the run ends,
 * however it ends, so output written just before an endless loop is kept.
 */
class OutputBuffer {
  readonly shared: { readonly counters: SharedArrayBuffer; readonly stdout: SharedArrayBuffer; readonly stderr: SharedArrayBuffer; readonly limit: number };
  private readonly used: Int32Array;

  constructor(limit: number) {
    this.shared = { counters: new SharedArrayBuffer(3 * 4), stdout: new SharedArrayBuffer(limit), stderr: new SharedArrayBuffer(limit), limit };
    this.used = new Int32Array(this.shared.counters);
  }

  text(stream: "stdout" | "stderr"): string {
    const bytes = Atomics.load(this.used, stream === "stdout" ? 0 : 1);
    return Buffer.from(this.shared[stream], 0, bytes).toString("utf8");
  }
}

type Worker = import("node:worker_threads").Worker;

/** A worker started ahead of its job (prepareRunWorker), or null. */
let spare: Worker | null = null;

async function startWorker(): Promise<Worker> {
  // Loaded on first use: worker_threads is a noticeable part of a cold start that only translates.
  const { Worker } = await import("node:worker_threads");
  return new Worker(workerSource, {
    eval: true,
    stdout: false,
    stderr: false,
    // A program that grows memory without bound is stopped by the worker's heap limit, not the machine's.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
}

/**
 * Starts the next run's worker now, so that its start (a new V8 isolate and Node's bootstrap: most of a short
 * run's time) overlaps other work: the CLI calls it before translating, the extension after a run. The worker
 * waits for its job and does not keep the process alive meanwhile; the next runJavaScript takes it. Each worker
 * still runs one program (it runs in the worker's global scope).
 */
export async function prepareRunWorker(): Promise<void> {
  if (spare) return;
  const worker = await startWorker();
  if (spare) {
    void worker.terminate();
    return;
  }
  worker.unref();
  // A worker that fails before its job is simply not used (the run makes a new one).
  worker.on("error", () => undefined);
  worker.once("exit", () => {
    if (spare === worker) spare = null;
  });
  spare = worker;
}

export async function runJavaScript(js: string, options: RunOptions): Promise<RunResult> {
  const timeLimitMs = options.timeLimitMs ?? 10_000;
  const maxOutputBytes = options.maxOutputBytes ?? 1024 * 1024;
  const started = performance.now();
  const output = new OutputBuffer(maxOutputBytes);
  /** What the runner itself says on stderr after the program's output (time limit, worker failure). */
  let runnerMessages = "";
  const events: LoopEvent[] = [];
  let exitCode: number | null = null;
  let timedOut = false;
  let outputTruncated = false;
  let finished = false;

  const worker = spare ?? (await startWorker());
  spare = null;
  worker.ref();
  worker.postMessage({ source: js, clock: options.clock, file: options.file, asyncioDir: options.asyncioDir, events: options.events ?? true, maxEvents: options.maxEvents ?? MAX_EVENTS, trace: options.trace === true, output: output.shared });

  return new Promise<RunResult>((resolve) => {
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      void worker.terminate();
      const stderr = output.text("stderr");
      resolve({
        stdout: output.text("stdout"),
        stderr: runnerMessages === "" ? stderr : stderr + (stderr === "" || stderr.endsWith("\n") ? "" : "\n") + runnerMessages,
        exitCode: exitCode ?? 0,
        events,
        timedOut,
        outputTruncated,
        wallMs: performance.now() - started,
      });
    };
    const stop = (message: string, code: number): void => {
      runnerMessages += message + "\n";
      exitCode = code;
      finish();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop(`asyncio-ts: ${limitMessage({ kind: "time", ms: timeLimitMs })}`, TIMEOUT_EXIT_CODE);
    }, timeLimitMs);

    worker.on("message", (msg: WorkerMessage) => {
      if (finished) return;
      if (msg.type === "outputLimit") {
        outputTruncated = true;
        stop(`asyncio-ts: ${limitMessage({ kind: "output", bytes: maxOutputBytes })}`, 1);
      } else if (msg.type === "event") {
        events.push(msg.event);
      } else {
        // The program wrote its output to the shared buffer before it posted this.
        exitCode = msg.code;
        finish();
      }
    });
    worker.on("error", (err: unknown) => {
      if (finished) return;
      runnerMessages += `asyncio-ts: the worker failed: ${err instanceof Error ? err.message : String(err)}\n`;
      exitCode = 1;
      finish();
    });
    // The worker's own event loop drained: the program is over (messages it posted were delivered first).
    worker.on("exit", () => setImmediate(finish));
  });
}
