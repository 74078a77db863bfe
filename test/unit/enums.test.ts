/** `enum`: what an Enum class translates to, and every form it refuses, with code, message and line:column. */
import assert from "node:assert/strict";
import { translate } from "../../src/pipeline";
import { LineMap } from "../../src/core/lineMap";

const head = "from enum import Enum, IntEnum, auto\n";

async function diagnostics(source: string): Promise<string[]> {
  const result = await translate(source);
  const lines = new LineMap(source);
  return result.diagnostics.map((d) => `${lines.format(d.span.start)} ${d.code} ${d.message}`);
}

const valueRule = "an enum member's value must be an int, str, bool or None literal, a float literal with a fraction, or `auto()` (tuples, whole floats and computed values are not supported)";

const refused: readonly (readonly [string, readonly string[]])[] = [
  ["class C(Enum):\n    A = 1\n    B = 1\n", ["4:5 TR2007 the enum member `B` is an alias of `A` (the same value), which is not supported"]],
  ["class C(Enum):\n    A = 1\n    B = True\n", ["4:5 TR2007 the enum member `B` is an alias of `A` (the same value), which is not supported"]],
  ["class C(int, Enum):\n    A = 1\n", ["2:9 TR2007 an enum with a mixin type or several bases (`class C(int, Enum)`) is not supported"]],
  ["class C(str, Enum):\n    A = 1\n", ["3:9 TR2007 a member of a str enum must have a str literal value here (`1` is not)"]],
  ["class C(str, Enum):\n    A = auto()\n", ["3:9 TR2007 `auto()` in a `(str, Enum)` class is not supported (its value would be the str of an int)"]],
  ["class C(Enum, metaclass=type):\n    A = 1\n", ["2:15 TR2007 the class keyword `metaclass=` of an enum is not supported"]],
  ["class C(Enum):\n    A = 'a'\n    B = auto()\n", ["4:9 TR2007 `auto()` after a member whose value is not an int is not supported (CPython 3.11 warns that this will change)"]],
  ["class C(Enum):\n    A = auto(5)\n", ["3:9 TR2007 `auto()` with arguments is not supported"]],
  ["class C(Enum):\n    A = (1, 2)\n", [`3:9 TR2007 ${valueRule}`]],
  ["class C(Enum):\n    A = 1.0\n", [`3:9 TR2007 ${valueRule}`]],
  ["class C(Enum):\n    A = 1\n    B = A + 1\n", [`4:9 TR2007 ${valueRule}`]],
  ["class C(IntEnum):\n    A = 'x'\n", ["3:9 TR2007 an `IntEnum` member's value must be an int literal (`'x'` is not)"]],
  ["class C(Enum):\n    A: int = 1\n", ["3:5 TR2007 an annotated enum member is not supported (write `NAME = value`)"]],
  [
    "class C(Enum):\n    _ignore_ = ['x']\n    A = 1\n",
    ["3:5 TR2007 `_ignore_` in an enum is not supported (names starting with `_` are not members, or are enum settings such as `_ignore_` and `_order_`)"],
  ],
  ["class C(Enum):\n    name = 1\n", ["3:5 TR2007 an enum member named `name` is not supported (the name is taken by the member's attributes or the class's own)"]],
  [
    "class C(Enum):\n    A = 1\n    @classmethod\n    def _missing_(cls, value):\n        return cls.A\n",
    ["5:5 TR2007 `_missing_` in an enum is not supported (the runtime's enum class writes what CPython's does)"],
  ],
  ["class C(Enum):\n    A = 1\n    def __init__(self, v):\n        self.v = v\n", ["4:5 TR2007 `__init__` in an enum is not supported (the runtime's enum class writes what CPython's does)"]],
  ["class C(Enum):\n    A = 1\n    @property\n    def label(self):\n        return 'a'\n    @label.deleter\n    def label(self):\n        pass\n", ["7:6 TR2007 the decorator `@label.deleter` is not supported"]],
  ["class C(Enum):\n    pass\nclass D(C):\n    A = 1\n", ["4:9 TR2007 a class deriving from the enum `C` is not supported"]],
  ["C = Enum('C', 'A B')\n", ["2:5 TR2003 `enum.Enum` is not supported called this way"]],
  ["x = auto()\n", ["2:5 TR2003 `enum.auto` is not supported called this way"]],
  [
    "class C(Enum):\n    A = 1\nprint(C(1, 2))\n",
    ["4:7 TR2002 calling the enum `C` with other than one value (the functional API `C(\"Name\", \"A B\")`) is not supported: `C(1, 2)`"],
  ],
  ["class C(Enum):\n    A = 1\nx = 1\nprint(x in C)\n", ["5:7 TR2002 `in` on an enum class with something that is not known to be one of its members is not supported"]],
];

describe("enum", () => {
  describe("refuses what it does not translate, at its place", () => {
    for (const [source, expected] of refused) {
      it(source.trimEnd().replace(/\n/g, " | "), async () => {
        assert.deepEqual(await diagnostics(head + source), expected);
      });
    }
    it("names the enum names that do not translate at their import", async () => {
      assert.deepEqual(await diagnostics("from enum import Enum, Flag, StrEnum, unique\n"), [
        "1:24 TR2003 `enum.Flag` is not supported (the names of `enum` that translate are listed in docs/constructs.md)",
        "1:39 TR2003 `enum.unique` is not supported (the names of `enum` that translate are listed in docs/constructs.md)",
      ]);
    });
  });

  it("makes each member a static readonly instance of a class extending PyEnum, auto() counted from the last int", async () => {
    const result = await translate(`${head}class Color(Enum):\n    RED = 5\n    GREEN = auto()\nc: Color = Color(5)\nprint(c, Color["GREEN"], list(Color), len(Color))\n`);
    assert.deepEqual(result.diagnostics, []);
    assert.match(result.program.ts, /class Color extends PyEnum \{\n {2}static readonly RED = new Color\("RED", 5\);\n {2}static readonly GREEN = new Color\("GREEN", 6\);\n {2}declare readonly value: number;\n\}/);
    assert.match(result.program.ts, /const c: Color = Color\.of\(5\);/);
    assert.match(result.program.ts, /print\(c, Color\.byName\("GREEN"\), \[\.\.\.Color\.members\(\)\], Color\.members\(\)\.length\);/);
  });

  it("tests `in` on an enum class by identity for its own members, and by == for another enum's", async () => {
    const result = await translate(`${head}class C(Enum):\n    A = 1\nclass D(Enum):\n    B = 1\nprint(C.A in C, D.B in C)\n`);
    assert.deepEqual(result.diagnostics, []);
    assert.match(result.program.ts, /print\(C\.members\(\)\.includes\(C\.A\), C\.members\(\)\.some\(\(x\) => itemEquals\(x, D\.B\)\)\);/);
  });

  it("uses an IntEnum member's value where an int is wanted", async () => {
    const result = await translate(`${head}class P(IntEnum):\n    LOW = 1\n    HIGH = 2\nprint(P.HIGH + 1, P.LOW < P.HIGH)\n`);
    assert.deepEqual(result.diagnostics, []);
    assert.match(result.program.ts, /class P extends PyIntEnum \{/);
    assert.match(result.program.ts, /print\(P\.HIGH\.value \+ 1, P\.LOW\.value < P\.HIGH\.value\);/);
  });
});
