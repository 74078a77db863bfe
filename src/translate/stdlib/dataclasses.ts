/**
 * `dataclasses`: `@dataclass` (with `repr`, `eq` and `order`) and `field` (with `default`,
 * `default_factory`, `repr` and `compare`) on the classes they decorate; the translation itself is in
 * ../dataclasses.ts (the fields become `__init__`) and ../dataclassMethods.ts (`__repr__`, `__eq__`,
 * `__lt__`). Used anywhere else (`dataclass(cls)`, `field()` outside a class body) they give TR2003.
 * `asdict` and `astuple` of an instance are written out from its fields, nested dataclasses included.
 */
import type * as py from "../../python/ast";
import * as f from "../../ts/factory";
import type * as ir from "../../ts/ir";
import type { Typed, TranslationContext } from "../context";
import type { DataclassSpec } from "../dataclasses";
import { translateExpr } from "../expressions";
import { memberName } from "../methods";
import { T, join, toTsType, type ClassInfo, type PyType } from "../types";
import { supported, type StdlibModule } from "./module";

export const dataclassesModule: StdlibModule = {
  name: "dataclasses",
  summary: "`@dataclass` classes: the constructor, `__repr__`, `__eq__` and with `order=True` `__lt__` written out; `asdict` and `astuple`",
  names: [
    supported(
      "dataclass",
      "`@dataclass`, `@dataclass(order=True)` (also `repr`, `eq`, `frozen`): a class whose constructor takes the fields, with `__repr__`, `__eq__` (and `__lt__`; frozen: `__hash__`) written out, returning `NotImplemented` for another class; assigning a frozen instance's attribute gives `TR2001`; `unsafe_hash`, `kw_only`, `slots`, `init=False`, `ClassVar` fields, an own `__init__`, a base class and a class deriving from a dataclass give `TR2007` (and `InitVar`, `replace`, `fields` give `TR2003`)",
      ["repr", "pyEquals", "pyLess", "NotImplemented"],
      "dataclass",
    ),
    supported("field", "`field(default=...)`, `field(default_factory=list)` (a parameter default, made for each instance), `field(repr=False)`, `field(compare=False)`", [], "dataclass"),
    supported("asdict", "`new Map([[\"x\", p.x], ...])`, written from the class's fields (a nested dataclass field becomes its own Map); lists and dicts in fields are shared, not copied"),
    supported("astuple", "`[p.x, p.y]`, written from the class's fields (a nested dataclass field becomes its own array)"),
  ],
  call: dataclassesCall,
};

function dataclassesCall(ctx: TranslationContext, name: string, e: py.Call): Typed | null {
  if ((name !== "asdict" && name !== "astuple") || e.args.length !== 1 || e.keywords.length > 0) return null;
  const value = translateExpr(ctx, e.args[0]!);
  return asPlain(ctx, e, name, value);
}

/** An instance's fields as asdict/astuple give them, recursing into fields that are dataclass instances. */
function asPlain(ctx: TranslationContext, e: py.Call, name: "asdict" | "astuple", value: Typed): Typed | null {
  const spec = value.type.t === "instance" ? specOf(ctx, value.type.cls) : undefined;
  if (!spec || value.type.t !== "instance") return null;
  if (!readsOnly(value.ir) && spec.fields.length > 1) {
    // Each field is read from the instance: one made by an expression is bound first, so it is made once.
    const bound = ctx.unique("instance");
    const body = asPlain(ctx, e, name, { ir: f.id(bound), type: value.type });
    if (!body) return null;
    return { ir: f.call(f.arrow([f.param(bound, toTsType(value.type))], body.ir), [value.ir], e), type: body.type };
  }
  const cls = value.type.cls;
  const parts = spec.fields.map((field) => {
    const fieldValue: Typed = { ir: f.member(value.ir, memberName(field.name)), type: cls.fields.get(field.name) ?? T.unknown };
    const nested = fieldValue.type.t === "instance" && specOf(ctx, fieldValue.type.cls) ? asPlain(ctx, e, name, fieldValue) : null;
    return { name: field.name, value: nested ?? fieldValue };
  });
  if (name === "astuple") return { ir: f.array(parts.map((p) => p.value.ir)), type: T.tuple(parts.map((p) => p.value.type)) };
  const valueType = parts.reduce<PyType>((acc, p) => join(acc, p.value.type), T.never);
  const entries: ir.Expr[] = parts.map((p) => f.array([f.str(p.name), p.value.ir]));
  ctx.note("dictMap", e);
  return { ir: f.newExpr("Map", [f.array(entries)], undefined, [toTsType(T.str), toTsType(valueType)]), type: T.dict(T.str, valueType) };
}

function readsOnly(x: ir.Expr): boolean {
  return x.kind === "Ident" || (x.kind === "Member" && readsOnly(x.object));
}

function specOf(ctx: TranslationContext, cls: ClassInfo): DataclassSpec | undefined {
  for (const [node, spec] of ctx.dataclasses) if (ctx.classes.get(node) === cls) return spec;
  return undefined;
}
