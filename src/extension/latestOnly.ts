/**
 * Only the newest request counts (pure: no `vscode`, unit-tested). Each request gets a sequence number; one runs at a
 * time, a newer request replaces the one waiting (which resolves `undefined`: superseded), and a result that comes
 * back after a newer request was made is dropped (also `undefined`). Typing fast therefore costs at most one
 * translation in flight and one waiting, and the panel never shows an older text over a newer one.
 */

interface Waiting<Req, Res> {
  readonly seq: number;
  readonly request: Req;
  resolve(value: Res | undefined): void;
  reject(error: unknown): void;
}

export class LatestOnly<Req, Res> {
  private seq = 0;
  private busy = false;
  private waiting: Waiting<Req, Res> | undefined;
  /** How many results were dropped because a newer request had been made (for tests and figures). */
  dropped = 0;

  /** `run` does the work for one request (for instance, a message to a worker and its answer). */
  constructor(private readonly run: (request: Req, seq: number) => Promise<Res>) {}

  /** The newest sequence number given out. */
  get latest(): number {
    return this.seq;
  }

  /** Resolves with the result, or `undefined` when a newer request superseded this one before or after it ran. */
  request(request: Req): Promise<Res | undefined> {
    const seq = ++this.seq;
    return new Promise<Res | undefined>((resolve, reject) => {
      if (this.waiting) {
        this.waiting.resolve(undefined);
        this.dropped++;
      }
      this.waiting = { seq, request, resolve, reject };
      this.pump();
    });
  }

  /** Makes every request made so far stale (their results will be dropped). */
  invalidate(): void {
    this.seq++;
    if (this.waiting) {
      this.waiting.resolve(undefined);
      this.dropped++;
      this.waiting = undefined;
    }
  }

  private pump(): void {
    if (this.busy || !this.waiting) return;
    const job = this.waiting;
    this.waiting = undefined;
    this.busy = true;
    this.run(job.request, job.seq).then(
      (result) => this.finish(job, () => job.resolve(result)),
      (error: unknown) => this.finish(job, () => job.reject(error)),
    );
  }

  private finish(job: Waiting<Req, Res>, settle: () => void): void {
    this.busy = false;
    if (job.seq === this.seq) settle();
    else {
      this.dropped++;
      job.resolve(undefined);
    }
    this.pump();
  }
}
