/**
 * Runs translation jobs (translateJob.ts) in one worker_threads Worker (dist/translateWorker.js), made on first use
 * and reused: the extension host's main thread only posts the request and receives the panel model. A job that
 * takes longer than the time limit, or a worker that dies, ends that worker (the next request makes a new one).
 * Where the worker bundle is absent (unit tests run the sources), jobs run in-process.
 */
import { existsSync } from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { runTranslateJob, type TranslateRequest, type TranslateResult } from "./translateJob";

export interface WorkerRequest {
  readonly id: number;
  readonly request: TranslateRequest;
}

export type WorkerReply = { readonly id: number; readonly ok: true; readonly result: TranslateResult } | { readonly id: number; readonly ok: false; readonly error: string };

interface Pending {
  resolve(result: TranslateResult): void;
  reject(error: Error): void;
  readonly timer: NodeJS.Timeout;
}

export class TranslateClient {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  /** `workerFile`: the worker bundle (undefined or missing: in-process). */
  constructor(
    private readonly workerFile: string | undefined = path.join(__dirname, "translateWorker.js"),
    private readonly timeLimitMs = 20_000,
  ) {}

  /** Whether jobs run in a worker thread (false: in-process). */
  get usesWorker(): boolean {
    return this.workerFile !== undefined && existsSync(this.workerFile);
  }

  translate(request: TranslateRequest): Promise<TranslateResult> {
    const worker = this.ensureWorker();
    if (!worker) return runTranslateJob(request);
    const id = ++this.nextId;
    return new Promise<TranslateResult>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(new Error(`asyncio-ts: the translation took more than ${this.timeLimitMs / 1000} s and was stopped`)), this.timeLimitMs);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, request } satisfies WorkerRequest);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    if (!this.usesWorker || !this.workerFile) return undefined;
    const worker = new Worker(this.workerFile);
    worker.unref();
    worker.on("message", (reply: WorkerReply) => {
      const p = this.pending.get(reply.id);
      if (!p) return;
      this.pending.delete(reply.id);
      clearTimeout(p.timer);
      if (reply.ok) p.resolve(reply.result);
      else p.reject(new Error(reply.error));
    });
    worker.on("error", (error) => this.fail(error));
    worker.on("exit", (code) => {
      if (this.worker === worker) this.fail(new Error(`asyncio-ts: the translation worker exited (code ${code})`));
    });
    this.worker = worker;
    return worker;
  }

  /** Ends the worker and fails every job in it. */
  private fail(error: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(error);
      this.pending.delete(id);
    }
    void worker?.terminate();
  }

  dispose(): void {
    this.fail(new Error("asyncio-ts: the translation worker was closed"));
  }
}
