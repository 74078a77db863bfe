/** Claims of docs/semantics.md's rules on the standard library and contextvars, one entry per rule's marker. */
import type { SentenceClaims } from "./claim";
import { stdlibClaims } from "./stdlibClaims";

export const semanticsLibraryClaims = {
  seededRandom: [{ ...stdlibClaims.seededRandom[0], quote: "`Math.random()` cannot be seeded" }],
  collectionsPrint: [
    { ...stdlibClaims.collectionsClasses[0], quote: "a `Counter` answers 0 without storing it, a `defaultdict` stores its factory's value), where a plain `Map.get` would give `undefined`" },
  ],
  itertoolsLazy: [
    {
      quote: "only as many items as are asked for are made",
      says: "count() makes an item only when one is asked for, as a function* generator does",
      python: { code: `import itertools\nmade = map(lambda x: print("made", x) or x, itertools.count())\nprint(next(made), next(made))\n`, stdout: "made 0\nmade 1\n0 1\n" },
      js: { code: `function* count() { for (let i = 0; ; i++) { console.log("made", i); yield i; } }\nconst it = count();\nconsole.log(it.next().value, it.next().value);\n`, stdout: "made 0\nmade 1\n0 1\n" },
    },
  ],
  mathRaises: [
    { ...stdlibClaims.mathModule[0], quote: "`math.sqrt(-1)` raises `ValueError: math domain error` where `Math.sqrt(-1)` is `NaN`" },
    {
      quote: "`Math.log(3)` is `1.0986122886681096` where CPython's `math.log(3)`, the double nearest to ln 3, is `1.0986122886681098`",
      says: "V8's Math.log(3) is one bit off; the C library's log(3) is the nearest double",
      python: {
        code: `import math\nfrom decimal import Decimal, getcontext\ngetcontext().prec = 50\nexact = Decimal(3).ln()\nx = math.log(3)\nerr = lambda y: abs(Decimal(y) - exact)\nprint(repr(x), err(x) < err(math.nextafter(x, 0)) and err(x) < err(math.nextafter(x, 2)))\n`,
        stdout: "1.0986122886681098 True\n",
      },
      js: { code: `console.log(Math.log(3));\n`, stdout: "1.0986122886681096\n" },
    },
  ],
  jsonSpacing: [{ ...stdlibClaims.jsonModule[0], quote: "`JSON.stringify` writes none" }],
  statisticsExact: [
    { ...stdlibClaims.statisticsModule[0], quote: "`statistics.mean` sums exactly (as fractions) and rounds once" },
    {
      quote: "`statistics.mean` sums exactly (as fractions) and rounds once",
      says: "statistics.mean is the exact mean of the floats' values, rounded once",
      python: { code: `import statistics\nfrom fractions import Fraction\nxs = [0.1, 0.2, 0.4]\nprint(statistics.mean(xs) == float(sum(map(Fraction, xs)) / 3))\n`, stdout: "True\n" },
    },
  ],
  contextCopy: [
    { ...stdlibClaims.contextVars[0], quote: "a task's `set()` is invisible to its parent and siblings" },
    {
      quote: "asyncio runs every task in a copy of the context current when the task was created",
      says: "a value set before create_task is seen by the task; one set after it is not",
      python: { code: `import asyncio, contextvars\nv = contextvars.ContextVar("v", default="unset")\nasync def child():\n    print("task sees", v.get())\nasync def main():\n    v.set("before")\n    t = asyncio.create_task(child())\n    v.set("after")\n    await t\nasyncio.run(main())\n`, stdout: "task sees before\n" },
    },
  ],
} satisfies Record<string, SentenceClaims>;
