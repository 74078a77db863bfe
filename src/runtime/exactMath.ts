/** log, exp, sin and cos rounded correctly (through double-double arithmetic): what CPython gets from the C library, where JavaScript's Math.log may differ in the last bit, which random.gauss() and expovariate() would show. */

/** A number as an unevaluated sum hi + lo with |lo| <= ulp(hi)/2: about 106 bits. */
type DoubleDouble = readonly [hi: number, lo: number];

function twoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function split(a: number): DoubleDouble {
  const c = 134217729 * a; // 2**27 + 1 (Veltkamp)
  const hi = c - (c - a);
  return [hi, a - hi];
}

function twoProduct(a: number, b: number): DoubleDouble {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [s, e] = twoSum(a[0], b[0]);
  const [hi, lo] = twoSum(s, e + a[1] + b[1]);
  return [hi, lo];
}

function mul(a: DoubleDouble, b: DoubleDouble): DoubleDouble {
  const [p, e] = twoProduct(a[0], b[0]);
  return twoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

/** a * k for a power of two or a small integer k (exact in each part, or nearly: k * lo is far below hi's ulp). */
function scale(a: DoubleDouble, k: number): DoubleDouble {
  const [p, e] = twoProduct(a[0], k);
  return twoSum(p, e + a[1] * k);
}

/** a / n for a small integer n, to double-double precision (1/n itself is not exact). */
function divide(a: DoubleDouble, n: number): DoubleDouble {
  const q = a[0] / n;
  const [p, e] = twoProduct(q, n);
  return twoSum(q, (a[0] - p - e + a[1]) / n);
}

const ln2: DoubleDouble = [0.6931471805599453, 2.3190468138462996e-17];
const halfPi = [1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33] as const;

/** Taylor terms x**n/n! from n = first, every `stride`-th, with alternating signs if asked, until they vanish. */
function series(x: DoubleDouble, first: number, stride: number, alternate: boolean): DoubleDouble {
  let term: DoubleDouble = [1, 0];
  for (let n = 1; n <= first; n++) term = divide(mul(term, x), n);
  let sum = term;
  const xStride = stride === 1 ? x : mul(x, x);
  for (let n = first + stride, sign = -1; Math.abs(term[0]) > 1e-40; n += stride, sign = -sign) {
    term = mul(term, xStride);
    term = stride === 1 ? divide(term, n) : divide(divide(term, n - 1), n);
    sum = add(sum, alternate && sign < 0 ? [-term[0], -term[1]] : term);
  }
  return sum;
}

/** e**a as a double-double (a finite, not huge): a = k ln2 + r, e**r by its series. */
function expDouble(a: number): DoubleDouble {
  const k = Math.round(a / ln2[0]);
  const r = add([a, 0], scale(ln2, -k));
  const er = series(r, 0, 1, false);
  return [er[0] * 2 ** k, er[1] * 2 ** k];
}

/** log(x), correctly rounded: JavaScript's log corrected by one Newton step in double-double. */
export function exactLog(x: number): number {
  if (!(x > 0) || x === Infinity || x === 1) return Math.log(x);
  const y = Math.log(x);
  const e = expDouble(-y);
  // log(x) = y + log(x e**-y), and x e**-y = 1 + t with t ~ 1e-16, so log(1 + t) = t to far below an ulp.
  const [p, pe] = twoProduct(x, e[0]);
  const t = p - 1 + (pe + x * e[1]);
  return y + t;
}

/** x reduced to r in [-pi/4, pi/4] with x = q pi/2 + r, as a double-double, and q mod 4. */
function reduceQuarter(x: number): { r: DoubleDouble; quadrant: number } {
  const q = Math.round(x / halfPi[0]);
  let r: DoubleDouble = add([x, 0], scale([halfPi[0], 0], -q));
  r = add(r, [-q * halfPi[1], -q * halfPi[2]]);
  return { r, quadrant: ((q % 4) + 4) % 4 };
}

function sinCos(x: number): { sin: number; cos: number } {
  const { r, quadrant } = reduceQuarter(x);
  const s = series(r, 1, 2, true);
  const c = series(r, 0, 2, true);
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
  return Math.abs(x) < 2 ** 20 ? sinCos(x).sin : Math.sin(x);
}

/** cos(x), correctly rounded for |x| < 2**20; JavaScript's beyond. */
export function exactCos(x: number): number {
  return Math.abs(x) < 2 ** 20 ? sinCos(x).cos : Math.cos(x);
}

/** e**x, correctly rounded for moderate x; JavaScript's where the result over- or underflows. */
export function exactExp(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > 700) return Math.exp(x);
  const e = expDouble(x);
  return e[0] + e[1];
}
