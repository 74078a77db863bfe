/**
 * `math`: floor/ceil/trunc give ints, domain errors raise ValueError (JavaScript gives NaN), gcd/lcm/comb/
 * factorial on ints, isclose/fsum/prod, and log/exp/sin/cos rounded as CPython's C library rounds them.
 */
import { nameTable } from "../../core/nameTable";
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type * as ir from "../../ts/ir";
import type { Typed, TranslationContext } from "../context";
import { T, type PyType } from "../types";
import { bindArgs, options, positional } from "./callForms";
import { supported, type StdlibModule } from "./module";

interface MathFunction {
  readonly params: readonly string[];
  /** The runtime helper, or a `Math` method that already gives Python's result. */
  readonly helper?: string;
  readonly js?: string;
  readonly result: PyType;
  readonly keywordOnly?: readonly string[];
  /** Any number of positional arguments (gcd, lcm, hypot). */
  readonly variadic?: boolean;
}

const fn = (helper: string, params: readonly string[], result: PyType, more: Partial<MathFunction> = {}): MathFunction => ({ helper, params, result, ...more });
const js = (name: string, params: readonly string[], result: PyType): MathFunction => ({ js: name, params, result });

const functions: Readonly<Record<string, MathFunction>> = nameTable({
  floor: fn("mathFloor", ["x"], T.int),
  ceil: fn("mathCeil", ["x"], T.int),
  trunc: fn("mathTrunc", ["x"], T.int),
  sqrt: fn("mathSqrt", ["x"], T.float),
  log: fn("mathLog", ["x", "base"], T.float),
  log2: fn("mathLog2", ["x"], T.float),
  log10: fn("mathLog10", ["x"], T.float),
  exp: fn("mathExp", ["x"], T.float),
  sin: fn("mathSin", ["x"], T.float),
  cos: fn("mathCos", ["x"], T.float),
  pow: fn("mathPow", ["x", "y"], T.float),
  isclose: fn("mathIsclose", ["a", "b"], T.bool, { keywordOnly: ["rel_tol", "abs_tol"] }),
  gcd: fn("mathGcd", [], T.int, { variadic: true }),
  lcm: fn("mathLcm", [], T.int, { variadic: true }),
  hypot: fn("mathHypot", [], T.float, { variadic: true }),
  factorial: fn("mathFactorial", ["n"], T.int),
  comb: fn("mathComb", ["n", "k"], T.int),
  perm: fn("mathPerm", ["n", "k"], T.int),
  prod: fn("mathProd", ["iterable"], T.int, { keywordOnly: ["start"] }),
  fsum: fn("mathFsum", ["iterable"], T.float),
  degrees: fn("mathDegrees", ["x"], T.float),
  radians: fn("mathRadians", ["x"], T.float),
  fabs: js("abs", ["x"], T.float),
  tan: js("tan", ["x"], T.float),
  atan: js("atan", ["x"], T.float),
  atan2: js("atan2", ["y", "x"], T.float),
});

const constants: Readonly<Record<string, { readonly ts: string; readonly value: () => ir.Expr }>> = nameTable({
  pi: { ts: "`Math.PI`", value: () => f.member(f.id("Math"), "PI") },
  e: { ts: "`Math.E`", value: () => f.member(f.id("Math"), "E") },
  tau: { ts: "`2 * Math.PI`", value: () => f.bin("*", f.num(2), f.member(f.id("Math"), "PI")) },
  inf: { ts: "`Infinity`", value: () => f.id("Infinity") },
  nan: { ts: "`NaN`", value: () => f.id("NaN") },
});

export const mathModule: StdlibModule = {
  name: "math",
  summary: "ints from floor/ceil, ValueError instead of NaN, correctly rounded log/exp/sin/cos",
  names: [
    ...Object.entries(functions).map(([name, spec]) => supported(name, spec.js ? `\`Math.${spec.js}\`` : `\`${spec.helper}(...)\``, spec.helper ? [spec.helper] : [], "mathModule")),
    ...Object.entries(constants).map(([name, c]) => supported(name, c.ts)),
  ],
  call: mathCall,
  value: (_ctx, name) => {
    const constant = constants[name];
    return constant ? { ir: constant.value(), type: T.float } : null;
  },
};

function mathCall(ctx: TranslationContext, name: string, e: py.Call): Typed | null {
  const spec = functions[name];
  if (!spec) return null;
  if (spec.variadic) {
    if (e.keywords.length > 0) return null;
    const args = bindArgs(ctx, e, e.args.map((_, i) => `arg${i}`));
    if (!args) return null;
    return { ir: ctx.callHelper(spec.helper!, [...args.values()].map((a) => a.value.ir), e), type: spec.result };
  }
  const args = bindArgs(ctx, e, spec.params, spec.keywordOnly);
  if (!args) return null;
  if (name === "factorial") warnBigFactorial(ctx, e);
  const argIr = [...positional(args, spec.params), ...options(args, spec.keywordOnly ?? [])];
  const call = spec.js ? f.call(f.member(f.id("Math"), spec.js), argIr, e) : ctx.callHelper(spec.helper!, argIr, e);
  // prod of floats is a float.
  const result = name === "prod" && args.get("iterable")?.value.type.t === "list" && (args.get("iterable")!.value.type as { elem: PyType }).elem.t === "float" ? T.float : spec.result;
  return { ir: name === "factorial" ? f.asType(call, f.tKeyword("number")) : call, type: result };
}

/** factorial(n) past 18 is a bigint: it prints exactly, but arithmetic mixing it with numbers fails (TR3001). */
function warnBigFactorial(ctx: TranslationContext, e: py.Call): void {
  const n = e.args[0];
  const small = n?.kind === "Constant" && typeof n.value === "bigint" && n.value <= 18n;
  if (!small) ctx.report("TR3001", e, "`math.factorial(n)` past n = 18 is a bigint here: it prints exactly, but arithmetic mixing it with other numbers raises a JavaScript TypeError");
}
