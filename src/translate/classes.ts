/** Python classes: fields from `self.x = ...`, `__init__` as the constructor, `__str__` as toString. */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { TranslationContext } from "./context";
import { exceptionTsName, isBuiltinExceptionName, translateExpr } from "./expressions";
import { containsYield } from "./astWalk";
import { functionInfo, hoistedDeclarations, translateFunctionBody, translateParams } from "./functions";
import { dataclassMethods } from "./dataclassMethods";
import { enumBaseHelper, enumKindOf, enumMember, newEnumState, reportEnumClass } from "./enums";
import { memberName, onPrototype } from "./methods";
import { translateBlock, type StatementState } from "./statements";
import { isCachedProperty } from "./stdlib/functools";
import { isTypeOnlyBase } from "./stdlib/resolve";
import { T, toTsType, type ClassInfo } from "./types";

export function classInfo(ctx: TranslationContext, s: py.ClassDef, tsName: string): ClassInfo {
  const existing = ctx.classes.get(s);
  if (existing) return existing;
  const enumKind = enumKindOf(ctx, s);
  const baseExpr = enumKind ? s.bases.find((b) => b.kind === "Name" && ctx.lookup(b.id)?.type.t === "class") : classBases(ctx, s)[0];
  let base: ClassInfo | null = null;
  let exceptionBase: string | null = null;
  if (baseExpr?.kind === "Name") {
    const sym = ctx.lookup(baseExpr.id);
    if (sym?.type.t === "class") {
      base = sym.type.cls;
      exceptionBase = base.exceptionBase;
    } else if (isBuiltinExceptionName(baseExpr.id)) exceptionBase = baseExpr.id;
  }
  const spec = ctx.dataclasses.get(s);
  const dataclass = spec !== undefined;
  const namedTuple = spec?.kind === "namedtuple" ? { namedTuple: spec.fields.map((x) => x.name) } : {};
  const frozen = spec?.frozen ? { frozen: true } : {};
  const info: ClassInfo = { pyName: s.name, tsName, base, exceptionBase, fields: new Map(), classAttrs: new Set(), instanceAttrs: new Set(), maybeUnset: new Set(), methods: new Map(), properties: new Map(), dataclass, ...namedTuple, ...frozen, ...(enumKind ? { enum: enumKind } : {}) };
  ctx.classes.set(s, info);
  return info;
}

export function translateClass(ctx: TranslationContext, st: StatementState, s: py.ClassDef): ir.Stmt[] {
  for (const d of s.decorator_list) ctx.report("TR2007", d, `the class decorator \`@${ctx.text(d)}\` is not supported`);
  const bases = classBases(ctx, s);
  const dataclass = ctx.dataclasses.get(s);
  for (const p of dataclass?.problems ?? []) ctx.report("TR2007", p.node, p.message);
  if (!dataclass && !enumKindOf(ctx, s) && (bases.length > 1 || s.keywords.length > 0)) ctx.report("TR2007", s, "multiple inheritance and class keywords are not supported");
  const sym = ctx.lookup(s.name) ?? ctx.symbol(ctx.scope, s.name, "class");
  const info = classInfo(ctx, s, sym.tsName);
  ctx.widen(sym, { t: "class", cls: info });
  if (info.base?.dataclass) ctx.report("TR2007", bases[0]!, `a class deriving from the ${info.base.namedTuple ? "named tuple" : "`@dataclass`"} \`${info.base.pyName}\` is not supported (its repr and == name that class)`);
  if (info.enum) reportEnumClass(ctx, s, info);
  else if (info.base?.enum) ctx.report("TR2007", bases[0]!, `a class deriving from the enum \`${info.base.pyName}\` is not supported`);
  const extendsExpr = info.enum ? ctx.helper(enumBaseHelper[info.enum]) : bases[0] ? baseClass(ctx, bases[0]) : undefined;
  const enumState = newEnumState();
  if (info.enum) {
    ctx.note("enumMembers", s);
    info.fields.set("name", T.str);
  }
  const members: (ir.ClassField | ir.ClassMethod)[] = [];
  const classAttrs: ir.ClassField[] = [];
  // Class attributes an instance may shadow are set on the prototype after the class (see shadowedClassAttrOwner).
  const prototypeAttrs: ir.Stmt[] = [];
  const hoistedDefaults: ir.Stmt[] = [];
  ctx.note("selfThis", s);
  ctx.inScope(s, () => {
    for (const stmt of s.body) {
      if (stmt.kind === "FunctionDef" || stmt.kind === "AsyncFunctionDef") members.push(method(ctx, st, info, stmt, hoistedDefaults));
      else if (info.enum && (stmt.kind === "Assign" || stmt.kind === "AnnAssign")) {
        const member = enumMember(ctx, info, info.enum, sym.tsName, stmt, enumState);
        if (member) classAttrs.push(member);
      } else if (stmt.kind === "Assign" && stmt.targets.length === 1 && stmt.targets[0]!.kind === "Name") {
        const value = translateExpr(ctx, stmt.value);
        const name = (stmt.targets[0] as py.Name).id;
        ctx.widen({ get type() { return info.fields.get(name) ?? T.never; }, set type(t) { info.fields.set(name, t); } }, value.type);
        info.classAttrs.add(name);
        if (onPrototype(ctx, info, name)) {
          const assign = f.exprStmt(f.assign(f.member(f.member(f.id(sym.tsName), "prototype"), memberName(name)), value.ir), stmt);
          const why = "Class attributes on the prototype: an instance's own value shadows them for that instance only, as in Python";
          prototypeAttrs.push({ ...assign, attached: "previous", comments: prototypeAttrs.length === 0 ? [why] : undefined });
          // A field the prototype holds is only declared: a defined field would shadow it with undefined.
          const type = info.fields.get(name) ?? T.never;
          if (!(info.base && inheritedField(info.base, name))) classAttrs.push({ kind: "Field", name: memberName(name), type: toTsType(type.t === "never" ? T.unknown : type), declare: true });
        } else classAttrs.push({ kind: "Field", name: memberName(name), init: value.ir, static: true, span: stmt });
      } else if (stmt.kind !== "Pass" && !(stmt.kind === "Expr" && stmt.value.kind === "Constant")) {
        ctx.report("TR2007", stmt, "only methods and simple class attributes are supported in a class body");
      }
    }
  });
  // Class attributes set only from outside the class (`Cls.extra = 1`) are declared for TypeScript.
  for (const name of info.classAttrs) {
    if (s.body.some((b) => b.kind === "Assign" && b.targets.some((t) => t.kind === "Name" && t.id === name))) continue;
    const type = toTsType(info.fields.get(name)?.t === "never" || !info.fields.get(name) ? T.unknown : info.fields.get(name)!);
    if (onPrototype(ctx, info, name)) classAttrs.push({ kind: "Field", name: memberName(name), type, declare: true });
    else classAttrs.push({ kind: "Field", name: memberName(name), type, static: true });
  }
  st.comments.takeBefore(s.end);
  // A class renamed in TypeScript (`Future` beside the runtime's Future) keeps its Python name for printing.
  if (sym.tsName !== s.name) classAttrs.unshift({ kind: "Field", name: "pythonName", init: f.str(s.name), static: true });
  const instanceFields = [...info.fields.entries()]
    .filter(([name]) => info.instanceAttrs.has(name) && !(info.base && inheritedField(info.base, name)))
    .filter(([name]) => !(info.classAttrs.has(name) && onPrototype(ctx, info, name)))
    .map(([name, type]): ir.ClassField => {
      const tsType = toTsType(type.t === "never" ? T.unknown : type);
      if (assignedInInit(s, name)) return { kind: "Field", name: memberName(name), type: tsType };
      if (!mayBeUnsetByDesign(info)) return { kind: "Field", name: memberName(name), type: tsType, definite: true };
      if (!info.maybeUnset.has(name)) {
        info.maybeUnset.add(name);
        ctx.changed = true;
      }
      // Declared only: an instance has no such property until one is assigned, as in Python.
      return { kind: "Field", name: memberName(name), type: tsType, declare: true };
    });
  // The members' values, typed for TypeScript (the runtime's PyEnum holds an unknown).
  const enumValue = info.enum === "Enum" ? info.fields.get("value") : undefined;
  if (enumValue && enumValue.t !== "never") classAttrs.push({ kind: "Field", name: "value", type: toTsType(enumValue), declare: true, readonly: true });
  if (dataclass) {
    ctx.note(dataclass.kind === "namedtuple" ? "namedTuple" : "dataclass", dataclass.decorator);
    members.push(...dataclassMethods(ctx, dataclass, info, new Set(info.methods.keys())));
  }
  members.push(...iterationProtocol(members));
  return [...hoistedDefaults, { kind: "ClassDecl", name: sym.tsName, extends: extendsExpr, members: [...classAttrs, ...instanceFields, ...members], span: s }, ...prototypeAttrs];
}

/**
 * `for x in obj`, `list(obj)`, `sum(obj)` ask Python's `__iter__`, JavaScript's for-of and spread ask
 * `[Symbol.iterator]`: a class whose `__iter__` is a generator gets the second, calling the first (an async
 * generator `__aiter__` and `for await` likewise), so both protocols give the same iterator.
 */
function iterationProtocol(members: readonly (ir.ClassField | ir.ClassMethod)[]): ir.ClassMethod[] {
  const protocols = [
    ["__iter__", "[Symbol.iterator]"],
    ["__aiter__", "[Symbol.asyncIterator]"],
  ] as const;
  return protocols.flatMap(([python, js]): ir.ClassMethod[] => {
    const own = members.find((m): m is ir.ClassMethod => m.kind === "Method" && m.name === python && m.static !== true);
    // Only a generator method is a JavaScript iterator as it is (`__iter__` returning self with `__next__` is not).
    if (!own || own.generator !== true || (python === "__aiter__") !== (own.async === true) || members.some((m) => m.name === js)) return [];
    return [{ kind: "Method", name: js, params: [], returns: own.returns, body: [f.ret(f.call(f.member(f.id("this"), python), []))] }];
  });
}

/**
 * The bases that exist at run time (`Generic[T]` and `Protocol` only type the program). `object`, written out in
 * Python 2 style (`class Reader(object):`), is every class's base already: a JavaScript class needs no `extends`.
 */
function classBases(ctx: TranslationContext, s: py.ClassDef): py.Expr[] {
  return s.bases.filter((b) => !isTypeOnlyBase(ctx, b) && !(b.kind === "Name" && b.id === "object" && !ctx.lookup(b.id)));
}

function inheritedField(cls: ClassInfo, name: string): boolean {
  for (let c: ClassInfo | null = cls; c; c = c.base) if (c.fields.has(name)) return true;
  return false;
}

/** Dataclasses, named tuples and enums set their fields in the `__init__` they are given. */
function mayBeUnsetByDesign(info: ClassInfo): boolean {
  return info.dataclass !== true && info.namedTuple === undefined && info.frozen !== true && info.enum === undefined;
}

function assignedInInit(s: py.ClassDef, name: string): boolean {
  const init = s.body.find((b): b is py.FunctionDef => b.kind === "FunctionDef" && b.name === "__init__");
  if (!init) return false;
  const isField = (t: py.Expr) => t.kind === "Attribute" && t.attr === name && t.value.kind === "Name" && t.value.id === "self";
  return init.body.some((b) => (b.kind === "Assign" && b.targets.some(isField)) || (b.kind === "AnnAssign" && b.value !== null && isField(b.target)));
}

function baseClass(ctx: TranslationContext, e: py.Expr): ir.Expr {
  if (e.kind === "Name" && !ctx.lookup(e.id) && isBuiltinExceptionName(e.id)) {
    ctx.note("exceptions", e);
    return ctx.helper(exceptionTsName(e.id));
  }
  return translateExpr(ctx, e).ir;
}

/** A method; the defaults it evaluates once (see translateParams) are declared in `before`, ahead of the class. */
function method(ctx: TranslationContext, st: StatementState, cls: ClassInfo, s: py.FunctionDef, before: ir.Stmt[]): ir.ClassMethod {
  const builtin = (d: py.Expr, name: string) => d.kind === "Name" && d.id === name && !ctx.lookup(name);
  const isStatic = s.decorator_list.some((d) => builtin(d, "staticmethod"));
  const isClassMethod = s.decorator_list.some((d) => builtin(d, "classmethod")) && s.args.args.length > 0;
  const accessor = accessorOf(ctx, cls, s);
  const cached = accessor === "get" && isCachedProperty(ctx, s.decorator_list[0]!);
  for (const d of s.decorator_list) {
    if (!builtin(d, "staticmethod") && !(builtin(d, "classmethod") && isClassMethod) && !(accessor && s.decorator_list.length === 1)) ctx.report("TR2007", d, `the decorator \`@${ctx.text(d)}\` is not supported`);
  }
  const tsName = memberName(s.name);
  const info = functionInfo(ctx, s, tsName);
  if (isStatic || isClassMethod) info.binding = isStatic ? "static" : "class";
  if (accessor === "get") {
    const existing = cls.properties.get(s.name);
    if (!existing || existing.getter !== info) cls.properties.set(s.name, { getter: info, setter: existing?.setter ?? null, ...(cached ? { cached } : {}) });
  } else if (accessor === "set") {
    const property = cls.properties.get(s.name);
    if (property) property.setter = info;
  } else cls.methods.set(s.name, info);
  return ctx.inScope(s, () => {
    const self = info.params[0];
    if (self && !isStatic) {
      // `self` is `this`: its symbol is renamed so every use prints as `this`.
      // The symbol is kept across passes: what the method assigns to `self` widens it like any variable.
      const table = ctx.symbols.get(ctx.scope)!;
      // A classmethod's `cls` is the class: `this` in a static method, so `cls(...)` is `new this(...)`.
      if (table.get(self.pyName)?.tsName !== "this") table.set(self.pyName, { pyName: self.pyName, tsName: "this", type: isClassMethod ? { t: "class", cls } : { t: "instance", cls }, kind: "param" });
      (self as { sym: { tsName: string; type: import("./types").PyType } }).sym = table.get(self.pyName)!;
    }
    const { params, hoisted } = translateParams(ctx, s, info, !isStatic);
    before.push(...hoistedDeclarations(hoisted));
    st.loops.unshift("function");
    try {
      const { stmts, returns } = translateFunctionBody(ctx, s, info, () => translateBlock(ctx, st, s.body, s.end));
      const body = s.name === "__init__" ? withSuperCall(cls, params, stmts) : cached ? cachedBody(ctx, s.name, stmts) : stmts;
      return { kind: "Method", name: tsName, params, returns: s.name === "__init__" ? undefined : returns, body, async: info.isAsync, generator: info.isGenerator, static: isStatic || isClassMethod, ...(accessor ? { accessor } : {}), span: s };
    } finally {
      st.loops.shift();
    }
  });
}

/**
 * `@property` (or functools' `@cached_property`) over a plain method with only `self` is a getter; `@name.setter`
 * after it, taking the value, is its setter. JavaScript's accessors run on every read and write, as Python's properties do.
 */
function accessorOf(ctx: TranslationContext, cls: ClassInfo, s: py.FunctionDef): "get" | "set" | null {
  const [d] = s.decorator_list;
  if (s.decorator_list.length !== 1 || !d || s.kind !== "FunctionDef" || containsYield(s.body)) return null;
  const plain = s.args.posonlyargs.length === 0 && s.args.kwonlyargs.length === 0 && !s.args.vararg && !s.args.kwarg;
  if ((d.kind === "Name" && d.id === "property" && !ctx.lookup("property")) || isCachedProperty(ctx, d)) return plain && s.args.args.length === 1 ? "get" : null;
  const isSetter = d.kind === "Attribute" && d.attr === "setter" && d.value.kind === "Name" && d.value.id === s.name && cls.properties.has(s.name);
  return isSetter && plain && s.args.args.length === 2 && s.args.defaults.length === 0 ? "set" : null;
}

/**
 * `@cached_property`: the getter computes its value on the first read only, as functools stores it in the
 * instance's `__dict__` then; later reads give the same value without running the body.
 */
function cachedBody(ctx: TranslationContext, name: string, stmts: ir.Stmt[]): ir.Stmt[] {
  return [f.ret(ctx.callHelper("cachedProperty", [f.self(), f.str(name), f.arrow([], stmts)]))];
}

/** A derived class's constructor must call `super()` first in TypeScript. */
function withSuperCall(cls: ClassInfo, params: readonly ir.Param[], body: ir.Stmt[]): ir.Stmt[] {
  if (!cls.base && !cls.exceptionBase) return body;
  const callsSuper = body.some((s) => s.kind === "ExprStmt" && s.expr.kind === "Call" && s.expr.callee.kind === "Super");
  if (callsSuper) return body;
  // Python's BaseException keeps the constructor arguments as `args` even without super().__init__.
  const args = cls.exceptionBase ? params.map((p) => (p.rest ? f.spread(f.id(p.name as string)) : f.id(p.name as string))) : [];
  return [f.exprStmt(f.call(f.superRef(), args)), ...body];
}
