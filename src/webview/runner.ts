/// <reference lib="dom" />
/** Runs a translation in a Web Worker made from a blob, within a time limit and an output cap. */
import { limitMessage, TIMEOUT_EXIT_CODE } from "../run/verdict";
import type { TraceEvent } from "../shared/traceEvents";
import { parseWorkerMessage, workerSource, type TimelineEvent, type WorkerToPanel } from "./workerShim";

export interface OutputLine {
  readonly stream: "stdout" | "stderr";
  text: string;
  /** Loop time (seconds) when the line's first character was printed. */
  readonly time: number;
}

export interface RunHandlers {
  onLine(line: OutputLine, isNew: boolean): void;
  onEvent(event: TimelineEvent | TraceEvent): void;
  onExit(result: RunOutcome): void;
}

export interface RunOutcome {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Why the panel stopped the program (time limit, output limit, user), or null when it ended by itself. */
  readonly stopped: string | null;
  readonly wallMs: number;
}

export class Run {
  private worker: Worker | null;
  private readonly url: string;
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly started = performance.now();
  private stdout = "";
  private stderr = "";
  private bytes = 0;
  private lastTime = 0;
  private readonly open: Record<"stdout" | "stderr", OutputLine | null> = { stdout: null, stderr: null };
  private done = false;
  private readonly encoder = new TextEncoder();

  constructor(
    js: string,
    private readonly options: { clock: "virtual" | "real"; timeLimitMs: number; maxOutputBytes: number },
    private readonly handlers: RunHandlers,
  ) {
    this.url = URL.createObjectURL(new Blob([workerSource(js, options.clock)], { type: "text/javascript" }));
    this.worker = new Worker(this.url, { name: "asyncio-ts run" });
    this.worker.onmessage = (e: MessageEvent<unknown>) => {
      const msg = parseWorkerMessage(e.data);
      if (msg) this.onMessage(msg);
      // The program runs in the worker and could post anything: a message of no known shape ends the run as failed.
      else this.stop("the run's worker sent a message of no known shape", 1);
    };
    this.worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      this.write("stderr", `asyncio-ts: the worker failed: ${e.message}\n`);
      this.finish(1, null);
    };
    this.timer = setTimeout(() => this.stop(limitMessage({ kind: "time", ms: options.timeLimitMs }), TIMEOUT_EXIT_CODE), options.timeLimitMs);
  }

  /** Terminate the worker: the message is written to stderr as `asyncio-ts: <message>`. */
  stop(message: string, code = 130): void {
    if (this.done) return;
    this.write("stderr", `${this.stderr === "" || this.stderr.endsWith("\n") ? "" : "\n"}asyncio-ts: ${message}\n`);
    this.finish(code, message);
  }

  private onMessage(msg: WorkerToPanel): void {
    if (this.done) return;
    if (msg.type === "write") {
      const size = this.encoder.encode(msg.text).length;
      if (this.bytes + size > this.options.maxOutputBytes) {
        this.write(msg.stream, truncate(msg.text, this.options.maxOutputBytes - this.bytes, this.encoder));
        this.stop(limitMessage({ kind: "output", bytes: this.options.maxOutputBytes }), 1);
        return;
      }
      this.bytes += size;
      this.write(msg.stream, msg.text);
    } else if (msg.type === "event") {
      if (msg.event.kind === "output" && "time" in msg.event) this.lastTime = msg.event.time;
      this.handlers.onEvent(msg.event); // the worker sends at most MAX_EVENTS
    } else {
      this.finish(msg.code, null);
    }
  }

  private write(stream: "stdout" | "stderr", text: string): void {
    if (stream === "stdout") this.stdout += text;
    else this.stderr += text;
    const parts = text.split("\n");
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last && part === "") {
        return;
      }
      let line = this.open[stream];
      const isNew = line === null;
      if (line === null) line = { stream, text: "", time: this.lastTime };
      line.text += part;
      this.handlers.onLine(line, isNew);
      this.open[stream] = last ? line : null;
    });
  }

  private finish(exitCode: number, stopped: string | null): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.timer);
    this.worker?.terminate();
    this.worker = null;
    URL.revokeObjectURL(this.url);
    this.handlers.onExit({ exitCode, stdout: this.stdout, stderr: this.stderr, stopped, wallMs: performance.now() - this.started });
  }

  get running(): boolean {
    return !this.done;
  }
}

function truncate(text: string, bytes: number, encoder: TextEncoder): string {
  let used = 0;
  let out = "";
  for (const ch of text) {
    used += encoder.encode(ch).length;
    if (used > bytes) break;
    out += ch;
  }
  return out;
}
