// Python's ==, ordering, truthiness, len(), `or` and `and` (src/runtime/compare.ts) against python3: each case is
// a Python expression and the runtime call that should give the same value (or raise the same exception).
import assert from "node:assert/strict";
import { NotImplemented, itemEquals, len, pyAnd, pyCompare, pyEquals, pyOr, truthy } from "../../src/runtime/compare";
import { listIndex, pyContains } from "../../src/runtime/sequences";
import { count as listCount } from "../../src/runtime/strings";
import { markTuple } from "../../src/runtime/tuple";
import { reprMismatches, type ReprCase } from "./runtimeHarness.test";

// The same classes on both sides (the Python ones are in `prelude`).
class Eq {
  constructor(readonly v: number) {}
  __eq__(o: unknown): boolean {
    return o instanceof Eq && o.v === this.v;
  }
}
class EqAll {
  __eq__(): boolean {
    return true;
  }
}
class EqNever {
  __eq__(): boolean {
    return false;
  }
}
class EqNone {
  __eq__(): typeof NotImplemented {
    return NotImplemented;
  }
}
class Lt {
  constructor(readonly v: number) {}
  __lt__(o: Lt): boolean {
    return this.v < o.v;
  }
}
class LtNone {
  __lt__(): typeof NotImplemented {
    return NotImplemented;
  }
}
class Falsy {
  __bool__(): boolean {
    return false;
  }
}
class Sized {
  constructor(readonly n: number) {}
  __len__(): number {
    return this.n;
  }
}

const prelude = [
  "class Eq:",
  "    def __init__(self, v): self.v = v",
  "    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v",
  "class EqAll:",
  "    def __eq__(self, o): return True",
  "class EqNever:",
  "    def __eq__(self, o): return False",
  "class EqNone:",
  "    def __eq__(self, o): return NotImplemented",
  "class Lt:",
  "    def __init__(self, v): self.v = v",
  "    def __lt__(self, o): return self.v < o.v",
  "class LtNone:",
  "    def __lt__(self, o): return NotImplemented",
  "class Falsy:",
  "    def __bool__(self): return False",
  "class Sized:",
  "    def __init__(self, n): self.n = n",
  "    def __len__(self): return self.n",
  "def cmp(a, b): return -1 if a < b else (1 if b < a else 0)",
  "nan = float('nan')",
  "same = EqNone()",
  "never = EqNever()",
];
const same = new EqNone();
const never = new EqNever();
const eq = (a: unknown, b: unknown): boolean => pyEquals(a, b);
const cmp = (a: unknown, b: unknown): number => Math.sign(pyCompare(a, b, "<"));
const t = (...items: unknown[]): unknown[] => markTuple(items);

const equality: ReprCase[] = [
  ["(1 == True, 0 == False, 2 == True, True == 1.0, True == True, True == False)", () => t(eq(1, true), eq(0, false), eq(2, true), eq(true, 1.0), eq(true, true), eq(true, false))],
  ["('1' == True, None == False, None == None, None == 0, 1 == '1', 1 == 1.0, 'a' == 'a', 'a' == 'b')", () => t(eq("1", true), eq(null, false), eq(null, null), eq(null, 0), eq(1, "1"), eq(1, 1.0), eq("a", "a"), eq("a", "b"))],
  ["([nan] == [nan], [1, 2] == [1, 2], [1, 2] == (1, 2), [1, 2] == [1, 2, 3], [1, [2, 3]] == [1, [2, 3]], (1, 2) == (1, 2), [1, 2] == [1, 3])", () => t(eq([NaN], [NaN]), eq([1, 2], [1, 2]), eq([1, 2], t(1, 2)), eq([1, 2], [1, 2, 3]), eq([1, [2, 3]], [1, [2, 3]]), eq(t(1, 2), t(1, 2)), eq([1, 2], [1, 3]))],
  ["({1: 'a'} == {1: 'a'}, {1: 'a'} == {1: 'b'}, {1: 'a'} == {2: 'a'}, {1: 'a'} == {1: 'a', 2: 'b'}, {} == [])", () => t(eq(new Map([[1, "a"]]), new Map([[1, "a"]])), eq(new Map([[1, "a"]]), new Map([[1, "b"]])), eq(new Map([[1, "a"]]), new Map([[2, "a"]])), eq(new Map([[1, "a"]]), new Map<number, string>([[1, "a"], [2, "b"]])), eq(new Map(), []))],
  ["({1, 2} == {2, 1}, {1, 2} == {1, 3}, {1} == {1, 2}, set() == {})", () => t(eq(new Set([1, 2]), new Set([2, 1])), eq(new Set([1, 2]), new Set([1, 3])), eq(new Set([1]), new Set([1, 2])), eq(new Set(), new Map()))],
  ["(Eq(1) == Eq(1), Eq(1) == Eq(2), Eq(1) == 1, 1 == Eq(1))", () => t(eq(new Eq(1), new Eq(1)), eq(new Eq(1), new Eq(2)), eq(new Eq(1), 1), eq(1, new Eq(1)))],
  ["(1 == EqAll(), 'a' == EqAll(), EqAll() == 1, None == EqAll(), [1] == EqAll(), True == EqAll())", () => t(eq(1, new EqAll()), eq("a", new EqAll()), eq(new EqAll(), 1), eq(null, new EqAll()), eq([1], new EqAll()), eq(true, new EqAll()))],
  ["(None == None, None == None)", () => t(eq(null, undefined), eq(undefined, null))],
  ["(EqNone() == EqNone(), same == same, EqNone() == EqAll(), EqNone() == 1, 1 == EqNone(), EqNone() == Eq(1))", () => t(eq(new EqNone(), new EqNone()), eq(same, same), eq(new EqNone(), new EqAll()), eq(new EqNone(), 1), eq(1, new EqNone()), eq(new EqNone(), new Eq(1)))],
];

// `==` asks __eq__ (a nan is not equal to itself); containers check identity first (PyObject_RichCompareBool).
const identity: ReprCase[] = [
  ["(nan == nan, never == never, same == same, nan != nan)", () => t(eq(NaN, NaN), eq(never, never), eq(same, same), !eq(NaN, NaN))],
  ["([nan] == [nan], (never,) == (never,), {1: nan} == {1: nan}, [[nan]] == [[nan]], [never] == [EqNever()])", () => t(eq([NaN], [NaN]), eq(t(never), t(never)), eq(new Map([[1, NaN]]), new Map([[1, NaN]])), eq([[NaN]], [[NaN]]), eq([never], [new EqNever()]))],
  ["(nan in [nan], never in [never], EqNever() in [never], [nan, never].count(never), [1, nan].index(nan))", () => t(pyContains([NaN], NaN), pyContains([never], never), pyContains([never], new EqNever()), listCount([NaN, never], never), listIndex([1, NaN], NaN))],
  ["(cmp([nan, 1], [nan, 2]), cmp((never, 1), (never, 0)))", () => t(cmp([NaN, 1], [NaN, 2]), cmp(t(never, 1), t(never, 0)))],
  ["(nan == 1, 1 == nan, nan == None)", () => t(itemEquals(NaN, 1), itemEquals(1, NaN), itemEquals(NaN, null))],
];

const ordering: ReprCase[] = [
  ["(cmp(1, 2), cmp(2, 1), cmp(1, 1.0), cmp(True, 2), cmp(nan, 1), cmp(1, nan))", () => t(cmp(1, 2), cmp(2, 1), cmp(1, 1.0), cmp(true, 2), cmp(NaN, 1), cmp(1, NaN))],
  ["(cmp([1, 2], [1, 3]), cmp([1, 2], [1, 2]), cmp([1, 2, 3], [1, 2]), cmp((1, 'b'), (1, 'a')), cmp([], [0]))", () => t(cmp([1, 2], [1, 3]), cmp([1, 2], [1, 2]), cmp([1, 2, 3], [1, 2]), cmp(t(1, "b"), t(1, "a")), cmp([], [0]))],
  ["(cmp('b', 'a'), cmp('a', 'ab'), cmp('\\U0001F600', '\\uFFFF'), cmp('a\\U0001F600', 'a\\U0001F600b'), cmp('\\U0001F600x', '\\U0001F600y'), cmp('\\U0001F600', '\\U0001F600'))", () => t(cmp("b", "a"), cmp("a", "ab"), cmp("\u{1F600}", "\uFFFF"), cmp("a\u{1F600}", "a\u{1F600}b"), cmp("\u{1F600}x", "\u{1F600}y"), cmp("\u{1F600}", "\u{1F600}"))],
  ["(cmp(Lt(1), Lt(2)), cmp(Lt(2), Lt(1)), cmp(Lt(1), Lt(1)))", () => t(cmp(new Lt(1), new Lt(2)), cmp(new Lt(2), new Lt(1)), cmp(new Lt(1), new Lt(1)))],
  ["cmp(1, 'a')", () => cmp(1, "a")],
  ["cmp([1], (1,))", () => cmp([1], t(1))],
  ["cmp(None, 1)", () => cmp(null, 1)],
  ["cmp([1, 'a'], [1, 2])", () => cmp([1, "a"], [1, 2])],
  ["cmp(LtNone(), LtNone())", () => cmp(new LtNone(), new LtNone())],
  ["cmp(LtNone(), 1)", () => cmp(new LtNone(), 1)],
];

const truthAndLength: ReprCase[] = [
  ["(bool(None), bool(0), bool(0.0), bool(nan), bool(''), bool('a'), bool(True), bool(False))", () => t(truthy(null), truthy(0), truthy(0.0), truthy(NaN), truthy(""), truthy("a"), truthy(true), truthy(false))],
  ["(bool([]), bool([0]), bool(()), bool({}), bool({0: 0}), bool(set()), bool({0}))", () => t(truthy([]), truthy([0]), truthy(t()), truthy(new Map()), truthy(new Map([[0, 0]])), truthy(new Set()), truthy(new Set([0])))],
  ["(bool(Falsy()), bool(Sized(0)), bool(Sized(2)), bool(Eq(0)))", () => t(truthy(new Falsy()), truthy(new Sized(0)), truthy(new Sized(2)), truthy(new Eq(0)))],
  ["(len([1, 2]), len('a\\U0001F600'), len('abc'), len({1: 2}), len({1, 2, 3}), len(()), len(Sized(0)), len(Sized(3)))", () => t(len([1, 2]), len("a\u{1F600}"), len("abc"), len(new Map([[1, 2]])), len(new Set([1, 2, 3])), len(t()), len(new Sized(0)), len(new Sized(3)))],
  ["len(5)", () => len(5)],
  ["len(Eq(1))", () => len(new Eq(1))],
  ["(0 or 'x', 'a' or 'x', [] or [1], 0 and 'x', 'a' and 'x', None and 1)", () => t(pyOr(0, () => "x"), pyOr("a", () => "x"), pyOr([], () => [1]), pyAnd(0, () => "x"), pyAnd("a", () => "x"), pyAnd(null, () => 1))],
];

describe("runtime comparisons (expected: python3)", () => {
  it("== on numbers, bools, None, strings, lists, tuples, dicts, sets and classes with __eq__ (reflected, NotImplemented)", async () => {
    assert.equal(await reprMismatches(prelude, equality), "");
  });

  it("identity: == asks __eq__ (nan is not nan's equal), containers check identity first (in, count, index, list ==)", async () => {
    assert.equal(await reprMismatches(prelude, identity), "");
  });

  it("ordering of numbers, nan, sequences, strings by code point, __lt__, and CPython's TypeErrors", async () => {
    assert.equal(await reprMismatches(prelude, ordering), "");
  });

  it("truthiness, len(), `or` and `and`", async () => {
    assert.equal(await reprMismatches(prelude, truthAndLength), "");
  });
});
