/**
 * Argument handling shared by the runtime-backed modules (random, math, json...): Python's positional and
 * keyword arguments matched to a function's parameter names, so each module's table only says which
 * parameters a name takes and what its result's type is.
 */
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type * as ir from "../../ts/ir";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import type { PyType } from "../types";

/**
 * The arguments of `e` by parameter name (positional ones in `params` order, keywords by name); null when
 * the call passes something else (`*args`, `**kw`, a keyword the function does not take, too many).
 */
export function bindArgs(ctx: TranslationContext, e: py.Call, params: readonly string[], keywordOnly: readonly string[] = []): Map<string, { node: py.Expr; value: Typed }> | null {
  if (e.args.length > params.length || e.args.some((a) => a.kind === "Starred")) return null;
  const bound = new Map<string, { node: py.Expr; value: Typed }>();
  e.args.forEach((a, i) => bound.set(params[i]!, { node: a, value: translateExpr(ctx, a) }));
  for (const k of e.keywords) {
    if (k.arg === null || (!params.includes(k.arg) && !keywordOnly.includes(k.arg)) || bound.has(k.arg)) return null;
    bound.set(k.arg, { node: k.value, value: translateExpr(ctx, k.value) });
  }
  return bound;
}

/** The bound arguments up to the last one given, in parameter order (a gap before it is `undefined`: the default). */
export function positional(bound: ReadonlyMap<string, { value: Typed }>, params: readonly string[]): ir.Expr[] {
  let last = -1;
  params.forEach((p, i) => {
    if (bound.has(p)) last = i;
  });
  return params.slice(0, last + 1).map((p) => bound.get(p)?.value.ir ?? f.id("undefined"));
}

/** Keyword-only arguments as the options object the runtime takes (`{ k: 3 }`), or nothing when none is given. */
export function options(bound: ReadonlyMap<string, { value: Typed }>, names: readonly string[]): ir.Expr[] {
  const props = names.filter((n) => bound.has(n)).map((n) => ({ key: n, value: bound.get(n)!.value.ir }));
  return props.length > 0 ? [f.object(props)] : [];
}

export function typed(ir: ir.Expr, type: PyType): Typed {
  return { ir, type };
}
