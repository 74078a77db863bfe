/** Python's `random` module, bit for bit: CPython's Mersenne Twister with its seeding (int, str via SHA-512, float via hash) and the same derivations of random(), randrange(), choices(), gauss()... so a seeded program prints CPython's numbers. */
import { IndexError, PyTypeError, ValueError } from "./exceptions";
import { exactCos, exactLog, exactSin } from "./exactMath";
import { PyRange } from "./range";
import { sha512 } from "./sha512";

/** A sequence random can index: a list or tuple, a str (by code point) or a range. */
export type RandomPopulation<T> = readonly T[] | string | PyRange;

/** The state size of MT19937 in 32-bit words. */
const stateSize = 624;

/**
 * One generator, like `random.Random(seed)`; the module-level functions use `defaultRandom`.
 * Every method draws exactly the 32-bit words CPython's draws, in the same order.
 */
export class PyRandom {
  static readonly pythonName = "Random";
  static readonly pythonModule = "random";
  private readonly mt = new Uint32Array(stateSize);
  private index = stateSize + 1;
  /** gauss() makes two numbers at a time and keeps the second for the next call, as CPython does. */
  private gaussNext: number | null = null;
  /** Whether the program chose the seed (an unseeded run cannot print what CPython prints). */
  seeded = false;

  constructor(seed?: unknown) {
    this.seed(seed);
  }

  /** random.seed(a): None draws a fresh seed; int, str (version 2: its SHA-512 appended), bytes, float and bool as CPython hashes them. */
  seed(a?: unknown): void {
    this.gaussNext = null;
    if (a === undefined || a === null) {
      this.seeded = false;
      this.initByArray(freshKey());
      return;
    }
    this.seeded = true;
    this.initByArray(keyWords(seedInteger(a)));
  }

  /** A uniformly distributed 32-bit word (genrand_uint32). */
  private nextWord(): number {
    const mt = this.mt;
    if (this.index >= stateSize) {
      let kk = 0;
      const twist = (a: number, b: number, c: number): number => {
        const y = (a & 0x80000000) | (b & 0x7fffffff);
        return (c ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)) >>> 0;
      };
      for (; kk < stateSize - 397; kk++) mt[kk] = twist(mt[kk] ?? 0, mt[kk + 1] ?? 0, mt[kk + 397] ?? 0);
      for (; kk < stateSize - 1; kk++) mt[kk] = twist(mt[kk] ?? 0, mt[kk + 1] ?? 0, mt[kk + 397 - stateSize] ?? 0);
      mt[stateSize - 1] = twist(mt[stateSize - 1] ?? 0, mt[0] ?? 0, mt[396] ?? 0);
      this.index = 0;
    }
    let y = mt[this.index++] ?? 0;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < stateSize; i++) {
      const prev = mt[i - 1] ?? 0;
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = stateSize;
  }

  /** CPython's init_by_array: the key words mixed into the state. */
  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(stateSize, key.length); k > 0; k--) {
      const prev = mt[i - 1] ?? 0;
      mt[i] = (((mt[i] ?? 0) ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + (key[j] ?? 0) + j) >>> 0;
      i++;
      j++;
      if (i >= stateSize) {
        mt[0] = mt[stateSize - 1] ?? 0;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = stateSize - 1; k > 0; k--) {
      const prev = mt[i - 1] ?? 0;
      mt[i] = (((mt[i] ?? 0) ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= stateSize) {
        mt[0] = mt[stateSize - 1] ?? 0;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
    this.index = stateSize;
  }

  /** random(): a float in [0, 1) with 53 random bits, from two words. */
  random(): number {
    const a = this.nextWord() >>> 5;
    const b = this.nextWord() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** getrandbits(k): an int of k random bits, 32 at a time from the least significant end (a bigint past 53 bits). */
  getrandbits(k: number): number | bigint {
    if (k < 0) throw new ValueError("number of bits must be non-negative");
    if (k <= 32) return k === 0 ? 0 : this.nextWord() >>> (32 - k);
    let value = 0n;
    for (let shift = 0; k > 0; shift += 32, k -= 32) {
      let word = this.nextWord();
      if (k < 32) word >>>= 32 - k;
      value |= BigInt(word) << BigInt(shift);
    }
    return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  }

  /** _randbelow(n): an int in [0, n) by rejection sampling on n.bit_length() bits. */
  private randBelow(n: number): number {
    const k = bitLength(n);
    let r = Number(this.getrandbits(k));
    while (r >= n) r = Number(this.getrandbits(k));
    return r;
  }

  /** randrange(stop) or randrange(start, stop[, step]), with CPython's errors. */
  randrange(start: number, stop?: number | null, step = 1): number {
    const istart = checkIndex(start, "arg 1");
    if (stop === undefined || stop === null) {
      if (step !== 1) throw new PyTypeError("Missing a non-None stop argument");
      if (istart > 0) return this.randBelow(istart);
      throw new ValueError("empty range for randrange()");
    }
    const istop = checkIndex(stop, "stop");
    const width = istop - istart;
    const istep = checkIndex(step, "step");
    if (istep === 1) {
      if (width > 0) return istart + this.randBelow(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: number;
    if (istep > 0) n = Math.floor((width + istep - 1) / istep);
    else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
    else throw new ValueError("zero step for randrange()");
    if (n <= 0) throw new ValueError("empty range for randrange()");
    return istart + istep * this.randBelow(n);
  }

  /** randint(a, b): an int in [a, b], both ends included. */
  randint(a: number, b: number): number {
    return this.randrange(a, b + 1);
  }

  /** uniform(a, b): a + (b - a) * random(). */
  uniform(a: number, b: number): number {
    return a + (b - a) * this.random();
  }

  /** triangular(low, high, mode). */
  triangular(low = 0, high = 1, mode: number | null = null): number {
    let u = this.random();
    if (high === low) return low;
    let c = mode === null ? 0.5 : (mode - low) / (high - low);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [low, high] = [high, low];
    }
    return low + (high - low) * Math.sqrt(u * c);
  }

  /** choice(seq): one item; IndexError for an empty sequence. */
  choice<T>(seq: readonly T[]): T;
  choice(seq: string | PyRange): string | number;
  choice<T>(seq: RandomPopulation<T>): T | string | number {
    const items = populationItems(seq);
    if (items.length === 0) throw new IndexError("Cannot choose from an empty sequence");
    return items[this.randBelow(items.length)] as T;
  }

  /** choices(population, weights=None, *, cum_weights=None, k=1): k picks with replacement, weighted by bisecting the cumulative weights. */
  choices<T>(population: RandomPopulation<T>, weights: readonly number[] | null = null, options: { cum_weights?: readonly number[] | null; k?: number } = {}): T[] {
    const items = populationItems(population) as readonly T[];
    const n = items.length;
    const k = options.k ?? 1;
    let cumWeights = options.cum_weights ?? null;
    const picks: T[] = [];
    if (cumWeights === null) {
      if (weights === null) {
        for (let i = 0; i < k; i++) picks.push(items[Math.floor(this.random() * n)] as T);
        return picks;
      }
      let running = 0;
      cumWeights = weights.map((w, i) => (running = i === 0 ? Number(w) : running + Number(w)));
    } else if (weights !== null) {
      throw new PyTypeError("Cannot specify both weights and cumulative weights");
    }
    if (cumWeights.length !== n) throw new ValueError("The number of weights does not match the population");
    const total = Number(cumWeights[cumWeights.length - 1]);
    if (!(total > 0)) throw new ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
    for (let i = 0; i < k; i++) picks.push(items[bisectRight(cumWeights, this.random() * total, n - 1)] as T);
    return picks;
  }

  /** shuffle(x): in place, Fisher-Yates from the end, as CPython draws it. */
  shuffle<T>(x: T[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randBelow(i + 1);
      [x[i], x[j]] = [x[j] as T, x[i] as T];
    }
  }

  /** sample(population, k): k distinct picks; a pool for small populations, a set of chosen indices for large ones (CPython's switch point). */
  sample<T>(population: RandomPopulation<T>, k: number): T[] {
    if (population instanceof Set) throw new PyTypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    const n = population instanceof PyRange ? population.length : populationItems(population).length;
    const at = (i: number): T => (population instanceof PyRange ? population.get(i) : populationItems(population)[i]) as T;
    if (!(k >= 0 && k <= n)) throw new ValueError("Sample larger than population or is negative");
    const result: T[] = [];
    let setSize = 21;
    if (k > 5) setSize += 4 ** Math.ceil(exactLog(k * 3) / exactLog(4));
    if (n <= setSize) {
      const pool = population instanceof PyRange ? [...population] : [...populationItems(population)];
      for (let i = 0; i < k; i++) {
        const j = this.randBelow(n - i);
        result.push(pool[j] as T);
        pool[j] = pool[n - i - 1] as T;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randBelow(n);
        while (selected.has(j)) j = this.randBelow(n);
        selected.add(j);
        result.push(at(j));
      }
    }
    return result;
  }

  /** gauss(mu, sigma): Box-Muller, two values per two draws; the second waits in gaussNext. log/cos/sin are rounded correctly, as glibc's nearly always are. */
  gauss(mu = 0, sigma = 1): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2 * exactLog(1 - this.random()));
      z = exactCos(x2pi) * g2rad;
      this.gaussNext = exactSin(x2pi) * g2rad;
    }
    return mu + z * sigma;
  }

  /** expovariate(lambd): -log(1 - random()) / lambd. */
  expovariate(lambd = 1): number {
    return -exactLog(1 - this.random()) / lambd;
  }
}

/** The generator behind the module-level functions (random.random(), random.seed()...). */
export const defaultRandom = new PyRandom();

function bitLength(n: number): number {
  let bits = 0;
  for (let rest = n; rest >= 1; rest = Math.floor(rest / 2)) bits++;
  return bits;
}

/** Python 3.11 accepts a whole float here (with a DeprecationWarning) and refuses any other. */
function checkIndex(x: number, what: string): number {
  if (!Number.isInteger(Number(x))) throw new ValueError(`non-integer ${what} for randrange()`);
  return Number(x);
}

/** bisect_right(a, x, 0, hi). */
function bisectRight(a: readonly number[], x: number, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (x < Number(a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function populationItems<T>(seq: RandomPopulation<T>): readonly (T | string | number)[] {
  if (typeof seq === "string") return [...seq];
  if (seq instanceof PyRange) return [...seq];
  if (Array.isArray(seq)) return seq;
  throw new PyTypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
}

/** The non-negative integer CPython seeds from: abs(int), the str/bytes with their SHA-512 appended, or hash(x) for a float. */
function seedInteger(a: unknown): bigint {
  if (typeof a === "boolean") return a ? 1n : 0n;
  if (typeof a === "bigint") return a < 0n ? -a : a;
  if (a instanceof Number) a = a.valueOf();
  if (typeof a === "number") {
    if (Number.isInteger(a)) return BigInt(Math.abs(a));
    return BigInt.asUintN(64, floatHash(a)); // CPython seeds from (size_t)hash(x)
  }
  if (typeof a === "string" || a instanceof Uint8Array) {
    const bytes = typeof a === "string" ? utf8Bytes(a) : a;
    let n = 0n;
    for (const b of bytes) n = (n << 8n) | BigInt(b);
    for (const b of sha512(bytes)) n = (n << 8n) | BigInt(b);
    return n;
  }
  throw new PyTypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
}

/** str.encode(): UTF-8 bytes (TextEncoder is not in every host's type library). */
function utf8Bytes(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(bytes);
}

/** hash(x) of a float with a fraction: x reduced modulo 2**61 - 1, as CPython computes it. */
function floatHash(x: number): bigint {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0n : x > 0 ? 314159n : -314159n;
  const modulus = (1n << 61n) - 1n;
  // x = m * 2**e exactly, with m a (possibly huge) integer: scale until whole.
  let m = Math.abs(x);
  let e = 0n;
  while (!Number.isInteger(m)) {
    m *= 2;
    e -= 1n;
  }
  let h = BigInt(m) % modulus;
  const shift = ((e % 61n) + 61n) % 61n; // 2**-k == 2**(61-k) mod 2**61-1
  h = (h << shift) % modulus;
  if (x < 0) h = -h;
  return h === -1n ? -2n : h;
}

/** The seed's absolute value as 32-bit words, least significant first (at least one word). */
function keyWords(n: bigint): number[] {
  const words: number[] = [];
  do {
    words.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return words;
}

/** A fresh seed for an unseeded program (CPython reads os.urandom). */
function freshKey(): number[] {
  const words = new Uint32Array(stateSize);
  const cryptoLike = (globalThis as { crypto?: { getRandomValues?(array: Uint32Array): Uint32Array } }).crypto;
  if (cryptoLike?.getRandomValues) cryptoLike.getRandomValues(words);
  else for (let i = 0; i < words.length; i++) words[i] = Math.floor(Math.random() * 2 ** 32);
  return [...words];
}
