/**
 * `random`: CPython's Mersenne Twister and its derivations, bit for bit, so a seeded program prints
 * CPython's numbers (`random.seed(42)`, `random.Random(7)`). A program that never seeds gets a fresh seed
 * and a TR3001 warning: its numbers cannot match any CPython run.
 */
import { nameTable } from "../../core/nameTable";
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import { walk } from "../astWalk";
import type * as ir from "../../ts/ir";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import { T, elementOf, type PyType } from "../types";
import { bindArgs, options, positional } from "./callForms";
import { supported, type StdlibModule } from "./module";
import { stdlibRef } from "./resolve";

interface RandomFunction {
  readonly params: readonly string[];
  readonly keywordOnly?: readonly string[];
  readonly ts: string;
  readonly result: (args: ReadonlyMap<string, { value: Typed }>) => PyType;
}

const float = (): PyType => T.float;
const int = (): PyType => T.int;
const itemOf = (args: ReadonlyMap<string, { value: Typed }>, name: string): PyType => {
  const seq = args.get(name)?.value.type;
  return seq ? (seq.t === "str" ? T.str : elementOf(seq)) : T.unknown;
};

const functions: Readonly<Record<string, RandomFunction>> = nameTable({
  random: { params: [], ts: "random", result: float },
  uniform: { params: ["a", "b"], ts: "uniform", result: float },
  triangular: { params: ["low", "high", "mode"], ts: "triangular", result: float },
  gauss: { params: ["mu", "sigma"], ts: "gauss", result: float },
  expovariate: { params: ["lambd"], ts: "expovariate", result: float },
  randint: { params: ["a", "b"], ts: "randint", result: int },
  randrange: { params: ["start", "stop", "step"], ts: "randrange", result: int },
  getrandbits: { params: ["k"], ts: "getrandbits", result: int },
  choice: { params: ["seq"], ts: "choice", result: (args) => itemOf(args, "seq") },
  choices: { params: ["population", "weights"], keywordOnly: ["cum_weights", "k"], ts: "choices", result: (args) => T.list(itemOf(args, "population")) },
  sample: { params: ["population", "k"], ts: "sample", result: (args) => T.list(itemOf(args, "population")) },
  shuffle: { params: ["x"], ts: "shuffle", result: () => T.none },
  seed: { params: ["a"], ts: "seed", result: () => T.none },
});

/** The type of `random.Random(...)`: the runtime's PyRandom. */
const randomObject: PyType = { t: "object", cls: "PyRandom", elem: T.never };

export const randomModule: StdlibModule = {
  name: "random",
  summary: "CPython's Mersenne Twister: a seeded program prints CPython's numbers",
  names: [
    ...Object.keys(functions).map((name) => supported(name, `\`defaultRandom.${functions[name]!.ts}(...)\``, ["defaultRandom"], "seededRandom")),
    supported("Random", "`new PyRandom(seed)`: its methods are the module's functions", ["PyRandom"], "seededRandom"),
  ],
  call: (ctx, name, e) => {
    if (name === "Random") {
      if (e.args.length > 1 || e.keywords.length > 0) return null;
      warnIfUnseeded(ctx, e);
      return { ir: f.newExpr(ctx.helper("PyRandom"), e.args.length === 1 ? [translateSeed(ctx, e.args[0]!)] : [], e), type: randomObject };
    }
    warnIfUnseeded(ctx, e);
    return randomCall(ctx, name, e, f.member(ctx.helper("defaultRandom"), functions[name]?.ts ?? name));
  },
  methodCall: (ctx, e, func, target) => {
    if (target.type.t !== "object" || target.type.cls !== "PyRandom") return null;
    return randomCall(ctx, func.attr, e, f.member(target.ir, functions[func.attr]?.ts ?? func.attr, func));
  },
};

function randomCall(ctx: TranslationContext, name: string, e: py.Call, callee: ir.Expr): Typed | null {
  const fn = functions[name];
  if (!fn) return null;
  const args = bindArgs(ctx, e, fn.params, fn.keywordOnly);
  if (!args) return null;
  if (name === "seed" && e.args[0]) args.set("a", { node: e.args[0], value: { ir: translateSeed(ctx, e.args[0]), type: T.unknown } });
  ctx.note("seededRandom", e);
  const keywordOnly = options(args, fn.keywordOnly ?? []);
  // With an options object after them, every positional parameter is passed (`undefined` takes its default).
  const positionalIr = keywordOnly.length > 0 ? fn.params.map((p) => args.get(p)?.value.ir ?? f.id("undefined")) : positional(args, fn.params);
  return { ir: f.call(callee, [...positionalIr, ...keywordOnly], e), type: fn.result(args) };
}

/** A seed written as a big int literal (`random.seed(12345678901234567890)`) must not lose digits to a double. */
function translateSeed(ctx: TranslationContext, seed: py.Expr): ir.Expr {
  if (seed.kind === "Constant" && typeof seed.value === "bigint" && (seed.value > BigInt(Number.MAX_SAFE_INTEGER) || seed.value < -BigInt(Number.MAX_SAFE_INTEGER))) {
    return f.call(f.id("BigInt"), [f.str(seed.value.toString())], seed);
  }
  return translateExpr(ctx, seed).ir;
}

/** TR3001 once, at the first use of random, when nothing in the program seeds it (`random.seed(x)` or `Random(x)`). */
function warnIfUnseeded(ctx: TranslationContext, e: py.Call): void {
  if (ctx.diagnostics.some((d) => d.code === "TR3001" && d.message.includes("random"))) return;
  let seeded = false;
  walk(ctx.module, (node) => {
    if (node.kind !== "Call") return;
    const call = node as py.Call;
    const ref = call.func.kind === "Name" || call.func.kind === "Attribute" ? stdlibRef(ctx, call.func) : null;
    const seeds = ref?.module.name === "random" && (ref.name === "seed" || ref.name === "Random");
    const method = call.func.kind === "Attribute" && call.func.attr === "seed";
    if ((seeds || method) && (call.args.length > 0 || call.keywords.length > 0)) seeded = true;
  });
  if (!seeded) ctx.report("TR3001", e, "`random` is never seeded here, so it starts from a fresh seed: its numbers cannot match CPython's (call `random.seed(n)` first to compare)");
}
