// random against CPython: each case seeds a generator, draws, and prints repr() of what it drew; python3 runs the
// same draws. Bit-exactness is the point, so every derivation (randbelow, choices' bisect, sample's two
// strategies, gauss' pair) gets a case.
import assert from "node:assert/strict";
import { exactCos, exactExp, exactLog, exactSin } from "../../src/runtime/exactMath";
import { PyRandom } from "../../src/runtime/random";
import { PyRange } from "../../src/runtime/range";
import { repr } from "../../src/runtime/repr";
import { sha512 } from "../../src/runtime/sha512";
import { pythonLines, reprMismatches, type ReprCase } from "./runtimeHarness.test";


const seeded = (seed: unknown): PyRandom => new PyRandom(seed);
const draws = (n: number, fn: () => unknown): unknown[] => Array.from({ length: n }, fn);

const cases: readonly ReprCase[] = [
  ["[R(0).random() for _ in range(1)]", () => [seeded(0).random()], "list[float]"],
  ["(lambda r: [r.random() for _ in range(700)][-3:])(R(42))", () => { const r = seeded(42); return draws(700, () => r.random()).slice(-3); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R(-42))", () => { const r = seeded(-42); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R(2**40 + 7))", () => { const r = seeded(2 ** 40 + 7); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R(12345678901234567890123))", () => { const r = seeded(12345678901234567890123n); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R('hello'))", () => { const r = seeded("hello"); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R('héllo wörld, a longer seed string than one block of sha512 would hold, surely yes, more than 128 bytes in all'))", () => { const r = seeded("héllo wörld, a longer seed string than one block of sha512 would hold, surely yes, more than 128 bytes in all"); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R(''))", () => { const r = seeded(""); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R(True))", () => { const r = seeded(true); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R(1.5))", () => { const r = seeded(1.5); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.random() for _ in range(3)])(R(-0.1))", () => { const r = seeded(-0.1); return draws(3, () => r.random()); }, "list[float]"],
  ["(lambda r: [r.randint(1, 10) for _ in range(20)])(R(1))", () => { const r = seeded(1); return draws(20, () => r.randint(1, 10)); }],
  ["(lambda r: [r.randrange(100) for _ in range(10)])(R(2))", () => { const r = seeded(2); return draws(10, () => r.randrange(100)); }],
  ["(lambda r: [r.randrange(10, 1000, 7) for _ in range(10)])(R(3))", () => { const r = seeded(3); return draws(10, () => r.randrange(10, 1000, 7)); }],
  ["(lambda r: [r.randrange(10, -10, -3) for _ in range(10)])(R(3))", () => { const r = seeded(3); return draws(10, () => r.randrange(10, -10, -3)); }],
  ["(lambda r: [r.randrange(2**52) for _ in range(3)])(R(4))", () => { const r = seeded(4); return draws(3, () => r.randrange(2 ** 52)); }],
  ["(lambda r: [r.getrandbits(k) for k in (1, 8, 31, 32, 33, 53)])(R(5))", () => { const r = seeded(5); return [1, 8, 31, 32, 33, 53].map((k) => r.getrandbits(k)); }],
  ["(lambda r: r.getrandbits(100))(R(5))", () => seeded(5).getrandbits(100)],
  ["(lambda r: [r.uniform(1.5, 2.5) for _ in range(3)])(R(6))", () => { const r = seeded(6); return draws(3, () => r.uniform(1.5, 2.5)); }, "list[float]"],
  ["(lambda r: [r.choice(['a', 'b', 'c']) for _ in range(10)])(R(7))", () => { const r = seeded(7); return draws(10, () => r.choice(["a", "b", "c"])); }],
  ["(lambda r: [r.choice('xyz') for _ in range(5)])(R(7))", () => { const r = seeded(7); return draws(5, () => r.choice("xyz")); }],
  ["(lambda r: [r.choice(range(5, 50)) for _ in range(5)])(R(7))", () => { const r = seeded(7); return draws(5, () => r.choice(new PyRange(5, 50, 1))); }],
  ["R(8).choices('abc', k=10)", () => seeded(8).choices("abc", null, { k: 10 })],
  ["R(8).choices(['a', 'b', 'c'], [5, 1, 1], k=10)", () => seeded(8).choices(["a", "b", "c"], [5, 1, 1], { k: 10 })],
  ["R(8).choices(['a', 'b', 'c'], [0.2, 0.3, 0.5], k=10)", () => seeded(8).choices(["a", "b", "c"], [0.2, 0.3, 0.5], { k: 10 })],
  ["R(8).choices(['a', 'b', 'c'], cum_weights=[1, 2, 10], k=10)", () => seeded(8).choices(["a", "b", "c"], null, { cum_weights: [1, 2, 10], k: 10 })],
  ["(lambda r, x: (r.shuffle(x), x)[1])(R(9), list(range(20)))", () => { const x = [...new PyRange(0, 20, 1)]; seeded(9).shuffle(x); return x; }],
  ["R(10).sample(range(100), 5)", () => seeded(10).sample(new PyRange(0, 100, 1), 5)],
  ["R(10).sample(range(1000), 30)", () => seeded(10).sample(new PyRange(0, 1000, 1), 30)],
  ["R(10).sample(['a', 'b', 'c', 'd'], 4)", () => seeded(10).sample(["a", "b", "c", "d"], 4)],
  ["R(10).sample(list(range(40)), 10)", () => seeded(10).sample([...new PyRange(0, 40, 1)], 10)],
  ["(lambda r: [r.gauss(0, 1) for _ in range(5)])(R(11))", () => { const r = seeded(11); return draws(5, () => r.gauss(0, 1)); }, "list[float]"],
  ["(lambda r: [r.gauss(100, 15) for _ in range(200)][-4:])(R(11))", () => { const r = seeded(11); return draws(200, () => r.gauss(100, 15)).slice(-4); }, "list[float]"],
  ["(lambda r: [r.expovariate(2.0) for _ in range(200)][-4:])(R(12))", () => { const r = seeded(12); return draws(200, () => r.expovariate(2)).slice(-4); }, "list[float]"],
  ["(lambda r: [r.triangular(1, 5, 2) for _ in range(4)])(R(13))", () => { const r = seeded(13); return draws(4, () => r.triangular(1, 5, 2)); }, "list[float]"],
  ["(lambda r: (r.gauss(), r.seed(1), r.gauss())[2])(R(14))", () => { const r = seeded(14); r.gauss(); r.seed(1); return r.gauss(); }, "float"],
  ["(lambda r: [r.randint(0, 2**31) for _ in range(4)])(R(15))", () => { const r = seeded(15); return draws(4, () => r.randint(0, 2 ** 31)); }],
];

const errors: readonly ReprCase[] = [
  ["R(1).randrange(5, 5)", () => seeded(1).randrange(5, 5)],
  ["R(1).randrange(0)", () => seeded(1).randrange(0)],
  ["R(1).randrange(1, 10, 0)", () => seeded(1).randrange(1, 10, 0)],
  ["R(1).randrange(1.5)", () => seeded(1).randrange(1.5)],
  ["R(1).choice([])", () => seeded(1).choice([])],
  ["R(1).sample([1, 2], 3)", () => seeded(1).sample([1, 2], 3)],
  ["R(1).choices([1, 2], [1], k=1)", () => seeded(1).choices([1, 2], [1])],
  ["R(1).choices([1, 2], [0, 0], k=1)", () => seeded(1).choices([1, 2], [0, 0])],
];

describe("runtime random (expected: python3)", () => {
  it("sha512 gives the standard digests", async () => {
    const hex = (s: string): string => [...sha512(new TextEncoder().encode(s))].map((b) => b.toString(16).padStart(2, "0")).join("");
    const python = await pythonLines(`import hashlib\nfor s in ['', 'abc', 'x' * 112, 'é' * 200]: print(hashlib.sha512(s.encode()).hexdigest())`);
    assert.deepEqual([hex(""), hex("abc"), hex("x".repeat(112)), hex("é".repeat(200))], python);
  });
  it("draws CPython's numbers for each derivation and seed kind", async () => {
    const prelude = ["import random", "R = random.Random", "import warnings", "warnings.simplefilter('ignore')"];
    assert.equal(await reprMismatches(prelude, [...cases, ...errors]), "");
  });
  it("log, exp, sin and cos are correctly rounded (Decimal with 60 digits, rounded once)", async () => {
    const xs = Array.from({ length: 300 }, (_, i) => ((i * 7919) % 1000) / 997 + i / 50 + 1e-3);
    const program = `from decimal import Decimal, getcontext
getcontext().prec = 60
def sincos(x):
    s, c, term, n = Decimal(0), Decimal(0), Decimal(1), 0
    while abs(term) > Decimal(10) ** -70:
        if n % 4 == 0: c += term
        elif n % 4 == 1: s += term
        elif n % 4 == 2: c -= term
        else: s -= term
        n += 1
        term = term * x / n
    return s, c
for x in [${xs.map((x) => String(x)).join(", ")}]:
    d = Decimal(x)
    s, c = sincos(d)
    print(repr(float(d.ln())), repr(float(d.exp())), repr(float(s)), repr(float(c)))`;
    const expected = await pythonLines(program);
    const ours = xs.map((x) => [exactLog(x), exactExp(x), exactSin(x), exactCos(x)].map((v) => repr(v, "float")).join(" "));
    assert.deepEqual(ours, expected);
  });
  it("an unseeded generator says so, and two of them differ", async () => {
    const a = new PyRandom();
    const b = new PyRandom();
    assert.equal(a.seeded, false);
    assert.notDeepEqual(draws(4, () => a.random()), draws(4, () => b.random()));
  });
});
