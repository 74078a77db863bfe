/** `itertools`: count, cycle, islice, chain (and chain.from_iterable), product, accumulate, groupby and zip_longest, as lazy generators. */
import { nameTable } from "../../core/nameTable";
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import type * as ir from "../../ts/ir";
import { T, callResult, elementOf, join, numericResult, toTsType, type PyType } from "../types";
import { supported, type StdlibModule } from "./module";

const generator = (elem: PyType): PyType => ({ t: "generator", elem });
const itemOf = (type: PyType): PyType => (type.t === "str" ? T.str : type.t === "dict" ? type.key : elementOf(type));

const helpers: Readonly<Record<string, string>> = nameTable({
  count: "iterCount",
  cycle: "iterCycle",
  islice: "iterSlice",
  chain: "iterChain",
  "chain.from_iterable": "iterChainFromIterable",
  product: "iterProduct",
  accumulate: "iterAccumulate",
  groupby: "iterGroupBy",
  zip_longest: "iterZipLongest",
});

export const itertoolsModule: StdlibModule = {
  name: "itertools",
  summary: "lazy iterators as JavaScript generators",
  names: Object.entries(helpers).map(([name, helper]) => supported(name, `\`${helper}(...)\` (a generator)`, [helper], "itertoolsLazy")),
  call: itertoolsCall,
};

function keyword(e: py.Call, name: string): py.Expr | undefined {
  return e.keywords.find((k) => k.arg === name)?.value;
}

function itertoolsCall(ctx: TranslationContext, name: string, e: py.Call): Typed | null {
  const helper = helpers[name];
  if (!helper || e.args.some((a) => a.kind === "Starred") || e.keywords.some((k) => k.arg === null)) return null;
  const allowed: Readonly<Record<string, readonly string[]>> = nameTable({ count: ["start", "step"], accumulate: ["func", "initial"], groupby: ["key"], product: ["repeat"], zip_longest: ["fillvalue"] });
  if (e.keywords.some((k) => !(allowed[name] ?? []).includes(k.arg!))) return null;
  const args = e.args.map((a) => translateExpr(ctx, a));
  const irs = args.map((a) => a.ir);
  const kw = (k: string): Typed | null => {
    const node = keyword(e, k);
    return node ? translateExpr(ctx, node) : null;
  };
  const call = (callArgs: readonly ReturnType<typeof f.id>[] | readonly Typed["ir"][], type: PyType): Typed => ({ ir: ctx.callHelper(helper, callArgs, e), type });
  switch (name) {
    case "count": {
      const start = args[0] ?? kw("start");
      const step = args[1] ?? kw("step");
      const elem = numericResult(start?.type ?? T.int, step?.type ?? T.int);
      return call([start?.ir ?? f.num(0), ...(step ? [step.ir] : [])], generator(elem));
    }
    case "cycle":
      return args.length === 1 ? call(irs, generator(itemOf(args[0]!.type))) : null;
    case "islice":
      return args.length >= 2 && args.length <= 4 ? call(irs, generator(itemOf(args[0]!.type))) : null;
    case "chain":
      return call(irs, generator(args.map((a) => itemOf(a.type)).reduce<PyType>((a, b) => join(a, b), T.never)));
    case "chain.from_iterable":
      return args.length === 1 ? call(irs, generator(itemOf(itemOf(args[0]!.type)))) : null;
    case "product": {
      const repeat = kw("repeat");
      const elems = args.map((a) => itemOf(a.type));
      const tuple = repeat ? T.tupleOf(elems.reduce<PyType>((a, b) => join(a, b), T.never)) : T.tuple(elems);
      return tupleGenerator(ctx, helper, [f.array(irs), ...(repeat ? [repeat.ir] : [])], generator(tuple), e);
    }
    case "accumulate": {
      if (args.length < 1 || args.length > 2) return null;
      const func = args[1] ?? kw("func");
      const initial = kw("initial");
      const elem = itemOf(args[0]!.type);
      return call([args[0]!.ir, func?.ir ?? f.nil(), ...(initial ? [initial.ir] : [])], generator(func ? join(elem, callResult(func.type)) : elem));
    }
    case "groupby": {
      if (args.length < 1 || args.length > 2) return null;
      const key = args[1] ?? kw("key");
      const elem = itemOf(args[0]!.type);
      const keyType = key ? callResult(key.type) : elem;
      return call([args[0]!.ir, ...(key ? [key.ir] : [])], generator(T.tuple([keyType.t === "unknown" ? elem : keyType, generator(elem)])));
    }
    case "zip_longest": {
      const fill = kw("fillvalue");
      const fillType = fill?.type ?? T.none;
      return tupleGenerator(ctx, helper, [f.array(irs), ...(fill ? [fill.ir] : [])], generator(T.tuple(args.map((a) => join(itemOf(a.type), fillType)))), e);
    }
    default:
      return null;
  }
}

/** product/zip_longest mix their inputs' item types in each tuple: the runtime works on unknown items, the result is typed here. */
function tupleGenerator(ctx: TranslationContext, helper: string, args: readonly ir.Expr[], type: PyType, e: py.Call): Typed {
  // zip_longest's second type parameter is its fillvalue's.
  const typeArgs = helper === "iterZipLongest" ? [f.tKeyword("unknown"), f.tKeyword("unknown")] : [f.tKeyword("unknown")];
  const call = f.call(ctx.helper(helper), args, e, typeArgs);
  return { ir: f.asType(call, toTsType(type)), type };
}
