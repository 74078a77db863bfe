/**
 * Values going where their static type is lost. A Python tuple and list are both JS arrays, an int and
 * a float both numbers; the formatting helpers learn which from the static type (descriptors), but a
 * slot of unknown type (a list of mixed values, a parameter called with many kinds) cannot tell them.
 * There, and only there, the value carries it: a tuple is marked (`markTuple([1])`) and a float is kept
 * as a float (`pyFloat(1.0)`: a whole one becomes a Number object). Elsewhere values stay plain.
 */
import { holdsIntEnum, isStrEnumKind } from "./enums";
import type * as py from "../python/ast";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { T, findMethod, needsDescriptor, type PyType } from "./types";

/** `value` as it must be written to go into a slot of type `slot`. */
export function keepKind(ctx: TranslationContext, given: Typed, slot: PyType, span: py.NodeBase): ir.Expr {
  const value = { ...given, ir: withPythonKeys(ctx, given.ir, given.type, slot) };
  const t = value.type;
  if (t.t === "float" && slot.t === "unknown") {
    // A literal with a fraction (2.5) prints as a float anyway.
    if (value.ir.kind === "NumberLit" && !Number.isInteger(Number(value.ir.text))) return value.ir;
    ctx.note("floatFormat", span);
    return ctx.callHelper("pyFloat", [value.ir], span);
  }
  // A list or tuple written right here is new: its items can be kept one by one (`[(4, pyFloat(4.0))]`).
  const literal = slot.t === "unknown" && needsDescriptor(t) ? keepItems(ctx, value, span) : null;
  const ir = literal ?? value.ir;
  if (t.t === "tuple" && !t.list && losesTuple(slot)) {
    if (!literal && slot.t === "unknown" && t.elems.some(needsDescriptor)) lostInside(ctx, span);
    ctx.note("tupleFormat", span);
    return alreadyMarked(ir) ? ir : ctx.callHelper("markTuple", [ir], span);
  }
  if (!literal && slot.t === "unknown" && needsDescriptor(t)) lostInside(ctx, span);
  return ir;
}

/** The items of an array literal of a list or tuple type, each kept as it would be in a slot of unknown type. */
function keepItems(ctx: TranslationContext, value: Typed, span: py.NodeBase): ir.Expr | null {
  const t = value.type;
  const e = value.ir;
  if (e.kind !== "ArrayLit" || e.elements.some((el) => el.kind === "Spread")) return null;
  const itemType = (i: number): PyType | undefined => (t.t === "list" ? t.elem : t.t === "tuple" && !t.variadic ? t.elems[i] : undefined);
  if (e.elements.some((_, i) => itemType(i) === undefined)) return null;
  return { ...e, elements: e.elements.map((el, i) => keepKind(ctx, { ir: el, type: itemType(i)! }, T.unknown, span)) };
}

/**
 * A tuple that meets values that may be lists: compared with one (`==`, `in`: `pyEquals` tells them apart by
 * the mark), or an item of a tuple whose other items are lists (iterated, each item's type is the union). The
 * tuple is marked; marking an array that is a tuple anyway changes nothing else.
 */
export function markForComparison(ctx: TranslationContext, value: Typed, other: PyType): ir.Expr {
  const t = value.type;
  if (t.t !== "tuple" || t.list || !losesTuple(other) || alreadyMarked(value.ir)) return value.ir;
  return ctx.callHelper("markTuple", [value.ir]);
}

/** Whether the descriptor of a slot of this type cannot say that an array in it is a tuple. */
function losesTuple(slot: PyType): boolean {
  // An instance's __eq__ sees the array as it is (a named tuple equals a tuple, not a list).
  if (slot.t === "unknown" || slot.t === "instance") return true;
  return slot.t === "union" && slot.types.some((m) => m.t === "list" || m.t === "iterator" || (m.t === "tuple" && m.list === true));
}

function alreadyMarked(e: ir.Expr): boolean {
  return e.kind === "Call" && e.callee.kind === "Ident" && e.callee.name === "markTuple";
}

function lostInside(ctx: TranslationContext, span: py.NodeBase): void {
  ctx.report("TR3004", span, "this value goes where its type is not known: a float or tuple inside it may print as an int or a list");
}

/**
 * A dict made here (`new Map(...)`) whose keys may be tuples, or bools beside numbers, or of a type not known
 * here: a Map would compare those keys by identity, so it becomes a `PyDict`, which compares them as Python does.
 */
export function withPythonKeys(ctx: TranslationContext, e: ir.Expr, ...types: readonly PyType[]): ir.Expr {
  if (e.kind !== "New" || e.callee.kind !== "Ident") return e;
  if (e.callee.name === "Map" && types.some((t) => t.t === "dict" && keysNeedPython(t.key))) {
    if (e.span) ctx.note("dictMap", e.span);
    return { ...e, callee: ctx.helper("PyDict") };
  }
  // A set compares its members as a Map its keys: a PySet where they may be tuples (`visited.add((x, y))`).
  if (e.callee.name === "Set" && types.some((t) => t.t === "set" && keysNeedPython(t.elem))) {
    if (e.span) ctx.note("dictMap", e.span);
    return { ...e, callee: ctx.helper("PySet") };
  }
  return e;
}

/** Runtime classes Python hashes by value (their `pythonKey`), where a Map or Set would compare identity. */
const valueKeyedClasses: ReadonlySet<string> = new Set(["PyDateTime", "PyDate", "PyTime", "PyTimedelta"]);

function keysNeedPython(key: PyType): boolean {
  const members = key.t === "union" ? key.types : [key];
  const has = (...kinds: string[]) => members.some((m) => kinds.includes(m.t));
  // An IntEnum member is the same key as its int.
  const byValue = members.some((m) => (m.t === "object" && valueKeyedClasses.has(m.cls)) || (m.t === "instance" && (findMethod(m.cls, "__hash__") !== null || m.cls.frozen === true || isStrEnumKind(m.cls.enum))));
  // A key of a type not known here may be any of these.
  return has("tuple", "unknown") || (has("bool") && has("int", "float")) || holdsIntEnum(key) || byValue;
}
