/**
 * Claims of the plain-TypeScript view's differences from CPython (src/plain/differences.ts): each explanation
 * shown by micro-programs run under python3 and node by test/unit/noteClaims.test.ts. A difference kind
 * without claims does not typecheck. `refusalClaims` does the same for what the refusal messages
 * (src/plain/refusals.ts) say about the platform.
 */
import type { DifferenceKind } from "../../src/plain/differences";
import type { PlatformFact } from "../../src/plain/refusals";
import type { Claims } from "./claim";

const run = "import asyncio\n";

export const plainClaims: { readonly [K in DifferenceKind]: Claims } = {
  eagerStart: [
    {
      says: "create_task schedules the coroutine: its body starts once the creating task waits",
      python: { code: `${run}async def w():\n    print("w starts")\nasync def main():\n    t = asyncio.create_task(w())\n    print("task created")\n    await t\nasyncio.run(main())\n`, stdout: "task created\nw starts\n" },
      js: { code: `async function w() { console.log("w starts"); }\nconst t = w();\nconsole.log("task created");\nawait t;\n`, stdout: "w starts\ntask created\n" },
    },
  ],
  consoleLog: [
    {
      says: "print writes str() of each value; console.log formats with util.inspect; strings and whole numbers alike",
      python: { code: `print([1, 2], None, True, 1.0, {'a': 1}, "s", 3)\n`, stdout: "[1, 2] None True 1.0 {'a': 1} s 3\n" },
      js: { code: `console.log([1, 2], null, true, 1.0, new Map([["a", 1]]), "s", 3);\n`, stdout: "[ 1, 2 ] null true 1 Map(1) { 'a' => 1 } s 3\n" },
    },
  ],
  stringConversion: [
    {
      says: "str() and repr() against String()",
      python: { code: `print(str(None), str(1.0), str([1, 2]), repr('a'), repr(ValueError('x')))\n`, stdout: "None 1.0 [1, 2] 'a' ValueError('x')\n" },
      js: {
        code: `class ValueError extends Error { name = "ValueError"; }\nconsole.log(String(null), String(1.0), String([1, 2]), String("a"), String(new ValueError("x")));\n`,
        stdout: "null 1 1,2 a ValueError: x\n",
      },
    },
  ],
  typeNames: [
    {
      says: "type([]) prints <class 'list'>; [].constructor.name is Array, typeof [] is object",
      python: { code: `print(type([]))\n`, stdout: "<class 'list'>\n" },
      js: { code: `console.log([].constructor.name, typeof []);\n`, stdout: "Array object\n" },
    },
  ],
  remainderSign: [
    {
      says: "Python's % takes the divisor's sign, JavaScript's the dividend's; they agree on non-negative operands",
      python: { code: `print(-7 % 3, 7 % 3)\n`, stdout: "2 1\n" },
      js: { code: `console.log(-7 % 3, 7 % 3);\n`, stdout: "-1 1\n" },
    },
  ],
  missingItem: [
    {
      says: "pop() of an empty list raises IndexError and index() of a missing value ValueError; [].pop() is undefined and indexOf -1",
      python: {
        code: `try:\n    [].pop()\nexcept IndexError as e:\n    print("IndexError", e)\ntry:\n    [1].index(5)\nexcept ValueError as e:\n    print("ValueError", e)\n`,
        stdout: "IndexError pop from empty list\nValueError 5 is not in list\n",
      },
      js: { code: `console.log([].pop(), [1].indexOf(5));\n`, stdout: "undefined -1\n" },
    },
    {
      says: "d[k] raises KeyError and xs[i] IndexError; Map.get and Array.at give undefined; both count a negative index from the end",
      python: { code: `d = {}\nxs = [1, 2]\ntry:\n    d["x"]\nexcept KeyError as e:\n    print("KeyError", e)\ntry:\n    xs[5]\nexcept IndexError as e:\n    print(e)\nprint(xs[-1])\n`, stdout: "KeyError 'x'\nlist index out of range\n2\n" },
      js: { code: `console.log(new Map().get("x"), [1, 2].at(5), [1, 2].at(-1));\n`, stdout: "undefined undefined 2\n" },
    },
  ],
  fixedRounding: [
    {
      says: "format rounds a true tie to even; toFixed picks the larger; 2.675 is not a tie and rounds alike",
      python: { code: `print(f"{0.125:.2f}", f"{2.675:.2f}", f"{1.5:.0f}", f"{2.5:.0f}")\n`, stdout: "0.12 2.67 2 2\n" },
      js: { code: `console.log((0.125).toFixed(2), (2.675).toFixed(2), (1.5).toFixed(0), (2.5).toFixed(0));\n`, stdout: "0.13 2.67 2 3\n" },
    },
  ],
  divisionByZero: [
    {
      says: "1 / 0 raises ZeroDivisionError in Python; JavaScript gives Infinity, -Infinity, NaN",
      python: { code: `try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\n`, stdout: "division by zero\n" },
      js: { code: `console.log(1 / 0, -1 / 0, 0 / 0);\n`, stdout: "Infinity -Infinity NaN\n" },
    },
  ],
  loopShutdown: [
    {
      says: "asyncio.run cancels a task still running when main returns; Node runs a started promise to its end",
      python: {
        code: `${run}async def late():\n    await asyncio.sleep(0.05)\n    print("late done")\nasync def main():\n    asyncio.create_task(late())\n    print("main done")\nasyncio.run(main())\n`,
        stdout: "main done\n",
      },
      js: {
        code: `import { setTimeout as sleep } from "node:timers/promises";\nasync function late() { await sleep(50); console.log("late done"); }\nasync function main() { void late(); console.log("main done"); }\nawait main();\n`,
        stdout: "main done\nlate done\n",
      },
    },
  ],
  ordering: [
    {
      says: "sort() with no comparator compares strings; a < comparator orders numbers and strings as Python, not arrays; max([]) raises ValueError, reduce of [] a TypeError",
      python: {
        code: `print(sorted([10, 9, 1]), sorted(["b", "a"]), sorted([[10], [9]]), max([3, 7]))\ntry:\n    max([])\nexcept ValueError as e:\n    print("ValueError", e)\n`,
        stdout: "[1, 9, 10] ['a', 'b'] [[9], [10]] 7\nValueError max() arg is an empty sequence\n",
      },
      js: {
        code: `const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);\nconsole.log([10, 9, 1].sort(), [10, 9, 1].sort(cmp), ["b", "a"].sort(cmp), [[10], [9]].sort(cmp), [3, 7].reduce((best, x) => (x > best ? x : best)));\ntry { [].reduce((best, x) => (x > best ? x : best)); } catch (e) { console.log(e.constructor.name, e.message); }\n`,
        stdout: "[ 1, 10, 9 ] [ 1, 9, 10 ] [ 'a', 'b' ] [ [ 10 ], [ 9 ] ] 7\nTypeError Reduce of empty array with no initial value\n",
      },
    },
  ],
  roundHalfEven: [
    {
      says: "round() takes a tie to the even integer and rounds the exact binary value; Math.round takes a half up, and x * 100 may become a tie",
      python: { code: `print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.675, 2))\n`, stdout: "0 2 2 -2 2.67\n" },
      js: { code: `console.log(Math.round(0.5), Math.round(1.5), Math.round(2.5), Math.round(-2.5), Math.round(2.675 * 10 ** 2) / 10 ** 2);\n`, stdout: "1 2 3 -2 2.68\n" },
    },
  ],
  numberParsing: [
    {
      says: "float() and int() raise ValueError on text that is not a number; Number() gives NaN, 0 for '', reads 0x10, not inf",
      python: {
        code: `for s in ["inf", "", "12abc", "0x10"]:\n    try:\n        print(float(s))\n    except ValueError as e:\n        print("ValueError", e)\ntry:\n    int("1.5")\nexcept ValueError as e:\n    print("ValueError", e)\n`,
        stdout:
          "inf\nValueError could not convert string to float: ''\nValueError could not convert string to float: '12abc'\nValueError could not convert string to float: '0x10'\nValueError invalid literal for int() with base 10: '1.5'\n",
      },
      js: { code: `console.log(Number("inf"), Number(""), Number("12abc"), Number("0x10"), Math.trunc(Number("1.5")));\n`, stdout: "NaN 0 NaN 16 1\n" },
    },
  ],
  identityEquality: [
    {
      says: "== compares lists, tuples and dicts by contents; === compares arrays and Maps by identity; numbers and strings alike",
      python: { code: `print([1, 2] == [1, 2], (1, 2) == (1, 2), {"a": 1} == {"a": 1}, 1 == 1, "a" == "a")\n`, stdout: "True True True True True\n" },
      js: { code: `const a = [1, 2];\nconst b = [1, 2];\nconsole.log(a === b, new Map([["a", 1]]) === new Map([["a", 1]]), 1 === 1, "a" === "a");\n`, stdout: "false false true true\n" },
    },
  ],
  microtaskInterleaving: [
    {
      says: "await of a coroutine that never suspends does not yield in CPython; every await yields a microtask in JavaScript, so two workers interleave",
      python: {
        code: `${run}async def quick(i):\n    return i\nasync def worker(name):\n    for i in range(2):\n        await quick(i)\n        print(name, i)\nasync def main():\n    await asyncio.gather(worker("a"), worker("b"))\nasyncio.run(main())\n`,
        stdout: "a 0\na 1\nb 0\nb 1\n",
      },
      js: {
        code: `async function quick(i) { return i; }\nasync function worker(name) { for (let i = 0; i < 2; i++) { await quick(i); console.log(name, i); } }\nawait Promise.all([worker("a"), worker("b")]);\n`,
        stdout: "a 0\nb 0\na 1\nb 1\n",
      },
    },
  ],
  cancellation: [
    {
      says: "wait_for cancels the work on timeout (its finally runs first, nothing after); Promise.race only stops waiting; a promise has no cancel() and abort() stops only code that checks the signal",
      python: {
        code: `${run}async def work():\n    try:\n        await asyncio.sleep(0.1)\n        print("work done")\n    finally:\n        print("work ends")\nasync def main():\n    try:\n        await asyncio.wait_for(work(), 0.05)\n    except TimeoutError:\n        print("timed out")\n    await asyncio.sleep(0.2)\nasyncio.run(main())\n`,
        stdout: "work ends\ntimed out\n",
      },
      js: {
        code: `import { setTimeout as sleep } from "node:timers/promises";\nasync function work(signal) { try { await sleep(100); console.log("work done", signal.aborted); } finally { console.log("work ends"); } }\nconst controller = new AbortController();\ntry { await Promise.race([work(controller.signal), sleep(50).then(() => { throw new Error("timeout"); })]); } catch { console.log("timed out"); controller.abort(); }\nconsole.log(typeof Promise.prototype.cancel);\nawait sleep(200);\n`,
        stdout: "timed out\nundefined\nwork done true\nwork ends\n",
      },
    },
  ],
  unseededRandom: [
    {
      says: "random.seed(42) makes random() repeat the same number; Math.random takes no argument and there is no seed function",
      python: { code: `import random\nrandom.seed(42)\nprint(random.random())\nrandom.seed(42)\nprint(random.random())\n`, stdout: "0.6394267984578837\n0.6394267984578837\n" },
      js: { code: `console.log(Math.random.length, typeof Math.seed, Object.getOwnPropertyNames(Math).filter((name) => /seed|random/i.test(name)));\n`, stdout: "0 undefined [ 'random' ]\n" },
    },
  ],
};

/** Claims of the platform facts the refusal messages state (src/plain/refusals.ts, `platformFacts`). */
export const refusalClaims: { readonly [K in PlatformFact]: Claims } = {
  noCancel: [
    {
      says: "task.cancel() stops the work; a promise has no cancel(), and abort() stops only code that checks the signal",
      python: {
        code: `${run}async def work():\n    await asyncio.sleep(0.05)\n    print("work done")\nasync def main():\n    t = asyncio.create_task(work())\n    await asyncio.sleep(0)\n    t.cancel()\n    await asyncio.sleep(0.1)\n    print("main done")\nasyncio.run(main())\n`,
        stdout: "main done\n",
      },
      js: {
        code: `import { setTimeout as sleep } from "node:timers/promises";\nconst controller = new AbortController();\nasync function work(signal) { await sleep(50); console.log("work done", signal.aborted); }\nconst p = work(controller.signal);\nconsole.log(typeof p.cancel);\ncontroller.abort();\nawait sleep(100);\nconsole.log("main done");\n`,
        stdout: "undefined\nwork done true\nmain done\n",
      },
    },
  ],
  promiseState: [
    {
      says: "a Future answers done() and result(); a promise's only methods are then, catch and finally",
      python: { code: `${run}async def main():\n    fut = asyncio.get_running_loop().create_future()\n    print(fut.done())\n    fut.set_result(1)\n    print(fut.done(), fut.result())\nasyncio.run(main())\n`, stdout: "False\nTrue 1\n" },
      js: { code: `console.log(Object.getOwnPropertyNames(Promise.prototype), typeof Promise.resolve(1).done);\n`, stdout: "[ 'constructor', 'then', 'catch', 'finally' ] undefined\n" },
    },
  ],
  noSyncGlobals: [
    {
      says: "asyncio has Lock, Semaphore, Condition, Barrier and Queue; Node has no such globals",
      python: { code: `import asyncio\nprint(asyncio.Lock.__name__, asyncio.Semaphore.__name__, asyncio.Condition.__name__, asyncio.Barrier.__name__, asyncio.Queue.__name__)\n`, stdout: "Lock Semaphore Condition Barrier Queue\n" },
      js: { code: `console.log(typeof Lock, typeof Semaphore, typeof Condition, typeof Barrier, typeof Queue);\n`, stdout: "undefined undefined undefined undefined undefined\n" },
    },
  ],
  domEvent: [
    {
      says: "asyncio.Event has set() and wait(); Node's global Event is a DOM event without them",
      python: { code: `import asyncio\ne = asyncio.Event()\nprint(callable(e.set), callable(e.wait))\n`, stdout: "True True\n" },
      js: { code: `const e = new Event("x");\nconsole.log(typeof Event, typeof e.set, typeof e.wait);\n`, stdout: "function undefined undefined\n" },
    },
  ],
  aggregateError: [
    {
      says: "ExceptionGroup has split() and except*; AggregateError has neither split() nor subgroup()",
      python: {
        code: `eg = ExceptionGroup("g", [ValueError("a"), KeyError("b")])\nmatch, rest = eg.split(ValueError)\nprint(len(match.exceptions), len(rest.exceptions))\ntry:\n    raise eg\nexcept* ValueError:\n    print("values")\nexcept* KeyError:\n    print("keys")\n`,
        stdout: "1 1\nvalues\nkeys\n",
      },
      js: { code: `const ag = new AggregateError([new Error("a")]);\nconsole.log(ag.errors.length, typeof ag.split, typeof ag.subgroup);\n`, stdout: "1 undefined undefined\n" },
    },
    {
      says: "catch* is not JavaScript syntax",
      python: { code: `print("except* is Python 3.11 syntax")\n`, stdout: "except* is Python 3.11 syntax\n" },
      js: { code: `try { throw new Error("x"); } catch* (e) { console.log(e); }\n`, stdout: "", exitCode: 1, stderrIncludes: "SyntaxError" },
    },
  ],
  mapKeys: [
    {
      says: "a dict finds a tuple key by value and takes 1 and True as one key; a Map compares array keys by identity and keeps 1 and true apart",
      python: { code: `d = {(1, 2): "a"}\nprint(d[(1, 2)], len({1: "a", True: "b"}))\n`, stdout: "a 1\n" },
      js: { code: `console.log(new Map([[[1, 2], "a"]]).get([1, 2]), new Map([[1, "a"], [true, "b"]]).size);\n`, stdout: "undefined 2\n" },
    },
  ],
  disposeWithoutError: [
    {
      says: "__aexit__ gets the block's exception and a true result swallows it; [Symbol.asyncDispose]() gets no arguments and its result does not suppress the error",
      python: {
        code: `${run}class Quiet:\n    async def __aenter__(self):\n        return self\n    async def __aexit__(self, *exc):\n        print("exit gets", exc[0].__name__)\n        return True\nasync def main():\n    async with Quiet():\n        raise ValueError("body")\n    print("swallowed")\nasyncio.run(main())\n`,
        stdout: "exit gets ValueError\nswallowed\n",
      },
      ts: {
        code: `const quiet = () => ({ async [Symbol.asyncDispose](...args: unknown[]) { console.log("dispose gets", args.length, "arguments"); return true; } });\nasync function main() { await using q = quiet(); void q; throw new Error("body"); }\ntry { await main(); console.log("swallowed"); } catch (e) { console.log("caught", (e as Error).message); }\n`,
        stdout: "dispose gets 0 arguments\ncaught body\n",
      },
    },
  ],
  syncDisposeWithoutError: [
    {
      says: "__exit__ gets the block's exception and a true result swallows it; [Symbol.dispose]() gets no arguments and its result does not suppress the error",
      python: {
        code: `class Quiet:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        print("exit gets", exc[0].__name__)\n        return True\nwith Quiet():\n    raise ValueError("body")\nprint("swallowed")\n`,
        stdout: "exit gets ValueError\nswallowed\n",
      },
      ts: {
        code: `const quiet = () => ({ [Symbol.dispose](...args: unknown[]) { console.log("dispose gets", args.length, "arguments"); return true; } });\nfunction main() { using q = quiet(); void q; throw new Error("body"); }\ntry { main(); console.log("swallowed"); } catch (e) { console.log("caught", (e as Error).message); }\n`,
        stdout: "dispose gets 0 arguments\ncaught body\n",
      },
    },
  ],
};
