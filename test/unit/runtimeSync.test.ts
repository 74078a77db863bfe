// Locks, events, semaphores, queues, wait_for/wait/as_completed/shield: each case is a Python program and
// its hand translation; the expected output is what python3 prints for the Python program.
import assert from "node:assert/strict";
import { CancelledError, ExceptionGroup, TimeoutError, ValueError } from "../../src/runtime/exceptions";
import { gather } from "../../src/runtime/gather";
import { print } from "../../src/runtime/print";
import { Queue, QueueEmpty } from "../../src/runtime/queues";
import { repr, str } from "../../src/runtime/repr";
import { TaskGroup, taskGroup } from "../../src/runtime/taskGroup";
import { Event, Lock, Semaphore } from "../../src/runtime/sync";
import { type Coroutine, type Task, createTask, sleep } from "../../src/runtime/tasks";
import { getRunningLoop } from "../../src/runtime/eventLoops";
import { FIRST_COMPLETED, asCompleted, shield, wait, waitFor } from "../../src/runtime/waiting";
import { lastLine, runOurs, runPython } from "./runtimeHarness.test";

const cases: { name: string; py: string; main: Coroutine<unknown> }[] = [
  {
    name: "Lock: waiters get the lock in FIFO order",
    py: `
import asyncio
async def worker(lock, n):
    print(n, "wants")
    async with lock:
        print(n, "has")
        await asyncio.sleep(0.1)
        print(n, "releases")
async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(worker(lock, i) for i in range(3)))
    print(lock.locked())
asyncio.run(main())`,
    main: async () => {
      const worker = async (lock: Lock, n: number): Promise<void> => {
        print(n, "wants");
        await lock.acquire();
        try {
          print(n, "has");
          await sleep(0.1);
          print(n, "releases");
        } finally {
          lock.release();
        }
      };
      const lock = new Lock();
      await gather([0, 1, 2].map((i) => () => worker(lock, i)));
      print(lock.locked());
    },
  },
  {
    name: "Event: set() wakes every waiter, in the order they waited",
    py: `
import asyncio
async def waiter(ev, n):
    print(n, "waiting")
    r = await ev.wait()
    print(n, "woke", r)
async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, i)) for i in range(3)]
    await asyncio.sleep(0.1)
    print("setting", ev.is_set())
    ev.set()
    print("set")
    await asyncio.gather(*tasks)
    print(await ev.wait())
asyncio.run(main())`,
    main: async () => {
      const waiter = async (ev: Event, n: number): Promise<void> => {
        print(n, "waiting");
        const r = await ev.wait();
        print(n, "woke", r);
      };
      const ev = new Event();
      const tasks = [0, 1, 2].map((i) => createTask(() => waiter(ev, i)));
      await sleep(0.1);
      print("setting", ev.isSet());
      ev.set();
      print("set");
      await gather(tasks);
      print(await ev.wait());
    },
  },
  {
    name: "Semaphore(2): two at a time",
    py: `
import asyncio
async def job(sem, n):
    async with sem:
        print(n, "start")
        await asyncio.sleep(0.1 * (n + 1))
        print(n, "end")
async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(job(sem, i) for i in range(4)))
asyncio.run(main())`,
    main: async () => {
      const job = async (sem: Semaphore, n: number): Promise<void> => {
        await sem.acquire();
        try {
          print(n, "start");
          await sleep(0.1 * (n + 1));
          print(n, "end");
        } finally {
          sem.release();
        }
      };
      const sem = new Semaphore(2);
      await gather([0, 1, 2, 3].map((i) => () => job(sem, i)));
    },
  },
  {
    name: "Queue: producer and consumers, bounded, task_done/join",
    py: `
import asyncio
async def producer(q):
    for i in range(5):
        await q.put(i)
        print("put", i, q.qsize())
async def consumer(q, name, delay):
    while True:
        item = await q.get()
        print(name, "got", item)
        await asyncio.sleep(delay)
        q.task_done()
async def main():
    q = asyncio.Queue(maxsize=2)
    consumers = [asyncio.create_task(consumer(q, n, d)) for n, d in [("a", 0.1), ("b", 0.25)]]
    await producer(q)
    await q.join()
    print("all done", q.empty())
    for c in consumers:
        c.cancel()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e))
asyncio.run(main())`,
    main: async () => {
      const producer = async (q: Queue<number>): Promise<void> => {
        for (let i = 0; i < 5; i++) {
          await q.put(i);
          print("put", i, q.qsize());
        }
      };
      const consumer = async (q: Queue<number>, name: string, delay: number): Promise<never> => {
        for (;;) {
          const item = await q.get();
          print(name, "got", item);
          await sleep(delay);
          q.taskDone();
        }
      };
      const q = new Queue<number>(2);
      // CPython runs on the real clock here: the consumers' sleeps differ enough that a loaded machine keeps their order.
      const consumers = ([["a", 0.1], ["b", 0.25]] as const).map(([n, d]) => createTask(() => consumer(q, n, d)));
      await producer(q);
      await q.join();
      print("all done", q.empty());
      for (const c of consumers) c.cancel();
      try {
        q.getNowait();
      } catch (e) {
        if (!(e instanceof QueueEmpty)) throw e;
        print("empty", repr(e));
      }
    },
  },
  {
    name: "wait_for: a result in time, TimeoutError (and the inner task cancelled) when too slow",
    py: `
import asyncio
async def slow(d):
    try:
        await asyncio.sleep(d)
        return d
    except asyncio.CancelledError:
        print("slow cancelled")
        raise
async def main():
    print(await asyncio.wait_for(slow(0.1), 1))
    try:
        await asyncio.wait_for(slow(1), 0.2)
    except asyncio.TimeoutError as e:
        print("timeout", repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow(0.1), None))
asyncio.run(main())`,
    main: async () => {
      const slow = async (d: number): Promise<number> => {
        try {
          await sleep(d);
          return d;
        } catch (e) {
          if (e instanceof CancelledError) print("slow cancelled");
          throw e;
        }
      };
      print(await waitFor(() => slow(0.1), 1));
      try {
        await waitFor(() => slow(1), 0.2);
      } catch (e) {
        if (!(e instanceof TimeoutError)) throw e;
        print("timeout", repr(e), e.__cause__?.name);
      }
      print(await waitFor(() => slow(0.1), null));
    },
  },
  {
    name: "wait(FIRST_COMPLETED), as_completed and shield",
    py: `
import asyncio
async def w(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name
async def main():
    tasks = [asyncio.create_task(w(n, d)) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], sorted(t.get_name() for t in pending))
    for f in asyncio.as_completed([w("x", 0.3), w("y", 0.1), w("z", 0.2, True)]):
        try:
            print("completed", await f)
        except ValueError as e:
            print("failed", repr(e))
    inner = asyncio.create_task(w("inner", 0.2))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner, asyncio.get_running_loop().time() > 0)
asyncio.run(main())`,
    main: async () => {
      const w = async (name: string, d: number, fail = false): Promise<string> => {
        await sleep(d);
        if (fail) throw new ValueError(name);
        return name;
      };
      const tasks = (
        [
          ["a", 0.3],
          ["b", 0.1],
          ["c", 0.2],
        ] as const
      ).map(([n, d]) => createTask(() => w(n, d)));
      const [done, pending] = await wait(tasks, { returnWhen: FIRST_COMPLETED });
      print(repr([...done].map((t) => t.result())), repr([...pending].map((t) => (t as typeof tasks[number]).getName()).sort()));
      for (const f of asCompleted([() => w("x", 0.3), () => w("y", 0.1), () => w("z", 0.2, true)])) {
        try {
          print("completed", await f);
        } catch (e) {
          if (!(e instanceof ValueError)) throw e;
          print("failed", repr(e));
        }
      }
      const inner = createTask(() => w("inner", 0.2));
      const outer = shield(inner);
      outer.cancel();
      try {
        await outer;
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("outer cancelled", inner.cancelled());
      }
      print(await inner, getRunningLoop().time() > 0);
    },
  },
];

describe("runtime locks, queues and waiting (expected: python3's output)", () => {
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

describe("runtime TaskGroup (expected: python3's output)", () => {
  it("failure cancels siblings and the body; errors come out as an ExceptionGroup drawn like CPython's", async () => {
    const py = `
import asyncio
async def bad(n):
    await asyncio.sleep(0.1 * n)
    raise ValueError(f"bad {n}")
async def good():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("good cancelled")
        raise
async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(bad(1))
            tg.create_task(good())
            print("body done", t1.get_name())
            await asyncio.sleep(5)
            print("not reached")
    except ExceptionGroup as eg:
        print("caught", repr(eg), str(eg), eg.exceptions)
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(asyncio.sleep(0.1, "r"))
    print(t.result())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(bad(1))
        tg.create_task(bad(1))
        tg.create_task(good())
asyncio.run(main())`;
    const expected = await runPython(py);
    const ours = await runOurs(async () => {
      const bad = async (n: number): Promise<never> => {
        await sleep(0.1 * n);
        throw new ValueError(`bad ${n}`);
      };
      const good = async (): Promise<void> => {
        try {
          await sleep(1);
        } catch (e) {
          if (e instanceof CancelledError) print("good cancelled");
          throw e;
        }
      };
      try {
        await taskGroup(async (tg) => {
          const t1 = tg.createTask(() => bad(1));
          tg.createTask(good);
          print("body done", t1.getName());
          await sleep(5);
          print("not reached");
        });
      } catch (eg) {
        if (!(eg instanceof ExceptionGroup)) throw eg;
        print("caught", repr(eg), str(eg), eg.exceptions);
      }
      // The explicit form keeps `t` in the enclosing scope (a body callback must not return a task: a promise
      // resolved with a thenable waits for it).
      const tg = new TaskGroup().enter();
      let t: Task<string>;
      try {
        t = tg.createTask(() => sleep(0.1, "r"));
      } catch (e) {
        await tg.exit(e);
        throw e;
      }
      await tg.exit(null);
      print(t.result());
      await taskGroup(async (tg) => {
        tg.createTask(() => bad(1));
        tg.createTask(() => bad(1));
        tg.createTask(good);
      });
    });
    assert.equal(ours.stdout, expected.stdout);
    assert.equal(ours.exitCode, 1);
    // CPython's tree without the File/line frames (and the "Traceback" headers that introduce them).
    const withoutFrames = expected.stderr
      .split("\n")
      .filter((line) => !/^\s*\|?\s*(File |Traceback \(most recent|\S.*\^\^\^|asyncio\.run|return |raise |async with)/.test(line.replace(/^\s*[|+]\s?/, "")))
      .join("\n");
    assert.match(ours.stderr, /ExceptionGroup: unhandled errors in a TaskGroup \(2 sub-exceptions\)/);
    assert.equal(ours.stderr.trimEnd(), withoutFrames.trimEnd());
  });
});
