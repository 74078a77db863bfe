/** `@dataclass`: what it translates to, and every form it refuses, with code, message and line:column. */
import assert from "node:assert/strict";
import { translate } from "../../src/pipeline";
import { LineMap } from "../../src/core/lineMap";

const head = "from dataclasses import dataclass, field\n";

async function diagnostics(source: string): Promise<string[]> {
  const result = await translate(source);
  const lines = new LineMap(source);
  return result.diagnostics.map((d) => `${lines.format(d.span.start)} ${d.code} ${d.message}`);
}

const refused: readonly (readonly [string, readonly string[]])[] = [
  [
    "@dataclass(frozen=True)\nclass P:\n    x: int\np = P(1)\np.x = 2\np.y = 3\n",
    [
      "6:1 TR2001 a frozen dataclass cannot be changed: CPython raises dataclasses.FrozenInstanceError: cannot assign to field 'x'",
      "7:1 TR2001 a frozen dataclass cannot be changed: CPython raises dataclasses.FrozenInstanceError: cannot assign to field 'y'",
    ],
  ],
  ["@dataclass(frozen=1)\nclass P:\n    x: int\n", ["2:12 TR2007 `frozen=` of `@dataclass` must be True or False here"]],
  ["@dataclass(kw_only=True)\nclass P:\n    x: int\n", ["2:12 TR2007 `@dataclass(kw_only=True)` is not supported: keyword-only constructor parameters are not supported"]],
  ["@dataclass(slots=True)\nclass P:\n    x: int\n", ["2:12 TR2007 `@dataclass(slots=True)` is not supported: __slots__ are not supported"]],
  ["@dataclass(init=False)\nclass P:\n    x: int\n", ["2:12 TR2007 `@dataclass(init=False)` is not supported: without the generated __init__ the fields are class attributes"]],
  ["@dataclass(order=1)\nclass P:\n    x: int\n", ["2:12 TR2007 `order=` of `@dataclass` must be True or False here"]],
  ["@dataclass(order=True, eq=False)\nclass P:\n    x: int\n", ["2:2 TR2007 ValueError: eq must be true if order is true"]],
  ["@dataclass\nclass P:\n    x: int = 0\n    y: int\n", ["5:5 TR2007 TypeError: non-default argument 'y' follows default argument"]],
  ["@dataclass\nclass P:\n    x: list = []\n", ["4:15 TR2007 ValueError: mutable default <class 'list'> for field x is not allowed: use default_factory"]],
  ["@dataclass\nclass P:\n    x: int = field(init=False)\n", ["4:20 TR2007 `field(init=...)` is not supported (the generated __init__ would skip the field)"]],
  ["@dataclass\nclass P:\n    x: int = field(default=1, default_factory=int)\n", ["4:14 TR2007 ValueError: cannot specify both default and default_factory"]],
  [
    "@dataclass\nclass P:\n    x: int\n@dataclass\nclass Q(P):\n    y: int\n",
    [
      "6:1 TR2007 a `@dataclass` with a base class is not supported (its fields would include the base's)",
      "6:9 TR2007 a class deriving from the `@dataclass` `P` is not supported (its repr and == name that class)",
    ],
  ],
  ["@dataclass\nclass P:\n    x: int\nclass Q(P):\n    pass\n", ["5:9 TR2007 a class deriving from the `@dataclass` `P` is not supported (its repr and == name that class)"]],
  ["@dataclass\nclass P:\n    x: int\n    def __init__(self):\n        self.x = 1\n", ["3:1 TR2007 a `@dataclass` that writes its own `__init__` is not supported"]],
  [
    "@dataclass(order=True)\nclass P:\n    x: int\n    def __lt__(self, other):\n        return True\n",
    ["3:1 TR2007 TypeError: Cannot overwrite attribute __lt__ in class P. Consider using functools.total_ordering"],
  ],
  [
    "from typing import ClassVar\n@dataclass\nclass P:\n    n: ClassVar[int] = 0\n    x: int\n",
    ["5:8 TR2007 a `ClassVar` in a `@dataclass` is not supported (write the class attribute without an annotation)"],
  ],
  ["x = field(default=1)\n", ["2:5 TR2003 `dataclasses.field` is not supported called this way"]],
];

describe("@dataclass", () => {
  describe("refuses what it does not translate, at its place", () => {
    for (const [source, expected] of refused) {
      it(source.split("\n")[0]!, async () => {
        assert.deepEqual(await diagnostics(head + source), expected);
      });
    }
    it("names the dataclasses names that do not translate at their import", async () => {
      assert.deepEqual(await diagnostics("from dataclasses import dataclass, InitVar, replace\n"), [
        "1:36 TR2003 `dataclasses.InitVar` is not supported (the names of `dataclasses` that translate are listed in docs/constructs.md)",
        "1:45 TR2003 `dataclasses.replace` is not supported (the names of `dataclasses` that translate are listed in docs/constructs.md)",
      ]);
    });
  });

  it("writes the constructor from the fields, a default factory as a default made at each call", async () => {
    const result = await translate(`${head}@dataclass\nclass Bag:\n    name: str\n    items: list[int] = field(default_factory=list)\n    size: int = 3\nb = Bag("a")\nb.items.append(1)\nprint(b)\n`);
    assert.deepEqual(result.diagnostics, []);
    assert.match(result.program.ts, /constructor\(name: string, items: number\[\] = \[\], size: number = 3\) \{\n {4}this\.name = name;\n {4}this\.items = items;\n {4}this\.size = size;\n {2}\}/);
    assert.match(result.program.ts, /__repr__\(\): string \{\n {4}return `Bag\(name=\$\{repr\(this\.name\)\}, items=\$\{repr\(this\.items\)\}, size=\$\{repr\(this\.size\)\}\)`;/);
  });

  it("orders by the compared fields only, and says so above the methods", async () => {
    const result = await translate(`${head}@dataclass(order=True)\nclass Job:\n    priority: int\n    name: str = field(compare=False)\nprint(Job(1, "a") < Job(2, "b"))\n`);
    assert.match(result.program.ts, /\/\/ Written by @dataclass\(order=True\): repr shows the fields; == and < compare \(priority,\) as tuples/);
    assert.match(result.program.ts, /return other instanceof Job \? pyLess\(\[this\.priority\], \[other\.priority\]\) : NotImplemented;/);
  });
});
