/** log, exp, sin and cos rounded correctly (through double-double arithmetic): what CPython gets from the C library, where JavaScript's Math.log may differ in the last bit, which random.gauss() and expovariate() would show. */

/** A number as an unevaluated sum hi + lo with |lo| <= ulp(hi)/2: about 106 bits. */
type DoubleDouble = readonly [hi: number, lo: number];

function ddTwoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function ddSplit(a: number): DoubleDouble {
  const c = 134217729 * a; // 2**27 + 1 (Veltkamp)
  const hi = c - (c - a);
  return [hi, a - hi];
}

function ddTwoProduct(a: number, b: number): DoubleDouble {
  const p = a * b;
  const [ah, al] = ddSplit(a);
  const [bh, bl] = ddSplit(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function ddAdd(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [s, e] = ddTwoSum(a[0], b[0]);
  const [hi, lo] = ddTwoSum(s, e + a[1] + b[1]);
  return [hi, lo];
}

function ddMul(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [p, e] = ddTwoProduct(a[0], b[0]);
  return ddTwoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

/** a * k for a power of two or a small integer k (exact in each part, or nearly: k * lo is far below hi's ulp). */
function ddScale(a: DoubleDouble, k: number): DoubleDouble {
  const [p, e] = ddTwoProduct(a[0], k);
  return ddTwoSum(p, e + a[1] * k);
}

/** a / n for a small integer n, to double-double precision (1/n itself is not exact). */
function ddDivide(a: DoubleDouble, n: number): DoubleDouble {
  const q = a[0] / n;
  const [p, e] = ddTwoProduct(q, n);
  return ddTwoSum(q, (a[0] - p - e + a[1]) / n);
}

const ddLn2: DoubleDouble = [0.6931471805599453, 2.3190468138462996e-17];
const ddHalfPi = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33] as const;

/** Taylor terms x**n/n! from n = first, every `stride`-th, with alternating signs if asked, until they vanish. */
function ddSeries(x: DoubleDouble, first: number, stride: number, alternate: boolean): DoubleDouble {
  let term: DoubleDouble = [1, 0];
  for (let n = 1; n <= first; n++) term = ddDivide(ddMul(term, x), n);
  let sum = term;
  const xStride = stride === 1 ? x : ddMul(x, x);
  for (let n = first + stride, sign = -1; Math.abs(term[0]) > 1e-40; n += stride, sign = -sign) {
    term = ddMul(term, xStride);
    term = stride === 1 ? ddDivide(term, n) : ddDivide(ddDivide(term, n - 1), n);
    sum = ddAdd(sum, alternate && sign < 0 ? [-term[0], -term[1]] : term);
  }
  return sum;
}

/** e**a as a double-double (a finite, not huge): a = k ddLn2 + r, e**r by its ddSeries. */
function ddExpDouble(a: number): DoubleDouble {
  const k = Math.round(a / ddLn2[0]);
  const r = ddAdd([a, 0], ddScale(ddLn2, -k));
  const er = ddSeries(r, 0, 1, false);
  return [er[0] * 2 ** k, er[1] * 2 ** k];
}

/** log(x), correctly rounded: JavaScript's log corrected by one Newton step in double-double. */
export function exactLog(x: number): number {
  if (!(x > 0) || x === Infinity || x === 1) return Math.log(x);
  const y = Math.log(x);
  const e = ddExpDouble(-y);
  // log(x) = y + log(x e**-y), and x e**-y = 1 + t with t ~ 1e-16, so log(1 + t) = t to far below an ulp.
  const [p, pe] = ddTwoProduct(x, e[0]);
  const t = p - 1 + (pe + x * e[1]);
  return y + t;
}

/** x reduced to r in [-pi/4, pi/4] with x = q pi/2 + r, as a double-double, and q mod 4. */
function ddReduceQuarter(x: number): { r: DoubleDouble; quadrant: number } {
  const q = Math.round(x / ddHalfPi[0]);
  let r: DoubleDouble = ddAdd([x, 0], ddScale([ddHalfPi[0], 0], -q));
  r = ddAdd(r, [-q * ddHalfPi[1], -q * ddHalfPi[2]]);
  return { r, quadrant: ((q % 4) + 4) % 4 };
}

function ddSinCos(x: number): { sin: number; cos: number } {
  const { r, quadrant } = ddReduceQuarter(x);
  const s = ddSeries(r, 1, 2, true);
  const c = ddSeries(r, 0, 2, true);
  const sinR = s[0] + s[1];
  const cosR = c[0] + c[1];
  switch (quadrant) {
    case 0:
      return { sin: sinR, cos: cosR };
    case 1:
      return { sin: cosR, cos: -sinR };
    case 2:
      return { sin: -sinR, cos: -cosR };
    default:
      return { sin: -cosR, cos: sinR };
  }
}

/** sin(x), correctly rounded for the moderate arguments random and math programs use (|x| < 2**20); JavaScript's beyond. */
export function exactSin(x: number): number {
  return Math.abs(x) < 2 ** 20 ? ddSinCos(x).sin : Math.sin(x);
}

/** cos(x), correctly rounded for |x| < 2**20; JavaScript's beyond. */
export function exactCos(x: number): number {
  return Math.abs(x) < 2 ** 20 ? ddSinCos(x).cos : Math.cos(x);
}

/** e**x, correctly rounded for moderate x; JavaScript's where the result over- or underflows. */
export function exactExp(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > 700) return Math.exp(x);
  const e = ddExpDouble(x);
  return e[0] + e[1];
}
