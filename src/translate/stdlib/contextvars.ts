/** `contextvars`: ContextVar get/set/reset, copy_context and Context.run; each asyncio task runs in a copy of the context it was created in. */
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type { Typed, TranslationContext } from "../context";
import { translateExpr } from "../expressions";
import { T, callResult, join, toTsType, type PyType } from "../types";
import { bindArgs } from "./callForms";
import { supported, type StdlibModule } from "./module";

const contextVarOf = (elem: PyType): PyType => ({ t: "object", cls: "ContextVar", elem });
const tokenType: PyType = { t: "object", cls: "ContextToken", elem: T.never };
const contextType: PyType = { t: "object", cls: "PyContext", elem: T.never };

export const contextvarsModule: StdlibModule = {
  name: "contextvars",
  summary: "ContextVar, copy_context and Context.run, with each task in a copy of its creator's context",
  names: [
    supported("ContextVar", "`new ContextVar(name, { default })`", ["ContextVar"], "contextVars"),
    supported("copy_context", "`copyContext()`", ["copyContext"], "contextVars"),
    supported("Context", "`PyContext` (made by copy_context)", ["PyContext"], "contextVars"),
    supported("Token", "`ContextToken` (returned by set)", ["ContextToken"], "contextVars"),
  ],
  call: (ctx, name, e) => {
    if (name === "ContextVar") {
      const args = bindArgs(ctx, e, ["name"], ["default"]);
      const varName = args?.get("name")?.value;
      if (!args || !varName) return null;
      const fallback = args.get("default")?.value;
      // `default=None` says nothing of what is set later (`req.set(5)`): the value type is left open then.
      const elem = fallback && fallback.type.t !== "None" ? fallback.type : T.unknown;
      return {
        ir: f.newExpr(ctx.helper("ContextVar"), [varName.ir, ...(fallback ? [f.object([{ key: "default", value: fallback.ir }])] : [])], e, [toTsType(elem)]),
        type: contextVarOf(elem),
      };
    }
    if (name === "copy_context" && e.args.length === 0 && e.keywords.length === 0) return { ir: ctx.callHelper("copyContext", [], e), type: contextType };
    return null;
  },
  methodCall: contextMethod,
};

function contextMethod(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed): Typed | null {
  const t = target.type;
  if (t.t !== "object" || e.keywords.length > 0 || e.args.some((a) => a.kind === "Starred")) return null;
  const args = e.args.map((a) => translateExpr(ctx, a));
  const call = (type: PyType): Typed => {
    ctx.note("contextVars", e);
    return { ir: f.call(f.member(target.ir, func.attr, func), args.map((a) => a.ir), e), type };
  };
  if (t.cls === "ContextVar") {
    if (func.attr === "get") return call(args[0] ? join(t.elem, args[0].type) : t.elem);
    if (func.attr === "set" && args.length === 1) {
      // `var.set(5)` on a ContextVar made without a default: its value type comes from what is set.
      if (func.value.kind === "Name") {
        const sym = ctx.lookup(func.value.id);
        if (sym && t.elem.t === "unknown") ctx.widen(sym, contextVarOf(args[0]!.type));
      }
      return call(tokenType);
    }
    if (func.attr === "reset" && args.length === 1) return call(T.none);
  }
  if (t.cls === "PyContext" && func.attr === "run" && args.length >= 1) return call(callResult(args[0]!.type));
  if (t.cls === "PyContext" && func.attr === "get" && (args.length === 1 || args.length === 2)) {
    const variable = args[0]!.type;
    const value = variable.t === "object" && variable.cls === "ContextVar" ? variable.elem : T.unknown;
    return call(join(value, args[1]?.type ?? T.none));
  }
  if (t.cls === "PyContext" && args.length === 0) {
    ctx.note("contextVars", e);
    const method = ({ keys: "keys", values: "valuesList", items: "items" } as Partial<Record<string, string>>)[func.attr];
    const type = func.attr === "keys" ? T.list(contextVarOf(T.unknown)) : func.attr === "values" ? T.list(T.unknown) : T.list(T.tuple([contextVarOf(T.unknown), T.unknown]));
    if (!method) return null;
    ctx.reportOnce("TR3001", e, "CPython keeps a Context's variables in the order of their hashes, which changes from run to run; here it is the order they were first set");
    return { ir: f.call(f.member(target.ir, method, func), [], e), type };
  }
  return null;
}
