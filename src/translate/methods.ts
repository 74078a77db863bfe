/** Attribute access and method calls on strings, lists, dicts, sets, futures and user objects. */
import { nameTable } from "../core/nameTable";
import { namedTupleMake, namedTupleReplace } from "./namedTupleAccess";
import { keyForInts } from "./enums";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import { walk } from "./astWalk";
import type * as ir from "../ts/ir";
import { asyncioAttribute } from "./asyncioCalls";
import { translateBuiltinCall } from "./builtins";
import { asyncioMethodCall, asyncioObjectAttribute, asyncioObjectHasMethod } from "./asyncioObjects";
import { describedCallback, registerFunctions } from "./positions";
import { callFunction, callValue, positionalArgs } from "./calls";
import { referenceKey } from "./noneNarrowing";
import type { Typed, TranslationContext } from "./context";
import { deferredHelperCall } from "./coroutineArgs";
import { keepKind, markForComparison, withPythonKeys } from "./values";
import { exitStackMethodCall } from "./contextlib";
import { translateCallable, translateExpr, unsupported } from "./expressions";
import { descriptorArgs, strOf } from "./formatting";
import { translateLambda } from "./functions";
import { camelCase } from "./names";
import { jsMeaningfulMembers } from "./jsMembers";
import { namedAtRunTime } from "./decorators";
import { stdlibAttribute, stdlibMethodCall, stdlibValue } from "./stdlib/resolve";
import { T, elementOf, findMethod, join, toTsType, withoutNone, type ClassInfo, type ParamInfo, type PropertyInfo, type PyType } from "./types";


export function findProperty(cls: ClassInfo, name: string): PropertyInfo | null {
  for (let c: ClassInfo | null = cls; c; c = c.base) {
    const p = c.properties.get(name);
    if (p) return p;
  }
  return null;
}

export function findField(cls: ClassInfo, name: string): PyType | null {
  for (let c: ClassInfo | null = cls; c; c = c.base) {
    const t = c.fields.get(name);
    if (t) return t;
  }
  return null;
}

/**
 * A class attribute that an instance also assigns (`obj.attr = v`, `self.attr += 1`) or that a
 * subclass redefines lives on the prototype, set after the class: an instance's own value then
 * shadows it for that instance only, `self.attr` finds the subclass's value, and `Cls.attr = v`
 * (`Cls.prototype.attr = v`) changes it for every instance without its own, all as in Python.
 * Other class attributes stay static fields. Decided for the topmost class defining the attribute,
 * so a whole hierarchy agrees.
 */
export function onPrototype(ctx: TranslationContext, cls: ClassInfo, name: string): boolean {
  let root: ClassInfo | null = null;
  for (let c: ClassInfo | null = cls; c; c = c.base) if (c.classAttrs.has(name)) root = c;
  if (!root) return false;
  for (const c of ctx.classes.values()) {
    if (!descendsFrom(c, root)) continue;
    if (c.instanceAttrs.has(name) || (c !== root && c.classAttrs.has(name))) return true;
  }
  return false;
}

function descendsFrom(cls: ClassInfo | null, ancestor: ClassInfo): boolean {
  for (let c = cls; c; c = c.base) if (c === ancestor) return true;
  return false;
}

/** The member expression of a class attribute read or assigned through the class: `Cls.attr`, or `Cls.prototype.attr` when instances may shadow it. */
export function classAttributeMember(ctx: TranslationContext, cls: ClassInfo, object: ir.Expr, name: string, span?: py.NodeBase): ir.Expr {
  return f.member(onPrototype(ctx, cls, name) ? f.member(object, "prototype") : object, memberName(name), span);
}

function classAttributeOwner(cls: ClassInfo, name: string): ClassInfo | null {
  for (let c: ClassInfo | null = cls; c; c = c.base) {
    if (c.instanceAttrs.has(name)) return null;
    if (c.classAttrs.has(name)) return c;
  }
  return null;
}

/** An undefined name (`console` in `console.log(x)`): the NameError it raises is all that runs. */
export function raisesNameError(target: Typed): boolean {
  return target.type.t === "never" && target.ir.kind === "Call" && target.ir.callee.kind === "Ident" && target.ir.callee.name === "nameError";
}

/**
 * `type(obj)` before `.attr` (`type(self).count += 1`), where obj is an instance of a class of the
 * program: that class itself (`obj.constructor`), so its class attributes are read and set as on `Cls`.
 */
export function classOfInstance(ctx: TranslationContext, e: py.Expr): Typed | null {
  if (e.kind !== "Call" || e.func.kind !== "Name" || e.func.id !== "type" || ctx.lookup("type") || e.args.length !== 1 || e.keywords.length > 0) return null;
  const obj = translateExpr(ctx, e.args[0]!);
  if (obj.type.t !== "instance" || obj.type.cls.exceptionBase) return null;
  return { ir: f.asType(f.member(obj.ir, "constructor", e), f.tRef(`typeof ${obj.type.cls.tsName}`)), type: { t: "class", cls: obj.type.cls } };
}

/** A plain class (no exception base, no `__getattr__`) on which no pass has seen the attribute set, defined or read from a type object. */
function hasNoSuchAttribute(cls: ClassInfo, attr: string): boolean {
  if (/^__\w+__$/.test(attr)) return false;
  for (let c: ClassInfo | null = cls; c; c = c.base) {
    if (c.exceptionBase || c.methods.has("__getattr__") || c.methods.has("__getattribute__") || c.classAttrs.has(attr) || c.instanceAttrs.has(attr) || c.properties.has(attr)) return false;
  }
  return true;
}

/** The class (this one or a base) whose instances hold the field `name`. */
function fieldOwner(cls: ClassInfo, name: string): ClassInfo | null {
  for (let c: ClassInfo | null = cls; c; c = c.base) if (c.fields.has(name)) return c;
  return null;
}

export function attributeOf(ctx: TranslationContext, e: py.Attribute, known?: Typed): Typed {
  if (e.value.kind === "Name" && e.value.id === "str" && !ctx.lookup("str") && strMethods[e.attr]) {
    // `key=str.lower`: an unbound method is a function of the string.
    const call: py.Call = { kind: "Call", func: e, args: [], keywords: [], start: e.start, end: e.end };
    const body = strMethods[e.attr]!(ctx, call, { ir: f.id("s"), type: T.str }, T.str);
    return { ir: f.arrow([f.param("s", f.tKeyword("string"))], body.ir, { span: e }), type: { t: "callable", params: [T.str], result: body.type } };
  }
  const stdlib = known ? null : stdlibValue(ctx, e);
  if (stdlib) return stdlib;
  // `x.__class__` is `type(x)` for every value (`future.__class__` is `<class '_asyncio.Future'>`).
  if (e.attr === "__class__" && e.ctx === "Load" && !known) {
    const typeName: py.Name = { kind: "Name", id: "type", ctx: "Load", start: e.start, end: e.start };
    return translateBuiltinCall(ctx, "type", { kind: "Call", func: typeName, args: [e.value], keywords: [], start: e.start, end: e.end });
  }
  // `type(obj).count` reads the class attribute on obj's class; `type(obj).__name__` stays a type object's.
  const target = known ?? (/^__\w+__$/.test(e.attr) ? null : classOfInstance(ctx, e.value)) ?? translateExpr(ctx, e.value);
  const t = target.type;
  if (jsMeaningfulMembers.has(e.attr) && e.ctx === "Load" && !raisesNameError(target) && t.t !== "instance" && t.t !== "class" && t.t !== "never") {
    // No Python value but the program's own objects has an attribute of these names: AttributeError, as CPython raises it.
    if (t.t === "asyncio") return { ir: ctx.callHelper("attributeError", [f.id("undefined"), f.str(`module 'asyncio' has no attribute '${e.attr}'`)], e), type: T.never };
    return { ir: ctx.callHelper("pythonAttribute", [target.ir, f.str(e.attr)], e), type: T.unknown };
  }
  if (t.t === "asyncio") return asyncioAttribute(ctx, e.attr, e);
  if ((t.t === "instance" && t.cls.exceptionBase) || t.t === "exception") {
    if (e.attr === "args") return { ir: f.member(target.ir, "args", e), type: T.tupleOf(T.unknown) };
  }
  // `Color.__members__`: the members by name (a read-only mapping in CPython).
  if (t.t === "class" && t.cls.enum && e.attr === "__members__") return { ir: f.method(target.ir, "membersByName", [], e), type: T.dict(T.str, { t: "instance", cls: t.cls }) };
  if (t.t === "class" && (e.attr === "__name__" || e.attr === "__qualname__")) return { ir: ctx.callHelper("pythonClassName", [target.ir], e), type: T.str };
  if (t.t === "instance" && e.attr === "__class__") return { ir: ctx.callHelper("typeOf", [target.ir], e), type: T.type };
  const property = t.t === "instance" ? findProperty(t.cls, e.attr) : null;
  if (property) return { ir: f.member(target.ir, memberName(e.attr), e), type: property.getter.declaredReturn ?? property.getter.returns };
  if (t.t === "instance" || t.t === "class") {
    const field = findField(t.cls, e.attr);
    const method = findMethod(t.cls, e.attr);
    if (!field && !method && e.ctx === "Load" && hasNoSuchAttribute(t.cls, e.attr)) {
      // Python's AttributeError where it would raise it, never a JavaScript property of that name.
      const what = t.t === "class" ? `type object '${t.cls.pyName}'` : `'${t.cls.pyName}' object`;
      return { ir: ctx.callHelper("attributeError", [target.ir, f.str(`${what} has no attribute '${e.attr}'`)], e), type: T.never };
    }
    const type = field ?? (method ? { t: "function" as const, fn: method } : T.unknown);
    const owner = t.t === "instance" && !onPrototype(ctx, t.cls, e.attr) ? classAttributeOwner(t.cls, e.attr) : null;
    // A class attribute read through an instance lives on the class (a static field) in TypeScript.
    if (owner) return { ir: f.member(f.id(owner.tsName), memberName(e.attr), e), type };
    if (t.t === "class") return { ir: classAttributeMember(ctx, t.cls, target.ir, e.attr, e), type };
    if (e.ctx === "Load" && t.t === "instance" && fieldOwner(t.cls, e.attr)?.maybeUnset.has(e.attr)) {
      const key = memberName(e.attr);
      const args = [target.ir, f.str(key), ...(key === e.attr ? [] : [f.str(e.attr)])];
      return { ir: ctx.callHelper("checkedAttr", args, e), type };
    }
    return { ir: f.member(target.ir, memberName(e.attr), e), type };
  }
  if (t.t === "exception") {
    if (e.attr === "args") return { ir: f.member(target.ir, "args", e), type: T.tupleOf(T.unknown) };
    // sys.exit(n)'s status, as the exception carries it.
    if (e.attr === "code" && t.name === "SystemExit") return { ir: f.member(target.ir, "code", e), type: T.unknown };
    // A group's own attributes: a value known only as some exception is cast to a group first.
    const group = isGroupType(t) ? target.ir : f.asType(target.ir, f.tRef("BaseExceptionGroup"));
    if (e.attr === "message") return { ir: f.member(group, "message", e), type: T.str };
    if (e.attr === "exceptions") return { ir: f.member(group, "exceptions", e), type: T.tupleOf(T.exception("BaseException")) };
    if (e.attr === "__cause__" || e.attr === "__context__") return { ir: f.member(target.ir, e.attr, e), type: join(T.exception("BaseException"), T.none) };
  }
  if ((t.t === "future" || t.t === "task") && e.attr === "_state") return { ir: f.member(target.ir, "_state", e), type: T.str };
  if ((t.t === "future" || t.t === "task") && futureMethods[e.attr]) return boundFutureMethod(ctx, e, target, t);
  if (t.t === "object") {
    const fromStdlib = stdlibAttribute(ctx, e, target);
    if (fromStdlib) return fromStdlib;
    const known = asyncioObjectAttribute(t.cls, e.attr);
    // CPython's private state (`q._unfinished_tasks`, `ev._waiters`) has no counterpart in the runtime's classes.
    if (!known && asyncioObjectHasMethod(t.cls, e.attr)) return { ir: f.member(target.ir, camelCase(e.attr), e), type: T.unknown };
    if (!known) return unsupported(ctx, e, `the attribute \`.${e.attr}\` of ${objectDescription[t.cls] ?? `an asyncio ${t.cls}`}`);
    return { ir: f.member(target.ir, known.ts, e), type: known.type };
  }
  if (e.attr === "__name__" && (t.t === "type" || t.t === "exceptionClass")) return { ir: f.member(target.ir, "__name__", e), type: T.str };
  const nonNone = withoutNone(t);
  if (t.t === "union" && nonNone.t !== "union") {
    // `x.attr` where x may be None: Python raises AttributeError for None, which `notNone` raises too.
    return attributeOf(ctx, { ...e, value: e.value }, { ir: checkedNotNone(ctx, e.value, target.ir, e.attr), type: nonNone });
  }
  if (e.attr === "__name__" && namedAtRunTime(t)) {
    // A wrapper named by functools.wraps, or any of several functions: the value knows its name.
    if (t.t === "union") registerFunctions(ctx, t);
    return { ir: ctx.callHelper("functionName", [target.ir], e), type: T.str };
  }
  if (e.attr === "__name__" && t.t === "function") return { ir: f.str(t.fn.pyName, e), type: T.str };
  // Nothing says what the value is, or it may be one of several kinds (`m()` of classes and functions): looked up when the program runs.
  if (t.t === "unknown" || t.t === "union") return { ir: ctx.callHelper("attributeOfUnknown", [target.ir, f.str(e.attr), f.str(memberName(e.attr))], e), type: T.unknown };
  if (raisesNameError(target)) return target;
  if (t.t === "never") {
    ctx.report("TR2002", e, `the attribute \`.${e.attr}\` of a value of unknown type is not supported`);
    return { ir: f.member(target.ir, e.attr, e), type: T.never };
  }
  return unsupported(ctx, e, `the attribute \`.${e.attr}\` of a ${t.t} value`);
}

/**
 * A function passed to be called later (a done-callback, `loop.call_soon(f, ...)`): the parameters that
 * receive the arguments, and the value to pass. A method of an object, `tracker.on_done`, would lose its
 * `this` in JavaScript, so it becomes `(fut) => tracker.onDone(fut)`.
 */
export function callbackValue(node: py.Expr, value: Typed): { readonly ir: ir.Expr; readonly params: readonly ParamInfo[] } {
  if (value.type.t !== "function") return { ir: value.ir, params: [] };
  const params = value.type.fn.params;
  if (node.kind !== "Attribute" || params[0]?.sym.tsName !== "this") return { ir: value.ir, params };
  const rest = params.slice(1).filter((p) => p.form === "positional" || p.form === "vararg");
  const arrowParams = rest.map((p) => ({ ...f.param(p.sym.tsName), rest: p.form === "vararg" }));
  const args = rest.map((p) => (p.form === "vararg" ? f.spread(f.id(p.sym.tsName)) : f.id(p.sym.tsName)));
  const member = value.ir;
  if (member.kind === "Member" && member.object.kind !== "Ident" && member.object.kind !== "This") {
    // `Reporter("x").report` makes its object once, where Python evaluates the bound method, not at each call.
    const self = f.id("self_");
    // No contextual type reaches through the call, so the parameters carry theirs.
    const typedParams = rest.map((p) => ({ ...f.param(p.sym.tsName, toTsType(p.form === "vararg" ? p.sym.type : (p.declared ?? p.sym.type))), rest: p.form === "vararg" }));
    const inner = f.arrow(typedParams, f.call(f.member(self, member.property), args));
    return { ir: f.call(f.arrow([f.param("self_")], inner), [member.object], node), params: params.slice(1) };
  }
  return { ir: f.arrow(arrowParams, f.call(value.ir, args), { span: node }), params: params.slice(1) };
}

/** The parameters of a function called later take the types of the arguments it will get, as in a direct call. */
export function widenCallbackParams(ctx: TranslationContext, callbackParams: readonly ParamInfo[], argTypes: readonly PyType[]): void {
  const params = callbackParams.filter((p) => p.form === "positional" || p.form === "vararg");
  argTypes.forEach((type, i) => {
    const param = params.find((p, k) => k === i && p.form === "positional") ?? params.find((p) => p.form === "vararg");
    if (!param || param.declared) return;
    ctx.widen(param.sym, param.form === "vararg" ? T.tupleOf(type) : type);
  });
}

/**
 * `loop.call_later(1, fut.set_result, 42)`: a bound method is a function of the remaining arguments,
 * `(value: number) => fut.setResult(value)`; set_result takes the future's result type.
 */
function boundFutureMethod(ctx: TranslationContext, e: py.Attribute, target: Typed, t: { readonly result: PyType }): Typed {
  const method = f.member(target.ir, camelCase(e.attr));
  const takesValue = e.attr === "set_result" || e.attr === "set_exception";
  if (!takesValue) return { ir: f.arrow([], f.call(method, []), { span: e }), type: { t: "callable", params: [], result: T.unknown } };
  const value = ctx.unique("value");
  const known = e.attr === "set_exception" || (t.result.t !== "never" && t.result.t !== "unknown");
  const paramType = e.attr === "set_exception" ? T.unknown : t.result;
  if (known) return { ir: f.arrow([f.param(value, toTsType(paramType))], f.call(method, [f.id(value)]), { span: e }), type: { t: "callable", params: [paramType], result: T.none } };
  // Nothing known about what the future holds: the value passes through as is.
  const untyped = f.member(f.asType(target.ir, f.tRef("Future", f.tKeyword("unknown"))), camelCase(e.attr));
  return { ir: f.arrow([f.param(value, f.tKeyword("unknown"))], f.call(untyped, [f.id(value)]), { span: e }), type: { t: "callable", params: [T.unknown], result: T.none } };
}

function isGroupType(t: PyType): boolean {
  return t.t === "exception" && (t.name === "ExceptionGroup" || t.name === "BaseExceptionGroup");
}

/** A Python attribute or method name in a class: `__str__` is `toString`, dunders stay, the rest is camelCase. */
export function memberName(pyName: string): string {
  if (pyName === "__init__") return "constructor";
  if (pyName === "__str__") return "toString";
  const name = /^__\w+__$/.test(pyName) ? pyName : camelCase(pyName);
  return jsMeaningfulMembers.has(name) ? `${name}_` : name;
}

export function translateMethodCall(ctx: TranslationContext, e: py.Call, func: py.Attribute): Typed {
  if (func.value.kind === "Call" && func.value.func.kind === "Name" && func.value.func.id === "super") return superCall(ctx, e, func);
  let target = translateExpr(ctx, func.value);
  if (raisesNameError(target)) return target;
  if (target.type.t === "union" && !target.type.types.some((m) => m.t === "str")) {
    // `x.method()` where x may be None (`lock = None` until set): Python raises AttributeError for None.
    const nonNone = withoutNone(target.type);
    if (nonNone.t !== "union") target = { ir: checkedNotNone(ctx, func.value, target.ir, func.attr), type: nonNone };
  }
  const t = target.type;
  if (t.t === "instance" || t.t === "class") {
    const called = namedTupleReplace(ctx, e, func, target) ?? namedTupleMake(ctx, e, func, target) ?? classMemberCall(ctx, e, func, target, t.cls, t.t === "class");
    if (called) return called;
    // `self.callback(...)`: an attribute that holds a function is called as the function it holds.
    const field = t.t === "instance" ? findField(t.cls, func.attr) : undefined;
    if (field && holdsCallable(field)) return callValue(ctx, e, translateExpr(ctx, func));
  }
  if (t.t === "object") {
    const call = t.cls === "AsyncExitStack" ? exitStackMethodCall(ctx, e, func, target) : asyncioMethodCall(ctx, e, func, target, t);
    if (call) return call;
  }
  if (t.t === "dict" && t.cls) {
    // Counter.update adds counts where dict.update replaces them: the subclass's methods come first.
    const own = stdlibMethodCall(ctx, e, func, target);
    if (own) return own;
  }
  // A value that is a str among other types: its str methods are what the program calls.
  const strLike = t.t === "union" && t.types.some((m) => m.t === "str") && strMethods[func.attr] !== undefined;
  const generatorRule = t.t === "asyncGenerator" ? asyncGeneratorMethods[func.attr] : undefined;
  if (generatorRule) return generatorRule(ctx, e, target, t);
  const groupRule = t.t === "exception" ? exceptionGroupMethods[func.attr] : undefined;
  if (groupRule) return groupRule(ctx, e, target, t);
  const asFuture = futureOfUnion(t, func.attr);
  if (asFuture) return futureMethods[func.attr]!(ctx, e, target, asFuture);
  const family = t.t === "str" || strLike ? strMethods : t.t === "list" ? listMethods : t.t === "dict" ? dictMethods : t.t === "set" ? setMethods : t.t === "future" || t.t === "task" ? futureMethods : undefined;
  const rule = family?.[func.attr];
  if (!rule) {
    // A value some standard-library module made (a Random, a deque, a Counter typed as a dict...).
    const stdlib = stdlibMethodCall(ctx, e, func, target);
    if (stdlib) return stdlib;
    if (t.t === "unknown" && floatOnlyMethods.has(func.attr) && ![...ctx.classes.values()].some((c) => c.methods.has(func.attr))) {
      // Only a float has it here (no class of the program does), and float methods are not translated: said, not a JS TypeError.
      ctx.report("TR2005", func, `the method \`.${func.attr}()\` of float is not supported`);
      return { ir: f.id("undefined"), type: T.unknown };
    }
    if (t.t === "unknown" || t.t === "union") {
      // Nothing says what the value is, or it may be one of several kinds: Python's lookup, done at run time.
      const args = positionalArgs(ctx, e);
      return { ir: ctx.callHelper("callMethodOfUnknown", [target.ir, f.str(func.attr), f.str(memberName(func.attr)), ...args.map((a) => a.ir)], e), type: T.unknown };
    }
    ctx.report("TR2005", func, `the method \`.${func.attr}()\` of ${t.t === "never" ? "a value of unknown type" : t.t} is not supported`);
    return { ir: f.id("undefined"), type: t.t === "never" ? T.never : T.unknown };
  }
  return rule(ctx, e, target, t);
}

const floatOnlyMethods = new Set(["is_integer", "as_integer_ratio", "hex", "conjugate"]);

/**
 * `obj.m()`, `Cls.m()`: a method of the program's class. Static methods and classmethods live on the class in
 * TypeScript (an instance has none), so they are called on the class (the instance's, as far as it is known here), with no first argument
 * (a classmethod's `cls` is `this` there). A plain method called on the class is not supported.
 */
function classMemberCall(ctx: TranslationContext, e: py.Call, func: py.Attribute, target: Typed, cls: ClassInfo, onClass: boolean): Typed | null {
  const method = findMethod(cls, func.attr);
  if (!method) return null;
  if (!method.binding) {
    if (!onClass) return callFunction(ctx, method, f.member(target.ir, memberName(func.attr), func), e, 1);
    return unsupported(ctx, func, `calling the method \`${cls.pyName}.${func.attr}()\` on the class (with the instance as first argument)`);
  }
  // Static members are inherited in TypeScript, and `this` in them is the class called on, as Python's `cls`;
  // through an instance that may be of a subclass, it is the instance's own class.
  const instanceClass = hasSubclass(ctx, cls) ? f.asType(f.member(target.ir, "constructor"), f.tRef(`typeof ${cls.tsName}`)) : f.id(cls.tsName);
  const holder = onClass ? target.ir : instanceClass;
  return callFunction(ctx, method, f.member(holder, memberName(func.attr), func), e, method.binding === "class" ? 1 : 0);
}

/** Whether the program derives a class from `cls` (read from the source, so every pass agrees). */
function hasSubclass(ctx: TranslationContext, cls: ClassInfo): boolean {
  let bases = baseNamesByModule.get(ctx.module);
  if (!bases) {
    const found = new Set<string>();
    walk(ctx.module, (node) => {
      if (node.kind === "ClassDef") for (const b of (node as py.ClassDef).bases) if (b.kind === "Name") found.add(b.id);
    });
    baseNamesByModule.set(ctx.module, found);
    bases = found;
  }
  return bases.has(cls.pyName);
}

/** The names classes of a module derive from, read once per module (every static-method call asks). */
const baseNamesByModule = new WeakMap<py.Module, ReadonlySet<string>>();

function superCall(ctx: TranslationContext, e: py.Call, func: py.Attribute): Typed {
  const callee = f.member(f.superRef(), memberName(func.attr));
  // `super().m(...)` in a method: the base class's method, when the translator knows it, gives the type.
  const base = enclosingClass(ctx)?.base;
  const method = func.attr !== "__init__" && base ? findMethod(base, func.attr) : null;
  if (method) return callFunction(ctx, method, callee, e, 1);
  const args = positionalArgs(ctx, e).map((a) => a.ir);
  if (func.attr === "__init__") return { ir: f.call(f.superRef(), args, e), type: T.none };
  return { ir: f.call(callee, args, e), type: T.unknown };
}

/** The class of the method being translated (the type of its `self`), if any. */
function enclosingClass(ctx: TranslationContext): ClassInfo | null {
  const scope = ctx.enclosingFunction();
  const info = scope ? ctx.functions.get(scope.node as py.FunctionDef) : undefined;
  const self = info?.params[0]?.sym.type;
  return self?.t === "instance" ? self.cls : null;
}

/** How a refusal names a runtime object that is not asyncio's. */
const objectDescription: Readonly<Record<string, string>> = nameTable({
  PyDeque: "a deque",
  ContextVar: "a contextvars ContextVar",
  ContextToken: "a contextvars Token",
  PyContext: "a contextvars Context",
  PyLogger: "a logging Logger",
  PyRandom: "a random.Random",
});

type MethodRule = (ctx: TranslationContext, e: py.Call, target: Typed, type: PyType) => Typed;

function args(ctx: TranslationContext, e: py.Call): ir.Expr[] {
  return positionalArgs(ctx, e).map((a) => a.ir);
}

const jsMethod = (name: string, result: (t: PyType) => PyType): MethodRule => (ctx, e, target, t) => ({
  ir: f.method(target.ir, name, args(ctx, e), e),
  type: result(t),
});
const helperMethod = (name: string, result: (t: PyType) => PyType): MethodRule => (ctx, e, target, t) => ({
  ir: ctx.callHelper(name, [target.ir, ...args(ctx, e)], e),
  type: result(t),
});
/** `xs.index(x)`, `xs.count(x)`, `xs.remove(x)` compare with `==`: a tuple looked for among lists and tuples is marked. */
const searchMethod = (name: string, result: (t: PyType) => PyType): MethodRule => (ctx, e, target, t) => ({
  ir: ctx.callHelper(name, [target.ir, ...positionalArgs(ctx, e).map((a, i) => (i === 0 ? markForComparison(ctx, a, elementOf(t)) : a.ir))], e),
  type: result(t),
});
const str = () => T.str;
const bool = () => T.bool;
const int = () => T.int;
const none = () => T.none;

/** `s.endswith(("a", "b"))` tests each: `["a", "b"].some((suffix) => s.endsWith(suffix))`. */
function affix(name: "startsWith" | "endsWith"): MethodRule {
  return (ctx, e, target) => {
    const [arg] = e.args;
    if (arg?.kind === "Tuple") {
      const item = name === "endsWith" ? "suffix" : "prefix";
      const options = arg.elts.map((x) => translateExpr(ctx, x).ir);
      return { ir: f.method(f.array(options), "some", [f.arrow([f.param(item)], f.method(target.ir, name, [f.id(item)]))], e), type: T.bool };
    }
    return jsMethod(name, bool)(ctx, e, target, T.str);
  };
}

const strMethods: Record<string, MethodRule> = nameTable({
  upper: jsMethod("toUpperCase", str),
  lower: jsMethod("toLowerCase", str),
  startswith: affix("startsWith"),
  endswith: affix("endsWith"),
  // One argument is JavaScript's indexOf; a start or an end are Python's slice bounds.
  find: (ctx, e, target, t) => (e.args.length === 1 ? jsMethod("indexOf", int) : helperMethod("strFind", int))(ctx, e, target, t),
  rfind: helperMethod("strRfind", int),
  index: helperMethod("strIndex", int),
  rindex: helperMethod("strRindex", int),
  replace(ctx, e, target) {
    // `replace(old, new, 1)` is JavaScript's `replace`; without a count every occurrence goes.
    const [old, replacement, count] = positionalArgs(ctx, e);
    if (!old || !replacement) return unsupported(ctx, e, "replace() without two arguments");
    if (!count) return { ir: f.method(target.ir, "replaceAll", [old.ir, replacement.ir], e), type: T.str };
    if (e.args[2]?.kind === "Constant" && e.args[2].value === 1n) return { ir: f.method(target.ir, "replace", [old.ir, replacement.ir], e), type: T.str };
    return { ir: ctx.callHelper("replaceCount", [target.ir, old.ir, replacement.ir, count.ir], e), type: T.str };
  },
  strip: (ctx, e, target) => (e.args.length === 0 ? { ir: f.method(target.ir, "trim", [], e), type: T.str } : helperMethod("strip", str)(ctx, e, target, T.str)),
  lstrip: (ctx, e, target) => (e.args.length === 0 ? { ir: f.method(target.ir, "trimStart", [], e), type: T.str } : helperMethod("lstrip", str)(ctx, e, target, T.str)),
  rstrip: (ctx, e, target) => (e.args.length === 0 ? { ir: f.method(target.ir, "trimEnd", [], e), type: T.str } : helperMethod("rstrip", str)(ctx, e, target, T.str)),
  split: helperMethod("split", () => T.list(T.str)),
  rsplit: helperMethod("rsplit", () => T.list(T.str)),
  splitlines: helperMethod("splitlines", () => T.list(T.str)),
  count: helperMethod("count", int),
  title: helperMethod("title", str),
  capitalize: helperMethod("capitalize", str),
  zfill: helperMethod("zfill", str),
  center: helperMethod("center", str),
  ljust: helperMethod("ljust", str),
  rjust: helperMethod("rjust", str),
  isdigit: helperMethod("isdigit", bool),
  isalpha: helperMethod("isalpha", bool),
  isupper: helperMethod("isupper", bool),
  islower: helperMethod("islower", bool),
  isspace: helperMethod("isspace", bool),
  join(ctx, e, target) {
    const [items] = positionalArgs(ctx, e);
    if (!items) return unsupported(ctx, e, "join() without an argument");
    const elem = elementOf(items.type);
    const array = items.type.t === "list" || items.type.t === "tuple" ? items.ir : f.array([f.spread(items.ir)]);
    const strings = elem.t === "str" ? array : f.method(array, "map", [f.arrow([f.param("item")], strOf(ctx, { ir: f.id("item"), type: elem }, e))]);
    return { ir: f.method(strings, "join", [target.ir], e), type: T.str };
  },
  format(ctx, e, target) {
    const unpacked = e.keywords.find((k) => k.arg === null);
    if (unpacked) ctx.report("TR2006", unpacked, "keyword argument `**` is not supported in this call");
    const positional = positionalArgs(ctx, { ...e, keywords: [] });
    const keywords = e.keywords.filter((k) => k.arg !== null).map((k) => ({ key: k.arg!, node: k.value, value: translateExpr(ctx, k.value) }));
    // The Python type of each value where the run time cannot tell (a whole float, a tuple), as print and f-strings pass it.
    const typeOf = (value: Typed, node: py.NodeBase): ir.Expr | undefined => descriptorArgs(ctx, value.type, node)[0];
    const types = positional.map((a, i) => typeOf(a, e.args[i]!));
    const keywordTypes = keywords.flatMap((k) => {
      const type = typeOf(k.value, k.node);
      return type ? [{ key: k.key, value: type }] : [];
    });
    const starred = e.args.findIndex((a) => a.kind === "Starred");
    if (starred >= 0 && types.some((t) => t !== undefined)) {
      ctx.report("TR2006", e.args[starred]!, "`*` in str.format() with values whose Python type must be known to print them (floats, tuples) is not supported: pass the values one by one");
    }
    const args: ir.Expr[] = [target.ir, f.array(positional.map((a) => a.ir))];
    if (keywords.length > 0 || keywordTypes.length > 0 || types.some((t) => t !== undefined)) {
      args.push(keywords.length ? f.newExpr("Map", [f.array(keywords.map((k) => f.array([f.str(k.key), k.value.ir])))], undefined, [f.tKeyword("string"), f.tKeyword("unknown")]) : f.object([]));
    }
    if (types.some((t) => t !== undefined)) args.push(f.array(types.map((t) => t ?? f.id("undefined"))));
    if (keywordTypes.length > 0) {
      if (!types.some((t) => t !== undefined)) args.push(f.array([]));
      args.push(f.object(keywordTypes));
    }
    return { ir: ctx.callHelper("formatStr", args, e), type: T.str };
  },
});

const listMethods: Record<string, MethodRule> = nameTable({
  append(ctx, e, target, t) {
    const [x] = positionalArgs(ctx, e);
    widenElement(ctx, e.func, x?.type ?? T.unknown);
    return { ir: f.method(target.ir, "push", x ? [keepKind(ctx, x, elementOf(t), e.args[0]!)] : [], e), type: T.none };
  },
  extend(ctx, e, target) {
    const [x] = positionalArgs(ctx, e);
    widenElement(ctx, e.func, x ? elementOf(x.type) : T.unknown);
    return { ir: f.method(target.ir, "push", x ? [f.spread(x.ir)] : [], e), type: T.none };
  },
  insert(ctx, e, target, t) {
    const [i, x] = positionalArgs(ctx, e);
    widenElement(ctx, e.func, x?.type ?? T.unknown);
    return { ir: f.method(target.ir, "splice", [i?.ir ?? f.num(0), f.num(0), x ? keepKind(ctx, x, elementOf(t), e.args[1]!) : f.undef()], e), type: T.none };
  },
  pop: helperMethod("listPop", (t) => elementOf(t)),
  remove: searchMethod("listRemove", none),
  index: searchMethod("listIndex", int),
  count: searchMethod("count", int),
  reverse: jsMethod("reverse", none),
  copy: (_ctx, e, target, t) => ({ ir: f.array([f.spread(target.ir)], e), type: t }),
  clear: (_ctx, e, target) => ({ ir: f.assign(f.member(target.ir, "length"), f.num(0), "=", e), type: T.none }),
  sort(ctx, e, target, t) {
    const props: { key: string; value: ir.Expr }[] = [];
    for (const kw of e.keywords) {
      const value = kw.value.kind === "Lambda" ? translateLambda(ctx, kw.value, [elementOf(t)]) : kw.arg === "key" ? translateCallable(ctx, kw.value) : translateExpr(ctx, kw.value);
      if (kw.arg === "key" || kw.arg === "reverse") props.push({ key: kw.arg, value: value.ir });
    }
    return { ir: ctx.callHelper("listSort", [target.ir, ...(props.length ? [f.object(props)] : [])], e), type: T.none };
  },
});

const dictMethods: Record<string, MethodRule> = nameTable({
  get(ctx, e, target, t) {
    const [given, d] = positionalArgs(ctx, e);
    const k = given && t.t === "dict" ? keyForInts(t.key, given) : given;
    const value = t.t === "dict" ? t.value : T.unknown;
    const lookup = f.method(target.ir, "get", [k?.ir ?? f.undef()], e);
    if (!d) return { ir: f.bin("??", lookup, f.nil()), type: join(value, T.none) };
    return { ir: f.bin("??", lookup, d.ir, e), type: join(value, d.type) };
  },
  keys: (_ctx, e, target, t) => ({ ir: f.array([f.spread(f.method(target.ir, "keys", []))], e), type: T.list(t.t === "dict" ? t.key : T.unknown) }),
  values: (_ctx, e, target, t) => ({ ir: f.array([f.spread(f.method(target.ir, "values", []))], e), type: T.list(t.t === "dict" ? t.value : T.unknown) }),
  items: (_ctx, e, target, t) => ({ ir: f.array([f.spread(target.ir)], e), type: T.list(t.t === "dict" ? T.tuple([t.key, t.value]) : T.unknown) }),
  setdefault(ctx, e, target, t) {
    const [key, fallback] = positionalArgs(ctx, e);
    if (e.func.kind === "Attribute" && e.func.value.kind === "Name" && key) {
      const sym = ctx.lookup(e.func.value.id);
      if (sym?.type.t === "dict") ctx.widen(sym, T.dict(key.type, fallback?.type ?? T.none));
    }
    const value = t.t === "dict" ? t.value : T.unknown;
    return { ir: ctx.callHelper("setDefault", [target.ir, ...(key ? [key.ir] : []), ...(fallback ? [fallback.ir] : [])], e), type: value };
  },
  pop: helperMethod("dictPop", (t) => (t.t === "dict" ? t.value : T.unknown)),
  update(ctx, e, target) {
    // `d.update(other)` and `d.update(key=value)`: keywords become a Map of string keys.
    const positional = positionalArgs(ctx, { ...e, keywords: [] }).map((a) => a.ir);
    const entries = e.keywords.filter((k) => k.arg !== null).map((k) => f.array([f.str(k.arg!), translateExpr(ctx, k.value).ir]));
    const extra = entries.length ? [f.newExpr("Map", [f.array(entries)])] : [];
    return { ir: ctx.callHelper("dictUpdate", [target.ir, ...positional, ...extra], e), type: T.none };
  },
  copy: (ctx, e, target, t) => ({ ir: withPythonKeys(ctx, f.newExpr("Map", [target.ir], e), t), type: t }),
  clear: jsMethod("clear", none),
});

const setMethods: Record<string, MethodRule> = nameTable({
  add(ctx, e, target, t) {
    const [x] = positionalArgs(ctx, e);
    widenElement(ctx, e.func, x?.type ?? T.unknown);
    return { ir: f.method(target.ir, "add", x ? [keepKind(ctx, x, elementOf(t), e.args[0]!)] : [], e), type: T.none };
  },
  discard: jsMethod("delete", none),
  remove: helperMethod("setRemove", none),
  clear: jsMethod("clear", none),
  pop(ctx, e, target, t) {
    // Which member CPython pops is its set order's first: the same only while the set has one member.
    if (t.t === "set") ctx.report("TR3001", e, `set.pop() removes the first member in CPython's order of the set (${t.elem.t === "task" || t.elem.t === "future" ? "for tasks and futures, their memory addresses" : "its hash table's"}): with more than one member it may remove another one than here`);
    return { ir: ctx.callHelper("setPop", [target.ir], e), type: elementOf(t) };
  },
});

/** eg.split(cond), eg.subgroup(cond), eg.derive(excs): cond is a class, a tuple of classes or a predicate. */
const exceptionGroupMethods: Record<string, MethodRule> = nameTable({
  split: groupMethod("split", T.tuple([join(T.exception("BaseExceptionGroup"), T.none), join(T.exception("BaseExceptionGroup"), T.none)])),
  subgroup: groupMethod("subgroup", join(T.exception("BaseExceptionGroup"), T.none)),
  derive: groupMethod("derive", T.exception("BaseExceptionGroup")),
});

function groupMethod(name: string, result: PyType): MethodRule {
  return (ctx, e, target, t) => {
    ctx.note("exceptionGroup", e);
    ctx.note("aggregateError", e);
    const [arg] = e.args;
    const condition =
      arg?.kind === "Lambda" ? translateLambda(ctx, arg, [T.exception("BaseException")]).ir : arg ? translateExpr(ctx, arg).ir : f.id("undefined");
    const group = isGroupType(t) ? target.ir : f.asType(target.ir, f.tRef("BaseExceptionGroup"));
    return { ir: f.method(group, name, [condition], e), type: result };
  };
}

/** `gen.__anext__()`, `gen.asend(v)`, `gen.athrow(e)`, `gen.aclose()`: awaitables, as in Python. */
const asyncGeneratorMethods: Record<string, MethodRule> = nameTable(Object.fromEntries(
  (
    [
      ["__anext__", "anext"],
      ["asend", "asend"],
      ["athrow", "athrow"],
      ["aclose", "aclose"],
    ] as const
  ).map(([py, helper]): [string, MethodRule] => [
    py,
    (ctx, e, target, t) => {
      if (helper === "athrow") {
        // JavaScript's generators keep no "finished" state that the runtime could read before throwing in.
        ctx.report("TR3001", e, "CPython 3.11's athrow() on an async generator that has already finished returns None; here it raises the exception, as it does on one that is running or not started");
      }
      const call = ctx.callHelper(helper, [target.ir, ...args(ctx, e)], e);
      return { ir: deferredHelperCall(ctx, [e.func.kind === "Attribute" ? e.func.value : e.func, ...e.args], call, e), type: T.coroutine(helper === "aclose" ? T.none : elementOf(t)), call };
    },
  ]),
));

/** The methods asyncio.Future has, which a Task inherits (the runtime's Task extends its Future too). */
const sharedFutureMethods: ReadonlySet<string> = new Set([
  "done", "cancelled", "result", "exception", "cancel", "get_loop", "set_result", "set_exception", "add_done_callback", "remove_done_callback",
]);

/** A value that is a task or a future (`[task, fut]`), called with a method both have: a future of either result. */
function futureOfUnion(t: PyType, method: string): PyType | null {
  if (t.t !== "union" || !sharedFutureMethods.has(method)) return null;
  // A future nothing has set yet (`never` here) is a Future<unknown> in the TypeScript.
  const results = t.types.map((m) => (m.t === "task" || m.t === "future" ? (m.result.t === "never" ? T.unknown : m.result) : null));
  if (results.some((r) => r === null)) return null;
  return T.future(results.reduce<PyType>((a, b) => join(a, b!), T.never));
}

const futureMethods: Record<string, MethodRule> = nameTable({
  done: jsMethod("done", bool),
  cancelled: jsMethod("cancelled", bool),
  result: jsMethod("result", (t) => (t.t === "future" || t.t === "task" ? t.result : T.unknown)),
  exception: jsMethod("exception", () => join(T.exception("BaseException"), T.none)),
  cancel(ctx, e, target, t) {
    ctx.note("cancellation", e);
    return jsMethod("cancel", bool)(ctx, e, target, t);
  },
  get_name: jsMethod("getName", str),
  set_name: jsMethod("setName", none),
  get_coro(ctx, e, target, t) {
    if (t.t !== "task" || e.args.length > 0) return unsupported(ctx, e, "this get_coro() call");
    return { ir: f.method(target.ir, "getCoro", [], e), type: T.coroutine(t.result) };
  },
  get_loop(ctx, e, target) {
    if (e.args.length > 0) return unsupported(ctx, e, "get_loop() with arguments");
    return { ir: ctx.callHelper("loopOf", [target.ir], e), type: { t: "object", cls: "RunningLoop", elem: T.never } };
  },
  set_result(ctx, e, target, t) {
    const [value] = positionalArgs(ctx, e);
    // `fut.set_result(v)` decides what the future holds: its result type widens with v's.
    if (value && e.func.kind === "Attribute" && e.func.value.kind === "Name" && t.t === "future") {
      const sym = ctx.lookup(e.func.value.id);
      if (sym) ctx.widen(sym, T.future(value.type));
    }
    return { ir: f.method(target.ir, "setResult", value ? [value.ir] : [], e), type: T.none };
  },
  set_exception: jsMethod("setException", none),
  remove_done_callback: jsMethod("removeDoneCallback", int),
  cancelling: jsMethod("cancelling", int),
  uncancel: jsMethod("uncancel", int),
  add_done_callback(ctx, e, target, t) {
    // The callback receives the future: a lambda's or user function's parameter takes its type
    // (`make_cb("first")` gives the function it returns).
    const [callback] = e.args;
    if (!callback) return unsupported(ctx, e, "add_done_callback() without a callback");
    const callbackType = callback.kind === "Lambda" ? translateLambda(ctx, callback, [t]) : translateExpr(ctx, callback);
    const fn = callbackValue(callback, callbackType);
    const param = fn.params[0];
    if (param && !param.declared) ctx.widen(param.sym, t);
    ctx.note("doneCallbacks", e);
    return { ir: f.method(target.ir, "addDoneCallback", [describedCallback(ctx, callbackType, fn.ir)], e), type: T.none };
  },
});

/** `xs.append(v)` widens the element type of the variable `xs` (how `xs = []` gets its type). */
function widenElement(ctx: TranslationContext, func: py.Expr, elem: PyType): void {
  if (func.kind !== "Attribute") return;
  const owner = func.value;
  // `groups.setdefault(k, []).append(v)`: the element type belongs to the dict's values.
  if (owner.kind === "Call" && owner.func.kind === "Attribute" && owner.func.attr === "setdefault" && owner.func.value.kind === "Name") {
    const dict = ctx.lookup(owner.func.value.id);
    if (dict?.type.t === "dict" && (dict.type.value.t === "list" || dict.type.value.t === "set")) ctx.widen(dict, T.dict(dict.type.key, { t: dict.type.value.t, elem }));
    return;
  }
  if (owner.kind === "Name") {
    const sym = ctx.lookup(owner.id);
    if (sym && (sym.type.t === "list" || sym.type.t === "set")) ctx.widen(sym, { t: sym.type.t, elem });
    return;
  }
  if (owner.kind === "Attribute" && owner.value.kind === "Name") {
    const self = ctx.lookup(owner.value.id);
    if (self?.type.t === "instance") {
      const cls = self.type.cls;
      const current = findField(cls, owner.attr);
      if (current && (current.t === "list" || current.t === "set")) ctx.widenField(cls, owner.attr, current, { t: current.t, elem });
    }
  }
}

/** A field that holds functions, or a value of no known type (called as a name of unknown type is: as it is). */
function holdsCallable(t: PyType): boolean {
  const members = t.t === "union" ? t.types : [t];
  return members.every((m) => m.t === "function" || m.t === "callable" || m.t === "never" || m.t === "unknown");
}

/** `x` before `.attr` where x may be None: `x!` where a test has just ruled None out, else Python's check. */
function checkedNotNone(ctx: TranslationContext, value: py.Expr, ir: ir.Expr, attr: string): ir.Expr {
  return ctx.knownNotNone(referenceKey(value)) ? f.nonNull(ir) : ctx.callHelper("notNone", [ir, f.str(attr)]);
}
