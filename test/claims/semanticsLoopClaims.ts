/**
 * Claims of docs/semantics.md's rules on the event loop, one entry per rule (its `<!-- claims: id -->`
 * marker); each quote is the sentence, word for word, that the programs show.
 */
import { asyncioClaims } from "./asyncioClaims";
import type { SentenceClaims } from "./claim";
import { structureClaims } from "./structureClaims";

const run = "import asyncio\n";

export const semanticsLoopClaims = {
  lazyCoroutines: [{ ...asyncioClaims.coroutineLazy[0], quote: "Calling an `async def` function only creates a coroutine object; its body runs when it is awaited" }],
  taskNextPass: [
    { ...asyncioClaims.createTask[0], quote: "nothing of the coroutine runs until the current task yields" },
    {
      quote: "`asyncio.create_task(coro)` schedules the task's first step with `call_soon`",
      says: "a callback call_soon'd right after create_task runs after the task's first step: the step went first into the same FIFO queue",
      python: { code: `${run}async def job():\n    print("task starts")\nasync def main():\n    asyncio.create_task(job())\n    asyncio.get_running_loop().call_soon(print, "call_soon after it")\n    print("task created")\n    await asyncio.sleep(0)\nasyncio.run(main())\n`, stdout: "task created\ntask starts\ncall_soon after it\n" },
    },
    {
      quote: "one callback per macrotask",
      says: "Node runs the continuations a setImmediate callback resumes before the next setImmediate callback",
      js: { code: `setImmediate(() => { console.log("callback 1"); Promise.resolve().then(() => console.log("await resumed")); });\nsetImmediate(() => console.log("callback 2"));\n`, stdout: "callback 1\nawait resumed\ncallback 2\n" },
    },
  ],
  sleepZeroPass: [
    {
      quote: "A bare `await asyncio.sleep(0)` lets every other ready callback run once, then the task continues.",
      says: "sleep(0) lets each ready callback run once: one that reschedules itself runs again after the task",
      python: { code: `${run}async def main():\n    loop = asyncio.get_running_loop()\n    def a(n):\n        print("a", n)\n        if n == 1:\n            loop.call_soon(a, 2)\n    loop.call_soon(a, 1)\n    loop.call_soon(print, "b")\n    await asyncio.sleep(0)\n    print("main continues")\n    await asyncio.sleep(0)\nasyncio.run(main())\n`, stdout: "a 1\nb\nmain continues\na 2\n" },
    },
    {
      quote: "`await null` would not do: it resumes as a microtask, before any callback waiting in the JavaScript event loop",
      says: "await null resumes before a setImmediate callback queued earlier",
      js: { code: `setImmediate(() => console.log("callback"));\nawait null;\nconsole.log("after await null");\nawait new Promise((r) => setImmediate(r));\nconsole.log("after setImmediate");\n`, stdout: "after await null\ncallback\nafter setImmediate\n" },
    },
  ],
  awaitNoSwitch: [
    { ...asyncioClaims.awaitCoroutine[0], quote: "`await quick()` resumes as a JavaScript microtask" },
    {
      quote: "so no other task can run in between",
      says: "a JavaScript await of an async call that does not suspend lets no macrotask (setImmediate) run before it resumes",
      js: { code: `async function quick() { return 1; }\nsetImmediate(() => console.log("macrotask"));\nconsole.log(await quick());\nconsole.log("after await");\n`, stdout: "1\nafter await\nmacrotask\n" },
    },
  ],
  doneCallbacksSoon: [
    { ...asyncioClaims.doneCallbacks[0], quote: "A promise's `then` callbacks also run after `resolve()` returns, in order, but as microtasks, before any loop callback" },
    {
      quote: "awaiting a future registers one more done-callback, exactly like `Task.__wakeup`",
      says: "a task awaiting a future is woken by a done-callback of its own, in registration order among the others",
      python: {
        code: `${run}async def waiter(fut):\n    await fut\n    print("task wakes")\nasync def main():\n    fut = asyncio.get_running_loop().create_future()\n    fut.add_done_callback(lambda f: print("callback 1"))\n    t = asyncio.create_task(waiter(fut))\n    await asyncio.sleep(0)\n    print(len(fut._callbacks), "callbacks")\n    fut.add_done_callback(lambda f: print("callback 2"))\n    fut.set_result(None)\n    await t\n    await asyncio.sleep(0)\nasyncio.run(main())\n`,
        stdout: "2 callbacks\ncallback 1\ntask wakes\ncallback 2\n",
      },
    },
  ],
  callSoonFifo: [
    { ...asyncioClaims.loopCallbacks[0], quote: "never `queueMicrotask`, which would run before the loop's other callbacks" },
    { ...asyncioClaims.runningLoop[0], quote: "`asyncio.get_running_loop()` returns the same object in every task" },
    {
      quote: "behind what is already there (a task's next step included)",
      says: "call_soon after create_task: the task's step, already queued, runs first",
      python: { code: `${run}async def job():\n    print("task step")\nasync def main():\n    asyncio.create_task(job())\n    asyncio.get_running_loop().call_soon(print, "callback")\n    await asyncio.sleep(0)\nasyncio.run(main())\n`, stdout: "task step\ncallback\n" },
    },
  ],
  timersByDeadline: [
    { ...asyncioClaims.sleep[0], quote: "CPython's heap compares deadlines only and is not stable" },
    { ...asyncioClaims.sleep[1], quote: "because the monotonic clock moved between them and their deadlines differ" },
  ],
  gatherFirstError: [
    { ...asyncioClaims.gatherFailure[0], quote: "leaves the siblings running (as `Promise.all` would too)" },
  ],
  timeoutCancels: [
    { ...asyncioClaims.timeout[0], quote: "At the deadline the task is cancelled where it waits, so the block's own cleanup runs first" },
    {
      quote: "it raises TimeoutError (caused by the CancelledError)",
      says: "the TimeoutError of asyncio.timeout has the CancelledError as its __cause__",
      python: { code: `${run}async def main():\n    try:\n        async with asyncio.timeout(0.01):\n            await asyncio.sleep(1)\n    except TimeoutError as e:\n        print(type(e.__cause__).__name__)\nasyncio.run(main())\n`, stdout: "CancelledError\n" },
    },
  ],
  asyncForBreak: [
    { ...structureClaims.asyncForBreak[0], quote: "JavaScript's `for await` would call the generator's `return()` at the `break`, printing `finally` first." },
    {
      quote: "or when `asyncio.run` ends",
      says: "a generator held in a variable stays suspended after break until asyncio.run ends",
      python: { code: `${run}async def ticks():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print("finally")\nasync def main():\n    g = ticks()\n    async for n in g:\n        break\n    print("after break")\n    await asyncio.sleep(0)\n    print("still suspended")\nasyncio.run(main())\nprint("run ended")\n`, stdout: "after break\nstill suspended\nfinally\nrun ended\n" },
    },
  ],
  blockingSleep: [
    { ...structureClaims.blockingSleep[0], quote: "in real time it blocks the worker thread with `Atomics.wait`" },
    { ...structureClaims.timeClock[0], quote: "their digits differ, since CPython's include a little real time" },
    {
      quote: "`%Z` gives JavaScript's short zone name, which for some zones is `GMT+5:30` where glibc's tzdata says `IST`",
      says: "Intl's short name of Asia/Kolkata is GMT+5:30; CPython's strftime('%Z') there is IST",
      python: { code: `import os, time\nos.environ["TZ"] = "Asia/Kolkata"\ntime.tzset()\nprint(time.strftime("%Z", time.localtime(0)))\n`, stdout: "IST\n" },
      js: { code: `const parts = new Intl.DateTimeFormat("en-US", { timeZone: "Asia/Kolkata", timeZoneName: "short" }).formatToParts(new Date(0));\nconsole.log(parts.find((p) => p.type === "timeZoneName").value);\n`, stdout: "GMT+5:30\n" },
    },
  ],
  runUntilComplete: [
    { ...structureClaims.loopRuns[0], quote: "JavaScript's event loop is always running" },
    {
      quote: "Before the loop runs, `call_soon` and `create_task` only queue work",
      says: "a loop closed without being run never runs what was queued on it",
      python: { code: `${run}async def job():\n    print("never runs")\nloop = asyncio.new_event_loop()\nloop.call_soon(print, "never called")\nt = loop.create_task(job())\nt.cancel()\nloop.close()\nprint("closed")\n`, stdout: "closed\n" },
    },
  ],
  virtualClock: [
    { ...asyncioClaims.loopTime[0], quote: "CPython's real clock drifts by a few milliseconds, so only comparisons are exact." },
    {
      quote: "CPython waits forever",
      says: "asyncio.run of a task that waits for an Event nobody sets is still waiting after a second",
      python: { code: `import subprocess, sys\ntry:\n    subprocess.run([sys.executable, "-c", "import asyncio\\nasyncio.run(asyncio.Event().wait())"], timeout=1)\nexcept subprocess.TimeoutExpired:\n    print("still waiting after 1 s")\n`, stdout: "still waiting after 1 s\n" },
    },
    {
      quote: "the exit, with status 0 and without a word, that JavaScript gives when its event loop drains with a promise still pending",
      says: "node exits 0, printing nothing, when an async function waits for a promise nothing can settle",
      js: { code: `async function main() { await new Promise(() => {}); console.log("never"); }\nmain();\n`, stdout: "" },
    },
  ],
} satisfies Record<string, SentenceClaims>;
