/** Function definitions, lambdas, comprehensions, and the binding of parameters and loop targets. */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { canFallThrough, comprehensionWalrusTargets, containsYield, walk } from "./astWalk";
import type { Typed, TranslationContext } from "./context";
import { withPythonKeys } from "./values";
import { translateExpr } from "./expressions";
import { asyncIterationOf, iterationArray, iterationElem, iterationOf } from "./iteration";
import { truthTest } from "./operators";
import { typeFromAnnotation } from "./annotations";
import { perCallDefaults } from "./dataclasses";
import { camelCase } from "./names";
import { definitionLine, qualifiedName } from "./positions";
import { T, sameType, elementOf, join, toTsResult, toTsType, type FunctionInfo, type ParamInfo, type PyType } from "./types";

/**
 * A forward reference (`q: "asyncio.Queue[Job]"`, or any annotation under `from __future__ import annotations`)
 * may name a class the first pass has not met yet: the annotations are read again in each pass.
 */
function rereadAnnotations(ctx: TranslationContext, node: py.FunctionDef | py.Lambda, info: FunctionInfo): void {
  const args = parameterArgs(node);
  info.params.forEach((p, i) => {
    const annotation = args[i]!.annotation;
    if (!annotation || isOpenCallable(annotation) || !p.declared) return;
    const declared = typeFromAnnotation(ctx, annotation);
    if (sameType(declared, p.declared)) return;
    p.declared = declared;
    p.sym.type = p.form === "vararg" ? T.tupleOf(declared) : declared;
    ctx.changed = true;
  });
  if (node.kind !== "Lambda" && node.returns && info.declaredReturn && !isOpenCallable(node.returns)) {
    const returns = typeFromAnnotation(ctx, node.returns);
    if (!sameType(returns, info.declaredReturn)) {
      info.declaredReturn = returns;
      info.returns = returns;
      ctx.changed = true;
    }
  }
}

/**
 * The parameters in FunctionInfo.params order, which is TypeScript's: a rest parameter must come last, so
 * `*args` goes after the keyword-only parameters and the `**kwargs` map.
 */
function parameterArgs(node: py.FunctionDef | py.Lambda): py.Arg[] {
  const a = node.args;
  return [...a.posonlyargs, ...a.args, ...a.kwonlyargs, ...(a.kwarg ? [a.kwarg] : []), ...(a.vararg ? [a.vararg] : [])];
}

/** The FunctionInfo of a def or lambda, created once and kept across passes. */
export function functionInfo(ctx: TranslationContext, node: py.FunctionDef | py.Lambda, tsName: string): FunctionInfo {
  const existing = ctx.functions.get(node);
  if (existing) {
    rereadAnnotations(ctx, node, existing);
    return existing;
  }
  const scope = ctx.scopes.scopeOf(node);
  const a = node.args;
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  const param = (arg: py.Arg, form: ParamInfo["form"], hasDefault: boolean): ParamInfo => ({
    pyName: arg.arg,
    sym: ctx.symbol(scope, arg.arg, "param"),
    declared: arg.annotation && !isOpenCallable(arg.annotation) ? typeFromAnnotation(ctx, arg.annotation) : null,
    hasDefault,
    form,
  });
  // The order of parameterArgs (TypeScript's), which rereadAnnotations relies on.
  const params: ParamInfo[] = [
    ...positional.map((p, i) => param(p, "positional", i >= firstDefault)),
    ...a.kwonlyargs.map((p, i) => param(p, "kwonly", a.kw_defaults[i] != null)),
    ...(a.kwarg ? [param(a.kwarg, "kwarg", true)] : []),
    ...(a.vararg ? [param(a.vararg, "vararg", false)] : []),
  ];
  for (const p of params) if (p.declared) p.sym.type = p.form === "vararg" ? T.tupleOf(p.declared) : p.declared;
  // `*args` is a tuple even when nothing is passed to it, and prints as one: `()`, not `[]`.
  for (const p of params) if (p.form === "vararg" && p.sym.type.t === "never") p.sym.type = T.tupleOf(T.never);
  const isDef = node.kind !== "Lambda";
  const returns = isDef && node.returns && !isOpenCallable(node.returns) ? typeFromAnnotation(ctx, node.returns) : null;
  const info: FunctionInfo = {
    node,
    pyName: isDef ? node.name : "<lambda>",
    tsName,
    isAsync: node.kind === "AsyncFunctionDef",
    params,
    returns: returns ?? T.never,
    declaredReturn: returns,
    returnsValue: false,
    isGenerator: isDef && containsYield(node.body),
    blocking: node.kind === "FunctionDef" && ctx.blocking.defs.has(node),
    position: { name: qualifiedName(ctx, node), line: definitionLine(ctx, node) },
    yields: T.never,
  };
  ctx.functions.set(node, info);
  return info;
}

/**
 * `Callable`, `Callable[..., T]` or `Callable[P, T]` (a ParamSpec), and `*args: P.args`: any parameters,
 * which says less than what inference finds (a decorator's `func: Callable` is the functions it
 * decorates, called with their own parameters).
 */
function isOpenCallable(annotation: py.Expr): boolean {
  const isCallableName = (e: py.Expr) => (e.kind === "Name" && e.id === "Callable") || (e.kind === "Attribute" && e.attr === "Callable");
  if (isCallableName(annotation)) return true;
  if (annotation.kind === "Attribute" && (annotation.attr === "args" || annotation.attr === "kwargs") && annotation.value.kind === "Name") return true;
  if (annotation.kind !== "Subscript" || !isCallableName(annotation.value)) return false;
  const first = annotation.slice.kind === "Tuple" ? annotation.slice.elts[0] : undefined;
  return first !== undefined && first.kind !== "List";
}

/**
 * A parameter default that Python evaluated once, when the function was defined, and that must keep
 * that value: JavaScript evaluates a default at each call, so it is computed beforehand into `name`.
 */
export interface HoistedDefault {
  readonly name: string;
  readonly value: ir.Expr;
  readonly type: ir.TypeNode | undefined;
}

/**
 * Parameters as TypeScript declares them; the types are what inference found so far. Defaults that
 * give the same value at every evaluation (literals, names assigned once) stay inline; any other
 * default is evaluated where the function is defined and given in `hoisted` (a `def` declares them as
 * consts before it, a lambda binds them with an enclosing arrow), so `def f(acc=[])` shares one list
 * between calls and `lambda i=i: i` keeps the value `i` had when the lambda was made, as in Python.
 */
export function translateParams(ctx: TranslationContext, node: py.FunctionDef | py.Lambda, info: FunctionInfo, skipFirst = false): { params: ir.Param[]; hoisted: HoistedDefault[] } {
  const a = node.args;
  const positional = [...a.posonlyargs, ...a.args];
  const defaults = new Map<string, py.Expr>();
  a.defaults.forEach((d, i) => defaults.set(positional[positional.length - a.defaults.length + i]!.arg, d));
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    if (d) defaults.set(p.arg, d);
  });
  const params = skipFirst ? info.params.slice(1) : info.params;
  const out: ir.Param[] = [];
  const hoisted: HoistedDefault[] = [];
  for (const p of params) {
    if (p.form === "kwarg") {
      ctx.note("dictMap", node);
      const kwargsType = p.sym.type.t === "never" ? T.dict(T.str, T.unknown) : p.sym.type;
      out.push({ name: p.sym.tsName, type: toTsType(kwargsType), init: f.newExpr("Map", []) });
      continue;
    }
    const defaultExpr = defaults.get(p.pyName);
    const init = defaultExpr ? ctx.inEnclosingScope(() => ({ ...translateExpr(ctx, defaultExpr), stable: perCallDefaults.has(defaultExpr) || isStableDefault(ctx, defaultExpr) })) : undefined;
    if (init) ctx.widen(p.sym, init.type);
    // A `*args` nothing was passed to is still an array.
    const unseen = p.form === "vararg" ? T.tupleOf(T.unknown) : T.unknown;
    const nothingSeen = p.sym.type.t === "never" || (p.form === "vararg" && elementOf(p.sym.type).t === "never");
    // A def passed as a value (a key, a callback), or a method the runtime calls (`__contains__`):
    // nothing else will type its parameters.
    const calledUnseen = node.kind !== "Lambda" && (skipFirst || ctx.readNames.has(node.name));
    if (calledUnseen && p.sym.type.t === "never" && p.form !== "vararg") ctx.unseenParams.add(p.sym);
    const type = nothingSeen ? (node.kind === "Lambda" ? undefined : unseen) : p.sym.type;
    const tsType = type ? toTsType(type) : undefined;
    let initIr = init?.ir;
    if (init && !init.stable) {
      ctx.note("defaultOnce", defaultExpr!);
      const name = ctx.unique(`${camelCase(p.pyName)}Default`);
      hoisted.push({ name, value: init.ir, type: tsType });
      initIr = f.id(name);
    }
    out.push({ name: p.sym.tsName, type: tsType, init: initIr, rest: p.form === "vararg" });
  }
  return { params: out, hoisted };
}

/** Whether a `for` or a comprehension anywhere assigns `name` (one store, but a new value each iteration). */
function isLoopTarget(module: py.Module, name: string): boolean {
  let names = loopTargetsByModule.get(module);
  if (!names) {
    const found = new Set<string>();
    walk(module, (node) => {
      const target = node.kind === "For" || node.kind === "AsyncFor" ? (node as py.For).target : node.kind === "comprehension" ? (node as py.Comprehension).target : null;
      if (target) walk(target, (x) => void (x.kind === "Name" && found.add((x as py.Name).id)));
    });
    names = found;
    loopTargetsByModule.set(module, names);
  }
  return names.has(name);
}

/** The names of every loop and comprehension target of a module, found once (defaults ask per name, per pass). */
const loopTargetsByModule = new WeakMap<py.Module, ReadonlySet<string>>();

/** The hoisted defaults of a `def` as `const` declarations, placed just before it. */
export function hoistedDeclarations(hoisted: readonly HoistedDefault[]): ir.Stmt[] {
  return hoisted.map((h) => ({ ...f.varDecl("const", h.name, h.value, h.type), attached: "next" as const }));
}

/**
 * Whether evaluating a default again at each call gives the same value: a literal (immutable), or a
 * name never reassigned after its single assignment (which precedes the definition, or Python would
 * have raised NameError).
 */
function isStableDefault(ctx: TranslationContext, e: py.Expr): boolean {
  switch (e.kind) {
    case "Constant":
      return true;
    case "UnaryOp":
      return e.operand.kind === "Constant";
    case "Name": {
      const scope = ctx.scopes.resolve(ctx.scope, e.id);
      return scope === null || ((scope.storeCounts.get(e.id) ?? 0) <= 1 && !isLoopTarget(ctx.module, e.id));
    }
    case "Attribute":
      return e.value.kind === "Name" && isStableDefault(ctx, e.value) && ctx.lookup(e.value.id)?.type.t === "class";
    default:
      return false;
  }
}

export function translateFunctionBody(ctx: TranslationContext, node: py.FunctionDef, info: FunctionInfo, body: () => ir.Stmt[]): { stmts: ir.Stmt[]; returns: ir.TypeNode } {
  const stmts = ctx.inOwnFacts(body);
  if (canFallThrough(node.body) && !info.declaredReturn) widenReturn(ctx, info, T.none);
  if (info.isGenerator) {
    const elem = toTsType(info.yields.t === "never" ? T.unknown : info.yields);
    // A sync generator may `return` a value (StopIteration.value); an async one cannot.
    const result = !info.isAsync && info.returnsValue ? toTsResult(info.returns) : f.tKeyword("void");
    return { stmts, returns: f.tRef(info.isAsync ? "AsyncGenerator" : "Generator", elem, result, f.tKeyword("undefined")) };
  }
  const inferred = info.returns.t === "never" && info.returnsValue ? T.unknown : info.returns;
  const result = info.declaredReturn ?? inferred;
  // Falling off the end returns None in Python; TypeScript wants that said when other paths return a value
  // (e.g. after an `async with` whose manager may suppress the exception that ended the block).
  if (info.returnsValue && !info.declaredReturn && canFallThrough(node.body) && canCompleteNormally(stmts)) stmts.push(f.ret(f.nil()));
  // A function that can only raise returns nothing at all: `never`, which joins any other result (`Task<never>`
  // among `Task<string>`), where `void` would not. (Where TypeScript cannot see that, as after a loop, `void` stays.)
  const neverReturns = result.t === "never" && !info.returnsValue && !canFallThrough(node.body) && !canCompleteNormally(stmts);
  const resultNode = neverReturns ? f.tKeyword("never") : toTsResult(result);
  const returns = info.isAsync || info.blocking ? f.tRef("Promise", resultNode) : resultNode;
  return { stmts, returns };
}

/** Whether TypeScript sees that the translated statements can end normally (else `return null` would be dead code). */
function canCompleteNormally(stmts: readonly ir.Stmt[]): boolean {
  const last = stmts[stmts.length - 1];
  if (last === undefined) return true;
  switch (last.kind) {
    case "Return":
    case "Throw":
      return false;
    case "If":
      return last.otherwise === undefined || canCompleteNormally(last.then) || canCompleteNormally(last.otherwise);
    case "Try":
      if (last.finallyBody && !canCompleteNormally(last.finallyBody)) return false;
      return canCompleteNormally(last.block) || (last.catchBody !== undefined && canCompleteNormally(last.catchBody));
    default:
      return true;
  }
}

export function widenReturn(ctx: TranslationContext, info: FunctionInfo, type: PyType): void {
  if (info.declaredReturn) return;
  const next = join(info.returns, type);
  if (!sameType(next, info.returns)) {
    info.returns = next;
    ctx.changed = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Lambdas

export function translateLambda(ctx: TranslationContext, e: py.Lambda, paramTypes?: readonly PyType[]): Typed {
  const info = functionInfo(ctx, e, "<lambda>");
  paramTypes?.forEach((t, i) => {
    const p = info.params[i];
    if (p) ctx.widen(p.sym, t);
  });
  return ctx.inScope(e, () => {
    const { params, hoisted } = translateParams(ctx, e, info);
    const body = translateExpr(ctx, e.body);
    widenReturn(ctx, info, body.type);
    // Parameter types are left to TypeScript's contextual typing when the lambda is an argument.
    const typedParams = paramTypes ? params.map((p) => ({ ...p, type: undefined })) : params;
    const lambda = f.arrow(typedParams, body.ir, { span: e });
    if (hoisted.length === 0) return { ir: lambda, type: { t: "function", fn: info } };
    // `lambda i=i: i`: the defaults are evaluated now and bound by an enclosing arrow called at once.
    const bind = f.arrow(hoisted.map((h) => f.param(h.name, h.type)), lambda);
    return { ir: f.call(bind, hoisted.map((h) => h.value), e), type: { t: "function", fn: info } };
  });
}

// ---------------------------------------------------------------------------------------------
// Binding targets: `x`, `a, b`, `(a, (b, c))`, `first, *rest`

/** `_, _, x = ...`: a repeated throwaway name is a hole in the pattern (JavaScript forbids declaring it twice). */
export function isPatternHole(target: py.ListExpr, elt: py.Expr): boolean {
  return elt.kind === "Name" && elt.id === "_" && target.elts.filter((x) => x.kind === "Name" && x.id === "_").length > 1;
}

export function bindTarget(ctx: TranslationContext, target: py.Expr, type: PyType): ir.Pattern {
  switch (target.kind) {
    case "Name": {
      const sym = ctx.lookup(target.id) ?? ctx.symbol(ctx.scope, target.id);
      ctx.widen(sym, type);
      return f.id(sym.tsName, target);
    }
    case "Tuple":
    case "List": {
      const elements: (ir.Pattern | null)[] = [];
      let rest: ir.Pattern | undefined;
      const star = target.elts.findIndex((x) => x.kind === "Starred");
      const fromEnd = star >= 0 ? target.elts.length - 1 - star : 0;
      // `_, _, x = ...`: a repeated throwaway name is a hole (JavaScript forbids declaring it twice).
      target.elts.forEach((elt, i) => {
        if (isPatternHole(target, elt)) {
          elements.push(null);
          return;
        }
        const elemType = unpackedItemType(type, target.elts, i);
        if (elt.kind !== "Starred") elements.push(bindTarget(ctx, elt, elemType));
        // A star in the middle takes a list in place (see unpackStar); only a last one is a JS rest element.
        else if (fromEnd > 0) elements.push(bindTarget(ctx, elt.value, T.list(elementOf(type))));
        else rest = bindTarget(ctx, elt.value, T.list(elementOf(type)));
      });
      return { kind: "ArrayPattern", elements, rest, span: target };
    }
    default:
      ctx.report("TR2002", target, `this loop or comprehension target is not supported: \`${ctx.text(target)}\``);
      return f.id("_unsupported");
  }
}

/** The type of the `i`th of `targets` when `type` is unpacked into them (items after a star count from the end). */
export function unpackedItemType(type: PyType, targets: readonly py.Expr[], i: number): PyType {
  if (type.t !== "tuple" || type.variadic) return elementOf(type);
  const star = targets.findIndex((x) => x.kind === "Starred");
  return type.elems[star >= 0 && i > star ? type.elems.length - (targets.length - i) : i] ?? T.unknown;
}

// ---------------------------------------------------------------------------------------------
// Comprehensions: filter/map/flatMap chains

export function translateComprehension(ctx: TranslationContext, e: py.ListComp | py.DictComp): Typed {
  // A comprehension that runs the event loop (`[loop.run_until_complete(c) for c in cs]`) awaits it too.
  const isAsync = e.generators.some((g) => g.is_async) || containsAwait(e) || (e.kind !== "GeneratorExp" && ctx.blocking.contains(e));
  if (isAsync && e.kind === "GeneratorExp") return asyncGeneratorExpression(ctx, e);
  if (isAsync) return loopComprehension(ctx, e, true, []);
  // A `:=` assigns a variable of the enclosing scope item by item, in order: chained filter/map callbacks would
  // run every filter before the first map.
  if (comprehensionWalrusTargets(e).length > 0) return loopComprehension(ctx, e, false, []);
  const captured = capturedTargets(e);
  if (captured.length > 0) return loopComprehension(ctx, e, false, captured);
  return ctx.inScope(e, () => {
    let elemType = T.never as PyType;
    const build = (i: number): ir.Expr => {
      const gen = e.generators[i]!;
      const it = firstIterable(ctx, i, () => iterationOf(ctx, gen.iter));
      const param = bindTarget(ctx, gen.target, iterationElem(it));
      const params = [{ name: param.kind === "Ident" ? param.name : param }];
      const last = i === e.generators.length - 1;
      if (last && it.kind === "range" && it.step === 1 && gen.ifs.length === 0 && isZero(it.start) && param.kind === "Ident") {
        // `[f(i) for i in range(n)]` is the classic `Array.from({ length: n }, (_, i) => f(i))`.
        const value = e.kind === "DictComp" ? pair(ctx, e) : translateExpr(ctx, e.elt);
        elemType = value.type;
        const unused = gen.target.kind === "Name" && gen.target.id === "_";
        const indexParams = unused ? [] : [f.param("_"), f.param(param.name)];
        return f.call(f.member(f.id("Array"), "from"), [f.object([{ key: "length", value: it.stop }]), f.arrow(indexParams, value.ir)]);
      }
      let source = iterationArray(ctx, it);
      for (const cond of gen.ifs) source = f.method(source, "filter", [f.arrow(params, truthTest(ctx, cond))]);
      if (!last) return f.method(source, "flatMap", [f.arrow(params, build(i + 1))]);
      const value = e.kind === "DictComp" ? pair(ctx, e) : translateExpr(ctx, e.elt);
      elemType = value.type;
      // `[x for row in m for x in row]`: no `.map((x) => x)` where the array is already new or flattened.
      const identity = value.ir.kind === "Ident" && param.kind === "Ident" && value.ir.name === param.name;
      if (identity && (i > 0 || gen.ifs.length > 0)) return source;
      return f.method(source, "map", [f.arrow(params, value.ir)]);
    };
    const list = build(0);
    if (e.kind === "SetComp") return { ir: withPythonKeys(ctx, f.newExpr("Set", [list], e), T.set(elemType)), type: T.set(elemType) };
    if (e.kind === "DictComp") {
      const t = elemType.t === "tuple" ? T.dict(elemType.elems[0] ?? T.unknown, elemType.elems[1] ?? T.unknown) : T.dict(T.unknown, T.unknown);
      return { ir: withPythonKeys(ctx, f.newExpr("Map", [list], e), t), type: t };
    }
    return { ir: { ...list, span: e }, type: e.kind === "GeneratorExp" ? T.list(elemType) : T.list(elemType) };
  });
}

function pair(ctx: TranslationContext, e: py.DictComp): Typed {
  const key = translateExpr(ctx, e.key);
  const value = translateExpr(ctx, e.value);
  return { ir: f.asType(f.array([key.ir, value.ir]), f.tTuple([toTsType(key.type), toTsType(value.type)])), type: T.tuple([key.type, value.type]) };
}

function isZero(e: ir.Expr): boolean {
  return e.kind === "NumberLit" && e.text === "0";
}


/** `yield x` (widening the generator's item type) and `yield from xs` in a sync generator. */
export function translateYield(ctx: TranslationContext, e: py.Yield | py.YieldFrom): Typed {
  const fnScope = ctx.enclosingFunction();
  const info = fnScope ? ctx.functions.get(fnScope.node as py.FunctionDef) : undefined;
  const value = e.value ? translateExpr(ctx, e.value) : null;
  const item = e.kind === "YieldFrom" ? elementOf(value!.type) : (value?.type ?? T.none);
  if (info) {
    const next = join(info.yields, item);
    if (!sameType(next, info.yields)) {
      info.yields = next;
      ctx.changed = true;
    }
  }
  ctx.note("asyncGenerator", e);
  return { ir: { kind: "Yield", operand: value?.ir ?? f.nil(), delegate: e.kind === "YieldFrom", span: e }, type: T.unknown };
}

function containsAwait(e: py.ListComp | py.DictComp): boolean {
  let found = false;
  walk(e, (node) => {
    if (found || node.kind === "Lambda") return false;
    if (node.kind === "Await") found = true;
    return !found;
  });
  return found;
}

/**
 * The comprehension's own variables that a lambda inside it captures: Python's comprehension has one
 * variable per target that each iteration reassigns, so `[lambda: n for n in range(3)]` makes three
 * lambdas that all see the last `n`; a `.map((n) => ...)` callback would give each its own `n`.
 */
function capturedTargets(e: py.ListComp | py.DictComp): string[] {
  const targets = new Set<string>();
  for (const g of e.generators) walk(g.target, (node) => (node.kind === "Name" && targets.add((node as py.Name).id), true));
  const captured = new Set<string>();
  walk(e, (node) => {
    if (node.kind !== "Lambda") return true;
    const lambda = node as py.Lambda;
    const params = new Set([...lambda.args.posonlyargs, ...lambda.args.args, ...lambda.args.kwonlyargs].map((a) => a.arg));
    walk(lambda.body, (inner) => {
      if (inner.kind === "Name" && targets.has((inner as py.Name).id) && !params.has((inner as py.Name).id)) captured.add((inner as py.Name).id);
      return true;
    });
    return false;
  });
  return [...captured];
}

/**
 * A comprehension as loops in a function expression called at once. `[await f(x) async for x in xs if c]`:
 * Python evaluates it one item at a time, so it is a loop in an async function expression (an `async`
 * map would run the awaits concurrently). `shared`: variables lambdas capture, declared once before the
 * loops (see capturedTargets).
 */
function loopComprehension(ctx: TranslationContext, e: py.ListComp | py.DictComp, isAsync: boolean, shared: readonly string[]): Typed {
  return ctx.inScope(e, () => {
    const result = ctx.unique("result");
    let elemType = T.never as PyType;
    const loops = (i: number): ir.Stmt[] => {
      if (i === e.generators.length) {
        const value = e.kind === "DictComp" ? pair(ctx, e) : translateExpr(ctx, e.elt);
        elemType = value.type;
        const add =
          e.kind === "DictComp" && value.ir.kind === "As" && value.ir.operand.kind === "ArrayLit"
            ? f.method(f.id(result), "set", value.ir.operand.elements)
            : f.method(f.id(result), e.kind === "SetComp" ? "add" : "push", [value.ir]);
        return [f.exprStmt(add)];
      }
      // Shared targets are declared once before the loops (`let n!: number;`), so the loop assigns them.
      return [comprehensionLoop(ctx, e.generators[i]!, i, loops(i + 1), undefined, shared.length > 0 ? null : "const")];
    };
    const body = loops(0);
    const containerType: PyType =
      e.kind === "DictComp"
        ? elemType.t === "tuple" ? T.dict(elemType.elems[0] ?? T.unknown, elemType.elems[1] ?? T.unknown) : T.dict(T.unknown, T.unknown)
        : e.kind === "SetComp" ? T.set(elemType) : T.list(elemType);
    const init = e.kind === "DictComp" ? withPythonKeys(ctx, f.newExpr("Map", [], e), containerType) : e.kind === "SetComp" ? withPythonKeys(ctx, f.newExpr("Set", []), containerType) : f.array([]);
    const sharedDecls = shared.length === 0 ? [] : sharedTargetNames(ctx, e).map((sym) => ({ ...f.varDecl("let", sym.tsName, undefined, toTsType(sym.type.t === "never" ? T.unknown : sym.type)), definite: true }));
    const stmts: ir.Stmt[] = [...sharedDecls, f.varDecl("const", result, init, toTsType(containerType)), ...body, f.ret(f.id(result))];
    if (!isAsync) return { ir: f.call(f.arrow([], stmts), [], e), type: containerType };
    ctx.note("asyncGenerator", e);
    return { ir: f.awaitExpr(f.call(f.arrow([], stmts, { async: true }), []), e), type: containerType };
  });
}

/** The symbols of every comprehension target, for the loop form that assigns them (`for (n of ...)`). */
function sharedTargetNames(ctx: TranslationContext, e: py.ListComp | py.DictComp): { tsName: string; type: PyType }[] {
  const names: string[] = [];
  for (const g of e.generators) walk(g.target, (node) => (node.kind === "Name" && names.push((node as py.Name).id), true));
  return [...new Set(names)].map((n) => ctx.symbol(ctx.scope, n));
}

/** Python evaluates a comprehension's first iterable in the scope around it (`[ip for ip in ip]` reads the outer `ip`). */
export function firstIterable<R>(ctx: TranslationContext, index: number, compute: () => R): R {
  return index === 0 ? ctx.inEnclosingScope(compute) : compute();
}

/** The `index`-th `for x in xs if c` (or `async for`) of a comprehension, as a loop around `body`. */
function comprehensionLoop(ctx: TranslationContext, gen: py.Comprehension, index: number, inner: ir.Stmt[], iterable?: ir.Expr, declKind: "const" | null = "const"): ir.Stmt {
  let body = inner;
  if (gen.is_async) {
    const it = firstIterable(ctx, index, () => asyncIterationOf(ctx, gen.iter, false));
    const target = bindTarget(ctx, gen.target, it.elem);
    for (const cond of [...gen.ifs].reverse()) body = [f.ifStmt(truthTest(ctx, cond), body)];
    return { kind: "ForOf", declKind, target, iterable: iterable ?? it.iterable, body, await: true };
  }
  const it = firstIterable(ctx, index, () => iterationOf(ctx, gen.iter));
  const target = bindTarget(ctx, gen.target, iterationElem(it));
  for (const cond of [...gen.ifs].reverse()) body = [f.ifStmt(truthTest(ctx, cond), body)];
  return { kind: "ForOf", declKind, target, iterable: iterable ?? (it.kind === "iterable" ? it.iterable : iterationArray(ctx, it)), body, await: false };
}

/**
 * `(f(x) async for x in xs if c)`: an async generator expression is lazy, so it is an `async function*`
 * called at once (nothing runs until it is iterated). As in Python, its first iterable is evaluated
 * where the expression is: it is passed in, unless creating it runs no code anyway (a name, or a call
 * of an async generator function).
 */
function asyncGeneratorExpression(ctx: TranslationContext, e: py.ListComp): Typed {
  return ctx.inScope(e, () => {
    let elemType = T.never as PyType;
    const first = e.generators[0]!;
    const source = first.iter;
    const direct = source.kind === "Name" || (source.kind === "Call" && source.func.kind === "Name" && ctx.lookup(source.func.id)?.type.t === "function" && isGeneratorFunction(ctx.lookup(source.func.id)!.type));
    const param = direct ? null : ctx.unique("source");
    const sourceValue = direct ? null : ctx.inEnclosingScope(() => translateExpr(ctx, source));
    const loops = (i: number): ir.Stmt[] => {
      if (i === e.generators.length) {
        const value = translateExpr(ctx, e.elt);
        elemType = value.type;
        return [f.exprStmt({ kind: "Yield", operand: value.ir })];
      }
      return [comprehensionLoop(ctx, e.generators[i]!, i, loops(i + 1), i === 0 && param ? f.id(param) : undefined)];
    };
    const body = loops(0);
    ctx.note("asyncGenerator", e);
    // In a method, `self` is `this`, which a `function*` does not inherit: it is passed with `.call(this)`.
    const self = selfUsed(ctx, e);
    // An item type not inferred yet stays `never` in the type (a later pass knows it), `unknown` in the TS.
    const tsElem = toTsType(elemType.t === "never" ? T.unknown : elemType);
    const params = [...(self ? [f.param("this", toTsType(self))] : []), ...(param && sourceValue ? [f.param(param, sourceTsType(sourceValue.type))] : [])];
    const fn: ir.Arrow = { ...f.arrow(params, body, { async: true, returns: f.tRef("AsyncGenerator", tsElem, f.tKeyword("void"), f.tKeyword("undefined")) }), generator: true };
    const args = sourceValue ? [sourceValue.ir] : [];
    const call = self ? f.call(f.member(fn, "call"), [{ kind: "This" }, ...args], e) : f.call(fn, args, e);
    return { ir: call, type: { t: "asyncGenerator", elem: elemType } };
  });
}

/** The type of `self` (translated `this`) when the expression uses it, else null. */
function selfUsed(ctx: TranslationContext, e: py.ListComp): PyType | null {
  let found: PyType | null = null;
  walk(e, (node) => {
    if (found) return false;
    if (node.kind === "Name") {
      const sym = ctx.lookup((node as py.Name).id);
      if (sym?.tsName === "this") found = sym.type;
    }
    return true;
  });
  return found;
}

function isGeneratorFunction(t: PyType): boolean {
  return t.t === "function" && t.fn.isGenerator;
}

function sourceTsType(t: PyType): ir.TypeNode {
  if (t.t === "asyncGenerator") return f.tRef("AsyncIterable", toTsType(t.elem));
  return toTsType(t);
}
