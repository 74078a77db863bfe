/** Claims of the notes on asyncio's structures (locks, queues, generators, context managers) and cancellation. */
import type { Claims } from "./claim";

const run = "import asyncio\n";

export const structureClaims = {
  asyncWith: [
    {
      says: "async with lock waits in FIFO order and releases however the block ends",
      python: { code: `${run}async def w(lock, n):\n    async with lock:\n        print("in", n)\n        await asyncio.sleep(0.01)\nasync def main():\n    lock = asyncio.Lock()\n    await asyncio.gather(w(lock, 1), w(lock, 2), w(lock, 3))\n    print(lock.locked())\nasyncio.run(main())\n`, stdout: "in 1\nin 2\nin 3\nFalse\n" },
      js: { code: `let held = Promise.resolve();\nconst withLock = (f) => { const run = held.then(f); held = run.catch(() => {}); return run; };\nawait Promise.all([1, 2, 3].map((n) => withLock(async () => console.log("in", n))));\n`, stdout: "in 1\nin 2\nin 3\n" },
    },
  ],
  semaphore: [
    {
      says: "a BoundedSemaphore raises ValueError when released too often; a Semaphore's count grows",
      python: { code: `${run}async def main():\n    s = asyncio.Semaphore(1)\n    s.release()\n    print(s._value)\n    b = asyncio.BoundedSemaphore(1)\n    try:\n        b.release()\n    except ValueError as e:\n        print(e)\nasyncio.run(main())\n`, stdout: "2\nBoundedSemaphore released too many times\n" },
    },
    {
      says: "async with sem keeps n holders at a time and gives the permit back when the block raises; so does acquire() with try/finally release()",
      python: { code: `import asyncio\ninside = most = 0\nasync def job(sem, n):\n    global inside, most\n    async with sem:\n        inside += 1\n        most = max(most, inside)\n        try:\n            await asyncio.sleep(0.005)\n            if n == 0:\n                raise ValueError("fails")\n        finally:\n            inside -= 1\nasync def main():\n    sem = asyncio.Semaphore(2)\n    results = await asyncio.gather(*(job(sem, n) for n in range(4)), return_exceptions=True)\n    print("at most", most, "inside;", sum(isinstance(r, Exception) for r in results), "failed; permits", sem._value)\nasyncio.run(main())\n`, stdout: "at most 2 inside; 1 failed; permits 2\n" },
      js: { code: `let permits = 2;\nconst waiting = [];\nconst acquire = () => (permits > 0 ? (permits--, Promise.resolve()) : new Promise((r) => waiting.push(r)));\nconst release = () => { const next = waiting.shift(); if (next) next(); else permits++; };\nlet inside = 0, most = 0;\nasync function job(n) {\n  await acquire();\n  try {\n    most = Math.max(most, ++inside);\n    await new Promise((r) => setTimeout(r, 5));\n    if (n === 0) throw new Error("fails");\n  } finally {\n    inside--;\n    release();\n  }\n}\nconst results = await Promise.allSettled([0, 1, 2, 3].map(job));\nconsole.log("at most", most, "inside;", results.filter((r) => r.status === "rejected").length, "failed; permits", permits);\n`, stdout: "at most 2 inside; 1 failed; permits 2\n" },
    },
  ],
  condition: [
    {
      says: "wait() without holding the lock raises RuntimeError; woken waiters run in the order they waited",
      python: { code: `${run}async def waiter(cond, n):\n    async with cond:\n        await cond.wait()\n        print("woken", n)\nasync def main():\n    cond = asyncio.Condition()\n    try:\n        await cond.wait()\n    except RuntimeError as e:\n        print(e)\n    ts = [asyncio.create_task(waiter(cond, n)) for n in range(3)]\n    await asyncio.sleep(0)\n    async with cond:\n        cond.notify_all()\n    await asyncio.gather(*ts)\nasyncio.run(main())\n`, stdout: "cannot wait on un-acquired lock\nwoken 0\nwoken 1\nwoken 2\n" },
      js: { code: `console.log(typeof globalThis.Condition);\n`, stdout: "undefined\n" },
    },
  ],
  queue: [
    {
      says: "put waits while a bounded queue is full; waiting consumers are woken FIFO",
      python: { code: `${run}async def consumer(q, n):\n    print(n, "got", await q.get())\nasync def main():\n    q = asyncio.Queue(maxsize=1)\n    cs = [asyncio.create_task(consumer(q, n)) for n in ("a", "b")]\n    await asyncio.sleep(0)\n    await q.put(1)\n    await q.put(2)\n    print("full:", q.full())\n    await asyncio.gather(*cs)\nasyncio.run(main())\n`, stdout: "a got 1\nfull: True\nb got 2\n" },
      js: { code: `console.log(typeof globalThis.Queue);\n`, stdout: "undefined\n" },
    },
  ],
  asyncGenerator: [
    {
      says: "async generators run only as far as each next() asks, in both languages",
      python: { code: `${run}async def gen():\n    print("start")\n    yield 1\n    print("resumed")\n    yield 2\nasync def main():\n    g = gen()\n    print("made")\n    print(await g.__anext__())\nasyncio.run(main())\n`, stdout: "made\nstart\n1\n" },
      js: { code: `async function* gen() { console.log("start"); yield 1; console.log("resumed"); yield 2; }\nconst g = gen();\nconsole.log("made");\nconsole.log((await g.next()).value);\n`, stdout: "made\nstart\n1\n" },
    },
  ],
  iteratorClass: [
    {
      says: "Python's for calls __iter__/__next__ and stops at StopIteration; for...of wants Symbol.iterator and {done, value}, and throws on an object without it",
      python: { code: `class Count:\n    def __init__(self):\n        self.n = 0\n    def __iter__(self):\n        return self\n    def __next__(self):\n        self.n += 1\n        if self.n > 2:\n            raise StopIteration\n        return self.n\nfor x in Count():\n    print(x)\n`, stdout: "1\n2\n" },
      js: { code: `const count = { n: 0, [Symbol.iterator]() { return this; }, next() { this.n++; return this.n > 2 ? { done: true, value: undefined } : { done: false, value: this.n }; } };\nfor (const x of count) console.log(x);\ntry { for (const x of { next() { return { done: true } } }) console.log(x); } catch (e) { console.log(e.constructor.name); }\n`, stdout: "1\n2\nTypeError\n" },
    },
  ],
  asyncIteratorClass: [
    {
      says: "Python's async for calls __aiter__/__anext__ and stops at StopAsyncIteration; for await wants Symbol.asyncIterator and {done, value}",
      python: { code: `${run}class Count:\n    def __init__(self):\n        self.n = 0\n    def __aiter__(self):\n        return self\n    async def __anext__(self):\n        self.n += 1\n        if self.n > 2:\n            raise StopAsyncIteration\n        return self.n\nasync def main():\n    async for x in Count():\n        print(x)\nasyncio.run(main())\n`, stdout: "1\n2\n" },
      js: { code: `const count = { n: 0, [Symbol.asyncIterator]() { return this; }, async next() { this.n++; return this.n > 2 ? { done: true, value: undefined } : { done: false, value: this.n }; } };\nfor await (const x of count) console.log(x);\n`, stdout: "1\n2\n" },
    },
  ],
  asyncForBreak: [
    {
      says: "break leaves a Python async generator suspended (finalized later); for await calls return() at once",
      python: { code: `${run}async def ticks():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print("finally")\nasync def main():\n    async for n in ticks():\n        break\n    print("after break")\n    await asyncio.sleep(0)\n    await asyncio.sleep(0)\nasyncio.run(main())\n`, stdout: "after break\nfinally\n" },
      js: { code: `async function* ticks() { try { yield 1; yield 2; } finally { console.log("finally"); } }\nfor await (const n of ticks()) break;\nconsole.log("after break");\n`, stdout: "finally\nafter break\n" },
    },
  ],
  asyncContextManager: [
    {
      says: "the block's exception is raised at the yield; swallowing it suppresses it",
      python: { code: `import asyncio, contextlib\n@contextlib.asynccontextmanager\nasync def guard():\n    try:\n        yield "value"\n    except ValueError as e:\n        print("swallowed", e)\nasync def main():\n    async with guard() as v:\n        print(v)\n        raise ValueError("x")\n    print("after")\nasyncio.run(main())\n`, stdout: "value\nswallowed x\nafter\n" },
      js: { code: `async function* guard() { try { yield "value"; } catch (e) { console.log("swallowed", e.message); } }\nconst g = guard();\nconsole.log((await g.next()).value);\nconsole.log((await g.throw(new Error("x"))).done);\n`, stdout: "value\nswallowed x\ntrue\n" },
    },
  ],
  awaitUsing: [
    {
      says: "__aexit__ sees the body's exception and can suppress it",
      python: { code: `${run}class CM:\n    async def __aenter__(self):\n        return self\n    async def __aexit__(self, t, e, tb):\n        print("exit sees", repr(e))\n        return True\nasync def main():\n    async with CM():\n        raise ValueError("body")\n    print("suppressed")\nasyncio.run(main())\n`, stdout: "exit sees ValueError('body')\nsuppressed\n" },
      ts: { code: `const make = (fail: boolean) => ({ async [Symbol.asyncDispose](...args: unknown[]) { console.log("dispose gets", args.length, "arguments"); if (fail) throw new Error("dispose"); } });\nasync function main(fail: boolean) { await using cm = make(fail); void cm; throw new Error("body"); }\ntry { await main(false); } catch (e) { console.log("caught", (e as Error).message); }\ntry { await main(true); } catch (e) { const s = e as { name: string; error: Error; suppressed: Error }; console.log(s.name, s.error.message, s.suppressed.message); }\n`, stdout: "dispose gets 0 arguments\ncaught body\ndispose gets 0 arguments\nSuppressedError dispose body\n" },
    },
  ],
  asyncExitStack: [
    {
      says: "AsyncExitStack exits what it entered, last first",
      python: { code: `import asyncio, contextlib\n@contextlib.asynccontextmanager\nasync def res(n):\n    yield n\n    print("exit", n)\nasync def main():\n    async with contextlib.AsyncExitStack() as stack:\n        for n in range(3):\n            await stack.enter_async_context(res(n))\nasyncio.run(main())\n`, stdout: "exit 2\nexit 1\nexit 0\n" },
      js: { code: `const stack = [];\nfor (const n of [0, 1, 2]) stack.push(() => console.log("exit", n));\nwhile (stack.length) stack.pop()();\n`, stdout: "exit 2\nexit 1\nexit 0\n" },
    },
  ],
  suppress: [
    {
      says: "suppress(E) swallows E raised in the block and goes on after it",
      python: { code: `import contextlib\nwith contextlib.suppress(KeyError):\n    {}["x"]\n    print("not reached")\nprint("after")\n`, stdout: "after\n" },
      js: { code: `try { throw new RangeError("x"); } catch (e) { if (!(e instanceof RangeError)) throw e; }\nconsole.log("after");\n`, stdout: "after\n" },
    },
  ],
  timeClock: [
    {
      says: "CPython's time.time() is epoch time, far from loop.time(); durations carry real time",
      python: { code: `import asyncio, time\nasync def main():\n    loop = asyncio.get_running_loop()\n    print(time.time() - loop.time() > 1e6)\n    t = time.perf_counter()\n    await asyncio.sleep(0.02)\n    d = time.perf_counter() - t\n    print(d >= 0.02, d == 0.02)\nasyncio.run(main())\n`, stdout: "True\nTrue False\n" },
      js: { code: `const t = performance.now();\nconsole.log(typeof t, Date.now() - t > 1e9);\n`, stdout: "number true\n" },
    },
  ],
  wallClock: [
    {
      says: "time.strftime formats a time with % directives; a JavaScript Date has no strftime, only fixed formats",
      python: { code: `import time\nprint(time.strftime("%a %d %b %Y %H:%M:%S", time.gmtime(86400)))\nprint(time.strftime("%X", time.gmtime(3723)))\n`, stdout: "Fri 02 Jan 1970 00:00:00\n01:02:03\n" },
      js: { code: `console.log(new Date(86400e3).toUTCString());\nconsole.log(new Date(3723e3).toISOString().slice(11, 19), typeof Date.prototype.strftime);\n`, stdout: "Fri, 02 Jan 1970 00:00:00 GMT\n01:02:03 undefined\n" },
    },
  ],
  blockingSleep: [
    {
      says: "time.sleep blocks the loop: a due timer runs after it; Node allows Atomics.wait on the main thread",
      python: { code: `import asyncio, time\nasync def main():\n    asyncio.get_running_loop().call_later(0.01, print, "timer")\n    time.sleep(0.03)\n    print("after sleep")\n    await asyncio.sleep(0)\nasyncio.run(main())\n`, stdout: "after sleep\ntimer\n" },
      js: { code: `setTimeout(() => console.log("timer"), 5);\nconsole.log(Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20));\nconsole.log("after wait");\n`, stdout: "timed-out\nafter wait\ntimer\n" },
    },
  ],
  cancellation: [
    {
      says: "task.cancel() raises CancelledError inside the task at its await; awaiting it raises CancelledError",
      python: { code: `${run}async def work():\n    try:\n        await asyncio.sleep(1)\n    finally:\n        print("cleanup runs")\nasync def main():\n    t = asyncio.create_task(work())\n    await asyncio.sleep(0)\n    t.cancel()\n    try:\n        await t\n    except asyncio.CancelledError:\n        print("cancelled", t.cancelled())\nasyncio.run(main())\n`, stdout: "cleanup runs\ncancelled True\n" },
      js: { code: `import { setTimeout as delay } from "node:timers/promises";\nconst ac = new AbortController();\nconst aware = delay(1000, null, { signal: ac.signal }).catch((e) => console.log("aware:", e.name));\nconst unaware = delay(20).then(() => console.log("unaware ran on"));\nac.abort();\nawait aware; await unaware;\n`, stdout: "aware: AbortError\nunaware ran on\n" },
    },
  ],
  unretrievedException: [
    {
      says: "CPython logs 'Task exception was never retrieved' and exits 0; Node exits 1 on an unhandled rejection",
      python: { code: `${run}async def fail():\n    raise ValueError("lost")\nasync def main():\n    asyncio.create_task(fail())\n    await asyncio.sleep(0.01)\n    print("main done")\nasyncio.run(main())\n`, stdout: "main done\n", stderrIncludes: "Task exception was never retrieved", exitCode: 0 },
      js: { code: `async function fail() { throw new Error("lost"); }\nfail();\nawait new Promise((r) => setTimeout(r, 10));\nconsole.log("not reached");\n`, stdout: "", stderrIncludes: "Error: lost", exitCode: 1 },
    },
    {
      says: "CPython logs at garbage collection: a task only the loop holds as soon as it fails, one kept in a variable when main returns; Node reports an unhandled rejection whoever holds the promise",
      python: { code: `${run}import sys\nasync def fail(msg):\n    raise ValueError(msg)\nasync def main():\n    asyncio.create_task(fail("loose"))\n    kept = asyncio.create_task(fail("kept"))\n    await asyncio.sleep(0.01)\n    print("main goes on", file=sys.stderr)\nasyncio.run(main())\n`, stdout: "", stderrIncludes: "ValueError: loose\nmain goes on\nTask exception was never retrieved\nfuture: <Task finished name='Task-3' coro=<fail() done, defined at ", exitCode: 0 },
      js: { code: `const kept = (async () => { throw new Error("kept"); })();\nawait new Promise((r) => setTimeout(r, 10));\nconsole.log("not reached", typeof kept);\n`, stdout: "", stderrIncludes: "Error: kept", exitCode: 1 },
    },
  ],
  loopRuns: [
    {
      says: "run_until_complete runs the loop only inside it: what was scheduled before waits; JavaScript's loop runs by itself",
      python: { code: `${run}loop = asyncio.new_event_loop()\nloop.call_soon(print, "scheduled before")\nprint("not run yet")\nasync def main():\n    print("main")\nloop.run_until_complete(main())\nloop.close()\n`, stdout: "not run yet\nscheduled before\nmain\n" },
      js: { code: `setTimeout(() => console.log("scheduled before"), 0);\nconsole.log("script ends");\n`, stdout: "script ends\nscheduled before\n" },
    },
  ],
  floatingCoroutine: [
    {
      says: "an un-awaited coroutine never runs and CPython warns; a JS async call runs at once",
      python: { code: `${run}async def f():\n    print("body")\nasync def main():\n    f()\n    print("main")\nasyncio.run(main())\n`, stdout: "main\n", stderrIncludes: "was never awaited" },
      js: { code: `async function f() { console.log("body"); }\nf();\nconsole.log("main");\n`, stdout: "body\nmain\n" },
    },
    {
      says: "typescript-eslint's no-floating-promises reports the bare call, not the void or awaited one",
      js: {
        // The project's own eslint and typescript-eslint, on a file in a temporary directory (the rule needs type information).
        code: `import { ESLint } from "eslint";\nimport tseslint from "typescript-eslint";\nimport { mkdtempSync, rmSync, writeFileSync } from "node:fs";\nimport os from "node:os";\nimport path from "node:path";\nconst dir = mkdtempSync(path.join(os.tmpdir(), "claim-lint-"));\nwriteFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, target: "ES2022", lib: ["ES2022"], types: [] }, include: ["*.ts"] }));\nwriteFileSync(path.join(dir, "a.ts"), "async function f(): Promise<void> {}\\nf();\\nvoid f();\\nawait f();\\nexport {};\\n");\nconst eslint = new ESLint({\n  cwd: dir,\n  overrideConfigFile: true,\n  overrideConfig: [{ files: ["**/*.ts"], languageOptions: { parser: tseslint.parser, parserOptions: { project: "./tsconfig.json", tsconfigRootDir: dir } }, plugins: { "@typescript-eslint": tseslint.plugin }, rules: { "@typescript-eslint/no-floating-promises": "error" } }],\n});\nconst [result] = await eslint.lintFiles(["a.ts"]);\nfor (const m of result.messages) console.log(m.line, m.ruleId);\nrmSync(dir, { recursive: true });\n`,
        stdout: "2 @typescript-eslint/no-floating-promises\n",
      },
    },
  ],
} satisfies Record<string, Claims>;
