/** Python's `time` module as asyncio programs use it: the program's clock (virtual unless the run is in real time), and a sleep that blocks everything. */
import { hostClock } from "./host";
import { EventLoop, loopSlot, virtualClock } from "./loop";

/** When the program started, on the real clock and since the epoch. */
export const programStart = { real: EventLoop.realSeconds(), epoch: Date.now() / 1000 };

/** time.monotonic() and time.perf_counter(): seconds on the program's clock. */
export function monotonic(): number {
  if (hostClock() !== "virtual") return EventLoop.realSeconds() - programStart.real;
  virtualClock.polled = true;
  // Code spinning on the clock without awaiting (`while time.time() < end: pass`) would never see it move.
  if (++virtualClock.readsInPass > SPIN_READS) moveVirtualClock(SPIN_READ_SECONDS);
  return virtualClock.now;
}

/** Reads of the virtual clock within one loop pass after which each read moves it by SPIN_READ_SECONDS. */
const SPIN_READS = 100;
const SPIN_READ_SECONDS = 1e-6;

/** The virtual clock, and the loop's time with it, moves on by `seconds`. */
function moveVirtualClock(seconds: number): void {
  // The loop's time moves with it, so timers that fell due meanwhile run late, as in CPython.
  if (loopSlot.loop) loopSlot.loop.advanceTo(loopSlot.loop.time() + seconds);
  else virtualClock.now += Math.max(0, seconds);
}

/** time.time(): seconds since the epoch, moving with the program's clock. */
export function epochSeconds(): number {
  return programStart.epoch + monotonic();
}

/**
 * time.sleep(seconds): nothing else runs meanwhile, no task and no timer. On the virtual clock the time
 * jumps; in real time the thread really waits (Atomics.wait works in workers, where programs run).
 */
export function blockingSleep(seconds: number): void {
  if (hostClock() === "virtual") {
    moveVirtualClock(seconds);
    return;
  }
  const ms = Math.max(0, seconds * 1000);
  try {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  } catch {
    // A thread that may not block (a browser's main thread): wait by spinning.
    const end = Date.now() + ms;
    while (Date.now() < end) {
      // spin
    }
  }
}
