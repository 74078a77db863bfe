// Event-loop ordering: each case is a Python program and its hand translation onto the runtime; the expected
// output is whatever python3 (CPython 3.11) prints for the Python program, run during the test.
import assert from "node:assert/strict";
import { CancelledError, ValueError } from "../../src/runtime/exceptions";
import { Future } from "../../src/runtime/future";
import { gather } from "../../src/runtime/gather";
import { callLater, callSoon, time } from "../../src/runtime/loop";
import { print } from "../../src/runtime/print";
import { repr, str } from "../../src/runtime/repr";
import { type Coroutine, createTask, currentTask, sleep } from "../../src/runtime/tasks";
import { type RunningLoop, getEventLoop, getRunningLoop } from "../../src/runtime/eventLoops";
import { lastLine, runOurs, runPython } from "./runtimeHarness.test";

interface LoopCase {
  readonly name: string;
  readonly py: string;
  readonly main: Coroutine<unknown>;
}

const cases: LoopCase[] = [
  {
    name: "create_task starts the task on the next loop pass; sleep(0) lets it run",
    py: `
import asyncio
async def work(name, d):
    print(name, "start")
    await asyncio.sleep(d)
    print(name, "end")
    return name
async def main():
    t1 = asyncio.create_task(work("a", 0.2))
    t2 = asyncio.create_task(work("b", 0.1))
    print("created")
    await asyncio.sleep(0)
    print("after sleep0")
    r = await t1
    print(r, t2.done(), t1.get_name(), t2.get_name())
asyncio.run(main())`,
    main: async () => {
      const work = async (name: string, d: number): Promise<string> => {
        print(name, "start");
        await sleep(d);
        print(name, "end");
        return name;
      };
      const t1 = createTask(() => work("a", 0.2));
      const t2 = createTask(() => work("b", 0.1));
      print("created");
      await sleep(0);
      print("after sleep0");
      const r = await t1;
      print(r, t2.done(), t1.getName(), t2.getName());
    },
  },
  {
    name: "sleep(0) round-robins between tasks, one step each per pass",
    py: `
import asyncio
async def count(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(count("a", 3), count("b", 2), count("c", 3))
    print("done")
asyncio.run(main())`,
    main: async () => {
      const count = async (name: string, n: number): Promise<void> => {
        for (let i = 0; i < n; i++) {
          print(name, i);
          await sleep(0);
        }
      };
      await gather([() => count("a", 3), () => count("b", 2), () => count("c", 3)]);
      print("done");
    },
  },
  {
    name: "awaiting a coroutine that never suspends lets no other task run",
    py: `
import asyncio
async def quick():
    print("quick")
    return 1
async def other():
    print("other")
async def main():
    asyncio.create_task(other())
    x = await quick()
    y = await quick()
    print("main", x + y)
    await asyncio.sleep(0)
    print("main end")
asyncio.run(main())`,
    main: async () => {
      const quick = async (): Promise<number> => {
        print("quick");
        return 1;
      };
      createTask(async () => print("other"));
      const x = await quick();
      const y = await quick();
      print("main", x + y);
      await sleep(0);
      print("main end");
    },
  },
  {
    name: "gather: results in argument order, None for coroutines that return nothing",
    py: `
import asyncio
async def value(v, d):
    await asyncio.sleep(d)
    print("finished", v)
    return v
async def nothing():
    await asyncio.sleep(0.05)
async def main():
    results = await asyncio.gather(value(1, 0.3), value(2, 0.1), nothing(), value(3, 0.2))
    print(results)
asyncio.run(main())`,
    main: async () => {
      const value = async (v: number, d: number): Promise<number> => {
        await sleep(d);
        print("finished", v);
        return v;
      };
      const nothing = async (): Promise<void> => {
        await sleep(0.05);
      };
      const results = await gather([() => value(1, 0.3), () => value(2, 0.1), nothing, () => value(3, 0.2)]);
      print(results);
    },
  },
  {
    name: "gather: the first exception propagates at once, the other children keep running",
    py: `
import asyncio
async def ok(v, d):
    await asyncio.sleep(d)
    print("ok", v)
    return v
async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad " + str(d))
async def main():
    try:
        await asyncio.gather(ok(1, 0.1), bad(0.2), ok(2, 0.3), bad(0.4))
    except ValueError as e:
        print("caught", repr(e))
    await asyncio.sleep(0.5)
    print("main end")
asyncio.run(main())`,
    main: async () => {
      const ok = async (v: number, d: number): Promise<number> => {
        await sleep(d);
        print("ok", v);
        return v;
      };
      const bad = async (d: number): Promise<never> => {
        await sleep(d);
        throw new ValueError("bad " + str(d));
      };
      try {
        await gather([() => ok(1, 0.1), () => bad(0.2), () => ok(2, 0.3), () => bad(0.4)]);
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("caught", repr(e));
      }
      await sleep(0.5);
      print("main end");
    },
  },
  {
    name: "gather(return_exceptions=True): exceptions are items of the list, in argument order",
    py: `
import asyncio
async def ok(v):
    await asyncio.sleep(0.1)
    return v
async def bad():
    raise ValueError("boom")
async def main():
    results = await asyncio.gather(ok(1), bad(), ok("x"), return_exceptions=True)
    print(results)
    print(type(results[1]).__name__, results[1])
asyncio.run(main())`,
    main: async () => {
      const ok = async <T>(v: T): Promise<T> => {
        await sleep(0.1);
        return v;
      };
      const bad = async (): Promise<never> => {
        throw new ValueError("boom");
      };
      const results = await gather([() => ok(1), bad, () => ok("x")], { returnExceptions: true });
      print(repr(results));
      print((results[1] as ValueError).name, results[1]);
    },
  },
  {
    name: "gather's future can be kept, queried, and awaited several times; zero awaitables give []",
    py: `
import asyncio
async def v(x):
    await asyncio.sleep(0.1)
    return x * 100
async def main():
    fut = asyncio.gather(v(1), v(2))
    print(fut.done())
    first = await fut
    second = await fut
    print(fut.done(), fut.result(), first, second, first is second)
    empty = asyncio.gather()
    print(empty.done(), await empty)
asyncio.run(main())`,
    main: async () => {
      const v = async (x: number): Promise<number> => {
        await sleep(0.1);
        return x * 100;
      };
      const fut = gather([() => v(1), () => v(2)]);
      print(fut.done());
      const first = await fut;
      const second = await fut;
      print(fut.done(), fut.result(), first, second, first === second);
      const empty = gather([]);
      print(empty.done(), await empty);
    },
  },
  {
    name: "timers with equal deadlines fire in the order they were set; nested gathers",
    py: `
import asyncio
async def w(name, d):
    await asyncio.sleep(d)
    print(name)
    return name
async def main():
    r = await asyncio.gather(w("a", 0.1), asyncio.gather(w("b", 0.2), w("c", 0.1)), w("d", 0.2))
    print(r)
asyncio.run(main())`,
    main: async () => {
      const w = async (name: string, d: number): Promise<string> => {
        await sleep(d);
        print(name);
        return name;
      };
      const r = await gather([() => w("a", 0.1), gather([() => w("b", 0.2), () => w("c", 0.1)]), () => w("d", 0.2)]);
      print(r);
    },
  },
  {
    name: "done-callbacks run via call_soon, in registration order, interleaved with task wake-ups",
    py: `
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("cb1", f.result()))
    async def waiter(n):
        r = await fut
        print("waiter", n, r)
    t = asyncio.create_task(waiter(1))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("cb2"))
    loop.call_soon(print, "soon1")
    fut.set_result(42)
    loop.call_soon(print, "soon2")
    print("set")
    await asyncio.sleep(0)
    print("main")
    await t
asyncio.run(main())`,
    main: async () => {
      const fut = new Future<number>();
      fut.addDoneCallback((f) => print("cb1", f.result()));
      const waiter = async (n: number): Promise<void> => {
        const r = await fut;
        print("waiter", n, r);
      };
      const t = createTask(() => waiter(1));
      await sleep(0);
      fut.addDoneCallback(() => print("cb2"));
      callSoon(() => print("soon1"));
      fut.setResult(42);
      callSoon(() => print("soon2"));
      print("set");
      await sleep(0);
      print("main");
      await t;
    },
  },
  {
    name: "asyncio.run cancels tasks still running when main returns",
    py: `
import asyncio
async def bg(name):
    print(name, "start")
    try:
        await asyncio.sleep(10)
        print(name, "end")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
async def main():
    asyncio.create_task(bg("x"))
    asyncio.create_task(bg("y"))
    await asyncio.sleep(0)
    asyncio.create_task(bg("z"))
    print("main returns")
asyncio.run(main())
print("after run")`,
    main: async () => {
      const bg = async (name: string): Promise<void> => {
        print(name, "start");
        try {
          await sleep(10);
          print(name, "end");
        } catch (e) {
          if (e instanceof CancelledError) print(name, "cancelled");
          throw e;
        }
      };
      createTask(() => bg("x"));
      createTask(() => bg("y"));
      await sleep(0);
      createTask(() => bg("z"));
      print("main returns");
    },
  },
  {
    name: "cancelling a task: CancelledError inside it, cancelled() and CancelledError for its awaiter",
    py: `
import asyncio
async def victim():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("victim got", repr(e))
        raise
async def main():
    t = asyncio.create_task(victim(), name="victim")
    await asyncio.sleep(0.1)
    print(t.cancel("stop"), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(t.cancelled(), t.done(), t.cancel())
    u = asyncio.create_task(victim())
    print(u.cancel(), u.get_name())
    try:
        await u
    except asyncio.CancelledError:
        print("u cancelled before it started", u.cancelled())
asyncio.run(main())`,
    main: async () => {
      const victim = async (): Promise<void> => {
        try {
          await sleep(1);
        } catch (e) {
          if (e instanceof CancelledError) print("victim got", repr(e));
          throw e;
        }
      };
      const t = createTask(victim, { name: "victim" });
      await sleep(0.1);
      print(t.cancel("stop"), t.cancelled(), t.done());
      try {
        await t;
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("main got", repr(e));
      }
      print(t.cancelled(), t.done(), t.cancel());
      const u = createTask(victim);
      print(u.cancel(), u.getName());
      try {
        await u;
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("u cancelled before it started", u.cancelled());
      }
    },
  },
  {
    name: "current_task names; call_later and call_soon against task steps",
    py: `
import asyncio
async def child():
    print("child in", asyncio.current_task().get_name())
    await asyncio.sleep(0.1)
    print("child after", asyncio.current_task().get_name())
async def main():
    loop = asyncio.get_running_loop()
    print("main is", asyncio.current_task().get_name())
    loop.call_later(0.1, print, "later 0.1")
    loop.call_later(0.05, print, "later 0.05")
    t = asyncio.create_task(child())
    loop.call_soon(print, "soon")
    await t
    print(round(loop.time() - start, 1) if False else "end")
asyncio.run(main())`,
    main: async () => {
      const child = async (): Promise<void> => {
        print("child in", currentTask()?.getName());
        await sleep(0.1);
        print("child after", currentTask()?.getName());
      };
      print("main is", currentTask()?.getName());
      callLater(0.1, () => print("later 0.1"));
      callLater(0.05, () => print("later 0.05"));
      const t = createTask(child);
      callSoon(() => print("soon"));
      await t;
      print("end");
    },
  },
  {
    name: "cancelling a gather cancels its children",
    py: `
import asyncio
async def w(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise
async def main():
    g = asyncio.gather(w(1), w(2))
    await asyncio.sleep(0.1)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
asyncio.run(main())`,
    main: async () => {
      const w = async (n: number): Promise<void> => {
        try {
          await sleep(1);
        } catch (e) {
          if (e instanceof CancelledError) print("child", n, "cancelled");
          throw e;
        }
      };
      const g = gather([() => w(1), () => w(2)]);
      await sleep(0.1);
      print(g.cancel());
      try {
        await g;
      } catch (e) {
        if (!(e instanceof CancelledError)) throw e;
        print("gather cancelled");
      }
    },
  },
  {
    name: "an exception escaping main: stderr's last line and exit status 1",
    py: `
import asyncio
class MyError(Exception):
    pass
async def main():
    print("working")
    await asyncio.sleep(0.1)
    raise MyError("it broke")
asyncio.run(main())`,
    main: async () => {
      class MyError extends ValueError {}
      print("working");
      await sleep(0.1);
      throw new MyError("it broke");
    },
  },
  {
    name: "handles: a cancelled call_soon/call_later callback never runs; when() is the deadline",
    py: `
import asyncio
def say(*parts):
    print("callback:", *parts)
async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    soon = loop.call_soon(say, "soon")
    later = loop.call_later(0.05, say, "later", 1)
    dropped = loop.call_later(0.03, say, "dropped")
    dropped.cancel()
    print(soon.cancelled(), dropped.cancelled(), round(later.when() - t0, 2))
    await asyncio.sleep(0.1)
    print("done", later.cancelled())
asyncio.run(main())`,
    main: async () => {
      const say = (...parts: unknown[]): void => print("callback:", ...parts);
      const loop = getRunningLoop();
      const t0 = loop.time();
      const soon = loop.callSoon(say, "soon");
      const later = loop.callLater(0.05, say, "later", 1);
      const dropped = loop.callLater(0.03, say, "dropped");
      dropped.cancel();
      print(soon.cancelled(), dropped.cancelled(), Math.round((later.when() - t0) * 100) / 100);
      await sleep(0.1);
      print("done", later.cancelled());
    },
  },
  {
    name: "get_running_loop() and get_event_loop() give the same loop object in every task",
    py: `
import asyncio
async def which():
    await asyncio.sleep(0)
    return asyncio.get_running_loop()
async def main():
    loop = asyncio.get_running_loop()
    other = await asyncio.create_task(which())
    print(other is loop, asyncio.get_event_loop() is loop)
asyncio.run(main())`,
    main: async () => {
      const which = async (): Promise<RunningLoop> => {
        await sleep(0);
        return getRunningLoop();
      };
      const loop = getRunningLoop();
      const other = await createTask(which);
      print(other === loop, getEventLoop() === loop);
    },
  },
];

describe("runtime event loop ordering (expected: python3's output)", () => {
  for (const c of cases) {
    it(c.name, async () => {
      const expected = await runPython(c.py);
      const ours = await runOurs(c.main);
      assert.equal(ours.stdout, expected.stdout.replace(/after run\n$/, ""));
      assert.equal(ours.exitCode, expected.exitCode);
      if (expected.exitCode !== 0) assert.equal(lastLine(ours.stderr), lastLine(expected.stderr));
    });
  }

  it("the virtual clock jumps to the next timer", async () => {
    // python3: sleeping 1.5 then 0.5 advances loop.time() by 2.0
    const ours = await runOurs(async () => {
      const t0 = time();
      await sleep(1.5);
      await sleep(0.5);
      print(time() - t0);
    });
    assert.equal(ours.stdout, "2\n");
  });
});
