/** asyncio.Barrier (3.11): `parties` tasks wait() until all have arrived, then all go on; abort()/reset() break it with BrokenBarrierError. Follows CPython's code on a Condition, so wake-ups come in the same order. */
import { RuntimeError, ValueError } from "./exceptions";
import { Condition } from "./condition";
import { addressedRepr } from "./repr";

/** Raised in tasks waiting at (or arriving at) a barrier that was aborted or reset. */
export class BrokenBarrierError extends RuntimeError {
  static readonly pythonModule = "asyncio.exceptions";
}

type BarrierState = "filling" | "draining" | "resetting" | "broken";

export class Barrier {
  static readonly pythonModule = "asyncio.locks";
  private readonly cond = new Condition();
  private state: BarrierState = "filling";
  /** Tasks inside wait() (CPython's _count). */
  private count = 0;

  constructor(readonly parties: number) {
    if (parties < 1) throw new ValueError("parties must be > 0");
  }

  /** `async with barrier as index:` waits at the barrier; leaving the block does nothing. */
  enter(): Promise<number> {
    return this.wait();
  }

  exit(): void {}

  /** The task's arrival index, 0 to parties-1; the last to arrive releases them all. */
  async wait(): Promise<number> {
    await this.cond.acquire();
    try {
      await this.block();
      try {
        const index = this.count;
        this.count++;
        if (index + 1 === this.parties) this.release();
        else await this.waitReleased();
        return index;
      } finally {
        this.count--;
        this.leave();
      }
    } finally {
      this.cond.release();
    }
  }

  /** Tasks waiting now get BrokenBarrierError; the barrier is usable again once they have left. */
  async reset(): Promise<void> {
    await this.cond.acquire();
    try {
      if (this.count > 0) this.state = "resetting";
      else this.state = "filling";
      this.cond.notifyAll();
    } finally {
      this.cond.release();
    }
  }

  /** Break the barrier for good: waiting and arriving tasks get BrokenBarrierError. */
  async abort(): Promise<void> {
    await this.cond.acquire();
    try {
      this.state = "broken";
      this.cond.notifyAll();
    } finally {
      this.cond.release();
    }
  }

  /** barrier.n_waiting: tasks waiting while it fills (0 while it drains). */
  get nWaiting(): number {
    return this.state === "filling" ? this.count : 0;
  }

  get broken(): boolean {
    return this.state === "broken";
  }

  __repr__(): string {
    return addressedRepr(this, this.broken ? this.state : `${this.state}, waiters:${this.nWaiting}/${this.parties}`);
  }

  /** Wait while the barrier drains or resets; raise if it is broken. */
  private async block(): Promise<void> {
    await this.cond.waitFor(() => this.state !== "draining" && this.state !== "resetting");
    if (this.state === "broken") throw new BrokenBarrierError("Barrier aborted");
  }

  private release(): void {
    this.state = "draining";
    this.cond.notifyAll();
  }

  private async waitReleased(): Promise<void> {
    await this.cond.waitFor(() => this.state !== "filling");
    if (this.state === "broken" || this.state === "resetting") throw new BrokenBarrierError("Abort or reset of barrier");
  }

  /** The last task out lets the next round fill. */
  private leave(): void {
    if (this.count === 0) {
      if (this.state === "resetting" || this.state === "draining") this.state = "filling";
      this.cond.notifyAll();
    }
  }
}
