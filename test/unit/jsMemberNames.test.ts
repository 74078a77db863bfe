/**
 * Names JavaScript gives a meaning (constructor, toString, __proto__...) used as Python attribute, method,
 * module member and keyword names: the translator looks every such name up in tables keyed by Python names,
 * and a lookup that found Object.prototype's member crashed it (`strMethods[e.attr] is not a function`).
 * Each program must translate or be refused with diagnostics at a position; it must never throw. What the
 * translations do when run (CPython's AttributeError) is checked against python3 in escape.test.ts.
 */
import assert from "node:assert/strict";
import { translate } from "../../src/pipeline";

const NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty", "__proto__", "prototype", "__defineGetter__", "isPrototypeOf", "then", "bind", "name", "length"];

/** Values of each kind the translator types differently: builtins, literals, modules, runtime objects, the program's own. */
const RECEIVERS = [
  "str", "list", "dict", "int", "float", "set", "tuple", "type", "print", "len", '""', "[]", "{}", "(1)", "1.5", "(1, 2)", "{1}", "None",
  "asyncio", "math", "time", "logging", "random", "collections", "itertools", "statistics", "string", "datetime", "sys", "json", "functools", "contextvars",
  "asyncio.Queue", "asyncio.Event", "asyncio.Task", "asyncio.sleep", "math.pi", "datetime.datetime", "collections.deque",
  "loop", "q", "task", "fut", "ev", "lock", "dq", "counter", "var", "rng", "logger", "now", "A", "A()", "item", "gen()", "e",
];

const SETUP = `import asyncio, math, time, logging, random, collections, itertools, statistics, string, datetime, sys, json, functools, contextvars
class A:
    pass
async def gen():
    yield 1
var = contextvars.ContextVar("var")
rng = random.Random(1)
logger = logging.getLogger("x")
dq = collections.deque()
counter = collections.Counter()
now = datetime.datetime(2020, 1, 1)
async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    task = asyncio.current_task()
    fut = loop.create_future()
    ev = asyncio.Event()
    lock = asyncio.Lock()
    item = q.get_nowait()
    try:
        pass
    except Exception as e:
`;

/** The forms a name takes: read, called, assigned, augmented; each body is indented into the except clause. */
const FORMS: readonly [string, (r: string, n: string) => string][] = [
  ["read", (r, n) => `print(${r}.${n})`],
  ["called", (r, n) => `${r}.${n}(1)`],
  ["assigned", (r, n) => `${r}.${n} = 1`],
  ["augmented", (r, n) => `${r}.${n} += 1`],
];

/** Names in other places: imported from a module, keywords of calls whose keywords the translator checks by table. */
const OTHER_PLACES = (n: string): string[] => [
  `from asyncio import ${n}`,
  `import ${n}\nimport ${n} as y\nimport dataclasses.${n}`,
  `from typing import ${n}\nfrom dataclasses import ${n}`,
  `from math import ${n}`,
  `from collections import ${n}`,
  `import asyncio\nasync def f():\n    pass\nasync def main():\n    asyncio.create_task(f(), ${n}=1)\n    asyncio.Queue(${n}=1)\n    await asyncio.wait_for(f(), 1, ${n}=1)\nasyncio.run(main())`,
  `from dataclasses import dataclass\n@dataclass(${n}=True)\nclass D:\n    x: int`,
  `import logging\nlogging.basicConfig(${n}=1)\nlogging.getLogger("x").setLevel("${n}")`,
  `print(1, ${n}=2)\nsorted([], ${n}=1)\nx: ${n} = 1`,
  `import datetime\ndatetime.datetime(2020, 1, 1, ${n}=1)\ndatetime.timedelta(${n}=1)`,
  `import itertools, math, random\nitertools.count(${n}=1)\nmath.isclose(1, 1, ${n}=1)\nrandom.choice([1], ${n}=1)`,
  `"{${n}}".format(${n}=1)\n"{0.${n}}".format(1)`,
];

async function assertHandled(source: string, parses = false): Promise<void> {
  let result: Awaited<ReturnType<typeof translate>>;
  try {
    result = await translate(source);
  } catch (err) {
    assert.fail(`translate threw ${err instanceof Error ? err.message : String(err)} for:\n${source}`);
  }
  for (const d of result.diagnostics) {
    assert.match(d.code, parses ? /^TR\d{4}$/ : /^(PY|TR)\d{4}$/, `${d.code} ${d.message}:\n${source}`);
    assert.ok(d.span.start >= 0 && d.span.end <= source.length, `${d.code} outside the input:\n${source}`);
  }
}

describe("JavaScript's member names as Python names never crash the translator", function () {
  this.timeout(240_000);

  for (const [form, make] of FORMS) {
    it(`as attributes ${form} on ${RECEIVERS.length} kinds of values and modules`, async () => {
      for (const r of RECEIVERS) {
        const body = NAMES.map((n) => `        ${make(r, n)}\n`).join("");
        await assertHandled(`${SETUP}${body}asyncio.run(main())\n`, true);
      }
    });
  }

  it("as imported names, keywords, annotations and format fields", async () => {
    for (const n of NAMES) for (const source of OTHER_PLACES(n)) await assertHandled(source + "\n");
  });
});
