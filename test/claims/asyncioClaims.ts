/** Claims of the notes on asyncio and the JavaScript event loop (tasks, gather, timers, cancellation). */
import type { Claims } from "./claim";

const run = "import asyncio\n";

export const asyncioClaims = {
  coroutineLazy: [
    {
      says: "calling an async def runs nothing; calling a JS async function runs its body up to the first await",
      python: { code: `${run}async def f():\n    print("body")\nc = f()\nprint("made")\nasyncio.run(c)\n`, stdout: "made\nbody\n" },
      js: { code: `async function f() { console.log("body"); }\nconst p = f();\nconsole.log("made");\nawait p;\n`, stdout: "body\nmade\n" },
    },
  ],
  awaitCoroutine: [
    {
      says: "CPython: awaiting a coroutine that never suspends lets no other task run",
      python: {
        code: `${run}async def quick():\n    return 1\nasync def other():\n    print("other runs")\nasync def main():\n    t = asyncio.create_task(other())\n    print(await quick())\n    print("no switch yet")\n    await t\nasyncio.run(main())\n`,
        stdout: "1\nno switch yet\nother runs\n",
      },
      js: {
        code: `async function quick() { return 1; }\nPromise.resolve().then(() => console.log("other continuation"));\nconsole.log(await quick());\nconsole.log("after await");\n`,
        stdout: "other continuation\n1\nafter await\n",
      },
    },
  ],
  awaitNonAwaitable: [
    {
      says: "Python's await raises TypeError on a value that is not awaitable, after making the value; JavaScript's await gives the value back",
      python: {
        code: `${run}import time\nasync def main():\n    for value in [5, None]:\n        try:\n            await value\n        except TypeError as e:\n            print(e)\n    try:\n        await time.sleep(0)\n    except TypeError as e:\n        print("slept, then:", e)\nasyncio.run(main())\n`,
        stdout: "object int can't be used in 'await' expression\nobject NoneType can't be used in 'await' expression\nslept, then: object NoneType can't be used in 'await' expression\n",
      },
      js: { code: `console.log(await 5);\nconsole.log(await null);\n`, stdout: "5\nnull\n" },
    },
  ],
  coroutineOnce: [
    {
      says: "awaiting a coroutine object twice raises RuntimeError; calling an async function again runs it again, and a promise awaited twice gives its value again",
      python: {
        code: `${run}async def work():\n    print("runs")\n    return 1\nasync def main():\n    c = work()\n    print(await c)\n    try:\n        await c\n    except RuntimeError as e:\n        print(e)\nasyncio.run(main())\n`,
        stdout: "runs\n1\ncannot reuse already awaited coroutine\n",
      },
      js: {
        code: `async function work() { console.log("runs"); return 1; }\nconst start = () => work();\nconsole.log(await start());\nconsole.log(await start());\nconst p = work();\nconsole.log(await p, await p);\n`,
        stdout: "runs\n1\nruns\n1\nruns\n1 1\n",
      },
    },
  ],
  gatherOrder: [
    {
      says: "gather and Promise.all both give results in argument order, whatever order the work finishes in",
      python: { code: `${run}async def w(n, d):\n    await asyncio.sleep(d)\n    return n\nasync def main():\n    print(await asyncio.gather(w(1, 0.02), w(2, 0.01), w(3, 0)))\nasyncio.run(main())\n`, stdout: "[1, 2, 3]\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst w = async (n, ms) => { await delay(ms); return n; };\nconsole.log(JSON.stringify(await Promise.all([w(1, 20), w(2, 10), w(3, 0)])));\n`, stdout: "[1,2,3]\n" },
    },
    {
      says: "gather starts its coroutines as tasks on the next loop pass, in order; a coroutine returning nothing gives None",
      python: { code: `${run}async def w(n):\n    print("start", n)\nasync def main():\n    g = asyncio.gather(w(1), w(2))\n    print("gather made")\n    print(await g)\nasyncio.run(main())\n`, stdout: "gather made\nstart 1\nstart 2\n[None, None]\n" },
    },
  ],
  gatherPromiseAll: [
    {
      says: "where nothing runs between making the coroutines and gathering them, eager start prints the same",
      python: { code: `${run}async def w(n):\n    print("start", n)\n    await asyncio.sleep(0.01)\n    return n\nasync def main():\n    print(await asyncio.gather(w(1), w(2)))\nasyncio.run(main())\n`, stdout: "start 1\nstart 2\n[1, 2]\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst w = async (n) => { console.log("start", n); await delay(10); return n; };\nconsole.log(JSON.stringify(await Promise.all([w(1), w(2)])));\n`, stdout: "start 1\nstart 2\n[1,2]\n" },
    },
  ],
  gatherFuture: [
    {
      says: "gather's Future has done()/result() and can be awaited again; a coroutine cannot be awaited twice",
      python: {
        code: `${run}async def one():\n    return 1\nasync def main():\n    g = asyncio.gather(one())\n    print(await g, await g, g.done(), g.result())\n    c = one()\n    await c\n    try:\n        await c\n    except RuntimeError as e:\n        print(e)\nasyncio.run(main())\n`,
        stdout: "[1] [1] True [1]\ncannot reuse already awaited coroutine\n",
      },
      js: { code: `async function one() { return 1; }\nconst p = one();\nconsole.log(await p, await p, "done" in p);\n`, stdout: "1 1 false\n" },
    },
  ],
  returnExceptions: [
    {
      says: "return_exceptions=True puts the exception objects in the list; Promise.allSettled gives {status, value/reason} records",
      python: { code: `${run}async def ok():\n    return 1\nasync def bad():\n    raise ValueError("x")\nasync def main():\n    print(await asyncio.gather(ok(), bad(), return_exceptions=True))\nasyncio.run(main())\n`, stdout: "[1, ValueError('x')]\n" },
      js: { code: `const r = await Promise.allSettled([Promise.resolve(1), Promise.reject(new Error("x"))]);\nconsole.log(r.map((s) => s.status + ":" + (s.status === "fulfilled" ? s.value : s.reason.message)).join(" "));\n`, stdout: "fulfilled:1 rejected:x\n" },
    },
  ],
  gatherFailure: [
    {
      says: "the first exception propagates and the other awaitables keep running, in gather as in Promise.all",
      python: { code: `${run}async def fail():\n    raise ValueError("boom")\nasync def slow():\n    await asyncio.sleep(0.01)\n    print("slow finished")\nasync def main():\n    try:\n        await asyncio.gather(fail(), slow())\n    except ValueError as e:\n        print("caught", e)\n    await asyncio.sleep(0.05)\nasyncio.run(main())\n`, stdout: "caught boom\nslow finished\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst slow = async () => { await delay(10); console.log("slow finished"); };\ntry { await Promise.all([Promise.reject(new Error("boom")), slow()]); } catch (e) { console.log("caught", e.message); }\nawait delay(50);\n`, stdout: "caught boom\nslow finished\n" },
    },
  ],
  createTask: [
    {
      says: "create_task runs nothing before the creating task yields",
      python: { code: `${run}async def job():\n    print("task starts")\nasync def main():\n    t = asyncio.create_task(job())\n    print("task created")\n    await t\nasyncio.run(main())\n`, stdout: "task created\ntask starts\n" },
      js: { code: `async function job() { console.log("task starts"); }\nconst t = job();\nconsole.log("task created");\nawait t;\n`, stdout: "task starts\ntask created\n" },
    },
  ],
  eagerTaskFactory: [
    {
      says: "Python 3.12's eager_task_factory starts a task inside create_task, as JavaScript starts an async call",
      python312: { code: `${run}async def job():\n    print("task starts")\nasync def main():\n    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)\n    t = asyncio.create_task(job())\n    print("task created")\n    await t\nasyncio.run(main())\n`, stdout: "task starts\ntask created\n" },
      js: { code: `async function job() { console.log("task starts"); }\nconst t = job();\nconsole.log("task created");\nawait t;\n`, stdout: "task starts\ntask created\n" },
    },
  ],
  sleep: [
    {
      says: "CPython's timer heap is not stable: call_at with one deadline does not run in the order set",
      python: { code: `${run}async def main():\n    loop = asyncio.get_running_loop()\n    when = loop.time() + 0.01\n    for i in range(20):\n        loop.call_at(when, print, i)\n    await asyncio.sleep(0.05)\nasyncio.run(main())\n`, stdout: "0\n2\n6\n14\n13\n19\n18\n17\n16\n15\n5\n11\n12\n10\n9\n8\n7\n1\n3\n4\n" },
      js: { code: `let out = "";\nfor (let i = 0; i < 5; i++) setTimeout(() => { out += i + " "; }, 10);\nsetTimeout(() => console.log(out), 20);\n`, stdout: "0 1 2 3 4 \n" },
    },
    {
      says: "sleeps started one after another get increasing deadlines: the monotonic clock moves",
      python: { code: `${run}async def main():\n    loop = asyncio.get_running_loop()\n    a = loop.call_later(0.1, print)\n    b = loop.call_later(0.1, print)\n    print(a.when() < b.when())\n    a.cancel(); b.cancel()\nasyncio.run(main())\n`, stdout: "True\n" },
    },
  ],
  timerGranularity: [
    {
      says: "asyncio keeps fractions of a millisecond; Node truncates 1.7 ms to 1 ms, so it fires with the 1 ms timer set after it",
      python: { code: `${run}async def main():\n    loop = asyncio.get_running_loop()\n    loop.call_later(0.0017, print, "1.7 ms")\n    loop.call_later(0.001, print, "1 ms")\n    await asyncio.sleep(0.01)\nasyncio.run(main())\n`, stdout: "1 ms\n1.7 ms\n" },
      js: { code: `setTimeout(() => console.log("1.7 ms"), 1.7);\nsetTimeout(() => console.log("1 ms"), 1);\n`, stdout: "1.7 ms\n1 ms\n" },
    },
    {
      says: "Node turns a delay under 1 ms into 1 ms",
      js: { code: `setTimeout(() => console.log("0.5 ms"), 0.5);\nsetTimeout(() => console.log("1 ms"), 1);\n`, stdout: "0.5 ms\n1 ms\n" },
      python: { code: `${run}async def main():\n    loop = asyncio.get_running_loop()\n    loop.call_later(0.001, print, "1 ms")\n    loop.call_later(0.0005, print, "0.5 ms")\n    await asyncio.sleep(0.01)\nasyncio.run(main())\n`, stdout: "0.5 ms\n1 ms\n" },
    },
  ],
  sleepZero: [
    {
      says: "sleep(0) lets ready callbacks run once, then the task goes on",
      python: { code: `${run}async def main():\n    asyncio.get_running_loop().call_soon(print, "callback")\n    print("before")\n    await asyncio.sleep(0)\n    print("after")\nasyncio.run(main())\n`, stdout: "before\ncallback\nafter\n" },
      js: {
        code: `setTimeout(() => console.log("timer"), 0);\nconst start = Date.now(); while (Date.now() - start < 5) {}\nfor (let i = 0; i < 1000; i++) await null;\nconsole.log("await null loop done");\nawait new Promise((r) => setImmediate(r));\nconsole.log("after setImmediate");\n`,
        stdout: "await null loop done\ntimer\nafter setImmediate\n",
      },
    },
    {
      says: "scheduler.yield() exists in Node's timers/promises",
      js: { code: `import { scheduler } from "node:timers/promises";\nawait scheduler.yield();\nconsole.log(typeof scheduler.yield);\n`, stdout: "function\n" },
    },
  ],
  microtasks: [
    {
      says: "a chain of promise continuations runs to its end before a due timer; asyncio gives each step a turn",
      js: { code: `setTimeout(() => console.log("timer"), 0);\nconst start = Date.now(); while (Date.now() - start < 5) {}\nlet p = Promise.resolve();\nfor (let i = 0; i < 3; i++) p = p.then(() => console.log("step", i));\n`, stdout: "step 0\nstep 1\nstep 2\ntimer\n" },
      python: { code: `${run}async def steps():\n    for i in range(3):\n        print("step", i)\n        await asyncio.sleep(0)\nasync def main():\n    asyncio.get_running_loop().call_soon(print, "callback")\n    await steps()\nasyncio.run(main())\n`, stdout: "step 0\ncallback\nstep 1\nstep 2\n" },
    },
  ],
  asyncioRun: [
    {
      says: "asyncio.run runs main as the first task and returns its result",
      python: { code: `${run}async def main():\n    return 42\nprint(asyncio.run(main()))\n`, stdout: "42\n" },
      js: { code: `async function main() { return 42; }\nconsole.log(await main());\n`, stdout: "42\n" },
    },
  ],
  waitFor: [
    {
      says: "wait_for cancels the work and lets its cleanup run before TimeoutError",
      python: { code: `${run}async def work():\n    try:\n        await asyncio.sleep(1)\n    finally:\n        print("cleanup")\nasync def main():\n    try:\n        await asyncio.wait_for(work(), 0.01)\n    except TimeoutError:\n        print("timeout")\nasyncio.run(main())\n`, stdout: "cleanup\ntimeout\n" },
      js: {
        // The work's result is printed after the abort, not when it lands: under load, libuv's cached clock can date AbortSignal.timeout(10) early enough to fire before the work's 30 ms timer.
        code: `import { setTimeout as delay } from "node:timers/promises";\nconst work = async () => { await delay(30); return "work still ran"; };\nconst pending = work();\nconst timer = delay(10).then(() => { throw new Error("timeout"); });\ntry { await Promise.race([pending, timer]); } catch (e) { console.log(e.message); }\ntry { await delay(1000, null, { signal: AbortSignal.timeout(10) }); } catch (e) { console.log(e.name); }\nconsole.log(await pending);\n`,
        stdout: "timeout\nAbortError\nwork still ran\n",
      },
    },
  ],
  timeout: [
    {
      says: "asyncio.timeout cancels the block (its finally runs) and then raises TimeoutError",
      python: { code: `${run}async def main():\n    try:\n        async with asyncio.timeout(0.01):\n            try:\n                await asyncio.sleep(1)\n            finally:\n                print("cleanup")\n    except TimeoutError:\n        print("TimeoutError")\nasyncio.run(main())\n`, stdout: "cleanup\nTimeoutError\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst signal = AbortSignal.timeout(10);\nconst unaware = delay(30).then(() => console.log("work without the signal ran on"));\ntry { await delay(1000, null, { signal }); } catch (e) { console.log(e.name, signal.reason.name); }\nawait unaware;\n`, stdout: "AbortError TimeoutError\nwork without the signal ran on\n" },
    },
  ],
  shield: [
    {
      says: "cancelling the awaiter of shield(task) leaves the task running",
      python: { code: `${run}async def work():\n    await asyncio.sleep(0.3)\n    print("work done")\nasync def main():\n    t = asyncio.create_task(work())\n    try:\n        await asyncio.wait_for(asyncio.shield(t), 0.01)\n    except TimeoutError:\n        print("timeout")\n    await t\nasyncio.run(main())\n`, stdout: "timeout\nwork done\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst t = delay(20).then(() => console.log("promise settles anyway"));\nawait Promise.race([t, Promise.resolve("the other side")]);\nconsole.log("raced");\nawait t;\n`, stdout: "raced\npromise settles anyway\n" },
    },
  ],
  waitSets: [
    {
      says: "wait() gives two sets of tasks and cancels nothing",
      python: { code: `${run}async def w(d):\n    await asyncio.sleep(d)\n    return d\nasync def main():\n    ts = [asyncio.create_task(w(0.01)), asyncio.create_task(w(0.3))]\n    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)\n    print(type(done).__name__, [t.result() for t in done], len(pending), ts[1].cancelled())\n    await ts[1]\nasyncio.run(main())\n`, stdout: "set [0.01] 1 False\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst first = await Promise.race([delay(10, "a"), delay(50, "b")]);\nconsole.log(first);\n`, stdout: "a\n" },
    },
  ],
  asCompleted: [
    {
      says: "as_completed yields in completion order",
      python: { code: `${run}async def w(n, d):\n    await asyncio.sleep(d)\n    return n\nasync def main():\n    for nxt in asyncio.as_completed([w("slow", 0.2), w("fast", 0.01)]):\n        print(await nxt)\nasyncio.run(main())\n`, stdout: "fast\nslow\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst ps = [delay(30, "slow"), delay(10, "fast")];\nconsole.log(await Promise.race(ps));\n`, stdout: "fast\n" },
    },
  ],
  runningLoop: [
    {
      says: "get_running_loop gives the same loop in every task",
      python: { code: `${run}async def other():\n    return asyncio.get_running_loop()\nasync def main():\n    print(asyncio.get_running_loop() is await asyncio.create_task(other()))\nasyncio.run(main())\n`, stdout: "True\n" },
    },
    {
      says: "Node orders callbacks by the kind of queue, not by when they were queued: in an I/O callback a setImmediate runs before a setTimeout(0) queued first",
      js: { code: `import { readFile } from "node:fs";\nreadFile("/dev/null", () => {\n  setTimeout(() => console.log("timeout 0"), 0);\n  setImmediate(() => console.log("immediate"));\n});\n`, stdout: "immediate\ntimeout 0\n" },
    },
  ],
  loopTime: [
    {
      says: "loop.time() differences compare as expected but carry real time: the digits are not exact",
      python: { code: `${run}async def main():\n    loop = asyncio.get_running_loop()\n    start = loop.time()\n    await asyncio.sleep(0.02)\n    d = loop.time() - start\n    print(d >= 0.02, d == 0.02)\nasyncio.run(main())\n`, stdout: "True False\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst start = performance.now();\nawait delay(20);\nconst d = performance.now() - start;\nconsole.log(d >= 19, d === 20);\n`, stdout: "true false\n" },
    },
  ],
  loopCallbacks: [
    {
      says: "call_soon is FIFO behind the ready queue; queueMicrotask runs before any timer or immediate",
      python: { code: `${run}async def main():\n    loop = asyncio.get_running_loop()\n    loop.call_soon(print, "first")\n    h = loop.call_soon(print, "skipped")\n    loop.call_soon(print, "second")\n    h.cancel()\n    await asyncio.sleep(0)\nasyncio.run(main())\n`, stdout: "first\nsecond\n" },
      js: { code: `setImmediate(() => console.log("immediate"));\nqueueMicrotask(() => console.log("microtask"));\nconsole.log("sync");\n`, stdout: "sync\nmicrotask\nimmediate\n" },
    },
  ],
  futureObject: [
    {
      says: "a Future is completed from outside and can be asked done()/result(); a promise needs its resolve function kept (the deferred pattern)",
      python: { code: `${run}async def main():\n    fut = asyncio.get_running_loop().create_future()\n    print(fut.done())\n    fut.set_result(7)\n    print(fut.done(), fut.result(), await fut)\nasyncio.run(main())\n`, stdout: "False\nTrue 7 7\n" },
      js: { code: `function deferred() { let resolve; const promise = new Promise((r) => { resolve = r; }); return { promise, resolve }; }\nconst d = deferred();\nd.resolve(7);\nconsole.log(await d.promise, "done" in d.promise);\n`, stdout: "7 false\n" },
    },
    {
      says: "Promise.withResolvers() is in node from version 22 on (checked against the node that runs this), and in TypeScript's lib from es2024, not es2022",
      js: { code: `const major = Number(process.versions.node.split(".")[0]);\nconsole.log((typeof Promise.withResolvers === "function") === (major >= 22));\n`, stdout: "true\n" },
      tsc: { code: `const d = Promise.withResolvers<number>();\nexport {};\n`, errors: [2550] },
    },
  ],
  doneCallbacks: [
    {
      says: "done-callbacks run on a later loop pass, in order; .then callbacks run as microtasks, before timers",
      python: { code: `${run}async def main():\n    fut = asyncio.get_running_loop().create_future()\n    fut.add_done_callback(lambda f: print("callback 1"))\n    fut.add_done_callback(lambda f: print("callback 2"))\n    fut.set_result(None)\n    print("result set")\n    await asyncio.sleep(0)\nasyncio.run(main())\n`, stdout: "result set\ncallback 1\ncallback 2\n" },
      js: { code: `setTimeout(() => console.log("timer"), 0);\nconst p = Promise.resolve();\np.then(() => console.log("then 1"));\np.then(() => console.log("then 2"));\nconsole.log("sync");\n`, stdout: "sync\nthen 1\nthen 2\ntimer\n" },
    },
  ],
  allTasks: [
    {
      says: "all_tasks() is a set of the tasks not done; Node lists its active resources (a timer) but no pending promise",
      python: { code: `${run}async def main():\n    t = asyncio.create_task(asyncio.sleep(0.01))\n    tasks = asyncio.all_tasks()\n    print(type(tasks).__name__, len(tasks))\n    await t\nasyncio.run(main())\n`, stdout: "set 2\n" },
      js: { code: `const pending = new Promise(() => {});\nconst timer = setTimeout(() => {}, 1000);\nconst kinds = process.getActiveResourcesInfo();\nconsole.log(kinds.includes("Timeout"), kinds.some((k) => /promise/i.test(k)));\nclearTimeout(timer);\n`, stdout: "true false\n" },
    },
  ],
  taskGroup: [
    {
      says: "the first failure cancels the others; errors come out together as an ExceptionGroup",
      python: { code: `${run}async def fail():\n    raise ValueError("x")\nasync def slow():\n    try:\n        await asyncio.sleep(1)\n    except asyncio.CancelledError:\n        print("sibling cancelled")\n        raise\nasync def main():\n    try:\n        async with asyncio.TaskGroup() as tg:\n            tg.create_task(slow())\n            tg.create_task(fail())\n    except ExceptionGroup as eg:\n        print(eg)\nasyncio.run(main())\n`, stdout: "sibling cancelled\nunhandled errors in a TaskGroup (1 sub-exception)\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst slow = delay(20).then(() => console.log("sibling not cancelled"));\ntry { await Promise.all([slow, Promise.reject(new Error("x"))]); } catch (e) { console.log(e.message); }\nawait slow;\n`, stdout: "x\nsibling not cancelled\n" },
    },
  ],
  aggregateError: [
    {
      says: "Promise.any rejects with an AggregateError holding every reason; ExceptionGroup splits by class",
      js: { code: `try { await Promise.any([Promise.reject(new Error("a")), Promise.reject(new TypeError("b"))]); } catch (e) { console.log(e.constructor.name, e.errors.length, typeof e.split); }\ntry { await Promise.all([Promise.reject(new Error("a")), Promise.reject(new Error("b"))]); } catch (e) { console.log(e.message); }\n`, stdout: "AggregateError 2 undefined\na\n" },
      python: { code: `eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])\nmatch, rest = eg.split(ValueError)\nprint(repr(match), repr(rest))\n`, stdout: "ExceptionGroup('m', [ValueError(1)]) ExceptionGroup('m', [TypeError(2)])\n" },
    },
  ],
  exceptionGroup: [
    {
      says: "ExceptionGroup has message, exceptions, subgroup; it is an Exception",
      python: { code: `eg = ExceptionGroup("m", [ValueError(1), TypeError(2)])\nprint(eg.message, len(eg.exceptions), repr(eg.subgroup(TypeError)), isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))\n`, stdout: "m 2 ExceptionGroup('m', [TypeError(2)]) True True\n" },
      js: { code: `const e = new AggregateError([new Error("a")], "m");\nconsole.log(e.message, e.errors.length, e instanceof Error);\n`, stdout: "m 1 true\n" },
    },
  ],
  exceptStar: [
    {
      says: "except* runs each matching clause with its part; the unmatched rest is raised again",
      python: { code: `try:\n    try:\n        raise ExceptionGroup("m", [ValueError(1), TypeError(2), KeyError(3)])\n    except* ValueError as eg:\n        print("values", repr(eg.exceptions))\n    except* TypeError as eg:\n        print("types", repr(eg.exceptions))\nexcept ExceptionGroup as rest:\n    print("rest", repr(rest.exceptions))\n`, stdout: "values (ValueError(1),)\ntypes (TypeError(2),)\nrest (KeyError(3),)\n" },
      tsc: { code: `try { throw new Error("x"); } catch* (e) { }\n`, errors: [1005, 1005, 2304] },
    },
  ],
} satisfies Record<string, Claims>;
