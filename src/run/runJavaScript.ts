/**
 * Runs translated JavaScript in a worker thread, so an endless synchronous loop can be stopped, and collects
 * what it printed (stdout, stderr), its exit status and its timeline events, within a time and output limit.
 */
import type { LoopEvent } from "../runtime/host";
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

/** Exit status reported when the time limit stopped the program (as GNU `timeout` does). */
export const TIMEOUT_EXIT_CODE = 124;
/** At most this many timeline events are kept (a busy program could otherwise fill memory). */
export const MAX_EVENTS = 100_000;

/** Messages the worker posts (see workerSource). */
export type WorkerMessage =
  | { readonly type: "write"; readonly stream: "stdout" | "stderr"; readonly text: string }
  | { readonly type: "event"; readonly event: LoopEvent }
  | { readonly type: "exit"; readonly code: number };

export async function runJavaScript(js: string, options: RunOptions): Promise<RunResult> {
  // Loaded on first use: worker_threads is a noticeable part of a cold start that only translates.
  const { Worker } = await import("node:worker_threads");
  const timeLimitMs = options.timeLimitMs ?? 10_000;
  const maxOutputBytes = options.maxOutputBytes ?? 1024 * 1024;
  const started = performance.now();
  const out = { stdout: "", stderr: "" };
  const events: LoopEvent[] = [];
  let outputBytes = 0;
  let exitCode: number | null = null;
  let timedOut = false;
  let outputTruncated = false;
  let finished = false;

  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { source: js, clock: options.clock, events: options.events ?? true },
    stdout: false,
    stderr: false,
    // A program that grows memory without bound is stopped by the worker's heap limit, not the machine's.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });

  return new Promise<RunResult>((resolve) => {
    const finish = (): void => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve({
        stdout: out.stdout,
        stderr: out.stderr,
        exitCode: exitCode ?? 0,
        events,
        timedOut,
        outputTruncated,
        wallMs: performance.now() - started,
      });
    };
    const stop = (message: string, code: number): void => {
      out.stderr += (out.stderr === "" || out.stderr.endsWith("\n") ? "" : "\n") + message + "\n";
      exitCode = code;
      finish();
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop(`asyncio-ts: stopped after ${formatSeconds(timeLimitMs)} (time limit)`, TIMEOUT_EXIT_CODE);
    }, timeLimitMs);

    worker.on("message", (msg: WorkerMessage) => {
      if (finished) return;
      if (msg.type === "write") {
        const size = Buffer.byteLength(msg.text, "utf8");
        if (outputBytes + size > maxOutputBytes) {
          out[msg.stream] += truncateUtf8(msg.text, maxOutputBytes - outputBytes);
          outputTruncated = true;
          stop(`asyncio-ts: stopped after ${formatBytes(maxOutputBytes)} of output (output limit)`, 1);
          return;
        }
        outputBytes += size;
        out[msg.stream] += msg.text;
      } else if (msg.type === "event") {
        if (events.length < MAX_EVENTS) events.push(msg.event);
      } else {
        // Messages arrive in order, so everything the program wrote before exiting is already here.
        exitCode = msg.code;
        finish();
      }
    });
    worker.on("error", (err: unknown) => {
      if (finished) return;
      out.stderr += `asyncio-ts: the worker failed: ${err instanceof Error ? err.message : String(err)}\n`;
      exitCode = 1;
      finish();
    });
    // The worker's own event loop drained: the program is over (messages it posted were delivered first).
    worker.on("exit", () => setImmediate(finish));
  });
}

/** The longest prefix of `text` that fits in `bytes` UTF-8 bytes, never splitting a character. */
export function truncateUtf8(text: string, bytes: number): string {
  if (bytes <= 0) return "";
  let used = 0;
  let end = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, "utf8");
    if (used + size > bytes) break;
    used += size;
    end += ch.length;
  }
  return text.slice(0, end);
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
