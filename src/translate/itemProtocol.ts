/**
 * `obj[key]`, `obj[key] = value` and `del obj[key]` on an instance of the program's class: Python calls
 * `__getitem__`, `__setitem__` and `__delitem__`; JavaScript's brackets would read a property named by the
 * key (`undefined`), so the translation calls the method, as Python does. An instance whose class lacks the
 * method is refused: Python raises TypeError there ("'P' object is not subscriptable").
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { callFunction } from "./calls";
import type { Typed, TranslationContext } from "./context";
import { memberName } from "./methods";
import { namedTupleField } from "./namedTupleAccess";
import { T, findMethod, type ClassInfo } from "./types";

type ItemMethod = "__getitem__" | "__setitem__" | "__delitem__";

/** `obj[key]` read on an instance: its `__getitem__(key)`; null when `target` is not an instance. */
export function instanceItem(ctx: TranslationContext, e: py.Subscript, target: Typed): Typed | null {
  if (target.type.t !== "instance") return null;
  return namedTupleField(e, target) ?? itemCall(ctx, e, target, target.type.cls, "__getitem__", [e.slice]);
}

/**
 * `obj[key] = value` / `del obj[key]` where `obj` is an instance: the method's call as a statement; null when
 * `obj` is not an instance (the caller translates it as a list's or dict's). `container` is already translated.
 */
export function instanceItemStatement(ctx: TranslationContext, stmt: py.Stmt, target: py.Subscript, container: Typed, value: py.Expr | null): ir.Stmt[] | null {
  if (container.type.t !== "instance") return null;
  const method = value ? "__setitem__" : "__delitem__";
  const call = itemCall(ctx, target, container, container.type.cls, method, value ? [target.slice, value] : [target.slice]);
  return [f.exprStmt(call.ir, stmt)];
}

function itemCall(ctx: TranslationContext, at: py.Subscript, target: Typed, cls: ClassInfo, name: ItemMethod, args: py.Expr[]): Typed {
  const method = findMethod(cls, name);
  if (!method || method.binding) {
    const why = name === "__getitem__" ? "is not subscriptable" : name === "__setitem__" ? "does not support item assignment" : "does not support item deletion";
    ctx.report("TR2002", at, `\`${ctx.text(at)}\`: a ${cls.pyName} has no ${name} method, so Python raises TypeError ('${cls.pyName}' object ${why})`);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  if (at.slice.kind === "Slice") {
    ctx.report("TR2002", at.slice, `a slice passed to ${cls.pyName}.${name} (a \`slice\` object) is not supported: \`${ctx.text(at)}\``);
    return { ir: f.id("undefined"), type: T.unknown };
  }
  // The call Python makes, at the subscript's place, so its arguments are matched and typed as any call's.
  const func: py.Attribute = { kind: "Attribute", value: at.value, attr: name, ctx: "Load", start: at.start, end: at.end };
  const call: py.Call = { kind: "Call", func, args, keywords: [], start: at.start, end: at.end };
  return callFunction(ctx, method, f.member(target.ir, memberName(name), at), call, 1);
}
