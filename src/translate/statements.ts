/** Python statements to TypeScript statements. */
import type * as py from "../python/ast";
import { mayStartTwice } from "./coroutineReuse";
import { printType } from "../ts/printer";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import { translateClass } from "./classes";
import { raise, tryStatement } from "./exceptionStatements";
import { translateAsyncWith } from "./contextManagers";
import { translateWith } from "./syncWith";
import { timeNames } from "./timeModule";
import { ADDRESS_ORDER_WARNING, SET_ORDER_WARNING, lineMarker } from "./positions";
import { applyDecorators, isAppliedDecorator, signatureOf } from "./decorators";
import { checkContextlibImport, isAsyncContextManagerDecorator } from "./contextlib";
import type { SymbolInfo, Typed, TranslationContext } from "./context";
import { boolAsInt, translateExpr } from "./expressions";
import { instanceItemStatement } from "./itemProtocol";
import { notNoneWhenFalse, notNoneWhenTrue, referenceKey, storedKeys } from "./noneNarrowing";
import { refusesAttributeAssignment } from "./frozen";
import { typedDictAliases } from "./typedDicts";
import { binaryOp, negated, truthTest } from "./operators";
import { containsYield, isScopeNode, someNode, walk } from "./astWalk";
import { bindTarget, isPatternHole, unpackedItemType, functionInfo, hoistedDeclarations, translateFunctionBody, translateParams, widenReturn } from "./functions";
import { asyncIterationOf, iterationElem, iterationOf, literalInt, type Iteration } from "./iteration";
import { attributeOf, classAttributeMember, classOfInstance, findField, findProperty, memberName, raisesNameError } from "./methods";
import { typeFromAnnotation } from "./annotations";
import { cacheDecorator, type CacheDecorator } from "./stdlib/functools";
import { checkStdlibImport, isTypeAliasValue } from "./stdlib/resolve";
import { impossibleModule } from "./asyncioApi";
import { asyncioObjectAttribute } from "./asyncioObjects";
import { jsMeaningfulMembers } from "./jsMembers";
import { T, typeKey, elementOf, isDeque, findMethod, mayBeNone, toTsType, withoutSentinels, type ClassInfo, type FunctionInfo, type PropertyInfo, type PyType } from "./types";
import type { CommentQueue } from "./comments";
import { keepKind, withPythonKeys } from "./values";

export interface StatementState {
  readonly comments: CommentQueue;
  /** Innermost loop first: the label a `break` must use (for loops with `else`). */
  readonly loops: ({ readonly breakLabel?: string } | "function")[];
  /** Innermost handler first: the caught error's name, for a bare `raise`. */
  readonly handlers: string[];
}

export function translateBlock(ctx: TranslationContext, st: StatementState, body: readonly py.Stmt[], endOffset: number): ir.Stmt[] {
  const out: ir.Stmt[] = [];
  body.forEach((stmt, i) => {
    const leading = st.comments.takeBefore(stmt.start);
    const hoisted = ctx.scope.hoisted.get(stmt) ?? [];
    for (const name of hoisted) {
      const sym = ctx.symbol(ctx.scope, name);
      const type = toTsType(sym.type.t === "never" ? T.unknown : sym.type);
      if (ctx.scope.mayBeUnbound.has(name)) out.push(f.varDecl("let", sym.tsName, ctx.callHelper("unboundLocal", []), type));
      else out.push({ ...f.varDecl("let", sym.tsName, undefined, type), definite: true });
    }
    const marker = lineMarker(ctx, stmt);
    const translated = isDocstring(stmt, i) ? [docComment(stmt)] : [...(marker ? [marker] : []), ...translateStatement(ctx, st, stmt)];
    if (translated.length === 0 && leading.length > 0) out.push({ kind: "Comment", comments: leading });
    translated.forEach((s, j) => {
      let result = j === 0 ? f.withComments(s, leading) : s;
      if (j === translated.length - 1 && isSimple(stmt)) {
        const trailing = st.comments.takeTrailing(stmt.end);
        if (trailing !== undefined) result = { ...result, trailingComment: trailing };
      }
      out.push(result);
    });
  });
  const rest = st.comments.takeBefore(endOffset);
  if (rest.length > 0) out.push({ kind: "Comment", comments: rest });
  return out;
}

function isSimple(stmt: py.Stmt): boolean {
  return !["FunctionDef", "AsyncFunctionDef", "ClassDef", "If", "For", "AsyncFor", "While", "Try", "TryStar", "With", "AsyncWith", "Match"].includes(stmt.kind);
}

function isDocstring(stmt: py.Stmt, index: number): stmt is py.ExprStmt {
  return index === 0 && stmt.kind === "Expr" && stmt.value.kind === "Constant" && typeof stmt.value.value === "string";
}

function docComment(stmt: py.ExprStmt): ir.Stmt {
  const text = String((stmt.value as py.Constant).value).trim();
  return { kind: "Comment", comments: text.split("\n").map((l) => l.trim()), span: stmt };
}

export function translateStatement(ctx: TranslationContext, st: StatementState, s: py.Stmt): ir.Stmt[] {
  // What tests proved of a value stops holding where the code stores to it: a simple statement reads
  // before it stores (`node = node.next`), a compound one may store anywhere in it, so before it.
  // (An assignment says so itself, in assignTarget, where it may also prove its target is not None.)
  const stored = s.kind === "Assign" || s.kind === "AnnAssign" ? [] : storedKeys(s);
  if (!isSimple(s)) for (const key of stored) ctx.storedTo(key);
  const out = statementOf(ctx, st, s);
  if (isSimple(s)) for (const key of stored) ctx.storedTo(key);
  return out;
}

function statementOf(ctx: TranslationContext, st: StatementState, s: py.Stmt): ir.Stmt[] {
  switch (s.kind) {
    case "Expr":
      return expressionStatement(ctx, s);
    case "Assign":
      return assign(ctx, s);
    case "AugAssign":
      return augAssign(ctx, s);
    case "AnnAssign":
      return annAssign(ctx, s);
    case "Return":
      return [returnStatement(ctx, s)];
    case "If":
      return [ifStatement(ctx, st, s)];
    case "While":
      return loopWithElse(ctx, st, s, (body) => ({ kind: "While", test: truthTest(ctx, s.test), body, span: s }), notNoneWhenTrue(s.test));
    case "For":
    case "AsyncFor":
      return forStatement(ctx, st, s);
    case "AsyncWith":
      return translateAsyncWith(ctx, s, () => translateBlock(ctx, st, s.body, s.end));
    case "Break":
    case "Continue":
      return [jump(st, s)];
    case "Pass":
    case "Global":
    case "Nonlocal":
      return [];
    case "FunctionDef":
    case "AsyncFunctionDef":
      return functionDef(ctx, st, s);
    case "ClassDef":
      return translateClass(ctx, st, s);
    case "Try":
    case "TryStar":
      return tryStatement(ctx, st, s);
    case "Raise":
      return [raise(ctx, st, s)];
    case "Import":
    case "ImportFrom":
      return importStatement(ctx, s);
    case "Assert": {
      const msg = s.msg ? [translateExpr(ctx, s.msg).ir] : [];
      return [f.ifStmt(negated(truthTest(ctx, s.test), s), [f.throwStmt(f.newExpr(ctx.helper("AssertionError"), msg))], undefined, s)];
    }
    case "Delete":
      return s.targets.flatMap((t) => deleteTarget(ctx, s, t));
    case "With":
      return translateWith(ctx, s, () => translateBlock(ctx, st, s.body, s.end));
    case "Match":
      ctx.report("TR2001", { start: s.start, end: Math.min(s.end, s.start + 10) }, "`match` statements are not supported yet");
      return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions and assignments

function expressionStatement(ctx: TranslationContext, s: py.ExprStmt): ir.Stmt[] {
  // `...` as a body (a stub, a Protocol's method) does nothing.
  if (s.value.kind === "Constant" && typeof s.value.value === "object" && s.value.value !== null && s.value.value.type === "ellipsis") return [];
  // `task.__await__()` alone makes an iterator nobody steps: nothing runs (the task runs on the loop anyway).
  if (s.value.kind === "Call" && s.value.func.kind === "Attribute" && s.value.func.attr === "__await__" && s.value.args.length === 0 && s.value.keywords.length === 0) {
    const target = translateExpr(ctx, s.value.func.value);
    if (target.type.t === "task" || target.type.t === "future") return [f.exprStmt(target.ir, s)];
  }
  const value = translateExpr(ctx, s.value);
  // A task nobody keeps: its exception, if any, is never retrieved, and CPython's log of it shows the task's repr.
  if (s.value.kind === "Call" && discardsTask(ctx, s.value)) {
    ctx.note("unretrievedException", s.value);
    ctx.needCoroutinePositions();
  }
  if (value.call && s.value.kind === "Call") {
    ctx.report("TR3001", s.value, "this coroutine is never awaited, so CPython never runs its body (and warns): nothing is translated for it (in TypeScript, where the call would run at once, the lint rule @typescript-eslint/no-floating-promises reports it)");
    ctx.note("floatingCoroutine", s.value);
    return [];
  }
  return [f.exprStmt(value.ir, s)];
}

/**
 * `asyncio.create_task(work())`, `asyncio.ensure_future(...)`, `loop.create_task(...)` as a statement: a task
 * only the loop holds (a TaskGroup's create_task is not: the group reads its tasks' exceptions).
 */
function discardsTask(ctx: TranslationContext, call: py.Call): boolean {
  const func = call.func;
  if (func.kind === "Name") return (func.id === "create_task" || func.id === "ensure_future") && ctx.isImportedName(func.id);
  if (func.kind !== "Attribute" || (func.attr !== "create_task" && func.attr !== "ensure_future")) return false;
  const receiver = func.value.kind === "Name" ? ctx.lookup(func.value.id) : null;
  return !(receiver?.type.t === "object" && receiver.type.cls === "TaskGroup");
}

function assign(ctx: TranslationContext, s: py.Assign): ir.Stmt[] {
  // `Job = Tuple[int, str]`: a type alias only types the program; annotations that name it use its form.
  const alias = s.targets.length === 1 && s.targets[0]!.kind === "Name" ? s.targets[0]!.id : null;
  if (alias !== null && s.value.kind === "Subscript" && (isTypeAliasValue(ctx, s.value) || typedDictAliases.has(s))) {
    ctx.typeAliases.set(alias, s.value);
    if (typedDictAliases.has(s)) ctx.typedDicts.set(alias, s.value);
    return [];
  }
  const only = s.targets.length === 1 ? s.targets[0]! : null;
  if (only?.kind === "Subscript") {
    const viaMethod = instanceItemStatement(ctx, s, only, translateExpr(ctx, only.value), s.value);
    if (viaMethod) return viaMethod;
  }
  const value = translateExpr(ctx, s.value);
  const targets = [...s.targets];
  const last = targets.pop()!;
  const out = assignTarget(ctx, s, last, value);
  // `a = b = v`: the earlier targets take the value through the last one.
  for (const t of targets.reverse()) {
    if (last.kind !== "Name") {
      ctx.report("TR2001", t, "chained assignment to this target is not supported");
      continue;
    }
    const sym = ctx.lookup(last.id)!;
    out.push(...assignTarget(ctx, s, t, { ir: f.id(sym.tsName), type: value.type }));
  }
  return out;
}

export function assignTarget(ctx: TranslationContext, stmt: py.Stmt, target: py.Expr, assigned: Typed): ir.Stmt[] {
  for (const key of storedKeys(target)) ctx.storedTo(key);
  if (target.kind === "Name" || target.kind === "Attribute") {
    const t = assigned.type;
    if (t.t !== "None" && t.t !== "unknown" && t.t !== "never" && !(t.t === "union" && t.types.some((m) => m.t === "None" || m.t === "unknown"))) ctx.assignedNotNone(referenceKey(target));
  }
  let value = assigned;
  switch (target.kind) {
    case "Name": {
      const sym = ctx.lookup(target.id) ?? ctx.symbol(ctx.scope, target.id);
      if (sym.tsName === "this") {
        ctx.report("TR2007", target, `assigning to \`${target.id}\` inside a method is not supported (it is \`this\` in TypeScript): use another name`);
        return [];
      }
      if (value.type.t === "sentinel" && !value.type.name && value.ir.kind === "Call") {
        // `DONE = object()` is `const DONE = Symbol("DONE")`, whose type is `typeof DONE`.
        value = { ir: { ...value.ir, args: [f.str(target.id)] }, type: { t: "sentinel", name: sym.tsName } };
      }
      ctx.widen(sym, value.type);
      value = { ...value, ir: keepKind(ctx, value, sym.type, stmt) };
      if (value.type.t === "coroutine" && stmt.kind === "Assign" && mayStartTwice(ctx.scope.node, target.id, stmt)) {
        ctx.note("coroutineOnce", stmt);
        value = { ...value, ir: ctx.callHelper("oneShot", [value.ir], stmt) };
      }
      if (ctx.scope.inlineDecl.get(target.id) === stmt) return [declaration(ctx, target.id, sym, value, stmt)];
      return [f.exprStmt(f.assign(f.id(sym.tsName, target), value.ir), stmt)];
    }
    case "Tuple":
    case "List": {
      // `key, value = item` after `if item is DONE: break`: the sentinel is ruled out (TypeScript narrows too).
      value = { ...value, type: withoutSentinels(value.type) };
      if (!allNamesPattern(target)) return assignEach(ctx, stmt, target, value);
      const pattern = bindTarget(ctx, target, value.type);
      value = checkedUnpacking(ctx, target, value);
      const names = patternNames(target);
      const declaredHere = names.filter((n) => ctx.scope.inlineDecl.get(n) === stmt);
      if (declaredHere.length === names.length && names.length > 0 && allNamesPattern(target) && patternTypesAreInferred(ctx, target, value.type)) {
        const single = names.every((n) => (ctx.scope.storeCounts.get(n) ?? 0) <= 1);
        return [f.varDecl(single ? "const" : "let", pattern, value.ir, undefined, stmt)];
      }
      const pre = declaredHere.map((n) => {
        const sym = ctx.symbol(ctx.scope, n);
        return f.varDecl("let", sym.tsName, undefined, toTsType(sym.type));
      });
      return [...pre, f.exprStmt(f.assign(pattern, value.ir), stmt)];
    }
    case "Attribute": {
      const object = classOfInstance(ctx, target.value) ?? translateExpr(ctx, target.value);
      if (raisesNameError(object)) return [f.exprStmt(object.ir, stmt)];
      const property = object.type.t === "instance" ? findProperty(object.type.cls, target.attr) : null;
      if (property) return [propertyAssignment(ctx, object, property, target, value, stmt)];
      if (object.type.t === "class" && !findField(object.type.cls, target.attr) && !findMethod(object.type.cls, target.attr)) {
        // `Cls.attr = v` from outside the class body adds a class attribute, as in Python.
        object.type.cls.classAttrs.add(target.attr);
      }
      if (object.type.t === "instance" && refusesAttributeAssignment(ctx, object.type.cls, target)) return [];
      if (object.type.t === "instance") {
        const cls = object.type.cls;
        markInstanceAttr(ctx, cls, target.attr);
        ctx.widenField(cls, target.attr, findField(cls, target.attr), value.type);
      }
      if (object.type.t === "class" && object.type.cls.classAttrs.has(target.attr)) {
        const cls = object.type.cls;
        ctx.widen({ get type() { return cls.fields.get(target.attr) ?? T.never; }, set type(t) { cls.fields.set(target.attr, t); } }, value.type);
      }
      const field = object.type.t === "instance" || object.type.t === "class" ? findField(object.type.cls, target.attr) : undefined;
      const assigned = field ? keepKind(ctx, value, field, stmt) : value.ir;
      if (object.type.t === "class") return [f.exprStmt(f.assign(classAttributeMember(ctx, object.type.cls, object.ir, target.attr, target), assigned), stmt)];
      if (object.type.t === "object") {
        // An object of the runtime's (a loop, a queue): only the attributes Python lets a program set.
        const known = asyncioObjectAttribute(object.type.cls, target.attr);
        if (!known?.writable) {
          ctx.report("TR2001", target, `assigning \`${ctx.text(target)}\` is not supported (not an attribute the translation's ${object.type.cls} can take)`);
          return [];
        }
        return [f.exprStmt(f.assign(f.member(object.ir, known.ts, target), value.ir), stmt)];
      }
      // On a value the translator cannot see into, a name JavaScript gives a meaning is stored as the program's
      // classes store it (`constructor_`), where pythonAttribute finds it: never the object's prototype or constructor.
      const member = object.type.t === "instance" ? memberName(target.attr) : jsMeaningfulMembers.has(target.attr) ? `${target.attr}_` : target.attr;
      return [f.exprStmt(f.assign(f.member(object.ir, member, target), assigned), stmt)];
    }
    case "Subscript": {
      const container = target.value;
      const ownerObject = container.kind === "Attribute" ? translateExpr(ctx, container.value) : null;
      const object = container.kind === "Attribute" ? attributeOf(ctx, container, ownerObject!) : translateExpr(ctx, container);
      if (target.slice.kind === "Slice") {
        const { lower, upper, step } = target.slice;
        if (step || object.type.t !== "list") {
          ctx.report("TR2001", target, "assignment to a slice with a step, or of something other than a list, is not supported");
          return [];
        }
        const bound = (x: py.Expr | null) => (x ? translateExpr(ctx, x).ir : f.nil());
        return [f.exprStmt(ctx.callHelper("setSlice", [object.ir, bound(lower), bound(upper), value.ir], stmt), stmt)];
      }
      if (object.type.t === "instance") {
        ctx.report("TR2001", target, `assignment to an item of a ${object.type.cls.pyName} here is not supported (only \`obj[key] = value\` as a statement of its own)`);
        return [];
      }
      const key = translateExpr(ctx, target.slice);
      if (object.type.t === "dict") {
        widenContainer(ctx, container, ownerObject, T.dict(key.type, value.type));
        ctx.note("dictMap", target);
        return [f.exprStmt(f.method(object.ir, "set", [keepKind(ctx, key, object.type.key, target.slice), keepKind(ctx, value, object.type.value, stmt)], stmt), stmt)];
      }
      if (isDeque(object.type)) return [f.exprStmt(f.method(object.ir, "set", [boolAsInt(key), keepKind(ctx, value, elementOf(object.type), stmt)], stmt), stmt)];
      if (object.type.t === "list") widenContainer(ctx, container, ownerObject, T.list(value.type));
      return [f.exprStmt(ctx.callHelper("setIndex", [object.ir, boolAsInt(key), keepKind(ctx, value, elementOf(object.type), stmt)], stmt), stmt)];
    }
    default:
      ctx.report("TR2001", target, `assignment to \`${ctx.text(target)}\` is not supported`);
      return [];
  }
}

/**
 * `event, self.current = self.current, Event()`: Python evaluates the right side, then assigns the
 * targets left to right. One JS pattern cannot both declare `event` and assign `this.current`, so the
 * items go to fresh constants first and each target is then assigned as a single one would be.
 */
function assignEach(ctx: TranslationContext, stmt: py.Stmt, target: py.ListExpr, value: Typed): ir.Stmt[] {
  const checked = checkedUnpacking(ctx, target, value);
  const star = target.elts.findIndex((x) => x.kind === "Starred");
  // A last starred target takes the JS rest element unless unpackStar already put its list in place.
  const restAtEnd = star === target.elts.length - 1 && checked === value;
  const items = target.elts.map((elt) => ctx.unique(elt.kind === "Name" ? `${elt.id}Item` : "item"));
  const pattern: ir.Pattern = {
    kind: "ArrayPattern",
    elements: items.filter((_, i) => !(restAtEnd && i === star)).map((name) => f.id(name)),
    rest: restAtEnd ? f.id(items[star]!) : undefined,
    span: target,
  };
  const assignments = target.elts.flatMap((elt, i) => {
    const type = elt.kind === "Starred" ? T.list(elementOf(value.type)) : unpackedItemType(value.type, target.elts, i);
    return assignTarget(ctx, stmt, elt.kind === "Starred" ? elt.value : elt, { ir: f.id(items[i]!), type });
  });
  return [f.varDecl("const", pattern, checked.ir, undefined, stmt), ...assignments];
}

/**
 * Whether TypeScript, declaring `target` from a value of this type, infers each variable's whole type; not
 * when the variable is later given another type too (`done, _ = ...` then `for _ in range(3)`).
 */
function patternTypesAreInferred(ctx: TranslationContext, target: py.Expr, type: PyType): boolean {
  if (target.kind === "Name") return printType(toTsType(ctx.symbol(ctx.scope, target.id).type)) === printType(toTsType(type));
  if (target.kind === "Starred") return patternTypesAreInferred(ctx, target.value, T.list(elementOf(type)));
  if (target.kind === "Tuple" || target.kind === "List") return target.elts.every((elt, i) => isPatternHole(target, elt) || patternTypesAreInferred(ctx, elt, elt.kind === "Starred" ? type : unpackedItemType(type, target.elts, i)));
  return false;
}

/**
 * `a, b = value`: plain destructuring when the value is a tuple of that length; otherwise Python
 * checks the count (ValueError) and JavaScript would not, so `unpack` does.
 */
function checkedUnpacking(ctx: TranslationContext, target: py.ListExpr, value: Typed): Typed {
  const t = value.type;
  const star = target.elts.findIndex((x) => x.kind === "Starred");
  const count = target.elts.length;
  if (star < 0 && t.t === "tuple" && !t.variadic && t.elems.length === count) return value;
  if (star < 0) return { ir: ctx.callHelper("unpack", [value.ir, f.num(count)], target), type: value.type };
  if (star === count - 1 && t.t !== "tuple") return value;
  const after = count - 1 - star;
  const elem = elementOf(t);
  const shape = target.elts.map((x) => toTsType(x.kind === "Starred" ? T.list(elem) : elem));
  return { ir: f.asType(ctx.callHelper("unpackStar", [value.ir, f.num(star), f.num(after)], target), f.tTuple(shape)), type: value.type };
}

/**
 * `xs[i] = v`, `self.counts[k] = v`: the container's variable or field widens to hold `v` (and `k`);
 * `ownerObject` is the translated `self` of an attribute container.
 */
function widenContainer(ctx: TranslationContext, container: py.Expr, ownerObject: Typed | null, next: PyType): void {
  if (container.kind === "Name") {
    const sym = ctx.lookup(container.id);
    if (sym && sym.type.t === next.t) ctx.widen(sym, next);
    return;
  }
  if (container.kind !== "Attribute" || ownerObject?.type.t !== "instance") return;
  const cls = ownerObject.type.cls;
  const current = findField(cls, container.attr);
  if (current?.t === next.t) ctx.widenField(cls, container.attr, current, next);
}

function patternNames(target: py.Expr): string[] {
  if (target.kind === "Name") return [target.id];
  if (target.kind === "Tuple" || target.kind === "List") return target.elts.flatMap(patternNames);
  if (target.kind === "Starred") return patternNames(target.value);
  return [];
}

function allNamesPattern(target: py.Expr): boolean {
  if (target.kind === "Name") return true;
  if (target.kind === "Starred") return allNamesPattern(target.value);
  return (target.kind === "Tuple" || target.kind === "List") && target.elts.every(allNamesPattern);
}

/** `const x = v` / `let x: T = v`: annotated only where TypeScript would infer something else. */
function declaration(ctx: TranslationContext, name: string, sym: { tsName: string; type: PyType }, given: Typed, stmt: py.Stmt, annotated?: PyType): ir.VarDecl {
  const value = { ...given, ir: withPythonKeys(ctx, given.ir, given.type, sym.type, annotated ?? T.unknown) };
  const stores = ctx.scope.storeCounts.get(name) ?? 0;
  const kind = stores <= 1 ? "const" : "let";
  const declared = toTsType(annotated ?? sym.type);
  const inferred = toTsType(value.type);
  const emptyContainer = isEmptyContainer(value.ir, declared);
  const needsType = annotated !== undefined || emptyContainer || (containsTuple(sym.type) && value.ir.kind === "ArrayLit") || printType(declared) !== printType(inferred) || (kind === "let" && value.ir.kind === "NullLit");
  return f.varDecl(kind, f.id(sym.tsName, stmt.kind === "Assign" ? stmt.targets[0] : undefined), value.ir, needsType && !containsNever(sym.type) ? declared : undefined, stmt);
}

function containsTuple(type: PyType): boolean {
  switch (type.t) {
    case "tuple":
      return !type.variadic;
    case "list":
    case "set":
      return containsTuple(type.elem);
    case "dict":
      return containsTuple(type.key) || containsTuple(type.value);
    default:
      return false;
  }
}

function containsNever(type: PyType): boolean {
  return typeKey(type).includes("never") && type.t !== "list" && type.t !== "set" && type.t !== "dict";
}

/** `[]` and `new Map()` need their item types written out; `new Lock()` has none to write. */
function isEmptyContainer(e: ir.Expr, declared: ir.TypeNode): boolean {
  return (e.kind === "ArrayLit" && e.elements.length === 0) || (e.kind === "New" && e.args.length === 0 && declared.kind === "TypeRef" && declared.args.length > 0);
}

const augOps: Partial<Record<py.Operator, ir.AssignOperator>> = {
  Add: "+=", Sub: "-=", Mult: "*=", Pow: "**=", LShift: "<<=", RShift: ">>=", BitOr: "|=", BitXor: "^=", BitAnd: "&=",
};

/** `obj.prop = v` through its setter; without one, CPython's AttributeError. */
function propertyAssignment(ctx: TranslationContext, object: Typed, property: PropertyInfo, target: py.Attribute, value: Typed, stmt: py.Stmt): ir.Stmt {
  const param = property.setter?.params[1];
  // A cached_property's value is the instance's own attribute: assigning replaces it (the getter then gives it).
  if (property.cached) {
    widenReturn(ctx, property.getter, value.type);
    return f.exprStmt(ctx.callHelper("setCachedProperty", [object.ir, f.str(target.attr), value.ir], stmt), stmt);
  }
  if (!param) {
    const owner = object.type.t === "instance" ? object.type.cls.pyName : "object";
    return f.exprStmt(ctx.callHelper("attributeError", [object.ir, f.str(`property '${target.attr}' of '${owner}' object has no setter`)], stmt), stmt);
  }
  if (!param.declared) ctx.widen(param.sym, value.type);
  return f.exprStmt(f.assign(f.member(object.ir, memberName(target.attr), target), keepKind(ctx, value, param.declared ?? param.sym.type, stmt)), stmt);
}

/** `obj.attr = v` on an instance: the attribute is the instance's own from now on (it may shadow a class attribute). */
function markInstanceAttr(ctx: TranslationContext, cls: ClassInfo, name: string): void {
  if (cls.instanceAttrs.has(name)) return;
  cls.instanceAttrs.add(name);
  ctx.changed = true;
}

function augAssign(ctx: TranslationContext, s: py.AugAssign): ir.Stmt[] {
  if (s.target.kind === "Subscript") {
    const viaMethod = instanceAugmentedItem(ctx, s, s.target);
    if (viaMethod) return viaMethod;
  }
  if (s.target.kind === "Attribute") {
    // `self.count += 1` reads the class attribute and assigns an instance attribute, as `=` does.
    const object = translateExpr(ctx, s.target.value);
    if (object.type.t === "instance" && !findProperty(object.type.cls, s.target.attr)) markInstanceAttr(ctx, object.type.cls, s.target.attr);
  }
  const current = translateExpr(ctx, s.target);
  const value = translateExpr(ctx, s.value);
  if (current.type.t === "list" && s.op === "Add") {
    // `xs += [a, b]` is `xs.push(a, b)`: each item typed by the list, where a spread literal would not be.
    const items = value.ir.kind === "ArrayLit" && value.ir.elements.every((x) => x.kind !== "Spread") ? value.ir.elements : [f.spread(value.ir)];
    return [f.exprStmt(f.method(current.ir, "push", items, s), s)];
  }
  const result = binaryOp(ctx, s, s.op, current, value, s.value);
  if (s.target.kind === "Name") {
    const sym = ctx.lookup(s.target.id);
    if (sym) ctx.widen(sym, result.type);
  }
  const op = augOps[s.op];
  const simple = op && result.ir.kind === "Binary";
  if ((s.target.kind === "Subscript" || s.target.kind === "Attribute") && current.ir.kind === "Call") {
    // `d[k] += v`: read with dictGet/getIndex, write back with set; `x.name += v` read through pythonAttribute.
    return assignTarget(ctx, s, s.target, result);
  }
  const targetIr = s.target.kind === "Name" ? f.id(ctx.lookup(s.target.id)?.tsName ?? s.target.id) : current.ir;
  if (simple) return [f.exprStmt(f.assign(targetIr, value.ir, op, s), s)];
  return [f.exprStmt(f.assign(targetIr, result.ir, "=", s), s)];
}

/** `obj[k] += v` on an instance: `__setitem__(k, __getitem__(k) + v)`, when naming `obj` and `k` again has no effect. */
function instanceAugmentedItem(ctx: TranslationContext, s: py.AugAssign, target: py.Subscript): ir.Stmt[] | null {
  const container = translateExpr(ctx, target.value);
  if (container.type.t !== "instance") return null;
  const pure = (e: py.Expr) => e.kind === "Name" || e.kind === "Constant" || (e.kind === "Attribute" && e.value.kind === "Name");
  if (!pure(target.value) || !pure(target.slice)) {
    ctx.report("TR2001", target, `\`${ctx.text(s)}\` on a ${container.type.cls.pyName} is supported only with a plain name as the object and as the key`);
    return [];
  }
  const read: py.Subscript = { ...target, ctx: "Load" };
  const value: py.BinOp = { kind: "BinOp", left: read, op: s.op, right: s.value, start: s.start, end: s.end };
  return instanceItemStatement(ctx, s, target, container, value);
}

function annAssign(ctx: TranslationContext, s: py.AnnAssign): ir.Stmt[] {
  const declared = typeFromAnnotation(ctx, s.annotation);
  if (!s.value) return [];
  const value = translateExpr(ctx, s.value);
  if (s.target.kind === "Name") {
    const sym = ctx.lookup(s.target.id) ?? ctx.symbol(ctx.scope, s.target.id);
    ctx.widen(sym, declared.t === "unknown" ? value.type : declared);
    if (ctx.scope.inlineDecl.get(s.target.id) === s) return [declaration(ctx, s.target.id, sym, value, s, declared.t === "unknown" ? undefined : sym.type)];
  }
  return assignTarget(ctx, s, s.target, value);
}

function deleteTarget(ctx: TranslationContext, stmt: py.Delete, t: py.Expr): ir.Stmt[] {
  if (t.kind === "Subscript") {
    const viaMethod = instanceItemStatement(ctx, stmt, t, translateExpr(ctx, t.value), null);
    if (viaMethod) return viaMethod;
  }
  if (t.kind === "Subscript" && t.slice.kind !== "Slice") {
    const object = translateExpr(ctx, t.value);
    const key = translateExpr(ctx, t.slice);
    if (object.type.t === "dict") return [f.exprStmt(ctx.callHelper("dictDelete", [object.ir, key.ir], t), t)];
    if (object.type.t === "list") return [f.exprStmt(ctx.callHelper("listDelete", [object.ir, key.ir], t), t)];
  }
  ctx.report("TR2001", t, `\`del ${ctx.text(t)}\` is not supported`);
  return [];
}

// ---------------------------------------------------------------------------------------------
// Control flow

function returnStatement(ctx: TranslationContext, s: py.Return): ir.Stmt {
  const fnScope = ctx.enclosingFunction();
  const info = fnScope ? ctx.functions.get(fnScope.node as py.FunctionDef) : undefined;
  if (!s.value) {
    if (info) widenReturn(ctx, info, T.none);
    return f.ret(undefined, s);
  }
  // `return None` from a function that only ever returns None is a plain `return;` (its type is void).
  if (info && s.value.kind === "Constant" && s.value.value === null && (info.returns.t === "None" || info.returns.t === "never")) {
    widenReturn(ctx, info, T.none);
    return f.ret(undefined, s);
  }
  const value = translateExpr(ctx, s.value);
  if (info) {
    info.returnsValue = true;
    widenReturn(ctx, info, value.type);
    const kept = keepKind(ctx, value, info.declaredReturn ?? info.returns, s.value);
    // `-> Node` while the value may be None: Python does not check annotations, so neither does the
    // translation (`!` changes nothing at run time).
    const declared = info.declaredReturn;
    const unchecked = declared && declared.t !== "unknown" && declared.t !== "never" && !mayBeNone(declared) && value.type.t === "union" && mayBeNone(value.type);
    return f.ret(unchecked ? f.nonNull(kept) : kept, s);
  }
  return f.ret(value.ir, s);
}

function ifStatement(ctx: TranslationContext, st: StatementState, s: py.If): ir.Stmt {
  if (isMainGuard(s.test)) {
    ctx.note("mainGuard", s.test);
    return { kind: "Block", body: translateBlock(ctx, st, s.body, s.end), span: s, comments: ['if __name__ == "__main__": always true for a translated program'] };
  }
  const then = ctx.withNotNone(notNoneWhenTrue(s.test), () => translateBlock(ctx, st, s.body, s.orelse[0]?.start ?? s.end));
  const otherwise = s.orelse.length ? ctx.withNotNone(notNoneWhenFalse(s.test), () => translateBlock(ctx, st, s.orelse, s.end)) : undefined;
  return f.ifStmt(truthTest(ctx, s.test), then, otherwise, s);
}

function isMainGuard(test: py.Expr): boolean {
  return (
    test.kind === "Compare" && test.ops.length === 1 && test.ops[0] === "Eq" && test.left.kind === "Name" && test.left.id === "__name__" &&
    test.comparators[0]?.kind === "Constant" && test.comparators[0].value === "__main__"
  );
}

function jump(st: StatementState, s: py.Pass): ir.Stmt {
  const loop = st.loops[0];
  const label = s.kind === "Break" && loop && loop !== "function" ? loop.breakLabel : undefined;
  return { kind: s.kind === "Break" ? "Break" : "Continue", label, span: s };
}

/** A loop with an `else`: `label: { loop; elseBody }`, where `break` leaves the whole block. */
function loopWithElse(ctx: TranslationContext, st: StatementState, s: py.While | py.For, make: (body: ir.Stmt[]) => ir.Stmt, proven: readonly string[] = []): ir.Stmt[] {
  const label = s.orelse.length ? ctx.unique("loop") : undefined;
  st.loops.unshift({ breakLabel: label });
  let body: ir.Stmt[];
  try {
    body = ctx.withNotNone(proven, () => translateBlock(ctx, st, s.body, s.orelse[0]?.start ?? s.end));
  } finally {
    st.loops.shift();
  }
  const loop = make(body);
  if (!label) return [loop];
  ctx.note("forElse", s);
  const otherwise = translateBlock(ctx, st, s.orelse, s.end);
  return [{ kind: "Labeled", label, body: { kind: "Block", body: [loop, ...otherwise] }, span: s }];
}

/**
 * Whether a loop's body can show the order it took the items in: it calls something (prints, cancels),
 * unless all it does is pick one item by identity (`if t is target: ...`).
 */
function orderShows(body: readonly py.Stmt[]): boolean {
  const only = body.length === 1 ? body[0]! : null;
  if (only?.kind === "If" && only.orelse.length === 0 && only.test.kind === "Compare" && only.test.ops.every((op) => op === "Is")) return false;
  let calls = false;
  for (const stmt of body) {
    walk(stmt, (n) => {
      if (n.kind === "Call") calls = true;
      return !calls && !isScopeNode(n);
    });
  }
  return calls;
}

function forStatement(ctx: TranslationContext, st: StatementState, s: py.For): ir.Stmt[] {
  const it = s.kind === "AsyncFor" ? asyncIteration(ctx, s) : iterationOf(ctx, s.iter);
  if (it.kind === "iterable" && it.setOrder && orderShows(s.body)) {
    ctx.report("TR3001", s.iter, it.setOrder === "hash" ? SET_ORDER_WARNING : ADDRESS_ORDER_WARNING);
  }
  const elem = iterationElem(it);
  // A closure made in the loop sees the variable's final value in Python (one variable for the whole
  // loop); a `const` in `for (const x of ...)` would give each iteration its own. So declare it outside.
  const captured = capturedInClosure(s, patternNames(s.target));
  const declaresHere = (n: string) => ctx.scope.inlineDecl.get(n) === s || ctx.scope.loopDecl.get(n)?.has(s) === true;
  const inline = !captured && patternNames(s.target).every(declaresHere);
  const pattern = bindTarget(ctx, s.target, elem);
  // The body rebinds a loop variable (by its Python name: `var` is var_ in the TypeScript).
  const targetWritten = patternNames(s.target).some((n) => storedIn(s.body, n, ctx.module));
  // Python rebinds the counter from a range computed once: a classic `for` would obey writes to the
  // counter in the body and re-test a live bound, so those loops iterate over `range(...)` instead.
  if (it.kind === "range" && pattern.kind === "Ident" && inline && !targetWritten) {
    const stable = stableBound(s.iter, s.body, ctx.module);
    const end = stable ? null : ctx.unique("stop");
    const i = f.id(pattern.name);
    const init = f.varDecl("let", pattern.name, it.start);
    const test = f.bin(it.step > 0 ? "<" : ">", i, end ? f.id(end) : it.stop);
    const update = it.step === 1 ? ({ kind: "Update", op: "++", operand: i, prefix: false } as const) : f.assign(i, f.num(Math.abs(it.step)), it.step > 0 ? "+=" : "-=");
    const loop = loopWithElse(ctx, st, s, (body) => ({ kind: "For", init, test, update, body, span: s }));
    return end ? [f.varDecl("const", end, it.stop), ...loop] : loop;
  }
  // A counter used after the loop keeps its last value in Python: iterate over `range(...)` then.
  const counted = it.kind === "range" ? ctx.callHelper("range", it.step === 1 ? [it.start, it.stop] : [it.start, it.stop, f.num(it.step)]) : it.iterable;
  // `for a, b in items` over items of a type not known here: each is unpacked (and its length checked) as `a, b = item` is.
  const unpacksUnknown = s.kind === "For" && (s.target.kind === "Tuple" || s.target.kind === "List") && !s.target.elts.some((x) => x.kind === "Starred") && elem.t === "unknown";
  const iterable = unpacksUnknown ? ctx.callHelper("unpackEach", [counted, f.num((s.target as py.ListExpr).elts.length)], s.iter) : counted;
  // Some targets declared here, others earlier: declare these just before the loop.
  const pre = inline ? [] : patternNames(s.target).filter(declaresHere).map((n) => {
    const sym = ctx.symbol(ctx.scope, n);
    return { ...f.varDecl("let", sym.tsName, undefined, toTsType(sym.type.t === "never" ? T.unknown : sym.type)), definite: true };
  });
  const isAsync = s.kind === "AsyncFor";
  if (isAsync) ctx.note("asyncGenerator", s);
  // `for x in words: x = x.strip()` rebinds the loop variable: a `const` would throw at run time.
  const declKind = !inline ? null : targetWritten ? "let" : "const";
  const loop = loopWithElse(ctx, st, s, (body) => ({ kind: "ForOf", declKind, target: pattern, iterable, body, await: isAsync, span: s }));
  // Captured loop variables declared for this loop only get a block of their own around it.
  if (captured && pre.length > 0) return [{ kind: "Block", body: [...pre, ...loop], span: s }];
  return [...pre, ...loop];
}

function asyncIteration(ctx: TranslationContext, s: py.For): Iteration {
  const { iterable, elem } = asyncIterationOf(ctx, s.iter, mayLeaveEarly(s.body));
  return { kind: "iterable", iterable, array: iterable, elem };
}

/** Whether a loop body can leave the loop before the end: `break` (of this loop), `return` or `raise`. */
function mayLeaveEarly(body: readonly py.Stmt[]): boolean {
  let found = false;
  const visit = (node: { kind: string }, inNestedLoop: boolean): void => {
    walk(node as py.Stmt, (inner) => {
      if (found || inner.kind === "FunctionDef" || inner.kind === "AsyncFunctionDef" || inner.kind === "Lambda" || inner.kind === "ClassDef") return false;
      if (inner !== node && (inner.kind === "For" || inner.kind === "AsyncFor" || inner.kind === "While")) {
        visit(inner, true);
        return false;
      }
      if ((inner.kind === "Break" && !inNestedLoop) || inner.kind === "Return" || inner.kind === "Raise") found = true;
      return !found;
    });
  };
  for (const stmt of body) visit(stmt, false);
  return found;
}

/** Whether `name` is assigned (or deleted) in `body`, nested functions and classes aside unless they declare it nonlocal/global. */
function storedIn(body: readonly py.Stmt[], name: string, module: py.Module): boolean {
  let found = declaredShared(module, name);
  for (const stmt of body) {
    walk(stmt, (node) => {
      if (found) return false;
      if (node.kind === "Lambda" || node.kind === "FunctionDef" || node.kind === "AsyncFunctionDef" || node.kind === "ClassDef") return false;
      if (node.kind === "Name" && (node as py.Name).id === name && (node as py.Name).ctx !== "Load") found = true;
      return true;
    });
  }
  return found;
}

/** A `global name`/`nonlocal name` anywhere: a call in the loop may then rebind it. */
function declaredShared(module: py.Module, name: string): boolean {
  let names = sharedNames.get(module);
  if (!names) {
    const found = new Set<string>();
    walk(module, (node) => {
      if (node.kind === "Global" || node.kind === "Nonlocal") for (const n of (node as py.Global).names) found.add(n);
    });
    sharedNames.set(module, (names = found));
  }
  return names.has(name);
}
const sharedNames = new WeakMap<py.Module, ReadonlySet<string>>();

/** `range(n)`'s bound may stay in the loop test (JS re-reads it each pass) when it is a literal or a name the body does not rebind. */
function stableBound(iter: py.Expr, body: readonly py.Stmt[], module: py.Module): boolean {
  if (iter.kind !== "Call") return false;
  const stop = iter.args.length === 1 ? iter.args[0]! : iter.args[1]!;
  const stable = (e: py.Expr): boolean => {
    if (literalInt(e) !== null) return true;
    if (e.kind === "Name") return !storedIn(body, e.id, module);
    if (e.kind === "BinOp") return stable(e.left) && stable(e.right);
    return e.kind === "UnaryOp" && stable(e.operand);
  };
  return stable(stop);
}

function capturedInClosure(loop: py.For, names: readonly string[]): boolean {
  let captured = false;
  for (const stmt of loop.body) {
    walk(stmt, (node) => {
      if (captured) return false;
      if (node.kind === "Lambda" || node.kind === "FunctionDef" || node.kind === "AsyncFunctionDef") {
        walk(node, (inner) => {
          if (inner.kind === "Name" && names.includes((inner as py.Name).id) && (inner as py.Name).ctx === "Load") captured = true;
        });
        return false;
      }
      return true;
    });
  }
  return captured;
}

// ---------------------------------------------------------------------------------------------
// Functions

function functionDef(ctx: TranslationContext, st: StatementState, s: py.FunctionDef): ir.Stmt[] {
  let cache: CacheDecorator | null = null;
  const applied: py.Expr[] = [];
  for (const d of s.decorator_list) {
    // @asynccontextmanager takes effect where the function is called (see contextlib.ts).
    if (isAsyncContextManagerDecorator(d) && s.kind === "AsyncFunctionDef" && containsYield(s.body)) continue;
    const found = s.decorator_list.length === 1 && s.kind === "FunctionDef" ? cacheDecorator(ctx, d) : null;
    if (found) cache = found;
    else if (isAppliedDecorator(ctx, d)) applied.push(d);
    else ctx.report("TR2007", d, `the decorator \`@${ctx.text(d)}\` is not supported`);
  }
  const sym = ctx.lookup(s.name) ?? ctx.symbol(ctx.scope, s.name, "function");
  const info = functionInfo(ctx, s, sym.tsName);
  if (applied.length === 0) ctx.widen(sym, { t: "function", fn: info });
  // Declared here only when this def is the name's declaration; otherwise (a def in a branch, a
  // redefinition, `global f`) it assigns the variable declared elsewhere, as Python rebinds it.
  const assigned = ctx.scopes.resolve(ctx.scope, s.name) !== ctx.scope || ctx.scope.inlineDecl.get(s.name) !== s;
  const translated = () => functionDefinition(ctx, st, s, sym, info, { cache, applied, assigned });
  if (s.decorator_list.length > 0 || ctx.readNames.has(s.name)) return translated();
  // A def nothing calls or reads: its parameters get their types only from calls, so a body that needs
  // them (`await lock.acquire()`) cannot be translated, yet Python runs the program fine. Where that is
  // the only problem, or the def is dead code in a program that runs something else, it is left out and
  // the problem is told as information. (A snippet of defs alone keeps its errors: its defs are the point.)
  const untyped = untypedParameterUses(s, info);
  const deadCode = programRuns(ctx.module) && !s.args.defaults.concat(s.args.kw_defaults.filter((d): d is py.Expr => d !== null)).some((d) => someNode(d, (n) => n.kind === "Call"));
  const attempt = ctx.unlessRefused(translated, (d) => deadCode || untyped.has(d.span.start));
  if ("value" in attempt) return attempt.value;
  const first = attempt.refused[0]!;
  const param = untyped.get(first.span.start);
  const why = `${param === undefined ? "" : `nothing gives \`${param}\` a type, and `}${first.message} (line ${ctx.lineOf(first.span.start)})`;
  const header = { start: s.start, end: s.start + ctx.source.slice(s.start, s.end).indexOf(":") + 1 };
  ctx.report("TR3005", header, `\`${s.name}\` is never called and is left out, which changes no output: ${why}`);
  return [{ kind: "Comment", comments: [`${s.name}() is never called and is left out: ${why}`], span: s }];
}

/** Whether the module runs something at its top level (a call, `asyncio.run(...)`, an `if __name__ == ...` block). */
function programRuns(module: py.Module): boolean {
  return module.body.some((stmt) => (stmt.kind === "Expr" && (stmt.value.kind === "Call" || stmt.value.kind === "Await")) || stmt.kind === "If");
}

/** Where the body reads a parameter that has no annotation (so only a call could type it): offset to name. */
function untypedParameterUses(s: py.FunctionDef, info: FunctionInfo): Map<number, string> {
  const untyped = new Set(info.params.filter((p) => p.declared === null && !p.hasDefault).map((p) => p.pyName));
  const uses = new Map<number, string>();
  for (const stmt of s.body) {
    walk(stmt, (node) => {
      if (node.kind === "Name" && untyped.has((node as py.Name).id)) uses.set((node as py.Name).start, (node as py.Name).id);
    });
  }
  return uses;
}

function functionDefinition(
  ctx: TranslationContext,
  st: StatementState,
  s: py.FunctionDef,
  sym: SymbolInfo,
  info: FunctionInfo,
  how: { readonly cache: CacheDecorator | null; readonly applied: readonly py.Expr[]; readonly assigned: boolean },
): ir.Stmt[] {
  const { cache, applied, assigned } = how;
  return ctx.inScope(s, () => {
    const { params, hoisted } = translateParams(ctx, s, info);
    st.loops.unshift("function");
    try {
      const { stmts, returns } = translateFunctionBody(ctx, s, info, () => translateBlock(ctx, st, s.body, s.end));
      const isAsync = info.isAsync || info.blocking === true;
      if (cache) {
        // `f = lru_cache(f)`: the name is the cached function, so recursive calls go through the cache too.
        const uncached = ctx.unique(`${sym.tsName}Uncached`);
        const decl: ir.Stmt = { kind: "FunctionDecl", name: uncached, params, returns, body: stmts, async: isAsync, generator: info.isGenerator, span: s };
        const cachedValue = ctx.callHelper("lruCache", [f.id(uncached), cache.maxsize], s.decorator_list[0]);
        const cached = assigned ? f.exprStmt(f.assign(f.id(sym.tsName), cachedValue), s) : f.varDecl("const", sym.tsName, cachedValue);
        return [...hoistedDeclarations(hoisted), decl, cached];
      }
      if (applied.length > 0) {
        // `f = deco(f)`: the def itself under another name, the Python name bound to what the decorators give.
        const original = ctx.unique(`${sym.tsName}Undecorated`);
        const decl: ir.Stmt = { kind: "FunctionDecl", name: original, params, returns, body: stmts, async: isAsync, generator: info.isGenerator, span: s };
        const value = applyDecorators(ctx, applied, info, original);
        if (!value) return [...hoistedDeclarations(hoisted), decl];
        ctx.widen(sym, value.type);
        const bound = assigned ? f.exprStmt(f.assign(f.id(sym.tsName), value.ir), s) : f.varDecl("const", sym.tsName, value.ir);
        return [...hoistedDeclarations(hoisted), decl, ...signatureStatement(ctx, info, original), bound];
      }
      const decl: ir.Stmt = { kind: "FunctionDecl", name: sym.tsName, params, returns, body: stmts, async: isAsync, generator: info.isGenerator, assigned, span: s };
      return [...hoistedDeclarations(hoisted), decl, ...signatureStatement(ctx, info, sym.tsName)];
    } finally {
      st.loops.shift();
    }
  });
}

/** `withSignature(f, {...})` after the def of a function whose name or parameters are read from its value (see decorators.ts). */
function signatureStatement(ctx: TranslationContext, info: FunctionInfo, tsName: string): ir.Stmt[] {
  if (!info.registered) return [];
  const qualname = info.position && info.position.name !== info.pyName ? [f.str(info.position.name)] : [];
  return [f.exprStmt(ctx.callHelper("withSignature", [f.id(tsName), signatureOf(info), ...qualname]))];
}

// ---------------------------------------------------------------------------------------------
// Imports

function importStatement(ctx: TranslationContext, s: py.Import | py.ImportFrom): ir.Stmt[] {
  if (reportImpossibleImport(ctx, s)) return [];
  if (s.kind === "Import") {
    checkStdlibImport(ctx, s);
  } else if (s.module === "contextlib") {
    checkContextlibImport(ctx, s);
  } else if (s.module === "time") {
    for (const alias of s.names) if (!timeNames.includes(alias.name)) ctx.report("TR2008", alias, `\`time.${alias.name}\` is not supported (only ${timeNames.join(", ")})`);
  } else if (s.module === "asyncio.exceptions") {
    // The submodule holds asyncio's exception classes (asyncio.CancelledError is asyncio.exceptions.CancelledError).
    for (const alias of s.names) if (!alias.name.endsWith("Error")) ctx.report("TR2008", alias, `\`asyncio.exceptions.${alias.name}\` is not supported (only its exception classes)`);
  } else if (s.module === "__future__") {
    for (const alias of s.names) if (!acceptedFutures.has(alias.name)) ctx.report("TR2008", alias, `\`from __future__ import ${alias.name}\` is not supported (only ${[...acceptedFutures].join(", ")})`);
  } else if (s.module !== "asyncio") {
    checkStdlibImport(ctx, s);
  }
  return [];
}

/**
 * Future features that change nothing the translation depends on in 3.11: all are on anyway, and postponed
 * `annotations` only keeps annotations as strings, which the translation reads from the source either way.
 */
const acceptedFutures: ReadonlySet<string> = new Set(["annotations", "generator_stop", "absolute_import", "division", "print_function", "unicode_literals", "with_statement", "generators", "nested_scopes"]);

/** `import threading`, `from subprocess import run`: JavaScript has no counterpart; say what to use instead. */
function reportImpossibleImport(ctx: TranslationContext, s: py.Import | py.ImportFrom): boolean {
  const names = s.kind === "Import" ? s.names.map((a) => ({ name: a.name, span: a as py.NodeBase })) : [{ name: s.module ?? "", span: s as py.NodeBase }];
  let found = false;
  for (const { name, span } of names) {
    const module = impossibleModule(name);
    if (!module) continue;
    ctx.report("TR2009", span, `the module \`${module.name}\` cannot be translated: ${module.suggestion}`);
    found = true;
  }
  return found;
}
