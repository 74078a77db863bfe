// collections, itertools, math, statistics, json, string and %-formatting against CPython: each case is a Python
// expression and the same computation on the runtime, compared by repr(); python3 evaluates all of them in one run.
import assert from "node:assert/strict";
import { PyCounter, PyDefaultDict, PyDeque, PyOrderedDict } from "../../src/runtime/collections";
import { iterAccumulate, iterChain, iterChainFromIterable, iterCount, iterCycle, iterGroupBy, iterSlice, iterProduct, iterZipLongest } from "../../src/runtime/itertools";
import { jsonDumps, jsonLoads } from "../../src/runtime/json";
import {
  mathComb, mathCos, mathDegrees, mathExp, mathFactorial, mathFsum, mathGcd, mathHypot, mathIsclose, mathLcm, mathCeil, mathFloor, mathLog, mathLog10, mathLog2,
  mathPerm, mathPow, mathRadians, mathSin, mathSqrt, mathProd, mathTrunc,
} from "../../src/runtime/math";
import { format } from "../../src/runtime/formatSpec";
import { percentFormat } from "../../src/runtime/percentFormat";
import { range } from "../../src/runtime/range";
import { repr } from "../../src/runtime/repr";
import { statsMean, statsMedian, statsMedianHigh, statsMedianLow, statsMode } from "../../src/runtime/statistics";
import { stringCapwords, stringPrintable, stringPunctuation } from "../../src/runtime/stringModule";
import { versionInfo } from "../../src/runtime/sysModule";
import { markTuple } from "../../src/runtime/tuple";
import { statsPstdev, statsPvariance, statsStdev, statsVariance } from "../../src/runtime/variance";
import { reprMismatches, type ReprCase } from "./runtimeHarness.test";


const counted = (): PyCounter<string> => new PyCounter("abracadabra");

const cases: readonly ReprCase[] = [
  // collections
  ["(lambda d: (d.append(4), d)[1])(deque([1, 2, 3], maxlen=3))", () => { const d = new PyDeque([1, 2, 3], 3); d.append(4); return d; }],
  ["(lambda d: (d.appendleft(0), d)[1])(deque([1, 2, 3], maxlen=3))", () => { const d = new PyDeque([1, 2, 3], 3); d.appendleft(0); return d; }],
  ["(lambda d: (d.rotate(2), d)[1])(deque(range(5)))", () => { const d = new PyDeque([0, 1, 2, 3, 4]); d.rotate(2); return d; }],
  ["(lambda d: (d.rotate(-1), d)[1])(deque(range(5)))", () => { const d = new PyDeque([0, 1, 2, 3, 4]); d.rotate(-1); return d; }],
  ["(lambda d: (d.popleft(), d.pop(), d))(deque('abcd'))", () => { const d = new PyDeque("abcd"); return markTuple([d.popleft(), d.pop(), d]); }],
  ["deque().pop()", () => new PyDeque().pop()],
  ["deque()", () => new PyDeque()],
  ["(lambda d: (d['a'].append(1), d)[1])(defaultdict(list))", () => { const d = new PyDefaultDict<string, number[]>(() => [], "<class 'list'>"); (d.__missing__("a")).push(1); return d; }],
  ["Counter('abracadabra')", counted],
  ["Counter('abracadabra').most_common(2)", () => counted().mostCommon(2)],
  ["Counter('abracadabra')['z']", () => counted().__missing__("z")],
  ["Counter()", () => new PyCounter()],
  ["Counter('aab') + Counter('bc')", () => new PyCounter("aab").__add__(new PyCounter("bc"))],
  ["Counter('aab').total()", () => new PyCounter("aab").total()],
  ["(lambda o: (o.move_to_end('a'), o)[1])(OrderedDict([('a', 1), ('b', 2)]))", () => { const o = new PyOrderedDict([["a", 1], ["b", 2]]); o.moveToEnd("a"); return o; }],
  ["(lambda o: (o.move_to_end('b', last=False), o)[1])(OrderedDict([('a', 1), ('b', 2)]))", () => { const o = new PyOrderedDict([["a", 1], ["b", 2]]); o.moveToEnd("b", false); return o; }],
  ["OrderedDict()", () => new PyOrderedDict()],
  // itertools
  ["list(islice(count(5, 2), 4))", () => [...iterSlice(iterCount(5, 2), 4)]],
  ["list(islice(cycle('ab'), 5))", () => [...iterSlice(iterCycle("ab"), 5)]],
  ["list(islice(range(10), 2, 8, 3))", () => [...iterSlice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 2, 8, 3)]],
  ["list(islice(range(10), 3, None))", () => [...iterSlice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9], 3, null)]],
  ["list(chain([1, 2], 'ab'))", () => [...iterChain<unknown>([1, 2], "ab")]],
  ["list(chain.from_iterable([[1], [2, 3]]))", () => [...iterChainFromIterable([[1], [2, 3]])]],
  ["list(product('ab', [1, 2]))", () => [...iterProduct<unknown>(["ab", [1, 2]])]],
  ["list(product([0, 1], repeat=2))", () => [...iterProduct([[0, 1]], 2)]],
  ["list(accumulate([1, 2, 3, 4]))", () => [...iterAccumulate([1, 2, 3, 4])]],
  ["list(accumulate([3, 1, 4], max, initial=2))", () => [...iterAccumulate([3, 1, 4], (a, b) => Math.max(a, b), 2)]],
  ["[(k, list(g)) for k, g in groupby('aabccc')]", () => { const out: unknown[] = []; for (const [k, g] of iterGroupBy("aabccc")) out.push(markTuple([k, [...g]])); return out; }],
  ["[list(g) for k, g in list(groupby('aabccc'))]", () => [...iterGroupBy("aabccc")].map(([, g]) => [...g])],
  ["list(zip_longest('ab', [1, 2, 3], fillvalue='-'))", () => [...iterZipLongest<unknown, string>(["ab", [1, 2, 3]], "-")]],
  // math
  ["(math.floor(-2.5), math.ceil(2.1), math.sqrt(16))", () => markTuple([mathFloor(-2.5), mathCeil(2.1), mathSqrt(16)]), "tuple[int, int, float]"],
  ["math.sqrt(-1)", () => mathSqrt(-1)],
  ["math.log(100, 10)", () => mathLog(100, 10), "float"],
  ["math.log(8, 2)", () => mathLog(8, 2), "float"],
  ["(math.gcd(12, 18, 27), math.lcm(4, 6), math.comb(10, 3))", () => markTuple([mathGcd(12, 18, 27), mathLcm(4, 6), mathComb(10, 3)])],
  ["(math.factorial(10), math.factorial(25))", () => markTuple([mathFactorial(10), mathFactorial(25)])],
  ["math.isclose(0.1 + 0.2, 0.3)", () => mathIsclose(0.1 + 0.2, 0.3)],
  ["math.fsum([0.1] * 10)", () => mathFsum(Array.from({ length: 10 }, () => 0.1)), "float"],
  ["math.prod([1, 2, 3, 4])", () => mathProd([1, 2, 3, 4])],
  ["math.floor(float('inf'))", () => mathFloor(Infinity)],
  // statistics
  ["statistics.mean([1, 2, 3, 4])", () => statsMean([1, 2, 3, 4])],
  ["statistics.mean([1, 2, 3])", () => statsMean([1, 2, 3])],
  ["statistics.mean([0.1, 0.2, 0.4])", () => statsMean([0.1, 0.2, 0.4], "float")],
  ["statistics.mean([1.0, 2.0, 3.0])", () => statsMean([1, 2, 3], "float")],
  ["statistics.median([3, 1, 2])", () => statsMedian([3, 1, 2])],
  ["statistics.median([1, 3])", () => statsMedian([1, 3])],
  ["(statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.mode('abbc'))", () => markTuple([statsMedianLow([1, 2, 3, 4]), statsMedianHigh([1, 2, 3, 4]), statsMode("abbc")])],
  ["statistics.mean([])", () => statsMean([])],
  // json
  ["json.dumps({'a': [1, 2.5, None, True], 'b': 'x'})", () => jsonDumps(new Map<string, unknown>([["a", [1, 2.5, null, true]], ["b", "x"]]))],
  ["json.dumps({'b': 1, 'a': {'c': []}}, indent=2, sort_keys=True)", () => jsonDumps(new Map<string, unknown>([["b", 1], ["a", new Map([["c", []]])]]), { indent: 2, sort_keys: true })],
  ["json.dumps([1, 2], separators=(',', ':'))", () => jsonDumps([1, 2], { separators: [",", ":"] })],
  ["json.dumps('héllo ☃ 😀\\n')", () => jsonDumps("héllo ☃ 😀\n")],
  ["json.dumps('héllo', ensure_ascii=False)", () => jsonDumps("héllo", { ensure_ascii: false })],
  ["json.dumps({1: 1.0, None: float('inf')})", () => jsonDumps(new Map<unknown, number>([[1, 1], [null, Infinity]]), {}, "dict[int | None, float]")],
  ["json.dumps({(1, 2): 3})", () => jsonDumps(new Map([[markTuple([1, 2]), 3]]))],
  ["json.dumps({'s': {1, 2}})", () => jsonDumps(new Map([["s", new Set([1, 2])]]))],
  ["json.loads('{\"a\": [1, 2.0, null, true], \"b\": {\"c\": \"\\\\u00e9\"}}')", () => jsonLoads('{"a": [1, 2.0, null, true], "b": {"c": "\\u00e9"}}')],
  ["json.loads('[1, 2')", () => jsonLoads("[1, 2")],
  ["json.loads('')", () => jsonLoads("")],
  ["json.loads('{\"a\" 1}')", () => jsonLoads('{"a" 1}')],
  // string and %-formatting
  ["(string.punctuation, string.printable)", () => markTuple([stringPunctuation, stringPrintable])],
  ["string.capwords('hello   big  world')", () => stringCapwords("hello   big  world")],
  ["'%s has %d items, %5.2f%% done, %-6s|%r' % ('cart', 3, 42.123, 'ab', 'x')", () => percentFormat("%s has %d items, %5.2f%% done, %-6s|%r", ["cart", 3, 42.123, "ab", "x"])],
  ["'%(levelname)-8s %(name)s' % {'levelname': 'INFO', 'name': 'app'}", () => percentFormat("%(levelname)-8s %(name)s", new Map([["levelname", "INFO"], ["name", "app"]]))],
  ["'%05d|%x|%e' % (42, 255, 12345.678)", () => percentFormat("%05d|%x|%e", [42, 255, 12345.678])],
];

/** math's edges: domain and range errors, tolerances, exact integer results, correctly rounded sums. */
const mathEdges: ReprCase[] = [
  ["math.floor(float('nan'))", () => mathFloor(NaN)],
  ["(math.trunc(-2.7), math.trunc(2.7))", () => markTuple([mathTrunc(-2.7), mathTrunc(2.7)])],
  ["math.sqrt(0)", () => mathSqrt(0), "float"],
  ["math.log(0)", () => mathLog(0)],
  ["math.log(-1)", () => mathLog(-1)],
  ["(math.log(float('nan')), math.log(float('nan'), 2), math.log(8, float('nan')), math.log2(float('nan')), math.log10(float('nan')))", () => markTuple([mathLog(NaN), mathLog(NaN, 2), mathLog(8, NaN), mathLog2(NaN), mathLog10(NaN)]), "tuple[float, float, float, float, float]"],
  ["(math.log(float('inf')), math.log(1, 0.5))", () => markTuple([mathLog(Infinity), mathLog(1, 0.5)]), "tuple[float, float]"],
  ["math.log(float('-inf'))", () => mathLog(-Infinity)],
  ["math.log(1)", () => mathLog(1), "float"],
  ["math.log(8, 0)", () => mathLog(8, 0)],
  ["math.log(8, -2)", () => mathLog(8, -2)],
  ["math.log(8, 1)", () => mathLog(8, 1)],
  ["(math.log2(8), math.log10(1000))", () => markTuple([mathLog2(8), mathLog10(1000)]), "tuple[float, float]"],
  ["math.log2(0)", () => mathLog2(0)],
  ["math.log10(-1)", () => mathLog10(-1)],
  ["(math.exp(1), math.exp(-1000), math.exp(float('inf')))", () => markTuple([mathExp(1), mathExp(-1000), mathExp(Infinity)]), "tuple[float, float, float]"],
  ["math.exp(1000)", () => mathExp(1000)],
  ["(math.sin(float('nan')), math.cos(0))", () => markTuple([mathSin(NaN), mathCos(0)]), "tuple[float, float]"],
  ["math.sin(float('inf'))", () => mathSin(Infinity)],
  ["math.cos(float('-inf'))", () => mathCos(-Infinity)],
  ["math.pow(0, -1)", () => mathPow(0, -1)],
  ["math.pow(-8, 1/3)", () => mathPow(-8, 1 / 3)],
  ["(math.pow(-8, 3), math.pow(-8, float('inf')), math.pow(0, 0), math.pow(2, 0.5))", () => markTuple([mathPow(-8, 3), mathPow(-8, Infinity), mathPow(0, 0), mathPow(2, 0.5)]), "tuple[float, float, float, float]"],
  ["(math.isclose(1, 1.0000001), math.isclose(1, 1.0000001, rel_tol=1e-6))", () => markTuple([mathIsclose(1, 1.0000001), mathIsclose(1, 1.0000001, { rel_tol: 1e-6 })])],
  ["(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(0, 1e-9, abs_tol=1e-9))", () => markTuple([mathIsclose(0, 1e-10), mathIsclose(0, 1e-10, { abs_tol: 1e-9 }), mathIsclose(0, 1e-9, { abs_tol: 1e-9 })])],
  ["(math.isclose(100, 101.5, rel_tol=0.0149), math.isclose(101.5, 100, rel_tol=0.0149), math.isclose(100, 101.5, rel_tol=0.0147))", () => markTuple([mathIsclose(100, 101.5, { rel_tol: 0.0149 }), mathIsclose(101.5, 100, { rel_tol: 0.0149 }), mathIsclose(100, 101.5, { rel_tol: 0.0147 })])],
  ["(math.isclose(float('inf'), float('inf')), math.isclose(float('inf'), 1e308), math.isclose(float('nan'), float('nan')))", () => markTuple([mathIsclose(Infinity, Infinity), mathIsclose(Infinity, 1e308), mathIsclose(NaN, NaN)])],
  ["math.isclose(1, 2, rel_tol=-1)", () => mathIsclose(1, 2, { rel_tol: -1 })],
  ["math.isclose(1, 2, abs_tol=-1)", () => mathIsclose(1, 2, { abs_tol: -1 })],
  ["math.gcd(1.5, 2)", () => mathGcd(1.5, 2)],
  ["(math.gcd(0, 0), math.gcd(-12, 18), math.lcm(4, 0), math.lcm(-4, 6), math.lcm())", () => markTuple([mathGcd(0, 0), mathGcd(-12, 18), mathLcm(4, 0), mathLcm(-4, 6), mathLcm()])],
  ["(math.factorial(0), math.factorial(18), math.factorial(19))", () => markTuple([mathFactorial(0), mathFactorial(18), mathFactorial(19)])],
  ["math.factorial(-1)", () => mathFactorial(-1)],
  ["(math.comb(5, 7), math.comb(10, 0), math.comb(10, 10), math.comb(50, 25), math.comb(7, 5))", () => markTuple([mathComb(5, 7), mathComb(10, 0), mathComb(10, 10), mathComb(50, 25), mathComb(7, 5)])],
  ["math.comb(-1, 2)", () => mathComb(-1, 2)],
  ["math.comb(5, -1)", () => mathComb(5, -1)],
  ["(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(5, 0))", () => markTuple([mathPerm(5, 2), mathPerm(5), mathPerm(3, 5), mathPerm(5, 0)])],
  ["(math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([-0.1, -0.2]), math.fsum([float('inf'), 1]))", () => markTuple([mathFsum([1e100, 1, -1e100]), mathFsum([]), mathFsum([-0.1, -0.2]), mathFsum([Infinity, 1])]), "tuple[float, float, float, float]"],
  ["(math.fsum([1.0, 2**-53]), math.fsum([1.0, 2**-53, 2**-80]), math.fsum([3.0, 2**-52]), math.fsum([1.0, 3 * 2**-53]), math.fsum([1e-310, 1e-310]))", () => markTuple([mathFsum([1, 2 ** -53]), mathFsum([1, 2 ** -53, 2 ** -80]), mathFsum([3, 2 ** -52]), mathFsum([1, 3 * 2 ** -53]), mathFsum([1e-310, 1e-310])]), "tuple[float, float, float, float, float]"],
  ["(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot())", () => markTuple([mathDegrees(Math.PI), mathRadians(180), mathHypot(3, 4), mathHypot()]), "tuple[float, float, float, float]"],
];

const circular: unknown[] = [];
circular.push(circular);
const shared = [1];

/** json's edges: constants, empty containers, keys, escapes, cycles, default=, and loads' errors with their positions. */
const jsonEdges: ReprCase[] = [
  ["(json.dumps(False), json.dumps(None), json.dumps(2**70), json.dumps(float('nan')), json.dumps(float('-inf')))", () => markTuple([jsonDumps(false), jsonDumps(null), jsonDumps(2n ** 70n), jsonDumps(NaN), jsonDumps(-Infinity)])],
  ["(json.dumps([]), json.dumps({}), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps({'a': 1}, indent=0))", () => markTuple([jsonDumps([]), jsonDumps(new Map()), jsonDumps([], { indent: 2 }), jsonDumps(new Map(), { indent: 2 }), jsonDumps(new Map([["a", 1]]), { indent: 0 })])],
  ["json.dumps([1, [2, {'k': [3]}]], indent='\t')", () => jsonDumps([1, [2, new Map([["k", [3]]])]], { indent: "\t" })],
  ["json.dumps({True: 1, False: 2, None: 3, 2.5: 4})", () => jsonDumps(new Map<unknown, number>([[true, 1], [false, 2], [null, 3], [2.5, 4]]))],
  [String.raw`(json.dumps('\x01\b\f\t"\\\r/\x7f\x1f'), json.dumps('\x7f', ensure_ascii=False))`, () => markTuple([jsonDumps('\x01\b\f\t"\\\r/\x7f\x1f'), jsonDumps("\x7f", { ensure_ascii: false })])],
  ["(json.dumps([1.5, 2]), json.dumps(1.0))", () => markTuple([jsonDumps([1.5, 2]), jsonDumps(1, {}, "float")])],
  ["json.dumps([shared, shared])", () => jsonDumps([shared, shared])],
  ["json.dumps(circular)", () => jsonDumps(circular)],
  ["json.dumps({1, 2})", () => jsonDumps(new Set([1, 2]))],
  ["json.dumps({2, 1}, default=sorted)", () => jsonDumps(new Set([2, 1]), { default: (o) => [...(o as Set<number>)].sort() })],
  ["(json.loads('{}'), json.loads('[]'), json.loads('  [1 , 2 ]  '), json.loads('{\"a\" : {\"b\": []}}'))", () => markTuple([jsonLoads("{}"), jsonLoads("[]"), jsonLoads("  [1 , 2 ]  "), jsonLoads('{"a" : {"b": []}}')])],
  ["json.loads('{\"a\": [1, 2.5, -3e2, true, false, null, 1E3, -0, 0.5]}')", () => jsonLoads('{"a": [1, 2.5, -3e2, true, false, null, 1E3, -0, 0.5]}')],
  [String.raw`json.loads(r'"\u00e9\n\/\b\f\r\t\"\\ \ud83d\ude00"')`, () => jsonLoads(String.raw`"\u00e9\n\/\b\f\r\t\"\\ \ud83d\ude00"`)],
  ["json.loads('{1: 2}')", () => jsonLoads("{1: 2}")],
  ["json.loads('[1] x')", () => jsonLoads("[1] x")],
  ["json.loads('\"abc')", () => jsonLoads('"abc')],
  [String.raw`json.loads(r'"\q"')`, () => jsonLoads(String.raw`"\q"`)],
  [String.raw`json.loads('"a\nb"')`, () => jsonLoads('"a\nb"')],
  [String.raw`json.loads('[1,\n2,\n]')`, () => jsonLoads("[1,\n2,\n]")],
  ["json.loads('')", () => jsonLoads("")],
  ["json.loads('{\"a\" 1}')", () => jsonLoads('{"a" 1}')],
];

/** %-formatting's edges: * widths, precision on strings, %c, flags, and the argument-count TypeErrors. */
const percentEdges: ReprCase[] = [
  ["('%*d|' % (5, 42), '%-*d|' % (5, 42), '%.2s|' % 'abcdef', '%5.1s|' % 'xyz', '%-5s|' % 'ab')", () => markTuple([percentFormat("%*d|", [5, 42]), percentFormat("%-*d|", [5, 42]), percentFormat("%.2s|", "abcdef"), percentFormat("%5.1s|", "xyz"), percentFormat("%-5s|", "ab")])],
  ["('%c%c|%3c|' % (65, 'b', 'z'), '%+d % d' % (5, 5), '%#x %#o %x' % (255, 8, 255), '%-05d|' % 42, '%05d|' % -42)", () => markTuple([percentFormat("%c%c|%3c|", [65, "b", "z"]), percentFormat("%+d % d", [5, 5]), percentFormat("%#x %#o %x", [255, 8, 255]), percentFormat("%-05d|", 42), percentFormat("%05d|", -42)])],
  ["('%i' % 3.7, '%g %G %E %F' % (0.00001, 1e20, 1.5, 2.5), '%.3f|%8.2e' % (3.14159, 1234.5))", () => markTuple([percentFormat("%i", 3.7), percentFormat("%g %G %E %F", [0.00001, 1e20, 1.5, 2.5]), percentFormat("%.3f|%8.2e", [3.14159, 1234.5])])],
  ["('x' % (), '%s' % [1, 2], '%s' % ((1, 2),), '%(a)s %(b)d' % {'a': 'x', 'b': 2}, '%s %%' % 'a', '%r' % 'q')", () => markTuple([percentFormat("x", markTuple([])), percentFormat("%s", [[1, 2]]), percentFormat("%s", markTuple([markTuple([1, 2])])), percentFormat("%(a)s %(b)d", new Map<string, unknown>([["a", "x"], ["b", 2]])), percentFormat("%s %%", "a"), percentFormat("%r", "q")])],
  ["'%d' % ()", () => percentFormat("%d", markTuple([]))],
  ["'%d %d' % (1,)", () => percentFormat("%d %d", markTuple([1]))],
  ["'%d' % (1, 2)", () => percentFormat("%d", markTuple([1, 2]))],
  ["'x' % 5", () => percentFormat("x", 5)],
];

/** statistics', islice's and range's errors and edges. */
const statisticsAndIsliceEdges: ReprCase[] = [
  ["statistics.median([])", () => statsMedian([])],
  ["statistics.median_low([])", () => statsMedianLow([])],
  ["statistics.median_high([])", () => statsMedianHigh([])],
  ["statistics.mode([])", () => statsMode([])],
  ["statistics.mean([])", () => statsMean([])],
  ["(statistics.mean([1, 2]), statistics.mean([2, 4]), statistics.mean([1.0, 3.0]), statistics.median([3, 1, 2]), statistics.median([4, 1, 3, 2]))", () => markTuple([statsMean([1, 2]), statsMean([2, 4]), statsMean([1, 3], "float"), statsMedian([3, 1, 2]), statsMedian([4, 1, 3, 2])])],
  ["(statistics.median_low([4, 1, 3, 2]), statistics.median_high([4, 1, 3, 2]), statistics.median_low([5, 1, 3]), statistics.mode([1, 2, 2, 3, 3]), statistics.mode(['a', 'b', 'b']))", () => markTuple([statsMedianLow([4, 1, 3, 2]), statsMedianHigh([4, 1, 3, 2]), statsMedianLow([5, 1, 3]), statsMode([1, 2, 2, 3, 3]), statsMode(["a", "b", "b"])])],
  ["(True in range(3), 1.0 in range(3), 1.5 in range(3), 5 in range(10, 0, -5), 0 in range(10, 0, -5), 3 in range(0, 10, 3), 4 in range(0, 10, 3), 10 in range(10), -1 in range(10), 'a' in range(3))", () =>
    markTuple([range(3).includes(true), range(3).includes(1.0), range(3).includes(1.5), range(10, 0, -5).includes(5), range(10, 0, -5).includes(0), range(0, 10, 3).includes(3), range(0, 10, 3).includes(4), range(10).includes(10), range(10).includes(-1), range(3).includes("a")])],
  ["(range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 5, 10), range(1, 2) == range(2, 3), range(3) == range(0, 3, 2), len(range(10, 0, -3)), len(range(0, 10, -1)))", () =>
    markTuple([range(0).__eq__(range(2, 2)), range(0, 3, 2).__eq__(range(0, 4, 2)), range(1, 2).__eq__(range(1, 5, 10)), range(1, 2).__eq__(range(2, 3)), range(3).__eq__(range(0, 3, 2)), range(10, 0, -3).length, range(0, 10, -1).length])],
  ["list(islice([1], -1))", () => [...iterSlice([1], -1)]],
  ["list(islice([1], -1, 2))", () => [...iterSlice([1], -1, 2)]],
  ["list(islice([1], 0, -2))", () => [...iterSlice([1], 0, -2)]],
  ["list(islice([1], 0, 2, 0))", () => [...iterSlice([1], 0, 2, 0)]],
  ["(list(islice(range(10), 2, 8, 3)), list(islice(range(10), 5, 3)), list(islice(range(3), None)), list(islice(range(10), 8, None)))", () => markTuple([[...iterSlice(range(10), 2, 8, 3)], [...iterSlice(range(10), 5, 3)], [...iterSlice(range(3), null)], [...iterSlice(range(10), 8, null)]])],
];

class Shouting {
  __format__(spec: string): string {
    return spec.toUpperCase();
  }
}

/** format()'s edges: grouping errors, %c-like 'c', alternate forms, '=' alignment and zero padding, strings, __format__. */
const formatEdges: ReprCase[] = [
  ["format(1, ',_')", () => format(1, ",_")],
  ["format(1, '<_,')", () => format(1, "<_,")],
  ["(format(5, '10'), format(5, ''), format(2.5, ''), format(65, 'c'), format(0x10ffff, 'c'))", () => markTuple([format(5, "10"), format(5, ""), format(2.5, ""), format(65, "c"), format(0x10ffff, "c")])],
  ["format(-1, 'c')", () => format(-1, "c")],
  ["format(0x110000, 'c')", () => format(0x110000, "c")],
  ["(format(255, '#x'), format(255, '#X'), format(8, '#o'), format(5, '#b'), format(255, 'X'), format(-255, '#x'), format(0, 'x'), format(-5, 'b'))", () =>
    markTuple([format(255, "#x"), format(255, "#X"), format(8, "#o"), format(5, "#b"), format(255, "X"), format(-255, "#x"), format(0, "x"), format(-5, "b")])],
  ["(format(1234.5, '=+12,.2f'), format(-42, '=8'), format(42, '08'), format(42, '*=8'), format(-42, '08'), format(1234567, '015,'), format(0xFFFFF, '_x'), format(1e6, ','), format(12345, '<10,'))", () =>
    markTuple([format(1234.5, "=+12,.2f"), format(-42, "=8"), format(42, "08"), format(42, "*=8"), format(-42, "08"), format(1234567, "015,"), format(0xfffff, "_x"), format(1e6, ",", "float"), format(12345, "<10,")])],
  ["(format('ab', '>5'), format('ab', '^6'), format('abc', '.2'), format('ab', '05'), format(Shouting(), 'abc'), format(1.5, '%'), format(0.25, '.0%'))", () =>
    markTuple([format("ab", ">5"), format("ab", "^6"), format("abc", ".2"), format("ab", "05"), format(new Shouting(), "abc"), format(1.5, "%"), format(0.25, ".0%")])],
];

describe("runtime stdlib modules (expected: python3)", () => {
  it("format()'s edges", async () => {
    assert.equal(await reprMismatches(["class Shouting:", "    def __format__(self, spec): return spec.upper()"], formatEdges), "");
  });


  it("sys.version_info prints as CPython's struct sequence (the micro version is the one the runtime follows)", async () => {
    const pythonRepr = "re.sub(r'micro=\\d+', 'micro=7', repr(sys.version_info))";
    assert.equal(await reprMismatches(["import re, sys"], [[pythonRepr, () => repr(versionInfo)]]), "");
  });

  it("statistics' variance, pvariance, stdev and pstdev give CPython's digits on 120 generated data sets, and its errors", async () => {
    // A small LCG, so the data are the same on every run: floats of all scales, halves and quarters, and ints.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const cases: ReprCase[] = [];
    for (let i = 0; i < 120; i++) {
      const n = 2 + Math.floor(next() * 8);
      const kind = i % 3;
      const data = Array.from({ length: n }, () => (kind === 0 ? Math.floor(next() * 200) - 100 : kind === 1 ? Math.floor(next() * 64) / 4 : (next() - 0.3) * 10 ** Math.floor(next() * 12 - 6)));
      const list = kind === 0 ? `[${data.join(", ")}]` : `[${data.map((x) => repr(x, "float")).join(", ")}]`;
      const type = kind === 0 ? "int" : "float";
      cases.push([`(statistics.variance(${list}), statistics.pvariance(${list}), statistics.stdev(${list}), statistics.pstdev(${list}))`, () => markTuple([statsVariance(data, type), statsPvariance(data, type), statsStdev(data), statsPstdev(data)])]);
    }
    cases.push(["statistics.variance([1])", () => statsVariance([1])], ["statistics.stdev([])", () => statsStdev([])], ["statistics.pvariance([])", () => statsPvariance([])], ["statistics.pstdev([2.5])", () => statsPstdev([2.5])]);
    assert.equal(await reprMismatches(["import statistics"], cases), "");
  });

  it("statistics', islice's and range's errors and edges", async () => {
    assert.equal(await reprMismatches(["import statistics", "from itertools import islice"], statisticsAndIsliceEdges), "");
  });


  it("json's edges: constants, empty containers, keys, escapes, cycles, default=, loads' errors and positions", async () => {
    assert.equal(await reprMismatches(["import json", "circular = []", "circular.append(circular)", "shared = [1]"], jsonEdges), "");
  });

  it("%-formatting's edges: * widths, string precision, %c, flags, argument counts", async () => {
    assert.equal(await reprMismatches([], percentEdges), "");
  });

  it("math's edges: domain and range errors, tolerances, exact integer results, correctly rounded sums", async () => {
    assert.equal(await reprMismatches(["import math"], mathEdges), "");
  });


  it("collections, itertools, math, statistics, json, string and % formatting print what CPython prints", async () => {
    const prelude = [
      "import math, statistics, json, string",
      "from collections import deque, defaultdict, Counter, OrderedDict",
      "from itertools import count, cycle, islice, chain, product, accumulate, groupby, zip_longest",
    ];
    assert.equal(await reprMismatches(prelude, cases), "");
  });
});
