// asyncio.timeout()/timeout_at() and asyncio.Condition on our runtime: each case is a Python program and its
// hand translation (the form the translator emits); the expected output is what python3 prints.
import assert from "node:assert/strict";
import { Condition } from "../../src/runtime/condition";
import { CancelledError, RuntimeError, TimeoutError } from "../../src/runtime/exceptions";
import { gather } from "../../src/runtime/gather";
import { print } from "../../src/runtime/print";
import { repr } from "../../src/runtime/repr";
import { Lock } from "../../src/runtime/sync";
import { type Coroutine, createTask, currentTask, sleep } from "../../src/runtime/tasks";
import { Timeout, timeoutAfter, timeoutAt } from "../../src/runtime/timeouts";
import { time } from "../../src/runtime/loop";
import { lastLine, runOurs, runPython } from "./runtimeHarness.test";

/** `except E as e: print(label, e)` for the class a case expects. */
function report(label: string, err: unknown, cls: typeof RuntimeError): void {
  if (!(err instanceof cls)) throw err;
  print(label, err);
}

const cases: { name: string; py: string; main: Coroutine<unknown> }[] = [
  {
    name: "timeout: the body is cancelled at the deadline (its cleanup runs), then TimeoutError from the CancelledError",
    py: `
import asyncio
async def main():
    cm = asyncio.timeout(0.1)
    print(repr(cm))
    try:
        async with cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled, expired:", cm.expired())
                raise
            finally:
                print("cleanup")
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__, repr(cm))
    print(cm.expired(), asyncio.current_task().cancelling())
    async with asyncio.timeout(1) as ok:
        await asyncio.sleep(0.05)
    print(repr(ok), ok.expired())
asyncio.run(main())`,
    main: async () => {
      const cm = timeoutAfter(0.1);
      print(repr(cm));
      try {
        cm.enter();
        try {
          try {
            await sleep(1);
          } catch (err) {
            if (err instanceof CancelledError) print("body cancelled, expired:", cm.expired());
            throw err;
          } finally {
            print("cleanup");
          }
        } catch (err) {
          cm.exit(err);
          throw err;
        }
        cm.exit(null);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("TimeoutError", (e.__cause__ as Error).name, repr(cm));
      }
      print(cm.expired(), currentTask()!.cancelling());
      const ok = timeoutAfter(1).enter();
      await sleep(0.05);
      ok.exit(null);
      print(repr(ok), ok.expired());
    },
  },
  {
    name: "timeout: a cancellation from elsewhere stays a CancelledError, even when the deadline also passed",
    py: `
import asyncio
async def guarded(delay):
    try:
        async with asyncio.timeout(delay) as cm:
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("CancelledError, expired:", cm.expired())
        raise
async def main():
    t = asyncio.create_task(guarded(0.5))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer sees cancelled:", t.cancelled())
    async def both():
        async with asyncio.timeout(0.1) as cm:
            asyncio.current_task().cancel()
            await asyncio.sleep(0.2)
    t = asyncio.create_task(both())
    await asyncio.sleep(0.05)
    try:
        await t
    except asyncio.CancelledError:
        print("both: cancelled, not a timeout")
asyncio.run(main())`,
    main: async () => {
      const guarded = async (delay: number): Promise<void> => {
        let cm!: Timeout;
        try {
          cm = timeoutAfter(delay).enter();
          try {
            await sleep(1);
          } catch (err) {
            cm.exit(err);
            throw err;
          }
          cm.exit(null);
        } catch (err) {
          if (err instanceof CancelledError) print("CancelledError, expired:", cm.expired());
          throw err;
        }
      };
      let t = createTask(() => guarded(0.5));
      await sleep(0.1);
      t.cancel();
      try {
        await t;
      } catch (err) {
        if (!(err instanceof CancelledError)) throw err;
        print("outer sees cancelled:", t.cancelled());
      }
      const both = async (): Promise<void> => {
        const cm = timeoutAfter(0.1).enter();
        try {
          currentTask()!.cancel();
          await sleep(0.2);
        } catch (err) {
          cm.exit(err);
          throw err;
        }
        cm.exit(null);
      };
      t = createTask(both);
      await sleep(0.05);
      try {
        await t;
      } catch (err) {
        if (!(err instanceof CancelledError)) throw err;
        print("both: cancelled, not a timeout");
      }
    },
  },
  {
    name: "timeout: when() and reschedule(), a past deadline, None, and the state errors",
    py: `
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(None)
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError", e)
    async with cm:
        print(cm.when())
        cm.reschedule(loop.time() - 1)
        print("past deadline, not yet expired:", cm.expired())
        cm.reschedule(None)
        await asyncio.sleep(0.1)
    print("None never fires:", cm.expired(), repr(cm))
    for bad in (lambda: cm.reschedule(2), cm.__aenter__):
        try:
            r = bad()
            if r is not None:
                await r
        except RuntimeError as e:
            print("RuntimeError", e)
    try:
        async with asyncio.timeout(0) as zero:
            print("body runs first")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout(0) fires on the next pass:", zero.expired())
    async with asyncio.timeout(-1) as quick:
        pass
    print("no await, no timeout:", quick.expired(), repr(quick))
asyncio.run(main())`,
    main: async () => {
      const cm = timeoutAt(null);
      try {
        cm.reschedule(1);
      } catch (e) {
        report("RuntimeError", e, RuntimeError);
      }
      cm.enter();
      print(cm.when());
      cm.reschedule(time() - 1);
      print("past deadline, not yet expired:", cm.expired());
      cm.reschedule(null);
      await sleep(0.1);
      cm.exit(null);
      print("None never fires:", cm.expired(), repr(cm));
      for (const bad of [() => cm.reschedule(2), () => cm.enter()]) {
        try {
          bad();
        } catch (e) {
          report("RuntimeError", e, RuntimeError);
        }
      }
      const zero = timeoutAfter(0).enter();
      try {
        try {
          print("body runs first");
          await sleep(0);
          print("not reached");
        } catch (err) {
          zero.exit(err);
          throw err;
        }
        zero.exit(null);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("timeout(0) fires on the next pass:", zero.expired());
      }
      const quick = timeoutAfter(-1).enter();
      quick.exit(null);
      print("no await, no timeout:", quick.expired(), repr(quick));
    },
  },
  {
    name: "timeout: nested blocks, the outer deadline fires first and only the outer block raises TimeoutError",
    py: `
import asyncio
async def main():
    try:
        async with asyncio.timeout(0.1) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inner passes the cancellation on:", inner.expired(), outer.expired())
                raise
    except TimeoutError:
        print("outer TimeoutError")
asyncio.run(main())`,
    main: async () => {
      try {
        const outer = timeoutAfter(0.1).enter();
        try {
          let inner!: Timeout;
          try {
            inner = timeoutAfter(0.5).enter();
            try {
              await sleep(1);
            } catch (err) {
              inner.exit(err);
              throw err;
            }
            inner.exit(null);
          } catch (err) {
            if (err instanceof CancelledError) print("inner passes the cancellation on:", inner.expired(), outer.expired());
            throw err;
          }
        } catch (err) {
          outer.exit(err);
          throw err;
        }
        outer.exit(null);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("outer TimeoutError");
      }
    },
  },
  {
    name: "Condition: a cancelled waiter takes the lock back before its CancelledError propagates",
    py: `
import asyncio
async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("waiter cancelled, holds lock:", cond.locked())
            raise
    print("not reached")
async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0.1)
    async with cond:
        t.cancel()
        await asyncio.sleep(0.1)
        print("main still holds the lock, waiter waits for it")
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled(), cond.locked())
asyncio.run(main())`,
    main: async () => {
      const waiter = async (cond: Condition): Promise<void> => {
        await cond.acquire();
        try {
          try {
            await cond.wait();
          } catch (err) {
            if (err instanceof CancelledError) print("waiter cancelled, holds lock:", cond.locked());
            throw err;
          }
        } finally {
          cond.release();
        }
        print("not reached");
      };
      const cond = new Condition();
      const t = createTask(() => waiter(cond));
      await sleep(0.1);
      await cond.acquire();
      try {
        t.cancel();
        await sleep(0.1);
        print("main still holds the lock, waiter waits for it");
      } finally {
        cond.release();
      }
      await gather([t], { returnExceptions: true });
      print(t.cancelled(), cond.locked());
    },
  },
  {
    name: "Condition: notify(n) beyond the waiters, notify_all in FIFO order, wait_for's truthy value, a shared Lock",
    py: `
import asyncio
async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    box = []
    async def w(n):
        async with cond:
            await cond.wait()
            print("woke", n)
    async def want():
        async with cond:
            got = await cond.wait_for(lambda: box[:])
            print("wait_for gave", got)
    tasks = [asyncio.create_task(w(i)) for i in range(3)] + [asyncio.create_task(want())]
    await asyncio.sleep(0.1)
    async with lock:
        cond.notify(10)
    await asyncio.sleep(0.1)
    async with cond:
        box.append("x")
        cond.notify_all()
        print("notified, lock held by main:", lock.locked())
    await asyncio.gather(*tasks)
    print(lock.locked())
asyncio.run(main())`,
    main: async () => {
      const lock = new Lock();
      const cond = new Condition(lock);
      const box: string[] = [];
      const w = async (n: number): Promise<void> => {
        await cond.acquire();
        try {
          await cond.wait();
          print("woke", n);
        } finally {
          cond.release();
        }
      };
      const want = async (): Promise<void> => {
        await cond.acquire();
        try {
          const got = await cond.waitFor(() => box.slice());
          print("wait_for gave", got);
        } finally {
          cond.release();
        }
      };
      const tasks = [...[0, 1, 2].map((i) => createTask(() => w(i))), createTask(want)];
      await sleep(0.1);
      await lock.acquire();
      try {
        cond.notify(10);
      } finally {
        lock.release();
      }
      await sleep(0.1);
      await cond.acquire();
      try {
        box.push("x");
        cond.notifyAll();
        print("notified, lock held by main:", lock.locked());
      } finally {
        cond.release();
      }
      await gather(tasks);
      print(lock.locked());
    },
  },
];

describe("runtime asyncio.timeout and Condition (expected: python3's output)", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const expected = await runPython(c.py);
      const ours = await runOurs(c.main);
      assert.equal(ours.stdout, expected.stdout);
      assert.equal(ours.exitCode, expected.exitCode);
      if (expected.exitCode !== 0) assert.equal(lastLine(ours.stderr), lastLine(expected.stderr));
    });
  }
});
