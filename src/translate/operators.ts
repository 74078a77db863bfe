/** Arithmetic, comparison, boolean operators and truth tests, with Python's meaning. */
import { markForComparison, withPythonKeys } from "./values";
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { boolAsInt, builtinTypeNames, builtinTypeValue, translateExpr } from "./expressions";
import { translatePercentFormat } from "./percentFormatting";
import { someNode } from "./astWalk";
import { reportBigConstant } from "./bigInts";
import { isClockCall } from "./timeModule";
import { datetimeArithmetic } from "./stdlib/datetime";
import { enumMembersOf, intEnumAsInt, keyForInts } from "./enums";
import { T, elementOf, isDeque, isNumeric, join, numericResult, sameType, withoutNone, type PyType } from "./types";
import { notNoneWhenFalse, notNoneWhenTrue } from "./noneNarrowing";

const plainOps: Partial<Record<py.Operator, ir.BinaryOperator>> = {
  Add: "+",
  Sub: "-",
  Mult: "*",
  Pow: "**",
  LShift: "<<",
  RShift: ">>",
  BitOr: "|",
  BitXor: "^",
  BitAnd: "&",
};

export function translateBinary(ctx: TranslationContext, e: py.BinOp): Typed {
  if (e.op === "Mod" && e.left.kind === "Constant" && typeof e.left.value === "string") return translatePercentFormat(ctx, e, e.left.value);
  const left = translateExpr(ctx, e.left);
  const right = translateExpr(ctx, e.right);
  reportBigConstant(ctx, e);
  return binaryOp(ctx, e, e.op, left, right, e.right);
}

/** Shared by `a op b` and `a op= b`. */
export function binaryOp(ctx: TranslationContext, span: py.NodeBase, op: py.Operator, leftGiven: Typed, rightGiven: Typed, rightNode: py.Expr): Typed {
  // An IntEnum member in arithmetic is its int.
  const left = intEnumAsInt(leftGiven);
  const right = intEnumAsInt(rightGiven);
  const lt = left.type;
  const rt = right.type;
  const dated = datetimeArithmetic(ctx, op, left, right, span);
  if (dated) return dated;
  // An operand whose type is not inferred yet (a later pass will know): stay optimistic.
  // A lambda's parameter that stays `never` is typed by TypeScript from where the lambda is passed.
  if (lt.t === "never" || rt.t === "never") {
    const helper = ({ Div: "trueDiv", FloorDiv: "floorDiv", Mod: "mod" } as Partial<Record<py.Operator, string>>)[op];
    const ir = helper ? ctx.callHelper(helper, [left.ir, right.ir], span) : f.bin(plainOps[op] ?? "+", left.ir, right.ir, span);
    return { ir, type: T.never };
  }
  const numeric = isNumeric(lt) && isNumeric(rt);
  if (numeric && (lt.t === "bool" || rt.t === "bool") && op !== "BitAnd" && op !== "BitOr" && op !== "BitXor") {
    // Python's bools are the ints 0 and 1 in arithmetic; TypeScript wants numbers.
    const asNumber = (x: Typed): Typed => (x.type.t === "bool" ? { ir: f.call("Number", [x.ir]), type: T.int } : x);
    return binaryOp(ctx, span, op, asNumber(left), asNumber(right), rightNode);
  }
  const numType = numericResult(lt, rt);
  const plainTuple = (t: PyType) => t.t === "tuple" && t.list !== true;
  const listAndTuple = (lt.t === "list" && plainTuple(rt)) || (plainTuple(lt) && rt.t === "list");
  if (op === "Add" && !listAndTuple && (lt.t === "list" || lt.t === "tuple") && (rt.t === "list" || rt.t === "tuple")) {
    const type = lt.t === "tuple" && rt.t === "tuple" ? T.tuple([...lt.elems, ...rt.elems]) : T.list(join(elementOf(lt), elementOf(rt)));
    return { ir: f.array([f.spread(left.ir), f.spread(right.ir)], span), type };
  }
  if (op === "Mult" && lt.t === "str" && isNumeric(rt)) return { ir: f.method(left.ir, "repeat", [right.ir], span), type: T.str };
  if (op === "Mult" && rt.t === "str" && isNumeric(lt)) return { ir: f.method(right.ir, "repeat", [left.ir], span), type: T.str };
  if (lt.t === "set" && rt.t === "set") {
    const setOp = setOperation(op, left.ir, right.ir);
    const type = T.set(join(lt.elem, rt.elem));
    if (setOp) return { ir: withPythonKeys(ctx, { ...setOp, span }, type), type };
  }
  if (op === "Mult" && lt.t === "list" && isNumeric(rt)) {
    // `[0] * 3`: the list repeated (its items are shared, as in Python).
    return { ir: f.method(f.call(f.member(f.id("Array"), "from"), [f.object([{ key: "length", value: right.ir }]), f.arrow([], left.ir)]), "flat", [], span), type: lt };
  }
  if (op === "Mod" && lt.t === "str") return unsupportedOp(ctx, span, "`%` string formatting with a format that is not a string literal (use an f-string)");
  if (op === "Pow" && (lt.t === "unknown" || rt.t === "unknown") && [lt, rt].every((t) => isNumeric(t) || t.t === "unknown")) {
    return { ir: ctx.callHelper("pyPow", [left.ir, right.ir], span), type: T.unknown };
  }
  if (!numeric && bitOperators.has(op) && [lt, rt].every(intOrNotBitwise)) return bitOperation(ctx, span, op, left, right);
  if (!numeric && !(op === "Add" && lt.t === "str" && rt.t === "str")) {
    const checked = checkedOperation(ctx, span, op, left, right);
    if (checked) return checked;
    if (lt.t !== "unknown" && rt.t !== "unknown") return unsupportedOp(ctx, span, `\`${op}\` on ${lt.t} and ${rt.t}`);
  }
  switch (op) {
    case "Div": {
      ctx.note("trueDiv", span);
      const safe = isNonZeroLiteral(rightNode);
      return { ir: safe ? f.bin("/", left.ir, right.ir, span) : ctx.callHelper("trueDiv", [left.ir, right.ir], span), type: T.float };
    }
    case "FloorDiv":
      ctx.note("floorDiv", span);
      return { ir: ctx.callHelper("floorDiv", [left.ir, right.ir], span), type: numType };
    case "Mod":
      ctx.note("floorDiv", span);
      return { ir: ctx.callHelper("mod", [left.ir, right.ir], span), type: numType };
    case "MatMult":
      return unsupportedOp(ctx, span, "the `@` operator");
    case "LShift":
    case "RShift":
    case "BitAnd":
    case "BitOr":
    case "BitXor":
      return bitOperation(ctx, span, op, left, right);
    default: {
      const jsOp = plainOps[op]!;
      const type = lt.t === "str" ? T.str : op === "Pow" && isNegativeLiteral(rightNode) ? T.float : numType;
      return { ir: f.bin(jsOp, left.ir, right.ir, span), type };
    }
  }
}

const bitOperators = new Set<py.Operator>(["LShift", "RShift", "BitAnd", "BitOr", "BitXor"]);

/** Types whose values are ints or have no bitwise operators at all (sets, dicts and classes have some): `bitOp` raises Python's TypeError for the latter. */
function intOrNotBitwise(t: PyType): boolean {
  const members = t.t === "union" ? t.types : [t];
  return members.every((m) => ["int", "bool", "float", "str", "None", "list", "tuple"].includes(m.t));
}

/**
 * Python's ints are unbounded, JS's bitwise operators 32-bit (`1 << 31` is negative there): `bitOp` computes
 * exactly. `n & 0xFF` stays JS's `&`: a mask of 31 bits or fewer keeps the low bits, which 32 bits hold.
 */
function bitOperation(ctx: TranslationContext, span: py.NodeBase, op: py.Operator, left: Typed, right: Typed): Typed {
  const bothBool = left.type.t === "bool" && right.type.t === "bool" && op !== "LShift" && op !== "RShift";
  const isInt = (t: PyType) => t.t === "int" || t.t === "bool";
  const smallMask = (x: Typed) => x.ir.kind === "NumberLit" && Number.isInteger(Number(x.ir.text)) && Number(x.ir.text) >= 0 && Number(x.ir.text) <= 0x7fffffff;
  if (op === "BitAnd" && !bothBool && isInt(left.type) && isInt(right.type) && (smallMask(left) || smallMask(right))) {
    return { ir: f.bin("&", left.ir, right.ir, span), type: T.int };
  }
  const symbol = plainOps[op]!;
  return { ir: ctx.callHelper("bitOp", [f.str(symbol), left.ir, right.ir], span), type: bothBool ? T.bool : T.int };
}

const operatorSymbols: Partial<Record<py.Operator, string>> = { Add: "+", Sub: "-", Mult: "*", Div: "/", FloorDiv: "//", Mod: "%", Pow: "**" };

/** Types whose arithmetic Python decides by type alone (user classes may define `__add__`...). */
const builtinOperandTypes = new Set<PyType["t"]>(["int", "float", "bool", "str", "None", "list", "tuple", "dict", "set", "unknown"]);

/** Whether Python's `a op b` is defined for these two (non-union) types. */
function operandsSupported(op: py.Operator, a: PyType, b: PyType): boolean {
  if (isNumeric(a) && isNumeric(b)) return true;
  const sequence = (t: PyType) => t.t === "str" || t.t === "list" || t.t === "tuple";
  const count = (t: PyType) => t.t === "int" || t.t === "bool";
  switch (op) {
    case "Add":
      return (a.t === "str" || a.t === "list" || a.t === "tuple") && a.t === b.t;
    case "Mult":
      return (sequence(a) && count(b)) || (count(a) && sequence(b));
    case "Sub":
    case "BitOr":
    case "BitAnd":
    case "BitXor":
      return a.t === "set" && b.t === "set";
    case "Mod":
      return a.t === "str";
    default:
      return false;
  }
}

/**
 * Arithmetic whose operands are not both known numbers (or strings for `+`): None, unions, unknown.
 * JavaScript would coerce (`"a" + 1` is "a1", `null + 1` is 1) where Python raises TypeError, so:
 * when no combination of the possible types is valid the operation raises Python's TypeError
 * (`raiseOperandTypeError`, after evaluating both operands); when some may be, `+ - *` check at run
 * time (`pyAdd`, `pySub`, `pyMul`). Null when the operand types are not builtin ones.
 */
function checkedOperation(ctx: TranslationContext, span: py.NodeBase, op: py.Operator, left: Typed, right: Typed): Typed | null {
  const symbol = operatorSymbols[op];
  const members = (t: PyType): readonly PyType[] => (t.t === "union" ? t.types : [t]);
  const lk = members(left.type);
  const rk = members(right.type);
  if (!symbol || ![...lk, ...rk].every((k) => builtinOperandTypes.has(k.t))) return null;
  ctx.note("operandTypes", span);
  const known = (k: PyType) => k.t !== "unknown";
  if (lk.every((a) => known(a) && rk.every((b) => known(b) && !operandsSupported(op, a, b)))) {
    // A tuple and a list are both arrays, 2.0 and 2 one number: the names the values would give may be wrong.
    const misnamed = (t: PyType) => t.t === "float" || (t.t === "tuple" && t.list !== true);
    const names = misnamed(left.type) || misnamed(right.type) ? [f.str(typeName(left.type)), f.str(typeName(right.type))] : [];
    return { ir: ctx.callHelper("raiseOperandTypeError", [f.str(symbol), left.ir, right.ir, ...names], span), type: T.never };
  }
  const division = divisionHelpers[op];
  if (division) {
    if (op === "Mod" && lk.some((k) => k.t === "str")) return unsupportedOp(ctx, span, "`%` on a value that may be a str (string formatting; use an f-string)");
    const kind = divisionKind(lk, rk);
    const args = [left.ir, right.ir, ...(kind ? [f.str(kind)] : [])];
    // An operand of unknown type that passes the helper's check is an int or a float.
    const numbers = (ks: readonly PyType[]) => ks.filter((k) => isNumeric(k) || !known(k)).reduce<PyType>((acc, k) => join(acc, known(k) ? k : join(T.int, T.float)), T.never);
    return { ir: ctx.callHelper(division, args, span), type: op === "Div" ? T.float : numericResult(numbers(lk), numbers(rk)) };
  }
  const helper = ({ Add: "pyAdd", Sub: "pySub", Mult: "pyMul" } as Partial<Record<py.Operator, string>>)[op];
  if (!helper) return null;
  // The result type matches the helper's overloads: what the call gives when it does not raise.
  const a = withoutNone(left.type);
  const b = withoutNone(right.type);
  let type: PyType = T.unknown;
  if (isNumeric(a) && isNumeric(b)) type = numericResult(a, b);
  else if (op !== "Sub" && (a.t === "str" || b.t === "str")) type = T.str;
  else if (op !== "Mult" && (isNumeric(a) || isNumeric(b))) {
    // `n + x` is a number or raises: an int or a float as x's numbers are; a value of unknown type tells at run time.
    const numbersOf = (ks: readonly PyType[]) => ks.filter((k) => isNumeric(k) || k.t === "unknown");
    const all = [...numbersOf(lk), ...numbersOf(rk)];
    if (!all.some((k) => k.t === "unknown")) type = all.reduce<PyType>((acc, k) => numericResult(acc, k), T.never);
  }
  const kind = type.t === "unknown" ? resultKind(ctx, span, lk, rk) : null;
  return { ir: ctx.callHelper(helper, [left.ir, right.ir, ...(kind ? [f.str(kind)] : [])], span), type };
}

/**
 * A number this operation gives goes where no type says int or float, so it must carry its kind (pyFloat): "float"
 * when an operand's numbers can only be floats; else the values tell ("number"), which a whole float of a
 * variable typed int-or-float (a plain number) cannot: TR3002 says so there.
 */
function resultKind(ctx: TranslationContext, span: py.NodeBase, left: readonly PyType[], right: readonly PyType[]): "float" | "number" | null {
  const numbers = [left, right].map((ks) => ks.filter((k) => isNumeric(k) || k.t === "unknown"));
  if (numbers.some((ns) => ns.length === 0)) return null;
  if (numbers.some((ns) => ns.every((k) => k.t === "float"))) return "float";
  if (numbers.some((ns) => ns.some((k) => k.t === "float") && ns.some((k) => k.t === "int"))) {
    ctx.report("TR3002", span, "this value may be an int or a float: a float with an integral value (like 3.0) would give an int (3) here");
  }
  return "number";
}

/** `/`, `//` and `%` where an operand is a union of builtin types: the helper checks for numbers at run time. */
const divisionHelpers: Partial<Record<py.Operator, string>> = { Div: "pyTrueDiv", FloorDiv: "pyFloorDiv", Mod: "pyMod" };

/**
 * Whether the numbers reaching a division are Python ints or floats, as far as the types tell: it only
 * chooses ZeroDivisionError's message, which the value 2.0 (a whole JS number) cannot.
 */
function divisionKind(left: readonly PyType[], right: readonly PyType[]): "int" | "float" | null {
  const numbers = (ks: readonly PyType[]) => ks.filter(isNumeric);
  const all = [...numbers(left), ...numbers(right)];
  const unknownSeen = [...left, ...right].some((k) => k.t === "unknown");
  if (!unknownSeen && all.every((k) => k.t === "int" || k.t === "bool")) return "int";
  const onlyFloat = (ks: readonly PyType[]) => ks.length > 0 && ks.every((k) => k.t === "float");
  return onlyFloat(numbers(left)) || onlyFloat(numbers(right)) ? "float" : null;
}

/** The Python name of a (non-union) builtin type, as error messages write it. */
function typeName(t: PyType): string {
  if (t.t === "None") return "NoneType";
  if (t.t === "tuple") return t.list ? "list" : "tuple";
  return t.t;
}

function unsupportedOp(ctx: TranslationContext, span: py.NodeBase, what: string): Typed {
  ctx.report("TR2002", span, `${what} is not supported`);
  return { ir: f.id("undefined"), type: T.unknown };
}

function isNonZeroLiteral(e: py.Expr): boolean {
  return e.kind === "Constant" && (typeof e.value === "bigint" || typeof e.value === "number") && Number(e.value) !== 0;
}

function isNegativeLiteral(e: py.Expr): boolean {
  return e.kind === "UnaryOp" && e.op === "USub";
}

export function translateUnary(ctx: TranslationContext, e: py.UnaryOp): Typed {
  if (e.op === "Not") return { ir: negated(truthTest(ctx, e.operand), e), type: T.bool };
  const operand = intEnumAsInt(translateExpr(ctx, e.operand));
  const type = operand.type.t === "bool" ? T.int : operand.type;
  // A value of unknown type may be a float kept as one (pyFloat), a str or None.
  if (e.op === "USub" && operand.type.t === "unknown") return { ir: ctx.callHelper("pyNeg", [operand.ir], e), type: T.unknown };
  // JS's ~ works on 32 bits: ~0xFFFFFFFF is 0 there.
  if (e.op === "Invert") return { ir: ctx.callHelper("bitInvert", [operand.ir], e), type: T.int };
  const op: ir.UnaryOperator = e.op === "USub" ? "-" : "+";
  return { ir: f.unary(op, operand.ir, e), type };
}

/** `a and b` / `a or b` as values: Python returns one of the operands, like `&&`/`||` in JS. */
export function translateBoolOp(ctx: TranslationContext, e: py.BoolOp): Typed {
  // `"given" or "default"`, `None or 0 or ""`: leading literals decide or drop out (TypeScript rejects
  // an operand that is always true or always false).
  let values = e.values;
  while (values.length > 1 && values[0]!.kind === "Constant") {
    const head = values[0] as py.Constant;
    const truthy = Boolean(head.value) && head.value !== "" && head.value !== 0n;
    if ((e.op === "Or") === truthy) return translateExpr(ctx, head);
    values = values.slice(1);
  }
  if (values.length === 1) return translateExpr(ctx, values[0]!);
  // `x and x.done()`: each operand runs only when the ones before it were true (or, for `or`, false).
  const proven = e.op === "And" ? notNoneWhenTrue : notNoneWhenFalse;
  const operands = values.map((v, i) => ctx.withNotNone(values.slice(0, i).flatMap(proven), () => translateExpr(ctx, v)));
  const jsTruthy = operands.slice(0, -1).every((o) => sameTruthiness(o.type));
  let type: PyType = T.never;
  // `x or default`: x is the result only when it is true, so never as None (`||` tells TypeScript the same).
  const given = (o: Typed, i: number): PyType => (jsTruthy && e.op === "Or" && i < operands.length - 1 ? (o.type.t === "None" ? T.never : withoutNone(o.type)) : o.type);
  operands.forEach((o, i) => (type = join(type, given(o, i))));
  if (jsTruthy) {
    const op = e.op === "And" ? "&&" : "||";
    return { ir: operands.slice(1).reduce<ir.Expr>((acc, o) => f.bin(op, acc, o.ir), operands[0]!.ir), type };
  }
  // Containers and floats (NaN is true): test Python truthiness explicitly, keeping the operand as the value.
  ctx.note("truthiness", e);
  const [first, ...rest] = operands;
  const result = rest.reduce<ir.Expr>((acc, o) => {
    // `g() or [1]` evaluates g() once: an operand that is not a plain name goes to pyOr/pyAnd, the rest is deferred.
    if (!isPlainReference(acc)) return ctx.callHelper(e.op === "And" ? "pyAnd" : "pyOr", [acc, f.arrow([], o.ir)]);
    const test = ctx.callHelper("truthy", [acc]);
    return e.op === "And" ? f.cond(test, o.ir, acc) : f.cond(test, acc, o.ir);
  }, first!.ir);
  return { ir: result, type };
}

/** A name or a chain of property reads: reading it twice gives the same value and does nothing else. */
function isPlainReference(e: ir.Expr): boolean {
  return e.kind === "Ident" || e.kind === "This" || (e.kind === "Member" && isPlainReference(e.object));
}

/** Whether JavaScript truthiness agrees with Python's for values of this type. */
function sameTruthiness(type: PyType): boolean {
  const t = withoutNone(type);
  switch (t.t) {
    case "int":
    case "bool":
    case "str":
    case "None":
    case "coroutine":
    case "task":
    case "future":
    case "function":
    case "callable":
    case "class":
    case "exception":
    case "exceptionClass":
    case "type":
    case "object":
    case "generator":
    case "asyncGenerator":
      return true;
    case "union":
      return t.types.every(sameTruthiness);
    default:
      return false;
  }
}

/** An expression tested by `if`, `while`, `not`, `and`/`or` in a test: a JS condition. */
export function truthTest(ctx: TranslationContext, e: py.Expr): ir.Expr {
  if (e.kind === "BoolOp") {
    const op = e.op === "And" ? "&&" : "||";
    return e.values.map((v) => truthTest(ctx, v)).reduce((acc, v) => f.bin(op, acc, v, e));
  }
  if (e.kind === "UnaryOp" && e.op === "Not") return negated(truthTest(ctx, e.operand), e);
  const value = translateExpr(ctx, e);
  return truthOf(ctx, value, e);
}

/** `!test`, with `x !== 0` (a float's truth) negated as `x === 0`. */
export function negated(test: ir.Expr, span: py.NodeBase): ir.Expr {
  return test.kind === "Binary" && test.op === "!==" ? { ...test, op: "===", span } : f.not(test, span);
}

export function truthOf(ctx: TranslationContext, given: Typed, span: py.NodeBase): ir.Expr {
  // An IntEnum member is true when its int is not 0.
  const value = intEnumAsInt(given);
  const t = value.type;
  if (t.t === "list" || t.t === "tuple" || t.t === "range" || isDeque(t)) {
    ctx.note("truthiness", span);
    return f.bin(">", f.member(value.ir, "length"), f.num(0));
  }
  if (t.t === "dict" || t.t === "set") {
    ctx.note("truthiness", span);
    return f.bin(">", f.member(value.ir, "size"), f.num(0));
  }
  if (sameTruthiness(t) || t.t === "instance") return value.ir;
  // A float is true unless it is 0.0: NaN is true in Python and falsy in JavaScript.
  if (t.t === "float") {
    ctx.note("truthiness", span);
    return f.bin("!==", value.ir, f.num(0), span);
  }
  return ctx.callHelper("truthy", [value.ir]);
}

// ---------------------------------------------------------------------------------------------
// Comparisons

export function translateCompare(ctx: TranslationContext, e: py.Compare): Typed {
  // `type(x) is int`: a builtin type name compared is the type object (typeOf gives the same one).
  const operands = [e.left, ...e.comparators].map((x) =>
    x.kind === "Name" && builtinTypeNames.has(x.id) && !ctx.lookup(x.id) ? builtinTypeValue(ctx, x.id, x) : translateExpr(ctx, x),
  );
  const nodes = [e.left, ...e.comparators];
  // A clock against another time (`loop.time() > end`), not against a constant (`time.time() > 0`).
  const clockBoundary = e.ops.some((op, i) => ["Lt", "LtE", "Gt", "GtE"].includes(op) && nodes[i]!.kind !== "Constant" && nodes[i + 1]!.kind !== "Constant" && (readsClock(ctx, nodes[i]!) || readsClock(ctx, nodes[i + 1]!)));
  if (clockBoundary) ctx.reportOnce("TR3001", e, CLOCK_BOUNDARY_WARNING);
  const parts: ir.Expr[] = e.ops.map((op, i) => {
    // Two literals (`1 == 1.0`): TypeScript rejects comparing constants, so the helper compares them.
    if ((op === "Eq" || op === "NotEq") && nodes[i]!.kind === "Constant" && nodes[i + 1]!.kind === "Constant") {
      const eq = ctx.callHelper("pyEquals", [operands[i]!.ir, operands[i + 1]!.ir], e);
      return op === "Eq" ? eq : f.not(eq, e);
    }
    return compareOp(ctx, e, op, operands[i]!, operands[i + 1]!);
  });
  return { ir: parts.reduce((acc, p) => f.bin("&&", acc, p)), type: T.bool };
}

function isPrimitive(type: PyType): boolean {
  const t = withoutNone(type);
  return isNumeric(t) || t.t === "str" || t.t === "None" || (t.t === "union" && t.types.every(isPrimitive));
}

/**
 * `===` means Python's `==` only for two values of the same primitive kind (`True == 1` is true in
 * Python), and not between two literals, which TypeScript rejects as a pointless comparison.
 */
function sameKindOfPrimitive(a: PyType, b: PyType): boolean {
  if (!isPrimitive(a) || !isPrimitive(b)) return false;
  const kind = (t: PyType): string => {
    const u = withoutNone(t);
    if (u.t === "bool") return "bool";
    if (isNumeric(u)) return "number";
    return u.t === "str" ? "str" : u.t === "None" ? "none" : "mixed";
  };
  const ka = kind(a);
  const kb = kind(b);
  return ka !== "mixed" && (ka === kb || ka === "none" || kb === "none");
}

function isSequenceType(t: PyType): boolean {
  return t.t === "list" || t.t === "tuple";
}

function isListType(t: PyType): boolean {
  return t.t === "list" || (t.t === "tuple" && t.list === true);
}

/**
 * `type(e) is ValueError`: type() gives a type object (one per class, from `classType`), while a class
 * named in the program is the JS class itself; compared with a type object, the class is made one too.
 */
function asTypeObjects(ctx: TranslationContext, a: Typed, b: Typed): [Typed, Typed] {
  const isClassValue = (t: PyType) => t.t === "exceptionClass" || t.t === "class";
  const typeObject = (x: Typed): Typed => ({ ir: ctx.callHelper("classType", [x.ir]), type: T.type });
  const isTypeObject = (t: PyType) => withoutNone(t).t === "type";
  if (isTypeObject(a.type) && isClassValue(b.type)) return [a, typeObject(b)];
  if (isTypeObject(b.type) && isClassValue(a.type)) return [typeObject(a), b];
  // A value whose type is not known here (asyncio.Task named as a value) is made a type object if it is a class.
  const maybeTypeObject = (x: Typed): Typed => ({ ir: ctx.callHelper("asTypeObject", [x.ir]), type: T.unknown });
  if (isTypeObject(a.type) && b.type.t === "unknown") return [a, maybeTypeObject(b)];
  if (isTypeObject(b.type) && a.type.t === "unknown") return [maybeTypeObject(a), b];
  return [a, b];
}

function compareOp(ctx: TranslationContext, span: py.NodeBase, op: py.CmpOperator, leftGiven: Typed, rightGiven: Typed): ir.Expr {
  // An IntEnum member compares as its int: with `<` always, with `==` against an int.
  const ordering = op === "Lt" || op === "LtE" || op === "Gt" || op === "GtE";
  const withInt = (op === "Eq" || op === "NotEq") && (isNumeric(leftGiven.type) || isNumeric(rightGiven.type));
  const left = ordering || withInt ? intEnumAsInt(leftGiven) : leftGiven;
  const right = ordering || withInt ? intEnumAsInt(rightGiven) : rightGiven;
  const [a, b] = op === "Is" || op === "IsNot" || op === "Eq" || op === "NotEq" ? asTypeObjects(ctx, left, right) : [left, right];
  switch (op) {
    case "Is":
    case "IsNot": {
      // None is `null`, but a function that returns nothing gives `undefined`: `== null` covers both.
      const none = a.type.t === "None" || b.type.t === "None";
      const jsOp = op === "Is" ? (none ? "==" : "===") : none ? "!=" : "!==";
      return f.bin(jsOp, a.ir, b.ir, span);
    }
    case "Eq":
    case "NotEq": {
      if (isListType(a.type) !== isListType(b.type) && isSequenceType(a.type) && isSequenceType(b.type)) {
        // A list never equals a tuple in Python; at run time both are arrays, so decide it here.
        ctx.note("tupleFormat", span);
        return f.bool(op === "NotEq", span);
      }
      if (sameKindOfPrimitive(a.type, b.type)) return f.bin(op === "Eq" ? "===" : "!==", a.ir, b.ir, span);
      // Members of one Enum are equal only when they are the same member.
      const plainEnum = (t: PyType) => t.t === "instance" && t.cls.enum === "Enum";
      const sameTypeKey = (x: PyType, y: PyType) => x.t === "instance" && y.t === "instance" && x.cls === y.cls;
      if (plainEnum(a.type) && plainEnum(b.type) && sameTypeKey(a.type, b.type)) return f.bin(op === "Eq" ? "===" : "!==", a.ir, b.ir, span);
      ctx.note("equality", span);
      const eq = ctx.callHelper("pyEquals", [markForComparison(ctx, a, b.type), markForComparison(ctx, b, a.type)], span);
      return op === "Eq" ? eq : f.not(eq);
    }
    case "Lt":
    case "LtE":
    case "Gt":
    case "GtE": {
      const jsOp = ({ Lt: "<", LtE: "<=", Gt: ">", GtE: ">=" } as const)[op];
      if (isNumeric(a.type) && isNumeric(b.type)) {
        // `len(xs) > True`: JS compares a boolean as a number too, but TypeScript wants both sides numbers.
        const both = a.type.t === "bool" && b.type.t === "bool";
        return both ? f.bin(jsOp, a.ir, b.ir, span) : f.bin(jsOp, boolAsInt(a), boolAsInt(b), span);
      }
      if (a.type.t === "str" && b.type.t === "str") return f.bin(jsOp, a.ir, b.ir, span);
      // The operator is named in the TypeError for values that do not compare (`'>' not supported between...`).
      return f.bin(jsOp, ctx.callHelper("pyCompare", jsOp === "<" ? [a.ir, b.ir] : [a.ir, b.ir, f.str(jsOp)]), f.num(0), span);
    }
    case "In":
    case "NotIn": {
      const test = membership(ctx, a, b, span);
      return op === "In" ? test : f.not(test, span);
    }
  }
}

function membership(ctx: TranslationContext, item: Typed, given: Typed, span: py.NodeBase): ir.Expr {
  const members = enumMembersOf(given);
  if (members && !(item.type.t === "instance" && item.type.cls.enum)) {
    // CPython 3.11 raises TypeError (after a DeprecationWarning) for a value that is not an enum member; another enum's member is simply not in it.
    ctx.report("TR2002", span, "`in` on an enum class with something that is not known to be one of its members is not supported");
  }
  // A member of that enum: the members hold it by identity.
  if (members && item.type.t === "instance" && given.type.t === "class" && item.type.cls === given.type.cls) return f.method(members.ir, "includes", [item.ir], span);
  const container = members ?? given;
  const t = container.type;
  if (t.t === "dict" || t.t === "set") return f.method(container.ir, "has", [keyForInts(t.t === "dict" ? t.key : t.elem, item).ir], span);
  // `includes` is `===`: right for primitives of known kinds, not for a list of unknown items (1 in [1.0] holds a Number object).
  const primitiveItems = isPrimitive(item.type) && elementOf(t).t !== "unknown";
  if (t.t === "str" || t.t === "range") return f.method(container.ir, "includes", [item.ir], span);
  // An item of another type (`x in [True, False]` with x a str or a bool, `True in [1]`) is compared as Python does, below.
  if ((t.t === "list" || t.t === "tuple") && primitiveItems && sameType(item.type, elementOf(t))) return f.method(container.ir, "includes", [item.ir], span);
  if (t.t === "list" || t.t === "tuple") {
    const x = ctx.unique("x");
    const marked = markForComparison(ctx, item, elementOf(t));
    return f.method(container.ir, "some", [f.arrow([f.param(x)], ctx.callHelper("itemEquals", [f.id(x), marked]))], span);
  }
  return ctx.callHelper("pyContains", [container.ir, markForComparison(ctx, item, T.unknown)], span);
}


/** `a | b`, `a & b`, `a - b`, `a ^ b` on sets, in insertion order as CPython builds them for small ints. */
function setOperation(op: py.Operator, a: ir.Expr, b: ir.Expr): ir.Expr | null {
  const x = f.id("x");
  const filtered = (source: ir.Expr, other: ir.Expr, keep: boolean) =>
    f.method(f.array([f.spread(source)]), "filter", [f.arrow([f.param("x")], keep ? f.method(other, "has", [x]) : f.not(f.method(other, "has", [x])))]);
  switch (op) {
    case "BitOr":
      return f.newExpr("Set", [f.array([f.spread(a), f.spread(b)])]);
    case "BitAnd":
      return f.newExpr("Set", [filtered(a, b, true)]);
    case "Sub":
      return f.newExpr("Set", [filtered(a, b, false)]);
    case "BitXor":
      return f.newExpr("Set", [f.array([f.spread(filtered(a, b, false)), f.spread(filtered(b, a, false))])]);
    default:
      return null;
  }
}

const CLOCK_BOUNDARY_WARNING =
  "a clock compared: on the virtual clock time moves by exactly what is awaited, while in CPython a little more always passes, so at the boundary (after exactly 5 s of `sleep(1)`, `loop.time() > end` is False here and True in CPython) the comparison can go the other way";

/** Whether `e` reads the clock directly: `loop.time()`, `time.monotonic()`, `time.perf_counter()`, `time.time()`. */
function readsClock(ctx: TranslationContext, e: py.Expr): boolean {
  return someNode(e, (node) => {
    if (node.kind !== "Call") return false;
    const call = node as py.Call;
    return call.args.length === 0 && ((call.func.kind === "Attribute" && call.func.attr === "time") || isClockCall(ctx, call));
  });
}
