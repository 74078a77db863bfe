// repr/str, arithmetic, builtins, string and list helpers against CPython: each case is a Python expression
// giving a string (or raising) and the same computation on the runtime; python3 evaluates all of them in one run.
import assert from "node:assert/strict";
import { divmod, floorDiv, mod, pow, round, trueDiv } from "../../src/runtime/arith";
import { len, pyCompare, pyEquals, truthy } from "../../src/runtime/compare";
import { bin, chr, float, hex, int, oct, ord, typeOf } from "../../src/runtime/convert";
import { type AnyClass, BaseException, BaseExceptionGroup, CancelledError, Exception, ExceptionGroup, ExceptStar, KeyboardInterrupt, KeyError, PyTypeError, RuntimeError, ValueError, pythonClassName } from "../../src/runtime/exceptions";
import { format } from "../../src/runtime/formatSpec";
import { formatStr } from "../../src/runtime/formatStr";
import { pyFloat } from "../../src/runtime/floatBox";
import { all, any, enumerate, max, min, reversed, sorted, sum, zip } from "../../src/runtime/iterables";
import { range } from "../../src/runtime/range";
import { repr, str } from "../../src/runtime/repr";
import { dictDelete, dictGet, dictPop, getIndex, listDelete, listIndex, listPop, listRemove, listSort, pyContains, setDefault, setRemove, sliceStep } from "../../src/runtime/sequences";
import * as s from "../../src/runtime/strings";
import { formatUncaught } from "../../src/runtime/traceback";
import { markTuple } from "../../src/runtime/tuple";
import { runPython } from "./runtimeHarness.test";

type Case = readonly [python: string, ours: () => string];

class MyError extends Exception {}
class Dog {
  toString(): string {
    return "a dog";
  }
}
class Point {
  constructor(readonly x: number) {}
  __repr__(): string {
    return `Point(${this.x})`;
  }
}
class Plain {}
const selfList: unknown[] = [1];
selfList.push(selfList);
const t = markTuple;

/** `try: raise thrown except* A: clause ...`: the repr of what propagates, or "None". */
function exceptStar(thrown: () => BaseException, clauses: [AnyClass[], (group: BaseExceptionGroup) => void][]): string {
  try {
    const star = new ExceptStar(thrown());
    for (const [classes, clause] of clauses) {
      if (!star.match(...classes)) continue;
      try {
        clause(star.matched);
      } catch (raised) {
        star.raise(raised);
      }
    }
    star.reraise();
    return "None";
  } catch (err) {
    return repr(err);
  }
}
const twoErrors = () => new ExceptionGroup("g", [new ValueError(1), new PyTypeError(2)]);
const starProgram = (raise: string, clauses: string) =>
  `def f():\n  try:\n    raise ${raise}\n${clauses}\ndef g():\n  try:\n    f()\n  except BaseException as e:\n    return repr(e)\n  return 'None'\ng()`;
const pass = () => undefined;

const groups: Record<string, Case[]> = {
  "repr and str": [
    ["repr(1.5)", () => repr(1.5)],
    ["repr(4.0)", () => repr(4, "float")],
    ["repr(4)", () => repr(4)],
    ["repr(-0.0)", () => repr(-0, "float")],
    ["repr(1e-05)", () => repr(1e-5)],
    ["repr(0.0001)", () => repr(0.0001)],
    ["repr(1e16)", () => repr(1e16, "float")],
    ["repr(1.5e16)", () => repr(1.5e16, "float")],
    ["repr(123456789012345.6)", () => repr(123456789012345.6)],
    ["repr(1234567890123456.75)", () => repr(1234567890123456.75)],
    ["repr(0.1 + 0.2)", () => repr(0.1 + 0.2)],
    ["repr(1/3)", () => repr(1 / 3)],
    ["repr(2**60)", () => repr(2 ** 60)],
    ["repr(10**21)", () => repr(10 ** 21)],
    ["repr(float(10**21))", () => repr(10 ** 21, "float")],
    ["repr(5e-324)", () => repr(5e-324)],
    ["repr(1.7976931348623157e308)", () => repr(1.7976931348623157e308, "float")],
    ["repr(float('inf')) + repr(float('-inf')) + repr(float('nan'))", () => repr(Infinity) + repr(-Infinity) + repr(NaN)],
    ["repr('hello')", () => repr("hello")],
    ["repr(\"it's\")", () => repr("it's")],
    ["repr('say \"hi\"')", () => repr('say "hi"')],
    ["repr('it\\'s \"x\"')", () => repr("it's \"x\"")],
    ["repr('a\\nb\\tc\\rd\\\\e')", () => repr("a\nb\tc\rd\\e")],
    ["repr('\\x00\\x07\\x1f\\x7f\\x80\\xa0\\xad\\xe9')", () => repr("\x00\x07\x1f\x7f\x80\xa0\xad\xe9")],
    ["repr('\\u200b\\u2028\\ufeff日本\\U0001f600\\ud800')", () => repr("\u200b\u2028\ufeff日本\u{1f600}\ud800")],
    ["repr([1, 'a', None, True, 2.5])", () => repr([1, "a", null, true, 2.5])],
    ["repr((1,)) + repr(()) + repr((1, 2))", () => repr(t([1])) + repr(t([])) + repr(t([1, 2]))],
    ["repr((1, 2.0))", () => repr([1, 2], "tuple[int, float]")],
    ["repr([(1, 2.0), (3, 4.5)])", () => repr([[1, 2], [3, 4.5]], "list[tuple[int, float]]")],
    ["repr((1.0, 2.0, 3.0))", () => repr([1, 2, 3], "tuple[float, ...]")],
    ["repr({'a': 1, 'b': [1.0]})", () => repr(new Map<string, unknown>([["a", 1], ["b", [1]]]), "dict[str, list[float]]")],
    ["repr({}) + repr(set()) + repr({1, 2})", () => repr(new Map()) + repr(new Set()) + repr(new Set([1, 2]))],
    ["repr(None) + repr(True) + str(False)", () => repr(null) + repr(true) + str(false)],
    ["repr([2.0, None])", () => repr([2, null], "list[float | None]")],
    ["repr(3.0)", () => repr(3, "Optional[float]")],
    ["l = [1]\nl.append(l)\nrepr(l)", () => repr(selfList)],
    ["str('x') + str(1.5) + str([1, 'x'])", () => str("x") + str(1.5) + str([1, "x"])],
    ["repr(ValueError('boom')) + repr(ValueError()) + repr(ValueError('a', 2))", () => repr(new ValueError("boom")) + repr(new ValueError()) + repr(new ValueError("a", 2))],
    ["str(ValueError('boom')) + '|' + str(ValueError()) + '|' + str(ValueError('a', 2))", () => `${str(new ValueError("boom"))}|${str(new ValueError())}|${str(new ValueError("a", 2))}`],
    ["str(KeyError('k')) + repr(KeyError('k'))", () => str(new KeyError("k")) + repr(new KeyError("k"))],
    ["class MyError(Exception): pass\nrepr(MyError('x')) + str(MyError('x'))", () => repr(new MyError("x")) + str(new MyError("x"))],
    ["import asyncio\nrepr(asyncio.CancelledError())", () => repr(new CancelledError())],
    ["class Dog:\n  def __str__(self): return 'a dog'\nstr(Dog()) + str([Dog()])[:8]", () => str(new Dog()) + str([new Plain()]).slice(0, 8)],
    ["class Point:\n  def __init__(self, x): self.x = x\n  def __repr__(self): return f'Point({self.x})'\nstr(Point(1)) + repr([Point(2)])", () => str(new Point(1)) + repr([new Point(2)])],
  ],
  "arithmetic": [
    ["repr([-7 // 2, 7 // -2, -7 % 3, 7 % -3, -7 % -3])", () => repr([floorDiv(-7, 2), floorDiv(7, -2), mod(-7, 3), mod(7, -3), mod(-7, -3)])],
    ["repr([-7.5 % 2, 7.0 // -2, -0.0 % 5, 5 % -0.5, 0.5 // 0.1, -1e-300 % 1.0])", () => repr([mod(-7.5, 2), floorDiv(7, -2, "float"), mod(-0, 5, "float"), mod(5, -0.5), floorDiv(0.5, 0.1), mod(-1e-300, 1, "float")], "list[float]")],
    ["repr([divmod(-7, 2), divmod(7, 2)])", () => repr([divmod(-7, 2), divmod(7, 2)])],
    ["repr(divmod(7.5, -2))", () => repr(divmod(7.5, -2), "tuple[float, float]")],
    ["repr([7 / 2, 1 / 3, -6 / 3])", () => repr([trueDiv(7, 2), trueDiv(1, 3), trueDiv(-6, 3)], "list[float]")],
    ["1 // 0", () => String(floorDiv(1, 0))],
    ["1 % 0", () => String(mod(1, 0))],
    ["1 / 0", () => String(trueDiv(1, 0))],
    ["1.5 / 0", () => String(trueDiv(1.5, 0))],
    ["1.5 // 0", () => String(floorDiv(1.5, 0))],
    ["1.5 % 0", () => String(mod(1.5, 0))],
    ["divmod(1, 0)", () => String(divmod(1, 0))],
    ["divmod(1.5, 0)", () => String(divmod(1.5, 0))],
    ["0 ** -1", () => String(pow(0, -1))],
    ["repr([2 ** -1, 2 ** 10, (-2) ** 3])", () => repr([pow(2, -1), pow(2, 10), pow(-2, 3)])],
    ["repr([round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(2.675)])", () => repr([0.5, 1.5, 2.5, -0.5, -1.5, 2.675].map((x) => round(x)))],
    ["repr([round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-0.4, 0), round(1234.5, -1), round(5e-324, 3)])", () => repr([round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-0.4, 0), round(1234.5, -1), round(5e-324, 3)], "list[float]")],
    ["repr([round(1250, -2), round(1350, -2), round(7, 2), round(-1234, -1)])", () => repr([round(1250, -2), round(1350, -2), round(7, 2), round(-1234, -1)])],
    ["round(float('nan'))", () => String(round(NaN))],
    ["round(float('inf'))", () => String(round(Infinity))],
  ],
  "conversions and types": [
    ["repr([int('42'), int(' -7 '), int('1_000'), int('ff', 16), int('0x1f', 0), int('0b101', 0), int('z', 36), int(2.9), int(-2.9), int(True)])", () => repr([int("42"), int(" -7 "), int("1_000"), int("ff", 16), int("0x1f", 0), int("0b101", 0), int("z", 36), int(2.9), int(-2.9), int(true)])],
    ["int('x')", () => String(int("x"))],
    ["int('1.5')", () => String(int("1.5"))],
    ["int('')", () => String(int(""))],
    ["int('010', 0)", () => String(int("010", 0))],
    ["int('12', 1)", () => String(int("12", 1))],
    ["int(float('inf'))", () => String(int(Infinity))],
    ["int(None)", () => String(int(null))],
    ["repr([float('1.5'), float(' 2 '), float('1_0.5'), float('-Infinity'), float('1e5'), float('.5'), float(3)])", () => repr([float("1.5"), float(" 2 "), float("1_0.5"), float("-Infinity"), float("1e5"), float(".5"), float(3)], "list[float]")],
    ["float('x')", () => String(float("x"))],
    ["float('0x10')", () => String(float("0x10"))],
    ["float(None)", () => String(float(null))],
    ["str([type(1), type(1.5), type('s'), type(True), type(None), type([]), type(()), type({}), type(set())])", () => str([typeOf(1), typeOf(1.5), typeOf("s"), typeOf(true), typeOf(null), typeOf([]), typeOf(t([])), typeOf(new Map()), typeOf(new Set())])],
    ["def f(): pass\nstr([type(4.0), type(ValueError()), type(f), type(int), f.__name__])", () => str([typeOf(4, "float"), typeOf(new ValueError()), typeOf(function f() {}), typeOf(Plain), "f"])],
    ["'a{'.format()", () => formatStr("a{", [])],
    ["class Plain: pass\nstr(type(Plain())) + type(Plain()).__name__ + type([]).__name__", () => str(typeOf(new Plain())) + typeOf(new Plain()).__name__ + typeOf([]).__name__],
    ["import asyncio\nstr(type(asyncio.CancelledError()))", () => str(typeOf(new CancelledError()))],
    ["repr([chr(65), ord('é'), ord('😀'), bin(-5), hex(255), oct(8), bin(0)])", () => repr([chr(65), ord("é"), ord("😀"), bin(-5), hex(255), oct(8), bin(0)])],
    ["ord('ab')", () => String(ord("ab"))],
  ],
  "comparisons and builtins": [
    ["repr([1 == 1.0, True == 1, [1, [2]] == [1, [2]], (1, 2) == [1, 2], {'a': 1} == {'a': 1}, {1, 2} == {2, 1}, None == 0, 'a' == 'a'])", () => repr([pyEquals(1, 1), pyEquals(true, 1), pyEquals([1, [2]], [1, [2]]), pyEquals(t([1, 2]), [1, 2]), pyEquals(new Map([["a", 1]]), new Map([["a", 1]])), pyEquals(new Set([1, 2]), new Set([2, 1])), pyEquals(null, 0), pyEquals("a", "a")])],
    ["repr([[1, 2] < [1, 3], [1, 2] < [1, 2, 0], 'abc' < 'abd', 'Z' < 'a', '\\uffff' < '\\U0001f600', (1, 'b') > (1, 'a'), True < 2])", () => repr([pyCompare([1, 2], [1, 3]) < 0, pyCompare([1, 2], [1, 2, 0]) < 0, pyCompare("abc", "abd") < 0, pyCompare("Z", "a") < 0, pyCompare("\uffff", "\u{1f600}") < 0, pyCompare(t([1, "b"]), t([1, "a"])) > 0, pyCompare(true, 2) < 0])],
    ["1 < 'a'", () => String(pyCompare(1, "a"))],
    ["[1, 2] < [1, 'a']", () => String(pyCompare([1, 2], [1, "a"]))],
    ["None < None", () => String(pyCompare(null, null))],
    ["(1, 2) < [1, 2]", () => String(pyCompare(t([1, 2]), [1, 2]))],
    ["repr([bool(x) for x in [0, 0.0, '', [], {}, set(), None, 1, 'a', [0], float('nan'), -1]])", () => repr([0, 0, "", [], new Map(), new Set(), null, 1, "a", [0], NaN, -1].map(truthy))],
    ["repr([len('abc'), len('😀'), len([1, 2]), len({1: 2}), len(set())])", () => repr([len("abc"), len("😀"), len([1, 2]), len(new Map([[1, 2]])), len(new Set())])],
    ["len(5)", () => String(len(5))],
    ["repr([list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2))])", () => repr([range(5), range(2, 5), range(10, 0, -3), range(0), range(5, 2)].map((r) => [...r]))],
    ["range(1, 5, 0)", () => String(range(1, 5, 0))],
    ["repr([range(3), range(1, 10, 2), range(5, 0, -1), range(-3), len(range(0, 100, 7)), len(range(10, 0, -3)), len(range(5, 2)), len(range(-3))])", () => repr([range(3), range(1, 10, 2), range(5, 0, -1), range(-3), range(0, 100, 7).length, range(10, 0, -3).length, range(5, 2).length, range(-3).length])],
    ["r = range(10, 0, -3)\nrepr([r[0], r[-1], r[2], 7 in r, 8 in r, 1 in r, 0 in r, 4.0 in r, 'a' in r, True in range(2), list(r), [x * 2 for x in r if x > 3]])", () => { const r = range(10, 0, -3); return repr([r.get(0), r.get(-1), r.get(2), r.includes(7), r.includes(8), r.includes(1), r.includes(0), r.includes(4), r.includes("a"), range(2).includes(true), [...r], r.filter((x) => x > 3).map((x) => x * 2)]); }],
    ["range(3)[3]", () => String(range(3).get(3))],
    ["range(3)[-4]", () => String(range(3).get(-4))],
    ["repr([range(0) == range(2, 2), range(0, 3) == range(3), range(1, 2, 5) == range(1, 3, 7), range(3) == range(4), range(3) == [0, 1, 2], bool(range(0)), bool(range(1)), str(type(range(1)))])", () => repr([pyEquals(range(0), range(2, 2)), pyEquals(range(0, 3), range(3)), pyEquals(range(1, 2, 5), range(1, 3, 7)), pyEquals(range(3), range(4)), pyEquals(range(3), [0, 1, 2]), truthy(range(0)), truthy(range(1)), str(typeOf(range(1)))])],
    ["repr([1.0, 0.0, -2.0, 2.5, 1e16, 1, (1.0,), type(1.0).__name__, type(1).__name__, 1.0 == 1, 1 == 1.0, 2.0 > 1, bool(0.0), bool(3.0), int(3.0), 'ok', f'{4.0}', f'{4.0:.2f}', f'{4.0:>5}', str(7.0)])", () => repr([pyFloat(1), pyFloat(0), pyFloat(-2), pyFloat(2.5), pyFloat(1e16), 1, t([pyFloat(1)]), typeOf(pyFloat(1)).__name__, typeOf(1).__name__, pyEquals(pyFloat(1), 1), pyEquals(1, pyFloat(1)), pyCompare(pyFloat(2), 1) > 0, truthy(pyFloat(0)), truthy(pyFloat(3)), int(pyFloat(3)), float(pyFloat(3)) === 3 ? "ok" : "no", str(pyFloat(4)), format(pyFloat(4), ".2f"), format(pyFloat(4), ">5"), str(pyFloat(7))])],
    ["repr(sorted([3, 2.0, 1]))", () => repr(sorted([3, pyFloat(2), 1]))],
    ["repr([list(enumerate('ab')), list(enumerate([5], 1)), list(zip([1, 2, 3], 'ab')), list(zip())])", () => repr([enumerate("ab"), enumerate([5], 1), zip([1, 2, 3], "ab"), zip()])],
    ["repr([sum([1, 2, 3]), sum([0.1] * 10), sum([], 5), sum([True, True])])", () => repr([sum([1, 2, 3]), sum(Array(10).fill(0.1)), sum([], 5), sum([true, true])])],
    ["sum(['a'])", () => String(sum(["a"] as unknown as number[]))],
    ["repr([min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max('abc'), min([], default=5), min(3, 1, 2, key=lambda x: -x), max([1, 3, 3.0]), max(['a', 'bb', 'cc'], key=len)])", () => repr([min([3, 1, 2]), max([3, 1, 2]), min(3, 1, 2), max("abc"), min([], { default: 5 }), min(3, 1, 2, { key: (x: number) => -x } as unknown as number), max([1, 3, 3]), max(["a", "bb", "cc"], { key: len })])],
    ["min([])", () => String(min([]))],
    ["max([])", () => String(max([]))],
    ["max([1, 'a'])", () => String(max([1, "a"]))],
    ["repr([sorted([3, 1, 2]), sorted(['b', 'A', 'a']), sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'cc', 'd'], key=len), sorted(['bb', 'a', 'cc', 'd'], key=len, reverse=True)])", () => repr([sorted([3, 1, 2]), sorted(["b", "A", "a"]), sorted([t([1, "b"]), t([1, "a"]), t([0, "z"])]), sorted([3, 1, 2], { reverse: true }), sorted(["bb", "a", "cc", "d"], { key: len }), sorted(["bb", "a", "cc", "d"], { key: len, reverse: true })])],
    ["sorted([3, 'a'])", () => String(sorted([3, "a"]))],
    ["repr([list(reversed([1, 2, 3])), any([0, '', 1]), all([1, 'a', [0]]), all([]), any([])])", () => repr([reversed([1, 2, 3]), any([0, "", 1]), all([1, "a", [0]]), all([]), any([])])],
  ],
  "strings": [
    ["repr(['a,b,,c'.split(','), ' a  b '.split(), 'a b c'.split(None, 1), 'a b c'.rsplit(None, 1), 'a,b,c'.rsplit(',', 1), ''.split(','), ''.split(), '  a b  '.split(None, 1), '  a b  '.rsplit(None, 1), 'a\\u3000b\\x1cc'.split()])", () => repr([s.split("a,b,,c", ","), s.split(" a  b "), s.split("a b c", null, 1), s.rsplit("a b c", null, 1), s.rsplit("a,b,c", ",", 1), s.split("", ","), s.split(""), s.split("  a b  ", null, 1), s.rsplit("  a b  ", null, 1), s.split("a\u3000b\x1cc")])],
    ["'x'.split('')", () => String(s.split("x", ""))],
    ["repr([' x '.strip(), 'xxhixx'.strip('x'), '[a]'.strip('[]'), 'a-b'.lstrip('a-'), '\\ufeffx'.strip(), 'abc'.rstrip('c'), 'x'.strip('')])", () => repr([s.strip(" x "), s.strip("xxhixx", "x"), s.strip("[a]", "[]"), s.lstrip("a-b", "a-"), s.strip("\ufeffx"), s.rstrip("abc", "c"), s.strip("x", "")])],
    ["repr(['ab'.center(5), 'ab'.center(6), 'abc'.center(6), 'abc'.center(8, '*'), 'a'.ljust(3, '.'), 'a'.rjust(3), '-42'.zfill(6), '+4'.zfill(4), '42'.zfill(1)])", () => repr([s.center("ab", 5), s.center("ab", 6), s.center("abc", 6), s.center("abc", 8, "*"), s.ljust("a", 3, "."), s.rjust("a", 3), s.zfill("-42", 6), s.zfill("+4", 4), s.zfill("42", 1)])],
    ["repr([\"they're bill's\".title(), 'hELLO wORLD'.capitalize(), 'hello world'.title(), 'aaa'.count('aa'), 'abc'.count(''), 'banana'.count('an')])", () => repr([s.title("they're bill's"), s.capitalize("hELLO wORLD"), s.title("hello world"), s.count("aaa", "aa"), s.count("abc", ""), s.count("banana", "an")])],
    ["repr(['a\\nb\\r\\nc\\rd\\x0be'.splitlines(), 'a\\nb\\n'.splitlines(True), ''.splitlines(), 'a\\n\\nb'.splitlines()])", () => repr([s.splitlines("a\nb\r\nc\rd\x0be"), s.splitlines("a\nb\n", true), s.splitlines(""), s.splitlines("a\n\nb")])],
    ["','.join([1])", () => s.strJoin(",", [1])],
    ["repr(['abc'.replace('', '-', 2), 'abc'.replace('', '-'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'b', 0), 'abab'.replace('ab', 'x', 1), 'abab'.replace('ab', 'x')])", () => repr([s.replaceCount("abc", "", "-", 2), s.replaceCount("abc", "", "-"), s.replaceCount("aaa", "a", "b", 2), s.replaceCount("aaa", "a", "b", 0), s.replaceCount("abab", "ab", "x", 1), s.replaceCount("abab", "ab", "x")])],
    ["repr(['123'.isdigit(), '12a'.isdigit(), ''.isdigit(), 'abc'.isalpha(), 'é'.isalpha(), 'a1'.isalnum(), ' \\t'.isspace(), ''.isspace(), 'ABC1'.isupper(), 'abc'.islower(), '1'.isupper()])", () => repr([s.isdigit("123"), s.isdigit("12a"), s.isdigit(""), s.isalpha("abc"), s.isalpha("é"), s.isalnum("a1"), s.isspace(" \t"), s.isspace(""), s.isupper("ABC1"), s.islower("abc"), s.isupper("1")])],
  ],
  "sequences and dicts": [
    ["repr([[1, 2, 3][-1], 'abc'[-3], '😀a'[1]])", () => repr([getIndex([1, 2, 3], -1), getIndex("abc", -3), getIndex("😀a", 1)])],
    ["[1][5]", () => String(getIndex([1], 5))],
    ["(1,)[5]", () => String(getIndex(t([1]), 5))],
    ["'a'[-2]", () => getIndex("a", -2)],
    ["l = list(range(10))\nrepr([l[::2], l[::-1], l[1:8:3], l[8:1:-3], l[-2::-4], l[100::-1], l[:-100:-1], 'hello'[::-1], 'hello'[::2]])", () => { const l = [...range(10)]; return repr([sliceStep(l, null, null, 2), sliceStep(l, null, null, -1), sliceStep(l, 1, 8, 3), sliceStep(l, 8, 1, -3), sliceStep(l, -2, null, -4), sliceStep(l, 100, null, -1), sliceStep(l, null, -100, -1), sliceStep("hello", null, null, -1), sliceStep("hello", null, null, 2)]); }],
    ["[1][::0]", () => String(sliceStep([1], null, null, 0))],
    ["{}['k']", () => String(dictGet(new Map(), "k"))],
    ["{}[(1, 2)]", () => String(dictGet(new Map(), t([1, 2])))],
    ["{}.pop('a')", () => String(dictPop(new Map(), "a"))],
    ["repr({'a': 1}.pop('b', None))", () => repr(dictPop(new Map([["a", 1]]), "b", null))],
    ["[1].remove(5)", () => String(listRemove([1], 5))],
    ["[1].index(5)", () => String(listIndex([1], 5))],
    ["['a'].index('b')", () => String(listIndex(["a"], "b"))],
    ["[].pop()", () => String(listPop([]))],
    ["[1].pop(5)", () => String(listPop([1], 5))],
    ["l = [1, 2, 3]\nrepr([l.pop(), l.pop(0), l, [1, 2, 1].index(1), 2 in [1, 2.0], 'b' in 'abc', 1 in {1: 2}])", () => { const l = [1, 2, 3]; return repr([listPop(l), listPop(l, 0), l, listIndex([1, 2, 1], 1), pyContains([1, 2], 2), pyContains("abc", "b"), pyContains(new Map([[1, 2]]), 1)]); }],
    ["l = [3, 1, 2]\nl.sort()\nm = ['bb', 'a', 'cc']\nm.sort(key=len, reverse=True)\ndel l[0]\nd = {}\nd.setdefault('a', []).append(1)\nrepr([l, m, d, [1, 2, 1].count(1)])", () => { const l = [3, 1, 2]; listSort(l); const m = ["bb", "a", "cc"]; listSort(m, { key: len, reverse: true }); listDelete(l, 0); const d = new Map<string, number[]>(); setDefault(d, "a", [] as number[]).push(1); return repr([l, m, d, s.count([1, 2, 1], 1)]); }],
    ["l = []\ndel l[0]\n'unreached'", () => String(listDelete([], 0))],
    ["d = {}\ndel d['x']\n'unreached'", () => String(dictDelete(new Map(), "x"))],
    ["set().remove(3)", () => String(setRemove(new Set(), 3))],
  ],
  "str.format": [
    ["'{} and {}'.format(1, 'a')", () => formatStr("{} and {}", [1, "a"])],
    ["'{1}{0}{1}'.format('a', 'b')", () => formatStr("{1}{0}{1}", ["a", "b"])],
    ["'{name}: {value:.2f}'.format(name='pi', value=3.14159)", () => formatStr("{name}: {value:.2f}", [], { name: "pi", value: 3.14159 })],
    ["'{!r} {!s} {!a}'.format('x', 'y', 'é')", () => formatStr("{!r} {!s} {!a}", ["x", "y", "é"])],
    ["'{:>{w}}|{{}}'.format('x', w=4)", () => formatStr("{:>{w}}|{{}}", ["x"], new Map([["w", 4]]))],
    ["'{0[1]} {0[0]}'.format([5, 6])", () => formatStr("{0[1]} {0[0]}", [[5, 6]])],
    ["'{}'.format(4.0)", () => formatStr("{}", [4], {}, ["float"])],
    ["'{} {}'.format(1)", () => formatStr("{} {}", [1])],
    ["'{0} {}'.format(1, 2)", () => formatStr("{0} {}", [1, 2])],
    ["'{} {0}'.format(1, 2)", () => formatStr("{} {0}", [1, 2])],
    ["'{x}'.format()", () => formatStr("{x}", [])],
    ["'a}'.format()", () => formatStr("a}", [])],
    ["'{a'.format()", () => formatStr("{a", [])],
  ],
  "exception groups": [
    ["type(BaseExceptionGroup('m', [ValueError(1)])).__name__", () => pythonClassName(new BaseExceptionGroup("m", [new ValueError(1)]).constructor as AnyClass)],
    ["type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__", () => pythonClassName(new BaseExceptionGroup("m", [new KeyboardInterrupt()]).constructor as AnyClass)],
    ["isinstance(ExceptionGroup('m', [ValueError(1)]), Exception)", () => str(new ExceptionGroup("m", [new ValueError(1)]) instanceof Exception)],
    ["isinstance(ExceptionGroup('m', [ValueError(1)]), BaseExceptionGroup)", () => str(new ExceptionGroup("m", [new ValueError(1)]) instanceof BaseExceptionGroup)],
    ["isinstance(BaseExceptionGroup('m', [KeyboardInterrupt()]), Exception)", () => str(new BaseExceptionGroup("m", [new KeyboardInterrupt()]) instanceof Exception)],
    ["isinstance(ValueError(), Exception)", () => str(new ValueError() instanceof Exception)],
    ["ExceptionGroup('bad', [KeyboardInterrupt()])", () => repr(new ExceptionGroup("bad", [new KeyboardInterrupt()]))],
    ["BaseExceptionGroup('empty', [])", () => repr(new BaseExceptionGroup("empty", []))],
    ["ExceptionGroup('m', [ValueError(1)]).message", () => new ExceptionGroup("m", [new ValueError(1)]).message],
    ["str(ExceptionGroup('m', [ValueError(1), ValueError(2)]))", () => str(new ExceptionGroup("m", [new ValueError(1), new ValueError(2)]))],
    ["eg = ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [TypeError(2), ValueError(3)])])\nrepr(eg.split(ValueError))",
      () => repr(t(new ExceptionGroup("m", [new ValueError(1), new ExceptionGroup("n", [new PyTypeError(2), new ValueError(3)])]).split(ValueError)))],
    ["eg = ExceptionGroup('m', [ValueError(1), TypeError(2), KeyError(3)])\nrepr(eg.subgroup((TypeError, KeyError)))",
      () => repr(new ExceptionGroup("m", [new ValueError(1), new PyTypeError(2), new KeyError(3)]).subgroup([PyTypeError, KeyError]))],
    ["eg = ExceptionGroup('m', [ValueError(1), ValueError(2)])\nrepr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))",
      () => repr(new ExceptionGroup("m", [new ValueError(1), new ValueError(2)]).subgroup((e) => e instanceof ValueError && (e.args[0] as number) > 1))],
    ["eg = ExceptionGroup('m', [ValueError(1)])\neg.subgroup(TypeError) is None", () => str(new ExceptionGroup("m", [new ValueError(1)]).subgroup(PyTypeError) === null)],
    ["eg = ExceptionGroup('m', [ValueError(1)])\neg.split(Exception)[0] is eg", () => { const eg = new ExceptionGroup("m", [new ValueError(1)]); return str(eg.split(Exception)[0] === eg); }],
    ["repr(ExceptionGroup('m', [ValueError(1)]).derive([KeyboardInterrupt()]))", () => repr(new ExceptionGroup("m", [new ValueError(1)]).derive([new KeyboardInterrupt()]))],
  ],
  "except*": [
    [starProgram("ExceptionGroup('g', [ValueError(1), TypeError(2)])", "  except* ValueError:\n    pass"), () => exceptStar(twoErrors, [[[ValueError], pass]])],
    [starProgram("ExceptionGroup('g', [ValueError(1), TypeError(2)])", "  except* ValueError:\n    pass\n  except* TypeError:\n    pass"),
      () => exceptStar(twoErrors, [[[ValueError], pass], [[PyTypeError], pass]])],
    [starProgram("ExceptionGroup('g', [ValueError(1), TypeError(2)])", "  except* ValueError:\n    raise RuntimeError('h')"),
      () => exceptStar(twoErrors, [[[ValueError], () => { throw new RuntimeError("h"); }]])],
    [starProgram("ExceptionGroup('g', [ValueError(1), TypeError(2)])", "  except* (ValueError, TypeError):\n    raise RuntimeError('h')"),
      () => exceptStar(twoErrors, [[[ValueError, PyTypeError], () => { throw new RuntimeError("h"); }]])],
    [starProgram("ExceptionGroup('g', [ValueError(1), TypeError(2)])", "  except* ValueError:\n    raise\n  except* TypeError:\n    raise KeyError(5)"),
      () => exceptStar(twoErrors, [[[ValueError], (g) => { throw g; }], [[PyTypeError], () => { throw new KeyError(5); }]])],
    [starProgram("ValueError(1)", "  except* TypeError:\n    pass"), () => exceptStar(() => new ValueError(1), [[[PyTypeError], pass]])],
    [starProgram("ValueError(1)", "  except* ValueError:\n    raise"), () => exceptStar(() => new ValueError(1), [[[ValueError], (g) => { throw g; }]])],
    [starProgram("ValueError(1)", "  except* ValueError:\n    pass"), () => exceptStar(() => new ValueError(1), [[[ValueError], pass]])],
    [starProgram("KeyboardInterrupt()", "  except* KeyboardInterrupt:\n    raise"), () => exceptStar(() => new KeyboardInterrupt(), [[[KeyboardInterrupt], (g) => { throw g; }]])],
  ],
  "uncaught exceptions": [
    ["last_line(ValueError('boom'))", () => formatUncaught(new ValueError("boom"))],
    ["last_line(ValueError())", () => formatUncaught(new ValueError())],
    ["last_line(KeyError('x'))", () => formatUncaught(new KeyError("x"))],
    ["class MyError(Exception): pass\nlast_line(MyError('boom'))", () => formatUncaught(new MyError("boom"))],
    ["import asyncio\nlast_line(asyncio.CancelledError())", () => formatUncaught(new CancelledError())],
    ["last_line(TypeError('bad', 1))", () => formatUncaught(new PyTypeError("bad", 1))],
  ],
};

/** Runs all Python cases at once; a case is an expression, or statements whose last line is the expression. */
async function pythonResults(cases: readonly Case[]): Promise<string[]> {
  const program = [
    "import json, traceback",
    "def last_line(e):",
    "    return traceback.format_exception_only(e)[-1].strip()",
    "def run(src):",
    "    *body, last = src.split('\\n')",
    "    env = {'__name__': '__main__', 'last_line': last_line}",
    "    try:",
    "        exec('\\n'.join(body), env)",
    "        return 'ok ' + str(eval(last, env))",
    "    except Exception as e:",
    "        return 'error ' + type(e).__name__ + ': ' + str(e)",
    `for src in json.loads(${JSON.stringify(JSON.stringify(cases.map((c) => c[0])))}):`,
    "    print(json.dumps(run(src)))",
  ].join("\n");
  const out = await runPython(program);
  if (out.exitCode !== 0) throw new Error(out.stderr);
  return out.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as string);
}

function ours(run: () => string): string {
  try {
    return "ok " + run();
  } catch (err) {
    if (err instanceof BaseException) return `error ${pythonClassName(err.constructor as typeof BaseException)}: ${str(err)}`;
    throw err;
  }
}

describe("runtime values (expected: python3)", () => {
  const all = Object.values(groups).flat();
  let expected = new Map<string, string>();
  before(async () => {
    const results = await pythonResults(all);
    expected = new Map(all.map((c, i) => [c[0], results[i]]));
  });
  for (const [group, cases] of Object.entries(groups)) {
    it(group, () => {
      const mismatches = cases
        .map(([py, run]) => ({ py, want: expected.get(py), got: ours(run) }))
        .filter((m) => m.want !== m.got)
        .map((m) => `${m.py}\n    python: ${m.want}\n    ours:   ${m.got}`);
      assert.equal(mismatches.join("\n"), "");
    });
  }
});
