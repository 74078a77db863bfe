/** The translator's decisions, checked on small programs (the differential test checks behaviour). */
import assert from "node:assert/strict";
import { translate } from "../../src/pipeline";
import { LineMap } from "../../src/core/lineMap";
import { asyncioApi } from "../../src/translate/asyncioApi";
import { translateModule } from "../../src/translate/index";
import { createPythonParser } from "../../src/python/parser";

async function program(source: string): Promise<string> {
  const result = await translate(source);
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  assert.deepEqual(errors.map((d) => d.message), [], "unexpected errors");
  return result.program.ts;
}

async function diagnostics(source: string): Promise<string[]> {
  const result = await translate(source);
  const lines = new LineMap(source);
  return result.diagnostics.map((d) => `${lines.format(d.span.start)} ${d.code}`);
}

const seedLike = `import asyncio
async def work(i):
    await asyncio.sleep(1)
    return i * 2
async def main():
    coros = [work(i) for i in range(3)]
    results = await asyncio.gather(*coros)
    print(results)
asyncio.run(main())
`;

describe("translator", () => {
  describe("gather as plain Promise.all only where that is exact", () => {
    it("uses Promise.all and eager calls for the lesson's pattern", async () => {
      const ts = await program(seedLike);
      assert.match(ts, /const coros = Array\.from\(\{ length: 3 \}, \(_, i\) => work\(i\)\);/);
      assert.match(ts, /await Promise\.all\(coros\)/);
    });

    it("keeps coroutines lazy when something runs between creating and gathering them", async () => {
      const ts = await program(seedLike.replace("    results =", '    print("created")\n    results ='));
      assert.match(ts, /\(\) => work\(i\)/);
      assert.match(ts, /await gather\(coros\)/);
    });

    it("keeps the asyncio gather when another task may be running", async () => {
      const ts = await program(seedLike.replace("    coros =", "    t = asyncio.create_task(work(9))\n    coros ="));
      assert.match(ts, /await gather\(coros\)/);
    });

    it("keeps the asyncio gather when a child can raise", async () => {
      const ts = await program(seedLike.replace("    return i * 2", "    if i == 1:\n        raise ValueError(i)\n    return i * 2"));
      assert.match(ts, /await gather\(coros\)/);
    });

    it("keeps the asyncio gather in a coroutine that itself runs concurrently", async () => {
      const source = seedLike.replace("asyncio.run(main())", "async def outer():\n    await asyncio.gather(main(), main())\nasyncio.run(outer())");
      const ts = await program(source);
      assert.match(ts, /await gather\(coros\)/);
    });
  });

  describe("declarations", () => {
    it("declares at the first assignment, const when assigned once", async () => {
      const ts = await program("x = 1\ny = 2\ny += x\nprint(y)\n");
      assert.match(ts, /^const x = 1;$/m);
      assert.match(ts, /^let y = 2;$/m);
    });

    it("hoists a variable assigned in both branches", async () => {
      const ts = await program("import asyncio\nflag = True\nif flag:\n    v = 1\nelse:\n    v = 2\nprint(v)\n");
      assert.match(ts, /^let v!: number;$/m);
      assert.match(ts, /^ {2}v = 1;$/m);
    });

    it("types an empty list from its appends", async () => {
      const ts = await program("xs = []\nxs.append('a')\nprint(xs)\n");
      assert.match(ts, /^const xs: string\[\] = \[\];$/m);
    });

    it("infers parameter and return types from calls", async () => {
      const ts = await program("def area(w, h):\n    return w * h\nprint(area(2, 3.5))\n");
      assert.match(ts, /function area\(w: number, h: number\): number/);
    });
  });

  describe("Python meaning", () => {
    it("uses helpers for floor division and modulo, and plain / for a literal divisor", async () => {
      const ts = await program("a = 7\nprint(a // 2, a % 2, a / 2)\n");
      assert.match(ts, /floorDiv\(a, 2\), mod\(a, 2\), str\(a \/ 2, "float"\)/);
    });

    it("passes the Python type where a float must print as a float", async () => {
      const ts = await program("x = 4.0\nprint(x)\n");
      assert.match(ts, /print\(str\(x, "float"\)\)/);
    });

    it("compares lists by value", async () => {
      const ts = await program("print([1] == [1])\n");
      assert.match(ts, /pyEquals\(\[1\], \[1\]\)/);
    });

    it("turns for/else into a labelled block", async () => {
      const ts = await program("for i in range(3):\n    if i == 5:\n        break\nelse:\n    print('none')\n");
      assert.match(ts, /^loop: \{$/m);
      assert.match(ts, /break loop;/);
    });

    it("keeps comments", async () => {
      const ts = await program("# leading\nx = 1  # trailing\nprint(x)\n");
      assert.match(ts, /^\/\/ leading\nconst x = 1; \/\/ trailing$/m);
    });

    it("keeps literal defaults inline and evaluates other defaults once, where the function is defined", async () => {
      const ts = await program("def f(x, n=3, acc=[]):\n    acc.append(x * n)\n    return acc\nprint(f(1))\nfs = []\nfor i in range(2):\n    fs.append(lambda i=i: i)\nprint([g() for g in fs])\n");
      assert.match(ts, /^const accDefault: number\[\] = \[\];\nfunction f\(x: number, n: number = 3, acc: number\[\] = accDefault\)/m);
      assert.match(ts, /fs\.push\(\(\(iDefault: number\) => \(i_: number = iDefault\) => i_\)\(i\)\)/);
    });

    it("checks arithmetic on operands that may not be numbers, and keeps plain + for known ones", async () => {
      const ts = await program("def f(x):\n    return x\na = f(None)\nb = f(2)\nprint(a + 1, 'a' + 1, 2 + 3)\n");
      assert.match(ts, /print\(pyAdd\(a, 1\), raiseOperandTypeError\("\+", "a", 1\), 2 \+ 3\)/);
    });

    it("puts a class attribute an instance assigns on the prototype", async () => {
      const ts = await program("class C:\n    size = 1\n    count = 0\nc = C()\nc.size = 2\nprint(c.size, C.size, c.count)\n");
      assert.match(ts, /declare size: number;\n {2}static count = 0;/);
      assert.match(ts, /^C\.prototype\.size = 1;$/m);
      assert.match(ts, /print\(c\.size, C\.prototype\.size, C\.count\)/);
    });

    it("matches f(**mapping) to the parameters at run time", async () => {
      const ts = await program("def f(a, b=2, **rest):\n    print(a, b, rest)\nopts = {'b': 5}\nf(1, **opts)\n");
      assert.match(ts, /f\(\.\.\.bindArguments\(\{ name: "f", params: \["a", "b"\], positional: 2, required: \["a"\], kwargs: true \}, \[1\], \[\], new Map\(\), \[\], opts\) as Parameters<typeof f>\)/);
    });

    it("renames names that clash with keywords and helpers", async () => {
      const ts = await program("def print_all(items):\n    for new in items:\n        print(new)\nprint_all([1])\nrun = 3\nprint(run)\n");
      assert.match(ts, /for \(const new_ of items\)/);
      assert.match(ts, /const run_ = 3;/);
    });
  });

  describe("diagnostics instead of crashes", () => {
    it("refuses to await an instance whose class defines __await__; one without raises CPython's TypeError", async () => {
      const awaitable = "import asyncio\nclass A:\n    def __await__(self):\n        return self\nclass B(A):\n    pass\nclass C:\n    pass\nasync def main():\n    await B()\n    await C()\nasyncio.run(main())\n";
      assert.deepEqual(await diagnostics(awaitable), ["10:5 TR2002"]);
      const result = await translate(awaitable);
      assert.match(result.diagnostics[0]!.message, /class `A` defines __await__/);
      assert.match(await program("import asyncio\nclass C:\n    pass\nasync def main():\n    await C()\nasyncio.run(main())\n"), /notAwaitable\(new C\(\), "C"\)/);
    });

    it("says a problem once at its place, even where the node is translated twice (an isinstance class)", async () => {
      assert.deepEqual(await diagnostics("import asyncio\nx = 1\nprint(isinstance(x, asyncio.Handle))\n"), ["3:21 TR2003"]);
    });

    it("refuses the create_task and ensure_future keywords CPython does not take, at the keyword, and takes context=", async () => {
      const source = "import asyncio, contextvars\nasync def f():\n    pass\nasync def main():\n    asyncio.create_task(f(), context=contextvars.copy_context())\n    asyncio.ensure_future(f(), name='x')\n    asyncio.create_task(coro=f(), name='ok')\nasyncio.run(main())\n";
      assert.deepEqual(await diagnostics(source), ["6:32 TR2006"]);
      assert.match((await translate(source)).diagnostics[0]!.message, /ensure_future\(\) got an unexpected keyword argument 'name'/);
    });

    it("refuses a partial whose keywords Python would match differently from any positional call", async () => {
      const source = "import functools\ndef g(a, b, c):\n    print(a, b, c)\ndef h(a, **rest):\n    print(a, rest)\np = functools.partial(g, b=1)\nq = functools.partial(h, x=1)\nr = functools.partial(g, 1, a=2)\n";
      assert.deepEqual(await diagnostics(source), ["6:5 TR2003", "7:5 TR2003", "8:5 TR2003"]);
    });

    it("refuses a name of asyncio.exceptions that is not one of its exception classes", async () => {
      assert.deepEqual(await diagnostics("from asyncio.exceptions import CancelledError, sleep\n"), ["1:48 TR2008"]);
    });

    it("refuses `%` formatting CPython would reject or that has no exact template, at the expression, with the reason", async () => {
      const cases: [string, RegExp][] = [
        ["print('%s %s' % ('a',))", /fewer values than conversions \(CPython raises TypeError: not enough arguments/],
        ["print('%s' % ('a', 'b'))", /more values than conversions \(CPython raises TypeError: not all arguments converted/],
        ["print('%d' % 'a')", /`%d` of a str \(CPython raises TypeError\)/],
        ["print('%(k)s' % {'k': 1})", /`%\(name\)s` string formatting/],
        ["print('%y' % 1)", /the conversion `%y`/],
        ["items = [1]\nprint('%s %s' % (items, items.pop()))", /call functions after a mutable item/],
        ["fmt = '%s'\nprint(fmt % 1)", /format that is not a string literal/],
      ];
      for (const [source, message] of cases) {
        const result = await translate(source + "\n");
        assert.deepEqual(result.diagnostics.map((d) => d.code), ["TR2002"], source);
        assert.match(result.diagnostics[0]!.message, message, source);
      }
    });

    it("sets loop.slow_callback_duration, and refuses other attributes of the runtime's objects (they were assigned as written and did not compile)", async () => {
      const source = "import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    loop.slow_callback_duration = 0.5\n    print(loop.slow_callback_duration)\n    loop.custom = 1\nasyncio.run(main())\n";
      assert.deepEqual(await diagnostics(source), ["6:5 TR2001"]);
      assert.match((await translate(source)).program.ts, /loop\.slowCallbackDuration = 0\.5/);
    });

    it("translates f(*args, **kwargs) forwarded from a function nothing calls (its kwargs' type is not known yet)", async () => {
      const source = "async def outer(*args, **kwargs):\n    await inner(*args, **kwargs)\n\nasync def inner(*args, **kwargs):\n    print(args, kwargs)\n";
      const result = await translate(source);
      assert.deepEqual(result.diagnostics, []);
      assert.match(result.program.ts, /bindArguments\(/);
    });

    it("reports the loop= that asyncio removed in 3.10 (and other unknown keywords) with CPython's TypeError, where it was dropped", async () => {
      const cases: readonly (readonly [string, string])[] = [
        ["await asyncio.sleep(1, loop=loop)", "sleep() got an unexpected keyword argument 'loop' (asyncio removed the `loop` parameter in Python 3.10)"],
        ["await asyncio.wait_for(work(), 1, loop=loop)", "wait_for() got an unexpected keyword argument 'loop'"],
        ["await asyncio.gather(work(), loop=loop)", "gather() got an unexpected keyword argument 'loop'"],
        ["q = asyncio.Queue(maxsize=2, loop=loop)", "Queue.__init__() got an unexpected keyword argument 'loop'"],
        ["lock = asyncio.Lock(loop=loop)", "Lock.__init__() got an unexpected keyword argument 'loop'"],
        ["await asyncio.sleep(1, delay_ms=2)", "sleep() got an unexpected keyword argument 'delay_ms'"],
      ];
      for (const [line, message] of cases) {
        const source = `import asyncio\nasync def work():\n    return 1\nasync def main():\n    loop = asyncio.get_running_loop()\n    ${line}\nasyncio.run(main())\n`;
        const result = await translate(source);
        const removed = line.includes("loop=") && !message.includes("removed") ? " (asyncio removed the `loop` parameter in Python 3.10)" : "";
        assert.deepEqual(result.diagnostics.map((d) => `${d.code} ${d.message}`), [`TR2006 CPython raises TypeError: ${message}${removed}`], line);
      }
      // asyncio.ensure_future and asyncio.Task still take loop= in 3.11.
      const kept = "import asyncio\nasync def work():\n    return 1\nloop = asyncio.new_event_loop()\ntask = asyncio.ensure_future(work(), loop=loop)\nprint(loop.run_until_complete(task))\n";
      assert.deepEqual((await translate(kept)).diagnostics, []);
    });

    it("refuses what CPython's named tuples refuse, with its messages: bad field names, assigning an attribute, _replace with an unknown field", async () => {
      const source = [
        "from collections import namedtuple",
        "A = namedtuple('A', 'x _y')",
        "B = namedtuple('B', 'x x')",
        "C = namedtuple('C', ['x', 'def'])",
        "P = namedtuple('P', 'x y', defaults=[1, 2, 3])",
        "Q = namedtuple('Q', 'x y')",
        "q = Q(1, 2)",
        "q.x = 3",
        "q.z = 4",
        "print(q._replace(z=1))",
        "",
      ].join("\n");
      const result = await translate(source);
      const lines = new LineMap(source);
      const said = result.diagnostics.map((d) => `${lines.format(d.span.start)} ${d.code} ${d.message}`);
      assert.deepEqual(said, [
        "2:21 TR2007 ValueError: Field names cannot start with an underscore: '_y'",
        "3:21 TR2007 ValueError: Encountered duplicate field name: 'x'",
        "4:27 TR2007 ValueError: Type names and field names cannot be a keyword: 'def'",
        "5:37 TR2007 TypeError: Got more default values than field names",
        "8:1 TR2001 a named tuple cannot be changed: CPython raises AttributeError: can't set attribute",
        "9:1 TR2001 a named tuple cannot be changed: CPython raises AttributeError: 'Q' object has no attribute 'z'",
        "10:7 TR2005 ValueError: Got unexpected field names: ['z']",
      ]);
    });

    it("refuses a subscript of an instance whose class has no item method (Python's TypeError), where brackets would read a property", async () => {
      const source = "class P:\n    pass\np = P()\nprint(p[0])\np[1] = 2\ndel p[2]\n";
      assert.deepEqual(await diagnostics(source), ["4:7 TR2002", "5:1 TR2002", "6:5 TR2002"]);
      const messages = (await translate(source)).diagnostics.map((d) => d.message);
      assert.match(messages[0]!, /'P' object is not subscriptable/);
      assert.match(messages[1]!, /'P' object does not support item assignment/);
      assert.match(messages[2]!, /'P' object does not support item deletion/);
    });

    it("refuses a call of a name that is also bound to a value that cannot be called (a corpus program rebinding its coroutine function to a list of its coroutines)", async () => {
      const source = "import asyncio\nasync def work():\n    print('working')\nwork = [work() for _ in range(2)]\nasync def main():\n    await asyncio.gather(*work)\nasyncio.run(main())\n";
      assert.deepEqual(await diagnostics(source), ["4:9 TR2005"]);
      assert.match((await translate(source)).diagnostics[0]!.message, /`work` is called here but is also bound to a value that cannot be called \(list\)/);
    });

    it("refuses % where the left operand may be a str (string formatting), and checks / // % of other unions at run time", async () => {
      const source = "d = {'n': 7, 'label': 'x'}\nprint(d['n'] / 2, 7 // d['n'], 7 % d['n'])\nprint(d['n'] % 2)\n";
      assert.deepEqual(await diagnostics(source), ["3:7 TR2002"]);
      assert.match((await translate(source)).program.ts, /pyTrueDiv\(.*pyFloorDiv\(.*pyMod\(/);
    });

    it("passes a method's keyword argument where its position is, and refuses one it cannot place instead of dropping it", async () => {
      const source = "import asyncio\nasync def main():\n    q = asyncio.Queue()\n    q.put_nowait(item=1)\n    lock = asyncio.Lock()\n    await lock.acquire(blocking=False)\n    asyncio.get_running_loop().call_later(callback=print, delay=1)\nasyncio.run(main())\n";
      assert.deepEqual(await diagnostics(source), ["6:24 TR2006", "7:43 TR2006"]);
      assert.match((await translate(source)).program.ts, /q\.putNowait\(1\)/);
    });

    it("reports what JavaScript cannot do, with a suggestion", async () => {
      assert.deepEqual(await diagnostics("import asyncio\nasync def f():\n    await asyncio.to_thread(print)\n"), ["3:11 TR2009"]);
    });

    it("names the JavaScript way for every construct of the table that JavaScript cannot do", async () => {
      // Each impossible entry, used the way Python programs use it: asyncio.X(...) or loop.X(...).
      for (const entry of asyncioApi.filter((e) => e.status === "impossible")) {
        const use = entry.name.startsWith("loop.") ? `asyncio.get_running_loop().${entry.name.slice(5)}(None)` : `asyncio.${entry.name}(None)`;
        const result = await translate(`import asyncio\nasync def main():\n    await ${use}\nasyncio.run(main())\n`);
        const found = result.diagnostics.filter((d) => d.code === "TR2009");
        assert.equal(found.length, 1, `${entry.name}: ${result.diagnostics.map((d) => d.message).join(" | ")}`);
        const python = entry.name.includes(".") ? entry.name : `asyncio.${entry.name}`;
        assert.ok(found[0]!.message.startsWith(`${python} cannot be translated: `), found[0]!.message);
        assert.ok(found[0]!.message.includes(entry.suggestion!), found[0]!.message);
      }
    });

    it("suggests the JavaScript way for threads, subprocesses and sockets", async () => {
      const cases: [string, RegExp][] = [
        ["import threading", /threading.*worker_threads/],
        ["from concurrent.futures import ThreadPoolExecutor", /concurrent\.futures.*worker_threads/],
        ["import subprocess", /subprocess.*child_process/],
        ["import socket", /socket.*`net`/],
        ["from urllib.request import urlopen", /urllib\.request.*fetch/],
        ["import asyncio\nfrom asyncio.subprocess import PIPE", /asyncio\.subprocess.*child_process/],
        ["import asyncio.streams", /asyncio\.streams.*`net`/],
        ["import asyncio\nasync def f():\n    await asyncio.to_thread(print)", /to_thread.*worker_threads/],
        ["import asyncio\nasync def f():\n    p = await asyncio.create_subprocess_exec('ls', stdout=asyncio.subprocess.PIPE)", /create_subprocess_exec.*child_process\.spawn/],
        ["import asyncio\nasync def f():\n    r, w = await asyncio.open_connection('example.com', 80)", /open_connection.*net\.connect.*fetch/],
        ["import asyncio\nasync def f():\n    await asyncio.get_running_loop().run_in_executor(None, print)", /loop\.run_in_executor.*worker_threads/],
      ];
      for (const [source, message] of cases) {
        const result = await translate(`${source}\n`);
        const found = result.diagnostics.filter((d) => d.code === "TR2009");
        assert.ok(found.length >= 1 && found.every((d) => d.severity === "error"), `${source}: ${result.diagnostics.map((d) => `${d.code} ${d.message}`).join(" | ")}`);
        assert.match(found[0]!.message, message);
      }
    });

    it("reports unsupported statements and translates the rest", async () => {
      const result = await translate("print(1)\nmatch 1:\n    case 1:\n        pass\nwith open('f') as fh:\n    pass\nprint(2)\n");
      // match: not supported; open(): no files in the sandbox; with on it: not a context manager we know.
      assert.deepEqual(result.diagnostics.map((d) => d.code), ["TR2001", "TR2005", "TR2004"]);
      assert.match(result.program.ts, /print\(1\);\nprint\(2\);/);
    });

    it("answers asyncio.iscoroutine from the static type, and reports it where the type is not known", async () => {
      // `x` is never given a value, so nothing says whether it is a coroutine.
      assert.deepEqual(await diagnostics("import asyncio\ndef check(x):\n    return asyncio.iscoroutine(x)\n"), ["3:12 TR2003"]);
      const ts = await program("import asyncio\nasync def f():\n    pass\nprint(asyncio.iscoroutinefunction(f), asyncio.iscoroutine(len))\n");
      assert.match(ts, /print\(true, false\)/);
    });

    it("refuses unknown modules (TR2008) and names an untranslated name of a known one (TR2003)", async () => {
      assert.deepEqual(await diagnostics("import os\nfrom shelve import open\n"), ["1:8 TR2008", "2:1 TR2008"]);
      assert.deepEqual(await diagnostics("from typing import List, Frobnicate\n"), ["1:26 TR2003"]);
      const result = await translate("import typing\nx = typing.frobnicate(1)\n");
      assert.deepEqual(result.diagnostics.map((d) => `${d.code} ${d.message}`), ["TR2003 `typing.frobnicate` is not supported (the names of `typing` that translate are listed in docs/constructs.md)"]);
      // `import collections.abc` binds the package; `as` binds the module itself.
      assert.deepEqual(await diagnostics("import collections.abc\nimport collections.abc as cabc\ndef f(x: collections.abc.Awaitable[int], y: cabc.Sequence[str]) -> None:\n    pass\n"), []);
    });

    it("knows time.perf_counter/monotonic/time/sleep/strftime/ctime and reports the rest of the time module", async () => {
      assert.deepEqual(await diagnostics("import time\nprint(time.asctime())\nfrom time import tzname\nprint(time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 1, 0)))\n"), ["2:7 TR2008", "3:18 TR2008", "4:7 TR2008"]);
      const ts = await program("import time\nfrom time import sleep as pause\nt = time.perf_counter()\npause(1)\nprint(time.perf_counter() - t)\n");
      assert.match(ts, /const t = monotonic\(\);\nblockingSleep\(1\);\nprint\(str\(monotonic\(\) - t, "float"\)\);/);
    });

    it("reports an assignment to self, which would be an assignment to this", async () => {
      const codes = await diagnostics("class A:\n    def f(self):\n        self = None\n        return self\n");
      assert.deepEqual(codes, ["3:9 TR2007"]);
    });

    it("reaches a fixed point when a type would nest deeper on every pass (xs = [xs], self = ...)", async () => {
      const parser = await createPythonParser();
      const sources = [
        "xs = []\nfor i in range(9):\n    xs = [xs]\nprint(xs)\n",
        "class A:\n    def f(self, other):\n        if other:\n            self = other\n        return self\n",
      ];
      for (const source of sources) {
        const { passes } = translateModule(parser.parse(source).module, source, new Set());
        assert.ok(passes < 8, `${passes} passes for ${JSON.stringify(source)}`);
      }
    });

    it("warns where int and float cannot be told apart", async () => {
      const codes = await diagnostics("def show(v):\n    print(v)\nshow(1)\nshow(2.5)\n");
      assert.ok(codes.includes("2:11 TR3002"), codes.join());
    });

    it("keeps floats and tuples whose static type is lost, and warns where it cannot", async () => {
      const source = "xs = [1, 1.0, (1,), 'a', None]\nfs = [1.0]\nys = [fs, 'a', None, 2, ([2.0],)]\nprint(sorted([2, 1.0]))\nprint(isinstance(xs[0], float), isinstance(xs[0], tuple))\n";
      const ts = await program(source);
      assert.match(ts, /\[1, pyFloat\(1\.0\), markTuple\(\[1\]\), "a", null\]/);
      assert.match(ts, /isFloat\(getIndex\(xs, 0, "list"\)\), isTuple\(getIndex\(xs, 0, "list"\)\)/);
      const codes = await diagnostics(source);
      assert.deepEqual(codes, ["3:7 TR3004", "4:7 TR3002"]);
      assert.match(ts, /markTuple\(\[\[pyFloat\(2\.0\)\]\]\)/);
    });

    it("makes range a value and builtin types objects", async () => {
      const ts = await program("r = range(3)\nprint(r[1], len(r), 2 in r, int, type(r) is range)\nfor i in range(3):\n    print(i)\n");
      assert.match(ts, /print\(r\.get\(1\), r\.length, r\.includes\(2\), builtinType\("int"\), typeOf\(r\) === builtinType\("range"\)\)/);
      assert.match(ts, /for \(let i = 0; i < 3; i\+\+\)/);
    });

    it("says so when a coroutine is never awaited", async () => {
      const codes = await diagnostics("async def f():\n    print('x')\nf()\n");
      assert.deepEqual(codes, ["3:1 TR3001"]);
    });

    it("says once, at the first read, that a duration read from the clock is exact here and not in CPython", async () => {
      const source = "import asyncio, time\nasync def main():\n    t = time.perf_counter()\n    await asyncio.sleep(1)\n    print(f'{time.perf_counter() - t:.2f}', time.time() > 0)\nasyncio.run(main())\n";
      assert.deepEqual(await diagnostics(source), ["3:9 TR3001"]);
      assert.deepEqual(await diagnostics("import time\ntime.sleep(1)\nprint('slept')\n"), []);
    });

    it("warns where a clock is compared with another time (a boundary the virtual clock reaches exactly), not with a constant", async () => {
      const source = "import asyncio\nasync def main():\n    loop = asyncio.get_running_loop()\n    end = loop.time() + 2\n    while True:\n        await asyncio.sleep(1)\n        if loop.time() > end:\n            break\n    print(loop.time() > 0)\nasyncio.run(main())\n";
      const result = await translate(source);
      assert.deepEqual(result.diagnostics.map((d) => `${new LineMap(source).format(d.span.start)} ${d.code}`), ["7:12 TR3001"]);
      assert.match(result.diagnostics[0]!.message, /^a clock compared: /);
    });

    it("leaves out a def nothing calls when it cannot be translated and the program runs something else; a snippet of defs keeps the error", async () => {
      const dead = "import asyncio\nasync def unused():\n    await asyncio.to_thread(print)\nasync def main():\n    print('ran')\nasyncio.run(main())\n";
      const result = await translate(dead);
      assert.deepEqual(result.diagnostics.map((d) => `${d.code} ${d.severity}`), ["TR3005 info"]);
      assert.match(result.diagnostics[0]!.message, /^`unused` is never called and is left out, which changes no output: asyncio.to_thread cannot be translated/);
      assert.match(result.program.ts, /\/\/ unused\(\) is never called and is left out: /);
      // A default computed when the def runs keeps the def (its call happens even if the function is never called).
      assert.deepEqual(await diagnostics(dead.replace("async def unused():", "async def unused(x=print('default')):")), ["3:11 TR2009"]);
    });

    it("logging.basicConfig(stream=): sys.stdout and sys.stderr only; DEBUG says asyncio's own messages are not written", async () => {
      assert.deepEqual(await diagnostics("import logging, sys\nlogging.basicConfig(stream=sys.stdout)\n"), []);
      assert.deepEqual(await diagnostics("import logging\nlogging.basicConfig(stream=open('log.txt', 'w'))\n"), ["2:28 TR2006"]);
      assert.deepEqual(await diagnostics("import logging\nlogging.basicConfig(level=logging.DEBUG)\n"), ["2:27 TR3001"]);
    });

    it("accepts the future features that change nothing here, and names the one that does", async () => {
      assert.deepEqual(await diagnostics("from __future__ import annotations, generator_stop\nprint(1)\n"), []);
      assert.deepEqual(await diagnostics("from __future__ import barry_as_FLUFL\nprint(1)\n"), ["1:24 TR2008"]);
    });

    it("says where a set's order shows: CPython keeps its hash table's order, not the order items were added", async () => {
      assert.deepEqual(await diagnostics("s = {3, 1, 2}\nprint(s)\nfor x in s:\n    print(x)\nprint(sorted(s), len(s))\n"), ["2:7 TR3001", "3:10 TR3001"]);
    });

    it("warns at an int computed from literals that a number cannot hold exactly, once, where it leaves the safe range", async () => {
      assert.deepEqual(await diagnostics("print(10**25 == 1e25, format(10**25 * 3, 'd'), 2**52 + 1, 1 << 64, 10**15)\n"), ["1:7 TR3001", "1:30 TR3001", "1:59 TR3001"]);
    });

    it("refuses a float method called on a value of unknown type (a kept float would crash in JavaScript), not a program class's method of that name", async () => {
      assert.deepEqual(await diagnostics("vals = [3.0, 'a', None, (), []]\nprint(vals[0].is_integer())\n"), ["2:7 TR2005"]);
      assert.deepEqual(await diagnostics("class A:\n    def hex(self):\n        return 'h'\nvals = [A(), 'a', None, (), []]\nprint(vals[0].hex())\n"), []);
    });

    it("stops at parse errors with a PY code", async () => {
      const codes = await diagnostics("def f(:\n    pass\nprint(1)\n");
      assert.equal(codes.length, 1);
      assert.match(codes[0]!, /^1:\d+ PY1\d{3}$/);
    });
  });
  describe("except*, async generators and contextlib", () => {
    it("translates except* clauses with the ExceptStar helper, in order, then re-raises the rest", async () => {
      const ts = await program(`try:\n    raise ExceptionGroup("g", [ValueError(1)])\nexcept* ValueError as eg:\n    print(eg.exceptions)\nexcept* (KeyError, OSError):\n    print("k")\n`);
      assert.match(ts, /const star = new ExceptStar\(err\);\n\s+if \(star\.match\(ValueError\)\) \{\n\s+const eg = star\.matched;/);
      assert.match(ts, /if \(star\.match\(KeyError, OSError\)\)/);
      assert.match(ts, /star\.reraise\(\);/);
    });

    it("keeps an async generator open after break: keepOpen for a variable, closeWhenDropped for a new one", async () => {
      const src = `async def gen():\n    yield 1\nasync def main():\n    g = gen()\n    async for x in g:\n        break\n    async for x in gen():\n        break\n    async for x in gen():\n        print(x)\n`;
      const ts = await program(src);
      assert.match(ts, /for await \(const x of keepOpen\(g\)\)/);
      assert.match(ts, /for await \(const x of closeWhenDropped\(gen\(\)\)\)/);
      assert.match(ts, /for await \(const x of gen\(\)\) \{\n\s+print\(x\);/);
    });

    it("makes an async generator expression a lazy async function*", async () => {
      const ts = await program(`async def gen():\n    yield 1\nasync def main():\n    xs = (x * 2 async for x in gen())\n    async for x in xs:\n        print(x)\n`);
      assert.match(ts, /const xs = \(async function\* \(\): AsyncGenerator<number, void, undefined> \{/);
    });

    it("gives an `async with` block to asyncWith as a function, unless it returns, breaks out or yields", async () => {
      const head = `import asyncio\nasync def main():\n    lock = asyncio.Lock()\n`;
      const plain = await program(`${head}    async with lock as held:\n        print(held)\n`);
      assert.match(plain, /await asyncWith\(lock, async \(held\) => \{\n\s+print\(held\);\n\s+\}\);/);
      // `held` read after the block is a variable of main, declared before the call and assigned inside.
      const after = await program(`${head}    async with lock as held:\n        pass\n    print(held)\n`);
      assert.match(after, /let held!: null;\n\s+await asyncWith\(lock, async \((\w+)\) => \{\n\s+held = \1;/);
      const returns = await program(`${head}    async with lock:\n        return 1\n`);
      assert.doesNotMatch(returns, /asyncWith/);
      assert.match(returns, /try \{\n\s+return 1;\n\s+\} finally \{\n\s+lock\.release\(\);/);
    });

    it("supports @asynccontextmanager, AsyncExitStack and suppress, and names the other contextlib names", async () => {
      const ts = await program(`from contextlib import asynccontextmanager\n@asynccontextmanager\nasync def cm():\n    yield 1\nasync def main():\n    async with cm() as x:\n        print(x)\n`);
      assert.match(ts, /await asyncWith\(asyncContextManager\(cm\(\)\), async \(x\) => \{\n\s+print\(x\);\n\s+\}\);/);
      assert.deepEqual(await diagnostics("from contextlib import closing\n"), ["1:24 TR2008"]);
      assert.deepEqual(await diagnostics("import contextlib\nwith_ = contextlib.nullcontext()\n"), ["2:9 TR2008"]);
    });
  });

  describe("decorators written in the program", () => {
    it("declares the function under another name and binds the Python name to what the decorator returns", async () => {
      const ts = await program("def deco(func):\n    def inner(x):\n        return func(x) + 1\n    return inner\n@deco\ndef f(x):\n    return x\nprint(f(1))\n");
      assert.match(ts, /function fUndecorated\(x: number\): number \{/);
      assert.match(ts, /const f = deco\(fUndecorated\);/);
      // One decorated function: the call inside the wrapper is bound statically, nothing is registered.
      assert.doesNotMatch(ts, /withSignature|callWith/);
    });

    it("binds `func(*args, **kwargs)` at run time, by the value's signature when func may be several functions", async () => {
      const source = "def deco(func):\n    def inner(*args, **kwargs):\n        return func(*args, **kwargs)\n    return inner\n@deco\ndef f(a, b=2):\n    return a + b\n@deco\ndef g(s):\n    return s\nprint(f(1, b=3), g(2))\n";
      const ts = await program(source);
      assert.match(ts, /callWith<number>\(func, null, \[\.\.\.args\], kwargs\)/);
      assert.match(ts, /withSignature\(fUndecorated, \{ name: "f", params: \["a", "b"\], positional: 2, required: \["a"\] \}\);/);
      assert.match(ts, /withSignature\(gUndecorated, \{ name: "g", params: \["s"\], positional: 1, required: \["s"\] \}\);/);
    });

    it("reports a decorator that is not a plain function of the program taking the function", async () => {
      const cases: [string, string[]][] = [
        ["class Box:\n    def __init__(self, f):\n        self.f = f\n@Box\ndef f():\n    pass\n", ["4:2 TR2007"]],
        ["def two(a, b):\n    return a\n@two\ndef f():\n    pass\n", ["3:2 TR2007"]],
        ["async def deco(func):\n    return func\n@deco\ndef f():\n    pass\n", ["3:2 TR2007"]],
        ["import functools\n@functools.total_ordering\ndef f():\n    pass\n", ["2:2 TR2007"]],
      ];
      for (const [source, expected] of cases) assert.deepEqual(await diagnostics(source), expected, source);
    });

    it("passes the exception given as exc_info to logging.exception, and refuses other keywords", async () => {
      const ts = await program("import logging\ntry:\n    raise ValueError('x')\nexcept ValueError as e:\n    logging.exception('failed', exc_info=e)\n    logging.getLogger('a').exception('again', exc_info=True)\n");
      assert.match(ts, /rootException\(e, "failed"\);/);
      assert.match(ts, /getLogger\("a"\)\.exception\(null, "again"\);/);
      assert.deepEqual(await diagnostics("import logging\nlogging.exception('failed', stack_info=True)\n"), ["2:1 TR2003"]);
    });

    it("reports passing *args on to functions that may be async or plain", async () => {
      const source = "def deco(func):\n    def inner(*args):\n        return func(*args)\n    return inner\n@deco\ndef f(x):\n    return x\n@deco\nasync def g(x):\n    return x\nprint(f(1))\n";
      assert.deepEqual(await diagnostics(source), ["3:16 TR2006"]);
    });
  });
});
