/**
 * `class Color(Enum)`, `class Priority(IntEnum)`, `class Mode(StrEnum)` and `class Color(str, Enum)`: each member
 * assignment of the body becomes a static readonly instance of the class (`static readonly RED = new Color("RED", 1)`),
 * which extends the runtime's `PyEnum` (`PyIntEnum`, `PyStrEnum`, `PyStrMixinEnum`); `auto()` is computed here. What CPython's enum does beyond
 * that (aliases, mixins, `_missing_`...) is reported with TR2007 at its place, never half translated.
 */
import type * as py from "../python/ast";
import * as f from "../ts/factory";
import type * as ir from "../ts/ir";
import type { Typed, TranslationContext } from "./context";
import { translateExpr } from "./expressions";
import { memberName } from "./methods";
import { stdlibRef } from "./stdlib/resolve";
import { T, join, toTsType, type ClassInfo, type PyType } from "./types";

/** `StrMixin`: `class Color(str, Enum)`, whose members are strs but print as `Color.RED` (a StrEnum's print their value). */
export type EnumKind = "Enum" | "IntEnum" | "StrEnum" | "StrMixin";

/** The runtime class each kind of enum extends. */
export const enumBaseHelper: Readonly<Record<EnumKind, string>> = { Enum: "PyEnum", IntEnum: "PyIntEnum", StrEnum: "PyStrEnum", StrMixin: "PyStrMixinEnum" };

/** Whether a class is an enum: a base that is `enum.Enum`, `IntEnum` or `StrEnum` (however imported), or `(str, Enum)`. */
export function enumKindOf(ctx: TranslationContext, s: py.ClassDef): EnumKind | undefined {
  for (const b of s.bases) {
    const ref = stdlibRef(ctx, b);
    if (ref?.module.name === "enum" && (ref.name === "Enum" || ref.name === "IntEnum" || ref.name === "StrEnum")) {
      return ref.name === "Enum" && isStrMixin(ctx, s) ? "StrMixin" : ref.name;
    }
  }
  return undefined;
}

/** `class Color(str, Enum)`: the builtin `str` first among two bases. */
function isStrMixin(ctx: TranslationContext, s: py.ClassDef): boolean {
  const [first] = s.bases;
  return s.bases.length === 2 && first?.kind === "Name" && first.id === "str" && !ctx.lookup("str");
}

/** Whether members of this kind of enum are strs. */
export function isStrEnumKind(kind: EnumKind | undefined): boolean {
  return kind === "StrEnum" || kind === "StrMixin";
}

/** Whether `e` is `enum.auto` (the callee of `auto()`). */
function isAuto(ctx: TranslationContext, e: py.Expr): boolean {
  const ref = stdlibRef(ctx, e);
  return ref?.module.name === "enum" && ref.name === "auto";
}

/** Names a member may not have: the member's own attributes and the runtime class's statics. */
const reservedMemberNames = new Set(["name", "value", "members", "of", "byName", "prototype", "length", "constructor", "toString", "valueOf", "caller", "arguments"]);

/** The class-level problems of an enum: mixins, keywords, deriving from another enum. */
export function reportEnumClass(ctx: TranslationContext, s: py.ClassDef, info: ClassInfo): void {
  if (s.bases.length > 1 && info.enum !== "StrMixin") ctx.report("TR2007", s.bases[0]!, `an enum with a mixin type or several bases (\`class ${s.name}(${s.bases.map((b) => ctx.text(b)).join(", ")})\`) is not supported`);
  for (const kw of s.keywords) ctx.report("TR2007", kw, `the class keyword \`${kw.arg ?? "**"}=\` of an enum is not supported`);
  if (info.base) ctx.report("TR2007", s, `a class deriving from the enum \`${info.base.pyName}\` is not supported`);
  for (const stmt of s.body) {
    if ((stmt.kind === "FunctionDef" || stmt.kind === "AsyncFunctionDef") && ["__init__", "__new__", "_missing_", "_generate_next_value_", "__eq__", "__hash__", "__lt__", "__repr__", "__format__"].includes(stmt.name)) {
      ctx.report("TR2007", stmt, `\`${stmt.name}\` in an enum is not supported (the runtime's enum class writes what CPython's does)`);
    }
  }
}

export interface EnumState {
  /** The values so far, by a key that equal Python values share (alias detection). */
  readonly seen: Map<string, string>;
  /** The last int value (for `auto()`), or "none" before any member, or "other" after a value that is not an int. */
  last: bigint | "none" | "other";
}

export const newEnumState = (): EnumState => ({ seen: new Map(), last: "none" });

/** A literal a member may have as its value: int, str, bool, None, a float with a fraction; the int it is, if one. */
function literalValue(e: py.Expr): { key: string; int: bigint | null } | null {
  if (e.kind === "UnaryOp" && (e.op === "USub" || e.op === "UAdd") && e.operand.kind === "Constant" && typeof e.operand.value === "bigint") {
    const n = e.op === "USub" ? -e.operand.value : e.operand.value;
    return { key: `n:${n}`, int: n };
  }
  if (e.kind !== "Constant") return null;
  const v = e.value;
  if (typeof v === "bigint") return { key: `n:${v}`, int: v };
  if (typeof v === "boolean") return { key: `n:${v ? 1 : 0}`, int: null };
  if (typeof v === "string") return { key: `s:${v}`, int: null };
  if (v === null) return { key: "None", int: null };
  if (typeof v === "number" && !Number.isInteger(v) && Number.isFinite(v)) return { key: `n:${v}`, int: null };
  return null;
}

/** `RED = 1` or `GREEN = auto()` in an enum body: the static member, its value type recorded on the class; null when refused (reported). */
export function enumMember(ctx: TranslationContext, info: ClassInfo, kind: EnumKind, tsClass: string, stmt: py.Stmt, state: EnumState): ir.ClassField | null {
  if (stmt.kind === "AnnAssign") {
    ctx.report("TR2007", stmt, "an annotated enum member is not supported (write `NAME = value`)");
    return null;
  }
  if (stmt.kind !== "Assign") return null;
  const target = stmt.targets[0];
  if (stmt.targets.length !== 1 || target?.kind !== "Name") {
    ctx.report("TR2007", stmt, "an enum member must be one name assigned one value (`RED = 1`)");
    return null;
  }
  const name = target.id;
  if (name.startsWith("_")) {
    ctx.report("TR2007", target, `\`${name}\` in an enum is not supported (names starting with \`_\` are not members, or are enum settings such as \`_ignore_\` and \`_order_\`)`);
    return null;
  }
  if (reservedMemberNames.has(name)) {
    ctx.report("TR2007", target, `an enum member named \`${name}\` is not supported (the name is taken by the member's attributes or the class's own)`);
    return null;
  }
  let valueIr: ir.Expr;
  let type: PyType;
  let key: string;
  const value = stmt.value;
  if (value.kind === "Call" && isAuto(ctx, value.func)) {
    if (value.args.length > 0 || value.keywords.length > 0) {
      ctx.report("TR2007", value, "`auto()` with arguments is not supported");
      return null;
    }
    if (kind === "StrEnum") {
      // StrEnum's auto() is the member's name in lower case.
      valueIr = f.str(name.toLowerCase(), value);
      type = T.str;
      key = `s:${name.toLowerCase()}`;
    } else if (kind === "StrMixin") {
      ctx.report("TR2007", value, "`auto()` in a `(str, Enum)` class is not supported (its value would be the str of an int)");
      return null;
    } else {
      if (state.last === "other") {
        ctx.report("TR2007", value, "`auto()` after a member whose value is not an int is not supported (CPython 3.11 warns that this will change)");
        return null;
      }
      const n = state.last === "none" ? 1n : state.last + 1n;
      valueIr = f.num(n.toString(), value);
      type = T.int;
      key = `n:${n}`;
      state.last = n;
    }
  } else {
    const literal = literalValue(value);
    if (!literal) {
      ctx.report("TR2007", value, "an enum member's value must be an int, str, bool or None literal, a float literal with a fraction, or `auto()` (tuples, whole floats and computed values are not supported)");
      return null;
    }
    if (kind === "IntEnum" && literal.int === null) {
      ctx.report("TR2007", value, `an \`IntEnum\` member's value must be an int literal (\`${ctx.text(value)}\` is not)`);
      return null;
    }
    if (isStrEnumKind(kind) && !literal.key.startsWith("s:")) {
      ctx.report("TR2007", value, `a member of a str enum must have a str literal value here (\`${ctx.text(value)}\` is not)`);
      return null;
    }
    const translated = translateExpr(ctx, value);
    valueIr = translated.ir;
    type = translated.type;
    key = literal.key;
    state.last = literal.int ?? "other";
  }
  const alias = state.seen.get(key);
  if (alias !== undefined) {
    ctx.report("TR2007", target, `the enum member \`${name}\` is an alias of \`${alias}\` (the same value), which is not supported`);
    return null;
  }
  state.seen.set(key, name);
  info.classAttrs.add(name);
  info.fields.set(name, { t: "instance", cls: info });
  info.fields.set("value", join(info.fields.get("value") ?? T.never, kind === "IntEnum" ? T.int : type));
  return { kind: "Field", name: memberName(name), init: f.newExpr(f.id(tsClass), [f.str(name), valueIr]), static: true, readonly: true, span: stmt };
}

/** An enum class used as a collection (`for c in Color`, `list(Color)`, `len(Color)`): its members, as a list; null for anything else. */
export function enumMembersOf(value: Typed): Typed | null {
  const t = value.type;
  if (t.t !== "class" || !t.cls.enum) return null;
  return { ir: f.method(value.ir, "members", []), type: T.list({ t: "instance", cls: t.cls }) };
}

/** An IntEnum member where an int is wanted (arithmetic, `<`): its `.value`; anything else as it is. */
export function intEnumAsInt(value: Typed): Typed {
  const t = value.type;
  if (t.t !== "instance" || t.cls.enum !== "IntEnum") return value;
  return { ir: f.member(value.ir, "value"), type: T.int };
}

/** Whether values of this type may be IntEnum members. */
export function holdsIntEnum(type: PyType): boolean {
  const members = type.t === "union" ? type.types : [type];
  return members.some((m) => m.t === "instance" && m.cls.enum === "IntEnum");
}

/**
 * An IntEnum member used as a key of a dict or set whose keys are plain ints (`counts[Priority.HIGH]`,
 * `Priority.LOW in {1, 2}`): its int, which Python's hash and == make the same key (a str enum member's str
 * likewise); anything else as it is.
 */
export function keyForInts(keyType: PyType, key: Typed): Typed {
  const t = key.type;
  // Likewise a str enum member where the keys are plain strs (`counts[Color.RED]` with `counts = {"red": 1}`).
  const members = keyType.t === "union" ? keyType.types : [keyType];
  const strEnumKeys = members.some((m) => m.t === "instance" && isStrEnumKind(m.cls.enum));
  if (t.t === "instance" && isStrEnumKind(t.cls.enum) && !strEnumKeys) return { ir: f.member(key.ir, "value"), type: T.str };
  // A plain str looking up members (`{Level.LOW: 1}["low"]`) finds them at run time; TypeScript is told so.
  if (t.t === "str" && strEnumKeys) return { ir: f.asType(f.asType(key.ir, f.tKeyword("unknown")), toTsType(keyType)), type: keyType };
  return holdsIntEnum(keyType) ? key : intEnumAsInt(key);
}
