/** Claims of the notes on the standard-library modules (sys, functools, random, collections, itertools, math, json, statistics, logging, contextvars, string) and on decorators. */
import type { Claims } from "./claim";

export const stdlibClaims = {
  enumMembers: [
    {
      says: "an Enum member is an object with a name and a value, printed by name, found by value or name, iterated in order; a TypeScript enum member is only a number",
      python: {
        code: `from enum import Enum\n\nclass Color(Enum):\n    RED = 1\n    GREEN = 2\n\nprint(Color.RED, repr(Color.GREEN), Color(2), Color["RED"].value, [c.name for c in Color])\n`,
        stdout: "Color.RED <Color.GREEN: 2> Color.GREEN 1 ['RED', 'GREEN']\n",
      },
      ts: {
        code: `enum Color { RED = 1, GREEN = 2 }\nconsole.log(Color.RED, Color[2], Color["RED"]);\n`,
        stdout: "1 GREEN 1\n",
      },
    },
    {
      says: "an IntEnum member is an int: str() and f-strings give the number in 3.11, repr shows the member, and it compares with ints",
      python: {
        code: `from enum import IntEnum\n\nclass Priority(IntEnum):\n    LOW = 1\n    HIGH = 2\n\nprint(Priority.HIGH, f"{Priority.LOW}", repr(Priority.HIGH), Priority.HIGH == 2, Priority.LOW < Priority.HIGH, Priority.HIGH + 1)\n`,
        stdout: "2 1 <Priority.HIGH: 2> True True 3\n",
      },
    },
    {
      says: "a StrEnum member, and a (str, Enum) member, is a str: equal to its value and the same dict key; the StrEnum one prints as its value, the mixin one as Color.RED",
      python: {
        code: `from enum import Enum, StrEnum\n\nclass Mode(StrEnum):\n    FAST = "fast"\n\nclass Color(str, Enum):\n    RED = "red"\n\nprint(Mode.FAST, f"{Color.RED}", Mode.FAST == "fast", Color.RED == "red", {"red": 1}[Color.RED], isinstance(Color.RED, str))\n`,
        stdout: "fast Color.RED True True 1 True\n",
      },
    },
  ],
  namedTuple: [
    {
      says: "a named tuple's instances have the fields as attributes and are tuples: indexed, unpacked, equal to the plain tuple, hashed as it, printed with the field names; assigning a field raises AttributeError",
      python: {
        code: `from collections import namedtuple\nfrom typing import NamedTuple\n\nPoint = namedtuple("Point", "x y")\n\nclass Pair(NamedTuple):\n    left: str\n    right: int = 0\n\np = Point(1, 2)\nx, y = p\nprint(p, p.x, p[1], x + y, len(p), p == (1, 2), {(1, 2): "a"}[p], sorted([Point(2, 0), p]))\nprint(Pair("a"), Pair("b", 2)._replace(right=5), Pair("a")._asdict())\ntry:\n    p.x = 5\nexcept AttributeError as e:\n    print(e)\n`,
        stdout: "Point(x=1, y=2) 1 2 3 2 True a [Point(x=1, y=2), Point(x=2, y=0)]\nPair(left='a', right=0) Pair(left='b', right=5) {'left': 'a', 'right': 0}\ncan't set attribute\n",
      },
      js: {
        code: `class Point { constructor(x, y) { this.x = x; this.y = y; } }\nconst p = new Point(1, 2);\nconsole.log(String(p), p[0], typeof p[Symbol.iterator], new Map([[[1, 2], "a"]]).get([1, 2]));\nconst arr = [1, 2];\nconsole.log(arr.x);\n`,
        stdout: "[object Object] undefined undefined undefined\nundefined\n",
      },
    },
  ],
  dataclass: [
    {
      says: "@dataclass writes repr, == and (order=True) < from the fields, for instances of the same class only; a JS class has none of them",
      python: {
        code: `from dataclasses import dataclass, field\n\n@dataclass(order=True)\nclass Job:\n    priority: int\n    name: str = field(compare=False)\n\na, b = Job(2, "b"), Job(1, "a")\nprint(a, a == Job(2, "x"), sorted([a, b]))\ntry:\n    a < 1\nexcept TypeError as e:\n    print(e)\n`,
        stdout: "Job(priority=2, name='b') True [Job(priority=1, name='a'), Job(priority=2, name='b')]\n'<' not supported between instances of 'Job' and 'int'\n",
      },
      js: {
        code: `class Job { constructor(priority, name) { this.priority = priority; this.name = name; } }\nconst a = new Job(2, "b");\nconsole.log(String(a), a == new Job(2, "b"), [a, new Job(1, "a")].sort().map((j) => j.name).join());\n`,
        stdout: "[object Object] false b,a\n",
      },
    },
  ],
  sysExit: [
    {
      says: "sys.exit raises SystemExit: finally runs and except SystemExit catches it; process.exit skips finally",
      python: { code: `import sys\ntry:\n    sys.exit(3)\nexcept SystemExit as e:\n    print("caught", e.code)\ntry:\n    sys.exit(2)\nfinally:\n    print("finally runs")\n`, stdout: "caught 3\nfinally runs\n", exitCode: 2 },
      js: { code: `try {\n  process.exit(2);\n} finally {\n  console.log("finally runs");\n}\n`, stdout: "", exitCode: 2 },
    },
  ],
  streamWrite: [
    {
      says: "sys.stdout.write adds no newline and returns the length; console.log ends the line",
      python: { code: `import sys\nn = sys.stdout.write("ab")\nprint(n)\n`, stdout: "ab2\n" },
      js: { code: `process.stdout.write("ab");\nconsole.log("c");\n`, stdout: "abc\n" },
    },
  ],
  partial: [
    {
      says: "partial evaluates its arguments when made; an arrow reads the variable at each call",
      python: { code: `from functools import partial\nx = 1\np = partial(print, x)\nx = 2\np()\n`, stdout: "1\n" },
      js: { code: `let x = 1;\nconst bound = console.log.bind(null, x);\nconst arrow = () => console.log(x);\nx = 2;\nbound();\narrow();\n`, stdout: "1\n2\n" },
    },
  ],
  decorators: [
    {
      says: "@deco runs f = deco(f) once when the def runs; TypeScript rejects a decorator on a function",
      python: { code: `def deco(f):\n    print("decorating", f.__name__)\n    return lambda: "wrapped " + f()\n@deco\ndef f():\n    return "f"\nprint(f())\nprint(f())\n`, stdout: "decorating f\nwrapped f\nwrapped f\n" },
      tsc: { code: `function deco(f: () => string): () => string { return () => "wrapped " + f(); }\n@deco\nfunction f(): string { return "f"; }\n`, errors: [1206] },
    },
  ],
  seededRandom: [
    {
      says: "random.seed(42) makes random() repeat CPython's Mersenne Twister numbers; Math.random takes no seed",
      python: { code: `import random\nrandom.seed(42)\na = random.random()\nrandom.seed(42)\nprint(a == random.random(), a)\n`, stdout: "True 0.6394267984578837\n" },
      js: { code: `const a = Math.random(42);\nconst b = Math.random(42);\nconsole.log(a === b);\n`, stdout: "false\n" },
    },
  ],
  collectionsClasses: [
    {
      says: "a Counter answers 0 for a missing key without storing it and prints by count; a Map answers undefined",
      python: { code: `from collections import Counter, defaultdict\nc = Counter("abb")\nprint(c["z"], len(c), c)\nd = defaultdict(list)\nd["k"]\nprint(len(d))\n`, stdout: "0 2 Counter({'b': 2, 'a': 1})\n1\n" },
      js: { code: `const m = new Map([["a", 1], ["b", 2]]);\nconsole.log(m.get("z"), m.size);\n`, stdout: "undefined 2\n" },
    },
  ],
  itertoolsLazy: [
    {
      says: "islice(count(), 5) takes five items of an endless iterator, as a function* generator does; a groupby group is gone once the next is asked for",
      python: { code: `from itertools import count, groupby, islice\nprint(list(islice(count(), 5)))\ngroups = [(k, g) for k, g in groupby("aabb")]\nprint([list(g) for k, g in groups])\n`, stdout: "[0, 1, 2, 3, 4]\n[[], []]\n" },
      js: { code: `function* count() { for (let i = 0; ; i++) yield i; }\nconst out = [];\nfor (const x of count()) { if (out.length === 5) break; out.push(x); }\nconsole.log(out.join(", "));\n`, stdout: "0, 1, 2, 3, 4\n" },
    },
  ],
  mathModule: [
    {
      says: "math.floor gives an int and math.sqrt(-1) raises ValueError; Math.sqrt(-1) is NaN",
      python: { code: `import math\nprint(math.floor(2.5), type(math.floor(2.5)).__name__)\ntry:\n    math.sqrt(-1)\nexcept ValueError as e:\n    print(e)\n`, stdout: "2 int\nmath domain error\n" },
      js: { code: `console.log(Math.floor(2.5), Math.sqrt(-1));\n`, stdout: "2 NaN\n" },
    },
    {
      says: "JavaScript's Math.log may differ from the C library's log in the last bit",
      python: { code: `import math\nprint(repr(math.log(0.6114285714285714)))\n`, stdout: "-0.49195713946160785\n" },
      js: { code: `console.log(Math.log(0.6114285714285714));\n`, stdout: "-0.4919571394616079\n" },
    },
  ],
  jsonModule: [
    {
      says: "json.dumps puts a space after : and , keeps 2.0 and escapes non-ASCII; JSON.stringify does none of it",
      python: { code: `import json\nprint(json.dumps({"a": [1, 2.0], "é": 1}))\n`, stdout: `{"a": [1, 2.0], "\\u00e9": 1}\n` },
      js: { code: `console.log(JSON.stringify({ a: [1, 2.0], "é": 1 }));\n`, stdout: `{"a":[1,2],"é":1}\n` },
    },
  ],
  statisticsModule: [
    {
      says: "statistics.mean rounds once and can differ from sum / len in the last digit; an even mean of ints is an int; median of an even count is a float",
      python: { code: `import statistics\nxs = [0.1, 0.2, 0.4]\nprint(statistics.mean(xs), sum(xs) / len(xs))\nprint(statistics.mean([1, 2, 3]), statistics.median([1, 2, 3, 4]))\n`, stdout: "0.23333333333333334 0.23333333333333336\n2 2.5\n" },
      js: { code: `console.log((0.1 + 0.2 + 0.4) / 3);\n`, stdout: "0.23333333333333336\n" },
    },
  ],
  loggingModule: [
    {
      says: "logging.warning writes WARNING:root:x to stderr and info prints nothing until basicConfig; console.info prints to stdout at once",
      python: { code: `import logging\nlogging.info("hidden")\nlogging.warning("x")\nprint("out")\n`, stdout: "out\n", stderrIncludes: "WARNING:root:x" },
      js: { code: `console.info("shown");\nconsole.warn("x");\n`, stdout: "shown\n", stderrIncludes: "x" },
    },
  ],
  contextVars: [
    {
      says: "a task's ContextVar.set is invisible to its parent; a module variable set in one async function is seen by all",
      python: { code: `import asyncio, contextvars\nv = contextvars.ContextVar("v", default="unset")\nasync def child():\n    v.set("child")\n    print("child sees", v.get())\nasync def main():\n    v.set("parent")\n    await asyncio.create_task(child())\n    print("parent sees", v.get())\nasyncio.run(main())\n`, stdout: "child sees child\nparent sees parent\n" },
      js: { code: `let v = "unset";\nasync function child() { v = "child"; console.log("child sees", v); }\nv = "parent";\nawait child();\nconsole.log("parent sees", v);\n`, stdout: "child sees child\nparent sees child\n" },
    },
    {
      says: "Node's AsyncLocalStorage keeps a value per async call chain: a nested run() is unseen by its caller, across awaits",
      js: { code: `import { AsyncLocalStorage } from "node:async_hooks";\nconst store = new AsyncLocalStorage();\nawait store.run("parent", async () => {\n  await store.run("child", async () => { await null; console.log("child sees", store.getStore()); });\n  console.log("parent sees", store.getStore());\n});\nconsole.log("outside", store.getStore());\n`, stdout: "child sees child\nparent sees parent\noutside undefined\n" },
    },
  ],
  stringModule: [
    {
      says: "string.digits and string.punctuation are plain strings; JavaScript has no such constants",
      python: { code: `import string\nprint(string.digits, len(string.punctuation))\n`, stdout: "0123456789 32\n" },
      js: { code: `console.log(typeof String.digits, typeof globalThis.string);\n`, stdout: "undefined undefined\n" },
    },
  ],
} satisfies Record<string, Claims>;
